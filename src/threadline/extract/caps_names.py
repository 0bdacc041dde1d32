"""Names in capitals, as sanctions and court notices write them (rule ``all-caps`` of
:mod:`threadline.extract.name_forms`): two to five words in capitals, one of the first
two a known given name ("JOAQUIN ARCHIVALDO GUZMAN LOERA"), in a line that is not itself
all capitals and not a place ("SAN JUAN, Puerto Rico"), name a person; a glued hyphen
joins two words ("RAFAEL CARO-QUINTERO").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from threadline.extract.coref.lexicon import name_gender
from threadline.extract.doc_index import doc_text
from threadline.extract.lexicon import is_given_name
from threadline.extract.spans import make_entity
from threadline.extract.titles import is_title_word

METHOD = "rule:name-forms-v1:all-caps"


def _known_given(word: str) -> bool:
    return is_given_name(word) or name_gender(word) is not None


def _caps_word(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text.isalpha() and text.isupper()


def _caps_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is joined by a glued hyphen to a capitals word ("CARO" "-" "QUINTERO")."""
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text != "-":
        return False
    return not doc[i + 1].whitespace_ and _caps_word(doc[i + 2])


def all_caps_names(doc: Doc) -> list[Span]:
    """Runs of two to five all-capital words led by a known given name (see module)."""
    found: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        if not _caps_word(doc[i]):
            i += 1
            continue
        end = i
        while end < n and end - i < 5 and _caps_word(doc[end]):
            end += 1 + 2 * _caps_hyphen(doc, end)  # "CARO-QUINTERO" is one word
        start = i
        while start < end - 1 and is_title_word(doc[start].text):  # "ADMINISTRATOR KAREN"
            start += 1
        if end - start >= 2 and any(_known_given(t.text) for t in doc[start : start + 2]):
            run = doc[start:end]
            if _mixed_line(run) and not _caps_place(run):
                found.append(make_entity(doc, start, end, "PERSON", METHOD))
        i = end
    return found


def _caps_place(run: Span) -> bool:
    """A place in capitals: a saint's name ("SAN JUAN") or a dateline's ", Puerto Rico"."""
    doc, end = run.doc, run.end
    placed = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE"
    return placed or run[0].lower_ in ("san", "santa", "santo", "sao", "são", "saint", "st")


def _mixed_line(run: Span) -> bool:
    """The run's line has lower-case letters (it is not a headline in capitals)."""
    text = doc_text(run.doc)
    lo = text.rfind("\n", 0, run.start_char) + 1
    hi = text.find("\n", run.end_char)
    line = text[lo : hi if hi >= 0 else len(text)]
    return any(ch.islower() for ch in line)
