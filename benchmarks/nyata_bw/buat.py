"""Generator of the held-out set ``nyata_bw``: Rencana SKP 2027 (and Penilaian SKP 2026) of the Badan
Pendapatan Daerah and the Badan Pengelolaan Keuangan dan Aset Daerah of the fictional Provinsi Tanjung Marwah,
mostly JA/JF Model Pengembangan whose kategori penilaian (standar kinerja) cells are written as staff really
write them.
Deterministic (fixed seed), openpyxl only.

Each workbook is first a content model (identity, periode, RK with IKI, target, kategori levels as
descriptors,
cara memantau, butir kegiatan, Manual IKI; for a Penilaian workbook also the realisasi and every score by
SPEC §6); the defects are written into the model; then the model is laid out, the kategori descriptors
rendered in the file's writing styles. Every cell written for a place of the model is recorded under its
key, so the cell of
each inserted defect is known exactly.

Usage: ``python benchmarks/nyata_bw/buat.py [--keluaran DIR] [--harapan FILE]``.
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

SEED = 20270111
SET_NAME = "nyata_bw"

KAT_STYLE = [
    "simbol_unicode",
    "simbol_ascii",
    "kata_banding",
    "rentang_endash",
    "rentang_sd",
    "label_dalam_sel",
    "satuan_sebagian",
    "persen_rapat",
    "desimal_koma",
    "waktu_batas",
    "iki_biaya",
]
LEVEL_SETS = ["tingkat_empat", "tingkat_tiga", "tingkat_cukup_sb", "kolom_target_baik"]
LAYOUT = ["judul_standar_kinerja", "sumber_data_tunggal", "kop_pemprov"]
VARIATIONS = KAT_STYLE + LEVEL_SETS + LAYOUT
EXCLUSIVE = [
    {"simbol_unicode", "simbol_ascii", "kata_banding"},
    {"rentang_endash", "rentang_sd"},
    set(LEVEL_SETS),
]
PENGEMBANGAN_ONLY = set(KAT_STYLE + LEVEL_SETS + LAYOUT) - {
    "desimal_koma",
    "persen_rapat",
    "iki_biaya",
    "kop_pemprov",
    "waktu_batas",
}

DEFECTS = {  # code → (severity, scope)
    "identitas-kosong": ("error", "kop"),
    "nip-tidak-valid": ("error", "kop"),
    "pangkat-tidak-dikenal": ("error", "kop"),
    "jenjang-golongan-tidak-sesuai": ("peringatan", "kop"),
    "periode-tidak-valid": ("error", "kop"),
    "penilai-sama-dengan-pegawai": ("error", "kop"),
    "rk-atasan-kosong": ("error", "rencana"),
    "rk-berbasis-aktivitas": ("peringatan", "rencana"),
    "iki-tanpa-target": ("error", "rencana"),
    "target-tidak-terukur": ("error", "rencana"),
    "target-rentang-terbalik": ("error", "rencana"),
    "aspek-tidak-valid": ("error", "rencana"),
    "aspek-ganda": ("peringatan", "rencana"),
    "target-absolut": ("peringatan", "rencana"),
    "rk-ganda": ("peringatan", "rencana"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "kategori-penilaian-kosong": ("error", "rencana"),
    "kategori-tidak-berurutan": ("error", "rencana"),
    "kategori-tidak-membedakan": ("error", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
    "manual-iki-kosong": ("error", "rencana"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
    "realisasi-kosong": ("error", "penilaian"),
    "capaian-tidak-sesuai": ("error", "penilaian"),
    "predikat-tidak-sesuai": ("error", "penilaian"),
    "target-penilaian-berbeda": ("error", "penilaian"),
}
WITHOUT_CELL = {"keterkaitan-ak-hilang"}
PENILAIAN_CODES = [
    "realisasi-kosong",
    "capaian-tidak-sesuai",
    "predikat-tidak-sesuai",
    "target-penilaian-berbeda",
]
KATEGORI_CODES = {"kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"}

# The plan of the set: (form, role, penilaian?, [(code, variant)...]). Variants name how a kategori defect is
# written (SPEC §7 kategori codes) or which piece of a Penilaian is wrong.
PLAN: list[tuple[str, str, bool, list[tuple[str, str]]]] = [
    # ja-pengembangan: 8 clean (3 Penilaian), 10 defective (3 Penilaian)
    ("ja-pengembangan", "kabid_pajak", False, []),
    ("ja-pengembangan", "kaupt_samsat", False, []),
    ("ja-pengembangan", "kasubbag_umum_bapenda", False, []),
    ("ja-pengembangan", "sekban_bpkad", False, []),
    ("ja-pengembangan", "kabid_aset", False, []),
    ("ja-pengembangan", "pengadm_pajak", True, []),
    ("ja-pengembangan", "bendahara_bpkad", True, []),
    ("ja-pengembangan", "kasubbid_bmd", True, []),
    ("ja-pengembangan", "pengelola_bmd", False, [("kategori-tidak-berurutan", "tukar")]),
    (
        "ja-pengembangan",
        "sekban_bapenda",
        False,
        [("kategori-tidak-membedakan", "sb_sama"), ("identitas-kosong", "")],
    ),
    (
        "ja-pengembangan",
        "kabid_akuntansi",
        False,
        [("kategori-penilaian-kosong", "semua"), ("rk-berbasis-aktivitas", "")],
    ),
    (
        "ja-pengembangan",
        "penata_lapkeu_bapenda",
        False,
        [("kategori-tidak-berurutan", "rentang_terbalik"), ("aspek-tidak-valid", "")],
    ),
    (
        "ja-pengembangan",
        "kasubbag_umum_bapenda",
        False,
        [("cara-memantau-kosong", ""), ("nip-tidak-valid", "")],
    ),
    (
        "ja-pengembangan",
        "kaupt_samsat",
        False,
        [("kategori-tidak-berurutan", "waktu_naik"), ("pangkat-tidak-dikenal", "")],
    ),
    ("ja-pengembangan", "kabid_aset", True, [("capaian-tidak-sesuai", "kategori")]),
    (
        "ja-pengembangan",
        "penata_lapkeu_bapenda",
        True,
        [("realisasi-kosong", ""), ("periode-tidak-valid", "")],
    ),
    ("ja-pengembangan", "kabid_pajak", True, [("predikat-tidak-sesuai", "")]),
    ("ja-pengembangan", "bendahara_bpkad", False, [("rk-ganda", ""), ("aspek-ganda", "")]),
    # jf-pengembangan: 8 clean (2 Penilaian), 10 defective (3 Penilaian)
    ("jf-pengembangan", "akpd_muda", False, []),
    ("jf-pengembangan", "prakom_pertama", False, []),
    ("jf-pengembangan", "arsiparis_mahir", False, []),
    ("jf-pengembangan", "perencana_muda", False, []),
    ("jf-pengembangan", "analis_anggaran_madya", False, []),
    ("jf-pengembangan", "ppbj_muda", False, []),
    ("jf-pengembangan", "statistisi_pertama", True, []),
    ("jf-pengembangan", "akpd_pertama", True, []),
    (
        "jf-pengembangan",
        "prakom_terampil",
        False,
        [("kategori-tidak-membedakan", "target_di_cukup"), ("jenjang-golongan-tidak-sesuai", "")],
    ),
    ("jf-pengembangan", "akpd_pertama", False, [("kategori-tidak-berurutan", "baik_bukan_target")]),
    ("jf-pengembangan", "statistisi_pertama", False, [("kategori-penilaian-kosong", "baik_kosong")]),
    (
        "jf-pengembangan",
        "analis_kebijakan_muda",
        False,
        [("keterkaitan-ak-hilang", ""), ("rk-atasan-kosong", "")],
    ),
    (
        "jf-pengembangan",
        "ppbj_muda",
        False,
        [("rk-tanpa-butir-kegiatan", ""), ("satuan-tidak-sesuai-aspek", "")],
    ),
    (
        "jf-pengembangan",
        "arsiparis_mahir",
        False,
        [("angka-kredit-tidak-valid", ""), ("penilai-sama-dengan-pegawai", "")],
    ),
    (
        "jf-pengembangan",
        "perencana_muda",
        False,
        [("kategori-tidak-membedakan", "sb_bertanda"), ("target-tanpa-satuan", "")],
    ),
    ("jf-pengembangan", "prakom_pertama", True, [("capaian-tidak-sesuai", "nilai")]),
    ("jf-pengembangan", "akpd_muda", True, [("target-penilaian-berbeda", "")]),
    (
        "jf-pengembangan",
        "analis_anggaran_madya",
        True,
        [("predikat-tidak-sesuai", ""), ("iki-tanpa-target", "")],
    ),
    # Model Dasar and JPT for form coverage
    ("ja-dasar", "sekban_bpkad", True, []),
    ("ja-dasar", "kabid_akuntansi", False, [("target-rentang-terbalik", ""), ("target-absolut", "")]),
    ("jf-dasar", "prakom_terampil", False, []),
    ("jf-dasar", "statistisi_pertama", True, [("capaian-tidak-sesuai", "capaian_waktu")]),
    ("jpt-dasar", "kaban_bpkad", False, []),
    ("jpt-dasar", "kaban_bapenda", False, [("manual-iki-kosong", ""), ("target-tidak-terukur", "")]),
    ("jpt-pengembangan", "kaban_bapenda", False, []),
    ("jpt-pengembangan", "kaban_bpkad", False, [("perspektif-tidak-valid", "")]),
    ("jpt-pengembangan", "kaban_bapenda", False, [("manual-iki-kosong", ""), ("iki-tanpa-target", "")]),
]

# Variations a defect cannot be written on (the defect's cell would not exist or mean something else).
NOT_WITH = {
    "baik_bukan_target": {"tingkat_cukup_sb", "kolom_target_baik"},
    "baik_kosong": {"tingkat_cukup_sb", "kolom_target_baik"},
    "rentang_terbalik": {"tingkat_cukup_sb", "tingkat_tiga"},
    "semua": {"kolom_target_baik"},
    "iki-tanpa-target": {"kolom_target_baik", "tingkat_cukup_sb"},
    "target-tanpa-satuan": {"kolom_target_baik", "satuan_sebagian"},
    "satuan-tidak-sesuai-aspek": {"kolom_target_baik", "waktu_batas"},
    "aspek-tidak-valid": {"kolom_target_baik"},
    "target-penilaian-berbeda": {"desimal_koma"},
}
PENILAIAN_NOT = {"tingkat_cukup_sb", "kolom_target_baik", "waktu_batas"}

LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
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

# ----------------------------------------------------------------------------------------------- numbers


def num(x: Any) -> str:
    """Indonesian number text: thousands with a dot, decimals with a comma."""
    x = Fraction(x)
    if x.denominator == 1:
        return f"{int(x):,}".replace(",", ".")
    d = Decimal(x.numerator) / Decimal(x.denominator)
    d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    whole, _, frac = f"{d:f}".partition(".")
    return f"{int(whole):,}".replace(",", ".") + ("," + frac if frac else "")


def q2(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def half_up(x: Fraction) -> int:
    return int((x + Fraction(1, 2)) // 1)


def band(cap: int) -> str:
    return (
        "Sangat Baik"
        if cap > 100
        else "Baik"
        if cap == 100
        else "Cukup"
        if cap >= 80
        else ("Kurang" if cap >= 60 else "Sangat Kurang")
    )


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
    return Fraction(cap * 49, 59)


def predikat(nk: Fraction, ide: str) -> str:
    if nk >= 110 and ide == "Ya":
        return "Sangat Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    return "Kurang" if nk >= 50 else "Sangat Kurang"


# ------------------------------------------------------------------------------------------------ model


def make_nip(rng: random.Random, female: bool, birth_year: int) -> str:
    b = f"{birth_year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{birth_year + rng.randint(23, 28)}{rng.choice([1, 3, 4, 12]):02d}"
    return f"{b} {tmt} {2 if female else 1} {rng.randint(1, 12):03d}"


def people(rng: random.Random) -> dict[str, dict]:
    """One person per role (the same in every workbook)."""
    out: dict[str, dict] = {}
    names = list(bank.NAMA)
    rng.shuffle(names)
    for i, (key, r) in enumerate(sorted(bank.ROLES.items())):
        nama = names[i]
        female = any(
            w in nama
            for w in (
                "Rina",
                "Dewi",
                "Lestari",
                "Nurhayati",
                "Maria",
                "Ratna",
                "Siti",
                "Yulia",
                "Wulan",
                "Eka",
                "Fitri",
            )
        )
        gol = r["gol"]
        by = {"II": 1990, "III": 1984, "IV": 1975}[gol.split("/")[0]] + rng.randint(-3, 3)
        out[key] = {
            "nama": nama,
            "nip": make_nip(rng, female, by),
            "gol": gol,
            "jabatan": r["jabatan"],
            "unit": bank.BADAN[r["badan"]].title().replace("Dan", "dan"),
        }
    for key, j in bank.JPT.items():
        out[key] = {
            "nama": j["nama"],
            "nip": j["nip"],
            "gol": j["gol"],
            "jabatan": j["jabatan"],
            "unit": bank.BADAN[j["badan"]].title().replace("Dan", "dan"),
        }
    return out


def direction(kind: str) -> str:
    return "turun" if kind in ("waktu", "biaya") else "naik"


def mk_iki(raw: tuple, var: set[str]) -> dict:
    aspek, text, kind, t, sat = raw
    iki: dict[str, Any] = {"aspek": aspek, "text": text, "kind": kind, "sat": sat}
    if kind == "kata":
        iki["t"], iki["t_text"], iki["step"] = Fraction(int(t.split()[0])), t, Fraction(1)
        return iki
    t = Fraction(t)
    step = Fraction(1)
    if kind == "persen":
        step = Fraction(1, 100)
        if "desimal_koma" in var:
            t -= Fraction(5, 2)
    elif kind == "waktu" and "desimal_koma" in var:
        t += Fraction(1, 2)
        step = Fraction(1, 2)
    iki["t"], iki["step"] = t, step
    iki["t_text"] = value_text(t, kind, sat, var)
    if kind == "waktu" and "waktu_batas" in var:
        mark = "paling lama " if "kata_banding" in var else "<= " if "simbol_ascii" in var else "≤ "
        iki["t_text"] = mark + iki["t_text"]
    return iki


def value_text(x: Fraction, kind: str, sat: str | None, var: set[str], unit: bool = True) -> str:
    if kind in ("rupiah", "biaya"):
        return ("Rp " if unit else "") + num(x)
    if kind == "persen":
        if not unit:
            return num(x)
        return num(x) + ("%" if "persen_rapat" in var else " %")
    return num(x) + (f" {sat}" if unit and sat else "")


def level_descriptors(iki: dict, var: set[str]) -> dict[str, Any]:
    """The kategori levels of one IKI as descriptors (op, numbers), lowest level first; BAIK is the target."""
    kind, t, s = iki["kind"], iki["t"], iki["step"]
    if kind == "kata":
        words = bank.KATA_LEVELS[iki["t_text"]]
        d = {lv: ("word", w) for lv, w in zip(LEVELS, words, strict=False)}
        d["b"] = ("target",)
        if "tingkat_empat" in var:
            d.pop("sk")
        elif "tingkat_tiga" in var:
            d.pop("sk"), d.pop("k")
        elif "tingkat_cukup_sb" in var:
            d = {"c": d["c"], "sb": d["sb"]}
        return d
    rng_style = bool({"rentang_endash", "rentang_sd"} & var)
    sym = bool({"simbol_unicode", "simbol_ascii"} & var)
    if direction(kind) == "naik":
        if kind == "hitung":
            a, b = t // 2, (3 * t) // 4
            a, b = Fraction(a), Fraction(b)
        elif kind == "persen":
            a, b = t - 15, t - 5
        else:  # rupiah
            a, b = t * Fraction(8, 10), t * Fraction(9, 10)
        d = {
            "sk": ("lt", a),
            "k": ("rng", a, b - s),
            "c": ("rng", b, t - s),
            "b": ("target",),
            "sb": ("gt", t),
        }
        if kind == "persen":
            up = t + 5 if t + 5 < 100 else (t + 100) / 2
            if rng_style:
                d["sb"] = ("rng", up, Fraction(100))
            elif sym:
                d["sb"] = ("ge", up)
        elif kind == "hitung" and sym:
            d["sb"] = ("ge", t + 1)
        if "tingkat_empat" in var:
            d.pop("sk")
            d["k"] = ("lt", b)
        elif "tingkat_tiga" in var:
            d.pop("sk"), d.pop("k")
            if kind == "hitung" and t <= 12:
                d["c"] = ("val", t - 1)
        elif "tingkat_cukup_sb" in var:
            d = {"c": ("lt", t), "sb": d["sb"]}
        return d
    # lower is better: waktu, biaya
    if kind == "waktu":
        c = t + max(s, Fraction(half_up(t / 2)))
        dd = max(2 * t, c + s)
    else:
        c, dd = t * Fraction(11, 10), t * Fraction(12, 10)
        s = Fraction(1)
    d = {"sb": ("lt", t), "b": ("target",), "c": ("rng", t + s, c), "k": ("rng", c + s, dd), "sk": ("gt", dd)}
    if kind == "waktu" and ("waktu_batas" in var or sym or "kata_banding" in var) and t - s > 0:
        d["sb"] = ("le", t - s)
    if "tingkat_empat" in var:
        d.pop("sk")
        d["k"] = ("gt", c)
    elif "tingkat_tiga" in var:
        d.pop("sk"), d.pop("k")
    elif "tingkat_cukup_sb" in var:
        d = {"c": ("gt", t), "sb": d["sb"]}
    return {lv: d[lv] for lv in LEVELS if lv in d}


def build_model(form: str, role_key: str, penilaian: bool, ppl: dict, var: set[str]) -> dict:
    jenis, model = form.split("-")
    year = 2026 if penilaian else 2027
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "var": var,
        "year": year,
        "penilaian": penilaian,
        "role": role_key,
        "tambahan": [],
    }
    m["pegawai"] = dict(ppl[role_key])
    if jenis == "jpt":
        j = bank.JPT[role_key]
        m["badan"] = j["badan"]
        pen = j["penilai"]
        m["penilai"] = {
            "nama": pen["nama"],
            "nip": pen["nip"],
            "gol": pen["gol"],
            "jabatan": pen["jabatan"],
            "unit": pen["unit"],
            "instansi": pen is bank.GUBERNUR,
        }
        m["rk"] = []
        for _i, (persp, rk, iki, tgt) in enumerate(j["rk"]):
            num_part, _, sat = tgt.replace("Rp ", "").partition(" ")
            kind = "rupiah" if tgt.startswith("Rp") else "persen" if sat == "%" else "hitung"
            if "persen_rapat" in var and sat == "%":
                tgt = tgt.replace(" %", "%")
            m["rk"].append(
                {
                    "persp": persp,
                    "text": rk,
                    "iki": [{"aspek": None, "text": iki, "kind": kind, "t_text": tgt, "sat": sat, "t": None}],
                    "manual": {
                        k: v.format(
                            rk=rk,
                            rk_kecil=rk[0].lower() + rk[1:],
                            iki=iki,
                            iki_kecil=iki[0].lower() + iki[1:],
                            satuan=sat or "rupiah",
                        )
                        for k, v in bank.MANUAL.items()
                    },
                }
            )
        return m
    r = bank.ROLES[role_key]
    m["badan"] = r["badan"]
    m["penilai"] = dict(ppl[r["penilai"]]) | {"instansi": False}
    m["rk"] = []
    for _i, (atasan, text, cara, ikis) in enumerate(r["rk"]):
        rk = {
            "atasan": atasan,
            "text": text,
            "cara": list(bank.CARA[cara]),
            "iki": [mk_iki(x, var) for x in ikis],
        }
        m["rk"].append(rk)
    if "iki_biaya" in var:
        bt, bv = bank.BIAYA[r["badan"]]
        m["rk"][1]["iki"].append(mk_iki(("Biaya", bt, "biaya", bv, "rupiah"), var))
    if model == "pengembangan":
        for rk in m["rk"]:
            for iki in rk["iki"]:
                iki["lv"] = level_descriptors(iki, var)
    if jenis == "jf":
        m["butir"] = [(rk["text"], *b) for rk, b in zip(m["rk"], r["butir"], strict=False)]
    return m


# ------------------------------------------------------------------------------------------- penilaian

PROFILES = [
    (["sb", "sb"], 115, "Ya"),
    (["b", "b"], 100, "Tidak"),
    (["sb", "b"], 96, "Tidak"),
    (["c", "b"], 88, "Tidak"),
    (["c", "c"], 80, "Tidak"),
    (["sb", "c"], 104, "Ya"),
]


def grid(iki: dict) -> Fraction:
    kind = iki["kind"]
    if kind == "persen":
        return Fraction(1, 10)
    if kind == "waktu":
        return Fraction(1, 2) if iki["t"] < 10 else Fraction(1)
    if kind in ("rupiah", "biaya"):
        return Fraction(1000000)
    return Fraction(1)


def raw_capaian(r: Fraction, t: Fraction, kind: str) -> Fraction:
    return (2 - r / t) * 100 if direction(kind) == "turun" else r / t * 100


def realisasi_for(iki: dict, caps: list[int], rng: random.Random) -> tuple[Fraction, int] | None:
    """A realisasi on the IKI's grid whose capaian rounds to one of ``caps`` and is not near x,5."""
    t, g, kind = iki["t"], grid(iki), iki["kind"]
    found = []
    for c in caps:
        center = t * c / 100 if direction(kind) == "naik" else t * (2 - Fraction(c, 100))
        k0 = int(center / g)
        for k in range(k0 - 3, k0 + 4):
            r = g * k
            if r <= 0:
                continue
            raw = raw_capaian(r, t, kind)
            if c == 100 and raw != 100:
                continue
            if half_up(raw) == c and abs(raw - int(raw) - Fraction(1, 2)) >= Fraction(1, 10):
                found.append((r, c))
    return rng.choice(found) if found else None


