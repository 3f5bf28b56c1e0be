"""Build the held-out set ``benchmarks/nyata_bn``: an agency's own formula-driven SKP template.

The BKPSDM of a fictional kabupaten distributes one workbook with a hidden ``DATA`` sheet (pegawai list with
the atasan's NIP); staff type only their NIP and the identity, the penilai block, the period, the NO column,
targets and kategori are formulas. The workbooks are written with openpyxl (formulas only), then recalculated
and saved by LibreOffice headless so that every formula carries its cached value, as a real Excel file does.

Built from SPEC §3, §5, §7 and ``docs/kode-temuan.md`` alone, without the project's code, templates, mappings,
fixtures or other sets' generators. Each defect's cell is known because every table cell is placed from one
grid computed before writing.

Usage: ``python benchmarks/nyata_bn/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261207
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")
CLEAN_PER_FORM = 4

# Defects per form: one list per defective workbook (1-2 defect keys each).
DEFECT_PLAN = {
    "ja-dasar": [["pangkat_data"], ["rka_kunci", "rk_aktivitas"], ["target_tak_terukur"],
                 ["aspek_luar", "satuan_kosong"]],
    "ja-pengembangan": [["sb_sama"], ["arah_waktu", "penilai_sama"], ["cara_kosong"],
                        ["unit_kosong", "iki_absolut"]],
    "jf-dasar": [["ak_kosong"], ["jenjang_data", "target_kosong"], ["butir_hilang"],
                 ["penilai_nip_data", "satuan_waktu"]],
    "jf-pengembangan": [["sb_sama", "periode_terbalik"], ["tahun_kosong"], ["arah_waktu"],
                        ["rka_kunci", "ak_kosong"]],
    "jpt-dasar": [["manual_formula_kosong"], ["pangkat_data", "rk_aktivitas"], ["target_tak_terukur"],
                  ["periode_terbalik", "satuan_kosong"]],
    "jpt-pengembangan": [["persp_kosong"], ["manual_formula_kosong", "unit_kosong"], ["tahun_kosong"],
                         ["penilai_nip_data", "satuan_kosong"]],
}

CODE = {
    "pangkat_data": "pangkat-tidak-dikenal",
    "rka_kunci": "rk-atasan-kosong",
    "rk_aktivitas": "rk-berbasis-aktivitas",
    "target_tak_terukur": "target-tidak-terukur",
    "aspek_luar": "aspek-tidak-valid",
    "satuan_kosong": "target-tanpa-satuan",
    "sb_sama": "kategori-tidak-membedakan",
    "arah_waktu": "kategori-tidak-berurutan",
    "penilai_sama": "penilai-sama-dengan-pegawai",
    "cara_kosong": "cara-memantau-kosong",
    "unit_kosong": "identitas-kosong",
    "iki_absolut": "target-absolut",
    "ak_kosong": "angka-kredit-tidak-valid",
    "jenjang_data": "jenjang-golongan-tidak-sesuai",
    "target_kosong": "iki-tanpa-target",
    "butir_hilang": "rk-tanpa-butir-kegiatan",
    "penilai_nip_data": "nip-tidak-valid",
    "satuan_waktu": "satuan-tidak-sesuai-aspek",
    "periode_terbalik": "periode-tidak-valid",
    "tahun_kosong": "periode-tidak-valid",
    "manual_formula_kosong": "manual-iki-kosong",
    "persp_kosong": "perspektif-tidak-valid",
}
WARNINGS = {"rk-berbasis-aktivitas", "target-absolut", "jenjang-golongan-tidak-sesuai", "target-tanpa-satuan",
            "satuan-tidak-sesuai-aspek"}

# Habits of the agency's IT staff (variasi); each file draws 2-5 of those that apply to its form.
HABITS = (
    "identitas_iferror", "identitas_ampersand", "periode_nama_tahun", "periode_tanggal", "no_counta",
    "target_rakit", "target_kolom_satuan", "persen_format", "kategori_rumus", "rk_atasan_index",
    "aspek_dropdown", "perspektif_dropdown", "data_veryhidden", "petunjuk_pertama", "baris_cadangan",
    "rujukan_lampiran", "ttd_tanggal",
)
EXCLUSIVE = [
    {"identitas_iferror", "identitas_ampersand"}, {"periode_nama_tahun", "periode_tanggal"},
    {"target_rakit", "target_kolom_satuan", "persen_format"}, {"persen_format", "kategori_rumus"},
]
FORCED = {
    "unit_kosong": ["identitas_ampersand"],
    "periode_terbalik": ["periode_tanggal"],
    "tahun_kosong": ["periode_nama_tahun", "petunjuk_pertama"],
    "rka_kunci": ["rk_atasan_index"],
    "sb_sama": ["kategori_rumus", "target_kolom_satuan"],
    "arah_waktu": ["kategori_rumus", "target_rakit"],
    "target_tak_terukur": ["target_rakit"],
}
FORBIDDEN = {"penilai_sama": {"rk_atasan_index"}, "target_kosong": {"baris_cadangan"}}

GREY = PatternFill("solid", fgColor="E7E6E6")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

LABELS = {
    "no": "NO", "rka": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "rk": "RENCANA KINERJA",
    "aspek": "ASPEK", "iki": "INDIKATOR KINERJA INDIVIDU", "target": "TARGET", "satuan": "SATUAN",
    "cukup": "CUKUP", "baik": "BAIK", "sb": "SANGAT BAIK", "data": "DATA", "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN", "kode": "KODE RKA", "angka": "ANGKA", "sat": "SATUAN",
    "persp": "PERSPEKTIF",
}
WIDTH = {"no": 5, "rka": 34, "rk": 36, "aspek": 12, "iki": 36, "target": 16, "satuan": 12, "cukup": 11,
         "baik": 14, "sb": 11, "data": 20, "sumber": 18, "waktu": 16, "kode": 8, "angka": 8, "sat": 10,
         "persp": 18}
HIDDEN_KEYS = {"kode", "angka", "sat"}
ID_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit")
ID_LABELS = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")


# ---------------------------------------------------------------- people


def _nip(rng: random.Random, born_from: int, born_to: int) -> str:
    y = rng.randint(born_from, born_to)
    ty = min(2022, y + rng.randint(22, 29))
    return f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{ty}{rng.randint(1, 12):02d}" \
           f"{rng.choice('12')}{rng.randint(1, 9):03d}"


def _nama(rng: random.Random, used: set[str], old: bool = False) -> str:
    while True:
        gelar = rng.choice(bank.GELAR_SENIOR if old else bank.GELAR)
        n = f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}, {gelar}"
        if n not in used:
            used.add(n)
            return n


def _pangkat(gol: str) -> str:
    return f"{bank.GOL_PANGKAT[gol]}, {gol}"


def _person(rng: random.Random, used: set[str], jabatan: str, unit: str, gol: str, old: bool = False) -> dict:
    return {"nip": _nip(rng, 1966, 1978) if old else _nip(rng, 1979, 1996), "nama": _nama(rng, used, old),
            "pangkat": _pangkat(gol), "jabatan": jabatan, "unit": unit, "atasan": ""}


def people(rng: random.Random, jenis: str, opd: str, sekda: bool = False) -> tuple[dict, dict, list[dict]]:
    used: set[str] = set()
    kab = bank.KABUPATEN
    if jenis == "jpt":
        peg = _person(rng, used, f"Kepala {opd}", f"{opd} {kab}", rng.choice(["IV/b", "IV/c"]), old=True)
        if rng.random() < 0.5 and not sekda:
            pen = {"nip": "-", "nama": bank.BUPATI[0], "pangkat": "-", "jabatan": bank.BUPATI[1],
                   "unit": bank.BUPATI[2], "atasan": ""}
        else:
            pen = _person(rng, used, bank.SEKDA_JABATAN, f"Sekretariat Daerah {kab}", "IV/d", old=True)
    elif jenis == "ja":
        jab, unit, gols, role = rng.choice(bank.JA_PERAN)
        peg = _person(rng, used, jab, unit.format(opd=opd) + f" {kab}", rng.choice(gols))
        pj, pu, pg = bank.ATASAN[role]
        pen = _person(rng, used, pj.format(opd=opd), pu.format(opd=opd) + f" {kab}", rng.choice(pg), old=True)
    else:
        jab, gols = rng.choice(bank.JF_PERAN)
        peg = _person(rng, used, jab, f"Bidang Program dan Pelaporan {opd} {kab}", rng.choice(gols))
        pj, pu, pg = bank.ATASAN[rng.choice(["kabid", "sekretaris"])]
        pen = _person(rng, used, pj.format(opd=opd), pu.format(opd=opd) + f" {kab}", rng.choice(pg), old=True)
    peg["atasan"] = pen["nip"]
    others = []
    for jab, gol in (("Pengadministrasi Perkantoran", "II/c"), ("Pengolah Data dan Informasi", "III/a"),
                     ("Penata Laporan Keuangan", "III/b"), ("Arsiparis Terampil", "II/d")):
        o = _person(rng, used, jab, f"Sekretariat {opd} {kab}", gol)
        o["atasan"] = pen["nip"] if pen["nip"] != "-" else peg["nip"]
        others.append(o)
    return peg, pen, others


# ---------------------------------------------------------------- content


def _iki(t: tuple) -> dict:
    aspek, iki, angka, satuan = t
    return {"aspek": aspek, "iki": iki, "angka": angka, "satuan": satuan}


def content(rng: random.Random, jenis: str, model: str, defects: list[str]) -> dict:
    c: dict[str, Any] = {"utama": [], "tambahan": []}
    if jenis == "jpt":
        if model == "pengembangan":
            items = [rng.choice([bank.JPT_RK[0], bank.JPT_RK[4]])] + bank.JPT_RK[1:4]
        else:
            items = rng.sample(bank.JPT_RK, 3)
            if "satuan_kosong" in defects and not any(i[0].startswith("Jumlah")
                                                      for it in items for i in it["iki"]):
                items[0] = bank.JPT_RK[4]
        for it in items:
            c["utama"].append({"rk": it["rk"], "persp": it["persp"], "manual": list(it["manual"]),
                               "iki": [{"aspek": "", "iki": i, "angka": a, "satuan": s}
                                       for i, a, s in it["iki"]]})
        return c
    need = {"arah_waktu": "Waktu", "satuan_waktu": "Waktu", "aspek_luar": "Kualitas"}
    while True:
        items = rng.sample(bank.RK, rng.choice([2, 3]))
        have = {i[0] for it in items for i in it["iki"]} | {i[3] for it in items for i in it["iki"]}
        if all(need[d] in have for d in defects if d in need):
            break
    for it in items:
        c["utama"].append({"rk": it["rk"], "cara": list(it["cara"]), "butir": it["butir"],
                           "iki": [_iki(t) for t in it["iki"]]})
    if rng.random() < 0.5:
        it = rng.choice(bank.TAMBAHAN)
        c["tambahan"].append({"rk": it["rk"], "cara": list(it["cara"]), "iki": [_iki(t) for t in it["iki"]]})
    return c


# ---------------------------------------------------------------- habits


def applicable(jenis: str, model: str, c: dict) -> list[str]:
    out = ["identitas_iferror", "identitas_ampersand", "periode_nama_tahun", "periode_tanggal", "no_counta",
           "target_rakit", "target_kolom_satuan", "data_veryhidden", "petunjuk_pertama", "baris_cadangan",
           "ttd_tanggal"]
    if any(i["satuan"] == "%" for r in c["utama"] for i in r["iki"]):
        out.append("persen_format")
    if jenis != "jpt":
        out += ["rk_atasan_index", "aspek_dropdown"]
        if model == "pengembangan":
            out.append("kategori_rumus")
    if jenis != "ja":
        out.append("rujukan_lampiran")
    if jenis == "jpt" and model == "pengembangan":
        out.append("perspektif_dropdown")
    return out


def _compatible(chosen: set[str], h: str) -> bool:
    return all(not (h in ex and chosen & (ex - {h})) for ex in EXCLUSIVE)


def _complete(chosen: set[str]) -> bool:
    if "kategori_rumus" in chosen and not chosen & {"target_rakit", "target_kolom_satuan"}:
        return False
    supports = {"no_counta", "rk_atasan_index", "target_rakit", "kategori_rumus"}
    return not ("baris_cadangan" in chosen and not chosen & supports)


def habits(rng: random.Random, usage: Counter, apply: list[str], defects: list[str]) -> list[str]:
    chosen: set[str] = set()
    for d in defects:
        chosen.update(FORCED.get(d, []))
    banned = set().union(*(FORBIDDEN.get(d, set()) for d in defects))
    k = max(len(chosen), rng.randint(2, 5))
    order = sorted((h for h in apply if h not in chosen and h not in banned),
                   key=lambda h: (usage[h], rng.random()))
    for h in order:
        if len(chosen) >= k:
            break
        if _compatible(chosen, h) and _complete(chosen | {h}):
            chosen.add(h)
        elif h in ("kategori_rumus", "baris_cadangan") and len(chosen) + 2 <= k:
            helper = "target_rakit" if h == "kategori_rumus" else "no_counta"
            trial = chosen | {h, helper}
            if all(_compatible(trial - {x}, x) for x in trial) and _complete(trial):
                chosen = trial
    assert 2 <= len(chosen) <= 5 and _complete(chosen), chosen
    usage.update(chosen)
    return [h for h in HABITS if h in chosen]


# ---------------------------------------------------------------- defects on the model


def apply_defects(rng: random.Random, f: dict) -> None:
    """Change the model so each defect shows; record the locator of the cell that shows it."""
    c, peg, pen = f["content"], f["peg"], f["pen"]
    f["loc_defects"] = []
    f["flags"] = {}
    for d in f["defect_keys"]:
        utama = c["utama"]
        loc: list[tuple]
        if d == "pangkat_data":
            gol = peg["pangkat"].split(", ")[1]
            gols = list(bank.GOL_PANGKAT)
            other = gols[gols.index(gol) + (1 if gols.index(gol) + 1 < len(gols) else -1)]
            peg["pangkat"] = f"{bank.GOL_PANGKAT[other]}, {gol}"
            loc = [("id", "peg", "pangkat")]
        elif d == "penilai_nip_data":
            bad = pen["nip"][:12] + "13" + pen["nip"][14:]
            pen["nip"] = peg["atasan"] = bad
            loc = [("id", "pen", "nip")]
        elif d == "penilai_sama":
            peg["atasan"] = peg["nip"]
            f["flags"]["penilai_sama"] = True
            loc = [("id", "pen", "nip"), ("id", "peg", "nip")]
        elif d == "unit_kosong":
            peg["unit"] = ""
            loc = [("id", "peg", "unit")]
        elif d == "jenjang_data":
            jab = peg["jabatan"]
            gol = "III/d" if "Pertama" in jab else "IV/a" if "Muda" in jab else "III/a"
            peg["pangkat"] = _pangkat(gol)
            loc = [("id", "peg", "jabatan"), ("id", "peg", "pangkat")]
        elif d in ("periode_terbalik", "tahun_kosong"):
            f["flags"][d] = True
            loc = [("periode", "nilai"), ("periode", "akhir"), ("periode", "label")]
        elif d == "rk_aktivitas":
            i = 0
            utama[i]["rk"] = bank.JPT_AKTIVITAS if f["jenis"] == "jpt" else rng.choice(bank.RK_AKTIVITAS)
            loc = [("rk", "utama", i)]
        elif d == "rka_kunci":
            i = len(utama) - 1
            utama[i]["kode_salah"] = True
            loc = [("rka", i)]
        elif d == "aspek_luar":
            i, j = _find(utama, lambda x: x["aspek"] == "Kualitas")
            utama[i]["iki"][j]["aspek"] = "Efektivitas"
            loc = [("aspek", i, j)]
        elif d == "satuan_kosong":
            i, j = _find(utama, lambda x: x["iki"].startswith("Jumlah") and x["satuan"] != "%")
            utama[i]["iki"][j]["satuan"] = ""
            loc = [("target", i, j), ("satuan", i, j)]
        elif d in ("target_tak_terukur", "target_kosong"):
            i, j = _find(utama, lambda x: x["satuan"] != "%")
            utama[i]["iki"][j]["angka"] = None
            f["flags"]["rakit_guard"] = d == "target_kosong"
            loc = [("target", i, j), ("angka", i, j)]
        elif d == "satuan_waktu":
            i, j = _find(utama, lambda x: x["aspek"] == "Waktu")
            utama[i]["iki"][j]["satuan"] = "laporan"
            loc = [("target", i, j), ("satuan", i, j)]
        elif d == "sb_sama":
            i, j = _find(utama, lambda x: x["aspek"] == "Kuantitas")
            utama[i]["iki"][j]["sb_sama"] = True
            loc = [("sb", i, j)]
        elif d == "arah_waktu":
            i, j = _find(utama, lambda x: x["aspek"] == "Waktu")
            utama[i]["iki"][j]["aspek"] = "Waktu "
            loc = [("sb", i, j), ("cukup", i, j), ("baik", i, j), ("iki", i, j)]
        elif d == "cara_kosong":
            i = len(utama) - 1
            utama[i]["cara"][2] = ""
            loc = [("waktu", i), ("rk", "utama", i)]
        elif d == "iki_absolut":
            i, j = _find(utama, lambda x: x["aspek"] == "Kuantitas")
            utama[i]["iki"][j]["iki"] = bank.IKI_ABSOLUT.format(satuan=utama[i]["iki"][j]["satuan"])
            loc = [("iki", i, j), ("target", i, j)]
        elif d == "ak_kosong":
            i = 0
            utama[i]["ak_kosong"] = True
            loc = [("ak", i)]
        elif d == "butir_hilang":
            i = len(utama) - 1
            utama[i]["tanpa_butir"] = True
            loc = [("rk", "utama", i)]
        elif d == "manual_formula_kosong":
            i = len(utama) - 1
            utama[i]["formula_kosong"] = True
            loc = [("iki", i, 0), ("manual_formula", i)]
        elif d == "persp_kosong":
            i = 1
            utama[i]["persp"] = ""
            loc = [("persp", i)]
        else:
            raise ValueError(d)
        f["loc_defects"].append((d, loc))


def _find(utama: list[dict], pred) -> tuple[int, int]:
    for i, r in enumerate(utama):
        for j, x in enumerate(r["iki"]):
            if pred(x):
                return i, j
    raise LookupError("no IKI fits the defect")


# ---------------------------------------------------------------- layout and writing


def _q(sheet: str) -> str:
    return f"'{sheet}'" if " " in sheet else sheet


def _target_text(angka: Any, satuan: str) -> str:
    if isinstance(angka, float):
        return f"{round(angka * 100)} %"
    return f"{angka} {satuan}".strip()


def _num(angka: Any) -> Any:
    return round(angka * 100) if isinstance(angka, float) else angka


def columns(jenis: str, model: str, hb: set[str]) -> list[str]:
    cols = ["persp"] if jenis == "jpt" and model == "pengembangan" else []
    cols += ["no"] + (["rka"] if jenis != "jpt" else []) + ["rk"] + (["aspek"] if jenis != "jpt" else [])
    cols += ["iki", "target"] + (["satuan"] if "target_kolom_satuan" in hb else [])
    if jenis != "jpt" and model == "pengembangan":
        cols += ["cukup", "baik", "sb", "data", "sumber", "waktu"]
    if "rk_atasan_index" in hb:
        cols.append("kode")
    if "target_rakit" in hb:
        cols += ["angka", "sat"]
    return cols


def write_workbook(f: dict, path: Path) -> dict:
    jenis, model, hb = f["jenis"], f["model"], set(f["variasi"])
    peg, pen, c, flags = f["peg"], f["pen"], f["content"], f["flags"]
    loc: dict[tuple, tuple[str, str]] = {}
    wb = Workbook()
    ws0 = wb.active
    skp_name = f["sheet_skp"]
    if "petunjuk_pertama" in hb:
        ws0.title = "PETUNJUK"
        for r, line in enumerate(bank.PETUNJUK, start=1):
            ws0.cell(r, 1, line)
        ws0.cell(1, 1).font = BOLD
        ws0.cell(8, 1, "Tahun penilaian:")
        ws0.cell(8, 3, None if flags.get("tahun_kosong") else 2026)
        ws0.column_dimensions["A"].width = 100
        ws = wb.create_sheet(skp_name)
        tahun_ref = "PETUNJUK!$C$8"
    else:
        ws = ws0
        ws.title = skp_name
        tahun_ref = "DATA!$H$2"
    cols = columns(jenis, model, hb)
    col = {k: get_column_letter(n) for n, k in enumerate(cols, start=1)}
    for k, letter in col.items():
        ws.column_dimensions[letter].width = WIDTH[k]
        if k in HIDDEN_KEYS:
            ws.column_dimensions[letter].hidden = True

    def put(cell: str, value: Any, formula: bool = False, fmt: str | None = None) -> None:
        ws[cell] = value
        ws[cell].alignment = WRAP
        if formula and isinstance(value, str) and value.startswith("="):
            ws[cell].fill = GREY
        if fmt:
            ws[cell].number_format = fmt

    # kop
    ws["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["A1"].font = BOLD
    ws["A2"] = f"{f['opd'].upper()} {bank.KABUPATEN.upper()}"
    if "periode_nama_tahun" in hb:
        ws["A3"] = "PERIODE PENILAIAN :"
        put("C3", '="1 Januari "&TAHUN&" s.d. 31 Desember "&TAHUN', True)
        loc[("periode", "nilai")] = (skp_name, "C3")
    elif "periode_tanggal" in hb:
        ws["A3"] = "PERIODE PENILAIAN :"
        # three visible cells: C3-E3, or B3-D3 where column E is a hidden helper (JPT Model Dasar)
        a, m, b = ("B3", "C3", "D3") if len(cols) > 4 and cols[4] in HIDDEN_KEYS else ("C3", "D3", "E3")
        put(a, dt.datetime(2026, 1, 1), fmt="d mmmm yyyy")
        put(m, "s.d.")
        end = dt.datetime(2025, 12, 31) if flags.get("periode_terbalik") else dt.datetime(2026, 12, 31)
        put(b, end, fmt="d mmmm yyyy")
        loc[("periode", "nilai")] = (skp_name, a)
        loc[("periode", "akhir")] = (skp_name, b)
    else:
        ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    loc[("periode", "label")] = (skp_name, "A3")

    # identity: JA/JF side by side (A-C, D-F), JPT stacked (A-C)
    if jenis == "jpt":
        blocks = {"peg": (5, "A", "B", "C"), "pen": (12, "A", "B", "C")}
    else:
        blocks = {"peg": (5, "A", "B", "C"), "pen": (5, "D", "E", "F")}
    rng_data = "DATA!$A:$F"

    def lookup(key_cell: str, k: int) -> str:
        core = f"VLOOKUP({key_cell},{rng_data},{k},FALSE)"
        if "identitas_iferror" in hb:
            return f'=IFERROR({core},"")'
        if "identitas_ampersand" in hb:
            return f'={core}&""'
        return f"={core}"

    peg_nip = "$C$7"
    pen_row0, _, _, pen_vcol = blocks["pen"]
    pen_nip = f"${pen_vcol}${pen_row0 + 2}"
    for who, (r0, ncol, lcol, vcol) in blocks.items():
        ws[f"{ncol}{r0}"] = "NO"
        ws[f"{lcol}{r0}"] = "PEGAWAI YANG DINILAI" if who == "peg" else "PEJABAT PENILAI KINERJA"
        ws[f"{lcol}{r0}"].font = BOLD
        for n, (field, label) in enumerate(zip(ID_FIELDS, ID_LABELS, strict=True)):
            r = r0 + 1 + n
            ws[f"{ncol}{r}"] = n + 1
            if who == "pen" and field == "unit" and pen["nip"] == "-":
                label = "INSTANSI"
            ws[f"{lcol}{r}"] = label
            cell = f"{vcol}{r}"
            idx = ID_FIELDS.index(field)
            if who == "peg" and field == "nip":
                put(cell, peg["nip"])
            elif who == "peg":
                put(cell, lookup(peg_nip, {0: 2, 2: 3, 3: 4, 4: 5}[idx]), True)
            elif field == "nip":
                put(cell, lookup(peg_nip, 6), True)
            else:
                put(cell, lookup(pen_nip, {0: 2, 2: 3, 3: 4, 4: 5}[idx]), True)
            loc[("id", who, field)] = (skp_name, cell)

    # table header: two rows
    h1 = 12 if jenis != "jpt" else 19
    h2 = h1 + 1
    for k in cols:
        L = col[k]
        if k in ("cukup", "baik", "sb", "data", "sumber", "waktu"):
            ws[f"{L}{h2}"] = LABELS[k]
        else:
            ws[f"{L}{h1}"] = LABELS[k]
            ws.merge_cells(f"{L}{h1}:{L}{h2}")
        ws[f"{L}{h1}"].alignment = CENTER
        ws[f"{L}{h1}"].font = BOLD
    if "cukup" in col:
        ws[f"{col['cukup']}{h1}"] = "KATEGORI PENILAIAN"
        ws.merge_cells(f"{col['cukup']}{h1}:{col['sb']}{h1}")
        ws[f"{col['data']}{h1}"] = "CARA MEMANTAU KINERJA"
        ws.merge_cells(f"{col['data']}{h1}:{col['waktu']}{h1}")
    for k in ("cukup", "baik", "sb", "data", "sumber", "waktu"):
        if k in col:
            ws[f"{col[k]}{h2}"].alignment = CENTER
            ws[f"{col[k]}{h2}"].font = BOLD

    def mark(sec: str, key: tuple, cell: str) -> None:
        if sec == "utama":
            loc[key] = (skp_name, cell)

    first_col = col["persp"] if "persp" in col else col["no"]
    row = h2 + 1
    pen_rks = f["pen_rk"]

    def write_section(title: str, items: list[dict], sec: str, spare: int) -> None:
        nonlocal row
        ws[f"{first_col}{row}"] = title
        ws[f"{first_col}{row}"].font = BOLD
        row += 1
        start = row
        for i, r in enumerate(items):
            top, n = row, len(r["iki"])
            C = col["rk"]
            bottom = top + n - 1
            if "no_counta" in hb:
                put(f"{col['no']}{top}", f'=IF({C}{top}="","",COUNTA({C}${start}:{C}{top}))', True)
            else:
                put(f"{col['no']}{top}", i + 1)
            put(f"{C}{top}", r["rk"])
            loc[("rk", sec, i)] = (skp_name, f"{C}{top}")
            merge = ["no", "rk"]
            if "persp" in col:
                put(f"{col['persp']}{top}", r.get("persp") or None)
                mark(sec, ("persp", i), f"{col['persp']}{top}")
                merge.append("persp")
            if "rka" in col:
                if sec == "utama" and "rk_atasan_index" in hb:
                    kode = "9" if r.get("kode_salah") else str(r["kode"])
                    put(f"{col['kode']}{top}", kode)
                    put(f"{col['rka']}{top}",
                        f'=IFERROR(INDEX(RK_ATASAN!$D$2:$D$20,MATCH({pen_nip}&"-"&${col["kode"]}{top},'
                        f'RK_ATASAN!$A$2:$A$20,0)),"")', True)
                elif sec == "utama":
                    put(f"{col['rka']}{top}", pen_rks[r["kode"] - 1])
                mark(sec, ("rka", i), f"{col['rka']}{top}")
                merge.append("rka")
            if "data" in col:
                for k, v in zip(("data", "sumber", "waktu"), r["cara"], strict=True):
                    put(f"{col[k]}{top}", v or None)
                mark(sec, ("waktu", i), f"{col['waktu']}{top}")
                merge += ["data", "sumber", "waktu"]
            for j, x in enumerate(r["iki"]):
                rr = top + j
                write_iki(rr, x, sec, i, j)
            if n > 1:
                for k in merge:
                    ws.merge_cells(f"{col[k]}{top}:{col[k]}{bottom}")
            row = bottom + 1
        for _ in range(spare):
            write_spare(row, start)
            row += 1

    def write_iki(rr: int, x: dict, sec: str, i: int, j: int) -> None:
        if "aspek" in col:
            put(f"{col['aspek']}{rr}", x["aspek"] or None)
            mark(sec, ("aspek", i, j), f"{col['aspek']}{rr}")
        put(f"{col['iki']}{rr}", x["iki"])
        mark(sec, ("iki", i, j), f"{col['iki']}{rr}")
        T = f"{col['target']}{rr}"
        angka, satuan = x["angka"], x["satuan"]
        num_ref = None
        if "target_rakit" in hb:
            A, S = f"{col['angka']}{rr}", f"{col['sat']}{rr}"
            put(A, None if angka is None else _num(angka))
            put(S, satuan or None)
            if flags.get("rakit_guard", True):
                put(T, f'=IF(${A}="","",${A}&" "&${S})', True)
            else:
                put(T, f'=${A}&" "&${S}', True)
            num_ref = f"${A}"
            mark(sec, ("angka", i, j), A)
        elif "target_kolom_satuan" in hb:
            S = f"{col['satuan']}{rr}"
            put(T, None if angka is None else _num(angka))
            put(S, satuan or None)
            num_ref = f"${T}"
            mark(sec, ("satuan", i, j), S)
        else:
            if angka is None:
                put(T, None)
            elif isinstance(angka, float) and "persen_format" in hb:
                put(T, angka, fmt="0%")
            elif not satuan:
                put(T, angka)
            else:
                put(T, _target_text(angka, satuan))
        mark(sec, ("target", i, j), T)
        if "cukup" in col:
            cu, ba, sb = (f"{col[k]}{rr}" for k in ("cukup", "baik", "sb"))
            mark(sec, ("cukup", i, j), cu)
            mark(sec, ("baik", i, j), ba)
            mark(sec, ("sb", i, j), sb)
            down = x["aspek"].strip() in ("Waktu", "Biaya")
            if "kategori_rumus" in hb:
                D = f"${col['aspek']}{rr}"
                turun = f'OR({D}="Waktu",{D}="Biaya")'
                g = f'IF({num_ref}="","",'
                put(cu, f'={g}IF({turun},"> ","< ")&{num_ref})', True)
                put(ba, f"={g}${T})", True)
                if x.get("sb_sama"):
                    put(sb, f"={g}{num_ref})", True)
                else:
                    put(sb, f'={g}IF({turun},"< ","> ")&{num_ref})', True)
            else:
                v = _target_text(angka, "").replace(" %", "")
                pct = " %" if isinstance(angka, float) else ""
                put(cu, f"{'>' if down else '<'} {v}{pct}")
                put(ba, _target_text(angka, satuan))
                put(sb, f"{'<' if down else '>'} {v}{pct}")

    def write_spare(rr: int, start: int) -> None:
        C = col["rk"]
        if "no_counta" in hb:
            put(f"{col['no']}{rr}", f'=IF({C}{rr}="","",COUNTA({C}${start}:{C}{rr}))', True)
        if "rk_atasan_index" in hb:
            put(f"{col['rka']}{rr}",
                f'=IFERROR(INDEX(RK_ATASAN!$D$2:$D$20,MATCH({pen_nip}&"-"&${col["kode"]}{rr},'
                f'RK_ATASAN!$A$2:$A$20,0)),"")', True)
        if "target_rakit" in hb:
            A, S = f"{col['angka']}{rr}", f"{col['sat']}{rr}"
            put(f"{col['target']}{rr}", f'=IF(${A}="","",${A}&" "&${S})', True)
        if "kategori_rumus" in hb:
            num_ref = f"${col['angka']}{rr}" if "target_rakit" in hb else f"${col['target']}{rr}"
            D = f"${col['aspek']}{rr}"
            turun = f'OR({D}="Waktu",{D}="Biaya")'
            g = f'IF({num_ref}="","",'
            put(f"{col['cukup']}{rr}", f'={g}IF({turun},"> ","< ")&{num_ref})', True)
            put(f"{col['baik']}{rr}", f"={g}${col['target']}{rr})", True)
            put(f"{col['sb']}{rr}", f'={g}IF({turun},"< ","> ")&{num_ref})', True)

    spare = 2 if "baris_cadangan" in hb else 0
    table_top = row
    write_section("A. KINERJA UTAMA", c["utama"], "utama", spare)
    if c["tambahan"] or jenis != "jpt":
        write_section("B. KINERJA TAMBAHAN", c["tambahan"], "tambahan", 0)
    table_bottom = row - 1
    if "aspek_dropdown" in hb:
        dv = DataValidation(type="list", formula1='"Kuantitas,Kualitas,Waktu,Biaya"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"{col['aspek']}{table_top}:{col['aspek']}{table_bottom}")
    if "perspektif_dropdown" in hb:
        dv = DataValidation(type="list", formula1="PERSPEKTIF_LIST", allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"{col['persp']}{table_top}:{col['persp']}{table_bottom}")

    # footer: place and date, two signature blocks
    r = row + 1
    left, right = col["rk"], (col["target"] if jenis != "jpt" else col["target"])
    if "ttd_tanggal" in hb:
        ti = cols.index("target")
        if ti + 1 < len(cols) and cols[ti + 1] in HIDDEN_KEYS:
            place, date = get_column_letter(ti), right  # the column after TARGET is a hidden helper
        else:
            place, date = right, get_column_letter(ti + 2)
        put(f"{place}{r}", "Tanah Merapi,")
        put(f"{date}{r}", dt.datetime(2026, 1, 5), fmt="d mmmm yyyy")
    else:
        put(f"{right}{r}", "Tanah Merapi, 5 Januari 2026")
    put(f"{left}{r + 1}", "Pegawai yang Dinilai,")
    put(f"{right}{r + 1}", "Pejabat Penilai Kinerja,")
    peg_nama_cell, pen_nama_cell = loc[("id", "peg", "nama")][1], loc[("id", "pen", "nama")][1]
    put(f"{left}{r + 5}", f"={peg_nama_cell}", True)
    put(f"{right}{r + 5}", f"={pen_nama_cell}", True)
    put(f"{left}{r + 6}", f'="NIP. "&{peg_nip}', True)
    put(f"{right}{r + 6}", f'=IF({pen_nip}="-","","NIP. "&{pen_nip})', True)

    sheet_ref = _q(skp_name)
    if jenis == "jf":
        write_keterkaitan(wb, f, loc, sheet_ref, hb)
    if jenis == "jpt":
        write_manual(wb, f, loc, sheet_ref, hb)

    # DATA (hidden) and RK_ATASAN (hidden)
    wd = wb.create_sheet("DATA")
    for n, h in enumerate(("NIP", "NAMA", "PANGKAT/GOL", "JABATAN", "UNIT KERJA", "NIP ATASAN"), start=1):
        wd.cell(1, n, h)
    rows = [pen, peg] + f["others"]
    if jenis == "jpt" and pen["nip"] != "-":
        rows.append({"nip": "-", "nama": bank.BUPATI[0], "pangkat": "-", "jabatan": bank.BUPATI[1],
                     "unit": bank.BUPATI[2], "atasan": ""})
    f["rng"].shuffle(rows)
    for rr, p in enumerate(rows, start=2):
        for n, k in enumerate(("nip", "nama", "pangkat", "jabatan", "unit", "atasan"), start=1):
            v = p[k]
            if v:
                wd.cell(rr, n, v).number_format = "@"
    wd["H1"] = "TAHUN"
    wd["H2"] = 2026
    wd["J1"] = "PERSPEKTIF"
    for n, p in enumerate(("Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"), start=2):
        wd.cell(n, 10, p)
    wd.sheet_state = "veryHidden" if "data_veryhidden" in hb else "hidden"
    wb.defined_names["TAHUN"] = DefinedName("TAHUN", attr_text=tahun_ref)
    wb.defined_names["PERSPEKTIF_LIST"] = DefinedName("PERSPEKTIF_LIST", attr_text="DATA!$J$2:$J$5")
    if "rk_atasan_index" in hb:
        wr = wb.create_sheet("RK_ATASAN")
        for n, h in enumerate(("KUNCI", "NIP ATASAN", "NO", "RENCANA KINERJA ATASAN"), start=1):
            wr.cell(1, n, h)
        for n, text in enumerate(pen_rks, start=1):
            wr.append([f"{pen['nip']}-{n}", pen["nip"], str(n), text])
        wr.sheet_state = "hidden"
    wb.save(path)
    return loc


def write_keterkaitan(wb: Workbook, f: dict, loc: dict, sheet_ref: str, hb: set[str]) -> None:
    wk = wb.create_sheet("KETERKAITAN AK")
    wk["A1"] = "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"
    wk["A1"].font = BOLD
    for r, (label, field) in enumerate(zip(ID_LABELS, ID_FIELDS, strict=True), start=3):
        wk[f"A{r}"] = label
        wk[f"C{r}"] = f"={sheet_ref}!{loc[('id', 'peg', field)][1]}"
    wk["A8"] = "TANGGAL PENGAJUAN"
    wk["C8"] = dt.datetime(2026, 1, 6)
    wk["C8"].number_format = "d mmmm yyyy"
    for n, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"), start=1):
        wk.cell(10, n, h).font = BOLD
    wk["A11"] = "KINERJA UTAMA"
    r, no = 12, 0
    for i, rk in enumerate(f["content"]["utama"]):
        if rk.get("tanpa_butir"):
            continue
        no += 1
        wk[f"A{r}"] = no
        rk_cell = loc[("rk", "utama", i)][1]
        wk[f"B{r}"] = f"={sheet_ref}!{rk_cell}" if "rujukan_lampiran" in hb else rk["rk"]
        butir, output, ak = rk["butir"]
        wk[f"C{r}"] = butir
        wk[f"D{r}"] = output
        if not rk.get("ak_kosong"):
            wk[f"E{r}"] = ak
            wk[f"E{r}"].number_format = "0.000"
        loc[("ak", i)] = ("KETERKAITAN AK", f"E{r}")
        r += 1
    for k, w in zip("ABCDE", (5, 40, 40, 22, 12), strict=True):
        wk.column_dimensions[k].width = w


MANUAL_LABELS = ("RENCANA KINERJA", "DESKRIPSI RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "DEFINISI IKI",
                 "FORMULA", "TUJUAN", "SATUAN PENGUKURAN", "JENIS ASPEK TARGET", "TINGKAT KENDALI IKI",
                 "SUMBER DATA", "PERIODE PELAPORAN")


def write_manual(wb: Workbook, f: dict, loc: dict, sheet_ref: str, hb: set[str]) -> None:
    wm = wb.create_sheet("MANUAL IKI")
    wm["A1"] = "MANUAL INDIKATOR KINERJA"
    wm["A1"].font = BOLD
    r = 3
    for i, rk in enumerate(f["content"]["utama"]):
        desk, defin, formula, tujuan = rk["manual"]
        for j, x in enumerate(rk["iki"]):
            satuan = "%" if isinstance(x["angka"], float) else x["satuan"] or "-"
            jenis = "Kualitas" if satuan in ("%", "poin") else "Kuantitas"
            if "rujukan_lampiran" in hb:
                rk_v = f"={sheet_ref}!{loc[('rk', 'utama', i)][1]}"
                iki_v = f"={sheet_ref}!{loc[('iki', i, j)][1]}"
            else:
                rk_v, iki_v = rk["rk"], x["iki"]
            values = (rk_v, desk, iki_v, defin, formula, tujuan, satuan, jenis, "Tinggi",
                      f"Laporan kinerja {f['opd']}", "Triwulanan")
            for n, (label, v) in enumerate(zip(MANUAL_LABELS, values, strict=True)):
                if label == "FORMULA" and j == 0 and rk.get("formula_kosong"):
                    v = ""  # only the first IKI's block of that RK lacks its formula
                    loc[("manual_formula", i)] = ("MANUAL IKI", f"B{r + n}")
                wm[f"A{r + n}"] = label
                wm[f"B{r + n}"] = v or None
            r += len(MANUAL_LABELS) + 1
    wm.column_dimensions["A"].width = 30
    wm.column_dimensions["B"].width = 80


# ---------------------------------------------------------------- build


def plan(rng: random.Random) -> list[dict]:
    usage: Counter = Counter()
    files = []
    for form in FORMS:
        jenis, model = form.split("-")
        work: list[list[str]] = [[] for _ in range(CLEAN_PER_FORM)] + DEFECT_PLAN[form]
        clean_no = defect_no = 0
        for defects in work:
            opd = rng.choice(bank.OPD)
            peg, pen, others = people(rng, jenis, opd, sekda="penilai_nip_data" in defects)
            c = content(rng, jenis, model, defects)
            hb = habits(rng, usage, applicable(jenis, model, c), defects)
            pen_rk = rng.sample(bank.RK_ATASAN, 4)
            for n, r in enumerate(c["utama"]):
                r["kode"] = n % 4 + 1
            if defects:
                defect_no += 1
                tag = "-".join(CODE[d] for d in defects)
                name = f"{form}-{CLEAN_PER_FORM + defect_no:02d}-{tag}.xlsx"
            else:
                clean_no += 1
                name = f"{form}-{clean_no:02d}-bersih.xlsx"
            files.append({"file": name, "form": form, "jenis": jenis, "model": model, "opd": opd, "peg": peg,
                          "pen": pen, "others": others, "content": c, "variasi": hb, "pen_rk": pen_rk,
                          "defect_keys": defects, "sheet_skp": rng.choice(["SKP", "SKP 2026", "Form SKP"]),
                          "rng": random.Random(rng.random())})
            apply_defects(rng, files[-1])
    return files


def recalc(src: Path, out: Path) -> None:
    """Open and save every workbook in LibreOffice headless, which computes and stores every formula's
    value."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx", "--outdir", str(out)] + sorted(str(p) for p in src.glob("*.xlsx")),
                       check=True, capture_output=True, timeout=900)


