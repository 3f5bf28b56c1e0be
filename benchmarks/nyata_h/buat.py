"""Build the held-out evaluation set ``nyata_h``: SKP workbooks as agencies send them, with their annexes.

Written from SPEC §3, §3.10 and §5–§7 alone (apart from the reader, mappings, templates, fixtures and the
other sets' generators). Each workbook is first laid out on a cell grid (:class:`Lembar`); the layout records
the cell of every value it places, so an injected defect's cell is known exactly. The grid is then written by
openpyxl or XlsxWriter. The set leans on the parts earlier sets exercised least: the annexes (Matriks
Pembagian Peran dan Hasil, Manual Indikator Kinerja, Keterkaitan SKP–Angka Kredit), the Penilaian sheet, the
JPT perspektif and identity blocks whose two halves do not line up, plus workbook-level features (chart
sheets, images, defined names and print areas, protected sheets, very wide columns, text-formatted numbers,
the SKP sheet neither first nor named SKP).

Usage: ``python buat.py [--keluaran DIR] [--harapan FILE] [--seed N]``; deterministic for a seed.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import struct
import sys
import zlib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261209
TAHUN = 2026
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")
INSTANSI_ORDER = ("satpol", "puskesmas", "sekolah", "pertanahan", "koperasi", "bpom")


# ---------------------------------------------------------------------------------------------- grid


def ref(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


@dataclass
class Rumus:
    """A formula with the value Excel would have cached (XlsxWriter stores it; openpyxl cannot)."""

    text: str
    cached: Any


@dataclass
class Lembar:
    """One sheet laid out on a grid before any writer sees it."""

    name: str
    cells: dict = field(default_factory=dict)
    fmt: dict = field(default_factory=dict)
    merges: list = field(default_factory=list)
    widths: dict = field(default_factory=dict)
    protect: bool = False
    print_area: str | None = None
    chart_of: tuple | None = None  # chart sheet: (sheet name, column, first row, last row)
    image_at: tuple | None = None

    def put(self, r: int, c: int, v: Any, **f: Any) -> str:
        if v is not None:
            self.cells[(r, c)] = v
        if f:
            self.fmt[(r, c)] = f
        return ref(r, c)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


@dataclass
class Buku:
    sheets: list = field(default_factory=list)
    names: list = field(default_factory=list)  # (name, "'Sheet'!$A$1:$B$2")
    pos: dict = field(default_factory=dict)  # semantic key -> (sheet, cell)

    def at(self, key: Any, ls: Lembar, r: int, c: int) -> None:
        self.pos[key] = (ls.name, ref(r, c))


def _png() -> bytes:
    """A small valid PNG (a two-colour logo) without an imaging library."""
    w, h = 24, 24
    raw = b"".join(b"\x00" + b"".join(b"\x1f\x4e\x8a" if (x + y) % 7 < 4 else b"\xf2\xc1\x2e"
                                       for x in range(w)) for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write_openpyxl(book: Buku, path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    made = {}
    for ls in book.sheets:
        if ls.chart_of:
            continue
        ws = wb.create_sheet(ls.name)
        made[ls.name] = ws
        for (r, c), v in sorted(ls.cells.items()):
            cell = ws.cell(row=r, column=c)
            cell.value = ("=" + v.text.lstrip("=")) if isinstance(v, Rumus) else v
            f = ls.fmt.get((r, c), {})
            if f.get("bold"):
                cell.font = Font(bold=True)
            if f.get("wrap"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if f.get("num"):
                cell.number_format = f["num"]
        for (r, c), f in ls.fmt.items():
            if (r, c) not in ls.cells and f.get("num"):
                ws.cell(row=r, column=c).number_format = f["num"]
        for r1, c1, r2, c2 in ls.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in ls.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        if ls.protect:
            ws.protection.sheet = True
            ws.protection.password = "skp2026"
        if ls.print_area:
            ws.print_area = ls.print_area
    for ls in book.sheets:
        if ls.chart_of:
            src, col, r1, r2 = ls.chart_of
            cs = wb.create_chartsheet(ls.name)
            chart = BarChart()
            chart.title = "Target per IKI"
            chart.add_data(Reference(made[src], min_col=col, min_row=r1, max_row=r2))
            cs.add_chart(chart)
    wb._sheets = [wb[ls.name] for ls in book.sheets]
    for name, target in book.names:
        wb.defined_names[name] = DefinedName(name, attr_text=target)
    wb.active = next(i for i, ls in enumerate(book.sheets) if not ls.chart_of)
    wb.save(path)


def write_xlsxwriter(book: Buku, path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    formats: dict = {}

    def fmt(f: dict) -> Any:
        key = tuple(sorted(f.items()))
        if key not in formats:
            spec: dict = {}
            if f.get("bold"):
                spec["bold"] = True
            if f.get("wrap"):
                spec.update(text_wrap=True, valign="top")
            if f.get("num"):
                spec["num_format"] = f["num"]
            formats[key] = wb.add_format(spec) if spec else None
        return formats[key]

    def write(ws: Any, r: int, c: int, v: Any, f: Any) -> None:
        if isinstance(v, Rumus):
            ws.write_formula(r - 1, c - 1, v.text, f, v.cached)
        elif isinstance(v, str):
            ws.write_string(r - 1, c - 1, v, f)
        elif isinstance(v, (int, float)):
            ws.write_number(r - 1, c - 1, v, f)
        elif v is None:
            ws.write_blank(r - 1, c - 1, None, f)

    for ls in book.sheets:
        if ls.chart_of:
            src, col, r1, r2 = ls.chart_of
            cs = wb.add_chartsheet(ls.name)
            chart = wb.add_chart({"type": "column"})
            letter = get_column_letter(col)
            chart.add_series({"name": "Target", "values": f"='{src}'!${letter}${r1}:${letter}${r2}"})
            cs.set_chart(chart)
            continue
        ws = wb.add_worksheet(ls.name)
        merged = {}
        for r1, c1, r2, c2 in ls.merges:
            merged[(r1, c1)] = (r2, c2)
        for (r, c), f in ls.fmt.items():
            if (r, c) not in ls.cells and (r, c) not in merged:
                write(ws, r, c, None, fmt(f))
        for (r, c), v in sorted(ls.cells.items()):
            f = fmt(ls.fmt.get((r, c), {}))
            if (r, c) in merged:
                r2, c2 = merged[(r, c)]
                ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, "", f)
            write(ws, r, c, v, f)
        for (r1, c1), (r2, c2) in merged.items():
            if (r1, c1) not in ls.cells:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt(ls.fmt.get((r1, c1), {})))
        for c, w in ls.widths.items():
            ws.set_column(c - 1, c - 1, w)
        if ls.protect:
            ws.protect("skp2026")
        if ls.print_area:
            a, b = ls.print_area.replace("$", "").split(":")
            ws.print_area(f"{a}:{b}")
        if ls.image_at:
            r, c = ls.image_at
            ws.insert_image(r - 1, c - 1, "logo.png", {"image_data": io.BytesIO(_png()), "x_scale": 2,
                                                       "y_scale": 2})
    for name, target in book.names:
        wb.define_name(name, "=" + target)
    wb.close()


# ------------------------------------------------------------------------------------- numbers & text


def angka(x: float) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma (SPEC §5)."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    whole, frac = f"{x:.4f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def dengan_satuan(x: float, satuan: str) -> str:
    if not satuan:
        return angka(x)
    if satuan == "%":
        return f"{angka(x)} %"
    if satuan == "rupiah":
        return f"Rp {angka(x)}"
    return f"{angka(x)} {satuan}"


def bulat(x: float) -> int:
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def capaian(target: float, realisasi: float, lower: bool) -> int:
    """SPEC §6.1, rounded half-up to a whole percent (SPEC §6.2), in exact arithmetic: 41/40 is 102,5 %
    and rounds to 103, where binary floating point gives 102,4999… and 102."""
    ratio = Fraction(str(realisasi)) / Fraction(str(target))
    exact = (2 - ratio) * 100 if lower else ratio * 100
    return int((exact + Fraction(1, 2)).__floor__())


def nilai_iki(c: int) -> tuple[str, float]:
    """SPEC §6.2: kategori and nilai for a whole-percent capaian."""
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", round(110 + (120 - 110) / (110 - 101) * (c - 101), 2)
    if c == 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", round(70 + (89 - 70) / (99 - 80) * (c - 80), 2)
    if c >= 60:
        return "Kurang", round(50 + (69 - 50) / (79 - 60) * (c - 60), 2)
    return "Sangat Kurang", round(c / 59 * 49, 2)


def predikat(nilai: float) -> str:
    """PP 30/2019 Pasal 41 bands; 110+ is Baik unless a new idea is shown (SPEC §6.4)."""
    if nilai >= 90:
        return "Baik"
    if nilai >= 70:
        return "Butuh Perbaikan"
    if nilai >= 50:
        return "Kurang"
    return "Sangat Kurang"


def kategori(t: float, satuan: str, lower: bool) -> dict[str, str]:
    """Five kategori thresholds for a target (SPEC §3.3: BAIK holds the target)."""
    def s(x: float) -> str:
        return dengan_satuan(x, satuan)

    if lower:
        step = max(1, round(t * 0.2)) if t >= 5 else 1
        if satuan == "rupiah":
            step = round(t * 0.2, -3)
        c2, c3 = t + step, t + 2 * step
        return {"SANGAT KURANG": f"> {s(c3)}", "KURANG": f"> {angka(c2)} – {s(c3)}",
                "CUKUP": f"> {angka(t)} – {s(c2)}", "BAIK": s(t), "SANGAT BAIK": f"< {s(t)}"}
    def r(x: float) -> float:
        return round(x) if t >= 20 or float(t).is_integer() and t >= 5 else round(x, 1)
    a, b = r(t * 0.6), r(t * 0.8)
    return {"SANGAT KURANG": f"< {s(a)}", "KURANG": f"{angka(a)} – < {s(b)}",
            "CUKUP": f"{angka(b)} – < {s(t)}", "BAIK": s(t), "SANGAT BAIK": f"> {s(t)}"}


# ----------------------------------------------------------------------------------------- people


class Orang:
    def __init__(self, rng: random.Random, nama: str, jabatan: str, gol: str, unit: str,
                 nip: str | None = None) -> None:
        self.nama, self.jabatan, self.gol, self.unit = nama, jabatan, gol, unit
        self.pangkat = f"{bank.PANGKAT[gol]}, {gol}" if gol else "-"
        if nip is None:
            y = rng.randint(1968, 1994)
            birth = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            tmt = f"{y + rng.randint(22, 29)}{rng.randint(1, 12):02d}"
            nip = f"{birth}{tmt}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
        self.nip = nip

    @property
    def nip_spasi(self) -> str:
        n = self.nip
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}" if len(n) == 18 else n


# ------------------------------------------------------------------------------------------ content


@dataclass
class Iki:
    aspek: str
    teks: str
    t: float
    satuan: str
    lower: bool
    target: str = ""
    kat: dict = field(default_factory=dict)
    real: float | None = None


@dataclass
class Rk:
    atasan: str
    teks: str
    persp: str
    ikis: list


def rencana(inst: str, jenis: str, rng: random.Random) -> list[Rk]:
    out = []
    src = bank.RK[inst]
    chosen = src if jenis == "jpt" else rng.sample(src, 3)
    for atasan, teks, persp, ikis in chosen:
        if jenis == "jpt":
            atasan, teks = "", atasan
        items = []
        for aspek, iki, t, satuan, lower in ikis:
            it = Iki(aspek, iki, t, satuan, lower)
            it.target = dengan_satuan(t, satuan)
            it.kat = kategori(t, satuan, lower)
            items.append(it)
        out.append(Rk(atasan, teks, persp, items))
    return out


# ------------------------------------------------------------------------------------------- layout


ID_LABELS = {
    "baku": ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"],
    "singkat": ["NAMA", "N.I.P.", "PANGKAT/GOL.RUANG", "JABATAN", "UNIT KERJA"],
    "judul": ["Nama", "NIP", "Pangkat/Gol. Ruang", "Jabatan", "Unit Kerja"],
    "gol": ["NAMA", "NIP", "PANGKAT / GOL.", "JABATAN", "UNIT KERJA"],
}


def header(ls: Lembar, book: Buku, r: int, c0: int, span: int, judul: str, inst: dict, v: dict) -> int:
    if v.get("logo"):
        ls.image_at = (r, c0)
        r += 3
    ls.put(r, c0, judul, bold=True)
    ls.merge(r, c0, r, c0 + span - 1)
    ls.put(r + 1, c0, inst["nama"], bold=True)
    ls.merge(r + 1, c0, r + 1, c0 + span - 1)
    per = v.get("periode_teks", f"1 JANUARI SD 31 DESEMBER {TAHUN}")
    if v["periode"] == "satu":
        ls.put(r + 2, c0, f"PERIODE PENILAIAN: {per}")
        book.pos.setdefault("periode", (ls.name, ref(r + 2, c0)))
    else:
        ls.put(r + 2, c0, "PERIODE PENILAIAN")
        ls.put(r + 2, c0 + 2, ": " + v.get("periode_pisah", f"1 Januari s.d. 31 Desember {TAHUN}"))
        book.pos.setdefault("periode", (ls.name, ref(r + 2, c0 + 2)))
    return r + 4


def identitas(ls: Lembar, book: Buku, r: int, c0: int, peg: Orang, pen: Orang, v: dict, jpt: bool) -> int:
    """Pegawai (left) and penilai (right) side by side; in the uneven layouts the penilai block starts a row
    lower, or has a blank row inside it, or the pegawai's unit kerja runs onto a second line."""
    labels = ID_LABELS[v["id_labels"]]
    pen_labels = labels[:4] + (["INSTANSI"] if jpt and v.get("instansi_label") else [labels[4]])
    style = v["id_layout"]
    left, right = c0, c0 + (4 if v.get("id_wide") else 3)
    ls.put(r, left, "NO", bold=True)
    ls.put(r, left + 1, "PEGAWAI YANG DINILAI", bold=True)
    ls.merge(r, left + 1, r, left + 2)
    pr = r + 1 if style == "turun" else r
    ls.put(pr, right, "NO", bold=True)
    ls.put(pr, right + 1, v.get("penilai_label", "PEJABAT PENILAI KINERJA"), bold=True)
    ls.merge(pr, right + 1, pr, right + 2)
    vals = [peg.nama, peg.nip_spasi if v.get("nip_spasi") else peg.nip, peg.pangkat, peg.jabatan, peg.unit]
    pvals = [pen.nama, pen.nip_spasi if v.get("nip_spasi") and pen.nip != "-" else pen.nip, pen.pangkat,
             pen.jabatan, pen.unit]
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
    rr = r + 1
    for i in range(5):
        ls.put(rr, left, str(i + 1) if style != "turun" else i + 1)
        ls.put(rr, left + 1, labels[i])
        val = vals[i]
        if i == 4 and style == "turun" and len(val) > 30:
            cut = val.rfind(" ", 0, 34)
            ls.put(rr, left + 2, val[:cut])
            ls.put(rr + 1, left + 2, val[cut + 1:])
            book.at(("peg", keys[i]), ls, rr, left + 2)
            rr += 1
        else:
            ls.put(rr, left + 2, val)
            book.at(("peg", keys[i]), ls, rr, left + 2)
        rr += 1
    pr += 1
    for i in range(5):
        if style == "sisip" and i == 2:
            pr += 1  # an inserted blank row in the penilai block only
        ls.put(pr, right, f"{i + 1}.")
        ls.put(pr, right + 1, pen_labels[i])
        ls.put(pr, right + 2, pvals[i])
        book.at(("pen", keys[i]), ls, pr, right + 2)
        pr += 1
    return max(rr, pr) + 1


