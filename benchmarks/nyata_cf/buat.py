"""Generator of the held-out batch set ``nyata_cf``: the Rencana SKP 2027 of one unit, Dinas Lingkungan Hidup
Kabupaten Ranah Teduh (fictional; Sekretariat, three bidang and a UPT), checked as ONE folder together with
the dinas's daftar pegawai exported from SIASN (SPEC §7 batch scope, §9).

The organisation is modelled first: who is whose atasan in the daftar, who signs as penilai (a Plt. or Plh.
for a vacant post, the atasan's atasan where the post below is empty), which superior RK each RK intervenes
and how the staff member copied it, who did not submit and why. Every workbook is then drawn on a grid so
the cell of every value is known, and the batch findings are computed from the model, not from the files.

Deterministic (fixed seed, openpyxl only, fixed zip dates). Usage:
``python benchmarks/nyata_cf/buat.py [--keluaran DIR] [--harapan FILE] [--daftar FILE]``: workbooks into
DIR (default ``kiriman/`` here), the manifest into FILE (default ``harapan.json`` here), the daftar into
``--daftar`` (default: ``daftar/<name>`` beside the manifest).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270111
TAHUN = bank.TAHUN
FULL = (f"{TAHUN}-01-01", f"{TAHUN}-12-31")
EARLY = (f"{TAHUN}-01-01", f"{TAHUN}-03-31")
LATE = (f"{TAHUN}-04-01", f"{TAHUN}-12-31")
DAFTAR_NAME = "Ekspor SIASN DLH Ranah Teduh Januari 2027.xlsx"
DAFTAR_REL = f"daftar/{DAFTAR_NAME}"
ZIP_DATE = (2027, 1, 11, 7, 30, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

VARIATIONS = {
    "rk_atasan:kapital": "RK atasan disalin dengan huruf besar/kecil lain (kapital semua, huruf awal kecil)",
    "rk_atasan:spasi": "spasi ganda di tengah RK atasan dan spasi di akhir",
    "rk_atasan:titik": "titik di akhir RK atasan",
    "rk_atasan:dan-ampersand": "kata 'dan' pada RK atasan ditulis '&'",
    "rk_atasan:salah-ketik": "satu huruf salah ketik di RK atasan",
    "rk_atasan:nomor": "RK atasan diawali nomornya di SKP atasan ('2. ...')",
    "rk_atasan:baris": "baris baru (Alt+Enter) di tengah RK atasan",
    "rk_atasan:potong": "RK atasan dipotong sesudah sekitar 80 huruf dan diakhiri '...'",
    "nip_penilai:spasi": "NIP penilai berspasi (19750312 200003 1 002)",
    "nip_penilai:apostrof": "NIP penilai diawali tanda petik yang ikut tersimpan (sel berformat Text)",
    "nip_penilai:awalan-nip": "NIP penilai diawali 'NIP. '",
    "nip:spasi": "NIP pegawai berspasi",
    "nip:awalan-nip": "NIP pegawai diawali 'NIP. '",
    "penilai:plt-plh": "penilai Plt./Plh. pada jabatan lowong; daftar mencatatnya sebagai atasan",
    "penilai:atasan-dari-atasan": "atasan langsung lowong, penilai atasan dari atasan; daftar mencatatnya",
    "revisi:periode-berbeda": "dua kiriman pegawai mutasi 1 April: periode Januari-Maret dan April-Desember",
    "daftar:nip-berspasi": "NIP pegawai di daftar ditulis berspasi",
    "nama_berkas:skp-nama": "nama berkas 'SKP 2027 - Nama.xlsx'",
    "nama_berkas:nama-rencana": "nama berkas 'Nama - Rencana SKP 2027.xlsx'",
    "nama_berkas:huruf-kecil": "nama berkas 'skp nama.xlsx'",
    "nama_berkas:garis-bawah-nip": "nama berkas 'Rencana SKP_Nama_NIP.xlsx'",
    "nama_berkas:nip": "nama berkas 'SKP_2027_NIP.xlsx'",
    "nama_berkas:kapital-final": "nama berkas 'NAMA SKP 2027 (final).xlsx'",
    "subfolder:bertingkat": "berkas di subfolder seksi di dalam folder bidang",
}
DEFECTS = {
    "skp-ganda": ("error", "dua kiriman NIP dan periode yang sama"),
    "skp-atasan-tidak-ditemukan": ("info", "SKP penilai tidak ada di antara kiriman"),
    "rk-atasan-tidak-cocok": ("error", "RK atasan yang tidak ada di SKP penilai"),
    "rk-atasan-tidak-diintervensi": ("peringatan", "RK Kinerja Utama atasan yang tidak dikutip bawahan"),
    "target-kaskade-tidak-seimbang": ("peringatan", "pembagian beban target yang jumlahnya tidak sama"),
    "kesetaraan-tidak-seimbang": ("peringatan", "jabatan setara dengan beban rencana sangat berbeda"),
    "penilai-tidak-sesuai-daftar": ("peringatan", "penilai bukan atasan menurut daftar"),
    "pegawai-tidak-dalam-daftar": ("info", "NIP pegawai tidak ada di daftar"),
    "iki-tanpa-target": ("error", "IKI tanpa target"),
    "target-tanpa-satuan": ("peringatan", "target angka tanpa satuan"),
    "aspek-tidak-valid": ("error", "aspek bukan salah satu dari empat"),
    "kategori-tidak-membedakan": ("error", "SANGAT BAIK sama dengan target"),
    "rk-atasan-kosong": ("error", "RK Kinerja Utama tanpa RK atasan"),
}
WITHOUT_CELL = {"skp-atasan-tidak-ditemukan", "kesetaraan-tidak-seimbang", "target-kaskade-tidak-seimbang"}
BULAN = [
    "",
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


# ---------------------------------------------------------------- model


@dataclass
class Iki:
    aspek: str
    text: str
    target: str | None
    cells: dict[str, str] = field(default_factory=dict)
    sb_override: str | None = None


@dataclass
class Rk:
    key: str
    text: str
    ikis: list[Iki]
    owner: Person | None = None
    tambahan: bool = False
    topic: str = ""
    perspektif: str = ""
    cite_key: str = ""
    cite: Rk | None = None
    cite_text: str = ""
    cite_kind: str = "ok"  # ok | wrong | empty
    copy: str = "persis"
    skip_cover: bool = False
    split: dict | None = None
    manual: dict | None = None
    cells: dict[str, str] = field(default_factory=dict)


@dataclass
class Person:
    key: str
    level: str  # jpt | admin | pengawas | pelaksana | jf
    jabatan: str
    unit: str
    gol: str
    nama: str = ""
    short: str = ""
    nip: str = ""
    unit_skp: str = ""
    folder: str = ""
    atasan: Person | None = None
    status: str = "Aktif"
    submits: bool = True
    in_daftar: bool = True
    jf: str = ""
    model: str = "dasar"
    family: str = "A"
    pangkat_style: int = 0
    rks: list[Rk] = field(default_factory=list)
    spec: dict = field(default_factory=dict)
    subs: list[Sub] = field(default_factory=list)
    daftar_spaced: bool = False
    keterangan: str = ""


@dataclass
class Sub:
    person: Person
    periode: tuple[str, str]
    penilai: Person | None  # None: the Sekda (outside the dinas)
    pen_jabatan: str
    pen_unit: str
    rks: list[Rk]
    file: str = ""
    nip_written: str = ""
    pen_nip_digits: str = ""
    nip_style: str = "rapat"
    pen_style: str = "rapat"
    variasi: set[str] = field(default_factory=set)
    peristiwa: set[str] = field(default_factory=set)
    info: dict[str, Any] = field(default_factory=dict)
    twin: Sub | None = None


SEKDA = {
    "nama": "Dr. Hermansyah Putra, S.H., M.Si.",
    "nip": "196905141994031006",
    "pangkat": "Pembina Utama Madya, IV/d",
    "jabatan": "Sekretaris Daerah Kabupaten Ranah Teduh",
    "unit": "Pemerintah Kabupaten Ranah Teduh",
}

# One line per person: key | level | jabatan | unit | golongan | atasan in the daftar | extras (``flag`` or
# ``name=value``; lists with commas, a split part as ``RK:index``).
ORG_TABLE = """
kadis            | jpt       | Kepala Dinas Lingkungan Hidup                 | pimpinan    | IV/c  | -   | model=pengembangan
sekretaris       | admin     | Sekretaris                                    | sekretariat | IV/b  | kadis |
kasubbag_umpeg   | pengawas  | Kepala Subbagian Umum dan Kepegawaian         | sekretariat | III/d | sekretaris |
kasubbag_keu     | pengawas  | Kepala Subbagian Keuangan                     | sekretariat | III/c | sekretaris | submits=false
u1  | pelaksana | Pengadministrasi Perkantoran  | sekretariat | II/c  | kasubbag_umpeg | ganda=revisi
u2  | pelaksana | Pengadministrasi Perkantoran  | sekretariat | II/d  | kasubbag_umpeg | submits=false
u3  | pelaksana | Pengolah Data dan Informasi   | sekretariat | III/a | kasubbag_umpeg |
u4  | jf        | Arsiparis Terampil            | sekretariat | II/c  | kasubbag_umpeg | jf=Arsiparis
u5  | jf        | Pranata Komputer Ahli Pertama | sekretariat | III/a | kasubbag_umpeg | jf=Pranata Komputer
u6  | pelaksana | Pengelola Layanan Operasional | sekretariat | III/b | kasubbag_umpeg | submits=false; status=CLTN; keterangan=CLTN s.d. 31 Agustus 2027
u7  | pelaksana | Operator Layanan Operasional  | sekretariat | II/b  | kasubbag_umpeg | defect=iki-tanpa-target; model=dasar
k1  | pelaksana | Pengelola Keuangan            | sekretariat | II/d  | kasubbag_keu |
k2  | pelaksana | Pengadministrasi Keuangan     | sekretariat | II/c  | kasubbag_keu |
k3  | jf        | Analis Keuangan Pusat dan Daerah Ahli Pertama | sekretariat | III/b | kasubbag_keu | jf=Analis Keuangan Pusat dan Daerah
r1  | jf        | Perencana Ahli Muda           | sekretariat | III/d | sekretaris | jf=Perencana; pool=S1
r2  | jf        | Perencana Ahli Pertama        | sekretariat | III/a | sekretaris | jf=Perencana; pool=S1; wrong=1
kabid_tl         | admin     | Kepala Bidang Tata Lingkungan                 | tl | IV/a  | kadis |
kasi_pkd         | pengawas  | Kepala Seksi Perencanaan dan Kajian Dampak Lingkungan | tl | III/d | kabid_tl |
p1  | pelaksana | Penelaah Teknis Kebijakan     | tl | III/b | kasi_pkd | own_typo
p2  | pelaksana | Penelaah Teknis Kebijakan     | tl | III/a | kasi_pengaduan | penilai=kasi_pkd; keterangan=Mutasi ke Seksi Pengaduan per SK 27 Desember 2026
p3  | pelaksana | Pengolah Data dan Informasi   | tl | II/d  | kabid_tl | mutasi=kasi_pkd; pool=T2,T3; keterangan=Pindah ke tim pemeliharaan TMT 1 April 2027
p4  | pelaksana | Penata Layanan Operasional    | tl | III/a | kasi_pkd | defect=target-tanpa-satuan; model=dasar
p5  | pelaksana | Penata Layanan Operasional    | tl | III/b | kasi_pkd |
j1  | jf | Pengendali Dampak Lingkungan Ahli Pertama | tl | III/a | kabid_tl | jf=Pengendali Dampak Lingkungan; pool=T1,T3,T4
j2  | jf | Pengendali Dampak Lingkungan Ahli Pertama | tl | III/b | kabid_tl | jf=Pengendali Dampak Lingkungan; pool=T1,T3,T4
j3  | jf | Pengendali Dampak Lingkungan Ahli Pertama | tl | III/a | kabid_tl | jf=Pengendali Dampak Lingkungan; pool=T4; tiny
j4  | jf | Pengendali Dampak Lingkungan Ahli Pertama | tl | III/b | kabid_tl | jf=Pengendali Dampak Lingkungan; submits=false; status=Tugas Belajar; keterangan=Tugas belajar S2 2026-2028
j5  | jf | Pengendali Dampak Lingkungan Ahli Muda    | tl | III/d | kabid_tl | jf=Pengendali Dampak Lingkungan; pool=T1,T3,T4
h1  | pelaksana | Penata Layanan Operasional    | tl | III/a | kabid_tl | pool=T2,T3; lowong
h2  | pelaksana | Operator Layanan Operasional  | tl | II/c  | kabid_tl | pool=T2,T3; lowong; wrong=B2
h3  | pelaksana | Pengolah Data dan Informasi   | tl | III/b | kabid_tl | pool=T2,T3; lowong
kabid_pslb3      | admin     | Kepala Bidang Pengelolaan Sampah dan Limbah B3 | pslb3 | IV/a | kadis |
kasi_pengurangan | pengawas  | Kepala Seksi Pengurangan Sampah               | pslb3 | III/d | kabid_pslb3 | sub=Seksi Pengurangan Sampah
g1  | pelaksana | Penata Layanan Operasional    | pslb3 | III/a | kasi_pengurangan | split=R1:0; sub=Seksi Pengurangan Sampah
g2  | pelaksana | Penata Layanan Operasional    | pslb3 | III/b | kasi_pengurangan | split=R1:1; sub=Seksi Pengurangan Sampah
g3  | pelaksana | Operator Layanan Operasional  | pslb3 | II/d  | kasi_pengurangan | split=R1:2; sub=Seksi Pengurangan Sampah
g4  | jf | Penyuluh Lingkungan Hidup Ahli Pertama   | pslb3 | III/a | kasi_pengurangan | split=R1:3; jf=Penyuluh Lingkungan Hidup; sub=Seksi Pengurangan Sampah
ma  | pelaksana | Pengolah Data dan Informasi   | pslb3 | III/a | kasi_pengurangan | mutasi=kasi_penanganan; pool=R2,R3; sub=Seksi Pengurangan Sampah; keterangan=Pindah dari Seksi Penanganan Sampah TMT 1 April 2027
kasi_penanganan  | pengawas  | Kepala Seksi Penanganan Sampah                | pslb3 | III/c | kabid_pslb3 | sub=Seksi Penanganan Sampah
n1  | pelaksana | Operator Layanan Operasional  | pslb3 | II/d  | kasi_penanganan | split=N1:0; sub=Seksi Penanganan Sampah
n2  | pelaksana | Penata Layanan Operasional    | pslb3 | III/a | kasi_penanganan | split=N1:1; sub=Seksi Penanganan Sampah
n3  | pelaksana | Pengolah Data dan Informasi   | pslb3 | III/b | kasi_penanganan | split=N1:2; sub=Seksi Penanganan Sampah
n4  | pelaksana | Penata Layanan Operasional    | pslb3 | III/b | kasi_penanganan | wrong=0; sub=Seksi Penanganan Sampah
n5  | pelaksana | Pengolah Data dan Informasi   | pslb3 | III/a | kasi_penanganan | penilai=kabid_pslb3; pool=B1,B2,B3; sub=Seksi Penanganan Sampah
n6  | pelaksana | Operator Layanan Operasional  | pslb3 | II/d  | kasi_penanganan | submits=false; status=Pensiun; keterangan=BUP TMT 1 Januari 2027; sub=Seksi Penanganan Sampah
l1  | pelaksana | Penata Layanan Operasional    | pslb3 | III/a | kasi_pengurangan | plh; sub=Seksi Limbah B3
l2  | pelaksana | Pengolah Data dan Informasi   | pslb3 | III/b | kasi_pengurangan | plh; defect=rk-atasan-kosong; sub=Seksi Limbah B3
l3  | pelaksana | Penelaah Teknis Kebijakan     | pslb3 | III/b | kasi_pengurangan | plh; sub=Seksi Limbah B3
l4  | pelaksana | Operator Layanan Operasional  | pslb3 | II/c  | kasi_pengurangan | penilai=kabid_pslb3; pool=B3; sub=Seksi Limbah B3
kasi_pengaduan   | pengawas  | Kepala Seksi Pengaduan dan Penyelesaian Sengketa Lingkungan Hidup | penaatan | III/d | sekretaris | plt
a1  | pelaksana | Penata Layanan Operasional    | penaatan | III/a | kasi_pengaduan |
a2  | pelaksana | Penata Layanan Operasional    | penaatan | III/b | kasi_pengaduan |
a3  | pelaksana | Penata Layanan Operasional    | penaatan | III/a | kasi_pengaduan | tiny
a4  | pelaksana | Pengolah Data dan Informasi   | penaatan | II/d  | kasi_pengaduan |
a5  | pelaksana | Penata Layanan Operasional    | penaatan | III/b | kasi_pengaduan | submits=false; status=Tugas Belajar; keterangan=Tugas belajar D4 2026-2027
mb  | pelaksana | Operator Layanan Operasional  | penaatan | II/c  | kasi_pengaduan | mutasi=kasi_kapasitas; keterangan=Pindah dari Seksi Peningkatan Kapasitas TMT 1 April 2027
kasi_kapasitas   | pengawas  | Kepala Seksi Peningkatan Kapasitas Lingkungan Hidup | penaatan | III/c | sekretaris | plt
c1  | jf | Penyuluh Lingkungan Hidup Ahli Pertama   | penaatan | III/b | kasi_kapasitas | jf=Penyuluh Lingkungan Hidup; ganda=salinan
c2  | jf | Penyuluh Lingkungan Hidup Ahli Muda      | penaatan | III/c | kasi_kapasitas | jf=Penyuluh Lingkungan Hidup; submits=false
c3  | pelaksana | Penata Layanan Operasional    | penaatan | III/a | kasi_kapasitas | defect=aspek-tidak-valid; model=dasar
c4  | pelaksana | Pengolah Data dan Informasi   | penaatan | III/b | kasi_kapasitas |
w1  | jf | Pengawas Lingkungan Hidup Ahli Muda      | penaatan | III/d | sekretaris | jf=Pengawas Lingkungan Hidup; plt; pool=S4
w2  | jf | Pengawas Lingkungan Hidup Ahli Pertama   | penaatan | III/b | sekretaris | jf=Pengawas Lingkungan Hidup; plt; pool=S4
w3  | jf | Pengawas Lingkungan Hidup Ahli Pertama   | penaatan | III/a | sekretaris | jf=Pengawas Lingkungan Hidup; plt; pool=S4,S5; wrong=2
kepala_upt       | pengawas  | Kepala UPT Laboratorium Lingkungan            | upt | III/d | kadis |
t1  | pelaksana | Pengadministrasi Perkantoran  | upt | II/c  | kepala_upt | pool=U2,U3; lowong
t2  | pelaksana | Pengelola Layanan Operasional | upt | III/a | kepala_upt | pool=U2,U3; lowong; pen_typo
t3  | pelaksana | Pengadministrasi Keuangan     | upt | II/d  | kepala_upt | pool=U2,U3; lowong
e1  | pelaksana | Teknisi Laboratorium Lingkungan | upt | II/d  | kepala_upt | pool=U1,U2
e2  | pelaksana | Teknisi Laboratorium Lingkungan | upt | III/a | kepala_upt | pool=U1,U2; wrong=3
e3  | pelaksana | Teknisi Laboratorium Lingkungan | upt | III/b | kepala_upt | pool=U1,U3; defect=kategori-tidak-membedakan; model=pengembangan
e4  | pelaksana | Teknisi Laboratorium Lingkungan | upt | II/c  | kepala_upt | pool=U1,U3
e5  | pelaksana | Teknisi Laboratorium Lingkungan | upt | III/a | kepala_upt | submits=false
e6  | pelaksana | Teknisi Laboratorium Lingkungan | upt | II/d  | kepala_upt | pool=U1,U2; transferee
"""  # noqa: E501


def _extra(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in filter(None, (x.strip() for x in text.split(";"))):
        name, _, value = part.partition("=")
        if not value:
            out[name] = True
        elif name == "pool":
            out[name] = value.split(",")
        elif name == "split":
            rk, idx = value.split(":")
            out[name] = (rk, int(idx))
        elif name == "wrong" and value.isdigit():
            out[name] = int(value)
        elif value == "false":
            out[name] = False
        else:
            out[name] = value
    return out


ORG = [
    (*(c.strip() for c in line.split("|")[:6]), _extra(line.split("|")[6]))
    for line in ORG_TABLE.strip().splitlines()
]

SUPERIOR_BANK = {
    "sekretaris": ["sekretaris", "sekretaris_plt"],
    "kabid_tl": ["kabid_tl"],
    "kabid_pslb3": ["kabid_pslb3"],
    "kepala_upt": ["kadis_upt"],
    "kasubbag_umpeg": ["kasubbag_umpeg"],
    "kasubbag_keu": ["kasubbag_keu"],
    "kasi_pkd": ["kasi_pkd"],
    "kasi_pengurangan": ["kasi_pengurangan", "kasi_pengurangan_plh"],
    "kasi_penanganan": ["kasi_penanganan"],
    "kasi_pengaduan": ["kasi_pengaduan"],
    "kasi_kapasitas": ["kasi_kapasitas"],
}
PLT_JABATAN = "Plt. Kepala Bidang Penaatan dan Peningkatan Kapasitas Lingkungan Hidup"
PLH_JABATAN = "Plh. Kepala Seksi Limbah B3"
SUB_UNIT = {"h": "Seksi Pemeliharaan Lingkungan Hidup", "t": "Subbagian Tata Usaha"}


# ---------------------------------------------------------------- helpers


def spaced(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def sort_ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, " ".join(sorted(norm(a).split())), " ".join(sorted(norm(b).split()))).ratio()


def lev1(a: str, b: str) -> bool:
    """a and b differ by at most one substituted letter."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def pangkat_text(gol: str, style: int) -> str:
    name = bank.PANGKAT[gol]
    if style == 1:
        return f"{name.replace('Tingkat I', 'Tk. I')}, {gol}"
    if style == 2:
        return f"{name.upper()} / {gol}"
    return f"{name}, {gol}"


