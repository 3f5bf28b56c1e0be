"""Generator of the held-out set ``nyata_cc``: Rencana SKP 2026 of the fictional Pemerintah Kabupaten Telaga
Wening (Dinas Kesehatan, Dinas PUPR, Bappeda, Inspektorat Daerah) with the attachment sheets (lampiran) the
way agencies really modify them: the **Manual Indikator Kinerja** of the JPT (one horizontal table, one sheet
per IKI, numbered labels, changed field order, label and value in one cell, values merged over several
columns, extra fields, typos in labels) and the **Format Keterkaitan SKP dengan Angka Kredit** of the JF (RK
merged or repeated over its butir rows, butir codes, angka kredit written ``0.005`` / ``0,0050`` /
``0,005 AK``, extra columns, a total row, RK numbered 1.1/1.2, an empty KINERJA TAMBAHAN section).
Deterministic (fixed seed), openpyxl only.

Each workbook is first a content model (identity, RK with IKI, target, kategori, cara memantau; butir
kegiatan; Manual IKI); the defects are written into the model; then the model is laid out in the file's
variations. Every cell written for a place of the model is recorded under its key, so the cell of each
inserted defect is known exactly.

Usage: ``python benchmarks/nyata_cc/buat.py [--keluaran DIR] [--harapan FILE]``.
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

SEED = 20260305
SET_NAME = "nyata_cc"

JPT_VARS = [
    "manual_tabel",  # Manual IKI as one horizontal table, one row per IKI, field names as headers
    "manual_per_sheet",  # one sheet per IKI: Manual IKI 1, Manual IKI 2, …
    "label_bernomor",  # block labels numbered: 1. Rencana Kinerja / a. Definisi IKI
    "urutan_berubah",  # fields (block rows or table columns) in another order
    "label_isi_satu_sel",  # FORMULA : … in one cell
    "isi_digabung",  # block values merged over four columns
    "field_tambahan",  # extra fields JENIS IKI, PENANGGUNG JAWAB, KETERANGAN
    "label_salah_ketik",  # DISKRIPSI, DEFENISI IKI, INDIKATOR KERJA INDIVIDU, FORMULA PERHITUNGAN …
]
JF_VARS = [
    "ak_rk_digabung",  # RK (and NO) merged down over its butir rows
    "ak_rk_diulang",  # RK repeated on every butir row
    "ak_kode_butir",  # butir written with its code: II.A.3 Melakukan …
    "ak_titik",  # angka kredit typed as a number 0.06 (format 0.000)
    "ak_nol_belakang",  # angka kredit written 0,0600
    "ak_satuan",  # angka kredit written 0,060 AK
    "ak_kolom_tambahan",  # extra columns SATUAN HASIL, JUMLAH VOLUME, KETERANGAN
    "ak_total",  # JUMLAH ANGKA KREDIT row below the table
    "ak_nomor_rk",  # RK numbered 1.1, 1.2 under 1 KINERJA UTAMA
    "ak_tambahan_kosong",  # KINERJA TAMBAHAN section with no rows
]
JA_VARS = [
    "templat_ak_kosong",  # JA workbook carrying the agency's empty Keterkaitan AK template sheet
    "templat_manual_kosong",  # JA workbook carrying the agency's empty Manual IKI template sheet
]
PLAN_VARS = ["rk_tambahan"]  # JA/JF: a Kinerja Tambahan RK (no butir kegiatan needed)
VARIATIONS = JPT_VARS + JF_VARS + JA_VARS + PLAN_VARS
EXCLUSIVE = [
    {"manual_tabel", "manual_per_sheet"},
    {"manual_tabel", "label_bernomor"},
    {"manual_tabel", "label_isi_satu_sel"},
    {"manual_tabel", "isi_digabung"},
    {"ak_rk_digabung", "ak_rk_diulang"},
    {"ak_titik", "ak_nol_belakang", "ak_satuan"},
]

DEFECTS = {  # code → (severity, scope)
    "manual-iki-kosong": ("error", "lampiran"),
    "keterkaitan-ak-hilang": ("error", "lampiran"),
    "rk-tanpa-butir-kegiatan": ("error", "lampiran"),
    "angka-kredit-tidak-valid": ("error", "lampiran"),
    "iki-tanpa-target": ("error", "rencana"),
    "target-tidak-terukur": ("error", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "target-rentang-terbalik": ("error", "rencana"),
    "aspek-tidak-valid": ("error", "rencana"),
    "rk-atasan-kosong": ("error", "rencana"),
    "rk-berbasis-aktivitas": ("peringatan", "rencana"),
    "rk-tanpa-iki": ("error", "rencana"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "kategori-penilaian-kosong": ("error", "rencana"),
    "kategori-tidak-membedakan": ("error", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
}
WITHOUT_CELL = {"keterkaitan-ak-hilang"}
LAMPIRAN_CODES = {c for c, (_, scope) in DEFECTS.items() if scope == "lampiran"}
KATEGORI_CODES = ["kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"]

# (form, role, defects [(code, variant)], forced variations, variations never drawn)
NO_BLOCK = {"manual_tabel", "manual_per_sheet"}
PLAN: list[tuple[str, str, list[tuple[str, str]], set[str], set[str]]] = [
    ("ja-dasar", "kabid_p2p", [], set(), set()),
    ("ja-dasar", "pengolah_data", [], set(), set()),
    ("ja-dasar", "sekretaris_pupr", [("target-tidak-terukur", "Sesuai standar pelayanan")], set(), set()),
    ("ja-dasar", "kasubbag_umum", [("target-tanpa-satuan", "")], set(), set()),
    ("ja-dasar", "pengadministrasi", [("iki-tanpa-target", "")], set(), set()),
    ("ja-pengembangan", "kabid_kesmas", [], set(), set()),
    ("ja-pengembangan", "sekretaris_dinkes", [], set(), set()),
    ("ja-pengembangan", "sekretaris_bappeda", [("kategori-tidak-membedakan", "")], set(), set()),
    ("ja-pengembangan", "kabid_binamarga", [("kategori-penilaian-kosong", "")], set(), set()),
    ("ja-pengembangan", "kabid_ppm", [("cara-memantau-kosong", "")], set(), set()),
    ("jf-dasar", "epidemiolog", [], set(), set()),
    ("jf-dasar", "sanitarian", [], {"rk_tambahan"}, set()),
    ("jf-dasar", "perencana", [], set(), set()),
    ("jf-dasar", "auditor", [], {"rk_tambahan"}, set()),
    ("jf-dasar", "tjj", [("keterkaitan-ak-hilang", "")], set(), set(JF_VARS)),
    (
        "jf-dasar",
        "nutrisionis",
        [("rk-tanpa-butir-kegiatan", "tidak_dicantumkan")],
        {"ak_rk_digabung", "rk_tambahan"},
        set(),
    ),
    (
        "jf-dasar",
        "arsiparis",
        [("rk-tanpa-butir-kegiatan", "butir_strip"), ("aspek-tidak-valid", "Efektivitas")],
        set(),
        set(),
    ),
    ("jf-dasar", "p2upd", [("angka-kredit-tidak-valid", "kosong")], {"ak_kolom_tambahan"}, set()),
    (
        "jf-dasar",
        "epidemiolog",
        [
            ("angka-kredit-tidak-valid", "negatif"),
            ("rk-berbasis-aktivitas", "Melakukan analisis data surveilans penyakit potensial KLB"),
        ],
        {"ak_nol_belakang"},
        set(),
    ),
    (
        "jf-dasar",
        "perencana",
        [("rk-tanpa-butir-kegiatan", "rk_pertama_hilang"), ("angka-kredit-tidak-valid", "nol_ak")],
        {"ak_kode_butir", "ak_total", "ak_satuan"},
        set(),
    ),
    ("jf-pengembangan", "nutrisionis", [], {"rk_tambahan"}, set()),
    ("jf-pengembangan", "tjj", [], set(), set()),
    ("jf-pengembangan", "p2upd", [], {"rk_tambahan"}, set()),
    ("jf-pengembangan", "arsiparis", [], set(), set()),
    (
        "jf-pengembangan",
        "auditor",
        [("keterkaitan-ak-hilang", ""), ("rk-atasan-kosong", "")],
        set(),
        set(JF_VARS),
    ),
    ("jf-pengembangan", "sanitarian", [("rk-tanpa-butir-kegiatan", "butir_kosong")], {"ak_nomor_rk"}, set()),
    (
        "jf-pengembangan",
        "perencana",
        [("rk-tanpa-butir-kegiatan", "teks_tersalin"), ("satuan-tidak-sesuai-aspek", "dokumen")],
        {"ak_rk_diulang"},
        set(),
    ),
    ("jf-pengembangan", "epidemiolog", [("angka-kredit-tidak-valid", "nol")], {"ak_titik"}, set()),
    ("jf-pengembangan", "tjj", [("angka-kredit-tidak-valid", "menyesuaikan")], set(), set()),
    ("jpt-dasar", "kadinkes", [], set(), set()),
    ("jpt-dasar", "kadis_pupr", [], set(), set()),
    ("jpt-dasar", "kepala_bappeda", [], set(), set()),
    ("jpt-dasar", "inspektur", [], set(), set()),
    (
        "jpt-dasar",
        "kadinkes",
        [("manual-iki-kosong", "formula_blok")],
        {"label_bernomor"},
        NO_BLOCK | {"label_isi_satu_sel"},
    ),
    (
        "jpt-dasar",
        "kadis_pupr",
        [("manual-iki-kosong", "tujuan_satu_sel"), ("iki-tanpa-target", "")],
        {"label_isi_satu_sel"},
        NO_BLOCK,
    ),
    ("jpt-dasar", "kepala_bappeda", [("manual-iki-kosong", "formula_sheet")], {"manual_per_sheet"}, set()),
    (
        "jpt-dasar",
        "inspektur",
        [("rk-tanpa-iki", ""), ("manual-iki-kosong", "tujuan_tabel")],
        {"manual_tabel"},
        set(),
    ),
    ("jpt-pengembangan", "kadinkes", [], set(), set()),
    ("jpt-pengembangan", "kadis_pupr", [], set(), set()),
    ("jpt-pengembangan", "kepala_bappeda", [], set(), set()),
    ("jpt-pengembangan", "inspektur", [], set(), set()),
    (
        "jpt-pengembangan",
        "kepala_bappeda",
        [("manual-iki-kosong", "definisi_tabel")],
        {"manual_tabel"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "kadinkes",
        [("manual-iki-kosong", "sheet_hilang"), ("perspektif-tidak-valid", "Pelayanan Masyarakat")],
        {"manual_per_sheet"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "inspektur",
        [("manual-iki-kosong", "deskripsi_blok")],
        {"urutan_berubah"},
        {"manual_tabel"},
    ),
    (
        "jpt-pengembangan",
        "kadis_pupr",
        [("manual-iki-kosong", "blok_hilang"), ("target-rentang-terbalik", "80 - 75 %")],
        {"field_tambahan"},
        NO_BLOCK | {"label_isi_satu_sel"},
    ),
]

LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}

# ------------------------------------------------------------------------------------------------ model


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def spaced(d: str) -> str:
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def pangkat(p: dict) -> str:
    return "-" if p["gol"] is None else f"{bank.PANGKAT[p['gol']]}, {p['gol']}"


def kategori(aspek: str, t: int, sat: str, target: str) -> dict[str, str]:
    """Standar kinerja of one IKI (five levels; BAIK is the target itself)."""

    def rng(a: int, b: int) -> str:
        return f"{fmt(a)} {sat}" if a == b else f"{fmt(a)} - {fmt(b)} {sat}"

    if aspek == "Waktu":
        s = max(1, t // 4)
        return {
            "sk": f"> {fmt(t + 2 * s)} {sat}",
            "k": rng(t + s + 1, t + 2 * s),
            "c": rng(t + 1, t + s),
            "b": target,
            "sb": f"< {fmt(t)} {sat}",
        }
    if aspek == "Kualitas":
        return {
            "sk": f"< {t - 20} %",
            "k": f"{t - 20} - {t - 11} %",
            "c": f"{t - 10} - {t - 1} %",
            "b": target,
            "sb": f"> {t} %",
        }
    a, b = int(t * 0.6 + 0.5), int(t * 0.8 + 0.5)
    return {
        "sk": f"< {fmt(a)} {sat}",
        "k": rng(a, b - 1),
        "c": rng(b, t - 1),
        "b": target,
        "sb": f"> {fmt(t)} {sat}",
    }


def iki_row(aspek: str, text: str, t: int, sat: str, model: str) -> dict:
    target = f"{t} %" if sat == "%" else f"{fmt(t)} {sat}"
    ik = {"aspek": aspek, "text": text, "t": t, "sat": sat, "target": target, "lv": None}
    if model == "pengembangan":
        ik["lv"] = kategori(aspek, t, sat, target)
    return ik


def build_model(form: str, role: str, var: set[str]) -> dict:
    jenis, model = form.split("-")
    P = bank.PEOPLE
    peg, pen = P[role], P[P[role]["penilai"]]
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "var": var,
        "role": role,
        "peg": peg,
        "pen": pen,
        "rk": [],
        "tambahan": [],
        "ak_sheet": jenis == "jf",
        "manual_skip": set(),
    }
    if jenis == "jpt":
        src = bank.JPT_RK[role][: 3 if model == "dasar" else 5]
        for rk in src:
            m["rk"].append(
                {
                    "persp": rk[0],
                    "text": rk[1],
                    "iki": [
                        {"text": ik[0], "target": ik[1], "manual": bank.manual(role, rk, ik)} for ik in rk[3]
                    ],
                }
            )
        return m
    pr = peg["penilai"]
    for text, idx, q, k, w, cara, butir in bank.RK[role]:
        atasan = bank.JPT_RK[pr][idx][1] if P[pr]["jenis"] == "jpt" else bank.RK[pr][idx][0]
        m["rk"].append(
            {
                "text": text,
                "atasan": atasan,
                "iki": [
                    iki_row("Kuantitas", q[0], q[1], q[2], model),
                    iki_row("Kualitas", k[0], k[1], "%", model),
                    iki_row("Waktu", w[0], w[1], w[2], model),
                ],
                "cara": list(cara) if model == "pengembangan" else None,
                "butir": [list(b) for b in butir],
                "ak_text": None,  # the RK as written on the Keterkaitan sheet, when it differs
                "ak_listed": bool(butir),
            }
        )
    if "rk_tambahan" in var:
        text, q, cara = bank.TAMBAHAN
        m["tambahan"].append(
            {
                "text": text,
                "atasan": None,
                "iki": [iki_row("Kuantitas", q[0], q[1], q[2], model)],
                "cara": list(cara) if model == "pengembangan" else None,
            }
        )
    return m


# ------------------------------------------------------------------------------------------------ defects


def at(code: str, key: tuple | None, alt: list | None = None, boleh: list | None = None) -> dict:
    return {"code": code, "key": key, "alt": alt or [], "boleh": boleh or []}


def kat_boleh(m: dict, ri: int, ii: int) -> list[dict]:
    if m["model"] != "pengembangan" or m["jenis"] == "jpt":
        return []
    return [{"code": c, "rowkey": ("plan", ri, ii, "iki")} for c in KATEGORI_CODES]


def apply_defect(m: dict, code: str, variant: str) -> dict:
    rks = m["rk"]
    # ---- lampiran: Manual IKI
    if code == "manual-iki-kosong":
        where = {
            "formula_blok": (1, 0, "formula"),
            "tujuan_satu_sel": (0, 1, "tujuan"),
            "formula_sheet": (0, 1, "formula"),
            "tujuan_tabel": (0, 0, "tujuan"),
            "definisi_tabel": (2, 0, "definisi"),
            "deskripsi_blok": (3, 0, "deskripsi"),
        }
        if variant in where:
            ri, ii, field = where[variant]
            rks[ri]["iki"][ii]["manual"][field] = None
            return at(code, ("manual", ri, ii, field, "value"), [("manual", ri, ii, field, "label")], [])
        ri, ii = (1, 1) if variant == "sheet_hilang" else (len(rks) - 1, len(rks[-1]["iki"]) - 1)
        m["manual_skip"].add((ri, ii))
        return at(code, ("plan", ri, ii, "iki"))
    # ---- lampiran: Keterkaitan AK
    if code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        return at(code, None)
    if code == "rk-tanpa-butir-kegiatan":
        if variant == "tidak_dicantumkan":
            rks[1]["butir"], rks[1]["ak_listed"] = [], False
            return at(code, ("plan", 1, "rk"))
        if variant == "rk_pertama_hilang":
            rks[0]["butir"], rks[0]["ak_listed"] = [], False
            return at(code, ("plan", 0, "rk"))
        if variant == "butir_strip":
            rks[0]["butir"] = [["", "-", "-", "-"]]
            return at(
                code,
                ("plan", 0, "rk"),
                [("ak", 0, "rk"), ("ak", 0, 0, "butir")],
                [{"code": "angka-kredit-tidak-valid", "key": ("ak", 0, 0, "ak")}],
            )
        if variant == "butir_kosong":
            rks[1]["butir"] = [["", None, None, None]]
            return at(
                code,
                ("plan", 1, "rk"),
                [("ak", 1, "rk"), ("ak", 1, 0, "butir")],
                [{"code": "angka-kredit-tidak-valid", "key": ("ak", 1, 0, "ak")}],
            )
        if variant == "teks_tersalin":
            rks[1]["ak_text"] = rks[0]["text"]
            return at(code, ("plan", 1, "rk"), [("ak", 1, "rk")])
    if code == "angka-kredit-tidak-valid":
        ri, bi, value = {
            "kosong": (1, 1, None),
            "negatif": (1, 0, -0.01),
            "nol_ak": (1, 1, 0.0),
            "nol": (0, 1, 0.0),
            "menyesuaikan": (1, 0, "menyesuaikan"),
        }[variant]
        rks[ri]["butir"][bi][3] = value
        return at(code, ("ak", ri, bi, "ak"))
    # ---- Rencana sheet
    if code == "iki-tanpa-target":
        ri = 1
        rks[ri]["iki"][0]["target"] = None
        return at(code, ("plan", ri, 0, "target"), [], kat_boleh(m, ri, 0))
    if code == "target-tidak-terukur":
        rks[0]["iki"][1]["target"] = variant
        b = kat_boleh(m, 0, 1) + [{"code": "target-tanpa-satuan", "rowkey": ("plan", 0, 1, "iki")}]
        return at(code, ("plan", 0, 1, "target"), [], b)
    if code == "target-tanpa-satuan":
        ik = rks[0]["iki"][0]
        ik["target"] = fmt(ik["t"])
        return at(code, ("plan", 0, 0, "target"), [], kat_boleh(m, 0, 0))
    if code == "target-rentang-terbalik":
        rks[0]["iki"][0]["target"] = variant
        return at(code, ("plan", 0, 0, "target"))
    if code == "aspek-tidak-valid":
        rks[1]["iki"][1]["aspek"] = variant
        return at(code, ("plan", 1, 1, "aspek"), [], kat_boleh(m, 1, 1))
    if code == "rk-atasan-kosong":
        rks[1]["atasan"] = None
        return at(code, ("plan", 1, "atasan"))
    if code == "rk-berbasis-aktivitas":
        rks[0]["text"] = variant
        boleh = [{"code": code, "sheet": "Keterkaitan AK"}] if m["ak_sheet"] else []
        return at(code, ("plan", 0, "rk"), [("ak", 0, "rk")], boleh)
    if code == "rk-tanpa-iki":
        rks[2]["iki"] = []
        return at(code, ("plan", 2, "rk"), [("plan", 2, 0, "iki")])
    if code == "satuan-tidak-sesuai-aspek":
        ik = rks[0]["iki"][2]
        ik["sat"] = variant
        ik["target"] = f"{ik['t']} {variant}"
        ik["lv"] = kategori("Waktu", ik["t"], variant, ik["target"]) if ik["lv"] else None
        return at(code, ("plan", 0, 2, "target"), [], kat_boleh(m, 0, 2))
    if code == "perspektif-tidak-valid":
        rks[4]["persp"] = variant
        return at(code, ("plan", 4, "persp"))
    if code == "kategori-penilaian-kosong":
        rks[1]["iki"][1]["lv"] = None
        return at(code, ("plan", 1, 1, "b"), [("plan", 1, 1, lv) for lv in LEVELS if lv != "b"])
    if code == "kategori-tidak-membedakan":
        ik = rks[0]["iki"][0]
        ik["lv"]["sb"] = ik["target"]
        return at(code, ("plan", 0, 0, "sb"), [("plan", 0, 0, "target")])
    if code == "cara-memantau-kosong":
        rks[1]["cara"][2] = None
        return at(code, ("plan", 1, "waktu"))
    raise KeyError((code, variant))


# ------------------------------------------------------------------------------------------------ layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FCE4D6")
BLOCK_FILL = PatternFill("solid", fgColor="E2EFDA")


class Sheet:
    def __init__(self, ws, cells: dict) -> None:
        self.ws, self.cells = ws, cells

    def put(self, r: int, c: int, v: Any, key: tuple | None = None, **style: Any) -> None:
        cell = self.ws.cell(row=r, column=c)
        cell.value = v
        cell.alignment = CENTER if style.get("center") else WRAP
        if style.get("bold"):
            cell.font = Font(bold=True)
        if style.get("box"):
            cell.border = BOX
        if style.get("fill") is not None:
            cell.fill = style["fill"]
        if style.get("fmt"):
            cell.number_format = style["fmt"]
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


PERIODE = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}"


def identity(sh: Sheet, m: dict, r: int, last: int) -> int:
    """The two official identity blocks side by side: NO | label | isi, from column A and D."""
    pen = m["pen"]
    bupati = pen["nip"] is None
    sh.put(r, 1, "NO", bold=True, center=True, box=True, fill=HEAD_FILL)
    sh.put(r, 2, "PEGAWAI YANG DINILAI", bold=True, center=True, fill=HEAD_FILL)
    sh.merge(r, 2, r, 3)
    sh.put(r, 4, "NO", bold=True, center=True, box=True, fill=HEAD_FILL)
    sh.put(r, 5, "PEJABAT PENILAI KINERJA", bold=True, center=True, fill=HEAD_FILL)
    sh.merge(r, 5, r, last)
    peg = m["peg"]
    rows = [
        ("NAMA", peg["nama"], "NAMA", pen["nama"]),
        ("NIP", spaced(peg["nip"]), "NIP", "-" if bupati else spaced(pen["nip"])),
        ("PANGKAT/GOL RUANG", pangkat(peg), "PANGKAT/GOL RUANG", pangkat(pen)),
        ("JABATAN", peg["jabatan"], "JABATAN", pen["jabatan"]),
        ("UNIT KERJA", peg["unit"], "INSTANSI" if bupati else "UNIT KERJA", pen["unit"]),
    ]
    for i, (l1, v1, l2, v2) in enumerate(rows, start=1):
        rr = r + i
        sh.put(rr, 1, i, center=True, box=True)
        sh.put(rr, 2, l1, box=True)
        sh.put(rr, 3, v1, box=True)
        sh.put(rr, 4, i, center=True, box=True)
        sh.put(rr, 5, l2, box=True)
        sh.put(rr, 6, v2, box=True)
        sh.merge(rr, 6, rr, max(6, last))
    return r + len(rows) + 1


def title(sh: Sheet, lines: list[str], last: int, r: int = 1) -> int:
    for text in lines:
        sh.put(r, 1, text, bold=True, center=True)
        sh.merge(r, 1, r, last, box=False)
        r += 1
    return r


def signature(sh: Sheet, m: dict, r: int, left: int, right: int) -> None:
    sh.put(r, right, f"{bank.TEMPAT}, 2 Januari {bank.TAHUN}")
    sh.put(r + 1, left, "Pegawai yang Dinilai,")
    sh.put(r + 1, right, "Pejabat Penilai Kinerja,")
    for col, p in ((left, m["peg"]), (right, m["pen"])):
        sh.put(r + 5, col, p["nama"])
        sh.ws.cell(row=r + 5, column=col).font = Font(bold=True, underline="single")
        if p["nip"]:
            sh.put(r + 6, col, f"NIP. {spaced(p['nip'])}")


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
WIDTH = {"no": 5, "atasan": 32, "rk": 34, "aspek": 12, "iki": 36, "target": 15, "persp": 20}
PER_RK = {"no", "atasan", "rk", "persp", "data", "sumber", "waktu"}


def plan_rows(sh: Sheet, m: dict, rks: list[dict], col: dict[str, int], r: int, part: str) -> int:
    cols = list(col)
    for ri, rk in enumerate(rks):
        top = r
        ikis = rk["iki"] or [{"aspek": None, "text": None, "target": None, "lv": None}]
        for ii, ik in enumerate(ikis):
            for k in cols:
                if k in PER_RK and ii:
                    continue
                v = {
                    "no": ri + 1,
                    "atasan": rk.get("atasan"),
                    "rk": rk["text"],
                    "persp": rk.get("persp"),
                    "aspek": ik.get("aspek"),
                    "iki": ik["text"],
                    "target": ik["target"],
                }.get(k)
                if k in ("data", "sumber", "waktu"):
                    v = rk["cara"][("data", "sumber", "waktu").index(k)]
                if k in LEVEL_HEAD:
                    v = ik["lv"][k] if ik.get("lv") else None
                key = None
                if part == "utama":
                    key = ("plan", ri, k) if k in PER_RK else ("plan", ri, ii, k)
                sh.put(r, col[k], v, key, box=True, center=k in ("no", "aspek", "target") or k in LEVEL_HEAD)
            r += 1
        for k in cols:
            if k in PER_RK:
                sh.merge(top, col[k], r - 1, col[k])
    return r


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.active
    ws.title = "SKP"
    sh = Sheet(ws, cells)
    cols = columns(m)
    col = {k: 1 + i for i, k in enumerate(cols)}
    last = max(len(cols), 6)
    sh.widths({c: 16 for c in range(1, last + 1)})
    sh.widths({col[k]: WIDTH.get(k, 13) for k in cols})
    sh.widths({2: max(WIDTH.get(cols[1], 13), 22), 3: max(WIDTH.get(cols[2], 13), 30)})
    r = title(
        sh,
        ["RENCANA SASARAN KINERJA PEGAWAI", bank.PEMDA, bank.AGENCY[m["peg"]["agency"]].upper()],
        last,
    )
    sh.put(r, 1, PERIODE, bold=True)
    sh.merge(r, 1, r, last, box=False)
    r = identity(sh, m, r + 2, last) + 1
    two = m["model"] == "pengembangan" and m["jenis"] != "jpt"
    for k in cols:
        if two and (k in LEVEL_HEAD or k in ("data", "sumber", "waktu")):
            sh.put(r + 1, col[k], HEAD[k], bold=True, center=True, box=True, fill=HEAD_FILL)
        else:
            sh.put(r, col[k], HEAD[k], bold=True, center=True, box=True, fill=HEAD_FILL)
            if two:
                sh.merge(r, col[k], r + 1, col[k])
    if two:
        sh.put(r, col["sk"], "KATEGORI PENILAIAN", bold=True, center=True, fill=HEAD_FILL)
        sh.merge(r, col["sk"], r, col["sb"])
        sh.put(r, col["data"], "CARA MEMANTAU KINERJA", bold=True, center=True, fill=HEAD_FILL)
        sh.merge(r, col["data"], r, col["waktu"])
        r += 1
    r += 1
    sh.put(r, 1, "A. KINERJA UTAMA", bold=True, fill=BLOCK_FILL)
    sh.merge(r, 1, r, len(cols))
    r = plan_rows(sh, m, m["rk"], col, r + 1, "utama")
    sh.put(r, 1, "B. KINERJA TAMBAHAN", bold=True, fill=BLOCK_FILL)
    sh.merge(r, 1, r, len(cols))
    r += 1
    if m["tambahan"]:
        r = plan_rows(sh, m, m["tambahan"], col, r, "tambahan")
    else:
        for k in cols:
            sh.put(r, col[k], None, box=True)
        r += 1
    signature(sh, m, r + 1, 2, max(5, len(cols) - 1))


# ---- Keterkaitan SKP dengan Angka Kredit


def ak_text(value: Any, var: set[str]) -> Any:
    """Angka kredit as the agency writes it; ``value`` a float, or a defect's own text/None."""
    if not isinstance(value, float):
        return value
    if "ak_titik" in var:
        return 0 if value == 0 else value
    if "ak_nol_belakang" in var:
        return f"{value:.4f}".replace(".", ",")
    s = f"{value:.3f}".replace(".", ",")
    return f"{s} AK" if "ak_satuan" in var else s


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    var = m["var"]
    ws = wb.create_sheet("Keterkaitan AK")
    sh = Sheet(ws, cells)
    cols = ["no", "rk", "butir", "output"]
    if "ak_kolom_tambahan" in var:
        cols += ["satuan", "volume"]
    cols += ["ak"] + (["ket"] if "ak_kolom_tambahan" in var else [])
    col = {k: 1 + i for i, k in enumerate(cols)}
    last = max(len(cols), 6)
    head = {
        "no": "NO",
        "rk": "RENCANA KINERJA",
        "butir": "BUTIR KEGIATAN",
        "output": "OUTPUT",
        "satuan": "SATUAN HASIL",
        "volume": "JUMLAH VOLUME",
        "ak": "ANGKA KREDIT",
        "ket": "KETERANGAN",
    }
    width = {"no": 7, "rk": 36, "butir": 40, "output": 24, "satuan": 13, "volume": 11, "ak": 13, "ket": 16}
    sh.widths({c: 16 for c in range(1, last + 1)})
    sh.widths({col[k]: width[k] for k in cols})
    r = title(sh, ["FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", PERIODE], last)
    r = identity(sh, m, r + 1, last) + 1
    sh.put(r, 1, f"TANGGAL PENGAJUAN : 5 Januari {bank.TAHUN}", bold=True)
    sh.merge(r, 1, r, 3, box=False)
    r += 2
    for k in cols:
        sh.put(r, col[k], head[k], bold=True, center=True, box=True, fill=HEAD_FILL)
    r += 1
    numbered = "ak_nomor_rk" in var
    if numbered:
        sh.put(r, 1, "1", bold=True, center=True, fill=BLOCK_FILL)
        sh.put(r, 2, "KINERJA UTAMA", bold=True, fill=BLOCK_FILL)
        sh.merge(r, 1, r, 1)
        sh.merge(r, 2, r, len(cols))
    else:
        sh.put(r, 1, "KINERJA UTAMA", bold=True, fill=BLOCK_FILL)
        sh.merge(r, 1, r, len(cols))
    r += 1
    n, total = 0, 0.0
    fmt_num = "0.000" if "ak_titik" in var else None
    for ri, rk in enumerate(m["rk"]):
        if not rk["ak_listed"]:
            continue
        n += 1
        top = r
        text = rk["ak_text"] or rk["text"]
        for bi, (kode, butir, output, ak) in enumerate(rk["butir"]):
            first = bi == 0
            if first or "ak_rk_diulang" in var:
                sh.put(
                    r,
                    col["no"],
                    f"1.{n}" if numbered else n,
                    ("ak", ri, "no") if first else None,
                    center=True,
                    box=True,
                )
                sh.put(r, col["rk"], text, ("ak", ri, "rk") if first else None, box=True)
            else:
                sh.put(r, col["no"], None, box=True)
                sh.put(r, col["rk"], None, box=True)
            bt = f"{kode} {butir}" if "ak_kode_butir" in var and kode and butir not in (None, "-") else butir
            sh.put(r, col["butir"], bt, ("ak", ri, bi, "butir"), box=True)
            sh.put(r, col["output"], output, box=True)
            if "satuan" in col:
                unit = output if output in (None, "-") else "Laporan" if "aporan" in output else "Dokumen"
                vol = [i for i in m["rk"][ri]["iki"] if i["aspek"] == "Kuantitas"]
                volume = (vol[0]["t"] if vol else 1) if bi == 0 else 4
                sh.put(r, col["satuan"], unit, box=True, center=True)
                sh.put(r, col["volume"], volume if output not in (None, "-") else None, box=True, center=True)
                sh.put(r, col["ket"], "Butir pendukung" if bi else None, box=True)
            value = (
                ak if not isinstance(ak, str) or ak in ("-", "menyesuaikan") else float(ak.replace(",", "."))
            )
            sh.put(
                r,
                col["ak"],
                ak_text(value, var),
                ("ak", ri, bi, "ak"),
                center=True,
                box=True,
                fmt=fmt_num if isinstance(value, float) else None,
            )
            if isinstance(value, float) and value > 0:
                total += value
            r += 1
        if "ak_rk_digabung" in var:
            sh.merge(top, col["no"], r - 1, col["no"])
            sh.merge(top, col["rk"], r - 1, col["rk"])
    if "ak_tambahan_kosong" in var:
        if numbered:
            sh.put(r, 1, "2", bold=True, center=True, fill=BLOCK_FILL)
            sh.put(r, 2, "KINERJA TAMBAHAN", bold=True, fill=BLOCK_FILL)
            sh.merge(r, 1, r, 1)
            sh.merge(r, 2, r, len(cols))
        else:
            sh.put(r, 1, "KINERJA TAMBAHAN", bold=True, fill=BLOCK_FILL)
            sh.merge(r, 1, r, len(cols))
        r += 1
        for k in cols:
            sh.put(r, col[k], None, box=True)
        r += 1
    if "ak_total" in var:
        sh.put(r, 1, "JUMLAH ANGKA KREDIT", bold=True, center=True)
        sh.merge(r, 1, r, col["ak"] - 1)
        total = round(total, 3)
        sh.put(r, col["ak"], ak_text(total, var), bold=True, center=True, box=True, fmt=fmt_num)
        r += 1
    signature(sh, m, r + 1, 2, min(col["ak"], last))


