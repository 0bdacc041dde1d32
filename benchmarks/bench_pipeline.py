"""Throughput of threadline's whole pipeline against raw spaCy, and peak memory.

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 300] [--rss-docs 40] [--rounds 3]

Measured in one run on the same texts, so results are ratios robust to a noisy machine:
- baseline: ``nlp.pipe`` of the plain spaCy model (same model name as threadline's
  setting, no threadline components) over the texts;
- threadline: ingest → extract → resolve → store into a fresh SQLite file, 1 and 2 workers,
  alternating with the baseline for ``--rounds`` rounds (median ratio reported);
- CPU throughput (docs per CPU-second) of raw spaCy, of 1 worker, and of 2 workers (the
  parent alone, and parent plus worker processes with and without the measured start-up
  of a worker process): on a shared machine these say more than wall time;
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
import statistics
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


def time_raw_spacy(n: int) -> tuple[float, float]:
    """(docs/s, docs per CPU-second of this process) of the plain spaCy model."""
    import spacy

    from threadline.settings import load

    nlp = spacy.load(load().spacy_model)
    texts = corpus(n)
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=load().batch_size):
        pass
    return n / (time.perf_counter() - started), n / (time.process_time() - cpu)


def children_cpu() -> float:
    """CPU seconds used so far by this process's finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def worker_startup_cpu() -> float:
    """CPU seconds a fresh process spends to import threadline and load what a worker
    loads (:func:`threadline.pipeline.prepare`): each worker process pays it once."""
    before = children_cpu()
    code = "from threadline.pipeline import prepare\nfrom threadline.settings import load\n"
    subprocess.run([sys.executable, "-c", code + "prepare(load())"], check=True)
    return children_cpu() - before


