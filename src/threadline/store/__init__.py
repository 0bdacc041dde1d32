"""Storage: the database interface and the SQL for each kind of record."""

from __future__ import annotations

from threadline.errors import UsageError
from threadline.store.base import Store


def open_store(url: str, *, readonly: bool = False) -> Store:
    """Open (and migrate) the database at ``url``: a SQLite path, or later postgresql://."""
    if url.startswith(("postgresql://", "postgres://")):
        raise UsageError(
            "the PostgreSQL backend is not available in this version; use a SQLite file path"
        )
    return Store(url, readonly=readonly)


__all__ = ["Store", "open_store"]
