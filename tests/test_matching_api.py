"""The public matching API that ``resolve`` and ``screen`` call."""

from __future__ import annotations

import pytest

from threadline.errors import ScreenError
from threadline.matching import ALGORITHMS, DEFAULT_ALGORITHM, MatchResult, compare_names


def test_default_algorithm_is_v2_1_and_v1_and_v2_stay_selectable() -> None:
    assert DEFAULT_ALGORITHM == "tl-name-v2.1"
    assert ALGORITHMS == ("tl-name-v1", "tl-name-v2", "tl-name-v2.1")
    assert compare_names("Viktor Bout", "Viktor Bout").algorithm == "tl-name-v2.1"
    assert compare_names("a b", "a b", algorithm="tl-name-v2").algorithm == "tl-name-v2"
    assert compare_names("a b", "a b", algorithm="tl-name-v1").algorithm == "tl-name-v1"


def test_cross_script_names_match() -> None:
    result = compare_names("Виктор Бут", "Viktor Bout", left_schema="Person")
    assert isinstance(result, MatchResult)
    assert result.score >= 0.9


def test_every_feature_explains_itself_in_words() -> None:
    result = compare_names("Vladimir Putin", "Vladimir Vladimirovich Putin")
    assert result.features
    names = {feature.name for feature in result.features}
    assert "name_match" in names
    for feature in result.features:
        assert len(feature.explanation.split()) > 5


def test_unknown_algorithm_is_a_clear_error() -> None:
    with pytest.raises(ScreenError, match="tl-name-v1"):
        compare_names("a", "b", algorithm="tl-name-v9")


def test_v1_reproduces_its_old_scores() -> None:
    # Scores tl-name-v1 gave before the matching package existed (same inputs, same code).
    assert (
        compare_names("Vladimir Putin", "KONONOV, Vladimir P.", algorithm="tl-name-v1").score
        == 0.8004
    )
    assert (
        compare_names(
            "Senate", "Senat Shipping Limited", right_schema="Organization", algorithm="tl-name-v1"
        ).score
        == 0.7192
    )


def test_the_explanation_is_written_only_when_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    # Scoring many pairs to keep a few must not pay for explaining each of them.
    from threadline.matching.names import NameComparison

    written: list[str] = []
    detail = NameComparison.detail
    monkeypatch.setattr(
        NameComparison, "detail", lambda self: written.append(self.query) or detail(self)
    )
    result = compare_names("Vladimir Putin", "Vladimir Vladimirovich Putin")
    assert written == []
    assert result.features[0].name == "name_match"
    assert written == ["Vladimir Putin"]


def test_features_asked_for_later_are_those_of_an_explained_score() -> None:
    from threadline.matching.algorithms import make_pair, score_pair
    from threadline.screen.query import make_query

    pairs = [
        ("Vladimir Putin", "Vladimir Vladimirovich Putin", "Person"),
        ("Senate", "Senat Shipping Limited", "Organization"),
        ("Bashar al-Assad", "Bassel al-Assad", "Person"),
        ("Hamas", "Hamas", None),
    ]
    for algorithm in ALGORITHMS:
        for left, right, schema in pairs:
            got = compare_names(
                left, right, left_schema=schema, right_schema=schema, algorithm=algorithm
            )
            query, entry = make_query([left], schema=schema), make_query([right], schema=schema)
            explained = score_pair(make_pair(query, entry, algorithm), algorithm)
            assert got.score == explained.score
            assert [(f.name, f.score, f.weight) for f in got.features] == [
                (item["feature"], item["score"], item["weight"]) for item in explained.explanation
            ]
            for feature, item in zip(got.features, explained.explanation, strict=True):
                assert feature.explanation.startswith(item["description"])
                assert item["detail"] in feature.explanation


def test_a_result_pickles_with_its_features() -> None:
    import pickle

    result = compare_names("Vladimir Putin", "Vladimir Vladimirovich Putin")
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result
    assert copy.features[0].name == "name_match"
