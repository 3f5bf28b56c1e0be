"""Set merah_aw: probe tim merah (kotak putih) untuk ``skp kaskade`` (SPEC §4, §3.6).

Setiap probe adalah satu SKP **atasan** yang diisi instansi (SPEC §3.10) dengan sheet Matriks Peran Hasil yang
memuat tim: SKP JA Model Pengembangan dari pembangun ``merah_ah`` (RK digabung, ditulis sekali, diulang, di
baris sendiri, Model Dasar, kategori hanya CUKUP/SANGAT BAIK, kop bertumpuk atau satu blok, Plt., semester,
JF koordinator, unit kerja dua baris, RK dua baris) dan SKP JPT dari pembangun ``merah_ag`` (Model
Pengembangan dan Dasar, perspektif digabung, judul gaya PK), dengan Matriks dalam beberapa tata letak.
Probe ``x`` adalah
atasan yang tidak dapat dikaskade dengan benar: kaskade harus menolak atau menyebutnya dalam bahasa Indonesia.

``harapan.json`` menyimpan per probe identitas atasan (pejabat penilai setiap draf), periode, RK Kinerja
Utama atasan, anggota (nama, NIP, jabatan, jenis formulir) dan hasil per RK yang harus menjadi RK draf dengan
RK atasannya, serta kembaran bercacat yang dibuat ``ukur.py`` sesudah draf diisi.

Pemakaian: ``python benchmarks/merah_aw/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
SEED = 20261206


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"{name}_buat", HERE.parent / name / "buat.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


AH = _load("merah_ah")
AG = _load("merah_ag")

# Tim JA/JF di bawah Kepala Subbagian Keuangan (pembangun merah_ah).
TIM_AH = [
    ("Rina Marlina, S.E.", "19920714 201503 2 004", "Pengelola Keuangan", "ja"),
    ("Yoga Pratama, A.Md.", "19950202 201903 1 002", "Arsiparis Mahir", "jf"),
    ("Sinta Wulandari, S.Ak.", "19930909 201801 2 003", "Analis Anggaran Ahli Pertama", "jf"),
]
# Hasil per anggota per RK atasan (None: sel kosong; RK 2 `4 dokumen` kosong untuk pembagian target).
HASIL_AH: list[list[str | None]] = [
    ["Laporan realisasi anggaran bulanan tersusun tepat waktu", None, "Usulan revisi anggaran terverifikasi"],
    ["Arsip dokumen keuangan tertata dan mudah ditemukan", None, None],
    ["Laporan keuangan semesteran tersusun akurat", None, "Dokumen revisi anggaran tervalidasi"],
]
# Tim Kepala Dinas (pembangun merah_ag, JPT): pejabat administrator.
TIM_AG = [
    ("Bagus Wicaksono, S.Kom., M.T.", "19780312 200312 1 002", "Kepala Bidang Aplikasi Informatika", "ja"),
    (
        "Dra. Endang Sulistyowati",
        "19730618 199903 2 001",
        "Sekretaris Dinas Komunikasi dan Informatika",
        "ja",
    ),
    ("Hendra Gunawan, S.T.", "19800820 200501 1 004", "Kepala Bidang Statistik dan Persandian", "ja"),
]
HASIL_AG: list[list[str | None]] = [
    [
        "Layanan aplikasi informasi publik tersedia sepanjang tahun",
        "Aplikasi perangkat daerah terintegrasi",
        None,
        None,
    ],
    [
        "Permohonan informasi publik terlayani tepat waktu",
        None,
        None,
        "Laporan realisasi anggaran dinas akuntabel",
    ],
    [None, "Data statistik sektoral tersedia dan mutakhir", None, None],
]
# Putaran 2: tim dengan JF tanpa kata Ahli dan dengan peran "selaku" (formulir JF), anggota Plt.
TIM_JF = [
    ("Rudi Hartono, S.Si.", "19910505 201701 1 003", "Statistisi Pertama", "jf"),
    (
        "Maya Anggraini, S.Psi.",
        "19880808 201101 2 006",
        "Analis Kepegawaian Muda selaku Subkoordinator",
        "jf",
    ),
    ("Dodi Setiawan", "19850303 200901 1 004", "Plt. Kepala Subbagian Umum", "ja"),
]
TIM_AG_JF = TIM_AG[:2] + [
    (
        "Fajar Nugroho, S.Kom.",
        "19820101 200701 1 009",
        "Pranata Komputer Ahli Madya selaku Koordinator Persandian",
        "jf",
    ),
]


def _matriks_first(path: Path) -> None:
    """Sheet Matriks dipindah ke depan dan diberi nama ``MATRIKS``."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Matriks Peran Hasil"]
    ws.title = "MATRIKS"
    wb.move_sheet(ws, offset=-(len(wb.sheetnames) - 1))
    wb.save(path)


