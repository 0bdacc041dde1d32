"""Rules over the whole corpus, for a store-side pass after documents are resolved.

Resolution of one document never sees the others, so a story that only says "Ryabkov"
keys him as ``person:ryabkov``, apart from "Sergei Ryabkov" in other stories. The
functions here take plain ``(id, type, name)`` rows, so the store (or anything else)
can apply them without resolve knowing how entities are kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from threadline.model import PERSON
from threadline.resolve.normalize import name_tokens
from threadline.resolve.within import surname_index


def link_surnames(entities: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """Map one-word Person entities to the one fuller Person whose surname they are.

    "Ryabkov" links to "Sergei Ryabkov" when he is the only person in the corpus whose
    last name is Ryabkov; with both "Raúl Castro" and "Fidel Castro" known, "Castro"
    stays apart. Names compare normalized (case, accents, possessive, other scripts),
    and two spellings of one full name ("Sergei Ryabkov", "SERGEI RYABKOV") count once.
    Returns ``{surname entity id: full-name entity id}``.
    """
    single: list[tuple[str, str]] = []
    full: dict[tuple[str, ...], str] = {}
    for id_, type_, name in entities:
        if type_ != PERSON:
            continue
        tokens = tuple(name_tokens(name, person=True))
        if len(tokens) == 1:
            single.append((id_, tokens[0]))
        elif len(tokens) > 1:
            full.setdefault(tokens, id_)
    surnames = surname_index(full)
    return {id_: full[surnames[s]] for id_, s in single if s in surnames}
