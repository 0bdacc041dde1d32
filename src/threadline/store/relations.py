"""Relations: the SQL that saves them and reads them back with their entities and evidence.

Rows keep mention ids; the entity at each end is ``mentions.entity`` at read time, so a
person merging or splitting entities changes what relations show without rewriting
them. Every row read back carries its evidence: document, character span and sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from threadline.model import Relation
from threadline.store._filters import collection_filter, in_clause, paginate
from threadline.store.base import Store
from threadline.store.visible import rename_ends

_COLUMNS = (
    "r.id, r.type, ms.entity AS source, mt.entity AS target, r.date, r.date_source, r.document,"
    ' r.start, r."end", r.negated, r.modality, r.method, r.attributes,'
    " r.source AS source_mention, r.target AS target_mention,"
    " es.name AS source_name, et.name AS target_name,"
    ' substr(d.text, r.start + 1, r."end" - r.start) AS sentence'
)
_DOCUMENT = " JOIN documents d ON d.id = r.document"
_JOINS = (
    " FROM relations r JOIN mentions ms ON ms.id = r.source JOIN mentions mt ON mt.id = r.target"
    + _DOCUMENT
    + " LEFT JOIN entities es ON es.id = ms.entity LEFT JOIN entities et ON et.id = mt.entity"
)


_RELATION_COLUMNS = [
    "id",
    "document",
    "type",
    "source",
    "target",
    "start",
    "end",
    "date",
    "date_source",
    "negated",
    "modality",
    "method",
    "attributes",
]


def save_relations(store: Store, relations: list[Relation]) -> None:
    """Insert (or replace, by id) relations; call inside the document's transaction."""
    store.executemany(
        store.dialect.upsert("relations", _RELATION_COLUMNS, ["id"]),
        [
            (
                r.id,
                r.document,
                r.type,
                r.source,
                r.target,
                r.start,
                r.end,
                r.date,
                r.date_source,
                int(r.negated),
                r.modality,
                r.method,
                json.dumps(r.attributes, ensure_ascii=False, default=str),
            )
            for r in relations
        ],
    )


def list_relations(
    store: Store,
    *,
    type: str | Sequence[str] | None = None,
    entity: str | Sequence[str] | None = None,
    collections: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    order: str = "document",
) -> list[dict[str, Any]]:
    """Relations as ``{type, source, target, date, document, start, end, …}`` dicts.

    ``source``/``target`` are entity ids; ``type`` and ``entity`` take one value or a
    list (a relation matches when either end is one of the entities). ``date_from`` and
    ``date_to`` keep dated relations whose date falls inside (ISO prefixes compare as
    text: ``2019`` ≤ ``2019-03-12``). ``order`` is ``document`` (text order) or ``date``.
    """
    where, params = _where(
        type=type, entity=entity, collections=collections, date_from=date_from, date_to=date_to
    )
    ordering = "r.doc_seq, r.start"
    if order == "date":
        ordering = f"r.date IS NULL, r.date, {ordering}"
    rows = store.query(
        f"SELECT {_COLUMNS}{_JOINS} WHERE {where} ORDER BY {ordering}, r.type, r.id"
        + paginate(limit, offset),
        params,
    )
    return rename_ends(store, [_row(row) for row in rows], collections)


