"""Predicate frames: a trigger lemma, its arguments in the dependency parse, and the edges.

A :class:`Predicate` says which verb lemmas trigger it ("extradite"), and which binary
relations to emit between its arguments: ``("extradited_to", "patient", "to")`` reads
"the person extradited → the place after *to*". Arguments are found in the parse, not in
the raw string:

- ``agent``: the subject (``nsubj``), or the *by*-phrase of a passive verb;
- ``patient``: the direct object, or the subject of a passive verb ("X was extradited");
- a preposition name (``to``, ``from``, ``with``, ``in``, ``under``, ``for`` …): its object.

Subjects are inherited across coordination ("arrested X and extradited him"), control
verbs ("plans to sign") and relative clauses ("X, who leads Y"); coordinated arguments
("Mexico and Colombia signed") each get their own relation. An argument counts only when
its head word lies in a mention (or a mention modifies it: "the Mexican government").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from threadline.extract.vocabulary import words
from threadline.model import LOCATION, Mention

#: Mention types that can act: sign, arrest, pay, meet. Countries act too.
ACTORS = frozenset({"Person", "Organization", "PublicBody", "Company", "LegalEntity", LOCATION})
PLACES = frozenset({LOCATION})
PEOPLE = frozenset({"Person", "Organization", "PublicBody", "Company", "LegalEntity"})
#: Words that make any mention a law/agreement when the extractor typed it otherwise.
AGREEMENT_WORDS = frozenset(
    {
        "agreement",
        "treaty",
        "convention",
        "accord",
        "act",
        "protocol",
        "memorandum",
        "pact",
        "deal",
        "law",
        "resolution",
        "order",
        "program",
        "programme",
        "regulation",
    }
)
_RELATIVE = frozenset({"who", "which", "that", "whom"})
#: Links climbed to find a verb's subject: "X plans to *sign*" (xcomp), "X met Y and
#: *signed*" (conj), "X remains committed to *carrying out* attacks" (pcomp, prep, acomp).
_CLIMB = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "acomp"})
_PRONOUNS = frozenset({"its", "his", "her", "their", "our", "my", "your"})
_MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod")
#: "the port of X" stands for X when it is an argument ("controls the port of X").
PLACE_NOUNS = frozenset(
    {
        "port",
        "city",
        "town",
        "village",
        "region",
        "province",
        "state",
        "area",
        "territory",
        "border",
        "airport",
        "capital",
        "district",
        "municipality",
        "outskirts",
    }
)
#: "members of X" stands for X when it is an argument ("arrested 20 members of X").


@dataclass(frozen=True)
class Predicate:
    """A family of trigger lemmas and the relations their arguments make."""

    lemmas: frozenset[str]
    edges: tuple[tuple[str, str, str], ...]  # (relation type, source role, target role)
    roles: dict[str, frozenset[str]] = field(default_factory=dict)  # allowed mention types
    #: Nouns that name the same event ("extradition"), and the role of their owner
    #: ("Guzman's extradition": patient; "Mexico's withdrawal": agent).
    nouns: frozenset[str] = frozenset()
    owner: str = "patient"
    #: When set, the verb counts only with one of these objects ("took *bribes*").
    objects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Nominal:
    """A relation found from a noun rather than a verb ("X, the head of Y"; "Y's fight
    against Z"): its type, its two mentions, the trigger word and the method stem."""

    type: str
    source: Mention
    target: Mention
    trigger: Token
    method: str
    attributes: dict[str, str] = field(default_factory=dict)
    #: Whether the verb governing the noun speaks for the event ("did not conduct strikes
    #: against Y": yes; "seeking to join the SDF's fight against Y": no, the SDF fights).
    clausal: bool = True


class MentionIndex:
    """Which mention (if any) covers each token of a parsed document."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, mention)

    def at(self, token: Token) -> Mention | None:
        """The mention of a nominal argument: its head word's; else the name in apposition
        ("Ecuador's president, Daniel Noboa"); else a modifier's ("the Mexican
        government"); else, for a group or place noun, what follows *of* ("20 members of
        the 'Ndrangheta", "the port of Manzanillo"), and for a body's staff also *with* or
        *from* ("special agents *with* Homeland Security Investigations", "officers from
        Europol")."""
        found = self.by_token.get(token.i)
        if found is not None:
            return found
        children = list(token.children)
        for child in children:
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i]
        for child in children:
            if child.dep_ in _MODIFIERS and child.i in self.by_token:
                return self.by_token[child.i]
        lemma = token.lemma_.lower()
        staff = lemma in words("relations/staff_nouns")
        if staff or lemma in words("relations/group_nouns") or lemma in PLACE_NOUNS:
            preps = ("of", "with", "from") if staff else ("of",)
            for child in children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    pobj = _pobj(child)
                    if pobj is not None and pobj.i in self.by_token:
                        return self.by_token[pobj.i]
        return None

    def expand(self, token: Token | None) -> list[Mention]:
        """The mentions of an argument and of every argument coordinated with it."""
        found: list[Mention] = []
        queue = [token] if token is not None else []
        while queue:
            current = queue.pop(0)
            mention = self.at(current)
            if mention is not None and mention not in found:
                found.append(mention)
            queue.extend(c for c in current.children if c.dep_ == "conj")
        return found


def is_passive(verb: Token) -> bool:
    """A passive verb ("was extradited"), or a bare participle coordinated with one: in
    "She was charged and extradited" both verbs are passive, so "she" undergoes both."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.i == verb.i:
        return False
    # a past form the tagger read as active ("was arrested … and *extradited* to the
    # United States", VBD) is passive too when it has no subject or object of its own
    own = ("nsubj", "aux", "auxpass", "nsubjpass") + (("dobj",) if verb.tag_ == "VBD" else ())
    return not any(c.dep_ in own for c in verb.children) and is_passive(verb.head)


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject, inherited through conj/xcomp/relcl when absent (through
    an xcomp, the object of the verb above when it has one: "urged *Mexico* to
    extradite"). A clause has one subject: when the parser gives a verb two
    ("WASHINGTON – Today, the Mexican government extradited …"), the one nearest the verb
    is it."""
    current: Token | None = verb
    for _ in range(5):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            here = current.i
            child = min(subjects, key=lambda c: abs(c.i - here))
            if child.lower_ in _RELATIVE and current.dep_ == "relcl":
                return current.head
            return child
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return current.head  # "Guzman, extradited to the US in 2017, …"
        if current.dep_ == "xcomp":  # "urged *Mexico* to extradite": its object acts
            objects = [c for c in current.head.children if c.dep_ == "dobj"]
            if objects:
                return objects[0]
        if current.dep_ in _CLIMB and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None


def noun_arguments(noun: Token, owner: str) -> Iterator[tuple[str, Token]]:
    """Arguments of an event noun: its owner or modifier ("Guzman's extradition", "U.S.
    sanctions") in role ``owner``; *of* → patient, *by* → agent, *against/on* → patient,
    other prepositions by name ("extradition *to* the United States")."""
    roles = {"of": "patient", "by": "agent", "against": "patient", "on": "patient"}
    owned = False
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod"):
            owned = owned or child.lower_ not in _PRONOUNS
            yield owner, child
        elif child.dep_ == "prep" and (pobj := _pobj(child)) is not None:
            yield roles.get(child.lower_, child.lower_), pobj
            if child.lower_ == "of":  # "the extradition of X to the United States"
                for grand in pobj.children:
                    if grand.dep_ == "prep" and (inner := _pobj(grand)) is not None:
                        yield grand.lower_, inner
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB":
        # "Mexico approved the extradition … to the United States": the verb's subject
        # acts (unless the noun has an owner) and its place phrases belong to the event
        subject = subject_of(verb)
        if subject is not None and (owner == "patient" or not owned):
            yield "agent", subject
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "from", "in", "at", "under"):
                pobj = _pobj(child)
                if pobj is not None:
                    yield child.lower_, pobj


