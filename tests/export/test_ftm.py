"""FtM export: every line loads in followthemoney, validates, and its references resolve."""

from __future__ import annotations

import io
import json
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy

from threadline.export import export_ftm
from threadline.export.ftm import country_code, split_text
from threadline.export.names import name_properties
from threadline.store import Store

TEXT = (
    "Treasury Secretary Janet Yellen met the Financial Action Task Force (FATF) in Paris. "
    "Yellen said the U.S. backs FATF under the Bank Secrecy Act. Interpol agreed."
)


def insert(store: Store, table: str, **row: Any) -> None:
    columns = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    store.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def mention(store: Store, doc: str, surface: str, type_: str, entity: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    id_ = f"men-{doc}-{start}"
    insert(
        store,
        "mentions",
        id=id_,
        document=doc,
        start=start,
        end=start + len(surface),
        text=surface,
        type=type_,
        entity=entity,
        sentence_start=0,
        sentence_end=len(TEXT),
        method="test",
    )
    return id_


def small_store(store: Store) -> Store:
    """One article: a person with a role in a named body, an acronym, a country, a law."""
    insert(
        store,
        "documents",
        id="doc-1",
        content_hash="h1",
        title="Yellen meets FATF",
        source="https://example.org/yellen-fatf",
        author="A. Reporter",
        url="https://example.org/yellen-fatf",
        date="2024-02-23",
        chars=len(TEXT),
        text=TEXT,
        ingested_at="2024-02-24T00:00:00",
    )
    entities = [
        ("ent-yellen", "Person", "Janet Yellen"),
        ("ent-fatf", "PublicBody", "Financial Action Task Force"),
        ("ent-interpol", "Organization", "Interpol"),
        ("ent-paris", "Location", "Paris"),
        ("ent-us", "Location", "United States"),
        ("ent-bsa", "Law", "Bank Secrecy Act"),
        ("ent-orphan", "Person", "Merged Away"),
    ]
    for id_, type_, name in entities:
        insert(store, "entities", id=id_, type=type_, name=name, key=name.lower())
    yellen = mention(store, "doc-1", "Janet Yellen", "Person", "ent-yellen")
    mention(store, "doc-1", "Yellen", "Person", "ent-yellen", nth=1)
    fatf = mention(store, "doc-1", "Financial Action Task Force", "PublicBody", "ent-fatf")
    mention(store, "doc-1", "FATF", "PublicBody", "ent-fatf", nth=1)
    interpol = mention(store, "doc-1", "Interpol", "Organization", "ent-interpol")
    mention(store, "doc-1", "Paris", "Location", "ent-paris")
    mention(store, "doc-1", "U.S.", "Location", "ent-us")
    mention(store, "doc-1", "Bank Secrecy Act", "Law", "ent-bsa")
    start = TEXT.index("Treasury Secretary")
    for id_, holder, org in (("rol-1", yellen, fatf), ("rol-2", yellen, None)):
        insert(
            store,
            "roles",
            id=id_,
            document="doc-1",
            mention=holder,
            role="Treasury Secretary",
            start=start,
            end=start + 18,
            organization=org,
        )
    insert(
        store,
        "roles",
        id="rol-3",
        document="doc-1",
        mention=interpol,
        role="member",
        start=0,
        end=1,
        organization=fatf,
    )
    insert(
        store,
        "relations",
        id="rel-1",
        document="doc-1",
        type="paid",
        source=yellen,
        target=interpol,
        start=0,
        end=len(TEXT),
        method="test",
    )
    return store


def exported(store: Store) -> list[EntityProxy]:
    fh = io.StringIO()
    count = export_ftm(small_store(store), fh)
    lines = fh.getvalue().splitlines()
    assert count == len(lines)
    return [model.get_proxy(json.loads(line), cleaned=False) for line in lines]


def by_schema(proxies: list[EntityProxy], schema: str) -> list[EntityProxy]:
    return [p for p in proxies if p.schema.name == schema]


def test_every_line_is_a_valid_ftm_entity(store: Store) -> None:
    for proxy in exported(store):
        data = proxy.to_dict()
        try:
            proxy.schema.validate(data)
        except InvalidData as exc:  # pragma: no cover - the message is the point
            raise AssertionError(f"{proxy.id}: {exc}") from exc
        assert not proxy.schema.abstract
        for prop in proxy.schema.required:
            assert proxy.get(prop), f"{proxy.id} lacks required {prop}"


def test_references_point_at_exported_entities(store: Store) -> None:
    proxies = exported(store)
    ids = {p.id for p in proxies}
    assert len(ids) == len(proxies)
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, f"{proxy.id}.{prop.name} → {value}"
                target = next(p for p in proxies if p.id == value)
                assert prop.range is not None and target.schema.is_a(prop.range)


def test_document_becomes_an_article(store: Store) -> None:
    (article,) = by_schema(exported(store), "Article")
    assert article.id == "doc-1"
    assert article.get("title") == ["Yellen meets FATF"]
    assert article.get("publishedAt") == ["2024-02-23"]
    assert article.get("sourceUrl") == ["https://example.org/yellen-fatf"]
    assert article.get("bodyText") == [TEXT]
    assert article.get("peopleMentioned") == ["Janet Yellen"]
    assert article.first("processingAgent").startswith("threadline ")


def test_countries_and_places_go_on_the_article(store: Store) -> None:
    (article,) = by_schema(exported(store), "Article")
    assert article.get("detectedCountry") == ["us"]
    assert sorted(article.get("locationMentioned")) == ["Paris", "United States"]
    assert article.get("keywords") == ["Bank Secrecy Act"]


def test_actors_keep_ids_schemata_and_aliases(store: Store) -> None:
    proxies = {p.id: p for p in exported(store)}
    assert proxies["ent-yellen"].schema.name == "Person"
    assert proxies["ent-yellen"].get("weakAlias") == ["Yellen"]
    assert proxies["ent-fatf"].schema.name == "PublicBody"
    assert proxies["ent-fatf"].get("abbreviation") == ["FATF"]
    assert "ent-paris" not in proxies and "ent-bsa" not in proxies


def test_entity_without_mentions_is_not_exported(store: Store) -> None:
    assert "ent-orphan" not in {p.id for p in exported(store)}


def test_each_named_entity_gets_a_mention_of_the_article(store: Store) -> None:
    mentions = by_schema(exported(store), "Mention")
    resolved = {m.first("resolved"): m for m in mentions}
    assert set(resolved) == {"ent-yellen", "ent-fatf", "ent-interpol"}
    yellen = resolved["ent-yellen"]
    assert yellen.get("document") == ["doc-1"]
    assert sorted(yellen.get("name")) == ["Janet Yellen", "Yellen"]
    assert yellen.get("detectedSchema") == ["Person"]
    assert yellen.get("contextCountry") == ["us"]


def test_role_becomes_position_and_occupancy(store: Store) -> None:
    proxies = exported(store)
    positions = by_schema(proxies, "Position")
    occupancies = by_schema(proxies, "Occupancy")
    assert {p.first("name") for p in positions} == {"Treasury Secretary"}
    assert {p.first("organization") for p in positions} == {"ent-fatf", None}
    assert all(o.get("holder") == ["ent-yellen"] for o in occupancies)
    assert all(o.get("proof") == ["doc-1"] for o in occupancies)


def test_role_of_an_organisation_in_a_body_becomes_membership(store: Store) -> None:
    (membership,) = by_schema(exported(store), "Membership")
    assert membership.get("member") == ["ent-interpol"]
    assert membership.get("organization") == ["ent-fatf"]
    assert membership.get("role") == ["member"]


def test_ids_are_stable_across_exports(store: Store, tmp_path: Any) -> None:
    first = io.StringIO()
    export_ftm(small_store(store), first)
    second = io.StringIO()
    export_ftm(store, second)
    assert first.getvalue() == second.getvalue()


def test_empty_store_exports_nothing(store: Store) -> None:
    fh = io.StringIO()
    assert export_ftm(store, fh) == 0 and fh.getvalue() == ""


def test_long_text_is_split_below_ftm_limits() -> None:
    parts = split_text("word " * 30_000, size=60_000)
    assert len(parts) == 3 and all(len(p) <= 60_000 for p in parts)
    assert "".join(parts) == "word " * 30_000


def test_country_code_of_capital_is_none() -> None:
    assert country_code("U.S.") == "us"
    assert country_code("Moscow") is None


def test_surname_is_a_weak_alias_and_acronym_an_abbreviation() -> None:
    assert name_properties("Person", "Janet Yellen", ["Yellen", "JANET YELLEN", "Yellen's"]) == {
        "weakAlias": ["Yellen"]
    }
    assert name_properties("PublicBody", "Financial Action Task Force", ["FATF"]) == {
        "abbreviation": ["FATF"]
    }
    assert name_properties("Organization", "Sinaloa Cartel", ["Cártel de Sinaloa"]) == {
        "alias": ["Cártel de Sinaloa"]
    }


def test_relation_becomes_an_interval_entity_with_the_article_as_proof(store: Store) -> None:
    (payment,) = by_schema(exported(store), "Payment")
    assert payment.get("payer") == ["ent-yellen"]
    assert payment.get("beneficiary") == ["ent-interpol"]
    assert payment.get("proof") == ["doc-1"]
