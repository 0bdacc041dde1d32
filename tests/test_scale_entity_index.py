"""The entity index (entity_documents, entity_names, entity_counts and the entity copies on
relations and quotes) stays equal to what the mentions say, through ingest, merge and split."""

from __future__ import annotations

from threadline.model import Document, Extraction, Mention, Quote, Relation
from threadline.store import Store
from threadline.store.documents import save_extraction
from threadline.store.entities import merge_entities, split_mention
from threadline.store.evidence import entity_profile, mention_counts
from threadline.store.relations import count_relations, list_relations, save_relations
from threadline.store.totals import busiest_entities, count_quotes


def _document(store: Store, n: int, collection: str, pairs: list[tuple[str, str]]) -> None:
    text = " ".join(f"{a} met {b} in Lyon." for a, b in pairs) + f" Case {n}."
    doc = Document(text=text, source=f"{n}.txt", collection=collection)
    ex = Extraction(doc)
    offset = 0
    for a, b in pairs:
        sentence = f"{a} met {b} in Lyon."
        ma = Mention(doc.id, offset, offset + len(a), a, "Person", offset, offset + len(sentence))
        start_b = offset + len(a) + 5
        mb = Mention(doc.id, start_b, start_b + len(b), b, "Person", offset, offset + len(sentence))
        ma.entity, mb.entity = f"ent-{a.lower()}", f"ent-{b.lower()}"
        ex.mentions += [ma, mb]
        ex.relations.append(Relation(doc.id, "met", ma.id, mb.id, offset, offset + len(sentence)))
        ex.quotes.append(Quote(doc.id, start_b, start_b + 3, "met", a, ma.id))
        offset += len(sentence) + 1
    save_extraction(store, ex)


def _recomputed(store: Store) -> set[tuple[object, ...]]:
    rows = store.query(
        "SELECT m.entity, d.collection, count(*) AS n, count(DISTINCT m.document) AS docs"
        " FROM mentions m JOIN documents d ON d.id = m.document GROUP BY m.entity, d.collection"
    )
    return {tuple(r) for r in rows}


def _indexed(store: Store) -> set[tuple[object, ...]]:
    rows = store.query("SELECT entity, collection, mentions, documents FROM entity_counts")
    return {tuple(r) for r in rows}


def _copies_agree(store: Store) -> bool:
    bad = store.query_one(
        "SELECT count(*) AS n FROM relations r JOIN mentions ms ON ms.id = r.source"
        " JOIN mentions mt ON mt.id = r.target"
        " WHERE coalesce(r.source_entity, '') != ms.entity"
        " OR coalesce(r.target_entity, '') != mt.entity"
    )
    bad_quotes = store.query_one(
        "SELECT count(*) AS n FROM quotes q JOIN mentions m ON m.id = q.speaker_mention"
        " WHERE coalesce(q.speaker_entity, '') != m.entity"
    )
    return bad is not None and bad_quotes is not None and bad["n"] == bad_quotes["n"] == 0


def test_index_follows_ingest_merge_and_split(store: Store) -> None:
    _document(store, 1, "a", [("Bout", "Smith"), ("Bout", "Jones")])
    _document(store, 2, "b", [("Smith", "Jones")])
    _document(store, 3, "a", [("Bout", "Jones")])
    assert _indexed(store) == _recomputed(store)
    assert mention_counts(store, "ent-bout") == (3, 2)
    assert mention_counts(store, "ent-jones", ["b"]) == (1, 1)
    assert _copies_agree(store)

    merge_entities(store, "ent-smith", "ent-jones")
    assert _indexed(store) == _recomputed(store)
    assert mention_counts(store, "ent-jones") == (5, 3)
    assert mention_counts(store, "ent-smith") == (0, 0)
    assert _copies_agree(store)

    mention = store.query_one("SELECT id FROM mentions WHERE entity = 'ent-bout' LIMIT 1")
    assert mention is not None
    new_id = split_mention(store, mention["id"])
    assert _indexed(store) == _recomputed(store)
    assert mention_counts(store, new_id) == (1, 1)
    assert _copies_agree(store)


def test_profile_of_a_merged_entity_lists_its_relations_and_names(store: Store) -> None:
    _document(store, 1, "a", [("Bout", "Smith")])
    _document(store, 2, "b", [("Jones", "Bout")])
    merge_entities(store, "ent-jones", "ent-smith")
    profile = entity_profile(store, "ent-smith")
    assert profile is not None
    assert profile["mention_count"] == 2
    assert profile["documents"] == 2
    assert {r["document"] for r in profile["relations"]} == {
        r["document"] for r in store.query("SELECT document FROM relations")
    }
    assert all("ent-smith" in (r["source"], r["target"]) for r in profile["relations"])
    assert "Jones" in profile["aliases"]
    restricted = entity_profile(store, "ent-smith", collections=["a"])
    assert restricted is not None
    assert restricted["mention_count"] == 1
    assert restricted["aliases"] == []
    assert [r["document"] for r in restricted["relations"]] == [
        r["document"]
        for r in store.query(
            "SELECT document FROM relations r JOIN documents d"
            " ON d.id = r.document WHERE d.collection = 'a'"
        )
    ]


