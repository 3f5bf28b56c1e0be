"""Loading a submitted workbook file into a :class:`WorkbookGrid`, safely.

This is the only place the command line touches a workbook file. It reads the bytes once (read-only,
so a submission is never modified), lets :mod:`skp.reading.safety` refuse unsafe or unreadable content,
then parses with python-calamine, which reads .xlsx, .xlsm and .xls quickly and never runs macros (an
.xlsm's VBA project is simply not read). Whatever a broken file makes the parser raise is turned into a
:class:`WorkbookRejected`, so a batch records one file-scope finding and goes on.
"""

from __future__ import annotations

import io
import os
import posixpath
import sys
import threading
import zipfile
from functools import partial
from pathlib import Path

from defusedxml import ElementTree
from python_calamine import (
    CalamineError,
    CalamineSheet,
    CalamineWorkbook,
    PasswordError,
    SheetTypeEnum,
    SheetVisibleEnum,
)

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.reading.cell_errors import error_cells
from skp.reading.formats import UNREADABLE, Affix, Inflated, shown, worded_numbers
from skp.reading.grid import VALUES_ONLY_SHEET, SheetGrid, WorkbookGrid, plain_row
from skp.reading.hidden import hidden_lines
from skp.reading.repack import with_stored_parts
from skp.reading.safety import check_submission, part_bytes, read_submission, reading_limits
from skp.reading.unvalued import unvalued_formulas
from skp.reading.xls_dimensions import with_dimensions_cut


def load_grid(path: Path, config: Config, light: bool = False) -> WorkbookGrid:
    """The workbook at ``path`` as plain values, or :class:`WorkbookRejected` explaining why not.

    ``light``: the light safety scan (:func:`~skp.reading.safety.check_submission`), only for a process
    whose abort costs one file (an isolated worker).
    """
    return parse_submission(read_submission(path, reading_limits(config)), config, light)


def parse_submission(
    data: bytes, config: Config, light: bool = False, memo: dict[object, object] | None = None
) -> WorkbookGrid:
    """A submission's bytes (as :func:`~skp.reading.safety.read_submission` returns them, or as received
    from another machine) as plain values, after the safety scan (``memo``: see
    :func:`~skp.reading.safety.check_submission`)."""
    entries = check_submission(data, reading_limits(config), light, memo)
    try:
        return _parse(data, entries, memo)
    except PasswordError as exc:
        raise WorkbookRejected("berkas-terenkripsi", "buku kerja dilindungi kata sandi") from exc
    except CalamineError as exc:
        raise WorkbookRejected("berkas-rusak", "isi buku kerja rusak") from exc
    except MemoryError as exc:
        raise WorkbookRejected("berkas-terlalu-besar", "isi buku kerja terlalu besar untuk dibaca") from exc
    except Exception as exc:  # the parser's own errors for malformed content are not all CalamineError
        raise WorkbookRejected("berkas-rusak", "isi buku kerja tidak dapat diurai") from exc
    except BaseException as exc:
        # A Rust panic inside the parser arrives as pyo3's PanicException, a BaseException.
        if type(exc).__name__ != "PanicException":
            raise
        raise WorkbookRejected("berkas-rusak", "isi buku kerja tidak dapat diurai") from exc


