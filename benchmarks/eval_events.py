"""Event, quote, coreference and person extraction on the events evaluation set, v1 vs v2.

    python benchmarks/eval_events.py             # prints the tables, writes the report
    python benchmarks/eval_events.py --no-write  # prints only
    python benchmarks/eval_events.py --split dev # one split, prints only (while writing rules)
    python benchmarks/eval_events.py --split dev --numbers 1-18  # dev texts 01-18 only

The report is ``docs/evaluation-events.md``.

Gold: ``benchmarks/events/{dev,test}/*.json`` (see ``benchmarks/events/GUIDELINES.md``).
Every document is extracted and resolved as ``threadline ingest`` does, then scored twice
in the same run (matching rules in ``benchmarks/eventscore.py``):

- **v1**: the binary relations (``Extraction.relations``) of one trigger grouped into one
  event, their types mapped to event types (``eventpredict.V1_TYPES``); quotes as extracted; no
  coreference (pronoun and nominal mentions are ignored).
- **v2**: ``Extraction.events`` (rules ``events-v1``), with pronoun/nominal mentions
  taking the name of their antecedent (``Mention.antecedent``); coreference links scored.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable
from pathlib import Path

from eventpredict import predict
from eventscore import ROLES, SPLITS, Scores, f1, load_split, ratio
from threadline import model
from threadline.extract import extract_documents
from threadline.extract.pipeline import load_pipeline
from threadline.resolve import prepare, resolve_extraction
from threadline.settings import load

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "evaluation-events.md"
COMMAND = "python benchmarks/eval_events.py"
METHODS = ("v1", "v2")


def evaluate(
    splits: tuple[str, ...] = SPLITS, numbers: tuple[int, int] | None = None
) -> dict[str, dict[str, Scores]]:
    settings = load()
    nlp = load_pipeline(settings)
    prepare()
    results: dict[str, dict[str, Scores]] = {}
    for split in splits:
        gold = load_split(split, numbers=numbers)
        documents = [
            model.Document(text=d["text"], source=d["id"], date=d["date"], url=d["url"])
            for d in gold
        ]
        results[split] = {m: Scores() for m in METHODS}
        for doc, extraction in zip(gold, extract_documents(nlp, documents), strict=True):
            resolve_extraction(extraction)
            for method in METHODS:
                results[split][method].add(doc, predict(extraction, method))
    return results


def _row(label: str, cells: list[str]) -> str:
    return f"| {label} | " + " | ".join(cells) + " |"


def frac(part: int, whole: int) -> str:
    return f"{ratio(part, whole)} ({part}/{whole})"


#: (label, numerator, denominator) of each summary row
MEASURES: list[tuple[str, Callable[[Scores], int], Callable[[Scores], int]]] = [
    ("event precision", lambda s: s.matched.total(), lambda s: s.pred_events.total()),
    ("event recall", lambda s: s.matched.total(), lambda s: s.gold_events.total()),
    *[
        (
            f"{r} accuracy (matched events)",
            lambda s, r=r: s.args_found[r],
            lambda s, r=r: s.args_gold[r],
        )
        for r in ROLES
    ],
    (
        "status accuracy (matched events)",
        lambda s: s.details["status_right"],
        lambda s: s.matched.total(),
    ),
    (
        "date accuracy (matched events with a gold date)",
        lambda s: s.details["date_right"],
        lambda s: s.details["dated"],
    ),
    ("quotes found (gold with speaker)", lambda s: s.quotes["found"], lambda s: s.quotes["gold"]),
    ("quote speaker accuracy", lambda s: s.quotes["speaker_right"], lambda s: s.quotes["gold"]),
    ("coref coverage", lambda s: s.coref["covered"], lambda s: s.coref["gold"]),
    ("coref link accuracy", lambda s: s.coref["linked"], lambda s: s.coref["gold"]),
    ("persons precision (full names)", lambda s: s.persons["matched"], lambda s: s.persons["pred"]),
    ("persons recall (full names)", lambda s: s.persons["matched"], lambda s: s.persons["gold"]),
]


def event_f1(s: Scores) -> float:
    m, p, g = s.matched.total(), s.pred_events.total(), s.gold_events.total()
    return f1(m / p if p else 0.0, m / g if g else 0.0)


def summary_table(results: dict[str, Scores]) -> list[str]:
    """One split: a row per measure, a column per method (value and counts)."""
    rows = ["| measure | " + " | ".join(METHODS) + " |", "|---|" + "---|" * len(METHODS)]
    for label, part, whole in MEASURES:
        rows.append(_row(label, [frac(part(results[m]), whole(results[m])) for m in METHODS]))
        if label == "event recall":
            rows.append(_row("event F1", [f"{event_f1(results[m]):.2f}" for m in METHODS]))
    return rows


def type_table(results: dict[str, Scores]) -> list[str]:
    """Recall and precision by event type, per method."""
    head = " | ".join(f"{m} recall | {m} precision" for m in METHODS)
    rows = [f"| type | gold | {head} |", "|---|---|" + "---|---|" * len(METHODS)]
    gold = results[METHODS[0]].gold_events
    types = sorted(set(gold) | {t for s in results.values() for t in s.pred_events})
    for t in types:
        cells = [str(gold[t])]
        for m in METHODS:
            s = results[m]
            cells += [frac(s.matched[t], gold[t]), frac(s.matched[t], s.pred_events[t])]
        rows.append(_row(t, cells))
    return rows


def report(results: dict[str, dict[str, Scores]]) -> str:
    today = datetime.date.today().isoformat()
    lines = [
        "# Evaluation: events, quotes, coreference and persons",
        "",
        f"Generated by `{COMMAND}` on {today} (`make eval` runs it). Gold: "
        "`benchmarks/events/` (U.S. federal government texts, public domain, and in dev five "
        "gov.uk texts under the Open Government Licence v3.0; guidelines in "
        "`benchmarks/events/GUIDELINES.md`, sources in `benchmarks/events/SOURCES.md`).",
        "",
        "- **v1**: binary relations of one trigger grouped into an event (relation types mapped "
        "to event types), quotes as extracted, no coreference.",
        "- **v2**: `Extraction.events` (rules `events-v1`, see `docs/events.md`) plus "
        "coreference (pronoun/nominal mentions take their antecedent's name).",
        "",
        "Matching: a predicted event matches a gold one of the same type whose trigger it "
        "overlaps, or, leniently, one in the same sentence with which it shares a target "
        "(one-to-one). Argument accuracy: gold agents/targets/places of matched events whose "
        "name is among the predicted ones. Status and date accuracy: matched events whose "
        "predicted status (date) equals the gold one. Names compare leniently (case, "
        "diacritics and "
        "punctuation ignored; acronyms; a surname alone only when no other gold name shares "
        "it). Quotes match by overlapping span; coreference by a predicted pronoun/nominal "
        "mention overlapping the gold span (coverage) whose antecedent has the gold name "
        "(accuracy).",
        "",
    ]
    for split, by_method in results.items():
        s = by_method[METHODS[0]]
        lines += [
            f"## {split} ({s.documents} documents; gold: {s.gold_events.total()} events, "
            f"{s.quotes['gold']} quotes with a speaker, {s.coref['gold']} coreference links, "
            f"{s.persons['gold']} persons)",
            "",
            *summary_table(by_method),
            "",
            *type_table(by_method),
            "",
        ]
    if tuple(results) != SPLITS:
        return "\n".join(lines)
    gap = [event_f1(results[split]["v2"]) for split in SPLITS]
    lines += [
        "## Reading these figures",
        "",
        "- The test split is held out: rules are written looking at dev only; a dev/test gap "
        f"shows overfitting. The gap in v2 event F1 (dev {gap[0]:.2f}, test {gap[1]:.2f}) is "
        "large: "
        "the trigger lists and their conditions were written on the dev texts, and test "
        "phrasings they do not cover (e.g. most test raids) are missed; expect figures on "
        "unseen text nearer the test split.",
        "- v1 events come from binary relations, which need two named mentions (who, whom): "
        'most gold events have unnamed or pronoun arguments ("13 individuals have been '
        'arrested", "She is charged"), or are nominal mentions ("the extraditions"), '
        "so v1 recall is low by construction.",
        "- Gold is one event per mention (headline, lead and later references each count), "
        "annotated by one annotator without a second pass or agreement figures; about 50 "
        "events per split, so a few events move recall by several points.",
        "- Persons precision counts every predicted Person name that matches no gold person "
        "(including place names tagged as persons); recall uses the lenient name comparison.",
        "- Dev texts 17 and 18 (re3d centcom) were added to dev by hand in the second round, "
        "not by the seeded split; the person-name and speaker rules of that round were "
        "written on re3d and constructed sentences (before/after figures: "
        "`docs/coreference.md`).",
        "- Dev texts 19–24 (re3d: one CENTCOM release, five gov.uk Foreign Office releases) "
        "were added to dev by hand in the third round, gold written before the system ran on "
        "them; dev 01–18 against 19–24, before and after: `docs/events.md` "
        "(`--numbers 1-18`, `--numbers 19-24`).",
        "- Fourth round: test texts 09, 13 and 15 (re3d CENTCOM documents, read while person "
        "rules were written) moved to dev 25–27; eleven new U.S. federal texts, annotated "
        "before threadline ran on them, were split by seed 20261202 into dev 28–33 and test "
        "17–21 (`benchmarks/events/SOURCES.md`; new texts alone: `--split dev --numbers 28-33`, "
        "`--split test --numbers 17-21`).",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--split", choices=SPLITS, help="score one split only (print only)")
    parser.add_argument("--numbers", help="only gold files numbered FIRST-LAST (print only)")
    args = parser.parse_args(argv)
    numbers = None
    if args.numbers:
        first, last = args.numbers.split("-")
        numbers = (int(first), int(last))
    text = report(evaluate((args.split,) if args.split else SPLITS, numbers))
    print(text)
    if not args.no_write and not args.split and numbers is None:
        OUTPUT.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
