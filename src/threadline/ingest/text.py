"""Bytes → text: UTF-8 first, then a detected encoding, never a crash.

The only change made to the decoded characters is ``\\r\\n`` → ``\\n`` (the CLI
contract: a ``.txt`` document's text is its decoded content with nothing else changed).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from threadline.errors import IngestError

#: Byte-order marks and the codec that reads (and drops) each; UTF-32 before UTF-16.
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Above this share of "mess" charset-normalizer's guess is not trusted.
MAX_CHAOS = 0.15
#: Below this language coherence a guess for a short text is not trusted (one "é" alone
#: is read as EBCDIC otherwise).
MIN_COHERENCE = 0.05
#: Chosen among equally likely guesses: Windows' Western European code page.
PREFERRED = "cp1252"


@dataclass
class Decoded:
    """Decoded text, the encoding used and any warnings about the decoding."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, name: str) -> Decoded:
    """Decode a whole file: BOM, else strict UTF-8, else (each with a warning) UTF-8 with
    replacement when most non-ASCII bytes are UTF-8, else cp1252 for mostly-ASCII
    Western text, else charset-normalizer's guess. ``\\r\\n`` becomes ``\\n``.
    """
    encoding, errors, warnings = choose_encoding(data, name, complete=True)
    try:
        text = data.decode(encoding, errors=errors)
    except UnicodeDecodeError:  # e.g. UTF-16 with a byte missing at the end
        text = data.decode(encoding, errors="replace")
        warnings.append(replaced_warning(name, encoding))
    except LookupError:  # a codec name Python does not know
        text = data.decode("utf-8", errors="replace")
        warnings.append(replaced_warning(name, "utf-8"))
        encoding = "utf-8"
    return Decoded(normalize_newlines(text), encoding, warnings)


def choose_encoding(sample: bytes, name: str, *, complete: bool) -> tuple[str, str, list[str]]:
    """(encoding, error handler, warnings) for text that starts with ``sample``.

    ``complete`` says whether ``sample`` is the whole text (else a multi-byte character
    may be cut at its end, which is not an error).
    """
    for bom, codec in BOMS:
        if sample.startswith(bom):
            return codec, "strict", []
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", "strict", []
    if mostly_utf8(sample):  # a few bad bytes in UTF-8 text: keep the UTF-8
        return "utf-8", "replace", [replaced_warning(name, "utf-8")]
    if western_cp1252(sample):
        return PREFERRED, "replace", [guessed_warning(name, PREFERRED)]
    guess = _guess(sample)
    if guess is None:
        return "utf-8", "replace", [replaced_warning(name, "utf-8")]
    return guess, "replace", [guessed_warning(name, guess)]


#: At most this share of a text's bytes may be non-ASCII for the cp1252 guess (Western
#: text has few accented letters; Cyrillic or Greek in a legacy code page has many).
MAX_HIGH_SHARE = 0.1


def mostly_utf8(sample: bytes) -> bool:
    """More characters decode as multi-byte UTF-8 than bytes fail to: UTF-8 with damage."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return good > bad


def western_cp1252(sample: bytes) -> bool:
    """Mostly ASCII, and every other byte a cp1252 character: Western European text."""
    high = sum(1 for b in sample if b > 127)
    if high > MAX_HIGH_SHARE * max(1, len(sample)):
        return False
    try:
        sample.decode(PREFERRED)
    except UnicodeDecodeError:
        return False
    return True


def guessed_warning(name: str, encoding: str) -> str:
    """The warning for text that was not UTF-8, so its encoding had to be guessed."""
    return f"{name}: not UTF-8; encoding guessed as {encoding}. Check the text, or convert it"


def _guess(sample: bytes) -> str | None:
    """charset-normalizer's encoding for ``sample``, or ``None`` when it is unsure."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    if best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        return None
    # Equally good guesses are common for Western text (cp1250, cp1252, cp1257 read
    # "Café" alike); prefer the encoding such text is most often really in.
    for match in matches:
        tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        if tied and PREFERRED in match.could_be_from_charset:
            return PREFERRED
    return str(best.encoding)


def replaced_warning(name: str, encoding: str) -> str:
    """The warning for text whose undecodable bytes were replaced by U+FFFD."""
    return (
        f"{name}: undecodable bytes replaced (read as {encoding});"
        " check the file's encoding and convert it to UTF-8"
    )


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` → ``\\n``; nothing else changes (a lone ``\\r`` stays)."""
    return text.replace("\r\n", "\n")


def require_text(text: str) -> str:
    """``text``, or :class:`IngestError` when it is empty or whitespace only."""
    if not text.strip():
        raise IngestError("empty file: there is no text to ingest")
    return text