def parse_target(t: str) -> tuple[float, str, str]:
    """(number, satuan, kind) of a target the generator wrote."""
    m = re.match(r"([\d.]+(?:,\d+)?)\s*(.*)", t)
    assert m, t
    n = float(m.group(1).replace(".", "").replace(",", "."))
    sat = m.group(2).strip()
    if sat == "%":
        return n, "%", "pct"
    if sat in ("bulan", "hari"):
        return n, sat, "time"
    return n, sat, "count"


def fmt_num(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:.1f}".replace(".", ",")


def kategori(aspek: str, target: str, levels: int) -> dict[str, str]:
    """Kategori thresholds ordered for the IKI's direction, BAIK = target, SANGAT BAIK beyond it."""
    n, sat, kind = parse_target(target)
    pct = sat == "%"
    unit = " %" if pct else f" {sat}"
    if kind == "time" or aspek == "Waktu":
        out = {"c": f"> {fmt_num(n)}{unit}", "b": target, "sb": f"< {fmt_num(n)}{unit}"}
        if levels == 5:
            out.update(
                {
                    "sk": f"> {fmt_num(n + 2)}{unit}",
                    "k": f"{fmt_num(n + 2)}{unit}",
                    "c": f"{fmt_num(n + 1)}{unit}",
                }
            )
        return out
    out = {"c": f"< {fmt_num(n)}{unit}", "b": target, "sb": f"> {fmt_num(n)}{unit}"}
    if levels == 5:
        a, b = int(n * 0.6), int(n * 0.8)
        assert 0 < a < b < n, target
        out["sk"] = f"< {fmt_num(a)}{unit}"
        out["k"] = f"{fmt_num(a)}{unit}" if b - 1 == a else f"{fmt_num(a)} - {fmt_num(b - 1)}{unit}"
        out["c"] = f"{fmt_num(b)}{unit}" if n - 1 == b else f"{fmt_num(b)} - {fmt_num(n - 1)}{unit}"
    return out


