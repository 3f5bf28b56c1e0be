"""Build the workbooks behind the general causes ``benchmarks/merah_ba`` (white-box probes of the cascading
buttons Buat Matriks, Bagi Target and Buat SKP Bawahan) found, for ``tests/test_addin_kaskade_tombol.py``.
Written apart from that set's probes: another agency, superior and team, the plan laid out with this
folder's ``make_nyata`` rows.

Run ``python tests/data/make_kaskade_tombol.py`` to regenerate; the files are committed beside it. The
superior is a Kepala Seksi Pelayanan Dokumen (JA Model Dasar, Kinerja Utama ``900 dokumen`` and
``12 laporan``) with a team of three on its Matriks:

* ``kaskade_ba_matriks_milik_instansi.xlsx``: the agency's Matriks with a ``CATATAN TIM`` column beside the
  members (a note per member) and, under the team, a note of the performance dialog and the koordinator's
  signature block.
* ``kaskade_ba_matriks_judul_gabung.xlsx``: ``NO | NAMA / NIP | JABATAN | RENCANA KINERJA ATASAN`` with the
  last label merged over both RK columns, the RK texts on the row under it, results in both columns.
* ``kaskade_ba_matriks_di_sheet_skp.xlsx``: no Matriks sheet; the Matriks written under the SKP table on
  the SKP sheet itself.
* ``kaskade_ba_bagi_hasil_berangka.xlsx``: RK 1's column stated as Direct Cascading, Pembagian Beban Target,
  ``900 dokumen``, two members' cells holding result phrases that contain numbers.
* ``kaskade_ba_bagi_tenggat.xlsx``: the same column with the target ``6 bulan`` and the member cells empty.
* ``kaskade_ba_nip_anggota_angka.xlsx``: the second member's NIP typed as a number (15 significant digits).
* ``kaskade_ba_bagi_dua_baris.xlsx``: RK 1's column with ``900 dokumen``, the member cells empty, and the
  first member listed again on a fourth row (a row per role).
* ``kaskade_ba_baris_pengelompok.xlsx``: the team split under two grouping rows written in the NAMA column
  alone, ``A. Seksi Pelayanan Dokumen`` (row 9, above the three) and ``Tim Kerja SIAK`` (row 13), and under
  the latter a fourth member whose row holds only her name, ``Siti Aminah`` (row 14): a member still.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

KASI = ("Yuliana Tarigan, S.Sos.", "19840611 200902 2 004", "Penata, III/c",
        "Kepala Seksi Pelayanan Dokumen Kependudukan", "Bidang Pelayanan Pendaftaran Penduduk")
KABID = ("Ir. Darmawan Hutabarat", "19711120 199803 1 002", "Pembina, IV/a",
         "Kepala Bidang Pelayanan Pendaftaran Penduduk", "Dinas Kependudukan Kabupaten Tanah Datar")
RK_KABID = "Meningkatnya kualitas pelayanan dokumen kependudukan"
RK_KASI = ["Dokumen kependudukan terbit sesuai standar pelayanan",
           "Laporan kinerja pelayanan dokumen tersaji tepat waktu"]
TEAM = [
    ("Andreas Sembiring, A.Md.", "19900402 201503 1 003", "Pengadministrasi Kependudukan"),
    ("Lestari Handayani, S.E.", "19920815 201701 2 005", "Verifikator Data Kependudukan"),
    ("Rahmat Hidayat", "19880930 201001 1 002", "Operator Layanan Operasional"),
]
HASIL = [
    ["KTP elektronik wilayah timur tercetak", "Rekap layanan harian tersaji"],
    ["Berkas permohonan KK terverifikasi", None],
    [None, "Laporan bulanan SIAK terkirim"],
]
NOTES = ["Mengikuti bimtek SIAK", "Cuti melahirkan Maret", "Tugas belajar mulai Agustus"]
BELOW = ["Catatan: disepakati dalam dialog kinerja tanggal 8 Januari 2025.", "Batusangkar, 8 Januari 2025",
         "Kepala Seksi Pelayanan Dokumen Kependudukan"]


def _plan() -> list[list[object]]:
    return [
        *kop(pegawai=KASI, penilai=KABID), DASAR_HEADER,
        ["A. KINERJA UTAMA"],
        [1, RK_KABID, RK_KASI[0], "Kuantitas", "Jumlah dokumen kependudukan yang terbit", "900 dokumen"],
        [None, None, None, "Waktu", "Waktu penerbitan dokumen", "6 bulan"],
        [2, RK_KABID, RK_KASI[1], "Kuantitas", "Jumlah laporan kinerja pelayanan", "12 laporan"],
        ["B. KINERJA TAMBAHAN"],
        *FOOTER,
    ]


def _table(ws: object, top: int, hasil: list[list[str | None]], fields: dict[str, str] | None = None) -> None:
    """The Matriks from row ``top``: field rows down column A, one RK per column from D, then the team."""
    cell = ws.cell  # type: ignore[attr-defined]
    cell(top, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
    labels = ("RENCANA KINERJA ATASAN", "JENIS PENYELARASAN", "METODE", "TARGET ATASAN")
    for k, label in enumerate(labels):
        cell(top + 2 + k, 1, label)
    for j, rk in enumerate(RK_KASI):
        cell(top + 2, 4 + j, rk)
    for k, key in enumerate(("jenis", "metode", "target"), start=1):
        if fields and key in fields:
            cell(top + 2 + k, 4, fields[key])
    first = top + 8
    cell(first - 1, 1, "NAMA")
    cell(first - 1, 2, "NIP")
    cell(first - 1, 3, "JABATAN")
    for i, (nama, nip, jabatan) in enumerate(TEAM):
        cell(first + i, 1, nama)
        cell(first + i, 2, nip).number_format = "@"
        cell(first + i, 3, jabatan)
        for j, value in enumerate(hasil[i]):
            if value:
                cell(first + i, 4 + j, value)


def superior(hasil: list[list[str | None]] | None = None, fields: dict[str, str] | None = None) -> Workbook:
    wb = from_rows("SKP", _plan())
    _table(wb.create_sheet("Matriks Peran Hasil"), 1, hasil or HASIL, fields)
    return wb


def milik_instansi() -> Workbook:
    wb = superior()
    ws = wb["Matriks Peran Hasil"]
    ws["F8"] = "CATATAN TIM"
    for i, note in enumerate(NOTES):
        ws.cell(9 + i, 6, note)
    ws["A14"] = BELOW[0]
    ws["E16"], ws["E17"], ws["E21"] = BELOW[1], BELOW[2], KASI[0]
    return wb


def judul_gabung() -> Workbook:
    wb = from_rows("SKP", _plan())
    ws = wb.create_sheet("Matriks Peran Hasil")
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "NO", "NAMA / NIP", "JABATAN", "RENCANA KINERJA ATASAN"
    ws.merge_cells("D3:E3")
    ws["D4"], ws["E4"] = RK_KASI
    for i, (nama, nip, jabatan) in enumerate(TEAM):
        ws.cell(5 + i, 1, i + 1)
        ws.cell(5 + i, 2, f"{nama}\nNIP. {nip}")
        ws.cell(5 + i, 3, jabatan)
        for j, value in enumerate(HASIL[i]):
            if value:
                ws.cell(5 + i, 4 + j, value)
    return wb


def di_sheet_skp() -> Workbook:
    wb = from_rows("SKP", _plan())
    ws = wb["SKP"]
    _table(ws, ws.max_row + 3, HASIL)
    return wb


def dua_baris() -> Workbook:
    wb = superior([[None, None], [None, None], [None, None]], {**BEBAN, "target": "900 dokumen"})
    ws = wb["Matriks Peran Hasil"]
    nama, nip, jabatan = TEAM[0]
    ws["A12"], ws["B12"], ws["C12"] = nama, nip, jabatan
    ws["B12"].number_format = "@"
    return wb


def nip_anggota_angka() -> Workbook:
    wb = superior()
    wb["Matriks Peran Hasil"].cell(10, 2, 199208152017012005).number_format = "0"
    return wb


def baris_pengelompok() -> Workbook:
    wb = superior()
    ws = wb["Matriks Peran Hasil"]
    ws.insert_rows(9)
    ws["A9"], ws["A13"], ws["A14"] = "A. Seksi Pelayanan Dokumen", "Tim Kerja SIAK", "Siti Aminah"
    return wb


BEBAN = {"jenis": "Direct Cascading", "metode": "Pembagian Beban Target"}
BOOKS = {
    "kaskade_ba_matriks_milik_instansi.xlsx": milik_instansi,
    "kaskade_ba_matriks_judul_gabung.xlsx": judul_gabung,
    "kaskade_ba_matriks_di_sheet_skp.xlsx": di_sheet_skp,
    "kaskade_ba_bagi_hasil_berangka.xlsx": lambda: superior(
        [["KTP elektronik 300 keping tercetak", None], ["Arsip 2024 terpindai", None], [None, None]],
        {**BEBAN, "target": "900 dokumen"}),
    "kaskade_ba_bagi_tenggat.xlsx": lambda: superior(
        [[None, None], [None, None], [None, None]], {**BEBAN, "target": "6 bulan"}),
    "kaskade_ba_nip_anggota_angka.xlsx": nip_anggota_angka,
    "kaskade_ba_bagi_dua_baris.xlsx": dua_baris,
    "kaskade_ba_baris_pengelompok.xlsx": baris_pengelompok,
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
