"""Binary relations derived from events, alongside those the relation patterns find.

Each event gives the edges users already know (:data:`EDGES`): "Treasury designated the
Acme group and its leaders A, B and C" is one ``sanction`` event with four targets, so
four ``sanctioned`` relations, even where the verb patterns reached only the first.
A relation is added only when no relation of the same type already links the same two
mentions in the same sentence. The event's status carries over: ``negated`` and
``denied`` events give negated relations; other statuses than ``occurred`` become the
relation's ``modality`` ("requested", "planned" …). Method ``events-v1``.
"""

from __future__ import annotations

from itertools import combinations

from threadline.model import Event, Extraction, Relation

#: event type → (relation type, role of the source, role of the target)
EDGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "arrest": (("arrested", "agents", "targets"), ("arrested_in", "targets", "places")),
    "extradition": (("extradited", "agents", "targets"),),
    "charge": (("charged", "agents", "targets"),),
    "conviction": (("convicted", "agents", "targets"),),
    "sentence": (("sentenced", "agents", "targets"),),
    "sanction": (("sanctioned", "agents", "targets"),),
    "agreement_signed": (("signed", "agents", "targets"),),
    "agreement_ratified": (("ratified", "agents", "targets"),),
    "agreement_cancelled": (("cancelled", "agents", "targets"),),
    "agreement_suspended": (("suspended", "agents", "targets"),),
}


def _relation(event: Event, type_: str, source: str, target: str) -> Relation:
    return Relation(
        document=event.document,
        type=type_,
        source=source,
        target=target,
        start=event.start,
        end=event.end,
        date=event.date,
        date_source=event.date_source,
        negated=event.status in ("negated", "denied"),
        modality=None if event.status in ("occurred", "negated") else event.status,
        method=event.method,
        attributes={
            "event": event.id,
            "trigger": event.trigger,
            "trigger_start": event.trigger_start,
            "trigger_end": event.trigger_end,
        },
    )


def _pairs(event: Event) -> list[tuple[str, str, str]]:
    found = [
        (type_, source, target)
        for type_, source_role, target_role in EDGES.get(event.type, ())
        for source in getattr(event, source_role)
        for target in getattr(event, target_role)
    ]
    if event.type == "meeting":
        found += [("met", a, b) for a, b in combinations(event.agents, 2)]
    return [(t, s, o) for t, s, o in found if s != o]


def event_relations(extraction: Extraction) -> list[Relation]:
    """``extraction.relations`` plus the relations its events state that are missing."""
    seen = {(r.type, r.source, r.target, r.start) for r in extraction.relations}
    added: list[Relation] = []
    for event in extraction.events:
        for type_, source, target in _pairs(event):
            key = (type_, source, target, event.start)
            if key not in seen:
                seen.add(key)
                added.append(_relation(event, type_, source, target))
    return extraction.relations + added
