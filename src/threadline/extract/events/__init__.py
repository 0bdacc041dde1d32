"""Events: who did what to whom, where and when, as n-ary records (rules ``events-v1``).

:func:`find_events` reads the parsed document and its mentions (names, and the
pronouns and nominals coreference linked to them):

1. triggers (:mod:`.triggers`): verbs and nouns listed per event type in
   ``data/events/triggers/<type>.txt`` ("arrested", "the extradition of", "designations",
   "pleaded guilty", "27 months in prison");
2. arguments (:mod:`.arguments`): agents, targets and places from the dependency parse,
   coordinated lists distributed, kinds checked, pronouns followed to their antecedent;
   a lifecycle event of an agreement ("cancelled", "signed") needs an agreement to act
   on, a meeting someone who meets;
3. status (:mod:`.status`): occurred, announced, requested, approved, blocked, denied,
   negated or planned;
4. date: a date of the trigger's clause (else the nearest in its sentence) as written
   (``date_text``) and resolved against the document date (``date_source`` ``text`` or
   ``relative``); events whose sentence states no date have none.

Attributes: ``parties`` (mention ids) of an agreement's lifecycle event, the agent and the
other parties the text names ("an agreement *with Washington*"); ``announced_by``, the
mention of who reports the event ("…, Deputy Foreign Minister Sergei Ryabkov *said*").

Capitals that act stand for their state ("Moscow cancelled…" is Russia, :mod:`.states`),
as do a demonym and a state noun ("the Mexican government" is Mexico).
Named operations ("Operation Sea Breeze") are entities of type ``Operation`` and raid
events; an event that happens in one carries its mention id in ``operation``
(:mod:`.operations`).
Datelines, bylines and news outlets are never arguments (see
:func:`threadline.extract.relations.precision.excluded_mentions`). Each event also
gives the binary relations users know (:mod:`.relations`: "sanctioned", "arrested_in" …).

Unnamed agreements become mentions first (:mod:`.agreements`), so "the 2002 agreement"
can be what Russia cancelled; so do cases named after a party ("the Bout case",
:mod:`.cases`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from threadline.extract.doc_index import doc_text, sentence_of
from threadline.extract.events.agreements import agreement_mentions
from threadline.extract.events.arguments import Arguments, family
from threadline.extract.events.blocking import governor
from threadline.extract.events.cases import case_mentions
from threadline.extract.events.checks import (
    as_taking,
    complete,
    is_generic,
    reached_agreement,
    seizes_place,
    wrong_kind,
)
from threadline.extract.events.operations import (
    is_operation_name,
    names_a_unit,
    operation_arguments,
    operation_names,
    operation_of,
    with_operation_mentions,
)
from threadline.extract.events.states import name_states, state_mentions
from threadline.extract.events.status import (
    is_enabled_only,
    is_hypothetical,
    is_penalty,
    status_of,
)
from threadline.extract.events.triggers import Trigger, find_triggers
from threadline.extract.relations.dates import resolve_date
from threadline.extract.relations.frames import MentionIndex
from threadline.extract.relations.precision import excluded_mentions
from threadline.model import DATE, OPERATION, Event, Extraction, Mention

VERSION = "events-v1"


def _names(doc: Doc, mentions: list[Mention]) -> set[int]:
    """Token indices inside names (not pronouns, dates or agreements we added)."""
    inside: set[int] = set()
    for mention in mentions:
        if mention.kind != "name" or mention.type == DATE or mention.method.startswith("events"):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            inside.update(t.i for t in span)
    return inside


def _operation_tokens(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """Token index → the operation mention ("Operation Sea Breeze") that covers it."""
    found: dict[int, Mention] = {}
    for mention in mentions:
        if mention.type == OPERATION:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            found.update((t.i, mention) for t in span or ())
    return found


def _date(trigger: Trigger, index: MentionIndex, reference: str | None) -> tuple[str, ...]:
    token = trigger.token
    ordered = sorted(sentence_of(token), key=lambda t: abs(t.i - token.i))
    for candidate in ordered:
        mention = index.by_token.get(candidate.i)
        if mention is not None and mention.type == DATE:
            value, source = resolve_date(mention.text, reference)
            if value is not None and source is not None:
                return value, mention.text, source
    return ()


def _restates(trigger: Trigger, nouns: dict[int, str], verbs: dict[int, str]) -> bool:
    """One event, two trigger words: a participle that spells out an event noun of the
    same type ("an indictment *charging* conspiracy"), a noun under a verb of the same
    type ("sentenced to 15 *years* in prison"), or an operation's name given to an event
    noun ("the operation, dubbed *Operation Blue Wave*"), or a part of an event noun's
    set ("conducted 10 airstrikes, including *strikes* against oil infrastructure")."""
    token = trigger.token
    if trigger.span is not None:  # "the operation, dubbed Operation X": one raid
        heads = (token.head, token.head.head if token.head.dep_ == "acl" else token.head)
        return any(nouns.get(h.i) == trigger.type and h.i != token.i for h in heads)
    including = token.dep_ == "pobj" and token.head.lower_ == "including"
    if trigger.nominal and including and nouns.get(token.head.head.i) == trigger.type:
        return True
    if trigger.nominal:
        return verbs.get(governor(token).i) == trigger.type
    return token.dep_ == "acl" and nouns.get(token.head.i) == trigger.type


def _skipped(
    trigger: Trigger, index: MentionIndex, nouns: dict[int, str], verbs: dict[int, str]
) -> bool:
    token, nominal = trigger.token, trigger.nominal
    if is_hypothetical(token, nominal) or is_generic(token, trigger.type, nominal):
        return True
    if is_enabled_only(token, nominal) or (trigger.type == "sentence" and is_penalty(token)):
        return True
    if trigger.type in ("seizure", "arrest") and seizes_place(trigger, index):
        return True
    if wrong_kind(trigger):
        return True
    return _restates(trigger, nouns, verbs)


def _itself(trigger: Trigger) -> tuple[tuple[str, Token], ...]:
    """An agreement noun that states its own signing is what is signed ("welcomes *the
    agreement on oil exports*"), and the *between*-phrase anywhere in its phrase names its
    parties ("the agreement on a ceasefire *between* Armenia and Azerbaijan")."""
    if not (trigger.nominal and family(trigger.type) == "agreement"):
        return ()
    between = [
        ("between", c)
        for t in trigger.token.subtree
        if t.dep_ == "prep" and t.lower_ == "between"
        for c in t.children
        if c.dep_ == "pobj"
    ]
    return (("patient", trigger.token), *between)


def _outside(trigger: Trigger, roles: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """An event's name is none of its arguments: "the Woodside Summit" does not meet (an
    agreement that states its own signing is its target, see :func:`_itself`)."""
    return {
        role: [m for m in found if m.end <= trigger.start or trigger.end <= m.start]
        for role, found in roles.items()
    }


def _own_phrase(token: Token, roles: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """A noun that points back to an event ("will investigate *the strike*") or an
    agreement greeted ("Hammond welcomes the agreement between X and Y") takes its
    arguments from its own phrase ("the strike *near Mosul*"), not from the verb it
    serves: the Coalition investigates, it did not necessarily strike; Hammond signed
    nothing."""
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return {
        role: [m for m in found if start <= m.start and m.end <= end]
        for role, found in roles.items()
    }


def _attributes(
    trigger: Trigger,
    roles: dict[str, list[Mention]],
    args: Arguments,
    operations: dict[int, Mention],
) -> dict[str, object]:
    """An event's ``parties`` (agreements: those who sign join the agents),
    ``operation`` and ``announced_by``."""
    attributes: dict[str, object] = {}
    if family(trigger.type) == "agreement":
        parties = dict.fromkeys(m.id for m in roles["agents"] + roles["parties"])
        attributes["parties"] = list(parties)
        if trigger.type == "agreement_signed":
            roles["agents"] += [m for m in roles["parties"] if m not in roles["agents"]]
    operation = operation_of(trigger.token, operations)
    if operation is not None:
        attributes["operation"] = operation.id
    announcer = args.reporter(trigger.token)
    if announcer is not None:
        attributes["announced_by"] = announcer.id
    return attributes


def _roles(trigger: Trigger, args: Arguments) -> dict[str, list[Mention]]:
    """Event role → mentions of a trigger (see :mod:`.arguments`)."""
    token = trigger.token
    raid_noun = trigger.span is not None or (trigger.nominal and trigger.type == "raid")
    extra = operation_arguments(token) if raid_noun else _itself(trigger)
    roles = args.roles(token, trigger.type, trigger.nominal, extra)
    if trigger.anaphoric or reached_agreement(trigger):
        return _own_phrase(token, roles)
    return _outside(trigger, roles)


def find_events(doc: Doc, extraction: Extraction, reference: str | None = None) -> list[Event]:
    """The events stated in ``doc`` (the parse of ``extraction.document.text``).

    ``reference`` resolves relative dates (default: the document's date).
    """
    excluded = excluded_mentions(doc_text(doc), extraction.mentions)
    mentions = [m for m in extraction.mentions if m.id not in excluded and not is_operation_name(m)]
    index = MentionIndex(doc, mentions)
    args = Arguments(index, mentions)
    document = extraction.document
    reference = reference or document.date
    found: dict[str, Event] = {}
    operations = _operation_tokens(doc, extraction.mentions)
    triggers = find_triggers(doc, _names(doc, extraction.mentions))
    triggers += [
        Trigger("raid", n[-1], True, (n.start_char, n.end_char))
        for n in operation_names(doc)
        if not names_a_unit(n)
    ]
    nouns = {t.token.i: t.type for t in triggers if t.nominal}
    verbs = {t.token.i: t.type for t in triggers if not t.nominal}
    for found_trigger in triggers:
        trigger = as_taking(found_trigger, index)
        if _skipped(trigger, index, nouns, verbs):
            continue
        token = trigger.token
        roles = _roles(trigger, args)
        if not complete(trigger, roles):
            continue
        date = _date(trigger, index, reference)
        attributes = _attributes(trigger, roles, args, operations)
        sentence = sentence_of(token)
        event = Event(
            document=document.id,
            type=trigger.type,
            trigger_start=trigger.start,
            trigger_end=trigger.end,
            trigger=doc_text(doc)[trigger.start : trigger.end],
            start=sentence.start_char,
            end=sentence.end_char,
            agents=[m.id for m in roles["agents"]],
            targets=[m.id for m in roles["targets"]],
            places=[m.id for m in roles["places"]],
            date=date[0] if date else None,
            date_text=date[1] if date else None,
            date_source=date[2] if date else None,
            status="occurred" if trigger.anaphoric else status_of(token, trigger.nominal),
            method=VERSION,
            attributes=attributes,
        )
        found.setdefault(event.id, event)
    events = list(found.values())
    name_states(events, extraction.mentions)
    return events


__all__ = [
    "VERSION",
    "agreement_mentions",
    "case_mentions",
    "find_events",
    "state_mentions",
    "with_operation_mentions",
]