def score(m: dict, rng: random.Random) -> None:
    """Realisasi and every score of a Penilaian workbook, per SPEC §6 (all RK of one IKI band and nilai)."""
    for _ in range(200):
        bands, per, ide = rng.choice(PROFILES)
        if any(i["kind"] == "kata" for i in m["rk"][0]["iki"] + m["rk"][1]["iki"]):
            kata_rk = [j for j, rk in enumerate(m["rk"]) if any(i["kind"] == "kata" for i in rk["iki"])]
            if any(bands[j] != "b" for j in kata_rk):
                continue
        ok = True
        for rk, bnd in zip(m["rk"], bands, strict=False):
            if bnd == "b":
                caps_options = [[100]]
            elif bnd == "sb":
                caps_options = [list(range(111, 151)) + [110]]
            else:
                cs = list(range(82, 98))
                rng.shuffle(cs)
                caps_options = [[c] for c in cs]
            for caps in caps_options:
                picks = [realisasi_for(i, caps, rng) for i in rk["iki"]]
                if all(picks):
                    break
            else:
                ok = False
                break
            for iki, (r, c) in zip(rk["iki"], picks, strict=False):
                iki["r"], iki["cap"], iki["nilai"] = r, c, nilai(c)
            rk["nilai"] = sum((i["nilai"] for i in rk["iki"]), Fraction(0)) / len(rk["iki"])
            if len({i["nilai"] for i in rk["iki"]}) != 1:
                ok = False
                break
            rk["kat"] = band(rk["iki"][0]["cap"])
        if not ok:
            continue
        na = sum((rk["nilai"] for rk in m["rk"]), Fraction(0)) / len(m["rk"])
        nk = na * Fraction(7, 10) + Fraction(per) * Fraction(3, 10)
        if any(abs(nk - b) < Fraction(6, 10) for b in (110, 90, 70, 50)):
            continue
        m["score"] = {
            "na": na,
            "perilaku": Fraction(per),
            "nk": nk,
            "ide": ide,
            "predikat": predikat(nk, ide),
        }
        for rk in m["rk"]:
            rk["tertimbang"] = rk["nilai"] / len(m["rk"])
        return
    raise RuntimeError(f"no score for {m['role']}")


