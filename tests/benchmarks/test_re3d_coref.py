"""Pronoun/nominal gold in re3d (benchmarks/re3d_coref.py): classification and scoring."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("re3d_coref", BENCHMARKS / "re3d_coref.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["re3d_coref"] = module
    spec.loader.exec_module(module)
    return module


rc = _load()


def test_kind_of_tells_pronouns_and_descriptions_from_names() -> None:
    assert rc.kind_of("He") == "pronoun"
    assert rc.kind_of("their") == "pronoun"
    assert rc.kind_of("our Syrian partners") == "nominal"
    assert rc.kind_of("The CJTF-OIR commanding general") == "nominal"
    assert rc.kind_of("the Islamic State of Iraq and the Levant") is None
    assert rc.kind_of("Ash Carter") is None


def test_score_counts_coverage_and_right_links() -> None:
    gold = [
        rc.Description("d", 0, 2, "pronoun"),
        rc.Description("d", 10, 30, "nominal", link=(40, 52)),
        rc.Description("d", 60, 63, "pronoun"),
    ]
    predicted = {"d": [(0, 2, (100, 110)), (14, 30, (40, 52))]}
    counts = rc.score(gold, predicted)
    assert counts["pronoun gold"] == 2 and counts["pronoun covered"] == 1
    assert counts["nominal gold"] == 1 and counts["nominal covered"] == 1
    assert (counts["linked_gold"], counts["linked_right"]) == (1, 1)
    wrong = rc.score(gold, {"d": [(14, 30, (0, 2))]})
    assert (wrong["linked_gold"], wrong["linked_right"]) == (1, 0)


def test_re3d_gold_has_pronouns_and_linked_nominals(shared_data: Path) -> None:
    found = rc.load_descriptions(shared_data / "re3d" / "uk-government")
    kinds = {d.kind for d in found}
    assert kinds == {"pronoun", "nominal"}
    assert any(d.link is not None for d in found)
