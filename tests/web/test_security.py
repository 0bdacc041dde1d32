"""Security findings of issue 14 that show in pages: each test failed before its fix."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi.testclient import TestClient

from threadline.app import create_app
from threadline.cli.serve import server_config
from threadline.ingest import iter_documents
from threadline.ingest.urls import web_url
from threadline.model import Document
from threadline.settings import Settings
from threadline.store.auth import LOGIN_LIMIT
from threadline.web.templating import snippet_html

Login = Callable[[str], TestClient]


def test_snippet_marks_stay_balanced_with_literal_brackets() -> None:
    html = str(snippet_html("a [cartel] \\[sic\\] \\] x \\\\ ["))
    assert html == "a <mark>cartel</mark> [sic] ] x \\ <mark></mark>"
    assert html.count("<mark>") == html.count("</mark>")


def test_ingest_keeps_only_http_source_urls(tmp_path: Path) -> None:
    records = [
        {"text": "The cartel laundered money.", "url": "javascript:alert(1)"},
        {"text": "The broker was arrested.", "link": " JaVa\tScRiPt:alert(1)"},
        {"text": "Interpol met in Lyon.", "url": "https://example.org/a?b=1"},
        {"text": "A data URL.", "url": "data:text/html,<script>alert(1)</script>"},
    ]
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records))
    docs = [d for d in iter_documents([str(path)], settings=Settings()) if isinstance(d, Document)]
    assert [d.url for d in docs] == [None, None, "https://example.org/a?b=1", None]
    assert "only http(s) URLs are kept" in docs[0].warnings[0]
    assert docs[2].warnings == []


def test_web_url_accepts_only_absolute_http() -> None:
    assert web_url("http://a.example/x") == "http://a.example/x"
    assert web_url("//a.example/x") is None
    assert web_url("vbscript:msgbox") is None
    assert web_url("https:///nohost") is None


def test_pages_send_security_headers(login: Login) -> None:
    client = login("ana")
    for path in ("/search", "/account", "/api/health", "/login"):
        response = client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self';" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["Cache-Control"] == "no-store"
    page = client.get("/account")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    created = client.post("/account/tokens", data={"csrf": csrf[1], "label": "x"})
    assert created.status_code == 200 and created.headers["Cache-Control"] == "no-store"


def test_swagger_page_allows_only_its_own_inline_script(login: Login) -> None:
    response = login("ana").get("/docs")
    assert response.status_code == 200
    assert "'sha256-" in response.headers["Content-Security-Policy"]


def _wrong_login(base: str) -> int:
    with httpx.Client(base_url=base) as client:
        page = client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        form = {"username": "ana", "password": "wrong password!", "csrf": csrf[1], "next": "/"}
        return client.post("/login", data=form).status_code


def test_login_limit_holds_under_concurrent_wrong_passwords(live_server: str) -> None:
    with ThreadPoolExecutor(max_workers=12) as pool:
        codes = list(pool.map(_wrong_login, [live_server] * 12))
    assert codes.count(401) == LOGIN_LIMIT
    assert codes.count(429) == 12 - LOGIN_LIMIT


def _serve(app_path: str, **settings: str) -> tuple[Any, threading.Thread, str]:
    config_settings = Settings(db=app_path, secret_key="test-secret", port=_port(), **settings)
    server = uvicorn.Server(server_config(create_app(config_settings), config_settings))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{config_settings.port}"


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _spoofed_login(base: str, index: int) -> int:
    with httpx.Client(base_url=base) as client:
        page = client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        form = {"username": f"nobody{index}", "password": "wrong!", "csrf": csrf[1], "next": "/"}
        spoof = {"X-Forwarded-For": f"203.0.113.{index}"}
        return client.post("/login", data=form, headers=spoof).status_code


def test_forwarded_for_is_not_believed_by_default(app_db: dict[str, Any]) -> None:
    server, thread, base = _serve(app_db["path"])
    try:
        codes = [_spoofed_login(base, i) for i in range(LOGIN_LIMIT + 1)]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert codes[-1] == 429  # one address, whatever the header says


def test_trusted_proxies_setting_believes_the_proxy() -> None:
    config = server_config(None, Settings(trusted_proxies="10.0.0.1"))
    assert config.proxy_headers and config.forwarded_allow_ips == "10.0.0.1"
    assert not server_config(None, Settings()).proxy_headers
