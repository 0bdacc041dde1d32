"""`threadline events`, and events and coreference mentions in `show` and `mentions`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.store.events_sample import ARREST, add_events
from threadline.cli import app
from threadline.cli.events import argument_names
from threadline.store import open_store

EVENT_KEYS = {
    "id", "type", "status", "document", "title", "trigger", "trigger_start", "trigger_end",
    "start", "end", "sentence", "date", "date_text", "date_source", "method", "attributes",
    "agents", "targets", "places", "operations",
}  # fmt: skip
ARGUMENT_KEYS = {"mention", "text", "kind", "start", "end", "entity", "type", "name"}


@pytest.fixture
def db(db_url: str) -> str:
    with open_store(db_url) as store:
        add_events(store)
    return db_url


def run(db: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", db, *args])
    return result.exit_code, result.stdout, result.stderr


def test_events_json_is_one_value_in_the_contract_shape(db: str) -> None:
    code, stdout, _ = run(db, "events", "--format", "json")
    assert code == 0
    rows = json.loads(stdout)
    assert [r["type"] for r in rows] == ["arrest", "extradition", "agreement_cancelled"]
    assert all(set(r) == EVENT_KEYS for r in rows)
    assert all(set(a) == ARGUMENT_KEYS for r in rows for a in r["agents"] + r["targets"])
    arrest = rows[0]
    assert ARREST[arrest["trigger_start"] : arrest["trigger_end"]] == arrest["trigger"]
    assert [a["entity"] for a in arrest["targets"]] == ["ent-ovidio"]


def test_events_filters_by_type_entity_name_dates_and_limit(db: str) -> None:
    def types(*args: str) -> list[str]:
        code, stdout, _ = run(db, "events", *args, "--format", "json")
        assert code == 0
        return [r["type"] for r in json.loads(stdout)]

    assert types("--type", "arrest", "--type", "extradition") == ["arrest", "extradition"]
    assert types("--entity", "Ovidio Guzman") == ["arrest", "extradition"]
    assert types("--from", "2023-06", "--to", "2023") == ["extradition"]
    assert types("--from", "2024-05-12") == ["agreement_cancelled"]
    assert types("--limit", "1") == ["arrest"]


def test_invalid_date_or_entity_is_a_one_line_usage_error(db: str) -> None:
    for args in (("--from", "2023-13"), ("--to", "last year"), ("--entity", "Nobody At All")):
        code, stdout, stderr = run(db, "events", *args, "--format", "json")
        assert code == 2 and stdout == ""
        assert len(stderr.strip().splitlines()) == 1
    assert "--from '2023-13' is not a date" in run(db, "events", "--from", "2023-13")[2]


def test_events_table_names_pronoun_arguments_with_their_words(db: str) -> None:
    code, stdout, _ = run(db, "events", "--type", "extradition")
    assert code == 0 and "“He”" in stdout
    [row] = json.loads(run(db, "events", "-t", "extradition", "--format", "json")[1])
    assert argument_names(row["targets"]) == "Ovidio Guzman (as “He”)"
    assert argument_names(row["places"]) == "United States"


def test_show_lists_events_and_labels_pronoun_evidence_with_its_rule(db: str) -> None:
    code, stdout, _ = run(db, "show", "ent-ovidio", "--format", "json")
    assert code == 0
    profile = json.loads(stdout)
    assert [e["type"] for e in profile["events"]] == ["arrest", "extradition"]
    kinds = [(e["text"], e["kind"], e["rule"]) for e in profile["evidence"]]
    assert kinds == [("Ovidio Guzman", "name", None), ("He", "pronoun", "coref-pronoun-v1")]
    code, table, _ = run(db, "show", "Ovidio Guzman")
    assert code == 0
    assert "coref-pronoun-v1" in table and "arrest (occurred): Mexican marines" in table


def test_mentions_json_gives_kind_antecedent_and_rule(db: str) -> None:
    code, stdout, _ = run(db, "mentions", "--entity", "ent-mfa", "--format", "json")
    assert code == 0
    rows = json.loads(stdout)
    assert [(r["text"], r["kind"], r["rule"]) for r in rows] == [
        ("Russian Foreign Ministry", "name", None),
        ("The ministry", "nominal", "coref-nominal-v1"),
    ]
    assert rows[1]["antecedent"] is not None and rows[0]["antecedent"] is None


def test_relations_command_still_works_next_to_events(db: str) -> None:
    code, stdout, _ = run(db, "relations", "--format", "json")
    assert code == 0 and json.loads(stdout) == []
