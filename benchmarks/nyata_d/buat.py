"""Build the held-out evaluation set ``nyata_d``: SKP workbooks (Permen PANRB 8/2021) as agencies fill them.

Written from SPEC §3, §3.10 and §5–§7 only, apart from the project's code, fixtures and the earlier sets.
Every workbook is first laid out as a grid of cells (:class:`Sheet`), then written by openpyxl or XlsxWriter;
the layout writer records where each value landed, so an injected defect's cell is known exactly.

Usage: ``python benchmarks/nyata_d/buat.py [--keluaran DIR] [--harapan FILE] [--benih N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

import openpyxl
import openpyxl.styles
import xlsxwriter
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20251205
FIXED_TIME = dt.datetime(2025, 1, 6, 8, 0, 0)


# ---------------------------------------------------------------- grid model and the two writers


class Formula:
    """A formula with the value Excel would have cached (only XlsxWriter can store the cache)."""

    def __init__(self, expr: str, cached):
        self.expr, self.cached = expr, cached


class Sheet:
    def __init__(self, name: str):
        self.name = name
        self.cells: dict[tuple[int, int], tuple[object, str | None]] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.hidden = False
        self.widths: dict[int, float] = {}

    def put(self, r: int, c: int, v, fmt: str | None = None) -> str:
        self.cells[(r, c)] = (v, fmt)
        return ref(r, c)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def ref(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


NUMFMT = {"date": "[$-421]d mmmm yyyy", "pct": "0%", "pct1": "0.0%", "dec": "0.000"}


def write_openpyxl(sheets: list[Sheet], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "Subbag Kepegawaian"
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            if isinstance(v, Formula):
                v = v.cached  # openpyxl cannot store a cached result: write the value itself
            cell = ws.cell(r, c, v)
            if fmt in NUMFMT:
                cell.number_format = NUMFMT[fmt]
            if fmt == "bold":
                cell.font = openpyxl.styles.Font(bold=True)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)


def write_xlsxwriter(sheets: list[Sheet], path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": FIXED_TIME, "author": "Subbag Kepegawaian"})
    formats = {k: wb.add_format({"num_format": v}) for k, v in NUMFMT.items()}
    formats["bold"] = wb.add_format({"bold": True})
    formats["wrap"] = wb.add_format({"text_wrap": True, "valign": "top"})
    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        covered = set()
        for r1, c1, r2, c2 in sh.merges:
            v, fmt = sh.cells.get((r1, c1), (None, None))
            f = formats.get(fmt or "wrap")
            if isinstance(v, dt.date):
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", f)
                ws.write_datetime(r1 - 1, c1 - 1, dt.datetime.combine(v, dt.time()), f)
            else:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "" if v is None else v, f)
            covered.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            if (r, c) in covered or v is None:
                continue
            f = formats.get(fmt) if fmt else None
            if isinstance(v, Formula):
                ws.write_formula(r - 1, c - 1, v.expr, f, v.cached)
            elif isinstance(v, dt.date):
                ws.write_datetime(r - 1, c - 1, dt.datetime.combine(v, dt.time()), f or formats["date"])
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, f)
            else:
                ws.write_number(r - 1, c - 1, v, f)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
        if sh.hidden:
            ws.hide()
    wb.close()


# ---------------------------------------------------------------- people and agencies (invented)

BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]

NAMA_DEPAN = [
    "Rahmat",
    "Siti",
    "Yulianti",
    "Bambang",
    "Dewi",
    "Agus",
    "Fitriani",
    "Hendra",
    "Wulan",
    "Irfan",
    "Nurhayati",
    "Taufik",
    "Ratna",
    "Fajar",
    "Lestari",
    "Gunawan",
    "Maya",
    "Teguh",
    "Anisa",
    "Rudi",
    "Kartika",
    "Joko",
    "Sri",
    "Hadi",
    "Rina",
    "Wahyu",
    "Puspita",
    "Arief",
    "Melati",
    "Darmawan",
]
NAMA_BELAKANG = [
    "Saputra",
    "Rahmawati",
    "Hidayat",
    "Kusuma",
    "Pratama",
    "Wibowo",
    "Handayani",
    "Setiawan",
    "Lubis",
    "Nasution",
    "Siregar",
    "Purnomo",
    "Maharani",
    "Syahputra",
    "Ramadhani",
    "Permana",
    "Simanjuntak",
    "Tanjung",
    "Harahap",
    "Sembiring",
]
GELAR = ["", "", "S.E.", "S.Sos.", "S.Kom.", "A.Md.", "S.H.", "S.Kep., Ns.", "M.Si.", "S.T.", "S.Ak."]

PANGKAT = {
    "II/a": "Pengatur Muda",
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


def pangkat_text(gol: str, style: str) -> str:
    name = PANGKAT[gol]
    roman, letter = gol.split("/")
    if style == "tk":
        return f"{name.replace('Tingkat I', 'Tk.I')}, {roman} {letter}"
    if style == "kapital":
        return f"{name.upper()} / {roman}{letter}"
    if style == "kurung":
        return f"{name} ({gol})"
    return f"{name}, {gol}"


class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def nama(self, gelar: bool = True) -> str:
        while True:
            n = f"{self.rng.choice(NAMA_DEPAN)} {self.rng.choice(NAMA_BELAKANG)}"
            g = self.rng.choice(GELAR) if gelar else ""
            full = f"{n}, {g}" if g else n
            if full not in self.used:
                self.used.add(full)
                return full

    def nip(self, gol: str) -> str:
        senior = {"II": 0, "III": 6, "IV": 14}[gol.split("/")[0]]
        year = self.rng.randint(1968, 1992 - senior)
        birth = dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        tmt_year = min(birth.year + self.rng.randint(22, 30), 2019)
        return (
            f"{birth:%Y%m%d}{tmt_year}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 2)}"
            f"{self.rng.randint(1, 40):03d}"
        )


def nip_text(nip: str, style: str) -> str:
    if style == "spasi":
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    if style == "titik":
        return f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}"
    return nip


# Products: (RK atasan, RK, noun for IKIs, verb, satuan, base number). Every RK is a result, not an activity.
AGENCIES = {
    "kecamatan": {
        "instansi": "PEMERINTAH KABUPATEN GUNUNG SALAK",
        "unit": "Kecamatan Sukamaju",
        "kota": "Sukamaju",
        "ja": [
            ("Sekretaris Kecamatan", "III/d", "Camat Sukamaju", "IV/a"),
            ("Kepala Seksi Pemerintahan", "III/c", "Camat Sukamaju", "IV/a"),
            ("Pengadministrasi Perkantoran", "II/c", "Sekretaris Kecamatan", "III/d"),
            ("Penata Layanan Operasional", "III/a", "Kepala Seksi Pelayanan Umum", "III/c"),
        ],
        "jf": [
            ("Analis Kebijakan Ahli Pertama", "III/b", "Sekretaris Kecamatan", "III/d"),
            ("Arsiparis Terampil", "II/c", "Sekretaris Kecamatan", "III/d"),
        ],
        "products": [
            (
                "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
                "Layanan PATEN kecamatan diselesaikan sesuai standar pelayanan",
                "berkas layanan PATEN",
                "diselesaikan",
                "berkas",
                480,
            ),
            (
                "Tertib administrasi pemerintahan desa di wilayah kecamatan",
                "Hasil evaluasi perkembangan desa tersampaikan kepada Camat",
                "laporan evaluasi desa",
                "disampaikan",
                "laporan",
                14,
            ),
            (
                "Terkelolanya arsip dinamis kecamatan secara tertib",
                "Arsip aktif kecamatan tertata sesuai klasifikasi",
                "berkas arsip aktif",
                "ditata",
                "berkas",
                350,
            ),
            (
                "Dokumen perencanaan kecamatan tersusun tepat waktu",
                "Rancangan Renja Kecamatan tersedia sesuai jadwal",
                "dokumen rancangan Renja",
                "disusun",
                "dokumen",
                2,
            ),
            (
                "Meningkatnya ketenteraman dan ketertiban umum di kecamatan",
                "Laporan kondisi trantibum kecamatan tersaji berkala",
                "laporan trantibum",
                "disampaikan",
                "laporan",
                12,
            ),
            (
                "Terwujudnya tata kelola keuangan kecamatan yang akuntabel",
                "Laporan pertanggungjawaban keuangan kecamatan diterima tanpa koreksi",
                "laporan pertanggungjawaban keuangan",
                "diterima",
                "laporan",
                12,
            ),
        ],
    },
    "rsud": {
        "instansi": "PEMERINTAH PROVINSI TELUK PERMAI",
        "unit": "RSUD Provinsi Teluk Permai",
        "kota": "Permai",
        "ja": [
            ("Kepala Bidang Pelayanan Medik", "IV/a", "Wakil Direktur Pelayanan", "IV/b"),
            ("Kepala Seksi Rekam Medis", "III/d", "Kepala Bidang Pelayanan Medik", "IV/a"),
            ("Pengelola Data Rekam Medis", "II/d", "Kepala Seksi Rekam Medis", "III/d"),
        ],
        "jf": [
            ("Perawat Ahli Muda", "III/d", "Kepala Instalasi Rawat Inap", "IV/a"),
            ("Perawat Mahir", "III/a", "Kepala Ruang Melati", "III/c"),
            ("Apoteker Ahli Pertama", "III/b", "Kepala Instalasi Farmasi", "IV/a"),
            ("Pranata Laboratorium Kesehatan Penyelia", "III/c", "Kepala Instalasi Laboratorium", "IV/a"),
            ("Dokter Ahli Madya", "IV/b", "Wakil Direktur Pelayanan", "IV/b"),
        ],
        "products": [
            (
                "Meningkatnya mutu pelayanan rawat inap",
                "Asuhan keperawatan pasien rawat inap terdokumentasi lengkap",
                "dokumen asuhan keperawatan",
                "terdokumentasi",
                "dokumen",
                600,
            ),
            (
                "Meningkatnya keselamatan pasien rumah sakit",
                "Insiden keselamatan pasien di ruang perawatan terlaporkan",
                "laporan insiden keselamatan pasien",
                "dilaporkan",
                "laporan",
                12,
            ),
            (
                "Terjaminnya ketersediaan obat dan BMHP",
                "Rencana kebutuhan obat instalasi farmasi tersusun akurat",
                "dokumen rencana kebutuhan obat",
                "disusun",
                "dokumen",
                4,
            ),
            (
                "Meningkatnya akurasi hasil pemeriksaan laboratorium",
                "Hasil pemeriksaan laboratorium tervalidasi sebelum diserahkan",
                "hasil pemeriksaan",
                "divalidasi",
                "sampel",
                5200,
            ),
            (
                "Tertib administrasi rekam medis pasien",
                "Berkas rekam medis rawat jalan terkode sesuai ICD-10",
                "berkas rekam medis",
                "dikode",
                "berkas",
                9000,
            ),
            (
                "Meningkatnya indeks kepuasan pasien",
                "Hasil survei kepuasan pasien tersaji per triwulan",
                "laporan survei kepuasan",
                "disampaikan",
                "laporan",
                4,
            ),
        ],
    },
    "poltek": {
        "instansi": "KEMENTERIAN PERTANIAN",
        "unit": "Politeknik Pembangunan Pertanian Sindang Barat",
        "kota": "Sindang Barat",
        "ja": [
            (
                "Kepala Subbagian Administrasi Akademik dan Kemahasiswaan",
                "III/d",
                "Kepala Bagian Umum",
                "IV/a",
            ),
            (
                "Pengelola Layanan Akademik",
                "II/d",
                "Kepala Subbagian Administrasi Akademik dan Kemahasiswaan",
                "III/d",
            ),
            ("Kepala Bagian Umum", "IV/a", "Direktur", "IV/c"),
        ],
        "jf": [
            ("Pranata Komputer Ahli Pertama", "III/a", "Kepala Bagian Umum", "IV/a"),
            (
                "Pustakawan Ahli Muda merangkap Koordinator Perpustakaan",
                "III/c",
                "Kepala Bagian Umum",
                "IV/a",
            ),
            (
                "Analis Kepegawaian Muda selaku Subkoordinator Kepegawaian",
                "III/d",
                "Kepala Bagian Umum",
                "IV/a",
            ),
            ("Arsiparis Mahir", "III/b", "Kepala Bagian Umum", "IV/a"),
        ],
        "products": [
            (
                "Meningkatnya kualitas layanan akademik mahasiswa",
                "Data akademik mahasiswa termutakhir pada PDDikti",
                "data mahasiswa",
                "dimutakhirkan",
                "data",
                820,
            ),
            (
                "Tersedianya sistem informasi kampus yang andal",
                "Aplikasi SIAKAD berjalan tanpa gangguan layanan",
                "laporan pemeliharaan aplikasi",
                "disampaikan",
                "laporan",
                12,
            ),
            (
                "Meningkatnya pemanfaatan layanan perpustakaan",
                "Koleksi perpustakaan terolah dan dapat ditelusur daring",
                "judul koleksi",
                "diolah",
                "judul",
                450,
            ),
            (
                "Terwujudnya manajemen ASN yang profesional",
                "Usulan kenaikan pangkat pegawai terproses tepat waktu",
                "usulan kenaikan pangkat",
                "diproses",
                "usulan",
                36,
            ),
            (
                "Tertib pengelolaan arsip institusi",
                "Arsip inaktif politeknik terdaftar dalam daftar arsip",
                "daftar arsip inaktif",
                "disusun",
                "dokumen",
                6,
            ),
        ],
    },
    "bapenda": {
        "instansi": "PEMERINTAH PROVINSI SUMBER JAYA",
        "unit": "Badan Pendapatan Daerah Provinsi Sumber Jaya",
        "kota": "Sumber Jaya",
        "ja": [
            ("Kepala Bidang Pajak Daerah", "IV/a", "Sekretaris Badan Pendapatan Daerah", "IV/b"),
            ("Kepala UPT Samsat Wilayah II", "III/d", "Kepala Bidang Pajak Daerah", "IV/a"),
            ("Pengelola Pajak Daerah", "II/c", "Kepala UPT Samsat Wilayah II", "III/d"),
        ],
        "jf": [
            ("Analis Keuangan Pusat dan Daerah Ahli Pertama", "III/b", "Kepala Bidang Pajak Daerah", "IV/a"),
            ("Perencana Madya", "IV/b", "Sekretaris Badan Pendapatan Daerah", "IV/b"),
            ("Pranata Komputer Terampil", "II/d", "Kepala Subbagian Program", "III/d"),
        ],
        "products": [
            (
                "Meningkatnya penerimaan pajak daerah",
                "Target penerimaan PKB UPT Samsat Wilayah II tercapai",
                "rekapitulasi penerimaan PKB",
                "disampaikan",
                "laporan",
                12,
            ),
            (
                "Meningkatnya kepatuhan wajib pajak kendaraan bermotor",
                "Tunggakan PKB yang tertagih melalui penagihan aktif",
                "surat teguran PKB",
                "diterbitkan",
                "surat",
                1500,
            ),
            (
                "Tersedianya analisis potensi pendapatan daerah",
                "Kajian potensi pajak daerah tersaji sebagai bahan kebijakan",
                "dokumen kajian potensi",
                "diselesaikan",
                "dokumen",
                2,
            ),
            (
                "Dokumen perencanaan Bapenda berkualitas",
                "Renja Bapenda tahun berikutnya tersusun sesuai RPJMD",
                "dokumen Renja",
                "disusun",
                "dokumen",
                1,
            ),
            (
                "Layanan pajak daring yang andal",
                "Aplikasi e-Samsat tersedia tanpa gangguan",
                "laporan ketersediaan aplikasi",
                "disampaikan",
                "laporan",
                12,
            ),
        ],
    },
    "kelurahan": {
        "instansi": "PEMERINTAH KOTA TANJUNG MEKAR",
        "unit": "Kelurahan Tanjung Mekar Kecamatan Sukamaju",
        "kota": "Tanjung Mekar",
        "ja": [
            ("Lurah Tanjung Mekar", "III/d", "Camat Sukamaju", "IV/a"),
            ("Plt. Kepala Seksi Kesejahteraan Sosial", "III/b", "Lurah Tanjung Mekar", "III/d"),
            ("Pengelola Pelayanan Masyarakat", "II/b", "Sekretaris Kelurahan", "III/c"),
            ("Operator Layanan Operasional", "II/a", "Sekretaris Kelurahan", "III/c"),
        ],
        "jf": [],
        "products": [
            (
                "Meningkatnya kualitas pelayanan administrasi kelurahan",
                "Surat keterangan warga terbit sesuai standar pelayanan",
                "surat keterangan",
                "diterbitkan",
                "surat",
                1100,
            ),
            (
                "Tersalurnya bantuan sosial tepat sasaran",
                "Data penerima bantuan sosial kelurahan terverifikasi",
                "data keluarga penerima",
                "diverifikasi",
                "keluarga",
                640,
            ),
            (
                "Meningkatnya partisipasi masyarakat dalam pembangunan",
                "Usulan Musrenbang kelurahan terdokumentasi lengkap",
                "dokumen usulan Musrenbang",
                "disusun",
                "dokumen",
                3,
            ),
            (
                "Terkelolanya data kependudukan kelurahan",
                "Data mutasi penduduk kelurahan termutakhir setiap bulan",
                "laporan mutasi penduduk",
                "disampaikan",
                "laporan",
                12,
            ),
        ],
    },
}

JPT_SETS = [
    {
        "agency": "bapenda",
        "jabatan": "Kepala Badan Pendapatan Daerah Provinsi Sumber Jaya",
        "gol": "IV/c",
        "penilai": ("Gubernur Sumber Jaya", None),
        "instansi_penilai": "Pemerintah Provinsi Sumber Jaya",
        "rk": [
            (
                "Meningkatnya pendapatan asli daerah",
                "Persentase realisasi PAD terhadap target",
                "100 %",
                "Penerima Layanan",
            ),
            (
                "Meningkatnya kepuasan wajib pajak atas layanan Samsat",
                "Indeks kepuasan masyarakat layanan Samsat",
                "85",
                "Penerima Layanan",
            ),
            (
                "Terwujudnya proses pemungutan pajak berbasis elektronik",
                "Persentase transaksi pajak daerah secara non tunai",
                "70 %",
                "Proses Bisnis",
            ),
            (
                "Meningkatnya kapabilitas SDM pengelola pendapatan",
                "Jumlah pegawai tersertifikasi juru sita pajak",
                "25 orang",
                "Penguatan Internal",
            ),
            (
                "Terkelolanya anggaran Bapenda secara akuntabel",
                "Persentase realisasi anggaran belanja",
                "95 %",
                "Anggaran",
            ),
        ],
    },
    {
        "agency": "rsud",
        "jabatan": "Direktur RSUD Provinsi Teluk Permai",
        "gol": "IV/c",
        "penilai": ("Sekretaris Daerah Provinsi Teluk Permai", "IV/d"),
        "instansi_penilai": "Pemerintah Provinsi Teluk Permai",
        "rk": [
            (
                "Meningkatnya mutu pelayanan kesehatan rujukan",
                "Persentase standar akreditasi yang terpenuhi",
                "95 %",
                "Penerima Layanan",
            ),
            ("Meningkatnya kepuasan pasien", "Indeks kepuasan masyarakat RSUD", "82", "Penerima Layanan"),
            (
                "Terwujudnya tata kelola klinis yang efektif",
                "Persentase kepatuhan terhadap clinical pathway",
                "85 %",
                "Proses Bisnis",
            ),
            (
                "Meningkatnya kompetensi tenaga kesehatan",
                "Persentase tenaga kesehatan yang memenuhi 20 JPL",
                "80 %",
                "Penguatan Internal",
            ),
            (
                "Meningkatnya kemandirian keuangan BLUD",
                "Rasio pendapatan BLUD terhadap belanja operasional",
                "75 %",
                "Anggaran",
            ),
        ],
    },
    {
        "agency": "poltek",
        "jabatan": "Direktur Politeknik Pembangunan Pertanian Sindang Barat",
        "gol": "IV/c",
        "penilai": ("Kepala Badan Penyuluhan dan Pengembangan SDM Pertanian", "IV/e"),
        "instansi_penilai": "Kementerian Pertanian",
        "rk": [
            (
                "Meningkatnya kualitas lulusan pendidikan vokasi pertanian",
                "Persentase lulusan yang bekerja atau berwirausaha dalam 1 tahun",
                "80 %",
                "Penerima Layanan",
            ),
            (
                "Meningkatnya kepuasan pengguna lulusan",
                "Indeks kepuasan pengguna lulusan",
                "3,4 skala 4",
                "Penerima Layanan",
            ),
            (
                "Terwujudnya penjaminan mutu internal",
                "Jumlah program studi terakreditasi Baik Sekali",
                "4 prodi",
                "Proses Bisnis",
            ),
            (
                "Meningkatnya kualifikasi dosen",
                "Persentase dosen berkualifikasi doktor",
                "30 %",
                "Penguatan Internal",
            ),
            (
                "Terkelolanya anggaran politeknik secara akuntabel",
                "Nilai IKPA satuan kerja",
                "95",
                "Anggaran",
            ),
        ],
    },
    {
        "agency": "kecamatan",
        "jabatan": "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
        "gol": "IV/b",
        "unit": "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Gunung Salak",
        "penilai": ("Bupati Gunung Salak", None),
        "instansi_penilai": "Pemerintah Kabupaten Gunung Salak",
        "rk": [
            (
                "Meningkatnya kemandirian desa",
                "Jumlah desa berstatus desa mandiri",
                "18 desa",
                "Penerima Layanan",
            ),
            (
                "Meningkatnya kapasitas aparatur pemerintahan desa",
                "Persentase perangkat desa yang mengikuti peningkatan kapasitas",
                "60 %",
                "Penerima Layanan",
            ),
            (
                "Tertib penyaluran dana desa",
                "Persentase desa yang menerima dana desa tahap III tepat waktu",
                "90 %",
                "Proses Bisnis",
            ),
            (
                "Meningkatnya kualitas tata kelola internal dinas",
                "Nilai SAKIP perangkat daerah",
                "70",
                "Penguatan Internal",
            ),
            (
                "Terkelolanya anggaran dinas secara efektif",
                "Persentase realisasi anggaran dinas",
                "95 %",
                "Anggaran",
            ),
        ],
    },
]


# ---------------------------------------------------------------- content of one SKP


def make_iki(product, aspek: str, rng: random.Random, variant: int) -> dict:
    _, _, noun, verb, sat, n = product
    if aspek == "Kuantitas":
        return {"aspek": aspek, "iki": f"Jumlah {noun} yang {verb}", "num": n, "sat": sat, "dir": "naik"}
    if aspek == "Kualitas":
        pct = [90, 95, 85, 100][variant % 4]
        if variant % 5 == 3:
            return {
                "aspek": aspek,
                "iki": f"Persentase {noun} yang {verb} tanpa revisi",
                "num": (80, 90),
                "sat": "%",
                "dir": "naik",
            }
        return {
            "aspek": aspek,
            "iki": f"Persentase {noun} yang {verb} sesuai ketentuan",
            "num": pct,
            "sat": "%",
            "dir": "naik",
        }
    if aspek == "Waktu":
        if n <= 14 and variant % 2:
            return {
                "aspek": aspek,
                "iki": f"Waktu penyelesaian {noun}",
                "num": 12,
                "sat": "bulan",
                "dir": "turun",
            }
        return {
            "aspek": aspek,
            "iki": f"Rata-rata waktu penyelesaian {noun}",
            "num": 3,
            "sat": "hari kerja",
            "dir": "turun",
        }
    return {
        "aspek": "Biaya",
        "iki": f"Realisasi biaya pengelolaan {noun}",
        "num": 15000000,
        "sat": "rupiah",
        "dir": "turun",
    }


def tambahan_rk(rng: random.Random) -> dict:
    return rng.choice(
        [
            {
                "atasan": "",
                "rk": "Sertifikat pelatihan manajemen kinerja ASN diperoleh",
                "iki": [
                    {
                        "aspek": "Kuantitas",
                        "iki": "Jumlah sertifikat pelatihan yang diperoleh",
                        "num": 1,
                        "sat": "sertifikat",
                        "dir": "naik",
                    }
                ],
            },
            {
                "atasan": "",
                "rk": "Keterlibatan dalam tim relawan tanggap bencana kabupaten terlaksana",
                "iki": [
                    {
                        "aspek": "Kuantitas",
                        "iki": "Jumlah kegiatan tim relawan yang diikuti",
                        "num": 2,
                        "sat": "kegiatan",
                        "dir": "naik",
                    }
                ],
            },
            {
                "atasan": "",
                "rk": "Materi berbagi pengetahuan internal tersaji bagi rekan kerja",
                "iki": [
                    {
                        "aspek": "Kuantitas",
                        "iki": "Jumlah materi berbagi pengetahuan yang disajikan",
                        "num": 2,
                        "sat": "materi",
                        "dir": "naik",
                    }
                ],
            },
        ]
    )


def make_doc(kind: str, model: str, agency_key: str, seat: int, rng: random.Random, people: People) -> dict:
    ag = AGENCIES[agency_key]
    seats = ag["jf"] if kind == "jf" else ag["ja"]
    jabatan, gol, jab_pen, gol_pen = seats[seat % len(seats)]
    prods = list(ag["products"])
    rng.shuffle(prods)
    if model == "pengembangan":
        prods = [p for p in prods if p[5] >= 4]  # kategori bands need room below the target
    n_rk = rng.choice([2, 3, 3])
    utama = []
    for i in range(n_rk):
        p = prods[i]
        aspeks = rng.choice(
            [
                ["Kuantitas", "Kualitas", "Waktu"],
                ["Kuantitas", "Kualitas"],
                ["Kuantitas", "Waktu"],
                ["Kuantitas", "Kualitas", "Waktu"],
            ]
        )
        ikis = [make_iki(p, a, rng, rng.randint(0, 9)) for a in aspeks]
        for iki in ikis:
            if model == "pengembangan" and iki["num"] == 100:
                iki["num"] = 95  # SANGAT BAIK must lie beyond the target
        utama.append({"atasan": p[0], "rk": p[1], "iki": ikis, "product": p})
    tambahan = [tambahan_rk(rng)] if rng.random() < 0.6 else []
    return {
        "kind": kind,
        "model": model,
        "agency": agency_key,
        "jabatan": jabatan,
        "peg": {
            "nama": people.nama(),
            "nip": people.nip(gol),
            "gol": gol,
            "jabatan": jabatan,
            "unit": ag["unit"],
        },
        "pen": {
            "nama": people.nama(),
            "nip": people.nip(gol_pen),
            "gol": gol_pen,
            "jabatan": jab_pen,
            "unit": ag["unit"],
        },
        "instansi": ag["instansi"],
        "unit": ag["unit"],
        "kota": ag["kota"],
        "tahun": 2025,
        "periode": (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        "utama": utama,
        "tambahan": tambahan,
    }


def make_jpt_doc(model: str, jset: dict, rng: random.Random, people: People) -> dict:
    ag = AGENCIES[jset["agency"]]
    unit = jset.get("unit", ag["unit"])
    utama = []
    for rk, iki, target, persp in jset["rk"]:
        num, _, sat = target.partition(" ")
        number = float(num.replace(",", ".")) if "," in num else int(num)
        utama.append(
            {
                "atasan": "",
                "rk": rk,
                "persp": persp,
                "iki": [{"aspek": None, "iki": iki, "num": number, "sat": sat, "dir": "naik"}],
            }
        )
    if model == "dasar" and rng.random() < 0.5:
        utama[0]["iki"].append(
            {
                "aspek": None,
                "iki": "Persentase temuan BPK yang ditindaklanjuti",
                "num": 90,
                "sat": "%",
                "dir": "naik",
            }
        )
    pen_nama, pen_gol = jset["penilai"]
    pen = {
        "nama": people.nama(),
        "nip": people.nip(pen_gol) if pen_gol else None,
        "gol": pen_gol,
        "jabatan": pen_nama,
        "unit": jset["instansi_penilai"],
    }
    tambahan = []
    if rng.random() < 0.5:
        tambahan = [
            {
                "atasan": "",
                "rk": "Keterlibatan sebagai narasumber forum nasional terlaksana",
                "persp": None,
                "iki": [
                    {
                        "aspek": None,
                        "iki": "Jumlah forum nasional sebagai narasumber",
                        "num": 2,
                        "sat": "forum",
                        "dir": "naik",
                    }
                ],
            }
        ]
    return {
        "kind": "jpt",
        "model": model,
        "agency": jset["agency"],
        "jabatan": jset["jabatan"],
        "peg": {
            "nama": people.nama(),
            "nip": people.nip(jset["gol"]),
            "gol": jset["gol"],
            "jabatan": jset["jabatan"],
            "unit": unit,
        },
        "pen": pen,
        "instansi": ag["instansi"],
        "unit": unit,
        "kota": ag["kota"],
        "tahun": 2025,
        "periode": (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        "utama": utama,
        "tambahan": tambahan,
    }


def fmt_num(x) -> str:
    if isinstance(x, float):
        return f"{x:.1f}".replace(".", ",")
    if x >= 1000:
        return f"{x:,}".replace(",", ".")
    return str(x)


def target_text(iki: dict) -> str:
    if "raw" in iki:
        return iki["raw"]
    num = iki["num"]
    n = f"{fmt_num(num[0])} - {fmt_num(num[1])}" if isinstance(num, tuple) else fmt_num(num)
    return f"{n} {iki['sat']}".replace(" %", " %") if iki["sat"] else n


def kategori(iki: dict) -> dict:
    """Thresholds per level for a clean IKI: ordered for its direction, BAIK = target, SANGAT BAIK beyond."""
    if "kat" in iki:
        return iki["kat"]
    num, sat = iki["num"], iki["sat"]
    s = f" {sat}" if sat else ""
    if isinstance(num, tuple):
        lo, hi = num
        return {
            "SK": f"< {lo - 20}{s}",
            "K": f"{lo - 20} - {lo - 11}{s}",
            "C": f"{lo - 10} - {lo - 1}{s}",
            "B": target_text(iki),
            "SB": f"> {hi}{s}",
        }
    if iki["dir"] == "turun":
        return {
            "SK": f"> {num + 3}{s}",
            "K": f"{num + 2} - {num + 3}{s}",
            "C": f"{num + 1}{s}",
            "B": target_text(iki),
            "SB": f"< {num}{s}",
        }
    if isinstance(num, float) or num <= 3:
        return {
            "SK": "-",
            "K": "-",
            "C": f"< {fmt_num(num)}{s}",
            "B": target_text(iki),
            "SB": f"> {fmt_num(num)}{s}",
        }
    a, b = round(num * 0.6), round(num * 0.8)
    return {
        "SK": f"< {fmt_num(a)}{s}",
        "K": f"{fmt_num(a)} - {fmt_num(b - 1)}{s}",
        "C": f"{fmt_num(b)} - {fmt_num(num - 1)}{s}",
        "B": target_text(iki),
        "SB": f"> {fmt_num(num)}{s}",
    }


CARA = [
    ("Rekap {n}", "Aplikasi e-Kinerja", "Bulanan"),
    ("Laporan {n}", "Arsip unit kerja", "Triwulanan"),
    ("Daftar {n}", "Buku register", "Setiap akhir bulan"),
    ("Data {n}", "Sistem informasi unit", "Semesteran"),
]


# ---------------------------------------------------------------- scoring (SPEC §6)


def capaian_of(iki: dict, real: float) -> float:
    t = iki.get("pen_num", iki["num"])
    if isinstance(t, tuple):
        lo, hi = t
        if lo <= real <= hi:
            return 100.0
        t = hi if real > hi else lo
    if iki["dir"] == "turun":
        return (1 + (1 - real / t)) * 100
    return real / t * 100


def band(cap: float) -> tuple[str, float]:
    c = int(cap + 0.5)
    if c > 110:
        return "Sangat Baik", 120
    if c >= 101:
        return "Sangat Baik", round(110 + 10 / 9 * (c - 101), 2)
    if c == 100:
        return "Baik", 109
    if c >= 80:
        return "Cukup", round(70 + 19 / 19 * (c - 80), 2)
    if c >= 60:
        return "Kurang", round(50 + 19 / 19 * (c - 60), 2)
    return "Sangat Kurang", round(c / 59 * 49, 2)


def realisasi_for(iki: dict, rng: random.Random):
    t = iki["num"]
    if isinstance(t, tuple):
        return t[1]
    if iki["dir"] == "turun" or isinstance(t, float):
        return t
    if iki["sat"] == "%" and t <= 95 and rng.random() < 0.5:
        return t - 2 if t - 2 >= 0.8 * t else t
    return t if rng.random() < 0.6 else round(t * 0.9)


# ---------------------------------------------------------------- layout writers


LABELS = {
    "baku": {
        "peg": "PEGAWAI YANG DINILAI",
        "pen": "PEJABAT PENILAI KINERJA",
        "nama": "NAMA",
        "nip": "NIP",
        "pangkat": "PANGKAT/GOL RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
        "ku": "A. KINERJA UTAMA",
        "kt": "B. KINERJA TAMBAHAN",
        "periode": "PERIODE PENILAIAN",
    },
    "intervensi": {
        "peg": "Pegawai Yang Dinilai",
        "pen": "Pejabat Penilai Kinerja",
        "nama": "Nama",
        "nip": "NIP",
        "pangkat": "Pangkat / Gol. Ruang",
        "jabatan": "Jabatan",
        "unit": "Unit Kerja",
        "atasan": "Rencana Kinerja Atasan yang Diintervensi",
        "rk": "Rencana Kinerja",
        "aspek": "Aspek",
        "iki": "Indikator Kinerja Individu",
        "target": "Target",
        "ku": "KINERJA UTAMA",
        "kt": "KINERJA TAMBAHAN",
        "periode": "Periode Penilaian",
    },
    "ketik": {
        "peg": "PEGAWAI YANG DI NILAI",
        "pen": "PEJABAT PENILAI KERJA",
        "nama": "NAMA",
        "nip": "N I P",
        "pangkat": "PANGKA/GOL. RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT  KERJA",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KERJA INDIVIDU",
        "target": "TARGET",
        "ku": "A.  KINERJA UTAMA",
        "kt": "B.  KINERJA TAMBAHAN",
        "periode": "PERIODE  PENILAIAN",
    },
    "singkat": {
        "peg": "PEGAWAI YANG DINILAI",
        "pen": "PEJABAT PENILAI KINERJA",
        "nama": "NAMA",
        "nip": "NIP",
        "pangkat": "PANGKAT / GOL",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "atasan": "RK ATASAN YANG DIINTERVENSI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "IKI",
        "target": "TARGET",
        "ku": "A. UTAMA",
        "kt": "B. TAMBAHAN",
        "periode": "PERIODE PENILAIAN",
    },
}

ASPEK_WORD = {
    "baku": {"Kuantitas": "Kuantitas", "Kualitas": "Kualitas", "Waktu": "Waktu", "Biaya": "Biaya"},
    "iki": {
        "Kuantitas": "IKI (Kuantitas)",
        "Kualitas": "IKI (Kualitas)",
        "Waktu": "IKI (Waktu)",
        "Biaya": "IKI (Biaya)",
    },
    "pp46": {"Kuantitas": "Kuant/Output", "Kualitas": "Kual/Mutu", "Waktu": "Waktu", "Biaya": "Biaya"},
    "kapital": {"Kuantitas": "KUANTITAS", "Kualitas": "KUALITAS", "Waktu": "WAKTU", "Biaya": "BIAYA"},
}


def tanggal_id(d: dt.date, upper: bool = False) -> str:
    s = f"{d.day} {BULAN[d.month - 1]} {d.year}"
    return s.upper() if upper else s


class Writer:
    """Lays one workbook out on :class:`Sheet` grids and records where every value went (``pos``)."""

    def __init__(self, doc: dict, lay: dict, rng: random.Random):
        self.doc, self.lay, self.rng = doc, lay, rng
        self.L = LABELS[lay.get("label", "baku")]
        self.pos: dict[tuple, tuple[str, str]] = {}
        self.sheets: list[Sheet] = []

    def rec(self, key, sheet: Sheet, r: int, c: int) -> None:
        """First placement wins: the SKP sheet is laid out before a Penilaian sheet repeats the header."""
        self.pos.setdefault(key, (sheet.name, ref(r, c)))

    # -- header
    def header(self, sh: Sheet, c0: int, width: int, title: str) -> int:
        lay, d = self.lay, self.doc
        r = 1
        if lay.get("kop"):
            sh.put(r, c0, d["instansi"], "bold")
            sh.merge(r, c0, r, c0 + width - 1)
            sh.put(r + 1, c0, d["unit"].upper())
            sh.merge(r + 1, c0, r + 1, c0 + width - 1)
            r += 3
        sh.put(r, c0, title, "bold")
        sh.merge(r, c0, r, c0 + width - 1)
        r += 1
        if d["kind"] == "jpt":
            sh.put(r, c0, "PEJABAT PIMPINAN TINGGI")
            r += 1
        sh.put(r, c0, d["instansi"] if not lay.get("kop") else d["unit"].upper())
        r += 1
        r = self.periode(sh, r, c0, width)
        r += 1
        return self.identity(sh, r, c0, width)

    def periode(self, sh: Sheet, r: int, c0: int, width: int) -> int:
        start, end = self.doc["periode"]
        mode = self.lay.get("periode", "satu")
        L = self.L
        if self.doc.get("periode_raw"):
            mode = "kanan"
        if mode == "satu":
            txt = f"{L['periode'].upper()}: {tanggal_id(start, True)[:-5]} SD {tanggal_id(end, True)}"
            sh.put(r, c0, txt)
            sh.merge(r, c0, r, c0 + width - 1)
            self.rec(("periode",), sh, r, c0)
        elif mode == "kanan":
            sh.put(r, c0, L["periode"])
            txt = self.doc.get("periode_raw") or f"{tanggal_id(start)} s.d. {tanggal_id(end)}"
            sh.put(r, c0 + 1, f": {txt}")
            self.rec(("periode",), sh, r, c0 + 1)
            self.pos.setdefault(("periode_label",), (sh.name, ref(r, c0)))
        elif mode == "tanggal":
            sh.put(r, c0, L["periode"] + " :")
            sh.put(r, c0 + 2, start, "date")
            sh.put(r, c0 + 3, "s.d.")
            sh.put(r, c0 + 4, end, "date")
            self.rec(("periode",), sh, r, c0 + 2)
        elif mode == "garis":
            sh.put(r, c0, f"Periode Penilaian : {start:%d/%m/%Y} - {end:%d/%m/%Y}")
            self.rec(("periode",), sh, r, c0)
        elif mode == "sd":
            sh.put(
                r,
                c0,
                f"PERIODE PENILAIAN : 01 JANUARI {self.doc['tahun']} S/D 31 DESEMBER {self.doc['tahun']}",
            )
            self.rec(("periode",), sh, r, c0)
        return r + 1

    def id_rows(self, who: str) -> list[tuple[str, str | None]]:
        p = self.doc[who]
        lay = self.lay
        gol = p["gol"]
        pk = pangkat_text(gol, lay.get("pangkat", "baku")) if gol else "-"
        nip = nip_text(p["nip"], lay.get("nip", "polos")) if p["nip"] else "-"
        unit_label = "instansi" if (self.doc["kind"] == "jpt" and who == "pen") else "unit"
        rows = [
            ("nama", p["nama"]),
            ("nip", nip),
            ("pangkat", pk),
            ("jabatan", p["jabatan"]),
            (unit_label, p["unit"]),
        ]
        over = p.get("override", {})
        return [(k, over.get(k, v)) for k, v in rows]

    def identity(self, sh: Sheet, r: int, c0: int, width: int) -> int:
        L = self.L
        mode = self.lay.get("identitas", "samping")
        labels = dict(L, instansi="INSTANSI" if L["nama"].isupper() else "Instansi")
        blocks = [("peg", L["peg"]), ("pen", L["pen"])]
        if mode == "samping":
            half = max(3, width // 2)
            for bi, (who, title) in enumerate(blocks):
                c = c0 + bi * half
                sh.put(r, c, "NO" if bi == 0 else "NO")
                sh.put(r, c + 1, title, "bold")
                sh.merge(r, c + 1, r, c + half - 1)
                rr = r + 1
                for i, (k, v) in enumerate(self.id_rows(who), 1):
                    sh.put(rr, c, i)
                    sh.put(rr, c + 1, labels[k])
                    vc = c + 2
                    if v is not None and k == "unit" and who == "peg" and self.lay.get("unit_dua"):
                        head, _, tail = v.rpartition(" ")
                        sh.put(rr, vc, head)
                        sh.put(rr + 1, vc, tail)  # the unit kerja continued on the next row
                    elif v is not None:
                        sh.put(rr, vc, v)
                    self.rec((who, k), sh, rr, vc)
                    rr += 1
            return r + 8
        # stacked with a colon column
        rr = r
        for who, title in blocks:
            sh.put(rr, c0, title, "bold")
            rr += 1
            for i, (k, v) in enumerate(self.id_rows(who), 1):
                sh.put(rr, c0, f"{i}.")
                sh.put(rr, c0 + 1, labels[k])
                sh.put(rr, c0 + 2, ":")
                if v is not None:
                    sh.put(rr, c0 + 3, v)
                self.rec((who, k), sh, rr, c0 + 3)
                rr += 1
            rr += 1
        return rr + 1

    # -- JA/JF plan table
    def plan_columns(self) -> list[str]:
        d, lay = self.doc, self.lay
        if d["kind"] == "jpt":
            cols = ["no", "rk", "iki", "target"]
            if d["model"] == "pengembangan":
                cols = (["no", "persp"] if lay.get("no_dulu") else ["persp", "no"]) + ["rk", "iki", "target"]
            if lay.get("satuan_kolom"):
                cols.append("satuan")
            if lay.get("keterangan"):
                cols.append("ket")
            return cols
        cols = ["no", "atasan", "rk"]
        cols += ["iki", "aspek"] if lay.get("iki_dulu") else ["aspek", "iki"]
        levels = lay.get("levels", "5") if d["model"] == "pengembangan" else None
        if levels != "tb":
            cols.append("target")
        if lay.get("satuan_kolom"):
            cols.append("satuan")
        if levels:
            cols += {
                "5": ["SK", "K", "C", "B", "SB"],
                "3": ["C", "B", "SB"],
                "2": ["C", "SB"],
                "tb": ["C", "target", "SB"],
            }[levels]
            cara = lay.get("cara", "tiga")
            cols += ["sumber1"] if cara == "satu" else ["data", "sumber", "waktu"]
        if lay.get("keterangan"):
            cols.append(lay["keterangan"])
        return cols

    HEAD = {
        "SK": "SANGAT KURANG",
        "K": "KURANG",
        "C": "CUKUP",
        "B": "BAIK",
        "SB": "SANGAT BAIK",
        "TB": "TARGET/BAIK",
        "data": "DATA",
        "sumber": "SUMBER DATA",
        "waktu": "WAKTU PENGUMPULAN",
        "sumber1": "SUMBER DATA UNTUK PENGUKURAN",
        "persp": "PERSPEKTIF",
        "no": "NO",
        "satuan": "SATUAN",
        "ket": "KETERANGAN",
        "reviu": "REVIU OLEH PENGELOLA KINERJA",
    }

    def table_header(self, sh: Sheet, r: int, c0: int, cols: list[str]) -> int:
        """Two header rows when grouped columns exist (kategori, cara memantau), else one."""
        L = self.L
        name = {
            "atasan": L["atasan"],
            "rk": L["rk"],
            "aspek": L["aspek"],
            "iki": L["iki"],
            "target": L["target"],
        }
        kat = [c for c in cols if c in ("SK", "K", "C", "B", "SB")]
        if self.lay.get("levels") == "tb" and self.doc["model"] == "pengembangan":
            kat = ["C", "target", "SB"]  # the TARGET column stands for BAIK inside the kategori group
            name["target"] = "TARGET/BAIK"
        cara = [c for c in cols if c in ("data", "sumber", "waktu")]
        two = bool(kat) or len(cara) > 1 or self.lay.get("dua_baris")
        for i, col in enumerate(cols):
            c = c0 + i
            label = name.get(col) or self.HEAD[col]
            if col in kat or col in cara:
                sh.put(r + 1, c, label)
                continue
            sh.put(r, c, label, "bold")
            if two:
                sh.merge(r, c, r + 1, c)
        if kat:
            c = c0 + cols.index(kat[0])
            sh.put(r, c, self.lay.get("kat_label", "KATEGORI PENILAIAN"), "bold")
            sh.merge(r, c, r, c + len(kat) - 1)
        if len(cara) > 1:
            c = c0 + cols.index(cara[0])
            sh.put(r, c, "CARA MEMANTAU KINERJA", "bold")
            sh.merge(r, c, r, c + len(cara) - 1)
        r += 2 if two else 1
        if self.lay.get("nomor_kolom"):
            for i in range(len(cols)):
                sh.put(r, c0 + i, f"({i + 1})")
            r += 1
        return r

    def plan(self, sh: Sheet, r: int, c0: int) -> int:
        d, lay = self.doc, self.lay
        cols = self.plan_columns()
        self.cols = cols
        r = self.table_header(sh, r, c0, cols)
        col = {k: c0 + i for i, k in enumerate(cols)}
        self.col = col
        rk_mode = lay.get("rk", "merge")
        aspek_words = ASPEK_WORD[lay.get("aspek", "baku")]
        no = 0
        for g, title, rks in (("U", self.L["ku"], d["utama"]), ("T", self.L["kt"], d["tambahan"])):
            sh.put(r, c0, title, "bold")
            sh.merge(r, c0, r, c0 + len(cols) - 1)
            r += 1
            if not rks:
                sh.put(r, c0, "-")
                sh.put(r, col["rk"], "-")
                r += 1
                continue
            persp_prev = None
            persp_groups: list[list[int]] = []
            for i, rk in enumerate(rks):
                if lay.get("ulang_header") and g == "U" and i == lay["ulang_header"]:
                    r = self.table_header(sh, r, c0, cols)
                if rk.get("blank_before"):
                    r += 1
                no += 1
                first = r
                n = max(1, len(rk["iki"]))
                for j in range(n):
                    row = first + j
                    num = {
                        "rk": str(no) if j == 0 else None,
                        "titik": f"{no}." if j == 0 else None,
                        "sub": f"{no}.{j + 1}",
                        "int": no if j == 0 else None,
                    }[lay.get("nomor", "int")]
                    if num is not None:
                        sh.put(row, col["no"], num)
                    if j == 0 or rk_mode == "ulang":
                        if "atasan" in col:
                            val = rk["atasan"] if g == "U" else rk.get("atasan") or lay.get("tambahan_atasan")
                            if val:
                                sh.put(row, col["atasan"], val)
                            if j == 0:
                                self.rec(("atasan", g, i), sh, row, col["atasan"])
                        sh.put(row, col["rk"], rk["rk"])
                        if j == 0:
                            self.rec(("rk", g, i), sh, row, col["rk"])
                    if "persp" in col and j == 0:
                        p = rk.get("persp")
                        if g == "U" and (p != persp_prev or lay.get("persp_setiap")) and p is not None:
                            sh.put(row, col["persp"], p)
                            persp_groups.append([row, row])
                        self.rec(("persp", g, i), sh, row, col["persp"])
                        persp_prev = p
                    if j < len(rk["iki"]):
                        self.iki_row(sh, row, col, rk["iki"][j], (g, i, j), aspek_words)
                    else:
                        self.rec(("iki", g, i, j), sh, row, col["iki"])
                last = first + n - 1
                if rk_mode == "merge" and n > 1:
                    for k in ("atasan", "rk"):
                        if k in col:
                            sh.merge(first, col[k], last, col[k])
                    if lay.get("nomor", "int") in ("int", "rk", "titik"):
                        sh.merge(first, col["no"], last, col["no"])
                if d["model"] == "pengembangan" and d["kind"] != "jpt":
                    self.cara(sh, first, last, col, rk, (g, i))
                if "reviu" in col and j == 0:
                    pass
                if persp_groups and g == "U":
                    persp_groups[-1][1] = last
                r = last + 1
            if "persp" in col and not lay.get("persp_setiap"):
                for a, b in persp_groups:
                    sh.merge(a, col["persp"], b, col["persp"])
            persp_groups = []
        return r

    def iki_row(self, sh, row, col, iki, key, aspek_words):
        g, i, j = key
        lay = self.lay
        if "aspek" in col:
            a = iki.get("aspek_raw", aspek_words.get(iki["aspek"], iki["aspek"]) if iki["aspek"] else None)
            if a:
                sh.put(row, col["aspek"], a)
            self.rec(("aspek", g, i, j), sh, row, col["aspek"])
        sh.put(row, col["iki"], iki["iki"])
        self.rec(("iki", g, i, j), sh, row, col["iki"])
        tc = col["target"]
        if iki.get("kosong"):
            pass
        elif "satuan" in col and "raw" not in iki:
            num = iki["num"]
            if isinstance(num, tuple):
                sh.put(row, tc, f"{fmt_num(num[0])} - {fmt_num(num[1])}")
            elif lay.get("angka_teks"):
                sh.put(row, tc, fmt_num(num))
            else:
                sh.put(row, tc, num)
            sh.put(row, col["satuan"], iki["sat"])
        elif ("satuan" in col) and "raw" in iki:
            sh.put(row, tc, iki["raw"])
            if iki.get("raw_sat"):
                sh.put(row, col["satuan"], iki["raw_sat"])
        elif (
            lay.get("persen_format")
            and iki["sat"] == "%"
            and not isinstance(iki["num"], tuple)
            and "raw" not in iki
        ):
            sh.put(row, tc, iki["num"] / 100, "pct")
        else:
            sh.put(row, tc, target_text(iki))
        self.rec(("target", g, i, j), sh, row, tc)
        if "satuan" in col:
            self.rec(("satuan", g, i, j), sh, row, col["satuan"])
        if self.doc["model"] == "pengembangan" and self.doc["kind"] != "jpt" and g in ("U", "T"):
            kat = kategori(iki)
            for lv in ("SK", "K", "C", "B", "SB", "TB"):
                if lv in col:
                    v = kat.get("B" if lv == "TB" else lv)
                    if v and not iki.get("kat_kosong"):
                        sh.put(row, col[lv], v)
                    self.rec(("kat", g, i, j, lv), sh, row, col[lv])
        if "ket" in col:
            sh.put(row, col["ket"], "-" if (i + j) % 2 else None)

    def cara(self, sh, first, last, col, rk, key):
        g, i = key
        lay = self.lay
        noun = rk["product"][2] if rk.get("product") else "hasil kerja"
        tpl = CARA[(i + (g == "T")) % len(CARA)]
        vals = {"data": tpl[0].format(n=noun), "sumber": tpl[1], "waktu": tpl[2]}
        if rk.get("cara_kosong"):
            vals = {"data": None, "sumber": None, "waktu": None}
        if "sumber1" in col:
            v = f"{vals['data']} dari {vals['sumber']}, {vals['waktu'].lower()}" if vals["data"] else None
            per_iki = lay.get("cara_per_iki")
            for row in range(first, last + 1) if per_iki else [first]:
                if v:
                    sh.put(row, col["sumber1"], v)
            if not per_iki and last > first:
                sh.merge(first, col["sumber1"], last, col["sumber1"])
            self.rec(("cara", g, i), sh, first, col["sumber1"])
            return
        for k in ("data", "sumber", "waktu"):
            if lay.get("cara_per_iki"):
                for row in range(first, last + 1):
                    if vals[k]:
                        sh.put(row, col[k], vals[k])
            else:
                if vals[k]:
                    sh.put(first, col[k], vals[k])
                if last > first:
                    sh.merge(first, col[k], last, col[k])
        self.rec(("cara", g, i), sh, first, col["data"])
        self.pos[("cara_sumber", g, i)] = (sh.name, ref(first, col["sumber"]))
        self.pos[("cara_waktu", g, i)] = (sh.name, ref(first, col["waktu"]))

    def footer(self, sh: Sheet, r: int, c0: int, width: int) -> None:
        d = self.doc
        r += 1
        right = c0 + max(3, width - 3)
        if self.lay.get("ttd_tanggal"):
            sh.put(r, right, d["kota"] + ",")
            sh.put(r, right + 1, dt.date(2025, 1, 6), "date")
        else:
            sh.put(r, right, f"{d['kota']}, 6 Januari 2025")
        r += 1
        sh.put(r, c0 + 1, "Pejabat Penilai Kinerja")
        sh.put(r, right, "Pegawai yang Dinilai")
        r += 4
        sh.put(r, c0 + 1, d["pen"]["nama"], "bold")
        sh.put(r, right, d["peg"]["nama"], "bold")
        r += 1
        if d["pen"]["nip"]:
            sh.put(r, c0 + 1, "NIP. " + nip_text(d["pen"]["nip"], "spasi"))
        sh.put(r, right, "NIP. " + nip_text(d["peg"]["nip"], "spasi"))

    # -- the SKP sheet
    def skp_sheet(self) -> Sheet:
        lay = self.lay
        sh = Sheet(lay.get("sheet", "SKP"))
        c0 = lay.get("col0", 1)
        cols = self.plan_columns()
        width = len(cols)
        title = lay.get("judul", "RENCANA SASARAN KINERJA PEGAWAI")
        r = self.header(sh, c0, width, title)
        r = self.plan(sh, r, c0)
        self.footer(sh, r + 1, c0, width)
        sh.widths = {
            c0 + i: {"atasan": 40, "rk": 42, "iki": 44, "persp": 20}.get(k, 14) for i, k in enumerate(cols)
        }
        self.sheets.append(sh)
        return sh

    # -- Manual IKI (JPT)
    def manual_sheet(self) -> None:
        d = self.doc
        sh = Sheet(self.lay.get("manual_sheet", "Manual IKI"))
        sh.put(1, 1, "MANUAL INDIKATOR KINERJA INDIVIDU", "bold")
        sh.merge(1, 1, 1, 4)
        sh.put(2, 1, d["jabatan"].upper())
        r = 4
        k = 0
        style = self.lay.get("manual_gaya", "kolon")
        for g, rks in (("U", d["utama"]), ("T", d["tambahan"])):
            for i, rk in enumerate(rks):
                for j, iki in enumerate(rk["iki"]):
                    k += 1
                    if iki.get("no_manual"):
                        continue
                    fields = [
                        ("rk", "RENCANA KINERJA", rk["rk"]),
                        (
                            "deskripsi",
                            "DESKRIPSI RENCANA KINERJA",
                            f"Rencana kinerja ini menggambarkan kondisi yang dicapai: {rk['rk'].lower()}.",
                        ),
                        ("iki", "INDIKATOR KINERJA INDIVIDU", iki["iki"]),
                        (
                            "definisi",
                            "DEFINISI IKI",
                            f"{iki['iki']} yang diukur pada akhir periode penilaian.",
                        ),
                        (
                            "formula",
                            "FORMULA",
                            f"({iki['iki']} yang dicapai / {iki['iki']} yang ditargetkan) x 100%"
                            if iki["sat"] == "%"
                            else f"{iki['iki']} hasil pengukuran pada akhir periode penilaian",
                        ),
                        ("tujuan", "TUJUAN", f"Mengukur keberhasilan {rk['rk'][0].lower()}{rk['rk'][1:]}"),
                        ("satuan", "SATUAN PENGUKURAN", iki["sat"] or "indeks"),
                        ("jenis", "JENIS ASPEK TARGET", "Kuantitas"),
                        ("kendali", "TINGKAT KENDALI IKI", "Moderate"),
                        ("sumber", "SUMBER DATA", "Laporan kinerja unit"),
                        ("periode", "PERIODE PELAPORAN", "Triwulanan"),
                    ]
                    sh.put(r, 1, f"IKI {k}", "bold")
                    r += 1
                    for fk, label, val in fields:
                        if style == "kolon":
                            sh.put(r, 1, label)
                            sh.put(r, 2, ":")
                            vc = 3
                        else:
                            sh.put(r, 1, label.title())
                            vc = 2
                        if val and iki.get("manual_kosong") != fk:
                            sh.put(r, vc, val)
                        self.pos[("manual", g, i, j, fk)] = (sh.name, ref(r, vc))
                        r += 1
                    r += 1
        sh.widths = {1: 32, 2: 3, 3: 70}
        self.sheets.append(sh)

    # -- Keterkaitan SKP dengan AK (JF)
    def ak_sheet(self) -> None:
        d, lay = self.doc, self.lay
        sh = Sheet(lay.get("ak_sheet", "Keterkaitan AK"))
        sh.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", "bold")
        sh.merge(1, 1, 1, 5)
        rows = [
            ("NAMA", d["peg"]["nama"]),
            ("NIP", nip_text(d["peg"]["nip"], lay.get("nip", "polos"))),
            ("JABATAN", d["peg"]["jabatan"]),
            ("UNIT KERJA", d["unit"]),
            ("TANGGAL PENGAJUAN", dt.date(2025, 1, 8)),
        ]
        for i, (k, v) in enumerate(rows):
            sh.put(3 + i, 1, k)
            sh.put(3 + i, 2, ":")
            sh.put(3 + i, 3, v, "date" if isinstance(v, dt.date) else None)
        r = 9
        for i, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
            sh.put(r, 1 + i, h, "bold")
        r += 1
        sh.put(r, 1, "KINERJA UTAMA", "bold")
        sh.merge(r, 1, r, 5)
        r += 1
        butir = ["Melakukan pengolahan data {a}", "Melakukan verifikasi {a}", "Melakukan evaluasi {a}"]
        ak_vals = ["0,005", 0.04, "0,012", 0.08, "0,25", 0.009]
        n = 0
        for i, rk in enumerate(d["utama"]):
            if rk.get("tanpa_butir"):
                continue
            n += 1
            k = 2 if i % 2 == 0 else 1
            first = r
            for b in range(k):
                sh.put(r, 1, n if b == 0 else None)
                if b == 0 or lay.get("ak_rk_ulang"):
                    sh.put(r, 2, rk["rk"])
                noun = rk["product"][2] if rk.get("product") else "kegiatan"
                sh.put(r, 3, butir[(i + b) % 3].format(a=noun))
                sh.put(r, 4, rk["iki"][0]["sat"].capitalize() if rk["iki"] else "Dokumen")
                v = ak_vals[(i * 2 + b) % len(ak_vals)]
                if rk.get("ak_rusak") is not None and b == 0:
                    v = rk["ak_rusak"]
                if v is not None and v != "":
                    sh.put(r, 5, v, "dec" if isinstance(v, float) else None)
                self.pos[("ak", i, b)] = (sh.name, ref(r, 5))
                r += 1
            if k > 1 and not lay.get("ak_rk_ulang"):
                sh.merge(first, 2, r - 1, 2)
        sh.widths = {1: 6, 2: 45, 3: 45, 4: 15, 5: 14}
        self.sheets.append(sh)

    # -- Penilaian (realisasi)
    def penilaian_sheet(self) -> None:
        d, lay = self.doc, self.lay
        sh = Sheet(lay.get("pen_sheet", "Penilaian"))
        jpt = d["kind"] == "jpt"
        cols = (["persp"] if jpt and d["model"] == "pengembangan" else []) + ["no"]
        cols += ["rk", "iki", "target"] if jpt else ["atasan", "rk", "aspek", "iki", "target"]
        cols += ["real", "cap", "kat", "nilai"]
        c0 = 1
        r = self.header(sh, c0, len(cols), "PENILAIAN SASARAN KINERJA PEGAWAI")
        head = {
            "persp": "PERSPEKTIF",
            "no": "NO",
            "atasan": "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "rk": "RENCANA KINERJA",
            "aspek": "ASPEK",
            "iki": "INDIKATOR KINERJA INDIVIDU",
            "target": "TARGET",
            "real": "REALISASI",
            "cap": "CAPAIAN IKI",
            "kat": "KATEGORI CAPAIAN IKI",
            "nilai": "NILAI CAPAIAN IKI",
        }
        col = {k: c0 + i for i, k in enumerate(cols)}
        for k, c in col.items():
            sh.put(r, c, head[k], "bold")
        r += 1
        formula = lay.get("writer") == "xlsxwriter" and lay.get("rumus")
        no = 0
        for g, title, rks in (
            ("U", "A. KINERJA UTAMA", d["utama"]),
            ("T", "B. KINERJA TAMBAHAN", d["tambahan"]),
        ):
            sh.put(r, c0, title, "bold")
            sh.merge(r, c0, r, c0 + len(cols) - 1)
            r += 1
            for i, rk in enumerate(rks):
                no += 1
                first = r
                for j, iki in enumerate(rk["iki"]):
                    if j == 0:
                        sh.put(r, col["no"], no)
                        sh.put(r, col["rk"], rk["rk"])
                        if "atasan" in col and rk.get("atasan"):
                            sh.put(r, col["atasan"], rk["atasan"])
                        if "persp" in col and rk.get("persp"):
                            sh.put(r, col["persp"], rk["persp"])
                    if "aspek" in col:
                        sh.put(r, col["aspek"], iki["aspek"])
                    sh.put(r, col["iki"], iki["iki"])
                    t = iki.get("pen_target") or target_text(iki)
                    sh.put(r, col["target"], t)
                    self.pos[("pen_target", g, i, j)] = (sh.name, ref(r, col["target"]))
                    real = iki.get("real")
                    if real is None:
                        real = realisasi_for(iki, self.rng)
                        iki["real"] = real
                    cap = capaian_of(iki, real)
                    kat, nilai = band(cap)
                    capw = iki.get("cap_tulis", int(cap + 0.5))
                    if not iki.get("real_kosong"):
                        rt = (
                            real
                            if isinstance(real, str)
                            else (f"{fmt_num(real)} {iki['sat']}" if lay.get("real_satuan") else real)
                        )
                        sh.put(r, col["real"], rt)
                    self.pos[("pen_real", g, i, j)] = (sh.name, ref(r, col["real"]))
                    if not iki.get("real_kosong"):
                        if (
                            formula
                            and not isinstance(iki["num"], tuple)
                            and iki["dir"] == "naik"
                            and "cap_tulis" not in iki
                            and not lay.get("real_satuan")
                        ):
                            tnum = iki["num"]
                            sh.put(
                                r, col["cap"], Formula(f"=ROUND({ref(r, col['real'])}/{tnum}*100,0)", capw)
                            )
                        elif lay.get("cap_teks"):
                            sh.put(r, col["cap"], f"{capw} %")
                        else:
                            sh.put(r, col["cap"], capw)
                        sh.put(r, col["kat"], kat)
                        sh.put(r, col["nilai"], nilai)
                    self.pos[("pen_cap", g, i, j)] = (sh.name, ref(r, col["cap"]))
                    self.pos[("pen_kat", g, i, j)] = (sh.name, ref(r, col["kat"]))
                    self.pos[("pen_nilai", g, i, j)] = (sh.name, ref(r, col["nilai"]))
                    r += 1
                if r - 1 > first:
                    sh.merge(first, col["rk"], r - 1, col["rk"])
                    sh.merge(first, col["no"], r - 1, col["no"])
                    if "atasan" in col:
                        sh.merge(first, col["atasan"], r - 1, col["atasan"])
        self.sheets.append(sh)

    def helper_sheet(self) -> None:
        sh = Sheet("Ref")
        sh.put(1, 1, "DAFTAR ASPEK")
        for i, a in enumerate(["Kuantitas", "Kualitas", "Waktu", "Biaya"]):
            sh.put(2 + i, 1, a)
        sh.put(1, 3, "SATUAN")
        for i, s in enumerate(["dokumen", "laporan", "berkas", "%", "bulan", "hari kerja"]):
            sh.put(2 + i, 3, s)
        sh.hidden = True
        self.sheets.append(sh)

    def petunjuk_sheet(self) -> None:
        sh = Sheet("Petunjuk Pengisian")
        lines = [
            "Petunjuk pengisian SKP (Permen PANRB Nomor 8 Tahun 2021)",
            "1. Isi identitas pegawai dan pejabat penilai kinerja.",
            "2. Rencana kinerja ditulis sebagai hasil, bukan kegiatan.",
            "3. Simpan berkas dengan nama NIP_NAMA.xlsx lalu kirim ke Subbag Kepegawaian.",
        ]
        for i, t in enumerate(lines):
            sh.put(1 + i, 1, t)
        self.sheets.append(sh)

    def build(self) -> list[Sheet]:
        d, lay = self.doc, self.lay
        if lay.get("petunjuk"):
            self.petunjuk_sheet()
        if d["kind"] == "jf" and lay.get("ak_dulu") and not d.get("tanpa_ak"):
            self.ak_sheet()
        self.skp_sheet()
        if d["kind"] == "jpt" and not d.get("tanpa_manual"):
            self.manual_sheet()
        if d["kind"] == "jf" and not lay.get("ak_dulu") and not d.get("tanpa_ak"):
            self.ak_sheet()
        if lay.get("penilaian"):
            self.penilaian_sheet()
        if lay.get("ref"):
            self.helper_sheet()
        return self.sheets


# ---------------------------------------------------------------- defects (mutate the doc, name the cell)


def cell_of(w: Writer, key, *alts) -> dict:
    sheet, cell = w.pos[key]
    out = {"sheet": sheet, "cell": cell}
    alt = [dict(zip(("sheet", "cell"), w.pos[a], strict=True)) for a in alts if a in w.pos]
    if alt:
        out["alt_cells"] = alt
    return out


def first_iki(doc, aspek=None, g="U"):
    for i, rk in enumerate(doc["utama"] if g == "U" else doc["tambahan"]):
        for j, iki in enumerate(rk["iki"]):
            if aspek is None or iki["aspek"] == aspek:
                return i, j
    raise LookupError(aspek)


def inject(doc: dict, code: str, rng: random.Random):
    """Changes the doc for one defect; returns a function of the writer giving the defect's manifest entry."""
    U = doc["utama"]
    if code == "rk-atasan-kosong":
        i = len(U) - 1
        U[i]["atasan"] = ""
        return lambda w: cell_of(w, ("atasan", "U", i), ("rk", "U", i))
    if code == "target-tanpa-satuan":
        i, j = first_iki(doc, "Kuantitas")
        U[i]["iki"][j]["raw"] = str(U[i]["iki"][j]["num"])
        return lambda w: cell_of(w, ("target", "U", i, j), ("satuan", "U", i, j))
    if code == "aspek-tidak-valid":
        i, j = (
            first_iki(doc, "Kualitas")
            if any(x["aspek"] == "Kualitas" for r in U for x in r["iki"])
            else first_iki(doc)
        )
        U[i]["iki"][j]["aspek_raw"] = "Efektivitas"
        return lambda w: cell_of(w, ("aspek", "U", i, j))
    if code == "nip-tidak-valid":
        nip = doc["peg"]["nip"]
        doc["peg"].setdefault("override", {}).update(
            {"nip": nip[:8] + " " + nip[8:14] + " " + nip[14] + " " + nip[15:17]}
        )
        return lambda w: cell_of(w, ("peg", "nip"))
    if code == "nip-tanggal":
        nip = doc["peg"]["nip"]
        bad = nip[:4] + "1334" + nip[8:]
        doc["peg"].setdefault("override", {}).update({"nip": bad})
        return lambda w: dict(cell_of(w, ("peg", "nip")), code="nip-tidak-valid")
    if code == "rk-berbasis-aktivitas":
        i = 0
        U[i]["rk"] = (
            "Melaksanakan "
            + {"Laporan": "penyusunan laporan"}.get("", "pendataan dan pengolahan ")
            + U[i]["product"][2]
        )
        return lambda w: cell_of(w, ("rk", "U", i))
    if code == "iki-tanpa-target":
        i = max(k for k, r in enumerate(U) if r["iki"])
        j = len(U[i]["iki"]) - 1
        U[i]["iki"][j]["kosong"] = True
        return lambda w: cell_of(w, ("target", "U", i, j), ("iki", "U", i, j))
    if code == "kategori-tidak-membedakan":
        i, j = first_iki(doc, "Kuantitas")
        iki = U[i]["iki"][j]
        k = kategori(iki)
        k["SB"] = target_text(iki)
        iki["kat"] = k
        return lambda w: cell_of(w, ("kat", "U", i, j, "SB"), ("target", "U", i, j))
    if code == "periode-tidak-valid":
        doc["periode_raw"] = "1 Januari 2025 s.d. 31 Desember 2024"
        return lambda w: cell_of(w, ("periode",), ("periode_label",))
    if code == "cara-memantau-kosong":
        i = len(U) - 1
        U[i]["cara_kosong"] = True
        return lambda w: cell_of(
            w, ("cara", "U", i), ("cara_sumber", "U", i), ("cara_waktu", "U", i), ("rk", "U", i)
        )
    if code == "pangkat-tidak-dikenal":
        p = doc["peg"]
        p.setdefault("override", {}).update(
            {"pangkat": f"Penata Muda, {'III/c' if p['gol'] != 'III/c' else 'III/d'}"}
        )
        return lambda w: cell_of(w, ("peg", "pangkat"))
    if code == "kategori-tidak-berurutan":
        i, j = first_iki(doc, "Kuantitas")
        iki = U[i]["iki"][j]
        n = iki["num"]
        # written as if fewer were better although the IKI counts output: the bands run the wrong way
        iki["kat"] = {
            "SK": f"> {fmt_num(round(n * 1.5))} {iki['sat']}",
            "K": f"{fmt_num(round(n * 1.25) + 1)} - {fmt_num(round(n * 1.5))} {iki['sat']}",
            "C": f"{fmt_num(n + 1)} - {fmt_num(round(n * 1.25))} {iki['sat']}",
            "B": target_text(iki),
            "SB": f"< {fmt_num(n)} {iki['sat']}",
        }
        return lambda w: cell_of(
            w,
            ("kat", "U", i, j, "SB"),
            *[("kat", "U", i, j, lv) for lv in ("SK", "K", "C", "B", "TB")],
            ("target", "U", i, j),
        )
    if code == "target-absolut":
        i, j = first_iki(doc, "Kualitas")
        iki = U[i]["iki"][j]
        iki["iki"] = "Setiap " + iki["iki"].split(" ", 1)[1].replace("yang ", "", 1) + " tepat waktu"
        return lambda w: cell_of(w, ("iki", "U", i, j), ("target", "U", i, j))
    if code == "keterkaitan-ak-hilang":
        doc["tanpa_ak"] = True
        return lambda w: {"sheet": None, "cell": None}
    if code == "jenjang-golongan-tidak-sesuai":
        doc["peg"]["gol"] = "III/a"
        return lambda w: cell_of(w, ("peg", "jabatan"), ("peg", "pangkat"))
    if code == "rk-tanpa-butir-kegiatan":
        i = len(U) - 1
        U[i]["tanpa_butir"] = True
        return lambda w: cell_of(w, ("rk", "U", i))
    if code == "angka-kredit-tidak-valid":
        U[0]["ak_rusak"] = "-"
        return lambda w: cell_of(w, ("ak", 0, 0))
    if code == "realisasi-kosong":
        i, j = 0, 0
        U[i]["iki"][j]["real_kosong"] = True
        return lambda w: cell_of(w, ("pen_real", "U", i, j))
    if code == "aspek-ganda":
        i = next(k for k, r in enumerate(U) if len(r["iki"]) >= 2)
        iki = U[i]["iki"][1]
        iki["aspek"] = "Kuantitas"
        iki["iki"] = f"Jumlah {U[i]['product'][2]} yang diarsipkan"
        iki.update(num=U[i]["product"][5], sat=U[i]["product"][4], dir="naik")
        iki.pop("kat", None)
        return lambda w: cell_of(w, ("aspek", "U", i, 1), ("aspek", "U", i, 0))
    if code == "kategori-penilaian-kosong":
        i, j = len(U) - 1, 0
        U[i]["iki"][j]["kat_kosong"] = True
        return lambda w: cell_of(
            w,
            ("kat", "U", i, j, "C"),
            *[("kat", "U", i, j, lv) for lv in ("SK", "K", "B", "SB", "TB")],
            ("iki", "U", i, j),
            ("target", "U", i, j),
        )
    if code == "identitas-kosong":
        doc["pen"].setdefault("override", {}).update({"nama": None})
        return lambda w: cell_of(w, ("pen", "nama"))
    if code == "identitas-unit":
        doc["peg"].setdefault("override", {}).update({"unit": None})
        return lambda w: dict(cell_of(w, ("peg", "unit")), code="identitas-kosong")
    if code == "target-rentang-terbalik":
        i, j = first_iki(doc, "Kualitas")
        iki = U[i]["iki"][j]
        iki["raw"] = "95 - 85 %"
        iki["kat"] = {"SK": "< 60 %", "K": "60 - 74 %", "C": "75 - 84 %", "B": "95 - 85 %", "SB": "> 95 %"}
        return lambda w: cell_of(w, ("target", "U", i, j))
    if code == "satuan-tidak-sesuai-aspek":
        i, j = first_iki(doc, "Waktu")
        iki = U[i]["iki"][j]
        iki["raw"] = f"{U[i]['product'][5]} {U[i]['product'][4]}"
        iki["kat"] = {"SK": "-", "K": "-", "C": f"> {iki['raw']}", "B": iki["raw"], "SB": f"< {iki['raw']}"}
        return lambda w: cell_of(w, ("target", "U", i, j), ("aspek", "U", i, j), ("iki", "U", i, j))
    if code == "capaian-tidak-sesuai":
        i, j = 0, 0
        iki = U[i]["iki"][j]
        if iki["dir"] == "naik" and not isinstance(iki["num"], tuple):
            iki["real"] = round(iki["num"] * 0.9) if iki["num"] >= 10 else iki["num"]
        iki["cap_tulis"] = 100 if iki["real"] != iki["num"] else 110
        return lambda w: cell_of(w, ("pen_cap", "U", i, j), ("pen_kat", "U", i, j), ("pen_nilai", "U", i, j))
    if code == "rk-ganda":
        i = len(U) - 1
        U[i]["rk"] = U[0]["rk"]
        return lambda w: cell_of(w, ("rk", "U", i))
    if code == "manual-iki-kosong":
        iki = U[1]["iki"][0]
        iki["manual_kosong"] = "formula"
        return lambda w: cell_of(w, ("manual", "U", 1, 0, "formula"), ("iki", "U", 1, 0))
    if code == "target-tidak-terukur":
        iki = U[-1]["iki"][0]
        iki["raw"] = "Meningkat"
        return lambda w: cell_of(w, ("target", "U", len(U) - 1, 0))
    if code == "penilai-sama-dengan-pegawai":
        doc["pen"]["nip"] = doc["peg"]["nip"]
        return lambda w: cell_of(w, ("pen", "nip"), ("peg", "nip"))
    if code == "rk-tanpa-iki":
        i = len(U) - 1
        U[i]["iki"] = []
        return lambda w: cell_of(w, ("rk", "U", i), ("iki", "U", i, 0))
    if code == "perspektif-tidak-valid":
        U[1]["persp"] = "Inovasi Layanan"
        return lambda w: cell_of(w, ("persp", "U", 1), ("rk", "U", 1))
    if code == "perspektif-tidak-lengkap":
        doc["utama"] = [rk for rk in U if rk["persp"] != "Anggaran"]
        return lambda w: {"sheet": None, "cell": None}
    if code == "target-penilaian-berbeda":
        iki = U[1]["iki"][0]
        n = iki["num"]
        written = n - 5 if n > 10 else n + 1
        iki["pen_target"] = f"{fmt_num(written)} {iki['sat']}".strip()
        iki["pen_num"] = written  # the sheet's own capaian follows the target written on it
        iki["real"] = written
        return lambda w: cell_of(w, ("pen_target", "U", 1, 0))
    raise KeyError(code)


