"""Headline-case lines: "Cartel Boss Extradited To US" names nobody.

In headlines and boilerplate every word is capitalised, so spaCy's NER takes ordinary
words for names. Inside such a line, a person or organisation entity keeps only its
uncommon words at the edges ("Joaquin Guzman Arrested" → "Joaquin Guzman"; never the word
after a middle initial: "Merrick B. Garland") and is dropped when nothing but common
English words remains ("Crime-Fighting Cooperation").
Anywhere, a person's name with a capitalised function word inside ("Warns Of Gang") is dropped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from threadline.extract.lexicon import FUNCTION_WORDS, english_words, is_common_word
from threadline.extract.spans import ACTOR_LABELS, make_entity, method_of, set_entities

METHOD = "rule:headline-case-v1"


def line_tokens(span: Span) -> list[Token]:
    """The tokens of ``span``'s sentence that lie on the same line as ``span``."""
    sent = span.sent
    tokens: list[Token] = []
    for token in sent:
        if "\n" in token.text:
            if token.i >= span.end:
                break
            tokens = []
            continue
        tokens.append(token)
        if "\n" in token.whitespace_ and token.i >= span.end - 1:
            break
        if "\n" in token.whitespace_:
            tokens = []
    return tokens


def is_headline_case(tokens: list[Token]) -> bool:
    """True for a line in headline case.

    Every word of four letters or more is capitalised (at least three of them), and the
    line either does not end like a sentence or capitalises a function word ("To").
    """
    words = [t.text for t in tokens if t.is_alpha and len(t.text) >= 4]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    ends_sentence = bool(tokens) and tokens[-1].text in (".", "!", "?", ":")
    capital_function = any(t.text[:1].isupper() and t.lower_ in FUNCTION_WORDS for t in tokens[1:])
    return capital_function or not ends_sentence


def has_capitalised_function_word(span: Span) -> bool:
    """True when a capitalised function word sits inside the name ("Warns Of Gang")."""
    return any(t.text[:1].isupper() and t.lower_ in FUNCTION_WORDS for t in span[1:])


def _core(span: Span, words: frozenset[str]) -> tuple[int, int]:
    """``span`` without common English words (or hyphens) at its edges."""

    def common(t: Token) -> bool:
        return t.is_punct or (is_common_word(t.text, words) and not t.is_upper)

    start, end = span.start, span.end
    doc = span.doc
    while start < end and common(doc[start]):
        start += 1
    while (
        end > start and common(doc[end - 1]) and not (end - 2 >= start and _initial(doc[end - 2]))
    ):
        end -= 1  # a name does not end at a middle initial: "Merrick B. Garland"
    return start, end


def _initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def headline_filter(span: Span, words: frozenset[str]) -> Span | None:
    """The entity as kept by the headline rules, or ``None`` to drop it."""
    if span.label_ not in ACTOR_LABELS:
        return span
    if span.label_ == "PERSON" and has_capitalised_function_word(span):
        return None
    if not is_headline_case(line_tokens(span)):
        return span
    start, end = _core(span, words)
    if start == end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return make_entity(span.doc, start, end, span.label_, method_of(span) + "+" + METHOD)


@Language.factory("threadline_headline_case_v1")
def make_headline_case(nlp: Language, name: str) -> HeadlineCase:
    return HeadlineCase(english_words(nlp))


class HeadlineCase:
    """Pipeline component applying :func:`headline_filter` to every entity."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        kept = [s for ent in doc.ents if (s := headline_filter(ent, self.words)) is not None]
        set_entities(doc, kept)
        return doc
