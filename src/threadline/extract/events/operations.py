"""Named operations as raid events: "Operation Sea Breeze", "Operation Predator".

The parser types such names at random (a place, an organisation, a facility); they are
neither. Each name of the form *Operation* + capitalised words is a ``raid`` event whose
trigger is the whole name, unless the name only modifies another noun ("the Operation
Predator *app*"). Its arguments are read like an event noun's (the name's last word is
its head): "the DEA *launched* Operation Sea Breeze" (agent), "Operation Sea Breeze
*targeted* the 'Ndrangheta" (target), "in Calabria" (place). Operation names are never
arguments themselves (:func:`is_operation_name`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from threadline.model import Mention

WORD = "operation"


def is_operation_name(mention: Mention) -> bool:
    """Whether a mention is the name of an operation ("Operation Sea Breeze")."""
    words = mention.text.split()
    return len(words) > 1 and words[0].lower() == WORD


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


def operation_arguments(head: Token) -> Iterator[tuple[str, Token]]:
    """(grammatical role, token) of a named operation, from the verb it depends on: its
    subject launches or conducts it ("the DEA launched Operation X"; "police arrested 19
    people in Operation X"), or, when the operation is the subject, its object is the
    target ("Operation X targeted the 'Ndrangheta")."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in ("in", "during", "under"):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i == head.i:
        return
    for child in verb.children:
        if child.dep_ == "nsubj" and head.dep_ != "nsubj":
            yield "agent", child
        elif child.dep_ == "dobj" and head.dep_ == "nsubj":
            yield "patient", child
        elif child.dep_ == "prep" and child.lower_ in ("in", "at", "against"):
            role = "patient" if child.lower_ == "against" else child.lower_
            yield from ((role, c) for c in child.children if c.dep_ == "pobj" and c.i != head.i)
