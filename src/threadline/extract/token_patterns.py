"""One-token patterns found by dictionary look-ups instead of spaCy's ``Matcher``.

spaCy's ``Matcher`` tries every pattern on every token, and calls a Python function per
token for each ``IN``/``NOT_IN`` set: on news text the model's ``attribute_ruler`` (179
patterns) costs about 17 µs a token, a tenth of raw spaCy's time, and the relation
rules' ``DependencyMatcher``s (whose node patterns are one token each) about 3 µs a
token each. When every pattern is one token with plain equality, ``IN`` or ``NOT_IN``
on token attributes, :class:`TokenPatterns` finds the same matches, in the same order
(token by token, patterns in the order added), by looking up each token's attribute
values in an index of the patterns. Anything else (operators, regular expressions,
extension attributes, several tokens) makes :meth:`TokenPatterns.build` return
``None``, and the caller keeps spaCy's matcher.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.attrs import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Attributes whose values the index reads from ``Doc.to_array`` (what spaCy's matcher
#: compares); ``TEXT`` is spaCy's other name for ``ORTH``.
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER")
_ALIASES = {"TEXT": "ORTH"}

#: Distinct attribute rows remembered per index before it starts afresh.
MEMORY = 200_000

#: (attribute id, operator, values): operator "==" (one value), "IN" or "NOT_IN".
Condition = tuple[int, str, frozenset[int]]


def _condition(vocab: Vocab, name: str, value: Any) -> Condition | None:
    name = _ALIASES.get(name.upper(), name.upper())
    if name in _FLAG_ATTRS and isinstance(value, bool):
        return IDS[name], "==", frozenset({int(value)})
    if name not in _STRING_ATTRS:
        return None
    if isinstance(value, str):  # as spaCy's Matcher stores a value
        return IDS[name], "==", frozenset({vocab.strings.add(value)})
    if isinstance(value, dict) and len(value) == 1:
        ((operator, values),) = value.items()
        if operator in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
            return IDS[name], operator, frozenset(get_string_id(v) for v in values)
    return None


def is_plain(vocab: Vocab, spec: Mapping[str, Any]) -> bool:
    """Whether the one-token pattern ``spec`` is one :class:`TokenPatterns` can index."""
    return bool(spec) and all(_condition(vocab, name, value) for name, value in spec.items())


class TokenPatterns:
    """An index of one-token patterns: ``(key, start, start + 1)`` for every token and
    pattern that matches it, as spaCy's ``Matcher(doc, as_spans=False)`` returns them."""

    def __init__(self) -> None:
        self._attrs: list[int] = []
        #: per attribute position: value → [(pattern order, key, other conditions)]
        self._index: list[dict[int, list[tuple[int, int, list[Condition]]]]] = []
        self._unindexed: list[tuple[int, int, list[Condition]]] = []
        self._count = 0
        #: attribute values of a token → the keys it matches (most tokens repeat)
        self._known: dict[tuple[int, ...], tuple[int, ...]] = {}

    @classmethod
    def build(
        cls, vocab: Vocab, patterns: Iterable[tuple[int, Mapping[str, Any]]]
    ) -> TokenPatterns | None:
        """The index of ``(key, token pattern)`` pairs in matcher order, or ``None`` when
        one of them is not a plain one-token pattern this index reproduces exactly."""
        index = cls()
        for key, spec in patterns:
            conditions = [_condition(vocab, name, value) for name, value in spec.items()]
            if not conditions or None in conditions:
                return None
            index._add(key, [c for c in conditions if c is not None])
        return index

    def _position(self, attr: int) -> int:
        if attr not in self._attrs:
            self._attrs.append(attr)
            self._index.append(defaultdict(list))
        return self._attrs.index(attr)

    def _add(self, key: int, conditions: list[Condition]) -> None:
        anchor = next((c for c in conditions if c[1] != "NOT_IN"), None)
        for condition in conditions:
            self._position(condition[0])
        entry_rest = [c for c in conditions if c is not anchor]
        entry = (self._count, key, entry_rest)
        self._count += 1
        if anchor is None:
            self._unindexed.append(entry)
            return
        by_value = self._index[self._position(anchor[0])]
        for value in anchor[2]:
            by_value[value].append(entry)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(doc) or not self._attrs:
            return []
        attrs: list[int | str] = list(self._attrs)
        rows: Any = doc.to_array(attrs).reshape(len(doc), len(attrs)).tolist()
        known = self._known
        if len(known) > MEMORY:
            known.clear()
        matches: list[tuple[int, int, int]] = []
        append, seen = matches.append, known.get
        for i, row in enumerate(rows):
            values = tuple(row)
            keys = seen(values)
            if keys is None:
                keys = known[values] = self._keys(values)
            for key in keys:
                append((key, i, i + 1))
        return matches

    def _keys(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The keys of the patterns a token with these attribute values matches."""
        found = [e for n, by_value in enumerate(self._index) for e in by_value.get(row[n], ())]
        found += self._unindexed
        found.sort(key=lambda entry: entry[0])
        keys: list[int] = []
        for _, key, rest in found:
            if key not in keys and all(
                _holds(row[self._attrs.index(a)], op, values) for a, op, values in rest
            ):
                keys.append(key)  # spaCy reports a key once per span
        return tuple(keys)


def _holds(value: int, operator: str, values: frozenset[int]) -> bool:
    return (value not in values) if operator == "NOT_IN" else (value in values)
