"""Write output files all-or-nothing.

A civil servant's SKP, a recap or a template must never be left half-written when the disk fills up, the
process is killed or Excel holds the old file: we write to a temporary file in the destination's own
directory (so the final rename stays on one file system), flush it to disk, then ``os.replace`` it over
the destination in one step. Readers see either the old file or the new one, never a torn one.

Only a regular file is replaced that way. A destination that is a device, a FIFO or a socket (``-o
/dev/stdout``, ``-o /dev/null``, a named pipe a script reads) is written through, in place: renaming over
it would replace the node with a regular file (as root, ``-o /dev/null`` would break the system). A
symbolic link keeps being a link: its target is what gets written.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:  # the type only: skp periksa writes reports, never workbooks, and skips openpyxl
    from openpyxl import Workbook


def _default_mode() -> int:
    """Permissions a plain ``open(path, "w")`` gives: mkstemp's 0600 would hide outputs from colleagues."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_DEFAULT_MODE = _default_mode()
_DESCRIPTORS = ("/dev/", "/proc/")


def _writes_through(path: Path) -> bool:
    """Whether ``path`` names something other than a regular file (or nothing): a device, FIFO, socket,
    or a descriptor link such as ``/dev/stdout`` → ``/proc/self/fd/1``."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode):
        return True
    # /dev/stdout redirected to a file resolves to that file: the descriptor is the caller's, write into it
    link = os.readlink(path) if path.is_symlink() else ""
    return os.path.abspath(path).startswith(_DESCRIPTORS) or link.startswith(_DESCRIPTORS)


class _Guarded:
    """The file object a writer gets: the real handle until the write fails, then a sink that only
    keeps count of positions.

    A writer that failed half-way (a full disk) still holds a ``ZipFile`` on its file object; when that
    is collected — often at exit, after the handle was closed — it writes its central directory and
    seeks, and Python prints an "Exception ignored" traceback under our clean Indonesian error. Once
    disarmed, those late writes go nowhere and positions stay consistent, so the collection is silent.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._position = 0
        self._armed = True

    def disarm(self) -> None:
        self._armed = False

    def write(self, data: bytes) -> int:
        if self._armed:
            self._handle.write(data)
        self._position += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if self._armed:
            self._position = self._handle.seek(offset, whence)
        elif whence == os.SEEK_SET:
            self._position = offset
        elif whence == os.SEEK_CUR:
            self._position += offset
        return self._position

    def tell(self) -> int:
        return self._handle.tell() if self._armed else self._position

    def flush(self) -> None:
        if self._armed:
            self._handle.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def _write_with(handle: BinaryIO, write: Callable[[BinaryIO], object]) -> None:
    guarded = _Guarded(handle)
    try:
        write(guarded)  # type: ignore[arg-type]
        guarded.flush()
    except BaseException:
        guarded.disarm()
        raise


def atomic_write(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` with a binary file object, then move the result onto ``path`` atomically.

    If ``write`` raises, the destination is untouched and the temporary file is removed. A device, FIFO
    or socket at ``path`` is written through instead; a symbolic link has its target replaced.
    """
    path = Path(path)
    if _writes_through(path):
        with open(path, "wb") as handle:
            _write_with(handle, write)
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    mode = path.stat().st_mode & 0o7777 if path.exists() else _DEFAULT_MODE
    temp_name = _written_temp(path, write, mode)
    try:
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _written_temp(path: Path, write: Callable[[BinaryIO], object], mode: int) -> str:
    """A temporary file beside ``path`` holding what ``write`` wrote, synced to disk, with ``mode``; on
    any failure nothing is left behind."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            try:
                _write_with(handle, write)
                os.fsync(handle.fileno())
            except BaseException:
                _to_null(handle.fileno())  # the close below would flush the rest onto a full disk
                raise
        os.chmod(temp_name, mode)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return temp_name


def _to_null(fd: int) -> None:
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)


def atomic_create(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Like :func:`atomic_write`, but never replaces: :class:`FileExistsError` if ``path`` exists.

    The finished temporary file is hard-linked to ``path``, which the file system refuses when the name
    is taken, so of two writers racing for one name exactly one wins and nothing is ever overwritten.
    """
    path = Path(path)
    temp_name = _written_temp(path, write, _DEFAULT_MODE)
    try:
        os.link(temp_name, path)
    finally:
        Path(temp_name).unlink(missing_ok=True)


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Save an openpyxl workbook to ``path`` through :func:`atomic_write`."""
    atomic_write(path, workbook.save)
