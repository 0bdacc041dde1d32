"""Person names written in forms spaCy's small model splits or misses.

Rules of ``threadline_name_spans_v1`` (``rule:name-forms-v1:<rule>``):

* ``initials`` — a name cut at a middle initial is one name: "Kathleen" + "M." +
  "Williams" → "Kathleen M. Williams"; so is a one-word "person" right before another
  ("Dairo" + "Antonio Usuga David"), while two longer names side by side stay two (a
  list without commas: "Helen A. Marsh Ruth B. Connolly");
* ``particle-next`` — a "person" starting with a lower-case particle right after another
  is the end of its name: "Sajida Mubarak Atrous" + "al-Rishawi";
* ``all-caps`` — sanctions and court notices write names in capitals: two to five
  capitalised words, one of the first two a known given name ("JOAQUIN ARCHIVALDO GUZMAN
  LOERA"), in a line that is not itself all capitals and not a place ("SAN JUAN, Puerto
  Rico"), name a person; a glued hyphen joins two words ("RAFAEL CARO-QUINTERO");
* ``surname-after`` — a name of two words or more followed, on its line, by one
  untagged name word (no English, function or title word) takes it: "Rosa Icela" +
  "Rodriguez";
* ``translation`` — a "person" inside brackets after a language's name and a colon is the
  preceding name written in another language ("The Hamrin Mountains (Arabic: … Jabāl
  Hamrīn, Kurdish: Çiyayê Hemrîn)"), not a person of its own, and is dropped;
* ``org-before`` — one to three name words tagged as an organisation right before a
  person start the person's name: "Badran Turki" + "Hishan al-Mazidi" (no title, no
  organisation head noun such as "Group", no acronym or gazetteer name);
* ``hyphen-tail`` — a name cut at a hyphen takes the rest: "Ana Ruiz" + "-Velez";
* ``word-before`` — an untagged capitalised word (not an English word nor a title) right
  before a name of two words or more starts it: "Wilmer" + "Andres Castro"; before a
  name that starts with a middle initial, any capitalised word that is not a title or
  function word does ("Antony" + "J. Blinken": a name does not start at its middle
  initial);
* ``given-entity`` — a span tagged as an organisation (not a company or public body), a
  facility, a work or a product that starts with a known given name, or with an unknown
  first name and then a known one, and continues with capitalised words only ("Gustavo
  Adolfo Hernandez Frieri", "Wilmer Andres Castro", "Yevgeny Prigozhin's" less its
  possessive) is a person; in two words the second must not be an English word ("Morgan
  Stanley" is not a person).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from threadline.extract.caps_names import all_caps_names
from threadline.extract.coref.lexicon import name_gender, org_nouns
from threadline.extract.inverted_names import inverted_persons
from threadline.extract.lexicon import (
    FUNCTION_WORDS,
    NAME_PARTICLES,
    is_common_word,
    is_given_name,
)
from threadline.extract.spans import make_entity, method_of, set_entities
from threadline.extract.titles import is_title_word
from threadline.extract.vocabulary import words

METHOD = "rule:name-forms-v1"
_MISTAGGED = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})
MAX_INITIALS = 2


def _person(doc: Doc, start: int, end: int, rule: str) -> Span:
    return make_entity(doc, start, end, "PERSON", f"{METHOD}:{rule}")


def is_initial(token: Token) -> bool:
    """ "M.", "J." — one capital letter and a full stop."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def known_given(word: str) -> bool:
    """A given name of the lists, in any case ("Joaquin", "JOAQUIN")."""
    return is_given_name(word) or name_gender(word) is not None


def joined_at_initials(doc: Doc, people: list[Span]) -> list[Span]:
    """Persons separated only by one or two initials on one line, joined."""
    joined: list[Span] = []
    for span in sorted(people, key=lambda s: s.start):
        if joined and _initials_between(doc, joined[-1], span):
            joined[-1] = _person(doc, joined[-1].start, span.end, "initials")
        elif joined and _particle_next(joined[-1], span):
            joined[-1] = _person(doc, joined[-1].start, span.end, "particle-next")
        else:
            joined.append(span)
    return joined


def _initials_between(doc: Doc, left: Span, right: Span) -> bool:
    gap = doc[left.end : right.start]
    if not gap and len(left) == 1 and left.end == right.start:
        return "\n" not in left[-1].whitespace_ and bool(left[-1].whitespace_)
    return (
        0 < len(gap) <= MAX_INITIALS
        and all(is_initial(t) for t in gap)
        and not any("\n" in t.whitespace_ for t in doc[left.start : right.start])
    )


def _particle_next(left: Span, right: Span) -> bool:
    """``right`` starts with a lower-case particle right after ``left`` on its line:
    "Sajida Mubarak Atrous" + "al-Rishawi" is one name (no name starts with "al-")."""
    return (
        left.end == right.start
        and right[0].is_lower
        and right[0].lower_ in NAME_PARTICLES
        and len(right) > 1
        and "\n" not in left[-1].whitespace_
    )


