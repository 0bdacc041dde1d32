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
from threadline.extract.vocabulary import words
from threadline.model import Mention

LEADER_TITLES = words("relations/leader_titles")
MEMBER_TITLES = words("relations/member_titles")
OTHER_TITLES = words("relations/other_titles")
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
            title_type(
                title,
                _through_unit(label, tokens, doc, organization),
                country=organization.type == "Location",
            ),
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


def title_type(title: Token, through_unit: bool = False, country: bool = False) -> str:
    """The relation a title noun gives: :func:`role_type` of the title and the words
    before it ("Press Secretary" holds a role), and a leader of a unit of the body is its
    member (rule ``titles-unit-leader-v1``: "an *ISIL gang* leader" leads a gang and is a
    member of ISIL: ``through_unit``), and only a head of state, government or city leads
    a place (rule ``titles-state-leader-v1``, ``data/relations/state_leader_titles.txt``:
    "Iraqi Prime Minister X" leads Iraq, "Russian Foreign Minister X" holds a role)."""
    words_before = _title_words(title)
    if title.i > 0 and title.nbor(-1).lower_ in words("relations/title_qualifiers"):
        words_before = f"{title.nbor(-1).lower_} {words_before}"  # "Under Secretary"
    kind = role_type(words_before)
    if kind == "leads" and country:
        heads = words("relations/state_leader_titles")
        return "leads" if set(words_before.lower().split()) & heads else "holds_role"
    return "member_of" if kind == "leads" and through_unit else kind


def _through_unit(label: str, tokens: list[int], doc: Doc, body: Mention) -> bool:
    """A "body title" match with a unit noun (``data/relations/unit_nouns.txt``) between
    the body's name and the title: "an ISIL *gang* leader" (but "Sinaloa cartel leader"
    leads the cartel)."""
    title = doc[tokens[0]]
    between = [t for t in doc[: title.i] if t.idx >= body.end and t.head.i == title.i]
    units = words("relations/unit_nouns")
    return label == "body_title" and any(t.lemma_.lower() in units for t in between)


def role_type(role: str) -> str:
    """``leads``, ``member_of`` or ``holds_role`` for a role's words ("cartel boss" → leads).

    A leader title qualified as a post under the head holds a role and does not lead
    (rule ``titles-qualified-v1``, ``data/relations/title_qualifiers.txt``): "Deputy
    Secretary", "Press Secretary", "Assistant Director", "Vice President". A leader of a
    unit of the body is its member (rule ``titles-unit-leader-v1``: "gang leader" of ISIL,
    ``data/relations/unit_nouns.txt``)."""
    words_in = set(role.lower().split())
    if words_in & LEADER_TITLES and words_in & words("relations/unit_nouns"):
        return "member_of"
    if words_in & LEADER_TITLES and not words_in & words("relations/title_qualifiers"):
        return "leads"
    if words_in & MEMBER_TITLES:
        return "member_of"
    return "holds_role"
