"""The history of human merge/split decisions, and what an edit of an entity touches.

Each decision row says who made it (``author``), when (``created_at``), why
(``reason``), what moved (``label``: the merged entity's name or the split mention's
text) and between which entities (``subject``/``origin`` → ``target``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from threadline.store._filters import in_clause
from threadline.store.base import Store

_COLUMNS = "id, kind, subject, target, origin, label, author, reason, created_at"


def decisions_for(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Decisions that changed ``entity_id``, newest first: entities merged into it, the
    entity it was merged from, mentions split out of it or into it."""
    rows = store.query(
        f"SELECT {_COLUMNS} FROM entity_decisions"
        " WHERE target = ? OR origin = ? OR subject = ? ORDER BY id DESC",
        (entity_id, entity_id, entity_id),
    )
    return [dict(r) for r in rows]


def entity_collections(store: Store, entity_ids: Sequence[str]) -> list[str]:
    """The collections whose documents mention any of ``entity_ids`` (an edit touches them)."""
    clause, values = in_clause("m.entity", list(entity_ids))
    rows = store.query(
        "SELECT DISTINCT d.collection FROM mentions m JOIN documents d ON d.id = m.document"
        f" WHERE {clause} ORDER BY d.collection",
        values,
    )
    return [r["collection"] for r in rows]


def mention_owner(store: Store, mention_id: str) -> dict[str, Any] | None:
    """The entity and collection of one mention, or ``None`` when there is no such mention."""
    row = store.query_one(
        "SELECT m.entity, d.collection FROM mentions m JOIN documents d ON d.id = m.document"
        " WHERE m.id = ?",
        (mention_id,),
    )
    return dict(row) if row else None