class _NativeStderrSilencer:
    """Keeps a Rust panic's message off the user's terminal while calamine parses.

    A panic on malformed content reaches Python as an exception (translated in :func:`load_grid`), but
    Rust's panic hook first writes "thread panicked at …" straight to file descriptor 2, below Python's
    ``sys.stderr``. Descriptor 2 is borrowed only while some parse runs; the count makes overlapping parses
    in several threads restore it exactly once, after the last one. The null device is opened once, on
    first use, and kept: opening it for every parse cost a worker more than the rest of the swap.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._saved = -1
        self._devnull = -1

    def __enter__(self) -> None:
        with self._lock:
            if self._active == 0:
                sys.stderr.flush()
                if self._devnull < 0:
                    self._devnull = os.open(os.devnull, os.O_WRONLY)
                self._saved = os.dup(2)
                os.dup2(self._devnull, 2)
            self._active += 1

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._active -= 1
            if self._active == 0:
                os.dup2(self._saved, 2)
                os.close(self._saved)


_native_stderr_silenced = _NativeStderrSilencer()


def _parse(
    data: bytes, entries: list[zipfile.ZipInfo] | None, memo: dict[object, object] | None = None
) -> WorkbookGrid:
    """The worksheets a reviewer can open, as plain values. A ``veryHidden`` sheet is left out: Excel offers
    no way to show one (only a macro can), so it is a workbook's machinery (a list a data validation points
    at, an old form kept out of sight), never part of the form as submitted."""
    kept: Inflated = {}  # the parts inflated for one of the package's readers, kept for the others
    worded = worded_numbers(data, entries, memo, kept)
    if entries is None:
        parsed = with_dimensions_cut(data)
    else:
        parsed = _shared_strings_where_parser_looks(data, entries)
        if parsed is data:  # the parts inflated for the format words, not inflated a second time
            parsed = with_stored_parts(data, entries, kept)
    with _native_stderr_silenced, CalamineWorkbook.from_filelike(io.BytesIO(parsed)) as workbook:
        sheets = [
            _sheet(
                workbook.get_sheet_by_name(meta.name),
                meta.visible != SheetVisibleEnum.Visible,
                worded.get(meta.name, {}),
            )
            for meta in workbook.sheets_metadata
            if meta.typ == SheetTypeEnum.WorkSheet and meta.visible != SheetVisibleEnum.VeryHidden
        ]
    if any(sheet.name == VALUES_ONLY_SHEET for sheet in sheets):
        sheets = [sheet for sheet in sheets if sheet.name != VALUES_ONLY_SHEET]
        for sheet in sheets:
            sheet.values_only = True
    unseen = partial(hidden_lines, data, entries, memo, kept=kept)
    if entries is None:  # an .xls stores every formula's result
        return WorkbookGrid(sheets, hidden_lines=unseen)
    return WorkbookGrid(sheets, error_cells=partial(error_cells, data, entries, kept),
                        unvalued_formulas=partial(unvalued_formulas, data, entries, memo, kept=kept),
                        hidden_lines=unseen)


def parser_bytes(data: bytes) -> bytes:
    """A workbook's bytes as the loader hands them to python-calamine, for tools and tests that open it with
    the parser themselves (see :func:`_shared_strings_where_parser_looks`, and for an .xls
    :mod:`skp.reading.xls_dimensions`)."""
    if not data.startswith(b"PK"):
        return with_dimensions_cut(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except zipfile.BadZipFile:
        return data
    return _shared_strings_where_parser_looks(data, entries)


_SHARED_STRINGS_PART = "xl/sharedstrings.xml"  # where python-calamine looks, whatever the case of its letters
_WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
_SHARED_STRINGS_TYPE = "/sharedStrings"  # the end of the relationship type, Transitional or Strict
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _shared_strings_where_parser_looks(data: bytes, entries: list[zipfile.ZipInfo]) -> bytes:
    """The package as python-calamine can read it: a shared-strings part the workbook's relationship names
    elsewhere than ``xl/sharedStrings.xml`` (OPC finds a part by its relationship, not its name; Microsoft
    Dynamics AX exports and other generators write ``xl/strings.xml`` and the like) is moved there, since the
    parser looks only at that name and would find every text cell's string missing.

    A package with a part of that name (nearly every one), or with none the relationship names, is returned
    as it is, after one look at the names; only a workbook without that part (also one whose strings are all
    inline) reads its relationships, a few hundred bytes. Only a part ending in ``.xml`` is moved: the
    safety scan has read every such part and no other.
    """
    if any(entry.filename.lower() == _SHARED_STRINGS_PART for entry in entries):
        return data
    by_key = {entry.filename.replace("\\", "/").lower(): entry for entry in entries}
    rels = by_key.get(_WORKBOOK_RELS)
    if rels is None:
        return data
    try:
        content = part_bytes(data, rels)
        if _SHARED_STRINGS_TYPE.encode() not in content:
            return data
        target = next(
            (rel.get("Target", "") for rel in ElementTree.fromstring(content).iter(_RELATIONSHIP)
             if rel.get("Type", "").endswith(_SHARED_STRINGS_TYPE) and rel.get("TargetMode") != "External"),
            "",
        ).replace("\\", "/")
    except UNREADABLE:  # the parser says what is wrong with the package
        return data
    name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    entry = by_key.get(name.lower())
    if entry is None or not name.lower().endswith(".xml"):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
        for part in entries:
            name = "xl/sharedStrings.xml" if part is entry else part.filename
            package.writestr(name, part_bytes(data, part))
    return out.getvalue()


def _sheet(sheet: CalamineSheet, hidden: bool, worded: dict[tuple[int, int], Affix]) -> SheetGrid:
    rows = [plain_row(row) for row in sheet.to_python(skip_empty_area=False)]
    for (r, c), affix in worded.items():  # a number shown with its format's words: read what is shown
        value = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
        if type(value) in (int, float):
            rows[r][c] = shown(value, affix)  # type: ignore[arg-type]
    merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ()]
    return SheetGrid(name=sheet.name, rows=rows, merged=merged, hidden=hidden)
