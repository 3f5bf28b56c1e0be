"""Build the held-out set ``benchmarks/nyata_m``: end-of-period Penilaian SKP and its scoring (SPEC §3.8, §3.9, §6).

Written from SPEC alone (apart from the project's reader, checks, templates and fixtures). Each workbook holds an
SKP plan (with its annexes: Manual IKI for JPT, Keterkaitan AK for JF), a Penilaian sheet scored by this file's
own implementation of SPEC §6 and, where the form has it, a Perilaku sheet. Clean workbooks write the results
the ways agencies write them (text with units or ``%``, percent-formatted fractions, rounded to 0/1/2 decimals,
Excel formulas with and without cached values, kategori as words or abbreviations, the agency's own reading of a
documented [interpretation]); defective ones carry one or two defects at exact cells.

Usage: ``python benchmarks/nyata_m/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministic for ``SEED``.
"""
# ruff: noqa: E501

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from fractions import Fraction as Fr
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261211
TAHUN = 2026
WAKTU = dt.datetime(2027, 1, 12, 8, 0, 0)

# ----------------------------------------------------------------------------------------------- scoring


def half_up(x: Fr) -> int:
    return math.floor(x + Fr(1, 2))


def round_half(x: Fr, nd: int) -> Fr:
    q = Fr(10) ** nd
    return Fr(math.floor(x * q + Fr(1, 2)), q)


def capaian(kind: str, t, r: Fr) -> Fr:
    """SPEC §6.1, exact (a percentage)."""
    if kind in ("naik", "maks"):
        return r / Fr(t) * 100
    if kind == "turun":
        return (1 + (1 - r / Fr(t))) * 100
    lo, hi = Fr(t[0]), Fr(t[1])
    if kind == "rentang":
        if lo <= r <= hi:
            return Fr(100)
        return r / (hi if r > hi else lo) * 100
    # rentang_turun: lower is better; below the range compare with the lower bound, above with the upper
    if lo <= r <= hi:
        return Fr(100)
    return (1 + (1 - r / (lo if r < lo else hi))) * 100


def nilai_band(c: Fr) -> tuple[str, Fr]:
    """SPEC §6.2 for a capaian (rounded by the caller, or not for an agency's unrounded reading)."""
    if c > 110:
        return "Sangat Baik", Fr(120)
    if c >= 101:
        return "Sangat Baik", 110 + Fr(10, 9) * (c - 101)
    if c >= 100:
        return "Baik", Fr(109)
    if c >= 80:
        return "Cukup", 70 + (c - 80)
    if c >= 60:
        return "Kurang", 50 + (c - 60)
    return "Sangat Kurang", c / 59 * 49


def score(kind: str, t, r: Fr, rounded: bool = True) -> tuple[Fr, str, Fr]:
    c = capaian(kind, t, r)
    if kind == "maks" and r >= Fr(t):
        return c, "Sangat Baik", Fr(120)
    kat, nilai = nilai_band(Fr(half_up(c)) if rounded else c)
    return c, kat, nilai


F_TAMBAHAN = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def kat_nilai(n: Fr) -> str:
    """Kategori of an RK's nilai (the IKI nilai bands of SPEC §6.2 read as ranges)."""
    if n >= 110:
        return "Sangat Baik"
    if n >= 90:
        return "Baik"
    if n >= 70:
        return "Cukup"
    if n >= 50:
        return "Kurang"
    return "Sangat Kurang"


def predikat_of(x: Fr) -> str:
    if x >= 90:
        return "Baik"
    if x >= 70:
        return "Butuh Perbaikan"
    if x >= 50:
        return "Kurang"
    return "Sangat Kurang"


# ----------------------------------------------------------------------------------------------- numbers


def fmt_num(x, nd: int = 2) -> str:
    """Indonesian number text: thousands with a dot, decimals with a comma, trailing zeros dropped."""
    x = Fr(x)
    q = round_half(x, nd)
    whole = math.floor(q)
    frac = q - whole
    s = f"{whole:,}".replace(",", ".")
    if frac:
        digits = str(round(float(frac) * 10**nd)).rjust(nd, "0").rstrip("0")
        s += "," + digits
    return s


def num(x, nd: int = 2):
    q = round_half(Fr(x), nd)
    return int(q) if q.denominator == 1 else float(q)


def target_text(kind: str, t, sat: str) -> str:
    if kind.startswith("rentang"):
        return f"{fmt_num(t[0])} – {fmt_num(t[1])} {sat}".strip()
    if sat == "Rp":
        return f"Rp {fmt_num(t)}"
    if sat == "":
        return fmt_num(t)
    if sat == "%":
        return f"{fmt_num(t)} %"
    return f"{fmt_num(t)} {sat}"


def value_text(r: Fr, sat: str) -> str:
    if sat == "Rp":
        return f"Rp {fmt_num(r)}"
    if sat == "":
        return fmt_num(r)
    if sat == "%":
        return f"{fmt_num(r)} %"
    return f"{fmt_num(r)} {sat}"


def unit_format(sat: str, decimals: bool = False) -> str:
    base = "#,##0.0#" if decimals else "#,##0"
    if sat == "Rp":
        return '"Rp "#,##0'
    if sat == "":
        return "0.0#"
    if sat == "%":
        return base + '" %"'
    return base + f' "{sat}"'


# ----------------------------------------------------------------------------------------------- grid


class Lembar:
    """A sheet drawn as a grid first; writers put it into openpyxl or XlsxWriter."""

    def __init__(self, title: str):
        self.title = title
        self.cells: dict[tuple[int, int], tuple] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}

    def set(self, r: int, c: int, v, num_fmt: str | None = None, formula: str | None = None, bold: bool = False):
        self.cells[(r, c)] = (v, num_fmt, formula, bold)
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int, v=None, num_fmt=None, formula=None, bold=False):
        ref = self.set(r1, c1, v, num_fmt, formula, bold)
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))
        return ref


def ref(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for L in sheets:
        ws = wb.create_sheet(L.title)
        for (r, c), (v, nf, formula, bold) in sorted(L.cells.items()):
            cell = ws.cell(row=r, column=c, value=formula if formula else v)
            if nf:
                cell.number_format = nf
            if bold:
                cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r1, c1, r2, c2 in L.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in L.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.properties.creator = "Subbagian Kepegawaian"
    wb.properties.created = WAKTU
    wb.properties.modified = WAKTU
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"author": "Subbagian Kepegawaian", "created": WAKTU})
    fmts: dict = {}

    def fmt(nf, bold):
        key = (nf, bold)
        if key not in fmts:
            props = {"text_wrap": True, "valign": "top", "border": 1}
            if nf:
                props["num_format"] = nf
            if bold:
                props["bold"] = True
            fmts[key] = wb.add_format(props)
        return fmts[key]

    for L in sheets:
        ws = wb.add_worksheet(L.title)
        merged_first = {(m[0], m[1]): m for m in L.merges}
        for (r, c), (v, nf, formula, bold) in sorted(L.cells.items()):
            f = fmt(nf, bold)
            if (r, c) in merged_first:
                r1, c1, r2, c2 = merged_first[(r, c)]
                if formula:
                    ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", f)
                    ws.write_formula(r - 1, c - 1, formula, f, v)
                else:
                    ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v if v is not None else "", f)
                continue
            if formula:
                ws.write_formula(r - 1, c - 1, formula, f, v)
            elif v is None:
                ws.write_blank(r - 1, c - 1, None, f)
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, f)
            else:
                ws.write_number(r - 1, c - 1, v, f)
        for c, w in L.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


# ----------------------------------------------------------------------------------------------- people


def make_nip(rng: random.Random, lahir_min: int, lahir_max: int) -> str:
    y = rng.randint(lahir_min, lahir_max)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = y + rng.randint(22, 28)
    tm = rng.randint(1, 12)
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {rng.randint(1, 2)} {rng.randint(1, 9):03d}"


def make_name(rng: random.Random, used: set) -> str:
    while True:
        n = f"{rng.choice(bank.DEPAN)} {rng.choice(bank.BELAKANG)}"
        if n not in used:
            used.add(n)
            return f"{n}, {rng.choice(bank.GELAR)}"


def pangkat(gol: str) -> str:
    return f"{bank.PANGKAT[gol]}, {gol}"


