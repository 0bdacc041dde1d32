"""Name-pair evaluation: precision, recall and F1 of tl-name-v1, tl-name-v2, tl-name-v2.1
and nomenklatura's logic-v2, in the same run, at threshold 0.7 (the default of all).

    python benchmarks/eval_names.py            # prints a Markdown table
    python benchmarks/eval_names.py --json out.json
    python benchmarks/eval_names.py --speed    # warm pairs/s of each matcher

``THREADLINE_SHARED_DATA`` points at the shared data folder when it is not ../shared/data.

Pair sets, each cut into dev and test halves by a hash of the pair (seed below); rules
are written looking at dev only:

- ``name_bench``: nomenklatura's ``contrib/name_bench/cases.csv`` (MIT, copied to
  ``benchmarks/name_bench``);
- ``own``: threadline's hand-labelled pairs ``benchmarks/name_bench/own_pairs.csv``
  (the examples of issue 11 and one pair per v2 rule);
- ``shared``: built from ``../shared/data/names`` when present (skipped otherwise): the
  watchman cross-script pairs (positives), each UN-listed name as written against its
  perturbed form (positives), and pairs of different UN-listed people sharing a name
  token (hard negatives).

logic-v2 needs ``pip install -e '.[bench]'`` (nomenklatura); without it its column is empty.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from threadline.matching import ALGORITHMS, compare_names

ROOT = Path(__file__).resolve().parent
SHARED = (
    Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent.parent / "shared" / "data")) / "names"
)
THRESHOLD = 0.7
SEED = "threadline-names-1"
Case = tuple[str, str, str, bool]  # schema, name1, name2, is_match


def split_of(case: Case) -> str:
    """'dev' or 'test', by a seeded hash of the pair (stable across runs)."""
    digest = hashlib.sha1(f"{SEED}|{case[1]}|{case[2]}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def load_csv(path: Path, schema_col: str = "schema") -> list[Case]:
    with path.open(encoding="utf-8") as handle:
        return [
            (row[schema_col], row["name1"], row["name2"], row["is_match"].lower() == "true")
            for row in csv.DictReader(handle)
        ]


def shared_cases() -> list[Case]:
    """Pairs built from ../shared/data/names (empty when it is absent)."""
    if not SHARED.is_dir():
        print(f"skipping the shared pairs: {SHARED} is absent")
        return []
    cases: list[Case] = []
    with (SHARED / "watchman_cross_script_pairs.csv").open(encoding="utf-8") as handle:
        for row in csv.reader(line for line in handle if line.strip() and line[0] != "#"):
            if len(row) >= 2 and row[0] != "Query":
                cases.append(("Person", row[0], row[1], True))
    names = []
    with (
        (SHARED / "yente_positives_un_untreated.csv").open(encoding="utf-8") as a,
        (SHARED / "yente_positives_un_treated.csv").open(encoding="utf-8") as b,
    ):
        for left, right in zip(csv.DictReader(a), csv.DictReader(b), strict=False):
            cases.append(("Person", left["full_name"], right["full_name"], True))
            names.append(left["full_name"])
    by_token: dict[str, list[str]] = {}
    for name in names:
        for token in {t for t in name.lower().replace(",", " ").split() if len(t) > 3}:
            by_token.setdefault(token, []).append(name)
    seen: set[tuple[str, str]] = set()
    for group in by_token.values():
        for left, right in zip(group, group[1:], strict=False):
            if left != right and (left, right) not in seen:
                seen.add((left, right))
                cases.append(("Person", left, right, False))
    return cases


def scorers() -> dict[str, Callable[[str, str, str], float]]:
    out: dict[str, Callable[[str, str, str], float]] = {
        alg: (
            lambda a, b, s, alg=alg: (
                compare_names(a, b, left_schema=s, right_schema=s, algorithm=alg).score
            )
        )
        for alg in ALGORITHMS
    }
    try:
        out["logic-v2"] = logic_v2()
    except ImportError:
        print("nomenklatura is not installed: no logic-v2 column (pip install -e '.[bench]')")
    return out


def logic_v2() -> Callable[[str, str, str], float]:
    from followthemoney import ValueEntity, model
    from nomenklatura.matching.logic_v2.model import LogicV2

    config = LogicV2.default_config()
    # Fresh ids per pair: logic-v2 caches name analysis by entity id.
    ids = itertools.count()

    def score(name1: str, name2: str, schema: str) -> float:
        kind = model.get(schema) or model.get("LegalEntity")
        left = ValueEntity(kind, {"id": f"q{next(ids)}"})
        left.add("name", name1)
        right = ValueEntity(kind, {"id": f"c{next(ids)}"})
        right.add("name", name2)
        return float(LogicV2.compare(left, right, config).score)

    return score


def prf(results: list[tuple[bool, bool]]) -> dict[str, float]:
    tp = sum(1 for gold, got in results if gold and got)
    fp = sum(1 for gold, got in results if got and not gold)
    fn = sum(1 for gold, got in results if gold and not got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": len(results)}


def _score_safely(scorer: Callable[[str, str, str], float], case: Case) -> float:
    try:
        return scorer(case[1], case[2], case[0])
    except Exception:  # noqa: BLE001 - a name a matcher rejects counts as no match
        return 0.0


def evaluate() -> dict[str, dict[str, dict[str, float]]]:
    sets = {
        "name_bench": load_csv(ROOT / "name_bench" / "cases.csv"),
        "own": load_csv(ROOT / "name_bench" / "own_pairs.csv"),
        "shared": shared_cases(),
    }
    report: dict[str, dict[str, dict[str, float]]] = {}
    for method, scorer in scorers().items():
        started = time.process_time()
        for set_name, cases in sets.items():
            for split in ("dev", "test"):
                chosen = [c for c in cases if split_of(c) == split]
                got = [(c[3], _score_safely(scorer, c) >= THRESHOLD) for c in chosen]
                report.setdefault(f"{set_name} {split}", {})[method] = prf(got)
        report.setdefault("cpu seconds", {})[method] = {"s": time.process_time() - started}
    return report


def markdown(report: dict[str, dict[str, dict[str, float]]]) -> str:
    methods = list(report["cpu seconds"])
    lines = ["| pairs | n | " + " | ".join(f"{m} P / R / F1" for m in methods) + " |"]
    lines.append("|---" * (len(methods) + 2) + "|")
    for key, row in report.items():
        if key == "cpu seconds":
            continue
        n = int(next(iter(row.values()))["n"])
        cells = [f"{row[m]['p']:.3f} / {row[m]['r']:.3f} / **{row[m]['f1']:.3f}**" for m in methods]
        lines.append(f"| {key} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def speed() -> dict[str, float]:
    """Warm pairs/s (process CPU time) of each matcher on the name_bench pairs: one
    warm-up pass, then three timed passes (one for logic-v2, which is slower). The
    threadline matchers are timed through ``compare_names``: the score and the
    explanation of every feature, as logic-v2 gives them."""
    cases = load_csv(ROOT / "name_bench" / "cases.csv")
    out: dict[str, float] = {}
    for name, scorer in scorers().items():
        for case in cases:
            _score_safely(scorer, case)
        passes = 1 if name == "logic-v2" else 3
        started = time.process_time()
        for _ in range(passes):
            for case in cases:
                _score_safely(scorer, case)
        out[name] = len(cases) * passes / (time.process_time() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--speed", action="store_true", help="measure warm pairs/s instead")
    args = parser.parse_args()
    if args.speed:
        rates = speed()
        print({name: round(rate) for name, rate in rates.items()}, "warm pairs/s (CPU)")
        if "logic-v2" in rates:
            ratios = {name: rate / rates["logic-v2"] for name, rate in rates.items()}
            print({name: f"{ratio:.1f}x" for name, ratio in ratios.items()}, "of logic-v2")
        return
    report = evaluate()
    print(markdown(report))
    print({m: round(v["s"], 1) for m, v in report["cpu seconds"].items()}, "CPU s per method")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
