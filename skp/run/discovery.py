"""Finding the workbooks to examine under the folders and files a user names.

HR points the tool at a shared folder as staff left it: sub-folders per unit, Excel's ``~$`` lock files
of workbooks still open, hidden ``.git``/``.Trash`` folders. Discovery keeps only real workbooks, each
once even when named twice (a folder and a file inside it), in an order that does not depend on the file
system, so two runs over the same folder give the same report.

A national batch names a million files, and the list of them is needed for the whole run: it is kept
in anonymous temporary files (:class:`PathList`: the encoded paths and their end offsets, read back a
window of a few thousand at a time), so the main process holds the same few hundred kilobytes of it
whatever the batch's size (in memory the paths cost their length plus 8 bytes each, some 120 MB per
million files; a ``Path`` object some 360 bytes), and folders are walked in sorted order so that no list
of every path is built to be sorted.
"""

from __future__ import annotations

import heapq
import os
import sys
import tempfile
import threading
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, overload

# .ods too: LibreOffice Calc saves there unless told otherwise, and a submission left out of the list would
# be one nobody hears of (with a daftar pegawai, its sender "belum mengirim"); it is reported, not read
# (skp.reading.safety says how to save it again)
EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
_WINDOW = 4096  # paths a PathList writes and reads back at a time
_PREAD = getattr(os, "pread", None)  # not on Windows
_FS_ENCODING, _FS_ERRORS = sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()


def _is_workbook_name(name: str) -> bool:
    return name.lower().endswith(EXTENSIONS) and not name.startswith(("~$", "."))


class PathList(Sequence[Path]):
    """Paths in anonymous temporary files, as their file-system bytes (``os.fsencode``, so any name
    round-trips) and their end offsets; each ``Path`` is made when asked for.

    Read back a window of :data:`_WINDOW` paths at a time, which the run's mostly in-order accesses (a
    chunk of tasks after another, reports in order) use whole; the window is replaced in one assignment
    and the files read without moving their offset (or under a lock), so threads may share the list.
    The files disappear with the list.
    """

    def __init__(self, paths: Iterable[str] = ()) -> None:
        self._paths = tempfile.TemporaryFile(prefix="skp-jalur-")  # noqa: SIM115 (live with the list)
        self._ends = tempfile.TemporaryFile(prefix="skp-jalur-")  # noqa: SIM115
        pending, ends, offset, count = bytearray(), array("q"), 0, 0
        for path in paths:
            pending += os.fsencode(path)
            ends.append(offset + len(pending))
            if len(ends) == _WINDOW:  # written a window at a time: never more of the list in memory
                offset += self._paths.write(pending)
                count += self._ends.write(ends.tobytes()) // 8
                pending, ends = bytearray(), array("q")
        self._paths.write(pending)
        self._count = count + self._ends.write(ends.tobytes()) // 8
        self._paths.flush()
        self._ends.flush()
        self._lock = threading.Lock()
        self._window: tuple[int, array[int], int, bytes] = (0, array("q"), 0, b"")

    def __len__(self) -> int:
        return self._count

    def __reduce__(self) -> tuple[type, tuple[list[str]]]:
        """Pickled as the paths themselves: its temporary files belong to this process."""
        return PathList, (list(self.texts()),)

    def _read(self, file: IO[bytes], position: int, size: int) -> bytes:
        """``size`` bytes at ``position``; where the system has it, with ``pread``, which leaves the file
        offset alone: a worker process forked while the list is open shares that offset."""
        if _PREAD is not None:
            return _PREAD(file.fileno(), size, position)
        with self._lock:
            file.seek(position)
            return file.read(size)

    def _load(self, first: int) -> tuple[int, array[int], int, bytes]:
        """The window of paths from ``first`` on: their end offsets after the previous path's end (0 for
        the first path), the offset its bytes start at, and the bytes."""
        last = min(self._count, first + _WINDOW)
        ends = array("q", [0] if first == 0 else [])
        ends.frombytes(self._read(self._ends, 8 * max(first - 1, 0), 8 * (last - max(first - 1, 0))))
        base = ends[0]
        window = (first, ends, base, self._read(self._paths, base, ends[-1] - base))
        self._window = window
        return window

    def text(self, index: int) -> str:
        """The path at ``index`` (0 to length - 1) as text (what ``str()`` of the ``Path`` gives)."""
        first, ends, base, blob = self._window
        if not first <= index < first + len(ends) - 1:
            if not 0 <= index < self._count:
                raise IndexError(index)
            first, ends, base, blob = self._load(index)
        at = index - first
        return blob[ends[at] - base : ends[at + 1] - base].decode(_FS_ENCODING, _FS_ERRORS)  # os.fsdecode

    @overload
    def __getitem__(self, index: int) -> Path: ...
    @overload
    def __getitem__(self, index: slice) -> list[Path]: ...
    def __getitem__(self, index: int | slice) -> Path | list[Path]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return Path(self.text(index % len(self)))

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same paths, as the list it stands for would be."""
        if not isinstance(other, Sequence) or isinstance(other, str) or len(other) != len(self):
            return False
        return all(mine == theirs for mine, theirs in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # compared by content, so unhashable like a list

    def texts(self) -> Iterator[str]:
        """Every path as text, in order."""
        return (self.text(i) for i in range(len(self)))


def _join(folder: str, name: str) -> str:
    """``str(Path(folder) / name)`` for a folder already written as ``str(Path(...))``."""
    if folder == ".":
        return name
    return folder + name if folder.endswith(os.sep) else folder + os.sep + name


def _listing(folder: str) -> list[tuple[str, bool]]:
    """``(path, is folder)`` of the workbooks and sub-folders in ``folder``, as ``os.walk`` sees them
    (hidden folders skipped, folder links not followed, an unreadable folder empty), in the order of the
    full paths under them: by name, a folder's name with a separator appended (a separator sorts in a
    name's place as it does in every full path under that folder)."""
    listed = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    if not entry.name.startswith(".") and not entry.is_symlink():
                        listed.append((entry.name + os.sep, True))
                elif _is_workbook_name(entry.name):
                    listed.append((entry.name, False))
    except OSError:
        return []
    return [(_join(folder, key[:-1] if is_dir else key), is_dir) for key, is_dir in sorted(listed)]


