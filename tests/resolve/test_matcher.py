"""The matcher adapter: the screening matcher's score and features, in the matching shape."""

from __future__ import annotations

from threadline.resolve.matcher import compare_names, matcher_schema
from threadline.screen import compare_names as screen_compare


def test_adapter_gives_the_screening_matchers_score_and_features() -> None:
    result = compare_names("Виктор Бут", "Viktor Bout", left_schema="Person", right_schema="Person")
    expected = screen_compare("Виктор Бут", "Viktor Bout", "Person")
    assert result.score == expected["score"] and result.algorithm == expected["algorithm"]
    assert [f.name for f in result.features] == [f["feature"] for f in expected["explanation"]]


def test_a_person_and_a_company_never_match() -> None:
    assert compare_names("Hamas", "Hamas", left_schema="Person", right_schema="Company").score == 0


def test_an_unreadable_name_scores_zero() -> None:
    assert compare_names("...", "Viktor Bout").score == 0.0


def test_entity_types_map_to_matcher_schemas() -> None:
    assert matcher_schema("Person") == "Person"
    assert matcher_schema("PublicBody") == "Organization"
    assert matcher_schema("Location") is None
