"""Goods are seized, people are arrested.

Some words state both ("captured the suspect", "tanks captured near Palmyra"): the kind
of what the word acts on decides. The things that are seized rather than arrested
(equipment, vehicles, arms) are a data list, ``data/events/materiel_nouns.txt``.
"""

from __future__ import annotations

from spacy.tokens import Token

from threadline.extract.events.arguments import grammatical
from threadline.extract.vocabulary import words

#: Verbs that state an arrest of people and a seizure of things alike.
_BOTH = ("capture",)


def acts_on_materiel(token: Token, type_: str, nominal: bool) -> bool:
    """Whether what the trigger ``token`` acts on is equipment, a vehicle or arms
    ("captured two tanks", "vehicles captured near Homs")."""
    materiel = words("events/materiel_nouns")
    return any(
        gram == "patient" and head.lemma_.lower() in materiel
        for gram, head in grammatical(token, type_, nominal)
    )


def wrong_kind(type_: str, token: Token, nominal: bool) -> bool:
    """An arrest of things is no arrest: "nine trucks captured near Homs" is a seizure.
    A word that both arrests and seizes ("capture") is a seizure only of things:
    "police captured the suspect" seizes nothing."""
    if type_ == "arrest":
        return acts_on_materiel(token, type_, nominal)
    if type_ == "seizure" and token.lemma_.lower() in _BOTH:
        return not acts_on_materiel(token, type_, nominal)
    return False
