"""The one place resolution reaches the name matcher.

Cross-document links score candidate pairs with the same matcher that screening uses,
and store its features as the explanation. Everything in ``resolve`` calls
:func:`compare_names` here, with the signature and result shape of
``threadline.matching.compare_names``; until that module exists this adapter runs the
screening matcher (``tl-name-v1``), so switching is a change to this file only.
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
    from threadline.errors import ScreenError
    from threadline.matching.subject import Pair
    from threadline.matching.v1 import ALGORITHM, score_pair
    from threadline.screen.query import make_query

    if algorithm not in (None, ALGORITHM):
        raise ValueError(f"unknown matcher {algorithm!r}; this build has {ALGORITHM}")
    try:
        pair = Pair(
            make_query([left], schema=left_schema), make_query([right], schema=right_schema)
        )
    except ScreenError:
        return MatchResult(0.0, ALGORITHM, ())
    score = score_pair(pair)
    features = tuple(
        FeatureResult(item["feature"], item["score"], item["weight"], item["detail"])
        for item in score.explanation
    )
    return MatchResult(score.score, ALGORITHM, features)
