"""In Debian's chromium: merge with a reason, the admin pages and the export buttons."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # tests/api/sample.py
UN_LIST = (
    Path(__file__).resolve().parents[1] / "fixtures" / "sanctions" / "un_consolidated_excerpt.xml"
)


def _log_in(page: Any, base: str, user: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#username", user)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/search")


def test_merge_from_the_entity_page_shows_the_history_and_redirects(
    browser: Any, live_server: str
) -> None:
    page = browser.new_page()
    _log_in(page, live_server, "admin")
    page.goto(f"{live_server}/entities/ent-lyon")
    page.click("summary >> text=Merge this entity into another")
    page.fill("#merge-into", "Interpol")
    page.fill("#merge-reason", "browser test: same body")
    page.click("form[action$='/merge'] button[type=submit]")
    page.wait_for_url("**/entities/ent-interpol")
    history = page.locator(".decisions li").first.inner_text()
    assert "Merged Lyon" in history and "admin" in history and "browser test: same body" in history
    page.goto(f"{live_server}/entities/ent-lyon")
    assert page.url.endswith("/entities/ent-interpol")
    page.close()


def test_admin_adds_a_user_creates_a_collection_and_manages_a_list(
    browser: Any, live_server: str
) -> None:
    page = browser.new_page()
    _log_in(page, live_server, "admin")
    page.click("nav >> text=Admin")
    page.wait_for_url("**/admin/users")
    page.fill("#new-name", "zoe")
    page.fill("#new-password", PASSWORD)
    page.click("button >> text=Add user")
    assert page.locator(".notice").inner_text().strip() == "Created user zoe."
    page.reload()  # the change was a POST answered by a redirect: reloading repeats nothing
    assert page.locator("table.users th >> text=zoe").count() == 1
    page.click(".subnav >> text=Collections")
    page.fill("#collection-name", "gamma")
    page.click("button >> text=Create collection")
    assert "Created collection gamma." in page.locator(".notice").inner_text()
    page.click(".subnav >> text=Sanctions lists")
    page.set_input_files("#list-files", [str(UN_LIST)])  # upload from the admin's computer
    page.click("form[action='/admin/lists/upload'] button[type=submit]")
    assert "Loaded list" in page.locator(".notice").inner_text()
    assert "un-xml" in page.locator("table.lists tbody tr").inner_text()
    page.click("table.lists button >> text=Delete")
    assert "No lists loaded." in page.locator("table.lists").inner_text()
    page.fill("#list-path", str(UN_LIST))  # or from a path on the server
    page.click("form[action='/admin/lists'] button[type=submit]")
    assert "Loaded list" in page.locator(".notice").inner_text()
    assert page.locator("table.lists tbody tr").count() == 1
    page.click("table.lists button >> text=Reload")
    assert "Reloaded list" in page.locator(".notice").inner_text()
    page.click("table.lists button >> text=Delete")
    assert "No lists loaded." in page.locator("table.lists").inner_text()
    page.click(".subnav >> text=Audit trail")
    actions = [row.split("\t")[2] for row in page.locator("table.audit tbody tr").all_inner_texts()]
    assert actions == [
        "delete list", "reload list", "load list", "delete list", "load list",
        "create collection", "add user",
    ]  # fmt: skip
    page.close()


def test_export_buttons_download_what_the_page_shows(browser: Any, live_server: str) -> None:
    page = browser.new_page()
    _log_in(page, live_server, "ana")
    page.goto(f"{live_server}/entities/ent-yellen")
    with page.expect_download() as info:
        page.click(".exports >> text=CSV")
    download = info.value
    assert download.suggested_filename == "threadline-entity-ent-yellen.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text("utf-8"))))
    assert {r["text"] for r in rows} == {"Janet Yellen", "Yellen"}
    page.goto(f"{live_server}/search?q=Interpol")
    with page.expect_download() as info:
        page.click(".exports >> text=GEXF")
    assert info.value.suggested_filename == "threadline-search.gexf"
    page.close()
