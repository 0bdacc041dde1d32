"""Kinds of organisation: public bodies by their head words, companies by legal form.

* ``PUBLIC_BODY``: an organisation named by a word such as Ministry, Department,
  Agency, Court, Police, Parliament, Commission or Council ("the Ministry of Interior",
  "U.S. District Court"). A place written right before such a body is part of its name
  ("U.S." + "District Court").
* ``COMPANY``: an organisation whose name ends in a legal form (Ltd, LLC, Inc, GmbH,
  S.A., OOO…); a legal form just after the entity is added to it ("Acme Trading" + "Ltd").
  A "person" ending in a legal form ("… El Rosal S.A. de C.V.") or opening with a
  business word of ``data/company_head_words.txt`` ("Inmobiliaria Maravillas") is a
  company too.

Places stay places: "Washington" and "Brussels" are never turned into bodies. Two
organisations joined by a glued hyphen are one ("CJTF-OIR").
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from threadline.extract.lexicon import word_set
from threadline.extract.spans import (
    COMPANY_LABEL,
    ORG_LABELS,
    PUBLIC_BODY_LABEL,
    make_entity,
    method_of,
    set_entities,
)
from threadline.extract.vocabulary import words as word_list

PUBLIC_BODY_METHOD = "rule:public-body-v1"
COMPANY_METHOD = "rule:company-v1"

#: Words that make an organisation's name the name of a public body.
PUBLIC_BODY_WORDS = word_set(
    """
    ministry ministries department agency bureau office commission council parliament
    congress senate assembly court courts tribunal police constabulary gendarmerie
    carabinieri prosecutor prosecutors prosecution attorney government cabinet treasury
    embassy consulate authority directorate inspectorate customs command army navy
    marines military ombudsman legislature judiciary administration secretariat
    """
)
#: Two-word heads that are public only together ("Air Force", "Coast Guard").
PUBLIC_BODY_PAIRS = frozenset(
    {
        ("air", "force"),
        ("armed", "forces"),
        ("security", "forces"),
        ("coast", "guard"),
        ("national", "guard"),
        ("border", "guard"),
        ("central", "bank"),
        ("secret", "service"),
        ("intelligence", "service"),
        ("federal", "reserve"),
    }
)
#: Legal forms that end company names (compared without dots, lower case).
LEGAL_FORMS = word_set(
    """
    ltd limited llc llp lp plc inc incorporated corp corporation co gmbh ag kg sa sas
    sarl srl spa bv nv ab as oy oyj ooo zao oao pjsc pao jsc sl sab de cv sapi pte pty
    bhd kk company group holdings
    """
)


#: Legal forms written without a dot, which spaCy's tokenizer glues to a full stop ("GmbH.").
UNDOTTED_FORMS = ("GmbH", "gGmbH", "SpA", "Srl", "SRL", "Sarl", "SARL")


def split_legal_form_stops(nlp: Language) -> None:
    """Teach the tokenizer that "GmbH." at a sentence's end is "GmbH" plus a full stop."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer: leave it alone
        return
    for form in UNDOTTED_FORMS:
        tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])


def _key(word: str) -> str:
    return word.lower().replace(".", "").replace(",", "")


def is_public_body_name(words: list[str]) -> bool:
    """True when the name contains a public body's head word ("Ministry", "Court")."""
    keys = [_key(w) for w in words]
    if any(k in PUBLIC_BODY_WORDS for k in keys):
        return True
    return any(pair in PUBLIC_BODY_PAIRS for pair in zip(keys, keys[1:], strict=False))


def is_legal_form(word: str) -> bool:
    """True for legal-form suffixes such as "Ltd", "GmbH", "S.A." or "OOO".

    They are written with a capital ("AS" is a legal form, "as" is not).
    """
    key = _key(word)
    return word[:1].isupper() and key in LEGAL_FORMS and key not in ("company", "group")


def classify(span: Span) -> Span:
    """The organisation relabelled as company or public body when its words say so."""
    doc = span.doc
    end = span.end
    # A legal form just after the entity belongs to it ("Acme Trading" "Ltd").
    while end < len(doc) and is_legal_form(doc[end].text) and doc[end - 1].whitespace_:
        end += 1
    abbreviation_dot = end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_
    if abbreviation_dot and end > span.end and _key(doc[end - 1].text) in ("co", "inc", "ltd"):
        end += 1
    words = [t.text for t in doc[span.start : end]]
    if is_legal_form(words[-1]) or (len(words) > 1 and _key(words[-1]) == "company"):
        return make_entity(doc, span.start, end, COMPANY_LABEL, COMPANY_METHOD)
    if span.label_ in ("ORG", PUBLIC_BODY_LABEL) and is_public_body_name(words):
        label = PUBLIC_BODY_LABEL
        method = method_of(span) if span.label_ == label else PUBLIC_BODY_METHOD
        return make_entity(doc, span.start, span.end, label, method)
    return span


def with_place_prefix(span: Span, ents: list[Span]) -> Span:
    """A public body with the place written right before it ("U.S." "District Court")."""
    doc = span.doc
    for ent in ents:
        adjacent = ent.end == span.start and doc[ent.end - 1].whitespace_ == " "
        if adjacent and ent.label_ == "GPE" and len(ent) <= 2:
            return make_entity(doc, ent.start, span.end, span.label_, PUBLIC_BODY_METHOD)
    return span


def _as_company(span: Span) -> Span:
    return make_entity(span.doc, span.start, span.end, COMPANY_LABEL, COMPANY_METHOD)


def is_company_person(span: Span) -> bool:
    """A "person" whose words are a company's: a legal form at its end or a business word
    at its start."""
    if span.label_ != "PERSON" or len(span) < 2:
        return False
    first = span[0].text.lower().replace("í", "i").replace("é", "e")
    return is_legal_form(span[-1].text) or first in word_list("company_head_words")


def joined_at_hyphens(ents: list[Span]) -> list[Span]:
    """An organisation glued by a hyphen to an acronym or another organisation takes it:
    "CJTF" "-" "OIR" → "CJTF-OIR" (overlapping spans are settled by the caller)."""
    out: list[Span] = []
    for ent in ents:
        end = _hyphen_end(ent) if ent.label_ in ORG_LABELS else ent.end
        if end > ent.end:
            ent = make_entity(ent.doc, ent.start, end, ent.label_, method_of(ent))
        out.append(ent)
    return out


def _hyphen_end(ent: Span) -> int:
    doc, i = ent.doc, ent.end
    if i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return ent.end
    after = doc[i + 1]
    if after.ent_type_ and after.ent_type_ not in ORG_LABELS:
        return ent.end
    if not (after.ent_type_ or (after.is_upper and after.is_alpha)):
        return ent.end
    other = next((e for e in doc.ents if e.start == i + 1), None)
    return other.end if other is not None else i + 2


@Language.component("threadline_organizations_v1")
def organizations(doc: Doc) -> Doc:
    """Relabel organisations as companies or public bodies by their names' words."""
    ents = joined_at_hyphens(list(doc.ents))
    out = [
        _as_company(e) if is_company_person(e) else classify(e) if e.label_ in ORG_LABELS else e
        for e in ents
    ]
    bodies = [with_place_prefix(e, out) for e in out if e.label_ == PUBLIC_BODY_LABEL]
    companies = [e for e in out if e.label_ == COMPANY_LABEL]
    set_entities(doc, out, prefer=bodies + companies)
    return doc
