"""Build SKP JF Model Dasar workbooks for the false findings the red-team set ``merah_at`` found, each from
``clean_jf-dasar.xlsx`` (no finding) with one change: an annex written on the SKP sheet beside the plan.

Run ``python tests/data/make_merah_at.py`` to regenerate; the .xlsx files are committed beside it.

* ``merah_at_matriks_samping_bersih``: a filled Matriks Pembagian Peran dan Hasil right of the plan (J14:O20),
  its header ``NO | NAMA | JABATAN | <RK atasan> …`` on row 16, level with the first RK.
* ``merah_at_matriks_samping_iki_tanpa_target``: the same, the target of RK 2's first IKI (H19) blank.
* ``merah_at_keterkaitan_samping_bersih``: the Keterkaitan AK sheet removed and its table written right of the
  plan (J11:N16), its header ``NO | RENCANA KINERJA | BUTIR KEGIATAN | OUTPUT | ANGKA KREDIT`` on the plan's
  header row 13 and its rows on 15–16, level with the plan's ``A. KINERJA UTAMA`` (A15) and first RK.
* ``merah_at_keterkaitan_samping_tanpa_butir``: the same, RK 2 (row 16) without butir, output and AK.
* ``merah_at_keterkaitan_samping_ak_nol``: the same, RK 2's angka kredit ``0`` (N16).
* ``merah_at_keterkaitan_samping_rk_salah_ketik_bersih`` / ``_tanpa_butir``: the Keterkaitan beside the plan
  (as ``_bersih`` / ``_tanpa_butir``), the plan's own RK header written ``RENACNA KINERJA`` (D13) while the
  Keterkaitan's ``RENCANA KINERJA`` (K13) is exact (found by ``benchmarks/gangguan.py``'s ``salah-ketik``).
* ``merah_at_matriks_samping_atasan_salah_ketik_bersih`` / ``_iki_tanpa_target``: the Matriks beside the plan
  (as ``_bersih`` / ``_iki_tanpa_target``) three rows higher, its header on the plan's header row 13, the
  plan's RK atasan header written ``… UNIT KERJA/ORGANSIASI`` (B13) while the Matriks's ``RENCANA KINERJA
  ATASAN`` (M13) is exact.
* ``merah_at_keterkaitan_judul_mirip_bersih``: the Keterkaitan AK sheet's header relabelled
  ``RENCANA KINERJA (RK) | BUTIR KEGIATAN JFT | OUTPUT/HASIL | NILAI AK`` (B14, D14, G14, H14): only NO is
  written as the form writes it.
* ``merah_at_keterkaitan_judul_mirip_tanpa_butir``: the same, RK 2 (row 18) without butir, output and AK.
* ``merah_at_keterkaitan_judul_mirip_ak_asing``: the same header with the AK column headed ``NILAI KUM``
  (H14), a label the reader cannot place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent

RK1 = "Laporan keuangan bulanan yang akurat"
RK2 = "Data aset daerah yang terverifikasi"


def _base() -> Workbook:
    return load_workbook(HERE / "clean_jf-dasar.xlsx")


def _write(ws: Any, r: int, c: int, rows: list[list[Any]]) -> None:
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is not None:
                ws.cell(r + i, c + j, value)


def _matriks(blank_target: bool, atasan_label: str | None = None, top: int = 14) -> Workbook:
    wb = _base()
    ws = wb["SKP"]
    if atasan_label is not None:
        ws["B13"].value = atasan_label
    atasan = [ws["B16"].value, ws["B19"].value]
    _write(ws, top, 10, [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        [],
        ["NO", "NAMA", "JABATAN", "RENCANA KINERJA ATASAN"],
        [None, None, None, *atasan],
        [None, None, "JENIS PENYELARASAN", "Direct Cascading", "Non-Direct Cascading"],
        [1, ws["C6"].value, ws["C9"].value, ws["D16"].value, ws["D19"].value],
        [2, "Andi Saputra, S.Kom.", "Pranata Komputer Ahli Muda", "Data laporan keuangan", "Data aset"],
    ])
    if blank_target:
        ws["H19"].value = None
    return wb


def _keterkaitan(butir2: bool = True, ak2: Any = "0,005", rk_label: str | None = None) -> Workbook:
    wb = _base()
    del wb["Keterkaitan AK"]
    ws = wb["SKP"]
    if rk_label is not None:
        ws["D13"].value = rk_label
    rows: list[list[Any]] = [
        ["FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"],
        [],
        ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"],
        ["KINERJA UTAMA"],
        [1, ws["D16"].value, "Melakukan pengembangan sistem informasi keuangan", "Dokumen", "0,005"],
        [2, ws["D19"].value, *(["Melakukan verifikasi data aset", "Dokumen", ak2] if butir2 else [])],
    ]
    _write(ws, 11, 10, rows)
    return wb


def _relabelled(ak_label: str = "NILAI AK", butir2: bool = True) -> Workbook:
    wb = _base()
    ws = wb["Keterkaitan AK"]
    labels = {"B14": "RENCANA KINERJA (RK)", "D14": "BUTIR KEGIATAN JFT", "G14": "OUTPUT/HASIL",
              "H14": ak_label}
    for cell, label in labels.items():
        ws[cell].value = label
    if not butir2:
        for cell in ("D18", "G18", "H18"):
            ws[cell].value = None
    return wb


# the plan's own header labels written with a typo, the exact words standing in the annex beside it
RK_TYPO = "RENACNA KINERJA"
ATASAN_TYPO = "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANSIASI"

FIXTURES: dict[str, Callable[[], Workbook]] = {
    "merah_at_matriks_samping_bersih.xlsx": lambda: _matriks(blank_target=False),
    "merah_at_matriks_samping_iki_tanpa_target.xlsx": lambda: _matriks(blank_target=True),
    "merah_at_keterkaitan_samping_bersih.xlsx": _keterkaitan,
    "merah_at_keterkaitan_samping_tanpa_butir.xlsx": lambda: _keterkaitan(butir2=False),
    "merah_at_keterkaitan_samping_ak_nol.xlsx": lambda: _keterkaitan(ak2="0"),
    "merah_at_keterkaitan_samping_rk_salah_ketik_bersih.xlsx": lambda: _keterkaitan(rk_label=RK_TYPO),
    "merah_at_keterkaitan_samping_rk_salah_ketik_tanpa_butir.xlsx": lambda: _keterkaitan(
        butir2=False, rk_label=RK_TYPO),
    "merah_at_matriks_samping_atasan_salah_ketik_bersih.xlsx": lambda: _matriks(False, ATASAN_TYPO, 11),
    "merah_at_matriks_samping_atasan_salah_ketik_iki_tanpa_target.xlsx": lambda: _matriks(
        True, ATASAN_TYPO, 11),
    "merah_at_keterkaitan_judul_mirip_bersih.xlsx": _relabelled,
    "merah_at_keterkaitan_judul_mirip_tanpa_butir.xlsx": lambda: _relabelled(butir2=False),
    "merah_at_keterkaitan_judul_mirip_ak_asing.xlsx": lambda: _relabelled(ak_label="NILAI KUM"),
}


def main() -> None:
    for name, build in FIXTURES.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
