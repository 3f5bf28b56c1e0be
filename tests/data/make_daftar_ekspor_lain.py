"""Write the daftar pegawai fixtures of rosters other agencies export (SPEC §9) under ``tests/data/daftar/``:

- ``daftar_pppk_atasan_nama_dulu.xlsx``: a roster of PNS and PPPK whose NIP column is headed
  ``NIP / NI PPPK``, the atasan's name (``ATASAN LANGSUNG``) standing before the atasan's NIP, a STATUS that
  joins the jenis pegawai with the kedudukan (``PNS - Tugas Belajar``, ``PNS (CLTN)``), SIASN's kedudukan
  ``Pemberhentian Sementara`` and ``Masa Persiapan Pensiun``, and a ``JUMLAH`` row under the table.
- ``daftar_mutasi_dua_baris.csv``: a mutasi within the year, the same NIP twice, the old unit's row first
  (``Mutasi Keluar`` or still ``Aktif``), NIPs of ``tests/kumpulan_documents.py``'s agency.

Run ``python tests/data/make_daftar_ekspor_lain.py``; the files are committed, this script says how they were
made.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent / "daftar"

# tests/kumpulan_documents.py: Ani and Bayu are rated by the Kepala Bagian, the Penata Ruang by Sri Rahayu
KEPALA = "197001011995031003"
KABAG = "197503122000031002"
STAF_A = "199001012015011003"
STAF_B = "199202022016022004"
STAF_C = "198808082010011005"
PENILAI_C = "196606061990031006"


def pppk_atasan_nama_dulu() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DATA"
    for row in (["DAFTAR NOMINATIF PNS DAN PPPK"], ["BADAN PENDAPATAN DAERAH KABUPATEN SUKAMAJU"],
                ["KEADAAN 1 JANUARI 2026"], []):
        ws.append(row)
    ws.append(["NO", "NIP / NI PPPK", "NAMA", "ATASAN LANGSUNG", "NIP ATASAN LANGSUNG", "JABATAN", "STATUS"])
    people = [
        ("198001012005011001", "Hartono", "", "", "Kepala Badan", "PNS"),
        ("198502022010012002", "Wulan Sari", "Hartono", "198001012005011001", "Kepala Bidang", "PNS"),
        ("199405122023212001", "Rina Marlina", "Wulan Sari", "198502022010012002", "Pengolah Data", "PPPK"),
        ("199103032015031003", "Eko Prasetyo", "Wulan Sari", "198502022010012002", "Analis",
         "PNS - Tugas Belajar"),
        ("199204042016042004", "Lina Marlina", "Wulan Sari", "198502022010012002", "Analis", "PNS (CLTN)"),
        ("198705052011011005", "Joko Susilo", "Wulan Sari", "198502022010012002", "Analis",
         "Pemberhentian Sementara"),
        ("196606061990032006", "Sri Wahyuni", "Wulan Sari", "198502022010012002", "Analis",
         "Masa Persiapan Pensiun"),
        ("200007072025011007", "Tono Sugiarto", "Wulan Sari", "198502022010012002", "Pengadministrasi",
         "CPNS"),
    ]
    for n, (nip, nama, atasan, nip_atasan, jabatan, status) in enumerate(people, 1):
        ws.append([n, nip, nama, atasan, nip_atasan, jabatan, status])
    ws.append(["", "", "JUMLAH", "", "", f"{len(people)} orang", ""])
    wb.save(HERE / "daftar_pppk_atasan_nama_dulu.xlsx")


def mutasi_dua_baris() -> None:
    rows = [
        ["NIP", "NAMA", "UNIT KERJA", "NIP ATASAN", "STATUS"],
        [KEPALA, "Ir. Hadi Prasetyo, M.T.", "Dinas PUPR", "", "Aktif"],
        [KABAG, "Budi Santoso, S.T.", "Bagian Jalan", KEPALA, "Aktif"],
        [PENILAI_C, "Sri Rahayu", "Bidang Tata Ruang", KEPALA, "Aktif"],
        # Ani moved from Tata Ruang to Bagian Jalan: the old row first, marked Mutasi Keluar
        [STAF_A, "Ani", "Bidang Tata Ruang", PENILAI_C, "Mutasi Keluar"],
        [STAF_A, "Ani", "Bagian Jalan", KABAG, "Aktif"],
        # Bayu's old row is still Aktif: both rows stand, the first one counts
        [STAF_B, "Bayu", "Bagian Jalan", KABAG, "Aktif"],
        [STAF_B, "Bayu", "Bidang Tata Ruang", PENILAI_C, "Aktif"],
        # the Penata Ruang is rated by Sri Rahayu, yet the roster names the Kepala Bagian: a real mismatch
        [STAF_C, "Citra", "Bidang Tata Ruang", KABAG, "Aktif"],
        # Nanda moved too and has sent nothing: the new unit's row must submit
        ["199505052020121009", "Nanda Pratama", "Bidang Tata Ruang", PENILAI_C, "Mutasi Keluar"],
        ["199505052020121009", "Nanda Pratama", "Bagian Jalan", KABAG, "Aktif"],
    ]
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    (HERE / "daftar_mutasi_dua_baris.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))


if __name__ == "__main__":
    pppk_atasan_nama_dulu()
    mutasi_dua_baris()
