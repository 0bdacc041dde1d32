"""Name normalisation: the text rules that make two spellings of one name compare equal.

Every rule here is a small pure function. :func:`clean_name` tidies a surface form into
a display name (it keeps case and accents); :func:`name_tokens` reduces a name to the
comparable tokens that keys and within-document matching use.
"""

from __future__ import annotations

import re
from functools import lru_cache

from normality import ascii_text

from threadline.model import (
    COMPANY,
    COURT_CASE,
    DATE,
    LAW,
    LEGAL_ENTITY,
    LOCATION,
    MONEY,
    OPERATION,
    ORGANIZATION,
    PERSON,
    PUBLIC_BODY,
)

#: Coarse type groups: mentions of one name in different groups are different entities.
TYPE_GROUPS = {
    PERSON: "person",
    ORGANIZATION: "org",
    PUBLIC_BODY: "org",
    COMPANY: "org",
    LEGAL_ENTITY: "org",
    LOCATION: "location",
    LAW: "law",
    OPERATION: "operation",
    COURT_CASE: "case",
    DATE: "date",
    MONEY: "money",
}

#: Courtesy titles dropped from person names ("Mr Ryabkov" is "Ryabkov").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam"})

_APOSTROPHES = "'\u2019\u2018`\u00b4"
_POSSESSIVE = re.compile(rf"(?<=\w)[{_APOSTROPHES}]s?$|(?<=s)[{_APOSTROPHES}]$")
_LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|an?)\s+")
#: Names whose "The" is part of the name, kept when tidying for display.
THE_IS_PART_OF = frozenset({"hague", "gambia", "bahamas"})
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]+")


def type_group(type_: str) -> str:
    """The coarse group a mention type belongs to for keys.

    Organization, PublicBody, Company and LegalEntity form one group ("org"), so an
    agency typed Organization in one story and PublicBody in another is one entity.
    """
    return TYPE_GROUPS.get(type_, type_.lower())


def strip_possessive(name: str) -> str:
    """Drop a trailing possessive: "Yellen's" → "Yellen", "Reuters'" → "Reuters"."""
    return _POSSESSIVE.sub("", name.strip())


def clean_name(name: str) -> str:
    """A surface form tidied for display: spaces squashed, leading article and possessive dropped.

    Case and accents are kept: "the Financial Action Task Force's" →
    "Financial Action Task Force"; "a Combined Joint Task Force" → "Combined Joint Task
    Force". "The Hague" keeps its "The". Only a lower-case "a"/"an" is an article ("A.
    Smith" is a name).
    """
    name = strip_possessive(_SPACES.sub(" ", name).strip(" \t\n,;:"))
    article = _LEADING_ARTICLE.match(name)
    if article and name[article.end() :].lower() not in THE_IS_PART_OF:
        name = name[article.end() :]
    return name


def strip_honorific(name: str) -> str:
    """Drop a leading courtesy title from a person's name: "Mr. Ryabkov" → "Ryabkov"."""
    first, _, rest = name.partition(" ")
    if rest and first.rstrip(".").lower() in HONORIFICS:
        return rest.strip()
    return name


def name_tokens(name: str, *, person: bool = False) -> list[str]:
    """The comparable tokens of a name: Latin letters, lower case, no accents or punctuation.

    Non-Latin scripts are transliterated ("Виктор Бут" → ``["viktor", "but"]``), a leading
    "the" and a possessive are dropped, and for people courtesy titles go too
    ("Mr. Ryabkov's" → ``["ryabkov"]``). Dots inside initials join ("U.S." → ``["us"]``).
    """
    return list(_tokens(name, person))


@lru_cache(maxsize=65536)
def _tokens(name: str, person: bool) -> tuple[str, ...]:
    text = ascii_text(clean_name(name)).lower()
    text = strip_possessive(text)
    text = text.replace(".", "").replace("'", "")
    tokens = _NON_WORD.sub(" ", text).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if person:
        tokens = [t for t in tokens if t not in HONORIFICS] or tokens
    return tuple(tokens)


def normalized_name(name: str, *, person: bool = False) -> str:
    """The name as one comparable string; people's tokens are sorted.

    Sorting makes "Guzmán Joaquín" and "Joaquín Guzmán" equal: news in some languages
    and wire copy put the family name first.
    """
    tokens = name_tokens(name, person=person)
    if person:
        tokens = sorted(tokens)
    return " ".join(tokens)