# ---- Manual Indikator Kinerja

LABEL = {
    "rencana": "RENCANA KINERJA",
    "deskripsi": "DESKRIPSI RENCANA KINERJA",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "definisi": "DEFINISI IKI",
    "formula": "FORMULA",
    "tujuan": "TUJUAN",
    "satuan": "SATUAN PENGUKURAN",
    "aspek": "JENIS ASPEK TARGET",
    "kendali": "TINGKAT KENDALI IKI",
    "sumber": "SUMBER DATA",
    "periode": "PERIODE PELAPORAN",
    "jenis_iki": "JENIS IKI",
    "pj": "PENANGGUNG JAWAB",
    "ket": "KETERANGAN",
}
TYPO = {
    "deskripsi": "DISKRIPSI RENCANA KINERJA",
    "iki": "INDIKATOR KERJA INDIVIDU",
    "definisi": "DEFENISI IKI",
    "formula": "FORMULA PERHITUNGAN",
    "kendali": "TINGKAT KENDALI",
    "periode": "PRIODE PELAPORAN",
}
ORDER_CHANGED = [
    "iki",
    "definisi",
    "rencana",
    "deskripsi",
    "tujuan",
    "formula",
    "satuan",
    "aspek",
    "sumber",
    "periode",
    "kendali",
]


