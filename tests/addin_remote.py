"""Workbook files as xlwings' remote engine sees them, and the Excel client's side of its actions.

xlwings' remote engine (the engine behind xlwings Server) builds real ``Book``/``Sheet``/``Range``
objects from the JSON an Excel client sends and records every change as an action for the client to
apply. ``book_json`` produces that JSON from a workbook file (values from A1, as the client sends them);
``apply_actions`` does what the client does with the recorded actions, for the few kinds the add-in
emits, so a test can run a button twice or read back the state a user would see.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import math
import os
from pathlib import Path
from typing import Any

# xlwings registers its remote engine once, when it is first imported, and only under a licence key:
# PolyForm Noncommercial (the "noncommercial" key) covers government institutions. Every add-in test
# imports this module before the add-in (conftest.py imports it first of all), so the key is in place when
# xlwings loads.
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import xlwings as xw  # noqa: E402
from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum


def _json_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds") + "Z"
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()).isoformat(timespec="milliseconds") + "Z"
    if isinstance(value, (dt.time, dt.timedelta)):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "#NUM!"
    return value


def _visibility(visible: SheetVisibleEnum) -> str:
    """Office.js's name of a sheet's visibility."""
    if visible == SheetVisibleEnum.Visible:
        return "Visible"
    return "VeryHidden" if visible == SheetVisibleEnum.VeryHidden else "Hidden"


def book_json(path: Path, name: str | None = None) -> dict[str, Any]:
    """The remote engine's book payload for the workbook at ``path``: a formula's error shown as its text,
    and a sheet's visibility, as the Office.js client sends them."""
    from skp.reading.cell_errors import error_cells
    from skp.reading.load import parser_bytes

    errors = error_cells(path.read_bytes())
    with CalamineWorkbook.from_filelike(io.BytesIO(parser_bytes(path.read_bytes()))) as workbook:
        sheets = []
        for meta in workbook.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            rows = workbook.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            for (r, c), text in errors.get(meta.name, {}).items():
                rows[r][c] = text
            sheet = sheet_json(meta.name, [[_json_value(v) for v in row] for row in rows])
            sheet["visibility"] = _visibility(meta.visible)
            sheets.append(sheet)
    return {
        "client": "Microsoft Excel",
        "version": xw.__version__,
        "book": {"name": name or path.name, "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": sheets,
    }


def as_clients_send(path: Path, grid: Any) -> None:
    """Turn ``grid`` (the file loader's reading of ``path``) into what xlwings' remote clients send:
    values only, so no merged areas, numbers without the words their format shows, and every sheet
    marked ``values_only`` as the add-in marks a remote book's (the reader then takes an RK atasan left
    blank under another as merged from it, and a bare number as possibly formatted with its satuan).
    A formula a program stored without its result is no such cell to a client: Excel sends its value, and
    the test's book, read from the file, sends it empty. Nor do clients say which rows and columns are
    hidden: the button reads them as ``skp periksa`` does with ``pembacaan.baris_tersembunyi: baca``
    (docs/addin.md)."""
    from skp.reading.formats import worded_numbers
    from skp.reading.grid import plain_row
    from skp.reading.load import parser_bytes

    grid.unvalued_formulas = None
    grid.hidden_lines = None
    worded = worded_numbers(path.read_bytes())
    with CalamineWorkbook.from_filelike(io.BytesIO(parser_bytes(path.read_bytes()))) as workbook:
        for sheet in grid.sheets:
            sheet.merged = []
            sheet.values_only = True
            if sheet.name in worded:
                bare = workbook.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False)
                for r, c in worded[sheet.name]:
                    sheet.rows[r][c] = plain_row([bare[r][c]])[0]


def sheet_json(name: str, values: list[list[Any]], visible: bool = True) -> dict[str, Any]:
    return {
        "name": name,
        "values": values or [[]],
        "visibility": "Visible" if visible else "Hidden",
        "pictures": [], "shapes": [], "charts": [], "notes": [], "tables": [], "print_area": None,
    }


def open_book(payload: dict[str, Any]) -> xw.Book:
    """A fresh remote-engine book over a deep copy of ``payload`` (its action list starts empty)."""
    return xw.Book(json=copy.deepcopy(payload))


def apply_actions(payload: dict[str, Any], actions: list[dict[str, Any]],
                  fills: dict[tuple[str, str], str | None]) -> None:
    """Apply recorded actions to ``payload`` as the Excel client would; fills go to ``fills``.

    ``fills`` maps (sheet name, A1 cell) to the cell's fill, since the remote payload carries no formats.
    """
    from openpyxl.utils import get_column_letter

    sheets = payload["sheets"]
    for action in actions:
        func, pos = action["func"], action["sheet_position"]
        if func == "addSheet":
            index, name = action["args"]
            sheets.insert(index, sheet_json(name, [[]]))
        elif func == "sheetDelete":
            name = sheets[pos]["name"]
            del sheets[pos]
            for key in [k for k in fills if k[0] == name]:
                del fills[key]
        elif func == "setSheetVisibility":
            sheets[pos]["visibility"] = action["args"][0]
        elif func in ("sheetClear", "sheetClearContents"):
            sheets[pos]["values"] = [[]]
            if func == "sheetClear":
                for key in [k for k in fills if k[0] == sheets[pos]["name"]]:
                    del fills[key]
        elif func == "setValues":
            values = sheets[pos]["values"]
            r0, c0 = action["start_row"], action["start_column"]
            for i, row in enumerate(action["values"]):
                while len(values) <= r0 + i:
                    values.append([])
                for j, value in enumerate(row):
                    target = values[r0 + i]
                    target.extend([""] * (c0 + j + 1 - len(target)))
                    target[c0 + j] = "" if value is None else value
            width = max(len(r) for r in values)
            for row in values:
                row.extend([""] * (width - len(row)))
        elif func == "setRangeColor":
            name = sheets[pos]["name"]
            for i in range(action["row_count"]):
                for j in range(action["column_count"]):
                    cell = f"{get_column_letter(action['start_column'] + j + 1)}{action['start_row'] + i + 1}"
                    fills[(name, cell)] = action["args"][0]
            for key in [k for k, v in fills.items() if v is None]:
                del fills[key]
