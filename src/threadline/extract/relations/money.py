"""Money: who paid, funded, laundered for or owns whom.

- ``paid``: payer → payee ("X paid $2 million to Y", "X paid Y", "bribed"; and the
  other way round, "Y took bribes from X");
- ``funded``: funder → funded ("X financed Y", "X bankrolled Y");
- ``laundered_for``: launderer → client ("X laundered money for Y", "X laundered the
  proceeds of Y");
- ``owns``: owner → company or asset ("X owns Y", "X controls Y", "X acquired Y").

An amount found in the clause (a Money mention) is kept in ``attributes["amount"]``.
"""

from __future__ import annotations

from threadline.extract.relations.frames import ACTORS, PEOPLE, Predicate

FAMILY = "money"

PREDICATES = (
    Predicate(  # "X took bribes from Y", "X accepted payments from Y": Y paid X
        frozenset({"take", "accept", "receive", "get", "solicit", "demand"}),
        (("paid", "from", "agent"),),
        {"agent": ACTORS, "from": ACTORS},
        objects=frozenset({"bribe", "kickback", "payment", "money", "cash", "fund", "payoff"}),
    ),
    Predicate(
        frozenset({"pay", "bribe", "wire", "send", "give", "donate"}),
        (("paid", "agent", "to"), ("paid", "agent", "recipient"), ("paid", "agent", "patient")),
        {"agent": ACTORS, "to": ACTORS, "recipient": ACTORS, "patient": PEOPLE},
    ),
    Predicate(
        frozenset({"fund", "finance", "bankroll", "sponsor", "subsidise", "subsidize"}),
        (("funded", "agent", "patient"),),
        {"agent": ACTORS, "patient": ACTORS},
    ),
    Predicate(
        frozenset({"launder", "clean", "move", "smuggle", "hide", "funnel", "channel"}),
        (("laundered_for", "agent", "for"), ("laundered_for", "agent", "of")),
        {"agent": ACTORS, "for": ACTORS, "of": ACTORS},
    ),
    Predicate(
        frozenset({"own", "control", "acquire", "buy", "purchase"}),
        (("owns", "agent", "patient"),),
        {"agent": ACTORS, "patient": frozenset({"Company", "Organization", "LegalEntity"})},
    ),
)