def manual_fields(var: set[str]) -> list[str]:
    keys = list(ORDER_CHANGED if "urutan_berubah" in var else bank.MANUAL_KEYS)
    if "field_tambahan" in var:
        keys.insert(keys.index("iki") + 1, "jenis_iki")
        keys.insert(keys.index("sumber") + 1, "pj")
        keys.append("ket")
    return keys


def label_of(key: str, i: int, var: set[str], letters: bool) -> str:
    text = TYPO.get(key, LABEL[key]) if "label_salah_ketik" in var else LABEL[key]
    if "label_bernomor" not in var:
        return text
    words = " ".join(w if w in ("IKI", "RK") else w.capitalize() for w in text.split())
    return f"{'abcdefghijklmnop'[i]}. {words}" if letters else f"{i + 1}. {words}"


def manual_title(sh: Sheet, m: dict, last: int) -> int:
    return (
        title(sh, ["MANUAL INDIKATOR KINERJA", m["peg"]["jabatan"].upper(), f"TAHUN {bank.TAHUN}"], last) + 1
    )


def manual_block(sh: Sheet, m: dict, ri: int, ii: int, man: dict, r: int, n: int | None) -> int:
    var = m["var"]
    wide = "isi_digabung" in var
    last = 7 if wide else 4
    if n is not None:
        sh.put(r, 1, n, bold=True, center=True, box=True, fill=BLOCK_FILL)
        sh.put(r, 2, f"Manual IKI ke-{n}", bold=True, fill=BLOCK_FILL)
        sh.merge(r, 2, r, last)
        r += 1
    for i, key in enumerate(manual_fields(var)):
        label = label_of(key, i, var, m["letters"])
        value = man.get(key)
        k = ("manual", ri, ii, key)
        if "label_isi_satu_sel" in var:
            sh.put(r, 2, f"{label} : {value}" if value else f"{label} :", k + ("value",), box=True)
            sh.cells[k + ("label",)] = sh.cells[k + ("value",)]
            sh.merge(r, 2, r, last)
        else:
            sh.put(r, 2, label, k + ("label",), bold=True, box=True)
            sh.put(r, 3, ":", center=True, box=True)
            sh.put(r, 4, value, k + ("value",), box=True)
            sh.merge(r, 4, r, last)
        sh.put(r, 1, None, box=True)
        r += 1
    return r + 1


