"""The kind of a name from its last word and its context, where spaCy's guess is weak.

* Places: a "person" after a locative preposition ("in Raqqah", "Near Ar Raqqah,") or
  ending in a place word ("Samarra Barrage", "Tabqa Dam") is a place; so is a
  "nationality" after one and before no noun ("in Aleppo").
* Groups: a "person" ending in a group word ("Saray al-Jihad Group", "Abel Battery",
  "Supporters Brigades") is an organisation; so is one followed by "tribe" or "clan"
  ("the Al Bu Nimr tribe").
* Vessels: "USS Mahan", "HMS Daring" name ships, which are none of threadline's types.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from threadline.extract.lexicon import word_set
from threadline.extract.spans import make_entity, method_of, set_entities

METHOD = "rule:kinds-v1"
#: Prepositions after which a name is a place ("in", "near"), unless a possessive follows.
LOCATIVE = word_set("in near outside inside around across throughout into")
PLACE_WORDS = word_set(
    """
    dam barrage river mountains mountain valley province governorate district city town
    village bridge airport airbase lake island islands desert region county
    """
)
GROUP_WORDS = word_set(
    """
    group brigade brigades battalion battery regiment division army front movement party
    council committee network organization organisation society association union
    cartel gang clan militia forces force syndicate mafia family
    """
)
#: Nouns after a name that make it the name of a kin group ("the Al Bu Nimr tribe").
KIN_GROUP_NOUNS = word_set("tribe tribes clan clans")
VESSEL_PREFIXES = word_set("USS HMS FS HMAS HMCS INS RFA MV MS SS")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def kind_of_person(span: Span) -> tuple[int, int, str | None]:
    """(start, end, label) for a PERSON entity; label ``None`` drops the entity."""
    doc = span.doc
    first, last = span[0], span[-1]
    if first.text in VESSEL_PREFIXES:
        return span.start, span.end, None
    if first.lower_ in LOCATIVE and len(span) > 1:
        return span.start + 1, span.end, "GPE"
    last_word = last.lower_
    if last_word in PLACE_WORDS and len(span) > 1:
        return span.start, span.end, "LOC"
    if last_word in GROUP_WORDS and len(span) > 1:
        return span.start, span.end, "ORG"
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in KIN_GROUP_NOUNS:
        return span.start, span.end, "ORG"
    possessive = after is not None and after.text in _POSSESSIVE
    if before is not None and before.lower_ in LOCATIVE and not possessive:
        return span.start, span.end, "GPE"
    return span.start, span.end, "PERSON"


def is_place_by_context(span: Span) -> bool:
    """A "nationality" used as a place: after "in"/"near" and not before a noun ("in Aleppo",
    but not "in Syrian territory")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is None or before.lower_ not in LOCATIVE:
        return False
    return after is None or after.pos_ not in ("NOUN", "PROPN")


def rekind(span: Span) -> Span | None:
    """The entity with the kind its words and context give it (``None``: not an entity)."""
    if span.label_ == "NORP" and is_place_by_context(span):
        return make_entity(span.doc, span.start, span.end, "GPE", method_of(span) + "+" + METHOD)
    if span.label_ != "PERSON":
        return span
    start, end, label = kind_of_person(span)
    if label is None:
        return None
    if (start, end, label) == (span.start, span.end, span.label_):
        return span
    return make_entity(span.doc, start, end, label, method_of(span) + "+" + METHOD)


@Language.component("threadline_kinds_v1")
def kinds(doc: Doc) -> Doc:
    """Relabel person entities that are places, groups or vessels (see module docs)."""
    set_entities(doc, [s for ent in doc.ents if (s := rekind(ent)) is not None])
    return doc
