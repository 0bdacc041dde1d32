"""threadline: turn reporting on transnational organized crime into a sourced, searchable network.

The public Python API is what ``__all__`` lists; everything else may change between
versions. The CLI (``threadline``), the REST API and the web UI are thin layers over it.
"""

from __future__ import annotations

__version__ = "0.1.0"

from threadline.errors import ThreadlineError
from threadline.model import Document, Entity, Extraction, Mention, Quote, Relation, Role
from threadline.settings import Settings
from threadline.settings import load as load_settings

__all__ = [
    "Document",
    "Entity",
    "Extraction",
    "Mention",
    "Quote",
    "Relation",
    "Role",
    "Settings",
    "ThreadlineError",
    "__version__",
    "load_settings",
]
