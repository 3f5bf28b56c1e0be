"""Generator of the held-out set ``nyata_cd``: end-of-year Penilaian SKP 2026 of the fictional Pemerintah
Kabupaten Danau Selasih (Bapperida, Dinas PUPR, Disdukcapil, BPKAD) for all six forms, filled the way
agencies fill it: perspektif merged down, realisasi as text (``98 %``, ``12 dokumen``, ``Desember``),
capaian as percent text or a percent-formatted fraction, an extra BUKTI DUKUNG / KETERANGAN / SUMBER DATA
column, a NILAI PERILAKU KERJA block below or beside the table, NILAI KINERJA and PREDIKAT lines, a
CATATAN/REKOMENDASI box, a dated signature, the Penilaian alone or with the Rencana, realisasi for Kinerja
Tambahan, nilai written with a comma decimal, subtotal rows. Deterministic (fixed seed), openpyxl only.

Each workbook is first a content model (identity, plan, realisasi drawn for a performance profile); every
capaian, kategori and nilai is computed from SPEC §6 with exact fractions (capaian rounded half-up to a whole
percent, nilai to two decimals, and only draws where every written number is also what the written numbers
above it give); the defects are written into the model; then the model is laid out. Every cell written for a
place of the model is recorded under its key, so the cell of each inserted defect is known exactly.

Usage: ``python benchmarks/nyata_cd/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import shutil
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261231
SET_NAME = "nyata_cd"

VARIATIONS = [
    "penilaian_saja",  # the Penilaian sheet alone in its workbook (no Rencana, Manual or Keterkaitan sheet)
    "perspektif_gabung",  # JPT pengembangan: PERSPEKTIF merged down over the RK of one perspektif
    "realisasi_teks",  # realisasi as text with its satuan: 98 %, 12 dokumen, Desember, Rp 189.000.000.000
    "capaian_persen_teks",  # capaian as text 98 % / 98%
    "capaian_pecahan",  # capaian as a fraction 0,98 in a cell formatted 0%
    "kolom_bukti",  # an extra BUKTI DUKUNG / KETERANGAN / SUMBER DATA column right of the table
    "perilaku_bawah",  # NILAI PERILAKU KERJA block (five aspects of §3.9) below the table
    "perilaku_samping",  # the same block beside the table
    "nilai_kinerja_predikat",  # NILAI SKP, NILAI PERILAKU KERJA, NILAI KINERJA and PREDIKAT KINERJA lines
    "catatan_rekomendasi",  # a CATATAN/REKOMENDASI box
    "ttd_tanggal",  # a signature block with place and date under the Penilaian
    "realisasi_tambahan",  # a Kinerja Tambahan item with its realisasi, scored (SPEC §6.3)
    "desimal_koma",  # nilai written as text with a comma decimal: 107,5 / 111,11
    "nilai_iki_jajf",  # JA/JF: a NILAI CAPAIAN IKI column per IKI (SPEC §3.8)
    "kategori_sebagian",  # JA/JF pengembangan: only CUKUP and SANGAT BAIK, TARGET standing for BAIK
    "baris_subtotal",  # JUMLAH NILAI TERTIMBANG KINERJA UTAMA / TAMBAHAN rows before NILAI AKHIR SKP
]
EXCLUSIVE = [{"capaian_persen_teks", "capaian_pecahan"}, {"perilaku_bawah", "perilaku_samping"}]
ONLY = {
    "perspektif_gabung": {"jpt-pengembangan"},
    "kategori_sebagian": {"ja-pengembangan", "jf-pengembangan"},
    "nilai_iki_jajf": {"ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan"},
}

MAX_FILES = {"perspektif_gabung": 6, "penilaian_saja": 9}  # keep files without them in every form

DEFECTS = {  # code → (severity, scope)
    "capaian-tidak-sesuai": ("error", "penilaian"),
    "realisasi-kosong": ("error", "penilaian"),
    "target-penilaian-berbeda": ("error", "penilaian"),
    "predikat-tidak-sesuai": ("error", "penilaian"),
    "nip-tidak-valid": ("error", "kop"),
    "identitas-kosong": ("error", "kop"),
    "rk-atasan-kosong": ("error", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "kategori-tidak-membedakan": ("error", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "manual-iki-kosong": ("error", "rencana"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
}
WITHOUT_CELL = {"keterkaitan-ak-hilang"}
PENILAIAN_CODES = {c for c, (_, scope) in DEFECTS.items() if scope == "penilaian"}
NEED_PLAN = {"target-penilaian-berbeda", "cara-memantau-kosong", "manual-iki-kosong", "keterkaitan-ak-hilang"}
NEED_PLAN |= {"angka-kredit-tidak-valid"}
KATEGORI_CODES = ["kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"]

# (form, role, profile, defects [(code, variant)], forced variations, variations never drawn)
PLAN: list[tuple[str, str, str, list[tuple[str, str]], set[str], set[str]]] = [
    ("ja-dasar", "kabid_bina_marga", "sedang", [], set(), set()),
    ("ja-dasar", "kasubbag_umum", "tinggi", [], set(), set()),
    ("ja-dasar", "pengolah_data", "rendah", [], {"nilai_kinerja_predikat"}, set()),
    ("ja-dasar", "sekretaris_bapperida", "sedang", [("capaian-tidak-sesuai", "khusus_normal")], set(), set()),
    (
        "ja-dasar",
        "pengelola_keuangan",
        "sedang",
        [("realisasi-kosong", "strip"), ("rk-atasan-kosong", "")],
        set(),
        set(),
    ),
    (
        "ja-dasar",
        "kabid_anggaran",
        "tinggi",
        [("target-penilaian-berbeda", ""), ("target-tanpa-satuan", "")],
        set(),
        set(),
    ),
    ("ja-pengembangan", "kabid_pendaftaran", "tinggi", [], set(), set()),
    ("ja-pengembangan", "kasubbid_anggaran", "sedang", [], set(), set()),
    ("ja-pengembangan", "sekretaris_bapperida", "sedang", [], set(), set()),
    ("ja-pengembangan", "kabid_bina_marga", "rendah", [], set(), set()),
    (
        "ja-pengembangan",
        "pengolah_data",
        "sedang",
        [("capaian-tidak-sesuai", "kategori_iki_salah")],
        set(),
        set(),
    ),
    ("ja-pengembangan", "pengelola_keuangan", "sedang", [("kategori-tidak-membedakan", "")], set(), set()),
    (
        "ja-pengembangan",
        "kabid_anggaran",
        "tinggi",
        [("capaian-tidak-sesuai", "nilai_rk_salah"), ("nip-tidak-valid", "bulan13")],
        set(),
        set(),
    ),
    (
        "ja-pengembangan",
        "kasubbag_umum",
        "rendah",
        [("predikat-tidak-sesuai", "baik_untuk_butuh")],
        set(),
        set(),
    ),
    (
        "ja-pengembangan",
        "kabid_pendaftaran",
        "sedang",
        [("cara-memantau-kosong", ""), ("capaian-tidak-sesuai", "kategori_rk_salah")],
        set(),
        set(),
    ),
    ("jf-dasar", "perencana", "tinggi", [], set(), set()),
    ("jf-dasar", "arsiparis", "sedang", [], set(), set()),
    ("jf-dasar", "pranata_komputer", "rendah", [], set(), set()),
    ("jf-dasar", "teknik_jalan", "sedang", [("capaian-tidak-sesuai", "rentang_salah")], set(), set()),
    (
        "jf-dasar",
        "adm_database",
        "sedang",
        [("keterkaitan-ak-hilang", ""), ("realisasi-kosong", "kosong")],
        set(),
        set(),
    ),
    ("jf-dasar", "analis_keuangan", "tinggi", [("capaian-tidak-sesuai", "tertimbang_salah")], set(), set()),
    ("jf-pengembangan", "analis_keuangan", "sedang", [], set(), set()),
    ("jf-pengembangan", "adm_database", "tinggi", [], set(), set()),
    ("jf-pengembangan", "penata_ruang", "sedang", [], set(), set()),
    ("jf-pengembangan", "perencana", "rendah", [], set(), set()),
    ("jf-pengembangan", "pranata_komputer", "sedang", [("realisasi-kosong", "kosong")], set(), set()),
    ("jf-pengembangan", "teknik_jalan", "tinggi", [("capaian-tidak-sesuai", "capaian_salah")], set(), set()),
    (
        "jf-pengembangan",
        "arsiparis",
        "sedang",
        [("angka-kredit-tidak-valid", "-"), ("capaian-tidak-sesuai", "nilai_akhir_salah")],
        set(),
        set(),
    ),
    ("jf-pengembangan", "penata_ruang", "tinggi", [("target-penilaian-berbeda", "")], set(), set()),
    ("jpt-dasar", "kepala_bapperida", "sedang", [], set(), set()),
    ("jpt-dasar", "kadis_pupr", "tinggi", [], set(), set()),
    ("jpt-dasar", "kadis_dukcapil", "rendah", [], set(), set()),
    ("jpt-dasar", "kepala_bpkad", "sedang", [], set(), set()),
    ("jpt-dasar", "kadis_dukcapil", "tinggi", [("capaian-tidak-sesuai", "nilai_iki_salah")], set(), set()),
    (
        "jpt-dasar",
        "kepala_bapperida",
        "sedang",
        [("capaian-tidak-sesuai", "nilai_akhir_tanpa_kt")],
        set(),
        set(),
    ),
    (
        "jpt-dasar",
        "kadis_pupr",
        "tinggi",
        [("manual-iki-kosong", ""), ("predikat-tidak-sesuai", "sb_tanpa_ide")],
        set(),
        set(),
    ),
    ("jpt-pengembangan", "kepala_bpkad", "tinggi", [], set(), {"perspektif_gabung"}),
    ("jpt-pengembangan", "kadis_dukcapil", "sedang", [], set(), set()),
    ("jpt-pengembangan", "kadis_pupr", "sedang", [], set(), {"perspektif_gabung"}),
    ("jpt-pengembangan", "kepala_bapperida", "tinggi", [], set(), set()),
    ("jpt-pengembangan", "kepala_bpkad", "rendah", [], set(), set()),
    ("jpt-pengembangan", "kadis_pupr", "sedang", [("perspektif-tidak-valid", "Keuangan")], set(), set()),
    (
        "jpt-pengembangan",
        "kepala_bapperida",
        "sedang",
        [("capaian-tidak-sesuai", "capaian_salah"), ("realisasi-kosong", "strip")],
        {"perspektif_gabung"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "kadis_dukcapil",
        "tinggi",
        [("capaian-tidak-sesuai", "tertimbang_salah")],
        {"penilaian_saja"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "kepala_bpkad",
        "sedang",
        [("predikat-tidak-sesuai", "sangat_baik_rendah"), ("identitas-kosong", "jabatan_pegawai")],
        {"perspektif_gabung"},
        set(),
    ),
]

BULAN = [
    "",
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
]
BULAN += ["November", "Desember"]
LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
KATEGORI = {"sb": "Sangat Baik", "b": "Baik", "c": "Cukup", "k": "Kurang", "sk": "Sangat Kurang"}
FAKTOR = {"sb": 100, "b": 80, "c": 60, "k": 40, "sk": 20}  # SPEC §6.3, Kinerja Tambahan
BOBOT_TAMBAHAN = 10  # SPEC §6.3 default bobot lingkup [interpretation]
PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
PROFILE = {
    "tinggi": {"sb": 6, "b": 3, "c": 1},
    "sedang": {"sb": 3, "b": 4, "c": 3},
    "rendah": {"sb": 1, "b": 2, "c": 5, "k": 2},
}
PERILAKU_RANGE = {"tinggi": (104, 118), "sedang": (96, 110), "rendah": (78, 92)}
EDGES = (50, 70, 90, 110)

# ------------------------------------------------------------------------------------------------ numbers


def half_up(x: Fraction, nd: int = 0) -> Fraction:
    q = x * 10**nd
    return Fraction(math.floor(q + Fraction(1, 2)), 10**nd)


def r2(x: Fraction) -> Fraction:
    return half_up(x, 2)


def fmt(n: Fraction | int) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    n = Fraction(n)
    if n.denominator == 1:
        return f"{int(n):,}".replace(",", ".")
    whole = math.floor(n)
    dec = f"{float(n - whole):.2f}"[2:].rstrip("0")
    return f"{int(whole):,}".replace(",", ".") + "," + dec


def band(c: int) -> str:
    if c >= 101:
        return "sb"
    if c == 100:
        return "b"
    if c >= 80:
        return "c"
    if c >= 60:
        return "k"
    return "sk"


def nilai(c: int) -> Fraction:
    """SPEC §6.2 on the rounded capaian."""
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
    return Fraction(c, 59) * 49


def raw_ok(raw: Fraction) -> bool:
    """No capaian whose band or rounding depends on a reading (between bands, or near a half)."""
    if raw < 0:
        return False
    if not (raw == 100 or raw >= 101 or 80 <= raw <= 99 or 60 <= raw <= 79 or raw <= 59):
        return False
    frac = raw - math.floor(raw)
    return not (Fraction(45, 100) <= frac <= Fraction(55, 100))


def kat_from_nilai(x: Fraction) -> str:
    if x >= 110:
        return "sb"
    if x >= 90:
        return "b"
    if x >= 70:
        return "c"
    if x >= 50:
        return "k"
    return "sk"


def predikat(x: Fraction, ide: bool) -> str:
    if x >= 110:
        return "Sangat Baik" if ide else "Baik"
    if x >= 90:
        return "Baik"
    if x >= 70:
        return "Butuh Perbaikan"
    if x >= 50:
        return "Kurang"
    return "Sangat Kurang"


def pband(x: Fraction) -> str:
    return "sb" if x >= 110 else "b" if x >= 90 else "bp" if x >= 70 else "k" if x >= 50 else "sk"


def far_from_edges(x: Fraction) -> bool:
    return all(abs(x - e) >= Fraction(1, 2) for e in EDGES)


# ------------------------------------------------------------------------------------------------ model


def spaced(d: str) -> str:
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}" if len(d) == 18 else d


def target_text(ik: dict, t: Any = None) -> str:
    t = ik["T"] if t is None else t
    if ik["kind"] == "r":
        return f"{fmt(t[0])} - {fmt(t[1])} %"
    if ik["kind"] == "rp":
        return f"Rp {fmt(t)}"
    if ik["sat"] == "%":
        return f"{fmt(t)} %"
    return f"{fmt(t)} {ik['sat']}"


def unit(ik: dict) -> str:
    return " %" if ik["sat"] == "%" else f" {ik['sat']}"


def level_ranges(ik: dict) -> dict[str, tuple[int | None, int | None]]:
    """Integer realisasi bounds of each kategori level (JA/JF Model Pengembangan), from the percentage
    bands of SPEC §6.2: CUKUP 80–99 %, KURANG 60–79 %, SANGAT KURANG below."""
    t = int(ik["T"])
    if ik["kind"] == "w":
        c_hi, k_hi = math.floor(Fraction(6, 5) * t), math.floor(Fraction(7, 5) * t)
        return {
            "sb": (None, t - 1),
            "b": (t, t),
            "c": (t + 1, c_hi),
            "k": (c_hi + 1, k_hi),
            "sk": (k_hi + 1, None),
        }
    c_lo, k_lo = math.ceil(Fraction(4, 5) * t), math.ceil(Fraction(3, 5) * t)
    return {
        "sk": (None, k_lo - 1),
        "k": (k_lo, c_lo - 1),
        "c": (c_lo, t - 1),
        "b": (t, t),
        "sb": (t + 1, None),
    }


def level_texts(ik: dict) -> dict[str, str | None]:
    u = unit(ik)
    out: dict[str, str | None] = {}
    for lv, (lo, hi) in level_ranges(ik).items():
        if lv == "b":
            out[lv] = ik["target"]
        elif lo is None:
            out[lv] = f"< {fmt(hi + 1)}{u}"
        elif hi is None:
            out[lv] = f"> {fmt(lo - 1)}{u}"
        elif lo > hi:
            out[lv] = None
        elif lo == hi:
            out[lv] = f"{fmt(lo)}{u}"
        else:
            out[lv] = f"{fmt(lo)} - {fmt(hi)}{u}"
    return out


def level_of(ik: dict, r: Fraction) -> str | None:
    for lv, (lo, hi) in level_ranges(ik).items():
        if (lo is None or r >= lo) and (hi is None or r <= hi):
            return lv
    return None


def raw_capaian(ik: dict, r: Fraction, t: Any) -> Fraction:
    if ik["kind"] == "w":
        return (2 - Fraction(r) / t) * 100
    if ik["kind"] == "r":
        lo, hi = t
        if lo <= r <= hi:
            return Fraction(100)
        return Fraction(r) / (hi if r > hi else lo) * 100
    return Fraction(r) / t * 100


def candidates(ik: dict, t: Any) -> list[Fraction]:
    kind = ik["kind"]
    if kind == "r":
        return [Fraction(x) for x in range(40, 101)]
    if kind == "w":
        return [Fraction(x) for x in range(1, 2 * int(t) + 1)]
    t = Fraction(t)
    if ik["sat"] == "%" and t.denominator == 1:
        return [Fraction(x) for x in range(0, 101)]
    if t.denominator == 1 and t <= 300:
        return [Fraction(x) for x in range(0, 2 * int(t) + 1)]
    out = []
    for k in range(40, 131):
        r = t * k / 100
        if (r * 100).denominator == 1 and (t > 300 and r.denominator == 1 or t <= 300):
            out.append(r)
    return out


def build_model(form: str, role: str, profile: str, var: set[str]) -> dict:
    jenis, model = form.split("-")
    P = bank.PEOPLE
    peg, pen = P[role], P[P[role]["penilai"]]
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "var": var,
        "role": role,
        "profile": profile,
        "agency": peg["agency"],
        "people": {"peg": dict(peg), "pen": dict(pen)},
        "plan_sheet": "penilaian_saja" not in var,
        "subset": "kategori_sebagian" in var,
        "ak_sheet": jenis == "jf" and "penilaian_saja" not in var,
        "manual_sheet": jenis == "jpt" and "penilaian_saja" not in var,
        "periode": "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026",
    }
    rks = []
    if jenis == "jpt":
        src = bank.JPT_RK[role] if model == "pengembangan" else bank.JPT_RK[role][:4]
        for persp, text, ikis in src:
            items = []
            for it, kind, t, sat in ikis:
                T = (Fraction(t[0]), Fraction(t[1])) if kind == "r" else Fraction(str(t).replace(",", "."))
                ik = {"aspek": None, "text": it, "kind": kind, "T": T, "sat": sat}
                ik["target"] = target_text(ik)
                ik["manual"] = bank.manual(text, it, sat, kind)
                items.append(ik)
            rks.append(
                {
                    "section": "ku",
                    "persp": persp if model == "pengembangan" else None,
                    "text": text,
                    "atasan": None,
                    "cara": None,
                    "butir": [],
                    "iki": items,
                }
            )
        if "realisasi_tambahan" in var:
            text, it, t, sat = bank.KT_JPT[len(role) % 2]
            ik = {"aspek": None, "text": it, "kind": "n", "T": Fraction(t), "sat": sat}
            ik["target"] = target_text(ik)
            rks.append(
                {
                    "section": "kt",
                    "persp": None,
                    "text": text,
                    "atasan": None,
                    "cara": None,
                    "butir": [],
                    "iki": [ik],
                }
            )
    else:
        pr = peg["penilai"]
        for text, idx, ikis, cara, butir in bank.RK[role]:
            atasan = bank.JPT_RK[pr][idx][1] if P[pr]["jenis"] == "jpt" else bank.RK[pr][idx][0]
            items = []
            for aspek, it, kind, t, sat in ikis:
                if kind == "r" and model == "pengembangan":
                    kind, t = "n", t[1]
                T = (Fraction(t[0]), Fraction(t[1])) if kind == "r" else Fraction(t)
                ik = {"aspek": aspek, "text": it, "kind": kind, "T": T, "sat": sat}
                ik["target"] = target_text(ik)
                items.append(ik)
            rks.append(
                {
                    "section": "ku",
                    "persp": None,
                    "text": text,
                    "atasan": atasan,
                    "cara": list(cara) if model == "pengembangan" else None,
                    "butir": [list(b) for b in butir],
                    "iki": items,
                }
            )
        if "realisasi_tambahan" in var:
            text, aspek, it, t, sat, cara = bank.KT_JAJF[len(role) % 2]
            ik = {"aspek": aspek, "text": it, "kind": "n", "T": Fraction(t), "sat": sat}
            ik["target"] = target_text(ik)
            rks.append(
                {
                    "section": "kt",
                    "persp": None,
                    "text": text,
                    "atasan": None,
                    "cara": list(cara) if model == "pengembangan" else None,
                    "butir": [],
                    "iki": [ik],
                }
            )
    for rk in rks:
        for ik in rk["iki"]:
            ik["Tpen"] = ik["T"]
            ik["pen_target"] = ik["target"]
            ik["lv"] = level_texts(ik) if model == "pengembangan" and jenis != "jpt" else None
            ik["r"] = None
            ik["missing"] = None  # None, "kosong" or "strip"
    m["rk"] = rks
    return m


# ------------------------------------------------------------------------------------------------ scoring


def compute(m: dict, over: dict | None = None) -> tuple[dict, bool]:
    """Every written number of the Penilaian (SPEC §6), each from the written numbers it rests on; ``ok`` is
    False when one of them differs from the same number computed without rounding in between."""
    over = over or {}
    v: dict[tuple, Any] = {}
    ok = True
    ku = [i for i, rk in enumerate(m["rk"]) if rk["section"] == "ku"]
    n = len(ku)
    sums = {"ku": [Fraction(0), Fraction(0)], "kt": [Fraction(0), Fraction(0)]}  # exact, written
    for ri, rk in enumerate(m["rk"]):
        exact, written, bands = [], [], []
        for ii, ik in enumerate(rk["iki"]):
            if ik["missing"]:
                for k in ("real", "cap", "kat", "nilai"):
                    v[(k, ri, ii)] = None
                continue
            raw = raw_capaian(ik, ik["r"], ik["Tpen"])
            c = int(half_up(raw))
            c = over.get(("cap", ri, ii), c)
            ne = nilai(c)
            v[("real", ri, ii)] = ik["r"]
            v[("cap", ri, ii)] = c
            v[("kat", ri, ii)] = KATEGORI[band(c)]
            v[("nilai", ri, ii)] = r2(ne)
            exact.append(ne)
            written.append(r2(ne))
            bands.append(band(c))
        if not exact:
            for k in ("katrk", "nilairk", "tert"):
                v[(k, ri)] = None
            continue
        rk_exact = sum(exact) / len(exact)
        rk_w = r2(rk_exact)
        ok &= r2(sum(written) / len(written)) == rk_w
        kb = bands[0] if len(set(bands)) == 1 else kat_from_nilai(rk_exact)
        v[("katrk", ri)] = KATEGORI[kb]
        v[("nilairk", ri)] = rk_w
        if rk["section"] == "ku":
            te, tw = rk_exact / n, r2(rk_exact / n)
            ok &= r2(rk_w / n) == tw
        else:
            f = Fraction(FAKTOR[kb] * BOBOT_TAMBAHAN, 100)
            te, tw = f * rk_exact / 100, r2(f * rk_exact / 100)
            ok &= r2(f * rk_w / 100) == tw
        v[("tert", ri)] = tw
        sums[rk["section"]][0] += te
        sums[rk["section"]][1] += tw
    for sec in ("ku", "kt"):
        v[(f"sub_{sec}",)] = r2(sums[sec][0])
        ok &= r2(sums[sec][1]) == v[(f"sub_{sec}",)]
    akhir_e = min(Fraction(120), sums["ku"][0] + min(Fraction(10), sums["kt"][0]))
    v[("akhir",)] = r2(akhir_e)
    ok &= r2(min(Fraction(120), v[("sub_ku",)] + min(Fraction(10), v[("sub_kt",)]))) == v[("akhir",)]
    ok &= sums["kt"][0] < 10 and sums["ku"][0] + sums["kt"][0] <= 119
    p = m["perilaku"]
    v[("perilaku",)] = r2(Fraction(sum(p), len(p)))
    v[("nk",)] = r2(Fraction(7, 10) * v[("akhir",)] + Fraction(3, 10) * v[("perilaku",)])
    m["ide"] = v[("nk",)] >= 110
    v[("predikat",)] = predikat(v[("nk",)], m["ide"])
    return v, ok


def weighted(rng: random.Random, items: list, weights: list) -> Any:
    return rng.choices(items, weights=weights, k=1)[0]


def fits(ik: dict, r: Fraction, want: str, levels: bool, subset: bool) -> bool:
    """A realisasi whose capaian, kategori and nilai do not depend on a reading: a whole capaian (its
    rounding, SPEC §6.2 [interpretation], changes nothing) or one above 110,5 % (Sangat Baik, 120 either
    way); in Model Pengembangan the standar kinerja column holding it is the same level."""
    raw = raw_capaian(ik, r, ik["Tpen"])
    if not raw_ok(raw) or not (raw.denominator == 1 or raw > Fraction(221, 2)):
        return False
    if band(int(half_up(raw))) != want or (levels and level_of(ik, r) != want):
        return False
    return not (subset and want not in ("c", "b", "sb"))


def can_be(m: dict, rk: dict, want: str) -> bool:
    pev = m["jenis"] != "jpt" and m["model"] == "pengembangan"
    return all(
        any(fits(ik, r, want, pev, m["subset"]) for r in candidates(ik, ik["Tpen"])) for ik in rk["iki"]
    )


def draw(m: dict, rng: random.Random, force: dict, restrict: dict, need) -> dict:
    """Draw the realisasi (and perilaku scores) until every written number is unambiguous and the file's
    own requirements hold; returns the computed numbers."""
    prof = PROFILE[m["profile"]]
    pev = m["jenis"] != "jpt" and m["model"] == "pengembangan"
    for _ in range(5000):
        good, bands = True, {}
        for ri, rk in enumerate(m["rk"]):
            if ri in force:
                want = force[ri]
            elif rk["section"] == "kt":
                want = weighted(rng, ["b", "c"], [7, 3])
            else:
                want = weighted(rng, list(prof), list(prof.values()))
            bands[ri] = want
            for ii, ik in enumerate(rk["iki"]):
                cands = []
                for r in candidates(ik, ik["Tpen"]):
                    raw = raw_capaian(ik, r, ik["Tpen"])
                    if not fits(ik, r, want, pev and (ri, ii) not in m["skip_level"], m["subset"]):
                        continue
                    if raw > 125:
                        continue
                    if (ri, ii) in restrict and not restrict[(ri, ii)](r):
                        continue
                    cands.append((r, 1))
                if not cands:
                    good = False
                    break
                ik["r"] = weighted(rng, [c[0] for c in cands], [c[1] for c in cands])
            if not good:
                break
        if not good:
            continue
        if not any(b in ("b", "sb") for ri, b in bands.items() if m["rk"][ri]["section"] == "ku"):
            continue  # even a weak year has one RK at target
        lo, hi = m.get("profile_perilaku") or PERILAKU_RANGE[m["profile"]]
        m["perilaku"] = [rng.randint(lo, hi) for _ in PERILAKU]
        v, ok = compute(m)
        if not ok:
            continue
        if not (far_from_edges(v[("akhir",)]) and far_from_edges(v[("nk",)])):
            continue
        if pband(v[("akhir",)]) != pband(v[("nk",)]):
            continue
        if need and not need(v):
            continue
        return v
    raise RuntimeError(f"no draw for {m['form']} {m['role']}")


# ------------------------------------------------------------------------------------------------ defects


def plan_or_pen(m: dict, tail: tuple) -> tuple[tuple, list[tuple]]:
    """A defect written in both tables: the Rencana cell, or the Penilaian cell when the Penilaian is
    alone; the other as the alternative."""
    if m["plan_sheet"]:
        return ("plan",) + tail, [("pen",) + tail]
    return ("pen",) + tail, []


def first_with(m: dict, pred) -> tuple[int, int]:
    for ri, rk in enumerate(m["rk"]):
        if rk["section"] != "ku":
            continue
        for ii, ik in enumerate(rk["iki"]):
            if pred(rk, ik):
                return ri, ii
    raise KeyError(m["role"])


def prepare(m: dict, defects: list[tuple[str, str]]) -> tuple[dict, dict, Any]:
    """Draw constraints the defects need: bands forced on RK, restrictions on realisasi, a requirement on the
    totals."""
    m["skip_level"] = set()
    force: dict[int, str] = {}
    restrict: dict[tuple[int, int], Any] = {}
    needs = []
    ku = [i for i, rk in enumerate(m["rk"]) if rk["section"] == "ku"]
    for code, variant in defects:
        if variant == "khusus_normal":
            ri, ii = first_with(m, lambda rk, ik: ik["kind"] == "w")
            force[ri] = "sb"
            m["defect_at"] = (ri, ii)
        elif variant == "rentang_salah":
            ri, ii = first_with(m, lambda rk, ik: ik["kind"] == "r")
            force[ri] = "b"
            lo, hi = m["rk"][ri]["iki"][ii]["T"]
            restrict[(ri, ii)] = lambda r, lo=lo, hi=hi: (
                lo < r < hi and raw_ok(r / hi * 100) and r / hi <= 0.99
            )
            m["defect_at"] = (ri, ii)
        elif variant in ("kategori_iki_salah", "kategori_rk_salah", "nilai_rk_salah") or (
            code == "kategori-tidak-membedakan"
        ):
            ri = next(i for i in ku if can_be(m, m["rk"][i], "c"))
            force[ri] = "c"
            m["cukup_at"] = ri
        elif variant == "nilai_iki_salah":
            force[1] = "sb"
            restrict[(1, 0)] = lambda r, ik=m["rk"][1]["iki"][0]: (
                int(half_up(raw_capaian(ik, r, ik["T"]))) <= 110
            )
        elif code == "target-penilaian-berbeda":
            ri, ii = first_with(m, lambda rk, ik: ik["kind"] == "n" and ik["sat"] != "%" and ik["T"] >= 10)
            ik = m["rk"][ri]["iki"][ii]
            tp = ik["T"] - max(2, int(ik["T"]) // 6)
            ik["Tpen"], ik["pen_target"] = tp, target_text(ik, tp)
            force[ri] = "b"
            restrict[(ri, ii)] = lambda r, tp=tp: r == tp
            m["defect_at"] = (ri, ii)
            m["skip_level"].add((ri, ii))
        elif code == "realisasi-kosong":
            ri = next(i for i in ku if len(m["rk"][i]["iki"]) >= 2 and i != len(ku) - 1)
            m["missing_at"] = (ri, len(m["rk"][ri]["iki"]) - 1)
        elif variant == "baik_untuk_butuh":
            needs.append(
                lambda v: 72 <= v[("akhir",)] <= Fraction(885, 10) and 72 <= v[("nk",)] <= Fraction(885, 10)
            )
        elif variant == "sb_tanpa_ide":
            needs.append(lambda v: v[("akhir",)] >= Fraction(221, 2) and v[("nk",)] >= Fraction(221, 2))
            m["perilaku_boost"] = True
        elif variant == "sangat_baik_rendah":
            needs.append(lambda v: 92 <= v[("nk",)] <= 108)
        elif variant == "nilai_akhir_tanpa_kt":
            needs.append(lambda v: v[("sub_kt",)] > 0)
    if m.get("perilaku_boost"):
        m["profile_perilaku"] = (110, 120)
    return force, restrict, (lambda v: all(n(v) for n in needs)) if needs else None


def apply_penilaian(m: dict, code: str, variant: str, v: dict) -> tuple[dict, dict]:
    """Write a Penilaian defect into the written numbers; returns the written numbers and the defect."""
    w = dict(v)
    ku = [i for i, rk in enumerate(m["rk"]) if rk["section"] == "ku"]
    at: dict[str, Any] = {"code": code, "alt": [], "boleh": [], "diff": False}
    if variant == "capaian_salah":
        ri = ku[-1]
        c = v[("cap", ri, 0)]
        w[("cap", ri, 0)] = c - 9 if c >= 90 else c + 9
        at["key"] = ("pen", "cap", ri, 0)
    elif variant == "kategori_iki_salah":
        ri = m["cukup_at"]
        w[("kat", ri, 0)] = "Baik"
        at["key"] = ("pen", "kat", ri, 0)
    elif variant == "kategori_rk_salah":
        ri = m["cukup_at"]
        w[("katrk", ri)] = "Baik"
        at["key"] = ("pen", "katrk", ri)
    elif variant == "nilai_rk_salah":
        ri = m["cukup_at"]
        w[("nilairk", ri)] = Fraction(109)
        at["key"] = ("pen", "nilairk", ri)
    elif variant == "nilai_iki_salah":
        w[("nilai", 1, 0)] = Fraction(109)
        at["key"] = ("pen", "nilai", 1, 0)
    elif variant == "tertimbang_salah":
        ri = ku[1]
        w[("tert", ri)] = v[("nilairk", ri)]
        at["key"] = ("pen", "tert", ri)
    elif variant == "nilai_akhir_salah":
        a = v[("akhir",)]
        w[("akhir",)] = a + Fraction(31, 10) if a <= 116 else a - Fraction(31, 10)
        at["key"] = ("pen", "akhir")
    elif variant == "nilai_akhir_tanpa_kt":
        w[("akhir",)] = v[("sub_ku",)]
        at["key"] = ("pen", "akhir")
    elif variant in ("khusus_normal", "rentang_salah"):
        ri, ii = m["defect_at"]
        ik = m["rk"][ri]["iki"][ii]
        base = ik["T"] if variant == "khusus_normal" else ik["T"][1]
        wrong = int(half_up(Fraction(ik["r"]) / base * 100))
        w, _ = compute(m, {("cap", ri, ii): wrong})
        at["key"], at["diff"] = ("pen", "cap", ri, ii), True
    elif code == "realisasi-kosong":
        ri, ii = m["missing_at"]
        m["rk"][ri]["iki"][ii]["missing"] = variant
        w, _ = compute(m)
        at["key"], at["diff"] = ("pen", "real", ri, ii), True
        # SPEC does not say how an IKI without realisasi counts in its RK and in the totals
        keys = [("pen", k, ri) for k in ("katrk", "nilairk", "tert")]
        keys += [("pen", k) for k in ("sub_ku", "akhir", "nilai_skp", "nk")]
        at["boleh"] = [{"code": "capaian-tidak-sesuai", "cellkey": k} for k in keys]
        at["boleh"].append({"code": "predikat-tidak-sesuai", "cellkey": ("pen", "predikat")})
    elif code == "target-penilaian-berbeda":
        ri, ii = m["defect_at"]
        at["key"], at["alt"], at["diff"] = ("pen", "target", ri, ii), [("plan", "target", ri, ii)], True
        at["boleh"] = [{"code": c, "rowkey": ("pen", "target", ri, ii)} for c in KATEGORI_CODES]
    elif code == "predikat-tidak-sesuai":
        if variant == "baik_untuk_butuh":
            w[("predikat",)] = "Baik"
        elif variant == "sb_tanpa_ide":
            m["ide"] = False
            w[("predikat",)] = "Sangat Baik"
        else:
            w[("predikat",)] = "Sangat Baik"
        at["key"] = ("pen", "predikat")
    else:
        raise KeyError((code, variant))
    return w, at


def correct_for_target_change(m: dict) -> dict:
    """The numbers as they would be from the plan's target (for the ``boleh`` of target-penilaian-berbeda)."""
    mm = copy.deepcopy(m)
    for rk in mm["rk"]:
        for ik in rk["iki"]:
            ik["Tpen"] = ik["T"]
    v, _ = compute(mm)
    return v


