"""Roles: the offices people hold, as the text states them.

Five patterns around a person entity (titles were trimmed off it by
:mod:`threadline.extract.person_names`):

* title before the name: "Treasury Secretary Janet Yellen", "FBI Director Christopher Wray";
* appositive after it: "Janet Yellen, the head of the Treasury," / "X, director of the FBI,"
  / "X, the CJTF-OIR spokesperson";
* possessive before it: "the FBI's director Christopher Wray";
* office of a body before it: "the head of Interpol, Jürgen Stock";
* a byline: "By Maria Ortega" opening a line makes her the ``author``.

Results go to ``doc._.threadline_roles`` as :class:`RoleSpan` (character offsets into
the Doc); ``organization`` is set when the office's body is an organisation entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from threadline.extract.doc_index import entities_within
from threadline.extract.spans import ORG_LABELS, entity_at
from threadline.extract.titles import is_honorific, is_office, is_title_word

METHOD = "rules-v1"
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_PREPOSITIONS = frozenset({"of", "at", "for", "with", "in"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_CONTEXT_LABELS = ORG_LABELS | {"GPE", "NORP"}


@dataclass(frozen=True)
class RoleSpan:
    """A role found in a Doc: character offsets of the person, the role words and the body."""

    person: tuple[int, int]
    role: str
    start: int
    end: int
    organization: tuple[int, int] | None = None


def _org_of(doc: Doc, start: int, end: int) -> Span | None:
    """The first organisation entity lying wholly within tokens ``[start, end)``."""
    for ent in entities_within(doc, start, end):
        if ent.label_ in ORG_LABELS:
            return ent
    return None


def _make(person: Span, start: int, end: int, org: Span | None) -> RoleSpan | None:
    doc = person.doc
    while start < end and (doc[start].lower_ in _DETERMINERS or is_honorific(doc[start].text)):
        start += 1
    words = doc[start:end]
    if not any(is_office(t.text) for t in words):
        return None
    org_offsets = (org.start_char, org.end_char) if org is not None else None
    return RoleSpan(
        (person.start_char, person.end_char),
        words.text,
        words.start_char,
        words.end_char,
        org_offsets,
    )


def _in_title(token: Token, right: Token | None) -> bool:
    """Whether ``token`` can be part of a title written before a name."""
    if is_title_word(token.text) or token.text in (".", "-"):
        return True
    if token.lower_ in ("of", "for") and token.i > 0 and is_office(token.doc[token.i - 1].text):
        return True  # "Secretary of State Antony J. Blinken", "Under Secretary for …"
    if token.ent_type_ in _CONTEXT_LABELS and token.ent_type_ != "PERSON":
        return True
    # "Warfare" in "Special Warfare Operator": a capitalised word qualifying an office,
    # but never a sentence's first word ("Yesterday Treasury Secretary Yellen").
    return (
        token.is_title and not token.is_sent_start and right is not None and is_office(right.text)
    )


def _title_start(doc: Doc, end: int) -> int:
    """Start of the run of title words ending (exclusive) at token ``end``."""
    i = end - 1
    right: Token | None = None
    while i >= 0 and "\n" not in doc[i].text and _in_title(doc[i], right):
        right = doc[i]
        i -= 1
    start = i + 1
    while start < end and doc[start].text in (".", "-"):
        start += 1
    return start


def _opens_sentence(doc: Doc, i: int) -> bool:
    """True when token ``i`` starts a sentence or line, perhaps after "The"."""
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text + doc[i - 1].whitespace_


def title_before(person: Span) -> RoleSpan | None:
    """ "Treasury Secretary Janet Yellen": the capitalised title right before the name;
    also a title opening the sentence, set off by commas ("Foreign Office Minister,
    Tobias Ellwood, said")."""
    doc = person.doc
    end = person.start
    start = _title_start(doc, end)
    if start == end and end > 1 and doc[end - 1].text == ",":
        set_off = person.end < len(doc) and doc[person.end].text == ","
        end -= 1
        start = _title_start(doc, end)
        if not (set_off and start < end and _opens_sentence(doc, start)):
            return None
    if start == end:
        return None
    return _make(person, start, end, _org_of(doc, start, end))


def _role_words(doc: Doc, i: int, limit: int = 6) -> int:
    """End of a run of role words starting at token ``i`` ("deputy director")."""
    j = i
    while j < len(doc) and j - i < limit:
        t = doc[j]
        if not t.is_alpha or t.lower_ in _PREPOSITIONS or t.pos_ in ("VERB", "AUX"):
            break
        if t.ent_type_ == "PERSON":
            break
        j += 1
    while j > i and not is_office(doc[j - 1].text):
        j -= 1
    return j


def _org_after(doc: Doc, i: int) -> Span | None:
    """The organisation right after "of"/"at"/"for" at token ``i`` ("of the FBI")."""
    if i >= len(doc) or doc[i].lower_ not in _PREPOSITIONS:
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    ent = entity_at(doc, j) if j < len(doc) else None
    if ent is not None and ent.label_ in ORG_LABELS and ent.start >= j - 1:
        return ent
    return None


def appositive_after(person: Span) -> RoleSpan | None:
    """ "X, the head of Y," / "X, director of the FBI," / "X, the cartel's leader," / "X,
    the FBI spokesman"."""
    doc = person.doc
    i = person.end
    if i >= len(doc) - 1 or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    org: Span | None = None
    ent = entity_at(doc, i) if i < len(doc) else None
    owner = ent is not None and ent.label_ in ORG_LABELS and ent.end < len(doc)
    if ent is not None and owner and doc[ent.end].text in _POSSESSIVE:
        org, i = ent, ent.end + 1
    elif ent is not None and owner and ent.start == i and _role_words(doc, ent.end) > ent.end:
        org, i = ent, ent.end  # "X, the CJTF-OIR spokesperson": the body names the office
    end = _role_words(doc, i)
    if end == i:
        return None
    if org is None:
        org = _org_after(doc, end)
    return _make(person, i, end, org)


def possessive_before(person: Span) -> RoleSpan | None:
    """ "the FBI's director Christopher Wray": body, possessive, office, name."""
    doc = person.doc
    for width in range(1, 4):
        start = person.start - width
        if start < 2 or doc[start - 1].text not in _POSSESSIVE:
            continue
        if _role_words(doc, start) != person.start:
            continue
        ent = entity_at(doc, start - 2)
        if ent is not None and ent.label_ in ORG_LABELS:
            return _make(person, start, person.start, ent)
    return None


def office_before(person: Span) -> RoleSpan | None:
    """ "the head of Interpol, Jürgen Stock": office of a body, a comma, the name."""
    doc = person.doc
    comma = person.start - 1
    if comma < 3 or doc[comma].text != ",":
        return None
    ent = entity_at(doc, comma - 1)
    if ent is None or ent.label_ not in ORG_LABELS or ent.end != comma:
        return None
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in _PREPOSITIONS:
        return None
    end = i
    start = end
    while start > 0 and doc[start - 1].is_alpha and end - start < 4:
        if doc[start - 1].lower_ in _DETERMINERS:
            break
        start -= 1
    while start < end and not is_title_word(doc[start].text):
        start += 1
    if start == end or not is_office(doc[end - 1].text):
        return None
    return _make(person, start, end, ent)


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


def byline_author(person: Span) -> RoleSpan | None:
    """A byline ("By Maria Ortega", "By A and B" opening a line): role ``author``."""
    doc = person.doc
    i = person.start - 1
    while i >= 0 and (doc[i].lower_ in ("and", ",") or doc[i].ent_type_ == "PERSON"):
        i -= 1
    if i < 0 or doc[i].lower_ != "by" or not _line_start(doc, i):
        return None
    by = doc[i]
    return RoleSpan((person.start_char, person.end_char), "author", by.idx, by.idx + len(by))


def find_roles(doc: Doc) -> list[RoleSpan]:
    """Every role the patterns find for the person entities of ``doc``."""
    found: dict[tuple[tuple[int, int], int, int], RoleSpan] = {}
    for person in doc.ents:
        if person.label_ != "PERSON":
            continue
        patterns = (possessive_before, office_before, title_before, appositive_after, byline_author)
        for pattern in patterns:
            role = pattern(person)
            if role is not None:
                # the same words found twice: keep the reading that names the body
                found.setdefault((role.person, role.start, role.end), role)
    return list(found.values())


if not Doc.has_extension("threadline_roles"):
    Doc.set_extension("threadline_roles", default=None)


@Language.component("threadline_roles_v1")
def roles(doc: Doc) -> Doc:
    """Store the roles found by :func:`find_roles` in ``doc._.threadline_roles``."""
    doc._.threadline_roles = find_roles(doc)
    return doc
