"""Both backends hold the same tables and columns after migrating, so a migration added
for SQLite without its PostgreSQL twin (store/migrations/postgres/) fails here."""

from __future__ import annotations

from pathlib import Path

from tests.backends import fresh_db_url
from threadline.store import Store, open_store

#: What only one backend has: SQLite's FTS5 tables, PostgreSQL's generated tsvector.
OWN = {
    "documents_fts",
    "documents_fts_config",
    "documents_fts_data",
    "documents_fts_docsize",
    "documents_fts_idx",
    "documents_fts_vocab",
    "documents.search_vector",
}


def _schema(store: Store) -> set[str]:
    if store.backend == "postgresql":
        rows = store.query(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
    else:
        rows = store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    tables = {r[0] for r in rows} - {"sqlite_sequence"}
    columns = {f"{t}.{r[0]}" for t in tables for r in store.query(store.dialect.columns_of, (t,))}
    return (tables | columns) - OWN - {c for c in columns if c.split(".")[0] in OWN}


def test_sqlite_and_postgresql_have_the_same_tables_and_columns(tmp_path: Path) -> None:
    with (
        fresh_db_url("postgresql", tmp_path) as url,
        open_store(url) as postgres,
        open_store(str(tmp_path / "s.db")) as sqlite,
    ):
        assert _schema(postgres) == _schema(sqlite)
