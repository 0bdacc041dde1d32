"""Definite nominal mentions: "the minister", "the retired Marine general", "the cartel".

A nominal is "the", "this" or "that", up to four modifiers (adjectives, ranks, nouns,
nationalities: "former", "retired", "Marine", "drug"), and a singular head noun that is
an office ("secretary", "general"), a noun for a person ("defendant", "wife") or for an
organisation ("cartel", "agency"). It is not a nominal when it introduces a name ("the
Treasury Secretary Janet Yellen"), heads a longer phrase ("the head of the agency",
"the group leader"), is narrowed by a clause ("the man he shot", "the suspect who fled"),
or lies inside a name ("the Sinaloa Cartel").

A relative after a possessive pronoun ("her husband", "his wife") is a nominal too
(``coref-v1:nominal-kin``): the nearest named person of the noun's gender other than the
one the possessive refers to ("Nisreen Bahar and *her husband* held captives" → the man
named before her, not Nisreen Bahar, nor any name coordinated with the nominal).

A nominal set off by a comma or dash just before a name refers to that name
(``coref-v1:nominal-appositive``: "the drug czar, Director of National Drug Control
Policy John Walters"; "this particular suspect—Jamey Lee Matthews—").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from threadline.extract.coref.antecedents import Antecedent
from threadline.extract.coref.lexicon import (
    kin_nouns,
    org_nouns,
    person_nouns,
    title_abbreviations,
    title_word,
)
from threadline.extract.coref.rules import (
    NOMINAL_REACH,
    CorefSpan,
    link,
    named_org,
    office_holder,
)
from threadline.extract.titles import OFFICE_WORDS, is_office, is_title_word

DETERMINERS = frozenset({"the", "this", "that"})
POSSESSIVES = frozenset({"his", "her", "their"})
MAX_MODIFIERS = 4
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB"})
_BLOCKING_ENTITIES = frozenset({"PERSON", "ORG", "PUBLIC_BODY", "COMPANY", "LAW"})
_NARROWING = frozenset({"who", "whom", "whose", "that", "which", "he", "she", "they", "i", "we"})
_APPOSITION_MARKS = frozenset({",", "\u2014", "\u2013", "-", "--"})
_TITLE_FILLERS = frozenset({"of", "the", "and", "for", "'s", "\u2019s"})
MAX_APPOSITIVE_TITLE = 12


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """Every word that may head a nominal, lower case without a final "s" or full stop
    (a quick filter before :func:`head_kind`)."""
    words = {*org_nouns(), *person_nouns(), *OFFICE_WORDS, *title_abbreviations()}
    return frozenset(w.rstrip(".s") for w in words)


def head_kind(token: Token) -> str | None:
    """ "org", "person" or "office" for a singular head noun of a nominal, else ``None``."""
    if token.tag_ not in ("NN", "NNP") or token.ent_type_ in _BLOCKING_ENTITIES:
        return None
    word = title_word(token.text)
    if word in org_nouns():
        return "org"
    if word in person_nouns():
        return "person"
    return "office" if is_office(word) and not word.endswith("s") else None


def _ends_phrase(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends its noun phrase (no name, "of …" or noun follows)."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if nxt.ent_type_ in _BLOCKING_ENTITIES or nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN"):
        return False
    if nxt.lower_ in _NARROWING:
        return False
    return nxt.text not in ("'s", "\u2019s")


def appositive_person(doc: Doc, i: int, antecedents: list[Antecedent]) -> Antecedent | None:
    """The person named right after the nominal ending at token ``i``, past a comma or dash
    and perhaps a title ("…, Director of the Office of National Drug Control Policy X")."""
    j = i + 1
    if j >= len(doc) or doc[j].text not in _APPOSITION_MARKS:
        return None
    j += 1
    while j < len(doc) and j - i <= MAX_APPOSITIVE_TITLE:
        token = doc[j]
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            return next((a for a in antecedents if a.span.start == j), None)
        filler = token.lower_ in _TITLE_FILLERS or token.ent_type_ in _BLOCKING_ENTITIES
        if not (filler or is_title_word(token.text) or token.is_title):
            return None
        j += 1
    return None


def nominal_start(doc: Doc, i: int) -> int | None:
    """Index of the determiner that opens the nominal ending at head ``i``, if any."""
    j = i - 1
    while j >= 0 and i - j <= MAX_MODIFIERS + 1:
        token = doc[j]
        if token.lower_ in DETERMINERS:
            return j
        if token.lower_ in POSSESSIVES and title_word(doc[i].text) in kin_nouns():
            return j
        if token.pos_ not in _MODIFIER_POS or token.ent_type_ in _BLOCKING_ENTITIES:
            return None
        if "\n" in token.whitespace_:
            return None
        j -= 1
    return None


def _near_people(before: list[Antecedent], sentence: int, gender: str) -> list[Antecedent]:
    return [
        a
        for a in before
        if a.label == "PERSON"
        and sentence - a.sentence <= NOMINAL_REACH
        and (gender == "any" or a.gender in (None, gender))
    ]


def _coordinated(a: Antecedent, head: Token) -> bool:
    """ "Umm Sayyaf and her husband": the name coordinated with "her husband" owns it."""
    root = a.span.root
    return (head.dep_ == "conj" and head.head == root) or (
        root.dep_ == "conj" and root.head == head
    )


def _kin_link(
    begin: int,
    end: int,
    word: str,
    sentence: int,
    before: list[Antecedent],
    owner: tuple[int, int] | None,
    head: Token,
) -> CorefSpan | None:
    """ "her husband": the nearest person of the noun's gender who is not her (by any
    mention of her name)."""
    owners = {a.span.text for a in before if a.offsets == owner or _coordinated(a, head)}
    people = [
        a for a in _near_people(before, sentence, person_nouns()[word]) if a.span.text not in owners
    ]
    return link(begin, end, "nominal", people[-1], "nominal-kin") if people else None


def nominal_link(
    doc: Doc,
    i: int,
    kind: str,
    sentence: int,
    antecedents: list[Antecedent],
    owners: dict[int, tuple[int, int]] | None = None,
) -> CorefSpan | None:
    """The link of the nominal whose head is token ``i`` (see ``rules`` for the rules);
    ``owners`` maps the offsets of pronouns just linked to their antecedents, so that
    "her" in "her husband" is known."""
    start = nominal_start(doc, i)
    if start is None or not _ends_phrase(doc, i):
        return None
    head = doc[i]
    begin, end = doc[start].idx, head.idx + len(head.text)
    named = appositive_person(doc, i, antecedents) if kind != "org" else None
    if named is not None:
        return link(begin, end, "nominal", named, "nominal-appositive")
    before = [a for a in antecedents if a.span.end_char <= begin]
    word = title_word(head.text)
    if kind == "org":
        target = named_org(word, before, sentence)
        return link(begin, end, "nominal", target, "nominal-org") if target else None
    if doc[start].lower_ in POSSESSIVES:
        owner = (owners or {}).get(doc[start].idx)
        return _kin_link(begin, end, word, sentence, before, owner, head)
    holder = office_holder(word, before)
    if holder is not None:
        return link(begin, end, "nominal", holder, "nominal-office")
    if kind != "person":
        return None
    near = _near_people(before, sentence, person_nouns()[word])
    return link(begin, end, "nominal", near[-1], "nominal-person") if near else None
