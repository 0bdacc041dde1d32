"""The word lists of ``matching/data``, read once: one file per concept (see its README)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files("threadline.matching").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def nickname_groups() -> dict[str, frozenset[int]]:
    """Token → the ids of the given-name groups it belongs to ("bill" → {william's})."""
    groups: dict[str, set[int]] = {}
    for number, line in enumerate(_lines("nicknames.txt")):
        for token in line.split():
            groups.setdefault(token, set()).add(number)
    return {token: frozenset(ids) for token, ids in groups.items()}


@cache
def placeholders() -> frozenset[str]:
    """Words and phrases (tokens joined by one space) that stand for an unknown name."""
    return frozenset(_lines("placeholders.txt"))


@cache
def number_words() -> dict[str, str]:
    """Number words and ordinals → the digits they write ("first" → "1")."""
    out: dict[str, str] = {}
    for line in _lines("numbers.txt"):
        digits, *words = line.split()
        out.update({word: digits for word in words})
    return out


@cache
def acronym_stopwords() -> frozenset[str]:
    """Small words skipped when forming an organisation's acronym from its name."""
    return frozenset(_lines("acronym_stopwords.txt"))


@cache
def patronymic_suffixes() -> tuple[str, ...]:
    """Endings of East Slavic patronymics ("ovich", "evna")."""
    return tuple(_lines("patronymic_suffixes.txt"))


@cache
def ukrainian_patronymic_suffixes() -> tuple[str, ...]:
    """Endings of patronymics romanised from Ukrainian ("ovych", "ivna")."""
    return tuple(_lines("ukrainian_patronymic_suffixes.txt"))


@cache
def generic_org_words() -> frozenset[str]:
    """Words that say what kind of organisation a body is without naming one."""
    return frozenset(_lines("generic_org_words.txt"))


@cache
def honorifics() -> frozenset[str]:
    """Honorifics before a person's name that rigour's prefix table keeps ("sheikh")."""
    return frozenset(_lines("honorifics.txt"))