def kolom_ja(model: str, v: dict) -> list[tuple[str, str]]:
    cols = [("no", "NO"),
            ("atasan", v.get("label_atasan", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI")),
            ("rk", "RENCANA KINERJA"), ("aspek", "ASPEK"), ("iki", "INDIKATOR KINERJA INDIVIDU"),
            ("target", "TARGET")]
    if model == "pengembangan":
        cols += [(f"kat:{k}", k) for k in v["levels"]]
        cols += [("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")]
    return cols


def kolom_jpt(model: str, v: dict) -> list[tuple[str, str]]:
    cols = [("no", "NO"), ("rk", "RENCANA KINERJA"), ("iki", "INDIKATOR KINERJA INDIVIDU"),
            ("target", "TARGET")]
    return ([("persp", "PERSPEKTIF")] + cols) if model == "pengembangan" else cols


PERSP_TULIS = {
    "a": {"Penerima Layanan": "Perspektif Penerima Layanan", "Proses Bisnis": "Perspektif Proses Bisnis",
          "Penguatan Internal": "Perspektif Penguatan Internal", "Anggaran": "Perspektif Anggaran"},
    "b": {"Penerima Layanan": "PENERIMA LAYANAN (STAKEHOLDER)", "Proses Bisnis": "PROSES BISNIS",
          "Penguatan Internal": "PENGUATAN INTERNAL", "Anggaran": "ANGGARAN"},
    "c": {"Penerima Layanan": "Stakeholder / Penerima Layanan", "Proses Bisnis": "Proses bisnis",
          "Penguatan Internal": "Penguatan internal", "Anggaran": "Anggaran"},
    "d": {"Penerima Layanan": "Stakeholder", "Proses Bisnis": "Perspektif Proses Bisnis",
          "Penguatan Internal": "Perspektif Penguatan Internal", "Anggaran": "Perspektif Anggaran"},
}


def tabel(ls: Lembar, book: Buku, r: int, c0: int, jenis: str, model: str, rks: list[Rk], tambahan: list,
          v: dict) -> int:
    cols = kolom_ja(model, v) if jenis != "jpt" else kolom_jpt(model, v)
    cidx = {k: c0 + i for i, (k, _) in enumerate(cols)}
    two_rows = model == "pengembangan" and jenis != "jpt"
    for k, lab in cols:
        c = cidx[k]
        if two_rows and (k.startswith("kat:") or k in ("data", "sumber", "waktu")):
            ls.put(r + 1, c, lab, bold=True)
        else:
            ls.put(r, c, lab, bold=True, wrap=True)
            if two_rows:
                ls.merge(r, c, r + 1, c)
    if two_rows:
        k1, k2 = cidx[f"kat:{v['levels'][0]}"], cidx[f"kat:{v['levels'][-1]}"]
        ls.put(r, k1, "KATEGORI PENILAIAN KINERJA", bold=True)
        ls.merge(r, k1, r, k2)
        ls.put(r, cidx["data"], "CARA MEMANTAU KINERJA", bold=True)
        ls.merge(r, cidx["data"], r, cidx["waktu"])
        r += 1
    book.pos["header_row"] = r
    r += 1
    last = c0 + len(cols) - 1
    text_num = "textnum" in v["tech"]

    def group(row: int, text: str) -> None:
        ls.put(row, c0, text, bold=True)
        ls.merge(row, c0, row, last)

    group(r, "A. KINERJA UTAMA")
    r += 1
    first_row = r
    for i, rk in enumerate(rks):
        n = len(rk.ikis)
        top = r
        no_val: Any = str(i + 1) if text_num else i + 1
        ls.put(top, cidx["no"], no_val, **({"num": "@"} if text_num else {}))
        ls.put(top, cidx["rk"], rk.teks, wrap=True)
        book.at(("rk", i, "rk"), ls, top, cidx["rk"])
        book.at(("rk", i, "no"), ls, top, cidx["no"])
        if "atasan" in cidx:
            ls.put(top, cidx["atasan"], rk.atasan or None, wrap=True)
            book.at(("rk", i, "atasan"), ls, top, cidx["atasan"])
        if "persp" in cidx:
            ls.put(top, cidx["persp"], PERSP_TULIS[v["persp_tulis"]].get(rk.persp, rk.persp) or None)
            book.at(("rk", i, "persp"), ls, top, cidx["persp"])
        for j, it in enumerate(rk.ikis):
            rr = r + j
            if "aspek" in cidx:
                ls.put(rr, cidx["aspek"], it.aspek)
            ls.put(rr, cidx["iki"], it.teks, wrap=True)
            book.at(("iki", i, j, "iki"), ls, rr, cidx["iki"])
            tv: Any = it.target or None
            if text_num and it.satuan == "" and it.target:
                ls.put(rr, cidx["target"], tv, num="@")
            else:
                ls.put(rr, cidx["target"], tv)
            book.at(("iki", i, j, "target"), ls, rr, cidx["target"])
            for lev in v.get("levels", []):
                if f"kat:{lev}" in cidx:
                    ls.put(rr, cidx[f"kat:{lev}"], it.kat.get(lev) or None)
                    book.at(("iki", i, j, lev), ls, rr, cidx[f"kat:{lev}"])
        if "data" in cidx:
            cm = v["cm"][i % len(v["cm"])]
            for k, val in zip(("data", "sumber", "waktu"), cm, strict=True):
                ls.put(top, cidx[k], val or None, wrap=True)
                book.at(("rk", i, k), ls, top, cidx[k])
                ls.merge(top, cidx[k], top + n - 1, cidx[k])
        for k in ("no", "atasan", "rk"):
            if k in cidx and n > 1:
                ls.merge(top, cidx[k], top + n - 1, cidx[k])
        if "persp" in cidx and n > 1:
            ls.merge(top, cidx["persp"], top + n - 1, cidx["persp"])
        r += n
    book.pos["target_rows"] = (first_row, r - 1, cidx["target"])
    group(r, "B. KINERJA TAMBAHAN")
    r += 1
    if tambahan:
        for teks, aspek, iki, t, satuan in tambahan:
            ls.put(r, cidx["no"], 1)
            ls.put(r, cidx["rk"], teks, wrap=True)
            if "aspek" in cidx:
                ls.put(r, cidx["aspek"], aspek)
            ls.put(r, cidx["iki"], iki)
            ls.put(r, cidx["target"], dengan_satuan(t, satuan))
            if "atasan" in cidx:
                ls.put(r, cidx["atasan"], "-")
            for lev in v.get("levels", []):
                if f"kat:{lev}" in cidx:
                    ls.put(r, cidx[f"kat:{lev}"], kategori(t, satuan, False)[lev])
            if "data" in cidx:
                done = ("Bukti kegiatan", "Panitia", "Desember")
                for k, val in zip(("data", "sumber", "waktu"), done, strict=True):
                    ls.put(r, cidx[k], val)
            r += 1
    else:
        ls.put(r, cidx["no"], "-")
        ls.put(r, cidx["rk"], "-")
        r += 1
    widths = {"no": 5, "atasan": 34, "rk": 38, "aspek": 12, "iki": 36, "target": 14, "persp": 20,
              "data": 18, "sumber": 18, "waktu": 14}
    for k, c in cidx.items():
        ls.widths[c] = widths.get(k, 13)
    if "wide" in v["tech"]:
        ls.widths[cidx["rk"]] = 160
        ls.widths[cidx["iki"]] = 120
    return r + 1


def tanda_tangan(ls: Lembar, r: int, c0: int, span: int, inst: dict, peg: Orang, pen: Orang) -> int:
    right = c0 + max(span - 2, 3)
    ls.put(r, right, f"{inst['kota']}, 5 Januari {TAHUN}")
    ls.put(r + 1, c0 + 1, "Pejabat Penilai Kinerja,")
    ls.put(r + 1, right, "Pegawai yang Dinilai,")
    ls.put(r + 5, c0 + 1, pen.nama.upper())
    ls.put(r + 5, right, peg.nama.upper())
    if pen.nip != "-":
        ls.put(r + 6, c0 + 1, f"NIP. {pen.nip_spasi}")
    ls.put(r + 6, right, f"NIP. {peg.nip_spasi}")
    return r + 8


# ----------------------------------------------------------------------------------------- annexes


MANUAL_FIELDS = [
    ("rk", "RENCANA KINERJA"), ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("definisi", "DEFINISI IKI"), ("formula", "FORMULA"), ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"), ("jenis", "JENIS ASPEK TARGET"), ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"), ("periode", "PERIODE PELAPORAN"),
]


def judul_kata(label: str) -> str:
    """Title Case as staff type it, keeping the abbreviation IKI in capitals."""
    return " ".join("IKI" if w == "IKI" else w.capitalize() for w in label.split())


def manual(book: Buku, name: str, inst: dict, peg: Orang, rks: list[Rk], v: dict,
           rng: random.Random) -> Lembar:
    """Manual Indikator Kinerja (SPEC §3.5): one block per IKI, in one of three layouts."""
    ls = Lembar(name)
    style = v["manual"]
    ls.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    ls.merge(1, 1, 1, 5)
    ls.put(2, 1, inst["nama"])
    r = 4
    order = list(MANUAL_FIELDS)
    if style == "acak":
        tail = order[3:]
        rng.shuffle(tail)
        order = [order[2], order[0]] + [order[1]] + [f for f in tail if f[0] not in ("kendali", "periode")]
    for i, rk in enumerate(rks):
        for j, it in enumerate(rk.ikis):
            if ("manual_hilang", i, j) in v.get("skip", set()):
                continue
            iki_lc = it.teks[0].lower() + it.teks[1:]
            vals = {"rk": rk.teks, "iki": it.teks, "satuan": it.satuan or "indeks",
                    "jenis": "Minimize" if it.lower else "Maximize"}
            for k, tmpl in bank.MANUAL.items():
                vals.setdefault(k, tmpl.format(iki_lc=iki_lc, satuan=it.satuan or "indeks"))
            if style == "bawah":
                ls.put(r, 1, f"IKI {i + 1}.{j + 1}", bold=True)
                r += 1
            for k, lab in order:
                val = vals[k]
                if ("manual_kosong", i, j, k) in v.get("skip", set()):
                    val = None
                if style == "bawah":
                    ls.put(r, 1, judul_kata(lab), bold=True)
                    ls.put(r + 1, 1, val, wrap=True)
                    ls.merge(r + 1, 1, r + 1, 5)
                    book.at(("man", i, j, k), ls, r + 1, 1)
                    book.at(("manlab", i, j, k), ls, r, 1)
                    r += 2
                elif style == "acak":
                    ls.put(r, 1, judul_kata(lab))
                    ls.put(r, 2, val, wrap=True)
                    ls.merge(r, 2, r, 5)
                    book.at(("man", i, j, k), ls, r, 2)
                    book.at(("manlab", i, j, k), ls, r, 1)
                    r += 1
                else:
                    ls.put(r, 1, lab)
                    ls.put(r, 2, ":")
                    ls.put(r, 3, val, wrap=True)
                    ls.merge(r, 3, r, 6)
                    book.at(("man", i, j, k), ls, r, 3)
                    book.at(("manlab", i, j, k), ls, r, 1)
                    r += 1
            r += 1
    ls.widths = {1: 30, 2: 4 if style == "blok" else 60, 3: 60}
    return ls


def keterkaitan(book: Buku, name: str, inst_key: str, inst: dict, peg: Orang, pen: Orang, rks: list[Rk],
                v: dict, rng: random.Random) -> Lembar:
    """Format Keterkaitan SKP dengan Angka Kredit (SPEC §3.7) with varied columns and AK spellings."""
    ls = Lembar(name)
    style = v["ak"]
    r = header(ls, book, 1, 1, 6, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", inst,
               {"periode": "satu"})
    ls.put(r, 1, "TANGGAL PENGAJUAN")
    ls.put(r, 3, f": 5 Januari {TAHUN}")
    r += 1
    ls.put(r, 1, "NAMA")
    ls.put(r, 3, f": {peg.nama}")
    ls.put(r + 1, 1, "JABATAN")
    ls.put(r + 1, 3, f": {peg.jabatan}")
    r += 3
    if style == "kode":
        cols = ["NO", "RENCANA KINERJA", "KODE", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT", "VOLUME",
                "JUMLAH AK"]
    elif style == "gabung":
        cols = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT", "KETERANGAN"]
    else:
        cols = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]
    for i, lab in enumerate(cols):
        ls.put(r, 1 + i, lab, bold=True)
    ci = {lab: 1 + i for i, lab in enumerate(cols)}
    r += 1
    ls.put(r, 1, "KINERJA UTAMA", bold=True)
    ls.merge(r, 1, r, len(cols))
    r += 1
    butir = bank.BUTIR[inst_key]
    for i, rk in enumerate(rks):
        if ("ak_hilang", i) in v.get("skip", set()):
            continue
        picks = [butir[(i + k) % len(butir)] for k in range(2 if i != 1 else 1)]
        top = r
        for k, (b, out, ak) in enumerate(picks):
            no = f"{i + 1}.{k + 1}" if style == "gabung" else (i + 1 if k == 0 else None)
            ls.put(r, 1, no)
            if style != "gabung" or k == 0:
                ls.put(r, 2, rk.teks, wrap=True)
            ls.put(r, ci["BUTIR KEGIATAN"], b, wrap=True)
            ls.put(r, ci["OUTPUT"], out)
            how = v["ak_write"][(i + k) % len(v["ak_write"])]
            val: Any
            f: dict = {}
            if how == "teks":
                val = angka(ak)
            elif how == "angka":
                val, f = ak, {"num": "0.0000"}
            elif how == "spasi":
                val = f" {angka(ak)} "
            else:
                val, f = angka(ak), {"num": "@"}
            if ("ak_nilai", i, k) in v.get("ak_override", {}):
                val, f = v["ak_override"][("ak_nilai", i, k)], {}
            ls.put(r, ci["ANGKA KREDIT"], val, **f)
            book.at(("ak", i, k), ls, r, ci["ANGKA KREDIT"])
            if style == "kode":
                ls.put(r, ci["KODE"], f"{inst_key[:2].upper()}.{i + 1:02d}.{k + 1}")
                ls.put(r, ci["VOLUME"], 10 + 5 * k)
                ls.put(r, ci["JUMLAH AK"], Rumus(f"={get_column_letter(ci['ANGKA KREDIT'])}{r}*"
                                                 f"{get_column_letter(ci['VOLUME'])}{r}",
                                                 round(ak * (10 + 5 * k), 4)) if isinstance(val, float)
                       else round(ak * (10 + 5 * k), 4))
            r += 1
        if style == "gabung" and len(picks) > 1:
            ls.merge(top, 2, r - 1, 2)
    ls.widths = {1: 6, 2: 40, ci["BUTIR KEGIATAN"]: 40, ci["OUTPUT"]: 20, ci["ANGKA KREDIT"]: 14}
    tanda_tangan(ls, r + 1, 1, len(cols), bank.INSTANSI[inst_key], peg, pen)
    return ls


