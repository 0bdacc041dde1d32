"""The audit trail of administration: one row per change an admin made, with who, when,
what and why (see ``migrations/0630_admin_audit.sql``)."""

from __future__ import annotations

from datetime import UTC, datetime

from typing_extensions import TypedDict  # pydantic needs it for response models on 3.11

from threadline.store.base import Store


class AdminAction(TypedDict):
    """One recorded change: ``action`` (e.g. ``grant``) on ``subject`` (a user, collection
    or list name), ``detail`` (e.g. ``alpha:write``), by ``actor`` at ``created_at``,
    with the ``reason`` given, if any."""

    id: int
    action: str
    subject: str
    detail: str | None
    actor: str
    reason: str | None
    created_at: str


def record_action(
    store: Store,
    action: str,
    subject: str,
    *,
    actor: str,
    detail: str | None = None,
    reason: str | None = None,
) -> None:
    """Add one change to the audit trail."""
    store.execute(
        "INSERT INTO admin_actions (action, subject, detail, actor, reason, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (action, subject, detail, actor, reason, datetime.now(UTC).isoformat(timespec="seconds")),
    )


def list_actions(store: Store, *, limit: int = 50, offset: int = 0) -> list[AdminAction]:
    """The most recent changes first, a page at a time."""
    rows = store.query(
        "SELECT id, action, subject, detail, actor, reason, created_at FROM admin_actions"
        " ORDER BY id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [
        AdminAction(
            id=r["id"],
            action=r["action"],
            subject=r["subject"],
            detail=r["detail"],
            actor=r["actor"],
            reason=r["reason"],
            created_at=r["created_at"],
        )
        for r in rows
    ]


def count_actions(store: Store) -> int:
    """How many changes the audit trail holds."""
    row = store.query_one("SELECT count(*) AS n FROM admin_actions")
    return int(row["n"]) if row else 0


def command_line_actor() -> str:
    """Who made a change from the command line: ``cli:`` and the system user."""
    import getpass

    return f"cli:{getpass.getuser()}"
