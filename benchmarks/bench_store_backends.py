"""The same store on SQLite and on PostgreSQL: ingest writes, search and entity profiles.

    .venv/bin/python benchmarks/bench_store_backends.py [--docs 2000] [--requests 200]
        [--postgres URL]

Both stores get the same synthetic news-shaped documents (bench_corpus.py's generator:
~12 sentences, names from 3,000 entities with a Zipf-like skew) written one document per
transaction with ``save_extraction``, then the same search queries (``search_window``
2,000, 20 hits with snippets) and entity profiles (20 % hubs) through the store
functions the API calls. PostgreSQL is the server at ``--postgres`` (a fresh schema,
dropped afterwards), else a throwaway cluster started with scripts/postgres-cluster.sh.
Ratios (PostgreSQL / SQLite) are from the same run, so they hold on a loaded machine
better than the absolute figures do.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_corpus import QUERIES, corpus, postgres_url
from threadline.store import open_store
from threadline.store.documents import save_extraction
from threadline.store.evidence import entity_profile
from threadline.store.search import search
from threadline.store.totals import busiest_entities


def fill(url: str, docs: int) -> float:
    """Write the corpus; returns documents per second."""
    extractions = corpus(docs)
    with open_store(url) as store:
        started = time.perf_counter()
        for extraction in extractions:
            save_extraction(store, extraction)
        return docs / (time.perf_counter() - started)


def timed(calls: list[Callable[[], Any]]) -> list[float]:
    for call in calls[:10]:  # warm-up
        call()
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)


def read_times(url: str, requests: int) -> dict[str, list[float]]:
    rng = random.Random(11)
    with open_store(url) as store:
        ranked = [entity for entity, _ in busiest_entities(store, 3000)]
        hubs, rest = ranked[:20], ranked[20:]
        queries = [rng.choice(QUERIES) for _ in range(requests)]
        entities = [rng.choice(hubs) if rng.random() < 0.2 else rng.choice(rest) for _ in queries]
        return {
            "search (20 hits)": timed(
                [lambda q=q: search(store, q, limit=20, window=2000) for q in queries]
            ),
            "entity profile": timed([lambda e=e: _profile(store, e) for e in entities]),
        }


def _profile(store: Any, entity: str) -> None:
    profile = entity_profile(store, entity)
    assert profile is not None and profile["evidence"], entity


def p(times: list[float], share: float) -> float:
    return times[int(share * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--postgres", default="", help="a server to use (default: start one)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="threadline-bench-"))
    # The cluster's folder sits directly in the temp dir: its owner (postgres, when run as
    # root) must be able to reach it.
    pg_url, drop = postgres_url(args.postgres, Path(tempfile.mkdtemp(prefix="threadline-pg-")))
    try:
        urls = {"SQLite": str(work / "bench.db"), "PostgreSQL": pg_url}
        writes = {name: fill(url, args.docs) for name, url in urls.items()}
        reads = {name: read_times(url, args.requests) for name, url in urls.items()}
    finally:
        drop()
        shutil.rmtree(work)
    print(f"{args.docs} documents, {args.requests} requests of each kind\n")
    print("| measure | SQLite | PostgreSQL | PostgreSQL / SQLite |")
    print("|---|---:|---:|---:|")
    sq, pg = writes["SQLite"], writes["PostgreSQL"]
    print(f"| ingest writes, docs/s | {sq:.0f} | {pg:.0f} | {pg / sq:.2f} |")
    for label in reads["SQLite"]:
        a, b = reads["SQLite"][label], reads["PostgreSQL"][label]
        for name, share in (("median", 0.5), ("p95", 0.95)):
            x, y = p(a, share), p(b, share)
            print(f"| {label}, {name} ms | {x:.1f} | {y:.1f} | {y / x:.2f} |")


if __name__ == "__main__":
    main()
