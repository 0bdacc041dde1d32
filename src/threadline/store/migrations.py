"""Schema migrations: numbered ``.sql`` files applied once each, in name order.

Each stage that owns tables ships its own file (``0001_core.sql``, ``0100_screen.sql``,
``0200_relations.sql`` …). Applied names are recorded in ``schema_migrations``, so
opening an old database upgrades it and opening a current one changes nothing.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources


def migration_files() -> list[tuple[str, str]]:
    """(name, sql) of every shipped migration, in the order they apply."""
    folder = resources.files("threadline.store") / "migrations"
    items = [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return sorted(items)


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations, each in its own transaction. Returns the names applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    applied = []
    for name, sql in migration_files():
        if name in done:
            continue
        # executescript commits first; wrap in an explicit transaction so a failing
        # migration leaves nothing half-applied.
        conn.executescript(
            "BEGIN;\n"
            + sql
            + "\nINSERT INTO schema_migrations VALUES ("
            + _quote(name)
            + ", "
            + _quote(datetime.now(UTC).isoformat())
            + ");\nCOMMIT;"
        )
        applied.append(name)
    return applied


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
