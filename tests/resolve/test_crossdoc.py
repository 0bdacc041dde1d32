"""match-v3: close spellings across stories join; humans' entities stay; nothing far joins."""

from __future__ import annotations

import pytest

from threadline.errors import UsageError
from threadline.resolve.comparable import adds_leading_name, comparable, is_latin, is_logographic
from threadline.resolve.crossdoc import match_entities


def test_cyrillic_and_latin_names_of_one_person_join_the_latin_one() -> None:
    links = match_entities(
        [("a", "Person", "Виктор Бут"), ("b", "Person", "Viktor Bout")], threshold=0.88
    )
    assert list(links) == ["a"]
    assert links["a"].entity == "b" and links["a"].score >= 0.88
    assert links["a"].features[0].name == "name_match"
    assert "bout" in links["a"].features[0].explanation


def test_arabic_and_latin_names_of_one_person_join_across_the_article() -> None:
    # "التكريتي" is read "altkryty": the article written joined to the name.
    links = match_entities(
        [("a", "Person", "صدام حسين التكريتي"), ("b", "Person", "Saddam Hussein Al-tikriti")],
        threshold=0.88,
    )
    assert list(links) == ["a"] and links["a"].entity == "b"


def test_different_people_of_one_family_stay_apart() -> None:
    rows = [("a", "Person", "Bashar al-Assad"), ("b", "Person", "Bassel al-Assad")]
    assert match_entities(rows, threshold=0.88) == {}


def test_a_bare_surname_is_never_joined_by_similarity() -> None:
    assert not comparable(("Person", "Assad"), ("Person", "Bassel al-Assad"))
    assert comparable(("Person", "Ryabkov"), ("Person", "Riabkov"))


def test_a_person_never_joins_an_organisation() -> None:
    assert not comparable(("Person", "Hamas"), ("Organization", "Hamas"))
    assert comparable(("PublicBody", "Europol"), ("Organization", "EUROPOL"))


def test_a_name_with_a_given_name_in_front_is_another_person() -> None:
    assert adds_leading_name(["saddam", "hussein"], ["qusay", "saddam", "hussein"])
    assert not adds_leading_name(["joaquin", "guzman"], ["joaquin", "guzman", "loera"])
    rows = [
        ("a", "Person", "Saddam Hussein al-Tikriti"),
        ("b", "Person", "Qusay Saddam Hussein al-Tikriti"),
    ]
    assert match_entities(rows, threshold=0.8) == {}


def test_an_entity_people_decided_about_stays_and_takes_the_group() -> None:
    rows = [("a", "Person", "Sergei Ryabkov"), ("b", "Person", "Sergey Ryabkov")]
    assert match_entities(rows, threshold=0.88)["b"].entity == "a"
    links = match_entities(rows, threshold=0.88, stay=frozenset({"b"}))
    assert list(links) == ["a"] and links["a"].entity == "b"


def test_an_absent_entity_can_join_but_is_never_the_target() -> None:
    rows = [("a", "Person", "Sergei Ryabkov"), ("b", "Person", "Sergey Ryabkov")]
    links = match_entities(rows, threshold=0.88, absent=frozenset({"a"}))
    assert links["a"].entity == "b"


def test_the_result_does_not_depend_on_the_order_of_entities() -> None:
    rows = [
        ("a", "Person", "Sergei Ryabkov"),
        ("b", "Person", "Sergey Ryabkov"),
        ("c", "Person", "Sergei Riabkov"),
        ("d", "Person", "Janet Yellen"),
    ]
    assert match_entities(rows, threshold=0.88) == match_entities(rows[::-1], threshold=0.88)


def test_a_threshold_outside_zero_to_one_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="THREADLINE_RESOLVE_THRESHOLD"):
        match_entities([], threshold=1.5)


def test_is_latin_tells_scripts_apart() -> None:
    assert is_latin("Joaquín Guzmán") and not is_latin("Виктор Бут")


def test_an_organisation_with_words_added_is_another_body() -> None:
    assert not comparable(
        ("Organization", "Royal Air Force"), ("Organization", "Royal Jordanian Air Force")
    )
    assert not comparable(("Organization", "Al-Qaida"), ("Organization", "Al-Qaida in Iraq"))
    assert comparable(("Organization", "Al-Qaida"), ("Organization", "Al Qaeda"))
    rows = [
        ("a", "PublicBody", "UN Security Council"),
        ("b", "PublicBody", "UN Security Council Committee"),
    ]
    assert match_entities(rows, threshold=0.8) == {}


def test_two_chinese_or_korean_names_are_never_joined_by_similarity() -> None:
    assert (
        is_logographic("兵 郑") and is_logographic("유진 박") and not is_logographic("Bing Zheng")
    )
    assert not comparable(("Person", "兵 郑"), ("Person", "兵 张"))
    assert comparable(("Person", "王伟"), ("Person", "Wang Wei"))


def test_a_chain_never_joins_a_name_to_the_same_name_with_a_name_in_front() -> None:
    rows = [
        ("a", "Person", "Saddam Hussein al-Tikriti"),
        ("x", "Person", "Saddam Hussein al-Tikriti Ali"),
        ("c", "Person", "Ali Saddam Hussein al-Tikriti"),
    ]
    links = match_entities(rows, threshold=0.88, pairs=[("a", "x"), ("c", "x")])
    assert "a" not in links and links["x"].entity == "c"
