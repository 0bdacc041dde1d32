"""Reciprocal words relate the parties they join (rule ``contact-reciprocal-v1``).

"*Mexico and the United States* will work together", "*the secretary and Abadi*
agreed", "the agreement *between Iraq and the Kurdistan Regional Government*",
"close cooperation *between X and Y*": the two named parties get the relation of the
word (``data/relations/reciprocal.txt``: ``agreed_with``, ``cooperated_with``,
``spoke_with``), all symmetric. A verb needs two coordinated subjects and no *with*
phrase (that case is the verb patterns'); "work" counts only with "together". A list
of more than two parties ("close coordination between DEA, FBI, ICE, …") says nothing
of each pair, and gives none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from threadline.extract.relations.frames import ACTORS, MentionIndex, Nominal, subject_of
from threadline.extract.vocabulary import table
from threadline.model import Mention


def _words(kind: str) -> dict[str, str]:
    return {lemma: type_ for k, lemma, type_ in table("relations/reciprocal") if k == kind}


def _parties(token: Token | None, index: MentionIndex) -> list[Mention]:
    if token is None:
        return []
    return [m for m in index.expand(token) if m.type in ACTORS]


def _verb_parties(verb: Token, index: MentionIndex) -> list[Mention]:
    children = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return []
    if verb.lemma_.lower() == "work" and not any(c.lower_ == "together" for c in children):
        return []
    return _parties(subject_of(verb), index)


def _noun_parties(noun: Token, index: MentionIndex) -> list[Mention]:
    between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if between is None:
        return []
    pobj = next((c for c in between.children if c.dep_ == "pobj"), None)
    return _parties(pobj, index)


def reciprocal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """A symmetric relation between the two parties of a reciprocal verb or noun."""
    verbs, nouns = _words("verb"), _words("noun")
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in verbs:
            type_, parties = verbs[lemma], _verb_parties(token, index)
        elif token.pos_ == "NOUN" and (lemma in nouns or token.lower_ in nouns):
            type_ = nouns.get(lemma) or nouns[token.lower_]
            parties = _noun_parties(token, index)
        else:
            continue
        unique = list({m.id: m for m in parties}.values())
        if len(unique) != 2:
            continue  # "coordination between DEA, FBI, ICE …" says nothing of each pair
        first, second = unique
        if first.text != second.text:
            yield Nominal(type_, first, second, token, "contact-reciprocal")
