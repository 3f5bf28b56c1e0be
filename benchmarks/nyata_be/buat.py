"""Build the held-out set ``nyata_be``: what a regency's Inspektorat, BPKAD, Bappeda and Bapenda send in
January.

Written from SPEC (§2, §3, §3.10, §5, §6, §7), the user docs and the other sets' READMEs only, apart from the
product code. Every workbook is laid out cell by cell here, and the cell of every element (identity values,
RK, aspek, IKI, target, kategori, cara memantau, perspektif, Manual fields, angka kredit, Penilaian cells) is
recorded while it is written, so each injected defect's cell is known exactly. Penilaian values are computed
here from SPEC §6.

Usage: ``python benchmarks/nyata_be/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270107
SET = "nyata_be"

# form, files, of which with a Penilaian sheet
PLAN = [
    ("ja-dasar", 12, 4),
    ("ja-pengembangan", 8, 0),
    ("jf-dasar", 10, 4),
    ("jf-pengembangan", 8, 0),
    ("jpt-dasar", 8, 3),
    ("jpt-pengembangan", 8, 0),
]
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]

DEFECTS_HEADER = ["nip", "pangkat", "periode", "identitas", "penilai_sama"]
# per form, in the order they are handed out (each code of SPEC §7 that fits the form appears)
DEFECTS = {
    "ja-dasar": [
        "rka",
        "satuan_aspek",
        "terukur",
        "periode",
        "aktivitas",
        "rk_ganda",
        "penilai_sama",
        "aspek",
        "absolut",
        "identitas",
        "aspek_ganda",
        "target_kosong",
        "tanpa_satuan",
        "terbalik",
        "nip",
        "pangkat",
    ],
    "ja-pengembangan": [
        "kat_sb",
        "penilai_sama",
        "aktivitas",
        "cm_kosong",
        "kat_kosong",
        "kat_urut",
        "rka",
        "aspek",
        "tanpa_satuan",
        "periode",
    ],
    "jf-dasar": [
        "butir",
        "aspek_ganda",
        "ak_hilang",
        "terbalik",
        "ak",
        "rk_ganda",
        "satuan_aspek",
        "jenjang",
        "absolut",
        "identitas",
        "rka",
        "terukur",
    ],
    "jf-pengembangan": [
        "kat_urut",
        "jenjang",
        "butir",
        "cm_kosong",
        "ak",
        "kat_sb",
        "absolut",
        "kat_kosong",
        "ak_hilang",
        "rk_ganda",
    ],
    "jpt-dasar": [
        "rk_tanpa_iki",
        "tanpa_satuan",
        "manual",
        "terukur",
        "target_kosong",
        "periode",
        "nip",
        "pangkat",
    ],
    "jpt-pengembangan": ["persp", "manual", "persp_kurang", "terbalik", "identitas", "terukur", "pangkat"],
}
DEFECTS_PENILAIAN = ["cap", "real_kosong", "target_beda"]

CODE = {
    "nip": ("nip-tidak-valid", "error"),
    "pangkat": ("pangkat-tidak-dikenal", "error"),
    "periode": ("periode-tidak-valid", "error"),
    "identitas": ("identitas-kosong", "error"),
    "penilai_sama": ("penilai-sama-dengan-pegawai", "error"),
    "jenjang": ("jenjang-golongan-tidak-sesuai", "peringatan"),
    "ak_hilang": ("keterkaitan-ak-hilang", "error"),
    "butir": ("rk-tanpa-butir-kegiatan", "error"),
    "ak": ("angka-kredit-tidak-valid", "error"),
    "rka": ("rk-atasan-kosong", "error"),
    "target_kosong": ("iki-tanpa-target", "error"),
    "terukur": ("target-tidak-terukur", "error"),
    "terbalik": ("target-rentang-terbalik", "error"),
    "aspek": ("aspek-tidak-valid", "error"),
    "aspek_ganda": ("aspek-ganda", "peringatan"),
    "aktivitas": ("rk-berbasis-aktivitas", "peringatan"),
    "absolut": ("target-absolut", "peringatan"),
    "tanpa_satuan": ("target-tanpa-satuan", "peringatan"),
    "satuan_aspek": ("satuan-tidak-sesuai-aspek", "peringatan"),
    "rk_ganda": ("rk-ganda", "peringatan"),
    "kat_sb": ("kategori-tidak-membedakan", "error"),
    "kat_urut": ("kategori-tidak-berurutan", "error"),
    "kat_kosong": ("kategori-penilaian-kosong", "error"),
    "cm_kosong": ("cara-memantau-kosong", "error"),
    "persp": ("perspektif-tidak-valid", "error"),
    "persp_kurang": ("perspektif-tidak-lengkap", "peringatan"),
    "manual": ("manual-iki-kosong", "error"),
    "rk_tanpa_iki": ("rk-tanpa-iki", "error"),
    "cap": ("capaian-tidak-sesuai", "error"),
    "real_kosong": ("realisasi-kosong", "error"),
    "target_beda": ("target-penilaian-berbeda", "error"),
}

VARIASI = [
    "label_typo",
    "pangkat_tulis",
    "singkatan",
    "jabatan_peran",
    "gaya_rk",
    "baris_kosong",
    "nomor_kolom",
    "catatan_kaki",
    "tambahan_terpisah",
    "dua_sheet",
    "identitas_satu_sel",
    "angka_singkat",
    "plusminus",
    "aspek_tulis",
    "periode_tulis",
    "nip_spasi",
    "kategori_subset",
    "cm_satu_kolom",
    "ak_angka",
    "perspektif_tulis",
    "identitas_tumpuk",
]
NOT_WITH_PENILAIAN = {"dua_sheet", "plusminus", "catatan_kaki", "identitas_satu_sel"}


# ---------------------------------------------------------------- numbers


def dec(x: Any) -> Decimal:
    return Decimal(str(x))


def half_up(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def id_num(x: Decimal | float | int) -> str:
    """An Indonesian number: dot thousands, comma decimals, no trailing zeros."""
    d = dec(x).normalize()
    sign = "-" if d < 0 else ""
    d = abs(d)
    whole, _, frac = f"{d:f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    return sign + out + ("," + frac if frac else "")


def rupiah(v: Decimal | int, short: bool) -> str:
    v = dec(v)
    if short and v >= 1_000_000_000:
        return f"Rp {id_num(v / 1_000_000_000)} M"
    if short and v >= 1_000_000:
        return f"Rp {id_num(v / 1_000_000)} Jt"
    return f"Rp {id_num(v)}"


def render(spec: dict, value: Any = None, short: bool = False, plus: bool = False) -> str:
    v = spec["v"] if value is None else value
    k, u = spec["k"], spec["u"]
    if k == "rp":
        return rupiah(v, short)
    if k == "bln":
        return u
    if k == "le":
        return f"≤ {id_num(v)} {u}"
    if k == "pct":
        return f"{id_num(v)} %"
    if u == "level":
        return f"Level {id_num(v)}"
    return f"{'± ' if plus else ''}{id_num(v)} {u}"


def capaian(r: Decimal, t: Decimal, khusus: bool, spec: dict) -> tuple[Decimal, str, Decimal]:
    """SPEC §6.1–6.2: capaian (unrounded %), kategori, nilai (2 decimals)."""
    cap = (1 + (1 - r / t)) * 100 if khusus else r / t * 100
    if spec["k"] == "pct" and t >= 100 and not khusus and r >= t:
        return cap, "Sangat Baik", Decimal(120)
    c = half_up(cap)
    if c > 110:
        return cap, "Sangat Baik", Decimal(120)
    if c >= 101:
        return cap, "Sangat Baik", half_up(110 + Decimal(10) / 9 * (c - 101), 2)
    if c == 100:
        return cap, "Baik", Decimal(109)
    if c >= 80:
        return cap, "Cukup", half_up(70 + (c - 80), 2)
    if c >= 60:
        return cap, "Kurang", half_up(50 + (c - 60), 2)
    return cap, "Sangat Kurang", half_up(c / 59 * 49, 2)


def kategori_rk(n: Decimal) -> tuple[str, int]:
    for limit, name, f in (
        (110, "Sangat Baik", 100),
        (90, "Baik", 80),
        (70, "Cukup", 60),
        (50, "Kurang", 40),
    ):
        if n >= limit:
            return name, f
    return "Sangat Kurang", 20


# ---------------------------------------------------------------- people


class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.i = 0

    def take(self, gol: str) -> dict:
        name, birth, g = bank.PEOPLE[self.i % len(bank.PEOPLE)]
        self.i += 1
        by = int(birth[:4])
        tmt_y = by + self.rng.choice([22, 24, 25, 27])
        tmt_m = self.rng.choice([1, 3, 12, 2])
        seq = self.rng.randint(1, 9)
        nip = f"{birth}{tmt_y}{tmt_m:02d}{g}{seq:03d}"
        return {"nama": name, "nip": nip, "gol": gol}


def pangkat(gol: str, style: int = 0) -> str:
    name = bank.PANGKAT[gol]
    if style == 1:
        return f"{name.upper().replace(' TINGKAT I', ' TK.I')}/{gol.replace('/', '')}"
    if style == 2:
        return f"{name.replace('Tingkat I', 'Tk.I')}, {gol.replace('/', ' ')}"
    return f"{name}, {gol}"


def nip_text(nip: str, spaced: bool) -> str:
    if spaced and len(nip) == 18:
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip


# ---------------------------------------------------------------- sheet writer


class Sheet:
    """An openpyxl worksheet written row by row; every tagged cell's position goes into ``pos``."""

    def __init__(self, ws, pos: dict):
        self.ws = ws
        self.pos = pos
        self.row = 1

    def put(
        self, row: int, col: int, value: Any, key: Any = None, bold: bool = False, fmt: str | None = None
    ):
        if value == "":
            value = None
        c = self.ws.cell(row=row, column=col, value=value)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            c.font = Font(bold=True)
        if fmt:
            c.number_format = fmt
        if key is not None:
            self.pos.setdefault(key, []).append((self.ws.title, c.coordinate))
        return c.coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int):
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def where(pos: dict, key: Any) -> list[tuple[str, str]]:
    return pos.get(key, [])


