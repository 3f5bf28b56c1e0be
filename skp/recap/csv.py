"""The recap tables as CSV files, for HR systems and pivot tables.

UTF-8 with a byte-order mark, so Excel shows Indonesian text correctly when the file is double-clicked;
separated by ``,`` (the default, for machine readers and Excel with English settings) or ``;`` (``skp rekap
--pemisah titik-koma``: Excel with Indonesian settings splits a double-clicked file at ``;`` only); every
field quoted and formula-like text defused in every piece a ``,`` or ``;`` separator could cut out
(see :func:`skp.sinks.csv_cell`), so the files are safe whichever list separator the reader's Excel uses.

NIPs are written in their official spaced form (``19750312 200003 1 002``, SPEC §5): Excel and LibreOffice
turn a bare 18-digit field into a number and drop its last three digits (``1,97503E+17``) even inside
quotes, but no spreadsheet reads the spaced form as a number, and every NIP reader (skp included) accepts
it. A value that is not 18 digits (an NIP the daftar stored as a number) is written as it was found.
Numbers are written as the spreadsheet that splits at the separator reads them
(:func:`skp.recap.tables.number_text`, :func:`skp.sinks.csv_decimal`): counts without decimals (``4``, never
``4.0``), Nilai SKP with a decimal point beside ``,`` (``114.47``) and a decimal comma beside ``;``
(``114,47``: a spreadsheet set to Indonesian takes ``114.47`` for text). Each file is written atomically.
"""

from __future__ import annotations

import csv
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from skp.nip import spaced_nip
from skp.recap.tables import NIP_COLUMNS, RecapTables, Table, number_text
from skp.sinks import csv_cell, csv_decimal, plain
from skp.writing.atomic import atomic_write

BOM = "\ufeff"
FLUSH_CHARS = 1 << 20  # a file is written in pieces of about this many characters
# distinct fields per column remembered while a table is written, then forgotten at once: repeats sit close
# together (a submission's rows are consecutive), and a larger memo only grows with the batch (4,096 and
# 50,000 cost the same CPU over 5,000 submissions)
MEMO_SIZE = 4_096


class _Pieces:
    """The text the csv module writes, encoded to UTF-8 and handed to the file a large piece at a time."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._pending: list[str] = [BOM]
        self._size = 0

    def write(self, text: str) -> None:
        self._pending.append(text)
        self._size += len(text)
        if self._size >= FLUSH_CHARS:
            self.flush()

    def flush(self) -> None:
        self._handle.write("".join(self._pending).encode("utf-8"))
        self._pending, self._size = [], 0


def _field(value: Any, nip: bool, column: str, decimal: str) -> str:
    value = plain(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value, column, decimal)
    return csv_cell(spaced_nip(value) if nip else value)


def _write_table(handle: BinaryIO, table: Table, separator: str = ",") -> None:
    """Header and rows of ``table``, each field made safe once per distinct value in its column."""
    pieces = _Pieces(handle)
    writer = csv.writer(pieces, delimiter=separator, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    decimal = csv_decimal(separator)
    columns = table.columns
    nip = [c in NIP_COLUMNS for c in columns]
    memos: list[dict[str, str]] = [{} for _ in columns]
    writer.writerow([csv_cell(c) for c in columns])
    for row in table:
        fields = []
        for value, is_nip, memo, column in zip(row, nip, memos, columns, strict=True):
            if not isinstance(value, str):
                fields.append(_field(value, is_nip, column, decimal))
                continue
            text = memo.get(value)
            if text is None:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                text = memo[value] = _field(value, is_nip, column, decimal)
            fields.append(text)
        writer.writerow(fields)
    pieces.flush()


def write_csv(tables: RecapTables, folder: Path, separator: str = ",") -> list[Path]:
    """One ``<tabel>.csv`` per table in ``folder`` (created if missing), each streamed to its file, fields
    separated by ``separator`` (``,`` or ``;``); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.named():
        target = folder / f"{name.lower().replace(' ', '_')}.csv"
        atomic_write(target, partial(_write_table, table=table, separator=separator))
        written.append(target)
    return written
