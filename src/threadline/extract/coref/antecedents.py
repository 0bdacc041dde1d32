"""What coreference knows about the names a pronoun or nominal may refer back to.

An :class:`Antecedent` is a named person, organisation or country of the Doc, with what
the rules need: where it stands (sentence, inside a quotation or not), whether it is a
subject, the gender its given name, honorific or office tells, and the offices the text
gives the person ("Defense Secretary Ash Carter" → secretary, defense). An acronym's full
name is the one the text defines, else the organisation named before whose capitalised
words it spells ("SDF" after "the Syrian Democratic Forces").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from threadline.extract.coref.lexicon import FEMALE, MALE, name_gender, person_nouns, title_word
from threadline.extract.coref.sentences import sentence_numbers
from threadline.extract.doc_index import doc_text, inside_any
from threadline.extract.roles import RoleSpan
from threadline.extract.spans import ORG_LABELS

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord"})
_FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam"})
#: Entity labels a pronoun or nominal may refer to.
REFERENT_LABELS = frozenset({"PERSON", "GPE", *ORG_LABELS})


@dataclass
class Antecedent:
    span: Span
    sentence: int
    subject: bool
    quoted: bool
    gender: str | None = None
    offices: set[str] = field(default_factory=set)
    in_title: bool = False  # "Defense" in "Defense Secretary Ash Carter"
    #: the full name an acronym stands for, when the text defines it ("SDF")
    full_name: str | None = None

    @property
    def label(self) -> str:
        return self.span.label_

    @property
    def offsets(self) -> tuple[int, int]:
        return self.span.start_char, self.span.end_char


def person_gender(span: Span) -> str | None:
    """The gender of a named person as the text shows it: an honorific just before the name
    ("Mr. Bout", "Ms. Marsh"), else a given name mostly borne by one sex ("Laura K. Benton")."""
    if span.start > 0:
        before = span.doc[span.start - 1].lower_
        if before in _MALE_HONORIFICS:
            return MALE
        if before in _FEMALE_HONORIFICS:
            return FEMALE
    return name_gender(span[0].text) if len(span) > 1 else None


def office_words(role: str) -> set[str]:
    """The words of a role in full and lower case: "Defense Secretary" → {defense, secretary}."""
    return {title_word(w) for w in role.split()}


def _offices(roles: list[RoleSpan]) -> dict[tuple[int, int], set[str]]:
    found: dict[tuple[int, int], set[str]] = {}
    for role in roles:
        found.setdefault(role.person, set()).update(office_words(role.role))
    return found


def _gender_of_offices(words: set[str]) -> str | None:
    genders = {person_nouns().get(w) for w in words} - {None, "any"}
    return genders.pop() if len(genders) == 1 else None


def collect(doc: Doc, quoted: list[tuple[int, int]]) -> list[Antecedent]:
    """The Doc's named persons, organisations and places, in text order, as antecedents."""
    sentence_of = sentence_numbers(doc)
    roles: list[RoleSpan] = doc._.threadline_roles or []
    offices = _offices(roles)
    in_titles = inside_any((r.start, r.end) for r in roles)
    in_quotes = inside_any(quoted)
    text = doc_text(doc)
    expansions = {text[a[0] : a[1]]: text[f[0] : f[1]] for a, f in doc._.threadline_aliases or []}
    found: list[Antecedent] = []
    for ent in doc.ents:
        if ent.label_ not in REFERENT_LABELS:
            continue
        sentence = sentence_of[ent.start]
        inside = in_quotes(ent.start_char)
        words = offices.get((ent.start_char, ent.end_char), set())
        gender = None
        if ent.label_ == "PERSON":
            gender = person_gender(ent) or _gender_of_offices(words)
        in_title = in_titles(ent.start_char)
        subject = ent.root.dep_ in _SUBJECT_DEPS
        full = expansions.get(ent.text) or initials_of(ent.text, found)
        found.append(Antecedent(ent, sentence, subject, inside, gender, words, in_title, full))
    return found


def initials_of(acronym: str, before: list[Antecedent]) -> str | None:
    """The organisation named earlier whose capitalised words' initials spell ``acronym``
    ("SDF" after "The Syrian Democratic Forces"), when the text gives it no definition."""
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    for a in reversed(before):
        capitals = "".join(w[0] for w in a.span.text.split() if w[:1].isupper() and w != "The")
        if a.label in ORG_LABELS and capitals == acronym:
            return a.span.text
    return None


def share_gender(people: list[Antecedent]) -> None:
    """Give every mention of a person the gender known from any of its mentions: "Benton"
    is a woman when "Laura K. Benton" is."""
    known: dict[str, str] = {}
    for person in people:
        if person.gender is not None:
            known.setdefault(person.span[-1].lower_, person.gender)
    for person in people:
        if person.gender is None:
            person.gender = known.get(person.span[-1].lower_)
