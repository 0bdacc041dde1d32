"""Negation and modality of a relation's trigger: marked on the relation, never dropped.

Rules, checked on the trigger verb and the verbs that govern it ("plans to sign"):

- **negated** when the verb has a negation ("did *not* sign", "*never* met"), or is
  governed by a verb of refusal or denial ("*refused* to extradite", "*denied* meeting");
  a negated governing verb flips it back ("did not deny meeting" is not negated).
- **modality** is the modal auxiliary ("*may* cancel" → ``may``, "*will* extradite" →
  ``will``), the governing verb of intent or attempt ("*plans* to sign" → ``plan``,
  "*threatened* to cancel" → ``threaten``), ``alleged`` for "allegedly/reportedly", or
  ``conditional`` inside an *if* clause. Facts stated plainly have no modality.
"""

from __future__ import annotations

from spacy.tokens import Token

MODALS = frozenset({"may", "might", "could", "would", "should", "must", "can", "will", "shall"})
INTENT = frozenset(
    {
        "plan",
        "threaten",
        "seek",
        "intend",
        "want",
        "expect",
        "propose",
        "try",
        "aim",
        "hope",
        "consider",
        "vow",
        "promise",
        "attempt",
        "prepare",
        "agree",
        "offer",
        "ask",
        "urge",
        "call",
        "push",
        "move",
        "decide",
        "set",
    }
)
DENIAL = frozenset({"refuse", "decline", "fail", "deny", "reject", "halt", "stop", "avoid"})
HEDGES = frozenset({"allegedly", "reportedly", "purportedly", "apparently", "suspectedly"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})


def _negated_here(verb: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATORS) for c in verb.children
    )


def polarity(trigger: Token) -> tuple[bool, str | None]:
    """(negated, modality) of the event that ``trigger`` names."""
    negated = _negated_here(trigger)
    modality: str | None = None
    current = trigger
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "aux" and child.lemma_.lower() in MODALS and modality is None:
                modality = child.lemma_.lower()
                if modality == "ca":  # "can't" lemmatises oddly in some models
                    modality = "can"
            elif child.dep_ == "advmod" and child.lower_ in HEDGES and modality is None:
                modality = "alleged"
            elif child.dep_ == "mark" and child.lower_ == "if" and modality is None:
                modality = "conditional"
        if current.dep_ not in ("xcomp", "pcomp", "ccomp") or current.head.i == current.i:
            break
        governor = current.head if current.dep_ != "pcomp" else current.head.head
        lemma = governor.lemma_.lower()
        if lemma in DENIAL:
            negated = negated != (not _negated_here(governor))  # denial flips, its not flips back
        elif lemma in INTENT and modality is None:
            modality = lemma
            negated = negated or _negated_here(governor)
        else:
            break
        current = governor
    return negated, modality
