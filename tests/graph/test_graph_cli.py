"""The relations and graph commands, driven through the CLI on the SQL-filled network."""

from __future__ import annotations

import json

import networkx as nx
from typer.testing import CliRunner

from threadline.cli import app


def run(network, *args: str):
    return CliRunner().invoke(app, ["--db", network.path, *args])


def test_relations_json_has_the_contract_shape(network):
    result = run(network, "relations", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 6
    for row in rows:
        assert {"type", "source", "target", "date", "document", "start", "end"} <= set(row)
    only = json.loads(run(network, "relations", "--type", "paid", "--format", "json").stdout)
    assert [r["source"] for r in only] == ["ent-zambada"]


def test_entity_arguments_take_names_and_unknown_ones_exit_2(network):
    result = run(network, "neighbours", "Joaquin Guzman", "--depth", "2", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "ent-hsbc" in {n["id"] for n in json.loads(result.stdout)}
    assert run(network, "neighbours", "Nobody At All").exit_code == 2


def test_path_centrality_communities_timeline(network):
    hops = json.loads(run(network, "path", "ent-guzman", "HSBC", "--format", "json").stdout)
    assert hops[-1]["evidence"][0]["sentence"].startswith("HSBC laundered")
    table = run(network, "path", "ent-guzman", "HSBC")
    assert "[member_of]" in table.stdout
    top = json.loads(run(network, "centrality", "--format", "json", "--limit", "1").stdout)
    assert top[0]["id"] == "ent-sinaloa"
    groups = json.loads(run(network, "communities", "--format", "json").stdout)
    assert groups and groups[0]["size"] >= 2
    items = json.loads(
        run(network, "timeline", "Ismael Zambada", "--from", "2018", "--format", "json").stdout
    )
    assert [i["type"] for i in items] == ["paid", "leads"]


def test_graph_export_formats(network, tmp_path):
    target = tmp_path / "net.graphml"
    result = run(network, "graph", "export", "--format", "graphml", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(target).number_of_edges() == 5
    cyto = json.loads(run(network, "graph", "export", "--format", "cytoscape").stdout)
    assert cyto["elements"]["edges"]
    assert run(network, "graph", "export", "--format", "dot").exit_code == 2
    ego = json.loads(run(network, "graph", "ego", "Sinaloa Cartel", "--format", "json").stdout)
    assert len(ego["nodes"]) == 4