# ---------------------------------------------------------------- building one file


def labels(v: set, rng: random.Random) -> dict:
    lab = {
        "peg": "PEGAWAI YANG DINILAI",
        "pen": "PEJABAT PENILAI KINERJA",
        "nama": "NAMA",
        "nip": "NIP",
        "pangkat": "PANGKAT/GOL RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "rka": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
    }
    if "label_typo" in v:
        typos = {
            "peg": "PEGAWAI YANG DI NILAI",
            "pen": "PEJABAT PENILAI KERJA",
            "pangkat": "PANGKA/GOL. RUANG",
            "iki": "INDIKATOR KERJA INDIVIDU",
            "rka": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
        }
        for k in rng.sample(sorted(typos), 3):
            lab[k] = typos[k]
    elif rng.random() < 0.4:
        lab["rka"] = "RENCANA KINERJA ATASAN YANG DIINTERVENSI"
    return lab


def aspek_text(a: str, v: set, rng: random.Random) -> str:
    if "aspek_tulis" not in v:
        return a
    return rng.choice(
        {
            "Kuantitas": ["Kuant/Output", "KUANTITAS/OUTPUT", "IKI (Kuantitas)"],
            "Kualitas": ["Kual/Mutu", "Kualitas/Mutu", "IKI (Kualitas)"],
            "Waktu": ["IKI (Waktu)", "Waktu"],
            "Biaya": ["Biaya", "IKI (Biaya)"],
        }[a]
    )


def kategori(spec: dict, khusus: bool) -> dict:
    """Standar kinerja of one IKI from its target (SPEC §3.3: BAIK holds the target)."""
    tv, u, k = spec["v"], spec["u"], spec["k"]

    def w(x: Any) -> str:
        if k == "pct":
            return f"{id_num(x)} %"
        if k == "rp":
            return rupiah(x, False)
        return f"{id_num(x)} {u}"

    if khusus:
        return {
            "SANGAT KURANG": f"> {w(3 * tv)}",
            "KURANG": f"{id_num(2 * tv + 1)} - {w(3 * tv)}",
            "CUKUP": f"{id_num(tv + 1)} - {w(2 * tv)}",
            "BAIK": w(tv),
            "SANGAT BAIK": f"< {w(tv)}",
        }
    if tv < 6:
        return {
            "SANGAT KURANG": "",
            "KURANG": "",
            "CUKUP": f"< {w(tv)}",
            "BAIK": w(tv),
            "SANGAT BAIK": f"> {w(tv)}",
        }
    a, b = round(tv * 0.5), round(tv * 0.8)
    return {
        "SANGAT KURANG": f"< {w(a)}",
        "KURANG": f"{id_num(a)} - {w(b - 1)}",
        "CUKUP": f"{id_num(b)} - {w(tv - 1)}",
        "BAIK": w(tv),
        "SANGAT BAIK": f"> {w(tv)}",
    }


