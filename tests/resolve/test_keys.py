from __future__ import annotations

from threadline.resolve import RESOLVER_VERSION, better_name, entity_id, entity_key


def test_key_has_group_and_normalized_name() -> None:
    assert entity_key("Person", "Janet Yellen") == "person:janet yellen"


def test_key_ignores_case_punctuation_accents_and_possessive() -> None:
    assert entity_key("Person", "JOAQUÍN GUZMÁN's") == entity_key("Person", "Joaquin Guzman")


def test_person_key_ignores_name_order() -> None:
    assert entity_key("Person", "Guzmán, Joaquín") == entity_key("Person", "Joaquín Guzmán")


def test_organization_key_keeps_word_order() -> None:
    assert entity_key("Organization", "Bank of America") != entity_key(
        "Organization", "America of Bank"
    )


def test_key_drops_leading_the() -> None:
    assert entity_key("Organization", "the Sinaloa Cartel") == "org:sinaloa cartel"


def test_organization_kinds_share_one_group() -> None:
    keys = {entity_key(t, "Interpol") for t in ("Organization", "PublicBody", "Company")}
    assert keys == {"org:interpol"}


def test_person_and_organization_of_one_name_differ() -> None:
    assert entity_id("Person", "Jordan") != entity_id("Organization", "Jordan")


def test_cyrillic_name_is_transliterated_in_the_key() -> None:
    assert entity_key("Person", "Виктор Бут") == entity_key("Person", "Viktor But")


def test_country_aliases_share_a_key() -> None:
    assert entity_key("Location", "U.S.") == entity_key("Location", "United States")
    assert entity_key("Location", "UK") == entity_key("Location", "Britain")


def test_date_key_is_the_iso_value() -> None:
    assert entity_key("Date", "March 12, 2019") == "date:2019-03-12"


def test_money_key_is_amount_and_currency() -> None:
    assert entity_key("Money", "$2 million") == "money:2000000 usd"


def test_unreadable_money_keys_on_its_text() -> None:
    assert entity_key("Money", "some cash") == "money:some cash"


def test_entity_id_is_stable_and_prefixed() -> None:
    assert entity_id("Person", "Janet Yellen") == entity_id("Person", "YELLEN, Janet")
    assert entity_id("Person", "Janet Yellen").startswith("ent-")
    assert len(entity_id("Person", "Janet Yellen")) == len("ent-") + 16


def test_better_name_prefers_the_fuller_name() -> None:
    assert better_name("Ryabkov", "Sergei Ryabkov") == "Sergei Ryabkov"
    assert better_name("Sergei Ryabkov", "Ryabkov") == "Sergei Ryabkov"


def test_better_name_prefers_proper_case_over_all_caps() -> None:
    assert better_name("INTERPOL", "Interpol") == "Interpol"
    assert better_name("JANET YELLEN", "Janet Yellen") == "Janet Yellen"


def test_better_name_prefers_accents_kept() -> None:
    assert better_name("Joaquin Guzman", "Joaquín Guzmán") == "Joaquín Guzmán"


def test_better_name_prefers_the_full_name_over_its_acronym() -> None:
    assert better_name("FATF", "Financial Action Task Force") == "Financial Action Task Force"


def test_better_name_does_not_depend_on_argument_order() -> None:
    assert better_name("Moscow", "Kremlin") == better_name("Kremlin", "Moscow")


def test_better_name_with_an_empty_name_returns_the_other() -> None:
    assert better_name("", "Europol") == "Europol"


def test_resolver_is_versioned() -> None:
    assert RESOLVER_VERSION == "resolve-v1"
