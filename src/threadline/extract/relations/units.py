"""Units of a body: "the Treasury's Office of Foreign Assets Control", "ISIL's War
Committee", "the FBI's Birmingham Field Office" (rule ``office-units-v1``).

A named organisation whose head word is a unit noun (``data/relations/unit_nouns.txt``:
office, bureau, committee, unit, cell…) and whose possessor is another named
organisation or a country is part of it: ``member_of`` from the unit to the owner. A
group that is no unit ("Mexico's Gulf Cartel") is only from somewhere, and gives none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from threadline.extract.relations.frames import ACTORS, MentionIndex, Nominal
from threadline.extract.vocabulary import words
from threadline.model import PERSON

_BODIES = ACTORS - {PERSON}


def unit_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """``member_of`` (unit → owner) for each named unit with a possessor."""
    units = words("relations/unit_nouns")
    seen = set()
    for mention in index.by_token.values():
        if mention.id in seen or mention.type not in _BODIES - {"Location"}:
            continue
        seen.add(mention.id)
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.lemma_.lower() not in units:
            continue
        for child in span.root.children:
            if child.dep_ != "poss":
                continue
            owner = index.at(child)
            if owner is not None and owner is not mention and owner.type in _BODIES:
                yield Nominal("member_of", mention, owner, span.root, "office-units")