def matriks(book: Buku, name: str, inst: dict, peg: Orang, pen: Orang, rks: list[Rk], v: dict,
            rng: random.Random) -> Lembar:
    """Matriks Pembagian Peran dan Hasil (SPEC §3.6, §4): the koordinator's RK across the top with its
    jenis penyelarasan, members down the left (name, NIP written variously, jabatan), each cell the result;
    the first RK is split by beban target (the members' parts add up to the whole unless told otherwise)."""
    ls = Lembar(name)
    style = v["matriks"]
    ls.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", bold=True)
    ls.merge(1, 1, 1, 6)
    ls.put(2, 1, f"UNIT KERJA : {peg.unit}")
    ls.put(3, 1, f"KOORDINATOR : {pen.nama} ({pen.jabatan})")
    r = 5
    sep = style == "pisah"
    head = ["NO", "NAMA", "NIP", "JABATAN"] if sep else ["NO", "NAMA / NIP", "JABATAN"]
    for i, lab in enumerate(head):
        ls.put(r, 1 + i, lab, bold=True)
        ls.merge(r, 1 + i, r + 2, 1 + i)
    c1 = len(head) + 1
    # the RK split by beban target is the first whose first IKI counts things (not a percentage or index)
    split = next(i for i, rk in enumerate(rks) if rk.ikis[0].satuan not in ("%", ""))
    other = 1 if split != 1 else 0
    ls.put(r, c1, rks[split].atasan, bold=True, wrap=True)
    ls.put(r + 1, c1, "Direct Cascading (pembagian beban target)")
    ls.put(r, c1 + 1, rks[other].atasan, bold=True, wrap=True)
    ls.put(r + 1, c1 + 1, "Non-Direct Cascading (pendekatan layanan)")
    first = rks[split].ikis[0]
    members = [(peg.nama, peg.nip, peg.jabatan, first.t)]
    others = bank.ANGGOTA[: 2 + (len(peg.nama) % 2)]
    parts = [round(first.t * (0.8 + 0.2 * k)) for k in range(len(others))]
    for (nm, jab), part in zip(others, parts, strict=True):
        members.append((nm, Orang(rng, nm, jab, "III/a", peg.unit).nip, jab, part))
    total = first.t + sum(parts)
    # a defect writes a whole the members' parts do not add up to (SPEC §4, beban target)
    written_total = total + (10 if total >= 100 else 2) if v.get("kaskade_wrong") else total
    ls.put(r + 2, c1, f"Target: {dengan_satuan(written_total, first.satuan)}")
    book.at("kaskade_total", ls, r + 2, c1)
    ls.put(r + 2, c1 + 1, "-")
    r += 3
    for m, (nm, nip, jab, part) in enumerate(members):
        ls.put(r, 1, m + 1)
        nip_txt = [f"NIP. {nip}", f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}", nip,
                   f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}"][(m + v["nip_way"]) % 4]
        if sep:
            ls.put(r, 2, nm)
            ls.put(r, 3, nip_txt)
            ls.put(r, 4, jab)
        else:
            ls.put(r, 2, f"{nm}\n{nip_txt}", wrap=True)
            ls.put(r, 3, jab)
        hasil0 = rks[split].teks if m == 0 else f"{rks[split].teks} (wilayah {m + 1})"
        ls.put(r, c1, f"{hasil0} ({dengan_satuan(part, first.satuan)})", wrap=True)
        book.at(("kaskade", m), ls, r, c1)
        ls.put(r, c1 + 1, rks[other].teks if m == 0 else "Dukungan layanan administrasi tim tersedia",
               wrap=True)
        r += 1
    ls.widths = {1: 5, 2: 30, 3: 24, c1: 45, c1 + 1: 45}
    return ls


