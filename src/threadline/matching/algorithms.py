"""The selectable algorithms: each a name-comparison function and a tuple of features.

Stored screening results carry the algorithm's name, so old results stay reproducible:
``tl-name-v1`` and ``tl-name-v2`` are kept score for score; ``tl-name-v2.1`` (v2's
revision) is the default.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from threadline.matching import features as f
from threadline.matching import v1, v2
from threadline.matching.names import NameComparison, compare_forms
from threadline.matching.normalize import NameForm
from threadline.matching.subject import OBJECTS, ORGANIZATIONS, Pair, Subject
from threadline.matching.v1 import Feature, Score

DEFAULT_ALGORITHM = v2.REVISED_ALGORITHM
ALGORITHMS = (v1.ALGORITHM, v2.ALGORITHM, v2.REVISED_ALGORITHM)
Comparer = Callable[[NameForm, NameForm], NameComparison]
#: Schemata whose names v2 compares as organisations' names.
THINGS = ORGANIZATIONS | OBJECTS


def kept_apart(pair: Pair) -> f.Outcome:
    """A precision rule keeps the two names apart, however alike they look: a placeholder
    or a name made only of generic words (unless both sides give the same country),
    different numbers, a single word inside a longer name or matching only a weak alias,
    a different kind of legal form, a different given name, or near spellings alone with
    a name part only the list has."""
    best, weak = pair.best_name, pair.best_weak_name
    weak_decides = weak is not None and (best is None or weak.score * 0.8 > best.score)
    decisive = weak if weak_decides else best
    if decisive is None:
        return 0.0, "no precision rule applies"
    if decisive.rule == "generic_unless_same_country":
        query, entry = pair.query.countries, pair.entry.countries
        if not v2.rules.generic_unless_same_country(query, entry):
            return 0.0, "a name of generic words, given with a country the entry is linked to"
    if decisive.rule:
        return 1.0, _rule_summary(decisive.rule)
    if weak_decides and len(decisive.query_tokens) == 1:
        return 1.0, "a single word matches only a weak alias (a nickname or short form)"
    return 0.0, "no precision rule applies"


@cache
def _rule_summary(name: str) -> str:
    """The first line of a precision rule's docstring, for the explanation."""
    rule = getattr(v2.rules, name)
    return (rule.__doc__ or name).split("\n")[0].strip() + " …"


FEATURES_V2: tuple[Feature, ...] = (
    Feature(f.name_match, 1.0),
    Feature(f.weak_alias_match, 0.8),
    Feature(f.schema_mismatch, -1.0, qualifier=True),
    Feature(kept_apart, -1.0, qualifier=True),
    Feature(f.common_name, -0.15, qualifier=True, needs="frequencies"),
    Feature(f.birth_date_match, 0.05, qualifier=True, needs="birth_dates"),
    Feature(f.birth_year_mismatch, -0.3, qualifier=True, needs="birth_dates"),
    Feature(f.birth_day_mismatch, -0.15, qualifier=True, needs="birth_dates"),
    Feature(f.country_match, 0.03, qualifier=True, needs="countries"),
    Feature(f.country_mismatch, -0.1, qualifier=True, needs="countries"),
)

FEATURES = {
    v1.ALGORITHM: v1.FEATURES,
    v2.ALGORITHM: FEATURES_V2,
    v2.REVISED_ALGORITHM: FEATURES_V2,
}


def check_algorithm(algorithm: str | None) -> str:
    """The algorithm's name (the default when None), or a ValueError naming the choices."""
    if algorithm is None or algorithm == "":
        return DEFAULT_ALGORITHM
    if algorithm not in ALGORITHMS:
        from threadline.errors import ScreenError

        raise ScreenError(f"unknown algorithm {algorithm!r}; use one of {', '.join(ALGORITHMS)}")
    return algorithm


def comparer(algorithm: str, left: str | None, right: str | None) -> Comparer:
    """The name comparison of ``algorithm`` for two schemata."""
    if algorithm == v1.ALGORITHM:
        return compare_forms
    thing = left in THINGS or right in THINGS
    if algorithm == v2.ALGORITHM:
        return v2.compare_organization_v2 if thing else v2.compare_person_v2
    return v2.compare_organization if thing else v2.compare_person


def make_pair(
    query: Subject,
    entry: Subject,
    algorithm: str,
    frequencies: dict[str, float] | None = None,
    list_size: int = 0,
) -> Pair:
    """A pair ready for :func:`score_pair` under ``algorithm``."""
    compare = comparer(algorithm, query.schema, entry.schema)
    return Pair(query, entry, frequencies, list_size, compare=compare)


def score_pair(pair: Pair, algorithm: str, *, explain: bool = True) -> Score:
    """Score a pair with the features of ``algorithm``."""
    return v1.score_pair(pair, explain=explain, features=FEATURES[algorithm])


def pair_score(pair: Pair, algorithm: str) -> float:
    """:func:`score_pair`'s score alone, without the explanation."""
    return v1.score_only(pair, FEATURES[algorithm])
