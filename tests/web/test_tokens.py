"""Making an API token in the browser: post, redirect, get (issue 13)."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient

Login = Callable[[str], TestClient]


def _csrf(client: TestClient) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/account").text)
    assert found
    return found[1]


def test_token_form_redirects_and_shows_the_token_once_with_its_id(login: Login) -> None:
    client = login("ana")
    before = client.get("/account").text.count("<td><code>tok-")
    posted = client.post(
        "/account/tokens",
        data={"csrf": _csrf(client), "label": "notebook"},
        follow_redirects=False,
    )
    assert posted.status_code == 303 and posted.headers["location"] == "/account"
    page = client.get("/account").text
    token_id = re.search(r'<code id="new-token-id">(tok-[0-9a-f]+)</code>', page)
    assert token_id and re.search(r'<code class="token">tl_[^<]+</code>', page)
    assert f"<td><code>{token_id[1]}</code>" in page  # the same id as in the table
    reloaded = client.get("/account").text  # a reload: no second token, token not shown again
    assert 'class="token"' not in reloaded
    assert reloaded.count("<td><code>tok-") == before + 1


def test_a_forged_new_token_cookie_shows_nothing(login: Login) -> None:
    client = login("ana")
    client.cookies.set("tl_new_token", "tok-000000000000 tl_forged", path="/account")
    assert 'class="token"' not in client.get("/account").text
