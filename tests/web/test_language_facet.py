"""The language facet works on plain text: files that declare no language are counted and
filtered by the language detected at ingest (issue 13)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from tests.ingest.test_language import ENGLISH, RUSSIAN, SPANISH
from threadline.ingest import iter_documents
from threadline.model import Document, Extraction
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store.documents import save_extraction

Login = Callable[[str], TestClient]


def _ingest_texts(folder: Path, db: str) -> None:
    """Plain-text files read by the real ingest readers, stored without extraction."""
    texts = {"es1.txt": SPANISH, "es2.txt": SPANISH + " Otra vez.", "ru.txt": RUSSIAN}
    texts |= {"en.txt": ENGLISH, "short.txt": "Cartel ledger."}
    for name, text in texts.items():
        (folder / name).write_text(f"{text} Interpol.", encoding="utf-8")
    with open_store(db) as store:
        for doc in iter_documents([str(folder)], settings=Settings(), collection="alpha"):
            assert isinstance(doc, Document)
            save_extraction(store, Extraction(doc))


def test_plain_text_language_facet_counts_and_filters(
    login: Login, app_db: dict[str, Any], tmp_path: Path
) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    _ingest_texts(folder, app_db["path"])
    client = login("admin")
    page = client.get("/search", params={"q": "Interpol", "collection": "alpha"}).text
    assert re.search(r"lang=es\" >es</a> <span class=\"count\">2</span>", page)
    assert re.search(r"lang=ru\" >ru</a> <span class=\"count\">1</span>", page)
    assert re.search(r"lang=en\" >en</a> <span class=\"count\">1</span>", page)
    searched = client.get("/search", params={"q": "Interpol", "lang": "es"}).text
    assert "Results 1–2 of 2" in searched
    spanish = client.get("/documents", params={"collection": "alpha", "lang": "es"}).text
    assert "Documents 1–2 of 2" in spanish
    assert "es1.txt" in spanish and "ru.txt" not in spanish
    undeclared = client.get("/documents", params={"collection": "alpha", "lang": "und"}).text
    assert "short.txt" in undeclared  # too short to guess: still "not stated"
