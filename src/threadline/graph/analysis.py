"""Whole-network measures: centrality and communities, over the corpus or a subset.

- **degree** centrality: the share of other entities an entity is directly linked to.
- **betweenness** centrality: how often an entity lies on shortest paths between others
  (brokers, go-betweens). Exact up to ``EXACT_LIMIT`` entities; above it, estimated from
  ``sample`` source entities drawn with a fixed seed, so the same graph gives the same
  ranking. Each source costs one pass over the network (see :mod:`.betweenness`, about
  0.06 s per source on 800,000 links), so by default the sample is sized to about
  ``WORK_BUDGET`` edge visits, at least 20 sources: 200 on a million links.
- **communities**: groups of entities more linked among themselves than to the rest
  (Louvain modularity, weighted by the number of supporting relations, fixed seed).

A subset is chosen when building the graph (collections, relation types) or with
``types`` here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from threadline.errors import UsageError
from threadline.graph.build import EntityGraph
from threadline.graph.queries import filter_types

EXACT_LIMIT = 2_000
WORK_BUDGET = 200_000_000
SEED = 42
MEASURES = ("degree", "betweenness")


def centrality(
    graph: EntityGraph,
    *,
    measure: str = "degree",
    types: Sequence[str] | None = None,
    limit: int | None = 20,
    sample: int | None = None,
) -> list[dict[str, Any]]:
    """Entities ranked by ``measure``: ``{id, name, type, score, degree}``, highest first."""
    view = filter_types(graph, types)
    if measure == "degree":
        scores = nx.degree_centrality(view) if len(view) > 1 else dict.fromkeys(view, 0.0)
    elif measure == "betweenness":
        if sample is None:
            sample = max(20, WORK_BUDGET // max(1, view.number_of_edges()))
        k = None if len(view) <= EXACT_LIMIT else min(sample, len(view))
        scores = _betweenness(view, k)
    else:
        raise UsageError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if limit is not None:
        ranked = ranked[:limit]
    return [
        {**graph.node(node), "score": round(score, 6), "degree": view.degree(node)}
        for node, score in ranked
    ]


def communities(
    graph: EntityGraph,
    *,
    types: Sequence[str] | None = None,
    min_size: int = 2,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Communities, largest first: ``{id, size, members: [{id, name, type, degree}]}``.

    Community ids (``com-1`` …) follow size order and are stable for a given graph.
    """
    view = filter_types(graph, types)
    if view.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(view, weight="weight", seed=SEED)
    groups = sorted((g for g in groups if len(g) >= min_size), key=lambda g: (-len(g), min(g)))
    if limit is not None:
        groups = groups[:limit]
    result = []
    for number, group in enumerate(groups, start=1):
        members = sorted(
            ({**graph.node(n), "degree": view.degree(n)} for n in group),
            key=lambda m: (-m["degree"], m["name"] or ""),
        )
        result.append({"id": f"com-{number}", "size": len(group), "members": members})
    return result


def _betweenness(view: nx.Graph, k: int | None) -> dict[str, float]:
    """SciPy sparse products when SciPy is installed, else networkx (exact values agree)."""
    try:
        from threadline.graph.betweenness import sampled_betweenness
    except ImportError:  # SciPy is optional (not a core dependency): networkx is slower
        result: dict[str, float] = nx.betweenness_centrality(view, k=k, seed=SEED)
        return result
    return sampled_betweenness(view, k=k, seed=SEED)