# --------------------------------------------------------------------------------------------- defects


def first_iki(m: dict, pred, rks=None) -> tuple[int, int]:
    for ri in rks if rks is not None else range(len(m["rk"])):
        for ii, iki in enumerate(m["rk"][ri]["iki"]):
            if pred(iki):
                return ri, ii
    raise LookupError(m["role"])


def naik_numeric(iki: dict) -> bool:
    return iki["kind"] in ("hitung", "persen") and "lv" in iki


def apply_defect(m: dict, code: str, variant: str) -> dict:
    """Write one defect into the model; returns where it is (keys for the layout's cell record)."""
    at: dict[str, Any] = {"code": code, "variant": variant}
    var = m["var"]
    if code == "identitas-kosong":
        m["penilai"]["jabatan"] = ""
        at["key"] = ("id", "penilai", "jabatan")
    elif code == "nip-tidak-valid":
        n = m["pegawai"]["nip"]
        m["pegawai"]["nip"] = n[:13] + "13" + n[15:]
        at["key"] = ("id", "pegawai", "nip")
    elif code == "pangkat-tidak-dikenal":
        m["pegawai"]["pangkat_text"] = f"Penata Muda, {m['pegawai']['gol']}"
        at["key"] = ("id", "pegawai", "pangkat")
    elif code == "jenjang-golongan-tidak-sesuai":
        low = {
            "Terampil": "II/a",
            "Mahir": "II/d",
            "Ahli Pertama": "II/d",
            "Ahli Muda": "III/b",
            "Ahli Madya": "III/d",
        }
        m["pegawai"]["gol"] = next(g for j, g in low.items() if m["pegawai"]["jabatan"].endswith(j))
        at["key"] = ("id", "pegawai", "pangkat")
        at["alt"] = [("id", "pegawai", "jabatan")]
    elif code == "periode-tidak-valid":
        m["periode_text"] = f"PERIODE PENILAIAN: 1 JANUARI {m['year']} SD 31 DESEMBER {m['year'] - 1}"
        at["key"] = ("periode",)
    elif code == "penilai-sama-dengan-pegawai":
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        at["key"] = ("id", "penilai", "nip")
        at["alt"] = [("id", "pegawai", "nip")]
    elif code == "rk-atasan-kosong":
        m["rk"][1]["atasan"] = ""
        at["key"], at["alt"] = ("rk", 1, "rk_atasan"), [("rk", 1, "rk")]
    elif code == "rk-berbasis-aktivitas":
        m["rk"][0]["text"] = "Menyusun laporan konsolidasi keuangan perangkat daerah"
        if m["jenis"] == "jf":
            m["butir"][0] = (m["rk"][0]["text"], *m["butir"][0][1:])
        at["key"] = ("rk", 0, "rk")
    elif code == "iki-tanpa-target":
        ri, ii = (1, 0)
        m["rk"][ri]["iki"][ii]["t_text"] = None
        at["key"], at["alt"] = ("iki", ri, ii, "target"), [("iki", ri, ii, "iki")]
        at["row"] = (ri, ii)
    elif code == "target-tidak-terukur":
        ri, ii = 1, 0
        m["rk"][ri]["iki"][ii]["t_text"] = "sesuai target RPJMD"
        at["key"], at["alt"] = ("iki", ri, ii, "target"), [("iki", ri, ii, "iki")]
    elif code == "target-rentang-terbalik":
        ri, ii = first_iki(m, lambda i: i["kind"] == "hitung", [1])
        t = m["rk"][ri]["iki"][ii]["t"]
        m["rk"][ri]["iki"][ii]["t_text"] = f"{num(t + 4)} - {num(t)} {m['rk'][ri]['iki'][ii]['sat']}"
        at["key"], at["alt"] = ("iki", ri, ii, "target"), [("iki", ri, ii, "iki")]
    elif code == "target-absolut":
        ri, ii = first_iki(m, lambda i: i["aspek"] == "Kualitas" and i["kind"] == "persen", [0, 1])
        m["rk"][ri]["iki"][ii]["t_text"] = "100 % untuk semua perangkat daerah"
        at["key"], at["alt"] = ("iki", ri, ii, "target"), [("iki", ri, ii, "iki")]
    elif code == "aspek-tidak-valid":
        m["rk"][1]["iki"][0]["aspek"] = "Efektivitas"
        at["key"], at["row"] = ("iki", 1, 0, "aspek"), (1, 0)
    elif code == "aspek-ganda":
        ri, ii = first_iki(m, lambda i: i["aspek"] == "Kualitas", [1])
        m["rk"][ri]["iki"][ii]["aspek"] = "Kuantitas"
        at["key"] = ("iki", ri, ii, "aspek")
    elif code == "rk-ganda":
        import copy

        m["tambahan"].append(copy.deepcopy(m["rk"][1]))
        at["key"], at["alt"] = ("tb", 0, "rk"), [("rk", 1, "rk")]
    elif code == "satuan-tidak-sesuai-aspek":
        ri, ii = first_iki(m, lambda i: i["kind"] == "waktu")
        iki = m["rk"][ri]["iki"][ii]
        iki["sat"] = "dokumen"
        iki["t_text"] = value_text(iki["t"], "waktu", "dokumen", var)
        at["key"], at["alt"] = ("iki", ri, ii, "target"), [("iki", ri, ii, "iki"), ("iki", ri, ii, "aspek")]
        at["row"] = (ri, ii)
    elif code == "target-tanpa-satuan":
        ri, ii = first_iki(m, lambda i: i["kind"] == "hitung", [1])
        iki = m["rk"][ri]["iki"][ii]
        iki["t_text"] = num(iki["t"])
        iki["bare_b"] = True
        at["key"], at["alt"] = ("iki", ri, ii, "target"), [("iki", ri, ii, "iki")]
        at["row"] = (ri, ii)
    elif code == "perspektif-tidak-valid":
        m["rk"][1]["persp"] = "Kepatuhan Regulasi"
        at["key"] = ("rk", 1, "persp")
    elif code == "cara-memantau-kosong":
        m["rk"][1]["cara"][1] = ""
        sumber = "sumber1" if "sumber_data_tunggal" in var else "sumber"
        at["key"] = ("rk", 1, sumber)
        at["alt"] = [("rk", 1, "rk")] + (
            [] if sumber == "sumber1" else [("rk", 1, "data"), ("rk", 1, "waktu")]
        )
    elif code == "manual-iki-kosong":
        m["rk"][1]["manual"]["FORMULA"] = ""
        at["key"] = ("man", 1, "FORMULA")
        at["alt"] = [("man", 1, "INDIKATOR KINERJA INDIVIDU"), ("iki", 1, 0, "iki")]
    elif code == "keterkaitan-ak-hilang":
        m["no_ak"] = True
    elif code == "rk-tanpa-butir-kegiatan":
        m["butir"] = m["butir"][:1]
        at["key"] = ("rk", 1, "rk")
    elif code == "angka-kredit-tidak-valid":
        m["butir"][0] = (*m["butir"][0][:3], "0")
        at["key"] = ("ak", 0, "ak")
    elif code in KATEGORI_CODES:
        apply_kategori_defect(m, code, variant, at)
    else:
        raise KeyError(code)
    return at


