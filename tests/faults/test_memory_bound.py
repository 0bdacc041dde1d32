"""Fault #2: memory grew with document size (whole documents went into one spaCy batch)."""

from __future__ import annotations

from typing import Any

from threadline import model
from threadline.extract import extract_documents
from threadline.extract.chunks import char_batches, split_text


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
