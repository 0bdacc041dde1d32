"""Places: where an actor is (``located_in``) and what it holds (``controls``).

``controls`` (actor → Location): "the cartel controls the port of Manzanillo", "ISIL has
had control of Mosul", "the town was seized by X"; the family's verbs and nouns.

"Sinaloa cartel cells in Madrid", "U.S. service members in Syria" (a place phrase on the
actor's own name; not on its possessor: "its influence in Central Asia", "Russia's
embassy in Kabul" place the influence and the embassy, not the owner), and "X operates
near Y", "Police raided a warehouse in Y" (a place phrase on the verb: its subject and
object are there). Prepositions counted: *in, near,
at, across, inside, around, outside*. Relations with a more specific type (``arrested_in``,
``met_in``, ``visited``) come from their own families; this is the generic fallback.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from threadline.extract.dependency_matcher import DependencyMatcher
from threadline.extract.relations.frames import (
    ACTORS,
    PLACES,
    MentionIndex,
    Nominal,
    Predicate,
    arguments,
)

FAMILY = "places"
PREPOSITIONS = ("in", "near", "at", "across", "inside", "around", "outside")
PREDICATES = (
    Predicate(  # "the cartel controls the port", "ISIL has had control of Mosul"
        frozenset({"control", "hold", "seize", "capture", "occupy", "overrun", "retake"}),
        (("controls", "agent", "patient"),),
        {"agent": ACTORS - PLACES, "patient": PLACES},
        nouns=frozenset({"control", "seizure", "capture", "occupation"}),
    ),
)
_MATCHERS: dict[int, DependencyMatcher] = {}


def _matcher(doc: Doc) -> DependencyMatcher:
    if id(doc.vocab) not in _MATCHERS:
        matcher = DependencyMatcher(doc.vocab)
        matcher.add(  # anchored on the (rare) preposition, not on every noun or verb
            "located_in",
            [
                [
                    {
                        "RIGHT_ID": "prep",
                        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": list(PREPOSITIONS)}},
                    },
                    {
                        "LEFT_ID": "prep",
                        "REL_OP": "<",
                        "RIGHT_ID": "head",
                        "RIGHT_ATTRS": {"POS": {"IN": ["NOUN", "PROPN", "VERB"]}},
                    },
                    {
                        "LEFT_ID": "prep",
                        "REL_OP": ">",
                        "RIGHT_ID": "place",
                        "RIGHT_ATTRS": {"DEP": "pobj"},
                    },
                ]
            ],
        )
        _MATCHERS[id(doc.vocab)] = matcher
    return _MATCHERS[id(doc.vocab)]


def nominal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """``located_in`` from place phrases on actor names and on verbs with actor arguments."""
    for _, (prep_i, head_i, place_i) in _matcher(doc)(doc):
        head = doc[head_i]
        places = [m for m in index.expand(doc[place_i]) if m.type in PLACES]
        if not places:
            continue
        if head.pos_ == "VERB":
            actors = [
                m
                for role, token in arguments(head)
                if role in ("agent", "patient")
                for m in index.expand(token)
                if m.type in ACTORS
            ]
        else:
            owners = [index.at(c) for c in head.children if c.dep_ == "poss"]
            actors = [m for m in index.expand(head) if m.type in ACTORS and m not in owners]
        for actor in actors:
            for place in places:
                if actor is not place and actor.text != place.text:
                    yield Nominal(
                        "located_in",
                        actor,
                        place,
                        doc[prep_i],
                        "places-rules",
                        {"preposition": doc[prep_i].lower_},
                    )
