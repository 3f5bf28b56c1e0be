"""Generator of the held-out set ``nyata_bt``: Rencana SKP 2027 and Penilaian SKP 2026 of RSUD Sekar Arum,
Kota Banyu Langit (fictional), received by its Subbagian Kepegawaian in January 2027. Deterministic (fixed
seed), openpyxl only.

Each workbook is first built as a content model (identity, RK, IKI, targets, kategori, cara memantau, butir
kegiatan, Manual IKI, and for a Penilaian workbook the realisasi and every score computed by SPEC §6); the
defects are then written into the model, and the model is laid out. Every cell written for a place of the
model is recorded under its key (sheet, field, part, RK, IKI), so the cell of every inserted defect is known
exactly.

Usage: ``python benchmarks/nyata_bt/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270121
RENCANA_TAHUN, PENILAIAN_TAHUN = 2027, 2026

# sheet key → name; ``nama_sheet_ragam`` takes one of the other schemes
SHEETS = {"skp": "SKP", "ak": "KETERKAITAN AK", "man": "MANUAL IKI", "pen": "PENILAIAN"}
SHEETS_RAGAM = [
    {"skp": "SKP {tahun}", "ak": "Lamp. AK", "man": "Lamp. Manual IKI", "pen": "Nilai SKP {tahun}"},
    {"skp": "Form SKP", "ak": "Form AK", "man": "Form Manual", "pen": "Form Penilaian"},
]

# form → (files, of which Penilaian 2026, clean files, clean Penilaian files)
FORMS = {
    "ja-dasar": (8, 3, 3, 1),
    "ja-pengembangan": (7, 2, 3, 1),
    "jf-dasar": (8, 3, 3, 1),
    "jf-pengembangan": (9, 3, 4, 1),
    "jpt-dasar": (6, 2, 3, 1),
    "jpt-pengembangan": (7, 2, 3, 1),
}

VARIATIONS = [
    "margin_dua",
    "kop_logo",
    "identitas_baris_lanjut",
    "nama_sheet_ragam",
    "nomor_rk_gaya",
    "kepala_dua_baris",
    "aspek_pp46",
    "kategori_tiga",
    "kategori_target_baik",
    "spasi_satuan",
    "tanggal_angka",
    "rk_alt_enter",
    "kolom_catatan_reviu",
    "cetak_rapi",
    "validasi_komentar",
]
EXCLUSIVE = [{"kategori_tiga", "kategori_target_baik"}]
# drawn first on the forms that have them (they apply to few forms only)
RARE = {"kepala_dua_baris", "kategori_tiga", "kategori_target_baik", "kolom_catatan_reviu"}

# defect code → (severity, group); one code per group in a file
DEFECTS = {
    "identitas-kosong": ("error", "ident"),
    "nip-tidak-valid": ("error", "ident"),
    "pangkat-tidak-dikenal": ("error", "ident"),
    "periode-tidak-valid": ("error", "ident"),
    "penilai-sama-dengan-pegawai": ("error", "ident"),
    "jenjang-golongan-tidak-sesuai": ("peringatan", "ident"),
    "kinerja-utama-kosong": ("error", "struktur"),
    "rk-tanpa-iki": ("error", "struktur"),
    "rk-berbasis-aktivitas": ("peringatan", "rk"),
    "rk-ganda": ("peringatan", "rk"),
    "rk-atasan-kosong": ("error", "atasan"),
    "judul-tidak-dikenali": ("peringatan", "atasan"),
    "iki-tanpa-target": ("error", "target"),
    "target-tidak-terukur": ("error", "target"),
    "target-rentang-terbalik": ("error", "target"),
    "target-tanpa-satuan": ("peringatan", "target"),
    "target-absolut": ("peringatan", "target"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "target"),
    "aspek-tidak-valid": ("error", "aspek"),
    "aspek-ganda": ("peringatan", "aspek"),
    "kategori-penilaian-kosong": ("error", "kategori"),
    "kategori-tidak-berurutan": ("error", "kategori"),
    "kategori-tidak-membedakan": ("error", "kategori"),
    "cara-memantau-kosong": ("error", "cara"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
    "manual-iki-kosong": ("error", "manual"),
    "perspektif-tidak-valid": ("error", "persp"),
    "perspektif-tidak-lengkap": ("peringatan", "persp"),
    "capaian-tidak-sesuai": ("error", "penilaian"),
    "predikat-tidak-sesuai": ("error", "penilaian"),
    "realisasi-kosong": ("error", "penilaian"),
    "target-penilaian-berbeda": ("error", "penilaian"),
}
PENILAIAN_CODES = [
    "capaian-tidak-sesuai",
    "predikat-tidak-sesuai",
    "realisasi-kosong",
    "target-penilaian-berbeda",
]
# these reshape the plan: only an identity defect goes with them
SOLO = {"kinerja-utama-kosong", "rk-tanpa-iki"}
# an empty or unknown aspek leaves the IKI's direction open: no kategori defect beside it
NOT_TOGETHER = [
    {"aspek-tidak-valid", "kategori-tidak-berurutan"},
    {"aspek-tidak-valid", "kategori-tidak-membedakan"},
]
WITHOUT_CELL = {"keterkaitan-ak-hilang", "perspektif-tidak-lengkap", "kinerja-utama-kosong"}

# JF jenjang → golongan range (SPEC §5)
JENJANG = {
    "Terampil": ("II/b", "II/d"),
    "Mahir": ("III/a", "III/b"),
    "Penyelia": ("III/c", "III/d"),
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/c"),
}


def ident_defects(jenis: str) -> list[str]:
    out = ["identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal", "periode-tidak-valid"]
    if jenis != "jpt":
        out.append("penilai-sama-dengan-pegawai")
    if jenis == "jf":
        out.append("jenjang-golongan-tidak-sesuai")
    return out


def applicable_defects(form: str, var: set[str]) -> list[str]:
    """Defects of a Rencana workbook."""
    jenis, model = form.split("-")
    out = ident_defects(jenis) + ["rk-tanpa-iki", "rk-berbasis-aktivitas", "rk-ganda"]
    if jenis == "ja":
        out.append("kinerja-utama-kosong")
    if jenis != "jpt":
        out += ["rk-atasan-kosong", "judul-tidak-dikenali", "aspek-tidak-valid", "aspek-ganda"]
    if model == "dasar" or jenis == "jpt":
        out += ["iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik", "target-tanpa-satuan"]
        if jenis != "jpt":
            out += ["target-absolut", "satuan-tidak-sesuai-aspek"]
    if model == "pengembangan" and jenis != "jpt":
        out += ["kategori-tidak-berurutan", "kategori-tidak-membedakan", "cara-memantau-kosong"]
        if "kategori_target_baik" not in var:
            out.append("kategori-penilaian-kosong")
    if jenis == "jf":
        out += ["keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]
    if jenis == "jpt":
        out.append("manual-iki-kosong")
    if form == "jpt-pengembangan":
        out += ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
    return out


def penilaian_defects(form: str) -> tuple[list[str], list[str]]:
    """(Penilaian defects, plan defects that leave the Penilaian as computed) of a Penilaian workbook."""
    jenis, model = form.split("-")
    pen = PENILAIAN_CODES[:3] + (["target-penilaian-berbeda"] if (model == "dasar" or jenis == "jpt") else [])
    plan = ident_defects(jenis)
    if jenis == "jf":
        plan += ["keterkaitan-ak-hilang", "angka-kredit-tidak-valid"]
    if jenis == "jpt":
        plan.append("manual-iki-kosong")
    return pen, plan


def applicable_variations(form: str, kind: str) -> list[str]:
    jenis, model = form.split("-")
    out = [
        "margin_dua",
        "kop_logo",
        "identitas_baris_lanjut",
        "nama_sheet_ragam",
        "nomor_rk_gaya",
        "spasi_satuan",
        "tanggal_angka",
        "rk_alt_enter",
        "cetak_rapi",
        "validasi_komentar",
    ]
    if jenis != "jpt":
        out.append("aspek_pp46")
        if model == "pengembangan":
            out += ["kepala_dua_baris", "kategori_tiga", "kategori_target_baik"]
    if kind == "rencana":
        out.append("kolom_catatan_reviu")
    return out


# ----------------------------------------------------------------------------- numbers and text

NBSP = "\u00a0"
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


def num(v: float | int) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    if isinstance(v, float) and not v.is_integer():
        whole, frac = f"{v:.3f}".rstrip("0").split(".")
        sign = "-" if v < 0 else ""
        return sign + f"{abs(int(whole)):,}".replace(",", ".") + "," + frac
    return f"{int(v):,}".replace(",", ".")


def with_unit(v: float | int, sat: str, gaya: str | None) -> str:
    """A number with its satuan; ``gaya`` (variation spasi_satuan): ``nbsp`` joins them with a non-breaking
    space, ``rapat`` glues ``%`` and ``Rp`` to the number."""
    sp = NBSP if gaya == "nbsp" else " "
    if sat == "%":
        return f"{num(v)}%" if gaya == "rapat" else f"{num(v)}{sp}%"
    if sat == "Rp":
        return f"Rp{num(v)}" if gaya == "rapat" else f"Rp{sp}{num(v)}"
    return f"{num(v)}{sp}{sat}"


def range_text(lo: float | int, hi: float | int, sat: str, gaya: str | None) -> str:
    if lo == hi:
        return with_unit(lo, sat, gaya)
    if sat == "Rp":
        return f"{with_unit(lo, sat, gaya)} - {with_unit(hi, sat, gaya)}"
    return f"{num(lo)} - {with_unit(hi, sat, gaya)}"


def tanggal(d: int, mth: int, y: int, var: set[str]) -> str:
    if "tanggal_angka" in var:
        return f"{d:02d}-{mth:02d}-{y}"
    return f"{d} {BULAN[mth - 1]} {y}"


def periode_text(d1: tuple[int, int, int], d2: tuple[int, int, int], var: set[str]) -> str:
    if "tanggal_angka" in var:
        return f"PERIODE PENILAIAN: {tanggal(*d1, var)} SD {tanggal(*d2, var)}"
    a = f"{d1[0]} {BULAN[d1[1] - 1].upper()}"
    b = f"{d2[0]} {BULAN[d2[1] - 1].upper()}"
    if d1[2] == d2[2]:
        return f"PERIODE PENILAIAN: {a} SD {b} {d2[2]}"
    return f"PERIODE PENILAIAN: {a} {d1[2]} SD {b} {d2[2]}"


def alt_enter(text: str) -> str:
    """The text broken by Alt+Enter near its middle (variation rk_alt_enter)."""
    words = text.split(" ")
    if len(words) < 5:
        return text
    half = len(text) / 2
    best, pos = None, 0
    for i in range(2, len(words) - 1):
        at = len(" ".join(words[:i]))
        if best is None or abs(at - half) < best:
            best, pos = abs(at - half), i
    return " ".join(words[:pos]) + "\n" + " ".join(words[pos:])


def q2(x: Fraction | Decimal) -> Decimal:
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator)
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------- SPEC §6 scoring


def capaian_raw(r: float | int, t: float | int, lower: bool) -> Fraction:
    f = Fraction(str(r)) / Fraction(str(t))
    return (2 - f) * 100 if lower else f * 100


def half_up(x: Fraction) -> int:
    return math.floor(x + Fraction(1, 2))


def band(cap: int) -> str:
    if cap > 100:
        return "Sangat Baik"
    if cap == 100:
        return "Baik"
    if cap >= 80:
        return "Cukup"
    if cap >= 60:
        return "Kurang"
    return "Sangat Kurang"


def nilai(cap: int) -> Fraction:
    if cap > 110:
        return Fraction(120)
    if cap >= 101:
        return 110 + Fraction(10, 9) * (cap - 101)
    if cap == 100:
        return Fraction(109)
    if cap >= 80:
        return 70 + Fraction(19, 19) * (cap - 80)
    if cap >= 60:
        return 50 + Fraction(19, 19) * (cap - 60)
    return Fraction(cap, 59) * 49


def predikat(nk: Decimal, ide: str | None) -> str:
    if nk >= 110:
        return "Sangat Baik" if ide == "Ya" else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


# profile → (band of each RK in turn, nilai perilaku, ide baru when nilai kinerja ≥ 110)
PROFILES = {
    "unggul_ide": (["sb"], 115, "Ya"),
    "unggul": (["sb"], 112, "Tidak"),
    "baik_sb": (["baik", "sb"], 98, None),
    "campur": (["sb", "cukup"], 96, None),
    "perbaikan": (["cukup"], 83, None),
    "tepat": (["baik"], 94, None),
}


def step_of(iki: dict) -> Fraction:
    t, sat = iki["value"], iki["satuan"]
    if sat == "Rp":
        return Fraction(1_000_000)
    if isinstance(t, float) or (iki["lower"] and t <= 30):
        return Fraction(1, 10)
    return Fraction(1)


def realisasi_candidates(iki: dict, band_key: str, cap_max: int = 115) -> list[float | int]:
    t, lower, sat = iki["value"], iki["lower"], iki["satuan"]
    if band_key == "baik":
        return [t]
    step = step_of(iki)
    tf = Fraction(str(t))
    lo, hi = math.ceil(tf * Fraction(6, 10) / step), math.floor(tf * Fraction(15, 10) / step)
    out: list[float | int] = []
    for i in range(max(lo, 1), hi + 1):
        rv = i * step
        if rv == tf or (sat == "%" and rv > 100):
            continue
        r: float | int = int(rv) if rv.denominator == 1 else float(rv)
        raw = capaian_raw(r, t, lower)
        frac = raw - math.floor(raw)
        if raw <= 111 and abs(frac - Fraction(1, 2)) < Fraction(1, 20):
            continue  # both roundings of the capaian must give the same kategori and nilai
        cap = half_up(raw)
        if band_key == "sb" and not 101 <= cap <= cap_max:
            continue
        if band_key == "cukup" and not 82 <= cap <= 97:
            continue
        out.append(r)
    return out


def score(m: dict[str, Any], profile: str, rng: random.Random) -> dict[str, Any] | None:
    """Realisasi and every score of the Penilaian, computed by SPEC §6 (the truth of a clean workbook)."""
    bands, perilaku, ide_hi = PROFILES[profile]
    for _attempt in range(500):
        rows: dict[tuple[int, int], dict[str, Any]] = {}
        rk_out: dict[int, dict[str, Any]] = {}
        for n, rk in enumerate(m["rks"]):
            want = bands[n % len(bands)]
            cands = [realisasi_candidates(i, want) or realisasi_candidates(i, want, 150) for i in rk["ikis"]]
            if not all(cands):
                cands = [realisasi_candidates(i, "baik") for i in rk["ikis"]]
            exact = []
            for k, iki in enumerate(rk["ikis"]):
                r = rng.choice(cands[k])
                cap = half_up(capaian_raw(r, iki["value"], iki["lower"]))
                rows[(n, k)] = {"real": r, "cap": cap, "kat": band(cap), "nil": q2(nilai(cap))}
                exact.append(nilai(cap))
            kats = {rows[(n, k)]["kat"] for k in range(len(rk["ikis"]))}
            mean_exact = sum(exact) / len(exact)
            mean_written = sum(Fraction(rows[(n, k)]["nil"]) for k in range(len(exact))) / len(exact)
            rk_out[n] = {
                "nil": q2(mean_exact),
                "exact": mean_exact,
                "kat": kats.pop() if len(kats) == 1 else None,
                "stable": q2(mean_exact) == q2(mean_written),
            }
        if any(v["kat"] is None or not v["stable"] for v in rk_out.values()):
            continue
        # every number comes out the same whether computed from the exact values or from the written
        # (rounded) ones, so that no reading of the sheet finds a difference of 0,01
        nrk = len(rk_out)
        for v in rk_out.values():
            v["tert"] = q2(v["exact"] / nrk)
        if any(v["tert"] != q2(Fraction(v["nil"]) / nrk) for v in rk_out.values()):
            continue
        akhir_exact = sum(v["exact"] for v in rk_out.values()) / nrk
        akhir = q2(akhir_exact)
        if akhir != q2(sum(Fraction(v["nil"]) for v in rk_out.values()) / nrk):
            continue
        if sum(v["tert"] for v in rk_out.values()) != akhir:
            continue
        nk = q2(Fraction(7, 10) * akhir_exact + Fraction(3, 10) * perilaku)
        if nk != q2(Fraction(7, 10) * Fraction(akhir) + Fraction(3, 10) * perilaku):
            continue
        if any(abs(nk - b) < Decimal("0.6") for b in (50, 70, 90, 110)):
            continue
        if ide_hi and nk < 110:
            continue
        break
    else:
        return None
    ide = (ide_hi or "Tidak") if nk >= 110 else ("Tidak" if rng.random() < 0.3 else None)
    return {
        "profile": profile,
        "rows": rows,
        "rk": rk_out,
        "akhir": akhir,
        "perilaku": Decimal(perilaku),
        "nk": nk,
        "ide": ide,
        "predikat": predikat(nk, ide),
    }


# ----------------------------------------------------------------------------- people and model


def nip_of(rng: random.Random, senior: bool) -> str:
    y = rng.randint(1968, 1978) if senior else rng.randint(1980, 1997)
    mth, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = max(min(y + rng.randint(23, 29), 2024), y + 21)
    tm = rng.choice([1, 2, 3, 4, 6, 12])
    return f"{y}{mth:02d}{d:02d} {ty}{tm:02d} {rng.choice('12')} {rng.randint(1, 60):03d}"


def people(rng: random.Random) -> dict[str, dict[str, Any]]:
    """One person per role, the same in every workbook (revisions and two years of one hospital)."""
    out: dict[str, dict[str, Any]] = {}
    everyone = {**bank.ROLES, **bank.JPT, **bank.PENILAI_SAJA}
    used = set()
    for key in sorted(everyone):
        role = everyone[key]
        pre, suf = role["gelar"]
        while True:
            base = f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}"
            if base not in used:
                used.add(base)
                break
        name = (f"{pre} " if pre else "") + base + (f", {suf}" if suf else "")
        gol = rng.choice(role["golongan"])
        out[key] = {
            "nama": name,
            "nip": nip_of(rng, gol.startswith("IV")),
            "nip_angka": False,
            "gol": gol,
            "pangkat": bank.PANGKAT[gol],
            "jabatan": role["jabatan"],
            "unit": bank.UNIT[role["unit"]],
            "unit_lanjut": bank.UNIT_LANJUT,
        }
    out["walikota"] = dict(bank.WALI_KOTA, pangkat="-", nip_angka=False, unit_lanjut=None)
    return out


KAT_KEYS = {"lima": ["sk", "k", "c", "b", "sb"], "tiga": ["c", "b", "sb"], "tb": ["c", "sb"]}


def kategori(iki: dict, levels: str, gaya: str | None) -> dict[str, Any]:
    """Kategori penilaian (SPEC §3.3): BAIK holds the target; five levels, three (CUKUP, BAIK, SANGAT BAIK)
    or CUKUP and SANGAT BAIK beside a ``TARGET/BAIK`` column."""
    t, sat, lower = iki["value"], iki["satuan"], iki["lower"]

    def wu(v: float | int) -> str:
        return with_unit(v, sat, gaya)

    if levels in ("tiga", "tb"):
        out = {"c": f"> {wu(t)}" if lower else f"< {wu(t)}", "sb": f"< {wu(t)}" if lower else f"> {wu(t)}"}
        if levels == "tiga":
            out["b"] = iki["target"]
        return out
    if lower:
        step = 10_000_000 if sat == "Rp" else 1
        c_hi = max(t + step, math.ceil(1.25 * t / step) * step)
        k_hi = max(c_hi + step, math.ceil(1.5 * t / step) * step)
        return {
            "sk": f"> {wu(k_hi)}",
            "k": range_text(c_hi + step, k_hi, sat, gaya),
            "c": range_text(t + step, c_hi, sat, gaya),
            "b": iki["target"],
            "sb": f"< {wu(t)}",
        }
    p75 = min(t - 1, math.floor(0.75 * t))
    p50 = min(p75 - 1, math.floor(0.5 * t))
    assert p50 >= 1, iki
    return {
        "sk": f"< {wu(p50)}",
        "k": range_text(p50, p75 - 1, sat, gaya),
        "c": range_text(p75, t - 1, sat, gaya),
        "b": iki["target"],
        "sb": f"> {wu(t)}",
    }


def aspek_text(aspek: str, sat: str, var: set[str]) -> str:
    if "aspek_pp46" not in var:
        return aspek
    if aspek == "Waktu" and sat == "bulan":
        return bank.ASPEK_PP46_BULAN
    return bank.ASPEK_PP46[aspek]


def mk_iki(raw: tuple, m: dict) -> dict[str, Any]:
    aspek, text, value, sat = raw
    iki: dict[str, Any] = {
        "aspek": aspek,
        "aspek_text": aspek_text(aspek, sat, m["var"]) if aspek else None,
        "iki": text,
        "value": value,
        "satuan": sat,
        "lower": aspek in ("Waktu", "Biaya"),
        "target": with_unit(value, sat, m["gaya"]),
    }
    if aspek is not None and m["model"] == "pengembangan":
        iki["kat"] = kategori(iki, m["levels"], m["gaya"])
    else:
        iki["kat"] = {}
    return iki


def build_model(form: str, kind: str, role_key: str, var: set[str], rng: random.Random, folk: dict) -> dict:
    jenis, model = form.split("-")
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "role": role_key,
        "kind": kind,
        "var": var,
    }
    m["tahun"] = RENCANA_TAHUN if kind == "rencana" else PENILAIAN_TAHUN
    m["periode"] = periode_text((1, 1, m["tahun"]), (31, 12, m["tahun"]), var)
    m["pegawai"] = copy.deepcopy(folk[role_key])
    m["levels"] = "tiga" if "kategori_tiga" in var else "tb" if "kategori_target_baik" in var else "lima"
    m["gaya"] = rng.choice(["nbsp", "rapat"]) if "spasi_satuan" in var else None
    m["nomor"] = rng.choice(["titik", "romawi", "kurung"]) if "nomor_rk_gaya" in var else None
    brk = alt_enter if "rk_alt_enter" in var else (lambda s: s)
    if jenis == "jpt":
        role = bank.JPT[role_key]
        m["penilai"] = copy.deepcopy(folk["walikota"])
        m["rks"] = [
            {
                "persp": bank.PERSPEKTIF[rk["persp"]],
                "persp_key": rk["persp"],
                "rk": brk(rk["rk"]),
                "atasan": None,
                "ikis": [mk_iki((None, *rk["iki"]), m)],
                "manual": dict(rk),
                "cara": [None, None, None],
                "butir": [],
            }
            for rk in role["rks"]
        ]
        m["rk_aktivitas"] = brk(rng.choice(role["rk_aktivitas"]))
    else:
        role = bank.ROLES[role_key]
        if role.get("tanpa_ahli") and rng.random() < 0.4:
            m["pegawai"]["jabatan"] = role["tanpa_ahli"]
        m["penilai"] = copy.deepcopy(folk[role["penilai"]])
        m["rks"] = [
            {
                "rk": brk(rk["rk"]),
                "atasan": brk(rk["atasan"]),
                "aktivitas": brk(rk["aktivitas"]),
                "ikis": [mk_iki(i, m) for i in rk["ikis"]],
                "cara": list(rk["cara"]),
                "butir": [list(b) for b in rk["butir"]],
            }
            for rk in role["rks"]
        ]
    m["tambahan"] = []
    m["ak_sheet"] = jenis == "jf"
    m["judul_atasan"] = None
    return m


# ----------------------------------------------------------------------------- defects into the model


def apply_defect(m: dict[str, Any], code: str, sub: Counter) -> None:
    """Change the model; ``m['marks'][code]`` names the model places (cell keys) of the defect."""
    rks, marks, var = m["rks"], m["marks"], m["var"]
    jpt = m["jenis"] == "jpt"
    n_sub = sub[code]
    sub[code] += 1
    if code == "identitas-kosong":
        who = "pegawai" if jpt else "penilai"
        m[who]["pangkat"] = None
        marks[code] = {"ident": (who, "gol")}
    elif code == "nip-tidak-valid":
        p = m["pegawai"]["nip"]
        kind = n_sub % 3
        if kind == 0:
            m["pegawai"]["nip"] = p[:4] + "0230" + p[8:]  # 30 February does not exist
        elif kind == 1:
            m["pegawai"]["nip"] = p[:13] + "00" + p[15:]  # TMT month 00
        else:
            m["pegawai"]["nip_angka"] = True  # typed as a number: Excel keeps 15 digits
        marks[code] = {"ident": ("pegawai", "nip")}
    elif code == "pangkat-tidak-dikenal":
        gol = m["pegawai"]["gol"]
        if n_sub % 2 == 0:
            m["pegawai"]["pangkat"] = bank.PANGKAT[bank.GOLONGAN[bank.GOLONGAN.index(gol) - 1]]
        else:
            m["pegawai"]["gol"] = gol[:-1] + "f"  # golongan ruang f does not exist
        marks[code] = {"ident": ("pegawai", "gol")}
    elif code == "jenjang-golongan-tidak-sesuai":
        top = JENJANG[bank.ROLES[m["role"]]["jenjang"]][-1]
        gol = bank.GOLONGAN[bank.GOLONGAN.index(top) + 1]
        m["pegawai"]["gol"], m["pegawai"]["pangkat"] = gol, bank.PANGKAT[gol]
        marks[code] = {"ident": ("pegawai", "gol"), "alt": [("skp", "ident", "pegawai", "jabatan")]}
    elif code == "periode-tidak-valid":
        t = m["tahun"]
        m["periode"] = [
            periode_text((1, 7, t), (30, 6, t + 1), var),
            periode_text((31, 12, t), (1, 1, t), var),
        ][n_sub % 2]
        marks[code] = {"periode": True}
    elif code == "penilai-sama-dengan-pegawai":
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        marks[code] = {"ident": ("penilai", "nip"), "nip_both": True}
    elif code == "kinerja-utama-kosong":
        m["tambahan"] = rks + m["tambahan"]
        m["rks"] = []
        marks[code] = {"key": None}
    elif code == "rk-tanpa-iki":
        rks[1]["ikis"] = []
        rks[1].pop("manual", None)
        marks[code] = {"key": ("skp", "rk", "u", 1), "alt": [("skp", "iki", "u", 1, 0)]}
    elif code == "rk-berbasis-aktivitas":
        rks[0]["rk"] = m["rk_aktivitas"] if jpt else rks[0]["aktivitas"]
        marks[code] = {"key": ("skp", "rk", "u", 0), "boleh_sheets": ["ak", "man"]}
    elif code == "rk-ganda":
        m["tambahan"].append(copy.deepcopy(m["rks0"][1]))
        j = len(m["tambahan"]) - 1
        marks[code] = {"key": ("skp", "rk", "t", j), "alt": [("skp", "rk", "u", 1)]}
    elif code == "rk-atasan-kosong":
        rks[1]["atasan"] = None
        marks[code] = {"key": ("skp", "atasan", "u", 1), "alt": [("skp", "rk", "u", 1)]}
    elif code == "judul-tidak-dikenali":
        m["judul_atasan"] = bank.JUDUL_TAK_DIKENAL[n_sub % len(bank.JUDUL_TAK_DIKENAL)]
        marks[code] = {"key": ("skp", "hdr", "atasan")}
    elif code in ("iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik"):
        iki = rks[1]["ikis"][0]
        if code == "iki-tanpa-target":
            iki["target"] = None
        elif code == "target-tidak-terukur":
            iki["target"] = "sesuai target Renstra RSUD" if jpt else "menyesuaikan jumlah kunjungan pasien"
        else:
            v = iki["value"]
            lo = math.floor(v * 0.8)
            iki["target"] = f"{num(v)} - {with_unit(lo, iki['satuan'], m['gaya'])}"
        marks[code] = {"key": ("skp", "target", "u", 1, 0), "alt": [("skp", "iki", "u", 1, 0)]}
    elif code == "target-tanpa-satuan":
        n = bank.JPT[m["role"]]["jumlah_rk"] if jpt else 1
        iki = rks[n]["ikis"][0]
        assert iki["iki"].startswith("Jumlah") and iki["satuan"] not in ("%", "Rp"), iki
        iki["target"] = num(iki["value"]) if n_sub % 2 else iki["value"]
        marks[code] = {"key": ("skp", "target", "u", n, 0), "alt": [("skp", "iki", "u", n, 0)]}
    elif code == "target-absolut":
        k = next(k for k, i in enumerate(rks[0]["ikis"]) if i["aspek"] == "Kualitas")
        iki = rks[0]["ikis"][k]
        iki["target"] = ["100 % untuk semua pasien", "selalu 100 %"][n_sub % 2]
        marks[code] = {"key": ("skp", "target", "u", 0, k), "alt": [("skp", "iki", "u", 0, k)]}
    elif code == "satuan-tidak-sesuai-aspek":
        k = next(k for k, i in enumerate(rks[0]["ikis"]) if i["aspek"] == "Waktu")
        rks[0]["ikis"][k]["target"] = ["12 laporan", "4 dokumen"][n_sub % 2]
        alt = [("skp", "iki", "u", 0, k), ("skp", "aspek", "u", 0, k)]
        marks[code] = {"key": ("skp", "target", "u", 0, k), "alt": alt}
    elif code == "aspek-tidak-valid":
        rks[1]["ikis"][0]["aspek_text"] = ["Manfaat", None][n_sub % 2]
        marks[code] = {"key": ("skp", "aspek", "u", 1, 0), "alt": [("skp", "iki", "u", 1, 0)]}
    elif code == "aspek-ganda":
        rks[1]["ikis"][1]["aspek_text"] = rks[1]["ikis"][0]["aspek_text"]
        marks[code] = {"key": ("skp", "aspek", "u", 1, 1), "alt": [("skp", "iki", "u", 1, 1)]}
    elif code == "kategori-penilaian-kosong":
        kat = rks[1]["ikis"][0]["kat"]
        for key in kat:
            kat[key] = None
        alt = [("skp", key, "u", 1, 0) for key in ("sk", "k", "c", "sb", "iki", "target")]
        marks[code] = {"key": ("skp", "b", "u", 1, 0), "alt": alt}
    elif code == "kategori-tidak-berurutan":
        kat = rks[1]["ikis"][0]["kat"]
        other = "k" if "k" in kat else "sb"
        kat["c"], kat[other] = kat[other], kat["c"]
        alt = [("skp", key, "u", 1, 0) for key in ("k", "sb", "b", "target", "iki")]
        marks[code] = {"key": ("skp", "c", "u", 1, 0), "alt": alt, "boleh_row": "kategori-tidak-membedakan"}
    elif code == "kategori-tidak-membedakan":
        iki = rks[0]["ikis"][0]
        iki["kat"]["sb"] = iki["target"]
        alt = [("skp", key, "u", 0, 0) for key in ("b", "target", "iki")]
        marks[code] = {"key": ("skp", "sb", "u", 0, 0), "alt": alt, "boleh_row": "kategori-tidak-berurutan"}
    elif code == "cara-memantau-kosong":
        rks[1]["cara"][1] = None
        alt = [("skp", "rk", "u", 1), ("skp", "data", "u", 1), ("skp", "waktu", "u", 1)]
        marks[code] = {"key": ("skp", "sumber", "u", 1), "alt": alt}
    elif code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        marks[code] = {"key": None}
    elif code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        marks[code] = {"key": ("skp", "rk", "u", 1)}
    elif code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = ["0", "nol koma lima", "-0,005"][n_sub % 3]
        marks[code] = {"key": ("ak", "ak", "u", 0, 0)}
    elif code == "manual-iki-kosong":
        rks[1]["manual"]["formula" if n_sub % 2 else "tujuan"] = None
        field = "formula" if n_sub % 2 else "tujuan"
        marks[code] = {
            "key": ("man", field, "u", 1),
            "alt": [("skp", "iki", "u", 1, 0), ("man", "iki", "u", 1)],
        }
    elif code == "perspektif-tidak-valid":
        rks[2]["persp"] = "Kebijakan Strategis"
        marks[code] = {"key": ("skp", "persp", "u", 2), "alt": [("skp", "rk", "u", 2)]}
    elif code == "perspektif-tidak-lengkap":
        m["rks"] = [rk for rk in rks if rk["persp_key"] != "ag"]
        marks[code] = {"key": None}
    elif code in PENILAIAN_CODES:
        apply_penilaian_defect(m, code, n_sub)
    else:
        raise ValueError(code)


def apply_penilaian_defect(m: dict[str, Any], code: str, n_sub: int) -> None:
    pen, marks, jpt = m["pen"], m["marks"], m["jenis"] == "jpt"
    rows, truth = pen["rows"], m["pen_truth"]
    ikis = {(n, k): iki for n, rk in enumerate(m["rks"]) for k, iki in enumerate(rk["ikis"])}

    def row_alt(n: int, k: int, skip: str) -> list[tuple]:
        return [("pen", key, "u", n, k) for key in ("p_cap", "p_kat", "p_nil") if key != skip]

    if code == "capaian-tidak-sesuai":
        kinds = ["cap", "kat", "nil"] if jpt else ["cap", "nilrk", "kat", "nil"]
        kind = kinds[n_sub % len(kinds)]
        if kind == "nilrk":
            for n, rk in enumerate(m["rks"]):
                vals = [rows[(n, k)]["nil"] for k in range(len(rk["ikis"]))]
                if len(set(vals)) > 1:
                    pen["rk"][n]["nil"] = max(vals)
                    marks[code] = {"key": ("pen", "p_nilrk", "u", n), "alt": [("pen", "p_tert", "u", n)]}
                    return
            kind = "nil"
        if kind == "nil":
            for (n, k), row in sorted(rows.items()):
                if Decimal(row["cap"]) != row["nil"]:
                    row["nil"] = Decimal(row["cap"]).quantize(Decimal("0.01"))
                    marks[code] = {"key": ("pen", "p_nil", "u", n, k), "alt": row_alt(n, k, "p_nil")}
                    return
            kind = "cap"
        if kind == "cap":
            for n, k in sorted(rows, key=lambda nk: (not ikis[nk]["lower"], nk)):
                iki, row = ikis[(n, k)], rows[(n, k)]
                if row["real"] == iki["value"]:
                    continue
                r, t = Fraction(str(row["real"])), Fraction(str(iki["value"]))
                wrong = half_up(r / t * 100) if iki["lower"] else half_up(t / r * 100)
                if abs(wrong - row["cap"]) < 2:
                    wrong = row["cap"] + 7
                row["cap"] = wrong
                marks[code] = {"key": ("pen", "p_cap", "u", n, k), "alt": row_alt(n, k, "p_cap")}
                return
        for (n, k), row in sorted(rows.items()):
            wrong = {"Sangat Baik": "Baik", "Cukup": "Baik", "Baik": "Cukup"}.get(row["kat"])
            if wrong:
                row["kat"] = wrong
                marks[code] = {"key": ("pen", "p_kat", "u", n, k), "alt": row_alt(n, k, "p_kat")}
                return
        raise RuntimeError("no kategori to spoil")
    if code == "predikat-tidak-sesuai":
        nk, ide = pen["nk"], pen["ide"]
        if nk >= 110:
            pen["predikat"] = "Baik" if ide == "Ya" else "Sangat Baik"
        elif nk >= 90:
            pen["predikat"] = "Butuh Perbaikan" if n_sub % 2 else "Sangat Baik"
        else:
            pen["predikat"] = "Baik"
        assert pen["predikat"] != truth["predikat"]
        marks[code] = {"key": ("pen", "total", "predikat"), "alt": [("pen", "total", "nk")]}
        return
    if code == "realisasi-kosong":
        n = 1 if jpt else next(n for n, rk in enumerate(m["rks"]) if len(rk["ikis"]) >= 2)
        k = len(m["rks"][n]["ikis"]) - 1
        row = rows[(n, k)]
        for key in ("real", "cap", "kat", "nil"):
            row[key] = "-" if n_sub % 2 == 0 else None
        if jpt:
            pen["rk"][n] = {"nil": None, "kat": None, "tert": None}
        else:
            vals = [rows[(n, j)]["nil"] for j in range(len(m["rks"][n]["ikis"])) if j != k]
            pen["rk"][n]["nil"] = q2(sum(vals) / len(vals))
        filled = [v for v in pen["rk"].values() if isinstance(v["nil"], Decimal)]
        for v in filled:
            v["tert"] = q2(v["nil"] / len(filled))
        pen["akhir"] = q2(sum(v["nil"] for v in filled) / len(filled))
        pen["nk"] = q2(Decimal("0.7") * pen["akhir"] + Decimal("0.3") * pen["perilaku"])
        pen["predikat"] = predikat(pen["nk"], pen["ide"])
        alt = [("pen", key, "u", n, k) for key in ("p_cap", "p_kat", "p_nil")]
        marks[code] = {"key": ("pen", "p_real", "u", n, k), "alt": alt, "boleh_pen": True}
        return
    if code == "target-penilaian-berbeda":
        n, k = next(
            nk
            for nk, iki in sorted(ikis.items())
            if iki["satuan"] not in ("%", "Rp") and isinstance(iki["value"], int)
        )
        iki = ikis[(n, k)]
        v = iki["value"]
        rows[(n, k)]["target"] = with_unit(v - max(1, round(v * 0.1)), iki["satuan"], m["gaya"])
        marks[code] = {
            "key": ("pen", "p_target", "u", n, k),
            "alt": [("skp", "target", "u", n, k)],
            "boleh_pen": True,
        }
        return
    raise ValueError(code)


# ----------------------------------------------------------------------------- layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Lembar:
    """One sheet being written: every cell written for a model place is recorded as ``cells[key]``."""

    def __init__(self, ws: Worksheet, sk: str, m: dict, cells: dict) -> None:
        self.ws, self.sk, self.m, self.var, self.cells = ws, sk, m, m["var"], cells
        self.written: set[tuple[int, int]] = set()
        self.c0 = 3 if "margin_dua" in self.var else 2
        for c in range(1, self.c0):
            ws.column_dimensions[get_column_letter(c)].width = 2

    def put(self, r: int, c: int, v: Any, key: tuple | None = None, **kw: Any) -> str:
        cell = self.ws.cell(r, c)
        cell.value = v
        self.written.add((r, c))
        if kw.get("fmt"):
            cell.number_format = kw["fmt"]
        if kw.get("bold") or kw.get("size"):
            cell.font = Font(bold=bool(kw.get("bold")), size=kw.get("size", 11))
        cell.alignment = CENTER if kw.get("center") else WRAP
        if kw.get("box", True):
            cell.border = BOX
        if key is not None:
            self.cells[(self.sk, *key)] = cell.coordinate
        return cell.coordinate

    def note(self, r: int, c: int, key: tuple) -> None:
        """Record a place of the model that stays empty (an RK without IKI: its IKI cell)."""
        self.cells[(self.sk, *key)] = self.ws.cell(r, c).coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def width(self, c: int, w: float) -> None:
        self.ws.column_dimensions[get_column_letter(c)].width = w


def kop(sh: Lembar, title: str, last: int, periode: bool = True) -> int:
    """Kop surat with the logo placeholder (variation kop_logo) and the title block; returns the first free
    row below it."""
    c0, r = sh.c0, 1
    last = max(last, c0 + 5)
    if "kop_logo" in sh.var:
        sh.put(1, c0, "LOGO", center=True, bold=True)
        sh.merge(1, c0, 4, c0)
        for i, line in enumerate(bank.KOP):
            sh.put(
                1 + i,
                c0 + 1,
                line,
                center=True,
                bold=i < 2,
                size=14 if i == 1 else 12 if i == 0 else 9,
                box=False,
            )
            sh.merge(1 + i, c0 + 1, 1 + i, last)
        for c in range(c0, last + 1):
            sh.ws.cell(4, c).border = Border(bottom=Side(style="double"))
        r = 6
    sh.put(r, c0, title, bold=True, center=True, size=12, box=False)
    sh.merge(r, c0, r, last)
    sh.put(r + 1, c0, bank.RSUD, bold=True, center=True, box=False)
    sh.merge(r + 1, c0, r + 1, last)
    r += 2
    if periode:
        sh.put(r, c0, sh.m["periode"], ("periode",), center=True, box=False)
        sh.merge(r, c0, r, last)
        r += 1
    return r + 1


def identity(sh: Lembar, r: int) -> int:
    """The identity blocks side by side, each with its NO column (SPEC §3.1); a unit kerja continued on the
    next row with variation identitas_baris_lanjut. Returns the first free row below."""
    m, c0 = sh.m, sh.c0
    jpt = m["jenis"] == "jpt"
    lanjut = "identitas_baris_lanjut" in sh.var
    fields = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("gol", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN"),
        ("unit", "UNIT KERJA"),
    ]

    def value(who: str, key: str) -> Any:
        p = m[who]
        if key == "gol":
            if p["pangkat"] is None:
                return None
            if p["gol"] == "-":
                return "-"
            return f"{p['pangkat']}, {p['gol']}"
        if key == "nip" and p.get("nip_angka"):
            return int(p["nip"].replace(" ", "")[:15] + "000")
        if key == "unit" and p.get("unit_lanjut") and not lanjut:
            return f"{p['unit']} {p['unit_lanjut']}"
        return p[key]

    for who, head, c in (
        ("pegawai", "PEGAWAI YANG DINILAI", c0),
        ("penilai", "PEJABAT PENILAI KINERJA", c0 + 3),
    ):
        sh.put(r, c, "NO", bold=True, center=True)
        sh.put(r, c + 1, head, bold=True, center=True)
        sh.merge(r, c + 1, r, c + 2)
        for i, (key, lab) in enumerate(fields):
            rr = r + 1 + i
            if who == "penilai" and key == "unit" and jpt:
                lab = "INSTANSI"
            sh.put(rr, c, i + 1, center=True)
            sh.put(rr, c + 1, lab)
            sh.put(rr, c + 2, value(who, key), ("ident", who, key))
        if lanjut:
            rr = r + 1 + len(fields)
            sh.put(rr, c, None)
            sh.put(rr, c + 1, None)
            sh.put(rr, c + 2, m[who].get("unit_lanjut"))
    end = r + 1 + len(fields) + (1 if lanjut else 0)
    return end + 1


def signature(sh: Lembar, r: int, left: int, right: int, date: str) -> int:
    """Place and date, then the penilai on the left and the pegawai on the right."""
    m = sh.m
    sh.put(r, right, f"{bank.TEMPAT}, {date}", box=False)
    sh.put(r + 1, left, "Pejabat Penilai Kinerja,", box=False)
    sh.put(r + 1, right, "Pegawai yang Dinilai,", box=False)
    sh.put(r + 5, left, m["penilai"]["nama"], bold=True, box=False)
    sh.put(r + 5, right, m["pegawai"]["nama"], bold=True, box=False)
    if m["penilai"]["nip"] not in ("-", None):
        sh.put(r + 6, left, f"NIP. {m['penilai']['nip']}", ("ttd_nip", "penilai"), box=False)
    sh.put(r + 6, right, f"NIP. {m['pegawai']['nip']}", ("ttd_nip", "pegawai"), box=False)
    return r + 7


HEADERS = {
    "no": "NO",
    "persp": "PERSPEKTIF",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
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
    "reviu": "CATATAN REVIU",
    "real": "REALISASI",
    "cap": "CAPAIAN IKI",
    "kat_iki": "KATEGORI CAPAIAN IKI",
    "nil_iki": "NILAI CAPAIAN IKI",
    "kat_rk": "KATEGORI CAPAIAN RK",
    "nil_rk": "NILAI CAPAIAN RK",
    "tert": "NILAI TERTIMBANG",
}
WIDTHS = {
    "no": 6,
    "persp": 16,
    "atasan": 32,
    "rk": 34,
    "aspek": 13,
    "iki": 38,
    "target": 16,
    "data": 20,
    "sumber": 22,
    "waktu": 15,
    "reviu": 18,
    "real": 15,
    "cap": 11,
}
GROUPS = {"kat": "KATEGORI PENILAIAN", "cara": "CARA MEMANTAU KINERJA"}


def plan_columns(m: dict, penilaian: bool) -> list[str]:
    jenis, model, var = m["jenis"], m["model"], m["var"]
    if jenis == "jpt":
        cols = (["persp"] if model == "pengembangan" else []) + ["no", "rk", "iki", "target"]
        if penilaian:
            return cols + ["real", "cap", "kat_iki", "nil_iki", "tert"]
        return cols + (["reviu"] if "kolom_catatan_reviu" in var else [])
    cols = ["no", "atasan", "rk", "aspek", "iki"]
    if model == "pengembangan":
        if m["levels"] == "tb":
            cols += ["c", "target", "sb"]
        else:
            cols += ["target"] + KAT_KEYS[m["levels"]]
    else:
        cols.append("target")
    if penilaian:
        return cols + ["real", "cap", "kat_iki", "nil_iki", "kat_rk", "nil_rk", "tert"]
    if model == "pengembangan":
        cols += ["data", "sumber", "waktu"]
    return cols + (["reviu"] if "kolom_catatan_reviu" in var else [])


def group_of(key: str, m: dict) -> str | None:
    if key in ("sk", "k", "c", "b", "sb") or (key == "target" and m["levels"] == "tb"):
        return "kat"
    if key in ("data", "sumber", "waktu"):
        return "cara"
    return None


def header_rows(sh: Lembar, r: int, cols: list[str]) -> tuple[dict[str, int], int]:
    """The table header, one row or (variation kepala_dua_baris, JA/JF Model Pengembangan) two rows with the
    kategori and cara memantau columns under a merged group label; returns (columns, first row below)."""
    two = "kepala_dua_baris" in sh.var and sh.m["jenis"] != "jpt" and sh.m["model"] == "pengembangan"
    col: dict[str, int] = {}
    done_groups: set[str] = set()
    for i, key in enumerate(cols):
        c = sh.c0 + i
        col[key] = c
        text = HEADERS[key]
        if key == "target" and sh.m["levels"] == "tb" and sh.m["jenis"] != "jpt":
            text = "TARGET/BAIK"
        if key == "atasan" and sh.sk == "skp" and sh.m.get("judul_atasan"):
            text = sh.m["judul_atasan"]
        sh.width(c, WIDTHS.get(key, 14))
        grp = group_of(key, sh.m) if two else None
        if grp is None:
            sh.put(r, c, text, ("hdr", key), bold=True, center=True)
            if two:
                sh.put(r + 1, c, None)
                sh.merge(r, c, r + 1, c)
            continue
        if grp not in done_groups:
            done_groups.add(grp)
            span = [k for k in cols if group_of(k, sh.m) == grp]
            sh.put(r, c, GROUPS[grp], bold=True, center=True)
            sh.merge(r, c, r, c + len(span) - 1)
        sh.put(r + 1, c, text, ("hdr", key), bold=True, center=True)
    return col, r + (2 if two else 1)


def nomor(m: dict, n: int) -> Any:
    style = m["nomor"]
    if style == "titik":
        return f"{n}."
    if style == "kurung":
        return f"{n})"
    if style == "romawi":
        return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][n - 1]
    return n


def section(sh: Lembar, r: int, which: str, last: int) -> None:
    text = "A. KINERJA UTAMA" if which == "u" else "B. KINERJA TAMBAHAN"
    sh.put(r, sh.c0, text, ("sec", which), bold=True)
    sh.merge(r, sh.c0, r, last)


def rk_rows(sh: Lembar, r: int, col: dict[str, int], rks: list[dict], part: str, pen: dict | None) -> int:
    """The rows of the RKs of one part (``u`` Kinerja Utama, ``t`` Kinerja Tambahan); returns the next row.
    NO, RK atasan, RK and cara memantau are written once, on the RK's first IKI row."""
    for n, rk in enumerate(rks):
        sh.put(r, col["no"], nomor(sh.m, n + 1), ("no", part, n), center=True)
        if "persp" in col:
            sh.put(r, col["persp"], rk.get("persp"), ("persp", part, n))
        if "atasan" in col:
            sh.put(r, col["atasan"], rk.get("atasan"), ("atasan", part, n))
        sh.put(r, col["rk"], rk["rk"], ("rk", part, n))
        if "data" in col:
            for key, v in zip(("data", "sumber", "waktu"), rk["cara"], strict=True):
                sh.put(r, col[key], v, (key, part, n))
        if "reviu" in col:
            sh.put(r, col["reviu"], bank.CATATAN_REVIU[n % len(bank.CATATAN_REVIU)], ("reviu", part, n))
        if not rk["ikis"]:
            sh.note(r, col["iki"], ("iki", part, n, 0))
            for c in col.values():
                if (r, c) not in sh.written:
                    sh.put(r, c, None)
            r += 1
            continue
        first = r
        for k, iki in enumerate(rk["ikis"]):
            if "aspek" in col:
                sh.put(r, col["aspek"], iki["aspek_text"], ("aspek", part, n, k))
            sh.put(r, col["iki"], iki["iki"], ("iki", part, n, k))
            target = iki["target"]
            if pen is not None:
                target = pen["rows"][(n, k)].get("target", target)
            sh.put(r, col["target"], target, ("p_target" if pen else "target", part, n, k))
            if "b" not in col and "target" in col:
                sh.cells[(sh.sk, "b", part, n, k)] = sh.ws.cell(r, col["target"]).coordinate
            for key in ("sk", "k", "c", "b", "sb"):
                if key in col:
                    sh.put(r, col[key], iki["kat"].get(key), (key, part, n, k))
            if pen is not None:
                pen_cells(sh, r, col, pen, n, k, iki)
            for c in col.values():
                if (r, c) not in sh.written:
                    sh.put(r, c, None)
            r += 1
        if pen is not None:
            rkv = pen["rk"][n]
            if "kat_rk" in col:
                sh.put(first, col["kat_rk"], rkv["kat"], ("p_katrk", part, n))
                sh.put(first, col["nil_rk"], dec(rkv["nil"]), ("p_nilrk", part, n), fmt="0.00")
            sh.put(first, col["tert"], dec(rkv["tert"]), ("p_tert", part, n), fmt="0.00")
    return r


