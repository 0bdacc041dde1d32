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
