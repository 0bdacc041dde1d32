"""Merge and split from the entity page, each with its reason, kept as an audit trail.

The rules (who may edit, what is recorded) live in :mod:`threadline.services.decisions`,
shared with the API; these routes answer with a redirect to the entity that results.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form
from fastapi.responses import RedirectResponse, Response

from threadline.access import get_store, require_writer
from threadline.model import stable_id
from threadline.services import decisions as edits
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(include_in_schema=False)


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


@router.post("/entities/{entity}/merge")
def merge(
    entity: str,
    into: str = Form(..., max_length=500),
    reason: str = Form(""),
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    """Merge ``entity`` into the entity ``into`` (an id or a name) and show the result."""
    target = edits.merge(store, account, entity, into, reason)
    return RedirectResponse(f"/entities/{quote(target, safe='')}", status_code=303)


@router.post("/entities/{entity}/split")
def split(
    entity: str,
    mention: str = Form(..., max_length=200),
    reason: str = Form(""),
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    """Move one mention of ``entity`` into an entity of its own and show that entity."""
    new_id = edits.split(store, account, entity, mention, reason)
    return RedirectResponse(f"/entities/{quote(new_id, safe='')}", status_code=303)
