"""Build the workbooks whose rows and columns the reviewer cannot see (``tests/test_tersembunyi.py``).

Run ``python tests/data/make_tersembunyi.py`` to regenerate; the files are committed beside it (the .xls
only where LibreOffice's ``soffice`` is installed). Laid out apart from ``benchmarks/merah_ay/buat.py``: the
JA Model Dasar plan of ``make_nyata.py`` (header on row 13), and on it what offices hide instead of
deleting:

* ``tersembunyi_bersih``: the template's example row (``Contoh:``, target ``... laporan``) hidden under the
  header; last year's RK without its IKI hidden between RK 1 and RK 2; a column of instructions (H) hidden;
  an old note 0 high under the table. Nothing to report (each is reported when read).
* ``tersembunyi_cacat``: the same, and RK 2's target, which is seen, left empty: reported (F19).
* ``tersembunyi_tersaring``: an AutoFilter on the table, filtered to RK 1 when saved, RK 2's target empty:
  the rows a filter hides are still the plan's, so the empty target is reported (F17).
* ``tersembunyi_bersih.xls``: the clean workbook saved again as .xls by LibreOffice.
* ``tersembunyi_teks_putih``: nothing hidden; the table header in white on dark blue (seen), and a draft
  RK (NO, RK atasan, RK) in white on no fill under the table (not seen): nothing to report.
* ``tersembunyi_teks_putih_cacat``: the same, and RK 2's target empty: reported (F17).
* ``tersembunyi_sheet_draf``: a hidden sheet ``SKP draf`` in front of the plan, same period, one RK more
  whose target is not written yet: the visible sheet is the plan submitted, nothing to report.
* ``tersembunyi_sheet_draf_cacat``: the same, and RK 2's target empty on the visible sheet: reported there
  (``SKP`` F17).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_nyata import ATASAN, DASAR_HEADER, DASAR_ROWS, FOOTER, Row, from_rows, kop  # noqa: E402

HERE = Path(__file__).resolve().parent
EXAMPLE: Row = ["Contoh:", "Meningkatnya kualitas pelayanan", "Tersusunnya laporan kinerja", "Kuantitas",
                "Jumlah laporan kinerja", "... laporan"]
OLD_RK: Row = [2, ATASAN, "Laporan realisasi anggaran semester 2024"]
NOTE = "Draft: Laporan aset tetap"


def _book(target_rk2: bool = True, hidden: bool = True) -> tuple[Workbook, dict[str, int]]:
    plan = [list(row) for row in DASAR_ROWS]
    if not target_rk2:
        plan[4][5] = None
    rows: list[Row] = [*kop(), [*DASAR_HEADER, None, "PETUNJUK"]]
    at = {"header": len(rows)}
    if hidden:
        rows.append(EXAMPLE)
        at["example"] = len(rows)
    rows.append(plan[0])
    rows.extend(plan[1:4])
    if hidden:
        rows.append(OLD_RK)
        at["old"] = len(rows)
    rows.extend(plan[4:])
    at["last"] = len(rows)
    if hidden:
        rows.append([None, None, NOTE])
        at["note"] = len(rows)
    rows.extend(FOOTER)
    for r in range(at["header"] + 1, at["last"] + 1):
        if len(rows[r - 1]) >= 3 and hidden:
            rows[r - 1] = [*rows[r - 1], *[None] * (7 - len(rows[r - 1])), "Lihat Manual IKI"]
    wb = from_rows("SKP", rows)
    return wb, at


def _hide(wb: Workbook, at: dict[str, int]) -> None:
    ws = wb["SKP"]
    ws.row_dimensions[at["example"]].hidden = True
    ws.row_dimensions[at["old"]].hidden = True
    ws.row_dimensions[at["note"]].height = 1  # written 0 high below (openpyxl drops a height of 0)
    ws.column_dimensions["H"].hidden = True


def _zero_height(path: Path, row: int) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'<row r="%d"[^>]*>' % row,
                                               b'<row r="%d" ht="0" customHeight="1">' % row,
                                               parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2025, 1, 2, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)


def _hidden(name: str, target_rk2: bool) -> None:
    wb, at = _book(target_rk2)
    _hide(wb, at)
    wb.save(HERE / name)
    _zero_height(HERE / name, at["note"])


def _filtered() -> None:
    wb, at = _book(target_rk2=False, hidden=False)
    ws = wb["SKP"]
    ws.auto_filter.ref = f"A{at['header']}:F{at['last']}"
    ws.auto_filter.add_filter_column(2, ["Laporan keuangan bulanan yang akurat"])
    ws.sheet_properties.filterMode = True
    for r in range(at["header"] + 5, at["last"] + 1):  # RK 2 and Kinerja Tambahan
        ws.row_dimensions[r].hidden = True
    wb.save(HERE / "tersembunyi_tersaring.xlsx")


def _hidden_draft(name: str, target_rk2: bool) -> None:
    plan = [list(row) for row in DASAR_ROWS]
    draft = [*plan[:5], [3, ATASAN, "Dokumen rencana kebutuhan barang milik daerah", "Kuantitas",
                         "Jumlah dokumen RKBMD yang tersusun", None], *plan[5:]]
    wb = from_rows("SKP draf", [*kop(), DASAR_HEADER, *draft, *FOOTER])
    if not target_rk2:
        plan[4][5] = None
    ws = wb.create_sheet("SKP")
    for row in [*kop(), DASAR_HEADER, *plan, *FOOTER]:
        ws.append(row)
    wb["SKP draf"].sheet_state = "hidden"
    wb.active = 1
    wb.save(HERE / name)


def _white(name: str, target_rk2: bool) -> None:
    wb, at = _book(target_rk2, hidden=False)
    ws = wb["SKP"]
    for cell in ws[at["header"]]:
        cell.font = Font(color="FFFFFFFF", bold=True)
        cell.fill = PatternFill("solid", fgColor="FF1F4E78")
    for col, value in enumerate([3, ATASAN, NOTE], 1):  # a draft RK left in white, under Kinerja Tambahan
        ws.cell(at["last"] + 1, col, value).font = Font(color="FFFFFFFF")
    wb.save(HERE / name)


def _as_xls(name: str) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        command = [soffice, f"-env:UserInstallation=file://{tmp}/profil", "--headless", "--convert-to",
                   "xls:MS Excel 97", "--outdir", tmp, str(HERE / name)]
        subprocess.run(command, check=True, capture_output=True)
        shutil.move(Path(tmp) / name.replace(".xlsx", ".xls"), HERE / name.replace(".xlsx", ".xls"))


def main() -> None:
    _hidden("tersembunyi_bersih.xlsx", target_rk2=True)
    _hidden("tersembunyi_cacat.xlsx", target_rk2=False)
    _filtered()
    _white("tersembunyi_teks_putih.xlsx", target_rk2=True)
    _white("tersembunyi_teks_putih_cacat.xlsx", target_rk2=False)
    _hidden_draft("tersembunyi_sheet_draf.xlsx", target_rk2=True)
    _hidden_draft("tersembunyi_sheet_draf_cacat.xlsx", target_rk2=False)
    _as_xls("tersembunyi_bersih.xlsx")


if __name__ == "__main__":
    main()
