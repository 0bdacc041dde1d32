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


def skeleton(token: str) -> str:
    """A token's consonant skeleton: the letters transliteration rarely gets wrong.

    Vowels, "h", "w" and "y" go, voiced and unvoiced consonants fall together ("g"/"k",
    "d"/"t", "b"/"p", "v"/"f", "z"/"s") and doubled letters count once, so "Mohammed"
    and the Arabic "محمد" (transliterated "mhmd") both give "mt". An Arabic article
    glued to the name goes first ("alasd" → "sd", as "Assad").
    """
    token = _ARTICLE.sub("", token.lower()).translate(_SOUNDS)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", token))


@lru_cache(maxsize=65536)
def blocking_keys(type_: str, name: str) -> frozenset[str]:
    """The blocking keys of a name: its group plus the skeleton and sound of each token.

    Tokens are transliterated, lower-case and unaccented (see ``name_tokens``); tokens
    of one or two letters ("al", initials) make no key. The whole name written as one
    word makes a key too, for scripts written without spaces ("김정은", "Kim Jong Un").
    Only people and organisations have keys: dates, places and sums are resolved by
    their values.
    """
    group = type_group(type_)
    if group not in MATCHED_GROUPS:
        return frozenset()
    tokens = name_tokens(name, person=group == "person")
    keys = set()
    for token in [*tokens, "".join(tokens)]:
        if len(token) < 3:
            continue
        bone = skeleton(token)
        if len(bone) >= 2:
            keys.add(f"{group}:s:{bone}")
        keys.add(f"{group}:m:{metaphone(token)}")
    return frozenset(keys)


def candidate_pairs(
    entities: Iterable[tuple[str, str, str]], *, max_block: int = MAX_BLOCK
) -> list[tuple[str, str]]:
    """Pairs of ``(id, type, name)`` entities sharing a blocking key, as sorted id pairs.

    Each pair is listed once, in a stable order, whatever order the entities came in.
    Keys shared by more than ``max_block`` entities are skipped.
    """
    blocks: dict[str, set[str]] = defaultdict(set)
    for id_, type_, name in entities:
        for key in blocking_keys(type_, name):
            blocks[key].add(id_)
    pairs: set[tuple[str, str]] = set()
    for members in blocks.values():
        if 1 < len(members) <= max_block:
            pairs.update(combinations(sorted(members), 2))
    return sorted(pairs)
