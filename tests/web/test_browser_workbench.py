"""In Debian's chromium: what issue 13 said the browser showed wrong, each checked where it
shows (network tools, highlight position, phone layout, colour-independent types)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.graph.hub import build_hub
from threadline.screen import load_list
from threadline.store import open_store

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # tests/api/sample.py
PHONE = {"width": 320, "height": 640}


@pytest.fixture
def hub_db(app_db: dict[str, Any], fixtures: Path) -> dict[str, Any]:
    with open_store(app_db["path"]) as store:
        build_hub(store, 120, collection="alpha")
        load_list(store, fixtures / "sanctions" / "un_excerpt.ftm.json")
    return app_db


def _page(browser: Any, base: str, user: str = "ana", **options: Any) -> Any:
    page = browser.new_page(**options)
    page.goto(f"{base}/login")
    page.fill("#username", user)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/search")
    return page


@pytest.mark.usefixtures("hub_db")
def test_network_has_legend_zoom_fit_and_png(browser: Any, live_server: str) -> None:
    page = _page(browser, live_server, accept_downloads=True)
    page.goto(f"{live_server}/network?entity=ent-hub&depth=2")
    page.wait_for_selector("#graph[data-rendered]")
    assert page.get_attribute("#graph", "data-rendered") == "51"  # the hub and 50, not 240
    assert page.locator(".graph-legend li").count() >= 5
    assert page.locator(".graph-legend").is_visible()
    before = float(page.get_attribute("#graph", "data-zoom") or 0)
    page.click("[data-graph=zoom-in]")
    zoomed = float(page.get_attribute("#graph", "data-zoom") or 0)
    assert zoomed > before
    page.click("[data-graph=fit]")
    assert float(page.get_attribute("#graph", "data-zoom") or 0) != zoomed
    with page.expect_download() as download:
        page.click("[data-graph=png]")
    path = download.value.path()
    assert path and Path(path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page.locator("a.show-more").is_visible()
    page.close()


def test_highlight_is_not_clipped_at_the_top(browser: Any, live_server: str) -> None:
    page = _page(browser, live_server, viewport={"width": 1000, "height": 300})
    page.goto(f"{live_server}/entities/ent-yellen")
    page.click(".evidence-list a.sentence")
    page.wait_for_selector("mark#hl")
    box = page.locator("mark#hl").bounding_box()
    assert box is not None and box["y"] >= 16  # room above it for its outline
    page.close()


def test_phone_shows_facets_before_results(browser: Any, live_server: str) -> None:
    page = _page(browser, live_server, viewport=PHONE)
    page.goto(f"{live_server}/search?q=Interpol")
    facet = page.locator(".side .facets a").first.bounding_box()
    hit = page.locator(".hit-title").first.bounding_box()
    assert facet is not None and hit is not None
    assert facet["y"] < PHONE["height"] and facet["y"] < hit["y"]
    assert page.locator("h1").count() == 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    page.close()


@pytest.mark.usefixtures("hub_db")
def test_why_table_stays_on_a_phone_screen(browser: Any, live_server: str) -> None:
    page = _page(browser, live_server, viewport=PHONE)
    page.goto(f"{live_server}/screen?name=Sultani+Makenga")
    page.click("details summary")
    table = page.locator("details table").first.bounding_box()
    assert table is not None and table["x"] + table["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.close()


def test_mention_types_differ_by_more_than_colour(browser: Any, live_server: str) -> None:
    page = _page(browser, live_server)
    page.goto(f"{live_server}/search?q=Yellen")
    page.click(".hit-title")
    page.wait_for_selector(".doc .text")
    style = "(e) => getComputedStyle(e).borderBottomStyle"
    person = page.locator(".text a.m.t-Person").first.evaluate(style)
    place = page.locator(".text a.m.t-Location").first.evaluate(style)
    body = page.locator(".text a.m.t-PublicBody").first.evaluate(style)
    assert len({person, place, body}) == 3 and "none" not in {person, place, body}
    page.close()
