"""Where cross-document recall is lost: blocking, the comparability rules, or the score.

For every same-person (gold) pair of a split of the resolution set, counts whether
blocking makes it a candidate (*blocking recall*), whether the comparability rules let
it be scored, and whether the matcher's score reaches the threshold (*scoring recall*,
of the pairs that were scored). Pairs across scripts are counted apart. Also prints the
share of all pairs that blocking sends to the matcher. Use the dev split when designing
rules. Run from the repository root:

    python benchmarks/resolution_stages.py [--split dev] [--threshold 0.88] [--misses 20]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from itertools import combinations

from eval_resolution import read_split
from threadline.resolve.blocking import candidate_pairs
from threadline.resolve.comparable import comparable, is_latin
from threadline.resolve.crossdoc import common_person_parts, score
from threadline.settings import load


def stages(
    records: list[dict[str, str]], threshold: float, misses: int
) -> tuple[dict[str, object], dict[str, list[str]]]:
    """Counts per stage for gold pairs in one script and across scripts; lost examples."""
    rows = [(str(i), r["type"], r["name"]) for i, r in enumerate(records)]
    blocked = set(candidate_pairs(rows))
    common = common_person_parts(rows)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {"not blocked": [], "not comparable": [], "low score": []}
    for (a, ra), (b, rb) in combinations(enumerate(records), 2):
        if ra["cluster"] != rb["cluster"]:
            continue
        kind = "cross" if is_latin(ra["name"]) != is_latin(rb["name"]) else "same"
        counts[f"{kind}:gold"] += 1
        pair = (min(str(a), str(b)), max(str(a), str(b)))
        left, right = (ra["type"], ra["name"]), (rb["type"], rb["name"])
        if pair not in blocked:
            stage = "not blocked"
        elif not comparable(left, right):
            stage = "not comparable"
        else:
            counts[f"{kind}:scored"] += 1
            value = score(left, right, common).score
            if value >= threshold:
                counts[f"{kind}:passed"] += 1
                continue
            stage = "low score"
        counts[f"{kind}:{stage}"] += 1
        if len(examples[stage]) < misses:
            examples[stage].append(f"{ra['name']!r} / {rb['name']!r}")
    result: dict[str, object] = {"names": len(records)}
    for kind in ("same", "cross"):
        gold = counts[f"{kind}:gold"]
        blocked_gold = gold - counts[f"{kind}:not blocked"]
        result[kind] = {
            "gold_pairs": gold,
            "blocking_recall": round(blocked_gold / gold, 3) if gold else 1.0,
            "not_comparable": counts[f"{kind}:not comparable"],
            "scored": counts[f"{kind}:scored"],
            "scoring_recall": round(counts[f"{kind}:passed"] / counts[f"{kind}:scored"], 3)
            if counts[f"{kind}:scored"]
            else 1.0,
        }
    total = len(records) * (len(records) - 1) // 2
    result["candidate_pairs"] = len(blocked)
    result["share_of_all_pairs"] = round(len(blocked) / total, 5)
    return result, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--threshold", type=float, default=load().resolve_threshold)
    parser.add_argument("--misses", type=int, default=0, help="examples of lost pairs")
    args = parser.parse_args()
    result, examples = stages(read_split(args.split), args.threshold, args.misses)
    print(json.dumps({"split": args.split, "threshold": args.threshold, **result}))
    for stage, lines in examples.items():
        for line in lines:
            print(f"{stage}: {line}")


if __name__ == "__main__":
    main()