def manual_sheet_widths(sh: Sheet, var: set[str]) -> None:
    if "isi_digabung" in var:
        sh.widths({1: 6, 2: 34, 3: 3, 4: 22, 5: 22, 6: 22, 7: 22})
    elif "label_isi_satu_sel" in var:
        sh.widths({1: 6, 2: 100, 3: 3, 4: 3})
    else:
        sh.widths({1: 6, 2: 34, 3: 3, 4: 80})


def write_manual(wb: Workbook, m: dict, cells: dict) -> None:
    var = m["var"]
    entries = [
        (ri, ii, ik["manual"])
        for ri, rk in enumerate(m["rk"])
        for ii, ik in enumerate(rk["iki"])
        if (ri, ii) not in m["manual_skip"]
    ]
    if "manual_tabel" in var:
        write_manual_table(wb, m, cells, entries)
        return
    if "manual_per_sheet" in var:
        for n, (ri, ii, man) in enumerate(entries, start=1):
            sh = Sheet(wb.create_sheet(f"Manual IKI {n}"), cells)
            manual_sheet_widths(sh, var)
            r = manual_title(sh, m, 7 if "isi_digabung" in var else 4)
            manual_block(sh, m, ri, ii, man, r, None)
        return
    sh = Sheet(wb.create_sheet("Manual IKI"), cells)
    manual_sheet_widths(sh, var)
    r = manual_title(sh, m, 7 if "isi_digabung" in var else 4)
    for n, (ri, ii, man) in enumerate(entries, start=1):
        r = manual_block(sh, m, ri, ii, man, r, n)


