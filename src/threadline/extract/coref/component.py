"""The ``threadline_coref_v1`` spaCy component: third-person pronouns and nominals.

It runs after roles (it reads the offices people hold) and before quotes (which use its
links for '"…," he said'). Links go to ``doc._.threadline_coref`` as
:class:`~threadline.extract.coref.rules.CorefSpan`. First-person pronouns inside a
quotation ("I", "we") are linked later, once quotations have speakers
(:mod:`threadline.extract.coref.mentions`); "we" outside them stands for the body that
issues the text (:mod:`threadline.extract.coref.issuer`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from threadline.extract.coref.antecedents import collect, share_gender
from threadline.extract.coref.cataphora import cataphor_link
from threadline.extract.coref.issuer import issuer_links
from threadline.extract.coref.lexicon import pronoun_classes
from threadline.extract.coref.nominals import head_kind, head_words, nominal_link
from threadline.extract.coref.rules import CorefSpan, pronoun_link
from threadline.extract.coref.sentences import sentence_numbers
from threadline.extract.doc_index import doc_text, inside_any
from threadline.extract.quote_marks import find_quote_segments


def find_links(doc: Doc) -> list[CorefSpan]:
    """Every third-person pronoun and nominal of ``doc`` linked to a named antecedent."""
    quoted = [(s.start, s.end) for s in find_quote_segments(doc_text(doc))]
    in_quotes = inside_any(quoted)
    antecedents = collect(doc, quoted)
    share_gender([a for a in antecedents if a.label == "PERSON"])
    classes = pronoun_classes()
    links: list[CorefSpan] = []
    heads = head_words()
    numbers = sentence_numbers(doc)
    opening = opening_sentences(doc, quoted, numbers)
    for token, sentence in zip(doc, numbers, strict=True):
        lower = token.lower_
        if (lower not in classes and lower.rstrip(".s") not in heads) or token.ent_type_:
            continue
        cls = classes.get(token.lower_)
        found: CorefSpan | None = None
        if cls is not None and token.pos_ in ("PRON", "DET"):
            inside = in_quotes(token.idx)
            # a quotation is its own text: the name of its speaker after it is no cataphor
            cataphor = None if inside else cataphor_link(token, cls, antecedents)
            speaker_at = opening(token.idx) if inside else None
            found = cataphor or pronoun_link(token, cls, sentence, inside, antecedents, speaker_at)
        elif (kind := head_kind(token)) is not None:
            owners = {k.start: k.antecedent for k in links[-3:]}
            found = nominal_link(doc, token.i, kind, sentence, antecedents, owners)
        if found is not None:
            links.append(found)
    return links + issuer_links(doc, quoted, antecedents)


def opening_sentences(
    doc: Doc, quoted: list[tuple[int, int]], numbers: list[int]
) -> Callable[[int], int | None]:
    """For a character inside a quotation, the number of the sentence its quotation opens
    in (where its speaker is named: 'Mukasey said, "… Calderon … We stand with *him*"')."""
    starts = [t.idx for t in doc]

    def opening(char: int) -> int | None:
        segment = next((s for s, e in quoted if s <= char < e), None)
        return None if segment is None else numbers[max(bisect_right(starts, segment) - 1, 0)]

    return opening


if not Doc.has_extension("threadline_coref"):
    Doc.set_extension("threadline_coref", default=None)


@Language.component("threadline_coref_v1")
def coref(doc: Doc) -> Doc:
    """Store the pronoun and nominal links of ``doc`` in ``doc._.threadline_coref``."""
    doc._.threadline_coref = find_links(doc)
    return doc
