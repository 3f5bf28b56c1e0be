"""Generator of the held-out set ``nyata_br``: Rencana SKP 2026 and Penilaian SKP 2025 of the Dinas Kesehatan
of Kabupaten Giri Mulya (fictional) and two of its Puskesmas, received in January 2026. Deterministic (fixed
seed), openpyxl only.

Each workbook is first built as a content model (identity, RK, IKI, targets, and for a Penilaian workbook the
realisasi and every score computed by SPEC §6), defects are written into the model, then the model is laid
out; every cell written for a model place is recorded under its key, so that the cell of every inserted
defect is known exactly.

Usage: ``python benchmarks/nyata_br/buat.py [--keluaran DIR] [--harapan FILE]``.
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
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260112
SKP_SHEET = "SKP"
PEN_SHEET = "PENILAIAN"
AK_SHEET = "Keterkaitan SKP-AK"
MANUAL_SHEET = "Manual IKI"
C0 = 2  # tables begin in column B (column A is a narrow margin)

# form → (files, of which Penilaian 2025, clean files, clean Penilaian files)
FORMS = {
    "ja-dasar": (8, 3, 3, 1),
    "ja-pengembangan": (8, 3, 3, 1),
    "jf-dasar": (8, 3, 3, 1),
    "jf-pengembangan": (8, 3, 3, 1),
    "jpt-dasar": (7, 2, 4, 1),
    "jpt-pengembangan": (6, 2, 3, 1),
}

VARIATIONS = [
    "ttd_salah_ketik",
    "identitas_salah_ketik",
    "bagian_salah_ketik",
    "manual_label_salah_ketik",
    "manual_tabel",
    "penilaian_judul_salah_ketik",
    "total_salah_ketik",
    "ide_salah_ketik",
    "lampiran_di_samping",
    "aspek_bungkus",
    "kategori_cukup_sb",
    "jf_tanpa_ahli",
    "kolom_keterangan",
    "tanpa_tempat_tanggal",
    "judul_dua_baris",
    "angka_teks",
    "unit_dua_baris",
    "sumber_data_per_iki",
    "sumber_data_satu_kolom",
    "rk_atasan_diintervensi",
]
EXCLUSIVE = [{"manual_label_salah_ketik", "manual_tabel"}, {"sumber_data_per_iki", "sumber_data_satu_kolom"}]

# defect code → (severity, group); one code per group in a file
DEFECTS = {
    "identitas-kosong": ("error", "ident"),
    "nip-tidak-valid": ("error", "ident"),
    "pangkat-tidak-dikenal": ("error", "ident"),
    "periode-tidak-valid": ("error", "ident"),
    "penilai-sama-dengan-pegawai": ("error", "ident"),
    "jenjang-golongan-tidak-sesuai": ("peringatan", "ident"),
    "rk-berbasis-aktivitas": ("peringatan", "rk"),
    "rk-ganda": ("peringatan", "rk"),
    "rk-atasan-kosong": ("error", "atasan"),
    "iki-tanpa-target": ("error", "target"),
    "target-tidak-terukur": ("error", "target"),
    "target-rentang-terbalik": ("error", "target"),
    "target-tanpa-satuan": ("peringatan", "target"),
    "target-absolut": ("peringatan", "target"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "target"),
    "aspek-tidak-valid": ("error", "aspek"),
    "aspek-ganda": ("peringatan", "aspek"),
    "kategori-penilaian-kosong": ("error", "kategori"),
    "kategori-tidak-membedakan": ("error", "kategori"),
    "kategori-tidak-berurutan": ("error", "kategori"),
    "cara-memantau-kosong": ("error", "cara"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
    "manual-iki-kosong": ("error", "jpt"),
    "perspektif-tidak-valid": ("error", "persp"),
    "perspektif-tidak-lengkap": ("peringatan", "persp"),
    "capaian-tidak-sesuai": ("error", "penilaian"),
    "predikat-tidak-sesuai": ("error", "penilaian"),
    "realisasi-kosong": ("error", "penilaian"),
    "target-penilaian-berbeda": ("error", "penilaian"),
}
# JF jenjang → golongan range (SPEC §5)
JENJANG = {
    "Terampil": ("II/b", "II/d"),
    "Mahir": ("III/a", "III/b"),
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/c"),
}
PENILAIAN_CODES = [
    "capaian-tidak-sesuai",
    "predikat-tidak-sesuai",
    "realisasi-kosong",
    "target-penilaian-berbeda",
]


def applicable_defects(form: str, var: set[str]) -> list[str]:
    """Plan defects of a Rencana workbook."""
    jenis, model = form.split("-")
    out = ident_defects(jenis) + ["rk-berbasis-aktivitas", "rk-ganda"]
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
    out += jf_defects(jenis, var)
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


def jf_defects(jenis: str, var: set[str]) -> list[str]:
    if jenis != "jf" or "lampiran_di_samping" in var:
        return []
    return ["keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]


def penilaian_defects(form: str, var: set[str]) -> tuple[list[str], list[str]]:
    """(Penilaian defects, plan defects that leave the Penilaian as computed) of a Penilaian workbook."""
    jenis, model = form.split("-")
    pen = PENILAIAN_CODES[:3] + (["target-penilaian-berbeda"] if (model == "dasar" or jenis == "jpt") else [])
    plan = ident_defects(jenis) + jf_defects(jenis, var) + (["manual-iki-kosong"] if jenis == "jpt" else [])
    return pen, plan


def applicable_variations(form: str, kind: str, role_key: str) -> list[str]:
    jenis, model = form.split("-")
    out = [
        "ttd_salah_ketik",
        "identitas_salah_ketik",
        "bagian_salah_ketik",
        "kolom_keterangan",
        "tanpa_tempat_tanggal",
        "judul_dua_baris",
        "unit_dua_baris",
    ]
    if jenis == "jpt":
        out += ["manual_label_salah_ketik", "manual_tabel"]
    else:
        role = bank.ROLES[role_key]
        out += ["aspek_bungkus", "rk_atasan_diintervensi"]
        if jenis == "jf" or role.get("matriks"):
            out.append("lampiran_di_samping")
        if model == "pengembangan":
            out += ["kategori_cukup_sb", "sumber_data_per_iki", "sumber_data_satu_kolom"]
        if role.get("tanpa_ahli"):
            out.append("jf_tanpa_ahli")
    if kind == "penilaian":
        out += ["penilaian_judul_salah_ketik", "total_salah_ketik", "ide_salah_ketik", "angka_teks"]
    elif jenis == "jf":
        out.append("angka_teks")
    return out


# ----------------------------------------------------------------------------- formatting


def num(v: float | int | Decimal) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    if isinstance(v, Decimal):
        s = f"{v:.2f}"
        whole, frac = s.split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    if isinstance(v, float) and not v.is_integer():
        s = f"{v:.3f}".rstrip("0")
        whole, frac = s.split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(v):,}".replace(",", ".")


def with_unit(v: float | int, sat: str) -> str:
    return f"{num(v)} {sat}"


def q2(x: Fraction | Decimal) -> Decimal:
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator)
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------- SPEC §6 scoring


def capaian_raw(r: float, t: float, lower: bool) -> Fraction:
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


BANDS = {"sb": "Sangat Baik", "baik": "Baik", "cukup": "Cukup", "kurang": "Kurang"}
CAP_RANGE = {"sb": range(102, 113), "cukup": range(82, 98), "kurang": range(63, 78)}

# profile → (bands of the RK, in turn; nilai perilaku; ide baru when nilai kinerja ≥ 110)
PROFILES = {
    "sangat_baik_ya": (["sb"], 115, "Ya"),
    "sangat_baik_tidak": (["sb"], 112, "Tidak"),
    "baik": (["baik", "sb"], 100, None),
    "baik_campur": (["sb", "cukup"], 98, None),
    "butuh_perbaikan": (["cukup"], 85, None),
    "baik_pas": (["baik"], 95, None),
}


def make_realisasi(iki: dict, band_key: str, rng: random.Random) -> float | int:
    t, lower, pct = iki["value"], iki["lower"], iki["satuan"] == "%"
    if band_key == "baik":
        return t
    caps = list(CAP_RANGE[band_key])
    rng.shuffle(caps)
    fractional = lower or pct or isinstance(t, float)  # a count of things is a whole number
    for decimals in (0, 1) if fractional else (0,):
        for c in caps:
            r = t * (2 - c / 100) if lower else t * c / 100
            r = round(r) if decimals == 0 and not (pct and isinstance(t, float)) else round(r, 1)
            if isinstance(r, float) and r.is_integer():
                r = int(r)
            if r <= 0 or (pct and r > 100) or r == t:
                continue
            raw = capaian_raw(r, t, lower)
            near_half = abs((raw - math.floor(raw)) - Fraction(1, 2)) < Fraction(1, 20)
            if near_half and math.floor(raw) <= 110:  # both roundings must give the same nilai
                continue
            if band(half_up(raw)) == BANDS[band_key]:
                return r
    return t


# ----------------------------------------------------------------------------- people


def nip_of(rng: random.Random) -> str:
    y, m, d = rng.randint(1970, 1994), rng.randint(1, 12), rng.randint(1, 28)
    ty, tm = y + rng.randint(23, 29), rng.choice([1, 2, 3, 4, 12])
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {rng.choice('12')} {rng.randint(1, 25):03d}"


def people(rng: random.Random) -> dict[str, dict[str, Any]]:
    """One person per role, the same in every workbook (revisions and two years of one office)."""
    out: dict[str, dict[str, Any]] = {}
    for key in sorted(list(bank.ROLES) + list(bank.JPT)):
        role = bank.ROLES.get(key) or bank.JPT[key]
        pre, suf = role["gelar"]
        name = f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}"
        name = (f"{pre} " if pre else "") + name + (f", {suf}" if suf else "")
        out[key] = {
            "nama": name,
            "nip": nip_of(rng),
            "gol": rng.choice(role["golongan"]),
            "jabatan": role["jabatan"],
            "unit": bank.UNIT[role["unit"]],
        }
    return out


def pangkat_text(gol: str | None, name_gol: str | None = None) -> str | None:
    if gol is None:
        return None
    return f"{bank.PANGKAT[name_gol or gol]}, {gol}"


# ----------------------------------------------------------------------------- model


def target_text(value: float | int, sat: str) -> str:
    return with_unit(value, sat)


def kategori(iki: dict, lima: bool) -> dict[str, str]:
    t, sat, lower = iki["value"], iki["satuan"], iki["lower"]

    def rng_text(lo: int, hi: int) -> str:
        return with_unit(lo, sat) if lo == hi else f"{num(lo)} - {num(hi)} {sat}"

    tt = target_text(t, sat)
    if not lima:
        return {"c": f"> {tt}" if lower else f"< {tt}", "b": tt, "sb": f"< {tt}" if lower else f"> {tt}"}
    if lower:
        c_hi = max(t + 1, math.ceil(1.2 * t))
        k_hi = max(c_hi + 1, math.ceil(1.4 * t))
        return {
            "sk": f"> {with_unit(k_hi, sat)}",
            "k": rng_text(c_hi + 1, k_hi),
            "c": rng_text(t + 1, c_hi),
            "b": tt,
            "sb": f"< {tt}",
        }
    p80 = min(t - 1, math.floor(0.8 * t))
    p60 = min(p80 - 1, math.floor(0.6 * t))
    assert p60 >= 1, iki
    return {
        "sk": f"< {with_unit(p60, sat)}",
        "k": rng_text(p60, p80 - 1),
        "c": rng_text(p80, t - 1),
        "b": tt,
        "sb": f"> {tt}",
    }


def mk_iki(raw: tuple, var: set[str], lima: bool, rng: random.Random) -> dict[str, Any]:
    aspek, text, value, sat = raw
    iki: dict[str, Any] = {
        "aspek": aspek,
        "aspek_text": aspek,
        "iki": text,
        "value": value,
        "satuan": sat,
        "lower": aspek == "Waktu",
        "target": target_text(value, sat),
    }
    if "aspek_bungkus" in var:
        choices = bank.ASPEK_BUNGKUS[aspek]
        iki["aspek_text"] = "Waktu (bulan)" if (aspek == "Waktu" and sat == "bulan") else rng.choice(choices)
    iki["kat"] = kategori(iki, lima)
    return iki


def build_model(
    form: str, kind: str, role_key: str, var: set[str], rng: random.Random, folk: dict
) -> dict[str, Any]:
    jenis, model = form.split("-")
    m: dict[str, Any] = {"form": form, "jenis": jenis, "model": model, "role": role_key, "kind": kind}
    m["tahun"] = 2026 if kind == "rencana" else 2025
    m["periode"] = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {m['tahun']}"
    m["pegawai"] = copy.deepcopy(folk[role_key])
    lima = "kategori_cukup_sb" not in var
    m["lima"] = lima
    if jenis == "jpt":
        role = bank.JPT[role_key]
        b = bank.BUPATI
        m["penilai"] = {
            "nama": b["nama"],
            "nip": b["nip"],
            "gol": None,
            "jabatan": b["jabatan"],
            "unit": b["unit"],
        }
        m["rks"] = [
            {
                "persp": bank.PERSPEKTIF[rk["persp"]],
                "persp_key": rk["persp"],
                "rk": rk["rk"],
                "atasan": None,
                "ikis": [mk_iki((None, *rk["iki"]), var, lima, rng)],
                "manual": rk,
            }
            for rk in role["rks"]
        ]
        m["rk_aktivitas"] = role["rk_aktivitas"]
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
                "ikis": [mk_iki(i, var, lima, rng) for i in rk["ikis"]],
                "cara": list(rk["cara"]),
                "butir": [list(b) for b in rk["butir"]],
            }
            for rk in role["rks"]
        ]
        m["matriks"] = role.get("matriks")
    m["tambahan"] = []
    m["ak_sheet"] = jenis == "jf" and "lampiran_di_samping" not in var
    m["ak_beside"] = jenis == "jf" and "lampiran_di_samping" in var
    m["matriks_beside"] = jenis == "ja" and "lampiran_di_samping" in var
    return m


def score(m: dict[str, Any], profile: str, var: set[str], rng: random.Random) -> dict[str, Any]:
    """Realisasi and every score of the Penilaian, computed by SPEC §6 (the truth of a clean workbook)."""
    bands, perilaku, ide_hi = PROFILES[profile]
    for _attempt in range(200):
        rows: dict[tuple[int, int], dict[str, Any]] = {}
        rk_out: dict[int, dict[str, Any]] = {}
        for n, rk in enumerate(m["rks"]):
            bk = bands[n % len(bands)]
            vals = []
            for k, iki in enumerate(rk["ikis"]):
                r = make_realisasi(iki, bk, rng)
                cap = half_up(capaian_raw(r, iki["value"], iki["lower"]))
                nil = q2(nilai(cap))
                rows[(n, k)] = {"real": r, "cap": cap, "kat": band(cap), "nil": nil, "target": iki["target"]}
                vals.append(nil)
            kats = {rows[(n, k)]["kat"] for k in range(len(rk["ikis"]))}
            rk_out[n] = {"nil": q2(sum(vals) / len(vals)), "kat": kats.pop() if len(kats) == 1 else None}
        if any(v["kat"] is None for v in rk_out.values()):
            continue
        nrk = len(rk_out)
        for v in rk_out.values():
            v["tert"] = q2(v["nil"] / nrk)
        akhir = q2(sum(v["nil"] for v in rk_out.values()) / nrk)
        nk = q2(Decimal("0.7") * akhir + Decimal("0.3") * perilaku)
        if any(abs(nk - b) < Decimal("0.6") for b in (50, 70, 90, 110)):
            continue
        if ide_hi and nk < 110:
            continue
        break
    else:
        raise RuntimeError(f"no realisasi for {profile}")
    if nk >= 110:
        ide = ide_hi or "Tidak"
    elif "ide_salah_ketik" in var or rng.random() < 0.3:
        ide = rng.choice(["Ya", "Tidak"])
    else:
        ide = None
    return {
        "profile": profile,
        "rows": rows,
        "rk": rk_out,
        "akhir": akhir,
        "perilaku": perilaku,
        "nk": nk,
        "ide": ide,
        "predikat": predikat(nk, ide),
    }


# ----------------------------------------------------------------------------- defects into the model


def apply_defect(m: dict[str, Any], code: str, rng: random.Random, sub: Counter) -> None:
    """Change the model; the cell is resolved at layout (``m['marks']`` names the model place)."""
    rks, marks = m["rks"], m.setdefault("marks", {})
    jpt = m["jenis"] == "jpt"
    if code == "identitas-kosong":
        who = "pegawai" if jpt else "penilai"
        m[who]["gol"] = None
        marks[code] = ("ident", who, "gol")
    elif code == "nip-tidak-valid":
        p = m["pegawai"]["nip"]
        m["pegawai"]["nip"] = p[:4] + "0230" + p[8:]
        marks[code] = ("ident", "pegawai", "nip")
    elif code == "pangkat-tidak-dikenal":
        gol = m["pegawai"]["gol"]
        i = bank.GOLONGAN.index(gol)
        m["pegawai"]["name_gol"] = bank.GOLONGAN[i - 1]
        marks[code] = ("ident", "pegawai", "gol")
    elif code == "jenjang-golongan-tidak-sesuai":
        top = JENJANG[bank.ROLES[m["role"]]["jenjang"]][-1]
        m["pegawai"]["gol"] = bank.GOLONGAN[bank.GOLONGAN.index(top) + 1]
        marks[code] = ("ident", "pegawai", "gol")
    elif code == "periode-tidak-valid":
        t = m["tahun"]
        m["periode"] = (
            f"PERIODE PENILAIAN: 1 APRIL {t} SD 31 MARET {t + 1}"
            if sub[code] % 2 == 0
            else f"PERIODE PENILAIAN: 31 DESEMBER {t} SD 1 JANUARI {t}"
        )
        marks[code] = ("periode",)
    elif code == "penilai-sama-dengan-pegawai":
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        marks[code] = ("ident", "penilai", "nip")
    elif code == "rk-berbasis-aktivitas":
        rks[0]["rk"] = m["rk_aktivitas"] if jpt else rks[0]["aktivitas"]
        marks[code] = ("rk", 0)
    elif code == "rk-ganda":
        dup = copy.deepcopy(m["rks0"][1])
        m["tambahan"].append(dup)
        marks[code] = ("tambahan", 0)
    elif code == "rk-atasan-kosong":
        rks[1]["atasan"] = None
        marks[code] = ("atasan", 1)
    elif code == "iki-tanpa-target":
        rks[1]["ikis"][0]["target"] = None
        marks[code] = ("target", 1, 0)
    elif code == "target-tidak-terukur":
        rks[1]["ikis"][0]["target"] = "sesuai target RPJMD" if jpt else "menyesuaikan jumlah sasaran"
        marks[code] = ("target", 1, 0)
    elif code == "target-rentang-terbalik":
        iki = rks[1]["ikis"][0]
        v = iki["value"]
        iki["target"] = f"{num(v)} - {num(math.floor(v * 0.8))} {iki['satuan']}"
        marks[code] = ("target", 1, 0)
    elif code == "target-tanpa-satuan":
        r = 0 if jpt else 1
        iki = rks[r]["ikis"][0]
        assert iki["iki"].startswith("Jumlah"), iki
        iki["target"] = num(iki["value"])
        marks[code] = ("target", r, 0)
    elif code == "target-absolut":
        k = next(k for k, i in enumerate(rks[0]["ikis"]) if i["aspek"] == "Kualitas")
        rks[0]["ikis"][k]["target"] = "100 % (semua sasaran)"
        marks[code] = ("target", 0, k)
    elif code == "satuan-tidak-sesuai-aspek":
        k = next(k for k, i in enumerate(rks[0]["ikis"]) if i["aspek"] == "Waktu")
        rks[0]["ikis"][k]["target"] = "2 laporan"
        marks[code] = ("target", 0, k)
    elif code == "aspek-tidak-valid":
        rks[1]["ikis"][0]["aspek_text"] = "Efektivitas"
        marks[code] = ("aspek", 1, 0)
    elif code == "aspek-ganda":
        first = rks[1]["ikis"][0]
        rks[1]["ikis"][1]["aspek_text"] = first["aspek_text"]
        marks[code] = ("aspek", 1, 1)
    elif code == "kategori-penilaian-kosong":
        iki = rks[1]["ikis"][0]
        iki["kat"] = {key: None for key in iki["kat"]}
        marks[code] = ("b", 1, 0)
    elif code == "kategori-tidak-berurutan":
        kat = rks[1]["ikis"][0]["kat"]
        other = "k" if "k" in kat else "sb"
        kat["c"], kat[other] = kat[other], kat["c"]
        marks[code] = ("c", 1, 0)
    elif code == "kategori-tidak-membedakan":
        iki = rks[0]["ikis"][0]
        iki["kat"]["sb"] = iki["target"]
        marks[code] = ("sb", 0, 0)
    elif code == "cara-memantau-kosong":
        rks[1]["cara"][1] = None
        marks[code] = ("sumber", 1)
    elif code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        marks[code] = ("none",)
    elif code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        marks[code] = ("rk", 1)
    elif code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = 0
        marks[code] = ("ak", 0, 0)
    elif code == "manual-iki-kosong":
        rks[1]["no_tujuan"] = True
        marks[code] = ("tujuan", 1)
    elif code == "perspektif-tidak-valid":
        rks[2]["persp"] = "Pemberdayaan Masyarakat"
        marks[code] = ("persp", 2)
    elif code == "perspektif-tidak-lengkap":
        m["rks"] = [rk for rk in rks if rk["persp_key"] != "ag"]
        marks[code] = ("none",)
    elif code in PENILAIAN_CODES:
        apply_penilaian_defect(m, code, rng, sub)
    else:
        raise ValueError(code)
    sub[code] += 1


def apply_penilaian_defect(m: dict[str, Any], code: str, rng: random.Random, sub: Counter) -> None:
    pen, marks, jpt = m["pen"], m["marks"], m["jenis"] == "jpt"
    rows, truth = pen["rows"], m["pen_truth"]
    if code == "capaian-tidak-sesuai":
        kinds = ["cap", "kat"] if jpt else ["cap", "kat", "nilrk"]
        kind = kinds[sub[code] % len(kinds)]
        if kind == "nilrk":
            cand = [
                n
                for n, rk in enumerate(m["rks"])
                if len({rows[(n, k)]["nil"] for k in range(len(rk["ikis"]))}) > 1
            ]
            if not cand:
                kind = "cap"
            else:
                n = cand[0]
                top = max(rows[(n, k)]["nil"] for k in range(len(m["rks"][n]["ikis"])))
                pen["rk"][n]["nil"] = top
                marks[code] = ("p_nilrk", n)
                m["pen_kind"] = kind
                return
        if kind == "cap":
            keys = sorted(rows, key=lambda nk: (not m["rks"][nk[0]]["ikis"][nk[1]]["lower"], nk))
            for n, k in keys:
                iki, row = m["rks"][n]["ikis"][k], rows[(n, k)]
                if row["real"] == iki["value"]:
                    continue
                r, t = Fraction(str(row["real"])), Fraction(str(iki["value"]))
                wrong = half_up(r / t * 100) if iki["lower"] else half_up(t / r * 100)
                if abs(wrong - row["cap"]) < 2:
                    wrong = row["cap"] + 7
                row["cap"] = wrong
                marks[code] = ("p_cap", n, k)
                m["pen_kind"] = kind
                return
            kind = "kat"
        for (n, k), row in sorted(rows.items()):
            wrong = {"Sangat Baik": "Baik", "Cukup": "Baik", "Baik": "Sangat Baik"}.get(row["kat"])
            if wrong:
                row["kat"] = wrong
                marks[code] = ("p_kat", n, k)
                m["pen_kind"] = "kat"
                return
        raise RuntimeError("no kategori to spoil")
    if code == "predikat-tidak-sesuai":
        nk, ide = pen["nk"], pen["ide"]
        if nk >= 110:
            pen["predikat"] = "Baik" if ide == "Ya" else "Sangat Baik"
        elif nk >= 90:
            pen["predikat"] = "Sangat Baik" if ide != "Ya" else "Butuh Perbaikan"
        else:
            pen["predikat"] = "Baik"
        assert pen["predikat"] != truth["predikat"]
        marks[code] = ("p_total", "predikat")
        return
    if code == "realisasi-kosong":
        if jpt:
            n, k = 1, 0
        else:
            n = next(n for n, rk in enumerate(m["rks"]) if len(rk["ikis"]) >= 2)
            k = len(m["rks"][n]["ikis"]) - 1
        dash = sub[code] % 2 == 0
        row = rows[(n, k)]
        for key in ("real", "cap", "kat", "nil"):
            row[key] = "-" if dash else None
        if jpt:
            pen["rk"][n] = {"nil": row["nil"], "kat": None, "tert": row["nil"]}
            filled = [v for v in pen["rk"].values() if isinstance(v["nil"], Decimal)]
            for v in filled:
                v["tert"] = q2(v["nil"] / len(filled))
            pen["akhir"] = q2(sum(v["nil"] for v in filled) / len(filled))
        else:
            vals = [rows[(n, j)]["nil"] for j in range(len(m["rks"][n]["ikis"])) if j != k]
            pen["rk"][n]["nil"] = q2(sum(vals) / len(vals))
            nrk = len(pen["rk"])
            for v in pen["rk"].values():
                v["tert"] = q2(v["nil"] / nrk)
            pen["akhir"] = q2(sum(v["nil"] for v in pen["rk"].values()) / nrk)
        pen["nk"] = q2(Decimal("0.7") * pen["akhir"] + Decimal("0.3") * pen["perilaku"])
        pen["predikat"] = predikat(pen["nk"], pen["ide"])
        marks[code] = ("p_real", n, k)
        return
    if code == "target-penilaian-berbeda":
        for n, k in sorted(rows):
            iki = m["rks"][n]["ikis"][k]
            if iki["satuan"] != "%" and isinstance(iki["value"], int):
                break
        else:
            n, k = 1, 0
            iki = m["rks"][n]["ikis"][k]
        v = iki["value"]
        other = v - max(1, round(v * 0.1)) if isinstance(v, int) else round(v - 5, 1)
        rows[(n, k)]["target"] = target_text(other, iki["satuan"])
        marks[code] = ("p_target", n, k)
        return
    raise ValueError(code)


# ----------------------------------------------------------------------------- layout helpers

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(
    ws: Worksheet, r: int, c: int, v: Any, cells: dict | None = None, key: tuple | None = None, **kw
) -> str:
    cell = ws.cell(r, c)
    cell.value = v
    if kw.get("bold"):
        cell.font = BOLD
    if kw.get("fmt"):
        cell.number_format = kw["fmt"]
    cell.alignment = kw.get("align", WRAP)
    if cells is not None and key is not None:
        cells[key] = cell.coordinate
    return cell.coordinate


def identity(ws: Worksheet, top: int, m: dict, var: set[str], cells: dict, sheet: str) -> int:
    """The two identity blocks side by side (SPEC §3.1); returns the first free row below them."""
    typo = m.get("typo_ident")
    jpt = m["jenis"] == "jpt"

    def lab(text: str) -> str:
        return typo[1] if typo and typo[0] == text else text

    put(ws, top, C0, "NO", bold=True, align=CENTER)
    put(ws, top, C0 + 1, lab("PEGAWAI YANG DINILAI"), bold=True, align=CENTER)
    ws.merge_cells(start_row=top, start_column=C0 + 1, end_row=top, end_column=C0 + 2)
    put(ws, top, C0 + 3, "NO", bold=True, align=CENTER)
    put(ws, top, C0 + 4, lab("PEJABAT PENILAI KINERJA"), bold=True, align=CENTER)
    ws.merge_cells(start_row=top, start_column=C0 + 4, end_row=top, end_column=C0 + 5)
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    keys = ["nama", "nip", "gol", "jabatan", "unit"]
    two = "unit_dua_baris" in var
    for i, (label, key) in enumerate(zip(labels, keys, strict=True)):
        r = top + 1 + i
        put(ws, r, C0, i + 1)
        put(ws, r, C0 + 1, lab(label))
        put(ws, r, C0 + 3, i + 1)
        put(ws, r, C0 + 4, "INSTANSI" if (jpt and key == "unit") else lab(label))
        for col, who in ((C0 + 2, "pegawai"), (C0 + 5, "penilai")):
            p = m[who]
            if key == "gol":
                if who == "pegawai":
                    v = pangkat_text(p["gol"], p.get("name_gol"))
                else:
                    v = bank.BUPATI["pangkat"] if jpt else pangkat_text(p["gol"])
            elif key == "unit":
                v = p["unit"][0] if two else f"{p['unit'][0]} {p['unit'][1]}"
            else:
                v = p[key]
            put(ws, r, col, v, cells, ("ident", sheet, who, key))
            if key == "unit" and two:
                put(ws, r + 1, col, p["unit"][1])
    return top + 6 + (1 if two else 0)


def header_block(ws: Worksheet, m: dict, var: set[str], cells: dict, sheet: str, title: str) -> int:
    put(ws, 1, C0, title, bold=True)
    put(ws, 2, C0, bank.PEMDA, bold=True)
    put(ws, 3, C0, bank.DINAS, bold=True)
    put(ws, 4, C0, m["periode"], cells, ("periode", sheet))
    return identity(ws, 6, m, var, cells, sheet)


def write_header(
    ws: Worksheet, r: int, cols: list[tuple[str, str]], groups: list[tuple[str, list[str]]], two: bool
) -> int:
    """Column labels from column B; on two rows, grouped columns under their group label, others merged
    over both rows. Returns the first row below the header."""
    col = {key: C0 + i for i, (key, _) in enumerate(cols)}
    if not two:
        for key, label in cols:
            put(ws, r, col[key], label, bold=True, align=CENTER)
        return r + 1
    grouped = {k: g for g, keys in groups for k in keys if k in col}
    for key, label in cols:
        if key in grouped:
            put(ws, r + 1, col[key], label, bold=True, align=CENTER)
        else:
            put(ws, r, col[key], label, bold=True, align=CENTER)
            ws.merge_cells(start_row=r, start_column=col[key], end_row=r + 1, end_column=col[key])
    for g, keys in groups:
        present = [col[k] for k in keys if k in col]
        if present:
            put(ws, r, present[0], g, bold=True, align=CENTER)
            if len(present) > 1:
                ws.merge_cells(start_row=r, start_column=present[0], end_row=r, end_column=present[-1])
    return r + 2


def section(ws: Worksheet, r: int, label: str, width: int) -> None:
    put(ws, r, C0, label, bold=True)
    ws.merge_cells(start_row=r, start_column=C0, end_row=r, end_column=C0 + width - 1)


def section_labels(m: dict) -> tuple[str, str]:
    a, b = "A. KINERJA UTAMA", "B. KINERJA TAMBAHAN"
    t = m.get("typo_bagian")
    if t:
        a, b = (t[1], b) if t[0] == a else (a, t[1])
    return a, b


def signature(
    ws: Worksheet,
    r: int,
    left: int,
    right: int,
    m: dict,
    var: set[str],
    tanggal: str,
    cells: dict,
    sheet: str,
) -> int:
    if "tanpa_tempat_tanggal" not in var:
        put(ws, r, right, f"{bank.TEMPAT}, {tanggal}")
    t = m.get("typo_ttd")
    lp, rp = "Pejabat Penilai Kinerja,", "Pegawai yang Dinilai,"
    if t:
        lp, rp = (t[1], rp) if t[0] == lp else (lp, t[1])
    put(ws, r + 1, left, lp)
    put(ws, r + 1, right, rp)
    put(ws, r + 5, left, m["penilai"]["nama"], bold=True)
    put(ws, r + 5, right, m["pegawai"]["nama"], bold=True)
    if m["penilai"]["nip"] not in (None, "-"):
        put(ws, r + 6, left, f"NIP. {m['penilai']['nip']}", cells, ("ttd_nip", sheet, "penilai"))
    put(ws, r + 6, right, f"NIP. {m['pegawai']['nip']}", cells, ("ttd_nip", sheet, "pegawai"))
    return r + 7


# ----------------------------------------------------------------------------- the SKP sheet


def plan_cols(m: dict, var: set[str]) -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]]]:
    ket = [("ket", "KETERANGAN")] if "kolom_keterangan" in var else []
    if m["jenis"] == "jpt":
        base = [
            ("no", "NO"),
            ("rk", "RENCANA KINERJA"),
            ("iki", "INDIKATOR KINERJA INDIVIDU"),
            ("target", "TARGET"),
        ]
        if m["model"] == "pengembangan":
            base = [("persp", "PERSPEKTIF")] + base
        return base + ket, []
    atasan = (
        "RENCANA KINERJA ATASAN YANG DIINTERVENSI"
        if "rk_atasan_diintervensi" in var
        else "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"
    )
    cols = [("no", "NO"), ("atasan", atasan), ("rk", "RENCANA KINERJA"), ("aspek", "ASPEK")]
    cols.append(("iki", "INDIKATOR KINERJA INDIVIDU"))
    groups: list[tuple[str, list[str]]] = []
    if m["model"] == "dasar":
        cols.append(("target", "TARGET"))
    else:
        if m["lima"]:
            cols += [
                ("target", "TARGET"),
                ("sk", "SANGAT KURANG"),
                ("k", "KURANG"),
                ("c", "CUKUP"),
                ("b", "BAIK"),
            ]
            cols.append(("sb", "SANGAT BAIK"))
            groups.append(("KATEGORI PENILAIAN", ["sk", "k", "c", "b", "sb"]))
        else:
            cols += [("c", "CUKUP"), ("b", "TARGET/BAIK"), ("sb", "SANGAT BAIK")]
            groups.append(("KATEGORI PENILAIAN", ["c", "b", "sb"]))
        if "sumber_data_satu_kolom" in var:
            cols.append(("sumber", "SUMBER DATA UNTUK PENGUKURAN"))
        else:
            cols += [("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")]
            groups.append(("CARA MEMANTAU KINERJA", ["data", "sumber", "waktu"]))
    return cols + ket, groups


def write_skp(ws: Worksheet, m: dict, var: set[str], cells: dict, rng: random.Random) -> None:
    title = "SASARAN KINERJA PEGAWAI" if m["jenis"] == "jpt" else "RENCANA SASARAN KINERJA PEGAWAI"
    r = header_block(ws, m, var, cells, "skp", title) + 1
    cols, groups = plan_cols(m, var)
    col = {key: C0 + i for i, (key, _) in enumerate(cols)}
    head = r
    r = write_header(ws, r, cols, groups, "judul_dua_baris" in var)
    width = len([k for k, _ in cols if k != "ket"])
    a_label, b_label = section_labels(m)
    section(ws, r, a_label, width)
    first_rk_row = r + 1
    r = plan_rows(ws, r + 1, m, m["rks"], col, cells, "rk", var, rng)
    section(ws, r, b_label, width)
    r += 1
    if m["tambahan"]:
        r = plan_rows(ws, r, m, m["tambahan"], col, cells, "tambahan", var, rng)
    else:
        r += 1
    last = C0 + len(cols) - 1
    if m["ak_beside"]:
        ak_table(ws, head, last + 2, m, var, cells, beside_first=first_rk_row)
    if m["matriks_beside"]:
        matriks(ws, head, last + 2, m, first_rk_row)
    right = col["iki"] if m["jenis"] != "jpt" else col["target"]
    left = col["atasan"] if m["jenis"] != "jpt" else col["rk"]
    tanggal = "2 Januari 2026" if m["kind"] == "rencana" else "3 Januari 2025"
    signature(ws, r + 1, left, right, m, var, tanggal, cells, "skp")
    widths = {"no": 5, "aspek": 14, "target": 16, "persp": 18}
    for key, c in col.items():
        ws.column_dimensions[get_column_letter(c)].width = widths.get(
            key, 30 if key in ("rk", "atasan", "iki") else 16
        )
    ws.column_dimensions["A"].width = 2


def plan_rows(
    ws: Worksheet,
    r: int,
    m: dict,
    rks: list[dict],
    col: dict,
    cells: dict,
    kind: str,
    var: set[str],
    rng: random.Random,
) -> int:
    per_iki = "sumber_data_per_iki" in var
    teks = "angka_teks" in var
    for n, rk in enumerate(rks):
        top, span = r, len(rk["ikis"])
        put(ws, r, col["no"], str(n + 1) if teks else n + 1, align=CENTER)
        put(ws, r, col["rk"], rk["rk"], cells, (kind, n))
        merge = ["no", "rk"]
        if "persp" in col:
            put(ws, r, col["persp"], rk["persp"], cells, ("persp", n) if kind == "rk" else None)
            merge.append("persp")
        if "atasan" in col:
            put(
                ws,
                r,
                col["atasan"],
                rk["atasan"] if kind == "rk" else None,
                cells,
                ("atasan", n) if kind == "rk" else None,
            )
            merge.append("atasan")
        if "ket" in col:
            put(
                ws, r, col["ket"], bank.KETERANGAN_RENCANA[(n + len(rk["rk"])) % len(bank.KETERANGAN_RENCANA)]
            )
            merge.append("ket")
        cara_keys = [k for k in ("data", "sumber", "waktu") if k in col]
        if cara_keys and not per_iki:
            values = dict(zip(("data", "sumber", "waktu"), rk["cara"], strict=True))
            for key in cara_keys:
                put(ws, r, col[key], values[key], cells, (key, n) if kind == "rk" else None)
                merge.append(key)
        for k, iki in enumerate(rk["ikis"]):
            if "aspek" in col:
                put(ws, r, col["aspek"], iki["aspek_text"], cells, ("aspek", n, k) if kind == "rk" else None)
            put(ws, r, col["iki"], iki["iki"], cells, ("iki", n, k) if kind == "rk" else None)
            if "target" in col:
                put(ws, r, col["target"], iki["target"], cells, ("target", n, k) if kind == "rk" else None)
            for key in ("sk", "k", "c", "b", "sb"):
                if key in col:
                    v = iki["kat"].get(key)
                    if key == "b" and not m["lima"]:
                        v = iki["target"] if iki["kat"]["b"] is not None else None
                        if kind == "rk":
                            cells[("target", n, k)] = ws.cell(r, col[key]).coordinate
                    put(ws, r, col[key], v, cells, (key, n, k) if kind == "rk" else None)
            if cara_keys and per_iki:
                values = dict(zip(("data", "sumber", "waktu"), rk["cara"], strict=True))
                for key in cara_keys:
                    put(ws, r, col[key], values[key], cells, (key, n, k) if kind == "rk" else None)
                    if kind == "rk" and k == 0:
                        cells[(key, n)] = ws.cell(r, col[key]).coordinate
            r += 1
        if span > 1:
            for key in merge:
                c = col[key]
                ws.merge_cells(start_row=top, start_column=c, end_row=top + span - 1, end_column=c)
        if kind == "rk":
            cells[("rk_rows", n)] = (top, top + span - 1)
    return r


def ak_table(
    ws: Worksheet, head: int, c: int, m: dict, var: set[str], cells: dict, beside_first: int | None = None
) -> int:
    """The Keterkaitan SKP–AK table (SPEC §3.7): on its own sheet, or beside the plan on its header row."""
    teks = "angka_teks" in var
    if beside_first is not None:
        put(ws, head - 1, c, "KETERKAITAN SKP DENGAN ANGKA KREDIT", bold=True)
    for i, label in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        put(ws, head, c + i, label, bold=True, align=CENTER)
    if beside_first is None:
        put(ws, head + 1, c, "KINERJA UTAMA", bold=True)
        r = head + 2
    else:
        r = beside_first
    n = 0
    for i, rk in enumerate(m["rks"]):
        if not rk["butir"]:
            continue
        n += 1
        top = r
        for j, (butir, output, ak) in enumerate(rk["butir"]):
            if j == 0:
                put(ws, r, c, n)
                put(ws, r, c + 1, rk["rk"])
            put(ws, r, c + 2, butir)
            put(ws, r, c + 3, output)
            if teks:
                put(ws, r, c + 4, num(ak) if ak else "0", cells, ("ak", i, j))
            else:
                put(ws, r, c + 4, ak, cells, ("ak", i, j), fmt="0.000")
            r += 1
        if r - top > 1:
            for cc in (c, c + 1):
                ws.merge_cells(start_row=top, start_column=cc, end_row=r - 1, end_column=cc)
    for i, width in enumerate((5, 36, 40, 22, 14)):
        ws.column_dimensions[get_column_letter(c + i)].width = width
    return r


def matriks(ws: Worksheet, head: int, c: int, m: dict, first_row: int) -> None:
    """Matriks Pembagian Peran dan Hasil (SPEC §3.6) of this JA's team beside the plan, on its header row."""
    mt = m["matriks"]
    put(ws, head - 1, c, "MATRIKS PEMBAGIAN PERAN DAN HASIL", bold=True)
    put(ws, head, c, "NO", bold=True, align=CENTER)
    put(ws, head, c + 1, "NAMA / JABATAN", bold=True, align=CENTER)
    for j, rk in enumerate(m["rks"]):
        put(ws, head, c + 2 + j, rk["rk"], bold=True, align=CENTER)
    put(ws, head + 1, c + 1, "Jenis penyelarasan")
    for j in range(len(m["rks"])):
        put(ws, head + 1, c + 2 + j, "Direct Cascading" if j == 0 else "Non-Direct Cascading")
    r = max(first_row, head + 2)
    for i, jab in enumerate(mt["anggota"]):
        put(ws, r, c, i + 1)
        put(ws, r, c + 1, f"{m['anggota_nama'][i]} / {jab}")
        for j, h in enumerate(mt["hasil"][i]):
            put(ws, r, c + 2 + j, h)
        r += 1
    for i, width in enumerate((5, 34, 30, 30)):
        ws.column_dimensions[get_column_letter(c + i)].width = width


