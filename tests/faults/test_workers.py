"""Issue 14 faults #4: extraction workers exit when the ingest process is killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from threadline.errors import StoreError
from threadline.store import open_store
from threadline.store.documents import count_documents

CLI = "from threadline.cli import main; main()"


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(600):
        (folder / f"d{i:03}.txt").write_text(f"Report {i}: Interpol arrested a broker in Lyon.\n")
    db = tmp_path / "t.db"
    src = str(Path(__file__).resolve().parents[2] / "src")
    process = subprocess.Popen(
        [sys.executable, "-c", CLI, "--db", str(db), "ingest", str(folder), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": src},
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:  # wait until workers have stored something
        time.sleep(0.3)
        if db.exists():
            try:  # the ingest may still be creating the tables
                with open_store(str(db), readonly=True) as store:
                    if count_documents(store) > 0:
                        break
            except (StoreError, sqlite3.Error):
                continue
    children = _children(process.pid)
    assert children, "the ingest started no worker processes"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(_alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [c for c in children if _alive(c)]
    for pid in left:  # clean up before failing
        os.kill(pid, signal.SIGKILL)
    assert left == []
