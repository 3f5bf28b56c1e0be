"""Build the held-out set ``nyata_bd``: what the front-line services of a city send in January.

Written from SPEC (§2–§7), the user docs and the other sets' READMEs only, apart from the product code. Every
sheet is laid out first in a cell grid (:class:`Lembar`), so the cell of every injected defect is known
exactly; Penilaian values are computed here from SPEC §6. Deterministic for its seed.

Usage: ``python benchmarks/nyata_bd/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261208
Tag = tuple


@dataclass
class Lembar:
    """One sheet as a grid: values, merges, number formats, and the cell of every tagged element."""

    title: str
    cells: dict[tuple[int, int], Any] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    fmt: dict[tuple[int, int], str] = field(default_factory=dict)
    bold: set[tuple[int, int]] = field(default_factory=set)
    tags: dict[Tag, str] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)

    def put(self, r: int, c: int, v: Any, tag: Tag | None = None, b: bool = False) -> None:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        if tag is not None:
            self.tags[tag] = f"{get_column_letter(c)}{r}"
        if b:
            self.bold.add((r, c))

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


# ---- numbers as Indonesians write them --------------------------------------------------------------------


def angka(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}".replace(",", ".")
    s = f"{x:,.2f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def dengan_satuan(x: float, sat: str) -> str:
    if sat == "Rp":
        return f"Rp {angka(x)}"
    if sat == "%":
        return f"{angka(x)} %"
    if sat in ("nilai", "indeks"):
        return angka(x)
    return f"{angka(x)} {sat}"


def half_up(x: float) -> int:
    return int(math.floor(x + 0.5 + 1e-9))


def nilai_iki(cap: float, maksimal: bool) -> tuple[str, float]:
    """SPEC §6.2: kategori and nilai of a capaian, rounded half-up to a whole percent first."""
    if maksimal:
        return "Sangat Baik", 120.0
    c = half_up(cap)
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", 110 + (120 - 110) / (110 - 101) * (c - 101)
    if c == 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", 70 + (89 - 70) / (99 - 80) * (c - 80)
    if c >= 60:
        return "Kurang", 50 + (69 - 50) / (79 - 60) * (c - 60)
    return "Sangat Kurang", c / 59 * 49


def kategori_rk(n: float) -> str:
    for batas, kat in ((110, "Sangat Baik"), (90, "Baik"), (70, "Cukup"), (50, "Kurang")):
        if n >= batas:
            return kat
    return "Sangat Kurang"


SINGKAT = {"Sangat Baik": "SB", "Baik": "B", "Cukup": "C", "Kurang": "K", "Sangat Kurang": "SK"}
FAKTOR = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


# ---- people ---------------------------------------------------------------------------------------------


def nip_of(i: int, seq: int) -> str:
    nama, lahir, tmt, jk = bank.ORANG[i]
    return f"{lahir} {tmt} {jk} {seq:03d}"


def pangkat_of(gol: str, rng: random.Random, tulis: bool) -> str:
    if tulis:
        return rng.choice(bank.PANGKAT_TULIS[gol])
    return f"{bank.PANGKAT[gol]}, {gol}"


# ---- the documents --------------------------------------------------------------------------------------


FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")

# (form, role, penilaian?, writer) per file; clean and defective alternate within a form.
RENCANA: list[tuple[str, str, bool, str]] = [
    ("ja-dasar", "camat", False, "openpyxl"),
    ("ja-dasar", "lurah", False, "openpyxl"),
    ("ja-dasar", "paten", True, "libreoffice"),
    ("ja-dasar", "kasi_pem", True, "openpyxl"),
    ("ja-dasar", "kasi_trantib", False, "openpyxl"),
    ("ja-dasar", "terminal", False, "xlsm"),
    ("ja-dasar", "paten", True, "openpyxl"),
    ("ja-dasar", "pusdalops", False, "openpyxl"),
    ("ja-dasar", "sekcam", False, "openpyxl"),
    ("ja-pengembangan", "ka_uptd_terminal", False, "openpyxl"),
    ("ja-pengembangan", "kasi_pem", False, "openpyxl"),
    ("ja-pengembangan", "paten", False, "openpyxl"),
    ("ja-pengembangan", "lurah", False, "openpyxl"),
    ("ja-pengembangan", "pusdalops", False, "openpyxl"),
    ("ja-pengembangan", "kasi_trantib", False, "openpyxl"),
    ("ja-pengembangan", "camat", False, "openpyxl"),
    ("ja-pengembangan", "sekcam", False, "openpyxl"),
    ("jf-dasar", "polpp_terampil", False, "openpyxl"),
    ("jf-dasar", "polpp_penyelia", True, "libreoffice"),
    ("jf-dasar", "damkar_terampil", False, "openpyxl"),
    ("jf-dasar", "pkb", True, "openpyxl"),
    ("jf-dasar", "adb", False, "openpyxl"),
    ("jf-dasar", "analis_kebakaran", True, "openpyxl"),
    ("jf-dasar", "polpp_mahir", False, "xlsm"),
    ("jf-dasar", "analis_bencana", False, "openpyxl"),
    ("jf-dasar", "pkb", True, "libreoffice"),
    ("jf-dasar", "polpp_ap", False, "openpyxl"),
    ("jf-pengembangan", "damkar_mahir", False, "openpyxl"),
    ("jf-pengembangan", "polpp_ap", False, "openpyxl"),
    ("jf-pengembangan", "adb", False, "openpyxl"),
    ("jf-pengembangan", "pkb", False, "openpyxl"),
    ("jf-pengembangan", "analis_bencana", False, "openpyxl"),
    ("jf-pengembangan", "polpp_mahir", False, "openpyxl"),
    ("jf-pengembangan", "analis_kebakaran", False, "openpyxl"),
    ("jf-pengembangan", "damkar_terampil", False, "openpyxl"),
    ("jpt-dasar", "kadamkar", True, "openpyxl"),
    ("jpt-dasar", "kasatpolpp", False, "openpyxl"),
    ("jpt-dasar", "kadishub", True, "libreoffice"),
    ("jpt-dasar", "kadisdukcapil", True, "openpyxl"),
    ("jpt-dasar", "kalaksa_bpbd", False, "openpyxl"),
    ("jpt-dasar", "kadpmptsp", False, "xlsm"),
    ("jpt-dasar", "kadpmptsp", True, "openpyxl"),
    ("jpt-pengembangan", "kasatpolpp", False, "openpyxl"),
    ("jpt-pengembangan", "kadamkar", False, "openpyxl"),
    ("jpt-pengembangan", "kalaksa_bpbd", False, "openpyxl"),
    ("jpt-pengembangan", "kadishub", False, "openpyxl"),
    ("jpt-pengembangan", "kadisdukcapil", False, "openpyxl"),
    ("jpt-pengembangan", "kadpmptsp", False, "openpyxl"),
    ("jpt-pengembangan", "kasatpolpp", False, "openpyxl"),
]

# Stage 2 (built after the first measurement, still without reading product code): harder hand-made shapes.
# (form, role, penilaian?, writer, clean, defects).
RENCANA_2: list[tuple[str, str, bool, str, bool, list[str]]] = [
    ("ja-dasar", "kasi_trantib", False, "openpyxl", True, []),
    ("ja-dasar", "lurah", False, "openpyxl", False, ["kinerja-utama-kosong"]),
    ("ja-dasar", "camat", False, "openpyxl", True, []),
    ("ja-dasar", "kasi_pem", True, "openpyxl", False, ["capaian-tidak-sesuai:akhir"]),
    ("ja-dasar", "paten", True, "libreoffice", True, []),
    ("ja-pengembangan", "paten", False, "openpyxl", True, []),
    ("ja-pengembangan", "pusdalops", False, "openpyxl", False, ["kategori-tidak-membedakan:cukup"]),
    ("jf-dasar", "damkar_mahir", False, "openpyxl", True, []),
    ("jf-dasar", "polpp_terampil", False, "openpyxl", False, ["nip-tidak-valid:angka", "rk-ganda"]),
    ("jf-dasar", "adb", False, "openpyxl", False, ["angka-kredit-tidak-valid:kosong"]),
    ("jf-dasar", "pkb", True, "openpyxl", True, []),
    ("jf-dasar", "analis_bencana", False, "xlsm", True, []),
    ("jf-pengembangan", "polpp_penyelia", False, "openpyxl", True, []),
    ("jf-pengembangan", "analis_kebakaran", False, "openpyxl", False, ["identitas-kosong:strip"]),
    ("jpt-dasar", "kalaksa_bpbd", False, "openpyxl", True, []),
    ("jpt-dasar", "kasatpolpp", False, "openpyxl", False, ["iki-tanpa-target:strip"]),
    ("jpt-pengembangan", "kadishub", False, "openpyxl", True, []),
    ("jpt-pengembangan", "kadpmptsp", False, "openpyxl", False, ["rk-ganda"]),
]
VARIASI_BARU = [
    "halaman_2_penilaian",
    "sheet_lama_depan",
    "baris_kosong_dalam_rk",
    "nomor_iki",
    "rk_enter",
    "kolom_satuan",
    "target_format_angka",
    "periode_tanggal",
    "atasan_prefiks",
    "penilai_plt",
    "nip_titik",
]

# Stage 3 (after the second measurement, still without reading product code): what Excel itself adds to an
# office's workbook. (form, role, penilaian?, writer, clean, defects).
RENCANA_3: list[tuple[str, str, bool, str, bool, list[str]]] = [
    ("ja-dasar", "sekcam", False, "openpyxl", True, []),
    ("ja-pengembangan", "kasi_trantib", False, "openpyxl", False, ["cara-memantau-kosong"]),
    ("jf-dasar", "polpp_penyelia", True, "openpyxl", True, []),
    ("jf-dasar", "damkar_terampil", False, "openpyxl", False, ["rk-tanpa-butir-kegiatan"]),
    ("jf-pengembangan", "adb", False, "openpyxl", True, []),
    ("jpt-dasar", "kadishub", True, "openpyxl", False, ["realisasi-kosong"]),
    ("jpt-pengembangan", "kalaksa_bpbd", False, "openpyxl", True, []),
    ("ja-dasar", "terminal", False, "openpyxl", False, ["target-absolut"]),
    ("jf-pengembangan", "pkb", False, "openpyxl", True, []),
    ("jpt-dasar", "kadisdukcapil", True, "openpyxl", True, []),
]
VARIASI_EXCEL = [
    "sheet_lama_tersembunyi",
    "proteksi",
    "validasi_aspek",
    "komentar_reviu",
    "bekukan_panel",
    "format_bersyarat",
    "teks_kaya",
]

VARIASI_UMUM = [
    "gaya_rk",
    "baris_kosong",
    "halaman_2",
    "kapital",
    "nip_prefiks",
    "label_typo",
    "pangkat_tulis",
    "periode_tulis",
    "unit_dua_baris",
    "jabatan_peran",
    "catatan_bawah",
    "kolom_keterangan",
    "sheet_lama",
    "gelar_panjang",
]
VARIASI_JA_JF = ["aspek_tulis", "target_triwulan", "tambahan_atasan_strip"]

DEFEK_KOP = [
    "nip-tidak-valid",
    "pangkat-tidak-dikenal",
    "periode-tidak-valid",
    "penilai-sama-dengan-pegawai",
    "identitas-kosong",
]
DEFEK_JAJF = [
    "rk-atasan-kosong",
    "rk-tanpa-iki",
    "iki-tanpa-target",
    "target-tidak-terukur",
    "target-rentang-terbalik",
    "aspek-tidak-valid",
    "aspek-ganda",
    "rk-berbasis-aktivitas",
    "target-absolut",
    "target-tanpa-satuan",
    "satuan-tidak-sesuai-aspek",
]
DEFEK_PENGEMBANGAN = [
    "kategori-tidak-membedakan",
    "kategori-tidak-berurutan",
    "kategori-penilaian-kosong",
    "cara-memantau-kosong",
]
DEFEK_JF = [
    "keterkaitan-ak-hilang",
    "rk-tanpa-butir-kegiatan",
    "angka-kredit-tidak-valid",
    "jenjang-golongan-tidak-sesuai",
]
DEFEK_JPT = [
    "iki-tanpa-target",
    "target-tidak-terukur",
    "target-rentang-terbalik",
    "manual-iki-kosong",
    "target-tanpa-satuan",
]
DEFEK_JPT_P = ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
DEFEK_PENILAIAN = ["capaian-tidak-sesuai", "realisasi-kosong", "target-penilaian-berbeda"]
# Two defects of one group are never put in one file: the first would hide or change the second.
KONFLIK = [
    {
        "rk-tanpa-iki",
        "perspektif-tidak-lengkap",
        "perspektif-tidak-valid",
        "keterkaitan-ak-hilang",
        "rk-tanpa-butir-kegiatan",
        "angka-kredit-tidak-valid",
        "manual-iki-kosong",
        "rk-berbasis-aktivitas",
        "rk-atasan-kosong",
        "cara-memantau-kosong",
    },
    {
        "iki-tanpa-target",
        "target-tidak-terukur",
        "target-rentang-terbalik",
        "target-absolut",
        "target-tanpa-satuan",
        "satuan-tidak-sesuai-aspek",
        "kategori-tidak-membedakan",
        "kategori-tidak-berurutan",
        "kategori-penilaian-kosong",
        "rk-tanpa-iki",
        "manual-iki-kosong",
        "perspektif-tidak-lengkap",
    },
    {
        "aspek-tidak-valid",
        "aspek-ganda",
        "satuan-tidak-sesuai-aspek",
        "kategori-tidak-berurutan",
        "kategori-tidak-membedakan",
        "target-absolut",
        "rk-tanpa-iki",
    },
    {"penilai-sama-dengan-pegawai", "nip-tidak-valid"},
    {"identitas-kosong", "pangkat-tidak-dikenal", "jenjang-golongan-tidak-sesuai"},
]
PERINGATAN = {
    "rk-ganda",
    "jenjang-golongan-tidak-sesuai",
    "aspek-ganda",
    "rk-berbasis-aktivitas",
    "target-absolut",
    "target-tanpa-satuan",
    "satuan-tidak-sesuai-aspek",
    "perspektif-tidak-lengkap",
}


def _iki(x: tuple, jenis: str) -> dict[str, Any]:
    if jenis == "jpt":
        t, tg, an = x
        return {"aspek": None, "iki": t, "target": tg, "angka": an}
    a, t, tg, an = x
    return {"aspek": a, "iki": t, "target": tg, "angka": an}


def build_doc(form: str, role: str, penilaian: bool, rng: random.Random, used: set[int]) -> dict[str, Any]:
    """The content of one submission before layout: identities, RKs, IKIs, keterkaitan, manual."""
    p = bank.PERAN[role]
    jenis, model = form.split("-")
    tahun = 2025 if penilaian else 2026
    free = [i for i in range(len(bank.ORANG)) if i not in used]
    i_peg = rng.choice(free)
    used.add(i_peg)
    gol = rng.choice(p["gol"])
    inst = p["instansi"].title()
    unit = p["unit"] if p["unit"].lower() in inst.lower() else f"{p['unit']}, {inst}"
    peg = {
        "nama": bank.ORANG[i_peg][0],
        "nip": nip_of(i_peg, rng.randint(1, 9)),
        "gol": gol,
        "jabatan": p["jabatan"],
        "unit": unit,
        "i": i_peg,
    }
    key = p["penilai"]
    if key == "walikota":
        pen = dict(bank.WALI_KOTA, gol=None)
    elif key == "sekda":
        pen = dict(bank.SEKDA, gol="IV/d")
    else:
        i_pen = (sum(map(ord, key)) * 7) % len(bank.ORANG)
        while i_pen == i_peg:
            i_pen = (i_pen + 1) % len(bank.ORANG)
        if key in bank.PERAN:
            q = bank.PERAN[key]
            qi = q["instansi"].title()
            unit = q["unit"] if q["unit"].lower() in qi.lower() else f"{q['unit']}, {qi}"
            jab, pgol = q["jabatan"], q["gol"][-1]
        else:
            jab, unit, pgol = bank.PENILAI_LAIN[key]
            unit = f"{unit} Kota Tirta Kencana"
        pen = {
            "nama": bank.ORANG[i_pen][0],
            "nip": nip_of(i_pen, 1 + i_pen % 9),
            "gol": pgol,
            "jabatan": jab,
            "unit": unit,
        }
    utama = []
    for k, (rk, ikis) in enumerate(p["utama"]):
        item: dict[str, Any] = {"rk": rk, "iki": [_iki(x, jenis) for x in ikis]}
        if jenis != "jpt":
            item["atasan"] = p["atasan"][k]
            item["memantau"] = (
                rng.choice(["Laporan bulanan", "Rekap harian", "Berita acara", "Data aplikasi"]),
                rng.choice(["Aplikasi e-Kinerja", "Buku register", "Seksi teknis", "Sistem informasi"]),
                rng.choice(["Bulanan", "Triwulanan", "Akhir bulan", "Semesteran"]),
            )
        else:
            item["persp"] = p["persp"][k]
        utama.append(item)
    tambahan = []
    for rk, ikis in p["tambahan"]:
        tambahan.append(
            {
                "rk": rk,
                "atasan": None,
                "memantau": ("Laporan kegiatan", "Surat tugas", "Triwulanan"),
                "iki": [_iki(x, jenis) for x in ikis],
            }
        )
    doc: dict[str, Any] = {
        "form": form,
        "role": role,
        "jenis": jenis,
        "model": model,
        "tahun": tahun,
        "peg": peg,
        "pen": pen,
        "utama": utama,
        "tambahan": tambahan,
        "instansi": p["instansi"],
        "penilaian": penilaian,
    }
    if jenis == "jf":
        doc["ket"] = [
            {
                "rk": utama[k]["rk"],
                "butir": [
                    (b, rng.choice(["Laporan", "Berita acara", "Dokumen"]), ak)
                    for b, ak in zip(p["butir"][k], p["ak"][k], strict=True)
                ],
            }
            for k in range(len(utama))
        ]
    if jenis == "jpt":
        doc["manual"] = []
        for k, item in enumerate(utama):
            for j, iki in enumerate(item["iki"]):
                doc["manual"].append(
                    {
                        "k": k,
                        "j": j,
                        "rk": item["rk"],
                        "iki": iki["iki"],
                        "deskripsi": f"Rencana kinerja ini menggambarkan {item['rk'].lower()} sebagai "
                        f"hasil layanan perangkat daerah kepada warga kota.",
                        "definisi": f"{iki['iki']} dihitung dari data layanan selama periode penilaian.",
                        "formula": "(Jumlah capaian / Jumlah sasaran) x 100 %"
                        if "%" in iki["target"]
                        else "Jumlah capaian selama tahun berjalan",
                        "tujuan": "Mengukur keberhasilan layanan garis depan kepada masyarakat.",
                        "satuan": "%" if "%" in iki["target"] else "Angka",
                        "jenis": "Kuantitas",
                        "kendali": rng.choice(["Moderate", "High", "Low"]),
                        "sumber": "Laporan bulanan bidang teknis",
                        "periode": rng.choice(["Triwulanan", "Bulanan"]),
                    }
                )
    return doc


def realisasi_for(iki: dict[str, Any], rng: random.Random) -> float:
    n, sat, lower = iki["angka"]
    if lower:
        return max(1, n + rng.choice([-1, 0, 1, -2]))
    if sat == "%":
        return min(100, n + rng.choice([-4, -2, 0, 2, 3]))
    if n < 1:
        return round(n * rng.choice([0.95, 1.0, 1.05]), 2)
    f = rng.choice([0.9, 0.97, 1.0, 1.04, 1.15])
    r = n * f
    return round(r) if n >= 10 else round(r, 0) or n


def score(iki: dict[str, Any], target: float, real: float) -> tuple[float, str, float]:
    n, sat, lower = iki["angka"]
    cap = (1 + (1 - real / target)) * 100 if lower else real / target * 100
    maks = sat == "%" and not lower and target >= 100 and real >= target
    kat, nil = nilai_iki(cap, maks)
    return cap, kat, nil


# ---- layout ---------------------------------------------------------------------------------------------

ASPEK_TULIS = {
    "Kuantitas": ["Kuant/Output", "IKI (Kuantitas)", "KUANTITAS/OUTPUT"],
    "Kualitas": ["Kual/Mutu", "Kualitas/Mutu", "IKI (Kualitas)"],
    "Waktu": ["IKI (Waktu)", "Waktu"],
}


def identitas(s: Lembar, doc: dict[str, Any], var: dict[str, Any], start: int) -> int:
    """Title, agency, period and the two identity blocks; returns the next free row."""
    peg, pen = doc["peg"], doc["pen"]
    typo = "label_typo" in var
    s.put(1, 1, var["judul"], b=True)
    s.merge(1, 1, 1, var["lebar"])
    s.put(2, 1, f"{bank.PEMKOT}\n{doc['instansi']}" if var.get("kop_dua") else doc["instansi"], b=True)
    s.merge(2, 1, 2, var["lebar"])
    if "periode_tanggal" in var:
        s.put(3, 1, "PERIODE PENILAIAN", tag=("periode",))
        s.put(3, 3, datetime(doc["tahun"], 1, 1))
        s.fmt[(3, 3)] = "d mmmm yyyy"
        s.put(3, 4, "s.d.")
        s.put(3, 5, datetime(doc["tahun"], 12, 31))
        s.fmt[(3, 5)] = "d mmmm yyyy"
    else:
        s.put(3, 1, var["periode"], tag=("periode",))
        s.merge(3, 1, 3, var["lebar"])
    r = start
    s.put(r, 1, "NO", b=True)
    s.put(r, 2, "PEGAWAI YANG DI NILAI" if typo else "PEGAWAI YANG DINILAI", b=True)
    s.merge(r, 2, r, 3)
    s.put(r, 4, "NO", b=True)
    s.put(r, 5, "PEJABAT PENILAI KERJA" if typo else "PEJABAT PENILAI KINERJA", b=True)
    s.merge(r, 5, r, 6)
    labels = ["NAMA", "NIP", "PANGKA/GOL. RUANG" if typo else "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    pen_unit_label = "INSTANSI" if var.get("instansi_label") else "UNIT KERJA"
    for k, lab in enumerate(labels):
        rr = r + 1 + k
        s.put(rr, 1, k + 1)
        s.put(rr, 2, lab)
        s.put(rr, 4, k + 1)
        s.put(rr, 5, pen_unit_label if k == 4 else lab)
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
    for k, key in enumerate(keys):
        rr = r + 1 + k
        s.put(rr, 3, peg[key + "_tulis"], tag=("peg", key))
        s.put(rr, 6, pen[key + "_tulis"], tag=("pen", key))
    r = r + 6
    if "unit_dua_baris" in var:
        s.put(r, 3, var["unit_lanjut"])
        r += 1
    return r + 1


def header_rencana(s: Lembar, r: int, doc: dict[str, Any], var: dict[str, Any]) -> int:
    """The table's column labels at row r; returns the first row below them. Columns kept in var['kol']."""
    jenis, model = doc["jenis"], doc["model"]
    typo = "label_typo" in var
    kol: dict[str, int] = {}
    two = model == "pengembangan" and jenis != "jpt"
    c = 1
    if jenis == "jpt":
        if model == "pengembangan":
            kol["persp"] = c
            c += 1
        kol["no"], kol["rk"], kol["iki"], kol["target"] = c, c + 1, c + 2, c + 3
        names = {
            "persp": "PERSPEKTIF",
            "no": "NO",
            "rk": "RENCANA KINERJA",
            "iki": "INDIKATOR KERJA INDIVIDU" if typo else "INDIKATOR KINERJA INDIVIDU",
            "target": "TARGET",
        }
        c += 4
    else:
        kol["no"], kol["atasan"], kol["rk"], kol["aspek"], kol["iki"], kol["target"] = range(1, 7)
        names = {
            "no": "NO",
            "atasan": var["label_atasan"],
            "rk": "RENCANA KINERJA",
            "aspek": "ASPEK",
            "iki": "INDIKATOR KERJA INDIVIDU" if typo else "INDIKATOR KINERJA INDIVIDU",
            "target": "TARGET",
        }
        c = 7
    if "kolom_satuan" in var:
        kol["satuan"] = c
        names["satuan"] = "SATUAN"
        c += 1
    for key, col in kol.items():
        s.put(r, col, names[key], b=True)
        if two:
            s.merge(r, col, r + 1, col)
    if two:
        levels = var["levels"]
        s.put(r, c, var["label_kategori"], b=True)
        s.merge(r, c, r, c + len(levels) - 1)
        for lv in levels:
            kol["kat:" + lv] = c
            s.put(r + 1, c, lv, b=True)
            c += 1
        s.put(r, c, "CARA MEMANTAU KINERJA", b=True)
        s.merge(r, c, r, c + 2)
        for key, lab in (("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu_p", "WAKTU PENGUMPULAN")):
            kol[key] = c
            s.put(r + 1, c, lab, b=True)
            c += 1
    if "kolom_keterangan" in var:
        kol["ket"] = c
        s.put(r, c, "KETERANGAN", b=True)
        if two:
            s.merge(r, c, r + 1, c)
        c += 1
    var["kol"] = kol
    var["lebar_tabel"] = c - 1
    return r + (2 if two else 1)


