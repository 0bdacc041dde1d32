"""The weak baseline: every two actors named in the same sentence are linked.

``co_mention`` relations (method ``cooccurrence-v1``) link each pair of distinct
Person/Organization/PublicBody/Company/LegalEntity/Location mentions that share a
sentence, in text order, without direction, date or type. They are the yardstick the
rule-based relations are measured against (``benchmarks/eval_relations.py``) and an
optional layer of the graph (``--co-mentions``), computed from the mentions table; they
are never stored as relations.
"""

from __future__ import annotations

from collections import defaultdict

from threadline.model import Extraction, Mention, Relation

TYPE = "co_mention"
METHOD = "cooccurrence-v1"
ACTOR_TYPES = frozenset(
    {"Person", "Organization", "PublicBody", "Company", "LegalEntity", "Location"}
)


def co_mentions(extraction: Extraction) -> list[Relation]:
    """One ``co_mention`` relation per pair of actor mentions sharing a sentence."""
    by_sentence: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for mention in extraction.mentions:
        if mention.type in ACTOR_TYPES:
            by_sentence[(mention.sentence_start, mention.sentence_end)].append(mention)
    relations = []
    for (start, end), mentions in sorted(by_sentence.items()):
        mentions.sort(key=lambda m: m.start)
        for i, source in enumerate(mentions):
            for target in mentions[i + 1 :]:
                if source.text == target.text:
                    continue
                relations.append(
                    Relation(
                        document=extraction.document.id,
                        type=TYPE,
                        source=source.id,
                        target=target.id,
                        start=start,
                        end=end,
                        method=METHOD,
                    )
                )
    return relations