def build_model(
    form: str, role_key: str, rng: random.Random, people: People, v: set, penilaian: bool
) -> dict:
    family, model = form.split("-")
    year = 2025 if penilaian else 2026
    if family == "jpt":
        role = bank.JPT[role_key]
        gol = rng.choice(role["gol"])
    else:
        role = bank.ROLES[role_key]
        gol = rng.choice(role["gol"])
    peg = people.take(gol)
    jab_i = 0
    if "jabatan_peran" in v or "singkatan" in v:
        jab_i = rng.randrange(1, len(role["jabatan"]))
    unit_full, unit_short = bank.UNIT[role["unit"]]
    pk_style = rng.choice([1, 2]) if "pangkat_tulis" in v else 0
    m: dict[str, Any] = {"form": form, "family": family, "model": model, "year": year, "penilaian": penilaian}
    m["peg"] = {
        "nama": peg["nama"],
        "nip": peg["nip"],
        "gol": gol,
        "pangkat": pangkat(gol, pk_style),
        "jabatan": role["jabatan"][jab_i],
        "unit": unit_short if "singkatan" in v else unit_full,
    }
    m["instansi"] = unit_full
    # penilai
    if family == "jpt":
        if rng.random() < 0.6:
            m["pen"] = {
                "nama": "H. Darmawan Yudhistira, S.H., M.M.",
                "nip": "-",
                "pangkat": "-",
                "jabatan": bank.BUPATI,
                "unit": "Pemerintah Kabupaten Watu Kencana",
                "label_unit": "INSTANSI",
                "politik": True,
            }
        else:
            jab, pg, _ = bank.ATASAN["sekda"]
            p = people.take(pg)
            m["pen"] = {
                "nama": p["nama"],
                "nip": p["nip"],
                "pangkat": pangkat(pg, pk_style),
                "jabatan": jab,
                "unit": "Sekretariat Daerah Kabupaten Watu Kencana",
                "label_unit": "UNIT KERJA",
                "politik": False,
            }
    else:
        jab, pg, pu = bank.ATASAN[role["atasan"]]
        p = people.take(pg)
        m["pen"] = {
            "nama": p["nama"],
            "nip": p["nip"],
            "pangkat": pangkat(pg, pk_style),
            "jabatan": jab,
            "unit": bank.UNIT[pu][1 if "singkatan" in v else 0],
            "label_unit": "UNIT KERJA",
            "politik": False,
        }
    m["periode"] = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {year}"
    if "periode_tulis" in v:
        m["periode"] = rng.choice(
            [
                f"PERIODE PENILAIAN : 1 Januari s.d. 31 Desember {year}",
                f"Periode Penilaian: 01 Januari {year} - 31 Desember {year}",
            ]
        )
    short = "angka_singkat" in v
    # plan rows
    ku = []
    if family == "jpt":
        for persp, rk, ikis in role["ku"]:
            items: list[dict[str, Any]] = []
            for iki, spec in ikis:
                if penilaian:
                    if spec["k"] in ("le", "bln"):
                        spec = spec["alt"]
                    if items:
                        continue
                items.append({"aspek": None, "iki": iki, "spec": spec})
            ku.append({"persp": persp, "rka": None, "rk": rk, "ikis": items})
        tamb_src = bank.TAMBAHAN_JPT
    else:
        rka_list = role.get("rka") or bank.RKA[role["atasan"]]
        for idx, rk, ikis in role["ku"]:
            items = []
            for aspek, iki, spec in ikis:
                if model == "pengembangan":
                    if spec["lb"]:
                        continue
                    if spec["k"] in ("le", "bln") or (spec["k"] == "pct" and spec["v"] >= 100):
                        spec = spec["alt"]
                elif penilaian and spec["k"] in ("le", "bln"):
                    spec = spec["alt"]
                items.append({"aspek": aspek, "iki": iki, "spec": spec})
            if items:
                ku.append({"persp": None, "rka": rka_list[idx], "rk": rk, "ikis": items})
        tamb_src = bank.TAMBAHAN
    m["ku"] = ku
    ntb = rng.choice([1, 1, 2])
    m["tb"] = [
        {"persp": None, "rka": None, "rk": rk, "ikis": [{"aspek": "Kuantitas", "iki": iki, "spec": spec}]}
        for rk, iki, spec in rng.sample(tamb_src, ntb)
    ]
    for r in m["ku"] + m["tb"]:
        for it in r["ikis"]:
            it["target"] = render(it["spec"], short=short)
            it["aspek_tulis"] = aspek_text(it["aspek"], v, rng) if it["aspek"] else None
            khusus = it["aspek"] in ("Waktu", "Biaya")
            it["kat"] = kategori(it["spec"], khusus) if model == "pengembangan" and family != "jpt" else None
        if model == "pengembangan" and family != "jpt":
            r["cm"] = {
                "data": f"Data {r['ikis'][0]['iki'][0].lower()}{r['ikis'][0]['iki'][1:70]}",
                "sumber": rng.choice(["Arsip tim", "Aplikasi SIPD", "Laporan bulanan", "SIMDA", "SIPTL"]),
                "waktu": rng.choice(["Triwulanan", "Setiap bulan", "Semesteran", "Akhir tahun"]),
            }
    if "plusminus" in v:
        for r in m["ku"]:
            for it in r["ikis"]:
                if it["spec"]["k"] == "n" and it["spec"]["u"] != "level":
                    it["target"] = render(it["spec"], short=short, plus=True)
                    break
            else:
                continue
            break
    if "catatan_kaki" in v:
        m["ku"][0]["ikis"][0]["target"] += "*)"
        m["footnote"] = "*) termasuk hasil reviu dan evaluasi yang diminta pimpinan di luar PKPT/jadwal rutin"
    if family == "jf":
        m["butir"] = [list(b) for b in role["butir"]]
        m["salah_gol"] = role["salah_gol"]
    if family == "jpt":
        m["manual"] = []
        for r in m["ku"]:
            for it in r["ikis"]:
                m["manual"].append(
                    {
                        "RENCANA KINERJA": r["rk"],
                        "DESKRIPSI RENCANA KINERJA": (
                            f"Kondisi yang ingin dicapai: {r['rk'].lower()} pada tahun {year}"
                        ),
                        "INDIKATOR KINERJA INDIVIDU": it["iki"],
                        "DEFINISI IKI": (
                            f"{it['iki']} sebagaimana tercantum dalam Perjanjian Kinerja dan IKU RPJMD"
                        ),
                        "FORMULA": (
                            "Jumlah yang tercapai / jumlah yang direncanakan x 100 %"
                            if it["spec"]["k"] == "pct"
                            else "Realisasi pada akhir periode dibandingkan target"
                        ),
                        "TUJUAN": "Mengukur keberhasilan pencapaian sasaran strategis perangkat daerah",
                        "SATUAN PENGUKURAN": "%" if it["spec"]["k"] == "pct" else it["spec"]["u"],
                        "JENIS ASPEK TARGET": "Kuantitas",
                        "TINGKAT KENDALI IKI": rng.choice(["Moderate", "Tinggi", "Rendah"]),
                        "SUMBER DATA": rng.choice(
                            ["LHP BPK", "Aplikasi SIPD", "Laporan Kinerja", "Bidang terkait"]
                        ),
                        "PERIODE PELAPORAN": rng.choice(["Triwulanan", "Semesteran", "Tahunan"]),
                    }
                )
        persp_text = {}
        for key, options in bank.PERSPEKTIF.items():
            persp_text[key] = rng.choice(options) if "perspektif_tulis" in v else options[0]
        m["persp_text"] = persp_text
    if penilaian:
        compute_penilaian(m, rng, short)
    return m


def compute_penilaian(m: dict, rng: random.Random, short: bool) -> None:
    jpt = m["family"] == "jpt"
    for r in m["ku"] + m["tb"]:
        for it in r["ikis"]:
            spec = it["spec"]
            khusus = (not jpt) and it["aspek"] in ("Waktu", "Biaya")
            t = dec(spec["v"])
            if spec["lb"]:
                rv = t
            elif khusus:
                rv = t * dec(rng.choice(["0.75", "0.9", "1", "1.2", "0.8"]))
            else:
                rv = t * dec(rng.choice(["0.9", "0.97", "1", "1.04", "1.08", "1.15", "0.85"]))
            if spec["k"] == "rp":
                rv = half_up(rv / 10_000_000) * 10_000_000
            elif spec["k"] == "pct":
                rv = min(half_up(rv, 1), Decimal(100)) if t <= 100 else half_up(rv, 1)
            elif spec["k"] in ("hari", "bulan"):
                rv = half_up(rv, 1)
            else:
                rv = max(half_up(rv), Decimal(1))
            rv = rv.normalize()
            cap, kat, nil = capaian(rv, t, khusus, spec)
            it["real"] = rv
            it["real_text"] = render(spec, rv, short=short)
            it["cap"], it["kat_iki"], it["nilai"] = cap, kat, nil
        r["nilai_rk"] = half_up(sum(it["nilai"] for it in r["ikis"]) / len(r["ikis"]), 2)
        r["kat_rk"], r["f"] = kategori_rk(r["nilai_rk"])
    n = len(m["ku"])
    ku_mean = sum(r["nilai_rk"] for r in m["ku"]) / n
    for r in m["ku"]:
        r["tertimbang"] = half_up(r["nilai_rk"] / n, 2)
    tb_sum = Decimal(0)
    for r in m["tb"]:
        r["tertimbang"] = half_up(dec(r["f"]) * 10 / 100 * r["nilai_rk"] / 100, 2)
        tb_sum += dec(r["f"]) * 10 / 100 * r["nilai_rk"] / 100
    m["nilai_akhir"] = half_up(min(Decimal(120), ku_mean + min(Decimal(10), tb_sum)), 2)


# ---------------------------------------------------------------- layout


def write_identity(sh: Sheet, m: dict, lab: dict, v: set, ncols: int, side: bool, prefix: str) -> None:
    spaced = "nip_spasi" in v
    fields = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("pangkat", "PANGKAT"),
        ("jabatan", "JABATAN"),
        ("unit", "UNIT"),
    ]

    def values(who: str) -> list[tuple[str, str, Any]]:
        p = m[who]
        out = []
        for f, _ in fields:
            label = lab[f]
            if who == "pen" and f == "unit":
                label = p["label_unit"]
            val = p[f]
            if f == "nip" and val != "-":
                val = nip_text(val, spaced)
            out.append((f, label, val))
        return out

    r = sh.row
    if side:
        half = 3
        sh.put(r, 1, "NO", bold=True)
        sh.put(r, 2, lab["peg"], bold=True)
        sh.merge(r, 2, r, half)
        sh.put(r, half + 1, "NO", bold=True)
        sh.put(r, half + 2, lab["pen"], bold=True)
        sh.merge(r, half + 2, r, ncols)
        for i, ((f, label, val), (f2, label2, val2)) in enumerate(
            zip(values("peg"), values("pen"), strict=True)
        ):
            rr = r + 1 + i
            sh.put(rr, 1, i + 1)
            sh.put(rr, 2, label)
            sh.put(rr, 3, val, key=(prefix, "peg", f))
            sh.put(rr, half + 1, i + 1)
            sh.put(rr, half + 2, label2)
            sh.put(rr, half + 3, val2, key=(prefix, "pen", f2))
            sh.merge(rr, half + 3, rr, ncols)
        sh.row = r + 7
        return
    for who in ("peg", "pen"):
        sh.put(r, 1, "NO", bold=True)
        sh.put(r, 2, lab[who], bold=True)
        sh.merge(r, 2, r, ncols)
        if who == "peg" and "identitas_satu_sel" in v:
            text = "\n".join(f"{label} : {val}" for _, label, val in values("peg"))
            sh.put(r + 1, 2, text, key=(prefix, "peg", "blok"))
            sh.merge(r + 1, 2, r + 5, ncols)
            r += 6
            continue
        for i, (f, label, val) in enumerate(values(who)):
            rr = r + 1 + i
            sh.put(rr, 1, i + 1)
            sh.put(rr, 2, label)
            sh.put(rr, 3, val, key=(prefix, who, f))
            sh.merge(rr, 3, rr, ncols)
        r += 6
    sh.row = r + 1