def penilaian(book: Buku, name: str, jenis: str, inst: dict, peg: Orang, pen: Orang, rks: list[Rk],
              v: dict) -> Lembar:
    """Penilaian SKP (SPEC §3.8, §6): realisasi with units, capaian as number, text or a formula with its
    cached value, kategori and nilai from SPEC §6.2, nilai akhir and predikat (JA/JF)."""
    ls = Lembar(name)
    r = header(ls, book, 1, 1, 8, "PENILAIAN SASARAN KINERJA PEGAWAI", inst, {"periode": "satu"})
    r = identitas(ls, book_dummy := Buku(), r, 1, peg, pen,
                  {"id_labels": "baku", "id_layout": "rata", "instansi_label": True}, jenis == "jpt")
    del book_dummy
    if jenis == "jpt":
        cols = (["PERSPEKTIF"] if v["model"] == "pengembangan" else []) + [
            "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]
    else:
        cols = ["NO", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "RENCANA KINERJA", "ASPEK",
                "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI",
                "NILAI CAPAIAN IKI", "NILAI CAPAIAN RK"]
    ci = {lab: 1 + i for i, lab in enumerate(cols)}
    for lab, c in ci.items():
        ls.put(r, c, lab, bold=True, wrap=True)
    r += 1
    ls.put(r, 1, "A. KINERJA UTAMA", bold=True)
    ls.merge(r, 1, r, len(cols))
    r += 1
    rk_nilai = []
    style = v["pen_style"]
    empty_any = False
    for i, rk in enumerate(rks):
        top = r
        ls.put(r, ci["NO"], i + 1)
        ls.put(r, ci["RENCANA KINERJA"], rk.teks, wrap=True)
        if "PERSPEKTIF" in ci:
            ls.put(r, ci["PERSPEKTIF"], PERSP_TULIS[v["persp_tulis"]].get(rk.persp, rk.persp))
        if "ASPEK" in ci:
            ls.put(r, ci["RENCANA KINERJA ATASAN YANG DIINTERVENSI"], rk.atasan, wrap=True)
        nilai = []
        for j, it in enumerate(rk.ikis):
            if "ASPEK" in ci:
                ls.put(r, ci["ASPEK"], it.aspek)
            ls.put(r, ci["INDIKATOR KINERJA INDIVIDU"], it.teks, wrap=True)
            ls.put(r, ci["TARGET"], v.get("pen_target", {}).get((i, j), it.target))
            book.at(("pen", i, j, "target"), ls, r, ci["TARGET"])
            book.at(("pen", i, j, "realisasi"), ls, r, ci["REALISASI"])
            book.at(("pen", i, j, "capaian"), ls, r, ci["CAPAIAN IKI"])
            book.at(("pen", i, j, "kategori"), ls, r, ci["KATEGORI CAPAIAN IKI"])
            if ("realisasi_kosong", i, j) in v.get("skip", set()):
                empty_any = True
                r += 1
                continue
            c = capaian(it.t, it.real, it.lower)
            kat, nil = nilai_iki(c)
            nilai.append(nil)
            way = style[(i + j) % len(style)]
            real_txt: Any = dengan_satuan(it.real, it.satuan) if way != "angka" else it.real
            ls.put(r, ci["REALISASI"], real_txt)
            written_c = v.get("capaian_salah", {}).get((i, j), c)
            if way == "rumus":
                cap: Any = Rumus(f"=ROUND({it.real}/{it.t}*100,0)" if not it.lower
                                 else f"=ROUND((2-{it.real}/{it.t})*100,0)", written_c)
                ls.put(r, ci["CAPAIAN IKI"], cap)
            elif way == "teks":
                ls.put(r, ci["CAPAIAN IKI"], f"{written_c} %")
            else:
                ls.put(r, ci["CAPAIAN IKI"], written_c)
            ls.put(r, ci["KATEGORI CAPAIAN IKI"], kat.upper() if way == "teks" else kat)
            ls.put(r, ci["NILAI CAPAIAN IKI"], angka(nil) if way == "teks" else nil)
            r += 1
        if "NILAI CAPAIAN RK" in ci and nilai and len(nilai) == len(rk.ikis):
            rn = round(sum(nilai) / len(nilai), 2)
            rk_nilai.append(rn)
            ls.put(top, ci["NILAI CAPAIAN RK"], rn)
            if len(rk.ikis) > 1:
                ls.merge(top, ci["NILAI CAPAIAN RK"], r - 1, ci["NILAI CAPAIAN RK"])
    ls.put(r, 1, "B. KINERJA TAMBAHAN", bold=True)
    ls.merge(r, 1, r, len(cols))
    ls.put(r + 1, ci["NO"], "-")
    r += 3
    if jenis != "jpt":
        lab_c = ci["INDIKATOR KINERJA INDIVIDU"]
        val_c = ci["NILAI CAPAIAN RK"]
        ls.put(r, lab_c, "NILAI AKHIR SKP", bold=True)
        ls.put(r + 1, lab_c, "PREDIKAT KINERJA", bold=True)
        book.at("predikat", ls, r + 1, val_c)
        if not empty_any:
            na = round(sum(rk_nilai) / len(rk_nilai), 2)
            # the predikat follows the nilai kinerja, 70 % SKP + 30 % perilaku (SPEC §6.4): kept inside Baik
            nk = 0.7 * na + 0.3 * sum(v["perilaku"]) / len(v["perilaku"])
            assert 90 <= na < 110 and 90 <= nk < 110, (na, nk)
            ls.put(r, val_c, na if v["na_angka"] else angka(na))
            pred = v.get("predikat_tulis") or predikat(nk)
            ls.put(r + 1, val_c, pred.upper() if v["na_angka"] else pred)
        r += 3
    ls.widths = {c: (34 if "RENCANA" in lab or "INDIKATOR" in lab else 14) for lab, c in ci.items()}
    return ls


ASPEK_PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]


