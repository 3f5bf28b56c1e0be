"""Build the request body that xlwings' VBA client (``Remote.bas``, ``RunServerPython``) sends for a workbook.

The server only ever sees this body, never the file, so the set is measured on what Excel would really
send. Rules taken from xlwings 0.37's ``Remote.bas`` and its JSON writer (``WebHelpers.ConvertToJson``):

- one entry per worksheet in ``Worksheets`` order, hidden and very hidden sheets included, chart sheets not;
- ``values`` is ``Range(A1, last cell of UsedRange).Value``: the rectangle from A1, so leading empty rows
  and columns are there as ``null``; an empty sheet, or one named in EXCLUDE, is ``[[]]``;
- ``Range.Value`` gives a formula's cached result, a merged range's value only in its top-left cell, a
  date-formatted number as a Date (written ``yyyy-mm-ddTHH:mm:ss.000Z``), an error as ``"#N/A"``-style
  text, and numbers as VBA's ``CStr`` (15 significant digits, ``1.98609262015051E+17``); number formats
  (percent, ``#,##0 "laporan"``) are not sent;
- VBA-JSON writes a text of 16 to 100 characters made only of ``0-9 . E e`` unquoted, as a number: an NIP
  typed as text ``198609262015051001`` arrives as a JSON number, and ``19850312.201001.1.005`` arrives as
  the bare token ``19850312.201001.1.005`` (not valid JSON; that is what the client sends);
- non-ASCII characters are written ``\\uXXXX``; names carry sheet index and address.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

XLWINGS_VERSION = "0.37.8"
_LARGE_NUMBER = re.compile(r"^[0-9.Ee]{16,100}$")


def _encode_text(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code < 32 or code >= 127:
            if code > 0xFFFF:  # VBA strings are UTF-16: a surrogate pair, each half escaped
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}")
            else:
                out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    return "".join(out)


def _cstr_number(x: float | int) -> str:
    """VBA ``CStr`` of a Double (15 significant digits), with the decimal comma replaced by a dot."""
    x = float(x)
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.15G}"


def to_json(value: Any) -> str:
    """``WebHelpers.ConvertToJson`` for the value kinds a payload holds."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return '"' + value.strftime("%Y-%m-%dT%H:%M:%S") + '.000Z"'
    if isinstance(value, dt.date):
        return '"' + value.strftime("%Y-%m-%d") + 'T00:00:00.000Z"'
    if isinstance(value, dt.time):  # a time-formatted cell: Excel's Date on 1899-12-30
        return '"1899-12-30T' + value.strftime("%H:%M:%S") + '.000Z"'
    if isinstance(value, (int, float)):
        return _cstr_number(value)
    if isinstance(value, str):
        if _LARGE_NUMBER.match(value):
            return value
        return '"' + _encode_text(value) + '"'
    if isinstance(value, dict):
        return "{" + ",".join(f'"{k}":{to_json(v)}' for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(to_json(v) for v in value) + "]"
    raise TypeError(f"nilai tak dikenal: {value!r}")


def _cell_value(value: Any) -> Any:
    if (
        isinstance(value, str)
        and value.startswith("#")
        and value in {"#N/A", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"}
    ):
        return value
    return value


def _sheet_values(ws: Worksheet, excluded: bool) -> list[list[Any]]:
    if excluded:
        return [[]]
    cells = [(c.row, c.column) for row in ws.iter_rows() for c in row if c.value is not None]
    if not cells and ws.max_row <= 1 and ws.max_column <= 1 and ws.cell(1, 1).value is None:
        return [[]]
    last_row, last_col = ws.max_row, ws.max_column
    grid = [[None] * last_col for _ in range(last_row)]
    for row in ws.iter_rows(min_row=1, max_row=last_row, max_col=last_col):
        for c in row:
            if c.value is not None and type(c).__name__ != "MergedCell":
                grid[c.row - 1][c.column - 1] = _cell_value(c.value)
    return grid


def _names(wb: openpyxl.Workbook, sheets: list[Worksheet]) -> list[dict[str, Any]]:
    index = {ws.title: i for i, ws in enumerate(sheets)}
    out: list[dict[str, Any]] = []

    def add(name: str, refers: str, scope: Worksheet | None) -> None:
        m = re.match(r"^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$", refers)
        if not m or m.group(1) not in index:
            return  # a constant or formula name: RefersToRange fails, the client leaves it out
        address = f"{m.group(2)}{m.group(3)}" + (f":{m.group(4)}{m.group(5)}" if m.group(4) else "")
        out.append(
            {
                "name": f"{scope.title}!{name}" if scope is not None else name,
                "sheet_index": index[m.group(1)],
                "address": address,
                "book_scope": scope is None,
                "scope_sheet_name": scope.title if scope is not None else None,
                "scope_sheet_index": index[scope.title] if scope is not None else None,
            }
        )

    for name, dn in wb.defined_names.items():
        add(name, dn.attr_text, None)
    for ws in sheets:
        for name, dn in ws.defined_names.items():
            add(name, dn.attr_text, ws)
        if ws.print_area:
            area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
            add("Print_Area", area.split(",")[0], ws)
    return out


def payload_text(path: Path, exclude: tuple[str, ...] = ("xlwings.conf",), time_separator: str = ":") -> str:
    """The exact JSON text ``RunServerPython`` posts for the workbook at ``path`` (cached values).
    ``time_separator`` is the PC's (VBA's ``Format$`` writes it where the date format says ":"; "." under
    Indonesian regional settings)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = [ws for ws in wb.worksheets if isinstance(ws, Worksheet)]
    active = wb.active if isinstance(wb.active, Worksheet) else sheets[0]
    body = {
        "client": "VBA",
        "version": XLWINGS_VERSION,
        "book": {"name": path.name, "active_sheet_index": sheets.index(active), "selection": "A1"},
        "names": _names(wb, sheets),
        "sheets": [
            {"name": ws.title, "pictures": [], "tables": [], "values": _sheet_values(ws, ws.title in exclude)}
            for ws in sheets
        ],
    }
    text = to_json(body)
    if time_separator != ":":
        text = re.sub(
            r'T(\d\d):(\d\d):(\d\d)\.000Z"', lambda m: f'T{time_separator.join(m.groups())}.000Z"', text
        )
    return text


def cell_address(row0: int, col0: int) -> str:
    return f"{get_column_letter(col0 + 1)}{row0 + 1}"