def arguments(verb: Token) -> Iterator[tuple[str, Token]]:
    """(role, head token) for each argument of ``verb``; prepositions by their lemma."""
    passive = is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    subject = subject_of(verb)
    if subject is not None:
        yield ("patient" if passive else "agent"), subject
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") or (child.dep_ == "attr" and not passive):
            yield "patient", child
        elif child.dep_ == "dative":
            yield ("to" if child.pos_ == "ADP" else "recipient"), _pobj(child) or child
        elif child.dep_ == "agent":
            pobj = _pobj(child)
            if pobj is not None:
                yield "agent", pobj
                # "arrested by police in Tegucigalpa": the place hangs on the agent
                for grand in pobj.children:
                    if grand.dep_ == "prep" and grand.lower_ in ("in", "at"):
                        inner = _pobj(grand)
                        if inner is not None:
                            yield grand.lower_, inner
        elif child.dep_ == "prep":
            pobj = _pobj(child)
            if pobj is not None:
                yield child.lower_, pobj
                # "withdrew from the pact with Panama", "met with X in Vienna": a
                # preposition attached to the object rather than to the verb
                for grand in pobj.children:
                    if grand.dep_ == "prep" and grand.lower_ in ("with", "in", "at"):
                        inner = _pobj(grand)
                        if inner is not None:
                            yield grand.lower_, inner
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in ("with", "between", "to", "for", "in"):
                    inner = _pobj(grand)
                    if inner is not None:
                        yield grand.lower_, inner


def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None


def is_agreement(mention: Mention) -> bool:
    """A Law mention, or a name ending in an agreement word ("the Palermo Convention")."""
    if mention.type == "Law":
        return True
    words = mention.text.lower().split()
    return bool(words) and words[-1].strip(".,") in AGREEMENT_WORDS