def dec(v: Any) -> Any:
    return float(v) if isinstance(v, Decimal) else v


def pen_cells(sh: Lembar, r: int, col: dict, pen: dict, n: int, k: int, iki: dict) -> None:
    """Realisasi with its satuan, capaian written as text (``103 %``), kategori and nilai of one IKI."""
    row, gaya = pen["rows"][(n, k)], sh.m["gaya"]
    real, cap = row["real"], row["cap"]
    if isinstance(real, (int, float)):
        real = with_unit(real, iki["satuan"], gaya)
    if isinstance(cap, int):
        cap = with_unit(cap, "%", gaya)
    sh.put(r, col["real"], real, ("p_real", "u", n, k))
    sh.put(r, col["cap"], cap, ("p_cap", "u", n, k), center=True)
    sh.put(r, col["kat_iki"], row["kat"], ("p_kat", "u", n, k))
    sh.put(r, col["nil_iki"], dec(row["nil"]), ("p_nil", "u", n, k), fmt="0.00")


def print_setup(sh: Lembar, head: int, body: int, end: int, last: int) -> None:
    """Variation cetak_rapi: frozen panes below the header, print area, repeated header rows, landscape on
    Folio fitted to the page width, a page break before the signatures."""
    ws = sh.ws
    ws.freeze_panes = ws.cell(body, sh.c0 + 1).coordinate
    ws.print_area = f"A1:{get_column_letter(last)}{end + 8}"
    ws.print_title_rows = f"{head}:{body - 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 14
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.row_breaks.append(Break(id=end))


