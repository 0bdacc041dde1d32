from __future__ import annotations

from threadline.resolve.within import is_short_form, link_short_forms


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
