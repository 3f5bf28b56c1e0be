"""Build the held-out evaluation set ``benchmarks/nyata_c`` (issue 12: "generalise, do not tune").

Written apart from the project's code, fixtures, templates and the two earlier sets: only SPEC §3, §3.10,
§5, §6 and §7 were read. The agencies, people, RK/IKI texts and targets are this file's own. Every workbook
is built from a small data model (``Skp``) by one layout writer that records where each value landed, so an
injected defect's cell comes from the writer, never from a hand-typed address.

Usage: ``python benchmarks/nyata_c/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministic: the same
files (cell for cell) and the same manifest on every run.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 1, 6, 8, 0, 0)

# --------------------------------------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------------------------------------


@dataclass
class Iki:
    aspek: str
    teks: str
    target: str  # as written, e.g. "12 dokumen"
    arah: str = "naik"  # naik (higher is better) or turun (waktu/biaya)
    nilai: float = 0.0  # the target number (for kategori and penilaian)
    satuan: str = ""
    kategori: dict[str, str] = field(default_factory=dict)
    realisasi: str | None = None
    sumber: str = ""
    flag: str = ""  # set by a defect: beda, salah, tanpa-manual, tanpa-formula


@dataclass
class Rk:
    teks: str
    atasan: str = ""
    ikis: list[Iki] = field(default_factory=list)
    perspektif: str = ""
    data: str = ""
    sumber: str = ""
    waktu: str = ""
    butir: list[tuple[str, str, Any]] = field(default_factory=list)  # (butir, output, angka kredit)


@dataclass
class Orang:
    nama: str
    nip: Any
    pangkat: str
    jabatan: str
    unit: str


@dataclass
class Skp:
    form: str  # ja-dasar ...
    instansi: str
    pegawai: Orang
    penilai: Orang
    tahun: int
    utama: list[Rk]
    tambahan: list[Rk]
    kota: str
    periode: tuple[str, str] | None = None


# --------------------------------------------------------------------------------------------------------
# Own reference material: agencies, people, plans
# --------------------------------------------------------------------------------------------------------

INSTANSI = {
    "disdik": ("PEMERINTAH KABUPATEN LEMBAH HIJAU", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "Sukamaju"),
    "bappeda": ("PEMERINTAH PROVINSI TANJUNG BARAT", "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "Batu Putih"),
    "rsud": ("PEMERINTAH KOTA KARANG ANYAR", "RUMAH SAKIT UMUM DAERAH dr. SOEPRAPTO", "Karang Anyar"),
    "balai": (
        "KEMENTERIAN PEKERJAAN UMUM DAN PERUMAHAN RAKYAT",
        "BALAI PRASARANA PERMUKIMAN WILAYAH SUNGAI LESTARI",
        "Muara Lestari",
    ),
    "dukcapil": (
        "PEMERINTAH KABUPATEN PESISIR TIMUR",
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
        "Tanjung Sari",
    ),
    "bpkad": ("PEMERINTAH KOTA BUKIT RAYA", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "Bukit Raya"),
}

BUPATI = {
    "disdik": Orang(
        "H. Ahmad Syarifuddin, S.Sos., M.Si.",
        "-",
        "-",
        "Bupati Lembah Hijau",
        "Pemerintah Kabupaten Lembah Hijau",
    ),
    "bappeda": Orang(
        "Dr. Ir. Rusdi Hamzah, M.T.", "-", "-", "Gubernur Tanjung Barat", "Pemerintah Provinsi Tanjung Barat"
    ),
    "rsud": Orang(
        "Hj. Nurlaila Pohan, S.E.", "-", "-", "Wali Kota Karang Anyar", "Pemerintah Kota Karang Anyar"
    ),
    "dukcapil": Orang(
        "Drs. Made Sudarsana", "-", "-", "Bupati Pesisir Timur", "Pemerintah Kabupaten Pesisir Timur"
    ),
    "bpkad": Orang("Ir. Yohanes Manurung", "-", "-", "Wali Kota Bukit Raya", "Pemerintah Kota Bukit Raya"),
}


def nip(lahir: str, tmt: str, jk: int, urut: int) -> str:
    return f"{lahir}{tmt}{jk}{urut:03d}"


def spaced(n: str) -> str:
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


# kategori thresholds, written the way reviewers write them (SPEC §3.3: higher is better "> target" for
# SANGAT BAIK; lower is better "< target")
def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def kategori(arah: str, v: float, satuan: str) -> dict[str, str]:
    s = "%" if satuan == "%" else f" {satuan}"
    if arah == "naik":
        a, b = int(v * 0.6), int(v * 0.8)
        k = f"{a} - {b - 1}" if b - 1 > a else f"{a}"
        c = f"{b} - {_num(v - 1)}" if v - 1 > b else f"{b}"
        return {
            "SANGAT KURANG": f"< {a}{s}",
            "KURANG": f"{k}{s}",
            "CUKUP": f"{c}{s}",
            "BAIK": f"{_num(v)}{s}",
            "SANGAT BAIK": f"> {_num(v)}{s}",
        }
    return {
        "SANGAT KURANG": f"> {_num(v + 3)}{s}",
        "KURANG": f"{_num(v + 2)} - {_num(v + 3)}{s}",
        "CUKUP": f"{_num(v + 1)}{s}",
        "BAIK": f"{_num(v)}{s}",
        "SANGAT BAIK": f"< {_num(v)}{s}",
    }


def iki(aspek: str, teks: str, v: float, satuan: str, arah: str = "naik", sumber: str = "") -> Iki:
    num = f"{v:g}".replace(".", ",")
    target = f"{num}%" if satuan == "%" else f"{num} {satuan}"
    return Iki(aspek, teks, target, arah, v, satuan, kategori(arah, v, satuan), target, sumber)


# Plans per agency: (atasan RK, RK, IKIs, data/sumber/waktu, butir kegiatan)
def rencana(kunci: str) -> list[Rk]:
    """JA/JF plans, written as (superior's RK, own RK, IKIs...)."""
    out = _rencana(kunci)
    for rk in out:
        rk.teks, rk.atasan = rk.atasan, rk.teks
    return out


def _rencana(kunci: str) -> list[Rk]:
    if kunci == "disdik-kurikulum":
        return [
            Rk(
                "Meningkatnya mutu pembelajaran pada satuan pendidikan dasar",
                "Kurikulum operasional satuan pendidikan SD dan SMP yang tervalidasi",
                [
                    iki("Kuantitas", "Jumlah dokumen KOSP SD/SMP yang tervalidasi", 120, "dokumen"),
                    iki("Kualitas", "Persentase KOSP yang memenuhi standar isi", 90, "%"),
                    iki("Waktu", "Waktu penyelesaian validasi KOSP", 6, "bulan", "turun"),
                ],
                data="Berita acara validasi KOSP",
                sumber="Seksi Kurikulum SD",
                waktu="Triwulanan",
                butir=[
                    ("Menyusun instrumen validasi kurikulum", "Instrumen", 0.2),
                    ("Melakukan validasi dokumen kurikulum", "Laporan validasi", 0.15),
                ],
            ),
            Rk(
                "Meningkatnya mutu pembelajaran pada satuan pendidikan dasar",
                "Guru penggerak yang terdampingi dalam penerapan Kurikulum Merdeka",
                [
                    iki(
                        "Kuantitas",
                        "Jumlah guru yang mendapat pendampingan implementasi kurikulum",
                        240,
                        "orang",
                    ),
                    iki("Kualitas", "Nilai kepuasan peserta pendampingan (skala 100)", 80, "nilai"),
                ],
                data="Daftar hadir dan hasil survei",
                sumber="Bidang Pembinaan SD",
                waktu="Semesteran",
                butir=[("Melaksanakan pendampingan guru", "Laporan pendampingan", 0.08)],
            ),
            Rk(
                "Tersedianya data pendidikan yang mutakhir",
                "Data pokok pendidikan jenjang SD yang mutakhir dan valid",
                [
                    iki("Kuantitas", "Jumlah sekolah dengan Dapodik tervalidasi", 312, "sekolah"),
                    iki("Waktu", "Ketepatan waktu sinkronisasi Dapodik", 2, "bulan", "turun"),
                ],
                data="Rekap sinkronisasi Dapodik",
                sumber="Operator Dapodik Dinas",
                waktu="Bulanan",
                butir=[("Memvalidasi data pendidikan", "Rekap validasi", 0.012)],
            ),
        ]
    if kunci == "bappeda-evaluasi":
        return [
            Rk(
                "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
                "Laporan evaluasi RKPD tahun berjalan yang tersusun tepat waktu",
                [
                    iki("Kuantitas", "Jumlah laporan evaluasi RKPD triwulanan", 4, "laporan"),
                    iki("Kualitas", "Persentase perangkat daerah yang datanya terverifikasi", 95, "%"),
                    iki("Waktu", "Penyampaian laporan evaluasi kepada Gubernur", 15, "hari", "turun"),
                ],
                data="Laporan evaluasi RKPD",
                sumber="Aplikasi SIPD",
                waktu="Triwulanan",
                butir=[
                    ("Menyusun bahan evaluasi rencana pembangunan", "Bahan evaluasi", 0.24),
                    ("Menganalisis capaian program", "Kertas kerja analisis", 0.3),
                ],
            ),
            Rk(
                "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
                "Rekomendasi perbaikan capaian indikator RPJMD yang diterima pimpinan",
                [
                    iki("Kuantitas", "Jumlah rekomendasi kebijakan yang disampaikan", 6, "rekomendasi"),
                    iki("Kualitas", "Persentase rekomendasi yang ditindaklanjuti perangkat daerah", 70, "%"),
                ],
                data="Nota dinas rekomendasi",
                sumber="Bidang Litbang",
                waktu="Semesteran",
                butir=[("Merumuskan rekomendasi kebijakan pembangunan", "Dokumen rekomendasi", 0.5)],
            ),
        ]
    if kunci == "rsud-rekam":
        return [
            Rk(
                "Meningkatnya mutu layanan rekam medis rawat jalan dan rawat inap",
                "Berkas rekam medis rawat inap yang lengkap dan terkode sesuai ICD-10",
                [
                    iki("Kuantitas", "Jumlah berkas rekam medis rawat inap yang terkode", 4800, "berkas"),
                    iki("Kualitas", "Persentase kelengkapan pengisian rekam medis dalam 24 jam", 85, "%"),
                    iki("Waktu", "Rata-rata waktu penyediaan berkas rawat jalan", 10, "menit", "turun"),
                ],
                data="Laporan audit rekam medis",
                sumber="SIMRS Instalasi Rekam Medis",
                waktu="Bulanan",
                butir=[
                    ("Melakukan pengodean diagnosis", "Berkas terkode", 0.004),
                    ("Melakukan analisis kelengkapan rekam medis", "Lembar analisis", 0.003),
                ],
            ),
            Rk(
                "Tersedianya informasi kesehatan rumah sakit yang akurat",
                "Laporan indikator pelayanan rumah sakit yang akurat dan tepat waktu",
                [
                    iki("Kuantitas", "Jumlah laporan indikator BOR, LOS dan TOI", 12, "laporan"),
                    iki(
                        "Waktu",
                        "Penyampaian laporan ke Dinas Kesehatan paling lambat tanggal 10",
                        10,
                        "hari",
                        "turun",
                    ),
                ],
                data="Laporan RL SIRS",
                sumber="Sub Bagian Program dan Pelaporan",
                waktu="Bulanan",
                butir=[("Menyusun laporan statistik rumah sakit", "Laporan statistik", 0.06)],
            ),
        ]
    if kunci == "balai-sanitasi":
        return [
            Rk(
                "Meningkatnya akses sanitasi layak di kawasan permukiman",
                "Sarana sanitasi berbasis masyarakat terbangun sesuai spesifikasi teknis",
                [
                    iki("Kuantitas", "Jumlah lokasi SANIMAS yang selesai terbangun", 18, "lokasi"),
                    iki("Kualitas", "Persentase hasil uji fungsi yang memenuhi syarat", 90, "%"),
                    iki("Biaya", "Realisasi anggaran paket pekerjaan SANIMAS", 7.2, "miliar rupiah", "turun"),
                ],
                data="Berita acara serah terima",
                sumber="Satker PPW Lestari",
                waktu="Triwulanan",
                butir=[
                    ("Menyusun rancangan teknis sanitasi", "Gambar rencana", 0.35),
                    ("Melakukan pengawasan konstruksi", "Laporan pengawasan", 0.2),
                ],
            ),
            Rk(
                "Meningkatnya akses sanitasi layak di kawasan permukiman",
                "Kelompok swadaya masyarakat yang mampu mengelola sarana sanitasi",
                [
                    iki("Kuantitas", "Jumlah KSM yang memiliki rencana pemeliharaan", 18, "KSM"),
                    iki("Waktu", "Waktu penyelesaian pelatihan pengelolaan", 4, "bulan", "turun"),
                ],
                data="Dokumen rencana pemeliharaan",
                sumber="Fasilitator lapangan",
                waktu="Semesteran",
                butir=[("Melakukan pembinaan kelembagaan masyarakat", "Laporan pembinaan", 0.1)],
            ),
        ]
    if kunci == "dukcapil-layanan":
        return [
            Rk(
                "Meningkatnya cakupan kepemilikan dokumen kependudukan",
                "KTP elektronik tercetak bagi penduduk wajib KTP yang telah merekam",
                [
                    iki("Kuantitas", "Jumlah KTP-el yang tercetak", 9500, "keping"),
                    iki("Kualitas", "Persentase KTP-el tanpa kesalahan data", 98, "%"),
                    iki("Waktu", "Waktu pelayanan pencetakan KTP-el", 1, "hari", "turun"),
                ],
                data="Rekap pencetakan SIAK",
                sumber="SIAK Terpusat",
                waktu="Bulanan",
                butir=[("Melakukan verifikasi data penduduk", "Data terverifikasi", 0.003)],
            ),
            Rk(
                "Meningkatnya cakupan kepemilikan dokumen kependudukan",
                "Akta kelahiran anak usia 0-18 tahun yang terbit melalui layanan jemput bola",
                [
                    iki("Kuantitas", "Jumlah akta kelahiran yang diterbitkan", 3200, "akta"),
                    iki("Waktu", "Waktu penerbitan akta sejak berkas lengkap", 3, "hari", "turun"),
                ],
                data="Register akta kelahiran",
                sumber="Bidang Pencatatan Sipil",
                waktu="Bulanan",
                butir=[("Melakukan pencatatan kelahiran", "Register akta", 0.004)],
            ),
        ]
    if kunci == "bpkad-aset":
        return [
            Rk(
                "Opini WTP atas Laporan Keuangan Pemerintah Daerah dipertahankan",
                "Laporan barang milik daerah semesteran yang rekonsiliasinya tuntas",
                [
                    iki("Kuantitas", "Jumlah laporan BMD perangkat daerah hasil rekonsiliasi", 38, "laporan"),
                    iki("Kualitas", "Persentase perangkat daerah yang selisih asetnya nihil", 90, "%"),
                    iki("Waktu", "Penyampaian laporan BMD ke Wali Kota", 2, "bulan", "turun"),
                ],
                data="Berita acara rekonsiliasi",
                sumber="Aplikasi SIMDA BMD",
                waktu="Semesteran",
                butir=[("Melakukan rekonsiliasi data aset", "Berita acara rekonsiliasi", 0.25)],
            ),
            Rk(
                "Opini WTP atas Laporan Keuangan Pemerintah Daerah dipertahankan",
                "Aset tanah pemerintah kota yang bersertifikat",
                [
                    iki("Kuantitas", "Jumlah bidang tanah yang terbit sertifikatnya", 40, "bidang"),
                    iki("Kualitas", "Persentase berkas permohonan sertifikat yang lengkap", 95, "%"),
                ],
                data="Sertifikat tanah",
                sumber="Kantor Pertanahan",
                waktu="Triwulanan",
                butir=[("Menyiapkan berkas pensertifikatan aset", "Berkas permohonan", 0.05)],
            ),
        ]
    raise KeyError(kunci)


def tambahan(kunci: str) -> list[Rk]:
    items = {
        "seminar": Rk(
            "Hasil pelatihan analisis data yang diterapkan dalam pekerjaan",
            "",
            [iki("Kuantitas", "Jumlah jam pelajaran pelatihan analisis data yang diikuti", 20, "JP")],
            data="Sertifikat",
            sumber="Penyelenggara pelatihan",
            waktu="Tahunan",
        ),
        "satgas": Rk(
            "Tim Satgas Penanganan Bencana kecamatan yang berjalan efektif",
            "",
            [iki("Kuantitas", "Jumlah warga terdampak yang terlayani posko satgas", 150, "orang")],
            data="SK Tim dan laporan",
            sumber="Sekretariat",
            waktu="Triwulanan",
        ),
    }
    return [copy.deepcopy(items[kunci])]


JPT_RENCANA = {
    "disdik": [
        (
            "Penerima Layanan",
            "Meningkatnya akses dan mutu pendidikan dasar",
            "Angka Partisipasi Murni SMP",
            82.5,
            "%",
        ),
        (
            "Penerima Layanan",
            "Meningkatnya akses dan mutu pendidikan dasar",
            "Rata-rata nilai Asesmen Nasional literasi",
            60,
            "poin",
        ),
        (
            "Proses Bisnis",
            "Tata kelola satuan pendidikan yang akuntabel",
            "Persentase sekolah yang menyampaikan laporan BOSP tepat waktu",
            95,
            "%",
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi pendidik dan tenaga kependidikan",
            "Persentase guru yang tersertifikasi",
            78,
            "%",
        ),
        ("Anggaran", "Anggaran dinas yang terserap secara optimal", "Persentase realisasi anggaran", 95, "%"),
    ],
    "bappeda": [
        (
            "Penerima Layanan",
            "Meningkatnya kualitas perencanaan pembangunan daerah",
            "Nilai evaluasi RKPD oleh Kemendagri",
            85,
            "nilai",
        ),
        (
            "Proses Bisnis",
            "Perencanaan dan penganggaran yang terintegrasi",
            "Persentase program RKPD yang selaras dengan RPJMD",
            100,
            "%",
        ),
        (
            "Penguatan Internal",
            "Meningkatnya akuntabilitas kinerja Bappeda",
            "Nilai SAKIP Bappeda",
            78,
            "nilai",
        ),
        (
            "Anggaran",
            "Anggaran Bappeda yang terserap secara optimal",
            "Persentase realisasi anggaran",
            93,
            "%",
        ),
    ],
    "rsud": [
        (
            "Penerima Layanan",
            "Meningkatnya kepuasan pasien rumah sakit",
            "Indeks Kepuasan Masyarakat RSUD",
            85,
            "indeks",
        ),
        (
            "Proses Bisnis",
            "Meningkatnya mutu pelayanan klinis",
            "Angka kematian pasien lebih dari 48 jam (NDR)",
            25,
            "per mil",
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi tenaga kesehatan",
            "Persentase tenaga kesehatan yang memenuhi 20 JPL pelatihan",
            80,
            "%",
        ),
        (
            "Anggaran",
            "Kemandirian keuangan BLUD",
            "Rasio pendapatan BLUD terhadap belanja operasional",
            90,
            "%",
        ),
    ],
    "dukcapil": [
        (
            "Penerima Layanan",
            "Meningkatnya cakupan kepemilikan dokumen kependudukan",
            "Persentase penduduk wajib KTP yang memiliki KTP-el",
            98,
            "%",
        ),
        (
            "Penerima Layanan",
            "Meningkatnya cakupan kepemilikan dokumen kependudukan",
            "Persentase anak yang memiliki akta kelahiran",
            95,
            "%",
        ),
        (
            "Proses Bisnis",
            "Pelayanan administrasi kependudukan yang cepat",
            "Rata-rata waktu penerbitan dokumen",
            1,
            "hari",
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kualitas database kependudukan",
            "Persentase data ganda yang terselesaikan",
            90,
            "%",
        ),
        ("Anggaran", "Anggaran dinas yang terserap secara optimal", "Persentase realisasi anggaran", 95, "%"),
    ],
    "bpkad": [
        (
            "Penerima Layanan",
            "Opini WTP atas LKPD dipertahankan",
            "Persentase rekomendasi BPK yang ditindaklanjuti",
            90,
            "%",
        ),
        (
            "Proses Bisnis",
            "Pengelolaan kas daerah yang tertib",
            "Persentase SP2D terbit paling lama 2 hari kerja",
            95,
            "%",
        ),
        ("Penguatan Internal", "Meningkatnya akuntabilitas kinerja BPKAD", "Nilai SAKIP BPKAD", 80, "nilai"),
        ("Anggaran", "Anggaran BPKAD yang terserap secara optimal", "Persentase realisasi anggaran", 94, "%"),
    ],
}

MANUAL = {
    "deskripsi": "Rencana kinerja ini menggambarkan hasil yang dicapai unit kerja pada tahun berjalan.",
    "tujuan": "Mengukur keberhasilan pencapaian sasaran strategis perangkat daerah.",
}


def jpt_rencana(kunci: str) -> list[Rk]:
    out: list[Rk] = []
    for persp, rk, teks, v, sat in JPT_RENCANA[kunci]:
        i = iki("", teks, v, sat, "turun" if sat in ("hari", "per mil") else "naik")
        if out and out[-1].teks == rk:
            out[-1].ikis.append(i)
        else:
            out.append(Rk(rk, "", [i], perspektif=persp))
    return out


# --------------------------------------------------------------------------------------------------------
# Backend-neutral sheet: cells, merges, formats; rendered by openpyxl or XlsxWriter
# --------------------------------------------------------------------------------------------------------


class Rumus(str):
    """An Excel formula with the value Excel cached for it (written by XlsxWriter only)."""

    cached: Any = None


def rumus(text: str, cached: Any) -> Rumus:
    f = Rumus(text)
    f.cached = cached
    return f


class Grid:
    def __init__(self, title: str) -> None:
        self.title = title
        self.cells: dict[tuple[int, int], tuple[Any, dict[str, Any]]] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}

    def put(self, r: int, c: int, v: Any, **fmt: Any) -> str:
        self.cells[(r, c)] = (v, fmt)
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def addr(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


THIN = Side(style="thin")


def render_openpyxl(grids: list[Grid], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Subbag Kepegawaian"
    for g in grids:
        ws = wb.create_sheet(g.title)
        for (r, c), (v, fmt) in sorted(g.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if fmt.get("bold"):
                cell.font = Font(bold=True)
            if fmt.get("wrap") or fmt.get("center"):
                cell.alignment = Alignment(
                    wrap_text=bool(fmt.get("wrap")),
                    horizontal="center" if fmt.get("center") else None,
                    vertical="top",
                )
            if fmt.get("border"):
                cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            if fmt.get("num"):
                cell.number_format = fmt["num"]
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in g.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)
    _freeze(path)


def _freeze(path: Path) -> None:
    """Make the file byte-identical between runs: fixed zip times and a fixed 'modified' stamp."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            z.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def render_xlsxwriter(grids: list[Grid], path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": FIXED, "author": "Subbag Umum"})
    formats: dict[tuple, Any] = {}

    def fm(fmt: dict[str, Any]) -> Any:
        key = tuple(sorted(fmt.items()))
        if key not in formats:
            spec: dict[str, Any] = {"valign": "top"}
            if fmt.get("bold"):
                spec["bold"] = True
            if fmt.get("wrap"):
                spec["text_wrap"] = True
            if fmt.get("center"):
                spec["align"] = "center"
            if fmt.get("border"):
                spec["border"] = 1
            if fmt.get("num"):
                spec["num_format"] = fmt["num"]
            formats[key] = wb.add_format(spec)
        return formats[key]

    for g in grids:
        ws = wb.add_worksheet(g.title)
        merged_tail = set()
        for r1, c1, r2, c2 in g.merges:
            v, fmt = g.cells.get((r1, c1), (None, {}))
            if isinstance(v, (dt.date, dt.datetime)):
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fm(fmt))
                ws.write_datetime(r1 - 1, c1 - 1, v, fm(fmt))
            else:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v if v is not None else "", fm(fmt))
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    merged_tail.add((r, c))
        for (r, c), (v, fmt) in sorted(g.cells.items()):
            if (r, c) in merged_tail:
                continue
            if isinstance(v, (dt.date, dt.datetime)):
                ws.write_datetime(r - 1, c - 1, v, fm(fmt))
            elif isinstance(v, Rumus):
                ws.write_formula(r - 1, c - 1, str(v), fm(fmt), v.cached)
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fm(fmt))
            elif v is None:
                ws.write_blank(r - 1, c - 1, None, fm(fmt))
            else:
                ws.write_number(r - 1, c - 1, v, fm(fmt))
        for c, w in g.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()
    _freeze(path)


# --------------------------------------------------------------------------------------------------------
# Layout writer
# --------------------------------------------------------------------------------------------------------

LABELS = {
    "baku": {
        "pegawai": "PEGAWAI YANG DINILAI",
        "penilai": "PEJABAT PENILAI KINERJA",
        "nama": "NAMA",
        "nip": "NIP",
        "pangkat": "PANGKAT/GOL RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "instansi": "INSTANSI",
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
        "utama": "A. KINERJA UTAMA",
        "tambahan": "B. KINERJA TAMBAHAN",
        "periode": "PERIODE PENILAIAN",
        "kategori": "KATEGORI PENILAIAN KINERJA",
        "memantau": "CARA MEMANTAU KINERJA",
        "perspektif": "PERSPEKTIF",
    },
    "judul": {  # Title Case, the way many staff retype the form
        "pegawai": "Pegawai yang Dinilai",
        "penilai": "Pejabat Penilai Kinerja",
        "nama": "Nama",
        "nip": "NIP",
        "pangkat": "Pangkat / Gol. Ruang",
        "jabatan": "Jabatan",
        "unit": "Unit Kerja",
        "instansi": "Instansi",
        "no": "No.",
        "atasan": "Rencana Kinerja Atasan yang Diintervensi",
        "rk": "Rencana Kinerja",
        "aspek": "Aspek",
        "iki": "Indikator Kinerja Individu",
        "target": "Target",
        "utama": "A. Kinerja Utama",
        "tambahan": "B. Kinerja Tambahan",
        "periode": "Periode Penilaian",
        "kategori": "Kategori Penilaian Kinerja",
        "memantau": "Cara Memantau Kinerja",
        "perspektif": "Perspektif",
    },
    "ketik": {  # typos and near-words of SPEC §3.10 and a few of our own
        "pegawai": "PEGAWAI YANG DI NILAI",
        "penilai": "PEJABAT PENILAI KERJA",
        "nama": "NAMA ",
        "nip": " N I P",
        "pangkat": "PANGKA/GOL. RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT  KERJA",
        "instansi": "INSTANSI",
        "no": "NO.",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KERJA INDIVIDU",
        "target": "TARGET",
        "utama": "A.  KINERJA UTAMA",
        "tambahan": "B.  KINERJA TAMBAHAN",
        "periode": "PERIODE PENILAIAN",
        "kategori": "KATEGORI PENILAIAN",
        "memantau": "CARA MEMANTAU KINERJA",
        "perspektif": "PERSPEKTIF",
    },
}

ASPEK = {
    "baku": {"Kuantitas": "Kuantitas", "Kualitas": "Kualitas", "Waktu": "Waktu", "Biaya": "Biaya"},
    "kapital": {"Kuantitas": "KUANTITAS", "Kualitas": "KUALITAS", "Waktu": "WAKTU", "Biaya": "BIAYA"},
    "iki": {
        "Kuantitas": "IKI (Kuantitas)",
        "Kualitas": "IKI (Kualitas)",
        "Waktu": "IKI (Waktu)",
        "Biaya": "IKI (Biaya)",
    },
    "pp46": {
        "Kuantitas": "Kuant/Output",
        "Kualitas": "Kual/Mutu",
        "Waktu": "Waktu (bulan)",
        "Biaya": "Biaya",
    },
    "mutu": {
        "Kuantitas": "KUANTITAS/OUTPUT",
        "Kualitas": "Kualitas/Mutu",
        "Waktu": "Waktu",
        "Biaya": "Biaya (Rp)",
    },
}

LEVELS5 = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]


def judul_tingkat(level: str, gaya: str) -> str:
    return level.title() if gaya == "judul" else level


class Pos(dict):
    """Where the writer put each value: ("rk", i) -> "SKP!D14"-like (sheet, cell) pairs."""


def _nomor(n: int, gaya: str) -> Any:
    return {"angka": n, "titik": f"{n}.", "teks": str(n)}[gaya]


def write_kop(g: Grid, skp: Skp, v: dict, c0: int, width: int, judul: str) -> int:
    r = 1
    pemda, opd, _ = skp.instansi
    if v.get("kop"):
        g.put(r, c0, "[LOGO]", center=True)  # a logo placeholder row above the letterhead
        g.put(r, c0 + 1, pemda, bold=True, center=True)
        g.merge(r, c0 + 1, r, c0 + width - 1)
        g.put(r + 1, c0 + 1, opd, bold=True, center=True)
        g.merge(r + 1, c0 + 1, r + 1, c0 + width - 1)
        g.put(r + 2, c0 + 1, f"Jalan Merdeka No. {len(opd) % 40 + 1}, {skp.kota}", center=True)
        g.merge(r + 2, c0 + 1, r + 2, c0 + width - 1)
        r += 4
    g.put(r, c0, judul, bold=True, center=True)
    g.merge(r, c0, r, c0 + width - 1)
    r += 1
    if v.get("opd_baris", True):
        g.put(
            r,
            c0,
            f"{opd} {pemda.replace('PEMERINTAH ', '')}" if "PEMERINTAH" in pemda else f"{opd}",
            bold=True,
            center=True,
        )
        g.merge(r, c0, r, c0 + width - 1)
        r += 1
    return r


def write_periode(g: Grid, skp: Skp, v: dict, r: int, c0: int, width: int, pos: Pos, sheet: str) -> int:
    lab = LABELS[v["label"]]["periode"]
    mulai, akhir = skp.periode or (f"1 Januari {skp.tahun}", f"31 Desember {skp.tahun}")
    gaya = v.get("periode", "satu")
    if gaya == "satu":
        text = f"{lab}: {mulai.upper()} SD {akhir.upper()}"
        pos[("periode",)] = (sheet, g.put(r, c0, text, bold=True, center=True))
        g.merge(r, c0, r, c0 + width - 1)
        return r + 2
    if gaya == "kanan":
        g.put(r, c0, lab)
        g.merge(r, c0, r, c0 + 1)
        pos[("periode",)] = (sheet, g.put(r, c0 + 2, f": {mulai} s.d. {akhir}"))
        return r + 2
    if gaya == "tanggal":  # date cells: what Excel makes of a typed date
        g.put(r, c0, lab)
        g.merge(r, c0, r, c0 + 1)
        d1, d2 = _tanggal(mulai), _tanggal(akhir)
        pos[("periode",)] = (sheet, g.put(r, c0 + 2, d1, num="d mmmm yyyy"))
        g.put(r, c0 + 3, "s.d.", center=True)
        g.put(r, c0 + 4, d2, num="d mmmm yyyy")
        return r + 2
    # "bawah": the value on the row under its label
    g.put(r, c0, lab + " :")
    pos[("periode",)] = (sheet, g.put(r + 1, c0, f"{mulai} - {akhir}"))
    return r + 3


BULAN = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
]


def _tanggal(s: str) -> dt.datetime:
    d, b, y = s.split()
    return dt.datetime(int(y), BULAN.index(b.lower()) + 1, int(d))


FIELDS = ["nama", "nip", "pangkat", "jabatan", "unit"]


def _nip_value(o: Orang, v: dict) -> Any:
    if isinstance(o.nip, int):
        return o.nip
    return spaced(o.nip) if v.get("nip_spasi") and len(o.nip) == 18 else o.nip


def write_identitas(g: Grid, skp: Skp, v: dict, r: int, c0: int, width: int, pos: Pos, sheet: str) -> int:
    L = LABELS[v["label"]]
    jpt = skp.form.startswith("jpt")
    blocks = [("pegawai", skp.pegawai), ("penilai", skp.penilai)]
    if v.get("identitas") == "tumpuk":  # stacked blocks with a colon column
        for who, o in blocks:
            g.put(r, c0, L["no"], bold=True, border=True)
            g.put(r, c0 + 1, L[who], bold=True, border=True)
            g.merge(r, c0 + 1, r, c0 + 3)
            r += 1
            for k, f in enumerate(FIELDS, 1):
                lab = L["instansi"] if (jpt and who == "penilai" and f == "unit") else L[f]
                g.put(r, c0, _nomor(k, "titik"), border=True)
                g.put(r, c0 + 1, lab, border=True)
                g.put(r, c0 + 2, ":", center=True)
                val = _nip_value(o, v) if f == "nip" else getattr(o, f)
                pos[(who, f)] = (sheet, g.put(r, c0 + 3, val, border=True))
                g.merge(r, c0 + 3, r, c0 + width - 1)
                r += 1
            r += 1
        return r
    mid = c0 + max(3, width // 2)
    g.put(r, c0, L["no"], bold=True, border=True, center=True)
    g.put(r, c0 + 1, L["pegawai"], bold=True, border=True, center=True)
    g.merge(r, c0 + 1, r, mid - 1)
    g.put(r, mid, L["no"], bold=True, border=True, center=True)
    g.put(r, mid + 1, L["penilai"], bold=True, border=True, center=True)
    g.merge(r, mid + 1, r, c0 + width - 1)
    r += 1
    for k, f in enumerate(FIELDS, 1):
        for who, o, cc, end in (
            ("pegawai", skp.pegawai, c0, mid - 1),
            ("penilai", skp.penilai, mid, c0 + width - 1),
        ):
            lab = L["instansi"] if (jpt and who == "penilai" and f == "unit") else L[f]
            g.put(r, cc, _nomor(k, v.get("nomor", "angka")), border=True, center=True)
            g.put(r, cc + 1, lab, border=True)
            val = _nip_value(o, v) if f == "nip" else getattr(o, f)
            if isinstance(val, int):
                pos[(who, f)] = (sheet, g.put(r, cc + 2, val, border=True, num="0"))
            elif f == "unit" and v.get("unit_dua") and who == "pegawai" and " " in val and len(val) > 30:
                # the unit kerja continued on the next row (SPEC §3.10)
                cut = val.rfind(" ", 0, len(val) // 2 + 8)
                pos[(who, f)] = (sheet, g.put(r, cc + 2, val[:cut], border=True))
                g.put(r + 1, cc + 2, val[cut + 1 :], border=True)
                g.merge(r + 1, cc + 2, r + 1, end)
            else:
                pos[(who, f)] = (sheet, g.put(r, cc + 2, val, border=True, wrap=True))
            g.merge(r, cc + 2, r, end)
        r += 1
    if v.get("unit_dua"):
        r += 1
    return r + 1


def write_ttd(g: Grid, skp: Skp, v: dict, r: int, c0: int, width: int) -> None:
    if not v.get("ttd", True):
        return
    r += 1
    right = c0 + max(3, width // 2)
    tgl = dt.datetime(skp.tahun, 1, 3)
    if v.get("ttd_tanggal"):
        g.put(r, right, f"{skp.kota},")
        g.put(r, right + 1, tgl, num="d mmmm yyyy")
    else:
        g.put(r, right, f"{skp.kota}, 3 Januari {skp.tahun}")
    r += 1
    g.put(r, c0 + 1, "Pegawai yang Dinilai", center=True)
    g.put(r, right, "Pejabat Penilai Kinerja", center=True)
    r += 4
    g.put(r, c0 + 1, skp.pegawai.nama, bold=True, center=True)
    g.put(r, right, skp.penilai.nama, bold=True, center=True)
    r += 1
    pn = skp.pegawai.nip if isinstance(skp.pegawai.nip, str) else str(skp.pegawai.nip)
    g.put(r, c0 + 1, f"NIP. {spaced(pn) if len(pn) == 18 else pn}", center=True)
    if skp.penilai.nip not in ("-", ""):
        g.put(r, right, f"NIP. {spaced(str(skp.penilai.nip))}", center=True)


def _split_target(t: str) -> tuple[Any, str]:
    """'120 dokumen' -> (120, 'dokumen'); '90%' -> (90, '%'); anything else -> (text, '')."""
    s = t.strip()
    if s.endswith("%"):
        num, sat = s[:-1].strip(), "%"
    elif " " in s:
        num, sat = s.split(" ", 1)
    else:
        num, sat = s, ""
    try:
        val: Any = float(num.replace(".", "").replace(",", "."))
        val = int(val) if val == int(val) else val
    except ValueError:
        return s, ""
    return val, sat


def capaian(i: Iki, realisasi: float) -> int:
    t = i.nilai
    c = realisasi / t * 100 if i.arah == "naik" else (1 + (1 - realisasi / t)) * 100
    return int(c + 0.5)


def nilai_kategori(c: int) -> tuple[str, float]:
    if c > 110:
        return "Sangat Baik", 120
    if c >= 101:
        return "Sangat Baik", round(110 + (120 - 110) / (110 - 101) * (c - 101), 2)
    if c == 100:
        return "Baik", 109
    if c >= 80:
        return "Cukup", round(70 + (89 - 70) / (99 - 80) * (c - 80), 2)
    if c >= 60:
        return "Kurang", round(50 + (69 - 50) / (79 - 60) * (c - 60), 2)
    return "Sangat Kurang", round(c / 59 * 49, 2)


def write_table(
    g: Grid, skp: Skp, v: dict, r: int, c0: int, pos: Pos, sheet: str, penilaian: bool
) -> tuple[int, int]:
    """The plan table (or the penilaian table); returns (next row, width)."""
    L = LABELS[v["label"]]
    jpt = skp.form.startswith("jpt")
    peng = skp.form.endswith("pengembangan")
    cols: list[tuple[str, str]] = []  # (key, header)
    if jpt and peng:
        cols.append(("perspektif", L["perspektif"]))
    cols.append(("no", L["no"]))
    if v.get("kolom_kosong") and not jpt:
        cols.append(("kosong", ""))
    if not jpt:
        cols.append(("atasan", L["atasan"]))
    cols.append(("rk", L["rk"]))
    if not jpt:
        cols.append(("aspek", L["aspek"]))
    cols.append(("iki", L["iki"]))
    levels = v.get("levels", LEVELS5) if (peng and not jpt) else []
    target_baik = "TARGET/BAIK" in levels
    if not target_baik:
        cols.append(("target", L["target"]))
        if v.get("split"):
            cols.append(("satuan", "SATUAN"))
    for lv in levels:
        cols.append(("target" if lv == "TARGET/BAIK" else f"kat:{lv}", lv))
    if penilaian:
        cols += [
            ("realisasi", "REALISASI"),
            ("capaian", "CAPAIAN IKI"),
            ("kat_capaian", "KATEGORI CAPAIAN IKI"),
            ("nilai", "NILAI CAPAIAN IKI"),
        ]
    elif peng and not jpt:
        mem = v.get("memantau", "tiga")
        if mem == "satu":
            cols.append(("sumber1", "SUMBER DATA UNTUK PENGUKURAN"))
        else:
            cols += [("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")]
    if v.get("keterangan") and not penilaian:
        cols.append(("ket", "KETERANGAN"))
    col = {k: c0 + n for n, (k, _) in enumerate(cols)}
    width = len(cols)
    sub = bool(levels) or (v.get("split") == "sub") or (peng and not jpt and not penilaian)
    # header rows
    for k, h in cols:
        c = col[k]
        if k.startswith("kat:") or (k == "target" and target_baik):
            continue
        if k in ("data", "sumber", "waktu"):
            continue
        if k in ("satuan", "target") and v.get("split") == "sub":
            continue
        g.put(r, c, h, bold=True, border=True, center=True, wrap=True)
        if sub:
            g.merge(r, c, r + 1, c)
    if levels:
        first = min(col[k] for k, _ in cols if k.startswith("kat:") or (k == "target" and target_baik))
        g.put(r, first, L["kategori"], bold=True, border=True, center=True)
        g.merge(r, first, r, first + len(levels) - 1)
        for n, lv in enumerate(levels):
            g.put(r + 1, first + n, judul_tingkat(lv, v["label"]), bold=True, border=True, center=True)
    if "data" in col:
        g.put(r, col["data"], L["memantau"], bold=True, border=True, center=True)
        g.merge(r, col["data"], r, col["waktu"])
        for k, h in (("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")):
            g.put(r + 1, col[k], h, bold=True, border=True, center=True, wrap=True)
    if v.get("split") == "sub" and "satuan" in col:
        g.put(r, col["target"], L["target"], bold=True, border=True, center=True)
        g.merge(r, col["target"], r, col["satuan"])
        g.put(r + 1, col["target"], "JUMLAH", bold=True, border=True, center=True)
        g.put(r + 1, col["satuan"], "SATUAN", bold=True, border=True, center=True)
    r += 2 if sub else 1
    if v.get("nomor_kolom"):  # the (1) (2) (3) row under the headers of official forms
        for n in range(width):
            g.put(r, c0 + n, f"({n + 1})", center=True, border=True)
        r += 1
    for sect, items in (("utama", skp.utama), ("tambahan", skp.tambahan)):
        g.put(r, c0, L[sect], bold=True, border=True)
        g.merge(r, c0, r, c0 + width - 1)
        r += 1
        if not items and v.get("tambahan") == "strip" and sect == "tambahan":
            g.put(r, col["no"], "-", border=True, center=True)
            g.put(r, col["rk"], "-", border=True, center=True)
            r += 1
        n = 0
        prev_persp = None
        persp_start = r
        for i, rk in enumerate(items):
            key = (sect, i)
            n += 1
            rows = max(1, len(rk.ikis))
            top = r
            if jpt and peng and rk.perspektif != prev_persp:
                if prev_persp is not None and v.get("merge", True):
                    g.merge(persp_start, col["perspektif"], top - 1, col["perspektif"])
                pos[("perspektif",) + key] = (
                    sheet,
                    g.put(r, col["perspektif"], rk.perspektif, border=True, wrap=True),
                )
                prev_persp, persp_start = rk.perspektif, r
            g.put(r, col["no"], _nomor(n, v.get("nomor", "angka")), border=True, center=True)
            if "atasan" in col:
                pos[("atasan",) + key] = (sheet, g.put(r, col["atasan"], rk.atasan, border=True, wrap=True))
            pos[("rk",) + key] = (sheet, g.put(r, col["rk"], rk.teks, border=True, wrap=True))
            for j, it in enumerate(rk.ikis):
                rr = r + j
                if "aspek" in col:
                    pos[("aspek",) + key + (j,)] = (
                        sheet,
                        g.put(
                            rr,
                            col["aspek"],
                            ASPEK[v.get("aspek", "baku")].get(it.aspek, it.aspek),
                            border=True,
                        ),
                    )
                pos[("iki",) + key + (j,)] = (sheet, g.put(rr, col["iki"], it.teks, border=True, wrap=True))
                tgt = it.target
                if penilaian and it.flag.startswith("beda:"):
                    tgt = it.flag[5:]  # set by the defect: a changed target in the penilaian sheet
                if "satuan" in col:
                    num, sat = _split_target(tgt)
                    fmt: dict[str, Any] = {}
                    if v.get("angka") == "persen" and sat == "%" and isinstance(num, (int, float)):
                        num, sat, fmt = num / 100, "", {"num": "0%"}  # percent-formatted number
                    elif v.get("angka") == "teks" and isinstance(num, (int, float)):
                        num = str(num).replace(".", ",")
                    pos[("target",) + key + (j,)] = (sheet, g.put(rr, col["target"], num, border=True, **fmt))
                    pos[("satuan",) + key + (j,)] = (sheet, g.put(rr, col["satuan"], sat, border=True))
                else:
                    pos[("target",) + key + (j,)] = (sheet, g.put(rr, col["target"], tgt, border=True))
                for lv in levels:
                    if lv == "TARGET/BAIK":
                        continue
                    val = it.kategori.get(lv, "")
                    if lv not in it.kategori and lv in ("CUKUP", "SANGAT BAIK", "KURANG", "SANGAT KURANG"):
                        val = ""
                    pos[("kat", lv) + key + (j,)] = (sheet, g.put(rr, col[f"kat:{lv}"], val, border=True))
                if penilaian:
                    real = it.realisasi
                    rnum, rsat = _split_target(real) if real else ("", "")
                    if v.get("angka") == "persen" and rsat == "%" and isinstance(rnum, (int, float)):
                        # typed "90%" into a cell: Excel keeps 0.9 with a percent format, as in the target
                        rcell = g.put(rr, col["realisasi"], rnum / 100, border=True, num="0%")
                    elif v.get("split") and isinstance(rnum, (int, float)):
                        rcell = g.put(rr, col["realisasi"], rnum, border=True)  # satuan in its column
                    else:
                        rcell = g.put(rr, col["realisasi"], real or "", border=True)
                    pos[("realisasi",) + key + (j,)] = (sheet, rcell)
                    if real:
                        rv, _ = _split_target(real)
                        basis = copy.copy(it)
                        basis.nilai = float(_split_target(tgt)[0])
                        cp = capaian(basis, float(rv))
                        kat, nil = nilai_kategori(cp)
                        if it.flag == "salah":
                            cp, kat, nil = cp + 12, "Sangat Baik", 120
                        cval: Any = f"{cp} %" if v.get("capaian") == "teks" else cp
                        if v.get("rumus") and it.flag != "salah":
                            t_at = pos[("target",) + key + (j,)][1]
                            r_at = pos[("realisasi",) + key + (j,)][1]
                            expr = f"{r_at}/{t_at}" if it.arah == "naik" else f"(2-{r_at}/{t_at})"
                            cval = rumus(f"=ROUND({expr}*100,0)", cp)
                        pos[("capaian",) + key + (j,)] = (sheet, g.put(rr, col["capaian"], cval, border=True))
                        pos[("kat_capaian",) + key + (j,)] = (
                            sheet,
                            g.put(rr, col["kat_capaian"], kat, border=True),
                        )
                        pos[("nilai",) + key + (j,)] = (sheet, g.put(rr, col["nilai"], nil, border=True))
                if not penilaian and v.get("memantau") == "per-iki" and "data" in col:
                    g.put(rr, col["data"], rk.data, border=True, wrap=True)
                    g.put(rr, col["sumber"], it.sumber or rk.sumber, border=True, wrap=True)
                    g.put(rr, col["waktu"], rk.waktu, border=True)
            if not penilaian and "data" in col and v.get("memantau") != "per-iki":
                pos[("memantau",) + key] = (sheet, g.put(r, col["data"], rk.data, border=True, wrap=True))
                g.put(r, col["sumber"], rk.sumber, border=True, wrap=True)
                g.put(r, col["waktu"], rk.waktu, border=True)
            if not penilaian and "sumber1" in col:
                text = f"{rk.data} dari {rk.sumber}, {rk.waktu.lower()}" if rk.data else ""
                pos[("memantau",) + key] = (sheet, g.put(r, col["sumber1"], text, border=True, wrap=True))
            if v.get("merge", True) and rows > 1:
                for k in ("no", "atasan", "rk", "kosong"):
                    if k in col:
                        g.merge(r, col[k], r + rows - 1, col[k])
                if "data" in col and v.get("memantau") != "per-iki" and not penilaian:
                    for k in ("data", "sumber", "waktu"):
                        g.merge(r, col[k], r + rows - 1, col[k])
                if "sumber1" in col and not penilaian:
                    g.merge(r, col["sumber1"], r + rows - 1, col["sumber1"])
            r += rows
            if v.get("baris_kosong"):
                r += 1  # a blank row left between RKs
        if jpt and peng and prev_persp is not None and v.get("merge", True):
            g.merge(persp_start, col["perspektif"], r - 1, col["perspektif"])
    for k, c in col.items():
        g.widths[c] = {"no": 5, "kosong": 2, "rk": 42, "atasan": 38, "iki": 40, "perspektif": 18}.get(k, 14)
    return r, width


def build_plan_sheet(skp: Skp, v: dict, pos: Pos, sheet: str, penilaian: bool = False) -> Grid:
    g = Grid(sheet)
    c0 = v.get("col0", 1)
    # width first (the table decides how wide the title block is)
    probe = Grid("x")
    _, width = write_table(probe, skp, v, 1, c0, Pos(), sheet, penilaian)
    width = max(width, 6)
    title = "PENILAIAN SASARAN KINERJA PEGAWAI" if penilaian else "RENCANA SASARAN KINERJA PEGAWAI"
    if skp.form.startswith("jpt"):
        title = (
            "PENILAIAN SKP PEJABAT PIMPINAN TINGGI"
            if penilaian
            else "SASARAN KINERJA PEGAWAI\nPEJABAT PIMPINAN TINGGI"
        )
    r = write_kop(g, skp, v, c0, width, title)
    r = write_periode(g, skp, v, r, c0, width, pos, sheet)
    r = write_identitas(g, skp, v, r, c0, width, pos, sheet)
    r, _ = write_table(g, skp, v, r, c0, pos, sheet, penilaian)
    write_ttd(g, skp, v, r, c0, width)
    return g


def build_manual(skp: Skp, v: dict, pos: Pos, sheet: str) -> Grid:
    g = Grid(sheet)
    c0 = v.get("col0", 1)
    g.put(1, c0, "MANUAL INDIKATOR KINERJA", bold=True, center=True)
    g.merge(1, c0, 1, c0 + 3)
    r = 3
    n = 0
    for sect, items in (("utama", skp.utama), ("tambahan", skp.tambahan)):
        for i, rk in enumerate(items):
            for j, it in enumerate(rk.ikis):
                n += 1
                if it.flag == "tanpa-manual":
                    continue
                sat = _split_target(it.target)[1] or "nilai"
                formula = (
                    "Realisasi dibagi target dikali 100%"
                    if sat == "%"
                    else f"Jumlah {sat} yang dicapai pada periode penilaian"
                )
                if it.flag == "tanpa-formula":
                    formula = ""
                rows = [
                    ("RENCANA KINERJA", rk.teks),
                    ("DESKRIPSI RENCANA KINERJA", MANUAL["deskripsi"]),
                    ("INDIKATOR KINERJA INDIVIDU", it.teks),
                    (
                        "DEFINISI IKI",
                        f"{it.teks} adalah ukuran keberhasilan atas {rk.teks[0].lower()}{rk.teks[1:]}.",
                    ),
                    ("FORMULA", formula),
                    ("TUJUAN", MANUAL["tujuan"]),
                    ("SATUAN PENGUKURAN", sat),
                    ("JENIS ASPEK TARGET", "Kuantitas"),
                    ("TINGKAT KENDALI IKI", "Moderate"),
                    ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
                    ("PERIODE PELAPORAN", "Triwulanan"),
                ]
                g.put(r, c0, f"{n}.", bold=True)
                g.put(r, c0 + 1, f"IKI {n}", bold=True)
                r += 1
                for lab, val in rows:
                    g.put(r, c0 + 1, lab.title() if v["label"] == "judul" else lab, border=True)
                    g.put(r, c0 + 2, ":", center=True)
                    cell = g.put(r, c0 + 3, val, border=True, wrap=True)
                    if lab == "FORMULA":
                        pos[("formula", sect, i, j)] = (sheet, cell)
                    r += 1
                r += 1
    g.widths[c0 + 1] = 30
    g.widths[c0 + 3] = 70
    return g


def build_ak(skp: Skp, v: dict, pos: Pos, sheet: str) -> Grid:
    g = Grid(sheet)
    c0 = v.get("col0", 1)
    width = 6
    r = write_kop(
        g, skp, dict(v, kop=0, opd_baris=False), c0, width, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"
    )
    r = write_periode(g, skp, dict(v, periode="satu"), r, c0, width, Pos(), sheet)
    r = write_identitas(g, skp, dict(v, identitas="samping", unit_dua=False), r, c0, width, Pos(), sheet)
    g.put(r, c0, "TANGGAL PENGAJUAN")
    g.merge(r, c0, r, c0 + 1)
    g.put(r, c0 + 2, dt.datetime(skp.tahun, 1, 5), num="dd/mm/yyyy")
    r += 2
    heads = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]
    for n, h in enumerate(heads):
        g.put(r, c0 + n, h, bold=True, border=True, center=True)
    r += 1
    g.put(r, c0, "KINERJA UTAMA", bold=True, border=True)
    g.merge(r, c0, r, c0 + 4)
    r += 1
    n = 0
    for i, rk in enumerate(skp.utama):
        if not rk.butir:
            continue
        n += 1
        top = r
        g.put(r, c0, n, border=True, center=True)
        g.put(r, c0 + 1, rk.teks, border=True, wrap=True)
        for b, out, ak in rk.butir:
            g.put(r, c0 + 2, b, border=True, wrap=True)
            g.put(r, c0 + 3, out, border=True)
            if isinstance(ak, float) and v.get("ak") == "angka":
                cell = g.put(r, c0 + 4, ak, border=True, num="0.000")
            elif isinstance(ak, float):
                cell = g.put(r, c0 + 4, f"{ak:.3f}".rstrip("0").rstrip(".").replace(".", ","), border=True)
            else:
                cell = g.put(r, c0 + 4, ak, border=True)
            pos.setdefault(("ak", i), (sheet, cell))
            r += 1
        if r - top > 1:
            g.merge(top, c0, r - 1, c0)
            g.merge(top, c0 + 1, r - 1, c0 + 1)
    g.widths[c0 + 1] = 40
    g.widths[c0 + 2] = 40
    return g


# --------------------------------------------------------------------------------------------------------
# People and the set
# --------------------------------------------------------------------------------------------------------

P = {
    # JA
    "ja-disdik": Orang(
        "Sri Wahyuningsih, S.Pd., M.Pd.",
        nip("19790412", "200501", 2, 7),
        "Penata Tingkat I, III/d",
        "Kepala Seksi Kurikulum dan Penilaian SD",
        "Bidang Pembinaan Sekolah Dasar, Dinas Pendidikan dan Kebudayaan",
    ),
    "ja-bappeda": Orang(
        "Muhammad Rizal Fahmi, S.E., M.Ec.Dev.",
        nip("19850923", "201001", 1, 12),
        "Penata, III/c",
        "Kepala Subbidang Pengendalian dan Evaluasi",
        "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    ),
    "ja-rsud": Orang(
        "Yuliana Br. Sembiring, A.Md.PK.",
        nip("19910704", "201503", 2, 3),
        "Pengatur Tingkat I, II/d",
        "Pengadministrasi Rekam Medis",
        "Instalasi Rekam Medis RSUD dr. Soeprapto",
    ),
    "ja-balai": Orang(
        "Ir. Agus Salim Nasution, M.T.",
        nip("19760101", "200212", 1, 2),
        "Pembina, IV/a",
        "Kepala Seksi Pelaksanaan Prasarana Permukiman",
        "Balai Prasarana Permukiman Wilayah Sungai Lestari",
    ),
    "ja-dukcapil": Orang(
        "Rahmat Hidayat",
        nip("19880318", "201101", 1, 45),
        "Pengatur, II/c",
        "Pengadministrasi Kependudukan",
        "Bidang Pelayanan Pendaftaran Penduduk",
    ),
    "ja-bpkad": Orang(
        "Ni Kadek Ayu Lestari, S.AK.",
        nip("19930227", "201903", 2, 8),
        "Penata Muda Tingkat I, III/b",
        "Pengelola Barang Milik Daerah",
        "Bidang Aset, Badan Pengelolaan Keuangan dan Aset Daerah",
    ),
    # JF
    "jf-disdik": Orang(
        "Dra. Endang Purwaningsih, M.Pd.",
        nip("19700815", "199403", 2, 4),
        "Pembina Tingkat I, IV/b",
        "Pengawas Sekolah Ahli Madya",
        "Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Hijau",
    ),
    "jf-bappeda": Orang(
        "Fajar Nugroho, S.T., M.P.P.",
        nip("19870530", "201101", 1, 3),
        "Penata Tingkat I, III/d",
        "Perencana Ahli Muda",
        "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    ),
    "jf-rsud": Orang(
        "Dewi Anggraini, A.Md.RMIK.",
        nip("19940611", "201903", 2, 11),
        "Pengatur Tingkat I, II/d",
        "Perekam Medis Terampil",
        "Instalasi Rekam Medis RSUD dr. Soeprapto",
    ),
    "jf-balai": Orang(
        "Andi Muh. Iqbal, S.T., M.Eng.",
        nip("19890207", "201403", 1, 6),
        "Penata, III/c",
        "Teknik Penyehatan Lingkungan Ahli Muda",
        "Balai Prasarana Permukiman Wilayah Sungai Lestari",
    ),
    "jf-dukcapil": Orang(
        "Yosef Lamawuran, S.Kom.",
        nip("19900114", "201503", 1, 9),
        "Penata Muda, III/a",
        "Administrator Database Kependudukan Ahli Pertama",
        "Dinas Kependudukan dan Pencatatan Sipil",
    ),
    "jf-bpkad": Orang(
        "Sutrisno",
        nip("19820909", "200604", 1, 21),
        "Penata Muda Tingkat I, III/b",
        "Penata Laksana Barang Mahir",
        "Bidang Aset, Badan Pengelolaan Keuangan dan Aset Daerah",
    ),
    # atasan of JA/JF (administrator)
    "at-disdik": Orang(
        "Drs. Bambang Sutejo, M.M.",
        nip("19680521", "199203", 1, 5),
        "Pembina, IV/a",
        "Kepala Bidang Pembinaan Sekolah Dasar",
        "Dinas Pendidikan dan Kebudayaan",
    ),
    "at-bappeda": Orang(
        "Ir. Lilis Suryani, M.Si.",
        nip("19720130", "199803", 2, 2),
        "Pembina Tingkat I, IV/b",
        "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi",
        "Badan Perencanaan Pembangunan Daerah",
    ),
    "at-rsud": Orang(
        "dr. Hendra Gunawan, MARS.",
        nip("19781102", "200604", 1, 13),
        "Pembina, IV/a",
        "Kepala Instalasi Rekam Medis",
        "RSUD dr. Soeprapto",
    ),
    "at-balai": Orang(
        "Dr. Ir. Taufik Hidayatullah, M.Sc.",
        nip("19711217", "199903", 1, 1),
        "Pembina Utama Muda, IV/c",
        "Kepala Balai Prasarana Permukiman Wilayah Sungai Lestari",
        "Direktorat Jenderal Cipta Karya",
    ),
    "at-dukcapil": Orang(
        "Maria Goreti Bataona, S.Sos.",
        nip("19750608", "200012", 2, 3),
        "Pembina, IV/a",
        "Kepala Bidang Pelayanan Pendaftaran Penduduk",
        "Dinas Kependudukan dan Pencatatan Sipil",
    ),
    "at-bpkad": Orang(
        "Robert Simanjuntak, S.E., M.Ak.",
        nip("19740825", "200003", 1, 7),
        "Pembina Tingkat I, IV/b",
        "Kepala Bidang Aset",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
    ),
    # JPT
    "jpt-disdik": Orang(
        "Dr. H. Syamsul Bahri, M.Pd.",
        nip("19690303", "199303", 1, 8),
        "Pembina Utama Muda, IV/c",
        "Kepala Dinas Pendidikan dan Kebudayaan",
        "Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Hijau",
    ),
    "jpt-bappeda": Orang(
        "Ir. Harun Al Rasyid, M.T.",
        nip("19670712", "199403", 1, 1),
        "Pembina Utama Madya, IV/d",
        "Kepala Badan Perencanaan Pembangunan Daerah",
        "Badan Perencanaan Pembangunan Daerah Provinsi Tanjung Barat",
    ),
    "jpt-rsud": Orang(
        "dr. Ratna Kumalasari, Sp.A., M.Kes.",
        nip("19730419", "200212", 2, 4),
        "Pembina Utama Muda, IV/c",
        "Direktur RSUD dr. Soeprapto",
        "RSUD dr. Soeprapto Kota Karang Anyar",
    ),
    "jpt-dukcapil": Orang(
        "Petrus Kanisius Lewar, S.H., M.H.",
        nip("19710925", "199803", 1, 6),
        "Pembina Tingkat I, IV/b",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Pesisir Timur",
    ),
    "jpt-bpkad": Orang(
        "Hj. Siti Aminah, S.E., M.Si., Ak.",
        nip("19700101", "199503", 2, 2),
        "Pembina Utama Muda, IV/c",
        "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
        "Badan Pengelolaan Keuangan dan Aset Daerah Kota Bukit Raya",
    ),
}

KUNCI = {
    "disdik": "disdik-kurikulum",
    "bappeda": "bappeda-evaluasi",
    "rsud": "rsud-rekam",
    "balai": "balai-sanitasi",
    "dukcapil": "dukcapil-layanan",
    "bpkad": "bpkad-aset",
}


def make_skp(form: str, ag: str, tahun: int, tam: str | None) -> Skp:
    jenis = form.split("-")[0]
    pem, opd, kota = INSTANSI[ag]
    if jenis == "jpt":
        peg, pen = P[f"jpt-{ag}"], BUPATI[ag]
        utama = jpt_rencana(ag)
        tb = tambahan(tam) if tam else []
        for rk in tb:
            rk.ikis[0].aspek = ""
    else:
        peg, pen = P[f"{jenis}-{ag}"], P[f"at-{ag}"]
        utama = rencana(KUNCI[ag])
        tb = tambahan(tam) if tam else []
    return Skp(
        form, (pem, opd, kota), copy.deepcopy(peg), copy.deepcopy(pen), tahun, copy.deepcopy(utama), tb, kota
    )


def build(skp: Skp, v: dict, defects: list[tuple]) -> tuple[list[Grid], Pos, list[dict]]:
    """Apply the defects to the model, lay the workbook out, and resolve each defect's cell."""
    jenis = skp.form.split("-")[0]
    plan = v.get("sheet", "SKP")
    want: list[dict] = []
    drop_ak = drop_manual = False
    for d in defects:
        code, what = d[0], d[1:]
        if code == "keterkaitan-ak-hilang":
            drop_ak = True
        if code == "manual-iki-kosong" and what[0] == "semua":
            drop_manual = True
        want.append({"code": code, "what": what})
        apply_defect(skp, code, what)
    pos = Pos()
    grids = [petunjuk()] if v.get("petunjuk") else []
    grids.append(build_plan_sheet(skp, v, pos, plan))
    if jenis == "jpt" and not drop_manual:
        grids.append(build_manual(skp, v, pos, v.get("manual_sheet", "Manual IKI")))
    if jenis == "jf" and not drop_ak:
        ak = build_ak(skp, v, pos, v.get("ak_sheet", "Keterkaitan AK"))
        grids.insert(0, ak) if v.get("ak_dulu") else grids.append(ak)
    if v.get("penilaian"):
        pen = Pos()
        grids.append(build_plan_sheet(skp, dict(v, kop=0), pen, "Penilaian", penilaian=True))
        for k, val in pen.items():
            pos[("pen",) + (k if isinstance(k, tuple) else (k,))] = val
    manifest = [resolve(w, pos, plan) for w in want]
    return grids, pos, manifest


def petunjuk() -> Grid:
    """The instruction sheet many agencies put first in the workbook they hand out."""
    g = Grid("Petunjuk")
    lines = [
        "PETUNJUK PENGISIAN",
        "1. Isi identitas pegawai dan pejabat penilai sesuai data SIMPEG.",
        "2. Rumuskan rencana kinerja sebagai hasil, bukan kegiatan.",
        "3. Tuliskan target dengan angka dan satuannya.",
        "4. Kirimkan berkas ke Subbagian Umum dan Kepegawaian paling lambat akhir Januari.",
    ]
    for n, t in enumerate(lines, 1):
        g.put(n, 1, t, bold=n == 1)
    g.widths[1] = 90
    return g


def gaya_pangkat(p: str, gaya: str) -> str:
    """'Penata Tingkat I, III/d' as staff also write it: 'Penata Tk.I, III/d' or 'PENATA TK.I/IIId'."""
    if gaya == "tk":
        return p.replace("Tingkat I", "Tk.I").replace("/", " ")
    if gaya == "kapital" and ", " in p:
        nama, gol = p.split(", ")
        return f"{nama.upper().replace('TINGKAT I', 'TK.I')}/{gol.replace('/', '')}"
    return p


def _iki_at(skp: Skp, i: int, j: int) -> Iki:
    return skp.utama[i].ikis[j]


def apply_defect(skp: Skp, code: str, what: tuple) -> None:
    if code == "iki-tanpa-target":
        _iki_at(skp, *what).target = ""
    elif code == "target-tidak-terukur" or code == "target-rentang-terbalik":
        _iki_at(skp, *what[:2]).target = what[2]
    elif code == "target-tanpa-satuan":
        it = _iki_at(skp, *what)
        it.target = _num(it.nilai)
    elif code == "satuan-tidak-sesuai-aspek":
        _iki_at(skp, *what[:2]).target = what[2]
    elif code == "aspek-tidak-valid":
        _iki_at(skp, *what[:2]).aspek = what[2]
    elif code == "aspek-ganda":
        _iki_at(skp, *what).aspek = "Kuantitas"
    elif code == "target-absolut":
        _iki_at(skp, *what[:2]).teks = what[2]
    elif code == "rk-atasan-kosong":
        skp.utama[what[0]].atasan = ""
    elif code == "rk-berbasis-aktivitas":
        skp.utama[what[0]].teks = what[1]
    elif code == "rk-ganda":
        skp.utama[what[0]].teks = skp.utama[what[0] - 1].teks
    elif code == "rk-tanpa-iki":
        skp.utama[what[0]].ikis = []
    elif code == "kategori-penilaian-kosong":
        _iki_at(skp, *what).kategori = {}
    elif code == "kategori-tidak-berurutan":
        k = _iki_at(skp, *what).kategori  # the scale written upside down
        k["SANGAT KURANG"], k["SANGAT BAIK"] = k["SANGAT BAIK"], k["SANGAT KURANG"]
        k["KURANG"], k["CUKUP"] = k["CUKUP"], k["KURANG"]
    elif code == "kategori-tidak-membedakan":
        it = _iki_at(skp, *what[:2])
        if what[2] == "sb":
            it.kategori["SANGAT BAIK"] = it.kategori["BAIK"]
        else:  # the target inside its own CUKUP band
            a = int(it.nilai * 0.8)
            s = "%" if it.satuan == "%" else f" {it.satuan}"
            it.kategori["CUKUP"] = f"> {a}{s}" if it.arah == "naik" else f"< {_num(it.nilai + 2)}{s}"
    elif code == "cara-memantau-kosong":
        rk = skp.utama[what[0]]
        rk.data = rk.sumber = rk.waktu = ""
        for it in rk.ikis:
            it.sumber = ""
    elif code == "perspektif-tidak-valid":
        skp.utama[what[0]].perspektif = what[1]
    elif code == "manual-iki-kosong":
        if what[0] != "semua":
            _iki_at(skp, *what[:2]).flag = what[2]
    elif code == "rk-tanpa-butir-kegiatan":
        skp.utama[what[0]].butir = []
    elif code == "angka-kredit-tidak-valid":
        b, o, _ = skp.utama[what[0]].butir[0]
        skp.utama[what[0]].butir[0] = (b, o, what[1])
    elif code in (
        "identitas-kosong",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "jenjang-golongan-tidak-sesuai",
    ):
        who, f, val = what
        setattr(getattr(skp, who), f, val)
    elif code == "penilai-sama-dengan-pegawai":
        skp.penilai.nip = skp.pegawai.nip
    elif code == "periode-tidak-valid":
        skp.periode = what
    elif code == "realisasi-kosong":
        _iki_at(skp, *what).realisasi = None
    elif code == "capaian-tidak-sesuai":
        _iki_at(skp, *what).flag = "salah"
    elif code == "target-penilaian-berbeda":
        _iki_at(skp, *what[:2]).flag = "beda:" + what[2]
    elif code in ("format-lain", "templat-belum-diisi", "bukan-skp", "keterkaitan-ak-hilang"):
        pass
    else:
        raise ValueError(code)


def resolve(w: dict, pos: Pos, plan: str) -> dict:
    code, what = w["code"], w["what"]
    u = ("utama",)

    def at(*key: Any) -> dict:
        sheet, cell = pos[key]
        return {"sheet": sheet, "cell": cell}

    def alt(main: dict, *others: dict) -> dict:
        out = {"code": code, **main}
        if others:
            out["alt_cells"] = list(others)
        return out

    if code in (
        "iki-tanpa-target",
        "target-tidak-terukur",
        "target-rentang-terbalik",
        "satuan-tidak-sesuai-aspek",
    ):
        i, j = what[:2]
        return alt(at("target", *u, i, j), *([at("satuan", *u, i, j)] if ("satuan", *u, i, j) in pos else []))
    if code == "target-tanpa-satuan":
        i, j = what
        if ("satuan", *u, i, j) in pos:
            return alt(at("satuan", *u, i, j), at("target", *u, i, j))
        return alt(at("target", *u, i, j))
    if code in ("aspek-tidak-valid", "aspek-ganda"):
        return alt(at("aspek", *u, what[0], what[1]))
    if code == "target-absolut":
        return alt(at("iki", *u, what[0], what[1]), at("target", *u, what[0], what[1]))
    if code == "rk-atasan-kosong":
        return alt(at("atasan", *u, what[0]), at("rk", *u, what[0]))
    if code in ("rk-berbasis-aktivitas", "rk-ganda", "rk-tanpa-iki", "rk-tanpa-butir-kegiatan"):
        return alt(at("rk", *u, what[0]))
    if code == "kategori-penilaian-kosong":
        i, j = what
        cats = [at(*k) for k in pos if k[0] == "kat" and k[2:] == ("utama", i, j)]
        return alt(cats[0], *cats[1:], at("iki", *u, i, j), at("target", *u, i, j))
    if code == "kategori-tidak-berurutan":
        i, j = what
        cats = [at(*k) for k in pos if k[0] == "kat" and k[2:] == ("utama", i, j)]
        main = at("kat", "SANGAT BAIK", *u, i, j)
        return alt(main, *[c for c in cats if c != main], at("target", *u, i, j))
    if code == "kategori-tidak-membedakan":
        i, j, how = what
        lv = "SANGAT BAIK" if how == "sb" else "CUKUP"
        return alt(at("kat", lv, *u, i, j), at("target", *u, i, j))
    if code == "cara-memantau-kosong":
        return alt(at("memantau", *u, what[0]), at("rk", *u, what[0]))
    if code == "perspektif-tidak-valid":
        return alt(at("perspektif", *u, what[0]), at("rk", *u, what[0]))
    if code == "manual-iki-kosong":
        if what[0] == "semua":
            return {"code": code, "sheet": None, "cell": None}
        i, j, how = what
        if how == "tanpa-formula":
            return alt(at("formula", *u, i, j), at("iki", *u, i, j))
        return alt(at("iki", *u, i, j))
    if code == "angka-kredit-tidak-valid":
        return alt(at("ak", what[0]))
    if code in ("identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal"):
        return alt(at(what[0], what[1]))
    if code == "jenjang-golongan-tidak-sesuai":
        return alt(at("pegawai", "pangkat"), at("pegawai", "jabatan"))
    if code == "penilai-sama-dengan-pegawai":
        return alt(at("penilai", "nip"), at("pegawai", "nip"))
    if code == "periode-tidak-valid":
        return alt(at("periode"))
    if code in ("realisasi-kosong",):
        return alt(at("pen", "realisasi", *u, *what))
    if code == "capaian-tidak-sesuai":
        return alt(
            at("pen", "capaian", *u, *what),
            at("pen", "kat_capaian", *u, *what),
            at("pen", "nilai", *u, *what),
        )
    if code == "target-penilaian-berbeda":
        i, j = what[:2]
        return alt(
            at("pen", "target", *u, i, j),
            *([at("pen", "satuan", *u, i, j)] if ("pen", "satuan", *u, i, j) in pos else []),
        )
    return {"code": code, "sheet": None, "cell": None}


# --------------------------------------------------------------------------------------------------------
# Other regimes, an unfilled template, an empty workbook
# --------------------------------------------------------------------------------------------------------


def pp46() -> list[Grid]:
    g = Grid("SKP")
    g.put(1, 1, "FORMULIR SASARAN KERJA", bold=True)
    g.merge(1, 1, 1, 9)
    g.put(2, 1, "PEGAWAI NEGERI SIPIL", bold=True)
    g.merge(2, 1, 2, 9)
    g.put(4, 1, "NO")
    g.put(4, 2, "I. PEJABAT PENILAI")
    g.put(4, 4, "NO")
    g.put(4, 5, "II. PEGAWAI NEGERI SIPIL YANG DINILAI")
    o, a = P["ja-dukcapil"], P["at-dukcapil"]
    for k, (lab, f) in enumerate(
        (
            ("Nama", "nama"),
            ("NIP", "nip"),
            ("Pangkat/Gol.Ruang", "pangkat"),
            ("Jabatan", "jabatan"),
            ("Unit Kerja", "unit"),
        ),
        1,
    ):
        g.put(4 + k, 1, k)
        g.put(4 + k, 2, lab)
        g.put(4 + k, 3, getattr(a, f))
        g.put(4 + k, 4, k)
        g.put(4 + k, 5, lab)
        g.put(4 + k, 6, getattr(o, f))
    r = 11
    for c, h in enumerate(["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"], 1):
        g.put(r, c, h, bold=True)
    g.merge(r, 4, r, 7)
    for c, h in enumerate(["KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"], 4):
        g.put(r + 1, c, h, bold=True)
    rows = [
        ("Melayani perekaman KTP elektronik", "-", "2400 keping", 100, "12 bulan", "-"),
        ("Mengarsipkan berkas permohonan KK", "-", "1800 berkas", 100, "12 bulan", "-"),
        ("Menyusun laporan bulanan pelayanan", "-", "12 laporan", 100, "12 bulan", "-"),
    ]
    for n, row in enumerate(rows, 1):
        g.put(r + 1 + n, 1, n)
        for c, val in enumerate(row, 2):
            g.put(r + 1 + n, c, val)
    g.put(r + 6, 6, "Tanjung Sari, 2 Januari 2016")
    g2 = Grid("PENGUKURAN")
    g2.put(1, 1, "PENILAIAN CAPAIAN SASARAN KERJA", bold=True)
    g2.put(2, 1, "PEGAWAI NEGERI SIPIL")
    g2.put(3, 1, "Jangka Waktu Penilaian 2 Januari s.d. 31 Desember 2016")
    return [g, g2]


def permen6() -> list[Grid]:
    g = Grid("SKP")
    g.put(1, 1, "SASARAN KINERJA PEGAWAI", bold=True)
    g.put(2, 1, "PENDEKATAN HASIL KERJA KUALITATIF")
    g.put(3, 1, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2023")
    o, a = P["ja-bpkad"], P["at-bpkad"]
    g.put(5, 1, "NO")
    g.put(5, 2, "PEGAWAI YANG DINILAI")
    g.put(5, 4, "NO")
    g.put(5, 5, "PEJABAT PENILAI KINERJA")
    for k, (lab, f) in enumerate(
        (
            ("NAMA", "nama"),
            ("NIP", "nip"),
            ("PANGKAT/GOL RUANG", "pangkat"),
            ("JABATAN", "jabatan"),
            ("UNIT KERJA", "unit"),
        ),
        1,
    ):
        g.put(5 + k, 1, k)
        g.put(5 + k, 2, lab)
        g.put(5 + k, 3, getattr(o, f))
        g.put(5 + k, 4, k)
        g.put(5 + k, 5, lab)
        g.put(5 + k, 6, getattr(a, f))
    g.put(12, 1, "HASIL KERJA", bold=True)
    for c, h in enumerate(
        [
            "NO",
            "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
            "RENCANA HASIL KERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET/PERSPEKTIF",
        ],
        1,
    ):
        g.put(13, c, h, bold=True)
    g.put(14, 1, "A. UTAMA")
    g.put(15, 1, 1)
    g.put(15, 2, "Laporan barang milik daerah yang akurat")
    g.put(15, 3, "Data aset perangkat daerah terekonsiliasi")
    g.put(15, 4, "Kuantitas")
    g.put(15, 5, "Jumlah perangkat daerah yang terekonsiliasi")
    g.put(15, 6, "38 perangkat daerah")
    g.put(17, 1, "PERILAKU KERJA", bold=True)
    g.put(18, 1, 1)
    g.put(18, 2, "Berorientasi Pelayanan")
    g.put(18, 3, "Ekspektasi Khusus Pimpinan: tanggap terhadap permintaan data aset")
    g.put(19, 1, "EKSPEKTASI KHUSUS PIMPINAN")
    g.put(
        20, 1, "LAMPIRAN SASARAN KINERJA PEGAWAI: DUKUNGAN SUMBER DAYA, SKEMA PERTANGGUNGJAWABAN, KONSEKUENSI"
    )
    return [g]


def templat() -> list[Grid]:
    g = Grid("SKP")
    g.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", bold=True)
    g.merge(1, 1, 1, 6)
    g.put(2, 1, "{{ nama_instansi }}")
    g.put(3, 1, "PERIODE PENILAIAN: ........ SD ........")
    g.put(5, 1, "NO")
    g.put(5, 2, "PEGAWAI YANG DINILAI")
    g.put(5, 4, "NO")
    g.put(5, 5, "PEJABAT PENILAI KINERJA")
    for k, lab in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"], 1):
        g.put(5 + k, 1, k)
        g.put(5 + k, 2, lab)
        g.put(5 + k, 3, "[isi]" if k % 2 else "......................")
        g.put(5 + k, 4, k)
        g.put(5 + k, 5, lab)
        g.put(5 + k, 6, f"{{{{ penilai_{k} }}}}")
    for c, h in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        1,
    ):
        g.put(12, c, h, bold=True)
    g.put(13, 1, "A. KINERJA UTAMA")
    g.put(14, 1, 1)
    g.put(15, 1, 2)
    g.put(16, 1, "B. KINERJA TAMBAHAN")
    g.put(17, 1, 1)
    return [g]


def kosong() -> list[Grid]:
    return [Grid("Sheet1")]


# --------------------------------------------------------------------------------------------------------
# The set: (name, form, agency, tambahan, variation, defects, writer)
# --------------------------------------------------------------------------------------------------------

V0 = {"label": "baku", "col0": 1}
K2 = ["CUKUP", "SANGAT BAIK"]
K3 = ["CUKUP", "BAIK", "SANGAT BAIK"]
K4 = ["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
KT = ["KURANG", "CUKUP", "TARGET/BAIK", "SANGAT BAIK"]

SET: list[tuple[str, str, str, str | None, dict, list[tuple], str]] = [
    # ---- JA Model Dasar
    ("ja-dasar-01", "ja-dasar", "dukcapil", None, {**V0, "pangkat": "tk"}, [], "o"),
    (
        "ja-dasar-02",
        "ja-dasar",
        "bpkad",
        "seminar",
        {"label": "judul", "col0": 2, "kop": 1, "nomor": "titik", "nomor_kolom": True, "ttd_tanggal": True},
        [],
        "o",
    ),
    (
        "ja-dasar-03",
        "ja-dasar",
        "rsud",
        None,
        {
            "label": "ketik",
            "col0": 1,
            "aspek": "iki",
            "split": "kolom",
            "nip_spasi": True,
            "tambahan": "strip",
            "sheet": "SKP 2024",
        },
        [],
        "x",
    ),
    (
        "ja-dasar-04",
        "ja-dasar",
        "balai",
        "satgas",
        {
            "label": "baku",
            "col0": 3,
            "identitas": "tumpuk",
            "periode": "tanggal",
            "kolom_kosong": True,
            "keterangan": True,
            "aspek": "mutu",
        },
        [],
        "o",
    ),
    (
        "ja-dasar-05",
        "ja-dasar",
        "dukcapil",
        None,
        {**V0, "kop": 1, "penilaian": True, "capaian": "teks"},
        [
            ("rk-berbasis-aktivitas", 1, "Melaksanakan pelayanan penerbitan akta kelahiran di kecamatan"),
            ("target-penilaian-berbeda", 0, 0, "9000 keping"),
        ],
        "o",
    ),
    (
        "ja-dasar-06",
        "ja-dasar",
        "bpkad",
        None,
        {"label": "judul", "col0": 2, "split": "sub", "angka": "teks"},
        [("nip-tidak-valid", "pegawai", "nip", "19930227201903208"), ("iki-tanpa-target", 1, 1)],
        "x",
    ),
    (
        "ja-dasar-07",
        "ja-dasar",
        "rsud",
        "seminar",
        {**V0, "periode": "kanan", "unit_dua": True},
        [
            ("rk-atasan-kosong", 1),
            ("target-absolut", 0, 1, "Setiap berkas rawat inap lengkap terisi dalam 24 jam"),
        ],
        "o",
    ),
    # ---- JA Model Pengembangan
    (
        "ja-pengembangan-01",
        "ja-pengembangan",
        "bappeda",
        None,
        {**V0, "levels": LEVELS5, "petunjuk": True, "pangkat": "kapital"},
        [],
        "o",
    ),
    (
        "ja-pengembangan-02",
        "ja-pengembangan",
        "disdik",
        "seminar",
        {"label": "judul", "col0": 2, "kop": 1, "levels": K2, "memantau": "satu", "nomor": "titik"},
        [],
        "o",
    ),
    (
        "ja-pengembangan-03",
        "ja-pengembangan",
        "balai",
        None,
        {
            "label": "ketik",
            "col0": 1,
            "levels": K4,
            "aspek": "pp46",
            "memantau": "per-iki",
            "periode": "bawah",
            "sheet": "Rencana SKP",
        },
        [],
        "x",
    ),
    (
        "ja-pengembangan-04",
        "ja-pengembangan",
        "bpkad",
        None,
        {
            **V0,
            "levels": K4,
            "split": "kolom",
            "angka": "persen",
            "nomor_kolom": True,
            "keterangan": True,
            "penilaian": True,
        },
        [],
        "o",
    ),
    (
        "ja-pengembangan-05",
        "ja-pengembangan",
        "bappeda",
        None,
        {**V0, "levels": LEVELS5, "kop": 1},
        [
            ("kategori-tidak-membedakan", 0, 0, "sb"),
            ("pangkat-tidak-dikenal", "pegawai", "pangkat", "Penata Muda, III/c"),
        ],
        "o",
    ),
    (
        "ja-pengembangan-06",
        "ja-pengembangan",
        "disdik",
        None,
        {"label": "judul", "col0": 2, "levels": K3},
        [("kategori-tidak-membedakan", 2, 0, "cukup"), ("cara-memantau-kosong", 1)],
        "x",
    ),
    (
        "ja-pengembangan-07",
        "ja-pengembangan",
        "dukcapil",
        None,
        {**V0, "levels": LEVELS5, "identitas": "tumpuk"},
        [("kategori-tidak-berurutan", 1, 0), ("target-tanpa-satuan", 0, 0)],
        "o",
    ),
    # ---- JF Model Dasar
    ("jf-dasar-01", "jf-dasar", "bappeda", None, {**V0, "ak": "angka", "baris_kosong": True}, [], "o"),
    (
        "jf-dasar-02",
        "jf-dasar",
        "rsud",
        "seminar",
        {"label": "judul", "col0": 2, "kop": 1, "nomor": "titik", "nip_spasi": True, "penilaian": True},
        [],
        "o",
    ),
    (
        "jf-dasar-03",
        "jf-dasar",
        "dukcapil",
        None,
        {
            "label": "ketik",
            "col0": 1,
            "aspek": "kapital",
            "split": "sub",
            "angka": "persen",
            "sheet": "Form SKP",
            "ak_sheet": "Lamp. Angka Kredit",
            "ak_dulu": True,
            "penilaian": True,
            "rumus": True,
        },
        [],
        "x",
    ),
    (
        "jf-dasar-04",
        "jf-dasar",
        "disdik",
        None,
        {**V0},
        [("keterkaitan-ak-hilang",), ("aspek-ganda", 0, 1)],
        "o",
    ),
    (
        "jf-dasar-05",
        "jf-dasar",
        "balai",
        None,
        {**V0, "col0": 2, "periode": "kanan"},
        [("angka-kredit-tidak-valid", 1, "-"), ("periode-tidak-valid", "1 Juli 2024", "30 Juni 2025")],
        "o",
    ),
    (
        "jf-dasar-06",
        "jf-dasar",
        "bpkad",
        None,
        {"label": "judul", "col0": 1},
        [
            ("rk-tanpa-butir-kegiatan", 1),
            ("jenjang-golongan-tidak-sesuai", "pegawai", "pangkat", "Pengatur, II/c"),
        ],
        "x",
    ),
    (
        "jf-dasar-07",
        "jf-dasar",
        "rsud",
        None,
        {**V0, "penilaian": True},
        [("realisasi-kosong", 1, 0), ("capaian-tidak-sesuai", 0, 2)],
        "o",
    ),
    # ---- JF Model Pengembangan
    (
        "jf-pengembangan-01",
        "jf-pengembangan",
        "balai",
        None,
        {**V0, "levels": LEVELS5, "pangkat": "tk", "nip_spasi": True},
        [],
        "o",
    ),
    (
        "jf-pengembangan-02",
        "jf-pengembangan",
        "bappeda",
        "seminar",
        {
            "label": "judul",
            "col0": 2,
            "kop": 1,
            "levels": K2,
            "memantau": "satu",
            "ak": "angka",
            "jabatan": "Perencana Ahli Muda selaku Subkoordinator Evaluasi Pembangunan",
        },
        [],
        "o",
    ),
    (
        "jf-pengembangan-03",
        "jf-pengembangan",
        "disdik",
        None,
        {
            "label": "ketik",
            "col0": 1,
            "levels": K3,
            "aspek": "iki",
            "unit_dua": True,
            "jabatan": "PENGAWAS SEKOLAH MADYA",
        },
        [],
        "x",
    ),
    (
        "jf-pengembangan-04",
        "jf-pengembangan",
        "dukcapil",
        None,
        {**V0, "levels": KT, "periode": "tanggal", "penilaian": True},
        [],
        "o",
    ),
    (
        "jf-pengembangan-05",
        "jf-pengembangan",
        "rsud",
        None,
        {**V0, "levels": LEVELS5},
        [("kategori-penilaian-kosong", 1, 1), ("aspek-tidak-valid", 0, 1, "Manfaat")],
        "o",
    ),
    (
        "jf-pengembangan-06",
        "jf-pengembangan",
        "bappeda",
        None,
        {"label": "judul", "col0": 2, "levels": K4},
        [("target-tidak-terukur", 1, 1, "Meningkat"), ("identitas-kosong", "pegawai", "jabatan", "")],
        "x",
    ),
    (
        "jf-pengembangan-07",
        "jf-pengembangan",
        "bpkad",
        None,
        {**V0, "levels": LEVELS5, "split": "kolom"},
        [("target-tanpa-satuan", 1, 0), ("penilai-sama-dengan-pegawai",)],
        "o",
    ),
    # ---- JPT Model Dasar
    ("jpt-dasar-01", "jpt-dasar", "disdik", None, {**V0}, [], "o"),
    (
        "jpt-dasar-02",
        "jpt-dasar",
        "rsud",
        "seminar",
        {"label": "judul", "col0": 2, "kop": 1, "nomor_kolom": True, "penilaian": True, "capaian": "teks"},
        [],
        "o",
    ),
    (
        "jpt-dasar-03",
        "jpt-dasar",
        "bpkad",
        None,
        {"label": "ketik", "col0": 1, "periode": "kanan", "manual_sheet": "MANUAL IKI", "baris_kosong": True},
        [],
        "x",
    ),
    (
        "jpt-dasar-04",
        "jpt-dasar",
        "dukcapil",
        None,
        {**V0},
        [("manual-iki-kosong", 1, 0, "tanpa-formula"), ("rk-ganda", 2)],
        "o",
    ),
    (
        "jpt-dasar-05",
        "jpt-dasar",
        "bappeda",
        None,
        {**V0, "col0": 2},
        [
            ("target-rentang-terbalik", 0, 0, "90 - 80 nilai"),
            ("nip-tidak-valid", "pegawai", "nip", "196707121994131001"),
        ],
        "x",
    ),
    ("jpt-dasar-06", "jpt-dasar", "disdik", None, {**V0}, [("manual-iki-kosong", "semua")], "o"),
    # ---- JPT Model Pengembangan
    ("jpt-pengembangan-01", "jpt-pengembangan", "bappeda", None, {**V0}, [], "o"),
    (
        "jpt-pengembangan-02",
        "jpt-pengembangan",
        "dukcapil",
        "seminar",
        {"label": "judul", "col0": 2, "kop": 1, "nomor": "titik", "ttd_tanggal": True},
        [],
        "o",
    ),
    (
        "jpt-pengembangan-03",
        "jpt-pengembangan",
        "rsud",
        None,
        {"label": "ketik", "col0": 1, "merge": False, "periode": "bawah"},
        [],
        "x",
    ),
    (
        "jpt-pengembangan-04",
        "jpt-pengembangan",
        "bpkad",
        None,
        {**V0},
        [("perspektif-tidak-valid", 2, "Inovasi Daerah"), ("iki-tanpa-target", 3, 0)],
        "o",
    ),
    (
        "jpt-pengembangan-05",
        "jpt-pengembangan",
        "disdik",
        None,
        {**V0, "penilaian": True},
        [("target-penilaian-berbeda", 1, 0, "85%")],
        "o",
    ),
    (
        "jpt-pengembangan-06",
        "jpt-pengembangan",
        "rsud",
        None,
        {**V0, "col0": 2},
        [("identitas-kosong", "pegawai", "unit", ""), ("rk-tanpa-iki", 2)],
        "x",
    ),
]

LAIN = [
    ("lain-pp46-2011", pp46, "format-lain"),
    ("lain-permen-6-2022", permen6, "format-lain"),
    ("templat-belum-diisi", templat, "templat-belum-diisi"),
    ("kosong", kosong, "bukan-skp"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set evaluasi tertahan nyata_c.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    files = []
    for name, form, ag, tam, v, defects, writer in SET:
        skp = make_skp(form, ag, 2024, tam)
        if "jabatan" in v:
            skp.pegawai.jabatan = v["jabatan"]
        for o in (skp.pegawai, skp.penilai):
            o.pangkat = gaya_pangkat(o.pangkat, v.get("pangkat", ""))
        v = {"label": "baku", **v}
        grids, _, manifest = build(skp, v, defects)
        path = args.keluaran / f"{name}.xlsx"
        (render_openpyxl if writer == "o" else render_xlsxwriter)(grids, path)
        files.append(
            {
                "file": path.name,
                "form": form,
                "clean": not manifest,
                "defects": manifest,
                "jabatan": skp.pegawai.jabatan or None,
                "writer": "openpyxl" if writer == "o" else "xlsxwriter",
                "layout": {k: v[k] for k in sorted(v)},
            }
        )
    for name, fn, code in LAIN:
        path = args.keluaran / f"{name}.xlsx"
        render_openpyxl(fn(), path)
        d: dict[str, Any] = {"code": code, "sheet": None, "cell": None}
        if code == "bukan-skp":
            d["any_of"] = ["bukan-skp", "templat-belum-diisi"]
        files.append({"file": path.name, "form": None, "clean": False, "defects": [d]})
    args.harapan.write_text(
        json.dumps({"set": "nyata_c", "files": files}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
