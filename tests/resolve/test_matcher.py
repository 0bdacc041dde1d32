"""The matcher adapter: threadline.matching's score and features; unreadable names score 0."""

from __future__ import annotations

from threadline.matching import DEFAULT_ALGORITHM
from threadline.matching import compare_names as matching_compare
from threadline.resolve.matcher import compare_names, matcher_schema


def test_adapter_gives_the_default_matchers_score_and_features() -> None:
    result = compare_names("Виктор Бут", "Viktor Bout", left_schema="Person", right_schema="Person")
    expected = matching_compare(
        "Виктор Бут", "Viktor Bout", left_schema="Person", right_schema="Person"
    )
    assert result == expected and result.algorithm == DEFAULT_ALGORITHM


def test_a_person_and_a_company_never_match() -> None:
    assert compare_names("Hamas", "Hamas", left_schema="Person", right_schema="Company").score == 0


def test_an_unreadable_name_scores_zero() -> None:
    assert compare_names("...", "Viktor Bout").score == 0.0


def test_entity_types_map_to_matcher_schemas() -> None:
    assert matcher_schema("Person") == "Person"
    assert matcher_schema("PublicBody") == "Organization"
    assert matcher_schema("Location") is None