def validations(sh: Lembar, col: dict[str, int], body: int, end: int) -> None:
    """Variation validasi_komentar: drop-down lists on the ASPEK, PERSPEKTIF or KATEGORI CAPAIAN IKI column
    and cell comments on the TARGET header and the NIP label."""
    m = sh.m
    lists = []
    if "aspek" in col and sh.sk == "skp":
        names = sorted({aspek_text(a, "", m["var"]) for a in ("Kuantitas", "Kualitas", "Waktu", "Biaya")})
        lists.append((col["aspek"], names))
    if "persp" in col and sh.sk == "skp":
        lists.append((col["persp"], list(bank.PERSPEKTIF.values())))
    if "kat_iki" in col:
        lists.append((col["kat_iki"], ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]))
    for c, names in lists:
        dv = DataValidation(type="list", formula1='"' + ",".join(names) + '"', allow_blank=True)
        letter = get_column_letter(c)
        dv.add(f"{letter}{body}:{letter}{max(end - 1, body)}")
        sh.ws.add_data_validation(dv)
    hdr = sh.cells.get((sh.sk, "hdr", "target"))
    if hdr:
        sh.ws[hdr].comment = Comment(bank.KOMENTAR["target"], "Subbagian Kepegawaian")
    nip = sh.cells.get((sh.sk, "ident", "pegawai", "nip"))
    if nip:
        label = sh.ws[nip].offset(column=-1)
        label.comment = Comment(bank.KOMENTAR["nip"], "Subbagian Kepegawaian")


