"""SQL for sanctions screening: lists, entries, the candidate index and stored hits.

A list is replaced in one transaction (delete the old version's rows, insert the new
ones, rebuild key counts), so readers see either the old version or the new, never a mix.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from threadline.store._filters import in_clause
from threadline.store.base import Row, Store

_CHUNK = 500  # stay well below SQLite's bound-parameter limit
_HIT_COLUMNS = [
    "entity",
    "entry",
    "name",
    "list",
    "score",
    "match",
    "explanation",
    "algorithm",
    "screened_at",
]


def replace_list(
    store: Store,
    info: dict[str, Any],
    entries: Sequence[dict[str, Any]],
    keys: Iterable[tuple[str, str]],
) -> None:
    """Store a list version (``info``: name, title, format, version, source, algorithm),
    its entries (rows for ``screen_entries``) and (key, entry id) index rows, replacing any
    earlier version of the same list atomically."""
    name = info["name"]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction():
        store.execute("DELETE FROM screen_index WHERE list = ?", (name,))
        store.execute("DELETE FROM screen_entries WHERE list = ?", (name,))
        store.execute("DELETE FROM screen_lists WHERE name = ?", (name,))
        store.execute(
            "INSERT INTO screen_lists (name, title, format, version, source, entry_count,"
            " algorithm, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                info["name"],
                info["title"],
                info["format"],
                info["version"],
                info["source"],
                len(entries),
                info["algorithm"],
                now,
            ),
        )
        store.executemany(
            store.dialect.upsert(
                "screen_entries",
                ["id", "list", "schema", "name", "forms", "birth_dates", "countries", "data"],
                ["id"],
            ),
            [
                (
                    e["id"],
                    name,
                    e["schema"],
                    e["name"],
                    json.dumps(e["forms"]),
                    json.dumps(e["birth_dates"]),
                    json.dumps(e["countries"]),
                    json.dumps(e["data"]),
                )
                for e in entries
            ],
        )
        store.executemany(
            store.dialect.insert_ignore("screen_index", ["key", "entry", "list"]),
            [(key, entry, name) for key, entry in keys],
        )
        store.execute("DELETE FROM screen_keys")
        store.execute(
            "INSERT INTO screen_keys (key, df) SELECT key, COUNT(*) FROM screen_index GROUP BY key"
        )


def list_lists(store: Store) -> list[dict[str, Any]]:
    """Loaded lists: name, title, format, version, source, entries, algorithm, loaded_at."""
    rows = store.query(
        "SELECT name, title, format, version, source, entry_count AS entries, algorithm,"
        " loaded_at FROM screen_lists ORDER BY name"
    )
    return [dict(row) for row in rows]


def delete_list(store: Store, name: str) -> bool:
    """Remove a loaded list, its entries, index rows and the hits found on it; ``False``
    when no list has that name."""
    with store.transaction():
        if store.query_one("SELECT name FROM screen_lists WHERE name = ?", (name,)) is None:
            return False
        store.execute("DELETE FROM screen_hits WHERE list = ?", (name,))
        store.execute("DELETE FROM screen_index WHERE list = ?", (name,))
        store.execute("DELETE FROM screen_entries WHERE list = ?", (name,))
        store.execute("DELETE FROM screen_lists WHERE name = ?", (name,))
        store.execute("DELETE FROM screen_keys")
        store.execute(
            "INSERT INTO screen_keys (key, df) SELECT key, COUNT(*) FROM screen_index GROUP BY key"
        )
    return True


def lists_generation(store: Store) -> tuple[Any, ...]:
    """Changes whenever a list is loaded or replaced (for invalidating caches)."""
    row = store.query_one(
        "SELECT COUNT(*) AS n, MAX(loaded_at) AS at, SUM(entry_count) AS total FROM screen_lists"
    )
    assert row is not None
    return (row["n"], row["at"], row["total"] or 0)


def key_counts(store: Store, keys: Sequence[str]) -> dict[str, int]:
    """How many entries each of ``keys`` blocks (absent keys are left out)."""
    counts: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in store.query(f"SELECT key, df FROM screen_keys WHERE key IN ({marks})", chunk):
            counts[row[0]] = row[1]
    return counts


def token_counts(store: Store) -> dict[str, int]:
    """Entries per exact token (keys ``t:…``), for how common a name is."""
    rows = store.query("SELECT key, df FROM screen_keys WHERE key >= 't:' AND key < 't;'")
    return {row[0][2:]: row[1] for row in rows}


def ranked_entries(store: Store, weights: dict[str, float], limit: int) -> list[tuple[str, float]]:
    """Entries indexed under any of the weighted keys, by the summed weight of their keys
    (best first, at most ``limit``)."""
    items = list(weights.items())[: _CHUNK // 2]
    if not items:
        return []
    values = ",".join("(?, ?)" for _ in items)
    params: list[Any] = [v for item in items for v in item]
    rows = store.query(
        f"WITH q(key, w) AS (VALUES {values}) SELECT i.entry, SUM(q.w) AS s"
        " FROM q JOIN screen_index i ON i.key = q.key"
        " GROUP BY i.entry ORDER BY s DESC, i.entry LIMIT ?",
        [*params, limit],
    )
    return [(row[0], row[1]) for row in rows]


def get_entries(store: Store, ids: Sequence[str]) -> list[Row]:
    """Entry rows (id, list, schema, name, forms, birth_dates, countries) for these ids."""
    rows: list[Row] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows += store.query(
            "SELECT id, list, schema, name, forms, birth_dates, countries FROM screen_entries"
            f" WHERE id IN ({marks})",
            chunk,
        )
    return rows


def get_entry_data(store: Store, entry_id: str) -> dict[str, Any] | None:
    """The full stored record of one entry (aliases, programs, remarks …)."""
    row = store.query_one("SELECT data FROM screen_entries WHERE id = ?", (entry_id,))
    return json.loads(row[0]) if row else None


def screenable_entities(
    store: Store, types: Sequence[str], documents: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Extracted entities of these types with their distinct mention texts as aliases;
    only those mentioned in ``documents`` when given."""
    marks = ",".join("?" * len(types))
    only, values = "", list(types)
    if documents is not None:
        clause, ids = in_clause("n.document", list(documents))
        only = f" AND e.id IN (SELECT n.entity FROM mentions n WHERE {clause})"
        values += ids
    rows = store.query(
        f"SELECT e.id, e.type, e.name, m.text FROM entities e LEFT JOIN mentions m"
        # Pronouns and nominals ("he", "the ministry") are not names to screen.
        f" ON m.entity = e.id AND m.kind = 'name' WHERE e.type IN ({marks}){only} ORDER BY e.id",
        values,
    )
    entities: dict[str, dict[str, Any]] = {}
    for row in rows:
        entity = entities.setdefault(
            row["id"], {"id": row["id"], "type": row["type"], "name": row["name"], "aliases": []}
        )
        text = row["text"]
        if text and text != entity["name"] and text not in entity["aliases"]:
            entity["aliases"].append(text)
    return list(entities.values())


