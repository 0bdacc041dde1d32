"""Export buttons: search results, an entity and a network as FtM, CSV or GEXF.

Each export holds what the page shows, from the collections the user may read (see
:mod:`threadline.export.views` for what each format holds). Search results export up to
:data:`MAX_RESULTS` documents; FtM exports carry at most :data:`MAX_ARTICLES` Articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from threadline import graph as graphs
from threadline.access import current_account, get_store, readable
from threadline.errors import UsageError
from threadline.export import views
from threadline.graph.export import export_graph
from threadline.graph.queries import edge_records
from threadline.services.networks import CAP, MAX_CAP, drawn_network, network
from threadline.services.profiles import readable_profile
from threadline.store import documents as docs_store
from threadline.store import entities as entities_store
from threadline.store import evidence as evidence_store
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.relations import list_relations
from threadline.store.search import search as search_documents
from threadline.web.browse import _date

router = APIRouter(include_in_schema=False, dependencies=[Depends(current_account)])

MAX_RESULTS = 5000
MAX_ARTICLES = 500
FormatQuery = Query("csv", description="ftm, csv or gexf")


def _check(fmt: str) -> str:
    if fmt not in views.FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(views.FORMATS)}")
    return fmt


def _download(body: str, fmt: str, stem: str) -> Response:
    media, extension = views.MEDIA[fmt]
    disposition = f'attachment; filename="threadline-{stem}.{extension}"'
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})


def _entities(store: Store, ids: Iterable[str]) -> list[dict[str, Any]]:
    found = (entities_store.find_entity(store, i) for i in sorted(set(ids)))
    return [e for e in found if e is not None]


def _articles_and_actors(
    store: Store, document_ids: Sequence[str], scope: list[str] | None
) -> list[Any]:
    """Articles for the documents (readable ones, at most MAX_ARTICLES) and the actors
    they mention."""
    documents, mentioned, entity_ids = [], {}, set()
    for doc_id in list(dict.fromkeys(document_ids))[:MAX_ARTICLES]:
        row = docs_store.get_document(store, doc_id, collections=scope)
        if row is None:
            continue
        names = evidence_store.list_mentions(store, document=doc_id, collections=scope)
        named = [m for m in names if m["kind"] == "name"]
        mentioned[doc_id] = sorted({(m["type"], m["text"]) for m in named})
        entity_ids |= {m["entity"] for m in named if m["entity"]}
        documents.append(row)
    return [*views.articles(documents, mentioned), *views.actors(_entities(store, entity_ids))]


@router.get("/export/search")
def export_search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=2000),
    collection: list[str] | None = Query(None),
    date_from: str | None = None,
    date_to: str | None = None,
    format: str = FormatQuery,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    """The search's results (same filters as the search page)."""
    fmt = _check(format)
    scope = readable(account, collection)
    hits = search_documents(
        store, q, limit=MAX_RESULTS, collections=scope, date_from=_date(date_from),
        date_to=_date(date_to),
    )  # fmt: skip
    ids = [h["document"] for h in hits]
    if fmt == "csv":
        return _download(views.csv_text(hits, views.SEARCH_COLUMNS), fmt, "search")
    if fmt == "ftm":
        return _download(views.ftm_text(_articles_and_actors(store, ids, scope)), fmt, "search")
    mentioned = {
        m["entity"]
        for doc in ids
        for m in evidence_store.list_mentions(store, document=doc, collections=scope)
        if m["entity"]
    }
    graph = network(request.app.state, store, account).graph
    sub = graph.subgraph(mentioned & set(graph.nodes)).copy()
    return _download(export_graph(sub, "gexf"), fmt, "search")


@router.get("/export/entities/{entity}")
def export_entity(
    request: Request,
    entity: str,
    format: str = FormatQuery,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    """An entity: its evidence (CSV), its FtM record with relations and sources, or its
    network of direct links (GEXF)."""
    fmt = _check(format)
    profile = readable_profile(store, account, entity)
    scope = readable(account)
    stem = f"entity-{profile['id']}"
    if fmt == "csv":
        rows = evidence_store.evidence(store, profile["id"], collections=scope)
        return _download(views.csv_text(rows, views.EVIDENCE_COLUMNS), fmt, stem)
    graph = network(request.app.state, store, account)
    if fmt == "gexf":
        ego = graphs.ego_network(graph, profile["id"], depth=1)
        return _download(export_graph(_named(ego, profile), "gexf"), fmt, stem)
    rels = list_relations(store, entity=profile["id"], collections=scope)
    ends = _entities(store, {r["source"] for r in rels} | {r["target"] for r in rels})
    types = {e["id"]: e["type"] for e in [*ends, profile]}
    documents = [
        e["document"] for e in evidence_store.evidence(store, profile["id"], collections=scope)
    ]
    proxies = [
        *views.actors([profile]),
        *_articles_and_actors(store, documents, scope),
        *views.relations(rels, types),
    ]
    return _download(views.ftm_text(proxies), fmt, stem)


def _named(ego: nx.Graph, profile: dict[str, Any]) -> nx.Graph:
    ego.nodes[profile["id"]].setdefault("name", profile["name"])
    ego.nodes[profile["id"]].setdefault("type", profile["type"])
    return ego


@router.get("/export/network")
def export_network(
    request: Request,
    entity: str = Query(..., max_length=300),
    depth: int = Query(1, ge=1, le=2),
    co: bool = Query(False),
    rel: list[str] | None = Query(None),
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = Query(CAP, ge=1, le=MAX_CAP),
    format: str = FormatQuery,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    """The network as the network page draws it (same filters and cap): links (CSV), actors
    and relations (FtM), or GEXF for Gephi."""
    fmt = _check(format)
    start = readable_profile(store, account, entity, evidence_limit=0)
    drawn = drawn_network(
        request.app.state, store, account, start["id"], depth=depth, co_mentions=co,
        types=rel, date_from=_date(date_from), date_to=_date(date_to), limit=limit,
    )  # fmt: skip
    ego = _named(drawn.graph, start)
    stem = f"network-{start['id']}"
    if fmt == "gexf":
        return _download(export_graph(ego, "gexf"), fmt, stem)
    names = {n: d.get("name") or n for n, d in ego.nodes(data=True)}
    if fmt == "csv":
        rows = views.edge_rows(edge_records(ego), names)
        return _download(views.csv_text(rows, views.EDGE_COLUMNS), fmt, stem)
    nodes = [{"id": n, "name": names[n], "type": d.get("type")} for n, d in ego.nodes(data=True)]
    rels = list_relations(store, entity=list(names), collections=readable(account))
    types = {n["id"]: n["type"] or "" for n in nodes}
    proxies = [*views.actors(nodes), *views.relations(rels, types, only=set(names))]
    return _download(views.ftm_text(proxies), fmt, stem)
