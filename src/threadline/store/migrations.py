"""Schema migrations: numbered ``.sql`` files applied once each, in name order.

Each stage that owns tables ships its own file (``0001_core.sql``, ``0100_screen.sql``,
``0200_relations.sql`` …). Applied names are recorded in ``schema_migrations``, so
opening an old database upgrades it and opening a current one changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: SQLite's own locking only
    fcntl = None  # type: ignore[assignment]


@contextmanager
def migration_lock(path: str) -> Iterator[None]:
    """Hold an exclusive lock on ``<database>.lock`` while a process opens and migrates
    the database, so processes opening a brand-new store at once take turns instead of
    creating the same tables twice. In-memory databases need no lock."""
    if path == ":memory:" or fcntl is None:
        yield
        return
    lock_path = Path(path + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def migration_files(backend: str = "") -> list[tuple[str, str]]:
    """(name, sql) of every shipped migration, in the order they apply: SQLite's in
    ``migrations/``, another backend's in ``migrations/<backend>/``."""
    folder = resources.files("threadline.store") / "migrations"
    if backend:
        folder = folder / backend
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
