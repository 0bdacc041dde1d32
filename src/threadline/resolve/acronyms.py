"""Aliases a story introduces itself: "the Financial Action Task Force (FATF)".

When the words right after a full name give a short form in brackets, or say
"known as …", every later (or earlier) use of that short form in the same story is the
same entity. Only the text of the story is read: no list of acronyms is needed.
"""

from __future__ import annotations

import re

from threadline.resolve.normalize import name_tokens

_ACRONYM = r"[A-Z][A-Za-z0-9&.\-]{0,11}"
_WORD = r"[A-Z][\w'\u2019.\-]*"
_PHRASE = rf"{_WORD}(?:\s+(?:(?:of|the|and|for|de|del|la)\s+)?{_WORD}){{0,4}}"
_QUOTED = r"[A-Za-z][\w'\u2019.\-]*(?:\s+[\w'\u2019.\-]+){0,3}"
_OPEN, _CLOSE = "[\"\u201c\u2018']", "[\"\u201d\u2019']"
_KNOWN_AS = (
    r"(?i:(?:also\s+|commonly\s+|better\s+|widely\s+|popularly\s+|formerly\s+)?"
    r"(?:known|referred\s+to)\s+"
    r"(?:as|by\s+(?:its|the|their)\s+(?:[a-z]+\s+)?(?:acronym|initials|abbreviation|name)))"
)
_SAID = rf"(?P<said>{_KNOWN_AS}|(?i:a\.?k\.?a\.?|aka|alias))"
#: In brackets, "or" introduces an alias too: "(or FATF)"; in running text it does not.
_SAID_IN_BRACKETS = rf"(?P<said>{_KNOWN_AS}|(?i:or|a\.?k\.?a\.?|aka|alias))"
_ALIAS = rf"(?i:the\s+)?(?:{_OPEN}(?P<quoted>{_QUOTED}){_CLOSE}|(?P<name>{_PHRASE}))"
#: What may stand between a name and its alias: a possessive, citation marks "[1]".
_LEAD = r"(?:['\u2019]s)?(?:\s*\[\d+\])*"
_BRACKETS = re.compile(rf"{_LEAD}\s*\(\s*(?:{_SAID_IN_BRACKETS}\s+)?{_ALIAS}\s*\)")
#: "…, known as X," may follow a bracketed aside: "Abboud Qanbar (Arabic: …), also known as".
_CLAUSE = re.compile(
    rf"{_LEAD}(?:\s*\([^()]{{0,80}}\))?(?:\s*\[\d+\])*\s*,?\s*{_SAID}\s+{_ALIAS}"
    r"(?=\s*[,.;:()\[]|\s*$)"
)
_INLINE = re.compile(rf"^(?P<name>.+?)\s*\(\s*(?P<acronym>{_ACRONYM})\s*\)$")

#: How far after a name to look for its alias, in characters.
WINDOW = 120


def is_acronym_of(acronym: str, name: str) -> bool:
    """Whether a short form can stand for a name: two or more capitals, and its first
    letter starts one of the name's words ("FATF" for "Financial Action Task Force",
    "FARC" for "Revolutionary Armed Forces of Colombia"; not "AP" for "Sinaloa Cartel").
    """
    capitals = sum(1 for c in acronym if c.isupper())
    words = name_tokens(name)
    if capitals < 2 or len(words) < 2 or name_tokens(acronym) == words:
        return False
    first = name_tokens(acronym[0])
    return bool(first) and any(w.startswith(first[0]) for w in words)


def introduced_alias(text: str, end: int, name: str) -> str | None:
    """The alias that the words right after a name (ending at ``end``) introduce, if any.

    Recognised: "the Financial Action Task Force (FATF)", "(also known as ISIL)",
    "…, known as FATF,", "…, known by its Spanish acronym CJNG", "…, also known as Abu
    Haidar," and a quoted nickname ('Joaquín Guzmán, known as "El Chapo"'). Words in
    brackets with no "known as" must be a plausible acronym of the name: "Europol
    (Reuters)" introduces nothing.
    """
    after = text[end : end + WINDOW]
    for pattern in (_BRACKETS, _CLAUSE):
        match = pattern.match(after)
        if match is None:
            continue
        if match["quoted"]:
            return match["quoted"].strip()
        alias = match["name"].rstrip(".-")
        if match["said"] or is_acronym_of(alias, name):
            return alias
    return None


def split_inline(text: str) -> tuple[str, str] | None:
    """A mention that holds both forms, "Financial Action Task Force (FATF)", split in two.

    Returns ``(name, acronym)``, or None when the mention is not written that way.
    """
    match = _INLINE.match(text.strip())
    if match and is_acronym_of(match["acronym"], match["name"]):
        return match["name"], match["acronym"]
    return None
