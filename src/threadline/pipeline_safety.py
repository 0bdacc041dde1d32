"""Extraction workers never outlive the ingest that started them.

A worker process asks Linux to kill it when its parent dies (``PR_SET_PDEATHSIG``),
so a SIGKILL or SIGTERM of ``threadline ingest`` leaves no workers holding hundreds of
megabytes each. On other systems this is a no-op (workers exit when their queue closes).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

#: prctl(2) option: the signal a process gets when its parent dies.
PR_SET_PDEATHSIG = 1


def exit_with_parent(parent_pid: int) -> None:
    """Make this process die with ``parent_pid`` (call it first thing in a worker)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the request was made
        os._exit(1)
