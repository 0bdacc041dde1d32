"""Security findings of issue 14 that show in pages: each test failed before its fix."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

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
