# Arguments: roles from the parse, coordinated lists, apposition, kind checks, direction,
# antecedents of pronouns.
from __future__ import annotations

from dataclasses import replace
from typing import Any

from tests.extract.events.conftest import Events, one
from threadline.extract.events import find_events
from threadline.model import Mention


def test_coordinated_targets_distribute(events_of: Events) -> None:
    sanction = one(
        events_of("The Treasury Department sanctioned Ivan Petrov, Oleg Sidorov and Anna Volkova."),
        "sanction",
    )
    assert sanction["agents"] == ["The Treasury Department"]
    assert sanction["targets"] == ["Ivan Petrov", "Oleg Sidorov", "Anna Volkova"]


def test_names_in_apposition_to_a_group_noun_are_targets(events_of: Events) -> None:
    sanction = one(
        events_of(
            "Treasury designated the Acme Organized Crime Group and its leaders John Smith, "
            "Mary Jones and Paul Brown."
        ),
        "sanction",
    )
    assert sanction["targets"][-3:] == ["John Smith", "Mary Jones", "Paul Brown"]


def test_extradition_direction_follows_the_text(events_of: Events) -> None:
    found = events_of(
        "Juan Perez Gomez was extradited from Colombia to the United States on Friday."
    )
    extradition = one(found, "extradition")
    assert extradition["targets"] == ["Juan Perez Gomez"]
    assert extradition["agents"] == ["Colombia"]
    assert extradition["places"] == ["United States"]


def test_a_place_is_never_the_person_arrested(events_of: Events) -> None:
    arrest = one(events_of("Police arrested Mexico's most wanted man in Culiacan."), "arrest")
    assert "Mexico" not in arrest["targets"]
    assert arrest["places"] == ["Culiacan"]


def test_news_outlets_are_not_parties() -> None:
    from threadline.extract.events.arguments import fits

    outlet = Mention("d", 0, 5, "(CNN)", "Organization")
    assert not fits("extradition", "targets", outlet)
    assert fits("extradition", "targets", replace(outlet, text="Juan Perez", type="Person"))


def test_the_owner_of_an_arrest_is_arrested_of_a_withdrawal_acts(events_of: Events) -> None:
    found = events_of(
        "Guzman's arrest in Sinaloa was announced by Mexico. Venezuela's withdrawal from "
        "the Andean Pact followed."
    )
    assert one(found, "arrest")["targets"] == ["Guzman"]
    cancelled = one(found, "agreement_cancelled")
    assert cancelled["agents"] == ["Venezuela"]


def test_the_subject_of_receive_undergoes_the_sentence(events_of: Events) -> None:
    sentence = one(events_of("Last month, Jamey Matthews received a prison term."), "sentence")
    assert sentence["targets"] == ["Jamey Matthews"]
    assert sentence["agents"] == []


def test_meeting_noun_takes_the_place_and_participants_of_its_verb(events_of: Events) -> None:
    meeting = one(
        events_of("Kerry briefed colleagues on the meetings held in Sochi with Vladimir Putin."),
        "meeting",
    )
    assert meeting["places"] == ["Sochi"]
    assert meeting["agents"] == ["Vladimir Putin"]


def test_pronoun_arguments_follow_their_antecedent(nlp: Any, extract_dated: Any) -> None:
    text = "Viktor Bout flew to Bangkok. Agents arrested him there."
    extraction = extract_dated(text)
    bout = next(m for m in extraction.mentions if m.text == "Viktor Bout")
    start = text.index("him")
    him = Mention(
        bout.document, start, start + 3, "him", "Person", kind="pronoun", antecedent=bout.id
    )
    extraction.mentions.append(him)
    arrest = next(e for e in find_events(nlp(text), extraction) if e.type == "arrest")
    assert arrest.targets == [him.id]


def test_an_unlinked_pronoun_is_no_argument(nlp: Any, extract_dated: Any) -> None:
    text = "Agents arrested him in Bangkok."
    extraction = extract_dated(text)
    start = text.index("him")
    extraction.mentions.append(
        Mention(extraction.document.id, start, start + 3, "him", "Person", kind="pronoun")
    )
    arrest = next(e for e in find_events(nlp(text), extraction) if e.type == "arrest")
    assert arrest.targets == []


