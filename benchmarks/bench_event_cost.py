"""Cost of the event rules (``events-v1``) within the extract stage, as a ratio.

    python benchmarks/bench_event_cost.py [--copies 3] [--rounds 3]

One run, same texts (the events evaluation set, dev and test, plus the re3d development
documents when ../shared/data is present, each repeated ``--copies`` times):

- **pipeline**: ``nlp.pipe`` (the threadline pipeline: spaCy plus threadline's
  components) and ``extract_document`` on each parse — everything the extract stage does,
  events included;
- **events**: the event steps alone, on the same parses: the mentions they add (unnamed
  agreements, states named by a demonym, cases, operations), ``find_events`` and the
  relations derived from events.

Reported: the median over ``--rounds`` of events / (pipeline − events), i.e. what the
event rules add to the extract stage without them. Ratios, not seconds, so a busy machine
moves them little.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from spacy.language import Language

from threadline import model
from threadline.extract import extract_document
from threadline.extract.events import (
    agreement_mentions,
    case_mentions,
    find_events,
    state_mentions,
    with_operation_mentions,
)
from threadline.extract.events.relations import event_relations
from threadline.extract.pipeline import load_pipeline
from threadline.settings import load

ROOT = Path(__file__).resolve().parent.parent
RE3D = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data")) / "re3d"


def texts() -> list[str]:
    found = [
        json.loads(p.read_text(encoding="utf-8"))["text"]
        for p in sorted((ROOT / "benchmarks" / "events").glob("*/*.json"))
    ]
    if RE3D.is_dir():
        for docs in sorted(RE3D.glob("*/documents.json")):
            found += [json.loads(line)["text"] for line in docs.read_text().splitlines()]
    return found


def one_round(nlp: Language, documents: list[model.Document]) -> tuple[float, float]:
    start = time.perf_counter()
    parsed = list(zip(nlp.pipe(d.text for d in documents), documents, strict=True))
    extractions = [extract_document(doc, document) for doc, document in parsed]
    pipeline = time.perf_counter() - start
    start = time.perf_counter()
    for (doc, document), extraction in zip(parsed, extractions, strict=True):
        mentions = extraction.mentions
        with_operation_mentions(doc, mentions, document.id)
        agreement_mentions(doc, document.id, 0, mentions)
        state_mentions(doc, document.id, 0, mentions)
        case_mentions(doc, document.id, 0, mentions)
        extraction.events = find_events(doc, extraction, document.date)
        event_relations(extraction)
    return pipeline, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    nlp = load_pipeline(load())
    base = texts()
    documents = [
        model.Document(text=f"Copy {i}.\n{text}", source=f"bench-{i}")
        for i, text in enumerate(base * args.copies)
    ]
    ratios, totals, events = [], [], []
    for _ in range(args.rounds):
        pipeline, cost = one_round(nlp, documents)
        ratios.append(cost / (pipeline - cost))
        totals.append(pipeline)
        events.append(cost)
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {chars:,} characters, {args.rounds} rounds")
    print(f"extract stage (parse + extract, events included): {statistics.median(totals):.2f} s")
    print(f"event rules alone: {statistics.median(events):.3f} s")
    print(f"events add: {statistics.median(ratios):.1%} of the extract stage without them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
