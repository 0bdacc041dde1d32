"""The core records that flow through threadline's stages.

Data flows one way: ``ingest`` makes :class:`Document` objects, ``extract`` makes an
:class:`Extraction` (mentions, roles, quotes, relations) for each, ``resolve`` assigns
every :class:`Mention` an entity id, and ``store`` keeps all of it. Every fact carries
a document id and a character span into that document's ``text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

#: Mention and entity types. FtM schema names where FtM has one.
PERSON = "Person"
ORGANIZATION = "Organization"
PUBLIC_BODY = "PublicBody"
COMPANY = "Company"
LEGAL_ENTITY = "LegalEntity"
LOCATION = "Location"
LAW = "Law"
#: A named law-enforcement or military operation ("Operation Sea Breeze"); FtM ``Event``.
OPERATION = "Operation"
#: A legal case named after a party ("the Bout case"); FtM ``CourtCase``.
COURT_CASE = "CourtCase"
DATE = "Date"
MONEY = "Money"

ENTITY_TYPES = (
    PERSON,
    ORGANIZATION,
    PUBLIC_BODY,
    COMPANY,
    LEGAL_ENTITY,
    LOCATION,
    LAW,
    OPERATION,
    COURT_CASE,
    DATE,
    MONEY,
)
#: Mention kinds: proper names, and the pronouns and nominals coreference links to them.
NAME_MENTION = "name"
PRONOUN_MENTION = "pronoun"
NOMINAL_MENTION = "nominal"
MENTION_KINDS = (NAME_MENTION, PRONOUN_MENTION, NOMINAL_MENTION)

#: Event types (issue 10). Agreement lifecycle events name the step.
EVENT_TYPES = (
    "arrest",  # arrest, detention
    "extradition",  # request, court approval/refusal, handover
    "charge",  # charge, indictment
    "conviction",
    "sentence",
    "sanction",  # sanction, designation, blacklisting
    "seizure",
    "raid",  # raid, law-enforcement operation
    "agreement_signed",  # signed, concluded
    "agreement_ratified",
    "agreement_cancelled",  # cancelled, withdrawn, terminated, denounced
    "agreement_suspended",
    "meeting",
)
#: Event status/modality: how the text presents the event.
EVENT_STATUSES = (
    "occurred",  # stated as fact
    "announced",
    "requested",
    "approved",
    "blocked",
    "denied",
    "negated",
    "planned",
)

#: ``--type Organization`` includes its kinds.
ORGANIZATION_KINDS = (ORGANIZATION, PUBLIC_BODY, COMPANY)


def types_matching(type_: str) -> tuple[str, ...]:
    """The stored types that a ``--type`` filter selects (Organization includes its kinds)."""
    if type_ == ORGANIZATION:
        return ORGANIZATION_KINDS
    if type_ == LEGAL_ENTITY:
        return (LEGAL_ENTITY, PERSON, *ORGANIZATION_KINDS)
    return (type_,)


def stable_id(prefix: str, *parts: object) -> str:
    """A short, stable identifier from its parts, e.g. ``men-3f2a…``; never a row number."""
    digest = hashlib.sha1(
        "\x1f".join(str(p) for p in parts).encode("utf-8"), usedforsecurity=False
    ).hexdigest()
    return f"{prefix}-{digest[:16]}"


def content_hash(text: str) -> str:
    """The hash used to recognise a document already ingested (same text → same hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """A text that was ingested, with its metadata. Offsets everywhere refer to ``text``."""

    text: str
    source: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD[THH:MM:SS])
    url: str | None = None
    format: str = "txt"
    collection: str = "default"
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    @property
    def id(self) -> str:
        """``doc-`` plus the first 16 hex digits of the content hash: stable across re-ingest."""
        return f"doc-{self.hash[:16]}"


