from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from threadline.app import create_app
from threadline.cli import app
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store.audit import list_actions


def run(db: str, *args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args], input=input)
    return result.exit_code, result.stdout


def test_users_and_tokens_from_the_command_line(db_url: str) -> None:
    db = db_url
    assert run(db, "users", "add", "ana", "--password-stdin", input="long password\n")[0] == 0
    assert run(db, "users", "grant", "ana", "alpha", "--write")[0] == 0
    assert run(db, "users", "grant", "ana", "beta")[0] == 0
    assert run(db, "users", "revoke", "ana", "beta")[0] == 0
    code, out = run(db, "users", "list", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {
            "name": "ana",
            "role": "analyst",
            "created_at": json.loads(out)[0]["created_at"],
            "disabled": False,
            "grants": {"alpha": "write"},
        }
    ]
    code, out = run(db, "tokens", "create", "ana", "--label", "cli", "--format", "json")
    token = json.loads(out)
    with TestClient(create_app(Settings(db=str(db)))) as client:
        headers = {"Authorization": f"Bearer {token['token']}"}
        assert client.get("/api/me", headers=headers).json()["grants"] == {"alpha": "write"}
        assert run(db, "tokens", "revoke", token["id"])[0] == 0
        assert client.get("/api/me", headers=headers).status_code == 401


def test_bad_account_commands_exit_2(db_url: str) -> None:
    db = db_url
    assert run(db, "users", "add", "x", "--password-stdin", input="short\n")[0] == 2
    assert (
        run(db, "users", "add", "x", "--role", "boss", "--password-stdin", input="long password\n")[
            0
        ]
        == 2
    )
    assert run(db, "users", "grant", "nobody", "alpha")[0] == 2
    assert run(db, "tokens", "revoke", "tok-nope")[0] == 2


def test_admin_changes_from_the_command_line_are_in_the_audit_trail(db_url: str) -> None:
    db = db_url
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "sanctions"
    assert run(db, "users", "add", "ana", "--password-stdin", input="long password\n")[0] == 0
    assert run(db, "users", "grant", "ana", "alpha", "--write")[0] == 0
    assert run(db, "users", "role", "ana", "viewer")[0] == 0
    assert run(db, "users", "revoke", "ana", "alpha")[0] == 0
    un_list = str(fixture / "un_consolidated_excerpt.xml")
    code, out = run(db, "lists", "load", un_list, "--format", "json")
    assert code == 0
    name = json.loads(out)["name"]
    assert run(db, "lists", "delete", name)[0] == 0
    with open_store(str(db)) as store:
        actions = list_actions(store)
    assert [(a["action"], a["subject"], a["detail"]) for a in actions] == [
        ("delete_list", name, None),
        ("load_list", name, un_list),
        ("grant", "ana", "alpha:none"),
        ("set_role", "ana", "viewer"),
        ("grant", "ana", "alpha:write"),
        ("add_user", "ana", "analyst"),
    ]
    assert all(a["actor"].startswith("cli:") and a["created_at"] for a in actions)
