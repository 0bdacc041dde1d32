"""In Debian's chromium, the whole journey of issue 13 on three bundled CENTCOM releases:
log in, search, open an entity, follow its evidence to the highlighted sentence, see its
network and timeline, screen its name, merge a duplicate with a reason, and export."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from threadline.demo import SAMPLES
from threadline.pipeline import ingest_paths
from threadline.screen import load_list
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store.entities import find_entity

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"  # tests/api/sample.py


@pytest.fixture
def centcom_db(app_db: dict[str, Any], tmp_path: Path, fixtures: Path) -> dict[str, Any]:
    """The sample users' store plus three CENTCOM releases (collection ``centcom``, which
    admin reads) and the UN list entry for Al-Qaida in Iraq."""
    samples = tmp_path / "centcom"
    samples.mkdir()
    for path in sorted(SAMPLES.glob("*.json"))[:3]:
        shutil.copy(path, samples / path.name)
    with open_store(app_db["path"]) as store:
        settings = Settings(db=app_db["path"])
        report = ingest_paths(store, [str(samples)], settings=settings, collection="centcom")
        assert report.ingested == 3 and not report.failed
        load_list(store, fixtures / "sanctions" / "isil_excerpt.ftm.json")
        ids = {name: find_entity(store, name) for name in ("ISIL", "Daesh")}
    assert all(ids.values()), ids
    return {**app_db, **{name: entity["id"] for name, entity in ids.items() if entity}}


def _download(page: Any, link: str) -> bytes:
    with page.expect_download() as info:
        page.click(f".exports >> text={link}")
    return Path(info.value.path()).read_bytes()


def test_journey_from_search_to_export(
    centcom_db: dict[str, Any], browser: Any, live_server: str
) -> None:
    isil, daesh = centcom_db["ISIL"], centcom_db["Daesh"]
    page = browser.new_page(accept_downloads=True)
    page.goto(f"{live_server}/login")  # log in
    page.fill("#username", "admin")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/search")

    page.fill("#q", "ISIL")  # search
    page.press("#q", "Enter")
    page.wait_for_selector(".hit-title")
    hits = page.locator(".hit-title").count()
    assert hits >= 1 and f"of {hits} for ISIL" in page.locator(".total").inner_text()

    page.click(".entity-list a >> text='ISIL'")  # open the entity
    page.wait_for_url(f"**/entities/{isil}")
    assert page.locator("h1").inner_text().strip() == "ISIL"

    sentence = page.locator(".evidence-list a.sentence").first  # its evidence
    said = " ".join(sentence.inner_text().split())
    sentence.click()
    page.wait_for_selector(".doc .text #hl")
    assert "#hl" in page.url
    marked = " ".join(page.locator("#hl").inner_text().split())
    assert marked and marked in said
    page.go_back()

    page.click("a.button >> text=Network")  # network
    page.wait_for_selector("#graph[data-rendered]")
    assert int(page.get_attribute("#graph", "data-rendered") or 0) >= 2
    page.go_back()

    page.click("a.button >> text=Timeline")  # timeline
    page.wait_for_url("**/timeline?entity=*")
    assert page.locator("h1").inner_text().strip() == "Timeline of ISIL"
    counts = re.search(
        r"(\d+) dated relations? and (\d+) dated events?", page.locator("main").inner_text()
    )
    assert counts, "the timeline says how many dated items it shows"
    shown = page.locator(".timeline ol > li").count()
    assert shown == int(counts[1]) + int(counts[2])
    page.go_back()

    page.click("a.button >> text=Screen name")  # screen
    page.wait_for_url("**/screen?*")
    assert page.input_value("#sname") == "ISIL"
    assert "(1 entries" in page.locator("main p.muted").first.inner_text()
    page.fill("#sname", "Islamic State in Iraq and the Levant")
    page.click("form[action='/screen'] button[type=submit]")
    page.wait_for_selector("li.hit")
    best = page.locator("li.hit").first.inner_text()
    assert "AL-QAIDA IN IRAQ" in best

    page.goto(f"{live_server}/entities/{daesh}")  # merge the duplicate, with a reason
    page.click("summary >> text=Merge this entity into another")
    page.fill("#merge-into", isil)
    page.fill("#merge-reason", "journey test: Daesh is ISIL")
    page.click("form[action$='/merge'] button[type=submit]")
    page.wait_for_url(f"**/entities/{isil}")
    history = page.locator(".decisions li").first.inner_text()
    assert "Merged Daesh" in history and "journey test: Daesh is ISIL" in history
    page.goto(f"{live_server}/entities/{daesh}")
    assert page.url.endswith(f"/entities/{isil}")

    rows = list(csv.DictReader(io.StringIO(_download(page, "CSV").decode("utf-8"))))  # export
    assert {"ISIL", "Daesh"} <= {row["text"] for row in rows}
    ftm = [json.loads(line) for line in _download(page, "FtM").decode("utf-8").splitlines()]
    assert any("ISIL" in e["properties"].get("name", []) for e in ftm)
    gexf = ET.fromstring(_download(page, "GEXF"))
    labels = {node.get("label") for node in gexf.iter() if node.tag.endswith("}node")}
    assert "ISIL" in labels
    page.close()
