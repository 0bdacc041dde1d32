"""Fault #2: memory grew with document size (whole documents went into one spaCy batch)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from threadline import model
from threadline.extract import extract_documents
from threadline.extract.chunks import BATCH_CHARS, char_batches, split_text
from threadline.settings import Settings


def test_batches_are_bounded_by_characters_not_documents() -> None:
    text = "Word " * 200_000  # one million characters, a single paragraph
    parts = [(part, offset) for offset, part in split_text(text, 100_000)]
    batches = list(char_batches(parts, batch_size=32, batch_chars=250_000))
    assert all(sum(len(t) for t, _ in batch) <= 250_000 for batch in batches)
    assert [p for batch in batches for p in batch] == parts
    assert len(batches) >= 4


def test_single_paragraph_parts_are_cut_at_spaces() -> None:
    text = "Word " * 50_000
    parts = split_text(text, 100_000)
    assert "".join(part for _, part in parts) == text
    assert all(len(part) <= 100_000 and part.endswith(" ") for _, part in parts)


def test_long_single_paragraph_extracts_every_part(nlp: Any) -> None:
    sentence = "John Smith was arrested in Lagos. "
    text = sentence * 600  # 20,400 characters, no paragraph break: five parts, three batches
    document = model.Document(text=text, source="long.txt")
    [found] = list(extract_documents(nlp, [document], max_chars=5_000, batch_chars=8_000))
    people = [m for m in found.mentions if text[m.start : m.end] == "John Smith"]
    parts_with_people = {m.start // 5_000 for m in people}
    assert parts_with_people == {0, 1, 2, 3, 4}


_CHILD = """
import resource, sys
from threadline import model
from threadline.extract import extract_documents, load_pipeline
from threadline.settings import load
chars, part_chars = int(sys.argv[1]), int(sys.argv[2])
nlp = load_pipeline(load())
sentence = "John Smith of Acme Holdings Ltd was arrested in Lagos on 3 May 2021. "
text = sentence * (chars // len(sentence))  # one paragraph: cut only at sentences
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
docs = [model.Document(text=text, source="long.txt")]
[found] = extract_documents(nlp, docs, max_chars=part_chars, batch_chars=part_chars)
assert len(found.mentions) > chars // 100
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def _peak_growth_mb(chars: int, part_chars: int) -> int:
    """How much a fresh process's peak RSS grows while it extracts one long paragraph."""
    src = str(Path(__file__).resolve().parents[2] / "src")
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(chars), str(part_chars)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": src},
    )
    return int(out.stdout.split()[-1])


def test_peak_memory_does_not_grow_with_document_size() -> None:
    small = _peak_growth_mb(30_000, 15_000)
    large = _peak_growth_mb(240_000, 15_000)  # 8× the text, 16 parts
    assert large < small * 1.5 + 40, (small, large)


def test_a_batch_holds_one_full_size_part_at_most() -> None:
    assert Settings().max_doc_chars >= BATCH_CHARS


_INGEST_CHILD = """
import resource, sys
from pathlib import Path
from threadline.extract import load_pipeline
from threadline.pipeline import ingest_paths
from threadline.settings import load
from threadline.store import open_store
chars, split, folder = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
settings = load(split_chars=split, max_doc_chars=split // 2, screen_on_ingest=False)
load_pipeline(settings)
sentence = "John Smith of Acme Holdings Ltd was arrested in Lagos on 3 May 2021. "
path = folder / "long.txt"
lines = (f"Case {i}: {sentence}" for i in range(chars // (len(sentence) + 12)))
path.write_text("".join(lines), "utf-8")  # numbered: no part is a duplicate of another
with open_store(str(folder / "t.db")) as store:
    report = ingest_paths(store, [str(path)], settings=settings)
assert report.ingested >= chars // split - 1, report
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _ingest_peak_mb(tmp: Path, chars: int, split: int) -> int:
    """Peak RSS of a fresh process ingesting one long text file of ``chars`` (the whole
    peak: loading the pipeline can peak above a small ingest, so a growth reads 0)."""
    tmp.mkdir()
    src = str(Path(__file__).resolve().parents[2] / "src")
    out = subprocess.run(
        [sys.executable, "-c", _INGEST_CHILD, str(chars), str(split), str(tmp)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": src},
    )
    return int(out.stdout.split()[-1])


def test_ingest_memory_is_bounded_by_split_chars_whatever_the_file_size(tmp_path: Path) -> None:
    # A text file longer than split_chars is ingested as several documents, each extracted,
    # resolved and stored as it comes (at most batch_chars in flight): a file 4 times
    # longer, 20 documents instead of 5, must not need much more memory.
    small = _ingest_peak_mb(tmp_path / "small", 100_000, 20_000)
    large = _ingest_peak_mb(tmp_path / "large", 400_000, 20_000)
    assert large < small * 1.2, (small, large)
