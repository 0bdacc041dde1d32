"""Screening on ingest and on list changes (the ``screen_on_ingest`` setting)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from threadline.cli import app
from threadline.errors import UsageError
from threadline.model import Document, Extraction, Mention
from threadline.pipeline import ingest_items
from threadline.screen import listadmin
from threadline.settings import Settings, load
from threadline.store.documents import save_extraction
from threadline.store.screening import hits_for_entity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sanctions"
TEXT = "Germain Katanga was sentenced by the court in The Hague."


def test_setting_is_on_by_default_and_reads_words() -> None:
    assert Settings().screen_on_ingest is True
    assert load({"THREADLINE_SCREEN_ON_INGEST": "off"}).screen_on_ingest is False
    assert load({"THREADLINE_SCREEN_ON_INGEST": "YES"}).screen_on_ingest is True
    with pytest.raises(UsageError, match="is not on or off"):
        load({"THREADLINE_SCREEN_ON_INGEST": "maybe"})


def _katanga(store) -> str:
    document = Document(text=TEXT, source="k.txt")
    mention = Mention(document.id, 0, 15, "Germain Katanga", "Person", entity="ent-katanga")
    save_extraction(store, Extraction(document, [mention]))
    return "ent-katanga"


def test_loading_a_list_rescreens_existing_entities(store) -> None:
    entity = _katanga(store)
    summary = listadmin.load(store, str(FIXTURES / "un_consolidated_excerpt.xml"), Settings())
    assert summary["rescreened"]["matched"] >= 1
    assert any(
        h["match"] and "KATANGA" in h["name"].upper() for h in hits_for_entity(store, entity)
    )
    deleted = listadmin.delete(store, summary["name"], Settings())
    assert deleted["deleted"] and hits_for_entity(store, entity) == []


def test_setting_off_leaves_screening_to_the_user(store) -> None:
    entity = _katanga(store)
    off = Settings(screen_on_ingest=False)
    summary = listadmin.load(store, str(FIXTURES / "un_consolidated_excerpt.xml"), off)
    assert summary["rescreened"] is None and hits_for_entity(store, entity) == []


def test_ingest_screens_the_new_documents_entities(store, nlp) -> None:
    listadmin.load(store, str(FIXTURES / "un_consolidated_excerpt.xml"), Settings())
    report = ingest_items(store, [Document(text=TEXT, source="k.txt")], settings=Settings())
    assert report.ingested == 1
    rows = store.query(
        "SELECT DISTINCT h.name FROM screen_hits h JOIN mentions m ON m.entity = h.entity"
        " WHERE h.match = 1"
    )
    assert any("KATANGA" in r["name"].upper() for r in rows)


def test_cli_lists_reload_and_delete(db_url: str) -> None:
    db = db_url
    runner = CliRunner()
    source = str(FIXTURES / "un_excerpt.ftm.json")
    loaded = runner.invoke(
        app, ["--db", db, "lists", "load", source, "--name", "un-ftm", "--format", "json"]
    )
    assert loaded.exit_code == 0 and json.loads(loaded.stdout)["rescreened"]["screened"] == 0
    reloaded = runner.invoke(app, ["--db", db, "lists", "reload", "un-ftm", "--format", "json"])
    assert reloaded.exit_code == 0 and json.loads(reloaded.stdout)["name"] == "un-ftm"
    deleted = runner.invoke(app, ["--db", db, "lists", "delete", "un-ftm", "--format", "json"])
    assert deleted.exit_code == 0 and json.loads(deleted.stdout)["deleted"] is True
    assert runner.invoke(app, ["--db", db, "lists", "delete", "un-ftm"]).exit_code == 2


def test_documents_a_killed_ingest_stored_are_screened_by_the_next(store, nlp) -> None:
    # Bug (issue 14): a run killed after storing its documents but before its corpus step
    # left them unscreened for good; the next run, storing nothing new, skipped screening.
    listadmin.load(store, str(FIXTURES / "un_consolidated_excerpt.xml"), Settings())
    entity = _katanga(store)  # stored, as by a run killed before its corpus step
    assert hits_for_entity(store, entity) == []
    report = ingest_items(store, [], settings=Settings())
    assert report.ingested == 0
    assert any(h["match"] for h in hits_for_entity(store, entity))
