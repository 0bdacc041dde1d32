"""Merge/split and administration through the REST API (issue 13): the web's access rules,
every change in an audit trail (who, when, why); as admin, as an analyst without the
rights, and anonymously."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from threadline.model import stable_id

Auth = Callable[[str], dict[str, str]]
SANCTIONS = Path(__file__).resolve().parent.parent / "fixtures" / "sanctions"


def test_merge_records_who_when_why_and_the_old_id_leads_to_the_survivor(
    client: TestClient, auth: Auth
) -> None:
    body = {"into": "United States", "reason": "api test: same actor"}
    done = client.post("/api/entities/ent-guzman/merge", json=body, headers=auth("bob"))
    assert done.status_code == 200, done.text
    result = done.json()
    assert result["entity"] == "ent-us"
    decision = result["decision"]
    assert (decision["kind"], decision["subject"], decision["author"]) == (
        "merge",
        "ent-guzman",
        "bob",
    )
    assert decision["reason"] == "api test: same actor" and decision["created_at"]
    assert client.get("/api/entities/ent-guzman", headers=auth("bob")).json()["id"] == "ent-us"
    history = client.get("/api/entities/ent-us/decisions", headers=auth("bob")).json()
    assert [d["label"] for d in history] == ["Joaquin Guzman"]


def test_split_moves_one_mention_into_a_new_entity(client: TestClient, auth: Auth) -> None:
    profile = client.get("/api/entities/ent-lyon", headers=auth("ana")).json()
    [evidence] = profile["evidence"]
    mention = stable_id("men", evidence["document"], evidence["start"], evidence["end"])
    body = {"mention": mention, "reason": "a different Lyon"}
    done = client.post("/api/entities/ent-lyon/split", json=body, headers=auth("ana"))
    assert done.status_code == 200, done.text
    new_id = done.json()["entity"]
    assert new_id != "ent-lyon" and done.json()["decision"]["origin"] == "ent-lyon"
    moved = client.get(f"/api/entities/{new_id}", headers=auth("ana")).json()
    assert moved["mention_count"] == 1 and moved["name"] == "Lyon"


def test_merge_and_split_follow_the_web_rules(client: TestClient, auth: Auth) -> None:
    into_us = {"into": "ent-us", "reason": "should not happen"}
    # ana writes alpha only; Yellen and Interpol are mentioned in alpha and beta
    into_interpol = {"into": "ent-interpol", "reason": "should not happen"}
    merge = client.post("/api/entities/ent-yellen/merge", json=into_interpol, headers=auth("ana"))
    assert merge.status_code == 403
    # val is a viewer: never edits, even what she may read
    viewer = client.post("/api/entities/ent-lyon/merge", json=into_us, headers=auth("val"))
    assert viewer.status_code == 403
    # bob may not read alpha's Lyon: it does not exist for him
    unseen = client.post("/api/entities/ent-lyon/merge", json=into_us, headers=auth("bob"))
    assert unseen.status_code == 404
    no_reason = client.post(
        "/api/entities/ent-guzman/merge", json={"into": "ent-us", "reason": ""}, headers=auth("bob")
    )
    assert no_reason.status_code in (400, 422)
    anonymous = client.post("/api/entities/ent-guzman/merge", json=into_us)
    assert anonymous.status_code == 401
    assert client.get("/api/entities/ent-us/decisions").status_code == 401
    assert client.get("/api/entities/ent-us/decisions", headers=auth("admin")).json() == []


def test_admin_manages_users_roles_grants_and_collections_with_an_audit_trail(
    client: TestClient, auth: Auth
) -> None:
    admin = auth("admin")
    user = {"name": "zoe", "password": "long enough pass", "role": "viewer", "reason": "new hire"}
    assert client.post("/api/users", json=user, headers=admin).status_code == 201
    made = client.post("/api/collections", json={"name": "gamma"}, headers=admin)
    assert made.status_code == 201 and made.json()["name"] == "gamma"
    grant = {"access": "read", "reason": "case 7"}
    assert client.put("/api/users/zoe/grants/gamma", json=grant, headers=admin).status_code == 200
    role = {"role": "analyst", "reason": "promoted"}
    assert client.put("/api/users/zoe/role", json=role, headers=admin).status_code == 200
    revoked = client.delete("/api/users/zoe/grants/gamma?reason=case closed", headers=admin)
    assert revoked.json()["revoked"] is True
    zoe = next(u for u in client.get("/api/users", headers=admin).json() if u["name"] == "zoe")
    assert zoe["role"] == "analyst" and zoe["grants"] == {}
    audit = client.get("/api/audit", headers=admin)
    assert audit.headers["X-Total-Count"] == "5"
    trail = [(a["action"], a["subject"], a["detail"], a["reason"]) for a in audit.json()]
    assert trail == [
        ("grant", "zoe", "gamma:none", "case closed"),
        ("set_role", "zoe", "analyst", "promoted"),
        ("grant", "zoe", "gamma:read", "case 7"),
        ("create_collection", "gamma", None, None),
        ("add_user", "zoe", "viewer", "new hire"),
    ]
    assert {a["actor"] for a in audit.json()} == {"admin"} and audit.json()[0]["created_at"]


def test_admin_cannot_demote_themselves(client: TestClient, auth: Auth) -> None:
    response = client.put("/api/users/admin/role", json={"role": "viewer"}, headers=auth("admin"))
    assert response.status_code == 400 and "your own admin role" in response.json()["detail"]


def test_admin_loads_reloads_and_deletes_lists(
    client: TestClient, auth: Auth, tmp_path: Path
) -> None:
    admin = auth("admin")
    body = (SANCTIONS / "un_consolidated_excerpt.xml").read_bytes()
    loaded = client.post("/api/lists", files={"file": ("un.xml", body)}, headers=admin)
    assert loaded.status_code == 201, loaded.text
    summary = loaded.json()
    assert summary["format"] == "un-xml" and summary["entries"] == 26
    assert summary["source"] == "upload/un.xml" and "rescreened" in summary
    name = summary["name"]
    gone = client.post(f"/api/lists/{name}/reload", headers=admin)
    assert gone.status_code == 400 and "upload/un.xml" in gone.json()["detail"]
    deleted = client.delete(f"/api/lists/{name}?reason=outdated", headers=admin)
    assert deleted.status_code == 200 and deleted.json()["deleted"] is True
    assert client.get("/api/lists", headers=admin).json() == []
    assert client.delete(f"/api/lists/{name}", headers=admin).status_code == 404
    trail = [(a["action"], a["reason"]) for a in client.get("/api/audit", headers=admin).json()]
    assert trail == [("delete_list", "outdated"), ("load_list", None)]


@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [
        ("post", "/api/users", {"json": {"name": "eve", "password": "long enough pass"}}),
        ("put", "/api/users/ana/role", {"json": {"role": "admin"}}),
        ("put", "/api/users/ana/grants/beta", {"json": {"access": "write"}}),
        ("delete", "/api/users/bob/grants/beta", {}),
        ("post", "/api/collections", {"json": {"name": "delta"}}),
        ("post", "/api/lists", {"files": {"file": ("x.json", b"{}")}}),
        ("post", "/api/lists/un/reload", {}),
        ("delete", "/api/lists/un", {}),
        ("get", "/api/audit", {}),
    ],
)
def test_admin_actions_are_for_admins_only(
    client: TestClient, auth: Auth, method: str, path: str, payload: dict
) -> None:
    assert getattr(client, method)(path, headers=auth("ana"), **payload).status_code == 403
    assert getattr(client, method)(path, **payload).status_code == 401
    assert client.get("/api/audit", headers=auth("admin")).json() == []  # nothing happened
