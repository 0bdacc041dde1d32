"""Events as FollowTheMoney entities, and the agreements they concern as ``Contract``.

- an event → ``Event`` with its threadline id (``evt-…``): ``name`` ("arrest: Ovidio
  Guzman"), ``date``, ``summary`` (the evidence sentence), ``description`` (type, status,
  the trigger words and their span), ``organizer`` (agents that are actors), ``involved``
  (agents and targets that are actors), ``location`` (places as text), ``country`` (places
  that are countries), ``namesMentioned`` (every argument's name) and ``proof`` (the
  Article).
- an agreement (the ``Law`` target of an ``agreement_*`` event) → ``Contract``. FtM has
  no treaty schema; ``Contract`` is its only record of a binding agreement between
  parties, and it has the properties an agreement's lifecycle needs: ``status``
  ("signed", "ratified", "suspended", "cancelled": the latest step seen), ``cancelled``,
  ``contractDate`` (the date it was signed) and ``authority`` (the parties that acted on
  it, when they are actors). ``Event.involved`` only takes legal entities, so the event
  names the agreement in its ``name`` and ``namesMentioned``, and the contract lists its
  steps in ``notes``, each with its proof.
- a named operation ("Operation Sea Breeze", an entity of type ``Operation``) → an
  ``Event`` of its own with the entity's id and name; each event that is part of it →
  an ``UnknownLink`` (``subject`` the event, ``object`` the operation, ``role`` "part
  of"), because FtM has no property that puts one event inside another.
"""

from __future__ import annotations

from collections.abc import Iterator

from followthemoney.proxy import EntityProxy

from threadline.export.proxies import country_code, make
from threadline.model import LAW, LOCATION, ORGANIZATION_KINDS, PERSON, stable_id
from threadline.store.base import Store
from threadline.store.events import EventArgument, EventRecord, list_events

#: Argument types that are FtM legal entities of their own in the export.
_ACTORS = (PERSON, *ORGANIZATION_KINDS, "LegalEntity")
#: Agreement event type → the Contract status it leaves.
AGREEMENT_STATUS = {
    "agreement_signed": "signed",
    "agreement_ratified": "ratified",
    "agreement_suspended": "suspended",
    "agreement_cancelled": "cancelled",
}


def events_to_ftm(store: Store) -> Iterator[EntityProxy]:
    """Every stored event as an FtM ``Event``, then one ``Contract`` per agreement and
    one ``Event`` per named operation."""
    contracts: dict[str, EntityProxy] = {}
    operations: dict[str, EntityProxy] = {}
    for event in list_events(store):
        yield event_proxy(event)
        for operation in event["operations"]:
            if operation["entity"]:
                yield from _part_of(operations, event, operation)
        if event["type"] in AGREEMENT_STATUS:
            for target in event["targets"]:
                if target["type"] == LAW and target["entity"]:
                    add_agreement_step(contracts, event, target)
    yield from contracts.values()
    yield from operations.values()


def _part_of(
    operations: dict[str, EntityProxy], event: EventRecord, operation: EventArgument
) -> Iterator[EntityProxy]:
    """The link from an event to the named operation it is part of (the operation's
    ``Event`` is made once, named by its entity)."""
    entity = operation["entity"]
    assert entity is not None
    operations.setdefault(entity, make("Event", entity, name=_name(operation)))
    operations[entity].add("proof", event["document"])
    yield make(
        "UnknownLink",
        stable_id("part-of", event["id"], entity),
        subject=event["id"],
        object=entity,
        role="part of",
        proof=event["document"],
    )


def _name(argument: EventArgument) -> str:
    return argument["name"] or argument["text"]


def _actors(arguments: list[EventArgument]) -> list[str]:
    return [a["entity"] for a in arguments if a["entity"] and a["type"] in _ACTORS]


def event_proxy(event: EventRecord) -> EntityProxy:
    """One ``Event``: who did it (organizer), who took part (involved), where, when, and
    the sentence that says so, with the Article as proof."""
    label = event["type"].replace("_", " ")
    subjects = event["targets"] or event["agents"]
    places = [a for a in event["places"] if a["type"] == LOCATION]
    span = f"{event['trigger_start']}–{event['trigger_end']}"
    return make(
        "Event",
        event["id"],
        name=f"{label}: {', '.join(_name(a) for a in subjects)}" if subjects else label,
        date=event["date"],
        summary=event["sentence"],
        description=(
            f"{label} ({event['status']}), stated by “{event['trigger']}” at characters"
            f" {span} of the document; {event['method']}"
        ),
        organizer=_actors(event["agents"]),
        involved=_actors(event["agents"]) + _actors(event["targets"]),
        location=[_name(a) for a in places],
        country=[c for a in places if (c := country_code(_name(a)))],
        namesMentioned=[_name(a) for a in event["agents"] + event["targets"] + event["places"]],
        proof=event["document"],
    )


def add_agreement_step(
    contracts: dict[str, EntityProxy], event: EventRecord, agreement: EventArgument
) -> None:
    """Record one lifecycle step (signed, ratified, suspended, cancelled) of an agreement
    on its ``Contract``; events come in date order, so the last step sets ``status``."""
    assert agreement["entity"] is not None
    contract_id = stable_id("contract", agreement["entity"])
    contract = contracts.setdefault(
        contract_id, make("Contract", contract_id, title=_name(agreement), name=_name(agreement))
    )
    status = AGREEMENT_STATUS[event["type"]]
    if event["status"] in ("occurred", "announced", "approved"):
        contract.set("status", status)
        if status == "cancelled":
            contract.set("cancelled", "true")
        if status == "signed" and event["date"]:
            contract.add("contractDate", event["date"])
    contract.add("authority", _actors(event["agents"]))
    step = f"{event['date'] or 'undated'}: {status} ({event['status']})"
    contract.add("notes", f"{step} — {event['sentence']}")
    contract.add("proof", event["document"])
