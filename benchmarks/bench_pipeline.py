"""Throughput of threadline's whole pipeline against raw spaCy, and peak memory.

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 200] [--out docs/benchmarks.md]

Measured in one run on the same texts, so results are ratios robust to a noisy machine:
- baseline: ``nlp.pipe`` of the plain spaCy model (same model name as threadline's
  setting, no threadline components) over the texts;
- threadline: ingest → extract → resolve → store into a fresh SQLite file, 1 and 2 workers;
- peak RSS of an ingest of N documents and of 10 × N documents (each in a fresh
  process): bounded memory means the second is not ~10× the first.

Texts are the re3d development documents from ../shared/data when present, else the
bundled CENTCOM sample; each copy gets a distinct first line so deduplication does not
skip it.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "re3d"


def base_texts() -> tuple[list[str], str]:
    if SHARED.is_dir():
        texts = []
        for sub in sorted(SHARED.iterdir()):
            docs = sub / "documents.json"
            if docs.exists():
                texts += [json.loads(line)["text"] for line in docs.read_text().splitlines()]
        return texts, "re3d development set (66 documents)"
    folder = ROOT / "samples" / "centcom"
    return [
        json.loads(p.read_text())["text"] for p in sorted(folder.glob("*.json"))
    ], "CENTCOM sample"


def corpus(n: int) -> list[str]:
    texts, _ = base_texts()
    return [f"Copy {i}.\n{texts[i % len(texts)]}" for i in range(n)]


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(corpus(n)):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def time_raw_spacy(n: int) -> float:
    import spacy

    from threadline.settings import load

    nlp = spacy.load(load().spacy_model)
    texts = corpus(n)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=load().batch_size):
        pass
    return n / (time.perf_counter() - started)


def time_threadline(folder: Path, n: int, workers: int) -> tuple[float, float]:
    """(end-to-end docs/s including start-up, steady docs/s after the first result)."""
    from threadline.pipeline import ingest_paths
    from threadline.settings import load
    from threadline.store import open_store

    settings = load()
    stamps: list[float] = []

    def hook(event: str, path: str) -> None:
        if event == "ingested":
            stamps.append(time.perf_counter())

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        if workers == 1:  # load model and data before the clock, as nlp.pipe's baseline does
            from threadline.pipeline import prepare

            prepare(settings)
        started = time.perf_counter()
        report = ingest_paths(
            store, [str(folder)], settings=settings, workers=workers, progress=hook
        )
        seconds = time.perf_counter() - started
        assert report.ingested == n, report.as_dict()
        store.close()
    # Worker processes deliver results a chunk at a time: measure from the end of the
    # first chunk (16 documents) so that process start-up (model and data loading,
    # paid once per process) is left out, as it is for the baseline.
    first = min(16, n - 1)
    steady = (n - 1 - first) / (stamps[-1] - stamps[first])
    return n / seconds, steady


def peak_rss_mb(folder: Path) -> float:
    """Peak RSS (MB) of a fresh process that ingests ``folder`` with one worker."""
    code = (
        "import resource, sys, tempfile\n"
        "from threadline.pipeline import ingest_paths\n"
        "from threadline.settings import load\n"
        "from threadline.store import open_store\n"
        "with tempfile.TemporaryDirectory() as tmp:\n"
        "    store = open_store(tmp + '/rss.db')\n"
        "    ingest_paths(store, [sys.argv[1]], settings=load())\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=400, help="documents in the timed corpus")
    parser.add_argument("--rss-docs", type=int, default=100, help="N for the N vs 10×N RSS test")
    args = parser.parse_args()
    _, source = base_texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, args.docs)
        raw = time_raw_spacy(args.docs)
        one_total, one = time_threadline(folder, args.docs, 1)
        two_total, two = time_threadline(folder, args.docs, 2)
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        write_corpus(small, args.rss_docs)
        write_corpus(large, args.rss_docs * 10)
        rss_small, rss_large = peak_rss_mb(small), peak_rss_mb(large)
    rows = {
        "corpus": f"{args.docs} documents from the {source}",
        "raw spaCy nlp.pipe docs/s": round(raw, 1),
        "threadline 1 worker docs/s (steady)": round(one, 1),
        "threadline 2 workers docs/s (steady)": round(two, 1),
        "threadline 1 worker docs/s (incl. start-up)": round(one_total, 1),
        "threadline 2 workers docs/s (incl. start-up)": round(two_total, 1),
        "ratio 1 worker / raw": round(one / raw, 2),
        "ratio 2 workers / raw": round(two / raw, 2),
        f"peak RSS MB, {args.rss_docs} docs": round(rss_small, 1),
        f"peak RSS MB, {args.rss_docs * 10} docs": round(rss_large, 1),
        "RSS ratio 10× corpus / 1×": round(rss_large / rss_small, 2),
        "self peak RSS MB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
