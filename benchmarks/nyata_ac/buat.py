"""Build the held-out set ``nyata_ac``: SKP workbooks that carry SEVERAL real-world variations at once.

Each workbook combines 3–5 independent variations drawn with a fixed seed from SPEC §3.10 and from the
themes of the earlier sets (aspek spellings, kategori subsets, label typos, JF titles without Ahli or with a
role suffix, long kop, table in column B/C, stacked identity, unit kerja on two lines, column-number row,
SATUAN column, sumber data per IKI or in one column, Matriks/Penilaian/Keterkaitan/Manual IKI sheets, merged
perspektif, a Bupati as penilai, signature block, LibreOffice round trip with formulas). The manifest lists
the variations of every file under ``variasi`` so a miss can be traced to its interaction.

Usage: ``python benchmarks/nyata_ac/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministic (``SEED``).
Each sheet is laid out first on a cell grid (``Lembar``); every value's cell is known, and each injected
defect is recorded at the cell where it was written.
"""

from __future__ import annotations

import argparse
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
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261216
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")
PER_FORM = 10
LEVELS = ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")


class Lembar:
    """A sheet drawn as a grid: (row, col) → value, plus merges."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.bold: set[tuple[int, int]] = set()
        self.fmt: dict[tuple[int, int], str] = {}

    def put(self, r: int, c: int, v: Any, bold: bool = False) -> str:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        if bold:
            self.bold.add((r, c))
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


@dataclass
class Ctx:
    """One workbook being built: its people, texts, variations, defects to inject and where they landed."""

    form: str
    rng: random.Random
    v: set[str]
    inject: list[dict[str, Any]]
    sheets: list[Lembar] = field(default_factory=list)
    defects: list[dict[str, Any]] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    def want(self, code: str) -> dict[str, Any] | None:
        for d in self.inject:
            if d["code"] == code:
                return d
        return None

    def record(
        self,
        code: str,
        sheet: str | None,
        cell: str | None,
        alt: list[tuple[str, str]] | None = None,
        severity: str = "error",
    ) -> None:
        entry: dict[str, Any] = {"code": code, "severity": severity, "sheet": sheet, "cell": cell}
        if alt:
            entry["alt_cells"] = [{"sheet": s, "cell": c} for s, c in alt]
        self.defects.append(entry)


# ---------------------------------------------------------------- people and numbers


def nip(rng: random.Random, gol: str, gender: int | None = None, bad_month: bool = False) -> str:
    """An 18-digit NIP whose TMT is 22–30 years after birth and plausible for the golongan."""
    tmt_year = {"II": rng.randint(2012, 2020), "III": rng.randint(2005, 2016), "IV": rng.randint(1994, 2004)}[
        gol.split("/")[0]
    ]
    birth_year = tmt_year - rng.randint(22, 28)
    birth = f"{birth_year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    month = 13 if bad_month else rng.choice([1, 2, 3, 4, 12])
    g = gender if gender else rng.choice([1, 2])
    return f"{birth}{tmt_year}{month:02d}{g}{rng.randint(1, 9):03d}"


def multiline(text: str) -> str:
    """A long cell text broken with Alt+Enter after its fourth word, as staff do to fit a column."""
    words = text.split()
    return " ".join(words[:4]) + "\n" + " ".join(words[4:]) if len(words) > 5 else text


def judul(s: str) -> str:
    """Title case as agencies write names: conjunctions stay lower case."""
    return " ".join(w.lower() if w.lower() in ("dan", "di") else w.capitalize() for w in s.split())


def spaced(n: str) -> str:
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


def pangkat_text(gol: str, style: int) -> str:
    name = bank.PANGKAT[gol]
    if style == 0:
        return f"{name}, {gol}"
    if style == 1:
        return f"{name.upper().replace('TINGKAT I', 'TK.I')} / {gol.replace('/', '')}"
    return f"{name.replace('Tingkat I', 'Tk.I')}, {gol.replace('/', ' ')}"


def angka(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x}".replace(".", ",")


def target_text(n: float, satuan: str, kind: str) -> str:
    if kind == "persen":
        return f"{angka(n)} %"
    return f"{angka(n)} {satuan}".strip()


def kategori(n: float, satuan: str, kind: str, levels: tuple[str, ...], own_baik: bool) -> dict[str, str]:
    """Thresholds per level that separate the levels, BAIK = the target (SPEC §3.3 examples)."""
    s = "%" if kind == "persen" else satuan
    sp = " " if kind != "persen" else " "

    def t(x: str) -> str:
        return f"{x}{sp}{s}"

    few = len(levels) <= 3
    out: dict[str, str] = {}
    if kind == "waktu":
        n = int(n)
        vals = {
            "SANGAT KURANG": t(f"> {n + 4}"),
            "KURANG": t(f"{n + 3} - {n + 4}"),
            "CUKUP": t(f"> {n}") if few else t(f"{n + 1} - {n + 2}"),
            "SANGAT BAIK": t(f"< {n}"),
        }
    elif kind == "persen":
        p = int(n)
        vals = {
            "SANGAT KURANG": t(f"< {p - 20}"),
            "KURANG": t(f"{p - 20} - {p - 11}"),
            "CUKUP": t(f"< {p}") if few else t(f"{p - 10} - {p - 1}"),
            "SANGAT BAIK": t(f"> {p}"),
        }
    else:
        n = int(n)
        k, c = round(0.6 * n), round(0.8 * n)
        vals = {
            "SANGAT KURANG": t(f"< {angka(k)}"),
            "KURANG": t(f"{angka(k)} - {angka(c - 1)}"),
            "CUKUP": t(f"< {angka(n)}") if few else t(f"{angka(c)} - {angka(n - 1)}"),
            "SANGAT BAIK": t(f"> {angka(n)}"),
        }
    for lv in levels:
        if lv == "BAIK":
            if own_baik:
                out[lv] = target_text(n, satuan, kind)
        else:
            out[lv] = vals[lv]
    return out


def nilai_iki(cap: int) -> tuple[str, float]:
    """SPEC §6.2 on a whole-percent capaian (only values whose nilai is exact are used)."""
    if cap > 110:
        return "Sangat Baik", 120
    if cap >= 101:
        return "Sangat Baik", round(110 + (120 - 110) / (110 - 101) * (cap - 101), 2)
    if cap == 100:
        return "Baik", 109
    if cap >= 80:
        return "Cukup", 70 + (89 - 70) / (99 - 80) * (cap - 80)
    if cap >= 60:
        return "Kurang", 50 + (69 - 50) / (79 - 60) * (cap - 60)
    return "Sangat Kurang", round(cap / 59 * 49, 2)


def realisasi(rng: random.Random, n: float, kind: str) -> tuple[float, int]:
    """A realisasi whose capaian rounds cleanly to 100, 110+ or 60–99 (integer nilai)."""
    options = []
    if kind == "waktu":
        for r in (n, n - 1, n + 1):
            cap = (1 + (1 - r / n)) * 100
            options.append((r, cap))
    elif float(n).is_integer():
        steps = [0, -1, -2, 1, 2] if n < 50 else [0, -round(n * 0.05), -round(n * 0.1), round(n * 0.15)]
        for st in steps:
            r = n + st
            options.append((r, r / n * 100))
    else:
        options.append((n, 100.0))
    good = []
    for r, cap in options:
        if r <= 0 or abs(cap % 1 - 0.5) < 0.02:
            continue
        c = int(cap + 0.5)
        if c == 100 or c > 110 or c == 110 or 60 <= c <= 99:
            if kind == "persen" and r > 100:
                continue
            good.append((r, c))
    return rng.choice(good)


# ---------------------------------------------------------------- header

TYPO_POOL = ["pangkat", "pegawai", "penilai", "iki", "rka"]


def labels(ctx: Ctx) -> dict[str, str]:
    lab = {
        "pegawai": "PEGAWAI YANG DINILAI",
        "penilai": "PEJABAT PENILAI KINERJA",
        "nama": "NAMA",
        "nip": "NIP",
        "pangkat": "PANGKAT/GOL RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "rka": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "target": "TARGET",
        "aspek": "ASPEK",
        "no": "NO",
    }
    if "rk_atasan_alt" in ctx.v:
        lab["rka"] = "RENCANA KINERJA ATASAN YANG DIINTERVENSI"
    for t in ctx.info.get("typos", []):
        lab[t] = {
            "pangkat": "PANGKA/GOL. RUANG",
            "pegawai": "PEGAWAI YANG DI NILAI",
            "penilai": "PEJABAT PENILAI KERJA",
            "iki": "INDIKATOR KERJA INDIVIDU",
            "rka": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
        }[t]
    return lab


def header(ctx: Ctx, sh: Lembar, c0: int, width: int) -> int:
    """Kop, title, period and the two identity blocks; returns the first free row."""
    d, info = ctx.info["daerah"], ctx.info
    r = 1
    if "kop_panjang" in ctx.v:
        for line in (
            d["pemda"],
            info["dinas"]["nama"],
            d["alamat"] + ", Telepon (0761) 555123",
            f"Laman: {info['domain']}  Pos-el: sekretariat@{info['domain']}",
        ):
            sh.put(r, c0, line, bold=r <= 2)
            sh.merge(r, c0, r, c0 + width - 1)
            r += 1
        r += 1
        sh.put(
            r,
            c0,
            f"Lampiran Surat Edaran Sekretaris Daerah Nomor 800/{ctx.rng.randint(100, 999)}/BKPSDM/"
            f"{bank.TAHUN - 1}",
        )
        r += 2
    title = "SASARAN KINERJA PEGAWAI" if ctx.form.startswith("jpt") else "RENCANA SASARAN KINERJA PEGAWAI"
    sh.put(r, c0, title, bold=True)
    sh.merge(r, c0, r, c0 + width - 1)
    r += 1
    sub = {
        "jpt": "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
        "ja": "PEJABAT ADMINISTRASI",
        "jf": "PEJABAT FUNGSIONAL",
    }[ctx.form.split("-")[0]]
    sh.put(r, c0, sub, bold=True)
    sh.merge(r, c0, r, c0 + width - 1)
    r += 1
    sh.put(r, c0, info["instansi"])
    sh.merge(r, c0, r, c0 + width - 1)
    r += 1
    per = ctx.want("periode-tidak-valid")
    if per:
        periode = f"1 JULI {bank.TAHUN} SD 30 JUNI {bank.TAHUN + 1}"
    else:
        periode = f"1 JANUARI SD 31 DESEMBER {bank.TAHUN}"
    if "periode_sel" in ctx.v:
        sh.put(r, c0, "PERIODE PENILAIAN")
        cell = sh.put(r, c0 + 2, ": " + periode.replace("SD", "s.d.").title().replace("S.D.", "s.d."))
    else:
        cell = sh.put(r, c0, f"PERIODE PENILAIAN: {periode}")
        sh.merge(r, c0, r, c0 + width - 1)
    if per:
        ctx.record("periode-tidak-valid", sh.title, cell)
    r += 2
    lab = labels(ctx)
    peg, pen = info["pegawai"], info["penilai"]
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]

    def value(who: dict[str, Any], k: str) -> Any:
        return who.get(k)

    colon = "identitas_titik_dua" in ctx.v
    vo = 3 if colon else 2
    if "identitas_tumpuk" in ctx.v:
        blocks = [("pegawai", peg, c0), ("penilai", pen, c0)]
        for name, who, col in blocks:
            sh.put(r, col, lab[name], bold=True)
            sh.merge(r, col, r, col + vo)
            r += 1
            for i, k in enumerate(keys, 1):
                sh.put(r, col, i)
                sh.put(r, col + 1, who.get("label_" + k, lab[k]))
                if colon:
                    sh.put(r, col + 2, ":")
                cell = sh.put(r, col + vo, value(who, k))
                who.setdefault("cells", {})[k] = cell
                r += 1
                if k == "unit" and "unit_dua_baris" in ctx.v and who.get("unit2"):
                    sh.put(r, col + vo, who["unit2"])
                    r += 1
            r += 1
    else:
        right = c0 + vo + 1
        sh.put(r, c0, lab["no"], bold=True)
        sh.put(r, c0 + 1, lab["pegawai"], bold=True)
        sh.merge(r, c0 + 1, r, c0 + vo)
        sh.put(r, right, lab["no"], bold=True)
        sh.put(r, right + 1, lab["penilai"], bold=True)
        sh.merge(r, right + 1, r, right + vo)
        r += 1
        for i, k in enumerate(keys, 1):
            for who, col in ((peg, c0), (pen, right)):
                sh.put(r, col, i)
                sh.put(r, col + 1, who.get("label_" + k, lab[k]))
                if colon:
                    sh.put(r, col + 2, ":")
                who.setdefault("cells", {})[k] = sh.put(r, col + vo, value(who, k))
            r += 1
            if k == "unit" and "unit_dua_baris" in ctx.v:
                for who, col in ((peg, c0), (pen, right)):
                    if who.get("unit2"):
                        sh.put(r, col + vo, who["unit2"])
                r += 1
        r += 1
    for code, who, k in (
        ("identitas-kosong", ctx.info["kosong_who"], ctx.info["kosong_key"]),
        ("nip-tidak-valid", peg, "nip"),
        ("pangkat-tidak-dikenal", peg, "pangkat"),
    ):
        if ctx.want(code):
            ctx.record(code, sh.title, who["cells"][k])
    return r


def signature(ctx: Ctx, sh: Lembar, r: int, c_left: int, c_right: int) -> None:
    d, peg, pen = ctx.info["daerah"], ctx.info["pegawai"], ctx.info["penilai"]
    r += 1
    sh.put(r, c_right, f"{d['kota']}, 2 Januari {bank.TAHUN}")
    r += 1
    sh.put(r, c_left, "Pejabat Penilai Kinerja,")
    sh.put(r, c_right, "Pegawai yang Dinilai,")
    r += 4
    sh.put(r, c_left, pen["nama"], bold=True)
    sh.put(r, c_right, peg["nama"], bold=True)
    r += 1
    if pen.get("nip") and pen["nip"] != "-":
        sh.put(r, c_left, f"NIP. {pen['nip']}")
    sh.put(r, c_right, f"NIP. {peg['nip']}")


# ---------------------------------------------------------------- JA / JF plan

ASPEK_STYLE = {
    "wrapper": {"Kuantitas": "IKI (Kuantitas)", "Kualitas": "IKI (Kualitas)", "Waktu": "IKI (Waktu)"},
    "pp46": {"Kuantitas": "Kuant/Output", "Kualitas": "Kual/Mutu", "Waktu": "Waktu"},
    "kapital": {"Kuantitas": "KUANTITAS/OUTPUT", "Kualitas": "Kualitas/Mutu", "Waktu": "WAKTU"},
}


def staff_table(ctx: Ctx, sh: Lembar, r: int, c0: int) -> tuple[int, list[dict[str, Any]]]:
    """The Rencana SKP table of a JA/JF; returns the next row and, per RK, its cells."""
    peng = ctx.form.endswith("pengembangan")
    lab = labels(ctx)
    rks, tambahan = ctx.info["rks"], ctx.info["tambahan"]
    satuan_kol = "satuan_kolom" in ctx.v
    levels: tuple[str, ...] = ctx.info.get("levels", ())
    target_baik = ctx.info.get("target_baik", False)
    cols: dict[str, int] = {}
    names = ["no", "rka", "rk", "aspek", "iki", "target"] + (["satuan"] if satuan_kol else [])
    for i, n in enumerate(names):
        cols[n] = c0 + i
    c = c0 + len(names)
    for lv in levels:
        cols["kat:" + lv] = c
        c += 1
    memantau = []
    if peng:
        memantau = ["sumber1"] if "sumber_satu_kolom" in ctx.v else ["data", "sumber", "waktu"]
        for m in memantau:
            cols[m] = c
            c += 1
    last = c - 1
    ctx.info["table_width"] = c - c0
    two = peng
    heads = {
        "no": lab["no"],
        "rka": lab["rka"],
        "rk": lab["rk"],
        "aspek": lab["aspek"],
        "iki": lab["iki"],
        "target": "TARGET/BAIK" if target_baik else lab["target"],
        "satuan": "SATUAN",
    }
    for n in names:
        sh.put(r, cols[n], heads[n], bold=True)
        if two:
            sh.merge(r, cols[n], r + 1, cols[n])
    if peng:
        first = cols["kat:" + levels[0]]
        sh.put(r, first, "KATEGORI PENILAIAN / STANDAR KINERJA", bold=True)
        sh.merge(r, first, r, first + len(levels) - 1)
        for lv in levels:
            sh.put(r + 1, cols["kat:" + lv], lv, bold=True)
        m0 = cols[memantau[0]]
        if memantau == ["sumber1"]:
            sh.put(r, m0, "CARA MEMANTAU KINERJA", bold=True)
            sh.put(r + 1, m0, "SUMBER DATA UNTUK PENGUKURAN", bold=True)
        else:
            sh.put(r, m0, "CARA MEMANTAU KINERJA", bold=True)
            sh.merge(r, m0, r, m0 + 2)
            for m, t in zip(memantau, ("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"), strict=True):
                sh.put(r + 1, cols[m], t, bold=True)
    r += 2 if two else 1
    if "nomor_kolom" in ctx.v:
        for i in range(c0, last + 1):
            sh.put(r, i, f"({i - c0 + 1})")
        r += 1
    out: list[dict[str, Any]] = []
    style = ctx.info.get("aspek_style")
    prev_no: str | None = None
    for section, items in (("A. KINERJA UTAMA", rks), ("B. KINERJA TAMBAHAN", tambahan)):
        sh.put(r, c0, section, bold=True)
        sh.merge(r, c0, r, last)
        r += 1
        for k, rk in enumerate(items):
            utama = section.startswith("A")
            ikis = rk["ikis"]
            top = r
            entry: dict[str, Any] = {"rk": rk, "utama": utama, "rows": []}
            if "libreoffice" in ctx.info["writer"] and prev_no and utama:
                no_cell = sh.put(r, cols["no"], f"={prev_no}+1")
            else:
                no_cell = sh.put(r, cols["no"], k + 1)
            prev_no = no_cell if utama else None
            d_rka = ctx.want("rk-atasan-kosong")
            rka_blank = bool(utama and d_rka and d_rka["rk"] == k)
            entry["rka"] = sh.put(r, cols["rka"], None if (rka_blank or not utama) else rk["atasan"])
            if rka_blank:
                ctx.record(
                    "rk-atasan-kosong",
                    sh.title,
                    entry["rka"],
                    [(sh.title, f"{get_column_letter(cols['rk'])}{r}")],
                )
            entry["rk_cell"] = sh.put(
                r, cols["rk"], multiline(rk["rk"]) if "rk_multiline" in ctx.v else rk["rk"]
            )
            for j, (asp, iki, n, sat, kind) in enumerate(ikis):
                row: dict[str, Any] = {"iki": iki, "n": n, "sat": sat, "kind": kind, "aspek": asp}
                here = (utama, k, j)
                asp_txt = ASPEK_STYLE[style][asp] if style else asp
                d = ctx.want("aspek-tidak-valid")
                if d and (d["utama"], d["rk"], d["iki"]) == here:
                    asp_txt = "Efektivitas"
                    ctx.record("aspek-tidak-valid", sh.title, sh.put(r, cols["aspek"], asp_txt))
                row["aspek_cell"] = sh.put(r, cols["aspek"], asp_txt)
                row["iki_cell"] = sh.put(r, cols["iki"], iki)
                tt: Any = target_text(n, sat, kind)
                sat_val = None
                if satuan_kol:
                    tt, sat_val = (int(n) if float(n).is_integer() else n), ("%" if kind == "persen" else sat)
                for code, new in (
                    ("target-tidak-terukur", "Sesuai jadwal"),
                    ("iki-tanpa-target", None),
                    ("target-rentang-terbalik", f"{int(n)} - {int(n) - 10}" + ("" if satuan_kol else " %")),
                ):
                    d = ctx.want(code)
                    if d and (d["utama"], d["rk"], d["iki"]) == here:
                        tt = new
                        if code == "iki-tanpa-target":
                            sat_val = None
                        ctx.record(
                            code,
                            sh.title,
                            f"{get_column_letter(cols['target'])}{r}",
                            [(sh.title, f"{get_column_letter(cols['satuan'])}{r}")] if satuan_kol else None,
                        )
                row["target_cell"] = sh.put(r, cols["target"], tt)
                row["target_val"] = tt
                if satuan_kol:
                    sh.put(r, cols["satuan"], sat_val)
                if peng:
                    kat = kategori(
                        n, "" if satuan_kol else sat, kind, levels, not target_baik and "BAIK" in levels
                    )
                    if satuan_kol:
                        kat = {lv: v.replace(" %", "").strip() for lv, v in kat.items()}
                        if "BAIK" in kat:
                            kat["BAIK"] = str(int(n)) if float(n).is_integer() else angka(n)
                    kcells = {lv: f"{get_column_letter(cols['kat:' + lv])}{r}" for lv in levels}
                    alt_common = [(sh.title, row["target_cell"]), (sh.title, row["iki_cell"])]
                    d = ctx.want("kategori-penilaian-kosong")
                    if d and (d["utama"], d["rk"], d["iki"]) == here:
                        kat = {}
                        first_cell = kcells[levels[0]]
                        ctx.record(
                            "kategori-penilaian-kosong",
                            sh.title,
                            kcells.get("BAIK", first_cell),
                            [(sh.title, v) for v in kcells.values()] + alt_common,
                        )
                    d = ctx.want("kategori-tidak-membedakan")
                    if d and (d["utama"], d["rk"], d["iki"]) == here:
                        kat["SANGAT BAIK"] = kat.get("BAIK") or (
                            target_text(n, sat, kind) if not satuan_kol else str(int(n))
                        )
                        ctx.record(
                            "kategori-tidak-membedakan",
                            sh.title,
                            kcells["SANGAT BAIK"],
                            [(sh.title, v) for lv, v in kcells.items() if lv != "SANGAT BAIK"] + alt_common,
                        )
                    d = ctx.want("kategori-tidak-berurutan")
                    if d and (d["utama"], d["rk"], d["iki"]) == here:
                        kat["CUKUP"], kat["SANGAT BAIK"] = kat["SANGAT BAIK"], kat["CUKUP"]
                        ctx.record(
                            "kategori-tidak-berurutan",
                            sh.title,
                            kcells["CUKUP"],
                            [(sh.title, v) for lv, v in kcells.items() if lv != "CUKUP"] + alt_common,
                        )
                    for lv in levels:
                        sh.put(r, cols["kat:" + lv], kat.get(lv))
                    row["kat"] = kat
                    per_iki = "sumber_per_iki" in ctx.v
                    if per_iki or j == 0:
                        vals = {
                            "data": rk["data"] if not per_iki else f"{rk['data']} ({asp.lower()})",
                            "sumber": rk["sumber"] if not per_iki else ctx.info["sumber_iki"][asp],
                            "waktu": rk["waktu"],
                            "sumber1": f"{rk['data']} dari {rk['sumber']}, {rk['waktu'].lower()}"
                            if not per_iki
                            else f"{ctx.info['sumber_iki'][asp]}, {rk['waktu'].lower()}",
                        }
                        d = ctx.want("cara-memantau-kosong")
                        blank = "waktu" if "waktu" in memantau else "sumber1"
                        hit = d and (d["utama"], d["rk"]) == (utama, k)
                        for m in memantau:
                            cell = sh.put(r, cols[m], None if (hit and m == blank) else vals[m])
                            if hit and m == blank:
                                ctx.info.setdefault("memantau_blank", []).append(cell)
                row["row"] = r
                entry["rows"].append(row)
                r += 1
            if len(ikis) > 1:
                for n_ in ("no", "rka", "rk"):
                    sh.merge(top, cols[n_], r - 1, cols[n_])
                if peng and "sumber_per_iki" not in ctx.v:
                    for m in memantau:
                        sh.merge(top, cols[m], r - 1, cols[m])
            if ctx.info.get("memantau_blank") and not any(
                x["code"] == "cara-memantau-kosong" for x in ctx.defects
            ):
                cells = ctx.info["memantau_blank"]
                others = [
                    f"{get_column_letter(cols[m])}{top}" for m in memantau if m not in ("waktu", "sumber1")
                ]
                ctx.record(
                    "cara-memantau-kosong",
                    sh.title,
                    cells[0],
                    [(sh.title, x) for x in cells[1:] + others + [entry["rk_cell"]]],
                )
            out.append(entry)
            if "baris_kosong" in ctx.v:
                r += 1
    return r, out


def keterkaitan(ctx: Ctx, plan: list[dict[str, Any]]) -> Lembar:
    sh = Lembar(ctx.rng.choice(["Keterkaitan AK", "Format Keterkaitan AK", "SKP-AK"]))
    peg = ctx.info["pegawai"]
    r = 1
    sh.put(r, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", bold=True)
    sh.merge(r, 1, r, 5)
    r += 2
    for label, text in (
        ("NAMA", peg["nama"]),
        ("NIP", peg["nip"]),
        ("JABATAN", peg["jabatan"]),
        ("TANGGAL PENGAJUAN", f"2 Januari {bank.TAHUN}"),
    ):
        sh.put(r, 1, label)
        sh.put(r, 2, f": {text}")
        r += 1
    r += 1
    for i, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT")):
        sh.put(r, 1 + i, h, bold=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True)
    sh.merge(r, 1, r, 5)
    r += 1
    butir = bank.BUTIR[ctx.info["jf_kode"]]
    d_rk = ctx.want("rk-tanpa-butir-kegiatan")
    d_ak = ctx.want("angka-kredit-tidak-valid")
    no = 0
    for k, e in enumerate(p for p in plan if p["utama"]):
        if d_rk and d_rk["rk"] == k:
            ctx.record("rk-tanpa-butir-kegiatan", ctx.info["skp_sheet"], e["rk_cell"])
            continue
        no += 1
        rows = [butir[(k + x) % len(butir)] for x in range(2 if k % 2 == 0 else 1)]
        top = r
        sh.put(r, 1, no)
        sh.put(r, 2, e["rk"]["rk"])
        for j, (b, o, ak) in enumerate(rows):
            sh.put(r, 3, b)
            sh.put(r, 4, o)
            val: Any = angka(ak) if "ak_teks" in ctx.v else ak
            if d_ak and d_ak["rk"] == k and j == 0:
                val = 0
                ctx.record("angka-kredit-tidak-valid", sh.title, sh.put(r, 5, val))
            sh.put(r, 5, val)
            r += 1
        if len(rows) > 1:
            sh.merge(top, 1, r - 1, 1)
            sh.merge(top, 2, r - 1, 2)
    return sh


def matriks(ctx: Ctx, plan: list[dict[str, Any]]) -> Lembar:
    sh = Lembar("Matriks Peran Hasil")
    peg = ctx.info["pegawai"]
    r = 1
    sh.put(r, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", bold=True)
    r += 1
    sh.put(r, 1, f"Koordinator: {peg['nama']} ({peg['jabatan']})")
    r += 2
    utama = [p for p in plan if p["utama"]]
    sh.put(r, 1, "PEGAWAI / JABATAN", bold=True)
    for i, e in enumerate(utama):
        sh.put(r, 2 + i, e["rk"]["rk"], bold=True)
    r += 1
    sh.put(r, 1, "JENIS PENYELARASAN")
    for i, _ in enumerate(utama):
        sh.put(r, 2 + i, "Direct cascading" if i % 2 == 0 else "Non-direct cascading")
    r += 1
    for m, (nama, nip_m, jab) in enumerate(bank.ANGGOTA_MATRIKS[:3]):
        sh.put(r, 1, f"{nama}\nNIP. {nip_m}\n{jab}")
        for i, e in enumerate(utama):
            wil = ["wilayah I", "wilayah II", "wilayah III"][m]
            sh.put(r, 2 + i, f"{e['rk']['ikis'][0][1].replace('Jumlah ', '').capitalize()} {wil} tersedia")
        r += 1
    return sh


def penilaian_staff(ctx: Ctx, plan: list[dict[str, Any]]) -> Lembar:
    """Penilaian SKP of a JA/JF (SPEC §3.8): with the kategori columns of a Model Pengembangan when
    ``penilaian_kategori``, and NILAI AKHIR SKP (mean of the RK means, SPEC §6.3) when ``nilai_akhir``."""
    sh = Lembar(ctx.rng.choice(["Penilaian SKP", "PENILAIAN", "Realisasi"]))
    rng = ctx.rng
    teks = "persen_teks" in ctx.v
    levels: tuple[str, ...] = ctx.info.get("levels", ()) if "penilaian_kategori" in ctx.v else ()
    r = 1
    sh.put(r, 1, "PENILAIAN SASARAN KINERJA PEGAWAI", bold=True)
    r += 1
    sh.put(r, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}")
    r += 1
    sh.put(r, 1, f"NAMA: {ctx.info['pegawai']['nama']}")
    r += 2
    names = ["no", "rka", "rk", "aspek", "iki", "target"] + ["kat:" + lv for lv in levels]
    names += ["real", "cap", "kat", "nilai"]
    cols = {n: 1 + i for i, n in enumerate(names)}
    heads = {
        "no": "NO",
        "rka": "RENCANA KINERJA ATASAN",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET/BAIK" if levels and ctx.info.get("target_baik") else "TARGET",
        "real": "REALISASI",
        "cap": "CAPAIAN IKI",
        "kat": "KATEGORI CAPAIAN IKI",
        "nilai": "NILAI CAPAIAN IKI",
    }
    if "label_typo" in ctx.v:
        heads["real"], heads["nilai"] = "REALISASI  ", "NILAI CAPAIN IKI"
    for n in names:
        if n.startswith("kat:"):
            sh.put(r + 1, cols[n], n[4:], bold=True)
        else:
            sh.put(r, cols[n], heads[n], bold=True)
            if levels:
                sh.merge(r, cols[n], r + 1, cols[n])
    if levels:
        first = cols["kat:" + levels[0]]
        sh.put(r, first, "KATEGORI PENILAIAN", bold=True)
        sh.merge(r, first, r, first + len(levels) - 1)
        r += 1
    r += 1
    _penilaian_rows(ctx, sh, r, plan, rng, teks, cols, levels)
    return sh


def _penilaian_rows(
    ctx: Ctx,
    sh: Lembar,
    r: int,
    plan: list[dict[str, Any]],
    rng: random.Random,
    teks: bool,
    cols: dict[str, int],
    levels: tuple[str, ...],
) -> int:
    sh.put(r, 1, "A. KINERJA UTAMA", bold=True)
    r += 1

    def at(name: str, row: int) -> str:
        return f"{get_column_letter(cols[name])}{row}"

    rk_means: list[float] = []
    complete = True
    for k, e in enumerate(p for p in plan if p["utama"]):
        top = r
        sh.put(r, cols["no"], k + 1)
        sh.put(r, cols["rka"], e["rk"]["atasan"])
        sh.put(r, cols["rk"], e["rk"]["rk"])
        nilai_rk: list[float] = []
        for j, row in enumerate(e["rows"]):
            n, kind, sat = row["n"], row["kind"], row["sat"]
            sh.put(r, cols["aspek"], row["aspek"])
            sh.put(r, cols["iki"], row["iki"])
            tgt = target_text(n, sat, kind)
            real, cap = realisasi(rng, n, kind)
            d = ctx.want("target-penilaian-berbeda")
            if d and (d["rk"], d["iki"]) == (k, j):
                n2 = n - 2 if kind != "persen" else n - 5
                tgt = target_text(n2, sat, kind)
                real, cap = n2, 100
                ctx.record("target-penilaian-berbeda", sh.title, at("target", r))
            sh.put(r, cols["target"], tgt)
            for lv in levels:
                sh.put(r, cols["kat:" + lv], row.get("kat", {}).get(lv))
            real_txt: Any = real if not teks else target_text(real, sat, kind)
            kat, nil = nilai_iki(cap)
            cap_val: Any = f"{cap} %" if teks else cap
            blank = False
            d = ctx.want("realisasi-kosong")
            if d and (d["rk"], d["iki"]) == (k, j):
                blank = True
                complete = False
                ctx.record("realisasi-kosong", sh.title, at("real", r))
            d = ctx.want("capaian-tidak-sesuai")
            if d and (d["rk"], d["iki"]) == (k, j):
                wrong = cap + 7 if cap < 100 else cap - 13
                cap_val = f"{wrong} %" if teks else wrong
                ctx.record(
                    "capaian-tidak-sesuai",
                    sh.title,
                    at("cap", r),
                    [(sh.title, at("kat", r)), (sh.title, at("nilai", r))],
                )
            if not blank:
                sh.put(r, cols["real"], real_txt)
                sh.put(r, cols["cap"], cap_val)
                sh.put(r, cols["kat"], kat)
                sh.put(r, cols["nilai"], int(nil) if float(nil).is_integer() else nil)
                nilai_rk.append(nil)
            r += 1
        if nilai_rk:
            rk_means.append(sum(nilai_rk) / len(nilai_rk))
        if len(e["rows"]) > 1:
            for c in ("no", "rka", "rk"):
                sh.merge(top, cols[c], r - 1, cols[c])
    if "nilai_akhir" in ctx.v and complete:
        r += 1
        sh.put(r, cols["rk"], "NILAI AKHIR SKP", bold=True)
        sh.put(r, cols["nilai"], round(sum(rk_means) / len(rk_means), 2))
        r += 1
    return r


# ---------------------------------------------------------------- JPT plan

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


def manual_values(rk: dict[str, Any]) -> list[str]:
    iki = rk["iki"]
    if iki.startswith("Persentase"):
        obj = iki[len("Persentase ") :]
        formula = f"(Jumlah {obj} / jumlah seluruhnya) x 100%"
        satuan = "Persen"
    elif iki.startswith("Indeks"):
        formula = "Nilai indeks hasil survei/evaluasi tahun berjalan"
        satuan = "Indeks"
    else:
        formula = "Nilai hasil evaluasi oleh Inspektorat"
        satuan = "Nilai"
    return [
        rk["rk"],
        f"{rk['rk']} sebagai hasil utama perangkat daerah pada tahun {bank.TAHUN}",
        iki,
        f"Ukuran keberhasilan atas {rk['rk'][0].lower() + rk['rk'][1:]}",
        formula,
        "Mengukur keberhasilan pencapaian sasaran strategis perangkat daerah",
        satuan,
        "Kuantitas",
        "Sedang",
        rk["sumber"],
        "Triwulanan",
    ]


def jpt_table(ctx: Ctx, sh: Lembar, r: int, c0: int) -> tuple[int, list[dict[str, Any]]]:
    peng = ctx.form.endswith("pengembangan")
    lab = labels(ctx)
    satuan_kol = "satuan_kolom" in ctx.v
    names = (["persp"] if peng else []) + ["no", "rk", "iki", "target"] + (["satuan"] if satuan_kol else [])
    cols = {n: c0 + i for i, n in enumerate(names)}
    last = c0 + len(names) - 1
    heads = {
        "persp": "PERSPEKTIF",
        "no": lab["no"],
        "rk": lab["rk"],
        "iki": lab["iki"],
        "target": lab["target"],
        "satuan": "SATUAN",
    }
    ctx.info["table_top"], ctx.info["table_last"] = r, last
    for n in names:
        sh.put(r, cols[n], heads[n], bold=True)
    r += 1
    if "nomor_kolom" in ctx.v:
        for i in range(c0, last + 1):
            sh.put(r, i, f"({i - c0 + 1})")
        r += 1
    out: list[dict[str, Any]] = []
    prev_no: str | None = None
    persp_rows: list[tuple[int, str | None]] = []
    for section, items in (
        ("A. KINERJA UTAMA", ctx.info["rks"]),
        ("B. KINERJA TAMBAHAN", ctx.info["tambahan"]),
    ):
        sh.put(r, c0, section, bold=True)
        sh.merge(r, c0, r, last)
        r += 1
        for k, rk in enumerate(items):
            utama = section.startswith("A")
            here = (utama, k, 0)
            entry: dict[str, Any] = {"rk": rk, "utama": utama}
            if peng and utama:
                pt = rk["persp_text"]
                d = ctx.want("perspektif-tidak-valid")
                if d and d["rk"] == k:
                    pt = None
                    ctx.record(
                        "perspektif-tidak-valid", sh.title, sh.put(r, cols["persp"], "Kepatuhan Regulasi")
                    )
                persp_rows.append((r, pt))
            if "libreoffice" in ctx.info["writer"] and prev_no and utama:
                no_cell = sh.put(r, cols["no"], f"={prev_no}+1")
            else:
                no_cell = sh.put(r, cols["no"], k + 1)
            prev_no = no_cell if utama else None
            entry["rk_cell"] = sh.put(
                r, cols["rk"], multiline(rk["rk"]) if "rk_multiline" in ctx.v else rk["rk"]
            )
            entry["iki_cell"] = sh.put(r, cols["iki"], rk["iki"])
            n, sat, kind = rk["n"], rk["sat"], rk["kind"]
            tt: Any = target_text(n, sat, kind)
            sat_val = None
            if satuan_kol:
                tt = int(n) if float(n).is_integer() else n
                sat_val = (
                    "%"
                    if kind == "persen"
                    else (sat or ("indeks" if rk["iki"].startswith("Indeks") else "nilai"))
                )
            elif "persen_pecahan" in ctx.v and kind == "persen":
                tt = round(n / 100, 4)
                sh.fmt[(r, cols["target"])] = "0%"
            for code, new in (
                ("target-tidak-terukur", "Meningkat"),
                ("iki-tanpa-target", None),
                ("target-rentang-terbalik", f"{int(n)} - {int(n) - 10}" + ("" if satuan_kol else " %")),
            ):
                d = ctx.want(code)
                if d and (d["utama"], d["rk"], 0) == here:
                    tt = new
                    if code == "iki-tanpa-target":
                        sat_val = None
                    ctx.record(
                        code,
                        sh.title,
                        f"{get_column_letter(cols['target'])}{r}",
                        [(sh.title, f"{get_column_letter(cols['satuan'])}{r}")] if satuan_kol else None,
                    )
            sh.put(r, cols["target"], tt)
            if satuan_kol:
                sh.put(r, cols["satuan"], sat_val)
            entry["rows"] = [{"iki": rk["iki"], "n": n, "sat": sat, "kind": kind, "aspek": None, "row": r}]
            out.append(entry)
            r += 1
            if "baris_kosong" in ctx.v and not (peng and "perspektif_gabung" in ctx.v):
                r += 1
    gab = "perspektif_gabung" in ctx.v
    i = 0
    while i < len(persp_rows):
        r0, pt = persp_rows[i]
        j = i
        while (
            gab
            and pt is not None
            and j + 1 < len(persp_rows)
            and persp_rows[j + 1][1] == pt
            and persp_rows[j + 1][0] == persp_rows[j][0] + 1
        ):
            j += 1
        if pt is not None:
            sh.put(r0, cols["persp"], pt)
            sh.merge(r0, cols["persp"], persp_rows[j][0], cols["persp"])
        i = j + 1
    return r, out


def manual_sheet(
    ctx: Ctx, plan: list[dict[str, Any]], beside: Lembar | None = None, r0: int = 1, c0: int = 1
) -> Lembar:
    """Manual Indikator Kinerja per IKI: its own sheet, or (``beside``) blocks on the SKP sheet to the right
    of the table starting at (``r0``, ``c0``)."""
    sh = beside or Lembar(ctx.rng.choice(["Manual IKI", "MANUAL INDIKATOR KINERJA", "Lamp. Manual IKI"]))
    d = ctx.want("manual-iki-kosong")
    utama = [p for p in plan if p["utama"]]
    r = r0
    sh.put(r, c0, "MANUAL INDIKATOR KINERJA", bold=True)
    r += 2
    tabel = "manual_tabel" in ctx.v and beside is None
    if tabel:
        sh.put(r, c0, "NO", bold=True)
        for i, lb in enumerate(MANUAL_LABELS):
            sh.put(r, c0 + 1 + i, lb, bold=True)
        r += 1
    for k, e in enumerate(utama):
        vals = manual_values(e["rk"])
        missing = d and d["rk"] == k and d["jenis"] == "hilang"
        blank_formula = d and d["rk"] == k and d["jenis"] == "formula"
        if missing:
            ctx.record("manual-iki-kosong", ctx.info["skp_sheet"], e["iki_cell"])
            continue
        if tabel:
            sh.put(r, c0, k + 1)
            for i, v in enumerate(vals):
                if blank_formula and i == 4:
                    ctx.record(
                        "manual-iki-kosong",
                        sh.title,
                        f"{get_column_letter(c0 + 1 + i)}{r}",
                        [(ctx.info["skp_sheet"], e["iki_cell"])],
                    )
                    continue
                sh.put(r, c0 + 1 + i, v)
            r += 1
        else:
            sh.put(r, c0, f"IKI {k + 1}", bold=True)
            r += 1
            for i, (lb, v) in enumerate(zip(MANUAL_LABELS, vals, strict=True)):
                sh.put(r, c0, lb)
                sh.put(r, c0 + 1, ":")
                if blank_formula and i == 4:
                    ctx.record(
                        "manual-iki-kosong",
                        sh.title,
                        f"{get_column_letter(c0 + 2)}{r}",
                        [(ctx.info["skp_sheet"], e["iki_cell"])],
                    )
                else:
                    sh.put(r, c0 + 2, v)
                r += 1
            r += 1
    return sh


def penilaian_jpt(ctx: Ctx, plan: list[dict[str, Any]]) -> Lembar:
    sh = Lembar(ctx.rng.choice(["Penilaian SKP", "PENILAIAN"]))
    teks = "persen_teks" in ctx.v
    r = 1
    sh.put(r, 1, "PENILAIAN SASARAN KINERJA PEGAWAI", bold=True)
    r += 1
    sh.put(r, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}")
    r += 2
    heads = [
        "PERSPEKTIF",
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "REALISASI",
        "CAPAIAN IKI",
        "KATEGORI CAPAIAN IKI",
        "NILAI CAPAIAN IKI",
    ]
    if "label_typo" in ctx.v:
        heads[5], heads[8] = "REALISASI  ", "NILAI CAPAIN IKI"
    for i, h in enumerate(heads):
        sh.put(r, 1 + i, h, bold=True)
    r += 1
    if ctx.form.endswith("pengembangan"):
        pass
    _penilaian_rows_jpt(ctx, sh, r, plan, teks)
    return sh


def _penilaian_rows_jpt(ctx: Ctx, sh: Lembar, r: int, plan: list[dict[str, Any]], teks: bool) -> None:
    sh.put(r, 1, "A. KINERJA UTAMA", bold=True)
    r += 1
    peng = ctx.form.endswith("pengembangan")
    for k, e in enumerate(p for p in plan if p["utama"]):
        rk = e["rk"]
        if peng:
            sh.put(r, 1, rk["persp_text"])
        sh.put(r, 2, k + 1)
        sh.put(r, 3, rk["rk"])
        sh.put(r, 4, rk["iki"])
        n, sat, kind = rk["n"], rk["sat"], rk["kind"]
        tgt = target_text(n, sat, kind)
        real, cap = realisasi(ctx.rng, n, kind)
        d = ctx.want("target-penilaian-berbeda")
        if d and d["rk"] == k:
            n2 = n - 5 if kind == "persen" else round(n - 2, 1)
            tgt = target_text(n2, sat, kind)
            real, cap = n2, 100
            ctx.record("target-penilaian-berbeda", sh.title, f"E{r}")
        sh.put(r, 5, tgt)
        kat, nil = nilai_iki(cap)
        cap_val: Any = f"{cap} %" if teks else cap
        d = ctx.want("capaian-tidak-sesuai")
        if d and d["rk"] == k:
            wrong = cap + 7 if cap < 100 else cap - 13
            cap_val = f"{wrong} %" if teks else wrong
            ctx.record("capaian-tidak-sesuai", sh.title, f"G{r}", [(sh.title, f"H{r}"), (sh.title, f"I{r}")])
        d = ctx.want("realisasi-kosong")
        if d and d["rk"] == k:
            ctx.record("realisasi-kosong", sh.title, f"F{r}")
        else:
            sh.put(r, 6, target_text(real, sat, kind) if teks else real)
            sh.put(r, 7, cap_val)
            sh.put(r, 8, kat)
            sh.put(r, 9, int(nil) if float(nil).is_integer() else nil)
        r += 1


# ---------------------------------------------------------------- one workbook

VAR_COMMON = [
    "kop_panjang",
    "kolom_geser",
    "identitas_tumpuk",
    "label_typo",
    "unit_dua_baris",
    "nomor_kolom",
    "baris_kosong",
    "ttd",
    "nip_berspasi",
    "pangkat_tulisan",
    "periode_sel",
    "penilaian",
    "satuan_kolom",
]
VAR_STAFF = ["aspek_tulisan", "rk_atasan_alt", "tambahan", "matriks"]
VAR_PENG = ["kategori_subset", "sumber_per_iki", "sumber_satu_kolom"]
VAR_JF = ["jf_tanpa_ahli", "jf_peran", "ak_teks"]
VAR_JPT = ["penilai_kepala_daerah", "manual_tabel", "label_instansi", "tambahan"]
VAR_JPT_PENG = ["perspektif_gabung", "perspektif_tulisan"]

# themes of the brief weigh more in the draw
WEIGHT = {
    "kategori_subset": 5,
    "aspek_tulisan": 2,
    "label_typo": 2,
    "jf_tanpa_ahli": 3,
    "jf_peran": 3,
    "kop_panjang": 3,
    "sumber_per_iki": 2,
    "sumber_satu_kolom": 2,
    "perspektif_gabung": 3,
    "manual_tabel": 2,
    "matriks": 2,
    "perspektif_tulisan": 2,
    "penilai_kepala_daerah": 2,
}

DEF_COMMON = ["nip-tidak-valid", "identitas-kosong", "pangkat-tidak-dikenal", "periode-tidak-valid"]
DEF_TARGET = ["iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik"]
DEF_STAFF = ["aspek-tidak-valid", "rk-atasan-kosong"]
DEF_PENG = [
    "kategori-penilaian-kosong",
    "kategori-tidak-membedakan",
    "kategori-tidak-berurutan",
    "cara-memantau-kosong",
]
DEF_JF = ["keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]
DEF_PENILAIAN = ["realisasi-kosong", "capaian-tidak-sesuai", "target-penilaian-berbeda"]


# Random draws kept per form (the first KEEP_RANDOM of PER_FORM; the draw of the rest still runs so that
# the kept files are the ones of the first build), then the designed combinations below.
KEEP_RANDOM = 8

# Designed combinations (the brief's examples and the harder pairings), each 5–8 variations at once:
# (form, defects, fixed choices). Added after the first measurement, still without reading product code.
DESIGNED: list[tuple[str, list[str], dict[str, Any]]] = [
    (
        "jf-pengembangan",
        [],
        {
            "v": [
                "kop_panjang",
                "kategori_subset",
                "aspek_tulisan",
                "label_typo",
                "jf_peran",
                "penilaian",
                "penilaian_kategori",
            ],
            "kategori": "cb-sb",
            "aspek": "wrapper",
            "typos": ["iki"],
            "jf": 1,
        },
    ),
    (
        "jf-pengembangan",
        ["capaian-tidak-sesuai", "rk-tanpa-butir-kegiatan"],
        {
            "v": [
                "kop_panjang",
                "kategori_subset",
                "aspek_tulisan",
                "jf_tanpa_ahli",
                "penilaian",
                "penilaian_kategori",
                "rk_multiline",
                "label_typo",
            ],
            "kategori": "target-baik",
            "aspek": "pp46",
            "typos": ["rka", "pangkat"],
            "jf": 0,
        },
    ),
    (
        "jpt-pengembangan",
        [],
        {"v": ["manual_samping", "perspektif_gabung", "ttd", "penilai_kepala_daerah", "penilaian"]},
    ),
    (
        "jpt-pengembangan",
        ["manual-iki-kosong"],
        {
            "v": [
                "manual_samping",
                "perspektif_gabung",
                "kop_panjang",
                "identitas_titik_dua",
                "perspektif_tulisan",
            ]
        },
    ),
    (
        "ja-pengembangan",
        [],
        {
            "v": [
                "penilaian",
                "penilaian_kategori",
                "kategori_subset",
                "label_typo",
                "nilai_akhir",
                "persen_teks",
                "sumber_per_iki",
            ],
            "kategori": "k-c-b-sb",
            "typos": ["penilai"],
            "ja": 4,
        },
    ),
    (
        "ja-pengembangan",
        ["target-penilaian-berbeda", "cara-memantau-kosong"],
        {
            "v": [
                "penilaian",
                "penilaian_kategori",
                "kategori_subset",
                "sumber_per_iki",
                "aspek_tulisan",
                "kolom_geser",
            ],
            "kategori": "c-b-sb",
            "aspek": "kapital",
            "ja": 1,
        },
    ),
    (
        "ja-dasar",
        [],
        {
            "v": [
                "identitas_titik_dua",
                "unit_dua_baris",
                "kolom_geser",
                "rk_multiline",
                "sheet_urutan",
                "matriks",
                "penilaian",
                "nilai_akhir",
            ],
            "ja": 0,
        },
    ),
    (
        "ja-dasar",
        ["nip-tidak-valid", "rk-atasan-kosong"],
        {
            "v": ["identitas_titik_dua", "identitas_tumpuk", "nip_berspasi", "label_typo", "satuan_kolom"],
            "typos": ["pangkat", "pegawai"],
            "ja": 5,
        },
    ),
    (
        "jf-dasar",
        [],
        {
            "v": [
                "jf_tanpa_ahli",
                "jf_peran",
                "rk_multiline",
                "ak_teks",
                "sheet_urutan",
                "satuan_kolom",
                "kop_panjang",
            ],
            "jf": 4,
        },
    ),
    (
        "jf-dasar",
        ["angka-kredit-tidak-valid", "aspek-tidak-valid"],
        {
            "v": [
                "jf_tanpa_ahli",
                "rk_multiline",
                "sheet_urutan",
                "kop_panjang",
                "identitas_titik_dua",
                "aspek_tulisan",
            ],
            "aspek": "wrapper",
            "jf": 8,
        },
    ),
    ("jpt-dasar", [], {"v": ["manual_samping", "persen_pecahan", "ttd", "label_instansi", "kop_panjang"]}),
    (
        "jpt-dasar",
        ["realisasi-kosong", "periode-tidak-valid"],
        {"v": ["manual_tabel", "penilaian", "identitas_titik_dua", "periode_sel", "rk_multiline"]},
    ),
]


def pool_variations(form: str) -> list[str]:
    jenis, model = form.split("-")
    pool = list(VAR_COMMON)
    if jenis in ("ja", "jf"):
        pool += VAR_STAFF
        if model == "pengembangan":
            pool += VAR_PENG
    if jenis == "jf":
        pool += VAR_JF
    if jenis == "jpt":
        pool += VAR_JPT
        if model == "pengembangan":
            pool += VAR_JPT_PENG
    return pool


def pool_defects(form: str) -> list[str]:
    jenis, model = form.split("-")
    first: list[str] = []
    if jenis in ("ja", "jf"):
        first += DEF_STAFF
        first += DEF_PENG if model == "pengembangan" else DEF_TARGET
    if jenis == "jf":
        first += DEF_JF
    if jenis == "jpt":
        first += ["manual-iki-kosong"] + DEF_TARGET
        if model == "pengembangan":
            first += ["perspektif-tidak-valid"]
    return first + DEF_COMMON


def build(
    form: str,
    idx: int,
    rng: random.Random,
    defects: list[str],
    extra_v: list[str],
    fixed: dict[str, Any] | None = None,
) -> tuple[Ctx, list[Lembar]]:
    """One workbook's people, texts and defect positions; ``fixed`` names the variations (and choices) of a
    designed combination instead of drawing them."""
    jenis, model = form.split("-")
    pool = [p for p in pool_variations(form) if p not in extra_v]
    if fixed:
        chosen = set(fixed["v"])
    else:
        k = rng.randint(3, 5) - len(extra_v)
        chosen = set(extra_v)
        weighted = [p for p in pool for _ in range(WEIGHT.get(p, 1))]
        while len(chosen) < max(k, 0) + len(extra_v):
            chosen.add(rng.choice(weighted))
    if any(d in DEF_PENILAIAN for d in defects):
        chosen.add("penilaian")
    if "penilaian" in chosen and not fixed and rng.random() < 0.5:
        chosen.add("persen_teks")
    if "sumber_per_iki" in chosen and "sumber_satu_kolom" in chosen:
        chosen.discard("sumber_satu_kolom")
    ctx = Ctx(form, rng, chosen, [])
    info = ctx.info
    d = rng.choice(bank.DAERAH)
    dinas = rng.choice(bank.DINAS)
    wil = d["pemda"].replace("PEMERINTAH ", "")
    info.update(
        daerah=d,
        dinas=dinas,
        instansi=f"{dinas['nama']} {wil}",
        domain=f"{dinas['nama'].split()[0].lower()}.{d['kota'].lower().replace(' ', '')}.go.id",
    )
    info["writer"] = "openpyxl"
    names = rng.sample(bank.NAMA, 2)
    # people
    if jenis == "ja":
        jab, gols, koord = (
            bank.JABATAN_JA[fixed["ja"]] if fixed and "ja" in fixed else rng.choice(bank.JABATAN_JA)
        )
        bidang = bank.BIDANG_JA[jab]
        jabatan = jab
        if not koord:
            chosen.discard("matriks")
    elif jenis == "jf":
        base, jenjang, gols, kode = (
            bank.JABATAN_JF[fixed["jf"]] if fixed and "jf" in fixed else rng.choice(bank.JABATAN_JF)
        )
        if "jf_tanpa_ahli" in chosen:
            jenjang = jenjang.replace("Ahli ", "")
        jabatan = f"{base} {jenjang}"
        if "jf_peran" in chosen:
            jabatan += " " + rng.choice(bank.PERAN_JF)
        elif "matriks" in chosen:
            chosen.discard("matriks")
        bidang = bank.BIDANG_JF[kode]
        info["jf_kode"] = kode
    else:
        jabatan, gols = dinas["jpt"], ["IV/c", "IV/d"]
        bidang = []
    base_pool = [p for p in pool if p not in chosen and p not in ("matriks", "jf_tanpa_ahli", "jf_peran")]
    while not fixed and len(chosen - {"persen_teks"}) < 3:
        chosen.add(base_pool.pop(rng.randrange(len(base_pool))))
    if not fixed and "penilaian" in chosen and "persen_teks" not in chosen and rng.random() < 0.5:
        chosen.add("persen_teks")
    gol = rng.choice(gols)
    unit = rng.choice(dinas["unit"]) if jenis != "jpt" else judul(dinas["nama"])
    gol_style = rng.choice([1, 2]) if "pangkat_tulisan" in chosen else 0
    peg_nip = nip(rng, gol, bad_month=False)
    peg = {
        "nama": names[0],
        "nip": peg_nip,
        "pangkat": pangkat_text(gol, gol_style),
        "jabatan": jabatan,
        "unit": unit,
        "unit2": f"{judul(dinas['nama'])} {judul(wil)}",
    }
    if jenis == "jpt":
        peg["unit"] = judul(info["instansi"])
        peg["unit2"] = None
    if jenis == "jpt":
        if "penilai_kepala_daerah" in chosen:
            pen = {
                "nama": d["kepala"][0],
                "nip": "-",
                "pangkat": "-",
                "jabatan": d["kepala"][1],
                "unit": judul(d["pemda"]),
                "label_unit": "INSTANSI",
            }
        else:
            s = d["sekda"]
            pen = {"nama": s[0], "nip": s[1], "pangkat": s[2], "jabatan": s[3], "unit": s[4]}
            if "label_instansi" in chosen:
                pen["label_unit"] = "INSTANSI"
                pen["unit"] = judul(d["pemda"])
    else:
        pgol = {"II": "III/c", "III": "IV/a", "IV": "IV/b"}[gol.split("/")[0]]
        if jabatan.startswith("Kepala Bidang"):
            pjab, pgol = f"Sekretaris {judul(dinas['nama'])}", "IV/b"
        elif unit == "Sekretariat":
            pjab = f"Sekretaris {judul(dinas['nama'])}"
            pgol = "IV/b"
        else:
            pjab = f"Kepala {unit}"
        pen = {
            "nama": names[1],
            "nip": nip(rng, pgol),
            "pangkat": pangkat_text(pgol, gol_style),
            "jabatan": pjab,
            "unit": f"{judul(dinas['nama'])} {judul(wil)}",
            "unit2": None,
        }
        if "unit_dua_baris" in chosen:
            pen["unit"], pen["unit2"] = unit if unit != "Sekretariat" else "Sekretariat", pen["unit"]
    info["pegawai"], info["penilai"] = peg, pen
    # identitas-kosong target: penilai unit for JA/JF, pegawai unit for JPT
    info["kosong_who"], info["kosong_key"] = (peg, "unit") if jenis == "jpt" else (pen, "unit")
    # plan content
    if jenis != "jpt":
        cands = [rk for b in bidang for rk in bank.RK_STAF[b]]
        n_rk = min(len(cands), rng.choice([2, 2, 3]))
        sel = rng.sample(cands, n_rk) if len(cands) > n_rk else cands
        info["rks"] = [
            {"atasan": a, "rk": t, "ikis": ik, "data": da, "sumber": su, "waktu": wa}
            for a, t, ik, da, su, wa in sel
        ]
        if "tambahan" in chosen:
            t, ik = rng.choice(bank.RK_TAMBAHAN)
            info["tambahan"] = [
                {
                    "atasan": None,
                    "rk": t,
                    "ikis": ik,
                    "data": "Sertifikat/laporan",
                    "sumber": "Subbagian Umum dan Kepegawaian",
                    "waktu": "Semesteran",
                }
            ]
        else:
            info["tambahan"] = []
        if model == "pengembangan":
            if "kategori_subset" in chosen:
                sub = (
                    fixed["kategori"] if fixed else rng.choice(["cb-sb", "target-baik", "c-b-sb", "k-c-b-sb"])
                )
            else:
                sub = "lima"
            info["kategori_subset"] = sub
            info["levels"] = {
                "lima": LEVELS,
                "cb-sb": ("CUKUP", "SANGAT BAIK"),
                "target-baik": ("CUKUP", "SANGAT BAIK"),
                "c-b-sb": ("CUKUP", "BAIK", "SANGAT BAIK"),
                "k-c-b-sb": ("KURANG", "CUKUP", "BAIK", "SANGAT BAIK"),
            }[sub]
            info["target_baik"] = sub == "target-baik"
            info["sumber_iki"] = {
                "Kuantitas": "Register/aplikasi unit kerja",
                "Kualitas": "Hasil reviu atasan",
                "Waktu": "Catatan tanggal penyelesaian",
                "Biaya": "DPA",
            }
        if "aspek_tulisan" in chosen:
            info["aspek_style"] = fixed["aspek"] if fixed else rng.choice(sorted(ASPEK_STYLE))
    else:
        if model == "pengembangan":
            sel = []
            for p in ("Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"):
                opts = [x for x in bank.RK_JPT if x[0] == p]
                sel += rng.sample(opts, rng.choice([1, 2]))
        else:
            sel = sorted(rng.sample(bank.RK_JPT, rng.choice([4, 5])), key=bank.RK_JPT.index)
        info["rks"] = []
        for p, t, iki, n, sat, kind in sel:
            pt = rng.choice(bank.PERSPEKTIF_TULISAN[p]) if "perspektif_tulisan" in chosen else p
            info["rks"].append(
                {
                    "persp": p,
                    "persp_text": pt,
                    "rk": t,
                    "iki": iki,
                    "n": n,
                    "sat": sat,
                    "kind": kind,
                    "sumber": "Laporan kinerja perangkat daerah",
                }
            )
        if "perspektif_tulisan" in chosen:
            # one spelling per perspektif in a file
            seen: dict[str, str] = {}
            for rk in info["rks"]:
                rk["persp_text"] = seen.setdefault(rk["persp"], rk["persp_text"])
        if "tambahan" in chosen:
            t, iki, n, sat, kind = rng.choice(bank.RK_JPT_TAMBAHAN)
            info["tambahan"] = [
                {
                    "persp": None,
                    "persp_text": None,
                    "rk": t,
                    "iki": iki,
                    "n": n,
                    "sat": sat,
                    "kind": kind,
                    "sumber": "Sekretariat",
                }
            ]
        else:
            info["tambahan"] = []
    if "label_typo" in chosen:
        info["typos"] = (
            fixed["typos"]
            if fixed and "typos" in fixed
            else rng.sample(
                TYPO_POOL if jenis != "jpt" else ["pangkat", "pegawai", "penilai", "iki"], rng.choice([1, 2])
            )
        )
    if "nip_berspasi" in chosen:
        peg["nip"] = spaced(peg["nip"])
        if pen["nip"] != "-":
            pen["nip"] = spaced(pen["nip"])
    # defects: where
    for code in defects:
        spec: dict[str, Any] = {"code": code, "utama": True}
        utama = info["rks"]
        if code in (
            "aspek-tidak-valid",
            "iki-tanpa-target",
            "target-tidak-terukur",
            "target-rentang-terbalik",
            "kategori-penilaian-kosong",
            "kategori-tidak-membedakan",
            "kategori-tidak-berurutan",
            "realisasi-kosong",
            "capaian-tidak-sesuai",
            "target-penilaian-berbeda",
        ):
            k_rk = rng.randrange(len(utama))
            if jenis == "jpt":
                spec.update(rk=k_rk, iki=0)
                if code == "target-rentang-terbalik":
                    spec["rk"] = [i for i, x in enumerate(utama) if x["kind"] == "persen"][0]
                if code == "target-penilaian-berbeda":
                    spec["rk"] = [i for i, x in enumerate(utama) if x["kind"] == "persen"][-1]
            else:
                want_kind = {
                    "target-rentang-terbalik": "persen",
                    "aspek-tidak-valid": "naik",
                    "target-tidak-terukur": "naik",
                    "target-penilaian-berbeda": "naik",
                }.get(code)
                opts = [
                    (i, j)
                    for i, x in enumerate(utama)
                    for j, ik in enumerate(x["ikis"])
                    if want_kind is None or ik[4] == want_kind
                ]
                k_rk, j = rng.choice(opts)
                spec.update(rk=k_rk, iki=j)
        elif code in (
            "rk-atasan-kosong",
            "cara-memantau-kosong",
            "rk-tanpa-butir-kegiatan",
            "angka-kredit-tidak-valid",
            "perspektif-tidak-valid",
        ):
            spec["rk"] = rng.randrange(len(utama))
        elif code == "manual-iki-kosong":
            spec.update(rk=rng.randrange(len(utama)), jenis=rng.choice(["hilang", "formula"]))
        ctx.inject.append(spec)
    at_iki = [(d["rk"], d["iki"]) for d in ctx.inject if "iki" in d]
    if len(at_iki) != len(set(at_iki)):
        raise ValueError("two defects on one IKI: the second would overwrite the first")
    if ctx.want("kategori-penilaian-kosong") and "BAIK" not in info.get("levels", ()):
        raise ValueError("kategori-penilaian-kosong needs a BAIK column")
    if ctx.want("keterkaitan-ak-hilang"):
        ctx.record("keterkaitan-ak-hilang", None, None)
    # people defects applied to values
    if ctx.want("nip-tidak-valid"):
        bad = peg_nip[:12] + "13" + peg_nip[14:]
        peg["nip"] = spaced(bad) if "nip_berspasi" in chosen else bad
    if ctx.want("pangkat-tidak-dikenal"):
        peg["pangkat"] = "Penata Muda, III/c" if not gol.startswith("III/c") else "Penata, III/a"
    if ctx.want("identitas-kosong"):
        who = info["kosong_who"]
        who["unit"], who["unit2"] = None, None
    return ctx, []


def layout(ctx: Ctx) -> list[Lembar]:
    jenis, model = ctx.form.split("-")
    sheet_name = ctx.rng.choice(["SKP", f"SKP {bank.TAHUN}", "Rencana SKP", "Form SKP", "RSKP"])
    ctx.info["skp_sheet"] = sheet_name
    sh = Lembar(sheet_name)
    c0 = ctx.rng.choice([2, 3]) if "kolom_geser" in ctx.v else 1
    width = 6 if jenis != "jpt" else 6
    r = header(ctx, sh, c0, width)
    if jenis == "jpt":
        r, plan = jpt_table(ctx, sh, r, c0)
    else:
        r, plan = staff_table(ctx, sh, r, c0)
    if "ttd" in ctx.v:
        signature(ctx, sh, r + 1, c0 + 1, c0 + 4)
    sheets = [sh]
    if jenis == "jpt" and "manual_samping" in ctx.v:
        manual_sheet(ctx, plan, beside=sh, r0=ctx.info["table_top"], c0=ctx.info["table_last"] + 2)
    elif jenis == "jpt":
        sheets.append(manual_sheet(ctx, plan))
    if jenis == "jf" and not ctx.want("keterkaitan-ak-hilang"):
        sheets.append(keterkaitan(ctx, plan))
    if "matriks" in ctx.v and jenis != "jpt":
        sheets.append(matriks(ctx, plan))
    if "penilaian" in ctx.v:
        sheets.append(penilaian_jpt(ctx, plan) if jenis == "jpt" else penilaian_staff(ctx, plan))
    if "sheet_urutan" in ctx.v:
        sheets = sheets[1:] + sheets[:1]
    return sheets


def write_xlsx(sheets: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for lb in sheets:
        ws = wb.create_sheet(lb.title)
        for (r, c), v in sorted(lb.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str) and v.isdigit() and len(v) >= 15:
                cell.number_format = "@"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in lb.bold:
                cell.font = Font(bold=True)
            if (r, c) in lb.fmt:
                cell.number_format = lb.fmt[(r, c)]
        for m in lb.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
        for c in range(1, 16):
            ws.column_dimensions[get_column_letter(c)].width = 22
    wb.properties.creator = "nyata_ac"
    wb.properties.created = __import__("datetime").datetime(2026, 1, 2, 8, 0, 0)
    wb.properties.modified = wb.properties.created
    wb.save(path)


def via_libreoffice(path: Path, profile: Path) -> None:
    out = path.parent / "lo_out"
    out.mkdir(exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.move(str(out / path.name), str(path))
    out.rmdir()


def slug(codes: list[str]) -> str:
    return "-dan-".join(c for c in codes) if codes else "bersih"


def emit(
    ctx: Ctx,
    name: str,
    clean: bool,
    codes: list[str],
    keluaran: Path,
    profile: Path,
    files: list[dict[str, Any]],
) -> None:
    """Lay out, write (and round-trip through LibreOffice) one workbook; append its manifest entry."""
    sheets = layout(ctx)
    path = keluaran / name
    write_xlsx(sheets, path)
    if ctx.info["writer"] == "openpyxl+libreoffice":
        via_libreoffice(path, profile)
    assert len(ctx.defects) == len(codes), (name, ctx.defects, codes)
    variasi = sorted(ctx.v)
    if "kategori_subset" in ctx.v:
        variasi[variasi.index("kategori_subset")] = f"kategori_subset:{ctx.info['kategori_subset']}"
    if "aspek_tulisan" in ctx.v:
        variasi[variasi.index("aspek_tulisan")] = f"aspek_tulisan:{ctx.info['aspek_style']}"
    if "label_typo" in ctx.v:
        variasi[variasi.index("label_typo")] = "label_typo:" + ",".join(ctx.info["typos"])
    files.append(
        {
            "file": name,
            "form": ctx.form,
            "clean": clean,
            "defects": ctx.defects,
            "boleh": [],
            "jabatan": ctx.info["pegawai"]["jabatan"],
            "instansi": ctx.info["instansi"],
            "writer": ctx.info["writer"],
            "variasi": variasi,
        }
    )


def generate(keluaran: Path, harapan: Path) -> None:
    rng = random.Random(SEED)
    keluaran.mkdir(parents=True, exist_ok=True)
    for old in keluaran.glob("*.xlsx"):
        old.unlink()
    files: list[dict[str, Any]] = []
    pen_cycle = list(DEF_PENILAIAN)
    lo_slots = {
        ("ja-dasar", 3),
        ("ja-pengembangan", 6),
        ("jf-dasar", 3),
        ("jf-pengembangan", 4),
        ("jpt-dasar", 6),
        ("jpt-pengembangan", 3),
        ("jpt-pengembangan", 8),
        ("jf-pengembangan", 7),
    }
    profile = Path(tempfile.mkdtemp(prefix="nyata_ac_lo_"))
    try:
        for fi, form in enumerate(FORMS):
            pool = pool_defects(form)
            specific, common = pool[: -len(DEF_COMMON)], pool[-len(DEF_COMMON) :]
            jf_first = [c for c in specific if c in DEF_JF]
            rest = [c for c in specific if c not in DEF_JF]
            rng.shuffle(jf_first)
            rng.shuffle(rest)
            rng.shuffle(common)
            pool = jf_first + rest + common
            pi = 0
            for idx in range(PER_FORM):
                clean = idx % 2 == 0
                codes: list[str] = []
                extra_v: list[str] = []
                if not clean:
                    n_def = 2 if idx in (3, 7, 9) else 1
                    if idx == 5:
                        codes.append(pen_cycle[(fi) % 3])
                        extra_v.append("penilaian")
                        n_def = 1 + (fi % 2)
                    skipped: list[str] = []
                    while len(codes) < n_def:
                        c = pool[pi % len(pool)]
                        pi += 1
                        if (
                            idx == 5
                            and c in DEF_TARGET
                            or c in codes
                            or ({c, *codes} >= {"keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan"})
                            or ({c, *codes} >= {"keterkaitan-ak-hilang", "angka-kredit-tidak-valid"})
                        ):
                            skipped.append(c)
                            continue
                        codes.append(c)
                    pool[pi:pi] = skipped
                sub_rng = random.Random(rng.randrange(1 << 30))
                if idx >= KEEP_RANDOM:
                    continue
                for _attempt in range(30):
                    try:
                        trial = random.Random(sub_rng.randrange(1 << 30))
                        ctx, _ = build(form, idx, trial, codes, extra_v)
                        if "penilaian" in ctx.v and any(c in DEF_TARGET for c in codes):
                            continue
                        if ctx.want("rk-tanpa-butir-kegiatan") and ctx.want("keterkaitan-ak-hilang"):
                            continue
                        break
                    except ValueError:
                        continue
                else:
                    raise RuntimeError(f"no layout for {form} {idx} {codes}")
                if (form, idx) in lo_slots:
                    ctx.info["writer"] = "openpyxl+libreoffice"
                emit(ctx, f"{form}-{idx + 1:02d}-{slug(codes)}.xlsx", clean, codes, keluaran, profile, files)
        for g, (form, codes, fixed) in enumerate(DESIGNED, 1):
            g_rng = random.Random(SEED + 1000 + g)
            for _attempt in range(30):
                try:
                    ctx, _ = build(form, 0, random.Random(g_rng.randrange(1 << 30)), codes, [], fixed)
                    break
                except ValueError:
                    continue
            else:
                raise RuntimeError(f"no layout for designed {g}")
            emit(ctx, f"{form}-g{g:02d}-{slug(codes)}.xlsx", not codes, codes, keluaran, profile, files)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    harapan.write_text(
        json.dumps({"set": "nyata_ac", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description="Membangun set nyata_ac (kombinasi variasi).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args()
    generate(a.keluaran, a.harapan)


if __name__ == "__main__":
    main()
