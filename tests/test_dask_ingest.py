"""Ingest on a Dask LocalCluster of 2 workers: same results as a local ingest, failures
reported, resume, and a worker killed mid-task loses nothing."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.backends import fresh_db_url
from threadline import cluster
from threadline.cli import app
from threadline.errors import UsageError
from threadline.pipeline import ingest_paths
from threadline.settings import load
from threadline.store import Store, open_store
from threadline.store.documents import list_documents

pytest.importorskip("distributed", reason="needs the dask extra: pip install 'threadline[dask]'")

NAMES = ["Viktor Bout", "Janet Yellen", "Joaquin Guzman", "Ovidio Guzman", "Rafael Caro Quintero"]


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        text = (
            f"Case {i}: {name} was arrested in Lyon by Interpol on charge {i}. "
            f"Prosecutors said {name.split()[-1]} had laundered money for the Sinaloa Cartel."
        )
        (folder / f"case-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def dask_db(store: Store, tmp_path: Path) -> Iterator[str]:
    """A second, empty store on the same backend as ``store``, for the Dask ingest."""
    with fresh_db_url(store.backend, tmp_path, "dask.db") as url:
        yield url


def _stored(store: Store) -> list[str]:
    return sorted(d["source"] for d in list_documents(store))


def test_local_cluster_ingest_matches_local_ingest_and_resumes(
    tmp_path: Path, store: Store, dask_db: str
) -> None:
    folder = _corpus(tmp_path / "corpus", 12)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    db = dask_db
    runner = CliRunner()
    args = ["--db", db, "ingest", str(folder), "--scheduler", "local:2", "--format", "json"]
    first = runner.invoke(app, args)
    report = json.loads(first.stdout)
    assert first.exit_code == 1
    assert report["ingested"] == 12
    assert [f["path"] for f in report["failed"]] == [str(folder / "broken.txt")]

    local = ingest_paths(store, [str(folder)], settings=load())
    assert local.ingested == 12
    with open_store(db) as dask_store:
        assert _stored(dask_store) == _stored(store)
        assert (
            dask_store.query_one("SELECT count(*) AS n FROM mentions")["n"]
            == (store.query_one("SELECT count(*) AS n FROM mentions")["n"])
        )

    again = json.loads(runner.invoke(app, args).stdout)
    assert again["ingested"] == 0
    assert again["duplicates"] == 12


def test_worker_killed_mid_task_loses_nothing(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import default_client

    folder = _corpus(tmp_path / "corpus", 40)
    monkeypatch.setattr(cluster, "CHUNK", 2)  # many small tasks, so some are in flight
    killed: list[int] = []

    def kill_a_busy_worker(event: str, path: str) -> None:
        if killed or event != "ingested":
            return
        client = default_client()
        busy = [address for address, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    report = ingest_paths(
        store,
        [str(folder)],
        settings=load(),
        scheduler="local:2",
        progress=kill_a_busy_worker,
    )
    assert killed, "no worker was busy when the first document came back"
    assert report.failed == []
    assert report.ingested == 40
    assert len(_stored(store)) == 40
    assert len(set(_stored(store))) == 40


def test_scheduler_address_is_checked() -> None:
    assert cluster.parse_scheduler("local:3") == ("local", 3)
    assert cluster.parse_scheduler("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    for wrong in ("local:0", "local:x", "10.0.0.5:8786", "postgresql://x"):
        with pytest.raises(UsageError):
            cluster.parse_scheduler(wrong)
