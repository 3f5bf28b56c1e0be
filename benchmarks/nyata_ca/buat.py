"""Generator of the held-out set ``nyata_ca``: end-of-year Penilaian SKP 2026 workbooks (Rencana SKP
2026 sheet,
filled Penilaian sheet, Perilaku and predikat) of the fictional Pemerintah Kota Lembah Mandira (Dinas
Kesehatan,
Dinas Sosial, Dinas Pekerjaan Umum dan Penataan Ruang, two Kecamatan), sent in January 2027, with the
Penilaian
columns as agencies modify them (quarterly realisasi, bukti dukung, keterangan, jenis RK, kode IKI, bobot, a
separator column, a column-number row, realisasi and capaian in several writings, merged RK cells, Kinerja
Tambahan, the totals block under, beside or away from the table).
Deterministic (fixed seed), openpyxl only.

Model (identity, plan, realisasi) → scoring by SPEC §6 (capaian rounded half-up, kategori and nilai,
RK, Kinerja
Tambahan, Nilai SKP, Nilai Kinerja 70/30, predikat) → defects written into the model → layout. Every
cell written
for a place of the model is recorded under its key, so each defect's cell is known exactly.

Usage: ``python benchmarks/nyata_ca/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
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

SEED = 20270119
SET_NAME = "nyata_ca"
SKP = "SKP 2026"
PEN = "Penilaian SKP 2026"
AK = "Keterkaitan AK"
PER = "Perilaku Kerja"

REAL_STYLE = ["realisasi_bersatuan", "kolom_satuan", "realisasi_format_persen"]
CAP_STYLE = ["capaian_desimal_koma", "capaian_desimal_titik", "capaian_format_persen"]
TOTAL_PLACE = ["total_kanan", "total_di_perilaku", "sheet_perilaku"]
EXTRA = [
    "tw_kolom",
    "label_realisasi_tahun",
    "bukti_dukung",
    "keterangan",
    "jenis_rk",
    "kode_iki",
    "kolom_bobot",
    "kolom_pemisah",
    "baris_nomor_kolom",
    "kategori_nilai_gabung",
    "kinerja_tambahan",
    "nilai_iki_kolom",
]
VARIATIONS = REAL_STYLE + CAP_STYLE + TOTAL_PLACE + EXTRA
EXCLUSIVE = [set(REAL_STYLE), set(CAP_STYLE), set(TOTAL_PLACE)]

DEFECTS = {  # code → (severity, scope)
    "realisasi-kosong": ("error", "penilaian"),
    "capaian-tidak-sesuai": ("error", "penilaian"),
    "predikat-tidak-sesuai": ("error", "penilaian"),
    "target-penilaian-berbeda": ("error", "penilaian"),
    "identitas-kosong": ("error", "kop"),
    "nip-tidak-valid": ("error", "kop"),
    "pangkat-tidak-dikenal": ("error", "kop"),
    "jenjang-golongan-tidak-sesuai": ("peringatan", "kop"),
    "periode-tidak-valid": ("error", "kop"),
    "penilai-sama-dengan-pegawai": ("error", "kop"),
    "rk-atasan-kosong": ("error", "rencana"),
    "rk-berbasis-aktivitas": ("peringatan", "rencana"),
    "target-absolut": ("peringatan", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
}
WITHOUT_CELL = {"keterkaitan-ak-hilang"}
PENILAIAN_CODES = [
    "realisasi-kosong",
    "capaian-tidak-sesuai",
    "predikat-tidak-sesuai",
    "target-penilaian-berbeda",
]

JA_ROLES = [
    "pengelola_imunisasi",
    "pengadministrasi_dinkes",
    "pengelola_bansos",
    "kasubbag_keuangan_dinsos",
    "pengelola_jalan",
    "kasi_pelayanan_mt",
    "pengadministrasi_sp",
]
JF_ROLES = ["epidemiolog", "sanitarian", "pekerja_sosial", "teknik_jalan", "penata_ruang", "arsiparis_mt"]

R, C, P, T = "realisasi-kosong", "capaian-tidak-sesuai", "predikat-tidak-sesuai", "target-penilaian-berbeda"
# (form, profile, defects as (code, variant)); profile: baik, bp (Butuh Perbaikan), sb (Sangat Baik)
PLAN: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("ja-dasar", "baik", []),
    ("ja-dasar", "bp", []),
    ("ja-dasar", "sb", []),
    ("ja-dasar", "baik", []),
    ("ja-dasar", "baik", [(C, "cap")]),
    ("ja-dasar", "bp", [(P, "")]),
    ("ja-dasar", "baik", [(R, "")]),
    ("ja-dasar", "baik", [(T, ""), ("nip-tidak-valid", "")]),
    ("ja-dasar", "baik", [("pangkat-tidak-dikenal", "")]),
    ("ja-dasar", "baik", [("rk-atasan-kosong", ""), (C, "nilairk")]),
    ("ja-dasar", "baik", []),
    ("ja-dasar", "baik", []),
    ("ja-pengembangan", "baik", []),
    ("ja-pengembangan", "sb", []),
    ("ja-pengembangan", "bp", []),
    ("ja-pengembangan", "baik", []),
    ("ja-pengembangan", "baik", []),
    ("ja-pengembangan", "baik", [(C, "kat")]),
    ("ja-pengembangan", "sb", [(P, "")]),
    ("ja-pengembangan", "baik", [(T, "")]),
    ("ja-pengembangan", "bp", [(R, ""), ("identitas-kosong", "")]),
    ("ja-pengembangan", "baik", [("cara-memantau-kosong", "")]),
    ("ja-pengembangan", "baik", [("target-absolut", ""), (C, "cap")]),
    ("jf-dasar", "baik", []),
    ("jf-dasar", "bp", []),
    ("jf-dasar", "sb", []),
    ("jf-dasar", "baik", []),
    ("jf-dasar", "baik", []),
    ("jf-dasar", "baik", [(C, "kat"), ("keterkaitan-ak-hilang", "")]),
    ("jf-dasar", "bp", [(P, ""), ("jenjang-golongan-tidak-sesuai", "")]),
    ("jf-dasar", "baik", [(R, "")]),
    ("jf-dasar", "baik", [("angka-kredit-tidak-valid", "")]),
    ("jf-dasar", "baik", [("periode-tidak-valid", ""), (T, "")]),
    ("jf-dasar", "baik", [("rk-berbasis-aktivitas", "")]),
    ("jf-pengembangan", "baik", []),
    ("jf-pengembangan", "bp", []),
    ("jf-pengembangan", "sb", []),
    ("jf-pengembangan", "baik", []),
    ("jf-pengembangan", "baik", []),
    ("jf-pengembangan", "baik", [(C, "nilairk")]),
    ("jf-pengembangan", "baik", [(P, ""), (R, "")]),
    ("jf-pengembangan", "baik", [(T, ""), ("rk-tanpa-butir-kegiatan", "")]),
    ("jf-pengembangan", "baik", [("penilai-sama-dengan-pegawai", "")]),
    ("jf-pengembangan", "sb", [("target-tanpa-satuan", "")]),
    ("jf-pengembangan", "baik", [(C, "cap")]),
]

LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
BULAN = [
    "JANUARI",
    "FEBRUARI",
    "MARET",
    "APRIL",
    "MEI",
    "JUNI",
    "JULI",
    "AGUSTUS",
    "SEPTEMBER",
    "OKTOBER",
    "NOVEMBER",
    "DESEMBER",
]
KAT_NAME = {"SB": "Sangat Baik", "B": "Baik", "C": "Cukup", "K": "Kurang", "SK": "Sangat Kurang"}
F_KT = {"SB": 100, "B": 80, "C": 60, "K": 40, "SK": 20}


# ---------------------------------------------------------------- arithmetic (SPEC §6)
def half_up(x: Fraction) -> int:
    return (2 * x.numerator + x.denominator) // (2 * x.denominator)


def q(x: Fraction, places: int = 2) -> Decimal:
    d = Decimal(x.numerator) / Decimal(x.denominator)
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def near_tie(x: Fraction, places: int, eps: Fraction = Fraction(1, 1000)) -> bool:
    """True when ``x`` lies within ``eps`` of a tie of rounding to ``places`` decimals (x,xx5)."""
    y = x * 10**places
    frac = y - (y.numerator // y.denominator)
    return abs(frac - Fraction(1, 2)) < eps * 10**places


def band(c: int) -> str:
    if c >= 101:
        return "SB"
    if c == 100:
        return "B"
    if c >= 80:
        return "C"
    return "K" if c >= 60 else "SK"


def band_raw(x: Fraction) -> str | None:
    if x > 110 or 101 <= x <= 110:
        return "SB"
    if x == 100:
        return "B"
    if 80 <= x <= 99:
        return "C"
    if 60 <= x <= 79:
        return "K"
    return "SK" if x <= 59 else None


def nilai(c: int) -> Fraction:
    if c > 110:
        return Fraction(120)
    if c >= 101:
        return 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return Fraction(109)
    if c >= 80:
        return 70 + Fraction(19, 19) * (c - 80)
    if c >= 60:
        return 50 + Fraction(19, 19) * (c - 60)
    return Fraction(c * 49, 59)


def raw_capaian(r: Fraction, t: Fraction, kind: str) -> Fraction:
    return (2 - r / t) * 100 if kind == "waktu" else r / t * 100


def predikat(nk: Fraction, ide: bool) -> str:
    if nk >= 110 and ide:
        return "Sangat Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    return "Kurang" if nk >= 50 else "Sangat Kurang"


def num(x: Fraction | Decimal | int, comma: bool = True) -> str:
    s = format(Decimal(x.numerator) / Decimal(x.denominator), "f") if isinstance(x, Fraction) else str(x)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", ",") if comma else s


def as_number(x: Fraction) -> int | float:
    return int(x) if x.denominator == 1 else float(x)


# ---------------------------------------------------------------- people and model
def make_nip(birth: tuple, tmt: tuple, g: int, seq: int) -> str:
    y, m, d = birth
    return f"{y:04d}{m:02d}{d:02d} {tmt[0]:04d}{tmt[1]:02d} {g} {seq:03d}"


def pangkat_text(gol: str) -> str:
    return f"{bank.PANGKAT[gol]}, {gol}"


def penilai_of(key: str) -> dict:
    nama, g, birth, tmt, gol, jab, unit = bank.PENILAI[key]
    seq = 1 + sum(map(ord, key)) % 7
    return {
        "nama": nama,
        "nip": make_nip(birth, tmt, g, seq),
        "pangkat": pangkat_text(gol),
        "jabatan": jab,
        "unit": f"{bank.UNITS[unit]} {bank.KOTA}",
    }


def pegawai_of(rng: random.Random, role: dict, n: int) -> dict:
    nama, g = bank.PEGAWAI_NAMES[n % len(bank.PEGAWAI_NAMES)]
    by = rng.randint(1984, 1996)
    birth = (by, rng.randint(1, 12), rng.randint(1, 28))
    tmt = (by + rng.randint(22, 27), rng.choice([1, 2, 3, 4, 12]))
    return {
        "nama": nama,
        "nip": make_nip(birth, tmt, g, rng.randint(1, 9)),
        "pangkat": pangkat_text(role["gol"]),
        "jabatan": role["jabatan"],
        "unit": f"{bank.UNITS[role['unit']]} {bank.KOTA}",
    }


def candidates(t: int, kind: str) -> list[Fraction]:
    if kind == "hitung":
        return [Fraction(r) for r in range(0, 2 * t + 1)]
    if kind == "persen":
        return [Fraction(r, 10) for r in range(0, 1001)]
    return [Fraction(r, 2) for r in range(1, 4 * t + 1)]


def options(iki: dict) -> dict[int, list[Fraction]]:
    """Rounded capaian → realisasi giving it safely (raw not near x,5, same band rounded or not, no
    1-decimal
    tie, raw ≥ 111 when above 110)."""
    out: dict[int, list[Fraction]] = {}
    t = Fraction(iki["T"])
    for r in candidates(iki["T"], iki["kind"]):
        raw = raw_capaian(r, t, iki["kind"])
        if raw < 0:
            continue
        c = half_up(raw)
        fr = raw - int(raw)
        if abs(fr - Fraction(1, 2)) < Fraction(1, 10):
            continue
        y = raw * 10
        if abs(y - int(y) - Fraction(1, 2)) < Fraction(1, 100):
            continue
        if band_raw(raw) != band(c) or (c == 100 and raw != 100) or (100 < raw < 101):
            continue
        if c > 110 and raw < 111:
            continue
        if 110 < raw < 111:
            continue
        out.setdefault(c, []).append(r)
    return out


CLASS_CAPS = {
    "B": [100],
    "SB": list(range(111, 200)),
    "SBx": list(range(101, 111)),
    "C": list(range(80, 100)),
    "K": list(range(60, 80)),
}


def assign_class(rk: dict, cls: str, rng: random.Random) -> bool:
    opts = [options(i) for i in rk["ikis"]]
    common = [c for c in CLASS_CAPS[cls] if all(c in o for o in opts)]
    if not common:
        return False
    c = rng.choice(common)
    for iki, o in zip(rk["ikis"], opts, strict=True):
        iki["r"] = Fraction(iki["T"]) if c == 100 else rng.choice(o[c])
        iki["raw"] = raw_capaian(iki["r"], Fraction(iki["T"]), iki["kind"])
        iki["cap"] = c
        iki["band"] = band(c)
        iki["nilai"] = nilai(c)
    rk["nilai"] = sum((i["nilai"] for i in rk["ikis"]), Fraction(0)) / len(rk["ikis"])
    rk["band"] = rk["ikis"][0]["band"]
    return True


PROFILE_CLASSES = {
    "baik": ["B", "B", "B", "C", "SBx", "SB"],
    "bp": ["C", "C", "K", "B"],
    "sb": ["SB", "SB", "SBx", "B"],
}


def margin_ok(x: Fraction) -> bool:
    return all(abs(x - b) >= Fraction(6, 10) for b in (50, 70, 90, 110))


def score(m: dict, profile: str, rng: random.Random, need_ck: bool = False) -> None:
    for _ in range(5000):
        for rk in m["rks"]:
            if rk["section"] == "B":
                assign_class(rk, "B", rng)
                continue
            while not assign_class(rk, rng.choice(PROFILE_CLASSES[profile]), rng):
                pass
        utama = [rk for rk in m["rks"] if rk["section"] == "A"]
        if need_ck and not any(rk["band"] in ("C", "K") for rk in utama):
            continue
        nku = sum((rk["nilai"] for rk in utama), Fraction(0)) / len(utama)
        for rk in utama:
            rk["tertimbang"] = rk["nilai"] / len(utama)
        kt = Fraction(0)
        for rk in m["rks"]:
            if rk["section"] == "B":
                rk["tertimbang"] = Fraction(F_KT[rk["band"]] * 10, 100) * rk["nilai"] / 100
                kt += rk["tertimbang"]
        if kt > 10 or nku + kt > Fraction(1194, 10):
            continue
        skp = nku + kt
        base = {"baik": (92, 108), "bp": (70, 92), "sb": (106, 118)}[profile]
        per = [rng.randint(*base) for _ in bank.PERILAKU]
        np_ = Fraction(sum(per), len(per))
        nk = Fraction(7, 10) * skp + Fraction(3, 10) * np_
        nk64 = Fraction(6, 10) * skp + Fraction(4, 10) * np_
        ide = profile == "sb"
        want = {"baik": "Baik", "bp": "Butuh Perbaikan", "sb": "Sangat Baik"}[profile]
        if not (margin_ok(nk) and margin_ok(nk64) and predikat(nk, ide) == want == predikat(nk64, ide)):
            continue
        vals = [i["nilai"] for rk in m["rks"] for i in rk["ikis"]] + [rk["nilai"] for rk in m["rks"]]
        vals += [rk["tertimbang"] for rk in m["rks"]] + [skp, nk, np_]
        if any(near_tie(v, 2) for v in vals):
            continue
        m.update(skp=skp, perilaku=per, np=np_, nk=nk, ide=ide, predikat=predikat(nk, ide))
        return
    raise RuntimeError("no scoring found")


def kategori_levels(iki: dict) -> dict[str, str]:
    t, sat, kind = iki["T"], iki["sat"], iki["kind"]
    u = (lambda x: f"{x} %") if kind == "persen" else (lambda x: f"{x} {sat}")
    if kind == "waktu":
        return {
            "sb": f"< {u(t)}",
            "b": u(t),
            "c": f"{t + 1} - {t + 2} {sat}",
            "k": f"{t + 3} - {t + 4} {sat}",
            "sk": f"> {u(t + 4)}",
        }
    if kind == "persen":
        return {
            "sk": f"< {u(t - 20)}",
            "k": f"{t - 20} - {t - 11} %",
            "c": f"{t - 10} - {t - 1} %",
            "b": u(t),
            "sb": f"> {u(t)}",
        }
    a, b = t // 2, (3 * t) // 4
    return {
        "sk": f"< {a} {sat}",
        "k": f"{a} - {b - 1} {sat}",
        "c": f"{b} - {t - 1} {sat}",
        "b": u(t),
        "sb": f"> {u(t)}",
    }


def target_text(iki: dict) -> str:
    return f"{iki['T']} %" if iki["kind"] == "persen" else f"{iki['T']} {iki['sat']}"


def build_model(form: str, role_key: str, n: int, var: set[str], rng: random.Random) -> dict:
    role = bank.ROLES[role_key]
    jenis, model = form.split("-")
    rks = []
    for ri, spec in enumerate(role["rk"]):
        atasan, rk, ikis, cara = spec[0], spec[1], spec[2], spec[3]
        items = []
        for ii, (aspek, text, kind, t, sat) in enumerate(ikis):
            iki = {
                "aspek": aspek,
                "iki": text,
                "kind": kind,
                "T": t,
                "sat": sat,
                "kode": f"IKI-{ri + 1}.{ii + 1}",
            }
            iki["target"] = target_text(iki)
            iki["ptarget"] = iki["target"]
            iki["kat"] = kategori_levels(iki) if model == "pengembangan" else {}
            items.append(iki)
        rks.append(
            {
                "section": "A",
                "atasan": atasan,
                "rk": rk,
                "ikis": items,
                "cara": list(cara),
                "butir": [list(b) for b in spec[4]] if len(spec) > 4 else [],
            }
        )
    if "kinerja_tambahan" in var:
        rk, text, t, sat = bank.KT[n % len(bank.KT)]
        iki = {"aspek": "Kuantitas", "iki": text, "kind": "hitung", "T": t, "sat": sat, "kode": f"IKI-T.{1}"}
        iki["target"] = iki["ptarget"] = target_text(iki)
        iki["kat"] = kategori_levels(iki) if model == "pengembangan" else {}
        if model == "pengembangan":
            iki["kat"] = {"c": f"< {t} {sat}", "b": iki["target"], "sb": f"> {t} {sat}"}
        rks.append(
            {
                "section": "B",
                "atasan": "",
                "rk": rk,
                "ikis": [iki],
                "cara": ["Sertifikat/laporan", "Pegawai yang bersangkutan", "Akhir tahun"],
                "butir": [],
            }
        )
    return {
        "form": form,
        "jenis": jenis,
        "model": model,
        "role": role_key,
        "unit": bank.UNITS[role["unit"]],
        "pegawai": pegawai_of(rng, role, n),
        "penilai": penilai_of(role["penilai"]),
        "periode": "1 JANUARI SD 31 DESEMBER 2026",
        "rks": rks,
        "var": var,
        "has_ak": jenis == "jf",
        "written": {},
    }


# ---------------------------------------------------------------- defects
def first_rk_with(m: dict, pred) -> tuple[int, int]:
    for ri, rk in enumerate(m["rks"]):
        if rk["section"] != "A":
            continue
        for ii, iki in enumerate(rk["ikis"]):
            if pred(rk, iki):
                return ri, ii
    raise RuntimeError("no IKI for defect")


def apply_defect(m: dict, code: str, variant: str) -> dict:
    """Writes the defect into the model; returns where it is (key) and which sheet holds its cell first."""
    w = m["written"]
    if code == "realisasi-kosong":
        ri = 0
        ii = len(m["rks"][0]["ikis"]) - 1
        w[("blank", ri, ii)] = True
        return {"code": code, "key": ("real", ri, ii), "sheet": PEN}
    if code == "capaian-tidak-sesuai":
        if variant == "cap":
            ri, ii = first_rk_with(m, lambda rk, i: True)
            w[("cap", ri, ii)] = m["rks"][ri]["ikis"][ii]["cap"] + 7
            return {"code": code, "key": ("cap", ri, ii), "sheet": PEN}
        if variant == "kat":
            ri, ii = first_rk_with(m, lambda rk, i: i["band"] in ("C", "K"))
            w[("kat", ri, ii)] = "Sangat Baik"
            return {"code": code, "key": ("kat", ri, ii), "sheet": PEN}
        ri = 0
        w[("nilairk", ri)] = m["rks"][ri]["nilai"] - 21
        return {"code": code, "key": ("nilairk", ri), "sheet": PEN}
    if code == "predikat-tidak-sesuai":
        w["predikat"] = "Baik" if m["predikat"] == "Butuh Perbaikan" else "Butuh Perbaikan"
        return {"code": code, "key": ("predikat",), "sheet": None}
    if code == "target-penilaian-berbeda":
        ri, ii = first_rk_with(m, lambda rk, i: i["kind"] == "hitung")
        iki = m["rks"][ri]["ikis"][ii]
        iki["pT"] = iki["T"] - max(2, iki["T"] // 6)
        iki["ptarget"] = f"{iki['pT']} {iki['sat']}"
        return {"code": code, "key": ("ptarget", ri, ii), "sheet": PEN, "alt": [("target", ri, ii)]}
    if code == "identitas-kosong":
        m["penilai"]["unit"] = ""
        return {"code": code, "key": ("id", "penilai", "unit"), "sheet": SKP}
    if code == "nip-tidak-valid":
        nip = m["pegawai"]["nip"]
        m["pegawai"]["nip"] = nip[:13] + "13" + nip[15:]
        return {"code": code, "key": ("id", "pegawai", "nip"), "sheet": SKP}
    if code == "pangkat-tidak-dikenal":
        m["pegawai"]["pangkat"] = "Penata Muda, III/c"
        return {"code": code, "key": ("id", "pegawai", "pangkat"), "sheet": SKP}
    if code == "jenjang-golongan-tidak-sesuai":
        m["pegawai"]["pangkat"] = pangkat_text(bank.ROLES[m["role"]]["salah_gol"])
        return {
            "code": code,
            "key": ("id", "pegawai", "pangkat"),
            "sheet": SKP,
            "alt": [("id", "pegawai", "jabatan")],
        }
    if code == "periode-tidak-valid":
        m["periode"] = "1 JULI 2026 SD 30 JUNI 2027"
        return {"code": code, "key": ("periode",), "sheet": SKP}
    if code == "penilai-sama-dengan-pegawai":
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        return {
            "code": code,
            "key": ("id", "penilai", "nip"),
            "sheet": SKP,
            "alt": [("id", "pegawai", "nip")],
        }
    if code == "rk-atasan-kosong":
        m["rks"][1]["atasan"] = ""
        return {"code": code, "key": ("atasan", 1), "sheet": SKP}
    if code == "rk-berbasis-aktivitas":
        rk = m["rks"][1]
        rk["rk"] = "Melaksanakan kegiatan untuk " + rk["rk"][0].lower() + rk["rk"][1:]
        return {"code": code, "key": ("rk", 1), "sheet": SKP}
    if code == "target-absolut":
        ri, ii = first_rk_with(m, lambda rk, i: i["iki"].startswith("Jumlah "))
        iki = m["rks"][ri]["ikis"][ii]
        iki["iki"] = "Semua " + iki["iki"][len("Jumlah ") :] + " tanpa kecuali"
        return {"code": code, "key": ("iki", ri, ii), "sheet": SKP}
    if code == "target-tanpa-satuan":
        ri, ii = first_rk_with(m, lambda rk, i: i["iki"].startswith("Jumlah "))
        iki = m["rks"][ri]["ikis"][ii]
        iki["target"] = iki["ptarget"] = str(iki["T"])
        iki["nosat"] = True
        return {"code": code, "key": ("target", ri, ii), "sheet": SKP, "alt": [("ptarget", ri, ii)]}
    if code == "cara-memantau-kosong":
        m["rks"][1]["cara"][1] = ""
        return {"code": code, "key": ("cara", 1, 1), "sheet": SKP}
    if code == "keterkaitan-ak-hilang":
        m["has_ak"] = False
        return {"code": code, "key": None, "sheet": None}
    if code == "rk-tanpa-butir-kegiatan":
        m["rks"][1]["butir"] = []
        return {"code": code, "key": ("rk", 1), "sheet": SKP}
    if code == "angka-kredit-tidak-valid":
        m["rks"][0]["butir"][0][2] = "0"
        return {"code": code, "key": ("ak", 0, 0), "sheet": AK}
    raise ValueError(code)


# ---------------------------------------------------------------- layout
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADFILL = PatternFill("solid", fgColor="DDEBF7")


class Sheet:
    def __init__(self, wb: Workbook, title: str, cells: dict):
        self.ws = wb.create_sheet(title)
        self.title = title
        self.cells = cells

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        key: tuple | None = None,
        bold: bool = False,
        box: bool = False,
        head: bool = False,
        fmt: str | None = None,
    ) -> None:
        cell = self.ws.cell(row=r, column=c)
        if v is not None and v != "":
            cell.value = v
        cell.alignment = CENTER if head else WRAP
        if bold or head:
            cell.font = Font(bold=True)
        if head:
            cell.fill = HEADFILL
        if box or head:
            cell.border = BOX
        if fmt:
            cell.number_format = fmt
        if key is not None:
            self.cells.setdefault(key, []).append((self.title, f"{get_column_letter(c)}{r}"))

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def kop(sh: Sheet, m: dict, title: str, width: int) -> int:
    rows = [bank.PEMKOT, title, m["unit"].upper(), f"PERIODE PENILAIAN: {m['periode']}"]
    for i, t in enumerate(rows, start=1):
        sh.put(i, 1, t, key=("periode",) if i == 4 else None, bold=True)
        sh.merge(i, 1, i, max(width, 8))
        sh.ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
    return 6


IDENT = [
    ("nama", "NAMA"),
    ("nip", "NIP"),
    ("pangkat", "PANGKAT/GOL RUANG"),
    ("jabatan", "JABATAN"),
    ("unit", "UNIT KERJA"),
]


def identity(sh: Sheet, m: dict, r: int) -> int:
    sh.put(r, 1, "NO", head=True)
    sh.put(r, 2, "PEGAWAI YANG DINILAI", head=True)
    sh.merge(r, 2, r, 4)
    sh.put(r, 5, "NO", head=True)
    sh.put(r, 6, "PEJABAT PENILAI KINERJA", head=True)
    sh.merge(r, 6, r, 8)
    for i, (k, label) in enumerate(IDENT, start=1):
        rr = r + i
        sh.put(rr, 1, i, box=True)
        sh.put(rr, 2, label, box=True)
        sh.put(rr, 3, m["pegawai"][k], key=("id", "pegawai", k), box=True)
        sh.merge(rr, 3, rr, 4)
        sh.put(rr, 5, i, box=True)
        sh.put(rr, 6, label, box=True)
        sh.put(rr, 7, m["penilai"][k], key=("id", "penilai", k), box=True)
        sh.merge(rr, 7, rr, 8)
    return r + 7


def signature(sh: Sheet, m: dict, r: int, right: int, date: str) -> int:
    right = max(right, 7)
    sh.put(r, right - 1, f"{bank.KOTA}, {date}")
    sh.put(r + 1, 2, "Pegawai Yang Dinilai,")
    sh.put(r + 1, right - 1, "Pejabat Penilai Kinerja,")
    sh.put(r + 5, 2, m["pegawai"]["nama"], bold=True)
    sh.put(r + 5, right - 1, m["penilai"]["nama"], bold=True)
    sh.put(r + 6, 2, f"NIP. {m['pegawai']['nip']}", key=("id", "pegawai", "nip"))
    sh.put(r + 6, right - 1, f"NIP. {m['penilai']['nip']}", key=("id", "penilai", "nip"))
    return r + 8


def plan_columns(m: dict, penilaian: bool) -> list[str]:
    v = m["var"]
    cols = ["no"] + (["jenis"] if "jenis_rk" in v else []) + ["atasan", "rk", "aspek"]
    cols += (["kode"] if "kode_iki" in v else []) + ["iki", "target"]
    cols += ["sat"] if "kolom_satuan" in v else []
    if m["model"] == "pengembangan":
        cols += [f"lv_{lv}" for lv in LEVELS]
    if not penilaian:
        if m["model"] == "pengembangan":
            cols += ["data", "sumber", "waktu"]
        cols += ["bobot"] if "kolom_bobot" in v else []
        return cols
    cols += ["sep"] if "kolom_pemisah" in v else []
    cols += ["tw1", "tw2", "tw3", "tw4"] if "tw_kolom" in v else []
    cols += ["real", "cap", "kat"] + (["nilai"] if "nilai_iki_kolom" in v else [])
    cols += ["katrk", "nilairk", "tertimbang"] + (["bobot"] if "kolom_bobot" in v else [])
    cols += (["bukti"] if "bukti_dukung" in v else []) + (["ket"] if "keterangan" in v else [])
    return cols


HEAD = {
    "no": "NO",
    "jenis": "JENIS RK",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "kode": "KODE IKI",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "sat": "SATUAN",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    "sep": None,
    "tw1": "REALISASI TW I",
    "tw2": "REALISASI TW II",
    "tw3": "REALISASI TW III",
    "tw4": "REALISASI TW IV",
    "real": "REALISASI",
    "cap": "CAPAIAN IKI",
    "kat": "KATEGORI CAPAIAN IKI",
    "nilai": "NILAI CAPAIAN IKI",
    "katrk": "KATEGORI CAPAIAN RK",
    "nilairk": "NILAI CAPAIAN RK",
    "tertimbang": "NILAI TERTIMBANG",
    "bobot": "BOBOT (%)",
    "bukti": "BUKTI DUKUNG",
    "ket": "KETERANGAN",
}
WIDTH = {
    "no": 5,
    "jenis": 11,
    "atasan": 30,
    "rk": 32,
    "aspek": 11,
    "kode": 9,
    "iki": 34,
    "target": 13,
    "sat": 10,
    "data": 18,
    "sumber": 20,
    "waktu": 14,
    "sep": 2,
    "real": 13,
    "cap": 11,
    "kat": 13,
    "nilai": 10,
    "katrk": 13,
    "nilairk": 10,
    "tertimbang": 11,
    "bobot": 8,
    "bukti": 30,
    "ket": 22,
}
PER_RK = {"no", "jenis", "atasan", "rk", "data", "sumber", "waktu", "katrk", "nilairk", "tertimbang", "bobot"}
GABUNG_ONLY = {"katrk", "nilairk", "tertimbang"}


def real_cell(m: dict, iki: dict) -> tuple[Any, str | None]:
    v, r = m["var"], iki["r"]
    if "realisasi_bersatuan" in v:
        return (f"{num(r)} %" if iki["kind"] == "persen" else f"{num(r)} {iki['sat']}"), None
    if "realisasi_format_persen" in v and iki["kind"] == "persen":
        return float(r / 100), ("0%" if r.denominator == 1 else "0.0%")
    return as_number(r), None


def cap_cell(m: dict, iki: dict, wrong: int | None) -> tuple[Any, str | None]:
    v = m["var"]
    raw = iki["raw"] if wrong is None else iki["raw"] + (wrong - iki["cap"])
    c = iki["cap"] if wrong is None else wrong
    if "capaian_desimal_koma" in v:
        return f"{num(q(raw, 1))} %", None
    if "capaian_desimal_titik" in v:
        return f"{num(q(raw, 1), comma=False)}%", None
    if "capaian_format_persen" in v:
        return c / 100, "0%"
    return f"{c} %", None


def tw_values(iki: dict) -> list[Any]:
    r = iki["r"]
    if iki["kind"] == "hitung":
        base = int(r) // 4
        parts = [base, base, base, int(r) - 3 * base]
        return parts
    return [as_number(r)] * 4


def bobot_of(m: dict, rk: dict) -> str:
    utama = [x for x in m["rks"] if x["section"] == "A"]
    return "10" if rk["section"] == "B" else num(q(Fraction(100, len(utama))))


def cell_value(
    m: dict, rk: dict, ri: int, iki: dict, ii: int, k: str, penilaian: bool
) -> tuple[Any, tuple | None, str | None]:
    """(value, key, number format) of column ``k`` on IKI row ``ii`` of RK ``ri``."""
    w = m["written"]
    blank = w.get(("blank", ri, ii), False)
    utama_no = sum(1 for x in m["rks"][: ri + 1] if x["section"] == rk["section"])
    fmt2 = "0.00"
    if k == "no":
        return utama_no, None, None
    if k == "jenis":
        return ("Utama" if rk["section"] == "A" else "Tambahan"), None, None
    if k == "atasan":
        return rk["atasan"], ("atasan", ri), None
    if k == "rk":
        return rk["rk"], ("rk", ri), None
    if k == "aspek":
        return iki["aspek"], ("aspek", ri, ii), None
    if k == "kode":
        return iki["kode"], None, None
    if k == "iki":
        return iki["iki"], ("iki", ri, ii), None
    if k == "target":
        if "kolom_satuan" in m["var"]:
            return (
                (iki["pT"] if penilaian and "pT" in iki else iki["T"]),
                ("ptarget" if penilaian else "target", ri, ii),
                None,
            )
        return (
            (iki["ptarget"] if penilaian else iki["target"]),
            ("ptarget" if penilaian else "target", ri, ii),
            None,
        )
    if k == "sat":
        return (
            ("" if iki.get("nosat") else ("%" if iki["kind"] == "persen" else iki["sat"])),
            ("sat", ri, ii),
            None,
        )
    if k.startswith("lv_"):
        return iki["kat"].get(k[3:], ""), ("lv", ri, ii, k[3:]), None
    if k in ("data", "sumber", "waktu"):
        j = ["data", "sumber", "waktu"].index(k)
        return rk["cara"][j], ("cara", ri, j), None
    if k == "sep":
        return None, None, None
    if k.startswith("tw"):
        qn = int(k[2:]) - 1
        return (None if blank else tw_values(iki)[qn]), ("tw", ri, ii, qn), None
    if k == "real":
        if blank:
            return None, ("real", ri, ii), None
        v, f = real_cell(m, iki)
        return v, ("real", ri, ii), f
    if k == "cap":
        if blank:
            return None, ("cap", ri, ii), None
        v, f = cap_cell(m, iki, w.get(("cap", ri, ii)))
        return v, ("cap", ri, ii), f
    if k == "kat":
        return (None if blank else w.get(("kat", ri, ii), KAT_NAME[iki["band"]])), ("kat", ri, ii), None
    if k == "nilai":
        return (None if blank else float(q(iki["nilai"]))), ("nilai", ri, ii), fmt2
    if k == "katrk":
        return KAT_NAME[rk["band"]], ("katrk", ri), None
    if k == "nilairk":
        return float(q(w.get(("nilairk", ri), rk["nilai"]))), ("nilairk", ri), fmt2
    if k == "tertimbang":
        return float(q(rk["tertimbang"])), ("tertimbang", ri), fmt2
    if k == "bobot":
        return bobot_of(m, rk), None, None
    if k == "bukti":
        tpl = bank.BUKTI[(ri + ii) % len(bank.BUKTI)]
        return (
            tpl.format(
                nip=m["pegawai"]["nip"].replace(" ", ""),
                r=ri + 1,
                i=ii + 1,
                x=iki["iki"].split(" ", 1)[1][:30].lower(),
            ),
            None,
            None,
        )
    if k == "ket":
        return ("Tercapai" if iki["band"] in ("B", "SB") else "Kendala anggaran perubahan"), None, None
    raise KeyError(k)


def table(sh: Sheet, m: dict, penilaian: bool, r: int) -> tuple[int, list[str]]:
    cols = plan_columns(m, penilaian)
    two = m["model"] == "pengembangan"
    for c, k in enumerate(cols, start=1):
        sh.ws.column_dimensions[get_column_letter(c)].width = WIDTH.get(
            k, 12 if not k.startswith("lv") else 13
        )
    groups: dict[str, list[int]] = {}
    for c, k in enumerate(cols, start=1):
        if k.startswith("lv_"):
            groups.setdefault("KATEGORI PENILAIAN KINERJA", []).append(c)
            sh.put(r + 1, c, LEVEL_HEAD[k[3:]], head=True)
        elif k in ("data", "sumber", "waktu"):
            groups.setdefault("CARA MEMANTAU KINERJA", []).append(c)
            sh.put(r + 1, c, HEAD[k], head=True)
        elif k == "sep":
            continue
        else:
            label = HEAD[k]
            if k == "real" and "label_realisasi_tahun" in m["var"]:
                label = "REALISASI 2026"
            sh.put(r, c, label, head=True)
            if two:
                sh.put(r + 1, c, None, head=True)
                sh.merge(r, c, r + 1, c)
    for label, cs in groups.items():
        sh.put(r, cs[0], label, head=True)
        sh.merge(r, cs[0], r, cs[-1])
    r += 2 if two else 1
    if "baris_nomor_kolom" in m["var"]:
        n = 0
        for c, k in enumerate(cols, start=1):
            if k != "sep":
                n += 1
                sh.put(r, c, f"({n})", box=True)
                sh.ws.cell(row=r, column=c).alignment = CENTER
        r += 1
    last = len(cols)
    for section, label in (("A", "A. KINERJA UTAMA"), ("B", "B. KINERJA TAMBAHAN")):
        sh.put(r, 1, label, bold=True, box=True)
        sh.merge(r, 1, r, last)
        r += 1
        rks = [(ri, rk) for ri, rk in enumerate(m["rks"]) if rk["section"] == section]
        if not rks:
            for c in range(1, last + 1):
                sh.put(r, c, None, box=True)
            r += 1
        for ri, rk in rks:
            top = r
            for ii, iki in enumerate(rk["ikis"]):
                for c, k in enumerate(cols, start=1):
                    if k in PER_RK and ii > 0:
                        sh.put(r, c, None, box=True)
                        continue
                    v, key, fmt = cell_value(m, rk, ri, iki, ii, k, penilaian)
                    sh.put(r, c, v, key=key, box=True, fmt=fmt)
                r += 1
            for c, k in enumerate(cols, start=1):
                if (
                    k in PER_RK
                    and len(rk["ikis"]) > 1
                    and (k not in GABUNG_ONLY or "kategori_nilai_gabung" in m["var"])
                ):
                    sh.merge(top, c, r - 1, c)
    return r, cols


TOTALS = [
    ("akhir", "NILAI AKHIR SKP"),
    ("np", "NILAI PERILAKU KERJA"),
    ("nk", "NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU KERJA)"),
    ("ide", "IDE BARU / CARA BARU YANG BERMANFAAT BAGI ORGANISASI"),
    ("predikat", "PREDIKAT KINERJA PEGAWAI"),
]


def total_value(m: dict, k: str) -> tuple[Any, str | None]:
    if k == "akhir":
        return float(q(m["skp"])), "0.00"
    if k == "np":
        return float(q(m["np"])), "0.00"
    if k == "nk":
        return float(q(m["nk"])), "0.00"
    if k == "ide":
        return ("Ya" if m["ide"] else "Tidak"), None
    return m["written"].get("predikat", m["predikat"]), None


def totals(sh: Sheet, m: dict, r: int, c_label: int, c_value: int, which: list[str]) -> int:
    for k, label in TOTALS:
        if k not in which:
            continue
        sh.put(r, c_label, label, bold=True, box=True)
        sh.merge(r, c_label, r, c_value - 1)
        v, f = total_value(m, k)
        sh.put(r, c_value, v, key=(k,), bold=k == "predikat", box=True, fmt=f)
        r += 1
    return r


def perilaku_block(sh: Sheet, m: dict, r: int, c: int) -> int:
    sh.put(r, c, "NO", head=True)
    sh.put(r, c + 1, "ASPEK PERILAKU KERJA", head=True)
    sh.put(r, c + 2, "NILAI", head=True)
    for i, (name, v) in enumerate(zip(bank.PERILAKU, m["perilaku"], strict=True), start=1):
        sh.put(r + i, c, i, box=True)
        sh.put(r + i, c + 1, name, box=True)
        sh.put(r + i, c + 2, v, box=True)
    return r + 7


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    sh = Sheet(wb, SKP, cells)
    cols = plan_columns(m, False)
    r = kop(sh, m, "RENCANA SASARAN KINERJA PEGAWAI", len(cols))
    r = identity(sh, m, r)
    r, cols = table(sh, m, False, r + 1)
    signature(sh, m, r + 1, len(cols), "5 Januari 2026")


def write_penilaian(wb: Workbook, m: dict, cells: dict) -> None:
    sh = Sheet(wb, PEN, cells)
    cols = plan_columns(m, True)
    r = kop(sh, m, "PENILAIAN SASARAN KINERJA PEGAWAI", len(cols))
    r = identity(sh, m, r)
    top = r + 1
    r, cols = table(sh, m, True, top)
    v = m["var"]
    c_val = cols.index("tertimbang") + 1
    c_lab = max(2, cols.index("real") + 1 - 0)
    if "total_kanan" in v:
        c0 = len(cols) + 2
        sh.ws.column_dimensions[get_column_letter(c0)].width = 34
        sh.ws.column_dimensions[get_column_letter(c0 + 1)].width = 14
        rr = totals(sh, m, top, c0, c0 + 1, [k for k, _ in TOTALS])
        r = perilaku_block(sh, m, r + 1, 2) if "sheet_perilaku" not in v else r + 1
        r = max(r, rr)
    elif "total_di_perilaku" in v:
        r = totals(sh, m, r, c_lab, c_val, ["akhir"]) + 1
    else:
        r = totals(sh, m, r, c_lab, c_val, [k for k, _ in TOTALS]) + 1
        if "sheet_perilaku" not in v:
            r = perilaku_block(sh, m, r, 2)
    signature(sh, m, r + 1, len(cols), "8 Januari 2027")
    if "sheet_perilaku" in v or "total_di_perilaku" in v:
        ps = Sheet(wb, PER, cells)
        ps.ws.column_dimensions["B"].width = 30
        ps.ws.column_dimensions["C"].width = 14
        ps.ws.column_dimensions["D"].width = 30
        ps.put(1, 1, "PENILAIAN PERILAKU KERJA PEGAWAI", bold=True)
        ps.put(2, 1, f"PERIODE PENILAIAN: {m['periode']}", key=("periode",))
        ps.put(3, 1, "NAMA")
        ps.put(3, 2, m["pegawai"]["nama"], key=("id", "pegawai", "nama"))
        ps.put(4, 1, "NIP")
        ps.put(4, 2, m["pegawai"]["nip"], key=("id", "pegawai", "nip"))
        rr = perilaku_block(ps, m, 6, 1)
        if "total_di_perilaku" in v:
            ps.put(rr, 1, "NILAI SKP", bold=True, box=True)
            ps.merge(rr, 1, rr, 2)
            ps.put(rr, 3, float(q(m["skp"])), box=True, fmt="0.00")
            totals(ps, m, rr + 1, 1, 3, ["np", "nk", "ide", "predikat"])


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    sh = Sheet(wb, AK, cells)
    for col, wd in zip("ABCDE", (5, 40, 40, 20, 12), strict=True):
        sh.ws.column_dimensions[col].width = wd
    r = kop(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 8)
    r = identity(sh, m, r)
    sh.put(r, 1, "TANGGAL PENGAJUAN: 5 Januari 2026")
    r += 2
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(r, c, h, head=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 1, r, 5)
    r += 1
    n = 0
    for ri, rk in enumerate(m["rks"]):
        if rk["section"] != "A" or not rk["butir"]:
            continue
        n += 1
        top = r
        for bi, (butir, out, ak) in enumerate(rk["butir"]):
            if bi == 0:
                sh.put(r, 1, n, box=True)
                sh.put(r, 2, rk["rk"], key=("rk", ri), box=True)
            else:
                sh.put(r, 1, None, box=True)
                sh.put(r, 2, None, box=True)
            sh.put(r, 3, butir, box=True)
            sh.put(r, 4, out, box=True)
            sh.put(r, 5, ak, key=("ak", ri, bi), box=True)
            r += 1
        sh.merge(top, 1, r - 1, 1)
        sh.merge(top, 2, r - 1, 2)


def write_workbook(m: dict, path: Path) -> dict:
    wb = Workbook()
    wb.remove(wb.active)
    cells: dict = {}
    write_plan(wb, m, cells)
    write_penilaian(wb, m, cells)
    if m["has_ak"]:
        write_ak(wb, m, cells)
    wb.save(path)
    return cells


# ---------------------------------------------------------------- manifest
def entry(m: dict, at: dict, cells: dict) -> tuple[dict, list[dict]]:
    code = at["code"]
    d = {"code": code, "severity": DEFECTS[code][0], "sheet": None, "cell": None, "alt_cells": []}
    boleh: list[dict] = []
    if at["key"] is None:
        return d, boleh
    places = list(cells.get(at["key"], []))
    if at["key"][0] == "target" and "kolom_satuan" in m["var"]:
        places += list(cells[("sat",) + at["key"][1:]])
    if at["sheet"]:
        first = [p for p in places if p[0] == at["sheet"]]
        places = first + [p for p in places if p not in first]
    for extra in at.get("alt", []):
        places += [p for p in cells.get(extra, []) if p not in places]
    (d["sheet"], d["cell"]), rest = places[0], places[1:]
    d["alt_cells"] = [{"sheet": s, "cell": c} for s, c in rest]
    boleh += [{"code": code, "sheet": s, "cell": c} for s, c in rest]
    pen_sheets = [PEN] + ([PER] if PER in {p[0] for v in cells.values() for p in v} else [])
    if code in ("realisasi-kosong", "target-penilaian-berbeda"):
        for s in pen_sheets:
            boleh += [
                {"code": "capaian-tidak-sesuai", "sheet": s},
                {"code": "predikat-tidak-sesuai", "sheet": s},
            ]
    if code in ("target-penilaian-berbeda", "target-tanpa-satuan"):
        for s, c in cells[("ptarget",) + at["key"][1:]] + cells[("target",) + at["key"][1:]]:
            row = "".join(ch for ch in c if ch.isdigit())
            boleh += [
                {"code": "kategori-tidak-berurutan", "sheet": s, "row": row},
                {"code": "kategori-tidak-membedakan", "sheet": s, "row": row},
            ]
    return d, boleh


def draw(rng: random.Random, used: dict[str, int], n: int, model: str) -> list[str]:
    chosen: list[str] = []
    pool = list(VARIATIONS)
    rng.shuffle(pool)
    pool.sort(key=lambda v: used[v])
    for v in pool:
        if len(chosen) == n:
            break
        if any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
        used[v] += 1
    return sorted(chosen)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    if a.keluaran.exists():
        shutil.rmtree(a.keluaran)
    a.keluaran.mkdir(parents=True)
    used = {v: 0 for v in VARIATIONS}
    counters: dict[str, int] = {}
    files = []
    ja_i = jf_i = 0
    for n, (form, profile, defects) in enumerate(PLAN):
        counters[form] = counters.get(form, 0) + 1
        jenis, model = form.split("-")
        if jenis == "ja":
            role = JA_ROLES[ja_i % len(JA_ROLES)]
            ja_i += 1
        else:
            role = JF_ROLES[jf_i % len(JF_ROLES)]
            jf_i += 1
        var = draw(rng, used, rng.randint(3, 5), model)
        m = build_model(form, role, n, set(var), rng)
        score(m, profile, rng, need_ck=(C, "kat") in defects)
        ats = [apply_defect(m, code, variant) for code, variant in defects]
        tail = "-".join(c for c, _ in defects) if defects else "bersih"
        slug = {
            "dinkes": "dinkes",
            "dinsos": "dinsos",
            "dpu": "dpupr",
            "kec_mt": "kecamatan",
            "kec_sp": "kecamatan",
        }
        name = f"{form}-{counters[form]:02d}-penilaian2026-{slug[bank.ROLES[role]['unit']]}-{tail}.xlsx"
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], []
        for at in ats:
            d, b = entry(m, at, cells)
            ds.append(d)
            boleh += b
        for key, places in cells.items():
            if key[0] == "tw":
                boleh += [{"sheet": s, "cell": c} for s, c in places]
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": var,
                "peran": role,
                "jabatan": m["pegawai"]["jabatan"],
                "predikat": m["predikat"],
            }
        )
    files.sort(key=lambda f: f["file"])
    a.harapan.write_text(
        json.dumps({"set": SET_NAME, "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
