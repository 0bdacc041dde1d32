"""A document's text as HTML, its mentions linked to their entities and quotes marked.

Mentions, quotes and the span a link asked to highlight may nest or overlap, so the text
is cut at every span boundary and each piece is wrapped in the spans covering it; a
mention cut in two by a quote boundary becomes two links to the same entity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

_LINE_GAP = re.compile(r"[ \t]*\n\s*")


def _clip(value: int, size: int) -> int:
    return max(0, min(int(value), size))


def document_html(
    text: str,
    mentions: Sequence[dict[str, Any]],
    quotes: Sequence[dict[str, Any]] = (),
    highlight: tuple[int, int] | None = None,
) -> Markup:
    """HTML for ``text`` (escaped) with ``<a class="m t-Type">`` per mention, ``<q>``-like
    spans for quotes and ``<mark id="hl">`` around ``highlight``; line breaks between
    paragraphs stay outside every mark, so no empty box is drawn over a blank line."""
    size = len(text)
    spans: list[tuple[int, int, str, dict[str, Any]]] = []
    for m in mentions:
        spans.append((_clip(m["start"], size), _clip(m["end"], size), "mention", m))
    for q in quotes:
        spans.append((_clip(q["start"], size), _clip(q["end"], size), "quote", q))
    if highlight:
        spans.append((_clip(highlight[0], size), _clip(highlight[1], size), "hl", {}))
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    cuts = {0, size}
    for index, (start, end, _kind, _item) in enumerate(spans):
        if end <= start:
            continue
        starts[start].append(index)
        ends[end].append(index)
        cuts.update((start, end))
    for gap in _LINE_GAP.finditer(text):  # blank lines become pieces of their own
        cuts.update(gap.span())
    active: set[int] = set()
    opened: set[int] = set()
    parts: list[str] = []
    points = sorted(cuts)
    for a, b in zip(points, points[1:], strict=False):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        piece = str(escape(text[a:b]))
        if "\n" in piece and not piece.strip():
            parts.append(piece)  # a blank line is never boxed, marked or underlined
            continue
        kinds = {spans[i][2]: i for i in sorted(active)}
        if "mention" in kinds:
            piece = _mention(piece, spans[kinds["mention"]], first=kinds["mention"] not in opened)
            opened.add(kinds["mention"])
        if "quote" in kinds:
            speaker = spans[kinds["quote"]][3].get("speaker") or "unknown speaker"
            title = escape(f"quoted: {speaker}")
            piece = f'<span class="quote" title="{title}">{piece}</span>'
        if "hl" in kinds:
            anchor = ' id="hl"' if kinds["hl"] not in opened else ""
            opened.add(kinds["hl"])
            piece = f'<mark class="hl"{anchor}>{piece}</mark>'
        parts.append(piece)
    # pieces are escape()d text in fixed tags
    return Markup("".join(parts))  # nosec B704


def _mention(piece: str, span: tuple[int, int, str, dict[str, Any]], *, first: bool) -> str:
    start, end, _kind, m = span
    type_ = escape(m.get("type") or "")
    anchor = f' id="m-{start}-{end}"' if first else ""
    label = f"{m.get('type')}: {m.get('entity_name') or m.get('text')}"
    if m.get("kind", "name") != "name":  # "he", "the ministry": say how it was linked
        label += f" ({m['kind']}, linked by {m.get('rule') or 'an unrecorded rule'})"
    title = escape(label)
    href = "/entities/" + quote(str(m.get("entity") or ""), safe="")
    return f'<a class="m t-{type_}" href="{href}"{anchor} title="{title}">{piece}</a>'


def sentence_html(sentence: str, start: int, end: int) -> Markup:
    """A sentence with the words at ``[start, end)`` (offsets within it) marked."""
    start, end = _clip(start, len(sentence)), _clip(end, len(sentence))
    # the three slices are escape()d
    return Markup(  # nosec B704
        f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>"
        f"{escape(sentence[end:])}"
    )


def event_html(event: dict[str, Any]) -> Markup:
    """An event's evidence sentence with its trigger words marked ("…marines
    <mark>arrested</mark> Ovidio Guzman…")."""
    offset = event["start"]
    return sentence_html(
        event["sentence"], event["trigger_start"] - offset, event["trigger_end"] - offset
    )