def copy_text(src: str, style: str, no: int, rng: random.Random) -> str:
    """The superior's RK as a staff member copied it into column 2."""
    if style == "kapital":
        return src.upper() if rng.random() < 0.5 else src[0].lower() + src[1:]
    if style == "spasi":
        words = src.split(" ")
        i = rng.randrange(1, len(words) - 1)
        return " ".join(words[:i]) + "  " + " ".join(words[i:]) + " "
    if style == "titik":
        return src + "."
    if style == "dan-ampersand":
        return src.replace(" dan ", " & ", 1)
    if style == "salah-ketik":
        words = src.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha() and w.islower()]
        i = cand[rng.randrange(len(cand))]
        w = words[i]
        j = rng.randrange(2, len(w) - 2)
        repl = "aiueo"[("aiueo".index(w[j]) + 1) % 5] if w[j] in "aiueo" else ("k" if w[j] != "k" else "g")
        words[i] = w[:j] + repl + w[j + 1 :]
        return " ".join(words)
    if style == "nomor":
        return f"{no}. {src}"
    if style == "baris":
        words = src.split(" ")
        i = len(words) // 2
        return " ".join(words[:i]) + "\n" + " ".join(words[i:])
    if style == "potong":
        return src[:80].rsplit(" ", 1)[0] + "..."
    return src


def styles_for(src: str) -> list[str]:
    out = ["persis", "kapital", "spasi", "titik", "nomor", "baris"]
    if " dan " in src:
        out.append("dan-ampersand")
    if any(len(w) >= 7 and w.isalpha() and w.islower() for w in src.split(" ")):
        out.append("salah-ketik")
    if len(src) >= 95:
        out.append("potong")
    return out


def copied_from(written: str, src: str) -> bool:
    """Independent of copy_text: the written RK atasan is the superior's RK up to the harmless copying
    differences of this set."""
    w = re.sub(r"^\s*\d+\.\s+", "", written).replace("&", "dan")
    w, s = norm(w), norm(src)
    if w == s or lev1(w, s):
        return True
    if written.rstrip().endswith("...") and len(w) >= 60:
        return s.startswith(w)
    return False


# ---------------------------------------------------------------- organisation


def make_nip(rng: random.Random, gol: str, used: set[str]) -> str:
    if gol.startswith("IV"):
        by, off = rng.randint(1970, 1979), rng.randint(24, 28)
    elif gol in ("III/c", "III/d"):
        by, off = rng.randint(1979, 1988), rng.randint(23, 27)
    elif gol.startswith("III"):
        by, off = rng.randint(1989, 1996), rng.randint(22, 26)
    else:
        by, off = rng.randint(1991, 1999), rng.randint(19, 23)
    while True:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        ty = min(by + off, 2024)
        tm = rng.randint(1, 12)
        nip = f"{by:04d}{m:02d}{d:02d}{ty:04d}{tm:02d}{rng.choice('12')}{rng.randint(1, 150):03d}"
        if nip not in used:
            used.add(nip)
            return nip


def unit_text(p: Person) -> str:
    if p.unit == "pimpinan":
        return bank.DINAS_PANJANG
    sub = p.spec.get("sub")
    if p.spec.get("lowong"):
        sub = SUB_UNIT[p.key[0]]
    head = f"{sub}, {bank.UNIT[p.unit]}" if sub else bank.UNIT[p.unit]
    return f"{head} {bank.DINAS_PANJANG}" if p.unit != "upt" else f"{head} {bank.DINAS}"


def build(rng: random.Random) -> dict[str, Person]:
    people: dict[str, Person] = {}
    used_names: set[str] = set()
    used_nips: set[str] = {SEKDA["nip"]}
    for key, level, jabatan, unit, gol, atasan, extra in ORG:
        p = Person(key, level, jabatan, unit, gol, spec=dict(extra))
        while True:
            first, last = rng.choice(bank.NAMA_DEPAN), rng.choice(bank.NAMA_BELAKANG)
            if f"{first} {last}" not in used_names:
                used_names.add(f"{first} {last}")
                break
        gelar = rng.choice(bank.GELAR["pelaksana" if level == "pelaksana" else level])
        p.short = f"{first} {last}"
        p.nama = f"{p.short}, {gelar}" if gelar else p.short
        p.nip = make_nip(rng, gol, used_nips)
        p.spec["atasan"] = atasan
        p.status = extra.get("status", "Aktif")
        p.submits = extra.get("submits", True)
        p.in_daftar = not extra.get("transferee", False)
        p.jf = extra.get("jf", "")
        p.model = extra.get("model") or rng.choice(["dasar", "pengembangan"])
        p.family = rng.choice("AB") if level != "jpt" else "J"
        p.pangkat_style = rng.randrange(3)
        p.keterangan = extra.get("keterangan", "")
        if extra.get("lowong"):
            p.keterangan = p.keterangan or (
                "Kepala Seksi Pemeliharaan Lingkungan Hidup lowong; atasan langsung Kepala Bidang"
                if p.unit == "tl"
                else "Kepala Subbagian Tata Usaha lowong; atasan langsung Kepala UPT"
            )
        if extra.get("plt"):
            p.keterangan = "Kepala Bidang Penaatan lowong; atasan Plt. Kepala Bidang (Sekretaris)"
        if extra.get("plh"):
            p.keterangan = "Kepala Seksi Limbah B3 lowong; atasan Plh. Kepala Seksi (Kasi Pengurangan Sampah)"
        p.unit_skp = unit_text(p)
        folder = bank.FOLDER[unit]
        if unit == "pslb3" and extra.get("sub"):
            folder = f"{folder}/{extra['sub'].replace('Seksi ', '')}"
        p.folder = folder
        p.daftar_spaced = rng.random() < 0.3
        people[key] = p
    for p in people.values():
        p.atasan = people[p.spec["atasan"]] if p.spec["atasan"] != "-" else None
    return people


def make_ikis(rows: list[tuple[str, str, str]]) -> list[Iki]:
    return [Iki(a, t, g) for a, t, g in rows]