def perilaku(inst: dict, peg: Orang, v: dict) -> Lembar:
    """Perilaku Kerja (SPEC §3.9): the five aspects of 8/2021 with their scores, so that the predikat in the
    Penilaian sheet follows from a nilai kinerja (SPEC §6.4)."""
    ls = Lembar("Perilaku")
    ls.put(1, 1, "PENILAIAN PERILAKU KERJA", bold=True)
    ls.merge(1, 1, 1, 4)
    ls.put(2, 1, inst["nama"])
    ls.put(4, 1, "NAMA")
    ls.put(4, 2, f": {peg.nama}")
    ls.put(5, 1, "NIP")
    ls.put(5, 2, f": {peg.nip_spasi}")
    for c, lab in enumerate(["NO", "ASPEK PERILAKU", "NILAI"], start=1):
        ls.put(7, c, lab, bold=True)
    for k, (aspek, nilai) in enumerate(zip(ASPEK_PERILAKU, v["perilaku"], strict=True)):
        ls.put(8 + k, 1, k + 1)
        ls.put(8 + k, 2, aspek)
        ls.put(8 + k, 3, nilai)
    ls.put(13, 2, "NILAI PERILAKU KERJA", bold=True)
    ls.put(13, 3, angka(sum(v["perilaku"]) / 5))
    ls.widths = {1: 5, 2: 30, 3: 10}
    return ls


