"""Pronoun and nominal mentions take the entity of the name they stand for.

Extraction links "he", "its", "the minister" or "the cartel" to a named mention of the
same document (``Mention.antecedent``, see :mod:`threadline.extract.coref`). Such a
mention is filed under its antecedent's entity, with the antecedent's canonical name and
type; it never names or renames an entity. A pronoun or nominal without an antecedent
(an unnamed agreement, "a bilateral crime-fighting agreement") is resolved like a name,
as an entity of its own. A nickname written inside a name (a name mention with an
antecedent) is filed the same way, so it becomes an alias of that person.
"""

from __future__ import annotations

from threadline.model import Mention

#: Antecedent chains longer than this are cut (they are one step in practice).
MAX_CHAIN = 5


def is_linked(mention: Mention) -> bool:
    """A mention that refers to another mention of its document: a pronoun or nominal,
    or a nickname given inside a person's name ('Nemesio "El Tigre" Ortega Salas')."""
    return mention.antecedent is not None


def file_under_antecedents(mentions: list[Mention]) -> list[Mention]:
    """Give each linked pronoun/nominal its antecedent's entity, canonical name and type.

    Returns the mentions left unresolved: those whose antecedent is missing from
    ``mentions``, or which lead back to themselves; they keep no entity.
    """
    by_id = {m.id: m for m in mentions}
    unresolved: list[Mention] = []
    for mention in mentions:
        if not is_linked(mention):
            continue
        target = _named(mention, by_id)
        if target is None or target.entity is None:
            unresolved.append(mention)
            continue
        mention.entity = target.entity
        mention.canonical = target.canonical
        mention.type = target.type
    return unresolved


def _named(mention: Mention, by_id: dict[str, Mention]) -> Mention | None:
    current: Mention | None = mention
    for _ in range(MAX_CHAIN):
        if current is None or not is_linked(current):
            return current
        current = by_id.get(current.antecedent or "")
    return None
