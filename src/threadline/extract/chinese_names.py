"""Chinese names in Western order: "Lam Wai Kit", "Zhang Wei".

The small model often misses them or cuts them in two. Two or three capitalised words on
one line, the first a common Chinese surname and the rest syllables of Chinese given names
(lists in ``data/chinese_surnames.txt`` and ``data/chinese_given_syllables.txt``), not
part of an organisation or place, are one person (rule ``rule:name-spans-v1:chinese``);
a given name written with a hyphen ("Wong Chi-keung") keeps its second syllable.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from threadline.extract.spans import make_entity

METHOD = "rule:name-spans-v1:chinese"
_ALLOWED_LABELS = frozenset({"", "PERSON"})


@lru_cache(maxsize=2)
def _words(name: str) -> frozenset[str]:
    text = resources.files("threadline.extract").joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


def _fits(token: Token, words: frozenset[str]) -> bool:
    return (
        token.is_title
        and token.is_alpha
        and token.lower_ in words
        and token.ent_type_ in (_ALLOWED_LABELS)
    )


def _hyphen_tail(doc: Doc, end: int, syllables: frozenset[str]) -> int:
    """2 when a hyphen and a given-name syllable are glued after token ``end - 1``: the
    second syllable of "Chi-keung" (Hong Kong spelling), else 0."""
    if end + 1 >= len(doc) or doc[end - 1].whitespace_ or doc[end].text != "-":
        return 0
    tail = doc[end + 1]
    glued = not doc[end].whitespace_ and tail.is_alpha and tail.lower_ in syllables
    return 2 if glued and tail.ent_type_ in _ALLOWED_LABELS else 0


def chinese_names(doc: Doc) -> list[Span]:
    """Person spans for Chinese names in Western order (see the module's rule)."""
    surnames, syllables = _words("chinese_surnames.txt"), _words("chinese_given_syllables.txt")
    found: list[Span] = []
    i = 0
    while i < len(doc):
        end = i + 1
        if _fits(doc[i], surnames) and (i == 0 or not doc[i - 1].is_title):
            while end < len(doc) and end - i < 3 and "\n" not in doc[end - 1].whitespace_:
                if not _fits(doc[end], syllables):
                    break
                end += 1
        if end - i >= 2:
            end += _hyphen_tail(doc, end, syllables)
        after = doc[end] if end < len(doc) else None
        if end - i >= 2 and (after is None or not after.is_title):
            found.append(make_entity(doc, i, end, "PERSON", METHOD))
            i = end
        else:
            i += 1
    return found
