"""match-v3: a person named with and without middle names, a father's name or a second
surname is one person; namesakes whose parts differ, or are common, stay apart."""

from __future__ import annotations

from threadline.resolve.crossdoc import match_entities, score
from threadline.resolve.fuller import FORM_MIN, common_parts, name_parts, same_ends, shorter_forms
from threadline.resolve.matcher import compare_names

P = "Person"


def test_a_middle_name_left_out_still_joins() -> None:
    # The matcher alone counts "Rao" against the pair (0.87, under the default 0.88).
    assert compare_names("Joseph Kony", "Joseph Rao Kony").score < 0.88
    result = score((P, "Joseph Kony"), (P, "Joseph Rao Kony"))
    assert result.score >= 0.88
    assert result.features[0].name == "parts left out"
    assert "'Rao'" in result.features[0].explanation


def test_a_second_surname_left_out_still_joins() -> None:
    assert score((P, "Joaquín Guzmán"), (P, "Joaquín Guzmán Loera")).score >= 0.88


def test_with_parts_left_out_the_parts_kept_must_agree_closely() -> None:
    # "Carlos Valencia" ~ "Charles Valencia" passes the threshold, not FORM_MIN.
    assert 0.88 <= compare_names("Carlos Valencia", "Charles Valencia").score < FORM_MIN
    assert score((P, "Carlos Valencia"), (P, "Charles Alisha Valencia")).score < 0.88
    assert score((P, "Eugene Ngaikosset"), (P, "Eugène Barret Ngaïkosset")).score >= 0.88


def test_namesakes_whose_last_names_differ_stay_apart() -> None:
    assert score((P, "Abdul Rahman Yasin"), (P, "Abdul Rahman S. Taha")).score < 0.88
    assert score((P, "John Smith"), (P, "John Michael Jones")).score < 0.88


def test_the_score_does_not_depend_on_which_name_comes_first() -> None:
    pair = ((P, "Tariq Aziz"), (P, "Tariq Mikhail Aziz"))
    assert score(*pair).score == score(*reversed(pair)).score == 1.0


def test_a_short_name_of_common_parts_is_not_joined_to_a_fuller_one() -> None:
    pair = ((P, "Ahmad Hasan"), (P, "Ahmad Mahmood Hasan"))
    assert score(*pair).score >= 0.88
    assert score(*pair, common=frozenset({"ahmad", "hasan"})).score < 0.88


def test_common_parts_are_those_many_people_of_the_corpus_bear() -> None:
    names = [f"Mohammad {s}" for s in ("Ahmadi", "Karimi", "Rahimi")] + ["Ali Rahimi"]
    assert common_parts(names, least=3) == {"mohammad"}
    assert common_parts(names, least=2) == {"mohammad", "rahimi"}


def test_a_son_named_before_his_father_is_not_the_father() -> None:
    # "Sabawi Ibrahim Hassan" leaves out nothing of "Ibrahim Sabawi Hassan": the order
    # differs, and so does the person.
    assert not same_ends("Sabawi Ibrahim Hassan", "Ibrahim Sabawi Hassan")
    assert same_ends("Joseph Kony", "Josef Kony")
    assert same_ends("Qasim Al-Rimi", "قاسم الريمي")
    # Two consonants ("mt") are too few to say two names begin alike.
    assert not same_ends("Mohammad Ahmadi", "Ahmed Mahmud")


def test_an_arabic_name_with_fathers_names_joins_its_short_latin_form() -> None:
    assert score((P, "قاسم محمد مهدي الريمي"), (P, "Qasim Al-Rimi")).score >= 0.88


def test_name_parts_keep_abd_with_its_word_and_drop_a_courtesy_title() -> None:
    assert name_parts("Dr. Abdul Hai Hazem Abdul Qader") == ["Abdul Hai", "Hazem", "Abdul Qader"]


def test_shorter_forms_keep_the_first_part() -> None:
    forms = list(shorter_forms(["Kawa", "Panga", "Mandro"], 2))
    assert forms == [("Kawa Panga", ["Mandro"]), ("Kawa Mandro", ["Panga"])]
    assert list(shorter_forms(["Kawa", "Panga"], 2)) == []
    assert list(shorter_forms(["A", "B", "C", "D", "E", "F"], 2)) == []  # four would go


def test_organisations_are_not_compared_without_words() -> None:
    org = "Organization"
    assert score((org, "Royal Air Force"), (org, "Royal Jordanian Air Force")).score < 0.88


def test_the_link_explains_the_parts_left_out() -> None:
    rows = [("a", P, "Tariq Aziz"), ("b", P, "Tariq Mikhail Aziz"), ("c", P, "Tariq Ramadan")]
    links = match_entities(rows, threshold=0.88)
    assert list(links) == ["a"] and links["a"].entity == "b"
    assert links["a"].features[0].name == "parts left out"


def test_with_fuller_names_off_names_are_compared_in_full() -> None:
    rows = [("a", P, "Joseph Kony"), ("b", P, "Joseph Rao Kony")]
    assert list(match_entities(rows, threshold=0.88)) == ["a"]
    assert match_entities(rows, threshold=0.88, fuller=False) == {}
