"""Blocking keys for the candidate index kept in the store.

Every listed name is indexed under its tokens (``t:``), their sounds (``p:``, metaphone),
their consonant skeletons (``s:``), neighbouring tokens written together, and character
trigrams (``g:``). A query looks up its own keys — rarest first, trigrams only when the
cheaper keys find too little — so screening compares a query with a few dozen entries,
not the whole list, and its cost grows with how common the query's tokens are rather
than with the size of the list.
"""

from __future__ import annotations

from collections.abc import Iterable

from threadline.matching.normalize import NameForm, phonetic, skeleton

#: A key shared by more than this share of indexed names is too common to block on
#: unless the query has nothing rarer.
COMMON_KEY_SHARE = 0.05


def token_keys(tokens: Iterable[str]) -> set[str]:
    """Exact, phonetic and skeleton keys of the tokens, and of neighbours joined."""
    tokens = [t for t in tokens if len(t) > 1]
    keys: set[str] = set()
    for token in [*tokens, *(a + b for a, b in zip(tokens, tokens[1:], strict=False))]:
        keys.add("t:" + token)
        if code := phonetic(token):
            keys.add("p:" + code)
        if len(skel := skeleton(token)) >= 2:
            keys.add("s:" + skel)
    return keys


def trigram_keys(tokens: Iterable[str]) -> set[str]:
    """Character trigrams of each token (padded), for spellings the other keys miss."""
    keys: set[str] = set()
    for token in tokens:
        if len(token) < 3:
            continue
        padded = f"_{token}_"
        keys.update("g:" + padded[i : i + 3] for i in range(len(padded) - 2))
    return keys


def entry_keys(forms: Iterable[NameForm]) -> set[str]:
    """All blocking keys of an entry's names."""
    keys: set[str] = set()
    for form in forms:
        keys |= token_keys(form.tokens)
        keys |= trigram_keys(form.tokens)
    return keys
