"""Generator of the held-out set ``nyata_ci``: Rencana SKP 2028 of the fictional Pemerintah Kabupaten Karang
Melati (Dinas Perhubungan, Badan Pendapatan Daerah), all six forms, whose Rencana SKP table is structured
the way staff structure it: section rows written in several ways (``KINERJA UTAMA``, ``I. Kinerja Utama``,
``UTAMA``, a letter in its own cell, only in column A, ``TUGAS TAMBAHAN``), Kinerja Tambahan empty, with a
``-`` row or with two or three RK, RK numbered ``1.``, ``I``, ``a.`` or continuing across sections, IKI
rows numbered ``1.1``, the RK repeated on every IKI row or written once, RK atasan merged over two RK, an RK
with four IKI, spacer rows, a page-break header repeated mid-table, a column-number row and a ``JUMLAH`` row.
Deterministic (fixed seed), openpyxl only.

Each workbook is a content model (RK with IKI, target, kategori, cara memantau; butir; Manual IKI); the
defects are written into the model; the model is laid out in the file's variations and every cell written
for a place of the model is recorded under its key, so the cell of each inserted defect is known exactly.

Usage: ``python benchmarks/nyata_ci/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

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

SEED = 20280117
SET_NAME = "nyata_ci"

VARIATIONS = [
    "seksi_polos",  # KINERJA UTAMA / KINERJA TAMBAHAN without letter
    "seksi_romawi",  # I. Kinerja Utama / II. Kinerja Tambahan
    "seksi_singkat",  # UTAMA / TAMBAHAN
    "seksi_huruf_terpisah",  # A | KINERJA UTAMA in two cells
    "seksi_kolom_a",  # section label only in column A, not merged
    "tugas_tambahan",  # B. TUGAS TAMBAHAN (the PP 46 word) with RK under it
    "tambahan_kosong",  # B. KINERJA TAMBAHAN with no row at all
    "tambahan_strip",  # one row of '-' under B
    "tambahan_dua",  # two RK under B
    "tambahan_tiga",  # three RK under B
    "atasan_tambahan_strip",  # RK atasan of Kinerja Tambahan written '-' (default: empty)
    "no_titik",  # RK numbered 1., 2.
    "no_romawi",  # RK numbered I, II
    "no_huruf",  # RK numbered a., b.
    "no_lanjut",  # numbering continues across sections
    "iki_bernomor",  # NO column holds 1.1, 1.2 on every IKI row
    "rk_diulang",  # RK (and NO, RK atasan, cara memantau) repeated on every IKI row
    "rk_sekali",  # RK written once, blank cells under it (not merged)
    "atasan_gabung",  # one RK atasan merged over RK 1 and RK 2
    "rk_empat_iki",  # the first RK has four IKI
    "baris_pemisah",  # a blank row between RK
    "header_berulang",  # the column header repeated before the third RK (page break)
    "nomor_kolom",  # a row (1) (2) (3) … under the header
    "baris_jumlah",  # JUMLAH row under the table
]
EXCLUSIVE = [
    {"seksi_polos", "seksi_romawi", "seksi_singkat", "seksi_huruf_terpisah"},
    {"seksi_kolom_a", "seksi_huruf_terpisah"},
    {"tambahan_kosong", "tambahan_strip", "tambahan_dua", "tambahan_tiga"},
    {"tambahan_kosong", "tambahan_strip", "atasan_tambahan_strip"},
    {"tambahan_kosong", "tambahan_strip", "no_lanjut"},
    {"tambahan_kosong", "tambahan_strip", "tugas_tambahan"},
    {"no_titik", "no_romawi", "no_huruf", "iki_bernomor"},
    {"rk_diulang", "rk_sekali", "atasan_gabung"},
    {"atasan_gabung", "baris_pemisah"},
]
JA_JF_ONLY = {"atasan_gabung", "atasan_tambahan_strip"}
# the section of the RK under these labels is not decided by SPEC
TAMBAHAN_RAGU = {"seksi_singkat", "tugas_tambahan"}

DEFECTS = {  # code → (severity, scope)
    "kinerja-utama-kosong": ("error", "rencana"),
    "rk-tanpa-iki": ("error", "rencana"),
    "iki-tanpa-target": ("error", "rencana"),
    "rk-atasan-kosong": ("error", "rencana"),
    "rk-ganda": ("peringatan", "rencana"),
    "aspek-ganda": ("peringatan", "rencana"),
    "aspek-tidak-valid": ("error", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
}
WITHOUT_CELL: set[str] = set()
KATEGORI_CODES = ["kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"]

U, T = "u", "t"  # sections

# (form, role, defects [(code, params)], forced variations, variations never drawn)
PLAN: list[tuple[str, str, list[tuple[str, dict]], set[str], set[str]]] = [
    ("ja-dasar", "sekdishub", [], set(), set()),
    ("ja-dasar", "kabid_lalin", [], {"atasan_gabung"}, set()),
    ("ja-dasar", "kabid_pajak", [], set(), set()),
    ("ja-dasar", "pengadm_pajak", [], {"atasan_gabung"}, set()),
    ("ja-dasar", "sekdishub", [("rk-atasan-kosong", {"ri": 1})], {"rk_diulang"}, set()),
    ("ja-dasar", "kabid_pajak", [("kinerja-utama-kosong", {"v": "strip"})], {"seksi_polos"}, set()),
    (
        "ja-dasar",
        "pengadm_pajak",
        [("aspek-ganda", {"ri": 1}), ("iki-tanpa-target", {"sect": T, "ri": 1, "ii": 0})],
        {"rk_sekali", "tambahan_dua"},
        set(),
    ),
    ("ja-dasar", "kabid_lalin", [("rk-tanpa-iki", {"sect": U, "ri": 2})], {"baris_pemisah"}, set()),
    ("ja-pengembangan", "kabid_lalin", [], {"atasan_gabung"}, set()),
    ("ja-pengembangan", "kabid_pajak", [], set(), set()),
    ("ja-pengembangan", "pengadm_pajak", [], set(), set()),
    ("ja-pengembangan", "sekdishub", [], set(), set()),
    (
        "ja-pengembangan",
        "sekdishub",
        [("rk-ganda", {"sect": T, "ri": 0, "src": 1})],
        {"tambahan_dua", "atasan_tambahan_strip"},
        set(),
    ),
    (
        "ja-pengembangan",
        "kabid_lalin",
        [("aspek-tidak-valid", {"ri": 0, "ii": 2, "value": None}), ("cara-memantau-kosong", {"ri": 2})],
        {"iki_bernomor"},
        set(),
    ),
    ("ja-pengembangan", "kabid_pajak", [("rk-atasan-kosong", {"ri": 2})], {"atasan_gabung"}, set()),
    (
        "ja-pengembangan",
        "pengadm_pajak",
        [("iki-tanpa-target", {"sect": U, "ri": 2, "ii": 1}), ("aspek-ganda", {"ri": 0})],
        {"header_berulang"},
        set(),
    ),
    ("jf-dasar", "penguji", [], {"atasan_tambahan_strip"}, set()),
    ("jf-dasar", "analis_keu", [], set(), set()),
    ("jf-dasar", "pranata_komputer", [], set(), set()),
    ("jf-dasar", "arsiparis", [], set(), set()),
    ("jf-dasar", "penguji", [("rk-tanpa-iki", {"sect": U, "ri": 1})], {"rk_diulang"}, set()),
    (
        "jf-dasar",
        "analis_keu",
        [("aspek-tidak-valid", {"ri": 1, "ii": 0, "value": "Manfaat"}), ("rk-atasan-kosong", {"ri": 0})],
        {"no_romawi", "seksi_romawi"},
        set(),
    ),
    ("jf-dasar", "pranata_komputer", [("rk-ganda", {"sect": U, "ri": 2, "src": 0})], {"rk_diulang"}, set()),
    ("jf-dasar", "arsiparis", [("kinerja-utama-kosong", {"v": "kosong"})], {"seksi_huruf_terpisah"}, set()),
    ("jf-pengembangan", "penguji", [], set(), set()),
    ("jf-pengembangan", "arsiparis", [], set(), set()),
    ("jf-pengembangan", "analis_keu", [], set(), set()),
    (
        "jf-pengembangan",
        "pranata_komputer",
        [("aspek-ganda", {"ri": 2}), ("iki-tanpa-target", {"sect": T, "ri": 2, "ii": 0})],
        {"iki_bernomor", "tambahan_tiga"},
        set(),
    ),
    (
        "jf-pengembangan",
        "analis_keu",
        [("rk-atasan-kosong", {"ri": 1})],
        {"seksi_kolom_a", "no_huruf"},
        set(),
    ),
    (
        "jf-pengembangan",
        "arsiparis",
        [("aspek-tidak-valid", {"ri": 2, "ii": 1, "value": "Efektivitas"})],
        {"header_berulang"},
        set(),
    ),
    ("jf-pengembangan", "penguji", [("rk-tanpa-iki", {"sect": U, "ri": 1})], {"rk_sekali"}, set()),
    ("jpt-dasar", "kadishub", [], set(), set()),
    ("jpt-dasar", "kaban", [], set(), set()),
    ("jpt-dasar", "kadishub", [], set(), set()),
    ("jpt-dasar", "kaban", [("kinerja-utama-kosong", {"v": "strip"})], {"baris_jumlah"}, set()),
    ("jpt-dasar", "kadishub", [("rk-tanpa-iki", {"sect": U, "ri": 2})], {"rk_diulang"}, set()),
    (
        "jpt-dasar",
        "kaban",
        [("rk-ganda", {"sect": U, "ri": 2, "src": 0}), ("iki-tanpa-target", {"sect": U, "ri": 1, "ii": 1})],
        {"no_titik", "baris_pemisah"},
        set(),
    ),
    ("jpt-dasar", "kadishub", [("iki-tanpa-target", {"sect": U, "ri": 0, "ii": 3})], {"rk_empat_iki"}, set()),
    ("jpt-pengembangan", "kaban", [], set(), set()),
    ("jpt-pengembangan", "kadishub", [], set(), set()),
    ("jpt-pengembangan", "kaban", [], set(), set()),
    ("jpt-pengembangan", "kadishub", [("perspektif-tidak-valid", {"ri": 0, "value": None})], set(), set()),
    (
        "jpt-pengembangan",
        "kaban",
        [
            ("perspektif-tidak-valid", {"ri": 4, "value": "Keuangan"}),
            ("rk-ganda", {"sect": T, "ri": 0, "src": 1}),
        ],
        {"header_berulang"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "kadishub",
        [
            ("rk-tanpa-iki", {"sect": U, "ri": 1}),
            ("perspektif-tidak-valid", {"ri": 4, "value": "Internal Organisasi"}),
        ],
        {"rk_sekali"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "kaban",
        [("iki-tanpa-target", {"sect": U, "ri": 3, "ii": 0})],
        {"iki_bernomor"},
        set(),
    ),
]
# what a defect rules out in the layout (the defect must stay where a reviewer would see it)
NEVER_WITH = {
    "kinerja-utama-kosong": {
        "tambahan_kosong",
        "tambahan_strip",
        "tambahan_dua",
        "tambahan_tiga",
        "no_lanjut",
        "atasan_gabung",
        "header_berulang",
        "atasan_tambahan_strip",
        "seksi_singkat",
        "tugas_tambahan",
    },
    "rk-atasan-kosong": {"rk_sekali"},  # a blank RK atasan under a written-once one reads as continued
    "rk-ganda": {"tambahan_kosong", "tambahan_strip"},
    "iki-tanpa-target": {"tambahan_kosong", "tambahan_strip"},
}

LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

# ------------------------------------------------------------------------------------------------ model


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def target_text(aspek: str | None, t: int, sat: str) -> str:
    if aspek == "Biaya":
        return f"Rp {fmt(t)}"
    return f"{fmt(t)} %" if sat == "%" else f"{fmt(t)} {sat}"


def kategori(ik: dict) -> dict[str, str]:
    """Five levels (SPEC §3.3): increasing for Kuantitas/Kualitas, decreasing for Waktu/Biaya."""
    t, sat, aspek = ik["t"], ik["sat"], ik["aspek"]
    if aspek == "Biaya":
        s = t // 10
        return {
            "sb": f"< Rp {fmt(t)}",
            "b": ik["target"],
            "c": f"Rp {fmt(t + 1)} - Rp {fmt(t + s)}",
            "k": f"Rp {fmt(t + s + 1)} - Rp {fmt(t + 2 * s)}",
            "sk": f"> Rp {fmt(t + 2 * s)}",
        }
    u = " %" if sat == "%" else f" {sat}"

    def rng(a: int, b: int) -> str:
        return f"{fmt(a)}{u}" if a == b else f"{fmt(a)} - {fmt(b)}{u}"

    if aspek == "Waktu":
        s = max(1, t // 4)
        return {
            "sb": f"< {fmt(t)}{u}",
            "b": ik["target"],
            "c": rng(t + 1, t + s),
            "k": rng(t + s + 1, t + 2 * s),
            "sk": f"> {fmt(t + 2 * s)}{u}",
        }
    if sat == "%":
        return {
            "sk": f"< {t - 20} %",
            "k": f"{t - 20} - {t - 11} %",
            "c": f"{t - 10} - {t - 1} %",
            "b": ik["target"],
            "sb": f"> {t} %",
        }
    if t < 4:
        return {
            "c": rng(max(t - 1, 0), max(t - 1, 0)) if t > 1 else f"< {t}{u}",
            "b": ik["target"],
            "sb": f"> {t}{u}",
        }
    a, b = t // 2, (3 * t) // 4
    return {
        "sk": f"< {fmt(a)}{u}",
        "k": rng(a, b - 1),
        "c": rng(b, t - 1),
        "b": ik["target"],
        "sb": f"> {fmt(t)}{u}",
    }


def make_iki(aspek: str | None, text: str, t: int, sat: str, peng: bool) -> dict:
    ik = {"aspek": aspek, "text": text, "t": t, "sat": sat, "target": target_text(aspek, t, sat)}
    if peng and aspek:
        ik["lv"] = kategori(ik)
    return ik


def build_model(form: str, role: str, var: set[str]) -> dict:
    jenis, model = form.split("-")
    peng = model == "pengembangan"
    P = bank.PEOPLE
    peg = P[role]
    pen = P[peg["penilai"]]
    utama: list[dict] = []
    if jenis == "jpt":
        src = bank.JPT_RK[role][: 3 if model == "dasar" else 5]
        for i, (persp, text, ikis) in enumerate(src):
            ikis = ikis if (i == 0 and "rk_empat_iki" in var) else ikis[:2]
            utama.append(
                {
                    "text": text,
                    "atasan": None,
                    "persp": persp if peng else None,
                    "cara": None,
                    "butir": [],
                    "iki": [
                        {"aspek": None, "text": it, "target": tg, "manual": bank.manual(text, it, tg)}
                        for it, tg in ikis
                    ],
                }
            )
    else:
        pr = peg["penilai"]
        for i, (text, idx, q, k, w, cara, butir) in enumerate(bank.RK[role]):
            atasan = bank.JPT_RK[pr][idx][1] if P[pr]["jenis"] == "jpt" else bank.RK[pr][idx][0]
            ikis = [
                make_iki("Kuantitas", q[0], q[1], q[2], peng),
                make_iki("Kualitas", k[0], k[1], "%", peng),
                make_iki("Waktu", w[0], w[1], w[2], peng),
            ]
            if i == 0 and "rk_empat_iki" in var:
                b_text, b_t = bank.BIAYA[role]
                ikis.append(make_iki("Biaya", b_text, b_t, "rupiah", peng))
            utama.append(
                {
                    "text": text,
                    "atasan": atasan,
                    "persp": None,
                    "cara": list(cara) if peng else None,
                    "butir": [list(b) for b in butir],
                    "iki": ikis,
                }
            )
        if "atasan_gabung" in var:
            utama[1]["atasan"] = utama[0]["atasan"]
    n_tambahan = 0 if {"tambahan_kosong", "tambahan_strip"} & var else 1
    n_tambahan = 2 if "tambahan_dua" in var else 3 if "tambahan_tiga" in var else n_tambahan
    tambahan = []
    for text, ikis in bank.TAMBAHAN[:n_tambahan]:
        rk = {
            "text": text,
            "atasan": ("-" if "atasan_tambahan_strip" in var else None) if jenis != "jpt" else None,
            "persp": None,
            "cara": ["Sertifikat dan laporan", "Pegawai yang bersangkutan", "Semesteran"] if peng else None,
            "butir": [],
            "iki": [],
        }
        for aspek, it, t, sat in ikis:
            if jenis == "jpt":
                tg = target_text(None, t, sat)
                rk["iki"].append(
                    {"aspek": None, "text": it, "target": tg, "manual": bank.manual(text, it, tg)}
                )
            else:
                rk["iki"].append(make_iki(aspek, it, t, sat, peng))
        tambahan.append(rk)
    return {
        "form": form,
        "jenis": jenis,
        "model": model,
        "peng": peng,
        "role": role,
        "var": var,
        "peg": peg,
        "pen": pen,
        "rk": {U: utama, T: tambahan},
        "strip": {U: False, T: "tambahan_strip" in var},
    }


# ------------------------------------------------------------------------------------------------ defects


def apply_defect(m: dict, code: str, p: dict) -> dict:
    """Writes the defect into the model; returns where it is (keys resolved to cells after layout)."""
    rks = m["rk"]
    kat = m["peng"] and m["jenis"] != "jpt"
    if code == "kinerja-utama-kosong":
        rks[T] = rks[U] + rks[T]
        rks[U] = []
        m["strip"][U] = p["v"] == "strip"
        alt = [("sect_letter", U)] + ([("strip", U)] if p["v"] == "strip" else [])
        boleh = [{"code": "perspektif-tidak-lengkap"}] if m["form"] == "jpt-pengembangan" else []
        return {"code": code, "key": ("sect", U), "alt": alt, "boleh": boleh}
    if code == "rk-atasan-kosong":
        ri = p["ri"]
        rks[U][ri]["atasan"] = None
        alt = [("rk", U, ri, "atasan", k) for k in range(1, len(rks[U][ri]["iki"]))]
        return {"code": code, "key": ("rk", U, ri, "atasan", 0), "alt": alt, "boleh": []}
    if code == "aspek-ganda":
        ri = p["ri"]
        rks[U][ri]["iki"][1]["aspek"] = "Kuantitas"
        return {"code": code, "key": ("iki", U, ri, 1, "aspek"), "alt": [], "boleh": []}
    if code == "aspek-tidak-valid":
        ri, ii = p["ri"], p["ii"]
        rks[U][ri]["iki"][ii]["aspek"] = p["value"]
        boleh = [{"code": c, "rowkey": ("iki", U, ri, ii, "iki")} for c in KATEGORI_CODES] if kat else []
        return {"code": code, "key": ("iki", U, ri, ii, "aspek"), "alt": [], "boleh": boleh}
    if code == "iki-tanpa-target":
        s, ri, ii = p["sect"], p["ri"], p["ii"]
        rks[s][ri]["iki"][ii]["target"] = None
        boleh = [{"code": c, "rowkey": ("iki", s, ri, ii, "iki")} for c in KATEGORI_CODES] if kat else []
        return {"code": code, "key": ("iki", s, ri, ii, "target"), "alt": [], "boleh": boleh}
    if code == "rk-tanpa-iki":
        s, ri = p["sect"], p["ri"]
        rks[s][ri]["iki"] = []
        codes = ["iki-tanpa-target", "aspek-tidak-valid", "target-tidak-terukur", *KATEGORI_CODES]
        boleh = [{"code": c, "rowkey": ("rk", s, ri, "rk", 0)} for c in codes]
        return {"code": code, "key": ("rk", s, ri, "rk", 0), "alt": [("noiki", s, ri)], "boleh": boleh}
    if code == "rk-ganda":
        s, ri = p["sect"], p["ri"]
        rk = rks[s][ri]
        rk["text"] = rks[U][p["src"]]["text"]
        for ik in rk["iki"]:
            if "manual" in ik:
                ik["manual"]["rencana"] = rk["text"]
        # a reader that joins the two RK of the same text sees their IKI under one RK
        boleh = [{"code": "aspek-ganda", "rowkey": ("iki", s, ri, ii, "iki")} for ii in range(len(rk["iki"]))]
        if m["jenis"] == "jf":
            boleh.append({"code": code, "sheet": "Keterkaitan SKP-AK"})
        return {"code": code, "key": ("rk", s, ri, "rk", 0), "alt": [], "boleh": boleh}
    if code == "perspektif-tidak-valid":
        ri = p["ri"]
        rks[U][ri]["persp"] = p["value"]
        boleh = [{"code": "perspektif-tidak-lengkap"}] if ri < 4 else []
        return {"code": code, "key": ("rk", U, ri, "persp", 0), "alt": [], "boleh": boleh}
    if code == "cara-memantau-kosong":
        ri = p["ri"]
        rks[U][ri]["cara"][1] = None
        alt = [("rk", U, ri, "sumber", k) for k in range(1, len(rks[U][ri]["iki"]))]
        return {"code": code, "key": ("rk", U, ri, "sumber", 0), "alt": alt, "boleh": []}
    raise KeyError(code)


# ------------------------------------------------------------------------------------------------ layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = PatternFill("solid", fgColor="E2EFDA")


class Sheet:
    def __init__(self, ws, cells: dict) -> None:
        self.ws, self.cells = ws, cells

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


def spaced(d: str) -> str:
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def pangkat(p: dict) -> str:
    return f"{bank.PANGKAT[p['gol']]}, {p['gol']}"


def kop(sh: Sheet, m: dict, title: str, last: int) -> int:
    sh.put(1, 1, title, bold=True, center=True)
    sh.merge(1, 1, 1, last, box=False)
    sh.put(
        2,
        1,
        f"{bank.AGENCY[m['peg']['agency']].upper()} KABUPATEN {bank.KAB.upper()}",
        bold=True,
        center=True,
    )
    sh.merge(2, 1, 2, last, box=False)
    sh.put(3, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}", center=True)
    sh.merge(3, 1, 3, last, box=False)
    r = 5
    for who, c0, head in (("peg", 1, "PEGAWAI YANG DINILAI"), ("pen", 4, "PEJABAT PENILAI KINERJA")):
        p = m[who]
        sh.put(r, c0, "NO", bold=True, center=True, box=True, fill=True)
        sh.put(r, c0 + 1, head, bold=True, box=True, fill=True)
        sh.merge(r, c0 + 1, r, c0 + 2)
        rows = [
            ("NAMA", p["nama"]),
            ("NIP", spaced(p["nip"])),
            ("PANGKAT/GOL RUANG", pangkat(p)),
            ("JABATAN", p["jabatan"]),
            ("UNIT KERJA", p["unit"]),
        ]
        for i, (label, value) in enumerate(rows, start=1):
            sh.put(r + i, c0, i, center=True, box=True)
            sh.put(r + i, c0 + 1, label, box=True)
            sh.put(r + i, c0 + 2, value, box=True)
    return r + 7


def columns(m: dict) -> list[str]:
    if m["jenis"] == "jpt":
        return (["persp"] if m["peng"] else []) + ["no", "rk", "iki", "target"]
    cols = ["no", "atasan", "rk", "aspek", "iki", "target"]
    if m["peng"]:
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
WIDTH = {"no": 6, "atasan": 32, "rk": 34, "aspek": 12, "iki": 36, "target": 16, "persp": 20}
PER_RK = ["no", "atasan", "rk", "persp", "data", "sumber", "waktu"]


def header(sh: Sheet, m: dict, r: int) -> int:
    cols = columns(m)
    col = {k: 1 + i for i, k in enumerate(cols)}
    two = m["peng"] and m["jenis"] != "jpt"
    for k in cols:
        sub = two and (k in LEVEL_HEAD or k in ("data", "sumber", "waktu"))
        sh.put(r + 1 if sub else r, col[k], HEAD[k], bold=True, center=True, box=True, fill=True)
        if two and not sub:
            sh.merge(r, col[k], r + 1, col[k])
    if two:
        sh.put(r, col["sk"], "KATEGORI PENILAIAN KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col["sk"], r, col["sb"])
        sh.put(r, col["data"], "CARA MEMANTAU KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col["data"], r, col["waktu"])
        r += 1
    r += 1
    if "nomor_kolom" in m["var"]:
        for k in cols:
            sh.put(r, col[k], f"({col[k]})", center=True, box=True)
        r += 1
    return r


def section_label(m: dict, s: str) -> tuple[str | None, str]:
    var = m["var"]
    word = (
        "TUGAS TAMBAHAN"
        if s == T and "tugas_tambahan" in var
        else ("KINERJA UTAMA" if s == U else "KINERJA TAMBAHAN")
    )
    if "seksi_polos" in var:
        return None, word
    if "seksi_romawi" in var:
        return None, f"{'I' if s == U else 'II'}. {word.title()}"
    if "seksi_singkat" in var:
        return None, "UTAMA" if s == U else ("TUGAS TAMBAHAN" if "tugas_tambahan" in var else "TAMBAHAN")
    letter = "A" if s == U else "B"
    if "seksi_huruf_terpisah" in var:
        return letter, word
    return None, f"{letter}. {word}"


def number(m: dict, n: int) -> str | int:
    var = m["var"]
    if "no_titik" in var:
        return f"{n}."
    if "no_romawi" in var:
        return ROMAN[n]
    if "no_huruf" in var:
        return f"{chr(96 + n)}."
    return n


def table(sh: Sheet, m: dict, r: int) -> tuple[int, dict[str, int]]:
    var = m["var"]
    cols = columns(m)
    col = {k: 1 + i for i, k in enumerate(cols)}
    last = len(cols)
    r = header(sh, m, r)
    n = 0
    for s in (U, T):
        letter, label = section_label(m, s)
        if letter is not None:
            sh.put(r, 1, letter, ("sect_letter", s), bold=True, center=True, box=True)
            sh.put(r, 2, label, ("sect", s), bold=True, box=True)
            sh.merge(r, 2, r, last)
        elif "seksi_kolom_a" in var:
            sh.put(r, 1, label, ("sect", s), bold=True)
            for k in cols:
                sh.ws.cell(row=r, column=col[k]).border = BOX
        else:
            sh.put(r, 1, label, ("sect", s), bold=True, box=True)
            sh.merge(r, 1, r, last)
        r += 1
        if s == T and "no_lanjut" not in var:
            n = 0
        if m["strip"][s]:
            for k in cols:
                sh.put(r, col[k], "-", ("strip", s) if k == cols[0] else None, center=True, box=True)
            r += 1
        gabung_top = None
        for ri, rk in enumerate(m["rk"][s]):
            if ri and "baris_pemisah" in var:
                for k in cols:
                    sh.put(r, col[k], None, box=True)
                r += 1
            if s == U and ri == 2 and "header_berulang" in var:
                r = header(sh, m, r)
            n += 1
            top = r
            ikis = rk["iki"] or [None]
            for ii, ik in enumerate(ikis):
                for k in cols:
                    if k in PER_RK:
                        if k == "no" and "iki_bernomor" in var:
                            sh.put(r, col[k], f"{n}.{ii + 1}", center=True, box=True)
                            continue
                        if ii and "rk_diulang" not in var:
                            sh.put(r, col[k], None, box=True)
                            continue
                        if k == "atasan" and "atasan_gabung" in var and s == U and ri == 1:
                            continue
                        v = {
                            "no": number(m, n),
                            "atasan": rk["atasan"],
                            "rk": rk["text"],
                            "persp": rk["persp"],
                        }.get(k)
                        if k in ("data", "sumber", "waktu"):
                            v = rk["cara"][("data", "sumber", "waktu").index(k)]
                        sh.put(r, col[k], v, ("rk", s, ri, k, ii), center=k == "no", box=True)
                        continue
                    if ik is None:
                        sh.put(r, col[k], None, ("noiki", s, ri) if k == "iki" else None, box=True)
                        continue
                    if k in LEVEL_HEAD:
                        v = ik.get("lv", {}).get(k) if ik.get("lv") else None
                    else:
                        v = {"aspek": ik["aspek"], "iki": ik["text"], "target": ik["target"]}[k]
                    sh.put(r, col[k], v, ("iki", s, ri, ii, k), center=k != "iki", box=True)
                r += 1
            if "rk_diulang" not in var and "rk_sekali" not in var:
                for k in cols:
                    if k not in PER_RK or (k == "no" and "iki_bernomor" in var):
                        continue
                    if k == "atasan" and "atasan_gabung" in var and s == U and ri in (0, 1):
                        if ri == 0:
                            gabung_top = top
                        else:
                            sh.merge(gabung_top, col[k], r - 1, col[k])
                        continue
                    sh.merge(top, col[k], r - 1, col[k])
    if "baris_jumlah" in var:
        total = sum(len(rk["iki"]) for s in (U, T) for rk in m["rk"][s])
        upto = col["iki"] - 1
        sh.put(r, 1, "JUMLAH", bold=True, center=True, box=True)
        sh.merge(r, 1, r, upto)
        sh.put(r, col["iki"], total, bold=True, center=True, box=True)
        for k in cols[cols.index("target") :]:
            sh.put(r, col[k], None, box=True)
        r += 1
    return r + 2, col


def signature(sh: Sheet, m: dict, r: int, left: int, right: int) -> None:
    sh.put(r, right, f"{bank.TEMPAT}, 5 Januari {bank.TAHUN}")
    sh.put(r + 1, left, "Pegawai yang Dinilai,")
    sh.put(r + 1, right, "Pejabat Penilai Kinerja,")
    for who, c in (("peg", left), ("pen", right)):
        sh.put(r + 5, c, m[who]["nama"])
        sh.ws.cell(row=r + 5, column=c).font = Font(bold=True, underline="single")
        sh.put(r + 6, c, f"NIP. {spaced(m[who]['nip'])}")


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.active
    ws.title = "SKP"
    sh = Sheet(ws, cells)
    cols = columns(m)
    last = max(len(cols), 6)
    for c in range(1, last + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    for i, k in enumerate(cols):
        ws.column_dimensions[get_column_letter(1 + i)].width = WIDTH.get(k, 13)
    r = kop(sh, m, "RENCANA SASARAN KINERJA PEGAWAI", last)
    r, col = table(sh, m, r)
    signature(
        sh,
        m,
        r,
        col["rk"] if m["jenis"] == "jpt" else col["atasan"],
        col["target"] if m["jenis"] == "jpt" else col["iki"],
    )


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet("Keterkaitan SKP-AK")
    sh = Sheet(ws, cells)
    for c, wdt in zip(range(1, 7), (6, 36, 36, 20, 14, 30), strict=True):
        ws.column_dimensions[get_column_letter(c)].width = wdt
    r = kop(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 6)
    sh.put(r, 1, f"TANGGAL PENGAJUAN : 5 Januari {bank.TAHUN}", bold=True)
    sh.merge(r, 1, r, 3, box=False)
    r += 2
    for i, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT")):
        sh.put(r, 1 + i, h, bold=True, center=True, box=True, fill=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 1, r, 5)
    r += 1
    n = 0
    for s in (U, T):
        for ri, rk in enumerate(m["rk"][s]):
            if not rk["butir"]:
                continue
            n += 1
            top = r
            sh.put(r, 1, n, center=True, box=True)
            sh.put(r, 2, rk["text"], ("ak", s, ri, "rk"), box=True)
            for butir, output, ak in rk["butir"]:
                sh.put(r, 3, butir, box=True)
                sh.put(r, 4, output, box=True)
                sh.put(r, 5, ak, center=True, box=True)
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
    sh = Sheet(ws, cells)
    for c, wdt in zip(range(1, 5), (30, 3, 40, 40), strict=True):
        ws.column_dimensions[get_column_letter(c)].width = wdt
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True, center=True)
    sh.merge(1, 1, 1, 4, box=False)
    sh.put(2, 1, f"{m['peg']['jabatan']} Kabupaten {bank.KAB} Tahun {bank.TAHUN}", center=True)
    sh.merge(2, 1, 2, 4, box=False)
    r, n = 4, 0
    for s in (U, T):
        for rk in m["rk"][s]:
            for ik in rk["iki"]:
                n += 1
                sh.put(r, 1, f"IKI {n}", bold=True, fill=True)
                r += 1
                for key, label in MANUAL_LABELS:
                    sh.put(r, 1, label, bold=True, box=True)
                    sh.put(r, 2, ":", center=True, box=True)
                    sh.put(r, 3, ik["manual"][key], box=True)
                    sh.merge(r, 3, r, 4)
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


def row_of(cells: dict, key: tuple) -> str:
    return "".join(ch for ch in cells[key][1] if ch.isdigit())


def entry(at: dict, cells: dict) -> tuple[dict, list[dict]]:
    main = cells[at["key"]]
    alts, seen = [], {main}
    for k in at["alt"]:
        w = cells.get(k)
        if w and w not in seen:
            seen.add(w)
            alts.append({"sheet": w[0], "cell": w[1]})
    d = {
        "code": at["code"],
        "severity": DEFECTS[at["code"]][0],
        "sheet": main[0],
        "cell": main[1],
        "alt_cells": alts,
    }
    boleh = []
    for b in at["boleh"]:
        if "rowkey" in b:
            boleh.append({"code": b["code"], "sheet": "SKP", "row": row_of(cells, b["rowkey"])})
        elif "sheet" in b:
            boleh.append({"code": b["code"], "sheet": b["sheet"]})
        else:
            boleh.append({"code": b["code"], "sheet": "SKP"})
    return d, boleh


def tambahan_boleh(m: dict, cells: dict) -> list[dict]:
    """Findings on the Kinerja Tambahan rows that depend on reading them as Kinerja Utama: where the section
    label is ``UTAMA``/``TAMBAHAN`` or ``TUGAS TAMBAHAN`` SPEC does not decide the section; a JPT Model
    Pengembangan Kinerja Tambahan RK without perspektif (SPEC §2.1 groups only Kinerja Utama by perspektif,
    §7 says "RK")."""
    out = []
    ragu = bool(TAMBAHAN_RAGU & m["var"])
    for ri in range(len(m["rk"][T])):
        rows = {row_of(cells, k) for k in cells if k[:3] == ("rk", T, ri) or k[:3] == ("iki", T, ri)}
        codes = []
        if ragu and m["jenis"] != "jpt":
            codes.append("rk-atasan-kosong")
        if ragu and m["jenis"] == "jf":
            codes.append("rk-tanpa-butir-kegiatan")
        if m["form"] == "jpt-pengembangan":
            codes.append("perspektif-tidak-valid")
        for row in sorted(rows, key=int):
            out += [{"code": c, "sheet": "SKP", "row": row} for c in codes]
    if ragu and m["form"] == "jpt-pengembangan":
        out.append({"code": "perspektif-tidak-lengkap", "sheet": "SKP"})
    return out


def draw(
    rng: random.Random, options: list[str], used: dict[str, int], n: int, chosen: list[str]
) -> list[str]:
    pool = list(options)
    rng.shuffle(pool)
    added = 0
    while added < n and pool:
        pool.sort(key=lambda v: used[v])
        v = pool.pop(0)
        if v in chosen or any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
        added += 1
    for v in chosen:
        used[v] += 1
    return sorted(chosen)


def file_name(form: str, n: int, codes: list[str]) -> str:
    return f"{form}-{n:02d}-{'-'.join(codes) if codes else 'bersih'}.xlsx"


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
    for form, role, defects, forced, never in PLAN:
        counters[form] = counters.get(form, 0) + 1
        never = set(never)
        for code, _ in defects:
            never |= NEVER_WITH.get(code, set())
        opts = [v for v in VARIATIONS if v not in never]
        if form.startswith("jpt"):
            opts = [v for v in opts if v not in JA_JF_ONLY]
        var = draw(rng, opts, used, rng.randint(2, 4), sorted(forced))
        m = build_model(form, role, set(var))
        ats = [apply_defect(m, code, p) for code, p in defects]
        name = file_name(form, counters[form], [c for c, _ in defects])
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], []
        for at in ats:
            d, b = entry(at, cells)
            ds.append(d)
            boleh += [x for x in b if x not in boleh]
        boleh += [x for x in tambahan_boleh(m, cells) if x not in boleh]
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
