"""Build the superiors' workbooks behind the general causes ``benchmarks/nyata_n`` (the held-out set for
``skp kaskade``) found, for ``tests/test_kaskade_nyata_n.py``.

Run ``python tests/data/make_kaskade_nyata.py`` to regenerate; the files are committed beside it. Each is a
Kepala Seksi's JA Model Dasar plan (two Kinerja Utama RK, ``12 laporan`` and ``6 dokumen``, and one Kinerja
Tambahan) with a Matriks Peran Hasil sheet the Kasi filled before the RK row was:

* ``nyata_kaskade_hasil_sebelum_baris_rk.xlsx``: the template's Matriks layout (NO. RK ATASAN, RENCANA KINERJA
  ATASAN … TARGET ATASAN rows all empty; NAMA | NIP | JABATAN | HASIL KERJA YANG DIHARAPKAN over ``RK ATASAN
  1`` … ``RK ATASAN 3``); the first member's result under RK ATASAN 1, the second's two numbered results
  under RK ATASAN 2, the third none.
* ``nyata_kaskade_tabel_instansi.xlsx``: the agency's own table, no field rows: ``NO | NAMA | NIP | JABATAN |
  HASIL KERJA YANG DIHARAPKAN`` (merged over two columns) above ``RK ATASAN 1 | RK ATASAN 2``; NIPs
  written ``NIP. …`` and ``'…``; the first member's result under RK ATASAN 2 only, the other cells empty
  but for a note in the agency's KETERANGAN column.
* ``nyata_kaskade_nip_baris_bawah.xlsx``: ``NO | NAMA / NIP | JABATAN | RK ATASAN 1 | RK ATASAN 2``, each
  member on two rows (name, then its NIP under it; NO, JABATAN and results merged over both); the third
  member's NIP has 17 digits.
* ``nyata_kaskade_baris_rk_diketik_ulang.xlsx``: the template's layout, the RK row typed again by hand
  (``1. …``, ``2. …`` with a typo and a full stop), a result under each RK.
* ``nyata_kaskade_beban_tanpa_baris_rk*.xlsx``: the template's layout, the RK row empty, RK ATASAN 1's metode
  ``Pembagian Beban Target`` and target ``12 laporan`` filled, each member's share in its result: 5 + 4 + 3,
  or 5 + 5 + 4 (``_tidak_seimbang``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

KASI = ("Wulan Safitri, S.P.", "19840715 200901 2 003", "Penata Tingkat I, III/d",
        "Kepala Seksi Distribusi Pangan", "Bidang Distribusi Pangan")
KABID = ("Ir. Bonifasius Tarigan", "19711130 199803 1 002", "Pembina, IV/a",
         "Kepala Bidang Distribusi Pangan", "Dinas Ketahanan Pangan Kabupaten Bukit Asri")
RK_KABID = "Meningkatnya stabilitas pasokan pangan pokok di kabupaten"
RK_KASI = ["Data harga dan pasokan pangan pokok tersaji mingguan",
           "Rekomendasi intervensi pasar tersusun tepat waktu"]
TEAM = [
    ("Galih Pamungkas", "19920311 201801 1 005", "Pengolah Data Pangan"),
    ("Ratih Kumalasari, S.P.", "19940821 201903 2 007", "Analis Ketahanan Pangan Pertama"),
    ("Yusuf Maulana", "19970406 202203 1 004", "Pengadministrasi Perkantoran"),
]
HASIL_1 = "Rekap harga pangan pasar kecamatan tersaji"
HASIL_2 = ("Neraca pasokan beras bulanan tersusun", "Daftar pasar rawan gejolak harga tersusun")


def _plan() -> list[list[object]]:
    return [
        *kop(pegawai=KASI, penilai=KABID), DASAR_HEADER,
        ["A. KINERJA UTAMA"],
        [1, RK_KABID, RK_KASI[0], "IKI (Kuantitas)", "Jumlah laporan harga dan pasokan", "12 laporan"],
        [None, None, None, "IKI (Waktu)", "Waktu penyajian laporan", "12 bulan"],
        [2, RK_KABID, RK_KASI[1], "IKI (Kuantitas)", "Jumlah rekomendasi intervensi pasar", "6 dokumen"],
        ["B. KINERJA TAMBAHAN"],
        [1, "-", "Satgas pengendalian inflasi daerah aktif", "Kuantitas", "Jumlah laporan satgas",
         "4 laporan"],
        *FOOTER,
    ]


def _with_matriks(rows: list[list[object]], merges: tuple[str, ...] = ()) -> Workbook:
    wb = from_rows("SKP", _plan())
    ws = wb.create_sheet("Matriks Peran Hasil")
    for row in rows:
        ws.append(row)
    for area in merges:
        ws.merge_cells(area)
    return wb


def hasil_sebelum_baris_rk() -> Workbook:
    numbered = f"1. {HASIL_2[0]}\n2. {HASIL_2[1]}"
    return _with_matriks([
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        [],
        ["NO. RK ATASAN", None, None, 1, 2, 3],
        ["RENCANA KINERJA ATASAN"],
        ["JENIS PENYELARASAN"],
        ["METODE"],
        ["TARGET ATASAN"],
        [],
        ["NAMA", "NIP", "JABATAN", "HASIL KERJA YANG DIHARAPKAN (MENJADI RENCANA KINERJA ANGGOTA)"],
        [None, None, None, "RK ATASAN 1", "RK ATASAN 2", "RK ATASAN 3"],
        [*TEAM[0], HASIL_1],
        [*TEAM[1], None, numbered],
        [*TEAM[2]],
    ], ("A9:A10", "B9:B10", "C9:C10", "D9:F9"))


def tabel_instansi() -> Workbook:
    return _with_matriks([
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["SEKSI DISTRIBUSI PANGAN"],
        [],
        ["NO", "NAMA", "NIP", "JABATAN", "HASIL KERJA YANG DIHARAPKAN", None, "KETERANGAN"],
        [None, None, None, None, "RK ATASAN 1", "RK ATASAN 2"],
        [1, TEAM[0][0], f"NIP. {TEAM[0][1]}", TEAM[0][2], None, HASIL_2[0]],
        [2, TEAM[1][0], "'" + TEAM[1][1].replace(" ", ""), TEAM[1][2], None, None,
         "Tugas belajar mulai Juli"],
        [3, TEAM[2][0], TEAM[2][1], TEAM[2][2]],
    ], ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5"))


def nip_baris_bawah() -> Workbook:
    nips = [f"NIP. {TEAM[0][1]}", TEAM[1][1], TEAM[2][1].replace(" ", "")[:-1]]
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        [],
        ["NO", "NAMA / NIP", "JABATAN", "RK ATASAN 1", "RK ATASAN 2"],
    ]
    merges = []
    results = [(HASIL_1, None), (None, HASIL_2[0]), (None, None)]
    for n, ((nama, _, jabatan), nip, (first, second)) in enumerate(zip(TEAM, nips, results, strict=True)):
        top = 4 + 2 * n
        rows += [[n + 1, nama, jabatan, first, second], [None, nip]]
        merges += [f"{c}{top}:{c}{top + 1}" for c in "ACDE"]
    return _with_matriks(rows, tuple(merges))


def baris_rk_diketik_ulang() -> Workbook:
    """The template's layout with the RK row typed again by hand: numbered, a typo, a full stop."""
    return _with_matriks([
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        [],
        ["NO. RK ATASAN", None, None, 1, 2],
        ["RENCANA KINERJA ATASAN", None, None, f"1. {RK_KASI[0]}",
         "2. " + RK_KASI[1].replace("tersusun", "tersusn") + "."],
        ["JENIS PENYELARASAN"],
        ["METODE"],
        ["TARGET ATASAN"],
        [],
        ["NAMA", "NIP", "JABATAN", "HASIL KERJA YANG DIHARAPKAN (MENJADI RENCANA KINERJA ANGGOTA)"],
        [None, None, None, "RK ATASAN 1", "RK ATASAN 2"],
        [*TEAM[0], HASIL_1],
        [*TEAM[1], None, HASIL_2[0]],
        [*TEAM[2]],
    ], ("A9:A10", "B9:B10", "C9:C10", "D9:E9"))


