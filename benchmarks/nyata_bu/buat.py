"""Generator of the held-out set ``nyata_bu``: Rencana SKP 2027 and Penilaian SKP 2026 of the Dinas Kelautan
dan Perikanan and the Dinas Perhubungan of Kabupaten Kepulauan Teluk Sembilan (fictional), as their staff send
them in January 2027. Deterministic (fixed seed), openpyxl only.

Each workbook is first a content model (identity, periode, RK with IKI, targets, kategori, cara memantau,
butir kegiatan, Manual IKI; for a Penilaian workbook also the realisasi and every score computed by SPEC §6);
the defects are written into the model; then the model is laid out. Every cell written for a place of the
model is recorded under its key (sheet, field, part, RK, IKI), so the cell of each inserted defect is known
exactly.

Usage: ``python benchmarks/nyata_bu/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270108
SET_NAME = "nyata_bu"

SHEETS = {"skp": "RENCANA SKP", "ak": "KETERKAITAN SKP-AK", "man": "MANUAL IKI", "pen": "PENILAIAN SKP"}

# form → (files, of which Penilaian 2026, clean files, clean Penilaian files)
FORMS = {
    "ja-dasar": (8, 3, 3, 1),
    "ja-pengembangan": (7, 2, 3, 1),
    "jf-dasar": (8, 3, 3, 1),
    "jf-pengembangan": (8, 3, 4, 1),
    "jpt-dasar": (7, 2, 3, 1),
    "jpt-pengembangan": (7, 2, 3, 1),
}

VARIATIONS = [
    "ekspor_ekinerja",
    "kop_panjang",
    "identitas_titik_dua",
    "judul_singkatan",
    "aspek_kurung",
    "kategori_cukup_sb",
    "target_satuan_terpisah",
    "persen_berformat",
    "nilai_teks",
    "kolom_bantu_tersembunyi",
    "kolom_spasi",
    "rk_gabung",
    "ttd_sejajar",
    "total_kanan",
    "baris_nomor_kolom",
    "periode_sel_terpisah",
]
EXCLUSIVE = [{"target_satuan_terpisah", "persen_berformat"}, {"ttd_sejajar", "total_kanan"}]
RARE = {"kategori_cukup_sb", "nilai_teks", "total_kanan"}

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
SOLO = {"kinerja-utama-kosong", "rk-tanpa-iki"}
NOT_TOGETHER = [
    {"aspek-tidak-valid", "kategori-tidak-berurutan"},
    {"aspek-tidak-valid", "kategori-tidak-membedakan"},
    {"aspek-tidak-valid", "kategori-penilaian-kosong"},
]
WITHOUT_CELL = {"keterkaitan-ak-hilang", "perspektif-tidak-lengkap", "kinerja-utama-kosong"}

JENJANG = {
    "Terampil": ("II/b", "II/d"),
    "Mahir": ("III/a", "III/b"),
    "Penyelia": ("III/c", "III/d"),
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
}
GOLS = list(bank.PANGKAT)


def jenjang_of(jabatan: str) -> str | None:
    for j in JENJANG:
        if jabatan.endswith(j):
            return j
    return None


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
    if "judul_singkatan" not in var:
        out.append("judul-tidak-dikenali")
    if jenis != "jpt":
        out += ["rk-atasan-kosong", "aspek-tidak-valid", "aspek-ganda"]
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


def penilaian_defects(form: str) -> tuple[list[str], list[str]]:
    jenis, model = form.split("-")
    pen = PENILAIAN_CODES[:3] + (["target-penilaian-berbeda"] if (model == "dasar" or jenis == "jpt") else [])
    plan = ident_defects(jenis)
    if jenis == "jf":
        plan += ["angka-kredit-tidak-valid", "rk-tanpa-butir-kegiatan"]
    if jenis == "jpt":
        plan.append("manual-iki-kosong")
    return pen, plan


def applicable_variations(form: str, kind: str) -> list[str]:
    jenis, model = form.split("-")
    out = [
        "ekspor_ekinerja",
        "kop_panjang",
        "identitas_titik_dua",
        "judul_singkatan",
        "target_satuan_terpisah",
        "persen_berformat",
        "kolom_bantu_tersembunyi",
        "kolom_spasi",
        "ttd_sejajar",
        "baris_nomor_kolom",
        "periode_sel_terpisah",
    ]
    if jenis != "jpt":
        out += ["aspek_kurung", "rk_gabung"]
        if model == "pengembangan":
            out.append("kategori_cukup_sb")
    elif model == "pengembangan":
        out.append("rk_gabung")
    if kind == "penilaian":
        out += ["nilai_teks", "total_kanan"]
    return out


# ----------------------------------------------------------------------------- numbers and text

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


def num(v: Any) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    v = Fraction(str(v)) if not isinstance(v, Fraction) else v
    if v.denominator != 1:
        d = Decimal(v.numerator) / Decimal(v.denominator)
        s = f"{d:.3f}".rstrip("0").rstrip(".")
        whole, frac = s.split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(v):,}".replace(",", ".")


def pyval(v: Fraction) -> int | float:
    return int(v) if v.denominator == 1 else float(Decimal(v.numerator) / Decimal(v.denominator))


def with_unit(v: Any, sat: str) -> str:
    if sat == "Rp":
        return f"Rp {num(v)}"
    return f"{num(v)} {sat}"


def range_text(lo: Any, hi: Any, sat: str) -> str:
    if lo == hi:
        return with_unit(lo, sat)
    if sat == "Rp":
        return f"Rp {num(lo)} - Rp {num(hi)}"
    return f"{num(lo)} - {num(hi)} {sat}"


def tanggal(d: int, mth: int, y: int) -> str:
    return f"{d} {BULAN[mth - 1]} {y}"


def q2(x: Fraction) -> Decimal:
    d = Decimal(x.numerator) / Decimal(x.denominator)
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def dec_text(d: Decimal) -> str:
    return f"{d:.2f}".replace(".", ",")


# ----------------------------------------------------------------------------- SPEC §6 scoring


def capaian_raw(r: Fraction, t: Fraction, lower: bool) -> Fraction:
    f = r / t
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


def predikat(nk: Decimal, ide: str) -> str:
    if nk >= 110:
        return "Sangat Baik" if ide == "Ya" else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


# profile → (band of each RK in turn, nilai perilaku, ide baru)
PROFILES = {
    "istimewa": (["sb"], 116, "Ya"),
    "tinggi": (["sb"], 113, "Tidak"),
    "baik_campur": (["baik", "sb"], 100, "Tidak"),
    "naik_turun": (["sb", "cukup"], 95, "Tidak"),
    "perbaikan": (["cukup"], 80, "Tidak"),
    "pas": (["baik"], 92, "Tidak"),
}


def step_of(iki: dict) -> Fraction:
    t, sat = iki["value"], iki["satuan"]
    if sat == "Rp":
        return Fraction(1_000_000)
    # counts stay whole (no "6,8 unit"); fractional targets and short durations go by tenths
    if t.denominator != 1 or (iki["lower"] and t < 10):
        return Fraction(1, 10)
    return Fraction(1)


def realisasi_candidates(iki: dict, band_key: str, cap_max: int = 115) -> list[Fraction]:
    t, lower, sat = iki["value"], iki["lower"], iki["satuan"]
    if band_key == "baik":
        return [t]
    step = step_of(iki)
    lo, hi = math.ceil(t * Fraction(6, 10) / step), math.floor(t * Fraction(cap_max + 5, 100) / step)
    out = []
    for i in range(max(lo, 1), hi + 1):
        r = i * step
        if r == t or (sat == "%" and r > 100):
            continue
        raw = capaian_raw(r, t, lower)
        frac = raw - math.floor(raw)
        if abs(frac - Fraction(1, 2)) < Fraction(1, 10):
            continue
        cap = half_up(raw)
        if band_key == "sb" and not 102 <= cap <= cap_max:
            continue
        if band_key == "cukup" and not 82 <= cap <= 97:
            continue
        out.append(r)
    return out


def score(rks: list[dict], jpt: bool, profile: str, rng: random.Random) -> dict | None:
    bands, perilaku, ide = PROFILES[profile]
    for _ in range(400):
        rows: dict = {}
        rk_out: dict = {}
        ok = True
        for n, rk in enumerate(rks):
            want = bands[n % len(bands)]
            # a small count reaches Sangat Baik only above 115 % (5 of 4 dokumen)
            cands = [realisasi_candidates(i, want) or realisasi_candidates(i, want, 150) for i in rk["ikis"]]
            if not all(cands):
                cands = [realisasi_candidates(i, "baik") for i in rk["ikis"]]
            exact = []
            for k, iki in enumerate(rk["ikis"]):
                r = rng.choice(cands[k])
                cap = half_up(capaian_raw(r, iki["value"], iki["lower"]))
                rows[(n, k)] = {"real": r, "cap": cap, "kat": band(cap), "nil": q2(nilai(cap))}
                exact.append(nilai(cap))
            kats = {rows[(n, k)]["kat"] for k in range(len(exact))}
            mean_exact = sum(exact) / len(exact)
            mean_written = sum(Fraction(rows[(n, k)]["nil"]) for k in range(len(exact))) / len(exact)
            if len(kats) != 1 or q2(mean_exact) != q2(mean_written):
                ok = False
                break
            rk_out[n] = {"nil": q2(mean_exact), "exact": mean_exact, "kat": kats.pop()}
        if not ok:
            continue
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
        if ide == "Ya" and nk < 110:
            continue
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
    return None


# ----------------------------------------------------------------------------- model

KAT_KEYS = {"lima": ["sk", "k", "c", "b", "sb"], "dua": ["c", "sb"]}


def kategori(iki: dict, levels: str) -> dict[str, Any]:
    """Thresholds of one IKI (SPEC §3.3): BAIK is the target itself (``None`` = write the target)."""
    t, sat, lower = iki["value"], iki["satuan"], iki["lower"]
    s = step_of(iki)
    if levels == "dua":
        if lower:
            return {"c": "> " + with_unit(t, sat), "sb": "< " + with_unit(t, sat)}
        return {"c": "< " + with_unit(t, sat), "sb": "> " + with_unit(t, sat)}
    if lower:
        c1 = math.ceil(t * Fraction(5, 4) / s) * s
        c2 = math.ceil(t * Fraction(3, 2) / s) * s
        return {
            "sb": "< " + with_unit(t, sat),
            "b": None,
            "c": range_text(t + s, c1, sat),
            "k": range_text(c1 + s, c2, sat),
            "sk": "> " + with_unit(c2, sat),
        }
    c1 = math.floor(t * Fraction(3, 4) / s) * s
    c2 = math.floor(t * Fraction(1, 2) / s) * s
    return {
        "sb": "> " + with_unit(t, sat),
        "b": None,
        "c": range_text(c1, t - s, sat),
        "k": range_text(c2, c1 - s, sat),
        "sk": "< " + with_unit(c2, sat),
    }


ASPEK_KURUNG = {
    "Kuantitas": "IKI (Kuantitas)",
    "Kualitas": "IKI (Kualitas)",
    "Waktu": "IKI (Waktu)",
    "Biaya": "IKI (Biaya)",
}


def aspek_text(aspek: str, var: set[str]) -> str:
    if "aspek_kurung" in var and aspek:
        return ASPEK_KURUNG.get(aspek, f"IKI ({aspek})")
    return aspek


def pangkat_text(gol: str, var: set[str]) -> str:
    name = bank.PANGKAT[gol]
    if "judul_singkatan" in var:
        return f"{name.replace('Tingkat I', 'Tk.I')}, {gol}"
    return f"{name} ({gol})"


def person(src: dict, var: set[str]) -> dict[str, Any]:
    return {
        "nama": src["nama"],
        "nip": src["nip"],
        "pangkat": src.get("pangkat") or pangkat_text(src["gol"], var),
        "jabatan": src["jabatan"],
        "unit": src["unit"],
        "gol": src.get("gol"),
        "label5": "INSTANSI" if src.get("politik") else "UNIT KERJA",
    }


def role(key: str) -> dict:
    return bank.JPT.get(key) or bank.ROLES[key]


def penilai_of(src: dict, var: set[str]) -> dict:
    key = src["penilai"]
    if key == "bupati":
        return person(bank.BUPATI, var)
    if key == "sekda":
        return person(bank.SEKDA, var)
    return person(role(key), var)


def mk_iki(raw: tuple, var: set[str], levels: str | None) -> dict[str, Any]:
    aspek, text, value, sat = raw
    value = Fraction(str(value))
    iki = {
        "aspek": aspek,
        "aspek_text": aspek_text(aspek, var),
        "iki": text,
        "value": value,
        "satuan": sat,
        "lower": aspek in ("Waktu", "Biaya"),
        "target": {"kind": "num", "value": value, "satuan": sat},
    }
    if levels:
        iki["kat"] = kategori(iki, levels)
    return iki


def build_model(
    form: str, kind: str, role_key: str, var: set[str], rng: random.Random, tanpa_ahli: bool
) -> dict:
    jenis, model = form.split("-")
    src = role(role_key)
    tahun = 2027 if kind == "rencana" else 2026
    peg = person(src, var)
    if tanpa_ahli:
        peg["jabatan"] = bank.TANPA_AHLI[src["jabatan"]]
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "kind": kind,
        "tahun": tahun,
        "var": var,
        "role": role_key,
        "dinas": src["dinas"],
        "pegawai": peg,
        "penilai": penilai_of(src, var),
        "periode": ((1, 1, tahun), (31, 12, tahun)),
        "ak_sheet": jenis == "jf",
        "tambahan": [],
        "heads": {},
        "ku_moved": False,
    }
    levels = None
    if jenis != "jpt" and model == "pengembangan":
        levels = "dua" if "kategori_cukup_sb" in var else "lima"
    m["levels"] = levels
    rks = []
    if jenis == "jpt":
        for rk in src["rks"]:
            rks.append(
                {
                    "rk": rk["rk"],
                    "persp": rk["persp"] if model == "pengembangan" else None,
                    "ikis": [mk_iki(i, var, None) for i in rk["ikis"]],
                    "manual": dict(rk["manual"]),
                }
            )
    else:
        atasan = role(src["penilai"])
        cara0 = rng.randrange(len(bank.CARA))
        for n, rk in enumerate(src["rks"]):
            rks.append(
                {
                    "rk": rk["rk"],
                    "atasan": atasan["rks"][rk["atasan"]]["rk"],
                    "ikis": [mk_iki(i, var, levels) for i in rk["ikis"]],
                    "cara": list(bank.CARA[(cara0 + n) % len(bank.CARA)]) if levels else None,
                    "butir": [list(b) for b in rk["butir"]],
                }
            )
    m["rks"] = rks
    return m


# ----------------------------------------------------------------------------- defects


def first_iki(m: dict, n: int, pred) -> int:
    for k, iki in enumerate(m["rks"][n]["ikis"]):
        if pred(iki):
            return k
    raise LookupError


def find_iki(m: dict, order: list[int], pred) -> tuple[int, int]:
    """The first IKI meeting ``pred`` in the RK of ``order`` (then in any RK)."""
    rks = m["rks"]
    for n in order + list(range(len(rks))):
        if n < len(rks):
            for k, iki in enumerate(rks[n]["ikis"]):
                if pred(iki):
                    return n, k
    raise LookupError


def apply_defect(m: dict, code: str, sub: Counter, rng: random.Random) -> None:
    """Write the defect into the model and record where it is (``m['marks'][code]``)."""
    jenis = m["jenis"]
    rks = m["rks"]
    mark: dict[str, Any] = {"key": None, "alt": [], "boleh_sheets": [], "sheets": ["skp"]}
    i = sub[code]
    sub[code] += 1
    split = "target_satuan_terpisah" in m["var"]

    def ikey(n: int, k: int, field: str, part: str = "ku", sheet: str = "skp") -> tuple:
        return (sheet, "iki", part, n, k, field)

    def rkey(n: int, field: str, part: str = "ku", sheet: str = "skp") -> tuple:
        return (sheet, "rk", part, n, field)

    if code == "identitas-kosong":
        who, field = (
            ("pegawai", "unit") if jenis == "jpt" else [("penilai", "jabatan"), ("pegawai", "pangkat")][i % 2]
        )
        m[who][field] = ""
        mark["ident"] = (who, field)
    elif code == "nip-tidak-valid":
        nip = m["pegawai"]["nip"]
        variants = [
            nip[:13] + "13" + nip[15:],  # TMT month 13
            nip[:-1],  # one digit lost: 17 digits
            nip[:16] + "3" + nip[17:],  # gender digit 3
        ]
        m["pegawai"]["nip"] = variants[i % 3]
        mark["ident"] = ("pegawai", "nip")
    elif code == "pangkat-tidak-dikenal":
        gol = m["pegawai"]["gol"]
        idx = GOLS.index(gol)
        wrong = GOLS[idx - 2] if idx >= 2 else GOLS[idx + 2]
        m["pegawai"]["pangkat"] = (
            f"{bank.PANGKAT[wrong]} ({gol})" if i % 2 == 0 else f"{bank.PANGKAT[gol]} ({gol[:-1]}f)"
        )
        mark["ident"] = ("pegawai", "pangkat")
    elif code == "jenjang-golongan-tidak-sesuai":
        lo, _hi = JENJANG[jenjang_of(role(m["role"])["jabatan"])]
        gol = GOLS[GOLS.index(lo) - 1]
        m["pegawai"]["gol"] = gol
        m["pegawai"]["pangkat"] = pangkat_text(gol, m["var"])
        mark["ident"] = ("pegawai", "pangkat")
        mark["alt_ident"] = [("pegawai", "jabatan")]
    elif code == "periode-tidak-valid":
        t = m["tahun"]
        m["periode"] = [((1, 1, t), (31, 12, t - 1)), ((1, 7, t), (30, 6, t + 1))][i % 2]
        mark["periode"] = True
    elif code == "penilai-sama-dengan-pegawai":
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        mark["ident"] = ("penilai", "nip")
        mark["nip_both"] = True
    elif code == "kinerja-utama-kosong":
        m["tambahan"] = m["rks"]
        m["rks"] = []
        m["ku_moved"] = True
    elif code == "rk-tanpa-iki":
        rks[1]["ikis"] = []
        mark["key"] = rkey(1, "rk")
        mark["alt"] = [ikey(1, 0, "iki")]
    elif code == "rk-berbasis-aktivitas":
        text = bank.AKTIVITAS[i % len(bank.AKTIVITAS)]
        rks[0]["rk"] = text
        mark["key"] = rkey(0, "rk")
        mark["alt"] = [("ak", "rk", 0), ("man", 0, "rk")]
        mark["boleh_sheets"] = ["ak", "man", "pen"]
    elif code == "rk-ganda":
        dup = copy.deepcopy(rks[1])
        dup["atasan"] = ""
        dup["butir"] = []
        m["tambahan"] = [dup]
        mark["key"] = rkey(0, "rk", "kt")
        mark["alt"] = [rkey(1, "rk")]
    elif code == "rk-atasan-kosong":
        rks[1]["atasan"] = ""
        mark["key"] = rkey(1, "rk_atasan")
        mark["alt"] = [rkey(1, "rk")]
    elif code == "judul-tidak-dikenali":
        which = "iki" if jenis == "jpt" else "rk_atasan"
        opts = bank.JUDUL_SALAH[which]
        m["heads"][which] = opts[i % len(opts)]
        mark["key"] = ("skp", "head", which)
    elif code in ("iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik"):
        n, k = find_iki(m, [1, 0], lambda x: x["satuan"] not in ("%", "Rp") and not x["lower"])
        iki = rks[n]["ikis"][k]
        if code == "iki-tanpa-target":
            iki["target"] = {"kind": "empty"}
        elif code == "target-tidak-terukur":
            pool = bank.JPT_TIDAK_TERUKUR if jenis == "jpt" else bank.TIDAK_TERUKUR
            iki["target"] = {"kind": "text", "text": pool[i % len(pool)]}
            if split:
                mark["boleh_row_codes"] = ["target-tanpa-satuan"]
        else:
            v = iki["value"]
            lo = math.floor(v * Fraction(4, 5))
            hi = math.ceil(v * Fraction(11, 10))
            iki["target"] = {"kind": "range", "lo": Fraction(hi), "hi": Fraction(lo), "satuan": iki["satuan"]}
        mark["key"] = ikey(n, k, "target")
        mark["alt"] = [ikey(n, k, "ts"), ikey(n, k, "iki")]
    elif code == "target-tanpa-satuan":
        n, k = find_iki(
            m,
            [0] if jenis != "jpt" else [3, 0],
            lambda x: x["satuan"] not in ("%", "Rp", "poin") and not x["lower"],
        )
        iki = rks[n]["ikis"][k]
        iki["target"] = {"kind": "bare", "value": iki["value"], "as_text": i % 2 == 1}
        if split:
            mark["key"] = ikey(n, k, "ts")
            mark["alt"] = [ikey(n, k, "target"), ikey(n, k, "iki")]
        else:
            mark["key"] = ikey(n, k, "target")
            mark["alt"] = [ikey(n, k, "iki")]
    elif code == "target-absolut":
        k = first_iki(m, 0, lambda x: x["satuan"] == "%")
        iki = rks[0]["ikis"][k]
        iki["target"] = {
            "kind": "text",
            "text": ["100 % untuk semua kapal dan dokumen", "selalu 100 %"][i % 2],
        }
        mark["key"] = ikey(0, k, "target")
        mark["alt"] = [ikey(0, k, "iki"), ikey(0, k, "ts")]
    elif code == "satuan-tidak-sesuai-aspek":
        k = first_iki(m, 0, lambda x: x["aspek"] == "Waktu")
        iki = rks[0]["ikis"][k]
        iki["target"] = {
            "kind": "num",
            "value": Fraction(["12", "4"][i % 2]),
            "satuan": ["laporan", "dokumen"][i % 2],
        }
        mark["key"] = ikey(0, k, "target")
        mark["alt"] = [ikey(0, k, "ts"), ikey(0, k, "iki"), ikey(0, k, "aspek")]
    elif code == "aspek-tidak-valid":
        iki = rks[1]["ikis"][0]
        wrong = bank.ASPEK_SALAH[i % len(bank.ASPEK_SALAH)]
        iki["aspek"] = wrong
        iki["aspek_text"] = aspek_text(wrong, m["var"]) if wrong else ""
        mark["key"] = ikey(1, 0, "aspek")
    elif code == "aspek-ganda":
        iki0, iki1 = rks[1]["ikis"][0], rks[1]["ikis"][1]
        # the second IKI of RK 2 is Kualitas (or Biaya); it takes the aspek of the first
        if iki1["aspek"] == "Biaya":
            iki1, iki0 = rks[0]["ikis"][1], rks[0]["ikis"][0]
            n = 0
        else:
            n = 1
        iki1["aspek"] = iki0["aspek"]
        iki1["aspek_text"] = iki0["aspek_text"]
        mark["key"] = ikey(n, 1, "aspek")
    elif code == "kategori-penilaian-kosong":
        iki = rks[1]["ikis"][0]
        for key in iki["kat"]:
            iki["kat"][key] = ""
        mark["key"] = ikey(1, 0, "b")
        mark["alt"] = [ikey(1, 0, x) for x in ("sk", "k", "c", "sb", "iki")]
    elif code == "kategori-tidak-berurutan":
        k = first_iki(m, 0, lambda x: not x["lower"])
        kat = rks[0]["ikis"][k]["kat"]
        if "k" in kat:
            kat["c"], kat["k"] = kat["k"], kat["c"]
            mark["alt"] = [ikey(0, k, "k")]
        else:
            kat["c"], kat["sb"] = kat["sb"], kat["c"]
            mark["alt"] = [ikey(0, k, "sb")]
        mark["key"] = ikey(0, k, "c")
        mark["boleh_row_codes"] = ["kategori-tidak-membedakan"]
    elif code == "kategori-tidak-membedakan":
        iki = rks[0]["ikis"][0]
        iki["kat"]["sb"] = with_unit(iki["value"], iki["satuan"])
        mark["key"] = ikey(0, 0, "sb")
        mark["alt"] = [ikey(0, 0, "target"), ikey(0, 0, "b")]
        mark["boleh_row_codes"] = ["kategori-tidak-berurutan"]
    elif code == "cara-memantau-kosong":
        rks[1]["cara"][1] = ""
        mark["key"] = rkey(1, "sumber")
        mark["alt"] = [rkey(1, "data"), rkey(1, "waktu"), rkey(1, "rk")]
    elif code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
    elif code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        mark["key"] = rkey(1, "rk")
        mark["alt"] = [("ak", "rk", 1)]
        if m["kind"] == "penilaian":
            mark["boleh_sheets"] = ["pen"]
    elif code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = ["0", "-", "-0,05"][i % 3]
        mark["key"] = ("ak", "butir", 0, 0, "ak")
    elif code == "manual-iki-kosong":
        field = ["formula", "tujuan"][i % 2]
        rks[1]["manual"][field] = ""
        mark["key"] = ("man", 1, field)
        mark["alt"] = [("man", 1, "iki"), ikey(1, 0, "iki")]
    elif code == "perspektif-tidak-valid":
        # the second Penerima Layanan RK: every perspektif keeps an RK (no perspektif-tidak-lengkap beside it)
        rks[1]["persp"] = bank.PERSPEKTIF_SALAH[i % 2]
        mark["key"] = rkey(1, "persp")
    elif code == "perspektif-tidak-lengkap":
        m["rks"] = [rk for rk in rks if rk["persp"] != "Anggaran"]
    else:
        raise ValueError(code)
    m["marks"][code] = mark


def apply_penilaian_defect(m: dict, code: str, sub: Counter) -> None:
    """A defect of the Penilaian sheet: the written numbers (``m['pen']``) differ from the truth."""
    pen = m["pen"]
    rks = m["rks"]
    jpt = m["jenis"] == "jpt"
    mark: dict[str, Any] = {"key": None, "alt": [], "boleh_sheets": [], "sheets": ["pen"]}
    i = sub[code]
    sub[code] += 1

    def pk(n: int, k: int, field: str) -> tuple:
        return ("pen", "iki", "ku", n, k, field)

    if code == "capaian-tidak-sesuai":
        mode = ["kategori", "nilai", "capaian"][i % 3]
        cand = [(n, k) for (n, k), row in pen["rows"].items() if row["cap"] != 100]
        n, k = cand[0]
        row = pen["rows"][(n, k)]
        if mode == "kategori":
            row["kat"] = "Baik"
            mark["key"] = pk(n, k, "kat_iki")
            mark["alt"] = [pk(n, k, "cap"), pk(n, k, "nil_iki")]
        elif mode == "nilai":
            row["nil"] = Decimal(row["cap"]).quantize(Decimal("0.01"))
            mark["key"] = pk(n, k, "nil_iki")
            mark["alt"] = [
                pk(n, k, "cap"),
                pk(n, k, "kat_iki"),
                ("pen", "rk", "ku", n, "nil_rk"),
                pk(n, k, "tert"),
            ]
        else:
            iki = rks[n]["ikis"][k]
            lowers = [(a, b) for (a, b) in cand if rks[a]["ikis"][b]["lower"]]
            if lowers and not jpt:
                n, k = lowers[0]
                iki = rks[n]["ikis"][k]
                row = pen["rows"][(n, k)]
                row["cap"] = half_up(row["real"] / iki["value"] * 100)
            else:
                row["cap"] = half_up(iki["value"] / row["real"] * 100)
            mark["key"] = pk(n, k, "cap")
            mark["alt"] = [pk(n, k, "kat_iki"), pk(n, k, "nil_iki")]
    elif code == "predikat-tidak-sesuai":
        nk, ide = pen["nk"], pen["ide"]
        if nk >= 110:
            pen["predikat"] = "Baik" if ide == "Ya" else "Sangat Baik"
        elif nk >= 90:
            pen["predikat"] = ["Sangat Baik", "Butuh Perbaikan"][i % 2]
        else:
            pen["predikat"] = "Baik"
        mark["key"] = ("pen", "total", "predikat")
        mark["alt"] = [("pen", "total", "nk")]
    elif code == "realisasi-kosong":
        n = 0
        k = len(rks[n]["ikis"]) - 1
        row = pen["rows"][(n, k)]
        row["real"] = None
        row["cap"] = None
        row["kat"] = None
        row["nil"] = None
        mark["key"] = pk(n, k, "real")
        mark["boleh_pen"] = True
    elif code == "target-penilaian-berbeda":
        n, k = next(
            (a, b)
            for a, rk in enumerate(rks)
            for b, iki in enumerate(rk["ikis"])
            if iki["satuan"] not in ("%", "Rp")
            and iki["value"] >= 5
            and iki["value"].denominator == 1
            and not iki["lower"]
        )
        iki = rks[n]["ikis"][k]
        pen["target_override"][(n, k)] = {
            "kind": "num",
            "value": Fraction(math.floor(iki["value"] * Fraction(9, 10))),
            "satuan": iki["satuan"],
        }
        mark["key"] = pk(n, k, "target")
        mark["alt"] = [("skp", "iki", "ku", n, k, "target"), pk(n, k, "ts")]
        mark["boleh_pen"] = True
    m["marks"][code] = mark


# ----------------------------------------------------------------------------- layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


class Lembar:
    """One sheet being written: every cell written for a model place is recorded as ``cells[key]``."""

    def __init__(self, ws, sk: str, m: dict, cells: dict) -> None:
        self.ws, self.sk, self.m, self.var, self.cells = ws, sk, m, m["var"], cells
        self.boxes = "ekspor_ekinerja" not in self.var

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        key: tuple | None = None,
        *,
        fmt: str | None = None,
        bold: bool = False,
        center: bool = False,
        box: bool = True,
        fill: bool = False,
    ) -> str:
        cell = self.ws.cell(r, c)
        cell.value = v
        if fmt:
            cell.number_format = fmt
        if bold:
            cell.font = Font(bold=True)
        cell.alignment = CENTER if center else WRAP
        if box and self.boxes:
            cell.border = BOX
        if fill and self.boxes:
            cell.fill = HEAD_FILL
        if key is not None:
            self.cells[(self.sk, *key)] = cell.coordinate
        return cell.coordinate

    def note(self, r: int, c: int, key: tuple) -> None:
        self.cells[(self.sk, *key)] = self.ws.cell(r, c).coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def width(self, c: int, w: float) -> None:
        self.ws.column_dimensions[get_column_letter(c)].width = w


HEADS = {
    "no": "NO",
    "kode": "KODE",
    "persp": "PERSPEKTIF",
    "rk_atasan": "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
    "rk": "RENCANA KINERJA",
    "spasi": None,
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "ts": "SATUAN",
    "sk": "SANGAT KURANG",
    "k": "KURANG",
    "c": "CUKUP",
    "b": "BAIK",
    "sb": "SANGAT BAIK",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    "real": "REALISASI",
    "cap": "CAPAIAN IKI",
    "nil_iki": "NILAI CAPAIAN IKI",
    "kat_iki": "KATEGORI CAPAIAN IKI",
    "nil_rk": "NILAI CAPAIAN RK",
    "kat_rk": "KATEGORI CAPAIAN RK",
    "tert": "NILAI TERTIMBANG",
}
HEADS_SINGKAT = {
    "rk_atasan": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
    "rk": "RENC. KINERJA",
    "iki": "IND. KINERJA INDIVIDU",
    "waktu": "WAKTU PENGUMPULAN DATA",
    "cap": "CAPAIAN IKI (%)",
    "nil_rk": "NILAI CAPAIAN RENC. KINERJA",
}
WIDTHS = {
    "no": 5,
    "kode": 10,
    "persp": 18,
    "rk_atasan": 32,
    "rk": 32,
    "spasi": 2,
    "aspek": 13,
    "iki": 34,
    "target": 15,
    "ts": 11,
    "sk": 13,
    "k": 13,
    "c": 13,
    "b": 13,
    "sb": 13,
    "data": 18,
    "sumber": 18,
    "waktu": 16,
    "real": 15,
    "cap": 10,
    "nil_iki": 10,
    "kat_iki": 13,
    "nil_rk": 10,
    "kat_rk": 13,
    "tert": 11,
}
GROUPS = {"kat": "KATEGORI PENILAIAN KINERJA", "cara": "CARA MEMANTAU KINERJA", "tgt": "TARGET"}
PER_RK = {"no", "persp", "rk_atasan", "rk", "data", "sumber", "waktu", "nil_rk", "kat_rk"}


def table_columns(m: dict, penilaian: bool) -> list[str]:
    var, jpt = m["var"], m["jenis"] == "jpt"
    cols = (["persp"] if m["model"] == "pengembangan" and jpt else []) + ["no"]
    if "kolom_bantu_tersembunyi" in var:
        cols.append("kode")
    cols += ["rk"] if jpt else ["rk_atasan", "rk"]
    if "kolom_spasi" in var:
        cols.append("spasi")
    cols += ["iki"] if jpt else ["aspek", "iki"]
    cols += ["target", "ts"] if "target_satuan_terpisah" in var else ["target"]
    if m["levels"]:
        cols += KAT_KEYS[m["levels"]]
        if not penilaian:
            cols += ["data", "sumber", "waktu"]
    if penilaian:
        cols += (
            ["real", "cap", "kat_iki", "nil_iki", "tert"]
            if jpt
            else ["real", "cap", "nil_iki", "kat_iki", "nil_rk", "kat_rk", "tert"]
        )
    return cols


def group_of(key: str) -> str | None:
    if key in ("sk", "k", "c", "b", "sb"):
        return "kat"
    if key in ("data", "sumber", "waktu"):
        return "cara"
    if key in ("target", "ts"):
        return "tgt"
    return None


def head_text(sh: Lembar, key: str) -> str | None:
    if key in sh.m["heads"] and sh.sk == "skp":
        return sh.m["heads"][key]
    if "judul_singkatan" in sh.var and key in HEADS_SINGKAT:
        return HEADS_SINGKAT[key]
    if key == "target" and "target_satuan_terpisah" in sh.var:
        return "JUMLAH"
    return HEADS[key]


def target_cells(sh: Lembar, tgt: dict) -> tuple[tuple[Any, str | None], tuple[Any, str | None] | None]:
    """The TARGET cell (and the SATUAN cell when the target is split): (value, number format)."""
    split = "target_satuan_terpisah" in sh.var
    pct = "persen_berformat" in sh.var
    kind = tgt["kind"]
    if kind == "empty":
        return (None, None), ((None, None) if split else None)
    if kind == "text":
        return (tgt["text"], None), ((None, None) if split else None)
    if kind == "bare":
        v = tgt["value"]
        return ((num(v) if tgt["as_text"] else pyval(v)), None), ((None, None) if split else None)
    if kind == "range":
        if split:
            return (f"{num(tgt['lo'])} - {num(tgt['hi'])}", None), (tgt["satuan"], None)
        return (range_text(tgt["lo"], tgt["hi"], tgt["satuan"]), None), None
    v, sat = tgt["value"], tgt["satuan"]
    if split:
        return (num(v), None), ("rupiah" if sat == "Rp" else sat, None)
    if pct and sat == "%":
        return (pyval(v / 100), "0%" if v.denominator == 1 else "0.0%"), None
    return (with_unit(v, sat), None), None


def single_target(sh: Lembar, tgt: dict) -> tuple[Any, str | None]:
    """The target as one cell (the BAIK column holds the target itself)."""
    v, sat = tgt["value"], tgt["satuan"]
    if "persen_berformat" in sh.var and sat == "%":
        return (pyval(v / 100), "0%" if v.denominator == 1 else "0.0%")
    return (with_unit(v, sat), None)


def realisasi_cell(sh: Lembar, iki: dict, r: Fraction | None) -> tuple[Any, str | None]:
    if r is None:
        return (None, None)
    if "persen_berformat" in sh.var and iki["satuan"] == "%":
        return (pyval(r / 100), "0%" if r.denominator == 1 else "0.0%")
    return (with_unit(r, iki["satuan"]), None)


def nilai_cell(sh: Lembar, d: Decimal | None) -> tuple[Any, str | None]:
    if d is None:
        return (None, None)
    if "nilai_teks" in sh.var:
        return (dec_text(d), None)
    return (float(d), "0.00")


def capaian_cell(sh: Lembar, cap: int | None) -> tuple[Any, str | None]:
    if cap is None:
        return (None, None)
    if "nilai_teks" in sh.var:
        return (f"{cap} %", None)
    return (cap / 100, "0%")


def periode_value(m: dict, split: bool) -> str:
    (d1, m1, y1), (d2, m2, y2) = m["periode"]
    if split:
        return f"{tanggal(d1, m1, y1)} s.d. {tanggal(d2, m2, y2)}"
    return f"PERIODE PENILAIAN: {d1} {BULAN[m1 - 1].upper()} {y1} SD {d2} {BULAN[m2 - 1].upper()} {y2}"


def kop(sh: Lembar, title: str, last: int, real_cols: list[int], printed: str) -> int:
    """Title, agency and periode lines (with the long letterhead and the e-Kinerja print line); the next
    free row."""
    m, var = sh.m, sh.var
    r = 1
    if "ekspor_ekinerja" in var:
        sh.put(r, 1, printed, box=False)
        r += 2
    dinas = bank.DINAS[m["dinas"]]
    if "kop_panjang" in var:
        sh.merge(r, 1, r + 3, 1)
        sh.ws.cell(r, 1).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        lines = [bank.PEMDA, dinas["nama"].upper(), dinas["alamat"], dinas["kontak"]]
        for j, line in enumerate(lines):
            sh.put(r + j, 2, line, bold=j < 2, center=True, box=False)
            sh.merge(r + j, 2, r + j, last)
        for c in range(1, last + 1):
            sh.ws.cell(r + 4, c).border = Border(top=Side(style="double"))
        r += 6
    sh.put(r, 1, title, bold=True, center=True, box=False)
    sh.merge(r, 1, r, last)
    r += 1
    sh.put(r, 1, f"{dinas['nama'].upper()} {bank.KABUPATEN.upper()}", bold=True, center=True, box=False)
    sh.merge(r, 1, r, last)
    r += 1
    if "periode_sel_terpisah" in var:
        sh.put(r, real_cols[0], "PERIODE PENILAIAN", bold=True, box=False)
        sh.merge(r, real_cols[0], r, real_cols[1])
        sh.put(r, real_cols[2], periode_value(m, True), ("periode",), box=False)
        sh.merge(r, real_cols[2], r, last)
    else:
        sh.put(r, 1, periode_value(m, False), ("periode",), bold=True, center=True, box=False)
        sh.merge(r, 1, r, last)
    return r + 2


IDENT_FIELDS = [
    ("nama", "NAMA"),
    ("nip", "NIP"),
    ("pangkat", "PANGKAT/GOL RUANG"),
    ("jabatan", "JABATAN"),
    ("unit", "UNIT KERJA"),
]


def ident_label(sh: Lembar, who: str, field: str, label: str) -> str:
    if field == "unit":
        return sh.m[who]["label5"]
    if field == "pangkat" and "judul_singkatan" in sh.var:
        return "PANGKAT/GOL.RUANG"
    return label


def identity(sh: Lembar, r: int, cols: list[int], last: int) -> int:
    """Pegawai and penilai blocks: side by side with numbered rows, or (identitas_titik_dua) stacked, each row
    ``label | : | value``."""
    m, var = sh.m, sh.var
    heads = ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA")
    if "judul_singkatan" in var:
        heads = ("PEGAWAI YANG DI NILAI", "PEJABAT PENILAI KERJA")
    if "identitas_titik_dua" in var:
        for who, head in zip(("pegawai", "penilai"), heads, strict=True):
            sh.put(r, cols[0], head, bold=True, box=False)
            sh.merge(r, cols[0], r, cols[2])
            r += 1
            for field, label in IDENT_FIELDS:
                sh.put(r, cols[1], ident_label(sh, who, field, label), box=False)
                sh.put(r, cols[2], ":", box=False)
                v = m[who][field]
                sh.put(r, cols[3], v if v != "" else None, ("ident", who, field), box=False)
                sh.merge(r, cols[3], r, last)
                r += 1
            r += 1
        return r
    sh.put(r, cols[0], heads[0], bold=True, center=True, fill=True)
    sh.merge(r, cols[0], r, cols[2])
    sh.put(r, cols[3], heads[1], bold=True, center=True, fill=True)
    sh.merge(r, cols[3], r, last)
    r += 1
    for j, (field, label) in enumerate(IDENT_FIELDS):
        for who, c0 in (("pegawai", 0), ("penilai", 3)):
            sh.put(r, cols[c0], str(j + 1) if "ekspor_ekinerja" in var else j + 1, center=True)
            sh.put(r, cols[c0 + 1], ident_label(sh, who, field, label))
            v = m[who][field]
            sh.put(r, cols[c0 + 2], v if v != "" else None, ("ident", who, field))
        sh.merge(r, cols[5], r, last)
        r += 1
    return r + 1


def signature(sh: Lembar, r: int, left: int, right: int, date: str, side: bool) -> None:
    """Place and date, then pegawai (left) and penilai (right); ``side``: one column, penilai first."""
    m = sh.m
    place = f"{bank.IBUKOTA}, {date}"
    blocks = [("pegawai", "Pegawai yang Dinilai,"), ("penilai", "Pejabat Penilai Kinerja,")]
    if side:
        sh.put(r, left, place, box=False)
        r += 1
        for who, title in reversed(blocks):
            sh.put(r, left, title, box=False)
            sh.put(r + 4, left, m[who]["nama"], bold=True, box=False)
            if m[who]["nip"] not in ("-",):
                sh.put(r + 5, left, f"NIP. {m[who]['nip']}", ("ttd_nip", who), box=False)
            r += 7
        return
    sh.put(r, right, place, box=False)
    r += 1
    for (who, title), c in zip(blocks, (left, right), strict=True):
        sh.put(r, c, title, box=False)
        sh.put(r + 4, c, m[who]["nama"], bold=True, box=False)
        if m[who]["nip"] not in ("-",):
            sh.put(r + 5, c, f"NIP. {m[who]['nip']}", ("ttd_nip", who), box=False)


def header_rows(sh: Lembar, r: int, cols: list[str], col: dict[str, int]) -> int:
    """Table header, one row or two (groups KATEGORI / CARA MEMANTAU / TARGET split); the next row."""
    two = any(group_of(k) and (group_of(k) != "tgt" or "ts" in cols) for k in cols)
    for k in cols:
        c = col[k]
        text = head_text(sh, k)
        g = group_of(k)
        if k == "spasi":
            continue
        if two and g and (g != "tgt" or "ts" in cols):
            sh.put(r + 1, c, text, ("head", k), bold=True, center=True, fill=True)
        else:
            sh.put(r, c, text, ("head", k), bold=True, center=True, fill=True)
            if two:
                sh.merge(r, c, r + 1, c)
    if two:
        done = set()
        for k in cols:
            g = group_of(k)
            if not g or g in done or (g == "tgt" and "ts" not in cols):
                continue
            done.add(g)
            members = [col[x] for x in cols if group_of(x) == g]
            sh.put(r, min(members), GROUPS[g], ("group", g), bold=True, center=True, fill=True)
            sh.merge(r, min(members), r, max(members))
    r += 2 if two else 1
    if "baris_nomor_kolom" in sh.var:
        n = 0
        for k in cols:
            if k in ("spasi", "kode"):
                continue
            n += 1
            sh.put(r, col[k], f"({n})", center=True)
        r += 1
    return r


def section(sh: Lembar, r: int, which: str, real: list[int], last: int) -> None:
    letter, text = ("A", "KINERJA UTAMA") if which == "ku" else ("B", "KINERJA TAMBAHAN")
    if "ekspor_ekinerja" in sh.var:
        sh.put(r, real[0], letter, bold=True)
        sh.put(r, real[1], text, bold=True)
        return
    sh.put(r, 1, f"{letter}. {text}", bold=True)
    sh.merge(r, 1, r, last)


def body(
    sh: Lembar, r: int, col: dict[str, int], cols: list[str], rks: list[dict], part: str, pen: dict | None
) -> int:
    """The RK rows of one part; with rk_gabung the per-RK cells are merged over their IKI rows."""
    m, var = sh.m, sh.var
    merge = "rk_gabung" in var
    jpt = m["jenis"] == "jpt"
    persp_runs: list[tuple[int, int, str]] = []
    for n, rk in enumerate(rks):
        ikis = rk["ikis"]
        nrows = max(1, len(ikis))
        top = r
        no = str(n + 1) if "ekspor_ekinerja" in var else n + 1
        per_rk = {"no": no, "rk": rk["rk"]}
        if not jpt:
            per_rk["rk_atasan"] = rk.get("atasan") or None
        if rk.get("cara") and "data" in col:
            per_rk.update({"data": rk["cara"][0], "sumber": rk["cara"][1] or None, "waktu": rk["cara"][2]})
        if pen is not None and not jpt and part == "ku":
            tr = pen["rk"].get(n)
            if tr is not None:
                per_rk["nil_rk"] = nilai_cell(sh, tr["nil"])
                per_rk["kat_rk"] = tr["kat"]
                per_rk["tert"] = nilai_cell(sh, tr["tert"])
        for key, v in per_rk.items():
            fmt = None
            if isinstance(v, tuple):
                v, fmt = v
            sh.put(top, col[key], v, ("rk", part, n, key), fmt=fmt, center=key in ("no",))
        if "persp" in col:
            sh.put(top, col["persp"], rk["persp"] or None, ("rk", part, n, "persp"))
            persp_runs.append((top, top + nrows - 1, rk["persp"] or ""))
        for k in range(nrows):
            rr = r + k
            for key in cols:
                if key in PER_RK or key in per_rk or key == "persp" or key == "spasi":
                    if k > 0 and key != "spasi" and key in col and not merge:
                        sh.put(rr, col[key], None)
                    continue
                if not ikis:
                    if key == "kode":
                        continue
                    sh.put(rr, col[key], None)
                    sh.note(rr, col[key], ("iki", part, n, k, key))
                    continue
                iki = ikis[k]
                v, fmt = None, None
                if key == "kode":
                    v = f"{m['dinas'].upper()}.{part.upper()}.{n + 1}.{k + 1}"
                elif key == "aspek":
                    v = iki["aspek_text"] or None
                elif key == "iki":
                    v = iki["iki"]
                elif key in ("target", "ts"):
                    tgt = iki["target"]
                    if pen is not None and (n, k) in pen["target_override"] and part == "ku":
                        tgt = pen["target_override"][(n, k)]
                    main, sat = target_cells(sh, tgt)
                    v, fmt = main if key == "target" else sat
                elif key in ("sk", "k", "c", "b", "sb"):
                    kv = iki["kat"].get(key)
                    if key == "b" and kv is None:
                        v, fmt = single_target(sh, {"value": iki["value"], "satuan": iki["satuan"]})
                    else:
                        v = kv or None
                elif pen is not None:
                    row = pen["rows"].get((n, k)) if part == "ku" else None
                    if row is None:
                        v = None
                    elif key == "real":
                        v, fmt = realisasi_cell(sh, iki, row["real"])
                    elif key == "cap":
                        v, fmt = capaian_cell(sh, row["cap"])
                    elif key == "kat_iki":
                        v = row["kat"]
                    elif key == "nil_iki":
                        v, fmt = nilai_cell(sh, row["nil"])
                    elif key == "tert" and jpt:
                        t = None if row["nil"] is None else pen["rk"][n]["tert"]
                        v, fmt = nilai_cell(sh, t)
                sh.put(rr, col[key], v, ("iki", part, n, k, key), fmt=fmt)
        if merge and nrows > 1:
            for key in per_rk:
                sh.merge(top, col[key], top + nrows - 1, col[key])
        r += nrows
    if merge and persp_runs:
        start = 0
        while start < len(persp_runs):
            end = start
            while (
                end + 1 < len(persp_runs)
                and persp_runs[end + 1][2] == persp_runs[start][2]
                and persp_runs[start][2]
            ):
                end += 1
            if end > start:
                for j in range(start + 1, end + 1):
                    sh.ws.cell(persp_runs[j][0], col["persp"]).value = None
                sh.merge(persp_runs[start][0], col["persp"], persp_runs[end][1], col["persp"])
            start = end + 1
    return r


TOTAL_ROWS = [
    ("akhir", "NILAI AKHIR SKP"),
    ("perilaku", "NILAI PERILAKU KERJA"),
    ("nk", "NILAI KINERJA (70% SKP + 30% PERILAKU)"),
    ("ide", "IDE BARU / CARA BARU YANG BERMANFAAT BAGI ORGANISASI"),
    ("predikat", "PREDIKAT KINERJA PEGAWAI"),
]


def totals(sh: Lembar, r: int, c_label: int, c_label_end: int, c_value: int) -> int:
    pen = sh.m["pen"]
    for key, label in TOTAL_ROWS:
        sh.put(r, c_label, label, bold=True)
        sh.merge(r, c_label, r, c_label_end)
        if key in ("akhir", "nk", "perilaku"):
            v, fmt = nilai_cell(sh, pen[key])
        else:
            v, fmt = pen[key], None
        sh.put(r, c_value, v, ("total", key), fmt=fmt, bold=key == "predikat")
        r += 1
    return r


def layout_columns(cols: list[str]) -> tuple[dict[str, int], list[int]]:
    """Column of each key, and the visible content columns the identity block uses (six, continued past the
    table when it is narrower)."""
    col = {k: j + 1 for j, k in enumerate(cols)}
    real = [col[k] for k in cols if k not in ("kode", "spasi")]
    extra = len(cols)
    while len(real) < 6:
        extra += 1
        real.append(extra)
    return col, real


def write_table_sheet(sh: Lembar, penilaian: bool, date: str, printed: str) -> None:
    m, var = sh.m, sh.var
    cols = table_columns(m, penilaian)
    col, real = layout_columns(cols)
    last_table = len(cols)
    last = max(last_table, real[5])
    for k, c in col.items():
        sh.width(c, WIDTHS[k])
    for c in real:
        if c > last_table:
            sh.width(c, 22)
    if "kop_panjang" in var and WIDTHS[cols[0]] < 10:
        sh.width(1, 10)
    title = "PENILAIAN SASARAN KINERJA PEGAWAI" if penilaian else "RENCANA SASARAN KINERJA PEGAWAI"
    r = kop(sh, title, last, real, printed)
    r = identity(sh, r, real, last)
    head_row = r
    r = header_rows(sh, r, cols, col)
    if "kode" in col:
        sh.ws.column_dimensions[get_column_letter(col["kode"])].hidden = True
    section(sh, r, "ku", real, last_table)
    r += 1
    pen = m["pen"] if penilaian else None
    r = body(sh, r, col, cols, m["rks"], "ku", pen)
    last_iki_row = r - 1
    section(sh, r, "kt", real, last_table)
    r += 1
    if m["tambahan"]:
        r = body(sh, r, col, cols, m["tambahan"], "kt", None)
    else:
        for k in cols:
            if k != "spasi":
                sh.put(r, col[k], None)
        r += 1
    if penilaian:
        if "total_kanan" in var:
            c0 = last_table + 2
            sh.put(head_row, c0, "REKAPITULASI NILAI", bold=True, center=True, fill=True)
            sh.merge(head_row, c0, head_row, c0 + 1)
            sh.width(c0, 34)
            sh.width(c0 + 1, 14)
            totals(sh, head_row + 1, c0, c0, c0 + 1)
        else:
            r = totals(sh, r, 1, col["tert"] - 1, col["tert"])
    r += 1
    if "ttd_sejajar" in var:
        c = last_table + 2
        sh.width(c, 34)
        signature(sh, last_iki_row, c, c, date, side=True)
    else:
        left = col.get("rk_atasan", col["rk"])
        signature(sh, r, left, col["iki"], date, side=False)


def write_ak(sh: Lembar, date: str, printed: str) -> None:
    m = sh.m
    cols = ["no", "rk", "butir", "output", "ak"]
    for c, w in zip(range(1, 7), (5, 34, 34, 20, 12, 22), strict=True):
        sh.width(c, w)
    real = [1, 2, 3, 4, 5, 6]
    last = 6
    r = kop(sh, "KETERKAITAN SASARAN KINERJA PEGAWAI DENGAN ANGKA KREDIT", last, real, printed)
    r = identity(sh, r, real, last)
    sh.put(r, 2, "TANGGAL PENGAJUAN", bold=True, box=False)
    sh.put(r, 3, date, box=False)
    r += 2
    heads = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]
    for j, h in enumerate(heads):
        sh.put(r, j + 1, h, bold=True, center=True, fill=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True)
    sh.merge(r, 1, r, len(cols))
    r += 1
    n_out = 0
    for n, rk in enumerate(m["rks"]):
        if not rk["butir"]:
            continue
        n_out += 1
        top = r
        sh.put(r, 1, str(n_out) if "ekspor_ekinerja" in sh.var else n_out, ("rk_no", n), center=True)
        sh.put(r, 2, rk["rk"], ("rk", n))
        for j, (butir, output, ak) in enumerate(rk["butir"]):
            if j:
                sh.put(r, 1, None)
                sh.put(r, 2, None)
            sh.put(r, 3, butir)
            sh.put(r, 4, output)
            if ak == "0":
                sh.put(r, 5, 0, ("butir", n, j, "ak"), fmt="0.000")
            elif isinstance(ak, str):
                sh.put(r, 5, ak, ("butir", n, j, "ak"))
            elif "ekspor_ekinerja" in sh.var or "nilai_teks" in sh.var:
                sh.put(r, 5, f"{ak:.3f}".replace(".", ","), ("butir", n, j, "ak"))
            else:
                sh.put(r, 5, ak, ("butir", n, j, "ak"), fmt="0.000")
            r += 1
        sh.merge(top, 1, r - 1, 1)
        sh.merge(top, 2, r - 1, 2)
    signature(sh, r + 1, 2, 4, date, side=False)


MANUAL_ROWS = [
    ("rk", "RENCANA KINERJA"),
    ("desk", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("def", "DEFINISI IKI"),
    ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"),
    ("aspek", "JENIS ASPEK TARGET"),
    ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]


def write_manual(sh: Lembar) -> None:
    m = sh.m
    for c, w in zip(range(1, 5), (5, 30, 70, 4), strict=True):
        sh.width(c, w)
    r = 1
    sh.put(r, 1, "MANUAL INDIKATOR KINERJA INDIVIDU", bold=True, center=True, box=False)
    sh.merge(r, 1, r, 3)
    r += 1
    sh.put(
        r, 1, f"{m['pegawai']['jabatan'].upper()} {bank.KABUPATEN.upper()}", bold=True, center=True, box=False
    )
    sh.merge(r, 1, r, 3)
    r += 1
    sh.put(r, 1, f"TAHUN {m['tahun']}", bold=True, center=True, box=False)
    sh.merge(r, 1, r, 3)
    r += 2
    for n, rk in enumerate(m["rks"] + m["tambahan"]):
        if not rk["ikis"]:
            continue  # an RK without IKI (defect rk-tanpa-iki) has no IKI to describe
        iki = rk["ikis"][0]
        man = rk["manual"]
        values = {
            "rk": rk["rk"],
            "iki": iki["iki"],
            "satuan": {"%": "Persen", "Rp": "Rupiah"}.get(iki["satuan"], iki["satuan"].capitalize()),
            "aspek": iki["aspek"],
            **man,
        }
        sh.put(r, 1, n + 1, center=True)
        for j, (key, label) in enumerate(MANUAL_ROWS):
            if j:
                sh.put(r + j, 1, None)
            sh.put(r + j, 2, label, bold=True)
            sh.put(r + j, 3, values[key] or None, (n, key))
        sh.merge(r, 1, r + len(MANUAL_ROWS) - 1, 1)
        r += len(MANUAL_ROWS) + 1


# ----------------------------------------------------------------------------- drawing


def draw_variations(
    rng: random.Random, pool: list[str], used: Counter, k: int, clean_used: Counter | None
) -> list:
    def key(v: str) -> tuple:
        rare = v in RARE and used[v] < 7
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
    if code == "kinerja-utama-kosong" and "penilai-sama-dengan-pegawai" in taken:
        return False
    return not any({code, x} == pair for pair in NOT_TOGETHER for x in taken)


# codes that few forms can carry are drawn first while unused
LEAN = {
    "cara-memantau-kosong": -1,
    "kategori-penilaian-kosong": -1,
    "kategori-tidak-berurutan": -1,
    "kategori-tidak-membedakan": -1,
    "keterkaitan-ak-hilang": -1,
    "kinerja-utama-kosong": -1,
    "aspek-tidak-valid": -0.5,
    "satuan-tidak-sesuai-aspek": -0.5,
    "perspektif-tidak-valid": -1,
}


def draw_defects(
    rng: random.Random, pool: list[str], used: Counter, want: int, taken: list[str]
) -> list[str]:
    out: list[str] = []
    for c in sorted(pool, key=lambda c: (used[c] + LEAN.get(c, 0), rng.random())):
        if not compatible(c, taken + out):
            continue
        out.append(c)
        if len(out) == want:
            break
    return out


def plan_files(rng: random.Random) -> list[tuple[str, int, str, bool]]:
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


def sheet_names(var: set[str], jenis: str, kind: str) -> dict[str, str]:
    if "ekspor_ekinerja" not in var:
        return dict(SHEETS)
    order = ["skp"] + (["ak"] if jenis == "jf" else []) + (["man"] if jenis == "jpt" else [])
    order += ["pen"] if kind == "penilaian" else []
    names = {k: ("Worksheet" if j == 0 else f"Worksheet {j}") for j, k in enumerate(order)}
    for k in SHEETS:
        names.setdefault(k, SHEETS[k])
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Membangun set nyata_bu (DKP dan Dishub Kab. Kepulauan Teluk Sembilan)."
    )
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(SEED)
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
        tanpa_ahli = role(role_key)["jabatan"] in bank.TANPA_AHLI and rng.random() < 0.4
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
        m = build_model(form, kind, role_key, vs, rng, tanpa_ahli)
        m["pen"] = None
        if kind == "penilaian":
            order = sorted(PROFILES, key=lambda p: (used_profile[p], rng.random()))
            if "capaian-tidak-sesuai" in codes:
                order.remove("pas")
            for profile in order:
                truth = score(m["rks"], jenis == "jpt", profile, rng)
                if truth is None:
                    continue
                # a wrong capaian, kategori or nilai needs an IKI whose capaian is not exactly 100 %
                if "capaian-tidak-sesuai" in codes and all(v["cap"] == 100 for v in truth["rows"].values()):
                    continue
                break
            else:
                raise RuntimeError(f"no Penilaian for {role_key}")
            used_profile[profile] += 1
            truth["target_override"] = {}
            m["pen"] = truth
        m["marks"] = {}
        pen_codes = [c for c in codes if c in PENILAIAN_CODES]
        for c in codes:
            if c not in PENILAIAN_CODES:
                apply_defect(m, c, sub, rng)
        for c in pen_codes:
            apply_penilaian_defect(m, c, sub)
        name = f"{form}-{i + 1:02d}-{'penilaian2026' if kind == 'penilaian' else 'rencana2027'}-"
        name += ("bersih" if clean else "-".join(codes)) + ".xlsx"
        names = sheet_names(vs, jenis, kind)
        cells: dict = {}
        wb = Workbook()
        wb.properties.creator = "e-Kinerja" if "ekspor_ekinerja" in vs else "Dinas " + bank.KABUPATEN
        wb.properties.created = dt.datetime(2027, 1, 4, 8, 0, 0)
        ws = wb.active
        ws.title = names["skp"]
        if kind == "rencana":
            date_plan, date_pen = tanggal(4, 1, 2027), None
            printed = (
                "Dicetak dari aplikasi e-Kinerja Kabupaten Kepulauan Teluk Sembilan pada 04-01-2027 09:12 WIT"
            )
        else:
            date_plan, date_pen = tanggal(5, 1, 2026), tanggal(8, 1, 2027)
            printed = (
                "Dicetak dari aplikasi e-Kinerja Kabupaten Kepulauan Teluk Sembilan pada 08-01-2027 10:41 WIT"
            )
        write_table_sheet(Lembar(ws, "skp", m, cells), False, date_plan, printed)
        if m["ak_sheet"]:
            write_ak(Lembar(wb.create_sheet(names["ak"]), "ak", m, cells), date_plan, printed)
        if jenis == "jpt":
            write_manual(Lembar(wb.create_sheet(names["man"]), "man", m, cells))
        if kind == "penilaian":
            write_table_sheet(Lembar(wb.create_sheet(names["pen"]), "pen", m, cells), True, date_pen, printed)
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
        json.dumps({"set": SET_NAME, "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
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
        fields = [(who, field)] + mark.get("alt_ident", [])
        if field == "nip" and mark.get("nip_both"):
            fields.append(("pegawai", "nip"))
        for sk in ("skp", "ak", "pen"):
            for w, f in fields:
                key = (sk, "ident", w, f)
                if key in cells and key != ("skp", "ident", who, field):
                    alt.append(at(key))
                    if sk != "skp":
                        boleh.append({"code": code, "sheet": names[sk], "cell": cells[key]})
            if field == "nip":
                for w in sorted({w for w, f in fields if f == "nip"}):
                    key = (sk, "ttd_nip", w)
                    if key in cells:
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
    for other in mark.get("boleh_row_codes", []):
        row = "".join(ch for ch in d["cell"] if ch.isdigit())
        boleh.append({"code": other, "sheet": d["sheet"], "row": int(row)})
    for sk in mark.get("boleh_sheets", []):
        if any(k[0] == sk for k in cells):
            boleh.append({"code": code, "sheet": names[sk]})
    if mark.get("boleh_pen"):
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
