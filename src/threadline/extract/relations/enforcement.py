"""Law enforcement: arrested, charged, convicted, sentenced, extradited, sanctioned.

Each relation points from the authority that acted to the person or group it acted on
("Police arrested X" → ``arrested``: Police → X), and from that person or group to the
places and laws of the event:

- ``arrested``/``detained``: authority → person; ``arrested_in``: person → place;
- ``charged``, ``convicted``, ``sentenced``, ``indicted``: authority (court, prosecutor) → person;
- ``extradited``: authority → person; ``extradited_to`` and ``extradited_from``:
  person → country. Passive voice reads the same: "X was extradited to the United States
  from Mexico by the Mexican government";
- ``sanctioned``: authority → target; ``sanctioned_under``: target → law or programme
  ("under the Kingpin Act"). "designated", "blacklisted" and "listed" count as sanctioned.
  The law phrase counts wherever the parser hangs it in the verb's clause (rule
  ``enforcement-laws-v1``): "designated the FARC as a kingpin *pursuant to* the Kingpin
  Act".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from threadline.extract.relations.frames import (
    ACTORS,
    PEOPLE,
    PLACES,
    MentionIndex,
    Nominal,
    Predicate,
    arguments,
)
from threadline.model import Mention

FAMILY = "enforcement"

_PLACE = {"in": PLACES, "at": PLACES, "to": PLACES, "from": PLACES}

PREDICATES = (
    Predicate(
        frozenset({"arrest", "detain", "capture", "apprehend", "nab", "seize"}),
        (
            ("arrested", "agent", "patient"),
            ("arrested_in", "patient", "in"),
            ("arrested_in", "patient", "at"),
        ),
        {"agent": ACTORS, "patient": PEOPLE, **_PLACE},
        nouns=frozenset({"arrest", "capture", "detention"}),
    ),
    Predicate(
        frozenset({"charge", "indict", "prosecute"}),
        (("charged", "agent", "patient"),),
        {"agent": ACTORS, "patient": PEOPLE},
        nouns=frozenset({"indictment", "prosecution"}),
    ),
    Predicate(
        frozenset({"convict"}),
        (("convicted", "agent", "patient"), ("convicted", "in", "patient")),
        {"agent": ACTORS, "patient": PEOPLE, "in": ACTORS},
        nouns=frozenset({"conviction"}),
    ),
    Predicate(
        frozenset({"sentence", "jail", "imprison"}),
        (("sentenced", "agent", "patient"), ("sentenced", "in", "patient")),
        {"agent": ACTORS, "patient": PEOPLE, "in": ACTORS},
        nouns=frozenset({"imprisonment", "sentencing"}),
    ),
    Predicate(
        frozenset({"extradite", "deport", "expel", "transfer", "repatriate"}),
        (
            ("extradited", "agent", "patient"),
            ("extradited_to", "patient", "to"),
            ("extradited_from", "patient", "from"),
        ),
        {"agent": ACTORS, "patient": PEOPLE, "to": PLACES, "from": PLACES},
        nouns=frozenset({"deportation", "expulsion", "extradition", "repatriation"}),
    ),
    Predicate(
        frozenset({"sanction", "designate", "blacklist", "list", "penalize", "penalise"}),
        (
            ("sanctioned", "agent", "patient"),
            ("sanctioned_under", "patient", "under"),
            ("sanctioned_under", "patient", "pursuant"),
        ),
        {"agent": ACTORS, "patient": ACTORS, "under": frozenset({"Law"}) | PEOPLE},
        nouns=frozenset({"blacklisting", "designation", "listing", "sanction"}),
        owner="agent",
    ),
)


_SANCTION_VERBS = PREDICATES[-1].lemmas
_NESTED = frozenset({"relcl", "ccomp", "advcl", "conj", "parataxis"})


def _law_phrases(verb: Token, index: MentionIndex) -> list[tuple[Token, Mention]]:
    """Law mentions after "under" or "pursuant to" in ``verb``'s clause, however deep."""
    found: list[tuple[Token, Mention]] = []
    stack = [c for c in verb.children if c.dep_ not in _NESTED]
    while stack:
        token = stack.pop()
        stack.extend(c for c in token.children if c.dep_ not in _NESTED)
        if token.dep_ != "pobj" or token.head.lower_ not in ("under", "to"):
            continue
        if token.head.lower_ == "to" and token.head.head.lower_ != "pursuant":
            continue
        mention = index.at(token)
        if mention is not None and mention.type == "Law":
            found.append((token, mention))
    return found


def nominal_relations(doc: Doc, index: MentionIndex) -> Iterator[Nominal]:
    """``sanctioned_under`` from a sanction verb's law phrase anywhere in its clause."""
    for verb in doc:
        if not verb.tag_.startswith("VB") or verb.lemma_.lower() not in _SANCTION_VERBS:
            continue
        laws = _law_phrases(verb, index)
        if not laws:
            continue
        targets = [
            m
            for role, token in arguments(verb)
            if role == "patient"
            for m in index.expand(token)
            if m.type in ACTORS
        ]
        for target in targets:
            for token, law in laws:
                yield Nominal("sanctioned_under", target, law, token, "enforcement-laws")
