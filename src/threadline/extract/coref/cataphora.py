"""A pronoun before its name: "After *his* arrest in Lima, Juan Perez was extradited".

``coref-v1:pronoun-cataphora`` — a personal or possessive pronoun in a phrase that opens
its sentence, before the whole subject of the main clause, refers to that subject when
the subject agrees: a named person of the pronoun's gender ("his", "her"), an
organisation named by a plural for "their" ("In *their* march toward Raqqah, the SDF
…"), an organisation or country for "its". English puts the name after the
pronoun only in this position: "His wife, Lucia Mendez, posted a video" has the pronoun
inside the subject, so "his" refers back to a man named earlier, not to her; nor does a
pronoun in a clause that has its own subject ("A jury indicted X and *his* brother, the
U.S. Attorney announced").
"""

from __future__ import annotations

from spacy.tokens import Token

from threadline.extract.coref.antecedents import Antecedent
from threadline.extract.coref.lexicon import FEMALE, MALE, PLURAL, THING
from threadline.extract.coref.rules import CorefSpan, has_plural_head, link

RULE = "pronoun-cataphora"


def main_subject(token: Token) -> Token | None:
    """The subject of the main verb of ``token``'s sentence."""
    root = token.sent.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def in_own_clause(token: Token) -> bool:
    """``token`` sits in a clause with a subject of its own, below the main verb: in "A
    jury indicted Juan Perez and *his* brother, U.S. Attorney Ana Ruiz announced", "his"
    is in what was announced and refers back inside it, not to the announcer."""
    root = token.sent.root
    head = token.head
    while head.i != root.i and head.head.i != head.i:  # tokens compare by index
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(not (s.left_edge.i <= token.i <= s.right_edge.i) for s in subjects):
            return True  # a subject other than the pronoun's own phrase ("his arrest")
        head = head.head
    return False


def agrees(cls: str, word: str, a: Antecedent) -> bool:
    """Whether the pronoun ``word`` of class ``cls`` can stand for ``a`` before it."""
    if cls in (MALE, FEMALE):
        return a.label == "PERSON" and a.gender in (None, cls)
    if cls == PLURAL:
        return has_plural_head(a)
    return cls == THING and word == "its" and a.label != "PERSON"


def cataphor_link(token: Token, cls: str, antecedents: list[Antecedent]) -> CorefSpan | None:
    """The link of a pronoun to the name of the main subject after it (see the
    module's rule), or ``None``."""
    if cls not in (MALE, FEMALE, PLURAL, THING):
        return None
    subject = main_subject(token)
    if subject is None or token.i >= subject.left_edge.i or in_own_clause(token):
        return None
    for a in antecedents:
        if a.span.start <= subject.i < a.span.end:
            fits = agrees(cls, token.lower_, a)
            return (
                link(token.idx, token.idx + len(token.text), "pronoun", a, RULE) if fits else None
            )
    return None
