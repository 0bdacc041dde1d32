"""One name, one reading per document: repeats of a name found once are found everywhere.

spaCy's NER judges each occurrence alone, so "Yellen" may be a person in one sentence
and missed in the next. A name tagged somewhere in the document is tagged wherever it
recurs untagged, with the label it got most often, and a name tagged one way in most of
its uses is tagged that way in all; a person's surname alone ("Yellen" after "Janet
Yellen", "Usuga" after "Dairo Antonio Usuga David") is that person too, even where
spaCy tags it an organisation or a nationality ("Votel explained…" after "Gen. Joseph
Votel"). Single ordinary words ("Coalition")
are not spread, nor is a repeat that is only part of a longer capitalised name.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from threadline.extract.lexicon import NAME_PARTICLES, english_words, is_common_word, is_given_name
from threadline.extract.spans import ORG_LABELS, make_entity, method_of, set_entities
from threadline.extract.titles import is_title_word

METHOD = "rule:name-repeats-v1"
SPREAD_LABELS = ORG_LABELS | {"PERSON", "GPE", "LOC"}


def _is_surname(word: str) -> bool:
    return (
        word[:1].isupper()
        and word.isalpha() is not False
        and not is_given_name(word)
        and not is_title_word(word)
        and word.lower() not in NAME_PARTICLES
    )


def surnames_of(name: tuple[str, ...]) -> list[str]:
    """The words of a full name that may stand alone for the person: the last one, and in
    a name of three words or more the one before it, as Spanish double surnames are
    shortened to the first ("Usuga" for "Dairo Antonio Usuga David")."""
    if len(name) < 2:
        return []
    found = [name[-1]] if _is_surname(name[-1]) else []
    if len(name) >= 3 and name[-2].isalpha() and len(name[-2]) > 1 and _is_surname(name[-2]):
        found.append(name[-2])
    return found


def name_votes(doc: Doc, words: frozenset[str]) -> dict[tuple[str, ...], Counter[str]]:
    """How often each spreadable name of ``doc`` (a tuple of token texts) got each label."""
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for ent in doc.ents:
        if ent.label_ not in SPREAD_LABELS:
            continue
        key = tuple(t.text for t in ent)
        single_common = len(key) == 1 and not key[0].isupper() and is_common_word(key[0], words)
        if not single_common:
            votes.setdefault(key, Counter())[ent.label_] += 1
        if ent.label_ == "PERSON":
            for surname in surnames_of(key):
                votes.setdefault((surname,), Counter())["PERSON"] += 1
    return votes


def name_labels(doc: Doc, words: frozenset[str]) -> dict[tuple[str, ...], str]:
    """Each spreadable name of ``doc`` and its usual label."""
    return {key: c.most_common(1)[0][0] for key, c in name_votes(doc, words).items()}


def relabel_minorities(doc: Doc, words: frozenset[str]) -> list[Span]:
    """The entities, each with the label its name got in most (over half) of its uses.

    "Raqqah" tagged a place four times and a person twice is a place all six times.
    """
    majority: dict[tuple[str, ...], str] = {}
    for key, counts in name_votes(doc, words).items():
        label, n = counts.most_common(1)[0]
        if len(counts) > 1 and n * 2 > sum(counts.values()):
            majority[key] = label
    out: list[Span] = []
    for ent in doc.ents:
        usual = majority.get(tuple(t.text for t in ent))
        if ent.label_ in SPREAD_LABELS and usual is not None and usual != ent.label_:
            ent = make_entity(doc, ent.start, ent.end, usual, method_of(ent) + "+" + METHOD)
        out.append(ent)
    return out


def surnames_as_persons(doc: Doc, words: frozenset[str]) -> list[Span]:
    """The entities, with a one-word organisation or nationality that is the surname of a
    full person name in ``doc``, or a surname named with a title ("Foreign Minister
    Ebrard"), made that person ("Qanbar" after "Abboud Qanbar").

    Places keep their label ("Jordan" stays a country beside "Michael Jordan"), and so do
    acronyms and names the gazetteer or another rule gave. The word may be an English
    word too ("Dayton", a city, after "Scott C. Dayton").
    """
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    surnames = {s for e in people for s in surnames_of(tuple(t.text for t in e))}
    surnames |= {e.text for e in people if len(e) == 1 and _titled(e)}  # "Minister Ebrard"
    out: list[Span] = []
    for ent in doc.ents:
        word = ent[0].text
        if (
            len(ent) == 1
            and ent.label_ in ORG_LABELS | {"NORP"}
            and method_of(ent) == "spacy"
            and word in surnames
            and not word.isupper()
        ):
            ent = make_entity(doc, ent.start, ent.end, "PERSON", f"{METHOD}:surname")
        out.append(ent)
    return out


def _titled(ent: Span) -> bool:
    return ent.start > 0 and is_title_word(ent.doc[ent.start - 1].text)


def _extends_name(doc: Doc, start: int, end: int) -> bool:
    """True when a capitalised word runs on either side: the repeat is part of a longer name."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(
        t is not None and t.text[:1].isupper() and t.is_alpha and not t.is_sent_start
        for t in (before, after)
    )


