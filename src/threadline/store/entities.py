"""Entities, their mentions, roles and quotes: the read side analysts use most."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import reduce
from typing import Any

from threadline.model import ORGANIZATION, Mention, stable_id, types_matching
from threadline.resolve import better_name, entity_key
from threadline.store._filters import collection_filter, in_clause, paginate
from threadline.store.base import Store
from threadline.store.visible import visible_names

#: When mentions of one entity disagree on type, the more specific kind wins.
_SPECIFIC = {"PublicBody": 2, "Company": 2, ORGANIZATION: 1}


def entity_redirects(store: Store) -> dict[str, str]:
    """Entity ids merged by a person into another id (kept across re-ingest)."""
    redirects = {
        row["subject"]: row["target"]
        for row in store.query(
            "SELECT subject, target FROM entity_decisions WHERE kind = 'merge' ORDER BY id"
        )
    }
    for source in list(redirects):  # follow chains a→b→c
        seen = {source}
        while redirects[source] in redirects and redirects[source] not in seen:
            seen.add(redirects[source])
            redirects[source] = redirects[redirects[source]]
    return redirects


def upsert_entities(store: Store, mentions: Iterable[Mention]) -> None:
    """Create or update the entities these resolved mentions point to.

    The stored name is the fullest proper form seen so far (see ``resolve.better_name``).
    """
    best: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if not m.entity:
            continue
        name = m.canonical or m.text
        if m.entity in best:
            old_type, old_name = best[m.entity]
            kind = m.type if _SPECIFIC.get(m.type, 0) > _SPECIFIC.get(old_type, 0) else old_type
            best[m.entity] = (kind, better_name(old_name, name))
        else:
            best[m.entity] = (m.type, name)
    for entity_id, (type_, name) in best.items():
        row = store.query_one("SELECT type, name FROM entities WHERE id = ?", (entity_id,))
        if row is None:
            store.execute(
                "INSERT INTO entities (id, type, name, key) VALUES (?, ?, ?, ?)",
                (entity_id, type_, name, entity_key(type_, name)),
            )
            continue
        new_name = better_name(row["name"], name)
        old_rank, new_rank = _SPECIFIC.get(row["type"], 0), _SPECIFIC.get(type_, 0)
        new_type = type_ if new_rank > old_rank else row["type"]
        if new_name != row["name"] or new_type != row["type"]:
            store.execute(
                "UPDATE entities SET name = ?, type = ? WHERE id = ?",
                (new_name, new_type, entity_id),
            )


def find_entity(
    store: Store, id_or_name: str, *, collections: Sequence[str] | None = None
) -> dict[str, Any] | None:
    """An entity by id, else by exact name, else by a surface form (most mentioned first).

    With ``collections``, only entities mentioned there are found, and names match only
    the forms of those mentions: the answer is as if other entities did not exist.
    """
    redirects = entity_redirects(store)
    id_or_name = redirects.get(id_or_name, id_or_name)
    if collections is not None:
        return _find_readable(store, id_or_name, collections)
    row = store.query_one("SELECT id, name, type FROM entities WHERE id = ?", (id_or_name,))
    if row is None:
        same = store.dialect.equal_nocase
        row = store.query_one(
            "SELECT e.id, e.name, e.type FROM entities e"
            " LEFT JOIN mentions m ON m.entity = e.id AND m.kind = 'name'"
            f" WHERE {same('e.name', '?')} OR {same('m.text', '?')}"
            f" GROUP BY e.id ORDER BY ({same('e.name', '?')}) DESC, count(m.id) DESC LIMIT 1",
            (id_or_name, id_or_name, id_or_name),
        )
    return dict(row) if row else None


def _find_readable(
    store: Store, id_or_name: str, collections: Sequence[str]
) -> dict[str, Any] | None:
    where, params = collection_filter(collections)
    row = store.query_one(
        "SELECT e.id, e.type FROM entities e JOIN mentions m ON m.entity = e.id"
        f" JOIN documents d ON d.id = m.document WHERE e.id = ? AND {where} LIMIT 1",
        [id_or_name, *params],
    )
    if row is None:
        same = store.dialect.equal_nocase
        row = store.query_one(
            "SELECT e.id, e.type FROM entities e JOIN mentions m ON m.entity = e.id"
            f" JOIN documents d ON d.id = m.document WHERE {where} AND m.kind = 'name'"
            f" AND ({same('m.text', '?')} OR {same('m.canonical', '?')})"
            " GROUP BY e.id ORDER BY count(m.id) DESC LIMIT 1",
            [*params, id_or_name, id_or_name],
        )
    if row is None:
        return None
    names = visible_names(store, [row["id"]], collections)
    return {"id": row["id"], "name": names.get(row["id"], row["id"]), "type": row["type"]}


_SURFACE = "CASE WHEN m.kind = 'name' THEN m.text END"
_NAME_FORM = "CASE WHEN m.kind = 'name' THEN coalesce(m.canonical, m.text) END"


def list_entities(
    store: Store,
    *,
    type: str | None = None,
    query: str | None = None,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities with aliases, mention counts and roles (contract shape), most mentioned first."""
    where, params = collection_filter(collections)
    if type:
        clause, values = in_clause("e.type", types_matching(type))
        where, params = f"{where} AND {clause}", params + values
    if query:  # a restricted user's query matches only the forms of readable mentions
        stored = "e.name" if collections is None else "m.canonical"
        like_op = store.dialect.like_nocase
        where += f" AND ({stored} {like_op} ? ESCAPE '\\' OR m.text {like_op} ? ESCAPE '\\')"
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    json_array = store.dialect.json_array
    rows = store.query(
        "SELECT e.id, e.name, e.type, count(m.id) AS mention_count,"
        f" {json_array(_SURFACE, distinct=True)} AS surface,"
        f" {json_array(_NAME_FORM, distinct=True)} AS names"
        " FROM entities e JOIN mentions m ON m.entity = e.id JOIN documents d ON d.id = m.document"
        f" WHERE {where} GROUP BY e.id ORDER BY mention_count DESC, e.name"
        + paginate(limit, offset),
        params,
    )
    roles = roles_by_entity(store, [r["id"] for r in rows], collections=collections)
    result = []
    for r in rows:
        name = visible_name(r["name"], r["names"], collections)
        result.append(
            {
                "id": r["id"],
                "name": name,
                "type": r["type"],
                "aliases": sorted(a for a in set(json.loads(r["surface"])) if a and a != name),
                "mention_count": r["mention_count"],
                "roles": roles.get(r["id"], []),
            }
        )
    return result


