"""Splitting long texts into parts the NLP pipeline can take, at natural boundaries.

Parts are consecutive and cover the text exactly (``"".join(parts) == text``), so an
offset inside a part plus the part's offset is an offset into the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Preferred places to cut, best first: paragraph, line, sentence, word.
_BOUNDARIES = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


def cut_point(text: str, start: int, max_chars: int) -> int:
    """Where the part starting at ``start`` should end (exclusive), at most ``max_chars`` on."""
    limit = start + max_chars
    if limit >= len(text):
        return len(text)
    floor = start + max_chars // 4  # don't make tiny parts to reach a boundary
    for boundary in _BOUNDARIES:
        at = text.rfind(boundary, floor, limit - len(boundary) + 1)
        if at != -1:
            return at + len(boundary)
    return limit


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """``(offset, part)`` pairs covering ``text``; each part has at most ``max_chars``."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = cut_point(text, start, max_chars)
        parts.append((start, text[start:end]))
        start = end
    return parts or [(0, text)]


#: Characters sent to spaCy in one batch, at most (a single longer part goes alone). The
#: parser's working memory grows with the characters of a batch (a 1 MB document peaked at
#: 1,406 MB with batches of 400,000, 587 MB with 100,000), so a batch holds one full-size
#: part at most.
BATCH_CHARS = 100_000


def char_batches(
    parts: Iterable[tuple[str, T]], batch_size: int, batch_chars: int = BATCH_CHARS
) -> Iterator[list[tuple[str, T]]]:
    """Group ``(text, context)`` pairs into lists for one ``nlp.pipe`` call each.

    A batch holds at most ``batch_size`` texts and at most ``batch_chars`` characters,
    so the memory a batch takes in the parser depends on these limits, not on how long
    the documents are. Order is kept; parts are read only as batches are needed.
    """
    batch: list[tuple[str, T]] = []
    chars = 0
    for text, context in parts:
        if batch and (len(batch) >= batch_size or chars + len(text) > batch_chars):
            yield batch
            batch, chars = [], 0
        batch.append((text, context))
        chars += len(text)
    if batch:
        yield batch
