"""Comparing two names token by token, in any order, with an alignment to explain it.

Tokens match exactly, as initials ("V." ~ "Vladimir"), by edit distance with
transpositions ("Faiz" ~ "Afiz"), by sound (metaphone), or — for names written in a
script without vowels — by consonant skeleton ("mhmd" ~ "Mohammed"). Tokens written
apart on one side and together on the other ("Abdul Hai" ~ "Abdulhai") are joined.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import OSA

from threadline.matching.normalize import NameForm, phonetic, skeleton

#: Token similarities below this count as no match at all.
FUZZY_CUTOFF = 0.7
#: How much tokens of the listed name missing from the query lower the score (0–1);
#: lists often carry patronymics and extra given names that a query leaves out.
RESULT_COVERAGE_EXPONENT = 0.35
#: Similarity of tokens with the same consonant skeleton, by skeleton length (1, 2, 3+).
SKELETON_SIMILARITY = {1: 0.75, 2: 0.8, 3: 0.9}
#: Weight of an unmatched token derived from a matched one ("Vladimirovich" next to
#: "Vladimir"): patronymics are often left out.
PATRONYMIC_WEIGHT = 0.25


class NameComparison(NamedTuple):
    """How well a query name matched a listed name, and which tokens paired up.

    (A named tuple: made for every pair compared, it is built several times faster than
    a frozen dataclass.)"""

    score: float
    query: str
    result: str
    pairs: tuple[tuple[str, str, float], ...]
    query_tokens: tuple[str, ...]
    result_tokens: tuple[str, ...]
    #: The precision rule that kept this pair apart (tl-name-v2), if any.
    rule: str = ""
    #: Tokens of each side that no token of the other side matched.
    unmatched_query: tuple[str, ...] = ()
    unmatched_result: tuple[str, ...] = ()

    def detail(self) -> str:
        aligned = ", ".join(a if a == b else f"{a}~{b} ({s:.2f})" for a, b, s in self.pairs)
        parts = [f"{self.query!r} vs {self.result!r}: {aligned or 'no tokens in common'}"]
        if query_only := self.unmatched_query:
            parts.append("query only: " + " ".join(query_only))
        if listed_only := self.unmatched_result:
            parts.append("listed only: " + " ".join(listed_only))
        return "; ".join(parts)


@lru_cache(maxsize=500_000)
def token_similarity(a: str, b: str, skeletal: bool = False) -> float:
    """Similarity of two ASCII tokens, 0–1 (0 below :data:`FUZZY_CUTOFF`)."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[0] == b[0] else 0.0
    if a.isdigit() or b.isdigit():
        return 0.0
    sim = OSA.normalized_similarity(a, b)
    code = phonetic(a)
    if code and code == phonetic(b):
        sim = (sim + 1.0) / 2
    if skeletal and skeleton(a) == skeleton(b) and skeleton(a):
        # Short skeletons ("md", "kn") are shared by many unrelated names.
        sim = max(sim, SKELETON_SIMILARITY[min(len(skeleton(a)), 3)])
    return sim if sim >= FUZZY_CUTOFF else 0.0


@lru_cache(maxsize=200_000)
def _joins(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a + b for a, b in zip(tokens, tokens[1:], strict=False))


@lru_cache(maxsize=200_000)
def _targets(tokens: tuple[str, ...], skeletal: bool) -> frozenset[str]:
    if not skeletal:
        return frozenset(tokens)
    return frozenset(tokens) | frozenset(skeleton(t) for t in tokens)


def _join_split_tokens(
    tokens: tuple[str, ...], other: tuple[str, ...], skeletal: bool
) -> tuple[str, ...]:
    """Join neighbours written as one token on the other side ("abdul hai" → "abdulhai");
    ``tokens`` has two or more."""
    joins = _joins(tokens)
    if skeletal:
        targets = _targets(other, skeletal)
        hits = {
            i for i, joined in enumerate(joins) if joined in targets or skeleton(joined) in targets
        }
    else:
        for joined in joins:
            if joined in other:
                break
        else:
            return tokens
        hits = {i for i, joined in enumerate(joins) if joined in other}
    if not hits:
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i in hits and i + 1 < len(tokens):
            out.append(joins[i])
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def _leftover_weight(tokens: tuple[str, ...], roots: tuple[str, ...]) -> float:
    """The weight of tokens left unmatched; patronymics of a matched name count little."""
    total = 0.0
    for token in tokens:
        weight = 0.5 if len(token) == 1 else 1.0
        total += weight * PATRONYMIC_WEIGHT if roots and token.startswith(roots) else weight
    return total


