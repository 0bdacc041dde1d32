from __future__ import annotations

import pytest

from threadline.screen import ALGORITHM, FEATURES, compare_names


def score(a: str, b: str, schema: str | None = None) -> float:
    return float(compare_names(a, b, schema)["score"])


def test_algorithm_has_a_name_and_version() -> None:
    result = compare_names("Vladimir Putin", "Putin Vladimir")
    assert result["algorithm"] == ALGORITHM
    assert ALGORITHM.rsplit("-", 1)[1].startswith("v")


def test_every_feature_explains_itself() -> None:
    assert all(len(feature.description) > 30 for feature in FEATURES)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Vladimir Putin", "PUTIN, Vladimir"),  # order and case
        ("Vladimír Pútin", "Vladimir Putin"),  # diacritics
        ("Vladimir V. Putin", "Vladimir Vladimirovich Putin"),  # initials
        ("Vladimir Putin", "Putin Vladimir Vladimirovich"),  # missing middle name
        ("Владимир Путин", "Vladimir Putin"),  # Cyrillic
        ("محمد علي", "Mohamed Ali"),  # Arabic
        ("习近平", "Xi Jinping"),  # Chinese
        ("Abdul Hai Salek", "ABDULHAI SALEK"),  # split tokens
        ("Attiqullah Akhund", "ATTIIQULLAH AKHUND"),  # typo
    ],
)
def test_variants_of_the_same_name_match(a: str, b: str) -> None:
    assert compare_names(a, b, "Person")["match"], (a, b)


def test_different_people_sharing_a_first_name_do_not_match() -> None:
    assert not compare_names("John Smith", "John Gruber")["match"]


def test_honorifics_and_legal_forms_do_not_drive_a_match() -> None:
    assert score("Mr John Smith", "John Smith") == 1.0
    assert score("Romashka OOO", "Romashka LLC", "Company") == 1.0
    assert not compare_names("Alpha Trading LLC", "Beta Trading LLC", "Company")["match"]
    assert not compare_names("Mr Smith", "Mr Jones", "Person")["match"]


def test_a_person_never_matches_a_vessel() -> None:
    result = compare_names("Hermann", "Hermann", "Person")
    assert result["match"]
    from threadline.matching.subject import Pair
    from threadline.matching.v1 import score_pair
    from threadline.screen.query import make_query

    pair = Pair(make_query(["Hermann"], schema="Person"), make_query(["Hermann"], schema="Vessel"))
    scored = score_pair(pair)
    assert scored.score == 0.0
    assert any(item["feature"] == "schema_mismatch" for item in scored.explanation)


def test_birth_dates_and_countries_are_secondary_evidence() -> None:
    from threadline.matching.subject import Pair
    from threadline.matching.v1 import score_pair
    from threadline.screen.query import make_query

    listed = make_query(["Ivan Petrov"], schema="Person", birth_date="1970-05-01", country="RU")
    same = make_query(["Ivan Petrov"], schema="Person", birth_date="1970-05-01", country="RU")
    other = make_query(["Ivan Petrov"], schema="Person", birth_date="1990", country="FR")
    assert score_pair(Pair(same, listed)).score == 1.0
    lowered = score_pair(Pair(other, listed))
    assert lowered.score < 0.75
    features = {item["feature"] for item in lowered.explanation}
    assert {"birth_year_mismatch", "country_mismatch"} <= features


def test_common_names_are_weaker_evidence() -> None:
    from threadline.matching.subject import Pair
    from threadline.matching.v1 import score_pair
    from threadline.screen.query import make_query

    query = make_query(["Mohammed Ali"])
    listed = make_query(["Mohammed Ali"])
    frequencies = {"mohammed": 0.05, "ali": 0.06}
    common = score_pair(Pair(query, listed, frequencies, 20_000))
    assert common.score < 1.0
    assert any(item["feature"] == "common_name" for item in common.explanation)


def test_explanation_has_the_contract_fields() -> None:
    item = compare_names("Saddam Hussein", "Husein, Saddam")["explanation"][0]
    assert {"feature", "score", "weight", "detail"} <= set(item)
    assert "saddam" in item["detail"]


def test_dotted_abbreviations_of_organizations_are_not_initials() -> None:
    # Bug: "U.S. Air Force" matched "Syrian Air Force" through "S." ~ "Syrian".
    assert not compare_names("U.S. Air Force", "Syrian Air Force", "Organization")["match"]
    assert compare_names("U.S. Air Force", "US Air Force", "Organization")["match"]