def _sorted_walk(folder: str) -> Iterator[str]:
    """The workbooks under ``folder`` in the order of their path text, found one folder at a time
    rather than all collected and then sorted; a stack, not recursion, however deep the folders go."""
    stack = [iter(_listing(folder))]
    while stack:
        for path, is_dir in stack[-1]:
            if is_dir:
                stack.append(iter(_listing(path)))
                break
            yield path
        else:
            stack.pop()


def display_name(path: Path | str) -> str:
    """The path as text any report can hold: a byte that is not UTF-8 (a Latin-1 name unzipped from an
    old Windows archive) is written ``\\xe9`` instead of a surrogate that no JSON, XML or terminal
    accepts. Each byte keeps its own spelling, so two names that differ only in such a byte stay two
    names in every report (U+FFFD for all of them once merged two people's files in the recap)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def file_identity(path: Path | str) -> object:
    """What makes two names one file on disk: its device and inode, from one ``stat`` where resolving
    the path costs a lookup per path component (noticeable over a national batch). The resolved path
    stands in where there is no inode to compare: a named file that does not exist (still reported,
    once) and file systems that report none (0, e.g. FAT on Windows)."""
    try:
        status = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (status.st_dev, status.st_ino) if status.st_ino else os.path.realpath(path)


def _compact(identity: object) -> object:
    """A :func:`file_identity` as one number where it is a (device, inode) pair: a third of the memory
    of the pair, for every file of the run while it is discovered."""
    if isinstance(identity, tuple):
        device, inode = identity
        return device << 64 | inode
    return identity


def discover(
    paths: Iterable[Path], *, as_named: bool = False, leave_out: Collection[object] = ()
) -> PathList:
    """Workbooks under ``paths``, sorted by path, duplicates (same file on disk) removed.

    Folders are searched recursively for .xlsx/.xlsm/.xls; a file named explicitly is always kept,
    whatever its extension, so that a user who names it sees it in the report (as unreadable if need be).
    With ``as_named`` the order is the user's (``skp nilai b.xlsx a.xlsx`` answers in that order), each
    folder's workbooks sorted in its place. Files whose :func:`file_identity` is in ``leave_out`` (the
    command's own outputs) are left out.
    """
    seen = {_compact(identity) for identity in leave_out}

    def unseen(candidates: Iterable[str]) -> Iterator[str]:
        for path in candidates:  # sorted, so that of two links to one file the same one is kept on any disk
            identity = _compact(file_identity(path))
            if identity not in seen:
                seen.add(identity)
                yield path

    found = [PathList(unseen(_sorted_walk(str(root)) if root.is_dir() else [str(root)])) for root in paths]
    if len(found) > 1 and not as_named:
        return PathList(heapq.merge(*(part.texts() for part in found)))
    return found[0] if len(found) == 1 else PathList(p for part in found for p in part.texts())
