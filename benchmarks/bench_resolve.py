"""Speed of the cross-document rule (match-v3): blocking against scoring every pair.

    PYTHONPATH=src python benchmarks/bench_resolve.py [--baseline 600] [--sizes 1000 5000 20000]

Names: synthetic people on no list, from many cultures and scripts (yente's negatives in
../shared/data/names, or $THREADLINE_SHARED_DATA/names; every name a different person).
Measured in one run:

* baseline: the same rule with every pair of ``--baseline`` names scored (no blocking),
  against the rule as shipped on the same names: the ratio of the two times, and
  whether both make the same links;
* scaling: the time of one pass (blocking, scoring, groups) at each of ``--sizes``, the
  pairs scored, and the links made (each one a wrong merge of two different people).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import time
from itertools import combinations
from pathlib import Path

from threadline.resolve import blocking, entity_key
from threadline.resolve.crossdoc import match_entities

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data")) / "names"
THRESHOLD = 0.88


def read_names(count: int) -> list[tuple[str, str, str]]:
    """The first ``count`` distinct names (two people of one normalized name would share
    an entity key in threadline, so only the first is kept)."""
    rows, keys = [], set()
    with (DATA / "yente_negatives_global.csv").open(encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            key = entity_key("Person", row["full_name"])
            if len(rows) >= count:
                break
            if key not in keys:
                keys.add(key)
                rows.append((str(i), "Person", row["full_name"]))
    return rows


def timed(rows: list[tuple[str, str, str]], *, every_pair: bool = False) -> tuple[float, set[str]]:
    """Seconds for one pass of the rule, and the entities it links. ``every_pair``: no
    blocking, every pair scored (the quadratic baseline)."""
    started = time.perf_counter()
    pairs = list(combinations(sorted(r[0] for r in rows), 2)) if every_pair else None
    links = match_entities(rows, threshold=THRESHOLD, pairs=pairs)
    return time.perf_counter() - started, set(links)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=int, default=600)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    rows = read_names(max([args.baseline, *args.sizes]))
    sample = rows[: args.baseline]
    base_s, base_links = timed(sample, every_pair=True)
    ours_s, our_links = timed(sample)
    print(
        json.dumps(
            {
                "names": len(sample),
                "all_pairs": len(sample) * (len(sample) - 1) // 2,
                "all_pairs_s": round(base_s, 2),
                "blocked_pairs": len(blocking.candidate_pairs(sample)),
                "blocked_s": round(ours_s, 3),
                "speed_ratio": round(base_s / ours_s, 1),
                "links_all_pairs": len(base_links),
                "links_blocked": len(our_links),
                "links_missed_by_blocking": len(base_links - our_links),
            }
        )
    )
    for size in args.sizes:
        seconds, links = timed(rows[:size])
        pairs = len(blocking.candidate_pairs(rows[:size]))
        print(
            json.dumps({"names": size, "pairs": pairs, "s": round(seconds, 2), "links": len(links)})
        )


if __name__ == "__main__":
    main()
