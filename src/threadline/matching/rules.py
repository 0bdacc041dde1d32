"""Precision rules of ``tl-name-v2``: small pure functions, each answering one question
about two names with a yes or no. Their docstrings are shown to users as explanations.

A rule that says "yes" keeps the pair below any match threshold, whatever the spelling
similarity: these are the cases where similar-looking names are, by construction, not
the same name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from threadline.matching.names import NameComparison
from threadline.matching.normalize import NameForm
from threadline.matching.wordlists import acronym_stopwords, generic_org_words, placeholders


def is_placeholder(form: NameForm) -> bool:
    """A placeholder such as "N.N.", "Unknown" or "John Doe" stands for a name nobody
    knows, and a legal form with a few letters ("SAS E.U.") for no company in
    particular: it names no one, so it never matches."""
    if not form.tokens:
        return True
    words = placeholders()
    return " ".join(form.tokens) in words or all(t in words for t in form.tokens)


def is_generic(form: NameForm) -> bool:
    """A name made only of words that say what kind of body something is ("Holding",
    "Ministry of Defence", "National Police") names no body in particular: one such
    word never matches a listed name, however alike the words."""
    words = generic_org_words()
    return bool(form.tokens) and all(t in words for t in form.tokens)


def generic_unless_same_country(query: tuple[str, ...], entry: tuple[str, ...]) -> bool:
    """A name of several generic words ("Ministry of State Security") names a body only
    together with its country: it matches only when the query gives a country the
    listed entry is linked to."""
    return not set(query) & set(entry)


def numbers(form: NameForm) -> frozenset[str]:
    """The numbers written in a name (digits; number words are digits by now)."""
    return frozenset(t for t in form.tokens if t.isdigit())


def numbers_differ(left: NameForm, right: NameForm) -> bool:
    """Names whose numbers differ are different names: "Brigade 17" is not "Brigade 71",
    nor the vessel "Ocean 2" the vessel "Ocean 3" ("Second" and "2nd" are 2)."""
    a, b = numbers(left), numbers(right)
    return bool(a and b) and a != b


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


#: Single words up to this long are compared letter for letter (acronyms).
SHORT_WORD = 5


def short_words_differ(left: NameForm, right: NameForm) -> bool:
    """Two names that are each one short word (acronyms such as "NATO" and "NATA") are the
    same only when spelt the same: one letter makes another organisation."""
    if len(left.tokens) != 1 or len(right.tokens) != 1:
        return False
    a, b = left.tokens[0], right.tokens[0]
    return a != b and min(len(a), len(b)) <= SHORT_WORD


def single_word_subset(comparison: NameComparison) -> bool:
    """A single word never matches a longer name just by being one of its words:
    "Coalition" is not "Coalition of Good", "Senate" is not "Senat Shipping Limited",
    "EU" is not "Servicio Aereo de Santander E.U." (words written together,
    "SergeiLavrov", still match "Sergei Lavrov")."""
    query, result = len(comparison.query_tokens), len(comparison.result_tokens)
    return (query == 1 and result >= 2) or (result == 1 and query >= 2)


def single_names_differ(left: NameForm, right: NameForm) -> bool:
    """Two people each named by one word in Latin letters ("Hasina" and "Hassan") are
    the same only when the word is spelt the same, give or take one letter: with nothing
    else to go on, a spelling difference is more likely another name than another
    spelling. (A name read from another script, "משה" and "Moshe", is compared as usual.)"""
    if len(left.tokens) != 1 or len(right.tokens) != 1:
        return False
    if not (is_latin(left.original) and is_latin(right.original)):
        return False
    return OSA.distance(left.tokens[0], right.tokens[0]) > 1


@lru_cache(maxsize=100_000)
def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter (accents allowed)."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def titled_one_word_names(left: NameForm, right: NameForm, titled: bool) -> bool:
    """Two people named by one word once an honorific is left out ("Haji Sahib" and
    "Haji Mullah Sahib") are told apart by too little to match on their names."""
    return titled and len(left.tokens) == 1 and len(right.tokens) == 1


def legal_forms_differ(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Both names give a legal form and the forms are of different kinds (an "AG" is a
    joint-stock company, a "GmbH" a limited liability company): the same words with a
    different legal form are a different company. Equivalent forms ("OAO", "PJSC", "AO")
    are the same kind."""
    return bool(left and right) and not set(left) & set(right)


@lru_cache(maxsize=200_000)
def spelling_variant(a: str, b: str) -> bool:
    """Whether two words may be one name spelt two ways: one begins the other, or they
    differ in few letters for their length."""
    if a.startswith(b) or b.startswith(a):
        return True
    floor = 0.5 if min(len(a), len(b)) <= 3 else 0.6
    return OSA.normalized_similarity(a, b) >= floor


def different_person(comparison: NameComparison) -> bool:
    """Both names have a name part the other lacks, and it is a different name, not a
    spelling of it ("Bashar al-Assad" and "Bassel al-Assad"): two relatives or
    namesakes, not one person written two ways."""
    if not (comparison.unmatched_query and comparison.unmatched_result):
        return False
    query = [t for t in comparison.unmatched_query if len(t) > 1]
    result = [t for t in comparison.unmatched_result if len(t) > 1]
    if not (query and result and comparison.pairs):
        return False
    return not any(spelling_variant(a, b) for a in query for b in result)


def only_near_spellings_and_missing_name(comparison: NameComparison) -> bool:
    """The listed name has a name part the query lacks, and no name part is spelt the
    same on both sides, only nearly ("Kais Saied" and "Qasi Sa'id Jan", "Mahmoud Abbas"
    and "Mohammad Abbas Akhund" written in Arabic): near spellings alone, with a name
    missing, point to another person more often than to the same one. One name part
    spelt the same ("Ali Velayati" and "Ali Akbar Velayati") is enough to compare as
    usual."""
    if not comparison.unmatched_result or not any(len(t) > 1 for t in comparison.unmatched_result):
        return False
    return not any(
        similarity == 1.0 and len(a) > 2 and a not in SON_OF
        for a, _, similarity in comparison.pairs
    )


SON_OF = frozenset({"bin", "ibn", "bint", "ben", "binti"})


def father_and_son_swapped(left: NameForm, right: NameForm) -> bool:
    """In names built with "bin"/"ibn" (son of), the person is the name before it: in
    "Salman bin Muhammad" and "Muhammad bin Salman" the son of one is the father of the
    other."""
    a = before_son_of(left.tokens)
    b = before_son_of(right.tokens)
    if not a or not b or spelling_variant(a[0], b[0]):
        return False
    return a[0] in right.tokens and b[0] in left.tokens


def before_son_of(tokens: tuple[str, ...]) -> list[str]:
    """The name parts just before "bin"/"ibn" (the sons)."""
    return [tokens[i - 1] for i, t in enumerate(tokens) if t in SON_OF and i > 0]
