"""Hard-wrapped texts: line breaks that only wrap a paragraph's text.

Older press releases are stored with a line break every few dozen characters, inside
sentences ('…,” said\nRosa Emilia Rodríguez-Vélez,\nU.S. Attorney …'). In such a text a
single line break after a line that does not end a sentence (no ``. ! ? : ;`` or closing
quotation mark), or before a line that starts in lower case ("E.O.\nprovides"), is a
*soft* break: quotations and their speakers read across it. A text
counts as hard-wrapped when at least :data:`MIN_SOFT` of its lines, and at least half of
them, end that way; in an ordinary text (one paragraph per line) headings and datelines
stay line ends.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from threadline.extract.doc_index import doc_text

MIN_SOFT = 4
_ENDS = (".", "!", "?", ":", ";", '"', "”", "’")


@lru_cache(maxsize=16)
def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of the soft line breaks of ``text`` (empty unless it is hard-wrapped)."""
    found: list[int] = []
    lines = text.split("\n")
    pos, filled = 0, 0
    for line, after in zip(lines, lines[1:], strict=False):
        pos += len(line)
        body = line.rstrip()
        filled += bool(body)
        following = after.lstrip()
        if body and following and (not body.endswith(_ENDS) or following[0].islower()):
            found.append(pos)
        pos += 1
    if len(found) < MIN_SOFT or 2 * len(found) < filled:
        return frozenset()
    return frozenset(found)


def doc_soft_breaks(doc: Doc) -> frozenset[int]:
    """:func:`soft_breaks` of the Doc's text (cached by text: Doc user data must stay
    serialisable for worker processes)."""
    return soft_breaks(doc_text(doc))


def line_start(text: str, pos: int, soft: frozenset[int]) -> int:
    """Start of the line holding ``pos``, reading across soft breaks."""
    i = text.rfind("\n", 0, pos)
    while i >= 0 and i in soft:
        i = text.rfind("\n", 0, i)
    return i + 1