def gol_for(jabatan: str, rng: random.Random) -> str:
    if "Ahli Pertama" in jabatan:
        return rng.choice(["III/a", "III/b"])
    if "Ahli Muda" in jabatan:
        return rng.choice(["III/c", "III/d"])
    if "Terampil" in jabatan:
        return rng.choice(["II/c", "II/d"])
    if jabatan.startswith("Kepala Seksi") or jabatan.startswith("Kepala Sub"):
        return rng.choice(["III/c", "III/d"])
    return "IV/c"


# ----------------------------------------------------------------------------------------------- plan data


def pick_real(kind: str, t, sat: str, mood: str, rng: random.Random) -> Fr:
    if kind == "rentang":
        return Fr({"lebih": 92, "jauh": 92, "kurang": 70, "sedikit": 70, "tepat": 85}[mood])
    if kind == "rentang_turun":
        return Fr({"lebih": 13, "jauh": 13, "kurang": 9, "sedikit": 9, "tepat": 15}[mood], 1 if mood in ("kurang", "sedikit") else 2)
    if kind == "maks":
        return Fr(100) if mood not in ("kurang", "sedikit") else Fr(95)
    p = {"tepat": 1.0, "lebih": rng.uniform(1.03, 1.09), "jauh": rng.uniform(1.15, 1.3),
         "sedikit": rng.uniform(0.92, 0.97), "kurang": rng.uniform(0.83, 0.93)}[mood]
    x = float(t) * (p if kind == "naik" else 2 - p)
    if sat == "%":
        return Fr(min(100, round(x)))
    if sat == "":
        return Fr(round(x * (100 if float(t) < 10 else 10)), 100 if float(t) < 10 else 10)
    if sat == "Rp":
        return Fr(round(x / 50000) * 50000)
    if sat in ("bulan",):
        return Fr(round(x * 2), 2)
    return Fr(max(1, round(x)))


def borderline(c: Fr) -> bool:
    """Capaian that a legitimate other rounding would band differently (avoided in generated values)."""
    frac = c - math.floor(c)
    if Fr(2, 5) <= frac <= Fr(3, 5) and c not in (Fr(175, 2),):
        return True
    return any(lo <= c < hi for lo, hi in ((Fr(199, 2), 100), (Fr(159, 2), 80), (Fr(119, 2), 60))) or 100 < c < 101


MOODS = {
    "baik": ["tepat", "tepat", "lebih", "sedikit", "jauh"],
    "sb": ["jauh", "jauh", "lebih"],
    "cukup": ["kurang", "sedikit", "kurang"],
    "rekan": ["tepat", "lebih", "tepat", "sedikit"],
}


def make_iki(aspek, teks, kind, t, sat, skor, rng, force=None):
    for _ in range(200):
        mood = force or rng.choice(MOODS[skor])
        r = pick_real(kind, t, sat, mood, rng)
        c = capaian(kind, t, r)
        if r > 0 and (not borderline(c) or kind.startswith("rentang")):
            break
        force = None
    return {"aspek": aspek, "teks": teks, "kind": kind, "t": t, "t_pen": t, "sat": sat, "r": r}


def kategori_bands(kind: str, t, sat: str) -> list[str]:
    """SANGAT KURANG | KURANG | CUKUP | BAIK | SANGAT BAIK for a Model Pengembangan plan (BAIK = target)."""
    def u(x):
        return value_text(Fr(x), sat)
    if kind == "rentang":
        return ["-", "-", f"< {u(t[0])}", target_text(kind, t, sat), f"> {u(t[1])}"]
    if kind == "rentang_turun":
        return ["-", "-", f"> {u(t[1])}", target_text(kind, t, sat), f"< {u(t[0])}"]
    tt = Fr(t)
    if kind == "turun":
        if tt < 10:
            return ["-", "-", f"> {u(tt)}", u(tt), f"< {u(tt)}"]
        c_hi = half_up(tt * Fr(13, 10))
        k_hi = half_up(tt * Fr(16, 10))
        return [f"> {u(k_hi)}", f"{fmt_num(c_hi + 1)} – {u(k_hi)}", f"{fmt_num(tt + 1)} – {u(c_hi)}", u(tt), f"< {u(tt)}"]
    if sat == "":
        step = Fr(1, 10) if tt < 10 else Fr(1)
        a, b = round_half(tt * Fr(6, 10), 1), round_half(tt * Fr(8, 10), 1)
        return [f"< {u(a)}", f"{fmt_num(a)} – {u(b - step)}", f"{fmt_num(b)} – {u(tt - step)}", u(tt), f"> {u(tt)}"]
    if tt < 10:
        return ["-", "-", f"< {u(tt)}", u(tt), f"> {u(tt)}"]
    a, b = half_up(tt * Fr(6, 10)), half_up(tt * Fr(8, 10))
    return [f"< {u(a)}", f"{fmt_num(a)} – {u(b - 1)}", f"{fmt_num(b)} – {u(tt - 1)}", u(tt), f"> {u(tt)}"]


# ----------------------------------------------------------------------------------------------- variants

# Each form file: defects among capaian, kategori, nilai, predikat, realisasi, target, akhir.
# Keys: w writer; cap capaian style; real realisasi style; kat kategori style; niki NILAI CAPAIAN IKI column;
# nilai nilai style; kt Kinerja Tambahan; cat notes column; gabung merged nilai akhir; per perilaku; pred_di
# where the predikat stands; pred spelling; skor scenario; need IKI kinds; katcol kategori columns in Penilaian;
# jpt weighting.
D = dict(w="openpyxl", cap="bulat", real="angka", kat="kata", niki=True, nilai="angka", kt=False, cat=False,
         gabung=False, per=None, pred_di="penilaian", pred="baku", skor="baik", need=(), katcol=False, jpt="rata",
         defects=(), nrk=3, sheet_pen="Penilaian", tw=False)