def apply_kategori_defect(m: dict, code: str, variant: str, at: dict) -> None:
    if variant == "waktu_naik":
        ri, ii = first_iki(m, lambda i: i["kind"] == "waktu")
    else:
        ri, ii = first_iki(m, naik_numeric, [0, 1])
    iki = m["rk"][ri]["iki"][ii]
    lv, t = iki["lv"], iki["t"]
    key = lambda level: ("iki", ri, ii, level)  # noqa: E731
    other = [lvl for lvl in lv if lvl != "b"]
    if variant in ("tukar", "waktu_naik"):
        partner = "k" if "k" in lv and variant == "tukar" else "sb"
        lv["c"], lv[partner] = lv[partner], lv["c"]
        at["key"], at["alt"] = key("c"), [key(partner)]
    elif variant == "rentang_terbalik":
        op, a, b = lv["c"]
        lv["c"] = ("rng", b, a)
        at["key"], at["alt"] = key("c"), []
    elif variant == "baik_bukan_target":
        lo = lv["c"][1] if lv["c"][0] == "rng" else lv["c"][1] - iki["step"]
        lv["b"] = ("val", lo)
        at["key"], at["alt"] = key("b"), [key("c"), ("iki", ri, ii, "target")]
    elif variant == "sb_sama":
        lv["sb"] = ("target",)
        at["key"], at["alt"] = key("sb"), [key("b"), ("iki", ri, ii, "target")]
    elif variant == "sb_bertanda":
        lv["sb"] = ("ge", t)
        at["key"], at["alt"] = key("sb"), [key("b"), ("iki", ri, ii, "target")]
    elif variant == "target_di_cukup":
        b = t - 2 if iki["kind"] == "hitung" else t - 5
        lv["c"] = ("gt", b)
        at["key"], at["alt"] = key("c"), [key("b"), ("iki", ri, ii, "target")]
    elif variant == "baik_kosong":
        lv["b"] = None
        at["key"], at["alt"] = key("b"), []
        at["boleh_row"] = ["kategori-tidak-berurutan"]
    elif variant == "semua":
        for level in lv:
            lv[level] = None
        first = "b" if "b" in lv else "c"
        at["key"], at["alt"] = key(first), [key(x) for x in other if x != first] + [("iki", ri, ii, "iki")]
    else:
        raise KeyError(variant)
    at["row"] = (ri, ii)


