"""Generator of the held-out set ``nyata_ce``: Rencana SKP 2026 of the fictional Pemerintah Kabupaten Pematang
Jingga (Dinas PUPR, Bapperida, Dinas Kesehatan) where JA/JF workbooks carry the **Matriks Pembagian Peran dan
Hasil** (SPEC §3.6, §4) next to the Rencana SKP, as koordinators really make it: the koordinator's RK across
the top (in merged cells or not), the jenis penyelarasan in its own row or after a dash in the header, written
six ways; members as jabatan only, as name/NIP/jabatan on several lines of one cell, or in separate columns;
members from other units; KETERANGAN and numbering columns; the koordinator's own row; ``-`` where a member
has no part; the matrix transposed; a title with the unit and year; a signature; the Matriks as first sheet.
JPT and some Model Dasar workbooks have no Matriks, so that all six forms appear. Deterministic (fixed seed),
openpyxl only.

Each workbook is first a content model (identity, RK with IKI, target, kategori, cara memantau, butir
kegiatan, Manual IKI, the team's matrix); the defects are written into the model; then the model is laid out.
Every cell written for a place of the model is recorded under its key, so the cell of each inserted defect is
known.

Usage: ``python benchmarks/nyata_ce/buat.py [--keluaran DIR] [--harapan FILE]``."""

from __future__ import annotations

import argparse
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

SEED = 20260105
SET_NAME = "nyata_ce"

GROUPS = [
    ["kaskade_baris", "kaskade_judul"],  # jenis penyelarasan in its own row/column, or after a dash
    ["ejaan_inggris", "ejaan_kapital", "ejaan_indonesia"],  # Direct Cascading / DIRECT / Langsung
    ["anggota_jabatan", "anggota_satu_sel", "anggota_kolom"],  # how a member is named
]
OPTIONAL = [
    "rk_atas_gabung",  # 'RENCANA KINERJA KOORDINATOR' merged over the RK, each RK merged over two columns
    "matriks_transpos",  # members across the top, the koordinator's RK down the left
    "anggota_unit_lain",  # members from other units, with their unit
    "kolom_keterangan",  # a KETERANGAN column
    "kolom_nomor",  # a NO column
    "baris_koordinator",  # the koordinator's own row (cells: his RK)
    "sel_strip",  # '-' where a member has no part (else the cell is left empty)
    "judul_unit_tahun",  # title lines with the unit and the year
    "ttd_matriks",  # place, date and the koordinator's signature under the matrix
    "matriks_lembar_pertama",  # the Matriks sheet before the Rencana sheet
]
VARIATIONS = [v for g in GROUPS for v in g] + OPTIONAL + ["judul_rk_diintervensi"]
EXCLUSIVE = [set(g) for g in GROUPS] + [{"rk_atas_gabung", "matriks_transpos"}]

