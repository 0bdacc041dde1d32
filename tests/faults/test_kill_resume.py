"""Issue 14: an ingest killed with SIGKILL at 20 random points, resumed each time, loses,
duplicates and orphans nothing.

Each round forks this test process (the spaCy pipeline is already loaded here, so a round
starts at once) and runs the CLI's ``ingest`` in the child, with ``--workers 1`` or
``--workers 2`` (the two spawned workers load their own pipeline). The parent kills the
child with SIGKILL once a number of new documents drawn from a seeded generator is stored,
plus a few random milliseconds, so kills land at start-up (the first round: while the store
is being created), inside a document's transaction, between documents and while workers
hand back results. Then the same command runs to the end, and the store must hold every
input once, no row may point at a missing row, the file must pass
``PRAGMA integrity_check``, and its findings must equal those of an ingest that was never
interrupted.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from threadline.cli import app
from threadline.model import Document
from threadline.pipeline import ingest_paths, prepare
from threadline.settings import load
from threadline.store import open_store

SEED = 14
DOCUMENTS = 250
KILLS = 20
#: A row's reference (table.column) and the rows it must point at (table.column).
REFERENCES = [
    ("mentions.document", "documents.id"),
    ("mentions.entity", "entities.id"),
    ("roles.document", "documents.id"),
    ("roles.mention", "mentions.id"),
    ("quotes.document", "documents.id"),
    ("relations.document", "documents.id"),
    ("relations.source", "mentions.id"),
    ("relations.target", "mentions.id"),
    ("events.document", "documents.id"),
    ("event_arguments.event", "events.id"),
    ("event_arguments.mention", "mentions.id"),
    ("entity_aliases.document", "documents.id"),
    ("entity_documents.document", "documents.id"),
    ("entity_link_mentions.mention", "mentions.id"),
]
#: What an uninterrupted ingest must also have found (table: columns compared as a set).
FINDINGS = {
    "documents": "source, content_hash",
    "mentions": "id, entity, type, kind",
    "relations": "id, type, source, target",
    "events": "id, type",
    "entity_links": "alias_entity, entity, rule, undone_at IS NULL",
    "entity_documents": "entity, document, mentions",
}

_PEOPLE = ["Maria Lopez", "John Okafor", "Ahmed Khan", "Elena Petrova", "Luis Ortega"]
_PLACES = ["Lagos", "Rotterdam", "Madrid", "Lyon", "Bogota"]
_GROUPS = ["Interpol", "Europol", "the FBI", "the Guardia Civil"]


def _write_inputs(folder: Path) -> None:
    rng = random.Random(SEED)
    folder.mkdir()
    for i in range(DOCUMENTS):
        person, place, group = rng.choice(_PEOPLE), rng.choice(_PLACES), rng.choice(_GROUPS)
        surname = person.split()[-1]
        text = (
            f"Report {i}: {group} arrested {person} in {place} on {i % 28 + 1} May 2021. "
            f"Prosecutors said {surname} laundered ${i + 2} million for a cartel.\n"
        )
        if i == 3:
            text = f"Report {i}: The Financial Action Task Force (FATF) grey-listed Panama.\n"
        elif i % 4 == 3:  # a bare "FATF": a corpus link to the body defined in report 3
            text = f"Report {i}: FATF inspectors arrived in {place} on Monday. FATF said little.\n"
        (folder / f"report-{i:03}.txt").write_text(text)


def _stored(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # no file or no table yet
        return 0


def _start_ingest(db: Path, folder: Path, workers: int) -> int:
    pid = os.fork()
    if pid == 0:  # the child: the CLI's ingest, output discarded
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1), os.dup2(null, 2)
            args = ["--db", str(db), "ingest", str(folder), "--workers", str(workers)]
            app([*args, "--no-progress"], prog_name="threadline")
        finally:
            os._exit(0)
    return pid


def _kill_after(pid: int, db: Path, target: int, jitter: float) -> bool:
    """SIGKILL ``pid`` once ``target`` documents are stored and ``jitter`` s have passed;
    False when it ended first."""
    deadline = time.monotonic() + 60
    while _stored(db) < target and time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return False
        time.sleep(0.005)
    time.sleep(jitter)
    if os.waitpid(pid, os.WNOHANG) != (0, 0):
        return False
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return True


def _rows(conn: sqlite3.Connection, table: str, columns: str) -> set[tuple[Any, ...]]:
    return set(conn.execute(f"SELECT {columns} FROM {table}"))  # names from the lists above


def _orphans(conn: sqlite3.Connection) -> dict[str, int]:
    found = {}
    for ref, target in REFERENCES:
        (table, column), (other, key) = ref.split("."), target.split(".")
        sql = (
            f'SELECT count(*) FROM {table} WHERE "{column}" IS NOT NULL AND "{column}"'
            f" NOT IN (SELECT {key} FROM {other})"
        )
        found[ref] = conn.execute(sql).fetchone()[0]
    return {ref: n for ref, n in found.items() if n}


def test_ingest_killed_20_times_loses_and_duplicates_nothing(
    tmp_path: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # small spaCy batches: documents are stored a few at a time, not 32 in a burst, so
    # each round stores a few and 20 rounds stop well short of the end on a fast machine
    monkeypatch.setenv("THREADLINE_BATCH_SIZE", "4")
    prepare(load())  # forked children start with the pipeline and resolution data loaded
    folder, db = tmp_path / "in", tmp_path / "killed.db"
    _write_inputs(folder)
    rng = random.Random(SEED)
    kills = {1: 0, 2: 0}
    for round_ in range(KILLS):
        workers = 2 if round_ % 5 == 2 else 1
        before = _stored(db)
        pid = _start_ingest(db, folder, workers)
        killed = _kill_after(pid, db, before + rng.randint(0, 3), rng.uniform(0, 0.005))
        assert killed, f"round {round_}: the ingest ended before it was killed"
        kills[workers] += 1
    assert kills == {1: 16, 2: 4}
    assert _stored(db) < DOCUMENTS  # the kills came before the end
    pid = _start_ingest(db, folder, 1)
    assert os.waitpid(pid, 0)[1] == 0

    reference = tmp_path / "reference.db"
    with open_store(str(reference)) as store:
        assert ingest_paths(store, [str(folder)], settings=load()).ingested == DOCUMENTS
    with closing(sqlite3.connect(db)) as conn, closing(sqlite3.connect(reference)) as ref:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        sources = [row[0] for row in conn.execute("SELECT source FROM documents")]
        assert len(sources) == len(set(sources)) == DOCUMENTS
        assert {Path(s).name for s in sources} == {p.name for p in folder.iterdir()}
        assert _orphans(conn) == {}
        for table, columns in FINDINGS.items():
            assert _rows(conn, table, columns) == _rows(ref, table, columns), table


def test_a_resumed_ingest_makes_the_links_a_killed_one_did_not(tmp_path: Path, nlp: Any) -> None:
    """Killed after its last document was stored but before the corpus links were made
    (one transaction, so none were): the next run stores nothing new, yet must link."""
    from threadline.pipeline import extract_and_resolve
    from threadline.store.documents import save_extraction

    folder = tmp_path / "in"
    _write_inputs(folder)
    paths = [str(folder)]
    with open_store(str(tmp_path / "reference.db")) as store:
        ingest_paths(store, paths, settings=load())
    with open_store(str(tmp_path / "killed.db")) as store:
        from threadline.ingest import iter_documents

        documents = [d for d in iter_documents(paths, settings=load()) if isinstance(d, Document)]
        for extraction in extract_and_resolve(documents, load()):  # stored, never linked
            save_extraction(store, extraction)
        assert ingest_paths(store, paths, settings=load()).ingested == 0
    reference = closing(sqlite3.connect(tmp_path / "reference.db"))
    resumed = closing(sqlite3.connect(tmp_path / "killed.db"))
    with reference as ref, resumed as conn:
        links = FINDINGS["entity_links"]
        assert _rows(ref, "entity_links", links)  # the inputs do call for links
        assert _rows(conn, "entity_links", links) == _rows(ref, "entity_links", links)