def apply_plan(m: dict, code: str, variant: str) -> dict:
    """Write a defect outside the Penilaian numbers into the model."""
    rks = m["rk"]
    at: dict[str, Any] = {"code": code, "alt": [], "boleh": [], "diff": False}
    if code == "rk-atasan-kosong":
        rks[1]["atasan"] = None
        at["key"], at["alt"] = plan_or_pen(m, ("atasan", 1))
    elif code == "target-tanpa-satuan":
        ri, ii = first_with(
            m,
            lambda rk, ik: ik["kind"] == "n" and ik["sat"] != "%" and ik["Tpen"] == ik["T"] and ik["T"] >= 5,
        )
        ik = rks[ri]["iki"][ii]
        ik["target"] = ik["pen_target"] = fmt(ik["T"])
        ik["bare"] = True
        at["key"], at["alt"] = plan_or_pen(m, ("target", ri, ii))
    elif code == "kategori-tidak-membedakan":
        ri = m["cukup_at"]
        ik = rks[ri]["iki"][0]
        ik["lv"]["sb"] = ik["target"]
        at["key"], at["alt"] = plan_or_pen(m, ("lv", ri, 0, "sb"))
    elif code == "cara-memantau-kosong":
        rks[1]["cara"][2] = None
        at["key"] = ("plan", "waktu", 1)
    elif code == "perspektif-tidak-valid":
        ri = next(i for i, rk in enumerate(rks) if rk["persp"] == "Anggaran")
        rks[ri]["persp"] = variant
        at["key"], at["alt"] = plan_or_pen(m, ("persp", ri))
        at["boleh"] = [{"code": "perspektif-tidak-lengkap"}]
    elif code == "manual-iki-kosong":
        rks[2]["iki"][0]["manual"]["definisi"] = None
        at["key"], at["alt"] = ("manual", 2, 0, "definisi", "value"), [("manual", 2, 0, "definisi", "label")]
    elif code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        at["key"] = None
    elif code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = variant
        at["key"] = ("ak", 0, 0)
    elif code == "nip-tidak-valid":
        d = m["people"]["peg"]["nip"]
        m["people"]["peg"]["nip"] = d[:12] + "13" + d[14:]
        at["key"], at["alt"] = plan_or_pen(m, ("id", "peg", "nip"))
        at["alt"] += [("ak", "id", "peg", "nip")]
        at["boleh"] = [{"code": code}]
    elif code == "identitas-kosong":
        m["people"]["peg"]["jabatan"] = None
        at["key"], at["alt"] = plan_or_pen(m, ("id", "peg", "jabatan"))
        at["alt"] += [("plan", "id", "peg", "jabatan", "label"), ("pen", "id", "peg", "jabatan", "label")]
        at["boleh"] = [{"code": code}]
    else:
        raise KeyError((code, variant))
    return at


