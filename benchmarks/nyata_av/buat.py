"""Build the held-out set ``nyata_av``: a Pemerintah Provinsi's SKP submissions in January.

Each workbook is what one named civil servant of the fictional Provinsi Nusa Kenanga sent: Biro and Badan
of the secretariat, the provincial RSUD (JF kesehatan with Keterkaitan SKP-AK, a kepala ruangan), the Cabang
Dinas Pendidikan and its SMA/SMK (guru, kepala sekolah, tenaga administrasi), UPT Samsat and a Balai (JA
pelaksana with rupiah and day targets) and the JPT (Kepala Dinas/Badan, Asisten, Sekda, Direktur) with Manual
IKI. Every sheet is laid out first in a cell grid (``Lembar``) and every field's cell is recorded under a key,
so the cell of each injected defect is known. Variations are drawn per file from SPEC §3 and §3.10 with a
fixed seed; Penilaian numbers are computed here from SPEC §6 (rounding like Excel's ``ROUND``).

Usage: ``python benchmarks/nyata_av/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261206
YEAR = 2025

# ---------------------------------------------------------------------------------------------------------
# Numbers


def r2(x: Fraction | float) -> float:
    """Round half up to 2 decimals from 9 decimals, as Excel's ROUND does on a 15-digit value."""
    d = Decimal(str(round(float(x), 9)))
    return float(d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def r0(x: Fraction) -> int:
    d = Decimal(str(round(float(x), 9)))
    return int(d.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def fmt_num(x: float | int) -> str:
    """Indonesian: thousands with a dot, decimals with a comma."""
    if float(x) == int(x):
        return f"{int(x):,}".replace(",", ".")
    whole, frac = f"{x:.2f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def fmt_dec(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


WORDS = {
    75: "tujuh puluh lima",
    80: "delapan puluh",
    85: "delapan puluh lima",
    90: "sembilan puluh",
    95: "sembilan puluh lima",
    98: "sembilan puluh delapan",
    70: "tujuh puluh",
    82.5: "delapan puluh dua koma lima",
}


def show(num: float, unit: str, style: str = "") -> str:
    """A target or realisasi as staff type it."""
    if unit == "%":
        base = f"{fmt_num(num)}%" if style == "rapat" else f"{fmt_num(num)} %"
        if style == "ge":
            return f"≥ {fmt_num(num)}%"
        if style == "kata" and num in WORDS:
            return f"{fmt_num(num)} % ({WORDS[num]} persen)"
        return base
    if unit == "Rupiah":
        return f"Rp {fmt_num(num)}"
    if not unit:
        return fmt_num(num)
    return f"{fmt_num(num)} {unit}"


def capaian(real: float, target: float, kind: str) -> Fraction:
    q = Fraction(str(real)) / Fraction(str(target))
    return (2 - q) * 100 if kind == "k" else q * 100


def kategori_nilai(cap: Fraction) -> tuple[str, Fraction]:
    c = r0(cap)
    if c > 110:
        return "Sangat Baik", Fraction(120)
    if c >= 101:
        return "Sangat Baik", 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return "Baik", Fraction(109)
    if c >= 80:
        return "Cukup", 70 + Fraction(19, 19) * (c - 80)
    if c >= 60:
        return "Kurang", 50 + Fraction(19, 19) * (c - 60)
    return "Sangat Kurang", Fraction(c, 59) * 49


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


F_TAMBAHAN = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(nk: float, ide_baru: bool) -> str:
    if nk >= 110:
        return "Sangat Baik" if ide_baru else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


# ---------------------------------------------------------------------------------------------------------
# The grid


class Lembar:
    """One sheet as a grid: values, merges and the cell of every recorded field."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.heights: dict[int, float] = {}
        self.widths: dict[int, float] = {}
        self.bold: set[tuple[int, int]] = set()

    def put(
        self, r: int, c: int, v: Any, *, to_r: int | None = None, to_c: int | None = None, bold: bool = False
    ) -> str:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        if (to_r and to_r > r) or (to_c and to_c > c):
            self.merges.append((r, c, to_r or r, to_c or c))
        if bold:
            self.bold.add((r, c))
        return f"{get_column_letter(c)}{r}"


def ref(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


# ---------------------------------------------------------------------------------------------------------
# People


class Orang:
    def __init__(self, nama: str, nip: str, gol: str, jabatan: str, unit: str) -> None:
        self.nama, self.nip, self.gol, self.jabatan, self.unit = nama, nip, gol, jabatan, unit


def make_nip(rng: random.Random, gender: int, birth_from: int, birth_to: int) -> str:
    y = rng.randint(birth_from, birth_to)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(y + rng.randint(23, 29), 2023)
    tm = rng.choice([1, 2, 3, 4, 12])
    return f"{y}{m:02d}{d:02d}{ty}{tm:02d}{gender}{rng.randint(1, 9):03d}"


def show_nip(nip: str, style: str) -> str:
    if style == "spasi":
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    if style == "titik":
        return f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}"
    return nip


def show_pangkat(gol: str, style: str) -> str:
    if gol in ("-", ""):
        return gol
    nama = bank.PANGKAT[gol]
    if style == "kurung":
        return f"{nama} ({gol})"
    if style == "tk":
        return f"{nama.replace('Tingkat I', 'Tk. I')} - {gol}"
    if style == "kapital":
        return f"{nama.upper()} / {gol.replace('/', '')}"
    return f"{nama}, {gol}"


BIRTH = {
    "Terampil": (1985, 1996),
    "Mahir": (1982, 1992),
    "Penyelia": (1975, 1985),
    "Ahli Pertama": (1988, 1996),
    "Ahli Muda": (1978, 1988),
    "Ahli Madya": (1968, 1978),
    "pelaksana": (1980, 1996),
    "pengawas": (1975, 1985),
    "administrator": (1970, 1980),
    "jpt": (1966, 1975),
    "sekda": (1965, 1968),
}


# ---------------------------------------------------------------------------------------------------------
# What goes into one workbook (the model, before any layout)


def choose_variations(rng: random.Random, form: str, has_penilaian: bool) -> dict[str, Any]:
    jenis, model = form.split("-")
    v: dict[str, Any] = {}
    pool = [
        "logo dan kop tiga baris",
        "judul tahun anggaran",
        "kolom NO. IKI",
        "nomor RK-01",
        "kolom Catatan Penilai",
        "label NIP/NRP",
        "identitas berdampingan",
        "baris nomor kolom",
        "sel RK tidak digabung",
        "judul kolom huruf kecil",
    ]
    if jenis != "jpt" and model == "dasar" and not has_penilaian:
        pool.append("target bertanda ≥")
    if not (jenis != "jpt" and model == "pengembangan"):
        pool.append("target persen dengan kata")
    if model == "pengembangan" and jenis != "jpt":
        pool += [
            "kategori huruf judul",
            "kategori tiga tingkat",
            "kategori dua tingkat (TARGET/BAIK)",
            "cara memantau per IKI",
            "satu kolom SUMBER DATA UNTUK PENGUKURAN",
        ]
    if jenis == "jpt":
        pool += (
            ["perspektif per baris", "manual bernomor"]
            if model == "pengembangan"
            else ["manual bernomor", "kinerja tambahan JPT", "penilai Gubernur"]
        )
    if has_penilaian:
        pool += ["capaian teks persen", "ide baru Ya"]
    n = rng.randint(2, 6)
    picked = rng.sample(pool, min(n, len(pool)))
    if "kategori tiga tingkat" in picked and "kategori dua tingkat (TARGET/BAIK)" in picked:
        picked.remove("kategori dua tingkat (TARGET/BAIK)")
    if "satu kolom SUMBER DATA UNTUK PENGUKURAN" in picked and "cara memantau per IKI" in picked:
        picked.remove("cara memantau per IKI")
    if "target bertanda ≥" in picked and "target persen dengan kata" in picked:
        picked.remove("target persen dengan kata")
    for p in picked:
        v[p] = True
    v["nip"] = rng.choice(["spasi", "rapat", "titik"])
    v["pangkat"] = rng.choice(["koma", "kurung", "tk", "kapital"])
    v["periode"] = rng.choice(["sd-kapital", "sd-lengkap", "strip", "label-terpisah"])
    v["sheet"] = rng.choice(["SKP", "SKP 2025", "Rencana SKP", "FORM SKP"])
    return v


PERIODE = {
    "sd-kapital": "PERIODE PENILAIAN : 1 JANUARI SD 31 DESEMBER 2025",
    "sd-lengkap": "Periode Penilaian: 01 Januari 2025 s.d. 31 Desember 2025",
    "strip": "PERIODE PENILAIAN : 1 JANUARI - 31 DESEMBER 2025",
    "label-terpisah": ": 1 Januari 2025 s/d 31 Desember 2025",
}
PERIODE_SALAH = {
    "sd-kapital": "PERIODE PENILAIAN : 1 JANUARI 2025 SD 31 DESEMBER 2026",
    "sd-lengkap": "Periode Penilaian: 31 Desember 2025 s.d. 01 Januari 2025",
    "strip": "PERIODE PENILAIAN : 1 JULI 2025 - 30 JUNI 2026",
    "label-terpisah": ": 1 Januari 2025 s/d 31 Desember 2026",
}


def kategori_texts(num: float, unit: str, kind: str) -> dict[str, str]:
    """Kategori thresholds for one IKI: BAIK is the target, ranges below it, beyond above (waktu reversed)."""
    t = show(num, unit)
    u = f" {unit}" if unit and unit not in ("%", "Rupiah") else (" %" if unit == "%" else "")
    if unit == "Rupiah":
        if kind == "k":
            return {"SK": "-", "K": "-", "C": f"> {t}", "B": t, "SB": f"< {t}"}
        return {"SK": "-", "K": "-", "C": f"< {t}", "B": t, "SB": f"> {t}"}
    n = int(num)
    if kind == "k":
        return {
            "SB": f"< {fmt_num(n)}{u}",
            "B": t,
            "C": f"{fmt_num(n + 1)} - {fmt_num(n + 2)}{u}",
            "K": f"{fmt_num(n + 3)} - {fmt_num(n + 5)}{u}",
            "SK": f"> {fmt_num(n + 5)}{u}",
        }
    if unit == "%":
        a, b = round(n * 0.8), round(n * 0.6)
        return {
            "SK": f"< {b} %",
            "K": f"{b} - {a - 1} %",
            "C": f"{a} - {n - 1} %",
            "B": t,
            "SB": f"{n + 1} - 100 %",
        }
    if n < 5:
        return {"SK": "-", "K": "-", "C": f"< {t}", "B": t, "SB": f"> {t}"}
    a, b = round(n * 0.8), round(n * 0.6)
    return {
        "SK": f"< {fmt_num(b)}{u}",
        "K": f"{fmt_num(b)} - {fmt_num(a - 1)}{u}",
        "C": f"{fmt_num(a)} - {fmt_num(n - 1)}{u}",
        "B": t,
        "SB": f"> {t}",
    }


def realisasi_for(rng: random.Random, num: float, unit: str, kind: str) -> float:
    if unit == "%":
        return float(min(100, num + rng.choice([-4, -2, 0, 0, 1, 2])))
    if unit == "Rupiah":
        return float(round(num * rng.choice([0.96, 1.0, 1.015, 1.03]) / 1_000_000) * 1_000_000)
    if kind == "k":
        return float(max(1, num + rng.choice([-1, 0, 0, 1])))
    if num < 5:
        return float(num + rng.choice([0, 0, 1]))
    return float(round(num * rng.choice([0.92, 0.97, 1.0, 1.0, 1.05])))


class Model:
    """Everything one workbook says, before layout."""

    def __init__(self) -> None:
        self.form = ""
        self.jenis = ""
        self.model = ""
        self.peg: Orang
        self.pen: Orang
        self.pen_political = False
        self.role = ""
        self.ku: list[
            dict[str, Any]
        ] = []  # RK: rk, rka, persp, ikis[{aspek, iki, num, unit, kind, target_text}]
        self.kt: list[dict[str, Any]] = []
        self.var: dict[str, Any] = {}
        self.penilaian: dict[str, Any] | None = None
        self.manual_blank: tuple[int, str] | None = None
        self.periode_text = ""
        self.butir: list[tuple[str, str, str]] = []
        self.ak_invalid_row: int | None = None
        self.keterkaitan = False
        self.perilaku: list[int] = []
        self.bad_pangkat = ""
        self.lvl = ""
        self.peg_unit_key = ""
        self.force_levels: list[str] | None = None
        self.ak_skip: int | None = None
        self.ak_as_number = False
        self.cap_defect_kind = "capaian"
        self.pn_marks: dict[str, tuple] = {}


# ---------------------------------------------------------------------------------------------------------
# Layout: header, identity, footer


def layout_header(sh: Lembar, m: Model, width: int, where: dict, titles: list[str]) -> int:
    v = m.var
    r = 1
    if v.get("logo dan kop tiga baris"):
        sh.put(1, 1, None, to_c=width)
        sh.heights[1] = 48
        unit_line = bank.UNITS[m.peg_unit_key][1] if hasattr(m, "peg_unit_key") else ""
        sh.put(2, 1, f"PEMERINTAH PROVINSI {bank.PROVINSI}", to_c=width, bold=True)
        sh.put(3, 1, unit_line, to_c=width, bold=True)
        sh.put(
            4,
            1,
            f"Jalan Jenderal Sudirman No. {12 + len(unit_line) % 40}, {bank.IBUKOTA}  "
            f"Telepon (0401) 3214{len(unit_line) % 90:02d}",
            to_c=width,
        )
        r = 6
    for title in titles:
        sh.put(r, 1, title, to_c=width, bold=True)
        r += 1
    if v.get("judul tahun anggaran"):
        sh.put(r, 1, f"TAHUN ANGGARAN {YEAR}", to_c=width, bold=True)
        r += 1
    if not v.get("logo dan kop tiga baris"):
        sh.put(r, 1, f"PEMERINTAH PROVINSI {bank.PROVINSI}", to_c=width, bold=True)
        r += 1
    if v["periode"] == "label-terpisah":
        sh.put(r, 1, "PERIODE PENILAIAN", to_c=2)
        where.setdefault(("periode",), (sh.title, sh.put(r, 3, m.periode_text, to_c=width)))
    else:
        where.setdefault(("periode",), (sh.title, sh.put(r, 1, m.periode_text, to_c=width)))
    return r + 2


LABELS = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]


def identity_values(o: Orang, m: Model, who: str) -> list[str]:
    pang = show_pangkat(o.gol, m.var["pangkat"]) if o.gol not in ("-", "") else o.gol
    if who == "peg" and m.bad_pangkat:
        pang = m.bad_pangkat
    nip = show_nip(o.nip, m.var["nip"]) if o.nip not in ("-", "") else o.nip
    return [o.nama, nip, pang, o.jabatan, o.unit]


def layout_identity(sh: Lembar, m: Model, r: int, width: int, where: dict, record: bool) -> int:
    labels = list(LABELS)
    if m.var.get("label NIP/NRP"):
        labels[1] = "NIP/NRP"
    pen_labels = list(labels)
    if m.pen_political:
        pen_labels[4] = "INSTANSI"
    pv = identity_values(m.peg, m, "peg")
    qv = identity_values(m.pen, m, "pen")
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
    if m.var.get("identitas berdampingan"):
        half = max(4, width // 2)
        sh.put(r, 1, "NO", bold=True)
        sh.put(r, 2, "PEGAWAI YANG DINILAI", to_c=half, bold=True)
        sh.put(r, half + 1, "NO", bold=True)
        sh.put(r, half + 2, "PEJABAT PENILAI KINERJA", to_c=width, bold=True)
        for i in range(5):
            rr = r + 1 + i
            sh.put(rr, 1, i + 1)
            sh.put(rr, 2, labels[i])
            a = sh.put(rr, 3, pv[i], to_c=half)
            sh.put(rr, half + 1, i + 1)
            sh.put(rr, half + 2, pen_labels[i])
            b = sh.put(rr, half + 3, qv[i], to_c=width)
            where[("peg", keys[i]) if record else (sh.title, "peg", keys[i])] = (sh.title, a)
            where[("pen", keys[i]) if record else (sh.title, "pen", keys[i])] = (sh.title, b)
        return r + 7
    for block, lab, vals, who in (
        ("PEGAWAI YANG DINILAI", labels, pv, "peg"),
        ("PEJABAT PENILAI KINERJA", pen_labels, qv, "pen"),
    ):
        sh.put(r, 1, "NO", bold=True)
        sh.put(r, 2, block, to_c=width, bold=True)
        for i in range(5):
            rr = r + 1 + i
            sh.put(rr, 1, i + 1)
            sh.put(rr, 2, lab[i])
            a = sh.put(rr, 3, vals[i], to_c=width)
            where[(who, keys[i]) if record else (sh.title, who, keys[i])] = (sh.title, a)
        r += 6
    return r + 1


def layout_footer(sh: Lembar, m: Model, r: int, width: int, date: str) -> int:
    right = max(4, width - 2)
    r += 1
    sh.put(r, right, f"{bank.IBUKOTA}, {date}", to_c=width)
    sh.put(r + 1, 2, "Pegawai yang Dinilai,")
    pen_title = "Pejabat Penilai Kinerja," if not m.pen_political else f"{m.pen.jabatan.upper()},"
    sh.put(r + 1, right, pen_title, to_c=width)
    sh.put(r + 5, 2, m.peg.nama, bold=True)
    sh.put(r + 5, right, m.pen.nama, to_c=width, bold=True)
    sh.put(r + 6, 2, f"NIP. {show_nip(m.peg.nip, m.var['nip'])}")
    if not m.pen_political:
        sh.put(r + 6, right, f"NIP. {show_nip(m.pen.nip, m.var['nip'])}", to_c=width)
    return r + 7


# ---------------------------------------------------------------------------------------------------------
# Layout: Rencana SKP JA/JF


def case(label: str, m: Model) -> str:
    return label.title().replace("Iki", "IKI") if m.var.get("judul kolom huruf kecil") else label


def layout_skp_jajf(m: Model, where: dict) -> Lembar:
    v = m.var
    peng = m.model == "pengembangan"
    sh = Lembar(v["sheet"])
    cols: list[tuple[str, str, str | None]] = []  # (key, label, group)
    cols.append(("no", "NO", None))
    cols.append(("rka", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", None))
    cols.append(("rk", "RENCANA KINERJA", None))
    if v.get("kolom NO. IKI"):
        cols.append(("noiki", "NO. IKI", None))
    cols.append(("aspek", "ASPEK", None))
    cols.append(("iki", "INDIKATOR KINERJA INDIVIDU", None))
    levels: list[str] = []
    if peng:
        if v.get("kategori dua tingkat (TARGET/BAIK)"):
            levels = ["C", "SB"]
            cols.append(("target", "TARGET/BAIK", None))
        else:
            cols.append(("target", "TARGET", None))
            levels = ["C", "B", "SB"] if v.get("kategori tiga tingkat") else ["SK", "K", "C", "B", "SB"]
        if m.force_levels:
            levels = m.force_levels
            cols[-1] = ("target", "TARGET", None)
        names = {"SK": "SANGAT KURANG", "K": "KURANG", "C": "CUKUP", "B": "BAIK", "SB": "SANGAT BAIK"}
        for lv in levels:
            lab = names[lv].title() if v.get("kategori huruf judul") else names[lv]
            cols.append((f"kat_{lv}", lab, "KATEGORI PENILAIAN KINERJA"))
        if v.get("satu kolom SUMBER DATA UNTUK PENGUKURAN"):
            cols.append(("cm_sumber", "SUMBER DATA UNTUK PENGUKURAN", None))
        else:
            cols += [
                ("cm_data", "DATA", "CARA MEMANTAU KINERJA"),
                ("cm_sumber", "SUMBER DATA", "CARA MEMANTAU KINERJA"),
                ("cm_waktu", "WAKTU PENGUMPULAN", "CARA MEMANTAU KINERJA"),
            ]
    else:
        cols.append(("target", "TARGET", None))
    if v.get("kolom Catatan Penilai"):
        cols.append(("catatan", "CATATAN PENILAI", None))
    width = len(cols)
    ci = {k: i + 1 for i, (k, _, _) in enumerate(cols)}
    title = "RENCANA SASARAN KINERJA PEGAWAI" if m.jenis == "jf" else "SASARAN KINERJA PEGAWAI"
    r = layout_header(sh, m, width, where, [title])
    r = layout_identity(sh, m, r, width, where, True)
    # column headers: two rows when groups exist
    two = peng
    c = 1
    while c <= width:
        key, lab, grp = cols[c - 1]
        if grp and two:
            end = c
            while end + 1 <= width and cols[end][2] == grp:
                end += 1
            sh.put(r, c, case(grp, m), to_c=end, bold=True)
            for cc in range(c, end + 1):
                sub = cols[cc - 1][1]
                sh.put(r + 1, cc, sub if cols[cc - 1][0].startswith("kat_") else case(sub, m), bold=True)
            c = end + 1
            continue
        sh.put(r, c, case(lab, m), to_r=r + 1 if two else None, bold=True)
        c += 1
    r += 2 if two else 1
    if v.get("baris nomor kolom"):
        for cc in range(1, width + 1):
            sh.put(r, cc, f"({cc})")
        r += 1
    merge = not v.get("sel RK tidak digabung")

    def group(rks: list[dict], r: int, label: str, utama: bool) -> int:
        sh.put(r, 1, label, to_c=width, bold=True)
        r += 1
        for i, rk in enumerate(rks):
            n = max(1, len(rk["ikis"]))
            last = r + n - 1 if merge else None
            tag = "ku" if utama else "kt"
            no = f"RK-{i + 1:02d}" if v.get("nomor RK-01") else (i + 1)
            sh.put(r, ci["no"], no, to_r=last)
            where[(tag, i, "rka")] = (sh.title, sh.put(r, ci["rka"], rk["rka"] if utama else "", to_r=last))
            where[(tag, i, "rk")] = (sh.title, sh.put(r, ci["rk"], rk["rk"], to_r=last))
            cm = rk.get("cm", ("", "", ""))
            per_iki = v.get("cara memantau per IKI")
            if peng and not per_iki:
                for k, val in zip(("cm_data", "cm_sumber", "cm_waktu"), cm, strict=True):
                    if k in ci:
                        where[(tag, i, k)] = (sh.title, sh.put(r, ci[k], val, to_r=last))
            for j, iki in enumerate(rk["ikis"]):
                rr = r + j
                if "noiki" in ci:
                    sh.put(rr, ci["noiki"], f"{i + 1}.{j + 1}")
                where[(tag, i, j, "aspek")] = (sh.title, sh.put(rr, ci["aspek"], iki["aspek_text"]))
                where[(tag, i, j, "iki")] = (sh.title, sh.put(rr, ci["iki"], iki["iki"]))
                where[(tag, i, j, "target")] = (sh.title, sh.put(rr, ci["target"], iki["target_text"]))
                if peng:
                    for lv in levels:
                        where[(tag, i, j, lv)] = (
                            sh.title,
                            sh.put(rr, ci[f"kat_{lv}"], iki["kat"].get(lv, "")),
                        )
                    if per_iki:
                        for k, val in zip(
                            ("cm_data", "cm_sumber", "cm_waktu"), iki.get("cm", cm), strict=True
                        ):
                            if k in ci:
                                where[(tag, i, j, k)] = (sh.title, sh.put(rr, ci[k], val))
                if "catatan" in ci and j == 0:
                    sh.put(rr, ci["catatan"], rk.get("catatan", ""))
            r += n
        return r

    r = group(m.ku, r, "A. KINERJA UTAMA", True)
    r = group(m.kt, r, "B. KINERJA TAMBAHAN", False)
    layout_footer(sh, m, r, width, "6 Januari 2025")
    for cc in range(1, width + 1):
        sh.widths[cc] = 6 if cols[cc - 1][0] in ("no", "noiki") else 22
    return sh


# ---------------------------------------------------------------------------------------------------------
# Layout: Rencana SKP JPT and Manual IKI


def layout_skp_jpt(m: Model, where: dict) -> Lembar:
    v = m.var
    peng = m.model == "pengembangan"
    sh = Lembar(v["sheet"])
    cols = (
        (["persp"] if peng else [])
        + ["no", "rk"]
        + (["noiki"] if v.get("kolom NO. IKI") else [])
        + ["iki", "target"]
        + (["catatan"] if v.get("kolom Catatan Penilai") else [])
    )
    labels = {
        "persp": "PERSPEKTIF",
        "no": "NO",
        "rk": "RENCANA KINERJA",
        "noiki": "NO. IKI",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
        "catatan": "CATATAN PENILAI",
    }
    width = max(len(cols), 5)
    ci = {k: i + 1 for i, k in enumerate(cols)}
    r = layout_header(sh, m, width, where, ["SASARAN KINERJA PEGAWAI", "PEJABAT PIMPINAN TINGGI"])
    r = layout_identity(sh, m, r, width, where, True)
    for k in cols:
        sh.put(r, ci[k], case(labels[k], m), bold=True)
    r += 1
    if v.get("baris nomor kolom"):
        for k in cols:
            sh.put(r, ci[k], f"({ci[k]})")
        r += 1
    merge = not v.get("sel RK tidak digabung")
    per_row = v.get("perspektif per baris")

    def group(rks: list[dict], r: int, label: str, tag: str) -> int:
        sh.put(r, 1, label, to_c=len(cols), bold=True)
        r += 1
        i = 0
        while i < len(rks):
            # perspektif group: consecutive RK with the same perspektif
            g = i
            while (
                peng and not per_row and g + 1 < len(rks) and rks[g + 1].get("persp") == rks[i].get("persp")
            ):
                g += 1
            rows = sum(max(1, len(rks[k]["ikis"])) for k in range(i, g + 1))
            if peng:
                cell = sh.put(r, ci["persp"], rks[i].get("persp_text", ""), to_r=r + rows - 1)
                for k in range(i, g + 1):
                    where[(tag, k, "persp")] = (sh.title, cell)
            for k in range(i, g + 1):
                rk = rks[k]
                n = max(1, len(rk["ikis"]))
                last = r + n - 1 if merge else None
                no = f"RK-{k + 1:02d}" if v.get("nomor RK-01") else (k + 1)
                sh.put(r, ci["no"], no, to_r=last)
                where[(tag, k, "rk")] = (sh.title, sh.put(r, ci["rk"], rk["rk"], to_r=last))
                if not rk["ikis"]:
                    where[(tag, k, 0, "iki")] = (sh.title, ref(r, ci["iki"]))
                    where[(tag, k, 0, "target")] = (sh.title, ref(r, ci["target"]))
                for j, iki in enumerate(rk["ikis"]):
                    if "noiki" in ci:
                        sh.put(r + j, ci["noiki"], f"{k + 1}.{j + 1}")
                    where[(tag, k, j, "iki")] = (sh.title, sh.put(r + j, ci["iki"], iki["iki"]))
                    where[(tag, k, j, "target")] = (sh.title, sh.put(r + j, ci["target"], iki["target_text"]))
                if "catatan" in ci:
                    sh.put(r, ci["catatan"], rk.get("catatan", ""))
                r += n
            i = g + 1
        return r

    r = group(m.ku, r, "A. KINERJA UTAMA", "ku")
    if m.kt:
        r = group(m.kt, r, "B. KINERJA TAMBAHAN", "kt")
    layout_footer(sh, m, r, width, "3 Januari 2025")
    for k in cols:
        sh.widths[ci[k]] = 6 if k in ("no", "noiki") else 30
    return sh


MANUAL_LABELS = [
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


def layout_manual(m: Model, where: dict, rng: random.Random) -> Lembar:
    sh = Lembar("Manual IKI")
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA INDIVIDU", to_c=4, bold=True)
    sh.put(2, 1, f"{m.peg.jabatan.upper()} TAHUN {YEAR}", to_c=4, bold=True)
    r = 4
    n = 0
    numbered = m.var.get("manual bernomor")
    for rk in m.ku:
        for iki in rk["ikis"]:
            n += 1
            sh.put(r, 1, f"IKI {n}", to_c=4, bold=True)
            r += 1
            satuan = iki["unit"] or ("Indeks" if iki["iki"].startswith("Indeks") else "Nilai")
            vals = [
                rk["rk"],
                f"{rk['rk']} sebagai bagian dari sasaran strategis Perjanjian Kinerja {YEAR}",
                iki["iki"],
                f"{iki['iki']} diukur pada akhir periode berdasarkan data resmi perangkat daerah",
                f"({iki['iki']} realisasi / target) x 100%"
                if iki["unit"] == "%"
                else f"Realisasi {iki['iki'].lower()}",
                bank.MANUAL_TUJUAN,
                satuan,
                "Kuantitas",
                "Terkendali penuh",
                bank.MANUAL_SUMBER[n % 3],
                bank.MANUAL_PERIODE[n % 3],
            ]
            for k, (lab, val) in enumerate(zip(MANUAL_LABELS, vals, strict=True)):
                label = f"{k + 1}. {lab.title().replace('Iki', 'IKI')}" if numbered else lab
                sh.put(r, 1, label)
                sh.put(r, 2, ":")
                if m.manual_blank == (n - 1, lab):
                    val = ""
                cell = sh.put(r, 3, val, to_c=4)
                where[("man", n - 1, lab)] = (sh.title, cell)
                r += 1
            r += 1
    sh.widths.update({1: 34, 2: 2, 3: 60, 4: 20})
    return sh


# ---------------------------------------------------------------------------------------------------------
# Layout: Keterkaitan SKP-AK (JF)


def layout_keterkaitan(m: Model, where: dict) -> Lembar:
    sh = Lembar("Keterkaitan AK")
    width = 5
    sh.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", to_c=width, bold=True)
    sh.put(2, 1, f"PEMERINTAH PROVINSI {bank.PROVINSI}", to_c=width, bold=True)
    where[("periode", sh.title)] = (
        sh.title,
        sh.put(
            3,
            1,
            m.periode_text if m.var["periode"] != "label-terpisah" else "PERIODE PENILAIAN " + m.periode_text,
            to_c=width,
        ),
    )
    r = layout_identity(sh, m, 5, width, where, False)
    sh.put(r, 1, "TANGGAL PENGAJUAN")
    sh.put(r, 3, ": 6 Januari 2025", to_c=width)
    r += 2
    for c, lab in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        sh.put(r, c, lab, bold=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", to_c=width, bold=True)
    r += 1
    for i, rk in enumerate(m.ku):
        if m.ak_skip == i:
            continue
        butir, output, ak = m.butir[i % len(m.butir)]
        sh.put(r, 1, i + 1)
        sh.put(r, 2, rk["rk"])
        sh.put(r, 3, butir)
        sh.put(r, 4, output)
        val: Any = ak
        if m.ak_as_number:
            val = float(ak.replace(",", "."))
        if m.ak_invalid_row == i:
            val = "0"
        where[("ak", i)] = (sh.title, sh.put(r, 5, val))
        r += 1
    layout_footer(sh, m, r, width, "6 Januari 2025")
    sh.widths.update({1: 5, 2: 45, 3: 45, 4: 20, 5: 14})
    return sh


# ---------------------------------------------------------------------------------------------------------
# Layout: Penilaian (JA/JF) and Perilaku


def layout_penilaian(m: Model, where: dict, formulas: bool) -> tuple[Lembar, Lembar]:
    p = m.penilaian
    assert p is not None
    sh = Lembar("Penilaian")
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
        "KATEGORI CAPAIAN RK",
        "NILAI CAPAIAN RK",
    ]
    width = len(cols)
    sh.put(1, 1, "PENILAIAN SASARAN KINERJA PEGAWAI", to_c=width, bold=True)
    sh.put(2, 1, f"PEMERINTAH PROVINSI {bank.PROVINSI}", to_c=width, bold=True)
    per = m.periode_text if m.var["periode"] != "label-terpisah" else "PERIODE PENILAIAN " + m.periode_text
    where[("periode", sh.title)] = (sh.title, sh.put(3, 1, per, to_c=width))
    r = layout_identity(sh, m, 5, width, where, False)
    for c, lab in enumerate(cols, 1):
        sh.put(r, c, lab, bold=True)
    r += 1
    text_pct = m.var.get("capaian teks persen")
    rk_cells: list[str] = []

    def group(rks: list[dict], vals: list[dict], r: int, label: str, tag: str) -> int:
        sh.put(r, 1, label, to_c=width, bold=True)
        r += 1
        for i, (rk, val) in enumerate(zip(rks, vals, strict=True)):
            n = len(rk["ikis"])
            last = r + n - 1
            sh.put(r, 1, i + 1, to_r=last)
            sh.put(r, 2, rk["rka"] if tag == "ku" else "", to_r=last)
            sh.put(r, 3, rk["rk"], to_r=last)
            for j, iki in enumerate(rk["ikis"]):
                rr = r + j
                w = val["ikis"][j]
                sh.put(rr, 4, iki["aspek_text"])
                sh.put(rr, 5, iki["iki"])
                where[(tag, i, j, "pn_target")] = (sh.title, sh.put(rr, 6, w["target_text"]))
                where[(tag, i, j, "pn_real")] = (sh.title, sh.put(rr, 7, w["real_text"]))
                cap = w["cap_written"]
                if cap is not None and text_pct:
                    cap = f"{fmt_dec(cap)} %"
                where[(tag, i, j, "pn_cap")] = (sh.title, sh.put(rr, 8, cap))
                sh.put(rr, 9, w["kat"])
                where[(tag, i, j, "pn_nilai")] = (sh.title, sh.put(rr, 10, w["nilai_written"]))
            sh.put(r, 11, val["kat"], to_r=last)
            if (
                formulas
                and val["nilai"] is not None
                and all(w["nilai_written"] == w["nilai"] for w in val["ikis"])
            ):
                rk_val: Any = f"=ROUND(AVERAGE(J{r}:J{last}),2)"
            else:
                rk_val = val["nilai"]
            cell = sh.put(r, 12, rk_val, to_r=last)
            if tag == "ku":
                rk_cells.append(cell)
            else:
                kt_cells.append(cell)
            where[(tag, i, "pn_rk")] = (sh.title, cell)
            r += n
        return r

    kt_cells: list[str] = []
    r = group(m.ku, p["ku"], r, "A. KINERJA UTAMA", "ku")
    r = group(m.kt, p["kt"], r, "B. KINERJA TAMBAHAN", "kt")

    def total(r: int, label: str, value: Any, key: tuple) -> int:
        sh.put(r, 1, label, to_c=width - 1, bold=True)
        where[key] = (sh.title, sh.put(r, width, value))
        return r + 1

    nku: Any = p["nku"]
    if formulas and nku is not None:
        nku = f"=ROUND(AVERAGE({','.join(rk_cells)}),2)"
    r = total(r, "NILAI KINERJA UTAMA", nku, ("nku",))
    nku_cell = ref(r - 1, width)
    r = total(r, "NILAI KINERJA TAMBAHAN", p["kt_total"], ("ktt",))
    kt_cell = ref(r - 1, width)
    nas: Any = p["skp"]
    if formulas and nas is not None:
        nas = f"=MIN(120,ROUND({nku_cell}+{kt_cell},2))"
    r = total(r, "NILAI AKHIR SKP", nas, ("nas",))
    nas_cell = ref(r - 1, width)
    r = total(r, "NILAI PERILAKU KERJA", p["perilaku"], ("np",))
    np_cell = ref(r - 1, width)
    nk: Any = p["nk"]
    if formulas and nk is not None:
        nk = f"=ROUND(0.7*{nas_cell}+0.3*{np_cell},2)"
    r = total(r, "NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU)", nk, ("nk",))
    r = total(r, "PREDIKAT KINERJA PEGAWAI", p["predikat_written"], ("predikat",))
    layout_footer(sh, m, r, width, "5 Januari 2026")
    sh.widths.update({c: (6 if c == 1 else 18) for c in range(1, width + 1)})

    pl = Lembar("Perilaku")
    pl.put(1, 1, "PENILAIAN PERILAKU KERJA PEGAWAI", to_c=3, bold=True)
    pl.put(2, 1, f"{m.peg.nama} / NIP. {show_nip(m.peg.nip, m.var['nip'])}", to_c=3)
    for c, lab in enumerate(["NO", "ASPEK PERILAKU", "NILAI"], 1):
        pl.put(4, c, lab, bold=True)
    for k, (asp, val) in enumerate(
        zip(
            ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"],
            m.perilaku,
            strict=True,
        )
    ):
        pl.put(5 + k, 1, k + 1)
        pl.put(5 + k, 2, asp)
        pl.put(5 + k, 3, val)
    pl.put(10, 1, "NILAI PERILAKU KERJA", to_c=2, bold=True)
    pl.put(10, 3, p["perilaku"])
    pl.put(11, 1, "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI", to_c=2)
    pl.put(11, 3, "Ya" if p["ide_baru"] else "Tidak")
    pl.widths.update({1: 5, 2: 48, 3: 12})
    return sh, pl


# ---------------------------------------------------------------------------------------------------------
# Building the model


ASPEK_TULIS = {
    "Kuantitas": ["Kuantitas", "KUANTITAS", "Kuantitas"],
    "Kualitas": ["Kualitas", "KUALITAS", "Kualitas"],
    "Waktu": ["Waktu", "WAKTU", "Waktu"],
    "Biaya": ["Biaya", "BIAYA", "Biaya"],
}


def make_iki(rng: random.Random, t: tuple, style: str) -> dict[str, Any]:
    aspek, text, num, unit, kind = t
    st = style if unit == "%" and num != 100 else ""
    return {
        "aspek": aspek,
        "aspek_text": rng.choice(ASPEK_TULIS.get(aspek, [""])),
        "iki": text,
        "num": num,
        "unit": unit,
        "kind": kind,
        "target_text": show(num, unit, st),
        "kat": kategori_texts(num, unit, kind),
    }


def compute_penilaian(rng: random.Random, m: Model, defects: list[str]) -> None:
    """Realisasi and every written number, SPEC §6; the defect hooks change what is written."""
    p: dict[str, Any] = {"ku": [], "kt": []}
    for tag, rks in (("ku", m.ku), ("kt", m.kt)):
        for rk in rks:
            vals = []
            for iki in rk["ikis"]:
                real = realisasi_for(rng, iki["num"], iki["unit"], iki["kind"])
                vals.append(
                    {
                        "real": real,
                        "target": iki["num"],
                        "target_text": iki["target_text"],
                        "real_text": show(real, iki["unit"]),
                        "kind": iki["kind"],
                        "unit": iki["unit"],
                    }
                )
            p[tag].append({"ikis": vals})
    # defect hooks on the raw values
    m.pn_marks = {}
    ku0 = p["ku"][0]["ikis"]
    if "target-penilaian-berbeda" in defects:
        w = ku0[0]
        if w["unit"] == "%":
            new = w["target"] - 5
        elif w["unit"] == "Rupiah":
            # an amount typed anew, not a rounding slip: 5 % lower, whole millions
            new = float(round(w["target"] * 0.95 / 1_000_000) * 1_000_000)
        else:
            new = w["target"] - (2 if w["target"] > 10 else 1)
        w["target"], w["target_text"] = new, show(new, w["unit"])
        m.pn_marks["target-penilaian-berbeda"] = ("ku", 0, 0, "pn_target")
    blank = None
    if "realisasi-kosong" in defects:
        blank = (1, len(p["ku"][1]["ikis"]) - 1)
        m.pn_marks["realisasi-kosong"] = ("ku", blank[0], blank[1], "pn_real")
    for tag in ("ku", "kt"):
        for i, rkv in enumerate(p[tag]):
            for j, w in enumerate(rkv["ikis"]):
                if tag == "ku" and (i, j) == blank:
                    w.update(real_text="", cap=None, cap_written=None, kat="", nilai=None, nilai_written=None)
                    continue
                cap = capaian(w["real"], w["target"], w["kind"])
                kat, nilai = kategori_nilai(cap)
                w.update(cap=cap, cap_written=r2(cap), kat=kat, nilai=r2(nilai), nilai_written=r2(nilai))
    if "capaian-tidak-sesuai" in defects:
        w = ku0[-1]
        if m.cap_defect_kind == "capaian":
            w["cap_written"] = r2(w["cap"] + 7)
            m.pn_marks["capaian-tidak-sesuai"] = ("ku", 0, len(ku0) - 1, "pn_cap")
        else:
            w["nilai_written"] = r2(w["nilai"] + 10) if w["nilai"] < 100 else r2(w["nilai"] - 12)
            m.pn_marks["capaian-tidak-sesuai"] = ("ku", 0, len(ku0) - 1, "pn_nilai")
    incomplete = False
    for tag in ("ku", "kt"):
        for rkv in p[tag]:
            ns = [w["nilai"] for w in rkv["ikis"]]  # the correct values (a typo does not propagate)
            if any(n is None for n in ns):
                rkv["nilai"], rkv["kat"] = None, ""
                incomplete = True
            else:
                rkv["nilai"] = r2(Fraction(str(sum(Fraction(str(n)) for n in ns))) / len(ns))
                rkv["kat"] = kategori_rk(rkv["nilai"])
    m.perilaku = [rng.choice([100, 100, 105, 110, 95]) for _ in range(5)]
    p["perilaku"] = r2(Fraction(sum(m.perilaku), 5))
    p["ide_baru"] = bool(m.var.get("ide baru Ya"))
    if incomplete:
        p.update(nku=None, kt_total=None, skp=None, nk=None, predikat=None, predikat_written=None)
    else:
        p["nku"] = r2(sum(Fraction(str(x["nilai"])) for x in p["ku"]) / len(p["ku"]))
        kt = sum(Fraction(F_TAMBAHAN[x["kat"]]) * Fraction(str(x["nilai"])) / 1000 for x in p["kt"])
        p["kt_total"] = r2(min(Fraction(10), kt))
        p["skp"] = r2(min(Fraction(120), Fraction(str(p["nku"])) + Fraction(str(p["kt_total"]))))
        p["nk"] = r2(
            Fraction(7, 10) * Fraction(str(p["skp"])) + Fraction(3, 10) * Fraction(str(p["perilaku"]))
        )
        p["predikat"] = predikat(p["nk"], p["ide_baru"])
        p["predikat_written"] = p["predikat"]
        if "predikat-tidak-sesuai" in defects:
            p["predikat_written"] = "Butuh Perbaikan" if p["predikat"] in ("Baik", "Sangat Baik") else "Baik"
            m.pn_marks["predikat-tidak-sesuai"] = ("predikat",)
    m.penilaian = p


def build_model(
    rng: random.Random, form: str, k: int, defects: list[str], has_penilaian: bool, used_names: set[str]
) -> Model:
    m = Model()
    m.form, (m.jenis, m.model) = form, form.split("-")
    m.force_levels = None
    m.ak_skip = None
    m.ak_as_number = rng.random() < 0.4
    m.cap_defect_kind = rng.choice(["capaian", "nilai"])
    m.var = choose_variations(rng, form, has_penilaian)
    if "kategori-penilaian-kosong" in defects:
        m.force_levels = ["C", "B", "SB"]
        m.var.pop("kategori dua tingkat (TARGET/BAIK)", None)
        m.var["kategori tiga tingkat"] = True
    names = [n for n in bank.NAMES if n[0] not in used_names]
    peg_name = rng.choice(names)
    used_names.add(peg_name[0])
    pen_name = rng.choice([n for n in names if n[0] != peg_name[0]])
    # who
    if m.jenis == "jpt":
        jab, unit_key, pen_jab, political = bank.PEGAWAI_JPT[(k * 2 + (m.model == "pengembangan")) % 7]
        if m.var.get("penilai Gubernur"):
            pen_jab, political = "Gubernur Nusa Kenanga", True
        if "penilai-sama-dengan-pegawai" in defects:
            pen_jab, political = "Sekretaris Daerah Provinsi Nusa Kenanga", False
        if jab.startswith("Sekretaris Daerah"):
            pen_jab, political = "Gubernur Nusa Kenanga", True
        lvl = "sekda" if jab.startswith("Sekretaris Daerah") else "jpt"
        gol = rng.choice(bank.JENJANG_GOL[lvl])
        unit = (
            f"Pemerintah Provinsi {bank.PROVINSI.title()}"
            if lvl == "sekda"
            else bank.UNITS[unit_key][0]
            if jab.startswith("Direktur")
            else jab.replace("Kepala ", "", 1)
            if jab.startswith("Kepala")
            else f"Sekretariat Daerah Provinsi {bank.PROVINSI.title()}"
        )
        m.peg = Orang(peg_name[0], make_nip(rng, peg_name[1], *BIRTH[lvl]), gol, jab, unit)
        if lvl == "sekda":
            m.peg = Orang(bank.SEKDA[0], bank.SEKDA[1], gol, jab, unit)
        if political:
            m.pen = Orang(bank.GUBERNUR, "-", "-", pen_jab, f"Pemerintah Provinsi {bank.PROVINSI.title()}")
            m.pen_political = True
        else:
            m.pen = Orang(
                bank.SEKDA[0],
                bank.SEKDA[1],
                "IV/d",
                pen_jab,
                f"Pemerintah Provinsi {bank.PROVINSI.title()}",
            )
        m.peg_unit_key = unit_key
        m.role = "jpt"
    else:
        pool = bank.PEGAWAI_JF if m.jenis == "jf" else bank.PEGAWAI_JA
        unit_key, jab, lvl, role = pool[(k + (len(pool) // 2) * (m.model == "pengembangan")) % len(pool)]
        m.role, m.lvl = role, lvl
        m.peg_unit_key = unit_key
        gol = rng.choice(bank.JENJANG_GOL[lvl])
        unit_line = bank.UNITS[unit_key][0]
        unit = (
            unit_line
            if unit_key in ("rsud", "sma", "smk", "samsat", "balai")
            else f"{unit_line} Provinsi {bank.PROVINSI.title()}"
            if unit_key.startswith("b")
            else unit_line
        )
        if role == "karu":
            unit = f"Ruang Rawat Inap Melati, {unit_line}"
        m.peg = Orang(peg_name[0], make_nip(rng, peg_name[1], *BIRTH[lvl]), gol, jab, unit)
        pen_jab, pen_lvl = rng.choice(bank.ATASAN[unit_key])
        if role == "cabdin_kepala":
            pen_jab, pen_lvl = bank.ATASAN["cabdin"][0]
        if role in ("cabdin_tu", "kepsek"):
            pen_jab, pen_lvl = bank.ATASAN["cabdin"][1]
        if role == "rsud_kabag":
            pen_jab, pen_lvl = bank.ATASAN["rsud"][1]
        if role == "karu":
            pen_jab, pen_lvl = bank.ATASAN["rsud"][0]
        pen_unit = (
            bank.UNITS[unit_key][0]
            if not pen_jab.startswith("Plh. Kepala Dinas")
            else "Dinas Pendidikan dan Kebudayaan Provinsi Nusa Kenanga"
        )
        if role == "kepsek":
            pen_unit = bank.UNITS["cabdin"][0]
        m.pen = Orang(
            pen_name[0],
            make_nip(rng, pen_name[1], *BIRTH.get(pen_lvl, (1968, 1978))),
            rng.choice(bank.JENJANG_GOL[pen_lvl]),
            pen_jab,
            pen_unit,
        )
    style = (
        "ge"
        if m.var.get("target bertanda ≥")
        else "kata"
        if m.var.get("target persen dengan kata")
        else rng.choice(["", "rapat"])
    )
    # RK
    if m.jenis == "jpt":
        rks = list(bank.RK_JPT)
        if m.model == "pengembangan":
            chosen = []
            for persp in bank.PERSPEKTIF:
                mine = [x for x in rks if x[0] == persp]
                chosen += rng.sample(mine, rng.choice([1, 2]))
            if "perspektif-tidak-valid" in defects and not any(
                sum(1 for x in chosen if x[0] == ps) >= 2 for ps in bank.PERSPEKTIF
            ):
                chosen = [x for x in rks if x[0] != "Anggaran"] + [x for x in rks if x[0] == "Anggaran"][:1]
            if "perspektif-tidak-lengkap" in defects:
                chosen = [x for x in chosen if x[0] != "Anggaran"]
        else:
            chosen = sorted(rng.sample(rks, rng.randint(4, 5)), key=rks.index)
        if "target-tanpa-satuan" in defects and rks[2] not in chosen:
            chosen = sorted(chosen + [rks[2]], key=rks.index)
        persp_style = rng.randrange(3)
        for persp, text, ikis in chosen:
            m.ku.append(
                {
                    "rk": text,
                    "rka": "",
                    "persp": persp,
                    "persp_text": bank.PERSPEKTIF_TULIS[persp][persp_style],
                    "ikis": [make_iki(rng, ("", t, n, u, kd), style) for t, n, u, kd in ikis],
                    "catatan": rng.choice(bank.CATATAN_PENILAI),
                }
            )
        if m.var.get("kinerja tambahan JPT") and m.model == "dasar":
            kt_text, jpt_kt = bank.RK_JPT_TAMBAHAN[0]
            m.kt.append(
                {
                    "rk": kt_text,
                    "rka": "",
                    "ikis": [make_iki(rng, ("", t, n, u, kd), style) for t, n, u, kd in jpt_kt],
                }
            )
    else:
        for rk, rka, rk_ikis in bank.RK[m.role]:
            cm = rng.choice(bank.CARA_MEMANTAU)
            m.ku.append(
                {
                    "rk": rk,
                    "rka": rka,
                    "cm": cm,
                    "ikis": [make_iki(rng, t, style) for t in rk_ikis],
                    "catatan": rng.choice(bank.CATATAN_PENILAI),
                }
            )
        kt_text, kt_ikis = bank.RK_TAMBAHAN[k % len(bank.RK_TAMBAHAN)]
        m.kt.append(
            {
                "rk": kt_text,
                "rka": "",
                "cm": bank.CARA_MEMANTAU[1],
                "ikis": [make_iki(rng, t, "") for t in kt_ikis],
            }
        )
        if m.jenis == "jf":
            m.butir = bank.BUTIR[m.role]
            m.keterkaitan = True
    m.periode_text = PERIODE[m.var["periode"]]
    return m


# ---------------------------------------------------------------------------------------------------------
# Defects: change the model, then name the recorded cell


def inject(rng: random.Random, m: Model, code: str) -> list[tuple[Any, list[Any]]]:
    """Apply one defect to the model; returns (key of the cell, keys of alternative cells)."""
    ku = m.ku
    if code == "identitas-kosong":
        if m.jenis == "jpt":
            m.peg.gol = ""
            return [(("peg", "pangkat"), [])]
        m.pen.jabatan = ""
        return [(("pen", "jabatan"), [])]
    if code == "nip-tidak-valid":
        m.peg.nip = m.peg.nip[:12] + "13" + m.peg.nip[14:]
        return [(("peg", "nip"), [])]
    if code == "pangkat-tidak-dikenal":
        roman, letter = m.peg.gol.split("/")
        wrong = next(g for g in bank.PANGKAT if g.startswith(roman + "/") and g != m.peg.gol)
        m.bad_pangkat = f"{bank.PANGKAT[wrong]}, {m.peg.gol}"
        return [(("peg", "pangkat"), [])]
    if code == "jenjang-golongan-tidak-sesuai":
        m.peg.gol = next(g for g in ("II/a", "III/a", "III/d", "IV/b") if g not in bank.JENJANG_GOL[m.lvl])
        return [(("peg", "pangkat"), [("peg", "jabatan")])]
    if code == "periode-tidak-valid":
        m.periode_text = PERIODE_SALAH[m.var["periode"]]
        return [(("periode",), [])]
    if code == "penilai-sama-dengan-pegawai":
        m.pen.nip = m.peg.nip
        return [(("pen", "nip"), [("peg", "nip")])]
    if code == "rk-atasan-kosong":
        ku[1]["rka"] = ""
        return [(("ku", 1, "rka"), [("ku", 1, "rk")])]
    if code == "rk-berbasis-aktivitas":
        ku[1]["rk"] = (
            "Melaksanakan "
            + ku[1]["rk"][0].lower()
            + ku[1]["rk"][1:].replace(" tersusun", "").replace(" terlaksana", "")
        )
        return [(("ku", 1, "rk"), [])]
    if code == "target-tanpa-satuan":
        for i, rk in enumerate(ku):
            for j, iki in enumerate(rk["ikis"]):
                if iki["iki"].startswith("Jumlah") and iki["unit"] not in ("", "%", "Rupiah"):
                    iki["target_text"] = fmt_num(iki["num"])
                    return [(("ku", i, j, "target"), [])]
    if code == "aspek-tidak-valid":
        ku[0]["ikis"][-1]["aspek_text"] = "Efektivitas"
        return [(("ku", 0, len(ku[0]["ikis"]) - 1, "aspek"), [])]
    if code == "aspek-ganda":
        for i, rk in enumerate(ku):
            for j, iki in enumerate(rk["ikis"]):
                if j > 0 and iki["aspek"] == "Kualitas":
                    iki["aspek_text"] = rk["ikis"][0]["aspek_text"]
                    return [((("ku", i, j, "aspek")), [])]
    if code == "satuan-tidak-sesuai-aspek":
        for i, rk in enumerate(ku):
            for j, iki in enumerate(rk["ikis"]):
                if iki["aspek"] == "Waktu":
                    iki["target_text"] = f"{iki['num'] + 11} Laporan"
                    return [(("ku", i, j, "target"), [])]
    if code == "target-absolut":
        for i, rk in enumerate(ku):
            for j, iki in enumerate(rk["ikis"]):
                if iki["aspek"] == "Kualitas":
                    iki["iki"] = "Semua hasil kerja diverifikasi atasan sebelum dilaporkan"
                    return [(("ku", i, j, "iki"), [("ku", i, j, "target")])]
    if code in ("kategori-tidak-membedakan", "kategori-tidak-berurutan", "kategori-penilaian-kosong"):
        for i, rk in enumerate(ku):
            for j, iki in enumerate(rk["ikis"]):
                if iki["kind"] == "n" and iki["unit"] not in ("%", "Rupiah") and iki["num"] >= 5:
                    t = show(iki["num"], iki["unit"])
                    levels = m.force_levels or (
                        ["C", "SB"]
                        if m.var.get("kategori dua tingkat (TARGET/BAIK)")
                        else ["C", "B", "SB"]
                        if m.var.get("kategori tiga tingkat")
                        else ["SK", "K", "C", "B", "SB"]
                    )
                    alts = [("ku", i, j, lv) for lv in levels] + [("ku", i, j, "target"), ("ku", i, j, "iki")]
                    if code == "kategori-tidak-membedakan":
                        iki["kat"] = dict(iki["kat"], SB=t)
                        return [(("ku", i, j, "SB"), alts)]
                    if code == "kategori-tidak-berurutan":
                        n = int(iki["num"])
                        u = f" {iki['unit']}"
                        iki["kat"] = dict(iki["kat"], C=f"{fmt_num(n + 1)} - {fmt_num(n + 5)}{u}")
                        return [(("ku", i, j, "C"), alts)]
                    iki["kat"] = {}
                    key = ("ku", i, j, "B") if "B" in levels else ("ku", i, j, "target")
                    return [(key, alts)]
    if code == "cara-memantau-kosong":
        single = m.var.get("satu kolom SUMBER DATA UNTUK PENGUKURAN")
        field = "cm_sumber" if single else "cm_waktu"
        idx = {"cm_data": 0, "cm_sumber": 1, "cm_waktu": 2}[field]
        cm = list(ku[1]["cm"])
        cm[idx] = ""
        ku[1]["cm"] = tuple(cm)
        if m.var.get("cara memantau per IKI"):
            for iki in ku[1]["ikis"]:
                iki["cm"] = tuple(cm)
            return [
                (
                    ("ku", 1, 0, field),
                    [("ku", 1, j, field) for j in range(len(ku[1]["ikis"]))] + [("ku", 1, "rk")],
                )
            ]
        return [(("ku", 1, field), [("ku", 1, "rk")])]
    if code == "keterkaitan-ak-hilang":
        m.keterkaitan = False
        return [(None, [])]
    if code == "rk-tanpa-butir-kegiatan":
        m.ak_skip = 1
        return [(("ku", 1, "rk"), [])]
    if code == "angka-kredit-tidak-valid":
        m.ak_invalid_row = 0
        return [(("ak", 0), [])]
    if code == "iki-tanpa-target":
        ku[-1]["ikis"][0]["target_text"] = ""
        return [(("ku", len(ku) - 1, 0, "target"), [])]
    if code == "target-tidak-terukur":
        ku[0]["ikis"][0]["target_text"] = "Meningkat"
        return [(("ku", 0, 0, "target"), [])]
    if code == "target-rentang-terbalik":
        for i, rk in enumerate(ku):
            for j, iki in enumerate(rk["ikis"]):
                if iki["unit"] == "%":
                    iki["target_text"] = f"{fmt_num(iki['num'])} - {fmt_num(iki['num'] - 5)} %"
                    return [(("ku", i, j, "target"), [])]
    if code == "rk-ganda":
        text, ikis = bank.RK_JPT_TAMBAHAN[0]
        m.kt = [
            {
                "rk": ku[0]["rk"],
                "rka": "",
                "ikis": [make_iki(rng, ("", t, n, u, kd), "") for t, n, u, kd in ikis],
            }
        ]
        return [(("kt", 0, "rk"), [])]
    if code == "rk-tanpa-iki":
        ku.insert(
            len(ku),
            {
                "rk": "Meningkatnya sinergi program lintas perangkat daerah",
                "rka": "",
                "persp": ku[-1].get("persp"),
                "persp_text": ku[-1].get("persp_text", ""),
                "ikis": [],
            },
        )
        return [
            (("ku", len(ku) - 1, 0, "iki"), [("ku", len(ku) - 1, "rk"), ("ku", len(ku) - 1, 0, "target")])
        ]
    if code == "perspektif-tidak-valid":
        m.var["perspektif per baris"] = True
        for i, rk in enumerate(ku):
            same = [x for x in ku if x["persp"] == rk["persp"]]
            if len(same) >= 2:
                rk["persp_text"] = "Kelembagaan"
                return [(("ku", i, "persp"), [])]
    if code == "perspektif-tidak-lengkap":
        return [(None, [])]
    if code == "manual-iki-kosong":
        m.manual_blank = (0, "FORMULA")
        return [(("man", 0, "FORMULA"), [("ku", 0, 0, "iki"), ("man", 0, "INDIKATOR KINERJA INDIVIDU")])]
    if code in (
        "capaian-tidak-sesuai",
        "realisasi-kosong",
        "target-penilaian-berbeda",
        "predikat-tidak-sesuai",
    ):
        return [("pn", [])]
    raise ValueError(code)


SEVERITY = {
    "aspek-ganda": "peringatan",
    "rk-berbasis-aktivitas": "peringatan",
    "target-absolut": "peringatan",
    "rk-ganda": "peringatan",
    "satuan-tidak-sesuai-aspek": "peringatan",
    "target-tanpa-satuan": "peringatan",
    "perspektif-tidak-lengkap": "peringatan",
    "jenjang-golongan-tidak-sesuai": "peringatan",
}

PLAN = {
    "ja-dasar": [
        ["capaian-tidak-sesuai"],
        ["rk-atasan-kosong", "predikat-tidak-sesuai"],
        ["realisasi-kosong"],
        ["nip-tidak-valid", "capaian-tidak-sesuai"],
    ],
    "ja-pengembangan": [
        ["kategori-tidak-membedakan"],
        ["predikat-tidak-sesuai", "periode-tidak-valid"],
        ["cara-memantau-kosong", "aspek-tidak-valid"],
        ["target-penilaian-berbeda", "rk-berbasis-aktivitas"],
    ],
    "jf-dasar": [
        ["keterkaitan-ak-hilang", "pangkat-tidak-dikenal"],
        ["capaian-tidak-sesuai", "identitas-kosong"],
        ["angka-kredit-tidak-valid", "satuan-tidak-sesuai-aspek"],
        ["predikat-tidak-sesuai", "aspek-ganda"],
    ],
    "jf-pengembangan": [
        ["rk-tanpa-butir-kegiatan", "target-penilaian-berbeda"],
        ["kategori-penilaian-kosong", "capaian-tidak-sesuai"],
        ["kategori-tidak-berurutan", "realisasi-kosong"],
        ["target-absolut", "jenjang-golongan-tidak-sesuai"],
    ],
    "jpt-dasar": [
        ["manual-iki-kosong"],
        ["iki-tanpa-target", "penilai-sama-dengan-pegawai"],
        ["target-tidak-terukur"],
        ["rk-ganda", "target-tanpa-satuan"],
    ],
    "jpt-pengembangan": [
        ["perspektif-tidak-valid"],
        ["perspektif-tidak-lengkap", "manual-iki-kosong"],
        ["target-rentang-terbalik"],
        ["identitas-kosong", "rk-tanpa-iki"],
    ],
}
PENILAIAN_CODES = {
    "capaian-tidak-sesuai",
    "realisasi-kosong",
    "target-penilaian-berbeda",
    "predikat-tidak-sesuai",
}
# LibreOffice-saved files (Penilaian with formulas, so cached values exist)
LIBREOFFICE = {
    "ja-dasar-02-bersih",
    "jf-pengembangan-04-bersih",
    "ja-pengembangan-06-cacat",
    "jf-dasar-06-cacat",
    "ja-dasar-05-cacat",
}


def to_workbook(sheets: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), val in sorted(sh.cells.items()):
            cell = ws.cell(row=r, column=c, value=val)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in sh.bold:
                cell.font = Font(bold=True)
        for r1, c1, r2_, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)
        for r, h in sh.heights.items():
            ws.row_dimensions[r].height = h
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.properties.creator = "Pegawai"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 1, 6, 8, 0, 0)
    wb.save(path)


def libreoffice(src: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profil"
        conv = Path(tmp) / "keluar"
        conv.mkdir()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(conv),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(str(conv / src.name), str(out_dir / src.name))


def build(out: Path, harapan: Path) -> None:
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    files = []
    used: set[str] = set()
    for form, plans in PLAN.items():
        jenis = form.split("-")[0]
        for k in range(8):
            clean = k < 4
            defects = [] if clean else plans[k - 4]
            stem = f"{form}-{k + 1:02d}-{'bersih' if clean else 'cacat'}"
            has_pn = jenis != "jpt" and (bool(set(defects) & PENILAIAN_CODES) or (clean and k % 2 == 1))
            if len(used) > len(bank.NAMES) - 4:
                used.clear()
            m = build_model(rng, form, k, defects, has_pn, used)
            marks = []
            for code in defects:
                marks.append((code, inject(rng, m, code)))
            if has_pn:
                compute_penilaian(rng, m, defects)
            where: dict[Any, tuple[str, str]] = {}
            sheets = []
            if jenis == "jpt":
                sheets.append(layout_skp_jpt(m, where))
                sheets.append(layout_manual(m, where, rng))
            else:
                sheets.append(layout_skp_jajf(m, where))
                if m.keterkaitan:
                    sheets.append(layout_keterkaitan(m, where))
                if has_pn:
                    sheets += list(layout_penilaian(m, where, stem in LIBREOFFICE))
            name = f"{stem}.xlsx"
            entries = []
            for code, res in marks:
                for key, alts in res:
                    if key == "pn":
                        key = m.pn_marks[code]
                    sheet, cell = where[key] if key is not None else (None, None)
                    if key is not None and key[0] in ("peg", "pen", "periode"):
                        alts = (
                            alts
                            + [w for w in where if len(w) == 3 and w[1:] == key]
                            + [w for w in where if w[0] == "periode" and len(w) == 2 and key == ("periode",)]
                        )
                    alt = [
                        {"sheet": where[a][0], "cell": where[a][1]}
                        for a in alts
                        if a in where and where[a] != (sheet, cell)
                    ]
                    entries.append(
                        {
                            "code": code,
                            "severity": SEVERITY.get(code, "error"),
                            "sheet": sheet,
                            "cell": cell,
                            "alt_cells": alt,
                        }
                    )
            writer = "libreoffice" if stem in LIBREOFFICE else "openpyxl"
            if writer == "libreoffice":
                with tempfile.TemporaryDirectory() as tmp:
                    src = Path(tmp) / name
                    to_workbook(sheets, src)
                    libreoffice(src, out)
            else:
                to_workbook(sheets, out / name)
            var = [k2 for k2, val in m.var.items() if val is True]
            var += [
                f"NIP {m.var['nip']}",
                f"pangkat {m.var['pangkat']}",
                f"periode {m.var['periode']}",
                f"sheet '{m.var['sheet']}'",
            ]
            if has_pn:
                var.append(
                    "sheet Penilaian dan Perilaku"
                    + (" (rumus, disimpan LibreOffice)" if writer == "libreoffice" else "")
                )
            if m.jenis == "jf" and m.keterkaitan:
                var.append("Keterkaitan AK angka " + ("bilangan" if m.ak_as_number else "teks"))
            p = m.penilaian
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": clean,
                    "defects": entries,
                    "boleh": [],
                    "jabatan": m.peg.jabatan,
                    "unit_kerja": m.peg.unit,
                    "writer": writer,
                    "variasi": var,
                    "penilaian": None
                    if p is None
                    else {
                        "nku": p["nku"],
                        "kt": p["kt_total"],
                        "skp": p["skp"],
                        "perilaku": p["perilaku"],
                        "nk": p["nk"],
                        "predikat": p["predikat"],
                        "ide_baru": p["ide_baru"],
                    },
                }
            )
    harapan.write_text(
        json.dumps({"set": "nyata_av", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    build(a.keluaran, a.harapan)
    return 0


if __name__ == "__main__":
    sys.exit(main())
