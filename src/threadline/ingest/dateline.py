"""A document's date read from its first lines, for texts whose metadata has none.

Press releases and news stories state their date in a byline line ("January 30, 2013",
"Posted on January 30, 2013 by Jane Doe", "By Jane Doe | 30 January 2013") or in a
dateline before the first sentence ("WASHINGTON, January 30, 2013 —",
"MOSCOW, Jan. 30, 2013 (Reuters) -"). Only those places are read: a date inside a
sentence ("On Jan. 8, forces struck …") is an event's date, not the document's.
A dateline without a year ("WASHINGTON, Jan. 30 (Reuters) -") leaves the document
undated unless a byline line in the same head gives the date: the year cannot be known.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from threadline.ingest.metadata import normalize_date

#: How many non-empty lines at the top are read for a byline or dateline.
HEAD_LINES = 6
#: A byline line is short; a longer line is a sentence.
MAX_BYLINE_CHARS = 160

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
#: "January 30, 2013", "30 January 2013", "2013-01-30".
FULL_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.IGNORECASE,
)
#: "WASHINGTON, Jan. 30 (Reuters) -", "MOSCOW, January 30, 2013 —" at a line's start.
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'\- ]{{1,40}}(?:,\s*[A-Z][A-Za-z.\- ]{{1,30}})?),\s+"
    rf"(?P<date>{_WEEKDAY}{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-–—:]"
)
_SEPARATOR = re.compile(r"\s*[|–—:]|\s+-\s")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?", re.I)


@cache
def date_labels() -> tuple[str, ...]:
    """Words that introduce a byline's date, longest first (``data/date_labels.txt``)."""
    raw = resources.files("threadline.ingest").joinpath("data/date_labels.txt")
    words = [
        line.strip().lower()
        for line in raw.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return tuple(sorted(words, key=len, reverse=True))


def head_lines(text: str) -> list[str]:
    """The head of ``text``: its first :data:`HEAD_LINES` non-empty lines, stripped, up to
    and including the first body paragraph (a line longer than a byline). A date below
    the first paragraph belongs to the story (or to the next story on a page)."""
    lines = []
    for line in text[:4000].splitlines():
        if line.strip():
            lines.append(line.strip())
        if len(lines) == HEAD_LINES or len(line.strip()) > MAX_BYLINE_CHARS:
            break
    return lines


def byline_date(line: str) -> str | None:
    """The ISO date of a byline line, or ``None`` when the line is not one.

    A byline line is short and is a date alone, a date after a label ("Posted on",
    "Updated:"), or a date beside an author ("By Jane Doe | January 30, 2013").
    A line that starts with a date and a separator ("September 17, 2013 | Headline",
    "January 30, 2013 — The Treasury …") is one too, whatever follows.
    A time of day after the date is ignored.
    """
    match = FULL_DATE.search(line)
    if match and match.start() == 0 and _SEPARATOR.match(line, match.end()):
        return normalize_date(match.group(0))
    if len(line) > MAX_BYLINE_CHARS or not match:
        return None
    rest = (line[: match.start()] + " " + line[match.end() :]).strip()
    rest = _TIME.sub(" ", rest).strip(" \t|,;:-–—·•()[]")
    lowered = rest.lower()
    for label in date_labels():
        if lowered.startswith(label):
            lowered = lowered[len(label) :].strip(" :,-–—|")
            break
    is_byline = lowered.startswith("by ") and len(lowered) < 80
    if lowered and not is_byline and not re.fullmatch(r"by\s+.{1,80}", lowered):
        return None
    return normalize_date(match.group(0))


def dateline_date(line: str) -> str | None:
    """The ISO date of a dateline at the start of ``line`` ("WASHINGTON, Jan. 30, 2013 —").

    A dateline without a year gives ``None``: its year cannot be known.
    """
    match = DATELINE.match(line)
    if not match or not re.search(r"\d{4}\s*$", match.group("date")):
        return None
    return normalize_date(match.group("date"))


def date_from_text(text: str) -> str | None:
    """The document date stated in the first lines of ``text``, or ``None``.

    A byline date wins over a dateline.
    """
    lines = head_lines(text)
    found = next((d for d in map(byline_date, lines) if d), None)
    return found or next((d for d in map(dateline_date, lines) if d), None)
