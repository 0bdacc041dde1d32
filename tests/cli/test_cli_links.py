"""`threadline links`, `unlink` and `split`, end to end through the CLI."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from threadline.cli import app
from threadline.model import Document, Extraction, Mention
from threadline.resolve import entity_id, resolve_extraction
from threadline.store import open_store
from threadline.store.documents import save_extraction
from threadline.store.evidence import list_mentions
from threadline.store.links import link_corpus, save_aliases

FATF = entity_id("PublicBody", "FATF")
DEFINED = "The Financial Action Task Force (FATF) grey-listed Panama."
BARE = "FATF inspectors arrived on Monday. FATF said little."


def story(text: str, *surfaces: str) -> Extraction:
    doc = Document(text=text, source="mem.txt")
    ex = Extraction(document=doc)
    for surface in surfaces:
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            if not any(m.start < end and at < m.end for m in ex.mentions):
                ex.mentions.append(Mention(doc.id, at, end, surface, "PublicBody", 0, len(text)))
            at = text.find(surface, end)
    ex.mentions.sort(key=lambda m: m.start)
    resolve_extraction(ex)
    return ex


def run(db: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout


def linked_db(db: str) -> tuple[str, str]:
    """A database where a bare "FATF" story is linked to the one that defines it."""
    bare = story(BARE, "FATF")
    with open_store(str(db)) as store:
        for ex in (story(DEFINED, "Financial Action Task Force", "FATF"), bare):
            save_extraction(store, ex)
            with store.transaction():
                save_aliases(store, ex)
        link_corpus(store)
    return db, bare.document.id


def test_links_lists_rule_and_evidence_as_json(db_url: str) -> None:
    db, _ = linked_db(db_url)
    code, out = run(db, "links", "--format", "json")
    assert code == 0
    [link] = json.loads(out)
    assert link["undone_at"] is None
    assert link["alias_entity"] == FATF and link["alias"] == "FATF"
    assert link["name"] == "Financial Action Task Force" and link["rule"] == "alias-v1"
    assert link["evidence"] == "Financial Action Task Force (FATF)"
    assert {"document", "start", "end", "mentions", "created_at"} <= set(link)


def test_unlink_moves_mentions_back_and_unknown_is_exit_2(db_url: str) -> None:
    db, bare = linked_db(db_url)
    code, out = run(db, "unlink", FATF, "--format", "json")
    assert code == 0 and json.loads(out) == {"alias": FATF, "mentions": 2}
    code, out = run(db, "mentions", "--document", bare, "--format", "json")
    assert {m["entity"] for m in json.loads(out)} == {FATF}
    assert json.loads(run(db, "links", "--format", "json")[1]) == []
    assert run(db, "unlink", FATF)[0] == 2


def test_split_by_span_stays_split(db_url: str) -> None:
    db, bare = linked_db(db_url)
    with open_store(str(db)) as store:
        first = list_mentions(store, document=bare)[0]
    code, out = run(db, "split", f"{bare}:{first['start']}:{first['end']}", "--format", "json")
    assert code == 0
    new_id = json.loads(out)["entity"]
    with open_store(str(db)) as store:
        link_corpus(store)
        assert list_mentions(store, document=bare)[0]["entity"] == new_id
    assert run(db, "split", "men-0000000000000000")[0] == 2
