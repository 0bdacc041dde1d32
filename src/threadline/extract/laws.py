"""Laws, treaties and agreements: "the Bank Secrecy Act", "Resolution 2254".

Token patterns over a legal keyword (Act, Treaty, Convention, Agreement, Accord,
Protocol, Resolution, Code, Directive, Regulation, Charter, Pact, Statute):

* capitalised words before the keyword, optionally a year after it
  ("Proceeds of Crime Act 2002", "Bank Secrecy Act");
* the keyword followed by "of/on/against/for" and capitalised words
  ("UN Convention against Transnational Organized Crime");
* the keyword followed by a number ("Security Council resolution 1373");
* a year, a few words and a lower-case keyword ("the 1999 mutual legal assistance treaty").
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from threadline.extract.doc_index import doc_text
from threadline.extract.gazetteer import merge_match
from threadline.extract.lexicon import FUNCTION_WORDS
from threadline.extract.spans import make_entity, set_entities

METHOD = "rule:law-v1"
KEYWORDS = [
    "act", "treaty", "convention", "agreement", "accord", "protocol", "resolution",
    "code", "directive", "regulation", "charter", "pact", "statute",
]  # fmt: skip
_CAP: dict[str, Any] = {"TEXT": {"REGEX": r"^(?:[A-Z][\w.'’]*|\d{4})$"}}
_CONNECT: dict[str, Any] = {
    "LOWER": {"IN": ["of", "and", "on", "for", "against", "the", "in", "to", "-"]}
}
_KEYWORD_TITLE: dict[str, Any] = {"LOWER": {"IN": KEYWORDS}, "IS_TITLE": True}
_YEAR: dict[str, Any] = {"TEXT": {"REGEX": r"^(?:1[89]|20)\d\d$"}}


#: Words one of which every pattern of :func:`law_patterns` needs.
NEEDED = frozenset(KEYWORDS) | {"deal"}


def law_patterns() -> list[list[dict[str, Any]]]:
    """The Matcher patterns listed in the module docstring."""
    named_before: list[dict[str, Any]] = [
        {**_CAP, "OP": "+"},
        {**_CONNECT, "OP": "?"},
        {**_CAP, "OP": "*"},
        {**_CONNECT, "OP": "?"},
        {**_CAP, "OP": "*"},
        _KEYWORD_TITLE,
        {**_YEAR, "OP": "?"},
    ]
    named_after: list[dict[str, Any]] = [
        {**_CAP, "OP": "*"},
        _KEYWORD_TITLE,
        {"LOWER": {"IN": ["of", "on", "against", "for"]}},
        {"LOWER": "the", "OP": "?"},
        {**_CAP, "OP": "+"},
        {**_CONNECT, "OP": "?"},
        {**_CAP, "OP": "*"},
        {**_CONNECT, "OP": "?"},
        {**_CAP, "OP": "*"},
    ]
    numbered: list[dict[str, Any]] = [
        {**_CAP, "OP": "*"},
        {"LOWER": {"IN": ["resolution", "act", "directive", "regulation"]}},
        {"LOWER": {"IN": ["no", "no.", "number"]}, "OP": "?"},
        {"TEXT": {"REGEX": r"^\d[\d/().-]*$"}},
    ]
    dated: list[dict[str, Any]] = [
        _YEAR,
        {"IS_ALPHA": True, "POS": {"IN": ["ADJ", "NOUN", "PROPN"]}, "OP": "{0,4}"},
        {"LOWER": {"IN": ["treaty", "agreement", "convention", "accord", "pact", "deal"]}},
    ]
    return [named_before, named_after, numbered, dated]


def trim_law(span: Span) -> tuple[int, int]:
    """Bounds of a law's name without leading function words ("In the Patriot Act")."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in FUNCTION_WORDS:
        start += 1
    return start, span.end


class Laws:
    """Pipeline component tagging laws, treaties and agreements as ``LAW``."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("LAW", law_patterns(), greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc).lower()
        if not any(word in text for word in NEEDED):
            return doc  # every pattern needs one of these words: skip the Matcher
        found: list[Span] = []
        for _key, start, end in self.matcher(doc):
            s, e = trim_law(doc[start:end])
            if e - s >= 2:
                found.append(make_entity(doc, s, e, "LAW", METHOD))
        ents = list(doc.ents)
        laws: list[Span] = []
        for match in sorted(found, key=lambda m: m.start - m.end):
            if any(law.start <= match.start and match.end <= law.end for law in laws):
                continue
            overlapping = [x for x in ents if x.start < match.end and match.start < x.end]
            if any(x.label_ == "LAW" and x.id_ and x.id_ != METHOD for x in overlapping):
                continue  # a gazetteer law already covers it
            merged, ents = merge_match(match, ents)
            laws.append(make_entity(doc, merged.start, merged.end, "LAW", METHOD))
        set_entities(doc, ents, prefer=laws)
        return doc


@Language.factory("threadline_laws_v1")
def make_laws(nlp: Language, name: str) -> Laws:
    return Laws(nlp)
