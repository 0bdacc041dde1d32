"""``/api/screen``, ``/api/compare`` and ``/api/lists``: sanctions screening, explained."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile

from threadline import screen
from threadline.access import current_account, get_store, require_admin
from threadline.services.filenames import safe_file_name
from threadline.store import screening as screening_store
from threadline.store.base import Store

router = APIRouter(tags=["screening"], dependencies=[Depends(current_account)])

Schema = Query(None, max_length=50, description="Person, Organization, Company, …")
Algorithm = Query(
    None, max_length=20, description="Name-matching algorithm: tl-name-v2 (default) or tl-name-v1."
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


@router.post("/lists", dependencies=[Depends(require_admin)], status_code=201)
def load_list(
    file: UploadFile = File(..., description="OFAC CSV, UN XML or FtM JSON lines."),
    format: str | None = Form(None, description="ofac-csv, un-xml or ftm; sniffed if absent."),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Load (or replace) a sanctions list (admin only)."""
    name = safe_file_name(file.filename, "list")
    with tempfile.TemporaryDirectory(prefix="threadline-list-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(file.file.read())
        return screen.load_list(store, path, format or None, source=f"upload/{name}")
