"""The entity network: building it from stored relations, querying it, exporting it.

:func:`build_graph` reads the store into an :class:`EntityGraph` (networkx underneath,
refreshed incrementally as documents arrive). Queries: :func:`neighbours`,
:func:`shortest_path` (each hop with its evidence sentences), :func:`ego_network`,
:func:`centrality`, :func:`communities`; :func:`timeline` orders relations by date;
:func:`export_graph` writes GEXF, GraphML or Cytoscape JSON; :func:`relations_to_ftm`
turns relations into FollowTheMoney interval entities.
"""

from __future__ import annotations

from threadline.graph.analysis import centrality, communities
from threadline.graph.build import EntityGraph, build_graph
from threadline.graph.export import export_graph
from threadline.graph.ftm import relations_to_ftm
from threadline.graph.queries import (
    count_neighbours,
    ego_network,
    evidence,
    filter_types,
    graph_json,
    neighbours,
    shortest_path,
)
from threadline.graph.timeline import event_timeline, timeline

__all__ = [
    "EntityGraph",
    "build_graph",
    "centrality",
    "communities",
    "ego_network",
    "evidence",
    "export_graph",
    "filter_types",
    "graph_json",
    "count_neighbours",
    "neighbours",
    "relations_to_ftm",
    "shortest_path",
    "timeline",
    "event_timeline",
]
