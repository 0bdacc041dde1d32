"""Scoring for the events/coreference evaluation set (``benchmarks/events/``), without spaCy.

Pure functions over gold documents (JSON, see ``benchmarks/events/GUIDELINES.md``) and
predictions (:class:`PredDoc`), so tests can check the matching on tiny examples.
``benchmarks/eval_events.py`` runs the pipeline and turns extractions into predictions.

Name comparison (:func:`names_match`), lenient by design and the same everywhere:
case-, diacritics- and punctuation-insensitive, a leading "the" ignored; an acronym
matches the name it abbreviates ("SDF" ~ "Syrian Democratic Forces"); a one-word
prediction that is the gold name's last word ("Austin" for "Mark Robert Austin") counts
only if no other gold name of the document ends with that word.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from threadline.model import EVENT_STATUSES, EVENT_TYPES

EVENTS_DIR = Path(__file__).resolve().parent / "events"
SPLITS = ("dev", "test")
ROLES = ("agents", "targets", "places")
COREF_KINDS = ("pronoun", "nominal")
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
    ]
)
QUOTE_MARKS = "\"'“”‘’«»‎"


# --- gold -------------------------------------------------------------------------------


def load_split(split: str, root: Path = EVENTS_DIR) -> list[dict[str, Any]]:
    """The gold documents of one split, in file order."""
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted((root / split).glob("*.json"))
    ]


def _span_problems(text: str, span: Any, what: str) -> list[str]:
    if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)):
        return [f"{what}: bad span {span}"]
    piece = text[span[0] : span[1]]
    if piece != piece.strip():
        return [f"{what}: span {span} {piece!r} has surrounding spaces"]
    return []


def _arg_consistent(
    text: str, arg: dict[str, Any], coref: list[dict[str, Any]], aliases: dict[str, list[str]]
) -> bool:
    """An argument's text names what ``name`` says: a shared word (or its first five letters:
    "Mexican" ~ "Mexico"), an acronym, or a coref span."""
    piece = text[arg["span"][0] : arg["span"][1]]
    stems = {w[:5] for w in normalize(arg["name"]).split()}  # demonyms: Mexican ~ Mexico
    if any(w[:5] in stems for w in normalize(piece).split()):
        return True
    if acronym_of(piece, arg["name"]) or names_match(piece, arg["name"], (), aliases):
        return True
    return any(
        c["span"][0] <= arg["span"][0]
        and arg["span"][1] <= c["span"][1]
        and normalize(c["antecedent"]) == normalize(arg["name"])
        for c in coref
    )


def validate(doc: dict[str, Any]) -> list[str]:
    """Annotation mistakes in one gold document (an empty list when it is consistent)."""
    text, out = doc["text"], []
    for key in ("id", "url", "title", "license", "excerpt", "text", "events", "quotes", "coref"):
        if key not in doc:
            out.append(f"missing {key}")
    if (
        not str(doc.get("url", "")).split("/")[2].endswith(".gov")
        and "centcom.mil" not in doc["url"]
    ):
        out.append(f"not a U.S. government URL: {doc['url']}")
    for i, ev in enumerate(doc["events"]):
        if ev["type"] not in EVENT_TYPES or ev["status"] not in EVENT_STATUSES:
            out.append(f"event {i}: bad type/status {ev['type']}/{ev['status']}")
        out += _span_problems(text, ev["trigger"], f"event {i} trigger")
        for role in ROLES:
            for arg in ev[role]:
                problems = _span_problems(text, arg["span"], f"event {i} {role}")
                out += problems
                if not problems and not _arg_consistent(
                    text, arg, doc["coref"], doc.get("aliases", {})
                ):
                    piece = text[arg["span"][0] : arg["span"][1]]
                    out.append(f"event {i} {role}: {piece!r} does not name {arg['name']!r}")
    for i, q in enumerate(doc["quotes"]):
        out += _span_problems(text, q["span"], f"quote {i}")
        piece = text[q["span"][0] : q["span"][1]]
        if piece[:1] in QUOTE_MARKS or piece[-1:] in QUOTE_MARKS:
            out.append(f"quote {i}: span includes quotation marks")
    for i, c in enumerate(doc["coref"]):
        out += _span_problems(text, c["span"], f"coref {i}")
        piece = text[c["span"][0] : c["span"][1]]
        if c["kind"] not in COREF_KINDS:
            out.append(f"coref {i}: bad kind {c['kind']}")
        elif c["kind"] == "pronoun" and piece.lower().split()[0] not in PRONOUNS:
            out.append(f"coref {i}: {piece!r} is not a pronoun")
    for name in doc.get("persons", []):
        if normalize(name).split()[-1] not in normalize(text).split():
            out.append(f"person {name!r} not in the text")
    return out


# --- names ------------------------------------------------------------------------------


def normalize(name: str) -> str:
    """Casefolded, without diacritics or punctuation, single-spaced, no leading "the"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"'s\b", "", plain)
    words = re.sub(r"[^\w]+", " ", plain).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def acronym_of(short: str, name: str) -> bool:
    """``short`` is the initials of the capitalised words of ``name`` ("SDF", "ICE")."""
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"^[Tt]he\s+", "", short.strip()))
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
    return len(letters) >= 2 and letters.isupper() and letters == initials


def names_match(
    pred: str, gold: str, others: tuple[str, ...] = (), aliases: dict[str, list[str]] | None = None
) -> bool:
    """Lenient name comparison (see the module docstring); ``others``: the document's gold
    names; ``aliases``: the document's gold aliases ("Umm Sayyaf" for a full name)."""
    for alias in (aliases or {}).get(gold, []):
        if names_match(pred, alias, others):
            return True
    p, g = normalize(pred), normalize(gold)
    if not p or not g:
        return False
    if p == g or acronym_of(pred, gold):
        return True
    if len(p.split()) == 1 and len(g.split()) > 1 and g.split()[-1] == p:
        rivals = {normalize(o) for o in others} - {g}
        return not any(r.split() and r.split()[-1] == p for r in rivals)
    return False


# --- predictions ------------------------------------------------------------------------


@dataclass
class PredEvent:
    type: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    agents: list[str] = field(default_factory=list)  # names
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


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
