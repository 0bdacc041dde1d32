"""Issue 14's findings through the API, as the users of tests/api/sample.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from threadline.services.filenames import MAX_NAME_BYTES, safe_file_name

Auth = Callable[[str], dict[str, str]]


def test_safe_file_name_never_gives_a_name_the_file_system_refuses() -> None:
    assert safe_file_name("..") == "upload"
    assert safe_file_name(".", "list") == "list"
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("a\\b\\c.txt") == "c.txt"
    long = safe_file_name("é" * 300 + ".json")
    assert long.endswith(".json") and len(long.encode()) <= MAX_NAME_BYTES


def test_hostile_upload_names_are_saved_not_500(client: TestClient, auth: Auth) -> None:
    text = b"Interpol arrested a broker in Lyon on Monday, officials said."
    files = [("files", ("x" * 300 + ".txt", text, "text/plain"))]
    response = client.post(
        "/api/documents", headers=auth("ana"), files=files, data={"collection": "alpha"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["ingested"] == 1


def test_list_upload_names_and_sources_hide_server_paths(
    client: TestClient, auth: Auth, fixtures: Path
) -> None:
    excerpt = (fixtures / "sanctions" / "un_excerpt.ftm.json").read_bytes()
    for name in ("..", ".", "y" * 300):
        files = {"file": (name, excerpt, "application/json")}
        response = client.post(
            "/api/lists", files=files, data={"format": "ftm"}, headers=auth("admin")
        )
        assert response.status_code == 201, response.text
    listed = client.get("/api/lists", headers=auth("val")).json()
    assert listed and all(x["source"].startswith("upload/") for x in listed)
    assert not any("threadline-list-" in x["source"] for x in listed)


def test_admins_cannot_create_look_alike_user_names(client: TestClient, auth: Auth) -> None:
    def add(name: str) -> int:
        body = {"name": name, "password": "long enough password", "role": "viewer"}
        return client.post("/api/users", json=body, headers=auth("admin")).status_code

    assert add("ana ") == 400  # trailing space: normalised to "ana", who exists
    assert add("ANA") == 400
    assert add("an\u202ea") == 400  # right-to-left override
    assert add("a\u200bna") == 400  # zero-width space
    assert add("tab\tname") == 400
    assert add("  carla  ") == 201
    names = [u["name"] for u in client.get("/api/users", headers=auth("admin")).json()]
    assert "carla" in names and "  carla  " not in names
