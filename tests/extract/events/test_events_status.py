# Status: how the text presents the event.
from __future__ import annotations

from tests.extract.events.conftest import Events, one


def status(events_of: Events, text: str, type_: str = "extradition") -> str:
    return one(events_of(text), type_)["status"]


def test_stated_fact_occurred(events_of: Events) -> None:
    assert status(events_of, "Mexico extradited Rafael Caro Quintero to the United States.") == (
        "occurred"
    )


def test_request_approval_and_refusal(events_of: Events) -> None:
    assert status(events_of, "The United States requested the extradition of Viktor Bout.") == (
        "requested"
    )
    assert status(events_of, "Washington filed an extradition request for Viktor Bout.") == (
        "requested"
    )
    assert status(events_of, "A Thai court approved the extradition of Viktor Bout.") == (
        "approved"
    )
    assert status(events_of, "Mexico refused to extradite Rafael Caro Quintero.") == "denied"
    assert status(events_of, "A court blocked the extradition of Viktor Bout.") == "blocked"


def test_negation_and_plans(events_of: Events) -> None:
    assert status(events_of, "Ovidio Guzman was not arrested in Culiacan.", "arrest") == ("negated")
    assert status(events_of, "Thirteen suspects will be extradited to the United States.") == (
        "planned"
    )
    assert status(events_of, "Colombia plans to extradite Otoniel to the United States.") == (
        "planned"
    )


def test_a_decision_to_act_is_announced(events_of: Events) -> None:
    text = "The President decided to impose sanctions on Ismael Zambada."
    assert status(events_of, text, "sanction") == "announced"


def test_announcing_a_designation_states_it(events_of: Events) -> None:
    text = "OFAC today announced the designation of fifteen FARC leaders."
    assert status(events_of, text, "sanction") == "occurred"


def test_the_verb_over_a_request_decides(events_of: Events) -> None:
    assert status(events_of, "The court denied the extradition request for Viktor Bout.") == (
        "denied"
    )
