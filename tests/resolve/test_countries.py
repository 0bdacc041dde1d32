from __future__ import annotations

from threadline.resolve.countries import country_name


def test_united_states_aliases() -> None:
    for name in ("U.S.", "US", "USA", "United States", "the United States of America", "America"):
        assert country_name(name) == "United States", name


def test_united_kingdom_aliases() -> None:
    for name in ("UK", "Britain", "United Kingdom", "Great Britain"):
        assert country_name(name) == "United Kingdom", name


def test_capitals_are_not_countries() -> None:
    for name in ("Washington", "Moscow", "Brussels", "Caracas"):
        assert country_name(name) is None, name


def test_regions_are_not_countries() -> None:
    assert country_name("Texas") is None


def test_all_caps_headline_country() -> None:
    assert country_name("MEXICO") == "Mexico"


def test_short_lower_case_words_are_not_codes() -> None:
    assert country_name("us") is None
    assert country_name("in") is None


def test_common_noun_is_not_a_country() -> None:
    # rigour knows Iceland as "Ísland"; "the island" must not become Iceland.
    assert country_name("the island") is None