# ---------------------------------------------------------------- the set


PLAN = {
    # form: list of (agency, seat, writer, layout, defects)
    "ja-dasar": [
        (
            "kecamatan",
            1,
            "openpyxl",
            {
                "label": "baku",
                "identitas": "samping",
                "rk": "merge",
                "nomor": "int",
                "periode": "satu",
                "pangkat": "tk",
            },
            [],
        ),
        (
            "kelurahan",
            0,
            "xlsxwriter",
            {
                "label": "ketik",
                "identitas": "susun",
                "rk": "once",
                "nomor": "titik",
                "periode": "kanan",
                "sheet": "SKP 2025",
                "aspek": "iki",
                "nip": "spasi",
                "ref": True,
                "kop": True,
            },
            [],
        ),
        (
            "bapenda",
            2,
            "openpyxl",
            {
                "label": "intervensi",
                "identitas": "samping",
                "rk": "ulang",
                "nomor": "int",
                "periode": "tanggal",
                "iki_dulu": True,
                "satuan_kolom": True,
                "angka_teks": True,
                "keterangan": "ket",
                "penilaian": True,
                "cap_teks": True,
            },
            [],
        ),
        (
            "poltek",
            1,
            "xlsxwriter",
            {
                "label": "singkat",
                "identitas": "samping",
                "rk": "merge",
                "nomor": "sub",
                "periode": "sd",
                "sheet": "Lampiran 1",
                "persen_format": True,
                "ulang_header": 2,
                "ttd_tanggal": True,
                "penilaian": True,
                "rumus": True,
            },
            [],
        ),
        (
            "kecamatan",
            2,
            "xlsxwriter",
            {
                "label": "baku",
                "identitas": "susun",
                "rk": "merge",
                "periode": "satu",
                "aspek": "pp46",
                "pangkat": "kapital",
                "nomor_kolom": True,
            },
            ["rk-atasan-kosong", "target-tanpa-satuan"],
        ),
        (
            "rsud",
            1,
            "openpyxl",
            {
                "label": "ketik",
                "identitas": "samping",
                "rk": "once",
                "periode": "kanan",
                "col0": 2,
                "kop": True,
            },
            ["aspek-tidak-valid", "nip-tidak-valid"],
        ),
        (
            "kelurahan",
            3,
            "openpyxl",
            {
                "label": "intervensi",
                "identitas": "susun",
                "rk": "merge",
                "periode": "garis",
                "sheet": "Form SKP",
                "keterangan": "reviu",
            },
            ["rk-berbasis-aktivitas", "iki-tanpa-target"],
        ),
    ],
    "ja-pengembangan": [
        (
            "bapenda",
            0,
            "openpyxl",
            {
                "label": "baku",
                "identitas": "samping",
                "levels": "5",
                "cara": "tiga",
                "periode": "satu",
                "kop": True,
            },
            [],
        ),
        (
            "rsud",
            0,
            "xlsxwriter",
            {
                "label": "intervensi",
                "identitas": "susun",
                "levels": "3",
                "cara": "satu",
                "periode": "kanan",
                "aspek": "kapital",
                "kat_label": "STANDAR KINERJA",
                "sheet": "RENCANA SKP",
                "pangkat": "kurung",
            },
            [],
        ),
        (
            "poltek",
            2,
            "openpyxl",
            {
                "label": "ketik",
                "identitas": "samping",
                "levels": "2",
                "cara": "tiga",
                "cara_per_iki": True,
                "periode": "tanggal",
                "rk": "once",
                "ref": True,
                "penilaian": True,
                "ttd_tanggal": True,
            },
            [],
        ),
        (
            "kelurahan",
            1,
            "xlsxwriter",
            {
                "label": "baku",
                "identitas": "samping",
                "levels": "tb",
                "cara": "tiga",
                "periode": "sd",
                "aspek": "iki",
                "unit_dua": True,
                "ulang_header": 1,
                "petunjuk": True,
                "nip": "titik",
            },
            [],
        ),
        (
            "kecamatan",
            0,
            "xlsxwriter",
            {"label": "baku", "identitas": "samping", "levels": "5", "cara": "tiga", "periode": "kanan"},
            ["kategori-tidak-membedakan", "periode-tidak-valid"],
        ),
        (
            "bapenda",
            1,
            "openpyxl",
            {
                "label": "intervensi",
                "identitas": "susun",
                "levels": "3",
                "cara": "tiga",
                "periode": "satu",
                "sheet": "SKP 2025",
            },
            ["cara-memantau-kosong", "pangkat-tidak-dikenal"],
        ),
        (
            "kelurahan",
            2,
            "openpyxl",
            {
                "label": "ketik",
                "identitas": "samping",
                "levels": "5",
                "cara": "satu",
                "periode": "tanggal",
                "aspek": "pp46",
            },
            ["kategori-tidak-berurutan", "target-absolut"],
        ),
    ],
    "jf-dasar": [
        (
            "rsud",
            0,
            "openpyxl",
            {
                "label": "baku",
                "identitas": "samping",
                "periode": "satu",
                "kop": True,
                "penilaian": True,
                "dua_baris": True,
            },
            [],
        ),
        (
            "poltek",
            2,
            "xlsxwriter",
            {
                "label": "ketik",
                "identitas": "susun",
                "periode": "kanan",
                "rk": "once",
                "nomor": "titik",
                "ak_dulu": True,
                "sheet": "SKP 2025",
                "ak_rk_ulang": True,
            },
            [],
        ),
        (
            "bapenda",
            1,
            "openpyxl",
            {
                "label": "intervensi",
                "identitas": "samping",
                "periode": "tanggal",
                "aspek": "iki",
                "satuan_kolom": True,
                "ref": True,
                "pangkat": "tk",
            },
            [],
        ),
        (
            "kecamatan",
            1,
            "xlsxwriter",
            {
                "label": "singkat",
                "identitas": "samping",
                "periode": "sd",
                "nomor": "sub",
                "sheet": "Lampiran 1",
                "penilaian": True,
                "rumus": True,
                "ulang_header": 1,
                "nip": "spasi",
            },
            [],
        ),
        (
            "rsud",
            3,
            "xlsxwriter",
            {"label": "baku", "identitas": "susun", "periode": "satu"},
            ["keterkaitan-ak-hilang", "jenjang-golongan-tidak-sesuai"],
        ),
        (
            "poltek",
            0,
            "openpyxl",
            {"label": "baku", "identitas": "samping", "periode": "kanan", "rk": "ulang"},
            ["rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"],
        ),
        (
            "rsud",
            2,
            "xlsxwriter",
            {
                "label": "intervensi",
                "identitas": "samping",
                "periode": "satu",
                "penilaian": True,
                "aspek": "kapital",
            },
            ["realisasi-kosong", "aspek-ganda"],
        ),
    ],
    "jf-pengembangan": [
        (
            "rsud",
            1,
            "xlsxwriter",
            {
                "label": "baku",
                "identitas": "samping",
                "levels": "5",
                "cara": "tiga",
                "periode": "satu",
                "penilaian": True,
                "rumus": True,
            },
            [],
        ),
        (
            "poltek",
            1,
            "openpyxl",
            {
                "label": "intervensi",
                "identitas": "susun",
                "levels": "3",
                "cara": "tiga",
                "periode": "tanggal",
                "ak_dulu": True,
                "kat_label": "STANDAR KINERJA",
            },
            [],
        ),
        (
            "bapenda",
            0,
            "xlsxwriter",
            {
                "label": "ketik",
                "identitas": "samping",
                "levels": "2",
                "cara": "satu",
                "cara_per_iki": True,
                "periode": "kanan",
                "sheet": "SKP 2025",
                "keterangan": "ket",
                "nip": "titik",
            },
            [],
        ),
        (
            "rsud",
            4,
            "openpyxl",
            {
                "label": "baku",
                "identitas": "samping",
                "levels": "tb",
                "cara": "tiga",
                "periode": "sd",
                "rk": "once",
                "ref": True,
                "pangkat": "kapital",
                "persen_format": True,
            },
            [],
        ),
        (
            "kecamatan",
            0,
            "openpyxl",
            {"label": "baku", "identitas": "samping", "levels": "5", "cara": "tiga", "periode": "satu"},
            ["kategori-penilaian-kosong", "identitas-kosong"],
        ),
        (
            "poltek",
            3,
            "xlsxwriter",
            {"label": "intervensi", "identitas": "susun", "levels": "3", "cara": "tiga", "periode": "kanan"},
            ["target-rentang-terbalik", "satuan-tidak-sesuai-aspek"],
        ),
        (
            "bapenda",
            2,
            "openpyxl",
            {
                "label": "ketik",
                "identitas": "samping",
                "levels": "5",
                "cara": "satu",
                "periode": "tanggal",
                "penilaian": True,
            },
            ["capaian-tidak-sesuai", "rk-ganda"],
        ),
    ],
    "jpt-dasar": [
        (
            0,
            None,
            "openpyxl",
            {
                "label": "baku",
                "identitas": "samping",
                "periode": "satu",
                "rk": "merge",
                "manual_gaya": "kolon",
                "dua_baris": True,
                "nomor_kolom": True,
            },
            [],
        ),
        (
            1,
            None,
            "xlsxwriter",
            {
                "label": "intervensi",
                "identitas": "susun",
                "periode": "kanan",
                "rk": "once",
                "manual_gaya": "polos",
                "sheet": "SKP JPT",
                "penilaian": True,
                "rumus": True,
                "kop": True,
            },
            [],
        ),
        (
            2,
            None,
            "openpyxl",
            {
                "label": "ketik",
                "identitas": "samping",
                "periode": "tanggal",
                "satuan_kolom": True,
                "angka_teks": True,
                "ttd_tanggal": True,
            },
            [],
        ),
        (
            3,
            None,
            "xlsxwriter",
            {
                "label": "baku",
                "identitas": "samping",
                "periode": "sd",
                "keterangan": "ket",
                "manual_sheet": "Manual Indikator",
            },
            [],
        ),
        (
            2,
            None,
            "xlsxwriter",
            {"label": "baku", "identitas": "samping", "periode": "satu"},
            ["manual-iki-kosong", "target-tidak-terukur"],
        ),
        (
            3,
            None,
            "openpyxl",
            {"label": "intervensi", "identitas": "susun", "periode": "kanan"},
            ["penilai-sama-dengan-pegawai"],
        ),
        (
            0,
            None,
            "openpyxl",
            {"label": "baku", "identitas": "samping", "periode": "tanggal", "rk": "once"},
            ["rk-tanpa-iki", "iki-tanpa-target"],
        ),
    ],
    "jpt-pengembangan": [
        (
            1,
            None,
            "openpyxl",
            {"label": "baku", "identitas": "samping", "periode": "satu", "persp_setiap": True},
            [],
        ),
        (
            0,
            None,
            "xlsxwriter",
            {
                "label": "intervensi",
                "identitas": "susun",
                "periode": "kanan",
                "no_dulu": True,
                "penilaian": True,
                "rumus": True,
                "sheet": "SKP 2025",
            },
            [],
        ),
        (
            3,
            None,
            "openpyxl",
            {
                "label": "ketik",
                "identitas": "samping",
                "periode": "tanggal",
                "manual_gaya": "polos",
                "ref": True,
                "petunjuk": True,
            },
            [],
        ),
        (
            2,
            None,
            "xlsxwriter",
            {
                "label": "baku",
                "identitas": "samping",
                "periode": "sd",
                "kop": True,
                "persp_setiap": True,
                "penilaian": True,
                "cap_teks": True,
            },
            [],
        ),
        (
            3,
            None,
            "xlsxwriter",
            {"label": "baku", "identitas": "samping", "periode": "satu", "persp_setiap": True},
            ["perspektif-tidak-valid", "perspektif-tidak-lengkap"],
        ),
        (
            1,
            None,
            "openpyxl",
            {
                "label": "intervensi",
                "identitas": "susun",
                "periode": "kanan",
                "penilaian": True,
                "persp_setiap": True,
            },
            ["target-penilaian-berbeda"],
        ),
        (
            0,
            None,
            "openpyxl",
            {"label": "baku", "identitas": "samping", "periode": "tanggal"},
            ["nip-tanggal", "identitas-unit"],
        ),
    ],
}


