"""Acronyms defined in the text: "the Syrian Democratic Forces (SDF)".

An organisation, place or law followed by a parenthesised acronym whose first letter is
the first letter of one of the name's words gives the acronym the name's label; the pair
is kept in ``doc._.threadline_aliases`` (character offsets: acronym, full name) so that
resolution can merge them. Later uses of the acronym are then found by
:mod:`threadline.extract.repeats`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from threadline.extract.spans import ORG_LABELS, make_entity, set_entities

METHOD = "rule:acronym-v1"
NAMED_LABELS = ORG_LABELS | {"GPE", "LOC", "LAW"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,9}$")

Offsets = tuple[int, int]


def is_acronym_of(acronym: str, name: Span) -> bool:
    """True when ``acronym`` looks like an abbreviation of ``name`` ("SDF" of "Syrian…")."""
    if not _ACRONYM.match(acronym) or sum(ch.isupper() for ch in acronym) < 2:
        return False
    initials = {t.text[0] for t in name if t.text[:1].isupper()}
    return acronym[0] in initials


def find_acronyms(doc: Doc) -> list[tuple[Span, Span]]:
    """(acronym entity, full-name entity) pairs defined in ``doc``."""
    pairs: list[tuple[Span, Span]] = []
    for ent in doc.ents:
        i = ent.end
        if ent.label_ not in NAMED_LABELS or i + 2 >= len(doc):
            continue
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        if is_acronym_of(doc[i + 1].text, ent):
            pairs.append((make_entity(doc, i + 1, i + 2, ent.label_, METHOD), ent))
    return pairs


if not Doc.has_extension("threadline_aliases"):
    Doc.set_extension("threadline_aliases", default=None)


@Language.component("threadline_acronyms_v1")
def acronyms(doc: Doc) -> Doc:
    """Tag acronyms defined in parentheses and record them as aliases of the full name."""
    pairs = find_acronyms(doc)
    set_entities(doc, list(doc.ents), prefer=[acronym for acronym, _ in pairs])
    aliases: list[tuple[Offsets, Offsets]] = [
        ((a.start_char, a.end_char), (full.start_char, full.end_char)) for a, full in pairs
    ]
    doc._.threadline_aliases = aliases
    return doc
