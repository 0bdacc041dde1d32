"""Status (modality) of an event: how the text presents it.

Read from the trigger and the verbs that govern it, up to three links up ("*refused* to
extradite", "*decided* to impose sanctions", "*requested* the extradition of X"); the
word lists are ``data/events/status/<status>.txt``:

- ``negated``: a negation on the trigger or its verb ("was *not* arrested");
- ``denied``: a verb of refusal governs it ("Mexico *refused* to extradite X");
- ``requested``, ``approved``, ``blocked``, ``announced``, ``planned``: a governing verb
  of that list ("*sought* the extradition", "the court *approved* the extradition",
  "*blocked* the extradition", "*decided* to impose sanctions", "*plans* to sign"), or
  a noun of it the trigger modifies ("an extradition *request*");
- ``planned`` also for the auxiliaries *will*/*shall* ("will be extradited");
- ``occurred`` otherwise: the event is stated as fact ("announced the designation of X"
  states a designation that happened).

:func:`is_hypothetical` tells conditions and hypotheses apart ("if convicted", "could be
charged"); they state no event at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from threadline.extract.events.blocking import governor
from threadline.extract.vocabulary import words

#: Checked in this order: the first list a governing word is on names the status.
STATUSES = ("denied", "blocked", "requested", "approved", "announced", "planned")
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_UP = frozenset({"xcomp", "ccomp", "pcomp", "prep", "advcl", "conj", "dobj", "pobj", "acomp"})


def _negated(token: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in _NEGATORS)
        for c in token.children
    )


def _listed(lemma: str) -> str | None:
    for status in STATUSES:
        if lemma in words(f"events/status/{status}"):
            return status
    return None


def _chain(trigger: Token, nominal: bool) -> list[Token]:
    """The trigger's verb, then the verbs above it through complements."""
    verb = governor(trigger) if nominal else trigger
    chain = [verb] if verb.pos_ in ("VERB", "AUX") else []
    current = verb
    for _ in range(3):
        if current.dep_ not in _UP or current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            chain.append(current)
    return chain


#: Modal auxiliaries of hypotheses ("could be charged"); *will* plans, see above.
_HYPOTHETICAL = frozenset({"could", "might", "may", "would"})


def future_in_past(verb: Token) -> bool:
    """ "Would" reported after a past verb is the past of "will", a plan, not a
    hypothesis: "he said the task force *would* strike the convoy", "made it clear that
    we *would* strike"."""
    has_would = any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
    return has_would and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD"


def _present(verb: Token) -> bool:
    """A verb in the present tense, itself or its auxiliary ("is sentenced")."""
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(tag in ("VBZ", "VBP") for tag in tags)


def is_hypothetical(trigger: Token, nominal: bool) -> bool:
    """Conditions, penalties and hypotheses state no event: "*if* convicted, he faces
    life", "*could* be charged", "information *leading* to their arrest", "presumed
    innocent *until* proven guilty", "faces 20 years *when* he *is* sentenced" (a clause
    of *when* or *once* in the present speaks of what may come)."""
    chain = _chain(trigger, nominal)
    if nominal and trigger.dep_ in ("nsubj", "nsubjpass") and chain:
        # the subject of a hedged verb is taken as given: "a Coalition strike *may* have
        # caused civilian casualties" states the strike; the hedge is on what it caused
        chain = chain[1:]
    for verb in [trigger, *chain[:2]]:
        for child in verb.children:
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "until"):
                return True
            temporal = child.dep_ in ("mark", "advmod") and child.lower_ in ("when", "once")
            if temporal and _present(verb):
                return True  # "faces up to 20 years *when* he *is* sentenced"
            if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL and not future_in_past(verb):
                return True
    verb = chain[0] if chain else trigger
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb is not trigger


def is_penalty(trigger: Token) -> bool:
    """A prison term the law provides is no sentence: "faces a *maximum* penalty of 20
    years in prison", "*punishable* by up to 10 years" (``data/events/penalty_words.txt``,
    looked for on the trigger and the three words above it)."""
    current = trigger
    for _ in range(4):
        if current.lemma_.lower() in words("events/penalty_words"):
            return True
        if any(c.lemma_.lower() in words("events/penalty_words") for c in current.children):
            return True
        if current.head.i == current.i:
            break
        current = current.head
    return False


def is_enabled_only(trigger: Token, nominal: bool) -> bool:
    """A power a law gives states no event: "the Kingpin Act *authorizes* the Treasury to
    impose sanctions" (an enabling verb, ``data/events/enabling_verbs.txt``, whose subject
    is a law, ``data/events/statute_nouns.txt`` or a name ending in "Act"). A court that
    authorizes an extradition approves it (see :func:`status_of`)."""
    for verb in _chain(trigger, nominal):
        if verb.lemma_.lower() not in words("events/enabling_verbs"):
            continue
        for child in verb.children:
            if child.dep_ == "nsubj" and (
                child.lemma_.lower() in words("events/statute_nouns") or child.text == "Act"
            ):
                return True
    return False


def _noun_status(trigger: Token) -> str | None:
    """The status words of an event noun's own phrase: the noun it modifies ("an
    extradition *request*"), its modifiers ("the *planned* raid", "*upcoming* talks")
    and the noun it serves ("in *preparation* for the Mosul offensive", "a *request*
    for extradition")."""
    if trigger.dep_ == "compound" and (found := _listed(trigger.head.lemma_.lower())):
        return found
    for child in trigger.children:
        if child.dep_ in ("compound", "amod") and (found := _listed(child.lemma_.lower())):
            return found
    owner = trigger.head.head if trigger.dep_ == "pobj" else None
    if owner is not None and owner.pos_ == "NOUN":
        return _listed(owner.lemma_.lower())
    return None


def status_of(trigger: Token, nominal: bool) -> str:
    """The status of the event ``trigger`` states (one of ``EVENT_STATUSES``)."""
    chain = _chain(trigger, nominal)
    if (not nominal and _negated(trigger)) or any(_negated(v) for v in chain[:1]):
        first = chain[0].lemma_.lower() if chain else ""
        return "denied" if _listed(first) == "denied" else "negated"
    for verb in chain if nominal else chain[1:]:
        found = _listed(verb.lemma_.lower())
        if found is not None:
            return found  # "denied the extradition request": denied, not requested
    if nominal and (found := _noun_status(trigger)):
        return found
    for verb in chain[:2]:
        if future_in_past(verb) or any(
            c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in verb.children
        ):
            return "planned"
    return "occurred"