def build_form_file(
    form: str, idx: int, entry, rng: random.Random, people: People
) -> tuple[list[Sheet], dict]:
    kind, model = form.split("-")
    a, seat, writer, lay, defects = entry
    lay = dict(lay, writer=writer)
    if kind == "jpt":
        doc = make_jpt_doc(model, JPT_SETS[a], rng, people)
        if model == "dasar":
            for rk in doc["utama"]:
                rk["persp"] = None
    else:
        doc = make_doc(kind, model, a, seat, rng, people)
        if kind == "ja" and model == "dasar" and lay.get("persen_format"):
            pass
        if defects and any(d in ("aspek-ganda",) for d in defects):
            doc["utama"][0]["iki"] = (
                doc["utama"][0]["iki"][:2]
                if len(doc["utama"][0]["iki"]) >= 2
                else doc["utama"][0]["iki"] + [make_iki(doc["utama"][0]["product"], "Kualitas", rng, 0)]
            )
        need = {
            "target-absolut": "Kualitas",
            "target-rentang-terbalik": "Kualitas",
            "satuan-tidak-sesuai-aspek": "Waktu",
            "aspek-tidak-valid": "Kualitas",
        }
        for dcode in defects:
            if dcode in need and not any(x["aspek"] == need[dcode] for r in doc["utama"] for x in r["iki"]):
                doc["utama"][0]["iki"].append(make_iki(doc["utama"][0]["product"], need[dcode], rng, 0))
        if "satuan-tidak-sesuai-aspek" in defects:
            for rk in doc["utama"]:
                for iki in rk["iki"]:
                    if iki["aspek"] == "Waktu":
                        iki.update(iki="Waktu penyelesaian " + rk["product"][2], num=12, sat="bulan")
    if kind == "jpt" and model == "dasar" and "rk-tanpa-iki" in defects:
        doc["utama"].append(
            {
                "atasan": "",
                "rk": "Terwujudnya birokrasi yang bersih dan melayani",
                "persp": None,
                "iki": [
                    {
                        "aspek": None,
                        "iki": "Nilai indeks reformasi birokrasi",
                        "num": 75,
                        "sat": "nilai",
                        "dir": "naik",
                    }
                ],
            }
        )
    if kind == "jpt" and "target-tidak-terukur" in defects:
        pass
    doc["rng_real"] = True
    makers = [inject(doc, dcode, rng) for dcode in defects]
    if "iki-tanpa-target" in defects and "rk-tanpa-iki" in defects:
        # the empty-target IKI must stay on an RK that keeps its IKI
        pass
    w = Writer(doc, lay, rng)
    sheets = w.build()
    manifest_defects = []
    for dcode, mk in zip(defects, makers, strict=True):
        info = mk(w)
        code = info.pop("code", dcode)
        manifest_defects.append({"code": code, **info})
    layout = {k: v for k, v in sorted(lay.items()) if k != "writer"}
    entry_out = {
        "file": f"{form}-{idx:02d}.xlsx",
        "form": form,
        "clean": not defects,
        "defects": manifest_defects,
        "jabatan": doc["jabatan"],
        "writer": writer,
        "instansi": doc["unit"],
        "layout": layout,
    }
    return sheets, entry_out