def scored_for(m: dict, defects: list[tuple[str, str]]) -> bool:
    """Whether the drawn scores leave room for the Penilaian defect to be written."""
    ikis = [i for rk in m["rk"] for i in rk["iki"]]
    for code, variant in defects:
        if code == "capaian-tidak-sesuai" and variant == "kategori":
            return any(i["cap"] != 100 for i in ikis)
        if code == "capaian-tidak-sesuai" and variant == "nilai":
            return any(i["cap"] != 100 and nilai(i["cap"]) != i["cap"] for i in ikis)
        if code == "capaian-tidak-sesuai":
            return any(i["kind"] == "waktu" and i["cap"] != 100 for i in ikis)
    return True


def apply_penilaian_defect(m: dict, code: str, variant: str) -> dict:
    at: dict[str, Any] = {"code": code, "variant": variant}
    rk0 = m["rk"][0]
    if code == "capaian-tidak-sesuai":
        if variant == "kategori":
            ri, ii = first_iki(m, lambda i: i["cap"] != 100)
            m["rk"][ri]["iki"][ii]["kat_text"] = "Baik"
            at["key"] = ("pen", ri, ii, "kat_iki")
            at["alt"] = [("pen", ri, ii, k) for k in ("cap", "nilai_iki")]
        elif variant == "nilai":
            ri, ii = first_iki(m, lambda i: i["cap"] != 100 and nilai(i["cap"]) != i["cap"])
            m["rk"][ri]["iki"][ii]["nilai_text"] = Fraction(m["rk"][ri]["iki"][ii]["cap"])
            at["key"] = ("pen", ri, ii, "nilai_iki")
            at["alt"] = [("pen", ri, ii, k) for k in ("cap", "kat_iki")] + [("pen", ri, "nilai_rk")]
        else:  # capaian_waktu: the normal formula written on a waktu IKI
            ri, ii = first_iki(m, lambda i: i["kind"] == "waktu")
            iki = m["rk"][ri]["iki"][ii]
            iki["cap_text"] = half_up(iki["r"] / iki["t"] * 100)
            at["key"] = ("pen", ri, ii, "cap")
            at["alt"] = [("pen", ri, ii, k) for k in ("kat_iki", "nilai_iki")]
        at["row"] = (ri, ii)
    elif code == "realisasi-kosong":
        ii = len(rk0["iki"]) - 1
        rk0["iki"][ii]["r_empty"] = True
        at["key"] = ("pen", 0, ii, "realisasi")
    elif code == "predikat-tidak-sesuai":
        order = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang"]
        p = m["score"]["predikat"]
        m["score"]["predikat_text"] = order[order.index(p) + 1] if p != "Sangat Baik" else "Baik"
        if p == "Baik" and m["score"]["nk"] >= 110:
            m["score"]["predikat_text"] = "Butuh Perbaikan"
        at["key"], at["alt"] = ("tot", "predikat"), [("tot", "nk")]
    elif code == "target-penilaian-berbeda":
        ri, ii = first_iki(m, lambda i: i["kind"] == "hitung")
        iki = m["rk"][ri]["iki"][ii]
        iki["t_pen_text"] = value_text(iki["t"] * Fraction(9, 10) // 1, "hitung", iki["sat"], m["var"])
        at["key"], at["alt"] = ("pen", ri, ii, "target"), [("iki", ri, ii, "target")]
        at["row"] = (ri, ii)
    return at


# ---------------------------------------------------------------------------------------------- render


def render_level(desc: Any, level: str, iki: dict, var: set[str], idx: int) -> str | None:
    if desc is None:
        return None
    kind, sat = iki["kind"], iki["sat"]
    unit = not ("satuan_sebagian" in var and level in ("sk", "k", "c")) and not iki.get("bare_b")
    op = desc[0]
    if op == "word":
        text = desc[1]
    elif op == "target":
        text = iki["t_text"] if not iki.get("bare_b") else num(iki["t"])
        if text is None:
            text = value_text(iki["t"], kind, sat, var)
    else:
        v = lambda x, u=unit: value_text(x, kind, sat, var, u)  # noqa: E731
        if op == "val":
            text = v(desc[1])
        elif op == "rng":
            a, b = desc[1], desc[2]
            if a == b:
                return render_level(("val", a), level, iki, var, idx)
            if kind in ("rupiah", "biaya") and unit:
                left, right = "Rp " + num(a), "Rp " + num(b)
            else:
                left, right = num(a), v(b)
            if "rentang_sd" in var:
                sep = " s.d. " if idx % 2 == 0 else " s/d "
            elif "rentang_endash" in var:
                sep = " – "
            else:
                sep = " - "
            text = left + sep + right
            if "persen_rapat" in var and kind == "persen" and unit:
                text = text.replace(" %", "%")
        else:
            x = v(desc[1])
            if "kata_banding" in var:
                words = {
                    "lt": "kurang dari",
                    "gt": "di atas" if idx % 2 and level == "sb" else "lebih dari",
                    "le": "paling lama" if kind == "waktu" else "paling banyak",
                    "ge": "paling sedikit",
                }
                text = f"{words[op]} {x}"
            elif "simbol_ascii" in var:
                text = {"lt": "<", "gt": ">", "le": "<=", "ge": ">="}[op] + " " + x
            else:
                text = {"lt": "<", "gt": ">", "le": "≤", "ge": "≥"}[op] + " " + x
    if "label_dalam_sel" in var:
        text = f"{LEVEL_HEAD[level].title()}: {text}" if level != "b" else f"BAIK: {text}"
    return text


# ---------------------------------------------------------------------------------------------- layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = PatternFill("solid", fgColor="FCE4D6")


class Sheet:
    def __init__(self, ws, name: str, cells: dict) -> None:
        self.ws, self.name, self.cells = ws, name, cells
        ws.column_dimensions["A"].width = 2

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        key: tuple | None = None,
        *,
        bold=False,
        center=False,
        box=True,
        fill=False,
        fmt: str | None = None,
    ) -> None:
        cell = self.ws.cell(r, c)
        cell.value = v
        cell.alignment = CENTER if center else WRAP
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        if fill:
            cell.fill = FILL
        if fmt:
            cell.number_format = fmt
        if key is not None:
            self.cells[(self.name, *key)] = cell.coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int, box: bool = True) -> None:
        if (r1, c1) != (r2, c2):
            if box:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        self.ws.cell(r, c).border = BOX
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def pangkat_text(p: dict) -> str:
    if p.get("pangkat_text"):
        return p["pangkat_text"]
    if not p.get("gol"):
        return "-"
    return f"{bank.PANGKAT[p['gol']]}, {p['gol']}"


