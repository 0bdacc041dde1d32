"""Contact and statements: met, spoke with, visited, cooperated with, criticised, accused.

- ``met``: both parties of a meeting ("X met (with) Y"); ``spoke_with`` for calls and
  talks ("X spoke with Y", "X called Y", "X told Y");
- ``visited``: actor → place ("X visited Bogotá", "X travelled to Bogotá"); ``met_in``:
  the place of a meeting ("met … in Vienna");
- ``cooperated_with``: "worked with", "cooperated with", "helped", "supported", "assisted";
- ``attacked``: violence between groups ("X attacked/fought/killed Y");
- statements: ``criticised`` ("condemned", "denounced") and ``accused`` ("X accused Y of …",
  "blamed"), from the speaker to the one spoken of; ``praised`` the other way round.
"""

from __future__ import annotations

from threadline.extract.relations.frames import ACTORS, PLACES, Predicate

FAMILY = "contact"

PREDICATES = (
    Predicate(
        frozenset({"meet", "host", "receive"}),
        (
            ("met", "agent", "patient"),
            ("met", "agent", "with"),
            ("met_in", "agent", "in"),
            ("met_in", "patient", "in"),
        ),
        {"agent": ACTORS, "patient": ACTORS, "with": ACTORS, "in": PLACES},
    ),
    Predicate(
        frozenset(
            {
                "speak",
                "talk",
                "call",
                "phone",
                "tell",
                "brief",
                "consult",
                "discuss",
                "contact",
                "telephone",
                "message",
                "email",
                "confer",
                "communicate",
            }
        ),
        (
            ("spoke_with", "agent", "with"),
            ("spoke_with", "agent", "to"),
            ("spoke_with", "agent", "patient"),
        ),
        {"agent": ACTORS, "with": ACTORS, "to": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset({"visit", "travel", "fly", "tour", "arrive"}),
        (("visited", "agent", "patient"), ("visited", "agent", "to"), ("visited", "agent", "in")),
        {"agent": ACTORS, "patient": PLACES, "to": PLACES, "in": PLACES},
    ),
    Predicate(
        frozenset(
            {
                "cooperate",
                "collaborate",
                "work",
                "partner",
                "help",
                "assist",
                "support",
                "aid",
                "back",
                "ally",
                "train",
                "advise",
                "coordinate",
                "team",
            }
        ),
        (("cooperated_with", "agent", "with"), ("cooperated_with", "agent", "patient")),
        {"agent": ACTORS, "with": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset(
            {
                "attack",
                "fight",
                "kill",
                "target",
                "strike",
                "bomb",
                "ambush",
                "clash",
                "battle",
                "combat",
                "defeat",
                "destroy",
                "engage",
                "raid",
                "murder",
            }
        ),
        (
            ("attacked", "agent", "patient"),
            ("attacked", "agent", "with"),
            ("attacked", "agent", "against"),
        ),
        {"agent": ACTORS, "patient": ACTORS - PLACES, "with": ACTORS, "against": ACTORS},
    ),
    Predicate(
        frozenset(
            {"criticise", "criticize", "condemn", "denounce", "slam", "blast", "rebuke", "warn"}
        ),
        (("criticised", "agent", "patient"),),
        {"agent": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset({"accuse", "blame", "allege", "implicate", "link"}),
        (("accused", "agent", "patient"),),
        {"agent": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset({"praise", "thank", "welcome", "commend", "applaud"}),
        (("praised", "agent", "patient"),),
        {"agent": ACTORS, "patient": ACTORS},
    ),
)
