"""Dates that are dates: "Tuesday", "March 2019", "last year" — not "a landmark day".

spaCy tags any phrase with "day" or "time" in it as a date. A date mention keeps a
digit, a month or weekday name, or a calendar word (today, week, year…).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from threadline.extract.lexicon import word_set
from threadline.extract.spans import set_entities

METHOD = "rule:dates-v1"
CALENDAR_WORDS = word_set(
    """
    january february march april may june july august september october november
    december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep.
    sept sept. oct oct. nov nov. dec dec. monday tuesday wednesday thursday friday
    saturday sunday today yesterday tomorrow tonight week weeks weekend month months
    year years decade decades century centuries spring summer autumn fall winter quarter
    annual
    """
)


def is_calendar_date(span: Span) -> bool:
    """True when the phrase names a point or stretch of calendar time."""
    if any(ch.isdigit() for ch in span.text):
        return True
    return any(t.lower_ in CALENDAR_WORDS for t in span)


@Language.component("threadline_dates_v1")
def dates(doc: Doc) -> Doc:
    """Drop DATE entities with no calendar cue (see :func:`is_calendar_date`)."""
    set_entities(doc, [e for e in doc.ents if e.label_ != "DATE" or is_calendar_date(e)])
    return doc