DEFECTS = {  # code → (severity, scope)
    "bukan-skp": ("error", "berkas"),
    "rk-atasan-kosong": ("error", "rencana"),
    "rk-berbasis-aktivitas": ("peringatan", "rencana"),
    "rk-ganda": ("peringatan", "rencana"),
    "rk-tanpa-iki": ("error", "rencana"),
    "kategori-tidak-membedakan": ("error", "rencana"),
    "kategori-tidak-berurutan": ("error", "rencana"),
    "kategori-penilaian-kosong": ("error", "rencana"),
    "target-absolut": ("peringatan", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "rencana"),
    "aspek-tidak-valid": ("error", "rencana"),
    "aspek-ganda": ("peringatan", "rencana"),
    "target-rentang-terbalik": ("error", "rencana"),
    "iki-tanpa-target": ("error", "rencana"),
    "target-tidak-terukur": ("error", "rencana"),
    "manual-iki-kosong": ("error", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "perspektif-tidak-lengkap": ("peringatan", "rencana"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
}
WITHOUT_CELL = {"bukan-skp", "keterkaitan-ak-hilang", "perspektif-tidak-lengkap"}
# defects that come from the Matriks or the cascading it records (README)
KASKADE_CODES = {"bukan-skp", "rk-atasan-kosong", "rk-berbasis-aktivitas", "rk-ganda", "rk-tanpa-iki"}
KATEGORI_CODES = ["kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"]

# (form or None for a Matriks alone, owner, team of the Matriks or None, defects [(code, variant)], forced)
PLAN: list[tuple[str | None, str, str | None, list[tuple[str, str]], set[str]]] = [
    ("ja-pengembangan", "kabid_bm", "A", [], set()),
    ("ja-pengembangan", "pengolah_jalan", "A", [], set()),
    ("ja-pengembangan", "analis_perencanaan", "C", [], set()),
    ("ja-pengembangan", "pengelola_program", "E", [], set()),
    ("ja-pengembangan", "pengadministrasi", "F", [], set()),
    ("ja-pengembangan", "kabid_kesmas", "E", [], set()),
    ("ja-pengembangan", "pengolah_data", "D", [("rk-atasan-kosong", "1")], set()),
    (
        "ja-pengembangan",
        "kabid_pik",
        "C",
        [("rk-berbasis-aktivitas", "koordinator"), ("kategori-tidak-membedakan", "")],
        set(),
    ),
    (
        "ja-pengembangan",
        "kasubbag_umum",
        "F",
        [("rk-atasan-kosong", "0"), ("cara-memantau-kosong", "")],
        set(),
    ),
    ("ja-pengembangan", "pengelola_program", "E", [("rk-tanpa-iki", "")], set()),
    ("ja-pengembangan", "analis_perencanaan", "C", [("rk-ganda", "")], set()),
    (
        "ja-pengembangan",
        "pengadministrasi",
        "F",
        [("kategori-tidak-berurutan", ""), ("target-absolut", "")],
        set(),
    ),
    ("jf-pengembangan", "tjj_muda", "A", [], set()),
    ("jf-pengembangan", "perencana_muda", "D", [], set()),
    ("jf-pengembangan", "perencana_pertama2", "D", [], set()),
    ("jf-pengembangan", "epidemiolog", "E", [], set()),
    ("jf-pengembangan", "sanitarian", "E", [], set()),
    ("jf-pengembangan", "arsiparis", "F", [], set()),
    ("jf-pengembangan", "tjj_pertama", "A", [("rk-berbasis-aktivitas", "anggota")], set()),
    ("jf-pengembangan", "perencana_muda", "C", [("rk-atasan-kosong", "0")], set()),
    (
        "jf-pengembangan",
        "nutrisionis",
        "E",
        [("rk-tanpa-butir-kegiatan", ""), ("kategori-penilaian-kosong", "")],
        set(),
    ),
    ("jf-pengembangan", "perencana_pertama", "C", [("rk-ganda", ""), ("target-tanpa-satuan", "")], set()),
    (
        "jf-pengembangan",
        "epidemiolog",
        "E",
        [("keterkaitan-ak-hilang", ""), ("satuan-tidak-sesuai-aspek", "")],
        set(),
    ),
    ("ja-dasar", "kabid_bm", "A", [], set()),
    ("ja-dasar", "pengadministrasi", None, [], set()),
    ("ja-dasar", "analis_perencanaan", "C", [("rk-atasan-kosong", "1")], set()),
    ("ja-dasar", "pengolah_jalan", None, [("aspek-tidak-valid", ""), ("target-tanpa-satuan", "")], set()),
    ("ja-dasar", "kasubbag_umum", None, [("aspek-ganda", "")], set()),
    ("jf-dasar", "sanitarian", "E", [], set()),
    ("jf-dasar", "arsiparis", None, [], set()),
    ("jf-dasar", "perencana_pertama2", "D", [("rk-berbasis-aktivitas", "anggota")], set()),
    (
        "jf-dasar",
        "tjj_muda",
        None,
        [("angka-kredit-tidak-valid", ""), ("target-rentang-terbalik", "")],
        set(),
    ),
    ("jf-dasar", "nutrisionis", None, [("iki-tanpa-target", "")], set()),
    ("jpt-dasar", "kadis_pupr", None, [], set()),
    ("jpt-dasar", "kepala_bapperida", None, [], set()),
    ("jpt-dasar", "sekda", None, [], set()),
    ("jpt-dasar", "kadis_kes", None, [("manual-iki-kosong", "")], set()),
    ("jpt-dasar", "kadis_pupr", None, [("target-tidak-terukur", "")], set()),
    ("jpt-pengembangan", "kadis_kes", None, [], set()),
    ("jpt-pengembangan", "kepala_bapperida", None, [], set()),
    ("jpt-pengembangan", "kadis_pupr", None, [], set()),
    ("jpt-pengembangan", "sekda", None, [("perspektif-tidak-valid", "")], set()),
    ("jpt-pengembangan", "kepala_bapperida", None, [("perspektif-tidak-lengkap", "")], set()),
    (None, "kabid_kesmas", "E", [("bukan-skp", "")], set()),
    (None, "kabid_pik", "C", [("bukan-skp", "")], {"matriks_transpos"}),
]

# activity wording put in place of a result (SPEC §1): in the Matriks cell and so in the Rencana
ACTIVITY = {
    "kabid_pik": "Menyusun rancangan program infrastruktur RKPD 2027",
    "tjj_pertama": "Melaksanakan survei kondisi jalan wilayah selatan",
    "perencana_pertama2": "Penyusunan peta sebaran usulan Musrenbang infrastruktur wilayah utara",
}
METHOD = {
    "ejaan_inggris": {"direct": "Direct Cascading", "nondirect": "Non Direct Cascading"},
    "ejaan_kapital": {"direct": "DIRECT", "nondirect": "NON-DIRECT"},
    "ejaan_indonesia": {"direct": "Langsung", "nondirect": "Tidak Langsung"},
}
LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
TANGGAL = f"5 Januari {bank.TAHUN}"

# ------------------------------------------------------------------------------------------------ model


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def spaced(d: str) -> str:
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def full_name(p: dict) -> str:
    s = f"{p['gd']} {p['nama']}".strip()
    return f"{s}, {p['gb']}" if p["gb"] else s


def pangkat(p: dict) -> str:
    return "-" if p["gol"] is None else f"{bank.PANGKAT[p['gol']]}, {p['gol']}"


def kategori(ik: dict, bare: bool = False) -> dict[str, str | None]:
    """Kategori thresholds of this set: Kuantitas T → < ⌊0,6T⌉, ⌊0,6T⌉ - ⌊0,8T⌉−1, ⌊0,8T⌉ - T−1, T, > T;
    Kualitas T % → < T−30, T−30 - T−16, T−15 - T−1, T, > T; Waktu (lower is better) T with step
    s = max(1, ⌊T/4⌋) → > T+2s, T+s+1 - T+2s, T+1 - T+s, T, < T."""
    u = "" if bare else f" {ik['sat']}"

    def rng(a: int, b: int) -> str:
        return f"{fmt(a)}{u}" if a == b else f"{fmt(a)} - {fmt(b)}{u}"

    t = ik["t"]
    if ik["aspek"] == "Waktu":
        s = max(1, t // 4)
        return {
            "sk": f"> {fmt(t + 2 * s)}{u}",
            "k": rng(t + s + 1, t + 2 * s),
            "c": rng(t + 1, t + s),
            "b": ik["target"],
            "sb": f"< {fmt(t)}{u}",
        }
    if ik["aspek"] == "Kualitas":
        return {
            "sk": f"< {t - 30} %",
            "k": f"{t - 30} - {t - 16} %",
            "c": f"{t - 15} - {t - 1} %",
            "b": ik["target"],
            "sb": f"> {t} %",
        }
    lo, mid = int(t * 0.6 + 0.5), int(t * 0.8 + 0.5)
    assert 0 < lo < mid <= t - 1, t
    return {
        "sk": f"< {fmt(lo)}{u}",
        "k": rng(lo, mid - 1),
        "c": rng(mid, t - 1),
        "b": ik["target"],
        "sb": f"> {fmt(t)}{u}",
    }


def ja_rk(rid: str, model: str) -> dict:
    d = bank.RK[rid]
    (qt, qn, qs), (kt, kn), (wt, wn, ws) = d["q"], d["k"], d["w"]
    ikis = [
        {"aspek": "Kuantitas", "text": qt, "t": qn, "sat": qs, "target": f"{fmt(qn)} {qs}"},
        {"aspek": "Kualitas", "text": kt, "t": kn, "sat": "%", "target": f"{kn} %"},
        {"aspek": "Waktu", "text": wt, "t": wn, "sat": ws, "target": f"{wn} {ws}"},
    ]
    for ik in ikis:
        ik["lv"] = kategori(ik) if model == "pengembangan" else None
    return {
        "id": rid,
        "text": d["text"],
        "atasan": d["atasan"],
        "persp": None,
        "iki": ikis,
        "cara": list(d["cara"]) if model == "pengembangan" else None,
        "butir": [list(b) for b in d["butir"]],
    }


def matrix_model(team: str, var: set[str]) -> dict:
    t = bank.TEAMS[team]
    P = bank.PEOPLE
    cols = [
        {"id": rid, "text": bank.RK[rid]["text"], "jenis": j, "pendekatan": ap} for rid, j, ap in t["columns"]
    ]
    rows = []
    if "baris_koordinator" in var:
        rows.append(
            {"person": t["koord"], "cells": [c["text"] for c in cols], "ket": "Koordinator", "lain": False}
        )
    for person, ids, ket in t["members"]:
        lain = P[person]["penilai"] is None
        if lain and "anggota_unit_lain" not in var:
            continue
        rows.append(
            {
                "person": person,
                "cells": [bank.RK[i]["text"] if i else None for i in ids],
                "ket": ket,
                "lain": lain,
            }
        )
    return {"team": team, "koord": t["koord"], "unit": t["unit"], "cols": cols, "rows": rows}


def build_model(form: str | None, owner: str, team: str | None, var: set[str]) -> dict:
    P = bank.PEOPLE
    peg = P[owner]
    jenis, model = form.split("-") if form else (None, None)
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "var": var,
        "owner": owner,
        "agency": peg["agency"] or "pupr",
        "peg": peg,
        "pen": P[peg["penilai"]],
        "matriks": matrix_model(team, var) if team else None,
        "rk": [],
        "ak_sheet": jenis == "jf",
        "manual_sheet": jenis == "jpt",
    }
    if jenis == "jpt":
        for persp, text, ikis in bank.JPT_RK[owner][: 3 if model == "dasar" else 5]:
            m["rk"].append(
                {
                    "text": text,
                    "atasan": None,
                    "persp": persp,
                    "cara": None,
                    "butir": [],
                    "iki": [{"text": i, "target": tg, "manual": bank.manual(text, i, tg)} for i, tg in ikis],
                }
            )
    elif jenis:
        m["rk"] = [ja_rk(rid, model) for rid in bank.own_rks(owner, team)]
    return m


# ------------------------------------------------------------------------------------------------ defects


def owner_row(m: dict) -> dict:
    return next(r for r in m["matriks"]["rows"] if r["person"] == m["owner"])


def col_of(m: dict, rk: dict) -> int:
    """The matrix column of an RK of the owner: the koordinator RK it intervenes."""
    return next(j for j, c in enumerate(m["matriks"]["cols"]) if c["text"] == rk["atasan"])


def kat_boleh(m: dict, ri: int, ii: int, codes: list[str]) -> list[dict]:
    return [{"code": c, "rowkey": ("plan", ri, ii, "iki")} for c in codes]


def apply_defect(m: dict, code: str, variant: str) -> dict:
    rks = m["rk"]
    peng = m["model"] == "pengembangan"
    kat = KATEGORI_CODES if peng else []
    mx_sheet = {"code": code, "sheetkind": "matriks"}
    ak_sheet = [{"code": code, "sheetkind": "ak"}] if m["ak_sheet"] else []
    if code == "bukan-skp":
        return {"code": code, "key": None, "alt": [], "boleh": []}
    if code == "rk-atasan-kosong":
        ri = int(variant)
        rks[ri]["atasan"] = None
        return {"code": code, "key": ("plan", ri, "atasan"), "alt": [], "boleh": []}
    if code == "rk-berbasis-aktivitas":
        new = ACTIVITY[m["owner"]]
        mx = m["matriks"]
        if variant == "koordinator":
            ri = 0
            mx["cols"][0]["text"] = new
            for row in mx["rows"]:
                if row["person"] == m["owner"]:
                    row["cells"][0] = new
        else:
            ri = 1
            owner_row(m)["cells"][col_of(m, rks[ri])] = new
        rks[ri]["text"] = new
        return {"code": code, "key": ("plan", ri, "rk"), "alt": [], "boleh": [mx_sheet] + ak_sheet}
    if code == "rk-ganda":
        owner_row(m)["cells"][col_of(m, rks[1])] = rks[0]["text"]
        rks[1]["text"] = rks[0]["text"]
        return {"code": code, "key": ("plan", 1, "rk"), "alt": [], "boleh": [mx_sheet] + ak_sheet}
    if code == "rk-tanpa-iki":
        rks[1]["iki"] = []
        codes = ["aspek-tidak-valid", "iki-tanpa-target", "target-tidak-terukur", "target-tanpa-satuan"] + kat
        return {
            "code": code,
            "key": ("plan", 1, "rk"),
            "alt": [("plan", 1, 0, "iki")],
            "boleh": kat_boleh(m, 1, 0, codes),
        }
    if code == "kategori-tidak-membedakan":
        ik = rks[1]["iki"][0]
        ik["lv"]["sb"] = ik["target"]
        return {
            "code": code,
            "key": ("plan", 1, 0, "sb"),
            "alt": [],
            "boleh": kat_boleh(m, 1, 0, ["kategori-tidak-berurutan"]),
        }
    if code == "kategori-tidak-berurutan":
        lv = rks[0]["iki"][0]["lv"]
        lv["k"], lv["c"] = lv["c"], lv["k"]
        return {
            "code": code,
            "key": ("plan", 0, 0, "c"),
            "alt": [("plan", 0, 0, "k")],
            "boleh": kat_boleh(m, 0, 0, ["kategori-tidak-membedakan"]),
        }
    if code == "target-absolut":
        ik = rks[1]["iki"][1]
        ik["text"] = "Semua berkas usulan layanan kepegawaian diterima BKPSDM tanpa dikembalikan"
        ik["target"] = "100 %"
        if ik["lv"]:
            ik["lv"] = {"sk": "< 70 %", "k": "70 - 84 %", "c": "85 - 99 %", "b": "100 %", "sb": None}
        return {
            "code": code,
            "key": ("plan", 1, 1, "iki"),
            "alt": [("plan", 1, 1, "target")],
            "boleh": kat_boleh(m, 1, 1, kat),
        }
    if code == "cara-memantau-kosong":
        rks[1]["cara"][2] = None
        return {"code": code, "key": ("plan", 1, "waktu"), "alt": [], "boleh": []}
    if code == "kategori-penilaian-kosong":
        rks[0]["iki"][0]["lv"] = None
        alt = [("plan", 0, 0, lv) for lv in LEVELS if lv != "b"]
        return {"code": code, "key": ("plan", 0, 0, "b"), "alt": alt, "boleh": []}
    if code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        return {"code": code, "key": ("plan", 1, "rk"), "alt": [], "boleh": []}
    if code == "target-tanpa-satuan":
        ik = rks[1]["iki"][0]
        ik["target"] = fmt(ik["t"])
        if ik["lv"]:
            ik["lv"] = kategori(ik, bare=True)
        return {"code": code, "key": ("plan", 1, 0, "target"), "alt": [], "boleh": kat_boleh(m, 1, 0, kat)}
    if code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        return {"code": code, "key": None, "alt": [], "boleh": []}
    if code == "satuan-tidak-sesuai-aspek":
        ik = rks[1]["iki"][2]
        ik["sat"] = rks[1]["iki"][0]["sat"]
        ik["target"] = f"{ik['t']} {ik['sat']}"
        if ik["lv"]:
            ik["lv"] = kategori(ik)
        return {"code": code, "key": ("plan", 1, 2, "target"), "alt": [], "boleh": kat_boleh(m, 1, 2, kat)}
    if code == "aspek-tidak-valid":
        rks[0]["iki"][1]["aspek"] = "Ketepatan"
        return {"code": code, "key": ("plan", 0, 1, "aspek"), "alt": [], "boleh": kat_boleh(m, 0, 1, kat)}
    if code == "aspek-ganda":
        rks[1]["iki"][1]["aspek"] = "Kuantitas"
        return {"code": code, "key": ("plan", 1, 1, "aspek"), "alt": [], "boleh": []}
    if code == "target-rentang-terbalik":
        ik = rks[0]["iki"][0]
        ik["target"] = f"{ik['t']} - {ik['t'] - 4} {ik['sat']}"
        return {"code": code, "key": ("plan", 0, 0, "target"), "alt": [], "boleh": kat_boleh(m, 0, 0, kat)}
    if code == "iki-tanpa-target":
        rks[0]["iki"][1]["target"] = None
        return {"code": code, "key": ("plan", 0, 1, "target"), "alt": [], "boleh": kat_boleh(m, 0, 1, kat)}
    if code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = "-0,450"
        return {"code": code, "key": ("ak", 0, 0, "ak"), "alt": [], "boleh": []}
    if code == "manual-iki-kosong":
        rks[1]["iki"][0]["manual"]["definisi"] = None
        return {
            "code": code,
            "key": ("manual", 1, 0, "definisi", "value"),
            "alt": [("manual", 1, 0, "definisi", "label")],
            "boleh": [],
        }
    if code == "target-tidak-terukur":
        rks[2]["iki"][0]["target"] = "Sesuai standar pelayanan"
        return {
            "code": code,
            "key": ("plan", 2, 0, "target"),
            "alt": [],
            "boleh": kat_boleh(m, 2, 0, ["target-tanpa-satuan"]),
        }
    if code == "perspektif-tidak-valid":
        rks[2]["persp"] = "Tata Kelola Pemerintahan"
        return {"code": code, "key": ("plan", 2, "persp"), "alt": [], "boleh": []}
    if code == "perspektif-tidak-lengkap":
        assert rks[3]["persp"] == "Penguatan Internal"
        rks[3]["persp"] = "Proses Bisnis"
        return {"code": code, "key": None, "alt": [], "boleh": []}
    raise KeyError((code, variant))


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
        bold=False,
        center=False,
        box=False,
        fill=False,
    ):
        cell = self.ws.cell(row=r, column=c)
        cell.value = v
        cell.alignment = CENTER if center else WRAP
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        if fill:
            cell.fill = FILL
        if key is not None:
            self.cells[key] = (self.ws.title, cell.coordinate)

    def merge(self, r1: int, c1: int, r2: int, c2: int, box: bool = True) -> None:
        if box:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def widths(self, widths: dict[int, float]) -> None:
        for c, w in widths.items():
            self.ws.column_dimensions[get_column_letter(c)].width = w


def agency_line(m: dict) -> str:
    if m["owner"] == "sekda":
        return f"SEKRETARIAT DAERAH KABUPATEN {bank.KAB.upper()}"
    return f"{bank.AGENCY[m['agency']]['nama'].upper()} KABUPATEN {bank.KAB.upper()}"


def heading(sh: Sheet, m: dict, title: str, last: int) -> int:
    """Title, agency and periode lines; returns the first row after them."""
    for r, (text, bold) in enumerate(
        (
            (title, True),
            (agency_line(m), True),
            (f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}", False),
        ),
        start=1,
    ):
        sh.put(r, 1, text, bold=bold, center=True)
        sh.merge(r, 1, r, last, box=False)
    return 5


def identity(sh: Sheet, m: dict, r: int) -> int:
    """Two blocks side by side: NO | label | value (A–C) and NO | label | value over three columns (D–H)."""
    for who, c0, head in (("peg", 1, "PEGAWAI YANG DINILAI"), ("pen", 4, "PEJABAT PENILAI KINERJA")):
        p = m[who]
        vend = c0 + 2 if c0 == 1 else c0 + 4
        sh.put(r, c0, "NO", bold=True, center=True, box=True, fill=True)
        sh.put(r, c0 + 1, head, bold=True, center=True, box=True, fill=True)
        sh.merge(r, c0 + 1, r, vend)
        rows = [
            ("nama", "NAMA", full_name(p)),
            ("nip", "NIP", spaced(p["nip"]) if p["nip"] else "-"),
            ("pangkat", "PANGKAT/GOL RUANG", pangkat(p)),
            ("jabatan", "JABATAN", p["jabatan"]),
            ("unit", "UNIT KERJA", p["unit"]),
        ]
        for i, (key, label, value) in enumerate(rows, start=1):
            sh.put(r + i, c0, i, center=True, box=True)
            sh.put(r + i, c0 + 1, label, ("id", sh.kind, who, key, "label"), box=True)
            sh.put(r + i, c0 + 2, value, ("id", sh.kind, who, key, "value"), box=True)
            sh.merge(r + i, c0 + 2, r + i, vend)
    return r + 7


def columns(m: dict) -> list[str]:
    if m["jenis"] == "jpt":
        return (["persp"] if m["model"] == "pengembangan" else []) + ["no", "rk", "iki", "target"]
    cols = ["no", "atasan", "rk", "aspek", "iki", "target"]
    if m["model"] == "pengembangan":
        cols += LEVELS + ["data", "sumber", "waktu"]
    return cols


HEAD = {
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "persp": "PERSPEKTIF",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    **LEVEL_HEAD,
}
WIDTH = {"no": 5, "atasan": 34, "rk": 34, "aspek": 12, "iki": 36, "target": 14, "persp": 18}
PER_RK = {"no", "atasan", "rk", "persp", "data", "sumber", "waktu"}


def plan_table(sh: Sheet, m: dict, r: int) -> tuple[int, dict[str, int]]:
    cols = columns(m)
    col = {k: 1 + i for i, k in enumerate(cols)}
    last = len(cols)
    two = m["model"] == "pengembangan" and m["jenis"] != "jpt"
    head = dict(HEAD)
    if "judul_rk_diintervensi" in m["var"]:
        head["atasan"] = "RENCANA KINERJA ATASAN YANG DIINTERVENSI"
    for k in cols:
        if two and (k in LEVEL_HEAD or k in ("data", "sumber", "waktu")):
            sh.put(r + 1, col[k], head[k], bold=True, center=True, box=True, fill=True)
        else:
            sh.put(r, col[k], head[k], bold=True, center=True, box=True, fill=True)
            if two:
                sh.merge(r, col[k], r + 1, col[k])
    if two:
        sh.put(r, col["sk"], "KATEGORI PENILAIAN KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col["sk"], r, col["sb"])
        sh.put(r, col["data"], "CARA MEMANTAU KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col["data"], r, col["waktu"])
        r += 1
    r += 1
    sh.put(r, 1, "A. KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 1, r, last)
    r += 1
    for ri, rk in enumerate(m["rk"]):
        top = r
        ikis = rk["iki"] or [{"aspek": None, "text": None, "target": None, "lv": None}]
        for ii, ik in enumerate(ikis):
            for k in cols:
                if k in PER_RK and ii:
                    continue
                v = {
                    "no": ri + 1,
                    "atasan": rk["atasan"],
                    "rk": rk["text"],
                    "persp": rk["persp"],
                    "aspek": ik.get("aspek"),
                    "iki": ik["text"],
                    "target": ik["target"],
                }.get(k)
                if k in ("data", "sumber", "waktu"):
                    v = rk["cara"][("data", "sumber", "waktu").index(k)]
                if k in LEVEL_HEAD:
                    v = ik["lv"][k] if ik.get("lv") else None
                key = ("plan", ri, k) if k in PER_RK else ("plan", ri, ii, k)
                sh.put(
                    r,
                    col[k],
                    v,
                    key,
                    box=True,
                    center=k in ("no", "aspek", "target", "persp") or k in LEVEL_HEAD,
                )
            r += 1
        for k in cols:
            if k in PER_RK:
                sh.merge(top, col[k], r - 1, col[k])
    sh.put(r, 1, "B. KINERJA TAMBAHAN", bold=True, box=True)
    sh.merge(r, 1, r, last)
    r += 1
    for k in cols:
        sh.put(r, col[k], None, box=True)
    return r + 1, col


def signature(sh: Sheet, m: dict, r: int, left: int, right: int) -> None:
    sh.put(r, right, f"{bank.TEMPAT}, {TANGGAL}")
    sh.put(r + 1, left, "Pejabat Penilai Kinerja,")
    sh.put(r + 1, right, "Pegawai yang Dinilai,")
    for who, c in (("pen", left), ("peg", right)):
        p = m[who]
        sh.put(r + 5, c, full_name(p))
        sh.ws.cell(row=r + 5, column=c).font = Font(bold=True, underline="single")
        if p["nip"]:
            sh.put(r + 6, c, f"NIP. {spaced(p['nip'])}")


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet(bank.AGENCY[m["agency"]]["rencana"])
    sh = Sheet(ws, "skp", cells)
    cols = columns(m)
    last = max(len(cols), 8)
    sh.widths({c: 16 for c in range(1, last + 1)})
    sh.widths({1 + i: WIDTH.get(k, 12) for i, k in enumerate(cols)})
    r = heading(sh, m, "RENCANA SASARAN KINERJA PEGAWAI", last)
    r = identity(sh, m, r)
    r, col = plan_table(sh, m, r)
    signature(sh, m, r + 1, col.get("atasan", col["rk"]), col["iki"])


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet("Keterkaitan AK")
    sh = Sheet(ws, "ak", cells)
    sh.widths({1: 5, 2: 36, 3: 38, 4: 22, 5: 14, 6: 16, 7: 16, 8: 16})
    r = heading(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 8)
    r = identity(sh, m, r)
    sh.put(r, 1, f"TANGGAL PENGAJUAN: {TANGGAL}", bold=True)
    sh.merge(r, 1, r, 3, box=False)
    r += 2
    for i, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT")):
        sh.put(r, 1 + i, h, bold=True, center=True, box=True, fill=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 1, r, 5)
    r += 1
    n = 0
    for ri, rk in enumerate(m["rk"]):
        if not rk["butir"]:
            continue
        n += 1
        top = r
        sh.put(r, 1, n, center=True, box=True)
        sh.put(r, 2, rk["text"], ("ak", ri, "rk"), box=True)
        for bi, (butir, output, ak) in enumerate(rk["butir"]):
            sh.put(r, 3, butir, box=True)
            sh.put(r, 4, output, box=True)
            sh.put(r, 5, ak, ("ak", ri, bi, "ak"), center=True, box=True)
            r += 1
        sh.merge(top, 1, r - 1, 1)
        sh.merge(top, 2, r - 1, 2)


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
    ws = wb.create_sheet("Manual IKI")
    sh = Sheet(ws, "manual", cells)
    sh.widths({1: 30, 2: 30, 3: 30, 4: 30})
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True, center=True)
    sh.merge(1, 1, 1, 4, box=False)
    sh.put(2, 1, f"{full_name(m['peg'])} - {m['peg']['jabatan']}", center=True)
    sh.merge(2, 1, 2, 4, box=False)
    r, n = 4, 0
    for ri, rk in enumerate(m["rk"]):
        for ii, ik in enumerate(rk["iki"]):
            n += 1
            sh.put(r, 1, f"IKI {n}", bold=True, fill=True, box=True)
            sh.merge(r, 1, r, 4)
            r += 1
            for key, label in MANUAL_LABELS:
                sh.put(r, 1, label, ("manual", ri, ii, key, "label"), bold=True, box=True)
                sh.put(r, 2, ik["manual"][key], ("manual", ri, ii, key, "value"), box=True)
                sh.merge(r, 2, r, 4)
                r += 1
            r += 1


# ------------------------------------------------------------------------------------------------ Matriks


def member_lines(p: dict, lain: bool) -> list[str]:
    return [full_name(p), f"NIP. {spaced(p['nip'])}", p["jabatan"]] + ([f"({p['unit']})"] if lain else [])


def member_jabatan(p: dict, lain: bool) -> str:
    return f"{p['jabatan']} ({p['unit']})" if lain else p["jabatan"]


def matrix_title(sh: Sheet, m: dict, last: int) -> int:
    var, mx = m["var"], m["matriks"]
    lines = ["MATRIKS PEMBAGIAN PERAN DAN HASIL"]
    if "judul_unit_tahun" in var:
        lines += [mx["unit"], f"KABUPATEN {bank.KAB.upper()} TAHUN {bank.TAHUN}"]
    for r, text in enumerate(lines, start=1):
        sh.put(r, 1, text, bold=True, center=True)
        sh.merge(r, 1, r, last, box=False)
    return len(lines) + 2


def rk_head(m: dict, j: int) -> str:
    c = m["matriks"]["cols"][j]
    if "kaskade_judul" in m["var"]:
        return f"{c['text']} - {method(m, j)}"
    return c["text"]


def method(m: dict, j: int) -> str:
    spelling = next(v for v in GROUPS[1] if v in m["var"])
    return METHOD[spelling][m["matriks"]["cols"][j]["jenis"]]


def matrix_signature(sh: Sheet, m: dict, r: int, c: int) -> None:
    k = bank.PEOPLE[m["matriks"]["koord"]]
    sh.put(r, c, f"{bank.TEMPAT}, {TANGGAL}")
    sh.put(r + 1, c, "Koordinator,")
    sh.put(r + 2, c, f"{k['jabatan']},")
    sh.put(r + 6, c, full_name(k))
    sh.ws.cell(row=r + 6, column=c).font = Font(bold=True, underline="single")
    sh.put(r + 7, c, f"NIP. {spaced(k['nip'])}")


def write_matrix_normal(sh: Sheet, m: dict) -> None:
    var, mx = m["var"], m["matriks"]
    P = bank.PEOPLE
    gabung = "rk_atas_gabung" in var
    c = 1
    no_col = None
    if "kolom_nomor" in var:
        no_col, c = c, c + 1
    id_cols: list[tuple[str, int]] = []
    if "anggota_kolom" in var:
        for k in ["nama", "nip", "jabatan"] + (["unit"] if "anggota_unit_lain" in var else []):
            id_cols.append((k, c))
            c += 1
    else:
        id_cols.append(("id", c))
        c += 1
    rk_cols = []
    for _ in mx["cols"]:
        rk_cols.append(c)
        c += 2 if gabung else 1
    ket_col = c if "kolom_keterangan" in var else None
    last = ket_col or c - 1
    widths = {no_col: 5} if no_col else {}
    for k, cc in id_cols:
        widths[cc] = {"nama": 26, "nip": 22, "jabatan": 30, "unit": 26, "id": 36}[k]
    for cc in rk_cols:
        for x in range(cc, cc + (2 if gabung else 1)):
            widths[x] = 18 if gabung else 34
    if ket_col:
        widths[ket_col] = 24
    sh.widths(widths)
    h = matrix_title(sh, m, last)
    id_head = {
        "nama": "NAMA",
        "nip": "NIP",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "id": "ANGGOTA TIM\n(NAMA / NIP / JABATAN)" if "anggota_satu_sel" in var else "JABATAN ANGGOTA TIM",
    }
    left = ([("no", no_col)] if no_col else []) + id_cols
    for k, cc in left:
        sh.put(h, cc, "NO" if k == "no" else id_head[k], bold=True, center=True, box=True, fill=True)
        sh.merge(h, cc, h + 1, cc)
    if gabung:
        sh.put(
            h,
            rk_cols[0],
            "RENCANA KINERJA KOORDINATOR YANG DIBAGI",
            bold=True,
            center=True,
            box=True,
            fill=True,
        )
        sh.merge(h, rk_cols[0], h, rk_cols[-1] + 1)
    for j, cc in enumerate(rk_cols):
        if not gabung:
            sh.put(h, cc, f"RK KOORDINATOR {j + 1}", bold=True, center=True, box=True, fill=True)
        sh.put(h + 1, cc, rk_head(m, j), ("mx", "rk", j), bold=True, center=True, box=True, fill=True)
        if gabung:
            sh.merge(h + 1, cc, h + 1, cc + 1)
    if ket_col:
        sh.put(h, ket_col, "KETERANGAN", bold=True, center=True, box=True, fill=True)
        sh.merge(h, ket_col, h + 1, ket_col)
    r = h + 2
    if "kaskade_baris" in var:
        first = left[0][1]
        sh.put(r, first, "JENIS PENYELARASAN", bold=True, box=True)
        sh.merge(r, first, r, left[-1][1])
        for j, cc in enumerate(rk_cols):
            sh.put(r, cc, method(m, j), ("mx", "method", j), center=True, box=True)
            if gabung:
                sh.merge(r, cc, r, cc + 1)
        if ket_col:
            sh.put(r, ket_col, None, box=True)
        r += 1
    for i, row in enumerate(mx["rows"]):
        p = P[row["person"]]
        if no_col:
            sh.put(r, no_col, i + 1, center=True, box=True)
        for k, cc in id_cols:
            v = {
                "nama": full_name(p),
                "nip": spaced(p["nip"]),
                "jabatan": p["jabatan"],
                "unit": p["unit"],
                "id": "\n".join(member_lines(p, row["lain"]))
                if "anggota_satu_sel" in var
                else member_jabatan(p, row["lain"]),
            }[k]
            sh.put(r, cc, v, ("mx", "id", i, k), box=True)
        for j, cc in enumerate(rk_cols):
            v = row["cells"][j]
            if v is None and "sel_strip" in var:
                v = "-"
            sh.put(r, cc, v, ("mx", "cell", i, j), box=True, center=v == "-")
            if gabung:
                sh.merge(r, cc, r, cc + 1)
        if ket_col:
            sh.put(r, ket_col, row["ket"], box=True)
        r += 1
    if "ttd_matriks" in var:
        matrix_signature(sh, m, r + 1, rk_cols[-1])


def write_matrix_transposed(sh: Sheet, m: dict) -> None:
    var, mx = m["var"], m["matriks"]
    P = bank.PEOPLE
    c = 1
    no_col = None
    if "kolom_nomor" in var:
        no_col, c = c, c + 1
    rk_col, c = c, c + 1
    met_col = None
    if "kaskade_baris" in var:
        met_col, c = c, c + 1
    mem_cols = []
    for _ in mx["rows"]:
        mem_cols.append(c)
        c += 1
    ket_col = c if "kolom_keterangan" in var else None
    last = ket_col or c - 1
    widths = {rk_col: 36}
    if no_col:
        widths[no_col] = 5
    if met_col:
        widths[met_col] = 16
    for cc in mem_cols:
        widths[cc] = 28
    if ket_col:
        widths[ket_col] = 22
    sh.widths(widths)
    h = matrix_title(sh, m, last)
    if "anggota_kolom" in var:
        keys = ["nama", "nip", "jabatan"] + (["unit"] if "anggota_unit_lain" in var else [])
        labels = {"nama": "NAMA", "nip": "NIP", "jabatan": "JABATAN", "unit": "UNIT KERJA"}
        for n, k in enumerate(keys):
            sh.put(h + n, rk_col, labels[k], bold=True, box=True, fill=True)
            for i, row in enumerate(mx["rows"]):
                p = P[row["person"]]
                v = {
                    "nama": full_name(p),
                    "nip": spaced(p["nip"]),
                    "jabatan": p["jabatan"],
                    "unit": p["unit"],
                }[k]
                sh.put(h + n, mem_cols[i], v, ("mx", "id", i, k), center=True, box=True)
        hr = h + len(keys)
        sh.put(hr, rk_col, "RENCANA KINERJA KOORDINATOR", bold=True, center=True, box=True, fill=True)
        sh.put(
            hr,
            mem_cols[0],
            "HASIL YANG DIHARAPKAN DARI ANGGOTA TIM",
            bold=True,
            center=True,
            box=True,
            fill=True,
        )
        sh.merge(hr, mem_cols[0], hr, mem_cols[-1])
        for cc, text in ((no_col, "NO"), (met_col, "JENIS PENYELARASAN"), (ket_col, "KETERANGAN")):
            if cc:
                sh.put(hr, cc, text, bold=True, center=True, box=True, fill=True)
        r = hr + 1
    else:
        sh.put(h, rk_col, "RENCANA KINERJA KOORDINATOR", bold=True, center=True, box=True, fill=True)
        sh.merge(h, rk_col, h + 1, rk_col)
        for cc, text in ((no_col, "NO"), (met_col, "JENIS PENYELARASAN"), (ket_col, "KETERANGAN")):
            if cc:
                sh.put(h, cc, text, bold=True, center=True, box=True, fill=True)
                sh.merge(h, cc, h + 1, cc)
        sh.put(
            h,
            mem_cols[0],
            "ANGGOTA TIM DAN HASIL YANG DIHARAPKAN",
            bold=True,
            center=True,
            box=True,
            fill=True,
        )
        sh.merge(h, mem_cols[0], h, mem_cols[-1])
        for i, row in enumerate(mx["rows"]):
            p = P[row["person"]]
            v = (
                "\n".join(member_lines(p, row["lain"]))
                if "anggota_satu_sel" in var
                else member_jabatan(p, row["lain"])
            )
            sh.put(h + 1, mem_cols[i], v, ("mx", "id", i, "id"), bold=True, center=True, box=True, fill=True)
        r = h + 2
    for j, col in enumerate(mx["cols"]):
        if no_col:
            sh.put(r, no_col, j + 1, center=True, box=True)
        sh.put(r, rk_col, rk_head(m, j), ("mx", "rk", j), box=True)
        if met_col:
            sh.put(r, met_col, method(m, j), ("mx", "method", j), center=True, box=True)
        for i, row in enumerate(mx["rows"]):
            v = row["cells"][j]
            if v is None and "sel_strip" in var:
                v = "-"
            sh.put(r, mem_cols[i], v, ("mx", "cell", i, j), box=True, center=v == "-")
        if ket_col:
            sh.put(r, ket_col, col["pendekatan"], box=True)
        r += 1
    if "ttd_matriks" in var:
        matrix_signature(sh, m, r + 1, mem_cols[-1])


def write_matrix(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet(bank.AGENCY[m["agency"]]["matriks"])
    sh = Sheet(ws, "matriks", cells)
    if "matriks_transpos" in m["var"]:
        write_matrix_transposed(sh, m)
    else:
        write_matrix_normal(sh, m)


def write_workbook(m: dict, path: Path) -> dict:
    cells: dict = {}
    wb = Workbook()
    wb.remove(wb.active)
    first = m["matriks"] is not None and ("matriks_lembar_pertama" in m["var"] or m["form"] is None)
    if first:
        write_matrix(wb, m, cells)
    if m["form"]:
        write_plan(wb, m, cells)
        if m["matriks"] is not None and not first:
            write_matrix(wb, m, cells)
        if m["ak_sheet"]:
            write_ak(wb, m, cells)
        if m["manual_sheet"]:
            write_manual(wb, m, cells)
    wb.active = 0
    wb.save(path)
    return cells


# ------------------------------------------------------------------------------------------------ manifest

SHEETKIND = {"matriks": lambda m: bank.AGENCY[m["agency"]]["matriks"], "ak": lambda m: "Keterkaitan AK"}


def entry(m: dict, at: dict, cells: dict) -> tuple[dict, list[dict]]:
    main = cells.get(at["key"]) if at["key"] else None
    if at["key"] is not None and main is None:
        raise KeyError((m["owner"], at))
    alts, seen = [], {main}
    for k in at["alt"]:
        w = cells.get(k)
        if w and w not in seen:
            seen.add(w)
            alts.append({"sheet": w[0], "cell": w[1]})
    d = {
        "code": at["code"],
        "severity": DEFECTS[at["code"]][0],
        "sheet": main[0] if main else None,
        "cell": main[1] if main else None,
        "alt_cells": alts,
    }
    boleh = []
    for b in at["boleh"]:
        if "sheetkind" in b:
            boleh.append({"code": b["code"], "sheet": SHEETKIND[b["sheetkind"]](m)})
        else:
            sheet, cell = cells[b["rowkey"]]
            boleh.append(
                {"code": b["code"], "sheet": sheet, "row": "".join(ch for ch in cell if ch.isdigit())}
            )
    return d, boleh


def draw(rng: random.Random, used: dict[str, int], chosen: list[str], n: int, never: set[str]) -> list[str]:
    """One variation of each group and n optional ones, the least used first (ties broken by the seed)."""
    for g in GROUPS:
        if not set(g) & set(chosen):
            pool = list(g)
            rng.shuffle(pool)
            pool.sort(key=lambda v: used[v])
            chosen.append(pool[0])
    pool = [v for v in OPTIONAL if v not in never]
    rng.shuffle(pool)
    added = 0
    while added < n and pool:
        pool.sort(key=lambda v: used[v])
        v = pool.pop(0)
        if v in chosen or any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
        added += 1
    return chosen


def file_name(form: str | None, n: int, codes: list[str]) -> str:
    return f"{form or 'matriks'}-{n:02d}-skp{bank.TAHUN}-{'-'.join(codes) if codes else 'bersih'}.xlsx"


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
    for form, owner, team, defects, forced in PLAN:
        key = form or "matriks"
        counters[key] = counters.get(key, 0) + 1
        chosen = sorted(forced)
        if team:
            never = set() if form else {"matriks_lembar_pertama"}  # a Matriks alone is the only sheet
            chosen = draw(rng, used, chosen, rng.randint(3, 5), never)
        if form and not form.startswith("jpt") and rng.random() < 0.4:
            chosen.append("judul_rk_diintervensi")
        for v in chosen:
            used[v] += 1
        var = sorted(chosen)
        m = build_model(form, owner, team, set(var))
        ats = [apply_defect(m, code, variant) for code, variant in defects]
        name = file_name(form, counters[key], [c for c, _ in defects])
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], []
        for at in ats:
            d, b = entry(m, at, cells)
            ds.append(d)
            boleh += [x for x in b if x not in boleh]
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": var,
                "peran": owner,
                "jabatan": bank.PEOPLE[owner]["jabatan"],
                "matriks": team,
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
