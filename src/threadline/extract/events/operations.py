"""Named operations as entities and raid events: "Operation Sea Breeze".

The parser types such names at random (a place, an organisation, a facility); they are
neither. Each is a mention of type ``Operation`` (:func:`with_operation_mentions`,
method ``events-operations-v1``), so the operation is an entity of its own, and each
name of the form *Operation* + capitalised words is a ``raid`` event whose trigger is
the whole name, unless the name only modifies another noun ("the Operation
Predator *app*"). Its arguments are read like an event noun's (the name's last word is
its head): "the DEA *launched* Operation Sea Breeze" (agent), "Operation Sea Breeze
*targeted* the 'Ndrangheta" (target), "in Calabria" (place). Operation names are never
arguments themselves (:func:`is_operation_name`); instead, the raid the name states and
every event that happens in, during, under, through or as part of it ("police
arrested 19 people *in Operation X*") carry the operation's mention id in their
``operation`` attribute (:func:`operation_of`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from threadline.extract.mentions import span_mention
from threadline.extract.vocabulary import words
from threadline.model import OPERATION, Mention

WORD = "operation"
METHOD = "events-operations-v1"
#: Prepositions that put an event inside an operation ("arrested *in* Operation X").
_WITHIN = frozenset({"in", "during", "under", "through", "as"})
_DASHES = frozenset({"-", "–", "—"})


def is_operation_name(mention: Mention) -> bool:
    """Whether a mention is the name of an operation ("Operation Sea Breeze")."""
    words = mention.text.split()
    return mention.type == OPERATION or (len(words) > 1 and words[0].lower() == WORD)


def with_operation_mentions(
    doc: Doc, mentions: list[Mention], document_id: str, offset: int = 0
) -> list[Mention]:
    """``mentions`` with each "Operation X" name of ``doc`` as one mention of type
    ``Operation``: a mention of exactly that span is retyped, mentions inside it ("Sea
    Breeze") give way to it."""
    found = list(mentions)
    for span in operation_names(doc):
        start, end = offset + span.start_char, offset + span.end_char
        inside = [m for m in found if start <= m.start and m.end <= end]
        found = [m for m in found if m not in inside]
        exact = next((m for m in inside if (m.start, m.end) == (start, end)), None)
        if exact is not None:
            found.append(replace(exact, type=OPERATION))
            continue
        if any(m.start < end and start < m.end for m in found):
            continue  # a longer name holds it
        found.append(span_mention(span, document_id, offset, OPERATION, METHOD))
    return sorted(found, key=lambda m: (m.start, m.end))


def operation_of(trigger: Token, names: dict[int, Mention]) -> Mention | None:
    """The operation an event happens in: the operation name that is the trigger's head
    ("Operation X", whose last word is the trigger), or the object of a preposition of
    ``_WITHIN`` on the trigger's verb or noun or on the verb's object ("arrested X in
    Operation Y", "the arrests during Operation Y"), or the name an event noun is given
    ("the operation, dubbed Operation Y"). ``names`` maps token indices to operation
    mentions."""
    if trigger.i in names:
        return names[trigger.i]
    for child in trigger.children:  # "the operation, dubbed Operation X" / "…, Operation X"
        near = [child, *(g for g in child.children if child.dep_ == "acl")]
        found = next((names[t.i] for t in near if t.dep_ != "prep" and t.i in names), None)
        if found is not None and child.dep_ in ("appos", "acl"):
            return found
    # the phrase hangs on the verb, or on its object ("arrested X in Operation Y")
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "prep" and child.lower_ in _WITHIN:
            for pobj in child.subtree:
                if pobj.dep_ == "pobj" and pobj.i in names:
                    return names[pobj.i]
    return None


def operation_names(doc: Doc) -> Iterator[Span]:
    """The "Operation X" names of ``doc`` that stand for an operation, in text order."""
    i = 0
    while i < len(doc):
        token = doc[i]
        end = i + 1
        if token.text == "Operation":
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
        if end > i + 1:
            head = doc[end - 1]
            if not (head.dep_ == "compound" and head.head.pos_ == "NOUN"):
                yield doc[i:end]
        i = end


def names_a_unit(name: Span) -> bool:
    """Whether an "Operation X" name is the tail of a unit's name, which states no raid:
    "Combined Joint Task Force - Operation Inherent Resolve provided masks", "commander,
    Land Component Command - Operation Inherent Resolve" (unit heads in
    ``data/events/unit_heads.txt``). A dateline before the dash ("BAGHDAD - Operation
    X began") is in capitals and is no unit."""
    doc, i = name.doc, name.start
    if i < 2 or doc[i - 1].text not in _DASHES:
        return False
    before = doc[i - 2]
    return not before.is_upper and before.lower_ in words("events/unit_heads")


def operation_arguments(head: Token) -> Iterator[tuple[str, Token]]:
    """(grammatical role, token) of a named operation, from the verb it depends on: its
    subject (or *by*-phrase) launches or conducts it ("the DEA launched Operation X";
    "police arrested 19 people in Operation X"), or, when the operation is the subject,
    its object is the target ("Operation X targeted the 'Ndrangheta")."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in ("in", "during", "under"):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i == head.i:
        return
    for child in verb.children:
        if child.dep_ == "nsubj" and head.dep_ != "nsubj":
            yield "agent", child
        elif child.dep_ == "agent":  # "the raids were carried out by Mexican marines"
            yield from (("agent", c) for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dobj" and head.dep_ == "nsubj":
            yield "patient", child
        elif child.dep_ == "prep" and child.lower_ in ("in", "at", "against"):
            role = "patient" if child.lower_ == "against" else child.lower_
            yield from ((role, c) for c in child.children if c.dep_ == "pobj" and c.i != head.i)
