"""Titles: the nouns that tie a person to a body ("X, the head of Y", "Treasury Secretary X").

Found with spaCy's ``DependencyMatcher``: a title noun and the body attached to it
(*of/at/for* phrase, possessive, or compound up to two steps: "an ISIL gang leader"); the
holder is the person the title is in apposition with, the compound it modifies, or the
subject of "is". "X, commander, U.S. Central Command" (title and body both in apposition)
and "X is working as part of Y" (``member_of``, method ``office-part``) are matched too.
A leader's title gives ``leads``, a member's ``member_of``, any other ``holds_role``; a
place after *in* ("a leader in Raqqah") says where, not what, and is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from threadline.extract.dependency_matcher import DependencyMatcher
from threadline.extract.relations.frames import ACTORS, MentionIndex, Nominal, subject_of

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


_MATCHERS: dict[int, DependencyMatcher] = {}


def _matcher(doc: Doc) -> DependencyMatcher:
    if id(doc.vocab) in _MATCHERS:
        return _MATCHERS[id(doc.vocab)]
    matcher = DependencyMatcher(doc.vocab)
    title = {"RIGHT_ID": "title", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(TITLES)}}}
    matcher.add(
        "title_of",  # "X, the head of Y"; "X is a member of Y"
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
    modifier = {"DEP": {"IN": ["poss", "compound", "nmod", "amod"]}}
    matcher.add(
        "body_title",  # "Y's chief X", "cartel leader X", "an ISIL gang leader"
        [
            [
                title,
                {"LEFT_ID": "title", "REL_OP": ">", "RIGHT_ID": "body", "RIGHT_ATTRS": modifier},
            ],
            [
                title,
                {
                    "LEFT_ID": "title",
                    "REL_OP": ">",
                    "RIGHT_ID": "mid",
                    "RIGHT_ATTRS": {"DEP": "compound"},
                },
                {"LEFT_ID": "mid", "REL_OP": ">", "RIGHT_ID": "body", "RIGHT_ATTRS": modifier},
            ],
        ],
    )
    matcher.add(
        "title_body_appos",  # "X, commander, U.S. Central Command"
        [
            [
                {
                    "RIGHT_ID": "title",
                    "RIGHT_ATTRS": {"DEP": "appos", "LOWER": {"IN": sorted(TITLES)}},
                },
                {
                    "LEFT_ID": "title",
                    "REL_OP": "<",
                    "RIGHT_ID": "person",
                    "RIGHT_ATTRS": {"POS": "PROPN"},
                },
                {
                    "LEFT_ID": "person",
                    "REL_OP": ">",
                    "RIGHT_ID": "body",
                    "RIGHT_ATTRS": {"DEP": "appos", "POS": "PROPN"},
                },
            ]
        ],
    )
    matcher.add(
        "part_of",  # "X is working as part of Y", "X will operate as part of Y"
        [
            [
                {"RIGHT_ID": "title", "RIGHT_ATTRS": {"LOWER": "part"}},
                {
                    "LEFT_ID": "title",
                    "REL_OP": "<",
                    "RIGHT_ID": "as",
                    "RIGHT_ATTRS": {"LOWER": "as"},
                },
                {
                    "LEFT_ID": "as",
                    "REL_OP": "<",
                    "RIGHT_ID": "verb",
                    "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}},
                },
                {
                    "LEFT_ID": "title",
                    "REL_OP": ">",
                    "RIGHT_ID": "of",
                    "RIGHT_ATTRS": {"LOWER": "of"},
                },
                {
                    "LEFT_ID": "of",
                    "REL_OP": ">",
                    "RIGHT_ID": "body",
                    "RIGHT_ATTRS": {"DEP": "pobj"},
                },
            ]
        ],
    )
    _MATCHERS[id(doc.vocab)] = matcher
    return matcher


def holder_of(title: Token) -> Token | None:
    """The person a title noun describes: apposition, compound chain or copula subject."""
    for child in title.children:
        if child.dep_ == "appos":
            return child
    current = title
    while current.dep_ == "compound" and current.head.i != current.i:
        current = current.head
    if current.i != title.i and current.pos_ == "PROPN":
        return current
    if title.dep_ == "appos":
        return title.head
    if title.dep_ == "attr" and title.head.lemma_ == "be":
        return next((c for c in title.head.children if c.dep_ == "nsubj"), None)
    return None


def nominal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """Titles linking a person to a body (``office-titles``) and "as part of" (``office-part``)."""
    seen: set[tuple[int, int]] = set()
    for match_id, tokens in _matcher(doc)(doc):
        label = doc.vocab.strings[match_id]
        if label == "part_of":
            title, verb, body = doc[tokens[0]], doc[tokens[2]], doc[tokens[4]]
            holder, allowed = subject_of(verb), ACTORS
        elif label == "title_body_appos":
            title, holder, body = doc[tokens[0]], doc[tokens[1]], doc[tokens[2]]
            if body.i < title.i:
                continue
            allowed = _HOLDER
        else:
            title, body = doc[tokens[0]], doc[tokens[-1]]
            holder, allowed = holder_of(title), _HOLDER
        if holder is None or (title.i, body.i) in seen:
            continue
        person, organization = index.at(holder), index.at(body)
        if person is None or organization is None or person is organization:
            continue
        if person.type not in allowed or organization.type not in _BODY:
            continue
        if organization.type == "Location" and label != "body_title" and _prep(body) == "in":
            continue  # "a leader in Raqqah" names where, not what he leads
        seen.add((title.i, body.i))
        if label == "part_of":
            yield Nominal("member_of", person, organization, title, "office-part")
            continue
        yield Nominal(
            role_type(title.lower_),
            person,
            organization,
            title,
            "office-titles",
            {"role": _title_words(title)},
            clausal=False,  # "X, the head of Y, did not meet Z": X still heads Y
        )


def _prep(token: Token) -> str:
    return token.head.lower_ if token.dep_ == "pobj" else ""


def _title_words(title: Token) -> str:
    words = [c for c in title.children if c.dep_ == "compound" and c.i < title.i] + [title]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def role_type(role: str) -> str:
    """``leads``, ``member_of`` or ``holds_role`` for a role's words ("cartel boss" → leads)."""
    words = set(role.lower().split())
    if words & LEADER_TITLES:
        return "leads"
    if words & MEMBER_TITLES:
        return "member_of"
    return "holds_role"
