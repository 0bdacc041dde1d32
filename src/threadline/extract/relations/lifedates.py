"""Which dates in a sentence may date a relation.

A relation's date is read from its sentence (see :func:`clause_date`). Two kinds of
date there belong to something else:

- a date of birth ("Viktor Bout, who was born in 1967, was arrested in Bangkok"):
  it dates the person, not the arrest;
- any date in a sentence that mentions neither party of the relation (the sentence
  found for the trigger is not where the parties are named), or on another line than
  the trigger: a parser's "sentence" can run a headline, a byline date and the first
  sentence together, and nothing ties that date to the parties.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from threadline.extract.doc_index import doc_text, sentence_of
from threadline.model import Mention

#: A line of at most this many words holding a date is a date line of its own.
STANDALONE_WORDS = 4
#: How many tokens before a date are read for a birth word.
BIRTH_WINDOW = 3


@cache
def birth_words() -> frozenset[str]:
    """Words that, just before a date, make it a date of birth (``data/birth_words.txt``)."""
    raw = resources.files("threadline.extract").joinpath("data/birth_words.txt")
    return frozenset(
        line.strip().lower()
        for line in raw.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def is_birth_date(first: Token) -> bool:
    """Whether the date starting at token ``first`` is a date of birth: "born", "b.",
    "birth" or "aged" among the few words before it ("born in 1967", "(b. 1967)")."""
    sentence_start = sentence_of(first).start
    words = birth_words()
    for i in range(max(sentence_start, first.i - BIRTH_WINDOW), first.i):
        if first.doc[i].lower_ in words:
            return True
    return False


def same_line(date: Token, trigger: Token) -> bool:
    """Whether the date belongs to the trigger's text: no paragraph break between them,
    and the date is not on a short line of its own (a byline date under a headline).
    A line break inside hard-wrapped prose does not count."""
    text = doc_text(date.doc)
    start, end = sorted((date.idx, trigger.idx))
    between = text[start:end]
    if "\n" not in between:
        return True
    if "\n\n" in between.replace(" ", "").replace("\t", ""):
        return False
    line_start = text.rfind("\n", 0, date.idx) + 1
    line_end = text.find("\n", date.idx)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return len(line.split()) > STANDALONE_WORDS


def born_date_at(token: Token, by_token: Mapping[int, Mention]) -> bool:
    """Whether the date mention at ``token`` (``by_token``: token index → mention) is a
    date of birth, read from the words before its first token."""
    first = token
    while first.i > 0 and by_token.get(first.i - 1) is by_token.get(token.i):
        first = first.doc[first.i - 1]
    return is_birth_date(first)


def party_date(
    date: tuple[str | None, str | None],
    sentence: Span,
    document_date: str | None,
    *parties: Mention,
) -> tuple[str | None, str | None]:
    """``date`` (value, source) when read from a sentence naming a party, else the
    document's date (source ``document``)."""
    if date[1] in ("text", "relative") and not names_a_party(sentence, *parties):
        return (document_date, "document") if document_date else (None, None)
    return date


def names_a_party(sentence: Span, *parties: Mention) -> bool:
    """Whether ``sentence`` (offsets of the same text as the mentions) holds a party."""
    return any(
        sentence.start_char <= party.start and party.end <= sentence.end_char for party in parties
    )
