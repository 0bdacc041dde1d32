"""``/api/search``: full-text search over the documents a user may read."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response

from threadline.access import current_account, get_store, readable
from threadline.api.routes.params import Page, page, send_capped_total
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.search import search as search_documents
from threadline.store.totals import count_search

router = APIRouter(tags=["search"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get("/search")
def search(
    request: Request,
    response: Response,
    q: str = Query(..., max_length=2000, description='Words, "phrases", prefix*, AND/OR/NOT.'),
    collection: list[str] | None = Query(None, description="Only these collections."),
    date_from: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    date_to: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """Matching documents, best first: ``[{document, title, snippet, score, collection, date}]``.

    Any string is a valid query; the snippet marks matched words with ``[`` and ``]``.
    ``X-Total-Count`` says how many documents match in all, up to the search window
    (``THREADLINE_SEARCH_WINDOW``); ``X-Total-Count-Exact: false`` says more than that
    match (only the window's newest are ranked, so no page goes past it).
    """
    scope = readable(account, collection)
    dates = {"date_from": date_from, "date_to": date_to}
    window = request.app.state.settings.search_window
    send_capped_total(response, count_search(store, q, scope, cap=window, **dates), window)
    return search_documents(
        store,
        q,
        limit=paging.limit,
        offset=paging.offset,
        collections=scope,
        **dates,
        window=window,
    )