def kop(sh: Sheet, m: dict, title: str, last: int) -> int:
    r = 2
    lines = []
    if "kop_pemprov" in m["var"]:
        lines.append(f"PEMERINTAH {bank.PROVINSI}")
    lines += [title, bank.BADAN[m["badan"]]]
    for line in lines:
        sh.put(r, 2, line, bold=True, center=True, box=False)
        sh.merge(r, 2, r, last, box=False)
        r += 1
    per = m.get("periode_text") or f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {m['year']}"
    sh.put(r, 2, per, ("periode",), center=True, box=False)
    sh.merge(r, 2, r, last, box=False)
    return r + 2


IDENT = [
    ("nama", "NAMA"),
    ("nip", "NIP"),
    ("pangkat", "PANGKAT/GOL RUANG"),
    ("jabatan", "JABATAN"),
    ("unit", "UNIT KERJA"),
]


def identity(sh: Sheet, m: dict, r: int, last: int) -> int:
    last = max(last, 9)
    sh.put(r, 2, "NO", bold=True, center=True, fill=True)
    sh.put(r, 3, "PEGAWAI YANG DINILAI", bold=True, center=True, fill=True)
    sh.merge(r, 3, r, 5)
    sh.put(r, 6, "NO", bold=True, center=True, fill=True)
    sh.put(r, 7, "PEJABAT PENILAI KINERJA", bold=True, center=True, fill=True)
    sh.merge(r, 7, r, last)
    for i, (field, label) in enumerate(IDENT, 1):
        rr = r + i
        for who, c0, cend in (("pegawai", 2, 5), ("penilai", 6, last)):
            p = m[who]
            lab = "INSTANSI" if field == "unit" and p.get("instansi") else label
            val = (pangkat_text(p) if field == "pangkat" else p[field]) or None
            sh.put(rr, c0, i, center=True)
            sh.put(rr, c0 + 1, lab)
            sh.put(rr, c0 + 2, val, ("id", who, field))
            sh.merge(rr, c0 + 2, rr, cend)
    return r + 7


def signature(sh: Sheet, m: dict, r: int, left: int, right: int, date: str) -> None:
    sh.put(r, right, f"{bank.KOTA}, {date}", box=False)
    sh.put(r + 1, left, "Pegawai yang Dinilai,", box=False)
    sh.put(r + 1, right, "Pejabat Penilai Kinerja,", box=False)
    sh.put(r + 5, left, m["pegawai"]["nama"], bold=True, box=False)
    sh.put(r + 5, right, m["penilai"]["nama"], bold=True, box=False)
    sh.put(r + 6, left, f"NIP. {m['pegawai']['nip']}", ("sig", "pegawai"), box=False)
    if m["penilai"]["nip"] not in ("-", ""):
        sh.put(r + 6, right, f"NIP. {m['penilai']['nip']}", ("sig", "penilai"), box=False)


def columns(m: dict, penilaian: bool) -> list[str]:
    var = m["var"]
    if m["jenis"] == "jpt":
        cols = (["persp"] if m["model"] == "pengembangan" else []) + ["no", "rk", "iki", "target"]
        return cols
    cols = ["no", "rk_atasan", "rk", "aspek", "iki"]
    if m["model"] == "pengembangan":
        lv = [x for x in LEVELS if any(x in i["lv"] for rk in m["rk"] for i in rk["iki"])]
        if "kolom_target_baik" in var:
            cols += lv
        else:
            cols += ["target"] + lv
    else:
        cols += ["target"]
    if penilaian:
        cols += ["realisasi", "cap", "kat_iki", "nilai_iki", "kat_rk", "nilai_rk", "tertimbang"]
    elif m["model"] == "pengembangan":
        cols += ["sumber1"] if "sumber_data_tunggal" in var else ["data", "sumber", "waktu"]
    return cols


HEAD = {
    "no": "NO",
    "rk_atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "persp": "PERSPEKTIF",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    "sumber1": "SUMBER DATA UNTUK PENGUKURAN",
    "realisasi": "REALISASI",
    "cap": "CAPAIAN IKI",
    "kat_iki": "KATEGORI CAPAIAN IKI",
    "nilai_iki": "NILAI CAPAIAN IKI",
    "kat_rk": "KATEGORI CAPAIAN RK",
    "nilai_rk": "NILAI CAPAIAN RK",
    "tertimbang": "NILAI TERTIMBANG",
    **LEVEL_HEAD,
}
WIDTH = {
    "no": 5,
    "rk_atasan": 30,
    "rk": 32,
    "aspek": 12,
    "iki": 34,
    "target": 16,
    "persp": 18,
    "data": 20,
    "sumber": 20,
    "waktu": 18,
    "sumber1": 26,
    "realisasi": 15,
    "cap": 11,
    "kat_iki": 13,
    "nilai_iki": 11,
    "kat_rk": 13,
    "nilai_rk": 11,
    "tertimbang": 12,
}
PER_RK = {
    "no",
    "rk_atasan",
    "rk",
    "persp",
    "data",
    "sumber",
    "waktu",
    "sumber1",
    "kat_rk",
    "nilai_rk",
    "tertimbang",
}


def dec(x: Fraction) -> float:
    return float(q2(x))


def table(sh: Sheet, m: dict, penilaian: bool, r: int) -> tuple[int, dict[str, int]]:
    var = m["var"]
    cols = columns(m, penilaian)
    col = {k: 2 + i for i, k in enumerate(cols)}
    for k, c in col.items():
        sh.ws.column_dimensions[get_column_letter(c)].width = WIDTH.get(k, 14)
    levels = [k for k in cols if k in LEVEL_HEAD]
    cara = [k for k in cols if k in ("data", "sumber", "waktu")]
    two = bool(levels) or bool(cara)
    for k in cols:
        head = HEAD[k]
        if k == "b" and "kolom_target_baik" in var:
            head = "TARGET/BAIK"
        if k in levels or k in cara:
            sh.put(r + 1, col[k], head, ("head", k), bold=True, center=True, fill=True)
        else:
            sh.put(r, col[k], head, ("head", k), bold=True, center=True, fill=True)
            if two:
                sh.merge(r, col[k], r + 1, col[k])
    if levels:
        g = "STANDAR KINERJA" if "judul_standar_kinerja" in var else "KATEGORI PENILAIAN KINERJA"
        sh.put(r, col[levels[0]], g, bold=True, center=True, fill=True)
        sh.merge(r, col[levels[0]], r, col[levels[-1]])
    if cara:
        sh.put(r, col[cara[0]], "CARA MEMANTAU KINERJA", bold=True, center=True, fill=True)
        sh.merge(r, col[cara[0]], r, col[cara[-1]])
    r += 2 if two else 1
    last = 1 + len(cols)
    for part, label, rks in (
        ("rk", "A. KINERJA UTAMA", m["rk"]),
        ("tb", "B. KINERJA TAMBAHAN", m["tambahan"]),
    ):
        if penilaian and part == "tb":
            rks = []
        sh.put(r, 2, label, bold=True)
        sh.merge(r, 2, r, last)
        r += 1
        if not rks:
            for c in range(2, last + 1):
                sh.put(r, c, None)
            r += 1
        for ri, rk in enumerate(rks):
            top = r
            for ii, iki in enumerate(rk["iki"]):
                for k in cols:
                    if k in PER_RK and ii > 0:
                        continue
                    v = cell_value(m, rk, ri, iki, ii, k, penilaian, part)
                    fmt = "0.00" if k in ("nilai_iki", "nilai_rk", "tertimbang") and v is not None else None
                    key = (
                        (part, ri, k)
                        if k in PER_RK
                        else (("pen" if penilaian else part if part == "tb" else "iki"), ri, ii, k)
                    )
                    if k in PER_RK and penilaian and k in ("kat_rk", "nilai_rk", "tertimbang"):
                        key = ("pen", ri, k)
                    sh.put(
                        r,
                        col[k],
                        v,
                        key,
                        center=k
                        in ("no", "aspek", "cap", "kat_iki", "nilai_iki", "kat_rk", "nilai_rk", "tertimbang"),
                        fmt=fmt,
                    )
                r += 1
            for k in cols:
                if k in PER_RK:
                    sh.merge(top, col[k], r - 1, col[k])
    return r, col