# ------------------------------------------------------------------------------------------------ layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = PatternFill("solid", fgColor="FCE4D6")


class Sheet:
    def __init__(self, ws, kind: str, cells: dict) -> None:
        self.ws, self.kind, self.cells = ws, kind, cells

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        key: tuple | None = None,
        bold: bool = False,
        center: bool = False,
        box: bool = False,
        fill: bool = False,
        fmt_: str | None = None,
    ) -> None:
        cell = self.ws.cell(row=r, column=c)
        cell.value = v
        cell.alignment = CENTER if center else WRAP
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        if fill:
            cell.fill = FILL
        if fmt_:
            cell.number_format = fmt_
        if key is not None:
            self.cells[key] = (self.ws.title, cell.coordinate)

    def merge(self, r1: int, c1: int, r2: int, c2: int, box: bool = True) -> None:
        if box:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


SHEET = {"plan": "SKP 2026", "pen": "Penilaian SKP", "ak": "Keterkaitan AK", "manual": "Manual IKI"}


def agency_line(m: dict) -> str:
    return f"{bank.AGENCY[m['agency']].upper()} KABUPATEN {bank.KAB.upper()}"


def pangkat_text(p: dict) -> str:
    return "-" if p["nip"] is None else f"{bank.PANGKAT[p['gol']]}, {p['gol']}"


