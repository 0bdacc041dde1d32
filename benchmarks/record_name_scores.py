"""Write ``tests/fixtures/matching/scores.csv``: the scores of every selectable algorithm
(tl-name-v1, tl-name-v2, tl-name-v2.1) on the name_bench and own pairs, which
``tests/test_matching_scores.py`` holds them to.

    PYTHONPATH=src python benchmarks/record_name_scores.py

Run it only when a new algorithm is added: a change that alters an algorithm's scores
is a new version (its recorded column must not change).
"""

from __future__ import annotations

import csv
from pathlib import Path

from threadline.matching import ALGORITHMS, compare_names

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("cases.csv", "own_pairs.csv")


def main() -> None:
    rows = []
    for source in SOURCES:
        with (ROOT / "benchmarks" / "name_bench" / source).open(encoding="utf-8") as handle:
            rows += [(r["schema"], r["name1"], r["name2"]) for r in csv.DictReader(handle)]
    target = ROOT / "tests" / "fixtures" / "matching" / "scores.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["schema", "name1", "name2", *ALGORITHMS])
        for schema, left, right in rows:
            scores = [
                repr(
                    compare_names(
                        left, right, left_schema=schema, right_schema=schema, algorithm=a
                    ).score
                )
                for a in ALGORITHMS
            ]
            out.writerow([schema, left, right, *scores])
    print(f"wrote {len(rows)} pairs to {target}")


if __name__ == "__main__":
    main()
