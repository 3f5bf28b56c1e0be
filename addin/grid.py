"""An open ``xlwings.Book`` as the :class:`~skp.reading.grid.WorkbookGrid` every reader consumes.

The add-in must find exactly what ``skp periksa`` finds, so it never reads cells itself: it copies each
sheet's values from A1 into the same plain shape the file loader produces, and the one reader runs.
Values are normalised the way the file loader does (text stripped, empty → ``None``, whole floats →
``int``). Merged areas matter to the reader (a TARGET header spanning number and satuan, an RK merged
over its IKI rows): the desktop engines report them, asked run by run so a form costs a few hundred
calls rather than one per cell. xlwings' remote engine cannot report them (nor number formats): there
the sheet is marked ``values_only`` and the reader does not take what it cannot see for missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import xlwings as xw

from skp.reading.formats import affix_of, shown
from skp.reading.grid import VALUES_ONLY_SHEET, SheetGrid, WorkbookGrid, plain_row

# the add-in's record of its marks, xlwings' config sheet (server URL and token of the server templates) and
# the mark of a workbook the server stored (a staff member may open that copy and press a button again)
ADDIN_SHEETS = frozenset({"_skp_tanda", "xlwings.conf", VALUES_ONLY_SHEET.casefold()})
# Periksa SKP's result sheet: "Hasil Periksa", or "Hasil Periksa (2)" … where the workbook already has a sheet
# of that name that the agency wrote itself (a reviewer's notes), which the button must neither read as its
# own nor overwrite. Its own carries this title in A1.
HASIL_SHEET = "Hasil Periksa"
HASIL_TITLE = "HASIL PERIKSA SKP"
_HASIL_NAME = re.compile(r"hasil periksa(?: \([0-9]+\))?")


def hasil_names() -> list[str]:
    """The names Periksa SKP may give its result sheet, in the order it tries them."""
    return [HASIL_SHEET, *(f"{HASIL_SHEET} ({n})" for n in range(2, 10))]


def is_hasil_sheet(sheet: xw.Sheet) -> bool:
    """Whether ``sheet`` is a result sheet Periksa SKP wrote (its name and title), not the agency's own."""
    if not _HASIL_NAME.fullmatch(sheet.name.casefold()):
        return False
    title = sheet.range("A1").value
    return isinstance(title, str) and title.strip() == HASIL_TITLE


def addin_sheet(sheet: xw.Sheet) -> bool:
    """Whether ``sheet`` is one the add-in or xlwings wrote, never part of the staff member's SKP."""
    return sheet.name.casefold() in ADDIN_SHEETS or is_hasil_sheet(sheet)


Area = tuple[int, int, int, int]  # (r0, c0, r1, c1), 0-based inclusive
_SHORT_RUN = 4  # below this many cells, asking each cell beats halving


def find_merged_areas(
    n_rows: int, n_cols: int, has_merge: Callable[[int, int, int], bool], area_at: Callable[[int, int], Area],
) -> list[Area]:
    """Every merged area within ``n_rows`` × ``n_cols``, asking as few questions as possible.

    ``has_merge(r, c0, c1)`` says whether any cell of row ``r`` between columns ``c0`` and ``c1`` is
    merged; ``area_at(r, c)`` is the merged area holding a cell (the cell itself when unmerged). A run of
    cells without a merge costs one question; a long run with one is halved, a short one asked cell by
    cell. Cells inside a found area (the lower rows of an RK merged over its IKI rows) are not asked again.
    """
    areas: list[Area] = []
    covered: set[tuple[int, int]] = set()

    def scan(r: int, c0: int, c1: int) -> None:
        for start, end in _uncovered_runs(r, c0, c1, covered):
            if not has_merge(r, start, end):
                continue
            if end - start >= _SHORT_RUN:
                middle = (start + end) // 2
                scan(r, start, middle)
                scan(r, middle + 1, end)
                continue
            for c in range(start, end + 1):
                if (r, c) in covered:
                    continue
                top, left, bottom, right = area_at(r, c)
                if (top, left) != (bottom, right):
                    areas.append((top, left, bottom, right))
                    covered.update((i, j) for i in range(top, bottom + 1) for j in range(left, right + 1))

    for r in range(n_rows):
        scan(r, 0, n_cols - 1)
    return areas


