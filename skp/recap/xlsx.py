"""The recap workbook: one sheet per table, a chart beside the Ringkasan and the Predikat tables.

Written with openpyxl in write-only mode (rows streamed to disk, so tens of thousands of findings cost
little memory) and saved atomically. Every string cell is stored as a string, never as a formula, and
text that looks like a formula carries Excel's quote prefix so it stays text even when edited; file
paths become hyperlinks relative to the recap, so the folder can be moved as a whole.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from skp.recap.tables import STATUS_LABELS, RecapTables
from skp.recap.text import looks_like_formula, plain
from skp.writing.atomic import save_workbook

LINK_COLUMNS = ("Berkas", "Berkas Atasan", "Berkas Bawahan")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
LINK_FONT = Font(color="0563C1", underline="single")
MAX_WIDTH = 60


def _width(frame: pd.DataFrame, column: str) -> float:
    sample = frame[column].head(200).map(lambda v: len(str(v)) if plain(v) is not None else 0)
    longest = max([len(column), *sample.tolist()])
    return min(MAX_WIDTH, longest + 2)


def _cell(sheet: WriteOnlyWorksheet, value: Any, link_base: Path | None) -> Any:
    value = plain(value)
    if link_base is not None and isinstance(value, str) and value:
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.hyperlink = Path(os.path.relpath(os.path.abspath(value), link_base)).as_posix()
        cell.font = LINK_FONT
        return cell
    if looks_like_formula(value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value


def _write_table(sheet: WriteOnlyWorksheet, frame: pd.DataFrame, link_base: Path) -> None:
    columns = [str(c) for c in frame.columns]
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _width(frame, column)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(frame) + 1}"
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column)
        cell.data_type = "s"
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        header.append(cell)
    sheet.append(header)
    links = [link_base if c in LINK_COLUMNS else None for c in columns]
    for row in frame.itertuples(index=False, name=None):
        sheet.append([_cell(sheet, v, base) for v, base in zip(row, links, strict=True)])


def _bar_chart(
    sheet: WriteOnlyWorksheet, frame: pd.DataFrame, title: str, first: int, last: int, stacked: bool
) -> None:
    """A bar per unit kerja over table columns first..last, the closing Jumlah row left out."""
    rows = len(frame) - 1
    if rows < 1:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    if stacked:
        chart.grouping, chart.overlap = "stacked", 100
    chart.add_data(Reference(sheet, min_col=first, max_col=last, min_row=1, max_row=rows + 1),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    chart.height, chart.width = max(7.5, 0.6 * rows + 3), 18
    sheet.add_chart(chart, f"{get_column_letter(len(frame.columns) + 2)}2")


def write_xlsx(tables: RecapTables, path: Path) -> None:
    """Write the recap workbook to ``path`` atomically."""
    workbook = Workbook(write_only=True)
    link_base = Path(os.path.abspath(path)).parent
    for name, frame in tables.named():
        sheet = workbook.create_sheet(name)
        _write_table(sheet, frame, link_base)
        if name == "Ringkasan":
            _bar_chart(sheet, frame, "Status SKP per unit kerja", 3, 2 + len(STATUS_LABELS), stacked=True)
        elif name == "Predikat":
            _bar_chart(sheet, frame, "Predikat per unit kerja", 2, len(frame.columns) - 1, stacked=False)
    save_workbook(workbook, path)
