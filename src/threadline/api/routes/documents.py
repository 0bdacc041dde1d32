"""``/api/documents``: list, read and upload documents (single files or batches)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile

from threadline.api.auth import check_write, current_account, get_store, readable, require_writer
from threadline.api.filenames import safe_file_name
from threadline.api.routes.params import Page, page
from threadline.errors import NotFoundError, UsageError
from threadline.model import Document
from threadline.settings import Settings
from threadline.store import documents as docs_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(prefix="/documents", tags=["documents"])

#: Uploads larger than this in total are refused before anything is ingested.
MAX_UPLOAD_BYTES = 64 * 1024 * 1024


@router.get("")
def list_documents(
    collection: list[str] | None = Query(None, description="Only these collections."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """Documents the user may read: ``[{id, title, source, date, chars, collection}]``."""
    return docs_store.list_documents(
        store, collections=readable(account, collection), limit=paging.limit, offset=paging.offset
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
    collection = collection.strip() or "default"
    check_write(account, collection)
    # Imported here: the pipeline loads spaCy, which most requests never need.
    from threadline.ingest import iter_documents
    from threadline.pipeline import ingest_items

    settings: Settings = request.app.state.settings
    with tempfile.TemporaryDirectory(prefix="threadline-upload-") as tmp:
        paths = _save_uploads(files, Path(tmp))
        items = iter_documents(paths, settings=settings, collection=collection)
        report = ingest_items(store, _renamed(items, tmp), settings=settings)
    return {**report.as_dict(), "documents": report.documents}


def _save_uploads(files: Iterable[UploadFile], folder: Path) -> list[str]:
    total = 0
    paths = []
    for index, upload in enumerate(files):
        name = safe_file_name(upload.filename)
        target = folder / f"{index:04d}" / name
        target.parent.mkdir()
        with target.open("wb") as out:
            while chunk := upload.file.read(1 << 20):
                total += len(chunk)
                if total > MAX_UPLOAD_BYTES:
                    raise UsageError(
                        f"upload larger than {MAX_UPLOAD_BYTES >> 20} MiB; use `threadline ingest`"
                    )
                out.write(chunk)
        paths.append(str(target))
    return paths


def _renamed(items: Iterable[Any], tmp: str) -> Iterator[Any]:
    """Report uploads by their file names (``upload/NAME``), not by the temporary path."""

    def rename(path: str) -> str:
        if not path.startswith(tmp):
            return path
        return "upload/" + path[len(tmp) :].lstrip("/").split("/", 1)[-1]

    for item in items:
        if isinstance(item, Document):
            item.source = rename(item.source)
        else:  # an IngestFailure
            item.path = rename(item.path)
        yield item
