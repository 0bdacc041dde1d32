"""Pronoun and nominal links as :class:`~threadline.model.Mention` records.

Third-person pronouns and nominals come from the ``threadline_coref_v1`` component.
First-person pronouns are linked here, once quotations have speakers:

- ``coref-v1:first-person-quote`` — "I", "me", "my" inside a quotation: its speaker;
- ``coref-v1:first-plural-quote`` — "we", "us", "our" inside a quotation: the speaker
  when it is an organisation, else the body the speaking person holds an office in
  ("'We will not rest,' said ICE Director Sarah Saldaña" → ICE).

Every mention takes the type of the name it refers to and records that name's mention id
(``antecedent``) and the rule.
"""

from __future__ import annotations

from spacy.tokens import Doc

from threadline import model
from threadline.extract.coref.lexicon import FIRST_PLURAL, FIRST_SINGULAR, pronoun_classes
from threadline.extract.coref.rules import VERSION, CorefSpan
from threadline.extract.doc_index import doc_text, overlaps_any
from threadline.extract.mentions import sentence_bounds
from threadline.extract.quotes import QuoteSpan
from threadline.extract.roles import RoleSpan

Offsets = tuple[int, int]


def _speaker_body(speaker: Offsets, roles: list[RoleSpan]) -> Offsets | None:
    bodies = {r.organization for r in roles if r.person == speaker and r.organization}
    return bodies.pop() if len(bodies) == 1 else None


def first_person_links(doc: Doc, names: dict[Offsets, model.Mention]) -> list[CorefSpan]:
    """Links of "I"/"we" inside quotations to their speakers (see the module's rules)."""
    classes = pronoun_classes()
    roles: list[RoleSpan] = doc._.threadline_roles or []
    quotes: list[QuoteSpan] = doc._.threadline_quotes or []
    links: list[CorefSpan] = []
    for quote in quotes:
        if quote.speaker is None or quote.speaker not in names:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        speaker = names[quote.speaker]
        for token in span or ():
            cls = classes.get(token.lower_)
            target: Offsets | None = None
            if cls == FIRST_SINGULAR and speaker.type == model.PERSON:
                target, rule = quote.speaker, "first-person-quote"
            elif cls == FIRST_PLURAL:
                person = speaker.type == model.PERSON
                target = _speaker_body(quote.speaker, roles) if person else quote.speaker
                rule = "first-plural-quote"
            if target is not None and target in names:
                end = token.idx + len(token.text)
                label = names[target].type
                links.append(
                    CorefSpan(token.idx, end, "pronoun", target, label, f"{VERSION}:{rule}")
                )
    return links


def with_coref_mentions(
    doc: Doc, names: list[model.Mention], document_id: str, offset: int = 0
) -> list[model.Mention]:
    """``names`` and the pronoun and nominal mentions of ``doc`` linked to them, in text order.

    ``names`` are the name mentions of ``doc`` (offsets already shifted by ``offset``).
    """
    by_offsets = {(m.start - offset, m.end - offset): m for m in names}
    links = list(doc._.threadline_coref or []) + first_person_links(doc, by_offsets)
    overlaps_name = overlaps_any(by_offsets)
    found: list[model.Mention] = []
    seen: set[Offsets] = set()
    text = doc_text(doc)
    for link in links:
        target = by_offsets.get(link.antecedent)
        here = (link.start, link.end)
        if target is None or here in seen or overlaps_name(*here):
            continue
        seen.add(here)
        span = doc.char_span(link.start, link.end, alignment_mode="expand")
        sent_start, sent_end = sentence_bounds(span) if span is not None else (0, len(text))
        found.append(
            model.Mention(
                document=document_id,
                start=offset + link.start,
                end=offset + link.end,
                text=text[link.start : link.end],
                type=target.type,
                sentence_start=offset + sent_start,
                sentence_end=offset + sent_end,
                method=VERSION,
                kind=link.kind,
                antecedent=target.id,
                rule=link.rule,
            )
        )
    return sorted(names + found, key=lambda m: (m.start, m.end))
