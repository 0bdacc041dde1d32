"""The entity network: built from the store, kept up to date as documents arrive.

Nodes are entity ids (with ``name`` and ``type``); an edge joins two entities that at
least one stored relation links, whatever its direction; its evidence sentences are read
from the store when shown (:func:`threadline.graph.queries.evidence`). Each edge keeps:

- ``weight``: how many relations support it;
- ``types``: relation type → count (``{"met": 2, "paid": 1}``);
- ``first``/``last``: the earliest and latest relation dates.

Negated relations ("did not sign") are left out of the network unless asked for; the
sentence co-mention baseline (type ``co_mention``) is added only on request.
:meth:`EntityGraph.refresh` reads only relations stored since the last call, and
rebuilds from scratch when a person merged or split entities in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from threadline.store.base import Store
from threadline.store.entities import count_decisions, entity_labels
from threadline.store.relations import iter_co_mentions, iter_edges
from threadline.store.visible import visible_names

CO_MENTION = "co_mention"


class EntityGraph:
    """An undirected networkx graph of entities, with typed, weighted, sourced edges."""

    def __init__(
        self,
        store: Store,
        *,
        collections: Sequence[str] | None = None,
        include_negated: bool = False,
        co_mentions: bool = False,
    ) -> None:
        self.store = store
        self.collections = collections
        self.include_negated = include_negated
        self.co_mentions = co_mentions
        self.graph: nx.Graph = nx.Graph()
        self._after = 0
        self._decisions = -1
        self.refresh()

    def refresh(self) -> int:
        """Add relations stored since the last refresh; returns how many were added."""
        decisions = count_decisions(self.store)
        if decisions != self._decisions:
            self.graph = nx.Graph()
            self._after = 0
            self._decisions = decisions
            if self.co_mentions:
                self._add_co_mentions()
        added = 0
        new_nodes: set[str] = set()
        for seq, _id, type_, source, target, date, negated, _modality in iter_edges(
            self.store, after=self._after, collections=self.collections
        ):
            self._after = max(self._after, seq)
            if (negated and not self.include_negated) or source == target:
                continue
            new_nodes.update((source, target))
            self._add_edge(source, target, type_, date)
            added += 1
        self._label(new_nodes)
        return added

    def _add_edge(self, a: str, b: str, type_: str, date: str | None) -> None:
        data = self.graph.get_edge_data(a, b)
        if data is None:
            data = {"weight": 0, "types": {}, "first": None, "last": None}
            self.graph.add_edge(a, b, **data)
            data = self.graph.edges[a, b]
        data["weight"] += 1
        data["types"][type_] = data["types"].get(type_, 0) + 1
        if date:
            data["first"] = date if data["first"] is None else min(data["first"], date)
            data["last"] = date if data["last"] is None else max(data["last"], date)

    def _add_co_mentions(self) -> None:
        nodes: set[str] = set()
        for a, b, *_ in iter_co_mentions(self.store, collections=self.collections):
            nodes.update((a, b))
            self._add_edge(a, b, CO_MENTION, None)
        self._label(nodes)

    def _label(self, nodes: set[str]) -> None:
        """Name and type the new nodes; names come from the graph's collections only."""
        missing = [n for n in nodes if "name" not in self.graph.nodes[n]]
        names = visible_names(self.store, missing, self.collections)
        for entity_id, (_name, type_) in entity_labels(self.store, missing).items():
            name = names.get(entity_id, entity_id)
            self.graph.nodes[entity_id].update(name=name, type=type_)
        for node in missing:
            self.graph.nodes[node].setdefault("name", node)
            self.graph.nodes[node].setdefault("type", "")

    def node(self, entity_id: str) -> dict[str, Any]:
        """``{id, name, type}`` of a node."""
        data = self.graph.nodes[entity_id]
        return {"id": entity_id, "name": data.get("name"), "type": data.get("type")}


def build_graph(
    store: Store,
    *,
    collections: Sequence[str] | None = None,
    include_negated: bool = False,
    co_mentions: bool = False,
) -> EntityGraph:
    """The entity network of the stored relations (see :class:`EntityGraph`)."""
    return EntityGraph(
        store, collections=collections, include_negated=include_negated, co_mentions=co_mentions
    )
