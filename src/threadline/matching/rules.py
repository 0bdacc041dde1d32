"""Precision rules of ``tl-name-v2``: small pure functions, each answering one question
about two names with a yes or no. Their docstrings are shown to users as explanations.

A rule that says "yes" keeps the pair below any match threshold, whatever the spelling
similarity: these are the cases where similar-looking names are, by construction, not
the same name.
"""

from __future__ import annotations

from functools import lru_cache

from threadline.matching.names import NameComparison
from threadline.matching.normalize import NameForm
from threadline.matching.wordlists import acronym_stopwords, placeholders


def is_placeholder(form: NameForm) -> bool:
    """A placeholder such as "N.N.", "Unknown" or "John Doe" stands for a name nobody
    knows: it names no one, so it never matches."""
    words = placeholders()
    return " ".join(form.tokens) in words or all(t in words for t in form.tokens)


def numbers(form: NameForm) -> frozenset[str]:
    """The numbers written in a name (digits; number words are digits by now)."""
    return frozenset(t for t in form.tokens if t.isdigit())


def numbers_differ(left: NameForm, right: NameForm) -> bool:
    """Names whose numbers differ are different names: "Brigade 17" is not "Brigade 71",
    nor a vessel "Ocean 2" the vessel "Ocean 3"."""
    a, b = numbers(left), numbers(right)
    return bool(a or b) and a != b


@lru_cache(maxsize=100_000)
def acronym(tokens: tuple[str, ...]) -> str:
    """The acronym formed from a name's words, small words left out ("North Atlantic
    Treaty Organization" → "nato")."""
    skip = acronym_stopwords()
    return "".join(t[0] for t in tokens if t not in skip and not t.isdigit())


def is_acronym_of(short: NameForm, long: NameForm) -> bool:
    """A single word of 2–8 letters that is the acronym of the other name ("NATO" and
    "North Atlantic Treaty Organization")."""
    if len(short.tokens) != 1 or len(long.tokens) < 2:
        return False
    token = short.tokens[0]
    return 2 <= len(token) <= 8 and token.isalpha() and token == acronym(long.tokens)


def single_word_subset(left: NameForm, right: NameForm) -> bool:
    """A single word never matches a longer name just by being one of its words:
    "Coalition" is not "Coalition of Good", "Senate" is not "Senat Shipping Limited",
    "EU" is not "Servicio Aereo de Santander E.U."."""
    short, long = (left, right) if len(left.tokens) <= len(right.tokens) else (right, left)
    return len(short.tokens) == 1 and len(long.tokens) >= 2 and not is_acronym_of(short, long)


def legal_forms_differ(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Both names give a legal form and the forms are of different kinds (an "AG" is a
    joint-stock company, a "GmbH" a limited liability company): the same words with a
    different legal form are a different company. Equivalent forms ("OAO", "PJSC", "AO")
    are the same kind."""
    return bool(left and right) and not set(left) & set(right)


def unmatched_full_tokens(comparison: NameComparison) -> tuple[int, int]:
    """How many whole words (not initials) of each side found no partner."""
    query = [t for t in comparison.unmatched_query if len(t) > 1]
    result = [t for t in comparison.unmatched_result if len(t) > 1]
    return len(query), len(result)


def different_person(comparison: NameComparison) -> bool:
    """Both names have a name part the other lacks, and no spelling of one is the other
    ("Bashar al-Assad" and "Bassel al-Assad"): two relatives or namesakes, not one
    person written two ways."""
    query, result = unmatched_full_tokens(comparison)
    return query > 0 and result > 0 and bool(comparison.pairs)
