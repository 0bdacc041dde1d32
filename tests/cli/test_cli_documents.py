"""The contract's "Ingest and documents" and "Extraction results" commands, end to end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.backends import BACKENDS, fresh_db_url
from threadline.cli import app

ARTICLE = (
    "Treasury Secretary Janet Yellen said on Tuesday that the Financial Crimes Enforcement "
    "Network would act. \u201cWe will not let cartels launder money through our banks,\u201d "
    "Yellen said. The Sinaloa Cartel moved $20 million through Mexico City.\r\n"
)
OTHER = "Viktor Bout was extradited to the United States. Bout denied the charges.\n"


@pytest.fixture(scope="module", params=BACKENDS)
def corpus(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "yellen.txt").write_bytes(ARTICLE.encode("utf-8"))
    (folder / "sub").mkdir()
    (folder / "sub" / "bout.txt").write_text(OTHER, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    with fresh_db_url(request.param, folder.parent, f"{folder.name}.db") as db:
        yield folder, db


def run(db: Path | str, *args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args], input=input)
    return result.exit_code, result.stdout


def test_ingest_reports_failures_and_exit_code_1(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    code, out = run(db, "ingest", str(folder), "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["ingested"] == 2
    assert [f["path"] for f in report["failed"]] == [str(folder / "broken.txt")]
    assert report["failed"][0]["error"]


def test_reingest_adds_nothing(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    run(db, "ingest", str(folder), "--format", "json")
    code, out = run(
        db, "ingest", str(folder / "yellen.txt"), str(folder / "sub"), "--format", "json"
    )
    assert code == 0
    assert json.loads(out) == {"ingested": 0, "duplicates": 2, "failed": [], "warnings": []}


def test_documents_and_document_text(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    run(db, "ingest", str(folder), "--format", "json")
    code, out = run(db, "documents", "--format", "json")
    docs = json.loads(out)
    assert code == 0 and len(docs) == 2
    assert set(docs[0]) >= {"id", "title", "source", "date", "chars"}
    by_source = {d["source"]: d for d in docs}
    yellen = by_source[str(folder / "yellen.txt")]
    code, out = run(db, "document", yellen["id"], "--format", "json")
    text = json.loads(out)["text"]
    assert text == ARTICLE.replace("\r\n", "\n")
    assert yellen["chars"] == len(text)


def test_mentions_spans_match_text(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    run(db, "ingest", str(folder), "--format", "json")
    texts = {
        d["id"]: json.loads(run(db, "document", d["id"], "--format", "json")[1])["text"]
        for d in json.loads(run(db, "documents", "--format", "json")[1])
    }
    mentions = json.loads(run(db, "mentions", "--format", "json")[1])
    assert mentions
    for m in mentions:
        assert set(m) >= {"document", "start", "end", "text", "type", "entity"}
        assert texts[m["document"]][m["start"] : m["end"]] == m["text"]
        assert m["entity"].startswith("ent-")


def test_entities_resolve_surnames_and_roles(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    run(db, "ingest", str(folder), "--format", "json")
    people = json.loads(run(db, "entities", "--type", "Person", "--format", "json")[1])
    by_name = {p["name"]: p for p in people}
    assert "Janet Yellen" in by_name
    assert "Yellen" in by_name["Janet Yellen"]["aliases"]
    assert "Treasury Secretary" in {r["role"] for r in by_name["Janet Yellen"]["roles"]}
    assert "Viktor Bout" in by_name and by_name["Viktor Bout"]["mention_count"] == 2
    orgs = json.loads(run(db, "entities", "--type", "Organization", "--format", "json")[1])
    assert any(o["type"] == "PublicBody" for o in orgs)


def test_quotes_show_speaker(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    run(db, "ingest", str(folder), "--format", "json")
    quotes = json.loads(run(db, "quotes", "--format", "json")[1])
    assert any(q["speaker"] == "Janet Yellen" and "launder money" in q["text"] for q in quotes)
    code, out = run(db, "quotes", "--speaker", "Janet Yellen", "--format", "json")
    assert code == 0 and len(json.loads(out)) >= 1


def test_show_by_name_and_unknown_entity(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    run(db, "ingest", str(folder), "--format", "json")
    code, out = run(db, "show", "Yellen", "--format", "json")
    profile = json.loads(out)
    assert code == 0 and profile["name"] == "Janet Yellen"
    assert all(e["sentence"] for e in profile["evidence"])
    code, _ = run(db, "show", "Nobody Atall", "--format", "json")
    assert code == 2


def test_search_json_and_hostile_query(corpus: tuple[Path, str]) -> None:
    folder, db = corpus
    run(db, "ingest", str(folder), "--format", "json")
    code, out = run(db, "search", "extradited", "--format", "json")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 1
    assert set(hits[0]) == {"document", "title", "snippet", "score"}
    code, out = run(db, "search", '"unbalanced (AND *', "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_ingest_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "stdin.db"
    code, out = run(db, "ingest", "-", "--format", "json", input=OTHER)
    assert code == 0 and json.loads(out)["ingested"] == 1


def test_unreadable_database_is_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    code, _ = run(bad, "documents", "--format", "json")
    assert code == 2


def test_settings_lists_every_setting_with_current_value(tmp_path: Path) -> None:
    from threadline.settings import describe

    db = tmp_path / "s.db"
    code, out = run(db, "settings", "--format", "json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert code == 0 and set(rows) == {name for name, *_ in describe()}
    assert rows["db"]["value"] == str(db)
    assert rows["spacy_model"]["env"] == "THREADLINE_SPACY_MODEL"
