"""Paths as given → the files to read, walked lazily.

Folders are walked depth-first with :func:`os.scandir`, one directory at a time and
sorted by name (so runs are reproducible), as a generator: the first file is yielded
before the rest of the tree is looked at. Hidden entries (``.git``, ``.DS_Store``) are
skipped while walking; a hidden path named explicitly is read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence

from threadline.ingest.failure import IngestFailure

#: The path that means "read standard input".
STDIN = "-"


def walk(paths: Sequence[str | os.PathLike[str]] | str) -> Iterator[str | IngestFailure]:
    """Every file under ``paths`` (files, folders or ``-``), in order, or a failure each.

    Yields the path as given or as joined while walking (``folder/sub/a.txt``); a single
    string is one path, not a sequence of one-letter paths. A path
    given explicitly that is not a regular file (a pipe such as ``<(cat x)``) is yielded
    too; inside folders such entries are reported as failures so a walk never blocks.
    """
    for given in [paths] if isinstance(paths, str) else paths:
        path = os.fspath(given)  # pathlib.Path works too; sources are always str
        if path == STDIN:
            yield STDIN
            continue
        try:
            info = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                yield IngestFailure(path, "broken symbolic link: its target does not exist")
            else:
                yield IngestFailure(path, "no such file or folder; check the path")
            continue
        except OSError as error:
            yield IngestFailure(path, os_message(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_dir(path, {(info.st_dev, info.st_ino)})
        else:
            yield path


def _walk_dir(folder: str, ancestors: set[tuple[int, int]]) -> Iterator[str | IngestFailure]:
    # Only the names of one directory are held at a time; entries are stat'ed lazily.
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries if not entry.name.startswith("."))
    except OSError as error:
        yield IngestFailure(folder, os_message(error))
        return
    for name in names:
        path = os.path.join(folder, name)
        try:
            info = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                yield IngestFailure(path, "broken symbolic link: its target does not exist")
            # else: removed while walking; nothing to read
            continue
        except OSError as error:
            yield IngestFailure(path, os_message(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                target = os.path.realpath(path)
                yield IngestFailure(
                    path,
                    f"symlink loop: this folder leads back to {target}, which is already being"
                    " read; remove the link or ingest the folders separately",
                )
                continue
            yield from _walk_dir(path, ancestors | {key})
        elif stat.S_ISREG(info.st_mode):
            yield path
        else:
            yield IngestFailure(
                path, "not a regular file (pipe, socket or device); skipped while walking"
            )


def os_message(error: OSError) -> str:
    """One line for an operating-system error, with what to do about it."""
    if isinstance(error, PermissionError):
        return "permission denied; check the file's permissions or run as a user who can read it"
    if isinstance(error, IsADirectoryError):
        return "is a folder where a file was expected"
    if error.errno == errno.ELOOP:  # a symbolic link that points at itself, directly or not
        return "symlink loop: the link resolves to itself; remove or fix the link"
    reason = error.strerror or str(error)
    return f"cannot read: {reason}"
