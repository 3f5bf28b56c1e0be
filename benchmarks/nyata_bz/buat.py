"""Generator of the held-out set ``nyata_bz``: Rencana SKP 2027 (and Penilaian SKP 2026) of the Dinas
Kelautan dan Perikanan, Dinas Tenaga Kerja dan Transmigrasi, Biro Umum Setda and UPTD Balai Latihan Kerja of
the fictional Provinsi Teluk Sendana, whose plan tables carry every official column plus the agency's extra
and split columns (TARGET | SATUAN, VOLUME | SATUAN, TARGET 2027 with TW I–IV, KODE RK/IKI, BOBOT, JENIS RK,
SUMBER ANGGARAN, LOKASI, KETERANGAN, PARAF, ASPEK after the IKI, NO per IKI, an empty separator column, a
column-number row).
Deterministic (fixed seed), openpyxl only.

Each workbook is first a content model (identity, periode, RK with IKI and targets, kategori levels, cara
memantau, butir kegiatan, Manual IKI; for a Penilaian workbook realisasi and every score by SPEC §6), then the
defects are written into the model, then the model is laid out with the file's column variations. Every cell
written for a place of the model is recorded under its key, so the cell of each defect is known exactly.

Usage: ``python benchmarks/nyata_bz/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
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

SEED = 20270204
SET_NAME = "nyata_bz"

TARGET_STYLES = ["target_satuan", "volume_satuan", "target_triwulan"]
EXTRA = ["kolom_kode", "kolom_bobot", "kolom_jenis_rk", "kolom_keterangan_paraf", "kolom_anggaran_lokasi"]
ORDER = ["aspek_setelah_iki", "no_per_iki", "kolom_pemisah", "baris_nomor_kolom"]
VARIATIONS = TARGET_STYLES + EXTRA + ORDER
EXCLUSIVE = [set(TARGET_STYLES)]
SPLIT = {"target_satuan", "volume_satuan"}

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
# defects that live in the split target columns: the file gets TARGET | SATUAN or VOLUME | SATUAN
NEEDS_SPLIT = {
    "iki-tanpa-target",
    "target-tanpa-satuan",
    "satuan-tidak-sesuai-aspek",
    "target-rentang-terbalik",
}

# (form, role, penilaian workbook, [(code, variant)])
PLAN: list[tuple[str, str, bool, list[tuple[str, str]]]] = [
    ("ja-dasar", "kabid_tangkap", True, []),
    ("ja-dasar", "kabag_rt", True, []),
    ("ja-dasar", "kasubag_tu_blk", True, []),
    ("ja-dasar", "pengadm_rt", True, [("capaian-tidak-sesuai", "kategori")]),
    ("ja-dasar", "pengolah_tangkap", True, [("realisasi-kosong", "")]),
    ("ja-dasar", "ka_uptd_blk", True, [("predikat-tidak-sesuai", ""), ("target-tanpa-satuan", "")]),
    ("ja-dasar", "kabid_penta", False, [("target-rentang-terbalik", ""), ("target-absolut", "")]),
    ("ja-dasar", "kabag_rt", False, []),
    ("jf-dasar", "pengawas_ikan", True, []),
    ("jf-dasar", "instruktur_mahir", True, []),
    ("jf-dasar", "arsiparis", True, []),
    ("jf-dasar", "pengantar_kerja", True, [("target-penilaian-berbeda", "")]),
    ("jf-dasar", "mediator", True, [("capaian-tidak-sesuai", "nilai")]),
    ("jf-dasar", "pranata_komputer", True, [("angka-kredit-tidak-valid", ""), ("predikat-tidak-sesuai", "")]),
    ("jf-dasar", "instruktur_muda", False, [("keterkaitan-ak-hilang", "")]),
    ("jf-dasar", "penyuluh_madya", False, []),
    ("ja-pengembangan", "kabid_tangkap", False, []),
    ("ja-pengembangan", "kabid_penta", False, []),
    ("ja-pengembangan", "kabag_rt", False, []),
    ("ja-pengembangan", "ka_uptd_blk", False, []),
    ("ja-pengembangan", "kasubag_tu_blk", False, [("kategori-tidak-berurutan", "")]),
    ("ja-pengembangan", "pengadm_rt", False, [("satuan-tidak-sesuai-aspek", "")]),
    ("ja-pengembangan", "pengolah_tangkap", False, [("iki-tanpa-target", ""), ("rk-atasan-kosong", "")]),
    ("ja-pengembangan", "kabid_tangkap", False, [("cara-memantau-kosong", ""), ("aspek-ganda", "")]),
    ("jf-pengembangan", "instruktur_muda", False, []),
    ("jf-pengembangan", "pengawas_ikan", False, []),
    ("jf-pengembangan", "mediator", False, []),
    ("jf-pengembangan", "pengantar_kerja", False, []),
    ("jf-pengembangan", "arsiparis", False, [("kategori-tidak-membedakan", "")]),
    (
        "jf-pengembangan",
        "pranata_komputer",
        False,
        [("kategori-penilaian-kosong", ""), ("jenjang-golongan-tidak-sesuai", "")],
    ),
    ("jf-pengembangan", "penyuluh_madya", False, [("rk-tanpa-butir-kegiatan", "")]),
    ("jf-pengembangan", "instruktur_mahir", False, [("target-tanpa-satuan", ""), ("aspek-tidak-valid", "")]),
    ("jpt-dasar", "kadis_dkp", False, []),
    ("jpt-dasar", "kadis_naker", False, []),
    ("jpt-dasar", "karo_umum", False, []),
    ("jpt-dasar", "kadis_naker", False, [("manual-iki-kosong", "")]),
    ("jpt-dasar", "karo_umum", False, [("target-tidak-terukur", ""), ("identitas-kosong", "")]),
    ("jpt-dasar", "kadis_dkp", False, [("rk-berbasis-aktivitas", "")]),
    ("jpt-pengembangan", "kadis_dkp", False, []),
    ("jpt-pengembangan", "kadis_naker", False, []),
    ("jpt-pengembangan", "karo_umum", False, []),
    ("jpt-pengembangan", "kadis_naker", False, [("perspektif-tidak-valid", "")]),
    ("jpt-pengembangan", "karo_umum", False, [("nip-tidak-valid", "")]),
    ("jpt-pengembangan", "kadis_dkp", False, [("periode-tidak-valid", ""), ("rk-ganda", "")]),
    (
        "jpt-pengembangan",
        "kadis_naker",
        False,
        [("pangkat-tidak-dikenal", ""), ("penilai-sama-dengan-pegawai", "")],
    ),
]

PANGKAT = {
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
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


# ------------------------------------------------------------------ numbers and scoring (SPEC §6)
def num(x: Any) -> str:
    """Indonesian writing of a number: comma decimals, no thousands dot below 10.000."""
    f = Fraction(x)
    if f.denominator == 1:
        n = int(f)
        return f"{n:,}".replace(",", ".") if n >= 10000 else str(n)
    d = Decimal(f.numerator) / Decimal(f.denominator)
    return format(d.quantize(Decimal("0.01")).normalize(), "f").replace(".", ",")


def half_up(x: Fraction) -> int:
    return int(Decimal(x.numerator / x.denominator).quantize(Decimal(1), rounding=ROUND_HALF_UP))


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


def nilai_of(cap: int) -> Fraction:
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


def predikat(nk: Fraction) -> str:
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


def r2(x: Fraction) -> float:
    return float(Decimal(x.numerator / x.denominator).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ------------------------------------------------------------------ people
def make_nip(rng: random.Random, gol: str, female: bool) -> str:
    base = {"II": 1988, "III": 1984, "IV": 1972}[gol.split("/")[0]]
    y = base + rng.randint(-4, 4)
    birth = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{y + rng.randint(22, 27)}{rng.choice([1, 2, 3, 4, 12]):02d}"
    return f"{birth} {tmt} {2 if female else 1} {rng.randint(1, 12):03d}"


FEMALE = {"kadis_naker", "kabag_rt", "kasubag_tu_blk", "pengadm_rt", "pengawas_ikan", "pengantar_kerja"}


def people(rng: random.Random) -> dict[str, dict]:
    ppl = {"gubernur": dict(bank.GUBERNUR), "sekda": dict(bank.SEKDA)}
    ppl["sekda"]["pangkat"] = f"{PANGKAT[bank.SEKDA['gol']]}, {bank.SEKDA['gol']}"
    for key, r in bank.ROLES.items():
        ppl[key] = {
            "nama": r["nama"],
            "nip": make_nip(rng, r["gol"], key in FEMALE),
            "pangkat": f"{PANGKAT[r['gol']]}, {r['gol']}",
            "jabatan": r["jabatan"],
            "unit": bank.UNITS[r["unit"]],
        }
    return ppl


# ------------------------------------------------------------------ content model
def kategori(iki: dict) -> dict[str, str]:
    t, sat, kind = iki["t"], iki["sat"], iki["kind"]

    def w(x: Any) -> str:
        return f"{num(x)} {sat}"

    if kind == "waktu":
        s = max(1, t // 10)
        return {
            "sb": f"< {w(t)}",
            "b": w(t),
            "c": f"{t + 1} - {w(t + 2 * s)}",
            "k": f"{t + 2 * s + 1} - {w(t + 4 * s)}",
            "sk": f"> {w(t + 4 * s)}",
        }
    if kind == "persen":
        return {
            "sk": f"< {t - 20} %",
            "k": f"{t - 20} - {t - 11},99 %",
            "c": f"{t - 10} - {t - 1},99 %",
            "b": f"{t} %",
            "sb": f"> {t} %",
        }
    p1, p2 = math.ceil(t * 0.6), math.ceil(t * 0.8)
    c = w(p2) if p2 == t - 1 else f"{num(p2)} - {w(t - 1)}"
    return {"sk": f"< {w(p1)}", "k": f"{num(p1)} - {w(p2 - 1)}", "c": c, "b": w(t), "sb": f"> {w(t)}"}


def mk_iki(raw: tuple, ri: int, ii: int) -> dict:
    aspek, text, kind, t, sat = raw
    iki = {
        "aspek": aspek,
        "text": text,
        "kind": kind,
        "t": t,
        "sat": sat,
        "tnum": num(t),
        "tsat": sat,
        "kode": f"IKI-{ri + 1}.{ii + 1}",
    }
    iki["kat"] = kategori(iki)
    return iki


def target_text(iki: dict) -> str | None:
    parts = [p for p in (iki["tnum"], iki["tsat"]) if p]
    return " ".join(parts) if parts else None


def build_model(form: str, role: str, penilaian: bool, ppl: dict, rng: random.Random) -> dict:
    jenis, model = form.split("-")
    r = bank.ROLES[role]
    year = 2026 if penilaian else 2027
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "role": role,
        "year": year,
        "penilaian": penilaian,
        "pegawai": dict(ppl[role]),
        "penilai": dict(ppl[r["penilai"]]),
        "periode": f"1 JANUARI SD 31 DESEMBER {year}",
        "rks": [],
        "ak_sheet": jenis == "jf",
    }
    sup = bank.ROLES.get(r["penilai"])
    sup_rk = [x[0] for x in sup["rk"]] if sup else []
    bobot = [60, 40] if len(r["rk"]) == 2 else [40, 20, 20, 20]
    for ri, item in enumerate(r["rk"]):
        text = item[0]
        if jenis == "jpt":
            raws, atasan, butir = item[1], None, []
        else:
            atasan = sup_rk[item[1] % len(sup_rk)]
            raws = item[2]
            butir = item[3] if jenis == "jf" else []
        rk = {
            "text": text,
            "atasan": atasan,
            "kt": False,
            "bobot": bobot[ri],
            "kode": f"RK-{ri + 1:02d}",
            "perspektif": bank.PERSPEKTIF[ri % 4],
            "pantau": list(bank.PANTAU[ri % 3]),
            "butir": list(butir),
            "anggaran": bank.NAMES_EXTRA["anggaran"][ri % 4],
            "lokasi": bank.NAMES_EXTRA["lokasi"][ri % 4],
            "ket": bank.NAMES_EXTRA["keterangan"][ri % 4],
            "ikis": [mk_iki(x, ri, ii) for ii, x in enumerate(raws)],
        }
        if jenis == "jpt":
            for iki in rk["ikis"]:
                iki["aspek"] = None
        m["rks"].append(rk)
    if r["kt"] and not penilaian:
        text, raws = r["kt"]
        n = len(m["rks"])
        kt = {
            "text": text,
            "atasan": None,
            "kt": True,
            "bobot": None,
            "kode": f"RK-{n + 1:02d}",
            "perspektif": None,
            "pantau": list(bank.PANTAU[2]),
            "butir": [],
            "anggaran": "-",
            "lokasi": bank.KOTA,
            "ket": "Kinerja tambahan",
            "ikis": [mk_iki(x, n, ii) for ii, x in enumerate(raws)],
        }
        if jenis == "jpt":
            for iki in kt["ikis"]:
                iki["aspek"] = None
        m["rks"].append(kt)
    return m


# ------------------------------------------------------------------ Penilaian scores
def realisasi_for(iki: dict, cat: str) -> Fraction | None:
    t, kind = Fraction(iki["t"]), iki["kind"]
    if cat == "b":
        return t
    if kind == "waktu":
        r = t * Fraction(11, 10) if cat == "c" else t * Fraction(8, 10)
    elif kind == "persen":
        r = t * Fraction(9, 10) if cat == "c" else Fraction(100)
    else:
        r = t * Fraction(9, 10) if cat == "c" else t * Fraction(6, 5)
    if r.denominator != 1 and kind != "persen":
        return None
    if cat == "sb" and capaian(iki, r) <= 110:
        return None
    return r


def capaian(iki: dict, r: Fraction) -> int:
    t = Fraction(iki["t"])
    raw = (2 - r / t) * 100 if iki["kind"] == "waktu" else r / t * 100
    return half_up(raw)


def score(m: dict, rng: random.Random) -> None:
    ku = [rk for rk in m["rks"] if not rk["kt"]]
    while True:
        for rk in ku:
            options = [
                c for c in ("b", "sb", "c") if all(realisasi_for(i, c) is not None for i in rk["ikis"])
            ]
            cat = rng.choice(options)
            for iki in rk["ikis"]:
                iki["r"] = realisasi_for(iki, cat)
                iki["cap"] = capaian(iki, iki["r"])
                iki["katcap"] = band(iki["cap"])
                iki["nilai"] = nilai_of(iki["cap"])
            rk["nilai"] = sum((i["nilai"] for i in rk["ikis"]), Fraction(0)) / len(rk["ikis"])
            rk["tertimbang"] = rk["nilai"] / len(ku)
        na = sum((rk["nilai"] for rk in ku), Fraction(0)) / len(ku)
        perilaku = Fraction(rng.choice([88, 90, 92, 94, 96]))
        nk = na * Fraction(7, 10) + perilaku * Fraction(3, 10)
        ok = abs(sum(r2(rk["tertimbang"]) for rk in ku) - r2(na)) < 0.001
        ok = ok and all(abs(nk - b) >= Fraction(6, 10) for b in (70, 90, 110)) and nk < 110
        ok = ok and any(i["katcap"] != "Baik" for rk in ku for i in rk["ikis"])
        if ok:
            m["na"], m["perilaku"], m["nk"], m["predikat"] = na, perilaku, nk, predikat(nk)
            return


def r_text(iki: dict, r: Fraction) -> str:
    return f"{num(r)} %" if iki["kind"] == "persen" else f"{num(r)} {iki['sat']}"


# ------------------------------------------------------------------ defects into the model
def first(m: dict, pred, rks: list[int] | None = None) -> tuple[int, int]:
    for ri, rk in enumerate(m["rks"]):
        if rk["kt"] or (rks is not None and ri not in rks):
            continue
        for ii, iki in enumerate(rk["ikis"]):
            if pred(iki):
                return ri, ii
    raise AssertionError(f"no IKI for {m['role']}")


def apply_defect(m: dict, code: str, variant: str) -> dict:
    """Write one defect into the model; returns where it lives: {code, key, alt: [keys], boleh: [...]}"""
    at: dict[str, Any] = {"code": code, "alt": [], "boleh": []}
    peg, pen = m["pegawai"], m["penilai"]
    if code == "identitas-kosong":
        pen["jabatan"] = None
        at["key"] = ("ident", "penilai", "jabatan")
    elif code == "nip-tidak-valid":
        p = peg["nip"].split(" ")
        peg["nip"] = f"{p[0]} {p[1][:4]}13 {p[2]} {p[3]}"
        at["key"] = ("ident", "pegawai", "nip")
        at["alt"] = [("ttd", "pegawai", "nip")]
    elif code == "pangkat-tidak-dikenal":
        gol = peg["pangkat"].split(", ")[1]
        peg["pangkat"] = f"Pembina, {gol}" if gol != "IV/a" else "Penata, IV/a"
        at["key"] = ("ident", "pegawai", "pangkat")
    elif code == "jenjang-golongan-tidak-sesuai":
        peg["pangkat"] = "Penata, III/c"
        at["key"] = ("ident", "pegawai", "pangkat")
        at["alt"] = [("ident", "pegawai", "jabatan")]
    elif code == "periode-tidak-valid":
        m["periode"] = f"1 JANUARI {m['year']} SD 31 DESEMBER {m['year'] - 1}"
        at["key"] = ("periode",)
    elif code == "penilai-sama-dengan-pegawai":
        pen["nip"] = peg["nip"]
        at["key"] = ("ident", "penilai", "nip")
        at["alt"] = [("ident", "pegawai", "nip"), ("ttd", "penilai", "nip")]
    elif code == "rk-atasan-kosong":
        m["rks"][1]["atasan"] = None
        at["key"] = ("rk", 1, "atasan")
    elif code == "rk-berbasis-aktivitas":
        new = "Melaksanakan pembinaan dan peningkatan kapasitas aparatur dinas"
        m["rks"][2]["text"] = new
        m["rks"][2]["manual_rk"] = new
        at["key"] = ("rk", 2, "text")
    elif code == "iki-tanpa-target":
        ri, ii = 1, 0
        iki = m["rks"][ri]["ikis"][ii]
        iki["tnum"] = iki["tsat"] = None
        at["key"] = ("iki", ri, ii, "tnum")
        at["alt"] = [("iki", ri, ii, "tsat"), ("iki", ri, ii, "text")]
        at["boleh_row"] = (ri, ii, sorted(KATEGORI_CODES))
    elif code == "target-tanpa-satuan":
        ri, ii = first(m, lambda i: i["kind"] == "hitung" and i["text"].startswith("Jumlah"), [1])
        iki = m["rks"][ri]["ikis"][ii]
        iki["tsat"] = None
        iki["kat"] = {k: v.replace(f" {iki['sat']}", "") for k, v in iki["kat"].items()}
        iki["sat_hidden"] = True
        at["key"] = ("iki", ri, ii, "tnum")
        at["alt"] = [("iki", ri, ii, "tsat")]
        at["boleh_row"] = (ri, ii, sorted(KATEGORI_CODES))
        if m["penilaian"]:
            at["boleh"].append({"code": "target-tanpa-satuan", "sheet": pen_sheet(m)})
    elif code == "satuan-tidak-sesuai-aspek":
        ri, ii = first(m, lambda i: i["aspek"] == "Waktu")
        iki = m["rks"][ri]["ikis"][ii]
        old = iki["sat"]
        iki["tsat"] = "dokumen"
        iki["kat"] = {k: v.replace(old, "dokumen") for k, v in iki["kat"].items()}
        at["key"] = ("iki", ri, ii, "tnum")
        at["alt"] = [("iki", ri, ii, "tsat")]
        at["boleh_row"] = (ri, ii, sorted(KATEGORI_CODES))
    elif code == "target-rentang-terbalik":
        ri, ii = first(m, lambda i: i["kind"] == "persen")
        iki = m["rks"][ri]["ikis"][ii]
        iki["tnum"] = f"{iki['t'] + 5} - {iki['t'] - 5}"
        at["key"] = ("iki", ri, ii, "tnum")
        at["alt"] = [("iki", ri, ii, "tsat")]
    elif code == "target-absolut":
        ri, ii = first(m, lambda i: i["kind"] == "persen")
        m["rks"][ri]["ikis"][ii]["text"] = "Semua lowongan kerja terdaftar terisi oleh pencari kerja lokal"
        at["key"] = ("iki", ri, ii, "text")
    elif code == "target-tidak-terukur":
        ri, ii = 1, 0
        iki = m["rks"][ri]["ikis"][ii]
        iki["tnum"], iki["tsat"] = "Sesuai target RPJMD", None
        at["key"] = ("iki", ri, ii, "tnum")
        at["alt"] = [("iki", ri, ii, "tsat")]
    elif code == "aspek-tidak-valid":
        ri, ii = first(m, lambda i: i["aspek"] == "Kualitas")
        m["rks"][ri]["ikis"][ii]["aspek"] = "Efektivitas"
        at["key"] = ("iki", ri, ii, "aspek")
        at["boleh_row"] = (ri, ii, sorted(KATEGORI_CODES))
    elif code == "aspek-ganda":
        ri, ii = first(m, lambda i: i["aspek"] == "Kualitas")
        m["rks"][ri]["ikis"][ii]["aspek"] = "Kuantitas"
        at["key"] = ("iki", ri, ii, "aspek")
    elif code == "rk-ganda":
        kt = m["rks"][-1]
        assert kt["kt"]
        kt["text"] = m["rks"][0]["text"]
        at["key"] = ("rk", len(m["rks"]) - 1, "text")
    elif code == "perspektif-tidak-valid":
        m["rks"][1]["perspektif"] = "Kepatuhan Regulasi Ketenagakerjaan"
        at["key"] = ("rk", 1, "perspektif")
        at["boleh"].append({"code": "perspektif-tidak-lengkap", "sheet": f"SKP {m['year']}"})
    elif code in KATEGORI_CODES:
        ri, ii = first(m, lambda i: i["kind"] == "hitung")
        if code == "kategori-penilaian-kosong":
            ri, ii = 1, 0
        iki = m["rks"][ri]["ikis"][ii]
        kat = iki["kat"]
        if code == "kategori-tidak-berurutan":
            kat["c"], kat["k"] = kat["k"], kat["c"]
            at["key"] = ("iki", ri, ii, "kat", "c")
            at["alt"] = [("iki", ri, ii, "kat", "k")]
            at["boleh_row"] = (ri, ii, ["kategori-tidak-membedakan"])
        elif code == "kategori-tidak-membedakan":
            kat["sb"] = kat["b"]
            at["key"] = ("iki", ri, ii, "kat", "sb")
            at["alt"] = [("iki", ri, ii, "kat", "b"), ("iki", ri, ii, "tnum")]
            at["boleh_row"] = (ri, ii, ["kategori-tidak-berurutan"])
        else:
            iki["kat"] = {k: None for k in LEVELS}
            at["key"] = ("iki", ri, ii, "kat", "b")
            at["alt"] = [("iki", ri, ii, "kat", k) for k in ("sk", "k", "c", "sb")] + [
                ("iki", ri, ii, "text")
            ]
    elif code == "cara-memantau-kosong":
        m["rks"][1]["pantau"][1] = None
        at["key"] = ("rk", 1, "pantau", 1)
    elif code == "manual-iki-kosong":
        m["rks"][1]["ikis"][0]["no_formula"] = True
        at["key"] = ("manual", 1, 0, "FORMULA")
    elif code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        at["key"] = None
    elif code == "rk-tanpa-butir-kegiatan":
        m["rks"][1]["butir"] = []
        at["key"] = ("rk", 1, "text")
    elif code == "angka-kredit-tidak-valid":
        b = m["rks"][0]["butir"][0]
        m["rks"][0]["butir"][0] = (b[0], b[1], "0")
        at["key"] = ("ak", 0, 0, "ak")
    else:
        raise AssertionError(code)
    return at


def pen_sheet(m: dict) -> str:
    return f"Penilaian {m['year']}"


def apply_penilaian_defect(m: dict, code: str, variant: str) -> dict:
    at: dict[str, Any] = {"code": code, "alt": [], "boleh": []}
    ku = [rk for rk in m["rks"] if not rk["kt"]]
    sheet = pen_sheet(m)
    if code == "capaian-tidak-sesuai":
        if variant == "kategori":
            ri, ii = next(
                (ri, ii)
                for ri, rk in enumerate(ku)
                for ii, i in enumerate(rk["ikis"])
                if i["katcap"] != "Baik"
            )
            ku[ri]["ikis"][ii]["katcap_w"] = "Baik"
            at["key"] = ("pen", ri, ii, "katcap")
        else:
            ri, ii = 0, 0
            ku[ri]["ikis"][ii]["nilai_w"] = ku[ri]["ikis"][ii]["nilai"] - 9
            at["key"] = ("pen", ri, ii, "nilai")
    elif code == "realisasi-kosong":
        ri, ii = 0, len(ku[0]["ikis"]) - 1
        ku[ri]["ikis"][ii]["blank"] = True
        at["key"] = ("pen", ri, ii, "r")
        at["boleh"] += [
            {"code": "capaian-tidak-sesuai", "sheet": sheet},
            {"code": "predikat-tidak-sesuai", "sheet": sheet},
        ]
    elif code == "predikat-tidak-sesuai":
        m["predikat_w"] = "Butuh Perbaikan" if m["nk"] >= 90 else "Baik"
        at["key"] = ("pen", "predikat")
    elif code == "target-penilaian-berbeda":
        ri, ii = first(m, lambda i: i["kind"] == "hitung")
        ku[ri]["ikis"][ii]["pen_tnum"] = num(ku[ri]["ikis"][ii]["t"] - 10)
        at["key"] = ("pen", ri, ii, "tnum")
        at["alt"] = [("pen", ri, ii, "tsat")]
        at["boleh"] += [{"code": "capaian-tidak-sesuai", "sheet": sheet}]
    return at


# ------------------------------------------------------------------ layout
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


class Sheet:
    def __init__(self, ws, cells: dict) -> None:
        self.ws, self.name, self.cells = ws, ws.title, cells

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
        head=False,
        fmt: str | None = None,
    ) -> None:
        cell = self.ws.cell(r, c)
        cell.value = v
        cell.alignment = CENTER if (center or head) else WRAP
        if bold or head:
            cell.font = Font(bold=True)
        if head:
            cell.fill = HEAD_FILL
        if box:
            cell.border = BOX
        if fmt:
            cell.number_format = fmt
        if key is not None:
            self.cells.setdefault(key, []).append((self.name, cell.coordinate))

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(r, c).border = BOX
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def plan_columns(
    m: dict, var: set[str], penilaian_sheet: bool = False
) -> list[tuple[str, str | None, str, int]]:
    """(key, group label or None, label, width); the key says what a cell of the column holds."""
    jenis, model = m["jenis"], m["model"]
    extras = not penilaian_sheet
    cols: list[tuple[str, str | None, str, int]] = []
    if jenis == "jpt" and model == "pengembangan":
        cols.append(("perspektif", None, "PERSPEKTIF", 18))
    cols.append(("no", None, "NO", 6))
    if extras and "kolom_kode" in var:
        cols.append(("kode_rk", None, "KODE RK", 9))
    if extras and "kolom_jenis_rk" in var:
        cols.append(("jenis_rk", None, "JENIS RK", 13))
    if jenis != "jpt":
        cols.append(("atasan", None, "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", 30))
    cols.append(("rk", None, "RENCANA KINERJA", 30))
    if extras and "kolom_bobot" in var:
        cols.append(("bobot", None, "BOBOT (%)", 8))
    after = "aspek_setelah_iki" in var
    if jenis != "jpt" and not after:
        cols.append(("aspek", None, "ASPEK", 12))
    if extras and "kolom_kode" in var:
        cols.append(("kode_iki", None, "KODE IKI", 9))
    cols.append(("iki", None, "INDIKATOR KINERJA INDIVIDU", 32))
    if jenis != "jpt" and after:
        cols.append(("aspek", None, "ASPEK", 12))
    if "kolom_pemisah" in var:
        cols.append(("sep", None, "", 2))
    if "target_satuan" in var or "volume_satuan" in var:
        cols.append(("tnum", "TARGET", "TARGET" if "target_satuan" in var else "VOLUME", 9))
        cols.append(("tsat", "TARGET", "SATUAN", 11))
    elif "target_triwulan" in var and not penilaian_sheet:
        cols.append(("target", None, f"TARGET {m['year']}", 14))
        for q in ("I", "II", "III", "IV"):
            cols.append((f"tw{q}", "RENCANA CAPAIAN PER TRIWULAN", f"TW {q}", 10))
    else:
        cols.append(("target", None, "TARGET", 14))
    if model == "pengembangan" and jenis != "jpt" and not penilaian_sheet:
        for lv in LEVELS:
            cols.append((f"kat_{lv}", "KATEGORI PENILAIAN KINERJA", LEVEL_HEAD[lv], 13))
        for k, lab in enumerate(("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")):
            cols.append((f"pantau{k}", "CARA MEMANTAU KINERJA", lab, 18))
    if extras and "kolom_anggaran_lokasi" in var:
        cols.append(("anggaran", None, "SUMBER ANGGARAN", 11))
        cols.append(("lokasi", None, "LOKASI", 14))
    if extras and "kolom_keterangan_paraf" in var:
        cols.append(("ket", None, "KETERANGAN", 14))
        cols.append(("paraf", None, "PARAF", 8))
    return cols


PER_RK = {
    "perspektif",
    "kode_rk",
    "jenis_rk",
    "atasan",
    "rk",
    "bobot",
    "pantau0",
    "pantau1",
    "pantau2",
    "anggaran",
    "lokasi",
    "paraf",
    "no",
    "nilai_rk",
    "tertimbang",
}


def ident_layout(ncols: int) -> tuple[int, int]:
    mid = max(4, ncols // 2 + 1)
    return mid, max(ncols, mid + 2)


def pangkat_of(p: dict) -> Any:
    return p.get("pangkat")


def kop(sh: Sheet, m: dict, title: str, last: int) -> int:
    sh.put(1, 1, title, bold=True, center=True, box=False)
    sh.merge(1, 1, 1, last)
    sh.put(2, 1, bank.UNITS[bank.ROLES[m["role"]]["unit"]].upper(), bold=True, center=True, box=False)
    sh.merge(2, 1, 2, last)
    sh.put(3, 1, f"PERIODE PENILAIAN: {m['periode']}", ("periode",), center=True, box=False)
    sh.merge(3, 1, 3, last)
    return 5


def identity(sh: Sheet, m: dict, r: int, ncols: int) -> int:
    mid, last = ident_layout(ncols)
    jpt = m["jenis"] == "jpt"
    sh.put(r, 1, "NO", head=True)
    sh.put(r, 2, "PEGAWAI YANG DINILAI", head=True)
    sh.merge(r, 2, r, mid - 1)
    sh.put(r, mid, "NO", head=True)
    sh.put(r, mid + 1, "PEJABAT PENILAI KINERJA", head=True)
    sh.merge(r, mid + 1, r, last)
    fields = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("pangkat", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN"),
        ("unit", "UNIT KERJA"),
    ]
    for k, (f, lab) in enumerate(fields):
        rr = r + 1 + k
        sh.put(rr, 1, k + 1, center=True)
        sh.put(rr, 2, lab)
        sh.put(rr, 3, m["pegawai"][f], ("ident", "pegawai", f))
        if mid - 1 > 3:
            sh.merge(rr, 3, rr, mid - 1)
        sh.put(rr, mid, k + 1, center=True)
        lab2 = "INSTANSI" if (f == "unit" and jpt and m["penilai"]["nip"] == "-") else lab
        sh.put(rr, mid + 1, lab2)
        sh.put(rr, mid + 2, m["penilai"][f], ("ident", "penilai", f))
        if last > mid + 2:
            sh.merge(rr, mid + 2, rr, last)
    return r + 7


def signature(sh: Sheet, m: dict, r: int, ncols: int, date: str) -> None:
    mid, last = ident_layout(ncols)
    sh.put(r, mid + 1, f"{bank.KOTA}, {date}", box=False)
    sh.put(r + 1, 2, "Pejabat Penilai Kinerja,", box=False)
    sh.put(r + 1, mid + 1, "Pegawai yang Dinilai,", box=False)
    sh.put(r + 5, 2, m["penilai"]["nama"], bold=True, box=False)
    sh.put(r + 5, mid + 1, m["pegawai"]["nama"], bold=True, box=False)
    if m["penilai"]["nip"] not in (None, "-"):
        sh.put(r + 6, 2, f"NIP. {m['penilai']['nip']}", ("ttd", "penilai", "nip"), box=False)
    sh.put(r + 6, mid + 1, f"NIP. {m['pegawai']['nip']}", ("ttd", "pegawai", "nip"), box=False)


def iki_value(m: dict, rk: dict, ri: int, iki: dict, ii: int, k: str, var: set[str]) -> Any:
    n_ku = sum(1 for x in m["rks"] if not x["kt"])
    if k == "perspektif":
        return rk["perspektif"]
    if k == "no":
        n = ri + 1 if not rk["kt"] else ri - n_ku + 1
        return f"{n}.{ii + 1}" if "no_per_iki" in var else n
    if k == "kode_rk":
        return rk["kode"]
    if k == "kode_iki":
        return iki["kode"]
    if k == "jenis_rk":
        return "Kinerja Tambahan" if rk["kt"] else "Kinerja Utama"
    if k == "atasan":
        return rk["atasan"]
    if k == "rk":
        return rk["text"]
    if k == "bobot":
        return rk["bobot"] if rk["bobot"] is not None else "-"
    if k == "aspek":
        return iki["aspek"]
    if k == "iki":
        return iki["text"]
    if k == "sep":
        return None
    if k == "tnum":
        v = iki["tnum"]
        return int(v) if isinstance(v, str) and v.isdigit() else v
    if k == "tsat":
        return iki["tsat"]
    if k == "target":
        return target_text(iki)
    if k.startswith("tw"):
        q = ["I", "II", "III", "IV"].index(k[2:])
        if iki["kind"] == "hitung":
            base, rem = divmod(iki["t"], 4)
            return f"{num(base + (1 if q < rem else 0))} {iki['sat']}"
        return target_text(iki)
    if k.startswith("kat_"):
        return iki["kat"][k[4:]]
    if k.startswith("pantau"):
        return rk["pantau"][int(k[-1])]
    if k == "anggaran":
        return rk["anggaran"]
    if k == "lokasi":
        return rk["lokasi"]
    if k == "ket":
        return rk["ket"] if ii == 0 else None
    if k == "paraf":
        return None
    raise AssertionError(k)


def key_of(ri: int, ii: int, k: str) -> tuple:
    if k in ("rk", "atasan", "perspektif"):
        return ("rk", ri, "text" if k == "rk" else k)
    if k.startswith("pantau"):
        return ("rk", ri, "pantau", int(k[-1]))
    if k.startswith("kat_"):
        return ("iki", ri, ii, "kat", k[4:])
    if k in ("iki",):
        return ("iki", ri, ii, "text")
    if k == "target":
        return ("iki", ri, ii, "tnum")
    return ("iki", ri, ii, k)


def header(sh: Sheet, cols: list, r: int, var: set[str]) -> int:
    groups: dict[str, list[int]] = {}
    for c, (k, grp, lab, w) in enumerate(cols, start=1):
        sh.ws.column_dimensions[get_column_letter(c)].width = w
        if k == "sep":
            continue
        if grp:
            groups.setdefault(grp, []).append(c)
            sh.put(r + 1, c, lab, head=True)
        else:
            sh.put(r, c, lab, head=True)
            sh.merge(r, c, r + 1, c)
    for grp, cs in groups.items():
        sh.put(r, cs[0], grp, head=True)
        sh.merge(r, cs[0], r, cs[-1])
    r += 2
    if "baris_nomor_kolom" in var:
        n = 0
        for c, (k, _g, _l, _w) in enumerate(cols, start=1):
            if k == "sep":
                continue
            n += 1
            sh.put(r, c, f"({n})", center=True)
        r += 1
    return r


def section(sh: Sheet, r: int, ncols: int, label: str, var: set[str], cols: list) -> int:
    sh.put(r, 1, label, bold=True)
    sh.merge(r, 1, r, ncols)
    return r + 1


def write_rows(
    sh: Sheet, m: dict, cols: list, r: int, var: set[str], rks: list[tuple[int, dict]], pen: bool
) -> int:
    for ri, rk in rks:
        top = r
        for ii, iki in enumerate(rk["ikis"]):
            for c, (k, _g, _l, _w) in enumerate(cols, start=1):
                if k in PER_RK and ii > 0 and not (k == "no" and "no_per_iki" in var):
                    sh.put(r, c, None)
                    continue
                if pen and k in PEN_KEYS:
                    v = pen_value(m, rk, iki, k)
                    kk = ("pen", ri, ii, k) if k not in PER_RK else ("pen", ri, k)
                    fmt = "0.00" if k in ("nilai", "nilai_rk", "tertimbang") else None
                    sh.put(r, c, v, kk, fmt=fmt, center=k != "r")
                    continue
                v = iki_value(m, rk, ri, iki, ii, k, var)
                if pen and k in ("tnum", "target") and iki.get("pen_tnum"):
                    v = iki["pen_tnum"] if k == "tnum" else f"{iki['pen_tnum']} {iki['tsat']}"
                    v = int(v) if isinstance(v, str) and v.isdigit() else v
                key = key_of(ri, ii, k)
                if pen:
                    key = ("pen", ri, ii, "tnum" if k == "target" else k)
                sh.put(
                    r, c, v, key, center=k in ("no", "bobot", "tnum", "tsat", "aspek", "kode_rk", "kode_iki")
                )
            r += 1
        if len(rk["ikis"]) > 1:
            for c, (k, _g, _l, _w) in enumerate(cols, start=1):
                if k in PER_RK and not (k == "no" and "no_per_iki" in var):
                    sh.merge(top, c, r - 1, c)
    return r


PEN_KEYS = {"r", "cap", "katcap", "nilai", "nilai_rk", "tertimbang"}
PEN_COLS = [
    ("r", None, "REALISASI", 14),
    ("cap", None, "CAPAIAN IKI", 10),
    ("katcap", None, "KATEGORI CAPAIAN IKI", 13),
    ("nilai", None, "NILAI CAPAIAN IKI", 10),
    ("nilai_rk", None, "NILAI CAPAIAN RK", 10),
    ("tertimbang", None, "NILAI TERTIMBANG", 11),
]


def pen_value(m: dict, rk: dict, iki: dict, k: str) -> Any:
    if iki.get("blank") and k in ("r", "cap", "katcap", "nilai"):
        return None
    if k == "r":
        return r_text(iki, iki["r"])
    if k == "cap":
        return f"{iki['cap']} %"
    if k == "katcap":
        return iki.get("katcap_w", iki["katcap"])
    if k == "nilai":
        return r2(iki.get("nilai_w", iki["nilai"]))
    if k == "nilai_rk":
        return r2(rk["nilai"])
    return r2(rk["tertimbang"])


def write_plan(wb: Workbook, m: dict, var: set[str], cells: dict) -> None:
    ws = wb.active
    ws.title = f"SKP {m['year']}"
    sh = Sheet(ws, cells)
    cols = plan_columns(m, var)
    ncols = len(cols)
    _mid, last = ident_layout(ncols)
    r = kop(sh, m, "RENCANA SASARAN KINERJA PEGAWAI", last)
    r = identity(sh, m, r, ncols) + 1
    r = header(sh, cols, r, var)
    r = section(sh, r, ncols, "A. KINERJA UTAMA", var, cols)
    r = write_rows(sh, m, cols, r, var, [(i, rk) for i, rk in enumerate(m["rks"]) if not rk["kt"]], False)
    r = section(sh, r, ncols, "B. KINERJA TAMBAHAN", var, cols)
    kts = [(i, rk) for i, rk in enumerate(m["rks"]) if rk["kt"]]
    if kts:
        r = write_rows(sh, m, cols, r, var, kts, False)
    else:
        for c in range(1, ncols + 1):
            sh.put(r, c, None)
        r += 1
    signature(sh, m, r + 1, ncols, f"4 Januari {m['year']}")


def write_penilaian(wb: Workbook, m: dict, var: set[str], cells: dict) -> None:
    ws = wb.create_sheet(pen_sheet(m))
    sh = Sheet(ws, cells)
    base = plan_columns(m, var, penilaian_sheet=True)
    cols = base + PEN_COLS
    ncols = len(cols)
    _mid, last = ident_layout(ncols)
    r = kop(sh, m, "PENILAIAN SASARAN KINERJA PEGAWAI", last)
    r = identity(sh, m, r, ncols) + 1
    r = header(sh, cols, r, set())
    r = section(sh, r, ncols, "A. KINERJA UTAMA", var, cols)
    pv = var & {"no_per_iki"}
    r = write_rows(sh, m, cols, r, pv, [(i, rk) for i, rk in enumerate(m["rks"]) if not rk["kt"]], True)
    r = section(sh, r, ncols, "B. KINERJA TAMBAHAN", var, cols)
    for c in range(1, ncols + 1):
        sh.put(r, c, None)
    r += 1
    lab_c = next(c for c, col in enumerate(cols, start=1) if col[0] == "rk")
    val_c = ncols
    rows = [
        ("NILAI AKHIR SKP", r2(m["na"]), "na"),
        ("NILAI PERILAKU KERJA", r2(m["perilaku"]), "perilaku"),
        ("NILAI KINERJA (70% SKP + 30% PERILAKU)", r2(m["nk"]), "nk"),
        ("PREDIKAT KINERJA PEGAWAI", m.get("predikat_w", m["predikat"]), "predikat"),
    ]
    for lab, v, k in rows:
        sh.put(r, lab_c, lab, bold=True)
        sh.merge(r, lab_c, r, val_c - 1)
        sh.put(r, val_c, v, ("pen", k), fmt="0.00" if k != "predikat" else None, center=True)
        r += 1
    signature(sh, m, r + 1, ncols, "8 Januari 2027")


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet("Keterkaitan AK")
    sh = Sheet(ws, cells)
    widths = [6, 34, 36, 20, 12, 4]
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    r = kop(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 6)
    r = identity(sh, m, r, 5)
    sh.put(r, 1, f"TANGGAL PENGAJUAN: 4 Januari {m['year']}", box=False)
    r += 2
    for c, lab in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(r, c, lab, head=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True)
    sh.merge(r, 1, r, 5)
    r += 1
    n = 0
    for ri, rk in enumerate(m["rks"]):
        if rk["kt"] or not rk["butir"]:
            continue
        n += 1
        top = r
        for bi, (butir, output, ak) in enumerate(rk["butir"]):
            sh.put(r, 1, n if bi == 0 else None, center=True)
            sh.put(r, 2, rk["text"] if bi == 0 else None, ("ak", ri, "rk"))
            sh.put(r, 3, butir, ("ak", ri, bi, "butir"))
            sh.put(r, 4, output)
            sh.put(r, 5, ak, ("ak", ri, bi, "ak"), center=True)
            r += 1
        if r - 1 > top:
            sh.merge(top, 1, r - 1, 1)
            sh.merge(top, 2, r - 1, 2)
    signature(sh, m, r + 1, 5, f"4 Januari {m['year']}")


def manual_values(m: dict, rk: dict, iki: dict) -> dict[str, str | None]:
    kind = iki["kind"]
    formula = (
        "Realisasi dibagi target dikali 100 %"
        if kind == "persen"
        else f"Jumlah {iki['sat']} yang tercapai sampai akhir tahun"
    )
    return {
        "RENCANA KINERJA": rk.get("manual_rk", rk["text"]),
        "DESKRIPSI RENCANA KINERJA": f"Hasil yang ingin dicapai dinas: {rk['text'].lower()}.",
        "INDIKATOR KINERJA INDIVIDU": iki["text"],
        "DEFINISI IKI": f"{iki['text']} selama tahun {m['year']} menurut data unit kerja.",
        "FORMULA": None if iki.get("no_formula") else formula,
        "TUJUAN": "Mengukur keberhasilan rencana kinerja pimpinan unit kerja.",
        "SATUAN PENGUKURAN": iki["sat"],
        "JENIS ASPEK TARGET": "Kuantitas",
        "TINGKAT KENDALI IKI": "Moderate",
        "SUMBER DATA": rk["pantau"][1] or "Laporan unit kerja",
        "PERIODE PELAPORAN": "Triwulanan",
    }


def write_manual(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet("Manual IKI")
    sh = Sheet(ws, cells)
    for c, w in enumerate([6, 30, 60], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA INDIVIDU", bold=True, center=True, box=False)
    sh.merge(1, 1, 1, 3)
    r = 3
    n = 0
    for ri, rk in enumerate(m["rks"]):
        if rk["kt"]:
            continue
        for ii, iki in enumerate(rk["ikis"]):
            n += 1
            vals = manual_values(m, rk, iki)
            top = r
            for lab in bank.MANUAL_LABELS:
                sh.put(r, 1, n if r == top else None, center=True)
                sh.put(r, 2, lab, bold=True)
                sh.put(r, 3, vals[lab], ("manual", ri, ii, lab))
                r += 1
            sh.merge(top, 1, r - 1, 1)
            r += 1


def write_workbook(m: dict, var: set[str], path: Path) -> dict:
    wb = Workbook()
    cells: dict = {}
    write_plan(wb, m, var, cells)
    if m["penilaian"]:
        write_penilaian(wb, m, var, cells)
    if m["jenis"] == "jf" and m["ak_sheet"]:
        write_ak(wb, m, cells)
    if m["jenis"] == "jpt":
        write_manual(wb, m, cells)
    wb.save(path)
    return cells


# ------------------------------------------------------------------ manifest
def entry(m: dict, at: dict, cells: dict) -> tuple[dict, list[dict]]:
    code = at["code"]
    sev = DEFECTS[code][0]
    boleh = list(at["boleh"])
    if at["key"] is None:
        return {"code": code, "severity": sev, "sheet": None, "cell": None, "alt_cells": []}, boleh
    where = cells[at["key"]]
    sheet, cell = where[0]
    alts = [{"sheet": s, "cell": c} for s, c in where[1:]]
    for k in at["alt"]:
        alts += [{"sheet": s, "cell": c} for s, c in cells.get(k, [])]
    for s, c in where[1:]:
        boleh.append({"code": code, "sheet": s, "cell": c})
    for k in at["alt"]:
        if k[0] == "ttd":
            for s, c in cells.get(k, []):
                boleh.append({"code": code, "sheet": s, "cell": c})
    if "boleh_row" in at:
        ri, ii, codes = at["boleh_row"]
        row = "".join(ch for ch in cell if ch.isdigit())
        for c in codes:
            boleh.append({"code": c, "sheet": sheet, "row": row})
    seen: list[dict] = []
    for a in alts:
        if a not in seen and a != {"sheet": sheet, "cell": cell}:
            seen.append(a)
    uniq: list[dict] = []
    for b in boleh:
        if b not in uniq:
            uniq.append(b)
    return {"code": code, "severity": sev, "sheet": sheet, "cell": cell, "alt_cells": seen}, uniq


def applicable(form: str, defects: list[tuple[str, str]]) -> list[str]:
    jenis = form.split("-")[0]
    opts = list(VARIATIONS)
    if jenis == "jpt":
        opts.remove("aspek_setelah_iki")
    return opts


def draw(rng: random.Random, options: list[str], used: dict[str, int], n: int, must: list[str]) -> list[str]:
    chosen: list[str] = []
    for v in must:
        chosen.append(v)
        used[v] += 1
    pool = [v for v in options if v not in chosen]
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
        codes = [c for c, _ in defects]
        must = []
        if NEEDS_SPLIT & set(codes):
            must = [min(sorted(SPLIT), key=lambda v: used[v])]
        n = rng.randint(2, 4)
        var = draw(rng, applicable(form, defects), used, n, must)
        m = build_model(form, role, penilaian, copy.deepcopy(ppl), rng)
        if penilaian:
            score(m, rng)
        ats = []
        for code, variant in defects:
            if code in PENILAIAN_CODES:
                ats.append(apply_penilaian_defect(m, code, variant))
            else:
                ats.append(apply_defect(m, code, variant))
        name = file_name(form, counters[form], penilaian, codes)
        cells = write_workbook(m, set(var), a.keluaran / name)
        ds, boleh = [], []
        for at in ats:
            d, b = entry(m, at, cells)
            ds.append(d)
            boleh += b
        if "target_triwulan" in var:
            for key, where in sorted(cells.items(), key=lambda kv: str(kv[0])):
                if key[0] == "iki" and isinstance(key[-1], str) and key[-1].startswith("tw"):
                    boleh += [{"sheet": s, "cell": c} for s, c in where]
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": var,
                "peran": role,
                "jabatan": bank.ROLES[role]["jabatan"],
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
