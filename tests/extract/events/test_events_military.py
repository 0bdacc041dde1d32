# Military action and sanctions listings on rewritten CENTCOM- and gov.uk-style sentences
# (names changed): strikes, airstrikes, destruction by aircraft, equipment captured, unit
# names that carry an operation's name, "co-operation", EU sanctions listings.
from __future__ import annotations

from tests.extract.events.conftest import Events, one


def test_struck_and_killed_by_an_airstrike_is_a_raid_on_who_was_struck(events_of: Events) -> None:
    text = (
        "Ahmad al-Rashid, an al-Qaida commander in Idlib, was struck and killed by a "
        "coalition airstrike near Sarmada, Syria."
    )
    raid = one(events_of(text), "raid")
    assert raid["trigger"] == "airstrike"
    assert raid["targets"] == ["Ahmad al-Rashid"]
    assert raid["places"] == ["Sarmada", "Syria"]


def test_things_destroyed_in_a_strike_make_it_a_raid(events_of: Events) -> None:
    raid = one(events_of("Two radar systems were also destroyed in the strike near Homs."), "raid")
    assert raid["trigger"] == "strike"
    assert raid["places"] == ["Homs"]


def test_aircraft_that_destroy_carry_out_a_raid(events_of: Events) -> None:
    raid = one(events_of("Navy jets destroyed nine Hezbollah trucks near Homs."), "raid")
    assert raid["trigger"] == "destroyed"
    assert raid["targets"] == ["Hezbollah"]


def test_destroying_evidence_or_a_labour_strike_is_no_raid(events_of: Events) -> None:
    assert events_of("Police destroyed the evidence in the case.") == []
    text = "The union workers went on strike in Homs and struck a deal with the company."
    assert events_of(text) == []


def test_would_after_a_past_reporting_verb_plans_the_strike(events_of: Events) -> None:
    text = "The spokesman said the task force would strike the convoy before it reached the border."
    assert one(events_of(text), "raid")["status"] == "planned"
    assert events_of("If the convoy moves, the jets would strike it.") == []


def test_equipment_captured_is_seized_not_arrested(events_of: Events) -> None:
    found = events_of("Jets destroyed nine trucks and other vehicles captured near Homs, Syria.")
    assert [e["type"] for e in found if e["trigger"] == "captured"] == ["seizure"]
    found = events_of("Police captured the suspect in Homs.")
    assert [e["type"] for e in found] == ["arrest"]


def test_an_operation_name_ending_a_unit_name_is_no_raid(events_of: Events) -> None:
    text = (
        "MOSUL - Combined Joint Task Force - Operation Clear Sky delivered 500 radios to "
        "the Kurdish forces."
    )
    assert [e for e in events_of(text) if e["type"] == "raid"] == []
    raid = one(events_of("MOSUL - Operation Clear Sky began on Monday."), "raid")
    assert raid["trigger"] == "Operation Clear Sky"


def test_co_operation_is_no_operation(events_of: Events) -> None:
    text = (
        "The two leaders discussed the fight against terrorism through intensified police "
        "and security co-operation."
    )
    assert events_of(text) == []


def test_sanctions_listings_secured_on_a_country(events_of: Events) -> None:
    text = "France worked with other member states to secure 9 new EU sanctions listings on Iran."
    sanction = one(events_of(text), "sanction")
    assert sanction["agents"] == ["EU"]
    assert sanction["targets"] == ["Iran"]
    assert events_of("The company is subject to the sanctions program.") == []
