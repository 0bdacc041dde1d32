"""The screening page: a name against the loaded sanctions lists, each score explained."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from threadline import screen
from threadline.access import current_account, get_store
from threadline.errors import ScreenError
from threadline.store import screening as screening_store
from threadline.store.base import Store
from threadline.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(current_account)])

SCHEMAS = ("Person", "Organization", "Company", "PublicBody", "LegalEntity")


@router.get("/screen")
def screen_page(
    request: Request,
    name: str = Query("", max_length=500),
    schema: str = Query("", max_length=50),
    birth_date: str = Query("", max_length=10),
    country: str = Query("", max_length=50),
    algorithm: str = Query("", max_length=20),
    store: Store = Depends(get_store),
) -> Response:
    result: dict[str, Any] | None = None
    error = None
    if name.strip():
        try:
            result = screen.screen_name(
                store,
                name,
                schema=schema if schema in SCHEMAS else None,
                birth_date=birth_date or None,
                country=country or None,
                threshold=request.app.state.settings.screen_threshold,
                algorithm=algorithm if algorithm in screen.ALGORITHMS else None,
            )
        except ScreenError as exc:
            error = exc.message
    return render(
        request,
        "screen.html",
        {
            "name": name,
            "schema": schema,
            "birth_date": birth_date,
            "country": country,
            "algorithm": algorithm or screen.ALGORITHM,
            "algorithms": screen.ALGORITHMS,
            "result": result,
            "error": error,
            "schemas": SCHEMAS,
            "lists": screening_store.list_lists(store),
        },
    )
