"""Totals and facet counts for the pages that list things: how many documents match a search,
how many per collection, entity type and language, how many entities match a filter.

A page shows "Results 21–40 of 1,279", never a silent cap: these counts are exact, except
a search's, which stops past the search window and says so ("2,000+", :func:`count_search`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from threadline.model import types_matching
from threadline.store._filters import (
    EVERYTHING,
    collection_filter,
    document_filter,
    in_clause,
    language_of,
    paginate,
)
from threadline.store.base import Store
from threadline.store.search import search_expression


def count_search(
    store: Store, query: str, collections: Sequence[str] | None, *, cap: int = 0, **filters: Any
) -> int:
    """How many documents match ``query`` under the filters of ``document_filter``,
    counting at most ``cap`` + 1 of them (``cap`` 0: all): a result above ``cap`` means
    "more than ``cap``". The search ranks only its window's newest matches, so counting
    past the window tells nobody a page they can reach, and on PostgreSQL an exact count
    of a word found in most documents checks every document's ``tsvector`` (a scan that
    grows with the corpus) where the capped count stops at ``cap`` + 1 matches."""
    expression = search_expression(store, query)
    if not expression:
        return 0
    where, params = document_filter(collections, dialect=store.dialect, **filters)
    source, match = store.dialect.fts_filtered("" if where == EVERYTHING else where)
    matches = f"SELECT 1 AS one FROM {source} WHERE {match}"
    if cap > 0:
        matches += paginate(cap + 1)
    row = store.query_one(f"SELECT count(*) FROM ({matches}) AS m", [expression, *params])
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
    expression = search_expression(store, query)
    facets: dict[str, Counter[str]] = {
        name: Counter() for name in ("collection", "type", "language")
    }
    if not expression:
        return facets
    own = {"collection": "collections", "type": "entity_type", "language": "language"}
    source, match = store.dialect.fts_source()
    language = language_of(store.dialect)
    for facet, column in (("collection", "d.collection"), ("language", language)):
        scope = readable if facet == "collection" else collections
        where, params = _without(store, own[facet], scope, filters)
        rows = store.query(
            f"SELECT {column} AS value, count(*) AS n FROM {source}"
            f" WHERE {match} AND {where} GROUP BY {column}",
            [expression, *params],
        )
        facets[facet].update({r["value"]: r["n"] for r in rows})
    where, params = _without(store, "entity_type", collections, filters)
    rows = store.query(
        f"SELECT e.type AS value, count(DISTINCT d.id) AS n FROM {source}"
        " JOIN mentions m ON m.document = d.id JOIN entities e ON e.id = m.entity"
        f" WHERE {match} AND {where} GROUP BY e.type",
        [expression, *params],
    )
    facets["type"].update({r["value"]: r["n"] for r in rows})
    return facets


def _without(
    store: Store, name: str, collections: Sequence[str] | None, filters: dict[str, Any]
) -> tuple[str, list[Any]]:
    kept = {k: v for k, v in filters.items() if k != name}
    return document_filter(collections, dialect=store.dialect, **kept)


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
        like = store.dialect.like_nocase
        where += f" AND (e.name {like} ? ESCAPE '\\' OR m.text {like} ? ESCAPE '\\')"
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
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
    where, params = document_filter(collections, dialect=store.dialect, **filters)
    rows = store.query(
        "SELECT d.id, d.title, d.source, d.date, d.chars, d.collection FROM documents d"
        f" WHERE {where} ORDER BY d.seq" + paginate(limit, offset),
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
    """How many quotes ``list_quotes`` would list with the same filters and no limit.

    A speaker's count alone comes from the counts kept by triggers (``quote_counts``,
    migration 0721): one row per collection, where a restricted user's count of a hub's
    quotes read each quote's document (31 ms on PostgreSQL at 100,000 documents)."""
    if speaker and not document:
        scope, values = collection_filter(collections, "collection")
        row = store.query_one(
            f"SELECT sum(quotes) FROM quote_counts WHERE entity = ? AND {scope}",
            [speaker, *values],
        )
        return int(row[0] or 0) if row else 0
    where, params = collection_filter(collections)
    for column, value in (("q.speaker_entity", speaker), ("q.document", document)):
        if value:
            where, params = f"{where} AND {column} = ?", [*params, value]
    row = store.query_one(
        f"SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.document WHERE {where}",
        params,
    )
    return int(row[0]) if row else 0


def busiest_entities(store: Store, limit: int) -> list[tuple[str, int]]:
    """``(entity, mentions)`` of the ``limit`` most mentioned entities, most first, from
    the counts kept by triggers (``entity_counts``), so it costs one pass over entities."""
    rows = store.query(
        "SELECT entity, sum(mentions) AS n FROM entity_counts GROUP BY entity"
        " ORDER BY n DESC, entity" + paginate(limit, 0)
    )
    return [(r["entity"], int(r["n"])) for r in rows]
