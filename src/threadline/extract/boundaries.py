"""Entity and sentence boundaries at line breaks; entity edges without punctuation.

An entity never crosses a line break or starts/ends on punctuation; a place's name has no
article ("the United States" → "United States", but "The Hague"). A sentence never runs a
headline or dateline into the body (:func:`starts_sentence_after_break`).

spaCy's statistical NER sometimes runs a headline into the first line of the body
("Targeted Operations Against ISIL Terrorists\\nNavy"); a name does not continue across a
line break, so such an entity is cut there and the longest piece kept.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from threadline.extract.doc_index import doc_text
from threadline.extract.spans import make_entity, method_of, set_entities

METHOD = "rule:entity-boundaries-v1"
LINE_SENTENCES = "threadline_line_sentences_v1"
#: Characters that may open a sentence or a list item besides letters and digits.
_OPENERS = frozenset("\"'“‘«(-–—•*")
_TERMINAL = frozenset('.!?:;"”’)')
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Places whose article is part of the name.
ARTICLE_NAMES = frozenset({"Hague", "Gambia"})
_EDGE_PUNCT = frozenset("\"'“”‘’«»()[]{},;:-–—/")


def _pieces(span: Span) -> list[tuple[int, int]]:
    """Token ranges of ``span`` between tokens that contain a line break."""
    pieces: list[tuple[int, int]] = []
    start = span.start
    for token in span:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            pieces.append((start, end))
            start = token.i + 1
    pieces.append((start, span.end))
    return [(s, e) for s, e in pieces if e > s]


def _trim_punct(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past punctuation and spaces at either edge."""
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_PUNCT):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT):
        end -= 1
    return start, end


def _drop_article(span: Span, start: int, end: int) -> int:
    """Start of a place's name without its article ("the United States" → "United States")."""
    doc = span.doc
    has_article = end - start > 1 and doc[start].lower_ == "the"
    if span.label_ in PLACE_LABELS and has_article and doc[start + 1].text not in ARTICLE_NAMES:
        return start + 1
    return start


def clean_boundaries(span: Span) -> Span | None:
    """The entity cut at line breaks (longest piece kept), trimmed of edge punctuation and,
    for places, of a leading article."""
    pieces = [_trim_punct(span.doc, s, e) for s, e in _pieces(span)]
    pieces = [(s, e) for s, e in pieces if e > s]
    if not pieces:
        return None
    start, end = max(pieces, key=lambda p: p[1] - p[0])
    start = _drop_article(span, start, end)
    if (start, end) == (span.start, span.end):
        return span
    return make_entity(span.doc, start, end, span.label_, method_of(span) + "+" + METHOD)


@Language.component("threadline_entity_boundaries_v1")
def entity_boundaries(doc: Doc) -> Doc:
    """Cut entities at line breaks, trim punctuation from their edges and places' articles."""
    kept = [cleaned for ent in doc.ents if (cleaned := clean_boundaries(ent)) is not None]
    set_entities(doc, kept)
    return doc


def _looks_like_heading(line: str) -> bool:
    """A short line, at least half of whose words start with a capital or a digit
    ("Raqqa in Next Isolation Phase", "WASHINGTON, Jan. 5")."""
    words = line.split()
    if not words or len(words) > 15:
        return False
    capital = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capital * 2 >= len(words)


def starts_sentence_after_break(line: str, gap: str, after: str) -> bool:
    """Whether a sentence starts at ``after``, which follows the whitespace ``gap`` after
    the text ``line`` (the line before the break).

    After a blank line (a new paragraph): always. After a single line break: when the next
    line starts as a sentence does (a capital, a digit, an opening quote or a bullet) and
    the line before either ends a sentence (``.``, ``?``, ``:`` …) or is a headline or a
    dateline (:func:`_looks_like_heading`). A hard-wrapped line of prose ("…the U.S.-led" /
    "coalition conducted…") goes on with its sentence.
    """
    if "\n" not in gap or not after:
        return False
    if gap.count("\n") >= 2:
        return True
    if not (after[0].isupper() or after[0].isdigit() or after[0] in _OPENERS):
        return False
    line = line.strip()
    return not line or line[-1] in _TERMINAL or _looks_like_heading(line)


@Language.component(LINE_SENTENCES)
def line_sentences(doc: Doc) -> Doc:
    """Mark sentence starts after paragraph breaks, headlines and datelines (runs before the
    parser, which keeps these starts and finds the others)."""
    text = doc_text(doc)
    starts: list[int] = []
    for token in doc[1:]:
        if token.is_space:
            continue
        prev = doc[token.i - 1]
        gap_start = prev.idx if prev.is_space else prev.idx + len(prev.text)
        while gap_start > 0 and text[gap_start - 1].isspace():
            gap_start -= 1
        gap = text[gap_start : token.idx]
        if "\n" not in gap:
            continue
        line = text[text.rfind("\n", 0, gap_start) + 1 : gap_start]
        if starts_sentence_after_break(line, gap, token.text):
            starts.append(token.i)
    if starts:  # in one go: spaCy's Token.is_sent_start setter reads every token each time
        values: Any = doc.to_array([SENT_START])  # one column: a 1-d array
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc
