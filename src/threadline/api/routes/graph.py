"""``/api/graph`` and ``/api/timeline``: neighbours, paths and timelines of entities.

Each user sees the network of the collections they may read (cached and refreshed by
:func:`threadline.services.networks.network`), so a query costs a walk, not a rebuild.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from threadline import graph as graphs
from threadline.access import current_account, get_store, readable
from threadline.api.routes.search import DATE
from threadline.errors import NotFoundError
from threadline.services.networks import network, readable_evidence
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["graph"])

TypeFilter = Query(None, description="Only links with these relation types.")
CoMentions = Query(False, description="Also link entities named in the same sentence.")


@router.get("/graph/neighbours/{entity}")
def neighbours(
    request: Request,
    entity: str,
    depth: int = Query(1, ge=1, le=3, description="Hops from the entity."),
    type: list[str] | None = TypeFilter,
    co_mentions: bool = CoMentions,
    limit: int = Query(50, ge=1, le=1000, description="At most this many neighbours."),
    offset: int = Query(0, ge=0, le=10_000_000, description="Neighbours to skip."),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """The entity's neighbourhood: ``{entity, neighbours: [...], total, nodes, edges}``.

    ``neighbours`` are a page of ``limit`` from ``offset`` in the order nearest, then
    strongest (``total`` counts them all); ``nodes`` and ``edges`` are the network among
    the entity and that page's neighbours."""
    graph = network(request.app.state, store, account, co_mentions=co_mentions)
    if entity not in graph.graph:
        raise NotFoundError(f"entity {entity!r} has no links in the collections you may read")
    found = graphs.neighbours(graph, entity, depth=depth, types=type, limit=limit, offset=offset)
    ego = graphs.ego_network(graph, entity, depth=depth, types=type, limit=limit, offset=offset)
    return {
        "entity": graph.node(entity),
        "neighbours": found,
        "total": graphs.count_neighbours(graph, entity, depth=depth, types=type),
        **graphs.graph_json(ego),
    }


@router.get("/graph/path")
def path(
    request: Request,
    source: str = Query(..., description="Entity id at one end."),
    target: str = Query(..., description="Entity id at the other end."),
    type: list[str] | None = TypeFilter,
    co_mentions: bool = CoMentions,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """The shortest chain of links between two entities, each hop with its evidence."""
    graph = network(request.app.state, store, account, co_mentions=co_mentions)
    hops = graphs.shortest_path(graph, source, target, types=type)
    for hop in hops:
        hop["evidence"] = readable_evidence(store, account, hop["evidence"])
    return hops


@router.get("/timeline")
def timeline(
    entity: list[str] | None = Query(None, description="Only relations of these entity ids."),
    date_from: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    date_to: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    type: list[str] | None = TypeFilter,
    limit: int = Query(500, ge=1, le=5000, description="At most this many items."),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """Dated relations in date order, each with its evidence sentence and span."""
    return graphs.timeline(
        store,
        entities=entity or (),
        date_from=date_from,
        date_to=date_to,
        types=type,
        collections=readable(account),
        limit=limit,
    )
