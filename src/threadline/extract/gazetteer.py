"""A modest gazetteer of well-known bodies, groups and laws (``data/gazetteer.tsv``).

Matches are case-sensitive (so "ICE" the agency is not "ice"), win over overlapping
statistical entities, and absorb the rest of an overlapping non-person entity ("the
UN Convention against" + "Transnational Organized Crime").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from importlib import resources

from rigour.territories import lookup_territory
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from threadline.extract.spans import make_entity, set_entities

METHOD = "rule:gazetteer-v1"


@cache
def gazetteer_entries() -> tuple[tuple[str, str], ...]:
    """(label, name) pairs from the packaged gazetteer file."""
    text = resources.files("threadline.extract").joinpath("data/gazetteer.tsv").read_text("utf-8")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, name = line.split("\t", 1)
        entries.append((label.strip(), name.strip()))
    return tuple(entries)


def merge_match(match: Span, ents: list[Span]) -> tuple[Span, list[Span]]:
    """``match`` grown over overlapping non-person entities; persons cut to what is left.

    Returns the (possibly grown) match and the entities that no longer overlap it.
    """
    doc = match.doc
    start, end = match.start, match.end
    # ``ents`` are sorted and do not overlap: only a run of them can touch the match
    first = bisect_right(ents, start, key=lambda e: e.end)
    last = bisect_left(ents, end, lo=first, key=lambda e: e.start)
    rest: list[Span] = []
    for ent in ents[first:last]:
        if ent.end <= start or ent.start >= end:
            rest.append(ent)
        elif ent.label_ == "PERSON":
            before, after = (ent.start, start), (end, ent.end)
            s, e = max(before, after, key=lambda p: p[1] - p[0])
            if e > s:
                rest.append(make_entity(doc, s, e, "PERSON", ent.id_ or "spacy"))
        elif ent.label_ not in ("DATE", "MONEY", "CARDINAL"):
            start, end = min(start, ent.start), max(end, ent.end)
    grown = make_entity(doc, start, end, match.label_, METHOD)
    rest = [r for r in rest if r.end <= start or r.start >= end]
    return grown, ents[:first] + rest + ents[last:]


class Gazetteer:
    """Pipeline component that tags gazetteer names with their labels."""

    def __init__(self, nlp: Language, entries: tuple[tuple[str, str], ...]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list[str]] = {}
        for label, name in entries:
            by_label.setdefault(label, []).append(name)
        for label, names in by_label.items():
            self.matcher.add(label, [nlp.make_doc(name) for name in names])

    def __call__(self, doc: Doc) -> Doc:
        matches = [
            make_entity(doc, start, end, doc.vocab.strings[key], METHOD)
            for key, start, end in self.matcher(doc)
        ]
        ents = list(doc.ents)
        grown: list[Span] = []
        for match in sorted(matches, key=lambda m: m.start - m.end):
            if any(g.start <= match.start and match.end <= g.end for g in grown):
                continue
            merged, ents = merge_match(match, ents)
            grown.append(merged)
        set_entities(doc, ents, prefer=grown)
        return doc


@Language.factory("threadline_gazetteer_v1")
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(nlp, gazetteer_entries())


def country_of_demonym(word: str) -> str | None:
    """The country a demonym names ("Mexican" → Mexico, "Colombian" → Colombia), from
    rigour's territory names; ``None`` for words that name no country ("Islamic",
    "European")."""
    if not word[:1].isupper():
        return None
    territory = lookup_territory(word)
    if territory is None or not territory.is_country:
        return None
    return territory.name
