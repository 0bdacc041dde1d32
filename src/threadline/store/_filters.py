"""Small SQL builders shared by the store modules (collection and type filters)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def in_clause(column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """``column IN (?, ?, …)`` and its parameters; an empty list matches nothing."""
    if not values:
        return "0", []
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


def collection_filter(
    collections: Sequence[str] | None, column: str = "d.collection"
) -> tuple[str, list[Any]]:
    """SQL condition limiting rows to readable collections (``None`` = every collection)."""
    if collections is None:
        return "1", []
    return in_clause(column, list(collections))


def paginate(limit: int | None, offset: int = 0) -> str:
    """A LIMIT/OFFSET tail with integers validated here (never user strings)."""
    if limit is None:
        return f" LIMIT -1 OFFSET {max(0, int(offset))}" if offset else ""
    return f" LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"
