"""Every score and explanation the name-matching algorithms give on a fixed set of pairs,
as JSON, so that speed work can show it changed none of them: run it on two versions of
the code and compare the files.

    PYTHONPATH=src python benchmarks/dump_name_outputs.py after.json
    PYTHONPATH=/path/to/old/src python benchmarks/dump_name_outputs.py before.json
    cmp before.json after.json

Algorithms: every selectable one (``ALGORITHMS``), or those named after the file
(``dump_name_outputs.py out.json tl-name-v1 tl-name-v2.1``).

Pairs: the recorded pairs of ``tests/fixtures/matching/scores.csv``, and, when
``../shared/data/names`` is present, every two of the Putin spellings and UN-listed
names as written against their treated forms (this and the next one's); each under the
schemata Person, Organization and none, through ``compare_names`` (score and features).
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import sys
from pathlib import Path

from threadline.matching import ALGORITHMS, compare_names

ROOT = Path(__file__).resolve().parent.parent
NAMES = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data")) / "names"


def pairs() -> list[tuple[str, str]]:
    with (ROOT / "tests" / "fixtures" / "matching" / "scores.csv").open(encoding="utf-8") as f:
        out = [(row["name1"], row["name2"]) for row in csv.DictReader(f)]
    if not NAMES.is_dir():
        return out
    with (NAMES / "nomenklatura_putin_names.txt").open(encoding="utf-8") as f:
        putin = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    out += list(itertools.combinations(putin, 2))
    with (
        (NAMES / "yente_positives_un_treated.csv").open(encoding="utf-8") as a,
        (NAMES / "yente_positives_un_untreated.csv").open(encoding="utf-8") as b,
    ):
        treated = [row["full_name"] for row in csv.DictReader(a)][:400]
        untreated = [row["full_name"] for row in csv.DictReader(b)][:400]
    out += list(zip(treated, untreated, strict=False))
    out += list(zip(treated, untreated[1:], strict=False))
    return out


def outputs(left: str, right: str, algorithms: tuple[str, ...]) -> list[object]:
    """Score and features of each algorithm under three schemata (or the error)."""
    out: list[object] = []
    for algorithm in algorithms:
        for schema in ("Person", "Organization", None):
            try:
                result = compare_names(
                    left, right, left_schema=schema, right_schema=schema, algorithm=algorithm
                )
            except Exception as exc:  # noqa: BLE001 - a rejected name is an output too
                out.append(repr(exc))
                continue
            features = [[f.name, f.score, f.weight, f.explanation] for f in result.features]
            out.append([result.score, features])
    return out


def main() -> None:
    chosen = pairs()
    algorithms = tuple(sys.argv[2:]) or ALGORITHMS
    data = [[left, right, outputs(left, right, algorithms)] for left, right in chosen]
    Path(sys.argv[1]).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    count = len(chosen) * 3 * len(algorithms)
    print(
        f"{len(chosen)} pairs, {count} outputs of {', '.join(algorithms)} written to {sys.argv[1]}"
    )


if __name__ == "__main__":
    main()
