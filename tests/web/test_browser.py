"""End to end in Debian's chromium: what an analyst does in the browser."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


PASSWORD = "correct horse battery"  # tests/api/sample.py


def _log_in(page: Any, base: str, user: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#username", user)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/search")


def test_search_open_document_click_name_see_profile_and_network(
    browser: Any, live_server: str, password: str
) -> None:
    assert password == PASSWORD
    page = browser.new_page()
    _log_in(page, live_server, "ana")
    page.fill("#q", "Interpol")
    page.press("#q", "Enter")
    page.wait_for_selector(".hit-title")
    assert page.locator(".hit-title").count() == 1  # beta's hit is not ana's to see
    page.click(".hit-title")
    page.wait_for_selector(".doc .text")
    assert "Yellen on the cartel" in page.locator("h1").inner_text()
    page.click("a.m.t-Person >> text=Janet Yellen")
    page.wait_for_url("**/entities/ent-yellen")
    assert page.locator("h1").inner_text().strip() == "Janet Yellen"
    evidence = page.locator(".evidence-list li")
    # the sample stores both of ana's Yellen mentions in one sentence: one item, two marks
    assert evidence.count() == 1
    assert evidence.locator("mark").count() == 2
    assert "2 mentions" in page.locator("#h-evidence").inner_text()
    assert "Guzman" not in page.content()
    page.click("a.button >> text=Network")
    page.wait_for_selector("#graph[data-rendered]")
    assert int(page.get_attribute("#graph", "data-rendered") or 0) == 2
    assert page.locator("#graph canvas").count() > 0
    page.close()


def test_viewer_is_refused_pages_without_permission(browser: Any, live_server: str) -> None:
    page = browser.new_page()
    _log_in(page, live_server, "val")
    assert page.locator("nav >> text=Upload").count() == 0
    response = page.goto(f"{live_server}/upload")
    assert response is not None and response.status == 403
    assert page.locator("h1").inner_text() == "Not allowed"
    response = page.goto(f"{live_server}/entities/ent-guzman")
    assert response is not None and response.status == 404
    page.close()


def test_signed_out_browser_is_sent_to_login_and_back(browser: Any, live_server: str) -> None:
    page = browser.new_page()
    page.goto(f"{live_server}/entities/ent-yellen")
    assert "/login" in page.url
    page.fill("#username", "ana")
    page.fill("#password", PASSWORD)
    page.press("#password", "Enter")
    page.wait_for_url("**/entities/ent-yellen")
    page.close()


def test_keyboard_reaches_the_skip_link(browser: Any, live_server: str) -> None:
    page = browser.new_page()
    _log_in(page, live_server, "ana")
    page.goto(f"{live_server}/documents")  # the search page puts focus in the search box
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.close()


def test_phone_width_has_no_horizontal_scroll(browser: Any, live_server: str) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 740})
    _log_in(page, live_server, "admin")
    for path in ("/search?q=Interpol", "/entities/ent-yellen", "/documents"):
        page.goto(live_server + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, path
    page.close()


def test_upload_page_shows_progress_then_the_report(
    browser: Any, live_server: str, tmp_path: Any
) -> None:
    note = tmp_path / "broker.txt"
    note.write_text("Interpol arrested a broker in Lyon on Monday, officials said.\n")
    page = browser.new_page()
    _log_in(page, live_server, "ana")
    page.goto(f"{live_server}/upload")
    page.set_input_files("#files", str(note))
    page.select_option("#collection", "alpha")
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#report:not([hidden]) a", timeout=60_000)
    assert "1 ingested" in page.locator("#report").inner_text()
    assert page.locator("#status").inner_text() == "Done."
    page.click("#report a")
    page.wait_for_selector(".doc .text")
    assert "broker" in page.locator(".doc .text").inner_text()
    page.close()
