"""Administration pages: admins only; users and grants, collections, sanctions lists."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sanctions"


def _csrf(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found
    return found[1]


def _post(client: TestClient, page: str, action: str, **form: str):
    data = {"csrf": _csrf(client, page), **form}
    return client.post(action, data=data, follow_redirects=False)


def test_admin_pages_are_for_admins_only(login) -> None:
    for user in ("ana", "val"):
        client = login(user)
        for path in ("/admin/users", "/admin/collections", "/admin/lists", "/admin/audit"):
            assert client.get(path).status_code == 403
        assert 'href="/admin/users"' not in client.get("/search").text
    assert 'href="/admin/users"' in login("admin").get("/search").text


def test_admin_adds_a_user_who_can_then_log_in(login, password) -> None:
    admin = login("admin")
    done = _post(
        admin, "/admin/users", "/admin/users", name="zoe", password=password, role="viewer"
    )
    assert done.status_code == 303
    page = admin.get(done.headers["location"]).text
    assert "Created user zoe." in page and ">zoe</th>" in page
    assert login("zoe").get("/search").status_code == 200
    audit = admin.get("/admin/audit").text
    assert "Changes 1–1 of 1." in audit
    assert '<td>admin</td><td>add user</td><th scope="row">zoe</th><td>viewer</td>' in audit


def test_admin_grants_and_takes_away_access(login) -> None:
    admin = login("admin")
    form = {"user": "val", "collection": "beta", "access": "read"}
    assert _post(admin, "/admin/users", "/admin/grants", **form).status_code == 303
    assert "Guzman extradited" in login("val").get("/documents").text
    form |= {"access": "none", "reason": "case closed"}
    assert _post(admin, "/admin/users", "/admin/grants", **form).status_code == 303
    assert "Guzman extradited" not in login("val").get("/documents").text
    audit = admin.get("/admin/audit").text
    assert "<td>beta:none</td><td>case closed</td>" in audit and "<td>beta:read</td>" in audit


def test_short_password_is_a_clear_error(login) -> None:
    admin = login("admin")
    response = _post(admin, "/admin/users", "/admin/users", name="x", password="short")
    assert response.status_code == 400 and "at least 8 characters" in response.text


def test_admin_creates_an_empty_collection_that_can_be_granted(login) -> None:
    admin = login("admin")
    done = _post(admin, "/admin/collections", "/admin/collections", name="gamma")
    assert done.status_code == 303
    page = admin.get(done.headers["location"]).text
    assert "Created collection gamma." in page and ">gamma</a>" in page
    again = _post(admin, "/admin/collections", "/admin/collections", name="gamma")
    assert again.status_code == 400 and "already exists" in again.text
    bad = _post(admin, "/admin/collections", "/admin/collections", name="../etc")
    assert bad.status_code == 400 and "is not a collection name" in bad.text
    assert "<option >gamma</option>" in admin.get("/upload").text


def test_admin_loads_reloads_and_deletes_a_sanctions_list(login, tmp_path: Path) -> None:
    source = tmp_path / "un.xml"
    shutil.copy(FIXTURES / "un_consolidated_excerpt.xml", source)
    admin = login("admin")
    loaded = _post(admin, "/admin/lists", "/admin/lists", path=str(source), format="")
    assert loaded.status_code == 303
    page = admin.get(loaded.headers["location"]).text
    name = re.search(r"Loaded list ([^.<]+)\.", page)
    assert name and "26</td>" in page
    reloaded = _post(admin, "/admin/lists", f"/admin/lists/{name[1]}/reload")
    assert reloaded.status_code == 303
    assert f"Reloaded list {name[1]}." in admin.get(reloaded.headers["location"]).text
    source.unlink()
    gone = _post(admin, "/admin/lists", f"/admin/lists/{name[1]}/reload")
    assert gone.status_code == 400 and "which is gone" in gone.text
    deleted = _post(admin, "/admin/lists", f"/admin/lists/{name[1]}/delete")
    assert deleted.status_code == 303
    assert "No lists loaded." in admin.get("/admin/lists").text
    missing = _post(admin, "/admin/lists", f"/admin/lists/{name[1]}/delete")
    assert missing.status_code == 404


def _upload(client: TestClient, files: list[tuple[str, bytes]], **form: str):
    data = {"csrf": _csrf(client, "/admin/lists"), **form}
    parts = [("files", (name, body)) for name, body in files]
    return client.post("/admin/lists/upload", data=data, files=parts, follow_redirects=False)


def test_admin_uploads_a_list_file_with_its_format_detected(login) -> None:
    admin = login("admin")
    body = (FIXTURES / "un_consolidated_excerpt.xml").read_bytes()
    loaded = _upload(admin, [("../../etc/un list.xml", body)])  # a hostile name is made safe
    assert loaded.status_code == 303
    page = admin.get(loaded.headers["location"]).text
    name = re.search(r"Loaded list ([^.<]+)\.", page)
    assert name and "un-xml</td>" in page and "26</td>" in page
    listed = admin.get("/api/lists").json()
    assert [entry["source"] for entry in listed] == ["upload/un list.xml"]
    gone = _post(admin, "/admin/lists", f"/admin/lists/{name[1]}/reload")
    assert gone.status_code == 400 and "upload/un list.xml" in gone.text


def test_admin_uploads_ofacs_csv_files_together(login) -> None:
    admin = login("admin")
    files = [(p.name, p.read_bytes()) for p in sorted((FIXTURES / "ofac").glob("*.csv"))]
    loaded = _upload(admin, files)
    assert loaded.status_code == 303
    page = admin.get(loaded.headers["location"]).text
    assert "Loaded list us-ofac-sdn." in page and "ofac-csv</td>" in page
    hit = admin.get("/api/screen", params={"name": "Ayman al-Zawahiri"}).json()["results"]
    assert hit and hit[0]["list"] == "us-ofac-sdn"


def test_list_upload_refuses_unknown_files_big_files_and_non_admins(login, monkeypatch) -> None:
    admin = login("admin")
    unknown = _upload(admin, [("notes.txt", b"just some notes")])
    assert unknown.status_code == 400
    assert "cannot tell the format of upload/notes.txt" in unknown.text
    assert "threadline-list-" not in unknown.text
    monkeypatch.setattr("threadline.services.lists.MAX_LIST_BYTES", 1000)
    body = (FIXTURES / "un_consolidated_excerpt.xml").read_bytes()
    big = _upload(admin, [("un.xml", body)])
    assert big.status_code == 400 and "list upload larger than" in big.text
    assert "No lists loaded." in admin.get("/admin/lists").text
    files = [("files", ("un.xml", body))]
    forged = admin.post("/admin/lists/upload", files=files, follow_redirects=False)
    assert forged.status_code == 403  # no CSRF token
    ana = login("ana")
    assert ana.post("/admin/lists/upload", files=files).status_code == 403
