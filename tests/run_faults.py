"""Work functions for the isolation tests: each item names how the worker handling it should behave.

A module of its own, so that worker processes started by spawn (which import the function by name) find
it exactly as forked ones do.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from skp.errors import ConfigurationError
from skp.run.pool_join import GroupAnswer, GroupTask, Place, group_task

_MB = 1024 * 1024


def behave(setup: str, item: str, retry: bool) -> str:
    """``item`` ``abort``: the process aborts as calamine does on a failed allocation; ``keluar``: exits
    with status 3; ``macet``: never answers; ``sekali``: aborts unless retried; ``memori``: asks for 1.5 GB
    (answers whether it got it); ``aturan``: a broken rules file; ``pid``: the worker's pid; ``env:NAME``:
    the worker's environment variable NAME; anything else is echoed behind ``setup``."""
    if item == "abort" or (item == "sekali" and not retry):
        os.abort()
    if item == "keluar":
        os._exit(3)
    if item == "macet":
        time.sleep(3600)
    if item == "memori":
        try:
            block = bytearray(1500 * _MB)
        except MemoryError:
            return "ditolak"
        return f"dapat {len(block) // _MB} MB"
    if item == "aturan":
        raise ConfigurationError("aturan rusak")
    if item == "pid":
        return str(os.getpid())
    if item.startswith("env:"):
        return str(os.environ.get(item[4:]))
    return f"{setup}:{item}:{'ulang' if retry else 'pertama'}"


def running(pid: int) -> bool:
    """Whether process ``pid`` still runs (Linux): a zombie waiting to be reaped by init has ended."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def first_group_aborts(task: GroupTask, place: Place, retry: bool) -> GroupAnswer:
    """The join's work on one NIP group (:func:`skp.run.pool_join.group_task`), except that the worker
    handling the first group aborts, first try and retry alike."""
    if place[:2] == (0, 0):
        os.abort()
    return group_task(task, place, retry)