# RK tahun lalu (probe x04): tidak ada di SKP atasan; hanya yang pertama berisi hasil anggota (kolom kedua
# kosong, tidak menjadi RK draf mana pun, jadi tidak perlu disebut).
RK_LAMA = [
    "Meningkatnya kualitas pengelolaan kas daerah Dinas Perhubungan",
    "Tertib administrasi perjalanan dinas",
]


# ---------------------------------------------------------------- Matriks layouts


def _cells(ws: Any, r: int, c: int, value: Any, text: bool = False) -> None:
    cell = ws.cell(r, c, value)
    if text:
        cell.number_format = "@"


def matriks_baku(
    ws: Any,
    rks: list[str],
    tim: list[tuple],
    hasil: list[list[str | None]],
    kolom: list[dict[str, str]],
    judul_hasil: str | None = "PERAN DAN HASIL YANG DIHARAPKAN",
) -> None:
    """Isian di kolom A (RK, jenis, metode, target), satu RK per kolom dari D, tabel NAMA | NIP | JABATAN."""
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    for r, label in (
        (3, "RENCANA KINERJA ATASAN"),
        (4, "JENIS PENYELARASAN"),
        (5, "METODE"),
        (6, "TARGET ATASAN"),
    ):
        ws.cell(r, 1, label)
    for j, rk in enumerate(rks):
        ws.cell(3, 4 + j, rk)
        meta = kolom[j] if j < len(kolom) else {}
        for r, key in ((4, "jenis"), (5, "metode"), (6, "target")):
            if meta.get(key):
                ws.cell(r, 4 + j, meta[key])
    ws["A8"], ws["B8"], ws["C8"] = "NAMA", "NIP", "JABATAN"
    if judul_hasil:
        ws["D8"] = judul_hasil
    for i, (nama, nip, jabatan, _) in enumerate(tim):
        _cells(ws, 9 + i, 1, nama)
        _cells(ws, 9 + i, 2, nip, text=True)
        _cells(ws, 9 + i, 3, jabatan)
        for j, value in enumerate(hasil[i]):
            if value:
                ws.cell(9 + i, 4 + j, value)


def matriks_nama_nip(
    ws: Any, rks: list[str], tim: list[tuple], hasil: list[list[str | None]], kolom: list[dict[str, str]]
) -> None:
    """``NO | NAMA / NIP | JABATAN | RK 1. … | RK 2. …``: nama dan NIP dalam satu sel, RK bernomor."""
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL (CASCADING KINERJA)"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "NO", "NAMA / NIP", "JABATAN", "RENCANA KINERJA ATASAN"
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=3 + len(rks))
    for j, rk in enumerate(rks):
        ws.cell(5, 4 + j, f"RK {j + 1}. {rk}")
    for i, (nama, nip, jabatan, _) in enumerate(tim):
        ws.cell(6 + i, 1, i + 1)
        ws.cell(6 + i, 2, f"{nama}\nNIP. {nip}")
        ws.cell(6 + i, 3, jabatan)
        for j, value in enumerate(hasil[i]):
            if value:
                ws.cell(6 + i, 4 + j, value)


