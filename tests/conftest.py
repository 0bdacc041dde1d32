# Fixtures shared by every test: `db_url` is where a fresh store lives, once per backend: a
# SQLite file in a temp dir, and a PostgreSQL schema of its own (dropped afterwards) in the
# server THREADLINE_TEST_POSTGRES names (`make test` starts a throwaway cluster with
# scripts/postgres-cluster.sh; without one the PostgreSQL runs skip, saying so); `store` is
# that store opened and migrated (one per test, never shared); `nlp` is the spaCy pipeline
# from settings, loaded once per session; `shared_data` is ../shared/data, or the test is
# skipped with a message saying so.
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.backends import BACKENDS, fresh_db_url
from threadline.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_db_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    db = open_store(db_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def nlp() -> Any:
    from threadline.extract.pipeline import load_pipeline
    from threadline.settings import load

    return load_pipeline(load())


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the shared data folder {SHARED_DATA}, which is absent")
    return SHARED_DATA


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
