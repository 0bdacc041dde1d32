"""Short forms of people's names inside one story: "Yellen" is "Janet Yellen".

News gives a person's full name once and the surname after (or, in a headline, before).
A shorter name links to a fuller one in the same story when its words are all words of
the fuller name, it is not just the given name, and exactly one fuller person fits:
with "Raúl Castro" and "Fidel Castro" in one story, a bare "Castro" stays unlinked.
"""

from __future__ import annotations

from collections.abc import Iterable


def is_short_form(short: list[str], full: list[str]) -> bool:
    """Whether one person's name (as tokens) can be a shortened form of another.

    Every word of the short form is a word of the full name, the full name has more
    words, and the short form is not only the given name: "Ryabkov" and "Sergei A.
    Ryabkov" fit "Sergei Alexeyevich Ryabkov"; "Sergei" alone does not.
    """
    if not short or len(short) >= len(full) or not set(short) <= set(full):
        return False
    return set(short) != {full[0]}


def link_short_forms(names: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Map each shortened person name (as tokens) of a story to the one full name it stands for.

    Full names are those that are not a short form of another name in the story. A short
    form that fits two different full names is ambiguous and is left out of the map.
    """
    distinct = set(names)
    full = [n for n in distinct if not any(is_short_form(list(n), list(o)) for o in distinct)]
    links: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in distinct:
        if name in full:
            continue
        fits = [f for f in full if is_short_form(list(name), list(f))]
        # "Joaquín Guzmán" and "Guzmán Joaquín" are one person, not two candidates.
        if len({tuple(sorted(f)) for f in fits}) == 1:
            links[name] = min(fits)
    return links


def surname_index(people: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each surname of a set of full names (as tokens), mapped to the one person it names.

    The surname is the last word of a name of two or more words. A surname shared by two
    different people ("Fidel Castro", "Raúl Castro") is left out; one person written in
    two orders ("Joaquín Guzmán", "Guzmán Joaquín") counts once.
    """
    owners: dict[str, set[tuple[str, ...]]] = {}
    first: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in people:
        if len(name) < 2:
            continue
        key = tuple(sorted(name))
        first.setdefault(key, name)
        owners.setdefault(name[-1], set()).add(key)
    return {s: first[next(iter(keys))] for s, keys in owners.items() if len(keys) == 1}


def is_mistyped_surname(text: str, tokens: list[str], surnames: dict[str, tuple[str, ...]]) -> bool:
    """Whether a one-word name tagged as an organisation is really a person's surname.

    Taggers often label a bare surname as an organisation ("Votel explained …" after
    "Gen. Joseph Votel"). It counts as the person when it is the surname of exactly one
    person named in full in the same story and is not written in capitals like an
    acronym ("NATO" stays an organisation).
    """
    return len(tokens) == 1 and tokens[0] in surnames and not text.isupper()
