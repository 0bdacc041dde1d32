"""File names that can be stored and printed, whatever bytes the file system holds.

On Linux a file name is bytes; Python gives undecodable bytes back as lone surrogates
(``\\udcff``), which cannot be written as UTF-8 to the database or to standard output.
They are shown as ``\\xff`` escapes instead, so one odd name never stops a batch.
"""

from __future__ import annotations


def printable(text: str) -> str:
    """``text`` with undecodable file-name bytes written as ``\\xNN`` escapes."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")