def visible_name(
    stored: str, forms: str | Sequence[str | None], collections: Sequence[str] | None
) -> str:
    """The entity's name as a user who reads only ``collections`` may see it.

    The stored name is the best form seen in any collection; a restricted user gets the
    best of the forms in the mentions they can read (``forms``: a list, or a JSON array),
    so no name leaks from elsewhere.
    """
    if collections is None:
        return stored
    names = [n for n in (json.loads(forms) if isinstance(forms, str) else forms) if n]
    return reduce(better_name, names) if names else stored


def roles_by_entity(
    store: Store,
    entity_ids: Sequence[str],
    *,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Roles (with evidence spans) of each entity, in document order (at most ``limit``
    per request: pass one entity to cap that entity's roles)."""
    result: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if not entity_ids:
        return result
    where, params = collection_filter(collections)
    for chunk_start in range(0, len(entity_ids), 500):
        chunk = list(entity_ids[chunk_start : chunk_start + 500])
        clause, values = in_clause("r.entity", chunk)
        rows = store.query(
            'SELECT r.entity, r.role, r.document, r.start, r."end", o.entity AS organization'
            " FROM roles r JOIN documents d ON d.id = r.document"
            " LEFT JOIN mentions o ON o.id = r.organization"
            f" WHERE {clause} AND {where} ORDER BY r.doc_seq, r.start" + paginate(limit),
            values + params,
        )
        for row in rows:
            item = {k: row[k] for k in ("role", "document", "start", "end")}
            if row["organization"]:
                item["organization"] = row["organization"]
            result[row["entity"]].append(item)
    return result


def merge_entities(
    store: Store,
    source: str,
    target: str,
    *,
    author: str | None = None,
    reason: str | None = None,
) -> None:
    """Merge entity ``source`` into ``target``; the decision (who, when, why) is kept for
    future ingests and shown as the entities' history."""
    with store.transaction():
        row = store.query_one("SELECT name FROM entities WHERE id = ?", (source,))
        store.execute("UPDATE mentions SET entity = ? WHERE entity = ?", (target, source))
        store.execute(
            "INSERT INTO entity_decisions"
            " (kind, subject, target, author, created_at, reason, label, origin)"
            " VALUES ('merge', ?, ?, ?, ?, ?, ?, ?)",
            (source, target, author, _now(), reason, row["name"] if row else None, source),
        )
        store.execute("DELETE FROM entities WHERE id = ?", (source,))


def split_mention(
    store: Store, mention_id: str, *, author: str | None = None, reason: str | None = None
) -> str:
    """Move one mention out of its entity into a new entity of its own; returns the new id.

    The decision (who, when, why, and the entity the mention left) is kept."""
    with store.transaction():
        row = store.query_one("SELECT entity, text, type FROM mentions WHERE id = ?", (mention_id,))
        if row is None:
            raise KeyError(mention_id)
        new_id = stable_id("ent", "split", mention_id)
        store.execute(
            store.dialect.insert_ignore("entities", ["id", "type", "name", "key"]),
            (new_id, row["type"], row["text"], f"split:{mention_id}"),
        )
        store.execute("UPDATE mentions SET entity = ? WHERE id = ?", (new_id, mention_id))
        store.execute(
            "INSERT INTO entity_decisions"
            " (kind, subject, target, author, created_at, reason, label, origin)"
            " VALUES ('split', ?, ?, ?, ?, ?, ?, ?)",
            (mention_id, new_id, author, _now(), reason, row["text"], row["entity"]),
        )
    return new_id


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def count_decisions(store: Store) -> int:
    """How many merge/split decisions people have recorded (graphs rebuild when it moves)."""
    row = store.query_one("SELECT count(*) AS n FROM entity_decisions")
    return int(row["n"]) if row else 0


def entity_labels(store: Store, entity_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """``{id: (name, type)}`` of the given entities (absent ids are left out)."""
    labels: dict[str, tuple[str, str]] = {}
    for start in range(0, len(entity_ids), 500):
        clause, values = in_clause("id", list(entity_ids[start : start + 500]))
        for row in store.query(f"SELECT id, name, type FROM entities WHERE {clause}", values):
            labels[row["id"]] = (row["name"], row["type"])
    return labels


def entity_types(store: Store) -> dict[str, str]:
    """``{id: type}`` of every entity."""
    return {row["id"]: row["type"] for row in store.iterate("SELECT id, type FROM entities")}
