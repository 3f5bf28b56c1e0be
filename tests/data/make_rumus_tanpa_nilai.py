"""Build the workbooks whose cells hold a formula with no stored result (``tests/test_rumus_tanpa_nilai.py``).

Run ``python tests/data/make_rumus_tanpa_nilai.py`` to regenerate; the files are committed beside it.

Programs that write workbooks (openpyxl here, as ExcelJS, SheetJS and the PHP exporters of agency web
applications do) store a formula without its result; Excel works it out when the file is opened. The plan's
TARGET column holds the number as a formula (``=6*2``) beside a SATUAN column, and the Penilaian sheet's
REALISASI refers to the plan (``=SKP!F15``), so a reader of stored values finds those cells empty:

* ``rumus_tanpa_nilai.xlsx``: nothing to report (what Excel shows is a complete plan and Penilaian);
* ``rumus_tanpa_nilai_teks_kosong.xlsx``: one target's formula stored with the empty text as its result
  (``t="str"`` and an empty ``<v>``, as Excel writes ``=IF(…,"",…)``): the reviewer sees an empty cell,
  which stays reported;
* ``rumus_tanpa_nilai_target_kosong.xlsx``: one target left truly empty beside the formulas: reported.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_nyata import DASAR_HEADER, FOOTER, SATUAN_ROWS, Row, from_rows, kop  # noqa: E402

HERE = Path(__file__).resolve().parent
FORMULAS = {1: "=6*2", 4: "=200+40"}  # row of SATUAN_ROWS → the TARGET's formula
EMPTY_TEXT_CELL = "F14"  # the first IKI's TARGET


def _book(empty_target: bool = False) -> Workbook:
    rows: list[Row] = [list(row) for row in SATUAN_ROWS]
    for at, formula in FORMULAS.items():
        rows[at][5] = formula
    if empty_target:
        rows[2][5] = None  # the Kualitas IKI: no target at all
    wb = from_rows("SKP", [*kop(), [*DASAR_HEADER, "SATUAN"], *rows, *FOOTER])
    plan_top = len(kop()) + 2  # the first row under the header (1-based)
    penilaian = wb.create_sheet("Penilaian")
    penilaian.append(["PENILAIAN SASARAN KINERJA PEGAWAI"])
    penilaian.append([])
    penilaian.append(["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "SATUAN", "REALISASI"])
    for at, row in enumerate(rows):
        if len(row) == 1:
            penilaian.append(row)
        else:
            plan_row = plan_top + at
            penilaian.append([row[0], row[2], row[4], f"=SKP!F{plan_row}", row[6], f"=SKP!F{plan_row}"])
    return wb


def _with_empty_text_result(book: Workbook, cell: str) -> bytes:
    """The saved workbook with ``cell`` of the SKP sheet storing the empty text as its formula's result."""
    saved = io.BytesIO()
    book.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                pattern = rf'<c r="{cell}"([^>]*)><f>([^<]*)</f><v\s*/>'.encode()
                data, count = re.subn(pattern, rb'<c r="' + cell.encode() + rb'"\1 t="str"><f>\2</f><v></v>',
                                      data)
                assert count == 1, f"{cell} holds no formula to give a result"
            target.writestr(item, data)
    return out.getvalue()


def main() -> None:
    _book().save(HERE / "rumus_tanpa_nilai.xlsx")
    empty_text = _with_empty_text_result(_book(), EMPTY_TEXT_CELL)
    (HERE / "rumus_tanpa_nilai_teks_kosong.xlsx").write_bytes(empty_text)
    _book(empty_target=True).save(HERE / "rumus_tanpa_nilai_target_kosong.xlsx")


if __name__ == "__main__":
    main()
