"""Generator set evaluasi tertahan ``nyata_o``: SKP yang diperiksa lewat tombol **Periksa SKP** server.

Dinas Lingkungan Hidup Kabupaten Bukit Kencana (fiktif). Setiap buku kerja ditulis seperti yang diisi
instansi (openpyxl atau XlsxWriter) dengan hal-hal yang berbeda antara berkas dan kiriman nilai klien VBA
xlwings: format angka bersatuan/persen/rupiah, tanggal, NIP teks 18 angka (terkirim sebagai angka JSON) dan
bertitik, sel gabungan, sheet tersembunyi, rumus dengan nilai tersimpan, ``#N/A``, tabel yang tidak mulai
di A1. ``muatan.py`` membentuk kiriman klien; ``ukur_server.py`` mengukur.

Usage: ``python buat.py [--keluaran DIR] [--harapan FILE]`` (bawaan: ``kiriman/`` dan ``harapan.json``
di samping berkas ini). Deterministik: tanpa acak, tanpa waktu saat ini.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
INSTANSI = "DINAS LINGKUNGAN HIDUP KABUPATEN BUKIT KENCANA"
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"

FMT = {
    "teks": "@",
    "persen": "0%",
    "laporan": '#,##0 "laporan"',
    "dokumen": '#,##0 "dokumen"',
    "kegiatan": '#,##0 "kegiatan"',
    "bulan": '0 "bulan"',
    "rupiah": '"Rp"#,##0',
    "tanggal": "d mmmm yyyy",
    "angka": "0",
    "desimal": "0.000",
}


@dataclass
class Rumus:
    """A formula with the value Excel computed and saved for it (what ``Range.Value`` returns)."""

    teks: str
    nilai: Any


@dataclass
class Lembar:
    nama: str
    sel: dict[tuple[int, int], tuple[Any, str | None]] = field(default_factory=dict)
    gabung: list[tuple[int, int, int, int]] = field(default_factory=list)
    tersembunyi: bool = False
    lebar: dict[int, float] = field(default_factory=dict)

    def tulis(self, r: int, c: int, nilai: Any, fmt: str | None = None) -> None:
        self.sel[(r, c)] = (nilai, fmt)

    def gabungkan(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.gabung.append((r1, c1, r2, c2))


def alamat(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


# ---------------------------------------------------------------------------------------------- people
ORANG = {
    "kadis": (
        "Ir. HENDRA SUSILO, M.Si.",
        "197205141998031006",
        "Pembina Utama Muda (IV/c)",
        "Kepala Dinas Lingkungan Hidup",
    ),
    "bupati": ("H. ABDUL MALIK, S.H.", "-", "-", "Bupati Bukit Kencana"),
    "sekda": (
        "Drs. MARZUKI HASAN, M.M.",
        "196807121994031008",
        "Pembina Utama Madya (IV/d)",
        "Sekretaris Daerah",
    ),
    "kabid_pp": (
        "RATNA JUWITA, S.T., M.T.",
        "197811232005012009",
        "Pembina (IV/a)",
        "Kepala Bidang Pengendalian Pencemaran",
    ),
    "kabid_ph": (
        "YUSUF MA'RUF, S.Hut.",
        "198004162006041011",
        "Pembina (IV/a)",
        "Kepala Bidang Pengelolaan Sampah",
    ),
    "sek": (
        "NURLELA SARI, S.E., M.Ak.",
        "197909302006042012",
        "Pembina Tingkat I (IV/b)",
        "Sekretaris Dinas",
    ),
    "kasubbag": (
        "ANDI PRATAMA, S.Sos.",
        "198502172010011015",
        "Penata Tingkat I (III/d)",
        "Kepala Subbagian Umum dan Kepegawaian",
    ),
    "staf1": (
        "DEWI ANGGRAINI, A.Md.",
        "199107082015032004",
        "Penata Muda Tingkat I (III/b)",
        "Pengadministrasi Perkantoran",
    ),
    "staf2": ("RIZAL FAHMI", "199304222019031007", "Pengatur (II/c)", "Pengelola Data Lingkungan"),
    "staf3": (
        "SITI MU'MINAH, S.Si.",
        "199512032020122011",
        "Penata Muda (III/a)",
        "Pengolah Data Kualitas Air",
    ),
    "staf4": ("BAYU SAPUTRA, S.T.", "198906182014021003", "Penata (III/c)", "Analis Pengelolaan Sampah"),
    "staf5": (
        "FITRI HANDAYANI, S.E.",
        "199002252015032006",
        "Penata Muda Tingkat I (III/b)",
        "Penyusun Rencana Anggaran",
    ),
    "jf1": (
        "Ir. BUDI HARTONO",
        "197601112002121004",
        "Penata Tingkat I (III/d)",
        "Pengendali Dampak Lingkungan Muda",
    ),
    "jf2": (
        "LESTARI WULANDARI, S.Si.",
        "199209172019032012",
        "Penata Muda Tingkat I (III/b)",
        "Pengendali Dampak Lingkungan Ahli Pertama",
    ),
    "jf3": ("AGUS SETIAWAN, S.Kom.", "198708052011011008", "Penata (III/c)", "Pranata Komputer Ahli Muda"),
    "jf4": (
        "MAYA MA'RUFAH, A.Md.",
        "199411252018022005",
        "Pengatur Tingkat I (II/d)",
        "Pengawas Lingkungan Hidup Terampil",
    ),
    "jf5": (
        "HERU WIBOWO, S.T.",
        "198212302008011002",
        "Penata Tingkat I (III/d)",
        "Pengendali Dampak Lingkungan Muda selaku Subkoordinator",
    ),
    "jf6": (
        "NINA MARLINA, S.Si.",
        "199006142015032003",
        "Penata (III/c)",
        "Pengawas Lingkungan Hidup Ahli Muda",
    ),
}
UNIT = {
    "pp": "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
    "ph": "Bidang Pengelolaan Sampah dan Limbah B3",
    "sek": "Sekretariat",
    "dinas": "Dinas Lingkungan Hidup Kabupaten Bukit Kencana",
    "pemda": "Pemerintah Kabupaten Bukit Kencana",
}


def nip_bertitik(nip: str) -> str:
    return f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}"


def nip_berspasi(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


# ------------------------------------------------------------------------------------------ the plans
# An IKI: (aspek, iki, target, fmt of target or None, kategori dict or None)
# target: a string as typed, or a number shown through fmt.
RK_KADIS = [
    (
        "Meningkatnya kualitas lingkungan hidup daerah",
        [("Indeks Kualitas Lingkungan Hidup", "68,5 indeks", None)],
    ),
    (
        "Meningkatnya pengelolaan sampah rumah tangga",
        [("Persentase sampah rumah tangga yang tertangani", "75 %", None)],
    ),
    ("Terwujudnya akuntabilitas kinerja dinas", [("Nilai SAKIP Dinas Lingkungan Hidup", "70 nilai", None)]),
]


def iki_kuantitas(iki: str, n: int, satuan: str) -> tuple[str, str, Any, str | None]:
    return ("Kuantitas", iki, f"{n} {satuan}", None)


@dataclass
class Rk:
    atasan: str
    teks: str
    iki: list[tuple[str, str, Any, str | None]]  # aspek, iki, target, fmt
    kategori: list[dict[str, Any]] | None = None  # one per IKI: level -> (value, fmt)
    pantau: tuple[str, str, str] | None = None


@dataclass
class Skp:
    berkas: str
    form: str
    penulis: str  # openpyxl | xlsxwriter
    pegawai: str
    penilai: str
    unit_pegawai: str
    unit_penilai: str
    utama: list[Rk]
    tambahan: list[Rk]
    nip_pegawai: Any = None  # overrides the text NIP as written
    nip_penilai: Any = None
    jabatan_pegawai: str | None = None
    baris0: int = 1  # first row of the title
    kolom0: int = 1  # first column of the form
    periode: str | tuple[Any, Any] = PERIODE
    kategori_label: tuple[str, ...] = ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")
    rk_atasan_gabung: bool = False
    nomor_kolom: bool = True
    sheet_skp: str = "SKP"
    lembar_tambahan: list[str] = field(default_factory=list)
    manual: list[dict[str, str]] | None = None
    ak: list[tuple[int, str, str, Any, str | None]] | None = None  # rk index, butir, output, ak, fmt
    penilaian: list[tuple[Any, str | None]] | None = None  # realisasi per IKI
    penilaian_rumus: bool = False
    cacat: list[dict[str, Any]] = field(default_factory=list)
    manual_kosong: list[tuple[int, str]] = field(default_factory=list)
    unit_lanjut: str | None = None  # the pegawai's unit kerja continued on the next row
    kolom_reviu: bool = False  # the agency's REVIU column of check boxes (TRUE/FALSE) beside the table
    catatan: str = ""
    tanggal_ttd: Any = "Bukit Kencana, 2 Januari 2026"
    # cells filled when the plan is laid out (sheet, role) -> address
    letak: dict[str, str] = field(default_factory=dict)


def _jenis(form: str) -> str:
    return form.split("-")[0]


# ----------------------------------------------------------------------------------------- lay-out
def _identitas(sh: Lembar, skp: Skp, r: int, c: int) -> int:
    """Two blocks side by side (SPEC §3.1): pegawai in columns c..c+2, penilai in c+3..c+5."""
    peg, pen = ORANG[skp.pegawai], ORANG[skp.penilai]
    jpt = _jenis(skp.form) == "jpt"
    sh.tulis(r, c, "NO")
    sh.tulis(r, c + 1, "PEGAWAI YANG DINILAI")
    sh.gabungkan(r, c + 1, r, c + 2)
    sh.tulis(r, c + 3, "NO")
    sh.tulis(r, c + 4, "PEJABAT PENILAI KINERJA")
    sh.gabungkan(r, c + 4, r, c + 5)
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    values_p = [
        peg[0],
        peg[1],
        peg[2],
        skp.jabatan_pegawai if skp.jabatan_pegawai is not None else peg[3],
        skp.unit_pegawai,
    ]
    values_q = [pen[0], pen[1], pen[2], pen[3], skp.unit_penilai]
    if skp.nip_pegawai is not None:
        values_p[1] = skp.nip_pegawai
    if skp.nip_penilai is not None:
        values_q[1] = skp.nip_penilai
    for i, lab in enumerate(labels):
        rr = r + 1 + i
        sh.tulis(rr, c, i + 1)
        sh.tulis(rr, c + 1, lab)
        vp = values_p[i]
        fmt_p = "angka" if isinstance(vp, (int, float)) and i == 1 else ("teks" if i == 1 else None)
        if vp != "":
            sh.tulis(rr, c + 2, vp, fmt_p)
        sh.tulis(rr, c + 3, i + 1)
        sh.tulis(rr, c + 4, "INSTANSI" if (jpt and i == 4) else lab)
        sh.tulis(rr, c + 5, values_q[i], "teks" if i == 1 else None)
        skp.letak[f"pegawai.{lab}"] = alamat(rr, c + 2)
        skp.letak[f"penilai.{lab}"] = alamat(rr, c + 5)
    if skp.unit_lanjut:
        sh.tulis(r + 6, c + 2, skp.unit_lanjut)
    return r + 6


def _kepala(sh: Lembar, skp: Skp, judul: str) -> tuple[int, int]:
    r, c = skp.baris0, skp.kolom0
    sh.tulis(r, c, judul)
    sh.tulis(r + 1, c, INSTANSI)
    if isinstance(skp.periode, tuple):
        sh.tulis(r + 2, c, "PERIODE PENILAIAN")
        sh.tulis(r + 2, c + 2, skp.periode[0], "tanggal")
        sh.tulis(r + 2, c + 3, "s.d.")
        sh.tulis(r + 2, c + 4, skp.periode[1], "tanggal")
        skp.letak["periode"] = alamat(r + 2, c + 2)
        skp.letak["periode.label"] = alamat(r + 2, c)
        skp.letak["periode.akhir"] = alamat(r + 2, c + 4)
    else:
        sh.tulis(r + 2, c, skp.periode)
        skp.letak["periode"] = alamat(r + 2, c)
    return _identitas(sh, skp, r + 4, c), c


def _kaki(sh: Lembar, skp: Skp, r: int, c: int, kolom_kanan: int) -> None:
    peg, pen = ORANG[skp.pegawai], ORANG[skp.penilai]
    r += 1
    sh.tulis(r, kolom_kanan, skp.tanggal_ttd, "tanggal" if isinstance(skp.tanggal_ttd, dt.date) else None)
    sh.tulis(r + 1, c + 1, "Pegawai yang Dinilai")
    sh.tulis(r + 1, kolom_kanan, "Pejabat Penilai Kinerja")
    sh.tulis(r + 5, c + 1, peg[0])
    sh.tulis(r + 5, kolom_kanan, pen[0])
    sh.tulis(r + 6, c + 1, f"NIP. {nip_berspasi(peg[1])}")
    if pen[1] != "-":
        sh.tulis(r + 6, kolom_kanan, f"NIP. {nip_berspasi(pen[1])}")


def _skp_sheet(skp: Skp) -> Lembar:
    sh = Lembar(skp.sheet_skp)
    jenis, model = skp.form.split("-")
    peng = model == "pengembangan"
    r, c = _kepala(sh, skp, "RENCANA SASARAN KINERJA PEGAWAI")
    r += 1
    if jenis == "jpt":
        cols = (["PERSPEKTIF"] if peng else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    else:
        cols = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    col = {name: c + i for i, name in enumerate(cols)}
    last = c + len(cols) - 1
    kat_cols: dict[str, int] = {}
    pantau_cols: dict[str, int] = {}
    two_rows = peng and jenis != "jpt"
    for name, cc in col.items():
        sh.tulis(r, cc, name)
        if two_rows:
            sh.gabungkan(r, cc, r + 1, cc)
    if two_rows:
        sh.tulis(r, last + 1, "KATEGORI PENILAIAN")
        for i, lab in enumerate(skp.kategori_label):
            kat_cols[lab] = last + 1 + i
            sh.tulis(r + 1, last + 1 + i, lab)
        sh.gabungkan(r, last + 1, r, last + len(skp.kategori_label))
        last += len(skp.kategori_label)
        sh.tulis(r, last + 1, "CARA MEMANTAU KINERJA")
        for i, lab in enumerate(("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")):
            pantau_cols[lab] = last + 1 + i
            sh.tulis(r + 1, last + 1 + i, lab)
        sh.gabungkan(r, last + 1, r, last + 3)
        last += 3
        r += 1
    reviu = last + 1 if skp.kolom_reviu else None
    if reviu:
        sh.tulis(r, reviu, "REVIU OLEH PENGELOLA KINERJA")
    r += 1
    if skp.nomor_kolom:
        for i in range(c, last + 1):
            sh.tulis(r, i, f"({i - c + 1})")
        r += 1
    skp.letak["kolom"] = json.dumps(
        {k: get_column_letter(v) for k, v in {**col, **kat_cols, **pantau_cols}.items()}
    )
    for grup, rks in (("A. KINERJA UTAMA", skp.utama), ("B. KINERJA TAMBAHAN", skp.tambahan)):
        sh.tulis(r, c, grup)
        sh.gabungkan(r, c, r, last)
        r += 1
        atasan_start: int | None = None
        for n, rk in enumerate(rks, 1):
            key = "utama" if grup.startswith("A") else "tambahan"
            r_start = r
            for j, (aspek, iki, target, fmt) in enumerate(rk.iki):
                rr = r + j
                if jenis == "jpt":
                    sh.tulis(rr, col["INDIKATOR KINERJA INDIVIDU"], iki)
                else:
                    if aspek is not None:
                        sh.tulis(rr, col["ASPEK"], aspek)
                    sh.tulis(rr, col["INDIKATOR KINERJA INDIVIDU"], iki)
                if target is not None:
                    sh.tulis(rr, col["TARGET"], target, fmt)
                skp.letak[f"{key}{n}.iki{j + 1}.aspek"] = alamat(rr, col.get("ASPEK", c))
                skp.letak[f"{key}{n}.iki{j + 1}.iki"] = alamat(rr, col["INDIKATOR KINERJA INDIVIDU"])
                skp.letak[f"{key}{n}.iki{j + 1}.target"] = alamat(rr, col["TARGET"])
                if reviu:
                    sh.tulis(rr, reviu, key == "utama")
                if rk.kategori is not None and kat_cols:
                    for lab, cc in kat_cols.items():
                        v = rk.kategori[j].get(lab)
                        if v is not None:
                            val, f = v if isinstance(v, tuple) else (v, None)
                            sh.tulis(rr, cc, val, f)
                        skp.letak[f"{key}{n}.iki{j + 1}.{lab}"] = alamat(rr, cc)
            r_end = r + len(rk.iki) - 1
            sh.tulis(r_start, col["NO"], n)
            sh.tulis(r_start, col["RENCANA KINERJA"], rk.teks)
            sh.gabungkan(r_start, col["RENCANA KINERJA"], r_end, col["RENCANA KINERJA"])
            sh.gabungkan(r_start, col["NO"], r_end, col["NO"])
            skp.letak[f"{key}{n}.rk"] = alamat(r_start, col["RENCANA KINERJA"])
            if jenis != "jpt":
                atasan_col = col["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"]
                skp.letak[f"{key}{n}.atasan"] = alamat(r_start, atasan_col)
                same_as_prev = (
                    skp.rk_atasan_gabung and n > 1 and key == "utama" and rk.atasan == rks[n - 2].atasan
                )
                if same_as_prev and atasan_start is not None:
                    # one merged RK atasan cell over every RK that intervenes it
                    sh.gabung = [g for g in sh.gabung if not (g[0] == atasan_start and g[1] == atasan_col)]
                    sh.gabungkan(atasan_start, atasan_col, r_end, atasan_col)
                else:
                    if rk.atasan:
                        sh.tulis(r_start, atasan_col, rk.atasan)
                    sh.gabungkan(r_start, atasan_col, r_end, atasan_col)
                    atasan_start = r_start
            if jenis == "jpt" and peng:
                pcol = col["PERSPEKTIF"]
                skp.letak[f"{key}{n}.perspektif"] = alamat(r_start, pcol)
                if key != "utama" or n == 1 or rks[n - 2].atasan != rk.atasan:
                    # rk.atasan holds the perspektif for JPT; a run of equal ones is one merged cell
                    run = 0
                    for x in rks[n - 1 :]:
                        if x.atasan != rk.atasan or key != "utama":
                            break
                        run += len(x.iki)
                    if rk.atasan:
                        sh.tulis(r_start, pcol, rk.atasan)
                    sh.gabungkan(r_start, pcol, r_start + max(run, len(rk.iki)) - 1, pcol)
            if rk.pantau is not None and pantau_cols:
                for lab, v in zip(("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"), rk.pantau, strict=False):
                    cc = pantau_cols[lab]
                    if v:
                        sh.tulis(r_start, cc, v, "tanggal" if isinstance(v, dt.date) else None)
                    sh.gabungkan(r_start, cc, r_end, cc)
                    skp.letak[f"{key}{n}.{lab}"] = alamat(r_start, cc)
            r = r_end + 1
    _kaki(sh, skp, r, c, max(c + 4, last - 1))
    for i in range(c, last + 1):
        sh.lebar[i] = 14
    sh.lebar[col["RENCANA KINERJA"]] = 40
    sh.lebar[col["INDIKATOR KINERJA INDIVIDU"]] = 40
    return sh


def _manual_isi(skp: Skp) -> list[dict[str, str]]:
    """One Manual IKI block per IKI of the plan (Kinerja Utama and Tambahan), every field filled."""
    out = []
    for rk in skp.utama + skp.tambahan:
        for _, iki, target, fmt in rk.iki:
            satuan = "persen" if fmt == "persen" else str(target).split()[-1]
            out.append(
                {
                    "RENCANA KINERJA": rk.teks,
                    "DESKRIPSI RENCANA KINERJA": f"Capaian: {rk.teks.lower()}",
                    "INDIKATOR KINERJA INDIVIDU": iki,
                    "DEFINISI IKI": f"Ukuran {iki.lower()}",
                    "FORMULA": "Realisasi dibandingkan dengan target tahunan",
                    "TUJUAN": "Mengukur keberhasilan rencana kinerja",
                    "SATUAN PENGUKURAN": satuan,
                    "JENIS ASPEK TARGET": "Kuantitas",
                    "TINGKAT KENDALI IKI": "Moderate",
                    "SUMBER DATA": "Bidang teknis terkait",
                    "PERIODE PELAPORAN": "Tahunan",
                }
            )
    for k, name in skp.manual_kosong:
        out[k - 1][name] = ""
    return out


def _manual_sheet(skp: Skp) -> Lembar:
    sh = Lembar("Manual IKI")
    sh.tulis(1, 1, "MANUAL INDIKATOR KINERJA")
    r = 3
    fields = [
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
    for k, m in enumerate(_manual_isi(skp), 1):
        sh.tulis(r, 1, f"IKI {k}")
        r += 1
        for i, name in enumerate(fields):
            sh.tulis(r, 1, i + 1)
            sh.tulis(r, 2, name)
            if m.get(name):
                sh.tulis(r, 3, m[name])
            skp.letak[f"manual{k}.{name}"] = alamat(r, 3)
            r += 1
        r += 1
    sh.lebar[2] = 30
    sh.lebar[3] = 70
    return sh


def _ak_sheet(skp: Skp, rumus: bool) -> Lembar:
    sh = Lembar("Keterkaitan AK")
    peg = ORANG[skp.pegawai]
    sh.tulis(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.tulis(2, 1, INSTANSI)
    sh.tulis(3, 1, "TANGGAL PENGAJUAN")
    sh.tulis(3, 3, dt.date(2026, 1, 5), "tanggal")
    sh.tulis(4, 1, "NAMA")
    sh.tulis(5, 1, "NIP")
    sh.tulis(6, 1, "JABATAN")
    nip_cell = skp.letak["pegawai.NIP"]
    nama_cell = skp.letak["pegawai.NAMA"]
    jab_cell = skp.letak["pegawai.JABATAN"]
    q = f"'{skp.sheet_skp.replace(chr(39), chr(39) * 2)}'"
    nipv = skp.nip_pegawai if skp.nip_pegawai is not None else peg[1]
    jab = skp.jabatan_pegawai if skp.jabatan_pegawai is not None else peg[3]
    if rumus:
        sh.tulis(4, 3, Rumus(f"={q}!{nama_cell}", peg[0]))
        sh.tulis(5, 3, Rumus(f"={q}!{nip_cell}", nipv), "teks")
        sh.tulis(6, 3, Rumus(f"={q}!{jab_cell}", jab))
    else:
        sh.tulis(4, 3, peg[0])
        sh.tulis(5, 3, nipv, "teks")
        sh.tulis(6, 3, jab)
    r = 8
    for i, name in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        sh.tulis(r, 1 + i, name)
    if rumus:
        sh.tulis(r, 7, "KODE JABATAN")  # an agency's helper column (a lookup that failed)
    r += 1
    sh.tulis(r, 1, "KINERJA UTAMA")
    sh.gabungkan(r, 1, r, 5)
    r += 1
    by_rk: dict[int, list] = {}
    for item in skp.ak or []:
        by_rk.setdefault(item[0], []).append(item)
    for k, rows in sorted(by_rk.items()):
        rk = skp.utama[k - 1]
        sh.tulis(r, 1, k)
        sh.tulis(r, 2, Rumus(f"={q}!{skp.letak[f'utama{k}.rk']}", rk.teks) if rumus else rk.teks)
        sh.gabungkan(r, 1, r + len(rows) - 1, 1)
        sh.gabungkan(r, 2, r + len(rows) - 1, 2)
        skp.letak[f"ak.rk{k}"] = alamat(r, 2)
        for j, (_, butir, output, ak, fmt) in enumerate(rows):
            sh.tulis(r + j, 3, butir)
            sh.tulis(r + j, 4, output)
            if ak is not None:
                sh.tulis(r + j, 5, ak, fmt)
            skp.letak[f"ak.rk{k}.butir{j + 1}"] = alamat(r + j, 5)
            if rumus:
                sh.tulis(r + j, 7, Rumus(f"=VLOOKUP(C{r + j},Data!A:B,2,FALSE)", "#N/A"))
        r += len(rows)
    sh.lebar[2] = 40
    sh.lebar[3] = 40
    return sh


def _nilai_iki(capaian: int) -> tuple[str, float]:
    """SPEC §6.2 for a whole-percent capaian."""
    if capaian > 110:
        return "Sangat Baik", 120.0
    if capaian >= 101:
        return "Sangat Baik", round(110 + (120 - 110) / (110 - 101) * (capaian - 101), 2)
    if capaian == 100:
        return "Baik", 109.0
    if capaian >= 80:
        return "Cukup", round(70 + (89 - 70) / (99 - 80) * (capaian - 80), 2)
    if capaian >= 60:
        return "Kurang", round(50 + (69 - 50) / (79 - 60) * (capaian - 60), 2)
    return "Sangat Kurang", round(capaian / 59 * 49, 2)


def _penilaian_sheet(skp: Skp) -> Lembar:
    """Penilaian (SPEC §3.8): TARGET as a number with its satuan format (the same number as the plan),
    REALISASI typed the same way, CAPAIAN IKI either a formula formatted as percent or typed."""
    sh = Lembar("Penilaian")
    jenis = _jenis(skp.form)
    peg, pen = ORANG[skp.pegawai], ORANG[skp.penilai]
    sh.tulis(1, 1, "PENILAIAN SASARAN KINERJA PEGAWAI")
    sh.tulis(2, 1, INSTANSI)
    sh.tulis(3, 1, PERIODE)
    r = 5
    sh.tulis(r, 1, "NO")
    sh.tulis(r, 2, "PEGAWAI YANG DINILAI")
    sh.tulis(r, 4, "NO")
    sh.tulis(r, 5, "PEJABAT PENILAI KINERJA")
    for i, (lab, a, b) in enumerate(
        zip(
            ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"],
            [peg[0], peg[1], peg[2], peg[3], skp.unit_pegawai],
            [pen[0], pen[1], pen[2], pen[3], skp.unit_penilai],
            strict=False,
        )
    ):
        sh.tulis(r + 1 + i, 1, i + 1)
        sh.tulis(r + 1 + i, 2, lab)
        sh.tulis(r + 1 + i, 3, a, "teks" if i == 1 else None)
        sh.tulis(r + 1 + i, 4, i + 1)
        sh.tulis(r + 1 + i, 5, "INSTANSI" if (jenis == "jpt" and i == 4) else lab)
        sh.tulis(r + 1 + i, 6, b, "teks" if i == 1 else None)
    r += 7
    if jenis == "jpt":
        cols = [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
        ]
    else:
        cols = [
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
        ]
    col = {name: 1 + i for i, name in enumerate(cols)}
    for name, cc in col.items():
        sh.tulis(r, cc, name)
    r += 1
    sh.tulis(r, 1, "A. KINERJA UTAMA")
    r += 1
    k = 0
    for n, rk in enumerate(skp.utama, 1):
        r_start = r
        for j, (aspek, iki, target, fmt) in enumerate(rk.iki):
            real, real_fmt = skp.penilaian[k]
            k += 1
            if isinstance(target, (int, float)):
                num_target, unit_fmt = target, fmt
            else:
                num_target = float(str(target).split()[0].replace(",", "."))
                unit_fmt = _fmt_for(str(target))
                if unit_fmt == "persen":
                    num_target /= 100
            if jenis != "jpt":
                sh.tulis(r, col["ASPEK"], aspek)
            sh.tulis(r, col["INDIKATOR KINERJA INDIVIDU"], iki)
            sh.tulis(r, col["TARGET"], num_target, unit_fmt)
            skp.letak[f"nilai.utama{n}.iki{j + 1}.target"] = alamat(r, col["TARGET"])
            skp.letak[f"nilai.utama{n}.iki{j + 1}.realisasi"] = alamat(r, col["REALISASI"])
            skp.letak[f"nilai.utama{n}.iki{j + 1}.capaian"] = alamat(r, col["CAPAIAN IKI"])
            if real is not None:
                sh.tulis(r, col["REALISASI"], real, real_fmt or unit_fmt)
                waktu = aspek == "Waktu"
                ratio = (1 + (1 - real / num_target)) if waktu else real / num_target
                cap = int(ratio * 100 + 0.5 + 1e-9)
                kat, nilai = _nilai_iki(cap)
                t_addr, r_addr = alamat(r, col["TARGET"]), alamat(r, col["REALISASI"])
                if skp.penilaian_rumus:
                    formula = f"=(1+(1-{r_addr}/{t_addr}))" if waktu else f"={r_addr}/{t_addr}"
                    sh.tulis(r, col["CAPAIAN IKI"], Rumus(formula, ratio), "persen")
                else:
                    sh.tulis(r, col["CAPAIAN IKI"], f"{cap} %")
                sh.tulis(r, col["KATEGORI CAPAIAN IKI"], kat)
                sh.tulis(r, col["NILAI CAPAIAN IKI"], nilai)
            r += 1
        r_end = r - 1
        sh.tulis(r_start, col["NO"], n)
        sh.tulis(r_start, col["RENCANA KINERJA"], rk.teks)
        sh.gabungkan(r_start, col["RENCANA KINERJA"], r_end, col["RENCANA KINERJA"])
        if jenis != "jpt":
            ac = col["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"]
            sh.tulis(r_start, ac, rk.atasan)
            sh.gabungkan(r_start, ac, r_end, ac)
    return sh


def _fmt_for(target: str) -> str | None:
    unit = target.split()[-1] if " " in target else ""
    return {
        "laporan": "laporan",
        "dokumen": "dokumen",
        "kegiatan": "kegiatan",
        "bulan": "bulan",
        "%": "persen",
    }.get(unit)


def _data_sheet() -> Lembar:
    sh = Lembar("Data", tersembunyi=True)
    for i, a in enumerate(("Kuantitas", "Kualitas", "Waktu", "Biaya"), 1):
        sh.tulis(i, 1, a)
    for i, p in enumerate(("Penata Muda (III/a)", "Penata Muda Tingkat I (III/b)", "Penata (III/c)"), 1):
        sh.tulis(i, 3, p)
    return sh


def _conf_sheet() -> Lembar:
    sh = Lembar("xlwings.conf", tersembunyi=True)
    sh.tulis(1, 1, "SKP_SERVER")
    sh.tulis(1, 2, "https://skp.dlh.bukitkencana.go.id")
    sh.tulis(2, 1, "AUTH")
    sh.tulis(2, 2, "token-instansi-bukit-kencana")
    sh.tulis(3, 1, "EXCLUDE")
    sh.tulis(3, 2, "xlwings.conf")
    return sh


def _template_copy(skp: Skp) -> Lembar:
    """An unfilled copy of the form that the agency keeps hidden for the next employee."""
    sh = Lembar("Format Kosong", tersembunyi=True)
    sh.tulis(1, 1, "RENCANA SASARAN KINERJA PEGAWAI")
    sh.tulis(2, 1, "[nama instansi]")
    sh.tulis(3, 1, "PERIODE PENILAIAN: ..................")
    for i, lab in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]):
        sh.tulis(6 + i, 1, i + 1)
        sh.tulis(6 + i, 2, lab)
        sh.tulis(6 + i, 3, "....................")
    return sh


def lembar_semua(skp: Skp) -> list[Lembar]:
    out = [_skp_sheet(skp)]
    if skp.manual is not None:
        out.append(_manual_sheet(skp))
    if skp.ak is not None:
        out.append(_ak_sheet(skp, rumus=skp.penulis == "xlsxwriter"))
    if skp.penilaian is not None:
        out.append(_penilaian_sheet(skp))
    for extra in skp.lembar_tambahan:
        out.append({"data": _data_sheet, "conf": _conf_sheet}.get(extra, lambda: _template_copy(skp))())
    return out


# ------------------------------------------------------------------------------------------- writers
def tulis_openpyxl(path: Path, sheets: list[Lembar]) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.nama)
        for (r, c), (v, f) in sorted(sh.sel.items()):
            cell = ws.cell(r, c)
            cell.value = v.nilai if isinstance(v, Rumus) else v
            if f:
                cell.number_format = FMT[f]
        for g in sh.gabung:
            ws.merge_cells(start_row=g[0], start_column=g[1], end_row=g[2], end_column=g[3])
        for c, w in sh.lebar.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        if sh.tersembunyi:
            ws.sheet_state = "hidden"
    wb.save(path)


def tulis_xlsxwriter(path: Path, sheets: list[Lembar]) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2026, 1, 2, 8, 0, 0)})
    formats = {k: wb.add_format({"num_format": v}) for k, v in FMT.items()}
    for sh in sheets:
        ws = wb.add_worksheet(sh.nama)
        covered = set()
        for g in sh.gabung:
            v, f = sh.sel.get((g[0], g[1]), (None, None))
            fm = formats[f] if f else None
            ws.merge_range(g[0] - 1, g[1] - 1, g[2] - 1, g[3] - 1, "", fm)
            for r in range(g[0], g[2] + 1):
                for c in range(g[1], g[3] + 1):
                    covered.add((r, c))
        for (r, c), (v, f) in sorted(sh.sel.items()):
            if (r, c) in covered and not any((g[0], g[1]) == (r, c) for g in sh.gabung):
                continue
            fm = formats[f] if f else None
            rr, cc = r - 1, c - 1
            if isinstance(v, Rumus):
                ws.write_formula(rr, cc, v.teks, fm, v.nilai)
            elif isinstance(v, bool):
                ws.write_boolean(rr, cc, v, fm)
            elif isinstance(v, (int, float)):
                ws.write_number(rr, cc, v, fm)
            elif isinstance(v, (dt.date, dt.datetime)):
                ws.write_datetime(
                    rr, cc, dt.datetime.combine(v, dt.time()) if not isinstance(v, dt.datetime) else v, fm
                )
            else:
                ws.write_string(rr, cc, str(v), fm)
        for c, w in sh.lebar.items():
            ws.set_column(c - 1, c - 1, w)
        if sh.tersembunyi:
            ws.hide()
    wb.close()


# -------------------------------------------------------------------------------------------- the set
def kat5(target_n: int, satuan: str, naik: bool = True) -> dict[str, Any]:
    """Five levels for a count target (BAIK = the target)."""
    if naik and target_n <= 4:
        return {
            "CUKUP": f"{target_n - 1} {satuan}",
            "BAIK": f"{target_n} {satuan}",
            "SANGAT BAIK": f"> {target_n} {satuan}",
        }
    if naik:
        return {
            "SANGAT KURANG": f"< {max(target_n // 2, 1)} {satuan}",
            "KURANG": f"{max(target_n // 2, 1)} - {target_n * 3 // 4} {satuan}",
            "CUKUP": f"{target_n * 3 // 4 + 1} - {target_n - 1} {satuan}",
            "BAIK": f"{target_n} {satuan}",
            "SANGAT BAIK": f"> {target_n} {satuan}",
        }
    return {
        "SANGAT KURANG": f"> {target_n + 3} {satuan}",
        "KURANG": f"{target_n + 2} - {target_n + 3} {satuan}",
        "CUKUP": f"{target_n + 1} {satuan}",
        "BAIK": f"{target_n} {satuan}",
        "SANGAT BAIK": f"< {target_n} {satuan}",
    }


def kat_persen5(t: int) -> dict[str, Any]:
    return {
        "SANGAT KURANG": f"< {t - 30} %",
        "KURANG": f"{t - 30} - {t - 21} %",
        "CUKUP": f"{t - 20} - {t - 1} %",
        "BAIK": f"{t} %",
        "SANGAT BAIK": f"> {t} %",
    }


def buat_set() -> list[Skp]:
    S: list[Skp] = []
    atasan_pp = "Meningkatnya kualitas air sungai di wilayah Kabupaten Bukit Kencana"
    atasan_pp2 = "Terkendalinya pencemaran udara dari sumber tidak bergerak"
    atasan_ph = "Meningkatnya pengelolaan sampah rumah tangga"
    atasan_sek = "Terwujudnya pelayanan administrasi dinas yang tertib"

    def ja_rks(atasan: str, pantau: bool = False) -> list[Rk]:
        return [
            Rk(
                atasan,
                "Data hasil pemantauan kualitas air sungai tersaji tepat waktu",
                [
                    ("Kuantitas", "Jumlah laporan hasil pemantauan kualitas air sungai", "12 laporan", None),
                    ("Kualitas", "Persentase data pemantauan yang lolos verifikasi", "90 %", None),
                    ("Waktu", "Waktu penyampaian laporan pemantauan", "12 bulan", None),
                ],
                pantau=("Laporan pemantauan", "Aplikasi SIMLH", "Setiap bulan") if pantau else None,
            ),
            Rk(
                atasan,
                "Basis data titik pantau kualitas air yang mutakhir",
                [
                    ("Kuantitas", "Jumlah titik pantau yang datanya dimutakhirkan", "24 titik", None),
                    ("Waktu", "Waktu pemutakhiran basis data titik pantau", "12 bulan", None),
                ],
                pantau=("Basis data titik pantau", "Bidang PPKL", "Setiap triwulan") if pantau else None,
            ),
        ]

    def tambahan(pantau: bool = False) -> list[Rk]:
        return [
            Rk(
                "",
                "Sertifikat pelatihan pengelolaan data lingkungan",
                [("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", "1 sertifikat", None)],
                pantau=("Sertifikat", "Penyelenggara pelatihan", "Desember 2026") if pantau else None,
            )
        ]

    # 1 JA dasar, clean, openpyxl, text targets, merged RK cells
    S.append(
        Skp(
            "01-ja-dasar-bersih-teks.xlsx",
            "ja-dasar",
            "openpyxl",
            "staf2",
            "kabid_pp",
            UNIT["pp"],
            UNIT["pp"],
            ja_rks(atasan_pp),
            tambahan(),
        )
    )
    # 2 JA dasar, clean, XlsxWriter: targets are numbers formatted with their satuan / percent
    s = Skp(
        "02-ja-dasar-bersih-format-satuan.xlsx",
        "ja-dasar",
        "xlsxwriter",
        "staf3",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        ja_rks(atasan_pp),
        tambahan(),
    )
    s.utama[0].iki = [
        ("Kuantitas", "Jumlah laporan hasil pemantauan kualitas air sungai", 12, "laporan"),
        ("Kualitas", "Persentase data pemantauan yang lolos verifikasi", 0.9, "persen"),
        ("Waktu", "Waktu penyampaian laporan pemantauan", 12, "bulan"),
    ]
    s.utama[1].iki = [
        ("Kuantitas", "Jumlah dokumen basis data titik pantau yang dimutakhirkan", 4, "dokumen"),
        ("Waktu", "Waktu pemutakhiran basis data titik pantau", 12, "bulan"),
    ]
    s.catatan = "target angka berformat '#,##0 \"laporan\"', '0 \"bulan\"' dan persen"
    S.append(s)
    # 3 JA dasar, clean: one RK atasan cell merged over both RKs, period as two date cells, form at B3
    s = Skp(
        "03-ja-dasar-bersih-rk-atasan-gabung.xlsx",
        "ja-dasar",
        "openpyxl",
        "staf1",
        "kasubbag",
        UNIT["sek"],
        UNIT["sek"],
        [
            Rk(
                atasan_sek,
                "Surat masuk dan keluar tercatat dalam aplikasi persuratan",
                [
                    ("Kuantitas", "Jumlah laporan rekapitulasi surat", "12 laporan", None),
                    ("Kualitas", "Persentase surat yang terdistribusi tanpa salah alamat", "95 %", None),
                    ("Waktu", "Waktu penyusunan laporan rekapitulasi surat", "12 bulan", None),
                ],
            ),
            Rk(
                atasan_sek,
                "Arsip aktif sekretariat tertata sesuai klasifikasi",
                [
                    ("Kuantitas", "Jumlah berkas arsip aktif yang tertata", "300 berkas", None),
                    ("Waktu", "Waktu penataan arsip aktif", "12 bulan", None),
                ],
            ),
        ],
        tambahan(),
        rk_atasan_gabung=True,
        baris0=3,
        kolom0=2,
        periode=(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        tanggal_ttd=dt.date(2026, 1, 2),
    )
    s.catatan = "RK atasan satu sel digabung melintasi dua RK; periode dua sel tanggal; formulir mulai di B3"
    S.append(s)
    # 4 JA dasar, defect: an IKI without target (XlsxWriter, NIP with spaces)
    s = Skp(
        "04-ja-dasar-cacat-target-kosong.xlsx",
        "ja-dasar",
        "xlsxwriter",
        "staf4",
        "kabid_ph",
        UNIT["ph"],
        UNIT["ph"],
        [
            Rk(
                atasan_ph,
                "Bank sampah unit di kelurahan terbina dan aktif",
                [
                    ("Kuantitas", "Jumlah bank sampah unit yang aktif", 15, "kegiatan"),
                    ("Kualitas", "Persentase bank sampah yang melapor setiap bulan", None, None),
                    ("Waktu", "Waktu pembinaan bank sampah", 12, "bulan"),
                ],
            ),
            Rk(
                atasan_ph,
                "Data timbulan sampah kecamatan tersaji akurat",
                [
                    ("Kuantitas", "Jumlah laporan timbulan sampah", 12, "laporan"),
                    ("Waktu", "Waktu penyampaian laporan timbulan sampah", 12, "bulan"),
                ],
            ),
        ],
        tambahan(),
        nip_pegawai=nip_berspasi(ORANG["staf4"][1]),
    )
    s.cacat = [{"code": "iki-tanpa-target", "at": "utama1.iki2.target"}]
    S.append(s)
    # 5 JA dasar, clean: the NIP written with dots
    s = Skp(
        "05-ja-dasar-bersih-nip-bertitik.xlsx",
        "ja-dasar",
        "xlsxwriter",
        "staf5",
        "sek",
        UNIT["sek"],
        UNIT["sek"],
        [
            Rk(
                atasan_sek,
                "Dokumen rencana anggaran dinas tersusun tepat waktu",
                [
                    ("Kuantitas", "Jumlah dokumen rencana kerja dan anggaran", "2 dokumen", None),
                    ("Waktu", "Waktu penyelesaian dokumen rencana kerja dan anggaran", "3 bulan", None),
                ],
            )
        ],
        tambahan(),
        nip_pegawai=nip_bertitik(ORANG["staf5"][1]),
        nip_penilai=nip_bertitik(ORANG["sek"][1]),
    )
    s.catatan = "NIP pegawai dan penilai ditulis bertitik"
    S.append(s)
    # 6 JA dasar, defect: NIP typed as a number (digits lost) and an aspek that is not one of four
    s = Skp(
        "06-ja-dasar-cacat-nip-angka.xlsx",
        "ja-dasar",
        "openpyxl",
        "staf2",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        ja_rks(atasan_pp2),
        tambahan(),
        nip_pegawai=float(ORANG["staf2"][1][:15] + "000"),
    )
    s.utama[1].iki = [
        ("Kuantitas", "Jumlah titik pantau yang datanya dimutakhirkan", "24 titik", None),
        ("Ketepatan", "Waktu pemutakhiran basis data titik pantau", "12 bulan", None),
    ]
    s.cacat = [
        {"code": "nip-tidak-valid", "at": "pegawai.NIP"},
        {"code": "aspek-tidak-valid", "at": "utama2.iki2.aspek"},
    ]
    S.append(s)

    # JA pengembangan
    def ja_peng_rks(atasan: str) -> list[Rk]:
        rks = ja_rks(atasan, pantau=True)
        rks[0].kategori = [kat5(12, "laporan"), kat_persen5(90), kat5(12, "bulan", naik=False)]
        rks[1].kategori = [kat5(24, "titik"), kat5(12, "bulan", naik=False)]
        return rks

    def tambahan_peng() -> list[Rk]:
        t = tambahan(pantau=True)
        t[0].kategori = [{"BAIK": "1 sertifikat", "SANGAT BAIK": "2 sertifikat"}]
        return t

    s = Skp(
        "07-ja-pengembangan-bersih-lima-kategori.xlsx",
        "ja-pengembangan",
        "xlsxwriter",
        "staf3",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        ja_peng_rks(atasan_pp),
        tambahan_peng(),
        lembar_tambahan=["data", "conf"],
    )
    s.tambahan[0].pantau = ("Sertifikat", "Penyelenggara pelatihan", dt.date(2026, 12, 31))
    s.catatan = (
        "lima kategori; cara memantau digabung per RK; WAKTU PENGUMPULAN berupa sel tanggal; "
        "sheet Data dan xlwings.conf tersembunyi"
    )
    S.append(s)
    # 8 JA pengembangan, clean: CUKUP and SANGAT BAIK only, TARGET/BAIK; percent numbers throughout
    rks = [
        Rk(
            atasan_sek,
            "Layanan kepegawaian dinas terselesaikan sesuai standar",
            [
                ("Kuantitas", "Jumlah usulan layanan kepegawaian yang diproses", "120 usulan", None),
                ("Kualitas", "Persentase usulan yang selesai tanpa pengembalian berkas", 0.9, "persen"),
                ("Waktu", "Waktu rata-rata penyelesaian usulan", "5 hari", None),
            ],
            kategori=[
                {"CUKUP": "100 - 119 usulan", "SANGAT BAIK": "> 120 usulan"},
                {"CUKUP": (0.8, "persen"), "SANGAT BAIK": (0.95, "persen")},
                {"CUKUP": "6 - 7 hari", "SANGAT BAIK": "< 5 hari"},
            ],
            pantau=("Register layanan", "Aplikasi SIMPEG", "Setiap bulan"),
        )
    ]
    s = Skp(
        "08-ja-pengembangan-bersih-persen.xlsx",
        "ja-pengembangan",
        "openpyxl",
        "kasubbag",
        "sek",
        UNIT["sek"],
        UNIT["sek"],
        rks,
        tambahan_peng(),
        kategori_label=("CUKUP", "SANGAT BAIK"),
    )
    s.catatan = "kategori CUKUP dan SANGAT BAIK saja; target dan ambang persen berupa angka berformat 0%"
    S.append(s)
    # 9 JA pengembangan, defect: SANGAT BAIK equal to the target; an RK without cara memantau
    rks = ja_peng_rks(atasan_pp)
    rks[0].kategori[0] = dict(rks[0].kategori[0], **{"SANGAT BAIK": "12 laporan"})
    rks[1].pantau = ("", "", "")
    s = Skp(
        "09-ja-pengembangan-cacat-kategori.xlsx",
        "ja-pengembangan",
        "openpyxl",
        "staf2",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        rks,
        tambahan_peng(),
    )
    s.cacat = [
        {
            "code": "kategori-tidak-membedakan",
            "at": "utama1.iki1.SANGAT BAIK",
            "alt": ["utama1.iki1.target", "utama1.iki1.BAIK"],
        },
        {
            "code": "cara-memantau-kosong",
            "at": "utama2.DATA",
            "alt": ["utama2.SUMBER DATA", "utama2.WAKTU PENGUMPULAN", "utama2.rk"],
        },
    ]
    S.append(s)
    # 10 JA pengembangan, defect: no RK atasan; a biaya IKI whose rupiah comes from the cell format
    rks = [
        Rk(
            atasan_sek,
            "Pengadaan barang persediaan kantor yang efisien",
            [
                ("Kuantitas", "Jumlah paket pengadaan persediaan yang selesai", "4 paket", None),
                ("Biaya", "Realisasi anggaran pengadaan persediaan", 150000000, "rupiah"),
            ],
            kategori=[
                kat5(4, "paket"),
                {
                    "SANGAT KURANG": "> Rp180.000.000",
                    "KURANG": "Rp170.000.001 - Rp180.000.000",
                    "CUKUP": "Rp150.000.001 - Rp170.000.000",
                    "BAIK": "Rp150.000.000",
                    "SANGAT BAIK": "< Rp150.000.000",
                },
            ],
            pantau=("Laporan pengadaan", "Aplikasi SIPD", "Setiap triwulan"),
        ),
        Rk(
            "",
            "Barang milik daerah dinas tercatat lengkap",
            [("Kuantitas", "Jumlah laporan inventaris barang", "2 laporan", None)],
            kategori=[kat5(2, "laporan")],
            pantau=("Laporan inventaris", "Aplikasi SIMDA BMD", "Setiap semester"),
        ),
    ]
    s = Skp(
        "10-ja-pengembangan-cacat-rk-atasan.xlsx",
        "ja-pengembangan",
        "xlsxwriter",
        "staf1",
        "kasubbag",
        UNIT["sek"],
        UNIT["sek"],
        rks,
        tambahan_peng(),
    )
    s.cacat = [{"code": "rk-atasan-kosong", "at": "utama2.atasan", "alt": ["utama2.rk"]}]
    s.catatan = 'target biaya berupa angka berformat "Rp"#,##0'
    S.append(s)

    # JF dasar
    def jf_rks(atasan: str) -> list[Rk]:
        return [
            Rk(
                atasan,
                "Rekomendasi pengendalian dampak kegiatan usaha yang dapat ditindaklanjuti",
                [
                    ("Kuantitas", "Jumlah dokumen rekomendasi pengendalian dampak", "20 dokumen", None),
                    ("Kualitas", "Persentase rekomendasi yang diterima tanpa revisi", "85 %", None),
                    ("Waktu", "Waktu penyelesaian rekomendasi", "12 bulan", None),
                ],
            ),
            Rk(
                atasan,
                "Hasil verifikasi dokumen lingkungan usaha yang akurat",
                [
                    ("Kuantitas", "Jumlah berita acara verifikasi dokumen lingkungan", "30 dokumen", None),
                    ("Waktu", "Waktu penyelesaian verifikasi", "12 bulan", None),
                ],
            ),
        ]

    def ak_rows(fmt: str | None = None) -> list:
        return [
            (
                1,
                "Melakukan analisis dampak kegiatan usaha",
                "Dokumen rekomendasi",
                "0,080" if fmt is None else 0.08,
                fmt,
            ),
            (
                1,
                "Menyusun rekomendasi pengendalian dampak",
                "Dokumen rekomendasi",
                "0,120" if fmt is None else 0.12,
                fmt,
            ),
            (
                2,
                "Melakukan verifikasi dokumen lingkungan",
                "Berita acara verifikasi",
                "0,045" if fmt is None else 0.045,
                fmt,
            ),
        ]

    s = Skp(
        "11-jf-dasar-bersih-tanpa-ahli.xlsx",
        "jf-dasar",
        "openpyxl",
        "jf1",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        jf_rks(atasan_pp),
        tambahan(),
        ak=ak_rows(),
    )
    s.unit_pegawai = "Bidang Pengendalian Pencemaran dan"
    s.unit_lanjut = "Kerusakan Lingkungan"
    s.kolom_reviu = True
    s.catatan = (
        "jabatan JF tanpa kata Ahli; AK teks berkoma; unit kerja pegawai berlanjut ke baris berikutnya; "
        "kolom REVIU OLEH PENGELOLA KINERJA berisi kotak centang TRUE/FALSE"
    )
    S.append(s)
    s = Skp(
        "12-jf-dasar-bersih-rumus.xlsx",
        "jf-dasar",
        "xlsxwriter",
        "jf2",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        jf_rks(atasan_pp2),
        tambahan(),
        ak=ak_rows("desimal"),
        lembar_tambahan=["data"],
    )
    s.catatan = "identitas dan RK Keterkaitan AK lewat rumus bernilai tersimpan; kolom bantu VLOOKUP #N/A"
    S.append(s)
    s = Skp(
        "13-jf-dasar-cacat-angka-kredit.xlsx",
        "jf-dasar",
        "xlsxwriter",
        "jf3",
        "sek",
        UNIT["sek"],
        UNIT["sek"],
        [
            Rk(
                atasan_sek,
                "Aplikasi layanan dinas berjalan tanpa gangguan",
                [
                    ("Kuantitas", "Jumlah aplikasi layanan yang dipelihara", "3 aplikasi", None),
                    ("Kualitas", "Persentase waktu layanan aplikasi tersedia", "98 %", None),
                ],
            ),
            Rk(
                atasan_sek,
                "Data lingkungan hidup dinas tersaji di portal data daerah",
                [("Kuantitas", "Jumlah set data yang diperbarui", "12 set data", None)],
            ),
        ],
        tambahan(),
        sheet_skp="SKP Agus",
        ak=[
            (1, "Melakukan pemeliharaan sistem informasi", "Laporan pemeliharaan", "-", None),
            (1, "Melakukan pemantauan kinerja sistem", "Laporan pemantauan", 0.032, "desimal"),
        ],
    )
    s.cacat = [
        {"code": "angka-kredit-tidak-valid", "at": "ak.rk1.butir1"},
        {"code": "rk-tanpa-butir-kegiatan", "at": "utama2.rk"},
    ]
    S.append(s)
    s = Skp(
        "14-jf-dasar-cacat-target-tak-terukur.xlsx",
        "jf-dasar",
        "openpyxl",
        "jf4",
        "kabid_ph",
        UNIT["ph"],
        UNIT["ph"],
        [
            Rk(
                atasan_ph,
                "Ketaatan usaha terhadap izin pengelolaan limbah B3 terpantau",
                [
                    (
                        "Kuantitas",
                        "Jumlah laporan pengawasan usaha penghasil limbah B3",
                        "sesuai kebutuhan",
                        None,
                    ),
                    ("Waktu", "Waktu penyampaian laporan pengawasan", "12 bulan", None),
                ],
            )
        ],
        tambahan(),
        sheet_skp="SKP Ma'rufah",
        ak=[(1, "Melakukan pengawasan limbah B3", "Laporan pengawasan", "0,018", None)],
    )
    s.cacat = [{"code": "target-tidak-terukur", "at": "utama1.iki1.target"}]
    s.catatan = "nama sheet memuat apostrof"
    S.append(s)

    # JF pengembangan
    def jf_peng(atasan: str) -> list[Rk]:
        rks = jf_rks(atasan)
        for rk, pantau in zip(
            rks,
            [
                ("Dokumen rekomendasi", "Bidang PPKL", "Setiap bulan"),
                ("Berita acara verifikasi", "Bidang PPKL", "Setiap triwulan"),
            ],
            strict=False,
        ):
            rk.pantau = pantau
        rks[0].kategori = [
            {"CUKUP": "15 - 19 dokumen", "BAIK": "20 dokumen", "SANGAT BAIK": "> 20 dokumen"},
            {"CUKUP": "70 - 84 %", "BAIK": "85 %", "SANGAT BAIK": "> 85 %"},
            {"CUKUP": "> 12 bulan", "BAIK": "12 bulan", "SANGAT BAIK": "< 12 bulan"},
        ]
        rks[1].kategori = [
            {"CUKUP": "20 - 29 dokumen", "BAIK": "30 dokumen", "SANGAT BAIK": "> 30 dokumen"},
            {"CUKUP": "> 12 bulan", "BAIK": "12 bulan", "SANGAT BAIK": "< 12 bulan"},
        ]
        return rks

    def tamb3() -> list[Rk]:
        t = tambahan(pantau=True)
        t[0].kategori = [{"BAIK": "1 sertifikat", "SANGAT BAIK": "2 sertifikat"}]
        return t

    s = Skp(
        "15-jf-pengembangan-bersih-penilaian-rumus.xlsx",
        "jf-pengembangan",
        "xlsxwriter",
        "jf5",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        jf_peng(atasan_pp),
        tamb3(),
        kategori_label=("CUKUP", "BAIK", "SANGAT BAIK"),
        ak=ak_rows("desimal"),
        penilaian=[(20, None), (0.85, "persen"), (12, None), (30, None), (12, None)],
        penilaian_rumus=True,
    )
    s.catatan = (
        "tiga kategori; Penilaian dengan CAPAIAN IKI rumus berformat persen; JF 'selaku Subkoordinator'"
    )
    S.append(s)
    rks = jf_peng(atasan_pp2)
    rks[1].kategori = [{}, rks[1].kategori[1]]
    s = Skp(
        "16-jf-pengembangan-cacat-kategori-kosong.xlsx",
        "jf-pengembangan",
        "openpyxl",
        "jf2",
        "kabid_pp",
        UNIT["pp"],
        UNIT["pp"],
        rks,
        tamb3(),
        kategori_label=("CUKUP", "BAIK", "SANGAT BAIK"),
        ak=ak_rows(),
    )
    s.cacat = [
        {
            "code": "kategori-penilaian-kosong",
            "at": "utama2.iki1.BAIK",
            "alt": [
                "utama2.iki1.CUKUP",
                "utama2.iki1.SANGAT BAIK",
                "utama2.iki1.iki",
                "utama2.iki1.target",
                "utama2.rk",
            ],
        }
    ]
    S.append(s)
    s = Skp(
        "17-jf-pengembangan-cacat-realisasi-kosong.xlsx",
        "jf-pengembangan",
        "xlsxwriter",
        "jf6",
        "kabid_ph",
        UNIT["ph"],
        UNIT["ph"],
        jf_peng(atasan_ph),
        tamb3(),
        kategori_label=("CUKUP", "BAIK", "SANGAT BAIK"),
        ak=ak_rows("desimal"),
        penilaian=[(20, None), (0.85, "persen"), (12, None), (None, None), (12, None)],
        penilaian_rumus=True,
    )
    s.cacat = [{"code": "realisasi-kosong", "at": "nilai.utama2.iki1.realisasi"}]
    S.append(s)

    # JPT dasar
    def jpt_rks(persp: list[str] | None = None) -> list[Rk]:
        return [
            Rk(persp[i] if persp else "", t, [(None, iki, target, fmt) for iki, target, fmt in ikis])
            for i, (t, ikis) in enumerate(RK_KADIS)
        ]

    def jpt_tambahan() -> list[Rk]:
        return [
            Rk(
                "",
                "Terlaksananya gerakan bersih sungai bersama masyarakat",
                [(None, "Jumlah kegiatan bersih sungai", "4 kegiatan", None)],
            )
        ]

    s = Skp(
        "18-jpt-dasar-bersih-bupati.xlsx",
        "jpt-dasar",
        "openpyxl",
        "kadis",
        "bupati",
        UNIT["dinas"],
        UNIT["pemda"],
        jpt_rks(),
        jpt_tambahan(),
        manual=[],
    )
    s.catatan = "penilai Bupati tanpa NIP dan pangkat ('-')"
    S.append(s)
    s = Skp(
        "19-jpt-dasar-bersih-penilaian-rumus.xlsx",
        "jpt-dasar",
        "xlsxwriter",
        "kadis",
        "sekda",
        UNIT["dinas"],
        UNIT["pemda"],
        jpt_rks(),
        jpt_tambahan(),
        manual=[],
        penilaian=[(68.5, None), (0.75, "persen"), (70, None)],
        penilaian_rumus=True,
    )
    s.utama[1].iki = [(None, "Persentase sampah rumah tangga yang tertangani", 0.75, "persen")]
    S.append(s)
    s = Skp(
        "20-jpt-dasar-cacat-manual-jabatan.xlsx",
        "jpt-dasar",
        "openpyxl",
        "kadis",
        "sekda",
        UNIT["dinas"],
        UNIT["pemda"],
        jpt_rks(),
        jpt_tambahan(),
        manual=[],
        jabatan_pegawai="",
    )
    s.manual_kosong = [(2, "FORMULA")]
    s.cacat = [
        {
            "code": "manual-iki-kosong",
            "at": "manual2.FORMULA",
            "sheet": "Manual IKI",
            "alt": ["utama2.iki1.iki"],
        },
        {"code": "identitas-kosong", "at": "pegawai.JABATAN"},
    ]
    S.append(s)

    # JPT pengembangan
    persp = ["Penerima Layanan", "Penerima Layanan", "Proses Bisnis"]
    extra = [
        Rk(
            "Penguatan Internal",
            "Meningkatnya kompetensi aparatur dinas",
            [(None, "Persentase pegawai yang memenuhi standar kompetensi", "80 %", None)],
        ),
        Rk(
            "Anggaran",
            "Terwujudnya pengelolaan anggaran yang akuntabel",
            [(None, "Persentase realisasi anggaran dinas", "95 %", None)],
        ),
    ]
    s = Skp(
        "21-jpt-pengembangan-bersih-perspektif-gabung.xlsx",
        "jpt-pengembangan",
        "openpyxl",
        "kadis",
        "bupati",
        UNIT["dinas"],
        UNIT["pemda"],
        jpt_rks(persp) + extra,
        jpt_tambahan(),
        manual=[],
    )
    s.catatan = "perspektif Penerima Layanan satu sel digabung melintasi dua RK"
    S.append(s)
    ex2 = [
        Rk(
            "Penguatan Internal",
            "Meningkatnya kompetensi aparatur dinas",
            [(None, "Persentase pegawai yang memenuhi standar kompetensi", 0.8, "persen")],
        ),
        Rk(
            "Anggaran",
            "Terwujudnya pengelolaan anggaran yang akuntabel",
            [(None, "Persentase realisasi anggaran dinas", 0.95, "persen")],
        ),
    ]
    s = Skp(
        "22-jpt-pengembangan-bersih-persen-tersembunyi.xlsx",
        "jpt-pengembangan",
        "xlsxwriter",
        "kadis",
        "sekda",
        UNIT["dinas"],
        UNIT["pemda"],
        jpt_rks(["Penerima Layanan", "Proses Bisnis", "Penguatan Internal"]) + ex2,
        jpt_tambahan(),
        manual=[],
        lembar_tambahan=["kosong", "conf"],
    )
    s.catatan = "target persen berformat 0%; salinan formulir kosong di sheet tersembunyi"
    S.append(s)
    bad = jpt_rks(["Penerima Layanan", "Keuangan", "Proses Bisnis"]) + [
        Rk(
            "Penguatan Internal",
            "Meningkatnya kompetensi aparatur dinas",
            [(None, "Persentase pegawai yang memenuhi standar kompetensi", "90 - 80 %", None)],
        ),
        Rk(
            "Anggaran",
            "Terwujudnya pengelolaan anggaran yang akuntabel",
            [(None, "Persentase realisasi anggaran dinas", "95 %", None)],
        ),
    ]
    s = Skp(
        "23-jpt-pengembangan-cacat-perspektif-rentang.xlsx",
        "jpt-pengembangan",
        "xlsxwriter",
        "kadis",
        "bupati",
        UNIT["dinas"],
        UNIT["pemda"],
        bad,
        jpt_tambahan(),
        manual=[],
    )
    s.cacat = [
        {"code": "perspektif-tidak-valid", "at": "utama2.perspektif"},
        {"code": "target-rentang-terbalik", "at": "utama4.iki1.target"},
    ]
    S.append(s)
    s = Skp(
        "24-ja-dasar-cacat-periode-terbalik.xlsx",
        "ja-dasar",
        "xlsxwriter",
        "staf4",
        "kabid_ph",
        UNIT["ph"],
        UNIT["ph"],
        [
            Rk(
                atasan_ph,
                "Bank sampah unit di kelurahan terbina dan aktif",
                [
                    ("Kuantitas", "Jumlah bank sampah unit yang aktif", "15 unit", None),
                    ("Waktu", "Waktu pembinaan bank sampah", "12 bulan", None),
                ],
            )
        ],
        tambahan(),
        periode=(dt.date(2026, 12, 31), dt.date(2026, 1, 1)),
    )
    s.cacat = [{"code": "periode-tidak-valid", "at": "periode", "alt": ["periode.label", "periode.akhir"]}]
    s.catatan = "periode dua sel tanggal, terbalik"
    S.append(s)
    # 25 JA pengembangan, clean: percent target typed as a number formatted 0%, its kategori as text
    rks = [
        Rk(
            atasan_ph,
            "Pengaduan masyarakat tentang sampah tertangani",
            [
                ("Kuantitas", "Jumlah laporan penanganan pengaduan", "12 laporan", None),
                ("Kualitas", "Persentase pengaduan yang ditindaklanjuti", 0.9, "persen"),
            ],
            kategori=[kat5(12, "laporan"), kat_persen5(90)],
            pantau=("Register pengaduan", "Aplikasi LAPOR", "Setiap bulan"),
        )
    ]
    s = Skp(
        "25-ja-pengembangan-bersih-persen-kategori-teks.xlsx",
        "ja-pengembangan",
        "openpyxl",
        "staf1",
        "kabid_ph",
        UNIT["ph"],
        UNIT["ph"],
        rks,
        tambahan_peng(),
    )
    s.catatan = "target persen berupa angka 0,9 berformat 0%, kategori ditulis sebagai teks '70 - 89 %'"
    S.append(s)
    return S


def harapan_untuk(skp: Skp) -> dict[str, Any]:
    jab = skp.jabatan_pegawai if skp.jabatan_pegawai is not None else ORANG[skp.pegawai][3]
    defects = []
    for d in skp.cacat:
        sheet = d.get("sheet")
        at = d["at"]

        def sh_of(key):
            return (
                "Penilaian"
                if key.startswith("nilai.")
                else "Keterkaitan AK"
                if key.startswith("ak.")
                else "Manual IKI"
                if key.startswith("manual")
                else skp.sheet_skp
            )

        entry = {"code": d["code"], "sheet": sheet or sh_of(at), "cell": skp.letak[at]}
        if d.get("alt"):
            entry["alt_cells"] = [{"sheet": sh_of(a), "cell": skp.letak[a]} for a in d["alt"]]
        defects.append(entry)
    nip = ORANG[skp.pegawai][1]
    return {
        "file": skp.berkas,
        "form": skp.form,
        "clean": not skp.cacat,
        "defects": defects,
        "jabatan": jab,
        "writer": skp.penulis,
        "catatan": skp.catatan,
        "nip": None if isinstance(skp.nip_pegawai, float) else nip,
        "periode": "2026-01-01-2026-12-31"
        if not skp.cacat or skp.cacat[0]["code"] != "periode-tidak-valid"
        else None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Membuat set nyata_o (Periksa SKP lewat server).")
    p.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    p.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = p.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    files = []
    for skp in buat_set():
        sheets = lembar_semua(skp)
        path = a.keluaran / skp.berkas
        (tulis_openpyxl if skp.penulis == "openpyxl" else tulis_xlsxwriter)(path, sheets)
        files.append(harapan_untuk(skp))
    doc = {
        "set": "nyata_o",
        "seed": 20261206,
        "files": files,
        "boleh": {
            "keterangan": "SPEC diam: tidak dihitung sebagai alarm palsu maupun terlewat",
            "temuan": [],
        },
    }
    a.harapan.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
