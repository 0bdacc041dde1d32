"""Ingest files uploaded over HTTP, like ``threadline ingest`` does for files on disk."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from threadline.access import check_write
from threadline.errors import UsageError
from threadline.model import Document
from threadline.services.filenames import safe_file_name
from threadline.settings import Settings
from threadline.store.auth import Account
from threadline.store.base import Store

#: Uploads larger than this in total are refused before anything is ingested.
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
TOO_LARGE = f"upload larger than {MAX_UPLOAD_BYTES >> 20} MiB; use `threadline ingest`"


class Upload(Protocol):
    """One uploaded file (FastAPI's ``UploadFile`` is one)."""

    filename: str | None
    file: BinaryIO


def ingest_uploads(
    store: Store, settings: Settings, account: Account, files: Iterable[Upload], collection: str
) -> dict[str, Any]:
    """Check the user may write to ``collection``, then ingest the files:
    ``{ingested, duplicates, failed, documents}``."""
    collection = collection.strip() or "default"
    check_write(account, collection)
    # Imported here: the pipeline loads spaCy, which most requests never need.
    from threadline.ingest import iter_documents
    from threadline.pipeline import ingest_items

    with tempfile.TemporaryDirectory(prefix="threadline-upload-") as tmp:
        paths = _save_uploads(files, Path(tmp))
        items = iter_documents(paths, settings=settings, collection=collection)
        report = ingest_items(store, _renamed(items, tmp), settings=settings)
    return {**report.as_dict(), "documents": report.documents}


def _save_uploads(files: Iterable[Upload], folder: Path) -> list[str]:
    used = 0
    paths = []
    for index, upload in enumerate(files):
        name = safe_file_name(upload.filename)
        target = folder / f"{index:04d}" / name
        target.parent.mkdir()
        used += save_limited(upload, target, MAX_UPLOAD_BYTES - used, TOO_LARGE)
        paths.append(str(target))
    return paths


def save_limited(upload: Upload, target: Path, room: int, too_large: str) -> int:
    """Copy an upload to ``target``, a megabyte at a time; the bytes written.

    Raises :class:`UsageError` with the message ``too_large`` as soon as more than ``room``
    bytes come."""
    written = 0
    with target.open("wb") as out:
        while chunk := upload.file.read(1 << 20):
            written += len(chunk)
            if written > room:
                raise UsageError(too_large)
            out.write(chunk)
    return written


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
