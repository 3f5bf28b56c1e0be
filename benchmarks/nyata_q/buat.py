"""Generator of the held-out set ``nyata_q``: Penilaian sheets agencies really fill, for "Hitung Nilai".

Written from SPEC §3.8, §3.10 and §6, ``docs/penilaian.md``, ``docs/server.md`` and ``docs/addin.md`` only
(no product code, mappings, fixtures or other sets' generators). The fictional agency is the **Dinas
Ketahanan Pangan dan Perikanan Kabupaten Teluk Damar**; its people are made up here.

Each workbook has an SKP sheet (the plan) and a Penilaian sheet laid out the way agencies do (merged RK
cells, two-row headers, an extra KETERANGAN column, triwulan columns, formulas already in result cells,
realisasi written as text with satuan, percent cells, "12 dari 12 laporan"), sometimes a Perilaku sheet.
``harapan.json`` says, per workbook, which cells a careful human fills when pressing "Hitung Nilai" and with
what value (SPEC §6 computed here independently), which cells may be filled or left ("boleh"), whether
refusing with a plain message is acceptable, and the values ``skp nilai --format json`` should report.

Usage: ``python benchmarks/nyata_q/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministic.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
INSTANSI = "DINAS KETAHANAN PANGAN DAN PERIKANAN KABUPATEN TELUK DAMAR"
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"

# ---------------------------------------------------------------- SPEC §6, computed independently


def half_up(x: float, places: int = 0) -> float:
    q = Decimal(1).scaleb(-places)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def capaian(real: float, tmin: float, tmax: float, khusus: bool) -> float:
    if tmin <= real <= tmax:
        return 100.0
    t = tmax if real > tmax else tmin
    return (1 + (1 - real / t)) * 100 if khusus else real / t * 100


def band(c: float, rounded: bool = True) -> tuple[str, float]:
    c = half_up(c) if rounded else c
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", 110 + 10 / 9 * (c - 101)
    if c >= 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", 70 + 19 / 19 * (c - 80)
    if c >= 60:
        return "Kurang", 50 + 19 / 19 * (c - 60)
    return "Sangat Kurang", c / 59 * 49


def kategori_rk(n: float) -> str:
    return (
        "Sangat Baik"
        if n >= 110
        else "Baik"
        if n >= 90
        else "Cukup"
        if n >= 70
        else "Kurang"
        if n >= 50
        else "Sangat Kurang"
    )


FAKTOR = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(nk: float, ide_baru: bool | None) -> list[str]:
    """Accepted predikat (first = the careful reading); SB needs ide baru, unknown → SB or Baik."""
    if nk >= 110:
        return ["Sangat Baik"] if ide_baru else ["Baik"] if ide_baru is False else ["Baik", "Sangat Baik"]
    if nk >= 90:
        return ["Baik"]
    if nk >= 70:
        return ["Butuh Perbaikan", "Cukup"]
    if nk >= 50:
        return ["Kurang"]
    return ["Sangat Kurang"]


# ---------------------------------------------------------------- content


@dataclass
class Iki:
    aspek: str
    teks: str
    target: str  # as written in the cell
    tmin: float | None
    tmax: float | None
    real_cell: object  # what the cell holds (text, number, None)
    real: float | None  # the careful human's reading (None: not computable)
    khusus: bool = False
    maksimal: bool = False  # single % target of 100 met: Sangat Baik 120
    tw: tuple = ()  # triwulan values when the layout has them
    real_fmt: str | None = None


@dataclass
class Rk:
    teks: str
    atasan: str
    iki: list[Iki]
    tambahan: bool = False
    jenis: str = ""  # JPT: "Perjanjian Kinerja" / "Rencana Aksi"
    perspektif: str = ""


def I(aspek, teks, target, t, real_cell, real=None, khusus=None, **kw) -> Iki:  # noqa: E743
    tmin, tmax = (t, t) if not isinstance(t, tuple) else t
    if real is None and isinstance(real_cell, (int, float)):
        real = float(real_cell)
    if khusus is None:
        khusus = aspek.lower().startswith(("waktu", "biaya"))
    return Iki(aspek, teks, target, tmin, tmax, real_cell, real, khusus, **kw)


@dataclass
class Person:
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


PEOPLE = {
    "kadis": Person(
        "Ir. Ratna Sekarwangi, M.Si.",
        "19700412 199503 2 004",
        "Pembina Utama Muda, IV/c",
        "Kepala Dinas Ketahanan Pangan dan Perikanan",
        "Dinas Ketahanan Pangan dan Perikanan",
    ),
    "bupati": Person(
        "H. Darmawan Saputra, S.H.", "-", "-", "Bupati Teluk Damar", "Pemerintah Kabupaten Teluk Damar"
    ),
    "kabid": Person(
        "Yusuf Hidayatullah, S.Pi., M.M.",
        "19790825 200501 1 007",
        "Pembina, IV/a",
        "Kepala Bidang Perikanan Tangkap",
        "Bidang Perikanan Tangkap",
    ),
    "sekdis": Person(
        "Dra. Lestari Anggraini",
        "19741103 199803 2 002",
        "Pembina Tingkat I, IV/b",
        "Sekretaris Dinas",
        "Sekretariat",
    ),
}
STAFF = [
    Person(
        "Andika Prasetya, S.Pi.",
        "19900214 201503 1 003",
        "Penata Muda Tingkat I, III/b",
        "Analis Perikanan",
        "Bidang Perikanan Tangkap",
    ),
    Person(
        "Siti Nurhaliza Rahmah, S.P.",
        "19880630 201101 2 006",
        "Penata, III/c",
        "Penyuluh Pertanian Ahli Muda",
        "Bidang Ketersediaan Pangan",
    ),
    Person(
        "Bayu Aji Nugroho, A.Md.",
        "19930917 201903 1 002",
        "Pengatur Tingkat I, II/d",
        "Pengelola Data Perikanan",
        "Bidang Perikanan Tangkap",
    ),
    Person(
        "Maria Goreti Luan, S.E.",
        "19850122 201001 2 011",
        "Penata Tingkat I, III/d",
        "Analis Keuangan",
        "Sekretariat",
    ),
    Person(
        "Rahmat Hidayat, S.Kom.",
        "19910705 201705 1 001",
        "Penata Muda, III/a",
        "Pranata Komputer Ahli Pertama",
        "Sekretariat",
    ),
    Person(
        "Dewi Kartika Sari, S.Pi.",
        "19870419 201001 2 004",
        "Penata, III/c",
        "Pengawas Perikanan Ahli Muda",
        "Bidang Perikanan Budidaya",
    ),
    Person(
        "Fajar Ramadhan, S.T.P.",
        "19920311 201803 1 004",
        "Penata Muda, III/a",
        "Analis Ketahanan Pangan",
        "Bidang Ketersediaan Pangan",
    ),
    Person(
        "Nur Aini Fadhilah, S.Sos.",
        "19860808 200902 2 003",
        "Penata Tingkat I, III/d",
        "Kepala Subbagian Umum dan Kepegawaian",
        "Sekretariat",
    ),
]


def rks_ja(variant: int) -> list[Rk]:
    """Kinerja Utama (and sometimes Tambahan) RK of a JA/JF, with realisasi in several written shapes."""
    a1 = "Meningkatnya produksi perikanan tangkap di wilayah Kabupaten Teluk Damar"
    a2 = "Tersedianya data ketahanan pangan yang mutakhir dan akurat"
    a3 = "Terselenggaranya pengawasan sumber daya perikanan yang efektif"
    if variant == 0:
        return [
            Rk(
                "Tersusunnya laporan produksi perikanan tangkap per kecamatan",
                a1,
                [
                    I("Kuantitas", "Jumlah laporan produksi perikanan tangkap", "12 laporan", 12, 12),
                    I("Kualitas", "Persentase laporan tanpa revisi", "90 %", 90, 93),
                    I("Waktu", "Waktu penyelesaian laporan", "12 bulan", 12, 12),
                ],
            ),
            Rk(
                "Data kapal perikanan terverifikasi dalam sistem informasi",
                a1,
                [
                    I("Kuantitas", "Jumlah kapal perikanan terverifikasi", "250 unit", 250, 230),
                    I("Kualitas", "Persentase data kapal yang valid", "95 %", 95, 93),
                ],
            ),
        ]
    if variant == 1:
        return [
            Rk(
                "Neraca bahan makanan kabupaten tersusun tepat waktu",
                a2,
                [
                    I("Kuantitas", "Jumlah dokumen neraca bahan makanan", "2 dokumen", 2, "2 dokumen", 2),
                    I("Kualitas", "Tingkat akurasi data neraca", "85 %", 85, "88 %", 88),
                    I("Waktu", "Waktu penyusunan neraca", "10 bulan", 10, "9 bulan", 9),
                ],
            ),
            Rk(
                "Peta ketahanan dan kerentanan pangan tingkat desa tersedia",
                a2,
                [
                    I("Kuantitas", "Jumlah peta FSVA desa", "1 dokumen", 1, "1 dokumen", 1),
                    I("Kualitas", "Persentase desa terpetakan", "80 - 90 %", (80, 90), "92 %", 92),
                ],
            ),
            Rk(
                "Tersusunnya bahan paparan rapat koordinasi dewan ketahanan pangan",
                "",
                [
                    I("Kuantitas", "Jumlah bahan paparan", "4 dokumen", 4, "5 dokumen", 5),
                ],
                tambahan=True,
            ),
        ]
    if variant == 2:
        return [
            Rk(
                "Laporan pengawasan kegiatan budidaya ikan tersampaikan kepada pimpinan",
                a3,
                [
                    I("Kuantitas", "Jumlah laporan pengawasan", "12 laporan", 12, "12 dari 12 laporan", 12),
                    I(
                        "Kualitas",
                        "Persentase rekomendasi pengawasan yang ditindaklanjuti",
                        "75 %",
                        75,
                        "70 %",
                        70,
                    ),
                    I("Waktu", "Waktu penyampaian laporan", "12 bulan", 12, "11 bulan", 11),
                ],
            ),
            Rk(
                "Pelaku usaha budidaya memiliki sertifikat CBIB",
                a3,
                [
                    I("Kuantitas", "Jumlah pembudidaya bersertifikat CBIB", "40 orang", 40, "46 orang", 46),
                ],
            ),
        ]
    if variant == 3:
        return [
            Rk(
                "Anggaran dinas terserap sesuai rencana penarikan dana",
                "Pengelolaan keuangan dinas yang akuntabel",
                [
                    I("Kuantitas", "Jumlah laporan realisasi anggaran", "12 laporan", 12, "12 laporan", 12),
                    I(
                        "Kualitas",
                        "Persentase laporan keuangan tanpa temuan",
                        "100 %",
                        100,
                        "100 %",
                        100,
                        maksimal=True,
                    ),
                    I(
                        "Biaya",
                        "Biaya penyusunan laporan keuangan",
                        "Rp 50.000.000",
                        50_000_000,
                        "Rp 45.000.000",
                        45_000_000,
                    ),
                ],
            ),
            Rk(
                "Aset dinas tercatat dalam SIMDA BMD",
                "Pengelolaan keuangan dinas yang akuntabel",
                [
                    I("Kuantitas", "Jumlah aset tercatat", "1.250 item", 1250, "1.180 item", 1180),
                    I("Waktu", "Waktu pemutakhiran data aset", "6 bulan", 6, "6 bulan", 6),
                ],
            ),
        ]
    # variant 4: small, one Tambahan
    return [
        Rk(
            "Aplikasi layanan data perikanan dapat diakses pengguna",
            "Tersedianya data perikanan yang terbuka",
            [
                I("Kuantitas", "Jumlah modul aplikasi yang berfungsi", "5 modul", 5, 5),
                I("Kualitas", "Indeks kepuasan pengguna", "3,5 indeks", 3.5, "3,2", 3.2),
            ],
        ),
        Rk(
            "Jaringan internet kantor berfungsi optimal",
            "Tersedianya data perikanan yang terbuka",
            [
                I("Kualitas", "Persentase waktu jaringan aktif", "95 %", 95, "97 %", 97),
            ],
        ),
        Rk(
            "Menjadi narasumber pelatihan literasi digital nelayan",
            "",
            [
                I("Kuantitas", "Jumlah kegiatan sebagai narasumber", "2 kegiatan", 2, "2 kegiatan", 2),
            ],
            tambahan=True,
        ),
    ]


def rks_jpt(pengembangan: bool, jenis: bool) -> list[Rk]:
    p = ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"]
    rks = [
        Rk(
            "Meningkatnya ketersediaan pangan masyarakat",
            "",
            [I("", "Skor Pola Pangan Harapan (PPH)", "88 skor", 88, "86,5 skor", 86.5)],
            jenis="Perjanjian Kinerja",
            perspektif=p[0],
        ),
        Rk(
            "Meningkatnya produksi perikanan",
            "",
            [I("", "Produksi perikanan tangkap dan budidaya", "24.000 ton", 24000, "23.500 ton", 23500)],
            jenis="Perjanjian Kinerja",
            perspektif=p[1],
        ),
        Rk(
            "Meningkatnya akuntabilitas kinerja dinas",
            "",
            [I("", "Nilai SAKIP dinas", "75 nilai", 75, "84 nilai", 84)],
            jenis="Perjanjian Kinerja",
            perspektif=p[2],
        ),
        Rk(
            "Terlaksananya gerakan pangan murah di seluruh kecamatan",
            "",
            [
                I(
                    "",
                    "Jumlah kecamatan pelaksana gerakan pangan murah",
                    "14 kecamatan",
                    14,
                    "14 kecamatan",
                    14,
                )
            ],
            jenis="Rencana Aksi",
            perspektif=p[3],
        ),
    ]
    return rks


# ---------------------------------------------------------------- sheet model


@dataclass
class Sheet:
    name: str
    cells: dict = field(default_factory=dict)  # (r, c) 1-based -> value
    formulas: dict = field(default_factory=dict)  # (r, c) -> (formula, cached)
    merges: list = field(default_factory=list)  # (r1, c1, r2, c2)
    fmts: dict = field(default_factory=dict)  # (r, c) -> number format
    hidden: bool = False
    widths: dict = field(default_factory=dict)

    def put(self, r, c, v, fmt=None):
        if v is not None and v != "":
            self.cells[(r, c)] = v
        if fmt:
            self.fmts[(r, c)] = fmt

    def merge(self, r1, c1, r2, c2, v=None):
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))
        if v is not None:
            self.put(r1, c1, v)


def ref(r, c) -> str:
    return f"{get_column_letter(c)}{r}"


def header_block(
    sh: Sheet,
    title: str,
    pegawai: Person,
    penilai: Person,
    left: int,
    right: int,
    start: int = 1,
    jpt_instansi: bool = False,
) -> int:
    sh.put(start, left, title)
    sh.put(start + 1, left, INSTANSI)
    sh.put(start + 2, left, PERIODE)
    r = start + 4
    sh.put(r, left, "PEGAWAI YANG DINILAI")
    sh.put(r, right, "PEJABAT PENILAI KINERJA")
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    for i, lab in enumerate(labels, 1):
        row = r + i
        sh.put(row, left, i)
        sh.put(row, left + 1, lab)
        sh.put(
            row, left + 2, [pegawai.nama, pegawai.nip, pegawai.pangkat, pegawai.jabatan, pegawai.unit][i - 1]
        )
        sh.put(row, right, i)
        rl = "INSTANSI" if (jpt_instansi and lab == "UNIT KERJA") else lab
        sh.put(row, right + 1, rl)
        sh.put(
            row, right + 2, [penilai.nama, penilai.nip, penilai.pangkat, penilai.jabatan, penilai.unit][i - 1]
        )
    return r + 7


def skp_sheet(form: str, pegawai: Person, penilai: Person, rks: list[Rk]) -> Sheet:
    jpt = form.startswith("jpt")
    peng = form.endswith("pengembangan")
    sh = Sheet("SKP")
    cols = (["perspektif"] if jpt and peng else []) + (
        ["no", "rk", "iki", "target"] if jpt else ["no", "rk_atasan", "rk", "aspek", "iki", "target"]
    )
    if peng and not jpt:
        cols += ["sk", "k", "c", "b", "sb", "data", "sumber", "waktu"]
    labels = {
        "perspektif": "PERSPEKTIF",
        "no": "NO",
        "rk_atasan": "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
        "sk": "SANGAT KURANG",
        "k": "KURANG",
        "c": "CUKUP",
        "b": "BAIK",
        "sb": "SANGAT BAIK",
        "data": "DATA",
        "sumber": "SUMBER DATA",
        "waktu": "WAKTU PENGUMPULAN",
    }
    right = max(4, len(cols) - 2)
    r = header_block(sh, "RENCANA SASARAN KINERJA PEGAWAI", pegawai, penilai, 1, right, jpt_instansi=jpt)
    for i, k in enumerate(cols, 1):
        sh.put(r, i, labels[k])
    r += 1
    ci = {k: i for i, k in enumerate(cols, 1)}
    for group, tambahan in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        sh.put(r, 1, group)
        r += 1
        for n, rk in enumerate([x for x in rks if x.tambahan == tambahan], 1):
            top = r
            for iki in rk.iki:
                if "aspek" in ci:
                    sh.put(r, ci["aspek"], iki.aspek)
                sh.put(r, ci["iki"], iki.teks)
                sh.put(r, ci["target"], iki.target)
                if peng and not jpt:
                    t = iki.target
                    num = t.split()[0]
                    sat = t[len(num) :].strip()
                    if iki.khusus:
                        sh.put(r, ci["c"], f"> {num} {sat}".strip())
                        sh.put(r, ci["sb"], f"< {num} {sat}".strip())
                    else:
                        lo = half_up((iki.tmin or 0) * 0.8, 0)
                        sh.put(r, ci["c"], f"< {int(lo)} {sat}".strip())
                        sh.put(r, ci["sb"], f"> {num} {sat}".strip())
                    sh.put(r, ci["b"], t)
                r += 1
            bottom = r - 1
            for k, v in (
                ("no", n),
                ("rk", rk.teks),
                ("rk_atasan", rk.atasan),
                ("perspektif", rk.perspektif),
                ("data", "Laporan bulanan"),
                ("sumber", "Aplikasi e-Kinerja"),
                ("waktu", "Bulanan"),
            ):
                if k in ci:
                    sh.merge(top, ci[k], bottom, ci[k], v)
        if not any(x.tambahan == tambahan for x in rks):
            r += 1
    sh.put(r + 2, 2, "Teluk Damar, 2 Januari 2026")
    sh.put(r + 3, 2, "PEJABAT PENILAI KINERJA")
    sh.put(r + 3, right + 1, "PEGAWAI YANG DINILAI")
    sh.put(r + 7, 2, penilai.nama)
    sh.put(r + 7, right + 1, pegawai.nama)
    return sh


# ---------------------------------------------------------------- Penilaian layouts


LABEL = {
    "perspektif": "PERSPEKTIF",
    "no": "NO",
    "rk_atasan": "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "jenis": "JENIS RK",
    "realisasi": "REALISASI",
    "capaian": "CAPAIAN IKI",
    "kategori": "KATEGORI CAPAIAN IKI",
    "nilai": "NILAI CAPAIAN IKI",
    "kategori_rk": "KATEGORI CAPAIAN RK",
    "nilai_rk": "NILAI CAPAIAN RK",
    "tertimbang": "NILAI TERTIMBANG",
    "keterangan": "KETERANGAN",
    "c": "CUKUP",
    "sb": "SANGAT BAIK",
    "tw1": "TW I",
    "tw2": "TW II",
    "tw3": "TW III",
    "tw4": "TW IV",
    "realisasi_akhir": "REALISASI AKHIR",
}
RESULT_KEYS = ("capaian", "kategori", "nilai", "kategori_rk", "nilai_rk", "tertimbang")


@dataclass
class Layout:
    cols: list
    sheet_name: str = "Penilaian"
    start: int = 1
    merge_rk: bool = True
    two_row_header: bool = False  # group "CAPAIAN" above capaian/kategori/nilai
    labels: dict = field(default_factory=dict)
    summary: tuple = ("ku", "kt", "skp")  # summary rows at the bottom
    perilaku: str = ""  # "": none; "sheet": own sheet; "block": on Penilaian
    perilaku_scores: tuple = (110, 100, 105, 100, 100)
    ide_baru: bool | None = None
    formula_cols: tuple = ()  # result columns already holding formulas
    staff_text: dict = field(default_factory=dict)  # (rk index, iki index, key) -> text in result cell
    stale: dict = field(default_factory=dict)  # (rk, iki, key) -> typed old number
    keterangan_text: tuple = ()
    pct_realisasi: bool = False  # realisasi of % IKI as percent-formatted fraction


@dataclass
class Book:
    file: str
    form: str
    writer: str
    pegawai: Person
    penilai: Person
    rks: list
    layout: Layout
    clean: bool
    traps: list
    boleh_tolak: bool = False
    harus_pesan: bool = False
    hidden_old: bool = False
    libreoffice: bool = False


def build_penilaian(b: Book, exp: dict) -> list[Sheet]:
    L = b.layout
    jpt = b.form.startswith("jpt")
    sh = Sheet(L.sheet_name)
    labels = {**LABEL, **L.labels}
    cols = L.cols
    ci = {k: i for i, k in enumerate(cols, 1)}
    right = max(5, len(cols) - 3)
    r = header_block(
        sh,
        "PENILAIAN SASARAN KINERJA PEGAWAI",
        b.pegawai,
        b.penilai,
        1,
        right,
        start=L.start,
        jpt_instansi=jpt,
    )
    # header
    if L.two_row_header:
        group = [k for k in ("capaian", "kategori", "nilai") if k in ci]
        tws = [k for k in ("tw1", "tw2", "tw3", "tw4", "realisasi_akhir") if k in ci]
        for k in cols:
            if k in group or k in tws:
                continue
            sh.merge(r, ci[k], r + 1, ci[k], labels[k])
        if group:
            sh.merge(r, ci[group[0]], r, ci[group[-1]], "CAPAIAN")
            sub = {"capaian": "CAPAIAN IKI (%)", "kategori": "KATEGORI", "nilai": "NILAI"}
            for k in group:
                sh.put(r + 1, ci[k], sub[k])
        if tws:
            sh.merge(r, ci[tws[0]], r, ci[tws[-1]], "REALISASI")
            for k in tws:
                sh.put(r + 1, ci[k], {"realisasi_akhir": "AKHIR"}.get(k, labels[k]))
        r += 2
    else:
        for k in cols:
            sh.put(r, ci[k], labels[k])
        r += 1
    # column numbers row, as agencies print
    for i in range(1, len(cols) + 1):
        sh.put(r, i, f"({i})")
    r += 1

    ku_values, kt_items, pk, ra = [], [], [], []
    computable = True
    fill, boleh = exp["isi"], exp["boleh_isi"]
    iki_cli = exp["cli"]["iki"]

    def expect(row, key, value, alts=(), opt=False):
        if key not in ci:
            return
        cell = ref(row, ci[key])
        if key in L.formula_cols:
            return  # formula stays: not a cell to fill
        entry = {"sheet": L.sheet_name, "cell": cell, "jenis": key, "nilai": value, "boleh": list(alts)}
        (boleh if opt else fill).append(entry)

    for group, tambahan in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        group_rks = [x for x in b.rks if x.tambahan == tambahan]
        if not group_rks and "kt" not in L.summary:
            continue
        sh.put(r, 1, group)
        r += 1
        for n, rk in enumerate(group_rks, 1):
            rki = b.rks.index(rk)
            top = r
            nilai_iki, nilai_iki_alt = [], []
            for j, iki in enumerate(rk.iki):
                if "aspek" in ci:
                    sh.put(r, ci["aspek"], iki.aspek)
                sh.put(r, ci["iki"], iki.teks)
                sh.put(r, ci["target"], iki.target)
                if "c" in ci:
                    num = iki.target.split()[0]
                    sat = iki.target[len(num) :].strip()
                    sh.put(
                        r,
                        ci["c"],
                        (
                            f"> {num} {sat}"
                            if iki.khusus
                            else f"< {int(half_up((iki.tmin or 0) * 0.8))} {sat}"
                        ).strip(),
                    )
                    sh.put(r, ci["sb"], (f"< {num} {sat}" if iki.khusus else f"> {num} {sat}").strip())
                real_col = "realisasi_akhir" if "realisasi_akhir" in ci else "realisasi"
                rc = iki.real_cell
                if L.pct_realisasi and iki.target.endswith("%") and isinstance(rc, str) and rc.endswith("%"):
                    rc = iki.real / 100
                    sh.put(r, ci[real_col], rc, "0%")
                else:
                    sh.put(r, ci[real_col], rc, iki.real_fmt)
                for k, v in zip(("tw1", "tw2", "tw3", "tw4"), iki.tw, strict=False):
                    sh.put(r, ci[k], v)
                if iki.real is None:
                    computable = False
                    c = kat = nil = None
                    alt_nil = None
                else:
                    c = capaian(iki.real, iki.tmin, iki.tmax, iki.khusus)
                    if iki.maksimal and c >= 100:
                        kat, nil, alt_nil = "Sangat Baik", 120.0, 120.0
                    else:
                        kat, nil = band(c)
                        alt_nil = band(c, rounded=False)[1]
                    nilai_iki.append(nil)
                    nilai_iki_alt.append(alt_nil)
                iki_cli.append(
                    {
                        "sheet": L.sheet_name,
                        "row": r,
                        "capaian": c,
                        "kategori": kat,
                        "nilai": nil,
                        "nilai_boleh": alt_nil,
                    }
                )
                key_ctx = (rki, j)
                for key, val, alts in (
                    ("capaian", c, ()),
                    ("kategori", kat, ()),
                    ("nilai", nil, (alt_nil,) if alt_nil is not None else ()),
                ):
                    if key not in ci:
                        continue
                    cell_rc = (r, ci[key])
                    if key in L.formula_cols:
                        sh.formulas[cell_rc] = _formula(key, r, ci, val)
                        continue
                    if (key_ctx + (key,)) in L.staff_text:
                        sh.put(*cell_rc, L.staff_text[key_ctx + (key,)])
                        continue
                    if (key_ctx + (key,)) in L.stale:
                        sh.put(*cell_rc, L.stale[key_ctx + (key,)])
                        if val is not None:
                            expect(r, key, val, alts, opt=True)
                        continue
                    if val is not None:
                        expect(r, key, val, alts)
                if "keterangan" in ci and L.keterangan_text:
                    sh.put(r, ci["keterangan"], L.keterangan_text[(rki + j) % len(L.keterangan_text)])
                r += 1
            bottom = r - 1
            for k, v in (
                ("no", n),
                ("rk", rk.teks),
                ("rk_atasan", rk.atasan),
                ("perspektif", rk.perspektif),
                ("jenis", rk.jenis),
            ):
                if k in ci:
                    if L.merge_rk:
                        sh.merge(top, ci[k], bottom, ci[k], v)
                    else:
                        for rr in range(top, bottom + 1):
                            sh.put(rr, ci[k], v)
            rk_done = len(nilai_iki) == len(rk.iki)
            nrk = sum(nilai_iki) / len(nilai_iki) if rk_done else None
            nrk_alt = sum(nilai_iki_alt) / len(nilai_iki_alt) if rk_done else None
            for k in ("kategori_rk", "nilai_rk", "tertimbang"):
                if k in ci and L.merge_rk:
                    sh.merge(top, ci[k], bottom, ci[k])
            if nrk is not None:
                if (rki, 0, "kategori_rk") in L.staff_text:
                    sh.put(top, ci["kategori_rk"], L.staff_text[(rki, 0, "kategori_rk")])
                else:
                    kr = kategori_rk(nrk)
                    expect(top, "kategori_rk", kr, ("Butuh Perbaikan",) if kr == "Cukup" else ())
                expect(top, "nilai_rk", nrk, (nrk_alt,))
                if not L.merge_rk:  # the RK cells may also be written on every row of the RK
                    for rr in range(top + 1, bottom + 1):
                        expect(rr, "kategori_rk", kategori_rk(nrk), (), opt=True)
                        expect(rr, "nilai_rk", nrk, (nrk_alt,), opt=True)
            if tambahan:
                kt_items.append((nrk, top, nrk_alt))
            else:
                ku_values.append((nrk, top, nrk_alt))
                (ra if rk.jenis == "Rencana Aksi" else pk).append(nrk)
        if not group_rks:
            sh.put(r, ci["rk"], "-")
            r += 1
    # totals
    ku = kt = skp = None
    if computable:
        vals = [v for v, _, _ in ku_values]
        if jpt and "jenis" in ci and ra:
            ku = 0.6 * sum(pk) / len(pk) + 0.4 * sum(ra) / len(ra)
        else:
            ku = sum(vals) / len(vals)
        kt = min(10.0, sum(FAKTOR[kategori_rk(v)] * 10 / 100 * v / 100 for v, _, _ in kt_items))
        skp = min(120.0, half_up(ku + kt, 2))
        # nilai tertimbang: may be filled (SPEC is silent on JA/JF); when filled, per RK
        if "tertimbang" in ci:
            for v, top, _ in ku_values:
                w = v / len(ku_values)
                expect(top, "tertimbang", w, (), opt=True)
            for v, top, _ in kt_items:
                expect(top, "tertimbang", FAKTOR[kategori_rk(v)] * 10 / 100 * v / 100, (), opt=True)
    exp["cli"]["nilai_skp"] = skp
    val_col = max(ci[k] for k in ("nilai_rk", "tertimbang", "nilai", "capaian", "realisasi") if k in ci)
    label_to = val_col - 1
    r += 1
    summary_rows = {"ku": "NILAI KINERJA UTAMA", "kt": "NILAI KINERJA TAMBAHAN", "skp": "NILAI AKHIR SKP"}
    for key in L.summary:
        sh.merge(r, 1, r, label_to, summary_rows[key])
        v = {"ku": ku, "kt": kt, "skp": skp}[key]
        if v is not None:
            entry = {"sheet": L.sheet_name, "cell": ref(r, val_col), "jenis": key, "nilai": v, "boleh": []}
            (fill if key == "skp" else boleh).append(entry)
        r += 1
    sheets = [sh]
    # perilaku
    perilaku = kinerja = None
    if L.perilaku:
        aspects = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
        target = sh if L.perilaku == "block" else Sheet("Perilaku")
        pr = (
            r + 1
            if L.perilaku == "block"
            else header_block(target, "PENILAIAN PERILAKU KERJA", b.pegawai, b.penilai, 1, 4)
        )
        target.put(pr, 1, "NO")
        target.put(pr, 2, "ASPEK PERILAKU KERJA")
        target.put(pr, 3, "NILAI")
        pr += 1
        for i, (a, s) in enumerate(zip(aspects, L.perilaku_scores, strict=False), 1):
            target.put(pr, 1, i)
            target.put(pr, 2, a)
            target.put(pr, 3, s)
            pr += 1
        if L.ide_baru is not None:
            target.put(pr, 2, "IDE BARU / CARA BARU YANG BERMANFAAT BAGI ORGANISASI")
            target.put(pr, 3, "Ya" if L.ide_baru else "Tidak")
            pr += 1
        perilaku = sum(L.perilaku_scores) / 5
        if target is not sh:
            sheets.append(target)
            r += 0
        else:
            r = pr
        r += 1
        if skp is not None:
            kinerja = half_up(0.7 * skp + 0.3 * perilaku, 2)
        for key, lab in (
            ("nilai_perilaku", "NILAI PERILAKU KERJA"),
            ("nilai_kinerja", "NILAI KINERJA"),
            ("predikat", "PREDIKAT KINERJA PEGAWAI"),
        ):
            sh.merge(r, 1, r, label_to, lab)
            v = {
                "nilai_perilaku": perilaku,
                "nilai_kinerja": kinerja,
                "predikat": predikat(kinerja, L.ide_baru) if kinerja is not None else None,
            }[key]
            if v is not None:
                if key == "predikat":
                    entry = {
                        "sheet": L.sheet_name,
                        "cell": ref(r, val_col),
                        "jenis": key,
                        "nilai": v[0],
                        "boleh": v[1:],
                    }
                else:
                    entry = {
                        "sheet": L.sheet_name,
                        "cell": ref(r, val_col),
                        "jenis": key,
                        "nilai": v,
                        "boleh": [],
                    }
                (boleh if key == "nilai_perilaku" else fill).append(entry)
            r += 1
    exp["cli"]["nilai_perilaku"] = perilaku
    exp["cli"]["nilai_kinerja"] = kinerja
    exp["cli"]["predikat"] = predikat(kinerja, L.ide_baru) if kinerja is not None else None
    r += 1
    sh.put(r, 2, "Teluk Damar, 5 Januari 2027")
    sh.put(r + 1, 2, "PEJABAT PENILAI KINERJA")
    sh.put(r + 5, 2, b.penilai.nama)
    sh.put(r + 6, 2, f"NIP. {b.penilai.nip}")
    return sheets


def _formula(key, r, ci, val):
    real = ref(r, ci.get("realisasi_akhir", ci.get("realisasi")))
    tgt = ref(r, ci["target"])
    if key == "capaian":
        return (
            f'=IFERROR(NUMBERVALUE(LEFT({real},FIND(" ",{real}&" ")-1),",",".")/'
            f'NUMBERVALUE(LEFT({tgt},FIND(" ",{tgt}&" ")-1),",",".")*100,"")',
            round(val, 2) if val is not None else "",
        )
    cap = ref(r, ci["capaian"])
    if key == "kategori":
        return (
            f'=IF({cap}="","",IF(ROUND({cap},0)>100,"Sangat Baik",IF(ROUND({cap},0)=100,"Baik",'
            f'IF(ROUND({cap},0)>=80,"Cukup",IF(ROUND({cap},0)>=60,"Kurang","Sangat Kurang")))))',
            val or "",
        )
    return (f'=IF({cap}="","",ROUND({cap},0))', val if val is not None else "")


# ---------------------------------------------------------------- writers


def write_openpyxl(path: Path, sheets: list[Sheet]) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.name)
        for (r, c), v in s.cells.items():
            ws.cell(r, c, v)
        for (r, c), (f, _) in s.formulas.items():
            ws.cell(r, c, f)
        for (r, c), fmt in s.fmts.items():
            ws.cell(r, c).number_format = fmt
        for m in s.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
        if s.hidden:
            ws.sheet_state = "hidden"
        for c in range(1, 16):
            ws.column_dimensions[get_column_letter(c)].width = 16
    wb.save(path)


def write_xlsxwriter(path: Path, sheets: list[Sheet]) -> None:
    wb = xlsxwriter.Workbook(str(path))
    fmts = {}

    def fmt(n):
        if n not in fmts:
            fmts[n] = wb.add_format({"num_format": n, "text_wrap": True})
        return fmts[n]

    plain = wb.add_format({"text_wrap": True, "valign": "top"})
    for s in sheets:
        ws = wb.add_worksheet(s.name)
        ws.set_column(0, 15, 16)
        merged_at = {}
        for m in s.merges:
            merged_at[(m[0], m[1])] = m
        covered = {(r, c) for m in s.merges for r in range(m[0], m[2] + 1) for c in range(m[1], m[3] + 1)}
        for m in s.merges:
            v = s.cells.get((m[0], m[1]), "")
            ws.merge_range(m[0] - 1, m[1] - 1, m[2] - 1, m[3] - 1, "", plain)
            if v != "":
                ws.write(m[0] - 1, m[1] - 1, v, plain)
        for (r, c), v in s.cells.items():
            if (r, c) in covered:
                continue
            f = fmt(s.fmts[(r, c)]) if (r, c) in s.fmts else plain
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, f)
            else:
                ws.write(r - 1, c - 1, v, f)
        for (r, c), (f, cached) in s.formulas.items():
            ws.write_formula(r - 1, c - 1, f, plain, cached)
        if s.hidden:
            ws.hide()
    wb.close()


def libreoffice_resave(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profil",
                "--headless",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                tmp,
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(str(Path(tmp) / path.name), path)


# ---------------------------------------------------------------- the set

JA = [
    "no",
    "rk_atasan",
    "rk",
    "aspek",
    "iki",
    "target",
    "realisasi",
    "capaian",
    "kategori",
    "nilai",
    "kategori_rk",
    "nilai_rk",
    "tertimbang",
]
JA_NO_NILAI = [
    "no",
    "rk_atasan",
    "rk",
    "aspek",
    "iki",
    "target",
    "realisasi",
    "capaian",
    "kategori",
    "kategori_rk",
    "nilai_rk",
]
JPT = ["no", "rk", "iki", "target", "realisasi", "capaian", "kategori", "nilai", "tertimbang"]


def books() -> list[Book]:
    kadis, kabid, sekdis, bupati = (PEOPLE[k] for k in ("kadis", "kabid", "sekdis", "bupati"))
    s = STAFF
    B = []
    # ---- clean: everything can be filled
    B.append(
        Book("01_ja_dasar_baku.xlsx", "ja-dasar", "openpyxl", s[0], kabid, rks_ja(0), Layout(JA), True, [])
    )
    B.append(
        Book(
            "02_ja_pengembangan_realisasi_bersatuan.xlsx",
            "ja-pengembangan",
            "xlsxwriter",
            s[6],
            kabid,
            rks_ja(1),
            Layout(JA[:6] + ["c", "sb"] + JA[6:]),
            True,
            ["realisasi ditulis dengan satuan", "target rentang", "kinerja tambahan"],
        )
    )
    B.append(
        Book(
            "03_jf_dasar_perilaku_sheet_sendiri.xlsx",
            "jf-dasar",
            "openpyxl",
            s[5],
            kabid,
            rks_ja(2),
            Layout(JA_NO_NILAI, perilaku="sheet", ide_baru=False),
            True,
            ["12 dari 12 laporan", "Perilaku di sheet sendiri", "predikat"],
        )
    )
    B.append(
        Book(
            "04_jpt_dasar_jenis_rk.xlsx",
            "jpt-dasar",
            "xlsxwriter",
            kadis,
            bupati,
            rks_jpt(False, True),
            Layout(JPT[:4] + ["jenis"] + JPT[4:], summary=("ku", "skp")),
            True,
            ["JPT 60/40 dari JENIS RK"],
        )
    )
    B.append(
        Book(
            "05_jpt_pengembangan_perspektif.xlsx",
            "jpt-pengembangan",
            "openpyxl",
            kadis,
            bupati,
            [Rk(x.teks, "", x.iki, perspektif=x.perspektif) for x in rks_jpt(True, False)],
            Layout(
                ["perspektif"] + JPT,
                summary=("skp",),
                perilaku="block",
                perilaku_scores=(100, 105, 100, 100, 110),
            ),
            True,
            ["perspektif digabung", "tanpa JENIS RK: rata-rata biasa", "perilaku di bawah tabel"],
        )
    )
    B.append(
        Book(
            "06_ja_dasar_judul_dua_baris.xlsx",
            "ja-dasar",
            "xlsxwriter",
            s[2],
            kabid,
            rks_ja(4),
            Layout(JA_NO_NILAI[:9] + ["nilai"] + JA_NO_NILAI[9:], two_row_header=True, start=2),
            True,
            ["judul CAPAIAN digabung di atas tiga kolom", "kinerja tambahan"],
        )
    )
    B.append(
        Book(
            "07_jf_pengembangan_keterangan_di_ujung.xlsx",
            "jf-pengembangan",
            "openpyxl",
            s[1],
            kabid,
            rks_ja(1),
            Layout(
                JA[:6] + ["c", "sb"] + JA[6:] + ["keterangan"],
                sheet_name="Form Penilaian",
                keterangan_text=("sesuai laporan TW IV", "data dari aplikasi SIPANGAN"),
                perilaku="sheet",
                ide_baru=True,
                perilaku_scores=(120, 115, 110, 110, 115),
            ),
            True,
            ["sheet bernama Form Penilaian", "KETERANGAN di ujung berisi teks pegawai"],
        )
    )
    B.append(
        Book(
            "08_ja_dasar_simpan_libreoffice.xlsx",
            "ja-dasar",
            "openpyxl",
            s[3],
            sekdis,
            rks_ja(3),
            Layout(
                JA,
                labels={
                    "kategori_rk": "KATEGORI CAPAIAN RENCANA KINERJA",
                    "nilai_rk": "NILAI CAPAIAN RENCANA KINERJA",
                },
            ),
            True,
            ["disimpan ulang LibreOffice", "target maksimal 100 % tercapai", "biaya kondisi khusus"],
            libreoffice=True,
        )
    )
    rk9 = rks_ja(0)
    for rk in rk9:
        for iki in rk.iki:
            if isinstance(iki.real_cell, (int, float)):
                iki.real_fmt = '0 "' + iki.target.split()[-1] + '"' if not iki.target.endswith("%") else None
    B.append(
        Book(
            "09_jf_dasar_format_satuan.xlsx",
            "jf-dasar",
            "xlsxwriter",
            s[4],
            sekdis,
            rk9,
            Layout(JA, start=3),
            True,
            ["realisasi angka berformat satuan"],
        )
    )
    B.append(
        Book(
            "10_ja_pengembangan_rk_tanpa_gabung.xlsx",
            "ja-pengembangan",
            "openpyxl",
            s[6],
            kabid,
            rks_ja(2),
            Layout(JA_NO_NILAI, merge_rk=False),
            True,
            ["RK ditulis ulang di setiap baris IKI"],
        )
    )
    B.append(
        Book(
            "11_jpt_pengembangan_jenis_tambahan.xlsx",
            "jpt-pengembangan",
            "xlsxwriter",
            kadis,
            bupati,
            rks_jpt(True, True)
            + [
                Rk(
                    "Menjadi narasumber forum ketahanan pangan provinsi",
                    "",
                    [I("", "Jumlah forum sebagai narasumber", "2 kegiatan", 2, "3 kegiatan", 3)],
                    tambahan=True,
                )
            ],
            Layout(
                ["perspektif"] + JPT[:4] + ["jenis"] + JPT[4:],
                perilaku="sheet",
                perilaku_scores=(105, 100, 100, 105, 110),
            ),
            True,
            ["JPT 60/40", "kinerja tambahan JPT", "Perilaku di sheet sendiri"],
        )
    )
    B.append(
        Book(
            "12_ja_dasar_perilaku_blok.xlsx",
            "ja-dasar",
            "openpyxl",
            s[7],
            sekdis,
            rks_ja(4),
            Layout(JA, perilaku="block", perilaku_scores=(95, 90, 90, 100, 95)),
            True,
            ["perilaku di bawah tabel", "predikat Baik"],
        )
    )
    # ---- traps
    B.append(
        Book(
            "13_ja_dasar_rumus_di_capaian.xlsx",
            "ja-dasar",
            "xlsxwriter",
            s[0],
            kabid,
            rks_ja(0),
            Layout(JA, formula_cols=("capaian", "kategori")),
            False,
            ["rumus instansi sudah ada di CAPAIAN IKI dan KATEGORI: tidak boleh ditimpa"],
        )
    )
    B.append(
        Book(
            "14_ja_dasar_keterangan_di_tengah.xlsx",
            "ja-dasar",
            "openpyxl",
            s[2],
            kabid,
            rks_ja(0),
            Layout(
                JA[:7] + ["keterangan"] + JA[7:],
                keterangan_text=("bukti: BA serah terima", "sumber SIM Kapal", "sesuai laporan"),
            ),
            False,
            ["KETERANGAN di antara REALISASI dan CAPAIAN IKI berisi teks pegawai"],
        )
    )
    tw = rks_ja(2)
    for rk in tw:
        for iki in rk.iki:
            if "12 dari" in str(iki.real_cell):
                iki.tw = (3, 3, 3, 3)
            elif iki.aspek == "Waktu":
                iki.tw = ("3 bulan", "3 bulan", "3 bulan", "2 bulan")
            elif "%" in iki.target:
                iki.tw = ("60 %", "65 %", "68 %", "70 %")
            else:
                iki.tw = (10, 12, 11, 13)
    B.append(
        Book(
            "15_jf_dasar_kolom_triwulan.xlsx",
            "jf-dasar",
            "xlsxwriter",
            s[5],
            kabid,
            tw,
            Layout(
                JA_NO_NILAI[:6] + ["tw1", "tw2", "tw3", "tw4", "realisasi_akhir"] + JA_NO_NILAI[7:],
                two_row_header=True,
            ),
            False,
            ["REALISASI TW I–IV lalu AKHIR: yang dinilai REALISASI AKHIR"],
            boleh_tolak=True,
        )
    )
    B.append(
        Book(
            "16_ja_dasar_teks_pegawai_di_sel_hasil.xlsx",
            "ja-dasar",
            "openpyxl",
            s[3],
            sekdis,
            rks_ja(3),
            Layout(
                JA,
                staff_text={
                    (0, 0, "kategori_rk"): "menunggu BA verifikasi inspektorat",
                    (1, 1, "kategori"): "lihat lampiran",
                },
            ),
            False,
            ["teks pegawai di sel KATEGORI: tidak boleh ditimpa"],
        )
    )
    B.append(
        Book(
            "17_ja_dasar_tanpa_kolom_hasil.xlsx",
            "ja-dasar",
            "openpyxl",
            s[7],
            sekdis,
            rks_ja(4),
            Layout(
                ["no", "rk_atasan", "rk", "aspek", "iki", "target", "realisasi", "keterangan"],
                summary=(),
                keterangan_text=("sesuai laporan",),
            ),
            False,
            [
                "sheet Penilaian tanpa kolom capaian/kategori/nilai: harus dikatakan, "
                "tidak ditulis di tempat lain"
            ],
            harus_pesan=True,
        )
    )
    B.append(
        Book(
            "18_jf_pengembangan_sheet_lama_tersembunyi.xlsx",
            "jf-pengembangan",
            "openpyxl",
            s[1],
            kabid,
            rks_ja(1),
            Layout(JA[:6] + ["c", "sb"] + JA[6:]),
            False,
            ["sheet Penilaian 2025 (tahun lalu, terisi) tersembunyi di depan sheet Penilaian tahun ini"],
            hidden_old=True,
        )
    )
    B.append(
        Book(
            "19_ja_dasar_realisasi_sel_persen.xlsx",
            "ja-dasar",
            "xlsxwriter",
            s[6],
            kabid,
            rks_ja(1),
            Layout(JA, pct_realisasi=True),
            False,
            ["realisasi % sebagai pecahan sel berformat persen (0,92 tampil 92%)"],
            boleh_tolak=True,
        )
    )
    r20 = rks_ja(0)
    r20[0].iki[1] = I("Kualitas", "Persentase laporan tanpa revisi", "90 %", 90, None)
    r20[1].iki[1] = I("Kualitas", "Persentase data kapal yang valid", "95 %", 95, "-")
    B.append(
        Book(
            "20_ja_dasar_realisasi_belum_lengkap.xlsx",
            "ja-dasar",
            "openpyxl",
            s[0],
            kabid,
            r20,
            Layout(JA),
            False,
            ["dua realisasi kosong/'-': baris dan RK-nya serta Nilai SKP dibiarkan kosong"],
        )
    )
    B.append(
        Book(
            "21_ja_dasar_angka_lama_diketik.xlsx",
            "ja-dasar",
            "openpyxl",
            s[2],
            kabid,
            rks_ja(0),
            Layout(JA, stale={(0, 0, "capaian"): 95, (0, 0, "nilai"): 85, (1, 0, "capaian"): 90}),
            False,
            ["angka capaian/nilai lama diketik pegawai: boleh diganti dengan angka benar atau dibiarkan"],
        )
    )
    r22 = rks_jpt(False, True)
    r22[0].teks = "- Meningkatnya ketersediaan pangan masyarakat"
    r22[2].iki[0].teks = "=Nilai SAKIP dinas (hasil evaluasi Inspektorat)"
    B.append(
        Book(
            "22_jpt_dasar_teks_berawalan_tanda.xlsx",
            "jpt-dasar",
            "openpyxl",
            kadis,
            bupati,
            r22,
            Layout(JPT[:4] + ["jenis"] + JPT[4:]),
            False,
            ["RK berawalan '-' dan IKI berawalan '=' (teks pegawai): tidak boleh menjadi rumus di mana pun"],
        )
    )
    B.append(
        Book(
            "23_jf_dasar_ide_baru_tidak.xlsx",
            "jf-dasar",
            "xlsxwriter",
            s[4],
            sekdis,
            rks_ja(3),
            Layout(JA, perilaku="sheet", ide_baru=False, perilaku_scores=(120, 120, 115, 120, 120)),
            False,
            ["nilai kinerja ≥ 110 tetapi IDE BARU 'Tidak': predikat Baik"],
        )
    )
    B.append(
        Book(
            "24_ja_pengembangan_gabung_rk_dan_hasil.xlsx",
            "ja-pengembangan",
            "openpyxl",
            s[3],
            sekdis,
            rks_ja(2),
            Layout(JA[:6] + ["c", "sb"] + JA[6:], two_row_header=True, start=4),
            False,
            ["sel RK, kategori RK, nilai RK digabung ke bawah; judul dua baris", "12 dari 12 laporan"],
        )
    )
    return B


def old_penilaian(b: Book) -> Sheet:
    """Last year's filled Penilaian sheet, hidden (trap 18)."""
    lay = Layout(b.layout.cols, sheet_name="Penilaian 2025")
    old = Book(b.file, b.form, b.writer, b.pegawai, b.penilai, rks_ja(4), lay, True, [])
    sh = build_penilaian(old, {"isi": [], "boleh_isi": [], "cli": {"iki": []}})[0]
    for k, v in list(sh.cells.items()):
        if isinstance(v, str) and "2026" in v:
            sh.cells[k] = v.replace("2026", "2025")
    # last year's results are filled
    ci = {k: i for i, k in enumerate(lay.cols, 1)}
    for r, c in list(sh.cells):
        if c == ci["iki"] and r > 14:
            sh.cells[(r, ci["capaian"])] = 100
            sh.cells[(r, ci["kategori"])] = "Baik"
    sh.hidden = True
    return sh


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keluaran", default=str(HERE / "kiriman"))
    ap.add_argument("--harapan", default=str(HERE / "harapan.json"))
    a = ap.parse_args()
    out = Path(a.keluaran)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    files = []
    for b in books():
        exp = {"isi": [], "boleh_isi": [], "cli": {"iki": []}}
        sheets = [skp_sheet(b.form, b.pegawai, b.penilai, b.rks)]
        if b.hidden_old:
            sheets.append(old_penilaian(b))
        sheets += build_penilaian(b, exp)
        path = out / b.file
        (write_xlsxwriter if b.writer == "xlsxwriter" else write_openpyxl)(path, sheets)
        if b.libreoffice:
            libreoffice_resave(path)
        files.append(
            {
                "file": b.file,
                "form": b.form,
                "writer": b.writer + (" + LibreOffice" if b.libreoffice else ""),
                "clean": b.clean,
                "situasi": b.traps,
                "sheet_penilaian": b.layout.sheet_name,
                "boleh_tolak": b.boleh_tolak,
                "harus_pesan": b.harus_pesan,
                **exp,
            }
        )
    Path(a.harapan).write_text(
        json.dumps({"set": "nyata_q", "files": files}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(files)} buku kerja di {out}")


if __name__ == "__main__":
    main()
