"""The recap of ``tests/data/rekap_agensi`` as comparable data: what the pinned outputs must stay equal to.

``tests/data/make_rekap_agensi.py`` wrote the expected outputs once, and ``tests/test_rekap_tetap.py``
writes them again with today's code and compares. The recap is written from inside a copy of the folder
(so plain relative links to the submissions are allowed), on a fixed date, through the same library calls
``skp rekap`` makes (the workbook here, the page and the CSV files in a forked process where workers
are forked). An xlsx is compared by meaning (STYLE §8): every sheet, every cell's value, number
format, quote prefix, fill, boldness and link, the column widths, frozen panes, filter, print setup and
charts; the HTML and each CSV byte for byte, the skp version in the HTML aside.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from skp import __version__
from skp.config import Config
from skp.daftar import read_daftar
from skp.recap.csv import write_csv
from skp.recap.html import write_html
from skp.recap.outputs import write_outputs
from skp.recap.tables import build_tables
from skp.recap.xlsx import write_xlsx
from skp.run.batch import run_batch
from skp.run.discovery import discover

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "rekap_agensi"
EXPECTED = DATA / "rekap_agensi_hasil"
DAFTAR = DATA / "daftar" / "daftar_pegawai_dinas_pupr.xlsx"
TODAY = date(2026, 3, 2)
# what is recapped (a folder of the agency) and with which daftar pegawai; ``semua_terbaca`` has no
# unreadable file, so its Pegawai counts are whole numbers (elsewhere a gap makes them ``2.0``)
VARIANTS: dict[str, tuple[str, Path | None]] = {"tanpa_daftar": (".", None), "dengan_daftar": (".", DAFTAR),
                                                "semua_terbaca": ("unit", None)}
VERSION_MARK = "{versi}"


def write_recap(work: Path, variant: str, config: Config) -> Path:
    """Copy the agency folder into ``work``, recap the variant's part of it from inside; returns the copy
    (outputs in it)."""
    part, daftar = VARIANTS[variant]
    folder = work / "kiriman"
    shutil.copytree(FOLDER, folder)
    if daftar is not None:  # beside the copy, named relative to it: messages quote the path as given
        shutil.copy(daftar, work / daftar.name)
    previous = Path.cwd()
    try:
        os.chdir(folder)
        batch = run_batch(discover([Path(part)]), config, jobs=1,
                          daftar=read_daftar(Path("..") / daftar.name, config) if daftar else None)
        tables = build_tables(batch, today=TODAY)
        write_outputs(tables, [(Path("rekap.xlsx"), write_xlsx), (Path("rekap.html"), write_html),
                               (Path("rekap_csv"), write_csv)])
    finally:
        os.chdir(previous)
    return folder


def _colour(fill: Any) -> str | None:
    return fill.fgColor.rgb if fill is not None and fill.fill_type else None


def xlsx_snapshot(path: Path) -> dict[str, Any]:
    """Everything of the recap workbook a reader sees, as plain JSON-able data."""
    book = load_workbook(path)
    sheets: dict[str, Any] = {}
    for ws in book.worksheets:
        cells = [
            [c.coordinate, c.value, c.number_format, bool(c.quotePrefix), _colour(c.fill), bool(c.font.b),
             c.font.color.rgb if c.font.color is not None else None,
             c.hyperlink.target if c.hyperlink else None]
            for row in ws.iter_rows() for c in row if c.value is not None
        ]
        sheets[ws.title] = {
            "cells": cells,
            "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items()) if d.width},
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "print": [ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth,
                      ws.page_setup.fitToHeight, ws.print_title_rows, ws.oddHeader.left.text,
                      ws.oddHeader.right.text],
            "charts": [type(chart).__name__ for chart in ws._charts],
        }
    return {"sheets": list(book.sheetnames), "content": sheets}


def html_text(path: Path) -> str:
    """The page, with the skp version (which changes with every release) replaced by a mark."""
    return path.read_text(encoding="utf-8").replace(f"skp {__version__}", f"skp {VERSION_MARK}")
