from __future__ import annotations

from threadline.resolve import link_surnames


def test_surname_links_to_the_unique_full_name() -> None:
    links = link_surnames(
        [
            ("ent-1", "Person", "Ryabkov"),
            ("ent-2", "Person", "Sergei Ryabkov"),
            ("ent-3", "Person", "Janet Yellen"),
        ]
    )
    assert links == {"ent-1": "ent-2"}


def test_surname_shared_by_two_people_is_not_linked() -> None:
    links = link_surnames(
        [
            ("ent-1", "Person", "Castro"),
            ("ent-2", "Person", "Fidel Castro"),
            ("ent-3", "Person", "Raúl Castro"),
        ]
    )
    assert links == {}


def test_two_spellings_of_one_full_name_count_once() -> None:
    links = link_surnames(
        [
            ("ent-1", "Person", "GUZMÁN"),
            ("ent-2", "Person", "Joaquín Guzmán"),
            ("ent-3", "Person", "JOAQUIN GUZMAN"),
        ]
    )
    assert links["ent-1"] in {"ent-2", "ent-3"}


def test_only_people_are_linked() -> None:
    links = link_surnames(
        [("ent-1", "Organization", "Sinaloa"), ("ent-2", "Organization", "Cartel de Sinaloa")]
    )
    assert links == {}


def test_given_name_is_not_a_surname() -> None:
    links = link_surnames([("ent-1", "Person", "Sergei"), ("ent-2", "Person", "Sergei Ryabkov")])
    assert links == {}
