"""Coreference rules: each finds pronouns or nominals of one kind and links them.

Rule ids are versioned (``coref-v1:…``) and stored with every link:

- ``coref-v1:pronoun-person`` — he/him/his/himself, she/her/hers/herself: a named person
  of the same gender (or of unknown gender);
- ``coref-v1:pronoun-thing`` — its/itself, and "it" as a subject: a named organisation,
  or country; "it" only for a name that is itself a subject ("Mexico said it would")
  ("it" as the empty subject of "it is", "it seems" is skipped, and "it" as an object
  mostly stands for a thing: "denied it");
- ``coref-v1:pronoun-plural`` — they/them/their: the organisation the nearest-name rule
  picks, when its name ends in a plural ("Syrian Democratic Forces"), or for "their" when
  the organisation is named in its sentence and no plural noun before it could be meant
  ("Daesh as they see *their* caliphate crumble"); never a person, and never one of two
  bodies named together ("the Brothers' Circle and the Yakuza … their");
- ``coref-v1:nominal-office`` — "the secretary", "the former president", "the retired
  Marine general": the person last named with that office;
- ``coref-v1:nominal-person`` — "the defendant", "the wife", "this particular suspect":
  the nearest named person of the right gender;
- ``coref-v1:nominal-org`` — "the cartel", "the agency", "the group": the organisation
  last named with that word in its name, else the nearest one of the fitting kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from threadline.extract.coref.antecedents import Antecedent
from threadline.extract.coref.choose import Agrees, candidates, choose
from threadline.extract.coref.lexicon import FEMALE, MALE, PLURAL, THING, org_nouns, title_word
from threadline.extract.spans import ORG_LABELS

VERSION = "coref-v1"
_EMPTY_SUBJECT_HEADS = frozenset({"be", "seem", "appear", "remain", "take", "matter"})
_ORG_TYPE_LABELS = {"Organization": "ORG", "PublicBody": "PUBLIC_BODY", "Company": "COMPANY"}
NOMINAL_REACH = 3  # sentences back for nominals that are not matched by name or office


@dataclass(frozen=True)
class CorefSpan:
    """A pronoun or nominal (character offsets in the Doc) linked to a named antecedent."""

    start: int
    end: int
    kind: str  # "pronoun" or "nominal"
    antecedent: tuple[int, int]
    label: str  # the antecedent's entity label
    rule: str


def link(start: int, end: int, kind: str, target: Antecedent, rule: str) -> CorefSpan:
    return CorefSpan(start, end, kind, target.offsets, target.label, f"{VERSION}:{rule}")


def is_empty_it(token: Token) -> bool:
    """ "It is clear that …", "it seems", "denied it": "it" that stands for no entity."""
    if token.lower_ != "it":
        return False
    return token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_ in _EMPTY_SUBJECT_HEADS


def has_plural_head(a: Antecedent) -> bool:
    """An organisation named by a plural: "Syrian Democratic Forces", "Los Zetas", or an
    acronym the text defines as one ("SDF")."""
    words = (a.full_name or a.span.text).split(" of ")[0].split()
    return a.label in ORG_LABELS and bool(words) and words[-1].lower().endswith("s")


def collective_their(token: Token, target: Antecedent) -> bool:
    """ "Their" for an organisation named in the singular in the same sentence, when no
    plural noun before it could be what it stands for: "the desperation of Daesh as they
    see *their* caliphate crumble" (but "the cartel's leaders … their homes" is the
    leaders', and "all concerned for their work" names no one)."""
    if token.lower_ != "their" or target.label not in ORG_LABELS:
        return False
    if target.span.sent.start != token.sent.start:
        return False
    before = token.doc[token.sent.start : token.i]
    return not any(t.tag_ in ("NNS", "NNPS") for t in before)


def _named_together(target: Antecedent, pool: list[Antecedent]) -> bool:
    """Whether another organisation is coordinated with ``target`` ("A and B … their")."""
    root = target.span.root
    return any(
        a is not target
        and (a.span.root.head == root or root.head == a.span.root)
        and "conj" in (a.span.root.dep_, root.dep_)
        for a in pool
    )


def agreement(token: Token, cls: str) -> tuple[Agrees, str] | None:
    """What an antecedent of a pronoun of class ``cls`` must be, and the rule's name."""
    if cls in (MALE, FEMALE):
        return (lambda a: a.label == "PERSON" and a.gender in (None, cls)), "pronoun-person"
    if cls == THING and not is_empty_it(token):
        subject_only = token.lower_ == "it"
        return (lambda a: a.label != "PERSON" and (a.subject or not subject_only)), "pronoun-thing"
    if cls == PLURAL:
        return (lambda a: a.label in ORG_LABELS), "pronoun-plural"
    return None


def pronoun_link(
    token: Token,
    cls: str,
    sentence: int,
    quoted: bool,
    antecedents: list[Antecedent],
    speaker_at: int | None = None,
) -> CorefSpan | None:
    """The link of a third-person pronoun, by its class (see the module's rules);
    ``speaker_at``: the sentence where the pronoun's quotation opens."""
    needs = agreement(token, cls)
    if needs is None:
        return None
    agrees, rule = needs
    pool = candidates(token, sentence, quoted, antecedents, agrees)
    if speaker_at is not None:  # "him" in Mukasey's quotation is not Mukasey
        pool = [a for a in pool if a.quoted or a.sentence != speaker_at or not a.subject]
    target = choose(token, sentence, pool)
    if target is None:
        return None
    plural_name = has_plural_head(target) or collective_their(token, target)
    if cls == PLURAL and (not plural_name or _named_together(target, pool)):
        return None
    return link(token.idx, token.idx + len(token.text), "pronoun", target, rule)


def office_holder(head: str, before: list[Antecedent]) -> Antecedent | None:
    """The person last named with an office whose words include ``head``."""
    holders = [a for a in before if a.label == "PERSON" and head in a.offices]
    return holders[-1] if holders else None


def named_org(head: str, before: list[Antecedent], sentence: int) -> Antecedent | None:
    """The organisation last named with ``head`` in its name ("the cartel" → "Sinaloa
    Cartel"), else the nearest one, within reach, of the kind the noun implies (not a body
    named inside a title: "Defense" in "Defense Secretary Ash Carter")."""
    orgs = [a for a in before if a.label in ORG_LABELS]
    by_name = [a for a in orgs if head in {title_word(w) for w in a.span.text.split()}]
    if by_name:
        return by_name[-1]
    label = _ORG_TYPE_LABELS.get(org_nouns().get(head, ""))
    near = [
        a
        for a in orgs
        if a.label == label and not a.in_title and sentence - a.sentence <= NOMINAL_REACH
    ]
    return near[-1] if near else None
