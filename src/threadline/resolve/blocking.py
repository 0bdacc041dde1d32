"""Blocking: which pairs of entities are worth scoring with the name matcher.

Scoring every pair of entities in a corpus is quadratic, so only pairs that share a
*blocking key* are scored. Keys are built from transliterated name tokens, so they meet
across scripts: "Виктор Бут" and "Viktor Bout" share the keys of "viktor" and of
"but"/"bout". A key shared by very many entities (a common given name, "ministry") says
little and is skipped, like a stop word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations

from rapidfuzz.distance import Levenshtein
from rigour.text.phonetics import metaphone

from threadline.resolve.normalize import name_tokens, type_group

#: Entities per key above which the key is too common to block on.
MAX_BLOCK = 64
#: Groups whose entities are compared by name across documents.
MATCHED_GROUPS = frozenset({"person", "org"})

_SOUNDS = str.maketrans("pqcgdzv", "bkkktsf")
_VOWELS = re.compile(r"[aeiouyhw]+")
_REPEATS = re.compile(r"(.)\1+")
_ARTICLE = re.compile(r"^(?:al|el|ul)(?=[a-z]{3})")
_SLAVIC_ENDING = re.compile(r"(?<=[iy])j$")


def skeleton(token: str) -> str:
    """A token's consonant skeleton: the letters transliteration rarely gets wrong.

    Vowels, "h", "w" and "y" go, voiced and unvoiced consonants fall together ("g"/"k",
    "d"/"t", "b"/"p", "v"/"f", "z"/"s") and doubled letters count once, so "Mohammed"
    and the Arabic "محمد" (transliterated "mhmd") both give "mt". An Arabic article
    glued to the name goes first ("alasd" → "sd", as "Assad"), and so does the "j" of a
    Russian ending "-ий"/"-ый" ("Дмитрий" reads "dmitrij", as "Dmitry").
    """
    token = _SLAVIC_ENDING.sub("", without_article(token.lower())).translate(_SOUNDS)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", token))


def without_article(token: str) -> str:
    """A lower-case name part without an Arabic article glued to it ("alrymy" → "rymy")."""
    return _ARTICLE.sub("", token)


@lru_cache(maxsize=65536)
def token_keys(type_: str, name: str) -> tuple[frozenset[str], ...]:
    """The blocking keys of each token of a name, then those of the whole name as one word.

    Tokens are transliterated, lower-case and unaccented (see ``name_tokens``); a token
    gives its consonant skeleton and its metaphone; tokens of one or two letters ("al",
    initials) give none. The whole name written as one word is for scripts written
    without spaces ("김정은", "Kim Jong Un"). Only people and organisations have keys:
    dates, places and sums are resolved by their values.
    """
    group = type_group(type_)
    if group not in MATCHED_GROUPS:
        return ()
    tokens = name_tokens(name, person=group == "person")
    result = []
    for token in [*tokens, "".join(tokens)]:
        keys = set()
        if len(token) >= 3:
            bone = skeleton(token)
            if len(bone) >= 2:
                keys.add(f"{group}:s:{bone}")
            keys.add(f"{group}:m:{metaphone(token)}")
        result.append(frozenset(keys))
    return tuple(result)


def blocking_keys(type_: str, name: str) -> frozenset[str]:
    """All the blocking keys of a name (see :func:`token_keys`)."""
    return frozenset().union(*token_keys(type_, name))


def enough_overlap(left: tuple[frozenset[str], ...], right: tuple[frozenset[str], ...]) -> bool:
    """Whether two names (as :func:`token_keys`) share enough to be worth scoring.

    Either the whole names meet, or at least two name parts of each meet parts of the
    other (one, when a name has only one part with keys): "Patricia Lucas Wheeler" and
    "Patricia Smith" share only the given name, and are not scored.
    """
    if not left or not right:
        return False
    if left[-1] & right[-1]:
        return True
    a, b = [k for k in left[:-1] if k], [k for k in right[:-1] if k]
    keys_a, keys_b = frozenset().union(*a), frozenset().union(*b)
    meet_a = sum(1 for k in a if k & keys_b or near_skeleton(k, keys_b))
    meet_b = sum(1 for k in b if k & keys_a or near_skeleton(k, keys_a))
    return min(meet_a, meet_b) >= min(2, len(a), len(b)) > 0


def near_skeleton(part: frozenset[str], others: frozenset[str]) -> bool:
    """Whether a name part's consonant skeleton is one consonant away from one of
    ``others`` (both of four consonants or more): "Ntawunguka" and "Ntawungula"
    (``ntnk``, ``ntnkl``), "Nourredine" and "Nourreldine" (``nrtn``, ``nrltn``)."""
    mine = [k.rsplit(":", 1)[1] for k in part if ":s:" in k]
    theirs = [k.rsplit(":", 1)[1] for k in others if ":s:" in k]
    return any(
        min(len(x), len(y)) >= 4 and Levenshtein.distance(x, y, score_cutoff=1) <= 1
        for x in mine
        for y in theirs
    )


def candidate_pairs(
    entities: Iterable[tuple[str, str, str]], *, max_block: int = MAX_BLOCK
) -> list[tuple[str, str]]:
    """Pairs of ``(id, type, name)`` entities worth scoring, as sorted id pairs.

    A pair shares a blocking key that at most ``max_block`` entities share, and enough
    name parts (:func:`enough_overlap`). Each pair is listed once, in a stable order,
    whatever order the entities came in.
    """
    blocks: dict[str, set[str]] = defaultdict(set)
    keys: dict[str, tuple[frozenset[str], ...]] = {}
    for id_, type_, name in entities:
        keys[id_] = token_keys(type_, name)
        for key in blocking_keys(type_, name):
            blocks[key].add(id_)
    pairs: set[tuple[str, str]] = set()
    for members in blocks.values():
        if 1 < len(members) <= max_block:
            pairs.update(combinations(sorted(members), 2))
    return sorted(p for p in pairs if enough_overlap(keys[p[0]], keys[p[1]]))
