from __future__ import annotations

from pathlib import Path

import pytest

from threadline.errors import StoreError
from threadline.model import Document, Extraction, Mention, Quote, Role
from threadline.store import Store, open_store
from threadline.store.documents import (
    count_documents,
    get_document,
    list_documents,
    save_extraction,
)
from threadline.store.entities import find_entity, list_entities, merge_entities, split_mention
from threadline.store.evidence import entity_profile, list_mentions, list_quotes

TEXT = 'Treasury Secretary Janet Yellen said "we will act." Yellen met Interpol.'


def _extraction(text: str = TEXT, collection: str = "default") -> Extraction:
    doc = Document(text=text, source="mem.txt", title="Yellen", collection=collection)
    ex = Extraction(document=doc)
    spans = [
        (19, 31, "Person", "ent-yellen"),
        (52, 58, "Person", "ent-yellen"),
        (63, 71, "PublicBody", "ent-interpol"),
    ]
    for start, end, type_, ent in spans:
        ex.mentions.append(
            Mention(
                doc.id,
                start,
                end,
                text[start:end],
                type_,
                sentence_start=0,
                sentence_end=len(text),
                entity=ent,
            )
        )
    ex.roles.append(Role(doc.id, ex.mentions[0].id, "Treasury Secretary", 0, 18))
    start = text.index("we will")
    end = text.index('."') + 1
    ex.quotes.append(Quote(doc.id, start, end, text[start:end], "Janet Yellen", ex.mentions[0].id))
    return ex


def test_save_extraction_stores_everything_once(store: Store) -> None:
    assert save_extraction(store, _extraction())
    assert not save_extraction(store, _extraction())  # same text: nothing added
    assert count_documents(store) == 1
    mentions = list_mentions(store)
    assert len(mentions) == 3
    doc = get_document(store, mentions[0]["document"])
    assert doc is not None
    for m in mentions:
        assert doc["text"][m["start"] : m["end"]] == m["text"]


def test_entities_carry_fullest_name_aliases_and_roles(store: Store) -> None:
    save_extraction(store, _extraction())
    people = list_entities(store, type="Person")
    assert [p["name"] for p in people] == ["Janet Yellen"]
    assert people[0]["aliases"] == ["Yellen"]
    assert people[0]["mention_count"] == 2
    assert people[0]["roles"][0]["role"] == "Treasury Secretary"
    assert [e["name"] for e in list_entities(store, type="Organization")] == ["Interpol"]


def test_profile_gives_evidence_sentences_and_quotes(store: Store) -> None:
    save_extraction(store, _extraction())
    found = find_entity(store, "yellen")
    assert found is not None and found["id"] == "ent-yellen"
    profile = entity_profile(store, "ent-yellen")
    assert profile is not None
    assert profile["evidence"][0]["sentence"] == TEXT
    assert profile["quotes"][0]["text"] == "we will act."
    assert list_quotes(store)[0]["speaker_id"] == "ent-yellen"


def test_collections_hide_documents_and_evidence(store: Store) -> None:
    save_extraction(store, _extraction(collection="secret"))
    assert list_documents(store, collections=["public"]) == []
    assert list_mentions(store, collections=["public"]) == []
    assert list_quotes(store, collections=["public"]) == []
    assert list_entities(store, collections=["public"]) == []
    profile = entity_profile(store, "ent-yellen", collections=["public"])
    assert profile is not None and profile["evidence"] == [] and profile["quotes"] == []


def test_merge_is_kept_for_later_documents(store: Store) -> None:
    save_extraction(store, _extraction())
    merge_entities(store, "ent-interpol", "ent-yellen")
    later = _extraction(TEXT + " Again.")
    save_extraction(store, later)
    assert {m["entity"] for m in list_mentions(store)} == {"ent-yellen"}
    assert find_entity(store, "ent-interpol") == find_entity(store, "ent-yellen")


def test_split_moves_one_mention_out(store: Store) -> None:
    ex = _extraction()
    save_extraction(store, ex)
    new_id = split_mention(store, ex.mentions[1].id)
    assert {m["entity"] for m in list_mentions(store, type="Person")} == {"ent-yellen", new_id}


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    ex = _extraction()
    ex.mentions.append(ex.mentions[0])  # fine (replace) …
    ex.roles.append(Role(ex.document.id, "x", None, 0, 1))  # type: ignore[arg-type]  # NOT NULL
    with pytest.raises(StoreError):
        save_extraction(store, ex)
    assert count_documents(store) == 0
    assert list_mentions(store) == []


def test_unreadable_database_gives_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="threadline database"):
        open_store(str(bad))


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    path = str(tmp_path / "db.sqlite")
    open_store(path).close()
    again = open_store(path)
    names = [r["name"] for r in again.query("SELECT name FROM schema_migrations")]
    assert len(names) == len(set(names)) >= 1


def test_restricted_users_see_names_only_from_their_collections(store: Store) -> None:
    secret = _extraction(collection="secret")
    save_extraction(store, secret)
    public_text = "Yellen spoke again."
    public = Extraction(document=Document(text=public_text, source="p.txt", collection="public"))
    public.mentions.append(
        Mention(
            public.document.id, 0, 6, "Yellen", "Person", 0, len(public_text), entity="ent-yellen"
        )
    )
    save_extraction(store, public)
    assert list_entities(store, type="Person")[0]["name"] == "Janet Yellen"
    visible = list_entities(store, type="Person", collections=["public"])
    assert [(e["name"], e["aliases"]) for e in visible] == [("Yellen", [])]
    profile = entity_profile(store, "ent-yellen", collections=["public"])
    assert profile is not None and profile["name"] == "Yellen" and profile["aliases"] == []
