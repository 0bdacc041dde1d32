"""The language of a document that does not declare one, guessed from its text.

Rules users see (``language_method`` in a document's metadata names the version):

- A declared language always wins: HTML ``lang``, a JSON record's ``language``. Such a
  document gets ``"language_source": "declared"`` and no guess is made.
- Otherwise the text is classified by py3langid (a naive Bayes model over byte n-grams,
  97 languages, offline). Its ISO 639-1 code is stored as ``language`` with
  ``"language_source": "detected"`` and ``"language_method": "langid-v1"``.
- Short texts get no guess: fewer than :data:`MIN_LETTERS` letters (a headline, a name, a
  caption) say too little, and guesses on them are often wrong ("Hello" reads as Breton).
- Unsure guesses are dropped: below :data:`MIN_PROBABILITY` the document stays ``und``
  (not stated), as it was before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from threadline.model import Document

#: Version of these rules, stored with every detected language.
METHOD = "langid-v1"
#: Texts with fewer letters than this get no guess.
MIN_LETTERS = 40
#: Guesses less likely than this (py3langid's normalised probability) are dropped.
MIN_PROBABILITY = 0.9
#: Only the start of a long text is read: a language does not change after 5,000
#: characters often enough to pay for reading a whole book.
SAMPLE_CHARS = 5000


@dataclass(frozen=True)
class Guess:
    """A detected language: ISO 639-1 ``code``, the model's ``probability``, the rules'
    ``method``."""

    code: str
    probability: float
    method: str = METHOD


def detect_language(text: str) -> Guess | None:
    """The language ``text`` is written in, or ``None`` when the text is too short
    (:data:`MIN_LETTERS`) or the model is unsure (:data:`MIN_PROBABILITY`)."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return None
    code, probability = _identifier().classify(sample)
    if probability < MIN_PROBABILITY:
        return None
    return Guess(str(code), float(probability))


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` letters (stops reading once it has)."""
    for char in text:
        if char.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


def add_language(document: Document) -> None:
    """Record where the document's language comes from: its declaration, else a guess
    from its text (by :func:`detect_language`); nothing when neither gives one."""
    metadata: dict[str, Any] = document.metadata
    if _declared(metadata.get("language")):
        metadata["language_source"] = "declared"
        return
    guess = detect_language(document.text)
    if guess is None:
        return
    metadata["language"] = guess.code
    metadata["language_source"] = "detected"
    metadata["language_method"] = guess.method


def _declared(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once per process (about 0.5 s) on first use."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
