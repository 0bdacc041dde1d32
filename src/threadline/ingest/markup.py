"""Markdown links and emphasis → their text, for ``.md`` files and ``.txt`` files that use them.

Writers paste Markdown into plain text ("[Viktor Bout](https://…) was **arrested**").
Extraction should read "Viktor Bout was arrested": brackets, addresses and asterisks
split names and sentences otherwise. Only unambiguous forms are read: a link is
``[text](address)`` with no space in the address; emphasis is ``*…*``, ``**…**``,
``_…_`` or ``__…__`` around words on one line, so "5 * 3" and ``snake_case`` stay as
they are. The link addresses are kept (see :func:`read_markup`), so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,300})\]\(([^()\s]{1,2000})(?:\s+\"[^\"\n]*\")?\)")
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,300})\]\(([^()\s]{1,2000})(?:\s+\"[^\"\n]*\")?\)")
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,300}?)(?<=[^\s*_])\1(?![\w*])")


@dataclass
class Markup:
    """Text with Markdown links and emphasis read as their text, and the links found."""

    text: str
    links: list[dict[str, str]] = field(default_factory=list)
    #: Whether any Markdown was read (the text differs from what was written).
    changed: bool = False


def apply_markup(text: str, metadata: dict[str, object]) -> str:
    """``text`` read by :func:`read_markup`; when Markdown was read, ``metadata`` gets
    ``markup: "markdown"`` and ``links`` (the addresses the text no longer shows)."""
    markup = read_markup(text)
    if markup.changed:
        metadata["markup"] = "markdown"
        if markup.links:
            metadata["links"] = markup.links
    return markup.text


def read_markup(text: str) -> Markup:
    """``text`` with ``[text](address)`` → ``text``, ``![alt](address)`` → ``alt`` and
    emphasis markers removed; the links as ``{"text", "url"}`` in order of appearance."""
    links: list[dict[str, str]] = []

    def link(match: re.Match[str]) -> str:
        links.append({"text": match.group(1), "url": match.group(2)})
        return match.group(1)

    result = _IMAGE.sub(link, text)
    result = _LINK.sub(link, result)
    result = _STRONG.sub(r"\2", result)
    result = _EMPHASIS.sub(r"\2", result)
    return Markup(result, links, changed=result != text)
