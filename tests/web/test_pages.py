from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from threadline.web.highlight import document_html, sentence_html

Login = Callable[[str], TestClient]


def test_document_page_links_every_mention_to_its_entity(
    login: Login, app_db: dict[str, Any]
) -> None:
    page = login("ana").get(f"/documents/{app_db['alpha']}")
    assert page.status_code == 200
    links = re.findall(r'<a class="m t-(\w+)" href="/entities/([^"]+)"', page.text)
    assert ("Person", "ent-yellen") in links
    assert ("PublicBody", "ent-interpol") in links
    assert 'class="quote"' in page.text


def test_document_of_another_collection_is_not_found(login: Login, app_db: dict[str, Any]) -> None:
    page = login("ana").get(f"/documents/{app_db['beta']}")
    assert page.status_code == 404
    assert "Guzman" not in page.text


def test_entity_page_shows_roles_quotes_relations_and_evidence(login: Login) -> None:
    page = login("ana").get("/entities/ent-yellen")
    assert page.status_code == 200
    text = page.text
    assert "Treasury Secretary" in text
    assert "we will act against the cartel." in text
    assert '<strong class="rel">met</strong>' in text
    assert "Guzman" not in text  # beta's evidence is not ana's to see


def test_search_page_has_snippets_and_facets(login: Login) -> None:
    page = login("admin").get("/search?q=Interpol")
    assert page.status_code == 200
    assert "<mark>Interpol</mark>" in page.text
    assert ">alpha</a>" in page.text and ">beta</a>" in page.text
    narrowed = login("admin").get("/search?q=Interpol&collection=beta")
    assert "Guzman extradited" in narrowed.text
    assert "Yellen on the cartel" not in narrowed.text


def test_network_and_timeline_pages_render(login: Login) -> None:
    client = login("ana")
    network = client.get("/network?entity=ent-yellen")
    assert network.status_code == 200
    assert '"ent-interpol"' in network.text
    timeline = client.get("/timeline?entity=ent-yellen")
    assert timeline.status_code == 200
    assert "2021-03-03" in timeline.text


def test_path_page_lists_hops_with_evidence(login: Login) -> None:
    page = login("ana").get("/network?entity=ent-yellen&to=Interpol")
    assert page.status_code == 200
    assert "Yellen met Interpol in Lyon" in page.text


def test_account_page_makes_a_token(login: Login) -> None:
    client = login("val")
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/account").text)
    assert csrf
    page = client.post("/account/tokens", data={"csrf": csrf[1], "label": "notebook"})
    token = re.search(r'<code class="token">(tl_[^<]+)</code>', page.text)
    assert token
    me = client.get("/api/me", headers={"Authorization": f"Bearer {token[1]}"})
    assert me.json()["name"] == "val"


def test_upload_form_needs_csrf(login: Login) -> None:
    client = login("ana")
    files = {"files": ("x.txt", b"Interpol met Yellen in Lyon.", "text/plain")}
    assert client.post("/upload", files=files, data={"collection": "alpha"}).status_code == 403


def test_highlight_nests_mentions_inside_quotes() -> None:
    text = 'He said "Interpol acts" today.'
    mentions = [
        {"start": 9, "end": 17, "type": "PublicBody", "entity": "ent-i", "text": "Interpol"}
    ]
    quotes = [{"start": 9, "end": 22, "speaker": "He"}]
    html = str(document_html(text, mentions, quotes, highlight=(0, 7)))
    assert html.startswith('<mark class="hl" id="hl">He said</mark>')
    assert '<span class="quote" title="quoted: He"><a class="m t-PublicBody"' in html
    assert re.sub(r"<[^>]+>", "", html) == text.replace('"', "&#34;")


def test_sentence_marks_the_mention_and_escapes_markup() -> None:
    assert str(sentence_html("<b>Yellen</b> spoke", 3, 9)) == (
        "&lt;b&gt;<mark>Yellen</mark>&lt;/b&gt; spoke"
    )
