"""An .xls handed to python-calamine with no DIMENSIONS record declaring more than its sheet stores.

python-calamine reserves room for the rectangle a sheet's DIMENSIONS record declares before it reads a
single cell. LibreOffice declares a sheet down to row 1,048,576 once the sheet's last row is formatted
(a whole column selected and coloured, say): a 14-column SKP then reserves half a gigabyte, a 256-column
one aborts the process. The safety count (:func:`skp.reading.extent.xls_sheet_cells`) counts the stored
cells, which is what the parser really builds from, so the parser must never see a larger declaration:
each such record is cut to its sheet's stored cells, in a copy of the bytes.

The record keeps its length, so the compound file's sector chains stay as they are and olefile's
same-size :meth:`~olefile.OleFileIO.write_stream` rewrites the stream in place, small streams in the
mini stream included. No library writes a BIFF stream back; none is needed for a record of fixed length.
"""

from __future__ import annotations

import io

import olefile

from skp.errors import WorkbookRejected
from skp.reading import biff
from skp.reading.extent import xls_dimensions_beyond_cells

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def with_dimensions_cut(data: bytes) -> bytes:
    """``data`` with every DIMENSIONS record beyond its sheet's stored cells cut to them; ``data`` itself
    when it is no .xls, holds no such record, or cannot be read (the parser then says what is wrong).

    A declaration that needs cutting but cannot be rewritten refuses the file (``berkas-rusak``): handed
    over as written it could make the parser reserve more than the safety count allowed for, and abort a
    process that is not isolated (the server, the add-in)."""
    if not data.startswith(_OLE_MAGIC):
        return data
    buffer = io.BytesIO(data)
    cuts: list[tuple[int, bytes]] = []
    try:
        with olefile.OleFileIO(buffer, write_mode=True) as ole:
            name = biff.workbook_stream_name(ole)
            if name is None:
                return data
            stream = bytearray(ole.openstream(name).read())
            cuts = xls_dimensions_beyond_cells(bytes(stream))
            if not cuts:
                return data
            for pos, body in cuts:
                stream[pos : pos + len(body)] = body
            ole.write_stream(name, bytes(stream))
    except Exception as exc:  # olefile and the walk meet hostile bytes in pure Python
        if cuts:
            raise WorkbookRejected(
                "berkas-rusak", "luas sheet yang tercatat dalam berkas .xls tidak dapat dibaca dengan aman"
            ) from exc
        return data
    return buffer.getvalue()
