from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

Auth = Callable[[str], dict[str, str]]


def test_documents_follow_the_cli_contract(
    client: TestClient, auth: Auth, app_db: dict[str, Any]
) -> None:
    docs = client.get("/api/documents", headers=auth("admin")).json()
    assert set(docs[0]) >= {"id", "title", "source", "date", "chars"}
    doc = client.get(f"/api/documents/{app_db['alpha']}", headers=auth("admin")).json()
    assert doc["chars"] == len(doc["text"])
    page = client.get("/api/documents?limit=1&offset=1", headers=auth("admin")).json()
    assert [d["id"] for d in page] == [docs[1]["id"]]


def test_mention_offsets_point_into_the_document_text(
    client: TestClient, auth: Auth, app_db: dict[str, Any]
) -> None:
    doc = client.get(f"/api/documents/{app_db['beta']}", headers=auth("bob")).json()
    mentions = client.get(f"/api/mentions?document={doc['id']}", headers=auth("bob")).json()
    assert mentions
    for m in mentions:
        assert doc["text"][m["start"] : m["end"]] == m["text"]
    people = client.get("/api/mentions?type=Person", headers=auth("bob")).json()
    assert {m["type"] for m in people} == {"Person"}


def test_entities_have_the_contract_shape(client: TestClient, auth: Auth) -> None:
    entities = client.get("/api/entities?type=Organization", headers=auth("admin")).json()
    assert [e["name"] for e in entities] == ["Interpol"]
    assert set(entities[0]) >= {"id", "name", "type", "aliases", "mention_count", "roles"}
    by_name = client.get("/api/entities/Yellen", headers=auth("admin")).json()
    assert by_name["id"] == "ent-yellen" and by_name["roles"][0]["role"] == "Treasury Secretary"


def test_search_accepts_any_string(client: TestClient, auth: Auth) -> None:
    for query in ['"unbalanced', "NEAR(", "a:b ^c", "*", ")(", "AND", "é ü"]:
        response = client.get("/api/search", params={"q": query}, headers=auth("admin"))
        assert response.status_code == 200, query


def test_relations_graph_and_timeline(client: TestClient, auth: Auth) -> None:
    relations = client.get("/api/relations", headers=auth("ana")).json()
    assert [(r["type"], r["source"], r["target"]) for r in relations] == [
        ("met", "ent-yellen", "ent-interpol")
    ]
    around = client.get("/api/graph/neighbours/ent-yellen", headers=auth("ana")).json()
    assert [n["id"] for n in around["neighbours"]] == ["ent-interpol"]
    hops = client.get(
        "/api/graph/path?source=ent-yellen&target=ent-interpol", headers=auth("ana")
    ).json()
    assert hops[0]["evidence"][0]["sentence"].startswith("Yellen met Interpol")
    assert client.get("/api/relations", headers=auth("bob")).json() == []
    timeline = client.get("/api/timeline?entity=ent-yellen", headers=auth("ana")).json()
    assert [t["date"] for t in timeline] == ["2021-03-03"]
    missing = client.get("/api/graph/neighbours/ent-yellen", headers=auth("bob"))
    assert missing.status_code == 404


def test_collections_list_only_readable_ones(client: TestClient, auth: Auth) -> None:
    assert client.get("/api/collections", headers=auth("val")).json() == [
        {"name": "alpha", "documents": 1, "access": "read"}
    ]
    names = [c["name"] for c in client.get("/api/collections", headers=auth("admin")).json()]
    assert names == ["alpha", "beta"]


def test_screening_explains_scores(client: TestClient, auth: Auth, fixtures: Path) -> None:
    compared = client.get(
        "/api/compare?name1=Joaquin Guzman&name2=Joaquín Guzmán", headers=auth("val")
    ).json()
    assert compared["score"] > 0.8 and compared["explanation"]
    none_loaded = client.get("/api/screen?name=Makenga", headers=auth("val"))
    assert none_loaded.status_code == 400 and "lists load" in none_loaded.json()["detail"]
    excerpt = (fixtures / "sanctions" / "un_excerpt.ftm.json").read_bytes()
    files = {"file": ("un_excerpt.ftm.json", excerpt, "application/json")}
    assert client.post("/api/lists", files=files, headers=auth("ana")).status_code == 403
    loaded = client.post("/api/lists", files=files, headers=auth("admin"))
    assert loaded.status_code == 201
    assert [x["entries"] > 0 for x in client.get("/api/lists", headers=auth("val")).json()] == [
        True
    ]
    screened = client.get("/api/screen?name=Sultani Makenga", headers=auth("val")).json()
    best = screened["results"][0]
    assert best["name"] == "SULTANI MAKENGA" and best["match"] and best["explanation"]
    bad = client.get("/api/screen?name=Makenga&birth_date=soon", headers=auth("val"))
    assert bad.status_code == 400


def test_openapi_schema_is_served_to_signed_in_users(client: TestClient, auth: Auth) -> None:
    spec = client.get("/openapi.json", headers=auth("val")).json()
    assert "/api/search" in spec["paths"] and "/api/entities/{entity}" in spec["paths"]
    assert "swagger-ui-bundle.js" in client.get("/docs", headers=auth("val")).text


def test_upload_ingests_a_batch_with_dedup_and_failures(client: TestClient, auth: Auth) -> None:
    text = b"Interpol arrested a broker in Lyon on Monday, officials said."
    files = [
        ("files", ("broker.txt", text, "text/plain")),
        ("files", ("again.txt", text, "text/plain")),
        ("files", ("../../etc/blob.bin", b"\x00\x01\x02\x03" * 64, "application/octet-stream")),
    ]
    response = client.post(
        "/api/documents", headers=auth("ana"), files=files, data={"collection": "alpha"}
    )
    assert response.status_code == 200
    report = response.json()
    assert (report["ingested"], report["duplicates"]) == (1, 1)
    assert [f["path"] for f in report["failed"]] == ["upload/blob.bin"]
    doc = client.get(f"/api/documents/{report['documents'][0]}", headers=auth("ana")).json()
    assert doc["source"] == "upload/broker.txt" and doc["collection"] == "alpha"
