"""The contract's "Sanctions screening" commands, end to end through the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from threadline.cli import app


@pytest.fixture
def db(db_url: str, sanctions: Path) -> str:
    path = db_url
    for source in ("ofac", "un_consolidated_excerpt.xml"):
        result = CliRunner().invoke(app, ["--db", path, "lists", "load", str(sanctions / source)])
        assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


def test_lists_shows_what_is_loaded(db: str) -> None:
    code, out = run("--db", db, "lists", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert {r["name"] for r in rows} == {"us-ofac-sdn", "un-sc-consolidated"}
    assert all(r["entries"] > 0 and r["version"] for r in rows)


def test_lists_load_with_explicit_format_and_json(tmp_path: Path, sanctions: Path) -> None:
    db = str(tmp_path / "x.db")
    code, out = run(
        "--db", db, "lists", "load", str(sanctions / "un_excerpt.ftm.json"), "--format", "ftm"
    )
    assert code == 0 and "un_excerpt" in out
    code, out = run("--db", db, "lists", "load", str(sanctions / "ofac"), "--format", "json")
    assert code == 0 and json.loads(out)["name"] == "us-ofac-sdn"


def test_lists_load_of_a_malformed_file_exits_2(db: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<CONSOLIDATED_LIST><INDIVIDUALS>", encoding="utf-8")
    assert run("--db", db, "lists", "load", str(bad))[0] == 2
    assert run("--db", db, "lists", "load", str(bad), "--format", "pdf")[0] == 2


def test_screen_prints_the_contract_json(db: str) -> None:
    code, out = run(
        "--db",
        db,
        "screen",
        "Saddam Hussein",
        "--schema",
        "Person",
        "--birth-date",
        "1937",
        "--country",
        "IQ",
        "--limit",
        "3",
        "--format",
        "json",
    )
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"algorithm", "query", "results"}
    top = result["results"][0]
    assert set(top) >= {"id", "name", "list", "score", "match", "explanation"}
    assert top["match"] and len(result["results"]) <= 3
    assert set(top["explanation"][0]) >= {"feature", "score", "weight", "detail"}


def test_screen_table_prints_the_algorithm(db: str) -> None:
    code, out = run("--db", db, "screen", "Banco Nacional de Cuba")
    assert code == 0 and "tl-name-v2" in out and "BANCO NACIONAL" in out


@pytest.mark.parametrize(
    "args",
    [
        ["screen", ""],
        ["screen"],
        ["screen", "x" * 10_000],
        ["screen", "Saddam", "--birth-date", "yesterday"],
        ["screen", "Saddam", "--schema", "Planet"],
        ["compare", "Saddam"],
    ],
)
def test_usage_errors_exit_2(db: str, args: list[str]) -> None:
    assert run("--db", db, *args)[0] == 2


def test_screen_input_csv_screens_each_row(db: str, tmp_path: Path) -> None:
    names = tmp_path / "names.csv"
    names.write_text("name,schema\nSaddam Hussein,Person\nJane Doe,\n", encoding="utf-8")
    code, out = run("--db", db, "screen", "--input", str(names), "--format", "json")
    assert code == 0
    results = json.loads(out)
    assert len(results) == 2 and results[0]["results"][0]["match"]


def test_screen_extracted_reports_a_summary(db: str) -> None:
    code, out = run("--db", db, "screen", "--extracted", "--format", "json")
    assert code == 0 and json.loads(out)["screened"] == 0


def test_compare_prints_score_and_explanation() -> None:
    code, out = run("compare", "Vladimir Putin", "Путин Владимир", "--format", "json")
    result = json.loads(out)
    assert code == 0 and result["match"] and result["algorithm"] == "tl-name-v2.1"
    assert result["explanation"][0]["feature"] == "name_match"


def test_compare_pairs_writes_csv(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "name1,name2,schema\nVladimir Putin,PUTIN Vladimir,Person\nJohn Smith,John Gruber,\n,x,\n",
        encoding="utf-8",
    )
    code, out = run("compare", "--pairs", str(pairs))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["name1", "name2", "schema", "score", "match"]
    assert rows[0]["match"] == "true" and rows[1]["match"] == "false"
    assert rows[2]["score"] == "0.0000"


def test_compare_pairs_without_header_is_a_usage_error(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\n", encoding="utf-8")
    assert run("compare", "--pairs", str(pairs))[0] == 2


def test_screen_table_shows_the_listing_and_why(db: str) -> None:
    code, out = run("--db", db, "screen", "Banco Nacional de Cuba")
    assert code == 0 and "aliases: NATIONAL BANK OF CUBA" in out
    assert "How closely" in out  # the name feature, explained in words


def test_algorithm_can_be_chosen(db: str) -> None:
    code, out = run("--db", db, "compare", "Bill Clinton", "William Clinton", "--format", "json")
    v2 = json.loads(out)
    code1, out1 = run(
        "--db",
        db,
        "compare",
        "Bill Clinton",
        "William Clinton",
        "--algorithm",
        "tl-name-v1",
        "--format",
        "json",
    )
    v1 = json.loads(out1)
    assert code == code1 == 0
    assert v2["algorithm"] == "tl-name-v2.1" and v2["match"]
    assert v1["algorithm"] == "tl-name-v1" and not v1["match"]
