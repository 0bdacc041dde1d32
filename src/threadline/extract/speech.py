"""Reporting verbs and the tokens around a quotation where its speaker is named.

Word lists: ``data/speech_verb_lemmas.txt`` (by lemma: "warn" in "Yellen warned") and
``data/speech_verb_forms.txt`` (as written: "said", "told"), used by
:mod:`threadline.extract.quotes` and :mod:`threadline.extract.name_spans`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from threadline.extract.titles import is_title_word
from threadline.extract.vocabulary import words
from threadline.extract.wrapping import doc_soft_breaks

#: Reporting verbs by lemma and as written.
SPEECH_LEMMAS = words("speech_verb_lemmas")
SPEECH_FORMS = words("speech_verb_forms")
_STOP = frozenset({".", "!", "?", '"', "“", "”", "„"})


def is_speech_verb(doc: Doc, i: int) -> bool:
    """True for "said", "told", "warned"… and for "according" in "according to"."""
    token = doc[i]
    if token.lower_ == "according":
        return i + 1 < len(doc) and doc[i + 1].lower_ == "to"
    return token.lower_ in SPEECH_FORMS or (
        token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_LEMMAS
    )


def _abbreviation_dot(doc: Doc, i: int) -> bool:
    """True for the full stop of "Spc." or "J." (a rank or an initial), not a sentence's end."""
    if doc[i].text != "." or i == 0:
        return False
    prev = doc[i - 1].text
    return is_title_word(prev + ".") or (len(prev) == 1 and prev.isupper())


def token_window(doc: Doc, start: int, step: int, limit: int) -> list[int]:
    """Token indices from ``start`` walking by ``step``, within one sentence and line."""
    out: list[int] = []
    i = start
    soft = doc_soft_breaks(doc)  # a hard-wrapped text reads on across its line breaks
    while 0 <= i < len(doc) and len(out) < limit:
        token = doc[i]
        if "\n" in token.text and token.idx in soft and token.text.strip() == "":
            i += step
            continue
        if "\n" in token.text or (token.text in _STOP and not _abbreviation_dot(doc, i)):
            break
        if step < 0 and i != start and "\n" in token.whitespace_:
            break  # walking back: this token ends the previous line
        out.append(i)
        if step > 0 and "\n" in token.whitespace_:
            break
        i += step
    return out
