"""Typed relations between the mentions of one parsed document.

:func:`find_relations` runs every family of rules over the dependency parse:
``office`` (leads, member_of, employed_by, holds_role), ``agreements`` (signed, ratified,
extended, suspended, cancelled, breached, agreed_with), ``enforcement`` (arrested,
charged, convicted, sentenced, extradited, sanctioned …), ``contact`` (met, spoke_with,
visited, cooperated_with, attacked, criticised, accused, praised) and ``money`` (paid,
funded, laundered_for, owns), ``leaders`` (leads, from "X and its leaders A, B and C"),
with ``places`` (``controls``, and ``located_in`` as the
generic fallback for where an actor is). Each relation carries:

- its evidence: ``start``/``end`` span the sentence; ``attributes["trigger"]`` and
  ``trigger_start``/``trigger_end`` the word that triggered it, and
  ``attributes["event"]`` an id shared by every relation of that one trigger (the
  agent, patient and places of one arrest or extradition);
- its date: from a date in the same clause, else the nearest in the sentence
  (``date_source`` ``text`` or ``relative``, see :mod:`.dates`), else the document's date
  (``document``); undated documents resolve relative dates against their first full date;
  a date of birth ("born in 1967") never dates a relation, nor does a date from a sentence
  that names neither party (see :mod:`.lifedates`);
- ``negated`` and ``modality`` (see :mod:`.negation`): "did not sign" is kept, negated;
- ``method``: ``<family>-rules-v1`` for verbs, ``<family>-nouns-v1`` for event nouns
  ("the extradition of X"), or the name of a noun pattern (``office-titles-v1``,
  ``office-part-v1``, ``contact-nominal-v1``, ``agreements-parties-v1``,
  ``places-rules-v1``) or ``office-roles-v1`` for roles the extractor found, so stored
  output can be traced to the rules that made it.

The precision rules of :mod:`.precision` then drop what the patterns find but the text
does not state (datelines and news outlets as actors, biography as location, drugs as
parties, ``agreed_with`` from a cancellation).

Sentence co-mentions are a separate, weaker baseline: :func:`co_mentions` (type
``co_mention``, method ``cooccurrence-v1``); they are not stored as relations, the graph
derives them from the mentions table on request.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

from threadline.extract.doc_index import sentence_of
from threadline.extract.relations import (
    agreements,
    contact,
    enforcement,
    leaders,
    money,
    office,
    places,
)
from threadline.extract.relations.cooccurrence import co_mentions
from threadline.extract.relations.dates import resolve_date
from threadline.extract.relations.frames import (
    ACTORS,
    PLACES,
    MentionIndex,
    Nominal,
    arguments,
    is_agreement,
    noun_arguments,
)
from threadline.extract.relations.lifedates import born_date_at, party_date, same_line
from threadline.extract.relations.matching import triggers
from threadline.extract.relations.negation import polarity
from threadline.extract.relations.precision import precise
from threadline.model import DATE, MONEY, Extraction, Mention, Relation, stable_id

VERSION = "v1"
FAMILIES = (office, leaders, agreements, enforcement, contact, money, places)


def find_relations(doc: Doc, extraction: Extraction) -> list[Relation]:
    """Relations among ``extraction.mentions`` found in the parse ``doc`` (same text)."""
    index = MentionIndex(doc, extraction.mentions)
    document = extraction.document
    found: dict[str, Relation] = {}
    reference = document.date or reference_date(extraction.mentions)

    def add(relation: Relation) -> None:
        found.setdefault(relation.id, relation)

    for family, predicate, trigger in triggers(doc, FAMILIES):
        args: dict[str, list[Mention]] = {}
        is_noun = trigger.pos_ == "NOUN"
        if predicate.objects and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in predicate.objects for c in trigger.children
        ):
            continue
        found_args = noun_arguments(trigger, predicate.owner) if is_noun else arguments(trigger)
        for role, token in found_args:
            allowed = predicate.roles.get(role, ACTORS)
            named = (
                places.place_mentions(index, token) if allowed == PLACES else index.expand(token)
            )
            args.setdefault(role, []).extend(m for m in named if m.type in allowed)
        # an event noun takes the polarity of the verb it is the object or subject of:
        # "did not approve the extradition of X", "may seek the extradition of X"
        if not is_noun:
            negated, modality = polarity(trigger)
        elif trigger.dep_ in ("dobj", "nsubj", "nsubjpass") and trigger.head.pos_ == "VERB":
            negated, modality = polarity(trigger.head)
        else:
            negated, modality = False, None
        dated = clause_date(trigger, index, document.date, anchor=reference)
        for type_, source_role, target_role in predicate.edges:
            for source in args.get(source_role, []):
                for target in args.get(target_role, []):
                    if source is target or source.text == target.text:
                        continue
                    if type_ in agreements.AGREEMENT_TYPES and not is_agreement(target):
                        continue
                    date, date_source = party_date(
                        dated, trigger.sent, document.date, source, target
                    )
                    attributes = _trigger_attributes(trigger, document.id)
                    amount = _amount(trigger, index)
                    if amount is not None:
                        attributes["amount"] = amount.text
                        attributes["amount_mention"] = amount.id
                    add(
                        Relation(
                            document=document.id,
                            type=type_,
                            source=source.id,
                            target=target.id,
                            start=trigger.sent.start_char,
                            end=trigger.sent.end_char,
                            date=date,
                            date_source=date_source,
                            negated=negated,
                            modality=modality,
                            method=f"{family.FAMILY}-{'nouns' if is_noun else 'rules'}-{VERSION}",
                            attributes=attributes,
                        )
                    )
    for family in FAMILIES:
        for nominal in getattr(family, "nominal_relations", _none)(doc, index):
            anchor = _governing_verb(nominal.trigger)
            date, date_source = party_date(
                clause_date(anchor, index, document.date, anchor=reference),
                nominal.trigger.sent,
                document.date,
                nominal.source,
                nominal.target,
            )
            verbal = anchor.pos_ in ("VERB", "AUX") and nominal.clausal
            negated, modality = polarity(anchor) if verbal else (False, None)
            add(
                Relation(
                    document=document.id,
                    type=nominal.type,
                    source=nominal.source.id,
                    target=nominal.target.id,
                    start=nominal.trigger.sent.start_char,
                    end=nominal.trigger.sent.end_char,
                    date=date,
                    date_source=date_source,
                    negated=negated,
                    modality=modality,
                    method=f"{nominal.method}-{VERSION}",
                    attributes={
                        **_trigger_attributes(nominal.trigger, document.id),
                        **nominal.attributes,
                    },
                )
            )
    by_id = {m.id: m for m in extraction.mentions}
    for held in extraction.roles:
        if held.organization is None or held.organization not in by_id or held.mention not in by_id:
            continue
        span = doc.char_span(held.start, held.end, alignment_mode="expand")
        sentence = span.sent if span is not None else None
        add(
            Relation(
                document=document.id,
                type=office.role_type(held.role),
                source=held.mention,
                target=held.organization,
                start=sentence.start_char if sentence is not None else held.start,
                end=sentence.end_char if sentence is not None else held.end,
                date=document.date,
                date_source="document" if document.date else None,
                method=f"office-roles-{VERSION}",
                attributes={
                    "role": held.role,
                    "trigger_start": held.start,
                    "trigger_end": held.end,
                },
            )
        )
    kept = precise(_without_fallbacks(found.values()), doc, extraction.mentions)
    return sorted(kept, key=lambda r: (r.start, r.type, r.source, r.target))


#: Types that say where, more precisely than the generic ``located_in``.
_PLACED = frozenset({"arrested_in", "met_in", "visited", "extradited_from", "controls"})


def _without_fallbacks(relations: Iterable[Relation]) -> list[Relation]:
    """Drop ``located_in`` where a more specific relation places the same pair."""
    kept = list(relations)
    placed = {(r.source, r.target, r.start) for r in kept if r.type in _PLACED}
    return [
        r for r in kept if r.type != "located_in" or (r.source, r.target, r.start) not in placed
    ]


def _governing_verb(token: Token) -> Token:
    """The verb whose clause holds a nominal trigger (for its date and polarity)."""
    current = token
    seen = {current.i}
    # Bounded walk: parses of merged chunk Docs can contain head cycles.
    while current.pos_ not in ("VERB", "AUX") and current.head.i not in seen:
        current = current.head
        seen.add(current.i)
    return current if current.pos_ in ("VERB", "AUX") else token


def _none(doc: Doc, index: MentionIndex) -> list[Nominal]:
    return []


def reference_date(mentions: list[Mention]) -> str | None:
    """For undated documents: the first full date in the text (a dateline, usually), used
    only to resolve relative dates ("on Jan. 8", "Thursday"); never given to relations
    that have no date of their own."""
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.type == DATE:
            date, source = resolve_date(mention.text, None)
            if source == "text" and date is not None and len(date) == 10:
                return date
    return None


def clause_date(
    trigger: Token,
    index: MentionIndex,
    document_date: str | None,
    *,
    anchor: str | None = None,
) -> tuple[str | None, str | None]:
    """The date of the clause around ``trigger`` (see :mod:`.dates`), else the document's.

    A date in the trigger's own clause wins, else the date nearest the trigger in its
    sentence ("On Jan. 8, forces arrived … to join the fight"). Relative dates resolve
    against ``anchor`` (default: the document date)."""
    sentence = sentence_of(trigger)  # nearest first, the earlier of two at one distance
    nearest = sorted(range(sentence.start, sentence.end), key=lambda i: abs(i - trigger.i))
    for i in [*(t.i for t in _clause(trigger)), *nearest]:
        mention = index.by_token.get(i)
        if mention is None or mention.type != DATE:
            continue
        token = trigger.doc[i]
        if same_line(token, trigger) and not born_date_at(token, index.by_token):
            date, source = resolve_date(mention.text, anchor or document_date)
            if date is not None:
                return date, source
    return (document_date, "document") if document_date else (None, None)


def _clause(trigger: Token) -> list[Token]:
    """Tokens of the trigger's own clause: its subtree without nested clauses."""
    tokens: list[Token] = []
    stack = [trigger]
    while stack:
        token = stack.pop()
        tokens.append(token)
        for child in token.children:
            if child.dep_ in ("relcl", "ccomp", "advcl", "acl") or (
                child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
            ):
                continue
            stack.append(child)
    return sorted(tokens, key=lambda t: t.i)


def _amount(trigger: Token, index: MentionIndex) -> Mention | None:
    for token in _clause(trigger):
        mention = index.by_token.get(token.i)
        if mention is not None and mention.type == MONEY:
            return mention
    return None


def _trigger_attributes(trigger: Token, document_id: str) -> dict[str, Any]:
    # ``event`` groups the binary relations of one trigger (who, whom, where) back into
    # the event they come from: "X was extradited to Y from Z" → one event, two relations.
    return {
        "event": stable_id("evt", document_id, trigger.idx),
        "trigger": trigger.text,
        "lemma": trigger.lemma_.lower(),
        "trigger_start": trigger.idx,
        "trigger_end": trigger.idx + len(trigger.text),
    }


__all__ = ["FAMILIES", "VERSION", "clause_date", "co_mentions", "find_relations"]
