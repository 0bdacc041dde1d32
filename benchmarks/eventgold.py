"""Gold documents of the events/coreference evaluation set: loading, validation, names.

The gold files (JSON, see ``benchmarks/events/GUIDELINES.md``) are checked by
:func:`validate`; :func:`names_match` is the name comparison every score uses
(``benchmarks/eventscore.py``). No spaCy here.

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
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
QUOTE_MARKS = "\"'“”‘’«»‎"


# --- gold -------------------------------------------------------------------------------


# U.S. federal sites (public domain) and gov.uk (Open Government Licence v3.0).
OPEN_HOSTS = (".gov", "centcom.mil", "www.gov.uk")


def load_split(
    split: str, root: Path = EVENTS_DIR, numbers: tuple[int, int] | None = None
) -> list[dict[str, Any]]:
    """The gold documents of one split, in file order; with ``numbers`` (first, last), only
    the files numbered in that range ("19-….json")."""
    paths = sorted((root / split).glob("*.json"))
    if numbers is not None:
        paths = [p for p in paths if numbers[0] <= int(p.name.split("-")[0]) <= numbers[1]]
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


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
    if not str(doc.get("url", "")).split("/")[2].endswith(OPEN_HOSTS):
        out.append(f"not a public-domain or OGL government URL: {doc['url']}")
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
    """Casefolded, without diacritics or punctuation, single-spaced, no leading "the" and no
    trailing "Jr."/"Sr."/"III"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"'s\b", "", plain)
    words = re.sub(r"[^\w]+", " ", plain).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words = words[:-1]
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
