from __future__ import annotations

from threadline.resolve.within import (
    is_mistyped_surname,
    is_short_form,
    link_short_forms,
    surname_index,
)


def test_surname_is_a_short_form() -> None:
    assert is_short_form(["ryabkov"], ["sergei", "ryabkov"])


def test_given_name_alone_is_not_a_short_form() -> None:
    assert not is_short_form(["sergei"], ["sergei", "ryabkov"])


def test_name_without_middle_initial_is_a_short_form() -> None:
    assert is_short_form(["janet", "yellen"], ["janet", "l", "yellen"])


def test_surname_links_through_to_the_fullest_name() -> None:
    links = link_short_forms(
        [("janet", "yellen"), ("janet", "l", "yellen"), ("yellen",)],
    )
    assert links == {
        ("janet", "yellen"): ("janet", "l", "yellen"),
        ("yellen",): ("janet", "l", "yellen"),
    }


def test_shared_surname_is_ambiguous() -> None:
    links = link_short_forms([("fidel", "castro"), ("raul", "castro"), ("castro",)])
    assert links == {}


def test_one_person_written_in_both_name_orders_is_not_ambiguous() -> None:
    links = link_short_forms([("joaquin", "guzman"), ("guzman", "joaquin"), ("guzman",)])
    assert ("guzman",) in links


def test_surname_index_leaves_out_shared_surnames() -> None:
    index = surname_index([("fidel", "castro"), ("raul", "castro"), ("joseph", "votel")])
    assert index == {"votel": ("joseph", "votel")}


def test_mistyped_surname_must_not_be_an_acronym() -> None:
    surnames = {"nato": ("jens", "nato"), "votel": ("joseph", "votel")}
    assert is_mistyped_surname("Votel", ["votel"], surnames)
    assert not is_mistyped_surname("NATO", ["nato"], surnames)
