"""The named operation each event is part of: the SQL of ``event_operations``.

An event's ``operation`` attribute is the mention id of an ``Operation`` entity
("arrested in *Operation Sea Breeze*"). It is saved here so that the operation's entity
finds its events, and read back as the event's ``operations``, shaped like arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from threadline.model import Event
from threadline.store._filters import in_clause
from threadline.store.base import Store


def save_operations(store: Store, events: Sequence[Event]) -> None:
    """Insert the operation of each event that names one (inside the caller's transaction)."""
    store.executemany(
        "INSERT INTO event_operations (event, mention) VALUES (?, ?)",
        [(e.id, e.attributes["operation"]) for e in events if e.attributes.get("operation")],
    )


def operation_clause(entities: Sequence[str]) -> tuple[str, list[Any]]:
    """SQL (and parameters) selecting the ids of events that are part of ``entities``."""
    clause, values = in_clause("m.entity", list(entities))
    # CROSS JOIN keeps SQLite walking the few operations and looking each mention up,
    # instead of reading a hub's every mention (tens of thousands) to probe operations;
    # PostgreSQL plans it as the inner join it is.
    return (
        "SELECT o.event FROM event_operations o"
        f" CROSS JOIN mentions m WHERE m.id = o.mention AND {clause}",
        values,
    )


def operation_rows(store: Store, event_ids: Sequence[str]) -> list[Any]:
    """Rows shaped like event argument rows (role ``operation``) for ``event_ids``."""
    clause, values = in_clause("o.event", list(event_ids))
    return store.query(
        "SELECT o.event, 'operation' AS role, o.mention, m.text, m.kind, m.start,"
        ' m."end", m.entity, coalesce(e.type, m.type) AS type FROM event_operations o'
        " JOIN mentions m ON m.id = o.mention LEFT JOIN entities e ON e.id = m.entity"
        f" WHERE {clause} ORDER BY o.event",
        values,
    )