# ----------------------------------------------------------------------------- the other sheets


def write_ak(ws: Worksheet, m: dict, var: set[str], cells: dict) -> None:
    r = header_block(ws, m, var, cells, "ak", "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    put(ws, r, C0, "TANGGAL PENGAJUAN")
    put(ws, r, C0 + 2, "2 Januari 2026" if m["kind"] == "rencana" else "3 Januari 2025")
    ak_table(ws, r + 2, C0, m, var, cells)
    ws.column_dimensions["A"].width = 2


def write_manual(ws: Worksheet, m: dict, var: set[str], cells: dict) -> None:
    put(ws, 1, C0, "MANUAL INDIKATOR KINERJA", bold=True)
    put(ws, 2, C0, f"{m['pegawai']['jabatan']} TAHUN {m['tahun']}")
    fields = []
    for n, rk in enumerate(m["rks"]):
        man, iki = rk["manual"], rk["ikis"][0]
        rk_kecil = rk["rk"][0].lower() + rk["rk"][1:]
        fields.append(
            [
                ("RENCANA KINERJA", rk["rk"]),
                ("DESKRIPSI RENCANA KINERJA", bank.MANUAL["deskripsi"].format(rk_kecil=rk_kecil)),
                ("INDIKATOR KINERJA INDIVIDU", iki["iki"]),
                ("DEFINISI IKI", man["definisi"]),
                ("FORMULA", man["formula"]),
                ("TUJUAN", None if rk.get("no_tujuan") else bank.MANUAL["tujuan"].format(rk_kecil=rk_kecil)),
                ("SATUAN PENGUKURAN", iki["satuan"]),
                ("JENIS ASPEK TARGET", man["jenis"]),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", man["sumber"]),
                ("PERIODE PELAPORAN", "Triwulanan" if n % 2 == 0 else "Semesteran"),
            ]
        )
    if "manual_tabel" in var:
        typo = m["typo_manual"]
        put(ws, 4, C0, "NO", bold=True, align=CENTER)
        for j, (label, _) in enumerate(fields[0]):
            put(ws, 4, C0 + 1 + j, typo[1] if label == typo[0] else label, bold=True, align=CENTER)
        for n, rows in enumerate(fields):
            put(ws, 5 + n, C0, n + 1)
            for j, (label, v) in enumerate(rows):
                put(ws, 5 + n, C0 + 1 + j, v, cells, ("tujuan", n) if label == "TUJUAN" else None)
        for j in range(len(fields[0]) + 1):
            ws.column_dimensions[get_column_letter(C0 + j)].width = 5 if j == 0 else 26
        return
    r = 4
    first = m.get("typo_manual")
    for n, rows in enumerate(fields):
        for j, (label, v) in enumerate(rows):
            shown = first[1] if (first and j == 0) else label
            put(ws, r, C0, shown, bold=True)
            put(ws, r, C0 + 1, v, cells, ("tujuan", n) if label == "TUJUAN" else None)
            r += 1
        r += 1
    ws.column_dimensions[get_column_letter(C0)].width = 30
    ws.column_dimensions[get_column_letter(C0 + 1)].width = 80


def pen_cols(m: dict, var: set[str]) -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]]]:
    cols, groups = plan_cols(m, var)
    cols = [(k, lab) for k, lab in cols if k not in ("data", "sumber", "waktu", "ket")]
    groups = [g for g in groups if g[0] != "CARA MEMANTAU KINERJA"]
    tail = [
        ("real", "REALISASI"),
        ("cap", "CAPAIAN IKI"),
        ("kat", "KATEGORI CAPAIAN IKI"),
        ("nil", "NILAI CAPAIAN IKI"),
    ]
    if m["jenis"] != "jpt":
        tail += [("katrk", "KATEGORI CAPAIAN RK"), ("nilrk", "NILAI CAPAIAN RK")]
    tail.append(("tert", "NILAI TERTIMBANG"))
    cols += tail
    if "kolom_keterangan" in var:
        cols.append(("ket", "KETERANGAN"))
    typo = m.get("typo_pen")
    if typo:
        cols = [(k, typo[1] if lab == typo[0] else lab) for k, lab in cols]
    return cols, groups


