"""Fresh store locations on each backend, for the fixtures that build stores.

SQLite: a file in the given folder. PostgreSQL: a schema of its own in the server that
``THREADLINE_TEST_POSTGRES`` names (a libpq URL), dropped afterwards; without that
variable (or without psycopg) the PostgreSQL run of the test is skipped with a message
saying why. ``make test`` starts a throwaway cluster (scripts/postgres-cluster.sh)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgresql"]
POSTGRES = os.environ.get("THREADLINE_TEST_POSTGRES", "")


@contextmanager
def fresh_db_url(backend: str, folder: Path, name: str = "test.db") -> Iterator[str]:
    """Where a new, empty store lives on ``backend`` for as long as the block runs."""
    if backend == "sqlite":
        yield str(folder / name)
        return
    if not POSTGRES:
        pytest.skip(
            "PostgreSQL run skipped: THREADLINE_TEST_POSTGRES is not set (`make test` starts"
            " a throwaway cluster with scripts/with-postgres.sh when PostgreSQL can run)"
        )
    psycopg = pytest.importorskip("psycopg", reason="PostgreSQL run skipped: psycopg is absent")
    schema = "test_" + uuid.uuid4().hex[:16]
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        # Extensions are per database: made once in public, which every test schema sees.
        with contextlib.suppress(psycopg.errors.UniqueViolation):  # two workers at once
            conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
        conn.execute(f"CREATE SCHEMA {schema}")
    path = f"options=-csearch_path%3D{schema},public"
    try:
        yield POSTGRES + ("&" if "?" in POSTGRES else "?") + path
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
