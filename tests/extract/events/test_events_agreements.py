# Unnamed agreements become Law mentions; lifecycle events need an agreement.
from __future__ import annotations

from typing import Any

from tests.extract.events.conftest import Events, one


def laws(extract_dated: Any, text: str) -> list[str]:
    return [m.text for m in extract_dated(text).mentions if m.method == "events-agreements-v1"]


def test_specific_unnamed_agreements_are_mentions(extract_dated: Any) -> None:
    text = (
        "Moscow cancelled a bilateral crime-fighting agreement with Washington. The two "
        "governments signed a memorandum of understanding on drug control."
    )
    assert laws(extract_dated, text) == [
        "bilateral crime-fighting agreement",
        "memorandum of understanding",
    ]


def test_a_bare_agreement_is_not_a_mention(extract_dated: Any) -> None:
    assert laws(extract_dated, "The agreement was cancelled. This new treaty helps.") == []


def test_signing_needs_an_agreement(events_of: Events) -> None:
    found = events_of(
        "President Clinton signed the bill on Monday. Mexico and Colombia signed an "
        "extradition treaty in 1998."
    )
    signed = one(found, "agreement_signed")
    assert signed["targets"] == ["extradition treaty"]
    assert signed["date"] == "1998"


def test_signing_a_law_is_no_agreement(events_of: Events) -> None:
    found = events_of(
        'On December 3, 1999, the President signed into law the "Intelligence '
        'Authorization Act for Fiscal Year 2000".'
    )
    assert found == []


def test_parties_sign_together_but_one_cancels(events_of: Events) -> None:
    found = events_of(
        "Russia signed a crime-fighting agreement with the United States in 2002. In 2013 "
        "Russia cancelled the crime-fighting agreement with the United States."
    )
    signed = one(found, "agreement_signed")
    assert signed["agents"] == ["Russia", "United States"]
    cancelled = one(found, "agreement_cancelled")
    assert cancelled["agents"] == ["Russia"]
    assert cancelled["parties"] == ["Russia", "United States"]
