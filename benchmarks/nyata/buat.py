"""Build the independent evaluation set: SKP workbooks laid out the way agencies really fill them.

Usage: ``python benchmarks/nyata/buat.py [--keluaran DIR] [--seed N]`` (defaults ``benchmarks/nyata/kiriman``
and 2021). Writes one workbook per case of :data:`CASES` and the manifest ``harapan.json`` beside this file
(or in DIR with ``--harapan``).

Why a set of its own: the checker must hold up on files nobody on the team drew. This generator was written
from SPEC §3 (the regulation's drawings) and §3.10 (what real submissions look like) only, with openpyxl
directly, and with its own names, agencies, RK/IKI texts and targets (``bank.py``); it does not use the
project's templates, mappings or fixture builders.

Every case is a document model (identity, RK, IKI, target, kategori, cara memantau, annexes) plus layout
choices (kop surat, start column, label spellings, merged RK cells, split target, ...). Defects are injected
into the model before it is laid out; the writer records where each element landed, so the manifest names
the (code, sheet, cell) a careful reviewer would point at. Content is deterministic for a seed (the .xlsx
bytes differ only by zip timestamps).
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import bank
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
LEVELS_ALL = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
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

# ---------------------------------------------------------------------------------------------- model


@dataclass
class Iki:
    aspek: str
    teks: str
    target: Any  # number or (lo, hi)
    satuan: str
    raw_target: str | None = None  # a defect overrides what is written
    raw_satuan: str | None = None
    kat_override: dict[str, str] = field(default_factory=dict)
    aspek_raw: str | None = None

    @property
    def turun(self) -> bool:
        return self.aspek in ("waktu", "biaya")


@dataclass
class Rk:
    atasan: str
    teks: str
    ikis: list[Iki]
    memantau: tuple[str, str, str]
    perspektif: str | None = None
    butir: list[tuple[str, str, float]] = field(default_factory=list)


@dataclass
class Orang:
    nama: str
    nip: Any
    pangkat: str
    jabatan: str
    unit: str


@dataclass
class Doc:
    nama_berkas: str
    jenis: str  # ja | jf | jpt
    model: str  # dasar | pengembangan
    daerah: tuple[str, str, str]
    dinas: str
    tahun: int
    pegawai: Orang
    penilai: Orang
    periode: str
    utama: list[Rk]
    tambahan: list[Rk]
    v: dict[str, Any]
    keterkaitan: bool = False
    manual: bool = False
    penilaian: bool = False
    jf_nama: str | None = None
    manual_skip: set[int] = field(default_factory=set)
    manual_blank: dict[int, str] = field(default_factory=dict)
    penilaian_override: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    ak_override: dict[int, Any] = field(default_factory=dict)
    butir_skip: set[int] = field(default_factory=set)


# ---------------------------------------------------------------------------------------------- numbers


def fmt(x: float) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    if isinstance(x, float) and not x.is_integer():
        whole, frac = f"{x:.3f}".rstrip("0").split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(x):,}".replace(",", ".")


def with_satuan(text: str, satuan: str, v: dict[str, Any]) -> str:
    if satuan == "%":
        return f"{text}%" if v.get("persen_rapat") else f"{text} %"
    return f"{text} {satuan}"


def target_text(iki: Iki, v: dict[str, Any]) -> str:
    if iki.raw_target is not None:
        return iki.raw_target
    dash = v.get("dash", " – ")
    if isinstance(iki.target, tuple):
        body = f"{fmt(iki.target[0])}{dash}{fmt(iki.target[1])}"
    else:
        body = fmt(iki.target)
    return with_satuan(body, iki.satuan, v)


def target_split(iki: Iki, v: dict[str, Any]) -> tuple[Any, str]:
    """(angka, satuan) for a TARGET split over two columns; numbers sometimes typed as text."""
    if iki.raw_target is not None:
        return iki.raw_target, iki.raw_satuan if iki.raw_satuan is not None else ""
    dash = v.get("dash", " – ")
    if isinstance(iki.target, tuple):
        angka: Any = f"{fmt(iki.target[0])}{dash}{fmt(iki.target[1])}"
    elif v.get("angka_teks") or (isinstance(iki.target, float) and not iki.target.is_integer()):
        angka = fmt(iki.target)
    else:
        angka = iki.target
    return angka, iki.satuan


def _steps(iki: Iki) -> tuple[float, float]:
    """(band width, smallest unit) for the kategori bands of one IKI."""
    base = iki.target[0] if isinstance(iki.target, tuple) else iki.target
    if iki.satuan == "%":
        return 10, 1
    if (
        isinstance(base, float)
        and not base.is_integer()
        or (isinstance(iki.target, tuple) and any(isinstance(t, float) for t in iki.target))
    ):
        return 0.5, 0.1
    return max(1, round(0.2 * base)), 1


def _band(lo: float, hi: float, iki: Iki, v: dict[str, Any]) -> str:
    lo, hi = round(lo, 2), round(hi, 2)
    body = fmt(lo) if lo == hi else f"{fmt(lo)}{v.get('dash', ' – ')}{fmt(hi)}"
    return with_satuan(body, iki.satuan, v) if v.get("kat_satuan") else body


def _single(op: str, x: float, iki: Iki, v: dict[str, Any]) -> str:
    body = f"{op} {fmt(round(x, 2))}"
    return with_satuan(body, iki.satuan, v) if v.get("kat_satuan") else body


def kategori(iki: Iki, v: dict[str, Any]) -> dict[str, str]:
    """Kategori penilaian bands (SPEC §3.3), consistent with the IKI's direction; BAIK holds the target."""
    width, unit = _steps(iki)
    lo, hi = iki.target if isinstance(iki.target, tuple) else (iki.target, iki.target)
    out = {"BAIK": target_text(iki, v)}
    if not iki.turun:
        out["SANGAT BAIK"] = _single(">", hi, iki, v)
        c_lo, c_hi = lo - width, lo - unit
        k_lo, k_hi = c_lo - width, c_lo - unit
        out["CUKUP"] = _band(c_lo, c_hi, iki, v)
        out["KURANG"] = _band(k_lo, k_hi, iki, v)
        out["SANGAT KURANG"] = _single("<", k_lo, iki, v)
    else:
        out["SANGAT BAIK"] = _single("<", lo, iki, v)
        c_lo, c_hi = hi + unit, hi + width
        k_lo, k_hi = c_hi + unit, c_hi + width
        out["CUKUP"] = _band(c_lo, c_hi, iki, v)
        out["KURANG"] = _band(k_lo, k_hi, iki, v)
        out["SANGAT KURANG"] = _single(">", k_hi, iki, v)
    out.update(iki.kat_override)
    return out


ASPEK_STYLE = {
    "baku": {"kuantitas": "Kuantitas", "kualitas": "Kualitas", "waktu": "Waktu", "biaya": "Biaya"},
    "iki": {
        "kuantitas": "IKI (Kuantitas)",
        "kualitas": "IKI (Kualitas)",
        "waktu": "IKI (Waktu)",
        "biaya": "IKI (Biaya)",
    },
    "pp46": {"kuantitas": "Kuant/Output", "kualitas": "Kual/Mutu", "waktu": "Waktu", "biaya": "Biaya"},
    "kapital": {
        "kuantitas": "KUANTITAS/OUTPUT",
        "kualitas": "Kualitas/Mutu",
        "waktu": "WAKTU",
        "biaya": "BIAYA",
    },
}


def aspek_text(iki: Iki, v: dict[str, Any]) -> str:
    if iki.aspek_raw is not None:
        return iki.aspek_raw
    style = v.get("aspek", "baku")
    if style == "pp46" and iki.aspek == "waktu" and iki.satuan == "bulan":
        return "Waktu (bulan)"
    return ASPEK_STYLE[style][iki.aspek]


# ---------------------------------------------------------------------------------------------- labels

LABELS = {
    "baku": {
        "pegawai": "PEGAWAI YANG DINILAI",
        "penilai": "PEJABAT PENILAI KINERJA",
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
    },
    "salah": {
        "pegawai": "PEGAWAI YANG DI NILAI",
        "penilai": "PEJABAT PENILAI KERJA",
        "nama": "NAMA ",
        "nip": " NIP",
        "pangkat": "PANGKA/GOL. RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT  KERJA",
        "rka": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KERJA INDIVIDU",
        "target": "TARGET",
    },
    "kecil": {
        "pegawai": "Pegawai yang Dinilai",
        "penilai": "Pejabat Penilai Kinerja",
        "nama": "Nama",
        "nip": "NIP",
        "pangkat": "Pangkat / Gol. Ruang",
        "jabatan": "Jabatan",
        "unit": "Unit Kerja",
        "rka": "Rencana Kinerja Atasan yang Diintervensi",
        "rk": "Rencana Kinerja",
        "aspek": "Aspek",
        "iki": "Indikator Kinerja Individu",
        "target": "Target",
    },
}

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Sheet:
    """An openpyxl sheet with a column offset and a record of where each element landed."""

    def __init__(self, ws: Any, col0: int, loc: dict[Any, tuple[str, str]]) -> None:
        self.ws, self.c0, self.loc = ws, col0, loc

    def put(
        self, row: int, col: int, value: Any, key: Any = None, bold: bool = False, box: bool = False
    ) -> str:
        cell = self.ws.cell(row=row, column=self.c0 + col, value=value)
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if key is not None:
            self.loc[key] = (self.ws.title, cell.coordinate)
        return cell.coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=self.c0 + c1, end_row=r2, end_column=self.c0 + c2)


