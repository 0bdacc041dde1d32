"""Administration of sanctions lists (admins only): load, reload, delete.

A list is loaded from a file or folder on the server, as `threadline lists load` takes
it; reload reads the same place again. Each change re-screens every extracted entity
when the ``screen_on_ingest`` setting is on (see :mod:`threadline.screen.listadmin`).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from threadline.access import get_store
from threadline.errors import UsageError
from threadline.screen import listadmin
from threadline.screen.lists import FORMATS
from threadline.settings import Settings
from threadline.store.base import Store
from threadline.store.screening import list_lists
from threadline.web.admin import back, require_admin_page
from threadline.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_admin_page)])

#: Notices after a change, by the redirect's ``done`` parameter.
NOTICES = {
    "loaded": "Loaded list {name}.",
    "reloaded": "Reloaded list {name}.",
    "deleted": "Deleted list {name} and the hits found on it.",
}


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


@router.get("/admin/lists")
def lists_page(request: Request, store: Store = Depends(get_store)) -> Response:
    template = NOTICES.get(request.query_params.get("done", ""))
    context = {
        "lists": list_lists(store),
        "formats": FORMATS,
        "notice": template.format(name=request.query_params.get("name", "")) if template else None,
        "screen_on_ingest": _settings(request).screen_on_ingest,
    }
    return render(request, "admin_lists.html", context)


@router.post("/admin/lists")
def load_list(
    request: Request,
    path: str = Form(""),
    list_format: str = Form("", alias="format"),
    name: str = Form(""),
    store: Store = Depends(get_store),
) -> Response:
    if not path.strip():
        raise UsageError("give the path of the list file or folder on the server")
    if list_format and list_format not in FORMATS:
        raise UsageError(f"unknown list format {list_format!r}; use one of {', '.join(FORMATS)}")
    summary = listadmin.load(
        store, path.strip(), _settings(request), list_format or None, name.strip() or None
    )
    return back("/admin/lists", "loaded", summary["name"])


@router.post("/admin/lists/{name}/reload")
def reload_list(request: Request, name: str, store: Store = Depends(get_store)) -> Response:
    listadmin.reload(store, name, _settings(request))
    return back("/admin/lists", "reloaded", name)


@router.post("/admin/lists/{name}/delete")
def delete_list(request: Request, name: str, store: Store = Depends(get_store)) -> Response:
    listadmin.delete(store, name, _settings(request))
    return back("/admin/lists", "deleted", name)