def write_manual_table(wb: Workbook, m: dict, cells: dict, entries: list) -> None:
    var = m["var"]
    sh = Sheet(wb.create_sheet("Manual IKI"), cells)
    keys = manual_fields(var)
    cols = ["no"] + keys
    col = {k: 1 + i for i, k in enumerate(cols)}
    sh.widths({1: 5})
    sh.widths(
        {
            col[k]: 30 if k in ("rencana", "deskripsi", "iki", "definisi", "formula", "tujuan") else 15
            for k in keys
        }
    )
    r = manual_title(sh, m, len(cols))
    for k in cols:
        text = "NO" if k == "no" else (TYPO.get(k, LABEL[k]) if "label_salah_ketik" in var else LABEL[k])
        sh.put(r, col[k], text, bold=True, center=True, box=True, fill=HEAD_FILL)
    r += 1
    groups: dict[int, list[int]] = {}
    for n, (ri, ii, man) in enumerate(entries, start=1):
        for k in cols:
            if k in ("rencana", "deskripsi") and ri in groups:
                sh.put(r, col[k], None, box=True)
                continue
            v = n if k == "no" else man[k]
            sh.put(r, col[k], v, ("manual", ri, ii, k, "value"), box=True, center=k == "no")
        groups.setdefault(ri, []).append(r)
        r += 1
    for rows in groups.values():
        if len(rows) > 1:
            for k in ("rencana", "deskripsi"):
                sh.merge(rows[0], col[k], rows[-1], col[k])


