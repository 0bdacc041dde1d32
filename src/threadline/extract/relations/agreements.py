"""Agreements: who signed, ratified, extended, suspended or cancelled which agreement.

A relation points from a party to the agreement (a Law mention, or a name ending in
"Agreement", "Treaty", "Convention", "Accord", "Act" …): "Colombia did not sign the
Palermo Convention" → ``signed`` Colombia → Palermo Convention, negated. Lifecycle
types are ``signed``, ``ratified``, ``extended``, ``suspended``, ``cancelled`` (also
"withdrew from", "terminated", "revoked", "scrapped") and ``breached``.

When the agreement is unnamed but its other party is ("signed an extradition treaty
with Panama", "agreed with Mexico"), the relation is ``agreed_with`` between the parties,
with the action in ``attributes["action"]``.
"""

from __future__ import annotations

from threadline.extract.relations.frames import ACTORS, Predicate

FAMILY = "agreements"

_LAW = frozenset({"Law", "Organization"})  # the NER often types treaties as ORG; see is_agreement
_ROLES = {"agent": ACTORS, "patient": _LAW, "from": _LAW, "with": ACTORS, "between": ACTORS}


def _lifecycle(lemmas: set[str], type_: str, nouns: tuple[str, ...] = ()) -> Predicate:
    # "Mexico's withdrawal from the treaty": the owner of the noun is the party
    return Predicate(
        frozenset(lemmas),
        ((type_, "agent", "patient"), (type_, "agent", "from"), ("agreed_with", "agent", "with")),
        _ROLES,
        nouns=frozenset(nouns),
        owner="agent",
    )


PREDICATES = (
    _lifecycle({"sign", "conclude", "enter", "join", "accede", "adopt"}, "signed", ("signing",)),
    _lifecycle({"ratify", "approve", "endorse"}, "ratified", ("ratification",)),
    _lifecycle({"extend", "renew", "prolong"}, "extended", ("extension", "renewal")),
    _lifecycle({"suspend", "freeze", "pause"}, "suspended", ("suspension",)),
    _lifecycle(
        {
            "cancel",
            "withdraw",
            "terminate",
            "revoke",
            "scrap",
            "annul",
            "abandon",
            "rescind",
            "quit",
        },
        "cancelled",
        ("cancellation", "withdrawal", "termination", "revocation", "annulment"),
    ),
    _lifecycle({"breach", "violate", "break"}, "breached"),
    Predicate(
        frozenset({"agree", "negotiate"}),
        (("agreed_with", "agent", "with"),),
        {"agent": ACTORS, "with": ACTORS},
    ),
)

#: Lifecycle types whose target must be an agreement (checked with ``is_agreement``).
AGREEMENT_TYPES = frozenset(
    {"signed", "ratified", "extended", "suspended", "cancelled", "breached"}
)
