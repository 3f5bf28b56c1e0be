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
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from skp.errors import ConfigurationError
from skp.sinks import xlsx_text
from skp.vocab import VALIDATION_LISTS
from skp.writing import styles
from skp.writing.formulas import Formula

LIST_SHEET = "Daftar"
_NO_WIDTH = 5  # the kop's NO column
_LABEL_WIDTH = 20  # room for the longest kop label, PANGKAT/GOL RUANG
_SNAP = 4  # the narrowest piece a kop boundary may cut off a table column
_NO_WIDER = 9  # a kop NO cell may take a whole narrow table column (up to 14) rather than split it
_SNAP_NARROWER = 2  # … but only this much before it: a kop cell must stay wide enough
_MIDDLE_TOLERANCE = 0.1  # the blocks split at the table boundary nearest the middle, if this close
_LINE_HEIGHT = 13.0  # points per text line at 10 pt
_CHARS_PER_WIDTH_UNIT = 1.2  # Arial 10, mixed case: a little more than one character per width unit
_CAPS_CHARS_PER_WIDTH_UNIT = 1.0  # bold capitals of labels and headers are wider
_CAPS_STYLES = frozenset({styles.TITLE, styles.SUBTITLE, styles.INPUT_LINE, styles.HEADER, styles.SECTION,
                          styles.LABEL, styles.TOTAL_LABEL})


@dataclass(frozen=True)
class KopSlots:
    """Sheet columns (first, last) of one kop block's NO, label and value cells."""

    no: tuple[int, int]
    label: tuple[int, int]
    value: tuple[int, int]


@dataclass(frozen=True)
class ColumnPlan:
    """Sheet column widths, per table column key its (first, last) 1-based sheet columns, and the kop."""

    widths: tuple[float, ...]
    spans: dict[str, tuple[int, int]]
    kop: tuple[KopSlots, KopSlots] | None = None
    hidden: frozenset[int] = frozenset()  # 1-based sheet columns that are hidden (formula helpers)

    @property
    def n(self) -> int:
        return len(self.widths)

    def letter(self, key: str) -> str:
        return get_column_letter(self.spans[key][0])

    def width_of(self, first: int, last: int) -> float:
        """Visible width of sheet columns ``first..last``."""
        columns = enumerate(self.widths[first - 1 : last], start=first)
        return sum(w for i, w in columns if i not in self.hidden)


def plan_columns(
    columns: Sequence[tuple[str, float]], kop: bool = True, hidden: frozenset[str] = frozenset()
) -> ColumnPlan:
    """Sheet columns for table ``columns`` (key, width); with ``kop``, room for the two identity blocks.

    The kop wants NO | label | value twice, side by side, with a narrow NO and a label wide enough for
    PANGKAT/GOL RUANG, whatever the table below looks like. Its boundaries are laid over the visible
    table columns: a kop boundary close to a table boundary snaps to it, otherwise it splits that table
    column, which then spans two sheet columns (merged in every row, as official forms do). ``hidden``
    columns (formula helpers) are never split and sit where the table puts them, under merged kop cells.
    """
    visible = _plan_visible([c for c in columns if c[0] not in hidden], kop)
    widths: list[float] = []
    spans: dict[str, tuple[int, int]] = {}
    sheet_col: dict[int, int] = {}  # column of the visible plan → column of the full sheet
    hidden_cols: set[int] = set()
    for key, width in columns:
        if key in hidden:
            widths.append(width)
            hidden_cols.add(len(widths))
            spans[key] = (len(widths), len(widths))
            continue
        first, last = visible.spans[key]
        for col in range(first, last + 1):
            widths.append(visible.widths[col - 1])
            sheet_col[col] = len(widths)
        spans[key] = (sheet_col[first], sheet_col[last])
    slots = None
    if visible.kop:
        # Each cell starts on its visible column and runs up to the next cell, over any hidden ones.
        left, right = visible.kop
        starts = [sheet_col[c] for c in (left.no[0], left.label[0], left.value[0],
                                         right.no[0], right.label[0], right.value[0])] + [len(widths) + 1]
        ends = [b - 1 for b in starts[1:]]
        slots = (KopSlots((starts[0], ends[0]), (starts[1], ends[1]), (starts[2], ends[2])),
                 KopSlots((starts[3], ends[3]), (starts[4], ends[4]), (starts[5], ends[5])))
    return ColumnPlan(tuple(widths), spans, slots, frozenset(hidden_cols))


