"""``/api/entities``: resolved actors, places, laws…, and one entity's sourced profile."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from threadline import screen
from threadline.api.auth import current_account, get_store, readable
from threadline.api.routes.params import Page, page
from threadline.errors import NotFoundError, ScreenError
from threadline.model import PERSON
from threadline.store import entities as entities_store
from threadline.store import evidence as evidence_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("")
def list_entities(
    type: str | None = Query(None, description="Person, Organization (includes its kinds), …"),
    q: str | None = Query(None, description="Part of a name or alias."),
    collection: list[str] | None = Query(None, description="Only these collections."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """Entities seen in readable documents, most mentioned first (CLI ``entities`` shape)."""
    return entities_store.list_entities(
        store,
        type=type,
        query=q,
        collections=readable(account, collection),
        limit=paging.limit,
        offset=paging.offset,
    )


def readable_profile(store: Store, account: Account, id_or_name: str) -> dict[str, Any]:
    """The profile with evidence from readable collections only; 404 when there is none."""
    found = entities_store.find_entity(store, id_or_name, collections=readable(account))
    profile = (
        evidence_store.entity_profile(store, found["id"], collections=readable(account))
        if found
        else None
    )
    if profile is None or (not account.is_admin and not profile["mention_count"]):
        raise NotFoundError(f"no entity {id_or_name!r} in the collections you may read")
    if not account.is_admin:
        profile["sanctions"] = readable_sanctions(store, profile)
    return profile


def readable_sanctions(store: Store, profile: dict[str, Any]) -> list[dict[str, Any]]:
    """The profile's stored hits, rescreened with only the names the user can read.

    Stored hits were screened with the entity's names from every collection, and their
    explanations quote those names; a restricted user gets the hits that still match
    on the readable names, explained with those names.
    """
    if not profile["sanctions"]:
        return []
    schema = PERSON if profile["type"] == PERSON else "Organization"
    try:
        outcome = screen.screen_name(
            store, profile["name"], schema=schema, aliases=profile["aliases"]
        )
    except ScreenError:
        return []
    stored = {hit["id"] for hit in profile["sanctions"]}
    keys = ("id", "name", "list", "score", "match", "explanation")
    return [
        {**{k: r[k] for k in keys}, "algorithm": outcome["algorithm"]}
        for r in outcome["results"]
        if r["match"] and r["id"] in stored
    ]


@router.get("/{entity}")
def get_entity(
    entity: str, account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> dict[str, Any]:
    """An entity by id or name: aliases, roles, evidence (document, span, sentence), quotes,
    relations and sanctions hits, limited to the collections the user may read."""
    return readable_profile(store, account, entity)
