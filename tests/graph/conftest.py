# `network` fills the `store` fixture by SQL with a small crime network: two documents in
# two collections, eight entities and relations (one negated, one alleged), and returns
# the store. Entity ids are readable (ent-guzman …) so assertions say what they mean.
from __future__ import annotations

import json
from typing import Any

import pytest

from threadline.store import Store

TEXT_A = (
    "Joaquin Guzman was extradited to the United States. "
    "Ismael Zambada leads the Sinaloa Cartel. "
    "Guzman is a member of the Sinaloa Cartel. "
    "Zambada allegedly paid Genaro Garcia Luna. "
    "Mexico did not cooperate with the United States."
)
TEXT_B = "HSBC laundered money for the Sinaloa Cartel."

ENTITIES = {
    "ent-guzman": ("Person", "Joaquin Guzman"),
    "ent-us": ("Location", "United States"),
    "ent-mexico": ("Location", "Mexico"),
    "ent-zambada": ("Person", "Ismael Zambada"),
    "ent-sinaloa": ("Organization", "Sinaloa Cartel"),
    "ent-hsbc": ("Company", "HSBC"),
    "ent-garcia": ("Person", "Genaro Garcia Luna"),
    "ent-alone": ("Person", "Nobody Linked"),
}

# (document, type, source entity, source words, target entity, target words, date,
#  negated, modality)
RELATIONS = [
    (
        "a",
        "extradited_to",
        "ent-guzman",
        "Joaquin Guzman",
        "ent-us",
        "United States",
        "2017-01-19",
        0,
        None,
    ),
    (
        "a",
        "leads",
        "ent-zambada",
        "Ismael Zambada",
        "ent-sinaloa",
        "Sinaloa Cartel",
        "2019-03-15",
        0,
        None,
    ),
    ("a", "member_of", "ent-guzman", "Guzman", "ent-sinaloa", "Sinaloa Cartel", None, 0, None),
    (
        "a",
        "paid",
        "ent-zambada",
        "Zambada",
        "ent-garcia",
        "Genaro Garcia Luna",
        "2018-11",
        0,
        "alleged",
    ),
    (
        "a",
        "cooperated_with",
        "ent-mexico",
        "Mexico",
        "ent-us",
        "United States",
        "2019-03-15",
        1,
        None,
    ),
    ("b", "laundered_for", "ent-hsbc", "HSBC", "ent-sinaloa", "Sinaloa Cartel", "2012", 0, None),
]


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(".", at) + 1
    return start, end


def fill(store: Store) -> None:
    texts = {"a": TEXT_A, "b": TEXT_B}
    with store.transaction():
        for key, text in texts.items():
            store.execute(
                "INSERT INTO documents (id, content_hash, title, source, date, collection, chars,"
                " text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01')",
                (f"doc-{key}", key, f"Doc {key}", f"{key}.txt", "2019-03-15", key, len(text), text),
            )
        for entity_id, (type_, name) in ENTITIES.items():
            store.execute(
                "INSERT INTO entities (id, type, name, key) VALUES (?, ?, ?, ?)",
                (entity_id, type_, name, name.lower()),
            )
        cursor: dict[str, int] = {"a": 0, "b": 0}
        for number, (doc, type_, src, src_words, tgt, tgt_words, date, neg, mod) in enumerate(
            RELATIONS
        ):
            text = texts[doc]
            mention_ids = []
            for entity_id, words in ((src, src_words), (tgt, tgt_words)):
                start = text.index(words, cursor[doc])
                s_start, s_end = _sentence(text, start)
                mention_id = f"men-{number}-{entity_id}"
                store.execute(
                    'INSERT INTO mentions (id, document, start, "end", text, type, entity,'
                    " sentence_start, sentence_end, method) VALUES (?,?,?,?,?,?,?,?,?,'test')",
                    (
                        mention_id,
                        f"doc-{doc}",
                        start,
                        start + len(words),
                        words,
                        ENTITIES[entity_id][0],
                        entity_id,
                        s_start,
                        s_end,
                    ),
                )
                mention_ids.append((mention_id, s_start, s_end))
            (source, s_start, s_end), (target, _, _) = mention_ids
            cursor[doc] = s_end
            store.execute(
                'INSERT INTO relations (id, document, type, source, target, start, "end", date,'
                " date_source, negated, modality, method, attributes)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,'test-v1',?)",
                (
                    f"rel-{number}",
                    f"doc-{doc}",
                    type_,
                    source,
                    target,
                    s_start,
                    s_end,
                    date,
                    "text" if date else None,
                    neg,
                    mod,
                    json.dumps({"role": "boss"}),
                ),
            )
        store.execute(
            'INSERT INTO mentions (id, document, start, "end", text, type, entity,'
            " sentence_start, sentence_end, method) VALUES ('men-alone', 'doc-b', 0, 4, 'HSBC',"
            " 'Person', 'ent-alone', 0, 10, 'test')"
        )


@pytest.fixture
def network(store: Store) -> Any:
    fill(store)
    return store