def special_files() -> list[tuple[str, list[Sheet], str, list[dict]]]:
    out = []
    # PP 46/2011: the activity-based SKP with AK / Kuant/Output / Kual/Mutu / Waktu / Biaya columns.
    sh = Sheet("SKP")
    sh.put(1, 1, "FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL", "bold")
    sh.merge(1, 1, 1, 11)
    sh.put(3, 1, "NO")
    sh.put(3, 2, "I. PEJABAT PENILAI")
    sh.put(3, 6, "NO")
    sh.put(3, 7, "II. PEGAWAI NEGERI SIPIL YANG DINILAI")
    idents = [
        ("Nama", "Wulan Ramadhani, S.E.", "Teguh Siregar"),
        ("NIP", "19790312 200501 2 004", "19880521 201101 1 007"),
        ("Pangkat/Gol.Ruang", "Penata Tk.I, III/d", "Penata Muda Tk.I, III/b"),
        ("Jabatan", "Kepala Seksi Pelayanan", "Pengelola Pajak Daerah"),
        ("Unit Kerja", "UPT Samsat Wilayah I", "UPT Samsat Wilayah I"),
    ]
    for i, (lab, a, b) in enumerate(idents, 1):
        sh.put(3 + i, 1, i)
        sh.put(3 + i, 2, lab)
        sh.put(3 + i, 3, a)
        sh.put(3 + i, 6, i)
        sh.put(3 + i, 7, lab)
        sh.put(3 + i, 8, b)
    heads = ["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET", None, None, None]
    for i, h in enumerate(heads):
        if h:
            sh.put(10, 1 + i, h, "bold")
    sh.merge(10, 4, 10, 7)
    for i, h in enumerate(["KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"]):
        sh.put(11, 4 + i, h)
    acts = [
        ("Melakukan pendataan wajib pajak kendaraan bermotor", "1.250 berkas", 100, "12 bulan", "-"),
        ("Menyusun laporan penerimaan PKB bulanan", "12 laporan", 100, "12 bulan", "-"),
        ("Melayani pendaftaran kendaraan baru", "2.400 berkas", 100, "12 bulan", "-"),
    ]
    for i, (a, q, m, t, b) in enumerate(acts, 1):
        r = 11 + i
        sh.put(r, 1, i)
        sh.put(r, 2, a)
        sh.put(r, 3, "-")
        sh.put(r, 4, q)
        sh.put(r, 5, m)
        sh.put(r, 6, t)
        sh.put(r, 7, b)
    sh.put(17, 8, "Sumber Jaya, 2 Januari 2025")
    out.append(
        ("lain-pp46-2011.xlsx", [sh], "openpyxl", [{"code": "format-lain", "sheet": None, "cell": None}])
    )

    # An unfilled template: labels, placeholders, no RK.
    sh = Sheet("SKP")
    sh.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", "bold")
    sh.put(2, 1, "{{ nama_instansi }}")
    sh.put(3, 1, "PERIODE PENILAIAN: ........ SD ........")
    sh.put(5, 1, "NO")
    sh.put(5, 2, "PEGAWAI YANG DINILAI")
    sh.put(5, 4, "NO")
    sh.put(5, 5, "PEJABAT PENILAI KINERJA")
    for i, lab in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"], 1):
        sh.put(5 + i, 1, i)
        sh.put(5 + i, 2, lab)
        sh.put(5 + i, 3, "[isi]")
        sh.put(5 + i, 4, i)
        sh.put(5 + i, 5, lab)
        sh.put(5 + i, 6, "[isi]")
    for i, h in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    ):
        sh.put(12, 1 + i, h, "bold")
    sh.put(13, 1, "A. KINERJA UTAMA")
    sh.put(14, 1, "1")
    sh.put(14, 3, "............................")
    sh.put(14, 4, "Kuantitas")
    sh.put(16, 1, "B. KINERJA TAMBAHAN")
    out.append(
        (
            "templat-belum-diisi.xlsx",
            [sh],
            "xlsxwriter",
            [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
        )
    )

    # An empty workbook.
    out.append(
        (
            "kosong.xlsx",
            [Sheet("Sheet1")],
            "xlsxwriter",
            [
                {
                    "code": "bukan-skp",
                    "sheet": None,
                    "cell": None,
                    "any_of": ["bukan-skp", "templat-belum-diisi"],
                }
            ],
        )
    )

    # A roster sent instead of an SKP (names, NIPs, jabatan), not a form.
    sh = Sheet("Rekap Pegawai")
    sh.put(1, 1, "DAFTAR NOMINATIF PEGAWAI KELURAHAN TANJUNG MEKAR", "bold")
    for i, h in enumerate(["NO", "NAMA", "NIP", "PANGKAT/GOL", "JABATAN", "KETERANGAN"]):
        sh.put(3, 1 + i, h, "bold")
    rows = [
        ("Rina Harahap", "198204112009012003", "Penata, III/c", "Sekretaris Kelurahan", "Aktif"),
        ("Joko Sembiring", "199001152015031002", "Pengatur, II/c", "Pengelola Pelayanan Masyarakat", "Aktif"),
        (
            "Melati Lubis",
            "199307302019032001",
            "Pengatur Muda, II/a",
            "Operator Layanan Operasional",
            "Aktif",
        ),
    ]
    for i, row in enumerate(rows, 1):
        sh.put(3 + i, 1, i)
        for k, v in enumerate(row):
            sh.put(3 + i, 2 + k, v)
    out.append(
        (
            "bukan-skp-daftar-pegawai.xlsx",
            [sh],
            "openpyxl",
            [{"code": "bukan-skp", "sheet": None, "cell": None}],
        )
    )
    return out


def build(out_dir: Path, manifest_path: Path, seed: int = SEED) -> dict:
    rng = random.Random(seed)
    people = People(rng)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for form, entries in PLAN.items():
        for idx, entry in enumerate(entries, 1):
            sheets, meta = build_form_file(form, idx, entry, rng, people)
            writer = write_openpyxl if meta["writer"] == "openpyxl" else write_xlsxwriter
            writer(sheets, out_dir / meta["file"])
            files.append(meta)
    for name, sheets, writer_name, defects in special_files():
        (write_openpyxl if writer_name == "openpyxl" else write_xlsxwriter)(sheets, out_dir / name)
        files.append(
            {
                "file": name,
                "form": None,
                "clean": False,
                "defects": defects,
                "jabatan": None,
                "writer": writer_name,
                "layout": {},
            }
        )
    manifest = {"set": "nyata_d", "seed": seed, "files": files}
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Membangun set evaluasi tertahan nyata_d.")
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    parser.add_argument("--benih", type=int, default=SEED)
    args = parser.parse_args(argv)
    m = build(args.keluaran, args.harapan, args.benih)
    print(f"{len(m['files'])} buku kerja ditulis ke {args.keluaran}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
