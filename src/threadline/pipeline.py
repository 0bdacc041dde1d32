"""ingest → extract → resolve → store, streamed, with progress and worker processes.

Documents are read lazily, texts already stored are skipped before any NLP runs, and
each document is written in its own transaction: killing the process loses at most the
documents in flight, and running the same command again resumes without duplicates.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from threadline.extract import extract_documents
from threadline.extract.pipeline import load_pipeline
from threadline.ingest import IngestFailure, iter_documents
from threadline.model import Document, Extraction
from threadline.pipeline_safety import exit_with_parent
from threadline.resolve import prepare as prepare_resolution
from threadline.resolve import resolve_extraction
from threadline.resolve.crossdoc import check_threshold
from threadline.settings import Settings
from threadline.store import Store
from threadline.store.documents import has_content, save_extraction
from threadline.store.links import link_corpus, unlinked_documents


@dataclass
class IngestReport:
    """What an ingest did: counts, failures (path + one-line error) and warnings."""

    ingested: int = 0
    duplicates: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "warnings": self.warnings,
        }


#: Called after each input: (event, path) with event in {"ingested", "duplicate", "failed"}.
ProgressHook = Callable[[str, str], None]


def ingest_paths(
    store: Store,
    paths: Sequence[str],
    *,
    settings: Settings,
    collection: str = "default",
    workers: int = 1,
    progress: ProgressHook | None = None,
    stdin: BinaryIO | None = None,
    scheduler: str | None = None,
) -> IngestReport:
    """Ingest files, folders (recursive) or ``-`` (stdin) into ``store``.

    With ``scheduler`` (``local:N`` or ``tcp://host:8786``), reading and extraction run
    as Dask tasks (:mod:`threadline.cluster`) and ``workers`` is not used.
    """
    if scheduler:
        from threadline.cluster import ingest_on_cluster  # Dask is an optional extra

        return ingest_on_cluster(
            store,
            paths,
            settings=settings,
            scheduler=scheduler,
            collection=collection,
            progress=progress,
            stdin=stdin,
        )
    items = iter_documents(paths, settings=settings, collection=collection, stdin=stdin)
    return ingest_items(store, items, settings=settings, workers=workers, progress=progress)


def ingest_items(
    store: Store,
    items: Iterable[Document | IngestFailure],
    *,
    settings: Settings,
    workers: int = 1,
    progress: ProgressHook | None = None,
) -> IngestReport:
    check_threshold(settings.resolve_threshold)  # a bad setting stops before anything is stored
    report = IngestReport()
    notify = progress or (lambda event, path: None)
    seen: set[str] = set()

    def new_documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, IngestFailure):
                report.failed.append({"path": item.path, "error": item.error})
                notify("failed", item.path)
                continue
            digest = item.hash
            if digest in seen or has_content(store, digest):
                report.duplicates += 1
                notify("duplicate", item.source)
                continue
            seen.add(digest)
            for warning in item.warnings:
                report.warnings.append({"path": item.source, "warning": warning})
            yield item

    extractions = (
        _extract_parallel(new_documents(), settings, workers)
        if workers > 1
        else extract_and_resolve(new_documents(), settings)
    )
    for extraction in extractions:
        if save_extraction(store, extraction):
            report.ingested += 1
            report.documents.append(extraction.document.id)
            notify("ingested", extraction.document.source)
        else:
            report.duplicates += 1
            notify("duplicate", extraction.document.source)
    return finish_ingest(store, report, settings)


def finish_ingest(store: Store, report: IngestReport, settings: Settings) -> IngestReport:
    """The corpus-wide step after documents are stored (local and Dask ingest alike).

    It also covers documents a killed ingest stored but never linked or screened."""
    due = unlinked_documents(store)
    if report.ingested or due:
        # Corpus-level links (a bare "FATF" or "Yellen" in a story that never spells the
        # name out) can change with every new story: see docs/resolution.md.
        link_corpus(
            store,
            threshold=settings.resolve_threshold,
            fuller=settings.resolve_fuller_names,
        )
    if (report.ingested or due) and settings.screen_on_ingest:  # as the setting's help says
        from threadline.screen import screen_if_lists

        documents = list(dict.fromkeys([*report.documents, *due]))
        screen_if_lists(store, threshold=settings.screen_threshold, documents=documents)
    return report


def extract_and_resolve(documents: Iterable[Document], settings: Settings) -> Iterator[Extraction]:
    """Extract and resolve documents in this process (the pipeline loads once per process)."""
    nlp = load_pipeline(settings)
    for extraction in extract_documents(
        nlp, documents, batch_size=settings.batch_size, max_chars=settings.max_doc_chars
    ):
        resolve_extraction(extraction)
        yield extraction


# --- worker processes -------------------------------------------------------------------

_WORKER_SETTINGS: Settings | None = None


def prepare(settings: Settings) -> None:
    """Load the NLP pipeline and resolution data now (both are cached per process)."""
    load_pipeline(settings)
    prepare_resolution()


def _init_worker(settings: Settings, parent_pid: int) -> None:
    global _WORKER_SETTINGS
    exit_with_parent(parent_pid)
    _WORKER_SETTINGS = settings
    prepare(settings)


def _extract_chunk(documents: list[Document]) -> list[Extraction]:
    assert _WORKER_SETTINGS is not None
    return list(extract_and_resolve(documents, _WORKER_SETTINGS))


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in documents:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_parallel(
    documents: Iterable[Document], settings: Settings, workers: int
) -> Iterator[Extraction]:
    """Extraction in ``workers`` processes; at most 2 chunks per worker in flight (bounded
    memory), results in input order."""
    import multiprocessing

    size = max(1, min(settings.batch_size, 16))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(settings, os.getpid()),
    ) as pool:
        in_flight: deque[Future[list[Extraction]]] = deque()
        for chunk in _chunks(documents, size):
            in_flight.append(pool.submit(_extract_chunk, chunk))
            while len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