def superior_rks(people: dict[str, Person]) -> dict[str, Rk]:
    by_key: dict[str, Rk] = {}
    kadis = people["kadis"]
    for r in bank.KADIS_RK:
        rk = Rk(
            r["key"],
            r["text"],
            make_ikis([("", r["iki"], r["target"])]),
            owner=kadis,
            perspektif=r["perspektif"],
            manual=r["manual"],
        )
        kadis.rks.append(rk)
        by_key[rk.key] = rk
    t = bank.KADIS_TAMBAHAN
    kadis.rks.append(
        Rk("KT", t["text"], make_ikis([("", t["iki"], t["target"])]), owner=kadis, tambahan=True)
    )
    for pkey, banks in SUPERIOR_BANK.items():
        p = people[pkey]
        for b in banks:
            for r in bank.SUPERIOR_RK[b]:
                rk = Rk(
                    r["key"],
                    r["text"],
                    make_ikis(r["iki"]),
                    owner=p,
                    topic=r["topic"],
                    cite_key=r["cite"],
                    skip_cover=r.get("skip_cover", False),
                    split=r.get("split"),
                )
                p.rks.append(rk)
                by_key[rk.key] = rk
    for rk in by_key.values():
        if rk.cite_key:
            rk.cite = by_key[rk.cite_key]
    return by_key


def staff_rks(
    p: Person,
    pool: list[Rk],
    n: int,
    rng: random.Random,
    turn: Counter,
    split: Rk | None,
    part: int | None,
    tiny: bool,
) -> list[Rk]:
    out: list[Rk] = []
    products = list(range(len(bank.PRODUK)))
    rng.shuffle(products)
    if split is not None and part is not None:
        sp = split.split or {}
        wil = ["I", "II", "III", "IV"][part]
        val = f"{fmt_num(sp['parts'][part])} {sp['satuan']}"
        if split.key == "N1":
            text = f"Terangkutnya sampah rumah tangga Wilayah Pelayanan {wil} ke TPA Bukit Sembilan"
            ikis = [
                ("Kuantitas", f"Jumlah sampah Wilayah Pelayanan {wil} yang terangkut ke TPA", val),
                ("Kualitas", f"Persentase rute Wilayah Pelayanan {wil} yang terlayani sesuai jadwal", "90 %"),
                ("Waktu", f"Ketepatan waktu pelaporan tonase Wilayah Pelayanan {wil}", "12 bulan"),
            ]
        else:
            text = f"Bertambahnya bank sampah unit yang aktif di Wilayah Binaan {wil}"
            ikis = [
                ("Kuantitas", f"Jumlah bank sampah unit baru yang aktif di Wilayah Binaan {wil}", val),
                (
                    "Kualitas",
                    f"Persentase bank sampah unit Wilayah Binaan {wil} yang melapor bulanan",
                    "80 %",
                ),
                ("Waktu", f"Ketepatan waktu pelaporan bank sampah unit Wilayah Binaan {wil}", "12 bulan"),
            ]
        out.append(Rk(f"{p.key}-split", text, make_ikis(ikis), owner=p, cite=split, topic=split.topic))
    owner_key = pool[0].owner.key if pool and pool[0].owner else ""
    while len(out) < n:
        start = turn[owner_key]
        turn[owner_key] += 1
        cite = pool[start % len(pool)]
        # a staff count never shares the satuan of the superior's count: it is not a part of that target
        own_sat = parse_target(cite.ikis[0].target or "1 x")[1] if cite.ikis else ""
        pick = next(i for i in products if bank.PRODUK[i][1] != own_sat)
        products.remove(pick)
        prod = bank.PRODUK[pick]
        text = f"{prod[0]} {cite.topic} {prod[2]}"
        low = prod[0].lower() if not prod[0].startswith("Basis") else "basis data"
        count = rng.choice([4, 6, 8, 10, 12, 16, 20, 24])
        rows = [
            ("Kuantitas", f"Jumlah {low} {cite.topic} {prod[2]}", f"{count} {prod[1]}"),
            ("Kualitas", f"Persentase {low} {cite.topic} {prod[3]}", f"{rng.choice([80, 85, 90, 95])} %"),
        ]
        if not tiny:
            rows.append(
                ("Waktu", f"Ketepatan waktu penyelesaian {low} {cite.topic}", rng.choice(bank.WAKTU_STAF))
            )
        out.append(Rk(f"{p.key}-{len(out) + 1}", text, make_ikis(rows), owner=p, cite=cite, topic=cite.topic))
    return out


def tambahan_rk(p: Person, rng: random.Random) -> list[Rk]:
    if p.spec.get("tiny") or rng.random() < 0.55:
        return []
    options = bank.TAMBAHAN if p.model == "dasar" else bank.TAMBAHAN[1:]
    text, iki, target = options[rng.randrange(len(options))]
    return [Rk(f"{p.key}-tb", text, make_ikis([("Kuantitas", iki, target)]), owner=p, tambahan=True)]


def pool_of(sup: Person, keys: list[str] | None, rks: dict[str, Rk], plh: bool) -> list[Rk]:
    """The superior RK a staff member's RK may intervene."""
    if keys:
        return [rks[k] for k in keys if rks[k].owner is sup]
    base = [r for r in sup.rks if not r.tambahan and not r.skip_cover and not r.split]
    if plh:
        return [r for r in base if r.key in ("R4", "R5")]
    if sup.key == "kasi_pengurangan":
        return [r for r in base if r.key in ("R2", "R3")]
    return base


def make_subs(people: dict[str, Person], rks: dict[str, Rk], rng: random.Random) -> list[Sub]:
    subs: list[Sub] = []
    turn: Counter = Counter()
    for p in people.values():
        if not p.submits:
            continue
        s = p.spec
        if p.level == "jpt":
            sub = Sub(p, FULL, None, SEKDA["jabatan"], SEKDA["unit"], p.rks)
            p.subs.append(sub)
            subs.append(sub)
            continue
        penilai = people[s["penilai"]] if "penilai" in s else p.atasan
        assert penilai is not None
        pen_jab, pen_unit = penilai.jabatan, penilai.unit_skp
        if s.get("plt"):
            pen_jab = PLT_JABATAN
            pen_unit = f"{bank.UNIT['penaatan']} {bank.DINAS_PANJANG}"
        if s.get("plh"):
            pen_jab = PLH_JABATAN
            pen_unit = f"Seksi Limbah B3, {bank.UNIT['pslb3']} {bank.DINAS_PANJANG}"
        if p.key in SUPERIOR_BANK:
            own = list(p.rks)
            sub = Sub(p, FULL, penilai, pen_jab, pen_unit, own)
            p.subs.append(sub)
            subs.append(sub)
            continue

        n = 1 if s.get("tiny") else rng.choice([3, 4])
        split = rks[s["split"][0]] if "split" in s else None
        part = s["split"][1] if "split" in s else None
        if "mutasi" in s:
            old = people[s["mutasi"]]
            early_pool = pool_of(old, None, rks, bool(s.get("plh")))
            early = Sub(
                p,
                EARLY,
                old,
                old.jabatan,
                old.unit_skp,
                staff_rks(p, early_pool, n, rng, turn, None, None, False),
            )
            late_pool = pool_of(penilai, s.get("pool"), rks, bool(s.get("plh")))
            late_rks = staff_rks(p, late_pool, n, rng, turn, None, None, False)
            for i, rk in enumerate(late_rks):
                rk.key = f"{p.key}-late-{i + 1}"
            late = Sub(p, LATE, penilai, pen_jab, pen_unit, late_rks)
            for sub in (early, late):
                sub.variasi.add("revisi:periode-berbeda")
                sub.peristiwa.add("mutasi:1-april")
            early.twin, late.twin = late, early
            p.subs += [early, late]
            subs += [early, late]
            continue
        own = staff_rks(
            p,
            pool_of(penilai, s.get("pool"), rks, bool(s.get("plh"))),
            n,
            rng,
            turn,
            split,
            part,
            bool(s.get("tiny")),
        )
        own += tambahan_rk(p, rng)
        sub = Sub(p, FULL, penilai, pen_jab, pen_unit, own)
        p.subs.append(sub)
        subs.append(sub)
        if s.get("ganda"):
            twin = Sub(p, FULL, penilai, pen_jab, pen_unit, own)
            twin.twin, sub.twin = sub, twin
            p.subs.append(twin)
            subs.append(twin)
    return subs


# ---------------------------------------------------------------- variations, file names, defects


def file_name(p: Person, style: str) -> str:
    return {
        "skp-nama": f"SKP 2027 - {p.short}.xlsx",
        "nama-rencana": f"{p.short} - Rencana SKP 2027.xlsx",
        "huruf-kecil": f"skp {p.short.lower()}.xlsx",
        "garis-bawah-nip": f"Rencana SKP_{p.short.replace(' ', '_')}_{p.nip}.xlsx",
        "nip": f"SKP_2027_{p.nip}.xlsx",
        "kapital-final": f"{p.short.upper()} SKP 2027 (final).xlsx",
    }[style]


NAME_STYLES = ["skp-nama", "nama-rencana", "huruf-kecil", "garis-bawah-nip", "nip", "kapital-final"]


