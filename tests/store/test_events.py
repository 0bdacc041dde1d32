"""Events and coreference mentions in the store: saved once per document, read back with
arguments resolved to entities, filtered, paged, limited to readable collections."""

from __future__ import annotations

from tests.store.events_sample import ARREST, TREATY, add_events, arrest_extraction
from threadline.store import Store
from threadline.store.documents import save_extraction
from threadline.store.entities import list_entities, merge_entities
from threadline.store.events import count_events, events_for_entity, list_events
from threadline.store.evidence import entity_profile, evidence, list_mentions
from threadline.store.screening import screenable_entities


def test_events_read_back_with_spans_arguments_and_evidence(store: Store) -> None:
    ids = add_events(store)
    arrest, extradition, cancelled = list_events(store)
    assert (arrest["type"], arrest["status"]) == ("arrest", "occurred")
    assert arrest["date"] == "2023-01-05"
    trigger = ARREST[arrest["trigger_start"] : arrest["trigger_end"]]
    assert trigger == "arrested" == arrest["trigger"]
    assert arrest["sentence"] == ARREST[arrest["start"] : arrest["end"]]
    assert arrest["sentence"].startswith("Mexican marines arrested")
    assert arrest["document"] == ids["arrest"] and arrest["title"] == "Ovidio Guzman arrested"
    assert [a["name"] for a in arrest["agents"]] == ["Mexican marines"]
    assert [(a["entity"], a["text"]) for a in arrest["targets"]] == [
        ("ent-ovidio", "Ovidio Guzman")
    ]
    assert [a["name"] for a in arrest["places"]] == ["Culiacan"]
    assert arrest["date_text"] == "5 January 2023" and arrest["date_source"] == "text"
    # The pronoun argument resolves to its antecedent's entity and keeps its own words.
    [target] = extradition["targets"]
    assert (target["text"], target["kind"], target["entity"]) == ("He", "pronoun", "ent-ovidio")
    assert target["name"] == "Ovidio Guzman"
    assert cancelled["status"] == "announced"
    assert cancelled["attributes"] == {"counterpart": "Mexico"}
    assert TREATY[cancelled["trigger_start"] : cancelled["trigger_end"]] == "cancelled"


def test_repeated_event_and_reingest_store_nothing_twice(store: Store) -> None:
    add_events(store)
    assert save_extraction(store, arrest_extraction()) is False
    assert count_events(store) == 3
    assert store.query_one("SELECT count(*) AS n FROM event_arguments")["n"] == 8  # type: ignore[index]


def test_deleting_a_document_deletes_its_events_and_arguments(store: Store) -> None:
    ids = add_events(store)
    store.execute("DELETE FROM documents WHERE id = ?", (ids["arrest"],))
    assert [e["type"] for e in list_events(store)] == ["agreement_cancelled"]
    assert store.query_one("SELECT count(*) AS n FROM event_arguments")["n"] == 3  # type: ignore[index]


def test_filters_type_entity_dates_and_paging_with_totals(store: Store) -> None:
    add_events(store)
    assert [e["type"] for e in list_events(store, type="extradition")] == ["extradition"]
    # Ovidio is the target of the arrest by name and of the extradition through "He".
    assert [e["type"] for e in events_for_entity(store, "ent-ovidio")] == ["arrest", "extradition"]
    assert [e["type"] for e in list_events(store, date_from="2023-02", date_to="2023")] == [
        "extradition"
    ]
    assert [e["type"] for e in list_events(store, date_from="2024")] == ["agreement_cancelled"]
    page = list_events(store, limit=1, offset=1)
    assert [e["type"] for e in page] == ["extradition"]
    assert count_events(store) == 3 and count_events(store, entity="ent-mfa") == 1


def test_restricted_reader_sees_only_events_of_readable_collections(store: Store) -> None:
    add_events(store)
    assert [e["type"] for e in list_events(store, collections=["alpha"])] == [
        "arrest",
        "extradition",
    ]
    assert count_events(store, collections=["alpha"]) == 2
    assert list_events(store, entity="ent-mfa", collections=["alpha"]) == []


def test_argument_names_come_only_from_readable_mentions(store: Store) -> None:
    add_events(store)
    # The United States is named "USA" only in a collection the reader cannot see.
    store.execute("UPDATE entities SET name = 'United States of America' WHERE id = 'ent-us'")
    [extradition] = list_events(store, type="extradition", collections=["alpha"])
    assert [a["name"] for a in extradition["places"]] == ["United States"]
    [extradition] = list_events(store, type="extradition")
    assert [a["name"] for a in extradition["places"]] == ["United States of America"]


def test_events_follow_merged_entities(store: Store) -> None:
    add_events(store)
    merge_entities(store, "ent-culiacan", "ent-us")
    assert [e["type"] for e in events_for_entity(store, "ent-us")] == ["arrest", "extradition"]


def test_pronoun_and_nominal_mentions_keep_kind_antecedent_and_rule(store: Store) -> None:
    ids = add_events(store)
    extraction = arrest_extraction()
    ovidio = extraction.mentions[1]
    he = [m for m in list_mentions(store, document=ids["arrest"]) if m["kind"] == "pronoun"]
    assert [(m["text"], m["antecedent"], m["rule"]) for m in he] == [
        ("He", ovidio.id, "coref-pronoun-v1")
    ]
    [nominal] = [e for e in evidence(store, "ent-mfa") if e["kind"] == "nominal"]
    assert (nominal["text"], nominal["rule"]) == ("The ministry", "coref-nominal-v1")


def test_pronouns_and_nominals_never_become_names_or_aliases(store: Store) -> None:
    add_events(store)
    profile = entity_profile(store, "ent-ovidio")
    assert profile is not None
    assert profile["name"] == "Ovidio Guzman" and profile["aliases"] == []
    assert profile["mention_count"] == 2
    assert [e["type"] for e in profile["events"]] == ["arrest", "extradition"]
    restricted = entity_profile(store, "ent-mfa", collections=["beta"])
    assert restricted is not None
    assert restricted["name"] == "Russian Foreign Ministry" and restricted["aliases"] == []
    listed = {e["id"]: e for e in list_entities(store)}
    assert listed["ent-mfa"]["aliases"] == [] and listed["ent-mfa"]["name"] == (
        "Russian Foreign Ministry"
    )


def test_pronouns_and_nominals_are_not_screened_as_aliases(store: Store) -> None:
    add_events(store)
    screened = {e["id"]: e for e in screenable_entities(store, ["Person", "PublicBody"])}
    assert screened["ent-ovidio"]["aliases"] == []  # not "He", a common surname
    assert screened["ent-mfa"]["aliases"] == []


def test_an_operation_lists_the_events_that_are_part_of_it(store: Store) -> None:
    from tests.export.test_ftm_events import operation_extraction

    save_extraction(store, operation_extraction())
    [arrest] = events_for_entity(store, "ent-sea-breeze")
    assert arrest["type"] == "arrest"
    [operation] = arrest["operations"]
    assert (operation["text"], operation["type"]) == ("Operation Sea Breeze", "Operation")
    assert operation["entity"] == "ent-sea-breeze"
    assert [a["entity"] for a in arrest["targets"]] == ["ent-petrov"]