def matriks_templat(
    ws: Any, rks: list[str], tim: list[tuple], hasil: list[list[str | None]], kolom: list[dict[str, str]]
) -> None:
    """Tata letak Matriks templat: NO. RK ATASAN, RK, jenis, metode, target; judul hasil, RK ATASAN n."""
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    ws["A3"] = "NO. RK ATASAN"
    for r, label in (
        (4, "RENCANA KINERJA ATASAN"),
        (5, "JENIS PENYELARASAN"),
        (6, "METODE"),
        (7, "TARGET ATASAN"),
    ):
        ws.cell(r, 1, label)
    for j in range(5):
        ws.cell(3, 4 + j, j + 1)
        ws.cell(10, 4 + j, f"RK ATASAN {j + 1}")
    for j, rk in enumerate(rks):
        ws.cell(4, 4 + j, rk)
        meta = kolom[j] if j < len(kolom) else {}
        for r, key in ((5, "jenis"), (6, "metode"), (7, "target")):
            if meta.get(key):
                ws.cell(r, 4 + j, meta[key])
    ws["A9"], ws["B9"], ws["C9"] = "NAMA", "NIP", "JABATAN"
    ws["D9"] = "HASIL KERJA YANG DIHARAPKAN (MENJADI RENCANA KINERJA ANGGOTA)"
    for i, (nama, nip, jabatan, _) in enumerate(tim):
        _cells(ws, 11 + i, 1, nama)
        _cells(ws, 11 + i, 2, nip, text=True)
        _cells(ws, 11 + i, 3, jabatan)
        for j, value in enumerate(hasil[i]):
            if value:
                ws.cell(11 + i, 4 + j, value)


LAYOUT: dict[str, Callable[..., None]] = {
    "baku": matriks_baku,
    "tanpa_judul_hasil": lambda *a: matriks_baku(*a, judul_hasil=None),
    "nama_nip": matriks_nama_nip,
    "templat": matriks_templat,
}


# ---------------------------------------------------------------- probes


def _o(**kw: Any) -> Callable[[dict[str, Any]], None]:
    def change(s: dict[str, Any]) -> None:
        s["o"].update(kw)

    return change


def _peg(**kw: Any) -> Callable[[dict[str, Any]], None]:
    def change(s: dict[str, Any]) -> None:
        s["pegawai"].update(kw)

    return change


def _dasar(s: dict[str, Any]) -> None:
    s["form"] = "ja-dasar"
    s["o"]["urutan"] = AH.COLS[:6]


def _subset(s: dict[str, Any]) -> None:
    s["o"]["urutan"] = AH.COLS[:6] + ["c", "sb"] + AH.PANTAU


def _jf(s: dict[str, Any]) -> None:
    s["form"] = "jf-pengembangan"
    s["pegawai"].update(
        jabatan="Analis Anggaran Ahli Muda selaku Subkoordinator Keuangan", pangkat="Penata Tingkat I, III/d"
    )


def _semester(s: dict[str, Any]) -> None:
    s["periode"] = "PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER 2025"


def _unit_dua_baris(s: dict[str, Any]) -> None:
    def second_line(book: Any) -> None:
        book.ws.cell(11, 3, "Kabupaten Lembah Hijau")

    s["o"]["ubah"] = [second_line]


def _rk_dua_baris(s: dict[str, Any]) -> None:
    s["rencana"][0]["rk"] = "Laporan keuangan Dinas yang tersusun\ntepat waktu dan akurat"


def _tanpa_ku(s: dict[str, Any]) -> None:
    s["tambahan"] = s["rencana"] + s["tambahan"]
    for item in s["tambahan"]:
        item["atasan"] = None
    s["rencana"] = []


def _tanpa_periode(s: dict[str, Any]) -> None:
    s["periode"] = None


def _tanpa_nip(s: dict[str, Any]) -> None:
    s["pegawai"]["nip"] = ""


def _periode_sel_terpisah(s: dict[str, Any]) -> None:
    """``PERIODE PENILAIAN`` | ``:`` | ``1 Januari 2025 s.d. 31 Desember 2025`` di tiga sel."""

    def cells(book: Any) -> None:
        book.ws.cell(3, 1, "PERIODE PENILAIAN")
        book.ws.cell(3, 2, ":")
        book.ws.cell(3, 3, "1 Januari 2025 s.d. 31 Desember 2025")

    s["o"]["ubah"] = [cells]


def _nip_berlabel(s: dict[str, Any]) -> None:
    s["pegawai"]["nip"] = "NIP. 19900315 201402 2 001"


