"""A demonym before a title names the country of the office: "*Iraqi* Prime Minister
Haider al-Abadi", "*Mexican* Attorney General Medina Mora", "the *Russian* Foreign
Minister" (rule ``relations-demonyms-v1``).

The demonym becomes a Location mention of the country (canonical form from rigour's
territory names), so the title rules of :mod:`.titles` tie the person to it: ``leads``
for a head of state or government, ``holds_role`` for any other office. A demonym that
names no country ("Islamic", "European") or that another mention covers is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from threadline.extract.gazetteer import country_of_demonym
from threadline.extract.mentions import span_mention
from threadline.extract.relations.titles import TITLES
from threadline.model import LOCATION, Mention

METHOD = "relations-demonyms-v1"
#: Words that may stand between a demonym and its title: "Iraqi *Prime* Minister",
#: "Mexican *Attorney* General", "Egyptian *Prosecutor* General".
_SPAN = 3


def _country(token: Token) -> str | None:
    if token.tag_ not in ("JJ", "NNP", "NNPS"):
        return None
    return country_of_demonym(token.text)


def _demonym(title: Token) -> tuple[Token, str] | None:
    """The demonym and its country among the words just before a title noun."""
    for back in range(1, _SPAN + 1):
        if title.i - back < 0:
            return None
        token = title.doc[title.i - back]
        if token.is_punct or token.pos_ in ("DET", "ADP", "VERB"):
            return None
        country = _country(token)
        if country is not None:
            return token, country
    return None


def title_state_mentions(
    doc: Doc, document_id: str, offset: int, existing: list[Mention]
) -> list[Mention]:
    """Location mentions for demonyms before titles (see the module docstring)."""
    taken = [(m.start - offset, m.end - offset) for m in existing]
    found: list[Mention] = []
    for token in doc:
        if token.lower_ not in TITLES or token.pos_ not in ("NOUN", "PROPN"):
            continue
        demonym = _demonym(token)
        if demonym is None:
            continue
        word, country = demonym
        span = doc[word.i : word.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        taken.append((span.start_char, span.end_char))
        found.append(span_mention(span, document_id, offset, LOCATION, METHOD, country))
    return found
