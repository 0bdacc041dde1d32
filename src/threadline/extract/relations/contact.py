"""Contact and statements: met, spoke with, visited, cooperated with, criticised, accused.

- ``met``: both parties of a meeting ("X met (with) Y"); ``spoke_with`` for calls and
  talks ("X spoke with Y", "X called Y", "X told Y");
- ``visited``: actor → place ("X visited Bogotá", "X travelled to Bogotá"); ``met_in``:
  the place of a meeting ("met … in Vienna");
- ``cooperated_with``: "worked with", "cooperated with", "helped", "supported", "assisted";
- ``attacked``: violence between groups ("X attacked/fought/killed Y");
- ``attacked`` from a noun too: "the SDF's fight against ISIL", "U.S. airstrikes against
  al-Qaida", "X conducted strikes against Y" (method ``contact-nominal``);
- ``cooperated_with`` from a noun of help: "X conducted strikes in support of Y";
- statements: ``criticised`` ("condemned", "denounced") and ``accused`` ("X accused Y of …",
  "blamed"), from the speaker to the one spoken of; ``praised`` the other way round.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from threadline.extract.dependency_matcher import DependencyMatcher
from threadline.extract.relations.frames import (
    ACTORS,
    PLACES,
    MentionIndex,
    Nominal,
    Predicate,
    subject_of,
)
from threadline.extract.relations.reciprocal import reciprocal_relations
from threadline.model import Mention

FAMILY = "contact"

PREDICATES = (
    Predicate(
        frozenset({"meet", "host", "receive"}),
        (
            ("met", "agent", "patient"),
            ("met", "agent", "with"),
            ("met_in", "agent", "in"),
            ("met_in", "patient", "in"),
            ("met_in", "with", "in"),  # "X met with Y in Baghdad": both were there
        ),
        {"agent": ACTORS, "patient": ACTORS, "with": ACTORS, "in": PLACES},
    ),
    Predicate(  # talking *about* a thing is not talking *with* it: no object here
        frozenset({"speak", "talk", "discuss", "confer", "communicate", "chat", "negotiate"}),
        (("spoke_with", "agent", "with"), ("spoke_with", "agent", "to")),
        {"agent": ACTORS, "with": ACTORS, "to": ACTORS},
    ),
    Predicate(  # the object is the one spoken to: "X called Y", "X briefed Y"
        frozenset(
            {
                "call",
                "phone",
                "tell",
                "brief",
                "consult",
                "contact",
                "telephone",
                "message",
                "email",
                "text",
                "update",
                "urge",
                "thank",
            }
        ),
        (("spoke_with", "agent", "patient"), ("spoke_with", "agent", "with")),
        {"agent": ACTORS, "patient": ACTORS - {"Location"}, "with": ACTORS},
    ),
    Predicate(
        frozenset({"visit", "travel", "fly", "tour", "arrive"}),
        (("visited", "agent", "patient"), ("visited", "agent", "to"), ("visited", "agent", "in")),
        {"agent": ACTORS, "patient": PLACES, "to": PLACES, "in": PLACES},
    ),
    Predicate(
        frozenset(
            {
                "cooperate",
                "collaborate",
                "work",
                "partner",
                "help",
                "assist",
                "support",
                "aid",
                "back",
                "ally",
                "train",
                "advise",
                "coordinate",
                "team",
            }
        ),
        (("cooperated_with", "agent", "with"), ("cooperated_with", "agent", "patient")),
        {"agent": ACTORS, "with": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset(
            {
                "attack",
                "fight",
                "kill",
                "target",
                "strike",
                "bomb",
                "ambush",
                "clash",
                "battle",
                "combat",
                "defeat",
                "destroy",
                "engage",
                "raid",
                "murder",
                "hit",
            }
        ),
        (
            ("attacked", "agent", "patient"),
            ("attacked", "agent", "with"),
            ("attacked", "agent", "against"),
        ),
        {"agent": ACTORS, "patient": ACTORS - PLACES, "with": ACTORS, "against": ACTORS},
    ),
    Predicate(
        frozenset(
            {"criticise", "criticize", "condemn", "denounce", "slam", "blast", "rebuke", "warn"}
        ),
        (("criticised", "agent", "patient"),),
        {"agent": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset({"accuse", "blame", "allege", "implicate", "link"}),
        (("accused", "agent", "patient"),),
        {"agent": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset({"praise", "thank", "welcome", "commend", "applaud"}),
        (("praised", "agent", "patient"),),
        {"agent": ACTORS, "patient": ACTORS},
    ),
)

#: Nouns of armed action; "<noun> against Y" names the target, its owner the attacker.
#: Not "defense": "ISIL's defenses against the SDF" is the SDF attacking.
ATTACK_NOUNS = frozenset(
    {
        "fight",
        "campaign",
        "strike",
        "airstrike",
        "attack",
        "war",
        "offensive",
        "operation",
        "raid",
        "assault",
        "battle",
        "struggle",
        "crackdown",
        "mission",
        "action",
        "fighting",
    }
)
#: Nouns of help; "<noun> of/for/to Y" names who is helped, the subject the helper.
SUPPORT_NOUNS = frozenset({"support", "assistance", "aid", "help", "backing", "cooperation"})
_MATCHERS: dict[int, DependencyMatcher] = {}


def _matcher(doc: Doc) -> DependencyMatcher:
    if id(doc.vocab) not in _MATCHERS:
        matcher = DependencyMatcher(doc.vocab)
        matcher.add(
            "attack_against",
            [
                [
                    {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(ATTACK_NOUNS)}}},
                    {
                        "LEFT_ID": "noun",
                        "REL_OP": ">",
                        "RIGHT_ID": "prep",
                        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["against", "on"]}},
                    },
                    {
                        "LEFT_ID": "prep",
                        "REL_OP": ">",
                        "RIGHT_ID": "target",
                        "RIGHT_ATTRS": {"DEP": "pobj"},
                    },
                ]
            ],
        )
        matcher.add(
            "support_of",  # "in support of Y", "X's support for Y", "assistance to Y"
            [
                [
                    {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(SUPPORT_NOUNS)}}},
                    {
                        "LEFT_ID": "noun",
                        "REL_OP": ">",
                        "RIGHT_ID": "prep",
                        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["of", "for", "to"]}},
                    },
                    {
                        "LEFT_ID": "prep",
                        "REL_OP": ">",
                        "RIGHT_ID": "target",
                        "RIGHT_ATTRS": {"DEP": "pobj"},
                    },
                ]
            ],
        )
        _MATCHERS[id(doc.vocab)] = matcher
    return _MATCHERS[id(doc.vocab)]


def _attacker(noun: Token, index: MentionIndex) -> Mention | None:
    """Who acts: the noun's owner ("the SDF's fight"), else the subject of its verb."""
    if noun.dep_ == "prep":  # "in support of": look at what the phrase hangs on
        head = noun.head
        if head.pos_ in ("VERB", "AUX"):
            subject = subject_of(head)
            return index.at(subject) if subject is not None else None
        return _attacker(head, index)
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod", "amod") and index.at(child) is not None:
            return index.at(child)
    if noun.dep_ in ("dobj", "pobj", "attr") and noun.head.pos_ in ("VERB", "AUX", "ADP"):
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        if verb.pos_ in ("VERB", "AUX"):
            subject = subject_of(verb)
            return index.at(subject) if subject is not None else None
    return None


def nominal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """``attacked`` from nouns of armed action with an *against* phrase,
    ``cooperated_with`` from nouns of help ("in support of Y"), and the relations of
    reciprocal words between the parties they join (:mod:`.reciprocal`)."""
    for match_id, (noun_i, _prep, target_i) in _matcher(doc)(doc):
        noun = doc[noun_i]
        type_ = "attacked" if doc.vocab.strings[match_id] == "attack_against" else "cooperated_with"
        if type_ == "cooperated_with" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            noun = noun.head  # "conducted strikes in support of Y": the helper is the subject
        source, target = _attacker(noun, index), index.at(doc[target_i])
        if source is None or target is None or source is target:
            continue
        if source.type in ACTORS and target.type in ACTORS and source.text != target.text:
            owned = any(
                c.dep_ in ("poss", "compound", "nmod", "amod") and index.at(c) is source
                for c in noun.children
            )
            yield Nominal(type_, source, target, doc[noun_i], "contact-nominal", clausal=not owned)
    yield from reciprocal_relations(doc, index)
