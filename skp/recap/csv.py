"""The recap tables as CSV files, for HR systems and pivot tables.

UTF-8 with a byte-order mark, so Excel shows Indonesian text correctly when the file is double-clicked;
formula-like text is defused (see :mod:`skp.sinks`); each file is written atomically.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from skp.recap.tables import RecapTables
from skp.sinks import csv_cell
from skp.writing.atomic import atomic_write


def write_csv(tables: RecapTables, folder: Path) -> list[Path]:
    """One ``<tabel>.csv`` per table in ``folder`` (created if missing); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.named():
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
        writer.writerow([str(c) for c in frame.columns])
        writer.writerows([csv_cell(v) for v in row] for row in frame.itertuples(index=False, name=None))
        target = folder / f"{name.lower()}.csv"
        data = buffer.getvalue().encode("utf-8-sig")
        atomic_write(target, lambda handle, data=data: handle.write(data))
        written.append(target)
    return written