def _nip_angka(s: dict[str, Any]) -> None:
    """NIP atasan diketik sebagai angka: Excel menyimpan 15 angka penting."""

    def number(book: Any) -> None:
        book.ws.cell(7, 3, 199003152014022000).number_format = "0"

    s["o"]["ubah"] = [number]


BEBAN = {"jenis": "Direct Cascading", "metode": "Pembagian Beban Target"}

# name, uraian, builder ("ah"/"ag"), change(spec), matriks layout (None: no sheet), options, expectation
PROBES: list[dict[str, Any]] = [
    {
        "name": "a01-ja-pengembangan-baku",
        "uraian": "JA Model Pengembangan, RK digabung; Matriks baku",
        "kind": "ah",
        "layout": "baku",
        "kembar": ["rk-atasan-salah"],
    },
    {
        "name": "a02-rk-sekali",
        "uraian": "RK atasan/RK ditulis sekali, sel di bawahnya kosong",
        "kind": "ah",
        "change": _o(rk="sekali"),
        "layout": "baku",
    },
    {
        "name": "a03-rk-diulang",
        "uraian": "RK diulang di setiap baris IKI",
        "kind": "ah",
        "change": _o(rk="ulang"),
        "layout": "baku",
    },
    {
        "name": "a04-rk-baris-sendiri",
        "uraian": "RK di baris sendiri, IKI 1.1, 1.2 di bawahnya",
        "kind": "ah",
        "change": _o(rk_baris_sendiri=True),
        "layout": "baku",
    },
    {
        "name": "a05-ja-dasar",
        "uraian": "JA Model Dasar (tanpa kategori dan cara memantau)",
        "kind": "ah",
        "change": _dasar,
        "layout": "templat",
    },
    {
        "name": "a06-kategori-cukup-sb",
        "uraian": "Kategori hanya CUKUP dan SANGAT BAIK",
        "kind": "ah",
        "change": _subset,
        "layout": "baku",
    },
    {
        "name": "a07-kop-tumpuk",
        "uraian": "Kop identitas bertumpuk (pegawai di atas penilai)",
        "kind": "ah",
        "change": _o(kop_tumpuk=True),
        "layout": "baku",
    },
    {
        "name": "a08-kop-satu-blok",
        "uraian": "Kop satu blok: label | pegawai | penilai",
        "kind": "ah",
        "change": _o(kop_satu_blok=True),
        "layout": "baku",
    },
    {
        "name": "a09-plt",
        "uraian": "Atasan Plt. (jabatan `Plt. Kepala Subbagian Keuangan`)",
        "kind": "ah",
        "change": _peg(jabatan="Plt. Kepala Subbagian Keuangan"),
        "layout": "baku",
    },
    {
        "name": "a10-semester",
        "uraian": "Periode semester 1 Juli sd 31 Desember 2025",
        "kind": "ah",
        "change": _semester,
        "layout": "baku",
    },
    {
        "name": "a11-atasan-kelompok",
        "uraian": "RK atasan atasan di baris sendiri di atas RK-nya",
        "kind": "ah",
        "change": _o(atasan_kelompok=True),
        "layout": "baku",
    },
    {
        "name": "a12-jf-koordinator",
        "uraian": "Atasan JF `Analis Anggaran Ahli Muda selaku Subkoordinator`",
        "kind": "ah",
        "change": _jf,
        "layout": "baku",
    },
    {
        "name": "a13-unit-dua-baris",
        "uraian": "Unit kerja atasan ditulis di dua baris",
        "kind": "ah",
        "change": _unit_dua_baris,
        "layout": "baku",
        "unit": "Sekretariat Dinas Perhubungan Kabupaten Lembah Hijau",
    },
    {
        "name": "a14-rk-dua-baris",
        "uraian": "RK atasan dua baris di SKP, satu baris di Matriks",
        "kind": "ah",
        "change": _rk_dua_baris,
        "layout": "baku",
    },
    {
        "name": "a15-beban-dinyatakan",
        "uraian": "RK 2 dinyatakan Direct/Pembagian Beban Target `4 dokumen`",
        "kind": "ah",
        "layout": "baku",
        "kolom": [{}, dict(BEBAN, target="4 dokumen"), {}],
        "kembar": ["target-tidak-seimbang"],
    },
    {
        "name": "a16-nama-nip-satu-sel",
        "uraian": "Matriks `NAMA / NIP` satu sel, RK bernomor",
        "kind": "ah",
        "layout": "nama_nip",
    },
    {
        "name": "a17-tanpa-judul-hasil",
        "uraian": "Matriks baku tanpa judul di atas kolom hasil",
        "kind": "ah",
        "layout": "tanpa_judul_hasil",
    },
    {
        "name": "a18-urutan-matriks-lain",
        "uraian": "Kolom Matriks urut RK 3, 1, 2 (berbeda dari SKP)",
        "kind": "ah",
        "layout": "baku",
        "urutan": [2, 0, 1],
    },
    {
        "name": "a19-templat",
        "uraian": "Matriks tata letak templat (RK ATASAN n)",
        "kind": "ah",
        "layout": "templat",
        "kembar": ["rk-atasan-salah"],
    },
    {
        "name": "a20-matriks-di-depan",
        "uraian": "Sheet Matriks bernama `MATRIKS` di depan sheet SKP",
        "kind": "ah",
        "layout": "baku",
        "sesudah": _matriks_first,
    },
    {
        "name": "a21-tim-jf-tanpa-ahli",
        "uraian": "Tim `Statistisi Pertama`, `Analis Kepegawaian Muda selaku Subkoordinator`, "
        "`Plt. Kepala Subbagian Umum`",
        "kind": "ah",
        "layout": "baku",
        "tim": TIM_JF,
        "kembar": ["rk-atasan-kosong", "rk-tidak-diintervensi"],
    },
    {
        "name": "a22-periode-sel-terpisah",
        "uraian": "Periode `PERIODE PENILAIAN | : | 1 Januari 2025 s.d. 31 Desember 2025`",
        "kind": "ah",
        "change": _periode_sel_terpisah,
        "layout": "baku",
        "periode": "1 Januari 2025 s.d. 31 Desember 2025",
    },
    {
        "name": "a23-nip-atasan-berlabel",
        "uraian": "NIP atasan ditulis `NIP. 19900315 201402 2 001`",
        "kind": "ah",
        "change": _nip_berlabel,
        "layout": "baku",
    },
    {
        "name": "a24-matriks-hasil-kaskade",
        "uraian": "Matriks yang sudah berisi pembagian kaskade (RK 2 beban target 4 dokumen: 2/1/1), "
        "dikaskade lagi",
        "kind": "ah",
        "layout": "templat",
        "kolom": [{}, dict(BEBAN, target="4 dokumen"), {}],
        "bagian": {1: ["2 dokumen", "1 dokumen", "1 dokumen"]},
    },
    {
        "name": "a25-anggota-dua-baris-peran",
        "uraian": "Anggota yang sama di dua baris tabel (satu baris per peran), hasil di kolom berbeda",
        "kind": "ah",
        "layout": "baku",
        "tim": TIM_AH + [TIM_AH[0]],
        "hasil": [
            ["Laporan realisasi anggaran bulanan tersusun tepat waktu", None, None],
            *HASIL_AH[1:],
            [None, None, "Usulan revisi anggaran terverifikasi"],
        ],
    },
    {
        "name": "a26-hasil-per-baris",
        "uraian": "Sel hasil dengan kalimat dipatahkan Alt+Enter, dan sel dengan dua hasil satu per baris",
        "kind": "ah",
        "layout": "baku",
        "hasil": [
            [
                "Laporan realisasi anggaran bulanan\ntersusun tepat waktu",
                None,
                "Usulan revisi anggaran terverifikasi",
            ],
            HASIL_AH[1],
            [
                "Laporan keuangan semesteran tersusun akurat",
                None,
                "Dokumen revisi anggaran tervalidasi\nBerita acara revisi anggaran tersusun",
            ],
        ],
        "pecah": {
            (0, 0): ["Laporan realisasi anggaran bulanan tersusun tepat waktu"],
            (2, 2): ["Dokumen revisi anggaran tervalidasi", "Berita acara revisi anggaran tersusun"],
        },
    },
    {
        "name": "j01-jpt-pengembangan",
        "uraian": "JPT Model Pengembangan, penilai Bupati tanpa NIP",
        "kind": "ag",
        "layout": "baku",
        "kembar": ["rk-atasan-salah"],
    },
    {
        "name": "j02-jpt-perspektif-gabung",
        "uraian": "JPT, perspektif digabung melintasi RK",
        "kind": "ag",
        "change": lambda s: s.update(persp_merge=True),
        "layout": "baku",
    },
    {
        "name": "j03-jpt-dasar",
        "uraian": "JPT Model Dasar",
        "kind": "ag",
        "change": lambda s: s.update(model="dasar"),
        "layout": "templat",
    },
    {
        "name": "j04-jpt-judul-pk",
        "uraian": "JPT dengan judul kolom gaya PK (SASARAN STRATEGIS…)",
        "kind": "ag",
        "change": lambda s: s.update(
            labels={
                "RENCANA KINERJA": "SASARAN STRATEGIS",
                "INDIKATOR KINERJA INDIVIDU": "INDIKATOR KINERJA",
                "TARGET": "TARGET 2025",
            }
        ),
        "layout": "baku",
    },
    {
        "name": "j05-jpt-anggota-jf-koordinator",
        "uraian": "JPT, anggota JF `Pranata Komputer Ahli Madya selaku Koordinator Persandian`",
        "kind": "ag",
        "layout": "nama_nip",
        "tim": TIM_AG_JF,
        "kembar": ["rk-tidak-diintervensi"],
    },
    {
        "name": "x01-tanpa-matriks",
        "uraian": "Tanpa sheet Matriks",
        "kind": "ah",
        "layout": None,
        "harap": "ditolak",
    },
    {
        "name": "x02-matriks-tanpa-anggota",
        "uraian": "Matriks tanpa anggota",
        "kind": "ah",
        "layout": "baku",
        "tim": [],
        "harap": "ditolak",
    },
    {
        "name": "x03-tanpa-kinerja-utama",
        "uraian": "Semua RK di Kinerja Tambahan",
        "kind": "ah",
        "change": _tanpa_ku,
        "layout": "baku",
        "harap": "ditolak",
        "rks": [item["rk"] for item in AH.RENCANA],
    },
    {
        "name": "x04-rk-matriks-tahun-lalu",
        "uraian": "Kolom Matriks memuat RK yang tidak ada di SKP atasan",
        "kind": "ah",
        "layout": "baku",
        "rks": RK_LAMA + [None],
        "harap": "disebut",
        "sebut": RK_LAMA[:1],
    },
    {
        "name": "x05-tanpa-periode",
        "uraian": "SKP atasan tanpa periode",
        "kind": "ah",
        "change": _tanpa_periode,
        "layout": "baku",
        "harap": "disebut",
        "sebut": ["periode"],
    },
    {
        "name": "x06-atasan-tanpa-nip",
        "uraian": "NIP atasan kosong",
        "kind": "ah",
        "change": _tanpa_nip,
        "layout": "baku",
        "harap": "disebut",
        "sebut": ["NIP"],
    },
    {
        "name": "x08-nip-atasan-angka",
        "uraian": "NIP atasan diketik sebagai angka (15 angka penting)",
        "kind": "ah",
        "change": _nip_angka,
        "layout": "baku",
        "harap": "disebut",
        "sebut": ["NIP"],
    },
    {
        "name": "x07-hanya-matriks",
        "uraian": "Buku kerja yang hanya memuat Matriks (hasil kaskade)",
        "kind": "ah",
        "layout": "templat",
        "hanya_matriks": True,
        "harap": "ditolak",
    },
]


