"""The extract stage: parsed text → mentions, roles, quotes and relations.

>>> from threadline.extract import extract_documents
>>> from threadline.extract.pipeline import load_pipeline
>>> nlp = load_pipeline(settings)
>>> for extraction in extract_documents(nlp, documents): ...
"""

from __future__ import annotations

from threadline.extract.extraction import extract_document, extract_documents
from threadline.extract.pipeline import load_pipeline

__all__ = ["extract_document", "extract_documents", "load_pipeline"]
