"""What extraction reads from a parsed Doc again and again, computed once per Doc.

spaCy rebuilds ``Doc.text`` by joining every token on each access, and ``Doc.ents``
makes a new Span for every entity on each access. Rules that read them once per
candidate (a date, a trigger, a person) made extraction quadratic in the length of a
part: a one-part document of 2,400 sentences took about 25 s. These helpers keep one
copy per Doc in ``doc.user_data`` and answer with a binary search.

The text and the sentence starts never change once the parser has run. Entities do:
:func:`threadline.extract.spans.set_entities`, the one place threadline writes
``doc.ents``, drops the cached copy (:func:`forget_entities`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

_TEXT = "threadline.text"
_SENT_STARTS = "threadline.sent_starts"
_ENTS = "threadline.ents"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _sent_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        # spaCy's Token.sent refuses a Doc without sentences: we read it as one sentence
        sentenced = doc.has_annotation("SENT_START")
        starts = [s.start for s in doc.sents] if sentenced else [0]
        doc.user_data[_SENT_STARTS] = starts
    return starts


def sentence_of(token: Token) -> Span:
    """The sentence holding ``token`` (``token.sent``, found by binary search)."""
    doc = token.doc
    starts = _sent_starts(doc)
    n = bisect_right(starts, token.i) - 1
    end = starts[n + 1] if n + 1 < len(starts) else len(doc)
    return doc[starts[n] : end]


def _entities(doc: Doc) -> tuple[list[tuple[int, int, int, int, int]], list[int]]:
    # plain numbers, not Spans: user_data must stay serialisable (Doc.to_bytes, pickle)
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        ents = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
        cached = doc.user_data[_ENTS] = (ents, [e[0] for e in ents])
    return cached


def entity_records(doc: Doc) -> list[tuple[int, int, int, int, int]]:
    """``doc.ents`` as (start, end, label, kb_id, id) tuples, read once per Doc."""
    return _entities(doc)[0]


def _span(doc: Doc, ent: tuple[int, int, int, int, int]) -> Span:
    start, end, label, kb_id, span_id = ent
    return Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)


def forget_entities(doc: Doc) -> None:
    """Drop the cached entities of ``doc`` (call whenever ``doc.ents`` is replaced)."""
    doc.user_data.pop(_ENTS, None)


def entities_within(doc: Doc, start: int, end: int) -> Iterator[Span]:
    """The entities lying wholly within tokens ``[start, end)``, in order."""
    ents, starts = _entities(doc)
    for i in range(bisect_left(starts, start), bisect_left(starts, end)):
        if ents[i][1] <= end:
            yield _span(doc, ents[i])


def entity_covering(doc: Doc, token_i: int) -> Span | None:
    """The entity covering token ``token_i``, if any."""
    ents, starts = _entities(doc)
    n = bisect_right(starts, token_i) - 1
    if n >= 0 and token_i < ents[n][1]:
        return _span(doc, ents[n])
    return None


def overlaps_any(intervals: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``[start, end)`` overlaps any of the half-open intervals (which
    may overlap each other), answered by binary search instead of a pass over them all."""
    ordered = sorted(intervals)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def test(start: int, end: int) -> bool:
        n = bisect_left(starts, end)  # the intervals starting before ``end``
        return n > 0 and reach[n - 1] > start

    return test


def inside_any(intervals: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a point lies in any of the half-open intervals."""
    overlaps = overlaps_any(intervals)
    return lambda point: overlaps(point, point + 1)
