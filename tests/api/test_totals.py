"""``X-Total-Count`` on the list endpoints: how many items match, whatever the page, for
the collections the user may read; the JSON bodies keep their contract shapes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.store.events_sample import add_events
from threadline.app import create_app
from threadline.settings import Settings
from threadline.store import open_store

Auth = Callable[[str], dict[str, str]]

# (path, query) of each list endpoint whose body is a JSON list.
LISTS = [
    ("/api/documents", {}),
    ("/api/entities", {}),
    ("/api/search", {"q": "Interpol"}),
    ("/api/relations", {}),
    ("/api/mentions", {}),
    ("/api/quotes", {}),
]


@pytest.fixture
def rich_client(app_db: dict[str, Any]) -> Iterator[TestClient]:
    # The alpha/beta sample plus the events documents (arrest story in alpha, treaty in beta).
    with open_store(app_db["path"]) as store:
        add_events(store)
    app = create_app(Settings(db=app_db["path"], secret_key="test-secret"))
    with TestClient(app) as client:
        yield client
    app.state.store.close()


def _get(client: TestClient, path: str, headers: dict[str, str], **params: Any) -> Any:
    response = client.get(path, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response


@pytest.mark.parametrize(("path", "query"), LISTS)
def test_total_counts_every_match_whatever_the_page(
    rich_client: TestClient, auth: Auth, path: str, query: dict[str, str]
) -> None:
    everything = _get(rich_client, path, auth("admin"), limit=500, **query)
    total = int(everything.headers["X-Total-Count"])
    assert total == len(everything.json()) and total >= 1
    first = _get(rich_client, path, auth("admin"), limit=1, **query)
    assert int(first.headers["X-Total-Count"]) == total
    assert isinstance(first.json(), list) and len(first.json()) == 1
    beyond = _get(rich_client, path, auth("admin"), limit=1, offset=total, **query)
    assert beyond.json() == [] and int(beyond.headers["X-Total-Count"]) == total


def test_events_header_matches_the_body_total(rich_client: TestClient, auth: Auth) -> None:
    response = _get(rich_client, "/api/events", auth("admin"), limit=1)
    body = response.json()
    assert set(body) == {"total", "limit", "offset", "events"} and len(body["events"]) == 1
    assert int(response.headers["X-Total-Count"]) == body["total"] > 1


@pytest.mark.parametrize(("path", "query"), [*LISTS, ("/api/events", {})])
def test_total_counts_only_readable_collections(
    rich_client: TestClient, auth: Auth, path: str, query: dict[str, str]
) -> None:
    admin = int(_get(rich_client, path, auth("admin"), **query).headers["X-Total-Count"])
    seen = {}
    for user in ("val", "bob"):  # val reads alpha only, bob beta only
        response = _get(rich_client, path, auth(user), limit=500, **query)
        body = response.json()
        items = body["events"] if isinstance(body, dict) else body
        seen[user] = int(response.headers["X-Total-Count"])
        assert seen[user] == len(items) <= admin
    if path != "/api/entities":  # the same entity is seen in both collections
        assert seen["val"] + seen["bob"] == admin


def test_total_follows_the_filters(rich_client: TestClient, auth: Auth) -> None:
    people = _get(rich_client, "/api/entities", auth("admin"), type="Person", limit=500)
    assert int(people.headers["X-Total-Count"]) == len(people.json())
    assert {e["type"] for e in people.json()} == {"Person"}
    dated = _get(rich_client, "/api/search", auth("admin"), q="Interpol", date_to="2020")
    assert int(dated.headers["X-Total-Count"]) == len(dated.json())
    assert all(hit["date"] <= "2020" for hit in dated.json())
    met = _get(rich_client, "/api/relations", auth("admin"), type="met", entity="ent-yellen")
    assert int(met.headers["X-Total-Count"]) == len(met.json()) == 1
    empty = _get(rich_client, "/api/search", auth("admin"), q=")(")
    assert empty.json() == [] and empty.headers["X-Total-Count"] == "0"


def test_mentions_and_quotes_totals_follow_the_filters(rich_client: TestClient, auth: Auth) -> None:
    people = _get(rich_client, "/api/mentions", auth("admin"), type="Person", limit=500)
    assert int(people.headers["X-Total-Count"]) == len(people.json())
    assert {m["type"] for m in people.json()} == {"Person"}
    yellen = _get(rich_client, "/api/mentions", auth("val"), entity="ent-yellen", limit=1)
    assert int(yellen.headers["X-Total-Count"]) == 2  # "Janet Yellen", "Yellen" in alpha
    quotes = _get(rich_client, "/api/quotes", auth("admin"), speaker="ent-yellen")
    assert int(quotes.headers["X-Total-Count"]) == len(quotes.json()) == 1


@pytest.mark.parametrize("user", ["admin", "val"])
def test_entity_profile_says_how_much_each_page_left_out(
    rich_client: TestClient, auth: Auth, user: str
) -> None:
    headers = auth(user)
    first = _get(rich_client, "/api/entities/ent-yellen", headers, evidence_limit=1).json()
    assert len(first["evidence"]) == 1 and len(first["relations"]) <= 1
    everything = _get(rich_client, "/api/entities/ent-yellen", headers, evidence_limit=500).json()
    totals = first["totals"]
    assert totals == everything["totals"]
    assert totals["evidence"] == len(everything["evidence"]) > 1
    assert totals["quotes"] == len(everything["quotes"])
    assert totals["relations"] == len(everything["relations"]) >= 1
    assert totals["events"] == len(everything["events"])
    relations = _get(rich_client, "/api/relations", headers, entity="ent-yellen")
    assert int(relations.headers["X-Total-Count"]) == totals["relations"]
    last = _get(
        rich_client, "/api/entities/ent-yellen", headers, evidence_limit=1,
        evidence_offset=totals["evidence"] - 1,
    ).json()  # fmt: skip
    assert last["evidence"] == everything["evidence"][-1:]


def test_search_total_stops_at_the_search_window_and_says_so(
    app_db: dict[str, Any], auth: Auth
) -> None:
    with open_store(app_db["path"]) as store:
        add_events(store)
    for window, total, exact in ((0, None, "true"), (1, "1", "false"), (500, None, "true")):
        app = create_app(
            Settings(db=app_db["path"], secret_key="test-secret", search_window=window)
        )
        with TestClient(app) as client:
            found = _get(client, "/api/search", auth("admin"), q="Interpol", limit=500)
        app.state.store.close()
        assert found.headers["X-Total-Count-Exact"] == exact
        if total is None:  # exact: every match is counted and listed
            assert int(found.headers["X-Total-Count"]) == len(found.json()) >= 2
        else:
            assert found.headers["X-Total-Count"] == total and len(found.json()) == 1
