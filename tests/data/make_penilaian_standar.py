"""Build JA Model Pengembangan workbooks whose Penilaian sheet gives each IKI the kategori its plan's standar
kinerja gives the realisasi (SPEC §3.3), which differs from the capaian bands of SPEC §6.2 on three rows
(``penilaian.bacaan_lain.kategori_standar_kinerja``). Each starts from ``clean_ja-pengembangan.xlsx`` (no
finding), whose plan writes the levels; the template's Penilaian sheet is replaced (as ``make_merah_az``
replaces it, kop and identity included) by one laid out
``NO | RENCANA KINERJA | ASPEK | INDIKATOR KINERJA INDIVIDU | TARGET | REALISASI | CAPAIAN IKI | KATEGORI
CAPAIAN IKI | NILAI CAPAIAN IKI`` (header row 12, Kinerja Utama rows 14–18, Kinerja Tambahan row 20).

Run ``python tests/data/make_penilaian_standar.py`` to regenerate; the .xlsx files are committed beside it.

* ``penilaian_standar_kinerja_bersih``:
  - row 14, ``12 laporan``, realisasi 7: capaian 58,33 % is Sangat Kurang by §6.2; the plan's KURANG ``6 - 8``
    holds 7, and the sheet writes ``Kurang``, nilai 60;
  - row 17, ``300 dokumen``, realisasi 200: capaian 66,67 % is Kurang; 200 falls between the plan's CUKUP
    ``< 150`` and BAIK ``300``, and the sheet writes ``Cukup``, nilai 72;
  - row 18, waktu ``10 bulan``, realisasi 13 bulan: capaian 70 % is Kurang; the plan's CUKUP ``> 10`` holds
    13, and the sheet writes ``Cukup``, nilai 75;
  - every other row meets its target: 100 %, ``Baik``, 109.
* ``penilaian_standar_kinerja_kategori_salah``: row 14 written ``Baik``, nilai 109, which neither reading
  gives: the kategori (H14) and the nilai (I14) are wrong.
* ``penilaian_standar_kinerja_nilai_salah``: row 18 keeps ``Cukup`` but writes nilai 95, outside the Cukup
  band (70 to under 90): the nilai (I18) is wrong, the kategori is not.
* ``penilaian_standar_kinerja_tingkat_terbalik``: the plan's waktu IKI (SKP row 21) with CUKUP ``< 10`` and
  SANGAT BAIK ``> 10``, out of order for a waktu IKI: a standar the plan gets wrong decides nothing, so row
  18's ``Cukup``, 75 is judged by the capaian bands alone (H18, I18).
"""

from __future__ import annotations

from pathlib import Path

from make_merah_az import penilaian_sheet
from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent

_HEADER = ("NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI",
           "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI")
_RK_1 = "Laporan keuangan bulanan tersusun tepat waktu dan akurat"
_RK_2 = "Data aset daerah yang terverifikasi"
_TAMBAHAN = "Sertifikat pelatihan pengelolaan keuangan daerah"
# row: (NO, RK, aspek, IKI, target, realisasi, capaian, kategori, nilai)
_ROWS: dict[int, tuple[object, ...]] = {
    14: (1, _RK_1, "Kuantitas", "Jumlah laporan keuangan bulanan yang tersusun", "12 laporan", 7, "58,33 %",
         "Kurang", 60),
    15: (None, None, "Kualitas", "Persentase laporan keuangan tanpa koreksi", "90 %", "90 %", "100 %", "Baik",
         109),
    16: (None, None, "Waktu", "Ketepatan waktu penyampaian laporan", "12 bulan", "12 bulan", "100 %", "Baik",
         109),
    17: (2, _RK_2, "Kuantitas", "Jumlah dokumen aset yang diverifikasi", "300 dokumen", 200, "66,67 %",
         "Cukup", 72),
    18: (None, None, "Waktu", "Waktu penyelesaian verifikasi aset", "10 bulan", "13 bulan", "70 %", "Cukup",
         75),
    20: (3, _TAMBAHAN, "Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", "1 sertifikat", 1, "100 %",
         "Baik", 109),
}


def _build(changes: dict[str, object], plan: dict[str, object] | None = None) -> Workbook:
    wb = load_workbook(HERE / "clean_ja-pengembangan.xlsx")
    for cell, value in (plan or {}).items():
        wb["SKP"][cell] = value
    ws = penilaian_sheet(wb)
    for c, label in enumerate(_HEADER, 1):
        ws.cell(12, c, label)
    ws["A13"] = "A. KINERJA UTAMA"
    ws["A19"] = "B. KINERJA TAMBAHAN"
    for r, values in _ROWS.items():
        for c, value in enumerate(values, 1):
            if value is not None:
                ws.cell(r, c, value)
    for cell, value in changes.items():
        ws[cell] = value
    return wb


FIXTURES: dict[str, tuple[dict[str, object], dict[str, object]]] = {  # (Penilaian cells, SKP cells)
    "penilaian_standar_kinerja_bersih.xlsx": ({}, {}),
    "penilaian_standar_kinerja_kategori_salah.xlsx": ({"H14": "Baik", "I14": 109}, {}),
    "penilaian_standar_kinerja_nilai_salah.xlsx": ({"I18": 95}, {}),
    "penilaian_standar_kinerja_tingkat_terbalik.xlsx": ({}, {"K21": "< 10", "M21": "> 10"}),
}


def main() -> None:
    for name, (changes, plan) in FIXTURES.items():
        _build(changes, plan).save(HERE / name)


if __name__ == "__main__":
    main()
