"""Sentence numbers of tokens, computed once per Doc (``Token.sent`` is costly)."""

from __future__ import annotations

from spacy.tokens import Doc


def sentence_numbers(doc: Doc) -> list[int]:
    """The number of the sentence of every token (all 0 without sentence boundaries)."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    numbers: list[int] = []
    for n, sent in enumerate(doc.sents):
        numbers.extend([n] * len(sent))
    return numbers
