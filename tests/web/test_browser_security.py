"""Issue 14 in the browser: a hostile source URL must not run script when clicked."""

from __future__ import annotations

from typing import Any

import pytest

from threadline.model import Document, Extraction
from threadline.store import open_store
from threadline.store.documents import save_extraction

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # tests/api/sample.py


def test_javascript_source_url_does_not_run(
    browser: Any, live_server: str, app_db: dict[str, Any]
) -> None:
    # stored before the ingest check existed (or written by another tool): rendering checks too
    doc = Document(
        text="A hostile record about the cartel.",
        source="evil.json",
        title="Hostile",
        url="javascript:alert(document.cookie)",
        collection="alpha",
    )
    with open_store(app_db["path"]) as store:
        save_extraction(store, Extraction(document=doc))
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{live_server}/login")
    page.fill("#username", "admin")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/search")
    page.goto(f"{live_server}/documents/{doc.id}")
    page.wait_for_selector(".doc .text")
    assert page.locator("a[href^='javascript']").count() == 0
    page.click("text=evil.json")
    page.wait_for_timeout(200)
    assert dialogs == []
    page.close()
