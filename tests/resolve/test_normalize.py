from __future__ import annotations

from threadline.resolve.normalize import (
    clean_name,
    name_tokens,
    normalized_name,
    strip_honorific,
    strip_possessive,
    type_group,
)


def test_clean_name_drops_leading_the_and_possessive() -> None:
    assert clean_name("the Financial Action Task Force's") == "Financial Action Task Force"


def test_clean_name_keeps_case_and_accents() -> None:
    assert clean_name("  Raúl   Castro ") == "Raúl Castro"


def test_possessive_with_curly_apostrophe_is_dropped() -> None:
    assert strip_possessive("Yellen\u2019s") == "Yellen"
    assert strip_possessive("Reuters'") == "Reuters"


def test_courtesy_title_is_dropped() -> None:
    assert strip_honorific("Mr. Ryabkov") == "Ryabkov"
    assert strip_honorific("Drago Kos") == "Drago Kos"


def test_tokens_join_dotted_initials() -> None:
    assert name_tokens("U.S.") == ["us"]


def test_tokens_transliterate_other_scripts() -> None:
    assert name_tokens("Виктор Бут") == ["viktor", "but"]


def test_person_tokens_drop_courtesy_titles() -> None:
    assert name_tokens("Dr. Ryabkov", person=True) == ["ryabkov"]


def test_person_names_sort_their_tokens() -> None:
    assert normalized_name("Yellen Janet", person=True) == "janet yellen"


def test_organization_kinds_are_one_group() -> None:
    assert {type_group(t) for t in ("Organization", "PublicBody", "Company")} == {"org"}
    assert type_group("Person") == "person"


def test_the_hague_keeps_its_article() -> None:
    assert clean_name("The Hague") == "The Hague"
    assert name_tokens("The Hague") == name_tokens("the Hague") == ["hague"]


def test_capital_a_is_not_an_article() -> None:
    assert clean_name("A. Smith") == "A. Smith"
