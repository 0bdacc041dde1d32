"""From parsed Docs to :class:`~threadline.model.Extraction` records.

Long texts are parsed in parts (see :mod:`threadline.extract.chunks`); every offset in
the result refers to the whole document's ``text``, whatever part it was found in.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from threadline import model
from threadline.errors import ExtractError
from threadline.extract.chunks import BATCH_CHARS, char_batches, split_text
from threadline.extract.coref import with_coref_mentions
from threadline.extract.doc_index import doc_text
from threadline.extract.events import (
    agreement_mentions,
    case_mentions,
    find_events,
    state_mentions,
    with_operation_mentions,
)
from threadline.extract.events.relations import event_relations
from threadline.extract.mentions import mentions_from_doc
from threadline.extract.quotes import QuoteSpan
from threadline.extract.relations import find_relations, reference_date
from threadline.extract.relations.demonyms import title_state_mentions
from threadline.extract.roles import RoleSpan
from threadline.extract.runs import calm_runs

Offsets = tuple[int, int]


def _roles(doc: Doc, document: str, offset: int, ids: dict[Offsets, str]) -> list[model.Role]:
    found: list[model.Role] = []
    spans: list[RoleSpan] = doc._.threadline_roles or []
    for role in spans:
        person = ids.get(role.person)
        if person is None:
            continue
        org = ids.get(role.organization) if role.organization is not None else None
        found.append(
            model.Role(document, person, role.role, offset + role.start, offset + role.end, org)
        )
    return found


def _quotes(doc: Doc, document: str, offset: int, ids: dict[Offsets, str]) -> list[model.Quote]:
    found: list[model.Quote] = []
    spans: list[QuoteSpan] = doc._.threadline_quotes or []
    text = doc_text(doc)
    for quote in spans:
        speaker = speaker_id = None
        if quote.speaker is not None:
            speaker = text[quote.speaker[0] : quote.speaker[1]]
            speaker_id = ids.get(quote.speaker)
        found.append(
            model.Quote(
                document,
                offset + quote.start,
                offset + quote.end,
                text[quote.start : quote.end],
                speaker,
                speaker_id,
            )
        )
    return found


def _extract_part(doc: Doc, document: model.Document, offset: int) -> model.Extraction:
    """Mentions, roles and quotes of one parsed part of ``document`` (no relations)."""
    mentions = with_operation_mentions(
        doc, mentions_from_doc(doc, document.id, offset), document.id, offset
    )
    mentions += agreement_mentions(doc, document.id, offset, mentions)
    mentions += state_mentions(doc, document.id, offset, mentions)
    mentions += title_state_mentions(doc, document.id, offset, mentions)
    mentions += case_mentions(doc, document.id, offset, mentions)
    mentions = with_coref_mentions(doc, mentions, document.id, offset)
    ids = {(m.start - offset, m.end - offset): m.id for m in mentions}
    aliases = [
        (ids[alias], ids[full])
        for alias, full in doc._.threadline_aliases or []
        if alias in ids and full in ids
    ]
    return model.Extraction(
        document=document,
        mentions=mentions,
        roles=_roles(doc, document.id, offset, ids),
        quotes=_quotes(doc, document.id, offset, ids),
        aliases=aliases,
    )


def extract_document(doc: Doc, document: model.Document) -> model.Extraction:
    """Everything threadline extracts from ``document``, given its parsed ``doc``.

    ``doc`` must be ``nlp(document.text)`` for a pipeline from
    :func:`threadline.extract.pipeline.load_pipeline`.
    """
    if doc_text(doc) != document.text:
        raise ExtractError(
            f"the parsed text does not match document {document.id}; pass the Doc made "
            "from document.text (use extract_documents for long texts)."
        )
    extraction = _extract_part(doc, document, 0)
    extraction.relations = find_relations(doc, extraction)
    extraction.events = _events(doc, extraction)
    extraction.relations = event_relations(extraction)
    return extraction


def _events(doc: Doc, extraction: model.Extraction) -> list[model.Event]:
    reference = extraction.document.date or reference_date(extraction.mentions)
    return find_events(doc, extraction, reference)


def _as_part(doc: Doc, document: model.Document) -> model.Extraction:
    """One part's findings with the part seen as a document of its own (same metadata,
    the part's text, offsets from 0), as the relation and event rules need them."""
    part_document = replace(document, text=doc_text(doc), metadata=dict(document.metadata))
    return _extract_part(doc, part_document, 0)


def _to_whole(local: model.Extraction, document_id: str, offset: int) -> dict[str, str]:
    """Mention ids of a part seen on its own → the same mentions' ids in the document."""
    return {
        m.id: model.stable_id("men", document_id, m.start + offset, m.end + offset)
        for m in local.mentions
    }