def pen_value(v: Any, teks: bool, kind: str) -> tuple[Any, str | None]:
    """A written Penilaian value and its number format: numbers, or as text (``angka_teks``)."""
    if v is None or v == "-" or isinstance(v, str):
        return v, None
    if kind == "cap":
        return (f"{v} %", None) if teks else (v, "0")
    if isinstance(v, Decimal):
        return (num(v), None) if teks else (float(v), "0.00")
    return (num(v), None) if teks else (v, None)


def write_penilaian(ws: Worksheet, m: dict, var: set[str], cells: dict) -> None:
    pen, teks = m["pen"], "angka_teks" in var
    r = header_block(ws, m, var, cells, "pen", "PENILAIAN SASARAN KINERJA PEGAWAI") + 1
    cols, groups = pen_cols(m, var)
    col = {key: C0 + i for i, (key, _) in enumerate(cols)}
    r = write_header(ws, r, cols, groups, "judul_dua_baris" in var)
    width = len([k for k, _ in cols if k != "ket"])
    a_label, b_label = section_labels(m)
    section(ws, r, a_label, width)
    r += 1
    jpt = m["jenis"] == "jpt"
    for n, rk in enumerate(m["rks"]):
        top, span = r, len(rk["ikis"])
        put(ws, r, col["no"], str(n + 1) if teks else n + 1, align=CENTER)
        put(ws, r, col["rk"], rk["rk"])
        merge = ["no", "rk"]
        for key in ("persp", "atasan"):
            if key in col:
                put(ws, r, col[key], rk[key] if key == "persp" else rk["atasan"])
                merge.append(key)
        rkv = pen["rk"][n]
        if not jpt:
            put(ws, r, col["katrk"], rkv["kat"], cells, ("p_katrk", n))
            v, fmt = pen_value(rkv["nil"], teks, "nil")
            put(ws, r, col["nilrk"], v, cells, ("p_nilrk", n), fmt=fmt)
            v, fmt = pen_value(rkv["tert"], teks, "nil")
            put(ws, r, col["tert"], v, cells, ("p_tert", n), fmt=fmt)
            merge += ["katrk", "nilrk", "tert"]
        if "ket" in col:
            put(ws, r, col["ket"], bank.KETERANGAN_PENILAIAN[n % len(bank.KETERANGAN_PENILAIAN)])
            merge.append("ket")
        for k, iki in enumerate(rk["ikis"]):
            row = pen["rows"][(n, k)]
            if "aspek" in col:
                put(ws, r, col["aspek"], iki["aspek_text"])
            put(ws, r, col["iki"], iki["iki"])
            tcol = "target" if "target" in col else "b"
            put(ws, r, col[tcol], row["target"], cells, ("p_target", n, k))
            for key in ("sk", "k", "c", "b", "sb"):
                if key in col and not (key == "b" and tcol == "b"):
                    put(ws, r, col[key], iki["kat"][key])
            for key in ("real", "cap", "kat", "nil"):
                v, fmt = pen_value(row[key], teks, key)
                put(ws, r, col[key], v, cells, ("p_" + key, n, k), fmt=fmt)
            if jpt:
                v, fmt = pen_value(rkv["tert"], teks, "nil")
                put(ws, r, col["tert"], v, cells, ("p_tert", n), fmt=fmt)
            r += 1
        if span > 1:
            for key in merge:
                ws.merge_cells(
                    start_row=top, start_column=col[key], end_row=top + span - 1, end_column=col[key]
                )
    section(ws, r, b_label, width)
    r += 2
    vcol = col["tert"]
    labels = {
        k: k for k in ("NILAI AKHIR SKP", "NILAI PERILAKU KERJA", "NILAI KINERJA", "PREDIKAT KINERJA PEGAWAI")
    }
    t = m.get("typo_total")
    if t:
        labels[t[0]] = t[1]
    totals = [
        ("akhir", labels["NILAI AKHIR SKP"], pen["akhir"]),
        ("perilaku", labels["NILAI PERILAKU KERJA"], pen["perilaku"]),
        ("nk", labels["NILAI KINERJA"], pen["nk"]),
        ("predikat", labels["PREDIKAT KINERJA PEGAWAI"], pen["predikat"]),
    ]
    if pen["ide"] is not None:
        totals.append(("ide", m.get("typo_ide") or bank.IDE, pen["ide"]))
    for key, label, v in totals:
        put(ws, r, C0, label, bold=True)
        ws.merge_cells(start_row=r, start_column=C0, end_row=r, end_column=vcol - 1)
        val, fmt = pen_value(v, teks, key)
        put(ws, r, vcol, val, cells, ("p_total", key), fmt=fmt, bold=True)
        r += 1
    right = col["iki"]
    left = col["rk"] if jpt else col["atasan"]
    signature(ws, r + 1, left, right, m, var, "9 Januari 2026", cells, "pen")
    for key, c in col.items():
        wide = key in ("rk", "atasan", "iki")
        ws.column_dimensions[get_column_letter(c)].width = 30 if wide else (5 if key == "no" else 14)
    ws.column_dimensions["A"].width = 2


