"""The recap workbook: one sheet per table, a chart beside the Ringkasan and the Predikat tables.

Written with xlsxwriter in constant-memory mode: rows stream to disk, so a province's tens of thousands
of findings cost little memory and seconds, not the minutes openpyxl's pure-Python XML writer needs
(profiled: about 3,000 cells per second without lxml). Strings always go through ``write_string``, so no
text a civil servant typed can become a formula, and text that looks like one also carries Excel's quote
prefix so it stays text when someone edits the cell. File paths become hyperlinks relative to the recap,
so the folder can be moved as a whole. The file is written atomically.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from skp.recap.tables import STATUS_LABELS, RecapTables
from skp.sinks import looks_like_formula, plain
from skp.writing.atomic import atomic_write

LINK_COLUMNS = ("Berkas", "Berkas Atasan", "Berkas Bawahan")
MAX_WIDTH = 60
MAX_LINKS = 65_000  # Excel's limit is 65,530 hyperlinks per sheet: later paths stay plain text
MAX_URL = 2_000


def relative_link(path: str, base: str) -> str:
    """``path`` (as reported, relative to the working directory) relative to the folder ``base``."""
    return Path(os.path.relpath(os.path.abspath(path), base)).as_posix()


def _width(frame: pd.DataFrame, column: str) -> float:
    sample = frame[column].head(200).map(lambda v: len(str(v)) if plain(v) is not None else 0)
    return min(MAX_WIDTH, max([len(column), *sample.tolist()]) + 2)


class _Styles:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.header = book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78",
                                       "border": 1, "text_wrap": True, "valign": "top"})
        self.quoted = book.add_format({"quote_prefix": True})
        self.link = book.add_format({"font_color": "#0563C1", "underline": 1})


def _write_value(sheet: Worksheet, row: int, col: int, value: Any, styles: _Styles) -> None:
    """One cell: numbers as numbers, everything else as a string, never as a formula."""
    if isinstance(value, str):
        sheet.write_string(row, col, value, styles.quoted if looks_like_formula(value) else None)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        sheet.write_number(row, col, value)
    else:
        sheet.write_string(row, col, str(value))


def _write_table(sheet: Worksheet, frame: pd.DataFrame, styles: _Styles, link_base: str) -> None:
    columns = [str(c) for c in frame.columns]
    for index, column in enumerate(columns):
        sheet.set_column(index, index, _width(frame, column))
        sheet.write_string(0, index, column, styles.header)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), len(columns) - 1)
    linked = [c in LINK_COLUMNS for c in columns]
    targets: dict[str, str] = {}  # a submission has many findings: compute its link once
    links = 0
    cells = frame.astype(object).where(frame.notna(), None)  # Python scalars, None where empty
    for row, values in enumerate(cells.itertuples(index=False, name=None), start=1):
        for col, value in enumerate(values):
            if value is None:
                continue
            if linked[col] and isinstance(value, str) and value and links < MAX_LINKS:
                target = targets.get(value) or targets.setdefault(value, relative_link(value, link_base))
                if len(target) < MAX_URL:
                    sheet.write_url(row, col, f"external:{target}", styles.link, string=value)
                    links += 1
                    continue
            _write_value(sheet, row, col, value, styles)


def _bar_chart(book: xlsxwriter.Workbook, sheet: Worksheet, name: str, frame: pd.DataFrame, title: str,
               first: int, last: int, stacked: bool) -> None:
    """A bar per unit kerja over table columns first..last (0-based), the closing Jumlah row left out."""
    units = len(frame) - 1
    if units < 1:
        return
    chart = book.add_chart({"type": "bar", "subtype": "stacked"} if stacked else {"type": "bar"})
    quoted = "'" + name.replace("'", "''") + "'"
    for col in range(first, last + 1):
        chart.add_series({
            "name": [name, 0, col],
            "categories": f"={quoted}!$A$2:$A${units + 1}",
            "values": [name, 1, col, units, col],
        })
    chart.set_title({"name": title})
    chart.set_size({"width": 720, "height": max(300, 22 * units + 120)})
    sheet.insert_chart(1, len(frame.columns) + 1, chart)


def write_xlsx(tables: RecapTables, path: Path) -> None:
    """Write the recap workbook to ``path`` atomically."""
    link_base = os.path.abspath(Path(path).parent)

    def write(handle: Any) -> None:
        book = xlsxwriter.Workbook(handle, {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
        styles = _Styles(book)
        for name, frame in tables.named():
            sheet = book.add_worksheet(name)
            _write_table(sheet, frame, styles, link_base)
            if name == "Ringkasan":
                _bar_chart(book, sheet, name, frame, "Status SKP per unit kerja", 2, 1 + len(STATUS_LABELS),
                           stacked=True)
            elif name == "Predikat":
                _bar_chart(book, sheet, name, frame, "Predikat per unit kerja", 1, len(frame.columns) - 2,
                           stacked=False)
        book.close()

    atomic_write(path, write)