def plan_columns(m: dict, v: set, lab: dict, levels: list[str]) -> list[tuple[str, str]]:
    """(key, header) per column of the Rencana SKP table."""
    if m["family"] == "jpt":
        cols = [("no", "NO"), ("rk", lab["rk"]), ("iki", lab["iki"]), ("target", "TARGET")]
        if m["model"] == "pengembangan":
            cols.insert(0, ("persp", "PERSPEKTIF"))
        return cols
    cols = [
        ("no", "NO"),
        ("rka", lab["rka"]),
        ("rk", lab["rk"]),
        ("aspek", lab["aspek"]),
        ("iki", lab["iki"]),
        ("target", "TARGET"),
    ]
    if m["model"] == "pengembangan":
        if levels == ["CUKUP", "SANGAT BAIK"] and m.get("target_baik"):
            cols[-1] = ("target", "TARGET/BAIK")
        cols += [("kat:" + lv, lv) for lv in levels]
        if "cm_satu_kolom" in v:
            cols += [("cm:sumber", "SUMBER DATA UNTUK PENGUKURAN")]
        else:
            cols += [("cm:data", "DATA"), ("cm:sumber", "SUMBER DATA"), ("cm:waktu", "WAKTU PENGUMPULAN")]
    return cols


def write_plan_header(sh: Sheet, cols: list[tuple[str, str]], m: dict, v: set) -> None:
    r = sh.row
    two = any(k.startswith(("kat:", "cm:")) for k, _ in cols)
    kat_cols = [i for i, (k, _) in enumerate(cols, 1) if k.startswith("kat:")]
    cm_cols = [i for i, (k, _) in enumerate(cols, 1) if k.startswith("cm:")]
    for i, (k, h) in enumerate(cols, 1):
        if two and (k.startswith("kat:") or (k.startswith("cm:") and len(cm_cols) > 1)):
            sh.put(r + 1, i, h, bold=True)
        else:
            sh.put(r, i, h, bold=True)
            if two:
                sh.merge(r, i, r + 1, i)
    if two and kat_cols:
        sh.put(r, kat_cols[0], m.get("kat_judul", "KATEGORI PENILAIAN"), bold=True)
        sh.merge(r, kat_cols[0], r, kat_cols[-1])
    if two and len(cm_cols) > 1:
        sh.put(r, cm_cols[0], "CARA MEMANTAU KINERJA", bold=True)
        sh.merge(r, cm_cols[0], r, cm_cols[-1])
    r += 2 if two else 1
    if "nomor_kolom" in v:
        for i in range(1, len(cols) + 1):
            sh.put(r, i, f"({i})")
        r += 1
    sh.row = r


def write_rk_rows(sh: Sheet, cols, rks, start_no: int, group: str, m: dict, v: set) -> None:
    colno = {k: i for i, (k, _) in enumerate(cols, 1)}
    gaya = m["gaya_rk"]
    for n, rk in enumerate(rks):
        i = rk["idx"]
        r0 = sh.row
        for j, it in enumerate(rk["ikis"]):
            rr = r0 + j
            first = j == 0
            for key in ("no", "rka", "rk", "persp"):
                if key not in colno:
                    continue
                value = {
                    "no": start_no + n,
                    "rka": rk["rka"],
                    "rk": rk["rk"],
                    "persp": m["persp_text"].get(rk["persp"], rk["persp"]) if rk.get("persp") else None,
                }[key]
                if key == "persp" and rk.get("persp_raw") is not None:
                    value = rk["persp_raw"]
                if key == "rka" and group == "tb":
                    value = None
                if first or gaya == "ulang":
                    sh.put(rr, colno[key], value, key=(group, key, i) if first else None)
            if "aspek" in colno:
                sh.put(rr, colno["aspek"], it["aspek_tulis"], key=(group, "aspek", i, j))
            sh.put(rr, colno["iki"], it["iki"], key=(group, "iki", i, j))
            sh.put(rr, colno["target"], it["target"], key=(group, "target", i, j))
            for k, c in colno.items():
                if k.startswith("kat:") and it.get("kat") is not None:
                    lv = k[4:]
                    sh.put(rr, c, it["kat"].get(lv) or None, key=(group, "kat", i, j, lv))
            if first and rk.get("cm"):
                for k, c in colno.items():
                    if k.startswith("cm:"):
                        sh.put(rr, c, rk["cm"][k[3:]] or None, key=(group, "cm", i, k[3:]))
        nrows = max(1, len(rk["ikis"]))
        if not rk["ikis"]:
            # an RK without IKI still has its row
            for key in ("no", "rk", "persp", "rka"):
                if key in colno:
                    val = {
                        "no": start_no + n,
                        "rk": rk["rk"],
                        "rka": rk["rka"],
                        "persp": m["persp_text"].get(rk["persp"]) if rk.get("persp") else None,
                    }[key]
                    sh.put(r0, colno[key], val, key=(group, key, i))
        if gaya == "gabung" and nrows > 1:
            for key in ("no", "rka", "rk", "persp"):
                if key in colno:
                    sh.merge(r0, colno[key], r0 + nrows - 1, colno[key])
            for k, c in colno.items():
                if k.startswith("cm:"):
                    sh.merge(r0, c, r0 + nrows - 1, c)
        sh.row = r0 + nrows
        if "baris_kosong" in v and n < len(rks) - 1:
            sh.row += 1


def write_footer(sh: Sheet, m: dict, ncols: int, spaced: bool) -> None:
    r = sh.row + 1
    right = max(ncols - 1, 3)
    sh.put(r, right, f"{bank.TEMPAT}, {'5 Januari 2026' if m['year'] == 2026 else '8 Januari 2026'}")
    sh.put(r + 1, 2, "Pejabat Penilai Kinerja,")
    sh.put(r + 1, right, "Pegawai yang Dinilai,")
    sh.put(r + 5, 2, m["pen"]["nama"], bold=True)
    sh.put(r + 5, right, m["peg"]["nama"], bold=True)
    if m["pen"]["nip"] != "-":
        sh.put(r + 6, 2, "NIP. " + nip_text(m["pen"]["nip"], spaced))
    sh.put(r + 6, right, "NIP. " + nip_text(m["peg"]["nip"], spaced))
    sh.row = r + 7


def write_title(sh: Sheet, m: dict, title: str, ncols: int, key: Any) -> None:
    sh.put(1, 1, title, bold=True)
    sh.merge(1, 1, 1, ncols)
    sh.put(2, 1, f"PEMERINTAH {bank.KAB}")
    sh.merge(2, 1, 2, ncols)
    sh.put(3, 1, m["periode"], key=key)
    sh.merge(3, 1, 3, ncols)
    sh.row = 5


