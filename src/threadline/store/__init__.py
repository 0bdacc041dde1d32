"""Storage: the database interface and the SQL for each kind of record."""

from __future__ import annotations

from threadline.errors import UsageError
from threadline.store.base import Store
from threadline.store.sqlite import SqliteStore

_POSTGRES_READY = False


def open_store(url: str, *, readonly: bool = False) -> Store:
    """Open (and migrate) the SQLite database at path ``url``; PostgreSQL URLs are refused."""
    if url.startswith(("postgresql://", "postgres://")) and not _POSTGRES_READY:
        raise UsageError(
            "PostgreSQL is not supported yet: threadline stores data in SQLite only."
            " Pass a file path to --db (or THREADLINE_DB); docs/scale.md says what exists"
        )
    if url.startswith(("postgresql://", "postgres://")):
        from threadline.store.postgres import PostgresStore

        return PostgresStore(url, readonly=readonly)
    return SqliteStore(url, readonly=readonly)


__all__ = ["Store", "open_store"]
