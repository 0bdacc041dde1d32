"""The rows the FollowTheMoney export (:mod:`threadline.export.ftm`) reads, whole-store."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from threadline.store._filters import in_clause
from threadline.store.base import Row, Store


def document_entity_names(store: Store) -> Iterator[Row]:
    """``(document, type, name)``: each entity a document names, once, by document."""
    return store.iterate(
        "SELECT DISTINCT m.document, e.type, e.name FROM mentions m"
        " JOIN entities e ON e.id = m.entity ORDER BY m.document, e.name"
    )


def articles(store: Store) -> Iterator[Row]:
    """``(id, title, source, author, url, date, text)`` of every document, in ingest order."""
    return store.iterate(
        "SELECT id, title, source, author, url, date, text FROM documents ORDER BY seq"
    )


def mention_forms(store: Store) -> Iterator[Row]:
    """``(entity, text, kind)``: the distinct forms each mentioned entity is named by."""
    return store.iterate("SELECT DISTINCT entity, text, kind FROM mentions")


def entities_of_types(store: Store, types: Sequence[str]) -> list[Row]:
    """``(id, type, name)`` of the entities of these types, by id."""
    clause, params = in_clause("type", types)
    return store.query(f"SELECT id, type, name FROM entities WHERE {clause} ORDER BY id", params)


def names_per_document(store: Store, types: Sequence[str]) -> list[Row]:
    """``(document, entity, type, texts)``: per document and entity of these types, the
    proper names used for it (``texts``, a JSON array)."""
    clause, params = in_clause("e.type", types)
    texts = store.dialect.json_array("m.text", distinct=True)
    return store.query(
        f"SELECT m.document, m.entity, e.type, {texts} AS texts FROM mentions m"
        f" JOIN entities e ON e.id = m.entity WHERE {clause} AND m.kind = 'name'"
        " GROUP BY m.document, m.entity, e.type ORDER BY m.document, m.entity",
        params,
    )


def role_holders(store: Store) -> list[Row]:
    """``(document, role, holder, holder_type, org, org_type)`` of every stored role, the
    organisation being the role's named body (or NULL)."""
    return store.query(
        "SELECT r.document, r.role, p.entity AS holder, hp.type AS holder_type,"
        " o.entity AS org, oe.type AS org_type FROM roles r"
        " JOIN mentions p ON p.id = r.mention JOIN entities hp ON hp.id = p.entity"
        " LEFT JOIN mentions o ON o.id = r.organization"
        " LEFT JOIN entities oe ON oe.id = o.entity ORDER BY r.document, r.start"
    )