def write_table_sheet(sh: Lembar, title: str, date: str, penilaian: bool) -> None:
    m, var = sh.m, sh.var
    cols = plan_columns(m, penilaian)
    last = sh.c0 + len(cols) - 1
    r = kop(sh, title, last)
    r = identity(sh, r)
    for c in range(sh.c0, sh.c0 + 6):
        if c > last:
            sh.width(c, 30)
    head = r
    col, r = header_rows(sh, r, cols)
    body = r
    section(sh, r, "u", last)
    r = rk_rows(sh, r + 1, col, m["rks"], "u", m["pen"] if penilaian else None)
    section(sh, r, "t", last)
    if m["tambahan"] and not penilaian:
        r = rk_rows(sh, r + 1, col, m["tambahan"], "t", None)
    else:
        for c in range(sh.c0, last + 1):
            sh.put(r + 1, c, None)
        r += 2
    end = r
    if penilaian:
        r = totals(sh, r + 1, col, last)
    if "validasi_komentar" in var:
        validations(sh, col, body + 1, end)
    left = col["atasan"] if "atasan" in col else col["rk"]
    signature(sh, r + 1, left, col["iki"], date)
    if "cetak_rapi" in var:
        print_setup(sh, head, body, r, last)


def totals(sh: Lembar, r: int, col: dict[str, int], last: int) -> int:
    pen, vcol = sh.m["pen"], col["tert"]

    def total(label: str, key: str, v: Any) -> None:
        nonlocal r
        sh.put(r, sh.c0, label, bold=True)
        sh.merge(r, sh.c0, r, vcol - 1)
        sh.put(r, vcol, dec(v), ("total", key), fmt=None if isinstance(v, str) else "0.00", center=True)
        for c in range(vcol + 1, last + 1):
            sh.put(r, c, None)
        r += 1

    total("NILAI AKHIR SKP", "akhir", pen["akhir"])
    total("NILAI PERILAKU KERJA", "perilaku", pen["perilaku"])
    total("NILAI KINERJA", "nk", pen["nk"])
    total("PREDIKAT KINERJA", "predikat", pen["predikat"])
    if pen["ide"] is not None:
        total(bank.IDE, "ide", pen["ide"])
    return r