def very_hidden(path: Path, sheet: str) -> None:
    """LibreOffice saves a veryHidden sheet as hidden; set the state back in xl/workbook.xml (Excel keeps
    it)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode("utf-8")
                new = re.sub(rf'(<sheet name="{sheet}"[^>]*state=")hidden"', r'\1veryHidden"', text)
                assert new != text, path
                data = new.encode("utf-8")
            zout.writestr(item, data)
    tmp.replace(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args()
    rng = random.Random(SEED)
    files = plan(rng)
    out = args.keluaran
    if out.exists():
        for p in out.glob("*.xlsx"):
            p.unlink()
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        for f in files:
            loc = write_workbook(f, src / f["file"])
            defects = []
            for d, keys in f["loc_defects"]:
                cells = [loc[k] for k in keys if k in loc]
                code = CODE[d]
                defects.append({"code": code, "severity": "peringatan" if code in WARNINGS else "error",
                                "sheet": cells[0][0], "cell": cells[0][1],
                                "alt_cells": [{"sheet": s, "cell": c} for s, c in cells[1:]]})
            manifest.append({"file": f["file"], "form": f["form"], "clean": not defects, "defects": defects,
                             "boleh": [], "variasi": f["variasi"], "jabatan": f["peg"]["jabatan"],
                             "opd": f["opd"]})
        recalc(src, out)
    for m in manifest:
        if "data_veryhidden" in m["variasi"]:
            very_hidden(out / m["file"], "DATA")
    missing = {m["file"] for m in manifest} - {p.name for p in out.glob("*.xlsx")}
    if missing:
        raise SystemExit(f"LibreOffice did not write: {sorted(missing)}")
    args.harapan.write_text(json.dumps({"set": "nyata_bn", "seed": SEED, "files": manifest}, indent=1,
                                       ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
