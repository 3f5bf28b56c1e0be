"""Build workbooks where one label with a typo stands where a table ends or where a Manual IKI's header is:
the typo SPEC §3.10 expects of every label, met where the reader looked for the label written exactly
only. Written apart from ``benchmarks/gangguan.py``'s ``salah-ketik`` run over ``merah_ap`` and ``nyata_ac``,
which found each of them, with this folder's ``make_nyata`` rows and ``form_jpt_dasar.xlsx``'s plan.

Run ``python tests/data/make_salah_ketik_penghenti.py`` to regenerate; the files are committed beside it.

* ``salah_ketik_ttd_bawah_tabel_bersih.xlsx``: a JA Model Dasar whose signature block follows the table
  after two blank rows, without a place-and-date line: ``PEGWAAI YANG DINILAI`` in C (the RK column) and
  ``PEJABAT PENILAI KINERJA`` written exactly in H, right of the table; the names and NIPs under them.
  Nothing wrong.
* ``salah_ketik_ttd_bawah_tabel_tanpa_target.xlsx``: the same with ``Pejbaat Penilai Kinerja,`` in C and
  ``Pegawai yang Dinilai,`` in H, and the second RK's target left empty: ``iki-tanpa-target`` at F17 only.
* ``salah_ketik_manual_bawah_rencana_bersih.xlsx``: a JPT Model Dasar whose Manual IKI blocks stand right
  under the plan without a title (labels in B, values in C), the first block's first label written
  ``RENACNA KINERJA``. Nothing wrong.
* ``salah_ketik_manual_bawah_rencana_deskripsi.xlsx``: the same with the first block's ``DESKIRPSI RENCANA
  KINERJA`` instead, and the second block's FORMULA left empty: ``manual-iki-kosong`` at C41 only.
* ``salah_ketik_manual_tabel_judul_dua_baris_bersih.xlsx``: that JPT plan with its Manual IKI as a table on
  a sheet of its own: ``NO | RENCANA KINERJA | INDIAKTOR KINERJA INDIVIDU`` merged down over two header
  rows, the Manual's fields on the second under the group label ``URAIAN INDIKATOR``. Nothing wrong.
* ``salah_ketik_manual_tabel_judul_dua_baris_tujuan_kosong.xlsx``: the same, the last IKI's TUJUAN left
  empty: ``manual-iki-kosong`` at G10 only.
* ``salah_ketik_manual_tabel_judul_dua_baris_tanpa_gabungan_bersih.xlsx`` / ``_tujuan_kosong.xlsx``: the same
  two without the header's merged cells (as a table pasted from Word, or xlwings' remote engine, leaves
  it): the labels of the upper header row stand over empty cells of the lower one (found by
  ``gangguan.py``'s ``pisah-gabungan`` on ``merah_ap``, without the typo: 5 ``manual-iki-kosong``).
* ``salah_ketik_manual_tabel_dua_salah_ketik_bersih.xlsx``: the plan with its Manual IKI as a table on a
  sheet of its own, two of its four required labels misspelt (``DEFINSI IKI``, ``TUJAUN``): the sheet is
  still a Manual, not a second plan (found by ``salah-ketik`` on ``benchmarks/nyata_br``, whose Manual
  already had one typo: 8 errors on the Manual sheet read as the plan). Nothing wrong.
* ``salah_ketik_manual_tabel_dua_salah_ketik_formula_kosong.xlsx``: the same, the third IKI's FORMULA
  empty: ``manual-iki-kosong`` at F6 only.
* ``salah_ketik_manual_kolom_rencana_bersih.xlsx``: the Manual's fields written as columns of the plan
  table right of TARGET, the plan's own header reading ``INDIAKTOR KINERJA INDIVIDU``. Nothing wrong.
* ``salah_ketik_manual_kolom_rencana_formula_kosong.xlsx``: the same, the third IKI's FORMULA left empty:
  ``manual-iki-kosong`` at G17 only.
* ``salah_ketik_penilaian_target_baik_bersih.xlsx``: ``make_nyata``'s Model Pengembangan with only CUKUP and
  SANGAT BAIK beside TARGET/BAIK, and its Penilaian sheet headed as the plan is, TARGET/BAIK written
  ``TAREGT/BAIK``. Nothing wrong.
* ``salah_ketik_penilaian_target_baik_capaian_salah.xlsx``: the same, the second RK's capaian written
  ``95 %`` where 240 of 240 dokumen is 100 %: ``capaian-tidak-sesuai`` at J12 only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_forms import MANUAL_LABELS, from_rows
from make_nyata import (
    ATASAN,
    DASAR_HEADER,
    DASAR_ROWS,
    PEGAWAI,
    PENILAI,
    PENILAIAN_KOP,
    RK1,
    RK2,
    Row,
    kategori_cukup_sangat_baik,
    kop,
)
from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

PLAN_LAST_ROW = 22  # form_jpt_dasar.xlsx's plan: kop, header on row 12, IKI rows 15–20, Kinerja Tambahan 22


def ttd_bawah_tabel(pegawai: str = "PEGWAAI YANG DINILAI", penilai: str = "PEJABAT PENILAI KINERJA",
                    target_rk2: str | None = "240 dokumen") -> Workbook:
    rows = [list(row) for row in DASAR_ROWS]
    rows[4][5] = target_rk2
    footer: list[Row] = [[], [], [None, None, pegawai, *[None] * 4, penilai], [], [], [],
                         [None, None, PEGAWAI[0], *[None] * 4, PENILAI[0]],
                         [None, None, f"NIP. {PEGAWAI[1]}", *[None] * 4, f"NIP. {PENILAI[1]}"]]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *rows, *footer])


def _jpt_plan() -> list[Row]:
    """The rows of ``form_jpt_dasar.xlsx``'s plan as plain values, kop to Kinerja Tambahan."""
    sheet = load_workbook(HERE / "form_jpt_dasar.xlsx")["SKP JPT"]
    return [list(row) for row in sheet.iter_rows(max_row=PLAN_LAST_ROW, values_only=True)]


