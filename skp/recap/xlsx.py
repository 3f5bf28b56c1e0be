"""The recap workbook: one sheet per table, a chart beside the Ringkasan and the Predikat tables.

Written with xlsxwriter in constant-memory mode: rows stream to disk, so a province's tens of thousands
of findings cost little memory and seconds, not the minutes openpyxl's pure-Python XML writer needs
(profiled: about 3,000 cells per second without lxml). Strings always go through ``write_string`` after
:func:`~skp.sinks.xlsx_text`, so no text a civil servant typed can become a formula or make a part
ill-formed, and text that looks like a formula also carries Excel's quote prefix so it stays text when
someone edits the cell. NIPs are text cells (format ``@``): a number would lose the last three digits.

It prints as HR prints it: landscape on Folio paper (xlsxwriter paper 14, 8.5 × 13 in, the nearest to the
F4 sheets Indonesian offices use; A4 users lose only the bottom margin), fitted to the page width, the
header row repeated on every page. Every colour is an explicit RGB fill or font colour, never a theme
colour, so Excel, LibreOffice and WPS show the same. A table longer than a sheet (1,048,575 rows below
the header) continues on ``Temuan (2)``, ``Temuan (3)``… and the Ringkasan says so: no row is dropped.
File paths become hyperlinks only when :func:`~skp.sinks.relative_link` allows it. Written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from skp.numbers import format_number
from skp.recap.tables import NIP_COLUMNS, STATUS_LABELS, RecapTables
from skp.sinks import looks_like_formula, plain, relative_link, xlsx_text
from skp.writing.atomic import atomic_write

LINK_COLUMNS = ("Berkas", "Berkas Atasan", "Berkas Bawahan")
MAX_WIDTH = 60
MAX_LINKS = 65_000  # Excel's limit is 65,530 hyperlinks per sheet: later paths stay plain text
MAX_URL = 2_000
SHEET_ROWS = 1_048_575  # data rows below the header row; a test lowers it to prove the spill
PAPER_FOLIO = 14  # xlsxwriter's paper index for Folio 8.5 x 13 in (F4)
STATUS_FILLS = {"Lulus": "#C8E6C9", "Perlu Perbaikan": "#FFE0B2", "Gagal Dibaca": "#FFCDD2"}
SERIES_FILLS = {"Lulus": "#2E7D32", "Perlu Perbaikan": "#F9A825", "Gagal Dibaca": "#C62828"}
PREDIKAT_FILLS = ["#1B5E20", "#43A047", "#F9A825", "#EF6C00", "#C62828", "#546E7A"]
INTEGER_COLUMNS_FLOAT = ("Nilai SKP",)
WIDTH_SAMPLE = 200  # rows of each sheet whose text sets its column widths
# distinct texts per column remembered while a sheet is written, then forgotten at once: repeats sit close
# together (a submission's rows are consecutive), and a larger memo only grows with the batch (4,096 and
# 50,000 cost the same CPU over 5,000 submissions)
MEMO_SIZE = 4_096


class _Styles:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base = {"font_color": "#000000", "valign": "top"}
        self.header = book.add_format({**base, "bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78",
                                       "border": 1, "border_color": "#1F4E78", "text_wrap": True})
        self.text = book.add_format(base)
        self.quoted = book.add_format({**base, "quote_prefix": True})
        self.nip = book.add_format({**base, "num_format": "@"})
        self.quoted_nip = book.add_format({**base, "num_format": "@", "quote_prefix": True})
        self.integer = book.add_format({**base, "num_format": "0"})
        self.decimal = book.add_format({**base, "num_format": "0.00"})
        self.link = book.add_format({**base, "font_color": "#0563C1", "underline": 1})
        self.total = book.add_format({**base, "bold": True, "top": 1, "num_format": "0"})
        self.note = book.add_format({**base, "italic": True, "font_color": "#7A1F1F"})
        self.status = {label: book.add_format({**base, "bg_color": fill, "pattern": 1})
                       for label, fill in STATUS_FILLS.items()}


def _write_value(sheet: Worksheet, row: int, col: int, value: Any, styles: _Styles, column: str,
                 total: bool) -> None:
    """One cell that is not text: numbers as numbers (whole counts shown whole), anything else as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        sheet.write_number(row, col, value, styles.total if total else styles.integer)
    elif isinstance(value, float):
        integral = value.is_integer() and column not in INTEGER_COLUMNS_FLOAT
        sheet.write_number(row, col, value, styles.integer if integral else styles.decimal)
    else:
        sheet.write_string(row, col, xlsx_text(value), styles.text)


def _text_cell(value: str, styles: _Styles, column: str) -> tuple[str, Format, bool]:
    """A text cell's content and style: NIPs as text cells, formula-like text with the quote prefix,
    a Status coloured by its value; and whether the text looks like rich-text markup."""
    text = xlsx_text(value)
    formula_like = looks_like_formula(text)
    markup = text.startswith("<r>") and text.endswith("</r>")
    if column in NIP_COLUMNS:
        return text, styles.quoted_nip if formula_like else styles.nip, markup
    if formula_like:
        return text, styles.quoted, markup
    return text, styles.status.get(text, styles.text) if column == "Status" else styles.text, markup


def _write_markup_like(sheet: Worksheet, row: int, col: int, text: str, style: Format,
                       styles: _Styles) -> None:
    """Text that starts with ``<r>`` and ends with ``</r>``, which xlsxwriter's constant-memory mode would
    copy into the sheet unescaped as rich-text markup (so ``<r><t>a</t></r></is></c><c><f>…`` would add a
    live formula cell): written as two escaped rich-text runs in the cell's style, the same text."""
    sheet.write_rich_string(row, col, styles.text, text[:1], styles.text, text[1:], style)


