"""Choosing the antecedent of a pronoun among the names before it: agreement, then
salience and recency.

Only names in the pronoun's sentence and the :data:`MAX_SENTENCES_BACK` sentences before
it are candidates; a pronoun outside quotation marks never refers to a name inside them,
and one inside never refers to a name of its own sentence outside them, nor to the
subject outside them of the sentence its quotation opens in (the speaker: "Grant said:
'The general made clear during *his* briefing …'" is not Grant's; in 'Mukasey said, "…
of President Calderon. We stand with *him*"', "him" is Calderon).
In the pronoun's own sentence the nearest agreeing name wins (an object pronoun, "him",
never refers to the subject of its own verb). Otherwise the nearest earlier sentence with
an agreeing name decides, and in it the subject wins over other names ("Carter met
al-Abadi. He said …" → Carter), else the first name of that sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Token

from threadline.extract.coref.antecedents import Antecedent

MAX_SENTENCES_BACK = 3
_OBJECT_DEPS = frozenset({"dobj", "iobj", "pobj", "dative"})
Agrees = Callable[[Antecedent], bool]


def _same_clause_subject(pronoun: Token, candidate: Antecedent) -> bool:
    """ "Smith shot him": an object pronoun and the subject of its own verb are two people."""
    if pronoun.dep_ not in _OBJECT_DEPS:
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return candidate.subject and candidate.span.root.head == verb


def candidates(
    pronoun: Token, sentence: int, quoted: bool, antecedents: list[Antecedent], agrees: Agrees
) -> list[Antecedent]:
    """Agreeing names before ``pronoun`` within reach, in text order."""
    # ``antecedents`` are in text order: those in reach are one run of the list
    first = bisect_left(antecedents, sentence - MAX_SENTENCES_BACK, key=lambda a: a.sentence)
    last = bisect_right(antecedents, sentence, lo=first, key=lambda a: a.sentence)
    return [
        a
        for a in antecedents[first:last]
        if a.span.end_char <= pronoun.idx
        and 0 <= sentence - a.sentence <= MAX_SENTENCES_BACK
        and (a.quoted if quoted and a.sentence == sentence else quoted or not a.quoted)
        and agrees(a)
        and not _same_clause_subject(pronoun, a)
    ]


def choose(pronoun: Token, sentence: int, pool: list[Antecedent]) -> Antecedent | None:
    """The antecedent of ``pronoun`` among agreeing ``pool`` (see the module's rules)."""
    if not pool:
        return None
    same = [a for a in pool if a.sentence == sentence]
    if same:
        return same[-1]
    nearest = max(a.sentence for a in pool)
    there = [a for a in pool if a.sentence == nearest]
    subjects = [a for a in there if a.subject]
    return (subjects or there)[0]
