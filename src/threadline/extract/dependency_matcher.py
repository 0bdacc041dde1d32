"""spaCy's ``DependencyMatcher`` with its node patterns found by index.

spaCy's ``DependencyMatcher`` first finds every token that matches any node of any
pattern, with a ``Matcher`` that tries each node pattern on each token, and walks each
such token's ancestors to group it under its tree's root. The relation rules' node
patterns are one token each with plain attribute tests, so
:class:`~threadline.extract.token_patterns.TokenPatterns` finds the same tokens in the
same order; tree roots are read once per Doc. Everything after that (the tree search
over candidates, callbacks, the order of results) is spaCy's own code, so the matches
are the same. Patterns the index cannot hold leave spaCy's way in place.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.attrs import HEAD
from spacy.matcher import DependencyMatcher as SpacyDependencyMatcher
from spacy.tokens import Doc

from threadline.extract.token_patterns import TokenPatterns


class TreeRoots:
    """The root of each token's dependency tree (the last of ``token.ancestors``, or
    the token itself), found for the tokens asked about, each path walked once."""

    def __init__(self, doc: Doc) -> None:
        self.heads = doc.to_array([HEAD]).astype("int64").tolist()  # relative offsets
        self.roots: dict[int, int] = {}

    def __getitem__(self, token: int) -> int:
        path: list[int] = []
        i = token
        while i not in self.roots and self.heads[i] != 0 and len(path) < len(self.heads):
            path.append(i)
            i += self.heads[i]
        root = self.roots.get(i, i)
        for j in path:
            self.roots[j] = root
        return root


class DependencyMatcher(SpacyDependencyMatcher):
    """spaCy's ``DependencyMatcher`` (same API, same matches), faster on node patterns
    :class:`TokenPatterns` can index."""

    def __init__(self, vocab: Any, *, validate: bool = False) -> None:
        super().__init__(vocab, validate=validate)
        self._nodes: list[tuple[int, dict[str, Any]]] = []
        self._index: TokenPatterns | None = None

    def add(self, key: Any, patterns: list[Any], *, on_match: Any = None) -> None:
        super().add(key, patterns, on_match=on_match)
        key_id = self._normalize_key(key)  # type: ignore[attr-defined]  # not in spaCy's stub
        tokens_to_key = self._tokens_to_key[key_id][-len(patterns) :]
        for pattern, node_keys in zip(patterns, tokens_to_key, strict=True):
            self._nodes += [
                (k, node["RIGHT_ATTRS"]) for k, node in zip(node_keys, pattern, strict=True)
            ]
        self._index = TokenPatterns.build(self.vocab, self._nodes)

    def remove(self, key: Any) -> None:
        super().remove(key)
        self._index = None  # spaCy's way from now on

    def _get_keys_to_position_maps(self, doc: Doc) -> Any:
        if self._index is None:
            spacys: Any = super()  # the method is missing from spaCy's type stub
            return spacys._get_keys_to_position_maps(doc)
        roots = TreeRoots(doc)
        positions: Any = defaultdict(lambda: defaultdict(list))
        for match_id, start, _ in self._index(doc):
            positions[roots[start]][match_id].append(start)
        return positions
