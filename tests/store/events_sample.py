"""Two short news-style documents with hand-made events and coreference mentions.

``ARREST`` (collection ``alpha``): marines arrest Ovidio Guzman in Culiacan; "He" (a
pronoun linked to him by ``coref-pronoun-v1``) is then extradited to the United States.
``TREATY`` (collection ``beta``): the Russian Foreign Ministry cancels an extradition
treaty; "The ministry" is a nominal linked to it by ``coref-nominal-v1``. Offsets are
computed from the texts, so every span is real. Texts written for these tests.
"""

from __future__ import annotations

from typing import Any

from threadline.model import Document, Event, Extraction, Mention
from threadline.store import Store
from threadline.store.documents import save_extraction

ARREST = (
    "Mexican marines arrested Ovidio Guzman in Culiacan on 5 January 2023. "
    "He was extradited to the United States in September 2023."
)
TREATY = (
    "The Russian Foreign Ministry cancelled the Extradition Treaty with Mexico on 12 May 2024. "
    "The ministry said the decision was final."
)


def sentence_of(text: str, start: int) -> tuple[int, int]:
    begin = text.rfind(". ", 0, start)
    begin = 0 if begin == -1 else begin + 2
    end = text.find(". ", start)
    return begin, len(text) if end == -1 else end + 1


def mention(doc: Document, words: str, type_: str, entity: str, **extra: str) -> Mention:
    start = doc.text.index(words)
    s_start, s_end = sentence_of(doc.text, start)
    return Mention(
        doc.id, start, start + len(words), words, type_, s_start, s_end, entity=entity, **extra
    )


def event(doc: Document, type_: str, trigger: str, **fields: Any) -> Event:
    start = doc.text.index(trigger)
    s_start, s_end = sentence_of(doc.text, start)
    return Event(doc.id, type_, start, start + len(trigger), trigger, s_start, s_end, **fields)


def arrest_extraction() -> Extraction:
    doc = Document(ARREST, "arrest.txt", title="Ovidio Guzman arrested", date="2023-09-16")
    doc.collection = "alpha"
    marines = mention(doc, "Mexican marines", "Organization", "ent-marines")
    ovidio = mention(doc, "Ovidio Guzman", "Person", "ent-ovidio")
    culiacan = mention(doc, "Culiacan", "Location", "ent-culiacan")
    he = mention(
        doc,
        "He",
        "Person",
        "ent-ovidio",
        kind="pronoun",
        antecedent=ovidio.id,
        rule="coref-pronoun-v1",
    )
    us = mention(doc, "United States", "Location", "ent-us")
    arrest = event(
        doc,
        "arrest",
        "arrested",
        agents=[marines.id],
        targets=[ovidio.id],
        places=[culiacan.id],
        date="2023-01-05",
        date_text="5 January 2023",
        date_source="text",
    )
    extradition = event(
        doc,
        "extradition",
        "extradited",
        targets=[he.id],
        places=[us.id],
        date="2023-09",
        date_text="September 2023",
        date_source="text",
    )
    return Extraction(
        doc, [marines, ovidio, culiacan, he, us], events=[arrest, extradition, arrest]
    )


def treaty_extraction() -> Extraction:
    doc = Document(TREATY, "treaty.txt", title="Russia ends treaty", date="2024-05-13")
    doc.collection = "beta"
    ministry = mention(doc, "Russian Foreign Ministry", "PublicBody", "ent-mfa")
    treaty = mention(doc, "Extradition Treaty", "Law", "ent-treaty")
    mexico = mention(doc, "Mexico", "Location", "ent-mexico")
    nominal = mention(
        doc,
        "The ministry",
        "PublicBody",
        "ent-mfa",
        kind="nominal",
        antecedent=ministry.id,
        rule="coref-nominal-v1",
    )
    cancelled = event(
        doc,
        "agreement_cancelled",
        "cancelled",
        agents=[ministry.id],
        targets=[treaty.id],
        places=[mexico.id],
        date="2024-05-12",
        date_text="12 May 2024",
        date_source="text",
        status="announced",
        attributes={"counterpart": "Mexico"},
    )
    return Extraction(doc, [ministry, treaty, mexico, nominal], events=[cancelled])


def add_events(store: Store) -> dict[str, str]:
    """Save both documents; returns their ids under ``arrest`` and ``treaty``."""
    arrest, treaty = arrest_extraction(), treaty_extraction()
    save_extraction(store, arrest)
    save_extraction(store, treaty)
    return {"arrest": arrest.document.id, "treaty": treaty.document.id}