def ak_text(v: Any) -> Any:
    """Angka kredit written the Indonesian way, with a comma and three decimals (``0,048``)."""
    if isinstance(v, float):
        return f"{v:.3f}".replace(".", ",")
    return v


def write_ak(sh: Lembar, date: str) -> None:
    m = sh.m
    c0 = sh.c0
    heads = [
        ("no", "NO"),
        ("rk", "RENCANA KINERJA"),
        ("butir", "BUTIR KEGIATAN"),
        ("output", "OUTPUT"),
        ("ak", "ANGKA KREDIT"),
    ]
    widths = {"no": 6, "rk": 36, "butir": 40, "output": 22, "ak": 14}
    last = c0 + len(heads) - 1
    r = kop(sh, "KETERKAITAN SKP DENGAN ANGKA KREDIT", last)
    r = identity(sh, r)
    sh.put(r, c0, "TANGGAL PENGAJUAN", bold=True)
    sh.merge(r, c0, r, c0 + 1)
    sh.put(r, c0 + 2, date)
    r += 2
    for i, (key, text) in enumerate(heads):
        sh.put(r, c0 + i, text, ("hdr", key), bold=True, center=True)
        sh.width(c0 + i, widths[key])
    sh.width(c0 + 5, 30)
    r += 1
    sh.put(r, c0, "KINERJA UTAMA", bold=True)
    sh.merge(r, c0, r, last)
    r += 1
    n_out = 0
    for n, rk in enumerate(m["rks"]):
        if not rk["butir"]:
            continue
        n_out += 1
        sh.put(r, c0, nomor(m, n_out), center=True)
        sh.put(r, c0 + 1, rk["rk"], ("rk", "u", n))
        for b, (butir, output, ak) in enumerate(rk["butir"]):
            if b:
                sh.put(r, c0, None)
                sh.put(r, c0 + 1, None)
            sh.put(r, c0 + 2, butir)
            sh.put(r, c0 + 3, output)
            sh.put(r, c0 + 4, ak_text(ak), ("ak", "u", n, b), center=True)
            r += 1
    signature(sh, r + 1, c0 + 1, c0 + 3, date)


