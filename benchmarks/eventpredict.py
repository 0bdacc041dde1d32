"""Extractions → predictions for the events scorer (:mod:`eventscore`), two methods.

- ``v1``: the binary relations (``Extraction.relations``, except those derived from
  events) of one trigger (``attributes["event"]``) grouped into one event, their types
  mapped to event types (:data:`V1_TYPES`; an "arrest" triggered by "seize" is a
  seizure), status from negation and modality (:func:`v1_status`), the date when the
  text gives one; quotes as extracted; no coreference (pronoun and nominal mentions
  are ignored).
- ``v2``: ``Extraction.events``; pronoun/nominal mentions take the name of their
  antecedent (``Mention.antecedent``), in event arguments, quote speakers and coreference
  links.

Needs only ``threadline.model`` (no spaCy), so tests can feed it hand-made extractions.
"""

from __future__ import annotations

from collections.abc import Callable

from eventscore import ROLES, PredDoc, PredEvent
from threadline import model

#: relation type → (event type, role of the relation's source, role of its target);
#: a role of ``None`` drops that side (the law of "sanctioned under").
V1_TYPES: dict[str, tuple[str, str | None, str | None]] = {
    "arrested": ("arrest", "agents", "targets"),
    "arrested_in": ("arrest", "targets", "places"),
    "charged": ("charge", "agents", "targets"),
    "convicted": ("conviction", "agents", "targets"),
    "sentenced": ("sentence", "agents", "targets"),
    "extradited": ("extradition", "agents", "targets"),
    "extradited_to": ("extradition", "targets", "places"),
    "extradited_from": ("extradition", "targets", "agents"),
    "sanctioned": ("sanction", "agents", "targets"),
    "sanctioned_under": ("sanction", "targets", None),
    "signed": ("agreement_signed", "agents", "targets"),
    "ratified": ("agreement_ratified", "agents", "targets"),
    "cancelled": ("agreement_cancelled", "agents", "targets"),
    "suspended": ("agreement_suspended", "agents", "targets"),
    "met": ("meeting", "agents", "agents"),
    "met_in": ("meeting", "agents", "places"),
}


#: The method of relations derived from events (``extract/events/relations.py``).
EVENT_METHOD = "events-v1"

#: "seized" is an arrest in the v1 rules (a person seized) but a seizure in EVENT_TYPES.
SEIZE_LEMMAS = frozenset({"seize"})


def mention_namer(extraction: model.Extraction, coref: bool) -> Callable[[str | None], str | None]:
    """Mention id → the name of its entity; pronouns/nominals follow their antecedent (v2)."""
    by_id = {m.id: m for m in extraction.mentions}

    def name(mention_id: str | None) -> str | None:
        for _ in range(5):  # antecedent chains are short; this also stops cycles
            m = by_id.get(mention_id or "")
            if m is None:
                return None
            if m.kind == "name":
                return m.canonical or m.text
            if not coref:
                return None
            mention_id = m.antecedent
        return None

    return name


#: v1 relation modality → event status (other modalities: "occurred").
V1_MODALITY = {"will": "planned", "shall": "planned", "plan": "planned", "intend": "planned"}


def v1_status(rel: model.Relation) -> str:
    """The status a v1 relation implies: negated, planned (will, plan…) or occurred."""
    if rel.negated:
        return "negated"
    return V1_MODALITY.get(rel.modality or "", "occurred")


def v1_events(
    extraction: model.Extraction, name: Callable[[str | None], str | None]
) -> list[PredEvent]:
    events: dict[str, PredEvent] = {}
    for rel in extraction.relations:
        if rel.type not in V1_TYPES or rel.method == EVENT_METHOD:
            continue  # relations derived from v2 events are not v1
        type_, source_role, target_role = V1_TYPES[rel.type]
        attrs = rel.attributes
        if type_ == "arrest" and attrs.get("lemma") in SEIZE_LEMMAS:
            type_ = "seizure"  # the arrest rules also take "seize" (of people and of goods)
        trigger = (attrs.get("trigger_start", rel.start), attrs.get("trigger_end", rel.end))
        key = f"{attrs.get('event', rel.id)}:{type_}"
        event = events.setdefault(key, PredEvent(type_, trigger, (rel.start, rel.end)))
        event.status = v1_status(rel)
        event.date = rel.date if rel.date_source in ("text", "relative") else None
        for role, mention_id in ((source_role, rel.source), (target_role, rel.target)):
            value = name(mention_id)
            if role is not None and value is not None and value not in getattr(event, role):
                getattr(event, role).append(value)
    return list(events.values())


def v2_events(
    extraction: model.Extraction, name: Callable[[str | None], str | None]
) -> list[PredEvent]:
    out = []
    for ev in extraction.events:
        pred = PredEvent(ev.type, (ev.trigger_start, ev.trigger_end), (ev.start, ev.end))
        pred.status, pred.date = ev.status, ev.date
        for role in ROLES:
            getattr(pred, role).extend(n for n in map(name, getattr(ev, role)) if n is not None)
        out.append(pred)
    return out


def predict(extraction: model.Extraction, method: str) -> PredDoc:
    coref = method == "v2"
    name = mention_namer(extraction, coref)
    events = v2_events(extraction, name) if coref else v1_events(extraction, name)
    quotes = [
        ((q.start, q.end), name(q.speaker_mention) if q.speaker_mention else q.speaker)
        for q in extraction.quotes
    ]
    links = [
        ((m.start, m.end), name(m.antecedent))
        for m in extraction.mentions
        if coref and m.kind in ("pronoun", "nominal")
    ]
    persons = sorted(
        {
            m.canonical or m.text
            for m in extraction.mentions
            if m.type == model.PERSON and m.kind == "name"
        }
    )
    return PredDoc(events=events, quotes=quotes, coref=links, persons=persons)
