"""Relations in the store: saved with mention ids, read back with entities and evidence."""

from __future__ import annotations

from threadline.model import Document, Mention, Relation
from threadline.store.entities import merge_entities
from threadline.store.relations import list_relations, relations_for_entity, save_relations

TEXT = "Police arrested John Smith in Madrid."


def _fill(store, collection="news"):
    doc = Document(text=TEXT, source="t.txt", date="2019-03-15", collection=collection)
    store.execute(
        "INSERT INTO documents (id, content_hash, source, date, collection, chars, text,"
        " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01')",
        (doc.id, doc.hash, doc.source, doc.date, collection, len(TEXT), TEXT),
    )
    mentions = []
    for words, type_, entity in (
        ("John Smith", "Person", "ent-smith"),
        ("Madrid", "Location", "ent-madrid"),
    ):
        start = TEXT.index(words)
        m = Mention(doc.id, start, start + len(words), words, type_, 0, len(TEXT), entity=entity)
        mentions.append(m)
        store.execute(
            store.dialect.insert_ignore("entities", ["id", "type", "name", "key"]),
            (entity, type_, words, words),
        )
        store.execute(
            'INSERT INTO mentions (id, document, start, "end", text, type, entity,'
            " sentence_start, sentence_end, method) VALUES (?,?,?,?,?,?,?,?,?,'t')",
            (m.id, doc.id, m.start, m.end, m.text, m.type, entity, 0, len(TEXT)),
        )
    relation = Relation(
        document=doc.id,
        type="arrested_in",
        source=mentions[0].id,
        target=mentions[1].id,
        start=0,
        end=len(TEXT),
        date="2019-03-08",
        date_source="relative",
        negated=True,
        modality="may",
        method="enforcement-rules-v1",
        attributes={"trigger": "arrested"},
    )
    with store.transaction():
        save_relations(store, [relation])
        save_relations(store, [relation])  # idempotent by id
    return relation


def test_saved_relation_reads_back_in_contract_shape(store):
    relation = _fill(store)
    [row] = list_relations(store)
    assert {"type", "source", "target", "date", "document", "start", "end"} <= set(row)
    assert (row["type"], row["source"], row["target"]) == ("arrested_in", "ent-smith", "ent-madrid")
    assert row["id"] == relation.id and row["sentence"] == TEXT
    assert row["negated"] is True and row["modality"] == "may"
    assert row["attributes"] == {"trigger": "arrested"}
    assert (row["source_name"], row["target_name"]) == ("John Smith", "Madrid")


def test_filters_by_type_entity_and_collection(store):
    _fill(store, collection="news")
    assert list_relations(store, type="met") == []
    assert len(list_relations(store, type=["met", "arrested_in"])) == 1
    assert len(relations_for_entity(store, "ent-madrid")) == 1
    assert relations_for_entity(store, "ent-madrid", collections=["other"]) == []
    assert len(list_relations(store, entity="ent-smith", collections=["news"], limit=5)) == 1


def test_merge_changes_ends_without_rewriting_relations(store):
    _fill(store)
    store.execute(
        "INSERT INTO entities (id, type, name, key) VALUES ('ent-js', 'Person', 'J. Smith', 'js')"
    )
    merge_entities(store, "ent-smith", "ent-js")
    [row] = list_relations(store)
    assert row["source"] == "ent-js"