def _manual_values(plan: list[Row]) -> list[tuple[object, ...]]:
    """One Manual IKI per Kinerja Utama IKI of the plan (rows 15–20): its fields in ``MANUAL_LABELS``'
    order."""
    blocks, rk = [], None
    for row in plan[14:20]:
        rk = row[1] or rk
        iki = row[2]
        blocks.append((rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", f"Realisasi {iki} / rencana",
                       "Mengukur keberhasilan rencana kinerja", "%", "Kuantitas", "Tinggi", "Laporan kinerja",
                       "Tahunan"))
    return blocks


def _signatures() -> list[Row]:
    return [[], [None, None, None, "Sleman, 2 Januari 2025"],
            [None, "Pegawai yang Dinilai", None, "Pejabat Penilai Kinerja"], [], [], [],
            [None, PEGAWAI[0], None, PENILAI[0]]]


def manual_bawah_rencana(typo: tuple[str, str] = ("RENCANA KINERJA", "RENACNA KINERJA"),
                         formula_kosong: bool = False) -> Workbook:
    """The blocks start on row 25, one label per row and a blank row between blocks (12 rows a block):
    the second block's FORMULA is on row 41."""
    plan = _jpt_plan()
    rows: list[Row] = [*plan, [], []]
    for n, values in enumerate(_manual_values(plan)):
        for label, value in zip(MANUAL_LABELS, values, strict=True):
            written = typo[1] if n == 0 and label == typo[0] else label
            rows.append([None, written, None if formula_kosong and n == 1 and label == "FORMULA" else value])
        rows.append([])
    return from_rows("SKP JPT", [*rows, *_signatures()])


def manual_tabel_judul_dua_baris(tujuan_kosong: bool = False, merged: bool = True) -> Workbook:
    """Header rows 3–4, the IKI rows 5–10 (TUJUAN in column G); without ``merged`` the header's merges are
    not written."""
    plan = _jpt_plan()
    wb = from_rows("SKP JPT", [*plan, *_signatures()])
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    ws.append([])
    named = ("RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU")  # the columns left of the group label
    fields = [label for label in MANUAL_LABELS if label not in named]
    ws.append(["NO", "RENCANA KINERJA", "INDIAKTOR KINERJA INDIVIDU", "URAIAN INDIKATOR"])
    ws.append([None, None, None, *fields])
    for area in ("A3:A4", "B3:B4", "C3:C4", f"D3:{chr(ord('C') + len(fields))}3") if merged else ():
        ws.merge_cells(area)
    blocks = _manual_values(plan)
    for n, values in enumerate(blocks, start=1):
        own = dict(zip(MANUAL_LABELS, values, strict=True))
        if tujuan_kosong and n == len(blocks):
            own["TUJUAN"] = None
        ws.append([n, own["RENCANA KINERJA"], own["INDIKATOR KINERJA INDIVIDU"], *(own[f] for f in fields)])
    return wb


def manual_tabel_dua_salah_ketik(formula_kosong: bool = False) -> Workbook:
    """The plan with its Manual IKI as a table on its own sheet, header on row 3, one IKI per row (4–9), two
    of its four required labels misspelt (``DEFINSI IKI``, ``TUJAUN``); FORMULA is column F."""
    plan = _jpt_plan()
    wb = from_rows("SKP JPT", [*plan, *_signatures()])
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    ws.append([])
    typos = {"DEFINISI IKI": "DEFINSI IKI", "TUJUAN": "TUJAUN"}
    ws.append(["NO", *(typos.get(label, label) for label in MANUAL_LABELS)])
    for n, values in enumerate(_manual_values(plan), start=1):
        row = list(values)
        if formula_kosong and n == 3:
            row[MANUAL_LABELS.index("FORMULA")] = None
        ws.append([n, *row])
    return wb


