"""Checks on a trigger and its arguments before it becomes an event: a city taken is no
seizure, equipment captured is no arrest (:func:`wrong_kind`, :func:`seizes_place`), and
some events need an argument to be one at all (:func:`complete`: an agreement's lifecycle
its agreement, a verbal meeting someone who meets, a handover someone handed over).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from threadline.extract.events.arguments import family, grammatical
from threadline.extract.events.triggers import Trigger
from threadline.extract.events.triggers import rules as trigger_rules
from threadline.extract.relations.frames import PLACE_NOUNS, MentionIndex
from threadline.extract.vocabulary import words
from threadline.model import LOCATION, PUBLIC_BODY, Mention


def seizes_place(trigger: Trigger, index: MentionIndex) -> bool:
    """Taking a city is no seizure of goods, nor an arrest: "the city's ultimate
    seizure", "the town was captured by ISIL"."""
    for gram, head in grammatical(trigger.token, trigger.type, trigger.nominal):
        mention = index.by_token.get(head.i)  # the head word itself, not a modifier
        place = mention is not None and mention.type == LOCATION
        roles = ("patient",) if trigger.type == "arrest" else ("agent", "patient", "modifier")
        if gram in roles and (place or head.lemma_.lower() in PLACE_NOUNS):
            return True
    return False


#: Verbs of taking: what a state's forces take is a place, not goods, when it is one.
_TAKING = ("seize", "capture")
#: Who carries out a military or police operation: a state or one of its bodies.
_STATE_ACTORS = (PUBLIC_BODY, LOCATION)


def as_taking(trigger: Trigger, index: MentionIndex) -> Trigger:
    """Forces that seize or capture a place carry out a raid, not a seizure of goods:
    "Iraqi Security Forces attempted to *seize* the hospital complex from ISIL",
    "after *seizing* the area" (``data/events/ground_nouns.txt``). It is a raid when a
    state or one of its bodies does it (see :func:`complete`); an armed group taking a
    town is an attack, no event."""
    if trigger.type != "seizure" or trigger.nominal:
        return trigger
    ground = words("events/ground_nouns")
    takes_ground = any(
        gram == "patient" and head.lemma_.lower() in ground
        for gram, head in grammatical(trigger.token, trigger.type, trigger.nominal)
    )
    if takes_ground or seizes_place(trigger, index):
        return replace(trigger, type="raid")
    return trigger


#: Verbs that state an arrest of people and a seizure of things alike.
_ARREST_OR_SEIZE = ("capture",)


def _acts_on_materiel(trigger: Trigger) -> bool:
    """Whether what the trigger acts on is equipment, a vehicle or arms ("captured two
    tanks", "vehicles captured near Homs"; ``data/events/materiel_nouns.txt``)."""
    materiel = words("events/materiel_nouns")
    return any(
        gram == "patient" and head.lemma_.lower() in materiel
        for gram, head in grammatical(trigger.token, trigger.type, trigger.nominal)
    )


def wrong_kind(trigger: Trigger) -> bool:
    """Goods are seized, people arrested: "nine trucks captured near Homs" is no arrest,
    and a word that both arrests and seizes ("capture") seizes only things: "police
    captured the suspect" seizes nothing."""
    if trigger.type == "arrest":
        return _acts_on_materiel(trigger)
    if trigger.type == "seizure" and trigger.token.lemma_.lower() in _ARREST_OR_SEIZE:
        return not _acts_on_materiel(trigger)
    return False


def _hosts_meeting(token: Token) -> bool:
    """Whether "host" has a meeting word under it ("hosted the summit")."""
    table = trigger_rules()
    return any(
        r.type == "meeting"
        for t in token.subtree
        for r in table.get(("noun", t.lemma_.lower()), ())
    )


def complete(trigger: Trigger, roles: dict[str, list[Mention]]) -> bool:
    """Lifecycle events need their agreement; verbal meetings someone who meets; a
    handover someone handed over ("handed over documents" is no extradition)."""
    kind = family(trigger.type)
    handover = trigger.token.lemma_.lower() in words("events/handover_verbs")
    if kind == "extradition" and not trigger.nominal and handover:
        return bool(roles["targets"])
    if kind == "agreement":
        # "welcomes the agreement between Iraq and the KRG": the noun is the agreement
        # reached, named or not (its trigger lines need a verb that greets it)
        return bool(roles["targets"]) or reached_agreement(trigger)
    if kind == "meeting" and not trigger.nominal:
        return _enough_meet(trigger.token, roles["agents"])
    if kind == "raid" and not trigger.nominal and trigger.token.lemma_.lower() in _TAKING:
        return any(m.type in _STATE_ACTORS for m in roles["agents"])
    return True


_PHONE = frozenset({"phone", "telephone", "video", "videoconference"})


def _enough_meet(verb: Token, agents: list[Mention]) -> bool:
    """Whether a verb of meeting has the named parties it needs: one who meets ("Pompeo
    met with officials"); a host and a named guest ("Sullivan hosted Ramirez"; "hosted the
    website" meets no one) and two who talk ("Trump spoke with Lopez Obrador"), unless
    by phone ("spoke by phone with Mexican officials")."""
    lemma = verb.lemma_.lower()
    if lemma in words("events/guest_verbs") and not _hosts_meeting(verb):
        guest = any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
        return guest and len(agents) >= 2
    if lemma in words("events/conversation_verbs"):
        return len(agents) >= (1 if any(t.lower_ in _PHONE for t in verb.subtree) else 2)
    return len(agents) >= 1


def reached_agreement(trigger: Trigger) -> bool:
    """Whether the trigger is an agreement word that states its own signing ("welcomes
    *the agreement* between Iraq and the KRG"; its trigger lines need a verb that greets
    it, see ``data/events/triggers/agreement_signed.txt``)."""
    lemma = trigger.token.lemma_.lower()
    return trigger.nominal and lemma in words("events/agreement_words")


def _bare(noun: Token) -> bool:
    """A noun with nothing of its own: no article, owner, number, modifier or phrase."""
    return not any(c.dep_ not in ("punct", "cc") for c in noun.children)


def _counted(head: Token) -> bool:
    return any(c.dep_ in ("det", "nummod", "poss") for c in head.children)


def is_generic(token: Token, type_: str, nominal: bool) -> bool:
    """Whether the event is about no one in particular: "apprehending *those* who …",
    "*Extradition* is an important tool" (a bare event noun said to be something),
    "*persons* designated under the order" (a bare plural of
    ``data/events/generic_plurals.txt``; "three persons were arrested" counts), or a
    tally: "Treasury has designated *more than 2,000* individuals *since* 2000"."""
    if nominal and token.dep_ == "nsubj" and token.head.lemma_ == "be" and _bare(token):
        return True  # "Extradition is an important tool": about extradition in general
    generic = words("events/generic_targets")
    plurals = words("events/generic_plurals")
    tally = not nominal and any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children)
    for gram, head in grammatical(token, type_, nominal):
        if gram != "patient":
            continue
        if head.lower_ in generic or (head.lower_ in plurals and not _counted(head)):
            return True
        if tally and any(c.dep_ == "nummod" for c in head.children):
            return True
    return False
