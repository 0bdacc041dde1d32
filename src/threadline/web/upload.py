"""The upload page: pick files and a collection; progress shown while they are ingested."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from threadline.access import get_store, require_writer
from threadline.services.collections import writable_collections
from threadline.services.uploads import ingest_uploads
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/upload")
def upload_page(
    request: Request,
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    return render(request, "upload.html", {"collections": writable_collections(store, account)})


@router.post("/upload")
def upload(
    request: Request,
    files: list[UploadFile] = File(...),
    collection: str = Form("default"),
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> Response:
    """Without JavaScript the form posts here and the report is shown as a page."""
    report = ingest_uploads(store, request.app.state.settings, account, files, collection)
    return render(
        request,
        "upload.html",
        {
            "collections": writable_collections(store, account),
            "report": report,
            "chosen": collection,
        },
    )
