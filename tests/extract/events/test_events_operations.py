# Named operations are raid events and entities, never places or groups; cases named after a
# party are entities too.
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.extract.events.conftest import Events, one
from threadline.model import Extraction


def test_a_launched_operation_is_a_raid_by_who_launched_it(events_of: Events) -> None:
    raid = one(events_of("The DEA launched Operation Sea Breeze in 2019."), "raid")
    assert raid["trigger"] == "Operation Sea Breeze"
    assert raid["agents"] == ["DEA"]
    assert raid["date"] == "2019"


def test_an_operation_s_object_is_its_target(events_of: Events) -> None:
    raid = one(events_of("Operation Sea Breeze targeted the 'Ndrangheta in Calabria."), "raid")
    assert raid["targets"] == ["'Ndrangheta"]


def test_a_name_that_modifies_a_noun_is_no_operation(events_of: Events) -> None:
    found = events_of("Successful launch of Operation Predator app leads to arrest of suspect")
    assert [e["type"] for e in found] == ["arrest"]


def test_operation_names_are_never_places_or_parties(
    extract_dated: Callable[..., Extraction], events_of: Events
) -> None:
    text = "Italian police arrested Ivan Petrov in Operation Sea Breeze."
    extraction: Any = extract_dated(text)
    names = {m.id: m.text for m in extraction.mentions}
    assert all("Operation" not in names[r.target] for r in extraction.relations)
    arrest = one(events_of(text), "arrest")
    assert arrest["targets"] == ["Ivan Petrov"] and arrest["places"] == []


def test_an_operation_name_is_one_mention_of_type_operation(
    extract_dated: Callable[..., Extraction],
) -> None:
    extraction = extract_dated("The DEA launched Operation Sea Breeze in 2019.")
    [operation] = [m for m in extraction.mentions if "Sea Breeze" in m.text]
    assert (operation.text, operation.type) == ("Operation Sea Breeze", "Operation")


def test_events_in_an_operation_are_linked_to_it(
    extract_dated: Callable[..., Extraction],
) -> None:
    text = "Italian police arrested Ivan Petrov in Operation Sea Breeze."
    extraction = extract_dated(text)
    names = {m.id: m.text for m in extraction.mentions}
    by_type = {e.type: e for e in extraction.events}
    assert names[by_type["arrest"].attributes["operation"]] == "Operation Sea Breeze"
    assert names[by_type["raid"].attributes["operation"]] == "Operation Sea Breeze"


def test_an_event_outside_an_operation_has_none(
    extract_dated: Callable[..., Extraction],
) -> None:
    extraction = extract_dated("Police arrested Ivan Petrov in Rome.")
    assert all("operation" not in e.attributes for e in extraction.events)


def test_mention_ids_in_attributes_point_into_the_whole_document(nlp: Any) -> None:
    from threadline.extract import extract_documents
    from threadline.model import Document

    first = "Police in Lima held a press conference about local crime on Monday.\n\n"
    text = first + "Italian police arrested Ivan Petrov in Operation Sea Breeze."
    (extraction,) = extract_documents(nlp, [Document(text=text, source="t")], max_chars=80)
    ids = {m.id for m in extraction.mentions}
    arrest = next(e for e in extraction.events if e.type == "arrest")
    assert arrest.attributes["operation"] in ids


def test_a_case_named_after_a_party_is_a_court_case_mention(
    extract_dated: Callable[..., Extraction],
) -> None:
    extraction = extract_dated(
        "Officials said the Maria Lopez case was closed. Juan Ramirez's case went to trial. "
        "The case of fraud was dropped."
    )
    cases = [(m.text, m.canonical) for m in extraction.mentions if m.type == "CourtCase"]
    assert cases == [
        ("Maria Lopez case", "Maria Lopez case"),
        ("Juan Ramirez's case", "Juan Ramirez case"),
    ]
    assert any(m.text == "Juan Ramirez" and m.type == "Person" for m in extraction.mentions)


def test_an_operation_noun_given_a_name_is_one_raid_by_who_led_it(
    extract_dated: Callable[..., Extraction], events_of: Events
) -> None:
    text = (
        "The FBI-led operation, dubbed Operation Red Tide, targeted the Gulf Cartel's "
        "smuggling routes."
    )
    raid = one(events_of(text), "raid")
    assert raid["trigger"] == "operation"
    assert raid["agents"] == ["FBI"] and raid["targets"] == ["the Gulf Cartel's"]
    extraction = extract_dated(text)
    names = {m.id: m.text for m in extraction.mentions}
    [event] = extraction.events
    assert names[event.attributes["operation"]] == "Operation Red Tide"
