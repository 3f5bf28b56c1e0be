"""The records of a legacy .xls workbook stream (BIFF), walked in one place.

python-calamine reads an .xls's cells. What it does not hand over is read here from the records: whether
the stream is encrypted and how far its sheets reach (:mod:`skp.reading.safety`,
:mod:`skp.reading.extent`, before parsing), and the number formats that write words around a number
(:mod:`skp.reading.formats`). Each record is a 16-bit type, a 16-bit length and its body ([MS-XLS] 2.1.4).
No library is used for this: xlrd would parse the whole workbook a second time in pure Python to tell
what one walk over the records tells.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator

import olefile

BOF, EOF, BOUNDSHEET, FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F
BIFF8 = 0x0600  # the version a BOF record of Excel 97–2003 names
WORKBOOK_STREAMS = ("Workbook", "Book")  # Excel 97 and later, Excel 5/95


def workbook_stream_name(ole: olefile.OleFileIO) -> str | None:
    """The name of the compound file's workbook stream, None when it holds none (a Word document)."""
    return next((name for name in WORKBOOK_STREAMS if ole.exists(name)), None)


def workbook_stream(data: bytes) -> bytes | None:
    """The workbook stream of an .xls, None when the compound file holds none. olefile parses hostile
    bytes in pure Python: a caller decides what a failure (any exception) means for it."""
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        name = workbook_stream_name(ole)
        return None if name is None else ole.openstream(name).read()


def records(stream: bytes, pos: int = 0) -> Iterator[tuple[int, int, bytes]]:
    """(position, type, body) of each record from ``pos`` to the end of the stream. A last record cut
    short keeps the body that is there: a caller checks a body's length before reading it."""
    while pos + 4 <= len(stream):
        record, length = struct.unpack_from("<HH", stream, pos)
        yield pos, record, stream[pos + 4 : pos + 4 + length]
        pos += 4 + length


def string(body: bytes, at: int, wide_count: bool) -> str:
    """An XLUnicodeString (16-bit count) or ShortXLUnicodeString (8-bit count) starting at ``at`` of a
    record's body (a FORMAT's text, a BOUNDSHEET's sheet name)."""
    count, at = (struct.unpack_from("<H", body, at)[0], at + 2) if wide_count else (body[at], at + 1)
    flags, at = body[at], at + 1
    if flags & 1:
        return body[at : at + 2 * count].decode("utf-16-le")
    return body[at : at + count].decode("latin-1")


def substream(stream: bytes, start: int) -> Iterator[tuple[int, bytes]]:
    """(type, body) of the records of the substream (a sheet) at ``start``, up to and including its EOF."""
    for _, record, body in records(stream, start):
        yield record, body
        if record == EOF:
            return
