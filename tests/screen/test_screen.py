from __future__ import annotations

import json

import pytest

from threadline.errors import ScreenError
from threadline.screen import screen_extracted, screen_name
from threadline.store import Store
from threadline.store.screening import hits_for_entity


def test_screening_finds_the_listed_person_with_an_explanation(loaded: Store) -> None:
    result = screen_name(loaded, "Saddam Hussein", schema="Person", birth_date="1937-04-28")
    assert result["algorithm"] == "tl-name-v2.1"
    top = result["results"][0]
    assert top["id"] in {"ofac-7843", "un-6908048"} or "SADDAM" in top["name"].upper()
    assert top["match"] and 0.0 <= top["score"] <= 1.0
    assert top["explanation"][0]["feature"] == "name_match"
    scores = [r["score"] for r in result["results"]]
    assert scores == sorted(scores, reverse=True)
    json.dumps(result)


def test_arabic_script_query_finds_the_latin_listing(loaded: Store) -> None:
    names = [r["name"].upper() for r in screen_name(loaded, "صدام حسين")["results"] if r["match"]]
    assert any("SADDAM" in name for name in names)


def test_schema_filters_out_other_kinds_of_thing(loaded: Store) -> None:
    assert screen_name(loaded, "Hermann", schema="Vessel")["results"][0]["id"] == "ofac-4234"
    assert not screen_name(loaded, "Hermann", schema="Person")["results"]


def test_limit_caps_the_results(loaded: Store) -> None:
    assert len(screen_name(loaded, "Al Tikriti", limit=1)["results"]) <= 1


@pytest.mark.parametrize(
    "name", ["", "   ", "x" * 10_000, "Saddam\x00Hussein", "Saddam\x1bHussein", "!!!"]
)
def test_unscreenable_names_give_a_clear_error(loaded: Store, name: str) -> None:
    with pytest.raises(ScreenError):
        screen_name(loaded, name)


@pytest.mark.parametrize(
    "name",
    [
        "x",  # one character
        "Saddam Хусейн",  # mixed scripts
        "'; DROP TABLE screen_entries; --",  # SQL
        'NEAR(saddam hussein) OR "x" AND *',  # FTS syntax
        "100% _Trading_ LIKE %",
    ],
)
def test_odd_names_give_sensible_results(loaded: Store, name: str) -> None:
    result = screen_name(loaded, name)
    assert isinstance(result["results"], list)
    assert loaded.query_one("SELECT COUNT(*) FROM screen_entries")[0] > 0


def test_bad_options_give_clear_errors(loaded: Store) -> None:
    with pytest.raises(ScreenError, match="schema"):
        screen_name(loaded, "Saddam", schema="Spaceship")
    with pytest.raises(ScreenError, match="birth date"):
        screen_name(loaded, "Saddam", birth_date="28/04/1937")
    with pytest.raises(ScreenError, match="country"):
        screen_name(loaded, "Saddam", country="Atlantis")
    with pytest.raises(ScreenError, match="limit"):
        screen_name(loaded, "Saddam", limit=0)


def test_screen_extracted_stores_hits_shown_by_show(loaded: Store) -> None:
    loaded.execute(
        "INSERT INTO entities (id, type, name, key) VALUES"
        " ('ent-1', 'Person', 'Saddam Hussein', 'k1'),"
        " ('ent-2', 'Company', 'Banco Nacional de Cuba', 'k2'),"
        " ('ent-3', 'Person', 'Jane Doe', 'k3'), ('ent-4', 'Location', 'Cuba', 'k4')"
    )
    summary = screen_extracted(loaded)
    assert summary["screened"] == 3 and summary["matched"] == 2
    hits = hits_for_entity(loaded, "ent-1")
    assert hits and hits[0]["match"] and hits[0]["algorithm"] == summary["algorithm"]
    assert {"id", "name", "list", "score", "match", "explanation", "algorithm"} <= set(hits[0])
    assert hits_for_entity(loaded, "ent-2")[0]["id"] == "ofac-306"
    assert hits_for_entity(loaded, "ent-3") == []
