"""What language detection (``langid-v1``) costs at ingest, against reading the same files.

    python benchmarks/bench_language.py [--rounds 5]

Reads the bundled sample (``samples/``) with ``iter_documents`` (decode, HTML/JSON/Markdown
parsing, dates, and language detection) and times ``detect_language`` alone on the same
texts; reports the model's one-off load and detection's share of reading time (median of
rounds, same run).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from threadline.ingest import iter_documents  # noqa: E402
from threadline.ingest.language import _identifier, detect_language  # noqa: E402
from threadline.model import Document  # noqa: E402
from threadline.settings import Settings  # noqa: E402

SAMPLES = ROOT / "samples"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    _identifier()
    load = time.perf_counter() - start
    reading, detecting = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        documents = [
            d for d in iter_documents([str(SAMPLES)], settings=Settings())
            if isinstance(d, Document)
        ]  # fmt: skip
        reading.append(time.perf_counter() - start)
        start = time.perf_counter()
        guesses = [detect_language(d.text) for d in documents]
        detecting.append(time.perf_counter() - start)
    read, detect = statistics.median(reading), statistics.median(detecting)
    count = len(documents)
    chars = sum(len(d.text) for d in documents)
    print(f"documents: {count} ({chars:,} characters); detected: {sum(bool(g) for g in guesses)}")
    print(f"model load (once per process): {load:.2f} s")
    print(f"reading incl. detection: {1000 * read / count:.2f} ms/doc")
    print(f"detection alone: {1000 * detect / count:.2f} ms/doc")
    print(f"detection / reading: {detect / read:.2f}")


if __name__ == "__main__":
    main()