def given_entities(doc: Doc, english: frozenset[str]) -> list[Span]:
    """Spans tagged as an organisation (or a facility, work or product) that are a known
    given name and then name words, less a possessive ("Yevgeny Prigozhin's")."""
    found: list[Span] = []
    for tagged in doc.ents:
        ent = tagged[:-1] if tagged[-1].text in ("'s", "’s") else tagged
        if (
            tagged.label_ not in _MISTAGGED
            or method_of(tagged) != "spacy"
            or not 2 <= len(ent) <= 5
        ):
            continue
        first, rest = ent[0], ent[1:]
        second_given = len(ent) >= 3 and known_given(ent[1].text) and _name_word(first, english)
        if not (first.is_title and (known_given(first.text) or second_given)):
            continue
        words = english if len(ent) == 2 else frozenset()  # "Castro" is in the dictionary
        if all(_rest_word(t, words) for t in rest) and rest[-1].is_title:
            found.append(_person(doc, ent.start, ent.end, "given-entity"))
    return found


def _rest_word(token: Token, english: frozenset[str]) -> bool:
    if token.lower_ in NAME_PARTICLES or is_initial(token) or known_given(token.text):
        return True
    text = token.text.replace("-", "")
    return token.is_title and text.isalpha() and not is_common_word(token.text, english)


def surname_after(doc: Doc, english: frozenset[str]) -> list[Span]:
    """Persons of two words or more extended by the untagged name word after them."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc):
            continue
        after = doc[ent.end]
        if after.ent_type_ or "\n" in ent[-1].whitespace_ or not ent[-1].whitespace_:
            continue
        name_word = after.is_title and after.is_alpha and after.lower_ not in FUNCTION_WORDS
        name_word = name_word and not is_title_word(after.text)
        if name_word and not is_common_word(after.text, english):
            found.append(_person(doc, ent.start, ent.end + 1, "surname-after"))
    return found


def _name_word(token: Token, english: frozenset[str]) -> bool:
    """A capitalised word that is neither a title nor an English word ("Wilmer")."""
    text = token.text
    return (
        token.is_title
        and token.is_alpha
        and not is_title_word(text)
        and not is_common_word(text, english)
    )


def _given_before_initial(before: Token, ent: Span) -> bool:
    """A capitalised word before a name that starts with a middle initial ("Antony" +
    "J. Blinken"): the given name even when it is also an English word, unless it is a
    title, a function word or a sentence's first word that is no known given name."""
    return (
        is_initial(ent[0])
        and before.is_title
        and before.is_alpha
        and len(before.text) > 1
        and not is_title_word(before.text)
        and before.lower_ not in FUNCTION_WORDS
        and (not before.is_sent_start or known_given(before.text))
    )


def extended_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """Persons of the ``hyphen-tail`` and ``word-before`` rules."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        glued = end + 1 < len(doc) and not ent[-1].whitespace_ and not doc[end].whitespace_
        if glued and doc[end].text == "-" and doc[end + 1].is_title and doc[end + 1].is_alpha:
            end += 2
        before = doc[start - 1] if start > 0 else None
        if len(ent) >= 2 and before is not None and "\n" not in before.whitespace_:
            start -= not before.ent_type_ and (
                _name_word(before, english) or _given_before_initial(before, ent)
            )
        if (start, end) != (ent.start, ent.end):
            rule = "word-before" if start < ent.start else "hyphen-tail"
            found.append(_person(doc, start, end, rule))
    return found


def org_before(doc: Doc) -> list[Span]:
    """Persons that take the name words spaCy tagged as an organisation just before them
    ("Badran Turki" + "Hishan al-Mazidi", "Dairo" + "Antonio Usuga David"): one to three
    capitalised words, none a title or an organisation's head noun ("Group", "Bank"), not
    an acronym or a gazetteer name, before a person of two words or more."""
    found: list[Span] = []
    ents = list(doc.ents)
    heads = set(org_nouns()) | words("company_head_words")
    for left, right in zip(ents, ents[1:], strict=False):
        if right.label_ != "PERSON" or left.label_ != "ORG" or left.end != right.start:
            continue
        if method_of(left) != "spacy" or len(left) > 3 or len(right) < 2 or left.text.isupper():
            continue
        if "\n" in left[-1].whitespace_:
            continue
        if all(_org_free_word(t, heads) for t in left):
            found.append(_person(doc, left.start, right.end, "org-before"))
    return found


def _org_free_word(token: Token, heads: set[str]) -> bool:
    return (
        token.is_title
        and token.is_alpha
        and not is_title_word(token.text)
        and token.lower_ not in heads
    )


def form_persons(doc: Doc, english: frozenset[str]) -> list[Span]:
    """Persons of the ``all-caps``, ``surname-after``, ``given-entity`` and ``inverted``
    (:mod:`threadline.extract.inverted_names`) rules."""
    found = all_caps_names(doc) + surname_after(doc, english) + given_entities(doc, english)
    return found + inverted_persons(doc)


def in_translation(ent: Span) -> bool:
    """The entity sits in brackets after "<Language>:" (see the ``translation`` rule)."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 12 and doc[i].text not in "()":
        if doc[i].text == ":" and i > 0 and doc[i - 1].ent_type_ in ("NORP", "LANGUAGE"):
            return True
        i -= 1
    return False


def finish_persons(doc: Doc, english: frozenset[str]) -> None:
    """Apply the ``initials``, ``particle-next``, ``translation``, ``hyphen-tail``,
    ``word-before`` and ``org-before`` rules to ``doc.ents``."""
    people = joined_at_initials(doc, [e for e in doc.ents if e.label_ == "PERSON"])
    people = [p for p in people if not in_translation(p)]
    set_entities(doc, [e for e in doc.ents if e.label_ != "PERSON"], prefer=people)
    set_entities(doc, list(doc.ents), prefer=extended_names(doc, english))
    set_entities(doc, list(doc.ents), prefer=org_before(doc))
