"""From spaCy entities to threadline mentions: types, sentences and offsets."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from threadline import model
from threadline.extract.doc_index import doc_text, sentence_of
from threadline.extract.inverted_names import uninverted
from threadline.extract.nicknames import METHOD as NICKNAME_METHOD
from threadline.extract.nicknames import without_nickname
from threadline.extract.spans import COMPANY_LABEL, PUBLIC_BODY_LABEL, method_of

#: spaCy (and threadline) entity labels → mention types; other labels are dropped
#: (NORP is a nationality, not an actor; CARDINAL, ORDINAL… are not names).
LABEL_TYPES = {
    "PERSON": model.PERSON,
    "ORG": model.ORGANIZATION,
    PUBLIC_BODY_LABEL: model.PUBLIC_BODY,
    COMPANY_LABEL: model.COMPANY,
    "GPE": model.LOCATION,
    "LOC": model.LOCATION,
    "LAW": model.LAW,
    "DATE": model.DATE,
    "MONEY": model.MONEY,
}
_ARTICLE_TYPES = {model.ORGANIZATION, model.PUBLIC_BODY, model.COMPANY, model.LAW}


def canonical_form(text: str, type_: str) -> str | None:
    """An obvious normal form of a mention's text, or ``None`` when it is the text itself.

    The article of an organisation or law is dropped ("the Bundestag" → "Bundestag"), and
    a person's quoted nickname ('Nemesio "El Tigre" Ortega Salas' → "Nemesio Ortega
    Salas"), and a name written surname first is put given names first ("CARO QUINTERO,
    Rafael" → "Rafael CARO QUINTERO"); resolution chooses entities' names.
    """
    if type_ == model.PERSON:
        return without_nickname(text) or uninverted(text)
    if type_ in _ARTICLE_TYPES and text[:4] in ("the ", "The ") and len(text) > 4:
        return text[4:]
    return None


def sentence_bounds(span: Span) -> tuple[int, int]:
    """Character bounds, in the Doc, of the sentence(s) that hold ``span``."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return 0, len(doc_text(doc))
    first, last = sentence_of(doc[span.start]), sentence_of(doc[span.end - 1])
    return first.start_char, max(last.end_char, span.end_char)


def span_mention(
    span: Span,
    document_id: str,
    offset: int,
    type_: str,
    method: str,
    canonical: str | None = None,
) -> model.Mention:
    """The mention of ``span`` with its sentence, offsets shifted by ``offset`` (the part's
    place in the document)."""
    sent_start, sent_end = sentence_bounds(span)
    return model.Mention(
        document=document_id,
        start=offset + span.start_char,
        end=offset + span.end_char,
        text=span.text,
        type=type_,
        sentence_start=offset + sent_start,
        sentence_end=offset + sent_end,
        method=method,
        canonical=canonical,
    )


def mentions_from_doc(doc: Doc, document_id: str, offset: int = 0) -> list[model.Mention]:
    """The mentions of ``doc``'s entities; offsets shifted by ``offset`` into the document."""
    found: list[model.Mention] = []
    for ent in doc.ents:
        type_ = LABEL_TYPES.get(ent.label_)
        if type_ is None or not ent.text.strip():
            continue
        canonical = canonical_form(ent.text, type_)
        found.append(span_mention(ent, document_id, offset, type_, method_of(ent), canonical))
    return found + nickname_mentions(doc, found, offset)


def nickname_mentions(doc: Doc, names: list[model.Mention], offset: int) -> list[model.Mention]:
    """The quoted nickname inside a person's name as a name of that person (an alias):
    ``antecedent`` is the whole name's mention, so resolution files it under that person."""
    by_offsets = {(m.start - offset, m.end - offset): m for m in names}
    found: list[model.Mention] = []
    for (start, end), whole in doc._.threadline_nicknames or []:
        person = by_offsets.get(whole)
        if person is None:
            continue
        found.append(
            model.Mention(
                document=person.document,
                start=offset + start,
                end=offset + end,
                text=doc_text(doc)[start:end],
                type=model.PERSON,
                sentence_start=person.sentence_start,
                sentence_end=person.sentence_end,
                method=NICKNAME_METHOD,
                antecedent=person.id,
                rule=NICKNAME_METHOD,
            )
        )
    return found
