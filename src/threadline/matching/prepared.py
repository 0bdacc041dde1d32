"""What ``tl-name-v2`` knows about one name before comparing it, computed once per name.

Comparing two names needs the same facts about each side over and over: its v2 tokens
(numbers as digits, legal forms left out), whether it is a placeholder, its numbers, its
kinds of legal form, its patronymics. :func:`prepared` computes them once per name and
keeps them, so that screening a list or resolving a corpus compares prepared names and
spends its time on the pairs, not on re-reading each name.

``revised`` is ``tl-name-v2.1``'s reading (the default); ``tl-name-v2`` reads names
without what v2.1 added: leading honorifics left out, Arabic script's joined article and
tāʾ marbūṭa, names of generic words, Ukrainian patronymics.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache

from threadline.matching import rules
from threadline.matching.normalize import NameForm
from threadline.matching.wordlists import (
    honorifics,
    number_words,
    patronymic_suffixes,
    ukrainian_patronymic_suffixes,
)


def _numbers(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Number words and ordinals as digits; tens and units written apart are joined
    ("forty four" and "forty 4" → "44")."""
    words = number_words()
    out: list[str] = []
    for token in (words.get(t, t) for t in tokens):
        previous = out[-1] if out else ""
        if token.isdigit() and len(token) == 1 and len(previous) == 2 and previous[1] == "0":
            out[-1] = previous[0] + token
        else:
            out.append(token)
    return tuple(out)


#: Arabic letters: the article "al" written joined to its word, and tāʾ marbūṭa.
_ARTICLE, _TAA_MARBUTA = "\u0627\u0644", "\u0629"


@lru_cache(maxsize=200_000)
def prepare(form: NameForm, organization: bool = False, revised: bool = True) -> NameForm:
    """v2's form of a name: numbers as digits; for organisations, legal forms (rigour's
    table) and a leading "the" left out, but words of kind ("Charity") kept; a legal
    form with nothing but letters left ("SAS E.U.") has no tokens (a placeholder); for
    people, the honorifics it starts with ("Sheikh", "Haji") left out; in Arabic script,
    a joined article and tāʾ marbūṭa read as Latin spellings write them (these two
    only when ``revised``, as v2.1 reads names)."""
    tokens = _numbers(form.tokens)
    if organization:
        legal, descriptive = org_type_words(form.original)
        tokens = tuple(t for t in form.removed if t in descriptive) + tokens
        kept = tuple(t for t in tokens if t not in legal)
        tokens = kept if kept else tokens
        if (legal & set(form.removed) or len(kept) < len(tokens)) and all(
            len(t) <= 2 for t in tokens
        ):
            # A legal form and a few letters ("SAS E.U.") name no one in particular.
            tokens = ()
        if len(tokens) > 1 and tokens[0] == "the":
            tokens = tokens[1:]
    elif revised:
        tokens = _without_honorifics(tokens)
    if revised and form.skeletal and (_ARTICLE in form.original or _TAA_MARBUTA in form.original):
        tokens = _arabic_spelling(form.original, tokens)
    if tokens == form.tokens:
        return form
    return replace(form, tokens=tokens)


