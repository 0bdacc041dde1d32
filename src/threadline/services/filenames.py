"""Safe names for uploaded files: whatever name a client sends, saving never fails.

A client's file name may hold folders (``../../x``), be ``.`` or ``..``, hold characters
a file system refuses, or be longer than a file name may be (255 bytes on most). The
upload is saved under a safe name and reported by it.
"""

from __future__ import annotations

import re

#: Characters replaced by ``_`` in a saved name.
_UNSAFE = re.compile(r"[^\w.\- ]+")

#: Longest saved name in UTF-8 bytes (file systems allow 255; leave room).
MAX_NAME_BYTES = 120


def safe_file_name(name: str | None, fallback: str = "upload") -> str:
    """``name`` without folders or unsafe characters, at most :data:`MAX_NAME_BYTES`
    bytes (its extension kept), never empty, ``.`` or ``..``."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    if not base:
        return fallback
    stem, dot, extension = base.rpartition(".")
    if not dot or len(extension.encode()) > 16:
        stem, extension = base, ""
    suffix = f".{extension}" if extension else ""
    room = MAX_NAME_BYTES - len(suffix.encode())
    stem = stem.encode()[:room].decode("utf-8", "ignore").strip(" .")
    return f"{stem or fallback}{suffix}"
