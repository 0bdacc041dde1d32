"""Merge and split from the entity page, each with its reason, kept as an audit trail.

Who may edit an entity: an admin, or an analyst who may write to every collection whose
documents mention it (a merge touches both entities' collections; a split, the
collection of the one mention). Every decision records who, when and why; the entity
page lists them, and the URL of a merged-away entity redirects to the one that remains.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form
from fastapi.responses import RedirectResponse, Response

from threadline.access import check_write, get_store, require_writer
from threadline.errors import NotFoundError, UsageError
from threadline.model import stable_id
from threadline.services.profiles import readable_profile
from threadline.store import decisions as decisions_store
from threadline.store import entities as entities_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(include_in_schema=False)

#: A reason longer than this is refused (it is shown on the entity page).
MAX_REASON = 1000


def may_edit(store: Store, account: Account, entity_ids: list[str]) -> bool:
    """Whether ``account`` may merge or split these entities (see the module docstring)."""
    if account.role == "viewer":
        return False
    collections = decisions_store.entity_collections(store, entity_ids)
    return all(account.can_write(c) for c in collections)


def history(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """The decisions that changed ``entity_id``, newest first, for the entity page."""
    return decisions_store.decisions_for(store, entity_id)


def split_choices(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The mentions an editor may split out, from the evidence rows the page shows:
    ``{mention, text, title, document, start, end}``."""
    return [
        {
            "mention": stable_id("men", row["document"], row["start"], row["end"]),
            **{k: row.get(k) for k in ("text", "title", "document", "start", "end")},
        }
        for row in evidence
    ]


def _reason(value: str) -> str:
    reason = " ".join(value.split())
    if not reason:
        raise UsageError("say why: a merge or split needs a reason, shown in the entity's history")
    if len(reason) > MAX_REASON:
        raise UsageError(f"the reason is too long; keep it under {MAX_REASON} characters")
    return reason


@router.post("/entities/{entity}/merge")
def merge(
    entity: str,
    into: str = Form(..., max_length=500),
    reason: str = Form(""),
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    """Merge ``entity`` into the entity ``into`` (an id or a name) and show the result."""
    why = _reason(reason)
    source = readable_profile(store, account, entity)
    target = readable_profile(store, account, into.strip())
    if source["id"] == target["id"]:
        raise UsageError(f"{source['name']!r} and {into!r} are already one entity")
    for collection in decisions_store.entity_collections(store, [source["id"], target["id"]]):
        check_write(account, collection)
    entities_store.merge_entities(
        store, source["id"], target["id"], author=account.name, reason=why
    )
    return RedirectResponse(f"/entities/{quote(target['id'], safe='')}", status_code=303)


@router.post("/entities/{entity}/split")
def split(
    entity: str,
    mention: str = Form(..., max_length=200),
    reason: str = Form(""),
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    """Move one mention of ``entity`` into an entity of its own and show that entity."""
    why = _reason(reason)
    profile = readable_profile(store, account, entity)
    owner = decisions_store.mention_owner(store, mention)
    if owner is None or owner["entity"] != profile["id"]:
        raise NotFoundError(f"no mention {mention!r} of {profile['name']!r}")
    check_write(account, owner["collection"])
    new_id = entities_store.split_mention(store, mention, author=account.name, reason=why)
    return RedirectResponse(f"/entities/{quote(new_id, safe='')}", status_code=303)
