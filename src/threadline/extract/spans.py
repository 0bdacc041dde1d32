"""Entity spans as threadline's components read and rewrite them.

Components keep their results in ``doc.ents``. Each entity's label is a spaCy label
(``PERSON``, ``ORG``, ``GPE``…) or one of threadline's (``PUBLIC_BODY``, ``COMPANY``);
the rule that made or last changed an entity is kept in ``Span.id_`` (spaCy's
``ent_id``), so every stored mention can say which versioned rule produced it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from threadline.extract.doc_index import entity_covering, entity_records, forget_entities

PUBLIC_BODY_LABEL = "PUBLIC_BODY"
COMPANY_LABEL = "COMPANY"
#: Labels that name an organisation of some kind.
ORG_LABELS = frozenset({"ORG", PUBLIC_BODY_LABEL, COMPANY_LABEL})
#: Labels that can speak or hold an office's counterpart (speakers of quotes).
ACTOR_LABELS = frozenset({"PERSON", *ORG_LABELS})


def method_of(span: Span) -> str:
    """The method name recorded for an entity: its rule name, or ``spacy`` for raw NER."""
    return span.id_ or "spacy"


def make_entity(doc: Doc, start: int, end: int, label: str, method: str) -> Span:
    """A new entity span over tokens ``[start, end)`` tagged with the rule that made it."""
    return Span(doc, start, end, label=label, span_id=method)


def set_entities(doc: Doc, spans: Iterable[Span], *, prefer: Iterable[Span] = ()) -> None:
    """Replace ``doc.ents``; ``prefer`` spans win over overlapping ``spans``.

    Overlaps among the preferred spans (and then the rest) are settled by spaCy's
    ``filter_spans``: longest first, then earliest.
    """
    chosen = filter_spans(list(prefer))
    taken = {i for span in chosen for i in range(span.start, span.end)}
    rest = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    ents = sorted(chosen + filter_spans(rest), key=lambda s: s.start)
    if [(s.start, s.end, s.label, s.kb_id, s.id) for s in ents] == entity_records(doc):
        return  # unchanged: spaCy's setter would write every token again for nothing
    doc.ents = ents
    forget_entities(doc)


def entity_at(doc: Doc, token_i: int) -> Span | None:
    """The entity covering token ``token_i``, if any."""
    token = doc[token_i]
    if token.ent_iob_ in ("", "O"):
        return None
    return entity_covering(doc, token_i)
