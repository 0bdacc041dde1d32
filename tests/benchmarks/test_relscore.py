"""The press-release relation scorer (benchmarks/relscore.py): gold files and matching.

The scorer lives outside the package, so it is loaded from its file; it needs no spaCy.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _load() -> Any:
    if str(ROOT / "benchmarks") not in sys.path:  # relscore imports eventgold
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("relscore", ROOT / "benchmarks" / "relscore.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["relscore"] = module
    spec.loader.exec_module(module)
    return module


relscore = _load()
DOC = {
    "id": "t",
    "text": "U.S. Attorney Damon Rivers met Ivan Petrov. Rivers works in Miami.",
    "relations": [
        {"type": "holds_role", "source": "Damon Rivers", "target": "United States"},
        {"type": "met", "source": "Damon Rivers", "target": "Ivan Petrov"},
    ],
    "persons": ["Damon Rivers", "Ivan Petrov"],
}


def test_every_gold_file_is_consistent() -> None:
    dev, test = relscore.load_gold("dev"), relscore.load_gold("test")
    assert len(dev) == 15 and len(test) == 18
    problems = {d["id"]: relscore.validate(d) for d in dev + test}
    assert not any(problems.values()), problems


def test_validation_finds_a_name_not_in_the_text() -> None:
    doc = {**DOC, "relations": [{"type": "met", "source": "Rivers", "target": "Jane Roe"}]}
    assert relscore.validate(doc) == ["relation 0: 'Jane Roe' not in the text"]


def test_a_symmetric_type_matches_either_order() -> None:
    gold = ("met", "Damon Rivers", "Ivan Petrov")
    assert relscore.joins(("met", "Petrov", "Rivers"), gold, DOC)
    assert not relscore.joins(("arrested", "Petrov", "Rivers"), ("arrested", *gold[1:]), DOC)


def test_a_spelling_among_several_may_match() -> None:
    gold = ("holds_role", "Damon Rivers", "United States")
    assert relscore.joins(("holds_role", "Damon Rivers", "USA | U.S."), gold, DOC)
    assert not relscore.joins(("holds_role", "Damon Rivers", "Miami"), gold, DOC)


def test_scores_count_types_and_untyped_pairs() -> None:
    scores = relscore.Scores()
    scores.add(DOC, [("leads", "Rivers", "U.S."), ("met", "Ivan Petrov", "Damon Rivers")])
    assert scores.total(scores.right) == 1 and scores.total(scores.pred) == 2
    assert scores.right[relscore.ANY] == 2 and scores.found[relscore.ANY] == 2
    assert scores.found["holds_role"] == 0