def count_relations(
    store: Store,
    *,
    type: str | Sequence[str] | None = None,
    entity: str | Sequence[str] | None = None,
    collections: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> int:
    """How many relations :func:`list_relations` would list with the same filters and no
    limit."""
    ids = [entity] if isinstance(entity, str) else list(entity or ())
    if len(ids) == 1 and not (type or date_from or date_to):
        return _entity_relation_count(store, ids[0], collections)
    where, params = _where(
        type=type, entity=entity, collections=collections, date_from=date_from, date_to=date_to
    )
    # Every relation's two mentions exist (they are stored together), so the count needs
    # only the document's collection: joining both mentions and entities cost a hub's
    # count 0.9 s at 100,000 documents, the index ranges alone 9 ms.
    source = " FROM relations r" + ("" if collections is None else _DOCUMENT)
    row = store.query_one(f"SELECT count(*){source} WHERE {where}", params)
    return int(row[0]) if row else 0


def _entity_relation_count(store: Store, entity: str, collections: Sequence[str] | None) -> int:
    """Relations naming ``entity`` in ``collections``, from the counts kept by triggers
    (``relation_counts``, migration 0720): one row per collection, where counting a
    restricted user's share of a hub's relations read each of them and its document
    (234 ms for 32,821 relations at 100,000 documents)."""
    where, params = collection_filter(collections, "collection")
    row = store.query_one(
        f"SELECT sum(relations) FROM relation_counts WHERE entity = ? AND {where}",
        [entity, *params],
    )
    return int(row[0] or 0) if row else 0


def _where(
    *,
    type: str | Sequence[str] | None,
    entity: str | Sequence[str] | None,
    collections: Sequence[str] | None,
    date_from: str | None,
    date_to: str | None,
) -> tuple[str, list[Any]]:
    """The WHERE clause and parameters shared by listing and counting relations."""
    where, params = collection_filter(collections)
    if type:
        clause, values = in_clause("r.type", [type] if isinstance(type, str) else list(type))
        where, params = f"{where} AND {clause}", params + values
    if entity:
        ids = [entity] if isinstance(entity, str) else list(entity)
        source_clause, values = in_clause("r.source_entity", ids)
        target_clause, _ = in_clause("r.target_entity", ids)
        where += f" AND ({source_clause} OR {target_clause})"
        params += values + values
    if date_from:
        where += " AND r.date IS NOT NULL AND substr(r.date, 1, ?) >= ?"
        params += [len(date_from), date_from]
    if date_to:
        where += " AND r.date IS NOT NULL AND substr(r.date, 1, ?) <= ?"
        params += [len(date_to), date_to]
    return where, params


def entity_relations(
    store: Store,
    entity_id: str,
    *,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The first ``limit`` relations with ``entity_id`` at either end, in document order.

    Same rows as ``list_relations(entity=…)``, read as two ordered index ranges (entity as
    source, entity as target) each cut at ``limit`` before merging, so a hub with 100,000
    relations costs ``limit`` rows, not a sort of all of them.
    """
    where, params = collection_filter(collections)
    order = "r.doc_seq, r.start, r.type, r.id"
    ends = [
        "SELECT * FROM (SELECT r.id, r.doc_seq, r.start, r.type FROM relations r"
        f" JOIN documents d ON d.id = r.document WHERE {condition} AND {where}"
        f" ORDER BY {order}{paginate(limit)}) AS {name}"
        for name, condition in zip(
            ("as_source", "as_target"),
            ("r.source_entity = ?", "r.target_entity = ? AND r.source_entity != ?"),
            strict=True,
        )
    ]
    page = f"{ends[0]} UNION ALL {ends[1]}"
    rows = store.query(
        f"SELECT {_COLUMNS}{_JOINS} JOIN ({page}) page ON page.id = r.id ORDER BY {order}"
        + paginate(limit),
        [entity_id, *params, entity_id, entity_id, *params],
    )
    return rename_ends(store, [_row(row) for row in rows], collections)


def relations_for_entity(
    store: Store, entity_id: str, *, collections: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Every relation with ``entity_id`` at either end, in document order (for ``show``)."""
    return list_relations(store, entity=entity_id, collections=collections)


def relations_between(
    store: Store,
    a: str,
    b: str,
    *,
    include_negated: bool = False,
    limit: int | None = None,
    collections: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Relations linking entities ``a`` and ``b`` in either direction, dated ones first,
    from documents in ``collections`` (None: all); ``limit`` counts only those."""
    mentions_a = [r[0] for r in store.query("SELECT id FROM mentions WHERE entity = ?", (a,))]
    mentions_b = [r[0] for r in store.query("SELECT id FROM mentions WHERE entity = ?", (b,))]
    if not mentions_a or not mentions_b:
        return []
    negated = "" if include_negated else " AND r.negated = 0"
    scope, scope_values = collection_filter(collections)
    rows: list[Any] = []
    # One indexed lookup per direction (an OR across both would scan the table).
    for sources, targets in ((mentions_a, mentions_b), (mentions_b, mentions_a)):
        source_clause, source_values = in_clause("r.source", sources)
        target_clause, target_values = in_clause("r.target", targets)
        rows += store.query(
            f"SELECT {_COLUMNS}, d.seq AS document_order{_JOINS}"
            f" WHERE {source_clause} AND {target_clause}{negated} AND {scope}",
            source_values + target_values + scope_values,
        )
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["document_order"], r["start"]))
    items = [_row(row) for row in (rows if limit is None else rows[:limit])]
    found = [{k: v for k, v in item.items() if k != "document_order"} for item in items]
    return rename_ends(store, found, collections)


def iter_edges(
    store: Store, *, after: int = 0, collections: Sequence[str] | None = None
) -> Iterator[tuple[Any, ...]]:
    """Lean rows for graph building: (seq, id, type, source entity, target entity, date,
    negated, modality), for relations stored (or replaced) after sequence number ``after``."""
    where, params = collection_filter(collections)
    # CROSS JOIN keeps SQLite on the relations_seq range: with a collection filter it
    # started from the readable documents and read every one of their relations to find
    # none newer (a restricted user's graph refresh cost ~190 ms at 100,000 documents).
    query = (
        "SELECT r.seq, r.id, r.type, ms.entity, mt.entity, r.date, r.negated, r.modality"
        " FROM relations r CROSS JOIN documents d JOIN mentions ms ON ms.id = r.source"
        " JOIN mentions mt ON mt.id = r.target"
        f" WHERE d.id = r.document AND r.seq > ? AND {where} ORDER BY r.seq"
    )
    for row in store.iterate(query, [after, *params]):
        yield tuple(row)


def iter_co_mentions(
    store: Store, *, collections: Sequence[str] | None = None
) -> Iterator[tuple[str, str, str, int, int]]:
    """(entity a, entity b, document, sentence start, sentence end) for every pair of actor
    mentions sharing a sentence: the ``cooccurrence-v1`` baseline, derived, never stored."""
    where, params = collection_filter(collections)
    actors = "('Person','Organization','PublicBody','Company','LegalEntity','Location')"
    query = (
        "SELECT a.entity, b.entity, a.document, a.sentence_start, a.sentence_end"
        " FROM mentions a JOIN mentions b ON b.document = a.document"
        " AND b.sentence_start = a.sentence_start AND b.start > a.start"
        " JOIN documents d ON d.id = a.document"
        f" WHERE a.type IN {actors} AND b.type IN {actors} AND a.entity != b.entity AND {where}"
    )
    for row in store.iterate(query, params):
        yield (row[0], row[1], row[2], row[3], row[4])


def _row(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["negated"] = bool(item["negated"])
    item["attributes"] = json.loads(item["attributes"] or "{}")
    return item