def time_threadline(
    folder: Path, n: int, workers: int, scheduler: str | None = None
) -> tuple[float, float, float, float]:
    """(end-to-end docs/s including start-up, steady docs/s after the first result, docs
    per CPU-second of this process: the whole pipeline's with one worker, where the
    machine's load moves it far less than wall time, and docs per CPU-second of this
    process and its worker processes together, their start-up included).

    With ``scheduler`` (``local:N``), reading and extraction run on a Dask LocalCluster."""
    from threadline.pipeline import ingest_paths
    from threadline.settings import load
    from threadline.store import open_store

    settings = load()
    stamps: list[float] = []

    def hook(event: str, path: str) -> None:
        if event == "ingested":
            stamps.append(time.perf_counter())

    cpu_used = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        if (
            workers == 1 and not scheduler
        ):  # load model and data before the clock, as nlp.pipe's baseline does
            from threadline.ingest.language import detect_language
            from threadline.pipeline import prepare

            prepare(settings)
            detect_language("A warm-up text loads the language identifier once.")
        started, cpu, child = time.perf_counter(), time.process_time(), children_cpu()
        report = ingest_paths(
            store,
            [str(folder)],
            settings=settings,
            workers=workers,
            progress=hook,
            scheduler=scheduler,
        )
        seconds = time.perf_counter() - started
        cpu_used = time.process_time() - cpu
        all_used = cpu_used + children_cpu() - child  # worker processes have exited here
        assert report.ingested == n, report.as_dict()
        store.close()
    # Worker processes deliver results a chunk at a time: measure from the end of the
    # first chunk (16 documents) so that process start-up (model and data loading,
    # paid once per process) is left out, as it is for the baseline.
    first = min(16, n - 1)
    steady = (n - 1 - first) / (stamps[-1] - stamps[first])
    return n / seconds, steady, n / cpu_used, n / all_used


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
    parser.add_argument("--docs", type=int, default=300, help="documents in the timed corpus")
    parser.add_argument("--rss-docs", type=int, default=40, help="N for the N vs 10×N RSS test")
    parser.add_argument(
        "--rounds", type=int, default=3, help="baseline and threadline alternate this often"
    )
    parser.add_argument(
        "--dask",
        default="",
        help="also time ingest --scheduler local:N for these N (comma-separated, e.g. 1,2,4)",
    )
    args = parser.parse_args()
    _, source = base_texts()
    dask: dict[int, tuple[float, float, float]] = {}
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, args.docs)
        # Alternate baseline and threadline so that a burst of load from other jobs hits
        # one round, not one system; the median ratio over rounds is reported.
        startup = worker_startup_cpu()
        for _ in range(args.rounds):
            raw, raw_cpu = time_raw_spacy(args.docs)
            one_total, one, one_cpu, _ = time_threadline(folder, args.docs, 1)
            two_total, two, two_parent, two_all = time_threadline(folder, args.docs, 2)
            rounds.append(
                (raw, one, two, one_total, two_total, one_cpu / raw_cpu)
                + (two_parent / raw_cpu, two_all / raw_cpu)
                + (args.docs / (args.docs / two_all - 2 * startup) / raw_cpu,)
            )
            print(
                f"round: raw {raw:.1f} docs/s, 1 worker {one:.1f} ({one / raw:.2f}×),"
                f" 2 workers {two:.1f} ({two / raw:.2f}×); per CPU-second: raw"
                f" {raw_cpu:.1f}, 1 worker {one_cpu:.1f} ({one_cpu / raw_cpu:.2f}×), 2 workers"
                f" parent {two_parent:.1f}, parent + workers {two_all:.1f}",
                file=sys.stderr,
            )
        for count in [int(c) for c in args.dask.split(",") if c]:
            raw, _ = time_raw_spacy(args.docs)
            total, steady, _, _ = time_threadline(folder, args.docs, 1, scheduler=f"local:{count}")
            dask[count] = (raw, steady, total)
            print(f"dask local:{count}: {steady:.1f} docs/s steady, raw {raw:.1f}", file=sys.stderr)
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        write_corpus(small, args.rss_docs)
        write_corpus(large, args.rss_docs * 10)
        rss_small, rss_large = peak_rss_mb(small), peak_rss_mb(large)

    def median(values: list[float]) -> float:
        return round(statistics.median(values), 2)

    rows = {
        "corpus": f"{args.docs} documents from the {source}",
        "rounds": args.rounds,
        "raw spaCy nlp.pipe docs/s (median)": median([r[0] for r in rounds]),
        "threadline 1 worker docs/s (steady, median)": median([r[1] for r in rounds]),
        "threadline 2 workers docs/s (steady, median)": median([r[2] for r in rounds]),
        "threadline 1 worker docs/s (incl. start-up, median)": median([r[3] for r in rounds]),
        "threadline 2 workers docs/s (incl. start-up, median)": median([r[4] for r in rounds]),
        "ratio 1 worker / raw, per round": [round(r[1] / r[0], 2) for r in rounds],
        "ratio 2 workers / raw, per round": [round(r[2] / r[0], 2) for r in rounds],
        "ratio 1 worker / raw (median)": median([r[1] / r[0] for r in rounds]),
        "ratio 1 worker / raw, docs per CPU-second, per round": [round(r[5], 2) for r in rounds],
        "ratio 1 worker / raw, docs per CPU-second (median)": median([r[5] for r in rounds]),
        "ratio 2 workers / raw (median)": median([r[2] / r[0] for r in rounds]),
        "ratio 2 workers' parent / raw, docs per CPU-second (median)": median(
            [r[6] for r in rounds]
        ),
        "ratio 2 workers, parent + workers / raw, docs per CPU-second (median)": median(
            [r[7] for r in rounds]
        ),
        "worker start-up CPU seconds (import + prepare, one process)": round(startup, 2),
        "ratio 2 workers, parent + workers less 2 start-ups / raw, docs per CPU-second"
        " (median)": median([r[8] for r in rounds]),
        f"peak RSS MB, {args.rss_docs} docs": round(rss_small, 1),
        f"peak RSS MB, {args.rss_docs * 10} docs": round(rss_large, 1),
        "RSS ratio 10× corpus / 1×": round(rss_large / rss_small, 2),
    }
    for count, (raw, steady, total) in dask.items():
        rows[f"dask local:{count} docs/s (steady; incl. start-up)"] = [
            round(steady, 2),
            round(total, 2),
        ]
        rows[f"dask local:{count} / raw spaCy of the same moment"] = round(steady / raw, 2)
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
