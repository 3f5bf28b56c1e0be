"""A workbook as plain cell values: the one shape every reader consumes.

Files are loaded into this shape by :mod:`skp.reading.load` (python-calamine, fast, never executes
macros); the add-in builds it from an ``xlwings.Book``; tests may build it from openpyxl. Whatever the
source, the same reader then runs, so Excel and the command line can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from xlsxwriter.utility import xl_col_to_name

# A hidden sheet by this name marks a workbook rebuilt from cell values alone (the server's stored
# submissions): its loader drops the sheet and reads the others as ``values_only``, as the server did.
VALUES_ONLY_SHEET = "_skp_nilai_saja"
_EXACT_INTEGER = 1e15  # Excel keeps 15 significant digits; beyond that an integral float is not exact

Cell = str | int | float | bool | datetime | date | time | timedelta | None


def plain_row(values: list[Any]) -> list[Cell]:
    """One row as every loader must hand it over: text stripped (empty → ``None``) and, beyond ASCII or with
    a hyphen at a line end, without invisible characters and hyphenated line breaks (:func:`visible_text`),
    whole numbers as ``int`` (as openpyxl gives them), other numbers without binary noise
    (:func:`without_noise`), everything else as is.

    Written as one comprehension, empty cells (most of a form) decided first: a function call per cell
    cost more than the conversion itself on the batch's hot path (only a non-ASCII text or a fractional
    number pays one; ``str.isascii`` reads a flag). A blank row as python-calamine hands it over (empty
    strings, a third of a form's rows) is counted at C speed and made whole.
    """
    if values.count("") == len(values):
        return [None] * len(values)
    return [
        None
        if value == ""
        else (value.strip() or None)
        if type(value) is str and value.isascii() and "-\n" not in value
        else visible_text(value)
        if type(value) is str
        else int(value)
        if type(value) is float and value.is_integer() and -_EXACT_INTEGER < value < _EXACT_INTEGER
        else without_noise(value)
        if type(value) is float
        else value
        for value in values
    ]


# Zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen: pasted from the web or
# Word, shown as nothing, yet they split a number from its satuan or make an empty cell look filled.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


# A word broken with a hyphen at a line end inside one cell, as text copied from a PDF keeps it:
# ``pe-\nlayanan``.
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")


def visible_text(value: str) -> str | None:
    """A text as the sheet shows it: invisible characters dropped, then stripped; ``None`` when nothing
    visible is left (a cell holding only a zero-width space is empty). A word hyphenated across a line
    break inside the cell is whole again."""
    text = value.translate(_INVISIBLE).strip()
    if "-\n" in text:
        text = _HYPHEN_BREAK_RE.sub("", text)
    return text or None


_NOISE_DECIMALS = 9  # what a form's numbers can mean: no target, threshold or capaian has more decimals
_NOISE_RELATIVE = 1e-12  # binary rounding of a formula result or an export is a few units in the 16th digit


def without_noise(value: float) -> float | int:
    """A number as the sheet shows it when it carries only binary noise: ``85.00000000000017`` (a formula
    result, or a spreadsheet service's export of every digit) → ``85``, ``0.9199999999999999`` → ``0.92``.
    A value that really has more decimals (``96.66666666666667``) is kept as it is."""
    rounded = round(value, _NOISE_DECIMALS)
    if rounded == value or abs(value - rounded) > _NOISE_RELATIVE * max(1.0, abs(value)):
        return value
    return int(rounded) if rounded.is_integer() and -_EXACT_INTEGER < rounded < _EXACT_INTEGER else rounded


@cache
def _column_name(col: int) -> str:
    """0-based column → ``"F"``; remembered (16,384 columns at most), since every finding and model part
    names its cells."""
    return xl_col_to_name(col)


def a1(row: int, col: int) -> str:
    """0-based (row, col) → ``"F14"``."""
    return f"{_column_name(col)}{row + 1}"


@dataclass
class SheetGrid:
    """One sheet. ``rows[r][c]`` is 0-based from A1; a merged area holds its value in its top-left cell.

    Values are ``str``, ``int``, ``float``, ``bool``, ``datetime``/``date``/``time`` or ``None``;
    empty strings are normalised to ``None`` by the loaders.

    ``values_only`` marks a sheet built from cell values alone, as xlwings' remote clients send them
    (the server's buttons): its merged areas and number formats are unknown, not absent, so the reader
    takes an empty RK atasan under an RK's as merged from it, and a bare number as possibly carrying a
    satuan its format writes.
    """

    name: str
    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (r0, c0, r1, c1) inclusive
    hidden: bool = False
    values_only: bool = False

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, col: int) -> Any:
        if 0 <= row < len(self.rows):
            cells = self.rows[row]
            if 0 <= col < len(cells):
                return cells[col]
        return None

    def merged_area(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        """The merged area containing (row, col), if any."""
        for area in self.merged:
            if area[0] <= row <= area[2] and area[1] <= col <= area[3]:
                return area
        return None


ErrorCells = dict[str, dict[tuple[int, int], str]]  # sheet name → (row, col) → the error Excel shows


@dataclass
class WorkbookGrid:
    sheets: list[SheetGrid]
    # The cells showing a formula's error, found when first asked (:mod:`skp.reading.cell_errors`): set by a
    # loader whose parser hands them over as nothing; none where the cells already hold the error's text.
    error_cells: Callable[[], ErrorCells] | None = field(default=None, compare=False, repr=False)
    # Of the cells asked for (sheet name → A1 cells), those holding a formula whose result was never stored
    # (:mod:`skp.reading.unvalued`): set by a loader of packages whose writers may leave results out.
    unvalued_formulas: Callable[[dict[str, set[str]]], set[tuple[str, str]]] | None = field(
        default=None, compare=False, repr=False)
    # Of the sheets asked for (names), the rows and columns the reviewer cannot see
    # (:mod:`skp.reading.hidden`), looked for only when asked: set by the file loader.
    hidden_lines: Callable[[set[str]], dict[str, Any]] | None = field(default=None, compare=False, repr=False)

    def sheet(self, name: str) -> SheetGrid | None:
        return next((s for s in self.sheets if s.name == name), None)

    def show_errors(self) -> bool:
        """Put the text of each error cell where the loader left nothing, once; whether any cell changed."""
        if self.error_cells is None:
            return False
        found, self.error_cells = self.error_cells(), None
        changed = False
        for sheet in self.sheets:
            rows = sheet.rows
            for (r, c), text in found.get(sheet.name, {}).items():
                if r < len(rows) and c < len(rows[r]) and rows[r][c] is None:
                    rows[r][c], changed = text, True
        return changed