# ---------------------------------------------------------------------------------------- workbooks


SKP_NAMES = ["SKP", "Form SKP", "Renc. Kinerja 2026", "Tabel B", "Lamp B", "RSKP", "Kinerja"]
MANUAL_NAMES = ["Manual IKI", "MANUAL INDIKATOR", "Lamp. Manual"]
AK_NAMES = ["Keterkaitan AK", "SKP-AK", "Format AK"]
PEN_NAMES = ["Penilaian", "Penilaian SKP", "Hasil Penilaian"]
MAT_NAMES = ["Matriks", "Matriks Peran Hasil", "Pembagian Peran"]
TECH = [["chart"], ["names"], ["protect"], ["wide"], ["textnum"], ["notfirst"], ["chart", "names"],
        ["protect", "wide"], ["textnum", "notfirst"], ["image"], ["image", "protect"]]

# defects per form and file number (1-based): kind names, see ``cacat``
DEFECTS = {
    "ja-dasar": {5: ["kaskade", "nip_penilai"], 6: ["realisasi_kosong"], 7: ["predikat", "rk_atasan_kosong"]},
    "ja-pengembangan": {5: ["capaian"], 6: ["kat_sama_target", "jabatan_penilai_kosong"],
                        7: ["kaskade", "sumber_kosong"]},
    "jf-dasar": {5: ["ak_teks"], 6: ["rk_tanpa_butir", "pangkat"], 7: ["ak_hilang"]},
    "jf-pengembangan": {5: ["ak_kosong", "target_penilaian"], 6: ["rk_tanpa_butir"],
                        7: ["jenjang", "kat_berurutan"]},
    "jpt-dasar": {5: ["manual_definisi"], 6: ["manual_hilang", "nip_17"], 7: ["capaian", "periode"]},
    "jpt-pengembangan": {5: ["persp_asing"], 6: ["manual_tujuan"], 7: ["persp_kurang", "realisasi_kosong"]},
}
PENILAIAN = {"ja-dasar": {2, 4, 6, 7}, "ja-pengembangan": {3, 5}, "jf-dasar": {1, 4},
             "jf-pengembangan": {2, 5}, "jpt-dasar": {3, 7}, "jpt-pengembangan": {2, 4, 7}}
MATRIKS = {"ja-dasar": {1, 3, 5}, "ja-pengembangan": {2, 4, 7}, "jf-dasar": {2, 5}, "jf-pengembangan": {1, 3}}


