"""An open ``xlwings.Book`` as the :class:`~skp.reading.grid.WorkbookGrid` every reader consumes.

The add-in must find exactly what ``skp periksa`` finds, so it never reads cells itself: it copies each
sheet's values from A1 into the same plain shape the file loader produces, and the one reader runs.
Values are normalised the way the file loader does (text stripped, empty → ``None``, whole floats →
``int``). Merged areas matter to the reader (a TARGET header spanning number and satuan, an RK merged
over its IKI rows): the desktop engines report them, and only rows that hold a merge are asked cell by
cell. xlwings' remote engine cannot report them, so there the reader sees the sheet unmerged.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import xlwings as xw

from skp.reading.grid import SheetGrid, WorkbookGrid

ADDIN_SHEETS = frozenset({"hasil periksa", "_skp_tanda"})
_EXACT_INTEGER = 1e15  # Excel keeps 15 significant digits


def _cell(value: Any) -> str | int | float | bool | datetime | date | time | timedelta | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT_INTEGER:
        return int(value)
    return value


def merged_areas(sheet: xw.Sheet, n_rows: int, n_cols: int) -> list[tuple[int, int, int, int]]:
    """Merged areas within the first ``n_rows`` × ``n_cols`` cells as 0-based inclusive (r0, c0, r1, c1).

    ``merge_cells`` of a multi-cell range is False only when nothing in it is merged, so whole rows
    without a merge cost one call each.
    """
    if not (n_rows and n_cols):
        return []
    try:
        if sheet.range((1, 1), (n_rows, n_cols)).merge_cells is False:
            return []
    except NotImplementedError:
        return []
    areas: list[tuple[int, int, int, int]] = []
    covered: set[tuple[int, int]] = set()
    for r in range(1, n_rows + 1):
        if sheet.range((r, 1), (r, n_cols)).merge_cells is False:
            continue
        for c in range(1, n_cols + 1):
            if (r, c) in covered:
                continue
            area = sheet.range((r, c)).merge_area
            height, width = area.shape
            if height == width == 1:
                continue
            top, left = area.row, area.column
            areas.append((top - 1, left - 1, top + height - 2, left + width - 2))
            covered.update((i, j) for i in range(top, top + height) for j in range(left, left + width))
    return areas


def sheet_values(sheet: xw.Sheet) -> list[list[Any]]:
    """The sheet's values from A1 to the last used cell, two-dimensional; ``[]`` for an empty sheet."""
    last = sheet.used_range.last_cell
    values = sheet.range((1, 1), (last.row, last.column)).options(ndim=2).value
    rows = [[_cell(v) for v in row] for row in values or []]
    return rows if any(v is not None for row in rows for v in row) else []


def book_grid(book: xw.Book) -> WorkbookGrid:
    """Every sheet of ``book`` except the add-in's own result sheets, in workbook order."""
    sheets = []
    for sheet in book.sheets:
        if sheet.name.casefold() in ADDIN_SHEETS:
            continue
        rows = sheet_values(sheet)
        merged = merged_areas(sheet, len(rows), max((len(r) for r in rows), default=0))
        sheets.append(SheetGrid(name=sheet.name, rows=rows, merged=merged, hidden=not sheet.visible))
    return WorkbookGrid(sheets)