FILES = [
    # JA dasar
    ("ja-dasar", "bersih-teks-satuan", dict(real="satuan", per="angka")),
    ("ja-dasar", "bersih-rumus-rentang", dict(w="xlsxwriter", cap="rumus", nilai="rumus", need=("rentang", "rentang_turun"), kt=True, gabung=True, per="angka", pred="kapital", sheet_pen="PENILAIAN SKP")),
    ("ja-dasar", "bersih-maks-singkatan", dict(cap="teks1", need=("maks",), kat="singkat", cat=True, per="kata", pred_di="perilaku")),
    ("ja-dasar", "bersih-pecahan-rekan", dict(w="xlsxwriter", cap="pecahan", real="catatan", need=("turun",), niki=False, per="rekan", skor="rekan", pred="bp", pred_di="perilaku", sheet_pen="Capaian SKP")),
    ("ja-dasar", "capaian", dict(cap="angka2", defects=("capaian",), per="angka")),
    ("ja-dasar", "realisasi-kosong-target-berubah", dict(w="xlsxwriter", real="satuan", cap="teks", defects=("realisasi", "target"))),
    ("ja-dasar", "predikat", dict(w="xlsxwriter", cap="angka1", per="angka", defects=("predikat",), sheet_pen="Form Penilaian")),
    # JA pengembangan
    ("ja-pengembangan", "bersih-takbulat-tambahan", dict(w="xlsxwriter", cap="angka2", nilai="takbulat", katcol=True, kt=True, per="angka")),
    ("ja-pengembangan", "bersih-rumus-tanpa-nilai", dict(cap="rumus", nilai="rumus", need=("rentang_turun",), per="angka", pred_di="perilaku")),
    ("ja-pengembangan", "bersih-baik-sekali-sangat-baik", dict(w="xlsxwriter", kat="sekali", skor="sb", per="angka", pred="sb", gabung=True, katcol=True)),
    ("ja-pengembangan", "bersih-teks-cukup", dict(cap="teks", real="satuan", skor="cukup", per="angka", pred="cukup", cat=True, nilai="teks")),
    ("ja-pengembangan", "kategori", dict(w="xlsxwriter", kat="kapital", katcol=True, defects=("kategori",))),
    ("ja-pengembangan", "nilai", dict(cap="angka1", defects=("nilai",), per="angka")),
    ("ja-pengembangan", "target-berubah", dict(w="xlsxwriter", cap="teks", real="satuan", defects=("target",), sheet_pen="Penilaian SKP")),
    # JF dasar
    ("jf-dasar", "bersih-catatan-tambahan", dict(real="catatan", kt=True, per="angka", need=("maks",))),
    ("jf-dasar", "bersih-rumus-perilaku-kata", dict(w="xlsxwriter", cap="rumus", nilai="rumus", per="kata", need=("turun",), gabung=True)),
    ("jf-dasar", "bersih-pecahan-rentang", dict(cap="pecahan", real="pecahan", need=("rentang",), kat="singkat", per="angka", pred="kapital")),
    ("jf-dasar", "bersih-rekan-butuh-perbaikan", dict(w="xlsxwriter", cap="teks", per="rekan", skor="rekan", pred="bp", cat=True, sheet_pen="Nilai SKP")),
    ("jf-dasar", "realisasi-kosong", dict(w="xlsxwriter", real="satuan", cap="teks1", defects=("realisasi",), per="angka")),
    ("jf-dasar", "nilai-akhir", dict(cap="bulat", defects=("akhir",), gabung=True)),
    ("jf-dasar", "capaian-predikat", dict(w="xlsxwriter", cap="angka1", per="angka", defects=("capaian", "predikat"))),
    # JF pengembangan
    ("jf-pengembangan", "bersih-triwulan-rumus", dict(cap="rumus", nilai="rumus", tw=True, real="rumus", per="angka")),
    ("jf-pengembangan", "bersih-kategori-kolom-sb", dict(w="xlsxwriter", katcol=True, kat="singkat", skor="sb", per="angka", pred="sb", pred_di="perilaku")),
    ("jf-pengembangan", "bersih-teks-tambahan", dict(cap="teks1", real="satuan", kt=True, need=("turun",), per="kata", cat=True)),
    ("jf-pengembangan", "bersih-cukup-singkat", dict(w="xlsxwriter", cap="bulat", kat="singkat", skor="cukup", per="angka", pred="cukup", gabung=True)),
    ("jf-pengembangan", "kategori", dict(cap="teks", kat="kata", defects=("kategori",), per="angka")),
    ("jf-pengembangan", "target-berubah", dict(w="xlsxwriter", cap="angka1", katcol=True, defects=("target",))),
    ("jf-pengembangan", "nilai-realisasi-kosong", dict(cap="bulat", real="satuan", defects=("nilai", "realisasi"))),
    # JPT dasar
    ("jpt-dasar", "bersih-rata-rumus", dict(w="xlsxwriter", cap="rumus", nilai="rumus", jpt="rata", per="angka")),
    ("jpt-dasar", "bersih-bobot-60-40", dict(jpt="bobot", cap="angka2", per="angka", pred_di="perilaku", nrk=4)),
    ("jpt-dasar", "bersih-pk-rencana-aksi", dict(w="xlsxwriter", jpt="pkra", cap="teks1", real="satuan", nrk=4, gabung=True)),
    ("jpt-dasar", "bersih-teks-sangat-baik", dict(cap="teks", real="satuan", skor="sb", per="angka", pred="sb", kat="kapital")),
    ("jpt-dasar", "capaian", dict(w="xlsxwriter", cap="angka1", defects=("capaian",))),
    ("jpt-dasar", "realisasi-kosong", dict(cap="bulat", real="satuan", defects=("realisasi",), per="angka")),
    ("jpt-dasar", "predikat-nilai-akhir", dict(w="xlsxwriter", cap="teks", per="angka", defects=("predikat",), nrk=4, jpt="bobot")),
    # JPT pengembangan
    ("jpt-pengembangan", "bersih-rata-teks", dict(cap="teks1", real="satuan", per="angka", nrk=4, nilai="teks")),
    ("jpt-pengembangan", "bersih-bobot-rumus", dict(w="xlsxwriter", jpt="bobot", cap="rumus", nilai="rumus", nrk=4, per="kata", pred_di="perilaku")),
    ("jpt-pengembangan", "bersih-pecahan-catatan", dict(cap="pecahan", real="pecahan", nrk=4, cat=True, kat="singkat")),
    ("jpt-pengembangan", "bersih-pkra-cukup", dict(w="xlsxwriter", jpt="pkra", nrk=4, skor="cukup", per="angka", pred="cukup", cap="angka2")),
    ("jpt-pengembangan", "kategori", dict(w="xlsxwriter", nrk=4, cap="teks", defects=("kategori",))),
    ("jpt-pengembangan", "target-berubah", dict(nrk=4, cap="angka1", real="satuan", defects=("target",))),
    ("jpt-pengembangan", "nilai-predikat", dict(w="xlsxwriter", nrk=4, cap="bulat", per="angka", defects=("nilai", "predikat"))),
]


FORMS_ORDER = ["ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan"]


def _pool(ag: dict, model: str) -> list:
    """RKs a form may use: Model Pengembangan leaves out the maximal target (its SANGAT BAIK could not exceed
    the target) and biaya (its bands in rupiah), both kept for Model Dasar."""
    if model == "dasar":
        return list(ag["rk"])
    return [rk for rk in ag["rk"] if not any(i[2] == "maks" or i[4] == "Rp" for i in rk[1])]


def build_plan(form: str, v: dict, ag: dict, rng: random.Random) -> dict:
    jenis, model = form.split("-")
    skor = v["skor"]
    ku = []
    if jenis == "jpt":
        pool = bank.JPT_RK[ag["key"]]
        chosen = pool[: v["nrk"]] if model == "pengembangan" or v["nrk"] == 4 else pool[:3]
        for persp, teks, ikis in chosen:
            ku.append({"persp": persp, "teks": teks, "atasan": None,
                       "ikis": [make_iki(None, i[0], i[1], i[2], i[3], skor, rng) for i in ikis]})
    else:
        pool = _pool(ag, model)
        need = list(v["need"])
        picked = []
        for k in need:
            for rk in pool:
                if rk not in picked and any(i[2] == k for i in rk[1]):
                    picked.append(rk)
                    break
        others = [rk for rk in pool if rk not in picked]
        rng.shuffle(others)
        picked += others[: max(0, v["nrk"] - len(picked))]
        for n, (teks, ikis) in enumerate(picked):
            ku.append({"persp": None, "teks": teks, "atasan": ag["atasan_rk"][n % len(ag["atasan_rk"])],
                       "ikis": [make_iki(*i, skor, rng) for i in ikis]})
    kt = []
    if v["kt"]:
        teks, iki, t, sat = rng.choice(bank.TAMBAHAN)
        kt.append({"persp": None, "teks": teks, "atasan": None,
                   "ikis": [make_iki("Kuantitas", iki, "naik", t, sat, "baik", rng, force=rng.choice(["tepat", "jauh"]))]})
    return {"ku": ku, "kt": kt}


def apply_scores(plan: dict, v: dict) -> dict:
    """Scores as the agency computes them (from the Penilaian sheet's target)."""
    rounded = v["nilai"] != "takbulat"
    for group in ("ku", "kt"):
        for rk in plan[group]:
            for i in rk["ikis"]:
                i["c"], i["kat"], i["nilai"] = score(i["kind"], i["t_pen"], i["r"], rounded)
                i["c_round"] = half_up(i["c"])
            rk["nilai"] = sum((i["nilai"] for i in rk["ikis"]), Fr(0)) / len(rk["ikis"])
    ku = plan["ku"]
    res = {}
    if v.get("jenis") == "jpt":
        ikis = [i for rk in ku for i in rk["ikis"]]
        if v["jpt"] == "rata":
            for i in ikis:
                i["bobot"] = Fr(100, len(ikis))
        else:
            n_pk = len(ku) // 2
            pk = [i for rk in ku[:n_pk] for i in rk["ikis"]]
            ra = [i for rk in ku[n_pk:] for i in rk["ikis"]]
            for i in pk:
                i["bobot"] = Fr(60, len(pk))
            for i in ra:
                i["bobot"] = Fr(40, len(ra))
            res["pk"] = sum((i["nilai"] * i["bobot"] / 100 for i in pk), Fr(0))
            res["ra"] = sum((i["nilai"] * i["bobot"] / 100 for i in ra), Fr(0))
        for i in ikis:
            i["tt"] = i["nilai"] * i["bobot"] / 100
        nilai_ku = sum((i["tt"] for i in ikis), Fr(0))
    else:
        for rk in ku:
            rk["tt"] = rk["nilai"] / len(ku)
        nilai_ku = sum((rk["nilai"] for rk in ku), Fr(0)) / len(ku)
    nilai_kt = Fr(0)
    for rk in plan["kt"]:
        i = rk["ikis"][0]
        rk["tt"] = Fr(F_TAMBAHAN[i["kat"]]) * 10 / 100 * i["nilai"] / 100
        nilai_kt += rk["tt"]
    nilai_kt = min(nilai_kt, Fr(10))
    res.update(ku=nilai_ku, kt=nilai_kt, skp=min(nilai_ku + nilai_kt, Fr(120)))
    return res


