"""Person names of this domain that spaCy cuts, misses or mislabels.

Each rule is a small function over a Doc's entities (``threadline_name_spans_v1``, run
after :mod:`threadline.extract.person_names`):

* ``nickname`` — 'Nemesio "El Tigre" Ortega Salas' is one person with an alias
  (:mod:`threadline.extract.nicknames`);
* ``chinese`` — "Lam Wai Kit" is one person (:mod:`threadline.extract.chinese_names`);
* ``given-name`` — a known given name just before a person is part of the name
  ("Nisreen" + "Assad Ibrahim Bahar"; "PAUL" + "J. MCNULTY");
* ``particles`` — a name cut at a particle is joined again ("Marieke van" + "der" +
  "Linden" → "Marieke van der Linden"), even when the part after it is tagged as
  something else;
* ``list`` — in a list of names ("A, B, C and D") where two items already are persons,
  every item written as a name is a person ("Abelardo Caicedo Colorado" tagged as two
  places);
* ``office-before`` — a name right after a lower-case office word is a person, here and
  everywhere else the story gives it ("Islamic State leader Abu Sayyaf", a group's name
  in the gazetteer);
* ``speaker`` — a name written just before a reporting verb is a person ("Alexei Pushkov
  told Interfax", which the small model does not tag); at a sentence's start only when
  it begins with a known given name;
* ``byline`` — two or three capitalised words after "By" opening a line, ending it, are
  a person (the author; see :mod:`threadline.extract.roles`);
* ``not-after-the`` — "the Levant" is not a person: a one- or two-word "person" right
  after "the" is a place, unless it modifies a noun of ``data/party_nouns.txt`` ("the
  Ramirez case", "the Lopez family");
* ``lone-word`` — a one-word "person" that nothing in the story shows to be a person (no
  title or honorific before any of its mentions, no reporting verb or possessive after
  one, no "regime" around one, not a word of a fuller person's name there) is not kept
  as a person: after a preposition it is a place, else it is dropped (small models tag
  unknown foreign words as persons);
* ``place`` — a one-word "person" written as a place somewhere in the story ("Raqqah,
  Syria"; "the city of Raqqah", "the capital of Raqqah") is a place everywhere in it,
  unless it is a word of a person's full name there;
* the written forms of :mod:`threadline.extract.name_forms` (a name cut at a middle
  initial, names in capitals, a given name and surnames tagged as an organisation);
* the context cues of :mod:`threadline.extract.name_cues` (a title or a known given name
  before untagged name words, a speaker after a quotation, "the Asad regime", a person
  at the end of an office tagged as an organisation).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from threadline.extract.chinese_names import chinese_names
from threadline.extract.coref.lexicon import name_gender
from threadline.extract.doc_index import doc_text
from threadline.extract.lexicon import NAME_PARTICLES, english_words, is_given_name
from threadline.extract.name_cues import cued_persons
from threadline.extract.name_forms import finish_persons, form_persons
from threadline.extract.name_lists import list_persons
from threadline.extract.nicknames import alias_names, nickname_persons
from threadline.extract.spans import ACTOR_LABELS, make_entity, set_entities
from threadline.extract.speech import SPEECH_FORMS
from threadline.extract.titles import is_office, is_title_word
from threadline.extract.vocabulary import words

METHOD = "rule:name-spans-v1"
#: Reporting verbs that, right after a name, show the name is a person's.
REPORTING = SPEECH_FORMS
#: "By" opening a line, then two or three words ending it.
BYLINE = re.compile(r"(?m)^[ \t]*By (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[ \t]*$")
_NON_ACTOR = frozenset({"WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LANGUAGE", "NORP", "LOC"})


def known_given_name(token: Token) -> bool:
    """A common given name, in any case ("Laura", "PAUL", "Nisreen")."""
    word = token.text
    return (word[:1].isupper()) and (is_given_name(word) or name_gender(word) is not None)


def _person(doc: Doc, start: int, end: int, rule: str) -> Span:
    return make_entity(doc, start, end, "PERSON", f"{METHOD}:{rule}")


def _same_line(doc: Doc, i: int) -> bool:
    """Token ``i`` and the next are on one line."""
    return "\n" not in doc[i].whitespace_ and "\n" not in doc[i].text


def given_name_before(person: Span) -> Span | None:
    """The person with the given name just before it, if there is one outside any entity."""
    doc, i = person.doc, person.start - 1
    if i < 0 or doc[i].ent_type_ or not _same_line(doc, i) or not known_given_name(doc[i]):
        return None
    return _person(doc, i, person.end, "given-name")


def joined_at_particles(doc: Doc, people: list[Span]) -> list[Span]:
    """Persons cut at a particle, joined: "Marieke van" "der" "Linden"."""
    joined: list[Span] = []
    for span in people:
        if joined and joined[-1].label_ == "PERSON" and _particles_between(doc, joined[-1], span):
            joined[-1] = _person(doc, joined[-1].start, span.end, "particles")
        else:
            joined.append(span)
    return joined


def _particles_between(doc: Doc, left: Span, right: Span) -> bool:
    """Only particles, on one line, join ``left`` to ``right`` ("van" + "der")."""
    if left.end > right.start:
        return False
    gap = doc[left.end : right.start]
    if not all(t.lower_ in NAME_PARTICLES for t in gap):
        return False
    if not (len(gap) or left[-1].lower_ in NAME_PARTICLES):
        return False
    return all(_same_line(doc, t.i) for t in doc[left.start : right.start])


def _after_particle(ent: Span) -> bool:
    """One or two capitalised words right after a lower-case particle ("der" + "Linden")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.text in NAME_PARTICLES and len(ent) <= 2


