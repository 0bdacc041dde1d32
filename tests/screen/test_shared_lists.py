"""Screening against the full UN list and real name sets in ../shared/data."""

from __future__ import annotations

import csv
from pathlib import Path

from threadline.screen import load_list, screen_name
from threadline.store import Store


def test_full_un_list_finds_listed_names_as_written(store: Store, shared_data: Path) -> None:
    summary = load_list(store, shared_data / "sanctions" / "un" / "UN_consolidated.xml")
    assert summary["entries"] > 900
    path = shared_data / "names" / "yente_positives_un_untreated.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:60]
    found = sum(bool(screen_name(store, r["full_name"])["results"][0]["match"]) for r in rows)
    assert found >= 58


def test_full_ofac_list_loads(store: Store, shared_data: Path) -> None:
    summary = load_list(store, shared_data / "sanctions" / "ofac-sdn-2019")
    assert summary["entries"] > 7000
    top = screen_name(store, "Banco Nacional de Cuba")["results"][0]
    assert top["match"] and top["list"] == "us-ofac-sdn"
