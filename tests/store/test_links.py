"""Corpus links (store/links.py): aliases and surnames across stories, undoable, humans win."""

from __future__ import annotations

from typing import Any

import pytest

from threadline.errors import NotFoundError
from threadline.model import Document, Extraction, Mention
from threadline.resolve import entity_id, resolve_extraction
from threadline.store import Store
from threadline.store.documents import save_extraction
from threadline.store.entities import find_entity, list_entities, merge_entities, split_mention
from threadline.store.links import link_corpus, list_links, save_aliases, unlink

FATF_DEFINED = "The Financial Action Task Force (FATF) grey-listed Panama."
FATF_BARE = "FATF inspectors arrived on Monday. FATF said little."
ORG = "PublicBody"
FATF = entity_id(ORG, "FATF")


def story(text: str, *names: tuple[str, str]) -> Extraction:
    """A resolved extraction whose mentions are every occurrence of ``names`` (first wins)."""
    doc = Document(text=text, source="mem.txt")
    ex = Extraction(document=doc)
    for surface, type_ in names:
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            if not any(m.start < end and at < m.end for m in ex.mentions):
                ex.mentions.append(Mention(doc.id, at, end, surface, type_, 0, len(text)))
            at = text.find(surface, end)
    ex.mentions.sort(key=lambda m: m.start)
    resolve_extraction(ex)
    return ex


def ingest(store: Store, *stories: Extraction, threshold: float | None = 0.88) -> int:
    """What an ingest does: each story in its transaction, then one corpus pass."""
    for ex in stories:
        save_extraction(store, ex)
        with store.transaction():
            save_aliases(store, ex)
    return link_corpus(store, threshold=threshold)


def fatf_stories() -> tuple[Extraction, Extraction]:
    defined = story(FATF_DEFINED, ("Financial Action Task Force", ORG), ("FATF", ORG))
    return defined, story(FATF_BARE, ("FATF", ORG))


def entity_of(store: Store, mention_id: str) -> str:
    row = store.query_one("SELECT entity FROM mentions WHERE id = ?", (mention_id,))
    assert row is not None
    return str(row["entity"])


def snapshot(store: Store) -> list[Any]:
    return [
        [tuple(r) for r in store.query("SELECT id, entity FROM mentions ORDER BY id")],
        [tuple(r) for r in store.query("SELECT * FROM entities ORDER BY id")],
        [tuple(r) for r in store.query("SELECT alias_entity, entity, rule FROM entity_links")],
    ]


def test_alias_defined_in_one_story_links_the_bare_alias_in_another(store: Store) -> None:
    defined, bare = fatf_stories()
    full = defined.mentions[0].entity
    assert ingest(store, defined, bare) == 1
    assert {entity_of(store, m.id) for m in bare.mentions} == {full}
    [link] = list_links(store)
    assert (link["alias_entity"], link["entity"], link["rule"]) == (FATF, full, "alias-v1")
    assert link["evidence"] == "Financial Action Task Force (FATF)"
    assert link["document"] == defined.document.id and link["mentions"] == 2
    assert [e["name"] for e in list_entities(store, type="Organization")] == [
        "Financial Action Task Force"
    ]


def test_bare_alias_first_links_when_the_definition_arrives(store: Store) -> None:
    defined, bare = fatf_stories()
    assert ingest(store, bare) == 0
    assert entity_of(store, bare.mentions[0].id) == FATF
    assert ingest(store, defined) == 1
    assert entity_of(store, bare.mentions[0].id) == defined.mentions[0].entity


def test_later_stories_with_the_alias_join_the_existing_link(store: Store) -> None:
    defined, bare = fatf_stories()
    ingest(store, defined, bare)
    later = story("FATF will return in June.", ("FATF", ORG))
    assert ingest(store, later) == 0
    assert entity_of(store, later.mentions[0].id) == defined.mentions[0].entity
    assert list_links(store)[0]["mentions"] == 3


def test_alias_defined_for_two_entities_links_neither(store: Store) -> None:
    defined, bare = fatf_stories()
    other = story(
        "The Federal Anti-Terrorism Force (FATF) was disbanded.",
        ("Federal Anti-Terrorism Force", ORG),
        ("FATF", ORG),
    )
    assert ingest(store, defined, other, bare) == 0
    assert entity_of(store, bare.mentions[0].id) == FATF


