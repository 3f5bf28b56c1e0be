"""Build JA Model Pengembangan workbooks whose kategori cells repeat their level's name before the threshold
(``BAIK: 12``, ``Sangat Baik = > 12``), as staff type them. Each starts from ``clean_ja-pengembangan.xlsx``
(no finding) with the first IKI's levels (SKP row 17, target ``12 laporan``) and the second RK's Waktu IKI
(row 21, target ``10 bulan``) written so. Found by ``benchmarks/nyata_bw``; written apart from it.

Run ``python tests/data/make_kategori_berlabel.py`` to regenerate; the .xlsx files are committed beside it.

* ``kategori_berlabel_bersih.xlsx``: every level named, ordered and apart from the target. Nothing wrong.
* ``kategori_berlabel_baik_lain.xlsx``: BAIK ``BAIK: 9 laporan`` under target 12 (inside CUKUP ``9 - 11``):
  ``kategori-tidak-berurutan``, on CUKUP (K17), as for unnamed levels: BAIK is anchored to the target.
* ``kategori_berlabel_sangat_baik_target.xlsx``: SANGAT BAIK ``Sangat Baik: >= 12 laporan`` holds the
  target: ``kategori-tidak-membedakan`` at M17.
* ``kategori_berlabel_lain.xlsx``: the Waktu CUKUP cell names another level (``Sangat Baik: < 10``, a row
  shifted or mistyped): which level it is cannot be told, so nothing is said of it.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
NAMED = {
    "I17": "Sangat Kurang: < 6 laporan", "J17": "KURANG : 6 - 8 laporan", "K17": "Cukup: 9 - 11 laporan",
    "L17": "BAIK: 12 laporan", "M17": "Sangat Baik = > 12 laporan",
    "K21": "CUKUP: > 10 bulan", "L21": "Baik: 10 bulan", "M21": "SANGAT BAIK: < 10 bulan",
}
BOOKS = {
    "kategori_berlabel_bersih.xlsx": {},
    "kategori_berlabel_baik_lain.xlsx": {"L17": "BAIK: 9 laporan"},
    "kategori_berlabel_sangat_baik_target.xlsx": {"M17": "Sangat Baik: >= 12 laporan"},
    "kategori_berlabel_lain.xlsx": {"K21": "Sangat Baik: < 10"},
}


def main() -> None:
    for name, changes in BOOKS.items():
        wb = load_workbook(HERE / "clean_ja-pengembangan.xlsx")
        for cell, value in {**NAMED, **changes}.items():
            wb["SKP"][cell] = value
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
