"""A thin writer over an openpyxl worksheet: styled (merged) cells, dropdowns, row heights, set-up.

Every sheet of a form is written through this one class so that merging, protection, dropdowns and print
set-up follow the same rules everywhere. Physical columns are planned by :class:`ColumnPlan`: a table
column may span several sheet columns, because the kop needs six slots side by side (NO | label | value,
twice) even above a four-column JPT table — official forms merge their wide columns the same way.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from skp.errors import ConfigurationError
from skp.vocab import VALIDATION_LISTS

LIST_SHEET = "Daftar"
_MIN_SLOTS = 6  # NO | label | value for each of the two kop blocks
_LINE_HEIGHT = 13.0  # points per text line at 10 pt
_CHARS_PER_WIDTH_UNIT = 1.0  # Arial 10 in capitals: about one character per width unit


@dataclass(frozen=True)
class ColumnPlan:
    """Sheet column widths and, per table column key, its (first, last) 1-based sheet columns."""

    widths: tuple[float, ...]
    spans: dict[str, tuple[int, int]]

    @property
    def n(self) -> int:
        return len(self.widths)

    def letter(self, key: str) -> str:
        return get_column_letter(self.spans[key][0])

    def width_of(self, first: int, last: int) -> float:
        return sum(self.widths[first - 1 : last])


def plan_columns(columns: Sequence[tuple[str, float]], min_slots: int = _MIN_SLOTS) -> ColumnPlan:
    """Split the widest table columns in two until the sheet has ``min_slots`` columns."""
    splits = [1] * len(columns)
    while sum(splits) < min_slots:
        widest = max(range(len(columns)), key=lambda i: columns[i][1] / splits[i])
        splits[widest] += 1
    widths: list[float] = []
    spans: dict[str, tuple[int, int]] = {}
    for (key, width), n in zip(columns, splits, strict=True):
        first = len(widths) + 1
        widths.extend([width / n] * n)
        spans[key] = (first, len(widths))
    return ColumnPlan(tuple(widths), spans)


@dataclass(frozen=True)
class KopSlots:
    """Sheet columns of one kop block: NO, label (first..last), value (first..last)."""

    no: int
    label: tuple[int, int]
    value: tuple[int, int]


def kop_slots(plan: ColumnPlan) -> tuple[KopSlots, KopSlots]:
    """The two identity blocks side by side, splitting the sheet where the widths balance best."""
    total = sum(plan.widths)
    best = min(range(3, plan.n - 2), key=lambda h: abs(plan.width_of(1, h) - total / 2))
    return _block(plan, 1, best), _block(plan, best + 1, plan.n)


def _block(plan: ColumnPlan, first: int, last: int) -> KopSlots:
    label_last = first + 1
    while plan.width_of(first + 1, label_last) < 20 and label_last < last - 1:
        label_last += 1
    return KopSlots(first, (first + 1, label_last), (label_last + 1, last))


def text_lines(value: Any, width: float) -> int:
    """How many wrapped lines ``value`` needs in a cell ``width`` units wide (an estimate for printing)."""
    if value is None:
        return 1
    per_line = max(1, int(width * _CHARS_PER_WIDTH_UNIT))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(value).split("\n"))


@dataclass
class SheetWriter:
    """Writes one worksheet; collects dropdowns and row heights and applies them in :meth:`finish`."""

    ws: Worksheet
    plan: ColumnPlan
    _validations: dict[tuple[str | None, str | None, str], list[str]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _lines: dict[int, int] = field(default_factory=dict)
    _style_arrays: dict[str, Any] = field(default_factory=dict)

    def _style(self, cell: Any, style: str) -> None:
        """Apply a named style; after its first use, by copying the resolved style indices.

        Assigning ``cell.style`` looks the name up in a list every time, which dominated build time
        when making thousands of workbooks; the resolved ``StyleArray`` is the same for every cell.
        """
        array = self._style_arrays.get(style)
        if array is None:
            cell.style = style
            self._style_arrays[style] = copy(cell._style)
        else:
            cell._style = copy(array)

    def put(
        self,
        row: int,
        col: int,
        value: Any,
        style: str,
        *,
        last_col: int | None = None,
        last_row: int | None = None,
        number_format: str | None = None,
    ) -> str:
        """Write a styled value at (row, col), merged to (last_row, last_col); returns its A1 address."""
        cell = self.ws.cell(row=row, column=col)
        if value is not None:
            cell.value = value
        self._style(cell, style)
        if number_format:
            cell.number_format = number_format
        last_col = last_col or col
        last_row = last_row or row
        if last_col != col or last_row != row:
            self._merge(row, col, last_row, last_col, style)
        if value is not None and not (isinstance(value, str) and value.startswith("=")):
            lines = text_lines(value, self.plan.width_of(col, last_col))
            per_row = math.ceil(lines / (last_row - row + 1))
            for r in range(row, last_row + 1):
                self._lines[r] = max(self._lines.get(r, 1), per_row)
        return cell.coordinate

    def _merge(self, row: int, col: int, last_row: int, last_col: int, style: str) -> None:
        """Merge without openpyxl's per-edge border copying (the slow part of ``merge_cells``).

        Every covered cell takes the same named style, so borders and fills are whole on all edges.
        """
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                if r != row or c != col:
                    self._style(self.ws.cell(row=r, column=c), style)
        ref = f"{get_column_letter(col)}{row}:{get_column_letter(last_col)}{last_row}"
        self.ws.merged_cells.add(MergedCellRange(self.ws, ref))

    def expect(self, ref: str, validation: str | None, message: str | None, title: str) -> None:
        """Give the range ``ref`` a dropdown (``validation`` list name) and/or an input message."""
        if validation or message:
            self._validations[(validation, message, title)].append(ref)

    def min_lines(self, row: int, lines: int) -> None:
        self._lines[row] = max(self._lines.get(row, 1), lines)

    def finish(self) -> None:
        """Column widths, row heights for wrapped text, dropdowns and sheet protection."""
        for i, width in enumerate(self.plan.widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        for row, lines in self._lines.items():
            if lines > 1:
                self.ws.row_dimensions[row].height = lines * _LINE_HEIGHT + 2
        for (validation, message, title), refs in self._validations.items():
            self.ws.add_data_validation(_data_validation(validation, message, title, refs))
        protection = self.ws.protection
        protection.sheet = True
        protection.formatCells = protection.formatColumns = protection.formatRows = False
        protection.insertRows = protection.deleteRows = False
        protection.autoFilter = protection.sort = False

    def page_setup(
        self, title_rows: tuple[int, int] | None = None, freeze_row: int | None = None,
        orientation: str = "landscape",
    ) -> None:
        """A4, one page wide, table header repeated on every printed page, panes frozen below it."""
        ws = self.ws
        ws.page_setup.orientation = orientation
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.5
        if title_rows:
            ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
        if freeze_row:
            ws.freeze_panes = f"A{freeze_row}"


def list_name(validation: str) -> str:
    """Defined name of a dropdown list: ``periode-pelaporan`` → ``daftar_periode_pelaporan``."""
    return "daftar_" + validation.replace("-", "_")


def _data_validation(
    validation: str | None, message: str | None, title: str, refs: list[str]
) -> DataValidation:
    if validation:
        if validation not in VALIDATION_LISTS:
            raise ConfigurationError(f"daftar pilihan '{validation}' tidak ada di skp.vocab.VALIDATION_LISTS")
        dv = DataValidation(type="list", formula1=list_name(validation), allow_blank=True)
        dv.errorStyle = "warning"
        dv.errorTitle = "Nilai di luar daftar"
        dv.error = "Sebaiknya pilih dari daftar. Tekan Ya untuk tetap memakai isian ini."
        dv.showErrorMessage = True
    else:
        dv = DataValidation(allow_blank=True)
    if message:
        dv.promptTitle = title[:32]
        dv.prompt = message[:255]
        dv.showInputMessage = True
    dv.sqref = " ".join(refs)
    return dv


def write_lists(ws: Worksheet) -> None:
    """Fill the hidden ``Daftar`` sheet, one list per column, each behind a workbook-level defined name.

    Lists live on a sheet rather than inline in the validation: an inline list over 255 characters
    corrupts the file in Excel.
    """
    workbook = ws.parent
    for col, (name, values) in enumerate(sorted(VALIDATION_LISTS.items()), start=1):
        letter = get_column_letter(col)
        ws.cell(row=1, column=col, value=name).style = "skp-kepala"
        for row, value in enumerate(values, start=2):
            ws.cell(row=row, column=col, value=value)
        ref = f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${len(values) + 1}"
        workbook.defined_names[list_name(name)] = DefinedName(list_name(name), attr_text=ref)
        ws.column_dimensions[letter].width = max(len(v) for v in values) + 2
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
