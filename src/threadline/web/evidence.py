"""An entity's evidence and roles as the entity page shows them: one item per sentence
(every mention in it marked) and one line per role (every source linked once)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup, escape

_SPACE = re.compile(r"\s+")


def marked_sentence(sentence: str, spans: Iterable[tuple[int, int]]) -> Markup:
    """``sentence`` (trailing blank lines dropped) with each ``[start, end)`` (offsets within
    it) in ``<mark>``; overlapping spans are marked once."""
    text = sentence.rstrip()
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(end, len(text))
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    parts: list[str] = []
    cursor = 0
    for start, end in merged:
        parts += [str(escape(text[cursor:start])), f"<mark>{escape(text[start:end])}</mark>"]
        cursor = end
    parts.append(str(escape(text[cursor:])))
    # every text piece above went through escape()
    return Markup("".join(parts))  # nosec B704


def group_evidence(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence rows of one entity merged per sentence: ``{document, title, sentence_start,
    sentence_end, html, mentions}``; a sentence naming the entity three times is one item with
    three marks, not three copies of the sentence."""
    groups: dict[tuple[str, int], dict[str, Any]] = {}
    for row in rows:
        key = (row["document"], row["sentence_start"])
        group = groups.get(key)
        if group is None:
            sentence = row["sentence"] or ""
            group = groups[key] = {
                "document": row["document"],
                "title": row.get("title"),
                "sentence": sentence,
                "sentence_start": row["sentence_start"],
                "sentence_end": row["sentence_start"] + len(sentence.rstrip()),
                "mentions": [],
            }
        group["mentions"].append(row)
    for group in groups.values():
        offset = group["sentence_start"]
        spans = [(m["start"] - offset, m["end"] - offset) for m in group["mentions"]]
        group["html"] = marked_sentence(group.pop("sentence"), spans)
    return list(groups.values())


def role_key(role: str) -> str:
    """Roles that differ only in case or spacing are one role ("Treasury secretary")."""
    return _SPACE.sub(" ", role).strip().casefold()


def group_roles(roles: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Roles merged by :func:`role_key`: ``{role, sources: [{document, start, end}]}``, each
    document listed once per role (its first mention), in order of first appearance."""
    groups: dict[str, dict[str, Any]] = {}
    for item in roles:
        group = groups.setdefault(role_key(item["role"]), {"role": item["role"], "sources": []})
        if all(s["document"] != item["document"] for s in group["sources"]):
            group["sources"].append({k: item[k] for k in ("document", "start", "end")})
    return list(groups.values())
