"""Press-release "we" and "our": the body that issues the text.

``coref-v1:first-plural-issuer`` — outside quotation marks, "we", "us" and "our" in a
press release stand for the agency that wrote it ("ICE announced *our* new app … *We*
were able to find and arrest Austin"): the first organisation the text names as the
subject of a clause outside quotations. A text whose narrator speaks as "I" outside
quotations (a speech, a transcript) is a person speaking, so its "we" is left unlinked,
as is the "we" of a text that names no organisation as a subject.
"""

from __future__ import annotations

from spacy.tokens import Doc

from threadline.extract.coref.antecedents import Antecedent
from threadline.extract.coref.lexicon import FIRST_PLURAL, FIRST_SINGULAR, pronoun_classes
from threadline.extract.coref.rules import CorefSpan, link
from threadline.extract.spans import ORG_LABELS

RULE = "first-plural-issuer"


def _outside(index: int, quoted: list[tuple[int, int]]) -> bool:
    return not any(s <= index < e for s, e in quoted)


def issuer(antecedents: list[Antecedent]) -> Antecedent | None:
    """The first organisation named as a subject outside quotations, if any."""
    return next(
        (a for a in antecedents if a.label in ORG_LABELS and a.subject and not a.quoted),
        None,
    )


def issuer_links(
    doc: Doc, quoted: list[tuple[int, int]], antecedents: list[Antecedent]
) -> list[CorefSpan]:
    """Links of "we"/"us"/"our" outside quotations to the issuing body (module rules)."""
    classes = pronoun_classes()
    outside = [t for t in doc if _outside(t.idx, quoted) and t.pos_ in ("PRON", "DET")]
    if any(classes.get(t.lower_) == FIRST_SINGULAR for t in outside):
        return []
    body = issuer(antecedents)
    if body is None:
        return []
    return [
        link(t.idx, t.idx + len(t.text), "pronoun", body, RULE)
        for t in outside
        if classes.get(t.lower_) == FIRST_PLURAL
    ]
