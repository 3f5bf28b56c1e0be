"""Generator set ``nyata_aa``: kop SKP (identitas dan periode) seperti yang ditulis instansi.

Setiap buku kerja disusun dulu sebagai kisi sel (``Book``), sehingga sel setiap cacat diketahui pasti, lalu
ditulis dengan openpyxl, XlsxWriter, atau openpyxl lalu disimpan ulang LibreOffice. Deterministik untuk
``SEED``. Pemakaian: ``python buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261207
TAHUN = 2026
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")


def addr(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Any] = field(default_factory=dict)
    fmt: dict[tuple[int, int], str] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)

    def put(self, r: int, c: int, v: Any, fmt: str | None = None) -> str:
        if v is not None:
            self.cells[(r, c)] = v
        if fmt:
            self.fmt[(r, c)] = fmt
        return addr(r, c)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


@dataclass
class Book:
    sheets: list[Sheet] = field(default_factory=list)

    def add(self, name: str) -> Sheet:
        s = Sheet(name)
        self.sheets.append(s)
        return s


# ---------------------------------------------------------------- orang, NIP, pangkat

@dataclass
class Orang:
    nama: str
    nip: str  # 18 digit
    gol: tuple[str, str] | None  # None untuk PPPK
    gol_pppk: str | None = None


def buat_nip(rng: random.Random, lahir_min: int, lahir_maks: int, jk: int, pppk: bool = False) -> str:
    y = rng.randint(lahir_min, lahir_maks)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if pppk:
        tmt = f"{rng.choice([2022, 2023, 2024])}21"
    else:
        ty = min(y + rng.randint(22, 28), 2021)
        tmt = f"{ty}{rng.randint(1, 12):02d}"
    return f"{y}{m:02d}{d:02d}{tmt}{jk}{rng.randint(1, 15):03d}"


def nip_spasi(n: str) -> str:
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


NIP_TULIS = [
    ("spasi", lambda n: nip_spasi(n)),
    ("rapat", lambda n: n),
    ("nip-titik", lambda n: "NIP. " + nip_spasi(n)),
    ("nip-titikdua", lambda n: "NIP: " + n),
    ("titik", lambda n: f"{n[:8]}.{n[8:14]}.{n[14]}.{n[15:]}"),
    ("strip", lambda n: f"{n[:8]}-{n[8:14]}-{n[14]}-{n[15:]}"),
    ("teks-format", lambda n: n),  # 18 angka sebagai teks dalam sel berformat Text
]


def _tk(nama: str, tk: str) -> str:
    return nama.replace("Tingkat I", tk)


PANGKAT_TULIS = [
    ("tk-garis-titik", lambda p, g, r: f"{_tk(p, 'Tk. I')} / {g}.{r}"),
    ("kurung", lambda p, g, r: f"{p} ({g}/{r})"),
    ("golongan-saja", lambda p, g, r: f"{g}/{r}"),
    ("gol-strip", lambda p, g, r: f"Gol. {g}-{r}"),
    ("tk-koma", lambda p, g, r: f"{_tk(p, 'Tk.I')}, {g}/{r}"),
    ("pangkat-saja", lambda p, g, r: p),
    ("kapital", lambda p, g, r: f"{_tk(p, 'TK. I').upper()} - {g}/{r.upper()}"),
    ("baku", lambda p, g, r: f"{p}, {g}/{r}"),
    ("rapat", lambda p, g, r: f"{_tk(p, 'Tk.I')}/{g}{r}"),
]


def tulis_pangkat(gol: tuple[str, str], gaya: int) -> str:
    return PANGKAT_TULIS[gaya % len(PANGKAT_TULIS)][1](bank.PANGKAT[gol], gol[0], gol[1])


# ---------------------------------------------------------------- kop

LABEL_GAYA = [
    {"nama": "NAMA", "nip": "NIP", "pangkat": "PANGKAT/GOL RUANG", "jabatan": "JABATAN",
     "unit": "UNIT KERJA"},
    {"nama": "Nama", "nip": "NIP", "pangkat": "Pangkat/Gol. Ruang", "jabatan": "Jabatan",
     "unit": "Unit Kerja"},
    {"nama": "NAMA", "nip": "NIP", "pangkat": "PANGKAT / GOLONGAN RUANG", "jabatan": "JABATAN",
     "unit": "UNIT KERJA"},
    {"nama": "Nama", "nip": "N I P", "pangkat": "Pangkat / Gol.Ruang", "jabatan": "Jabatan",
     "unit": "Unit Kerja"},
]
FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit")
TATA = ("samping", "samping-titikdua", "tumpuk", "tumpuk-titikdua")
NOMOR = ("angka", "angka-titik", "bilangan", "tanpa")


@dataclass
class Nilai:
    """Isian identitas: teks, angka atau None (kosong), dengan format sel."""

    v: Any
    fmt: str | None = None


def _nomor(gaya: str, i: int) -> Any:
    return {"angka": str(i), "angka-titik": f"{i}.", "bilangan": i, "tanpa": None}[gaya]


def tulis_kop(sh: Sheet, r0: int, tata: str, nomor: str, lab: dict[str, str], peg: dict[str, Nilai],
              pen: dict[str, Nilai], unit_pen_label: str, kepala: tuple[str, str]) -> tuple[dict, int]:
    """Blok PEGAWAI YANG DINILAI dan PEJABAT PENILAI KINERJA mulai baris ``r0``; mengembalikan peta
    (pihak, isian) -> {nilai, label, titikdua} dan baris kosong pertama sesudahnya."""
    peta: dict[tuple[str, str], dict[str, str]] = {}

    def blok(pihak: str, isian: dict[str, Nilai], r: int, c_no: int | None, c_lab: int, c_tk: int | None,
             c_val: int) -> int:
        for i, f in enumerate(FIELDS, start=1):
            if c_no is not None and nomor != "tanpa":
                sh.put(r, c_no, _nomor(nomor, i))
            label = unit_pen_label if (pihak == "pen" and f == "unit") else lab[f]
            la = sh.put(r, c_lab, label)
            tk = sh.put(r, c_tk, ":") if c_tk else None
            n = isian[f]
            va = sh.put(r, c_val, n.v, n.fmt)
            peta[(pihak, f)] = {"nilai": va, "label": la, **({"titikdua": tk} if tk else {})}
            r += 1
        return r

    if tata.startswith("samping"):
        tk = tata.endswith("titikdua")
        # pegawai kiri, penilai kanan
        w = 4 if tk else 3
        sh.put(r0, 1, kepala[0])
        sh.merge(r0, 1, r0, w)
        sh.put(r0, w + 1, kepala[1])
        sh.merge(r0, w + 1, r0, 2 * w)
        r = r0 + 1
        cols_p = (1, 2, 3 if tk else None, 4 if tk else 3)
        cols_q = (w + 1, w + 2, w + 3 if tk else None, w + 4 if tk else w + 3)
        end1 = blok("peg", peg, r, *cols_p)
        blok("pen", pen, r, *cols_q)
        r = end1
        for _pihak, isian, cols in (("peg", peg, cols_p), ("pen", pen, cols_q)):
            lanjut = getattr(isian["unit"], "lanjut", None)
            if lanjut:
                sh.put(r, cols[3], lanjut)
        if getattr(peg["unit"], "lanjut", None) or getattr(pen["unit"], "lanjut", None):
            r += 1
        return peta, r + 1
    tk = tata.endswith("titikdua")
    cols = (None, 1, 2, 3) if tk else (1, 2, None, 3)
    r = r0
    for pihak, isian, judul in (("peg", peg, kepala[0]), ("pen", pen, kepala[1])):
        sh.put(r, 1, judul)
        sh.merge(r, 1, r, 3)
        r = blok(pihak, isian, r + 1, *cols)
        lanjut = getattr(isian["unit"], "lanjut", None)
        if lanjut:
            sh.put(r, cols[3], lanjut)
            r += 1
        if pihak == "peg":
            r += 1
    return peta, r + 1


@dataclass
class Unit(Nilai):
    lanjut: str | None = None


PERIODE_BERSIH = [
    ("sebaris", f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}"),
    ("sebaris", f"Periode Penilaian : 1 Januari s.d. 31 Desember {TAHUN}"),
    ("label-nilai", f"01-01-{TAHUN} s/d 31-12-{TAHUN}"),
    ("label-nilai", f"Januari \u2013 Desember {TAHUN}"),
    ("dua-tanggal", (dt.datetime(TAHUN, 1, 1), dt.datetime(TAHUN, 12, 31))),
    ("sebaris", f"PERIODE PENILAIAN : TAHUN {TAHUN}"),
    ("label-nilai", f"1 Januari {TAHUN} - 31 Desember {TAHUN}"),
    ("sebaris", f"PERIODE PENILAIAN: 01/01/{TAHUN} - 31/12/{TAHUN}"),
]


def tulis_periode(sh: Sheet, r: int, gaya: str, isi: Any, c_val: int) -> tuple[str, list[str]]:
    """Periode di baris ``r``; mengembalikan sel utamanya dan sel lain yang sah untuk temuannya."""
    if gaya == "sebaris":
        a = sh.put(r, 1, isi)
        return a, []
    la = sh.put(r, 1, "PERIODE PENILAIAN")
    if gaya == "label-nilai":
        va = sh.put(r, c_val, isi)
        return va, [la]
    a1 = sh.put(r, c_val, isi[0], "date")
    sh.put(r, c_val + 1, "s.d.")
    a2 = sh.put(r, c_val + 2, isi[1], "date")
    return a1, [a2, la]


# ---------------------------------------------------------------- rencana

def tabel_staf(sh: Sheet, r: int, pengembangan: bool, rks: list[int], label_atasan: str) -> int:
    kolom = ["NO", label_atasan, "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
    kat = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
    cm = ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
    if pengembangan:
        for i, k in enumerate(kolom, start=1):
            sh.put(r, i, k)
            sh.merge(r, i, r + 1, i)
        sh.put(r, 7, "KATEGORI PENILAIAN")
        sh.merge(r, 7, r, 11)
        sh.put(r, 12, "CARA MEMANTAU KINERJA")
        sh.merge(r, 12, r, 14)
        for i, k in enumerate(kat + cm, start=7):
            sh.put(r + 1, i, k)
        r += 2
        lebar = 14
    else:
        for i, k in enumerate(kolom, start=1):
            sh.put(r, i, k)
        r += 1
        lebar = 6
    sh.put(r, 1, "A. KINERJA UTAMA")
    sh.merge(r, 1, r, lebar)
    r += 1
    no = 1
    for k in rks:
        atasan, rk, ikis, cara = bank.RK_STAF[k]
        r = _rk_staf(sh, r, no, atasan, rk, ikis, cara, pengembangan)
        no += 1
    sh.put(r, 1, "B. KINERJA TAMBAHAN")
    sh.merge(r, 1, r, lebar)
    r += 1
    rk, ikis, cara = bank.RK_TAMBAHAN
    return _rk_staf(sh, r, 1, None, rk, ikis, cara, pengembangan)


def _rk_staf(sh: Sheet, r: int, no: int, atasan: str | None, rk: str, ikis: list, cara: tuple,
             pengembangan: bool) -> int:
    n = len(ikis)
    sh.put(r, 1, no)
    sh.put(r, 2, atasan)
    sh.put(r, 3, rk)
    for c in (1, 2, 3):
        sh.merge(r, c, r + n - 1, c)
    for i, (aspek, iki, target, kat) in enumerate(ikis):
        sh.put(r + i, 4, aspek)
        sh.put(r + i, 5, iki)
        sh.put(r + i, 6, target)
        if pengembangan:
            for j, v in enumerate(kat):
                sh.put(r + i, 7 + j, v)
    if pengembangan:
        for j, v in enumerate(cara):
            sh.put(r, 12 + j, v)
            sh.merge(r, 12 + j, r + n - 1, 12 + j)
    return r + n


def tabel_jpt(sh: Sheet, r: int, pengembangan: bool) -> int:
    kolom = (["PERSPEKTIF"] if pengembangan else []) + ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU",
                                                        "TARGET"]
    for i, k in enumerate(kolom, start=1):
        sh.put(r, i, k)
    r += 1
    d = 1 if pengembangan else 0
    sh.put(r, 1, "A. KINERJA UTAMA")
    sh.merge(r, 1, r, len(kolom))
    r += 1
    for no, (persp, rk, ikis) in enumerate(bank.RK_JPT, start=1):
        n = len(ikis)
        if pengembangan:
            sh.put(r, 1, persp)
            sh.merge(r, 1, r + n - 1, 1)
        sh.put(r, 1 + d, no)
        sh.put(r, 2 + d, rk)
        sh.merge(r, 1 + d, r + n - 1, 1 + d)
        sh.merge(r, 2 + d, r + n - 1, 2 + d)
        for i, (iki, target) in enumerate(ikis):
            sh.put(r + i, 3 + d, iki)
            sh.put(r + i, 4 + d, target)
        r += n
    return r


def sheet_manual(book: Book, nama: str) -> None:
    sh = book.add(nama)
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA")
    sh.merge(1, 1, 1, 4)
    r = 3
    for _persp, rk, ikis in bank.RK_JPT:
        for iki, target in ikis:
            desk, defi, formula, tujuan = bank.MANUAL[iki]
            satuan = "persen" if target.endswith("%") else "dokumen"
            baris = [("RENCANA KINERJA", rk), ("DESKRIPSI RENCANA KINERJA", desk),
                     ("INDIKATOR KINERJA INDIVIDU", iki), ("DEFINISI IKI", defi), ("FORMULA", formula),
                     ("TUJUAN", tujuan), ("SATUAN PENGUKURAN", satuan), ("JENIS ASPEK TARGET", "Kuantitas"),
                     ("TINGKAT KENDALI IKI", "Moderate"), ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
                     ("PERIODE PELAPORAN", "Triwulanan")]
            for lab, v in baris:
                sh.put(r, 1, lab)
                sh.put(r, 2, v)
                sh.merge(r, 2, r, 4)
                r += 1
            r += 1
    sh.widths = {1: 30, 2: 60}


def sheet_ak(book: Book, nama: str, rks: list[int], teks_koma: bool) -> None:
    sh = book.add(nama)
    sh.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.merge(1, 1, 1, 5)
    sh.put(2, 1, f"TANGGAL PENGAJUAN : 5 Januari {TAHUN}")
    sh.merge(2, 1, 2, 5)
    for i, k in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(4, i, k)
    sh.put(5, 1, "KINERJA UTAMA")
    sh.merge(5, 1, 5, 5)
    r = 6
    for no, k in enumerate(rks, start=1):
        butir = bank.BUTIR[k]
        n = len(butir)
        sh.put(r, 1, no)
        sh.put(r, 2, bank.RK_STAF[k][1])
        sh.merge(r, 1, r + n - 1, 1)
        sh.merge(r, 2, r + n - 1, 2)
        for i, (b, out, ak) in enumerate(butir):
            sh.put(r + i, 3, b)
            sh.put(r + i, 4, out)
            sh.put(r + i, 5, f"{ak:.3f}".replace(".", ",") if teks_koma else ak)
        r += n
    sh.widths = {2: 45, 3: 45, 4: 25}


# ---------------------------------------------------------------- satu berkas

@dataclass
class Rancangan:
    form: str
    no: int
    cacat: list[str]
    tata: str
    nomor: str
    label: int
    periode: int
    nip_gaya: int
    pangkat_gaya: int
    penulis: str
    unit_dua_baris: bool
    pppk: str | None = None  # "golongan" | "strip" untuk pegawai PPPK
    bupati: bool = False
    jf_tanpa_jenjang: bool = False


def nilai_nip(n: str, gaya: int) -> Nilai:
    nama, f = NIP_TULIS[gaya % len(NIP_TULIS)]
    return Nilai(f(n), "text" if nama == "teks-format" else None)


def susun(rc: Rancangan, rng: random.Random, orang_i: int) -> tuple[Book, dict[str, Any]]:
    jenis, model = rc.form.split("-")
    pengembangan = model == "pengembangan"
    pemda_i = orang_i % len(bank.INSTANSI)
    p_i, instansi, units = bank.INSTANSI[pemda_i]
    pemda_upper, pemda_nama, kepala_daerah = bank.PEMDA[p_i]
    nama_peg, jk = bank.NAMA[orang_i]
    wilayah = f"{pemda_upper.split()[0].title()} {pemda_nama}"

    # pegawai
    if jenis == "jpt":
        _, gol = bank.JABATAN_JPT[orang_i % len(bank.JABATAN_JPT)]
        jab = "Inspektur Daerah" if instansi.startswith("Inspektorat") else f"Kepala {instansi}"
        if orang_i % 5 == 0:
            jab, gol = "Plt. " + jab, ("IV", "b")
        nip = buat_nip(rng, 1966, 1976, jk)
        unit_peg = Unit(f"{instansi} {wilayah}")
    elif jenis == "jf":
        if rc.jf_tanpa_jenjang:
            jab, gol = "Pranata Komputer pada Bidang Aplikasi Informatika", ("III", "b")
        else:
            jab, gol = bank.JABATAN_JF[orang_i % len(bank.JABATAN_JF)]
        nip = buat_nip(rng, 1978, 1996, jk, pppk=bool(rc.pppk))
    else:
        jab, gol = bank.JABATAN_JA[orang_i % len(bank.JABATAN_JA)]
        nip = buat_nip(rng, 1972, 1996, jk, pppk=bool(rc.pppk))
    if rc.pppk:
        jab = "Pranata Komputer Ahli Pertama" if jenis == "jf" else (
            "Penata Layanan Operasional" if rc.pppk == "golongan" else "Pengelola Layanan Operasional")
    if jenis != "jpt":
        unit = units[orang_i % len(units)]
        if rc.unit_dua_baris:
            unit_peg = Unit(unit, lanjut=f"{instansi} {wilayah}")
        else:
            unit_peg = Unit(f"{unit} {instansi}")
    if rc.pppk:
        gol_pppk = "IX" if jenis == "jf" else "VII"
        if rc.pppk == "golongan" and jenis == "jf":
            gol_pppk = "Golongan IX"
        pangkat = Nilai(gol_pppk if rc.pppk == "golongan" else "-")
    else:
        pangkat = Nilai(tulis_pangkat(gol, rc.pangkat_gaya))
    peg = {"nama": Nilai(nama_peg), "nip": nilai_nip(nip, rc.nip_gaya), "pangkat": pangkat,
           "jabatan": Nilai(jab), "unit": unit_peg}

    # penilai
    pen_i = 48 + (orang_i % 18)
    nama_pen, jk_pen = bank.NAMA[pen_i]
    if jenis == "jpt" and rc.bupati:
        pen = {"nama": Nilai(bank.KEPALA_DAERAH[p_i]), "nip": Nilai("-" if rc.no % 2 else None),
               "pangkat": Nilai("-" if rc.no % 2 else None), "jabatan": Nilai(kepala_daerah),
               "unit": Unit(f"Pemerintah {pemda_upper.title()}")}
        nip_pen = None
    else:
        if jenis == "jpt":
            jab_pen, gol_pen = (f"Sekretaris Daerah {pemda_upper.title()}", ("IV", "d"))
            unit_pen = Unit(f"Pemerintah {pemda_upper.title()}")
        else:
            jab_pen, gol_pen = bank.ATASAN[pemda_i]
            if "Kepala Bidang" in jab or jab in ("Sekretaris", jab_pen):
                jab_pen, gol_pen = f"Kepala {instansi}", ("IV", "c")
            unit_pen = Unit(f"{instansi} {wilayah}") if not rc.unit_dua_baris else Unit(
                units[orang_i % len(units)], lanjut=f"{instansi} {wilayah}")
        nip_pen = buat_nip(random.Random(pen_i), 1968, 1980, jk_pen)
        pen = {"nama": Nilai(nama_pen), "nip": nilai_nip(nip_pen, rc.nip_gaya + 3),
               "pangkat": Nilai(tulis_pangkat(gol_pen, rc.pangkat_gaya + 4)), "jabatan": Nilai(jab_pen),
               "unit": unit_pen}
    unit_pen_label = "INSTANSI" if (jenis == "jpt" and rc.no % 2 == 0) else LABEL_GAYA[rc.label]["unit"]

    nama_pen_asli = pen["nama"].v
    cacat_catat: list[dict[str, Any]] = []
    boleh: list[dict[str, Any]] = []
    per_gaya, per_isi = PERIODE_BERSIH[rc.periode % len(PERIODE_BERSIH)]
    for c in rc.cacat:
        if c == "nip-tanggal-mustahil":
            n = nip[:4] + "0231" + nip[8:]
            peg["nip"] = nilai_nip(n, rc.nip_gaya)
        elif c == "nip-jk-3":
            n = nip_pen[:14] + "3" + nip_pen[15:]
            pen["nip"] = nilai_nip(n, rc.nip_gaya + 3)
        elif c == "nip-angka":
            peg["nip"] = Nilai(float(nip[:15] + "000"), "nip-angka")
        elif c == "nip-bulan-13":
            peg["nip"] = nilai_nip(nip[:12] + "13" + nip[14:], rc.nip_gaya)
        elif c == "nip-17-digit":
            peg["nip"] = Nilai(nip_spasi(nip)[:-1])
        elif c == "nip-penilai-tanggal":
            pen["nip"] = nilai_nip(nip_pen[:6] + "32" + nip_pen[8:], rc.nip_gaya + 3)
        elif c == "pangkat-tidak-cocok":
            peg["pangkat"] = Nilai(_salah_cocok(gol))
        elif c == "pangkat-asing":
            peg["pangkat"] = Nilai({"jf": "Penata Madya / III.b", "ja": "Pengatur Utama, II/e"}.get(
                jenis, "Pembina Utama Muda, IV/f"))
        elif c == "jenjang":
            salah = {"Ahli Pertama": ("III", "c"), "Ahli Muda": ("IV", "a"), "Penyelia": ("III", "a"),
                     "Mahir": ("II", "d"), "Ahli Madya": ("III", "d"), "Terampil": ("III", "b")}
            for j, g in salah.items():
                if j.lower() in jab.lower() or j.split()[-1].lower() in jab.lower().split():
                    peg["pangkat"] = Nilai(tulis_pangkat(g, rc.pangkat_gaya))
                    break
            else:
                raise ValueError(jab)
        elif c == "jabatan-kosong":
            peg["jabatan"] = Nilai(None)
        elif c == "unit-strip":
            peg["unit"] = Unit("-")
        elif c == "unit-kosong":
            peg["unit"] = Unit(None)
        elif c == "penilai-nama-kosong":
            pen["nama"] = Nilai(None)
        elif c == "penilai-nip-kosong":
            pen["nip"] = Nilai(None)
        elif c == "penilai-sama":
            pen = {"nama": Nilai(peg["nama"].v.upper()), "nip": nilai_nip(nip, rc.nip_gaya + 1),
                   "pangkat": peg["pangkat"], "jabatan": peg["jabatan"], "unit": peg["unit"]}
        elif c == "periode-terbalik":
            per_gaya, per_isi = "sebaris", f"PERIODE PENILAIAN : 31 Desember {TAHUN} s.d. 1 Januari {TAHUN}"
        elif c == "periode-terbalik-angka":
            per_gaya, per_isi = "label-nilai", f"31-12-{TAHUN} s/d 01-01-{TAHUN}"
        elif c == "periode-dua-tahun":
            per_gaya, per_isi = "label-nilai", f"1 Juli {TAHUN - 1} s.d. 30 Juni {TAHUN}"
        elif c == "periode-kosong":
            per_gaya, per_isi = "label-nilai", None
        elif c == "periode-tanggal-terbalik":
            per_gaya, per_isi = "dua-tanggal", (dt.datetime(TAHUN, 12, 31), dt.datetime(TAHUN, 1, 1))
        else:
            raise ValueError(c)

    book = Book()
    nama_sheet = ["SKP", f"SKP {TAHUN}", "Rencana SKP", "FORM SKP"][rc.no % 4]
    sh = book.add(nama_sheet)
    judul = "SASARAN KINERJA PEGAWAI" if rc.no % 3 else "RENCANA SASARAN KINERJA PEGAWAI"
    if jenis == "jpt" and rc.no % 2:
        judul += " PEJABAT PIMPINAN TINGGI"
    lebar = {"jpt": 5 if pengembangan else 4}.get(jenis, 14 if pengembangan else 6)
    sh.put(1, 1, judul)
    sh.merge(1, 1, 1, lebar)
    sh.put(2, 1, f"PEMERINTAH {pemda_upper}" if rc.no % 2 else instansi.upper())
    sh.merge(2, 1, 2, lebar)
    c_val = 4 if rc.tata.endswith("titikdua") and rc.tata.startswith("samping") else 3
    per_sel, per_alt = tulis_periode(sh, 3, per_gaya, per_isi, c_val)
    if per_gaya == "sebaris":
        sh.merge(3, 1, 3, lebar)
    kepala = (("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA") if rc.no % 3 != 1 else
              ("I. PEGAWAI YANG DINILAI", "II. PEJABAT PENILAI KINERJA"))
    peta, r = tulis_kop(sh, 5, rc.tata, rc.nomor, LABEL_GAYA[rc.label], peg, pen, unit_pen_label, kepala)

    # pemetaan cacat ke sel
    def sel(pihak: str, f: str) -> tuple[str, list[str]]:
        m = peta[(pihak, f)]
        return m["nilai"], [m["label"]] + ([m["titikdua"]] if "titikdua" in m else [])

    for c in rc.cacat:
        if c.startswith("nip-penilai") or c == "nip-jk-3":
            code, (cell, alt) = "nip-tidak-valid", sel("pen", "nip")
        elif c.startswith("nip-"):
            code, (cell, alt) = "nip-tidak-valid", sel("peg", "nip")
        elif c.startswith("pangkat-"):
            code, (cell, alt) = "pangkat-tidak-dikenal", sel("peg", "pangkat")
        elif c == "jenjang":
            code = "jenjang-golongan-tidak-sesuai"
            cell, alt = sel("peg", "jabatan")
            alt = alt + [sel("peg", "pangkat")[0]]
        elif c == "jabatan-kosong":
            code, (cell, alt) = "identitas-kosong", sel("peg", "jabatan")
        elif c.startswith("unit-"):
            code, (cell, alt) = "identitas-kosong", sel("peg", "unit")
        elif c == "penilai-nama-kosong":
            code, (cell, alt) = "identitas-kosong", sel("pen", "nama")
        elif c == "penilai-nip-kosong":
            code, (cell, alt) = "identitas-kosong", sel("pen", "nip")
        elif c == "penilai-sama":
            code, (cell, alt) = "penilai-sama-dengan-pegawai", sel("pen", "nip")
            alt = alt + [sel("pen", "nama")[0], sel("peg", "nip")[0]]
        else:
            code, cell, alt = "periode-tidak-valid", per_sel, per_alt
        sev = "peringatan" if code == "jenjang-golongan-tidak-sesuai" else "error"
        cacat_catat.append({"code": code, "severity": sev, "sheet": nama_sheet, "cell": cell,
                            "alt_cells": [{"sheet": nama_sheet, "cell": a} for a in alt], "jenis": c})

    # rencana
    r += 1
    rks = [orang_i % len(bank.RK_STAF), (orang_i + 1) % len(bank.RK_STAF)]
    if jenis == "jpt":
        r = tabel_jpt(sh, r, pengembangan)
    else:
        label_atasan = ("RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI" if rc.no % 2 else
                        "RENCANA KINERJA ATASAN YANG DIINTERVENSI")
        r = tabel_staf(sh, r, pengembangan, rks, label_atasan)

    # tanda tangan
    r += 2
    kanan = 4 if jenis != "jpt" else 3
    sh.put(r, kanan, f"{pemda_nama}, 2 Januari {TAHUN}")
    r += 1
    sh.put(r, 2, "Pejabat Penilai Kinerja,")
    sh.put(r, kanan, "Pegawai yang Dinilai,")
    r += 4
    sh.put(r, 2, pen["nama"].v or nama_pen_asli)
    sh.put(r, kanan, nama_peg)
    r += 1
    for _pihak, isian, kol in (("pen", pen, 2), ("peg", peg, kanan)):
        v = isian["nip"].v
        if isinstance(v, float):
            v = nip_spasi(nip)
        if v and v != "-":
            teks = v if str(v).startswith("NIP") else f"NIP. {v}"
            sh.put(r, kol, teks)
    for d in cacat_catat:
        if d["code"] in ("nip-tidak-valid", "penilai-sama-dengan-pegawai"):
            boleh.append({"code": d["code"], "sheet": nama_sheet, "row": r})
    sh.widths = {1: 6, 2: 28, 3: 36, 4: 14, 5: 40, 6: 16}

    if jenis == "jpt":
        sheet_manual(book, "MANUAL IKI" if rc.no % 2 else "Manual Indikator Kinerja")
    if jenis == "jf":
        sheet_ak(book, "Keterkaitan AK" if rc.no % 2 else "KETERKAITAN SKP-AK", rks, teks_koma=rc.no % 3 == 0)

    meta = {"tata": rc.tata, "nomor": rc.nomor, "label": rc.label, "periode": per_gaya,
            "nip": NIP_TULIS[rc.nip_gaya % len(NIP_TULIS)][0],
            "pangkat": ("pppk-" + rc.pppk if rc.pppk
                        else PANGKAT_TULIS[rc.pangkat_gaya % len(PANGKAT_TULIS)][0]),
            "unit_dua_baris": rc.unit_dua_baris, "penilai_bupati": rc.bupati, "jabatan": jab}
    return book, {"defects": cacat_catat, "boleh": boleh, "layout": meta}


def _salah_cocok(gol: tuple[str, str]) -> str:
    """Nama pangkat satu tingkat di atas golongan yang ditulis (mis. ``Penata, III/a``)."""
    kunci = list(bank.PANGKAT)
    i = kunci.index(gol)
    nama = bank.PANGKAT[kunci[i + 1] if i + 1 < len(kunci) else kunci[i - 1]]
    return f"{nama}, {gol[0]}/{gol[1]}"


# ---------------------------------------------------------------- penulis

def tulis_openpyxl(book: Book, path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in book.sheets:
        ws = wb.create_sheet(s.name)
        for (r, c), v in sorted(s.cells.items()):
            cell = ws.cell(r, c, v)
            f = s.fmt.get((r, c))
            if f == "text":
                cell.number_format = "@"
            elif f == "date":
                cell.number_format = "DD/MM/YYYY"
            elif f == "nip-angka":
                cell.number_format = "0"
        for (r1, c1, r2, c2) in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in s.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


def tulis_xlsxwriter(book: Book, path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f_text = wb.add_format({"num_format": "@", "text_wrap": True})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy"})
    f_num = wb.add_format({"num_format": "0"})
    f_wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    for s in book.sheets:
        ws = wb.add_worksheet(s.name)
        starts = {(r1, c1): (r2, c2) for (r1, c1, r2, c2) in s.merges}
        for (r, c), v in sorted(s.cells.items()):
            f = {"text": f_text, "date": f_date, "nip-angka": f_num}.get(s.fmt.get((r, c)), f_wrap)
            if (r, c) in starts:
                r2, c2 = starts[(r, c)]
                if isinstance(v, str):
                    ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, "", f)
                    ws.write_string(r - 1, c - 1, v, f)
                else:
                    ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, v, f)
                continue
            if isinstance(v, dt.datetime):
                ws.write_datetime(r - 1, c - 1, v, f)
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, f)
            else:
                ws.write_number(r - 1, c - 1, v, f)
        for (r1, c1, r2, c2) in s.merges:
            if (r1, c1) not in s.cells:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", f_wrap)
        for c, w in s.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


def tulis_libreoffice(book: Book, path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "masuk" / path.name
        src.parent.mkdir()
        tulis_openpyxl(book, src)
        out = Path(tmp) / "keluar"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profil", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(out / path.name, path)


PENULIS = {"openpyxl": tulis_openpyxl, "xlsxwriter": tulis_xlsxwriter,
           "openpyxl+libreoffice": tulis_libreoffice}

# Cacat per formulir: empat berkas bercacat (setelah empat bersih).
CACAT = {
    "ja-dasar": [["nip-tanggal-mustahil"], ["pangkat-tidak-cocok"], ["jabatan-kosong", "periode-terbalik"],
                 ["penilai-sama"]],
    "ja-pengembangan": [["nip-angka"], ["periode-dua-tahun"], ["penilai-nip-kosong", "pangkat-asing"],
                        ["nip-jk-3"]],
    "jf-dasar": [["jenjang"], ["nip-bulan-13"], ["unit-strip", "jenjang"], ["periode-tanggal-terbalik"]],
    "jf-pengembangan": [["jenjang"], ["pangkat-asing"], ["penilai-sama"], ["nip-17-digit"]],
    "jpt-dasar": [["penilai-nama-kosong"], ["nip-angka"], ["periode-kosong"], ["pangkat-asing"]],
    "jpt-pengembangan": [["unit-kosong"], ["periode-terbalik-angka"],
                         ["pangkat-tidak-cocok", "nip-penilai-tanggal"], ["penilai-sama"]],
}


def rancangan() -> list[Rancangan]:
    out = []
    g = 0
    for fi, form in enumerate(FORMS):
        jenis = form.split("-")[0]
        for k in range(8):
            cacat = CACAT[form][k - 4] if k >= 4 else []
            pppk = None
            if (form, k) in (("jf-dasar", 1), ("ja-dasar", 2)):
                pppk = "golongan"
            elif form == "ja-pengembangan" and k == 3:
                pppk = "strip"
            bupati = jenis == "jpt" and k in (0, 3, 4, 5)
            out.append(Rancangan(
                form=form, no=k + 1, cacat=cacat, tata=TATA[(g + fi) % 4], nomor=NOMOR[(g // 4 + k) % 4],
                label=(g + k) % len(LABEL_GAYA), periode=(g * 3 + fi) % len(PERIODE_BERSIH), nip_gaya=g,
                pangkat_gaya=g * 2 + fi, penulis=("openpyxl", "xlsxwriter", "openpyxl", "xlsxwriter",
                                                 "openpyxl+libreoffice", "xlsxwriter")[(g + fi) % 6],
                unit_dua_baris=(g % 5 == 2), pppk=pppk, bupati=bupati,
                jf_tanpa_jenjang=(form == "jf-pengembangan" and k == 2)))
            g += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membuat set nyata_aa (kop SKP).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(SEED)
    files = []
    for i, rc in enumerate(rancangan()):
        book, info = susun(rc, rng, i)
        name = f"{rc.form}-{rc.no:02d}-{'cacat' if rc.cacat else 'bersih'}.xlsx"
        PENULIS[rc.penulis](book, a.keluaran / name)
        files.append({"file": name, "form": rc.form, "clean": not rc.cacat, "defects": info["defects"],
                      "boleh": info["boleh"], "writer": rc.penulis, "layout": info["layout"]})
    a.harapan.write_text(json.dumps({"set": "nyata_aa", "seed": SEED, "files": files}, indent=1,
                                    ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
