"""The upload page: pick files and a collection; progress shown while they are ingested."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from threadline.api.auth import get_store, require_writer
from threadline.api.routes.collections import readable_collections
from threadline.api.routes.documents import upload_documents
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.web.templating import render

router = APIRouter(include_in_schema=False)


def _writable(store: Store, account: Account) -> list[str]:
    names = [c["name"] for c in readable_collections(store, account) if c["access"] == "write"]
    return names or (["default"] if account.is_admin else [])


@router.get("/upload")
def upload_page(
    request: Request,
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    return render(request, "upload.html", {"collections": _writable(store, account)})


@router.post("/upload")
def upload(
    request: Request,
    files: list[UploadFile] = File(...),
    collection: str = Form("default"),
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    """Without JavaScript the form posts here and the report is shown as a page."""
    report = upload_documents(request, files, collection, account, store)
    return render(
        request,
        "upload.html",
        {"collections": _writable(store, account), "report": report, "chosen": collection},
    )
