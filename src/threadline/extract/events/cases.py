"""Legal cases named after a party as entities: "the Bout case", "Guzman's case".

:func:`case_mentions` adds a ``CourtCase`` mention (method ``events-cases-v1``; FtM's
``CourtCase`` schema) for each "case" or "trial" whose modifier is a named person or
organisation: "the *Bout case*", "*Guzman's case*", "the *Sinaloa Cartel trial*". The
mention runs from the name to the noun and its canonical form drops a possessive
("Guzman case"), so every story about the case files it under one entity, apart from
the person. The name keeps its own mention. A case named by no party ("the case", "a
case of fraud") is no entity.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from threadline.extract.doc_index import doc_text
from threadline.extract.mentions import span_mention
from threadline.model import COURT_CASE, ORGANIZATION_KINDS, PERSON, Mention

METHOD = "events-cases-v1"
CASE_NOUNS = frozenset({"case", "trial"})
_PARTIES = frozenset({PERSON, *ORGANIZATION_KINDS})


def _party(token: Token, names: dict[int, Mention]) -> Mention | None:
    """The named party that a case noun's modifier belongs to, if any."""
    for child in token.lefts:
        if child.dep_ in ("compound", "poss", "nmod") and child.i in names:
            mention = names[child.i]
            if mention.type in _PARTIES:
                return mention
    return None


def case_mentions(
    doc: Doc, document_id: str, offset: int, existing: list[Mention]
) -> list[Mention]:
    """CourtCase mentions for the party-named cases of ``doc`` (see the module)."""
    names: dict[int, Mention] = {}
    for mention in existing:
        if mention.kind == "name":
            span = doc.char_span(mention.start - offset, mention.end - offset, "expand")
            names.update((t.i, mention) for t in span or ())
    found: list[Mention] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in CASE_NOUNS or token.i in names:
            continue
        party = _party(token, names)
        if party is None:
            continue
        start, end = party.start, offset + token.idx + len(token.text)
        span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        if span is None:
            continue
        words = doc_text(doc)[party.end - offset : token.idx].replace("\u2019", "'")
        canonical = f"{party.canonical or party.text} {token.lower_}"
        if words.strip() not in ("", "'s", "'"):
            canonical = span.text
        found.append(span_mention(span, document_id, offset, COURT_CASE, METHOD, canonical))
    return found