def find_repeats(doc: Doc, words: frozenset[str]) -> list[Span]:
    """Untagged occurrences of the names tagged elsewhere in ``doc``."""
    labels = name_labels(doc, words)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(labels, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        for key in by_first.get(doc[i].text, []):
            end = i + len(key)
            if end > len(doc) or any(j in tagged for j in range(i, end)):
                continue
            if tuple(t.text for t in doc[i:end]) != key or _extends_name(doc, i, end):
                continue
            found.append(make_entity(doc, i, end, labels[key], METHOD))
            i = end - 1
            break
        i += 1
    return found


def _occurrences(words: list[str], starts: dict[str, list[int]], key: tuple[str, ...]) -> list[int]:
    n = len(key)
    return [i for i in starts.get(key[0], []) if tuple(words[i : i + n]) == key]


def full_names_inside(doc: Doc, labels: dict[tuple[str, ...], str]) -> list[Span]:
    """Full person names (two words or more) that other entities swallowed.

    "Minister for the Middle East Tobias Ellwood" tagged as one organisation hides the
    person "Tobias Ellwood" named elsewhere in the document; the name is cut out of it.
    """
    found: list[Span] = []
    words = [t.text for t in doc]
    starts: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        starts.setdefault(word, []).append(i)
    owner_at = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    for key, label in labels.items():
        if label != "PERSON" or len(key) < 2:
            continue
        for i in _occurrences(words, starts, key):
            end = i + len(key)
            owner = owner_at.get(i)
            if owner is None or owner.end < end or owner.label_ in ("PERSON", "LAW"):
                continue
            found.append(make_entity(doc, i, end, "PERSON", METHOD))
    return found


def _remainder(ent: Span, persons: list[Span]) -> Span | None:
    """What is left of ``ent`` beside the persons cut out of it (its longest side)."""
    inside = [p for p in persons if ent.start <= p.start and p.end <= ent.end]
    if not inside:
        return ent
    p = inside[0]
    start, end = max((ent.start, p.start), (p.end, ent.end), key=lambda b: b[1] - b[0])
    words = [t for t in ent.doc[start:end] if t.is_alpha]
    if not any(t.text[:1].isupper() and t.lower_ not in ("the", "a") for t in words):
        return None
    return make_entity(ent.doc, start, end, ent.label_, method_of(ent) + "+" + METHOD)


class NameRepeats:
    """Pipeline component adding :func:`find_repeats` to the entities."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        persons = full_names_inside(doc, name_labels(doc, self.words))
        if persons:
            rest = [r for e in doc.ents if (r := _remainder(e, persons)) is not None]
            set_entities(doc, rest, prefer=persons)
        set_entities(doc, surnames_as_persons(doc, self.words))
        set_entities(doc, relabel_minorities(doc, self.words))
        set_entities(doc, list(doc.ents) + find_repeats(doc, self.words))
        return doc


@Language.factory("threadline_name_repeats_v1")
def make_name_repeats(nlp: Language, name: str) -> NameRepeats:
    return NameRepeats(english_words(nlp))
