"""Pronoun and nominal mentions in re3d: how many the gold has, how many threadline finds.

re3d annotates pronouns ("he", "we", "their") and descriptions ("the group", "The Foreign
Secretary") as entity spans typed Person, Organisation or Location, like names. It has
no coreference chains: a pronoun is never linked to the name it stands for. Some
nominals are linked to a name by an ``IsSynonymOf`` relation (mostly appositions: "the
CJTF-OIR spokesperson" ~ "Col. John Dorrian"); those links are the only gold for
"links to the right entity".

- *coverage*: gold pronoun/nominal spans overlapped by a threadline mention whose
  ``kind`` is ``pronoun`` or ``nominal`` (coreference mentions, see ``Mention.kind``);
- *right link*: gold nominals with an ``IsSynonymOf`` name whose predicted mention's
  antecedent overlaps that name's span.

Used by ``benchmarks/eval_extract.py`` (its report's "Pronouns and nominals" section).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
    ]  # noqa: SIM905
)
DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "our", "its", "their", "his", "her"}
)
GOLD_TYPES = frozenset({"Person", "Organisation", "Location"})


@dataclass(frozen=True)
class Description:
    """A gold pronoun or nominal span, with the name span it is linked to (if any)."""

    document: str
    start: int
    end: int
    kind: str  # pronoun | nominal
    link: tuple[int, int] | None = None


def kind_of(text: str) -> str | None:
    """``pronoun`` for a lone pronoun, ``nominal`` for a phrase that starts with a
    determiner and ends with a lower-case word ("the group", "our Syrian partners", "The
    CJTF-OIR commanding general"), else ``None`` (a name, "the Islamic State")."""
    words = text.split()
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if len(words) > 1 and words[0].lower() in DETERMINERS and words[-1][:1].islower():
        return "nominal"
    return None


def _lines(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_descriptions(folder: Path) -> list[Description]:
    """The pronoun/nominal gold spans of one re3d subset, with their IsSynonymOf names."""
    links: dict[tuple[str, int, int], tuple[int, int]] = {}
    for r in _lines(folder / "relations.json"):
        if r["type"] != "IsSynonymOf":
            continue
        ends = [
            (r["sourceBegin"], r["sourceEnd"], r["source"]),
            (r["targetBegin"], r["targetEnd"], r["target"]),
        ]
        for (s, e, text), (s2, e2, text2) in (ends, ends[::-1]):
            # "The Foreign Secretary" ~ "Boris Johnson": a determiner phrase linked to a name
            first, first2 = text.split()[0].lower(), text2.split()[0].lower()
            if first in DETERMINERS and first2 not in DETERMINERS and not kind_of(text2):
                links[(r["documentId"], s, e)] = (s2, e2)
    seen: set[tuple[str, int, int]] = set()
    out = []
    for row in _lines(folder / "entities.json"):
        key = (row["documentId"], row["begin"], row["end"])
        kind = kind_of(row["value"]) or ("nominal" if key in links else None)
        if row["type"] in GOLD_TYPES and kind and key not in seen:
            seen.add(key)
            out.append(Description(*key, kind=kind, link=links.get(key)))
    return out


def score(
    gold: list[Description],
    predicted: dict[str, list[tuple[int, int, tuple[int, int] | None]]],
) -> Counter[str]:
    """Counts per kind: ``gold``, ``covered``; and ``linked_gold``/``linked_right`` for
    nominals with a gold name. ``predicted``: document → (start, end, antecedent span)."""
    counts: Counter[str] = Counter()
    for g in gold:
        hits = [p for p in predicted.get(g.document, []) if p[0] < g.end and g.start < p[1]]
        counts[f"{g.kind} gold"] += 1
        counts[f"{g.kind} covered"] += bool(hits)
        if g.link is not None:
            counts["linked_gold"] += 1
            link = g.link
            counts["linked_right"] += any(
                a is not None and a[0] < link[1] and link[0] < a[1] for _, _, a in hits
            )
    return counts


def table(by_subset: dict[str, Counter[str]]) -> list[str]:
    """Markdown rows: gold counts, coverage and right links per subset."""
    rows = [
        "| subset | pronouns | covered | nominals | covered | nominals with a name | right link |",
        "|---|---|---|---|---|---|---|",
    ]
    for subset, c in by_subset.items():
        rows.append(
            f"| {subset} | {c['pronoun gold']} | {c['pronoun covered']} | {c['nominal gold']} | "
            f"{c['nominal covered']} | {c['linked_gold']} | {c['linked_right']} |"
        )
    return rows
