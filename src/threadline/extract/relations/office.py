"""Office and membership: who holds which role where, leads, belongs to or works for what.

Relations point from the person to the body (or country) of the office:

- ``leads``: "X leads/heads/runs/founded Y"; a leader's title ("X, the head of Y",
  "Y's chief X", "Sinaloa cartel leader X", "X is the boss of Y");
- ``member_of``: "X joined Y", "X, a member of Y", "Y operative X";
- ``employed_by``: "X works for Y", "X is employed by Y";
- ``holds_role``: any other title linked to a body ("Treasury Secretary X", "X, the
  spokesman for Y"), with the title in ``attributes["role"]``; also every role the
  extractor found with an organization (``Extraction.roles``).

Titles are found with spaCy's ``DependencyMatcher``: a title noun and the body attached to
it (*of/at/for* phrase, possessive or compound); the holder is the person the title is in
apposition with, the compound it modifies, or the subject of "is".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from threadline.extract.relations.frames import ACTORS, MentionIndex, Predicate
from threadline.model import Mention

FAMILY = "office"

LEADER_TITLES = frozenset(
    {
        "head",
        "leader",
        "chief",
        "boss",
        "founder",
        "commander",
        "director",
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "kingpin",
        "ringleader",
        "capo",
        "governor",
        "mayor",
        "ceo",
        "minister",
        "secretary",
        "king",
        "premier",
        "general",
        "administrator",
        "prime",
    }
)
MEMBER_TITLES = frozenset(
    {
        "member",
        "associate",
        "affiliate",
        "operative",
        "militant",
        "lieutenant",
        "hitman",
        "soldier",
        "fighter",
        "enforcer",
        "accountant",
        "lawyer",
        "financier",
        "courier",
    }
)
OTHER_TITLES = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officer",
        "agent",
        "prosecutor",
        "judge",
        "ambassador",
        "envoy",
        "deputy",
        "advisor",
        "adviser",
        "employee",
        "staff",
        "representative",
        "attorney",
        "senator",
        "lawmaker",
        "minister",
    }
)
TITLES = LEADER_TITLES | MEMBER_TITLES | OTHER_TITLES
_HOLDER = frozenset({"Person"})
_BODY = ACTORS - _HOLDER

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
        frozenset({"join", "belong", "enlist", "recruit"}),
        (
            ("member_of", "agent", "patient"),
            ("member_of", "agent", "to"),
            ("member_of", "patient", "agent"),
            ("member_of", "patient", "into"),
        ),
        {"agent": ACTORS, "patient": ACTORS, "to": _BODY, "into": _BODY},
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


def _matcher(doc: Doc) -> DependencyMatcher:
    matcher = DependencyMatcher(doc.vocab)
    title = {"RIGHT_ID": "title", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(TITLES)}}}
    matcher.add(
        "title_of",
        [
            [
                title,
                {
                    "LEFT_ID": "title",
                    "REL_OP": ">",
                    "RIGHT_ID": "prep",
                    "RIGHT_ATTRS": {
                        "DEP": "prep",
                        "LOWER": {"IN": ["of", "at", "for", "in", "with"]},
                    },
                },
                {
                    "LEFT_ID": "prep",
                    "REL_OP": ">",
                    "RIGHT_ID": "body",
                    "RIGHT_ATTRS": {"DEP": "pobj"},
                },
            ]
        ],
    )
    matcher.add(
        "body_title",
        [
            [
                title,
                {
                    "LEFT_ID": "title",
                    "REL_OP": ">",
                    "RIGHT_ID": "body",
                    "RIGHT_ATTRS": {"DEP": {"IN": ["poss", "compound", "nmod", "amod"]}},
                },
            ]
        ],
    )
    return matcher


def holder_of(title: Token) -> Token | None:
    """The person a title noun describes: apposition, compound chain or copula subject."""
    for child in title.children:
        if child.dep_ == "appos":
            return child
    current = title
    while current.dep_ == "compound" and current.head is not current:
        current = current.head
    if current is not title and current.pos_ == "PROPN":
        return current
    if title.dep_ == "appos":
        return title.head
    if title.dep_ == "attr" and title.head.lemma_ == "be":
        return next((c for c in title.head.children if c.dep_ == "nsubj"), None)
    return None


def title_relations(doc: Doc, index: MentionIndex) -> Iterator[tuple[str, Mention, Mention, Token]]:
    """(type, person, body, title token) for every title linking a person to a body."""
    seen: set[tuple[int, int]] = set()
    for _, (title_i, *rest) in _matcher(doc)(doc):
        title, body = doc[title_i], doc[rest[-1]]
        holder = holder_of(title)
        if holder is None:
            continue
        person, organization = index.at(holder), index.at(body)
        if person is None or organization is None or person is organization:
            continue
        if person.type not in _HOLDER or organization.type not in _BODY:
            continue
        if (title.i, body.i) in seen:
            continue
        seen.add((title.i, body.i))
        lemma = title.lower_
        type_ = (
            "leads"
            if lemma in LEADER_TITLES
            else "member_of"
            if lemma in MEMBER_TITLES
            else "holds_role"
        )
        yield type_, person, organization, title


def role_type(role: str) -> str:
    """``leads``, ``member_of`` or ``holds_role`` for a role's words ("cartel boss" → leads)."""
    words = set(role.lower().split())
    if words & LEADER_TITLES:
        return "leads"
    if words & MEMBER_TITLES:
        return "member_of"
    return "holds_role"
