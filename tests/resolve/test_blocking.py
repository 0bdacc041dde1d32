"""Blocking keys meet across scripts; common keys are skipped; only people and organisations."""

from __future__ import annotations

from threadline.resolve.blocking import blocking_keys, candidate_pairs, skeleton


def test_skeleton_keeps_consonants_of_a_transliteration() -> None:
    assert skeleton("mohammed") == skeleton("mhmd") == "mt"
    assert skeleton("alasd") == skeleton("assad")


def test_cyrillic_and_latin_spellings_share_a_key() -> None:
    assert blocking_keys("Person", "Виктор Бут") & blocking_keys("Person", "Viktor Bout")


def test_person_and_organisation_of_one_name_share_no_key() -> None:
    assert not blocking_keys("Person", "Hamas") & blocking_keys("Organization", "Hamas")


def test_places_and_dates_have_no_keys() -> None:
    assert blocking_keys("Location", "Moscow") == frozenset()
    assert blocking_keys("Date", "2020-01-01") == frozenset()


def test_candidate_pairs_are_sorted_and_independent_of_order() -> None:
    rows = [
        ("b", "Person", "Viktor Bout"),
        ("a", "Person", "Виктор Бут"),
        ("c", "Person", "Ann Lee"),
    ]
    assert candidate_pairs(rows) == candidate_pairs(rows[::-1]) == [("a", "b")]


def test_a_key_shared_by_too_many_entities_is_skipped() -> None:
    rows = [(str(i), "Organization", f"Ministry {i}") for i in range(5)]
    assert candidate_pairs(rows, max_block=3) == []
    assert len(candidate_pairs(rows, max_block=5)) == 10


def test_names_sharing_only_a_given_name_are_not_scored() -> None:
    rows = [("a", "Person", "Patricia Lucas Wheeler"), ("b", "Person", "Patricia Smith")]
    assert candidate_pairs(rows) == []


def test_names_sharing_two_parts_or_the_whole_name_are_scored() -> None:
    rows = [("a", "Person", "Joaquín Guzmán"), ("b", "Person", "Joaquin Guzman Loera")]
    assert candidate_pairs(rows) == [("a", "b")]
    assert candidate_pairs([("a", "Person", "Ryabkov"), ("b", "Person", "Riabkov")]) == [("a", "b")]


def test_a_russian_ending_in_ij_meets_its_latin_spelling() -> None:
    assert skeleton("dmitrij") == skeleton("dmitry") and skeleton("jaroslav") == "jrslf"
    rows = [("a", "Person", "Дмитрий Медведев"), ("b", "Person", "Dmitry Medvedev")]
    assert candidate_pairs(rows) == [("a", "b")]


def test_a_part_one_consonant_away_meets() -> None:
    # "Nourredine" and "Nourreldine" (nrtn, nrltn) share no key; with "Adam" they meet.
    rows = [("a", "Person", "Nourredine Adam"), ("b", "Person", "Nourreldine Adam")]
    assert candidate_pairs(rows) == [("a", "b")]


def test_short_skeletons_one_consonant_away_do_not_meet() -> None:
    # "Injai" and "Indjai" (nj, ntj): skeletons under four consonants differ too easily.
    rows = [("a", "Person", "António Injai"), ("b", "Person", "António Indjai")]
    assert candidate_pairs(rows) == []