def one(form: str, n: int, rng: random.Random, serial: int) -> tuple:
    jenis, model = form.split("-")
    inst_key = INSTANSI_ORDER[(serial * 5 + n) % len(INSTANSI_ORDER)]
    inst = bank.INSTANSI[inst_key]
    kinds = DEFECTS[form].get(n, [])
    writer = "xlsxwriter" if (serial + n) % 2 else "openpyxl"
    tech = TECH[(serial * 3 + n) % len(TECH)]
    if "image" in tech:
        writer = "xlsxwriter"
    names = bank.NAMA
    nm = names[(serial * 7 + n * 3) % len(names)]
    pen_nm = names[(serial * 7 + n * 3 + 11) % len(names)]
    if jenis == "jpt":
        peg = Orang(rng, nm, f"{inst['jpt']}", "IV/c" if n % 2 else "IV/b", inst["unit_jpt"])
        jab, has_nip = inst["atasan_jpt"]
        level = {"Bupati": "Kabupaten", "Wali": "Kota", "Gubernur": "Provinsi"}.get(jab.split()[0], "")
        seat = jab.replace("Wali Kota", "Wali").split(" ", 1)[1]
        pen = (Orang(rng, pen_nm, jab, "IV/d", inst["unit_jpt"]) if has_nip
               else Orang(rng, pen_nm.split(",")[0], jab, "", f"Pemerintah {level} {seat}", nip="-"))
    else:
        pool = bank.JA[inst_key] if jenis == "ja" else bank.JF[inst_key]
        jab, gol = pool[n % len(pool)]
        peg = Orang(rng, nm, jab, gol, inst["unit"])
        ja_heads = [x for x in bank.JA[inst_key] if x[1] in ("IV/a", "III/d") and x[0] != jab]
        hjab, hgol = ja_heads[0] if ja_heads else ("Kepala " + inst["unit"], "IV/a")
        pen = Orang(rng, pen_nm, hjab, hgol, inst["unit"])
    rks = rencana(inst_key, jenis, rng)
    tambahan = [] if n in PENILAIAN.get(form, set()) or n % 3 == 0 else [bank.TAMBAHAN[n % 2]]
    v: dict = {
        "tech": tech, "model": model,
        "periode": "satu" if n % 2 else "pisah",
        "id_labels": ["baku", "singkat", "judul", "gol"][(serial + n) % 4],
        "id_layout": ["turun", "sisip", "rata", "turun"][(serial + n * 2) % 4],
        "id_wide": n % 3 == 1,
        "nip_spasi": n % 2 == 0,
        "instansi_label": n % 2 == 1,
        "penilai_label": "PEJABAT PENILAI" if n == 4 else "PEJABAT PENILAI KINERJA",
        "label_atasan": ["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
                         "RENCANA KINERJA ATASAN YANG DIINTERVENSI"][n % 2],
        "levels": (["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"] if n % 3 != 2
                   else ["CUKUP", "BAIK", "SANGAT BAIK"]),
        "cm": [("Laporan bulanan", "Bidang teknis", "Akhir bulan"),
               ("Rekap aplikasi", "Aplikasi SIMPEL", "Triwulanan"),
               ("Berita acara", "Sekretariat", "Desember")],
        "manual": ["blok", "acak", "bawah"][(serial + n) % 3],
        "ak": ["baku", "kode", "gabung"][(serial + n) % 3],
        "ak_write": [["teks", "angka"], ["spasi", "tekscell"], ["angka", "teks", "tekscell"]][n % 3],
        "matriks": "pisah" if n % 2 else "gabung",
        "nip_way": n % 4,
        "pen_style": [["angka", "teks"], ["rumus", "teks", "angka"], ["teks"]][n % 3],
        "persp_tulis": "abcd"[(serial + n) % 4],
        "na_angka": n % 2 == 1,
        "skip": set(),
        "perilaku": [100 + (n + k) % 6 for k in range(5)],
        "logo": "image" in tech,
    }
    if writer == "openpyxl":
        v["pen_style"] = [s for s in v["pen_style"] if s != "rumus"] or ["angka"]
    # realisasi: equal, a bit under or over target
    for i, rk in enumerate(rks):
        for j, it in enumerate(rk.ikis):
            pick = (i + j + n) % 3
            if it.lower:
                it.real = it.t if pick else (it.t - 1 if it.t > 3 else it.t)
            elif pick == 0 and it.t >= 12:
                it.real = round(it.t * 0.92) if float(it.t).is_integer() else round(it.t * 0.92, 1)
            elif pick == 1 and it.satuan == "%" and it.t <= 90:
                it.real = it.t + 1
            else:
                it.real = it.t
    # penilaian nilai akhir must stay inside Baik (90 ≤ x < 110) so the predikat is not a matter of judgment:
    # bring the best realisasi back to the target until it does
    def na() -> float:
        per_rk = [sum(nilai_iki(capaian(it.t, it.real, it.lower))[1] for it in rk.ikis) / len(rk.ikis)
                  for rk in rks]
        return sum(per_rk) / len(per_rk)

    while na() >= 110:
        best = max((it for rk in rks for it in rk.ikis), key=lambda it: capaian(it.t, it.real, it.lower))
        best.real = best.t
    defects: list[dict] = []
    book = Buku()

    # --- defects that change content before layout
    for kind in kinds:
        if kind == "nip_penilai":
            pen.nip = pen.nip[:17]
        elif kind == "nip_17":
            peg.nip = peg.nip[:13] + peg.nip[14:]
        elif kind == "pangkat":
            peg.pangkat = "Penata Tingkat I, III/b"
        elif kind == "jenjang":
            peg.jabatan = "Epidemiolog Kesehatan Ahli Muda"
            peg.gol, peg.pangkat = "II/d", "Pengatur Tingkat I, II/d"
        elif kind == "jabatan_penilai_kosong":
            pen.jabatan = None
        elif kind == "periode":
            v["periode_teks"] = f"31 DESEMBER {TAHUN} SD 1 JANUARI {TAHUN}"
            v["periode_pisah"] = f"31 Desember {TAHUN} s.d. 1 Januari {TAHUN}"
        elif kind == "rk_atasan_kosong":
            rks[0].atasan = ""
        elif kind == "kat_sama_target":
            it = rks[1].ikis[0]
            it.kat["SANGAT BAIK"] = it.kat["BAIK"]
        elif kind == "kat_berurutan":
            it = rks[0].ikis[0]
            it.kat["CUKUP"], it.kat["SANGAT BAIK"] = it.kat["SANGAT BAIK"], it.kat["CUKUP"]
        elif kind == "sumber_kosong":
            v["cm"] = [v["cm"][0], (v["cm"][1][0], "", v["cm"][1][2]), v["cm"][2]]
        elif kind == "persp_asing":
            rks[2].persp = "Inovasi dan Pembelajaran"
        elif kind == "persp_kurang":
            rks[3].persp = "Proses Bisnis"
        elif kind == "kaskade":
            v["kaskade_wrong"] = True
        elif kind == "manual_definisi":
            v["skip"].add(("manual_kosong", 1, 0, "definisi"))
        elif kind == "manual_tujuan":
            v["skip"].add(("manual_kosong", 0, 1, "tujuan"))
        elif kind == "manual_hilang":
            v["skip"].add(("manual_hilang", 2, 0))
        elif kind == "rk_tanpa_butir":
            v["skip"].add(("ak_hilang", 2))
        elif kind == "ak_teks":
            v["ak_override"] = {("ak_nilai", 0, 1): "belum dihitung"}
        elif kind == "ak_kosong":
            v["ak_override"] = {("ak_nilai", 1, 0): None}
        elif kind == "realisasi_kosong":
            v["skip"].add(("realisasi_kosong", 1, 0))
        elif kind == "capaian":
            it = rks[0].ikis[0]
            it.real = round(it.t * 0.92) if it.t >= 12 and not it.lower else it.t
            real_c = capaian(it.t, it.real, it.lower)
            v["capaian_salah"] = {(0, 0): 100 if real_c != 100 else 92}
        elif kind == "target_penilaian":
            it = rks[1].ikis[0]
            v["pen_target"] = {(1, 0): dengan_satuan(it.t + (5 if it.t >= 20 else 1), it.satuan)}
        elif kind == "predikat":
            v["predikat_tulis"] = "Butuh Perbaikan"
    skp_name = SKP_NAMES[(serial + n) % len(SKP_NAMES)]
    if "notfirst" in tech and skp_name == "SKP":
        skp_name = "Lamp B"
    skp = Lembar(skp_name)
    c0 = 1 + (n % 2)
    span = len(kolom_ja(model, v)) if jenis != "jpt" else len(kolom_jpt(model, v))
    judul = "RENCANA SASARAN KINERJA PEGAWAI"
    if jenis == "jpt":
        judul = "RENCANA SASARAN KINERJA PEGAWAI\nPEJABAT PIMPINAN TINGGI"
    r = header(skp, book, 1, c0, max(span, 7), judul, inst, v)
    r = identitas(skp, book, r, c0, peg, pen, v, jenis == "jpt")
    r = tabel(skp, book, r, c0, jenis, model, rks, tambahan, v)
    tanda_tangan(skp, r, c0, max(span, 6), inst, peg, pen)
    if "protect" in tech:
        skp.protect = True
    sheets: list[Lembar] = [skp]
    first_r, last_r, tcol = book.pos["target_rows"]
    if "names" in tech:
        skp.print_area = f"A1:{get_column_letter(c0 + span)}{r + 8}"
        letter = get_column_letter(tcol)
        book.names.append(("Target_SKP", f"'{skp.name}'!${letter}${first_r}:${letter}${last_r}"))
        book.names.append(("Periode_Tahun", f"'{skp.name}'!${get_column_letter(c0)}$3"))
    if jenis == "jpt":
        sheets.append(manual(book, MANUAL_NAMES[(serial + n) % 3], inst, peg, rks, v, rng))
    if jenis == "jf" and "ak_hilang" not in kinds:
        sheets.append(keterkaitan(book, AK_NAMES[(serial + n) % 3], inst_key, inst, peg, pen, rks, v, rng))
    if n in MATRIKS.get(form, set()):
        mat = matriks(book, MAT_NAMES[(serial + n) % 3], inst, peg, pen, rks, v, rng)
        sheets.insert(0, mat)
    if n in PENILAIAN[form]:
        sheets.append(penilaian(book, PEN_NAMES[(serial + n) % 3], jenis, inst, peg, pen, rks, v))
        if jenis != "jpt":
            sheets.append(perilaku(inst, peg, v))
    if "notfirst" in tech and sheets[0] is skp:
        sheets.insert(0, Lembar("Petunjuk", cells={(1, 1): "Isi sheet " + skp.name + " lalu cetak."}))
    if "chart" in tech:
        grafik = Lembar("Grafik", chart_of=(skp.name, tcol, first_r, last_r))
        sheets.insert(0 if n % 2 else len(sheets), grafik)
    book.sheets = sheets

    # --- defects located after layout: (code, key) -> sheet and cell from the layout's record
    def rec(code: str, key: Any, alts: tuple = (), any_of: list | None = None, no_cell: bool = False) -> None:
        d: dict = {"code": code}
        if no_cell:
            d["sheet"], d["cell"] = None, None
        else:
            d["sheet"], d["cell"] = book.pos[key]
        if alts:
            d["alt_cells"] = [{"sheet": book.pos[a][0], "cell": book.pos[a][1]} for a in alts]
        if any_of:
            d["any_of"] = any_of
        defects.append(d)

    for kind in kinds:
        if kind == "nip_penilai":
            rec("nip-tidak-valid", ("pen", "nip"))
        elif kind == "nip_17":
            rec("nip-tidak-valid", ("peg", "nip"))
        elif kind == "pangkat":
            rec("pangkat-tidak-dikenal", ("peg", "pangkat"))
        elif kind == "jenjang":
            rec("jenjang-golongan-tidak-sesuai", ("peg", "pangkat"), alts=(("peg", "jabatan"),))
        elif kind == "jabatan_penilai_kosong":
            rec("identitas-kosong", ("pen", "jabatan"))
        elif kind == "periode":
            rec("periode-tidak-valid", "periode")
        elif kind == "rk_atasan_kosong":
            rec("rk-atasan-kosong", ("rk", 0, "atasan"))
        elif kind == "kat_sama_target":
            rec("kategori-tidak-membedakan", ("iki", 1, 0, "SANGAT BAIK"))
        elif kind == "kat_berurutan":
            rec("kategori-tidak-berurutan", ("iki", 0, 0, "CUKUP"),
                alts=(("iki", 0, 0, "SANGAT BAIK"), ("iki", 0, 0, "BAIK"), ("iki", 0, 0, "target")))
        elif kind == "sumber_kosong":
            rec("cara-memantau-kosong", ("rk", 1, "sumber"))
        elif kind == "persp_asing":
            rec("perspektif-tidak-valid", ("rk", 2, "persp"))
        elif kind == "persp_kurang":
            rec("perspektif-tidak-lengkap", None, no_cell=True)
        elif kind == "kaskade":
            rec("target-kaskade-tidak-seimbang", "kaskade_total",
                alts=tuple(("kaskade", m) for m in range(3)))
        elif kind == "manual_definisi":
            rec("manual-iki-kosong", ("man", 1, 0, "definisi"), alts=(("manlab", 1, 0, "definisi"),))
        elif kind == "manual_tujuan":
            rec("manual-iki-kosong", ("man", 0, 1, "tujuan"), alts=(("manlab", 0, 1, "tujuan"),))
        elif kind == "manual_hilang":
            rec("manual-iki-kosong", ("iki", 2, 0, "iki"))
        elif kind == "rk_tanpa_butir":
            rec("rk-tanpa-butir-kegiatan", ("rk", 2, "rk"))
        elif kind == "ak_hilang":
            rec("keterkaitan-ak-hilang", None, no_cell=True)
        elif kind == "ak_teks":
            rec("angka-kredit-tidak-valid", ("ak", 0, 1))
        elif kind == "ak_kosong":
            rec("angka-kredit-tidak-valid", ("ak", 1, 0))
        elif kind == "realisasi_kosong":
            rec("realisasi-kosong", ("pen", 1, 0, "realisasi"))
        elif kind == "capaian":
            rec("capaian-tidak-sesuai", ("pen", 0, 0, "capaian"))
        elif kind == "target_penilaian":
            rec("target-penilaian-berbeda", ("pen", 1, 0, "target"))
        elif kind == "predikat":
            rec("predikat-tidak-sesuai", "predikat")
    return book, v, defects, writer, peg, inst


