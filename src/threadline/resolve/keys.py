"""Cross-document keys: two mentions with the same key are the same entity, in any story.

The key is ``<group>:<normalized name>`` and needs no shared state, so documents can be
resolved one at a time, in parallel, in any order, and still agree.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from threadline.model import LOCATION
from threadline.resolve.countries import country_name
from threadline.resolve.normalize import clean_name, name_tokens, normalized_name, type_group
from threadline.resolve.values import date_value, money_value


@lru_cache(maxsize=65536)
def entity_key(type_: str, name: str) -> str:
    """The normalized cross-document key of an entity, e.g. ``"person:janet yellen"``.

    Case, punctuation, accents, a leading "the" and a possessive never matter; other
    scripts are transliterated ("Виктор Бут" → ``person:but viktor``). A person's name
    tokens are sorted, so the order of given and family names does not matter either.
    Organization, PublicBody, Company and LegalEntity share the group ``org``. Countries
    key on their standard name ("U.S." → ``location:united states``), dates on their
    ISO value, sums of money on amount and currency, when those can be read.
    """
    group = type_group(type_)
    if group == "date":
        value = date_value(name)
        if value:
            return f"date:{value}"
    elif group == "money":
        value = money_value(name)
        if value:
            return f"money:{value.lower()}"
    elif type_ == LOCATION:
        name = country_name(name) or name
    normal = normalized_name(name, person=group == "person")
    return f"{group}:{normal or name.strip().lower()}"


def entity_id(type_: str, name: str) -> str:
    """``ent-`` plus a stable hash of :func:`entity_key`: same key, same id, everywhere."""
    return (
        "ent-"
        + hashlib.sha1(entity_key(type_, name).encode("utf-8"), usedforsecurity=False).hexdigest()[
            :16
        ]
    )


def _case_rank(name: str) -> int:
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return 0
    if all(c.isupper() for c in letters):
        return 1  # ALL CAPS: a headline or an acronym
    if all(c.islower() for c in letters):
        return 0
    return 2  # Proper Case


@lru_cache(maxsize=65536)
def _rank(name: str) -> tuple[int, int, int, int, int]:
    cleaned = clean_name(name)
    return (
        len(name_tokens(cleaned)),
        _case_rank(cleaned),
        sum(1 for c in cleaned if ord(c) > 127 and c.isalpha()),
        int(cleaned == name.strip()),
        len(cleaned),
    )


def better_name(a: str, b: str) -> str:
    """The fuller, properly written of two names for one entity.

    More name parts win ("Sergei Ryabkov" over "Ryabkov"); then proper case over ALL
    CAPS over lower case ("Interpol" over "INTERPOL"); then accents kept over accents
    lost ("Joaquín Guzmán" over "Joaquin Guzman"); then a name without a leading "the"
    or a possessive. The answer does not depend on the order of ``a`` and ``b``.
    """
    if not a:
        return b
    if not b:
        return a
    rank_a, rank_b = _rank(a), _rank(b)
    if rank_a == rank_b:
        return min(a, b)  # so that the answer never depends on the argument order
    return a if rank_a > rank_b else b