def pangkat_text(gol: str, style: str) -> str:
    name = bank.PANGKAT[gol]
    if style == "tk":
        return f"{name.replace('Tingkat I', 'Tk.I')}, {gol}"
    if style == "slash":
        return f"{name.upper()}/{gol.replace('/', '')}"
    if style == "spasi":
        return f"{name.replace('Tingkat I', 'Tk.I')}, {gol.replace('/', ' ')}"
    if style == "koma":
        return f"{name}, {gol}"
    return f"{name} ({gol})"


def write_header(sh: Sheet, doc: Doc, title: list[str], width: int, prefix: str) -> int:
    """Kop surat, title, periode and the two identity blocks; returns the next free row."""
    v, r = doc.v, 1
    if v.get("kop"):
        lines = [f"PEMERINTAH {doc.daerah[0]}", doc.dinas, doc.daerah[2]][: v["kop"]]
        for line in lines:
            sh.put(r, 0, line, bold=True)
            sh.merge(r, 0, r, width - 1)
            r += 1
        r += 1
    for line in title:
        sh.put(r, 0, line, bold=True)
        sh.merge(r, 0, r, width - 1)
        r += 1
    if not v.get("kop"):
        sh.put(r, 0, f"{doc.dinas} {doc.daerah[0]}", bold=True)
        sh.merge(r, 0, r, width - 1)
        r += 1
    per = v.get("periode_apart")
    if per == "kanan":
        sh.put(r, 0, "PERIODE PENILAIAN")
        sh.put(r, 3, doc.periode, key=(prefix, "periode"))
        r += 1
    elif per == "bawah":
        sh.put(r, 0, "Periode Penilaian :")
        sh.put(r + 1, 0, doc.periode, key=(prefix, "periode"))
        r += 2
    else:
        sh.put(r, 0, f"PERIODE PENILAIAN: {doc.periode}", key=(prefix, "periode"))
        sh.merge(r, 0, r, width - 1)
        r += 1
    r += 1 + (1 if v.get("blank_rows") else 0)
    lab = LABELS[v.get("label", "baku")]
    right = v.get("kanan", 3)
    penilai_unit = "INSTANSI" if doc.jenis == "jpt" and v.get("instansi") else lab["unit"]
    sh.put(r, 0, "NO", bold=True, box=True)
    sh.put(r, 1, lab["pegawai"], bold=True, box=True)
    sh.merge(r, 1, r, 2)
    sh.put(r, right, "NO", bold=True, box=True)
    sh.put(r, right + 1, lab["penilai"], bold=True, box=True)
    sh.merge(r, right + 1, r, right + 2)
    r += 1
    fields = [
        ("nama", lab["nama"]),
        ("nip", lab["nip"]),
        ("pangkat", lab["pangkat"]),
        ("jabatan", lab["jabatan"]),
        ("unit", lab["unit"]),
    ]
    for i, (f, label) in enumerate(fields, start=1):
        for who, col in (("pegawai", 0), ("penilai", right)):
            person = doc.pegawai if who == "pegawai" else doc.penilai
            value = getattr(person, f)
            sh.put(r, col, i if not v.get("no_teks") else f"{i}.", box=True)
            sh.put(r, col + 1, penilai_unit if (who == "penilai" and f == "unit") else label, box=True)
            if f == "unit" and v.get("unit_dua_baris") and isinstance(value, str) and " dan " in value:
                head, tail = value.split(" dan ", 1)
                sh.put(r, col + 2, head, key=(prefix, who, f), box=True)
                sh.put(r + 1, col + 2, f"dan {tail}", box=True)
            else:
                sh.put(r, col + 2, value, key=(prefix, who, f), box=True)
        r += 1
    if v.get("unit_dua_baris"):
        r += 1
    return r + 1 + (1 if v.get("blank_rows") else 0)


def write_footer(sh: Sheet, doc: Doc, r: int, width: int) -> None:
    if not doc.v.get("footer", True):
        return
    r += 1
    right = max(width - 2, 3)
    sh.put(r, right, f"{doc.daerah[1]}, 4 Januari {doc.tahun}")
    r += 1
    sh.put(r, 1, "Pegawai yang Dinilai")
    sh.put(r, right, "Pejabat Penilai Kinerja")
    r += 4
    sh.put(r, 1, doc.pegawai.nama, bold=True)
    sh.put(r, right, doc.penilai.nama, bold=True)
    r += 1
    sh.put(r, 1, f"NIP. {doc.pegawai.nip}")
    if doc.penilai.nip not in ("-", "", None):
        sh.put(r, right, f"NIP. {doc.penilai.nip}")


# ---------------------------------------------------------------------------------------------- SKP sheet


def skp_columns(doc: Doc) -> list[tuple[str, str | None]]:
    """(key, top label) per column; sub-labels of grouped columns are handled by the writer."""
    v, lab = doc.v, LABELS[doc.v.get("label", "baku")]
    cols: list[tuple[str, str | None]] = []
    if doc.jenis == "jpt":
        if doc.model == "pengembangan":
            cols.append(("perspektif", "PERSPEKTIF"))
        cols += [("no", "NO"), ("rk", lab["rk"]), ("iki", lab["iki"])]
    else:
        cols += [
            ("no", "NO"),
            ("rka", lab["rka"]),
            ("rk", lab["rk"]),
            ("aspek", lab["aspek"]),
            ("iki", lab["iki"]),
        ]
    tlabel = "TARGET/BAIK" if v.get("target_baik_label") else lab["target"]
    cols.append(("target", tlabel))
    if v.get("split"):
        cols.append(("satuan", None))
    if doc.jenis != "jpt" and doc.model == "pengembangan":
        for level in v["levels"]:
            cols.append((f"kat:{level}", None))
        mem = v.get("memantau", "tiga")
        if mem == "satu":
            cols.append(("sumber1", "SUMBER DATA UNTUK PENGUKURAN"))
        else:
            cols += [("data", None), ("sumber", None), ("waktu", None)]
    for extra in v.get("extra", []):
        cols.append((f"extra:{extra}", extra))
    return cols


def write_skp(wb: Workbook, doc: Doc, loc: dict[Any, tuple[str, str]]) -> None:
    v = doc.v
    ws = wb.active
    ws.title = v.get("sheet", "SKP")
    cols = skp_columns(doc)
    sh = Sheet(ws, v.get("col0", 1), loc)
    width = max(len(cols), 6)
    if doc.jenis == "jpt":
        title = ["SASARAN KINERJA PEGAWAI", "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"]
    elif doc.jenis == "ja":
        title = ["SASARAN KINERJA PEGAWAI", "PEJABAT ADMINISTRASI"]
    else:
        title = ["SASARAN KINERJA PEGAWAI", "PEJABAT FUNGSIONAL"]
    if v.get("judul_rencana"):
        title[0] = "RENCANA SASARAN KINERJA PEGAWAI"
    if v.get("judul_satu"):
        title = title[:1]
    r = write_header(sh, doc, title, width, "skp")
    ci = {k: i for i, (k, _) in enumerate(cols)}
    two_rows = any(k.startswith("kat:") or k == "data" for k, _ in cols) or bool(v.get("split_sub"))
    # header
    for i, (key, label) in enumerate(cols):
        if key.startswith("kat:") or key in ("data", "sumber", "waktu", "satuan"):
            continue
        sh.put(r, i, label, bold=True, box=True)
        if key == "target" and v.get("split"):
            sh.merge(r, i, r, i + 1)
            if two_rows and v.get("split_sub"):
                sh.put(r + 1, i, "ANGKA", bold=True, box=True)
                sh.put(r + 1, i + 1, "SATUAN", bold=True, box=True)
            elif two_rows:
                sh.merge(r, i, r + 1, i + 1)
        elif two_rows:
            sh.merge(r, i, r + 1, i)
    kat_cols = [i for k, i in ci.items() if k.startswith("kat:")]
    if kat_cols:
        sh.put(r, min(kat_cols), v.get("kat_label", "KATEGORI PENILAIAN KINERJA"), bold=True, box=True)
        sh.merge(r, min(kat_cols), r, max(kat_cols))
        for k, i in ci.items():
            if k.startswith("kat:"):
                sh.put(r + 1, i, k[4:], bold=True, box=True)
    if "data" in ci:
        sh.put(r, ci["data"], "CARA MEMANTAU KINERJA", bold=True, box=True)
        sh.merge(r, ci["data"], r, ci["waktu"])
        for k, label in (("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")):
            sh.put(r + 1, ci[k], label, bold=True, box=True)
    r += 2 if two_rows else 1
    if v.get("nomor_kolom"):
        for i in range(len(cols)):
            sh.put(r, i, f"({i + 1})", box=True)
        r += 1
    if v.get("blank_rows"):
        r += 1
    rows_by_group = [
        ("utama", "A. KINERJA UTAMA", doc.utama),
        ("tambahan", "B. KINERJA TAMBAHAN", doc.tambahan),
    ]
    first_label_col = 0
    for grp, label, rks in rows_by_group:
        if grp == "tambahan" and v.get("blank_rows"):
            r += 1
        sh.put(r, first_label_col, label, bold=True)
        sh.merge(r, first_label_col, r, len(cols) - 1)
        r += 1
        persp_start: tuple[int, str | None] | None = None
        for n, rk in enumerate(rks):
            top = r
            new_group = persp_start is None or persp_start[1] != rk.perspektif
            if "perspektif" in ci and grp == "utama" and new_group:
                if persp_start is not None and v.get("merge"):
                    sh.merge(persp_start[0], ci["perspektif"], top - 1, ci["perspektif"])
                sh.put(top, ci["perspektif"], rk.perspektif, key=("skp", "perspektif", n), box=True)
                persp_start = (top, rk.perspektif)
            sh.put(top, ci["no"], n + 1 if not v.get("angka_teks") else str(n + 1), box=True)
            if "rka" in ci:
                rka = rk.atasan if grp == "utama" else v.get("rka_tambahan", "-")
                sh.put(top, ci["rka"], rka, key=("skp", "rka", grp, n), box=True)
            sh.put(top, ci["rk"], rk.teks, key=("skp", "rk", grp, n), box=True)
            for j, iki in enumerate(rk.ikis):
                rr = top + j
                if "aspek" in ci:
                    sh.put(rr, ci["aspek"], aspek_text(iki, v), key=("skp", "aspek", grp, n, j), box=True)
                sh.put(rr, ci["iki"], iki.teks, key=("skp", "iki", grp, n, j), box=True)
                if v.get("split"):
                    angka, sat = target_split(iki, v)
                    sh.put(rr, ci["target"], angka, key=("skp", "target", grp, n, j), box=True)
                    sh.put(rr, ci["satuan"], sat, key=("skp", "satuan", grp, n, j), box=True)
                else:
                    sh.put(rr, ci["target"], target_text(iki, v), key=("skp", "target", grp, n, j), box=True)
                if kat_cols:
                    kat = kategori(iki, v)
                    for level in v["levels"]:
                        sh.put(
                            rr,
                            ci[f"kat:{level}"],
                            kat.get(level),
                            key=("skp", "kat", grp, n, j, level),
                            box=True,
                        )
                mem = v.get("memantau", "tiga")
                if "sumber1" in ci and j == 0:
                    text = (
                        None
                        if rk.memantau[0] is None
                        else (f"{rk.memantau[0]} dari {rk.memantau[1]} ({rk.memantau[2]})")
                    )
                    sh.put(rr, ci["sumber1"], text, key=("skp", "memantau", grp, n), box=True)
                if "data" in ci and (j == 0 or mem == "per_iki"):
                    data, sumber, waktu = rk.memantau
                    if mem == "per_iki" and data is not None and j:
                        data = f"{data}: {iki.teks.split(' yang ')[0].lower()}"
                    sh.put(rr, ci["data"], data, key=("skp", "memantau", grp, n), box=True)
                    sh.put(rr, ci["sumber"], sumber, key=("skp", "sumber", grp, n, j), box=True)
                    sh.put(rr, ci["waktu"], waktu, box=True)
                for k, i in ci.items():
                    if k.startswith("extra:") and j == 0:
                        sh.put(rr, i, v.get("extra_isi", {}).get(k[6:]), box=True)
            last = top + max(len(rk.ikis), 1) - 1
            if v.get("merge") and last > top:
                for key in ("no", "rka", "rk"):
                    if key in ci:
                        sh.merge(top, ci[key], last, ci[key])
                if "data" in ci and mem == "tiga":
                    for key in ("data", "sumber", "waktu"):
                        sh.merge(top, ci[key], last, ci[key])
            r = last + 1
        if persp_start is not None and v.get("merge") and r - 1 > persp_start[0]:
            sh.merge(persp_start[0], ci["perspektif"], r - 1, ci["perspektif"])
    for i in range(len(cols)):
        ws.column_dimensions[get_column_letter(sh.c0 + i)].width = 18 if i else 6
    write_footer(sh, doc, r, len(cols))