def bands(iki: dict[str, Any], levels: list[str]) -> dict[str, str]:
    """Kategori thresholds for one IKI, ordered for its direction, separating every level (SPEC §3.3)."""
    if iki["angka"] is None:
        words = {
            "SANGAT KURANG": "Jauh di bawah target",
            "KURANG": "Di bawah target",
            "CUKUP": "Mendekati target",
            "BAIK": iki["target"],
            "SANGAT BAIK": "Melampaui target",
        }
        return {lv: words[lv] for lv in levels}
    n, sat, lower = iki["angka"]

    def u(x: float) -> str:
        return dengan_satuan(x, sat)

    def rng_(lo: float, hi: float) -> str:
        return f"{u(lo)} - {u(hi)}" if sat == "Rp" else f"{angka(lo)} - {u(hi)}"

    if lower:
        c_lo, c_hi = n + 1, max(n + 2, round(n * 1.4))
        k_lo, k_hi = c_hi + 1, max(c_hi + 2, round(n * 1.8))
        full = {
            "SANGAT KURANG": f"> {u(k_hi)}",
            "KURANG": rng_(k_lo, k_hi),
            "CUKUP": rng_(c_lo, c_hi),
            "BAIK": iki["target"],
            "SANGAT BAIK": f"< {u(n)}",
        }
    elif n < 5:
        full = {
            "SANGAT KURANG": "Jauh di bawah target",
            "KURANG": "Di bawah target",
            "CUKUP": f"< {u(n)}",
            "BAIK": iki["target"],
            "SANGAT BAIK": f"> {u(n)}",
        }
    else:
        a = max(1, round(n * 0.5))
        b = max(a + 1, round(n * 0.7))
        full = {
            "SANGAT KURANG": f"< {u(a)}",
            "KURANG": rng_(a, b),
            "CUKUP": rng_(b + 1, n - 1),
            "BAIK": iki["target"],
            "SANGAT BAIK": f"> {u(n)}",
        }
        if levels == ["CUKUP", "BAIK", "SANGAT BAIK"]:
            full["CUKUP"] = f"< {u(n)}"
    return {lv: full[lv] for lv in levels}


