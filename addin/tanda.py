"""Colouring the cells a check points at, and putting them back exactly as they were.

A civil servant's workbook is theirs: the add-in may colour a cell to show a problem, but must be able
to undo it. Every marked cell and its original fill are recorded in a hidden sheet ``_skp_tanda`` that
travels with the workbook, so a later run (even in another Excel session) replaces the marks instead of
stacking them, and ``bersihkan_tanda`` restores each original fill. Excel's desktop engines report a
cell's fill; the remote engine cannot, and a cell whose fill could not be read is restored to no fill.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

import xlwings as xw

from skp.findings import Finding, Severity
from skp.sinks import live_cell_text

TANDA_SHEET = "_skp_tanda"
FILLS: dict[Severity, str] = {
    Severity.ERROR: "#F8CBAD",
    Severity.PERINGATAN: "#FFE699",
    Severity.INFO: "#BDD7EE",
}
_RANK = {Severity.ERROR: 0, Severity.PERINGATAN: 1, Severity.INFO: 2}
_HEADER = ["sheet", "sel", "warna_asal"]


@dataclass(frozen=True)
class Mark:
    """One coloured cell and the fill it had before the add-in touched it (``None``: no fill)."""

    sheet: str
    cell: str
    original: str | None


def find_sheet(book: xw.Book, name: str) -> xw.Sheet | None:
    """The sheet called ``name`` (case-insensitive, as Excel compares sheet names), if any."""
    folded = name.casefold()
    return next((s for s in book.sheets if s.name.casefold() == folded), None)


def _fill_hex(color: object) -> str | None:
    if color is None:
        return None
    if isinstance(color, str):
        return color if color.startswith("#") else f"#{color}"
    red, green, blue = cast("tuple[int, int, int]", color)  # xlwings gives an (r, g, b) tuple
    return f"#{red:02X}{green:02X}{blue:02X}"


def read_fill(range_: xw.Range) -> str | None:
    """The cell's fill as ``#RRGGBB``; ``None`` for no fill or when the engine cannot say."""
    try:
        return _fill_hex(range_.color)
    except NotImplementedError:
        return None


def recorded_marks(book: xw.Book) -> list[Mark]:
    """The marks a previous run left in ``_skp_tanda`` (empty when there is none)."""
    sheet = find_sheet(book, TANDA_SHEET)
    if sheet is None:
        return []
    rows = sheet.used_range.options(ndim=2).value or []
    # a sheet name written with the text prefix (live_cell_text) reads back without it in Excel; no sheet
    # name can start with an apostrophe, so one read back here is that prefix
    return [
        Mark(str(row[0]).removeprefix("'"), str(row[1]), str(row[2]) if len(row) > 2 and row[2] else None)
        for row in rows[1:]
        if row and row[0] and len(row) > 1 and row[1]
    ]


def worst_by_cell(findings: Iterable[Finding]) -> dict[tuple[str, str], Severity]:
    """The most serious severity per (sheet, cell), in the order the cells first appear."""
    worst: dict[tuple[str, str], Severity] = {}
    for finding in findings:
        if not (finding.sheet and finding.cell):
            continue
        key = (finding.sheet, finding.cell)
        if key not in worst or _RANK[finding.severity] < _RANK[worst[key]]:
            worst[key] = finding.severity
    return worst


def _restore(book: xw.Book, marks: Iterable[Mark]) -> None:
    for mark in marks:
        sheet = find_sheet(book, mark.sheet)
        if sheet is not None:
            sheet.range(mark.cell).color = mark.original


def _write_record(book: xw.Book, marks: list[Mark]) -> None:
    sheet = find_sheet(book, TANDA_SHEET)
    if not marks:
        if sheet is not None:
            sheet.delete()
        return
    if sheet is None:
        sheet = book.sheets.add(name=TANDA_SHEET, after=book.sheets[len(book.sheets) - 1])
        sheet.visible = False
    else:
        sheet.clear_contents()
    sheet.range("A1").value = [_HEADER, *([live_cell_text(m.sheet), m.cell, m.original or ""] for m in marks)]


def replace_marks(book: xw.Book, findings: Iterable[Finding]) -> list[Mark]:
    """Colour the cells of ``findings`` by severity; cells marked by an earlier run are released first.

    A cell already marked keeps the original fill recorded then, never the add-in's own colour.
    """
    previous = {(m.sheet.casefold(), m.cell): m for m in recorded_marks(book)}
    marks: list[Mark] = []
    for (sheet_name, cell), severity in worst_by_cell(findings).items():
        sheet = find_sheet(book, sheet_name)
        if sheet is None:
            continue
        target = sheet.range(cell)
        earlier = previous.pop((sheet.name.casefold(), target.address.replace("$", "")), None)
        original = earlier.original if earlier else read_fill(target)
        target.color = FILLS[severity]
        marks.append(Mark(sheet.name, target.address.replace("$", ""), original))
    _restore(book, previous.values())
    _write_record(book, marks)
    return marks


def clear_marks(book: xw.Book) -> int:
    """Put every recorded cell back to its original fill and drop the record; how many were restored."""
    marks = recorded_marks(book)
    _restore(book, marks)
    _write_record(book, [])
    return len(marks)