def cell_value(m: dict, rk: dict, ri: int, iki: dict, ii: int, k: str, penilaian: bool, part: str) -> Any:
    var = m["var"]
    if k == "no":
        return ri + 1
    if k == "rk_atasan":
        return rk["atasan"] or None
    if k == "rk":
        return rk["text"]
    if k == "persp":
        return rk["persp"]
    if k in ("data", "sumber", "waktu", "sumber1"):
        if k == "sumber1":
            return f"{rk['cara'][0]} dari {rk['cara'][1]}; {rk['cara'][2].lower()}" if rk["cara"][1] else None
        return rk["cara"][("data", "sumber", "waktu").index(k)] or None
    if k == "aspek":
        return iki["aspek"] or None
    if k == "iki":
        return iki["text"]
    if k == "target":
        if penilaian and iki.get("t_pen_text"):
            return iki["t_pen_text"]
        return iki["t_text"]
    if k in LEVEL_HEAD:
        if "lv" not in iki or k not in iki["lv"]:
            return None
        if k == "b" and "kolom_target_baik" in var:
            return iki["t_text"]
        idx = sum(len(x["iki"]) for x in m["rk"][:ri]) + ii
        return render_level(iki["lv"][k], k, iki, var, idx)
    if k == "realisasi":
        if iki.get("r_empty"):
            return None
        if iki["kind"] == "kata":
            return iki["t_text"]
        return value_text(iki["r"], iki["kind"], iki["sat"], var)
    if iki.get("r_empty") and k in ("cap", "kat_iki", "nilai_iki"):
        return None
    if k == "cap":
        return f"{iki.get('cap_text', iki['cap'])} %"
    if k == "kat_iki":
        return iki.get("kat_text", band(iki["cap"]))
    if k == "nilai_iki":
        return dec(iki.get("nilai_text", iki["nilai"]))
    if k == "kat_rk":
        return rk["kat"]
    if k == "nilai_rk":
        return dec(rk["nilai"])
    if k == "tertimbang":
        return dec(rk["tertimbang"])
    raise KeyError(k)


