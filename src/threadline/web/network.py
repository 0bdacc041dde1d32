"""Pages for the network: an entity's neighbourhood, the path between two entities, and
the timeline of dated relations and events."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from threadline import graph as graphs
from threadline.access import current_account, get_store, readable
from threadline.errors import NotFoundError
from threadline.services.networks import (
    CAP,
    MAX_CAP,
    drawn_network,
    network,
    readable_evidence,
)
from threadline.services.profiles import readable_profile
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.web.browse import _date
from threadline.web.highlight import event_html
from threadline.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(current_account)])


def _path_graph(hops: list[dict[str, Any]]) -> dict[str, Any]:
    nodes = {h["source"]["id"]: h["source"] for h in hops} | {
        h["target"]["id"]: h["target"] for h in hops
    }
    edges = [
        {
            "source": h["source"]["id"],
            "target": h["target"]["id"],
            "weight": h["weight"],
            "types": h["types"],
        }
        for h in hops
    ]
    return {"nodes": list(nodes.values()), "edges": edges}


def _no_path(start: dict[str, Any], target: dict[str, Any], co: bool) -> str:
    """Why no path is shown, in the page's words (the CLI's mention `--type`, `relations`)."""
    hint = "" if co else " Tick “sentence co-mentions” to link entities named together."
    return (
        f"No chain of links connects {start['name']} and {target['name']} in the collections"
        f" you may read, with these filters.{hint}"
    )


@router.get("/network")
def network_page(
    request: Request,
    entity: str = Query(..., max_length=300),
    to: str | None = Query(None, max_length=300),
    depth: int = Query(1, ge=1, le=2),
    co: bool = Query(False),
    rel: list[str] | None = Query(None),
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = Query(CAP, ge=1, le=MAX_CAP),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    start = readable_profile(store, account, entity, evidence_limit=0)
    dates = {"date_from": _date(date_from), "date_to": _date(date_to)}
    params = {"entity": start["id"], "to": to, "depth": depth, "co": "true" if co else None}
    params |= {"rel": rel, **dates, "limit": limit if limit != CAP else None}
    context: dict[str, Any] = {
        "e": start, "depth": depth, "co": co, "to": to or "", "hops": None, "error": None,
        "target": None, "rel": rel or [], "params": params, "limit": limit, "max_cap": MAX_CAP,
        "date_from": dates["date_from"] or "", "date_to": dates["date_to"] or "",
    }  # fmt: skip
    if to:
        graph = network(request.app.state, store, account, co_mentions=co)
        target = readable_profile(store, account, to, evidence_limit=0)
        context["target"] = target
        try:
            hops = graphs.shortest_path(graph, start["id"], target["id"], types=rel)
        except NotFoundError:
            context["error"] = _no_path(start, target, co)
            hops = []
        for hop in hops:
            hop["evidence"] = readable_evidence(store, account, hop["evidence"])
        context["hops"] = hops
        context["data"] = _path_graph(hops)
    else:
        around = drawn_network(
            request.app.state, store, account, start["id"], depth=depth, co_mentions=co,
            types=rel, limit=limit, **dates,
        )  # fmt: skip
        context |= {"neighbours": around.neighbours, "direct": around.direct}
        context |= {"more": around.more, "relation_types": around.relation_types}
        context["data"] = graphs.graph_json(around.graph)
        if not context["data"]["nodes"]:
            context["data"]["nodes"] = [
                {"id": start["id"], "name": start["name"], "type": start["type"]}
            ]
    context["data"]["focus"] = start["id"]
    return render(request, "network.html", context)


@router.get("/network.gexf")
def network_gexf(request: Request) -> Response:
    """Old address of the network's GEXF: moved to ``/export/network?format=gexf`` (one
    export of the drawn network for every format)."""
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    target = "/export/network?" + urlencode([*query, ("format", "gexf")])
    return RedirectResponse(target, status_code=308)


@router.get("/timeline")
def timeline_page(
    request: Request,
    entity: list[str] | None = Query(None),
    date_from: str | None = None,
    date_to: str | None = None,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    profiles = [readable_profile(store, account, e) for e in entity or []]
    items = graphs.timeline(
        store,
        entities=[p["id"] for p in profiles],
        date_from=_date(date_from),
        date_to=_date(date_to),
        collections=readable(account),
        limit=1000,
    )
    events = graphs.event_timeline(
        store,
        entities=[p["id"] for p in profiles],
        date_from=_date(date_from),
        date_to=_date(date_to),
        collections=readable(account),
        limit=1000,
    )
    dated = [{**item, "item": "relation"} for item in items] + [
        {**ev, "item": "event", "html": event_html(dict(ev))} for ev in events
    ]
    dated.sort(key=lambda item: item["date"] or "")  # stable: each kind keeps its order
    years: dict[str, list[dict[str, Any]]] = {}
    for item in dated:
        years.setdefault((item["date"] or "")[:4] or "undated", []).append(item)
    return render(
        request,
        "timeline.html",
        {
            "profiles": profiles,
            "years": years,
            "count": len(items),
            "event_count": len(events),
            "date_from": _date(date_from) or "",
            "date_to": _date(date_to) or "",
        },
    )
