"""Where threadline's CPU time goes, compared with raw spaCy, stage by stage.

    PYTHONPATH=src .venv/bin/python benchmarks/profile_pipeline.py [--docs 120]

On the texts of ``bench_pipeline.py`` (one process, CPU seconds, so other jobs' load
moves it little):

- every component of raw spaCy's pipeline and of threadline's (tokenizer, spaCy's
  trained components, each ``threadline_*`` component), run one after the other over
  all texts;
- the steps after parsing: ``extract_document``'s parts (mentions, relations, events …,
  the second of two passes, so that word lists loaded on first use are not counted) and
  resolution.

Reading, language detection and SQLite writes are not here: ``bench_pipeline.py``
measures the whole ingest, and the difference is theirs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from bench_pipeline import corpus

STEPS = (
    "mentions_from_doc",
    "with_operation_mentions",
    "agreement_mentions",
    "state_mentions",
    "case_mentions",
    "with_coref_mentions",
    "find_relations",
    "_events",
    "event_relations",
)


def component_seconds(nlp: Any, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds of each pipeline component over ``texts`` (tokenizer first)."""
    times: dict[str, float] = {}
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    times["tokenizer"] = time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        times[name] = time.process_time() - started
    return times


def step_seconds(parsed: list[Any], documents: list[Any]) -> dict[str, float]:
    """CPU seconds of each step of ``extract_document`` and of resolution."""
    from threadline.extract import extraction
    from threadline.resolve import resolve_extraction

    spent: dict[str, float] = {}

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            result = func(*args, **kwargs)
            spent[name] = spent.get(name, 0.0) + time.process_time() - started
            return result

        return run

    originals = {name: getattr(extraction, name) for name in STEPS}
    for name, func in originals.items():
        setattr(extraction, name, timed(name, func))
    try:
        for _ in range(2):  # the first pass loads word lists and tables
            spent.clear()
            started = time.process_time()
            pairs = zip(parsed, documents, strict=True)
            results = [extraction.extract_document(p, d) for p, d in pairs]
            spent["extract_document (all)"] = time.process_time() - started
    finally:
        for name, func in originals.items():
            setattr(extraction, name, func)
    started = time.process_time()
    for result in results:
        resolve_extraction(result)
    spent["resolve_extraction"] = time.process_time() - started
    return spent


def main() -> None:
    import spacy

    from threadline.extract.pipeline import load_pipeline
    from threadline.model import Document
    from threadline.resolve import prepare
    from threadline.settings import load

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=120, help="documents to time")
    args = parser.parse_args()
    settings = load()
    texts = corpus(args.docs)
    for label, nlp in (
        ("raw spaCy", spacy.load(settings.spacy_model)),
        ("threadline", load_pipeline(settings)),
    ):
        times = component_seconds(nlp, texts, settings.batch_size)
        print(f"{label}: {sum(times.values()):.2f} CPU-s")
        for name, seconds in times.items():
            print(f"  {name:38s} {seconds:6.2f}")
    prepare()
    documents = [Document(text=t, source=f"{i}.txt") for i, t in enumerate(texts)]
    parsed = list(nlp.pipe(texts, batch_size=settings.batch_size))
    print("after parsing (CPU-s):")
    for name, seconds in step_seconds(parsed, documents).items():
        print(f"  {name:38s} {seconds:6.2f}")


if __name__ == "__main__":
    main()