MANUAL_COLUMNS = ("DESKRIPSI RENCANA KINERJA", "DEFINISI IKI", "FORMULA", "TUJUAN", "SUMBER DATA")


def manual_kolom_rencana(formula_kosong: bool = False) -> Workbook:
    """Header on row 12 (``NO | RENCANA KINERJA | INDIAKTOR KINERJA INDIVIDU | TARGET`` then the Manual's
    fields E–I), each Kinerja Utama IKI row (15–20) with its Manual values (FORMULA in G)."""
    plan = _jpt_plan()
    plan[11] = ["NO", "RENCANA KINERJA", "INDIAKTOR KINERJA INDIVIDU", "TARGET", *MANUAL_COLUMNS]
    plan[12] = [*plan[12][:4], *(f"({n})" for n in range(5, 5 + len(MANUAL_COLUMNS)))]
    for n, values in enumerate(_manual_values(plan)):
        own = dict(zip(MANUAL_LABELS, values, strict=True))
        if formula_kosong and n == 2:
            own["FORMULA"] = None
        plan[14 + n] = [*plan[14 + n][:4], *(own[f] for f in MANUAL_COLUMNS)]
    return from_rows("SKP JPT", [*plan, *_signatures()])


def penilaian_target_baik(capaian_rk2: str = "100 %") -> Workbook:
    """``make_nyata``'s Model Pengembangan with only CUKUP and SANGAT BAIK, and its Penilaian sheet headed as
    the plan is, TARGET/BAIK written ``TAREGT/BAIK`` (F7); the second RK's capaian in I11."""
    wb = kategori_cukup_sangat_baik()
    ws = wb.create_sheet("Penilaian")
    rows: list[Row] = [
        *PENILAIAN_KOP,
        ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
         "INDIKATOR KINERJA INDIVIDU", "TAREGT/BAIK", "KATEGORI PENILAIAN", None, "REALISASI", "CAPAIAN IKI",
         "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"],
        [None, None, None, None, None, None, "CUKUP", "SANGAT BAIK"],
        ["A. KINERJA UTAMA"],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan", "10 - 11 laporan",
         "> 12 laporan", 11, "92 %", "Cukup", 82],
        [None, None, None, "Waktu", "Waktu penyampaian laporan", "12 bulan", "13 bulan", "< 12 bulan", 12,
         "100 %", "Baik", 109],
        [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen",
         "200 - 239 dokumen", "> 240 dokumen", 240, capaian_rk2, "Baik", 109],
        ["B. KINERJA TAMBAHAN"],
        [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan",
         "1 sertifikat", "-", "> 1 sertifikat", 1, "100 %", "Baik", 109],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("G7:H7")
    return wb


BOOKS = {
    "salah_ketik_ttd_bawah_tabel_bersih.xlsx": ttd_bawah_tabel,
    "salah_ketik_ttd_bawah_tabel_tanpa_target.xlsx": lambda: ttd_bawah_tabel(
        "Pejbaat Penilai Kinerja,", "Pegawai yang Dinilai,", None),
    "salah_ketik_manual_bawah_rencana_bersih.xlsx": manual_bawah_rencana,
    "salah_ketik_manual_bawah_rencana_deskripsi.xlsx": lambda: manual_bawah_rencana(
        ("DESKRIPSI RENCANA KINERJA", "DESKIRPSI RENCANA KINERJA"), formula_kosong=True),
    "salah_ketik_manual_tabel_judul_dua_baris_bersih.xlsx": manual_tabel_judul_dua_baris,
    "salah_ketik_manual_tabel_judul_dua_baris_tujuan_kosong.xlsx": lambda: manual_tabel_judul_dua_baris(True),
    "salah_ketik_manual_tabel_judul_dua_baris_tanpa_gabungan_bersih.xlsx": lambda: (
        manual_tabel_judul_dua_baris(merged=False)),
    "salah_ketik_manual_tabel_judul_dua_baris_tanpa_gabungan_tujuan_kosong.xlsx": lambda: (
        manual_tabel_judul_dua_baris(True, merged=False)),
    "salah_ketik_manual_tabel_dua_salah_ketik_bersih.xlsx": manual_tabel_dua_salah_ketik,
    "salah_ketik_manual_tabel_dua_salah_ketik_formula_kosong.xlsx": lambda: (
        manual_tabel_dua_salah_ketik(True)),
    "salah_ketik_manual_kolom_rencana_bersih.xlsx": manual_kolom_rencana,
    "salah_ketik_manual_kolom_rencana_formula_kosong.xlsx": lambda: manual_kolom_rencana(True),
    "salah_ketik_penilaian_target_baik_bersih.xlsx": penilaian_target_baik,
    "salah_ketik_penilaian_target_baik_capaian_salah.xlsx": lambda: penilaian_target_baik("95 %"),
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
