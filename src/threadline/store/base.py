"""The storage interface every stage writes and reads through.

A :class:`Store` exposes a small set of primitives (``query``, ``execute``,
``transaction``) with ``?`` placeholders and portable SQL; domain modules in this
package (``documents``, ``entities``, ``screening``, ``relations`` …) hold the SQL for
their records and ask ``store.dialect`` (:mod:`threadline.store.dialect`) for the few
pieces the databases spell differently. Two backends implement it: SQLite
(:mod:`threadline.store.sqlite`, the default) and PostgreSQL
(:mod:`threadline.store.postgres`). Rows are read as :class:`Row`: by column name or
position, and ``dict(row)`` works; no database driver's types cross this interface.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Protocol

from threadline.store.dialect import Dialect

Params = Sequence[Any]


class Row(Protocol):
    """One result row: ``row["column"]``, ``row[0]``, ``row.keys()``, ``tuple(row)`` and
    ``dict(row)``."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def __len__(self) -> int: ...


class Store:
    """A migrated database behind ``?``-placeholder primitives (one connection per thread)."""

    backend: ClassVar[str]
    dialect: ClassVar[Dialect]

    def __init__(self, location: str, *, readonly: bool = False) -> None:
        self.path = location
        self.readonly = readonly
        self._local = threading.local()

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a SELECT (or a statement with RETURNING) and return all rows."""
        raise NotImplementedError

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def iterate(self, sql: str, params: Params = ()) -> Iterator[Row]:
        """Stream the rows of a SELECT without loading them all."""
        raise NotImplementedError

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows changed."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _end(self, commit: bool) -> None:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All statements inside commit together or not at all (nesting joins the outer
        one). Write transactions take turns on both backends, so a read inside one sees
        no other writer's changes until it ends."""
        depth = getattr(self._local, "depth", 0)
        if depth:
            self._local.depth = depth + 1
            try:
                yield self
            finally:
                self._local.depth = depth
            return
        self._begin()
        self._local.depth = 1
        try:
            yield self
        except BaseException:
            self._end(commit=False)
            raise
        else:
            self._end(commit=True)
        finally:
            self._local.depth = 0

    def close(self) -> None:
        """Close this thread's connection (both backends keep one in ``self._local.conn``)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
