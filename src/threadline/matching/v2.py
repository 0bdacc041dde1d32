"""``tl-name-v2`` and its revision ``tl-name-v2.1``: v1's explainable token alignment
with precision built in.

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

What ``tl-name-v2.1`` adds (``revised``; ``tl-name-v2`` stays as it was, so that results
stored under its name reproduce):

- a name made only of generic words ("Holding", "Ministry of Defence") never matches;
- honorifics that start a person's name ("Sheikh", "Haji") are left out, and two people
  each named by one word must be spelt alike;
- near spellings alone (no name part spelt the same), with a name part only the list
  has, are another person;
- in Arabic script, a joined article and a final tāʾ marbūṭa are read as Latin spellings
  write them; Ukrainian patronymics ("Oleksandrovych") are patronymics.

The analysis of a name (its tokens, numbers, legal form, patronymics) is computed once
per name and cached (:mod:`threadline.matching.prepared`), so that screening a list
compares prepared names.
"""

from __future__ import annotations

from functools import lru_cache, partial

from rapidfuzz.distance import OSA

from threadline.matching import rules
from threadline.matching.names import (
    FUZZY_CUTOFF,
    SKELETON_SIMILARITY,
    NameComparison,
    compare_forms,
)
from threadline.matching.normalize import NameForm, phonetic, skeleton
from threadline.matching.prepared import Facts, Prepared, prepared
from threadline.matching.wordlists import nickname_groups

ALGORITHM = "tl-name-v2"
#: v2 with the rules of its second round and the Arabic reading (the default).
REVISED_ALGORITHM = "tl-name-v2.1"
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


@lru_cache(maxsize=500_000)
def organization_similarity(a: str, b: str, skeletal: bool = False) -> float:
    """Token similarity for organisations: spelling variants count less, since company
    names differ by a few letters ("Petrochemical", "Petromechanical")."""
    return token_similarity(a, b, skeletal) ** 2


def _veto(comparison: NameComparison, rule: str, cap: float = RULE_CAP) -> NameComparison:
    c = comparison
    score = min(c.score, cap)
    return NameComparison(
        score,
        c.query,
        c.result,
        c.pairs,
        c.query_tokens,
        c.result_tokens,
        rule,
        c.unmatched_query,
        c.unmatched_result,
    )


def _form_rule(
    query: Facts, result: Facts, legal: tuple[Prepared, ...], revised: bool = True
) -> str:
    """The rule that keeps two prepared names apart, if any (organisations pass their
    prepared names as ``legal``; the rules on one-word names are v2.1's)."""
    if query.placeholder or result.placeholder:
        return "is_placeholder"
    if query.generic or result.generic:
        one_word = any(f.generic and len(f.form.tokens) == 1 for f in (query, result))
        return "is_generic" if one_word else "generic_unless_same_country"
    if query.numbers and result.numbers and rules.numbers_differ(query.form, result.form):
        return "numbers_differ"
    if legal:
        if rules.short_words_differ(query.form, result.form):
            return "short_words_differ"
        if rules.legal_forms_differ(legal[0].legal_forms, legal[1].legal_forms):
            return "legal_forms_differ"
    elif query.son_of and result.son_of and rules.father_and_son_swapped(query.form, result.form):
        return "father_and_son_swapped"
    elif not revised or len(query.form.tokens) != 1 or len(result.form.tokens) != 1:
        return ""  # the two rules left are v2.1's, about names of one word
    elif rules.single_names_differ(query.form, result.form):
        return "single_names_differ"
    elif rules.titled_one_word_names(query.form, result.form, query.titled or result.titled):
        return "titled_one_word_names"
    return ""


def _person_facts(query: Prepared, result: Prepared) -> tuple[Facts, Facts]:
    """The two names' facts, patronymics left out of the one that has them when the
    other gives none."""
    if query.patronymic == result.patronymic:
        return query.facts, result.facts
    if query.patronymic:
        return query.without_patronymics, result.facts
    return query.facts, result.without_patronymics


def compare(
    query: NameForm, result: NameForm, organization: bool = False, revised: bool = True
) -> NameComparison:
    """Align two names as v1 does, with v2's token similarity, then apply the rules
    (v2.1's when ``revised``, v2's otherwise)."""
    if organization:
        return compare_organization(query, result, revised)
    return compare_person(query, result, revised)


def compare_person(query: NameForm, result: NameForm, revised: bool = True) -> NameComparison:
    """:func:`compare` for names of people (or of unknown kind)."""
    qf, rf = _person_facts(prepared(query, False, revised), prepared(result, False, revised))
    comparison = compare_forms(
        qf.form, rf.form, token_similarity, PERSON_EXPONENT, PERSON_QUERY_EXPONENT
    )
    rule = _form_rule(qf, rf, (), revised)
    if rule:
        return _ruled(comparison, rule)
    if rules.single_word_subset(comparison):
        return _veto(comparison, "single_word_subset")
    if comparison.unmatched_result:  # both rules below need a name part only the list has
        if comparison.unmatched_query and rules.different_person(comparison):
            return _veto(comparison, "different_person")
        if revised and rules.only_near_spellings_and_missing_name(comparison):
            return _veto(comparison, "only_near_spellings_and_missing_name")
    return comparison


def compare_organization(query: NameForm, result: NameForm, revised: bool = True) -> NameComparison:
    """:func:`compare` for names of organisations, vessels and other things."""
    pq, pr = prepared(query, True, revised), prepared(result, True, revised)
    qf, rf = pq.facts, pr.facts
    q, r = qf.form, rf.form
    if rules.is_acronym_of(q, r) or rules.is_acronym_of(r, q):
        left, right = " ".join(q.tokens), " ".join(r.tokens)
        pair = (left, right, 1.0)
        return NameComparison(1.0, query.original, result.original, (pair,), (left,), (right,))
    comparison = compare_forms(q, r, organization_similarity, ORGANIZATION_EXPONENT)
    rule = _form_rule(qf, rf, (pq, pr))
    if rule:
        return _ruled(comparison, rule)
    if rules.single_word_subset(comparison):
        return _veto(comparison, "single_word_subset")
    return comparison


def _ruled(comparison: NameComparison, rule: str) -> NameComparison:
    """A comparison a rule on the names' forms applies to."""
    if rule == "generic_unless_same_country":
        # Decided with the countries of the pair (see ``kept_apart``): score kept.
        return _veto(comparison, rule, cap=1.0)
    return _veto(comparison, rule)


#: ``tl-name-v2``'s comparisons, without what v2.1 added.
compare_person_v2 = partial(compare_person, revised=False)
compare_organization_v2 = partial(compare_organization, revised=False)
