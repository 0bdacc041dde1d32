"""Mentions, quotes and entity profiles: every claim with its document, span and sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from threadline.model import types_matching
from threadline.store._filters import collection_filter, in_clause, paginate
from threadline.store.base import Store
from threadline.store.entities import roles_by_entity, visible_name
from threadline.store.events import events_for_entity
from threadline.store.relations import entity_relations
from threadline.store.screening import hits_for_entity
from threadline.store.visible import visible_names

# substr() counts characters (not bytes) on TEXT, and is 1-based.
_SENTENCE = "substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)"


def list_mentions(
    store: Store,
    *,
    document: str | None = None,
    type: str | None = None,
    entity: str | None = None,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Mentions in document order: ``{document, start, end, text, type, entity, kind,
    antecedent, rule}``; ``kind`` is ``name``, ``pronoun`` or ``nominal``, and the last two
    say which mention a pronoun or nominal refers to and which coreference rule said so."""
    where, params = collection_filter(collections)
    if document:
        where += " AND m.document = ?"
        params.append(document)
    if entity:
        where += " AND m.entity = ?"
        params.append(entity)
    if type:
        clause, values = in_clause("m.type", types_matching(type))
        where += f" AND {clause}"
        params += values
    rows = store.query(
        'SELECT m.id, m.document, m.start, m."end", m.text, m.type, m.entity, m.kind,'
        " m.antecedent, m.rule FROM mentions m JOIN documents d ON d.id = m.document"
        f" WHERE {where} ORDER BY d.seq, m.start" + paginate(limit, offset),
        params,
    )
    return [dict(r) for r in rows]


def list_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    document: str | None = None,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes with speakers: ``{speaker, speaker_id, text, document, start, end}``.

    ``speaker`` is an entity id; the speaker's name is the entity's current name.
    """
    where, params = collection_filter(collections)
    if speaker:
        where += " AND q.speaker_entity = ?"
        params.append(speaker)
    if document:
        where += " AND q.document = ?"
        params.append(document)
    rows = store.query(
        "SELECT coalesce(e.name, q.speaker) AS speaker, m.entity AS speaker_id, q.text,"
        ' q.document, q.start, q."end", q.id'
        " FROM quotes q JOIN documents d ON d.id = q.document"
        " LEFT JOIN mentions m ON m.id = q.speaker_mention"
        " LEFT JOIN entities e ON e.id = m.entity"
        f" WHERE {where} ORDER BY q.doc_seq, q.start" + paginate(limit, offset),
        params,
    )
    found = [dict(r) for r in rows]
    if collections is not None:  # the speaker's name as readable in these collections
        names = visible_names(store, [q["speaker_id"] for q in found], collections)
        for item in found:
            item["speaker"] = names.get(item["speaker_id"], item["speaker"])
    return found


def evidence(
    store: Store,
    entity_id: str,
    *,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Where the entity is mentioned: document, span, surface text and the whole sentence,
    with the mention's ``kind`` and, for pronouns and nominals, the coreference ``rule``."""
    where, params = collection_filter(collections, "ed.collection")
    # Page the entity's documents first (an index range on entity_documents, in date
    # order), then read their mentions: a hub's 400,000 mentions are never sorted.
    documents = (
        "SELECT ed.document, ed.date, ed.seq FROM entity_documents ed"
        f" WHERE ed.entity = ? AND {where} ORDER BY ed.date, ed.seq"
        # every document holds at least one mention: limit + offset documents suffice
        + paginate(None if limit is None else limit + max(0, offset))
    )
    rows = store.query(
        'SELECT m.document, d.title, m.start, m."end", m.text, m.kind, m.rule,'
        f" m.sentence_start, {_SENTENCE} AS sentence"
        f" FROM ({documents}) ed JOIN mentions m ON m.document = ed.document AND m.entity = ?"
        " JOIN documents d ON d.id = ed.document ORDER BY ed.date, ed.seq, m.start"
        + paginate(limit, offset),
        [entity_id, *params, entity_id],
    )
    return [dict(r) for r in rows]


def mention_counts(
    store: Store, entity_id: str, collections: Sequence[str] | None = None
) -> tuple[int, int]:
    """(mentions, documents) of an entity in ``collections``, from entity_counts: one row
    per collection, kept exact by triggers (0600 and 0601 migrations)."""
    where, params = collection_filter(collections, "collection")
    row = store.query_one(
        "SELECT coalesce(sum(mentions), 0) AS n, coalesce(sum(documents), 0) AS docs"
        f" FROM entity_counts WHERE entity = ? AND {where}",
        [entity_id, *params],
    )
    return (int(row["n"]), int(row["docs"])) if row else (0, 0)


def name_forms(
    store: Store, entity_id: str, collections: Sequence[str] | None = None
) -> tuple[list[str], list[str]]:
    """(surface forms, canonical names) of the entity's proper-name mentions in
    ``collections``; pronouns and nominals never count."""
    where, params = collection_filter(collections, "collection")
    rows = store.query(
        f"SELECT DISTINCT text, name FROM entity_names WHERE entity = ? AND {where}",
        [entity_id, *params],
    )
    return sorted({r["text"] for r in rows}), sorted({r["name"] for r in rows})


def entity_profile(
    store: Store,
    entity_id: str,
    *,
    collections: Sequence[str] | None = None,
    evidence_limit: int | None = 200,
    evidence_offset: int = 0,
) -> dict[str, Any] | None:
    """Everything known about one entity, each claim with its evidence.

    Gives ``{id, name, type, aliases, mention_count, documents, roles, evidence, quotes,
    relations, events, sanctions}``; relations and sanctions hits appear once those stages have
    stored any. Evidence, quotes, relations and events are capped at ``evidence_limit``
    each (``mention_count`` and ``documents`` count everything, pronouns and nominals
    included); ``evidence_offset`` skips that many evidence rows (pages of evidence).
    Sanctions hits are not limited by collection: lists are reference data.
    """
    row = store.query_one("SELECT id, name, type FROM entities WHERE id = ?", (entity_id,))
    if row is None:
        return None
    mentions, documents = mention_counts(store, entity_id, collections)
    surface, names = name_forms(store, entity_id, collections)
    name = visible_name(row["name"], names, collections)
    profile: dict[str, Any] = {
        "id": row["id"],
        "name": name,
        "type": row["type"],
        "aliases": sorted(a for a in set(surface) if a and a != name),
        "mention_count": mentions,
        "documents": documents,
        "roles": roles_by_entity(
            store, [entity_id], collections=collections, limit=evidence_limit
        ).get(entity_id, []),
        "evidence": evidence(
            store,
            entity_id,
            collections=collections,
            limit=evidence_limit,
            offset=evidence_offset,
        ),
        "quotes": list_quotes(
            store, speaker=entity_id, collections=collections, limit=evidence_limit
        ),
        "relations": entity_relations(
            store, entity_id, collections=collections, limit=evidence_limit
        ),
        "events": events_for_entity(
            store, entity_id, collections=collections, limit=evidence_limit
        ),
        "sanctions": hits_for_entity(store, entity_id),
    }
    return profile
