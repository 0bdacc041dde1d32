"""Date filters as users type them (``--from 2019``, ``?date_to=2019-03``) → checked values.

A filter is an ISO date prefix: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive at the
precision given. Anything else ("last year", "2019-02-30", "03/2019") is refused with an
error that says what to type, never ignored: a filter silently dropped shows results the
user did not ask for. The CLI, the API and the web pages all check filters here.
"""

from __future__ import annotations

import re
from datetime import date

from threadline.errors import UsageError

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_filter(value: str | None, name: str) -> str | None:
    """``value`` when it is an ISO date prefix, ``None`` when empty; else :class:`UsageError`
    naming the filter (``name``) and the forms it takes."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    found = _ISO.match(value)
    try:
        if found is None:
            raise ValueError(value)
        year, month, day = found.groups()
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise UsageError(
            f"{name} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
    return value