def slug(kinds: list[str]) -> str:
    return "-".join(k.replace("_", "-") for k in kinds) if kinds else "bersih"


# ---------------------------------------------------------------------------------- special files


def khusus(out: Path) -> list[dict]:
    files = []
    # PP 46/2011 evaluation form sent by mistake
    ls = Lembar("PENILAIAN SKP")
    ls.put(1, 1, "PENILAIAN CAPAIAN SASARAN KERJA", bold=True)
    ls.put(2, 1, "PEGAWAI NEGERI SIPIL", bold=True)
    ls.put(4, 1, f"Jangka Waktu Penilaian: 2 Januari s.d. 31 Desember {TAHUN}")
    heads = ["NO", "I. KEGIATAN TUGAS JABATAN", "AK", "TARGET", None, None, None, "AK", "REALISASI", None,
             None, None, "PENGHITUNGAN", "NILAI CAPAIAN SKP"]
    for i, h in enumerate(heads):
        ls.put(6, 1 + i, h, bold=True)
    sub = [None, None, None, "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA", None, "KUANT/OUTPUT", "KUAL/MUTU",
           "WAKTU", "BIAYA"]
    for i, h in enumerate(sub):
        ls.put(7, 1 + i, h, bold=True)
    rows = [("Melakukan patroli wilayah", 0.008, "48 laporan", 100, "12 bln", "-", "48 laporan", 95,
             "12 bln"),
            ("Melakukan penindakan non-yustisial", 0.06, "24 kasus", 100, "12 bln", "-", "22 kasus", 92,
             "12 bln")]
    for k, row in enumerate(rows):
        rr = 8 + k
        ls.put(rr, 1, k + 1)
        ls.put(rr, 2, row[0])
        ls.put(rr, 3, row[1])
        ls.put(rr, 4, row[2])
        ls.put(rr, 5, row[3])
        ls.put(rr, 6, row[4])
        ls.put(rr, 7, row[5])
        ls.put(rr, 8, row[1])
        ls.put(rr, 9, row[6])
        ls.put(rr, 10, row[7])
        ls.put(rr, 11, row[8])
        ls.put(rr, 13, 276 - k)
        ls.put(rr, 14, 92.0 - k)
    ls.put(12, 2, "Nilai Capaian SKP", bold=True)
    ls.put(12, 14, 91.5)
    b = Buku(sheets=[ls])
    write_xlsxwriter(b, out / "lain-pp46-penilaian-capaian.xlsx")
    files.append({"file": "lain-pp46-penilaian-capaian.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "format-lain", "sheet": None, "cell": None}], "writer": "xlsxwriter"})

    # the 8/2021 template never filled, its sheet protected
    ls = Lembar("SKP")
    ls.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", bold=True)
    ls.put(2, 1, "NAMA INSTANSI")
    ls.put(3, 1, "PERIODE PENILAIAN: ....................")
    ls.put(5, 1, "NO")
    ls.put(5, 2, "PEGAWAI YANG DINILAI")
    ls.put(5, 4, "NO")
    ls.put(5, 5, "PEJABAT PENILAI KINERJA")
    for i, lab in enumerate(ID_LABELS["baku"]):
        ls.put(6 + i, 1, i + 1)
        ls.put(6 + i, 2, lab)
        ls.put(6 + i, 4, i + 1)
        ls.put(6 + i, 5, lab)
    for i, lab in enumerate(["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA",
                             "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"]):
        ls.put(12, 1 + i, lab, bold=True)
    ls.put(13, 1, "A. KINERJA UTAMA")
    for k in range(3):
        ls.put(14 + k, 1, k + 1)
        ls.put(14 + k, 4, "Kuantitas")
    ls.put(17, 1, "B. KINERJA TAMBAHAN")
    ls.protect = True
    b = Buku(sheets=[ls])
    write_openpyxl(b, out / "templat-terkunci-belum-diisi.xlsx")
    files.append({"file": "templat-terkunci-belum-diisi.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
                  "writer": "openpyxl"})

    # an empty workbook: formatted widths and a print area, no value
    ls = Lembar("Sheet1", widths={1: 6, 2: 40, 3: 40}, print_area="A1:F40")
    ls.fmt[(1, 1)] = {"bold": True}
    b = Buku(sheets=[ls, Lembar("Sheet2")])
    write_xlsxwriter(b, out / "buku-kerja-kosong-berformat.xlsx")
    files.append({"file": "buku-kerja-kosong-berformat.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "bukan-skp", "sheet": None, "cell": None,
                               "any_of": ["bukan-skp", "templat-belum-diisi"]}], "writer": "xlsxwriter"})

    # a program performance report: TARGET | REALISASI | CAPAIAN, but not an SKP
    ls = Lembar("TW III")
    ls.put(1, 1, "LAPORAN CAPAIAN KINERJA PROGRAM TRIWULAN III TAHUN 2026", bold=True)
    ls.put(2, 1, bank.INSTANSI["satpol"]["nama"])
    for i, h in enumerate(["NO", "PROGRAM / KEGIATAN", "INDIKATOR", "SATUAN", "TARGET", "REALISASI",
                           "CAPAIAN (%)", "KETERANGAN"]):
        ls.put(4, 1 + i, h, bold=True)
    progs = [("Program Peningkatan Ketenteraman dan Ketertiban Umum", "Jumlah operasi penertiban", "kali", 48,
              37), ("Program Penanggulangan Bencana", "Jumlah Satlinmas terlatih", "orang", 180, 150),
             ("Program Penunjang Urusan Pemerintahan", "Persentase realisasi anggaran", "%", 95, 71)]
    for k, (p, ind, sat, t, real) in enumerate(progs):
        rr = 5 + k
        ls.put(rr, 1, k + 1)
        ls.put(rr, 2, p)
        ls.put(rr, 3, ind)
        ls.put(rr, 4, sat)
        ls.put(rr, 5, t)
        ls.put(rr, 6, real)
        ls.put(rr, 7, Rumus(f"=ROUND(F{rr}/E{rr}*100,2)", round(real / t * 100, 2)))
    b = Buku(sheets=[ls])
    write_xlsxwriter(b, out / "laporan-capaian-program-bukan-skp.xlsx")
    files.append({"file": "laporan-capaian-program-bukan-skp.xlsx", "form": None, "clean": False,
                  "defects": [{"code": "bukan-skp", "sheet": None, "cell": None}], "writer": "xlsxwriter"})
    return files


# -------------------------------------------------------------------------------------------- main


def build(out: Path, seed: int = SEED) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(seed)
    files = []
    for serial, form in enumerate(FORMS):
        for n in range(1, 8):
            book, v, defects, writer, peg, inst = one(form, n, rng, serial)
            kinds = DEFECTS[form].get(n, [])
            name = f"{form}-{n:02d}-{slug(kinds)}.xlsx"
            (write_xlsxwriter if writer == "xlsxwriter" else write_openpyxl)(book, out / name)
            files.append({
                "file": name, "form": form, "clean": not defects, "defects": defects,
                "jabatan": peg.jabatan, "writer": writer, "instansi": inst["nama"],
                "layout": {"tech": v["tech"], "id_layout": v["id_layout"], "id_labels": v["id_labels"],
                           "periode": v["periode"], "sheets": [s.name for s in book.sheets],
                           "manual": v["manual"] if form.startswith("jpt") else None,
                           "ak": v["ak"] if form.startswith("jf") else None,
                           "matriks": v["matriks"] if n in MATRIKS.get(form, set()) else None,
                           "penilaian": v["pen_style"] if n in PENILAIAN[form] else None,
                           "persp": v["persp_tulis"] if form == "jpt-pengembangan" else None,
                           "levels": len(v["levels"]) if form.endswith("pengembangan") else None},
            })
    files += khusus(out)
    return {"set": "nyata_h", "seed": seed, "files": files}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Membangun set evaluasi tertahan nyata_h.")
    p.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    p.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    p.add_argument("--seed", type=int, default=SEED)
    a = p.parse_args(argv)
    manifest = build(a.keluaran, a.seed)
    a.harapan.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest['files'])} berkas di {a.keluaran}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
