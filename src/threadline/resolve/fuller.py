"""A person named with and without middle names ("Viktor Bout", "Viktor Anatolyevich Bout").

News names a person by given name and surname; lists, court papers and fuller stories
add middle names, patronymics, a father's name or a second surname. The matcher counts a
name part only one side gives against the pair ("Joseph Kony" and "Joseph Rao Kony"
score 0.87), which keeps the same person apart. This rule (part of ``match-v3``) also
compares the shorter name with the fuller one *without* some of its parts, keeping its
first part and either its last part or the parts right after the first, so that a part
the shorter name gives is never dropped: two names whose parts differ ("Abdul Rahman
Yasin", "Abdul Rahman S. Taha") still differ.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

from rigour.text.phonetics import metaphone

from threadline.resolve.blocking import skeleton, without_article
from threadline.resolve.matcher import FeatureResult, MatchResult
from threadline.resolve.normalize import clean_name, name_tokens, strip_honorific
from threadline.resolve.scripts import word_list

#: The most parts the rule leaves out of a fuller name.
MAX_LEFT_OUT = 3
#: The score a shorter form must reach: with parts left out, the parts kept must agree
#: closely, not merely pass the threshold ("Carlos Valencia" is not "Charles Alisha
#: Valencia").
FORM_MIN = 0.95
#: A name part borne by at least this many people of the corpus is common ("Mohammad").
COMMON_PART = 10

Compare = Callable[[str, str], MatchResult]


def name_parts(name: str) -> list[str]:
    """The parts of a person's name as written, courtesy title left out ("Dr. Hamed
    Abdullah Al-Ali" → ``["Hamed", "Abdullah", "Al-Ali"]``). "ʿAbd" and the word after
    it are one part ("Abdul Hai Hazem" → ``["Abdul Hai", "Hazem"]``)."""
    parts: list[str] = []
    for word in strip_honorific(clean_name(name)).split():
        if parts and _is_abd(parts[-1]):
            parts[-1] += " " + word
        else:
            parts.append(word)
    return parts


def _is_abd(word: str) -> bool:
    tokens = name_tokens(word, person=True)
    return len(tokens) == 1 and (tokens[0] in word_list("abd_forms") or tokens[0] == "bd")


def common_parts(names: Iterable[str], least: int = COMMON_PART) -> frozenset[str]:
    """The name parts (lower-case, in Latin letters) that at least ``least`` of the
    people ``names`` bear: in a corpus about Yemen, "mohammad" and "ahmad"."""
    counts = Counter(t for name in names for t in set(name_tokens(name, person=True)))
    return frozenset(t for t, n in counts.items() if n >= least)


def same_ends(short: str, form: str) -> bool:
    """Whether two names begin alike and end alike: their first parts, and their last
    parts, share a consonant skeleton (of three consonants or more) or a metaphone.
    "Joseph Kony" and "Josef Kony" do; "Sabawi Ibrahim Hassan" and "Ibrahim Sabawi
    Hassan" (his son, named before his father) do not."""
    a, b = _sounds(short), _sounds(form)
    return len(a) >= 2 and len(b) >= 2 and bool(a[0] & b[0]) and bool(a[-1] & b[-1])


def _sounds(name: str) -> list[frozenset[str]]:
    """Each name part's metaphone (a glued article left out) and consonant skeleton, for
    parts of three letters or more; a skeleton of two consonants ("mt", both "Mohammad"
    and "Ahmed") says too little to count."""
    parts = []
    for token in name_tokens(name, person=True):
        if len(token) >= 3:
            bone = skeleton(token)
            sound = "m:" + metaphone(without_article(token))
            parts.append(frozenset({sound, bone} if len(bone) > 2 else {sound}))
    return parts


def shorter_forms(fuller: list[str], size: int) -> Iterator[tuple[str, list[str]]]:
    """The forms of a fuller name with ``size`` parts, each with the parts left out: its
    first ``size`` parts, and its first and last parts with ``size - 2`` of the parts
    between them, in order.

    "Joseph Rao Kony" in two parts is "Joseph Rao" or "Joseph Kony"; "Kawa Panga
    Mandro" is "Kawa Panga" or "Kawa Mandro". Nothing when ``size`` is under 2 or
    more than :data:`MAX_LEFT_OUT` parts would go.
    """
    if size < 2 or not 1 <= len(fuller) - size <= MAX_LEFT_OUT:
        return
    yield " ".join(fuller[:size]), fuller[size:]
    last = len(fuller) - 1
    for kept in combinations(range(1, last), size - 2):
        chosen = {0, *kept, last}
        left_out = [p for i, p in enumerate(fuller) if i not in chosen]
        yield " ".join(fuller[i] for i in sorted(chosen)), left_out


def compare_fuller(
    short: str, fuller: str, compare: Compare, common: frozenset[str] = frozenset()
) -> MatchResult | None:
    """The best comparison of a person's ``short`` name with a shorter form of the
    ``fuller`` name (see :func:`shorter_forms`), or none.

    "Tariq Aziz" and "Tariq Mikhail Aziz" compare as "Tariq Aziz" twice (1.0). A form
    counts only if it begins and ends like the shorter name (:func:`same_ends`), so
    the parts may not be reordered to fit, and if it scores at least :data:`FORM_MIN`:
    a part left out and a spelling variant together are too much doubt. A shorter name
    whose every part is common in the corpus (``common``, see :func:`common_parts`:
    "Ahmad Hasan", "Mohammad Ali") is not compared this way: too many people bear it.
    The explanation starts with a ``parts left out`` feature naming them.
    """
    if all(t in common for t in name_tokens(short, person=True)):
        return None
    best: tuple[MatchResult, list[str]] | None = None
    for form, left_out in shorter_forms(name_parts(fuller), len(name_parts(short))):
        if same_ends(short, form):
            result = compare(short, form)
            if result.score >= FORM_MIN and (best is None or result.score > best[0].score):
                best = (result, left_out)
    if best is None:
        return None
    result, left_out = best
    note = FeatureResult(
        "parts left out",
        1.0,
        0.0,
        f"{' '.join(left_out)!r} is only in the fuller name {fuller!r}: left out, as a"
        " middle name, patronymic, father's name or second surname often is",
    )
    return MatchResult(result.score, result.algorithm, [note, *result.features])
