"""Median and p95 latency of the API's search, entity profile and hub neighbours, on
SQLite and PostgreSQL side by side.

    .venv/bin/python benchmarks/bench_api.py [--docs 10000] [--requests 300]
        [--backend sqlite|postgres|both] [--postgres URL]
        [--sqlite-store PATH] [--postgres-store URL]

The store holds the synthetic news-shaped corpus of ``bench_corpus.py`` (100,000
documents: ~190 MB of text, hubs named in tens of thousands of documents), written with
the store's own ``save_extraction``, 500 documents per transaction. SQLite's is kept in
``.bench/api-<docs>.db`` (or ``--sqlite-store``) and reused; PostgreSQL's is a fresh
schema on ``--postgres`` (default ``THREADLINE_TEST_POSTGRES``), else on a throwaway
cluster, and is dropped at the end, unless ``--postgres-store`` names one built before
(its URL, with the schema in ``options=-csearch_path=…``), which is used as it is.
Requests go through the FastAPI app in process (``TestClient``: routing, auth, SQL,
JSON; no network), as an admin (all collections) and as an analyst granted 2 of
the 5 collections, after a warm-up. Profiles are 20 % hubs (the 20 most mentioned
entities). The load average is printed: on a shared machine compare the backends by
the ratio from the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from bench_corpus import QUERIES, ROOT, fill, postgres_url
from threadline.app import create_app
from threadline.settings import Settings
from threadline.store import auth as auth_store
from threadline.store import open_store
from threadline.store.totals import busiest_entities

Times = dict[tuple[str, str], list[float]]


def build(url: str, docs: int) -> None:
    with open_store(url) as store:
        rate = fill(store, docs)
        auth_store.add_user(store, "admin", "bench-password", "admin")
        auth_store.add_user(store, "analyst", "bench-password", "analyst")
        auth_store.grant(store, "analyst", "c0", "read")
        auth_store.grant(store, "analyst", "c1", "write")
    print(f"built {docs} documents at {rate:.0f} docs/s", flush=True)


def measure(client: TestClient, token: str, urls: list[str]) -> list[float]:
    headers = {"Authorization": f"Bearer {token}"}
    for url in urls[:10]:
        client.get(url, headers=headers)
    times = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 404), (url, response.status_code)
    return sorted(times)


def p(times: list[float], share: float) -> float:
    return times[int(share * (len(times) - 1))]


def run(url: str, requests: int) -> Times:
    """Each request kind's sorted times (ms), keyed by (kind, user)."""
    rng = random.Random(11)
    app = create_app(Settings(db=url, secret_key="bench"))
    store = app.state.store
    tokens = {u: auth_store.create_token(store, u, "bench")[1] for u in ("admin", "analyst")}
    ranked = busiest_entities(store, 3000)
    hubs, rest = [e for e, _ in ranked[:20]], [e for e, _ in ranked[20:]]
    print(f"most mentioned entity: {ranked[0][1]} mentions", flush=True)
    kinds = {
        "search (20 hits)": [
            f"/api/search?q={rng.choice(QUERIES)}&limit=20" for _ in range(requests)
        ],
        "entity profile": [
            f"/api/entities/{rng.choice(hubs) if rng.random() < 0.2 else rng.choice(rest)}"
            for _ in range(requests)
        ],
        "hub neighbours": [f"/api/graph/neighbours/{rng.choice(hubs)}" for _ in range(requests)],
        "prefix search (extradit*)": ["/api/search?q=extradit*&limit=20"] * (requests // 5),
    }
    times: Times = {}
    with TestClient(app) as client:
        for kind, urls in kinds.items():
            for user in ("admin", "analyst"):
                times[kind, user] = measure(client, tokens[user], urls)
    return times


def table(results: dict[str, Times]) -> None:
    names = list(results)
    cells = " | ".join(f"{n} median | {n} p95" for n in names)
    print(f"| request | user | {cells} |" + (" p95 PG/SQLite |" if len(names) == 2 else ""))
    print("|---|---|" + "---:|" * (2 * len(names) + (len(names) == 2)))
    for key in results[names[0]]:
        row = [f"{p(results[n][key], s):.1f}" for n in names for s in (0.5, 0.95)]
        ratio = ""
        if len(names) == 2:
            ratio = f" {p(results[names[1]][key], 0.95) / p(results[names[0]][key], 0.95):.2f} |"
        print(f"| {key[0]} | {key[1]} | {' | '.join(row)} |{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--postgres", default=os.environ.get("THREADLINE_TEST_POSTGRES", ""))
    parser.add_argument("--sqlite-store", help="SQLite store to use (built when absent)")
    parser.add_argument(
        "--postgres-store", help="a PostgreSQL store built before with --docs (kept, not dropped)"
    )
    args = parser.parse_args()
    print(f"{args.docs} documents; load average {os.getloadavg()[0]:.1f}", flush=True)
    results: dict[str, Times] = {}
    if args.backend in ("sqlite", "both"):
        path = Path(args.sqlite_store or ROOT / ".bench" / f"api-{args.docs}.db")
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            build(str(path), args.docs)
        results["SQLite"] = run(str(path), args.requests)
    if args.backend in ("postgres", "both") and args.postgres_store:
        results["PostgreSQL"] = run(args.postgres_store, args.requests)
    elif args.backend in ("postgres", "both"):
        drop: Callable[[], None] = lambda: None  # noqa: E731
        try:
            url, drop = postgres_url(args.postgres, Path(tempfile.mkdtemp(prefix="tl-pg-")))
            build(url, args.docs)
            results["PostgreSQL"] = run(url, args.requests)
        finally:
            drop()
    print(f"load average at the end {os.getloadavg()[0]:.1f}\n")
    table(results)


if __name__ == "__main__":
    main()
