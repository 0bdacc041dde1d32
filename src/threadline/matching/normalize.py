"""Names → comparable forms: cleaned, transliterated to ASCII, split into tokens.

Transliteration uses ``rigour`` (ICU underneath), so "Владимир Путин" and "Vladimir
Putin" reach the same tokens. Honorifics ("Mr", "Sheikh", "President") and legal forms
("LLC", "OOO", "Ltd") are removed with rigour's tables, so they never drive a match;
what was removed is kept for the explanation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from threadline.errors import ScreenError

#: Scripts usually written without (all) vowels: their transliterations are consonant
#: skeletons ("mhmd" for Mohammed), so tokens are also compared by skeleton.
SKELETON_SCRIPTS = frozenset({"Arabic", "Hebrew", "Syriac", "Thaana", "Thai", "Lao"})
MAX_NAME_CHARS = 500
_TOKEN = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_VOWELS = re.compile(r"[aeiouyw]+")
_DOUBLES = re.compile(r"(.)\1+")
#: "President" in languages whose form rigour's prefix table lacks; dropped like "Mr".
_TITLES = frozenset(
    [
        "prasident",
        "presidente",
        "presiden",
        "predsjednik",
        "presedintele",
        "prezident",
        "prezydent",
        "elnok",
        "presidentti",
    ]
)


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name ready for comparison: ASCII tokens plus what normalisation took away."""

    original: str
    tokens: tuple[str, ...]
    removed: tuple[str, ...] = ()
    #: The name was written in a script that omits vowels (see SKELETON_SCRIPTS).
    skeletal: bool = False

    def __hash__(self) -> int:
        # The name as written (a string keeps its hash): forms are looked up in caches
        # once per pair compared, and hashing every field cost several times more. Forms
        # of one name read differently share the hash and are told apart by equality.
        return hash(self.original)


def check_name(name: str) -> str:
    """A query name, stripped, or a :class:`ScreenError` saying what is wrong with it."""
    if not isinstance(name, str) or not name.strip():
        raise ScreenError("the name to screen is empty; pass a person's or company's name")
    if _CONTROL.search(name):
        raise ScreenError("the name contains control characters; remove them and try again")
    name = " ".join(name.split())
    if len(name) > MAX_NAME_CHARS:
        raise ScreenError(
            f"the name is {len(name)} characters long; names of at most {MAX_NAME_CHARS}"
            " characters can be screened — pass the name alone, not a whole text"
        )
    if not any(ch.isalnum() for ch in name):
        raise ScreenError("the name has no letters or digits; pass a name")
    return name


@lru_cache(maxsize=100_000)
def ascii_name(text: str) -> str:
    """Lowercase ASCII transliteration of ``text`` (any script)."""
    text = unicodedata.normalize("NFKC", text)
    text = _APOSTROPHES.sub("", text)
    if text.isascii():
        return text.lower()
    from rigour.text.translit import ascii_text

    return ascii_text(text).lower().replace("?", " ")


@lru_cache(maxsize=200_000)
def name_form(name: str, kind: str = "any") -> NameForm:
    """The comparable form of ``name``; ``kind`` is "person", "organization" or "any"."""
    from rigour.names.org_types import remove_org_types
    from rigour.names.prefix import remove_org_prefixes, remove_person_prefixes

    text = ascii_name(name)
    all_tokens = tuple(_TOKEN.findall(text))
    cleaned = text
    if kind in ("person", "any"):
        cleaned = remove_person_prefixes(cleaned)
    if kind in ("organization", "any"):
        cleaned = remove_org_types(remove_org_prefixes(cleaned), replacement=" ")
    tokens = tuple(t for t in _TOKEN.findall(cleaned) if t not in _TITLES) or all_tokens
    removed = tuple(t for t in all_tokens if t not in tokens)
    if kind == "organization":
        tokens = _join_letters(tokens)
    return NameForm(name, tokens, removed, _skeletal(name))


def _join_letters(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Organizations' dotted abbreviations as one token ("U.S." → "us", not initials)."""
    out: list[str] = []
    run = ""
    for token in tokens:
        if len(token) == 1:
            run += token
            continue
        if run:
            out.append(run)
            run = ""
        out.append(token)
    if run:
        out.append(run)
    return tuple(out)


def _skeletal(name: str) -> bool:
    if name.isascii():
        return False
    from rigour.text.scripts import text_scripts

    return bool(text_scripts(name) & SKELETON_SCRIPTS)


@lru_cache(maxsize=100_000)
def skeleton(token: str) -> str:
    """A token's consonants, doubles collapsed: "mohammed" and "mhmd" both give "mhmd"."""
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", token).replace("p", "b"))


@lru_cache(maxsize=100_000)
def phonetic(token: str) -> str:
    """The token's metaphone code (empty for digits and very short tokens)."""
    if len(token) < 3 or not token.isalpha():
        return ""
    from rigour.text.phonetics import metaphone

    return metaphone(token)


def schema_kind(schema: str | None) -> str:
    """Which honorifics/legal forms to strip for a schema: person, organization or any."""
    if schema == "Person":
        return "person"
    if schema in ("Organization", "Company", "PublicBody", "Vessel", "Airplane"):
        return "organization"
    return "any"
