"""Take the screenshots in this folder from a running server (see docs/api.md).

    threadline --db demo/threadline.db serve --port 8765 &
    python docs/screenshots/take.py http://127.0.0.1:8765 admin PASSWORD

The committed pictures are of the demo database plus the two dated texts of
tests/api/sample.py ingested as collection "notes" (the demo's documents carry no
dates, so its timeline is empty) and the UN list excerpt in tests/fixtures/sanctions.

Needs Playwright and Debian's chromium (/usr/bin/chromium, or $THREADLINE_CHROMIUM).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main(base: str, user: str, password: str, query: str = "Mosul") -> None:
    chromium = os.environ.get("THREADLINE_CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for width, height, suffix in ((1280, 860, ""), (390, 844, "-phone")):
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(f"{base}/login")
            if not suffix:
                page.screenshot(path=HERE / "login.png")
            page.fill("#username", user)
            page.fill("#password", password)
            page.click("button[type=submit]")
            page.goto(f"{base}/search?q={query}")
            page.screenshot(path=HERE / f"search{suffix}.png")
            page.click(".hit-title >> nth=0")
            page.screenshot(path=HERE / f"document{suffix}.png")
            page.click("a.m.t-Person >> nth=0")
            page.wait_for_selector("h1")
            page.screenshot(path=HERE / f"entity{suffix}.png", full_page=not suffix)
            if suffix:
                continue
            page.click("text=Network")
            page.wait_for_selector("#graph[data-rendered]")
            page.screenshot(path=HERE / "network.png")
            page.goto(f"{base}/timeline")
            page.screenshot(path=HERE / "timeline.png")
            page.goto(f"{base}/upload")
            page.screenshot(path=HERE / "upload.png")
            page.goto(f"{base}/screen?name=Emmanuel+Makenga&schema=Person")
            page.click("summary >> nth=0")
            page.screenshot(path=HERE / "screening.png")
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
