"""Precision and recall of cross-document merges (rule match-v3) on the resolution set.

Every record of ``benchmarks/resolution/<split>.jsonl`` is one name as one story writes
it, an entity of its own (different names never share a key-based id here, so only
the cross-document rule can join them). The rule runs on the whole split exactly as
the corpus pass runs it (blocking, matcher, threshold, groups), and every two records
are a labelled pair: predicted same if the rule put them in one entity, gold same if
they share a cluster. Reports pairwise precision, recall and F1, recall on pairs across
scripts, and the number of pairs the matcher scored. Run from the repository root:

    python benchmarks/eval_resolution.py [--threshold 0.9] [--sweep]

``--sweep`` prints the dev split at several thresholds (to choose the default on dev
only); the test split is reported at the chosen threshold.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

from threadline.resolve.blocking import candidate_pairs
from threadline.resolve.comparable import is_latin
from threadline.resolve.crossdoc import MATCH_RULE, common_person_parts, match_entities, score
from threadline.settings import load

SET = Path(__file__).resolve().parent / "resolution"
SWEEP = (0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95)


def read_split(split: str) -> list[dict[str, str]]:
    with (SET / f"{split}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(records: list[dict[str, str]], threshold: float) -> dict[str, float | int]:
    """Pairwise scores of the rule's merges against the gold clusters."""
    rows = [(str(i), r["type"], r["name"]) for i, r in enumerate(records)]
    started = time.perf_counter()
    links = match_entities(rows, threshold=threshold)
    seconds = time.perf_counter() - started
    entity = {id_: links[id_].entity if id_ in links else id_ for id_, _, _ in rows}
    tp = fp = fn = cross_gold = cross_found = 0
    for (a, ra), (b, rb) in combinations(enumerate(records), 2):
        gold = ra["cluster"] == rb["cluster"]
        found = entity[str(a)] == entity[str(b)]
        tp += gold and found
        fp += found and not gold
        fn += gold and not found
        if gold and is_latin(ra["name"]) != is_latin(rb["name"]):
            cross_gold += 1
            cross_found += found
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "names": len(records),
        "gold_pairs": tp + fn,
        "merged_pairs": tp + fp,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "cross_script_recall": round(cross_found / cross_gold, 3) if cross_gold else 1.0,
        "cross_script_pairs": cross_gold,
        "scored_pairs": len(candidate_pairs(rows)),
        "seconds": round(seconds, 2),
    }


def wrong_merges(records: list[dict[str, str]], threshold: float, limit: int = 10) -> list[str]:
    """Examples of merges across clusters, to read (dev only when tuning)."""
    rows = [(str(i), r["type"], r["name"]) for i, r in enumerate(records)]
    links = match_entities(rows, threshold=threshold)
    common = common_person_parts(rows)
    found = []
    for alias, link in links.items():
        a, b = records[int(alias)], records[int(link.entity)]
        if a["cluster"] != b["cluster"]:
            result = score((a["type"], a["name"]), (b["type"], b["name"]), common)
            found.append(f"{a['name']!r} → {b['name']!r} ({result.score}, {result.algorithm})")
    return found[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=load().resolve_threshold)
    parser.add_argument("--sweep", action="store_true", help="dev split at several thresholds")
    parser.add_argument("--errors", action="store_true", help="print wrong merges on dev")
    args = parser.parse_args()
    dev = read_split("dev")
    if args.sweep:
        for threshold in SWEEP:
            print(json.dumps({"split": "dev", "threshold": threshold, **evaluate(dev, threshold)}))
    if args.errors:
        for line in wrong_merges(dev, args.threshold):
            print("wrong merge:", line)
    types = Counter(r["type"] for r in dev)
    print(f"rule {MATCH_RULE}, threshold {args.threshold}, dev types {dict(types)}")
    for split in ("dev", "test"):
        result = evaluate(read_split(split), args.threshold)
        print(json.dumps({"split": split, "threshold": args.threshold, **result}))


if __name__ == "__main__":
    main()