def decorate(subs: list[Sub], people: dict[str, Person], rng: random.Random) -> None:
    """Copy styles of column 2, NIP writing, file names; the injected defects."""
    asing = list(bank.RK_ASING)
    for sub in subs:
        p, s = sub.person, sub.person.spec
        # NIP of the pegawai and of the penilai as written
        sub.nip_style = rng.choices(["rapat", "spasi", "awalan-nip"], [0.45, 0.35, 0.2])[0]
        nip = p.nip
        if s.get("own_typo"):
            nip = nip[:15] + f"{(int(nip[15:]) + 7) % 1000:03d}"
            sub.peristiwa.add("nip-pegawai:salah-ketik")
        sub.nip_written = {"rapat": nip, "spasi": spaced(nip), "awalan-nip": f"NIP. {spaced(nip)}"}[
            sub.nip_style
        ]
        if sub.nip_style != "rapat":
            sub.variasi.add(f"nip:{sub.nip_style}")
        if sub.penilai is None:
            sub.pen_nip_digits = SEKDA["nip"]
        else:
            pen = sub.penilai.nip
            if s.get("pen_typo"):
                pen = pen[:15] + f"{(int(pen[15:]) + 40) % 1000:03d}"
                sub.peristiwa.add("nip-penilai:salah-ketik")
            sub.pen_nip_digits = pen
            sub.pen_style = rng.choices(["rapat", "spasi", "apostrof", "awalan-nip"], [0.3, 0.3, 0.15, 0.25])[
                0
            ]
            if sub.pen_style != "rapat":
                sub.variasi.add(f"nip_penilai:{sub.pen_style}")
            if s.get("plt") or s.get("plh"):
                sub.variasi.add("penilai:plt-plh")
            if s.get("lowong") and sub.periode != EARLY:
                sub.variasi.add("penilai:atasan-dari-atasan")
            if p.key == "p3" and sub.periode == LATE:
                sub.variasi.add("penilai:atasan-dari-atasan")
        if p.daftar_spaced and p.in_daftar:
            sub.variasi.add("daftar:nip-berspasi")
    # column 2, once per RK object (a duplicate submission shares its RK)
    seen: set[int] = set()
    for sub in subs:
        p, s = sub.person, sub.person.spec
        for rk in sub.rks:
            if id(rk) in seen or rk.tambahan or p.level == "jpt":
                continue
            seen.add(id(rk))
            assert rk.cite is not None, rk.key
            no = [r for r in rk.cite.owner.rks if not r.tambahan].index(rk.cite) + 1
            options = styles_for(rk.cite.text)
            if "potong" in options and rng.random() < 0.3:
                rk.copy = "potong"
            elif "dan-ampersand" in options and rng.random() < 0.15:
                rk.copy = "dan-ampersand"
            else:
                rk.copy = rng.choice(options) if rng.random() < 0.75 else "persis"
            rk.cite_text = copy_text(rk.cite.text, rk.copy, no, rng)
    for sub in subs:
        for rk in sub.rks:
            if rk.cite_text and rk.copy != "persis":
                sub.variasi.add(f"rk_atasan:{rk.copy}")
    # injected wrong and empty column 2
    for p in people.values():
        s = p.spec
        if "wrong" in s and p.subs:
            rk = [r for r in p.subs[0].rks if not r.tambahan][-1]
            w = s["wrong"]
            rk.cite_text = (
                asing[w]
                if isinstance(w, int)
                else next(r.text for r in people["kabid_pslb3"].rks if r.key == w)
            )
            rk.cite_kind, rk.copy = "wrong", "persis"
            p.subs[0].peristiwa.add("rk-atasan:salah")
        if s.get("defect") == "rk-atasan-kosong":
            rk = [r for r in p.subs[0].rks if not r.tambahan][1]
            rk.cite_text, rk.cite_kind, rk.copy = "", "empty", "persis"
    for sub in subs:  # recompute variasi after injections
        sub.variasi = {v for v in sub.variasi if not v.startswith("rk_atasan:")}
        for rk in sub.rks:
            if rk.cite_kind == "ok" and rk.cite_text and rk.copy != "persis":
                sub.variasi.add(f"rk_atasan:{rk.copy}")
    # file names, the styles in turn (first over the workbooks meant to be clean: each style has clean ones)
    marked = {"wrong", "defect", "penilai", "own_typo", "pen_typo", "tiny", "transferee", "ganda", "mutasi"}
    order = sorted(
        people.values(), key=lambda p: bool(marked & set(p.spec)) or p.atasan is people["kasubbag_keu"]
    )
    next_style = 0
    for p in order:
        if not p.subs:
            continue
        style = NAME_STYLES[next_style % len(NAME_STYLES)]
        next_style += 1
        folder = f"{p.folder}/" if p.folder else ""
        first = p.subs[0]
        if p.spec.get("ganda") == "revisi":
            first.file = f"{folder}SKP 2027 - {p.short}.xlsx"
            p.subs[1].file = f"{folder}SKP 2027 - {p.short} revisi.xlsx"
            p.subs[1].peristiwa.add("ganda:revisi")
            first.peristiwa.add("ganda:revisi")
            first.variasi.add("nama_berkas:skp-nama")
            p.subs[1].variasi.add("nama_berkas:skp-nama")
        elif p.spec.get("ganda") == "salinan":
            first.file = f"{folder}{file_name(p, 'nip')}"
            p.subs[1].file = f"{folder}{file_name(p, 'kapital-final')}"
            first.variasi.add("nama_berkas:nip")
            p.subs[1].variasi.add("nama_berkas:kapital-final")
            p.subs[1].nip_style, p.subs[1].nip_written = "spasi", spaced(p.nip)
            p.subs[1].variasi = {v for v in p.subs[1].variasi if not v.startswith("nip:")} | {"nip:spasi"}
            for sub in p.subs:
                sub.peristiwa.add("ganda:salinan")
        elif "mutasi" in p.spec:
            first.file = f"{folder}SKP 2027 - {p.short} (Jan-Mar).xlsx"
            p.subs[1].file = f"{folder}SKP 2027 - {p.short} revisi mutasi April.xlsx"
        else:
            first.file = f"{folder}{file_name(p, style)}"
            first.variasi.add(f"nama_berkas:{style}")
        for sub in p.subs:
            if "/" in p.folder:
                sub.variasi.add("subfolder:bertingkat")


# ---------------------------------------------------------------- drawing


class Grid:
    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        r2: int | None = None,
        c2: int | None = None,
        bold: bool = False,
        box: bool = False,
        text: bool = False,
    ) -> str:
        cell = self.ws.cell(r, c, v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        if text:
            cell.number_format = "@"
        if (r2 or r) != r or (c2 or c) != c:
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r2 or r, end_column=c2 or c)
        return cell.coordinate


def periode_text(periode: tuple[str, str], family: str) -> str:
    (y1, m1, d1), (y2, m2, d2) = (map(int, x.split("-")) for x in periode)
    text = f"{d1} {BULAN[m1]} s.d. {d2} {BULAN[m2]} {y2}"
    return text if family == "B" else text.upper().replace(" S.D. ", " SD ")


def nip_cell(digits: str, style: str) -> str:
    return {
        "rapat": digits,
        "spasi": spaced(digits),
        "apostrof": f"'{digits}",
        "awalan-nip": f"NIP. {spaced(digits)}",
    }[style]


def penilai_values(sub: Sub) -> dict[str, str]:
    if sub.penilai is None:
        return {
            "nama": SEKDA["nama"],
            "nip": SEKDA["nip"],
            "pangkat": SEKDA["pangkat"],
            "jabatan": SEKDA["jabatan"],
            "unit": SEKDA["unit"],
        }
    pen = sub.penilai
    return {
        "nama": pen.nama,
        "nip": nip_cell(sub.pen_nip_digits, sub.pen_style),
        "pangkat": pangkat_text(pen.gol, pen.pangkat_style),
        "jabatan": sub.pen_jabatan,
        "unit": sub.pen_unit,
    }


LABELS_A = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
LABELS_B = ["Nama", "NIP", "Pangkat/Gol. Ruang", "Jabatan", "Unit Kerja"]


def identity_side(g: Grid, sub: Sub, row: int, info: dict, jpt: bool = False, cols: tuple = (1, 4)) -> None:
    p, pen = sub.person, penilai_values(sub)
    a, d = cols
    g.put(row, a, "NO", bold=True, box=True)
    g.put(row, a + 1, "PEGAWAI YANG DINILAI", c2=a + 2, bold=True, box=True)
    g.put(row, d, "NO", bold=True, box=True)
    g.put(row, d + 1, "PEJABAT PENILAI KINERJA", c2=d + 2, bold=True, box=True)
    mine = [p.nama, sub.nip_written, pangkat_text(p.gol, p.pangkat_style), p.jabatan, p.unit_skp]
    theirs = [pen["nama"], pen["nip"], pen["pangkat"], pen["jabatan"], pen["unit"]]
    for i in range(5):
        r = row + 1 + i
        g.put(r, a, i + 1, box=True)
        g.put(r, a + 1, LABELS_A[i], box=True)
        c = g.put(r, a + 2, mine[i], box=True, text=True)
        g.put(r, d, i + 1, box=True)
        g.put(r, d + 1, "INSTANSI" if jpt and i == 4 else LABELS_A[i], box=True)
        c2 = g.put(r, d + 2, theirs[i], box=True, text=True)
        if i == 0:
            info.setdefault("nama", c)
            info.setdefault("pen_nama", c2)
        if i == 1:
            info.setdefault("nip", c)
            info.setdefault("pen_nip", c2)


def signature(g: Grid, sub: Sub, row: int, left: int, right: int) -> None:
    pen = penilai_values(sub)
    g.put(row, right, f"{bank.TEMPAT}, 11 Januari {TAHUN}")
    g.put(row + 1, left, "Pegawai yang Dinilai,")
    g.put(row + 1, right, "Pejabat Penilai Kinerja,")
    g.put(row + 2, right, pen["jabatan"])
    g.put(row + 6, left, sub.person.nama, bold=True)
    g.put(row + 6, right, pen["nama"], bold=True)
    own = re.sub(r"\D", "", sub.nip_written)
    g.put(row + 7, left, f"NIP. {spaced(own)}")
    if sub.penilai is not None:
        g.put(row + 7, right, f"NIP. {spaced(sub.pen_nip_digits)}")
    else:
        g.put(row + 7, right, f"NIP. {spaced(SEKDA['nip'])}")


