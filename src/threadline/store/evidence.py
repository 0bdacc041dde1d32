"""Mentions, quotes and entity profiles: every claim with its document, span and sentence."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from threadline.model import types_matching
from threadline.store._filters import collection_filter, in_clause, paginate
from threadline.store.base import Store
from threadline.store.entities import roles_by_entity, visible_name
from threadline.store.events import events_for_entity
from threadline.store.relations import list_relations
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
        f" WHERE {where} ORDER BY d.rowid, m.start" + paginate(limit, offset),
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
        where += " AND m.entity = ?"
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
        f" WHERE {where} ORDER BY d.rowid, q.start" + paginate(limit, offset),
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
    where, params = collection_filter(collections)
    rows = store.query(
        'SELECT m.document, d.title, m.start, m."end", m.text, m.kind, m.rule,'
        f" m.sentence_start, {_SENTENCE} AS sentence"
        " FROM mentions m JOIN documents d ON d.id = m.document"
        f" WHERE m.entity = ? AND {where} ORDER BY d.date, d.rowid, m.start"
        + paginate(limit, offset),
        [entity_id, *params],
    )
    return [dict(r) for r in rows]


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
    where, params = collection_filter(collections)
    stats = store.query_one(
        "SELECT count(m.id) AS n, count(DISTINCT m.document) AS docs,"
        # Aliases and names come from proper names only, never "he" or "the ministry".
        " json_group_array(DISTINCT CASE WHEN m.kind = 'name' THEN m.text END) AS surface,"
        " json_group_array(DISTINCT CASE WHEN m.kind = 'name'"
        " THEN coalesce(m.canonical, m.text) END) AS names"
        f" FROM mentions m JOIN documents d ON d.id = m.document WHERE m.entity = ? AND {where}",
        [entity_id, *params],
    )
    surface = json.loads(stats["surface"]) if stats else []
    name = visible_name(row["name"], stats["names"] if stats else "[]", collections)
    profile: dict[str, Any] = {
        "id": row["id"],
        "name": name,
        "type": row["type"],
        "aliases": sorted(a for a in set(surface) if a and a != name),
        "mention_count": stats["n"] if stats else 0,
        "documents": stats["docs"] if stats else 0,
        "roles": roles_by_entity(store, [entity_id], collections=collections).get(entity_id, []),
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
        "relations": list_relations(
            store, entity=entity_id, collections=collections, limit=evidence_limit
        ),
        "events": events_for_entity(
            store, entity_id, collections=collections, limit=evidence_limit
        ),
        "sanctions": hits_for_entity(store, entity_id),
    }
    return profile
