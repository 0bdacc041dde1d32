"""Totals, paging and facets on the search, entities and entity pages (issue 13)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from tests.api.sample import PASSWORD
from threadline.app import create_app
from threadline.model import Document, Extraction, Mention
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store.documents import save_extraction

Login = Callable[[str], TestClient]


def _ledger_docs(path: str) -> None:
    """45 "ledger" documents in alpha (every third names a law; five declare Spanish) and one
    with 250 mentions of one person in 125 sentences (two per sentence)."""
    with open_store(path) as store:
        for i in range(45):
            text = f"Ledger number {i} was seized. It cites the Bank Secrecy Act."
            doc = Document(text=text, source=f"l{i}.txt", title=f"Ledger {i}", collection="alpha")
            doc.metadata = {"language": "es"} if i < 5 else {}
            mentions = []
            if i % 3 == 0:
                start = text.index("Bank")
                mentions.append(
                    Mention(
                        doc.id,
                        start,
                        start + 16,
                        "Bank Secrecy Act",
                        "Law",
                        30,
                        len(text),
                        entity="ent-bsa",
                    )
                )
            save_extraction(store, Extraction(doc, mentions))
        sentence = "Vera Lind paid Vera Lind. "
        text = sentence * 125
        doc = Document(text=text, source="lind.txt", title="Lind", collection="alpha")
        mentions = []
        for n in range(125):
            base = n * len(sentence)
            for start in (base, base + 15):
                mentions.append(
                    Mention(
                        doc.id,
                        start,
                        start + 9,
                        "Vera Lind",
                        "Person",
                        base,
                        base + len(sentence) - 1,
                        entity="ent-lind",
                    )
                )
        save_extraction(store, Extraction(doc, mentions))


def _client(login: Login, app_db: dict[str, Any], user: str = "ana") -> TestClient:
    _ledger_docs(app_db["path"])
    return login(user)


def test_search_shows_the_total_and_pages_to_the_end(login: Login, app_db: dict[str, Any]) -> None:
    client = _client(login, app_db)
    first = client.get("/search", params={"q": "ledger"}).text
    assert "Results 1–20 of 45" in first
    last = client.get("/search", params={"q": "ledger", "offset": 40}).text
    assert "Results 41–45 of 45" in last
    assert "Next →" not in last


def test_search_total_past_the_window_says_there_are_more(app_db: dict[str, Any]) -> None:
    _ledger_docs(app_db["path"])
    app = create_app(Settings(db=app_db["path"], secret_key="test-secret", search_window=30))
    with TestClient(app) as client:
        page = client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        form = {"username": "ana", "password": PASSWORD, "csrf": csrf[1], "next": "/"}
        assert client.post("/login", data=form, follow_redirects=False).status_code == 303
        first = client.get("/search", params={"q": "ledger"}).text
        last = client.get("/search", params={"q": "ledger", "offset": 20}).text
    app.state.store.close()
    assert "Results 1–20 of 30+" in first
    assert "Results 21–30 of 30+" in last and "Next →" not in last


def test_type_facet_filters_the_documents(login: Login, app_db: dict[str, Any]) -> None:
    client = _client(login, app_db)
    page = client.get("/search", params={"q": "ledger"}).text
    assert re.search(r"type=Law\" >.*?law</a> <span class=\"count\">15</span>", page)
    laws = client.get("/search", params={"q": "ledger", "type": "Law"}).text
    assert "Results 1–15 of 15" in laws
    assert "Ledger 1<" not in laws and "Ledger 3<" in laws


def test_language_and_collection_facets_count_and_filter(
    login: Login, app_db: dict[str, Any]
) -> None:
    client = _client(login, app_db)
    page = client.get("/search", params={"q": "ledger"}).text
    assert re.search(r"lang=es\" >es</a> <span class=\"count\">5</span>", page)
    assert re.search(r"lang=und\" >not stated</a> <span class=\"count\">40</span>", page)
    spanish = client.get("/search", params={"q": "ledger", "lang": "es"}).text
    assert "Results 1–5 of 5" in spanish
    assert "beta" not in page  # ana may not read beta: no count of it either


def test_entities_page_shows_the_total(login: Login, app_db: dict[str, Any]) -> None:
    client = _client(login, app_db, "admin")
    page = client.get("/entities").text
    # sample: Yellen, Interpol, Lyon, Guzman, United States; here: the law and Vera Lind
    assert "Entities 1–7 of 7" in page


def test_entity_evidence_shows_the_total_and_pages(login: Login, app_db: dict[str, Any]) -> None:
    client = _client(login, app_db)
    page = client.get("/entities/ent-lind").text
    assert "250 mentions" in page
    assert "Mentions 1–100 of 250, grouped by sentence" in page
    assert page.count('class="sentence"') == 50  # two mentions per sentence: one item each
    last = client.get("/entities/ent-lind", params={"offset": 200}).text
    assert "Mentions 201–250 of 250" in last
    assert "Next →" not in last and "← Previous" in last


def test_search_page_has_one_h1(login: Login) -> None:
    page = login("ana").get("/search").text
    assert len(re.findall(r"<h1\b", page)) == 1


def test_documents_page_filters_by_type_language_and_counts(
    login: Login, app_db: dict[str, Any]
) -> None:
    client = _client(login, app_db)
    assert "Documents 1–47 of 47" in client.get("/documents").text  # 45 + Lind + alpha
    everything = client.get("/documents", params={"collection": "", "type": ""}).text
    assert "Documents 1–47 of 47" in everything  # the form's "all" and "any" choices
    laws = client.get("/documents", params={"type": "Law"}).text
    assert "Documents 1–15 of 15" in laws
    spanish = client.get("/documents", params={"lang": "es", "type": "Law"}).text
    assert "Documents 1–2 of 2" in spanish  # ledgers 0 and 3
    assert (
        "No documents match these filters"
        in client.get("/documents", params={"date_from": "2030"}).text
    )