def draw_ja_a(ws: Any, sub: Sub, info: dict) -> None:
    """Family A: side-by-side identity, RK cells merged down, Model Pengembangan with five kategori levels
    and DATA / SUMBER DATA / WAKTU PENGUMPULAN."""
    p = sub.person
    g = Grid(ws)
    dev = p.model == "pengembangan"
    last = 14 if dev else 6
    widths = [5, 36, 36, 12, 40, 14] + ([13] * 5 + [22, 22, 16] if dev else [])
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    g.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", c2=last, bold=True)
    g.put(2, 1, bank.PEMDA, c2=last, bold=True)
    g.put(3, 1, bank.DINAS.upper(), c2=last, bold=True)
    g.put(4, 1, f"PERIODE PENILAIAN: {periode_text(sub.periode, 'A')}", c2=last)
    identity_side(g, sub, 6, info)
    h = 13
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for c, t in enumerate(heads, 1):
        g.put(h, c, t, r2=h + 1 if dev else None, bold=True, box=True)
    if dev:
        g.put(h, 7, "KATEGORI PENILAIAN KINERJA", c2=11, bold=True, box=True)
        g.put(h, 12, "CARA MEMANTAU KINERJA", c2=14, bold=True, box=True)
        for c, t in enumerate(
            [
                "SANGAT KURANG",
                "KURANG",
                "CUKUP",
                "BAIK",
                "SANGAT BAIK",
                "DATA",
                "SUMBER DATA",
                "WAKTU PENGUMPULAN",
            ],
            7,
        ):
            g.put(h + 1, c, t, bold=True, box=True)
    r = h + (2 if dev else 1)
    for section, tamb in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        g.put(r, 1, section, c2=last, bold=True, box=True)
        r += 1
        for no, rk in enumerate([x for x in sub.rks if x.tambahan == tamb], 1):
            k = len(rk.ikis)
            rk.cells["no"] = g.put(r, 1, no, r2=r + k - 1, box=True)
            rk.cells["atasan"] = g.put(r, 2, rk.cite_text or None, r2=r + k - 1, box=True)
            rk.cells["rk"] = g.put(r, 3, rk.text, r2=r + k - 1, box=True)
            if dev:
                data = f"{rk.text.split(' yang ')[0]}"
                g.put(r, 12, data, r2=r + k - 1, box=True)
                g.put(r, 13, f"Arsip {p.unit_skp.split(',')[0]}", r2=r + k - 1, box=True)
                g.put(r, 14, "Triwulanan", r2=r + k - 1, box=True)
            for iki in rk.ikis:
                iki.cells["aspek"] = g.put(r, 4, iki.aspek, box=True)
                iki.cells["iki"] = g.put(r, 5, iki.text, box=True)
                iki.cells["target"] = g.put(r, 6, iki.target, box=True)
                if dev:
                    kat = kategori(iki.aspek, iki.target or "", 5)
                    if iki.sb_override:
                        kat["sb"] = iki.sb_override
                    for c, lv in zip(range(7, 12), ["sk", "k", "c", "b", "sb"], strict=True):
                        iki.cells[lv] = g.put(r, c, kat[lv], box=True)
                r += 1
    signature(g, sub, r + 1, 2, 5)


