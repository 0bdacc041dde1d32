"""Name matching: comparing two names (with what is known about their bearers) and
explaining the score feature by feature.

``screen`` uses it against sanctions lists and ``resolve`` across documents. Algorithms
are versioned (:data:`ALGORITHMS`); :data:`DEFAULT_ALGORITHM` is ``tl-name-v2``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from threadline.matching.algorithms import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    check_algorithm,
    make_pair,
    score_pair,
)
from threadline.matching.subject import Subject


@dataclass(frozen=True)
class FeatureResult:
    """One feature's part in a score: its value (0–1), its weight, and in words what it saw."""

    name: str
    score: float
    weight: float
    explanation: str


@dataclass(frozen=True)
class MatchResult:
    """How alike two names are (0–1) under ``algorithm``, and the features behind it."""

    score: float
    algorithm: str
    features: list[FeatureResult] = field(default_factory=list)


@lru_cache(maxsize=100_000)
def _subject(name: str, schema: str | None) -> Subject:
    """One name read as a query (kept: resolution compares each name with many others)."""
    from threadline.screen.query import make_query

    return make_query([name], schema=schema)


def compare_names(
    left: str,
    right: str,
    *,
    left_schema: str | None = None,
    right_schema: str | None = None,
    algorithm: str | None = None,
) -> MatchResult:
    """Compare two names, e.g. two mentions in different documents or a mention and a
    listed name. Schemata ("Person", "Organization", …) sharpen the comparison; a bad
    name or schema raises :class:`~threadline.errors.ScreenError`."""
    name = check_algorithm(algorithm)
    query = _subject(left, left_schema)
    entry = _subject(right, right_schema)
    result = score_pair(make_pair(query, entry, name), name)
    features = [
        FeatureResult(
            item["feature"],
            item["score"],
            item["weight"],
            f"{item['description']} — {item['detail']}" if item["detail"] else item["description"],
        )
        for item in result.explanation
    ]
    return MatchResult(result.score, name, features)


__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "FeatureResult",
    "MatchResult",
    "compare_names",
]