def _part_relations(
    doc: Doc, local: model.Extraction, document_id: str, offset: int
) -> list[model.Relation]:
    """Relations of one part, found with part-relative offsets and shifted back.

    ``find_relations`` sees the part as a document of its own (:func:`_as_part`); its
    mention ids and offsets are then mapped onto the whole document.
    """
    to_whole = _to_whole(local, document_id, offset)
    return [
        replace(
            rel,
            document=document_id,
            source=to_whole.get(rel.source, rel.source),
            target=to_whole.get(rel.target, rel.target),
            start=rel.start + offset,
            end=rel.end + offset,
        )
        for rel in find_relations(doc, local)
    ]


#: Event attributes that hold mention ids (one, or a list).
_MENTION_ATTRIBUTES = ("parties", "announced_by", "operation")


def _shifted_attributes(attributes: dict[str, Any], to_whole: dict[str, str]) -> dict[str, Any]:
    """An event's attributes with the mention ids of one part mapped onto the document."""
    shifted = dict(attributes)
    for key in _MENTION_ATTRIBUTES:
        value = shifted.get(key)
        if isinstance(value, list):
            shifted[key] = [to_whole.get(i, i) for i in value]
        elif isinstance(value, str):
            shifted[key] = to_whole.get(value, value)
    return shifted


def _part_events(
    doc: Doc, local: model.Extraction, document_id: str, offset: int
) -> list[model.Event]:
    """Events of one part, found like :func:`_part_relations` and shifted back."""
    to_whole = _to_whole(local, document_id, offset)

    def ids(found: list[str]) -> list[str]:
        return [to_whole.get(i, i) for i in found]

    return [
        replace(
            event,
            document=document_id,
            trigger_start=event.trigger_start + offset,
            trigger_end=event.trigger_end + offset,
            start=event.start + offset,
            end=event.end + offset,
            agents=ids(event.agents),
            targets=ids(event.targets),
            places=ids(event.places),
            attributes=_shifted_attributes(event.attributes, to_whole),
        )
        for event in _events(doc, local)
    ]


def extract_documents(
    nlp: Language,
    documents: Iterable[model.Document],
    *,
    batch_size: int = 32,
    max_chars: int = 100_000,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[model.Extraction]:
    """One :class:`Extraction` per document, in order, parsing texts in batches.

    Texts longer than ``max_chars`` are parsed in parts cut at paragraph, line,
    sentence or word boundaries; all offsets refer to the whole text. A spaCy batch
    holds at most ``batch_size`` parts and ``batch_chars`` characters, and each part's
    parse is reduced to its findings at once, so memory does not grow with the length
    of a document. Long punctuation runs are blanked before parsing
    (:func:`~threadline.extract.runs.calm_runs`, offsets kept).
    """
    pending: deque[tuple[model.Document, int]] = deque()

    def parts() -> Iterator[tuple[str, int]]:
        for document in documents:
            pieces = split_text(document.text, max_chars)
            pending.append((document, len(pieces)))
            for offset, text in pieces:
                yield calm_runs(text), offset

    whole: model.Extraction | None = None
    seen = 0
    for batch in char_batches(parts(), batch_size, batch_chars):
        for doc, offset in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            document, count = pending[0]
            if count == 1:
                pending.popleft()
                yield _single(doc, document)
                continue
            whole = _add_part(whole or model.Extraction(document=document), doc, offset)
            seen += 1
            if seen == count:
                pending.popleft()
                whole.relations = event_relations(whole)
                yield whole
                whole, seen = None, 0


def _single(doc: Doc, document: model.Document) -> model.Extraction:
    """The Extraction of a document parsed in one part."""
    if doc_text(doc) == document.text:
        return extract_document(doc, document)
    # punctuation runs were blanked (same length): extract from the parsed text, then
    # hand back the original document
    extraction = extract_document(doc, replace(document, text=doc_text(doc)))
    extraction.document = document
    return extraction


def _add_part(whole: model.Extraction, doc: Doc, offset: int) -> model.Extraction:
    """``whole`` with the findings of one parsed part (at ``offset``) added."""
    document = whole.document
    part = _extract_part(doc, document, offset)
    whole.mentions += part.mentions
    whole.roles += part.roles
    whole.quotes += part.quotes
    whole.aliases += part.aliases
    local = _as_part(doc, document)  # relations and events read the same findings
    whole.relations += _part_relations(doc, local, document.id, offset)
    whole.events += _part_events(doc, local, document.id, offset)
    return whole
