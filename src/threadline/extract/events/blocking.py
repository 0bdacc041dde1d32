"""Words that look like triggers but state no event.

A word is not a trigger when it lies inside a name ("Specially Designated Global
Terrorist"), when a noun counts events rather than states one ("the number of
extraditions", ``aggregates.txt``), modifies a noun other than those of
``compound_heads.txt`` ("an extradition treaty", "a meeting place"; but "arrest
warrants", "an extradition request" count), or
sits under a verb of ``blocking_governors.txt`` ("faces charges", "evaded arrest",
"subject to designation"); nor is a participle used as an adjective ("the *designated*
persons are blocked"): it labels, it states no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from threadline.extract.vocabulary import words


def governor(token: Token) -> Token:
    """The verb a noun depends on, through prepositions and coordinated nouns ("imposed
    sanctions", "announced the designation of", "led to the arrest of")."""
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            return head
        if current.dep_ == "pobj" and head.head.pos_ not in ("VERB", "AUX"):
            break  # "the start of the operation": the noun's governor is "start"
        if current.dep_ not in ("pobj", "conj", "prep", "dobj", "compound", "appos"):
            break
        current = head
    return current


def _in_name_run(token: Token) -> bool:
    if token.i == token.sent.start or not token.text[:1].isupper():
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(n.is_alpha and n.text[:1].isupper() and n.i != n.sent.start for n in neighbours)


def _heads_event_name(token: Token) -> bool:
    """A meeting's name ends in its kind: "the Woodside *Summit*", "the UK-France *Summit*
    2016" state a meeting (``data/events/event_name_heads.txt``); inside a longer name
    ("the Summit of the Americas Secretariat") the word is not the head."""
    if token.lower_ not in words("events/event_name_heads"):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or not (after.text[:1].isupper() or after.lower_ == "of")


def after_blocking_prefix(token: Token) -> bool:
    """Whether ``token`` is the tail of a hyphenated word whose prefix makes it another
    word: "co-operation" states no operation (``data/events/blocking_prefixes.txt``)."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    return doc[i - 2].lower_ in words("events/blocking_prefixes")


#: Finite verb tags: a lower-case word with one is no part of a name.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def blocked(token: Token, nominal: bool, inside: set[int], headline: bool) -> bool:
    if token.i in inside and token.text.islower() and token.tag_ in _FINITE:
        pass  # a verb the tagger swept into a name: "[Czech Republic extradited Omarov]"
    elif token.i in inside or (not headline and _in_name_run(token)):
        return not _heads_event_name(token)
    if after_blocking_prefix(token):
        return True
    if not nominal:
        # "the designated persons", "sanctioned entities": a label, not an event stated;
        # "remains detained": a state
        if token.dep_ in ("acomp", "xcomp", "oprd") and _blocking(token.head):
            return True
        # the tagger reads "remains" in "remains detained" as an auxiliary
        if any(c.dep_ == "auxpass" and c.lower_.startswith("remain") for c in token.children):
            return True
        return token.dep_ == "amod" and token.tag_ == "VBN"
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and _blocking(head.head):
        return True  # "subject to designation", "exposed to sanctions"
    if token.dep_ == "compound" and head.lemma_.lower() not in words("events/compound_heads"):
        return True
    if token.dep_ == "pobj" and head.head.lemma_.lower() in words("events/aggregates"):
        return True
    return _blocking(governor(token))


def _blocking(word: Token) -> bool:
    return word.lemma_.lower() in words("events/blocking_governors")