def draw_ja_b(ws: Any, sub: Sub, info: dict) -> None:
    """Family B: stacked identity, RK written once on its first IKI row without merging, Model Pengembangan
    with CUKUP / BAIK / SANGAT BAIK and one SUMBER DATA UNTUK PENGUKURAN column."""
    p = sub.person
    g = Grid(ws)
    dev = p.model == "pengembangan"
    last = 10 if dev else 6
    for i, w in enumerate([6, 34, 34, 12, 38, 14, 14, 14, 14, 26][:last]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    g.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", c2=last, bold=True)
    g.put(2, 1, bank.DINAS_PANJANG.upper(), c2=last, bold=True)
    g.put(3, 1, f"Periode Penilaian : {periode_text(sub.periode, 'B')}", c2=last)
    pen = penilai_values(sub)
    mine = [p.nama, sub.nip_written, pangkat_text(p.gol, p.pangkat_style), p.jabatan, p.unit_skp]
    theirs = [pen["nama"], pen["nip"], pen["pangkat"], pen["jabatan"], pen["unit"]]
    for top, roman, title, vals, pre in (
        (5, "I", "PEGAWAI YANG DINILAI", mine, ""),
        (12, "II", "PEJABAT PENILAI KINERJA", theirs, "pen_"),
    ):
        g.put(top, 1, roman, bold=True)
        g.put(top, 2, title, bold=True)
        for i in range(5):
            g.put(top + 1 + i, 1, i + 1)
            g.put(top + 1 + i, 2, LABELS_B[i])
            c = g.put(top + 1 + i, 3, vals[i], c2=5, text=True)
            if i == 0:
                info[f"{pre}nama"] = c
            if i == 1:
                info[f"{pre}nip"] = c
    h = 19
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for c, t in enumerate(heads, 1):
        g.put(h, c, t, r2=h + 1 if dev else None, bold=True, box=True)
    if dev:
        g.put(h, 7, "KATEGORI PENILAIAN", c2=9, bold=True, box=True)
        g.put(h, 10, "SUMBER DATA UNTUK PENGUKURAN", r2=h + 1, bold=True, box=True)
        for c, t in enumerate(["CUKUP", "BAIK", "SANGAT BAIK"], 7):
            g.put(h + 1, c, t, bold=True, box=True)
    r = h + (2 if dev else 1)
    for section, tamb in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        g.put(r, 1, section, c2=last, bold=True)
        r += 1
        for no, rk in enumerate([x for x in sub.rks if x.tambahan == tamb], 1):
            for i, iki in enumerate(rk.ikis):
                if i == 0:
                    rk.cells["no"] = g.put(r, 1, no, box=True)
                    rk.cells["atasan"] = g.put(r, 2, rk.cite_text or None, box=True)
                    rk.cells["rk"] = g.put(r, 3, rk.text, box=True)
                else:
                    for c in (1, 2, 3):
                        g.put(r, c, None, box=True)
                iki.cells["aspek"] = g.put(r, 4, iki.aspek, box=True)
                iki.cells["iki"] = g.put(r, 5, iki.text, box=True)
                iki.cells["target"] = g.put(r, 6, iki.target, box=True)
                if dev:
                    kat = kategori(iki.aspek, iki.target or "", 3)
                    if iki.sb_override:
                        kat["sb"] = iki.sb_override
                    for c, lv in zip((7, 8, 9), ("c", "b", "sb"), strict=True):
                        iki.cells[lv] = g.put(r, c, kat[lv], box=True)
                    g.put(r, 10, f"Laporan bulanan {p.unit_skp.split(',')[0].split(' Dinas')[0]}", box=True)
                r += 1


def draw_jpt(ws: Any, sub: Sub, info: dict) -> None:
    g = Grid(ws)
    for i, w in enumerate([20, 6, 44, 44, 16, 34]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    g.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", c2=6, bold=True)
    g.put(2, 1, "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI", c2=6, bold=True)
    g.put(3, 1, bank.PEMDA, c2=6, bold=True)
    g.put(4, 1, f"PERIODE PENILAIAN: {periode_text(sub.periode, 'A')}", c2=6)
    identity_side(g, sub, 6, info, jpt=True)
    h = 13
    for c, t in enumerate(["PERSPEKTIF", "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"], 1):
        g.put(h, c, t, bold=True, box=True)
    r = h + 1
    for section, tamb in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        g.put(r, 1, section, c2=5, bold=True, box=True)
        r += 1
        for no, rk in enumerate([x for x in sub.rks if x.tambahan == tamb], 1):
            g.put(r, 1, rk.perspektif or None, box=True)
            rk.cells["no"] = g.put(r, 2, no, box=True)
            rk.cells["rk"] = g.put(r, 3, rk.text, box=True)
            for iki in rk.ikis:
                iki.cells["iki"] = g.put(r, 4, iki.text, box=True)
                iki.cells["target"] = g.put(r, 5, iki.target, box=True)
            r += 1
    signature(g, sub, r + 1, 3, 4)


def draw_manual(ws: Any, sub: Sub) -> None:
    g = Grid(ws)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 80
    g.put(1, 1, "MANUAL INDIKATOR KINERJA", c2=2, bold=True)
    r = 3
    for rk in sub.rks:
        if rk.tambahan or not rk.manual:
            continue
        m = rk.manual
        iki = rk.ikis[0]
        rows = [
            ("RENCANA KINERJA", rk.text),
            ("DESKRIPSI RENCANA KINERJA", m["deskripsi"]),
            ("INDIKATOR KINERJA INDIVIDU", iki.text),
            ("DEFINISI IKI", m["definisi"]),
            ("FORMULA", m["formula"]),
            ("TUJUAN", m["tujuan"]),
            ("SATUAN PENGUKURAN", m["satuan"]),
            ("JENIS ASPEK TARGET", "Kualitas"),
            ("TINGKAT KENDALI IKI", bank.MANUAL_TAMBAHAN["tingkat_kendali"]),
            ("SUMBER DATA", m["sumber"]),
            ("PERIODE PELAPORAN", bank.MANUAL_TAMBAHAN["periode"]),
        ]
        for label, value in rows:
            g.put(r, 1, label, box=True, bold=True)
            g.put(r, 2, value, box=True)
            r += 1
        r += 1


def draw_ak(ws: Any, sub: Sub, info: dict, rng: random.Random) -> None:
    g = Grid(ws)
    for i, w in enumerate([6, 40, 44, 26, 14, 34]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    g.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", c2=5, bold=True)
    g.put(2, 1, f"PERIODE PENILAIAN: {periode_text(sub.periode, 'A')}", c2=5)
    identity_side(g, sub, 4, {})
    g.put(11, 1, "TANGGAL PENGAJUAN", c2=2)
    g.put(11, 3, f"11 Januari {TAHUN}")
    h = 13
    for c, t in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        g.put(h, c, t, bold=True, box=True)
    g.put(h + 1, 1, "KINERJA UTAMA", c2=5, bold=True, box=True)
    r = h + 2
    butir = bank.BUTIR[sub.person.jf]
    as_number = rng.random() < 0.4
    for no, rk in enumerate([x for x in sub.rks if not x.tambahan], 1):
        k = 1 if len(butir) < 3 or no % 2 else 2
        g.put(r, 1, no, r2=r + k - 1, box=True)
        g.put(r, 2, rk.text, r2=r + k - 1, box=True)
        for j in range(k):
            b = butir[(no + j) % len(butir)]
            g.put(r, 3, b[0], box=True)
            g.put(r, 4, b[1], box=True)
            g.put(r, 5, float(b[2].replace(",", ".")) if as_number else b[2], box=True)
            r += 1
    info["ak_sheet"] = ws.title


def draw_matriks(ws: Any, sup: Person, split_rk: Rk, members: list[tuple[Person, Rk]]) -> None:
    g = Grid(ws)
    for i, w in enumerate([5, 30, 22, 32, 50, 14]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    sp = split_rk.split or {}
    g.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", c2=6, bold=True)
    g.put(
        2,
        1,
        f"{sup.jabatan.replace('Kepala ', '').upper()} - {bank.DINAS_PANJANG.upper()} TAHUN {TAHUN}",
        c2=6,
    )
    g.put(4, 1, "NO", bold=True, box=True)
    g.put(4, 2, "NAMA", bold=True, box=True)
    g.put(4, 3, "NIP", bold=True, box=True)
    g.put(4, 4, "JABATAN", bold=True, box=True)
    g.put(4, 5, "PERAN DAN HASIL (RENCANA KINERJA)", bold=True, box=True)
    g.put(4, 6, "TARGET", bold=True, box=True)
    g.put(5, 2, sup.nama, box=True)
    g.put(5, 3, spaced(sup.nip), box=True, text=True)
    g.put(5, 4, f"{sup.jabatan} (koordinator)", box=True)
    g.put(5, 5, split_rk.text, box=True)
    g.put(5, 6, f"{fmt_num(sp['total'])} {sp['satuan']}", box=True)
    g.put(6, 4, "Jenis penyelarasan", box=True)
    g.put(6, 5, "Direct cascading (pembagian beban target kuantitatif)", c2=6, box=True)
    r = 7
    for i, (m, rk) in enumerate(members, 1):
        g.put(r, 1, i, box=True)
        g.put(r, 2, m.nama, box=True)
        g.put(r, 3, spaced(m.nip), box=True, text=True)
        g.put(r, 4, m.jabatan, box=True)
        g.put(r, 5, rk.text, box=True)
        g.put(r, 6, rk.ikis[0].target, box=True)
        r += 1


def save(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "Pegawai DLH"
    wb.properties.created = datetime(*ZIP_DATE)
    wb.properties.modified = datetime(*ZIP_DATE)
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    stamp = datetime(*ZIP_DATE).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            data = re.sub(
                rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data
            )
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def form_of(p: Person) -> str:
    if p.level == "jpt":
        return "jpt-pengembangan"
    return f"{'jf' if p.level == 'jf' else 'ja'}-{p.model}"


def write_workbook(
    sub: Sub, path: Path, rng: random.Random, splits: dict[str, list[tuple[Person, Rk]]]
) -> None:
    p = sub.person
    wb = Workbook()
    ws = wb.active
    ws.title = {"A": "SKP", "B": "Rencana SKP 2027", "J": "SKP"}[p.family]
    info: dict[str, Any] = {"sheet": ws.title}
    if p.level == "jpt":
        draw_jpt(ws, sub, info)
        draw_manual(wb.create_sheet("Manual IKI"), sub)
    elif p.family == "A":
        draw_ja_a(ws, sub, info)
    else:
        draw_ja_b(ws, sub, info)
    if p.level == "jf":
        draw_ak(wb.create_sheet("Keterkaitan SKP-AK"), sub, info, rng)
    for rk in sub.rks:
        if rk.split and rk.key in splits:
            draw_matriks(wb.create_sheet("Matriks Peran Hasil"), p, rk, splits[rk.key])
    sub.info = info
    save(wb, path)


# ---------------------------------------------------------------- injected per-file defects


def separate_twins(subs: list[Sub]) -> None:
    """A second submission gets its own RK objects (its own cells); a revisi raises one target."""
    for sub in subs:
        if sub.twin is None or sub.twin.periode != sub.periode or sub is sub.person.subs[0]:
            continue
        sub.rks = [replace(rk, ikis=[replace(i, cells={}) for i in rk.ikis], cells={}) for rk in sub.rks]
        if sub.person.spec.get("ganda") == "revisi":
            iki = sub.rks[0].ikis[0]
            n, sat, _ = parse_target(iki.target or "")
            iki.target = f"{fmt_num(n + 2)} {sat}"


def inject_file_defects(people: dict[str, Person]) -> None:
    for p in people.values():
        code = p.spec.get("defect")
        if not code or code == "rk-atasan-kosong":
            continue
        ku = [r for r in p.subs[0].rks if not r.tambahan]
        if code == "iki-tanpa-target":
            ku[1].ikis[1].target = None
        elif code == "target-tanpa-satuan":
            ku[0].ikis[0].target = "12"
        elif code == "aspek-tidak-valid":
            ku[-1].ikis[1].aspek = "Efisiensi"
        elif code == "kategori-tidak-membedakan":
            iki = ku[0].ikis[0]
            iki.sb_override = iki.target


def file_defect_entry(p: Person, sub: Sub) -> dict | None:
    code = p.spec.get("defect")
    if not code:
        return None
    sheet = sub.info["sheet"]
    ku = [r for r in sub.rks if not r.tambahan]
    if code == "iki-tanpa-target":
        iki = ku[1].ikis[1]
        return entry(code, sheet, iki.cells["target"], [(sheet, iki.cells["iki"])])
    if code == "target-tanpa-satuan":
        iki = ku[0].ikis[0]
        return entry(code, sheet, iki.cells["target"], [])
    if code == "aspek-tidak-valid":
        iki = ku[-1].ikis[1]
        return entry(code, sheet, iki.cells["aspek"], [])
    if code == "kategori-tidak-membedakan":
        iki = ku[0].ikis[0]
        return entry(code, sheet, iki.cells["sb"], [(sheet, iki.cells["target"])])
    if code == "rk-atasan-kosong":
        rk = ku[1]
        return entry(code, sheet, rk.cells["atasan"], [(sheet, rk.cells["rk"])])
    raise AssertionError(code)


def entry(
    code: str,
    sheet: str | None,
    cell: str | None,
    alt: list[tuple[str, str]],
    alt_files: list[str] | None = None,
    **extra: Any,
) -> dict:
    return {
        "code": code,
        "severity": DEFECTS[code][0],
        "sheet": sheet if cell else None,
        "cell": cell,
        "alt_cells": [{"sheet": s, "cell": c} for s, c in alt],
        "alt_files": sorted(alt_files or []),
        **extra,
    }


def boleh(code: str, severity: str, sheet: str | None, why: str) -> dict:
    return {"code": code, "severity": severity, "sheet": sheet, "why": why}


# ---------------------------------------------------------------- expectations


def coverage(subs: list[Sub], people: dict[str, Person], view: str) -> set[str]:
    """Keys of the superiors' Kinerja Utama RK intervened by a submitted subordinate, linking each SKP to its
    superior by the penilai NIP as written (``nip``), by the person meant (``orang``), or by NIP without the
    earlier-period SKP of a mid-year move (``tanpa-awal``)."""
    by_nip = {p.nip: p for p in people.values() if p.subs}
    covered: set[str] = set()
    for sub in subs:
        if view == "tanpa-awal" and sub.periode == EARLY:
            continue
        sup = sub.penilai if view == "orang" else by_nip.get(sub.pen_nip_digits)
        if sup is None:
            continue
        for rk in sub.rks:
            if rk.tambahan or rk.cite_kind != "ok" or rk.cite is None:
                continue
            if rk.cite.owner is sup:
                covered.add(rk.cite.key)
    return covered


def check_model(subs: list[Sub], people: dict[str, Person], rks: dict[str, Rk]) -> None:
    """Self-checks of the model: each clean copy of column 2 is the superior's RK up to harmless differences;
    each wrong one is far from every RK the product may accept; equivalent plans stay within 2x."""
    for sub in subs:
        for rk in sub.rks:
            if rk.tambahan or sub.person.level == "jpt":
                continue
            if rk.cite_kind == "ok":
                assert copied_from(rk.cite_text, rk.cite.text), (rk.cite_text, rk.cite.text)
            elif rk.cite_kind == "wrong":
                sup = sub.penilai
                accept = [r.text for r in sup.rks] + [r.cite.text for r in sup.rks if r.cite]
                accept += [r.text for r in people["kadis"].rks]
                worst = max(sort_ratio(rk.cite_text, a) for a in accept)
                assert worst < 0.7, (rk.cite_text, worst)
    for sub in subs:  # a staff count is never a part of the superior's count unless a Matriks says so
        for rk in sub.rks:
            if rk.cite is not None and not rk.cite.split and sub.person.key not in SUPERIOR_BANK and rk.ikis:
                own = parse_target(rk.ikis[0].target or "1 x")[1]
                assert own != parse_target(rk.cite.ikis[0].target or "1 x")[1], (rk.text, rk.cite.text)
    groups: dict[tuple, list[Sub]] = {}
    for sub in subs:
        if sub.penilai is not None and sub.periode == FULL:
            groups.setdefault((sub.pen_nip_digits,), []).append(sub)
    for group in groups.values():
        normal = [s for s in group if not s.person.spec.get("tiny")]
        n_rk = [len(s.rks) for s in normal]
        n_iki = [sum(len(r.ikis) for r in s.rks) for s in normal]
        assert max(n_rk) < 2 * min(n_rk) and max(n_iki) < 2 * min(n_iki), [s.person.key for s in group]


def expectations(subs: list[Sub], people: dict[str, Person]) -> dict[str, dict]:
    out: dict[str, dict] = {s.file: {"defects": [], "boleh": []} for s in subs}
    daftar_nips = {p.nip for p in people.values() if p.in_daftar}
    submitted = {p.nip for p in people.values() if p.subs}

    def add(sub: Sub, d: dict) -> None:
        out[sub.file]["defects"].append(d)

    for sub in subs:
        p, info, sheet = sub.person, sub.info, sub.info["sheet"]
        # skp-ganda: same NIP and same period
        if sub.twin is not None and sub.twin.periode == sub.periode:
            add(sub, entry("skp-ganda", sheet, info["nip"], [(sheet, info["nama"])], [sub.twin.file]))
        # skp-atasan-tidak-ditemukan
        if sub.penilai is None:
            out[sub.file]["boleh"].append(
                boleh(
                    "skp-atasan-tidak-ditemukan",
                    "info",
                    None,
                    "Kepala Dinas (JPT) dinilai Sekretaris Daerah yang SKP-nya di luar kiriman dinas; "
                    "SKP JPT tidak punya kolom RK atasan, jadi tidak ada keselarasan yang terlewat "
                    "(SPEC §3.4, §7).",
                )
            )
        elif sub.pen_nip_digits not in submitted:
            if p.spec.get("pen_typo"):
                out[sub.file]["boleh"].append(
                    boleh(
                        "skp-atasan-tidak-ditemukan",
                        "info",
                        None,
                        "NIP penilai salah ketik: menurut NIP SKP atasan tidak ada, menurut orangnya ada.",
                    )
                )
            else:
                add(sub, entry("skp-atasan-tidak-ditemukan", None, None, []))
        # rk-atasan-tidak-cocok
        for rk in sub.rks:
            if rk.cite_kind == "wrong":
                add(sub, entry("rk-atasan-tidak-cocok", sheet, rk.cells["atasan"], [(sheet, rk.cells["rk"])]))
        # penilai-tidak-sesuai-daftar / pegawai-tidak-dalam-daftar
        nip_digits = re.sub(r"\D", "", sub.nip_written)
        if nip_digits not in daftar_nips:
            add(sub, entry("pegawai-tidak-dalam-daftar", sheet, info["nip"], [(sheet, info["nama"])]))
        elif sub.penilai is not None:
            atasan_nip = p.atasan.nip if p.atasan else SEKDA["nip"]
            if sub.pen_nip_digits != atasan_nip:
                if sub.periode == EARLY:
                    out[sub.file]["boleh"].append(
                        boleh(
                            "penilai-tidak-sesuai-daftar",
                            "peringatan",
                            sheet,
                            "SKP Januari-Maret sebelum mutasi 1 April: penilainya atasan lama, daftar "
                            "mencatat atasan sekarang. SPEC §7 secara harfiah melaporkannya; pegawai juga "
                            "mengirim SKP April-Desember dengan penilai sesuai daftar.",
                        )
                    )
                else:
                    add(
                        sub,
                        entry(
                            "penilai-tidak-sesuai-daftar", sheet, info["pen_nip"], [(sheet, info["pen_nama"])]
                        ),
                    )
        if sub.pen_style == "apostrof":
            out[sub.file]["boleh"].append(
                boleh(
                    "nip-tidak-valid",
                    "error",
                    sheet,
                    "NIP penilai diawali tanda petik yang ikut tersimpan (sel Text); 18 angkanya utuh, "
                    "tetapi SPEC §5 hanya menyebut spasi dan titik sebagai pemisah.",
                )
            )
        # per-file
        d = file_defect_entry(p, sub)
        if d is not None:
            add(sub, d)
    # rk-atasan-tidak-diintervensi, from the model in three views
    views = {v: coverage(subs, people, v) for v in ("nip", "orang", "tanpa-awal")}
    for p in people.values():
        if not p.subs or p.key not in SUPERIOR_BANK and p.level != "jpt":
            continue
        sub = p.subs[0]
        for rk in p.rks:
            if rk.tambahan:
                continue
            missing = [v for v, cov in views.items() if rk.key not in cov]
            if len(missing) == len(views):
                add(sub, entry("rk-atasan-tidak-diintervensi", sub.info["sheet"], rk.cells["rk"], []))
            elif missing:
                out[sub.file]["boleh"].append(
                    boleh(
                        "rk-atasan-tidak-diintervensi",
                        "peringatan",
                        sub.info["sheet"],
                        f"RK {rk.cells['rk']} hanya dikutip oleh kiriman yang tertaut lewat cara lain "
                        f"(tidak tercakup menurut: {', '.join(missing)}).",
                    )
                )
    # target-kaskade-tidak-seimbang
    for p in people.values():
        for rk in p.rks:
            if rk.split and not rk.split["balanced"] and p.subs:
                members = [s.file for s in subs if s.person.spec.get("split", ("",))[0] == rk.key]
                add(p.subs[0], entry("target-kaskade-tidak-seimbang", None, None, [], members))
    # kesetaraan-tidak-seimbang
    for sub in subs:
        if sub.person.spec.get("tiny"):
            peers = [
                s.file
                for s in subs
                if s is not sub
                and s.pen_nip_digits == sub.pen_nip_digits
                and s.person.jabatan == sub.person.jabatan
                and s.periode == sub.periode
            ]
            add(sub, entry("kesetaraan-tidak-seimbang", None, None, [], peers))
    return out


# ---------------------------------------------------------------- daftar pegawai (SIASN export)


DAFTAR_HEAD = [
    "No.",
    "NIP BARU",
    "NIP LAMA",
    "NAMA",
    "GELAR DEPAN",
    "GELAR BELAKANG",
    "TGL LAHIR",
    "GOL/RUANG",
    "NAMA JABATAN",
    "JENIS JABATAN",
    "UNIT KERJA",
    "NIP ATASAN LANGSUNG",
    "NAMA ATASAN LANGSUNG",
    "STATUS PEGAWAI",
    "KETERANGAN",
]


def write_daftar(people: dict[str, Person], path: Path) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data Pegawai"
    g = Grid(ws)
    g.put(1, 1, "DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL", c2=len(DAFTAR_HEAD), bold=True)
    g.put(2, 1, bank.DINAS_PANJANG.upper(), c2=len(DAFTAR_HEAD), bold=True)
    g.put(
        3,
        1,
        "Sumber: ekspor SIASN per 4 Januari 2027; kolom atasan dilengkapi Subbagian Umum dan Kepegawaian",
        c2=len(DAFTAR_HEAD),
    )
    for c, t in enumerate(DAFTAR_HEAD, 1):
        g.put(5, c, t, bold=True, box=True)
        ws.column_dimensions[get_column_letter(c)].width = 22
    rows = []
    r = 6
    for p in people.values():
        if not p.in_daftar:
            continue
        gelar = p.nama[len(p.short) + 2 :] if p.nama != p.short else ""
        atasan_nip = p.atasan.nip if p.atasan else SEKDA["nip"]
        atasan_nama = p.atasan.nama if p.atasan else SEKDA["nama"]
        tmt_year = int(p.nip[8:12])
        nip_lama = f"6400{int(p.nip[14:]):05d}" if tmt_year <= 2007 else ""
        born = datetime(int(p.nip[:4]), int(p.nip[4:6]), int(p.nip[6:8]))
        jenis = {
            "jpt": "Struktural",
            "admin": "Struktural",
            "pengawas": "Struktural",
            "jf": "Fungsional",
        }.get(p.level, "Pelaksana")
        vals = [
            r - 5,
            spaced(p.nip) if p.daftar_spaced else p.nip,
            nip_lama,
            p.short,
            "",
            gelar,
            born,
            p.gol,
            p.jabatan,
            jenis,
            bank.UNIT[p.unit],
            atasan_nip,
            atasan_nama,
            p.status,
            p.keterangan,
        ]
        for c, v in enumerate(vals, 1):
            cell = g.put(r, c, v if v != "" else None, box=True, text=c in (2, 3, 12))
            if c == 7:
                ws[cell].number_format = "DD-MM-YYYY"
        rows.append({"person": p, "baris": r})
        r += 1
    save(wb, path)
    return rows


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set kumpulan nyata_cf (deterministik).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman", help="folder buku kerja kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json", help="berkas manifes")
    ap.add_argument("--daftar", type=Path, default=None, help="berkas daftar pegawai")
    args = ap.parse_args(argv)
    rng = random.Random(SEED)
    people = build(rng)
    rks = superior_rks(people)
    subs = make_subs(people, rks, rng)
    decorate(subs, people, rng)
    separate_twins(subs)
    inject_file_defects(people)
    check_model(subs, people, rks)
    splits: dict[str, list[tuple[Person, Rk]]] = {}
    for sub in subs:
        if "split" in sub.person.spec:
            splits.setdefault(sub.person.spec["split"][0], []).append((sub.person, sub.rks[0]))
    for sub in sorted(subs, key=lambda s: s.file):
        write_workbook(sub, args.keluaran / sub.file, random.Random(f"{SEED}:{sub.file}"), splits)
    daftar_path = args.daftar or args.harapan.parent / DAFTAR_REL
    daftar_rows = write_daftar(people, daftar_path)
    exp = expectations(subs, people)
    files = []
    for sub in subs:
        p = sub.person
        e = exp[sub.file]
        files.append(
            {
                "file": sub.file,
                "form": form_of(p),
                "clean": not any(d["severity"] in ("error", "peringatan") for d in e["defects"]),
                "defects": e["defects"],
                "boleh": e["boleh"],
                "nip": re.sub(r"\D", "", sub.nip_written),
                "nip_penilai": sub.pen_nip_digits,
                "periode": list(sub.periode),
                "jabatan": p.jabatan,
                "unit": bank.UNIT[p.unit],
                "variasi": sorted(sub.variasi),
                "peristiwa": sorted(sub.peristiwa),
            }
        )
    submitted = {f["nip"] for f in files}
    belum, tidak_wajib, boleh_tercantum = [], [], []
    for row in daftar_rows:
        p = row["person"]
        e = {
            "nip": p.nip,
            "nama": p.short,
            "unit": bank.UNIT[p.unit],
            "baris": row["baris"],
            "status": p.status,
        }
        if p.nip in submitted:
            continue
        if p.spec.get("own_typo"):
            boleh_tercantum.append(
                {
                    **e,
                    "why": "mengirim dengan NIP salah ketik: menurut NIP belum mengirim, "
                    "menurut orangnya sudah",
                }
            )
        elif p.status != "Aktif":
            tidak_wajib.append({**e, "interpretation": p.status == "Tugas Belajar"})
        else:
            belum.append(e)
    manifest = {
        "set": "nyata_cf",
        "seed": SEED,
        "tahun": TAHUN,
        "daftar": DAFTAR_REL,
        "belum_mengirim": belum,
        "tidak_wajib": tidak_wajib,
        "boleh_tercantum": boleh_tercantum,
        "files": sorted(files, key=lambda f: f["file"]),
    }
    args.harapan.parent.mkdir(parents=True, exist_ok=True)
    args.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
