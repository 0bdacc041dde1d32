"""The extract stage: parsed text → mentions, roles, quotes and relations.

Usage::

    nlp = load_pipeline(settings)           # spaCy model + threadline's components, cached
    for extraction in extract_documents(nlp, documents):
        ...                                 # one Extraction per Document, in order
"""

from __future__ import annotations

from threadline.extract.extraction import extract_document, extract_documents
from threadline.extract.pipeline import load_pipeline

__all__ = ["extract_document", "extract_documents", "load_pipeline"]
