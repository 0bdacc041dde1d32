"""Capitals that act stand for their state: "*Moscow* has cancelled a crime-fighting
agreement with *Washington*" is Russia cancelling an agreement with the United States.

A Location mention that names a capital (``data/events/capitals.txt``: the capital and
its country's ISO code; rigour names the country) and acts in an event (an agent, or a
party of an agreement) or undergoes a sanction gets the country as its canonical form,
so resolution files it under the state. The same capital as a place ("arrested in
Moscow") keeps its own name.

A demonym before a state noun is the state too: "the Mexican government", "Colombian
authorities" are mentions of Mexico and Colombia (:func:`state_mentions`).
"""

from __future__ import annotations

from functools import cache

from rigour.territories import get_territory, lookup_territory
from spacy.tokens import Doc, Token

from threadline.extract.gazetteer import country_of_demonym
from threadline.extract.mentions import span_mention
from threadline.extract.vocabulary import table, words
from threadline.model import LOCATION, Event, Mention

STATES_METHOD = "events-states-v1"


@cache
def capitals() -> dict[str, str]:
    """Capital (lower case) → the name of its country."""
    found = {}
    for *name, code in table("events/capitals"):
        territory = get_territory(code)
        if territory is not None:
            found[" ".join(name)] = territory.name
    return found


def _acting(event: Event) -> list[str]:
    ids = event.agents + list(event.attributes.get("parties", []))
    return ids + event.targets if event.type == "sanction" else ids


def name_states(events: list[Event], mentions: list[Mention]) -> None:
    """Give capitals that act in ``events`` their country as canonical form, in place."""
    by_id = {m.id: m for m in mentions}
    for event in events:
        for mention_id in _acting(event):
            mention = by_id.get(mention_id)
            if mention is None or mention.type != LOCATION or mention.kind != "name":
                continue
            country = capitals().get(mention.text.lower().strip())
            if country is not None:
                mention.canonical = country


def names_a_state(mention: Mention) -> bool:
    """Whether a place mention can act as a state: a country or jurisdiction rigour knows
    ("Mexico", "U.S.", "Hong Kong", "the Mexican government"), or a capital that stands
    for its state ("Moscow"). A city or province is not ("the Mosul offensive", "the
    Geneva talks" happen there)."""
    name = (mention.canonical or mention.text).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    territory = lookup_territory(name)
    if territory is not None and (territory.is_country or territory.is_ftm):
        return True
    return name.lower() in capitals()


def _state_phrase(token: Token) -> tuple[Token, str] | None:
    """(first word, country) of "the Mexican government"-like phrases headed by ``token``."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in words(
        "events/state_nouns"
    ):
        return None
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.tag_ in ("JJ", "NNP", "NNPS"):
            country = country_of_demonym(child.text)
            if country is not None:
                return child, country
    return None


def state_mentions(
    doc: Doc, document_id: str, offset: int, existing: list[Mention]
) -> list[Mention]:
    """Location mentions for a state named by a demonym and a state noun (``data/events/
    state_nouns.txt``): "the *Mexican government* extradited …" is Mexico acting, so the
    phrase is a mention whose canonical form is the country (method
    ``events-states-v1``). Phrases that another mention overlaps are left alone ("the
    Colombian National Police" is a name of its own)."""
    taken = [(m.start - offset, m.end - offset) for m in existing]
    found: list[Mention] = []
    for token in doc:
        phrase = _state_phrase(token)
        if phrase is None:
            continue
        first, country = phrase
        span = doc[first.i : token.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        found.append(span_mention(span, document_id, offset, LOCATION, STATES_METHOD, country))
    return found
