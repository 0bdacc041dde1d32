# Fixtures shared by every test: `store` is a fresh migrated SQLite database in a temp dir
# (one per test, never shared); `nlp` is the spaCy pipeline from settings, loaded once per
# session; `shared_data` is ../shared/data, or the test is skipped with a message saying so.
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from threadline.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = open_store(str(tmp_path / "test.db"))
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
