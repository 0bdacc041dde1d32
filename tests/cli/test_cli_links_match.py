"""`threadline links` shows merges by name similarity with their score and explanation."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from threadline.cli import app
from threadline.cli.resolve import explain_features
from threadline.model import Document, Extraction, Mention
from threadline.resolve import resolve_extraction
from threadline.settings import load
from threadline.store import open_store
from threadline.store.documents import save_extraction
from threadline.store.links import link_corpus


def person_story(text: str, name: str) -> Extraction:
    doc = Document(text=text, source="mem.txt")
    at = text.index(name)
    ex = Extraction(
        document=doc, mentions=[Mention(doc.id, at, at + len(name), name, "Person", 0, len(text))]
    )
    resolve_extraction(ex)
    return ex


def bout_db(db: str) -> str:
    with open_store(db) as store:
        save_extraction(store, person_story("Виктор Бут арестован.", "Виктор Бут"))
        save_extraction(store, person_story("Viktor Bout was extradited.", "Viktor Bout"))
        link_corpus(store, threshold=0.88)
    return db


def test_links_json_has_score_algorithm_and_explanation(db_url: str) -> None:
    result = CliRunner().invoke(app, ["--db", bout_db(db_url), "links", "--format", "json"])
    assert result.exit_code == 0
    [link] = json.loads(result.stdout)
    assert link["rule"] == "match-v3" and link["name"] == "Viktor Bout"
    assert 0.88 <= link["score"] <= 1.0 and link["algorithm"]
    assert {"feature", "score", "weight", "detail"} <= set(link["explanation"][0])


def test_links_explain_a_middle_name_left_out(db_url: str) -> None:
    with open_store(db_url) as store:
        save_extraction(store, person_story("Joseph Kony is in hiding.", "Joseph Kony"))
        save_extraction(store, person_story("Joseph Rao Kony was indicted.", "Joseph Rao Kony"))
        link_corpus(store, threshold=0.88)
    result = CliRunner().invoke(app, ["--db", db_url, "links", "--format", "json"])
    [link] = json.loads(result.stdout)
    assert (link["alias"], link["name"], link["rule"]) == (
        "Joseph Kony",
        "Joseph Rao Kony",
        "match-v3",
    )
    assert link["explanation"][0]["feature"] == "parts left out"
    assert "'Rao'" in link["explanation"][0]["detail"]


def test_with_fuller_names_off_no_fuller_name_is_linked(db_url: str) -> None:
    assert load({"THREADLINE_RESOLVE_FULLER_NAMES": "off"}).resolve_fuller_names is False
    with open_store(db_url) as store:
        save_extraction(store, person_story("Joseph Kony is in hiding.", "Joseph Kony"))
        save_extraction(store, person_story("Joseph Rao Kony was indicted.", "Joseph Rao Kony"))
        link_corpus(store, threshold=0.88, fuller=False)
    result = CliRunner().invoke(app, ["--db", db_url, "links", "--format", "json"])
    assert json.loads(result.stdout) == []


def test_links_table_has_a_why_column(db_url: str) -> None:
    result = CliRunner().invoke(app, ["--db", bout_db(db_url), "links"])
    assert result.exit_code == 0
    assert "why" in result.stdout


def test_why_puts_each_feature_in_words() -> None:
    feature = {"feature": "name_match", "score": 0.94, "weight": 1.0, "detail": "bout~but"}
    assert explain_features([feature]) == "name_match 0.94: bout~but"
    assert explain_features(None) == ""


def test_ingest_with_a_threshold_outside_zero_to_one_stores_nothing(tmp_path: Path) -> None:
    text = tmp_path / "bout.txt"
    text.write_text("Viktor Bout was extradited.\n", encoding="utf-8")
    db = tmp_path / "t.db"
    env = {"THREADLINE_RESOLVE_THRESHOLD": "1.5"}
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(text)], env=env)
    assert result.exit_code == 2
    assert "THREADLINE_RESOLVE_THRESHOLD" in result.output
    listed = CliRunner().invoke(app, ["--db", str(db), "documents", "--format", "json"])
    assert json.loads(listed.stdout) == []


def test_links_rebuild_recomputes_every_link_as_after_an_upgrade(db_url: str) -> None:
    with open_store(db_url) as store:  # stories stored by a version that made no such links
        save_extraction(store, person_story("Виктор Бут арестован.", "Виктор Бут"))
        save_extraction(store, person_story("Viktor Bout was extradited.", "Viktor Bout"))
    result = CliRunner().invoke(app, ["--db", db_url, "links", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = CliRunner().invoke(app, ["--db", db_url, "links", "--rebuild", "--format", "json"])
    assert result.exit_code == 0
    assert [link["name"] for link in json.loads(result.stdout)] == ["Viktor Bout"]
    assert "1 made, changed or undone" in result.stderr
