"""The errors behind the events evaluation figures, one split at a time (dev by default).

    python benchmarks/event_errors.py            # dev: missed and spurious events, wrong
                                                 # arguments, speakers, coref links, persons

Rules are written looking at dev only: the test split is held out (see
``benchmarks/events/GUIDELINES.md``), so read this listing for dev, never for test.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventpredict import predict
from eventscore import ROLES, PredDoc, load_split, match_events, names_match, overlaps
from threadline import model
from threadline.extract import extract_documents
from threadline.extract.pipeline import load_pipeline
from threadline.resolve import prepare, resolve_extraction
from threadline.settings import load


def _context(text: str, span: tuple[int, int] | list[int], width: int = 70) -> str:
    start, end = span
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return f"{before}[[{text[start:end]}]]{after}".replace("\n", " ")


def _event_errors(gold: dict[str, Any], pred: PredDoc, names: tuple[str, ...]) -> list[str]:
    text, aliases = gold["text"], gold.get("aliases", {})
    pairs = match_events(gold["events"], pred.events, names, aliases)
    lines = []
    for g in gold["events"]:
        hit = next((p for pg, p in pairs if pg is g), None)
        if hit is None:
            lines.append(f"  MISSED {g['type']}: {_context(text, g['trigger'])}")
            continue
        for role in ROLES:
            for arg in g[role]:
                got = getattr(hit, role)
                if not any(names_match(n, arg["name"], names, aliases) for n in got):
                    lines.append(
                        f"  ARG {g['type']} {role}: want {arg['name']!r} got {got} "
                        f"| {_context(text, g['trigger'], 50)}"
                    )
        if hit.status != g["status"]:
            lines.append(f"  STATUS {g['type']}: want {g['status']} got {hit.status}")
    for p in pred.events:
        if not any(p is pp for _, pp in pairs):
            lines.append(
                f"  SPURIOUS {p.type} a={p.agents} t={p.targets}: {_context(text, p.trigger)}"
            )
    return lines


def _other_errors(gold: dict[str, Any], pred: PredDoc, names: tuple[str, ...]) -> list[str]:
    text, aliases = gold["text"], gold.get("aliases", {})
    lines = []
    for q in gold["quotes"]:
        got = [s for span, s in pred.quotes if overlaps(span, q["span"])]
        if q["speaker"] and not any(
            s and names_match(s, q["speaker"], names, aliases) for s in got
        ):
            lines.append(f"  SPEAKER want {q['speaker']!r} got {got}")
    for c in gold["coref"]:
        got = [a for span, a in pred.coref if overlaps(span, c["span"])]
        if not any(a and names_match(a, c["antecedent"], names, aliases) for a in got):
            lines.append(
                f"  COREF want {c['antecedent']!r} got {got}: {_context(text, c['span'], 50)}"
            )
    free = list(pred.persons)
    for person in gold["persons"]:
        match = next((p for p in free if names_match(p, person, names, aliases)), None)
        if match is None:
            lines.append(f"  PERSON missed {person!r}")
        else:
            free.remove(match)
    lines += [f"  PERSON spurious {p!r}" for p in free]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    args = parser.parse_args(argv)
    nlp = load_pipeline(load())
    prepare()
    gold_docs = load_split(args.split)
    documents = [
        model.Document(text=d["text"], source=d["id"], date=d["date"], url=d["url"])
        for d in gold_docs
    ]
    for gold, extraction in zip(gold_docs, extract_documents(nlp, documents), strict=True):
        resolve_extraction(extraction)
        pred = predict(extraction, "v2")
        names = tuple(gold["persons"]) + tuple(
            a["name"] for ev in gold["events"] for role in ROLES for a in ev[role]
        )
        lines = _event_errors(gold, pred, names) + _other_errors(gold, pred, names)
        print(f"== {gold['id']}")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