@dataclass
class Mention:
    """A name, date or amount found in a document: ``text == document.text[start:end]``."""

    document: str
    start: int
    end: int
    text: str
    type: str
    sentence_start: int = 0
    sentence_end: int = 0
    method: str = "spacy"
    entity: str | None = None  # set by resolve
    #: Canonical form chosen by extraction/resolution (e.g. "United States" for "U.S."),
    #: used for naming the entity; ``text`` stays the exact surface string.
    canonical: str | None = None
    #: ``name`` (a proper name, date or amount), ``pronoun`` ("he", "his") or
    #: ``nominal`` ("the minister", "the cartel"); see :data:`MENTION_KINDS`.
    kind: str = "name"
    #: For pronoun and nominal mentions: the Mention.id they refer to, and the versioned
    #: coreference rule that linked them (e.g. ``coref-pronoun-v1``).
    antecedent: str | None = None
    rule: str | None = None

    @property
    def id(self) -> str:
        return stable_id("men", self.document, self.start, self.end)


@dataclass
class Role:
    """A title or office held by the person of ``mention`` ("Treasury Secretary").

    ``start``/``end`` span the role words themselves (the evidence). ``organization`` is
    the id of a mention of the body the office belongs to, when the text names it.
    """

    document: str
    mention: str  # Mention.id of the person
    role: str
    start: int
    end: int
    organization: str | None = None  # Mention.id

    @property
    def id(self) -> str:
        return stable_id("rol", self.document, self.mention, self.start, self.end)


@dataclass
class Quote:
    """Words quoted in a document; offsets span the quoted words without the marks."""

    document: str
    start: int
    end: int
    text: str
    speaker: str | None = None  # the speaker as written or resolved ("Janet Yellen")
    speaker_mention: str | None = None  # Mention.id of the speaker, when found

    @property
    def id(self) -> str:
        return stable_id("quo", self.document, self.start, self.end)


@dataclass
class Relation:
    """A typed, dated, sourced link between two mentions (hence two entities).

    ``start``/``end`` span the evidence (usually the sentence or the trigger clause).
    ``date_source`` says where ``date`` came from: ``text``, ``relative`` (resolved
    against the document date), ``document`` (the document date) or ``None``.
    """

    document: str
    type: str
    source: str  # Mention.id
    target: str  # Mention.id
    start: int
    end: int
    date: str | None = None
    date_source: str | None = None
    negated: bool = False
    modality: str | None = None  # e.g. "may", "plans", "threatened"
    method: str = "rules-v1"
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return stable_id("rel", self.document, self.type, self.source, self.target, self.start)


@dataclass
class Event:
    """Something that happened (or was requested, planned, denied…) to whom, by whom.

    An n-ary record: ``agents`` act ("the DEA arrested…", "Russia cancelled…"),
    ``targets`` undergo it (the person arrested, extradited, sanctioned; the agreement
    cancelled), ``places`` say where; argument lists hold Mention ids (names, pronouns or
    nominals: resolve maps them to entities). ``trigger_start``/``trigger_end`` span the
    word(s) that state it ("extradition", "arrested"); ``start``/``end`` the evidence
    (usually the sentence). ``date`` is ISO 8601 as resolved, ``date_text`` as written,
    ``date_source`` as in :class:`Relation`.
    """

    document: str
    type: str  # one of EVENT_TYPES
    trigger_start: int
    trigger_end: int
    trigger: str
    start: int
    end: int
    agents: list[str] = field(default_factory=list)  # Mention ids
    targets: list[str] = field(default_factory=list)  # Mention ids
    places: list[str] = field(default_factory=list)  # Mention ids
    date: str | None = None
    date_text: str | None = None
    date_source: str | None = None
    status: str = "occurred"  # one of EVENT_STATUSES
    method: str = "events-v1"
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return stable_id("evt", self.document, self.type, self.trigger_start, self.trigger_end)


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: Aliases found in the text: (alias mention id, full-name mention id), e.g. acronyms.
    aliases: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Entity:
    """A resolved actor, place, law, date or amount, as the store reports it."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mention_count: int = 0
