"""Scoring for the events/coreference evaluation set (``benchmarks/events/``), without spaCy.

Pure functions over gold documents (:mod:`eventgold`) and predictions (:class:`PredDoc`),
so tests can check the matching on tiny examples. ``benchmarks/eval_events.py`` runs the
pipeline and turns extractions into predictions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from eventgold import (
    EVENTS_DIR,
    ROLES,
    SPLITS,
    acronym_of,
    load_split,
    names_match,
    normalize,
    validate,
)

__all__ = [
    "EVENTS_DIR",
    "ROLES",
    "SPLITS",
    "PredDoc",
    "PredEvent",
    "Scores",
    "acronym_of",
    "f1",
    "load_split",
    "match_events",
    "match_names",
    "names_match",
    "normalize",
    "overlaps",
    "ratio",
    "validate",
]

# --- predictions ------------------------------------------------------------------------


@dataclass
class PredEvent:
    type: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    agents: list[str] = field(default_factory=list)  # names
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    status: str = "occurred"
    date: str | None = None


@dataclass
class PredDoc:
    events: list[PredEvent] = field(default_factory=list)
    quotes: list[tuple[tuple[int, int], str | None]] = field(default_factory=list)
    coref: list[tuple[tuple[int, int], str | None]] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)


def overlaps(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- scoring ----------------------------------------------------------------------------


@dataclass
class Scores:
    """Counts over documents; :meth:`add` one document's gold and prediction."""

    gold_events: Counter[str] = field(default_factory=Counter)  # by type
    pred_events: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)  # matched pairs, by type
    args_gold: Counter[str] = field(default_factory=Counter)  # by role, in matched events
    args_found: Counter[str] = field(default_factory=Counter)
    #: matched events: status (gold, right) and date (gold events with a date, right)
    details: Counter[str] = field(default_factory=Counter)
    quotes: Counter[str] = field(default_factory=Counter)  # gold, found, speaker_right
    coref: Counter[str] = field(default_factory=Counter)  # gold, covered, linked
    persons: Counter[str] = field(default_factory=Counter)  # gold, pred, matched
    documents: int = 0
    aliases: dict[str, list[str]] = field(default_factory=dict)  # of the current document

    def add(self, gold: dict[str, Any], pred: PredDoc) -> None:
        self.documents += 1
        self.aliases = gold.get("aliases", {})
        names = tuple(gold["persons"]) + tuple(
            a["name"] for ev in gold["events"] for role in ROLES for a in ev[role]
        )
        self._events(gold["events"], pred.events, names)
        self._quotes(gold["quotes"], pred.quotes, names)
        self._coref(gold["coref"], pred.coref, names)
        found = match_names(gold["persons"], pred.persons, names, self.aliases)
        self.persons.update(gold=len(gold["persons"]), pred=len(pred.persons), matched=found)

    def _events(
        self, gold: list[dict[str, Any]], pred: list[PredEvent], names: tuple[str, ...]
    ) -> None:
        self.gold_events.update(ev["type"] for ev in gold)
        self.pred_events.update(ev.type for ev in pred)
        for g, p in match_events(gold, pred, names, self.aliases):
            self.matched[g["type"]] += 1
            self.details["status_right"] += p.status == g["status"]
            if g["date"]:
                self.details["dated"] += 1
                self.details["date_right"] += p.date == g["date"]
            for role in ROLES:
                for arg in g[role]:
                    self.args_gold[role] += 1
                    hit = any(
                        names_match(n, arg["name"], names, self.aliases) for n in getattr(p, role)
                    )
                    self.args_found[role] += hit

    def _quotes(
        self,
        gold: list[dict[str, Any]],
        pred: list[tuple[tuple[int, int], str | None]],
        names: tuple[str, ...],
    ) -> None:
        for q in gold:
            if q["speaker"] is None:
                continue
            self.quotes["gold"] += 1
            hits = [speaker for span, speaker in pred if overlaps(span, q["span"])]
            self.quotes["found"] += bool(hits)
            self.quotes["speaker_right"] += any(
                s is not None and names_match(s, q["speaker"], names, self.aliases) for s in hits
            )

    def _coref(
        self,
        gold: list[dict[str, Any]],
        pred: list[tuple[tuple[int, int], str | None]],
        names: tuple[str, ...],
    ) -> None:
        for c in gold:
            self.coref["gold"] += 1
            hits = [ante for span, ante in pred if overlaps(span, c["span"])]
            self.coref["covered"] += bool(hits)
            self.coref["linked"] += any(
                a is not None and names_match(a, c["antecedent"], names, self.aliases) for a in hits
            )


def match_events(
    gold: list[dict[str, Any]],
    pred: list[PredEvent],
    names: tuple[str, ...] = (),
    aliases: dict[str, list[str]] | None = None,
) -> list[tuple[dict[str, Any], PredEvent]]:
    """One-to-one pairs: same type and overlapping triggers first, then (leniently) a
    prediction of the same type whose sentence holds the gold trigger and that shares a
    target with it."""
    pairs: list[tuple[dict[str, Any], PredEvent]] = []
    free = list(pred)
    for lenient in (False, True):
        for g in gold:
            if any(g is pg for pg, _ in pairs):
                continue
            for p in free:
                if p.type != g["type"]:
                    continue
                if lenient:
                    ok = overlaps(p.sentence, g["trigger"]) and any(
                        names_match(n, a["name"], names, aliases)
                        for a in g["targets"]
                        for n in p.targets
                    )
                else:
                    ok = overlaps(p.trigger, g["trigger"])
                if ok:
                    pairs.append((g, p))
                    free.remove(p)
                    break
    return pairs


def match_names(
    gold: list[str],
    pred: list[str],
    names: tuple[str, ...] = (),
    aliases: dict[str, list[str]] | None = None,
) -> int:
    """How many gold names a distinct predicted name matches (greedy, one-to-one)."""
    free, found = list(pred), 0
    for g in gold:
        for p in free:
            if names_match(p, g, names, aliases):
                free.remove(p)
                found += 1
                break
    return found


def ratio(part: float, whole: float) -> str:
    return f"{part / whole:.2f}" if whole else "–"


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
