"""Generator set evaluasi tertahan ``nyata_e`` (deterministik, benih 20261206).

Ditulis hanya dari SPEC §3, §3.10, §5–§7, ``benchmarks/nyata/ukur.py`` dan ``tests/nyata_sets.py``,
terpisah dari kode pembaca, templat, mapping, fixture dan generator set lain. Setiap buku kerja dibangun
dulu sebagai kisi sel (:class:`Lembar`); penata letak mencatat sel setiap nilai (``pos``), sehingga sel
setiap cacat tersisip diketahui tepat. Penulis: openpyxl, XlsxWriter, dan LibreOffice (berkas openpyxl yang
dikonversi ``soffice``).

Pemakaian: ``python benchmarks/nyata_e/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

SEED = 20261206
HERE = Path(__file__).resolve().parent


# ---- kisi sel
@dataclass
class Lembar:
    name: str
    cells: dict = field(default_factory=dict)  # (r, c) -> value
    fmt: dict = field(default_factory=dict)  # (r, c) -> number format
    formulas: dict = field(default_factory=dict)  # (r, c) -> (formula, cached)
    merges: list = field(default_factory=list)  # (r1, c1, r2, c2)
    hidden_cols: set = field(default_factory=set)
    hidden_rows: set = field(default_factory=set)
    hidden: bool = False

    def put(self, r, c, v, fmt=None):
        if v is None:
            return
        self.cells[(r, c)] = v
        if fmt:
            self.fmt[(r, c)] = fmt

    def merge(self, r1, c1, r2, c2):
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def addr(r, c):
    return f"{get_column_letter(c)}{r}"


def write_openpyxl(sheets, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), v in sorted(sh.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if (r, c) in sh.fmt:
                cell.number_format = sh.fmt[(r, c)]
            if isinstance(v, str) and "\n" in v:
                cell.alignment = openpyxl.styles.Alignment(wrap_text=True)
        for (r, c), (f, _cached) in sorted(sh.formulas.items()):
            ws.cell(row=r, column=c, value=f)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c in sorted(sh.hidden_cols):
            ws.column_dimensions[get_column_letter(c)].hidden = True
        for r in sorted(sh.hidden_rows):
            ws.row_dimensions[r].hidden = True
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)


def write_xlsxwriter(sheets, path):
    wb = xlsxwriter.Workbook(str(path))
    formats = {}

    def fmt_of(num, wrap):
        key = (num, wrap)
        if key not in formats:
            props = {}
            if num:
                props["num_format"] = num
            if wrap:
                props["text_wrap"] = True
            formats[key] = wb.add_format(props)
        return formats[key]

    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        merged_tl = {(m[0], m[1]): m for m in sh.merges}
        inside = set()
        for r1, c1, r2, c2 in sh.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        inside.add((r, c))
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in merged_tl or (r, c) in inside:
                continue
            f = fmt_of(sh.fmt.get((r, c)), isinstance(v, str) and "\n" in v)
            ws.write(r - 1, c - 1, v, f)
        for (r, c), (formula, cached) in sorted(sh.formulas.items()):
            ws.write_formula(r - 1, c - 1, formula, fmt_of(sh.fmt.get((r, c)), False), cached)
        for r1, c1, r2, c2 in sh.merges:
            v = sh.cells.get((r1, c1), "")
            f = fmt_of(sh.fmt.get((r1, c1)), isinstance(v, str) and "\n" in v)
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v, f)
        for c in sorted(sh.hidden_cols):
            ws.set_column(c - 1, c - 1, None, None, {"hidden": True})
        for r in sorted(sh.hidden_rows):
            ws.set_row(r - 1, None, None, {"hidden": True})
        if sh.hidden:
            ws.hide()
    wb.close()


def write_libreoffice(sheets, path):
    """Tulis dengan openpyxl lalu simpan ulang lewat LibreOffice (seperti berkas yang dibuka dan disimpan di
    LibreOffice Calc oleh pegawai)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src" / path.name
        src.parent.mkdir()
        write_openpyxl(sheets, src)
        out = Path(tmp) / "out"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profil",
                "--headless",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(out),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(out / path.name, path)


WRITERS = {"openpyxl": write_openpyxl, "xlsxwriter": write_xlsxwriter, "libreoffice": write_libreoffice}


# ---- data dasar
PANGKAT = {
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}


def pangkat_text(gol, style):
    name = PANGKAT[gol]
    roman, letter = gol.split("/")
    if style == 0:
        return f"{name}, {gol}"
    if style == 1:
        return f"{name.replace('Tingkat I', 'Tk. I')} ({gol})"
    if style == 2:
        return f"{name.upper().replace('TINGKAT I', 'TK.I')}/{roman}{letter}"
    return f"{name} / {roman} {letter}"


DEPAN = [
    "Agus",
    "Rini",
    "Bambang",
    "Sri",
    "Hendra",
    "Yuliana",
    "Rudi",
    "Wulan",
    "Fajar",
    "Nurhayati",
    "Dedi",
    "Maya",
    "Teguh",
    "Ratna",
    "Imam",
    "Dewi",
    "Arif",
    "Lestari",
    "Gilang",
    "Puspita",
    "Yoga",
    "Fitri",
    "Hasan",
    "Melati",
    "Bayu",
    "Intan",
    "Rahmat",
    "Sinta",
    "Wahyu",
    "Kartika",
]
BELAKANG = [
    "Prasetyo",
    "Handayani",
    "Saputra",
    "Wijayanti",
    "Gunawan",
    "Kusumawati",
    "Hidayat",
    "Permatasari",
    "Nugroho",
    "Rahmawati",
    "Setiawan",
    "Anggraini",
    "Santoso",
    "Maharani",
    "Firmansyah",
    "Pertiwi",
    "Siregar",
    "Lubis",
    "Pohan",
    "Manurung",
    "Tanjung",
    "Nasution",
    "Wibowo",
    "Susanti",
]
GELAR_DEPAN = ["", "", "", "Ir. ", "Dr. ", "drg. ", "dr. "]
GELAR_BELAKANG = [
    "",
    ", S.Kom.",
    ", S.E.",
    ", S.T., M.T.",
    ", M.Si.",
    ", S.Sos.",
    ", S.H., M.H.",
    ", S.P.",
    ", A.Md.",
]


def nip(rng, gender=None):
    y = rng.randint(1970, 1994)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    ty = rng.randint(y + 20, min(y + 30, 2021))
    tm = rng.randint(1, 12)
    g = gender or rng.choice("12")
    seq = rng.randint(1, 999)
    return f"{y}{m:02d}{d:02d}{ty}{tm:02d}{g}{seq:03d}"


def nip_text(n, style):
    if style == 1:
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"
    return n


def nama(rng):
    return (
        rng.choice(GELAR_DEPAN) + rng.choice(DEPAN) + " " + rng.choice(BELAKANG) + rng.choice(GELAR_BELAKANG)
    )


# Instansi (rekaan): nama, tempat tanda tangan, tema RK
INSTANSI = {
    "kominfo": ("Dinas Komunikasi, Informatika dan Persandian Kota Batu Arang", "Batu Arang"),
    "bappeda": ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Lembah Hijau", "Sukarame"),
    "dinkes": ("Dinas Kesehatan Kabupaten Pesisir Timur", "Tanjung Lamar"),
    "dlh": ("Dinas Lingkungan Hidup Provinsi Nusa Kencana", "Kencana Raya"),
    "tani": ("Dinas Pertanian dan Ketahanan Pangan Kabupaten Lembah Hijau", "Sukarame"),
}

# (rk atasan, rk, [(aspek, iki, target, satuan)]) -- kategori dihitung dari target
TEMA = {
    "kominfo": [
        (
            "Meningkatnya kualitas layanan aplikasi pemerintahan berbasis elektronik",
            "Aplikasi layanan publik terintegrasi tersedia dan dapat diakses masyarakat",
            [
                ("Kuantitas", "Jumlah aplikasi layanan publik yang terintegrasi", 8, "aplikasi"),
                ("Kualitas", "Persentase aplikasi yang lolos uji keamanan", 90, "%"),
                ("Waktu", "Waktu penyelesaian integrasi aplikasi", 10, "bulan"),
            ],
        ),
        (
            "Tersedianya infrastruktur jaringan pemerintah daerah yang andal",
            "Jaringan intranet perangkat daerah berfungsi andal",
            [
                (
                    "Kuantitas",
                    "Jumlah perangkat daerah yang terhubung jaringan intranet",
                    32,
                    "perangkat daerah",
                ),
                ("Kualitas", "Tingkat ketersediaan layanan jaringan", 98, "%"),
            ],
        ),
        (
            "Meningkatnya keamanan informasi pemerintah daerah",
            "Insiden keamanan informasi tertangani tuntas",
            [
                ("Kuantitas", "Jumlah laporan penanganan insiden yang diselesaikan", 24, "laporan"),
                ("Waktu", "Rata-rata waktu penanganan insiden", 3, "hari"),
            ],
        ),
    ],
    "bappeda": [
        (
            "Dokumen perencanaan pembangunan daerah berkualitas dan tepat waktu",
            "Rancangan RKPD Tahun 2027 tersusun tepat waktu",
            [
                ("Kuantitas", "Jumlah dokumen rancangan RKPD yang ditetapkan", 1, "dokumen"),
                ("Kualitas", "Persentase program RKPD yang selaras dengan RPJMD", 95, "%"),
                ("Waktu", "Waktu penyelesaian rancangan RKPD", 6, "bulan"),
            ],
        ),
        (
            "Meningkatnya kualitas data pembangunan daerah",
            "Data indikator makro pembangunan termutakhirkan",
            [
                ("Kuantitas", "Jumlah indikator makro yang dimutakhirkan", 1250, "indikator"),
                ("Kualitas", "Persentase indikator yang terverifikasi sumbernya", 90, "%"),
            ],
        ),
        (
            "Hasil riset dan inovasi daerah dimanfaatkan perangkat daerah",
            "Rekomendasi hasil kajian inovasi daerah disampaikan kepada pimpinan",
            [
                ("Kuantitas", "Jumlah rekomendasi kajian yang disampaikan", 12, "rekomendasi"),
                ("Waktu", "Waktu penyampaian rekomendasi setelah kajian selesai", 14, "hari"),
            ],
        ),
    ],
    "dinkes": [
        (
            "Meningkatnya cakupan imunisasi dasar lengkap",
            "Bayi di wilayah kerja mendapat imunisasi dasar lengkap",
            [
                ("Kuantitas", "Jumlah bayi yang mendapat imunisasi dasar lengkap", 1420, "bayi"),
                ("Kualitas", "Persentase desa UCI (Universal Child Immunization)", 92, "%"),
            ],
        ),
        (
            "Menurunnya kasus penyakit menular di kabupaten",
            "Kasus demam berdarah terlaporkan dan tertangani cepat",
            [
                ("Kuantitas", "Jumlah laporan penyelidikan epidemiologi yang diselesaikan", 60, "laporan"),
                ("Waktu", "Waktu penyelidikan epidemiologi sejak kasus dilaporkan", 1, "hari"),
            ],
        ),
        (
            "Laporan keuangan dinas akuntabel",
            "Pertanggungjawaban belanja program kesehatan masyarakat tertib",
            [
                ("Kuantitas", "Jumlah laporan pertanggungjawaban yang diverifikasi", 48, "laporan"),
                ("Biaya", "Realisasi biaya operasional verifikasi", 45000000, "rupiah"),
            ],
        ),
    ],
    "dlh": [
        (
            "Meningkatnya kualitas air sungai di provinsi",
            "Data kualitas air sungai prioritas tersedia akurat",
            [
                ("Kuantitas", "Jumlah titik pantau kualitas air yang diuji", 36, "titik"),
                ("Kualitas", "Persentase hasil uji yang memenuhi standar mutu laboratorium", 95, "%"),
                ("Waktu", "Waktu penyampaian laporan hasil uji", 12, "bulan"),
            ],
        ),
        (
            "Meningkatnya ketaatan usaha terhadap izin lingkungan",
            "Usaha dan/atau kegiatan yang diawasi taat terhadap persetujuan lingkungan",
            [
                ("Kuantitas", "Jumlah usaha yang diawasi", 40, "usaha"),
                ("Kualitas", "Persentase usaha yang diawasi yang taat", 80, "%"),
            ],
        ),
        (
            "Berkurangnya timbulan sampah yang tidak terkelola",
            "Bank sampah binaan aktif beroperasi",
            [
                ("Kuantitas", "Jumlah bank sampah binaan yang aktif", 25, "unit"),
                ("Waktu", "Waktu pembinaan bank sampah", 9, "bulan"),
            ],
        ),
    ],
    "tani": [
        (
            "Meningkatnya produksi padi kabupaten",
            "Kelompok tani binaan menerapkan budidaya padi sesuai anjuran",
            [
                ("Kuantitas", "Jumlah kelompok tani binaan yang menerapkan budidaya anjuran", 18, "kelompok"),
                ("Kualitas", "Persentase kelompok tani yang naik kelas kemampuan", 30, "%"),
            ],
        ),
        (
            "Meningkatnya ketersediaan pangan masyarakat",
            "Data luas tanam dan panen desa binaan tersaji akurat",
            [
                ("Kuantitas", "Jumlah laporan luas tanam dan panen", 12, "laporan"),
                ("Waktu", "Waktu penyampaian laporan bulanan", 5, "hari"),
            ],
        ),
        (
            "Meningkatnya akses petani terhadap pembiayaan",
            "Petani binaan memperoleh kredit usaha rakyat sektor pertanian",
            [
                ("Kuantitas", "Jumlah petani yang memperoleh KUR", 45, "orang"),
                ("Kualitas", "Persentase pengajuan KUR yang disetujui", 85, "%"),
            ],
        ),
    ],
}

