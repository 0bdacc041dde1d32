# Triggers: verbs and nouns per event type (data/events/triggers/*.txt), their conditions,
# and the words that look like triggers but state no event.
from __future__ import annotations

from tests.extract.events.conftest import Events


def types(found: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]) for e in found]


def test_verbal_triggers_of_each_enforcement_type(events_of: Events) -> None:
    found = events_of(
        "Colombian police arrested Juan Perez in Bogota. Prosecutors charged Perez with "
        "money laundering. A jury convicted Perez in May. A judge sentenced Perez to ten "
        "years. Colombia extradited Perez to the United States. Treasury sanctioned Perez. "
        "Police seized 400 kilograms of cocaine."
    )
    assert types(found) == [
        ("arrest", "arrested"),
        ("charge", "charged"),
        ("conviction", "convicted"),
        ("sentence", "sentenced"),
        ("extradition", "extradited"),
        ("sanction", "sanctioned"),
        ("seizure", "seized"),
    ]


def test_nominal_triggers_count(events_of: Events) -> None:
    found = events_of(
        "The extradition of Joaquin Guzman to the United States followed his arrest in "
        "Sinaloa. Treasury announced the designation of Ismael Zambada."
    )
    assert ("extradition", "extradition") in types(found)
    assert ("arrest", "arrest") in types(found)
    assert ("sanction", "designation") in types(found)


def test_multiword_triggers(events_of: Events) -> None:
    found = events_of(
        "Matthews pleaded guilty to four counts of robbery. He will be spending the next 27 "
        "months in federal prison. Gomez received a 25-year prison term."
    )
    assert ("conviction", "pleaded") in types(found)
    assert ("sentence", "months") in types(found)
    assert ("sentence", "term") in types(found)


def test_nouns_need_their_condition(events_of: Events) -> None:
    found = events_of(
        "The group remains subject to sanctions. The bank imposed sanctions on Petrov. "
        "Prosecutors filed charges against Petrov. Petrov faces charges in Texas."
    )
    assert types(found) == [("sanction", "sanctions"), ("charge", "charges")]
    assert found[0]["targets"] == ["Petrov"]


def test_title_case_headline_verbs(events_of: Events) -> None:
    found = events_of("Ten Drug Defendants Extradited From Mexico To The United States\n")
    assert ("extradition", "Extradited") in types(found)


def test_words_inside_names_are_not_triggers(events_of: Events) -> None:
    found = events_of(
        "The FARC was designated as a Specially Designated Global Terrorist in November 2001."
    )
    assert types(found) == [("sanction", "designated")]


def test_counts_and_compounds_are_not_events(events_of: Events) -> None:
    found = events_of(
        "This brings the total number of extraditions from Mexico to 95. Mexico and the "
        "United States signed an extradition treaty in 1978."
    )
    assert all(e["type"] != "extradition" for e in found)


def test_conditions_and_hypotheses_are_not_events(events_of: Events) -> None:
    found = events_of(
        "If convicted, Smith faces life in prison. The suspect could be charged under the "
        "Hobbs Act. Rewards are offered for information leading to the arrest of Cardenas."
    )
    assert found == []


def test_generic_targets_are_not_events(events_of: Events) -> None:
    found = events_of("The app helps us in apprehending those who seek to harm children.")
    assert found == []


def test_a_participle_restating_an_indictment_is_one_event(events_of: Events) -> None:
    found = events_of(
        "A federal grand jury returned a two-count indictment charging conspiracy to "
        "import cocaine."
    )
    assert types(found) == [("charge", "indictment")]


def test_seizing_a_city_is_not_a_seizure(events_of: Events) -> None:
    found = events_of("We plan for the city's ultimate seizure once ISIL is defeated.")
    assert found == []


def test_operations_and_strikes(events_of: Events) -> None:
    found = events_of(
        "Abu Sayyaf was killed during a U.S. military operation last May. The Coalition "
        "conducted more than 300 strikes in support of the SDF."
    )
    assert types(found) == [("raid", "operation"), ("raid", "strikes")]


def test_custody_and_complaints(events_of: Events) -> None:
    found = events_of(
        "Mexican authorities took Ovidio Guzman into custody in Culiacan. Prosecutors filed "
        "a criminal complaint against Guzman."
    )
    assert types(found) == [("arrest", "custody"), ("charge", "complaint")]
    assert found[0]["targets"] == ["Ovidio Guzman"]
    assert found[0]["places"] == ["Culiacan"]


def test_event_nouns_modifying_other_nouns_state_no_event(events_of: Events) -> None:
    found = events_of(
        "The mosque serves as a meeting place for residents. Police executed arrest "
        "warrants in Bogota."
    )
    assert types(found) == [("arrest", "arrest")]


def test_taking_a_town_is_not_an_arrest(events_of: Events) -> None:
    assert events_of("In June 2014 the city of Mosul was captured by ISIL.") == []


def test_a_term_under_its_sentencing_verb_is_one_event(events_of: Events) -> None:
    found = events_of("Martinez was sentenced to 15 years in prison. He faces 20 years in prison.")
    assert types(found) == [("sentence", "sentenced")]


def test_interdictions_are_seizures(events_of: Events) -> None:
    found = events_of("The Coast Guard interdicted two tons of cocaine.")
    assert types(found) == [("seizure", "interdicted")]


def test_identified_as_a_suspect_is_no_designation(events_of: Events) -> None:
    assert events_of("A man was identified by local police as the suspect in a robbery.") == []


def test_an_operation_is_a_raid_when_its_words_make_it_an_action(events_of: Events) -> None:
    found = events_of(
        "Juan Perez was arrested in a joint operation in Lima. Ana Ruiz was wounded during "
        "a police operation in Quito."
    )
    assert types(found).count(("raid", "operation")) == 2


def test_a_trafficking_operation_is_a_business_not_a_raid(events_of: Events) -> None:
    found = events_of(
        "Juan Perez ran a cocaine trafficking operation based in Lima. A smuggling "
        "operation that moved tons of cocaine collapsed."
    )
    assert [e for e in found if e["type"] == "raid"] == []


def test_a_raid_on_premises_targets_their_owner(events_of: Events) -> None:
    found = events_of(
        "Federal agents raided the home of Carlos Ramos. "
        "Police raided Maria Lopez's offices in Lima."
    )
    raids = [e for e in found if e["type"] == "raid"]
    assert [r["targets"] for r in raids] == [["Carlos Ramos"], ["Maria Lopez"]]
    assert raids[1]["places"] == ["Lima"]


def test_synonyms_of_the_event_verbs(events_of: Events) -> None:
    found = events_of(
        "A court jailed Pedro Diaz for 12 years. The State Department added Ivan Petrov to "
        "the list. Mexican authorities rounded up 20 suspects. Spain hosted the summit."
    )
    assert ("sentence", "jailed") in types(found)
    assert ("sanction", "added") in types(found)
    assert ("arrest", "rounded") in types(found)
    assert ("meeting", "hosted") in types(found)


def test_a_handover_of_a_person_is_an_extradition_of_papers_is_not(events_of: Events) -> None:
    found = events_of(
        "Honduran authorities handed over Carlos Ramos to U.S. marshals. The lawyer handed "
        "over documents to the court."
    )
    assert [(e["type"], e["targets"]) for e in found] == [("extradition", ["Carlos Ramos"])]


def test_strikes_on_targets_are_raids(events_of: Events) -> None:
    found = events_of("Coalition aircraft struck ISIL targets near Mosul.")
    raid = [e for e in found if e["type"] == "raid"]
    assert [r["places"] for r in raid] == [["Mosul"]]
