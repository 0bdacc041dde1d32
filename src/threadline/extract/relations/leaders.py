"""Leaders named in apposition to a leader noun: "the Acme Organized Crime Group and its
leaders John Smith, Mary Jones and Paul Brown" → three ``leads`` relations.

The group is the leader noun's owner: a name ("Acme's leaders A and B"), or the name
that the possessive pronoun's phrase is coordinated with ("X and *its* leaders A,
B"). The leaders are the names in
apposition, and every name coordinated with them (the parser chains such lists:
A appos of "leaders", B appos of A, C conj of B). Leader nouns are
``data/relations/leader_nouns.txt``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from threadline.extract.relations.frames import MentionIndex, Nominal, Predicate
from threadline.extract.vocabulary import words
from threadline.model import PERSON, Mention

FAMILY = "leaders"
PREDICATES: tuple[Predicate, ...] = ()
_GROUPS = frozenset({"Organization", "PublicBody", "Company", "LegalEntity"})
_PRONOUNS = frozenset({"its", "their"})


def _group(noun: Token, index: MentionIndex) -> Mention | None:
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ not in _PRONOUNS:
            return index.by_token.get(child.i)
        if noun.dep_ == "conj":
            return index.by_token.get(noun.head.i)
    return None


def _names(noun: Token, index: MentionIndex) -> list[Mention]:
    found: list[Mention] = []
    queue = [c for c in noun.children if c.dep_ == "appos"]
    while queue:
        token = queue.pop(0)
        mention = index.by_token.get(token.i)
        if mention is None:
            continue
        if mention not in found:
            found.append(mention)
        queue.extend(c for c in token.children if c.dep_ in ("appos", "conj"))
    return found


def nominal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """``leads`` from each leader named in apposition to an owned leader noun."""
    leader_nouns = words("relations/leader_nouns")
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_ not in leader_nouns:
            continue
        group = _group(token, index)
        if group is None or group.type not in _GROUPS:
            continue
        for person in _names(token, index):
            if person.type == PERSON:
                yield Nominal("leads", person, group, token, "leaders-apposition")
