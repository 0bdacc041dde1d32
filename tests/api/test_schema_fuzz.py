"""Schemathesis against the app's own OpenAPI schema: no generated request gets a 5xx.

Bounded (a few examples per operation) so the whole run stays well under a minute.
Requests go through the ASGI app in process, signed in as an admin so every route runs.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from tests.api.sample import build
from threadline.app import create_app
from threadline.settings import Settings
from threadline.store import open_store

#: Uploads run the NLP pipeline; they are covered by their own tests.
SKIP = {("POST", "/api/documents"), ("POST", "/api/lists")}


def test_no_generated_request_gets_a_server_error(db_url: str) -> None:
    with open_store(db_url) as store:
        token = build(store)["tokens"]["admin"]
    app = create_app(Settings(db=db_url, secret_key="test-secret"))
    schema = schemathesis.openapi.from_dict(app.openapi())
    headers = {"Authorization": f"Bearer {token}"}
    checked = 0
    with TestClient(app) as client:
        for result in schema.get_all_operations():
            operation = result.ok()
            if (operation.method.upper(), operation.path) in SKIP:
                continue

            @given(case=operation.as_strategy())
            @settings(
                max_examples=8,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def no_server_error(case: Any) -> None:
                kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=headers)
                response = client.request(**_httpx_kwargs(kwargs))
                assert response.status_code < 500, (case.method, case.formatted_path, kwargs)

            no_server_error()
            checked += 1
    assert checked >= 15


def _httpx_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """requests-style keyword arguments from schemathesis → httpx's (TestClient)."""
    keep = ("method", "url", "headers", "params")
    out = {k: v for k, v in kwargs.items() if k in keep}
    if "json" in kwargs:
        out["json"] = kwargs["json"]
    elif "data" in kwargs:
        out["content" if isinstance(kwargs["data"], bytes | str) else "data"] = kwargs["data"]
    if "files" in kwargs:
        out["files"] = kwargs["files"]
    return out
