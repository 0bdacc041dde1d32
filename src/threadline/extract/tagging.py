"""spaCy's attribute ruler and rule lemmatizer, with the same outputs in less time.

Raw spaCy's English pipelines map fine-grained tags to parts of speech with an
``attribute_ruler`` (179 patterns, run by spaCy's ``Matcher``: about 17 µs a token,
a tenth of the model's time on news text) and then lemmatize token by token in Python.
:func:`speed_up_tagging` keeps both components and changes only how they find their
work:

- the ruler's one-token patterns are looked up in an index
  (:class:`~threadline.extract.token_patterns.TokenPatterns`); its few longer patterns
  stay with spaCy's ``Matcher``. The ruler sorts its matches before applying them, so
  every token gets the same attributes as before.
- the rule lemmatizer remembers each (word, part of speech, morphology)'s lemma for the
  process, as spaCy's own cache does, and reads and writes a Doc's lemmas as arrays.
  The lemma of a token depends on nothing else (spaCy's cache assumes the same).

Pipelines without these components, or with other settings (a lookup lemmatizer,
``overwrite``), are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from threadline.extract.token_patterns import TokenPatterns, is_plain


class _RulerMatches:
    """Stands in for an ``AttributeRuler``'s ``matcher``: plain one-token patterns by
    index, the others (longer, or a regular expression) by spaCy's ``Matcher``; ``get``
    still answers from the original."""

    def __init__(self, original: Matcher, index: TokenPatterns, rest: Matcher) -> None:
        self.original, self.index, self.rest = original, index, rest

    def __call__(self, doc: Doc, **options: Any) -> list[tuple[int, int, int]]:
        return self.index(doc) + list(self.rest(doc, **options))

    def get(self, key: Any, default: Any = None) -> Any:
        return self.original.get(key, default)

    def __len__(self) -> int:
        return len(self.original)


def _index_ruler(ruler: Any) -> None:
    vocab = ruler.vocab
    single: list[tuple[int, dict[str, Any]]] = []
    rest = Matcher(vocab)
    for number, entry in enumerate(ruler.patterns):
        key = vocab.strings.add(str(number))  # the ruler's key for its pattern number
        for pattern in entry["patterns"]:
            if len(pattern) == 1 and is_plain(vocab, pattern[0]):
                single.append((key, pattern[0]))
            else:
                rest.add(key, [pattern])
    index = TokenPatterns.build(vocab, single)
    if index is not None:
        ruler.matcher = _RulerMatches(ruler.matcher, index, rest)


class _Lemmas:
    """The rule lemmatizer's ``pipe`` over arrays, with a per-process memory (``nlp.pipe``
    calls a component's ``pipe``; ``nlp(text)`` still calls spaCy's ``__call__``)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.lemmatizer._validated:  # spaCy's first-call check of its tables
            return self.lemmatizer.__class__.__call__(self.lemmatizer, doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        strings = doc.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:
                lemma = self.known.get((orth, pos, morph), 0)
                if not lemma:
                    lemma = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                    if pos:  # spaCy warns on every token without a part of speech
                        self.known[(orth, pos, morph)] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], _column(lemmas))
        return doc

    def pipe(self, docs: Iterable[Doc], **_options: Any) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _column(values: list[int]) -> Any:
    import numpy

    return numpy.asarray(values, dtype="uint64")


def speed_up_tagging(nlp: Language) -> None:
    """Give ``nlp``'s ``attribute_ruler`` an index of its patterns and its rule
    ``lemmatizer`` array reads and writes (same outputs; see the module's docstring)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if isinstance(getattr(ruler, "matcher", None), Matcher):
            _index_ruler(ruler)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        rule = getattr(lemmatizer, "mode", None) == "rule"
        done = "pipe" in vars(lemmatizer)
        if rule and not done and not getattr(lemmatizer, "overwrite", True):
            lemmatizer.pipe = _Lemmas(lemmatizer).pipe
