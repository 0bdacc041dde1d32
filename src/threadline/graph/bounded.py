"""A neighbourhood small enough to draw: the strongest links first, never more than a cap.

Rules users see (the network page):

- **filters**: ``types`` keeps links with at least one of those relation types; a date range
  keeps links with a dated relation inside it (a link's first–last dates overlap the range;
  undated links are hidden while a date filter is set).
- **cap**: at most ``limit`` entities besides the focus. Nearest first: direct links, the
  strongest (most supporting relations) first; then, if room is left, entities two hops
  away, reached only through the direct links shown and again strongest first. "Show more"
  raises the cap.
- The work done is bounded by the links of the focus and of the entities shown, never by
  the size of the two-hop neighbourhood (a hub's two hops can be most of the network).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from threadline.graph.build import EntityGraph

VERSION = "bounded-neighbourhood-v1"


@dataclass
class Neighbourhood:
    """What the page draws: ``graph`` (focus, kept entities and the links among them),
    ``neighbours`` (each kept entity with ``depth``, ``via``, ``types``, ``weight``),
    ``direct`` (how many entities link directly to the focus under the filters), ``more``
    (whether the cap hid any) and ``relation_types`` (type → links, around the focus)."""

    graph: nx.Graph
    neighbours: list[dict[str, Any]]
    direct: int
    more: bool
    relation_types: dict[str, int] = field(default_factory=dict)


def filtered_view(
    graph: EntityGraph,
    *,
    types: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> nx.Graph:
    """The network with only the links that pass the type and date filters (a view)."""
    wanted = set(types or ())
    upper = (date_to + "\uffff") if date_to else None

    def keep(a: str, b: str) -> bool:
        data = graph.graph.edges[a, b]
        if wanted and not wanted & set(data["types"]):
            return False
        if date_from or upper:
            first, last = data.get("first"), data.get("last")
            if not first or not last:
                return False
            if (date_from and last < date_from) or (upper and first > upper):
                return False
        return True

    if not wanted and not date_from and not upper:
        return graph.graph
    return nx.subgraph_view(graph.graph, filter_edge=keep)


def _item(view: nx.Graph, other: str, via: str, depth: int) -> dict[str, Any]:
    data = view.adj[via][other]
    attrs = view.nodes[other]
    return {
        "id": other,
        "name": attrs.get("name"),
        "type": attrs.get("type"),
        "depth": depth,
        "via": via,
        "types": dict(data["types"]),
        "weight": data["weight"],
    }


def _strongest(view: nx.Graph, node: str, skip: set[str], count: int) -> list[tuple[int, str]]:
    """Up to ``count`` neighbours of ``node`` not in ``skip``: strongest first, then by name."""
    names = view.nodes
    candidates = ((d["weight"], o) for o, d in view.adj[node].items() if o not in skip)
    return heapq.nsmallest(
        count, candidates, key=lambda c: (-c[0], names[c[1]].get("name") or c[1])
    )


def bounded_neighbourhood(
    graph: EntityGraph,
    entity_id: str,
    *,
    depth: int = 1,
    limit: int = 50,
    types: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Neighbourhood:
    """The focus and at most ``limit`` entities around it, by the rules above."""
    view = filtered_view(graph, types=types, date_from=date_from, date_to=date_to)
    around = filtered_view(graph, date_from=date_from, date_to=date_to)
    relation_types: dict[str, int] = {}
    if entity_id in around:
        for data in around.adj[entity_id].values():
            for type_ in data["types"]:
                relation_types[type_] = relation_types.get(type_, 0) + 1
    if entity_id not in view:
        sub = nx.Graph()
        sub.add_node(entity_id, **graph.graph.nodes.get(entity_id, {}))
        return Neighbourhood(sub, [], 0, False, relation_types)
    direct = len(view.adj[entity_id])
    seen = {entity_id}
    first = _strongest(view, entity_id, seen, limit)
    kept = [_item(view, other, entity_id, 1) for _w, other in first]
    seen.update(item["id"] for item in kept)
    more = direct > len(kept)
    if depth >= 2:
        room = limit - len(kept)
        pool: list[tuple[int, str, str]] = []
        for item in list(kept):
            for weight, other in _strongest(view, item["id"], seen, room + 1):
                pool.append((weight, other, item["id"]))
        pool.sort(key=lambda c: -c[0])
        for _weight, other, via in pool:
            if other in seen:
                continue
            if room <= 0:
                more = True
                break
            kept.append(_item(view, other, via, 2))
            seen.add(other)
            room -= 1
    return Neighbourhood(view.subgraph(seen).copy(), kept, direct, more, relation_types)
