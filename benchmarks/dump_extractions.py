"""Dump every extraction of the sample texts, to check that a speed change keeps outputs.

    .venv/bin/python benchmarks/dump_extractions.py OUT.jsonl
    .venv/bin/python benchmarks/dump_extractions.py --compare BEFORE.jsonl AFTER.jsonl

Reads the bundled CENTCOM sample and the events development texts
(``benchmarks/events/dev``) as ``threadline ingest`` does, extracts and resolves them in
this process, and writes one JSON line per document: the whole :class:`Extraction`
(document, mentions, entities, roles, quotes, aliases, relations, events, with their
offsets, ids and attributes) after resolution. Run it before and after a change and
compare: the two files must be identical byte for byte. ``--compare`` says which
documents differ and exits 1 when any do.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "samples" / "centcom", ROOT / "benchmarks" / "events" / "dev"]


def dump(out: Path) -> int:
    """Write one line per document to ``out``; returns the number of documents."""
    from threadline.ingest import iter_documents
    from threadline.model import Document
    from threadline.pipeline import extract_and_resolve
    from threadline.settings import load

    settings = load()
    documents = [
        item
        for item in iter_documents([str(f) for f in FOLDERS], settings=settings)
        if isinstance(item, Document)
    ]
    with out.open("w", encoding="utf-8") as handle:
        for extraction in extract_and_resolve(documents, settings):
            record = dataclasses.asdict(extraction)
            handle.write(json.dumps(record, sort_keys=True, ensure_ascii=False, default=str))
            handle.write("\n")
    return len(documents)


def compare(before: Path, after: Path) -> list[str]:
    """Sources of the documents whose dumps differ (a missing or extra line counts)."""
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    differing = []
    for i in range(max(len(old), len(new))):
        a = old[i] if i < len(old) else ""
        b = new[i] if i < len(new) else ""
        if a != b:
            source = json.loads(a or b)["document"]["source"]
            differing.append(source)
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--compare", action="store_true", help="compare two dumps")
    args = parser.parse_args()
    if args.compare:
        differing = compare(*args.paths)
        for source in differing:
            print(f"differs: {source}")
        print(f"{len(differing)} document(s) differ")
        sys.exit(1 if differing else 0)
    count = dump(args.paths[0])
    print(f"{count} documents dumped to {args.paths[0]}")


if __name__ == "__main__":
    main()
