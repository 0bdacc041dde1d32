"""Precision rules: relations that the patterns find but the text does not state.

Applied by :func:`threadline.extract.relations.find_relations` to every relation, and by
the event rules to event arguments (:func:`excluded_mentions`). Word lists are data
files under ``data/relations/``:

- **datelines and bylines are not actors** (:func:`excluded_mentions`): "WASHINGTON –",
  "PLANO, Texas –", "MOSCOW (Reuters) -", "(CNN)" at the start of a line, and "By
  Jane Doe" lines; nor are news outlets anywhere (``news_outlets.txt``), nor the names
  of operations ("Operation Sea Breeze" is no place or group: it is a raid event);
- **biography is not location** (:func:`is_biography`): a ``located_in`` whose place
  phrase hangs on "born", "raised", "resident", "native", "citizen"
  (``biography_words.txt``);
- **an activity's place is not the actor's**: a ``located_in`` read from a place phrase
  on a complement verb ("accused of *fueling* conflicts in Angola", "sought to *expand*
  its influence in Central Asia") says where the activity is, not where the actor is;
- **places are not in places** (:func:`is_place_in_place`, rule ``places-kinds-v1``): a
  ``located_in`` starts from an actor, not from a country, city or site
  (``facility_nouns.txt``): "the Southern District *of* Texas, the Central District",
  "Tiyas Military Airfield near Palmyra", "Russia in Central Asia" give none;
- **nothing relates to itself** (:func:`is_self_relation`, rule ``relations-self-v1``):
  ends with the same canonical name ("Syrian forces" in Syria) give no relation;
- **goods are not parties**: a relation whose argument is a drug (``drugs.txt``:
  "meth production in Sinaloa") is dropped;
- **cancelling is not agreeing**: "Moscow cancelled the agreement with Washington" gives
  ``cancelled`` (Moscow → the agreement), not also ``agreed_with`` (Moscow → Washington),
  once the agreement is a mention; the other party is in the event's ``parties``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from threadline.extract.doc_index import doc_text
from threadline.extract.vocabulary import words
from threadline.model import LOCATION, Mention, Relation

#: "WASHINGTON –", "PLANO, Texas –", "MOSCOW (Reuters) -", at a line start or after a
#: headline run together with the text (two spaces).
DATELINE = re.compile(
    r"(?:^|(?<=\s\s))[ \t]*[A-Z][A-Z.'’ -]{2,}?(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?)?"
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?::|–|—|-(?=\s))",
    re.MULTILINE,
)
OUTLET = re.compile(r"^[ \t]*\([A-Za-z .]{2,30}\)", re.MULTILINE)
BYLINE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,80}$", re.MULTILINE)
#: Lifecycle verbs that do not make an agreement with the other party.
#: The method of state phrases ("Russian troops", "the Mexican government": mentions of
#: a country that act, made by ``extract/events/states.py``): actors, not places.
STATE_PHRASES = "events-states-v1"
UNMAKING = frozenset({"cancel", "terminate", "withdraw", "revoke", "suspend", "scrap", "breach"})


def excluded_mentions(text: str, mentions: Iterable[Mention], offset: int = 0) -> set[str]:
    """Ids of mentions that are datelines, bylines, news outlets or operation names:
    never actors."""
    spans = [m.span() for pattern in (DATELINE, OUTLET, BYLINE) for m in pattern.finditer(text)]
    outlets = words("relations/news_outlets")
    found = set()
    for mention in mentions:
        start, end = mention.start - offset, mention.end - offset
        outlet = mention.text.lower().strip("() ") in outlets
        operation = mention.text.split()[0].lower() == "operation" and " " in mention.text
        if outlet or operation or any(s <= start and end <= e for s, e in spans):
            found.add(mention.id)
    return found


def is_biography(relation: Relation, doc: Doc) -> bool:
    """A ``located_in`` read from "born in X", "a resident of X", "a native of X"."""
    if relation.type != "located_in" or "trigger_start" not in relation.attributes:
        return False
    span = doc.char_span(relation.attributes["trigger_start"], relation.attributes["trigger_end"])
    if span is None:
        return False
    head = span[0].head
    biography = words("relations/biography_words")
    return head.lemma_.lower() in biography or head.lower_ in biography


_COMPLEMENTS = frozenset({"pcomp", "xcomp", "advcl"})


def is_activity_place(relation: Relation, doc: Doc) -> bool:
    """A ``located_in`` read from a place phrase on a complement verb or its object."""
    if relation.type != "located_in" or "trigger_start" not in relation.attributes:
        return False
    span = doc.char_span(relation.attributes["trigger_start"], relation.attributes["trigger_end"])
    if span is None:
        return False
    head = span[0].head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head  # "sought to expand *its influence* in Central Asia"
    return head.pos_ == "VERB" and head.dep_ in _COMPLEMENTS


def is_place_in_place(relation: Relation, by_id: dict[str, Mention]) -> bool:
    """A ``located_in`` whose located side is itself a place or a site: a place in a
    place is geography, not where an actor is."""
    if relation.type != "located_in" or relation.source not in by_id:
        return False
    source = by_id[relation.source]
    if source.method == STATE_PHRASES:
        return False  # "Russian troops remain in Tajikistan": the state's forces are there
    sites = words("relations/facility_nouns")
    return source.type == LOCATION or any(w in sites for w in source.text.lower().split())


def is_self_relation(relation: Relation, by_id: dict[str, Mention]) -> bool:
    """Both ends name the same thing ("Syrian forces … in Syria": Syria in Syria), by their
    canonical names: a relation joins two entities, never one with itself."""
    ends = [by_id.get(relation.source), by_id.get(relation.target)]
    names = {(m.canonical or m.text).casefold() for m in ends if m is not None}
    return len(names) == 1 and None not in ends


def is_goods(mention: Mention) -> bool:
    """A drug or chemical named as if it were a party."""
    return mention.text.lower().strip() in words("relations/drugs")


def precise(relations: list[Relation], doc: Doc, mentions: list[Mention]) -> list[Relation]:
    """``relations`` without those the rules above reject."""
    excluded = excluded_mentions(doc_text(doc), mentions)
    goods = {m.id for m in mentions if is_goods(m)}
    unmade = {
        (r.source, r.start) for r in relations if r.type in ("cancelled", "suspended", "breached")
    }
    by_id = {m.id: m for m in mentions}
    kept = []
    for relation in relations:
        if is_place_in_place(relation, by_id) or is_self_relation(relation, by_id):
            continue
        if {relation.source, relation.target} & (excluded | goods):
            continue
        if (
            relation.type == "agreed_with"
            and relation.attributes.get("lemma") in UNMAKING
            and (relation.source, relation.start) in unmade
        ):
            continue
        if is_biography(relation, doc) or is_activity_place(relation, doc):
            continue
        kept.append(relation)
    return kept
