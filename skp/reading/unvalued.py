"""Cells holding a formula whose result was never stored: empty to a reader, a value on the reviewer's screen.

Excel, LibreOffice and the .xls format store every formula's last result beside it. Workbooks written by
programs (openpyxl, ExcelJS, SheetJS, the PHP exporters of agency web applications) often store the formula
alone, and Excel works the result out when the reviewer opens the file. python-calamine hands such a cell
over empty, so a TARGET built by a formula (``=12&" laporan"``), a REALISASI summed from the quarters or an
identity field looked up from another sheet would be reported empty or unmeasurable while the reviewer sees
a value. What such a cell holds cannot be told from the file, so it is not judged: the checker asks
:func:`unvalued_formulas` which of the cells its findings name are such cells, and leaves those findings
out (:func:`skp.periksa.check_grid`), as it leaves out findings under a header it could not place.

Only the cells a finding names that read empty are looked for, among the formulas of their worksheet part:
a workbook with no such finding costs nothing, one with them a search of one or two parts (a few hundredths
of a millisecond on average over a batch; the parts' names are remembered per run). A formula whose stored
result is the empty text (``t="str"`` with an empty ``<v>``, as Excel writes ``=IF(A1="","",A1)``) does show
nothing, and stays judged. Nothing here can refuse a file: a part that cannot be read has no such cell.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable

from xlsxwriter.utility import xl_cell_to_rowcol

from skp.reading.formats import UNREADABLE, Inflated, package_reader, remembered_sheet_parts, sheet_parts
from skp.reading.grid import WorkbookGrid

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"  # a namespace prefix some writers give every element (``x:c``)
_CELL_START = re.compile(rb"<" + _PREFIX + rb"c[\s/>]")
_CELL_END = re.compile(rb"</" + _PREFIX + rb"c\s*>")
_FORMULA = re.compile(rb"<" + _PREFIX + rb"f[\s/>]")
_VALUE = re.compile(rb"<" + _PREFIX + rb"v\s*>\s*[^<\s]")  # a stored result that is not empty
_TEXT_TYPE = re.compile(rb"""\st\s*=\s*["'](?:str|s|inlineStr)["']""")
_REFERENCE_ATTRIBUTE = re.compile(rb"""\sr\s*=\s*["']([A-Z]{1,3}[1-9][0-9]*)["']""")
_REFERENCE = re.compile(r"^[A-Z]{1,3}[1-9]\d*$")

# Bounds that keep the search linear in the part, whatever a hostile part repeats: how many elements back a
# formula's cell may start (its first child, after an inline string at most), how long a cell may be (a
# formula's text is at most 8,192 characters).
_STEPS_BACK = 4
_LONGEST_CELL = 65536

UnvaluedCells = set[tuple[str, str]]  # (sheet name, A1 cell)


def unvalued_formulas(
    data: bytes, entries: list[zipfile.ZipInfo] | None, memo: dict[object, object] | None,
    wanted: dict[str, set[str]], *, kept: Inflated | None = None,
) -> UnvaluedCells:
    """Of the ``wanted`` cells (sheet name → A1 references), those holding a formula with no stored result,
    in an .xlsx/.xlsm package; none for anything else. ``memo``: a run's table for the package's sheet
    parts (:func:`~skp.reading.formats.remembered_sheet_parts`), or None."""
    if not wanted or not data.startswith(b"PK"):
        return set()
    try:
        read = package_reader(data, entries, kept)
        parts = sheet_parts(read) if entries is None else remembered_sheet_parts(data, entries, read, memo)
        found: UnvaluedCells = set()
        for sheet, cells in wanted.items():
            content = read(parts[sheet]) if sheet in parts else None
            if content is not None and (b"</f>" in content or b":f>" in content):  # any formula at all
                unvalued = _unvalued_cells(content)
                found.update((sheet, cell) for cell in cells if cell.encode() in unvalued)
        return found
    except UNREADABLE:
        return set()


def _unvalued_cells(content: bytes) -> set[bytes]:
    """The references of a worksheet part's cells holding a formula and no result: each formula element
    found, then the cell element around it (a worksheet holds few formulas beside its many cells)."""
    out: set[bytes] = set()
    for formula in _FORMULA.finditer(content):
        start = content.rfind(b"<", 0, formula.start())
        for _ in range(_STEPS_BACK):  # the formula is a cell's first child: its start tag is just before
            if start < 0 or _CELL_START.match(content, start):
                break
            start = content.rfind(b"<", 0, start)
        else:
            continue
        tag_end = content.find(b">", start, formula.start()) if start >= 0 else -1
        if tag_end < 0:
            continue
        reference = _REFERENCE_ATTRIBUTE.search(content, start, tag_end)
        if reference is not None and _formula_without_result(content, start, tag_end):
            out.add(reference[1])
    return out


def _formula_without_result(content: bytes, start: int, tag_end: int) -> bool:
    """Whether the cell element starting at ``start`` (its start tag ending at ``tag_end``) holds a formula
    and no result."""
    if content[tag_end - 1 : tag_end] == b"/":
        return False  # an empty element: no formula
    close = _CELL_END.search(content, tag_end, tag_end + _LONGEST_CELL)
    if close is None:
        return False  # no end within a cell's length: nothing to say of it
    body = content[tag_end + 1 : close.start()]
    if not _FORMULA.search(body) or _VALUE.search(body):
        return False
    return not _TEXT_TYPE.search(content[start:tag_end])  # an empty text result shows nothing indeed


def blank_cells(places: Iterable[tuple[str | None, str | None]], grid: WorkbookGrid) -> dict[str, set[str]]:
    """Sheet name → the A1 cells among ``places`` (sheet, cell) that read empty in ``grid``: the only cells
    that can hold a formula without a stored result, which the parser hands over as nothing."""
    wanted: dict[str, set[str]] = {}
    for sheet, cell in places:
        if sheet and cell and _REFERENCE.match(cell):
            grid_sheet = grid.sheet(sheet)
            if grid_sheet is not None and grid_sheet.value(*xl_cell_to_rowcol(cell)) is None:
                wanted.setdefault(sheet, set()).add(cell)
    return wanted
