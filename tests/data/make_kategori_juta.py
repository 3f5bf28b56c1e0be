"""Build JA Model Pengembangan workbooks whose money target is written with its multiplier (``Rp. 50 juta``)
and whose kategori levels are bare numbers in that multiplier (``< 50 | 50 | > 50``), as agencies write a
row in juta. Each starts from ``clean_ja-pengembangan.xlsx`` (no finding) with the second RK's Kuantitas IKI
(SKP row 20) made a money one. Found by ``benchmarks/nyata_bf``; written apart from it.

Run ``python tests/data/make_kategori_juta.py`` to regenerate; the .xlsx files are committed beside it.

* ``kategori_juta_bersih.xlsx``: target G20 ``Rp. 50 juta``, CUKUP K20 ``< 50``, BAIK L20 ``50``, SANGAT BAIK
  M20 ``> 50``. Nothing wrong.
* ``kategori_juta_baik_lain.xlsx``: BAIK ``45`` (45 juta) under CUKUP ``< 50``: the levels do not rise,
  ``kategori-tidak-berurutan`` at K20.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
ROW = {"F20": "Nilai retribusi aset daerah yang tertagih", "G20": "Rp. 50 juta", "K20": "< 50", "L20": "50",
       "M20": "> 50"}
BOOKS = {"kategori_juta_bersih.xlsx": {}, "kategori_juta_baik_lain.xlsx": {"L20": "45"}}


def main() -> None:
    for name, changes in BOOKS.items():
        wb = load_workbook(HERE / "clean_ja-pengembangan.xlsx")
        for cell, value in {**ROW, **changes}.items():
            wb["SKP"][cell] = value
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
