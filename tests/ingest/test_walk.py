from __future__ import annotations

import inspect
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from threadline.ingest import IngestFailure, iter_documents
from threadline.ingest.walk import walk
from threadline.model import Document
from threadline.settings import Settings


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nonexistent_path_is_a_failure_and_the_batch_goes_on(tmp_path: Path, ingest) -> None:
    good = _write(tmp_path / "good.txt", "Police arrested two men.")
    results = ingest(tmp_path / "missing.txt", good)
    assert isinstance(results[0], IngestFailure)
    assert results[0].path == str(tmp_path / "missing.txt")
    assert "no such file" in results[0].error
    assert isinstance(results[1], Document) and results[1].text == "Police arrested two men."


def test_folder_is_walked_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "b")
    _write(tmp_path / "a" / "z.txt", "z")
    _write(tmp_path / "a" / "c.txt", "c")
    _write(tmp_path / ".git" / "config", "hidden")
    _write(tmp_path / "a" / ".hidden.txt", "hidden")
    assert list(walk([str(tmp_path)])) == [
        os.path.join(str(tmp_path), "a", "c.txt"),
        os.path.join(str(tmp_path), "a", "z.txt"),
        os.path.join(str(tmp_path), "b.txt"),
    ]


def test_hidden_file_named_explicitly_is_read(tmp_path: Path, ingest) -> None:
    hidden = _write(tmp_path / ".notes.txt", "Named on purpose.")
    [document] = ingest(hidden)
    assert isinstance(document, Document) and document.text == "Named on purpose."


def test_folder_walk_is_streamed(tmp_path: Path, settings: Settings) -> None:
    # A file created after the first document was yielded, in a folder not yet reached,
    # is still found: the walk had not listed the tree in advance.
    _write(tmp_path / "a" / "first.txt", "first")
    (tmp_path / "b").mkdir()
    documents = iter_documents([str(tmp_path)], settings=settings)
    assert inspect.isgenerator(documents)
    first = next(documents)
    assert isinstance(first, Document) and first.text == "first"
    _write(tmp_path / "b" / "late.txt", "created while walking")
    assert [d.text for d in documents if isinstance(d, Document)] == ["created while walking"]


def test_symlink_loop_is_a_failure_not_a_hang(tmp_path: Path, ingest) -> None:
    _write(tmp_path / "docs" / "a.txt", "a")
    (tmp_path / "docs" / "loop").symlink_to(tmp_path / "docs", target_is_directory=True)
    results = ingest(tmp_path / "docs")
    documents = [r for r in results if isinstance(r, Document)]
    failures = [r for r in results if isinstance(r, IngestFailure)]
    assert [d.text for d in documents] == ["a"]
    assert len(failures) == 1
    assert failures[0].path == str(tmp_path / "docs" / "loop")
    assert failures[0].error.startswith("symlink loop")


def test_self_referencing_symlink_is_a_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "self").symlink_to(tmp_path / "self")
    [failure] = ingest(tmp_path / "self")
    assert isinstance(failure, IngestFailure) and "symlink loop" in failure.error


def test_broken_symlink_is_a_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    [failure] = ingest(tmp_path)
    assert isinstance(failure, IngestFailure) and "broken symbolic link" in failure.error


def test_permission_denied_is_a_failure(tmp_path: Path, settings: Settings) -> None:
    if os.geteuid() == 0:
        # root reads anything, so read as "nobody" in a forked child (the interpreter and
        # threadline are already loaded; only the test folder must be reachable by nobody).
        base = Path(tempfile.mkdtemp(prefix="threadline-perm-"))
        base.chmod(0o755)
    else:
        base = tmp_path
    try:
        folder = base / "shared"
        _write(folder / "open.txt", "public")
        _write(folder / "secret.txt", "classified").chmod(0)
        folder.chmod(0o755)

        def read() -> list[list[str]]:
            return _summarise(iter_documents([str(folder)], settings=settings))

        results = _as_nobody(read) if os.geteuid() == 0 else read()
    finally:
        if base != tmp_path:
            shutil.rmtree(base)
    assert results[0] == ["document", "public"]
    assert results[1][:2] == ["failure", str(folder / "secret.txt")]
    assert "permission denied" in results[1][2]
    assert len(results) == 2


def _summarise(items) -> list[list[str]]:
    return [
        ["document", item.text]
        if isinstance(item, Document)
        else ["failure", item.path, item.error]
        for item in items
    ]


def _as_nobody(work):
    nobody = 65534
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            os.setgid(nobody)
            os.setuid(nobody)
            payload = json.dumps(work()).encode()
        except BaseException as error:  # report anything to the parent, never run pytest on
            payload = json.dumps({"error": repr(error)}).encode()
        os.write(write_end, payload)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    result = json.loads(payload)
    if isinstance(result, dict):
        pytest.skip(f"cannot drop root privileges to test permissions here: {result['error']}")
    return result
