"""The NLP pipeline: a spaCy model plus threadline's domain components.

Before spaCy's parser, ``threadline_line_sentences_v1`` starts sentences at paragraph
breaks and after headlines and datelines. Components run after spaCy's NER, in this order
(each is one module):

1. ``threadline_entity_boundaries_v1`` — no entity across a line break
2. ``threadline_kinds_v1`` — "persons" that are places, groups or ships
3. ``threadline_gazetteer_v1`` — well-known bodies, groups and laws
4. ``threadline_laws_v1`` — Acts, Treaties, Conventions… by pattern
5. ``threadline_organizations_v1`` — public bodies and companies
6. ``threadline_headline_case_v1`` — no names made of headline words
7. ``threadline_person_names_v1`` — names without titles or possessives
   ``threadline_name_spans_v1`` — names of this domain spaCy cuts or mislabels
8. ``threadline_acronyms_v1`` — acronyms defined in parentheses
9. ``threadline_name_repeats_v1`` — a name found once is found where it recurs
10. ``threadline_dates_v1`` — dates with a calendar cue only
11. ``threadline_roles_v1`` — offices held by the persons named
12. ``threadline_coref_v1`` — pronouns and nominals linked to the names they stand for
13. ``threadline_quotes_v1`` — quotations and their speakers
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from threadline.errors import ExtractError

# Importing the component modules registers their factories with spaCy.
from threadline.extract import (  # noqa: F401
    acronyms,
    boundaries,
    coref,
    dates,
    gazetteer,
    headlines,
    kinds,
    laws,
    name_spans,
    organizations,
    person_names,
    quotes,
    repeats,
    roles,
)
from threadline.extract.tagging import speed_up_tagging
from threadline.settings import Settings

COMPONENTS = (
    "threadline_entity_boundaries_v1",
    "threadline_kinds_v1",
    "threadline_gazetteer_v1",
    "threadline_laws_v1",
    "threadline_organizations_v1",
    "threadline_headline_case_v1",
    "threadline_person_names_v1",
    "threadline_name_spans_v1",
    "threadline_acronyms_v1",
    "threadline_name_repeats_v1",
    "threadline_dates_v1",
    "threadline_roles_v1",
    "threadline_coref_v1",
    "threadline_quotes_v1",
)


#: A closing bracket glued to the next word is a token of its own: "(CNN)Juan Perez"
#: is "(", "CNN", ")", "Juan Perez" (a news outlet's tag before a name).
GLUED_BRACKET = r"(?<=[A-Za-z0-9])\)(?=[A-Z])"
#: An opening bracket glued to a name is a token of its own too: "Abboud Qanbar(Arabic: …)"
#: is "Abboud", "Qanbar", "(", "Arabic" (so the name does not swallow the next word).
GLUED_OPENING = r"(?<=[a-z])\((?=[A-Z])"
#: A footnote marker glued to a word is split off with the punctuation before it:
#: "Abu Haidar,[1]" is "Abu", "Haidar", ",", "[", "1", "]" (Wikipedia-style references).
GLUED_FOOTNOTE = (r"(?<=[A-Za-z])[.,;:](?=\[\d)", r"(?<=[A-Za-z.,;:])\[(?=\d)")


def split_glued_brackets(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer :data:`GLUED_BRACKET`, :data:`GLUED_OPENING` and
    :data:`GLUED_FOOTNOTE` (a custom tokenizer is left alone)."""
    if not isinstance(nlp.tokenizer, Tokenizer):
        return
    infixes = [*(nlp.Defaults.infixes or ()), GLUED_BRACKET, GLUED_OPENING, *GLUED_FOOTNOTE]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def add_domain_components(nlp: Language) -> Language:
    """Add threadline's components to ``nlp`` (after its NER); a no-op if already there.

    spaCy's attribute ruler and lemmatizer are sped up too, outputs unchanged
    (:func:`~threadline.extract.tagging.speed_up_tagging`)."""
    organizations.split_legal_form_stops(nlp)
    speed_up_tagging(nlp)
    split_glued_brackets(nlp)
    if boundaries.LINE_SENTENCES not in nlp.pipe_names:
        first = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
        if first:  # sentence starts at line breaks are set before the parser runs
            nlp.add_pipe(boundaries.LINE_SENTENCES, before=first)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def _package_name(model: str) -> str:
    return model.replace("_", "-")


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ExtractError(
            f"the spaCy model {model!r} is not installed or cannot be read ({exc}). "
            f"Install it with `pip install {_package_name(model)}` (or `python -m spacy "
            f"download {model}`), or set THREADLINE_SPACY_MODEL to an installed pipeline."
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ExtractError(
            f"the spaCy pipeline {model!r} has no 'ner' component; threadline needs an "
            "English pipeline with named-entity recognition (e.g. en_core_web_sm)."
        )
    return add_domain_components(nlp)


def load_pipeline(settings: Settings) -> Language:
    """spaCy's pipeline ``settings.spacy_model`` with threadline's components; cached per model."""
    return _load(settings.spacy_model)
