"""Dates and amounts: the entity of a Date or Money mention is the value it names.

"12 March 2019", "March 12, 2019" and "2019-03-12" are one Date; "$2 million",
"US$2m" and "2 million dollars" are one Money amount. Words that name no absolute
value ("on Thursday", "a large sum") fall back to their text.
"""

from __future__ import annotations

import re
from datetime import date

from threadline.extract.relations.dates import MONTHS

_MONTHS = MONTHS  # month names and abbreviations → 1–12, shared with relation dates
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_SPAN = re.compile(r"\b\d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2}\b")
_RELATIVE = re.compile(r"\b(last|next|this|previous|ago|earlier|later|since)\b")


def date_value(text: str) -> str | None:
    """The ISO 8601 value of an absolute date, at the precision the words give.

    "12 March 2019" and "March 12th, 2019" → "2019-03-12"; "March 2019" → "2019-03";
    "in 2019" → "2019". Relative words ("Thursday", "last year", "March") → None,
    because they name a different day in every story; so does a span ("1977-1979").
    """
    words = text.lower().replace(",", " ")
    if _RELATIVE.search(words) or re.search(r"\b\d{4}s\b", words):
        return None
    iso = _ISO.search(words)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]) if iso[3] else None)
    year = _YEAR.search(words)
    if not year or len(set(_YEAR.findall(words))) > 1:
        return None  # no year, or a span of years ("1977-1979")
    month = next((_MONTHS[w] for w in re.findall(r"[a-z]+", words) if w in _MONTHS), None)
    if month is None:
        return year[1]
    if _DAY_SPAN.search(words):
        return _valid(int(year[1]), month, None)  # "25-26 October 2016" is in 2016-10
    day = _DAY.search(_YEAR.sub(" ", words))
    return _valid(int(year[1]), month, int(day[1]) if day else None)


def _valid(year: int, month: int, day: int | None) -> str | None:
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


_CURRENCY_SYMBOLS = (
    ("us$", "USD"),
    ("a$", "AUD"),
    ("c$", "CAD"),
    ("hk$", "HKD"),
    ("r$", "BRL"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
)
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "peso": "MXN",
    "pesos": "MXN",
    "rupee": "INR",
    "rupees": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "chf": "CHF",
}
_SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?")


def money_value(text: str) -> str | None:
    """Amount and currency of a sum of money, e.g. "2000000 USD", or None.

    "$2 million", "US$2m", "2,000,000 dollars" and "$2mn" all give "2000000 USD".
    A sum whose currency or number cannot be read gives None.
    """
    words = text.lower().strip()
    currency = next((code for symbol, code in _CURRENCY_SYMBOLS if symbol in words), None)
    if currency is None:
        tokens = re.findall(r"[a-z]+", words)
        currency = next((_CURRENCY_WORDS[t] for t in tokens if t in _CURRENCY_WORDS), None)
    number = _NUMBER.search(words)
    if currency is None or number is None:
        return None
    try:
        amount = float(number[1].replace(",", ""))
    except ValueError:
        return None
    amount *= _SCALES.get(number[2] or "", 1)
    return f"{amount:.2f}".rstrip("0").rstrip(".") + f" {currency}"
