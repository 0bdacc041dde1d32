"""Cost of the corpus step for one new document: incremental pass against a full recompute.

    PYTHONPATH=src:benchmarks python benchmarks/bench_incremental_links.py [--sizes 1000 5000 20000]

For each size, a SQLite store is filled with that many people (synthetic names on no
list, yente's negatives in ../shared/data/names or $THREADLINE_SHARED_DATA/names: every
name a different person), 20 to a story, each story also naming two people of the story
before by surname alone (so ``surname-v2`` has links to keep), and linked. Then one
new story arrives: it names five new people, one person already known, and a second
spelling of a known name (the known name with one vowel changed). The corpus
step after it is timed twice, on two copies of the same store: ``link_corpus`` as each
ingest runs it (incremental) and with ``rebuild=True`` (the full recompute). Name caches
are emptied first, as in a fresh ``threadline ingest`` process. Both must make the same
links. Prints one JSON line per size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from bench_resolve import read_names
from threadline.model import Document, Extraction, Mention
from threadline.resolve import resolve_extraction
from threadline.resolve.blocking import token_keys
from threadline.resolve.normalize import _tokens
from threadline.store import Store, open_store
from threadline.store.documents import save_extraction
from threadline.store.links import link_corpus, list_links

PER_STORY = 20
THRESHOLD = 0.88


def person_story(names: list[str]) -> Extraction:
    """A story naming each person in a sentence of its own."""
    text, spans = "", []
    for name in names:
        spans.append((len(text), len(text) + len(name), name))
        text += f"{name} was named in the report. "
    doc = Document(text=text, source="bench.txt")
    ex = Extraction(document=doc)
    ex.mentions = [Mention(doc.id, s, e, n, "Person", s, e + 1) for s, e, n in spans]
    resolve_extraction(ex)
    return ex


def variant(name: str) -> str:
    """The name with its first vowel after the first letter changed (a second spelling)."""
    for i, char in enumerate(name[1:], 1):
        if char in "aeiou":
            return name[:i] + ("e" if char != "e" else "a") + name[i + 1 :]
    return name + "a"


def build(path: Path, names: list[str]) -> None:
    with open_store(str(path)) as store:
        for start in range(0, len(names), PER_STORY):
            before = names[max(0, start - PER_STORY) : start][:2]
            surnames = [n.split()[-1] for n in before if len(n.split()) > 1]
            save_extraction(store, person_story(names[start : start + PER_STORY] + surnames))
        link_corpus(store, threshold=THRESHOLD, rebuild=True)
        # The pass after the first sees the mentions it moved (as each ingest's pass sees
        # those of the one before): the store is then as a team's store is between ingests.
        link_corpus(store, threshold=THRESHOLD)


def timed_pass(path: Path, story: Extraction, *, rebuild: bool) -> tuple[float, list[tuple]]:
    with open_store(str(path)) as store:
        save_extraction(store, story)
        _tokens.cache_clear()
        token_keys.cache_clear()
        started = time.perf_counter()
        link_corpus(store, threshold=THRESHOLD, rebuild=rebuild)
        seconds = time.perf_counter() - started
        return seconds, _links(store)


def _links(store: Store) -> list[tuple]:
    return [(r["alias_entity"], r["entity"], r["rule"], r["score"]) for r in list_links(store)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    rows = [name for _, _, name in read_names(max(args.sizes) + 5)]
    folder = Path(tempfile.mkdtemp(prefix="bench-inclinks-"))
    try:
        for size in args.sizes:
            base = folder / f"{size}.db"
            build(base, rows[:size])
            fresh = rows[len(rows) - 5 :]
            story = person_story([*fresh, rows[size // 2], variant(rows[size // 3])])
            shutil.copy(base, folder / "full.db")
            shutil.copy(base, folder / "incremental.db")
            full_s, full = timed_pass(folder / "full.db", story, rebuild=True)
            inc_s, inc = timed_pass(folder / "incremental.db", story, rebuild=False)
            result = {
                "entities": size,
                "full_s": round(full_s, 3),
                "incremental_s": round(inc_s, 3),
            }
            result |= {"ratio": round(full_s / inc_s, 1), "links": len(inc), "same": full == inc}
            print(json.dumps(result), flush=True)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
