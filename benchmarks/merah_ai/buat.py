"""Set merah_ai: probe tim merah (kotak putih) untuk SKP JA/JF Model Dasar, Keterkaitan SKP–Angka Kredit
dan pemeriksaan rumusan (RK berbasis aktivitas, target absolut, RK/aspek ganda, satuan).

Setiap berkas adalah satu SKP Model Dasar (lembar SKP, dan untuk JF lembar Keterkaitan AK) yang ditulis
oleh pegawai yang teliti; setiap probe mengubah satu hal yang wajar ditulis di dunia nyata: butir kegiatan
bernomor/berkode, angka kredit ``0,04``/``0.125``/``0,5 AK``, satu butir untuk dua RK, RK di Keterkaitan
dikutip dengan beda kecil, jabatan JF dengan akhiran peran, jenjang di batas golongan, RK hasil
(``Tersusunnya``), IKI periodik, satuan ``paket``/``eksemplar``/``kali``/``OK``/``orang/hari``. Berkas
bersih tidak boleh mendapat error maupun peringatan; kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_ai/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
SEED = 20261208

PEGAWAI = {
    "nama": "Fajar Nugroho, S.Kom.",
    "nip": "19900823 201503 1 002",
    "pangkat": "Penata, III/c",
    "jabatan": "Pranata Komputer Ahli Muda",
    "unit": "Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika",
}
PENILAI = {
    "nama": "Rina Marlina, S.T., M.Kom.",
    "nip": "19820705 200604 2 003",
    "pangkat": "Pembina, IV/a",
    "jabatan": "Kepala Bidang Aplikasi Informatika",
    "unit": "Dinas Komunikasi dan Informatika Kabupaten Sukamaju",
}
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
ATASAN = "Meningkatnya layanan publik yang terintegrasi dalam aplikasi Sukamaju Satu Pintu"

RENCANA: list[dict[str, Any]] = [
    {
        "atasan": ATASAN,
        "rk": "Terintegrasinya layanan perizinan ke dalam aplikasi Sukamaju Satu Pintu",
        "iki": [
            ["Kuantitas", "Jumlah layanan perizinan yang terintegrasi", "10 layanan"],
            ["Kualitas", "Persentase modul aplikasi yang lulus uji fungsi", "95 %"],
            ["Waktu", "Waktu penyelesaian integrasi layanan", "10 bulan"],
        ],
        "butir": [
            ["Membuat program aplikasi", "Program aplikasi", 0.106],
            ["Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        ],
    },
    {
        "atasan": ATASAN,
        "rk": "Tersedianya dokumentasi sistem aplikasi Sukamaju Satu Pintu yang mutakhir",
        "iki": [
            ["Kuantitas", "Jumlah dokumen spesifikasi dan manual aplikasi", "6 dokumen"],
            ["Waktu", "Waktu penyusunan dokumentasi sistem", "11 bulan"],
        ],
        "butir": [["Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", 0.05]],
    },
]
TAMBAHAN: list[dict[str, Any]] = [
    {
        "atasan": None,
        "rk": "Terlaksananya tugas sebagai anggota tim pengadaan barang dan jasa",
        "iki": [["Kuantitas", "Jumlah paket pengadaan yang didampingi", "3 paket"]],
    },
]


def base() -> dict[str, Any]:
    return {
        "form": "jf-dasar",
        "pegawai": dict(PEGAWAI),
        "penilai": dict(PENILAI),
        "rencana": copy.deepcopy(RENCANA),
        "tambahan": copy.deepcopy(TAMBAHAN),
        "keterkaitan": True,
        "ak_rows": None,  # None: derived from rencana[*].butir; else list of [rk, butir, output, ak]
    }


def _kop(ws: Any, judul: str, spec: dict[str, Any]) -> None:
    ws.cell(1, 1, judul)
    ws.cell(2, 1, "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU")
    ws.cell(3, 1, PERIODE)
    ws.cell(5, 1, "NO")
    ws.cell(5, 2, "PEGAWAI YANG DINILAI")
    ws.cell(5, 5, "NO")
    ws.cell(5, 6, "PEJABAT PENILAI KINERJA")
    labels = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("pangkat", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN"),
        ("unit", "UNIT KERJA"),
    ]
    for i, (key, label) in enumerate(labels):
        r = 6 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 3, spec["pegawai"][key])
        ws.cell(r, 5, i + 1)
        ws.cell(r, 6, label)
        ws.cell(r, 7, spec["penilai"][key])


def _skp(wb: Any, spec: dict[str, Any], cells: dict[str, str]) -> None:
    ws = wb.active
    ws.title = "SKP"
    _kop(ws, "RENCANA SASARAN KINERJA PEGAWAI", spec)
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for c, h in enumerate(heads, 1):
        ws.cell(13, c, h)
    r = 14
    for label, items, g in (
        ("A. KINERJA UTAMA", spec["rencana"], "U"),
        ("B. KINERJA TAMBAHAN", spec["tambahan"], "T"),
    ):
        ws.cell(r, 1, label)
        r += 1
        shared = g == "U" and spec.get("atasan_gabung")  # one superior RK merged down over all Kinerja Utama
        section_first = r
        for n, rk in enumerate(items, 1):
            first = r
            ws.cell(r, 1, n)
            if rk.get("atasan") and not (shared and n > 1):
                ws.cell(r, 2, rk["atasan"])
            ws.cell(r, 3, rk["rk"])
            cells[f"rk{g}{n}"] = f"C{r}"
            cells[f"atasan{g}{n}"] = f"B{r}"
            for k, (aspek, iki, target) in enumerate(rk["iki"]):
                if k and spec.get("o_ulang"):  # RK, NO and RK atasan typed again on every IKI row
                    ws.cell(r, 1, n)
                    ws.cell(r, 2, rk.get("atasan"))
                    ws.cell(r, 3, rk["rk"])
                ws.cell(r, 4, aspek)
                ws.cell(r, 5, iki)
                ws.cell(r, 6, target)
                cells[f"aspek{g}{n}.{k}"] = f"D{r}"
                cells[f"iki{g}{n}.{k}"] = f"E{r}"
                cells[f"target{g}{n}.{k}"] = f"F{r}"
                r += 1
            if r - 1 > first and not spec.get("o_nomerge") and not spec.get("o_ulang"):
                for col in "AC" if shared else "ABC":
                    ws.merge_cells(f"{col}{first}:{col}{r - 1}")
        if shared:
            ws.merge_cells(f"B{section_first}:B{r - 1}")
        r += 1
    r += 1
    ws.cell(r, 2, "PEGAWAI YANG DINILAI")
    ws.cell(r, 6, "PEJABAT PENILAI KINERJA")
    ws.cell(r + 4, 2, spec["pegawai"]["nama"])
    ws.cell(r + 4, 6, spec["penilai"]["nama"])


def _keterkaitan(wb: Any, spec: dict[str, Any], cells: dict[str, str]) -> None:
    o = spec.get("ak_o", {})
    ws = wb.create_sheet(o.get("lembar", "Keterkaitan AK"))
    _kop(ws, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", spec)
    ws.cell(12, 2, "TANGGAL PENGAJUAN")
    ws.cell(12, 3, "2 Januari 2025")
    heads = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]
    if o.get("kode"):
        heads.insert(2, "KODE BUTIR")
    col = {h: c for c, h in enumerate(heads, 1)}
    for h, c in col.items():
        ws.cell(14, c, o.get("judul", {}).get(h, h))
        cells[f"judul {h}"] = f"{'ABCDEFG'[c - 1]}14"
    ak_letter = "ABCDEFG"[col["ANGKA KREDIT"] - 1]
    ws.cell(15, 1, o.get("utama", "KINERJA UTAMA"))
    rows = spec["ak_rows"]
    if rows is None:
        rows = []
        for rk in spec["rencana"]:
            for k, b in enumerate(rk.get("butir", [])):
                rows.append([rk["rk"] if k == 0 else None, *b])
    r = 16
    n = 0
    first = None
    for i, (rk, butir, output, ak) in enumerate(rows):
        if rk is not None:
            if o.get("gabung") and first is not None and r - 1 > first:
                ws.merge_cells(f"B{first}:B{r - 1}")
            first = r
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 2, rk)
        if butir is not None:
            if o.get("kode"):
                kode, _, butir = butir.partition(" ")
                ws.cell(r, col["KODE BUTIR"], kode)
            ws.cell(r, col["BUTIR KEGIATAN"], butir)
        if output is not None:
            ws.cell(r, col["OUTPUT"], output)
        if ak is not None:
            ws.cell(r, col["ANGKA KREDIT"], ak)
        cells[f"ak{i}"] = f"{ak_letter}{r}"
        r += 1
    if o.get("gabung") and first is not None and r - 1 > first:
        ws.merge_cells(f"B{first}:B{r - 1}")
    if o.get("tambahan"):
        ws.cell(r, 1, "KINERJA TAMBAHAN")
        ws.cell(r + 1, 1, 1)
        ws.cell(r + 1, 2, spec["tambahan"][0]["rk"])
        ws.cell(r + 1, col["BUTIR KEGIATAN"], "-")


def build(spec: dict[str, Any], path: Path) -> dict[str, str]:
    wb = openpyxl.Workbook()
    cells: dict[str, str] = {}
    _skp(wb, spec, cells)
    if spec["form"].startswith("jf") and spec["keterkaitan"]:
        _keterkaitan(wb, spec, cells)
    wb.save(path)
    return cells


PROBES: list[dict[str, Any]] = []


def probe(name: str, uraian: str, defects: list[tuple[str, str, str]] | None = None) -> Any:
    """Register a probe. ``defects``: (code, sheet, cell key); the cell key is resolved after building."""

    def wrap(fn: Any) -> Any:
        PROBES.append({"file": name, "uraian": uraian, "fn": fn, "defects": defects or []})
        return fn

    return wrap


def _ak(spec: dict[str, Any], value: Any, i: int = 0, butir: int = 0) -> None:
    spec["rencana"][i]["butir"][butir][2] = value


# --- Keterkaitan: butir kegiatan written as officials write them -------------------------------------
@probe("01-dasar.xlsx", "garis dasar JF Ahli Muda III/c, Keterkaitan lengkap")
def _p01(s: dict[str, Any]) -> None:
    pass


@probe("02-butir-berkode.xlsx", "butir kegiatan diawali kode butir 'II.B.3' dan nomor '1.'")
def _p02(s: dict[str, Any]) -> None:
    s["rencana"][0]["butir"][0][0] = "II.B.3 Membuat program aplikasi"
    s["rencana"][0]["butir"][1][0] = "1. Melakukan uji coba program aplikasi"
    s["rencana"][1]["butir"][0][0] = "II.C.1. Menyusun dokumentasi sistem aplikasi"


@probe("03-ak-teks-koma.xlsx", "angka kredit ditulis teks dengan koma: '0,106', '0,04', '0,05'")
def _p03(s: dict[str, Any]) -> None:
    _ak(s, "0,106")
    _ak(s, "0,04", 0, 1)
    _ak(s, "0,05", 1)


@probe("04-ak-teks-titik.xlsx", "angka kredit teks dengan titik desimal '0.125' dan '0.04'")
def _p04(s: dict[str, Any]) -> None:
    _ak(s, "0.125")
    _ak(s, "0.04", 0, 1)


@probe("05-ak-ribuan.xlsx", "angka kredit '1,000' (satu, tiga desimal) dan '0,500'")
def _p05(s: dict[str, Any]) -> None:
    _ak(s, "1,000")
    _ak(s, "0,500", 0, 1)


@probe("06-ak-bersatuan.xlsx", "angka kredit dengan satuan: '0,5 AK' dan '0,04 AK'")
def _p06(s: dict[str, Any]) -> None:
    _ak(s, "0,5 AK")
    _ak(s, "0,04 AK", 0, 1)


@probe("07-satu-butir-dua-rk.xlsx", "butir yang sama mendukung dua RK (ditulis pada kedua RK)")
def _p07(s: dict[str, Any]) -> None:
    s["rencana"][1]["butir"] = [
        ["Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        ["Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", 0.05],
    ]


@probe(
    "08-rk-dikutip-beda-kecil.xlsx",
    "RK di Keterkaitan dikutip dengan beda kecil: huruf kapital, titik akhir, spasi ganda",
)
def _p08(s: dict[str, Any]) -> None:
    rows = [
        [
            "TERINTEGRASINYA LAYANAN PERIZINAN KE DALAM APLIKASI SUKAMAJU SATU PINTU.",
            "Membuat program aplikasi",
            "Program aplikasi",
            0.106,
        ],
        [None, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        [
            "Tersedianya  dokumentasi sistem aplikasi Sukamaju Satu Pintu yang mutakhir",
            "Menyusun dokumentasi sistem aplikasi",
            "Dokumen sistem",
            0.05,
        ],
    ]
    s["ak_rows"] = rows


@probe("09-rk-bernomor-di-keterkaitan.xlsx", "RK di Keterkaitan diawali nomor '1.' / 'RK 2:'")
def _p09(s: dict[str, Any]) -> None:
    s["ak_rows"] = [
        ["1. " + RENCANA[0]["rk"], "Membuat program aplikasi", "Program aplikasi", 0.106],
        [None, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        ["RK 2: " + RENCANA[1]["rk"], "Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", 0.05],
    ]


@probe("10-rk-diulang-per-butir.xlsx", "RK ditulis ulang di setiap baris butir (tanpa gabung)")
def _p10(s: dict[str, Any]) -> None:
    s["ak_rows"] = [
        [RENCANA[0]["rk"], "Membuat program aplikasi", "Program aplikasi", 0.106],
        [RENCANA[0]["rk"], "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        [RENCANA[1]["rk"], "Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", 0.05],
    ]


@probe("11-ak-tiga-desimal-float.xlsx", "angka kredit angka 0.001 dan 0.015 (desimal kecil)")
def _p11(s: dict[str, Any]) -> None:
    _ak(s, 0.001)
    _ak(s, 0.015, 0, 1)


# --- Jabatan and jenjang --------------------------------------------------------------------------------
@probe("12-jf-mahir.xlsx", "Pranata Komputer Mahir, Penata Muda Tk. I III/b (batas atas Mahir)")
def _p12(s: dict[str, Any]) -> None:
    s["pegawai"]["jabatan"] = "Pranata Komputer Mahir"
    s["pegawai"]["pangkat"] = "Penata Muda Tk.I, III/b"


@probe("13-jf-selaku-koordinator.xlsx", "Analis Kebijakan Ahli Muda selaku Koordinator, Penata Tk. I III/d")
def _p13(s: dict[str, Any]) -> None:
    s["pegawai"]["jabatan"] = "Analis Kebijakan Ahli Muda selaku Koordinator"
    s["pegawai"]["pangkat"] = "Penata Tingkat I, III/d"


@probe(
    "14-jf-pengawas-madya.xlsx", "Pengawas Madya (JF tanpa kata Ahli), Pembina Utama Muda IV/c (batas atas)"
)
def _p14(s: dict[str, Any]) -> None:
    s["pegawai"]["jabatan"] = "Pengawas Madya"
    s["pegawai"]["pangkat"] = "Pembina Utama Muda, IV/c"


@probe("15-jf-penyelia.xlsx", "Arsiparis Penyelia, Penata III/c (batas bawah Penyelia)")
def _p15(s: dict[str, Any]) -> None:
    s["pegawai"]["jabatan"] = "Arsiparis Penyelia"
    s["pegawai"]["pangkat"] = "Penata, III/c"


@probe("16-jf-terampil.xlsx", "Pranata Komputer Terampil, Pengatur Tingkat I II/d (batas atas Terampil)")
def _p16(s: dict[str, Any]) -> None:
    s["pegawai"]["jabatan"] = "Pranata Komputer Terampil"
    s["pegawai"]["pangkat"] = "Pengatur Tingkat I, II/d"


@probe("17-jf-ahli-pertama-plt.xlsx", "Plt. ... / 'Pranata Komputer Ahli Pertama merangkap Admin', III/a")
def _p17(s: dict[str, Any]) -> None:
    s["pegawai"]["jabatan"] = "Pranata Komputer Ahli Pertama merangkap Administrator Jaringan"
    s["pegawai"]["pangkat"] = "Penata Muda, III/a"


# --- Wording ----------------------------------------------------------------------------------------
@probe("18-rk-hasil-ter-nya.xlsx", "RK hasil: Tersusunnya / Terlaksananya / Meningkatnya")
def _p18(s: dict[str, Any]) -> None:
    s["rencana"][0]["rk"] = "Meningkatnya jumlah layanan perizinan yang terintegrasi dalam aplikasi"
    s["rencana"][1]["rk"] = "Tersusunnya dokumentasi sistem aplikasi Sukamaju Satu Pintu"
    s["ak_rows"] = None


@probe("19-iki-periodik.xlsx", "IKI periodik 'disampaikan setiap bulan', 'Persentase ... seluruh ...'")
def _p19(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][1][1] = "Persentase seluruh modul aplikasi yang lulus uji fungsi"
    s["rencana"][1]["iki"][0][1] = "Jumlah laporan pemeliharaan sistem yang disampaikan setiap bulan"
    s["rencana"][1]["iki"][0][2] = "12 laporan"


@probe(
    "20-iki-setiap-triwulan.xlsx", "IKI 'Laporan monitoring disampaikan setiap triwulan', target '4 laporan'"
)
def _p20(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0][1] = "Laporan monitoring server disampaikan setiap triwulan"
    s["rencana"][1]["iki"][0][2] = "4 laporan"


@probe(
    "21-kualitas-dua-iki.xlsx",
    "dua IKI kuantitas dengan objek berbeda di satu RK (SPEC §3.2: aspek ganda tetap peringatan)",
    [("aspek-ganda", "SKP", "aspekU2.1")],
)
def _p21(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][1] = ["Kuantitas", "Jumlah manual pengguna yang tersusun", "2 dokumen"]


@probe("22-satuan-ragam.xlsx", "satuan paket, eksemplar, kali, OK, orang/hari")
def _p22(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][0][2] = "10 paket"
    s["rencana"][1]["iki"][0][2] = "50 eksemplar"
    s["tambahan"][0]["iki"] = [
        ["Kuantitas", "Jumlah pendampingan pengadaan", "3 kali"],
        ["Kualitas", "Persentase dokumen pengadaan tanpa catatan", "100 %"],
        ["Biaya", "Biaya perjalanan pendampingan", "Rp 2.500.000"],
    ]


@probe("23-satuan-orang-hari.xlsx", "target '20 orang/hari' dan '15 OK' (orang kegiatan)")
def _p23(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][0] = ["Kuantitas", "Jumlah pelatihan operator aplikasi", "20 orang/hari"]
    s["rencana"][1]["iki"][0] = ["Kuantitas", "Jumlah pendampingan operator OPD", "15 OK"]


@probe(
    "24-waktu-satuan-ragam.xlsx",
    "IKI waktu: '12 minggu', '30 hari kalender', 'Triwulan IV', 'akhir Desember'",
)
def _p24(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][2][2] = "12 minggu"
    s["rencana"][1]["iki"][1][2] = "30 hari kalender"


@probe(
    "25-ja-pelaksana.xlsx",
    "JA pelaksana (tanpa Keterkaitan), RK 'Terlaksananya ...' dan 'Data ... yang mutakhir'",
)
def _p25(s: dict[str, Any]) -> None:
    s["form"] = "ja-dasar"
    s["keterkaitan"] = False
    s["pegawai"]["jabatan"] = "Pengolah Data Kepegawaian"
    s["pegawai"]["pangkat"] = "Pengatur, II/c"
    s["rencana"][0]["rk"] = "Terlaksananya pemutakhiran data pegawai pada aplikasi SIASN"
    s["rencana"][1]["rk"] = "Data kepegawaian yang mutakhir dan akurat"


@probe(
    "26-rk-atasan-per-iki.xlsx",
    "JA: RK atasan tidak digabung, ditulis hanya di baris pertama (sel di bawahnya kosong)",
)
def _p26(s: dict[str, Any]) -> None:
    s["form"] = "ja-dasar"
    s["keterkaitan"] = False
    s["pegawai"]["jabatan"] = "Kepala Subbagian Umum"
    s["o_nomerge"] = True


@probe("27-rk-ganda-beda-nomor.xlsx", "dua RK yang hanya berbeda angka tahap ('Tahap I' dan 'Tahap II')")
def _p27(s: dict[str, Any]) -> None:
    s["rencana"][0]["rk"] = "Terintegrasinya layanan perizinan ke aplikasi Sukamaju Satu Pintu Tahap I"
    s["rencana"][1]["rk"] = "Terintegrasinya layanan perizinan ke aplikasi Sukamaju Satu Pintu Tahap II"
    s["rencana"][1]["iki"] = copy.deepcopy(RENCANA[0]["iki"])
    s["ak_rows"] = None


@probe("28-ak-koma-tiga-desimal-float-noise.xlsx", "angka kredit rumus hasil hitung 0.1*0.3 tersimpan 0.03")
def _p28(s: dict[str, Any]) -> None:
    _ak(s, 0.1 * 0.3)
    _ak(s, 0.7 * 0.1, 0, 1)


@probe("41-iki-setiap-tanggal.xlsx", "IKI 'Laporan pemeliharaan disampaikan paling lambat setiap tanggal 5'")
def _p41(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0] = [
        "Kuantitas",
        "Laporan pemeliharaan sistem disampaikan paling lambat setiap tanggal 5",
        "12 laporan",
    ]


@probe("42-iki-setiap-akhir-bulan.xlsx", "IKI 'Rekapitulasi log server disampaikan setiap akhir bulan'")
def _p42(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0] = [
        "Kuantitas",
        "Rekapitulasi log server disampaikan setiap akhir bulan",
        "12 rekap",
    ]


@probe("43-iki-setiap-3-bulan.xlsx", "IKI 'Dokumentasi sistem dimutakhirkan setiap 3 bulan'")
def _p43(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0] = ["Kuantitas", "Dokumentasi sistem dimutakhirkan setiap 3 bulan", "4 dokumen"]


@probe("44-iki-setiap-bulannya.xlsx", "IKI 'Laporan backup data disampaikan setiap bulannya'")
def _p44(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0] = ["Kuantitas", "Laporan backup data disampaikan setiap bulannya", "12 laporan"]


@probe("45-target-per-bulan.xlsx", "target hitungan dengan frekuensi: '12 laporan (setiap bulan)'")
def _p45(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0] = [
        "Kuantitas",
        "Jumlah laporan pemeliharaan sistem",
        "12 laporan (setiap bulan)",
    ]


@probe("48-ak-gabung.xlsx", "RK di Keterkaitan digabung (merge) ke bawah melintasi baris butirnya")
def _p48(s: dict[str, Any]) -> None:
    s["ak_o"] = {"gabung": True}


@probe("49-ak-kolom-kode.xlsx", "kolom KODE BUTIR sendiri di antara RK dan BUTIR KEGIATAN")
def _p49(s: dict[str, Any]) -> None:
    s["ak_o"] = {"kode": True}
    s["rencana"][0]["butir"][0][0] = "II.B.3 Membuat program aplikasi"
    s["rencana"][0]["butir"][1][0] = "II.B.7 Melakukan uji coba program aplikasi"
    s["rencana"][1]["butir"][0][0] = "II.C.1 Menyusun dokumentasi sistem aplikasi"


@probe(
    "50-ak-lembar-dan-bagian-lain.xlsx",
    "lembar 'Lampiran AK', bagian 'A. KINERJA UTAMA', dan KINERJA TAMBAHAN berisi RK tanpa butir ('-')",
)
def _p50(s: dict[str, Any]) -> None:
    s["ak_o"] = {"lembar": "Lampiran AK", "utama": "A. KINERJA UTAMA", "tambahan": True}


@probe(
    "51-ak-rk-baris-baru.xlsx", "RK di Keterkaitan ditulis dengan pindah baris (Alt+Enter) di tengah kalimat"
)
def _p51(s: dict[str, Any]) -> None:
    s["ak_rows"] = [
        [
            "Terintegrasinya layanan perizinan ke dalam\naplikasi Sukamaju Satu Pintu",
            "Membuat program aplikasi",
            "Program aplikasi",
            0.106,
        ],
        [None, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        [
            "Tersedianya dokumentasi sistem aplikasi\nSukamaju Satu Pintu yang mutakhir",
            "Menyusun dokumentasi sistem aplikasi",
            "Dokumen sistem",
            0.05,
        ],
    ]


@probe("52-ak-urutan-beda.xlsx", "RK di Keterkaitan dalam urutan lain dari lembar SKP")
def _p52(s: dict[str, Any]) -> None:
    s["ak_rows"] = [
        [RENCANA[1]["rk"], "Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", 0.05],
        [RENCANA[0]["rk"], "Membuat program aplikasi", "Program aplikasi", 0.106],
        [None, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
    ]


@probe("53-ak-desimal-koma-angka-bulat.xlsx", "angka kredit '1' dan '2,5' (tanpa nol di depan)")
def _p53(s: dict[str, Any]) -> None:
    _ak(s, 1)
    _ak(s, "2,5", 0, 1)


@probe(
    "54-rk-hasil-ragam.xlsx", "RK hasil: 'Terselenggaranya …', 'Terwujudnya …', 'Tercapainya …' (JF tiga RK)"
)
def _p54(s: dict[str, Any]) -> None:
    s["rencana"][0]["rk"] = (
        "Terselenggaranya layanan perizinan terintegrasi dalam aplikasi Sukamaju Satu Pintu"
    )
    s["rencana"][1]["rk"] = "Terwujudnya dokumentasi sistem aplikasi yang mutakhir"
    s["tambahan"][0]["rk"] = "Tercapainya target pendampingan pengadaan barang dan jasa"


@probe("55-waktu-h-plus.xlsx", "IKI waktu bertarget 'H+5' (lima hari setelah kegiatan) dan '1x24 jam'")
def _p55(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][2] = ["Waktu", "Waktu penyampaian laporan uji coba setelah kegiatan", "H+5"]
    s["rencana"][1]["iki"][1] = ["Waktu", "Waktu penanganan gangguan aplikasi", "1x24 jam"]


@probe("56-biaya-juta.xlsx", "IKI biaya 'Rp 150 juta' dan 'Rp150.000.000,00'")
def _p56(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][1] = ["Biaya", "Biaya pemeliharaan server", "Rp 150 juta"]
    s["tambahan"][0]["iki"].append(["Biaya", "Anggaran pendampingan", "Rp150.000.000,00"])


@probe(
    "57-rk-atasan-satu-untuk-semua.xlsx",
    "satu RK atasan digabung (merge) ke bawah untuk kedua RK Kinerja Utama",
)
def _p57(s: dict[str, Any]) -> None:
    s["atasan_gabung"] = True


@probe(
    "58-ja-penilai-jf.xlsx",
    "JA (Kepala Subbagian) yang penilainya JF 'Analis Kebijakan Ahli Madya selaku Koordinator'",
)
def _p58(s: dict[str, Any]) -> None:
    s["form"] = "ja-dasar"
    s["keterkaitan"] = False
    s["pegawai"]["jabatan"] = "Kepala Subbagian Umum dan Kepegawaian"
    s["penilai"]["jabatan"] = "Analis Kebijakan Ahli Madya selaku Koordinator Sekretariat"


@probe(
    "59-rk-bernomor-di-skp.xlsx", "RK di lembar SKP diberi nomor '1.1' / 'a.' sedangkan di Keterkaitan tidak"
)
def _p59(s: dict[str, Any]) -> None:
    s["rencana"][0]["rk"] = "1.1 " + RENCANA[0]["rk"]
    s["rencana"][1]["rk"] = "a. " + RENCANA[1]["rk"]
    s["ak_rows"] = [
        [RENCANA[0]["rk"], "Membuat program aplikasi", "Program aplikasi", 0.106],
        [None, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        [RENCANA[1]["rk"], "Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", 0.05],
    ]


@probe("60-rk-titik-akhir.xlsx", "RK di SKP diakhiri titik, di Keterkaitan tidak; RK kedua diawali spasi")
def _p60(s: dict[str, Any]) -> None:
    s["rencana"][0]["rk"] = RENCANA[0]["rk"] + "."
    s["rencana"][1]["rk"] = "  " + RENCANA[1]["rk"]
    s["ak_rows"] = [
        [RENCANA[0]["rk"], "Membuat program aplikasi", "Program aplikasi", 0.106],
        [None, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        [RENCANA[1]["rk"], "Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", 0.05],
    ]


@probe(
    "61-iki-tanda-persen.xlsx",
    "IKI diawali tanda persen: '% modul aplikasi yang lulus uji fungsi', target '95'",
)
def _p61(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][1] = ["Kualitas", "% modul aplikasi yang lulus uji fungsi", "95"]


@probe(
    "62-rk-diulang-per-iki.xlsx", "JF: NO, RK atasan dan RK diketik ulang di setiap baris IKI (tanpa gabung)"
)
def _p62(s: dict[str, Any]) -> None:
    s["o_ulang"] = True


@probe(
    "63-rk-diulang-aspek-ganda.xlsx",
    "RK diketik ulang per baris IKI, dua IKI Kuantitas dalam satu RK",
    [("aspek-ganda", "SKP", "aspekU2.1")],
)
def _p63(s: dict[str, Any]) -> None:
    s["o_ulang"] = True
    s["rencana"][1]["iki"][1] = ["Kuantitas", "Jumlah manual pengguna yang tersusun", "2 dokumen"]


@probe(
    "64-ak-judul-ragam.xlsx",
    "judul kolom Keterkaitan: 'BUTIR KEGIATAN JABATAN FUNGSIONAL', 'OUTPUT/HASIL', 'ANGKA KREDIT (AK)'",
)
def _p64(s: dict[str, Any]) -> None:
    s["ak_o"] = {
        "judul": {
            "BUTIR KEGIATAN": "BUTIR KEGIATAN JABATAN FUNGSIONAL",
            "OUTPUT": "OUTPUT/HASIL",
            "ANGKA KREDIT": "ANGKA KREDIT (AK)",
        }
    }


@probe(
    "65-ak-judul-singkat.xlsx",
    "judul kolom Keterkaitan singkat 'RK', 'BUTIR', 'AK': 'BUTIR' bukan judul resmi (SPEC §3.10: peringatan"
    " judul-tidak-dikenali, isinya tidak diperiksa, bukan error RK tanpa butir)",
    [("judul-tidak-dikenali", "Keterkaitan AK", "judul BUTIR KEGIATAN")],
)
def _p65(s: dict[str, Any]) -> None:
    s["ak_o"] = {"judul": {"RENCANA KINERJA": "RK", "BUTIR KEGIATAN": "BUTIR", "ANGKA KREDIT": "AK"}}


@probe(
    "66-ak-rk-dipendekkan.xlsx",
    "RK di Keterkaitan hanya kalimat pertamanya (tanpa 'yang mutakhir') dan 'perijinan'",
)
def _p66(s: dict[str, Any]) -> None:
    s["ak_rows"] = [
        [
            "Terintegrasinya layanan perijinan ke dalam aplikasi Sukamaju Satu Pintu",
            "Membuat program aplikasi",
            "Program aplikasi",
            0.106,
        ],
        [None, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", 0.04],
        [
            "Tersedianya dokumentasi sistem aplikasi Sukamaju Satu Pintu",
            "Menyusun dokumentasi sistem aplikasi",
            "Dokumen sistem",
            0.05,
        ],
    ]


# --- Defective twins ----------------------------------------------------------------------------------
@probe(
    "31-cacat-tanpa-keterkaitan.xlsx", "JF tanpa lembar Keterkaitan", [("keterkaitan-ak-hilang", None, None)]
)
def _p31(s: dict[str, Any]) -> None:
    s["keterkaitan"] = False


@probe(
    "32-cacat-rk-tanpa-butir.xlsx",
    "RK kedua tidak ada di Keterkaitan",
    [("rk-tanpa-butir-kegiatan", "SKP", "rkU2")],
)
def _p32(s: dict[str, Any]) -> None:
    s["rencana"][1]["butir"] = []


@probe(
    "33-cacat-ak-nol.xlsx",
    "angka kredit 0 dan teks 'ada'",
    [
        ("angka-kredit-tidak-valid", "Keterkaitan AK", "ak0"),
        ("angka-kredit-tidak-valid", "Keterkaitan AK", "ak1"),
    ],
)
def _p33(s: dict[str, Any]) -> None:
    _ak(s, 0)
    _ak(s, "ada", 0, 1)


@probe(
    "34-cacat-jenjang.xlsx",
    "Pranata Komputer Ahli Muda dengan III/b",
    [("jenjang-golongan-tidak-sesuai", None, None)],
)
def _p34(s: dict[str, Any]) -> None:
    s["pegawai"]["pangkat"] = "Penata Muda Tingkat I, III/b"


@probe("35-cacat-aktivitas.xlsx", "RK 'Menyusun dokumentasi ...'", [("rk-berbasis-aktivitas", "SKP", "rkU2")])
def _p35(s: dict[str, Any]) -> None:
    s["rencana"][1]["rk"] = "Menyusun dokumentasi sistem aplikasi Sukamaju Satu Pintu"
    s["ak_rows"] = None


@probe(
    "36-cacat-absolut.xlsx",
    "IKI 'Semua permohonan selalu diproses pada hari yang sama'",
    [("target-absolut", "SKP", "ikiU2.0")],
)
def _p36(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0][1] = "Semua dokumen sistem selalu diperbarui pada hari yang sama"


@probe("37-cacat-rk-ganda.xlsx", "RK yang sama dua kali", [("rk-ganda", "SKP", "rkU2")])
def _p37(s: dict[str, Any]) -> None:
    s["rencana"][1]["rk"] = RENCANA[0]["rk"]
    s["ak_rows"] = None


@probe(
    "38-cacat-satuan-waktu.xlsx",
    "IKI waktu bertarget '10 dokumen'",
    [("satuan-tidak-sesuai-aspek", "SKP", "targetU1.2")],
)
def _p38(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][2][2] = "10 dokumen"


@probe(
    "39-cacat-tanpa-satuan.xlsx",
    "target kuantitas '6' tanpa satuan",
    [("target-tanpa-satuan", "SKP", "targetU2.0")],
)
def _p39(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0][2] = "6"


@probe(
    "40-cacat-rk-atasan-kosong.xlsx",
    "RK atasan kosong pada RK kedua",
    [("rk-atasan-kosong", "SKP", "atasanU2")],
)
def _p40(s: dict[str, Any]) -> None:
    s["rencana"][1]["atasan"] = None


@probe(
    "46-cacat-setiap-saat.xlsx",
    "IKI 'Aplikasi dapat diakses setiap saat' (mutlak, bukan periodik)",
    [("target-absolut", "SKP", "ikiU2.0")],
)
def _p46(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0] = ["Kuantitas", "Aplikasi dapat diakses setiap saat", "1 aplikasi"]


@probe(
    "47-cacat-target-persen-setiap.xlsx",
    "target '100 % setiap bulan' (janji mutlak)",
    [("target-absolut", "SKP", "targetU1.1")],
)
def _p47(s: dict[str, Any]) -> None:
    s["rencana"][0]["iki"][1][2] = "100 % setiap bulan"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args()
    args.keluaran.mkdir(parents=True, exist_ok=True)
    files = []
    for p in PROBES:
        spec = base()
        p["fn"](spec)
        cells = build(spec, args.keluaran / p["file"])
        defects = [
            {"code": code, "sheet": sheet, "cell": cells[key] if key else None}
            for code, sheet, key in p["defects"]
        ]
        files.append(
            {
                "file": p["file"],
                "form": spec["form"],
                "clean": not defects,
                "defects": defects,
                "uraian": p["uraian"],
            }
        )
    manifest = {"set": "merah_ai", "seed": SEED, "files": files}
    args.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