def _print_setup(sheet: Worksheet, title: str) -> None:
    sheet.set_landscape()
    sheet.set_paper(PAPER_FOLIO)
    sheet.fit_to_pages(1, 0)  # one page wide, as many tall as needed
    sheet.repeat_rows(0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_header(f"&L&8{title.replace('&', '&&')}&R&8Halaman &P dari &N")


def _write_table(sheet: Worksheet, columns: list[str], rows: Iterable[tuple[Any, ...]], count: int,
                 styles: _Styles, link_base: str, notes: Sequence[str] = ()) -> None:
    """The header and ``count`` rows, streamed: each text is made safe once per distinct value in its
    column (submissions repeat their path, name, unit and codes on every finding)."""
    for index, column in enumerate(columns):
        sheet.write_string(0, index, column, styles.header)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
    linked = [c in LINK_COLUMNS for c in columns]
    memos: list[dict[str, tuple[str, Format, bool]]] = [{} for _ in columns]
    widths = [len(c) for c in columns]
    targets: dict[str, str | None] = {}  # a submission has many findings: compute its link once
    links = 0
    totals = columns[0] == "Unit Kerja"
    write_string, write_url = sheet.write_string, sheet.write_url
    for row, values in enumerate(rows, start=1):
        total = totals and row == count and values[0] == "Jumlah"
        sampled = row <= WIDTH_SAMPLE
        for col, value in enumerate(values):
            if not isinstance(value, str):
                value = plain(value)
                if value is None:
                    continue
                if sampled:
                    widths[col] = max(widths[col], len(str(value)))
                _write_value(sheet, row, col, value, styles, columns[col], total)
                continue
            if sampled:
                widths[col] = max(widths[col], len(value))
            if linked[col] and value and links < MAX_LINKS:
                target = targets.get(value, "")
                if target == "":
                    if len(targets) >= MEMO_SIZE:
                        targets.clear()
                    target = targets[value] = relative_link(value, link_base)
                if target is not None and len(target) < MAX_URL:
                    write_url(row, col, f"external:{target}", styles.link, string=xlsx_text(value))
                    links += 1
                    continue
            memo = memos[col]
            cell = memo.get(value)
            if cell is None:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                cell = memo[value] = _text_cell(value, styles, columns[col])
            text, style, markup = cell
            if markup:
                _write_markup_like(sheet, row, col, text, style, styles)
            else:
                write_string(row, col, text, style)
    for index, width in enumerate(widths):
        sheet.set_column(index, index, min(MAX_WIDTH, width + 2))
    for offset, note in enumerate(notes, start=2):
        sheet.write_string(count + offset, 0, xlsx_text(note), styles.note)


def _bar_chart(book: xlsxwriter.Workbook, sheet: Worksheet, name: str, columns: list[str], rows: int,
               title: str, series: list[str], fills: list[str], stacked: bool) -> None:
    """A bar per unit kerja over the named table columns, the closing Jumlah row left out."""
    units = rows - 1
    if units < 1:
        return
    chart = book.add_chart({"type": "bar", "subtype": "stacked"} if stacked else {"type": "bar"})
    quoted = "'" + name.replace("'", "''") + "'"
    for label, fill in zip(series, fills, strict=False):
        col = columns.index(label)
        chart.add_series({
            "name": [name, 0, col],
            "categories": f"={quoted}!$A$2:$A${units + 1}",
            "values": [name, 1, col, units, col],
            "fill": {"color": fill}, "border": {"color": fill},
        })
    chart.set_title({"name": title})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 720, "height": max(300, 22 * units + 120)})
    sheet.insert_chart(1, len(columns) + 1, chart)


def _parts(name: str, rows: int) -> list[tuple[str, int]]:
    """The sheet(s) a table of ``rows`` rows fills, with their row counts: ``Temuan``, ``Temuan (2)``… of
    at most :data:`SHEET_ROWS` rows each."""
    if rows <= SHEET_ROWS:
        return [(name, rows)]
    return [(name if start == 0 else f"{name} ({start // SHEET_ROWS + 1})", min(SHEET_ROWS, rows - start))
            for start in range(0, rows, SHEET_ROWS)]


def write_xlsx(tables: RecapTables, path: Path) -> None:
    """Write the recap workbook to ``path`` atomically."""
    link_base = os.path.abspath(Path(path).parent)
    notes = [
        f"{name} berjumlah {format_number(len(table), 0)} baris, lebih dari satu sheet: daftar lengkapnya "
        "ada di sheet " + ", ".join(part for part, _ in _parts(name, len(table))) + "."
        for name, table in tables.named() if len(table) > SHEET_ROWS
    ]

    def write(handle: Any) -> None:
        book = xlsxwriter.Workbook(handle, {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
        styles = _Styles(book)
        for name, table in tables.named():
            rows = iter(table)
            for part, count in _parts(name, len(table)):
                sheet = book.add_worksheet(part)
                _print_setup(sheet, part)
                _write_table(sheet, table.columns, islice(rows, count), count, styles, link_base,
                             notes if part == "Ringkasan" else [])
                if part == "Ringkasan":
                    labels = list(STATUS_LABELS.values())
                    _bar_chart(book, sheet, part, table.columns, count, "Status SKP per unit kerja", labels,
                               [SERIES_FILLS[x] for x in labels], stacked=True)
                elif part == "Predikat":
                    _bar_chart(book, sheet, part, table.columns, count, "Predikat per unit kerja",
                               table.columns[1:-1], PREDIKAT_FILLS, stacked=False)
        book.close()

    atomic_write(path, write)
