"""Name matching: comparing two names (with what is known about their bearers) and
explaining the score feature by feature.

``screen`` uses it against sanctions lists and ``resolve`` across documents. Algorithms
are versioned (:data:`ALGORITHMS`); :data:`DEFAULT_ALGORITHM` is ``tl-name-v2.1``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from threadline.matching.algorithms import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    check_algorithm,
    make_pair,
    pair_score,
    score_pair,
)
from threadline.matching.subject import Subject
from threadline.matching.v1 import Score


@dataclass(frozen=True)
class FeatureResult:
    """One feature's part in a score: its value (0–1), its weight, and in words what it saw."""

    name: str
    score: float
    weight: float
    explanation: str


class MatchResult:
    """How alike two names are (0–1) under ``algorithm``, and the features behind it.

    The features (the explanation, in words) are made the first time they are asked
    for: a caller that only compares scores, such as resolution ranking candidates,
    does not pay for explaining every pair. They are the same features either way."""

    __slots__ = ("score", "algorithm", "_features", "_explain")

    def __init__(
        self,
        score: float,
        algorithm: str,
        features: list[FeatureResult] | None = None,
        *,
        explain: Callable[[], list[FeatureResult]] | None = None,
    ) -> None:
        self.score = score
        self.algorithm = algorithm
        self._features = features
        self._explain = explain

    @property
    def features(self) -> list[FeatureResult]:
        """Each feature's part in the score, with what it saw in words."""
        if self._features is None:
            self._features = self._explain() if self._explain is not None else []
            self._explain = None
        return self._features

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MatchResult):
            return NotImplemented
        return (self.score, self.algorithm, self.features) == (
            other.score,
            other.algorithm,
            other.features,
        )

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type[MatchResult], tuple[float, str, list[FeatureResult]]]:
        # Pickled (e.g. to another process) with its features written out.
        return (MatchResult, (self.score, self.algorithm, self.features))

    def __repr__(self) -> str:
        return (
            f"MatchResult(score={self.score!r}, algorithm={self.algorithm!r}, "
            f"features={self.features!r})"
        )


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
    pair = make_pair(_subject(left, left_schema), _subject(right, right_schema), name)
    score = pair_score(pair, name)
    return MatchResult(score, name, explain=lambda: _features(score_pair(pair, name)))


def _features(result: Score) -> list[FeatureResult]:
    """A score's explanation as :class:`FeatureResult` items."""
    return [
        FeatureResult(
            item["feature"],
            item["score"],
            item["weight"],
            f"{item['description']} — {item['detail']}" if item["detail"] else item["description"],
        )
        for item in result.explanation
    ]


__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "FeatureResult",
    "MatchResult",
    "compare_names",
]