def write_manual(sh: Lembar) -> None:
    """The Manual Indikator Kinerja as a table, one row per IKI (SPEC §3.5)."""
    m, c0 = sh.m, sh.c0
    heads = [("no", "NO")] + bank.MANUAL_KOLOM
    last = c0 + len(heads) - 1
    r = kop(sh, "MANUAL INDIKATOR KINERJA INDIVIDU", last, periode=False)
    sh.put(r, c0, "JABATAN", bold=True, box=False)
    sh.put(r, c0 + 1, m["pegawai"]["jabatan"], box=False)
    r += 2
    for i, (key, text) in enumerate(heads):
        sh.put(r, c0 + i, text, ("hdr", key), bold=True, center=True)
        sh.width(c0 + i, 6 if key == "no" else 22)
    r += 1
    out = 0
    for n, rk in enumerate(m["rks"]):
        if "manual" not in rk or not rk["ikis"]:
            continue
        out += 1
        man = dict(rk["manual"], rk=rk["rk"], iki=rk["ikis"][0]["iki"])
        sh.put(r, c0, nomor(m, out), center=True)
        for i, (key, _text) in enumerate(bank.MANUAL_KOLOM, start=1):
            sh.put(r, c0 + i, man.get(key), (key, "u", n))
        r += 1


