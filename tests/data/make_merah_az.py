"""Build SKP JA Model Pengembangan workbooks for the false findings the red-team set ``merah_az`` found, each
from ``clean_ja-pengembangan.xlsx`` (no finding) with one change.

Run ``python tests/data/make_merah_az.py`` to regenerate; the .xlsx files are committed beside it.

* ``merah_az_pembanding_bersih``: kategori written as comparatives: the waktu IKI of row 21 (target ``10
  bulan``) with CUKUP ``lebih lambat dari 10 bulan`` (K21) and SANGAT BAIK ``lebih cepat dari 10 bulan``
  (M21); the Kuantitas IKI of row 17 (``12 laporan``) with SANGAT KURANG ``lebih sedikit dari 6 laporan``
  (I17) and SANGAT BAIK ``lebih banyak dari 12 laporan`` (M17).
* ``merah_az_pembanding_terbalik``: row 21 with the comparatives swapped, CUKUP ``lebih cepat dari 10
  bulan`` and SANGAT BAIK ``lebih lambat dari 10 bulan``: out of order for a waktu IKI.
* ``merah_az_pembanding_sb_mencakup``: row 17 with SANGAT BAIK ``tidak lebih dari 12 laporan`` (M17), which
  holds the target itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent


def _base() -> Workbook:
    return load_workbook(HERE / "clean_ja-pengembangan.xlsx")


def _cells(values: dict[str, object]) -> Callable[[], Workbook]:
    def build() -> Workbook:
        wb = _base()
        for cell, value in values.items():
            wb["SKP"][cell].value = value
        return wb

    return build


FIXTURES: dict[str, Callable[[], Workbook]] = {
    "merah_az_pembanding_bersih.xlsx": _cells({
        "K21": "lebih lambat dari 10 bulan", "M21": "lebih cepat dari 10 bulan",
        "I17": "lebih sedikit dari 6 laporan", "M17": "lebih banyak dari 12 laporan",
    }),
    "merah_az_pembanding_terbalik.xlsx": _cells({
        "K21": "lebih cepat dari 10 bulan", "M21": "lebih lambat dari 10 bulan",
    }),
    "merah_az_pembanding_sb_mencakup.xlsx": _cells({"M17": "tidak lebih dari 12 laporan"}),
}


def main() -> None:
    for name, build in FIXTURES.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
