"""Comparing names written in different scripts ("صدام حسين" and "Saddam Hussein").

The name matcher reads other scripts through transliteration, which serves Cyrillic
well ("Виктор Бут" → "Viktor But") and Arabic badly: Arabic and Hebrew script leave
short vowels out, so "صدام حسين التكريتي" reads "sdam hsyn altkryty" and scores low
against "Saddam Hussein Al-tikriti". When exactly one of two names is in Latin script,
the pair is compared three ways and the best comparison counts: the matcher on the
names as written, the matcher on both names in Latin letters, and (for Arabic and
Hebrew script) the name parts' consonants. The comparison that won is the explanation.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib.resources import files

from normality import ascii_text
from rigour.text.scripts import text_scripts

from threadline.resolve.comparable import adds_leading_name, is_latin
from threadline.resolve.matcher import FeatureResult, MatchResult, compare_names
from threadline.resolve.normalize import clean_name, name_tokens

#: Scripts written without short vowels, whose names are compared by consonants.
ABJADS = frozenset({"Arabic", "Hebrew", "Syriac", "Thaana"})
#: Consonants the agreeing parts must share at least: fewer agree too easily by chance
#: ("آيات كانو" and "Outi Kokkonen" share only "t" and "kn").
MIN_CONSONANTS = 4
#: Name of the rule that compares consonants, stored as the algorithm of its links.
CONSONANTS_RULE = "consonants-v1"
#: Arabic letters a Latin spelling writes as a vowel or leaves out: ʿayn is read as a
#: vowel ("علي", "Ali"), hamza and the final tāʾ marbūṭa go ("Hamza", not "Hamzat").
_SILENT = str.maketrans({"ع": "ا", "ء": "", "ئ": "ي", "ؤ": "و", "ة": ""})
_SOUNDS = str.maketrans("pqcgdzv", "bkkktsf")
_VOWELS = re.compile(r"[aeiouyw]+")
_REPEATS = re.compile(r"(.)\1+")
_ARTICLE = re.compile(r"^(?:al|el|ul)(?=[a-z]{3})")
_GLUED_ARTICLE = re.compile(r"^(?:al|el|ul)(?=[a-z]{2})")
#: The article before "din" ("faith"), however written: "Nooruddin", "نورالدین",
#: "Eddine", "ad-Din".
_DIN_ARTICLE = re.compile(r"(?:^[aeu]d|(?<=[a-z])(?:al|el|ul|ud|ad|ed|id))(?=d[iey]+n[e]?$)")


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of ``resolve/data/<name>.txt`` (one a line, ``#`` comments; see its README)."""
    text = files("threadline.resolve").joinpath("data", f"{name}.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


def latin_form(name: str) -> str:
    """A name in Latin letters, for the matcher: "Виктор Бут" → "Viktor But"."""
    return ascii_text(clean_name(name).translate(_SILENT))


def is_abjad(name: str) -> bool:
    """Whether a name is written in a script without short vowels (Arabic, Hebrew)."""
    return bool(text_scripts(name) & ABJADS)


def consonants(token: str) -> str:
    """The consonants of a transliterated name part, the way Arabic script writes them.

    Vowels, "w" and "y" go (Arabic writes long vowels with the letters read "w" and
    "y", and short ones not at all); voiced and unvoiced consonants fall together
    ("d"/"t", "q"/"k"/"g", "z"/"s") and doubled letters count once. Unlike blocking's
    skeleton, "h" stays ("Hala" and "Ali" differ), and a name part that begins with a
    vowel keeps an "a" in front, as Arabic script writes it ("Ahmadi" is "ahmt",
    "Hamati" is "hmt"). A glued article goes ("altkryty"), and "dh" counts as "d"
    (Latin spellings write both "ذ" and "ض" so: "Fadhil", "فاضل").
    """
    token = _ARTICLE.sub("", token).replace("dh", "d")
    start = "a" if token[:1] in ("a", "e", "i", "o", "u") else ""
    return start + _REPEATS.sub(r"\1", _VOWELS.sub("", token.translate(_SOUNDS)))


def consonant_parts(name: str) -> list[str]:
    """The consonants (:func:`consonants`) of each name part, articles left out.

    "Saddam Hussein Al-tikriti" and "صدام حسين التكريتي" both give ``["stm", "hsn",
    "tkrt"]``.
    """
    bones = (consonants(t) for t in _parts(name))
    return [b for b in bones if b]


def _join_split(parts: list[str], other: set[str]) -> list[str]:
    """Consonants of each part, two parts joined where the other name writes them as one."""
    bones: list[str] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and consonants(parts[i]) not in other:
            joined = consonants(parts[i] + parts[i + 1])
            if joined in other:
                bones.append(joined)
                i += 2
                continue
        bones.append(consonants(parts[i]))
        i += 1
    return [b for b in bones if b]


def _parts(name: str) -> list[str]:
    """Name parts without articles; "ʿabd" and the word after it are one part, as Arabic
    script often writes them ("Abdul Hakim", "Abd al-Hakim", "عبد الحكيم": "abdalhakim")."""
    tokens = [_DIN_ARTICLE.sub("", t) for t in name_tokens(name.translate(_SILENT), person=True)]
    parts: list[str] = []
    for token in tokens:
        if token in word_list("arabic_articles"):
            continue
        if parts and parts[-1] in word_list("abd_forms"):
            parts[-1] = "abdal" + _GLUED_ARTICLE.sub("", token)
        else:
            parts.append(token)
    return parts


def consonant_agreement(left: str, right: str) -> float:
    """How many name parts of two names agree in their consonants (0–1).

    Twice the parts that agree over the parts of both names, so "Saddam Hussein
    Al-tikriti" and "صدام حسين التكريتي" agree fully (1.0) and "Tariq Mikhail Aziz" and
    "طارق عزيز" agree on two of three parts (0.8). Two parts of one name that the other
    writes as one part count as that one part ("نجيب الله" and "Najibullah"). A name
    with a name put in front of the other ("Qusay Saddam Hussein" and "صدام حسين") is
    another person's: 0. So is a pair whose agreeing parts share fewer than
    :data:`MIN_CONSONANTS` consonants (vowel marks not counted).
    """
    raw_a, raw_b = _parts(left), _parts(right)
    b = _join_split(raw_b, {consonants(t) for t in raw_a})
    a = _join_split(raw_a, set(b))
    if not a or not b:
        return 0.0
    if adds_leading_name(a, b) or adds_leading_name(b, a):
        return 0.0
    agreeing = Counter(a) & Counter(b)
    if sum(len(part.lstrip("a")) * n for part, n in agreeing.items()) < MIN_CONSONANTS:
        return 0.0
    return 2 * sum(agreeing.values()) / (len(a) + len(b))


def _consonant_result(left: str, right: str) -> MatchResult:
    value = round(consonant_agreement(left, right), 4)
    a, b = " ".join(consonant_parts(left)), " ".join(consonant_parts(right))
    feature = FeatureResult(
        "consonants",
        value,
        1.0,
        "Arabic and Hebrew script leave out short vowels, so the name parts were compared"
        f" by their consonants — {a!r} and {b!r}",
    )
    return MatchResult(value, CONSONANTS_RULE, [feature])


def _latin_result(left: str, right: str, schemas: tuple[str | None, str | None]) -> MatchResult:
    a, b = latin_form(left), latin_form(right)
    result = compare_names(a, b, left_schema=schemas[0], right_schema=schemas[1])
    note = FeatureResult(
        "transliteration", 1.0, 0.0, f"compared in Latin letters — {a!r} and {b!r}"
    )
    return MatchResult(result.score, result.algorithm, [note, *result.features])


def compare_across_scripts(
    left: str, right: str, *, schemas: tuple[str | None, str | None] = (None, None)
) -> MatchResult:
    """The best comparison of two names: as written, in Latin letters, or by consonants.

    Names in one script are compared as written only. When one is in Latin script and
    the other is not, the matcher also compares both in Latin letters, and a name in
    Arabic or Hebrew script is also compared by consonants
    (:func:`consonant_agreement`). The highest score wins; on a tie, the comparison
    as written.
    """
    native = compare_names(left, right, left_schema=schemas[0], right_schema=schemas[1])
    if is_latin(left) == is_latin(right):
        return native
    results = [native, _latin_result(left, right, schemas)]
    if is_abjad(left) or is_abjad(right):
        results.append(_consonant_result(left, right))
    return max(results, key=lambda r: r.score)  # max keeps the first of equals
