"""Agreements as entities even when unnamed: "the 2002 agreement", "a bilateral
crime-fighting agreement with Washington", "a memorandum of understanding".

:func:`agreement_mentions` adds a ``Law`` mention (method ``events-agreements-v1``) for
each phrase headed by an agreement word (``data/events/agreement_words.txt``) that no
other mention covers and that says which agreement it is: a year, a modifier ("bilateral
crime-fighting", "extradition"), "of understanding" or what it is on ("an agreement
*on mutual legal assistance*"). A bare "the agreement" says nothing of its own and is
left to coreference. The phrase runs from its first modifier to the agreement word (or
its topic) ("with Washington" names a party, see
:mod:`threadline.extract.events.arguments`); its canonical form drops the article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from threadline import model
from threadline.extract.mentions import sentence_bounds
from threadline.extract.vocabulary import words

METHOD = "events-agreements-v1"
_MODIFIERS = frozenset({"amod", "compound", "nummod", "npadvmod", "nmod"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their"})
#: Modifiers that do not say which agreement ("the new agreement", "this same treaty").
_VAGUE = frozenset({"new", "same", "other", "such", "current", "existing", "previous", "former"})


def _topic(token: Token) -> Token | None:
    """The last word of what an agreement is on: "an agreement *on mutual legal
    assistance*" (a date is no topic: "the agreement on 2 December")."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("on", "concerning", "regarding"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                return pobj
    return None


def _specific(token: Token) -> int | None:
    """Index of the phrase's first word when ``token`` heads a specific agreement phrase."""
    left = [
        c
        for c in token.lefts
        if c.dep_ in _MODIFIERS and c.lower_ not in _VAGUE and c.lower_ not in _ARTICLES
    ]
    if not left and _understanding(token) is None and _topic(token) is None:
        return None
    first = min([c.left_edge.i for c in left] or [token.i])
    while first < token.i and token.doc[first].lower_ in _ARTICLES:
        first += 1
    return first


def _understanding(token: Token) -> Token | None:
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grand in child.children:
                if grand.lower_ == "understanding":
                    return grand
    return None


def agreement_mentions(
    doc: Doc, document_id: str, offset: int, existing: list[model.Mention]
) -> list[model.Mention]:
    """Law mentions of the unnamed agreements of ``doc`` that ``existing`` does not cover."""
    taken = [(m.start - offset, m.end - offset) for m in existing]
    agreement_words = words("events/agreement_words")
    found: list[model.Mention] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in agreement_words:
            continue
        first = _specific(token)
        if first is None:
            continue
        end_token = _understanding(token) or _topic(token) or token
        span = doc[first : end_token.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        sent_start, sent_end = sentence_bounds(span)
        found.append(
            model.Mention(
                document=document_id,
                start=offset + span.start_char,
                end=offset + span.end_char,
                text=span.text,
                type=model.LAW,
                sentence_start=offset + sent_start,
                sentence_end=offset + sent_end,
                method=METHOD,
            )
        )
    return found
