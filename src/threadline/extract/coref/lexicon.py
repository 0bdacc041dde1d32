"""The word lists coreference reads, from data files under ``threadline/extract/data``.

One list per concept: pronouns and their class, nouns that stand for an organisation or
a person, abbreviated titles, and given names that tell a man from a woman.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from threadline.extract.titles import normalized

#: Pronoun classes (``coref_pronouns.tsv``).
MALE, FEMALE, THING, PLURAL = "male", "female", "thing", "plural"
FIRST_SINGULAR, FIRST_PLURAL = "first-singular", "first-plural"


def _lines(name: str) -> list[str]:
    text = resources.files("threadline.extract").joinpath(f"data/{name}").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _table(name: str) -> dict[str, str]:
    pairs = (line.split("\t") for line in _lines(name))
    return {key.strip().lower(): value.strip() for key, value in pairs}


@lru_cache(maxsize=1)
def pronoun_classes() -> dict[str, str]:
    """Lower-case pronoun → its class ("his" → "male", "its" → "thing")."""
    return _table("coref_pronouns.tsv")


@lru_cache(maxsize=1)
def org_nouns() -> dict[str, str]:
    """Noun → organisation type ("cartel" → "Organization", "agency" → "PublicBody")."""
    return _table("coref_org_nouns.tsv")


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str]:
    """Noun → gender of the person it stands for ("wife" → "female", "suspect" → "any")."""
    return _table("coref_person_nouns.tsv")


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns for a relative ("wife", "husband"), from ``coref_kin_nouns.txt``."""
    return frozenset(w.lower() for w in _lines("coref_kin_nouns.txt"))


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Abbreviated title (no full stop) → the word it abbreviates ("gen" → "general")."""
    return _table("title_abbreviations.tsv")


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    names = {n.lower(): FEMALE for n in _lines("female_given_names.txt")}
    names.update({n.lower(): MALE for n in _lines("male_given_names.txt")})
    return names


def name_gender(given_name: str) -> str | None:
    """``"male"``/``"female"`` for a given name mostly borne by one sex, else ``None``."""
    return _given_names().get(given_name.lower().strip("."))


def title_word(word: str) -> str:
    """A title word in full and lower case: "Gen." → "general", "Secretary" → "secretary"."""
    w = normalized(word).rstrip(".")
    return title_abbreviations().get(w, w)
