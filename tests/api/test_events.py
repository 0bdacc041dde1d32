"""``GET /api/events`` and events in entity profiles: filters, paging with totals, and
access control (a restricted user never sees events of collections they cannot read)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.store.events_sample import add_events
from threadline.store import open_store

Auth = Callable[[str], dict[str, str]]


@pytest.fixture
def events_client(app_db: dict[str, Any]) -> Any:
    # The sample database (alpha/beta, users admin/ana/val/bob) plus the events documents:
    # the arrest story in alpha, the treaty story in beta.
    with open_store(app_db["path"]) as store:
        add_events(store)
    from threadline.app import create_app
    from threadline.settings import Settings

    app = create_app(Settings(db=app_db["path"], secret_key="test-secret"))
    with TestClient(app) as client:
        yield client
    app.state.store.close()


def types(body: dict[str, Any]) -> list[str]:
    return [e["type"] for e in body["events"]]


def test_events_page_with_totals_and_arguments(events_client: TestClient, auth: Auth) -> None:
    body = events_client.get("/api/events?limit=2", headers=auth("admin")).json()
    assert body["total"] == 3 and (body["limit"], body["offset"]) == (2, 0)
    assert types(body) == ["arrest", "extradition"]
    arrest = body["events"][0]
    assert arrest["trigger"] == "arrested" and arrest["status"] == "occurred"
    assert [a["name"] for a in arrest["agents"]] == ["Mexican marines"]
    assert [a["entity"] for a in arrest["targets"]] == ["ent-ovidio"]
    rest = events_client.get("/api/events?limit=2&offset=2", headers=auth("admin")).json()
    assert rest["total"] == 3 and types(rest) == ["agreement_cancelled"]


def test_events_filters(events_client: TestClient, auth: Auth) -> None:
    def get(query: str) -> dict[str, Any]:
        response = events_client.get(f"/api/events?{query}", headers=auth("admin"))
        assert response.status_code == 200
        return dict(response.json())

    assert types(get("type=extradition&type=arrest")) == ["arrest", "extradition"]
    assert types(get("entity=ent-ovidio")) == ["arrest", "extradition"]
    assert types(get("date_from=2024")) == ["agreement_cancelled"]
    assert get("date_to=2023-01").get("total") == 1
    assert types(get("collection=beta")) == ["agreement_cancelled"]


def test_bad_date_is_a_client_error(events_client: TestClient, auth: Auth) -> None:
    response = events_client.get("/api/events?date_from=May", headers=auth("admin"))
    assert response.status_code == 422


def test_restricted_user_never_sees_unreadable_events(
    events_client: TestClient, auth: Auth
) -> None:
    body = events_client.get("/api/events", headers=auth("val")).json()  # alpha only
    assert body["total"] == 2 and types(body) == ["arrest", "extradition"]
    # Asking for beta explicitly, or for the ministry of the beta story, gives nothing.
    body = events_client.get("/api/events?collection=beta", headers=auth("val")).json()
    assert body == {"total": 0, "limit": 50, "offset": 0, "events": []}
    body = events_client.get("/api/events?entity=ent-mfa", headers=auth("val")).json()
    assert body["total"] == 0
    body = events_client.get("/api/events", headers=auth("bob")).json()  # beta only
    assert types(body) == ["agreement_cancelled"]
    assert "Ovidio" not in str(body)


def test_events_need_signing_in(events_client: TestClient) -> None:
    assert events_client.get("/api/events").status_code == 401


def test_entity_profile_lists_events_and_pronoun_evidence(
    events_client: TestClient, auth: Auth
) -> None:
    profile = events_client.get("/api/entities/ent-ovidio", headers=auth("val")).json()
    assert [e["type"] for e in profile["events"]] == ["arrest", "extradition"]
    assert [(e["text"], e["kind"], e["rule"]) for e in profile["evidence"]] == [
        ("Ovidio Guzman", "name", None),
        ("He", "pronoun", "coref-pronoun-v1"),
    ]
    assert profile["aliases"] == []
    # The United States appears in both collections; bob (beta) sees none of alpha's events.
    us = events_client.get("/api/entities/ent-us", headers=auth("bob")).json()
    assert us["events"] == []
    assert events_client.get("/api/entities/ent-ovidio", headers=auth("bob")).status_code == 404
