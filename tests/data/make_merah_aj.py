"""Build SKP JA Model Pengembangan workbooks for the false verdicts the red-team set ``merah_aj`` found, each
from ``clean_ja-pengembangan.xlsx`` (no finding) with one change.

Run ``python tests/data/make_merah_aj.py`` to regenerate; the .xlsx files are committed beside it.

* ``merah_aj_salinan_pp46_bersih``: a copy of last year's PP 46/2011 form (``FORMULIR SASARAN KERJA PEGAWAI
  NEGERI SIPIL``, ``KEGIATAN TUGAS JABATAN``, ``AK``, ``KUANT/OUTPUT`` …) kept as the last sheet;
  ``merah_aj_salinan_pp46_depan_bersih``: the same copy as the first sheet. The workbook is an 8/2021 SKP.
* ``merah_aj_salinan_pp46_iki_tanpa_target``: the copy at the front and the first IKI's target (G17) blank:
  the 8/2021 form is still checked.
* ``merah_aj_petunjuk_kata_6_2022_bersih``: the Petunjuk sheet ends with headings of the coming regime,
  ``RENCANA HASIL KERJA`` and ``EKSPEKTASI KHUSUS PIMPINAN``, each over a line explaining it: the workbook is
  still an 8/2021 SKP.
* ``merah_aj_nip_dua_sel_bersih``: the pegawai's NIP written in two cells, ``NIP.`` (C7) and the number
  (D7:F7 merged).
* ``merah_aj_nip_dua_sel_salah``: the same with birth month 13 in D7.
* ``merah_aj_nip_dua_sel_kosong``: ``NIP.`` in C7 and nothing after it: the NIP is empty.
* ``merah_aj_periode_tw_bersih``: ``PERIODE PENILAIAN: TW I-IV 2025``, the whole year.
* ``merah_aj_periode_tw_terbalik``: ``PERIODE PENILAIAN: TW IV - I 2025``, written backwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent

PP46 = [
    ["FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL"],
    ["NO", "I. PEJABAT PENILAI", None, "NO", "II. PEGAWAI NEGERI SIPIL YANG DINILAI"],
    [1, "Nama", "Budi Santoso, S.T., M.M.", 1, "Nama", "Ani Lestari, S.E."],
    [2, "NIP", "19750312 200003 1 002", 2, "NIP", "19860926 201505 2 001"],
    ["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"],
    [None, None, None, "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"],
    [1, "Menyusun laporan keuangan bulanan", 0, "12 laporan", 100, "12 bulan", "-"],
    [2, "Memverifikasi SPJ", 0, "240 SPJ", 100, "12 bulan", "-"],
]


def _base() -> Workbook:
    return load_workbook(HERE / "clean_ja-pengembangan.xlsx")


def _pp46(first: bool) -> Workbook:
    wb = _base()
    ws = wb.create_sheet("SKP 2019 (lama)")
    for r, row in enumerate(PP46, 1):
        for c, value in enumerate(row, 1):
            if value is not None:
                ws.cell(r, c, value)
    if first:
        wb.move_sheet(ws.title, offset=-len(wb.sheetnames) + 1)
    return wb


def _pp46_without_target() -> Workbook:
    wb = _pp46(first=True)
    wb["SKP"]["G17"].value = None
    return wb


def _petunjuk_6_2022() -> Workbook:
    wb = _base()
    ws = wb["Petunjuk"]
    r = ws.max_row + 2
    for heading, line in (
        ("RENCANA HASIL KERJA", "Mulai periode berikutnya, Rencana Kinerja disebut Rencana Hasil Kerja."),
        ("EKSPEKTASI KHUSUS PIMPINAN", "Diisi pada formulir Permen PANRB 6/2022, tidak pada formulir ini."),
    ):
        ws.cell(r, 1, heading)
        ws.cell(r + 1, 1, line)
        r += 3
    return wb


def _nip_two_cells(number: str | None) -> Workbook:
    wb = _base()
    ws = wb["SKP"]
    ws.unmerge_cells("C7:F7")
    ws["C7"].value = "NIP."
    ws["D7"].value = number
    ws.merge_cells("D7:F7")
    return wb


def _period(text: str) -> Workbook:
    wb = _base()
    wb["SKP"]["A3"].value = text
    return wb


FIXTURES: dict[str, Callable[[], Workbook]] = {
    "merah_aj_salinan_pp46_bersih.xlsx": lambda: _pp46(first=False),
    "merah_aj_salinan_pp46_depan_bersih.xlsx": lambda: _pp46(first=True),
    "merah_aj_salinan_pp46_iki_tanpa_target.xlsx": _pp46_without_target,
    "merah_aj_petunjuk_kata_6_2022_bersih.xlsx": _petunjuk_6_2022,
    "merah_aj_nip_dua_sel_bersih.xlsx": lambda: _nip_two_cells("19860926 201505 2 001"),
    "merah_aj_nip_dua_sel_salah.xlsx": lambda: _nip_two_cells("19861326 201505 2 001"),
    "merah_aj_nip_dua_sel_kosong.xlsx": lambda: _nip_two_cells(None),
    "merah_aj_periode_tw_bersih.xlsx": lambda: _period("PERIODE PENILAIAN: TW I-IV 2025"),
    "merah_aj_periode_tw_terbalik.xlsx": lambda: _period("PERIODE PENILAIAN: TW IV - I 2025"),
}


def main() -> None:
    for name, build in FIXTURES.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