# ----------------------------------------------------------------------------- the set


def draw_variations(
    rng: random.Random, pool: list[str], used: Counter, k: int, clean_used: Counter | None
) -> list:
    """A variation used in fewer than five workbooks before any other (the rare ones, which few forms have,
    first), then the least used; on a clean workbook the least used on clean workbooks first."""

    def key(v: str) -> tuple:
        rare = v in RARE and used[v] < 6
        if clean_used is not None:
            return (used[v] >= 5, not rare, clean_used[v], used[v], rng.random())
        return (used[v] >= 5, not rare, used[v], rng.random())

    out: list[str] = []
    for v in sorted(pool, key=key):
        if any(v in ex and o in ex for ex in EXCLUSIVE for o in out):
            continue
        out.append(v)
        if len(out) == k:
            break
    return out


def compatible(code: str, taken: list[str]) -> bool:
    if not taken:
        return True
    groups = {DEFECTS[x][1] for x in taken}
    if DEFECTS[code][1] in groups:
        return False
    if code in SOLO and groups - {"ident"}:
        return False
    if any(x in SOLO for x in taken) and DEFECTS[code][1] != "ident":
        return False
    return not any({code, x} == pair for pair in NOT_TOGETHER for x in taken)


def draw_defects(
    rng: random.Random, pool: list[str], used: Counter, want: int, taken: list[str]
) -> list[str]:
    out: list[str] = []
    lean = {"capaian-tidak-sesuai": -0.5, "realisasi-kosong": 0.5}
    for c in sorted(pool, key=lambda c: (used[c] + lean.get(c, 0), rng.random())):
        if not compatible(c, taken + out):
            continue
        out.append(c)
        if len(out) == want:
            break
    return out


