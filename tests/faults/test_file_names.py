"""Issue 14 faults #1: a file name with invalid UTF-8 never aborts an ingest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from threadline.ingest.printable import printable

CLI = "from threadline.cli import main; main()"


def test_printable_escapes_undecodable_bytes() -> None:
    name = os.fsdecode(b"bad\xffname.txt")
    assert printable(name) == "bad\\xffname.txt"
    assert printable("ok é.txt") == "ok é.txt"
    assert printable("lone \ud800") == "lone \\ud800"


def test_ingest_stores_files_whose_names_are_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = b"Interpol arrested a broker in Lyon on Monday, officials said.\n"
    with open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), "wb") as out:
        out.write(text)
    with open(os.path.join(os.fsencode(folder), b"empty\xfe.txt"), "wb") as out:
        out.write(b"")  # fails: its name appears in the JSON report
    (folder / "good.txt").write_bytes(b"Viktor Bout was extradited to the United States.\n")
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": src}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from threadline.cli import main; main()",
            "--db",
            str(tmp_path / "t.db"),
            "ingest",
        ]
        + [str(folder), "--format", "json"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    report = json.loads(done.stdout.decode("utf-8"))  # strict: no raw 0xFF byte
    assert report["ingested"] == 2, done.stderr.decode("utf-8", "replace")
    assert [f["path"].endswith("empty\\xfe.txt") for f in report["failed"]] == [True]
