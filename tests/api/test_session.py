from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.api.sample import PASSWORD


def _login_csrf(client: TestClient) -> str:
    page = client.get("/login")
    match = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert match
    return match.group(1)


def _log_in(client: TestClient, user: str, password: str = PASSWORD) -> int:
    form = {"username": user, "password": password, "csrf": _login_csrf(client), "next": "/"}
    return client.post("/login", data=form, follow_redirects=False).status_code


def test_login_sets_a_session_that_reads_pages(client: TestClient) -> None:
    assert _log_in(client, "ana") == 303
    page = client.get("/search?q=Interpol")
    assert page.status_code == 200
    assert "Yellen on the cartel" in page.text
    assert "Guzman extradited" not in page.text


def test_wrong_password_is_refused(client: TestClient) -> None:
    assert _log_in(client, "ana", "wrong password") == 401
    assert client.get("/api/me").status_code == 401


def test_login_is_rate_limited(client: TestClient) -> None:
    for _ in range(5):
        assert _log_in(client, "ana", "wrong password") == 401
    assert _log_in(client, "ana") == 429


def test_login_without_csrf_is_refused(client: TestClient) -> None:
    form = {"username": "ana", "password": PASSWORD, "csrf": "forged"}
    client.get("/login")
    assert client.post("/login", data=form, follow_redirects=False).status_code == 403


def test_cookie_writes_need_the_csrf_token(client: TestClient) -> None:
    assert _log_in(client, "ana") == 303
    assert client.post("/api/tokens", json={"label": "x"}).status_code == 403
    page = client.get("/account")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    made = client.post("/api/tokens", json={"label": "x"}, headers={"X-CSRF-Token": csrf[1]})
    assert made.status_code == 201


def test_logout_ends_the_session(client: TestClient) -> None:
    assert _log_in(client, "val") == 303
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/account").text)
    assert csrf
    client.post("/logout", data={"csrf": csrf[1]}, follow_redirects=False)
    assert client.get("/api/me").status_code == 401


def test_next_never_leaves_the_site(client: TestClient) -> None:
    form = {
        "username": "ana",
        "password": PASSWORD,
        "csrf": _login_csrf(client),
        "next": "//evil.example/",
    }
    response = client.post("/login", data=form, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_viewer_gets_a_forbidden_page_for_upload(client: TestClient) -> None:
    assert _log_in(client, "val") == 303
    page = client.get("/upload")
    assert page.status_code == 403
    assert "Not allowed" in page.text
