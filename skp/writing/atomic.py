"""Write output files all-or-nothing.

A civil servant's SKP, a recap or a template must never be left half-written when the disk fills up, the
process is killed or Excel holds the old file: we write to a temporary file in the destination's own
directory (so the final rename stays on one file system), flush it to disk, then ``os.replace`` it over
the destination in one step. Readers see either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:  # the type only: skp periksa writes reports, never workbooks, and skips openpyxl
    from openpyxl import Workbook


def _default_mode() -> int:
    """Permissions a plain ``open(path, "w")`` gives: mkstemp's 0600 would hide outputs from colleagues."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_DEFAULT_MODE = _default_mode()


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a binary file object, then move the result onto ``path`` atomically.

    If ``write`` raises, the destination is untouched and the temporary file is removed.
    """
    path = Path(path)
    mode = path.stat().st_mode & 0o7777 if path.exists() else _DEFAULT_MODE
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def atomic_create(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Like :func:`atomic_write`, but never replaces: :class:`FileExistsError` if ``path`` exists.

    The finished temporary file is hard-linked to ``path``, which the file system refuses when the name
    is taken, so of two writers racing for one name exactly one wins and nothing is ever overwritten.
    """
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, _DEFAULT_MODE)
        os.link(temp_name, path)
    finally:
        Path(temp_name).unlink(missing_ok=True)


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Save an openpyxl workbook to ``path`` through :func:`atomic_write`."""
    atomic_write(path, workbook.save)
