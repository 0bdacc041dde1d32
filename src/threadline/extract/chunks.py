"""Splitting long texts into parts the NLP pipeline can take, at natural boundaries.

Parts are consecutive and cover the text exactly (``"".join(parts) == text``), so an
offset inside a part plus the part's offset is an offset into the whole text.
"""

from __future__ import annotations

#: Preferred places to cut, best first: paragraph, line, sentence, word.
_BOUNDARIES = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


def cut_point(text: str, start: int, max_chars: int) -> int:
    """Where the part starting at ``start`` should end (exclusive), at most ``max_chars`` on."""
    limit = start + max_chars
    if limit >= len(text):
        return len(text)
    floor = start + max_chars // 4  # don't make tiny parts to reach a boundary
    for boundary in _BOUNDARIES:
        at = text.rfind(boundary, floor, limit - len(boundary) + 1)
        if at != -1:
            return at + len(boundary)
    return limit


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """``(offset, part)`` pairs covering ``text``; each part has at most ``max_chars``."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = cut_point(text, start, max_chars)
        parts.append((start, text[start:end]))
        start = end
    return parts or [(0, text)]
