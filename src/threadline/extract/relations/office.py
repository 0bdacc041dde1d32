"""Office and membership: who holds which role where, leads, belongs to or works for what.

Relations point from the person to the body (or country) of the office:

- ``leads``: "X leads/heads/runs/founded Y"; a leader's title ("X, the head of Y",
  "Y's chief X", "Sinaloa cartel leader X", "X is the boss of Y");
- ``member_of``: "X joined Y", "X, a member of Y", "Y operative X", "Y includes X";
  a unit of a body ("the Treasury's Office of Foreign Assets Control", :mod:`.units`);
- ``employed_by``: "X works for Y", "X is employed by Y";
- ``holds_role``: any other title linked to a body ("Treasury Secretary X", "X, the
  spokesman for Y", "Y, represented by X"), with the title in ``attributes["role"]``;
  also every role the
  extractor found with an organization (``Extraction.roles``).

Titles are found with spaCy's ``DependencyMatcher``: a title noun and the body attached to
it (*of/at/for* phrase, possessive or compound); the holder is the person the title is in
apposition with, the compound it modifies, or the subject of "is".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from threadline.extract.relations import titles
from threadline.extract.relations.frames import ACTORS, MentionIndex, Nominal, Predicate
from threadline.extract.relations.titles import role_type
from threadline.extract.relations.units import unit_relations

FAMILY = "office"

_HOLDER = frozenset({"Person"})
_BODY = ACTORS - _HOLDER
_GROUP = _BODY - {"Location"}  # what one joins: an organization, not a country or a person

PREDICATES = (
    Predicate(
        frozenset(
            {
                "lead",
                "head",
                "run",
                "command",
                "direct",
                "chair",
                "found",
                "manage",
                "control",
                "mastermind",
                "oversee",
            }
        ),
        (("leads", "agent", "patient"),),
        {"agent": _HOLDER, "patient": _BODY},
    ),
    Predicate(
        frozenset({"join", "belong", "enlist", "affiliate"}),
        (("member_of", "agent", "patient"), ("member_of", "agent", "to")),
        {"agent": ACTORS, "patient": _GROUP, "to": _GROUP},
    ),
    Predicate(  # "the SDF, which includes the Syrian Arab Coalition"
        frozenset({"include", "comprise", "incorporate", "encompass"}),
        (("member_of", "patient", "agent"),),
        {"agent": _GROUP, "patient": ACTORS - {"Location"}},
    ),
    Predicate(  # "the Kurdistan Regional Government, represented by Nechirvan Barzani"
        frozenset({"represent"}),
        (("holds_role", "agent", "patient"),),
        {"agent": _HOLDER, "patient": _BODY},
    ),
    Predicate(  # "X was recruited by Y", "X was assigned to Y"
        frozenset({"recruit", "assign", "attach", "induct", "enrol", "enroll"}),
        (
            ("member_of", "patient", "agent"),
            ("member_of", "patient", "into"),
            ("member_of", "patient", "to"),
        ),
        {"agent": _GROUP, "patient": ACTORS, "to": _GROUP, "into": _GROUP},
    ),
    Predicate(
        frozenset({"work", "employ", "hire", "serve"}),
        (
            ("employed_by", "agent", "for"),
            ("employed_by", "patient", "agent"),
            ("employed_by", "agent", "at"),
        ),
        {"agent": ACTORS, "patient": _HOLDER, "for": _BODY, "at": _BODY},
    ),
)


def nominal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """Relations from titles (:mod:`.titles`) and from units of a body (:mod:`.units`)."""
    yield from titles.nominal_relations(doc, index)
    yield from unit_relations(doc, index)


__all__ = ["FAMILY", "PREDICATES", "nominal_relations", "role_type"]
