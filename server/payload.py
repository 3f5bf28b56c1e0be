"""What an xlwings client posts, checked before anything reads it, and what it can apply in return.

The body is untrusted: anyone who reaches the port can post anything. It must be the JSON xlwings'
clients send (``RunServerPython`` in the VBA module ``Remote``, or the Office.js client): an object with
the client, its xlwings version, the book and its sheets' values. Anything else is refused with a
message in Indonesian before xlwings' remote engine sees it.

The VBA client sends less than the remote engine reads (no sheet visibility, shapes, charts, notes or
print area) and applies fewer actions than the engine records (no column widths, fonts or sheet
visibility): :func:`for_engine` fills in what it leaves out, and :func:`client_actions` keeps only the
actions the client has a macro for, read from the very ``Remote.bas`` the templates carry, so a button
never ends in Excel's "Cannot run the macro".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import xlwings
from pydantic import BaseModel, ConfigDict, Field, ValidationError

VBA_CLIENT = "VBA"
_REMOTE_BAS = Path(xlwings.__file__).parent / "addin" / "Remote.bas"
# the actions the VBA client can apply: the ``Sub name(wb, action)`` macros of its Remote.bas
VBA_ACTIONS = frozenset(re.findall(r"^Sub (\w+)\(wb As Workbook, action As Dictionary\)",
                                   _REMOTE_BAS.read_text(encoding="utf-8"), re.MULTILINE))
# what the remote engine reads of a sheet and the VBA client does not send
_SHEET_DEFAULTS: dict[str, Any] = {
    "visibility": "Visible", "pictures": [], "shapes": [], "charts": [], "notes": [], "tables": [],
    "print_area": None,
}

Cell = str | int | float | bool | None


class PayloadRejected(ValueError):
    """The body is not an xlwings client's workbook; the message is for the user, in Indonesian."""


