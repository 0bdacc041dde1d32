# Precision rules (relations/precision.py, relations/leaders.py, events/relations.py) on
# short real-style sentences, through the whole extract stage.
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from threadline.errors import ExtractError
from threadline.extract.relations.precision import (
    excluded_mentions,
    is_activity_place,
    is_goods,
    precise,
)
from threadline.extract.vocabulary import words
from threadline.model import Extraction, Mention, Relation


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    text = {m.id: m.text for m in extraction.mentions}
    return {(text[r.source], r.type, text[r.target]) for r in extraction.relations}


def test_a_dateline_is_not_an_actor(extract_text: Callable[[str], Extraction]) -> None:
    found = triples(extract_text("WASHINGTON: The United States met Ivan Petrov on Tuesday."))
    assert all("WASHINGTON" not in (s, o) for s, _, o in found)
    assert ("United States", "met", "Ivan Petrov") in found


def test_datelines_bylines_and_outlets_are_excluded() -> None:
    text = "PLANO, Texas – Police arrested Ivan Petrov.\nBy Jane Doe\n(CNN)Juan Perez fled."

    def mention(word: str) -> Mention:
        start = text.index(word)
        return Mention("d", start, start + len(word), word, "Location")

    names = ["PLANO", "Texas", "Jane Doe", "CNN", "Ivan Petrov", "Juan Perez"]
    excluded = excluded_mentions(text, [mention(w) for w in names])
    kept = [w for w in names if mention(w).id not in excluded]
    assert kept == ["Ivan Petrov", "Juan Perez"]


def test_born_in_and_resident_of_are_biography(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(
        extract_text(
            "Ali Kassim, who was born in Lebanon and is a longtime resident of Portugal, "
            "was arrested in Spain."
        )
    )
    assert ("Ali Kassim", "arrested_in", "Spain") in found
    assert not any(o in ("Lebanon", "Portugal") for _, _, o in found)


def test_an_activity_s_place_is_not_the_actor_s(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(extract_text("Viktor Bout was accused of fueling conflicts in Angola."))
    assert not any(t == "located_in" for _, t, _ in found)
    found = triples(extract_text("Russia has sought to expand its influence in Central Asia."))
    assert not any(t == "located_in" for _, t, _ in found)
    found = triples(extract_text("Sinaloa cartel cells operate in Madrid."))
    assert any(t == "located_in" and o == "Madrid" for _, t, o in found)


def test_a_place_on_the_object_of_a_complement_verb_is_the_activity_s(nlp: Any) -> None:
    text = "Russia sought to expand its influence in Central Asia."
    doc = nlp(text)
    at = text.index(" in ") + 1
    its = Mention("d", text.index("its"), text.index("its") + 3, "its", "Location")
    asia = Mention("d", text.index("Central"), len(text) - 1, "Central Asia", "Location")
    relation = Relation(
        "d",
        "located_in",
        its.id,
        asia.id,
        0,
        len(text),
        attributes={"trigger_start": at, "trigger_end": at + 2},
    )
    assert is_activity_place(relation, doc)
    assert precise([relation], doc, [its, asia]) == []


def test_drugs_are_goods_not_parties(nlp: Any) -> None:
    doc = nlp("Meth production in Sinaloa grew.")
    meth = Mention("d", 0, 4, "Meth", "Organization")
    sinaloa = Mention("d", 19, 26, "Sinaloa", "Location")
    relation = Relation("d", "located_in", meth.id, sinaloa.id, 0, 30)
    assert is_goods(meth) and not is_goods(sinaloa)
    assert precise([relation], doc, [meth, sinaloa]) == []


def test_its_leaders_a_b_and_c_lead_the_group(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(
        extract_text(
            "Treasury designated the Acme Organized Crime Group and its leaders John Smith, "
            "Mary Jones and Paul Brown."
        )
    )
    group = "the Acme Organized Crime Group"
    for person in ("John Smith", "Mary Jones", "Paul Brown"):
        assert (person, "leads", group) in found
        assert ("Treasury", "sanctioned", person) in found


def test_a_cancellation_is_not_an_agreement_with_the_other_party(
    extract_text: Callable[[str], Extraction],
) -> None:
    found = triples(
        extract_text("Moscow has cancelled a bilateral crime-fighting agreement with Washington.")
    )
    assert ("Moscow", "cancelled", "bilateral crime-fighting agreement") in found
    assert ("Moscow", "agreed_with", "Washington") not in found


def test_relations_from_events_keep_the_status(
    extract_text: Callable[[str], Extraction],
) -> None:
    extraction = extract_text(
        "Treasury refused to designate the Acme Group and its leaders John Smith and Mary Jones."
    )
    text = {m.id: m.text for m in extraction.mentions}
    derived = [r for r in extraction.relations if r.method == "events-v1"]
    assert ("Mary Jones", True, "denied") in [
        (text[r.target], r.negated, r.modality) for r in derived
    ]


def test_a_missing_word_list_is_a_clear_error() -> None:
    with pytest.raises(ExtractError, match="data/relations/nothing.txt"):
        words("relations/nothing")
