"""Build JA Model Dasar Penilaian workbooks whose agency added the quarterly realisasi left of the year's:
``REALISASI TW I`` … ``REALISASI TW IV`` then ``REALISASI 2025`` (G12:K12), from
``merah_ak_predikat_nilai_bersih.xlsx`` (every IKI at 100 %, columns from REALISASI on moved four to the
right, the column-number row left empty). Found by ``benchmarks/nyata_ca``; written apart from it.

Run ``python tests/data/make_penilaian_triwulan.py`` to regenerate; the files are committed beside it.

* ``penilaian_triwulan_bersih.xlsx``: each quarter a quarter of the year's result: nothing to report. The
  first quarter's column was taken for REALISASI, so every capaian came out 25 % and was reported.
* ``penilaian_triwulan_capaian_salah.xlsx``: the first IKI's capaian written ``90 %`` (L15) beside its 24 of
  24 sarana: ``capaian-tidak-sesuai`` there.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
QUARTERS = {15: "6 sarana", 16: "90 %", 17: "10 tempat"}
BOOKS: dict[str, dict[str, object]] = {
    "penilaian_triwulan_bersih.xlsx": {},
    "penilaian_triwulan_capaian_salah.xlsx": {"L15": "90 %"},
}


def main() -> None:
    for name, changes in BOOKS.items():
        wb = load_workbook(HERE / "merah_ak_predikat_nilai_bersih.xlsx")
        ws = wb["Penilaian"]
        ws.insert_cols(7, 4)
        for c, quarter in enumerate(("I", "II", "III", "IV"), 7):
            ws.cell(12, c, f"REALISASI TW {quarter}")
            for row, value in QUARTERS.items():
                ws.cell(row, c, value)
        ws["K12"] = "REALISASI 2025"
        for cell in ws[13]:
            cell.value = None
        for cell, value in changes.items():
            ws[cell] = value
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
