# States named by a demonym and a state noun ("the Mexican government"), and capitals
# that act for their state.
from __future__ import annotations

from collections.abc import Callable

from tests.extract.events.conftest import Events, one
from threadline.extract.gazetteer import country_of_demonym
from threadline.model import Extraction


def test_a_demonym_names_its_country() -> None:
    assert country_of_demonym("Mexican") == "Mexico"
    assert country_of_demonym("Colombian") == "Colombia"
    assert country_of_demonym("Islamic") is None
    assert country_of_demonym("European") is None  # a union, not a country
    assert country_of_demonym("mexican") is None  # an adjective in lower case is no name


def test_the_mexican_government_that_extradites_is_mexico(
    extract_dated: Callable[..., Extraction], events_of: Events
) -> None:
    text = "On Friday the Peruvian government extradited Carlos Ramos to the United States."
    extraction = extract_dated(text)
    state = next(m for m in extraction.mentions if m.text == "Peruvian government")
    assert state.canonical == "Peru" and state.type == "Location"
    extradition = one(events_of(text), "extradition")
    assert extradition["agents"] == ["Peruvian government"]
    assert extradition["targets"] == ["Carlos Ramos"]


def test_authorities_named_by_a_demonym_act_for_their_state(events_of: Events) -> None:
    arrest = one(events_of("Ecuadorian authorities arrested Luis Mora in Quito."), "arrest")
    assert arrest["agents"] == ["Ecuadorian authorities"]


def test_a_named_body_with_a_demonym_keeps_its_name(
    extract_dated: Callable[..., Extraction],
) -> None:
    extraction = extract_dated("The Colombian National Police arrested Luis Mora.")
    assert not any(m.method == "events-states-v1" for m in extraction.mentions)