def teks(x: str, var: dict[str, Any]) -> str:
    return x.upper() if "kapital" in var and x else x


def rencana(s: Lembar, r: int, doc: dict[str, Any], var: dict[str, Any]) -> int:
    """Groups A and B with their RKs and IKIs; returns the row after the table."""
    kol = var["kol"]
    header_row = r - (2 if "kat:BAIK" in kol or "kat:CUKUP" in kol else 1)
    groups = [("A. KINERJA UTAMA", "utama"), ("B. KINERJA TAMBAHAN", "tambahan")]
    no = 0
    for label, key in groups:
        s.put(r, 1, label, b=True)
        s.merge(r, 1, r, kol["target"])
        r += 1
        items = doc[key]
        if not items:
            s.put(r, kol["no"], "-")
            r += 1
            continue
        for k, item in enumerate(items):
            if key == "utama" and "halaman_2" in var and k == var["halaman_k"]:
                s.put(r, var["lebar_tabel"], "Halaman 2")
                r += 1
                span = 2 if "kat:CUKUP" in kol else 1
                for rr in range(span):
                    for c in range(1, var["lebar_tabel"] + 1):
                        v = s.cells.get((header_row + rr, c))
                        if v is not None:
                            s.put(r + rr, c, v, b=True)
                for r1, c1, r2, c2 in list(s.merges):
                    if header_row <= r1 < header_row + span:
                        s.merge(r + (r1 - header_row), c1, r + (r2 - header_row), c2)
                r += span
            no += 1
            ikis = item["iki"] or [dict(aspek=None, iki=None, target=None, angka=None)]
            first = r
            step = 2 if "baris_kosong_dalam_rk" in var else 1
            for j, iki in enumerate(ikis):
                rr = r + j * step
                tagb = (key, k, "iki", j)
                if j == 0 or var["gaya_rk"] == "ulang":
                    s.put(rr, kol["no"], no)
                    rk_text = teks(item["rk"], var)
                    if "rk_enter" in var:
                        words = rk_text.split(" ")
                        rk_text = (
                            " ".join(words[: len(words) // 2]) + "\n" + " ".join(words[len(words) // 2 :])
                        )
                    s.put(rr, kol["rk"], rk_text, tag=(key, k, "rk") if j == 0 else None)
                    if "atasan" in kol:
                        at = item.get("atasan")
                        if at is None and key == "tambahan" and "tambahan_atasan_strip" in var:
                            at = "-"
                        if at and at != "-" and "atasan_prefiks" in var:
                            at = var["atasan_pre"].format(n=k + 1) + at
                        s.put(
                            rr,
                            kol["atasan"],
                            teks(at, var) if at else at,
                            tag=(key, k, "atasan") if j == 0 else None,
                        )
                    if "persp" in kol and key == "utama":
                        s.put(rr, kol["persp"], item.get("persp"), tag=(key, k, "persp") if j == 0 else None)
                if "aspek" in kol:
                    asp = iki["aspek"]
                    if asp and "aspek_tulis" in var:
                        asp = var["aspek_map"].get(asp, asp)
                    s.put(rr, kol["aspek"], asp, tag=tagb + ("aspek",))
                s.put(rr, kol["iki"], teks(iki["iki"], var) if iki["iki"] else None, tag=tagb + ("iki",))
                tv: Any = iki["target"]
                an = iki["angka"]
                canon = an is not None and tv == dengan_satuan(an[0], an[1])
                num = (int(an[0]) if float(an[0]).is_integer() else an[0]) if an else None
                if "kolom_satuan" in var and canon:
                    tv = num
                    sat = {"%": "%", "Rp": "Rupiah", "nilai": None, "indeks": None}.get(an[1], an[1])
                    s.put(rr, kol["satuan"], sat)
                elif "target_format_angka" in var and canon and an[1] not in ("%", "Rp", "nilai", "indeks"):
                    tv = num
                    s.fmt[(rr, kol["target"])] = f'#,##0" {an[1]}"'
                s.put(rr, kol["target"], tv, tag=tagb + ("target",))
                if "nomor_iki" in var:
                    s.put(rr, kol["no"], f"{no}.{j + 1}")
                for lv in var["levels"] if "kat:CUKUP" in kol else []:
                    s.put(rr, kol["kat:" + lv], iki.get("kat", {}).get(lv), tag=tagb + ("kat", lv))
                if "ket" in kol and j == 0 and var.get("ket_teks"):
                    s.put(rr, kol["ket"], var["ket_teks"])
            last = r + (len(ikis) - 1) * step
            if var["gaya_rk"] == "gabung" and last > first:
                for name in ("no", "atasan", "rk", "persp"):
                    if name == "no" and "nomor_iki" in var:
                        continue
                    if name in kol and not (name == "persp" and key != "utama"):
                        s.merge(first, kol[name], last, kol[name])
            if "data" in kol:
                mp = item.get("memantau") or ("", "", "")
                for name, v in zip(("data", "sumber", "waktu_p"), mp, strict=True):
                    s.put(first, kol[name], v, tag=(key, k, name))
                    if last > first:
                        s.merge(first, kol[name], last, kol[name])
            r = last + 1
            if "baris_kosong" in var:
                r += var["baris_kosong_n"]
    if "catatan_bawah" in var:
        r += 1
        s.put(r, 1, var["catatan"])
        r += 1
    return r


def footer(s: Lembar, r: int, doc: dict[str, Any], var: dict[str, Any], tanggal: str) -> None:
    peg, pen = doc["peg"], doc["pen"]
    r += 1
    s.put(r, 5, f"Tirta Kencana, {tanggal}")
    s.put(r + 1, 2, "Pejabat Penilai Kinerja")
    s.put(r + 1, 5, "Pegawai yang Dinilai")
    s.put(r + 5, 2, pen["nama"])
    s.put(r + 5, 5, peg["nama"])
    if pen["nip"] != "-":
        s.put(r + 6, 2, f"NIP. {pen['nip']}")
    s.put(r + 6, 5, f"NIP. {peg['nip']}")


def sheet_skp(name: str, doc: dict[str, Any], var: dict[str, Any], tanggal: str) -> Lembar:
    s = Lembar(name)
    r = identitas(s, doc, var, 5)
    r = header_rencana(s, r, doc, var)
    r = rencana(s, r, doc, var)
    footer(s, r, doc, var, tanggal)
    return s


def sheet_keterkaitan(name: str, doc: dict[str, Any], var: dict[str, Any]) -> Lembar:
    s = Lembar(name)
    peg = doc["peg"]
    s.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", b=True)
    s.merge(1, 1, 1, 5)
    s.put(3, 1, "NAMA")
    s.put(3, 3, peg["nama_tulis"])
    s.put(4, 1, "NIP")
    s.put(4, 3, peg["nip_tulis"])
    s.put(5, 1, "JABATAN")
    s.put(5, 3, peg["jabatan_tulis"])
    s.put(6, 1, "TANGGAL PENGAJUAN")
    s.put(6, 3, var["tgl_pengajuan"])
    r = 8
    for c, lab in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        s.put(r, c, lab, b=True)
    r += 1
    s.put(r, 1, "KINERJA UTAMA", b=True)
    s.merge(r, 1, r, 5)
    r += 1
    for k, item in enumerate(doc["ket"]):
        first = r
        for j, (butir, out, ak) in enumerate(item["butir"]):
            if j == 0 or var["gaya_rk"] == "ulang":
                s.put(r, 1, k + 1)
                s.put(r, 2, item["rk"].upper() if var.get("ket_kapital") else item["rk"])
            s.put(r, 3, butir)
            s.put(r, 4, out)
            if var.get("ak_angka") and (k, j) != doc.get("ak_rusak") and ak.replace(",", "").isdigit():
                s.put(r, 5, float(ak.replace(",", ".")), tag=("ket", k, j))
                s.fmt[(r, 5)] = "0.000"
            else:
                s.put(r, 5, ak, tag=("ket", k, j))
            r += 1
        if var["gaya_rk"] == "gabung" and r - 1 > first:
            s.merge(first, 1, r - 1, 1)
            s.merge(first, 2, r - 1, 2)
    return s


def sheet_manual(name: str, doc: dict[str, Any], var: dict[str, Any]) -> Lembar:
    s = Lembar(name)
    s.put(1, 1, "MANUAL INDIKATOR KINERJA", b=True)
    s.merge(1, 1, 1, 3)
    s.put(2, 1, doc["instansi"])
    labels = [
        ("rk", "RENCANA KINERJA"),
        ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
        ("iki", "INDIKATOR KINERJA INDIVIDU"),
        ("definisi", "DEFINISI IKI"),
        ("formula", "FORMULA"),
        ("tujuan", "TUJUAN"),
        ("satuan", "SATUAN PENGUKURAN"),
        ("jenis", "JENIS ASPEK TARGET"),
        ("kendali", "TINGKAT KENDALI IKI"),
        ("sumber", "SUMBER DATA"),
        ("periode", "PERIODE PELAPORAN"),
    ]
    r = 4
    for m in doc["manual"]:
        for key, lab in labels:
            s.put(r, 1, lab)
            s.put(r, 2, ":")
            s.put(r, 3, m.get(key), tag=("manual", m["k"], m["j"], key))
            r += 1
        r += 2
    return s


def _hit(codes: dict[str, dict], code: str, tag: Tag) -> bool:
    t = codes.get(code, {}).get("tag")
    return t is not None and tuple(t[:4]) == tag


def sheet_penilaian(name: str, doc: dict[str, Any], var: dict[str, Any], defects: list[dict]) -> Lembar:
    """Penilaian of the SKP in the same workbook, values computed from SPEC §6."""
    s = Lembar(name)
    jpt = doc["jenis"] == "jpt"
    s.put(1, 1, "PENILAIAN SASARAN KINERJA PEGAWAI", b=True)
    s.put(2, 1, var["periode"])
    s.put(3, 1, f"NAMA: {doc['peg']['nama']}    NIP: {doc['peg']['nip']}")
    if jpt:
        cols = [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "NILAI TERTIMBANG",
        ]
    else:
        cols = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "KATEGORI CAPAIAN RK",
            "NILAI CAPAIAN RK",
            "NILAI TERTIMBANG",
        ]
    C = {c: i + 1 for i, c in enumerate(cols)}
    r = 5
    for c, i in C.items():
        s.put(r, i, c, b=True)
    r += 1
    codes = {d["code"]: d for d in defects}
    n_utama = len(doc["utama"])
    tertimbang_utama: list[float | None] = []
    tertimbang_tambahan: list[float | None] = []
    tert_cells: list[str] = []
    lo = var["writer"] == "libreoffice"
    for label, key in (("A. KINERJA UTAMA", "utama"), ("B. KINERJA TAMBAHAN", "tambahan")):
        if not doc[key]:
            continue
        s.put(r, 1, label, b=True)
        r += 1
        for k, item in enumerate(doc[key]):
            if key == "utama" and k == 1 and "halaman_2_penilaian" in var:
                s.put(r, len(cols), "Halaman 2")
                r += 1
                for c, i in C.items():
                    s.put(r, i, c, b=True)
                r += 1
            first = r
            nil_iki: list[float | None] = []
            for j, iki in enumerate(item["iki"]):
                tag = ("pn", key, k, j)
                target_txt, target_n = iki["target"], iki["angka"][0]
                real = iki["real"]
                if _hit(codes, "target-penilaian-berbeda", tag):
                    target_n = iki["target_pn"]
                    target_txt = dengan_satuan(target_n, iki["angka"][1]) + (
                        " PAD" if "PAD" in iki["target"] else ""
                    )
                if j == 0:
                    s.put(r, 1, k + 1)
                    s.put(r, C["RENCANA KINERJA"], item["rk"])
                    if not jpt:
                        s.put(r, C["RENCANA KINERJA ATASAN LANGSUNG"], item.get("atasan") or "-")
                if not jpt:
                    s.put(r, C["ASPEK"], iki["aspek"])
                s.put(r, C["INDIKATOR KINERJA INDIVIDU"], iki["iki"])
                s.put(r, C["TARGET"], target_txt, tag=tag + ("target",))
                kosong = _hit(codes, "realisasi-kosong", tag)
                s.put(
                    r,
                    C["REALISASI"],
                    None if kosong else dengan_satuan(real, iki["angka"][1]),
                    tag=tag + ("realisasi",),
                )
                if kosong:
                    nil_iki.append(None)
                else:
                    cap, kat, nil = score(iki, target_n, real)
                    cap_w = half_up(cap)
                    if _hit(codes, "capaian-tidak-sesuai", tag):
                        cap_w = cap_w + 9 if cap_w < 100 else cap_w - 12
                    if var["gaya_capaian"] == "persen_sel":
                        s.put(r, C["CAPAIAN IKI"], cap_w / 100, tag=tag + ("capaian",))
                        s.fmt[(r, C["CAPAIAN IKI"])] = "0%"
                    else:
                        s.put(r, C["CAPAIAN IKI"], f"{cap_w} %", tag=tag + ("capaian",))
                    s.put(r, C["KATEGORI CAPAIAN IKI"], SINGKAT[kat] if "kategori_singkat" in var else kat)
                    s.put(r, C["NILAI CAPAIAN IKI"], round(nil, 2))
                    nil_iki.append(nil)
                r += 1
            last = r - 1
            rk_n = None if None in nil_iki else sum(nil_iki) / len(nil_iki)  # type: ignore[arg-type]
            if jpt:
                for rr, nv in zip(range(first, last + 1), nil_iki, strict=True):
                    if key == "utama":
                        t = None if nv is None else nv / (n_utama * len(nil_iki))
                        tertimbang_utama.append(t)
                    else:
                        t = None if rk_n is None else FAKTOR[kategori_rk(rk_n)] * 10 / 100 * rk_n / 100
                        tertimbang_tambahan.append(t)
                    if t is not None:
                        s.put(rr, C["NILAI TERTIMBANG"], round(t, 2))
                continue
            if rk_n is not None:
                kat_rk = kategori_rk(rk_n)
                s.put(
                    first, C["KATEGORI CAPAIAN RK"], SINGKAT[kat_rk] if "kategori_singkat" in var else kat_rk
                )
                s.put(first, C["NILAI CAPAIAN RK"], round(rk_n, 2))
            if key == "utama":
                t = None if rk_n is None else rk_n / n_utama
                tertimbang_utama.append(t)
                if t is not None:
                    if lo:
                        s.put(
                            first,
                            C["NILAI TERTIMBANG"],
                            f"=ROUND({get_column_letter(C['NILAI CAPAIAN RK'])}{first}/{n_utama},2)",
                        )
                    else:
                        s.put(first, C["NILAI TERTIMBANG"], round(t, 2))
            else:
                t = None if rk_n is None else FAKTOR[kategori_rk(rk_n)] * 10 / 100 * rk_n / 100
                tertimbang_tambahan.append(t)
                if t is not None:
                    s.put(first, C["NILAI TERTIMBANG"], round(t, 2))
            tert_cells.append(f"{get_column_letter(C['NILAI TERTIMBANG'])}{first}")
            if var["gaya_rk"] == "gabung" and last > first:
                for c in (
                    "NO",
                    "RENCANA KINERJA ATASAN LANGSUNG",
                    "RENCANA KINERJA",
                    "KATEGORI CAPAIAN RK",
                    "NILAI CAPAIAN RK",
                    "NILAI TERTIMBANG",
                ):
                    s.merge(first, C[c], last, C[c])
    col_t = C["NILAI TERTIMBANG"]
    s.put(r, 1, "NILAI AKHIR SKP", b=True)
    s.merge(r, 1, r, col_t - 1)
    if None not in tertimbang_utama and None not in tertimbang_tambahan:
        total = sum(tertimbang_utama) + min(10.0, sum(tertimbang_tambahan))  # type: ignore[arg-type]
        total = min(120.0, total)
        if lo and not jpt:
            n_u = len(tertimbang_utama)
            f_u, f_t = ",".join(tert_cells[:n_u]), ",".join(tert_cells[n_u:])
            s.put(r, col_t, f"=MIN(120,SUM({f_u})+MIN(10,SUM({f_t})))" if f_t else f"=MIN(120,SUM({f_u}))")
        else:
            salah = -4.25 if doc.get("nilai_akhir_salah") else 0
            s.put(r, col_t, round(total + salah, 2), tag=("nilai_akhir",))
    return s


# ---- one file --------------------------------------------------------------------------------------------


def pick_variations(doc: dict[str, Any], rng: random.Random) -> list[str]:
    pool = list(VARIASI_UMUM) + (VARIASI_JA_JF if doc["jenis"] != "jpt" else [])
    if doc["penilaian"]:
        pool = [v for v in pool if v not in ("target_triwulan", "sheet_lama")]
    if doc["model"] == "pengembangan":
        pool = [v for v in pool if v != "target_triwulan"]
    return sorted(rng.sample(pool, rng.randint(2, 6)))


def pick_variations_2(doc: dict[str, Any], rng: random.Random) -> list[str]:
    """Stage 2: two to four of the new shapes, and up to two of the first stage's."""
    baru = list(VARIASI_BARU)
    if not doc["penilaian"]:
        baru.remove("halaman_2_penilaian")
    else:
        baru = [v for v in baru if v not in ("kolom_satuan", "target_format_angka", "sheet_lama_depan")]
    if doc["jenis"] == "jpt":
        baru = [v for v in baru if v not in ("atasan_prefiks", "target_format_angka")]
    if doc["model"] == "pengembangan":
        baru = [v for v in baru if v not in ("kolom_satuan", "target_format_angka")]
    if doc["pen"]["nip"] == "-" or doc["pen"]["jabatan"].startswith("Sekretaris Daerah"):
        baru = [v for v in baru if v != "penilai_plt"]
    picked = rng.sample(baru, min(len(baru), rng.randint(2, 4)))
    if doc["penilaian"] and "halaman_2_penilaian" not in picked:
        picked[0] = "halaman_2_penilaian"
    lama = [v for v in VARIASI_UMUM if v not in ("sheet_lama", "halaman_2")]
    if doc["penilaian"]:
        lama = [v for v in lama if v != "target_triwulan"]
    picked += rng.sample(lama, rng.randint(0, 2))
    return sorted(picked)


def pick_variations_3(doc: dict[str, Any], rng: random.Random) -> list[str]:
    """Stage 3: three to five of Excel's own features, and up to one of the first stage's shapes."""
    pool = list(VARIASI_EXCEL)
    if doc["jenis"] == "jpt":
        pool.remove("validasi_aspek")
    picked = rng.sample(pool, rng.randint(3, 5))
    if doc["penilaian"]:
        picked.append("kategori_singkat")
    lama = [v for v in VARIASI_UMUM if v not in ("sheet_lama", "halaman_2", "target_triwulan")]
    picked += rng.sample(lama, rng.randint(0, 1))
    return sorted(picked)


def inject(doc: dict[str, Any], code: str, rng: random.Random) -> dict[str, Any] | None:
    """Change the document so that it carries the defect; return the defect with the tag of its cell."""
    peg, pen = doc["peg"], doc["pen"]
    U = doc["utama"]
    d: dict[str, Any] = {"code": code, "severity": "peringatan" if code in PERINGATAN else "error"}

    def ikis_with(pred):
        return [(k, j) for k, it in enumerate(U) for j, iki in enumerate(it["iki"]) if pred(iki)]

    if code == "nip-tidak-valid:angka":
        d["code"] = d["code"].split(":")[0]
        peg["nip_angka"] = True
        d["tag"] = ("peg", "nip")
    elif code == "identitas-kosong:strip":
        d["code"] = "identitas-kosong"
        peg["jabatan_strip"] = True
        d["tag"] = ("peg", "jabatan")
    elif code == "iki-tanpa-target:strip":
        d["code"] = "iki-tanpa-target"
        k, j = rng.choice(ikis_with(lambda i: True))
        U[k]["iki"][j].update(target="-", angka=None)
        d["tag"] = ("utama", k, "iki", j, "target")
        d["any_of"] = ["iki-tanpa-target", "target-tidak-terukur"]
    elif code == "angka-kredit-tidak-valid:kosong":
        d["code"] = "angka-kredit-tidak-valid"
        k = rng.randrange(len(doc["ket"]))
        b, o, _ = doc["ket"][k]["butir"][-1]
        doc["ket"][k]["butir"][-1] = (b, o, None)
        doc["ak_rusak"] = (k, len(doc["ket"][k]["butir"]) - 1)
        d["tag"] = ("ket", k, len(doc["ket"][k]["butir"]) - 1)
    elif code == "capaian-tidak-sesuai:akhir":
        d["code"] = "capaian-tidak-sesuai"
        doc["nilai_akhir_salah"] = True
        d["tag"] = ("nilai_akhir",)
    elif code == "kategori-tidak-membedakan:cukup":
        d["code"] = "kategori-tidak-membedakan"
        cand = ikis_with(lambda i: i["angka"] is not None and not i["angka"][2] and i["angka"][0] >= 10)
        k, j = rng.choice(cand)
        iki = U[k]["iki"][j]
        n, sat, _ = iki["angka"]
        iki["kat_force"] = {"CUKUP": f"> {dengan_satuan(round(n * 0.8), sat)}"}
        d["tag"] = ("utama", k, "iki", j, "kat", "CUKUP")
        d["alt_kat_row"] = (k, j)
    elif code == "kinerja-utama-kosong":
        doc["tambahan"] = U + doc["tambahan"]
        for it in doc["tambahan"]:
            it["atasan"] = None
        doc["utama"] = []
        if doc.get("ket"):
            doc["ket"] = None
        d["tag"] = None
    elif code == "rk-ganda":
        k = rng.randrange(len(U))
        src = U[k]
        iki = {
            "aspek": "Kuantitas" if doc["jenis"] != "jpt" else None,
            "iki": "Jumlah laporan capaian kinerja",
            "target": "2 laporan",
            "angka": (2, "laporan", False),
        }
        doc["tambahan"].append(
            {
                "rk": src["rk"],
                "atasan": None,
                "memantau": ("Laporan kegiatan", "Surat tugas", "Semesteran"),
                "iki": [iki],
            }
        )
        d["tag"] = ("tambahan", len(doc["tambahan"]) - 1, "rk")
    elif code == "nip-tidak-valid":
        parts = peg["nip"].split(" ")
        peg["nip"] = " ".join([parts[0], parts[1][:4] + "13", parts[2], parts[3]])
        d["tag"] = ("peg", "nip")
    elif code == "pangkat-tidak-dikenal":
        peg["pangkat_force"] = {"II": "Penata Muda, II/c", "III": "Pengatur, III/b", "IV": "Penata, IV/a"}[
            peg["gol"].split("/")[0]
        ]
        d["tag"] = ("peg", "pangkat")
    elif code == "periode-tidak-valid":
        doc["periode_force"] = f"PERIODE PENILAIAN: 1 JULI {doc['tahun']} SD 30 JUNI {doc['tahun'] + 1}"
        d["tag"] = ("periode",)
    elif code == "penilai-sama-dengan-pegawai":
        if pen["nip"] == "-":
            return None
        pen["nip"] = peg["nip"]
        d["tag"] = ("pen", "nip")
        d["alt"] = [("peg", "nip")]
    elif code == "identitas-kosong":
        key = rng.choice(["jabatan", "unit", "pangkat"])
        peg[key + "_kosong"] = True
        d["tag"] = ("peg", key)
    elif code == "jenjang-golongan-tidak-sesuai":
        jab = peg["jabatan"]
        if "Terampil" in jab:
            peg["gol"] = "III/c"
        elif "Mahir" in jab or "Pertama" in jab:
            peg["gol"] = "III/d"
        elif "Muda" in jab:
            peg["gol"] = "IV/b"
        elif "Penyelia" in jab:
            peg["gol"] = "IV/a"
        else:
            return None
        peg["jabatan_plain"] = True
        d["tag"] = ("peg", "jabatan")
        d["alt"] = [("peg", "pangkat")]
    elif code == "rk-atasan-kosong":
        k = rng.randrange(len(U))
        U[k]["atasan"] = None
        d["tag"] = ("utama", k, "atasan")
        d["alt"] = [("utama", k, "rk")]
    elif code == "rk-tanpa-iki":
        k = rng.randrange(len(U))
        U[k]["iki"] = []
        d["tag"] = ("utama", k, "rk")
        d["alt"] = [("utama", k, "iki", 0, "iki")]
    elif code == "iki-tanpa-target":
        k, j = rng.choice(ikis_with(lambda i: True))
        U[k]["iki"][j]["target"] = None
        d["tag"] = ("utama", k, "iki", j, "target")
    elif code == "target-tidak-terukur":
        k, j = rng.choice(ikis_with(lambda i: i["aspek"] != "Waktu"))
        U[k]["iki"][j]["target"] = rng.choice(["SOP dilaksanakan", "Sesuai SOP", "Tertib dan kondusif"])
        U[k]["iki"][j]["angka"] = None
        d["tag"] = ("utama", k, "iki", j, "target")
    elif code == "target-rentang-terbalik":
        cand = ikis_with(lambda i: i["angka"] is not None and i["angka"][1] == "%")
        if not cand:
            return None
        k, j = rng.choice(cand)
        n = U[k]["iki"][j]["angka"][0]
        U[k]["iki"][j]["target"] = f"{angka(n)} - {angka(n - 10)} %"
        U[k]["iki"][j]["angka"] = None
        d["tag"] = ("utama", k, "iki", j, "target")
    elif code == "aspek-tidak-valid":
        k, j = rng.choice(ikis_with(lambda i: True))
        U[k]["iki"][j]["aspek"] = rng.choice(["Responsivitas", "Efektivitas", "Kepatuhan"])
        d["tag"] = ("utama", k, "iki", j, "aspek")
    elif code == "aspek-ganda":
        cand = [
            (k, it)
            for k, it in enumerate(U)
            if len(it["iki"]) >= 2 and it["iki"][1]["aspek"] in ("Kualitas", "Kuantitas")
        ]
        if not cand:
            return None
        k, it = rng.choice(cand)
        it["iki"][1]["aspek"] = it["iki"][0]["aspek"]
        d["tag"] = ("utama", k, "iki", 1, "aspek")
    elif code == "rk-berbasis-aktivitas":
        k = rng.randrange(len(U))
        U[k]["rk"] = rng.choice(bank.AKTIVITAS)
        if doc.get("ket"):
            doc["ket"][k]["rk"] = U[k]["rk"]
        d["tag"] = ("utama", k, "rk")
    elif code == "target-absolut":
        k, j = rng.choice(ikis_with(lambda i: i["aspek"] == "Kualitas") or ikis_with(lambda i: True))
        iki_t, tg = rng.choice(bank.ABSOLUT)
        U[k]["iki"][j].update(iki=iki_t, target=tg, angka=None)
        d["tag"] = ("utama", k, "iki", j, "iki")
        d["alt"] = [("utama", k, "iki", j, "target")]
    elif code == "target-tanpa-satuan":
        cand = ikis_with(
            lambda i: (
                i["angka"] is not None
                and i["angka"][1] not in ("%", "Rp", "nilai", "indeks")
                and not i["angka"][2]
                and i["iki"].startswith("Jumlah")
            )
        )
        if not cand:
            return None
        k, j = rng.choice(cand)
        U[k]["iki"][j]["target"] = angka(U[k]["iki"][j]["angka"][0])
        U[k]["iki"][j]["angka"] = None
        d["tag"] = ("utama", k, "iki", j, "target")
    elif code == "satuan-tidak-sesuai-aspek":
        cand = ikis_with(lambda i: i["aspek"] == "Waktu")
        if not cand:
            return None
        k, j = rng.choice(cand)
        U[k]["iki"][j]["target"] = rng.choice(["4 laporan", "12 dokumen"])
        U[k]["iki"][j]["angka"] = None
        d["tag"] = ("utama", k, "iki", j, "target")
    elif code in ("kategori-tidak-membedakan", "kategori-tidak-berurutan"):
        cand = ikis_with(
            lambda i: (
                i["angka"] is not None and not i["angka"][2] and i["angka"][0] >= 5 and i["angka"][1] != "%"
            )
        )
        if not cand:
            return None
        k, j = rng.choice(cand)
        iki = U[k]["iki"][j]
        n, sat, _ = iki["angka"]
        if code == "kategori-tidak-membedakan":
            iki["kat_force"] = {"SANGAT BAIK": iki["target"]}
            d["tag"] = ("utama", k, "iki", j, "kat", "SANGAT BAIK")
            d["alt_kat_row"] = (k, j)
        else:
            iki["kat_force"] = {"CUKUP": f"{angka(round(n * 1.1))} - {dengan_satuan(round(n * 1.3), sat)}"}
            d["tag"] = ("utama", k, "iki", j, "kat", "CUKUP")
            d["alt_kat_row"] = (k, j)
    elif code == "kategori-penilaian-kosong":
        k, j = rng.choice(ikis_with(lambda i: True))
        U[k]["iki"][j]["kat_kosong"] = True
        d["tag"] = ("utama", k, "iki", j, "kat", "BAIK")
        d["alt_all_kat"] = (k, j)
    elif code == "cara-memantau-kosong":
        k = rng.randrange(len(U))
        a, b, _ = U[k]["memantau"]
        U[k]["memantau"] = (a, b, None)
        d["tag"] = ("utama", k, "waktu_p")
        d["alt"] = [("utama", k, "rk")]
    elif code == "keterkaitan-ak-hilang":
        doc["ket"] = None
        d["tag"] = None
    elif code == "rk-tanpa-butir-kegiatan":
        k = rng.randrange(len(doc["ket"]))
        del doc["ket"][k]
        d["tag"] = ("utama", k, "rk")
    elif code == "angka-kredit-tidak-valid":
        k = rng.randrange(len(doc["ket"]))
        b, o, _ = doc["ket"][k]["butir"][0]
        doc["ket"][k]["butir"][0] = (b, o, rng.choice(["0,0045", "nol koma nol satu", "0", "-0,004", "-"]))
        doc["ak_rusak"] = (k, 0)
        d["tag"] = ("ket", k, 0)
    elif code == "manual-iki-kosong":
        m = rng.choice(doc["manual"])
        field_ = rng.choice(["formula", "definisi", "tujuan"])
        m[field_] = None
        d["tag"] = ("manual", m["k"], m["j"], field_)
        d["alt"] = [("utama", m["k"], "iki", m["j"], "iki")]
    elif code == "perspektif-tidak-valid":
        k = rng.randrange(len(U) - 1)
        U[k]["persp"] = rng.choice(["Keselamatan Warga", "Inovasi", "Tata Kelola"])
        d["tag"] = ("utama", k, "persp")
    elif code == "perspektif-tidak-lengkap":
        del U[-1]
        doc["manual"] = [m for m in doc["manual"] if m["k"] < len(U)]
        d["tag"] = None
    elif code in DEFEK_PENILAIAN:
        cand = [("utama", k, j) for k, it in enumerate(U) for j, iki in enumerate(it["iki"])]
        key, k, j = rng.choice(cand)
        d["tag"] = (
            "pn",
            key,
            k,
            j,
            {
                "capaian-tidak-sesuai": "capaian",
                "realisasi-kosong": "realisasi",
                "target-penilaian-berbeda": "target",
            }[code],
        )
        if code == "target-penilaian-berbeda":
            iki = U[k]["iki"][j]
            n, sat, lower = iki["angka"]
            iki["target_pn"] = n - (2 if sat == "%" else max(1, round(n * 0.1)))
        if code == "capaian-tidak-sesuai":
            pass
    else:
        raise ValueError(code)
    return d


def finalize_identity(doc: dict[str, Any], var: dict[str, Any], rng: random.Random) -> None:
    p = bank.PERAN[doc["role"]]
    for who in ("peg", "pen"):
        x = doc[who]
        nama = x["nama"]
        if who == "peg" and "gelar_panjang" in var:
            if "," not in nama:
                nama = nama + ", S.Tr.IP."
            elif not nama.startswith(("H", "Dr", "Ir", "Dra")):
                nama = ("H. " if bank.ORANG[x["i"]][3] == "1" else "Hj. ") + nama
        x["nama_tulis"] = nama
        nip = x["nip"]
        if "nip_titik" in var and nip != "-":
            nip = nip.replace(" ", ".")
        if "nip_prefiks" in var and nip != "-":
            nip = rng.choice(["NIP. ", "NIP: ", "NIP "]) + nip
        x["nip_tulis"] = nip
        if x.get("gol") is None:
            x["pangkat_tulis"] = x.get("pangkat", "-")
        else:
            x["pangkat_tulis"] = x.get("pangkat_force") or pangkat_of(x["gol"], rng, "pangkat_tulis" in var)
        x["jabatan_tulis"] = x["jabatan"]
        if x.get("nip_angka"):
            x["nip_tulis"] = float(x["nip"].replace(" ", ""))
        if x.get("jabatan_strip"):
            x["jabatan"] = "-"
            x["jabatan_tulis"] = "-"
        x["unit_tulis"] = x["unit"]
    peg = doc["peg"]
    if "penilai_plt" in var:
        doc["pen"]["jabatan_tulis"] = "Plt. " + doc["pen"]["jabatan"]
    if "jabatan_peran" in var and not peg.get("jabatan_plain") and not peg.get("jabatan_strip"):
        peg["jabatan_tulis"] = rng.choice(p["jabatan_varian"])
    if "unit_dua_baris" in var:
        head, _, tail = peg["unit"].partition(", ")
        peg["unit_tulis"] = head
        var["unit_lanjut"] = tail
    for key in ("jabatan", "unit", "pangkat"):
        if peg.get(key + "_kosong"):
            peg[key + "_tulis"] = None
    for key in ("nama", "nip", "pangkat", "jabatan", "unit"):
        peg[key] = peg.get(key) or ""


def choose_layout(doc: dict[str, Any], variasi: list[str], rng: random.Random) -> dict[str, Any]:
    var: dict[str, Any] = {v: True for v in variasi}
    tahun = doc["tahun"]
    var["judul"] = rng.choice(
        [
            "RENCANA SASARAN KINERJA PEGAWAI",
            "SASARAN KINERJA PEGAWAI",
            f"SASARAN KINERJA PEGAWAI (SKP) TAHUN {tahun}",
        ]
    )
    if doc["jenis"] == "jpt":
        var["judul"] = rng.choice(["SASARAN KINERJA PEGAWAI", "RENCANA SKP PEJABAT PIMPINAN TINGGI"])
    if "periode_tulis" in var:
        var["periode"] = rng.choice(
            [
                f"PERIODE PENILAIAN : 1 Januari {tahun} s.d. 31 Desember {tahun}",
                f"Periode Penilaian: 01 Januari {tahun} s/d 31 Desember {tahun}",
                f"PERIODE PENILAIAN: 1 JANUARI {tahun} - 31 DESEMBER {tahun}",
            ]
        )
    else:
        var["periode"] = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {tahun}"
    if doc.get("periode_force"):
        var["periode"] = doc["periode_force"]
    var["gaya_rk"] = rng.choice(["gabung", "ulang", "atas"]) if "gaya_rk" in var else "gabung"
    var["label_atasan"] = (
        "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI"
        if "label_typo" in var
        else rng.choice(
            [
                "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
                "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            ]
        )
    )
    var["instansi_label"] = doc["pen"]["nip"] == "-" or (doc["jenis"] == "jpt" and rng.random() < 0.5)
    var["kop_dua"] = rng.random() < 0.3
    var["baris_kosong_n"] = rng.choice([1, 2])
    var["halaman_k"] = max(1, len(doc["utama"]) // 2)
    var["aspek_map"] = {a: rng.choice(v) for a, v in ASPEK_TULIS.items()}
    var["catatan"] = rng.choice(
        [
            f"Catatan: target triwulanan mengacu pada Renja Perangkat Daerah Tahun {tahun}.",
            "Ket: RK atasan disalin dari SKP Kepala Perangkat Daerah.",
        ]
    )
    if "atasan_prefiks" in var:
        var["atasan_pre"] = rng.choice(["{n}. ", "• ", "- "])
    var["ket_teks"] = rng.choice(["Shift Regu A", "Lanjutan tahun lalu", "Sesuai Renja"])
    levels = rng.choice(
        [
            ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
            ["CUKUP", "BAIK", "SANGAT BAIK"],
            ["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
        ]
    )
    var["levels"] = levels
    var["label_kategori"] = rng.choice(
        ["KATEGORI PENILAIAN", "STANDAR KINERJA", "KATEGORI PENILAIAN / STANDAR KINERJA"]
    )
    var["gaya_capaian"] = rng.choice(["teks", "persen_sel"])
    var["tgl_pengajuan"] = rng.choice(["5 Januari 2026", "08-01-2026", "Tirta Kencana, 12 Januari 2026"])
    var["ak_angka"] = rng.random() < 0.5
    var["ket_kapital"] = "kapital" in var
    var["sheet_skp"] = rng.choice(
        [
            f"SKP {tahun}",
            "SKP",
            "Rencana SKP",
            f"SKP {next(w for w in doc['peg']['nama'].split() if not w.endswith('.')).title()}",
        ]
    )
    var["lebar"] = 13 if doc["penilaian"] else (16 if doc["model"] == "pengembangan" else 6)
    return var


def apply_text_variations(doc: dict[str, Any], var: dict[str, Any], rng: random.Random) -> None:
    if "target_triwulan" in var:
        cand = [
            iki
            for it in doc["utama"]
            for iki in it["iki"]
            if iki["angka"]
            and not iki["angka"][2]
            and iki["aspek"] != "Waktu"
            and (
                iki["angka"][1] == "%"
                or (iki["angka"][1] != "Rp" and iki["angka"][0] % 4 == 0 and iki["angka"][0] >= 8)
            )
        ]
        if cand:
            iki = rng.choice(cand)
            n, sat, _ = iki["angka"]
            if sat == "%":
                q = [25, 50, 75, n] if n > 75 else [n / 4, n / 2, 3 * n / 4, n]
                iki["target"] = "; ".join(
                    f"TW {r}: {angka(x)} %" for r, x in zip(("I", "II", "III", "IV"), q, strict=True)
                )
            else:
                iki["target"] = ", ".join(
                    f"TW {r}: {dengan_satuan(n * (i + 1) / 4, sat)}"
                    for i, r in enumerate(("I", "II", "III", "IV"))
                )
        else:
            var.pop("target_triwulan")
    if doc["model"] == "pengembangan" and doc["jenis"] != "jpt":
        for it in doc["utama"] + doc["tambahan"]:
            for iki in it["iki"]:
                if iki.get("kat_kosong"):
                    iki["kat"] = {}
                    continue
                iki["kat"] = bands(iki, var["levels"])
                iki["kat"].update(iki.get("kat_force", {}))


def old_sheet(doc: dict[str, Any], var: dict[str, Any]) -> Lembar:
    """Last year's SKP left in the workbook: same person, same plan, period of the year before."""
    old = copy.deepcopy(doc)
    old["tahun"] = doc["tahun"] - 1
    v2 = dict(var)
    v2["periode"] = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {old['tahun']}"
    v2["judul"] = "SASARAN KINERJA PEGAWAI"
    for k in ("halaman_2", "baris_kosong", "catatan_bawah"):
        v2.pop(k, None)
    return sheet_skp(f"SKP {old['tahun']}", old, v2, f"4 Januari {old['tahun']}")


def excel_extras(s: Lembar, var: dict[str, Any]) -> None:
    """Stage 3: what Excel adds to the SKP sheet, placed from the cells the layout recorded."""

    def rows_of(kind: str) -> list[int]:
        return sorted(
            int("".join(ch for ch in c if ch.isdigit())) for t, c in s.tags.items() if t[-1] == kind
        )

    targets = rows_of("target")
    kol = var["kol"]
    if "proteksi" in var:
        s.extras["protect"] = True
    if "validasi_aspek" in var and "aspek" in kol and targets:
        col = get_column_letter(kol["aspek"])
        s.extras["dv"] = f"{col}{targets[0]}:{col}{targets[-1]}"
    if "komentar_reviu" in var and ("utama", 0, "rk") in s.tags:
        s.extras["comments"] = [
            (s.tags[("utama", 0, "rk")], "Reviu Subbag Umpeg: RK sudah selaras, silakan cetak.")
        ]
    if "bekukan_panel" in var and targets:
        s.extras["freeze"] = f"A{targets[0]}"
        s.extras["print_rows"] = f"{targets[0] - 2}:{targets[0] - 1}"
    if "format_bersyarat" in var and targets:
        col = get_column_letter(kol["target"])
        s.extras["cf"] = f"{col}{targets[0]}:{col}{targets[-1]}"
    if "teks_kaya" in var:
        s.extras["rich"] = [c for t, c in s.tags.items() if t[-1] == "rk"]


def render(sheets: list[Lembar], path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.title)
        for (r, c), v in sorted(s.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in s.bold:
                cell.font = Font(bold=True)
            if (r, c) in s.fmt:
                cell.number_format = s.fmt[(r, c)]
        for r1, c1, r2, c2 in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        x = s.extras
        if x.get("hidden"):
            ws.sheet_state = "hidden"
        if x.get("protect"):
            ws.protection.sheet = True
        if x.get("dv"):
            dv = DataValidation(type="list", formula1='"Kuantitas,Kualitas,Waktu,Biaya"', allow_blank=True)
            ws.add_data_validation(dv)
            dv.add(x["dv"])
        for ref, text in x.get("comments", []):
            ws[ref].comment = Comment(text, "Subbag Umpeg")
        if x.get("freeze"):
            ws.freeze_panes = x["freeze"]
            ws.print_title_rows = x["print_rows"]
        if x.get("cf"):
            ws.conditional_formatting.add(
                x["cf"],
                CellIsRule(operator="equal", formula=['""'], fill=PatternFill("solid", bgColor="FFC7CE")),
            )
        for ref in x.get("rich", []):
            v = ws[ref].value
            if isinstance(v, str) and " " in v:
                head, _, tail = v.partition(" ")
                ws[ref].value = CellRichText(TextBlock(InlineFont(b=True), head), " " + tail)
        widths = (5, 32, 36, 12, 36, 16, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14)
        for letter, w in zip("ABCDEFGHIJKLMNOP", widths, strict=True):
            ws.column_dimensions[letter].width = w
    wb.save(path)


def soffice(src: Path, outdir: Path, fmt: str) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="nyata_bd_lo_"))
    try:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return outdir / (src.stem + (".xlsm" if fmt.startswith("xlsm") else ".xlsx"))


def build_all(out: Path, manifest: Path) -> None:
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.xls*")):
        old.unlink()
    entries: list[dict[str, Any]] = []
    counter: dict[str, int] = {}
    dipakai: dict[str, int] = {}
    plans: list[tuple[int, list[tuple]]] = [(1, list(RENCANA)), (2, list(RENCANA_2)), (3, list(RENCANA_3))]
    for tahap, plan in plans:
        if tahap > 1:
            rng = random.Random(SEED + tahap - 1)
        for entry in plan:
            form, role, penilaian, writer = entry[:4]
            counter[form] = counter.get(form, 0) + 1
            nr = counter[form]
            clean = nr % 2 == 1 if tahap == 1 else entry[4]
            used: set[int] = set()
            doc = build_doc(form, role, penilaian, rng, used)
            doc_bersih = copy.deepcopy(doc)
            variasi = {1: pick_variations, 2: pick_variations_2, 3: pick_variations_3}[tahap](doc, rng)
            defects: list[dict[str, Any]] = []
            if tahap > 1:
                for code in entry[5]:
                    d = inject(doc, code, rng)
                    assert d is not None, code
                    defects.append(d)
            elif not clean:
                jenis, model = doc["jenis"], doc["model"]
                pool = list(DEFEK_KOP)
                pool += DEFEK_JPT if jenis == "jpt" else DEFEK_JAJF
                if model == "pengembangan":
                    pool += DEFEK_JPT_P if jenis == "jpt" else DEFEK_PENGEMBANGAN
                if jenis == "jf":
                    pool += DEFEK_JF
                want = rng.choice([1, 2])
                if penilaian:
                    least = min(dipakai.get(c, 0) for c in DEFEK_PENILAIAN)
                    first = rng.choice([c for c in DEFEK_PENILAIAN if dipakai.get(c, 0) == least])
                    d = inject(doc, first, rng)
                    assert d is not None
                    defects.append(d)
                    dipakai[first] = dipakai.get(first, 0) + 1
                    pool = [
                        c
                        for c in pool
                        if c
                        not in (
                            "rk-tanpa-iki",
                            "iki-tanpa-target",
                            "target-tidak-terukur",
                            "target-rentang-terbalik",
                            "target-absolut",
                            "target-tanpa-satuan",
                            "satuan-tidak-sesuai-aspek",
                            "aspek-tidak-valid",
                            "periode-tidak-valid",
                        )
                    ]
                tried: set[str] = set()
                while len(defects) < want:
                    # the least used code so far first, so that the set covers SPEC §7 evenly
                    fits = [
                        c
                        for c in pool
                        if c not in tried
                        and not any(c in g and x["code"] in g for g in KONFLIK for x in defects)
                    ]
                    if not fits:
                        break
                    least = min(dipakai.get(c, 0) for c in fits)
                    code = rng.choice(sorted(c for c in fits if dipakai.get(c, 0) == least))
                    tried.add(code)
                    d = inject(doc, code, rng)
                    if d is not None:
                        defects.append(d)
                        dipakai[code] = dipakai.get(code, 0) + 1
            # realisasi for Penilaian
            if penilaian:
                for it in doc["utama"] + doc["tambahan"]:
                    for iki in it["iki"]:
                        real = realisasi_for(iki, rng)
                        n = iki.get("target_pn", iki["angka"][0])
                        cap = (1 + (1 - real / n)) * 100 if iki["angka"][2] else real / n * 100
                        if abs(cap * 2 - round(cap * 2)) < 1e-9 and round(cap * 2) % 2 == 1:
                            real = real + (1 if not iki["angka"][2] else -1)
                        iki["real"] = real
            var = choose_layout(doc, variasi, rng)
            var["writer"] = "libreoffice" if writer in ("libreoffice",) else "openpyxl"
            finalize_identity(doc, var, rng)
            apply_text_variations(doc, var, rng)
            variasi = sorted(v for v in variasi if v in var)
            tanggal = (
                "6 Januari 2026"
                if penilaian
                else rng.choice(["2 Januari 2026", "5 Januari 2026", "9 Januari 2026"])
            )
            sheets = []
            skp = sheet_skp(var["sheet_skp"], doc, var, tanggal)
            sheets.append(skp)
            if doc["jenis"] == "jf" and doc.get("ket") is not None:
                sheets.append(
                    sheet_keterkaitan(
                        rng.choice(["KETERKAITAN SKP-AK", "Keterkaitan AK", "Lampiran AK"]), doc, var
                    )
                )
            if doc["jenis"] == "jpt":
                sheets.append(sheet_manual(rng.choice(["MANUAL IKI", "Manual Indikator Kinerja"]), doc, var))
            if penilaian:
                sheets.append(
                    sheet_penilaian(
                        rng.choice(["PENILAIAN", "Penilaian SKP 2025", "Evaluasi Tahunan 2025"]),
                        doc,
                        var,
                        defects,
                    )
                )
            if "sheet_lama" in var or "sheet_lama_depan" in var or "sheet_lama_tersembunyi" in var:
                rng_lama = random.Random(SEED + len(entries))
                finalize_identity(doc_bersih, dict(var), rng_lama)
                apply_text_variations(doc_bersih, dict(var), rng_lama)
                lama = old_sheet(doc_bersih, var)
                lama.extras["lama"] = True
                if "sheet_lama_tersembunyi" in var:
                    lama.extras["hidden"] = True
                    sheets.insert(0, lama)
                elif "sheet_lama_depan" in var:
                    sheets.insert(0, lama)
                else:
                    sheets.append(lama)
            excel_extras(skp, var)
            tags: dict[Tag, tuple[str, str]] = {}
            for s in sheets:
                if s.extras.get("lama"):
                    continue  # last year's sheet carries no defect
                for tg, c in s.tags.items():
                    tags.setdefault(tg, (s.title, c))
            recorded = []
            for d in defects:
                t = d.get("tag")
                if not t:
                    recorded.append(
                        {
                            "code": d["code"],
                            "severity": d["severity"],
                            "sheet": None,
                            "cell": None,
                            "alt_cells": [],
                        }
                    )
                    continue
                if t not in tags:
                    print(form, role, d, sorted(k for k in tags if k[0] == "utama")[:12])
                    raise SystemExit(1)
                sheet, cell = tags[t]
                alts = [tags[a] for a in d.get("alt", []) if a in tags]
                if "alt_kat_row" in d:
                    k, j = d["alt_kat_row"]
                    row = [x for x in tags if x[:4] == ("utama", k, "iki", j) and x[4:5] == ("kat",)]
                    alts = [tags[x] for x in sorted(row)] + [tags[("utama", k, "iki", j, "target")]]
                    alts = [a for a in alts if a != (sheet, cell)]
                if "alt_all_kat" in d:
                    k, j = d["alt_all_kat"]
                    alts = [
                        tags[x] for x in tags if x[:4] == ("utama", k, "iki", j) and x[4:5] == ("kat",)
                    ] + [
                        tags[("utama", k, "iki", j, "iki")],
                        tags[("utama", k, "iki", j, "target")],
                    ]
                    sheet, cell = tags[("utama", k, "iki", j, "iki")]
                    alts = [a for a in alts if a != (sheet, cell)]
                recorded.append(
                    {
                        "code": d["code"],
                        "severity": d["severity"],
                        "sheet": sheet,
                        "cell": cell,
                        "alt_cells": [{"sheet": a, "cell": b} for a, b in alts],
                    }
                )
                if "any_of" in d:
                    recorded[-1]["any_of"] = d["any_of"]
            slug = "bersih" if clean else "-".join(d["code"] for d in defects)
            ext = ".xlsm" if writer == "xlsm" else ".xlsx"
            name = f"{form}-{nr:02d}-{slug}{ext}"
            with tempfile.TemporaryDirectory() as tmp:
                raw = Path(tmp) / f"{form}-{nr:02d}-{slug}.xlsx"
                render(sheets, raw)
                if writer == "openpyxl":
                    shutil.copy(raw, out / name)
                else:
                    conv = Path(tmp) / "conv"
                    conv.mkdir()
                    fmt = (
                        "xlsm:Calc MS Excel 2007 VBA XML"
                        if writer == "xlsm"
                        else "xlsx:Calc MS Excel 2007 XML"
                    )
                    shutil.copy(soffice(raw, conv, fmt), out / name)
            entries.append(
                {
                    "file": name,
                    "form": form,
                    "clean": clean,
                    "defects": recorded,
                    "boleh": [],
                    "peran": role,
                    "jabatan": doc["peg"]["jabatan_tulis"],
                    "unit": doc["instansi"],
                    "writer": {
                        "openpyxl": "openpyxl",
                        "libreoffice": "openpyxl+libreoffice",
                        "xlsm": "openpyxl+libreoffice-xlsm",
                    }[writer],
                    "penilaian": penilaian,
                    "variasi": variasi,
                    "tata": {
                        "sheet": [s.title for s in sheets],
                        "gaya_rk": var["gaya_rk"],
                        "kategori": var["levels"]
                        if doc["model"] == "pengembangan" and doc["jenis"] != "jpt"
                        else None,
                        "gaya_capaian": var["gaya_capaian"] if penilaian else None,
                    },
                }
            )
            if tahap > 1:
                entries[-1]["tahap"] = tahap
    manifest.write_text(
        json.dumps({"set": "nyata_bd", "seed": SEED, "files": entries}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_bd (layanan garis depan kota, Januari).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    build_all(a.keluaran, a.harapan)
    return 0


if __name__ == "__main__":
    sys.exit(main())