# ---------------------------------------------------------------------------------------------- annexes


def write_manual(wb: Workbook, doc: Doc, loc: dict[Any, tuple[str, str]]) -> None:
    ws = wb.create_sheet(doc.v.get("sheet_manual", "Manual IKI"))
    sh = Sheet(ws, doc.v.get("col0", 1), loc)
    sh.put(1, 0, "MANUAL INDIKATOR KINERJA", bold=True)
    sh.merge(1, 0, 1, 3)
    sh.put(2, 0, f"{doc.pegawai.jabatan} — {doc.periode}")
    r = 4
    colon = 1 if doc.v.get("manual_titik_dua") else 0
    k = 0
    for rk in doc.utama:
        for iki in rk.ikis:
            k += 1
            if k in doc.manual_skip:
                continue
            fields = [
                ("RENCANA KINERJA", rk.teks),
                (
                    "DESKRIPSI RENCANA KINERJA",
                    f"{rk.teks} sebagai bagian dari sasaran strategis {doc.dinas.title()}",
                ),
                ("INDIKATOR KINERJA INDIVIDU", iki.teks),
                ("DEFINISI IKI", f"{iki.teks} selama periode penilaian {doc.tahun}"),
                (
                    "FORMULA",
                    bank.MANUAL_EXTRA["formula"]
                    if iki.satuan == "%"
                    else f"Jumlah {iki.satuan} yang dicapai",
                ),
                ("TUJUAN", bank.MANUAL_EXTRA["tujuan"]),
                ("SATUAN PENGUKURAN", iki.satuan),
                ("JENIS ASPEK TARGET", "Kuantitas" if iki.satuan != "%" else "Kualitas"),
                ("TINGKAT KENDALI IKI", bank.MANUAL_EXTRA["kendali"]),
                ("SUMBER DATA", f"Laporan {doc.dinas.title()}"),
                ("PERIODE PELAPORAN", bank.MANUAL_EXTRA["periode"]),
            ]
            for label, value in fields:
                if doc.manual_blank.get(k) == label:
                    value = None
                sh.put(r, 0, label, box=True)
                if colon:
                    sh.put(r, 1, ":")
                sh.put(r, 1 + colon, value, key=("manual", k, label), box=True)
                sh.merge(r, 1 + colon, r, 4)
                r += 1
            r += 1
    ws.column_dimensions[get_column_letter(sh.c0)].width = 30


