"""Administration of sanctions lists (admins only): upload, load, reload, delete.

A list is uploaded from the admin's computer (:mod:`threadline.services.lists`: size
limit, safe names, format detected), or loaded from a file or folder on the server, as
`threadline lists load` takes it; reload reads that place again. Each change is recorded
in the audit trail and re-screens every extracted entity when the ``screen_on_ingest``
setting is on (:mod:`threadline.services.admin`, :mod:`threadline.screen.listadmin`).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from threadline.access import get_store
from threadline.errors import UsageError
from threadline.screen.lists import FORMATS
from threadline.services import admin
from threadline.services.lists import MAX_LIST_BYTES
from threadline.settings import Settings
from threadline.store.auth import Account
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
        "max_mib": MAX_LIST_BYTES >> 20,
    }
    return render(request, "admin_lists.html", context)


@router.post("/admin/lists")
def load_list(
    request: Request,
    path: str = Form(""),
    list_format: str = Form("", alias="format"),
    name: str = Form(""),
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    if not path.strip():
        raise UsageError("give the path of the list file or folder on the server")
    summary = admin.load_list(
        store, _settings(request), account, path=path.strip(), fmt=list_format, name=name.strip()
    )
    return back("/admin/lists", "loaded", summary["name"])


@router.post("/admin/lists/upload")
def upload_list(
    request: Request,
    files: list[UploadFile] = File(...),
    list_format: str = Form("", alias="format"),
    name: str = Form("", max_length=100),
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    summary = admin.load_list(
        store, _settings(request), account, files=files, fmt=list_format, name=name.strip()
    )
    return back("/admin/lists", "loaded", summary["name"])


@router.post("/admin/lists/{name}/reload")
def reload_list(
    request: Request,
    name: str,
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    admin.reload_list(store, _settings(request), account, name)
    return back("/admin/lists", "reloaded", name)


@router.post("/admin/lists/{name}/delete")
def delete_list(
    request: Request,
    name: str,
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    admin.delete_list(store, _settings(request), account, name)
    return back("/admin/lists", "deleted", name)