def compare_forms(
    query: NameForm,
    result: NameForm,
    similarity: Callable[[str, str, bool], float] | None = None,
    result_exponent: float = RESULT_COVERAGE_EXPONENT,
    query_exponent: float = 1.0,
) -> NameComparison:
    """Align the tokens of two names one-to-one, best pairs first, and score the alignment.

    ``similarity`` (token similarity) and ``result_exponent`` / ``query_exponent`` (how
    much unmatched tokens of each side count) default to ``tl-name-v1``'s; later
    algorithms pass their own."""
    similar = similarity or token_similarity
    skeletal = query.skeletal or result.skeletal
    # Joining by skeleton only on a side written without vowels ("bd allh" ~ "abdullah");
    # on a Latin side it would fuse unrelated names ("ahmed adnan" ~ "hmdany").
    qt, rt = query.tokens, result.tokens
    if len(qt) > 1:
        qt = _join_split_tokens(qt, rt, query.skeletal)
    if len(rt) > 1:
        rt = _join_split_tokens(rt, qt, result.skeletal)
    scored = [
        (-sim, abs(i - j), i, j)
        for i, a in enumerate(qt)
        for j, b in enumerate(rt)
        if (sim := 1.0 if a == b else similar(a, b, skeletal)) > 0.0
    ]
    if not scored:
        return NameComparison(0.0, query.original, result.original, (), qt, rt, "", qt, rt)
    scored.sort()
    pairs, left_q, left_r, matched, mass, weighted = _align(qt, rt, scored)
    score = weighted / mass
    if left_q or left_r:
        # Coverage of each side (1 when nothing is left, which changes no score).
        roots = tuple({t[:-1] for a, b, _ in pairs for t in (a, b) if len(t) >= 4})
        coverage_q = matched / (matched + _leftover_weight(left_q, roots))
        coverage_r = matched / (matched + _leftover_weight(left_r, roots))
        score = score * coverage_q**query_exponent * coverage_r**result_exponent
    return NameComparison(score, query.original, result.original, pairs, qt, rt, "", left_q, left_r)


def _align(
    qt: tuple[str, ...], rt: tuple[str, ...], scored: list[tuple[float, int, int, int]]
) -> tuple[
    tuple[tuple[str, str, float], ...], tuple[str, ...], tuple[str, ...], float, float, float
]:
    """Pair tokens one-to-one, best (sorted) candidates first: the pairs, the tokens of
    each side left unmatched, the tokens' matched weight, their total weight, and their
    total weight times similarity."""
    pairs = []
    matched = mass = weighted = 0.0
    used_q: set[int] = set()
    used_r: set[int] = set()
    most = min(len(qt), len(rt))
    for neg, _, i, j in scored:
        if i in used_q or j in used_r:
            continue
        used_q.add(i)
        used_r.add(j)
        a, b = qt[i], rt[j]
        pairs.append((a, b, -neg))
        wa = 0.5 if len(a) == 1 else 1.0
        wb = 0.5 if len(b) == 1 else 1.0
        # An initial matched to a full name covers only as much as an initial.
        matched += wa if wa < wb else wb
        mass += wa + wb
        weighted += -neg * (wa + wb)
        if len(pairs) == most:
            break
    left_q = () if len(used_q) == len(qt) else tuple(t for i, t in enumerate(qt) if i not in used_q)
    left_r = () if len(used_r) == len(rt) else tuple(t for j, t in enumerate(rt) if j not in used_r)
    return tuple(pairs), left_q, left_r, matched, mass, weighted
