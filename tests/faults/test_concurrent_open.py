"""Issue 14 faults #5: processes opening a brand-new store at once all succeed."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from threadline.store import open_store
from threadline.store.migrations import migration_files

PROCESSES = 12


def _open(path: str, barrier: Any, results: Any) -> None:
    barrier.wait()
    try:
        with open_store(path) as store:
            row = store.query_one("SELECT count(*) AS n FROM schema_migrations")
            results.put(("ok", row["n"] if row else 0))
    except Exception as exc:  # reported to the test, which fails on it
        results.put(("error", f"{type(exc).__name__}: {exc}"))


def test_concurrent_first_opens_all_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    path = str(tmp_path / "new.db")
    barrier = context.Barrier(PROCESSES)
    results = context.Queue()
    workers = [
        context.Process(target=_open, args=(path, barrier, results)) for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert outcomes == [("ok", len(migration_files()))] * PROCESSES
