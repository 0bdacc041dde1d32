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
"""

from __future__ import annotations

from threadline.extract.relations.frames import ACTORS, PEOPLE, PLACES, Predicate

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
