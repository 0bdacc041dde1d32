# Fixtures for the API tests: `app_db` builds tests/api/sample.py's two-collection database
# at `db_url` (one per test, on each backend); `client` is FastAPI's TestClient over
# create_app on it; `tokens` maps user name → API token; `auth(user)` gives the
# Authorization header.
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.sample import build
from threadline.app import create_app
from threadline.settings import Settings
from threadline.store import open_store


@pytest.fixture
def app_db(db_url: str) -> dict[str, Any]:
    with open_store(db_url) as store:
        info = build(store)
    return {**info, "path": db_url}


@pytest.fixture
def client(app_db: dict[str, Any]) -> Iterator[TestClient]:
    app = create_app(Settings(db=app_db["path"], secret_key="test-secret"))
    with TestClient(app) as test_client:
        yield test_client
    app.state.store.close()


@pytest.fixture
def tokens(app_db: dict[str, Any]) -> dict[str, str]:
    return dict(app_db["tokens"])


@pytest.fixture
def auth(tokens: dict[str, str]) -> Callable[[str], dict[str, str]]:
    return lambda user: {"Authorization": f"Bearer {tokens[user]}"}
