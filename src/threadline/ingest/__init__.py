"""Ingest: paths and standard input → :class:`~threadline.model.Document` objects, streamed.

``iter_documents`` walks files and folders lazily, picks a reader per file (by
extension, checked against the content), and yields one :class:`Document` per text
(or per record, for JSON; or per part, for huge text files) and one
:class:`IngestFailure` per input that cannot be read. It never raises for a bad input:
one bad document never stops a batch. Duplicates are left to the store.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from threadline.errors import IngestError
from threadline.ingest.dateline import date_from_text
from threadline.ingest.failure import IngestFailure
from threadline.ingest.headline import headline_title
from threadline.ingest.htmlpage import read_html
from threadline.ingest.jsonrec import read_json, read_jsonl
from threadline.ingest.language import add_language
from threadline.ingest.markdown import read_markdown
from threadline.ingest.markup import apply_markup
from threadline.ingest.parts import StreamInfo, iter_text_parts
from threadline.ingest.pdf import read_pdf
from threadline.ingest.printable import printable
from threadline.ingest.sniff import detect_format
from threadline.ingest.source import (
    HEAD_BYTES,
    iter_chunks,
    iter_lines,
    open_input,
    read_up_to,
    too_large_message,
)
from threadline.ingest.text import decode, require_text
from threadline.ingest.urls import check_document_url
from threadline.ingest.walk import STDIN, os_message, walk
from threadline.model import Document
from threadline.settings import Settings

__all__ = ["IngestFailure", "iter_documents"]

#: How standard input is named in titles and file-type detection.
STDIN_NAME = "<stdin>"


def iter_documents(
    paths: Sequence[str],
    *,
    settings: Settings,
    collection: str = "default",
    stdin: BinaryIO | None = None,
) -> Iterator[Document | IngestFailure]:
    """Documents from files, folders (walked recursively) and ``-`` (standard input).

    Yields, lazily and in a stable order, a :class:`Document` for every text read and an
    :class:`IngestFailure` (path + one-line error) for every input or record that could
    not be read. ``stdin`` replaces ``sys.stdin.buffer`` for ``-``. Every document gets
    ``collection``.
    """
    for item in walk(paths):
        if isinstance(item, IngestFailure):
            item.path, item.error = printable(item.path), printable(item.error)
            yield item
            continue
        for result in _read_safely(item, settings, stdin):
            if isinstance(result, IngestFailure):
                result.path, result.error = printable(result.path), printable(result.error)
            else:
                result.source = printable(result.source)
                result.title = printable(result.title) if result.title else result.title
                result.collection = collection
                result.url = check_document_url(result.url, result.warnings)
                date_from_head(result)
                add_language(result)
            yield result
            del result  # huge files come in parts: hold none while the next is read


def date_from_head(document: Document) -> None:
    """Give an undated document the date its byline or dateline states, if any.

    ``metadata["date_source"]`` says where the date came from (``"text"``).
    """
    if document.date is None:
        document.date = date_from_text(document.text)
        if document.date is not None:
            document.metadata["date_source"] = "text"


def _read_safely(
    path: str, settings: Settings, stdin: BinaryIO | None
) -> Iterator[Document | IngestFailure]:
    """The documents of one input; any error becomes an :class:`IngestFailure`."""
    try:
        yield from _read(path, settings, stdin)
    except IngestError as error:
        yield IngestFailure(path, error.message)
    except OSError as error:
        yield IngestFailure(path, os_message(error))
    except (MemoryError, RecursionError) as error:
        yield IngestFailure(
            path, f"too large or too deeply nested to read ({type(error).__name__})"
        )
    except Exception as error:  # one bad input never stops a batch, whatever went wrong
        detail = " ".join(str(error).split())[:200]
        yield IngestFailure(
            path, f"unexpected error ({type(error).__name__}: {detail}); please report this file"
        )


def _read(
    path: str, settings: Settings, stdin: BinaryIO | None
) -> Iterator[Document | IngestFailure]:
    is_stdin = path == STDIN
    name = STDIN_NAME if is_stdin else path
    with open_input(path, stdin, is_stdin=is_stdin) as opened:
        limit = settings.max_file_bytes
        if opened.size is not None and opened.size > limit:
            raise IngestError(too_large_message(opened.size, limit))
        head = read_up_to(opened.stream, HEAD_BYTES)
        if not head.strip() and len(head) < HEAD_BYTES:
            raise IngestError("empty file: there is no text to ingest")
        fmt = detect_format(name, head, complete=len(head) < HEAD_BYTES)
        chunks = iter_chunks(opened.stream, head, limit)
        base = STDIN_NAME if is_stdin else os.path.basename(path)
        if fmt == "txt":
            yield from _text_documents(chunks, path, name, base, settings.split_chars)
        elif fmt == "jsonl":
            yield from read_jsonl(iter_lines(chunks), path)
        else:
            data = b"".join(chunks)
            if fmt == "json":
                yield from read_json(data, path)
            elif fmt == "md":
                yield read_markdown(decode(data, name), path)
            elif fmt == "html":
                yield read_html(data, path, base)
            else:
                yield read_pdf(data, path, base)


def _text_documents(
    chunks: Iterator[bytes], source: str, name: str, base: str, split_chars: int
) -> Iterator[Document]:
    """One document for a text, or numbered parts when it is longer than ``split_chars``."""
    info = StreamInfo()
    for number, (text, is_last) in enumerate(
        iter_text_parts(chunks, name, split_chars, info), start=1
    ):
        if number == 1 and is_last:
            yield _text_document(require_text(text), source, base, info, None)
        else:
            yield _text_document(text, source, base, info, number)
        del text  # a part is not kept alive while the next one is read


def _text_document(
    text: str, source: str, base: str, info: StreamInfo, part: int | None
) -> Document:
    """A text document titled with its headline, else its file name (part number, for a part).

    Markdown links and emphasis in the text are read as their text
    (:mod:`threadline.ingest.markup`).
    """
    metadata: dict[str, object] = {}
    text = apply_markup(text, metadata)
    if part is not None:
        metadata["part"] = part
    if info.encoding not in ("utf-8", "utf-8-sig"):
        metadata["encoding"] = info.encoding
    warnings = list(info.warnings)
    info.warnings.clear()
    if part is not None:
        title: str | None = f"{base} (part {part})"
    else:
        title = headline_title(text) or (None if base == STDIN_NAME else base)
    return Document(
        text=text,
        source=source,
        title=title,
        format="txt",
        metadata=metadata,
        warnings=warnings,
    )
