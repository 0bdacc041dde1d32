"""The record of one input that could not be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestFailure:
    """One input that could not be read; the batch goes on without it.

    ``path`` is the path as given or walked, with ``#record-N`` (a ``.json`` array) or
    ``:line N`` (a ``.jsonl`` file) appended for a bad record. ``error`` is one line that
    says what went wrong and what to do.
    """

    path: str
    error: str
