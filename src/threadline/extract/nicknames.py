"""Nicknames in quotation marks inside a name: 'Nemesio "El Tigre" Ortega Salas'.

News writes a cartel figure's nickname between the given name and the surnames. The
whole is one person, named without the nickname ("Nemesio Ortega Salas"); the nickname
("El Tigre") is an alias of that person, not a second person or an organisation.

``alias`` — a quoted name right after a person's name and a cue of
``data/alias_cues.txt`` ('Juan Perez, also known as "El Gordo,"'), or a name in brackets
right after it ('Mustafa Kamal Mustafa (Abu Hamza)'), is an alias of that person too:
not a quotation, not a place, organisation or second person of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from threadline.extract.doc_index import doc_text
from threadline.extract.name_forms import known_given
from threadline.extract.person_names import leading_title_end
from threadline.extract.spans import make_entity, set_entities
from threadline.extract.titles import is_office, is_title_word
from threadline.extract.vocabulary import words

METHOD = "rule:name-spans-v1:nickname"
_WORD = r"[A-ZÁÉÍÓÚÑ][\w.'-]*"
_PARTICLE = r"(?:de|del|la|las|los|y|al|bin|ibn)"
NICKNAME = re.compile(
    rf"(?P<given>{_WORD}(?: {_WORD})*) "
    rf"[\"“'‘](?P<nick>{_WORD}(?: (?:{_WORD}|{_PARTICLE})){{0,3}})[\"”'’] "
    rf"(?P<surname>{_WORD}(?: (?:{_WORD}|{_PARTICLE}))*)"
)

Offsets = tuple[int, int]


def without_nickname(text: str) -> str | None:
    """The name without its quoted nickname, or ``None`` when it has none."""
    match = NICKNAME.fullmatch(text)
    return f"{match['given']} {match['surname']}" if match else None


def _shows_person(span: Span, titled: bool) -> bool:
    """Something shows ``span`` (without its leading titles) to be a person's name."""
    if titled or any(t.ent_type_ == "PERSON" for t in span) or known_given(span[0].text):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.is_lower and is_office(before.text)


def nickname_persons(doc: Doc) -> tuple[list[Span], list[tuple[Offsets, Offsets]]]:
    """Person spans over 'Given "Nick" Surname' and (nickname, whole name) offsets.

    Only where something shows a person: spaCy saw one in the span, a rank or title opens
    it ('Brig. Gen. Richard "Tex" Coe'), a lower-case office word comes just before
    ("cartel boss Nemesio …"), or the name opens with a known given name. A quoted title
    between two capitalised words ('Operation "Fast and Furious" Review') is left alone.
    """
    spans: list[Span] = []
    pairs: list[tuple[Offsets, Offsets]] = []
    text = doc_text(doc)
    for match in NICKNAME.finditer(text):
        end = match.end()
        if text[end - 1] == "." and text[end - 3 : end - 2] not in (" ", ""):
            end -= 1  # the sentence's full stop, not an initial's ("Zambada.", not "J.")
        span = doc.char_span(match.start(), end, alignment_mode="contract")
        if span is None or "\n" in span.text:
            continue
        titles = span[: leading_title_end(list(span))]
        span = span.doc[titles.end : span.end]  # "Col. John"
        if not _shows_person(span, titled=any(is_title_word(t.text) for t in titles)):
            continue
        spans.append(make_entity(doc, span.start, span.end, "PERSON", METHOD))
        pairs.append(((match.start("nick"), match.end("nick")), (span.start_char, span.end_char)))
    return spans, pairs


ALIAS_NAME = re.compile(rf"[\"“](?P<nick>{_WORD}(?: (?:{_WORD}|{_PARTICLE})){{0,3}})[,.]?[\"”]")
_TITLE_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[A-Za-z][a-záéíóúñ]+)*"
BRACKETED = re.compile(rf" \((?P<nick>{_TITLE_WORD}(?: (?:{_TITLE_WORD}|{_PARTICLE})){{0,3}})\)")


def _quoted_alias(doc: Doc, person: Span) -> Offsets | None:
    """'Juan Perez, also known as "El Gordo,"': the quoted name after a cue."""
    text = doc_text(doc)
    rest = text[person.end_char : person.end_char + 40]
    after = rest.lstrip(", ")
    cue = next((c for c in _cues() if after.lower().startswith(c + " ")), None)
    match = cue and ALIAS_NAME.match(after, len(cue) + 1)
    if not match:
        return None
    at = person.end_char + len(rest) - len(after)
    return at + match.start("nick"), at + match.end("nick")


def _bracketed_alias(doc: Doc, person: Span) -> Offsets | None:
    """'Mustafa Kamal Mustafa (Abu Hamza)': a name in brackets right after the person's,
    tagged as nothing but a person (not "(Colombia)", "(CCSF)" or "(R-Texas)")."""
    match = BRACKETED.match(doc_text(doc), person.end_char)
    inside = match and doc.char_span(match.start("nick"), match.end("nick"))
    if not inside or any(t.ent_type_ not in ("", "PERSON") for t in inside):
        return None
    return inside.start_char, inside.end_char


@lru_cache(maxsize=1)
def _cues() -> list[str]:
    return sorted(words("alias_cues"), key=len, reverse=True)


def alias_names(doc: Doc) -> list[tuple[Offsets, Offsets]]:
    """(alias, person) offsets of the aliases after persons' names (rule ``alias``);
    entities over an alias are dropped from ``doc.ents`` (it is a name of the person)."""
    pairs = []
    for person in (e for e in doc.ents if e.label_ == "PERSON"):
        nick = _quoted_alias(doc, person) or _bracketed_alias(doc, person)
        if nick is not None:
            pairs.append((nick, (person.start_char, person.end_char)))
    spans = [nick for nick, _ in pairs]
    kept = [e for e in doc.ents if not any(a < e.end_char and e.start_char < b for a, b in spans)]
    set_entities(doc, kept)
    return pairs


if not Doc.has_extension("threadline_nicknames"):
    Doc.set_extension("threadline_nicknames", default=None)
