"""Added cost of coreference and the domain name rules in extraction.

    python benchmarks/bench_coref.py [--rounds 3] [--copies 3]

Same texts, same process, alternating rounds (median of ratios reported, robust to a
noisy machine): ``extract_documents`` with threadline's full pipeline, and with the
``threadline_coref_v1`` and ``threadline_name_spans_v1`` components disabled (the
pipeline before issue 10's coreference/name work). Extraction with coreference also
builds the pronoun/nominal mentions (``with_coref_mentions``); that is inside the timing.
A second figure is steadier on a busy machine: the time of the two components and of
building the pronoun/nominal mentions, run again on Docs already parsed, as a share of
the time to parse the same texts with the whole pipeline.
Texts: the re3d development documents (../shared/data/re3d) and the events evaluation
set's dev split, each repeated ``--copies`` times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from threadline import model
from threadline.extract import extract_documents
from threadline.extract.coref import with_coref_mentions
from threadline.extract.mentions import mentions_from_doc
from threadline.extract.pipeline import load_pipeline
from threadline.settings import load

ROOT = Path(__file__).resolve().parent.parent
RE3D = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data")) / "re3d"
ADDED = ("threadline_coref_v1", "threadline_name_spans_v1")


def texts() -> list[str]:
    found = [
        json.loads(p.read_text())["text"]
        for p in sorted((ROOT / "benchmarks" / "events" / "dev").glob("*.json"))
    ]
    if RE3D.is_dir():
        for docs in sorted(RE3D.glob("*/documents.json")):
            found += [json.loads(line)["text"] for line in docs.read_text().splitlines()]
    return found


def timed(nlp: object, documents: list[model.Document], disable: tuple[str, ...]) -> float:
    start = time.perf_counter()
    with nlp.select_pipes(disable=list(disable)):  # type: ignore[attr-defined]
        for _ in extract_documents(nlp, documents):  # type: ignore[arg-type]
            pass
    return time.perf_counter() - start


def component_share(nlp: Any, texts: list[str]) -> tuple[float, float]:
    """(seconds for the whole pipeline, seconds for the added work on parsed Docs)."""
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    whole = time.perf_counter() - start
    coref, names = nlp.get_pipe(ADDED[0]), nlp.get_pipe(ADDED[1])
    start = time.perf_counter()
    for doc in docs:
        coref(names(doc))
        with_coref_mentions(doc, mentions_from_doc(doc, "bench"), "bench")
        mentions_from_doc(doc, "bench")  # timed again below and subtracted
    added = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        mentions_from_doc(doc, "bench")
        mentions_from_doc(doc, "bench")
    return whole, added - (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args(argv)
    nlp = load_pipeline(load())
    base = texts()
    documents = [
        model.Document(text=f"Copy {i}.\n{t}", source=f"{i}.txt")
        for i, t in enumerate(base * args.copies)
    ]
    timed(nlp, documents[:10], ())  # warm up
    ratios, without, with_ = [], [], []
    for _ in range(args.rounds):
        before = timed(nlp, documents, ADDED)
        after = timed(nlp, documents, ())
        without.append(before)
        with_.append(after)
        ratios.append(after / before)
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {chars} characters, {args.rounds} rounds")
    print(f"without coref/name rules: median {statistics.median(without):.2f} s")
    print(f"with coref/name rules:    median {statistics.median(with_):.2f} s")
    print(f"added cost: {100 * (statistics.median(ratios) - 1):+.1f} % (median ratio)")
    shares = [component_share(nlp, [d.text for d in documents]) for _ in range(args.rounds)]
    whole, added = (statistics.median(x) for x in zip(*shares, strict=True))
    print(
        f"components on parsed Docs: {added:.2f} s of {whole:.2f} s ({100 * added / whole:.1f} %)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
