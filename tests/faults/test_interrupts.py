"""Issue 14 faults #7 and #9: Ctrl-C and a full disk end ingest with one clear line."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from threadline.cli.interrupts import EXIT_INTERRUPTED, is_disk_full
from threadline.errors import StoreError
from threadline.store import open_store
from threadline.store.documents import count_documents

CLI = "from threadline.cli import main; main()"


def test_disk_full_is_recognised_through_wrapping_errors() -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as exc:
            raise StoreError("query failed: database or disk is full") from exc
    except StoreError as wrapped:
        assert is_disk_full(wrapped)
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))


def test_ctrl_c_prints_a_summary_and_exits_130(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        (folder / f"d{i:03}.txt").write_text(
            f"Report {i}: Interpol arrested broker number {i} in Lyon on Monday.\n"
        )
    db = tmp_path / "t.db"
    src = str(Path(__file__).resolve().parents[2] / "src")
    process = subprocess.Popen(
        [sys.executable, "-c", CLI, "--db", str(db), "ingest", str(folder), "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": src},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until documents are being stored
        time.sleep(0.3)
        if db.exists():
            with open_store(str(db), readonly=True) as store:
                if count_documents(store) > 0:
                    break
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    message = " ".join(stderr.decode("utf-8", "replace").split())
    assert process.returncode == EXIT_INTERRUPTED, message
    assert "new documents were stored" in message and "Re-run the same command" in message
    assert "Traceback" not in message
