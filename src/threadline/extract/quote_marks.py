"""Where quotations are in a text, from its quotation marks alone.

Straight (") and curly (“ ”) double quotes. A paragraph that ends inside a quotation
and a next paragraph that opens with a quotation mark continue the same quotation
(news style: no closing mark at the paragraph's end, a fresh opening mark after it);
such segments share a ``group`` number, and so one speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from threadline.extract.wrapping import line_start, soft_breaks

OPENING = "“„"
CLOSING = "”"
STRAIGHT = '"'
#: Trimmed from the inside of a quotation's edges: spaces and the comma before "he said".
_TRIM = " \t\r\n,"


@dataclass(frozen=True)
class QuoteSegment:
    """Quoted words between marks: ``text[start:end]``; marks at ``open``/``close``."""

    start: int
    end: int
    open: int
    close: int | None  # None: the paragraph ended first
    group: int


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without the line break; in a hard-wrapped
    text, lines joined by soft breaks are one (:mod:`threadline.extract.wrapping`)."""
    soft = soft_breaks(text)
    spans: list[tuple[int, int]] = []
    pos, start = 0, 0
    for line in text.split("\n"):
        pos += len(line)
        if pos not in soft:
            spans.append((start, pos))
            start = pos + 1
        pos += 1
    return spans


def _scan_line(text: str, lo: int, hi: int) -> list[tuple[int, int | None]]:
    """(open, close) mark positions of the quotations on one line."""
    found: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if open_at is None and (ch in OPENING or ch == STRAIGHT):
            open_at = i
        elif open_at is not None and (ch in CLOSING or ch == STRAIGHT):
            found.append((open_at, i))
            open_at = None
    if open_at is not None:
        found.append((open_at, None))
    return found


def find_quote_segments(text: str) -> list[QuoteSegment]:
    """Every quotation segment of ``text``, in order, with continuations grouped."""
    segments: list[QuoteSegment] = []
    group = -1
    continuing = False
    for lo, hi in _lines(text):
        stripped = text[lo:hi].lstrip()
        if not stripped:
            continue
        first_mark = stripped[0] in OPENING or stripped[0] == STRAIGHT
        for n, (open_at, close_at) in enumerate(_scan_line(text, lo, hi)):
            if not (n == 0 and continuing and first_mark and open_at == hi - len(stripped)):
                group += 1
            start, end = _trimmed(text, open_at + 1, hi if close_at is None else close_at)
            if end > start:
                segments.append(QuoteSegment(start, end, open_at, close_at, group))
        last = segments[-1] if segments else None
        continuing = last is not None and last.close is None and last.open >= lo
    return segments


def is_pure_quote_line(
    text: str, segment: QuoteSegment, soft: frozenset[int] = frozenset()
) -> bool:
    """The segment's line holds nothing but the quotation (and its marks)."""
    lo = line_start(text, segment.open, soft)
    hi = text.find("\n", segment.end)
    while hi in soft:
        hi = text.find("\n", hi + 1)
    outside = text[lo : segment.open] + text[segment.end : len(text) if hi < 0 else hi]
    return not outside.strip(" \t\u200e\"“”'’.,")


def previous_line_start(text: str, start: int, soft: frozenset[int] = frozenset()) -> int:
    """Start of the last non-blank line before ``start`` (-1: none)."""
    before = text[:start].rstrip()
    return -1 if not before else line_start(text, len(before), soft)


def without_names(segments: list[QuoteSegment], names: list[tuple[int, int]]) -> list[QuoteSegment]:
    """The segments that are not a quoted name: a nickname or an alias ('Col. John "J.D."
    Dorrian', 'Juan Perez, also known as "El Gordo,"'), given as offsets of the name."""
    return [s for s in segments if not any(a <= s.start and s.end <= b + 1 for a, b in names)]
