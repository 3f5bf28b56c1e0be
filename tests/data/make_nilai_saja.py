"""Build workbooks whose merged cells carry meaning that the "Periksa SKP" button on ``skp server`` does not
receive: xlwings' remote engine sends cell values only, no merged area. Each is checked by
``tests/test_nilai_saja.py`` as the file (``skp periksa``) and as the button sends it, which must agree.
Found by ``benchmarks/gangguan.py``'s ``nilai-saja`` (the workbooks of ``merah_ap``, ``merah_at``) and
written here apart from those sets, from this folder's clean templates and ``make_nyata`` rows.

Run ``python tests/data/make_nilai_saja.py`` to regenerate; the files are committed beside it.

* ``nilai_saja_butir_kode_uraian_bersih.xlsx``: ``clean_jf-dasar.xlsx`` with its Keterkaitan AK sheet written
  anew: ``BUTIR KEGIATAN`` merged over ``KODE | URAIAN`` (C12:D12, the sub-labels on row 13), the other
  header cells merged down over both rows, one butir per RK. Nothing wrong.
* ``nilai_saja_butir_kode_uraian_ak_kosong.xlsx``: the same, RK 2's angka kredit empty:
  ``angka-kredit-tidak-valid`` at F16 only.
* ``nilai_saja_matriks_judul_samping_bersih.xlsx``: ``make_nyata``'s JA Model Dasar whose header cells are
  merged down over rows 12–13, the title ``MATRIKS PEMBAGIAN PERAN DAN HASIL`` written beside row 13 (H13)
  and the Matriks table beside the plan's rows (H15:L18). Nothing wrong.
* ``nilai_saja_matriks_judul_samping_tanpa_target.xlsx``: the same, RK 2's target empty:
  ``iki-tanpa-target`` at F18 only.
* ``nilai_saja_manual_rk_gabung_bersih.xlsx``: ``form_jpt_dasar.xlsx`` with its Manual IKI as a table, the
  first RK's RENCANA KINERJA and DESKRIPSI merged over its two IKI rows (B4:B5, C4:C5). Nothing wrong.
* ``nilai_saja_manual_rk_gabung_formula_kosong.xlsx``: the same, the second IKI's FORMULA empty:
  ``manual-iki-kosong`` at F5 only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, DASAR_ROWS, PEGAWAI, Row, kop
from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))


def butir_kode_uraian(ak_rk2: float | None = 0.005) -> Workbook:
    wb = load_workbook(HERE / "clean_jf-dasar.xlsx")
    old = wb["Keterkaitan AK"]
    kop_rows = [[cell.value for cell in row] for row in old.iter_rows(max_row=10)]
    plan = wb["SKP"]
    rks = [plan["D16"].value, plan["D19"].value]
    position = wb.sheetnames.index("Keterkaitan AK")
    wb.remove(old)
    ws = wb.create_sheet("Keterkaitan AK", position)
    for row in kop_rows:
        ws.append(row)
    ws.append([])
    ws.append(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", None, "OUTPUT", "ANGKA KREDIT"])
    ws.append([None, None, "KODE", "URAIAN"])
    ws.append(["A. KINERJA UTAMA"])
    ws.append([1, rks[0], "II.C.12", "Melakukan pengembangan sistem informasi", "Dokumen", 0.005])
    ws.append([2, rks[1], "II.C.14", "Melakukan verifikasi data aset", "Dokumen", ak_rk2])
    for area in ("A12:A13", "B12:B13", "C12:D12", "E12:E13", "F12:F13"):
        ws.merge_cells(area)
    return wb


def matriks_judul_samping(target_rk2: str | None = "240 dokumen") -> Workbook:
    rows = [list(row) for row in DASAR_ROWS]
    rows[4][5] = target_rk2
    body: list[Row] = [[*row, *[None] * (7 - len(row))] for row in rows]
    matriks: list[Row] = [
        ["NO", "NAMA", "JABATAN", "RENCANA KINERJA ATASAN"],
        [None, None, None, rows[1][2], rows[4][2]],
        [None, None, "JENIS PENYELARASAN", "Direct Cascading", "Direct Cascading"],
        [1, "Andi Saputra, S.E.", "Pengadministrasi Keuangan", "Rekap laporan keuangan", "Rekap SPJ"],
    ]
    for i, extra in enumerate(matriks, start=1):  # beside the plan's rows 15–18 (body rows 1–4)
        body[i] = [*body[i], *extra]
    grid: list[Row] = [*kop(), DASAR_HEADER, [*[None] * 7, "MATRIKS PEMBAGIAN PERAN DAN HASIL"], *body,
                       [], [None, None, None, None, "Bantul, 2 Januari 2025"],
                       [None, "PEGAWAI YANG DINILAI", None, None, "PEJABAT PENILAI KINERJA"], [], [],
                       [None, PEGAWAI[0]]]
    wb = from_rows("SKP", grid, tuple(f"{col}12:{col}13" for col in "ABCDEF"))
    return wb


def manual_rk_gabung(formula_kosong: bool = False) -> Workbook:
    """The Manual table's rows 4–9 (header row 3), one per Kinerja Utama IKI of the plan; the first RK's two
    IKI (rows 4–5) share its RENCANA KINERJA and DESKRIPSI cells, merged (B4:B5, C4:C5). FORMULA is column
    F."""
    from make_forms import MANUAL_LABELS

    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    plan, rk = wb["SKP JPT"], None
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    ws.append([])
    ws.append(["NO", *MANUAL_LABELS])
    for n, r in enumerate(range(15, 21), start=1):
        written = plan.cell(row=r, column=2).value
        rk = written or rk
        iki = plan.cell(row=r, column=3).value
        formula = None if formula_kosong and n == 2 else f"Realisasi {iki} / rencana"
        ws.append([n, written and rk, written and f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", formula,
                   "Mengukur keberhasilan rencana kinerja", "%", "Kuantitas", "Tinggi", "Laporan kinerja",
                   "Tahunan"])
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    return wb


BOOKS = {
    "nilai_saja_butir_kode_uraian_bersih.xlsx": butir_kode_uraian,
    "nilai_saja_butir_kode_uraian_ak_kosong.xlsx": lambda: butir_kode_uraian(None),
    "nilai_saja_matriks_judul_samping_bersih.xlsx": matriks_judul_samping,
    "nilai_saja_matriks_judul_samping_tanpa_target.xlsx": lambda: matriks_judul_samping(None),
    "nilai_saja_manual_rk_gabung_bersih.xlsx": manual_rk_gabung,
    "nilai_saja_manual_rk_gabung_formula_kosong.xlsx": lambda: manual_rk_gabung(True),
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
