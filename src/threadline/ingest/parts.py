"""Huge text files → several parts, read in a streaming fashion with bounded memory.

A file is decoded chunk by chunk with an incremental decoder whose encoding is chosen
from the first megabyte; the text is cut into parts of at most ``split_chars``
characters at a paragraph break, else a line break, else a space. Joining the parts in
order gives back the whole text (with ``\\r\\n`` → ``\\n``), so nothing is lost or moved.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain

from threadline.ingest.text import choose_encoding, replaced_warning

#: Bytes looked at to choose the encoding of a streamed file.
SAMPLE_BYTES = 1 << 20


@dataclass
class StreamInfo:
    """What decoding a stream found: the encoding chosen and warnings as they arise."""

    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


def iter_text_parts(
    chunks: Iterable[bytes], name: str, split_chars: int, info: StreamInfo
) -> Iterator[tuple[str, bool]]:
    """The text of a byte stream as ``(part, is_last)``, parts of at most ``split_chars``
    characters (see :func:`split_text`).

    The encoding chosen and warnings about the decoding are recorded in ``info`` as
    they arise, so a caller can attach them to the part being built.
    """
    stream = iter(chunks)
    head: list[bytes] = []
    size = 0
    for chunk in stream:
        head.append(chunk)
        size += len(chunk)
        if size >= SAMPLE_BYTES:
            break
    sample = b"".join(head)
    del head
    encoding, errors, found = choose_encoding(sample, name, complete=size < SAMPLE_BYTES)
    info.encoding = encoding
    info.warnings.extend(found)
    texts = decode_stream(chain([sample], stream), encoding, errors, name, info.warnings)
    return split_text(texts, split_chars)


def decode_stream(
    chunks: Iterable[bytes], encoding: str, errors: str, name: str, warnings: list[str]
) -> Iterator[str]:
    """Decode chunk by chunk; ``\\r\\n`` → ``\\n`` even when a chunk ends between the two.

    Bytes that do not decode switch the decoder to replacement, with one warning.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    carry = ""
    for chunk in chain(chunks, [b""]):
        final = chunk == b""
        try:
            text = decoder.decode(chunk, final=final)
        except UnicodeDecodeError:
            # The decoder keeps its state when it raises, so the chunk can be decoded again.
            decoder.errors = "replace"
            warnings.append(replaced_warning(name, encoding))
            text = decoder.decode(chunk, final=final)
        text = carry + text
        carry = ""
        if text.endswith("\r") and not final:
            carry, text = "\r", text[:-1]
        if text:
            yield text.replace("\r\n", "\n")


def split_text(texts: Iterable[str], split_chars: int) -> Iterator[tuple[str, bool]]:
    """Re-cut a stream of text pieces into parts of at most ``split_chars`` characters.

    Yields ``(part, is_last)``, so a caller knows whether more follow without reading
    ahead. Only the part being built and the last piece read are held in memory.
    """
    limit = max(1, split_chars)
    buffer = ""
    for piece in texts:
        buffer += piece
        del piece
        while len(buffer) > limit:
            cut = cut_point(buffer, limit)
            part, buffer = buffer[:cut], buffer[cut:]
            yield part, False  # what remains in buffer is never empty: cut <= limit
            del part  # not kept alive while the next part is built
    yield buffer, True


def cut_point(text: str, limit: int) -> int:
    """Where to end a part of at most ``limit`` characters: after a paragraph break, a
    line break or a space in its second half, else at ``limit`` exactly."""
    for separator in ("\n\n", "\n", " "):
        index = text.rfind(separator, limit // 2, limit)
        if index != -1 and index + len(separator) <= limit:
            return index + len(separator)
    return limit
