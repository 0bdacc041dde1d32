"""``threadline export --format ftm [-o FILE]`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from followthemoney import model
from typer.testing import CliRunner

from threadline.cli import app
from threadline.store import open_store

TEXT = "Viktor Bout was extradited. Bout denied the charges."


def tiny_db(path: str) -> str:
    with open_store(path) as store:
        store.execute(
            "INSERT INTO documents (id, content_hash, title, source, chars, text, ingested_at)"
            " VALUES ('doc-1', 'h', 'Bout', 'bout.txt', ?, ?, '2024-01-01')",
            (len(TEXT), TEXT),
        )
        store.execute(
            "INSERT INTO entities (id, type, name, key) VALUES ('ent-bout', 'Person',"
            " 'Viktor Bout', 'person:bout viktor')"
        )
        for start, surface in ((0, "Viktor Bout"), (28, "Bout")):
            store.execute(
                'INSERT INTO mentions (id, document, start, "end", text, type, entity,'
                " sentence_start, sentence_end, method)"
                " VALUES (?, 'doc-1', ?, ?, ?, 'Person', 'ent-bout', 0, 0, 'test')",
                (f"men-{start}", start, start + len(surface), surface),
            )
    return path


def test_export_writes_ftm_lines_to_stdout(tmp_path: Path, db_url: str) -> None:
    db = tiny_db(db_url)
    result = CliRunner().invoke(app, ["--db", str(db), "export", "--format", "ftm"])
    assert result.exit_code == 0
    proxies = [model.get_proxy(json.loads(line)) for line in result.stdout.splitlines()]
    assert {p.schema.name for p in proxies} == {"Article", "Person", "Mention"}
    assert "exported 3 FtM entities" in result.stderr


def test_export_writes_to_a_file(tmp_path: Path, db_url: str) -> None:
    db = tiny_db(db_url)
    target = tmp_path / "out.ftm.json"
    result = CliRunner().invoke(app, ["--db", str(db), "export", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_unwritable_output_is_a_usage_error(tmp_path: Path, db_url: str) -> None:
    db = tiny_db(db_url)
    target = tmp_path / "missing-folder" / "out.json"
    result = CliRunner().invoke(app, ["--db", str(db), "export", "-o", str(target)])
    assert result.exit_code == 2
    assert "Choose another -o path" in result.stderr
