# Fixtures for the web tests. `app_db` builds tests/api/sample.py's two-collection database
# (users admin/ana/val/bob, password sample.PASSWORD); `login(user)` gives a TestClient
# signed in through the login form. Browser tests (marked `browser`) get `live_server`,
# the app served by uvicorn on a free local port in a thread, and `browser`, Debian's
# chromium driven by Playwright; they skip with a message when chromium is absent.
from __future__ import annotations

import importlib.util
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from threadline.app import create_app
from threadline.settings import Settings
from threadline.store import open_store

_spec = importlib.util.spec_from_file_location(
    "api_sample", Path(__file__).resolve().parent.parent / "api" / "sample.py"
)
assert _spec and _spec.loader
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

CHROMIUM = os.environ.get("THREADLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def app_db(db_url: str) -> dict[str, Any]:
    with open_store(db_url) as store:
        info = sample.build(store)
    return {**info, "path": db_url}


@pytest.fixture
def login(app_db: dict[str, Any]) -> Iterator[Callable[[str], TestClient]]:
    app = create_app(Settings(db=app_db["path"], secret_key="test-secret"))
    clients: list[TestClient] = []

    def signed_in(user: str) -> TestClient:
        client = TestClient(app)
        clients.append(client)
        page = client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        form = {"username": user, "password": sample.PASSWORD, "csrf": csrf[1], "next": "/"}
        assert client.post("/login", data=form, follow_redirects=False).status_code == 303
        return client

    yield signed_in
    for client in clients:
        client.close()
    app.state.store.close()


@pytest.fixture
def password() -> str:
    """Every sample user's password."""
    return str(sample.PASSWORD)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(app_db: dict[str, Any]) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    app = create_app(Settings(db=app_db["path"], secret_key="test-secret"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"browser tests need Debian's chromium at {CHROMIUM} (scripts/install-browser.sh"
            " installs it as root; or set THREADLINE_CHROMIUM)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
