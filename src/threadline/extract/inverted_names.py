"""Names written surname first, as sanctions lists print them: "CARO QUINTERO, Rafael".

Rule ``rule:name-forms-v1:inverted`` of ``threadline_name_spans_v1``: one to four words in
capitals (particles such as "DE" or "AL" allowed), a comma, then one to four capitalised
given names of which the first is a known given name ("HERNANDEZ LOPEZ, Jose Luis"), on
one line, are one person. The name's normal form puts the given names first ("Jose Luis
HERNANDEZ LOPEZ"), so it is the same person as the name written in the prose. A dateline
("MEXICO CITY, Mexico") is no name: "Mexico" is no given name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from threadline.extract.coref.lexicon import name_gender
from threadline.extract.doc_index import doc_text
from threadline.extract.lexicon import is_given_name
from threadline.extract.name_lists import is_name_shaped
from threadline.extract.spans import make_entity
from threadline.extract.vocabulary import words

METHOD = "rule:name-forms-v1:inverted"
_CAPS = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'-]+"
_GIVEN = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+"
INVERTED = re.compile(
    rf"\b(?P<surname>{_CAPS}(?: {_CAPS}){{0,3}}), (?P<given>{_GIVEN}(?: {_GIVEN}){{0,3}})"
    r"(?=$|[ \t]*[(;,.)]|\s+[a-z])",
    re.MULTILINE,
)


def _known_given(word: str) -> bool:
    return is_given_name(word) or name_gender(word) is not None


def uninverted(text: str) -> str | None:
    """The name with its given names first ("CARO QUINTERO, Rafael" → "Rafael CARO
    QUINTERO"), or ``None`` when it is not written surname first."""
    match = INVERTED.fullmatch(text)
    if match is None or not _known_given(match["given"].split()[0]):
        return None
    return f"{match['given']} {match['surname']}"


def inverted_persons(doc: Doc) -> list[Span]:
    """Person spans over names written surname first (see the module's rule)."""
    found: list[Span] = []
    bodies = words("company_head_words")
    for match in INVERTED.finditer(doc_text(doc)):
        if not _known_given(match["given"].split()[0]):
            continue
        if any(w.lower() in bodies for w in match["surname"].split()):
            continue
        span = doc.char_span(match.start(), match.end())
        given = doc.char_span(match.start("given"), match.end("given"))
        if span is not None and given is not None and (len(given) == 1 or is_name_shaped(given)):
            found.append(make_entity(doc, span.start, span.end, "PERSON", METHOD))
    return found