def after_lower_office(ent: Span) -> bool:
    """A title-case name right after a lower-case office word ("leader Abu Sayyaf")."""
    i = ent.start - 1
    if i < 0 or ent.label_ == "PERSON" or len(ent) > 4:
        return False
    before = ent.doc[i]
    words = [t for t in ent if not t.is_punct]
    return (
        before.is_lower
        and is_office(before.text)
        and all(t.is_title or t.lower_ in NAME_PARTICLES for t in words)
        and not any(is_title_word(t.text) for t in words)
    )


def before_reporting_verb(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` are 2–3 title-case words right before "said", "told"…"""
    words = doc[start:end]
    return (
        2 <= len(words) <= 3
        and end < len(doc)
        and doc[end].lower_ in REPORTING
        and all(t.is_title and t.is_alpha and not is_title_word(t.text) for t in words)
    )


def unlabelled_speakers(doc: Doc) -> list[Span]:
    """Names before a reporting verb that carry no actor label ("Alexei Pushkov told")."""
    found: list[Span] = []
    for verb in doc:
        if verb.lower_ not in REPORTING or verb.i < 2:
            continue
        for size in (3, 2):
            start = verb.i - size
            if start < 0 or any(t.ent_type_ in ACTOR_LABELS for t in doc[start : verb.i]):
                continue
            if any(t.ent_type_ and t.ent_type_ not in _NON_ACTOR for t in doc[start : verb.i]):
                continue
            opens = doc[start].is_sent_start and not known_given_name(doc[start])
            if before_reporting_verb(doc, start, verb.i) and not opens:
                found.append(_person(doc, start, verb.i, "speaker"))
                break
    return found


def byline_names(doc: Doc) -> list[Span]:
    """ "By Maria Ortega" on a line of its own: the author's name."""
    found: list[Span] = []
    for match in BYLINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is not None and 2 <= len(span) <= 3 and all(t.is_title for t in span):
            found.append(_person(doc, span.start, span.end, "byline"))
    return found


def after_the(ent: Span) -> bool:
    """A one- or two-word "person" right after "the" ("the Levant"), but not one that
    names the party of a case, trial or family ("the Ramirez case")."""
    follows = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    party = follows is not None and follows.lemma_.lower() in words("party_nouns")
    return (
        ent.label_ == "PERSON"
        and len(ent) <= 2
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
        and not party
    )


def written_as_place(ent: Span) -> bool:
    """A one-word name followed by ", <place>" or after "city/town/province of"."""
    doc = ent.doc
    if len(ent) != 1:
        return False
    comma = ent.end + 1 < len(doc) and doc[ent.end].text == ","
    if comma and doc[ent.end + 1].ent_type_ == "GPE":
        return True
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and (doc[ent.start - 2].lower_ in words("place_of_nouns"))
    )


def place_names(ents: list[Span]) -> set[str]:
    """One-word "persons" the story writes as places, and not inside a person's full name."""
    places = {e.text for e in ents if e.label_ == "PERSON" and written_as_place(e)}
    in_names = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    return places - in_names


_POSSESSIVE = frozenset({"'s", "\u2019s"})
_PREPOSITIONS = frozenset({"in", "to", "from", "toward", "towards", "near", "at", "of", "into"})


def has_person_cue(ent: Span) -> bool:
    """A title or honorific before the name, a reporting verb or possessive after it, or a
    leader's rule around it ("the regime of Assad", "the Assad regime")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and is_title_word(before.text):
        return True
    rule = words("leader_rule_nouns")
    ruled = ent.start > 1 and doc[ent.start - 2].lower_ in rule  # "regime of Assad"
    if ruled and before is not None and before.lower_ == "of":
        return True
    return after is not None and (
        after.lower_ in REPORTING or after.text in _POSSESSIVE or after.lower_ in rule
    )


def unshown_persons(ents: list[Span]) -> set[str]:
    """Texts of one-word "persons" nothing in the story shows to be persons."""
    people = [e for e in ents if e.label_ == "PERSON"]
    in_names = {t.text for e in people if len(e) > 1 for t in e}
    shown = {e.text for e in people if has_person_cue(e)}
    lone = {e.text for e in people if len(e) == 1 and e[0].is_alpha}
    return lone - in_names - shown


def _lone_word(ent: Span) -> Span | None:
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in _PREPOSITIONS:
        return make_entity(ent.doc, ent.start, ent.end, "GPE", f"{METHOD}:lone-word")
    return None


def fix_names(doc: Doc, english: frozenset[str] = frozenset()) -> None:
    """Apply the module's rules to ``doc.ents`` (``english``: ordinary English words)."""
    ents = list(doc.ents)
    people_texts = {e.text for e in ents if after_lower_office(e)}
    places = place_names(ents)
    unshown = unshown_persons(ents)
    rewritten: list[Span] = []
    for ent in ents:
        if ent.label_ == "PERSON" and ent.text in unshown:
            if (kept := _lone_word(ent)) is not None:
                rewritten.append(kept)
            continue
        if ent.text in people_texts and ent.label_ != "PERSON" and len(ent) <= 4:
            ent = _person(doc, ent.start, ent.end, "office-before")
        elif ent.label_ == "PERSON" and ent.text in places:
            ent = make_entity(doc, ent.start, ent.end, "GPE", f"{METHOD}:place")
        elif after_the(ent):
            ent = make_entity(doc, ent.start, ent.end, "LOC", f"{METHOD}:not-after-the")
        elif ent.label_ == "PERSON":
            ent = given_name_before(ent) or ent
        rewritten.append(ent)
    tails = [e for e in rewritten if e.label_ == "PERSON" or _after_particle(e)]
    people = [e for e in joined_at_particles(doc, tails) if e.label_ == "PERSON"]
    others = [e for e in rewritten if e.label_ != "PERSON"]
    set_entities(doc, others, prefer=people)
    nicknamed, doc._.threadline_nicknames = nickname_persons(doc)
    preferred = nicknamed + list_persons(doc) + unlabelled_speakers(doc) + byline_names(doc)
    preferred += chinese_names(doc) + cued_persons(doc, english) + form_persons(doc, english)
    set_entities(doc, list(doc.ents), prefer=preferred)
    finish_persons(doc, english)
    doc._.threadline_nicknames += alias_names(doc)


class NameSpans:
    """Pipeline component: repair person names in ``doc.ents`` (see the module's rules)."""

    def __init__(self, english: frozenset[str]) -> None:
        self.english = english

    def __call__(self, doc: Doc) -> Doc:
        fix_names(doc, self.english)
        return doc


@Language.factory("threadline_name_spans_v1")
def make_name_spans(nlp: Language, name: str) -> NameSpans:
    return NameSpans(english_words(nlp))
