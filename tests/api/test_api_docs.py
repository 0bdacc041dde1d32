"""Every API endpoint is documented in docs/api.md (method and path), so a new route cannot
ship undocumented."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def _shape(path: str) -> str:
    """``/api/entities/{entity}`` and ``/api/entities/{id or name}`` → ``/api/entities/{}``."""
    return re.sub(r"\{[^}]*\}", "{}", path.split("?")[0])


def _documented() -> set[tuple[str, str]]:
    found = set()
    for methods, path in re.findall(
        r"`((?:GET|POST|PUT|DELETE)(?:/[A-Z]+)*) (/api/[^`]*)`", DOC.read_text()
    ):
        for method in methods.split("/"):
            found.add((method, _shape(path)))
    return found


def test_every_api_route_is_in_docs_api_md(client: TestClient, auth) -> None:
    spec = client.get("/openapi.json", headers=auth("val")).json()
    routes = {
        (method.upper(), _shape(path))
        for path, operations in spec["paths"].items()
        for method in operations
    }
    assert len(routes) > 25
    assert routes - _documented() == set()