def replace_hits(
    store: Store, entity_id: str, hits: Sequence[dict[str, Any]], algorithm: str
) -> None:
    """Store the screening hits of one extracted entity, replacing earlier ones."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction():
        store.execute("DELETE FROM screen_hits WHERE entity = ?", (entity_id,))
        store.executemany(
            store.dialect.upsert("screen_hits", _HIT_COLUMNS, ["entity", "entry"]),
            [
                (
                    entity_id,
                    h["id"],
                    h["name"],
                    h["list"],
                    h["score"],
                    int(h["match"]),
                    json.dumps(h["explanation"], ensure_ascii=False),
                    algorithm,
                    now,
                )
                for h in hits
            ],
        )


def hits_for_entity(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Stored sanctions hits of an extracted entity, best first: id (of the list entry),
    name, list, score, match, explanation, algorithm."""
    rows = store.query(
        "SELECT entry, name, list, score, match, explanation, algorithm FROM screen_hits"
        " WHERE entity = ? ORDER BY score DESC, entry",
        (entity_id,),
    )
    return [
        {
            "id": row["entry"],
            "name": row["name"],
            "list": row["list"],
            "score": row["score"],
            "match": bool(row["match"]),
            "explanation": json.loads(row["explanation"]),
            "algorithm": row["algorithm"],
        }
        for row in rows
    ]
