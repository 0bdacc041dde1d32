"""Relation extraction quality on the re3d development set: rules vs sentence co-mention.

    python benchmarks/eval_relations.py             # writes docs/evaluation-relations.md
    python benchmarks/eval_relations.py --no-write  # prints only

Both systems run in the same process on the same texts and the same mentions (threadline's
extraction pipeline): the dependency rules of ``threadline.extract.relations`` and the
``cooccurrence-v1`` baseline (every two actor mentions in a sentence).

Scoring. re3d relations link two annotated spans. A predicted relation matches a gold one
when its two mentions overlap the gold source and target spans (in either order: re3d
stores symmetric relations twice and several of our types are symmetric) and, for typed
scores, its type maps to the gold type (``MAPPING``). Gold relations are deduplicated by
(document, type, unordered pair of spans), predictions by (document, mapped type,
unordered pair of mention spans). The baseline has no types: its *untyped* scores count a
pair as right when any gold relation joins it; its per-type precision is what it would get
by labelling every pair with that type, and its per-type recall is the share of gold
relations of that type whose ends are co-mentioned in one sentence.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from threadline import model
from threadline.extract.extraction import extract_document
from threadline.extract.pipeline import load_pipeline
from threadline.extract.relations import co_mentions
from threadline.settings import load

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SUBSETS = ("centcom", "uk-government", "australian-dfat", "wikipedia")
COMMAND = "python benchmarks/eval_relations.py"

#: threadline relation type → re3d gold type, where the meanings correspond.
MAPPING = {
    "met": "CommWith",
    "spoke_with": "CommWith",
    "agreed_with": "CommWith",
    "cooperated_with": "AlliesOf",
    "funded": "AlliesOf",
    "attacked": "FightingAgainst",
    "member_of": "BelongsTo",
    "employed_by": "BelongsTo",
    "holds_role": "BelongsTo",
    "leads": "InChargeOf",
    "owns": "InChargeOf",
    "controls": "InChargeOf",
    "visited": "CoLocated",
    "met_in": "CoLocated",
    "arrested_in": "CoLocated",
    "located_in": "CoLocated",
    "criticised": "Dislikes",
    "accused": "Dislikes",
    "praised": "Likes",
}
GOLD_TYPES = sorted(set(MAPPING.values()))

Span = tuple[int, int]
Pair = tuple[str, Span, Span]  # document, span a, span b (sorted)


def _pair(doc: str, a: Span, b: Span) -> Pair:
    first, second = sorted((a, b))
    return doc, first, second


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _matches(pred: Pair, gold: Pair) -> bool:
    return pred[0] == gold[0] and (
        (_overlap(pred[1], gold[1]) and _overlap(pred[2], gold[2]))
        or (_overlap(pred[1], gold[2]) and _overlap(pred[2], gold[1]))
    )


def load_corpus(root: Path) -> tuple[dict[str, str], dict[str, set[Pair]]]:
    texts: dict[str, str] = {}
    gold: dict[str, set[Pair]] = defaultdict(set)
    for subset in SUBSETS:
        for line in (root / subset / "documents.json").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts[row["_id"]] = row["text"]
        for line in (root / subset / "relations.json").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold[row["type"]].add(
                    _pair(
                        row["documentId"],
                        (row["sourceBegin"], row["sourceEnd"]),
                        (row["targetBegin"], row["targetEnd"]),
                    )
                )
    return texts, gold


def score(predicted: set[Pair], gold: set[Pair]) -> dict[str, float]:
    by_doc: dict[str, list[Pair]] = defaultdict(list)
    for g in gold:
        by_doc[g[0]].append(g)
    tp_pred = sum(1 for p in predicted if any(_matches(p, g) for g in by_doc[p[0]]))
    pred_by_doc: dict[str, list[Pair]] = defaultdict(list)
    for p in predicted:
        pred_by_doc[p[0]].append(p)
    tp_gold = sum(1 for g in gold if any(_matches(p, g) for p in pred_by_doc[g[0]]))
    precision = tp_pred / len(predicted) if predicted else 0.0
    recall = tp_gold / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "predicted": len(predicted),
        "gold": len(gold),
        "tp": tp_pred,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def run(root: Path) -> dict[str, object]:
    texts, gold = load_corpus(root)
    nlp = load_pipeline(load())
    rules: dict[str, set[Pair]] = defaultdict(set)
    baseline: set[Pair] = set()
    rule_counts: Counter[str] = Counter()
    started = time.perf_counter()
    for doc_id, text in texts.items():
        document = model.Document(text=text, source=doc_id)
        extraction = extract_document(nlp(text), document)
        spans = {m.id: (m.start, m.end) for m in extraction.mentions}
        for rel in extraction.relations:
            rule_counts[rel.type] += 1
            if rel.negated or rel.type not in MAPPING:
                continue
            rules[MAPPING[rel.type]].add(_pair(doc_id, spans[rel.source], spans[rel.target]))
        for rel in co_mentions(extraction):
            baseline.add(_pair(doc_id, spans[rel.source], spans[rel.target]))
    seconds = time.perf_counter() - started
    all_gold = set().union(*gold.values())
    mapped_gold = set().union(*(gold[t] for t in GOLD_TYPES))
    rules_all = set().union(*rules.values()) if rules else set()
    per_type = {
        t: {"rules": score(rules[t], gold[t]), "baseline": score(baseline, gold[t])}
        for t in GOLD_TYPES
    }
    typed_pooled = {"rules": _pooled([per_type[t]["rules"] for t in GOLD_TYPES])}
    return {
        "documents": len(texts),
        "seconds": round(seconds, 1),
        "per_type": per_type,
        "typed_pooled": typed_pooled,
        "untyped_mapped": {
            "rules": score(rules_all, mapped_gold),
            "baseline": score(baseline, mapped_gold),
        },
        "untyped_all": {"rules": score(rules_all, all_gold), "baseline": score(baseline, all_gold)},
        "gold_counts": {t: len(v) for t, v in sorted(gold.items())},
        "rule_counts": dict(rule_counts.most_common()),
    }


def _pooled(scores: list[dict[str, float]]) -> dict[str, float]:
    predicted = sum(s["predicted"] for s in scores)
    gold = sum(s["gold"] for s in scores)
    tp = sum(s["tp"] for s in scores)
    recall_tp = sum(s["recall"] * s["gold"] for s in scores)
    precision = tp / predicted if predicted else 0.0
    recall = recall_tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "predicted": predicted,
        "gold": gold,
        "tp": tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def _row(name: str, s: dict[str, float]) -> str:
    return (
        f"| {name} | {s['gold']} | {s['predicted']} | {s['precision']:.3f} |"
        f" {s['recall']:.3f} | {s['f1']:.3f} |"
    )


def report(result: dict) -> str:
    head = "| | gold | predicted | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|"
    lines = [
        "# Evaluation: relations",
        "",
        f"Produced by `{COMMAND}` on the re3d development set ({result['documents']} documents,"
        f" `../shared/data/re3d`), {result['seconds']} s for parsing, extraction and both"
        " relation systems. Both systems use the same threadline mentions in the same run.",
        "",
        "How it is scored: see the docstring of `benchmarks/eval_relations.py`. In short, a",
        "prediction is right when its two mentions overlap the two gold spans (either order)",
        "and its type maps to the gold type; negated relations are not predictions. Mapping:",
        "",
        "| threadline types | re3d type |\n|---|---|",
    ]
    for gold_type in GOLD_TYPES:
        ours = ", ".join(f"`{k}`" for k, v in MAPPING.items() if v == gold_type)
        lines.append(f"| {ours} | {gold_type} |")
    rules_u, base_u = result["untyped_all"]["rules"], result["untyped_all"]["baseline"]
    typed = result["typed_pooled"]["rules"]
    lines += [
        "",
        "## Reading",
        "",
        f"The rules are precise and sparse: untyped, {rules_u['precision']:.0%} of their links"
        f" are gold relations against {base_u['precision']:.0%} for sentence co-mention,"
        f" which finds {base_u['recall']:.0%} of gold links to their {rules_u['recall']:.0%}."
        f" Typed, the rules reach precision {typed['precision']:.2f} at recall"
        f" {typed['recall']:.2f}. Co-mention recall is itself a ceiling for any sentence-level"
        ' method built on these mentions: many re3d ends are not names ("U.S. forces",'
        ' "ISIL targets", weapons, quantities) and many relations cross sentences. re3d\'s'
        " types are military (FightingAgainst, AlliesOf, CoLocated); the crime-domain types"
        " (arrested, extradited, sanctioned, paid, laundered_for, signed) have no gold here"
        " and are covered by tests on hand-written sentences only.",
    ]
    lines += [
        "",
        "## Per type (rules = dependency rules; co-mention = sentence baseline)",
        "",
        "| type | system | gold | predicted | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for gold_type, pair in result["per_type"].items():
        for system, label in (("rules", "rules"), ("baseline", "co-mention")):
            lines.append(f"| {gold_type} " + _row(label, pair[system]))
    lines += [
        "",
        "## Pooled",
        "",
        head,
        _row("rules, typed (mapped types)", result["typed_pooled"]["rules"]),
        _row("rules, untyped (mapped types' gold)", result["untyped_mapped"]["rules"]),
        _row("co-mention, untyped (mapped types' gold)", result["untyped_mapped"]["baseline"]),
        _row("rules, untyped (all gold)", result["untyped_all"]["rules"]),
        _row("co-mention, untyped (all gold)", result["untyped_all"]["baseline"]),
        "",
        "Gold relations (deduplicated) by type: "
        + ", ".join(f"{k} {v}" for k, v in result["gold_counts"].items())
        + ".",
        "",
        "Relations the rules produced on this set, by threadline type: "
        + ", ".join(f"`{k}` {v}" for k, v in result["rule_counts"].items())
        + ".",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    parser.add_argument("--json", action="store_true", help="Print the raw result as JSON.")
    args = parser.parse_args(argv)
    root = SHARED / "re3d"
    if not root.is_dir():
        print(f"needs the re3d data in {root} (set THREADLINE_SHARED_DATA)", file=sys.stderr)
        return 2
    result = run(root)
    text = report(result)
    print(json.dumps(result, indent=1) if args.json else text)
    if not args.no_write:
        (ROOT / "docs" / "evaluation-relations.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
