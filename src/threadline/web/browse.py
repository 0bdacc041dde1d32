"""Pages for reading: search, documents (text with mentions and quotes), entities."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from threadline.api.auth import current_account, get_store, readable
from threadline.api.routes.collections import readable_collections
from threadline.api.routes.entities import readable_profile
from threadline.errors import NotFoundError
from threadline.store import documents as docs_store
from threadline.store import entities as entities_store
from threadline.store import evidence as evidence_store
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.search import search as search_documents
from threadline.web.highlight import document_html, event_html, sentence_html
from threadline.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(current_account)])

PAGE = 20
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SPAN = re.compile(r"^(\d+)-(\d+)$")


def _date(value: str | None) -> str | None:
    return value if value and _DATE.match(value) else None


@router.get("/")
def home() -> Response:
    return RedirectResponse("/search", status_code=303)


@router.get("/search")
def search_page(
    request: Request,
    q: str = Query("", max_length=2000),
    collection: list[str] | None = Query(None),
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    offset: int = Query(0, ge=0, le=100_000),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    date_from, date_to = _date(date_from), _date(date_to)
    scope = readable(account, collection)
    hits: list[dict[str, Any]] = []
    facets: Counter[str] = Counter()
    entities: list[dict[str, Any]] = []
    type_counts: Counter[str] = Counter()
    if q.strip():
        hits = search_documents(
            store,
            q,
            limit=PAGE,
            offset=offset,
            collections=scope,
            date_from=date_from,
            date_to=date_to,
            window=request.app.state.settings.search_window,
        )
        sample = search_documents(
            store,
            q,
            limit=500,
            collections=readable(account),
            date_from=date_from,
            date_to=date_to,
            window=request.app.state.settings.search_window,
        )
        facets.update(hit["collection"] for hit in sample)
        matching = entities_store.list_entities(store, query=q, collections=scope, limit=200)
        type_counts.update(e["type"] for e in matching)
        entities = [e for e in matching if not type or e["type"] == type][:15]
    params = {
        "q": q,
        "collection": collection,
        "type": type,
        "date_from": date_from,
        "date_to": date_to,
    }
    return render(
        request,
        "search.html",
        {
            "q": q,
            "hits": hits,
            "facets": facets,
            "entities": entities,
            "type_counts": type_counts,
            "params": params,
            "offset": offset,
            "page": PAGE,
            "collections": readable_collections(store, account),
            "selected": collection or [],
            "type": type,
            "date_from": date_from or "",
            "date_to": date_to or "",
        },
    )


@router.get("/documents")
def documents_page(
    request: Request,
    collection: list[str] | None = Query(None),
    offset: int = Query(0, ge=0, le=10_000_000),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    scope = readable(account, collection)
    docs = docs_store.list_documents(store, collections=scope, limit=50, offset=offset)
    return render(
        request,
        "documents.html",
        {
            "documents": docs,
            "offset": offset,
            "total": docs_store.count_documents(store, scope),
            "params": {"collection": collection},
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
    found = entities_store.list_entities(
        store,
        type=type or None,
        query=q or None,
        collections=readable(account),
        limit=50,
        offset=offset,
    )
    return render(
        request,
        "entities.html",
        {
            "entities": found,
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
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    profile = readable_profile(store, account, entity)
    evidence = [
        {
            **e,
            "html": sentence_html(
                e["sentence"], e["start"] - e["sentence_start"], e["end"] - e["sentence_start"]
            ),
        }
        for e in profile["evidence"]
    ]
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
            "evidence": evidence,
            "events": events,
            "titles": titles,
            "entity_links": links,
        },
    )