def test_surname_links_to_the_one_person_of_that_name(store: Store) -> None:
    full = story("Treasury Secretary Janet Yellen spoke.", ("Janet Yellen", "Person"))
    short = story("Yellen said banks must act.", ("Yellen", "Person"))
    assert ingest(store, short, full) == 1
    assert entity_of(store, short.mentions[0].id) == full.mentions[0].entity
    [link] = list_links(store)
    assert link["rule"] == "surname-v2" and link["evidence"] == "Janet Yellen"


def test_surname_shared_by_two_people_links_neither(store: Store) -> None:
    fidel = story("Fidel Castro ruled Cuba.", ("Fidel Castro", "Person"))
    short = story("Castro spoke for hours.", ("Castro", "Person"))
    assert ingest(store, fidel, short) == 1
    assert entity_of(store, short.mentions[0].id) == fidel.mentions[0].entity
    raul = story("Raúl Castro succeeded him.", ("Raúl Castro", "Person"))
    assert ingest(store, raul) == 1  # the earlier link is no longer supported: undone
    assert entity_of(store, short.mentions[0].id) == entity_id("Person", "Castro")
    assert list_links(store) == []


def test_human_split_is_not_undone(store: Store) -> None:
    defined, bare = fatf_stories()
    ingest(store, defined, bare)
    new_id = split_mention(store, bare.mentions[0].id)
    assert link_corpus(store) == 0
    assert entity_of(store, bare.mentions[0].id) == new_id
    unlink(store, FATF)
    assert entity_of(store, bare.mentions[0].id) == new_id
    assert entity_of(store, bare.mentions[1].id) == FATF


def test_split_off_surname_is_never_linked(store: Store) -> None:
    short = story("Yellen said banks must act.", ("Yellen", "Person"))
    ingest(store, short)
    new_id = split_mention(store, short.mentions[0].id)
    ingest(store, story("Janet Yellen spoke.", ("Janet Yellen", "Person")))
    assert entity_of(store, short.mentions[0].id) == new_id
    assert list_links(store) == []


def test_entity_a_human_merged_is_never_linked(store: Store) -> None:
    defined, bare = fatf_stories()
    ingest(store, bare, story("Interpol met.", ("Interpol", ORG)))
    merge_entities(store, FATF, entity_id(ORG, "Interpol"))
    assert ingest(store, defined) == 0
    assert entity_of(store, bare.mentions[0].id) == entity_id(ORG, "Interpol")


def test_unlink_restores_the_alias_entity_for_good(store: Store) -> None:
    defined, bare = fatf_stories()
    ingest(store, bare)
    before = snapshot(store)
    ingest(store, defined)
    assert unlink(store, "fatf") == 2  # by alias name, any case
    assert {entity_of(store, m.id) for m in bare.mentions} == {FATF}
    found = find_entity(store, FATF)
    assert found is not None and found["name"] == "FATF"
    assert link_corpus(store) == 0  # an undone link is never made again
    assert list_links(store) == []
    assert list_links(store, undone=True)[0]["undone_at"]
    after = snapshot(store)
    bare_ids = {m.id for m in bare.mentions}
    assert [r for r in after[0] if r[0] in bare_ids] == [r for r in before[0] if r[0] in bare_ids]
    with pytest.raises(NotFoundError):
        unlink(store, FATF)


def test_linking_twice_changes_nothing(store: Store) -> None:
    defined, bare = fatf_stories()
    ingest(
        store,
        defined,
        bare,
        story("Janet Yellen spoke.", ("Janet Yellen", "Person")),
        story("Yellen agreed.", ("Yellen", "Person")),
    )
    before = snapshot(store)
    assert len(before[2]) == 2
    assert link_corpus(store) == 0
    assert snapshot(store) == before


def test_real_model_links_acronym_and_surname(store: Store, nlp: Any) -> None:
    from threadline.extract import extract_documents

    texts = [
        "FATF officials visited Panama City last week, the ministry said.",
        "The Financial Action Task Force (FATF) placed Panama on its grey list on Friday.",
        "Treasury Secretary Janet Yellen said on Tuesday that sanctions would follow.",
        "The banks had been warned, Yellen told reporters in Washington.",
    ]
    extractions = list(extract_documents(nlp, [Document(text=t, source="t") for t in texts]))
    for ex in extractions:
        resolve_extraction(ex)
    ingest(store, *extractions)
    rules = {(link["alias"], link["name"], link["rule"]) for link in list_links(store)}
    assert ("FATF", "Financial Action Task Force", "alias-v1") in rules
    assert ("Yellen", "Janet Yellen", "surname-v2") in rules
