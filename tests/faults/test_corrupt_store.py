"""Issue 14 faults #8: a damaged store gives one clear error for every command."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from threadline.cli import app
from threadline.model import Document, Extraction
from threadline.store import open_store
from threadline.store.documents import save_extraction


def _damaged_store(tmp_path: Path) -> Path:
    db = tmp_path / "t.db"
    with open_store(str(db)) as store:
        for i in range(200):
            text = f"Report {i}: Interpol arrested broker {i} in Lyon. " * 20
            save_extraction(store, Extraction(Document(text=text, source=f"{i}.txt")))
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 7 * page):  # leave the header intact
        data[offset : offset + page] = b"\xa5" * page
    db.write_bytes(bytes(data))
    return db


@pytest.mark.parametrize(
    "args", [["documents"], ["search", "Interpol"], ["entities"], ["ingest", "-"]]
)
def test_damaged_store_is_one_clear_error(tmp_path: Path, args: list[str]) -> None:
    db = _damaged_store(tmp_path)
    result = CliRunner().invoke(app, ["--db", str(db), *args], input="Some new text.\n")
    assert result.exit_code == 2, result.output
    assert "is damaged" in result.output and "Traceback" not in result.output


def test_a_store_checked_clean_and_then_damaged_is_checked_again(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with open_store(str(db)) as store:
        save_extraction(store, Extraction(Document(text="Interpol met.", source="a.txt")))
    with open_store(str(db)):
        pass  # a clean check is remembered beside the file
    assert (tmp_path / "t.db.checked").exists()
    damaged = _damaged_store(tmp_path)  # the same file, written again and damaged
    result = CliRunner().invoke(app, ["--db", str(damaged), "documents"])
    assert result.exit_code == 2 and "is damaged" in result.output
