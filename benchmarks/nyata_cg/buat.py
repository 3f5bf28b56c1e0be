"""Generator of the held-out set ``nyata_cg``: Rencana SKP 2026 of the fictional Pemerintah Kabupaten Tanjung
Gaharu (BPKAD, Dinas Kesehatan, Disdukcapil) whose TARGET (and SATUAN) cells are typed the ways staff type
them: ``≥ 90 %``, ``>= 90%``, ``Minimal 12 dokumen``, ``12 (dua belas) laporan``, ``1 Dokumen/Tahun``,
``Rp 1.500.000.000``, ``Rp 1,5 Miliar``, ranges ``90 s.d. 100 %`` / ``90 – 100 %`` / ``80-100%``,
``Predikat A``, ``Opini WTP``, ``Desember 2026``, ``Tepat waktu (Desember)``, ``≤ 3 hari kerja``, a
TARGET | SATUAN pair of columns or a TARGET header merged over two, numbers typed as numbers with a percent
format, ``3,75 indeks``, ``1.250 orang``, non-breaking spaces, abbreviated units and footnote marks; with the
plan-scope target defects of SPEC §7 inserted into about half of the workbooks. Deterministic (fixed seed),
openpyxl only.

Each workbook is a content model first (RK, IKI with the kind and size of its target); the defects are
written into the model (reserving their IKI); the file's variations then rewrite other IKI's targets; the
kategori of Model Pengembangan JA/JF are computed from the final targets; the model is laid out and every
cell written for a place of the model is recorded under its key, so each defect's cell is known exactly.

Usage: ``python benchmarks/nyata_cg/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260112
SET_NAME = "nyata_cg"
SHEET = "SKP"
AK_SHEET = "Keterkaitan AK"
MANUAL_SHEET = "Manual IKI"

VARIATIONS = [
    "tanda_pembanding",  # ≥ 90 %, >= 90%, ≤ 3 hari kerja
    "kata_minimal",  # Minimal 12 dokumen, Paling sedikit 4 kegiatan
    "terbilang",  # 12 (dua belas) laporan
    "per_tahun",  # 1 Dokumen/Tahun
    "rupiah",  # Rp 1.500.000.000, Rp 1,5 Miliar (aspek Biaya; JPT: an IKI in rupiah)
    "rentang",  # 90 s.d. 100 %, 90 – 100 %, 80-100%
    "predikat",  # JPT: Opini WTP, Predikat A (PK targets in words)
    "waktu_tenggat",  # Desember 2026, Tepat waktu (Desember)
    "satuan_kolom",  # TARGET | SATUAN columns
    "target_gabung",  # TARGET header merged over two unlabelled sub-columns
    "angka_persen",  # 0.9 typed as a number with a percent format
    "desimal_koma",  # 3,75 indeks
    "ribuan_titik",  # 1.250 orang
    "spasi_nbsp",  # non-breaking spaces
    "singkatan_satuan",  # dok, lap, keg, org
    "catatan_kaki",  # 12 laporan*), 90 %*, …¹ with the footnote under the table
    "kategori_tiga",  # Model Pengembangan JA/JF: only CUKUP | BAIK | SANGAT BAIK
]
TWO_COL = {"satuan_kolom", "target_gabung"}
EXCLUSIVE = [
    {"satuan_kolom", "target_gabung", "angka_persen"},
    {"satuan_kolom", "target_gabung", "predikat"},
    {"satuan_kolom", "target_gabung", "waktu_tenggat"},
]

DEFECTS = {  # code → (severity, scope)
    "iki-tanpa-target": ("error", "rencana"),
    "target-tidak-terukur": ("error", "rencana"),
    "target-rentang-terbalik": ("error", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "rencana"),
    "target-absolut": ("peringatan", "rencana"),
    "kategori-tidak-berurutan": ("error", "rencana"),
    "kategori-tidak-membedakan": ("error", "rencana"),
}
WITHOUT_CELL: set[str] = set()
KATEGORI_CODES = ["kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"]

# (form, role, defects [(code, spec)], forced variations, variations never drawn)
PLAN: list[tuple[str, str, list[tuple[str, dict]], set[str], set[str]]] = [
    ("ja-dasar", "sekretaris_bpkad", [], set(), set()),
    ("ja-dasar", "kabid_anggaran", [], set(), set()),
    ("ja-dasar", "kasubbag_umum", [], set(), set()),
    ("ja-dasar", "pengolah_data", [], set(), set()),
    (
        "ja-dasar",
        "kabid_p2p",
        [("target-tidak-terukur", {"ri": 0, "kind": "count", "v": "Sesuai kebutuhan"})],
        set(),
        set(),
    ),
    (
        "ja-dasar",
        "kabid_pelayanan",
        [
            ("target-rentang-terbalik", {"ri": 1, "kind": "pct", "v": ("100", "90", " - ", "%")}),
            ("target-absolut", {"ri": 0, "kind": "pct", "v": "100 % semua permohonan"}),
        ],
        set(),
        TWO_COL,
    ),
    (
        "ja-dasar",
        "pengadm_keu",
        [
            ("target-tanpa-satuan", {"ri": 1, "kind": "count", "v": "12"}),
            (
                "satuan-tidak-sesuai-aspek",
                {
                    "ri": 0,
                    "kind": "waktu",
                    "v": (240, "dokumen"),
                    "text": "Ketepatan waktu verifikasi SPJ belanja",
                },
            ),
        ],
        set(),
        set(),
    ),
    (
        "ja-dasar",
        "kabid_kesmas",
        [
            ("iki-tanpa-target", {"ri": 1, "kind": "pct"}),
            ("satuan-tidak-sesuai-aspek", {"ri": 0, "kind": "biaya", "v": (95, "%")}),
        ],
        set(),
        {"rupiah"},
    ),
    ("ja-pengembangan", "kabid_p2p", [], set(), set()),
    ("ja-pengembangan", "kabid_kesmas", [], {"kategori_tiga"}, set()),
    ("ja-pengembangan", "pengadm_keu", [], set(), set()),
    (
        "ja-pengembangan",
        "sekretaris_bpkad",
        [("kategori-tidak-berurutan", {"ri": 1, "kind": "count", "v": "tukar_c_k"})],
        set(),
        {"kategori_tiga"},
    ),
    (
        "ja-pengembangan",
        "kabid_anggaran",
        [("target-tanpa-satuan", {"ri": 1, "kind": "count", "v": None})],
        {"satuan_kolom"},
        set(),
    ),
    (
        "ja-pengembangan",
        "kabid_pelayanan",
        [
            ("kategori-tidak-berurutan", {"ri": 2, "kind": "count", "v": "tiga_terbalik"}),
            ("target-tidak-terukur", {"ri": 1, "kind": "pct", "v": "Lengkap"}),
        ],
        {"kategori_tiga"},
        set(),
    ),
    (
        "ja-pengembangan",
        "kasubbag_umum",
        [("kategori-tidak-membedakan", {"ri": 1, "kind": "count", "v": "cukup_mencakup"})],
        {"kategori_tiga"},
        set(),
    ),
    (
        "ja-pengembangan",
        "pengolah_data",
        [("target-absolut", {"ri": 1, "kind": "pct", "v": "100 % setiap berkas"})],
        set(),
        TWO_COL,
    ),
    ("jf-dasar", "perencana", [], set(), set()),
    ("jf-dasar", "epidemiolog", [], set(), set()),
    ("jf-dasar", "adm_database", [], set(), set()),
    ("jf-dasar", "pranata_komputer", [], set(), set()),
    (
        "jf-dasar",
        "analis_keuangan",
        [("target-tanpa-satuan", {"ri": 1, "kind": "count", "v": 12})],
        set(),
        TWO_COL,
    ),
    (
        "jf-dasar",
        "epidemiolog",
        [
            (
                "satuan-tidak-sesuai-aspek",
                {
                    "ri": 0,
                    "kind": "waktu",
                    "v": (100, "%"),
                    "text": "Ketepatan waktu penyampaian laporan surveilans",
                },
            )
        ],
        set(),
        set(),
    ),
    (
        "jf-dasar",
        "nutrisionis",
        [("target-tidak-terukur", {"ri": 1, "kind": "pct", "v": "Terlaksana dengan baik"})],
        set(),
        set(),
    ),
    (
        "jf-dasar",
        "adm_database",
        [("target-rentang-terbalik", {"ri": 1, "kind": "pct", "v": ("100", "90", " - ", "%")})],
        {"satuan_kolom"},
        set(),
    ),
    ("jf-pengembangan", "analis_keuangan", [], set(), set()),
    ("jf-pengembangan", "nutrisionis", [], {"kategori_tiga"}, set()),
    ("jf-pengembangan", "pranata_komputer", [], set(), set()),
    (
        "jf-pengembangan",
        "epidemiolog",
        [("target-rentang-terbalik", {"ri": 1, "kind": "count", "v": ("15", "12", " s.d. ", "laporan")})],
        {"kategori_tiga"},
        set(),
    ),
    (
        "jf-pengembangan",
        "adm_database",
        [
            ("kategori-tidak-berurutan", {"ri": 0, "kind": "waktu", "v": "waktu_naik"}),
            ("iki-tanpa-target", {"ri": 1, "kind": "count"}),
        ],
        set(),
        {"kategori_tiga"},
    ),
    (
        "jf-pengembangan",
        "perencana",
        [("kategori-tidak-membedakan", {"ri": 1, "kind": "count", "v": "sb_sama"})],
        set(),
        {"kategori_tiga"},
    ),
    (
        "jf-pengembangan",
        "nutrisionis",
        [("target-absolut", {"ri": 0, "kind": "waktu", "v": "Tidak pernah lebih dari 5 hari kerja"})],
        set(),
        TWO_COL,
    ),
    (
        "jf-pengembangan",
        "analis_keuangan",
        [
            ("satuan-tidak-sesuai-aspek", {"ri": 1, "kind": "waktu", "v": (12, "dokumen")}),
            ("kategori-tidak-membedakan", {"ri": 0, "kind": "waktu", "v": "sb_sama"}),
        ],
        set(),
        set(),
    ),
    ("jpt-dasar", "kepala_bpkad", [], {"predikat"}, set()),
    ("jpt-dasar", "kadinkes", [], set(), set()),
    ("jpt-dasar", "kadisdukcapil", [], {"predikat"}, set()),
    ("jpt-dasar", "kepala_bpkad", [], set(), set()),
    (
        "jpt-dasar",
        "kadinkes",
        [("target-tidak-terukur", {"ri": 1, "kind": "pct", "v": "Optimal"})],
        {"predikat"},
        set(),
    ),
    (
        "jpt-dasar",
        "kadisdukcapil",
        [
            (
                "target-tanpa-satuan",
                {"ri": 0, "kind": "pct", "v": "85", "text": "Tingkat kepemilikan KTP-el penduduk wajib KTP"},
            ),
            ("target-rentang-terbalik", {"ri": 1, "kind": "pct", "v": ("95", "85", " – ", "%")}),
        ],
        set(),
        set(),
    ),
    ("jpt-dasar", "kepala_bpkad", [("iki-tanpa-target", {"ri": 2, "kind": "count"})], set(), set()),
    ("jpt-pengembangan", "kadinkes", [], {"predikat"}, set()),
    ("jpt-pengembangan", "kadisdukcapil", [], set(), set()),
    ("jpt-pengembangan", "kepala_bpkad", [], set(), set()),
    (
        "jpt-pengembangan",
        "kepala_bpkad",
        [("target-tidak-terukur", {"ri": 3, "kind": "count", "v": "Meningkat dari tahun sebelumnya"})],
        set(),
        set(),
    ),
    (
        "jpt-pengembangan",
        "kadisdukcapil",
        [
            ("target-tanpa-satuan", {"ri": 3, "kind": "count", "v": None}),
            ("iki-tanpa-target", {"ri": 2, "kind": "count"}),
        ],
        {"target_gabung"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "kadinkes",
        [
            (
                "target-rentang-terbalik",
                {"ri": 3, "kind": "count", "v": ("1.500", "1.200", " - ", "orang"), "text": "ribu"},
            )
        ],
        {"predikat"},
        set(),
    ),
]

BULAN_AKHIR = "Desember"
LEVELS5 = ["sk", "k", "c", "b", "sb"]
LEVELS3 = ["c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
ABBR = {"dokumen": "dok", "laporan": "lap", "kegiatan": "keg", "orang": "org"}
FOOT = {
    "*)": "*) Target mengacu pada Perjanjian Kinerja Tahun 2026",
    "*": "* Angka sementara, mengikuti DPA Tahun 2026",
    "¹": "¹ Mengacu pada Renstra perangkat daerah",
}
RANGES_DASAR = [(90, 100, " s.d. "), (90, 100, " – "), (80, 100, "-")]
TURN = {"rentang": 2}  # the three ways of writing a range, in turn over the set
RANGES_PENG = [(85, 95, " s.d. "), (80, 90, " – "), (85, 95, "-")]
WORDS = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
]

# ------------------------------------------------------------------------------------------------ text


def fmt(n: int) -> str:
    """An integer with Indonesian thousands dots."""
    return f"{n:,}".replace(",", ".")


def dec(x: float) -> str:
    """A decimal with the Indonesian comma, two places."""
    return f"{x:.2f}".replace(".", ",")


def terbilang(n: int) -> str:
    if n < 12:
        return WORDS[n]
    if n < 20:
        return f"{WORDS[n - 10]} belas"
    tens, rest = divmod(n, 10)
    head = "sepuluh" if tens == 1 else f"{WORDS[tens]} puluh"
    return head if rest == 0 else f"{head} {WORDS[rest]}"


def miliar(n: int) -> str:
    return f"{n / 1_000_000_000:g}".replace(".", ",")


def spaced(d: str) -> str:
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


# ------------------------------------------------------------------------------------------------ model


def new_iki(aspek: str | None, text: str, kind: str, n: Any, unit: str) -> dict:
    return {
        "aspek": aspek,
        "text": text,
        "kind": kind,
        "n": n,
        "hi": None,
        "unit": unit,
        "style": "plain",
        "sep": None,
        "pctfmt": None,
        "mods": [],
        "reserved": False,
        "override": None,
        "lv": None,
        "lv_override": {},
        "boleh": [],
    }


def build_model(form: str, role: str) -> dict:
    jenis, model = form.split("-")
    P = bank.PEOPLE
    peg = P[role]
    pen = P[peg["penilai"]]
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "role": role,
        "peg": peg,
        "pen": pen,
        "var": [],
        "rk": [],
        "foot": [],
    }
    if jenis == "jpt":
        src = bank.JPT_RK[role][: 3 if model == "dasar" else 4]
        for persp, text, ikis in src:
            m["rk"].append(
                {
                    "persp": persp if model == "pengembangan" else None,
                    "text": text,
                    "atasan": None,
                    "cara": None,
                    "butir": [],
                    "iki": [new_iki(*i) for i in ikis],
                }
            )
    else:
        sup = peg["penilai"]
        for text, idx, ikis, cara, butir in bank.RK[role]:
            atasan = bank.JPT_RK[sup][idx][1] if P[sup]["jenis"] == "jpt" else bank.RK[sup][idx][0]
            m["rk"].append(
                {
                    "persp": None,
                    "text": text,
                    "atasan": atasan,
                    "cara": list(cara) if model == "pengembangan" else None,
                    "butir": [list(b) for b in butir],
                    "iki": [new_iki(*i) for i in ikis],
                }
            )
    return m


def ikis(m: dict) -> list[tuple[int, int, dict]]:
    return [(ri, ii, ik) for ri, rk in enumerate(m["rk"]) for ii, ik in enumerate(rk["iki"])]


def jaf_peng(m: dict) -> bool:
    return m["jenis"] != "jpt" and m["model"] == "pengembangan"


def two_col(m: dict) -> bool:
    return bool(TWO_COL & set(m["var"]))


# ------------------------------------------------------------------------------------------------ defects


def find(m: dict, ri: int, kind: str) -> tuple[int, dict]:
    for ii, ik in enumerate(m["rk"][ri]["iki"]):
        if ik["kind"] == kind and not ik["reserved"]:
            return ii, ik
    raise KeyError((m["role"], ri, kind))


def apply_defect(m: dict, code: str, spec: dict) -> dict:
    """Write one defect into the model; returns where it is (keys resolved to cells after layout)."""
    ri, kind, v = spec["ri"], spec["kind"], spec.get("v")
    if kind == "biaya":  # a Biaya IKI added to the RK, its target without currency
        text = bank.EXTRA[m["role"]]["rp"][0]
        m["rk"][ri]["iki"].append(new_iki("Biaya", text, "rp", 1, "rupiah"))
        ii, ik = len(m["rk"][ri]["iki"]) - 1, m["rk"][ri]["iki"][-1]
    else:
        ii, ik = find(m, ri, kind)
    ik["reserved"] = True
    if spec.get("text") == "ribu":
        ik["text"], ik["n"], ik["unit"] = bank.EXTRA[m["role"]]["ribu"]
    elif spec.get("text"):
        ik["text"] = spec["text"]
    t, s = ("t", ri, ii), ("s", ri, ii)
    row_boleh = [{"code": c, "rowkey": t} for c in KATEGORI_CODES] if jaf_peng(m) else []
    at: dict[str, Any] = {"code": code, "key": t, "alt": [s], "boleh": []}
    if code == "target-tidak-terukur":
        ik["override"] = {"one": v, "two": (v, ik["unit"])}
        at["boleh"] = row_boleh
    elif code == "target-rentang-terbalik":
        a, b, sep, unit = v
        ik["override"] = {"one": f"{a}{sep}{b} {unit}", "two": (f"{a}{sep}{b}", unit)}
        at["boleh"] = row_boleh
    elif code == "target-tanpa-satuan":
        number = ik["n"] if v is None else v
        ik["override"] = {"one": number, "two": (int(number), None)}
    elif code == "satuan-tidak-sesuai-aspek":
        number, unit = v
        ik["override"] = {"one": f"{fmt(number)} {unit}", "two": (number, unit)}
        at["alt"].append(("aspek", ri, ii))  # the fix may be the aspek as well as the satuan
        at["boleh"] = row_boleh
    elif code == "target-absolut":
        ik["override"] = {"one": v, "two": None}
        at["boleh"] = row_boleh
    elif code == "iki-tanpa-target":
        ik["override"] = {"one": None, "two": (None, None)}
        ik["lv_override"]["b"] = None
        at["boleh"] = row_boleh
    elif code == "kategori-tidak-berurutan":
        ik["kat_defect"] = v
        at["key"] = {
            "tukar_c_k": ("lv", ri, ii, "c"),
            "waktu_naik": ("lv", ri, ii, "sb"),
            "tiga_terbalik": ("lv", ri, ii, "sb"),
        }[v]
        at["alt"] = {
            "tukar_c_k": [("lv", ri, ii, "k")],
            "waktu_naik": [("lv", ri, ii, lv) for lv in ("sk", "k", "c")],
            "tiga_terbalik": [("lv", ri, ii, "c")],
        }[v]
    elif code == "kategori-tidak-membedakan":
        ik["kat_defect"] = v
        at["key"] = ("lv", ri, ii, "c" if v == "cukup_mencakup" else "sb")
        at["alt"] = []
    else:
        raise KeyError(code)
    return at


# ------------------------------------------------------------------------------------------------ variations


def free(m: dict, pred) -> list[tuple[int, int, dict]]:
    return [(ri, ii, ik) for ri, ii, ik in ikis(m) if not ik["reserved"] and pred(ik)]


def plain(kind: str | tuple[str, ...]):
    kinds = (kind,) if isinstance(kind, str) else kind
    return lambda ik: ik["kind"] in kinds and ik["style"] == "plain" and not ik["mods"]


def take(rng: random.Random, cands: list, most: int = 1) -> list:
    if not cands:
        return []
    k = min(len(cands), most if len(cands) >= 3 else 1)
    return rng.sample(cands, k)


def texty(ik: dict) -> bool:
    """A target typed as text with a space in it (a mark or a non-breaking space changes what is seen)."""
    if ik["style"] in ("pct_number", "word", "tepat", "ge_ascii") or ik["kind"] == "word":
        return False
    return not (ik["style"] == "range" and ik["sep"] == "-")


def apply_variation(m: dict, var: str, rng: random.Random) -> bool:
    """Rewrite the model for one variation; False when the workbook has no place for it."""
    jenis, model = m["jenis"], m["model"]
    peng = jaf_peng(m)
    if var in TWO_COL:
        return True
    if var == "kategori_tiga":
        return peng
    if var == "tanda_pembanding":
        cands = free(m, plain("pct")) + free(m, lambda ik: plain("waktu")(ik) and "hari" in ik["unit"])
        chosen = take(rng, cands, 2)
        for _, _, ik in chosen:
            ik["style"] = "le" if ik["kind"] == "waktu" else rng.choice(["ge", "ge_ascii"])
        return bool(chosen)
    if var == "kata_minimal":
        chosen = take(rng, free(m, lambda ik: plain("count")(ik) and ik["n"] >= 4), 2)
        for _, _, ik in chosen:
            ik["style"] = rng.choice(["minimal", "paling_sedikit"])
        return bool(chosen)
    if var == "terbilang":
        chosen = take(rng, free(m, lambda ik: plain("count")(ik) and 4 <= ik["n"] <= 60))
        for _, _, ik in chosen:
            ik["style"] = "terbilang"
        return bool(chosen)
    if var == "per_tahun":
        if peng:
            return False
        cands = free(m, lambda ik: plain("count")(ik) and ik["unit"] in ("dokumen", "laporan", "kegiatan"))
        cands.sort(key=lambda x: x[2]["n"])
        for _, _, ik in cands[:1]:
            ik["style"], ik["n"] = "per_tahun", 1
        return bool(cands)
    if var == "rupiah":
        text, amount = bank.EXTRA[m["role"]]["rp"][:2]
        style = rng.choice(["rp_full", "rp_miliar"])
        if jenis == "jpt":
            chosen = take(rng, free(m, plain("count")))
            for _, _, ik in chosen:
                ik.update(text=text, kind="rp", n=amount, unit="rupiah", style=style)
            return bool(chosen)
        if model != "dasar":
            return False
        for rk in m["rk"]:
            if not any(ik["aspek"] == "Biaya" for ik in rk["iki"]):
                ik = new_iki("Biaya", text, "rp", amount, "rupiah")
                ik["style"] = style
                rk["iki"].append(ik)
                return True
        return False
    if var == "rentang":
        chosen = take(rng, free(m, plain("pct")))
        for _, _, ik in chosen:
            ranges = RANGES_PENG if peng else RANGES_DASAR
            lo, hi, sep = ranges[TURN["rentang"] % len(ranges)]
            TURN["rentang"] += 1
            ik.update(style="range", n=lo, hi=hi, sep=sep)
        return bool(chosen)
    if var == "predikat":
        if jenis != "jpt":
            return False
        chosen = take(rng, free(m, plain("pct")))
        text, word = bank.EXTRA[m["role"]]["predikat"]
        for _, _, ik in chosen:
            ik.update(text=text, kind="word", n=word, unit="", style="word")
            ik["boleh"] = ["target-tidak-terukur", "target-tanpa-satuan"]
        return bool(chosen)
    if var == "waktu_tenggat":
        if peng:
            return False
        cands = free(m, lambda ik: plain("waktu")(ik) and ik["unit"] == "bulan" and ik["n"] == 12)
        chosen = take(rng, cands, 2)
        for i, (_, _, ik) in enumerate(chosen):
            if jenis != "jpt" and (i == 1 or len(chosen) == 1 and rng.random() < 0.5):
                ik["style"] = "tepat"
                ik["boleh"] = ["target-tidak-terukur", "target-tanpa-satuan", "satuan-tidak-sesuai-aspek"]
            else:
                ik["style"] = "date"
        return bool(chosen)
    if var == "angka_persen":
        chosen = take(rng, free(m, plain("pct")), 2)
        for _, _, ik in chosen:
            ik["style"], ik["pctfmt"] = "pct_number", rng.choice(["0%", "0.00%"])
        return bool(chosen)
    if var == "desimal_koma":
        text, value = bank.EXTRA[m["role"]]["idx"]
        chosen = take(rng, free(m, plain("pct")))
        for _, _, ik in chosen:
            ik.update(text=text, kind="idx", n=value, unit="indeks")
        return bool(chosen)
    if var == "ribuan_titik":
        text, value, unit = bank.EXTRA[m["role"]]["ribu"]
        chosen = take(rng, free(m, lambda ik: plain("count")(ik) and ik["n"] >= 4))
        for _, _, ik in chosen:
            ik.update(text=text, n=value, unit=unit)
        return bool(chosen)
    if var == "spasi_nbsp":
        chosen = take(rng, free(m, lambda ik: texty(ik) and "nbsp" not in ik["mods"]), 2)
        for _, _, ik in chosen:
            ik["mods"].append("nbsp")
        return bool(chosen)
    if var == "singkatan_satuan":
        chosen = take(
            rng,
            free(m, lambda ik: ik["kind"] == "count" and ik["unit"] in ABBR and ik["style"] != "per_tahun"),
            2,
        )
        for _, _, ik in chosen:
            ik["mods"].append("abbr")
        return bool(chosen)
    if var == "catatan_kaki":
        chosen = take(rng, free(m, lambda ik: texty(ik) and "foot" not in ik["mods"]), 2)
        marks = rng.sample(list(FOOT), len(chosen))
        for (_, _, ik), mark in zip(chosen, marks, strict=True):
            ik["mods"].append("foot")
            ik["mark"] = mark
            if mark not in m["foot"]:
                m["foot"].append(mark)
        return bool(chosen)
    raise KeyError(var)


def eligible_files(var: str) -> int:
    """How many workbooks of the plan a variation can stand in (by form), to spread each evenly."""
    forms = [form for form, *_ in PLAN]
    if var == "predikat":
        return sum(f.startswith("jpt") for f in forms)
    if var == "kategori_tiga":
        return sum(f in ("ja-pengembangan", "jf-pengembangan") for f in forms)
    if var in ("per_tahun", "waktu_tenggat"):
        return sum(f not in ("ja-pengembangan", "jf-pengembangan") for f in forms)
    if var == "rupiah":
        return sum(f.endswith("dasar") or f.startswith("jpt") for f in forms)
    return len(forms)


ELIGIBLE = {v: eligible_files(v) for v in VARIATIONS}


def draw(
    rng: random.Random, m: dict, opts: list[str], used: dict[str, int], n: int, forced: list[str]
) -> None:
    """Apply the forced variations, then the least used options until the workbook carries ``n``."""
    for v in forced:
        m["var"].append(v)
        assert apply_variation(m, v, rng), (m["role"], v)
    pool = list(opts)
    rng.shuffle(pool)
    pool.sort(key=lambda v: used[v] / ELIGIBLE[v])
    for v in pool:
        if len(m["var"]) >= n:
            break
        if v in m["var"] or any(v in ex and ex & set(m["var"]) for ex in EXCLUSIVE):
            continue
        trial = copy.deepcopy(m)
        trial["var"].append(v)
        if apply_variation(trial, v, rng):
            m.clear()
            m.update(trial)
    for v in m["var"]:
        used[v] += 1
    m["var"] = sorted(m["var"])


# ------------------------------------------------------------------------------------------------ targets


def unit_of(ik: dict) -> str:
    return ABBR[ik["unit"]] if "abbr" in ik["mods"] else ik["unit"]


def render(ik: dict, two: bool) -> tuple[Any, str | None, Any]:
    """(target cell value, its number format, satuan cell value) as the staff member typed them."""
    ov = ik["override"]
    if ov is not None:
        if two:
            assert ov["two"] is not None, ik["text"]
            return ov["two"][0], None, ov["two"][1]
        return ov["one"], None, None
    st, n, hi, u = ik["style"], ik["n"], ik["hi"], unit_of(ik)
    kind = ik["kind"]
    num: Any
    fmtv: str | None = None
    if st == "pct_number":
        return n / 100, ik["pctfmt"], None
    if st in ("word", "date", "tepat"):
        assert not two
        one = {"word": n, "date": f"{BULAN_AKHIR} {bank.TAHUN}", "tepat": f"Tepat waktu ({BULAN_AKHIR})"}[st]
        return finish(ik, one, None, None, two)
    if kind == "pct":
        unit = "%"
        if st == "range":
            num = f"{n}{ik['sep']}{hi}"
            one = f"{num}%" if ik["sep"] == "-" else f"{num} %"
        elif st == "ge":
            num, one = f"≥ {n}", f"≥ {n} %"
        elif st == "ge_ascii":
            num, one = f">= {n}", f">= {n}%"
        else:
            num, one = n, f"{n} %"
    elif kind == "idx":
        unit, num, one = "indeks", dec(n), f"{dec(n)} indeks"
    elif kind == "rp":
        if st == "rp_miliar":
            unit, num, one = "Miliar Rupiah", miliar(n), f"Rp {miliar(n)} Miliar"
        else:
            unit, num, one, fmtv = "Rupiah", n, f"Rp {fmt(n)}", "#,##0"
    elif kind == "waktu":
        unit = u
        if st == "le":
            num, one = f"≤ {n}", f"≤ {n} {u}"
        else:
            num, one = n, f"{n} {u}"
    else:  # count
        unit = u
        if st == "per_tahun":
            num, unit = 1, f"{u.capitalize()}/Tahun"
        elif st == "minimal":
            num = f"Minimal {fmt(n)}"
        elif st == "paling_sedikit":
            num = f"Paling sedikit {fmt(n)}"
        elif st == "terbilang":
            num = f"{n} ({terbilang(n)})"
        else:
            num = n
            if n >= 1000:
                fmtv = "#,##0"
        one = f"{num if isinstance(num, str) else fmt(num)} {unit}"
    return finish(ik, one, num, unit, two, fmtv)


def finish(ik: dict, one: str, num: Any, unit: str | None, two: bool, fmtv: str | None = None):
    if two:
        sat = unit
        if "foot" in ik["mods"]:
            sat = f"{sat} {ik['mark']}"
        if "nbsp" in ik["mods"]:
            sat = f"{sat}\u00a0"
        return num, fmtv, sat
    text = one
    if "foot" in ik["mods"]:
        text = f"{text} *" if ik["mark"] == "*" else f"{text}{ik['mark']}"
    if "nbsp" in ik["mods"]:
        text = text.replace(" ", "\u00a0")
    return text, None, None


# ------------------------------------------------------------------------------------------------ kategori


def kategori(ik: dict, levels: list[str], two: bool, baik: tuple[Any, str | None]) -> dict:
    """Level → (value, number format) for one IKI of a Model Pengembangan JA/JF plan."""
    kind, lo = ik["kind"], ik["n"]
    hi = ik["hi"] if ik["hi"] is not None else lo
    down = ik["aspek"] in ("Waktu", "Biaya")
    defect = ik.get("kat_defect")
    if defect == "waktu_naik":
        down = False
    if two:
        suffix = ""
    elif kind == "pct":
        suffix = " %"
    elif kind == "waktu" and ik["override"] is None:
        suffix = f" {ik['unit']}"
    else:
        suffix = ""

    def num(x: float) -> str:
        return dec(x) if kind == "idx" else fmt(int(x))

    def band(a: float, b: float) -> str:
        return f"{num(a)}{suffix}" if a == b else f"{num(a)} - {num(b)}{suffix}"

    out: dict[str, tuple[Any, str | None]] = {"b": baik}
    if "sk" not in levels:  # three levels: CUKUP below (above for waktu), SANGAT BAIK beyond the target
        if defect == "tiga_terbalik":
            out["c"], out["sb"] = (f"> {num(lo)}{suffix}", None), (f"< {num(lo)}{suffix}", None)
        elif defect == "cukup_mencakup":
            out["c"], out["sb"] = (f"> {num(lo - 2)}{suffix}", None), (f"> {num(hi)}{suffix}", None)
        elif down:
            out["c"], out["sb"] = (f"> {num(hi)}{suffix}", None), (f"< {num(lo)}{suffix}", None)
        else:
            out["c"], out["sb"] = (f"< {num(lo)}{suffix}", None), (f"> {num(hi)}{suffix}", None)
    elif down:
        s = max(1, int(lo) // 4)
        out["sb"] = (f"< {num(lo)}{suffix}", None)
        out["c"] = (band(hi + 1, hi + s), None)
        out["k"] = (band(hi + s + 1, hi + 2 * s), None)
        out["sk"] = (f"> {num(hi + 2 * s)}{suffix}", None)
    elif kind == "pct":
        out["sb"] = (f"> {num(hi)}{suffix}", None)
        out["c"] = (band(lo - 15, lo - 1), None)
        out["k"] = (band(lo - 30, lo - 16), None)
        out["sk"] = (f"< {num(lo - 30)}{suffix}", None)
    elif kind == "idx":
        out["sb"] = (f"> {num(hi)}", None)
        out["c"] = (band(round(lo - 0.25, 2), round(lo - 0.01, 2)), None)
        out["k"] = (band(round(lo - 0.75, 2), round(lo - 0.26, 2)), None)
        out["sk"] = (f"< {num(round(lo - 0.75, 2))}", None)
    else:
        a, b = round(lo * 0.5), round(lo * 0.75)
        assert 0 < a < b < lo, ik
        out["sb"] = (f"> {num(hi)}{suffix}", None)
        out["c"] = (band(b, lo - 1), None)
        out["k"] = (band(a, b - 1), None)
        out["sk"] = (f"< {num(a)}{suffix}", None)
    if defect == "tukar_c_k":
        out["c"], out["k"] = out["k"], out["c"]
    if defect == "sb_sama":
        out["sb"] = baik
    for lv, v in ik["lv_override"].items():
        out[lv] = (v, None)
    return {lv: out[lv] for lv in levels}


# ------------------------------------------------------------------------------------------------ layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=False)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FCE4D6")


class Sheet:
    def __init__(self, ws, cells: dict) -> None:
        self.ws, self.cells = ws, cells

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        key: tuple | None = None,
        *,
        bold: bool = False,
        center: bool = False,
        box: bool = False,
        fill: bool = False,
        numfmt: str | None = None,
        left: bool = False,
    ) -> None:
        cell = self.ws.cell(row=r, column=c)
        cell.value = v
        cell.alignment = CENTER if center else LEFT if left else WRAP
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        if fill:
            cell.fill = HEAD_FILL
        if numfmt:
            cell.number_format = numfmt
        if key is not None:
            self.cells[key] = (self.ws.title, cell.coordinate)

    def merge(self, r1: int, c1: int, r2: int, c2: int, box: bool = True) -> None:
        if box:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def pangkat(p: dict) -> str:
    return "-" if p["gol"] is None else f"{bank.PANGKAT[p['gol']]}, {p['gol']}"


def id_rows(p: dict) -> list[tuple[str, Any]]:
    return [
        ("NAMA", p["nama"]),
        ("NIP", "-" if p["nip"] is None else spaced(p["nip"])),
        ("PANGKAT/GOL RUANG", pangkat(p)),
        ("JABATAN", p["jabatan"]),
        ("UNIT KERJA", p["unit"]),
    ]


def header_block(sh: Sheet, m: dict, r: int, last: int, title: str) -> int:
    """Title, agency line and periode, then the two identity blocks side by side; returns the next row."""
    sh.put(r, 1, title, bold=True, center=True)
    sh.merge(r, 1, r, last, box=False)
    agency = bank.AGENCY[m["peg"]["agency"]].upper()
    sh.put(r + 1, 1, f"{agency} KABUPATEN {bank.KAB.upper()}", bold=True, center=True)
    sh.merge(r + 1, 1, r + 1, last, box=False)
    sh.put(r + 2, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}", center=True)
    sh.merge(r + 2, 1, r + 2, last, box=False)
    r += 4
    for c0, head, p in ((1, "PEGAWAI YANG DINILAI", m["peg"]), (4, "PEJABAT PENILAI KINERJA", m["pen"])):
        sh.put(r, c0, "NO", bold=True, center=True, box=True, fill=True)
        sh.put(r, c0 + 1, head, bold=True, center=True, box=True, fill=True)
        sh.merge(r, c0 + 1, r, c0 + 2 + (c0 == 4))
        for i, (label, value) in enumerate(id_rows(p), start=1):
            sh.put(r + i, c0, i, center=True, box=True)
            sh.put(r + i, c0 + 1, label, box=True)
            sh.put(r + i, c0 + 2, value, box=True)
            if c0 == 4:
                sh.merge(r + i, c0 + 2, r + i, c0 + 3)
    return r + 7


def columns(m: dict) -> list[str]:
    two = ["satuan"] if two_col(m) else []
    if m["jenis"] == "jpt":
        return (["persp"] if m["model"] == "pengembangan" else []) + ["no", "rk", "iki", "target"] + two
    cols = ["no", "atasan", "rk", "aspek", "iki", "target"] + two
    if m["model"] == "pengembangan":
        cols += (LEVELS3 if "kategori_tiga" in m["var"] else LEVELS5) + ["data", "sumber", "waktu"]
    return cols


HEAD = {
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "satuan": "SATUAN",
    "persp": "PERSPEKTIF",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    **LEVEL_HEAD,
}
WIDTH = {
    "no": 5,
    "atasan": 32,
    "rk": 36,
    "aspek": 12,
    "iki": 38,
    "target": 18,
    "satuan": 12,
    "persp": 20,
    "data": 22,
    "sumber": 20,
    "waktu": 16,
    "sk": 12,
    "k": 12,
    "c": 12,
    "b": 14,
    "sb": 12,
}
PER_RK = {"no", "atasan", "rk", "persp", "data", "sumber", "waktu"}
LEVEL_KEYS = set(LEVEL_HEAD)


def table(sh: Sheet, m: dict, r: int) -> tuple[int, dict[str, int]]:
    cols = columns(m)
    col = {k: i + 1 for i, k in enumerate(cols)}
    last = len(cols)
    two_rows = jaf_peng(m)
    gabung = "target_gabung" in m["var"]
    for k in cols:
        if two_rows and (k in LEVEL_KEYS or k in ("data", "sumber", "waktu")):
            sh.put(r + 1, col[k], HEAD[k], bold=True, center=True, box=True, fill=True)
            continue
        if k == "satuan" and gabung:
            continue
        head = HEAD[k]
        sh.put(r, col[k], head, bold=True, center=True, box=True, fill=True)
        right = col[k] + 1 if k == "target" and gabung else col[k]
        sh.merge(r, col[k], r + (1 if two_rows else 0), right)
    if two_rows:
        lv = [k for k in cols if k in LEVEL_KEYS]
        sh.put(r, col[lv[0]], "KATEGORI PENILAIAN KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col[lv[0]], r, col[lv[-1]])
        sh.put(r, col["data"], "CARA MEMANTAU KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col["data"], r, col["waktu"])
        r += 1
    r += 1
    sh.put(r, 1, "A. KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 1, r, last)
    r += 1
    two = two_col(m)
    levels = [k for k in cols if k in LEVEL_KEYS]
    for ri, rk in enumerate(m["rk"]):
        top = r
        for ii, ik in enumerate(rk["iki"]):
            value, numfmt, sat = render(ik, two)
            vals: dict[str, tuple[Any, str | None]] = {
                "no": (ri + 1, None),
                "atasan": (rk["atasan"], None),
                "rk": (rk["text"], None),
                "persp": (rk["persp"], None),
                "aspek": (ik["aspek"], None),
                "iki": (ik["text"], None),
                "target": (value, numfmt),
                "satuan": (sat, None),
            }
            if rk["cara"]:
                vals.update(zip(("data", "sumber", "waktu"), ((x, None) for x in rk["cara"]), strict=True))
            if levels:
                lv = kategori(ik, levels, two, (value, numfmt))
                vals.update(lv)
            for k in cols:
                if k in PER_RK and ii:
                    continue
                v, nf = vals.get(k, (None, None))
                key = {
                    "target": ("t", ri, ii),
                    "satuan": ("s", ri, ii),
                    "iki": ("iki", ri, ii),
                    "aspek": ("aspek", ri, ii),
                }.get(k)
                if k in LEVEL_KEYS:
                    key = ("lv", ri, ii, k)
                sh.put(
                    r,
                    col[k],
                    v,
                    key,
                    box=True,
                    numfmt=nf,
                    center=k in ("no", "aspek", "target", "satuan") or k in LEVEL_KEYS,
                )
            r += 1
        for k in cols:
            if k in PER_RK:
                sh.merge(top, col[k], r - 1, col[k])
            else:
                for rr in range(top, r):
                    sh.ws.cell(row=rr, column=col[k]).border = BOX
    sh.put(r, 1, "B. KINERJA TAMBAHAN", bold=True, box=True)
    sh.merge(r, 1, r, last)
    r += 1
    for k in cols:
        sh.put(r, col[k], None, box=True)
    r += 1
    if m["foot"]:
        r += 1
        for mark in m["foot"]:
            sh.put(r, 1, FOOT[mark], left=True)
            r += 1
    return r, col


def signature(sh: Sheet, m: dict, r: int, left: int, right: int) -> None:
    sh.put(r, right, f"{bank.TEMPAT}, 2 Januari {bank.TAHUN}")
    sh.put(r + 1, left, "Pegawai yang Dinilai,")
    sh.put(r + 1, right, "Pejabat Penilai Kinerja,")
    for c, p in ((left, m["peg"]), (right, m["pen"])):
        sh.put(r + 5, c, p["nama"])
        sh.ws.cell(row=r + 5, column=c).font = Font(bold=True, underline="single")
        if p["nip"]:
            sh.put(r + 6, c, f"NIP. {spaced(p['nip'])}")


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.active
    ws.title = SHEET
    sh = Sheet(ws, cells)
    cols = columns(m)
    last = max(len(cols), 7)
    for i in range(1, last + 1):
        ws.column_dimensions[get_column_letter(i)].width = 16
    for i, k in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTH[k]
    r = header_block(sh, m, 1, last, "RENCANA SASARAN KINERJA PEGAWAI")
    r, col = table(sh, m, r)
    left = col.get("atasan", col["rk"])
    signature(sh, m, r + 1, left, col["target"])


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet(AK_SHEET)
    sh = Sheet(ws, cells)
    for c, w in zip("ABCDEFG", (5, 36, 40, 24, 14, 16, 16), strict=True):
        ws.column_dimensions[c].width = w
    r = header_block(sh, m, 1, 7, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.put(r, 1, f"TANGGAL PENGAJUAN: 2 Januari {bank.TAHUN}", bold=True, left=True)
    r += 2
    for i, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"), start=1):
        sh.put(r, i, h, bold=True, center=True, box=True, fill=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 1, r, 5)
    r += 1
    for ri, rk in enumerate(m["rk"]):
        top = r
        sh.put(r, 1, ri + 1, center=True, box=True)
        sh.put(r, 2, rk["text"], box=True)
        for butir, output, ak in rk["butir"]:
            sh.put(r, 3, butir, box=True)
            sh.put(r, 4, output, box=True)
            sh.put(r, 5, ak, center=True, box=True)
            r += 1
        sh.merge(top, 1, r - 1, 1)
        sh.merge(top, 2, r - 1, 2)


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


def manual_values(m: dict, rk: dict, ik: dict) -> list[str]:
    kind = ik["kind"]
    satuan = bank.SATUAN_MANUAL[kind] or (ik["n"].split()[0] if kind == "word" else ik["unit"].capitalize())
    if kind == "pct":
        formula = f"({ik['text'].removeprefix('Persentase ')} ÷ total yang direncanakan) × 100 %"
    elif kind == "word":
        formula = "Hasil penilaian lembaga yang berwenang pada tahun berjalan"
    elif kind == "waktu":
        formula = "Tanggal penetapan dokumen dibandingkan dengan jadwal yang ditentukan"
    elif kind == "idx":
        formula = "Rata-rata tertimbang nilai unsur survei kepuasan"
    else:
        formula = f"Σ {ik['text'].removeprefix('Jumlah ')}"
    aspek = {"pct": "Kualitas", "idx": "Kualitas", "word": "Kualitas", "waktu": "Waktu"}.get(
        kind, "Kuantitas"
    )
    return [
        rk["text"],
        f"Rencana kinerja ini menggambarkan hasil yang ingin dicapai {bank.AGENCY[m['peg']['agency']]} pada "
        f"tahun {bank.TAHUN}, sesuai Perjanjian Kinerja.",
        ik["text"],
        f"{ik['text']} adalah ukuran keberhasilan rencana kinerja tersebut dalam satu tahun anggaran.",
        formula,
        "Mengukur ketercapaian rencana kinerja sebagai dasar perbaikan layanan perangkat daerah.",
        satuan,
        aspek,
        "Dapat dikendalikan",
        f"Laporan kinerja {bank.AGENCY[m['peg']['agency']]}",
        "Triwulanan",
    ]


def write_manual(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet(MANUAL_SHEET)
    sh = Sheet(ws, cells)
    for c, w in zip("ABCD", (30, 40, 30, 20), strict=True):
        ws.column_dimensions[c].width = w
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True, center=True)
    sh.merge(1, 1, 1, 4, box=False)
    sh.put(2, 1, f"{m['peg']['nama']} - {m['peg']['jabatan']}", center=True)
    sh.merge(2, 1, 2, 4, box=False)
    r = 4
    for rk in m["rk"]:
        for ik in rk["iki"]:
            for label, value in zip(MANUAL_LABELS, manual_values(m, rk, ik), strict=True):
                sh.put(r, 1, label, bold=True, box=True)
                sh.put(r, 2, value, box=True)
                sh.merge(r, 2, r, 4)
                r += 1
            r += 1


def write_workbook(m: dict, path: Path) -> dict:
    cells: dict = {}
    wb = Workbook()
    write_plan(wb, m, cells)
    if m["jenis"] == "jf":
        write_ak(wb, m, cells)
    if m["jenis"] == "jpt":
        write_manual(wb, m, cells)
    wb.save(path)
    return cells


# ------------------------------------------------------------------------------------------------ manifest


def row_of(cells: dict, key: tuple) -> tuple[str, str]:
    sheet, coord = cells[key]
    return sheet, "".join(ch for ch in coord if ch.isdigit())


def entry(at: dict, cells: dict) -> tuple[dict, list[dict]]:
    sheet, cell = cells[at["key"]]
    alts, seen = [], {(sheet, cell)}
    for k in at["alt"]:
        w = cells.get(k)
        if w and w not in seen:
            seen.add(w)
            alts.append({"sheet": w[0], "cell": w[1]})
    d = {
        "code": at["code"],
        "severity": DEFECTS[at["code"]][0],
        "sheet": sheet,
        "cell": cell,
        "alt_cells": alts,
    }
    boleh = []
    for b in at["boleh"]:
        s, row = row_of(cells, b["rowkey"])
        boleh.append({"code": b["code"], "sheet": s, "row": row})
    return d, boleh


def variation_boleh(m: dict, cells: dict) -> list[dict]:
    """Targets SPEC does not decide (a PK target in words, a deadline named by its month only)."""
    out = []
    for ri, ii, ik in ikis(m):
        for code in ik["boleh"]:
            sheet, cell = cells[("t", ri, ii)]
            out.append({"code": code, "sheet": sheet, "cell": cell})
    return out


def file_name(form: str, n: int, codes: list[str]) -> str:
    return f"{form}-{n:02d}-target2026-{'-'.join(codes) if codes else 'bersih'}.xlsx"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
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
    for form, role, defects, forced, never in PLAN:
        counters[form] = counters.get(form, 0) + 1
        m = build_model(form, role)
        m["var"] = []
        ats = [apply_defect(m, code, spec) for code, spec in defects]
        opts = [v for v in VARIATIONS if v not in never and v not in forced]
        draw(rng, m, opts, used, rng.randint(3, 5), sorted(forced))
        name = file_name(form, counters[form], [c for c, _ in defects])
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], []
        for at in ats:
            d, b = entry(at, cells)
            ds.append(d)
            boleh += [x for x in b if x not in boleh]
        boleh += [x for x in variation_boleh(m, cells) if x not in boleh]
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": m["var"],
                "peran": role,
                "jabatan": m["peg"]["jabatan"],
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
