"""Word lists kept as data files under ``threadline/extract/data/`` (one list per concept).

A list file holds one entry per line; ``#`` starts a comment, blank lines are skipped,
entries are lower-cased. :func:`words` reads a list as a set of entries;
:func:`table` reads lines of several whitespace-separated fields (the first is the key).
Files are read once and cached.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from threadline.errors import ExtractError


def _lines(name: str) -> list[str]:
    path = resources.files("threadline.extract").joinpath(f"data/{name}.txt")
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as exc:
        raise ExtractError(f"word list data/{name}.txt is missing from the package") from exc
    found = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line:
            found.append(" ".join(line.split()))
    return found


@cache
def words(name: str) -> frozenset[str]:
    """The entries of list ``name`` (``data/<name>.txt``), lower-cased."""
    return frozenset(_lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The lines of list ``name`` split into fields, in file order."""
    return tuple(tuple(line.split()) for line in _lines(name))