def test_who_pleads_guilty_is_convicted(events_of: Events) -> None:
    conviction = one(
        events_of("Rafael Caro Quintero pleaded guilty in March 2023 to drug trafficking charges."),
        "conviction",
    )
    assert conviction["targets"] == ["Rafael Caro Quintero"]
    assert conviction["agents"] == []
    assert conviction["date"] == "2023-03"


def test_the_by_phrase_of_a_participle_on_an_event_noun_acts(events_of: Events) -> None:
    found = events_of(
        "Italian police detained 19 suspected members of the 'Ndrangheta in an operation "
        "coordinated by Europol."
    )
    # Europol coordinates it; the police who detain people in it carry it out
    assert one(found, "raid")["agents"] == ["Europol", "Italian police"]
    assert one(found, "arrest")["targets"] == ["the 'Ndrangheta"]


def test_against_on_the_verb_of_an_event_noun_names_its_targets(events_of: Events) -> None:
    sanction = one(
        events_of(
            "The order takes aim at criminal groups by imposing economic sanctions against "
            "four organizations – the Yakuza, the Camorra and Los Zetas."
        ),
        "sanction",
    )
    assert sanction["targets"] == ["Yakuza", "Camorra", "Los Zetas"]


def test_the_place_of_the_acting_authorities_is_the_event_s(events_of: Events) -> None:
    found = events_of("Authorities in Spain arrested 27 people in a joint operation.")
    assert one(found, "arrest")["places"] == ["Spain"]


def test_who_is_taken_into_custody_is_arrested(events_of: Events) -> None:
    arrest = one(events_of("Ismael Zambada Garcia was taken into custody in El Paso."), "arrest")
    assert arrest["targets"] == ["Ismael Zambada Garcia"]
    assert arrest["places"] == ["El Paso"]


def test_a_description_in_apposition_is_no_participant(events_of: Events) -> None:
    meeting = one(
        events_of(
            "General Joseph Votel, commander, U.S. Central Command, met with Iraqi Prime "
            "Minister Haider al-Abadi in Baghdad."
        ),
        "meeting",
    )
    assert "U.S. Central Command" not in meeting["agents"]
    assert "Haider al-Abadi" in meeting["agents"]


def test_a_participle_coordinated_with_a_passive_is_passive(events_of: Events) -> None:
    found = events_of("Colombian police arrested Ana Lopez. She was charged and extradited.")
    extradition = one(found, "extradition")
    assert extradition["agents"] == [] and extradition["targets"] == ["She"]
    assert one(found, "charge")["targets"] == ["She"]


def test_an_active_verb_coordinated_with_another_stays_active(events_of: Events) -> None:
    charge = one(events_of("Police arrested Juan Perez and charged him with fraud."), "charge")
    assert charge["targets"] == ["him"]


def test_a_dateline_parsed_as_a_second_subject_is_not_the_agent(events_of: Events) -> None:
    found = events_of(
        "LIMA – On Monday, the Chilean government extradited Pablo Ruiz to the United States."
    )
    assert one(found, "extradition")["agents"] == ["Chilean government"]


def test_places_across_a_region_are_places(events_of: Events) -> None:
    raid = one(events_of("Police raided 40 properties across Spain and Portugal."), "raid")
    assert raid["places"] == ["Spain", "Portugal"]


def test_who_announces_arrests_is_not_who_made_them(events_of: Events) -> None:
    arrest = one(
        events_of("The Justice Department announced the arrest of Pedro Gomez in Lima."),
        "arrest",
    )
    assert arrest["agents"] == [] and arrest["targets"] == ["Pedro Gomez"]
    assert arrest["announced_by"] == "The Justice Department"


def test_an_extradition_request_for_someone_targets_them(events_of: Events) -> None:
    found = events_of("A court in Lima approved the extradition request for Maria Lopez.")
    assert one(found, "extradition")["targets"] == ["Maria Lopez"]


def test_a_raid_carried_out_by_someone_is_theirs(events_of: Events) -> None:
    found = events_of("The raids on the warehouses were carried out by the Spanish Civil Guard.")
    assert one(found, "raid")["agents"] == ["the Spanish Civil Guard"]
