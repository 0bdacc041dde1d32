"""Storage: the database interface and the SQL for each kind of record."""

from __future__ import annotations

import os

from threadline.store.base import Store
from threadline.store.sqlite import SqliteStore

#: URL prefixes that select the PostgreSQL backend.
POSTGRES_PREFIXES = ("postgresql://", "postgres://")


def open_store(location: str | os.PathLike[str], *, readonly: bool = False) -> Store:
    """Open (and migrate) the store at ``location``: a PostgreSQL URL (``postgresql://…``,
    any libpq URL), else a SQLite file path (``sqlite:///`` before it is allowed)."""
    url = os.fspath(location)
    if url.startswith(POSTGRES_PREFIXES):
        from threadline.store.postgres import PostgresStore  # psycopg only when used

        return PostgresStore(url, readonly=readonly)
    return SqliteStore(url.removeprefix("sqlite:///"), readonly=readonly)


__all__ = ["Store", "open_store"]
