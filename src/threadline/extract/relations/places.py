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

from spacy.tokens import Doc, Token

from threadline.extract.dependency_matcher import DependencyMatcher
from threadline.extract.relations.frames import (
    ACTORS,
    PLACE_NOUNS,
    PLACES,
    MentionIndex,
    Nominal,
    Predicate,
    arguments,
)
from threadline.extract.relations.titles import holder_of
from threadline.extract.vocabulary import words
from threadline.model import PERSON, Mention

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


def place_mentions(index: MentionIndex, token: Token) -> list[Mention]:
    """The places a place phrase names (``places-argument-v1``): the mention of its own
    word and of the words coordinated with it ("in Sinaloa, Sonora and Durango"), or
    what a place noun stands for ("the city of Mosul", "Idlib province"), or the state
    of a state noun ("extradited to Mexican authorities"). A place that only modifies
    another noun is not where anything is: "visited *U.S.* service members",
    "a role in *Iraq's* efforts"."""
    found: list[Mention] = []
    for current in [token, *_conjuncts(token)]:
        lemma = current.lemma_.lower()
        if (
            current.i in index.by_token
            or lemma in PLACE_NOUNS
            or lemma in words("events/state_nouns")
        ):
            mention = index.at(current)
        else:
            mention = next(
                (
                    index.by_token[c.i]
                    for c in current.children
                    if c.dep_ == "appos" and c.i in index.by_token
                ),
                None,
            )
        if mention is not None and mention.type in PLACES and mention not in found:
            found.append(mention)
    return found


def _conjuncts(token: Token) -> list[Token]:
    found, queue = [], [c for c in token.children if c.dep_ == "conj"]
    while queue:
        current = queue.pop(0)
        found.append(current)
        queue.extend(c for c in current.children if c.dep_ == "conj")
    return found


def _located_nominal(head: Token, index: MentionIndex) -> list[Mention]:
    """Who a place phrase on a noun places: the named actor, not its owner ("its
    influence in Central Asia"); for a person noun, the person it describes, not the
    group that qualifies it ("Abu Jandal, an *ISIL* gang leader in Raqqah" places Abu
    Jandal)."""
    if head.i not in index.by_token and head.lemma_.lower() in words("relations/group_nouns"):
        holder = holder_of(head)
        person = index.at(holder) if holder is not None else None
        if person is not None and person.type == PERSON:
            return [person]  # else "Sinaloa operatives in Madrid": the group is there
    owners = [index.at(c) for c in head.children if c.dep_ == "poss"]
    return [m for m in index.expand(head) if m.type in ACTORS and m not in owners]


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
        places = place_mentions(index, doc[place_i])
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
            actors = _located_nominal(head, index)
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
