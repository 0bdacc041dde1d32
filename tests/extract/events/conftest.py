# `events_of` runs the whole extract stage on one string (optionally dated) and returns
# its events as readable dicts: type, trigger, status, agents/targets/places/parties and
# announced_by as mention texts, date, date_source.
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from threadline.extract import extract_document
from threadline.model import Document, Extraction

Events = Callable[..., list[dict[str, Any]]]


def readable(extraction: Extraction) -> list[dict[str, Any]]:
    text = {m.id: m.text for m in extraction.mentions}
    found = []
    for event in extraction.events:
        attrs = event.attributes
        found.append(
            {
                "type": event.type,
                "trigger": event.trigger,
                "status": event.status,
                "agents": [text[i] for i in event.agents],
                "targets": [text[i] for i in event.targets],
                "places": [text[i] for i in event.places],
                "parties": [text[i] for i in attrs.get("parties", [])],
                "announced_by": text.get(attrs.get("announced_by", "")),
                "date": event.date,
                "date_source": event.date_source,
            }
        )
    return found


@pytest.fixture
def extract_dated(nlp: Any) -> Callable[..., Extraction]:
    def run(text: str, date: str | None = None) -> Extraction:
        return extract_document(nlp(text), Document(text=text, source="test", date=date))

    return run


@pytest.fixture
def events_of(extract_dated: Callable[..., Extraction]) -> Events:
    def run(text: str, date: str | None = None) -> list[dict[str, Any]]:
        return readable(extract_dated(text, date))

    return run


def one(found: list[dict[str, Any]], type_: str) -> dict[str, Any]:
    """The single event of ``type_`` (the test fails if there are none or several)."""
    matching = [e for e in found if e["type"] == type_]
    assert len(matching) == 1, found
    return matching[0]
