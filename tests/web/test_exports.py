"""Export buttons: search results, entities and networks as FtM, CSV and GEXF."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
from followthemoney import model


def _ftm(text: str) -> list:
    return [model.get_proxy(json.loads(line)) for line in text.splitlines()]


def test_search_page_offers_exports_of_its_results(login) -> None:
    ana = login("ana")
    page = ana.get("/search?q=Yellen").text
    assert 'href="/export/search?q=Yellen&amp;format=csv"' in page
    response = ana.get("/export/search?q=Yellen&format=csv")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="threadline-search.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["title"] for r in rows] == ["Yellen on the cartel"]  # beta is not ana's


def test_search_ftm_export_is_valid_followthemoney(login) -> None:
    proxies = _ftm(login("admin").get("/export/search?q=Interpol&format=ftm").text)
    schemata = {p.schema.name for p in proxies}
    assert {"Article", "Person", "PublicBody"} <= schemata
    titles = {p.first("title") for p in proxies if p.schema.name == "Article"}
    assert titles == {"Yellen on the cartel", "Guzman extradited"}


def test_search_gexf_export_is_the_network_of_the_results_entities(login) -> None:
    body = login("ana").get("/export/search?q=Yellen&format=gexf").content
    graph = nx.read_gexf(io.BytesIO(body))
    assert set(graph.nodes) == {"ent-yellen", "ent-interpol"}  # linked by "met" in alpha


def test_entity_exports_evidence_csv_ftm_and_gexf(login) -> None:
    admin = login("admin")
    assert "/export/entities/ent-yellen?format=gexf" in admin.get("/entities/ent-yellen").text
    rows = list(
        csv.DictReader(io.StringIO(admin.get("/export/entities/ent-yellen?format=csv").text))
    )
    assert {r["text"] for r in rows} == {"Janet Yellen", "Yellen"}
    assert all(r["sentence"] for r in rows)
    proxies = _ftm(admin.get("/export/entities/ent-yellen?format=ftm").text)
    [yellen] = [p for p in proxies if p.id == "ent-yellen"]
    assert yellen.schema.name == "Person"
    assert any(p.schema.is_a("Interval") for p in proxies)  # the "met" relation
    graph = nx.read_gexf(io.BytesIO(admin.get("/export/entities/ent-yellen?format=gexf").content))
    assert "ent-yellen" in graph and "ent-interpol" in graph


def test_network_export_matches_the_network_page(login) -> None:
    admin = login("admin")
    page = admin.get("/network?entity=ent-yellen").text
    assert "/export/network?entity=ent-yellen&amp;depth=1&amp;format=csv" in page
    rows = list(
        csv.DictReader(io.StringIO(admin.get("/export/network?entity=ent-yellen&format=csv").text))
    )
    assert {(r["source_name"], r["target_name"]) for r in rows} >= {("Janet Yellen", "Interpol")}
    graph = nx.read_gexf(
        io.BytesIO(admin.get("/export/network?entity=ent-yellen&format=gexf").content)
    )
    assert graph.nodes["ent-yellen"]["label"] == "Janet Yellen"


def test_export_of_an_unreadable_entity_or_bad_format_is_refused(login) -> None:
    ana = login("ana")
    assert ana.get("/export/entities/ent-guzman?format=csv").status_code == 404
    bad = ana.get("/export/search?q=Yellen&format=pdf")
    assert bad.status_code == 400 and "unknown export format" in bad.text
