"""Event triggers: the words that state an event, read from one data file per event type.

``data/events/triggers/<type>.txt`` lists, one per line, ``verb <lemma>`` or
``noun <lemma or form>`` followed by optional conditions, any one of which makes the word
count (see :func:`_holds`): ``gov:<lemma>`` (the verb that governs the noun: "*imposed*
sanctions"), ``with:<lemma>`` (a word one or two links below: "pleaded *guilty*", "27
months in *prison*"), ``dep:<label>`` (a child with that dependency: "*their* operation").

A word is not a trigger when it lies inside a name ("Specially Designated Global
Terrorist"), when a noun counts events rather than states one ("the number of
extraditions", ``aggregates.txt``), modifies an agreement ("an extradition treaty"), or
sits under a verb of ``blocking_governors.txt`` ("faces charges", "evaded arrest").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from threadline.extract.vocabulary import table, words
from threadline.model import EVENT_TYPES


@dataclass(frozen=True)
class Rule:
    """One line of a trigger file."""

    type: str
    pos: str  # "verb" or "noun"
    word: str
    conditions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Trigger:
    """A token that states an event of ``type``, and whether it is a noun."""

    type: str
    token: Token
    nominal: bool


@cache
def rules() -> dict[tuple[str, str], tuple[Rule, ...]]:
    """(pos, word) → the rules of every event type that list it."""
    found: dict[tuple[str, str], list[Rule]] = {}
    for type_ in EVENT_TYPES:
        for pos, word, *rest in table(f"events/triggers/{type_}"):
            conditions = tuple(tuple(c.split(":", 1)) for c in rest)
            rule = Rule(type_, pos, word, conditions)  # type: ignore[arg-type]
            found.setdefault((pos, word), []).append(rule)
    return {key: tuple(value) for key, value in found.items()}


def governor(token: Token) -> Token:
    """The verb a noun depends on, through prepositions and coordinated nouns ("imposed
    sanctions", "announced the designation of", "led to the arrest of")."""
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            return head
        if current.dep_ not in ("pobj", "conj", "prep", "dobj", "compound", "appos"):
            break
        current = head
    return current


def _near(token: Token) -> list[Token]:
    children = list(token.children)
    return children + [g for c in children for g in c.children]


def _holds(rule: Rule, token: Token) -> bool:
    if not rule.conditions:
        return True
    for kind, value in rule.conditions:
        if kind == "gov" and governor(token).lemma_.lower() == value:
            return True
        if kind == "with" and any(t.lemma_.lower() == value for t in _near(token)):
            return True
        if kind == "dep" and any(c.dep_ == value for c in token.children):
            return True
    return False


def _blocked(token: Token, nominal: bool, inside: set[int]) -> bool:
    if token.i in inside:
        return True
    if not nominal:
        return False
    head = token.head
    if token.dep_ == "compound" and head.lemma_.lower() in words("events/agreement_words"):
        return True
    if token.dep_ == "pobj" and head.head.lemma_.lower() in words("events/aggregates"):
        return True
    return governor(token).lemma_.lower() in words("events/blocking_governors")


def _candidates(token: Token) -> list[tuple[str, str]]:
    if token.tag_.startswith("VB"):
        return [("verb", token.lemma_.lower())]
    if token.pos_ in ("NOUN", "PROPN"):
        return [("noun", token.lemma_.lower()), ("noun", token.lower_)]
    return []


def find_triggers(doc: Doc, names: set[int]) -> list[Trigger]:
    """Every trigger of ``doc`` in text order; ``names`` are the token indices of names."""
    table_ = rules()
    found: list[Trigger] = []
    for token in doc:
        for key in dict.fromkeys(_candidates(token)):
            nominal = key[0] == "noun"
            if _blocked(token, nominal, names):
                continue
            for rule in table_.get(key, ()):
                if _holds(rule, token):
                    found.append(Trigger(rule.type, token, nominal))
    return found
