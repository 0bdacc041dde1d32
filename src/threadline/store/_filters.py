"""Small SQL builders shared by the store modules (collection and type filters)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from threadline.model import types_matching
from threadline.store.dialect import NO_LIMIT, Dialect

#: The condition every row meets (a filter that filters nothing).
EVERYTHING = "1 = 1"


def in_clause(column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """``column IN (?, ?, …)`` and its parameters; an empty list matches nothing."""
    if not values:
        return "1 = 0", []
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


#: Values per ``IN`` list read in batches (well under SQLite's and PostgreSQL's limits
#: on bound parameters).
IN_BATCH = 500


def in_batches(values: Iterable[str]) -> Iterator[list[str]]:
    """``values`` sorted, in lists of at most :data:`IN_BATCH` for :func:`in_clause`."""
    items = sorted(values)
    for start in range(0, len(items), IN_BATCH):
        yield items[start : start + IN_BATCH]


def collection_filter(
    collections: Sequence[str] | None, column: str = "d.collection"
) -> tuple[str, list[Any]]:
    """SQL condition limiting rows to readable collections (``None`` = every collection)."""
    if collections is None:
        return EVERYTHING, []
    return in_clause(column, list(collections))


def paginate(limit: int | None, offset: int = 0) -> str:
    """A LIMIT/OFFSET tail with integers validated here (never user strings)."""
    if limit is None:
        return f" LIMIT {NO_LIMIT} OFFSET {max(0, int(offset))}" if offset else ""
    return f" LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"


def document_filter(
    collections: Sequence[str] | None,
    *,
    dialect: Dialect,
    date_from: str | None = None,
    date_to: str | None = None,
    entity_type: str | None = None,
    language: str | None = None,
) -> tuple[str, list[Any]]:
    """SQL condition on documents ``d``: readable collection, date range (inclusive, partial
    dates allowed), mentions an entity of ``entity_type`` (kinds included), ``language``
    (the language the document declares; ``"und"`` for documents that declare none)."""
    where, params = collection_filter(collections)
    if date_from:
        where += " AND d.date >= ?"
        params.append(date_from)
    if date_to:
        where += " AND d.date <= ?"
        params.append(date_to + "\uffff")
    if entity_type:
        clause, values = in_clause("e.type", types_matching(entity_type))
        where += (
            " AND EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity"
            f" WHERE m.document = d.id AND {clause})"
        )
        params += values
    if language:
        where += f" AND {language_of(dialect)} = ?"
        params.append(language)
    return where, params


def language_of(dialect: Dialect) -> str:
    """A document's declared language (HTML ``lang``, JSON ``language``), ``und`` when none."""
    return f"coalesce(lower(substr({dialect.json_text('d.metadata', 'language')}, 1, 2)), 'und')"
