"""Lists of names: "Hermilo Cabrera Diaz, Abelardo Caicedo Colorado, Sixto Antonio
Cabana Guillen and Miguel Angel Pascuas Santos".

The small model tags some items of such a list as places or cuts them. A list is a run of
items separated by commas, semicolons, "and" or "or" inside one sentence. When at least
two items are persons, every other item written as a name (two to five
capitalised words or particles, no office word) becomes a person, unless a single other
entity (a known body or place) covers it exactly or a person's name runs past it. An item
counts as a person when it ends with one ("such as Hermilo Cabrera Diaz"); a hyphen inside
a word ("Fatima al-Zahra Haddad") does not separate items.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from threadline.extract.lexicon import FUNCTION_WORDS, NAME_PARTICLES
from threadline.extract.spans import make_entity
from threadline.extract.titles import is_title_word

METHOD = "rule:name-spans-v1:list"
SEPARATORS = frozenset({",", ";", "and", "or"})
MIN_PERSONS = 2


def _name_word(token: Token) -> bool:
    if token.lower_ in NAME_PARTICLES:
        return True
    text = token.text.rstrip(".")
    return bool(text) and text[0].isupper() and text.replace("-", "").isalpha()


def is_name_shaped(span: Span) -> bool:
    """Two to five capitalised words (or particles), first and last capitalised, no
    office word, not opening with a function word: "Sixto Antonio Cabana Guillen", "Ahmad
    bin Ali"; not "By Jessica Donati" (a byline's "By")."""
    words = list(span)
    return (
        2 <= len(words) <= 5
        and all(_name_word(t) for t in words)
        and words[0].text[:1].isupper()
        and words[0].lower_ not in FUNCTION_WORDS
        and words[-1].text[:1].isupper()
        and not any(is_title_word(t.text) for t in words)
    )


def _glued_hyphen(token: Token) -> bool:
    doc, i = token.doc, token.i
    return token.text == "-" and i > 0 and not doc[i - 1].whitespace_ and not token.whitespace_


def _inside_person(item: Span) -> bool:
    """A person entity runs on past the item's edge (the item is only part of it)."""
    doc = item.doc
    starts_inside = item[0].ent_iob_ == "I" and item[0].ent_type_ == "PERSON"
    after = doc[item.end] if item.end < len(doc) else None
    ends_inside = after is not None and after.ent_iob_ == "I" and after.ent_type_ == "PERSON"
    return starts_inside or ends_inside


def list_items(sentence: Span) -> list[list[Span]]:
    """Runs of items separated by list separators in a sentence (each run ≥ 2 items)."""
    runs: list[list[Span]] = []
    current: list[Span] = []
    start = sentence.start
    doc = sentence.doc
    for token in sentence:
        if _glued_hyphen(token):
            continue  # "al-Zahra" is one word of a name, not two list items
        if token.lower_ in SEPARATORS or token.is_punct or "\n" in token.text:
            if token.i > start:
                current.append(doc[start : token.i])
            if token.lower_ not in SEPARATORS:  # other punctuation ends the list
                if len(current) > 1:
                    runs.append(current)
                current = []
            start = token.i + 1
    if sentence.end > start:
        current.append(doc[start : sentence.end])
    if len(current) > 1:
        runs.append(current)
    return runs


def _exact(item: Span, label: str | None = None) -> bool:
    """One entity covers the item exactly (read from token tags: ``Span.ents`` is slow)."""
    doc, first = item.doc, item[0]
    if first.ent_iob_ != "B" or any(t.ent_iob_ != "I" for t in item[1:]):
        return False
    if item.end < len(doc) and doc[item.end].ent_iob_ == "I":
        return False
    return label is None or first.ent_type_ == label


def _ends_with_person(item: Span) -> bool:
    """The item ends with a whole person's name ("such as Hermilo Cabrera Diaz")."""
    doc, last = item.doc, item[-1]
    after_inside = item.end < len(doc) and doc[item.end].ent_iob_ == "I"
    return last.ent_type_ == "PERSON" and not after_inside


def list_persons(doc: Doc) -> list[Span]:
    """Items of lists of persons that are written as names (see the module's rule)."""
    if not doc.has_annotation("SENT_START"):
        return []
    found: list[Span] = []
    for sentence in doc.sents:
        for run in list_items(sentence):
            persons = sum(1 for item in run if _ends_with_person(item))
            if persons < MIN_PERSONS:
                continue
            for item in run:
                if _exact(item) or _inside_person(item) or not is_name_shaped(item):
                    continue
                found.append(make_entity(doc, item.start, item.end, "PERSON", METHOD))
    return found
