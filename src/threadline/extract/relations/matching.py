"""Trigger search: every family's predicate lemmas, looked up once per token.

A trigger is a verb (any ``VB*`` tag, so participles such as "extradited" in
"Guzman, extradited in 2017, …" count) whose lemma is listed by a family's
:class:`~threadline.extract.relations.frames.Predicate`, or a noun it lists as naming the
same event ("extradition", "arrest", "withdrawal"). A trigger is a single node of the
parse, so a lemma table does what a one-node ``DependencyMatcher`` pattern would, about
ten times faster; the multi-node patterns (titles, places, "X's fight against Y") use
spaCy's ``DependencyMatcher`` in their family modules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from types import ModuleType

from spacy.tokens import Doc, Token

from threadline.extract.relations.frames import Predicate

Entry = tuple[ModuleType, Predicate]
_CACHE: dict[tuple[str, ...], tuple[dict[str, list[Entry]], dict[str, list[Entry]]]] = {}


def _tables(
    families: Sequence[ModuleType],
) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    key = tuple(f.__name__ for f in families)
    if key not in _CACHE:
        verbs: dict[str, list[Entry]] = defaultdict(list)
        nouns: dict[str, list[Entry]] = defaultdict(list)
        for family in families:
            for predicate in family.PREDICATES:
                for lemma in predicate.lemmas:
                    verbs[lemma].append((family, predicate))
                for lemma in predicate.nouns:
                    nouns[lemma].append((family, predicate))
        _CACHE[key] = (dict(verbs), dict(nouns))
    return _CACHE[key]


def triggers(
    doc: Doc, families: Sequence[ModuleType]
) -> Iterator[tuple[ModuleType, Predicate, Token]]:
    """(family module, predicate, trigger token) for every trigger, in text order."""
    verbs, nouns = _tables(families)
    for token in doc:
        if token.tag_.startswith("VB"):
            entries = verbs.get(token.lemma_.lower(), ())
        elif token.pos_ == "NOUN":
            entries = nouns.get(token.lemma_.lower(), ())
        else:
            continue
        for family, predicate in entries:
            yield family, predicate, token