def beban_tanpa_baris_rk(shares: tuple[int, int, int]) -> Workbook:
    """The template's layout, the RK row empty but RK ATASAN 1's jenis, metode and target filled
    (``Pembagian Beban Target``, ``12 laporan``) and each member's share written in its result."""
    wilayah = ("utara", "tengah", "selatan")
    return _with_matriks([
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        [],
        ["NO. RK ATASAN", None, None, 1, 2],
        ["RENCANA KINERJA ATASAN"],
        ["JENIS PENYELARASAN", None, None, "Direct Cascading"],
        ["METODE", None, None, "Pembagian Beban Target"],
        ["TARGET ATASAN", None, None, "12 laporan"],
        [],
        ["NAMA", "NIP", "JABATAN", "HASIL KERJA YANG DIHARAPKAN (MENJADI RENCANA KINERJA ANGGOTA)"],
        [None, None, None, "RK ATASAN 1", "RK ATASAN 2"],
        *([*member, f"Laporan harga pasar wilayah {w} tersaji ({n} laporan)"]
          for member, w, n in zip(TEAM, wilayah, shares, strict=True)),
    ], ("A9:A10", "B9:B10", "C9:C10", "D9:E9"))


BOOKS = {
    "nyata_kaskade_hasil_sebelum_baris_rk.xlsx": hasil_sebelum_baris_rk,
    "nyata_kaskade_tabel_instansi.xlsx": tabel_instansi,
    "nyata_kaskade_nip_baris_bawah.xlsx": nip_baris_bawah,
    "nyata_kaskade_baris_rk_diketik_ulang.xlsx": baris_rk_diketik_ulang,
    "nyata_kaskade_beban_tanpa_baris_rk.xlsx": lambda: beban_tanpa_baris_rk((5, 4, 3)),
    "nyata_kaskade_beban_tanpa_baris_rk_tidak_seimbang.xlsx": lambda: beban_tanpa_baris_rk((5, 5, 4)),
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
