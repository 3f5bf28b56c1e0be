"""Build SKP JA Model Pengembangan workbooks for the false errors the red-team set ``merah_ae`` found.

Run ``python tests/data/make_merah_ae.py`` to regenerate; the .xlsx files are committed beside it. The form
is laid out here on its own (one header row of labels over one of levels, no merged cells, identity in
columns B/C and E/F), apart from ``benchmarks/merah_ae/buat.py``.

* ``merah_batas_dua_sisi_bersih``: kategori bounded on both sides, an operator at either end (``≥ 75 % -
  < 90 %``, ``≥ 9 s.d. < 12``, ``75 ≤ x < 90``): each end open or closed as written, so nothing to report.
* ``merah_batas_dua_sisi_mencakup``: CUKUP ``≥ 75 % - ≤ 90 %`` under target ``90 %`` contains the target.
* ``merah_tenggat_waktu_bersih``: waktu IKI with deadlines ``Triwulan III``, ``Juni`` and a date cell.
* ``merah_tenggat_kuantitas``: a kuantitas IKI whose target is a month, ``Juni``: no number to count.
* ``merah_kategori_kata``: an IKI with target ``Baik`` and kategori written in words (``Cukup``, ``Baik``,
  ``Sangat Baik``, like the labels above them): a data row, read and reported (``target-tidak-terukur``).
* ``merah_judul_salinan_bersih``: the header rows copied in the middle of the table, as at a page break.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = (
    "Dewi Anggraini, S.Si.",
    "19900522 201503 2 001",
    "Penata Muda Tingkat I, III/b",
    "Analis Perencanaan",
    "Subbagian Perencanaan, Sekretariat Badan",
)
PENILAI = (
    "Bambang Sutrisno, S.E., M.M.",
    "19790110 200501 1 004",
    "Penata Tingkat I, III/d",
    "Kepala Subbagian Perencanaan",
    "Sekretariat Badan Pendapatan Daerah",
)
PPPK = (
    "Yusuf Maulana, S.Kom.",
    "19960711 202321 1 002",
    "IX",
    "Penata Layanan Operasional",
    "Subbagian Perencanaan, Sekretariat Badan",
)
LEVELS = ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")
PANTAU = ("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")
ATASAN = "Meningkatnya kualitas dokumen perencanaan Badan"

Iki = tuple[str, str, Any, tuple[Any, ...]]


def _iki_rows(kind: str) -> list[tuple[str, list[Iki]]]:
    """(RK, [(aspek, IKI, target, five kategori)]) for each workbook."""
    kuantitas: Iki = (
        "Kuantitas",
        "Jumlah dokumen rencana kerja yang tersusun",
        "12 dokumen",
        ("< 6", "6 - 8", "≥ 9 s.d. < 12", "12", "> 12"),
    )
    kualitas: Iki = (
        "Kualitas",
        "Persentase dokumen yang disetujui tanpa revisi",
        "90 %",
        ("< 60 %", "≥ 60 % - < 75 %", "≥ 75 % - < 90 %", "90 %", "> 90 %"),
    )
    if kind == "batas_dua_sisi_bersih":
        extra: Iki = (
            "Kualitas",
            "Indeks kepuasan pengguna dokumen",
            "90",
            ("x < 60", "60 ≤ x < 75", "75 ≤ x < 90", "90", "x > 90"),
        )
        return [
            ("Dokumen rencana kerja Badan tersusun tepat waktu", [kuantitas, kualitas]),
            ("Pengguna puas atas dokumen perencanaan", [extra]),
        ]
    if kind == "batas_dua_sisi_mencakup":
        wide = (*kualitas[:3], ("< 60 %", "≥ 60 % - < 75 %", "≥ 75 % - ≤ 90 %", "90 %", "> 90 %"))
        return [("Dokumen rencana kerja Badan tersusun tepat waktu", [kuantitas, wide])]  # type: ignore[list-item]
    if kind == "tenggat_waktu_bersih":
        return [
            (
                "Dokumen rencana kerja Badan tersusun tepat waktu",
                [
                    kuantitas,
                    (
                        "Waktu",
                        "Waktu penyampaian dokumen Renja",
                        "Triwulan III",
                        ("", "", "Triwulan IV", "Triwulan III", "Triwulan II"),
                    ),
                ],
            ),
            (
                "Rencana kerja dan anggaran Badan ditetapkan tepat waktu",
                [
                    ("Waktu", "Waktu penetapan RKA", "Juni", ("", "", "Juli", "Juni", "Mei")),
                ],
            ),
            (
                "Laporan evaluasi rencana tersampaikan",
                [
                    (
                        "Waktu",
                        "Waktu penyampaian laporan evaluasi",
                        datetime(2025, 6, 30),
                        ("", "", "", "", ""),
                    ),
                ],
            ),
        ]
    if kind == "tenggat_kuantitas":
        return [
            (
                "Dokumen rencana kerja Badan tersusun tepat waktu",
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen rencana kerja yang tersusun",
                        "Juni",
                        ("", "", "", "Juni", ""),
                    ),
                ],
            )
        ]
    if kind == "kategori_kata":
        return [
            (
                "Dokumen rencana kerja Badan tersusun tepat waktu",
                [
                    kuantitas,
                    (
                        "Kualitas",
                        "Kualitas dokumen rencana kerja",
                        "Baik",
                        ("", "Kurang", "Cukup", "Baik", "Sangat Baik"),
                    ),
                ],
            )
        ]
    if kind.startswith("baik_berkualifikasi"):
        baik = "≥ 85 %" if kind.endswith("beda") else "≥ 90 %"
        return [
            (
                "Dokumen rencana kerja Badan tersusun tepat waktu",
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen rencana kerja yang tersusun",
                        "Minimal 12 dokumen",
                        ("< 6", "6 - 8", "9 - 11", "Minimal 12 dokumen", "> 12"),
                    ),
                    (
                        "Kualitas",
                        "Persentase dokumen yang disetujui tanpa revisi",
                        "≥ 90 %",
                        ("< 60 %", "60 - 74 %", "75 - 84 %", baik, "> 95 %"),
                    ),
                ],
            )
        ]
    if kind.startswith("kategori_capaian_campur"):
        levels = ("< 60 %", "60 - 79 %", "80 - 99 %", "12 dokumen", "> 100 %")
        if kind.endswith("terbalik"):
            levels = ("< 60 %", "80 - 99 %", "60 - 79 %", "12 dokumen", "> 100 %")
        return [("Dokumen rencana kerja Badan tersusun tepat waktu", [(*kuantitas[:3], levels), kualitas])]
    if kind.startswith("penilaian_bulat"):
        waktu: Iki = (
            "Waktu",
            "Waktu penyampaian dokumen Renja",
            "12 bulan",
            ("> 14", "14", "13", "12", "< 12"),
        )
        return [
            ("Dokumen rencana kerja Badan tersusun tepat waktu", [kuantitas, kualitas, waktu]),
            (
                "Pengguna puas atas dokumen perencanaan",
                [
                    (
                        "Kualitas",
                        "Indeks kepuasan pengguna dokumen",
                        "3,5 indeks",
                        ("< 2,5", "2,5 - 2,9", "3,0 - 3,4", "3,5", "> 3,5"),
                    )
                ],
            ),
        ]
    if kind.startswith("penilaian_tenggat"):
        deadline: Iki = (
            "Waktu",
            "Waktu penyampaian dokumen Renja",
            "Juni 2025",
            ("", "", "Juli 2025", "Juni 2025", "Mei 2025"),
        )
        return [("Dokumen rencana kerja Badan tersusun tepat waktu", [kuantitas, deadline])]
    return [
        ("Dokumen rencana kerja Badan tersusun tepat waktu", [kuantitas, kualitas]),
        (
            "Pengguna puas atas dokumen perencanaan",
            [
                (
                    "Kualitas",
                    "Indeks kepuasan pengguna dokumen",
                    "3,5 indeks",
                    ("< 2,5", "2,5 - 2,9", "3,0 - 3,4", "3,5", "> 3,5"),
                )
            ],
        ),
    ]


def _header(ws: Any, r: int) -> int:
    for c, label in enumerate(
        (
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ),
        1,
    ):
        ws.cell(r, c, label)
    ws.cell(r, 7, "KATEGORI PENILAIAN")
    ws.cell(r, 12, "CARA MEMANTAU KINERJA")
    for c, label in enumerate(LEVELS + PANTAU, 7):
        ws.cell(r + 1, c, label)
    for c in range(1, 15):
        ws.cell(r + 2, c, c)
    return r + 3


def build(kind: str) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["A2"] = "BADAN PENDAPATAN DAERAH PROVINSI CONTOH"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    pppk = kind.startswith("pppk_")
    pegawai = PPPK if pppk else PEGAWAI
    if kind == "pppk_ni_salah":  # one digit short: PNS or PPPK can no longer be told from it
        pegawai = (PPPK[0], "19960711 202321 1 02", *PPPK[2:])
    for i, label in enumerate(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")):
        own = {"NIP": "NI PPPK", "PANGKAT/GOL RUANG": "GOLONGAN"}.get(label, label) if pppk else label
        for c, value in enumerate((i + 1, own, pegawai[i], i + 1, label, PENILAI[i]), 1):
            ws.cell(6 + i, c, value)
    r = _header(ws, 12)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    r += 1
    for n, (rk, ikis) in enumerate(_iki_rows(kind), 1):
        if n == 2 and kind == "judul_salinan_bersih":
            r = _header(ws, r)
        ws.cell(r, 1, n)
        ws.cell(r, 2, ATASAN)
        ws.cell(r, 3, rk)
        for c, value in enumerate(("Dokumen yang tersusun", "Aplikasi SIPD", "Triwulanan"), 12):
            ws.cell(r, c, value)
        for aspek, iki, target, kategori in ikis:
            ws.cell(r, 4, aspek)
            ws.cell(r, 5, iki)
            cell = ws.cell(r, 6, target)
            if isinstance(target, datetime):
                cell.number_format = "dd/mm/yyyy"
            for c, value in enumerate(kategori, 7):
                if value != "":
                    ws.cell(r, c, value)
            if isinstance(target, datetime):
                ws.cell(r, 10, target).number_format = "dd/mm/yyyy"
            r += 1
    if kind == "tambahan_catatan_bersih":
        ws.cell(r, 1, "B. KINERJA TAMBAHAN (jika ada)")
        ws.cell(r + 1, 1, 1)
        ws.cell(r + 1, 3, "Tersedianya bahan ajar pelatihan perencanaan bagi pegawai baru")
        for c, value in enumerate(
            (
                "Kuantitas",
                "Jumlah modul bahan ajar",
                "2 modul",
                None,
                None,
                "1 modul",
                "2 modul",
                "> 2 modul",
                "Modul",
                "Sekretariat",
                "Akhir tahun",
            ),
            4,
        ):
            if value is not None:
                ws.cell(r + 1, c, value)
    else:
        ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    if kind.startswith(("penilaian_tenggat", "penilaian_bulat")):
        _penilaian(wb, kind)
    return wb


def _penilaian(wb: Workbook, kind: str) -> None:
    """A Penilaian sheet. ``penilaian_tenggat_*``: the deadline met a month early is Sangat Baik by the
    official's own reading, which no division of dates decides; the count of dokumen is scored as usual.
    ``penilaian_bulat_*``: NILAI CAPAIAN RK written rounded (103,63), Nilai Kinerja Utama the rounded mean of
    those (106,32 where the exact mean is 106,3148): the Nilai Akhir SKP 106,32 is as right as 106,31."""
    ws = wb.create_sheet("Penilaian")
    ws["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")):
        for c, value in enumerate((i + 1, label, PEGAWAI[i], i + 1, label, PENILAI[i]), 1):
            ws.cell(6 + i, c, value)
    labels = (
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "REALISASI",
        "CAPAIAN IKI",
        "KATEGORI CAPAIAN IKI",
        "NILAI CAPAIAN IKI",
        "NILAI CAPAIAN RK",
    )
    for c, label in enumerate(labels, 1):
        ws.cell(12, c, label)
        ws.cell(13, c, c)
    ws["A14"] = "A. KINERJA UTAMA"
    kategori = "Cukup" if kind.endswith("salah") and "tenggat" in kind else "Baik"
    written = {
        "12 dokumen": ("12 dokumen", "100 %", kategori, 109),
        "Juni 2025": ("Mei 2025", "", "Sangat Baik", ""),
    }
    if kind.startswith("penilaian_bulat"):
        written = {
            "12 dokumen": ("11 dokumen", "91,67 %", "Cukup", 82),
            "90 %": ("92 %", "102,22 %", "Sangat Baik", "111,11"),
            "12 bulan": ("11 bulan", "108,33 %", "Sangat Baik", "117,78"),
            "3,5 indeks": ("3,5 indeks", "100 %", "Baik", 109),
        }
    rk_nilai = ["103,63", 109]
    r = 15
    for n, (rk, ikis) in enumerate(_iki_rows(kind)):
        ws.cell(r, 1, n + 1)
        ws.cell(r, 2, ATASAN)
        ws.cell(r, 3, rk)
        if kind.startswith("penilaian_bulat"):
            ws.cell(r, 11, rk_nilai[n])
        for aspek, iki, target, _ in ikis:
            for c, value in enumerate((aspek, iki, target, *written[target]), 4):
                if value != "":
                    ws.cell(r, c, value)
            r += 1
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    if kind.startswith("penilaian_bulat"):
        akhir = "107,32" if kind.endswith("salah") else "106,32"
        for i, (label, value) in enumerate(
            (("NILAI KINERJA UTAMA", "106,32"), ("NILAI AKHIR SKP", akhir)), 1
        ):
            ws.cell(r + i, 1, label)
            ws.cell(r + i, 11, value)


KINDS = (
    "batas_dua_sisi_bersih",
    "batas_dua_sisi_mencakup",
    "tenggat_waktu_bersih",
    "tenggat_kuantitas",
    "kategori_kata",
    "judul_salinan_bersih",
    "tambahan_catatan_bersih",
    "kategori_capaian_campur_bersih",
    "kategori_capaian_campur_terbalik",
    "penilaian_tenggat_bersih",
    "penilaian_tenggat_salah",
    "baik_berkualifikasi_bersih",
    "baik_berkualifikasi_beda",
    "pppk_golongan_bersih",
    "pppk_ni_salah",
    "penilaian_bulat_bersih",
    "penilaian_bulat_salah",
)


def main() -> None:
    for kind in KINDS:
        build(kind).save(HERE / f"merah_{kind}.xlsx")


if __name__ == "__main__":
    main()
