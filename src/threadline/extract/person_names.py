"""Person names without titles, possessives or stray words.

"Treasury Secretary Janet Yellen" → "Janet Yellen" (the title becomes a role, see
:mod:`threadline.extract.roles`), "Guzmán's lawyers" → "Guzmán", "Mr Johnson" →
"Johnson". A span that is only a title, a lone common given name ("John"), lower-case
words or contains digits is not a person's name and is dropped. A surname alone
("Yellen") stays.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from threadline.extract.lexicon import NAME_PARTICLES, is_given_name
from threadline.extract.spans import make_entity, method_of, set_entities
from threadline.extract.titles import is_title_word

METHOD = "rule:person-names-v1"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_PRONOUNS = frozenset({"i", "he", "she", "they", "we", "you", "him", "her", "me", "us"})


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def leading_title_end(tokens: list[Token]) -> int:
    """How many leading tokens are titles or determiners ("the Russian Foreign Minister").

    A capitalised word counts as part of the title when a title word follows it inside
    the title ("Treasury" in "Treasury Secretary"); the last token is never a title, so a
    surname such as "Major" in "John Major" survives.
    """
    k = 0
    last = len(tokens) - 1
    while k < last:
        token = tokens[k]
        if (
            token.lower_ in _DETERMINERS
            or token.text == "."
            or is_title_word(token.text)
            or _is_capitalised(token)
            and k + 1 < last
            and is_title_word(tokens[k + 1].text)
        ):
            k += 1
        else:
            break
    return k


def name_bounds(span: Span) -> tuple[int, int]:
    """Token bounds of the name inside ``span``: titles and possessives trimmed."""
    tokens = list(span)
    start = span.start + leading_title_end(tokens)
    end = span.end
    doc = span.doc
    while end > start + 1 and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    return start, end


def _stray_lower(token: Token) -> bool:
    if not token.is_lower or token.lower_ in NAME_PARTICLES or "-" in token.text:
        return False
    doc, i = token.doc, token.i
    hyphenated = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_
    return not (hyphenated and not doc[i - 1].whitespace_)


def is_personal_name(span: Span) -> bool:
    """True when the words of ``span`` can be a person's name on their own."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    if any(ch.isdigit() for ch in span.text):
        return False
    if not any(_is_capitalised(t) for t in words):
        return False
    # lower-case words other than particles ("al", "von") are not parts of a name, except
    # the second half of a hyphenated given name ("Ho Wan-kuok")
    if any(_stray_lower(t) for t in words):
        return False
    if len(words) == 1:
        word = words[0].text
        if is_given_name(word) or is_title_word(word) or word.lower() in _PRONOUNS:
            return False
    return not all(is_title_word(t.text) for t in words)


def clean_person(span: Span) -> Span | None:
    """The person entity with its name's bounds, or ``None`` when it is not a name."""
    if span.label_ != "PERSON":
        return span
    start, end = name_bounds(span)
    if end <= start:
        return None
    name = span.doc[start:end]
    if not is_personal_name(name):
        return None
    if (start, end) == (span.start, span.end):
        return span
    return make_entity(span.doc, start, end, "PERSON", method_of(span) + "+" + METHOD)


@Language.component("threadline_person_names_v1")
def person_names(doc: Doc) -> Doc:
    """Trim titles and possessives off person entities; drop those that are not names."""
    kept = [cleaned for ent in doc.ents if (cleaned := clean_person(ent)) is not None]
    set_entities(doc, kept)
    return doc
