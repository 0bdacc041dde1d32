"""Bare surnames across the corpus: which full name a story's "Assad" or "Yellen" stands for.

``link_surnames`` proposes the one person in the corpus whose surname it is. A corpus
is small, though, and the tagger misses names: a story may name "Bassel al-Assad" as a
person and "his brother Bashar al-Assad" without tagging him. :func:`names_other_bearer`
reads the full person's own stories for such a second bearer of the surname, and the
link is not made when one is found: an unlinked "Assad" is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from threadline.extract.titles import HONORIFICS, OFFICE_WORDS
from threadline.resolve.normalize import name_tokens

#: Versioned name of the corpus surname rule (v2: checks the stories for a second bearer).
SURNAME_RULE = "surname-v2"

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_END = re.compile(r"[.!?:;\"\u201c\n(\[]\s*$")


def names_other_bearer(
    text: str, surname: str, own_spans: Iterable[tuple[int, int]], own_tokens: Iterable[str]
) -> bool:
    """Whether a story names someone else whose surname is ``surname``.

    A use of the surname (normalized, e.g. ``"assad"``) outside the person's own mentions
    counts as someone else when a capitalised word stands right before it that is not
    part of the person's own name, not a title or office ("President Assad"), and not the
    first word of a sentence: "… his brother Bashar al-Assad" names a second Assad;
    "the Assad regime" and "Assad's forces" do not.
    """
    own = sorted(own_spans)
    mine = set(own_tokens)
    previous: re.Match[str] | None = None
    for word in _WORD.finditer(text):
        before, previous = previous, word
        if surname not in name_tokens(word.group()):
            continue
        if any(start <= word.start() < end for start, end in own):
            continue
        if before is None or not before.group()[0].isupper():
            continue
        if text[before.end() : word.start()].strip():
            continue  # punctuation between the two words: not one name
        if _sentence_start(text, before.start()):
            continue
        tokens = name_tokens(before.group())
        title = before.group().lower().rstrip(".") in HONORIFICS | OFFICE_WORDS
        if tokens and not set(tokens) & mine and not title:
            return True
    return False


def _sentence_start(text: str, at: int) -> bool:
    return at == 0 or bool(_SENTENCE_END.search(text[max(0, at - 3) : at]))
