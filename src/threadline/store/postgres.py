"""The PostgreSQL backend (psycopg 3): a shared store for teams and several ingest machines.

Selected by a ``postgresql://`` URL in ``--db`` or ``THREADLINE_DB``. Each thread has its
own connection in autocommit mode; :meth:`Store.transaction` wraps statements in
``BEGIN``/``COMMIT`` and first takes a transaction-wide advisory lock, so write
transactions take turns as they do on SQLite: concurrent ingests from several processes
or machines neither lose nor duplicate a document (the content hash is unique, and a
second writer of the same text sees the first one's row). Migrations run under a
session advisory lock, so processes opening a new database at once take turns.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Any

from threadline.errors import StoreError, UsageError
from threadline.store.base import Params, Row, Store
from threadline.store.dialect import POSTGRES, to_format_placeholders
from threadline.store.migrations import migration_files

#: Advisory lock keys (arbitrary, fixed): one for migrations, one for write transactions.
MIGRATION_LOCK = 7_302_917_001
WRITE_LOCK = 7_302_917_002


class Record:
    """A row read from PostgreSQL: by column name or position, like a SQLite row."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = tuple(values)

    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Record({dict(zip(self._index, self._values, strict=True))!r})"


def _record_rows(cursor: Any) -> Any:
    names = [column.name for column in cursor.description or ()]
    index = {name: i for i, name in enumerate(names)}
    return functools.partial(Record, index)


@functools.lru_cache(maxsize=4096)
def _sql(statement: str) -> str:
    return to_format_placeholders(statement)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise UsageError(
            "a postgresql:// store needs psycopg: pip install 'threadline[postgres]'"
        ) from exc
    return psycopg


class PostgresStore(Store):
    """A PostgreSQL database (or a schema of one, via ``options=-csearch_path=…``)."""

    backend = "postgresql"
    dialect = POSTGRES

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        super().__init__(url, readonly=readonly)
        self._psycopg = _psycopg()
        conn = self._connect()
        if not readonly:
            try:
                migrate_postgres(conn)
            except self._psycopg.Error as exc:
                raise StoreError(f"cannot prepare the PostgreSQL database: {_line(exc)}") from exc

    def _connect(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            conn = self._psycopg.connect(self.path, autocommit=True, row_factory=_record_rows)
        except self._psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL ({_line(exc)}). Check the URL, that the server runs"
                " and that the user may log in."
            ) from exc
        conn.adapters.register_loader("numeric", _number_loader(self._psycopg))
        # psycopg prepares a statement run 5 times; PostgreSQL then switches to a generic
        # plan, blind to the parameters: a search's tsquery and collections. That plan
        # ranked every match of a restricted user's search (0.1-0.4 s at 100,000
        # documents, 20-45 ms with a plan for the actual values), so plan every run.
        conn.execute("SET plan_cache_mode = force_custom_plan")
        if self.readonly:
            conn.execute("SET default_transaction_read_only = on")
        self._local.conn = conn
        return conn

    def _run(self, sql: str, params: Params) -> Any:
        try:
            return self._connect().execute(_sql(sql), _storable(params))
        except self._psycopg.Error as exc:
            raise StoreError(f"statement failed: {_line(exc)}") from exc

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        rows: list[Row] = self._run(sql, params).fetchall()
        return rows

    def iterate(self, sql: str, params: Params = ()) -> Iterator[Row]:
        # A client-side cursor: the result is read whole, so other statements may run on
        # this connection while the caller walks it.
        yield from self._run(sql, params)

    def execute(self, sql: str, params: Params = ()) -> int:
        return int(self._run(sql, params).rowcount)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            with self._connect().cursor() as cursor:
                cursor.executemany(_sql(sql), [_storable(row) for row in rows])
        except self._psycopg.Error as exc:
            raise StoreError(f"statement failed: {_line(exc)}") from exc

    def _begin(self) -> None:
        conn = self._connect()
        conn.execute("BEGIN")
        if not self.readonly:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])

    def _end(self, commit: bool) -> None:
        self._connect().execute("COMMIT" if commit else "ROLLBACK")


def _storable(params: Params) -> list[Any]:
    """Parameters as PostgreSQL can take them: its text cannot hold NUL, so a NUL character
    becomes U+FFFD. One character for one keeps every offset into a stored text true."""
    return [p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in params]


def _line(exc: Exception) -> str:
    """psycopg's message (which may span lines, with hints) on one line."""
    return " ".join(str(exc).split())


def _number_loader(psycopg: Any) -> Any:
    """PostgreSQL's ``numeric`` (what ``sum`` of integers gives) as int or float, as SQLite
    would return it, never ``Decimal``."""

    class NumberLoader(psycopg.adapt.Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode("ascii")
            return float(text) if any(c in text for c in ".eEN") else int(text)

    return NumberLoader


def migrate_postgres(conn: Any) -> list[str]:
    """Apply the pending ``migrations/postgres/*.sql`` files, each in its own transaction,
    under a session advisory lock. Returns the names applied."""
    conn.execute("SELECT pg_advisory_lock(%s)", [MIGRATION_LOCK])
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
        applied = []
        for name, sql in migration_files("postgres"):
            if name in done:
                continue
            with conn.transaction():
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations VALUES (%s, now()::text)", [name])
            applied.append(name)
        return applied
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", [MIGRATION_LOCK])
