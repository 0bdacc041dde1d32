"""Which pairs of entities may be joined by name similarity at all.

Similar letters are not enough: a person never joins an organisation, a bare surname
never joins a full name by similarity, a name with a name put in front of it is another
person, an organisation with words added is another body, and two names in Chinese
characters or Hangul are never joined by similarity. These rules are applied before
the matcher scores a pair (see :mod:`threadline.resolve.crossdoc`).
"""

from __future__ import annotations

import unicodedata

from threadline.resolve.normalize import name_tokens, type_group


def comparable(left: tuple[str, str], right: tuple[str, str]) -> bool:
    """Whether two ``(type, name)`` entities may be joined by name similarity at all.

    Both must be people, or both organisations (of any kind); see also
    :func:`is_logographic`, :func:`adds_leading_name` and :func:`adds_words`. A
    one-word person name is never joined to a longer one by similarity: "Assad" is not
    "Bassel al-Assad" because the letters fit; which full name a bare surname stands
    for is the surname rule's decision, made on the whole corpus.
    """
    group = type_group(left[0])
    if group != type_group(right[0]) or (is_logographic(left[1]) and is_logographic(right[1])):
        return False
    if group == "person":
        a, b = name_tokens(left[1], person=True), name_tokens(right[1], person=True)
        sizes = {len(a), len(b)}
        if 0 in sizes or (1 in sizes and sizes != {1}):
            return False
        return not adds_leading_name(a, b) and not adds_leading_name(b, a)
    return not adds_words(name_tokens(left[1]), name_tokens(right[1]))


def adds_words(left: list[str], right: list[str]) -> bool:
    """Whether one organisation's name is the other's with words added: another body.

    "Royal Jordanian Air Force" is not the "Royal Air Force", the "United Nations
    Security Council Committee" is not the Council, and "al-Qaida in Iraq" is not
    al-Qaida, however similar the letters.
    """
    a, b = set(left), set(right)
    return a != b and (a < b or b < a)


def adds_leading_name(short: list[str], full: list[str]) -> bool:
    """Whether ``full`` is ``short`` with other given names in front: another person.

    Where names carry the father's name, "Qusay Saddam Hussein al-Tikriti" is Saddam
    Hussein al-Tikriti's son and "Atiqullah Wali Mohammad" is Wali Mohammad's, so a
    name is never joined by similarity to the same name with a name put in front of it.
    A name with more parts after or inside ("Joaquín Guzmán Loera", "Sergei
    Alexeyevich Ryabkov") can still join.
    """
    return 1 <= len(short) < len(full) and full[len(full) - len(short) :] == short


_LOGOGRAPHIC = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")


def is_logographic(name: str) -> bool:
    """Whether a name is written in Chinese characters, Hangul or Japanese kana.

    Two such names are never joined by similarity: these scripts have no spelling
    variants, and their transliterations blur different names together ("兵 郑" and
    "兵 张" become "bing zheng" and "bing zhang"). Written the same, they share a key.
    """
    return any(unicodedata.name(c, "").startswith(_LOGOGRAPHIC) for c in name if c.isalpha())


def is_latin(name: str) -> bool:
    """Whether every letter of a name is a Latin letter ("Joaquín Guzmán", not "Виктор Бут")."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())
