"""Pages for reading: search, documents (text with mentions and quotes), entities."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from threadline.access import current_account, get_store, readable
from threadline.datefilter import date_filter
from threadline.errors import NotFoundError
from threadline.services.collections import readable_collections
from threadline.services.decisions import history, may_edit
from threadline.services.profiles import readable_profile
from threadline.store import documents as docs_store
from threadline.store import entities as entities_store
from threadline.store import evidence as evidence_store
from threadline.store import totals
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.search import search as search_documents
from threadline.web.decisions import split_choices
from threadline.web.evidence import group_evidence, group_roles
from threadline.web.highlight import document_html, event_html
from threadline.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(current_account)])

PAGE = 20
#: Evidence rows (mentions) per page of an entity.
EVIDENCE_PAGE = 100
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SPAN = re.compile(r"^(\d+)-(\d+)$")


def _date(value: str | None) -> str | None:
    """A date filter from the query string; an invalid one is a clear 400 error page."""
    return date_filter(value, "The date filter")


@router.get("/")
def home() -> Response:
    return RedirectResponse("/search", status_code=303)


@router.get("/search")
def search_page(
    request: Request,
    q: str = Query("", max_length=2000),
    collection: list[str] | None = Query(None),
    type: str | None = Query(None, max_length=40),
    lang: str | None = Query(None, max_length=8),
    date_from: str | None = None,
    date_to: str | None = None,
    offset: int = Query(0, ge=0, le=100_000),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    scope = readable(account, collection)
    filters = {
        "date_from": _date(date_from),
        "date_to": _date(date_to),
        "entity_type": type or None,
        "language": lang or None,
    }
    hits: list[dict[str, Any]] = []
    facets: dict[str, Counter[str]] = {}
    entities: list[dict[str, Any]] = []
    total = entity_total = 0
    more = False
    if q.strip():
        window = request.app.state.settings.search_window
        hits = search_documents(
            store, q, limit=PAGE, offset=offset, collections=scope, window=window, **filters
        )
        counted = totals.count_search(store, q, scope, cap=window, **filters)
        more = 0 < window < counted
        total = window if more else counted
        facets = totals.search_facets(store, q, scope, readable(account), **filters)
        entities = entities_store.list_entities(
            store, type=type or None, query=q, collections=scope, limit=15
        )
        entity_total = totals.count_entities(store, type=type or None, query=q, collections=scope)
    params = {"q": q, "collection": collection, "type": type, "lang": lang}
    params |= {"date_from": filters["date_from"], "date_to": filters["date_to"]}
    return render(
        request,
        "search.html",
        {
            "q": q,
            "hits": hits,
            "total": total,
            "total_more": more,
            "facets": facets,
            "entities": entities,
            "entity_total": entity_total,
            "params": params,
            "offset": offset,
            "page": PAGE,
            "collections": readable_collections(store, account),
            "selected": collection or [],
            "type": type,
            "lang": lang,
            "date_from": filters["date_from"] or "",
            "date_to": filters["date_to"] or "",
        },
    )


@router.get("/documents")
def documents_page(
    request: Request,
    collection: list[str] | None = Query(None),
    type: str | None = Query(None, max_length=40),
    lang: str | None = Query(None, max_length=8),
    date_from: str | None = None,
    date_to: str | None = None,
    offset: int = Query(0, ge=0, le=10_000_000),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    collection = [c for c in collection or [] if c] or None  # "all readable" sends ""
    scope = readable(account, collection)
    filters = {"date_from": _date(date_from), "date_to": _date(date_to)}
    filters |= {"entity_type": type or None, "language": lang or None}
    docs, total = totals.filtered_documents(store, scope, limit=50, offset=offset, **filters)
    params = {"collection": collection, "type": type, "lang": lang}
    params |= {"date_from": filters["date_from"], "date_to": filters["date_to"]}
    return render(
        request,
        "documents.html",
        {
            "documents": docs,
            "offset": offset,
            "total": total,
            "params": params,
            "collections": readable_collections(store, account),
            "selected": collection or [],
        },
    )


@router.get("/documents/{doc_id}")
def document_page(
    request: Request,
    doc_id: str,
    hl: str | None = None,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    scope = readable(account)
    doc = docs_store.get_document(store, doc_id, collections=scope)
    if doc is None:
        raise NotFoundError(f"no document {doc_id!r} that you may read")
    mentions = evidence_store.list_mentions(store, document=doc_id, collections=scope)
    quotes = evidence_store.list_quotes(store, document=doc_id, collections=scope)
    span = _SPAN.match(hl or "")
    highlight = (int(span.group(1)), int(span.group(2))) if span else None
    counts = Counter(m["type"] for m in mentions)
    return render(
        request,
        "document.html",
        {
            "doc": doc,
            "body": document_html(doc["text"], mentions, quotes, highlight),
            "quotes": quotes,
            "type_counts": counts,
        },
    )


@router.get("/entities")
def entities_page(
    request: Request,
    type: str | None = None,
    q: str | None = Query(None, max_length=200),
    offset: int = Query(0, ge=0, le=10_000_000),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    scope = readable(account)
    found = entities_store.list_entities(
        store, type=type or None, query=q or None, collections=scope, limit=50, offset=offset
    )
    total = totals.count_entities(store, type=type or None, query=q or None, collections=scope)
    return render(
        request,
        "entities.html",
        {
            "entities": found,
            "total": total,
            "type": type,
            "q": q or "",
            "offset": offset,
            "params": {"type": type, "q": q},
        },
    )


@router.get("/entities/{entity}")
def entity_page(
    request: Request,
    entity: str,
    offset: int = Query(0, ge=0, le=10_000_000),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    profile = readable_profile(
        store, account, entity, evidence_limit=EVIDENCE_PAGE, evidence_offset=offset
    )
    if profile["id"] != entity and entity.startswith("ent-"):
        # a merged-away entity's URL leads to the entity that remains
        return RedirectResponse(f"/entities/{quote(profile['id'], safe='')}", status_code=301)
    events = [{**ev, "html": event_html(dict(ev))} for ev in profile.get("events", [])]
    titles = {e["document"]: e.get("title") for e in profile["evidence"]}
    ident = quote(profile["id"], safe="")
    links = [
        ("Network", f"/network?entity={ident}"),
        ("Timeline", f"/timeline?entity={ident}"),
        (
            "Screen name",
            f"/screen?{urlencode({'name': profile['name'], 'schema': profile['type']})}",
        ),
    ]
    return render(
        request,
        "entity.html",
        {
            "e": profile,
            "evidence": group_evidence(profile["evidence"]),
            "shown": len(profile["evidence"]),
            "offset": offset,
            "page": EVIDENCE_PAGE,
            "roles": group_roles(profile["roles"]),
            "events": events,
            "titles": titles,
            "entity_links": links,
            "decisions": history(store, profile["id"]),
            "may_edit": may_edit(store, account, [profile["id"]]),
            "split_choices": split_choices(profile["evidence"]),
        },
    )
