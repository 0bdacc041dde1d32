"""benchmarks/dump_extractions.py's comparison of two dumps (no spaCy needed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load() -> Any:
    spec = importlib.util.spec_from_file_location(
        "dump_extractions", BENCHMARKS / "dump_extractions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dump = _load()


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
    return path


def _record(source: str, mentions: list[str]) -> dict[str, Any]:
    return {"document": {"source": source}, "mentions": mentions}


def test_identical_dumps_differ_nowhere(tmp_path: Path) -> None:
    records = [_record("a.txt", ["Cali"]), _record("b.txt", ["Yellen"])]
    before = _write(tmp_path / "before.jsonl", records)
    after = _write(tmp_path / "after.jsonl", records)
    assert dump.compare(before, after) == []


def test_compare_names_the_document_whose_extraction_changed(tmp_path: Path) -> None:
    before = _write(tmp_path / "before.jsonl", [_record("a.txt", ["Cali"]), _record("b.txt", [])])
    after = _write(tmp_path / "after.jsonl", [_record("a.txt", ["Cali "]), _record("b.txt", [])])
    assert dump.compare(before, after) == ["a.txt"]


def test_compare_counts_a_missing_document(tmp_path: Path) -> None:
    before = _write(tmp_path / "before.jsonl", [_record("a.txt", []), _record("b.txt", [])])
    after = _write(tmp_path / "after.jsonl", [_record("a.txt", [])])
    assert dump.compare(before, after) == ["b.txt"]
