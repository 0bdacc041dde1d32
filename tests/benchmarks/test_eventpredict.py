"""Extractions → predictions for the events scorer (benchmarks/eventpredict.py), without spaCy."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from threadline import model

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str) -> Any:
    if str(BENCHMARKS) not in sys.path:  # eventpredict imports eventscore, eventgold
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ep = _load("eventpredict")

TEXT = "Colombia extradited Diego Montoya to the United States. He was flown to Miami."


def _mention(
    piece: str, type_: str, kind: str = "name", antecedent: str | None = None
) -> model.Mention:
    start = TEXT.index(piece)
    doc = model.Document(text=TEXT, source="t").id
    return model.Mention(
        doc,
        start,
        start + len(piece),
        piece,
        type_,
        kind=kind,
        antecedent=antecedent,
        canonical=piece if kind == "name" else None,
    )


def _extraction() -> tuple[model.Extraction, dict[str, model.Mention]]:
    m = {
        "colombia": _mention("Colombia", model.LOCATION),
        "montoya": _mention("Diego Montoya", model.PERSON),
        "us": _mention("United States", model.LOCATION),
        "miami": _mention("Miami", model.LOCATION),
    }
    m["he"] = _mention("He", model.PERSON, kind="pronoun", antecedent=m["montoya"].id)
    return model.Extraction(model.Document(text=TEXT, source="t"), mentions=list(m.values())), m


def test_v1_groups_the_relations_of_one_trigger_into_one_event() -> None:
    ex, m = _extraction()
    trigger = {"event": "evt-1", "trigger_start": 9, "trigger_end": 19}
    ex.relations = [
        model.Relation(
            "d", "extradited", m["colombia"].id, m["montoya"].id, 0, 55, attributes=trigger
        ),
        model.Relation(
            "d", "extradited_to", m["montoya"].id, m["us"].id, 0, 55, attributes=trigger
        ),
        model.Relation("d", "located_in", m["montoya"].id, m["us"].id, 0, 55),
    ]
    pred = ep.predict(ex, "v1")
    assert [(e.type, e.trigger, e.agents, e.targets, e.places) for e in pred.events] == [
        ("extradition", (9, 19), ["Colombia"], ["Diego Montoya"], ["United States"])
    ]
    assert pred.coref == [] and pred.persons == ["Diego Montoya"]
    assert ep.predict(ex, "v2").events == []  # no Extraction.events yet
    seized = {"event": "evt-2", "trigger_start": 9, "trigger_end": 19, "lemma": "seize"}
    ex.relations = [
        model.Relation("d", "arrested", m["colombia"].id, m["montoya"].id, 0, 55, attributes=seized)
    ]
    assert [e.type for e in ep.predict(ex, "v1").events] == ["seizure"]


def test_v2_reads_events_and_follows_pronouns_to_their_antecedent() -> None:
    ex, m = _extraction()
    start = TEXT.index("flown")
    ex.events = [
        model.Event(
            "d",
            "extradition",
            start,
            start + 5,
            "flown",
            56,
            len(TEXT),
            targets=[m["he"].id],
            places=[m["miami"].id],
        )
    ]
    pred = ep.predict(ex, "v2")
    assert [(e.type, e.targets, e.places) for e in pred.events] == [
        ("extradition", ["Diego Montoya"], ["Miami"])
    ]
    he = TEXT.index("He")
    assert pred.coref == [((he, he + 2), "Diego Montoya")]
    # v1 has no coreference: the pronoun is no argument and no link
    ex.relations = [model.Relation("d", "extradited_to", m["he"].id, m["miami"].id, 56, len(TEXT))]
    assert [(e.targets, e.places) for e in ep.predict(ex, "v1").events] == [([], ["Miami"])]


def test_v1_ignores_relations_derived_from_events_and_reads_their_status() -> None:
    ex, m = _extraction()
    trigger = {"event": "evt-1", "trigger_start": 9, "trigger_end": 19}
    derived = model.Relation(
        "d", "extradited", m["colombia"].id, m["montoya"].id, 0, 55, method="events-v1"
    )
    ex.relations = [derived]
    assert ep.predict(ex, "v1").events == []
    ex.relations = [
        model.Relation(
            "d",
            "extradited",
            m["colombia"].id,
            m["montoya"].id,
            0,
            55,
            modality="will",
            date="2008",
            date_source="text",
            attributes=trigger,
        )
    ]
    (event,) = ep.predict(ex, "v1").events
    assert (event.status, event.date) == ("planned", "2008")
