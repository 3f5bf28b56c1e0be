"""Finding the workbooks to examine under the folders and files a user names.

HR points the tool at a shared folder as staff left it: sub-folders per unit, Excel's ``~$`` lock files
of workbooks still open, hidden ``.git``/``.Trash`` folders. Discovery keeps only real workbooks, each
once even when named twice (a folder and a file inside it), in an order that does not depend on the file
system, so two runs over the same folder give the same report.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

EXTENSIONS = (".xlsx", ".xlsm", ".xls")


def _is_workbook_name(name: str) -> bool:
    return name.lower().endswith(EXTENSIONS) and not name.startswith(("~$", "."))


def _walk(folder: Path) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if _is_workbook_name(name):
                yield Path(dirpath) / name


def display_name(path: Path) -> str:
    """The path as text any report can hold: a byte that is not UTF-8 (a Latin-1 name unzipped from an
    old Windows archive) is written ``\\xe9`` instead of a surrogate that no JSON, XML or terminal
    accepts. Each byte keeps its own spelling, so two names that differ only in such a byte stay two
    names in every report (U+FFFD for all of them once merged two people's files in the recap)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def file_identity(path: Path) -> object:
    """What makes two names one file on disk: its device and inode, from one ``stat`` where resolving
    the path costs a lookup per path component (noticeable over a national batch). The resolved path
    stands in where there is no inode to compare: a named file that does not exist (still reported,
    once) and file systems that report none (0, e.g. FAT on Windows)."""
    try:
        status = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (status.st_dev, status.st_ino) if status.st_ino else os.path.realpath(path)


def discover(paths: Iterable[Path], *, as_named: bool = False) -> list[Path]:
    """Workbooks under ``paths``, sorted by path, duplicates (same file on disk) removed.

    Folders are searched recursively for .xlsx/.xlsm/.xls; a file named explicitly is always kept,
    whatever its extension, so that a user who names it sees it in the report (as unreadable if need be).
    With ``as_named`` the order is the user's (``skp nilai b.xlsx a.xlsx`` answers in that order), each
    folder's workbooks sorted in its place.
    """
    found: dict[object, Path] = {}
    for root in paths:
        candidates = sorted(_walk(root), key=str) if root.is_dir() else [root]
        for path in candidates:  # sorted, so that of two links to one file the same one is kept on any disk
            found.setdefault(file_identity(path), path)
    return list(found.values()) if as_named else sorted(found.values(), key=lambda p: str(p))