# ----------------------------------------------------------------------------------------------- sheets

FIELDS = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]


def header(L: Lembar, ncols: int, title: str, instansi: str, periode: bool = True) -> int:
    L.merge(1, 1, 1, ncols, title, bold=True)
    L.merge(2, 1, 2, ncols, instansi, bold=True)
    if periode:
        L.merge(3, 1, 3, ncols, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    return 5


def identitas_sisi(L: Lembar, r: int, ncols: int, peg: dict, pen: dict) -> int:
    half = ncols // 2
    L.set(r, 1, "NO", bold=True)
    L.merge(r, 2, r, half, "PEGAWAI YANG DINILAI", bold=True)
    L.set(r, half + 1, "NO", bold=True)
    L.merge(r, half + 2, r, ncols, "PEJABAT PENILAI KINERJA", bold=True)
    for k, lab in enumerate(FIELDS):
        rr = r + 1 + k
        L.set(rr, 1, k + 1)
        L.set(rr, 2, lab)
        L.merge(rr, 3, rr, half, peg[lab])
        L.set(rr, half + 1, k + 1)
        L.set(rr, half + 2, "INSTANSI" if lab == "UNIT KERJA" and pen.get("instansi") else lab)
        L.merge(rr, half + 3, rr, ncols, pen[lab])
    return r + 7


def identitas_tumpuk(L: Lembar, r: int, ncols: int, peg: dict, pen: dict) -> int:
    for who, data in (("PEGAWAI YANG DINILAI", peg), ("PEJABAT PENILAI KINERJA", pen)):
        L.set(r, 1, "NO", bold=True)
        L.merge(r, 2, r, ncols, who, bold=True)
        for k, lab in enumerate(FIELDS):
            L.set(r + 1 + k, 1, k + 1)
            L.set(r + 1 + k, 2, "INSTANSI" if lab == "UNIT KERJA" and data.get("instansi") else lab)
            L.merge(r + 1 + k, 3, r + 1 + k, ncols, data[lab])
        r += 7
    return r


def footer(L: Lembar, r: int, ncols: int, kota: str, tanggal: str, peg: dict, pen: dict) -> None:
    L.set(r + 1, ncols - 1, f"{kota}, {tanggal}")
    L.set(r + 2, 2, "Pejabat Penilai Kinerja,")
    L.set(r + 2, ncols - 1, "Pegawai yang Dinilai,")
    L.set(r + 6, 2, pen["NAMA"])
    L.set(r + 6, ncols - 1, peg["NAMA"])
    if pen["NIP"] != "-":
        L.set(r + 7, 2, f"NIP. {pen['NIP']}")
    L.set(r + 7, ncols - 1, f"NIP. {peg['NIP']}")


def skp_sheet(name: str, form: str, ctx: dict) -> tuple[Lembar, dict]:
    jenis, model = form.split("-")
    plan, peg, pen = ctx["plan"], ctx["peg"], ctx["pen"]
    L = Lembar(name)
    cells = {}
    if jenis == "jpt":
        cols = (["PERSPEKTIF"] if model == "pengembangan" else []) + ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
    else:
        cols = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
    kat0 = len(cols) + 1
    if jenis != "jpt" and model == "pengembangan":
        cols += ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
    n = len(cols)
    title = "RENCANA SASARAN KINERJA PEGAWAI" + (" PEJABAT PIMPINAN TINGGI" if jenis == "jpt" else "")
    r = header(L, n, title, ctx["instansi"])
    r = (identitas_tumpuk if n < 6 else identitas_sisi)(L, r, n, peg, pen) + 1
    pos = {c: k + 1 for k, c in enumerate(cols)}
    if n > 6 + 2:
        for c in cols[:6]:
            L.merge(r, pos[c], r + 1, pos[c], c, bold=True)
        L.merge(r, kat0, r, kat0 + 4, "KATEGORI PENILAIAN KINERJA", bold=True)
        L.merge(r, kat0 + 5, r, kat0 + 7, "CARA MEMANTAU KINERJA", bold=True)
        for c in cols[6:]:
            L.set(r + 1, pos[c], c, bold=True)
        r += 2
    else:
        for c in cols:
            L.set(r, pos[c], c, bold=True)
        r += 1
    for gname, group in (("A. KINERJA UTAMA", plan["ku"]), ("B. KINERJA TAMBAHAN", plan["kt"])):
        L.merge(r, 1, r, n, gname, bold=True)
        r += 1
        if not group:
            L.set(r, pos["RENCANA KINERJA"], "-")
            r += 1
            continue
        for k, rk in enumerate(group):
            m = len(rk["ikis"])
            L.merge(r, pos["NO"], r + m - 1, pos["NO"], k + 1)
            rk_cell = L.merge(r, pos["RENCANA KINERJA"], r + m - 1, pos["RENCANA KINERJA"], rk["teks"])
            rk["skp_cell"] = rk_cell
            if jenis != "jpt":
                if rk["atasan"]:
                    L.merge(r, 2, r + m - 1, 2, rk["atasan"])
            elif model == "pengembangan":
                L.merge(r, 1, r + m - 1, 1, rk["persp"])
            if jenis != "jpt" and model == "pengembangan":
                data = (f"Laporan {rk['teks'][0].lower()}{rk['teks'][1:60]}", "Sistem informasi dan arsip unit kerja", "Triwulanan")
                for j, val in enumerate(data):
                    L.merge(r, kat0 + 5 + j, r + m - 1, kat0 + 5 + j, val)
            for j, i in enumerate(rk["ikis"]):
                rr = r + j
                if jenis != "jpt":
                    L.set(rr, pos["ASPEK"], i["aspek"])
                L.set(rr, pos["INDIKATOR KINERJA INDIVIDU"], i["teks"])
                i["skp_target"] = L.set(rr, pos["TARGET"], target_text(i["kind"], i["t"], i["sat"]))
                if jenis != "jpt" and model == "pengembangan":
                    i["bands"] = kategori_bands(i["kind"], i["t"], i["sat"])
                    for b, val in enumerate(i["bands"]):
                        L.set(rr, kat0 + b, val)
            r += m
    L.widths.update({pos["RENCANA KINERJA"]: 40, pos["INDIKATOR KINERJA INDIVIDU"]: 40})
    footer(L, r, n, ctx["kota"], f"2 Januari {TAHUN}", peg, pen)
    return L, cells


def manual_sheet(ctx: dict) -> Lembar:
    L = Lembar("Manual IKI")
    L.merge(1, 1, 1, 3, "MANUAL INDIKATOR KINERJA", bold=True)
    L.merge(2, 1, 2, 3, ctx["peg"]["JABATAN"].upper())
    r = 4
    for rk in ctx["plan"]["ku"]:
        for i in rk["ikis"]:
            rows = [
                ("RENCANA KINERJA", rk["teks"]),
                ("DESKRIPSI RENCANA KINERJA", f"Rencana kinerja ini menggambarkan {rk['teks'][0].lower()}{rk['teks'][1:]} pada tahun {TAHUN}."),
                ("INDIKATOR KINERJA INDIVIDU", i["teks"]),
                ("DEFINISI IKI", f"{i['teks']} diukur pada akhir periode penilaian berdasarkan data resmi perangkat daerah."),
                ("FORMULA", "(Realisasi / Target) x 100%" if i["sat"] else "Nilai hasil pengukuran tahunan"),
                ("TUJUAN", f"Mengetahui capaian {i['teks'][0].lower()}{i['teks'][1:]}."),
                ("SATUAN PENGUKURAN", i["sat"] or "Indeks"),
                ("JENIS ASPEK TARGET", "Kuantitas"),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]
            for lab, val in rows:
                L.set(r, 1, lab)
                L.set(r, 2, ":")
                L.set(r, 3, val)
                r += 1
            r += 1
    L.widths.update({1: 32, 2: 3, 3: 80})
    return L


def ak_sheet(ctx: dict, rng: random.Random) -> Lembar:
    L = Lembar("Keterkaitan AK")
    n = 5
    r = header(L, n, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", ctx["instansi"])
    r = identitas_tumpuk(L, r, n, ctx["peg"], ctx["pen"])
    L.set(r, 1, "TANGGAL PENGAJUAN")
    L.merge(r, 2, r, 3, f"5 Januari {TAHUN}")
    r += 2
    for k, c in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        L.set(r, k + 1, c, bold=True)
    r += 1
    L.merge(r, 1, r, n, "KINERJA UTAMA", bold=True)
    r += 1
    butir = list(bank.BUTIR)
    rng.shuffle(butir)
    for k, rk in enumerate(ctx["plan"]["ku"]):
        b = butir[k % len(butir)]
        L.set(r, 1, k + 1)
        L.set(r, 2, rk["teks"])
        L.set(r, 3, b[0])
        L.set(r, 4, b[1])
        L.set(r, 5, b[2])
        r += 1
    footer(L, r, n, ctx["kota"], f"5 Januari {TAHUN}", ctx["peg"], ctx["pen"])
    return L


def kat_word(kat: str, style: str) -> str:
    if style == "kapital":
        return kat.upper()
    if style == "singkat":
        return {"Sangat Baik": "SB", "Baik": "B", "Cukup": "C", "Kurang": "K", "Sangat Kurang": "SK"}[kat]
    if style == "sekali":
        return {"Sangat Baik": "Baik Sekali", "Sangat Kurang": "Kurang Sekali"}.get(kat, kat)
    return kat


def write_num(L, r, c, x, style, nd=2):
    """A nilai as number or Indonesian text."""
    if style == "teks":
        return L.set(r, c, fmt_num(x, nd))
    return L.set(r, c, num(x, nd))


NILAI_F = "IF(ROUND({c},0)>110,120,IF(ROUND({c},0)>=101,110+10/9*(ROUND({c},0)-101),IF(ROUND({c},0)>=100,109,IF(ROUND({c},0)>=80,70+(ROUND({c},0)-80),IF(ROUND({c},0)>=60,50+(ROUND({c},0)-60),ROUND({c},0)/59*49)))))"


def penilaian_sheet(form: str, ctx: dict, v: dict, res: dict) -> tuple[Lembar, dict]:
    jenis, model = form.split("-")
    plan, peg, pen = ctx["plan"], ctx["peg"], ctx["pen"]
    L = Lembar(v["sheet_pen"])
    cells: dict = {}
    if jenis == "jpt":
        cols = (["persp"] if model == "pengembangan" else []) + ["no", "rk", "iki", "target"] + (["bobot"] if v["jpt"] == "bobot" else [])
    else:
        cols = ["no", "atasan", "rk", "aspek", "iki", "target"] + (["k1", "k2", "k3", "k4", "k5"] if v["katcol"] else [])
    if v["tw"]:
        cols += ["tw1", "tw2", "tw3", "tw4"]
    cols += ["real", "cap", "kat"] + (["nilai"] if v["niki"] or jenis == "jpt" else [])
    if jenis != "jpt":
        cols += ["katrk", "nrk"]
    cols += ["tt"] + (["cat"] if v["cat"] else [])
    labels = {
        "persp": "PERSPEKTIF", "no": "NO", "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA", "aspek": "ASPEK", "iki": "INDIKATOR KINERJA INDIVIDU", "target": "TARGET",
        "bobot": "BOBOT (%)", "k1": "SANGAT KURANG", "k2": "KURANG", "k3": "CUKUP", "k4": "BAIK", "k5": "SANGAT BAIK",
        "tw1": "TW I", "tw2": "TW II", "tw3": "TW III", "tw4": "TW IV",
        "real": "REALISASI", "cap": "CAPAIAN IKI", "kat": "KATEGORI CAPAIAN IKI", "nilai": "NILAI CAPAIAN IKI",
        "katrk": "KATEGORI CAPAIAN RK", "nrk": "NILAI CAPAIAN RK", "tt": "NILAI TERTIMBANG",
        "cat": "CATATAN / UMPAN BALIK",
    }
    n = len(cols)
    pos = {c: k + 1 for k, c in enumerate(cols)}
    title = "PENILAIAN SASARAN KINERJA PEGAWAI" + (" PEJABAT PIMPINAN TINGGI" if jenis == "jpt" else "")
    r = header(L, n, title, ctx["instansi"])
    r = identitas_sisi(L, r, n, peg, pen) + 1
    two = v["katcol"] or v["tw"]
    for c in cols:
        if two and c in ("k1", "k2", "k3", "k4", "k5", "tw1", "tw2", "tw3", "tw4"):
            L.set(r + 1, pos[c], labels[c], bold=True)
        elif two:
            L.merge(r, pos[c], r + 1, pos[c], labels[c], bold=True)
        else:
            L.set(r, pos[c], labels[c], bold=True)
    if v["katcol"]:
        L.merge(r, pos["k1"], r, pos["k5"], "KATEGORI PENILAIAN KINERJA", bold=True)
    if v["tw"]:
        L.merge(r, pos["tw1"], r, pos["tw4"], "REALISASI PER TRIWULAN", bold=True)
    r += 2 if two else 1
    defects = v["defects"]
    formula = v["cap"] == "rumus"
    last = pos["tt"]
    tt_rows: list[int] = []
    for gname, group in (("A. KINERJA UTAMA", plan["ku"]), ("B. KINERJA TAMBAHAN", plan["kt"])):
        L.merge(r, 1, r, n, gname, bold=True)
        r += 1
        if not group:
            L.set(r, pos["rk"], "-")
            r += 1
            continue
        for k, rk in enumerate(group):
            m = len(rk["ikis"])
            r0 = r
            L.merge(r, pos["no"], r + m - 1, pos["no"], k + 1)
            L.merge(r, pos["rk"], r + m - 1, pos["rk"], rk["teks"])
            if "atasan" in pos and rk["atasan"]:
                L.merge(r, pos["atasan"], r + m - 1, pos["atasan"], rk["atasan"])
            if "persp" in pos:
                L.merge(r, pos["persp"], r + m - 1, pos["persp"], rk["persp"])
            for j, i in enumerate(rk["ikis"]):
                rr = r + j
                sat = i["sat"]
                if "aspek" in pos:
                    L.set(rr, pos["aspek"], i["aspek"])
                L.set(rr, pos["iki"], i["teks"])
                rng_kind = i["kind"].startswith("rentang")
                numeric = formula and not rng_kind
                if numeric:
                    i["pen_target"] = L.set(rr, pos["target"], num(i["t_pen"]), unit_format(sat, isinstance(i["t_pen"], float)))
                else:
                    i["pen_target"] = L.set(rr, pos["target"], target_text(i["kind"], i["t_pen"], sat))
                if "bobot" in pos:
                    L.set(rr, pos["bobot"], num(i["bobot"]))
                if v["katcol"] and i.get("bands"):
                    for b, val in enumerate(i["bands"]):
                        L.set(rr, pos[f"k{b + 1}"], val)
                # realisasi
                rc = pos["real"]
                if v["tw"]:
                    avg = sat in ("%", "") or i["kind"] != "naik"
                    parts = [i["r"]] * 4 if avg else _split(i["r"])
                    for q, pv in enumerate(parts):
                        L.set(rr, pos[f"tw{q + 1}"], num(pv), unit_format(sat, pv.denominator != 1))
                    fn = "AVERAGE" if avg else "SUM"
                    i["pen_real"] = L.set(rr, rc, None, unit_format(sat), formula=f"={fn}({ref(rr, pos['tw1'])}:{ref(rr, pos['tw4'])})")
                elif "realisasi" in defects and i is ctx["victim"]["realisasi"]:
                    i["pen_real"] = L.set(rr, rc, None)
                elif numeric:
                    i["pen_real"] = L.set(rr, rc, num(i["r"]), unit_format(sat, i["r"].denominator != 1))
                elif v["real"] == "satuan":
                    i["pen_real"] = L.set(rr, rc, value_text(i["r"], sat))
                elif v["real"] == "catatan":
                    note = "(tercapai)" if i["c"] >= 100 else "(belum tercapai)"
                    i["pen_real"] = L.set(rr, rc, f"{fmt_num(i['r'])}% {note}" if sat == "%" else f"{value_text(i['r'], sat)} (bukti dukung terlampir)")
                elif v["real"] == "pecahan" and sat == "%":
                    i["pen_real"] = L.set(rr, rc, float(i["r"] / 100), "0%")
                else:
                    i["pen_real"] = L.set(rr, rc, num(i["r"]) if sat not in ("%",) else value_text(i["r"], sat))
                # capaian
                cc = pos["cap"]
                cap_val = i["c"]
                wrong_cap = "capaian" in defects and i is ctx["victim"]["capaian"]
                if wrong_cap:
                    cap_val = Fr(i["t_pen"]) / i["r"] * 100  # target and realisasi swapped
                if formula and not wrong_cap:
                    tref, rref = ref(rr, pos["target"]), ref(rr, rc)
                    if i["kind"] in ("naik", "maks"):
                        f = f"=ROUND({rref}/{tref}*100,2)"
                    elif i["kind"] == "turun":
                        f = f"=ROUND((1+(1-{rref}/{tref}))*100,2)"
                    else:
                        f = f"=ROUND({fmt_num(i['r']).replace(',', '.')}/{bound(i)}*100,2)" if i["kind"] == "rentang" else f"=ROUND((1+(1-{fmt_num(i['r']).replace(',', '.')}/{bound(i)}))*100,2)"
                        if i["c"] == 100:
                            f = "=100"
                    i["pen_cap"] = L.set(rr, cc, num(cap_val), "0.00", formula=f)
                else:
                    i["pen_cap"] = write_cap(L, rr, cc, cap_val, "angka2" if v["cap"] == "rumus" else v["cap"])
                # kategori
                kat = i["kat"]
                if "kategori" in defects and i is ctx["victim"]["kategori"]:
                    kat = "Sangat Baik" if kat != "Sangat Baik" else "Kurang"
                i["pen_kat"] = L.set(rr, pos["kat"], kat_word(kat, v["kat"]))
                # nilai
                if "nilai" in pos:
                    nv = i["nilai"]
                    if "nilai" in defects and i is ctx["victim"]["nilai"]:
                        nv = Fr(109) if nv != 109 else Fr(120)
                        i["pen_nilai"] = write_num(L, rr, pos["nilai"], nv, "angka")
                    elif v["nilai"] == "rumus" and i["kind"] != "maks":
                        i["pen_nilai"] = L.set(rr, pos["nilai"], num(nv), "0.00", formula="=ROUND(" + NILAI_F.format(c=ref(rr, cc)) + ",2)")
                    else:
                        i["pen_nilai"] = write_num(L, rr, pos["nilai"], nv, v["nilai"] if v["nilai"] == "teks" else "angka")
                if jenis == "jpt" and group is plan["ku"]:
                    if v["nilai"] == "rumus":
                        L.set(rr, pos["tt"], num(i["tt"]), "0.00", formula=f"=ROUND({ref(rr, pos['nilai'])}*{fmt_num(i['bobot'], 4).replace(',', '.')}/100,2)")
                    else:
                        write_num(L, rr, pos["tt"], i["tt"], "angka")
            if jenis != "jpt" or group is plan["kt"]:
                if "katrk" in pos:
                    L.merge(r0, pos["katrk"], r0 + m - 1, pos["katrk"], kat_word(kat_nilai(rk["nilai"]), v["kat"]) if v["kat"] != "singkat" else kat_word(kat_nilai(rk["nilai"]), "kata"))
                if "nrk" in pos:
                    if v["nilai"] == "rumus" and "nilai" in pos:
                        L.merge(r0, pos["nrk"], r0 + m - 1, pos["nrk"], num(rk["nilai"]), "0.00", formula=f"=ROUND(AVERAGE({ref(r0, pos['nilai'])}:{ref(r0 + m - 1, pos['nilai'])}),2)")
                    else:
                        L.merge(r0, pos["nrk"], r0 + m - 1, pos["nrk"], num(rk["nilai"]) if v["nilai"] != "teks" else fmt_num(rk["nilai"]))
                tt = rk["tt"] if "tt" in rk else rk["ikis"][0].get("tt", rk["nilai"])
                L.merge(r0, pos["tt"], r0 + m - 1, pos["tt"], num(tt))
            if v["cat"]:
                L.merge(r0, pos["cat"], r0 + m - 1, pos["cat"], "Pertahankan; bukti dukung lengkap." if rk["nilai"] >= 100 else "Perlu percepatan pada triwulan awal; pendampingan oleh atasan.")
            tt_rows.append(r0)
            tt_rows.append(r + m - 1)
            r += m
    # nilai akhir
    lab_end = last - 1
    if v["jpt"] == "pkra" and jenis == "jpt":
        for lab, val in (("NILAI TERTIMBANG SASARAN PERJANJIAN KINERJA (60%)", res["pk"]), ("NILAI TERTIMBANG RENCANA AKSI (40%)", res["ra"]), ("NILAI KINERJA TAMBAHAN", res["kt"])):
            L.merge(r, 1, r, lab_end, lab, bold=True)
            L.set(r, last, num(val))
            r += 1
    akhir = res["skp"]
    if "akhir" in defects:
        akhir = akhir - Fr(1235, 100)
    h = 2 if v["gabung"] else 1
    L.merge(r, 1, r + h - 1, lab_end, "NILAI AKHIR SKP", bold=True)
    if v["nilai"] == "rumus" and "akhir" not in defects:
        rows = tt_rows
        cells["akhir"] = L.merge(r, last, r + h - 1, last, num(akhir), "0.00", formula=f"=MIN(ROUND(SUM({ref(rows[0], last)}:{ref(rows[-1], last)}),2),120)")
    else:
        cells["akhir"] = L.merge(r, last, r + h - 1, last, num(akhir) if v["nilai"] != "teks" else fmt_num(akhir))
    r += h
    if v["per"] and v["pred_di"] == "penilaian":
        w_skp = Fr(6, 10) if v["per"] == "rekan" else Fr(7, 10)
        for lab, val in (("NILAI PERILAKU KERJA", ctx["perilaku"]), (f"NILAI KINERJA PEGAWAI ({fmt_num(w_skp * 100)}% NILAI SKP + {fmt_num(100 - w_skp * 100)}% NILAI PERILAKU)", ctx["nk"])):
            L.merge(r, 1, r, lab_end, lab, bold=True)
            L.set(r, last, num(val))
            r += 1
        L.merge(r, 1, r, lab_end, "PREDIKAT KINERJA PEGAWAI", bold=True)
        cells["predikat"] = L.set(r, last, ctx["predikat"])
        r += 1
    L.widths.update({pos["rk"]: 36, pos["iki"]: 36})
    footer(L, r, n, ctx["kota"], f"12 Januari {TAHUN + 1}", peg, pen)
    return L, cells


def bound(i: dict) -> str:
    lo, hi = i["t_pen"]
    if i["kind"] == "rentang":
        return str(hi if i["r"] > hi else lo)
    return str(lo if i["r"] < lo else hi)


def _split(r: Fr) -> list[Fr]:
    x = int(r)
    q = x // 4
    return [Fr(q), Fr(q), Fr(q), Fr(x - 3 * q)]


def write_cap(L: Lembar, r: int, c: int, cap: Fr, style: str) -> str:
    if style == "bulat":
        return L.set(r, c, half_up(cap))
    if style == "angka1":
        return L.set(r, c, num(cap, 1))
    if style == "angka2":
        return L.set(r, c, num(cap, 2))
    if style == "teks":
        return L.set(r, c, f"{half_up(cap)} %")
    if style == "teks1":
        return L.set(r, c, f"{fmt_num(cap, 1)} %")
    if style == "pecahan":
        return L.set(r, c, num(cap / 100, 4), "0.0%")
    raise ValueError(style)


def perilaku_sheet(ctx: dict, v: dict) -> tuple[Lembar, dict]:
    L = Lembar("Perilaku")
    cells = {}
    L.merge(1, 1, 1, 4, "PENILAIAN PERILAKU KERJA", bold=True)
    L.merge(2, 1, 2, 4, f"{ctx['peg']['NAMA']} — {ctx['peg']['JABATAN']}")
    r = 4
    if v["per"] == "rekan":
        L.merge(r, 1, r, 4, "Perilaku kerja dinilai oleh atasan, rekan kerja dan bawahan (penilaian 360 derajat).")
        r += 2
    kata = v["per"] == "kata"
    heads = ["NO", "ASPEK PERILAKU", "PENILAIAN" if kata else "NILAI", "KETERANGAN" if kata else "KATEGORI"]
    for k, h in enumerate(heads):
        L.set(r, k + 1, h, bold=True)
    r += 1
    for k, (aspek, val) in enumerate(zip(bank.PERILAKU, ctx["perilaku_aspek"], strict=True)):
        L.set(r, 1, k + 1)
        L.set(r, 2, aspek)
        word = kat_nilai(Fr(val))
        if kata:
            L.set(r, 3, word)
            L.set(r, 4, "Sesuai pengamatan atasan")
        else:
            L.set(r, 3, val)
            L.set(r, 4, word)
        r += 1
    L.merge(r, 1, r, 2, "NILAI PERILAKU KERJA", bold=True)
    L.set(r, 3, num(ctx["perilaku"]))
    r += 2
    if v["pred_di"] == "perilaku":
        w_skp = Fr(6, 10) if v["per"] == "rekan" else Fr(7, 10)
        rows = [("NILAI AKHIR SKP", num(ctx["res"]["skp"])), ("NILAI PERILAKU KERJA", num(ctx["perilaku"])),
                (f"NILAI KINERJA PEGAWAI ({fmt_num(w_skp * 100)}% NILAI SKP + {fmt_num(100 - w_skp * 100)}% NILAI PERILAKU)", num(ctx["nk"]))]
        for lab, val in rows:
            L.merge(r, 1, r, 2, lab, bold=True)
            L.set(r, 3, val)
            r += 1
        L.merge(r, 1, r, 2, "PREDIKAT KINERJA PEGAWAI", bold=True)
        cells["predikat"] = L.set(r, 3, ctx["predikat"])
    L.widths.update({2: 40, 4: 24})
    return L, cells


def perilaku_values(v: dict, skp: Fr, rng: random.Random) -> list[int]:
    if v["per"] == "rekan":
        # 70/30 gives Baik, the agency's 60/40 (peers rate behaviour) gives Butuh Perbaikan
        for _ in range(500):
            vals = [rng.randint(62, 80) for _ in range(5)]
            p = Fr(sum(vals), 5)
            if Fr(7, 10) * skp + Fr(3, 10) * p >= Fr(905, 10) and Fr(6, 10) * skp + Fr(4, 10) * p <= Fr(895, 10):
                return vals
        raise RuntimeError("no 60/40 perilaku")
    lo, hi = {"baik": (96, 108), "sb": (112, 120), "cukup": (76, 86)}[v["skor"]]
    return [rng.randint(lo, hi) for _ in range(5)]


# ----------------------------------------------------------------------------------------------- files


def build_form(form: str, idx: int, label: str, over: dict, rng: random.Random, used: set, out: Path) -> dict:
    jenis, model = form.split("-")
    v = dict(D)
    v.update(over)
    v["jenis"] = jenis
    start = (idx * 5 + FORMS_ORDER.index(form)) % len(bank.AGENCIES)
    ag = bank.AGENCIES[start]
    if jenis != "jpt":
        for k in range(len(bank.AGENCIES)):
            cand = bank.AGENCIES[(start + k) % len(bank.AGENCIES)]
            kinds = {i[2] for rk in _pool(cand, model) for i in rk[1]}
            if set(v["need"]) <= kinds:
                ag = cand
                break
    for _ in range(200):
        plan = build_plan(form, v, ag, rng)
        ctx = {"plan": plan, "instansi": ag["instansi"], "kota": ag["kota"]}
        # victims for defects (an IKI the defect goes to), chosen before scoring
        ikis = [i for rk in plan["ku"] for i in rk["ikis"]]
        ok = [i for i in ikis if i["kind"] in ("naik",) and i["r"] != Fr(i["t"]) and not isinstance(i["t"], float)]
        victims = {}
        if len(ok) >= len(v["defects"]):
            for d, vi in zip(v["defects"], rng.sample(ok, len(v["defects"])), strict=True):
                victims[d] = vi
            if "target" in victims:
                t = victims["target"]
                t["t_pen"] = int(t["t"] * 0.8) if t["t"] >= 5 else t["t"] + 1
        ctx["victim"] = victims
        res = apply_scores(plan, v)
        if len(ok) < len(v["defects"]):
            continue
        if v["skor"] == "sb" and res["skp"] < 111:
            continue
        if v["skor"] == "cukup" and not (74 <= res["skp"] <= 86):
            continue
        if v["skor"] in ("baik", "rekan") and not (95 <= res["skp"] <= 108):
            continue
        break
    else:
        raise RuntimeError(f"no plan for {form} {label}")
    ctx["res"] = res
    # people
    jab = (ag["jpt"] if jenis == "jpt" else rng.choice(ag["jf"] if jenis == "jf" else ag["ja"]))
    gol = gol_for(jab, rng)
    peg = {"NAMA": make_name(rng, used), "NIP": make_nip(rng, 1972 if jenis == "jpt" else 1980, 1978 if jenis == "jpt" else 1994),
           "PANGKAT/GOL RUANG": pangkat(gol), "JABATAN": jab,
           "UNIT KERJA": ag["instansi"].title() if jenis == "jpt" else ag["unit"]}
    if jenis == "jpt":
        pj, pn = ag["penilai_jpt"]
        if pj.startswith("Sekretaris"):
            pen = {"NAMA": pn, "NIP": make_nip(rng, 1968, 1972), "PANGKAT/GOL RUANG": pangkat("IV/d"), "JABATAN": pj,
                   "UNIT KERJA": f"Sekretariat Daerah Kota {ag['kota']}"}
        else:
            pen = {"NAMA": pn, "NIP": "-", "PANGKAT/GOL RUANG": "-", "JABATAN": pj,
                   "UNIT KERJA": f"Pemerintah {'Kabupaten' if pj.startswith('Bupati') else 'Kota'} {ag['kota']}", "instansi": True}
    else:
        pen = {"NAMA": make_name(rng, used), "NIP": make_nip(rng, 1970, 1979), "PANGKAT/GOL RUANG": pangkat(rng.choice(["IV/a", "IV/b"])),
               "JABATAN": ag["atasan_jabatan"], "UNIT KERJA": ag["unit"].split(", ", 1)[1]}
    ctx.update(peg=peg, pen=pen)
    # perilaku and predikat
    if v["per"]:
        vals = perilaku_values(v, res["skp"], rng)
        ctx["perilaku_aspek"] = vals
        ctx["perilaku"] = Fr(sum(vals), 5)
        w = Fr(6, 10) if v["per"] == "rekan" else Fr(7, 10)
        nk = w * res["skp"] + (1 - w) * ctx["perilaku"]
        ctx["nk"] = nk
        pred = predikat_of(nk)
        spelled = {"baku": pred, "kapital": pred.upper(), "sb": "Sangat Baik" if nk >= 110 else pred,
                   "cukup": "Cukup" if pred == "Butuh Perbaikan" else pred, "bp": pred}[v["pred"]]
        if "predikat" in v["defects"]:
            spelled = "Kurang" if pred == "Baik" else "Sangat Baik"
        ctx["predikat"] = spelled
    skp_name = {"ja": "SKP", "jf": "SKP JF", "jpt": "SKP JPT"}[jenis]
    skp, _ = skp_sheet(skp_name, form, ctx)
    sheets = [skp]
    if jenis == "jpt":
        sheets.append(manual_sheet(ctx))
    if jenis == "jf":
        sheets.append(ak_sheet(ctx, rng))
    pen_sheet, pcells = penilaian_sheet(form, ctx, v, res)
    sheets.append(pen_sheet)
    if v["per"]:
        per_sheet, per_cells = perilaku_sheet(ctx, v)
        sheets.append(per_sheet)
        pcells.update({k: (per_sheet.title, c) for k, c in per_cells.items()})
    name = f"{form}-{idx:02d}-{label}.xlsx"
    path = out / name
    (write_xlsxwriter if v["w"] == "xlsxwriter" else write_openpyxl)(sheets, path)
    defects = []
    for d in v["defects"]:
        vi = victims.get(d)
        if d == "capaian":
            defects.append({"code": "capaian-tidak-sesuai", "sheet": pen_sheet.title, "cell": vi["pen_cap"]})
        elif d == "kategori":
            defects.append({"code": "capaian-tidak-sesuai", "sheet": pen_sheet.title, "cell": vi["pen_kat"]})
        elif d == "nilai":
            defects.append({"code": "capaian-tidak-sesuai", "sheet": pen_sheet.title, "cell": vi["pen_nilai"]})
        elif d == "realisasi":
            defects.append({"code": "realisasi-kosong", "sheet": pen_sheet.title, "cell": vi["pen_real"]})
        elif d == "target":
            defects.append({"code": "target-penilaian-berbeda", "sheet": pen_sheet.title, "cell": vi["pen_target"],
                            "alt_cells": [{"sheet": skp.title, "cell": vi["skp_target"]}]})
        elif d == "akhir":
            defects.append({"code": "capaian-tidak-sesuai", "sheet": pen_sheet.title, "cell": pcells["akhir"]})
        elif d == "predikat":
            where = pcells["predikat"]
            sheet, cell = where if isinstance(where, tuple) else (pen_sheet.title, where)
            defects.append({"code": "predikat-tidak-sesuai", "sheet": sheet, "cell": cell})
    layout = {k: v[k] for k in ("cap", "real", "kat", "niki", "nilai", "kt", "cat", "gabung", "per", "pred_di", "pred", "skor", "katcol", "tw")}
    layout["need"] = list(v["need"])
    if jenis == "jpt":
        layout["jpt"] = v["jpt"]
    layout["sheets"] = [s.title for s in sheets]
    return {"file": name, "form": form, "clean": not defects, "defects": defects, "jabatan": jab,
            "instansi": ag["instansi"], "writer": v["w"], "layout": layout}


def special_files(out: Path) -> list[dict]:
    files = []
    # Permen PANRB 6/2022 evaluation sent by mistake
    L = Lembar("Evaluasi Kinerja")
    rows = [
        ["EVALUASI KINERJA PEGAWAI"], ["PERIODE: TAHUNAN"], ["PENDEKATAN PENGUKURAN: KUANTITATIF"], [],
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA", ""],
        [1, "NAMA", "Rudi Hartanto, S.E.", 1, "NAMA", "Dra. Sri Mulyani Harahap"],
        [2, "NIP", "19880312 201101 1 004", 2, "NIP", "19720505 199803 2 002"],
        [3, "PANGKAT/GOL RUANG", "Penata, III/c", 3, "PANGKAT/GOL RUANG", "Pembina, IV/a"],
        [4, "JABATAN", "Analis Perencanaan", 4, "JABATAN", "Kepala Bidang Program"],
        [5, "UNIT KERJA", "Bappeda Kabupaten Padang Ilalang", 5, "UNIT KERJA", "Bappeda Kabupaten Padang Ilalang"], [],
        ["HASIL KERJA"],
        ["NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI BERDASARKAN BUKTI DUKUNG", "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"],
        ["A. UTAMA"],
        [1, "Meningkatnya kualitas perencanaan daerah", "Dokumen RKPD tersusun tepat waktu", "Kuantitas", "Jumlah dokumen RKPD", "1 dokumen", "1 dokumen", "Sesuai"],
        [], ["RATING HASIL KERJA", "", "SESUAI EKSPEKTASI"], [],
        ["PERILAKU KERJA"],
        [1, "Berorientasi Pelayanan", "Ekspektasi khusus pimpinan: responsif", "", "", "", "", "Sesuai ekspektasi"],
        [2, "Akuntabel", "", "", "", "", "", "Sesuai ekspektasi"],
        [], ["RATING PERILAKU KERJA", "", "SESUAI EKSPEKTASI"], ["PREDIKAT KINERJA PEGAWAI", "", "BAIK"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row, start=1):
            if val != "":
                L.set(r, c, val)
    write_xlsxwriter([L], out / "lain-permen6-2022-evaluasi-kinerja.xlsx")
    files.append({"file": "lain-permen6-2022-evaluasi-kinerja.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "format-lain", "sheet": None, "cell": None}], "writer": "xlsxwriter"})
    # a recap of results for a whole unit (not an SKP)
    L = Lembar("Rekap Nilai")
    L.merge(1, 1, 1, 8, f"REKAPITULASI NILAI KINERJA PEGAWAI TAHUN {TAHUN}")
    L.merge(2, 1, 2, 8, "INSPEKTORAT KABUPATEN PADANG ILALANG")
    for c, h in enumerate(["NO", "NAMA", "NIP", "JABATAN", "NILAI SKP", "NILAI PERILAKU", "NILAI KINERJA", "PREDIKAT"], start=1):
        L.set(4, c, h, bold=True)
    rng = random.Random(SEED + 7)
    used: set = set()
    for k in range(12):
        s, p = rng.randint(880, 1150) / 10, rng.randint(850, 1150) / 10
        nk = round(0.7 * s + 0.3 * p, 2)
        for c, val in enumerate([k + 1, make_name(rng, used), make_nip(rng, 1975, 1995), rng.choice(["Auditor Ahli Muda", "Auditor Ahli Pertama", "Kepala Subbagian Umum dan Kepegawaian"]), s, p, nk, predikat_of(Fr(nk).limit_denominator(1000))], start=1):
            L.set(5 + k, c, val)
    write_openpyxl([L], out / "rekap-nilai-kinerja-bukan-skp.xlsx")
    files.append({"file": "rekap-nilai-kinerja-bukan-skp.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "bukan-skp", "sheet": None, "cell": None}], "writer": "openpyxl"})
    # an unfilled SKP + Penilaian template
    A = Lembar("SKP")
    B = Lembar("Penilaian")
    for S, title, cols in ((A, "RENCANA SASARAN KINERJA PEGAWAI", ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"]),
                           (B, "PENILAIAN SASARAN KINERJA PEGAWAI", ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "KATEGORI CAPAIAN RK", "NILAI CAPAIAN RK", "NILAI TERTIMBANG"])):
        n = len(cols)
        header(S, n, title, "{{ instansi }}")
        blank = {lab: "{{ " + lab.split("/")[0].lower().replace(" ", "_") + " }}" for lab in FIELDS}
        identitas_sisi(S, 5, n, blank, {lab: "[isi]" for lab in FIELDS})
        for c, h in enumerate(cols, start=1):
            S.set(13, c, h, bold=True)
        S.merge(14, 1, 14, n, "A. KINERJA UTAMA", bold=True)
        S.set(15, 1, 1)
        for c in range(2, n + 1):
            S.set(15, c, "..........")
        S.merge(16, 1, 16, n, "B. KINERJA TAMBAHAN", bold=True)
    write_xlsxwriter([A, B], out / "templat-penilaian-belum-diisi.xlsx")
    files.append({"file": "templat-penilaian-belum-diisi.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "templat-belum-diisi", "sheet": None, "cell": None, "any_of": ["templat-belum-diisi", "bukan-skp"]}], "writer": "xlsxwriter"})
    # an empty workbook
    write_openpyxl([Lembar("Sheet1"), Lembar("Sheet2")], out / "buku-kerja-kosong.xlsx")
    files.append({"file": "buku-kerja-kosong.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "bukan-skp", "sheet": None, "cell": None, "any_of": ["bukan-skp", "templat-belum-diisi"]}], "writer": "openpyxl"})
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set evaluasi nyata_m (Penilaian SKP).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xls*"):
        old.unlink()
    rng = random.Random(SEED)
    used: set = set()
    files = []
    counters: dict = {}
    for form, label, over in FILES:
        counters[form] = counters.get(form, 0) + 1
        files.append(build_form(form, counters[form], label, over, rng, used, a.keluaran))
    files += special_files(a.keluaran)
    a.harapan.write_text(json.dumps({"set": "nyata_m", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
