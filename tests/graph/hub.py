"""A hub-and-spokes network for the bounded-neighbourhood tests: ``Hub`` met ``Spoke 0``…
``Spoke {n-1}`` (each meeting dated 2020; Spoke 0 met it three times and Spoke 1 twice, so
they are the strongest links) and every spoke paid its ``Leaf`` in 2010. One document per
spoke."""

from __future__ import annotations

from threadline.model import Document, Extraction, Mention, Relation
from threadline.store import Store
from threadline.store.documents import save_extraction


def _mention(doc: Document, text: str, word: str, entity: str, type_: str, at: int = 0) -> Mention:
    start = text.index(word, at)
    return Mention(doc.id, start, start + len(word), word, type_, 0, len(text), entity=entity)


def build_hub(store: Store, spokes: int = 120, collection: str = "alpha") -> None:
    for i in range(spokes):
        meetings = 3 - i if i < 3 else 1
        text = " ".join([f"Hub met Spoke {i}."] * meetings) + f" Spoke {i} paid Leaf {i}."
        doc = Document(text=text, source=f"hub{i}.txt", title=f"Hub {i}", collection=collection)
        hub = _mention(doc, text, "Hub", "ent-hub", "Person")
        spoke = _mention(doc, text, f"Spoke {i}", f"ent-spoke-{i}", "Person")
        payer = _mention(
            doc, text, f"Spoke {i}", f"ent-spoke-{i}", "Person", text.index("paid") - 12
        )
        leaf = _mention(doc, text, f"Leaf {i}", f"ent-leaf-{i}", "Organization")
        mentions = sorted(
            {m.id: m for m in (hub, spoke, payer, leaf)}.values(), key=lambda m: m.start
        )
        relations = [
            Relation(doc.id, "met", hub.id, spoke.id, k * 20, k * 20 + 16, "2020-05-01")
            for k in range(meetings)
        ]
        relations.append(
            Relation(doc.id, "paid", payer.id, leaf.id, payer.start, len(text), "2010-02-03")
        )
        save_extraction(store, Extraction(doc, mentions, relations=relations))
