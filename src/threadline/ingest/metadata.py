"""Metadata values as sources write them → the forms a :class:`Document` stores.

Dates become ISO 8601 (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or
``YYYY-MM-DDTHH:MM:SS``, in the time zone the source wrote); a value that cannot be
read is kept raw in the metadata instead of being guessed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

_ISO = re.compile(
    r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?)?)?"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WORDS = re.compile(r"[a-z]+|\d+")
_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


def normalize_date(value: Any) -> str | None:
    """An ISO 8601 date for ``value``, or ``None`` when it cannot be read safely.

    Reads ISO dates and times (``2024-03-05``, ``2024-03-05T10:30:00Z``, ``2024/3/5``),
    ``20240305``, e-mail dates (``Tue, 05 Mar 2024 10:30:00 GMT``), written dates
    (``March 5, 2024``, ``5 Mar 2024``, ``March 2024``), bare years and Unix timestamps.
    Day/month orders that are ambiguous (``05/03/2024``) give ``None``.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return _from_number(value)
    if not isinstance(value, str):
        return None
    text = _WEEKDAY.sub("", value.strip())
    return _from_iso(text) or _from_email(text) or _from_words(text)


def _from_number(value: float) -> str | None:
    if 1000 <= value <= 2999 and float(value).is_integer():
        return str(int(value))
    seconds = value / 1000 if value > 1e11 else value
    if seconds < 1e8:  # before 1973: not a timestamp anyone means
        return None
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def _from_iso(text: str) -> str | None:
    match = _ISO.match(text) or _COMPACT.match(text)
    if not match:
        return None
    fields = [int(part) if part else 0 for part in match.groups()]
    given = sum(1 for part in match.groups() if part)  # year, month, day, hour, …
    year, month, day, hour, minute, second = (fields + [0] * 6)[:6]
    try:
        if given >= 4:
            return datetime(year, month, day, hour, minute, second).isoformat(timespec="seconds")
        if given == 3:
            return date(year, month, day).isoformat()
        if given == 2:
            return date(year, month, 1).isoformat()[:7]
    except ValueError:
        return None
    return f"{year:04d}"


def _from_email(text: str) -> str | None:
    if not re.search(r"\d{1,2}:\d{2}", text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def _from_words(text: str) -> str | None:
    """``March 5, 2024``, ``5 March 2024``, ``Mar. 5 2024``, ``March 2024``."""
    words = _WORDS.findall(text.lower())
    months = [w for w in words if w in _MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or len(words) != len(months) + len(numbers) or not numbers:
        return None
    month = _MONTHS[months[0]]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 100]
    try:
        if len(numbers) == 2 and len(years) == 1 and len(days) == 1:
            return date(years[0], month, days[0]).isoformat()
        if len(numbers) == 1 and len(years) == 1:
            return f"{years[0]:04d}-{month:02d}"
    except ValueError:
        return None
    return None


def join_authors(value: Any) -> str | None:
    """One author string: a list is joined with ``", "``; ``{"name": …}`` items are read."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list | tuple):
        names = [join_authors(item) for item in value]
        joined = ", ".join(name for name in names if name)
        return joined or None
    if value is None or isinstance(value, bool):
        return None
    text = " ".join(str(value).split())
    return text or None
