"""Build SKP JA Model Pengembangan workbooks for the false findings the red-team set ``merah_am`` found, each
from ``clean_ja-pengembangan.xlsx`` (no finding) with one change.

Run ``python tests/data/make_merah_am.py`` to regenerate; the .xlsx files are committed beside it.

* ``merah_am_batas_atas_bersih``: the Kualitas IKI of row 18 counts complaints, lower is better: target
  ``maksimal 4 keluhan`` (G18), kategori ``> 8`` … ``< 2 keluhan`` falling (I18:M18).
* ``merah_am_batas_atas_sb_sama``: the same with SANGAT BAIK ``maksimal 4 keluhan`` (M18), the target itself.
* ``merah_am_batas_atas_naik``: the same with kategori rising ``< 1`` … ``> 8 keluhan``: out of order.
* ``merah_am_baik_satu_sisi_bersih``: BAIK written as the target with a qualifier toward better: ``≥ 12
  laporan`` (L17) under target ``12 laporan``, ``≤ 10 bulan`` (L21) under the waktu target ``10 bulan``.
* ``merah_am_baik_satu_sisi_sb_sama``: the same with SANGAT BAIK ``≥ 12 laporan`` (M17) too.
* ``merah_am_baik_satu_sisi_salah_arah``: BAIK ``≤ 12 laporan`` (L17) under ``12 laporan`` with the other
  kategori rising: out of order.
* ``merah_am_rupiah_menempel_bersih``: row 19 a Biaya IKI, target ``Rp 1,5 M``, kategori written with ``Rp``
  glued to the number (``Rp1,5M``, BAIK L19).
* ``merah_am_rk_ulang_titik_bersih``: RK 1 written on each of its IKI rows (D17:D19 unmerged), the copy on
  row 18 ending in a period, the one on row 19 with a double space.
* ``merah_am_rk_ulang_titik_ganda``: RK 2 (D20) is RK 1's text with a period: a duplicate RK.
* ``merah_am_rk_serapan_bersih``: RK ``Memorandum kesepahaman … yang ditandatangani`` (D17) and ``Mentoring
  … yang terlaksana sesuai jadwal`` (D20): nouns that open like me- verbs.
* ``merah_am_rk_serapan_aktivitas``: RK 2 ``Mentoring operator aset baru`` (D20), no result qualifier.
* ``merah_am_rk_standar_pk_bersih``: PK-style RK with a measured standard, ``Pengelolaan keuangan bulanan
  dengan opini WTP`` (D17) and ``Penyelesaian verifikasi aset dalam waktu 10 bulan`` (D20).
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


def _complaints(kategori: tuple[str, str, str, str, str]) -> Callable[[], Workbook]:
    values: dict[str, object] = {
        "F18": "Jumlah keluhan pengguna atas laporan keuangan",
        "G18": "maksimal 4 keluhan",
    }
    values.update(zip(("I18", "J18", "K18", "L18", "M18"), kategori, strict=True))
    return _cells(values)


def _rk_repeated() -> Workbook:
    wb = _base()
    ws = wb["SKP"]
    ws.unmerge_cells("D17:D19")
    text = ws["D17"].value
    ws["D18"].value = f"{text}."
    ws["D19"].value = text.replace(" tepat ", "  tepat ")
    return wb


FIXTURES: dict[str, Callable[[], Workbook]] = {
    "merah_am_batas_atas_bersih.xlsx": _complaints(
        ("> 8 keluhan", "7 - 8 keluhan", "5 - 6 keluhan", "maksimal 4 keluhan", "< 2 keluhan")),
    "merah_am_batas_atas_sb_sama.xlsx": _complaints(
        ("> 8 keluhan", "7 - 8 keluhan", "5 - 6 keluhan", "maksimal 4 keluhan", "maksimal 4 keluhan")),
    "merah_am_batas_atas_naik.xlsx": _complaints(
        ("< 1 keluhan", "1 keluhan", "2 - 3 keluhan", "maksimal 4 keluhan", "> 8 keluhan")),
    "merah_am_baik_satu_sisi_bersih.xlsx": _cells({"L17": "≥ 12 laporan", "L21": "≤ 10 bulan"}),
    "merah_am_baik_satu_sisi_sb_sama.xlsx": _cells(
        {"L17": "≥ 12 laporan", "M17": "≥ 12 laporan", "L21": "≤ 10 bulan"}),
    "merah_am_baik_satu_sisi_salah_arah.xlsx": _cells({"L17": "≤ 12 laporan"}),
    "merah_am_rupiah_menempel_bersih.xlsx": _cells({
        "E19": "Biaya", "F19": "Biaya penyusunan laporan keuangan", "G19": "Rp 1,5 M", "I19": "> Rp2,5M",
        "J19": "Rp2,1M - Rp2,5M", "K19": "Rp1,6M - Rp2M", "L19": "Rp1,5M", "M19": "< Rp1,5M",
    }),
    "merah_am_rk_ulang_titik_bersih.xlsx": _rk_repeated,
    "merah_am_rk_ulang_titik_ganda.xlsx": _cells(
        {"D20": "Laporan keuangan bulanan tersusun tepat waktu dan akurat."}),
    "merah_am_rk_serapan_bersih.xlsx": _cells({
        "D17": "Memorandum kesepahaman pengelolaan aset yang ditandatangani",
        "D20": "Mentoring operator aset baru yang terlaksana sesuai jadwal",
    }),
    "merah_am_rk_serapan_aktivitas.xlsx": _cells({"D20": "Mentoring operator aset baru"}),
    "merah_am_rk_standar_pk_bersih.xlsx": _cells({
        "D17": "Pengelolaan keuangan bulanan dengan opini WTP",
        "D20": "Penyelesaian verifikasi aset dalam waktu 10 bulan",
    }),
}


def main() -> None:
    for name, build in FIXTURES.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
