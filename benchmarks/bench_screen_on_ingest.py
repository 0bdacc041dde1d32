"""What screening on ingest costs: ingest with ``screen_on_ingest`` off vs on, same run.

    python benchmarks/bench_screen_on_ingest.py [--docs 66] [--rounds 3]

Each round ingests the same texts into two fresh SQLite files that both hold the OFAC
SDN 2019 list (``../shared/data/sanctions/ofac-sdn-2019``, else the test excerpt): once
with the setting off (baseline), once on. The ratio on/off (median over rounds) is the
cost of screening new entities as they arrive. It also times the re-screen of every
entity that follows a list reload, against the ingest it follows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import base_texts  # noqa: E402
from threadline.model import Document  # noqa: E402
from threadline.pipeline import ingest_items, prepare  # noqa: E402
from threadline.screen import listadmin  # noqa: E402
from threadline.settings import Settings  # noqa: E402
from threadline.store import open_store  # noqa: E402

SHARED_OFAC = ROOT.parent / "shared" / "data" / "sanctions" / "ofac-sdn-2019"
LIST = SHARED_OFAC if SHARED_OFAC.is_dir() else ROOT / "tests" / "fixtures" / "sanctions" / "ofac"


def one_ingest(texts: list[str], on: bool, folder: Path) -> tuple[float, float]:
    """(ingest seconds, re-screen-all seconds) into a fresh store holding the list."""
    settings = Settings(screen_on_ingest=on)
    with open_store(str(folder / f"{'on' if on else 'off'}-{time.monotonic_ns()}.db")) as store:
        listadmin.load(store, str(LIST), settings.with_(screen_on_ingest=False))
        documents = [Document(text=t, source=f"{i}.txt") for i, t in enumerate(texts)]
        start = time.perf_counter()
        ingest_items(store, documents, settings=settings)
        ingest = time.perf_counter() - start
        start = time.perf_counter()
        if on:
            listadmin.reload(store, "us-ofac-sdn", settings)
        rescreen = time.perf_counter() - start
    return ingest, rescreen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=66)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts, label = base_texts()
    texts = [f"Copy {i}.\n{texts[i % len(texts)]}" for i in range(args.docs)]
    prepare(Settings())
    ratios, offs, ons, rescreens = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            off, _unused = one_ingest(texts, False, Path(tmp))
            on, rescreen = one_ingest(texts, True, Path(tmp))
            offs.append(off)
            ons.append(on)
            rescreens.append(rescreen)
            ratios.append(on / off)
    print(f"texts: {args.docs} ({label}); list: {LIST}")
    print(f"ingest, screening off: {statistics.median(offs):.2f} s (median of {args.rounds})")
    print(f"ingest, screening on:  {statistics.median(ons):.2f} s")
    print(f"ratio on/off: {statistics.median(ratios):.2f}")
    print(f"list reload + re-screen of every entity: {statistics.median(rescreens):.2f} s")


if __name__ == "__main__":
    main()
