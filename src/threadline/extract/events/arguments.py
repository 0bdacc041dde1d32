"""Event arguments from the dependency parse: who acts, who undergoes it, where.

The grammatical roles come from :mod:`threadline.extract.relations.frames` (subject or
*by*-phrase → agent; object or passive subject → patient; prepositions by name; an event
noun's owner, "Bout's arrest" → patient, "Mexico's withdrawal" → agent). They become
event roles by :data:`ROLE_OF`, then each is checked for kind (:func:`fits`): places are
locations; the person arrested, charged or extradited is a person or group, never a
place, a date or a news outlet; what a lifecycle event acts on is an agreement. The
other parties of an agreement ("an agreement *with Washington*", "*between* X and Y")
are its ``parties``: they sign it with the agent, but do not cancel or suspend it.

A raid on premises (``data/events/premises_nouns.txt``) targets their owner: "agents
raided the home of John Smith", "police raided Smith's offices" (:func:`owner_of_premises`).

The subject of a verb of ``data/events/self_verbs.txt`` undergoes the event ("X
*pleaded* guilty": X is convicted); a participle's *by*-phrase on an event noun acts
("the raid, conducted *by the FBI*").

Coordinated arguments each count ("sanctioned A, B and C" → three targets), as do the
names in apposition to a group noun ("its leaders A, B and C"). A pronoun or nominal
mention counts when coreference linked it to an antecedent; its kind is its
antecedent's ("arrested him" targets the person *him* refers to).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from threadline.extract.events.phrases import (
    held_within,
    led_by,
    on_verb,
    owner_of_premises,
    participants,
    places_of,
    purpose,
    thanked,
    where_held,
)
from threadline.extract.events.states import names_a_state
from threadline.extract.relations.frames import (
    MentionIndex,
    arguments,
    noun_arguments,
)
from threadline.extract.vocabulary import words
from threadline.model import LAW, LOCATION, NAME_MENTION, PERSON, PUBLIC_BODY, Mention

ACTORS = frozenset({PERSON, "Organization", "PublicBody", "Company", "LegalEntity", LOCATION})
PARTIES = frozenset({PERSON, "Organization", "PublicBody", "Company", "LegalEntity"})
#: Event types whose nouns' owner undergoes the event ("Bout's arrest"); for the others
#: the owner acts ("Treasury's designation", "their operation", "Russia's withdrawal").
PATIENT_OWNED = frozenset({"arrest", "extradition", "charge", "conviction", "sentence"})
#: Grammatical role → event role, by event type (``*`` for any type).
ROLE_OF: dict[str, dict[str, str]] = {
    "*": {
        "agent": "agents",
        "patient": "targets",
        "in": "places",
        "at": "places",
        "across": "places",
        "throughout": "places",
        "inside": "places",
        "near": "places",
    },
    "extradition": {"to": "places", "from": "agents"},
    "meeting": {"with": "agents", "patient": "agents"},
    "agreement": {"with": "parties", "between": "parties", "from": "targets"},
    "raid": {"against": "targets", "on": "targets"},
    "sanction": {"against": "targets", "on": "targets"},
}


def _modifier_role(type_: str, named: Mention) -> str:
    """The role of a name before an event noun: for an arrest, extradition, charge,
    conviction or sentence a state or public body acts ("*ICE* custody", "*Mexico's*
    extradition of Guzman") and a person or group undergoes it ("*Bout's* arrest"); for
    the others it acts ("*DEA* raids", "*EU* sanctions", "*Russia's* withdrawal")."""
    if family(type_) in PATIENT_OWNED and named.type not in (PUBLIC_BODY, LOCATION):
        return "targets"
    return "agents"


def family(type_: str) -> str:
    return "agreement" if type_.startswith("agreement") else type_


def role_of(type_: str, grammatical: str) -> str | None:
    """The event role of a grammatical role for events of ``type_`` (None: not one)."""
    specific = ROLE_OF.get(family(type_), {})
    return specific.get(grammatical, ROLE_OF["*"].get(grammatical))


def is_agreement(mention: Mention) -> bool:
    """A name with an agreement word ("Bicentennial Framework", "2002 treaty"); a law
    alone is no agreement ("signed into law the Intelligence Authorization Act")."""
    agreement_words = words("events/agreement_words")
    return any(w.strip(".,").lower() in agreement_words for w in mention.text.split())


def fits(type_: str, role: str, mention: Mention) -> bool:
    """Whether ``mention`` (already followed to its antecedent) can fill ``role``."""
    if role == "places":
        return mention.type == LOCATION
    if mention.type not in ACTORS and not (role == "targets" and mention.type == LAW):
        return False
    if mention.text.lower().strip("() ") in words("relations/news_outlets"):
        return False  # "(CNN) X was extradited": the outlet is no party
    if role == "targets":
        kind = family(type_)
        if kind == "agreement":
            return is_agreement(mention)
        if kind in PATIENT_OWNED:
            return mention.type in PARTIES
    return mention.type != LAW


def _with_owners(type_: str, found: Iterable[tuple[str, Token]]) -> Iterator[tuple[str, Token]]:
    for gram, head in found:
        yield gram, head
        owner = owner_of_premises(head) if type_ == "raid" and gram == "patient" else None
        if owner is not None:
            yield gram, owner


def _owned(token: Token, owner: str) -> Iterator[tuple[str, Token]]:
    """An event noun's own arguments (:func:`noun_arguments`), its owner or modifier as
    ``modifier`` (the kind decides its role, :func:`_modifier_role`), and the subject of
    its verb when that verb is its own."""
    verb = token.head
    undergoes = owner == "patient" and verb.lemma_.lower() in words("events/undergo_verbs")
    for gram, head in noun_arguments(token, owner):
        if gram == owner and head.dep_ in ("compound", "poss", "nmod") and head.head.i == token.i:
            gram = "modifier"  # "ICE custody", "Bout's arrest": the kind decides (roles)
        if gram == "agent" and head.head.i != token.i:
            # the verb's subject: only its own ("In announcing the extraditions,
            # Mukasey said": Mukasey extradites no one), and it undergoes the event
            # under "receive", "serve" ("he received a prison term")
            if head.head.i != verb.i:
                continue
            if owner == "patient" and verb.lemma_.lower() in words("events/reporting_verbs"):
                continue  # "the Justice Department announced the arrests": it reports them
            gram = "patient" if undergoes else gram
            if gram == "agent" and head.dep_ == "nsubj":
                yield from places_of(head)  # "a grand jury *in Texas* returned an indictment"
        yield gram, head


def grammatical(token: Token, type_: str, nominal: bool) -> Iterator[tuple[str, Token]]:
    """(grammatical role, head token) of each argument of a trigger; ``object`` is what
    an event noun's purpose verb acts on (a place, or else a target)."""
    if not nominal:
        undergoes = token.lemma_.lower() in words("events/self_verbs")
        for gram, head in arguments(token):
            yield ("patient" if undergoes and gram == "agent" else gram), head
            if gram == "agent" and head.dep_ == "nsubj":
                yield from places_of(head)  # "Authorities in Spain arrested …"
        return
    owner = "patient" if family(type_) in PATIENT_OWNED else "agent"
    yield from _owned(token, owner)
    yield from on_verb(token, raid=family(type_) == "raid")
    yield from held_within(token)
    if token.dep_ == "compound":  # "arrest warrants", "extradition request for X"
        for gram, head in noun_arguments(token.head, owner):
            if head.i != token.i:
                yield ("patient" if gram == "for" else gram), head
    if family(type_) == "meeting":
        yield from participants(token)
    yield from thanked(token)
    yield from purpose(token)
    yield from led_by(token)
    yield from where_held(token)


def reporter(trigger: Token) -> Token | None:
    """The subject of the reporting verb whose clause states the event ("Moscow has
    cancelled the agreement, Ryabkov *said*"; "Treasury *announced* it sanctioned X")."""
    current = trigger
    for _ in range(4):
        if current.dep_ not in ("ccomp", "conj", "xcomp", "dobj", "pobj", "prep", "compound"):
            return None
        current = current.head
        if current.lemma_.lower() in words("events/reporting_verbs"):
            return next((c for c in current.children if c.dep_ == "nsubj"), None)
    return None


class Arguments:
    """Mentions of arguments, with coreference followed (``antecedent``)."""

    def __init__(self, index: MentionIndex, mentions: list[Mention]) -> None:
        self.index = index
        self.by_id = {m.id: m for m in mentions}

    def referent(self, mention: Mention) -> Mention | None:
        """The named mention a pronoun/nominal refers to (itself for a name)."""
        current: Mention | None = mention
        for _ in range(5):  # antecedent chains are short; this also stops cycles
            if current is None or current.kind == NAME_MENTION:
                return current
            current = self.by_id.get(current.antecedent or "")
        return None

    def expand(self, token: Token) -> list[Mention]:
        """The mentions of an argument, of arguments coordinated with it, and of names in
        apposition to it ("its leaders A, B and C")."""
        found: list[Mention] = []
        queue = [token]
        seen: set[int] = set()
        while queue:
            current = queue.pop(0)
            if current.i in seen:
                continue
            seen.add(current.i)
            mention = self.index.at(current)
            if mention is not None and mention not in found:
                found.append(mention)
            own = self.index.by_token.get(current.i)
            for child in current.children:
                # a list in apposition is parsed as a chain: "leaders A, B and C" →
                # A appos of leaders, B appos of A, C conj of B; but a body in apposition
                # to a person is a description ("Joseph Votel, commander,
                # U.S. Central Command"), not one more argument
                named = self.index.by_token.get(child.i)
                if child.dep_ == "conj" or (
                    child.dep_ == "appos"
                    and named is not None
                    and not (own is not None and own.type == PERSON != named.type)
                ):
                    queue.append(child)
        return found

    def roles(
        self,
        token: Token,
        type_: str,
        nominal: bool,
        extra: Iterable[tuple[str, Token]] = (),
    ) -> dict[str, list[Mention]]:
        """Event role → mentions (as written: pronouns stay pronouns), kinds checked;
        ``extra`` adds (grammatical role, token) pairs found by other rules."""
        found: dict[str, list[Mention]] = {"agents": [], "targets": [], "places": [], "parties": []}
        found_args = [*grammatical(token, type_, nominal), *extra]
        for gram, head in _with_owners(type_, found_args):
            role = role_of(type_, gram)
            extra_role = gram in ("object", "modifier")
            for mention in self.expand(head) if role or extra_role else []:
                named = self.referent(mention)
                if named is None:
                    continue
                if gram == "object":
                    role = "places" if named.type == LOCATION else "targets"
                if gram == "modifier":
                    role = _modifier_role(type_, named)
                if role == "agents" and named.type == LOCATION and not names_a_state(named):
                    role = "places"  # "the Mosul offensive": a city does not act
                if role is None or not fits(type_, role, named):
                    continue
                if mention not in found[role]:
                    found[role].append(mention)
        return found

    def reporter(self, token: Token) -> Mention | None:
        """The person or body that reports the event (see :func:`reporter`)."""
        head = reporter(token)
        mention = self.index.at(head) if head is not None else None
        named = self.referent(mention) if mention is not None else None
        return mention if named is not None and named.type in PARTIES else None
