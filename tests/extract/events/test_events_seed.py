# The seed stories of issue 10 (Moscow Times, January 2013), rewritten in short
# sentences: the cancelled crime-fighting agreement and Viktor Bout's arrest and
# extradition.
from __future__ import annotations

from typing import Any

from tests.extract.events.conftest import Events, one
from threadline.extract import extract_documents
from threadline.model import Document

AGREEMENT = (
    "Moscow has cancelled a bilateral crime-fighting agreement with Washington, Deputy "
    "Foreign Minister Sergei Ryabkov said Wednesday. The 2002 agreement was concluded on "
    "September 25, 2002. Russia cancelled the 2002 agreement in January 2013."
)
BOUT = (
    "U.S. narcotics agents arrested Viktor Bout in a sting operation in Bangkok in March "
    "2008. In August, a Thai court approved the extradition of suspected Russian arms "
    "dealer Viktor Bout to the United States."
)


def test_cancelled_agreement_has_its_parties_and_announcer(events_of: Events) -> None:
    found = events_of(AGREEMENT, "2013-01-30")
    first = [e for e in found if e["trigger"] == "cancelled"][0]
    assert first["type"] == "agreement_cancelled"
    assert first["agents"] == ["Moscow"]
    assert first["targets"] == ["bilateral crime-fighting agreement"]
    assert first["parties"] == ["Moscow", "Washington"]
    assert first["announced_by"] == "Sergei Ryabkov"
    assert first["date"] == "2013-01-30"


def test_agreement_concluded_and_cancelled_with_dates(events_of: Events) -> None:
    found = events_of(AGREEMENT, "2013-01-30")
    signed = one(found, "agreement_signed")
    assert (signed["targets"], signed["date"]) == (["2002 agreement"], "2002-09-25")
    russia = [e for e in found if e["agents"] == ["Russia"]][0]
    assert (russia["type"], russia["date"]) == ("agreement_cancelled", "2013-01")


def test_bout_arrested_by_agents_in_bangkok_in_march_2008(events_of: Events) -> None:
    arrest = one(events_of(BOUT, "2013-01-30"), "arrest")
    assert arrest["targets"] == ["Viktor Bout"]
    assert arrest["agents"] == ["U.S."]
    assert arrest["places"] == ["Bangkok"]
    assert arrest["date"] == "2008-03"


def test_bout_extradition_approved_by_a_court(events_of: Events) -> None:
    extradition = one(events_of(BOUT, "2013-01-30"), "extradition")
    assert extradition["targets"] == ["Viktor Bout"]
    assert extradition["places"] == ["United States"]
    assert extradition["status"] == "approved"


def test_events_of_a_text_parsed_in_parts_point_into_the_whole_text(nlp: Any) -> None:
    text = f"{AGREEMENT}\n\n{BOUT}"
    document = Document(text=text, source="parts", date="2013-01-30")
    (whole,) = extract_documents(nlp, [document], max_chars=300)
    by_id = {m.id: m for m in whole.mentions}
    assert {e.type for e in whole.events} >= {"agreement_cancelled", "arrest", "extradition"}
    for event in whole.events:
        assert text[event.trigger_start : event.trigger_end] == event.trigger
        for mention_id in event.agents + event.targets + event.places:
            mention = by_id[mention_id]
            assert text[mention.start : mention.end] == mention.text
    arrest = next(e for e in whole.events if e.type == "arrest")
    assert [by_id[i].text for i in arrest.targets] == ["Viktor Bout"]


def test_acting_capitals_stand_for_their_states(extract_dated: Any) -> None:
    extraction = extract_dated(AGREEMENT + " Ryabkov spoke in Moscow.", "2013-01-30")
    canonical = [(m.text, m.canonical) for m in extraction.mentions if m.type == "Location"]
    assert ("Moscow", "Russia") in canonical
    assert ("Washington", "United States") in canonical
    assert ("Moscow", None) in canonical  # the place where he spoke stays Moscow


def test_the_seed_agreement_is_between_russia_and_the_united_states(extract_dated: Any) -> None:
    from threadline.resolve import prepare, resolve_extraction

    prepare()
    extraction = extract_dated(AGREEMENT, "2013-01-30")
    resolve_extraction(extraction)
    by_id = {m.id: m for m in extraction.mentions}
    cancelled = [e for e in extraction.events if e.type == "agreement_cancelled"]
    parties = {by_id[i].canonical for i in cancelled[0].attributes["parties"]}
    assert parties == {"Russia", "United States"}
    agents = {by_id[i].entity for e in cancelled for i in e.agents}
    assert len(agents) == 1  # "Moscow" and "Russia" are one state
