"""A tiny two-collection database for the API and browser tests (texts written for tests).

``alpha`` and ``beta`` both mention Janet Yellen and Interpol; users: ``admin`` (all),
``ana`` (analyst, alpha: write), ``val`` (viewer, alpha: read), ``bob`` (analyst, beta:
write). Every user's password is ``PASSWORD``.
"""

from __future__ import annotations

from typing import Any

from threadline.model import Document, Extraction, Mention, Quote, Relation, Role
from threadline.store import Store
from threadline.store import auth as auth_store
from threadline.store.documents import save_extraction

PASSWORD = "correct horse battery"

ALPHA = (
    'Treasury Secretary Janet Yellen said "we will act against the cartel." '
    "Yellen met Interpol in Lyon on 3 March 2021."
)
BETA = (
    "Joaquin Guzman was extradited to the United States. "
    'Interpol said "the network of Guzman is broken." Guzman never met Yellen.'
)
ENTITIES = {
    "Janet Yellen": ("ent-yellen", "Person"),
    "Yellen": ("ent-yellen", "Person"),
    "Interpol": ("ent-interpol", "PublicBody"),
    "Lyon": ("ent-lyon", "Location"),
    "Joaquin Guzman": ("ent-guzman", "Person"),
    "Guzman": ("ent-guzman", "Person"),
    "United States": ("ent-us", "Location"),
}


def _mentions(doc: Document, names: list[str]) -> list[Mention]:
    found = []
    for name in names:
        start = -1
        while (start := doc.text.find(name, start + 1)) != -1:
            if any(m.start <= start < m.end for m in found):
                continue
            entity, type_ = ENTITIES[name]
            s_start = doc.text.rfind(". ", 0, start) + 2 if ". " in doc.text[:start] else 0
            s_end = doc.text.find(". ", start)
            s_end = len(doc.text) if s_end == -1 else s_end + 1
            found.append(
                Mention(
                    doc.id, start, start + len(name), name, type_, s_start, s_end, entity=entity
                )
            )
    return sorted(found, key=lambda m: m.start)


def _extraction(text: str, collection: str, title: str, date: str) -> Extraction:
    doc = Document(
        text=text, source=f"{collection}.txt", title=title, date=date, collection=collection
    )
    ex = Extraction(doc, _mentions(doc, ["Janet Yellen", "Joaquin Guzman", *ENTITIES]))
    quote_start = text.index('"') + 1
    quote_end = text.index('"', quote_start)
    speaker = ex.mentions[0]
    ex.quotes.append(
        Quote(doc.id, quote_start, quote_end, text[quote_start:quote_end], speaker.text, speaker.id)
    )
    return ex


def build(store: Store) -> dict[str, Any]:
    """Fill ``store``; returns document ids and an API token per user."""
    alpha = _extraction(ALPHA, "alpha", "Yellen on the cartel", "2021-03-03")
    alpha.roles.append(Role(alpha.document.id, alpha.mentions[0].id, "Treasury Secretary", 0, 18))
    yellen, interpol = alpha.mentions[1], alpha.mentions[2]
    alpha.relations.append(
        Relation(
            alpha.document.id,
            "met",
            yellen.id,
            interpol.id,
            ALPHA.index("Yellen met"),
            len(ALPHA),
            "2021-03-03",
        )
    )
    beta = _extraction(BETA, "beta", "Guzman extradited", "2019-07-17")
    for extraction in (alpha, beta):
        save_extraction(store, extraction)
    auth_store.add_user(store, "admin", PASSWORD, "admin")
    auth_store.add_user(store, "ana", PASSWORD, "analyst")
    auth_store.add_user(store, "val", PASSWORD, "viewer")
    auth_store.add_user(store, "bob", PASSWORD, "analyst")
    auth_store.grant(store, "ana", "alpha", "write")
    auth_store.grant(store, "val", "alpha", "read")
    auth_store.grant(store, "bob", "beta", "write")
    tokens = {
        name: auth_store.create_token(store, name, "tests")[1]
        for name in ("admin", "ana", "val", "bob")
    }
    return {"alpha": alpha.document.id, "beta": beta.document.id, "tokens": tokens}
