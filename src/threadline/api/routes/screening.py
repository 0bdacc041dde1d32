"""``/api/screen``, ``/api/compare`` and ``/api/lists``: sanctions screening, explained."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile

from threadline import screen
from threadline.access import current_account, get_store
from threadline.services import admin
from threadline.services.decisions import MAX_REASON
from threadline.settings import Settings
from threadline.store import screening as screening_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["screening"], dependencies=[Depends(current_account)])

Schema = Query(None, max_length=50, description="Person, Organization, Company, …")
Algorithm = Query(
    None,
    max_length=20,
    description="Name-matching algorithm: tl-name-v2.1 (default), tl-name-v2 or tl-name-v1.",
)


@router.get("/screen")
def screen_name(
    request: Request,
    name: str = Query(..., min_length=1, max_length=500, description="The name to screen."),
    schema: str | None = Schema,
    birth_date: str | None = Query(None, max_length=10, description="YYYY[-MM[-DD]]."),
    country: str | None = Query(None, max_length=50, description="Country code or name."),
    limit: int = Query(10, ge=1, le=100),
    algorithm: str | None = Algorithm,
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Screen a name against the loaded lists: ``{algorithm, query, results}``, each result
    with its score, the listing (list, programmes, entry id, birth dates, countries,
    aliases) and the features that explain it."""
    return screen.screen_name(
        store,
        name,
        schema=schema,
        birth_date=birth_date,
        country=country,
        limit=limit,
        threshold=request.app.state.settings.screen_threshold,
        algorithm=algorithm,
    )


@router.get("/compare")
def compare(
    request: Request,
    name1: str = Query(..., min_length=1, max_length=500),
    name2: str = Query(..., min_length=1, max_length=500),
    schema: str | None = Schema,
    algorithm: str | None = Algorithm,
) -> dict[str, Any]:
    """Compare two names: ``{algorithm, score, match, explanation}``."""
    threshold = request.app.state.settings.screen_threshold
    return screen.compare_names(
        name1, name2, schema=schema, threshold=threshold, algorithm=algorithm
    )


@router.get("/lists")
def lists(store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    """Loaded sanctions lists: name, title, format, version, entries, loaded_at."""
    return screening_store.list_lists(store)


@router.post("/lists", status_code=201)
def load_list(
    request: Request,
    file: list[UploadFile] = File(
        ...,
        description="The list: OFAC legacy CSV (sdn.csv, with alt.csv, add.csv and"
        " sdn_comments.csv as more `file` parts), UN consolidated XML or FtM JSON lines.",
    ),
    format: str | None = Form(None, description="ofac-csv, un-xml or ftm; detected if absent."),
    name: str | None = Form(None, max_length=100, description="The list's name (FtM only)."),
    reason: str = Form("", max_length=MAX_REASON, description="Why (kept in the audit trail)."),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Load (or replace) a sanctions list from uploaded files (admin only): the list's
    summary with ``rescreened`` (``screen --extracted``'s summary, or null when
    ``THREADLINE_SCREEN_ON_INGEST`` is off)."""
    return admin.load_list(
        store, _settings(request), account, files=file, fmt=format, name=name, reason=reason
    )


@router.post("/lists/{name}/reload")
def reload_list(
    request: Request,
    name: str,
    reason: str = Query("", max_length=MAX_REASON, description="Why (kept in the audit trail)."),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Load list ``name`` again from the server file or folder it was loaded from (admin
    only; an uploaded list is reloaded by uploading it again)."""
    return admin.reload_list(store, _settings(request), account, name, reason)


@router.delete("/lists/{name}")
def delete_list(
    request: Request,
    name: str,
    reason: str = Query("", max_length=MAX_REASON, description="Why (kept in the audit trail)."),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Remove list ``name`` and the hits found on it (admin only):
    ``{name, deleted, rescreened}``."""
    return admin.delete_list(store, _settings(request), account, name, reason)


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings
