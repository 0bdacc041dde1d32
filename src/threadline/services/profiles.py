"""One entity's sourced profile, as the user may see it."""

from __future__ import annotations

from typing import Any

from threadline import screen
from threadline.access import readable
from threadline.errors import NotFoundError, ScreenError
from threadline.model import PERSON
from threadline.store import entities as entities_store
from threadline.store import evidence as evidence_store
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.events import count_events
from threadline.store.relations import count_relations
from threadline.store.totals import count_quotes


def readable_profile(
    store: Store,
    account: Account,
    id_or_name: str,
    *,
    evidence_limit: int | None = 200,
    evidence_offset: int = 0,
) -> dict[str, Any]:
    """The profile with evidence from readable collections only; 404 when there is none.

    Evidence comes a page at a time: ``evidence_limit`` rows from ``evidence_offset``
    (``mention_count`` is the total)."""
    found = entities_store.find_entity(store, id_or_name, collections=readable(account))
    profile = (
        evidence_store.entity_profile(
            store,
            found["id"],
            collections=readable(account),
            evidence_limit=evidence_limit,
            evidence_offset=evidence_offset,
        )
        if found
        else None
    )
    if profile is None or (not account.is_admin and not profile["mention_count"]):
        raise NotFoundError(f"no entity {id_or_name!r} in the collections you may read")
    if not account.is_admin:
        profile["sanctions"] = readable_sanctions(store, profile)
    return profile


def profile_totals(store: Store, account: Account, profile: dict[str, Any]) -> dict[str, int]:
    """How many evidence rows, quotes, relations and events the profile has in all, in the
    collections the user may read (a profile shows a page of each)."""
    scope = readable(account)
    entity = profile["id"]
    return {
        "evidence": profile["mention_count"],
        "quotes": count_quotes(store, speaker=entity, collections=scope),
        "relations": count_relations(store, entity=[entity], collections=scope),
        "events": count_events(store, entity=entity, collections=scope),
    }


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
