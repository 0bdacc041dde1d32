"""The entity network built from a store filled by SQL (see conftest.py)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from followthemoney import model

from threadline.errors import NotFoundError, UsageError
from threadline.graph import (
    build_graph,
    centrality,
    communities,
    ego_network,
    export_graph,
    neighbours,
    relations_to_ftm,
    shortest_path,
    timeline,
)


def test_graph_has_typed_weighted_edges_without_negated_ones(network):
    graph = build_graph(network)
    assert graph.graph.edges["ent-guzman", "ent-sinaloa"]["types"] == {"member_of": 1}
    assert not graph.graph.has_edge("ent-mexico", "ent-us")  # "did not cooperate"
    assert build_graph(network, include_negated=True).graph.has_edge("ent-mexico", "ent-us")
    assert graph.graph.nodes["ent-sinaloa"]["name"] == "Sinaloa Cartel"


def test_neighbours_depth_and_type_filters(network):
    graph = build_graph(network)
    ids = [n["id"] for n in neighbours(graph, "ent-guzman")]
    assert set(ids) == {"ent-us", "ent-sinaloa"}
    two = {n["id"]: n for n in neighbours(graph, "ent-guzman", depth=2)}
    assert two["ent-hsbc"]["depth"] == 2 and two["ent-hsbc"]["via"] == "ent-sinaloa"
    only = neighbours(graph, "ent-guzman", depth=2, types=["member_of", "leads"])
    assert {n["id"] for n in only} == {"ent-sinaloa", "ent-zambada"}
    people = neighbours(graph, "ent-guzman", depth=3, entity_types=["Person"])
    assert {n["id"] for n in people} == {"ent-zambada", "ent-garcia"}
    assert neighbours(graph, "ent-alone") == []


def test_shortest_path_shows_each_hop_with_its_sentence(network):
    hops = shortest_path(build_graph(network), "ent-guzman", "ent-hsbc")
    assert [(h["source"]["id"], h["target"]["id"]) for h in hops] == [
        ("ent-guzman", "ent-sinaloa"),
        ("ent-sinaloa", "ent-hsbc"),
    ]
    evidence = hops[1]["evidence"][0]
    assert evidence["sentence"] == "HSBC laundered money for the Sinaloa Cartel."
    assert evidence["document"] == "doc-b" and evidence["type"] == "laundered_for"
    with pytest.raises(NotFoundError):
        shortest_path(build_graph(network), "ent-guzman", "ent-alone")


def test_incremental_refresh_adds_only_new_relations(network):
    graph = build_graph(network)
    edges = graph.graph.number_of_edges()
    assert graph.refresh() == 0
    network.execute(
        'INSERT INTO relations (id, document, type, source, target, start, "end", method)'
        " VALUES ('rel-new', 'doc-b', 'met', 'men-5-ent-hsbc', 'men-alone', 0, 10, 'test-v1')"
    )
    assert graph.refresh() == 1
    assert graph.graph.number_of_edges() == edges + 1
    assert graph.graph.nodes["ent-alone"]["name"] == "Nobody Linked"


def test_merge_rebuilds_the_graph(network):
    graph = build_graph(network)
    from threadline.store.entities import merge_entities

    merge_entities(network, "ent-garcia", "ent-guzman")
    graph.refresh()
    assert "ent-garcia" not in graph.graph
    assert graph.graph.has_edge("ent-zambada", "ent-guzman")


def test_centrality_and_communities(network):
    graph = build_graph(network)
    top = centrality(graph, measure="degree", limit=1)[0]
    assert top["id"] == "ent-sinaloa" and top["degree"] == 3
    between = centrality(graph, measure="betweenness")
    assert between[0]["id"] == "ent-sinaloa"
    with pytest.raises(UsageError):
        centrality(graph, measure="pagerank")
    groups = communities(graph)
    members = [m["id"] for g in groups for m in g["members"]]
    assert sorted(members) == sorted(graph.graph.nodes)
    assert groups[0]["id"] == "com-1"


def test_timeline_orders_by_date_within_bounds(network):
    items = timeline(network)
    assert [i["date"] for i in items] == sorted(i["date"] for i in items)
    assert None not in [i["date"] for i in items]
    bounded = timeline(network, date_from="2017", date_to="2018")
    assert [i["type"] for i in bounded] == ["extradited_to", "paid"]
    pair = timeline(network, entities=["ent-zambada", "ent-garcia"])
    assert [(i["type"], i["between"]) for i in pair] == [("paid", True), ("leads", False)]


def test_exports_load_back(network):
    graph = build_graph(network).graph
    gexf = export_graph(graph, "gexf")
    assert ET.fromstring(gexf).tag.endswith("gexf")
    loaded = nx.parse_graphml(export_graph(graph, "graphml"))
    assert loaded.nodes["ent-hsbc"]["label"] == "HSBC"
    assert loaded.edges["ent-hsbc", "ent-sinaloa"]["types"] == "laundered_for"
    cyto = json.loads(export_graph(graph, "cytoscape"))
    assert {n["data"]["id"] for n in cyto["elements"]["nodes"]} == set(graph.nodes)
    with pytest.raises(UsageError):
        export_graph(graph, "dot")


def test_ego_network(network):
    ego = ego_network(build_graph(network), "ent-zambada")
    assert set(ego.nodes) == {"ent-zambada", "ent-sinaloa", "ent-garcia"}


def test_ftm_relations_use_interval_schemata(network):
    entities = list(relations_to_ftm(network))
    schemata = {e["id"]: e["schema"] for e in entities}
    assert schemata["rel-1"] == "Directorship"
    assert schemata["rel-2"] == "Membership"
    assert schemata["rel-3"] == "Payment"
    assert "rel-4" not in schemata  # negated
    for entity in entities:
        proxy = model.get_proxy(entity)
        assert proxy.schema.is_a("Interval")
        assert proxy.get("description")


def test_sparse_betweenness_equals_networkx_exactly():
    from threadline.graph.betweenness import sampled_betweenness

    graph = nx.relabel_nodes(nx.gnm_random_graph(120, 400, seed=3), lambda i: f"ent-{i}")
    expected = nx.betweenness_centrality(graph, normalized=True)
    found = sampled_betweenness(graph)
    assert max(abs(expected[n] - found[n]) for n in graph) < 1e-12
    sampled = sampled_betweenness(graph, k=30)
    assert sampled == sampled_betweenness(graph, k=30)  # fixed seed


def test_co_mention_edges_only_on_request(network):
    plain = build_graph(network)
    with_co = build_graph(network, co_mentions=True)
    assert all("co_mention" not in d["types"] for *_, d in plain.graph.edges(data=True))
    assert with_co.graph.edges["ent-mexico", "ent-us"]["types"] == {"co_mention": 1}
