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
from threadline.matching.wordlists import nickname_groups, number_words

ALGORITHM = "tl-name-v2"
#: The highest score a pair kept apart by a precision rule can get.
RULE_CAP = 0.4
#: Similarity of a given name and one of its short forms ("Bill" ~ "William").
NICKNAME_SIMILARITY = 0.95
#: Listed organisation words missing from the query count in full (v1: 0.35).
ORGANIZATION_EXPONENT = 1.0
PERSON_EXPONENT = 0.35


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


@lru_cache(maxsize=200_000)
def prepare(form: NameForm) -> NameForm:
    """v2's form of a name: number words and ordinals written as digits."""
    words = number_words()
    tokens = tuple(words.get(t, t) for t in form.tokens)
    if tokens == form.tokens:
        return form
    return replace(form, tokens=tokens)


@lru_cache(maxsize=200_000)
def legal_forms(name: str) -> tuple[str, ...]:
    """The kinds of legal form a name gives ("Gazprom OAO" → ("jsc",)), by rigour."""
    from rigour.names.org_types import extract_org_types

    return tuple(sorted({kind for _, kind in extract_org_types(name, generic=True)}))


def _veto(comparison: NameComparison, rule: str) -> NameComparison:
    return replace(comparison, score=min(comparison.score, RULE_CAP), rule=rule)


def _form_rule(query: NameForm, result: NameForm, organization: bool) -> str:
    if rules.is_placeholder(query) or rules.is_placeholder(result):
        return "is_placeholder"
    if rules.numbers_differ(query, result):
        return "numbers_differ"
    if rules.single_word_subset(query, result):
        return "single_word_subset"
    if organization and rules.legal_forms_differ(
        legal_forms(query.original), legal_forms(result.original)
    ):
        return "legal_forms_differ"
    return ""


def compare(query: NameForm, result: NameForm, organization: bool = False) -> NameComparison:
    """Align two names as v1 does, with v2's token similarity, then apply the rules."""
    q, r = prepare(query), prepare(result)
    if organization and (rules.is_acronym_of(q, r) or rules.is_acronym_of(r, q)):
        left, right = " ".join(q.tokens), " ".join(r.tokens)
        pair = (left, right, 1.0)
        return NameComparison(1.0, query.original, result.original, (pair,), (left,), (right,))
    exponent = ORGANIZATION_EXPONENT if organization else PERSON_EXPONENT
    comparison = compare_forms(q, r, similarity=token_similarity, result_exponent=exponent)
    if rule := _form_rule(q, r, organization):
        return _veto(comparison, rule)
    if not organization and rules.different_person(comparison):
        return _veto(comparison, "different_person")
    return comparison


def compare_person(query: NameForm, result: NameForm) -> NameComparison:
    """:func:`compare` for names of people (or of unknown kind)."""
    return compare(query, result, organization=False)


def compare_organization(query: NameForm, result: NameForm) -> NameComparison:
    """:func:`compare` for names of organisations, vessels and other things."""
    return compare(query, result, organization=True)
