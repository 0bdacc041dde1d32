"""The one place resolution reaches the name matcher.

Cross-document links score candidate pairs with the same matcher that screening uses
(:func:`threadline.matching.compare_names`, default algorithm ``tl-name-v2.1``), and store
its features as the explanation. Everything in ``resolve`` calls :func:`compare_names`
here, so a change of matcher is a change to this file only.
"""

from __future__ import annotations

from threadline.errors import ScreenError
from threadline.matching import DEFAULT_ALGORITHM, FeatureResult, MatchResult
from threadline.matching import compare_names as _compare
from threadline.model import ORGANIZATION_KINDS, PERSON

__all__ = ["DEFAULT_ALGORITHM", "FeatureResult", "MatchResult", "compare_names", "matcher_schema"]


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
    """Score two names with the matcher; its features are the explanation.

    A name the matcher cannot read (empty, or only punctuation) scores 0 with no features.
    """
    try:
        return _compare(
            left, right, left_schema=left_schema, right_schema=right_schema, algorithm=algorithm
        )
    except ScreenError:
        return MatchResult(0.0, algorithm or DEFAULT_ALGORITHM, [])
