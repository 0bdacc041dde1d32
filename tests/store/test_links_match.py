"""Corpus links by name similarity (match-v2) and surnames with a second bearer (surname-v2)."""

from __future__ import annotations

import pytest

from tests.store.test_links import entity_of, ingest, snapshot, story
from threadline.model import Extraction
from threadline.resolve import entity_id
from threadline.store import Store
from threadline.store.entities import merge_entities, split_mention
from threadline.store.links import link_corpus, list_links, unlink

BOUT_RU = "Виктор Бут был арестован в Бангкоке."
BOUT_EN = "Viktor Bout was extradited to the United States."
# From re3d's Wikipedia article "Syrian Computer Society" (CC BY-SA 3.0).
SCS = (
    "The Syrian Computer Society is an organization in Syria. It was founded by Bassel"
    " al-Assad in 1989, and was subsequently headed by his brother Bashar al-Assad,[1] who"
    " would later become the President of Syria."
)
# From re3d's UK government statements (Open Government Licence v3.0).
HAMMOND = "I am appalled by this latest brutal attack by Assad’s regime."


def bout_stories() -> tuple[Extraction, Extraction]:
    return story(BOUT_RU, ("Виктор Бут", "Person")), story(BOUT_EN, ("Viktor Bout", "Person"))


def test_cross_script_names_merge_with_score_and_explanation(store: Store) -> None:
    ru, en = bout_stories()
    assert ingest(store, ru, en) == 1
    assert entity_of(store, ru.mentions[0].id) == en.mentions[0].entity
    [link] = list_links(store)
    assert (link["alias"], link["name"], link["rule"]) == ("Виктор Бут", "Viktor Bout", "match-v3")
    assert link["score"] >= 0.88 and link["algorithm"].startswith("tl-name-v")
    assert link["explanation"][0]["feature"] == "name_match"
    assert "bout" in link["explanation"][0]["detail"]
    assert link["evidence"] == "Viktor Bout"


def test_an_arabic_name_merges_with_its_latin_form_explained_by_consonants(
    store: Store,
) -> None:
    ar = story("اعتقل صدام حسين التكريتي عام 2003.", ("صدام حسين التكريتي", "Person"))
    en = story("Saddam Hussein Al-tikriti was captured.", ("Saddam Hussein Al-tikriti", "Person"))
    assert ingest(store, ar, en) == 1
    [link] = list_links(store)
    assert (link["name"], link["rule"], link["algorithm"]) == (
        "Saddam Hussein Al-tikriti",
        "match-v3",
        "consonants-v1",
    )
    assert link["explanation"][0]["feature"] == "consonants"
    assert "'stm hsn tkrt'" in link["explanation"][0]["detail"]


def test_names_below_the_threshold_stay_apart(store: Store) -> None:
    ru, en = bout_stories()
    assert ingest(store, ru, en, threshold=0.99) == 0
    assert list_links(store) == []


def test_the_threshold_comes_from_the_setting(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ru, en = bout_stories()
    monkeypatch.setenv("THREADLINE_RESOLVE_THRESHOLD", "0.99")
    assert ingest(store, ru, en, threshold=None) == 0


def test_an_undone_match_is_never_made_again(store: Store) -> None:
    ru, en = bout_stories()
    ingest(store, ru, en)
    assert unlink(store, "Виктор Бут") == 1
    assert link_corpus(store) == 0
    assert entity_of(store, ru.mentions[0].id) == entity_id("Person", "Виктор Бут")


def test_a_merged_entity_is_never_moved_by_a_match(store: Store) -> None:
    ru, en = bout_stories()
    other = story("Andrew Smulian met him.", ("Andrew Smulian", "Person"))
    ingest(store, ru, other, threshold=0.99)
    ru_id = entity_id("Person", "Виктор Бут")
    merge_entities(store, ru_id, entity_id("Person", "Andrew Smulian"))
    ingest(store, en)
    assert entity_of(store, ru.mentions[0].id) == entity_id("Person", "Andrew Smulian")
    assert [link["rule"] for link in list_links(store)] == []


def test_a_split_mention_is_never_moved_by_a_match(store: Store) -> None:
    ru, en = bout_stories()
    ingest(store, ru, threshold=0.99)
    new_id = split_mention(store, ru.mentions[0].id)
    ingest(store, en)
    assert entity_of(store, ru.mentions[0].id) == new_id


def test_matching_twice_changes_nothing(store: Store) -> None:
    ru, en = bout_stories()
    ingest(store, ru, en, story("Sergei Ryabkov spoke.", ("Sergei Ryabkov", "Person")))
    ingest(store, story("Sergey Ryabkov agreed.", ("Sergey Ryabkov", "Person")))
    before = snapshot(store)
    assert len(before[2]) == 2
    assert link_corpus(store) == 0
    assert snapshot(store) == before


def test_bare_assad_is_not_filed_under_bassel_when_his_story_names_bashar(store: Store) -> None:
    scs = story(SCS, ("Bassel al-Assad", "Person"))
    bare = story(HAMMOND, ("Assad", "Person"))
    assert ingest(store, scs, bare) == 0
    assert entity_of(store, bare.mentions[0].id) == entity_id("Person", "Assad")


def test_bare_surname_still_links_when_no_second_bearer_is_named(store: Store) -> None:
    full = story("Bassel al-Assad founded the society in 1989.", ("Bassel al-Assad", "Person"))
    bare = story(HAMMOND, ("Assad", "Person"))
    assert ingest(store, full, bare) == 1
    assert entity_of(store, bare.mentions[0].id) == full.mentions[0].entity


def test_possessive_surname_in_the_same_story_joins_the_full_name(store: Store) -> None:
    text = "Syrian President Bashar al-Assad spoke. Assad's forces advanced."
    ex = story(text, ("Bashar al-Assad", "Person"), ("Assad's", "Person"))
    ingest(store, ex)
    assert entity_of(store, ex.mentions[1].id) == entity_of(store, ex.mentions[0].id)


def test_surname_of_two_brothers_in_one_story_stays_unlinked(store: Store) -> None:
    text = "Bassel al-Assad died in 1994; Bashar al-Assad became heir. Assad's rule began."
    ex = story(
        text, ("Bassel al-Assad", "Person"), ("Bashar al-Assad", "Person"), ("Assad's", "Person")
    )
    ingest(store, ex)
    bare = entity_of(store, ex.mentions[2].id)
    assert bare not in {entity_of(store, ex.mentions[0].id), entity_of(store, ex.mentions[1].id)}


def test_possessive_surname_in_another_story_joins_the_one_full_name(store: Store) -> None:
    full = story("Syrian President Bashar al-Assad spoke.", ("Bashar al-Assad", "Person"))
    bare = story(HAMMOND, ("Assad", "Person"))
    assert ingest(store, full, bare) == 1
    assert entity_of(store, bare.mentions[0].id) == full.mentions[0].entity
