"""Opening one input (a file, a pipe or standard input) and reading it in chunks.

Reading is bounded: a regular file's size is checked before it is read, and a stream
of unknown size is refused once it passes the limit.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from threadline.errors import IngestError

#: Bytes read first, to decide the format.
HEAD_BYTES = 64 * 1024
#: Bytes read at a time after the head.
CHUNK_BYTES = 1 << 20


@dataclass
class Opened:
    """An open input: its binary stream and its size when known (``None`` for pipes)."""

    stream: BinaryIO
    size: int | None


@contextmanager
def open_input(path: str, stdin: BinaryIO | None, *, is_stdin: bool) -> Iterator[Opened]:
    """Open ``path`` for reading, or standard input (``stdin``, else ``sys.stdin.buffer``).

    Standard input is not closed afterwards.
    """
    if is_stdin:
        stream = stdin if stdin is not None else _sys_stdin()
        yield Opened(stream, None)
        return
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        yield Opened(handle, info.st_size if stat.S_ISREG(info.st_mode) else None)


def _sys_stdin() -> BinaryIO:
    if sys.stdin is None or not hasattr(sys.stdin, "buffer"):
        raise IngestError("standard input is not available; pass file paths instead of '-'")
    return sys.stdin.buffer


def read_up_to(stream: BinaryIO, count: int) -> bytes:
    """Up to ``count`` bytes; fewer only at the end of the stream (pipes give short reads)."""
    pieces: list[bytes] = []
    remaining = count
    while remaining > 0:
        piece = stream.read(remaining)
        if not piece:
            break
        pieces.append(piece)
        remaining -= len(piece)
    return b"".join(pieces)


def iter_chunks(stream: BinaryIO, head: bytes, limit: int) -> Iterator[bytes]:
    """``head``, then the rest of ``stream`` in chunks; :class:`IngestError` past ``limit``."""
    total = 0
    chunk = head
    while chunk:
        total += len(chunk)
        if total > limit:
            raise IngestError(too_large_message(None, limit))
        yield chunk
        chunk = stream.read(CHUNK_BYTES)


def iter_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a chunked byte stream, without their line endings."""
    pending = b""
    for chunk in chunks:
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        for line in lines:
            yield line.removesuffix(b"\r")
    if pending:
        yield pending.removesuffix(b"\r")


def too_large_message(size: int | None, limit: int) -> str:
    """The error for an input above ``max_file_bytes``."""
    what = f"{size:,} bytes" if size is not None else "the input"
    return (
        f"file too large: {what} is over the limit of {limit:,} bytes; split it into smaller"
        " files or raise the limit with THREADLINE_MAX_FILE_BYTES"
    )
