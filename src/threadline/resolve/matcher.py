"""The one place resolution reaches the name matcher.

Cross-document links score candidate pairs with the same matcher that screening uses,
and store its features as the explanation. Everything in ``resolve`` calls
:func:`compare_names` here, with the signature and result shape of
``threadline.matching.compare_names``, which it calls (default ``tl-name-v2``, the
screening default); it adds that an unreadable name scores 0 instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass

from threadline.model import ORGANIZATION_KINDS, PERSON


@dataclass(frozen=True)
class FeatureResult:
    """One matcher feature's contribution: its name, score, weight and a sentence for users."""

    name: str
    score: float
    weight: float
    explanation: str


@dataclass(frozen=True)
class MatchResult:
    """A pair's score (0–1), the algorithm (with version) and the features behind it."""

    score: float
    algorithm: str
    features: tuple[FeatureResult, ...]


def matcher_schema(type_: str) -> str | None:
    """The matcher schema of an entity type: ``Person``, ``Organization`` or none."""
    if type_ == PERSON:
        return PERSON
    return "Organization" if type_ in ORGANIZATION_KINDS else None


def compare_names(
    left: str,
    right: str,
    *,
    left_schema: str | None = None,
    right_schema: str | None = None,
    algorithm: str | None = None,
) -> MatchResult:
    """Score two names with the screening matcher; its features are the explanation.

    A name the matcher cannot read (empty, or only punctuation) scores 0 with no features.
    """
    from threadline import matching
    from threadline.errors import ScreenError

    if algorithm not in (None, *matching.ALGORITHMS):
        raise ValueError(
            f"unknown matcher {algorithm!r}; this build has {', '.join(matching.ALGORITHMS)}"
        )
    name = algorithm or matching.DEFAULT_ALGORITHM
    try:
        result = matching.compare_names(
            left, right, left_schema=left_schema, right_schema=right_schema, algorithm=name
        )
    except ScreenError:
        return MatchResult(0.0, name, ())
    features = tuple(
        FeatureResult(f.name, f.score, f.weight, f.explanation) for f in result.features
    )
    return MatchResult(result.score, result.algorithm, features)
