"""Several processes writing one store at once (issue 12): concurrent ingests neither lose
nor duplicate a document, counts kept by triggers stay exact, and first opens of a new
store take turns migrating it. Runs on each backend."""

from __future__ import annotations

import multiprocessing
import random
from typing import Any

from threadline.model import Document, Extraction, Mention
from threadline.store import open_store

TEXTS = [f"Report {i}: Interpol arrested a broker in Lyon on day {i}." for i in range(40)]


def _story(text: str) -> Extraction:
    doc = Document(text=text, source="mem.txt")
    mention = Mention(doc.id, 11, 19, "Interpol", "PublicBody", 0, len(text), entity="ent-ip")
    return Extraction(doc, [mention])


def _ingest(url: str, seed: int, barrier: Any) -> None:
    from threadline.store.documents import save_extraction

    texts = random.Random(seed).sample(TEXTS, 30)  # overlapping halves of the corpus
    with open_store(url) as store:
        barrier.wait()
        for text in texts:
            save_extraction(store, _story(text))


def _open(url: str, barrier: Any) -> None:
    barrier.wait()
    open_store(url).close()


def _run(target: Any, calls: list[tuple[Any, ...]]) -> None:
    """Run ``target(*call, barrier)`` in one process per call, all released at once."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(calls))
    workers = [context.Process(target=target, args=(*call, barrier)) for call in calls]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0


def test_concurrent_ingests_lose_and_duplicate_nothing(db_url: str) -> None:
    open_store(db_url).close()
    _run(_ingest, [(db_url, seed) for seed in range(4)])
    with open_store(db_url) as store:
        row = store.query_one("SELECT count(*), count(DISTINCT content_hash) FROM documents")
        assert row is not None
        assert tuple(row) == (40, 40), _missing(store)
        seqs = [r[0] for r in store.query("SELECT seq FROM documents ORDER BY seq")]
        assert len(set(seqs)) == 40
        counts = store.query_one("SELECT mentions, documents FROM entity_counts")
        assert counts is not None and tuple(counts) == (40, 40)


def _missing(store: Any) -> str:
    stored = {r[0] for r in store.query("SELECT text FROM documents")}
    return f"missing: {sorted(set(TEXTS) - stored)[:3]}"


def test_first_opens_of_a_new_store_take_turns_migrating(db_url: str) -> None:
    _run(_open, [(db_url,)] * 6)
    with open_store(db_url) as store:
        names = [r[0] for r in store.query("SELECT name FROM schema_migrations")]
    assert names and len(names) == len(set(names))
