"""The events/coreference scorer (benchmarks/eventscore.py): gold files and matching rules.

The scorer lives outside the package, so it is loaded from its file; it needs no spaCy.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> Any:
    if str(ROOT / "benchmarks") not in sys.path:  # eventscore imports eventgold
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "eventscore", ROOT / "benchmarks" / "eventscore.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eventscore"] = module
    spec.loader.exec_module(module)
    return module


es = _load()


@pytest.mark.parametrize("split", es.SPLITS)
def test_gold_files_are_consistent(split: str) -> None:
    docs = es.load_split(split)
    if not docs:
        pytest.skip(f"the {split} split is not annotated yet")
    assert len(docs) >= 15
    problems = {doc["id"]: es.validate(doc) for doc in docs}
    assert {k: v for k, v in problems.items() if v} == {}
    assert len({doc["id"] for doc in docs}) == len(docs)


def test_dev_and_test_share_no_text() -> None:
    dev = {doc["url"] + doc["text"][:80] for doc in es.load_split("dev")}
    test = {doc["url"] + doc["text"][:80] for doc in es.load_split("test")}
    assert dev.isdisjoint(test)


def _doc(text: str, **extra: Any) -> dict[str, Any]:
    doc = {
        "id": "x",
        "url": "https://www.justice.gov/x",
        "title": "t",
        "date": None,
        "license": "public domain",
        "excerpt": False,
        "text": text,
        "events": [],
        "quotes": [],
        "coref": [],
        "persons": [],
    }
    doc.update(extra)
    return doc


def _arg(text: str, piece: str, name: str) -> dict[str, Any]:
    start = text.index(piece)
    return {"span": [start, start + len(piece)], "name": name}


def test_validator_catches_a_shifted_span_and_a_wrong_pronoun() -> None:
    text = "Police arrested Mark Austin in Detroit. He was charged."
    good = {
        "type": "arrest",
        "status": "occurred",
        "trigger": [7, 15],
        "agents": [],
        "targets": [_arg(text, "Mark Austin", "Mark Austin")],
        "places": [],
        "date": None,
    }
    assert es.validate(_doc(text, events=[good], persons=["Mark Austin"])) == []
    shifted = dict(good, targets=[{"span": [17, 28], "name": "Mark Austin"}])  # "ark Austin "
    assert any("surrounding spaces" in p for p in es.validate(_doc(text, events=[shifted])))
    wrong_name = dict(good, targets=[_arg(text, "Detroit", "Mark Austin")])
    assert any("does not name" in p for p in es.validate(_doc(text, events=[wrong_name])))
    coref = [{"span": [0, 6], "kind": "pronoun", "antecedent": "Mark Austin"}]
    assert any("not a pronoun" in p for p in es.validate(_doc(text, coref=coref)))
    assert es.validate(_doc(text, url="https://www.nytimes.com/x")) != []


def test_names_match_is_lenient_but_not_ambiguous() -> None:
    assert es.names_match("Osiel CARDENAS-GUILLEN", "Osiel Cárdenas Guillén")
    assert es.names_match("the SDF", "Syrian Democratic Forces")
    assert es.names_match("Brothers' Circle", "the Brothers’ Circle")
    assert es.names_match("Austin", "Mark Robert Austin", ("Mark Robert Austin",))
    assert not es.names_match("Sayyaf", "Abu Sayyaf", ("Abu Sayyaf", "Umm Sayyaf"))
    assert not es.names_match("Mark", "Mark Robert Austin")
    assert not es.names_match("Mexico City", "Mexico")


def _event(
    text: str, trigger: str, type_: str = "arrest", targets: tuple[str, ...] = ()
) -> dict[str, Any]:
    start = text.index(trigger)
    return {
        "type": type_,
        "status": "occurred",
        "trigger": [start, start + len(trigger)],
        "agents": [],
        "targets": [_arg(text, t, t) for t in targets],
        "places": [],
        "date": None,
    }


def test_events_match_by_trigger_then_leniently_by_sentence_and_target() -> None:
    text = "Colombia extradited Diego Montoya. Police arrested Ana Ruiz."
    gold = [
        _event(text, "extradited", "extradition", ("Diego Montoya",)),
        _event(text, "arrested", "arrest", ("Ana Ruiz",)),
    ]
    by_trigger = es.PredEvent("extradition", (9, 19), (0, 34), targets=["Montoya"])
    lenient = es.PredEvent("arrest", (35, 41), (35, 60), targets=["Ana Ruiz"])  # "Police"
    wrong_type = es.PredEvent("charge", (42, 50), (35, 60), targets=["Ana Ruiz"])
    pairs = es.match_events(gold, [by_trigger, lenient, wrong_type], ("Diego Montoya", "Ana Ruiz"))
    assert [(g["type"], p) for g, p in pairs] == [("extradition", by_trigger), ("arrest", lenient)]
    no_target = es.PredEvent("arrest", (35, 41), (35, 60), targets=["Police"])
    assert es.match_events(gold, [no_target]) == []


def test_scores_count_arguments_quotes_coref_and_persons() -> None:
    text = 'Colombia extradited Diego Montoya. "We won," said Ana Ruiz. He was flown to Miami.'
    ev = _event(text, "extradited", "extradition", ("Diego Montoya",))
    ev["agents"] = [_arg(text, "Colombia", "Colombia")]
    start = text.index("We won")
    he = text.index("He was")
    gold = _doc(
        text,
        events=[ev],
        quotes=[{"span": [start, start + 6], "speaker": "Ana Ruiz"}],
        coref=[{"span": [he, he + 2], "kind": "pronoun", "antecedent": "Diego Montoya"}],
        persons=["Diego Montoya", "Ana Ruiz"],
    )
    pred = es.PredDoc(
        events=[es.PredEvent("extradition", (9, 19), (0, 34), agents=["Colombia"], targets=[])],
        quotes=[((start + 1, start + 4), "Ruiz")],
        coref=[((he, he + 2), "Diego Montoya")],
        persons=["Diego Montoya", "Ruiz", "Miami"],
    )
    scores = es.Scores()
    scores.add(gold, pred)
    assert scores.matched["extradition"] == 1
    assert (scores.args_found["agents"], scores.args_gold["agents"]) == (1, 1)
    assert (scores.args_found["targets"], scores.args_gold["targets"]) == (0, 1)
    assert scores.quotes == {"gold": 1, "found": 1, "speaker_right": 1}
    assert scores.coref == {"gold": 1, "covered": 1, "linked": 1}
    assert scores.persons == {"gold": 2, "pred": 3, "matched": 2}


def test_status_and_date_of_matched_events_are_scored() -> None:
    gold = {
        "id": "x",
        "text": "Colombia extradited Montoya in 2008.",
        "events": [
            {
                "type": "extradition",
                "status": "occurred",
                "trigger": [9, 19],
                "agents": [],
                "targets": [],
                "places": [],
                "date": "2008",
            }
        ],
        "quotes": [],
        "coref": [],
        "persons": [],
    }
    right = es.PredEvent("extradition", (9, 19), (0, 36), status="occurred", date="2008")
    wrong = es.PredEvent("extradition", (9, 19), (0, 36), status="planned", date="2009")
    for pred, expected in ((right, 1), (wrong, 0)):
        scores = es.Scores()
        scores.add(gold, es.PredDoc(events=[pred]))
        assert scores.details["status_right"] == expected
        assert (scores.details["dated"], scores.details["date_right"]) == (1, expected)


def test_validator_accepts_ogl_gov_uk_and_refuses_news_sites() -> None:
    assert es.validate(_doc("A text.", url="https://www.gov.uk/government/news/x")) == []
    problems = es.validate(_doc("A text.", url="https://www.example-news.com/x"))
    assert problems == ["not a public-domain or OGL government URL: https://www.example-news.com/x"]