def test_busiest_entities_counts_every_collection_and_ranks_by_mentions(store: Store) -> None:
    _document(store, 1, "a", [("Ana", "Boris"), ("Ana", "Carlos")])
    _document(store, 2, "b", [("Boris", "Ana"), ("Dmitri", "Elena")])
    assert busiest_entities(store, 2) == [("ent-ana", 3), ("ent-boris", 2)]
    assert len(busiest_entities(store, 10)) == 5


def _relation_counts(store: Store) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    """(kept by triggers, recomputed from the relations) relations per entity and collection."""
    kept = {
        tuple(r) for r in store.query("SELECT entity, collection, relations FROM relation_counts")
    }
    ends = store.query(
        "SELECT r.id, r.source_entity, r.target_entity, d.collection FROM relations r"
        " JOIN documents d ON d.id = r.document"
    )
    counted: dict[tuple[object, object], int] = {}
    for row in ends:
        for entity in {row[1], row[2]} - {None}:
            counted[entity, row[3]] = counted.get((entity, row[3]), 0) + 1
    return kept, {(e, c, n) for (e, c), n in counted.items()}


def test_relation_counts_follow_ingest_replace_merge_and_split(store: Store) -> None:
    _document(store, 1, "a", [("Bout", "Smith"), ("Bout", "Jones")])
    _document(store, 2, "b", [("Smith", "Jones"), ("Jones", "Bout")])
    kept, recomputed = _relation_counts(store)
    assert kept == recomputed and ("ent-bout", "a", 2) in kept
    assert count_relations(store, entity="ent-bout") == 3
    assert count_relations(store, entity="ent-jones", collections=["b"]) == 2

    stored = store.query("SELECT id FROM relations")
    again = [r for r in list_relations(store) if r["id"] == stored[0]["id"]]
    assert len(again) == 1
    relation = Relation(
        again[0]["document"],
        "met",
        again[0]["source_mention"],
        again[0]["target_mention"],
        again[0]["start"],
        again[0]["end"],
        "2020-05-01",
    )
    assert relation.id == again[0]["id"]
    with store.transaction():
        save_relations(store, [relation])
    assert _relation_counts(store)[0] == _relation_counts(store)[1]
    assert count_relations(store, entity="ent-bout") == 3

    # "Smith met Jones" joins Jones at both ends: one relation, counted once.
    merge_entities(store, "ent-smith", "ent-jones")
    kept, recomputed = _relation_counts(store)
    assert kept == recomputed and ("ent-jones", "b", 2) in kept
    assert not [row for row in kept if row[0] == "ent-smith"]
    for scope in (None, ["a"], ["b"], ["a", "b"]):
        listed = list_relations(store, entity="ent-jones", collections=scope)
        assert count_relations(store, entity="ent-jones", collections=scope) == len(listed)

    mention = store.query_one("SELECT id FROM mentions WHERE entity = 'ent-bout' LIMIT 1")
    assert mention is not None
    new_id = split_mention(store, mention["id"])
    kept, recomputed = _relation_counts(store)
    assert kept == recomputed
    assert count_relations(store, entity=new_id) == len(list_relations(store, entity=new_id)) == 1
    assert count_relations(store, entity="ent-bout", collections=["c"]) == 0


def _quote_counts(store: Store) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    """(kept by triggers, recomputed from the quotes) quotes per speaker and collection."""
    kept = store.query("SELECT entity, collection, quotes FROM quote_counts")
    recomputed = store.query(
        "SELECT q.speaker_entity, d.collection, count(*) FROM quotes q"
        " JOIN documents d ON d.id = q.document GROUP BY q.speaker_entity, d.collection"
    )
    return {tuple(r) for r in kept}, {tuple(r) for r in recomputed}


def test_quote_counts_follow_ingest_merge_and_split(store: Store) -> None:
    _document(store, 1, "a", [("Bout", "Smith"), ("Bout", "Jones")])
    _document(store, 2, "b", [("Smith", "Jones"), ("Jones", "Bout")])
    kept, recomputed = _quote_counts(store)
    assert kept == recomputed and ("ent-bout", "a", 2) in kept
    assert count_quotes(store, speaker="ent-bout") == 2
    assert count_quotes(store, speaker="ent-jones", collections=["a"]) == 0
    merge_entities(store, "ent-bout", "ent-jones")
    kept, recomputed = _quote_counts(store)
    assert kept == recomputed and ("ent-jones", "a", 2) in kept
    assert count_quotes(store, speaker="ent-jones", collections=["a", "b"]) == 3
    assert count_quotes(store, speaker="ent-bout") == 0
    mention = store.query_one(
        "SELECT speaker_mention FROM quotes WHERE speaker_entity = 'ent-jones'"
    )
    assert mention is not None
    new_id = split_mention(store, mention[0])
    kept, recomputed = _quote_counts(store)
    assert kept == recomputed
    assert count_quotes(store, speaker=new_id) == 1
