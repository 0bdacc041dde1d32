"""Scoring of binary relations against the events set's relation gold, without spaCy.

Gold: ``benchmarks/events/relations/{dev,test}/*.json`` (format and rules in
``benchmarks/events/RELATIONS-GUIDELINES.md``), one file per annotated text of the events
set. A prediction is ``(type, source name, target name)``; both sides are deduplicated per
document; a predicted name may list spellings joined by :data:`OR` (the entity's name
and the mention's words), any of which may match. A prediction is right when a gold
relation of the same type has matching names (:func:`eventgold.names_match`), in either
order for the symmetric types; the *any type* score ignores type and direction (a
predicted pair is right when some gold relation joins the two names).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventgold import EVENTS_DIR, names_match, normalize

SYMMETRIC = frozenset({"met", "spoke_with", "agreed_with", "cooperated_with"})
#: The relation types the guidelines define (those users see in the network).
TYPES = SYMMETRIC | frozenset(
    [
        "holds_role",
        "leads",
        "member_of",
        "employed_by",
        "arrested",
        "arrested_in",
        "charged",
        "convicted",
        "sentenced",
        "extradited",
        "extradited_to",
        "extradited_from",
        "sanctioned",
        "sanctioned_under",
        "signed",
        "ratified",
        "cancelled",
        "suspended",
        "extended",
        "breached",
        "met_in",
        "visited",
        "attacked",
        "criticised",
        "accused",
        "praised",
        "paid",
        "funded",
        "laundered_for",
        "owns",
        "controls",
        "located_in",
    ]
)
ANY = "(any type)"

Triple = tuple[str, str, str]  # type, source name, target name


def load_gold(split: str, root: Path = EVENTS_DIR) -> list[dict[str, Any]]:
    """The annotated texts of one split: each events-set gold document with its
    ``relations`` list, in file order (texts without a relation file are left out)."""
    out = []
    for path in sorted((root / "relations" / split).glob("*.json")):
        doc = json.loads((root / split / path.name).read_text(encoding="utf-8"))
        doc["relations"] = json.loads(path.read_text(encoding="utf-8"))["relations"]
        out.append(doc)
    return out


def validate(doc: dict[str, Any]) -> list[str]:
    """Annotation mistakes in one text's relation gold: unknown types, names whose last
    word (or initials: "U.S.") is not in the text, a relation of a name with itself."""
    text = normalize(doc["text"]).split()
    undotted = set(doc["text"].replace(".", "").split())  # "U.S." for "United States"
    out = []
    for i, rel in enumerate(doc["relations"]):
        if rel["type"] not in TYPES:
            out.append(f"relation {i}: unknown type {rel['type']}")
        for end in ("source", "target"):
            words = normalize(rel[end]).split()
            initials = "".join(w[0] for w in rel[end].split() if w[:1].isupper())
            if not words or (words[-1] not in text and initials not in undotted):
                out.append(f"relation {i}: {rel[end]!r} not in the text")
        if normalize(rel["source"]) == normalize(rel["target"]):
            out.append(f"relation {i}: {rel['source']!r} with itself")
    return out


def gold_names(doc: dict[str, Any]) -> tuple[str, ...]:
    """Every name of the document's gold (relation ends and persons): the rivals that
    keep a bare surname from matching the wrong full name."""
    names = {r[k] for r in doc["relations"] for k in ("source", "target")}
    return tuple(sorted(names | set(doc.get("persons", []))))


#: Separates the spellings of one predicted end: the entity's name, then the words of
#: the mention ("Türkiye | Turkey", "Mexico | the Mexican government").
OR = " | "


def _same(pred: str, gold: str, doc: dict[str, Any]) -> bool:
    return any(
        names_match(name, gold, gold_names(doc), doc.get("aliases", {})) for name in pred.split(OR)
    )


def joins(pred: Triple, gold: Triple, doc: dict[str, Any], typed: bool = True) -> bool:
    """``pred`` states ``gold``: same type (when ``typed``) and the same two names, in
    order unless the type is symmetric (or untyped)."""
    if typed and pred[0] != gold[0]:
        return False
    forward = _same(pred[1], gold[1], doc) and _same(pred[2], gold[2], doc)
    if forward:
        return True
    if typed and pred[0] not in SYMMETRIC:
        return False
    return _same(pred[1], gold[2], doc) and _same(pred[2], gold[1], doc)


def dedupe(triples: list[Triple]) -> list[Triple]:
    """One triple per (type, normalised names), first spelling kept; symmetric types in
    name order."""
    seen: dict[tuple[str, str, str], Triple] = {}
    for t in triples:
        a, b = normalize(t[1]), normalize(t[2])
        if t[0] in SYMMETRIC and b < a:
            a, b = b, a
        seen.setdefault((t[0], a, b), t)
    return list(seen.values())


@dataclass
class Scores:
    """Counts per type (and :data:`ANY`): gold, predicted, right predictions, gold found."""

    gold: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    errors: list[tuple[str, str, Triple]] = field(default_factory=list)  # (doc id, kind, triple)

    def add(self, doc: dict[str, Any], predicted: list[Triple]) -> None:
        self.documents += 1
        gold = dedupe([(r["type"], r["source"], r["target"]) for r in doc["relations"]])
        pred = dedupe(predicted)
        for p in pred:
            ok = any(joins(p, g, doc) for g in gold)
            self.pred[p[0]] += 1
            self.right[p[0]] += ok
            if not ok:
                self.errors.append((doc["id"], "false", p))
        for g in gold:
            ok = any(joins(p, g, doc) for p in pred)
            self.gold[g[0]] += 1
            self.found[g[0]] += ok
            if not ok:
                self.errors.append((doc["id"], "missed", g))
        self.pred[ANY] += len(pred)
        self.right[ANY] += sum(any(joins(p, g, doc, typed=False) for g in gold) for p in pred)
        self.gold[ANY] += len(gold)
        self.found[ANY] += sum(any(joins(p, g, doc, typed=False) for p in pred) for g in gold)

    def total(self, counter: Counter[str]) -> int:
        return sum(v for k, v in counter.items() if k != ANY)
