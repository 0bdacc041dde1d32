# Precision and recall rules written from the press-release relation evaluation
# (benchmarks/eval_press_relations.py, dev split), on short invented sentences, through the
# whole extract stage.
from __future__ import annotations

from collections.abc import Callable

from threadline.model import Extraction


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    text = {m.id: m.text for m in extraction.mentions}
    return {(text[r.source], r.type, text[r.target]) for r in extraction.relations}


def test_a_place_that_modifies_a_noun_is_not_visited(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(extract_text("Later, Mark Ellison flew to visit U.S. service members."))
    assert not any(t == "visited" and o == "U.S." for _, t, o in found)


def test_a_place_is_not_located_in_a_place(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(
        extract_text(
            "The defendants will face criminal proceedings in the Southern District of Texas, "
            "the Central District of California and the Northern District of Georgia. ISIL "
            "seized the tanks from Tiyas Military Airfield near Palmyra, Syria."
        )
    )
    assert not [r for r in found if r[1] == "located_in"]


def test_a_state_phrase_is_still_located(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(extract_text("Russian troops remain in Tajikistan."))
    assert ("Russian troops", "located_in", "Tajikistan") in found


def test_a_unit_leader_is_a_member_placed_himself(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(
        extract_text("Omar Haddad, an ISIL gang leader in Raqqah, was killed on Monday.")
    )
    assert ("Omar Haddad", "member_of", "ISIL") in found
    assert ("Omar Haddad", "leads", "ISIL") not in found
    assert ("Omar Haddad", "located_in", "Raqqah") in found
    assert ("ISIL", "located_in", "Raqqah") not in found


def test_a_qualified_leader_title_holds_a_role(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(extract_text("Treasury Deputy Secretary Paul Grant announced the action."))
    assert ("Paul Grant", "leads", "Treasury") not in found
    assert ("Paul Grant", "holds_role", "Treasury") in found


def test_a_plain_leader_title_still_leads(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(extract_text("Treasury Secretary Paul Grant announced the action."))
    assert ("Paul Grant", "leads", "Treasury") in found


def test_both_parties_of_a_meeting_are_where_it_is(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(extract_text("Mark Ellison met with Omar Haddad in Amman on Tuesday."))
    assert ("Mark Ellison", "met_in", "Amman") in found
    assert ("Omar Haddad", "met_in", "Amman") in found


def test_a_unit_of_a_body_is_its_member(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(
        extract_text("The FBI's Birmingham Field Office opened an investigation into the thefts.")
    )
    assert ("Birmingham Field Office", "member_of", "FBI") in found


def test_a_group_from_a_country_is_no_unit(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(extract_text("Mexico's Gulf Cartel has terrorized the border towns."))
    assert not [r for r in found if r[1] == "member_of"]


def test_a_law_phrase_deep_in_the_clause_is_the_sanction_law(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(
        extract_text(
            "In April 2009, President Obama designated Los Zetas as a significant foreign "
            "narcotics trafficker pursuant to the Foreign Narcotics Kingpin Designation Act."
        )
    )
    assert any(s == "Los Zetas" and "Kingpin" in o for s, t, o in found if t == "sanctioned_under")


def test_defenses_against_a_group_are_no_attack(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(
        extract_text("Abu Omar improved ISIL's defenses against the Syrian Democratic Forces.")
    )
    assert not [r for r in found if r[1] == "attacked" and r[0] == "ISIL"]


def test_a_state_is_not_located_in_itself(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(extract_text("In Syria, Syrian forces continue to liberate territory."))
    assert not [r for r in found if r[1] == "located_in"]


def test_coordinated_parties_of_a_reciprocal_verb_relate(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(
        extract_text(
            "Colombia and Panama will work together to dismantle the networks. "
            "Ivan Petrov and Oleg Sidorov agreed that the talks should continue."
        )
    )
    assert {
        ("Colombia", "cooperated_with", "Panama"),
        ("Panama", "cooperated_with", "Colombia"),
    } & found
    assert any(
        t == "agreed_with" and {s, o} == {"Ivan Petrov", "Oleg Sidorov"} for s, t, o in found
    )


def test_a_reciprocal_noun_relates_the_parties_between(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(
        extract_text("They praised the close cooperation between Colombia and Ecuador.")
    )
    assert any(t == "cooperated_with" and {s, o} == {"Colombia", "Ecuador"} for s, t, o in found)


def test_working_alone_is_no_cooperation(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(extract_text("Colombia and Panama work on their own border programmes."))
    assert not [r for r in found if r[1] == "cooperated_with"]


def test_a_long_list_of_partners_gives_no_pairs(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(
        extract_text(
            "The seizure followed close coordination between the DEA, the FBI, the Coast "
            "Guard and Customs and Border Protection."
        )
    )
    assert not [r for r in found if r[1] == "cooperated_with"]
