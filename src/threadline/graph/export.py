"""Network exports for other tools: GEXF (Gephi), GraphML (yEd, igraph) and Cytoscape JSON.

Nodes carry ``label`` (entity name) and ``type``; edges carry ``weight`` (number of
supporting relations), ``types`` (relation types, comma-separated, most frequent first),
and ``first``/``last`` dates when known. Ids are threadline's stable entity ids, so an
export can be joined back to ``threadline show``. Cytoscape JSON also keeps ``types`` as
a ``{type: count}`` object.
"""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx

from threadline.errors import UsageError
from threadline.graph.queries import edge_records

FORMATS = ("gexf", "graphml", "cytoscape")


def flat_graph(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all plain strings and numbers (what GEXF/GraphML hold)."""
    flat = nx.Graph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, label=data.get("name") or node, type=data.get("type") or "")
    for a, b, data in graph.edges(data=True):
        types = sorted(data["types"].items(), key=lambda item: (-item[1], item[0]))
        attrs: dict[str, Any] = {
            "weight": float(data["weight"]),
            "types": ",".join(t for t, _ in types),
        }
        for key in ("first", "last"):
            if data.get(key):
                attrs[key] = data[key]
        flat.add_edge(a, b, **attrs)
    return flat


def cytoscape(graph: nx.Graph) -> dict[str, Any]:
    """Cytoscape.js ``elements`` JSON (loadable by Cytoscape desktop as well)."""
    nodes = [
        {"data": {"id": n, "name": d.get("name") or n, "type": d.get("type") or ""}}
        for n, d in sorted(graph.nodes(data=True))
    ]
    edges = [{"data": {"id": f"{e['source']}|{e['target']}", **e}} for e in edge_records(graph)]
    return {"data": {"name": "threadline"}, "elements": {"nodes": nodes, "edges": edges}}


def export_graph(graph: nx.Graph, fmt: str) -> str:
    """The graph as text in ``fmt`` (``gexf``, ``graphml`` or ``cytoscape``)."""
    if fmt == "cytoscape":
        return json.dumps(cytoscape(graph), ensure_ascii=False)
    if fmt not in FORMATS:
        raise UsageError(f"unknown graph format {fmt!r}; use one of {', '.join(FORMATS)}")
    buffer = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(flat_graph(graph), buffer)
    else:
        nx.write_graphml(flat_graph(graph), buffer)
    return buffer.getvalue().decode("utf-8")