def plan_files(rng: random.Random) -> list[tuple[str, int, str, bool]]:
    """(form, index, kind, clean) for every workbook, in order."""
    out = []
    for form, (count, pen, clean, pen_clean) in FORMS.items():
        kinds = ["penilaian"] * pen + ["rencana"] * (count - pen)
        cleans = [True] * pen_clean + [False] * (pen - pen_clean) + [True] * (clean - pen_clean)
        cleans += [False] * (count - pen - (clean - pen_clean))
        slots = list(zip(kinds, cleans, strict=True))
        rng.shuffle(slots)
        for i, (kind, clean_) in enumerate(slots):
            out.append((form, i, kind, clean_))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_bt (RSUD Sekar Arum Kota Banyu Langit).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(SEED)
    folk = people(rng)
    used_var: Counter = Counter()
    used_clean: Counter = Counter()
    used_def: Counter = Counter()
    used_profile: Counter = Counter()
    sub: Counter = Counter()
    roles = {
        "ja": [k for k, v in bank.ROLES.items() if v["family"] == "JA"],
        "jf": [k for k, v in bank.ROLES.items() if v["family"] == "JF"],
        "jpt": list(bank.JPT),
    }
    offsets = {j: rng.randrange(len(r)) for j, r in roles.items()}
    files = []
    for form, i, kind, clean in plan_files(rng):
        jenis = form.split("-")[0]
        role_key = roles[jenis][offsets[jenis] % len(roles[jenis])]
        offsets[jenis] += 1
        pool = applicable_variations(form, kind)
        var = draw_variations(rng, pool, used_var, rng.randint(2, 4), used_clean if clean else None)
        used_var.update(var)
        if clean:
            used_clean.update(var)
        vs = set(var)
        codes: list[str] = []
        if not clean:
            want = rng.choice([1, 2, 2])
            if kind == "penilaian":
                pen_pool, plan_pool = penilaian_defects(form)
                codes = draw_defects(rng, pen_pool, used_def, 1, [])
                if want == 2:
                    codes += draw_defects(rng, plan_pool, used_def, 1, codes)
            else:
                codes = draw_defects(rng, applicable_defects(form, vs), used_def, want, [])
            used_def.update(codes)
        m = build_model(form, kind, role_key, vs, rng, folk)
        m["rks0"] = copy.deepcopy(m["rks"])
        m["pen"] = None
        if kind == "penilaian":
            order = sorted(PROFILES, key=lambda p: (used_profile[p], rng.random()))
            for profile in order:
                truth = score(m, profile, rng)
                if truth is not None:
                    break
            else:
                raise RuntimeError(f"no Penilaian for {role_key}")
            used_profile[profile] += 1
            m["pen_truth"] = truth
            m["pen"] = copy.deepcopy(truth)
        m["marks"] = {}
        for c in codes:
            apply_defect(m, c, sub)
        name = f"{form}-{i + 1:02d}-{'penilaian2026' if kind == 'penilaian' else 'rencana2027'}-"
        name += ("bersih" if clean else "-".join(codes)) + ".xlsx"
        names = dict(SHEETS)
        if "nama_sheet_ragam" in vs:
            scheme = SHEETS_RAGAM[sub["nama_sheet_ragam"] % 2]
            names = {k: v.format(tahun=m["tahun"]) for k, v in scheme.items()}
            sub["nama_sheet_ragam"] += 1
        cells: dict = {}
        wb = Workbook()
        ws = wb.active
        ws.title = names["skp"]
        date_plan = tanggal(4, 1, 2027, vs) if kind == "rencana" else tanggal(5, 1, 2026, vs)
        write_table_sheet(Lembar(ws, "skp", m, cells), "RENCANA SASARAN KINERJA PEGAWAI", date_plan, False)
        if m["ak_sheet"]:
            write_ak(Lembar(wb.create_sheet(names["ak"]), "ak", m, cells), date_plan)
        if jenis == "jpt":
            write_manual(Lembar(wb.create_sheet(names["man"]), "man", m, cells))
        if kind == "penilaian":
            write_table_sheet(
                Lembar(wb.create_sheet(names["pen"]), "pen", m, cells),
                "PENILAIAN SASARAN KINERJA PEGAWAI",
                tanggal(8, 1, 2027, vs),
                True,
            )
        wb.save(a.keluaran / name)
        defects, boleh = [], []
        for c in codes:
            d, b = defect_entry(c, m, cells, names)
            defects.append(d)
            boleh += b
        boleh = [b for j, b in enumerate(boleh) if b not in boleh[:j]]
        files.append(
            {
                "file": name,
                "form": form,
                "clean": clean,
                "defects": defects,
                "boleh": boleh,
                "variasi": sorted(var),
                "peran": role_key,
                "jabatan": m["pegawai"]["jabatan"],
            }
        )
    a.harapan.write_text(
        json.dumps({"set": "nyata_bt", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


def defect_entry(code: str, m: dict, cells: dict, names: dict) -> tuple[dict, list[dict]]:
    sev = DEFECTS[code][0]
    mark = m["marks"][code]
    d: dict[str, Any] = {"code": code, "severity": sev, "sheet": None, "cell": None, "alt_cells": []}
    boleh: list[dict[str, Any]] = []
    alt: list[tuple[str, str]] = []

    def at(key: tuple) -> tuple[str, str]:
        return names[key[0]], cells[key]

    if "ident" in mark:
        who, field = mark["ident"]
        d["sheet"], d["cell"] = at(("skp", "ident", who, field))
        for other in ("ak", "pen"):
            key = (other, "ident", who, field)
            if key in cells:
                alt.append(at(key))
                boleh.append({"code": code, "sheet": names[other], "cell": cells[key]})
        if field == "nip":
            whos = ["pegawai", "penilai"] if mark.get("nip_both") else ["pegawai"]
            for sk in ("skp", "ak", "pen"):
                for w in whos:
                    for key in ((sk, "ident", w, "nip"), (sk, "ttd_nip", w)):
                        if key in cells and key != ("skp", "ident", who, field):
                            alt.append(at(key))
                            if sk != "skp":
                                boleh.append({"code": code, "sheet": names[sk], "cell": cells[key]})
    elif "periode" in mark:
        d["sheet"], d["cell"] = at(("skp", "periode"))
        for other in ("ak", "pen"):
            if (other, "periode") in cells:
                alt.append(at((other, "periode")))
                boleh.append({"code": code, "sheet": names[other], "cell": cells[(other, "periode")]})
    elif mark["key"] is not None:
        d["sheet"], d["cell"] = at(mark["key"])
    for key in mark.get("alt", []):
        if key in cells:
            alt.append(at(key))
    if mark.get("boleh_row"):
        # thresholds swapped or SANGAT BAIK equal to the target: SPEC §7 names both codes for kategori that
        # fail to order or to separate the levels, and a reviewer may call the same row either way
        row = "".join(ch for ch in d["cell"] if ch.isdigit())
        boleh.append({"code": mark["boleh_row"], "sheet": d["sheet"], "row": int(row)})
    for sk in mark.get("boleh_sheets", []):
        if any(k[0] == sk for k in cells):
            boleh.append({"code": code, "sheet": names[sk]})
    if mark.get("boleh_pen"):
        # realisasi-kosong: SPEC does not say how the RK, the total and the predikat go on without one
        # realisasi; target-penilaian-berbeda: SPEC says the plan is fixed, not which of the two targets the
        # capaian of the row (and the numbers after it) follow
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": names["pen"]})
        boleh.append({"code": "predikat-tidak-sesuai", "sheet": names["pen"]})
    seen = set()
    for s, c in alt:
        if (s, c) != (d["sheet"], d["cell"]) and (s, c) not in seen:
            seen.add((s, c))
            d["alt_cells"].append({"sheet": s, "cell": c})
    return d, boleh


if __name__ == "__main__":
    sys.exit(main())
