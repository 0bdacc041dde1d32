"""What ``--db`` accepts: a SQLite path (with or without ``sqlite:///``) or a PostgreSQL URL;
a PostgreSQL server that cannot be reached is one clear error, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from threadline.errors import StoreError
from threadline.store import Store, open_store


def test_sqlite_url_prefix_opens_the_file(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        assert store.backend == "sqlite"
    assert (tmp_path / "a.db").is_file()


def test_unreachable_postgresql_is_one_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("psycopg", reason="needs the postgres extra")
    with pytest.raises(StoreError) as caught:
        open_store(f"postgresql://nobody@/none?host={tmp_path}&connect_timeout=2")
    assert "cannot connect to PostgreSQL" in caught.value.message
    assert "\n" not in caught.value.message.strip()


def test_a_path_object_opens_like_its_string(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as store:
        assert store.backend == "sqlite"
    assert (tmp_path / "b.db").is_file()


def test_a_nul_character_is_stored_and_searched_without_error(store: Store) -> None:
    from threadline.model import Document, Extraction
    from threadline.store.documents import get_document, save_extraction
    from threadline.store.search import search

    text = "Interpol\x00 arrested a broker."
    doc = Document(text=text, source="nul.txt")
    assert save_extraction(store, Extraction(doc))
    stored = get_document(store, doc.id)
    assert stored is not None and len(stored["text"]) == len(text)
    assert stored["text"][8] == ("\ufffd" if store.backend == "postgresql" else "\x00")
    assert search(store, "broker\x00") == search(store, "broker")


def test_a_nul_in_metadata_leaves_the_language_filter_working(store: Store) -> None:
    from threadline.model import Document, Extraction
    from threadline.store.documents import save_extraction
    from threadline.store.totals import filtered_documents

    doc = Document(text="A note.", source="n.txt", metadata={"note": "a\x00b", "language": "en"})
    save_extraction(store, Extraction(doc))
    rows, total = filtered_documents(store, None, limit=10, language="en")
    assert total == 1 and rows[0]["id"] == doc.id
