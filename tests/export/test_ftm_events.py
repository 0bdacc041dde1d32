"""FtM export of events and agreements: valid entities, references that resolve, and no
pronoun or nominal ever exported as a name."""

from __future__ import annotations

import io
import json

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy

from tests.store.events_sample import add_events, event, mention, treaty_extraction
from threadline.export import export_ftm
from threadline.model import Document, Extraction
from threadline.store import Store
from threadline.store.documents import save_extraction

SIGNED = "Russia and Mexico signed the Extradition Treaty in Mexico City on 3 March 2019."


def signed_extraction() -> Extraction:
    doc = Document(SIGNED, "signed.txt", title="Treaty signed", date="2019-03-04")
    russia = mention(doc, "Russia", "Location", "ent-russia")
    treaty = mention(doc, "Extradition Treaty", "Law", "ent-treaty")
    city = mention(doc, "Mexico City", "Location", "ent-mexico-city")
    signed = event(
        doc, "agreement_signed", "signed", agents=[russia.id], targets=[treaty.id],
        places=[city.id], date="2019-03-03", date_text="3 March 2019", date_source="text",
    )  # fmt: skip
    return Extraction(doc, [russia, treaty, city], events=[signed])


RAID = (
    "Italian police arrested Ivan Petrov in Operation Sea Breeze in June 2021. "
    "The Petrov case is due in court."
)


def operation_extraction() -> Extraction:
    doc = Document(RAID, "raid.txt", title="Sea Breeze", date="2021-06-30")
    police = mention(doc, "Italian police", "Location", "ent-italy")
    petrov = mention(doc, "Ivan Petrov", "Person", "ent-petrov")
    operation = mention(doc, "Operation Sea Breeze", "Operation", "ent-sea-breeze")
    case = mention(doc, "Petrov case", "CourtCase", "ent-petrov-case")
    arrest = event(
        doc, "arrest", "arrested", agents=[police.id], targets=[petrov.id],
        attributes={"operation": operation.id},
    )  # fmt: skip
    return Extraction(doc, [police, petrov, operation, case], events=[arrest])


def exported(store: Store) -> dict[str, EntityProxy]:
    add_events(store)
    save_extraction(store, signed_extraction())
    save_extraction(store, operation_extraction())
    fh = io.StringIO()
    export_ftm(store, fh)
    lines = fh.getvalue().splitlines()
    proxies = [model.get_proxy(json.loads(line), cleaned=False) for line in lines]
    return {p.id: p for p in proxies if p.id}


def test_every_exported_entity_validates_and_references_resolve(store: Store) -> None:
    proxies = exported(store)
    for proxy in proxies.values():
        try:
            proxy.schema.validate(proxy.to_dict())
        except InvalidData as exc:  # pragma: no cover - the message is the point
            raise AssertionError(f"{proxy.id}: {exc}") from exc
        for prop in proxy.schema.required:
            assert proxy.get(prop), f"{proxy.id} lacks required {prop}"
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in proxies, f"{proxy.id}.{prop.name} → {value}"
                assert prop.range is not None and proxies[value].schema.is_a(prop.range)


def test_arrest_becomes_an_event_with_organizer_involved_place_and_proof(store: Store) -> None:
    events = [p for p in exported(store).values() if p.schema.name == "Event"]
    arrest = next(p for p in events if p.first("name").startswith("arrest"))
    assert arrest.get("name") == ["arrest: Ovidio Guzman"]
    assert arrest.get("date") == ["2023-01-05"]
    assert arrest.get("organizer") == ["ent-marines"]
    assert sorted(arrest.get("involved")) == ["ent-marines", "ent-ovidio"]
    assert arrest.get("location") == ["Culiacan"]
    assert arrest.first("summary").startswith("Mexican marines arrested Ovidio Guzman")
    assert "“arrested” at characters 16–24" in arrest.first("description")
    assert len(arrest.get("proof")) == 1 and arrest.first("proof").startswith("doc-")
    # The extradition's target is written "He"; the export names the person, not "He".
    extradition = next(p for p in events if p.first("name").startswith("extradition"))
    assert extradition.get("involved") == ["ent-ovidio"]
    assert extradition.get("country") == ["us"] and extradition.get("date") == ["2023-09"]
    assert extradition.get("location") == ["United States"]


def test_agreement_steps_make_one_contract_with_its_latest_status(store: Store) -> None:
    contracts = [p for p in exported(store).values() if p.schema.name == "Contract"]
    [treaty] = contracts
    assert treaty.get("title") == ["Extradition Treaty"]
    assert treaty.get("status") == ["cancelled"] and treaty.get("cancelled") == ["true"]
    assert treaty.get("contractDate") == ["2019-03-03"]
    assert treaty.get("authority") == ["ent-mfa"]  # Russia is a place, not a legal entity
    assert len(treaty.get("proof")) == 2 and len(treaty.get("notes")) == 2


def test_pronouns_and_nominals_are_never_exported_as_names(store: Store) -> None:
    proxies = exported(store)
    names = {v for p in proxies.values() for prop, v in p.itervalues() if prop.type.name == "name"}
    assert "He" not in names and "The ministry" not in names
    assert proxies["ent-mfa"].get("name") == ["Russian Foreign Ministry"]
    assert treaty_extraction().mentions[3].kind == "nominal"


def test_an_operation_is_an_event_its_events_are_part_of(store: Store) -> None:
    proxies = exported(store)
    operation = proxies["ent-sea-breeze"]
    assert operation.schema.name == "Event"
    assert operation.get("name") == ["Operation Sea Breeze"]
    links = [p for p in proxies.values() if p.schema.name == "UnknownLink"]
    assert len(links) == 1 and links[0].get("object") == ["ent-sea-breeze"]
    arrest = proxies[links[0].get("subject")[0]]
    assert arrest.schema.name == "Event" and arrest.get("name") == ["arrest: Ivan Petrov"]


def test_a_case_named_after_a_party_is_a_court_case(store: Store) -> None:
    case = exported(store)["ent-petrov-case"]
    assert case.schema.name == "CourtCase" and case.get("name") == ["Petrov case"]
