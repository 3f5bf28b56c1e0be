"""What xlwings' VBA client posts for a workbook file, and a real ``skp server`` to post it to.

xlwings offers no Python function that builds the VBA client's payload, so :func:`vba_payload`
reproduces ``RunServerPython`` of the installed xlwings' ``addin/Remote.bas`` (0.37.8) key by key:
``client`` "VBA", the xlwings version, the book's name, active sheet index and selection, its defined
names, and per worksheet (hidden ones too, chart sheets never) ``name``, ``pictures``, ``tables`` and
``values``: ``UsedRange.Value`` from A1 to the used range's last cell, serialised by VBA-JSON
(``WebHelpers.ConvertToJson``): empty → null, dates → ISO 8601 in UTC with milliseconds, cell errors →
their text ("#N/A"), an empty sheet → ``[[]]``. The client sends no sheet visibility (so a ``veryHidden``
sheet, which ``skp periksa`` leaves out, is sent and read like any other), shapes, charts or notes. Our
test workbooks have no pictures, tables or range names, so those lists are empty as the client would send
them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import uvicorn
import xlwings as xw
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook, SheetTypeEnum

from addin.grid import hasil_names
from server.app import Settings, create_app

_LINK = re.compile(r"""^=HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+[0-9]+)",""")


def _vba_json_value(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(value, dt.date):
        return f"{value.isoformat()}T00:00:00.000Z"
    if isinstance(value, dt.time):
        return f"1899-12-30T{value.strftime('%H:%M:%S')}.000Z"
    if isinstance(value, dt.timedelta):
        return (dt.datetime(1899, 12, 30) + value).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(value, float) and not math.isfinite(value):
        return "#NUM!"
    return value


def vba_payload(path: Path, name: str | None = None) -> dict[str, Any]:
    """The body ``RunServerPython`` posts for the workbook at ``path`` (first sheet active, A1 selected)."""
    from skp.reading.cell_errors import error_cells
    from skp.reading.load import parser_bytes

    errors = error_cells(path.read_bytes())
    sheets = []
    with CalamineWorkbook.from_filelike(io.BytesIO(parser_bytes(path.read_bytes()))) as workbook:
        for meta in workbook.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            rows = workbook.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            for (r, c), text in errors.get(meta.name, {}).items():
                rows[r][c] = text
            values = [[_vba_json_value(v) for v in row] for row in rows]
            if not any(v is not None for row in values for v in row):
                values = [[]]
            sheets.append({"name": meta.name, "pictures": [], "tables": [], "values": values})
    return {
        "client": "VBA",
        "version": xw.__version__,
        "book": {"name": name or path.name, "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": sheets,
    }


_VBA_LARGE_NUMBER = re.compile(r"[0-9.Ee]{16,100}")


def vba_body(payload: Any) -> bytes:
    """``payload`` as VBA-JSON writes it (``WebHelpers.ConvertToJson``, ``UseDoubleForLargeNumbers``
    False): a text of 16 to 100 characters made only of digits, dots and E/e goes out unquoted, "as a large
    number" (an NIP typed as text, or written with dots, or a run of placeholder dots); non-ASCII as
    ``\\uXXXX``; no spaces."""
    if isinstance(payload, dict):
        items = (json.dumps(k).encode() + b":" + vba_body(v) for k, v in payload.items())
        return b"{" + b",".join(items) + b"}"
    if isinstance(payload, list):
        return b"[" + b",".join(vba_body(v) for v in payload) + b"]"
    if isinstance(payload, str) and _VBA_LARGE_NUMBER.fullmatch(payload):
        return payload.encode("ascii")
    return json.dumps(payload).encode("ascii")


class RunningServer:
    """``skp server``'s app under uvicorn on 127.0.0.1 and a free port, in a thread of this process."""

    def __init__(self, settings: Settings) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        config = uvicorn.Config(create_app(settings), log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(20)
        self.socket.close()

    def post(self, endpoint: str, body: bytes | dict, token: str | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, Any]:
        """(status, decoded JSON answer or the text of an error)."""
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(f"{self.url}{endpoint}", data=data, method="POST",
                                         headers={"Content-Type": "application/json", **(headers or {})})
        if token is not None:
            request.add_header("Authorization", token)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def get(self, endpoint: str) -> tuple[int, Any]:
        with urllib.request.urlopen(f"{self.url}{endpoint}", timeout=20) as response:
            return response.status, json.loads(response.read())


def hasil_sheet(actions: list[dict[str, Any]]) -> tuple[int, str]:
    """Position and name of the Hasil Periksa sheet the answer adds: "Hasil Periksa", or "Hasil Periksa (2)"
    … where the workbook has a sheet of the agency's so named."""
    names = [n.casefold() for n in hasil_names()]
    (added,) = [a["args"] for a in actions if a["func"] == "addSheet" and a["args"][1].casefold() in names]
    return added[0], added[1]


def hasil(actions: list[dict[str, Any]]) -> list[list[Any]]:
    """The Hasil Periksa values the answer writes (the setValues on the sheet it adds)."""
    position, _ = hasil_sheet(actions)
    (values,) = [a["values"] for a in actions if a["func"] == "setValues" and a["sheet_position"] == position]
    return values


def findings_of(actions: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    """(code, sheet, cell) of every finding listed in Hasil Periksa, read back from its link column."""
    rows = hasil(actions)
    start = next(i for i, row in enumerate(rows) if row[:2] == ["NO", "KODE"]) + 1
    found = []
    for row in rows[start:]:
        link = row[4]
        if not link:  # an empty cell comes back as "" from the remote engine
            found.append((row[1], None, None))
        elif (match := _LINK.match(link)) is not None:
            found.append((row[1], match[1].replace("''", "'"), match[2]))
        else:
            found.append((row[1], link, None))
    return sorted(found)


def written(actions: list[dict[str, Any]]) -> dict[str, Any]:
    """A1 address → value of every cell an answer writes on the first sheet (Hitung Nilai: the Penilaian
    sheet)."""
    cells = {}
    for a in actions:
        if a["func"] != "setValues":
            continue
        assert a["sheet_position"] == 0
        for i, row in enumerate(a["values"]):
            for j, value in enumerate(row):
                cells[f"{get_column_letter(a['start_column'] + j + 1)}{a['start_row'] + i + 1}"] = value
    return cells
