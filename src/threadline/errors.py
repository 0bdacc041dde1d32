"""One exception hierarchy for threadline.

Every message says what went wrong and what to do about it. Codes (``TL0xx``) are
stable and greppable, in the manner of spaCy's numbered errors.
"""

from __future__ import annotations


class ThreadlineError(Exception):
    """Base class of every error threadline raises on purpose."""

    code = "TL000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class UsageError(ThreadlineError):
    """The user asked for something that cannot be done as asked (CLI exit code 2)."""

    code = "TL001"


class NotFoundError(UsageError):
    """An entity, document or list that the user named does not exist."""

    code = "TL002"


class StoreError(ThreadlineError):
    """The database cannot be opened, migrated or written."""

    code = "TL010"


class IngestError(ThreadlineError):
    """One input file or record cannot be read; the batch goes on without it."""

    code = "TL020"


class ExtractError(ThreadlineError):
    """The NLP pipeline cannot be loaded or failed on a document."""

    code = "TL030"


class ScreenError(ThreadlineError):
    """A sanctions list cannot be loaded or a screening query is invalid."""

    code = "TL040"


class AuthError(ThreadlineError):
    """Authentication failed or the user lacks the permission asked for."""

    code = "TL050"
