"""Sanctions lists uploaded over HTTP (the admin page and ``POST /api/lists``).

The files are saved under safe names (:mod:`threadline.services.filenames`) in a temporary
folder, at most :data:`MAX_LIST_BYTES` in all, and loaded as ``threadline lists load``
loads a file: the format is detected from the name and first bytes unless given (OFAC
legacy CSV, UN consolidated XML, FollowTheMoney JSON lines). One file is loaded as it is;
several files are loaded as one folder, which is how OFAC's CSV comes (``sdn.csv`` with
``alt.csv``, ``add.csv`` and ``sdn_comments.csv`` beside it). The list records
``upload/NAME`` as its source, so it is reloaded by uploading it again.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from threadline.errors import ThreadlineError, UsageError
from threadline.screen import listadmin
from threadline.screen.lists import FORMATS
from threadline.services.filenames import safe_file_name
from threadline.services.uploads import Upload, save_limited
from threadline.settings import Settings
from threadline.store.base import Store

#: Uploads of lists larger than this in total are refused (OFAC's CSV files are ~15 MB).
MAX_LIST_BYTES = 128 * 1024 * 1024
TOO_LARGE = (
    f"list upload larger than {MAX_LIST_BYTES >> 20} MiB;"
    " load it from the server with `threadline lists load PATH`"
)


def check_format(fmt: str | None) -> str | None:
    """``fmt`` when it is a list format, ``None`` for "detect"; else a clear error."""
    if not fmt:
        return None
    if fmt not in FORMATS:
        raise UsageError(f"unknown list format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt


def load_uploaded_list(
    store: Store,
    settings: Settings,
    files: Sequence[Upload],
    fmt: str | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    """Load (or replace) the list in the uploaded ``files`` and re-screen as the setting
    says: the summary of :func:`threadline.screen.listadmin.load`."""
    fmt = check_format(fmt)
    if not files:
        raise UsageError("choose the list file to upload")
    with tempfile.TemporaryDirectory(prefix="threadline-list-") as tmp:
        folder = Path(tmp)
        used = 0
        for upload in files:
            target = folder / safe_file_name(upload.filename, "list")
            if target.exists():
                raise UsageError(f"two uploaded files are both named {target.name!r}")
            used += save_limited(upload, target, MAX_LIST_BYTES - used, TOO_LARGE)
        path = folder if len(files) > 1 else target
        source = "upload/" + "+".join(sorted(p.name for p in folder.iterdir()))
        try:
            return listadmin.load(store, str(path), settings, fmt, name or None, source=source)
        except ThreadlineError as error:  # say "upload/…", never the temporary folder
            error.message = error.message.replace(str(folder), "upload")
            error.args = (error.message,)
            raise