TAMBAHAN = [
    (
        "Sertifikat pelatihan kepemimpinan diperoleh",
        [("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", 1, "sertifikat")],
    ),
    (
        "Tulisan praktik baik unit kerja terbit di media instansi",
        [("Kuantitas", "Jumlah artikel yang terbit", 2, "artikel")],
    ),
    (
        "Layanan relawan donor darah instansi terselenggara",
        [("Kuantitas", "Jumlah kantong darah yang terkumpul", 150, "kantong")],
    ),
]

# JPT: (perspektif, rk, [(iki, target, satuan)])
TEMA_JPT = {
    "kominfo": [
        (
            "Penerima Layanan",
            "Meningkatnya kepuasan masyarakat terhadap layanan informasi publik",
            [("Indeks Kepuasan Masyarakat atas layanan informasi publik", 82.5, "")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kematangan Sistem Pemerintahan Berbasis Elektronik",
            [
                ("Indeks SPBE Kota Batu Arang", 3.5, ""),
                ("Persentase perangkat daerah yang memakai aplikasi umum", 85, "%"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi aparatur bidang teknologi informasi",
            [("Persentase pegawai bersertifikat kompetensi TIK", 40, "%")],
        ),
        (
            "Anggaran",
            "Anggaran dinas terserap secara akuntabel",
            [("Persentase realisasi anggaran", 95, "%")],
        ),
    ],
    "bappeda": [
        (
            "Penerima Layanan",
            "Meningkatnya kualitas perencanaan pembangunan daerah",
            [
                ("Nilai evaluasi dokumen perencanaan oleh provinsi", 85, ""),
                ("Jumlah inovasi daerah yang diterapkan", 15, "inovasi"),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya keselarasan program perangkat daerah dengan RPJMD",
            [("Persentase program perangkat daerah yang selaras dengan RPJMD", 100, "%")],
        ),
        ("Penguatan Internal", "Meningkatnya akuntabilitas kinerja badan", [("Nilai AKIP badan", 78, "")]),
        ("Anggaran", "Belanja badan terealisasi sesuai rencana", [("Persentase realisasi belanja", 95, "%")]),
    ],
    "dinkes": [
        (
            "Penerima Layanan",
            "Meningkatnya derajat kesehatan masyarakat",
            [
                ("Angka kematian bayi per 1.000 kelahiran hidup", 9, "per 1.000 kelahiran hidup"),
                ("Persentase balita stunting", 14, "%"),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya mutu layanan fasilitas kesehatan",
            [("Jumlah puskesmas terakreditasi paripurna", 12, "puskesmas")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi tenaga kesehatan",
            [("Persentase tenaga kesehatan yang memenuhi standar kompetensi", 90, "%")],
        ),
        (
            "Anggaran",
            "Pengelolaan keuangan dinas yang akuntabel",
            [("Persentase realisasi anggaran dinas", 95, "%")],
        ),
    ],
    "dlh": [
        (
            "Penerima Layanan",
            "Meningkatnya kualitas lingkungan hidup provinsi",
            [("Indeks Kualitas Lingkungan Hidup", 68.4, ""), ("Indeks Kualitas Air", 55.2, "")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya ketaatan pelaku usaha terhadap izin lingkungan",
            [("Persentase usaha yang taat terhadap persetujuan lingkungan", 75, "%")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kapasitas pengawas lingkungan hidup",
            [("Jumlah pengawas lingkungan hidup bersertifikat", 20, "orang")],
        ),
        (
            "Anggaran",
            "Anggaran dinas terserap secara akuntabel",
            [("Persentase realisasi anggaran", 95, "%")],
        ),
    ],
}
TAMBAHAN_JPT = (
    "Penguatan Internal",
    "Buku praktik baik pengelolaan kinerja terbit",
    [("Jumlah buku yang diterbitkan", 1, "buku")],
)

JABATAN = {
    "ja": [  # (jabatan, gol pegawai, jabatan penilai, gol penilai)
        (
            "kominfo",
            "Kepala Bidang Aplikasi Informatika",
            "IV/a",
            "Kepala Dinas Komunikasi, Informatika dan Persandian",
            "IV/c",
        ),
        ("bappeda", "Kepala Subbagian Umum dan Kepegawaian", "III/d", "Sekretaris Badan", "IV/b"),
        (
            "dinkes",
            "Kepala Seksi Surveilans dan Imunisasi",
            "III/d",
            "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
            "IV/a",
        ),
        ("dlh", "Penata Laporan Keuangan", "III/b", "Kepala Subbagian Keuangan", "III/d"),
        (
            "tani",
            "Plt. Kepala Seksi Produksi Tanaman Pangan",
            "III/c",
            "Kepala Bidang Tanaman Pangan dan Hortikultura",
            "IV/a",
        ),
        ("kominfo", "Pengadministrasi Perkantoran", "II/c", "Kepala Subbagian Umum dan Kepegawaian", "III/d"),
        ("dlh", "Kepala Bidang Penaatan dan Pengawasan Lingkungan", "IV/b", "Sekretaris Dinas", "IV/b"),
    ],
    "jf": [  # (tema, jabatan, gol, penilai, gol penilai, butir kegiatan, output, ak)
        (
            "kominfo",
            "Pranata Komputer Ahli Pertama",
            "III/b",
            "Kepala Bidang Aplikasi Informatika",
            "IV/a",
            "Melakukan pengujian aplikasi",
            "Laporan hasil pengujian",
            "0,054",
        ),
        (
            "bappeda",
            "Perencana Ahli Muda",
            "III/d",
            "Kepala Bidang Perencanaan Pemerintahan",
            "IV/a",
            "Menyusun rancangan rencana pembangunan tahunan",
            "Dokumen rancangan",
            "0,375",
        ),
        (
            "dinkes",
            "Epidemiolog Kesehatan Ahli Muda",
            "III/c",
            "Kepala Seksi Surveilans dan Imunisasi",
            "III/d",
            "Melakukan penyelidikan epidemiologi",
            "Laporan penyelidikan",
            "0,1",
        ),
        (
            "tani",
            "Penyuluh Pertanian Terampil",
            "II/d",
            "Koordinator Balai Penyuluhan Pertanian",
            "III/d",
            "Melakukan pendampingan kelompok tani",
            "Laporan pendampingan",
            "0,012",
        ),
        (
            "dlh",
            "Pengendali Dampak Lingkungan Madya",
            "IV/a",
            "Kepala Bidang Penaatan dan Pengawasan Lingkungan",
            "IV/b",
            "Melakukan pengawasan ketaatan usaha",
            "Berita acara pengawasan",
            "0,4",
        ),
        (
            "kominfo",
            "Pranata Komputer Muda, Koordinator Kelompok Substansi Persandian",
            "III/c",
            "Kepala Bidang Persandian dan Statistik",
            "IV/a",
            "Melakukan analisis insiden keamanan informasi",
            "Laporan analisis insiden",
            "0,18",
        ),
        (
            "tani",
            "Penyuluh Pertanian Mahir",
            "III/b",
            "Koordinator Balai Penyuluhan Pertanian",
            "III/d",
            "Menyusun data potensi wilayah",
            "Data potensi wilayah",
            "0,036",
        ),
    ],
    "jpt": [
        (
            "kominfo",
            "Kepala Dinas Komunikasi, Informatika dan Persandian Kota Batu Arang",
            "IV/c",
            "Wali Kota Batu Arang",
            None,
        ),
        (
            "bappeda",
            "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
            "IV/d",
            "Bupati Lembah Hijau",
            None,
        ),
        ("dinkes", "Kepala Dinas Kesehatan", "IV/c", "Sekretaris Daerah Kabupaten Pesisir Timur", "IV/e"),
        ("dlh", "Kepala Dinas Lingkungan Hidup", "IV/c", "Gubernur Nusa Kencana", None),
    ],
}

UNIT = {
    "kominfo": "Dinas Komunikasi, Informatika dan Persandian",
    "bappeda": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "dinkes": "Dinas Kesehatan",
    "dlh": "Dinas Lingkungan Hidup",
    "tani": "Dinas Pertanian dan Ketahanan Pangan",
}


# ---- model SKP
def fmt_num(x):
    if isinstance(x, float) and not x.is_integer():
        return f"{x}".replace(".", ",")
    x = int(x)
    return f"{x:,}".replace(",", ".")


def target_text(num, sat, style):
    n = fmt_num(num)
    if sat == "":
        return n
    if sat == "%":
        return [f"{n} %", f"{n}%", f"≥ {n} %"][style % 3]
    if sat == "rupiah":
        return f"Rp {n}"
    if style % 3 == 1:
        return f"{n} {sat.title()}"
    return f"{n} {sat}"


def lower_better(aspek):
    return aspek in ("Waktu", "Biaya")


def kategori(num, aspek, levels, sat, with_sat):
    """Ambang kategori penilaian untuk target ``num`` (angka bulat), arah sesuai aspek (SPEC §3.3)."""
    suf = (" %" if sat == "%" else f" {sat}") if with_sat else ""
    t = int(num)
    if lower_better(aspek):
        c1, c2 = (t + 2, t + 4) if t < 100 else (round(t * 1.2), round(t * 1.4))
        full = {
            "SANGAT BAIK": f"< {fmt_num(t)}{suf}",
            "BAIK": f"{fmt_num(t)}{suf}",
            "CUKUP": f"{fmt_num(t + 1)} – {fmt_num(c1)}{suf}",
            "KURANG": f"{fmt_num(c1 + 1)} – {fmt_num(c2)}{suf}",
            "SANGAT KURANG": f"> {fmt_num(c2)}{suf}",
        }
        if len(levels) == 3:
            full["CUKUP"] = f"> {fmt_num(t)}{suf}"
        if len(levels) == 4:
            full["KURANG"] = f"> {fmt_num(c1)}{suf}"
    else:
        a, b = max(round(t * 0.6), 1), max(round(t * 0.8), 2)
        full = {
            "SANGAT BAIK": f"> {fmt_num(t)}{suf}",
            "BAIK": f"{fmt_num(t)}{suf}",
            "CUKUP": f"{fmt_num(b)} – {fmt_num(t - 1)}{suf}",
            "KURANG": f"{fmt_num(a)} – {fmt_num(b - 1)}{suf}",
            "SANGAT KURANG": f"< {fmt_num(a)}{suf}",
        }
        if b - 1 <= a:
            full["KURANG"] = f"{fmt_num(a)}{suf}"
        if len(levels) == 3 or t < 5:
            full["CUKUP"] = f"< {fmt_num(t)}{suf}"
        if len(levels) == 4 and t >= 5:
            full["KURANG"] = f"< {fmt_num(b)}{suf}"
        if t < 5:  # target kecil: hanya CUKUP | BAIK | SANGAT BAIK yang bermakna
            levels = [lv for lv in levels if lv in ("CUKUP", "BAIK", "SANGAT BAIK")]
    return {lv: full[lv] for lv in levels}


CM = [
    ("Laporan bulanan bidang", "Aplikasi e-Kinerja", "Akhir triwulan"),
    ("Rekapitulasi hasil", "Sekretariat dinas", "Bulanan"),
    ("Dokumen hasil kerja", "Arsip unit kerja", "Akhir semester"),
]


def build_model(rng, jenis, model, tema, n_rk, style):
    rks = []
    if jenis == "jpt":
        for persp, rk, ikis in TEMA_JPT[tema]:
            rks.append(
                {
                    "text": rk,
                    "persp": persp,
                    "ikis": [
                        {"aspek": None, "text": t, "num": n, "sat": s, "target": target_text(n, s, style)}
                        for t, n, s in ikis
                    ],
                }
            )
        persp, rk, ikis = TAMBAHAN_JPT
        tamb = [
            {
                "text": rk,
                "persp": persp,
                "ikis": [
                    {"aspek": None, "text": t, "num": n, "sat": s, "target": target_text(n, s, style)}
                    for t, n, s in ikis
                ],
            }
        ]
        return {"utama": rks, "tambahan": tamb}
    for i, (atasan, rk, ikis) in enumerate(TEMA[tema][:n_rk]):
        rks.append(
            {
                "text": rk,
                "atasan": atasan,
                "cm": CM[i % 3],
                "ikis": [
                    {"aspek": a, "text": t, "num": n, "sat": s, "target": target_text(n, s, style + j)}
                    for j, (a, t, n, s) in enumerate(ikis)
                ],
            }
        )
    rk, ikis = TAMBAHAN[rng.randrange(len(TAMBAHAN))]
    tamb = [
        {
            "text": rk,
            "atasan": None,
            "cm": CM[2],
            "ikis": [
                {"aspek": a, "text": t, "num": n, "sat": s, "target": target_text(n, s, style)}
                for a, t, n, s in ikis
            ],
        }
    ]
    return {"utama": rks, "tambahan": tamb}


ASPEK_STYLE = [lambda a: a, lambda a: a.upper(), lambda a: f"IKI {a}", lambda a: f"Aspek {a}"]


# ---- penata letak
ID_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit")
ID_LABELS = {
    "upper": ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"),
    "colon": ("Nama :", "NIP :", "Pangkat/Gol. Ruang :", "Jabatan :", "Unit Kerja :"),
    "wrap": ("NAMA", "NIP", "PANGKAT/\nGOL. RUANG", "JABATAN", "UNIT\nKERJA"),
    "title": ("Nama", "N I P", "Pangkat / Golongan Ruang", "Jabatan", "Unit Kerja"),
}
BLOCK_LABELS = {
    "upper": ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"),
    "colon": ("Pegawai yang Dinilai :", "Pejabat Penilai Kinerja :"),
    "wrap": ("PEGAWAI YANG\nDINILAI", "PEJABAT PENILAI\nKINERJA"),
    "title": ("Pegawai Yang Dinilai", "Pejabat Penilai Kinerja"),
}
COL_LABELS = {
    "upper": {
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
        "persp": "PERSPEKTIF",
    },
    "title": {
        "no": "No.",
        "atasan": "Rencana Kinerja Atasan Langsung/Unit Kerja/Organisasi",
        "rk": "Rencana Kinerja",
        "aspek": "Aspek",
        "iki": "Indikator Kinerja Individu",
        "target": "Target",
        "persp": "Perspektif",
    },
    "wrap": {
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN\nLANGSUNG/UNIT KERJA/\nORGANISASI",
        "rk": "RENCANA\nKINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA\nINDIVIDU",
        "target": "TARGET",
        "persp": "PERSPEKTIF",
    },
}
CM_LABELS = {
    "upper": ("CARA MEMANTAU KINERJA", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"),
    "title": ("Cara Memantau Kinerja", "Data", "Sumber Data", "Waktu Pengumpulan Data"),
    "wrap": ("CARA MEMANTAU\nKINERJA", "DATA", "SUMBER\nDATA", "WAKTU\nPENGUMPULAN"),
}
GROUP_LABELS = {
    "A.": ("A. KINERJA UTAMA", "B. KINERJA TAMBAHAN"),
    "I.": ("I. KINERJA UTAMA", "II. KINERJA TAMBAHAN"),
    "title": ("A. Kinerja Utama", "B. Kinerja Tambahan"),
    "plain": ("KINERJA UTAMA", "KINERJA TAMBAHAN"),
}
TITLES = {"ja": "PEJABAT ADMINISTRASI", "jf": "PEJABAT FUNGSIONAL", "jpt": "PEJABAT PIMPINAN TINGGI"}


def period_cells(sh, r, c0, o, pos, year=2026):
    """Tulis baris periode dengan gaya ``o['periode']``; catat sel nilai di pos['periode']."""
    p = o.get("periode_text")
    style = o["periode"]
    if style == 0:
        v = p or f"PERIODE PENILAIAN : 1 JANUARI {year} S/D 31 DESEMBER {year}"
        sh.put(r, c0, v)
        pos[("periode",)] = (sh.name, addr(r, c0))
    elif style == 1:
        sh.put(r, c0, "Periode Penilaian:")
        sh.put(r, c0 + 2, p or f"02 Januari {year} s/d 31 Desember {year}")
        pos[("periode",)] = (sh.name, addr(r, c0 + 2))
        pos[("periode_label",)] = (sh.name, addr(r, c0))
    elif style == 2:
        v = p or f"PERIODE PENILAIAN: JANUARI S.D. DESEMBER {year}"
        sh.put(r, c0, v)
        pos[("periode",)] = (sh.name, addr(r, c0))
    else:
        v = p or f"Periode Penilaian : 1 Januari – 31 Desember {year}"
        sh.put(r, c0, v)
        pos[("periode",)] = (sh.name, addr(r, c0))
    return r + 1


def identity(sh, r, c0, m, o, pos, tag):
    """Blok identitas; gaya 'side' (dua blok berdampingan, NO | LABEL | NILAI) atau 'stack' (label di kolom B,
    nilai dua kolom ke kanan, blok penilai di bawah blok pegawai)."""
    lab = ID_LABELS[o["id_labels"]]
    blk = BLOCK_LABELS[o["id_labels"]]
    jpt = m["jenis"] == "jpt"
    if o["identity"] == "side":
        right = c0 + (4 if not jpt else 3)
        sh.put(r, c0, "NO")
        sh.put(r, c0 + 1, blk[0])
        sh.merge(r, c0 + 1, r, c0 + 2)
        sh.put(r, right, "NO")
        sh.put(r, right + 1, blk[1])
        sh.merge(r, right + 1, r, right + 2)
        for i, f in enumerate(ID_FIELDS):
            rr = r + 1 + i
            for who, cc in (("pegawai", c0), ("penilai", right)):
                sh.put(rr, cc, i + 1)
                label = lab[i]
                if who == "penilai" and f == "unit" and jpt:
                    label = "INSTANSI" if o["id_labels"] in ("upper", "wrap") else "Instansi"
                sh.put(rr, cc + 1, label)
                sh.put(rr, cc + 2, m[who].get(f))
                pos[("id", who, f)] = (sh.name, addr(rr, cc + 2))
                pos[("idlabel", who, f)] = (sh.name, addr(rr, cc + 1))
        return r + 7
    # stack: label di B, nilai di D (dua kolom ke kanan), kolom C kosong
    for who, head in (("pegawai", blk[0]), ("penilai", blk[1])):
        sh.put(r, 1, "I" if who == "pegawai" else "II")
        sh.put(r, 2, head)
        for i, f in enumerate(ID_FIELDS):
            rr = r + 1 + i
            sh.put(rr, 1, f"{i + 1}.")
            label = lab[i]
            if who == "penilai" and f == "unit" and jpt:
                label = "Instansi"
            sh.put(rr, 2, label)
            sh.put(rr, 4, m[who].get(f))
            pos[("id", who, f)] = (sh.name, addr(rr, 4))
            pos[("idlabel", who, f)] = (sh.name, addr(rr, 2))
        r += 7
    return r


def region(instansi):
    """'Kota Batu Arang' dari nama instansi."""
    return re.search(r"(Kota|Kabupaten|Provinsi) .*$", instansi).group(0)


def header_block(sh, m, o, pos, width, title="RENCANA SASARAN KINERJA PEGAWAI"):
    c0 = o["c0"]
    r = 1
    if o.get("kop"):
        sh.put(r, c0, "PEMERINTAH " + region(m["instansi"]).upper())
        r += 1
    sh.put(r, c0, title)
    sh.merge(r, c0, r, c0 + width - 1)
    r += 1
    sh.put(r, c0, TITLES[m["jenis"]] if o.get("subtitle", True) else None)
    if o.get("subtitle", True):
        sh.merge(r, c0, r, c0 + width - 2)
        r += 1
    sh.put(r, c0, m["instansi"].upper() if o["id_labels"] == "upper" else m["instansi"])
    r += 1
    r = period_cells(sh, r, c0, o, pos) + 1
    r = identity(sh, r, c0, m, o, pos, "skp") + 1
    return r


def columns(m, o):
    """Daftar kolom tabel (kunci, label) sesuai formulir dan gaya."""
    cols = []
    if m["jenis"] == "jpt":
        if m["model"] == "pengembangan":
            cols.append("persp")
        cols += ["no", "rk", "iki", "target"]
        return cols
    cols = ["no", "atasan", "rk"]
    if o.get("hidden_col"):
        cols.append("_hidden")
    cols += ["iki", "aspek", "target"] if o.get("iki_first") else ["aspek", "iki", "target"]
    if m["model"] == "pengembangan":
        cols += [f"kat:{lv}" for lv in o["levels"]]
        cols += ["cm:data", "cm:sumber", "cm:waktu"]
    return cols


def table(sh, r, m, o, pos):
    c0 = o["c0"]
    cols = columns(m, o)
    colno = {k: c0 + i for i, k in enumerate(cols)}
    lab = COL_LABELS[o["col_labels"]]
    two_rows = m["model"] == "pengembangan" and m["jenis"] != "jpt"
    kat_head = o.get("kat_head", "KATEGORI PENILAIAN")
    cml = CM_LABELS[o["col_labels"]]
    for k, c in colno.items():
        if k == "_hidden":
            sh.hidden_cols.add(c)
            continue
        if k.startswith("kat:"):
            sh.put(r + 1, c, k[4:] if o["col_labels"] != "title" else k[4:].title())
            continue
        if k.startswith("cm:"):
            sh.put(r + 1, c, {"data": cml[1], "sumber": cml[2], "waktu": cml[3]}[k[3:]])
            continue
        sh.put(r, c, lab[k])
        if two_rows:
            sh.merge(r, c, r + 1, c)
    if two_rows:
        ks = [colno[k] for k in cols if k.startswith("kat:")]
        sh.put(r, ks[0], kat_head)
        sh.merge(r, ks[0], r, ks[-1])
        cs = [colno[k] for k in cols if k.startswith("cm:")]
        sh.put(r, cs[0], cml[0])
        sh.merge(r, cs[0], r, cs[-1])
        r += 1
    pos["header_row"] = r
    r += 1
    gl = GROUP_LABELS[o["groups"]]
    width = len(cols)
    for g, grp in (("utama", gl[0]), ("tambahan", gl[1])):
        sh.put(r, c0, grp)
        sh.merge(r, c0, r, c0 + min(width, 6) - 1)
        r += 1
        rks = m[g]
        if not rks:
            sh.put(r, colno["rk"], o.get("empty_tambahan", "-"))
            r += 1
            continue
        for i, rk in enumerate(rks):
            n = max(len(rk["ikis"]), 1)
            top = r
            sh.put(r, colno["no"], i + 1)
            sh.put(r, colno["rk"], rk["text"])
            pos[("rk", g, i)] = (sh.name, addr(r, colno["rk"]))
            if "atasan" in colno:
                sh.put(r, colno["atasan"], rk.get("atasan"))
                pos[("atasan", g, i)] = (sh.name, addr(r, colno["atasan"]))
            if "persp" in colno:
                sh.put(r, colno["persp"], rk.get("persp"))
                pos[("persp", g, i)] = (sh.name, addr(r, colno["persp"]))
            for j in range(n):
                iki = rk["ikis"][j] if rk["ikis"] else {}
                rr = top + j
                for k in ("iki", "aspek", "target"):
                    if k not in colno:
                        continue
                    if k == "aspek":
                        v = iki.get(
                            "aspek_text", ASPEK_STYLE[o["aspek"]](iki["aspek"]) if iki.get("aspek") else None
                        )
                    elif k == "iki":
                        v = iki.get("text")
                    else:
                        v = iki.get("target")
                    if k == "target" and iki.get("target_num_fmt"):
                        sh.put(rr, colno[k], iki["num"], iki["target_num_fmt"])
                    else:
                        sh.put(rr, colno[k], v)
                    pos[(k, g, i, j)] = (sh.name, addr(rr, colno[k]))
                for lv, v in iki.get("kat", {}).items():
                    c = colno[f"kat:{lv}"]
                    sh.put(rr, c, v)
                    pos[("kat", g, i, j, lv)] = (sh.name, addr(rr, c))
                for lv in o.get("levels", ()):
                    pos.setdefault(("kat", g, i, j, lv), (sh.name, addr(rr, colno[f"kat:{lv}"])))
                if "cm:data" in colno and o.get("cm_per_iki"):
                    for f, v in zip(("data", "sumber", "waktu"), iki.get("cm", rk["cm"]), strict=True):
                        sh.put(rr, colno[f"cm:{f}"], v)
                        pos.setdefault(("cm", g, i, f), (sh.name, addr(rr, colno[f"cm:{f}"])))
            if "cm:data" in colno and not o.get("cm_per_iki"):
                for f, v in zip(("data", "sumber", "waktu"), rk["cm"], strict=True):
                    sh.put(top, colno[f"cm:{f}"], v)
                    pos[("cm", g, i, f)] = (sh.name, addr(top, colno[f"cm:{f}"]))
                    sh.merge(top, colno[f"cm:{f}"], top + n - 1, colno[f"cm:{f}"])
            for k in ("no", "rk", "atasan", "persp"):
                if k in colno and o.get("merge_rk", True):
                    sh.merge(top, colno[k], top + n - 1, colno[k])
            r = top + n
            if o.get("hidden_row") and g == "utama" and i == 0:
                sh.hidden_rows.add(r)
                r += 1
    return r


def footer(sh, r, m, o):
    c0 = o["c0"]
    r += 1
    right = c0 + 4
    sh.put(r, right, f"{m['tempat']}, 5 Januari 2026")
    r += 1
    sh.put(r, c0 + 1, "Pejabat Penilai Kinerja,")
    sh.put(r, right, "Pegawai yang Dinilai,")
    r += 4
    sh.put(r, c0 + 1, m["penilai"]["nama"])
    sh.put(r, right, m["pegawai"]["nama"])
    r += 1
    if m["penilai"]["nip"] not in (None, "-"):
        sh.put(r, c0 + 1, f"NIP. {m['penilai']['nip']}")
    sh.put(r, right, f"NIP. {m['pegawai']['nip']}")
    return r + 1


def skp_sheet(m, o, pos, name=None):
    sh = Lembar(name or o["sheet"])
    cols = columns(m, o)
    r = header_block(sh, m, o, pos, len(cols), o.get("title", "RENCANA SASARAN KINERJA PEGAWAI"))
    r = table(sh, r, m, o, pos)
    footer(sh, r, m, o)
    return sh


# ---- lampiran
def matriks_sheet(m):
    sh = Lembar("Matriks Peran Hasil")
    sh.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
    sh.merge(1, 1, 1, 5)
    sh.put(2, 1, m["instansi"])
    sh.put(4, 1, "NAMA / NIP / JABATAN")
    sh.merge(4, 1, 5, 1)
    sh.put(4, 2, "RENCANA KINERJA ATASAN YANG DIINTERVENSI")
    sh.merge(4, 2, 4, 1 + len(m["utama"]))
    for i, rk in enumerate(m["utama"]):
        sh.put(5, 2 + i, f"{rk['atasan']}\n(Direct cascading)")
        sh.put(6, 2 + i, rk["text"])
    sh.put(6, 1, f"{m['pegawai']['nama']}\n{m['pegawai']['nip']}\n{m['pegawai']['jabatan']}")
    sh.put(7, 1, "Anggota tim lain (unit kerja lain)")
    for i, _rk in enumerate(m["utama"]):
        sh.put(7, 2 + i, "Dukungan data dan administrasi")
    return sh


def manual_sheet_blocks(m, o, pos):
    sh = Lembar("Manual IKI")
    sh.put(1, 2, "MANUAL INDIKATOR KINERJA")
    sh.merge(1, 2, 1, 6)
    r = 3
    labels = [
        "RENCANA KINERJA",
        "DESKRIPSI RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "DEFINISI IKI",
        "FORMULA",
        "TUJUAN",
        "SATUAN PENGUKURAN",
        "JENIS ASPEK TARGET",
        "TINGKAT KENDALI IKI",
        "SUMBER DATA",
        "PERIODE PELAPORAN",
    ]
    k = 0
    for g in ("utama", "tambahan"):
        for i, rk in enumerate(m[g]):
            for j, iki in enumerate(rk["ikis"]):
                vals = manual_values(rk, iki)
                sh.put(r, 2, f"Manual IKI {k + 1}")
                r += 1
                for n, lab in enumerate(labels):
                    text = lab.title() + " :" if o.get("manual_colon") else lab
                    sh.put(r, 2, text)
                    sh.put(r, 4, vals[n])
                    pos[("man", g, i, j, lab)] = (sh.name, addr(r, 4))
                    pos[("manlabel", g, i, j, lab)] = (sh.name, addr(r, 2))
                    r += 1
                r += 1
                k += 1
    return sh


def manual_values(rk, iki):
    sat = iki["sat"] or "indeks"
    return [
        rk["text"],
        f"Kondisi yang ingin dicapai: {rk['text'].lower()}",
        iki["text"],
        f"{iki['text']} adalah ukuran capaian yang dihitung pada akhir periode",
        f"{iki['text']} = realisasi dibagi rencana dikali 100%"
        if sat == "%"
        else f"Hasil pengukuran {iki['text'].lower()} pada akhir tahun",
        "Mengukur keberhasilan rencana kinerja",
        sat,
        "Kuantitas",
        "Terkendali penuh (controllable)",
        "Laporan kinerja tahunan",
        "Triwulanan",
    ]


def manual_sheet_table(m, o, pos):
    """Manual IKI sebagai tabel mendatar: satu baris per IKI, label di baris judul."""
    sh = Lembar("Manual IKI")
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA INDIVIDU")
    sh.merge(1, 1, 1, 12)
    labels = [
        "RENCANA KINERJA",
        "DESKRIPSI RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "DEFINISI IKI",
        "FORMULA",
        "TUJUAN",
        "SATUAN PENGUKURAN",
        "JENIS ASPEK TARGET",
        "TINGKAT KENDALI IKI",
        "SUMBER DATA",
        "PERIODE PELAPORAN",
    ]
    sh.put(3, 1, "NO")
    for n, lab in enumerate(labels):
        sh.put(3, 2 + n, lab)
    r = 4
    k = 0
    for g in ("utama", "tambahan"):
        for i, rk in enumerate(m[g]):
            for j, iki in enumerate(rk["ikis"]):
                sh.put(r, 1, k + 1)
                for n, v in enumerate(manual_values(rk, iki)):
                    sh.put(r, 2 + n, v)
                    pos[("man", g, i, j, labels[n])] = (sh.name, addr(r, 2 + n))
                    pos[("manlabel", g, i, j, labels[n])] = (sh.name, addr(3, 2 + n))
                r += 1
                k += 1
    return sh


def ak_sheet(m, o, pos):
    sh = Lembar(o.get("ak_sheet", "Keterkaitan AK"))
    sh.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.merge(1, 1, 1, 5)
    sh.put(2, 1, m["instansi"])
    sh.put(3, 1, "PERIODE PENILAIAN : 1 JANUARI 2026 S/D 31 DESEMBER 2026")
    so = dict(o, identity="side", id_labels="upper")
    r = identity(sh, 5, 1, m, so, {}, "ak")
    sh.put(r, 1, "TANGGAL PENGAJUAN")
    sh.put(r, 3, "5 Januari 2026")
    r += 2
    for c, v in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(r, c, v)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA")
    sh.merge(r, 1, r, 5)
    r += 1
    butir, output, ak = m["butir"]
    for i, rk in enumerate(m["utama"]):
        if i in m.get("ak_skip", ()):
            continue
        sh.put(r, 1, i + 1)
        sh.put(r, 2, rk["text"] + m.get("ak_rk_suffix", ""))
        top = r
        for k in range(2 if i == 0 else 1):
            sh.put(r, 3, butir if k == 0 else "Menyusun laporan pelaksanaan tugas")
            sh.put(r, 4, output if k == 0 else "Laporan")
            v = m.get("ak_values", {}).get((i, k), ak if k == 0 else "0,01")
            if o.get("ak_numeric") and isinstance(v, str) and v.replace(",", "").isdigit():
                sh.put(r, 5, float(v.replace(",", ".")), "0.000")
            else:
                sh.put(r, 5, v)
            pos[("ak", i, k)] = (sh.name, addr(r, 5))
            r += 1
        sh.merge(top, 1, r - 1, 1)
        sh.merge(top, 2, r - 1, 2)
    return sh


# ---- penilaian
def capaian_of(iki, real):
    t = float(iki.get("pn_num", iki["num"]))
    raw = (1 + (1 - real / t)) * 100 if lower_better(iki.get("aspek") or "") else real / t * 100
    cap = int(raw + 0.5)
    if iki["sat"] == "%" and t == 100 and cap >= 100:  # SPEC §6.2: target maksimum (100 %) tercapai
        return cap, "Sangat Baik", 120.0
    if cap > 110:
        return cap, "Sangat Baik", 120.0
    if cap >= 101:
        return cap, "Sangat Baik", 110 + (120 - 110) / (110 - 101) * (cap - 101)
    if cap == 100:
        return cap, "Baik", 109.0
    if cap >= 80:
        return cap, "Cukup", 70 + (89 - 70) / (99 - 80) * (cap - 80)
    if cap >= 60:
        return cap, "Kurang", 50 + (69 - 50) / (79 - 60) * (cap - 60)
    return cap, "Sangat Kurang", cap / 59 * 49


def num2(x):
    return f"{x:.2f}".replace(".", ",")


def penilaian_sheet(m, o, pos, rng):
    sh = Lembar(o.get("pn_sheet", "Penilaian"))
    jpt = m["jenis"] == "jpt"
    cols = ["no", "rk", "iki", "target"] if jpt else ["no", "atasan", "rk", "aspek", "iki", "target"]
    cols += ["real", "cap", "kat", "nilai"]
    labels = {
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
        "real": "REALISASI",
        "cap": "CAPAIAN IKI",
        "kat": "KATEGORI CAPAIAN IKI",
        "nilai": "NILAI CAPAIAN IKI",
    }
    sh.put(1, 1, "PENILAIAN SASARAN KINERJA PEGAWAI")
    sh.merge(1, 1, 1, len(cols))
    sh.put(2, 1, m["instansi"])
    sh.put(3, 1, "PERIODE PENILAIAN : 1 JANUARI 2026 S/D 31 DESEMBER 2026")
    so = dict(o, identity="side", id_labels="upper", c0=1)
    r = identity(sh, 5, 1, m, so, {}, "pn") + 1
    for c, k in enumerate(cols, start=1):
        sh.put(r, c, labels[k])
    colno = {k: i + 1 for i, k in enumerate(cols)}
    r += 1
    for g, grp in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        sh.put(r, 1, grp)
        r += 1
        for i, rk in enumerate(m[g]):
            top = r
            sh.put(r, 1, i + 1)
            sh.put(r, colno["rk"], rk["text"])
            if not jpt:
                sh.put(r, colno["atasan"], rk.get("atasan"))
            for j, iki in enumerate(rk["ikis"]):
                sh.put(r, colno["iki"], iki["text"])
                if not jpt:
                    sh.put(r, colno["aspek"], ASPEK_STYLE[o["aspek"]](iki["aspek"]))
                tgt = iki.get("pn_target", iki["target"])
                if iki.get("target_num_fmt"):
                    sh.put(r, colno["target"], iki["num"], iki["target_num_fmt"])
                else:
                    sh.put(r, colno["target"], tgt)
                pos[("pn_target", g, i, j)] = (sh.name, addr(r, colno["target"]))
                t = iki["num"]
                real = iki.get("real")
                if real is None:
                    real = (
                        t
                        if jpt
                        else rng.choice(
                            [
                                t,
                                t,
                                t * 1.2 if t >= 10 and float(t * 1.2).is_integer() else t,
                                t - 1 if t >= 50 else t,
                            ]
                        )
                    )
                    if isinstance(real, float) and real.is_integer():
                        real = int(real)
                    iki["real"] = real
                cap, kat, nilai = capaian_of(iki, real)
                rc = colno["real"]
                if not iki.get("no_real"):
                    if o.get("real_text") and iki["sat"] not in ("", "rupiah"):
                        sh.put(r, rc, target_text(real, iki["sat"], 0))
                    else:
                        sh.put(r, rc, real)
                pos[("pn_real", g, i, j)] = (sh.name, addr(r, rc))
                cc = colno["cap"]
                written = iki.get("pn_cap", cap)
                if o.get("cap_formula") and iki.get("target_num_fmt"):
                    tl, rl = addr(r, colno["target"]), addr(r, rc)
                    if lower_better(iki["aspek"] or ""):
                        sh.formulas[(r, cc)] = (f"=ROUND((1+(1-{rl}/{tl}))*100,0)", cap)
                    else:
                        sh.formulas[(r, cc)] = (f"=ROUND({rl}/{tl}*100,0)", cap)
                elif o.get("cap_style") == "pct":
                    sh.put(r, cc, written / 100, "0%")
                elif o.get("cap_style") == "text":
                    sh.put(r, cc, f"{written} %")
                else:
                    sh.put(r, cc, written)
                pos[("pn_cap", g, i, j)] = (sh.name, addr(r, cc))
                sh.put(r, colno["kat"], kat)
                sh.put(r, colno["nilai"], round(nilai, 2) if o.get("nilai_num") else num2(nilai))
                r += 1
            sh.merge(top, colno["rk"], r - 1, colno["rk"])
            sh.merge(top, 1, r - 1, 1)
            if not jpt:
                sh.merge(top, colno["atasan"], r - 1, colno["atasan"])
    return sh


# ---- berkas
def person(rng, jabatan, gol, unit, pstyle, nstyle):
    n = nip(rng)
    return {
        "nama": nama(rng),
        "nip": nip_text(n, nstyle),
        "nip_raw": n,
        "pangkat": pangkat_text(gol, pstyle),
        "jabatan": jabatan,
        "unit": unit,
        "gol": gol,
    }


def make_file(rng, spec):
    """Bangun satu berkas: model, sisipkan cacat, tata letak; kembalikan (lembar, entri harapan)."""
    jenis, model = spec["form"].split("-")
    o = dict(spec["o"])
    if jenis == "jpt":
        tema, jab, gol, pjab, pgol = JABATAN["jpt"][spec["idx"] % len(JABATAN["jpt"])]
    elif jenis == "jf":
        tema, jab, gol, pjab, pgol, butir, output, ak = JABATAN["jf"][spec["idx"] % len(JABATAN["jf"])]
    else:
        tema, jab, gol, pjab, pgol = JABATAN["ja"][spec["idx"] % len(JABATAN["ja"])]
    instansi, tempat = INSTANSI[tema]
    unit = UNIT[tema] + " " + region(instansi)
    pst, nst = o.get("pangkat_style", 0), o.get("nip_style", 0)
    m = {"jenis": jenis, "model": model, "instansi": instansi, "tempat": tempat}
    m["pegawai"] = person(rng, jab, gol, unit if jenis != "jpt" else instansi, pst, nst)
    if pgol is None:
        m["penilai"] = {
            "nama": nama(rng).split(",")[0],
            "nip": "-",
            "pangkat": "-",
            "jabatan": pjab,
            "unit": "Pemerintah " + region(instansi),
        }
    else:
        m["penilai"] = person(rng, pjab, pgol, unit, (pst + 1) % 4, nst)
        if jenis == "jpt":
            m["penilai"]["unit"] = "Pemerintah " + region(instansi)
    m.update(build_model(rng, jenis, model, tema, o.get("n_rk", 3), o.get("target_style", 0)))
    if jenis == "jf":
        m["butir"] = (butir, output, ak)
    if model == "pengembangan" and jenis != "jpt":
        for g in ("utama", "tambahan"):
            for rk in m[g]:
                for iki in rk["ikis"]:
                    iki["kat"] = kategori(iki["num"], iki["aspek"], o["levels"], iki["sat"], o.get("kat_sat"))
    for hook in spec.get("prep", ()):
        hook(m, o)
    defects = []
    for d in spec.get("defects", ()):
        defects.append(d(m, o))
    pos = {}
    sheets = []
    for pre in o.get("pre_sheets", ()):
        if pre == "petunjuk":
            sh = Lembar("Petunjuk")
            sh.put(1, 1, "PETUNJUK PENGISIAN SKP")
            sh.put(2, 1, "Isi kolom rencana kinerja sesuai hasil dialog kinerja dengan atasan.")
            sheets.append(sh)
        elif pre == "blank":
            sheets.append(Lembar("Sheet1"))
        elif pre == "tahun_lalu":
            old = copy.deepcopy(m)
            oo = dict(o, periode_text=None, hidden_row=False)
            p0 = {}
            sh = skp_sheet(old, dict(oo, periode=0), p0, name="SKP 2025")
            # periode tahun sebelumnya
            for (r, c), v in list(sh.cells.items()):
                if isinstance(v, str) and "2026" in v and "PERIODE" in v.upper():
                    sh.cells[(r, c)] = v.replace("2026", "2025")
            sheets.append(sh)
        elif pre == "matriks":
            sheets.append(matriks_sheet(m))
        elif pre == "ak":
            sheets.append(ak_sheet(m, o, pos))
    sheets.append(skp_sheet(m, o, pos))
    for post in o.get("post_sheets", ()):
        if post == "manual":
            sheets.append(manual_sheet_blocks(m, o, pos))
        elif post == "manual_table":
            sheets.append(manual_sheet_table(m, o, pos))
        elif post == "ak":
            sheets.append(ak_sheet(m, o, pos))
        elif post == "penilaian":
            sheets.append(penilaian_sheet(m, o, pos, rng))
        elif post == "matriks":
            sheets.append(matriks_sheet(m))
        elif post == "blank":
            sheets.append(Lembar(f"Sheet{len(sheets) + 1}"))
        elif post == "ref":
            sh = Lembar("ref", hidden=True)
            for i, a in enumerate(("Kuantitas", "Kualitas", "Waktu", "Biaya"), start=1):
                sh.put(i, 1, a)
            sheets.append(sh)
    out = []
    for d in defects:
        key, alts = d["key"], d.get("alts", [])
        e = {"code": d["code"], "sheet": None, "cell": None}
        if key is not None:
            e["sheet"], e["cell"] = pos[key]
            a = [{"sheet": pos[k][0], "cell": pos[k][1]} for k in alts if k in pos and pos[k] != pos[key]]
            if a:
                e["alt_cells"] = a
        if d.get("any_of"):
            e["any_of"] = d["any_of"]
        out.append(e)
    entry = {
        "file": spec["file"],
        "form": spec["form"],
        "clean": not out,
        "defects": out,
        "jabatan": jab,
        "writer": spec["writer"],
        "instansi": instansi,
        "layout": {k: list(v) if isinstance(v, tuple) else v for k, v in sorted(spec["o"].items())},
    }
    return sheets, entry


# ---- cacat
def d_identitas_kosong(who, f):
    def inject(m, o):
        m[who][f] = None
        return {"code": "identitas-kosong", "key": ("id", who, f), "alts": [("idlabel", who, f)]}

    return inject


def d_nip(bad):
    def inject(m, o):
        m["pegawai"]["nip"] = bad
        return {"code": "nip-tidak-valid", "key": ("id", "pegawai", "nip")}

    return inject


def d_pangkat(bad, who="pegawai"):
    def inject(m, o):
        m[who]["pangkat"] = bad
        return {"code": "pangkat-tidak-dikenal", "key": ("id", who, "pangkat")}

    return inject


def d_periode(text):
    def inject(m, o):
        o["periode_text"] = text
        return {"code": "periode-tidak-valid", "key": ("periode",), "alts": [("periode_label",)]}

    return inject


def d_penilai_sama():
    def inject(m, o):
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        return {
            "code": "penilai-sama-dengan-pegawai",
            "key": ("id", "penilai", "nip"),
            "alts": [("id", "pegawai", "nip")],
        }

    return inject


def d_iki(code, i, j, field_, value, g="utama", alts=("iki",), any_of=None):
    def inject(m, o):
        iki = m[g][i]["ikis"][j]
        iki[field_] = value
        if field_ == "aspek":
            iki["aspek_text"] = value
        key = {"target": "target", "aspek": "aspek", "text": "iki"}[field_]
        return {"code": code, "key": (key, g, i, j), "alts": [(a, g, i, j) for a in alts], "any_of": any_of}

    return inject


def d_rk_atasan_kosong(i):
    def inject(m, o):
        m["utama"][i]["atasan"] = None
        return {"code": "rk-atasan-kosong", "key": ("atasan", "utama", i), "alts": [("rk", "utama", i)]}

    return inject


def d_rk_tanpa_iki(i):
    def inject(m, o):
        m["utama"][i]["ikis"] = []
        return {
            "code": "rk-tanpa-iki",
            "key": ("rk", "utama", i),
            "alts": [("iki", "utama", i, 0), ("aspek", "utama", i, 0), ("target", "utama", i, 0)],
        }

    return inject


def d_rk_text(code, i, text):
    def inject(m, o):
        m["utama"][i]["text"] = text
        return {"code": code, "key": ("rk", "utama", i)}

    return inject


def d_kat(code, i, j, changes, key_level, any_of=None):
    def inject(m, o):
        iki = m["utama"][i]["ikis"][j]
        for lv, v in changes.items():
            if v is None:
                iki["kat"].pop(lv, None)
            else:
                iki["kat"][lv] = v
        alts = [("kat", "utama", i, j, lv) for lv in o["levels"]] + [("target", "utama", i, j)]
        return {"code": code, "key": ("kat", "utama", i, j, key_level), "alts": alts, "any_of": any_of}

    return inject


def d_cm_kosong(i, f):
    def inject(m, o):
        cm = list(m["utama"][i]["cm"])
        cm[("data", "sumber", "waktu").index(f)] = None
        m["utama"][i]["cm"] = tuple(cm)
        alts = [("cm", "utama", i, x) for x in ("data", "sumber", "waktu")] + [("rk", "utama", i)]
        return {"code": "cara-memantau-kosong", "key": ("cm", "utama", i, f), "alts": alts}

    return inject


def d_persp(i, value):
    def inject(m, o):
        m["utama"][i]["persp"] = value
        return {"code": "perspektif-tidak-valid", "key": ("persp", "utama", i), "alts": [("rk", "utama", i)]}

    return inject


def d_manual(i, j, lab):
    def inject(m, o):
        m["utama"][i]["ikis"][j]["manual_blank"] = lab
        return {
            "code": "manual-iki-kosong",
            "key": ("man", "utama", i, j, lab),
            "alts": [("manlabel", "utama", i, j, lab), ("iki", "utama", i, j)],
        }

    return inject


def d_ak_hilang():
    def inject(m, o):
        o["pre_sheets"] = [s for s in o.get("pre_sheets", ()) if s != "ak"]
        o["post_sheets"] = [s for s in o.get("post_sheets", ()) if s != "ak"]
        return {"code": "keterkaitan-ak-hilang", "key": None}

    return inject


def d_rk_tanpa_butir(i):
    def inject(m, o):
        m["ak_skip"] = (i,)
        return {"code": "rk-tanpa-butir-kegiatan", "key": ("rk", "utama", i)}

    return inject


def d_ak_nilai(i, k, v):
    def inject(m, o):
        m.setdefault("ak_values", {})[(i, k)] = v
        return {"code": "angka-kredit-tidak-valid", "key": ("ak", i, k)}

    return inject


def d_penilaian(code, i, j, what, value=None, num=None):
    def inject(m, o):
        iki = m["utama"][i]["ikis"][j]
        if what == "no_real":
            iki["no_real"] = True
            key = ("pn_real", "utama", i, j)
        elif what == "cap":
            iki["pn_cap"] = value
            key = ("pn_cap", "utama", i, j)
        else:
            iki["pn_target"] = value
            iki["pn_num"] = num
            key = ("pn_target", "utama", i, j)
        alts = [("target", "utama", i, j)] if what == "target" else []
        return {"code": code, "key": key, "alts": alts}

    return inject


def d_kinerja_utama_kosong():
    def inject(m, o):
        m["utama"] = []
        return {"code": "kinerja-utama-kosong", "key": None}

    return inject


# ---- daftar berkas
def specs():
    L5 = ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")
    L4 = ("KURANG", "CUKUP", "BAIK", "SANGAT BAIK")
    L4R = ("SANGAT BAIK", "BAIK", "CUKUP", "KURANG")
    L3 = ("CUKUP", "BAIK", "SANGAT BAIK")
    base = {
        "c0": 1,
        "identity": "side",
        "id_labels": "upper",
        "col_labels": "upper",
        "periode": 0,
        "groups": "A.",
        "aspek": 0,
        "sheet": "SKP",
    }

    def o(**kw):
        d = dict(base)
        d.update(kw)
        return d

    S = []
    # ---- JA dasar
    S += [
        {
            "file": "ja-dasar-01-bidang-aplikasi.xlsx",
            "form": "ja-dasar",
            "idx": 0,
            "writer": "xlsxwriter",
            "o": o(col_labels="wrap", id_labels="wrap", kop=True, aspek=1, post_sheets=["blank", "blank"]),
        },
        {
            "file": "ja-dasar-02-label-kolom-b.xlsx",
            "form": "ja-dasar",
            "idx": 1,
            "writer": "openpyxl",
            "o": o(
                identity="stack",
                id_labels="colon",
                col_labels="title",
                c0=2,
                periode=1,
                groups="title",
                aspek=2,
                sheet="SKP ",
                pangkat_style=1,
                nip_style=1,
            ),
        },
        {
            "file": "ja-dasar-03-penilaian-rumus.xlsx",
            "form": "ja-dasar",
            "idx": 2,
            "writer": "xlsxwriter",
            "o": o(
                periode=2,
                aspek=0,
                post_sheets=["penilaian"],
                cap_formula=True,
                target_num=True,
                pangkat_style=2,
            ),
        },
        {
            "file": "ja-dasar-04-libreoffice.xlsx",
            "form": "ja-dasar",
            "idx": 3,
            "writer": "libreoffice",
            "o": o(
                hidden_col=True,
                hidden_row=True,
                groups="I.",
                aspek=3,
                periode=3,
                sheet="Rencana SKP",
                post_sheets=["penilaian"],
                cap_style="text",
                real_text=True,
            ),
        },
        {
            "file": "ja-dasar-05-nip-kurang-digit.xlsx",
            "form": "ja-dasar",
            "idx": 4,
            "writer": "openpyxl",
            "o": o(id_labels="title", col_labels="title", iki_first=True),
            "defects": [
                d_nip("19840312 200801 1 00"),
                d_iki("aspek-tidak-valid", 1, 0, "aspek", "Efektivitas"),
            ],
        },
        {
            "file": "ja-dasar-06-target-terbalik.xlsx",
            "form": "ja-dasar",
            "idx": 5,
            "writer": "xlsxwriter",
            "o": o(identity="stack", id_labels="upper", c0=2, periode=1, pangkat_style=3),
            "defects": [d_iki("target-rentang-terbalik", 0, 1, "target", "95 – 80 %", alts=())],
        },
        {
            "file": "ja-dasar-07-realisasi-kosong.xlsx",
            "form": "ja-dasar",
            "idx": 6,
            "writer": "openpyxl",
            "o": o(col_labels="wrap", post_sheets=["penilaian"], cap_style="pct", nilai_num=True),
            "defects": [
                d_penilaian("realisasi-kosong", 1, 1, "no_real"),
                d_penilaian("capaian-tidak-sesuai", 0, 0, "cap", 87),
            ],
        },
    ]
    # ---- JA pengembangan
    S += [
        {
            "file": "ja-pengembangan-01-empat-tingkat.xlsx",
            "form": "ja-pengembangan",
            "idx": 0,
            "writer": "xlsxwriter",
            "o": o(
                levels=L4, col_labels="wrap", kat_sat=True, pre_sheets=["petunjuk"], post_sheets=["matriks"]
            ),
        },
        {
            "file": "ja-pengembangan-02-urutan-terbalik.xlsx",
            "form": "ja-pengembangan",
            "idx": 2,
            "writer": "openpyxl",
            "o": o(
                levels=L4R,
                col_labels="title",
                aspek=1,
                kat_head="STANDAR KINERJA",
                identity="stack",
                id_labels="colon",
                periode=1,
            ),
        },
        {
            "file": "ja-pengembangan-03-libreoffice.xlsx",
            "form": "ja-pengembangan",
            "idx": 4,
            "writer": "libreoffice",
            "o": o(
                levels=L5,
                cm_per_iki=True,
                aspek=2,
                hidden_row=True,
                sheet="SKP 2026",
                pre_sheets=["tahun_lalu"],
            ),
        },
        {
            "file": "ja-pengembangan-04-tiga-tingkat.xlsx",
            "form": "ja-pengembangan",
            "idx": 6,
            "writer": "xlsxwriter",
            "o": o(levels=L3, periode=2, groups="plain", pangkat_style=1, post_sheets=["ref"], n_rk=2),
        },
        {
            "file": "ja-pengembangan-05-sb-sama-target.xlsx",
            "form": "ja-pengembangan",
            "idx": 1,
            "writer": "openpyxl",
            "o": o(levels=L5, col_labels="wrap", kat_sat=True),
            "defects": [d_kat("kategori-tidak-membedakan", 0, 1, {"SANGAT BAIK": "95 %"}, "SANGAT BAIK")],
        },
        {
            "file": "ja-pengembangan-06-cara-memantau.xlsx",
            "form": "ja-pengembangan",
            "idx": 3,
            "writer": "xlsxwriter",
            "o": o(levels=L4, identity="stack", id_labels="title", c0=2, periode=3),
            "defects": [d_cm_kosong(1, "sumber"), d_rk_atasan_kosong(2)],
        },
        {
            "file": "ja-pengembangan-07-kategori-kosong.xlsx",
            "form": "ja-pengembangan",
            "idx": 5,
            "writer": "openpyxl",
            "o": o(levels=L3, aspek=1, groups="I."),
            "defects": [
                d_kat(
                    "kategori-penilaian-kosong",
                    2,
                    0,
                    {"CUKUP": None, "BAIK": None, "SANGAT BAIK": None},
                    "CUKUP",
                )
            ],
        },
    ]
    # ---- JF dasar
    S += [
        {
            "file": "jf-dasar-01-pranata-komputer.xlsx",
            "form": "jf-dasar",
            "idx": 0,
            "writer": "xlsxwriter",
            "o": o(post_sheets=["ak"], col_labels="wrap", aspek=2, ak_numeric=True),
        },
        {
            "file": "jf-dasar-02-penyuluh-terampil.xlsx",
            "form": "jf-dasar",
            "idx": 3,
            "writer": "openpyxl",
            "o": o(
                pre_sheets=["ak"],
                identity="stack",
                id_labels="colon",
                c0=2,
                col_labels="title",
                periode=1,
                sheet="SKP ",
                nip_style=1,
            ),
        },
        {
            "file": "jf-dasar-03-tanpa-ahli-libreoffice.xlsx",
            "form": "jf-dasar",
            "idx": 4,
            "writer": "libreoffice",
            "o": o(
                post_sheets=["ak", "penilaian"],
                periode=2,
                groups="I.",
                aspek=1,
                cap_style="text",
                ak_sheet="Keterkaitan SKP-AK",
            ),
        },
        {
            "file": "jf-dasar-04-koordinator.xlsx",
            "form": "jf-dasar",
            "idx": 5,
            "writer": "xlsxwriter",
            "o": o(
                post_sheets=["ak", "penilaian"],
                cap_formula=True,
                target_num=True,
                hidden_col=True,
                pangkat_style=2,
            ),
        },
        {
            "file": "jf-dasar-05-tanpa-lampiran-ak.xlsx",
            "form": "jf-dasar",
            "idx": 1,
            "writer": "openpyxl",
            "o": o(post_sheets=["ak"], id_labels="title"),
            "defects": [d_ak_hilang()],
        },
        {
            "file": "jf-dasar-06-angka-kredit-nol.xlsx",
            "form": "jf-dasar",
            "idx": 2,
            "writer": "xlsxwriter",
            "o": o(post_sheets=["ak"], col_labels="title", aspek=3),
            "defects": [d_ak_nilai(1, 0, "0"), d_iki("iki-tanpa-target", 0, 1, "target", None)],
        },
        {
            "file": "jf-dasar-07-periode-lintas-tahun.xlsx",
            "form": "jf-dasar",
            "idx": 6,
            "writer": "openpyxl",
            "o": o(pre_sheets=["ak"], periode=1, identity="stack", id_labels="upper"),
            "defects": [d_periode("1 Juli 2026 s/d 30 Juni 2027"), d_rk_tanpa_butir(2)],
        },
    ]
    # ---- JF pengembangan
    S += [
        {
            "file": "jf-pengembangan-01-perencana.xlsx",
            "form": "jf-pengembangan",
            "idx": 1,
            "writer": "xlsxwriter",
            "o": o(levels=L5, post_sheets=["ak", "matriks"], col_labels="wrap", kat_sat=True, aspek=1),
        },
        {
            "file": "jf-pengembangan-02-epidemiolog.xlsx",
            "form": "jf-pengembangan",
            "idx": 2,
            "writer": "openpyxl",
            "o": o(
                levels=L4,
                pre_sheets=["ak"],
                identity="stack",
                id_labels="colon",
                c0=2,
                col_labels="title",
                periode=3,
                nip_style=1,
                n_rk=2,
            ),
        },
        {
            "file": "jf-pengembangan-03-penyuluh-mahir.xlsx",
            "form": "jf-pengembangan",
            "idx": 6,
            "writer": "xlsxwriter",
            "o": o(
                levels=L4R,
                post_sheets=["ak", "blank"],
                cm_per_iki=True,
                kat_head="STANDAR KINERJA",
                aspek=2,
                sheet="SKP_2026",
            ),
        },
        {
            "file": "jf-pengembangan-04-libreoffice.xlsx",
            "form": "jf-pengembangan",
            "idx": 0,
            "writer": "libreoffice",
            "o": o(
                levels=L3, post_sheets=["ak"], groups="title", hidden_row=True, periode=2, ak_numeric=True
            ),
        },
        {
            "file": "jf-pengembangan-05-kategori-acak.xlsx",
            "form": "jf-pengembangan",
            "idx": 4,
            "writer": "openpyxl",
            "o": o(levels=L5, post_sheets=["ak"], col_labels="wrap"),
            "defects": [
                d_kat(
                    "kategori-tidak-berurutan",
                    1,
                    0,
                    {"CUKUP": "> 40", "SANGAT BAIK": "32 – 39"},
                    "SANGAT BAIK",
                    any_of=["kategori-tidak-berurutan", "kategori-tidak-membedakan"],
                )
            ],
        },
        {
            "file": "jf-pengembangan-06-pangkat-salah.xlsx",
            "form": "jf-pengembangan",
            "idx": 3,
            "writer": "xlsxwriter",
            "o": o(levels=L4, pre_sheets=["ak"], identity="stack", id_labels="title", c0=2, periode=1),
            "defects": [
                d_pangkat("Penata Muda Madya, III/e"),
                d_iki("target-tidak-terukur", 1, 0, "target", "Sesuai jadwal", alts=()),
            ],
        },
        {
            "file": "jf-pengembangan-07-aktivitas.xlsx",
            "form": "jf-pengembangan",
            "idx": 5,
            "writer": "openpyxl",
            "o": o(levels=L3, post_sheets=["ak"], aspek=3),
            "defects": [
                d_rk_text(
                    "rk-berbasis-aktivitas", 1, "Melaksanakan pemantauan jaringan intranet perangkat daerah"
                ),
                d_iki("target-tanpa-satuan", 0, 0, "target", "8", alts=()),
            ],
        },
    ]
    # ---- JPT dasar
    S += [
        {
            "file": "jpt-dasar-01-walikota.xlsx",
            "form": "jpt-dasar",
            "idx": 0,
            "writer": "xlsxwriter",
            "o": o(post_sheets=["manual"], col_labels="wrap", kop=True),
        },
        {
            "file": "jpt-dasar-02-bupati-label-b.xlsx",
            "form": "jpt-dasar",
            "idx": 1,
            "writer": "openpyxl",
            "o": o(
                post_sheets=["manual"],
                identity="stack",
                id_labels="colon",
                c0=2,
                col_labels="title",
                periode=1,
                manual_colon=True,
                sheet="SKP JPT ",
            ),
        },
        {
            "file": "jpt-dasar-03-sekda-penilaian.xlsx",
            "form": "jpt-dasar",
            "idx": 2,
            "writer": "xlsxwriter",
            "o": o(
                post_sheets=["manual", "penilaian"], periode=2, groups="I.", cap_style="text", pangkat_style=1
            ),
        },
        {
            "file": "jpt-dasar-04-libreoffice.xlsx",
            "form": "jpt-dasar",
            "idx": 3,
            "writer": "libreoffice",
            "o": o(post_sheets=["manual", "blank"], periode=3, hidden_row=True, target_style=2),
        },
        {
            "file": "jpt-dasar-05-manual-formula-kosong.xlsx",
            "form": "jpt-dasar",
            "idx": 0,
            "writer": "openpyxl",
            "o": o(post_sheets=["manual"], id_labels="title", col_labels="title"),
            "defects": [d_manual(1, 0, "FORMULA")],
        },
        {
            "file": "jpt-dasar-06-penilai-sama.xlsx",
            "form": "jpt-dasar",
            "idx": 2,
            "writer": "xlsxwriter",
            "o": o(post_sheets=["manual"], identity="stack", id_labels="upper", c0=2, periode=1),
            "defects": [d_penilai_sama(), d_iki("iki-tanpa-target", 2, 0, "target", None)],
        },
        {
            "file": "jpt-dasar-07-target-berbeda.xlsx",
            "form": "jpt-dasar",
            "idx": 1,
            "writer": "openpyxl",
            "o": o(post_sheets=["manual", "penilaian"], col_labels="wrap", cap_style="num"),
            "defects": [d_penilaian("target-penilaian-berbeda", 3, 0, "target", "90 %", 90)],
        },
    ]
    # ---- JPT pengembangan
    S += [
        {
            "file": "jpt-pengembangan-01-perspektif.xlsx",
            "form": "jpt-pengembangan",
            "idx": 0,
            "writer": "xlsxwriter",
            "o": o(post_sheets=["manual"], col_labels="wrap", id_labels="wrap"),
        },
        {
            "file": "jpt-pengembangan-02-manual-tabel.xlsx",
            "form": "jpt-pengembangan",
            "idx": 3,
            "writer": "openpyxl",
            "o": o(
                post_sheets=["manual_table"],
                identity="stack",
                id_labels="colon",
                c0=2,
                col_labels="title",
                periode=1,
                nip_style=1,
            ),
        },
        {
            "file": "jpt-pengembangan-03-libreoffice.xlsx",
            "form": "jpt-pengembangan",
            "idx": 1,
            "writer": "libreoffice",
            "o": o(post_sheets=["manual"], groups="plain", periode=2, manual_colon=True, sheet="SKP "),
        },
        {
            "file": "jpt-pengembangan-04-dinkes.xlsx",
            "form": "jpt-pengembangan",
            "idx": 2,
            "writer": "xlsxwriter",
            "o": o(
                pre_sheets=["petunjuk"],
                post_sheets=["manual", "blank"],
                periode=3,
                target_style=1,
                pangkat_style=3,
            ),
        },
        {
            "file": "jpt-pengembangan-05-perspektif-kosong.xlsx",
            "form": "jpt-pengembangan",
            "idx": 0,
            "writer": "openpyxl",
            "o": o(post_sheets=["manual"], col_labels="title"),
            "defects": [d_persp(0, None)],
        },
        {
            "file": "jpt-pengembangan-06-rentang-terbalik.xlsx",
            "form": "jpt-pengembangan",
            "idx": 1,
            "writer": "xlsxwriter",
            "o": o(post_sheets=["manual"], identity="stack", id_labels="title", c0=2, periode=1),
            "defects": [
                d_iki("target-rentang-terbalik", 1, 0, "target", "100 – 90 %", alts=()),
                d_nip("19780230 200312 1 004"),
            ],
        },
        {
            "file": "jpt-pengembangan-07-identitas-kosong.xlsx",
            "form": "jpt-pengembangan",
            "idx": 2,
            "writer": "openpyxl",
            "o": o(post_sheets=["manual"], col_labels="wrap"),
            "defects": [d_identitas_kosong("pegawai", "jabatan")],
        },
    ]
    # JA dasar: perlu satu cacat peringatan lain di berkas terpisah? (jumlah cacat sudah cukup)
    return S


def apply_manual_blank(sheets, entry):
    """Cacat manual: kosongkan sel nilai yang dicatat di entri harapan."""
    for d in entry["defects"]:
        if d["code"] == "manual-iki-kosong":
            for sh in sheets:
                if sh.name == d["sheet"]:
                    col = "".join(ch for ch in d["cell"] if ch.isalpha())
                    row = int("".join(ch for ch in d["cell"] if ch.isdigit()))
                    c = openpyxl.utils.column_index_from_string(col)
                    sh.cells.pop((row, c), None)


# ---- berkas khusus
def special_files():
    out = []
    # Permen PANRB 6/2022 dikirim keliru
    sh = Lembar("SKP")
    sh.put(1, 1, "SASARAN KINERJA PEGAWAI")
    sh.put(2, 1, "PENDEKATAN HASIL KERJA KUANTITATIF")
    sh.put(3, 1, "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")
    sh.put(5, 1, "PEMERINTAH KOTA BATU ARANG")
    sh.put(5, 5, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
    sh.put(6, 1, "NO")
    sh.put(6, 2, "PEGAWAI YANG DINILAI")
    sh.put(6, 4, "NO")
    sh.put(6, 5, "PEJABAT PENILAI KINERJA")
    for i, (lab, a, b) in enumerate(
        [
            ("NAMA", "Kartika Lubis, S.E.", "Hendra Gunawan, M.Si."),
            ("NIP", "198807142011012003", "197605182002121004"),
            ("PANGKAT/GOL RUANG", "Penata, III/c", "Pembina, IV/a"),
            ("JABATAN", "Analis Keuangan", "Kepala Bidang Anggaran"),
            ("UNIT KERJA", "Badan Keuangan Daerah", "Badan Keuangan Daerah"),
        ]
    ):
        sh.put(7 + i, 1, i + 1)
        sh.put(7 + i, 2, lab)
        sh.put(7 + i, 3, a)
        sh.put(7 + i, 4, i + 1)
        sh.put(7 + i, 5, lab)
        sh.put(7 + i, 6, b)
    sh.put(13, 1, "HASIL KERJA")
    sh.put(14, 1, "NO")
    sh.put(14, 2, "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI")
    sh.put(14, 3, "RENCANA HASIL KERJA")
    sh.put(14, 4, "ASPEK")
    sh.put(14, 5, "INDIKATOR KINERJA INDIVIDU")
    sh.put(14, 6, "TARGET")
    sh.put(15, 1, "UTAMA")
    sh.put(16, 1, 1)
    sh.put(16, 2, "Laporan keuangan daerah memperoleh opini WTP")
    sh.put(16, 3, "Laporan realisasi anggaran tersaji tepat waktu")
    sh.put(16, 4, "Kuantitas")
    sh.put(16, 5, "Jumlah laporan realisasi anggaran")
    sh.put(16, 6, "12 laporan")
    sh.put(18, 1, "PERILAKU KERJA")
    sh.put(19, 1, 1)
    sh.put(19, 2, "Berorientasi Pelayanan")
    sh.put(19, 5, "EKSPEKTASI KHUSUS PIMPINAN")
    sh.put(21, 1, "LAMPIRAN SASARAN KINERJA PEGAWAI")
    out.append(("lain-permen6-2022.xlsx", [sh], "format-lain", "Analis Keuangan"))
    # templat belum diisi
    sh = Lembar("SKP")
    sh.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI")
    sh.put(2, 1, "PEJABAT ADMINISTRASI")
    sh.put(3, 1, "{{ nama_instansi }}")
    sh.put(4, 1, "PERIODE PENILAIAN : {{ periode }}")
    sh.put(6, 1, "NO")
    sh.put(6, 2, "PEGAWAI YANG DINILAI")
    sh.put(6, 5, "NO")
    sh.put(6, 6, "PEJABAT PENILAI KINERJA")
    for i, lab in enumerate(ID_LABELS["upper"]):
        sh.put(7 + i, 1, i + 1)
        sh.put(7 + i, 2, lab)
        sh.put(7 + i, 3, "[isi]")
        sh.put(7 + i, 5, i + 1)
        sh.put(7 + i, 6, lab)
        sh.put(7 + i, 7, "..........")
    for c, v in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        start=1,
    ):
        sh.put(13, c, v)
    sh.put(14, 1, "A. KINERJA UTAMA")
    sh.put(15, 1, 1)
    sh.put(15, 2, "[isi rencana kinerja atasan]")
    sh.put(15, 3, "[isi rencana kinerja]")
    sh.put(15, 4, "Kuantitas")
    sh.put(15, 5, "...")
    sh.put(15, 6, "...")
    sh.put(16, 1, "B. KINERJA TAMBAHAN")
    out.append(("templat-kosong-belum-diisi.xlsx", [sh], "templat-belum-diisi", None))
    # buku kerja kosong (tiga sheet bawaan Excel)
    out.append(
        ("buku-kerja-kosong.xlsx", [Lembar("Sheet1"), Lembar("Sheet2"), Lembar("Sheet3")], "bukan-skp", None)
    )
    # rekap kehadiran, bukan SKP
    sh = Lembar("Rekap Absensi")
    sh.put(1, 1, "REKAPITULASI KEHADIRAN PEGAWAI BULAN NOVEMBER 2026")
    for c, v in enumerate(["NO", "NAMA", "NIP", "JABATAN", "HADIR", "IZIN", "SAKIT", "ALPA"], start=1):
        sh.put(3, c, v)
    rng = random.Random(SEED + 1)
    for i in range(12):
        sh.put(4 + i, 1, i + 1)
        sh.put(4 + i, 2, nama(rng))
        sh.put(4 + i, 3, nip(rng))
        sh.put(4 + i, 4, "Pengadministrasi Perkantoran")
        sh.put(4 + i, 5, 19 + rng.randint(0, 2))
        sh.put(4 + i, 6, rng.randint(0, 1))
        sh.put(4 + i, 7, rng.randint(0, 1))
        sh.put(4 + i, 8, 0)
    out.append(("rekap-kehadiran-bukan-skp.xlsx", [sh], "bukan-skp", None))
    return out


# ---- utama
def prep(spec):
    """Penyesuaian model yang dipicu opsi tata letak (target angka berformat satuan)."""
    if spec["o"].get("target_num"):

        def num_fmt(m, o):
            for g in ("utama", "tambahan"):
                for rk in m[g]:
                    for iki in rk["ikis"]:
                        if iki["sat"] not in ("", "%", "rupiah"):
                            iki["target_num_fmt"] = f'#,##0 "{iki["sat"]}"'

        spec.setdefault("prep", []).append(num_fmt)
    if spec["o"].get("n_rk") is None and spec["form"].startswith(("ja", "jf")):
        spec["o"]["n_rk"] = 3
    return spec


def build(outdir: Path, harapan: Path):
    rng = random.Random(SEED)
    outdir.mkdir(parents=True, exist_ok=True)
    for p in outdir.glob("*.xls*"):
        p.unlink()
    files = []
    for spec in specs():
        spec = prep(spec)
        sheets, entry = make_file(rng, spec)
        # cacat manual: kosongkan sel sesudah tata letak (posisinya dari pos)
        apply_manual_blank(sheets, entry)
        WRITERS[spec["writer"]](sheets, outdir / spec["file"])
        files.append(entry)
    for name, sheets, code, jab in special_files():
        write_openpyxl(sheets, outdir / name)
        files.append(
            {
                "file": name,
                "form": None,
                "clean": False,
                "defects": [{"code": code, "sheet": None, "cell": None}],
                "jabatan": jab,
                "writer": "openpyxl",
                "instansi": None,
                "layout": {},
            }
        )
    harapan.write_text(
        json.dumps({"set": "nyata_e", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(description="Membangun set evaluasi tertahan nyata_e.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    files = build(a.keluaran, a.harapan)
    clean = sum(f["clean"] for f in files)
    print(f"{len(files)} berkas, {clean} bersih, {sum(len(f['defects']) for f in files)} cacat")


if __name__ == "__main__":
    main()
