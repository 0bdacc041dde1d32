"""A document's title read from its first line, when that line is a headline.

Press releases and articles saved as plain text start with their headline: a short
line that is not a sentence, followed by the body. That line names the document
better than its file name does.
"""

from __future__ import annotations

import re

from threadline.ingest.dateline import DATELINE, FULL_DATE

#: A headline is at most this long; a longer first line is a paragraph.
MAX_HEADLINE_CHARS = 160
#: ... and has at least this many words ("Statement" alone is a label, not a title).
MIN_HEADLINE_WORDS = 2
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_SENTENCE_END = re.compile(r"[.,;:]$")


def headline_title(text: str) -> str | None:
    """The first line of ``text`` when it reads as a headline, else ``None``.

    A headline is the first non-empty line, followed by a blank line and more text, short
    (:data:`MAX_HEADLINE_CHARS`), of at least :data:`MIN_HEADLINE_WORDS` words, not
    ending like a clause (``.``, ``,``, ``;``, ``:``), and neither a date nor a dateline.
    A markdown ``#`` before it is dropped.
    """
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    line = _MARKDOWN_HEADING.sub("", first.strip()).strip(" #*_")
    blank_after = re.match(r"[ \t]*\n", rest) is not None
    if not blank_after or not rest.strip() or not line or len(line) > MAX_HEADLINE_CHARS:
        return None
    if len(line.split()) < MIN_HEADLINE_WORDS or _SENTENCE_END.search(line):
        return None
    if FULL_DATE.search(line) and len(FULL_DATE.sub("", line).split()) <= 3:
        return None
    if DATELINE.match(line) or line.lower().startswith("by "):
        return None
    return line
