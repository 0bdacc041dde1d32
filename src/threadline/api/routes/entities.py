"""``/api/entities``: resolved actors, places, laws…, and one entity's sourced profile."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Response

from threadline.access import current_account, get_store, readable
from threadline.api.routes.params import MAX_LIMIT, Page, page, send_total
from threadline.services.profiles import profile_totals, readable_profile
from threadline.store import entities as entities_store
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.totals import count_entities

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("")
def list_entities(
    response: Response,
    type: str | None = Query(None, description="Person, Organization (includes its kinds), …"),
    q: str | None = Query(None, description="Part of a name or alias."),
    collection: list[str] | None = Query(None, description="Only these collections."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """Entities seen in readable documents, most mentioned first (CLI ``entities`` shape);
    ``X-Total-Count`` says how many match in all."""
    scope = readable(account, collection)
    send_total(response, count_entities(store, type=type, query=q, collections=scope))
    return entities_store.list_entities(
        store,
        type=type,
        query=q,
        collections=scope,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.get("/{entity}")
def get_entity(
    entity: str,
    evidence_limit: int = Query(200, ge=1, le=MAX_LIMIT, description="Evidence rows per page."),
    evidence_offset: int = Query(0, ge=0, le=10_000_000, description="Evidence rows to skip."),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """An entity by id or name: aliases, roles, evidence (document, span, sentence), quotes,
    relations and sanctions hits, limited to the collections the user may read.

    Evidence comes a page at a time (``evidence_limit`` rows from ``evidence_offset``);
    roles, quotes, relations and events are the first ``evidence_limit`` of each.
    ``totals`` says how many there are in all (``{evidence, quotes, relations, events}``;
    evidence counts every mention, pronouns and nominals included), so a client knows
    what a page left out and can page to the end (``/api/quotes?speaker=``,
    ``/api/relations?entity=``, ``/api/events?entity=``)."""
    profile = readable_profile(
        store, account, entity, evidence_limit=evidence_limit, evidence_offset=evidence_offset
    )
    return {
        **profile,
        "totals": profile_totals(store, account, profile),
        "evidence_limit": evidence_limit,
        "evidence_offset": evidence_offset,
    }
