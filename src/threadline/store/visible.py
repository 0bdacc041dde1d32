"""Entity names as a user who reads only some collections may see them.

An entity's stored name is the best form seen in any collection, so a corpus link can
give a restricted collection's "Petrov" the name "Dmitri Petrov" from another one.
Every name shown to a restricted user is therefore rebuilt from the mentions in the
documents they can read: the best of those names (``resolve.better_name``), else
the entity id when none of its readable mentions is a name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import reduce
from typing import Any

from threadline.resolve import better_name
from threadline.store._filters import collection_filter, in_clause
from threadline.store.base import Store

_CHUNK = 500


def visible_names(
    store: Store, entity_ids: Iterable[str], collections: Sequence[str] | None
) -> dict[str, str]:
    """``{entity id: name}`` from the mentions readable in ``collections``.

    With ``collections`` None (every collection) the stored names are returned.
    Entities with no readable name mention are absent from the answer.
    """
    ids = sorted({i for i in entity_ids if i})
    names: dict[str, list[str]] = defaultdict(list)
    scope, scope_values = collection_filter(collections, "collection")
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        if collections is None:
            clause, values = in_clause("id", chunk)
            for row in store.query(f"SELECT id, name FROM entities WHERE {clause}", values):
                names[row["id"]].append(row["name"])
            continue
        # entity_names (0600) holds each entity's name forms per collection, kept exact by
        # triggers: a few rows per entity instead of a hub's every mention.
        clause, values = in_clause("entity", chunk)
        rows = store.query(
            f"SELECT DISTINCT entity, name FROM entity_names WHERE {clause} AND {scope}",
            values + scope_values,
        )
        for row in rows:
            names[row["entity"]].append(row["name"])
    return {entity: reduce(better_name, sorted(found)) for entity, found in names.items() if found}


def rename_ends(
    store: Store, rows: list[dict[str, Any]], collections: Sequence[str] | None
) -> list[dict[str, Any]]:
    """Relations with ``source_name``/``target_name`` rebuilt for ``collections``."""
    if collections is None:
        return rows
    names = visible_names(
        store, [r["source"] for r in rows] + [r["target"] for r in rows], collections
    )
    for row in rows:
        row["source_name"] = names.get(row["source"], row["source"])
        row["target_name"] = names.get(row["target"], row["target"])
    return rows
