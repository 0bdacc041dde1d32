"""Walking the network: neighbours, shortest paths with evidence, ego networks.

Rules users see:

- **neighbours** of an entity are the entities within ``depth`` hops (1 = directly
  linked). ``types`` keeps only edges with at least one of those relation types;
  ``entity_types`` keeps only neighbours of those entity types (``Organization``
  includes PublicBody and Company), though the walk may pass through others.
- **path**: the shortest chain of links between two entities (fewest hops), each hop
  shown with the relation types and the sentences that support it (document and
  character span), dated ones first.
- **ego network**: the entity, its neighbours to ``depth`` and every link among them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from threadline.errors import NotFoundError
from threadline.graph.build import EntityGraph
from threadline.model import types_matching
from threadline.store.relations import relations_between


def filter_types(graph: EntityGraph, types: Sequence[str] | None) -> nx.Graph:
    """The network restricted to edges with at least one of ``types`` (all when empty)."""
    if not types:
        return graph.graph
    wanted = set(types)
    return nx.subgraph_view(
        graph.graph, filter_edge=lambda a, b: bool(wanted & set(graph.graph.edges[a, b]["types"]))
    )


def neighbours(
    graph: EntityGraph,
    entity_id: str,
    *,
    depth: int = 1,
    types: Sequence[str] | None = None,
    entity_types: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities within ``depth`` hops: ``{id, name, type, depth, via, types, weight}``.

    ``via`` is the entity one hop closer to the start; ``types``/``weight`` describe the
    edge from ``via``. Nearest first, then strongest, then by name; ``limit`` and
    ``offset`` cut a page of that order.
    """
    view = filter_types(graph, types)
    if entity_id not in view:
        return []
    allowed = {t for kind in entity_types for t in types_matching(kind)} if entity_types else None
    nodes = graph.graph.nodes
    found: list[tuple[int, float, str, str, str, dict[str, Any]]] = []
    seen = {entity_id}
    frontier = [entity_id]
    for level in range(1, max(1, depth) + 1):
        following: list[str] = []
        for node in frontier:
            for other, data in view.adj[node].items():  # adjacency: no per-edge lookups
                if other in seen:
                    continue
                seen.add(other)
                following.append(other)
                if allowed is None or nodes[other].get("type") in allowed:
                    name = nodes[other].get("name") or ""
                    found.append((level, -data["weight"], name, other, node, data))
        frontier = following
    # Sort light tuples and build records for the kept ones only: a hub has thousands.
    found.sort(key=lambda n: n[:3])
    return [
        {
            "id": other,
            "name": nodes[other].get("name"),
            "type": nodes[other].get("type"),
            "depth": level,
            "via": node,
            "types": dict(data["types"]),
            "weight": data["weight"],
        }
        for level, _weight, _name, other, node, data in found[offset:][:limit]
    ]


def count_neighbours(
    graph: EntityGraph, entity_id: str, *, depth: int = 1, types: Sequence[str] | None = None
) -> int:
    """How many entities :func:`neighbours` would give without ``limit``."""
    view = filter_types(graph, types)
    if entity_id not in view:
        return 0
    seen = {entity_id}
    frontier = [entity_id]
    for _level in range(max(1, depth)):
        frontier = [o for node in frontier for o in view.adj[node] if o not in seen]
        frontier = list(dict.fromkeys(frontier))
        seen.update(frontier)
    return len(seen) - 1


def shortest_path(
    graph: EntityGraph,
    source: str,
    target: str,
    *,
    types: Sequence[str] | None = None,
    evidence_per_hop: int = 3,
) -> list[dict[str, Any]]:
    """Hops from ``source`` to ``target``: ``{source, target, types, weight, evidence}``.

    Raises NotFoundError when no chain of relations links them.
    """
    view = filter_types(graph, types)
    if source not in view or target not in view:
        raise NotFoundError("no path: one of the entities has no relations; check `relations`")
    try:
        nodes = nx.bidirectional_shortest_path(view, source, target)
    except nx.NetworkXNoPath:
        raise NotFoundError(
            "no path links these entities; try without --type or with --co-mentions"
        ) from None
    hops = []
    for a, b in zip(nodes, nodes[1:], strict=False):
        data = view.edges[a, b]
        hops.append(
            {
                "source": graph.node(a),
                "target": graph.node(b),
                "types": dict(data["types"]),
                "weight": data["weight"],
                "evidence": evidence(graph, a, b, limit=evidence_per_hop),
            }
        )
    return hops


def evidence(graph: EntityGraph, a: str, b: str, *, limit: int = 3) -> list[dict[str, Any]]:
    """The relations behind the link a–b: type, direction, date, sentence and span, from
    the graph's collections only (the limit applies after that filter)."""
    rows = relations_between(
        graph.store,
        a,
        b,
        include_negated=graph.include_negated,
        limit=limit,
        collections=graph.collections,
    )
    keys = ("id", "type", "source", "target", "date", "document", "start", "end", "sentence")
    return [{k: row[k] for k in keys} for row in rows]


def ego_network(
    graph: EntityGraph,
    entity_id: str,
    *,
    depth: int = 1,
    types: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> nx.Graph:
    """The entity, its neighbours to ``depth`` and every edge among them (a copy).

    With ``limit``, only the ``limit`` nearest and strongest neighbours from ``offset``
    (a page of :func:`neighbours`) are kept, so a hub linked to thousands of entities
    gives a network a person can read and a browser can draw.
    """
    view = filter_types(graph, types)
    if entity_id not in view:
        sub = nx.Graph()
        sub.add_node(entity_id, **graph.graph.nodes.get(entity_id, {}))
        return sub
    if limit is None:
        return nx.ego_graph(view, entity_id, radius=max(1, depth)).copy()
    kept = [
        entity_id,
        *(
            n["id"]
            for n in neighbours(
                graph, entity_id, depth=depth, types=types, limit=limit, offset=offset
            )
        ),
    ]
    # Pairwise lookups among the kept nodes: a subgraph view would walk every hub's
    # thousands of links to find the few among them.
    sub = nx.Graph()
    sub.add_nodes_from((node, graph.graph.nodes[node]) for node in kept)
    for index, a in enumerate(kept):
        links = view.adj[a]
        for b in kept[index + 1 :]:
            if b in links:
                sub.add_edge(a, b, **links[b])
    return sub


def graph_json(graph: nx.Graph) -> dict[str, Any]:
    """``{nodes: [{id, name, type, degree}], edges: [{source, target, weight, types, …}]}``."""
    return {
        "nodes": [
            {"id": n, "name": d.get("name"), "type": d.get("type"), "degree": graph.degree(n)}
            for n, d in sorted(graph.nodes(data=True))
        ],
        "edges": edge_records(graph),
    }


def edge_records(graph: nx.Graph) -> list[dict[str, Any]]:
    """Every edge as ``{source, target, weight, types, first, last}``, in a stable order."""
    return [
        {
            "source": a,
            "target": b,
            "weight": d["weight"],
            "types": dict(d["types"]),
            "first": d.get("first"),
            "last": d.get("last"),
        }
        for a, b, d in sorted(graph.edges(data=True))
    ]