def _uncovered_runs(r: int, c0: int, c1: int, covered: set[tuple[int, int]]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for c in range(c0, c1 + 1):
        if (r, c) in covered:
            continue
        if runs and runs[-1][1] == c - 1:
            runs[-1] = (runs[-1][0], c)
        else:
            runs.append((c, c))
    return runs


def merged_areas(sheet: xw.Sheet, n_rows: int, n_cols: int) -> list[Area] | None:
    """The sheet's merged areas as the desktop engines report them; None where the engine cannot say
    (xlwings' remote engine: its clients send values only)."""
    if not (n_rows and n_cols):
        return []
    try:
        if sheet.range((1, 1), (n_rows, n_cols)).merge_cells is False:
            return []
    except NotImplementedError:
        return None

    def has_merge(r: int, c0: int, c1: int) -> bool:
        # False only when nothing in the range is merged (Excel answers None for a mixed range).
        return sheet.range((r + 1, c0 + 1), (r + 1, c1 + 1)).merge_cells is not False

    def area_at(r: int, c: int) -> Area:
        area = sheet.range((r + 1, c + 1)).merge_area
        height, width = area.shape
        return (area.row - 1, area.column - 1, area.row + height - 2, area.column + width - 2)

    return find_merged_areas(n_rows, n_cols, has_merge, area_at)


def word_numbers(
    rows: list[list[Any]],
    column_format: Callable[[int, int], str | None],
    cell_format: Callable[[int, int], str],
) -> None:
    """Numbers whose format writes words (``12`` formatted ``#,##0 "laporan"``) become the text Excel
    shows, as the file loader reads them (:mod:`skp.reading.formats`). ``column_format(c, n_rows)`` is the
    format shared by a whole column, None when its cells differ (as Excel answers); only then are the
    column's numbers asked one by one."""
    n_cols = max((len(row) for row in rows), default=0)
    for c in range(n_cols):
        numbers = [r for r, row in enumerate(rows) if c < len(row) and type(row[c]) in (int, float)]
        if not numbers:
            continue
        shared = column_format(c, len(rows))
        for r in numbers:
            affix = affix_of(shared if shared is not None else cell_format(r, c))
            if affix is not None:
                rows[r][c] = shown(rows[r][c], affix)


def worded_numbers(sheet: xw.Sheet, rows: list[list[Any]]) -> None:
    """:func:`word_numbers` on the desktop engines; the remote engine cannot read formats, so there the
    numbers stay bare (as merged areas stay unknown)."""

    def column_format(c: int, n_rows: int) -> str | None:
        return sheet.range((1, c + 1), (n_rows, c + 1)).number_format  # type: ignore[no-any-return]

    def cell_format(r: int, c: int) -> str:
        return sheet.range((r + 1, c + 1)).number_format or ""

    try:
        word_numbers(rows, column_format, cell_format)
    except NotImplementedError:
        return


def sheet_values(sheet: xw.Sheet) -> list[list[Any]]:
    """The sheet's values from A1 to the last used cell, two-dimensional; ``[]`` for an empty sheet. A
    formula's error is read as its text (``#REF!``), as the file loader reads it, not as an empty cell."""
    last = sheet.used_range.last_cell
    values = sheet.range((1, 1), (last.row, last.column)).options(ndim=2, err_to_str=True).value
    rows = [plain_row(row) for row in values or []]
    return rows if any(v is not None for row in rows for v in row) else []


def very_hidden(sheet: xw.Sheet) -> bool:
    """Whether the sheet is ``veryHidden``, which Excel offers no way to show: the file loader leaves such a
    sheet out, so the add-in does too. xlwings' ``visible`` says False for it as for a hidden sheet; the
    remote engine's client sends ``VeryHidden``, Excel for Windows answers ``Visible`` = 2
    (``xlSheetVeryHidden``)."""
    api = sheet.api
    if isinstance(api, dict):
        return api.get("visibility") == "VeryHidden"
    return getattr(api, "Visible", None) == 2


def book_grid(book: xw.Book) -> WorkbookGrid:
    """Every sheet of ``book`` except the add-in's own result sheets, in workbook order."""
    sheets = []
    for sheet in book.sheets:
        if addin_sheet(sheet) or very_hidden(sheet):
            continue
        rows = sheet_values(sheet)
        worded_numbers(sheet, rows)
        merged = merged_areas(sheet, len(rows), max((len(r) for r in rows), default=0))
        sheets.append(SheetGrid(name=sheet.name, rows=rows, merged=merged or [], hidden=not sheet.visible,
                                values_only=merged is None))
    return WorkbookGrid(sheets)
