"""Build JA Model Dasar Penilaian workbooks in which one IKI has no target, so the nilai cannot be worked
out, while the sheet writes its own NILAI KINERJA PEGAWAI and PREDIKAT: the predikat is held to the nilai
written beside it. Each starts from ``merah_ak_predikat_nilai_bersih.xlsx`` (every IKI at 100 %, nilai
kinerja 103,30, predikat ``Baik (103,30)``) with the second IKI's target (F16 of both sheets) and its results
(H16:J16 of Penilaian) emptied. Found by ``benchmarks/nyata_bw``; written apart from it.

Run ``python tests/data/make_predikat_nilai_tertulis.py`` to regenerate; the files are committed beside it.

* ``predikat_nilai_tertulis_bersih.xlsx``: the predikat follows the written nilai kinerja: only the missing
  target is reported (``iki-tanpa-target``, SKP F16).
* ``predikat_nilai_tertulis_salah.xlsx``: predikat ``Butuh Perbaikan`` beside 103,30: also
  ``predikat-tidak-sesuai`` at Penilaian L22.
* ``predikat_nilai_tertulis_batas.xlsx``: nilai kinerja ``89,99`` with predikat ``Baik``: a nilai made of a
  Nilai SKP and a nilai perilaku each rounded first may be 0,01 off, and 90 is Baik (SPEC §6.4); with the
  rows unreadable nothing tells which, so nothing more is said.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
EMPTIED = {"SKP": ("F16",), "Penilaian": ("F16", "H16", "I16", "J16")}
BOOKS = {
    "predikat_nilai_tertulis_bersih.xlsx": {},
    "predikat_nilai_tertulis_salah.xlsx": {"L22": "Butuh Perbaikan"},
    "predikat_nilai_tertulis_batas.xlsx": {"L21": "89,99", "L22": "Baik"},
}


def main() -> None:
    for name, changes in BOOKS.items():
        wb = load_workbook(HERE / "merah_ak_predikat_nilai_bersih.xlsx")
        for sheet, cells in EMPTIED.items():
            for cell in cells:
                wb[sheet][cell] = None
        for cell, value in changes.items():
            wb["Penilaian"][cell] = value
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