def write_keterkaitan(wb: Workbook, doc: Doc, loc: dict[Any, tuple[str, str]]) -> None:
    v = doc.v
    ws = wb.create_sheet(v.get("sheet_ak", "Keterkaitan AK"))
    sh = Sheet(ws, v.get("col0", 1), loc)
    r = 1
    title = v.get("judul_ak", "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.put(r, 0, title, bold=True)
    sh.merge(r, 0, r, 4)
    r += 2
    p = doc.pegawai
    for label, value in (
        ("NAMA", p.nama),
        ("NIP", p.nip),
        ("PANGKAT/GOL RUANG", p.pangkat),
        ("JABATAN", p.jabatan),
        ("UNIT KERJA", p.unit),
        ("TANGGAL PENGAJUAN", f"4 Januari {doc.tahun}"),
    ):
        sh.put(r, 0, label)
        sh.put(r, 2, value)
        r += 1
    r += 1
    for i, label in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        sh.put(r, i, label, bold=True, box=True)
    r += 1
    sh.put(r, 0, "KINERJA UTAMA", bold=True)
    sh.merge(r, 0, r, 4)
    r += 1
    shown = 0
    for n, rk in enumerate(doc.utama):
        if n in doc.butir_skip:
            continue
        shown += 1
        top = r
        sh.put(r, 0, shown, box=True)
        sh.put(r, 1, rk.teks, key=("ak_rk", n), box=True)
        for k, (butir, output, ak) in enumerate(rk.butir):
            sh.put(r, 2, butir, box=True)
            sh.put(r, 3, output, box=True)
            value: Any = fmt(ak) if v.get("ak_teks") else ak
            if (n, k) in doc.ak_override:
                value = doc.ak_override[(n, k)]
            sh.put(r, 4, value, key=("ak", n, k), box=True)
            r += 1
        if v.get("merge") and r - 1 > top:
            sh.merge(top, 0, r - 1, 0)
            sh.merge(top, 1, r - 1, 1)
    ws.column_dimensions[get_column_letter(sh.c0 + 1)].width = 40


def capaian(iki: Iki, realisasi: float) -> int:
    lo, hi = iki.target if isinstance(iki.target, tuple) else (iki.target, iki.target)
    if lo <= realisasi <= hi:
        return 100
    ref = hi if realisasi > hi else lo
    ratio = Decimal(str(realisasi)) / Decimal(str(ref))
    value = (2 - ratio) * 100 if iki.turun else ratio * 100
    return int(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def nilai(cap: int) -> tuple[str, float]:
    """SPEC §6.2 banding; only the capaian this set writes (90, 100, 110)."""
    return {90: ("Cukup", 80.0), 100: ("Baik", 109.0), 110: ("Sangat Baik", 120.0)}[cap]


def realisasi_for(iki: Iki, mode: int) -> tuple[Any, int]:
    """A realisasi for mode 0 (= target), 1 (better by 10 %), 2 (worse by 10 %) when that stays exact."""
    if isinstance(iki.target, tuple) or mode == 0:
        base = iki.target[1] if isinstance(iki.target, tuple) else iki.target
        return base, 100
    t = iki.target
    factor = {1: 0.9 if iki.turun else 1.1, 2: 1.1 if iki.turun else 0.9}[mode]
    real = round(t * factor, 2)
    if float(real).is_integer() or iki.satuan == "%":
        real = int(real) if float(real).is_integer() else real
        cap = capaian(iki, real)
        if cap in (90, 110):
            return real, cap
    return t, 100


def write_penilaian(wb: Workbook, doc: Doc, loc: dict[Any, tuple[str, str]], rng: random.Random) -> None:
    v = doc.v
    ws = wb.create_sheet(v.get("sheet_penilaian", "Penilaian"))
    sh = Sheet(ws, v.get("col0", 1), loc)
    lab = LABELS[v.get("label", "baku")]
    if doc.jenis == "jpt":
        cols = [
            "NO",
            lab["rk"],
            lab["iki"],
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
        ]
    else:
        cols = [
            "NO",
            lab["rka"],
            lab["rk"],
            lab["aspek"],
            lab["iki"],
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
        ]
    pv = dict(v)
    pv["periode_apart"] = None
    saved, doc.v = doc.v, pv
    r = write_header(sh, doc, ["PENILAIAN SASARAN KINERJA PEGAWAI"], len(cols), "pen")
    doc.v = saved
    for i, label in enumerate(cols):
        sh.put(r, i, label, bold=True, box=True)
    ci = {label: i for i, label in enumerate(cols)}
    r += 1
    for grp, label, rks in (
        ("utama", "A. KINERJA UTAMA", doc.utama),
        ("tambahan", "B. KINERJA TAMBAHAN", doc.tambahan),
    ):
        sh.put(r, 0, label, bold=True)
        sh.merge(r, 0, r, len(cols) - 1)
        r += 1
        for n, rk in enumerate(rks):
            top = r
            sh.put(r, 0, n + 1, box=True)
            if doc.jenis != "jpt":
                sh.put(r, 1, rk.atasan if grp == "utama" else "-", box=True)
            sh.put(r, ci[lab["rk"]], rk.teks, box=True)
            for j, iki in enumerate(rk.ikis):
                if doc.jenis != "jpt":
                    sh.put(r, ci[lab["aspek"]], aspek_text(iki, v), box=True)
                sh.put(r, ci[lab["iki"]], iki.teks, box=True)
                over = doc.penilaian_override.get((n, j), {}) if grp == "utama" else {}
                # a target typed differently in Penilaian is what the sheet's own capaian is computed from
                shown = over.get("iki", iki)
                sh.put(
                    r,
                    ci["TARGET"],
                    target_text(shown, {**v, "dash": " – "}),
                    key=("pen", "target", grp, n, j),
                    box=True,
                )
                real, cap = realisasi_for(shown, rng.choice([0, 0, 1, 2]))
                kat, nil = nilai(cap)
                real_txt = with_satuan(fmt(real), iki.satuan, v) if v.get("realisasi_satuan") else real
                sh.put(
                    r,
                    ci["REALISASI"],
                    over.get("realisasi", real_txt),
                    key=("pen", "real", grp, n, j),
                    box=True,
                )
                cap_value: Any = f"{cap} %" if v.get("capaian_teks") else cap
                sh.put(
                    r,
                    ci["CAPAIAN IKI"],
                    over.get("capaian", cap_value),
                    key=("pen", "capaian", grp, n, j),
                    box=True,
                )
                sh.put(r, ci["KATEGORI CAPAIAN IKI"], kat, box=True)
                if "NILAI CAPAIAN IKI" in ci:
                    sh.put(r, ci["NILAI CAPAIAN IKI"], nil, box=True)
                r += 1
            if v.get("merge") and r - 1 > top:
                for c in range(0, ci[lab["rk"]] + 1):
                    sh.merge(top, c, r - 1, c)


# ---------------------------------------------------------------------------------------------- people


def nip(rng: random.Random, tahun_lahir: tuple[int, int]) -> str:
    y = rng.randint(*tahun_lahir)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(y + rng.randint(22, 29), 2022)
    tm = rng.randint(1, 12)
    return f"{y}{m:02d}{d:02d}{ty}{tm:02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"


def spaced(n: str) -> str:
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


def nama(rng: random.Random) -> str:
    return f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}{rng.choice(bank.GELAR)}"


JENJANG = {
    "ahli": [
        ("Ahli Pertama", ["III/a", "III/b"]),
        ("Ahli Muda", ["III/c", "III/d"]),
        ("Ahli Madya", ["IV/a", "IV/b", "IV/c"]),
    ],
    "terampil": [
        ("Terampil", ["II/b", "II/c", "II/d"]),
        ("Mahir", ["III/a", "III/b"]),
        ("Penyelia", ["III/c", "III/d"]),
    ],
}


def periode_text(tahun: int, style: int) -> str:
    return [
        f"1 JANUARI SD 31 DESEMBER {tahun}",
        f"1 Januari s.d. 31 Desember {tahun}",
        f"01 Januari {tahun} - 31 Desember {tahun}",
        f"1 JANUARI {tahun} S/D 31 DESEMBER {tahun}",
    ][style]


# ---------------------------------------------------------------------------------------------- documents


def make_iki(t: tuple[str, str, Any, str]) -> Iki:
    return Iki(aspek=t[0], teks=t[1], target=t[2], satuan=t[3])


def build_doc(case: dict[str, Any], rng: random.Random) -> Doc:
    form = case["form"]
    jenis, model = form.split("-")
    v = {
        "kop": rng.choice([0, 0, 2, 3]),
        "col0": rng.choice([1, 1, 2]),
        "label": "baku",
        "merge": rng.random() < 0.6,
        "blank_rows": rng.random() < 0.3,
        "aspek": "baku",
        "levels": LEVELS_ALL,
        "split": False,
        "angka_teks": False,
        "memantau": "tiga",
        "unit_dua_baris": False,
        "periode_apart": None,
        "nip_spasi": rng.random() < 0.5,
        "pangkat": rng.choice(["baku", "baku", "koma"]),
        "sheet": rng.choice(["SKP", "SKP", "Rencana SKP"]),
        "extra": [],
        "nomor_kolom": rng.random() < 0.4,
        "periode": rng.randint(0, 3),
        "kanan": 3,
        "footer": rng.random() < 0.8,
        "dash": rng.choice([" – ", " - "]),
        "kat_satuan": rng.random() < 0.4,
        "judul_rencana": rng.random() < 0.3,
        "instansi": rng.random() < 0.5,
        "ak_teks": rng.random() < 0.5,
        "persen_rapat": rng.random() < 0.3,
    }
    v.update(case.get("v", {}))
    if jenis != "jpt" and model == "pengembangan":
        v["kanan"] = case.get("v", {}).get("kanan", rng.choice([3, 4, 5]))
    tahun = case.get("tahun", rng.choice([2023, 2024, 2025]))
    daerah = bank.DAERAH[rng.randrange(len(bank.DAERAH))]
    bidang_key = case.get("bidang") or rng.choice(sorted(bank.JPT if jenis == "jpt" else bank.BIDANG))

    def fix(n: str) -> str:
        return spaced(n) if v["nip_spasi"] else n

    if jenis == "jpt":
        b = bank.JPT[bidang_key]
        dinas = b["dinas"]
        gol = rng.choice(["IV/c", "IV/d"])
        pegawai = Orang(
            nama(rng),
            fix(nip(rng, (1967, 1978))),
            pangkat_text(gol, v["pangkat"]),
            b["jabatan"],
            f"{b['dinas'].title()} {daerah[0].title()}",
        )
        if case.get("penilai_politik", rng.random() < 0.6):
            kepala = (
                "Gubernur"
                if daerah[0].startswith("PROVINSI")
                else ("Wali Kota" if daerah[0].startswith("KOTA") else "Bupati")
            )
            place = daerah[0].split(" ", 1)[1].title()
            penilai = Orang(
                nama(rng).split(",")[0], "-", "-", f"{kepala} {place}", f"Pemerintah {daerah[0].title()}"
            )
        else:
            penilai = Orang(
                nama(rng),
                fix(nip(rng, (1965, 1970))),
                pangkat_text("IV/d", v["pangkat"]),
                "Sekretaris Daerah",
                f"Sekretariat Daerah {daerah[0].title()}",
            )
        utama = [
            Rk("", rk[1], [Iki("", i[0], i[1], i[2]) for i in rk[2]], ("", "", ""), perspektif=rk[0])
            for rk in b["rk"]
        ]
        if model == "pengembangan":
            order = {p: i for i, p in enumerate(bank.PERSPEKTIF)}
            utama.sort(key=lambda rk: order[rk.perspektif])
        tambahan = [
            Rk("", t[0], [Iki("", i[0], i[1], i[2]) for i in t[1]], ("", "", ""))
            for t in bank.JPT_TAMBAHAN[: rng.randint(1, 2)]
        ]
    else:
        b = bank.BIDANG[bidang_key]
        dinas = b["dinas"]
        unit = f"{b['unit']} {b['unit_atasan']}" if v.get("unit_panjang") else b["unit"]
        if jenis == "jf":
            jf_nama, rumpun = case.get("jf") or rng.choice(b["jf"])
            level = case.get("jenjang")
            jenjang, gols = JENJANG[rumpun][level] if level is not None else rng.choice(JENJANG[rumpun])
            gol = rng.choice(gols)
            jabatan = case.get("jabatan_fmt", "{jf} {jenjang}").format(
                jf=jf_nama,
                jenjang=jenjang,
                jenjang_pendek=jenjang.replace("Ahli ", ""),
                JF=jf_nama.upper(),
                JENJANG_PENDEK=jenjang.replace("Ahli ", "").upper(),
            )
            penilai_jab, penilai_gol = b["kabid"], rng.choice(["IV/a", "IV/b"])
        else:
            jf_nama = None
            if case.get("pengawas", rng.random() < 0.35):
                jabatan, gol = b["kasi"], rng.choice(["III/c", "III/d", "IV/a"])
                penilai_jab, penilai_gol = b["kabid"], rng.choice(["IV/a", "IV/b"])
            else:
                jabatan, gol = rng.choice(b["ja"]), rng.choice(["II/c", "II/d", "III/a", "III/b"])
                penilai_jab, penilai_gol = b["kasi"], rng.choice(["III/c", "III/d", "IV/a"])
            jabatan = b["kasi"] if case.get("pengawas") else jabatan
        pegawai = Orang(
            nama(rng), fix(nip(rng, (1975, 1996))), pangkat_text(gol, v["pangkat"]), jabatan, unit
        )
        penilai = Orang(
            nama(rng), fix(nip(rng, (1968, 1980))), pangkat_text(penilai_gol, v["pangkat"]), penilai_jab, unit
        )
        count = case.get("rk_count", rng.randint(2, len(b["rk"])))
        picks = rng.sample(b["rk"], count)
        butirs = bank.BUTIR.get(jf_nama or "", [])
        utama = []
        for k, rk in enumerate(picks):
            ikis = [make_iki(t) for t in rk[2]]
            if case.get("iki_per_rk"):
                ikis = ikis[: case["iki_per_rk"]]
            butir = [butirs[(k + m) % len(butirs)] for m in range(1 + k % 2)] if butirs else []
            utama.append(Rk(rk[0], rk[1], ikis, rk[3], butir=butir))
        tambahan = []
        for t in rng.sample(bank.TAMBAHAN, rng.randint(1, 2)):
            tambahan.append(Rk("-", t[0], [make_iki(x) for x in t[1]], t[2]))
    if v.get("levels_n"):
        v["levels"] = {5: LEVELS_ALL, 4: LEVELS_ALL[1:], 3: LEVELS_ALL[2:], 2: ["CUKUP", "SANGAT BAIK"]}[
            v["levels_n"]
        ]
    if v.get("plt"):
        pegawai.jabatan = f"Plt. {pegawai.jabatan}" if jenis != "jf" else pegawai.jabatan
    doc = Doc(
        nama_berkas=case["nama"],
        jenis=jenis,
        model=model,
        daerah=daerah,
        dinas=dinas,
        tahun=tahun,
        pegawai=pegawai,
        penilai=penilai,
        periode=periode_text(tahun, v["periode"]),
        utama=utama,
        tambahan=tambahan,
        v=v,
        keterkaitan=(jenis == "jf"),
        manual=(jenis == "jpt"),
        penilaian=case.get("penilaian", False),
        jf_nama=jf_nama if jenis == "jf" else None,
    )
    return doc


# ---------------------------------------------------------------------------------------------- defects
# Each defect changes the model and names the element a reviewer would point at:
# (code, loc key, alternatives).


UNITLESS = ("persentase", "indeks", "nilai", "skor")


def _counts(doc: Doc) -> list[tuple[int, int]]:
    """Kinerja Utama IKI counted in things (higher is better, a satuan that is not %, not a unitless IKI)."""
    return [
        (n, j)
        for n, rk in enumerate(doc.utama)
        for j, iki in enumerate(rk.ikis)
        if not iki.turun
        and not isinstance(iki.target, tuple)
        and iki.satuan != "%"
        and not iki.teks.lower().startswith(UNITLESS)
    ]


def _naik(doc: Doc) -> list[tuple[int, int]]:
    return [
        (n, j)
        for n, rk in enumerate(doc.utama)
        for j, iki in enumerate(rk.ikis)
        if not iki.turun and not isinstance(iki.target, tuple)
    ]


def inject(doc: Doc, name: str, rng: random.Random) -> list[dict[str, Any]]:
    """Apply defect ``name``; returns manifest entries with loc keys still to resolve."""
    v = doc.v
    n_last = len(doc.utama) - 1
    if name == "target-kosong":
        n, j = 0, len(doc.utama[0].ikis) - 1
        doc.utama[n].ikis[j].raw_target = ""
        doc.utama[n].ikis[j].raw_satuan = ""
        return [{"code": "iki-tanpa-target", "key": ("skp", "target", "utama", n, j)}]
    if name == "target-tanpa-satuan":
        n, j = _counts(doc)[-1]
        iki = doc.utama[n].ikis[j]
        iki.raw_target = fmt(iki.target) if not v.get("split") else iki.target
        iki.raw_satuan = ""
        alt = [("skp", "satuan", "utama", n, j)] if v.get("split") else []
        return [{"code": "target-tanpa-satuan", "key": ("skp", "target", "utama", n, j), "alt": alt}]
    if name == "sb-sama-target":
        n, j = _counts(doc)[0]
        iki = doc.utama[n].ikis[j]
        iki.kat_override["SANGAT BAIK"] = fmt(iki.target)
        return [
            {
                "code": "kategori-tidak-membedakan",
                "key": ("skp", "kat", "utama", n, j, "SANGAT BAIK"),
                "alt": [("skp", "target", "utama", n, j)],
            }
        ]
    if name == "target-di-cukup":
        n, j = _naik(doc)[1]
        iki = doc.utama[n].ikis[j]
        width, _ = _steps(iki)
        iki.kat_override["CUKUP"] = f"> {fmt(iki.target - width)}"
        return [
            {
                "code": "kategori-tidak-membedakan",
                "key": ("skp", "kat", "utama", n, j, "CUKUP"),
                "alt": [("skp", "target", "utama", n, j)],
            }
        ]
    if name == "kategori-terbalik":
        n, j = _naik(doc)[0]
        iki = doc.utama[n].ikis[j]
        kat = kategori(iki, v)
        iki.kat_override["CUKUP"], iki.kat_override["SANGAT BAIK"] = kat["SANGAT BAIK"], kat["CUKUP"]
        return [
            {
                "code": "kategori-tidak-berurutan",
                "key": ("skp", "kat", "utama", n, j, "SANGAT BAIK"),
                "alt": [("skp", "kat", "utama", n, j, "CUKUP")],
            }
        ]
    if name == "kategori-kosong":
        n = n_last
        for iki in doc.utama[n].ikis:
            iki.kat_override = {lvl: None for lvl in LEVELS_ALL}
        return [{"code": "kategori-penilaian-kosong", "key": None}]
    if name.startswith("aktivitas:"):
        n = 1 if len(doc.utama) > 1 else 0
        doc.utama[n].teks = name.split(":", 1)[1]
        return [{"code": "rk-berbasis-aktivitas", "key": ("skp", "rk", "utama", n)}]
    if name == "nip-17":
        doc.pegawai.nip = doc.pegawai.nip[:-1]
        return [{"code": "nip-tidak-valid", "key": ("skp", "pegawai", "nip")}]
    if name == "nip-bulan-13":
        raw = str(doc.pegawai.nip).replace(" ", "")
        bad = raw[:4] + "13" + raw[6:]
        doc.pegawai.nip = spaced(bad) if " " in str(doc.pegawai.nip) else bad
        return [{"code": "nip-tidak-valid", "key": ("skp", "pegawai", "nip")}]
    if name == "nip-angka":
        doc.pegawai.nip = int(str(doc.pegawai.nip).replace(" ", ""))
        return [{"code": "nip-tidak-valid", "key": ("skp", "pegawai", "nip")}]
    if name == "pangkat-asing":
        doc.pegawai.pangkat = "Penata Madya, III/c"
        return [{"code": "pangkat-tidak-dikenal", "key": ("skp", "pegawai", "pangkat")}]
    if name == "pangkat-tidak-cocok":
        doc.penilai.pangkat = "Pembina Utama Muda (IV/a)"
        return [{"code": "pangkat-tidak-dikenal", "key": ("skp", "penilai", "pangkat")}]
    if name == "periode-terbalik":
        doc.periode = f"31 Desember {doc.tahun} s.d. 1 Januari {doc.tahun}"
        return [{"code": "periode-tidak-valid", "key": ("skp", "periode")}]
    if name == "periode-dua-tahun":
        doc.periode = f"1 Juli {doc.tahun} s.d. 30 Juni {doc.tahun + 1}"
        return [{"code": "periode-tidak-valid", "key": ("skp", "periode")}]
    if name == "rk-atasan-kosong":
        n = n_last
        doc.utama[n].atasan = None
        return [
            {
                "code": "rk-atasan-kosong",
                "key": ("skp", "rka", "utama", n),
                "alt": [("skp", "rk", "utama", n)],
            }
        ]
    if name == "tanpa-keterkaitan":
        doc.keterkaitan = False
        return [{"code": "keterkaitan-ak-hilang", "key": None}]
    if name == "ak-strip":
        doc.ak_override[(0, 0)] = "-"
        return [{"code": "angka-kredit-tidak-valid", "key": ("ak", 0, 0)}]
    if name == "rk-tanpa-butir":
        doc.butir_skip.add(n_last)
        return [{"code": "rk-tanpa-butir-kegiatan", "key": ("skp", "rk", "utama", n_last)}]
    if name == "target-penilaian-beda":
        n, j = 0, 0
        iki = doc.utama[n].ikis[j]
        bumped = copy.copy(iki)
        bumped.target = (
            (iki.target[0], iki.target[1] + 5)
            if isinstance(iki.target, tuple)
            else (iki.target + max(1, round(iki.target * 0.1)))
        )
        bumped.raw_target = None
        doc.penilaian_override[(n, j)] = {"iki": bumped}
        doc.penilaian = True
        return [{"code": "target-penilaian-berbeda", "key": ("pen", "target", "utama", n, j)}]
    if name == "realisasi-kosong":
        doc.penilaian_override[(n_last, 0)] = {"realisasi": None, "capaian": None}
        doc.penilaian = True
        return [{"code": "realisasi-kosong", "key": ("pen", "real", "utama", n_last, 0)}]
    if name == "capaian-salah":
        doc.penilaian_override[(0, 0)] = {"capaian": "120 %"}
        doc.penilaian = True
        return [{"code": "capaian-tidak-sesuai", "key": ("pen", "capaian", "utama", 0, 0)}]
    if name == "target-meningkat":
        n, j = n_last, 0
        doc.utama[n].ikis[j].raw_target = "Meningkat"
        doc.utama[n].ikis[j].raw_satuan = ""
        doc.utama[n].ikis[j].kat_override = {lvl: None for lvl in LEVELS_ALL if lvl != "BAIK"}
        return [{"code": "target-tidak-terukur", "key": ("skp", "target", "utama", n, j)}]
    if name == "rentang-terbalik":
        n = 0
        iki = doc.utama[n].ikis[0]
        iki.raw_target = f"90 – 80 {iki.satuan}" if iki.satuan != "%" else "90 – 80 %"
        return [{"code": "target-rentang-terbalik", "key": ("skp", "target", "utama", n, 0)}]
    if name == "aspek-manfaat":
        n = 0
        doc.utama[n].ikis[1].aspek_raw = "Manfaat"
        return [{"code": "aspek-tidak-valid", "key": ("skp", "aspek", "utama", n, 1)}]
    if name == "jabatan-kosong":
        doc.pegawai.jabatan = None
        return [{"code": "identitas-kosong", "key": ("skp", "pegawai", "jabatan")}]
    if name == "penilai-nama-kosong":
        doc.penilai.nama = None
        return [{"code": "identitas-kosong", "key": ("skp", "penilai", "nama")}]
    if name == "memantau-kosong":
        n = n_last
        doc.utama[n].memantau = (None, None, None)
        return [{"code": "cara-memantau-kosong", "key": None}]
    if name == "manual-formula":
        doc.manual_blank[2] = "FORMULA"
        n, j = [(n, j) for n, rk in enumerate(doc.utama) for j in range(len(rk.ikis))][1]
        return [
            {
                "code": "manual-iki-kosong",
                "key": ("manual", 2, "FORMULA"),
                "alt": [("skp", "iki", "utama", n, j)],
            }
        ]
    if name == "manual-hilang":
        total = sum(len(rk.ikis) for rk in doc.utama)
        doc.manual_skip.add(total)
        return [{"code": "manual-iki-kosong", "key": None}]
    if name == "perspektif-asing":
        n = 0
        doc.utama[n].perspektif = "Pelayanan Publik"
        return [{"code": "perspektif-tidak-valid", "key": ("skp", "perspektif", 0)}]
    if name == "penilai-sama":
        doc.penilai.nip = doc.pegawai.nip
        return [
            {
                "code": "penilai-sama-dengan-pegawai",
                "key": ("skp", "penilai", "nip"),
                "alt": [("skp", "pegawai", "nip")],
            }
        ]
    if name == "target-absolut":
        n = 0
        doc.utama[n].ikis[1].teks = "Semua surat masuk tercatat pada hari yang sama"
        return [
            {
                "code": "target-absolut",
                "key": ("skp", "iki", "utama", n, 1),
                "alt": [("skp", "target", "utama", n, 1)],
            }
        ]
    raise ValueError(name)


# ---------------------------------------------------------------------------------------------- cases

EXTRA_REVIU = {"REVIU OLEH PENGELOLA KINERJA": "Sesuai", "KETERANGAN": "-"}

# Clean workbooks carry mostly one of the harder §3.10 variations each (labels, aspek words, kategori
# subset, periode or unit kerja placement, split target, JF title), so a false error points at its cause; the
# easy ones (kop surat, start column, merged cells, blank rows, sheet names, extra columns, NIP spaces,
# pangkat spellings) are mixed in freely, and a few "stress" workbooks combine everything. Defect workbooks
# carry one or two injected defects on top of their own layout variations.
STRESS_JA = {
    "kop": 3,
    "col0": 3,
    "label": "salah",
    "merge": True,
    "blank_rows": True,
    "aspek": "pp46",
    "split": True,
    "angka_teks": True,
    "periode_apart": "kanan",
    "unit_dua_baris": True,
    "nip_spasi": True,
    "pangkat": "tk",
    "sheet": "Form SKP 2025",
    "extra": ["KETERANGAN", "REVIU OLEH PENGELOLA KINERJA"],
    "extra_isi": EXTRA_REVIU,
    "capaian_teks": True,
    "realisasi_satuan": True,
}

CASES: list[dict[str, Any]] = [
    # ---- JA Model Dasar
    {"nama": "ja-dasar-01", "form": "ja-dasar", "v": {"kop": 0, "col0": 1, "merge": True}},
    {
        "nama": "ja-dasar-02",
        "form": "ja-dasar",
        "penilaian": True,
        "v": {
            "kop": 3,
            "col0": 2,
            "label": "salah",
            "merge": True,
            "nip_spasi": True,
            "pangkat": "tk",
            "sheet": "SKP 2024",
        },
    },
    {
        "nama": "ja-dasar-03",
        "form": "ja-dasar",
        "penilaian": True,
        "v": {
            "blank_rows": True,
            "aspek": "pp46",
            "extra": ["KETERANGAN"],
            "capaian_teks": True,
            "merge": False,
        },
    },
    {
        "nama": "ja-dasar-04",
        "form": "ja-dasar",
        "rusak": ["target-kosong", "aktivitas:Menyusun laporan realisasi anggaran bidang"],
        "v": {"kop": 2, "aspek": "kapital"},
    },
    {
        "nama": "ja-dasar-05",
        "form": "ja-dasar",
        "rusak": ["nip-17", "target-absolut"],
        "bidang": "arsip",
        "v": {"label": "salah", "pangkat": "slash"},
    },
    {
        "nama": "ja-dasar-06",
        "form": "ja-dasar",
        "rusak": ["rk-atasan-kosong", "target-penilaian-beda"],
        "v": {"merge": True, "col0": 3},
    },
    {
        "nama": "ja-dasar-07",
        "form": "ja-dasar",
        "rusak": ["periode-terbalik"],
        "v": {"periode_apart": "bawah"},
    },
    {
        "nama": "ja-dasar-08",
        "form": "ja-dasar",
        "bidang": "kominfo",
        "pengawas": True,
        "v": {"plt": True, "kop": 2, "aspek": "kapital", "pangkat": "slash"},
    },
    {"nama": "ja-dasar-09", "form": "ja-dasar", "bidang": "keuangan", "penilaian": True, "v": STRESS_JA},
    {
        "nama": "ja-dasar-10",
        "form": "ja-dasar",
        "bidang": "kesehatan",
        "v": {"label": "kecil", "split": True, "split_sub": True, "angka_teks": True},
    },
    # ---- JA Model Pengembangan
    {"nama": "ja-pengembangan-01", "form": "ja-pengembangan", "v": {"levels_n": 5, "merge": True}},
    {
        "nama": "ja-pengembangan-02",
        "form": "ja-pengembangan",
        "v": {"levels_n": 2, "target_baik_label": True, "kop": 3, "sheet": "FORM SKP"},
    },
    {
        "nama": "ja-pengembangan-03",
        "form": "ja-pengembangan",
        "v": {
            "levels_n": 3,
            "memantau": "satu",
            "extra": ["REVIU OLEH PENGELOLA KINERJA"],
            "extra_isi": EXTRA_REVIU,
        },
    },
    {
        "nama": "ja-pengembangan-04",
        "form": "ja-pengembangan",
        "v": {
            "levels_n": 4,
            "memantau": "per_iki",
            "split": True,
            "split_sub": True,
            "angka_teks": True,
            "col0": 2,
            "pangkat": "spasi",
        },
    },
    {
        "nama": "ja-pengembangan-05",
        "form": "ja-pengembangan",
        "rusak": ["sb-sama-target"],
        "v": {"levels_n": 5, "aspek": "pp46"},
    },
    {
        "nama": "ja-pengembangan-06",
        "form": "ja-pengembangan",
        "rusak": ["target-di-cukup", "target-tanpa-satuan"],
        "v": {"levels_n": 2, "label": "salah", "merge": True},
    },
    {
        "nama": "ja-pengembangan-07",
        "form": "ja-pengembangan",
        "rusak": ["memantau-kosong", "pangkat-asing"],
        "v": {"levels_n": 3},
    },
    {
        "nama": "ja-pengembangan-08",
        "form": "ja-pengembangan",
        "bidang": "perencanaan",
        "v": {"levels_n": 5, "judul_satu": True, "nomor_kolom": True, "kat_satuan": True, "blank_rows": True},
    },
    {
        "nama": "ja-pengembangan-09",
        "form": "ja-pengembangan",
        "bidang": "kesehatan",
        "v": {"levels_n": 5, "aspek": "iki", "merge": True},
    },
    # ---- JF Model Dasar
    {
        "nama": "jf-dasar-01",
        "form": "jf-dasar",
        "bidang": "kepegawaian",
        "jf": ("Analis Kepegawaian", "ahli"),
        "jenjang": 1,
        "v": {"merge": True},
    },
    {
        "nama": "jf-dasar-02",
        "form": "jf-dasar",
        "bidang": "kepegawaian",
        "jf": ("Analis Kepegawaian", "ahli"),
        "jenjang": 1,
        "jabatan_fmt": "{JF} {JENJANG_PENDEK} selaku SUBKOORDINATOR PENGADAAN DAN PEMBERHENTIAN",
        "v": {"kop": 3, "pangkat": "tk", "sheet": "SKP JF", "sheet_ak": "Lamp. AK"},
    },
    {
        "nama": "jf-dasar-03",
        "form": "jf-dasar",
        "bidang": "arsip",
        "jf": ("Arsiparis", "terampil"),
        "jenjang": 1,
        "penilaian": True,
        "v": {"periode_apart": "kanan", "unit_dua_baris": True, "extra": ["KETERANGAN"]},
    },
    {
        "nama": "jf-dasar-04",
        "form": "jf-dasar",
        "bidang": "perencanaan",
        "jf": ("Statistisi", "ahli"),
        "jenjang": 1,
        "jabatan_fmt": "{jf} {jenjang_pendek}",
        "rusak": ["tanpa-keterkaitan"],
    },
    {
        "nama": "jf-dasar-05",
        "form": "jf-dasar",
        "bidang": "keuangan",
        "jf": ("Analis Keuangan Pusat dan Daerah", "ahli"),
        "jenjang": 0,
        "rusak": ["ak-strip", "aktivitas:Penyusunan laporan analisis realisasi belanja daerah"],
    },
    {
        "nama": "jf-dasar-06",
        "form": "jf-dasar",
        "bidang": "kominfo",
        "jf": ("Pranata Komputer", "terampil"),
        "jenjang": 0,
        "rusak": ["rk-tanpa-butir"],
        "rk_count": 3,
    },
    {
        "nama": "jf-dasar-07",
        "form": "jf-dasar",
        "bidang": "perencanaan",
        "jf": ("Perencana", "ahli"),
        "jenjang": 0,
        "jabatan_fmt": "{jf} {jenjang} merangkap Plt. Kepala Sub Bidang Evaluasi Pembangunan",
        "rusak": ["target-meningkat", "capaian-salah"],
    },
    {
        "nama": "jf-dasar-08",
        "form": "jf-dasar",
        "bidang": "kesehatan",
        "jf": ("Nutrisionis", "terampil"),
        "jenjang": 2,
        "rusak": ["penilai-nama-kosong", "realisasi-kosong"],
        "v": {"merge": True},
    },
    {
        "nama": "jf-dasar-09",
        "form": "jf-dasar",
        "bidang": "perencanaan",
        "jf": ("Statistisi", "ahli"),
        "jenjang": 0,
        "jabatan_fmt": "{jf} {jenjang_pendek}",
        "v": {"label": "salah", "col0": 2},
    },
    # ---- JF Model Pengembangan
    {
        "nama": "jf-pengembangan-01",
        "form": "jf-pengembangan",
        "bidang": "kominfo",
        "jf": ("Pranata Komputer", "terampil"),
        "jenjang": 0,
        "v": {"levels_n": 5, "merge": True},
    },
    {
        "nama": "jf-pengembangan-02",
        "form": "jf-pengembangan",
        "bidang": "kesehatan",
        "jf": ("Epidemiolog Kesehatan", "ahli"),
        "jenjang": 1,
        "jabatan_fmt": "{JF} {JENJANG_PENDEK} selaku SUBKOORDINATOR SURVEILANS",
        "v": {"levels_n": 5, "aspek": "iki", "kop": 2},
    },
    {
        "nama": "jf-pengembangan-03",
        "form": "jf-pengembangan",
        "bidang": "kepegawaian",
        "jf": ("Analis Kepegawaian", "ahli"),
        "jenjang": 0,
        "v": {"levels_n": 3, "periode_apart": "bawah", "sheet": "Lembar1"},
    },
    {
        "nama": "jf-pengembangan-04",
        "form": "jf-pengembangan",
        "bidang": "kesehatan",
        "jf": ("Nutrisionis", "terampil"),
        "jenjang": 2,
        "v": {"levels_n": 4, "split": True, "angka_teks": True, "col0": 2},
    },
    {
        "nama": "jf-pengembangan-05",
        "form": "jf-pengembangan",
        "bidang": "kepegawaian",
        "jf": ("Analis Kepegawaian", "ahli"),
        "jenjang": 1,
        "jabatan_fmt": "{JF} {JENJANG_PENDEK} selaku SUBKOORDINATOR",
        "rusak": ["sb-sama-target", "target-tanpa-satuan"],
        "v": {
            "levels_n": 2,
            "aspek": "iki",
            "label": "salah",
            "extra": ["REVIU OLEH PENGELOLA KINERJA"],
            "extra_isi": EXTRA_REVIU,
        },
    },
    {
        "nama": "jf-pengembangan-06",
        "form": "jf-pengembangan",
        "bidang": "arsip",
        "jf": ("Arsiparis", "terampil"),
        "jenjang": 1,
        "rusak": ["tanpa-keterkaitan", "kategori-kosong"],
        "v": {"levels_n": 3},
    },
    {
        "nama": "jf-pengembangan-07",
        "form": "jf-pengembangan",
        "bidang": "keuangan",
        "jf": ("Pengelola Pengadaan Barang/Jasa", "ahli"),
        "jenjang": 1,
        "rusak": ["kategori-terbalik", "aspek-manfaat"],
        "v": {"levels_n": 5, "memantau": "satu"},
    },
    {
        "nama": "jf-pengembangan-08",
        "form": "jf-pengembangan",
        "bidang": "kominfo",
        "jf": ("Pranata Hubungan Masyarakat", "ahli"),
        "jenjang": 0,
        "jabatan_fmt": "{jf} {jenjang_pendek}",
        "rusak": ["nip-bulan-13"],
        "v": {"levels_n": 4, "aspek": "kapital"},
    },
    {
        "nama": "jf-pengembangan-09",
        "form": "jf-pengembangan",
        "bidang": "kominfo",
        "jf": ("Pranata Komputer", "terampil"),
        "jenjang": 1,
        "rusak": ["target-di-cukup"],
        "v": {"levels_n": 2, "target_baik_label": True, "aspek": "iki", "label": "kecil", "kop": 3},
    },
    {
        "nama": "jf-pengembangan-10",
        "form": "jf-pengembangan",
        "bidang": "arsip",
        "jf": ("Arsiparis", "terampil"),
        "jenjang": 1,
        "v": {"levels_n": 2, "memantau": "per_iki", "unit_dua_baris": True},
    },
    {
        "nama": "jf-pengembangan-11",
        "form": "jf-pengembangan",
        "bidang": "kepegawaian",
        "jf": ("Analis Kepegawaian", "ahli"),
        "jenjang": 1,
        "jabatan_fmt": "{JF} {JENJANG_PENDEK} selaku SUBKOORDINATOR",
        "v": {
            "levels_n": 2,
            "target_baik_label": True,
            "aspek": "iki",
            "label": "salah",
            "memantau": "per_iki",
            "extra": ["REVIU OLEH PENGELOLA KINERJA"],
            "extra_isi": EXTRA_REVIU,
            "kop": 3,
            "merge": True,
        },
    },
    # ---- JPT Model Dasar
    {"nama": "jpt-dasar-01", "form": "jpt-dasar", "bidang": "kesehatan", "penilai_politik": True},
    {
        "nama": "jpt-dasar-02",
        "form": "jpt-dasar",
        "bidang": "perencanaan",
        "penilaian": True,
        "v": {"kop": 3, "col0": 2, "merge": True, "capaian_teks": True},
    },
    {
        "nama": "jpt-dasar-03",
        "form": "jpt-dasar",
        "bidang": "kepegawaian",
        "penilai_politik": False,
        "v": {"label": "salah", "instansi": True, "pangkat": "tk"},
    },
    {"nama": "jpt-dasar-04", "form": "jpt-dasar", "bidang": "pupr", "rusak": ["manual-formula"]},
    {
        "nama": "jpt-dasar-05",
        "form": "jpt-dasar",
        "bidang": "kesehatan",
        "rusak": ["jabatan-kosong", "rentang-terbalik"],
    },
    {
        "nama": "jpt-dasar-06",
        "form": "jpt-dasar",
        "bidang": "perencanaan",
        "penilai_politik": False,
        "rusak": ["target-penilaian-beda", "nip-bulan-13"],
    },
    {
        "nama": "jpt-dasar-07",
        "form": "jpt-dasar",
        "bidang": "pupr",
        "rusak": ["aktivitas:Melaksanakan pemeliharaan rutin jalan kabupaten", "target-kosong"],
        "v": {"label": "kecil"},
    },
    # ---- JPT Model Pengembangan
    {"nama": "jpt-pengembangan-01", "form": "jpt-pengembangan", "bidang": "kesehatan", "v": {"merge": True}},
    {
        "nama": "jpt-pengembangan-02",
        "form": "jpt-pengembangan",
        "bidang": "pupr",
        "v": {
            "kop": 3,
            "extra": ["KETERANGAN", "REVIU OLEH PENGELOLA KINERJA"],
            "extra_isi": EXTRA_REVIU,
            "col0": 2,
        },
    },
    {
        "nama": "jpt-pengembangan-03",
        "form": "jpt-pengembangan",
        "bidang": "kepegawaian",
        "v": {
            "angka_teks": True,
            "split": True,
            "sheet": "SKP KABAN",
            "sheet_manual": "Lamp. Manual",
            "merge": True,
            "periode_apart": "kanan",
        },
    },
    {
        "nama": "jpt-pengembangan-04",
        "form": "jpt-pengembangan",
        "bidang": "perencanaan",
        "rusak": ["perspektif-asing"],
    },
    {
        "nama": "jpt-pengembangan-05",
        "form": "jpt-pengembangan",
        "bidang": "kesehatan",
        "rusak": ["manual-hilang", "periode-dua-tahun"],
    },
    {
        "nama": "jpt-pengembangan-06",
        "form": "jpt-pengembangan",
        "bidang": "kepegawaian",
        "penilai_politik": False,
        "rusak": ["penilai-sama", "target-tanpa-satuan"],
    },
    {
        "nama": "jpt-pengembangan-07",
        "form": "jpt-pengembangan",
        "bidang": "pupr",
        "penilai_politik": False,
        "rusak": ["nip-angka", "pangkat-tidak-cocok"],
    },
    {
        "nama": "jpt-pengembangan-08",
        "form": "jpt-pengembangan",
        "bidang": "perencanaan",
        "penilai_politik": False,
        "v": {
            "kop": 3,
            "label": "salah",
            "split": True,
            "angka_teks": True,
            "periode_apart": "kanan",
            "unit_dua_baris": True,
            "extra": ["KETERANGAN"],
            "extra_isi": EXTRA_REVIU,
            "nip_spasi": True,
            "pangkat": "tk",
            "sheet": "SKP 2025",
            "manual_titik_dua": True,
        },
    },
]


STAMP = (2024, 1, 2, 8, 0, 0)


def save_stable(wb: Workbook, path: Path) -> None:
    """Save with fixed zip timestamps and document dates, so a regenerated set is byte-identical."""
    buffer = io.BytesIO()
    wb.properties.creator = "Bagian Kepegawaian"
    wb.properties.created = datetime(*STAMP)
    wb.save(buffer)
    fixed = datetime(*STAMP).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + fixed.encode(), data)
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=STAMP), data, zipfile.ZIP_DEFLATED)


