"""A person named with and without middle names ("Viktor Bout", "Viktor Anatolyevich Bout").

News names a person by given name and surname; lists, court papers and fuller stories
add middle names, patronymics and fathers' names between them. The matcher counts a
name part only one side gives against the pair ("Joseph Kony" and "Joseph Rao Kony"
score 0.87), which keeps namesakes apart but also keeps the same person apart. This rule
compares the shorter name with the fuller one's *first and last* parts and as many of
its middle parts as the shorter name has: the parts left out may only be middle parts,
so two names whose first or last parts differ are compared in full, as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

from threadline.resolve.blocking import token_keys
from threadline.resolve.matcher import FeatureResult, MatchResult
from threadline.resolve.normalize import clean_name, name_tokens, strip_honorific
from threadline.resolve.scripts import word_list

#: The most middle parts the rule leaves out of a fuller name.
MAX_LEFT_OUT = 3
#: People in the corpus from whom on a name part is common ("Mohammad", "Hassan").
COMMON_PART = 10

Compare = Callable[[str, str], MatchResult]


def name_words(name: str) -> list[str]:
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


def same_ends(short: str, form: str) -> bool:
    """Whether two names begin alike and end alike, by the blocking keys (consonant
    skeleton or metaphone) of their first and last name parts: "Joseph Kony" and
    "Josef Kony" do; "Sabawi Ibrahim Hassan" and "Ibrahim Sabawi Hassan", the son's name
    with his father's after it, do not."""
    a, b = _end_keys(short), _end_keys(form)
    return len(a) >= 2 and len(b) >= 2 and bool(a[0] & b[0]) and bool(a[-1] & b[-1])


def _end_keys(name: str) -> list[frozenset[str]]:
    """The blocking keys of each part of a name that has any, short skeletons ("mt" for
    both "Mohammad" and "Ahmed") left out."""
    parts = (frozenset(k for k in keys if ":s:" not in k or len(k) > 11) for keys in token_keys("Person", name)[:-1])
    return [k for k in parts if k]


def without_middle_names(fuller: list[str], parts: int) -> Iterator[tuple[str, list[str]]]:
    """The forms of a fuller name with ``parts`` words: its first and last words and
    ``parts - 2`` of its middle words, in order; each with the words left out.

    "Joseph Rao Kony" in two parts is "Joseph Kony" (leaving out "Rao"). A name of two
    words or fewer, or one that would lose more than :data:`MAX_LEFT_OUT` words, gives
    none.
    """
    left_out = len(fuller) - parts
    if parts < 2 or not 1 <= left_out <= MAX_LEFT_OUT:
        return
    middle = range(1, len(fuller) - 1)
    yield " ".join(fuller[:parts]), fuller[parts:]
    for kept in combinations(middle, parts - 2):
        chosen = {0, *kept, len(fuller) - 1}
        yield (
            " ".join(fuller[i] for i in sorted(chosen)),
            [w for i, w in enumerate(fuller) if i not in chosen],
        )


def common_parts(names: Iterable[str], least: int = COMMON_PART) -> frozenset[str]:
    """The name parts (as :func:`~.normalize.name_tokens`) that at least ``least`` of
    the people ``names`` bear: in a corpus about Yemen, "Mohammad" and "Ahmad"."""
    counts = Counter(t for name in names for t in set(name_tokens(name, person=True)))
    return frozenset(t for t, n in counts.items() if n >= least)


def compare_fuller(
    short: str, fuller: str, compare: Compare, common: frozenset[str] = frozenset()
) -> MatchResult | None:
    """The best comparison of ``short`` with ``fuller`` without some of its middle names,
    or none when ``fuller`` has no more words than ``short``.

    Every part of the shorter name must still find its partner: "Tariq Aziz" and
    "Tariq Mikhail Aziz" compare as "Tariq Aziz" twice (1.0), while "Abdul Rahman
    Yasin" and "Abdul Rahman S. Taha" keep their different last names. The explanation
    starts with a ``middle names`` feature naming the parts left out.
    """
    if all(t in common for t in name_tokens(short, person=True)):
        return None
    words = name_words(fuller)
    best: tuple[MatchResult, list[str]] | None = None
    for form, left_out in without_middle_names(words, len(name_words(short))):
        if not same_ends(short, form):
            continue
        result = compare(short, form)
        if best is None or result.score > best[0].score:
            best = (result, left_out)
    if best is None:
        return None
    result, left_out = best
    note = FeatureResult(
        "middle names",
        1.0,
        0.0,
        f"{' '.join(left_out)!r} only in the fuller name {fuller!r}, between the same first"
        " and last names: left out, as a middle name or patronymic",
    )
    return MatchResult(result.score, result.algorithm, [note, *result.features])