# ---- JA templates left blank


def write_templates(wb: Workbook, m: dict) -> None:
    var = m["var"]
    if "templat_ak_kosong" in var:
        sh = Sheet(wb.create_sheet("Keterkaitan AK"), {})
        sh.widths({1: 6, 2: 36, 3: 40, 4: 24, 5: 13})
        r = title(sh, ["FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", "(khusus pejabat fungsional)"], 5) + 1
        for i, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"), start=1):
            sh.put(r, i, h, bold=True, center=True, box=True, fill=HEAD_FILL)
        sh.put(r + 1, 1, "KINERJA UTAMA", bold=True, fill=BLOCK_FILL)
        sh.merge(r + 1, 1, r + 1, 5)
        for rr in range(r + 2, r + 5):
            for c in range(1, 6):
                sh.put(rr, c, None, box=True)
    if "templat_manual_kosong" in var:
        sh = Sheet(wb.create_sheet("Manual IKI"), {})
        sh.widths({1: 6, 2: 34, 3: 3, 4: 80})
        r = title(sh, ["MANUAL INDIKATOR KINERJA", "(khusus pejabat pimpinan tinggi)"], 4) + 1
        for key in bank.MANUAL_KEYS:
            sh.put(r, 2, LABEL[key], bold=True, box=True)
            sh.put(r, 3, ":", center=True, box=True)
            sh.put(r, 4, None, box=True)
            r += 1


