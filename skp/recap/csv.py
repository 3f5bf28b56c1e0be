"""The recap tables as CSV files, for HR systems and pivot tables.

UTF-8 with a byte-order mark, so Excel shows Indonesian text correctly when the file is double-clicked;
every field quoted and formula-like text defused in every piece a ``,`` or ``;`` separator could cut out
(see :func:`skp.sinks.csv_cell`), so the files are safe whichever list separator the reader's Excel uses.

NIPs are written in their official spaced form (``19750312 200003 1 002``, SPEC §5): Excel and LibreOffice
turn a bare 18-digit field into a number and drop its last three digits (``1,97503E+17``) even inside
quotes, but no spreadsheet reads the spaced form as a number, and every NIP reader (skp included) accepts
it. A value that is not 18 digits (an NIP the daftar stored as a number) is written as it was found.
Each file is written atomically.
"""

from __future__ import annotations

import csv
import io
from functools import partial
from pathlib import Path
from typing import BinaryIO

from skp.recap.tables import NIP_COLUMNS, RecapTables, spaced_nip
from skp.sinks import csv_cell, plain
from skp.writing.atomic import atomic_write


def write_csv(tables: RecapTables, folder: Path) -> list[Path]:
    """One ``<tabel>.csv`` per table in ``folder`` (created if missing); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.named():
        columns = [str(c) for c in frame.columns]
        nip = [c in NIP_COLUMNS for c in columns]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
        writer.writerow([csv_cell(c) for c in columns])
        writer.writerows(
            [csv_cell(spaced_nip(plain(v)) if n else v) for v, n in zip(row, nip, strict=True)]
            for row in frame.itertuples(index=False, name=None)
        )
        target = folder / f"{name.lower().replace(' ', '_')}.csv"
        data = buffer.getvalue().encode("utf-8-sig")
        atomic_write(target, partial(_write_bytes, data=data))
        written.append(target)
    return written


def _write_bytes(handle: BinaryIO, data: bytes) -> None:
    handle.write(data)
