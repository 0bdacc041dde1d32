"""Totals and facet counts for the pages that list things: how many documents match a search,
how many per collection, entity type and language, how many entities match a filter.

A page shows "Results 21–40 of 1,279", never a silent cap: these counts are exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from threadline.model import types_matching
from threadline.store._filters import (
    LANGUAGE,
    collection_filter,
    document_filter,
    in_clause,
    paginate,
)
from threadline.store.base import Store
from threadline.store.search import fts_query

_MATCH = "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"


def count_search(
    store: Store, query: str, collections: Sequence[str] | None, **filters: Any
) -> int:
    """How many documents match ``query`` under the filters of ``document_filter``."""
    expression = fts_query(query)
    if not expression:
        return 0
    where, params = document_filter(collections, **filters)
    row = store.query_one(
        f"SELECT count(*) {_MATCH} WHERE documents_fts MATCH ? AND {where}", [expression, *params]
    )
    return int(row[0]) if row else 0


def search_facets(
    store: Store,
    query: str,
    collections: Sequence[str] | None,
    readable: Sequence[str] | None,
    **filters: Any,
) -> dict[str, Counter[str]]:
    """Documents matching ``query`` counted by ``collection``, by ``type`` of entity they
    mention (a document counts once per type) and by declared ``language``.

    Each facet is counted with the other filters applied but not its own, so the counts say
    what choosing another value would give; the collection facet counts every collection in
    ``readable`` (those the user may read), whichever are chosen in ``collections``."""
    expression = fts_query(query)
    facets: dict[str, Counter[str]] = {
        name: Counter() for name in ("collection", "type", "language")
    }
    if not expression:
        return facets
    own = {"collection": "collections", "type": "entity_type", "language": "language"}
    for facet, column in (("collection", "d.collection"), ("language", LANGUAGE)):
        scope = readable if facet == "collection" else collections
        where, params = _without(own[facet], scope, filters)
        rows = store.query(
            f"SELECT {column} AS value, count(*) AS n {_MATCH}"
            f" WHERE documents_fts MATCH ? AND {where} GROUP BY value",
            [expression, *params],
        )
        facets[facet].update({r["value"]: r["n"] for r in rows})
    where, params = _without("entity_type", collections, filters)
    rows = store.query(
        f"SELECT e.type AS value, count(DISTINCT d.id) AS n {_MATCH}"
        " JOIN mentions m ON m.document = d.id JOIN entities e ON e.id = m.entity"
        f" WHERE documents_fts MATCH ? AND {where} GROUP BY e.type",
        [expression, *params],
    )
    facets["type"].update({r["value"]: r["n"] for r in rows})
    return facets


def _without(
    name: str, collections: Sequence[str] | None, filters: dict[str, Any]
) -> tuple[str, list[Any]]:
    kept = {k: v for k, v in filters.items() if k != name}
    return document_filter(collections, **kept)


def count_entities(
    store: Store,
    *,
    type: str | None = None,
    query: str | None = None,
    collections: Sequence[str] | None = None,
) -> int:
    """How many entities ``list_entities`` would list with the same filters and no limit."""
    where, params = collection_filter(collections)
    if type:
        clause, values = in_clause("e.type", types_matching(type))
        where, params = f"{where} AND {clause}", params + values
    if query:
        where += " AND (e.name LIKE ? ESCAPE '\\' OR m.text LIKE ? ESCAPE '\\')"
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    row = store.query_one(
        "SELECT count(DISTINCT e.id) FROM entities e JOIN mentions m ON m.entity = e.id"
        f" JOIN documents d ON d.id = m.document WHERE {where}",
        params,
    )
    return int(row[0]) if row else 0


def filtered_documents(
    store: Store,
    collections: Sequence[str] | None,
    *,
    limit: int,
    offset: int = 0,
    **filters: Any,
) -> tuple[list[dict[str, Any]], int]:
    """A page of documents (ingest order) under the filters of ``document_filter``, and how
    many there are in all: ``([{id, title, source, date, chars, collection}], total)``."""
    where, params = document_filter(collections, **filters)
    rows = store.query(
        "SELECT d.id, d.title, d.source, d.date, d.chars, d.collection FROM documents d"
        f" WHERE {where} ORDER BY d.rowid" + paginate(limit, offset),
        params,
    )
    total = store.query_one(f"SELECT count(*) FROM documents d WHERE {where}", params)
    return [dict(r) for r in rows], int(total[0]) if total else 0


def count_mentions(
    store: Store,
    *,
    document: str | None = None,
    type: str | None = None,
    entity: str | None = None,
    collections: Sequence[str] | None = None,
) -> int:
    """How many mentions ``list_mentions`` would list with the same filters and no limit."""
    where, params = collection_filter(collections)
    for column, value in (("m.document", document), ("m.entity", entity)):
        if value:
            where, params = f"{where} AND {column} = ?", [*params, value]
    if type:
        clause, values = in_clause("m.type", types_matching(type))
        where, params = f"{where} AND {clause}", params + values
    row = store.query_one(
        f"SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document WHERE {where}",
        params,
    )
    return int(row[0]) if row else 0


def count_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    document: str | None = None,
    collections: Sequence[str] | None = None,
) -> int:
    """How many quotes ``list_quotes`` would list with the same filters and no limit."""
    where, params = collection_filter(collections)
    for column, value in (("q.speaker_entity", speaker), ("q.document", document)):
        if value:
            where, params = f"{where} AND {column} = ?", [*params, value]
    row = store.query_one(
        f"SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.document WHERE {where}",
        params,
    )
    return int(row[0]) if row else 0
