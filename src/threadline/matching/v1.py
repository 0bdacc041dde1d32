"""The scoring algorithm: weighted features, a name and a version.

The score is the best name evidence (full names, or weak aliases at a discount), moved
up or down by qualifiers — birth dates, countries, how common the name is — and zeroed
when the two cannot be the same kind of thing. Stored screening results carry
:data:`ALGORITHM`, so they stay reproducible after the algorithm changes: change the
version whenever a change alters scores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from threadline.matching import features as f
from threadline.matching.subject import Pair

ALGORITHM = "tl-name-v1"


@dataclass(frozen=True)
class Feature:
    """A feature function, its weight, whether it qualifies (adds to) the main score, and
    what it needs on both sides ("birth_dates", "countries") or from the lists
    ("frequencies"): without it the feature says nothing (scores 0) and is skipped."""

    func: Callable[[Pair], f.Outcome]
    weight: float
    qualifier: bool = False
    needs: str = ""

    @property
    def name(self) -> str:
        return self.func.__name__

    @cached_property
    def description(self) -> str:
        return " ".join((self.func.__doc__ or "").split())


FEATURES: tuple[Feature, ...] = (
    Feature(f.name_match, 1.0),
    Feature(f.weak_alias_match, 0.8),
    Feature(f.schema_mismatch, -1.0, qualifier=True),
    Feature(f.common_name, -0.15, qualifier=True, needs="frequencies"),
    Feature(f.birth_date_match, 0.05, qualifier=True, needs="birth_dates"),
    Feature(f.birth_year_mismatch, -0.2, qualifier=True, needs="birth_dates"),
    Feature(f.birth_day_mismatch, -0.1, qualifier=True, needs="birth_dates"),
    Feature(f.country_match, 0.03, qualifier=True, needs="countries"),
    Feature(f.country_mismatch, -0.1, qualifier=True, needs="countries"),
)


class Score(NamedTuple):
    """A pair's score (0–1) and the features behind it, for the explanation."""

    score: float
    explanation: list[dict[str, Any]]


def score_pair(
    pair: Pair, *, explain: bool = True, features: tuple[Feature, ...] = FEATURES
) -> Score:
    """Score a pair: best main feature × weight, plus every qualifier × weight, in 0–1."""
    pair.explain = explain
    if not explain:
        return Score(score_only(pair, features), [])
    main = 0.0
    adjust = 0.0
    items: list[dict[str, Any]] = []
    known = _known(pair)
    for feature in features:
        needs = feature.needs
        if needs and needs not in known:
            continue
        func = feature.func
        value, detail = func(pair)
        weight = feature.weight
        if feature.qualifier:
            adjust += value * weight
        elif value * weight > main:
            main = value * weight
        if value or func is _NAME_MATCH:
            items.append(
                {
                    "feature": feature.name,
                    "score": round(value, 4),
                    "weight": weight,
                    "detail": detail,
                    "description": feature.description,
                }
            )
        if value and func is _SCHEMA_MISMATCH:
            return Score(0.0, items)
    total = main + adjust if main > 0 else 0.0
    return Score(round(min(1.0, max(0.0, total)), 4), items)


Plan = tuple[tuple[Callable[[Pair], f.Outcome], float, bool], ...]


def score_only(pair: Pair, features: tuple[Feature, ...] = FEATURES) -> float:
    """:func:`score_pair`'s score alone, the same sums in the same order, with no
    explanation written."""
    pair.explain = False
    main = 0.0
    adjust = 0.0
    for func, weight, qualifier in _plan(features, _known(pair)):
        value = func(pair)[0]
        if qualifier:
            adjust += value * weight
        elif value * weight > main:
            main = value * weight
        if value and func is _SCHEMA_MISMATCH:
            return 0.0
    total = main + adjust if main > 0 else 0.0
    return round(min(1.0, max(0.0, total)), 4)


#: Plans by features (kept with them, so that an id is never reused) and what is known.
_PLANS: dict[tuple[int, frozenset[str]], tuple[tuple[Feature, ...], Plan]] = {}


def _plan(features: tuple[Feature, ...], known: frozenset[str]) -> Plan:
    """The features a pair with ``known`` evidence is scored with, in order."""
    kept = _PLANS.get((id(features), known))
    if kept is None or kept[0] is not features:
        plan = tuple(
            (feature.func, feature.weight, feature.qualifier)
            for feature in features
            if not feature.needs or feature.needs in known
        )
        kept = _PLANS[id(features), known] = (features, plan)
    return kept[1]


_NOTHING: frozenset[str] = frozenset()
_NAME_MATCH = f.name_match
_SCHEMA_MISMATCH = f.schema_mismatch


def _known(pair: Pair) -> frozenset[str]:
    """What the qualifying features may need that this pair has (see :class:`Feature`)."""
    query, entry = pair.query, pair.entry
    if not (query.birth_dates or query.countries or pair.frequencies):
        return _NOTHING
    known = set()
    if query.birth_dates and entry.birth_dates:
        known.add("birth_dates")
    if query.countries and entry.countries:
        known.add("countries")
    if pair.frequencies:
        known.add("frequencies")
    return frozenset(known)