def write_workbook(m: dict, path: Path) -> dict:
    cells: dict = {}
    wb = Workbook()
    write_plan(wb, m, cells)
    if m["ak_sheet"]:
        write_ak(wb, m, cells)
    if m["jenis"] == "jpt":
        write_manual(wb, m, cells)
    if m["jenis"] == "ja":
        write_templates(wb, m)
    wb.save(path)
    return cells


# ------------------------------------------------------------------------------------------------ manifest


def entry(at_: dict, cells: dict) -> tuple[dict, list[dict]]:
    main = cells.get(at_["key"]) if at_["key"] else None
    if at_["key"] is not None and main is None:
        raise KeyError(at_)
    alts, seen = [], {main}
    for k in at_["alt"]:
        w = cells.get(k)
        if w and w not in seen:
            seen.add(w)
            alts.append({"sheet": w[0], "cell": w[1]})
    d = {
        "code": at_["code"],
        "severity": DEFECTS[at_["code"]][0],
        "sheet": main[0] if main else None,
        "cell": main[1] if main else None,
        "alt_cells": alts,
    }
    boleh = []
    for b in at_["boleh"]:
        if "key" in b:
            w = cells[b["key"]]
            boleh.append({"code": b["code"], "sheet": w[0], "cell": w[1]})
        elif "rowkey" in b:
            w = cells[b["rowkey"]]
            boleh.append(
                {"code": b["code"], "sheet": w[0], "row": "".join(ch for ch in w[1] if ch.isdigit())}
            )
        else:
            boleh.append(dict(b))
    return d, boleh


