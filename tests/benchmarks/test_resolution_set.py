"""The resolution evaluation set (benchmarks/resolution/) and its scorer."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


er = _load("eval_resolution")


def test_no_person_straddles_the_dev_and_test_halves() -> None:
    halves = [
        {json.loads(line)["cluster"] for line in (BENCHMARKS / "resolution" / f).open()}
        for f in ("dev.jsonl", "test.jsonl")
    ]
    assert halves[0] and halves[1] and not halves[0] & halves[1]


def test_both_halves_hold_names_in_other_scripts() -> None:
    for split in ("dev", "test"):
        names = [r["name"] for r in er.read_split(split)]
        assert any(not er.is_latin(n) for n in names)


def test_scorer_counts_pairs_against_the_gold_clusters() -> None:
    records = [
        {"cluster": "bout", "type": "Person", "name": "Viktor Bout"},
        {"cluster": "bout", "type": "Person", "name": "Виктор Бут"},
        {"cluster": "bout", "type": "Person", "name": "Victor Anatolyevich But"},
        {"cluster": "yellen", "type": "Person", "name": "Janet Yellen"},
    ]
    result = er.evaluate(records, 0.88)
    assert result["gold_pairs"] == 3 and result["names"] == 4
    assert result["merged_pairs"] >= 1 and result["precision"] == 1.0
    assert result["cross_script_pairs"] == 2


def test_stages_count_blocking_and_scoring_apart() -> None:
    stages = _load("resolution_stages").stages
    records = [
        {"cluster": "bout", "type": "Person", "name": "Виктор Бут"},
        {"cluster": "bout", "type": "Person", "name": "Viktor Bout"},
        {"cluster": "kony", "type": "Person", "name": "Joseph Kony"},
        {"cluster": "kony", "type": "Person", "name": "Josef Kony"},
        {"cluster": "kony", "type": "Person", "name": "Frank Smith"},
    ]
    result, examples = stages(records, 0.88, 5)
    assert result["cross"] == {
        "gold_pairs": 1,
        "blocking_recall": 1.0,
        "not_comparable": 0,
        "scored": 1,
        "scoring_recall": 1.0,
    }
    assert result["same"]["gold_pairs"] == 3 and result["same"]["blocking_recall"] == 0.333
    assert len(examples["not blocked"]) == 2
