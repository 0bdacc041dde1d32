"""Merge and split from the entity page: permissions, the audit trail and the redirect."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from threadline.cli import app
from threadline.model import stable_id
from threadline.store import open_store
from threadline.store.decisions import decisions_for


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found
    return found[1]


def _post(client: TestClient, entity: str, action: str, **form: str):
    csrf = _csrf(client.get(f"/entities/{entity}").text)
    return client.post(
        f"/entities/{entity}/{action}", data={"csrf": csrf, **form}, follow_redirects=False
    )


def test_merge_in_the_ui_records_who_when_why_and_redirects_the_old_url(login, app_db) -> None:
    bob = login("bob")
    response = _post(bob, "ent-guzman", "merge", into="United States", reason="test: same actor")
    assert response.status_code == 303 and response.headers["location"] == "/entities/ent-us"
    page = bob.get("/entities/ent-us").text
    assert "Merged <strong>Joaquin Guzman</strong>" in page
    assert '<span class="who">bob</span>' in page and "test: same actor" in page
    old = bob.get("/entities/ent-guzman", follow_redirects=False)
    assert old.status_code == 301 and old.headers["location"] == "/entities/ent-us"
    with open_store(app_db["path"]) as store:
        [decision] = decisions_for(store, "ent-us")
    assert (decision["kind"], decision["author"], decision["reason"]) == (
        "merge",
        "bob",
        "test: same actor",
    )
    assert decision["created_at"]


def test_split_in_the_ui_moves_one_mention_and_shows_on_both_pages(login, app_db) -> None:
    ana = login("ana")
    text = ana.get("/entities/ent-lyon").text
    mention = re.search(r'<option value="(men-[^"]+)"', text)
    assert mention
    response = _post(ana, "ent-lyon", "split", mention=mention[1], reason="a different Lyon")
    assert response.status_code == 303
    new_page = ana.get(response.headers["location"]).text
    assert 'out of <a href="/entities/ent-lyon">' in new_page and "a different Lyon" in new_page
    assert ana.get("/entities/ent-lyon").status_code == 404  # its only mention left
    assert "Split “Lyon” out into" in login("admin").get("/entities/ent-lyon").text


def test_cli_merge_redirects_the_old_url_and_shows_its_reason(login, app_db) -> None:
    args = ["--db", app_db["path"], "merge", "Guzman", "ent-us", "--reason", "dup", "--by", "kim"]
    assert CliRunner().invoke(app, args).exit_code == 0
    admin = login("admin")
    old = admin.get("/entities/ent-guzman", follow_redirects=False)
    assert old.status_code == 301 and old.headers["location"] == "/entities/ent-us"
    page = admin.get("/entities/ent-us").text
    assert '<span class="who">kim</span>' in page and "dup" in page


def test_merge_needs_write_access_to_every_collection_it_touches(login) -> None:
    ana = login("ana")  # writes alpha only; Yellen is also mentioned in beta
    assert "Merge this entity" not in ana.get("/entities/ent-yellen").text
    response = _post(ana, "ent-yellen", "merge", into="ent-lyon", reason="x")
    assert response.status_code == 403
    viewer = login("val")
    assert _post(viewer, "ent-lyon", "merge", into="ent-interpol", reason="x").status_code == 403


def test_merge_without_a_reason_is_refused_and_changes_nothing(login, app_db) -> None:
    admin = login("admin")
    response = _post(admin, "ent-lyon", "merge", into="ent-interpol", reason="  ")
    assert response.status_code == 400 and "needs a reason" in response.text
    assert admin.get("/entities/ent-lyon").status_code == 200


def test_split_of_a_mention_of_another_entity_is_not_found(login, app_db) -> None:
    admin = login("admin")
    other = stable_id("men", app_db["beta"], 0, 14)  # Joaquin Guzman, not Lyon
    assert _post(admin, "ent-lyon", "split", mention=other, reason="x").status_code == 404
