"""Trigger search: one spaCy ``DependencyMatcher`` over every family's predicate lemmas.

A trigger is a verb (any ``VB*`` tag, so participles such as "extradited" in
"Guzman, extradited in 2017, …" count) whose lemma is listed by a family's
:class:`~threadline.extract.relations.frames.Predicate`, or a noun it lists as naming the
same event ("extradition", "arrest", "withdrawal"). Matchers are built once per
vocabulary and reused across documents.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import ModuleType

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from threadline.extract.relations.frames import Predicate

_CACHE: dict[tuple[int, tuple[str, ...]], tuple[DependencyMatcher, dict[str, tuple]]] = {}


def _build(
    vocab: Vocab, families: Sequence[ModuleType]
) -> tuple[DependencyMatcher, dict[str, tuple[ModuleType, Predicate]]]:
    key = (id(vocab), tuple(f.__name__ for f in families))
    if key in _CACHE:
        return _CACHE[key]
    matcher = DependencyMatcher(vocab)
    labels: dict[str, tuple[ModuleType, Predicate]] = {}
    for family in families:
        for number, predicate in enumerate(family.PREDICATES):
            label = f"{family.FAMILY}:{number}"
            labels[label] = (family, predicate)
            patterns = [
                [
                    {
                        "RIGHT_ID": "trigger",
                        "RIGHT_ATTRS": {
                            "LEMMA": {"IN": sorted(predicate.lemmas)},
                            "TAG": {"REGEX": "^VB"},
                        },
                    }
                ]
            ]
            if predicate.nouns:
                noun = {"LEMMA": {"IN": sorted(predicate.nouns)}, "POS": "NOUN"}
                patterns.append([{"RIGHT_ID": "trigger", "RIGHT_ATTRS": noun}])
            matcher.add(label, patterns)
    _CACHE[key] = (matcher, labels)
    return matcher, labels


def triggers(
    doc: Doc, families: Sequence[ModuleType]
) -> Iterator[tuple[ModuleType, Predicate, Token]]:
    """(family module, predicate, trigger token) for every trigger verb, in text order."""
    matcher, labels = _build(doc.vocab, families)
    matches = sorted(matcher(doc), key=lambda m: (m[1][0], m[0]))
    for match_id, (token_i,) in matches:
        family, predicate = labels[doc.vocab.strings[match_id]]
        yield family, predicate, doc[token_i]