def write_doc(doc: Doc, path: Path, rng: random.Random) -> dict[Any, tuple[str, str]]:
    loc: dict[Any, tuple[str, str]] = {}
    wb = Workbook()
    write_skp(wb, doc, loc)
    if doc.manual:
        write_manual(wb, doc, loc)
    if doc.keterkaitan:
        write_keterkaitan(wb, doc, loc)
    if doc.penilaian:
        write_penilaian(wb, doc, loc, rng)
    save_stable(wb, path)
    return loc


# ---------------------------------------------------------------------------------------------- other files


def write_pp46(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = "FORMULIR SASARAN KERJA"
    ws["A2"] = "PEGAWAI NEGERI SIPIL"
    ws.append([])
    ws.append(["NO", "I. PEJABAT PENILAI", None, "NO", "II. PEGAWAI NEGERI SIPIL YANG DINILAI"])
    rows = [
        ("Nama", "Drs. Sutrisno Wibowo", "Nama", "Lina Marpaung, S.E."),
        ("NIP", "19680412 199303 1 004", "NIP", "19850719 201001 2 015"),
        ("Pangkat/Gol.Ruang", "Pembina (IV/a)", "Pangkat/Gol.Ruang", "Penata (III/c)"),
        ("Jabatan", "Kepala Bidang Anggaran", "Jabatan", "Kepala Sub Bidang Anggaran Belanja"),
        ("Unit Kerja", "BPKAD", "Unit Kerja", "BPKAD"),
    ]
    for i, (a, b, c, d) in enumerate(rows, start=1):
        ws.append([i, a, b, i, c, d])
    ws.append([])
    ws.append(["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET", None, None, None])
    ws.append([None, None, None, "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"])
    ws.append([1, "Menyusun rancangan anggaran belanja langsung", None, "12 dokumen", 100, "12 bulan", "-"])
    ws.append([2, "Memverifikasi RKA perangkat daerah", None, "38 dokumen", 100, "3 bulan", "-"])
    ws.append([3, "Melaksanakan rapat koordinasi penganggaran", None, "4 kegiatan", 100, "12 bulan", "-"])
    ws2 = wb.create_sheet("Pengukuran")
    ws2["A1"] = "PENILAIAN CAPAIAN SASARAN KERJA"
    ws2["A2"] = "PEGAWAI NEGERI SIPIL"
    ws2.append(["NO", "I. KEGIATAN TUGAS JABATAN", "AK", "TARGET", None, None, None, "AK", "REALISASI"])
    save_stable(wb, path)


def write_permen6(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = "SASARAN KINERJA PEGAWAI"
    ws["A2"] = "PENDEKATAN HASIL KERJA KUALITATIF"
    ws["A3"] = "PEMERINTAH KOTA BATU JAJAR"
    ws["E3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"
    ws.append([])
    ws.append(["NO", "PEGAWAI YANG DINILAI", None, "NO", "PEJABAT PENILAI KINERJA"])
    rows = [
        ("NAMA", "Yohanes Sinaga, S.T.", "NAMA", "Ir. Maria Gultom, M.T."),
        ("NIP", "19900203 201503 1 002", "NIP", "19750811 200212 2 003"),
        ("PANGKAT/GOL RUANG", "Penata Muda Tingkat I (III/b)", "PANGKAT/GOL RUANG", "Pembina (IV/a)"),
        ("JABATAN", "Penata Kelola Bangunan Gedung", "JABATAN", "Kepala Bidang Bangunan Gedung"),
        ("UNIT KERJA", "Dinas PUPR", "UNIT KERJA", "Dinas PUPR"),
    ]
    for i, (a, b, c, d) in enumerate(rows, start=1):
        ws.append([i, a, b, i, c, d])
    ws.append([])
    ws.append(["HASIL KERJA"])
    ws.append(
        [
            "NO",
            "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
            "RENCANA HASIL KERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    )
    ws.append(["A. UTAMA"])
    ws.append(
        [
            1,
            "Meningkatnya keandalan bangunan gedung negara",
            "Bangunan gedung negara terdata laik fungsi",
            "Kuantitas",
            "Jumlah bangunan gedung yang terdata",
            "40 bangunan",
        ]
    )
    ws.append([None, None, None, "Kualitas", "Persentase data yang terverifikasi", "90 %"])
    ws.append(["B. TAMBAHAN"])
    ws.append([])
    ws.append(["PERILAKU KERJA"])
    ws.append([1, "Berorientasi Pelayanan", "Ekspektasi khusus pimpinan:"])
    ws.append([2, "Akuntabel", None])
    ws.append([3, "Kompeten", None])
    ws.append([None, "EKSPEKTASI KHUSUS PIMPINAN", "Menyelesaikan pendataan sebelum triwulan III"])
    save_stable(wb, path)


def write_template(path: Path) -> None:
    """An official-looking JA Model Dasar form that nobody filled: placeholders and dots."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = "SASARAN KINERJA PEGAWAI"
    ws["A2"] = "PEJABAT ADMINISTRASI"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {{ tahun }}"
    ws.append([])
    ws.append(["NO", "PEGAWAI YANG DINILAI", None, "NO", "PEJABAT PENILAI KINERJA"])
    for i, label in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"], start=1):
        ws.append(
            [
                i,
                label,
                "{{ " + label.split("/")[0].lower().replace(" ", "_") + " }}" if i < 3 else "[isi]",
                i,
                label,
                "......................",
            ]
        )
    ws.append([])
    ws.append(
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    )
    ws.append(["A. KINERJA UTAMA"])
    ws.append([1, "[isi RK atasan]", "[isi rencana kinerja]", "Kuantitas", "[isi IKI]", "[isi]"])
    ws.append([None, None, None, "Kualitas", "[isi IKI]", "[isi]"])
    ws.append([None, None, None, "Waktu", "[isi IKI]", "[isi]"])
    ws.append(["B. KINERJA TAMBAHAN"])
    ws.append([1, "...", "...", "...", "...", "..."])
    save_stable(wb, path)


def write_empty(path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Sheet1"
    save_stable(wb, path)


# ---------------------------------------------------------------------------------------------- main


def resolve(entries: list[dict[str, Any]], loc: dict[Any, tuple[str, str]]) -> list[dict[str, Any]]:
    out = []
    for e in entries:
        sheet, cell = loc.get(e["key"], (None, None)) if e.get("key") is not None else (None, None)
        if e.get("key") is not None and sheet is None:
            raise KeyError(f"{e['code']}: no cell recorded for {e['key']}")
        alt = [loc[a] for a in e.get("alt", []) if a in loc]
        item = {"code": e["code"], "sheet": sheet, "cell": cell}
        if alt:
            item["alt_cells"] = [{"sheet": s, "cell": c} for s, c in alt]
        out.append(item)
    return out


def build(out_dir: Path, seed: int) -> list[dict[str, Any]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.xlsx"):
        old.unlink()
    manifest = []
    for case in CASES:
        rng = random.Random(f"{seed}:{case['nama']}")
        doc = build_doc(case, rng)
        pending = []
        for name in case.get("rusak", []):
            pending += inject(doc, name, rng)
        path = out_dir / f"{case['nama']}.xlsx"
        loc = write_doc(doc, path, rng)
        defects = resolve(pending, loc)
        if doc.jenis == "ja" and doc.keterkaitan:
            raise AssertionError(case["nama"])
        manifest.append(
            {
                "file": path.name,
                "form": case["form"],
                "clean": not defects,
                "defects": defects,
                "jabatan": doc.pegawai.jabatan,
                "layout": {
                    k: doc.v[k]
                    for k in sorted(doc.v)
                    if k
                    in (
                        "kop",
                        "col0",
                        "label",
                        "merge",
                        "aspek",
                        "levels",
                        "split",
                        "memantau",
                        "periode_apart",
                        "unit_dua_baris",
                        "extra",
                        "sheet",
                        "target_baik_label",
                        "angka_teks",
                        "pangkat",
                    )
                },
            }
        )
    others = [
        ("lain-pp46-2011.xlsx", write_pp46, [{"code": "format-lain", "sheet": None, "cell": None}]),
        ("lain-permen-6-2022.xlsx", write_permen6, [{"code": "format-lain", "sheet": None, "cell": None}]),
        (
            "templat-belum-diisi.xlsx",
            write_template,
            [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
        ),
        (
            "kosong.xlsx",
            write_empty,
            [
                {
                    "code": "bukan-skp",
                    "sheet": None,
                    "cell": None,
                    "any_of": ["bukan-skp", "templat-belum-diisi"],
                }
            ],
        ),
    ]
    for name, writer, defects in others:
        writer(out_dir / name)
        manifest.append({"file": name, "form": None, "clean": False, "defects": defects})
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description="Membangun set evaluasi independen SKP (benchmarks/nyata).")
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman", help="folder berkas .xlsx")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json", help="berkas manifest")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    manifest = build(args.keluaran, args.seed)
    args.harapan.write_text(
        json.dumps({"seed": args.seed, "files": manifest}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    clean = sum(1 for m in manifest if m["clean"])
    print(f"{len(manifest)} berkas ({clean} bersih, {len(manifest) - clean} dengan cacat) di {args.keluaran}")


if __name__ == "__main__":
    main()
