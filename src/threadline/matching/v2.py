"""``tl-name-v2``: v1's explainable token alignment with precision built in.

What changes from v1, each a rule users can read (see :mod:`threadline.matching.rules`):

- numbers and ordinals are compared as digits ("First" = "1st" = "1"), and names whose
  numbers differ are different names;
- given names match their short forms ("Bill" = "William", from a data file);
- initials match only initials, never a whole name part;
- organisations' legal forms are classified with rigour ("OAO" = "PJSC" = joint-stock
  company) and a different kind of legal form keeps two names apart;
- a single word never matches a longer name by subset (unless it is its acronym);
- placeholders ("N.N.", "Unknown", "Doe") never match;
- for organisations, words of the listed name missing from the query count in full;
- for people, a name part on each side without a partner means two different people.

The analysis of a name (its tokens, numbers, legal form) is computed once per name and
cached, so that screening a list compares prepared names.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from threadline.matching import rules
from threadline.matching.names import (
    FUZZY_CUTOFF,
    SKELETON_SIMILARITY,
    NameComparison,
    compare_forms,
)
from threadline.matching.normalize import NameForm, phonetic, skeleton
from threadline.matching.wordlists import nickname_groups, number_words, patronymic_suffixes

ALGORITHM = "tl-name-v2"
#: The highest score a pair kept apart by a precision rule can get.
RULE_CAP = 0.4
#: Similarity of a given name and one of its short forms ("Bill" ~ "William").
NICKNAME_SIMILARITY = 0.95
#: Listed organisation words missing from the query count in full (v1: 0.35).
ORGANIZATION_EXPONENT = 1.0
PERSON_EXPONENT = 0.35
#: Query words missing from a listed person's name count for less (v1: 1.0): queries
#: often carry more given names than the list.
PERSON_QUERY_EXPONENT = 0.5


@lru_cache(maxsize=500_000)
def token_similarity(a: str, b: str, skeletal: bool = False) -> float:
    """Similarity of two ASCII tokens, 0–1: like v1, but initials only match initials,
    numbers only equal numbers, and short forms match their given names."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1 or a.isdigit() or b.isdigit():
        return 0.0
    groups = nickname_groups()
    if groups.get(a, frozenset()) & groups.get(b, frozenset()):
        return NICKNAME_SIMILARITY
    sim = OSA.normalized_similarity(a, b)
    code = phonetic(a)
    if code and code == phonetic(b):
        sim = (sim + 1.0) / 2
    if skeletal and skeleton(a) == skeleton(b) and skeleton(a):
        sim = max(sim, SKELETON_SIMILARITY[min(len(skeleton(a)), 3)])
    return sim if sim >= FUZZY_CUTOFF else 0.0


def organization_similarity(a: str, b: str, skeletal: bool = False) -> float:
    """Token similarity for organisations: spelling variants count less, since company
    names differ by a few letters ("Petrochemical", "Petromechanical")."""
    return token_similarity(a, b, skeletal) ** 2


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


@lru_cache(maxsize=200_000)
def prepare(form: NameForm, organization: bool = False) -> NameForm:
    """v2's form of a name: numbers as digits; for organisations, legal forms (rigour's
    table) and a leading "the" left out, but words of kind ("Charity") kept; a legal
    form with nothing but letters left ("SAS E.U.") has no tokens (a placeholder)."""
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
    if tokens == form.tokens:
        return form
    return replace(form, tokens=tokens)


def is_patronymic(token: str) -> bool:
    """A name part ending like an East Slavic patronymic ("Viktorovich")."""
    return len(token) > 6 and token.endswith(patronymic_suffixes())


def _without_patronymics(left: NameForm, right: NameForm) -> tuple[NameForm, NameForm]:
    """Drop the patronymics of one name when the other gives none."""
    lp = any(map(is_patronymic, left.tokens))
    rp = any(map(is_patronymic, right.tokens))
    if lp == rp:
        return left, right
    strip = left if lp else right
    kept = tuple(t for t in strip.tokens if not is_patronymic(t))
    stripped = replace(strip, tokens=kept)
    return (stripped, right) if lp else (left, stripped)


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


def _veto(comparison: NameComparison, rule: str) -> NameComparison:
    return replace(comparison, score=min(comparison.score, RULE_CAP), rule=rule)


def _form_rule(query: NameForm, result: NameForm, organization: bool) -> str:
    if rules.is_placeholder(query) or rules.is_placeholder(result):
        return "is_placeholder"
    if rules.numbers_differ(query, result):
        return "numbers_differ"
    if organization and rules.short_words_differ(query, result):
        return "short_words_differ"
    if organization and rules.legal_forms_differ(
        legal_forms(query.original), legal_forms(result.original)
    ):
        return "legal_forms_differ"
    if not organization and rules.father_and_son_swapped(query, result):
        return "father_and_son_swapped"
    return ""


def compare(query: NameForm, result: NameForm, organization: bool = False) -> NameComparison:
    """Align two names as v1 does, with v2's token similarity, then apply the rules."""
    q, r = prepare(query, organization), prepare(result, organization)
    if organization and (rules.is_acronym_of(q, r) or rules.is_acronym_of(r, q)):
        left, right = " ".join(q.tokens), " ".join(r.tokens)
        pair = (left, right, 1.0)
        return NameComparison(1.0, query.original, result.original, (pair,), (left,), (right,))
    if organization:
        comparison = compare_forms(
            q, r, similarity=organization_similarity, result_exponent=ORGANIZATION_EXPONENT
        )
    else:
        q, r = _without_patronymics(q, r)
        comparison = compare_forms(
            q,
            r,
            similarity=token_similarity,
            result_exponent=PERSON_EXPONENT,
            query_exponent=PERSON_QUERY_EXPONENT,
        )
    if rule := _form_rule(q, r, organization):
        return _veto(comparison, rule)
    if rules.single_word_subset(comparison):
        return _veto(comparison, "single_word_subset")
    if not organization and rules.different_person(comparison):
        return _veto(comparison, "different_person")
    return comparison


def compare_person(query: NameForm, result: NameForm) -> NameComparison:
    """:func:`compare` for names of people (or of unknown kind)."""
    return compare(query, result, organization=False)


def compare_organization(query: NameForm, result: NameForm) -> NameComparison:
    """:func:`compare` for names of organisations, vessels and other things."""
    return compare(query, result, organization=True)
