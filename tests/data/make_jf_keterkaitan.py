"""Build the JF workbooks whose Format Keterkaitan SKP dengan Angka Kredit is written as a block under the
SKP table on the same sheet (SPEC §3.7, §3.10), for ``tests/test_jf_keterkaitan_blok.py``; from
``benchmarks/nyata_t``.

Run ``python tests/data/make_jf_keterkaitan.py`` to regenerate; the files are committed beside it.

* ``jf_keterkaitan_blok_judul_lain.xlsx``: the block's title is the agency's own wording
  (``KETERKAITAN RENCANA KINERJA DENGAN BUTIR KEGIATAN JABATAN FUNGSIONAL``), none of the annex's known
  titles; its header row ``NO | RENCANA KINERJA | BUTIR KEGIATAN | OUTPUT | ANGKA KREDIT`` ends the RK
  table. Every RK is linked: nothing to report.
* ``jf_keterkaitan_blok_judul_lain_tanpa_butir.xlsx``: the same with the second RK left out of the block.
* ``jf_keterkaitan_blok_judul_lain_ak_nol.xlsx``: the same with an angka kredit written ``0``.
* ``jf_keterkaitan_blok_pdf_kapital.xlsx``: the block pasted from a PDF in capitals (from
  ``benchmarks/nyata_y``): each line of an RK on the row of its next butir, no merged cells, the second line
  unnumbered: every RK is still linked. ``…_tanpa_butir`` leaves the second RK out of the block.
* ``jf_keterkaitan_blok_sheet_lama.xlsx``: :func:`blok` behind last year's SKP kept as a hidden sheet in
  front (``SKP 2024``, the same block with an angka kredit written ``0``): the block read is the one the
  reviewer sees, so nothing to report. ``…_ak_nol`` swaps the two: this year's block holds the ``0``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = ("Rina Marlina, S.Kom.", "19900214 201503 2 004", "Penata Muda Tingkat I, III/b",
           "Pranata Komputer Ahli Pertama", "Bidang Aplikasi Informatika")
ATASAN = "Meningkatnya pemanfaatan aplikasi layanan publik berbasis elektronik"
RK1 = "Aplikasi pelayanan perizinan daring tersedia bagi masyarakat"
RK2 = "Jaringan intra pemerintah daerah berfungsi dengan ketersediaan tinggi"
PLAN = [
    ["A. KINERJA UTAMA"],
    [1, ATASAN, RK1, "Kuantitas", "Jumlah modul aplikasi yang diselesaikan", "6 modul"],  # row 14
    [None, None, None, "Kualitas", "Persentase modul yang lolos uji", "90 %"],
    [None, None, None, "Waktu", "Waktu penyelesaian modul aplikasi", "12 bulan"],
    [2, ATASAN, RK2, "Kuantitas", "Jumlah laporan pemantauan jaringan", "12 laporan"],  # row 17
    ["B. KINERJA TAMBAHAN"],
    [1, "-", "Sertifikat pelatihan keamanan informasi", "Kuantitas", "Jumlah sertifikat pelatihan",
     "1 sertifikat"],
]


def _with_block(butir: list[list[object]]) -> Workbook:
    """The plan, a blank row, then the Keterkaitan block: an unknown title, TANGGAL PENGAJUAN, its header
    (row 23), KINERJA UTAMA and the ``butir`` rows from row 25."""
    rows = [
        *kop(pegawai=PEGAWAI), DASAR_HEADER, *PLAN, [],
        ["KETERKAITAN RENCANA KINERJA DENGAN BUTIR KEGIATAN JABATAN FUNGSIONAL"],
        [None, "TANGGAL PENGAJUAN : 2 Januari 2025"],
        ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"],
        ["KINERJA UTAMA"],
        *butir,
        *FOOTER,
    ]
    return from_rows("SKP", rows, merges=["A14:A16", "B14:B16", "C14:C16"])


def blok(tanpa_rk2: bool = False, ak_kedua: object = 0.06) -> Workbook:
    """:func:`_with_block` with one row per butir (RK1 with two)."""
    butir: list[list[object]] = [
        [1, RK1, "II.B.3 Melakukan analisis kebutuhan sistem informasi (Ahli Pertama)", "Dokumen", "0,04"],
        [None, None, "II.C.4 Melakukan pemrograman modul aplikasi (Ahli Pertama)", "Modul program", ak_kedua],
        [2, RK2, "I.A.7 Melakukan pemantauan kinerja jaringan komputer (Ahli Pertama)", "Laporan", "0,012"],
    ]
    return _with_block(butir[:2] if tanpa_rk2 else butir)


def blok_pdf(tanpa_rk2: bool = False) -> Workbook:
    """:func:`blok` with its Keterkaitan pasted from a PDF in capitals: RK1's two lines (the first of three
    words) beside its two butir, RK2's beside its two, no merged cells."""
    butir: list[list[object]] = [
        [1, "APLIKASI PELAYANAN PERIZINAN", "II.B.3 MELAKUKAN ANALISIS KEBUTUHAN SISTEM INFORMASI", "Dokumen",
         "0,04"],
        [None, "DARING TERSEDIA BAGI MASYARAKAT", "II.C.4 MELAKUKAN PEMROGRAMAN MODUL APLIKASI",
         "Modul program", "0,06"],
        [2, "JARINGAN INTRA", "I.A.7 MELAKUKAN PEMANTAUAN KINERJA JARINGAN KOMPUTER", "Laporan", "0,012"],
        [None, "PEMERINTAH DAERAH BERFUNGSI DENGAN KETERSEDIAAN TINGGI",
         "I.A.8 MELAKUKAN PEMELIHARAAN JARINGAN KOMPUTER", "Laporan", "0,01"],
    ]
    return _with_block(butir[:2] if tanpa_rk2 else butir)


def _with_old_sheet(current: Workbook, old: Workbook) -> Workbook:
    """``current`` with ``old``'s sheet in front of it as last year's SKP: every year one less, named
    ``SKP 2024`` and hidden."""
    source, sheet = old.active, current.create_sheet("SKP 2024", 0)
    for row in source.iter_rows():
        for cell in row:
            value = cell.value
            if isinstance(value, str):
                value = re.sub(r"(?<!\d)(20\d\d)(?!\d)", lambda m: str(int(m[1]) - 1), value)
            sheet.cell(cell.row, cell.column, value)
    for area in source.merged_cells.ranges:
        sheet.merge_cells(area.coord)
    sheet.sheet_state = "hidden"
    current.active = 1
    return current


BOOKS = {
    "jf_keterkaitan_blok_judul_lain.xlsx": blok,
    "jf_keterkaitan_blok_judul_lain_tanpa_butir.xlsx": lambda: blok(tanpa_rk2=True),
    "jf_keterkaitan_blok_judul_lain_ak_nol.xlsx": lambda: blok(ak_kedua=0),
    "jf_keterkaitan_blok_pdf_kapital.xlsx": blok_pdf,
    "jf_keterkaitan_blok_pdf_kapital_tanpa_butir.xlsx": lambda: blok_pdf(tanpa_rk2=True),
    "jf_keterkaitan_blok_sheet_lama.xlsx": lambda: _with_old_sheet(blok(), blok(ak_kedua=0)),
    "jf_keterkaitan_blok_sheet_lama_ak_nol.xlsx": lambda: _with_old_sheet(blok(ak_kedua=0), blok()),
}


def main() -> int:
    for name, build in BOOKS.items():
        build().save(HERE / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
