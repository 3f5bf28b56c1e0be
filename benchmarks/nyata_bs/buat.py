"""Generator of the held-out set ``nyata_bs``: Rencana SKP 2027 and Penilaian SKP 2026 of the Dinas Pendidikan
of Provinsi Tanah Kemilau (fictional), its Cabang Dinas Pendidikan Wilayah II and two of its schools, received
in January 2027. Deterministic (fixed seed), openpyxl only.

Each workbook is first built as a content model (identity, RK, IKI, targets, kategori, cara memantau, butir
kegiatan, Manual IKI, and for a Penilaian workbook the realisasi and every score computed by SPEC §6); the
defects are then written into the model, and the model is laid out. Every cell written for a place of the
model is recorded under its key (sheet, field, part, RK, IKI), so the cell of every inserted defect is known
exactly.

Usage: ``python benchmarks/nyata_bs/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import re
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270114
RENCANA_TAHUN, PENILAIAN_TAHUN = 2027, 2026

# sheet key → name; ``nama_sheet_lain`` takes one of the other schemes
SHEETS = {
    "skp": "RENCANA SKP",
    "ak": "LAMP. KETERKAITAN AK",
    "man": "LAMP. MANUAL IKI",
    "pen": "PENILAIAN SKP",
}
SHEETS_LAIN = [
    {"skp": "Sheet1", "ak": "Sheet2", "man": "Sheet2", "pen": "Sheet3"},
    {"skp": "SKP {tahun} (revisi)", "ak": "AK", "man": "MANUAL", "pen": "Lamp. Penilaian"},
]
PETUNJUK_SHEET = "PETUNJUK"
LAMA_SHEET = "SKP {tahun} (lama)"

# form → (files, of which Penilaian 2026, clean files, clean Penilaian files)
FORMS = {
    "ja-dasar": (8, 3, 3, 1),
    "ja-pengembangan": (8, 3, 3, 1),
    "jf-dasar": (8, 2, 3, 1),
    "jf-pengembangan": (8, 2, 3, 1),
    "jpt-dasar": (7, 2, 4, 1),
    "jpt-pengembangan": (6, 2, 3, 1),
}

VARIATIONS = [
    "kop_surat",
    "identitas_bertumpuk",
    "identitas_titik_dua",
    "judul_huruf_kecil",
    "label_salah_ketik",
    "aspek_ragam",
    "kategori_cukup_sb",
    "kategori_empat",
    "jf_tanpa_ahli",
    "target_terbilang",
    "angka_berformat",
    "rk_digabung",
    "baris_kosong",
    "kolom_reviu",
    "kolom_spasi",
    "sheet_petunjuk",
    "sheet_lama_tersembunyi",
    "nama_sheet_lain",
    "tambahan_terisi",
    "perilaku_rinci",
]
EXCLUSIVE = [{"kategori_cukup_sb", "kategori_empat"}, {"target_terbilang", "angka_berformat"}]

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
    "Mahir": ("III/a", "III/b"),
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/c"),
}


def applicable_defects(form: str, var: set[str]) -> list[str]:
    """Plan defects of a Rencana workbook."""
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
        if "kategori_cukup_sb" not in var:
            out.append("kategori-penilaian-kosong")
    if jenis == "jf":
        out += ["keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]
    if jenis == "jpt":
        out.append("manual-iki-kosong")
    if form == "jpt-pengembangan":
        out += ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
    return out


def ident_defects(jenis: str) -> list[str]:
    out = ["identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal", "periode-tidak-valid"]
    if jenis != "jpt":
        out.append("penilai-sama-dengan-pegawai")
    if jenis == "jf":
        out.append("jenjang-golongan-tidak-sesuai")
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


def applicable_variations(form: str, kind: str, role_key: str) -> list[str]:
    jenis, model = form.split("-")
    out = [
        "kop_surat",
        "identitas_bertumpuk",
        "identitas_titik_dua",
        "judul_huruf_kecil",
        "label_salah_ketik",
        "target_terbilang",
        "angka_berformat",
        "baris_kosong",
        "kolom_spasi",
        "sheet_petunjuk",
        "sheet_lama_tersembunyi",
        "nama_sheet_lain",
    ]
    if jenis != "jpt":
        out += ["aspek_ragam", "rk_digabung"]
        if model == "pengembangan":
            out += ["kategori_cukup_sb", "kategori_empat"]
        if bank.ROLES[role_key].get("tanpa_ahli"):
            out.append("jf_tanpa_ahli")
    if kind == "rencana":
        out += ["tambahan_terisi", "kolom_reviu"]
    else:
        out.append("perilaku_rinci")
    return out


# ----------------------------------------------------------------------------- numbers and text


class Num:
    """A number stored in a cell with a number format that shows its satuan (variation angka_berformat)."""

    def __init__(self, value: float | int, fmt: str) -> None:
        self.value, self.fmt = value, fmt

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Num) and (self.value, self.fmt) == (other.value, other.fmt)


def num(v: float | int | Decimal) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    if isinstance(v, Decimal):
        whole, frac = f"{v:.2f}".split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    if isinstance(v, float) and not v.is_integer():
        whole, frac = f"{v:.3f}".rstrip("0").split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(v):,}".replace(",", ".")


def with_unit(v: float | int, sat: str) -> str:
    if sat == "Rp":
        return f"Rp {num(v)}"
    return f"{num(v)} {sat}"


def range_text(lo: float | int, hi: float | int, sat: str) -> str:
    if lo == hi:
        return with_unit(lo, sat)
    if sat == "Rp":
        return f"Rp {num(lo)} - Rp {num(hi)}"
    return f"{num(lo)} - {num(hi)} {sat}"


def target_text(v: float | int, sat: str, var: set[str]) -> str:
    if sat == "%" and "target_terbilang" in var:
        return f"{num(v)}%"
    if "target_terbilang" in var and isinstance(v, int) and sat not in ("Rp", "%"):
        return f"{num(v)} ({bank.terbilang(v)}) {sat}"
    return with_unit(v, sat)


def formatted(v: float | int, sat: str) -> Num:
    """The number as Excel keeps it when typed with its unit in a formatted cell."""
    if sat == "%":
        frac = float(Decimal(str(v)) / 100)
        return Num(frac, "0%" if float(v).is_integer() else "0.0%")
    if sat == "Rp":
        return Num(v, '"Rp "#,##0')
    return Num(v, f'#,##0 "{sat}"' if float(v).is_integer() else f'#,##0.0 "{sat}"')


def q2(x: Fraction | Decimal) -> Decimal:
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator)
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def kecil(label: str) -> str:
    """A label in title case (variation judul_huruf_kecil): ``INDIKATOR KINERJA INDIVIDU`` → ``Indikator
    Kinerja Individu``; abbreviations stay in capitals."""
    keep = {"SKP", "IKI", "NIP", "RK", "AK", "II", "SD", "SMA", "SMK"}
    small = {"YANG", "DAN", "DI", "DENGAN", "BAGI", "OLEH"}

    def word(mt: re.Match) -> str:
        w = mt.group(0)
        if w in keep:
            return w
        if w in small and mt.start() > 0:
            return w.lower()
        return w.capitalize()

    return re.sub(r"[A-Za-z]+", word, label)


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


BANDS = {"sb": "Sangat Baik", "baik": "Baik", "cukup": "Cukup"}
# profile → (band of each RK in turn, nilai perilaku, ide baru when nilai kinerja ≥ 110)
PROFILES = {
    "sb_ya": (["sb"], 116, "Ya"),
    "sb_tidak": (["sb"], 113, "Tidak"),
    "baik": (["baik", "sb"], 100, None),
    "campur": (["sb", "cukup"], 97, None),
    "butuh": (["cukup"], 84, None),
    "pas": (["baik"], 95, None),
}


def realisasi_candidates(iki: dict, band_key: str, cap_max: int = 115) -> list[float | int]:
    t, lower, sat = iki["value"], iki["lower"], iki["satuan"]
    if band_key == "baik":
        return [t]
    if sat == "Rp":
        step = Fraction(10000)
    elif lower or sat in ("%", "poin", "bulan") or isinstance(t, float):
        step = Fraction(1, 10)
    else:
        step = Fraction(1)
    tf = Fraction(str(t))
    lo, hi = math.ceil(tf * Fraction(6, 10) / step), math.floor(tf * Fraction(16, 10) / step)
    out: list[float | int] = []
    for i in range(max(lo, 1), hi + 1):
        rv = i * step
        if rv == tf or (sat == "%" and rv > 100):
            continue
        r: float | int = int(rv) if rv.denominator == 1 else float(rv)
        raw = capaian_raw(r, t, lower)
        frac = raw - math.floor(raw)
        if raw <= 111 and abs(frac - Fraction(1, 2)) < Fraction(1, 20):
            continue  # both roundings must give the same kategori and nilai
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
    jpt = m["jenis"] == "jpt"
    for _attempt in range(400):
        rows: dict[tuple[int, int], dict[str, Any]] = {}
        rk_out: dict[int, dict[str, Any]] = {}
        for n, rk in enumerate(m["rks"]):
            want = bands[n % len(bands)]
            cands = [realisasi_candidates(i, want) or realisasi_candidates(i, want, 160) for i in rk["ikis"]]
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
        # every number must come out the same whether computed from the exact values or from the written
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
    ide = (ide_hi or "Tidak") if nk >= 110 else ("Tidak" if rng.random() < 0.25 else None)
    spread = [rng.randint(-3, 3) for _ in range(4)]
    scores = [perilaku + d for d in spread] + [perilaku - sum(spread)]
    return {
        "profile": profile,
        "rows": rows,
        "rk": rk_out,
        "akhir": akhir,
        "perilaku": Decimal(perilaku),
        "perilaku_rinci": scores,
        "nk": nk,
        "ide": ide,
        "predikat": predikat(nk, ide),
        "jpt": jpt,
    }


# ----------------------------------------------------------------------------- people and model


def nip_of(rng: random.Random, senior: bool) -> str:
    y = rng.randint(1966, 1978) if senior else rng.randint(1979, 1996)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(y + rng.randint(22, 28), 2022)
    ty = max(ty, y + 19)
    tm = rng.choice([1, 2, 3, 4, 12])
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {rng.choice('12')} {rng.randint(1, 40):03d}"


def people(rng: random.Random) -> dict[str, dict[str, Any]]:
    """One person per role, the same in every workbook (revisions and two years of one office)."""
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
            "gol": gol,
            "name_gol": None,
            "jabatan": role["jabatan"],
            "unit": bank.UNIT[role["unit"]],
        }
    out["gubernur"] = dict(bank.GUBERNUR, name_gol=None)
    return out


def kategori(iki: dict, levels: str) -> dict[str, Any]:
    """Kategori penilaian (SPEC §3.3): BAIK holds the target; five, four, or CUKUP and SANGAT BAIK only."""
    t, sat, lower = iki["value"], iki["satuan"], iki["lower"]
    tt = iki["target"]
    plain = with_unit(t, sat)
    if levels == "dua":
        return {"c": f"> {plain}" if lower else f"< {plain}", "sb": f"< {plain}" if lower else f"> {plain}"}
    if lower:
        step = 10000 if sat == "Rp" else 1
        c_hi = max(t + step, math.ceil(1.2 * t / step) * step)
        k_hi = max(c_hi + step, math.ceil(1.4 * t / step) * step)
        out = {
            "sk": f"> {with_unit(k_hi, sat)}",
            "k": range_text(c_hi + 1, k_hi, sat),
            "c": range_text(t + 1, c_hi, sat),
            "b": tt,
            "sb": f"< {plain}",
        }
        if levels == "empat":
            out.pop("sk")
            out["k"] = f"> {with_unit(c_hi, sat)}"
        return out
    p80 = min(t - 1, math.floor(0.8 * t))
    p60 = min(p80 - 1, math.floor(0.6 * t))
    assert p60 >= 1, iki
    out = {
        "sk": f"< {with_unit(p60, sat)}",
        "k": range_text(p60, p80 - 1, sat),
        "c": range_text(p80, t - 1, sat),
        "b": tt,
        "sb": f"> {plain}",
    }
    if levels == "empat":
        out.pop("sk")
        out["k"] = f"< {with_unit(p80, sat)}"
    return out


def mk_iki(raw: tuple, var: set[str], levels: str, style: str | None) -> dict[str, Any]:
    aspek, text, value, sat = raw
    iki: dict[str, Any] = {
        "aspek": aspek,
        "aspek_text": bank.ASPEK_GAYA[style][aspek] if (style and aspek) else aspek,
        "iki": text,
        "value": value,
        "satuan": sat,
        "lower": aspek in ("Waktu", "Biaya"),
        "target": target_text(value, sat, var),
    }
    if "angka_berformat" in var:
        iki["target"] = formatted(value, sat)
    if aspek is not None:
        iki["kat"] = kategori(iki, levels)
    return iki


def build_model(form: str, kind: str, role_key: str, var: set[str], rng: random.Random, folk: dict) -> dict:
    jenis, model = form.split("-")
    m: dict[str, Any] = {"form": form, "jenis": jenis, "model": model, "role": role_key, "kind": kind}
    m["tahun"] = RENCANA_TAHUN if kind == "rencana" else PENILAIAN_TAHUN
    m["periode"] = f"PERIODE PENILAIAN : 1 JANUARI SD 31 DESEMBER {m['tahun']}"
    m["pegawai"] = copy.deepcopy(folk[role_key])
    m["levels"] = "dua" if "kategori_cukup_sb" in var else "empat" if "kategori_empat" in var else "lima"
    style = rng.choice(sorted(bank.ASPEK_GAYA)) if "aspek_ragam" in var else None
    m["aspek_gaya"] = style
    if jenis == "jpt":
        role = bank.JPT[role_key]
        m["penilai"] = copy.deepcopy(folk["gubernur"])
        m["rks"] = [
            {
                "persp": bank.PERSPEKTIF[rk["persp"]],
                "persp_key": rk["persp"],
                "rk": rk["rk"],
                "atasan": None,
                "ikis": [mk_iki((None, *rk["iki"]), var, m["levels"], None)],
                "manual": dict(rk),
            }
            for rk in role["rks"]
        ]
        m["rk_aktivitas"] = rng.choice(role["rk_aktivitas"])
        extra = role["tambahan"]
        m["tambahan_bank"] = [
            {
                "persp": bank.PERSPEKTIF[extra["persp"]],
                "persp_key": extra["persp"],
                "rk": extra["rk"],
                "atasan": None,
                "ikis": [mk_iki((None, *extra["iki"]), var, m["levels"], None)],
                "manual": dict(extra),
            }
        ]
    else:
        role = bank.ROLES[role_key]
        if "jf_tanpa_ahli" in var:
            m["pegawai"]["jabatan"] = role["tanpa_ahli"]
        m["penilai"] = copy.deepcopy(folk[role["penilai"]])
        m["rks"] = [
            {
                "rk": rk["rk"],
                "atasan": rk["atasan"],
                "aktivitas": rk["aktivitas"],
                "ikis": [mk_iki(i, var, m["levels"], style) for i in rk["ikis"]],
                "cara": list(rk["cara"]),
                "butir": [list(b) for b in rk["butir"]],
            }
            for rk in role["rks"]
        ]
        extra = bank.TAMBAHAN_JA_JF[rng.randrange(len(bank.TAMBAHAN_JA_JF))]
        m["tambahan_bank"] = [
            {
                "rk": extra["rk"],
                "atasan": None,
                "ikis": [mk_iki(i, var, m["levels"], style) for i in extra["ikis"]],
                "cara": list(extra["cara"]),
                "butir": [],
            }
        ]
    m["tambahan"] = copy.deepcopy(m["tambahan_bank"]) if "tambahan_terisi" in var else []
    m["ak_sheet"] = jenis == "jf"
    return m


# ----------------------------------------------------------------------------- defects into the model


def apply_defect(m: dict[str, Any], code: str, rng: random.Random, sub: Counter) -> None:
    """Change the model; ``m['marks'][code]`` names the model places (cell keys) of the defect."""
    rks, marks = m["rks"], m["marks"]
    jpt = m["jenis"] == "jpt"
    n_sub = sub[code]
    sub[code] += 1
    if code == "identitas-kosong":
        who = "pegawai" if jpt else "penilai"
        m[who]["gol"] = None
        marks[code] = {"ident": (who, "gol")}
    elif code == "nip-tidak-valid":
        p = m["pegawai"]["nip"]
        m["pegawai"]["nip"] = [
            p[:4] + "0231" + p[8:],  # 31 February does not exist
            p[:13] + "13" + p[15:],  # TMT month 13
            p[:16] + "3" + p[17:],  # gender digit 3
        ][n_sub % 3]
        marks[code] = {"ident": ("pegawai", "nip")}
    elif code == "pangkat-tidak-dikenal":
        gol = m["pegawai"]["gol"]
        m["pegawai"]["name_gol"] = bank.GOLONGAN[bank.GOLONGAN.index(gol) + (1 if n_sub % 2 else -1)]
        marks[code] = {"ident": ("pegawai", "gol")}
    elif code == "jenjang-golongan-tidak-sesuai":
        top = JENJANG[bank.ROLES[m["role"]]["jenjang"]][-1]
        m["pegawai"]["gol"] = bank.GOLONGAN[bank.GOLONGAN.index(top) + 1]
        marks[code] = {"ident": ("pegawai", "gol"), "alt": [("skp", "ident", "pegawai", "jabatan")]}
    elif code == "periode-tidak-valid":
        t = m["tahun"]
        m["periode"] = [
            f"PERIODE PENILAIAN : 1 JULI {t} SD 30 JUNI {t + 1}",
            f"PERIODE PENILAIAN : 31 DESEMBER {t} SD 1 JANUARI {t}",
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
        dup = copy.deepcopy(m["rks0"][1])
        m["tambahan"].append(dup)
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
            iki["target"] = "sesuai arah kebijakan Renstra" if jpt else "menyesuaikan kebutuhan sekolah"
        else:
            v = iki["value"]
            lo = math.floor(v * 0.8)
            iki["target"] = (
                f"{num(v)} - {num(lo)} %" if iki["satuan"] == "%" else range_text(v, lo, iki["satuan"])
            )
        marks[code] = {"key": ("skp", "target", "u", 1, 0), "alt": [("skp", "iki", "u", 1, 0)]}
    elif code == "target-tanpa-satuan":
        n = bank.JPT[m["role"]]["jumlah_rk"] if jpt else 1
        iki = rks[n]["ikis"][0]
        assert iki["iki"].startswith("Jumlah") and iki["satuan"] not in ("%", "Rp"), iki
        iki["target"] = iki["value"]
        marks[code] = {"key": ("skp", "target", "u", n, 0), "alt": [("skp", "iki", "u", n, 0)]}
    elif code == "target-absolut":
        k = next(k for k, i in enumerate(rks[0]["ikis"]) if i["aspek"] == "Kualitas")
        iki = rks[0]["ikis"][k]
        iki["target"] = ["100 % (semua berkas)", "selalu 100 %"][n_sub % 2]
        marks[code] = {"key": ("skp", "target", "u", 0, k), "alt": [("skp", "iki", "u", 0, k)]}
    elif code == "satuan-tidak-sesuai-aspek":
        k = next(k for k, i in enumerate(rks[0]["ikis"]) if i["aspek"] == "Waktu")
        rks[0]["ikis"][k]["target"] = ["4 dokumen", "12 laporan"][n_sub % 2]
        alt = [("skp", "iki", "u", 0, k), ("skp", "aspek", "u", 0, k)]
        marks[code] = {"key": ("skp", "target", "u", 0, k), "alt": alt}
    elif code == "aspek-tidak-valid":
        rks[1]["ikis"][0]["aspek_text"] = [None, "Kemanfaatan"][n_sub % 2]
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
        marks[code] = {"key": ("skp", "c", "u", 1, 0), "alt": alt}
    elif code == "kategori-tidak-membedakan":
        iki = rks[0]["ikis"][0]
        iki["kat"]["sb"] = iki["target"]
        alt = [("skp", key, "u", 0, 0) for key in ("b", "target", "iki")]
        marks[code] = {"key": ("skp", "sb", "u", 0, 0), "alt": alt}
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
        rks[0]["butir"][0][2] = [0, "nol koma lima", -0.005][n_sub % 3]
        marks[code] = {"key": ("ak", "ak", "u", 0, 0)}
    elif code == "manual-iki-kosong":
        rks[1]["manual"]["tujuan"] = None
        marks[code] = {"key": ("man", "tujuan", "u", 1), "alt": [("skp", "iki", "u", 1, 0)]}
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
        keys = ["p_cap", "p_kat"] + (["p_nil"] if jpt else [])
        return [("pen", key, "u", n, k) for key in keys if key != skip]

    if code == "capaian-tidak-sesuai":
        kinds = ["cap", "kat", "nil"] if jpt else ["cap", "kat", "nilrk"]
        kind = kinds[n_sub % len(kinds)]
        if kind == "nilrk":
            for n, rk in enumerate(m["rks"]):
                vals = [rows[(n, k)]["nil"] for k in range(len(rk["ikis"]))]
                if len(set(vals)) > 1:
                    pen["rk"][n]["nil"] = max(vals)
                    marks[code] = {"key": ("pen", "p_nilrk", "u", n), "alt": [("pen", "p_tert", "u", n)]}
                    return
            kind = "cap"
        if kind == "nil":
            for (n, k), row in sorted(rows.items()):
                if Decimal(row["cap"]) != row["nil"]:
                    row["nil"] = Decimal(row["cap"]).quantize(Decimal("0.01"))
                    marks[code] = {"key": ("pen", "p_nil", "u", n, k), "alt": row_alt(n, k, "p_nil")}
                    return
            kind = "cap"
        if kind == "cap":
            keys = sorted(rows, key=lambda nk: (not ikis[nk]["lower"], nk))
            for n, k in keys:
                iki, row = ikis[(n, k)], rows[(n, k)]
                if row["real"] == iki["value"]:
                    continue
                r, t = Fraction(str(row["real"])), Fraction(str(iki["value"]))
                wrong = half_up(r / t * 100) if iki["lower"] else half_up(t / r * 100)
                if abs(wrong - row["cap"]) < 2:
                    wrong = row["cap"] + 6
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
        n = next(n for n, rk in enumerate(m["rks"]) if len(rk["ikis"]) >= 2) if not jpt else 1
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
        alt = [("pen", key, "u", n, k) for key in ("p_cap", "p_kat")]
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
        other = v - max(1, round(v * 0.1))
        rows[(n, k)]["target"] = (
            formatted(other, iki["satuan"])
            if isinstance(iki["target"], Num)
            else (target_text(other, iki["satuan"], m["var"]))
        )
        marks[code] = {
            "key": ("pen", "p_target", "u", n, k),
            "alt": [("skp", "target", "u", n, k)],
            "boleh_pen": True,
        }
        return
    raise ValueError(code)


# ----------------------------------------------------------------------------- layout

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Lembar:
    """One sheet being written: every cell written for a model place is recorded as ``cells[key]``."""

    def __init__(self, ws: Worksheet, sk: str, m: dict, var: set[str], cells: dict) -> None:
        self.ws, self.sk, self.m, self.var, self.cells = ws, sk, m, var, cells

    def put(self, r: int, c: int, v: Any, key: tuple | None = None, **kw: Any) -> str:
        cell = self.ws.cell(r, c)
        if isinstance(v, Num):
            cell.value = v.value
            cell.number_format = v.fmt
        else:
            cell.value = v
            if kw.get("fmt"):
                cell.number_format = kw["fmt"]
        if kw.get("bold") or kw.get("size"):
            cell.font = Font(bold=bool(kw.get("bold")), size=kw.get("size", 11))
        cell.alignment = CENTER if kw.get("center") else WRAP
        if kw.get("box"):
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

    def label(self, kind: str, name: str, text: str) -> str:
        text = self.m["typos"].get((kind, name), text)
        return kecil(text) if "judul_huruf_kecil" in self.var else text


def kop(sh: Lembar, title: str, width: int, periode: bool = True) -> int:
    """Kop surat (variation) and the title block; returns the first free row below it."""
    r = 1
    width = max(width, 6)
    if "kop_surat" in sh.var:
        for i, line in enumerate(bank.KOP):
            sh.put(r, 1, line, bold=i < 2, size=14 if i == 1 else 12 if i == 0 else 10, center=True)
            sh.merge(r, 1, r, width)
            r += 1
        for c in range(1, width + 1):
            sh.ws.cell(r - 1, c).border = Border(bottom=Side(style="double"))
        r += 1
    sh.put(r, 1, title, bold=True, center=True)
    sh.merge(r, 1, r, width)
    sh.put(r + 1, 1, bank.DINAS, bold=True, center=True)
    sh.merge(r + 1, 1, r + 1, width)
    r += 2
    if periode:
        sh.put(r, 1, sh.m["periode"], ("periode",), center=True)
        sh.merge(r, 1, r, width)
        r += 1
    return r + 1


def pangkat_text(p: dict) -> str | None:
    if p["gol"] is None:
        return None
    if p["gol"] == "-":
        return "-"
    return f"{bank.PANGKAT[p['name_gol'] or p['gol']]}, {p['gol']}"


def identity(sh: Lembar, r: int) -> int:
    """The identity of the pegawai and the penilai (SPEC §3.1): side by side, or one block under the other
    (variation identitas_bertumpuk), with or without a ``:`` column (identitas_titik_dua)."""
    m = sh.m
    jpt = m["jenis"] == "jpt"
    colon = "identitas_titik_dua" in sh.var
    fields = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("gol", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN"),
        ("unit", "UNIT KERJA"),
    ]
    blocks = [("pegawai", "PEGAWAI YANG DINILAI"), ("penilai", "PEJABAT PENILAI KINERJA")]

    def value(who: str, key: str) -> Any:
        p = m[who]
        return pangkat_text(p) if key == "gol" else p[key]

    def block(who: str, head: str, r0: int, c0: int, wide: int = 0) -> int:
        vcol = c0 + (3 if colon else 2)
        sh.put(r0, c0, sh.label("blok", who, head), bold=True, center=True, box=True)
        sh.merge(r0, c0, r0, vcol + wide)
        for i, (key, lab) in enumerate(fields):
            rr = r0 + 1 + i
            name = "instansi" if (who == "penilai" and key == "unit" and jpt) else key
            sh.put(rr, c0, i + 1, center=True, box=True)
            sh.put(rr, c0 + 1, sh.label("ident", name, "INSTANSI" if name == "instansi" else lab), box=True)
            if colon:
                sh.put(rr, c0 + 2, ":", center=True)
            sh.put(rr, vcol, value(who, key), ("ident", who, key), box=True)
            sh.merge(rr, vcol, rr, vcol + wide)
        return r0 + 1 + len(fields)

    if "identitas_bertumpuk" in sh.var:
        r = block("pegawai", blocks[0][1], r, 1)
        return block("penilai", blocks[1][1], r, 1) + 1
    end = block("pegawai", blocks[0][1], r, 1)
    block("penilai", blocks[1][1], r, 5 if colon else 4, wide=2)
    return end + 1


def signature(sh: Lembar, r: int, left: int, right: int, date: str | None) -> int:
    m = sh.m
    if date:
        sh.put(r, right, f"{bank.TEMPAT}, {date}")
    sh.put(r + 1, left, "Pegawai yang Dinilai,")
    sh.put(r + 1, right, "Pejabat Penilai Kinerja,")
    sh.put(r + 5, left, m["pegawai"]["nama"], bold=True)
    sh.put(r + 5, right, m["penilai"]["nama"], bold=True)
    sh.put(r + 6, left, f"NIP. {m['pegawai']['nip']}", ("ttd_nip", "pegawai"))
    if m["penilai"]["nip"] not in ("-", None):
        sh.put(r + 6, right, f"NIP. {m['penilai']['nip']}", ("ttd_nip", "penilai"))
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
    "reviu": "REVIU OLEH PENGELOLA KINERJA",
    "real": "REALISASI",
    "cap": "CAPAIAN IKI",
    "kat_iki": "KATEGORI CAPAIAN IKI",
    "nil_iki": "NILAI CAPAIAN IKI",
    "kat_rk": "KATEGORI CAPAIAN RK",
    "nil_rk": "NILAI CAPAIAN RK",
    "tert": "NILAI TERTIMBANG",
}
KAT_KEYS = {"lima": ["sk", "k", "c", "b", "sb"], "empat": ["k", "c", "b", "sb"], "dua": ["c", "sb"]}


def plan_columns(m: dict, var: set[str], penilaian: bool) -> list[str]:
    jenis, model = m["jenis"], m["model"]
    spasi = ["spasi"] if "kolom_spasi" in var else []
    if jenis == "jpt":
        cols = (["persp"] if model == "pengembangan" else []) + ["no", "rk"] + spasi + ["iki", "target"]
        if penilaian:
            return cols + ["real", "cap", "kat_iki", "nil_iki", "tert"]
        return cols + (["reviu"] if "kolom_reviu" in var else [])
    cols = ["no", "atasan", "rk"] + spasi + ["aspek", "iki", "target"]
    if model == "pengembangan":
        cols += KAT_KEYS[m["levels"]]
    if penilaian:
        return cols + ["real", "cap", "kat_iki", "kat_rk", "nil_rk", "tert"]
    if model == "pengembangan":
        cols += ["data", "sumber", "waktu"]
    return cols + (["reviu"] if "kolom_reviu" in var else [])


WIDTHS = {
    "no": 5,
    "persp": 16,
    "atasan": 34,
    "rk": 36,
    "aspek": 12,
    "iki": 38,
    "target": 15,
    "spasi": 2,
    "data": 20,
    "sumber": 20,
    "waktu": 14,
    "reviu": 20,
}


def header_row(sh: Lembar, r: int, cols: list[str]) -> dict[str, int]:
    col = {}
    for i, key in enumerate(cols, start=1):
        col[key] = i
        if key == "spasi":
            sh.ws.column_dimensions[get_column_letter(i)].width = WIDTHS["spasi"]
            continue
        text = HEADERS[key]
        if key == "atasan" and sh.sk == "skp" and sh.m.get("judul_atasan"):
            text = sh.m["judul_atasan"]
        sh.put(r, i, sh.label("hdr", key, text), ("hdr", key), bold=True, center=True, box=True)
        sh.ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(key, 13)
    return col


def section(sh: Lembar, r: int, which: str) -> None:
    text = "A. KINERJA UTAMA" if which == "u" else "B. KINERJA TAMBAHAN"
    sh.put(r, 1, sh.label("sec", which, text), ("sec", which), bold=True)


def rk_rows(sh: Lembar, r: int, col: dict[str, int], rks: list[dict], part: str, pen: dict | None) -> int:
    """The rows of the RKs of one part (``u`` Kinerja Utama, ``t`` Kinerja Tambahan); returns the next row."""
    var = sh.var
    merge = "rk_digabung" in var
    for n, rk in enumerate(rks):
        top = r
        span = max(1, len(rk["ikis"]))
        rk_keys = [
            "no",
            "persp",
            "atasan",
            "rk",
            "data",
            "sumber",
            "waktu",
            "reviu",
            "kat_rk",
            "nil_rk",
            "tert",
        ]
        sh.put(r, col["no"], n + 1, ("no", part, n), center=True)
        if "persp" in col:
            sh.put(r, col["persp"], rk.get("persp"), ("persp", part, n))
        if "atasan" in col:
            sh.put(r, col["atasan"], rk.get("atasan"), ("atasan", part, n))
        sh.put(r, col["rk"], rk["rk"], ("rk", part, n))
        if "data" in col:
            for key, v in zip(("data", "sumber", "waktu"), rk["cara"], strict=True):
                sh.put(r, col[key], v, (key, part, n))
        if "reviu" in col:
            sh.put(r, col["reviu"], bank.REVIU[n % len(bank.REVIU)], ("reviu", part, n))
        if not rk["ikis"]:
            sh.note(r, col["iki"], ("iki", part, n, 0))
        for k, iki in enumerate(rk["ikis"]):
            if "aspek" in col:
                sh.put(r, col["aspek"], iki["aspek_text"], ("aspek", part, n, k))
            sh.put(r, col["iki"], iki["iki"], ("iki", part, n, k))
            target = iki["target"]
            if pen is not None:
                target = pen["rows"][(n, k)].get("target", target)
            sh.put(r, col["target"], target, ("p_target" if pen else "target", part, n, k))
            for key in KAT_KEYS["lima"]:
                if key in col:
                    sh.put(r, col[key], iki["kat"].get(key), (key, part, n, k))
            if pen is not None:
                pen_cells(sh, r, col, pen, n, k, iki)
            r += 1
        if pen is not None:
            rkv = pen["rk"][n]
            if "kat_rk" in col:
                sh.put(r - span, col["kat_rk"], rkv["kat"], ("p_katrk", part, n))
                sh.put(r - span, col["nil_rk"], dec(rkv["nil"]), ("p_nilrk", part, n), fmt="0.00")
            sh.put(r - span, col["tert"], dec(rkv["tert"]), ("p_tert", part, n), fmt="0.00")
        if not rk["ikis"]:
            r += 1
        if merge and span > 1:
            for key in rk_keys:
                if key in col:
                    sh.merge(top, col[key], top + span - 1, col[key])
        if "baris_kosong" in var and n < len(rks) - 1:
            r += 1
    return r


def dec(v: Any) -> Any:
    return float(v) if isinstance(v, Decimal) else v


def pen_cells(sh: Lembar, r: int, col: dict, pen: dict, n: int, k: int, iki: dict) -> None:
    row = pen["rows"][(n, k)]
    berformat = "angka_berformat" in sh.var
    real, cap = row["real"], row["cap"]
    if berformat and isinstance(real, (int, float)) and not isinstance(real, bool):
        real = formatted(real, iki["satuan"])
    if berformat and isinstance(cap, int):
        cap = Num(float(Decimal(cap) / 100), "0%")
    sh.put(r, col["real"], real, ("p_real", "u", n, k))
    sh.put(r, col["cap"], cap, ("p_cap", "u", n, k))
    sh.put(r, col["kat_iki"], row["kat"], ("p_kat", "u", n, k))
    if "nil_iki" in col:
        sh.put(r, col["nil_iki"], dec(row["nil"]), ("p_nil", "u", n, k), fmt="0.00")


def write_rencana(sh: Lembar, date: str | None) -> None:
    m, var = sh.m, sh.var
    cols = plan_columns(m, var, penilaian=False)
    r = kop(sh, "RENCANA SASARAN KINERJA PEGAWAI", len(cols))
    r = identity(sh, r)
    col = header_row(sh, r, cols)
    r += 2 if "baris_kosong" in var else 1
    section(sh, r, "u")
    r = rk_rows(sh, r + 1, col, m["rks"], "u", None)
    if "baris_kosong" in var:
        r += 1
    section(sh, r, "t")
    r = rk_rows(sh, r + 1, col, m["tambahan"], "t", None) if m["tambahan"] else r + 2
    left = col.get("atasan", col["rk"])
    signature(sh, r + 1, left, col["iki"], date)


def write_ak(sh: Lembar, date: str) -> None:
    m, var = sh.m, sh.var
    r = kop(sh, "KETERKAITAN SASARAN KINERJA PEGAWAI DENGAN ANGKA KREDIT", 6)
    r = identity(sh, r)
    sh.put(r, 1, sh.label("ak", "tanggal", "TANGGAL PENGAJUAN"), bold=True)
    sh.merge(r, 1, r, 2)
    sh.put(r, 3, date)
    r += 2
    heads = [
        ("no", "NO"),
        ("rk", "RENCANA KINERJA"),
        ("butir", "BUTIR KEGIATAN"),
        ("output", "OUTPUT"),
        ("ak", "ANGKA KREDIT"),
    ]
    widths = {"no": 5, "rk": 36, "butir": 38, "output": 24, "ak": 14}
    for i, (key, text) in enumerate(heads, start=1):
        sh.put(r, i, sh.label("hdr", key, text), ("hdr", key), bold=True, center=True, box=True)
        sh.ws.column_dimensions[get_column_letter(i)].width = widths[key]
    r += 1
    sh.put(r, 1, sh.label("sec", "ak", "KINERJA UTAMA"), bold=True)
    r += 1
    n_out = 0
    for n, rk in enumerate(m["rks"]):
        if not rk["butir"]:
            continue
        top = r
        sh.put(r, 1, n_out + 1, center=True)
        sh.put(r, 2, rk["rk"], ("rk", "u", n))
        for b, (butir, output, ak) in enumerate(rk["butir"]):
            sh.put(r, 3, butir)
            sh.put(r, 4, output)
            sh.put(r, 5, ak, ("ak", "u", n, b), fmt="0.000" if isinstance(ak, float) else None)
            r += 1
        if "rk_digabung" in var and r - top > 1:
            sh.merge(top, 1, r - 1, 1)
            sh.merge(top, 2, r - 1, 2)
        n_out += 1
    signature(sh, r + 1, 2, 4, date)


def write_manual(sh: Lembar) -> None:
    m = sh.m
    r = kop(sh, "MANUAL INDIKATOR KINERJA INDIVIDU", 5, periode=False)
    sh.ws.column_dimensions["A"].width = 30
    for c in "BCDE":
        sh.ws.column_dimensions[c].width = 24
    for part, rks in (("u", m["rks"]), ("t", m["tambahan"])):
        for n, rk in enumerate(rks):
            if "manual" not in rk or not rk["ikis"]:
                continue
            man = dict(rk["manual"], rk=rk["rk"], iki=rk["ikis"][0]["iki"])
            for key, text in bank.MANUAL_LABELS:
                sh.put(r, 1, sh.label("man", key, text), bold=True, box=True)
                sh.put(r, 2, man.get(key), (key, part, n), box=True)
                sh.merge(r, 2, r, 5)
                r += 1
            r += 1


def write_penilaian(sh: Lembar, date: str) -> None:
    m, var, pen = sh.m, sh.var, sh.m["pen"]
    cols = plan_columns(m, var, penilaian=True)
    r = kop(sh, "PENILAIAN SASARAN KINERJA PEGAWAI", len(cols))
    r = identity(sh, r)
    col = header_row(sh, r, cols)
    r += 2 if "baris_kosong" in var else 1
    section(sh, r, "u")
    r = rk_rows(sh, r + 1, col, m["rks"], "u", pen)
    if "baris_kosong" in var:
        r += 1
    section(sh, r, "t")
    r += 2
    vcol = col["tert"]

    def total(label: str, key: str | None, v: Any, fmt: str | None = "0.00") -> None:
        nonlocal r
        sh.put(r, 1, sh.label("total", label, label), bold=True)
        sh.merge(r, 1, r, 3)
        sh.put(r, vcol, dec(v), ("total", key) if key else None, fmt=fmt if not isinstance(v, str) else None)
        r += 1

    total("NILAI AKHIR SKP", "akhir", pen["akhir"])
    if "perilaku_rinci" in var:
        sh.put(r, 1, sh.label("total", "PERILAKU KERJA", "PERILAKU KERJA"), bold=True)
        r += 1
        for name, s in zip(bank.PERILAKU, pen["perilaku_rinci"], strict=True):
            total(name, None, s, fmt=None)
    total("NILAI PERILAKU KERJA", "perilaku", pen["perilaku"])
    total("NILAI KINERJA", "nk", pen["nk"])
    total("PREDIKAT KINERJA PEGAWAI", "predikat", pen["predikat"])
    if pen["ide"] is not None:
        total(bank.IDE, "ide", pen["ide"])
    left = col.get("atasan", col["rk"])
    signature(sh, r + 1, left, col["iki"], date)


def write_petunjuk(ws: Worksheet, tahun: int) -> None:
    ws.column_dimensions["A"].width = 110
    for i, line in enumerate(bank.PETUNJUK, start=1):
        cell = ws.cell(i, 1)
        cell.value = line.format(tahun=tahun) or None
        if i == 1:
            cell.font = BOLD


# ----------------------------------------------------------------------------- the set


def draw_variations(
    rng: random.Random, pool: list[str], used: Counter, k: int, clean_used: Counter | None
) -> list:
    """The least used first, a variation used in fewer than five workbooks before any other; on a clean
    workbook the least used on clean workbooks first (every variation is measured for false findings too)."""
    if clean_used is not None:
        order = sorted(pool, key=lambda v: (used[v] >= 5, clean_used[v], used[v], rng.random()))
    else:
        order = sorted(pool, key=lambda v: (used[v] >= 5, used[v], rng.random()))
    out: list[str] = []
    for v in order:
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


TYPO_BUSY = {
    "ident": [],
    "struktur": [("hdr", "rk"), ("hdr", "iki")],
    "rk": [("hdr", "rk")],
    "atasan": [("hdr", "atasan"), ("hdr", "rk")],
    "target": [("hdr", "target"), ("hdr", "iki")],
    "aspek": [("hdr", "iki")],
    "kategori": [("hdr", "sb"), ("hdr", "target")],
    "cara": [("hdr", "sumber"), ("hdr", "waktu"), ("hdr", "rk")],
    "jf": [("hdr", "rk")],
    "manual": [("hdr", "iki")],
    "persp": [("hdr", "rk")],
    "penilaian": [("hdr", "target"), ("hdr", "iki")],
}
IDENT_BUSY = {
    "identitas-kosong": [("ident", "gol"), ("blok", "penilai"), ("blok", "pegawai")],
    "pangkat-tidak-dikenal": [("ident", "gol"), ("blok", "pegawai")],
    "jenjang-golongan-tidak-sesuai": [("ident", "gol"), ("ident", "jabatan"), ("blok", "pegawai")],
    "nip-tidak-valid": [("blok", "pegawai")],
    "penilai-sama-dengan-pegawai": [("blok", "pegawai"), ("blok", "penilai")],
    "periode-tidak-valid": [],
}


def choose_typos(m: dict, var: set[str], codes: list[str], rng: random.Random) -> None:
    """Which labels are written otherwise (variation label_salah_ketik): one or two, never a label the file's
    defect is about, and only labels the form has."""
    m["typos"] = {}
    if "label_salah_ketik" not in var:
        return
    busy = set()
    for c in codes:
        busy.update(TYPO_BUSY[DEFECTS[c][1]])
        busy.update(IDENT_BUSY.get(c, []))
    present = set(plan_columns(m, var, penilaian=False)) | set(plan_columns(m, var, penilaian=True))
    pool = [
        key for key in sorted(bank.LABEL_LAIN) if key not in busy and (key[0] != "hdr" or key[1] in present)
    ]
    for key in rng.sample(pool, rng.choice([1, 2])):
        m["typos"][key] = rng.choice(bank.LABEL_LAIN[key])


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


def old_model(m: dict) -> dict:
    """Last year's SKP of the same person, kept as a hidden sheet (variation sheet_lama_tersembunyi)."""
    old = copy.deepcopy(m["m0"])
    old["tahun"] = m["tahun"] - 1
    old["periode"] = f"PERIODE PENILAIAN : 1 JANUARI SD 31 DESEMBER {old['tahun']}"
    old["tambahan"] = []
    old["typos"] = m["typos"]
    return old


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Membangun set nyata_bs (Dinas Pendidikan Provinsi Tanah Kemilau)."
    )
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
        pool = applicable_variations(form, kind, role_key)
        var = draw_variations(rng, pool, used_var, rng.randint(2, 4), used_clean if clean else None)
        used_var.update(var)
        if clean:
            used_clean.update(var)
        vs = set(var)
        codes: list[str] = []
        if not clean:
            want = rng.choice([1, 2])
            if kind == "penilaian":
                pen_pool, plan_pool = penilaian_defects(form)
                codes = draw_defects(rng, pen_pool, used_def, 1, [])
                if want == 2:
                    codes += draw_defects(rng, plan_pool, used_def, 1, codes)
            else:
                codes = draw_defects(rng, applicable_defects(form, vs), used_def, want, [])
            used_def.update(codes)
        m = build_model(form, kind, role_key, vs, rng, folk)
        m["var"] = vs
        m["rks0"] = copy.deepcopy(m["rks"])
        m["m0"] = copy.deepcopy({k: v for k, v in m.items() if k not in ("rks0",)})
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
            apply_defect(m, c, rng, sub)
        choose_typos(m, vs, codes, rng)
        m["m0"]["typos"] = m["typos"]
        name = f"{form}-{i + 1:02d}-{'penilaian2026' if kind == 'penilaian' else 'rencana2027'}-"
        name += ("bersih" if clean else "-".join(codes)) + ".xlsx"
        names = dict(SHEETS)
        if "nama_sheet_lain" in vs:
            names = {
                k: v.format(tahun=m["tahun"]) for k, v in SHEETS_LAIN[sub["nama_sheet_lain"] % 2].items()
            }
            sub["nama_sheet_lain"] += 1
        cells: dict = {}
        wb = Workbook()
        first = wb.active
        if "sheet_petunjuk" in vs:
            first.title = PETUNJUK_SHEET
            write_petunjuk(first, m["tahun"])
            ws = wb.create_sheet(names["skp"])
        else:
            ws = first
            ws.title = names["skp"]
        date_plan = "4 Januari 2027" if kind == "rencana" else "5 Januari 2026"
        write_rencana(Lembar(ws, "skp", m, vs, cells), date_plan)
        if m["ak_sheet"]:
            write_ak(Lembar(wb.create_sheet(names["ak"]), "ak", m, vs, cells), date_plan)
        if jenis == "jpt":
            write_manual(Lembar(wb.create_sheet(names["man"]), "man", m, vs, cells))
        if kind == "penilaian":
            write_penilaian(Lembar(wb.create_sheet(names["pen"]), "pen", m, vs, cells), "8 Januari 2027")
        if "sheet_lama_tersembunyi" in vs:
            om = old_model(m)
            hidden = wb.create_sheet(LAMA_SHEET.format(tahun=om["tahun"]))
            write_rencana(Lembar(hidden, "lama", om, vs, {}), f"6 Januari {om['tahun']}")
            hidden.sheet_state = "hidden"
        wb.save(a.keluaran / name)
        defects, boleh = [], []
        for c in codes:
            d, b = defect_entry(c, m, cells, names)
            defects.append(d)
            boleh += b
        boleh += variation_boleh(m, vs, cells, names, defects)
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
        json.dumps({"set": "nyata_bs", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


def variation_boleh(m: dict, var: set[str], cells: dict, names: dict, defects: list[dict]) -> list[dict]:
    """Findings SPEC does not decide on a variation: a target kept as a number whose number format shows its
    satuan (``12`` shown ``12 dokumen``) may be read as a bare number."""
    out = []
    taken = {(d["sheet"], d["cell"]) for d in defects}
    if "angka_berformat" in var:
        for key, coord in sorted(cells.items()):
            if key[1] in ("target", "p_target") and (names[key[0]], coord) not in taken:
                sheet = names[key[0]]
                out.append({"code": "target-tanpa-satuan", "sheet": sheet, "cell": coord})
                out.append({"code": "satuan-tidak-sesuai-aspek", "sheet": sheet, "cell": coord})
    return out


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
    for sk in mark.get("boleh_sheets", []):
        if sk in names and any(k[0] == sk for k in cells):
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