def write_plan(wb: Workbook, m: dict, name: str, cells: dict, penilaian: bool) -> None:
    ws = wb.create_sheet(name)
    sh = Sheet(ws, name, cells)
    cols = columns(m, penilaian)
    last = 1 + len(cols)
    title = "PENILAIAN SASARAN KINERJA PEGAWAI" if penilaian else "RENCANA SASARAN KINERJA PEGAWAI"
    r = kop(sh, m, title, last)
    r = identity(sh, m, r, last)
    r, col = table(sh, m, penilaian, r + 1)
    if penilaian:
        s = m["score"]
        lab_end, vcol = col["nilai_rk"], col["tertimbang"]
        rows = [
            ("na", "NILAI AKHIR SKP", dec(s["na"])),
            ("per", "NILAI PERILAKU KERJA", dec(s["perilaku"])),
            ("nk", "NILAI KINERJA (70% SKP + 30% PERILAKU)", dec(s["nk"])),
            ("ide", "IDE BARU / CARA BARU YANG BERMANFAAT BAGI ORGANISASI", s["ide"]),
            ("predikat", "PREDIKAT KINERJA PEGAWAI", s.get("predikat_text", s["predikat"])),
        ]
        for key, label, v in rows:
            sh.put(r, 2, label, bold=True)
            sh.merge(r, 2, r, lab_end)
            sh.put(r, vcol, v, ("tot", key), center=True, fmt="0.00" if isinstance(v, float) else None)
            r += 1
    left = col.get("rk_atasan", col["rk"])
    right = col["iki"] + (2 if m["jenis"] != "jpt" else 0)
    date = "8 Januari 2027" if penilaian else ("5 Januari 2026" if m["year"] == 2026 else "5 Januari 2027")
    signature(sh, m, r + 2, left, right, date)


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    name = "Keterkaitan AK"
    sh = Sheet(wb.create_sheet(name), name, cells)
    last = 6
    r = kop(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", last)
    r = identity(sh, m, r, last)
    sh.put(r, 2, "TANGGAL PENGAJUAN", bold=True, box=False)
    sh.merge(r, 2, r, 3, box=False)
    sh.put(r, 4, f"4 Januari {m['year']}", box=False)
    r += 2
    for i, (h, w) in enumerate(
        [("NO", 5), ("RENCANA KINERJA", 34), ("BUTIR KEGIATAN", 34), ("OUTPUT", 18), ("ANGKA KREDIT", 12)]
    ):
        sh.put(r, 2 + i, h, bold=True, center=True, fill=True)
        sh.ws.column_dimensions[get_column_letter(2 + i)].width = max(
            w, sh.ws.column_dimensions[get_column_letter(2 + i)].width or 0
        )
    r += 1
    sh.put(r, 2, "KINERJA UTAMA", bold=True)
    sh.merge(r, 2, r, last)
    r += 1
    for bi, (rk, butir, out, ak) in enumerate(m["butir"]):
        sh.put(r, 2, bi + 1, center=True)
        sh.put(r, 3, rk, ("ak", bi, "rk"))
        sh.put(r, 4, butir)
        sh.put(r, 5, out)
        sh.put(r, 6, ak, ("ak", bi, "ak"), center=True)
        r += 1
    signature(sh, m, r + 2, 3, 5, f"4 Januari {m['year']}")


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


def write_manual(wb: Workbook, m: dict, cells: dict) -> None:
    name = "Manual IKI"
    sh = Sheet(wb.create_sheet(name), name, cells)
    sh.put(2, 2, "MANUAL INDIKATOR KINERJA INDIVIDU", bold=True, center=True, box=False)
    sh.merge(2, 2, 2, 5, box=False)
    sh.put(3, 2, m["pegawai"]["jabatan"].upper(), center=True, box=False)
    sh.merge(3, 2, 3, 5, box=False)
    sh.put(4, 2, f"TAHUN {m['year']}", center=True, box=False)
    sh.merge(4, 2, 4, 5, box=False)
    for c, w in ((2, 5), (3, 30), (4, 40), (5, 30)):
        sh.ws.column_dimensions[get_column_letter(c)].width = w
    r = 6
    for ri, rk in enumerate(m["rk"] + m["tambahan"]):
        top = r
        iki = rk["iki"][0]
        for label in MANUAL_LABELS:
            if label == "RENCANA KINERJA":
                v = rk["text"]
            elif label == "INDIKATOR KINERJA INDIVIDU":
                v = iki["text"]
            else:
                v = rk["manual"][label] or None
            sh.put(r, 3, label, bold=True)
            sh.put(r, 4, v, ("man", ri, label))
            sh.merge(r, 4, r, 5)
            r += 1
        sh.put(top, 2, ri + 1, center=True)
        sh.merge(top, 2, r - 1, 2)
        r += 1


def write_workbook(m: dict, path: Path) -> dict:
    cells: dict = {}
    wb = Workbook()
    wb.remove(wb.active)
    plan = f"SKP {m['year']}"
    write_plan(wb, m, plan, cells, False)
    if m["penilaian"]:
        write_plan(wb, m, "Penilaian 2026", cells, True)
    if m["jenis"] == "jf" and not m.get("no_ak"):
        write_ak(wb, m, cells)
    if m["jenis"] == "jpt":
        write_manual(wb, m, cells)
    wb.properties.creator = "Subbagian Umum dan Kepegawaian"
    wb.save(path)
    return cells


# ---------------------------------------------------------------------------------------------- manifest


def where(cells: dict, m: dict, key: tuple) -> list[tuple[str, str]]:
    """Every (sheet, cell) where a model place was written: the plan sheet first, then the others."""
    sheets = (
        [f"SKP {m['year']}"]
        + (["Penilaian 2026"] if m["penilaian"] else [])
        + ["Keterkaitan AK", "Manual IKI"]
    )
    out = []
    for s in sheets:
        if (s, *key) in cells:
            out.append((s, cells[(s, *key)]))
    return out


def entry(m: dict, at: dict, cells: dict) -> tuple[dict, list[dict]]:
    code = at["code"]
    sev = DEFECTS[code][0]
    if code in WITHOUT_CELL:
        return {"code": code, "severity": sev, "sheet": None, "cell": None, "alt_cells": []}, []
    key = at["key"]
    if key[0] == "pen" or key[0] == "tot":
        main = [("Penilaian 2026", cells[("Penilaian 2026", *key)])]
    elif key[0] == "man":
        main = [("Manual IKI", cells[("Manual IKI", *key)])]
    elif key[0] == "ak":
        main = [("Keterkaitan AK", cells[("Keterkaitan AK", *key)])]
    else:
        main = where(cells, m, key)
    alts = main[1:]
    for k in at.get("alt", []):
        if k[0] == "pen" or k[0] == "tot":
            alts += [("Penilaian 2026", cells[("Penilaian 2026", *k)])]
        elif k[0] == "man":
            alts += [("Manual IKI", cells[("Manual IKI", *k)])]
        else:
            alts += where(cells, m, k)
    if code in ("nip-tidak-valid", "penilai-sama-dengan-pegawai"):
        alts += where(cells, m, ("sig", "pegawai" if code == "nip-tidak-valid" else "penilai"))
    if not main:
        raise LookupError((m["role"], at, sorted(k for k in cells if k[1] == key[0])[:5]))
    sheet, cell = main[0]
    d = {
        "code": code,
        "severity": sev,
        "sheet": sheet,
        "cell": cell,
        "alt_cells": [{"sheet": s, "cell": c} for s, c in alts if (s, c) != (sheet, cell)],
    }
    boleh = []
    # The same place written on another sheet (identity, periode and RK repeat on every sheet).
    for s, c in main[1:]:
        boleh.append({"code": code, "sheet": s, "cell": c})
    if code in ("nip-tidak-valid", "penilai-sama-dengan-pegawai"):
        for s, c in where(cells, m, ("sig", "pegawai" if code == "nip-tidak-valid" else "penilai")):
            boleh.append({"code": code, "sheet": s, "cell": c})
    if code in ("rk-berbasis-aktivitas", "rk-atasan-kosong", "rk-ganda") and m["jenis"] == "jf":
        boleh.append({"code": code, "sheet": "Keterkaitan AK"})
    if code == "rk-berbasis-aktivitas" and m["jenis"] == "jpt":
        boleh.append({"code": code, "sheet": "Manual IKI"})
    # Kategori on a row whose target, aspek or BAIK a defect has changed: SPEC does not say how it reads.
    if m["penilaian"] and key[0] == "iki":
        pk = ("Penilaian 2026", "pen", *key[1:])
        if pk in cells:
            d["alt_cells"].append({"sheet": "Penilaian 2026", "cell": cells[pk]})
            boleh.append({"code": code, "sheet": "Penilaian 2026", "cell": cells[pk]})
    if "row" in at and code not in PENILAIAN_CODES and (code not in KATEGORI_CODES or at.get("boleh_row")):
        ri, ii = at["row"]
        codes = at.get("boleh_row") or (
            ["kategori-tidak-berurutan", "kategori-tidak-membedakan", "kategori-penilaian-kosong"]
            if m["model"] == "pengembangan" and m["jenis"] != "jpt"
            else []
        )
        for s in ("SKP 2026", "SKP 2027", "Penilaian 2026"):
            k = (s, "pen" if s.startswith("Pen") else "iki", ri, ii, "iki")
            if k in cells:
                row = "".join(ch for ch in cells[k] if ch.isdigit())
                for c in codes:
                    boleh.append({"code": c, "sheet": s, "row": row})
    if code in ("kategori-tidak-berurutan", "kategori-tidak-membedakan") and at["variant"] in (
        "tukar",
        "baik_bukan_target",
        "sb_sama",
        "sb_bertanda",
        "target_di_cukup",
        "waktu_naik",
        "rentang_terbalik",
    ):
        other = (
            "kategori-tidak-membedakan" if code == "kategori-tidak-berurutan" else "kategori-tidak-berurutan"
        )
        ri, ii = at["row"]
        s = f"SKP {m['year']}"
        row = "".join(ch for ch in cells[(s, "iki", ri, ii, "iki")] if ch.isdigit())
        boleh.append({"code": other, "sheet": s, "row": row})
        if at["variant"] == "rentang_terbalik":
            boleh.append({"code": "target-rentang-terbalik", "sheet": s, "row": row})
    if code == "target-penilaian-berbeda":
        row = "".join(ch for ch in cells[("Penilaian 2026", *key)] if ch.isdigit())
        boleh += [{"code": c, "sheet": "Penilaian 2026", "row": row} for c in sorted(KATEGORI_CODES)]
    if code in ("realisasi-kosong", "target-penilaian-berbeda"):
        boleh += [
            {"code": "capaian-tidak-sesuai", "sheet": "Penilaian 2026"},
            {"code": "predikat-tidak-sesuai", "sheet": "Penilaian 2026"},
        ]
    if code == "iki-tanpa-target" and m["penilaian"]:
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Penilaian 2026"})
        boleh.append({"code": "predikat-tidak-sesuai", "sheet": "Penilaian 2026"})
    return d, boleh


# ---------------------------------------------------------------------------------------------- drawing


def applicable(form: str, penilaian: bool, codes: list[tuple[str, str]]) -> list[str]:
    jenis, model = form.split("-")
    out = []
    for v in VARIATIONS:
        if (model == "dasar" or jenis == "jpt") and v in PENGEMBANGAN_ONLY:
            continue
        if jenis == "jpt" and v in ("desimal_koma", "iki_biaya", "waktu_batas"):
            continue
        if penilaian and v in PENILAIAN_NOT:
            continue
        if any(v in NOT_WITH.get(c, set()) | NOT_WITH.get(x, set()) for c, x in codes):
            continue
        out.append(v)
    return out


def draw(rng: random.Random, options: list[str], used: dict[str, int], n: int) -> list[str]:
    chosen: list[str] = []
    pool = list(options)
    rng.shuffle(pool)
    while len(chosen) < n and pool:
        pool.sort(key=lambda v: used[v])
        v = pool.pop(0)
        if any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
        used[v] += 1
    return sorted(chosen)


def file_name(form: str, n: int, penilaian: bool, codes: list[str]) -> str:
    kind = "penilaian2026" if penilaian else "rencana2027"
    return f"{form}-{n:02d}-{kind}-{'-'.join(codes) if codes else 'bersih'}.xlsx"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    ppl = people(rng)
    if a.keluaran.exists():
        shutil.rmtree(a.keluaran)
    a.keluaran.mkdir(parents=True)
    used = {v: 0 for v in VARIATIONS}
    counters: dict[str, int] = {}
    files = []
    for form, role, penilaian, defects in PLAN:
        counters[form] = counters.get(form, 0) + 1
        jenis, model = form.split("-")
        opts = applicable(form, penilaian, defects)
        n = rng.randint(2, 4) if model == "pengembangan" and jenis != "jpt" else rng.randint(1, 2)
        var = draw(rng, opts, used, n)
        m = build_model(form, role, penilaian, ppl, set(var))
        if penilaian:
            score(m, rng)
            while not scored_for(m, defects):
                score(m, rng)
        ats = []
        for code, variant in defects:
            if code in PENILAIAN_CODES:
                ats.append(apply_penilaian_defect(m, code, variant))
            else:
                ats.append(apply_defect(m, code, variant))
        name = file_name(form, counters[form], penilaian, [c for c, _ in defects])
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], []
        for at in ats:
            d, b = entry(m, at, cells)
            ds.append(d)
            boleh += b
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
