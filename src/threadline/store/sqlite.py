"""The SQLite backend: one database file in WAL mode, migrated on open (the default)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from threadline.errors import StoreError
from threadline.store.base import Params, Row, Store
from threadline.store.dialect import SQLITE
from threadline.store.migrations import migrate, migration_lock


def _file_state(path: str) -> str:
    """Size and modification time of the database and its WAL: what a write changes."""
    parts = []
    for name in (path, path + "-wal"):
        try:
            stat = os.stat(name)
        except OSError:
            continue
        if stat.st_size:  # an empty WAL is made anew by every open: not a write
            parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    return " ".join(parts)


def damaged(path: str, problems: list[str]) -> StoreError:
    """The one error for a damaged file, whether the check or the first read finds it."""
    return StoreError(
        f"the database {path!r} is damaged ({'; '.join(problems)[:200]}). Restore it from"
        " a backup, or rebuild it: `sqlite3 OLD.db .recover | sqlite3 NEW.db`, then pass"
        " --db NEW.db."
    )


def check_integrity(conn: sqlite3.Connection, path: str) -> None:
    """SQLite's quick check, on open: a damaged file is one clear error for every command,
    never results read from a malformed database.

    The check reads the whole file, so its cost grows with the store. A clean result is
    remembered in ``<db>.checked`` with the file's size and modification time; an open
    that finds the file unchanged since then skips the check. Any write, or a damage
    that changes the file, brings it back."""
    marker = path + ".checked"
    state = _file_state(path) if path != ":memory:" else ""
    try:
        if state and Path(marker).read_text("utf-8") == state:
            return
    except OSError:
        pass
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise damaged(path, problems)
    if state:
        with suppress(OSError):  # a read-only folder: check again next time
            Path(marker).write_text(_file_state(path), "utf-8")


class SqliteStore(Store):
    """A SQLite database in one file (WAL mode), migrated on open."""

    backend = "sqlite"
    dialect = SQLITE

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        super().__init__(str(path), readonly=readonly)
        if readonly:
            check_integrity(self._connect(), self.path)
            return
        with migration_lock(self.path):  # first opens by several processes take turns
            conn = self._connect()
            check_integrity(conn, self.path)
            try:
                migrate(conn)
            except sqlite3.DatabaseError as exc:
                raise StoreError(
                    f"cannot prepare database {self.path!r}: {exc}. "
                    "Is it a threadline database? Pass another --db path."
                ) from exc

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            if self.readonly:
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            # REPLACE deletes the old row; with this on, the delete triggers that keep
            # entity_documents exact (0600_entity_index.sql) fire for it too.
            conn.execute("PRAGMA recursive_triggers = ON")
            if not self.readonly and self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            if "malformed" in str(exc):  # its schema pages are damaged: no check can run
                raise damaged(self.path, [str(exc)]) from exc
            raise StoreError(
                f"cannot open database {self.path!r}: {exc}. Is it a threadline database?"
                " Check the path and its permissions, or pass another --db."
            ) from exc
        self._local.conn = conn
        return conn

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._connect()

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a SELECT and return all rows (``row["column"]`` works)."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def iterate(self, sql: str, params: Params = ()) -> Iterator[Row]:
        try:
            cursor = self._conn.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"query failed: {exc}") from exc
        yield from cursor

    def execute(self, sql: str, params: Params = ()) -> int:
        try:
            return self._conn.execute(sql, params).rowcount
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"statement failed: {exc}") from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"statement failed: {exc}") from exc

    def _begin(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def _end(self, commit: bool) -> None:
        self._conn.execute("COMMIT" if commit else "ROLLBACK")
