"""`threadline migrate --from … --to …` copies a whole store: what a reader, a search, an
entity profile and a login see is the same in the copy (SQLite into each backend)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.api.sample import PASSWORD, build
from threadline.cli import app
from threadline.store import auth as auth_store
from threadline.store import open_store
from threadline.store.documents import list_documents
from threadline.store.entities import list_entities, merge_entities
from threadline.store.evidence import entity_profile
from threadline.store.relations import list_relations
from threadline.store.search import search


def _view(url: str) -> dict[str, object]:
    with open_store(url) as store:
        return {
            "documents": list_documents(store),
            "entities": list_entities(store),
            "relations": list_relations(store),
            "yellen": entity_profile(store, "ent-yellen", collections=["alpha"]),
            "search": [hit["document"] for hit in search(store, "Interpol")],
            "counts": sorted(
                tuple(r) for r in store.query("SELECT * FROM entity_counts ORDER BY 1, 2")
            ),
            "relation_counts": sorted(
                tuple(r) for r in store.query("SELECT * FROM relation_counts ORDER BY 1, 2")
            ),
            "quote_counts": sorted(
                tuple(r) for r in store.query("SELECT * FROM quote_counts ORDER BY 1, 2")
            ),
            "users": auth_store.list_users(store),
            "login": auth_store.check_password(store, "ana", PASSWORD),
        }


def test_migrate_copies_documents_entities_accounts_and_decisions(
    tmp_path: Path, db_url: str
) -> None:
    source = str(tmp_path / "old.db")
    with open_store(source) as store:
        tokens = build(store)["tokens"]
        merge_entities(store, "ent-lyon", "ent-interpol", author="admin", reason="test")
    result = CliRunner().invoke(
        app, ["migrate", "--from", f"sqlite:///{source}", "--to", db_url, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    copied = json.loads(result.stdout)
    assert copied["documents"] == 2 and copied["users"] == 4 and copied["entity_decisions"] == 1
    assert _view(db_url) == _view(source)
    with open_store(db_url) as store:
        account = auth_store.account_for_token(store, tokens["val"])
        assert account is not None and account.name == "val"
        assert store.query_one("SELECT count(*) FROM entity_decisions")[0] == 1


def test_migrate_refuses_a_target_that_is_not_empty(tmp_path: Path, db_url: str) -> None:
    source = str(tmp_path / "old.db")
    for url in (source, db_url):
        with open_store(url) as store:
            build(store)
    result = CliRunner().invoke(app, ["migrate", "--from", source, "--to", db_url])
    assert result.exit_code == 2
    assert "not empty" in result.output
