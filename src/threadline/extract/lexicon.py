"""Word lists that tell names from ordinary words: common English words and given names.

The English word list comes from the loaded pipeline's lemmatizer tables (WordNet-based
in spaCy's English pipelines); a pipeline without them simply has an empty list, and the
rules that use it become more permissive.
"""

from __future__ import annotations

from spacy.language import Language


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps word lists readable in source)."""
    return frozenset(text.split())


#: Common given names: one of these alone is not enough to name a person.
GIVEN_NAMES = word_set(
    """
    aaron adam ahmed alex alexander ali alice amanda amy andrea andrew angela ann anna
    anne anthony antonio barbara ben benjamin bill bob brian carlos carol catherine
    charles chris christian christine christopher daniel david deborah dennis diana
    donald dmitry ed edward elena elizabeth emily emma eric frank gary george hassan
    helen henry hussein ibrahim igor ivan jack james jan jane jason jeff jennifer
    jessica jim joe john jorge jose joseph juan julia julie karen kate kevin laura linda
    lisa luis mahmoud maria mark martin mary matthew michael mike mohamed mohammad
    mohammed muhammad nancy natalia nicholas nick olga omar patricia paul pedro peter
    rachel richard robert ryan sam samuel sara sarah sergei sergey scott stephen steve
    steven susan thomas tim timothy tom tony vladimir william yusuf
    """
)

#: Lower-case words that belong inside names ("Bashar al-Assad", "Ursula von der Leyen").
NAME_PARTICLES = word_set(
    """
    al el bin ibn bint abu de del della der di da dos das du la le van von ter den y
    """
)

#: Function words that, capitalised inside a name, betray a headline ("Extradited To US").
FUNCTION_WORDS = word_set(
    """
    a an the to of for and or but in on at with from by over after before against into
    about as is are was were be been will says say said amid as under between
    """
)

_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ies")


def english_words(nlp: Language) -> frozenset[str]:
    """The set of common English words known to ``nlp``'s lemmatizer (may be empty)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words: set[str] = set()
    for entries in lookups.get_table("lemma_index").values():
        words.update(entries)
    return frozenset(words)


def is_common_word(word: str, words: frozenset[str]) -> bool:
    """True when ``word`` (in any case, perhaps inflected) is an ordinary English word."""
    w = word.lower()
    if w in words:
        return True
    for suffix in _SUFFIXES[1:]:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if stem in words or stem + "e" in words or (suffix == "ies" and stem + "y" in words):
                return True
            doubled = suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in words:  # "smuggled" ← "smuggle", "planned" ← "plan"
                return True
    return False


def is_given_name(word: str) -> bool:
    """True for a common given name ("John"), which alone does not identify a person."""
    return word.lower() in GIVEN_NAMES