def _ah_superior(probe: dict[str, Any], path: Path) -> dict[str, Any]:
    s = AH.base()
    if probe.get("change"):
        probe["change"](s)
    AH.Buku(s).save(path)
    ident = dict(s["pegawai"])
    if probe.get("unit"):
        ident["unit"] = probe["unit"]
    return {
        "pegawai": ident,
        "periode": s["periode"],
        "agency": "DINAS PERHUBUNGAN KABUPATEN LEMBAH HIJAU",
        "rk": [" ".join(item["rk"].split()) for item in s["rencana"]],
        "form": s["form"],
    }


def _ag_superior(probe: dict[str, Any], path: Path) -> dict[str, Any]:
    s = AG.spec()
    s["penilaian"] = False
    if probe.get("change"):
        probe["change"](s)
    AG.finish(s)
    AG.build(s, path)
    return {
        "pegawai": dict(AG.PEGAWAI),
        "periode": AG.PERIODE,
        "agency": "PEMERINTAH KABUPATEN SLEMAN",
        "rk": [item["rk"] for item in s["rencana"]],
        "form": f"jpt-{s['model']}",
    }


def build_probe(probe: dict[str, Any], folder: Path) -> dict[str, Any]:
    path = folder / f"{probe['name']}.xlsx"
    kind = probe["kind"]
    info = (_ah_superior if kind == "ah" else _ag_superior)(probe, path)
    tim = probe.get("tim", TIM_AH if kind == "ah" else TIM_AG)
    hasil = [list(row) for row in probe.get("hasil", HASIL_AH if kind == "ah" else HASIL_AG)][: len(tim)]
    rks = list(info["rk"])
    kolom = list(probe.get("kolom", [{} for _ in range(3)]))
    if probe.get("rks"):  # columns naming other RK
        rks = [rk or info["rk"][n] for n, rk in enumerate(probe["rks"])]
    hasil = [row[: len(rks)] for row in hasil]
    shares = probe.get("bagian", {})
    for j, parts in shares.items():  # shares written in by an earlier cascade: not results of their own
        for i, part in enumerate(parts[: len(hasil)]):
            hasil[i][j] = part
    order = probe.get("urutan", list(range(len(rks))))
    shown_rks = [rks[j] for j in order]
    shown_hasil = [[row[j] if j < len(row) else None for j in order] for row in hasil]
    shown_kolom = [kolom[j] if j < len(kolom) else {} for j in order]
    layout = probe.get("layout")
    if layout:
        wb = openpyxl.load_workbook(path)
        if probe.get("hanya_matriks"):
            for ws in list(wb.worksheets):
                wb.remove(ws)
        LAYOUT[layout](wb.create_sheet("Matriks Peran Hasil"), shown_rks, tim, shown_hasil, shown_kolom)
        wb.save(path)
    if probe.get("sesudah"):
        probe["sesudah"](path)
    anggota: list[dict[str, Any]] = []
    for i, (nama, nip, jabatan, jenis) in enumerate(tim):
        pecah = probe.get("pecah", {})  # a cell's results as the team meant them
        results = [
            {"rk_atasan": rks[j], "hasil": one}
            for j, h in enumerate(hasil[i])
            if h and j not in shares
            for one in pecah.get((i, j), [h])
        ]
        same = next((a for a in anggota if a["nip"] == re.sub(r"\D", "", nip)), None)
        if same is not None:  # one person on two rows of the table: one SKP with all its results
            same["hasil"] += results
            continue
        anggota.append(
            {
                "nama": nama,
                "nip": re.sub(r"\D", "", nip),
                "jabatan": jabatan,
                "jenis": jenis,
                "hasil": results,
            }
        )
    beban = [{"rk": info["rk"][j], "target": k["target"]} for j, k in enumerate(kolom) if k.get("target")]
    return {
        "file": path.name,
        "uraian": probe["uraian"],
        "harap": probe.get("harap", "dikaskade"),
        "sebut": probe.get("sebut", []),
        "form_atasan": info["form"],
        "atasan": {
            "nama": info["pegawai"]["nama"],
            "nip": re.sub(r"\D", "", info["pegawai"]["nip"]),
            "jabatan": info["pegawai"]["jabatan"],
            "unit": info["pegawai"]["unit"],
        },
        "periode": probe.get("periode", info["periode"]),
        "rk_utama": info["rk"],
        "anggota": anggota,
        "beban": beban,
        "kembar": probe.get("kembar", []),
    }


def build(folder: Path, manifest: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    entries = [build_probe(p, folder) for p in PROBES]
    manifest.write_text(
        json.dumps({"set": "merah_aw", "seed": SEED, "probes": entries}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args()
    build(args.keluaran, args.harapan)


if __name__ == "__main__":
    main()
