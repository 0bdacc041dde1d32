"""Statements quoted without quotation marks, after a line that introduces them.

Government press releases often print a statement as plain paragraphs after a line that
ends in a speech verb and a colon::

    Minister for the Middle East, Tobias Ellwood, said:

    I am deeply concerned by reports that …

    We have been clear: …

These paragraphs are the speaker's words (``statements-v1``): the first paragraph after
the line, and the next ones up to a heading (a short line without a full stop), a
paragraph with quotation marks, another introducing line or the end of the text. They
become quotation segments of one group, so :mod:`threadline.extract.quotes` finds their
speaker on the introducing line and coreference links "I" and "we" in them to it.

Transcripts work the same way: a line opening with a speaker's label in capitals and a
colon ("DEPUTY ATTORNEY GENERAL PAUL J. MCNULTY:  Hi everyone.") starts a turn that runs
to the next label. The quotes component keeps an unmarked segment only when it finds its
speaker (a dateline such as "WASHINGTON:" names no person, so it starts no turn).
"""

from __future__ import annotations

import re

from threadline.extract.quote_marks import CLOSING, OPENING, STRAIGHT, QuoteSegment

METHOD = "statements-v1"
#: A line ending in a speech verb (or "statement") and a colon.
INTRODUCING = re.compile(
    r"\b(?:said|says|stated|added|commented|declared|statement|remarks)\s*:\s*$", re.I
)
#: A transcript speaker's label: two to eight words in capitals (initials allowed), a colon.
LABEL = re.compile(r"(?:[A-Z][A-Z'.-]*[ \t]+){1,7}[A-Z][A-Z'.-]*:[ \t]+(?=\S)")
_MARKS = set(OPENING + CLOSING + STRAIGHT)
#: A paragraph this short with no full stop at its end is a heading, not speech.
HEADING_WORDS = 8


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``, stripped of edge spaces."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        lo = pos + len(line) - len(line.lstrip())
        hi = pos + len(line.rstrip())
        if hi > lo:
            spans.append((lo, hi))
        pos += len(line) + 1
    return spans


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence ("Further information")."""
    return len(line.split()) < HEADING_WORDS and line[-1] not in ".!?\"”'’"


def statement_segments(text: str, first_group: int) -> list[QuoteSegment]:
    """Unmarked statements of ``text`` as quotation segments, groups from ``first_group``."""
    segments: list[QuoteSegment] = []
    group = first_group
    lines = _paragraphs(text)
    k = 0
    while k < len(lines):
        lo, hi = lines[k]
        label = LABEL.match(text, lo, hi)
        if label is not None and not _MARKS & set(text[label.end() : hi]):
            segments.append(QuoteSegment(label.end(), hi, label.end(), None, group))
        elif not (k < len(lines) - 1 and INTRODUCING.search(text[lo:hi])):
            k += 1
            continue
        k += 1
        taken = label is not None
        while k < len(lines):
            lo, hi = lines[k]
            line = text[lo:hi]
            if INTRODUCING.search(line) or LABEL.match(text, lo, hi) or _MARKS & set(line):
                break
            if is_heading(line):
                break
            segments.append(QuoteSegment(lo, hi, lo, None, group))
            taken = True
            k += 1
        group += taken
    return segments