def _arabic_spelling(original: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens of a name written in Arabic script read as Latin spellings write them: the
    article written joined ("التكريتي", "altkryty") apart as "al" + "tkryty", and a
    final tāʾ marbūṭa ("حمزة", "hmzt") read as "a" ("hmza", as in "Hamza")."""
    from threadline.matching.normalize import ascii_name

    words = original.split()
    taa = {ascii_name(w).strip() for w in words if w.endswith(_TAA_MARBUTA)}
    joined = {ascii_name(w).strip() for w in words if w.startswith(_ARTICLE) and len(w) > 4}
    out: list[str] = []
    for token in tokens:
        article = token in joined and token.startswith("al") and len(token) > 2
        if token in taa and token.endswith("t"):
            token = token[:-1] + "a"
        out += ["al", token[2:]] if article else [token]
    return tuple(out)


def _without_honorifics(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without the honorifics it starts with ("Sheikh", "Haji"), unless
    nothing else is left."""
    titles = honorifics()
    start = 0
    while start < len(tokens) - 1 and tokens[start] in titles:
        start += 1
    return tokens[start:]


#: Kinds of organisation rigour's table knows that describe what it does rather than
#: its legal form ("Charity"): their words stay part of the name.
DESCRIPTIVE_KINDS = frozenset({"ngo"})


@lru_cache(maxsize=200_000)
def org_type_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a name that write its legal form ("corp", "joint", "stock" …) and
    those that describe its kind ("charity"), by rigour's table."""
    from rigour.names.org_types import extract_org_types

    from threadline.matching.normalize import ascii_name

    legal: set[str] = set()
    descriptive: set[str] = set()
    for text, kind in extract_org_types(name, generic=True):
        words = ascii_name(text).replace(".", " ").split()
        (descriptive if kind in DESCRIPTIVE_KINDS else legal).update(words)
    return frozenset(legal), frozenset(descriptive)


@lru_cache(maxsize=200_000)
def legal_forms(name: str) -> tuple[str, ...]:
    """The kinds of legal form a name gives ("Gazprom OAO" → ("jsc",)), by rigour."""
    from rigour.names.org_types import extract_org_types

    kinds = {kind for _, kind in extract_org_types(name, generic=True)}
    return tuple(sorted(kinds - DESCRIPTIVE_KINDS))


@dataclass(frozen=True, slots=True)
class Facts:
    """Facts about one name form that the precision rules ask for."""

    form: NameForm
    placeholder: bool
    generic: bool
    numbers: frozenset[str]
    #: Whether a name part precedes "bin"/"ibn" (see ``rules.father_and_son_swapped``).
    son_of: bool
    #: The name started with an honorific that was left out ("Haji Sahib").
    titled: bool


@dataclass(frozen=True, slots=True)
class Prepared:
    """A name ready for v2: its facts, its legal forms, and its form without patronymics
    (used when the other name gives none)."""

    facts: Facts
    legal_forms: tuple[str, ...]
    patronymic: bool
    without_patronymics: Facts


def is_patronymic(token: str, revised: bool = True) -> bool:
    """A name part ending like an East Slavic patronymic ("Viktorovich"; when
    ``revised``, as v2.1 reads names, also a Ukrainian one: "Oleksandrovych")."""
    return len(token) > 6 and token.endswith(_patronymic_endings(revised))


@cache
def _patronymic_endings(revised: bool) -> tuple[str, ...]:
    ukrainian = ukrainian_patronymic_suffixes() if revised else ()
    return patronymic_suffixes() + ukrainian


def facts(form: NameForm, titled: bool = False, revised: bool = True) -> Facts:
    """The facts of a name form, as the rules compute them (names of generic words are
    a fact only when ``revised``)."""
    return Facts(
        form,
        rules.is_placeholder(form),
        revised and rules.is_generic(form),
        rules.numbers(form),
        bool(rules.before_son_of(form.tokens)),
        titled,
    )


@lru_cache(maxsize=200_000)
def prepared(form: NameForm, organization: bool, revised: bool = True) -> Prepared:
    """The prepared name of ``form``, as a person's (or unknown kind's) name or an
    organisation's, as v2.1 (``revised``) or v2 reads it."""
    titled = (
        revised and not organization and len(form.tokens) > 1 and form.tokens[0] in honorifics()
    )
    own = facts(prepare(form, organization, revised), titled, revised)
    patronymic = not organization and any(is_patronymic(t, revised) for t in own.form.tokens)
    plain = own
    if patronymic:
        kept = tuple(t for t in own.form.tokens if not is_patronymic(t, revised))
        plain = facts(replace(own.form, tokens=kept), titled, revised)
    legal = legal_forms(form.original) if organization else ()
    return Prepared(own, legal, patronymic, plain)
