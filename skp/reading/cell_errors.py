"""Cells showing a formula's error (``#REF!``, ``#N/A``, ``#DIV/0!``), read as the text Excel shows.

Excel stores the last result of every formula; an error result is a cell ``<c t="e"><v>#REF!</v></c>``.
python-calamine hands such a cell over as an empty string, so a NILAI AKHIR SKP that shows ``#REF!`` after
a row was deleted would read as a nilai nobody wrote, and a target showing ``#N/A`` as a target left empty.
The reviewer sees the error; this module finds those cells in an .xlsx/.xlsm package (Transitional or
Strict) so that the grid puts the error's text where the parser left nothing. The checks
already take an error text for what it is (a blank, in :func:`skp.checks.rules.is_blank`; not the nilai
the form should show, in the Penilaian checks).

Finding them costs inflating every worksheet part a second time (about a quarter of a millisecond for a
workbook of a hundred and fifty kilobytes of worksheets, a tenth of its reading), so the loader only hands
:func:`error_cells` to the grid (:attr:`~skp.reading.grid.WorkbookGrid.error_cells`) and the reader asks for
it where an error reads differently from an empty cell: a started Penilaian missing a result
(:func:`skp.reading.reader.read_document`). python-calamine has no way to hand errors over itself
(dimastbk/python-calamine#105).
"""

from __future__ import annotations

import io
import zipfile

from skp.reading.formats import UNREADABLE, Inflated, package_reader, sheet_parts, worksheet_cells

# Every error value starts with "#", a byte a worksheet part holds nowhere else but in a formula's text or
# a formula's text result: a part without one holds no error cell. One memchr over the part, ten times
# faster than looking for ``t="e"`` itself.
_ERROR_MARK = b"#"
_WORKSHEETS = "xl/worksheets/"
_LONGEST_ERROR = 16  # "#GETTING_DATA" is the longest Excel writes; anything longer is not an error value


def error_cells(
    data: bytes, entries: list[zipfile.ZipInfo] | None = None, kept: Inflated | None = None
) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name → 0-based (row, col) → the error text, for the cells whose stored result is an error.
    Empty for a package without one, for anything that is not an .xlsx/.xlsm package, and for a package
    whose parts cannot be read here: like the format words, a courtesy, never a reason to refuse a file.

    ``entries``: the package's entries as :func:`~skp.reading.safety.check_submission` returns them;
    ``kept``: its inflated parts (:func:`~skp.reading.formats.package_reader`)."""
    if not data.startswith(b"PK"):
        return {}
    try:
        if entries is None:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                entries = archive.infolist()
        read = package_reader(data, entries, kept)
        marked = {}
        for entry in entries:
            if entry.filename.startswith(_WORKSHEETS) and entry.filename.endswith(".xml"):
                content = read(entry.filename)
                if content is not None and _ERROR_MARK in content:
                    marked[entry.filename] = content
        if not marked:
            return {}
        out = {}
        for name, part in sheet_parts(read).items():
            if part in marked:
                cells = _error_cells(marked[part])
                if cells:
                    out[name] = cells
        return out
    except UNREADABLE:
        return {}


def _error_cells(content: bytes) -> dict[tuple[int, int], str]:
    """The error cells of one worksheet part."""
    cells: dict[tuple[int, int], str] = {}
    for position, cell, main in worksheet_cells(content):
        if cell.get("t") == "e":
            value = cell.find(f"{main}v")
            text = (value.text or "").strip() if value is not None else ""
            if text.startswith("#") and len(text) <= _LONGEST_ERROR:
                cells[position] = text
    return cells