def identity_rows(p: dict) -> list[tuple[str, str, Any]]:
    bupati = p["nip"] is None
    return [
        ("nama", "NAMA", p["nama"]),
        ("nip", "NIP", "-" if bupati else spaced(p["nip"])),
        ("pangkat", "PANGKAT/GOL RUANG", pangkat_text(p)),
        ("jabatan", "JABATAN", p["jabatan"]),
        (
            "unit",
            "INSTANSI" if bupati else "UNIT KERJA",
            f"Pemerintah Kabupaten {bank.KAB}" if bupati else p["unit"],
        ),
    ]


def kop(sh: Sheet, m: dict, title: str, last: int) -> int:
    for r, (text, key) in enumerate(((title, None), (agency_line(m), None), (m["periode"], ("periode",))), 1):
        sh.put(r, 2, text, (sh.kind,) + key if key else None, bold=True, center=True)
        sh.merge(r, 2, r, last, box=False)
    r = 5
    mid = 2 + max(4, (last - 1) // 2)
    end = max(last, mid + 3)
    for who, c0, c1 in (("peg", 2, mid - 1), ("pen", mid, end)):
        head = "PEGAWAI YANG DINILAI" if who == "peg" else "PEJABAT PENILAI KINERJA"
        sh.put(r, c0, "NO", bold=True, center=True, box=True, fill=True)
        sh.put(r, c0 + 1, head, bold=True, box=True, fill=True)
        sh.merge(r, c0 + 1, r, c1)
        for i, (key, label, value) in enumerate(identity_rows(m["people"][who]), 1):
            k = (sh.kind, "id", who, key)
            sh.put(r + i, c0, i, center=True, box=True)
            sh.put(r + i, c0 + 1, label, k + ("label",), box=True)
            sh.put(r + i, c0 + 2, value, k, box=True)
            sh.merge(r + i, c0 + 2, r + i, c1)
    return r + 7


def signature(sh: Sheet, m: dict, r: int, left: int, right: int, date: str) -> int:
    sh.put(r, right, f"{bank.TEMPAT}, {date}")
    sh.put(r + 1, left, "Pegawai yang Dinilai,")
    sh.put(r + 1, right, "Pejabat Penilai Kinerja,")
    for who, col in (("peg", left), ("pen", right)):
        p = m["people"][who]
        sh.put(r + 5, col, p["nama"])
        sh.ws.cell(row=r + 5, column=col).font = Font(bold=True, underline="single")
        if p["nip"]:
            sh.put(r + 6, col, f"NIP. {spaced(p['nip'])}", (sh.kind, "ttd", who, "nip"))
    return r + 8


def level_cols(m: dict) -> list[str]:
    if m["jenis"] == "jpt" or m["model"] != "pengembangan":
        return []
    return ["c", "sb"] if m["subset"] else list(LEVELS)


def plan_columns(m: dict) -> list[str]:
    if m["jenis"] == "jpt":
        return (["persp"] if m["model"] == "pengembangan" else []) + ["no", "rk", "iki", "target"]
    cols = ["no", "atasan", "rk", "aspek", "iki", "target"] + level_cols(m)
    return cols + (["data", "sumber", "waktu"] if m["model"] == "pengembangan" else [])


def pen_columns(m: dict) -> list[str]:
    var = m["var"]
    if m["jenis"] == "jpt":
        cols = (["persp"] if m["model"] == "pengembangan" else []) + ["no", "rk", "iki", "target"]
        cols += ["real", "cap", "kat", "nilai", "tert"]
    else:
        cols = ["no", "atasan", "rk", "aspek", "iki", "target"] + level_cols(m) + ["real", "cap", "kat"]
        cols += (["nilai"] if "nilai_iki_jajf" in var else []) + ["katrk", "nilairk", "tert"]
    return cols + (["bukti"] if "kolom_bukti" in var else [])


HEAD = {
    "persp": "PERSPEKTIF",
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    "real": "REALISASI",
    "cap": "CAPAIAN IKI",
    "kat": "KATEGORI CAPAIAN IKI",
    "nilai": "NILAI CAPAIAN IKI",
    "katrk": "KATEGORI CAPAIAN RK",
    "nilairk": "NILAI CAPAIAN RK",
    "tert": "NILAI TERTIMBANG",
    **LEVEL_HEAD,
}
WIDTH = {"persp": 16, "no": 5, "atasan": 28, "rk": 30, "aspek": 11, "iki": 32, "target": 13, "data": 16}
WIDTH |= {"sumber": 16, "waktu": 13, "real": 13, "cap": 10, "kat": 12, "nilai": 10, "katrk": 12}
WIDTH |= {"nilairk": 10, "tert": 11, "bukti": 20} | {lv: 11 for lv in LEVELS}
PER_RK = {"no", "atasan", "rk", "persp", "data", "sumber", "waktu", "katrk", "nilairk", "tert"}


def nilai_cell(m: dict, x: Fraction | None) -> Any:
    if x is None:
        return None
    if "desimal_koma" in m["var"]:
        return fmt(x)
    return int(x) if x.denominator == 1 else float(x)


def real_cell(m: dict, ik: dict, r: Fraction) -> Any:
    if ik.get("bare") or "realisasi_teks" not in m["var"]:
        return int(r) if r.denominator == 1 else float(r)
    if ik["kind"] == "w" and ik["sat"] == "bulan" and r == ik["Tpen"] and r <= 12:
        return BULAN[int(r)]
    return target_text(ik, r) if ik["kind"] != "r" else f"{fmt(r)} %"


def value(
    m: dict, sh: Sheet, w: dict, col: str, rk: dict, ik: dict, ri: int, ii: int
) -> tuple[Any, str | None]:
    """The content of one cell of the plan or Penilaian table and its number format."""
    pen = sh.kind == "pen"
    if col == "no":
        return m["numbers"][ri], None
    if col in ("atasan", "rk", "persp"):
        return {"atasan": rk["atasan"], "rk": rk["text"], "persp": rk["persp"]}[col], None
    if col == "aspek":
        return ik["aspek"], None
    if col == "iki":
        return ik["text"], None
    if col == "target":
        return (ik["pen_target"] if pen else ik["target"]), None
    if col in LEVEL_HEAD:
        return ik["lv"][col], None
    if col in ("data", "sumber", "waktu"):
        return rk["cara"][("data", "sumber", "waktu").index(col)], None
    if col == "bukti":
        return m["bukti"][(ri + ii) % len(m["bukti"])], None
    strip = "-" if ik["missing"] == "strip" else None
    if col == "real":
        return (
            (strip, None)
            if ik["missing"]
            else (real_cell(m, ik, ik["r"]), "#,##0" if ik["r"] > 10**6 else None)
        )
    if col == "cap":
        c = w[("cap", ri, ii)]
        if c is None:
            return strip, None
        if "capaian_persen_teks" in m["var"]:
            return (f"{c} %" if m["pct_space"] else f"{c}%"), None
        if "capaian_pecahan" in m["var"]:
            return float(Fraction(c, 100)), "0%"
        return c, None
    if col == "kat":
        return (w[("kat", ri, ii)] or strip), None
    if col == "nilai":
        x = w[("nilai", ri, ii)]
        return (strip, None) if x is None else (nilai_cell(m, x), None)
    if col == "katrk":
        return w[("katrk", ri)], None
    return nilai_cell(m, w[(col, ri)]), None


def table(sh: Sheet, m: dict, w: dict | None, r: int, cols: list[str]) -> tuple[int, dict[str, int]]:
    col = {k: 2 + i for i, k in enumerate(cols)}
    last = 1 + len(cols)
    pen = sh.kind == "pen"
    lvs = [k for k in cols if k in LEVEL_HEAD]
    cara = [k for k in cols if k in ("data", "sumber", "waktu")]
    two = bool(lvs)
    bukti_head = m["bukti_head"]
    for k in cols:
        head = bukti_head if k == "bukti" else HEAD[k]
        if pen and k == "atasan":
            head = "RENCANA KINERJA ATASAN YANG DIINTERVENSI"
        if two and (k in lvs or k in cara):
            sh.put(r + 1, col[k], head, bold=True, center=True, box=True, fill=True)
        else:
            sh.put(r, col[k], head, bold=True, center=True, box=True, fill=True)
            if two:
                sh.merge(r, col[k], r + 1, col[k])
    if two:
        sh.put(
            r,
            col[lvs[0]],
            "STANDAR KINERJA" if pen else "KATEGORI PENILAIAN KINERJA",
            bold=True,
            center=True,
            box=True,
            fill=True,
        )
        sh.merge(r, col[lvs[0]], r, col[lvs[-1]])
        if cara:
            sh.put(r, col["data"], "CARA MEMANTAU KINERJA", bold=True, center=True, box=True, fill=True)
            sh.merge(r, col["data"], r, col["waktu"])
        r += 1
    r += 1
    gabung = "perspektif_gabung" in m["var"] and "persp" in col
    ku = [i for i, rk in enumerate(m["rk"]) if rk["section"] == "ku"]
    group = {}  # RK index → first RK index of its run of one perspektif (merged down)
    for i in ku:
        prev = group.get(i - 1)
        same = gabung and prev is not None and m["rk"][i - 1]["persp"] == m["rk"][i]["persp"]
        group[i] = prev if same else i
    rows_of: dict[int, tuple[int, int]] = {}
    for section, label in (("ku", "A. KINERJA UTAMA"), ("kt", "B. KINERJA TAMBAHAN")):
        sh.put(r, 2, label, bold=True, box=True)
        sh.merge(r, 2, r, last)
        r += 1
        rows = [i for i, rk in enumerate(m["rk"]) if rk["section"] == section]
        if not rows:
            for k in cols:
                sh.put(r, col[k], None, box=True)
            r += 1
        for ri in rows:
            rk = m["rk"][ri]
            top = r
            for ii, ik in enumerate(rk["iki"]):
                for k in cols:
                    if k in PER_RK and ii:
                        continue
                    if k == "persp" and group.get(ri, ri) != ri:
                        sh.cells[(sh.kind, "persp", ri)] = sh.cells[(sh.kind, "persp", group[ri])]
                        continue
                    v, nf = value(m, sh, w or {}, k, rk, ik, ri, ii)
                    key = (sh.kind, k, ri) if k in PER_RK else (sh.kind, k, ri, ii)
                    if k in LEVEL_HEAD:
                        key = (sh.kind, "lv", ri, ii, k)
                    sh.put(r, col[k], v, key, box=True, fmt_=nf, center=k in CENTERED or k in LEVEL_HEAD)
                r += 1
            rows_of[ri] = (top, r - 1)
            for k in cols:
                if k in PER_RK and not (k == "persp" and ri in group):
                    sh.merge(top, col[k], r - 1, col[k])
                elif k not in PER_RK:
                    for rr in range(top, r):
                        sh.ws.cell(row=rr, column=col[k]).border = BOX
        if section == "ku" and "persp" in col:
            for first in sorted(set(group.values())):
                members = [i for i in ku if group[i] == first]
                sh.merge(rows_of[first][0], col["persp"], rows_of[members[-1]][1], col["persp"])
        if pen and "baris_subtotal" in m["var"]:
            label = "JUMLAH NILAI TERTIMBANG KINERJA " + ("UTAMA" if section == "ku" else "TAMBAHAN")
            r = total_row(sh, m, r, col, last, label, w[(f"sub_{section}",)], (sh.kind, f"sub_{section}"))
    if pen:
        r = total_row(sh, m, r, col, last, "NILAI AKHIR SKP", w[("akhir",)], ("pen", "akhir"))
    return r, col


CENTERED = {"no", "aspek", "target", "real", "cap", "kat", "nilai", "katrk", "nilairk", "tert"}


def total_row(sh: Sheet, m: dict, r: int, col: dict, last: int, label: str, x: Fraction, key: tuple) -> int:
    sh.put(r, 2, label, bold=True, box=True)
    sh.merge(r, 2, r, col["tert"] - 1)
    sh.put(r, col["tert"], nilai_cell(m, x), key, bold=True, center=True, box=True)
    for c in range(col["tert"] + 1, last + 1):
        sh.put(r, c, None, box=True)
    return r + 1


def perilaku_block(sh: Sheet, m: dict, w: dict, r: int, c: int) -> int:
    sh.put(r, c, "NILAI PERILAKU KERJA", bold=True)
    sh.merge(r, c, r, c + 2, box=False)
    r += 1
    for i, h in enumerate(("NO", "ASPEK PERILAKU KERJA", "NILAI")):
        sh.put(r, c + i, h, bold=True, center=True, box=True, fill=True)
    r += 1
    for i, (label, score) in enumerate(zip(PERILAKU, m["perilaku"], strict=True), 1):
        sh.put(r, c, i, center=True, box=True)
        sh.put(r, c + 1, label, box=True)
        sh.put(r, c + 2, score, center=True, box=True)
        r += 1
    sh.put(r, c, "NILAI PERILAKU KERJA (RATA-RATA)", bold=True, box=True)
    sh.merge(r, c, r, c + 1)
    sh.put(
        r, c + 2, nilai_cell(m, w[("perilaku",)]), ("pen", "perilaku_blok"), bold=True, center=True, box=True
    )
    return r + 2


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.active
    ws.title = SHEET["plan"]
    sh = Sheet(ws, "plan", cells)
    cols = plan_columns(m)
    last = max(1 + len(cols), 8)
    setup_widths(ws, cols, last)
    r = kop(sh, m, "RENCANA SASARAN KINERJA PEGAWAI", last)
    r, col = table(sh, m, None, r, cols)
    signature(sh, m, r + 1, col["rk"], col["target"], "5 Januari 2026")


def setup_widths(ws, cols: list[str], last: int) -> None:
    ws.column_dimensions["A"].width = 2
    for c in range(2, last + 6):
        ws.column_dimensions[get_column_letter(c)].width = 14
    for i, k in enumerate(cols):
        ws.column_dimensions[get_column_letter(2 + i)].width = WIDTH[k]


def write_penilaian(wb: Workbook, m: dict, w: dict, cells: dict) -> None:
    ws = wb.create_sheet(SHEET["pen"]) if m["plan_sheet"] else wb.active
    ws.title = SHEET["pen"]
    sh = Sheet(ws, "pen", cells)
    var = m["var"]
    cols = pen_columns(m)
    last = 1 + len(cols)
    setup_widths(ws, cols, last)
    r = kop(sh, m, "PENILAIAN SASARAN KINERJA PEGAWAI", last)
    head_row = r
    r, col = table(sh, m, w, r, cols)
    r += 1
    if "perilaku_samping" in var:
        perilaku_block(sh, m, w, head_row, last + 2)
        ws.column_dimensions[get_column_letter(last + 3)].width = 26
    if "perilaku_bawah" in var:
        r = perilaku_block(sh, m, w, r, 3)
    if "nilai_kinerja_predikat" in var:
        lines = [
            ("NILAI SKP", nilai_cell(m, w[("akhir",)]), ("pen", "nilai_skp"), None),
            ("NILAI PERILAKU KERJA", nilai_cell(m, w[("perilaku",)]), ("pen", "perilaku"), None),
            (
                "NILAI KINERJA",
                nilai_cell(m, w[("nk",)]),
                ("pen", "nk"),
                "(70 % x Nilai SKP + 30 % x Nilai Perilaku Kerja)",
            ),
            ("PREDIKAT KINERJA", w[("predikat",)], ("pen", "predikat"), None),
        ]
        if m["ide"] or m.get("ide_tidak"):
            ide = f"Ada: {m['ide_text']}" if m["ide"] else "Tidak ada"
            lines.append(("IDE/GAGASAN BARU YANG BERMANFAAT BAGI ORGANISASI", ide, ("pen", "ide"), None))
        for label, val, key, note in lines:
            sh.put(r, 3, label, bold=True, box=True)
            sh.merge(r, 3, r, 5)
            sh.put(r, 6, val, key, bold=True, center=True, box=True)
            if note:
                sh.put(r, 7, note)
            r += 1
        r += 1
    if "catatan_rekomendasi" in var:
        sh.put(r, 3, "CATATAN/REKOMENDASI", bold=True)
        sh.put(r + 1, 3, m["catatan"])
        sh.merge(r + 1, 3, r + 3, min(last, 9))
        r += 5
    if "ttd_tanggal" in var:
        signature(sh, m, r, col["rk"], col["tert"] - 1, "12 Januari 2027")


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet(SHEET["ak"])
    sh = Sheet(ws, "ak", cells)
    last = 8
    setup_widths(ws, [], last)
    for c, wdt in zip(range(2, 7), (5, 32, 32, 18, 12), strict=True):
        ws.column_dimensions[get_column_letter(c)].width = wdt
    r = kop(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", last)
    sh.put(r, 2, "TANGGAL PENGAJUAN: 5 Januari 2026", bold=True)
    sh.merge(r, 2, r, 4, box=False)
    r += 2
    for i, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT")):
        sh.put(r, 2 + i, h, bold=True, center=True, box=True, fill=True)
    r += 1
    sh.put(r, 2, "KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 2, r, 6)
    r += 1
    n = 0
    for ri, rk in enumerate(m["rk"]):
        if rk["section"] != "ku" or not rk["butir"]:
            continue
        n += 1
        top = r
        sh.put(r, 2, n, center=True, box=True)
        sh.put(r, 3, rk["text"], ("ak", "rk", ri), box=True)
        for bi, (butir, output, ak) in enumerate(rk["butir"]):
            sh.put(r, 4, butir, box=True)
            sh.put(r, 5, output, box=True)
            sh.put(r, 6, ak, ("ak", ri, bi), center=True, box=True)
            r += 1
        sh.merge(top, 2, r - 1, 2)
        sh.merge(top, 3, r - 1, 3)


MANUAL_LABELS = [
    ("rencana", "RENCANA KINERJA"),
    ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("definisi", "DEFINISI IKI"),
    ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"),
    ("aspek", "JENIS ASPEK TARGET"),
    ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]


def write_manual(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet(SHEET["manual"])
    sh = Sheet(ws, "manual", cells)
    ws.column_dimensions["A"].width = 2
    for c, wdt in zip(range(2, 5), (30, 40, 30), strict=True):
        ws.column_dimensions[get_column_letter(c)].width = wdt
    sh.put(1, 2, "MANUAL INDIKATOR KINERJA", bold=True, center=True)
    sh.merge(1, 2, 1, 4, box=False)
    sh.put(2, 2, f"{m['people']['peg']['nama']} - {agency_line(m)}", center=True)
    sh.merge(2, 2, 2, 4, box=False)
    r = 4
    for ri, rk in enumerate(m["rk"]):
        if rk["section"] != "ku":
            continue
        for ii, ik in enumerate(rk["iki"]):
            for key, label in MANUAL_LABELS:
                sh.put(r, 2, label, ("manual", ri, ii, key, "label"), bold=True, box=True, fill=True)
                sh.put(r, 3, ik["manual"][key], ("manual", ri, ii, key, "value"), box=True)
                sh.merge(r, 3, r, 4)
                r += 1
            r += 1


def write_workbook(m: dict, w: dict, path: Path) -> dict:
    cells: dict = {}
    wb = Workbook()
    if m["plan_sheet"]:
        write_plan(wb, m, cells)
        if m["ak_sheet"]:
            write_ak(wb, m, cells)
        if m["manual_sheet"]:
            write_manual(wb, m, cells)
    write_penilaian(wb, m, w, cells)
    wb.save(path)
    return cells


# ------------------------------------------------------------------------------------------------ manifest

CHAINED = {"khusus_normal", "rentang_salah", "realisasi-kosong", "target-penilaian-berbeda"}
VALUE_KEYS = (
    "cap",
    "kat",
    "nilai",
    "katrk",
    "nilairk",
    "tert",
    "sub_ku",
    "sub_kt",
    "akhir",
    "nk",
    "predikat",
)


def entry(at: dict, cells: dict, v_ok: dict | None, w: dict, mains: set) -> tuple[dict | None, list[dict]]:
    main = cells.get(at["key"]) if at["key"] else None
    if at["key"] is not None and main is None:
        raise KeyError(at)
    alts, seen = [], {main}
    for k in at["alt"]:
        c = cells.get(k)
        if c and c not in seen:
            seen.add(c)
            alts.append({"sheet": c[0], "cell": c[1]})
    d = (
        None
        if at["code"] is None
        else {
            "code": at["code"],
            "severity": DEFECTS[at["code"]][0],
            "sheet": main[0] if main else None,
            "cell": main[1] if main else None,
            "alt_cells": alts,
        }
    )
    boleh: list[dict] = []
    for b in at["boleh"]:
        if "rowkey" in b:
            c = cells[b["rowkey"]]
            boleh.append(
                {"code": b["code"], "sheet": c[0], "row": "".join(ch for ch in c[1] if ch.isdigit())}
            )
        elif "cellkey" in b:
            c = cells.get(b["cellkey"])
            if c:
                boleh.append({"code": b["code"], "sheet": c[0], "cell": c[1]})
        else:  # the same code anywhere in the workbook
            boleh += [{"code": b["code"], "sheet": name} for name in sorted({c[0] for c in cells.values()})]
    if at["diff"] and v_ok is not None:
        # numbers that follow the defect (the agency's own chain from it): a reviewer names the first
        for k in w:
            if k[0] not in VALUE_KEYS or w[k] == v_ok.get(k):
                continue
            if ("pen",) + k in mains:
                continue
            code = "predikat-tidak-sesuai" if k[0] == "predikat" else "capaian-tidak-sesuai"
            for key in [("pen",) + k] + ([("pen", "nilai_skp")] if k[0] == "akhir" else []):
                c = cells.get(key)
                if c:
                    boleh.append({"code": code, "sheet": c[0], "cell": c[1]})
        for extra in (("pen", "predikat"),):
            c = cells.get(extra)
            if c:
                boleh.append({"code": "predikat-tidak-sesuai", "sheet": c[0], "cell": c[1]})
    return d, boleh


def draw_variations(
    rng: random.Random, form: str, used: dict[str, int], n: int, chosen: list[str], never: set[str]
) -> list[str]:
    pool = [
        v
        for v in VARIATIONS
        if v not in never and (v not in ONLY or form in ONLY[v]) and used[v] < MAX_FILES.get(v, len(PLAN))
    ]
    rng.shuffle(pool)
    added = 0
    while added < n and pool:
        pool.sort(key=lambda v: used[v])
        v = pool.pop(0)
        if v in chosen or any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
        added += 1
    if "nilai_kinerja_predikat" in chosen and not {"perilaku_bawah", "perilaku_samping"} & set(chosen):
        pick = min(("perilaku_bawah", "perilaku_samping"), key=lambda v: used[v])
        if pick not in never:
            chosen.append(pick)
    for v in chosen:
        used[v] += 1
    return sorted(chosen)


def forced_by_defects(defects: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
    forced, never = set(), set()
    for code, variant in defects:
        if code in NEED_PLAN:
            never.add("penilaian_saja")
        if code == "predikat-tidak-sesuai":
            forced.add("nilai_kinerja_predikat")
        if variant in ("nilai_akhir_salah", "nilai_akhir_tanpa_kt"):
            never.add("nilai_kinerja_predikat")
        if variant == "nilai_akhir_tanpa_kt":
            forced.add("realisasi_tambahan")
        if variant == "nilai_iki_salah" or code == "kategori-tidak-membedakan":
            never.add("kategori_sebagian")
    return forced, never


def file_name(form: str, n: int, codes: list[str]) -> str:
    return f"{form}-{n:02d}-penilaian2026-{'-'.join(codes) if codes else 'bersih'}.xlsx"


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
    for form, role, profile, defects, forced, never in PLAN:
        counters[form] = counters.get(form, 0) + 1
        f2, n2 = forced_by_defects(defects)
        chosen = sorted(forced | f2)
        var = draw_variations(rng, form, used, rng.randint(3, 5), chosen, never | n2)
        m = build_model(form, role, profile, set(var))
        m["pct_space"] = rng.random() < 0.5
        m["bukti_head"] = rng.choice(["BUKTI DUKUNG", "KETERANGAN", "SUMBER DATA"])
        m["bukti"] = rng.sample(bank.BUKTI, 3)
        m["catatan"] = rng.choice(bank.CATATAN)
        m["ide_text"] = rng.choice(bank.IDE)
        m["numbers"] = {}
        for sec in ("ku", "kt"):
            for n, ri in enumerate([i for i, rk in enumerate(m["rk"]) if rk["section"] == sec], 1):
                m["numbers"][ri] = n
        force, restrict, need = prepare(m, defects)
        v = draw(m, rng, force, restrict, need)
        plan_ats = [apply_plan(m, c, x) for c, x in defects if c not in PENILAIAN_CODES]
        w, pen_ats = v, []
        v_ok: dict | None = v
        chained = [(c, x) for c, x in defects if c in PENILAIAN_CODES and (x in CHAINED or c in CHAINED)]
        single = [(c, x) for c, x in defects if c in PENILAIAN_CODES and (c, x) not in chained]
        for c, x in chained + single:
            w, at = apply_penilaian(m, c, x, w)
            pen_ats.append(at)
            if c == "target-penilaian-berbeda":
                v_ok = correct_for_target_change(m)
            if x == "sb_tanpa_ide":
                m["ide_tidak"] = True
        name = file_name(form, counters[form], [c for c, _ in defects])
        cells = write_workbook(m, w, a.keluaran / name)
        ds, boleh = [], []
        mains = {at["key"] for at in plan_ats + pen_ats}
        for ri, rk in enumerate(m["rk"]):
            if rk["section"] == "kt":
                # F × bobot lingkup, default bobot 10 (SPEC §6.3 [interpretation]), and what rests on it
                keys = [("pen", "tert", ri)] + [("pen", k) for k in ("sub_kt", "akhir", "nilai_skp", "nk")]
                extra = [{"code": "capaian-tidak-sesuai", "cellkey": k} for k in keys if k not in mains]
                extra.append({"code": "predikat-tidak-sesuai", "cellkey": ("pen", "predikat")})
                pen_ats.append({"code": None, "key": None, "alt": [], "boleh": extra, "diff": False})
        for at in plan_ats + pen_ats:
            d, b = entry(at, cells, v_ok, w, mains)
            if d is not None:
                ds.append(d)
            for x in b:
                if x not in boleh:
                    boleh.append(x)
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": var,
                "peran": role,
                "jabatan": bank.PEOPLE[role]["jabatan"],
                "profil": profile,
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
