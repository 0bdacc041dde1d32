"""The network page: cap and "show more", filters, GEXF export, "no path" in plain words."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.graph.hub import build_hub
from threadline.store import open_store

Login = Callable[[str], TestClient]


@pytest.fixture
def hub_db(app_db: dict[str, Any]) -> dict[str, Any]:
    with open_store(app_db["path"]) as store:
        build_hub(store, 120, collection="alpha")
    return app_db


@pytest.mark.usefixtures("hub_db")
def test_hub_network_is_capped_with_show_more(login: Login) -> None:
    page = login("ana").get("/network", params={"entity": "ent-hub", "depth": 2}).text
    assert "50 shown · 120 direct links" in page
    assert page.count('<td class="num">1</td><td class="num">') == 50
    more = re.search(r'class="show-more" href="/network\?([^"]+)"', page)
    assert more and "limit=100" in more[1]
    bigger = login("ana").get("/network?" + more[1].replace("&amp;", "&")).text
    assert "100 shown" in bigger


@pytest.mark.usefixtures("hub_db")
def test_relation_type_and_date_filters(login: Login) -> None:
    client = login("ana")
    page = client.get("/network", params={"entity": "ent-spoke-5"}).text
    assert 'name="rel" value="met"' in page and 'name="rel" value="paid"' in page
    paid = client.get("/network", params={"entity": "ent-spoke-5", "rel": "paid"}).text
    assert "Leaf 5" in paid and ">Hub<" not in paid
    old = client.get("/network", params={"entity": "ent-spoke-5", "date_to": "2015"}).text
    assert "Leaf 5" in old and ">Hub<" not in old


@pytest.mark.usefixtures("hub_db")
def test_gexf_export_is_the_drawn_network(login: Login) -> None:
    client = login("ana")
    page = client.get("/network", params={"entity": "ent-hub", "limit": 10}).text
    links = re.findall(r'href="/export/network\?([^"]+format=gexf)"', page)
    assert len(links) == 2 and len(set(links)) == 1  # the toolbar's and the export row's
    link = re.search(r'href="/export/network\?([^"]+format=gexf)"', page)
    assert link and "limit=10" in link[1]
    response = client.get("/export/network?" + link[1].replace("&amp;", "&"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/gexf+xml")
    assert 'filename="threadline-network-ent-hub.gexf"' in response.headers["content-disposition"]
    assert response.text.count("<node ") == 11  # the hub and the ten strongest spokes


@pytest.mark.usefixtures("hub_db")
def test_network_csv_export_follows_the_page_filters(login: Login) -> None:
    client = login("ana")
    query = {"entity": "ent-spoke-5", "rel": "paid", "format": "csv"}
    rows = client.get("/export/network", params=query).text.splitlines()[1:]
    assert rows and all("Leaf 5" in row for row in rows)
    assert all(",Hub," not in row for row in rows)


@pytest.mark.usefixtures("hub_db")
def test_old_gexf_address_redirects_to_the_one_export(login: Login) -> None:
    client = login("ana")
    old = client.get(
        "/network.gexf", params={"entity": "ent-hub", "limit": 10}, follow_redirects=False
    )
    assert old.status_code == 308
    assert old.headers["location"] == "/export/network?entity=ent-hub&limit=10&format=gexf"
    assert client.get(old.headers["location"]).text.count("<node ") == 11


def test_no_path_is_said_in_the_pages_words(login: Login) -> None:
    page = login("admin").get("/network", params={"entity": "ent-yellen", "to": "ent-guzman"})
    assert page.status_code == 200
    assert "No chain of links connects Janet Yellen and Joaquin Guzman" in page.text
    assert "`relations`" not in page.text and "--type" not in page.text
