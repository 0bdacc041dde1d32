"""Agreements: who signed, ratified, extended, suspended or cancelled which agreement.

A relation points from a party to the agreement (a Law mention, or a name ending in
"Agreement", "Treaty", "Convention", "Accord", "Act" …): "Colombia did not sign the
Palermo Convention" → ``signed`` Colombia → Palermo Convention, negated. Lifecycle
types are ``signed``, ``ratified``, ``extended``, ``suspended``, ``cancelled`` (also
"withdrew from", "terminated", "revoked", "scrapped") and ``breached``.

When the agreement is unnamed but its other party is ("signed an extradition treaty
with Panama", "agreed with Mexico"), the relation is ``agreed_with`` between the parties,
with the action in ``attributes["lemma"]``. Coordinated parties of an unnamed agreement
("Colombia and Venezuela suspended the security agreement") are linked pairwise by
``agreed_with`` too (method ``agreements-parties``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Doc

from threadline.extract.dependency_matcher import DependencyMatcher
from threadline.extract.relations.frames import (
    ACTORS,
    AGREEMENT_WORDS,
    MentionIndex,
    Nominal,
    Predicate,
    subject_of,
)

FAMILY = "agreements"

_LAW = frozenset({"Law", "Organization"})  # the NER often types treaties as ORG; see is_agreement
_ROLES = {"agent": ACTORS, "patient": _LAW, "from": _LAW, "with": ACTORS, "between": ACTORS}


def _lifecycle(lemmas: set[str], type_: str, nouns: tuple[str, ...] = ()) -> Predicate:
    # "Mexico's withdrawal from the treaty": the owner of the noun is the party
    return Predicate(
        frozenset(lemmas),
        ((type_, "agent", "patient"), (type_, "agent", "from"), ("agreed_with", "agent", "with")),
        _ROLES,
        nouns=frozenset(nouns),
        owner="agent",
    )


PREDICATES = (
    _lifecycle({"sign", "conclude", "enter", "join", "accede", "adopt"}, "signed", ("signing",)),
    _lifecycle({"ratify", "approve", "endorse"}, "ratified", ("ratification",)),
    _lifecycle({"extend", "renew", "prolong"}, "extended", ("extension", "renewal")),
    _lifecycle({"suspend", "freeze", "pause"}, "suspended", ("suspension",)),
    _lifecycle(
        {
            "cancel",
            "withdraw",
            "terminate",
            "revoke",
            "scrap",
            "annul",
            "abandon",
            "rescind",
            "quit",
        },
        "cancelled",
        ("cancellation", "withdrawal", "termination", "revocation", "annulment"),
    ),
    _lifecycle({"breach", "violate", "break"}, "breached"),
    Predicate(
        frozenset({"agree", "negotiate"}),
        (("agreed_with", "agent", "with"),),
        {"agent": ACTORS, "with": ACTORS},
    ),
)

#: Lifecycle types whose target must be an agreement (checked with ``is_agreement``).
AGREEMENT_TYPES = frozenset(
    {"signed", "ratified", "extended", "suspended", "cancelled", "breached"}
)

_MATCHERS: dict[int, DependencyMatcher] = {}


def _matcher(doc: Doc) -> DependencyMatcher:
    if id(doc.vocab) not in _MATCHERS:
        lemmas = sorted({lemma for p in PREDICATES for lemma in p.lemmas})
        matcher = DependencyMatcher(doc.vocab)
        matcher.add(
            "parties",
            [
                [
                    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, "POS": "VERB"}},
                    {
                        "LEFT_ID": "verb",
                        "REL_OP": ">",
                        "RIGHT_ID": "object",
                        "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": sorted(AGREEMENT_WORDS)}},
                    },
                ]
            ],
        )
        _MATCHERS[id(doc.vocab)] = matcher
    return _MATCHERS[id(doc.vocab)]


def nominal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """``agreed_with`` between coordinated parties acting on one unnamed agreement."""
    for _, (verb_i, object_i) in _matcher(doc)(doc):
        verb = doc[verb_i]
        if doc[object_i].i in index.by_token:
            continue  # a named agreement: the lifecycle relation says it already
        subject = subject_of(verb)
        parties = [m for m in index.expand(subject) if m.type in ACTORS] if subject else []
        for first, second in combinations(parties, 2):
            attributes = {"lemma": verb.lemma_.lower(), "agreement": doc[object_i].text}
            yield Nominal("agreed_with", first, second, verb, "agreements-parties", attributes)