class _Book(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str = Field(min_length=1, max_length=255)
    active_sheet_index: int = Field(ge=0)


class _Sheet(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str = Field(min_length=1, max_length=31)  # Excel's own limit on a sheet name
    values: list[list[Cell]]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="allow")

    client: str = Field(min_length=1, max_length=64)
    version: str = Field(min_length=1, max_length=64)
    book: _Book
    names: list[dict[str, Any]] = Field(default_factory=list)
    sheets: list[_Sheet] = Field(min_length=1, max_length=1000)


def _not_json(constant: str) -> float:
    """Python's ``json`` reads NaN and Infinity, which are not JSON and no client sends."""
    raise ValueError(f"{constant} bukan nilai JSON")


# VBA-JSON (``WebHelpers.ConvertToJson``, JsonOptions.UseDoubleForLargeNumbers left False) writes a text
# of 16 to 100 characters made only of digits, dots and E/e without quotes, "as a large number". An NIP
# typed as text (``198609262015051001``) so arrives as a JSON integer, and one written with dots
# (``19860926.201505.1.001``) or a run of placeholder dots (``....................``) as a bare token that
# is not JSON at all. A number the client writes itself comes from VBA's ``CStr``: at most 15 significant
# digits, larger ones in E notation, so an integer token of 16 digits or more was always a text.
_LARGE_TEXT_DIGITS = 16
# A JSON string (skipped whole), a bare token of VBA-JSON's "large number" texts, or the empty place of an
# array item VBA-JSON wrote as nothing (a cell error its table does not name).
_STRING_OR_BARE = re.compile(
    rb'"(?:[^"\\]|\\.)*"|(?<=[\[,:])[0-9.Ee]{16,100}(?=[,\]}])|(?<=\[)(?=,)|(?<=,)(?=[,\]])'
)
_JSON_NUMBER = re.compile(rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


# VBA-JSON writes a date cell with ``Format$(d, "yyyy-mm-ddTHH:mm:ss.000Z")``, and VBA's Format puts the
# PC's time separator where the format says ":" (Indonesian regional settings: "."). xlwings' remote engine
# only takes ``…T00:00:00.000Z`` for a date, so on such a PC every date cell (a period, a signature date)
# arrived as text. Only the client writes ``.000Z`` after a time; a person does not type one.
_VBA_DATE = re.compile(rb'"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2})[^0-9"]([0-9]{2})[^0-9"]([0-9]{2})\.000Z"')


def _iso_dates(body: bytes) -> bytes:
    if b".000Z" not in body:
        return body
    return _VBA_DATE.sub(rb'"\1T\2:\3:\4.000Z"', body)


def _int_or_text(token: str) -> int | str:
    return token if len(token) >= _LARGE_TEXT_DIGITS and token.isdigit() else int(token)


def _quote_bare_texts(body: bytes) -> bytes:
    """``body`` with VBA-JSON's unquoted texts that are no JSON number put back in quotes, and the
    nothing it writes for a cell error it has no name for (#SPILL!, #CALC! and the other errors newer
    than its table: ``[1,,2]``) read as an empty cell."""

    def quote(match: re.Match[bytes]) -> bytes:
        token = match.group(0)
        if not token:
            return b"null"
        if token.startswith(b'"') or _JSON_NUMBER.fullmatch(token):
            return token
        return b'"' + token + b'"'

    return _STRING_OR_BARE.sub(quote, body)


def _loads(body: bytes) -> Any:
    return json.loads(body, parse_constant=_not_json, parse_int=_int_or_text)


def parse(body: bytes) -> dict[str, Any]:
    """The client's payload as a plain dict, or :class:`PayloadRejected` saying what is wrong. The texts
    VBA-JSON writes unquoted are read back as the texts they were, and its dates as dates whatever the
    PC's time separator."""
    try:
        body = _iso_dates(body)
        try:
            data = _loads(body)
        except ValueError:
            data = _loads(_quote_bare_texts(body))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PayloadRejected(
            "Isi permintaan bukan JSON yang sah; kirim dari tombol pada templat SKP.") from exc
    try:
        _Payload.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(akar)"
        raise PayloadRejected(
            f"Isi permintaan bukan buku kerja yang dikirim klien xlwings (bagian '{where}' tidak sesuai); "
            "kirim dari tombol pada templat SKP.") from exc
    if data["client"] != "Office.js" and data["version"] != xlwings.__version__:
        raise PayloadRejected(
            f"Makro pada buku kerja ini memakai xlwings {data['version'][:20]}, server memakai "
            f"{xlwings.__version__}. Unduh templat SKP terbaru dari BKPSDM.")
    return data


def cell_count(payload: dict[str, Any]) -> int:
    """How many cells the payload carries (the workbook-size limit of SPEC §7 counts cells)."""
    return sum(len(row) for sheet in payload["sheets"] for row in sheet["values"])


def for_engine(payload: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``payload`` the remote engine can open: every sheet key it reads present. No sheet is
    dropped, since the actions it answers with address sheets by their position in the client's book."""
    sheets = [{**_SHEET_DEFAULTS, **sheet} for sheet in payload["sheets"]]
    return {**payload, "names": payload.get("names") or [], "sheets": sheets}


# Remote.bas applies a colour with ``HexToRgb(ByVal hexColor As String)``: the null colour the add-in
# records to take a mark off a cell (the remote engine cannot read the fill it had) stops the client's
# macro with "Invalid use of Null" before the actions after it (the new Hasil Periksa, the message box).
# White is the plain fill it can apply.
_VBA_NO_FILL = "#FFFFFF"


def _for_vba(action: dict[str, Any]) -> dict[str, Any]:
    if action["func"] == "setRangeColor" and action["args"] and action["args"][0] is None:
        return {**action, "args": [_VBA_NO_FILL, *action["args"][1:]]}
    return action


def client_actions(client: str, actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recorded actions the posting client can apply (the VBA client lacks a few formatting ones,
    and cannot take a null colour)."""
    if client != VBA_CLIENT:
        return actions
    return [_for_vba(action) for action in actions if action["func"] in VBA_ACTIONS]
