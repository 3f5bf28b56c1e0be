"""How many cells a sheet will really occupy once parsed, counted from the cells it stores.

python-calamine turns a sheet's sparse cells into one dense rectangle, and :mod:`skp.reading.load`
pads it to start at A1. Two stored cells, at A1 and at XFD1048576, therefore make a rectangle of 17 billion
cells; the allocation fails inside Rust, which aborts the whole process instead of raising. A sheet's
declared ``<dimension>`` cannot be trusted to prevent that (it may be absent or false), so the real extent
is counted here from the stored cell positions, streaming, before calamine runs. The count is cheap next to
parsing: a regular expression over the decompressed XML, or a walk over the BIFF records of an .xls.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from functools import partial, reduce
from itertools import chain
from typing import Protocol

from skp.errors import WorkbookRejected
from skp.reading import biff

_CHUNK = 1024 * 1024


class Readable(Protocol):
    """Anything read like a binary file: an open file, ``io.BytesIO``, a zip part."""

    def read(self, size: int = -1, /) -> bytes: ...


_NO_TAG = re.compile(rb"(?!)")  # matches nothing: the tags before a part's root is seen
_OVERLAP = 96  # longer than any cell reference attribute, so none is lost at a chunk boundary
# Any attribute ending in ``r`` is taken, whatever whitespace precedes it: a few page-setup numbers are
# counted too, which can only overestimate. XML allows either quote and whitespace around ``=``
# (``r='XFD1048576'``, ``r = "A1"``), and so does the parser: so must the count.
_REFERENCE = rb"""r\s*=\s*["']"""
# Upper-case letters only, as cell references are written: ``operator="between"`` ends in ``r`` too, and
# taking it for a reference would send every data-validated sheet down the slow exact count.
# The row of a cell's reference, and the number of a row element: the parser places a cell by its own
# reference, so a row element numbers only the cells stored without one. Rows formatted to the bottom of the
# sheet (``<row r="1048576" customFormat="1"/>``, Excel's "used range" bloat) hold no cell and add no row.
_CELL_ROW = re.compile(_REFERENCE + rb"""[A-Z]+([0-9]+)["']""")
_ROW_ELEMENT = re.compile(_REFERENCE + rb"""([0-9]+)["']""")
_COLUMN_LETTERS = re.compile(_REFERENCE + rb"([A-Z]+)[0-9]")
# Every ``<c`` counts as a cell element and every ``<row`` as a row (with the worksheet's namespace prefix,
# if it uses one); ``<col``, ``<cfRule`` and the like only overestimate.
_ROOT_PREFIX = re.compile(rb"<(\w+:)?worksheet\b")
# A reference that either pattern above would read as a row past 99 or a column past Z.
_BEYOND_Z99 = re.compile(_REFERENCE + rb"(?:[A-Z]*[0-9]{3}|[A-Z]{2})")
_Z99 = (99, 26)  # (row, column) reached at most by the references of a stretch _BEYOND_Z99 finds nothing in

# An .xls sheet's DIMENSIONS record (first row, last row + 1, first column, last column + 1) makes the
# parser reserve room for that rectangle up front: never handed over larger than the stored cells.
_DIMENSIONS = 0x0200
# BIFF8 records holding cells: each starts with row (u16) and column (u16); MULRK and MULBLANK end with
# their last column (u16).
_CELL_RECORDS = {0x0006, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00D6}
_MULTI_CELL_RECORDS = {0x00BD, 0x00BE}


def xlsx_sheet_cells(part: Readable, start: bytes = b"") -> int:
    """Cells in the rectangle from A1 that the parser will build for a worksheet part."""
    rows, columns = xlsx_sheet_extent(part, start)
    return rows * columns


def xlsx_sheet_extent(part: Readable, start: bytes = b"") -> tuple[int, int]:
    """(rows, columns) of the rectangle from A1 that the parser will build for a worksheet part: a refusal
    can then name the sheet's furthest cell, which the user deletes (a stray value in XFD150 makes a form of
    150 rows 16,384 columns wide).

    Its height is the furthest row of a referenced cell (of a row element too, once a cell is stored without
    a reference: such a cell takes its row's number) plus any rows stored without a reference (placed one
    after another), its width likewise. ``start`` holds the bytes already read from ``part``. Only distinct
    row numbers and column letters reach Python; the scanning stays in C.
    """
    return _sheet_extent(part, start, exact=True)


def xlsx_sheet_cells_at_most(part: Readable, start: bytes = b"") -> int:
    """At least :func:`xlsx_sheet_cells`, found with one search instead of two passes collecting every
    reference in a form's sheets.

    A stretch of the part with no reference beyond row 99 or column Z (which the search tells, and which
    is what a form's sheets hold) is not tallied reference by reference: its references are taken as
    reaching Z99 and its every cell and row as stored without a reference, which can only overestimate.
    """
    rows, columns = _sheet_extent(part, start, exact=False)
    return rows * columns


def _sheet_extent(part: Readable, start: bytes, exact: bool) -> tuple[int, int]:
    openings: tuple[bytes, bytes] | None = None  # the cell and row tags, known once the root is seen
    tags: tuple[re.Pattern[bytes], re.Pattern[bytes]] = (_NO_TAG, _NO_TAG)
    rows: set[bytes] = set()
    row_elements: set[bytes] = set()
    columns: set[bytes] = set()
    unreferenced_cells = unreferenced_rows = 0
    # elements and references counted one by one; what the elements outnumber their references by is stored
    # without one (totals, not per chunk: a cell's tag may end one chunk and its reference start the next)
    cell_tags = cell_references = row_tags = row_references = 0
    within_z99 = False  # whether some stretch was only bounded
    tail = b""
    for chunk in chain([start], iter(partial(part.read, _CHUNK), b"")):
        if not chunk:  # ``start`` may be empty; nothing in it to count or bound
            continue
        window = tail + chunk
        if openings is None and (root := _ROOT_PREFIX.search(window)):
            prefix = root.group(1) or b""
            openings = (b"<" + prefix + b"c", b"<" + prefix + b"row")
            tags = (_tag_pattern(openings[0]), _tag_pattern(openings[1]))
        if not exact and _BEYOND_Z99.search(window) is None:
            within_z99 = True
            if openings is not None:
                unreferenced_cells += chunk.count(openings[0])
                unreferenced_rows += chunk.count(openings[1])
        else:
            row_numbers = _ROW_ELEMENT.findall(window)
            column_letters = _COLUMN_LETTERS.findall(window)
            rows.update(_CELL_ROW.findall(window))
            row_elements.update(row_numbers)
            columns.update(column_letters)
            if openings is not None:
                # what this window adds to the last one: the elements and references not wholly inside the
                # overlap it repeats
                cell_tags += len(tags[0].findall(window)) - len(tags[0].findall(tail))
                row_tags += len(tags[1].findall(window)) - len(tags[1].findall(tail))
                cell_references += len(column_letters) - len(_COLUMN_LETTERS.findall(tail))
                row_references += len(row_numbers) - len(_ROW_ELEMENT.findall(tail))
        tail = window[-_OVERLAP:]
    unreferenced_cells += max(0, cell_tags - cell_references)
    unreferenced_rows += max(0, row_tags - row_references)
    if unreferenced_cells:  # placed in their row, which a row element may number
        rows |= row_elements
    max_row = max(max(map(int, rows), default=0), _Z99[0] if within_z99 else 0) + unreferenced_rows
    max_col = max((reduce(lambda n, letter: n * 26 + letter - 64, c, 0) for c in columns), default=0)
    max_col = max(max_col, _Z99[1] if within_z99 else 0)
    return max_row, max_col + unreferenced_cells


def _tag_pattern(opening: bytes) -> re.Pattern[bytes]:
    """Elements named exactly by ``opening`` (``<c``, not ``<col`` or ``<cfRule``): where a cell stored
    without a reference turns a row element's number into the sheet's height, counting a ``<col>`` as such a
    cell would make rows formatted to the bottom of the sheet count again. Compiled once per part: the
    opening carries the part's own namespace prefix (``<x:c``), so it is submitted data, not for a module
    cache."""
    return re.compile(re.escape(opening) + rb"[\s/>]")


def xls_sheet_cells(stream: bytes) -> int:
    """Sum over the sheets of an .xls workbook stream of the rectangle from A1 to the furthest stored cell.

    A sheet's DIMENSIONS record is not counted, although the parser reserves room for the rectangle it
    declares: LibreOffice declares a sheet down to row 1,048,576 once its last row is formatted, which
    would refuse a small SKP. The loader therefore never hands the parser a declaration larger than the
    cells (:mod:`skp.reading.xls_dimensions` rewrites it with :func:`xls_dimensions_beyond_cells`).
    """
    return sum((sheet.last_row + 1) * sheet.cols_end for sheet in _xls_sheets(stream))


def xls_dimensions_beyond_cells(stream: bytes) -> list[tuple[int, bytes]]:
    """(position of the body, body cut to the sheet's stored cells) of every DIMENSIONS record of an .xls
    workbook stream declaring more rows or columns than its sheet stores. The cut keeps at least one row
    and one column after the declared first ones, so the parser's ``last - first + 1`` never wraps."""
    cuts = []
    for sheet in _xls_sheets(stream):
        for pos, body in sheet.dimensions:
            layout = "<IIHHH" if len(body) == 14 else "<HHHHH"
            first_row, rows_end, first_col, cols_end, reserved = struct.unpack_from(layout, body)
            cut = (first_row, min(rows_end, max(sheet.last_row + 1, first_row + 1)),
                   first_col, min(cols_end, max(sheet.cols_end, first_col + 1)), reserved)
            if cut[1] < rows_end or cut[3] < cols_end:
                cuts.append((pos + 4, struct.pack(layout, *cut)))
    return cuts


@dataclass
class _XlsSheet:
    """One sheet's DIMENSIONS records (position, body), and the last row (0-based) and the column end
    (exclusive) of its stored cells."""

    dimensions: list[tuple[int, bytes]] = field(default_factory=list)
    last_row: int = 0
    cols_end: int = 0


def _xls_sheets(stream: bytes) -> list[_XlsSheet]:
    """The sheets of an .xls workbook stream, each from its BOF record (the workbook globals first).

    The parser reads each sheet from the stream position its BOUNDSHEET record names, not in stream
    order: a position inside another record would make it read that record's content (a string, say) as
    a sheet this walk never saw, so every such position must be the start of a sheet's BOF record.
    """
    sheets: list[_XlsSheet] = []
    positions: list[int] = []
    starts: set[int] = set()
    sheet = _XlsSheet()
    for pos, record, body in biff.records(stream):
        if record == biff.BOUNDSHEET and len(body) >= 4:
            positions.append(struct.unpack_from("<I", body)[0])
        if record == biff.BOF:
            starts.add(pos)
            sheets.append(sheet)
            sheet = _XlsSheet()
        elif record == _DIMENSIONS and len(body) in (10, 14):
            layout = "<IIHH" if len(body) == 14 else "<HHHH"  # BIFF8 or BIFF5
            first_row, rows_end, first_col, cols_end = struct.unpack_from(layout, body)
            if first_row > rows_end or first_col > cols_end:  # the parser's unsigned subtraction would wrap
                raise WorkbookRejected("berkas-rusak", "batas sheet yang tercatat dalam berkas .xls terbalik")
            sheet.dimensions.append((pos, body))
        elif record in _CELL_RECORDS and len(body) >= 4:
            row, col = struct.unpack_from("<HH", body)
            sheet.last_row, sheet.cols_end = max(sheet.last_row, row), max(sheet.cols_end, col + 1)
        elif record in _MULTI_CELL_RECORDS and len(body) >= 6:
            row, _ = struct.unpack_from("<HH", body)
            (last,) = struct.unpack_from("<H", body, len(body) - 2)
            sheet.last_row, sheet.cols_end = max(sheet.last_row, row), max(sheet.cols_end, last + 1)
    if any(position not in starts for position in positions):
        raise WorkbookRejected(
            "berkas-rusak", "letak sheet yang tercatat dalam berkas .xls menunjuk ke tengah data lain"
        )
    return [*sheets, sheet]
