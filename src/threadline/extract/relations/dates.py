"""Dates of relations: absolute dates read from the text, relative ones resolved.

:func:`resolve_date` turns the words of a Date mention into ISO 8601 at the precision
the words give (``2019``, ``2019-03`` or ``2019-03-12``) and says where it came from:

- ``text``: the words name the date ("12 March 2019", "March 2019", "in 2003");
- ``relative``: the words need the document date ("on Thursday" → the latest Thursday on
  or before the document date; "yesterday"; "last week" → the month of the day a week
  before; "last year"; "three days ago"; "in March" without a year → the latest March
  not after the document date);
- ``None`` when the words cannot be resolved (no document date for a relative phrase).

Relations whose clause has no date get the document date with source ``document``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
    "several": 3,
    "few": 3,
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_AGO = re.compile(r"\b(\d+|\w+) (day|week|month|year)s? ago\b")


def parse_document_date(value: str | None) -> date | None:
    """The day of a document's ISO date (a month or year date counts as its first day)."""
    if not value:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None


def resolve_date(text: str, document_date: str | None) -> tuple[str | None, str | None]:
    """(ISO date, source) for the words of a date, relative ones against the document date."""
    words = text.lower().strip()
    absolute = _absolute(words)
    if absolute is not None:
        return absolute, "text"
    anchor = parse_document_date(document_date)
    if anchor is None:
        return None, None
    relative = _relative(words, anchor)
    return (relative, "relative") if relative else (None, None)


def _absolute(words: str) -> str | None:
    iso = _ISO.search(words)
    if iso:
        return iso[0]
    year = _YEAR.search(words)
    if not year:
        return None
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", words) if w in MONTHS), None)
    if month is None:
        return year[1]
    rest = _YEAR.sub(" ", words)
    day = _DAY.search(rest)
    if day and 1 <= int(day[1]) <= 31:
        return f"{year[1]}-{month:02d}-{int(day[1]):02d}"
    return f"{year[1]}-{month:02d}"


def _relative(words: str, anchor: date) -> str | None:
    tokens = re.findall(r"[a-z]+", words)
    if "yesterday" in tokens:
        return (anchor - timedelta(days=1)).isoformat()
    if "today" in tokens or "tonight" in tokens:
        return anchor.isoformat()
    if "tomorrow" in tokens:
        return (anchor + timedelta(days=1)).isoformat()
    for token in tokens:
        if token in WEEKDAYS:
            back = (anchor.weekday() - WEEKDAYS[token]) % 7
            if "next" in tokens:
                return (anchor + timedelta(days=(7 - back) % 7 or 7)).isoformat()
            if "last" in tokens and back == 0:
                back = 7
            return (anchor - timedelta(days=back)).isoformat()
    ago = _AGO.search(words)
    if ago:
        n = int(ago[1]) if ago[1].isdigit() else NUMBERS.get(ago[1], 0)
        return _shift(anchor, ago[2], -n) if n else None
    if {"last", "previous", "past"} & set(tokens):
        step: int | None = -1
    elif {"next", "coming"} & set(tokens):
        step = 1
    elif {"this", "current"} & set(tokens):
        step = 0
    else:
        step = None  # "for two years" is a duration, not a date
    for unit in ("week", "month", "year"):
        if step is not None and (unit in tokens or f"{unit}s" in tokens):
            return _shift(anchor, unit, step)
    month = next((MONTHS[t] for t in tokens if t in MONTHS and t != "may"), None)
    if month is not None:
        year = anchor.year if month <= anchor.month else anchor.year - 1
        day = _DAY.search(words)
        if day and 1 <= int(day[1]) <= 31:
            return f"{year}-{month:02d}-{int(day[1]):02d}"
        return f"{year}-{month:02d}"
    return None


def _shift(anchor: date, unit: str, n: int) -> str:
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "week":
        return (anchor + timedelta(weeks=n)).isoformat()[:7]
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + n
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(anchor.year + n)
