"""User names: one spelling per person, no look-alikes.

A name is NFKC-normalised and stripped of surrounding spaces. Names holding control or
invisible formatting characters (right-to-left overrides, zero-width joiners) or
several spaces in a row are refused, as is a name that differs from an existing one
only by letter case or width, since they would look the same in a list of users.
"""

from __future__ import annotations

import unicodedata

from threadline.errors import UsageError

#: Longest user name, in characters.
MAX_LENGTH = 64


def normalize_user_name(name: str) -> str:
    """The stored form of ``name``; raises :class:`UsageError` when it is not acceptable."""
    value = unicodedata.normalize("NFKC", name).strip()
    if not value:
        raise UsageError("a user name cannot be empty")
    if len(value) > MAX_LENGTH:
        raise UsageError(f"a user name has at most {MAX_LENGTH} characters")
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
            code = f"U+{ord(char):04X}"
            raise UsageError(f"a user name cannot hold control or invisible characters ({code})")
        if char.isspace() and char != " ":
            raise UsageError("a user name can hold plain spaces only")
    if "  " in value:
        raise UsageError("a user name cannot hold several spaces in a row")
    return value


def look_alike_key(name: str) -> str:
    """What two names that look the same share: the case-folded normal form."""
    return unicodedata.normalize("NFKC", name).casefold()
