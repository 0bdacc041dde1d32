"""Names in two scripts: compared as written, in Latin letters, and by consonants."""

from __future__ import annotations

from threadline.resolve.crossdoc import match_entities
from threadline.resolve.scripts import (
    compare_across_scripts,
    consonant_agreement,
    consonant_parts,
    is_abjad,
    latin_form,
)


def test_arabic_and_latin_spellings_have_the_same_consonants() -> None:
    assert consonant_parts("صدام حسين التكريتي") == ["stm", "hsn", "tkrt"]
    assert consonant_parts("Saddam Hussein Al-tikriti") == ["stm", "hsn", "tkrt"]
    assert consonant_agreement("محمد حمزة زبيدي", "Muhammad Hamza Zubaidi") == 1.0


def test_abd_and_the_word_after_it_are_one_name() -> None:
    assert consonant_agreement("عبد الله", "Abdallah") == 1.0
    assert consonant_parts("Abdul Hakim Murad") == consonant_parts("عبد الحكيم مراد")
    assert consonant_parts("Abd al-Hakim Murad") == ["abtlhkm", "mrt"]


def test_two_parts_written_as_one_agree_with_it() -> None:
    assert consonant_agreement("نجيب الله حقانی", "Najibullah Haqani") == 1.0


def test_names_whose_letters_only_agree_run_together_stay_apart() -> None:
    # Two synthetic people on no list (yente's negatives), joined by an earlier rule.
    assert consonant_agreement("دانيال الوندی", "Daniel Inaya Dutt") < 0.88


def test_the_article_before_din_goes_however_it_is_written() -> None:
    assert consonant_parts("Nooruddin Turabi") == consonant_parts("نورالدین ترابی")
    assert consonant_parts("Ansar Eddine") == consonant_parts("انصار الدين") == ["ansr", "tn"]


def test_dh_counts_as_d() -> None:
    assert consonant_agreement("محسن فاضل", "Muhsin Fadhil") == 1.0


def test_parts_of_few_consonants_agree_by_chance_and_do_not_count() -> None:
    # Two synthetic people on no list (yente's negatives).
    assert consonant_agreement("آيات كانو", "Outi Kokkonen") == 0.0
    assert consonant_agreement("الطيب نايل", "Tayeb Nail") == 1.0


def test_a_vowel_at_the_start_of_a_part_counts() -> None:
    assert consonant_parts("محمد احمدی") == ["mhmt", "ahmt"]
    assert consonant_agreement("محمد احمدی", "Muhammad Al-Hamati") < 0.88
    assert consonant_agreement("محمد علي", "Wali Mohammad") < 0.88


def test_a_name_put_in_front_is_another_person_by_consonants_too() -> None:
    assert consonant_agreement("صدام حسين", "Qusay Saddam Hussein") == 0.0


def test_h_keeps_hala_and_ali_apart() -> None:
    assert consonant_agreement("علي صدام حسين", "Hala Saddam Hussein") < 0.88


def test_an_arabic_name_joins_its_latin_form_by_consonants() -> None:
    rows = [("a", "Person", "صدام حسين التكريتي"), ("b", "Person", "Saddam Hussein Al-tikriti")]
    links = match_entities(rows, threshold=0.88)
    assert links["a"].entity == "b" and links["a"].algorithm == "consonants-v1"
    assert links["a"].features[0].name == "consonants"
    assert "'stm hsn tkrt'" in links["a"].features[0].explanation


def test_cyrillic_joins_its_latin_form_and_keeps_the_matchers_explanation() -> None:
    result = compare_across_scripts("Виктор Бут", "Viktor Bout", schemas=("Person", "Person"))
    assert result.score >= 0.88 and result.algorithm == "tl-name-v2.1"
    assert result.features[0].name == "name_match"


def test_a_chinese_name_joins_its_pinyin() -> None:
    rows = [("a", "Person", "习近平"), ("b", "Person", "Xi Jinping")]
    assert match_entities(rows, threshold=0.88)["a"].entity == "b"


def test_names_in_one_script_are_compared_as_written_only() -> None:
    result = compare_across_scripts("Bashar al-Assad", "Bassel al-Assad")
    assert result.algorithm == "tl-name-v2.1" and result.score < 0.88
    assert not is_abjad("Bashar al-Assad") and is_abjad("بشار الأسد")


def test_latin_form_transliterates_and_drops_letters_latin_leaves_out() -> None:
    assert latin_form("Виктор Бут") == "Viktor But"
    assert latin_form("عزيز") == "azyz"  # ʿayn is read as a vowel
