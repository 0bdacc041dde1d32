from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from threadline.store import open_store

Auth = Callable[[str], dict[str, str]]


def test_every_route_but_health_and_login_needs_a_credential(client: TestClient) -> None:
    assert client.get("/api/health").status_code == 200
    assert client.get("/login").status_code == 200
    for path in (
        "/api/documents",
        "/api/entities",
        "/api/mentions",
        "/api/quotes",
        "/api/search?q=Yellen",
        "/api/relations",
        "/api/collections",
        "/api/me",
        "/openapi.json",
        "/docs",
    ):
        response = client.get(path)
        assert response.status_code == 401, path
        assert response.json()["error"] == "TL051"
    page = client.get("/search?q=Yellen", follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"].startswith("/login?next=")


def test_a_wrong_token_is_refused(client: TestClient) -> None:
    response = client.get("/api/documents", headers={"Authorization": "Bearer tl_nope"})
    assert response.status_code == 401


def test_user_reads_only_granted_collections(
    client: TestClient, auth: Auth, app_db: dict[str, Any]
) -> None:
    docs = client.get("/api/documents", headers=auth("ana")).json()
    assert [d["collection"] for d in docs] == ["alpha"]
    assert client.get(f"/api/documents/{app_db['beta']}", headers=auth("ana")).status_code == 404
    assert client.get(f"/api/documents/{app_db['alpha']}", headers=auth("ana")).status_code == 200
    everything = client.get("/api/documents", headers=auth("admin")).json()
    assert {d["collection"] for d in everything} == {"alpha", "beta"}


def test_user_cannot_read_another_collections_mentions(
    client: TestClient, auth: Auth, app_db: dict[str, Any]
) -> None:
    mentions = client.get("/api/mentions?limit=500", headers=auth("ana")).json()
    assert mentions and {m["document"] for m in mentions} == {app_db["alpha"]}
    asked = client.get(f"/api/mentions?document={app_db['beta']}", headers=auth("ana")).json()
    assert asked == []
    asked = client.get("/api/mentions?collection=beta", headers=auth("ana")).json()
    assert asked == []


def test_user_cannot_read_another_collections_quotes(client: TestClient, auth: Auth) -> None:
    quotes = client.get("/api/quotes", headers=auth("bob")).json()
    assert [q["text"] for q in quotes] == ["the network of Guzman is broken."]
    quotes = client.get("/api/quotes", headers=auth("ana")).json()
    assert [q["text"] for q in quotes] == ["we will act against the cartel."]


def test_user_cannot_see_another_collections_search_hits(
    client: TestClient, auth: Auth, app_db: dict[str, Any]
) -> None:
    both = client.get("/api/search?q=Interpol", headers=auth("admin")).json()
    assert {h["document"] for h in both} == {app_db["alpha"], app_db["beta"]}
    hits = client.get("/api/search?q=Interpol", headers=auth("ana")).json()
    assert [h["document"] for h in hits] == [app_db["alpha"]]
    assert client.get("/api/search?q=Guzman", headers=auth("ana")).json() == []
    asked = client.get("/api/search?q=Guzman&collection=beta", headers=auth("ana")).json()
    assert asked == []


def test_entity_profile_shows_only_readable_evidence(
    client: TestClient, auth: Auth, app_db: dict[str, Any]
) -> None:
    full = client.get("/api/entities/ent-yellen", headers=auth("admin")).json()
    assert {e["document"] for e in full["evidence"]} == {app_db["alpha"], app_db["beta"]}
    mine = client.get("/api/entities/ent-yellen", headers=auth("ana")).json()
    assert {e["document"] for e in mine["evidence"]} == {app_db["alpha"]}
    assert all("Guzman" not in e["sentence"] for e in mine["evidence"])
    # An entity seen only in beta does not exist for ana.
    assert client.get("/api/entities/ent-guzman", headers=auth("ana")).status_code == 404
    names = [e["name"] for e in client.get("/api/entities", headers=auth("ana")).json()]
    assert "Joaquin Guzman" not in names


def test_viewer_cannot_write(client: TestClient, auth: Auth) -> None:
    files = {"files": ("new.txt", b"Interpol arrested a broker in Lyon.", "text/plain")}
    response = client.post(
        "/api/documents", headers=auth("val"), files=files, data={"collection": "alpha"}
    )
    assert response.status_code == 403
    assert "viewer" in response.json()["detail"]
    assert len(client.get("/api/documents", headers=auth("val")).json()) == 1


def test_analyst_cannot_write_a_collection_granted_elsewhere(
    client: TestClient, auth: Auth
) -> None:
    files = {"files": ("new.txt", b"Interpol arrested a broker in Lyon.", "text/plain")}
    response = client.post(
        "/api/documents", headers=auth("ana"), files=files, data={"collection": "beta"}
    )
    assert response.status_code == 403


def test_only_admins_manage_users(client: TestClient, auth: Auth) -> None:
    assert client.get("/api/users", headers=auth("ana")).status_code == 403
    body = {"name": "eve", "password": "long enough pw", "role": "admin"}
    assert client.post("/api/users", headers=auth("ana"), json=body).status_code == 403
    assert client.post("/api/users", headers=auth("admin"), json=body).status_code == 201
    grant = client.put("/api/users/val/grants/beta", headers=auth("admin"), json={"access": "read"})
    assert grant.status_code == 200
    assert {d["collection"] for d in client.get("/api/documents", headers=auth("val")).json()} == {
        "alpha",
        "beta",
    }


def test_revoked_token_stops_working(client: TestClient, tokens: dict[str, str]) -> None:
    created = client.post(
        "/api/tokens",
        headers={"Authorization": f"Bearer {tokens['ana']}"},
        json={"label": "script"},
    )
    assert created.status_code == 201
    new = {"Authorization": f"Bearer {created.json()['token']}"}
    assert client.get("/api/me", headers=new).json()["name"] == "ana"
    revoked = client.delete(f"/api/tokens/{created.json()['id']}", headers=new)
    assert revoked.status_code == 200
    assert client.get("/api/me", headers=new).status_code == 401


def test_user_cannot_revoke_someone_elses_token(client: TestClient, auth: Auth) -> None:
    theirs = client.get("/api/tokens", headers=auth("bob")).json()[0]["id"]
    assert client.delete(f"/api/tokens/{theirs}", headers=auth("ana")).status_code == 404
    assert client.get("/api/me", headers=auth("bob")).status_code == 200


def test_tokens_are_stored_hashed(app_db: dict[str, Any]) -> None:
    with open_store(app_db["path"]) as store:
        rows = store.query("SELECT * FROM api_tokens")
    stored = " ".join(str(value) for row in rows for value in row)
    assert len(rows) == len(app_db["tokens"])
    for token in app_db["tokens"].values():
        assert token not in stored
    if Path(app_db["path"]).is_file():  # SQLite: nowhere in the file either
        raw = Path(app_db["path"]).read_bytes()
        assert all(token.encode() not in raw for token in app_db["tokens"].values())