def write_skp(wb, m: dict, v: set, lab: dict, pos: dict) -> list[str]:
    levels = m["levels"]
    cols = plan_columns(m, v, lab, levels)
    ncols = len(cols)
    names = m["sheet_names"]
    ws = wb.active
    ws.title = names[0]
    sh = Sheet(ws, pos)
    for i in range(1, ncols + 1):
        ws.column_dimensions[get_column_letter(i)].width = 28 if i in (2, 3, 5) else 14
    title = (
        "SASARAN KINERJA PEGAWAI"
        if m["family"] == "jpt" and m["title_alt"]
        else "RENCANA SASARAN KINERJA PEGAWAI"
    )
    write_title(sh, m, title, ncols, ("skp", "periode"))
    side = m["family"] != "jpt" and "identitas_tumpuk" not in v and "identitas_satu_sel" not in v
    write_identity(sh, m, lab, v, ncols, side, "skp")
    sh.row += 1
    write_plan_header(sh, cols, m, v)
    ku = [dict(r, idx=i) for i, r in enumerate(m["ku"])]
    tb = [dict(r, idx=i) for i, r in enumerate(m["tb"])]
    sh.put(sh.row, 1, "A. KINERJA UTAMA", bold=True)
    sh.merge(sh.row, 1, sh.row, ncols)
    sh.row += 1
    split = "dua_sheet" in v and len(ku) >= 2
    first_part = ku[: (len(ku) + 1) // 2] if split else ku
    write_rk_rows(sh, cols, first_part, 1, "ku", m, v)
    sheets = [ws.title]
    if split:
        write_footer_note(sh, m, ncols, early=True)
        ws2 = wb.create_sheet(names[1])
        for i in range(1, ncols + 1):
            ws2.column_dimensions[get_column_letter(i)].width = 28 if i in (2, 3, 5) else 14
        sh = Sheet(ws2, pos)
        sh.row = 1
        write_plan_header(sh, cols, m, v)
        write_rk_rows(sh, cols, ku[len(first_part) :], len(first_part) + 1, "ku", m, v)
        sheets.append(ws2.title)
    if "tambahan_terpisah" in v:
        sh.row += 1
        sh.put(sh.row, 1, "KINERJA TAMBAHAN", bold=True)
        sh.row += 1
        write_plan_header(sh, cols, m, v)
    sh.put(sh.row, 1, "B. KINERJA TAMBAHAN", bold=True)
    sh.merge(sh.row, 1, sh.row, ncols)
    sh.row += 1
    write_rk_rows(sh, cols, tb, 1, "tb", m, v)
    write_footer_note(sh, m, ncols, early=False)
    write_footer(sh, m, ncols, "nip_spasi" in v)
    return sheets


def write_footer_note(sh: Sheet, m: dict, ncols: int, early: bool) -> None:
    if m.get("footnote") and not early:
        sh.row += 1
        sh.put(sh.row, 1, m["footnote"])
        sh.merge(sh.row, 1, sh.row, ncols)
        sh.row += 1


def write_manual(wb, m: dict, pos: dict) -> None:
    ws = wb.create_sheet(m["manual_sheet"])
    sh = Sheet(ws, pos)
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 70
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA INDIVIDU", bold=True)
    sh.merge(1, 1, 1, 3)
    sh.put(2, 1, m["peg"]["jabatan"])
    r = 4
    for k, man in enumerate(m["manual"]):
        sh.put(r, 1, f"MANUAL IKI {k + 1}", bold=True)
        r += 1
        for f in bank.MANUAL_FIELDS:
            sh.put(r, 1, f)
            sh.put(r, 2, man[f] or None, key=("man", k, f))
            sh.merge(r, 2, r, 3)
            r += 1
        r += 1


def write_keterkaitan(wb, m: dict, v: set, lab: dict, pos: dict) -> None:
    ws = wb.create_sheet(m["ak_sheet"])
    sh = Sheet(ws, pos)
    for c, w in zip("ABCDE", (6, 45, 45, 22, 14), strict=True):
        ws.column_dimensions[c].width = w
    write_title(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 5, ("ak", "periode"))
    write_identity(sh, m, lab, v - {"identitas_satu_sel"}, 5, False, "ak")
    sh.put(sh.row, 2, "TANGGAL PENGAJUAN")
    sh.put(sh.row, 3, "6 Januari 2026" if m["year"] == 2026 else "7 Januari 2025")
    sh.row += 2
    for i, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        sh.put(sh.row, i, h, bold=True)
    sh.row += 1
    sh.put(sh.row, 1, "KINERJA UTAMA", bold=True)
    sh.merge(sh.row, 1, sh.row, 5)
    sh.row += 1
    n = 0
    for i, rk in enumerate(m["ku"]):
        if i in m.get("skip_butir", set()):
            continue
        butir = m["butir"][i % len(m["butir"])]
        n += 1
        r0 = sh.row
        for b, (nama, out, ak) in enumerate(butir):
            rr = r0 + b
            if b == 0:
                sh.put(rr, 1, n)
                sh.put(rr, 2, rk["rk"], key=("akrk", i))
            value: Any = ak
            if "ak_angka" in v and ak and not ak.startswith("-"):
                value = float(ak.replace(",", "."))
            sh.put(rr, 3, nama)
            sh.put(rr, 4, out)
            sh.put(rr, 5, value, key=("ak", i, b))
        if len(butir) > 1:
            sh.merge(r0, 1, r0 + len(butir) - 1, 1)
            sh.merge(r0, 2, r0 + len(butir) - 1, 2)
        sh.row = r0 + len(butir)
    write_footer(sh, m, 5, "nip_spasi" in v)


def cap_value(it: dict, style: str) -> tuple[Any, str | None]:
    if style == "angka":
        return float(half_up(it["cap"], 2) / 100), "0.00%"
    if style == "bulat":
        return f"{half_up(it['cap'])} %", None
    return f"{id_num(half_up(it['cap'], 2))} %", None


def write_penilaian(wb, m: dict, v: set, lab: dict, pos: dict, formulas: bool) -> None:
    jpt = m["family"] == "jpt"
    if jpt:
        heads = [
            "NO",
            "RENCANA KINERJA",
            lab["iki"],
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "NILAI TERTIMBANG",
        ]
    else:
        heads = [
            "NO",
            lab["rka"],
            "RENCANA KINERJA",
            "ASPEK",
            lab["iki"],
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "KATEGORI CAPAIAN RK",
            "NILAI CAPAIAN RK",
            "NILAI TERTIMBANG",
        ]
    col = {h: i for i, h in enumerate(heads, 1)}
    nc = len(heads)
    ws = wb.create_sheet(m["pen_sheet"])
    sh = Sheet(ws, pos)
    write_title(sh, m, m["pen_title"], nc, ("pen", "periode"))
    write_identity(sh, m, lab, v, nc, not jpt and "identitas_tumpuk" not in v, "pen")
    sh.row += 1
    for h, c in col.items():
        sh.put(sh.row, c, h, bold=True)
    sh.row += 1
    style = m["cap_style"]
    tert_cells: dict[str, list[str]] = {"ku": [], "tb": []}
    blank_all = any(it.get("real_kosong") for r in m["ku"] + m["tb"] for it in r["ikis"])
    for group, title in (("ku", "A. KINERJA UTAMA"), ("tb", "B. KINERJA TAMBAHAN")):
        sh.put(sh.row, 1, title, bold=True)
        sh.merge(sh.row, 1, sh.row, nc)
        sh.row += 1
        rks = m[group]
        for i, rk in enumerate(rks):
            r0 = sh.row
            sh.put(r0, 1, i + 1)
            if not jpt:
                sh.put(r0, col[lab["rka"]], rk["rka"] if group == "ku" else None)
            sh.put(r0, col["RENCANA KINERJA"], rk["rk"])
            for j, it in enumerate(rk["ikis"]):
                rr = r0 + j
                if not jpt:
                    sh.put(rr, col["ASPEK"], it["aspek_tulis"])
                sh.put(rr, col[lab["iki"]], it["iki"])
                sh.put(
                    rr, col["TARGET"], it.get("pen_target", it["target"]), key=("pen", group, "target", i, j)
                )
                if it.get("real_kosong"):
                    sh.put(rr, col["REALISASI"], None, key=("pen", group, "real", i, j))
                    continue
                sh.put(rr, col["REALISASI"], it["real_text"], key=("pen", group, "real", i, j))
                cv, fmt = cap_value(it, style)
                if it.get("cap_salah") is not None:
                    cv, fmt = it["cap_salah"]
                sh.put(rr, col["CAPAIAN IKI"], cv, key=("pen", group, "cap", i, j), fmt=fmt)
                sh.put(rr, col["KATEGORI CAPAIAN IKI"], it["kat_iki"])
                sh.put(rr, col["NILAI CAPAIAN IKI"], float(it["nilai"]))
            n = len(rk["ikis"])
            if not jpt:
                if not blank_all:
                    sh.put(r0, col["KATEGORI CAPAIAN RK"], rk["kat_rk"])
                    sh.put(r0, col["NILAI CAPAIAN RK"], float(rk["nilai_rk"]))
                for h in (
                    "NO",
                    lab["rka"],
                    "RENCANA KINERJA",
                    "KATEGORI CAPAIAN RK",
                    "NILAI CAPAIAN RK",
                    "NILAI TERTIMBANG",
                ):
                    sh.merge(r0, col[h], r0 + n - 1, col[h])
            if not blank_all:
                tcell = f"{get_column_letter(col['NILAI TERTIMBANG'])}{r0}"
                src = f"{get_column_letter(col['NILAI CAPAIAN RK' if not jpt else 'NILAI CAPAIAN IKI'])}{r0}"
                if formulas and group == "ku":
                    sh.put(r0, col["NILAI TERTIMBANG"], f"=ROUND({src}/{len(rks)},2)")
                else:
                    sh.put(r0, col["NILAI TERTIMBANG"], float(rk["tertimbang"]))
                tert_cells[group].append(tcell)
            sh.row = r0 + n
    sh.put(sh.row, 1, "NILAI AKHIR SKP", bold=True)
    sh.merge(sh.row, 1, sh.row, nc - 1)
    if not blank_all:
        if formulas:
            ku_sum = ",".join(tert_cells["ku"])
            tb_sum = ",".join(tert_cells["tb"])
            sh.put(sh.row, nc, f"=MIN(120,SUM({ku_sum})+MIN(10,SUM({tb_sum})))")
        else:
            sh.put(sh.row, nc, float(m["nilai_akhir"]))
    sh.row += 1
    write_footer(sh, m, nc, "nip_spasi" in v)


# ---------------------------------------------------------------- defects


def inject(m: dict, d: str, slot: int, rng: random.Random) -> dict:
    """Change the model for defect ``d``; returns what locates it (keys resolved after writing)."""
    ku = m["ku"]
    i = min(slot, len(ku) - 1)
    rk = ku[i]
    if d == "nip":
        nip = m["peg"]["nip"]
        m["peg"]["nip"] = nip[:12] + "13" + nip[14:]
        return {"key": ("skp", "peg", "nip"), "alt": [("ak", "peg", "nip"), ("pen", "peg", "nip")]}
    if d == "pangkat":
        m["peg"]["pangkat"] = rng.choice(
            ["Pengatur, III/b", "Penata Muda Tingkat II, III/a", "Pembina, III/d"]
        )
        return {
            "key": ("skp", "peg", "pangkat"),
            "alt": [("ak", "peg", "pangkat"), ("pen", "peg", "pangkat")],
        }
    if d == "periode":
        y = m["year"]
        m["periode"] = f"PERIODE PENILAIAN: 1 JULI {y} SD 30 JUNI {y + 1}"
        return {"key": ("skp", "periode"), "alt": [("ak", "periode"), ("pen", "periode")]}
    if d == "identitas":
        m["peg"]["unit"] = ""
        return {"key": ("skp", "peg", "unit"), "alt": [("ak", "peg", "unit"), ("pen", "peg", "unit")]}
    if d == "penilai_sama":
        m["pen"]["nip"] = m["peg"]["nip"]
        return {
            "key": ("skp", "pen", "nip"),
            "alt": [("skp", "peg", "nip"), ("ak", "pen", "nip"), ("pen", "pen", "nip")],
        }
    if d == "jenjang":
        m["peg"]["gol"] = m["salah_gol"]
        m["peg"]["pangkat"] = pangkat(m["salah_gol"])
        return {
            "key": ("skp", "peg", "jabatan"),
            "alt": [("skp", "peg", "pangkat"), ("ak", "peg", "jabatan"), ("ak", "peg", "pangkat")],
        }
    if d == "ak_hilang":
        m["no_ak"] = True
        return {"key": None}
    if d == "butir":
        m.setdefault("skip_butir", set()).add(i)
        return {"key": ("ku", "rk", i), "alt": []}
    if d == "ak":
        b = m["butir"][i % len(m["butir"])]
        b[0] = (b[0][0], b[0][1], rng.choice(["-0,06", "0", "nihil"]))
        return {"key": ("ak", i, 0), "alt": []}
    if d == "rka":
        rk["rka"] = None
        return {"key": ("ku", "rka", i), "alt": [("ku", "rk", i)]}
    it_j = 0 if len(rk["ikis"]) == 1 else rng.randrange(len(rk["ikis"]))
    it = rk["ikis"][it_j]
    tkey = ("ku", "target", i, it_j)
    if d == "target_kosong":
        it["target"] = ""
        if it.get("kat"):
            it["kat"]["BAIK"] = ""
        return {"key": tkey, "alt": [("ku", "iki", i, it_j)]}
    if d == "terukur":
        it["target"] = rng.choice(["Sesuai PKPT", "Tepat waktu dan akurat", "WTP", "Tercapai"])
        if it.get("kat"):
            it["kat"] = None
        return {"key": tkey, "alt": []}
    if d == "terbalik":
        found = [
            (a, j, x)
            for a, r in enumerate(ku)
            for j, x in enumerate(r["ikis"])
            if x["spec"]["k"] in ("pct", "n") and x["spec"]["v"] >= 5 and x["spec"]["u"] != "level"
        ]
        found.sort(key=lambda f: f[0] != i)
        i, it_j, it = found[0]
        tkey = ("ku", "target", i, it_j)
        tv = it["spec"]["v"]
        unit = "%" if it["spec"]["k"] == "pct" else it["spec"]["u"]
        it["target"] = f"{id_num(tv)} - {id_num(round(tv * 0.85))} {unit}"
        if it.get("kat"):
            it["kat"] = {lv: "" for lv in LEVELS} | {"BAIK": it["target"]}
            return {
                "key": tkey,
                "alt": [],
                "also_ok": ["kategori-penilaian-kosong", "kategori-tidak-berurutan"],
            }
        return {"key": tkey, "alt": []}
    if d == "aspek":
        it["aspek_tulis"] = rng.choice(["Efektivitas", "Ketepatan", "Akurasi"])
        return {"key": ("ku", "aspek", i, it_j), "alt": []}
    if d == "aspek_ganda":
        for k, x in enumerate(ku):
            if len(x["ikis"]) >= 2 and x["ikis"][0]["aspek"] in ("Kuantitas", "Kualitas"):
                i, rk = k, x
                break
        rk["ikis"][1]["aspek"] = rk["ikis"][0]["aspek"]
        rk["ikis"][1]["aspek_tulis"] = rk["ikis"][0]["aspek_tulis"]
        return {"key": ("ku", "aspek", i, 1), "alt": [("ku", "iki", i, 1), ("ku", "aspek", i, 0)]}
    if d == "aktivitas":
        rk["rk"] = rng.choice(
            [
                "Melaksanakan pemeriksaan reguler atas OPD sesuai PKPT",
                "Menyusun laporan keuangan dan rekonsiliasi bulanan",
                "Melakukan verifikasi dokumen anggaran OPD",
                "Penyusunan dokumen perencanaan tahunan",
            ]
        )
        return {"key": ("ku", "rk", i), "alt": []}
    if d == "absolut":
        it["iki"] = "Seluruh " + it["iki"][0].lower() + it["iki"][1:] + " selalu diselesaikan tanpa penundaan"
        return {"key": ("ku", "iki", i, it_j), "alt": [tkey]}
    if d == "tanpa_satuan":
        cands = [
            (j, x)
            for j, x in enumerate(rk["ikis"])
            if x["spec"]["k"] == "n" and x["iki"].startswith("Jumlah")
        ]
        if not cands:
            for k, x in enumerate(ku):
                c2 = [
                    (j, y)
                    for j, y in enumerate(x["ikis"])
                    if y["spec"]["k"] == "n" and y["iki"].startswith("Jumlah")
                ]
                if c2:
                    i, rk, cands = k, x, c2
                    break
        it_j, it = cands[0]
        it["target"] = id_num(it["spec"]["v"])
        if it.get("kat"):
            it["kat"] = {lv: (t.rsplit(" ", 1)[0] if t else t) for lv, t in it["kat"].items()}
        return {"key": ("ku", "target", i, it_j), "alt": []}
    if d == "satuan_aspek":
        for k, x in enumerate(ku):
            for j, y in enumerate(x["ikis"]):
                if y["aspek"] == "Waktu":
                    y["target"] = f"{y['spec']['v'] if y['spec']['k'] != 'bln' else 12} dokumen"
                    return {"key": ("ku", "target", k, j), "alt": []}
        raise AssertionError("no waktu IKI")
    if d == "rk_ganda":
        ku[1]["rk"] = ku[0]["rk"]
        return {"key": ("ku", "rk", 1), "alt": [("ku", "rk", 0)]}
    if d == "kat_sb":
        it["kat"]["SANGAT BAIK"] = it["kat"]["BAIK"]
        lv = "SANGAT BAIK"
        return {"key": ("ku", "kat", i, it_j, lv), "alt": [tkey, ("ku", "kat", i, it_j, "BAIK")]}
    if d == "kat_urut":
        khusus = it["aspek"] in ("Waktu", "Biaya")
        tv = it["spec"]["v"]
        if it["spec"]["k"] == "rp":
            it["kat"]["CUKUP"] = f"< {rupiah(tv, False)}"
        else:
            u = "%" if it["spec"]["k"] == "pct" else it["spec"]["u"]
            it["kat"]["CUKUP"] = (
                f"< {id_num(tv)} {u}" if khusus else f"{id_num(tv + 2)} - {id_num(tv + 5)} {u}"
            )
        return {
            "key": ("ku", "kat", i, it_j, "CUKUP"),
            "alt": [tkey, ("ku", "kat", i, it_j, "BAIK")],
            "also_ok": ["kategori-tidak-membedakan"],
        }
    if d == "kat_kosong":
        it["kat"] = {lv: "" for lv in LEVELS}
        alt = [("ku", "iki", i, it_j), tkey] + [("ku", "kat", i, it_j, lv) for lv in LEVELS]
        return {"key": ("ku", "kat", i, it_j, "BAIK"), "alt": alt}
    if d == "cm_kosong":
        field = "sumber" if m["cm_satu"] else "waktu"
        rk["cm"][field] = ""
        return {"key": ("ku", "cm", i, field), "alt": [("ku", "rk", i)]}
    if d == "persp":
        rk["persp_raw"] = rng.choice(["Tata Kelola", "Keuangan", "Pelayanan Publik"])
        return {"key": ("ku", "persp", i), "alt": []}
    if d == "persp_kurang":
        m["ku"] = [r for r in ku if r["persp"] != "ag"]
        m["manual"] = [x for x in m["manual"] if any(x["RENCANA KINERJA"] == r["rk"] for r in m["ku"])]
        return {"key": None}
    if d == "manual":
        k = rng.randrange(len(m["manual"]))
        f = rng.choice(["FORMULA", "TUJUAN", "DEFINISI IKI", "DESKRIPSI RENCANA KINERJA"])
        m["manual"][k][f] = ""
        # IKI cell of that manual in the SKP sheet
        n = 0
        for a, r in enumerate(ku):
            for b, _ in enumerate(r["ikis"]):
                if n == k:
                    return {"key": ("man", k, f), "alt": [("ku", "iki", a, b)]}
                n += 1
        raise AssertionError
    if d == "rk_tanpa_iki":
        gone = rk["ikis"]
        rk["ikis"] = []
        m["manual"] = [
            x for x in m["manual"] if x["INDIKATOR KINERJA INDIVIDU"] not in {g["iki"] for g in gone}
        ]
        return {"key": ("ku", "rk", i), "alt": []}
    raise AssertionError(d)


def inject_penilaian(m: dict, d: str, rng: random.Random) -> dict:
    i = rng.randrange(len(m["ku"]))
    rk = m["ku"][i]
    j = rng.randrange(len(rk["ikis"]))
    it = rk["ikis"][j]
    if d == "cap":
        wrong = half_up(it["cap"]) + rng.choice([6, -7, 9, 12])
        it["cap_salah"] = (f"{wrong} %", None)
        return {"key": ("pen", "ku", "cap", i, j), "alt": []}
    if d == "real_kosong":
        it["real_kosong"] = True
        return {"key": ("pen", "ku", "real", i, j), "alt": []}
    if d == "target_beda":
        for jj, x in enumerate(rk["ikis"]):
            if x["spec"]["k"] in ("n", "pct") and not x["spec"]["lb"] and x["spec"]["v"] >= 3:
                j, it = jj, x
                break
        else:
            for ii, r in enumerate(m["ku"]):
                for jj, x in enumerate(r["ikis"]):
                    if x["spec"]["k"] in ("n", "pct") and not x["spec"]["lb"] and x["spec"]["v"] >= 3:
                        i, j, it = ii, jj, x
                        break
                else:
                    continue
                break
        spec = dict(it["spec"])
        spec["v"] = max(1, round(spec["v"] * 0.8))
        it["pen_target"] = render(spec)
        khusus = m["family"] != "jpt" and it["aspek"] in ("Waktu", "Biaya")
        cap, kat, nil = capaian(it["real"], dec(spec["v"]), khusus, spec)
        it["cap"], it["kat_iki"], it["nilai"] = cap, kat, nil
        # the RK and final values follow the written (wrong) target, as the employee computed them
        for r in m["ku"] + m["tb"]:
            r["nilai_rk"] = half_up(sum(x["nilai"] for x in r["ikis"]) / len(r["ikis"]), 2)
            r["kat_rk"], r["f"] = kategori_rk(r["nilai_rk"])
        n = len(m["ku"])
        for r in m["ku"]:
            r["tertimbang"] = half_up(r["nilai_rk"] / n, 2)
        tb_sum = sum(dec(r["f"]) * 10 / 100 * r["nilai_rk"] / 100 for r in m["tb"])
        m["nilai_akhir"] = half_up(
            min(Decimal(120), sum(r["nilai_rk"] for r in m["ku"]) / n + min(Decimal(10), dec(tb_sum))), 2
        )
        return {"key": ("pen", "ku", "target", i, j), "alt": [("pen", "ku", "cap", i, j)]}
    raise AssertionError(d)


# ---------------------------------------------------------------- main


def convert(src: Path, dst: Path, xlsm: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        target = "xlsm:Calc MS Excel 2007 VBA XML" if xlsm else "xlsx:Calc MS Excel 2007 XML"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        out = Path(tmp) / (src.stem + (".xlsm" if xlsm else ".xlsx"))
        shutil.copy(out, dst)


def roles_for(family: str) -> list[str]:
    if family == "jpt":
        return sorted(bank.JPT)
    return [k for k, r in bank.ROLES.items() if r["family"] == family]


def build(out_dir: Path, manifest_path: Path) -> None:
    rng = random.Random(SEED)
    people = People(rng)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.xls*"):
        old.unlink()
    files = []
    writers = {}
    pen_cycle = DEFECTS_PENILAIAN * 4
    # which files go through LibreOffice: (form, index) -> kind
    lo = {
        ("ja-dasar", 2): "lo-rumus",
        ("jf-dasar", 3): "lo-rumus",
        ("jpt-dasar", 1): "lo-rumus",
        ("ja-pengembangan", 4): "lo",
        ("jf-pengembangan", 2): "xlsm",
        ("jpt-pengembangan", 5): "xlsm",
        ("jf-dasar", 7): "xlsm",
    }
    for form, count, n_pen in PLAN:
        family, model = form.split("-")
        roles = roles_for(family)
        rng.shuffle(roles)
        cycle = DEFECTS[form] * 3
        for n in range(count):
            penilaian = n < n_pen
            clean = n % 2 == 0
            role_key = roles[n % len(roles)]
            pool = [x for x in VARIASI if not (penilaian and x in NOT_WITH_PENILAIAN)]
            if family == "jpt":
                pool = [
                    x
                    for x in pool
                    if x
                    not in ("aspek_tulis", "kategori_subset", "cm_satu_kolom", "ak_angka", "identitas_tumpuk")
                ]
                if model == "dasar":
                    pool.remove("perspektif_tulis")
            else:
                pool.remove("perspektif_tulis")
                if model == "dasar":
                    pool = [x for x in pool if x not in ("kategori_subset", "cm_satu_kolom")]
                if family != "jf":
                    pool.remove("ak_angka")
            has_rp = any(s["k"] == "rp" for s in iter_specs(family, role_key))
            if not has_rp:
                pool.remove("angka_singkat")
            k = rng.randint(2, 6)
            v = set(rng.sample(pool, k))
            # defects
            chosen: list[str] = []
            if not clean:
                nd = rng.choice([1, 2, 2]) if penilaian else 2
                if penilaian:
                    chosen = [pen_cycle.pop(0)]
                    if nd == 2:
                        chosen.append(rng.choice(["nip", "pangkat"]))
                else:
                    while len(chosen) < nd:
                        d = cycle.pop(0)
                        if not compatible(d, chosen, family, role_key, model):
                            cycle.append(d)
                            if all(not compatible(x, chosen, family, role_key, model) for x in cycle):
                                break
                            continue
                        chosen.append(d)
            if any(c in DEFECTS_HEADER + ["jenjang"] for c in chosen):
                v.discard("identitas_satu_sel")
            if len(v) < 2:
                v.add("baris_kosong" if "baris_kosong" not in v else "nomor_kolom")
            m = build_model(form, role_key, rng, people, v, penilaian)
            if any(c == "penilai_sama" for c in chosen) and m["pen"]["politik"]:
                chosen = [c if c != "penilai_sama" else "nip" for c in chosen]
            m["gaya_rk"] = rng.choice(["ulang", "pertama"]) if "gaya_rk" in v else "gabung"
            m["levels"] = LEVELS
            m["cm_satu"] = "cm_satu_kolom" in v
            if "kategori_subset" in v:
                m["levels"] = rng.choice(
                    [
                        ["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
                        ["CUKUP", "BAIK", "SANGAT BAIK"],
                        ["CUKUP", "SANGAT BAIK"],
                    ]
                )
                m["target_baik"] = rng.random() < 0.5
            m["kat_judul"] = rng.choice(
                ["KATEGORI PENILAIAN", "STANDAR KINERJA", "KATEGORI PENILAIAN KINERJA"]
            )
            m["title_alt"] = rng.random() < 0.5
            yr = m["year"]
            if "dua_sheet" in v:
                m["sheet_names"] = ["SKP (1)", "SKP (2)"]
            else:
                m["sheet_names"] = [rng.choice([f"SKP {yr}", "SKP", "Rencana SKP", f"RENCANA SKP {yr}"])]
            m["manual_sheet"] = rng.choice(["Manual IKI", "MANUAL IKI", "Manual Indikator"])
            m["ak_sheet"] = rng.choice(["Keterkaitan AK", "KETERKAITAN SKP-AK", "Lampiran AK"])
            m["pen_sheet"] = rng.choice([f"Penilaian {yr}", "PENILAIAN", "Penilaian TW IV"])
            m["pen_title"] = (
                "PENILAIAN SKP TRIWULAN IV"
                if m["pen_sheet"] == "Penilaian TW IV"
                else "PENILAIAN SASARAN KINERJA PEGAWAI"
            )
            m["cap_style"] = rng.choice(["teks", "bulat", "angka"])
            # penilaian defects come after computing values
            locs = []
            for slot, d in enumerate(chosen):
                if d in DEFECTS_PENILAIAN:
                    locs.append((d, inject_penilaian(m, d, rng)))
                else:
                    locs.append((d, inject(m, d, slot, rng)))
            lab = labels(v, rng)
            kind = lo.get((form, n), "openpyxl")
            ext = ".xlsm" if kind == "xlsm" else ".xlsx"
            name = f"{form}-{n + 1:02d}-{'bersih' if clean else 'cacat'}{ext}"
            pos: dict = {}
            wb = openpyxl.Workbook()
            write_skp(wb, m, v, lab, pos)
            if family == "jpt":
                write_manual(wb, m, pos)
            if family == "jf" and not m.get("no_ak"):
                write_keterkaitan(wb, m, v, lab, pos)
            if penilaian:
                write_penilaian(wb, m, v, lab, pos, formulas=kind == "lo-rumus")
            if kind == "openpyxl":
                wb.save(out_dir / name)
                writer = "openpyxl"
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    src = Path(tmp) / (Path(name).stem + ".xlsx")
                    wb.save(src)
                    convert(src, out_dir / name, xlsm=kind == "xlsm")
                writer = {
                    "lo": "openpyxl+libreoffice",
                    "lo-rumus": "openpyxl+libreoffice",
                    "xlsm": "openpyxl+libreoffice-xlsm",
                }[kind]
            writers[name] = writer
            defects = []
            for d, loc in locs:
                code, sev = CODE[d]
                entry: dict[str, Any] = {
                    "code": code,
                    "severity": sev,
                    "sheet": None,
                    "cell": None,
                    "alt_cells": [],
                }
                if loc["key"] is not None:
                    places = where(pos, loc["key"])
                    assert places, (name, d, loc["key"])
                    entry["sheet"], entry["cell"] = places[0]
                    alts = places[1:]
                    for a in loc.get("alt", []):
                        alts += where(pos, a)
                    entry["alt_cells"] = [{"sheet": s, "cell": c} for s, c in alts]
                if loc.get("also_ok"):
                    entry["any_of"] = [code] + loc["also_ok"]
                entry["jenis"] = d
                defects.append(entry)
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": clean,
                    "defects": defects,
                    "boleh": [],
                    "peran": role_key,
                    "jabatan": m["peg"]["jabatan"],
                    "unit": m["peg"]["unit"],
                    "writer": writer,
                    "penilaian": penilaian,
                    "variasi": sorted(v),
                    "tata": {
                        "sheet": m["sheet_names"],
                        "gaya_rk": m["gaya_rk"],
                        "tingkat_kategori": m["levels"]
                        if model == "pengembangan" and family != "jpt"
                        else None,
                        "capaian": m["cap_style"] if penilaian else None,
                    },
                }
            )
    manifest = {"set": SET, "seed": SEED, "files": files}
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def iter_specs(family: str, role_key: str):
    if family == "jpt":
        for _, _, ikis in bank.JPT[role_key]["ku"]:
            for _, s in ikis:
                yield s
    else:
        for _, _, ikis in bank.ROLES[role_key]["ku"]:
            for _, _, s in ikis:
                yield s


def compatible(d: str, chosen: list[str], family: str, role_key: str, model: str) -> bool:
    if d in chosen:
        return False
    pairs = [
        {"ak_hilang", "butir"},
        {"ak_hilang", "ak"},
        {"persp", "persp_kurang"},
        {"butir", "ak"},
        {"rk_ganda", "aktivitas"},
        {"rk_ganda", "butir"},
        {"nip", "penilai_sama"},
        {"identitas", "jenjang"},
        {"rka", "rk_ganda"},
        {"manual", "persp_kurang"},
        {"manual", "rk_tanpa_iki"},
    ]
    for c in chosen:
        if {c, d} in pairs:
            return False
    role = bank.JPT[role_key] if family == "jpt" else bank.ROLES[role_key]
    n_ku = len(role["ku"])
    if model == "pengembangan" and family != "jpt":
        n_ku = sum(any(not s["lb"] for _, _, s in ikis) for _, _, ikis in role["ku"])
    if d == "rk_ganda" and n_ku < 2:
        return False
    if d in ("rk_tanpa_iki",) and chosen:
        return False
    if d == "satuan_aspek" and not any(a == "Waktu" for _, _, ikis in role["ku"] for a, _, _ in ikis):
        return False
    if d == "aspek_ganda" and not any(
        len(ikis) >= 2 and ikis[0][0] in ("Kuantitas", "Kualitas") for _, _, ikis in role["ku"]
    ):
        return False
    if d == "tanpa_satuan" and not any(
        s["k"] == "n" and iki.startswith("Jumlah")
        for iki, s in ((x[-2], x[-1]) for _, _, ikis in role["ku"] for x in ikis)
    ):
        return False
    # two defects on one RK would overlap cells: plan defects use slot 0 and 1 (different RKs)
    free = DEFECTS_HEADER + ["jenjang", "ak_hilang", "persp_kurang", "manual", "ak"]
    return not (n_ku < 2 and d not in free and any(c not in free for c in chosen))


def main() -> None:
    ap = argparse.ArgumentParser(description="Bangun set nyata_be (Inspektorat, BPKAD, Bappeda, Bapenda).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args()
    build(a.keluaran, a.harapan)


if __name__ == "__main__":
    main()