def options(jenis: str) -> list[str]:
    return {"jpt": JPT_VARS, "jf": JF_VARS + PLAN_VARS, "ja": JA_VARS + PLAN_VARS}[jenis]


def draw(rng: random.Random, opts: list[str], used: dict[str, int], n: int, chosen: list[str]) -> list[str]:
    pool = list(opts)
    rng.shuffle(pool)
    pool.sort(key=lambda v: used[v])
    for v in pool:
        if len(chosen) >= n:
            break
        if v in chosen or any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
    for v in chosen:
        used[v] += 1
    return sorted(chosen)


def file_name(form: str, n: int, codes: list[str]) -> str:
    return f"{form}-{n:02d}-skp{bank.TAHUN}-{'-'.join(codes) if codes else 'bersih'}.xlsx"


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
    letters = False
    for form, role, defects, forced, never in PLAN:
        counters[form] = counters.get(form, 0) + 1
        jenis = form.split("-")[0]
        opts = [v for v in options(jenis) if v not in never]
        n = 2 if jenis == "ja" else rng.randint(3, 4)
        var = draw(rng, opts, used, max(n, len(forced)), sorted(forced))
        m = build_model(form, role, set(var))
        if "label_bernomor" in var:
            letters = not letters
        m["letters"] = letters
        ats = [apply_defect(m, code, variant) for code, variant in defects]
        name = file_name(form, counters[form], [c for c, _ in defects])
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], []
        for x in ats:
            d, b = entry(x, cells)
            ds.append(d)
            boleh += [y for y in b if y not in boleh]
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
