"""Phrases around a trigger that hold its arguments (see :mod:`.arguments`): the place on
an acting subject ("Authorities *in Spain* arrested…"), where an event noun was held
("the talks were held *in Geneva*"), who led it ("the *DEA*-led operation"), the verb
that says what it is for ("the operation *to isolate* Raqqah", "the raid, *conducted by*
the FBI"), the verb it is the object of ("imposed sanctions *on* X", "took X *into*
custody"), who took part ("discussed it *during* their meeting"), who is thanked for it
and the owner of premises raided ("the home *of John Smith*").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from threadline.extract.relations.frames import arguments, subject_of
from threadline.extract.vocabulary import words


def places_of(actor: Token) -> Iterator[tuple[str, Token]]:
    """The place phrase on an acting subject: "Authorities *in Spain* arrested 27 people"."""
    for child in actor.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            yield from ((child.lower_, c) for c in child.children if c.dep_ == "pobj")


def where_held(noun: Token) -> Iterator[tuple[str, Token]]:
    """The place phrase of the verb an event noun is the subject of: "the meeting *took
    place in Vienna*", "the talks were held *in Geneva*", "the strike hit a depot *near
    Raqqah*"."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ != "VERB":
        return
    for child in noun.head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near"):
            yield from ((child.lower_, c) for c in child.children if c.dep_ == "pobj")


def led_by(noun: Token) -> Iterator[tuple[str, Token]]:
    """The agent written into a participle before an event noun: "the *DEA*-led
    operation", "a *police*-run raid"."""
    for child in noun.children:
        if child.dep_ == "amod" and child.lemma_.lower() in ("lead", "run", "coordinate"):
            for grand in child.children:
                if grand.dep_ in ("npadvmod", "compound", "nmod") and grand.i < child.i:
                    yield "agent", grand


def purpose(noun: Token) -> Iterator[tuple[str, Token]]:
    """Arguments of the verb that says what an event noun is for, where it was held or
    who did it: "meetings *held* in Sochi with Putin", "the operation *to isolate*
    Raqqah", "the raid, *conducted* by the FBI"."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if noun.dep_ == "dobj":
        verbs += [c for c in noun.head.children if c.dep_ == "xcomp" and c.i > noun.i]
    for verb in verbs:
        for gram, head in arguments(verb):
            by_phrase = gram == "agent" and verb.tag_ == "VBN" and head.head.dep_ == "agent"
            if gram in ("in", "at", "with") or by_phrase:
                yield gram, head
            elif gram == "patient" and head.i > verb.i:
                yield "object", head


def owner_of_premises(token: Token) -> Token | None:
    """The owner of premises named by ``token``: "the home *of John Smith*", "*Smith's*
    offices"; ``None`` when ``token`` names no premises."""
    if token.lemma_.lower() not in words("events/premises_nouns"):
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def participants(noun: Token) -> Iterator[tuple[str, Token]]:
    """Who does something during, at or in a meeting takes part in it: "Sullivan and
    Videgaray discussed border security *during* their meeting", "Lavrov said *at* the
    talks", "Nielsen took part *in* a roundtable"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("during", "at", "in") and prep.head.pos_ == "VERB":
        subject = subject_of(prep.head)
        if subject is not None:
            yield "agent", subject


def thanked(noun: Token) -> Iterator[tuple[str, Token]]:
    """Who is thanked for an event carried it out: "thanks *the government of Mexico*
    for its assistance in the extradition", "grateful to *our Czech counterparts* for
    this extradition" (``data/events/thanking_words.txt``)."""
    if noun.dep_ == "compound":
        return  # "thanked the United States for the extradition request": it asked
    thanking = words("events/thanking_words")
    current = noun
    for _ in range(6):
        if current.head.i == current.i:
            return
        current = current.head
        if current.lemma_.lower() in thanking:
            for child in current.children:
                if child.dep_ == "dobj":
                    yield "agent", child
                elif child.dep_ == "prep" and child.lower_ == "to":
                    yield from (("agent", c) for c in child.children if c.dep_ == "pobj")
            return


def on_verb(token: Token, raid: bool) -> Iterator[tuple[str, Token]]:
    """Arguments an event noun takes from the verb it is the object or passive subject
    of: "imposing sanctions *against* X", "conducted strikes *on* X", "sanctions were
    imposed on X *by* the EU"; for a raid, who executes "search warrants"."""
    phrase = token.head if token.dep_ == "compound" else token  # "sanctions listings"
    if phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ == "VERB":
        for child in phrase.head.children:
            if child.dep_ == "prep" and child.lower_ in ("against", "on"):
                yield from (("patient", c) for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "agent" and phrase.dep_ == "nsubjpass":
                yield from (("agent", c) for c in child.children if c.dep_ == "pobj")
        if phrase is not token and phrase.dep_ == "dobj" and raid:
            # "the FBI executed *search* warrants": who executes them searches
            subject = subject_of(phrase.head)
            if subject is not None:
                yield "agent", subject


def held_within(token: Token) -> Iterator[tuple[str, Token]]:
    """An event noun after *into*, *under* or *by*: "took X into custody", "X was placed
    under arrest in Y", "struck by a strike": the verb's object (or passive subject)
    undergoes it, its subject (or *by*-phrase) acts, its place phrases are the event's."""
    prep = token.head
    within = prep.dep_ == "agent" or prep.lower_ in ("into", "under")  # "struck by a strike"
    if token.dep_ == "pobj" and within and prep.head.pos_ == "VERB":
        acting = prep.head.head if prep.head.dep_ == "conj" else prep.head  # "struck and killed by"
        for child in acting.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                yield "patient", child
            elif child.dep_ == "nsubj":
                yield "agent", child
            elif child.dep_ == "agent":  # "taken into custody *by* ICE officers"
                yield from (("agent", c) for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ in ("in", "at"):
                yield from ((child.lower_, c) for c in child.children if c.dep_ == "pobj")