def _plan_visible(columns: Sequence[tuple[str, float]], kop: bool) -> ColumnPlan:
    table_bounds = [0.0]
    for _, width in columns:
        table_bounds.append(table_bounds[-1] + width)
    bounds = set(table_bounds)
    kop_bounds: list[float] = []
    if kop:
        total = table_bounds[-1]
        inner = table_bounds[1:-1]
        middle = min(inner, key=lambda b: abs(b - total / 2), default=total / 2)
        if abs(middle - total / 2) > total * _MIDDLE_TOLERANCE:
            middle = total / 2
        for block_start, block_end in ((0.0, middle), (middle, total)):
            no_end = _snap(block_start + _NO_WIDTH, table_bounds, block_start, block_end, _NO_WIDER)
            label_end = _snap(no_end + _LABEL_WIDTH, table_bounds, no_end, block_end)
            kop_bounds += [block_start, no_end, label_end, block_end]
        bounds.update(kop_bounds)
    ordered = sorted(bounds)
    widths = tuple(round(b - a, 2) for a, b in zip(ordered, ordered[1:], strict=False))
    column_of = {b: i + 1 for i, b in enumerate(ordered)}  # 1-based sheet column starting at bound b
    spans = {
        key: (column_of[table_bounds[i]], column_of[table_bounds[i + 1]] - 1)
        for i, (key, _) in enumerate(columns)
    }
    slots = None
    if kop:
        c = [column_of[b] for b in kop_bounds]
        slots = (KopSlots((c[0], c[1] - 1), (c[1], c[2] - 1), (c[2], c[3] - 1)),
                 KopSlots((c[4], c[5] - 1), (c[5], c[6] - 1), (c[6], c[7] - 1)))
    return ColumnPlan(widths, spans, slots)


def _snap(target: float, table_bounds: list[float], low: float, high: float, wider: float = 8) -> float:
    """``target``, or a table boundary a little before or up to ``wider`` after it; never closer than
    ``_SNAP`` to the block's ends. A kop cell somewhat wider than needed beats splitting a column."""
    near = [b for b in table_bounds
            if target - _SNAP_NARROWER <= b <= target + wider and low + _SNAP <= b <= high - _SNAP]
    if near:
        return min(near, key=lambda b: abs(b - target))
    return min(max(target, low + _SNAP), high - _SNAP)


def kop_slots(plan: ColumnPlan) -> tuple[KopSlots, KopSlots]:
    """The two identity blocks side by side (the plan must have been made with ``kop=True``)."""
    if plan.kop is None:
        raise ValueError("rencana kolom ini dibuat tanpa kop")
    return plan.kop


def text_lines(value: Any, width: float, capitals: bool = False) -> int:
    """How many wrapped lines ``value`` needs in a cell ``width`` units wide (an estimate for printing)."""
    if value is None:
        return 1
    per_line = max(1, int(width * (_CAPS_CHARS_PER_WIDTH_UNIT if capitals else _CHARS_PER_WIDTH_UNIT)))
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
        """Write a styled value at (row, col), merged to (last_row, last_col); returns its A1 address.

        Only a :class:`~skp.writing.formulas.Formula` becomes a formula; other text is written as text.
        """
        cell = self.ws.cell(row=row, column=col)
        if isinstance(value, str) and not isinstance(value, Formula):
            value = xlsx_text(value)  # a control character typed by staff would make the part ill-formed
        if value is not None:
            cell.value = value
            if isinstance(value, str) and value.startswith("=") and not isinstance(value, Formula):
                cell.data_type = "s"  # staff's "= 100 %" is text, not a formula
        self._style(cell, style)
        if number_format:
            cell.number_format = number_format
        last_col = last_col or col
        last_row = last_row or row
        if last_col != col or last_row != row:
            self._merge(row, col, last_row, last_col, style)
        width = self.plan.width_of(col, last_col)
        shown = value.shows if isinstance(value, Formula) else value
        if shown is not None and width:
            lines = text_lines(shown, width, style in _CAPS_STYLES)
            per_row = math.ceil(lines / (last_row - row + 1))
            for r in range(row, last_row + 1):
                self._lines[r] = max(self._lines.get(r, 1), per_row)
        return cell.coordinate

    def _merge(self, row: int, col: int, last_row: int, last_col: int, style: str) -> None:
        """Merge without openpyxl's per-edge border copying and overlap search (``merge_cells`` is slow).

        Every covered cell takes the same named style, so borders and fills are whole on all edges.
        """
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                if r != row or c != col:
                    self._style(self.ws.cell(row=r, column=c), style)
        # A plain CellRange: MergedCellRange re-formats the edge borders on creation (slow) and the
        # writer only needs the range; a reloaded workbook has MergedCellRange objects as usual.
        merged = CellRange(min_col=col, min_row=row, max_col=last_col, max_row=last_row)
        self.ws.merged_cells.ranges.add(merged)

    def expect(self, ref: str, validation: str | None, message: str | None, title: str) -> None:
        """Give the range ``ref`` a dropdown (``validation`` list name) and/or an input message."""
        if validation or message:
            self._validations[(validation, message, title)].append(ref)

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
        """A4, one page wide and as many pages tall as the content takes, table header repeated on every
        printed page, panes frozen below it.

        Never a fixed number of pages tall: staff fill the form after it is built, and a fixed count
        would shrink a long plan until it cannot be read (rows grow with their wrapped text instead).
        """
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
        ws.cell(row=1, column=col, value=name).style = styles.HEADER
        for row, value in enumerate(values, start=2):
            ws.cell(row=row, column=col, value=value)
        ref = f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${len(values) + 1}"
        workbook.defined_names[list_name(name)] = DefinedName(list_name(name), attr_text=ref)
        ws.column_dimensions[letter].width = max(len(v) for v in values) + 2
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
