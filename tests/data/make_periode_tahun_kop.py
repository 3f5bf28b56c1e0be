"""Build SKP JA Model Dasar workbooks whose PERIODE PENILAIAN names days and months but no year, the year
standing in the kop's title instead, with openpyxl.

Run ``python tests/data/make_periode_tahun_kop.py`` to regenerate; the .xlsx files are committed beside it.
The period is written with its label in A3 (``PERIODE PENILAIAN : …``).

* ``periode_tahun_kop_judul_bersih``: title ``RENCANA SASARAN KINERJA PEGAWAI TAHUN 2026``, period ``1 Januari
  s.d. 31 Desember``: the whole of 2026, no finding.
* ``periode_tahun_kop_mutasi_bersih``: the same title, period ``1 Juli s.d. 31 Desember`` (a pegawai moved in
  mid-year): 1 July – 31 December 2026, no finding.
* ``periode_tahun_kop_tanpa_tahun``: title without a year, period ``1 Januari s.d. 31 Desember``:
  ``periode-tidak-valid`` at A3.
* ``periode_tahun_kop_dua_tahun``: title ``… TAHUN 2026``, agency line ``… TAHUN ANGGARAN 2025``: which year
  is meant is unknown, ``periode-tidak-valid`` at A3.
* ``periode_tahun_kop_terbalik``: title ``… TAHUN 2026``, period ``31 Desember s.d. 1 Januari``:
  ``periode-tidak-valid`` at A3 (reversed).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

LABELS = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
PEGAWAI = [
    "Yusuf Maulana, S.H.",
    "19910204 201503 1 002",
    "Penata, III/c",
    "Penata Layanan Operasional",
    "Bagian Hukum Sekretariat Daerah",
]
PENILAI = [
    "Dra. Sri Wahyuni, M.Si.",
    "19761109 200212 2 004",
    "Pembina, IV/a",
    "Kepala Bagian Hukum",
    "Sekretariat Daerah Kabupaten Contoh",
]
HEADER = [
    "NO",
    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "RENCANA KINERJA",
    "ASPEK",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
]
ATASAN = "Meningkatnya kualitas produk hukum daerah"
RK = [
    (
        "Rancangan peraturan bupati yang selesai diharmonisasi",
        [
            ("Kuantitas", "Jumlah rancangan peraturan bupati yang diharmonisasi", "24 rancangan"),
            ("Waktu", "Rata-rata waktu harmonisasi rancangan", "10 hari"),
        ],
    )
]


def build(name: str, title: str, agency: str, period: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"], ws["A2"], ws["A3"] = title, agency, f"PERIODE PENILAIAN : {period}"
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(LABELS):
        for c, value in ((1, i + 1), (2, label), (3, PEGAWAI[i]), (4, i + 1), (5, label), (6, PENILAI[i])):
            ws.cell(6 + i, c, value)
    for c, label in enumerate(HEADER, 1):
        ws.cell(12, c, label)
    ws["A13"] = "A. KINERJA UTAMA"
    r = 14
    for n, (rk, ikis) in enumerate(RK, 1):
        ws.cell(r, 1, n)
        ws.cell(r, 2, ATASAN)
        ws.cell(r, 3, rk)
        for i, (aspek, iki, target) in enumerate(ikis):
            for c, value in ((4, aspek), (5, iki), (6, target)):
                ws.cell(r + i, c, value)
        r += len(ikis)
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    wb.save(HERE / f"{name}.xlsx")


def main() -> None:
    titled = "RENCANA SASARAN KINERJA PEGAWAI TAHUN 2026"
    agency = "SEKRETARIAT DAERAH KABUPATEN CONTOH"
    build("periode_tahun_kop_judul_bersih", titled, agency, "1 Januari s.d. 31 Desember")
    build("periode_tahun_kop_mutasi_bersih", titled, agency, "1 Juli s.d. 31 Desember")
    build(
        "periode_tahun_kop_tanpa_tahun",
        "RENCANA SASARAN KINERJA PEGAWAI",
        agency,
        "1 Januari s.d. 31 Desember",
    )
    build(
        "periode_tahun_kop_dua_tahun", titled, f"{agency} TAHUN ANGGARAN 2025", "1 Januari s.d. 31 Desember"
    )
    build("periode_tahun_kop_terbalik", titled, agency, "31 Desember s.d. 1 Januari")


if __name__ == "__main__":
    main()
