"""Ingest on a Dask cluster: reading and extraction run as tasks on the cluster's workers.

``--scheduler local:N`` starts a LocalCluster of N worker processes on this machine;
``--scheduler tcp://host:8786`` connects to a running ``dask scheduler``. This process
(the client) walks the paths, submits chunks of file paths as tasks, and writes each
returned document to the store in its own transaction, as a local ingest does:

- **resume**: the hashes of the texts already stored go to every worker once; those
  texts are skipped before any NLP runs, so the same command run again picks up where
  it stopped, and a text met twice is stored once;
- **a worker killed mid-task loses nothing**: nothing is written until a task's result
  reaches the client, and the scheduler reruns the task on another worker. A chunk
  whose workers die ``distributed.scheduler.allowed-failures`` times (3 by default) is
  reported as failed, path by path, and the batch goes on;
- workers must see the same paths (a shared or copied file system) and have
  threadline and the spaCy model installed; standard input (``-``) is read here and
  its documents are sent to the workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from threadline.errors import UsageError
from threadline.ingest import IngestFailure, iter_documents
from threadline.ingest.walk import STDIN, walk
from threadline.model import Document, Extraction
from threadline.pipeline import IngestReport, ProgressHook, extract_and_resolve, finish_ingest
from threadline.settings import Settings
from threadline.store import Store
from threadline.store.documents import content_hashes, save_extraction

if TYPE_CHECKING:
    from distributed import Client, Future

#: Inputs per task: small enough to spread over workers, large enough for spaCy batches.
CHUNK = 16


@dataclass
class ChunkResult:
    """What a worker sends back for one chunk of inputs."""

    extractions: list[Extraction] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


def read_and_extract(
    inputs: Sequence[str | Document], settings: Settings, collection: str, known: frozenset[str]
) -> ChunkResult:
    """The task run on a worker: read the paths, skip stored texts, extract and resolve."""
    result = ChunkResult()
    paths = [item for item in inputs if isinstance(item, str)]
    read = iter_documents(paths, settings=settings, collection=collection) if paths else []
    documents: list[Document] = []
    seen: set[str] = set()
    for item in [*read, *(item for item in inputs if isinstance(item, Document))]:
        if isinstance(item, IngestFailure):
            result.failures.append(item)
        elif item.hash in known or item.hash in seen:
            result.duplicates.append(item.source)
        else:
            seen.add(item.hash)
            documents.append(item)
    result.extractions = list(extract_and_resolve(documents, settings))
    return result


def parse_scheduler(scheduler: str) -> tuple[str, int | str]:
    """``("local", N)`` for ``local:N``, ``("remote", address)`` for ``tcp://…``."""
    if scheduler.startswith("local:"):
        count = scheduler.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"--scheduler {scheduler!r}: write local:N with N ≥ 1, e.g. local:4")
        return "local", int(count)
    if scheduler.startswith(("tcp://", "tls://")):
        return "remote", scheduler
    raise UsageError(
        f"--scheduler {scheduler!r} is neither local:N nor a scheduler address"
        " (tcp://host:8786); see docs/scale.md"
    )


@contextmanager
def connect(scheduler: str) -> Iterator[Client]:
    """A Dask client for ``scheduler``; a LocalCluster lives as long as the block."""
    kind, target = parse_scheduler(scheduler)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "--scheduler needs Dask: pip install 'threadline[dask]' (dask and distributed)"
        ) from None
    if kind == "local":
        assert isinstance(target, int)
        # One thread per worker process: spaCy pipelines are not shared between threads.
        with (
            LocalCluster(
                n_workers=target, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(str(target), timeout=30)
    except OSError as error:
        raise UsageError(f"cannot reach the Dask scheduler at {target}: {error}") from None
    with client:
        yield client


def _chunks(
    paths: Sequence[str], settings: Settings, collection: str, stdin: BinaryIO | None
) -> Iterator[list[str | Document] | IngestFailure]:
    """Chunks of inputs to send; failures of the walk itself come out one by one."""
    chunk: list[str | Document] = []
    for item in walk(paths):
        if isinstance(item, IngestFailure):
            yield item
            continue
        if item == STDIN:
            documents: Iterable[Document | IngestFailure] = iter_documents(
                [STDIN], settings=settings, collection=collection, stdin=stdin
            )
        else:
            documents = [item]  # type: ignore[list-item]  # a path, read on the worker
        for entry in documents:
            if isinstance(entry, IngestFailure):
                yield entry
                continue
            chunk.append(entry)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def ingest_on_cluster(
    store: Store,
    paths: Sequence[str],
    *,
    settings: Settings,
    scheduler: str,
    collection: str = "default",
    progress: ProgressHook | None = None,
    stdin: BinaryIO | None = None,
) -> IngestReport:
    """Ingest ``paths`` with reading and extraction on the Dask cluster at ``scheduler``."""
    from distributed import as_completed

    report = IngestReport()
    notify = progress or (lambda event, path: None)
    with connect(scheduler) as client:
        # In a list: Dask would scatter a set's items one by one.
        [known] = client.scatter([frozenset(content_hashes(store))], broadcast=True)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending = as_completed()
        inputs: dict[Any, list[str | Document]] = {}
        for chunk in _chunks(paths, settings, collection, stdin):
            if isinstance(chunk, IngestFailure):
                _failed(report, notify, chunk.path, chunk.error)
                continue
            future = client.submit(read_and_extract, chunk, settings, collection, known, pure=False)
            inputs[future] = chunk
            pending.add(future)
            while pending.count() >= 2 * workers:  # bounded: at most 2 chunks per worker
                _collect(store, next(pending), inputs.pop, report, notify)
        for future in pending:
            _collect(store, future, inputs.pop, report, notify)
    return finish_ingest(store, report, settings)


def _collect(store: Store, future: Future, take: Any, report: IngestReport, notify: Any) -> None:
    chunk: list[str | Document] = take(future)
    if future.status != "finished":
        error = f"failed on the Dask cluster: {future.exception()!r}"
        for item in chunk:
            _failed(report, notify, item if isinstance(item, str) else item.source, error)
        return
    result: ChunkResult = future.result()
    future.release()
    for failure in result.failures:
        _failed(report, notify, failure.path, failure.error)
    for source in result.duplicates:
        report.duplicates += 1
        notify("duplicate", source)
    for extraction in result.extractions:
        for warning in extraction.document.warnings:
            report.warnings.append({"path": extraction.document.source, "warning": warning})
        if save_extraction(store, extraction):
            report.ingested += 1
            report.documents.append(extraction.document.id)
            notify("ingested", extraction.document.source)
        else:
            report.duplicates += 1
            notify("duplicate", extraction.document.source)


def _failed(report: IngestReport, notify: Any, path: str, error: str) -> None:
    report.failed.append({"path": path, "error": error})
    notify("failed", path)
