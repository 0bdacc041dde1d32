"""``/api/documents``: list, read and upload documents (single files or batches)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile

from threadline.access import current_account, get_store, readable, require_writer
from threadline.api.routes.params import Page, page, send_total
from threadline.errors import NotFoundError
from threadline.services.uploads import ingest_uploads
from threadline.store import documents as docs_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("")
def list_documents(
    response: Response,
    collection: list[str] | None = Query(None, description="Only these collections."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """Documents the user may read: ``[{id, title, source, date, chars, collection}]``;
    ``X-Total-Count`` says how many there are in all."""
    scope = readable(account, collection)
    send_total(response, docs_store.count_documents(store, scope))
    return docs_store.list_documents(
        store, collections=scope, limit=paging.limit, offset=paging.offset
    )


@router.get("/{doc_id}")
def get_document(
    doc_id: str, account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> dict[str, Any]:
    """One document with its text (every offset in the API refers to this text)."""
    doc = docs_store.get_document(store, doc_id, collections=readable(account))
    if doc is None:
        raise NotFoundError(f"no document {doc_id!r} that you may read")
    return doc


@router.post("")
def upload_documents(
    request: Request,
    files: list[UploadFile] = File(..., description="One or more files (txt, md, html, json…)."),
    collection: str = Form("default", description="Collection the documents join."),
    account: Account = Depends(require_writer),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Ingest uploaded files like ``threadline ingest``: ``{ingested, duplicates, failed}``."""
    return ingest_uploads(store, request.app.state.settings, account, files, collection)
