"""Build the held-out set ``nyata_as``: SKPs received by the Biro SDM of a Kementerian and its instansi
vertikal (Kanwil, Balai) after penyederhanaan birokrasi, as the ministry's e-kinerja app exports them (flat
tables, one row per IKI with the RK repeated) and as staff type them in Excel (merged RK cells).

Deterministic (fixed seed). Each workbook is laid out row by row and the cell of every field recorded, so
every injected defect has a known cell. Written from SPEC alone (no product code read).

Usage: ``python benchmarks/nyata_as/buat.py [--keluaran DIR] [--harapan FILE]``
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

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261206
YEAR = 2025
GOL = {
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
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]


def rnd(x: float, d: int = 2) -> float:
    """Round half up like Excel's ROUND (from 9 decimals first, so 102.49999999 is 102.5)."""
    q = Decimal(repr(round(x, 9))).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    return float(q)


def fmt(x: float, d: int = 2) -> str:
    s = f"{rnd(x, d):.{d}f}".replace(".", ",")
    return s


def num(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return str(x).replace(".", ",")


# ---------------------------------------------------------------- scoring (SPEC §6)


def capaian(target: float, real: float, khusus: bool) -> float:
    return (1 + (1 - real / target)) * 100 if khusus else real / target * 100


def nilai_iki(cap: float) -> tuple[str, float]:
    c = rnd(cap, 0)
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
    if n >= 110:
        return "Sangat Baik"
    if n >= 90:
        return "Baik"
    if n >= 70:
        return "Cukup"
    if n >= 50:
        return "Kurang"
    return "Sangat Kurang"


F = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(nk: float, ide: bool) -> str:
    if nk >= 110:
        return "Sangat Baik" if ide else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


# ---------------------------------------------------------------- people


class People:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = list(bank.NAMA)
        rng.shuffle(self.names)
        self.i = 0
        self.seq = 0

    def nip(self, gol: str, pppk: bool = False) -> str:
        self.seq += 1
        rng = self.rng
        first = gol.split("/")[0]
        age = {"II": 28, "III": 36, "IV": 48}[first] + rng.randint(-3, 6)
        y = YEAR - age
        birth = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        tmt_y = y + rng.randint(22, 27)
        tmt = f"{tmt_y}21" if pppk else f"{tmt_y}{rng.choice([1, 2, 3, 4, 12]):02d}"
        return f"{birth} {tmt} {rng.randint(1, 2)} {self.seq % 997 + 1:03d}"

    def person(self, jabatan: str, gol: str, unit: str, pppk: bool = False) -> dict[str, str]:
        name = self.names[self.i % len(self.names)]
        self.i += 1
        if pppk:
            pangkat = "IX (PPPK)"
        else:
            pangkat = self.rng.choice(
                [
                    f"{GOL[gol]}, {gol}",
                    f"{GOL[gol]} ({gol})",
                    f"{GOL[gol].replace('Tingkat I', 'Tk. I')}, {gol}",
                ]
            )
        return {
            "nama": name,
            "nip": self.nip(gol, pppk),
            "pangkat": pangkat,
            "jabatan": jabatan,
            "unit": unit,
        }


# ---------------------------------------------------------------- writing helper


class Grid:
    """A sheet written row by row that remembers the cell of each logical field."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.r = 1

    def put(self, row: int, col: int, value: Any) -> str:
        if value is not None and value != "":
            self.ws.cell(row=row, column=col, value=value)
        return f"{get_column_letter(col)}{row}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def period_text(kind: str) -> tuple[str, str | None]:
    """(period line, extra title suffix)."""
    if kind == "periode-resmi":
        return f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {YEAR}", None
    if kind == "periode-bulan":
        return f"Periode: Januari s.d. Desember {YEAR}", None
    if kind == "periode-tanggal-lengkap":
        return f"Periode Penilaian : 1 Januari {YEAR} s.d. 31 Desember {YEAR}", None
    return "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER", f"TAHUN ANGGARAN {YEAR}"


def write_header(
    g: Grid, title: str, instansi: str, per_kind: str, cells: dict, period_override: str | None, width: int
) -> None:
    line, suffix = period_text(per_kind)
    g.put(g.r, 1, title if not suffix else f"{title} {suffix}")
    g.merge(g.r, 1, g.r, width)
    g.r += 1
    g.put(g.r, 1, instansi)
    g.merge(g.r, 1, g.r, width)
    g.r += 1
    cells["periode"] = g.put(g.r, 1, period_override if period_override is not None else line)
    g.merge(g.r, 1, g.r, width)
    g.r += 2


ID_LABELS = [
    ("nama", "NAMA"),
    ("nip", "NIP"),
    ("pangkat", "PANGKAT/GOL RUANG"),
    ("jabatan", "JABATAN"),
    ("unit", "UNIT KERJA"),
]


def write_identity(
    g: Grid, peg: dict, pen: dict, layout: str, cells: dict, jpt_instansi: bool, typo: bool
) -> None:
    lab_peg = "PEGAWAI YANG DI NILAI" if typo else "PEGAWAI YANG DINILAI"
    lab_pen = "PEJABAT PENILAI KERJA" if typo else "PEJABAT PENILAI KINERJA"
    pen_labels = [(k, ("INSTANSI" if (k == "unit" and jpt_instansi) else v)) for k, v in ID_LABELS]
    if layout == "berdampingan":
        g.put(g.r, 1, "NO")
        g.put(g.r, 2, lab_peg)
        g.merge(g.r, 2, g.r, 3)
        g.put(g.r, 4, "NO")
        g.put(g.r, 5, lab_pen)
        g.merge(g.r, 5, g.r, 6)
        g.r += 1
        for i, ((k, lab), (_, plab)) in enumerate(zip(ID_LABELS, pen_labels, strict=True), 1):
            g.put(g.r, 1, i)
            g.put(g.r, 2, lab)
            cells[("peg", k)] = g.put(g.r, 3, peg[k])
            g.put(g.r, 4, i)
            g.put(g.r, 5, plab)
            cells[("pen", k)] = g.put(g.r, 6, pen[k])
            g.r += 1
    else:
        for who, lab, person, labels in (("peg", lab_peg, peg, ID_LABELS), ("pen", lab_pen, pen, pen_labels)):
            g.put(g.r, 1, "NO")
            g.put(g.r, 2, lab)
            g.merge(g.r, 2, g.r, 4)
            g.r += 1
            for i, (k, plab) in enumerate(labels, 1):
                g.put(g.r, 1, i)
                g.put(g.r, 2, plab)
                cells[(who, k)] = g.put(g.r, 3, person[k])
                g.merge(g.r, 3, g.r, 5)
                g.r += 1
    g.r += 1


def write_footer(g: Grid, peg: dict, pen: dict, city: str, export: bool) -> None:
    g.r += 1
    g.put(g.r, 5, f"{city}, 6 Januari {YEAR}")
    g.r += 1
    g.put(g.r, 2, "Pejabat Penilai Kinerja")
    g.put(g.r, 5, "Pegawai yang Dinilai")
    g.r += 4
    g.put(g.r, 2, pen["nama"])
    g.put(g.r, 5, peg["nama"])
    g.r += 1
    if pen["nip"] not in ("", "-"):
        g.put(g.r, 2, f"NIP. {pen['nip']}")
    g.put(g.r, 5, f"NIP. {peg['nip']}")
    g.r += 1
    if export:
        g.r += 1
        g.put(g.r, 1, f"Dicetak dari aplikasi e-Kinerja {bank.SINGKATAN} pada 06/01/{YEAR} 09:41 WIB")


# ---------------------------------------------------------------- plan models


def target_text(t: float, sat: str) -> str:
    if sat == "%":
        return f"{num(t)} %"
    return f"{num(t)} {sat}".strip()


def kategori_for(t: float, sat: str, khusus: bool) -> dict[str, str]:
    s = f" {sat}" if sat and sat != "%" else (" %" if sat == "%" else "")
    if khusus:
        return {
            "SANGAT KURANG": f"> {num(t + 2)}{s}",
            "KURANG": f"{num(t + 2)}{s}",
            "CUKUP": f"{num(t + 1)}{s}",
            "BAIK": f"{num(t)}{s}",
            "SANGAT BAIK": f"< {num(t)}{s}",
        }
    if sat == "%":
        return {
            "SANGAT KURANG": "< 60 %",
            "KURANG": "60 - 69 %",
            "CUKUP": f"70 - {num(t - 1)} %",
            "BAIK": f"{num(t)} %",
            "SANGAT BAIK": f"> {num(t)} %",
        }
    lo = max(1, int(t * 0.5))
    mid = max(lo + 1, int(t * 0.8))

    def band(a: float, b: float) -> str:
        return f"{num(a)}{s}" if a == b else f"{num(a)} - {num(b)}{s}"

    return {
        "SANGAT KURANG": f"< {num(lo)}{s}",
        "KURANG": band(lo, mid - 1),
        "CUKUP": band(mid, t - 1),
        "BAIK": f"{num(t)}{s}",
        "SANGAT BAIK": f"> {num(t)}{s}",
    }


def make_rk(src: tuple, kind: str, rng: random.Random, aspek_style: list[str]) -> dict:
    if len(src) == 3:
        atasan, rk, ikis = src
    else:
        atasan, (rk, ikis) = "", src
    out = []
    for aspek, iki, t, sat in ikis:
        choices = [a for a in aspek_style if a in bank.ASPEK_TULIS[aspek]] or [aspek]
        tulis = rng.choice(choices)
        if tulis == "Waktu (bulan)" and sat != "bulan":
            tulis = "Waktu"
        khusus = aspek == "Waktu"
        out.append(
            {
                "aspek": aspek,
                "aspek_tulis": tulis,
                "iki": iki,
                "t": float(t),
                "sat": sat,
                "target": target_text(t, sat),
                "khusus": khusus,
                "kat": kategori_for(float(t), sat, khusus),
            }
        )
    return {
        "atasan": atasan if kind == "ku" else "",
        "rk": rk,
        "kind": kind,
        "ikis": out,
        "cara": rng.choice(bank.CARA),
    }


# ---------------------------------------------------------------- the SKP sheet (JA/JF)


def write_skp_jajf(g: Grid, f: dict, cells: dict) -> None:
    v = f["v"]
    peng = f["model"] == "pengembangan"
    export = v["gaya"] == "ekspor"
    levels = v.get("levels", LEVELS)
    satcol = v.get("kolom_satuan", False)
    cols = [
        "NO",
        v["label_atasan"],
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KERJA INDIVIDU" if v.get("typo_iki") else "INDIKATOR KINERJA INDIVIDU",
        "TARGET/BAIK" if v.get("target_baik") else "TARGET",
    ]
    if satcol:
        cols.append("SATUAN")
    kat_start = len(cols) + 1
    if peng:
        cols += levels
    cara_start = len(cols) + 1
    cara_cols = []
    if peng:
        cara_cols = (
            ["SUMBER DATA UNTUK PENGUKURAN"]
            if v.get("satu_sumber")
            else ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
        )
        cols += cara_cols
    width = len(cols)
    write_header(g, f["judul"], f["instansi"], v["periode"], cells, f.get("periode_salah"), width)
    write_identity(g, f["peg"], f["pen"], v["identitas"], cells, False, v.get("typo_label", False))
    two_rows = peng and not export
    hr = g.r
    for i, c in enumerate(cols, 1):
        if two_rows and kat_start <= i < cara_start or two_rows and i >= cara_start:
            g.put(hr + 1, i, c)
        else:
            g.put(hr, i, c)
            if two_rows:
                g.merge(hr, i, hr + 1, i)
    if two_rows:
        g.put(hr, kat_start, "KATEGORI PENILAIAN KINERJA")
        g.merge(hr, kat_start, hr, cara_start - 1)
        g.put(hr, cara_start, "CARA MEMANTAU KINERJA")
        g.merge(hr, cara_start, hr, width)
        g.r = hr + 2
    else:
        g.r = hr + 1
    if v.get("nomor_kolom"):
        for i in range(1, width + 1):
            g.put(g.r, i, f"({i})")
        g.r += 1
    no = 0
    for kind, label in (("ku", "A. KINERJA UTAMA"), ("kt", "B. KINERJA TAMBAHAN")):
        g.put(g.r, 1, label if not export else label.split(". ")[1].title())
        if not export:
            g.merge(g.r, 1, g.r, width)
        g.r += 1
        for ri, rk in enumerate(f["rks"]):
            if rk["kind"] != kind:
                continue
            no += 1
            first = g.r
            n = max(1, len(rk["ikis"]))
            for j in range(n):
                iki = rk["ikis"][j] if rk["ikis"] else None
                if export or j == 0:
                    g.put(g.r, 1, no)
                    cells[("atasan", ri, j)] = g.put(g.r, 2, rk["atasan"])
                    cells[("rk", ri, j)] = g.put(g.r, 3, rk["rk"])
                if iki:
                    cells[("aspek", ri, j)] = g.put(g.r, 4, iki["aspek_tulis"])
                    cells[("iki", ri, j)] = g.put(g.r, 5, iki["iki"])
                    if satcol:
                        cells[("target", ri, j)] = g.put(g.r, 6, num(iki["t"]) if iki["target"] else "")
                        g.put(g.r, 7, iki["sat"])
                    else:
                        cells[("target", ri, j)] = g.put(g.r, 6, iki["target"])
                    if peng:
                        for k, lev in enumerate(levels):
                            cells[("kat", ri, j, lev)] = g.put(g.r, kat_start + k, iki["kat"].get(lev, ""))
                else:
                    cells[("aspek", ri, j)] = g.put(g.r, 4, "")
                    cells[("iki", ri, j)] = g.put(g.r, 5, "")
                    cells[("target", ri, j)] = g.put(g.r, 6, "")
                if peng and (export or v.get("sumber_per_iki") or j == 0):
                    vals = [rk["cara"][1]] if v.get("satu_sumber") else list(rk["cara"])
                    for k, val in enumerate(vals):
                        cells[("cara", ri, j, k)] = g.put(g.r, cara_start + k, val)
                g.r += 1
            if not export and n > 1:
                for c in (1, 2, 3):
                    g.merge(first, c, g.r - 1, c)
                if peng and not v.get("sumber_per_iki"):
                    for k in range(len(cara_cols)):
                        g.merge(first, cara_start + k, g.r - 1, cara_start + k)
    write_footer(g, f["peg"], f["pen"], f["kota"], export)


# ---------------------------------------------------------------- JPT


def write_skp_jpt(g: Grid, f: dict, cells: dict) -> None:
    v = f["v"]
    peng = f["model"] == "pengembangan"
    export = v["gaya"] == "ekspor"
    off = 1 if peng else 0
    cols = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    width = len(cols)
    write_header(g, f["judul"], f["instansi"], v["periode"], cells, f.get("periode_salah"), max(width, 6))
    write_identity(g, f["peg"], f["pen"], v["identitas"], cells, v.get("instansi_penilai", False), False)
    for i, c in enumerate(cols, 1):
        g.put(g.r, i, c)
    g.r += 1
    no = 0
    for kind, label in (("ku", "A. KINERJA UTAMA"), ("kt", "B. KINERJA TAMBAHAN")):
        g.put(g.r, 1, label)
        if not export:
            g.merge(g.r, 1, g.r, width)
        g.r += 1
        prev_p, p_first = None, g.r
        for ri, rk in enumerate(f["rks"]):
            if rk["kind"] != kind:
                continue
            no += 1
            first = g.r
            for j, iki in enumerate(rk["ikis"]):
                if peng and kind == "ku":
                    if export or v.get("perspektif_per_baris") or rk["perspektif"] != prev_p:
                        if not export and not v.get("perspektif_per_baris") and prev_p is not None:
                            g.merge(p_first, 1, g.r - 1, 1)
                        cells[("persp", ri, j)] = g.put(g.r, 1, rk["perspektif"])
                        if rk["perspektif"] != prev_p:
                            p_first = g.r
                        prev_p = rk["perspektif"]
                    else:
                        cells[("persp", ri, j)] = cells.get(("persp", ri, 0)) or f"A{p_first}"
                if export or j == 0:
                    g.put(g.r, off + 1, no)
                    cells[("rk", ri, j)] = g.put(g.r, off + 2, rk["rk"])
                cells[("iki", ri, j)] = g.put(g.r, off + 3, iki["iki"])
                cells[("target", ri, j)] = g.put(g.r, off + 4, iki["target"])
                g.r += 1
            if not export and len(rk["ikis"]) > 1:
                g.merge(first, off + 1, g.r - 1, off + 1)
                g.merge(first, off + 2, g.r - 1, off + 2)
        if peng and kind == "ku" and not export and not v.get("perspektif_per_baris") and prev_p is not None:
            g.merge(p_first, 1, g.r - 1, 1)
    write_footer(g, f["peg"], f["pen"], f["kota"], export)


MANUAL_FIELDS = [
    ("rk", "RENCANA KINERJA"),
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


def manual_entry(rk: dict, iki: dict) -> dict[str, str]:
    low = iki["iki"][0].lower() + iki["iki"][1:]
    if iki["iki"].startswith("Persentase"):
        formula = f"({low.replace('persentase ', 'Jumlah ', 1)} / total sasaran) x 100%"
    elif iki["iki"].startswith(("Indeks", "Nilai")):
        formula = f"Hasil pengukuran {low} oleh instansi pembina"
    else:
        formula = f"Σ {low.replace('jumlah ', '', 1)}"
    return {
        "rk": rk["rk"],
        "deskripsi": f"{rk['rk']} sebagai wujud kinerja unit pada tahun {YEAR}",
        "iki": iki["iki"],
        "definisi": f"{iki['iki']} pada periode {YEAR}",
        "formula": formula,
        "tujuan": f"Mengukur {low}",
        "satuan": iki["sat"] or "indeks",
        "aspek": "Kuantitas",
        "kendali": "Sedang",
        "sumber": "Laporan kinerja unit",
        "periode": "Triwulanan",
    }


def write_manual(ws: Any, f: dict, cells: dict) -> None:
    g = Grid(ws)
    g.put(1, 1, "MANUAL INDIKATOR KINERJA")
    g.r = 3
    entries = [
        (ri, j, manual_entry(rk, iki))
        for ri, rk in enumerate(f["rks"])
        if rk["kind"] == "ku"
        for j, iki in enumerate(rk["ikis"])
    ]
    drop = f.get("manual_kosong")
    if f["v"]["manual"] == "tabel":
        g.put(g.r, 1, "NO")
        for k, (_, lab) in enumerate(MANUAL_FIELDS, 2):
            g.put(g.r, k, lab)
        g.r += 1
        for n, (ri, j, e) in enumerate(entries, 1):
            g.put(g.r, 1, n)
            for k, (key, _) in enumerate(MANUAL_FIELDS, 2):
                val = "" if drop == (ri, j, key) else e[key]
                cells[("manual", ri, j, key)] = g.put(g.r, k, val)
            g.r += 1
    else:
        for n, (ri, j, e) in enumerate(entries, 1):
            g.put(g.r, 1, f"{n}.")
            g.r += 1
            for key, lab in MANUAL_FIELDS:
                g.put(g.r, 1, lab)
                g.put(g.r, 2, ":")
                val = "" if drop == (ri, j, key) else e[key]
                cells[("manual", ri, j, key)] = g.put(g.r, 3, val)
                g.r += 1
            g.r += 1


def write_keterkaitan(ws: Any, f: dict, cells: dict) -> None:
    g = Grid(ws)
    g.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    g.put(2, 1, f["instansi"])
    g.put(3, 1, period_text("periode-resmi")[0])
    g.r = 5
    write_identity(g, f["peg"], f["pen"], "bertumpuk", {}, False, False)
    g.put(g.r, 1, "TANGGAL PENGAJUAN")
    g.put(g.r, 3, f"6 Januari {YEAR}")
    g.r += 2
    for i, c in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        g.put(g.r, i, c)
    g.r += 1
    g.put(g.r, 1, "KINERJA UTAMA")
    g.merge(g.r, 1, g.r, 5)
    g.r += 1
    no = 0
    for ri, rk in enumerate(f["rks"]):
        if rk["kind"] != "ku" or ri in f.get("tanpa_butir", ()):
            continue
        no += 1
        first = g.r
        for b, (butir, out, ak) in enumerate(rk["butir"]):
            if b == 0 or f["v"]["gaya"] == "ekspor":
                g.put(g.r, 1, no)
                g.put(g.r, 2, rk["rk"])
            g.put(g.r, 3, butir)
            g.put(g.r, 4, out)
            val: Any = ak
            if f.get("ak_salah") == (ri, b):
                val = "0"
            elif f["v"].get("ak_angka"):
                val = float(ak.replace(",", "."))
            cells[("ak", ri, b)] = g.put(g.r, 5, val)
            g.r += 1
        if f["v"]["gaya"] != "ekspor" and len(rk["butir"]) > 1:
            g.merge(first, 1, g.r - 1, 1)
            g.merge(first, 2, g.r - 1, 2)


def write_matriks(ws: Any, f: dict) -> None:
    g = Grid(ws)
    g.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
    g.put(2, 1, f"Tim Kerja: {f['peg']['jabatan']}")
    g.put(3, 1, f["instansi"])
    ku = [rk for rk in f["rks"] if rk["kind"] == "ku"]
    g.put(5, 1, "NO")
    g.put(5, 2, "NAMA / NIP")
    g.put(5, 3, "JABATAN")
    for k, rk in enumerate(ku):
        g.put(5, 4 + k, rk["rk"])
        g.put(6, 4 + k, "Direct Cascading" if k % 2 == 0 else "Non-Direct Cascading")
    g.put(6, 3, "JENIS PENYELARASAN")
    for m, (nama, jab) in enumerate(f["anggota"], 1):
        g.put(6 + m, 1, m)
        g.put(6 + m, 2, nama)
        g.put(6 + m, 3, jab)
        for k, rk in enumerate(ku):
            g.put(6 + m, 4 + k, f"{rk['ikis'][0]['iki'].replace('Jumlah ', '')} bagian {m}")


# ---------------------------------------------------------------- Penilaian (JA/JF)


def score(f: dict, rng: random.Random) -> dict:
    """Realisasi per IKI and everything SPEC §6 computes from it."""
    rows = {}
    ku_vals, kt_add = [], 0.0
    for ri, rk in enumerate(f["rks"]):
        vals = []
        for j, iki in enumerate(rk["ikis"]):
            t = iki["t"]
            tp = f.get("pn_target_beda", {}).get((ri, j), t)
            if iki["khusus"]:
                real = max(1, t + rng.choice([-1, 0, 0, 1]))
            elif iki["sat"] == "%":
                real = min(100, tp + rng.choice([-8, -3, 0, 2, 4]))
            else:
                real = max(1, round(tp * rng.choice([0.75, 0.9, 1.0, 1.0, 1.1, 1.25])))
            if (ri, j) == f.get("pn_real_kosong"):
                rows[(ri, j)] = {"real": None, "tp": tp}
                continue
            cap = capaian(tp, real, iki["khusus"])
            kat, nil = nilai_iki(cap)
            rows[(ri, j)] = {"real": real, "tp": tp, "cap": cap, "kat": kat, "nilai": nil}
            vals.append(nil)
        nrk = sum(vals) / len(vals)
        for j in range(len(rk["ikis"])):
            rows[(ri, j)]["nrk"] = nrk
            rows[(ri, j)]["krk"] = kategori_rk(nrk)
        if rk["kind"] == "ku":
            ku_vals.append(nrk)
        else:
            kt_add += F[kategori_rk(nrk)] * 10 / 100 * nrk / 100
    ku = sum(ku_vals) / len(ku_vals)
    kt = min(10.0, kt_add)
    skp = min(120.0, rnd(ku + kt))
    beh = [rng.choice([96, 100, 104, 108, 110, 112, 115, 88]) for _ in range(5)]
    per = rnd(sum(beh) / 5)
    nk = rnd(0.7 * skp + 0.3 * per)
    ide = rng.random() < 0.3
    return {
        "rows": rows,
        "ku": ku,
        "kt": kt,
        "skp": skp,
        "beh": beh,
        "per": per,
        "nk": nk,
        "ide": ide,
        "predikat": predikat(nk, ide),
    }


def write_penilaian(ws: Any, f: dict, sc: dict, cells: dict, formulas: bool) -> None:
    v = f["v"]
    export = v["gaya"] == "ekspor"
    g = Grid(ws)
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
    ]
    write_header(g, "PENILAIAN SASARAN KINERJA PEGAWAI", f["instansi"], v["periode"], {}, None, len(cols))
    write_identity(g, f["peg"], f["pen"], v["identitas"], {}, False, False)
    for i, c in enumerate(cols, 1):
        g.put(g.r, i, c)
    g.r += 1
    no = 0
    for kind, label in (("ku", "A. KINERJA UTAMA"), ("kt", "B. KINERJA TAMBAHAN")):
        g.put(g.r, 1, label)
        g.merge(g.r, 1, g.r, len(cols))
        g.r += 1
        for ri, rk in enumerate(f["rks"]):
            if rk["kind"] != kind:
                continue
            no += 1
            first = g.r
            for j, iki in enumerate(rk["ikis"]):
                row = sc["rows"][(ri, j)]
                if export or j == 0:
                    g.put(g.r, 1, no)
                    g.put(g.r, 2, rk["atasan"])
                    g.put(g.r, 3, rk["rk"])
                g.put(g.r, 4, iki["aspek_tulis"])
                g.put(g.r, 5, iki["iki"])
                tp = row["tp"]
                cells[("pn_target", ri, j)] = g.put(g.r, 6, target_text(tp, iki["sat"]))
                real = row["real"]
                rtxt = (
                    ""
                    if real is None
                    else (f"{num(real)} %" if iki["sat"] == "%" else f"{num(real)} {iki['sat']}")
                )
                cells[("pn_real", ri, j)] = g.put(g.r, 7, rtxt)
                if real is not None:
                    if formulas and not iki["khusus"]:
                        g.put(
                            g.r,
                            8,
                            f"=ROUND({num(real).replace('.', '').replace(',', '.')}/"
                            f"{num(tp).replace('.', '').replace(',', '.')}*100,2)",
                        )
                    elif v.get("capaian_teks"):
                        g.put(g.r, 8, f"{fmt(row['cap'])} %")
                    else:
                        g.put(g.r, 8, rnd(row["cap"]))
                    g.put(g.r, 9, row["kat"])
                    nil = row["nilai"] + (7.5 if f.get("pn_nilai_salah") == (ri, j) else 0)
                    cells[("pn_nilai", ri, j)] = g.put(g.r, 10, rnd(nil))
                if export or j == 0:
                    g.put(g.r, 11, row["krk"])
                    g.put(g.r, 12, rnd(row["nrk"]))
                g.r += 1
            if not export and len(rk["ikis"]) > 1:
                for col in (1, 2, 3, 11, 12):
                    g.merge(first, col, g.r - 1, col)
    vc = 12
    summary = [
        ("NILAI KINERJA UTAMA", rnd(sc["ku"])),
        ("NILAI KINERJA TAMBAHAN", rnd(sc["kt"])),
        ("NILAI AKHIR SKP", sc["skp"]),
    ]
    skp_cell = ""
    for lab, val in summary:
        g.put(g.r, 1, lab)
        g.merge(g.r, 1, g.r, vc - 1)
        skp_cell = g.put(g.r, vc, val)
        g.r += 1
    g.r += 1
    g.put(g.r, 1, "PERILAKU KERJA")
    g.r += 1
    beh_cells = []
    for lab, val in zip(
        ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"],
        sc["beh"],
        strict=True,
    ):
        g.put(g.r, 1, lab)
        g.merge(g.r, 1, g.r, vc - 1)
        beh_cells.append(g.put(g.r, vc, val))
        g.r += 1
    g.put(g.r, 1, "NILAI PERILAKU KERJA")
    g.merge(g.r, 1, g.r, vc - 1)
    per_cell = g.put(g.r, vc, f"=ROUND(AVERAGE({beh_cells[0]}:{beh_cells[-1]}),2)" if formulas else sc["per"])
    g.r += 1
    g.put(g.r, 1, "NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU)")
    g.merge(g.r, 1, g.r, vc - 1)
    g.put(g.r, vc, f"=ROUND(0.7*{skp_cell}+0.3*{per_cell},2)" if formulas else sc["nk"])
    g.r += 1
    g.put(g.r, 1, "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI")
    g.merge(g.r, 1, g.r, vc - 1)
    g.put(g.r, vc, "Ya" if sc["ide"] else "Tidak")
    g.r += 1
    g.put(g.r, 1, "PREDIKAT KINERJA PEGAWAI")
    g.merge(g.r, 1, g.r, vc - 1)
    pred = sc["predikat"]
    if f.get("pn_predikat_salah"):
        pred = {"Baik": "Butuh Perbaikan", "Sangat Baik": "Butuh Perbaikan"}.get(pred, "Sangat Baik")
    cells[("pn_predikat",)] = g.put(g.r, vc, pred)
    g.r += 1


# ---------------------------------------------------------------- planning a file

FORMS = [
    ("ja", "dasar", 7),
    ("ja", "pengembangan", 7),
    ("jf", "dasar", 7),
    ("jf", "pengembangan", 7),
    ("jpt", "dasar", 6),
    ("jpt", "pengembangan", 6),
]
PENILAIAN_AT = {1, 2, 5}
LIBREOFFICE_AT = {("ja-dasar", 2), ("jf-pengembangan", 2), ("ja-pengembangan", 5), ("jf-dasar", 1)}
LABEL_ATASAN = [
    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
    "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
]
LEVEL_SETS = {
    "kategori 5 tingkat": LEVELS,
    "kategori 4 tingkat": LEVELS[1:],
    "kategori 3 tingkat (CUKUP, BAIK, SANGAT BAIK)": LEVELS[2:],
    "kategori CUKUP dan SANGAT BAIK, kolom TARGET/BAIK": ["CUKUP", "SANGAT BAIK"],
}


def plan_file(form: tuple[str, str], k: int, rng: random.Random, people: People) -> dict:
    jenis, model = form
    name = f"{jenis}-{model}"
    v: dict[str, Any] = {"gaya": rng.choice(["ekspor", "excel"])}
    variasi = [
        "ekspor aplikasi e-kinerja (tabel datar, RK diulang per IKI)"
        if v["gaya"] == "ekspor"
        else "diketik di Excel (sel RK digabung)"
    ]
    opts = ["periode", "identitas", "typo_label", "nomor_kolom", "plt"]
    if jenis != "jpt":
        opts += ["typo_iki", "label_atasan", "kolom_satuan", "aspek", "pppk"]
        if model == "pengembangan":
            opts += ["levels", "satu_sumber", "sumber_per_iki"]
        if jenis == "jf":
            opts += ["ak_angka"]
    else:
        opts += ["manual_tabel"] + (["perspektif_per_baris"] if model == "pengembangan" else [])
    picked = set(rng.sample(opts, k=min(len(opts), rng.randint(2, 6))))
    v["periode"] = (
        rng.choice(["periode-bulan", "periode-tanggal-lengkap", "periode-tahun-anggaran"])
        if "periode" in picked
        else "periode-resmi"
    )
    v["identitas"] = "bertumpuk" if "identitas" in picked else "berdampingan"
    v["typo_label"] = "typo_label" in picked and jenis != "jpt"
    v["typo_iki"] = "typo_iki" in picked
    v["nomor_kolom"] = "nomor_kolom" in picked
    v["label_atasan"] = rng.choice(LABEL_ATASAN[1:]) if "label_atasan" in picked else LABEL_ATASAN[0]
    v["kolom_satuan"] = "kolom_satuan" in picked
    v["satu_sumber"] = "satu_sumber" in picked
    v["sumber_per_iki"] = "sumber_per_iki" in picked and not v["satu_sumber"]
    v["ak_angka"] = "ak_angka" in picked
    v["manual"] = "tabel" if "manual_tabel" in picked else "blok"
    v["perspektif_per_baris"] = "perspektif_per_baris" in picked
    lev_name = rng.choice(list(LEVEL_SETS)[1:]) if "levels" in picked else "kategori 5 tingkat"
    v["levels"] = LEVEL_SETS[lev_name]
    v["target_baik"] = "BAIK" not in v["levels"]
    aspek_style = (
        rng.sample([a for vals in bank.ASPEK_TULIS.values() for a in vals], 7)
        if "aspek" in picked
        else ["Kuantitas", "Kualitas", "Waktu"]
    )
    if v["periode"] != "periode-resmi":
        variasi.append(
            {
                "periode-bulan": f"periode ditulis 'Periode: Januari s.d. Desember {YEAR}'",
                "periode-tanggal-lengkap": "periode dengan tanggal dan tahun di kedua ujung",
                "periode-tahun-anggaran": "judul '... TAHUN ANGGARAN', periode tanpa tahun",
            }[v["periode"]]
        )
    variasi.append("identitas bertumpuk" if v["identitas"] == "bertumpuk" else "identitas berdampingan")
    for key, text in (
        ("typo_label", "label salah ketik (PEGAWAI YANG DI NILAI, PEJABAT PENILAI KERJA)"),
        ("typo_iki", "judul kolom INDIKATOR KERJA INDIVIDU"),
        ("nomor_kolom", "baris nomor kolom"),
        ("kolom_satuan", "target angka dengan kolom SATUAN"),
        ("satu_sumber", "satu kolom SUMBER DATA UNTUK PENGUKURAN"),
        ("sumber_per_iki", "cara memantau per IKI"),
        ("ak_angka", "angka kredit sebagai angka"),
        ("perspektif_per_baris", "perspektif ditulis per baris"),
    ):
        if v.get(key):
            variasi.append(text)
    if v["label_atasan"] != LABEL_ATASAN[0]:
        variasi.append(f"judul kolom RK atasan: {v['label_atasan']}")
    if jenis == "jpt":
        variasi.append(
            f"Manual IKI {'tabel satu baris per IKI' if v['manual'] == 'tabel' else 'blok bernomor'}"
        )
    if model == "pengembangan" and jenis != "jpt":
        variasi.append(lev_name)
    if "aspek" in picked:
        variasi.append("aspek ditulis dengan bungkus/kata PP 46")

    f: dict[str, Any] = {
        "name": name,
        "jenis": jenis,
        "model": model,
        "v": v,
        "variasi": variasi,
        "instansi": bank.KEMENTERIAN,
        "boleh": [],
    }
    rks: list[dict] = []
    if jenis == "jpt":
        title, gol, unit_key, pen_title, political = bank.JPT[k % len(bank.JPT)]
        unit, city = bank.UNIT[unit_key]
        f["peg"] = people.person(("Plt. " if "plt" in picked else "") + title, gol, unit)
        if "plt" in picked:
            variasi.append("pegawai Plt.")
        if political:
            f["pen"] = {
                "nama": "Dr. Ir. Sutan Baharuddin, M.Eng.",
                "nip": "-",
                "pangkat": "-",
                "jabatan": pen_title,
                "unit": bank.KEMENTERIAN.title(),
            }
            v["instansi_penilai"] = True
            variasi.append("penilai Menteri (NIP dan pangkat '-', baris INSTANSI)")
        else:
            f["pen"] = people.person(
                pen_title, "IV/e" if "Jenderal" in pen_title else "IV/d", bank.UNIT["setjen"][0]
            )
        by_p: dict[str, list] = {}
        for src in bank.RK_JPT:
            by_p.setdefault(src[0], []).append(src)
        chosen = [rng.choice(lst) for lst in by_p.values()]
        extra = [s for s in bank.RK_JPT if s not in chosen]
        chosen += rng.sample(extra, rng.randint(1, 2))
        chosen.sort(key=lambda s: list(by_p).index(s[0]))
        for p, rk, ikis in chosen:
            rks.append(
                {
                    "perspektif": p,
                    "rk": rk,
                    "kind": "ku",
                    "atasan": "",
                    "ikis": [
                        {
                            "iki": i,
                            "t": float(t),
                            "sat": s,
                            "target": target_text(t, s) if s else num(t),
                            "khusus": False,
                        }
                        for i, t, s in ikis
                    ],
                }
            )
        rk, ikis = bank.RK_JPT_TAMBAHAN
        rks.append(
            {
                "perspektif": "",
                "rk": rk,
                "kind": "kt",
                "atasan": "",
                "ikis": [
                    {"iki": i, "t": float(t), "sat": s, "target": target_text(t, s), "khusus": False}
                    for i, t, s in ikis
                ],
            }
        )
        f["judul"] = "SASARAN KINERJA PEGAWAI PEJABAT PIMPINAN TINGGI"
        f["kota"] = city
    else:
        unit_key = rng.choice(
            [
                "biro_sdm",
                "biro_ren",
                "dit_kons",
                "dit_data",
                "kanwil_sulteng",
                "kanwil_ntb",
                "bbpp2",
                "balai_uji",
            ]
        )
        unit, city = bank.UNIT[unit_key]
        if jenis == "ja":
            title, gol = bank.JA[k % len(bank.JA)]
            koord = False
        else:
            title, gol, koord = bank.JF[k % len(bank.JF)]
        pppk = (
            "pppk" in picked and "Kepala" not in title and "Ketua" not in title and "Koordinator" not in title
        )
        f["peg"] = people.person(title, gol, unit, pppk)
        if pppk:
            variasi.append("pegawai PPPK (NIP dengan 21, golongan IX)")
            f["boleh"] += [{"code": "pangkat-tidak-dikenal"}, {"code": "jenjang-golongan-tidak-sesuai"}]
        head = {
            "biro_sdm": "Kepala Biro Sumber Daya Manusia dan Organisasi",
            "biro_ren": "Kepala Biro Perencanaan dan Kerja Sama",
            "dit_kons": "Direktur Konservasi Kawasan Pesisir",
            "dit_data": "Direktur Data dan Sistem Informasi Sumber Daya Air",
            "kanwil_sulteng": "Kepala Kantor Wilayah KTAP Provinsi Sulawesi Tengah",
            "kanwil_ntb": "Kepala Kantor Wilayah KTAP Provinsi Nusa Tenggara Barat",
            "bbpp2": "Kepala Balai Besar Pengelolaan Pesisir Wilayah II",
            "balai_uji": "Kepala Balai Pengujian Mutu Air Kupang",
        }[unit_key]
        if "plt" in picked:
            head = "Plt. " + head
            variasi.append("penilai Plt.")
        f["pen"] = people.person(head, "IV/c", unit)
        source = bank.RK_JF if jenis == "jf" else bank.RK_JA
        for src in rng.sample(source, rng.randint(2, 3)):
            rks.append(make_rk(src, "ku", rng, aspek_style))
        rks.append(make_rk(rng.choice(bank.RK_TAMBAHAN), "kt", rng, aspek_style))
        if jenis == "jf":
            for rk in rks:
                rk["butir"] = rng.sample(bank.BUTIR, rng.randint(1, 2))
            variasi.append(
                "sheet Keterkaitan AK" + (" (RK diulang per butir)" if v["gaya"] == "ekspor" else "")
            )
        if koord or title.startswith("Kepala"):
            f["anggota"] = [
                (people.person(t, g_, unit)["nama"], t)
                for t, g_ in (
                    ("Pranata Komputer Ahli Pertama", "III/a"),
                    ("Statistisi Terampil", "II/c"),
                    ("Penata Layanan Operasional", "III/a"),
                )
            ]
            variasi.append("sheet Matriks Pembagian Peran dan Hasil")
        f["judul"] = rng.choice(["RENCANA SASARAN KINERJA PEGAWAI", "SASARAN KINERJA PEGAWAI"])
        f["kota"] = city
    f["rks"] = rks
    f["peg0"] = dict(f["peg"])
    f["pen0"] = dict(f["pen"])
    f["penilaian"] = jenis != "jpt" and (k in PENILAIAN_AT or (name == "ja-dasar" and k == 6))
    if f["penilaian"]:
        v["capaian_teks"] = rng.random() < 0.4
        variasi.append(
            "sheet Penilaian akhir tahun" + (" (capaian teks persen)" if v["capaian_teks"] else "")
        )
    f["writer"] = "libreoffice" if (name, k) in LIBREOFFICE_AT else "openpyxl"
    if f["writer"] == "libreoffice":
        variasi.append("disimpan ulang LibreOffice (rumus dengan nilai tersimpan)")
    f["sheet"] = (
        rng.choice(["SKP", "Rencana SKP", f"SKP {YEAR}"])
        if v["gaya"] == "excel"
        else rng.choice(["Laporan SKP", "SKP"])
    )
    return f


# ---------------------------------------------------------------- defects


def _ku(f: dict) -> list[int]:
    return [i for i, rk in enumerate(f["rks"]) if rk["kind"] == "ku"]


def _rows(f: dict, ri: int, key: str) -> list[tuple]:
    return [(key, ri, j) for j in range(len(f["rks"][ri]["ikis"]))]


def candidates(f: dict) -> list[str]:
    jenis, peng = f["jenis"], f["model"] == "pengembangan"
    base = ["identitas-kosong", "nip-tidak-valid", "periode-tidak-valid"]
    if f["penilaian"]:
        return base + [
            "rk-atasan-kosong",
            "rk-berbasis-aktivitas",
            "capaian-tidak-sesuai",
            "predikat-tidak-sesuai",
            "target-penilaian-berbeda",
            "realisasi-kosong",
        ]
    if jenis == "jpt":
        c = base + [
            "pangkat-tidak-dikenal",
            "iki-tanpa-target",
            "target-tidak-terukur",
            "manual-iki-kosong",
            "rk-berbasis-aktivitas",
        ]
        if f["pen"]["nip"] != "-":
            c.append("penilai-sama-dengan-pegawai")
        if peng:
            c += ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
        return c
    c = base + [
        "rk-atasan-kosong",
        "rk-berbasis-aktivitas",
        "aspek-tidak-valid",
        "aspek-ganda",
        "rk-ganda",
        "target-absolut",
        "penilai-sama-dengan-pegawai",
    ]
    if jenis == "ja":
        c.append("pangkat-tidak-dikenal")
    if not f["v"]["kolom_satuan"]:
        c.append("target-tanpa-satuan")
    if peng:
        c += [
            "kategori-penilaian-kosong",
            "kategori-tidak-membedakan",
            "kategori-tidak-berurutan",
            "cara-memantau-kosong",
        ]
    else:
        c += [
            "iki-tanpa-target",
            "target-tidak-terukur",
            "target-rentang-terbalik",
            "satuan-tidak-sesuai-aspek",
        ]
    if jenis == "jf":
        c += ["keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]
    return c


def _pick_iki(f: dict, rng: random.Random, test, kinds=("ku",)) -> tuple[int, int] | None:
    opts = [
        (ri, j)
        for ri, rk in enumerate(f["rks"])
        if rk["kind"] in kinds
        for j, iki in enumerate(rk["ikis"])
        if test(iki)
    ]
    return rng.choice(opts) if opts else None


def inject(f: dict, code: str, rng: random.Random) -> dict | None:
    """Mutate the file plan; return the defect with logical keys for its cell(s), or None if it does not
    apply to this file."""
    skp = f["sheet"]
    rks = f["rks"]
    d: dict[str, Any] = {"code": code, "sheet": skp, "key": None, "alt": []}
    if code == "identitas-kosong":
        field = rng.choice(["jabatan", "unit", "pangkat"])
        f["peg"][field] = ""
        d["key"] = ("peg", field)
    elif code == "nip-tidak-valid":
        p = f["peg"]["nip"].split(" ")
        p[1] = p[1][:4] + "13"
        f["peg"]["nip"] = " ".join(p)
        d["key"] = ("peg", "nip")
    elif code == "pangkat-tidak-dikenal":
        gol = f["peg"]["pangkat"].split()[-1].strip("()")
        wrong = {"III": "Penata", "IV": "Pembina", "II": "Pengatur"}[gol.split("/")[0]]
        wrong_gol = {"Penata": "III/a", "Pembina": "IV/d", "Pengatur": "II/a"}[wrong]
        f["peg"]["pangkat"] = f"{wrong}, {wrong_gol}"
        d["key"] = ("peg", "pangkat")
    elif code == "periode-tidak-valid":
        f["periode_salah"] = f"PERIODE PENILAIAN: 1 JULI {YEAR} SD 30 JUNI {YEAR + 1}"
        d["key"] = "periode"
    elif code == "penilai-sama-dengan-pegawai":
        f["pen"]["nip"] = f["peg"]["nip"]
        d["key"] = ("pen", "nip")
        d["alt"] = [("peg", "nip")]
    elif code == "rk-atasan-kosong":
        ri = rng.choice(_ku(f))
        rks[ri]["atasan"] = ""
        d["key"] = ("atasan", ri, 0)
        d["alt"] = _rows(f, ri, "atasan")[1:]
    elif code == "rk-berbasis-aktivitas":
        ri = rng.choice(_ku(f))
        rk = rks[ri]
        rk["rk"] = "Melaksanakan " + rk["rk"][0].lower() + rk["rk"][1:].replace(" yang ", " dan ", 1)
        d["key"] = ("rk", ri, 0)
        d["alt"] = _rows(f, ri, "rk")[1:]
    elif code == "rk-ganda":
        kt = [i for i, rk in enumerate(rks) if rk["kind"] == "kt"][0]
        rks[kt]["rk"] = rks[_ku(f)[0]]["rk"]
        d["key"] = ("rk", kt, 0)
        d["alt"] = _rows(f, kt, "rk")[1:]
    elif code == "aspek-tidak-valid":
        pick = _pick_iki(f, rng, lambda i: i["aspek"] == "Kuantitas")
        if not pick:
            return None
        rks[pick[0]]["ikis"][pick[1]]["aspek_tulis"] = "Efektivitas"
        d["key"] = ("aspek",) + pick
    elif code == "aspek-ganda":
        pick = _pick_iki(f, rng, lambda i: i["aspek"] == "Kualitas")
        if not pick or rks[pick[0]]["ikis"][0]["aspek"] != "Kuantitas":
            return None
        rks[pick[0]]["ikis"][pick[1]]["aspek_tulis"] = rks[pick[0]]["ikis"][0]["aspek_tulis"]
        rks[pick[0]]["ikis"][pick[1]]["aspek"] = "Kuantitas"
        d["key"] = ("aspek",) + pick
    elif code == "target-absolut":
        pick = _pick_iki(f, rng, lambda i: i["iki"].startswith("Persentase "))
        if not pick:
            return None
        iki = rks[pick[0]]["ikis"][pick[1]]
        iki["iki"] = "Semua " + iki["iki"][len("Persentase ") :]
        d["key"] = ("iki",) + pick
    elif code == "target-tanpa-satuan":
        pick = _pick_iki(f, rng, lambda i: i["iki"].startswith("Jumlah "))
        if not pick:
            return None
        iki = rks[pick[0]]["ikis"][pick[1]]
        iki["target"] = num(iki["t"])
        d["key"] = ("target",) + pick
    elif code == "iki-tanpa-target":
        pick = _pick_iki(f, rng, lambda i: not i["khusus"])
        if not pick:
            return None
        rks[pick[0]]["ikis"][pick[1]]["target"] = ""
        d["key"] = ("target",) + pick
    elif code == "target-tidak-terukur":
        pick = _pick_iki(f, rng, lambda i: not i["khusus"])
        if not pick:
            return None
        rks[pick[0]]["ikis"][pick[1]]["target"] = "Sesuai ketentuan" if f["jenis"] != "jpt" else "Meningkat"
        d["key"] = ("target",) + pick
    elif code == "target-rentang-terbalik":
        pick = _pick_iki(f, rng, lambda i: i["sat"] == "%")
        if not pick:
            return None
        t = rks[pick[0]]["ikis"][pick[1]]["t"]
        rks[pick[0]]["ikis"][pick[1]]["target"] = f"{num(t + 5)} - {num(t - 5)} %"
        d["key"] = ("target",) + pick
    elif code == "satuan-tidak-sesuai-aspek":
        pick = _pick_iki(f, rng, lambda i: i["khusus"])
        if not pick:
            return None
        iki = rks[pick[0]]["ikis"][pick[1]]
        iki["target"] = f"{num(iki['t'])} laporan"
        d["key"] = ("target",) + pick
    elif code == "kategori-penilaian-kosong":
        pick = _pick_iki(f, rng, lambda i: True)
        if not pick:
            return None
        rks[pick[0]]["ikis"][pick[1]]["kat"] = {}
        levels = f["v"]["levels"]
        d["key"] = ("kat",) + pick + (levels[0],)
        d["alt"] = [("kat",) + pick + (lev,) for lev in levels[1:]] + [("target",) + pick]
    elif code == "kategori-tidak-membedakan":
        pick = _pick_iki(f, rng, lambda i: not i["khusus"] and i["t"] < 100)
        if not pick:
            return None
        iki = rks[pick[0]]["ikis"][pick[1]]
        iki["kat"]["SANGAT BAIK"] = iki["target"]
        d["key"] = ("kat",) + pick + ("SANGAT BAIK",)
    elif code == "kategori-tidak-berurutan":
        if "CUKUP" not in f["v"]["levels"]:
            return None
        pick = _pick_iki(f, rng, lambda i: not i["khusus"] and i["sat"] != "%")
        if not pick:
            return None
        iki = rks[pick[0]]["ikis"][pick[1]]
        t = iki["t"]
        iki["kat"]["CUKUP"] = f"{num(t + 1)} - {num(t + 3)} {iki['sat']}"
        d["key"] = ("kat",) + pick + ("CUKUP",)
    elif code == "cara-memantau-kosong":
        ri = rng.choice(_ku(f))
        k = 0 if f["v"]["satu_sumber"] else 2
        cara = list(rks[ri]["cara"])
        cara[1 if f["v"]["satu_sumber"] else 2] = ""
        rks[ri]["cara"] = tuple(cara)
        d["key"] = ("cara", ri, 0, k)
        d["alt"] = [("cara", ri, j, k) for j in range(1, len(rks[ri]["ikis"]))]
    elif code == "keterkaitan-ak-hilang":
        f["tanpa_keterkaitan"] = True
        d["sheet"] = None
    elif code == "rk-tanpa-butir-kegiatan":
        ri = rng.choice(_ku(f))
        f["tanpa_butir"] = (ri,)
        d["key"] = ("rk", ri, 0)
        d["alt"] = _rows(f, ri, "rk")[1:]
    elif code == "angka-kredit-tidak-valid":
        ri = rng.choice(_ku(f))
        f["ak_salah"] = (ri, 0)
        d["sheet"] = "Keterkaitan AK"
        d["key"] = ("ak", ri, 0)
    elif code == "manual-iki-kosong":
        pick = _pick_iki(f, rng, lambda i: True)
        if not pick:
            return None
        f["manual_kosong"] = pick + (rng.choice(["formula", "definisi", "tujuan"]),)
        d["sheet"] = "Manual IKI"
        d["key"] = ("manual",) + f["manual_kosong"]
        d["alt"] = [("iki",) + pick]
    elif code == "perspektif-tidak-valid":
        counts: dict[str, int] = {}
        for rk in rks:
            if rk["kind"] == "ku":
                counts[rk["perspektif"]] = counts.get(rk["perspektif"], 0) + 1
        opts = [i for i in _ku(f) if counts[rks[i]["perspektif"]] > 1]
        if not opts:
            return None
        ri = rng.choice(opts)
        rks[ri]["perspektif"] = "Keuangan" if rks[ri]["perspektif"] != "Anggaran" else "Kelembagaan"
        f["v"]["perspektif_per_baris"] = True
        d["key"] = ("persp", ri, 0)
    elif code == "perspektif-tidak-lengkap":
        gone = rng.choice(["Anggaran", "Penguatan Internal"])
        f["rks"] = [rk for rk in rks if rk["perspektif"] != gone]
        d["sheet"] = None
    elif code in ("capaian-tidak-sesuai", "realisasi-kosong", "target-penilaian-berbeda"):
        pick = _pick_iki(f, rng, lambda i: not i["khusus"] and i["sat"] != "%")
        if not pick or len(rks[pick[0]]["ikis"]) < 2:
            return None
        d["sheet"] = "Penilaian"
        if code == "capaian-tidak-sesuai":
            f["pn_nilai_salah"] = pick
            d["key"] = ("pn_nilai",) + pick
        elif code == "realisasi-kosong":
            f["pn_real_kosong"] = pick
            d["key"] = ("pn_real",) + pick
        else:
            t = rks[pick[0]]["ikis"][pick[1]]["t"]
            f["pn_target_beda"] = {pick: t + 2}
            d["key"] = ("pn_target",) + pick
    elif code == "predikat-tidak-sesuai":
        f["pn_predikat_salah"] = True
        d["sheet"] = "Penilaian"
        d["key"] = ("pn_predikat",)
    else:
        raise ValueError(code)
    return d


SEVERITY_WARN = {
    "rk-berbasis-aktivitas",
    "aspek-ganda",
    "target-absolut",
    "rk-ganda",
    "satuan-tidak-sesuai-aspek",
    "perspektif-tidak-lengkap",
    "target-tanpa-satuan",
    "jenjang-golongan-tidak-sesuai",
}


# ---------------------------------------------------------------- writing a file


def write_file(f: dict, out: Path, rng: random.Random) -> tuple[dict, dict | None]:
    wb = Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    cells: dict = {}
    g = Grid(ws)
    if f["jenis"] == "jpt":
        write_skp_jpt(g, f, cells)
        write_manual(wb.create_sheet("Manual IKI"), f, cells)
    else:
        write_skp_jajf(g, f, cells)
    per_sheet = {k: f["sheet"] for k in cells}
    peg_now, pen_now = f["peg"], f["pen"]
    f["peg"], f["pen"] = f["peg0"], f["pen0"]
    if f["jenis"] == "jpt":
        for k in cells:
            if k[0] == "manual":
                per_sheet[k] = "Manual IKI"
    if f["jenis"] == "jf" and not f.get("tanpa_keterkaitan"):
        kc: dict = {}
        write_keterkaitan(wb.create_sheet("Keterkaitan AK"), f, kc)
        cells.update(kc)
        per_sheet.update({k: "Keterkaitan AK" for k in kc})
    if f.get("anggota"):
        write_matriks(wb.create_sheet("Matriks Peran Hasil"), f)
    sc = None
    if f["penilaian"]:
        sc = score(f, rng)
        pc: dict = {}
        write_penilaian(wb.create_sheet("Penilaian"), f, sc, pc, f["writer"] == "libreoffice")
        cells.update(pc)
        per_sheet.update({k: "Penilaian" for k in pc})
    f["peg"], f["pen"] = peg_now, pen_now
    f["_cells"], f["_sheets"] = cells, per_sheet
    target = out / f["file"]
    if f["writer"] == "libreoffice":
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f["file"]
            wb.save(src)
            prof = Path(tmp) / "profil"
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{prof}",
                    "--headless",
                    "--convert-to",
                    "xlsx",
                    "--outdir",
                    str(Path(tmp) / "out"),
                    str(src),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            shutil.copy(Path(tmp) / "out" / f["file"], target)
    else:
        wb.save(target)
    return cells, sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Bangun set nyata_as (SKP kementerian dan instansi vertikal).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(SEED)
    people = People(rng)
    files = []
    used: dict[str, int] = {}
    for jenis, model, n in FORMS:
        for k in range(n):
            f = plan_file((jenis, model), k, rng, people)
            clean = k % 2 == 0
            defects: list[dict] = []
            if not clean:
                cands = candidates(f)
                rng.shuffle(cands)
                cands.sort(key=lambda c: used.get(c, 0))
                want = rng.choice([1, 1, 2])
                used_sheets: set = set()
                for code in cands:
                    if len(defects) == want:
                        break
                    if (
                        code
                        in (
                            "predikat-tidak-sesuai",
                            "capaian-tidak-sesuai",
                            "realisasi-kosong",
                            "target-penilaian-berbeda",
                        )
                        and "pn" in used_sheets
                    ):
                        continue
                    d = inject(f, code, rng)
                    if d is None:
                        continue
                    if d["sheet"] == "Penilaian":
                        used_sheets.add("pn")
                    used[code] = used.get(code, 0) + 1
                    defects.append(d)
            f["file"] = f"{f['name']}-{k + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            cells, sc = write_file(f, a.keluaran, rng)
            out_defects = []
            for d in defects:
                sheet = d["sheet"]
                cell = cells.get(d["key"]) if d["key"] is not None else None
                if d["key"] == "periode":
                    cell = cells["periode"]
                alts = [
                    {"sheet": f["_sheets"].get(k2, sheet), "cell": cells[k2]}
                    for k2 in d["alt"]
                    if k2 in cells
                ]
                alts = [x for x in alts if x["cell"] != cell]
                out_defects.append(
                    {
                        "code": d["code"],
                        "severity": "peringatan" if d["code"] in SEVERITY_WARN else "error",
                        "sheet": sheet if cell else None,
                        "cell": cell,
                        "alt_cells": alts,
                    }
                )
            pen = None
            if sc:
                pen = {
                    "ku": rnd(sc["ku"]),
                    "kt": rnd(sc["kt"]),
                    "skp": sc["skp"],
                    "perilaku": sc["per"],
                    "nk": sc["nk"],
                    "ide_baru": sc["ide"],
                    "predikat": sc["predikat"],
                }
            files.append(
                {
                    "file": f["file"],
                    "form": f"{jenis}-{model}",
                    "clean": not out_defects,
                    "defects": out_defects,
                    "boleh": f["boleh"],
                    "jabatan": f["peg0"]["jabatan"],
                    "unit_kerja": f["peg0"]["unit"],
                    "writer": f["writer"],
                    "variasi": f["variasi"],
                    "penilaian": pen,
                }
            )
    a.harapan.write_text(
        json.dumps({"set": "nyata_as", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