# ----------------------------------------------------------------------------- the set


def draw_variations(
    rng: random.Random, pool: list[str], used: Counter, k: int, clean_used: Counter | None
) -> list[str]:
    """The least used first; on a clean workbook the least used on clean workbooks first (every variation
    is measured for false findings too)."""
    if clean_used is not None:
        order = sorted(pool, key=lambda v: (clean_used[v], used[v], rng.random()))
    else:
        order = sorted(pool, key=lambda v: (used[v], rng.random()))
    out: list[str] = []
    for v in order:
        if any(v in ex and out_v in ex for ex in EXCLUSIVE for out_v in out):
            continue
        out.append(v)
        if len(out) == k:
            break
    return out


def draw_defects(
    rng: random.Random, pool: list[str], used: Counter, want: int, taken: list[str]
) -> list[str]:
    out: list[str] = []
    lean = {"capaian-tidak-sesuai": -0.5, "realisasi-kosong": 0.5}  # wrong numbers first, blanks last
    for c in sorted(pool, key=lambda c: (used[c] + lean.get(c, 0), rng.random())):
        if DEFECTS[c][1] in {DEFECTS[x][1] for x in taken + out}:
            continue
        out.append(c)
        if len(out) == want:
            break
    return out


def choose_typos(m: dict, var: set[str], codes: list[str], rng: random.Random) -> None:
    """Which label carries the typo of each typo variation (never a label the file's defect is about)."""
    busy = set()
    for c in codes:
        mark = m["marks"].get(c, ("",))
        if mark[0] == "ident":
            busy.add(
                {"gol": "PANGKAT/GOL RUANG", "jabatan": "JABATAN", "unit": "UNIT KERJA"}.get(mark[2], "")
            )
        if c == "jenjang-golongan-tidak-sesuai":
            busy.add("JABATAN")
    if "identitas_salah_ketik" in var:
        label = rng.choice(sorted(k for k in bank.TYPO_IDENTITAS if k not in busy))
        m["typo_ident"] = (label, rng.choice(bank.TYPO_IDENTITAS[label]))
    if "bagian_salah_ketik" in var:
        label = rng.choice(sorted(bank.TYPO_BAGIAN))
        m["typo_bagian"] = (label, rng.choice(bank.TYPO_BAGIAN[label]))
    if "ttd_salah_ketik" in var:
        label = rng.choice(sorted(bank.TYPO_TTD))
        m["typo_ttd"] = (label, rng.choice(bank.TYPO_TTD[label]))
    if "manual_label_salah_ketik" in var:
        m["typo_manual"] = ("RENCANA KINERJA", rng.choice(bank.TYPO_MANUAL_PERTAMA))
    if "manual_tabel" in var:
        label = rng.choice(sorted(bank.TYPO_MANUAL_TABEL))
        m["typo_manual"] = (label, bank.TYPO_MANUAL_TABEL[label])
    if "penilaian_judul_salah_ketik" in var:
        labels = [lab for _, lab in pen_cols(m, var)[0] if lab in bank.TYPO_PENILAIAN]
        if m["jenis"] != "jpt" and not m["lima"]:
            labels = ["TARGET/BAIK"] + labels
        label = labels[0] if labels[0] == "TARGET/BAIK" else rng.choice(sorted(labels))
        m["typo_pen"] = (label, bank.TYPO_PENILAIAN[label])
    if "total_salah_ketik" in var:
        label = rng.choice(sorted(bank.TYPO_TOTAL))
        m["typo_total"] = (label, rng.choice(bank.TYPO_TOTAL[label]))
    if "ide_salah_ketik" in var:
        m["typo_ide"] = rng.choice(bank.TYPO_IDE)


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
    ap = argparse.ArgumentParser(description="Membangun set nyata_br (Dinas Kesehatan dan dua Puskesmas).")
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
                pen_pool, plan_pool = penilaian_defects(form, vs)
                codes = draw_defects(rng, pen_pool, used_def, 1, [])
                if want == 2:
                    codes += draw_defects(rng, plan_pool, used_def, 1, codes)
            else:
                codes = draw_defects(rng, applicable_defects(form, vs), used_def, want, [])
            used_def.update(codes)
        m = build_model(form, kind, role_key, vs, rng, folk)
        if m.get("matriks"):
            m["anggota_nama"] = [
                f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}" for _ in range(2)
            ]
        m["rks0"] = copy.deepcopy(m["rks"])
        if kind == "penilaian":
            pool_p = sorted(PROFILES, key=lambda p: (used_profile[p], rng.random()))
            if "ide_salah_ketik" in vs:
                pool_p = [p for p in pool_p if p.startswith("sangat_baik")] + [
                    p for p in pool_p if not p.startswith("sangat_baik")
                ]
            profile = pool_p[0]
            used_profile[profile] += 1
            m["pen_truth"] = score(m, profile, vs, rng)
            m["pen"] = copy.deepcopy(m["pen_truth"])
        m["marks"] = {}
        for c in codes:
            apply_defect(m, c, rng, sub)
        choose_typos(m, vs, codes, rng)
        name = f"{form}-{i + 1:02d}-{'penilaian2025' if kind == 'penilaian' else 'rencana2026'}-"
        name += ("bersih" if clean else "-".join(codes)) + ".xlsx"
        cells: dict = {}
        wb = Workbook()
        ws = wb.active
        ws.title = SKP_SHEET
        write_skp(ws, m, vs, cells, rng)
        if m["ak_sheet"]:
            write_ak(wb.create_sheet(AK_SHEET), m, vs, cells)
        if jenis == "jpt":
            write_manual(wb.create_sheet(MANUAL_SHEET), m, vs, cells)
        if kind == "penilaian":
            write_penilaian(wb.create_sheet(PEN_SHEET), m, vs, cells)
        wb.save(a.keluaran / name)
        defects, boleh = [], []
        for c in codes:
            d, b = defect_entry(c, m, cells)
            defects.append(d)
            boleh += b
        if m["ak_beside"]:
            boleh += [{"code": "keterkaitan-ak-hilang"}, {"code": "rk-tanpa-butir-kegiatan"}]
        boleh = [b for i, b in enumerate(boleh) if b not in boleh[:i]]
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
        json.dumps({"set": "nyata_br", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


def defect_entry(code: str, m: dict[str, Any], cells: dict) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    sev = DEFECTS[code][0]
    mark = m["marks"][code]
    d: dict[str, Any] = {"code": code, "severity": sev, "sheet": SKP_SHEET, "cell": None, "alt_cells": []}
    boleh: list[dict[str, Any]] = []
    alt: list[tuple[str, str]] = []
    sheet_of = {"skp": SKP_SHEET, "ak": AK_SHEET, "pen": PEN_SHEET}
    kind = mark[0]
    if kind == "none":
        d["sheet"] = None
    elif kind == "ident":
        d["cell"] = cells[("ident", "skp") + mark[1:]]
        for other in ("ak", "pen"):
            key = ("ident", other) + mark[1:]
            if key in cells:
                alt.append((sheet_of[other], cells[key]))
                boleh.append({"code": code, "sheet": sheet_of[other], "cell": cells[key]})
        if mark[2] == "nip":
            # the same NIP stands in the signature block of each sheet, and the pegawai's beside the penilai's
            whos = ["pegawai", "penilai"] if code == "penilai-sama-dengan-pegawai" else ["pegawai"]
            for sh in ("skp", "ak", "pen"):
                for who in whos:
                    for key in (("ident", sh, who, "nip"), ("ttd_nip", sh, who)):
                        if key in cells and key != ("ident", "skp") + mark[1:]:
                            alt.append((sheet_of[sh], cells[key]))
                            if sh != "skp":
                                boleh.append({"code": code, "sheet": sheet_of[sh], "cell": cells[key]})
        if code == "jenjang-golongan-tidak-sesuai":
            alt.append((SKP_SHEET, cells[("ident", "skp", "pegawai", "jabatan")]))
    elif kind == "periode":
        d["cell"] = cells[("periode", "skp")]
        for other in ("ak", "pen"):
            if ("periode", other) in cells:
                alt.append((sheet_of[other], cells[("periode", other)]))
                boleh.append({"code": code, "sheet": sheet_of[other], "cell": cells[("periode", other)]})
    elif kind == "tujuan":
        d["sheet"], d["cell"] = MANUAL_SHEET, cells[mark]
        alt.append((SKP_SHEET, cells[("iki", mark[1], 0)]))
    elif kind == "ak":
        d["sheet"], d["cell"] = AK_SHEET, cells[mark]
    elif kind.startswith("p_"):
        d["sheet"] = PEN_SHEET
        d["cell"] = cells[mark]
    else:
        d["cell"] = cells[mark]
    if code == "rk-berbasis-aktivitas":
        boleh.append({"code": code, "sheet": MANUAL_SHEET})
        boleh.append({"code": code, "sheet": AK_SHEET})
    if code == "rk-ganda":
        alt.append((SKP_SHEET, cells[("rk", 1)]))
    if code == "rk-atasan-kosong":
        alt.append((SKP_SHEET, cells[("rk", 1)]))
    if code == "target-absolut" or code == "satuan-tidak-sesuai-aspek":
        n, k = mark[1], mark[2]
        alt.append((SKP_SHEET, cells[("iki", n, k)]))
        if ("aspek", n, k) in cells:
            alt.append((SKP_SHEET, cells[("aspek", n, k)]))
    if code in ("iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik", "target-tanpa-satuan"):
        alt.append((SKP_SHEET, cells[("iki", mark[1], mark[2])]))
    if code in ("aspek-tidak-valid", "aspek-ganda"):
        alt.append((SKP_SHEET, cells[("iki", mark[1], mark[2])]))
    if code == "kategori-penilaian-kosong":
        alt += [(SKP_SHEET, cells[(k, 1, 0)]) for k in ("sk", "k", "c", "sb", "iki", "target")]
    if code == "kategori-tidak-berurutan":
        alt += [(SKP_SHEET, cells[(k, 1, 0)]) for k in ("k", "sb", "b", "iki") if (k, 1, 0) in cells]
    if code == "kategori-tidak-membedakan":
        alt += [(SKP_SHEET, cells[(k, 0, 0)]) for k in ("b", "target", "iki")]
    if code == "cara-memantau-kosong":
        alt.append((SKP_SHEET, cells[("rk", 1)]))
        for key in ("data", "waktu"):
            if (key, 1) in cells:
                alt.append((SKP_SHEET, cells[(key, 1)]))
        for k in range(1, len(m["rks"][1]["ikis"])):
            if ("sumber", 1, k) in cells:
                alt.append((SKP_SHEET, cells[("sumber", 1, k)]))
    if code == "perspektif-tidak-valid":
        alt.append((SKP_SHEET, cells[("rk", 2)]))
    if code == "capaian-tidak-sesuai" and mark[0] in ("p_cap", "p_kat"):
        n, k = mark[1], mark[2]
        alt += [(PEN_SHEET, cells[(key, n, k)]) for key in ("p_cap", "p_kat", "p_nil") if (key, n, k) != mark]
    if code == "realisasi-kosong":
        n, k = mark[1], mark[2]
        alt += [(PEN_SHEET, cells[(key, n, k)]) for key in ("p_cap", "p_kat", "p_nil")]
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": PEN_SHEET})
        boleh.append({"code": "predikat-tidak-sesuai", "sheet": PEN_SHEET})
    if code == "target-penilaian-berbeda":
        alt.append((SKP_SHEET, cells[("target", mark[1], mark[2])]))
    if code == "predikat-tidak-sesuai":
        alt.append((PEN_SHEET, cells[("p_total", "nk")]))
    seen = set()
    d["alt_cells"] = []
    for s, c in alt:
        if (s, c) != (d["sheet"], d["cell"]) and (s, c) not in seen:
            seen.add((s, c))
            d["alt_cells"].append({"sheet": s, "cell": c})
    return d, boleh


if __name__ == "__main__":
    sys.exit(main())
