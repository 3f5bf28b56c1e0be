"""Generator of the held-out set ``benchmarks/nyata_s``: SKP workbooks whose *packages* carry what real
Microsoft Excel (Windows, Mac, Excel Online) writes and openpyxl/XlsxWriter fixtures rarely have.

Deterministic (no clock, no randomness beyond a fixed rotation). Each workbook is laid out first as a grid
(``Sheet``), written with openpyxl or XlsxWriter, then its package is rewritten part by part as Excel would
have saved it: rich-text and phonetic shared strings, ``_x000D_`` escapes, cached formula results of every
type (number, ``t="str"``, ``t="b"``, ``t="e"``) and shared formulas, SHA-512 sheet and workbook-structure
protection, ``#REF!`` defined names, the ``mc:Ignorable``/``x14ac`` markup, the Strict Open XML namespaces.
Written from SPEC §3, §5–§7 and ECMA-376 alone (no product code was read).

Usage: ``python benchmarks/nyata_s/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import re
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bank  # noqa: E402

FORMS = ["ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan"]
FIXED = datetime(2026, 1, 5, 8, 30, 0)
DATE_FMT = "[$-421]d mmmm yyyy;@"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# ---------------------------------------------------------------- grid ------------------------------------
@dataclass
class Cell:
    value: object = None
    fmt: str | None = None
    bold: bool = False
    formula: str | None = None  # without "="
    cached: object = None  # number, str, bool, or ("e", "#REF!")
    shared: tuple | None = None  # ("master", ref, si) or ("child", si)
    rich: list | None = None  # [(text, {"b": True} | {"color": "FF0000"} | {})]
    phonetic: str | None = None
    crlf: bool = False  # value contains "\n" written as _x000D_\n


@dataclass
class Sheet:
    name: str
    cells: dict = field(default_factory=dict)
    merges: list = field(default_factory=list)
    hidden_rows: list = field(default_factory=list)
    outline_rows: list = field(default_factory=list)
    state: str = "visible"
    freeze: str | None = None
    print_titles: str | None = None
    dv: list = field(default_factory=list)  # (range, formula)
    cf: list = field(default_factory=list)  # range
    notes: list = field(default_factory=list)  # (cell, text)
    links: list = field(default_factory=list)  # (cell, url, text)
    logo: bool = False
    table: tuple | None = None  # (ref, [headers])
    protect: bool = False

    def put(self, ref: str, value=None, **kw) -> Cell:
        c = Cell(value=value, **kw)
        self.cells[ref] = c
        return c


def col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(c: int, r: int) -> str:
    return f"{col(c)}{r}"


# --------------------------------------------------------------- scoring (SPEC §6) -------------------------
def half_up(x: float, nd: int = 0) -> float:
    q = 10**nd
    return int(x * q + 0.5 + 1e-9) / q


def capaian(target: float, real: float, khusus: bool) -> float:
    return half_up((2 - real / target) * 100 if khusus else real / target * 100)


def kategori(c: float) -> str:
    if c > 100:
        return "Sangat Baik"
    if c == 100:
        return "Baik"
    if c >= 80:
        return "Cukup"
    if c >= 60:
        return "Kurang"
    return "Sangat Kurang"


def nilai(c: float) -> float:
    if c > 110:
        v = 120.0
    elif c >= 101:
        v = 110 + (120 - 110) / (110 - 101) * (c - 101)
    elif c == 100:
        v = 109.0
    elif c >= 80:
        v = 70 + (89 - 70) / (99 - 80) * (c - 80)
    elif c >= 60:
        v = 50 + (69 - 50) / (79 - 60) * (c - 60)
    else:
        v = c / 59 * 49
    return half_up(v, 2)


# --------------------------------------------------------------- the case table ----------------------------
# one row per workbook: (form, index, defects, features). features name package traits (see README).
CASES: list[tuple[str, int, list[str], list[str]]] = [
    ("ja-dasar", 0, [], ["rich", "spasi", "tgl", "d1904", "excelns"]),
    ("ja-dasar", 1, ["nip"], ["rich", "prot_sheet", "prot_book", "notes"]),
    ("ja-dasar", 2, [], ["table", "dv", "vhidden", "vhidden_awal", "freeze", "names"]),
    ("ja-dasar", 3, ["periode_terbalik"], ["tgl", "d1904", "crlf"]),
    ("ja-dasar", 4, [], ["pen_rumus", "shared", "cf", "link", "d1904", "tgl", "numfmt"]),
    ("ja-dasar", 5, ["pen_kategori"], ["pen_rumus", "shared", "rph"]),
    ("ja-dasar", 6, [], ["strict", "spasi", "crlf"]),
    ("ja-dasar", 7, ["aspek", "rk_atasan"], ["outline", "logo", "xlsm"]),
    ("ja-pengembangan", 0, [], ["rph", "crlf", "prot_sheet", "excelns"]),
    ("ja-pengembangan", 1, ["kategori_sama"], ["rich", "dv", "vhidden", "cf"]),
    ("ja-pengembangan", 2, [], ["pen_belum", "freeze", "names", "numfmt"]),
    ("ja-pengembangan", 3, ["pen_ref"], ["pen_rumus", "dinamis", "notes", "link"]),
    ("ja-pengembangan", 4, [], ["tgl", "d1904", "logo", "prot_book"]),
    ("ja-pengembangan", 5, ["cara_memantau"], ["spasi", "outline", "rph"]),
    ("ja-pengembangan", 6, [], ["pen_rumus", "shared", "vlama", "xlsm"]),
    ("ja-pengembangan", 7, ["penilai_nama", "pangkat_na"], ["rumus_identitas", "excelns"]),
    ("jf-dasar", 0, [], ["pen_rumus", "shared", "rich", "tgl", "strict", "numfmt"]),
    ("jf-dasar", 1, ["butir"], ["crlf_ak", "prot_sheet", "names"]),
    ("jf-dasar", 2, [], ["crlf_ak", "rph", "d1904", "tgl", "logo"]),
    ("jf-dasar", 3, ["ak"], ["table", "dv", "vhidden", "vhidden_awal", "notes"]),
    ("jf-dasar", 4, [], ["strict", "numfmt"]),
    ("jf-dasar", 5, ["pen_realisasi"], ["pen_rumus", "dinamis", "cf", "freeze"]),
    ("jf-dasar", 6, [], ["rumus_identitas", "outline", "link", "prot_book"]),
    ("jf-dasar", 7, ["target_kosong"], ["rich", "excelns", "xlsm"]),
    ("jf-pengembangan", 0, [], ["numfmt", "prot_sheet", "prot_book", "notes"]),
    ("jf-pengembangan", 1, ["kategori_kosong"], ["rph", "spasi", "d1904", "tgl"]),
    ("jf-pengembangan", 2, [], ["pen_rumus", "shared", "crlf_ak", "excelns"]),
    ("jf-pengembangan", 3, ["pen_target"], ["pen_rumus", "dinamis", "link", "outline"]),
    ("jf-pengembangan", 4, [], ["vlama", "dv", "vhidden", "rich", "logo"]),
    ("jf-pengembangan", 5, ["target_teks"], ["freeze", "names", "cf"]),
    ("jf-pengembangan", 6, [], ["crlf", "spasi", "rph", "tgl"]),
    ("jf-pengembangan", 7, ["pangkat"], ["rumus_identitas", "notes", "xlsm"]),
    ("jpt-dasar", 0, [], ["rich", "rph", "d1904", "tgl", "prot_book"]),
    ("jpt-dasar", 1, ["manual"], ["table", "freeze", "names"]),
    ("jpt-dasar", 2, [], ["strict", "crlf"]),
    ("jpt-dasar", 3, ["target_kosong"], ["spasi", "logo", "prot_sheet"]),
    ("jpt-dasar", 4, [], ["outline", "notes", "link", "excelns", "numfmt"]),
    ("jpt-dasar", 5, ["nip_pegawai_kosong", "target_na"], ["rumus_identitas", "rph", "cf"]),
    ("jpt-dasar", 6, [], ["vlama", "vhidden", "dv", "xlsm"]),
    ("jpt-dasar", 7, ["rentang"], ["rich", "tgl", "d1904"]),
    ("jpt-pengembangan", 0, [], ["rich", "crlf", "prot_sheet", "prot_book", "excelns"]),
    ("jpt-pengembangan", 1, ["perspektif"], ["dv", "vhidden", "vhidden_awal", "rph", "numfmt"]),
    ("jpt-pengembangan", 2, [], ["tgl", "d1904", "logo", "notes", "names"]),
    ("jpt-pengembangan", 3, ["manual"], ["spasi", "outline", "freeze"]),
    ("jpt-pengembangan", 4, [], ["rumus_identitas", "numfmt", "link", "cf"]),
    ("jpt-pengembangan", 5, ["nip"], ["rich", "excelns", "xlsm"]),
    ("jpt-pengembangan", 6, [], ["rph", "spasi", "crlf", "freeze"]),
    ("jpt-pengembangan", 7, ["target_teks"], ["strict"]),
]


# --------------------------------------------------------------- layout ------------------------------------
class Book:
    """The workbook being laid out, with the manifest entries it collects."""

    def __init__(self, form: str, idx: int, defects: list[str], feats: list[str]):
        self.form, self.idx, self.defects, self.feats = form, idx, set(defects), set(feats)
        self.family, self.model = form.split("-")
        self.inst = bank.INSTANSI[idx % 3]
        self.sheets: list[Sheet] = []
        self.expect: list[dict] = []
        self.boleh: list[dict] = []
        k = FORMS.index(form) * 8 + idx
        self.k = k
        if self.family == "jpt":
            nm, nip, pk = self.inst["kepala"]
            self.peg = {
                "nama": nm,
                "nip": nip,
                "pangkat": pk,
                "jabatan": f"Kepala {self.inst['pendek']}",
                "unit": self.inst["nama"].title(),
            }
            self.pen = {
                "nama": self.inst["bupati"],
                "nip": "-",
                "pangkat": "-",
                "jabatan": f"Bupati {self.inst['tempat']}"
                if "KABUPATEN" in self.inst["nama"]
                else f"Wali Kota {self.inst['tempat']}",
                "unit": f"Pemerintah Daerah {self.inst['tempat']}",
            }
        else:
            jab, _ = bank.JABATAN[self.family][idx]
            p = self._pegawai_for(jab)
            q = bank.PEGAWAI[(bank.PEGAWAI.index(p) + 5) % len(bank.PEGAWAI)]
            unit = self.inst["unit"][idx % 3]
            self.peg = {
                "nama": p[0],
                "nip": p[1],
                "pangkat": p[2],
                "jabatan": jab,
                "unit": f"{unit} {self.inst['pendek']} {self.inst['tempat']}",
            }
            self.pen = {
                "nama": q[0],
                "nip": q[1],
                "pangkat": "Pembina, IV/a",
                "jabatan": f"Kepala {unit}" if unit != "Sekretariat" else "Sekretaris",
                "unit": f"{self.inst['pendek']} {self.inst['tempat']}",
            }
        self.writer = (
            "openpyxl"
            if "strict" in self.feats
            else ("xlsxwriter" if {"xlsm", "logo"} & self.feats else ("openpyxl", "xlsxwriter")[k % 2])
        )
        self.ext = ".xlsm" if "xlsm" in self.feats else ".xlsx"

    def _pegawai_for(self, jab: str):
        ranges = {
            "Ahli Pertama": ("III/a", "III/b"),
            "Ahli Muda": ("III/c", "III/d"),
            "Muda": ("III/c", "III/d"),
            "Terampil": ("II/b", "II/c", "II/d"),
        }
        for key, gol in ranges.items():
            if key in jab:
                ok = [p for p in bank.PEGAWAI if p[2].split(", ")[-1] in gol]
                return ok[self.idx % len(ok)]
        return bank.PEGAWAI[(self.k * 7) % len(bank.PEGAWAI)]

    # -- helpers
    def defect(self, code, sheet, cell, **kw):
        self.expect.append({"code": code, "sheet": sheet, "cell": cell, **kw})

    def text(self, sh: Sheet, r: str, s: str, rich=None, bold=False):
        """A label or value; traits of the package applied where the case asks for them."""
        ph = None
        if "spasi" in self.feats and bold:
            s = f"  {s} "
        if "rph" in self.feats and bold and s.strip() in ("NAMA", "RENCANA KINERJA", "TARGET", "JABATAN"):
            ph = {
                "NAMA": "ナマ",
                "RENCANA KINERJA": "レンチャナ",
                "TARGET": "タルゲット",
                "JABATAN": "ジャバタン",
            }[s.strip()]
        return sh.put(r, s, bold=bold, rich=rich, phonetic=ph)

    def header(self, sh: Sheet, title: str, width: int) -> int:
        self.text(sh, "A1", title, bold=True)
        sh.merges.append(f"A1:{col(width)}1")
        self.text(sh, "A2", self.inst["nama"], bold=True)
        sh.merges.append(f"A2:{col(width)}2")
        self.period(sh, 3)
        r = 5
        lab_r = None
        if "rich" in self.feats:
            lab_r = [("PEGAWAI YANG ", {}), ("DINILAI", {"b": True})]
        self.text(sh, f"A{r}", "PEGAWAI YANG DINILAI", bold=True, rich=lab_r)
        sh.merges.append(f"A{r}:C{r}")
        self.text(sh, f"D{r}", "PEJABAT PENILAI KINERJA", bold=True)
        sh.merges.append(f"D{r}:F{r}")
        labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
        keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
        for i, (lab, key) in enumerate(zip(labels, keys, strict=False)):
            rr = r + 1 + i
            sh.put(f"A{rr}", i + 1)
            self.text(sh, f"B{rr}", lab, bold=True)
            self.identity_value(sh, f"C{rr}", "peg", key)
            sh.put(f"D{rr}", i + 1)
            plab = "INSTANSI" if (self.family == "jpt" and key == "unit") else lab
            self.text(sh, f"E{rr}", plab, bold=True)
            self.identity_value(sh, f"F{rr}", "pen", key)
        return r + 7

    def identity_value(self, sh: Sheet, r: str, who: str, key: str):
        v = (self.peg if who == "peg" else self.pen)[key]
        first_sheet = not self.sheets
        if who == "peg" and key == "nip" and "nip" in self.defects and first_sheet:
            v = v[:-1]
            self.defect("nip-tidak-valid", sh.name, r)
        if who == "peg" and key == "nip" and "nip_pegawai_kosong" in self.defects and first_sheet:
            v = None
            self.defect("identitas-kosong", sh.name, r, any_of=["identitas-kosong", "nip-tidak-valid"])
        if who == "pen" and key == "nama" and "penilai_nama" in self.defects and first_sheet:
            v = None
            self.defect("identitas-kosong", sh.name, r)
        if who == "pen" and key == "pangkat" and "pangkat" in self.defects and first_sheet:
            v = "Pembina Muda, IV/a"
            self.defect("pangkat-tidak-dikenal", sh.name, r)
        if who == "pen" and key == "pangkat" and "pangkat_na" in self.defects:
            sh.put(r, None, formula="VLOOKUP(F6,Pegawai!$A$2:$C$40,3,FALSE)", cached=("e", "#N/A"))
            if first_sheet:
                self.defect(
                    "pangkat-tidak-dikenal", sh.name, r, any_of=["pangkat-tidak-dikenal", "identitas-kosong"]
                )
            return
        if v is None:
            return
        if "rumus_identitas" in self.feats and key in ("nama", "nip", "jabatan") and who == "peg":
            row = {"nama": 2, "nip": 2, "jabatan": 2}[key]
            c = {"nama": "B", "nip": "C", "jabatan": "D"}[key]
            sh.put(r, None, formula=f"Pegawai!{c}{row}", cached=v)
            return
        if "crlf" in self.feats and key == "unit" and who == "peg":
            parts = v.split(" ", 2)
            v = " ".join(parts[:2]) + "\n" + parts[2] if len(parts) > 2 else v
            sh.put(r, v, crlf=True)
            return
        if "spasi" in self.feats and key in ("nama", "jabatan"):
            v = v + "  "
        sh.put(r, v)

    def period(self, sh: Sheet, r: int):
        rev = "periode_terbalik" in self.defects and not self.sheets
        start, end = date(2026, 1, 1), date(2026, 12, 31)
        if rev:
            start, end = date(2026, 12, 31), date(2026, 1, 1)
        if "tgl" in self.feats:
            self.text(sh, f"A{r}", "PERIODE PENILAIAN", bold=True)
            sh.merges.append(f"A{r}:B{r}")
            sh.put(f"C{r}", start, fmt=DATE_FMT)
            sh.put(f"D{r}", "s.d.")
            sh.put(f"E{r}", end, fmt=DATE_FMT)
            if rev:
                self.defect(
                    "periode-tidak-valid",
                    sh.name,
                    f"C{r}",
                    alt_cells=[{"sheet": sh.name, "cell": f"E{r}"}, {"sheet": sh.name, "cell": f"A{r}"}],
                )
        else:
            sh.put(
                f"A{r}",
                None,
                formula='"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER "&2026'
                if "rumus_identitas" in self.feats
                else None,
                cached="PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026",
            )
            if "rumus_identitas" not in self.feats:
                sh.put(f"A{r}", "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
            sh.merges.append(f"A{r}:F{r}")

    def footer(self, sh: Sheet, r: int, width: int):
        r += 2
        right = max(width - 1, 4)
        if "tgl" in self.feats:
            sh.put(ref(right - 1, r), f"{self.inst['tempat']},")
            sh.put(ref(right, r), date(2026, 1, 2), fmt=DATE_FMT)
        else:
            sh.put(ref(right, r), f"{self.inst['tempat']}, 2 Januari 2026")
        sh.put(ref(2, r + 1), "Pegawai yang Dinilai")
        sh.put(ref(right, r + 1), "Pejabat Penilai Kinerja")
        sh.put(ref(2, r + 5), self.peg["nama"])
        sh.put(ref(right, r + 5), self.pen["nama"] or "")
        sh.put(ref(2, r + 6), f"NIP. {self.peg['nip']}")
        if self.pen["nip"] != "-":
            sh.put(ref(right, r + 6), f"NIP. {self.pen['nip']}")

    def target_cell(self, sh: Sheet, r: str, num, sat: str):
        if "numfmt" in self.feats:
            n = self.k + int(r[1:])
            if sat == "%":
                sh.put(r, num / 100, fmt=("0%", "0.0%", "0.00%")[n % 3])
            else:
                esc = "".join("\\" + ch for ch in sat)
                fmt = (
                    f'#,##0 "{sat}"',
                    f'0\\ "{sat}"',
                    f"0\\ {esc}",
                    f'General" {sat}"',
                    f'#,##0.00 "{sat}"',
                )[n % 5]
                sh.put(r, num, fmt=fmt)
        else:
            sh.put(r, f"{num} {sat}" if sat != "%" else f"{num}%")

    # -- SKP sheet JA/JF
    def skp_jajf(self) -> Sheet:
        sh = Sheet("SKP")
        peng = self.model == "pengembangan"
        width = 12 if peng else 6
        r = self.header(sh, "RENCANA SASARAN KINERJA PEGAWAI", width)
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        for i, h in enumerate(heads, 1):
            rich = None
            if "rich" in self.feats and h == "RENCANA KINERJA":
                rich = [("RENCANA ", {}), ("KINERJA", {"b": True})]
            self.text(sh, ref(i, r), h, bold=True, rich=rich)
            if peng:
                sh.merges.append(f"{ref(i, r)}:{ref(i, r + 1)}")
        if peng:
            self.text(sh, ref(7, r), "KATEGORI PENILAIAN", bold=True)
            sh.merges.append(f"{ref(7, r)}:{ref(9, r)}")
            self.text(sh, ref(10, r), "CARA MEMANTAU KINERJA", bold=True)
            sh.merges.append(f"{ref(10, r)}:{ref(12, r)}")
            for i, h in enumerate(
                ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
            ):
                self.text(sh, ref(7 + i, r + 1), h, bold=True)
        head_row = r
        r += 2 if peng else 1
        if "freeze" in self.feats:
            sh.freeze = ref(1, r)
        if "names" in self.feats:
            sh.print_titles = f"{head_row}:{r - 1}"
        table = "table" in self.feats
        if table:
            sh.table = (f"A{head_row}:F{head_row + 9}", heads)
        self.text(sh, f"A{r}", "A. KINERJA UTAMA", bold=True)
        if not table:
            sh.merges.append(f"A{r}:{col(width)}{r}")
        r += 1
        rks = bank.RK_JA if self.family == "ja" else bank.RK_JF
        order = [rks[(self.idx + j) % 3] for j in range(2)]
        self.iki_rows: list = []
        for j, rk in enumerate(order):
            atasan, rktext, ikis = rk[0], rk[1], rk[2]
            no = j + 1
            first = r
            sh.put(f"A{r}", no)
            if "rk_atasan" in self.defects and j == 1:
                self.defect("rk-atasan-kosong", "SKP", f"B{r}")
            else:
                sh.put(f"B{r}", atasan)
            self.rk_cell(sh, f"C{r}", rktext, j)
            for a, (asp, iki, tnum, sat, khusus) in enumerate(ikis):
                rr = r + a
                aspv = f"IKI ({asp})" if (self.k % 3 == 0) else asp
                if "aspek" in self.defects and j == 0 and a == 1:
                    aspv = "Manfaat"
                    self.defect("aspek-tidak-valid", "SKP", f"D{rr}")
                sh.put(f"D{rr}", aspv)
                sh.put(f"E{rr}", iki)
                tcell = f"F{rr}"
                if "target_kosong" in self.defects and j == 1 and a == 0:
                    self.defect("iki-tanpa-target", "SKP", tcell)
                elif "target_teks" in self.defects and j == 0 and a == 0:
                    sh.put(tcell, "sesuai kebutuhan")
                    self.defect("target-tidak-terukur", "SKP", tcell)
                else:
                    self.target_cell(sh, tcell, tnum, sat)
                if peng:
                    self.kategori_cells(sh, rr, tnum, sat, khusus, j == 0 and a == 0)
                self.iki_rows.append((no, atasan, rktext, asp, iki, tnum, sat, khusus, rr))
            n = len(ikis)
            if peng:
                if "cara_memantau" in self.defects and j == 1:
                    self.defect(
                        "cara-memantau-kosong",
                        "SKP",
                        f"J{r}",
                        alt_cells=[
                            {"sheet": "SKP", "cell": f"K{r}"},
                            {"sheet": "SKP", "cell": f"L{r}"},
                            {"sheet": "SKP", "cell": f"C{r}"},
                        ],
                    )
                else:
                    sh.put(f"J{r}", "Laporan capaian")
                    sh.put(f"K{r}", "Aplikasi e-Kinerja" if j else "Laporan bidang")
                    sh.put(f"L{r}", "Triwulanan")
                    if "link" in self.feats and j == 0:
                        sh.links.append((f"K{r}", "https://ekinerja.lembaharunika.go.id/", "Laporan bidang"))
            if n > 1 and not table:
                for c in (1, 2, 3) + ((10, 11, 12) if peng else ()):
                    sh.merges.append(f"{ref(c, first)}:{ref(c, first + n - 1)}")
            r += n
        if "outline" in self.feats:
            # last year's RK kept in collapsed outline rows: complete, hidden from view
            sh.put(f"C{r}", "Catatan penyusun: RK tahun lalu (disembunyikan)")
            self.boleh.append({"sheet": sh.name, "row": r})
            sh.hidden_rows.append(r)
            sh.outline_rows.append(r)
            r += 1
        self.text(sh, f"A{r}", "B. KINERJA TAMBAHAN", bold=True)
        if not table:
            sh.merges.append(f"A{r}:{col(width)}{r}")
        r += 1
        if self.idx % 2 == 0:
            at, rkt, ikis = bank.RK_JA_TAMBAHAN
            sh.put(f"A{r}", 1)
            sh.put(f"B{r}", at)
            sh.put(f"C{r}", rkt)
            sh.put(f"D{r}", ikis[0][0])
            sh.put(f"E{r}", ikis[0][1])
            self.target_cell(sh, f"F{r}", ikis[0][2], ikis[0][3])
            if peng:
                self.kategori_cells(sh, r, ikis[0][2], ikis[0][3], False, False)
                sh.put(f"J{r}", "Sertifikat")
                sh.put(f"K{r}", "Lembaga pelatihan")
                sh.put(f"L{r}", "Akhir tahun")
            r += 1
        if table:
            end = max(r - 1, head_row + 1)
            sh.table = (f"A{head_row}:F{end}", heads)
        if "dv" in self.feats:
            sh.dv.append((f"D{head_row + 1}:D{r}", "Daftar!$A$1:$A$4"))
        if "cf" in self.feats:
            sh.cf.append(f"F{head_row + 1}:F{r}")
        if "notes" in self.feats:
            sh.notes.append((f"F{self.iki_rows[0][8]}", "Target disesuaikan dengan Perjanjian Kinerja 2026."))
        self.footer(sh, r, width)
        return sh

    def rk_cell(self, sh: Sheet, r: str, text: str, j: int):
        if "rich" in self.feats and j == 0:
            w = text.split(" ")
            sh.put(
                r,
                text,
                rich=[
                    (" ".join(w[:1]) + " ", {}),
                    (w[1], {"color": "FFC00000", "b": True}),
                    (" " + " ".join(w[2:]), {}),
                ],
            )
        elif "crlf" in self.feats and j == 1:
            w = text.split(" ")
            sh.put(r, " ".join(w[:3]) + "\n" + " ".join(w[3:]), crlf=True)
        else:
            sh.put(r, text)

    def kategori_cells(self, sh, rr, tnum, sat, khusus, first):
        if "kategori_kosong" in self.defects and first:
            self.defect(
                "kategori-penilaian-kosong",
                "SKP",
                f"H{rr}",
                alt_cells=[
                    {"sheet": "SKP", "cell": f"G{rr}"},
                    {"sheet": "SKP", "cell": f"I{rr}"},
                    {"sheet": "SKP", "cell": f"E{rr}"},
                ],
            )
            return
        s = "" if sat == "%" else f" {sat}"
        s = "%" if sat == "%" else s
        lo, hi = ("> ", "< ") if khusus else ("< ", "> ")
        sh.put(f"G{rr}", f"{lo}{tnum}{s}")
        self.target_cell(sh, f"H{rr}", tnum, sat)
        if "kategori_sama" in self.defects and first:
            sh.put(f"I{rr}", f"{tnum}{s}")
            self.defect("kategori-tidak-membedakan", "SKP", f"I{rr}")
        else:
            sh.put(f"I{rr}", f"{hi}{tnum}{s}")

    # -- SKP sheet JPT
    def skp_jpt(self) -> Sheet:
        sh = Sheet("SKP JPT" if self.idx % 2 else "SKP")
        peng = self.model == "pengembangan"
        off = 1 if peng else 0
        width = 4 + off
        r = self.header(sh, "RENCANA SASARAN KINERJA PEGAWAI", 6)
        heads = (["PERSPEKTIF"] if peng else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        for i, h in enumerate(heads, 1):
            self.text(sh, ref(i, r), h, bold=True)
        head_row = r
        table = "table" in self.feats
        if "freeze" in self.feats:
            sh.freeze = ref(1, r + 1)
        if "names" in self.feats:
            sh.print_titles = f"{r}:{r}"
        r += 1
        self.text(sh, ref(1, r), "A. KINERJA UTAMA", bold=True)
        if not table:
            sh.merges.append(f"A{r}:{col(width)}{r}")
        r += 1
        self.iki_rows = []
        order = [bank.RK_JPT[(self.idx + j) % 4] for j in range(4 if peng else 3)]
        for j, (rk, ikis, persp) in enumerate(order):
            first = r
            if peng:
                if "perspektif" in self.defects and j == 1:
                    sh.put(f"A{r}", "Pelayanan Publik")
                    self.defect("perspektif-tidak-valid", sh.name, f"A{r}")
                else:
                    sh.put(f"A{r}", persp)
            sh.put(ref(1 + off, r), j + 1)
            self.rk_cell(sh, ref(2 + off, r), rk, j)
            for a, (iki, t, sat) in enumerate(ikis):
                rr = r + a
                sh.put(ref(3 + off, rr), iki)
                tc = ref(4 + off, rr)
                if "target_kosong" in self.defects and j == 0 and a == 0:
                    self.defect("iki-tanpa-target", sh.name, tc)
                elif "target_na" in self.defects and j == 1 and a == 0:
                    sh.put(
                        tc,
                        None,
                        formula=f"VLOOKUP({ref(3 + off, rr)},PK!$B$2:$D$30,3,FALSE)",
                        cached=("e", "#N/A"),
                    )
                    self.defect(
                        "target-tidak-terukur",
                        sh.name,
                        tc,
                        any_of=["target-tidak-terukur", "iki-tanpa-target"],
                    )
                elif "target_teks" in self.defects and j == 1 and a == 0:
                    sh.put(tc, "meningkat")
                    self.defect("target-tidak-terukur", sh.name, tc)
                elif "rentang" in self.defects and j == 2 and a == 0:
                    sh.put(tc, f"{t + 5} - {t} {sat}".replace(" %", "%"))
                    self.defect("target-rentang-terbalik", sh.name, tc)
                else:
                    self.target_cell(sh, tc, t, sat)
                self.iki_rows.append((rk, iki, t, sat))
            if len(ikis) > 1 and not table:
                for c in ([1] if peng else []) + [1 + off, 2 + off]:
                    sh.merges.append(f"{ref(c, first)}:{ref(c, first + len(ikis) - 1)}")
            r += len(ikis)
        if "outline" in self.feats:
            sh.put(ref(2 + off, r), "Catatan penyusun: IKU lama (disembunyikan)")
            self.boleh.append({"sheet": sh.name, "row": r})
            sh.hidden_rows.append(r)
            sh.outline_rows.append(r)
            r += 1
        self.text(sh, ref(1, r), "B. KINERJA TAMBAHAN", bold=True)
        if not table:
            sh.merges.append(f"A{r}:{col(width)}{r}")
        r += 1
        if table:
            sh.table = (f"A{head_row}:{col(width)}{r - 1}", heads)
        if "dv" in self.feats and peng:
            sh.dv.append((f"A{head_row + 1}:A{r}", "Daftar!$B$1:$B$4"))
        elif "dv" in self.feats:
            sh.dv.append((f"{col(width)}{head_row + 1}:{col(width)}{r}", "Daftar!$C$1:$C$4"))
        if "cf" in self.feats:
            sh.cf.append(f"{col(width)}{head_row + 1}:{col(width)}{r}")
        if "notes" in self.feats:
            sh.notes.append((ref(2 + off, head_row + 2), "Diselaraskan dengan Perjanjian Kinerja."))
        if "link" in self.feats:
            sh.links.append(("C10", "https://www.lembaharunika.go.id/", self.peg["unit"]))
        self.footer(sh, r, 6)
        return sh

    def manual(self) -> Sheet:
        sh = Sheet("Manual IKI")
        self.text(sh, "A1", "MANUAL INDIKATOR KINERJA", bold=True)
        r = 3
        for n, (rk, iki, _t, sat) in enumerate(self.iki_rows):
            for f in bank.MANUAL_FIELDS:
                self.text(sh, f"A{r}", f, bold=True)
                sh.put(f"B{r}", ":")
                val = {
                    "RENCANA KINERJA": rk,
                    "DESKRIPSI RENCANA KINERJA": f"Kondisi yang ingin dicapai: {rk.lower()}",
                    "INDIKATOR KINERJA INDIVIDU": iki,
                    "DEFINISI IKI": f"{iki} pada tahun berjalan",
                    "FORMULA": "Realisasi dibandingkan target x 100%"
                    if sat == "%"
                    else f"Jumlah {sat} yang tercapai",
                    "TUJUAN": "Mengukur keberhasilan sasaran strategis",
                    "SATUAN PENGUKURAN": sat,
                    "JENIS ASPEK TARGET": "Kuantitas",
                    "TINGKAT KENDALI IKI": "High",
                    "SUMBER DATA": "Laporan kinerja",
                    "PERIODE PELAPORAN": "Triwulanan",
                }[f]
                if "manual" in self.defects and n == 1 and f == "DEFINISI IKI":
                    self.defect(
                        "manual-iki-kosong",
                        sh.name,
                        f"C{r}",
                        alt_cells=[
                            {"sheet": sh.name, "cell": f"A{r}"},
                            {"sheet": sh.name, "cell": f"C{r - 3}"},
                            {"sheet": "SKP", "cell": None},
                        ],
                    )
                else:
                    if "crlf" in self.feats and f == "FORMULA":
                        sh.put(f"C{r}", f"{val}\n(dihitung per triwulan)", crlf=True)
                    else:
                        sh.put(f"C{r}", val)
                r += 1
            r += 1
        return sh

    def keterkaitan(self) -> Sheet:
        sh = Sheet("Keterkaitan AK")
        r = self.header(sh, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 5)
        self.text(sh, f"A{r}", "TANGGAL PENGAJUAN", bold=True)
        sh.merges.append(f"A{r}:B{r}")
        if "tgl" in self.feats:
            sh.put(f"C{r}", date(2026, 1, 6), fmt=DATE_FMT)
        else:
            sh.put(f"C{r}", "6 Januari 2026")
        r += 2
        for i, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
            self.text(sh, ref(i, r), h, bold=True)
        r += 1
        self.text(sh, f"A{r}", "KINERJA UTAMA", bold=True)
        sh.merges.append(f"A{r}:E{r}")
        r += 1
        rks = []
        for row in self.iki_rows:
            if row[2] not in rks:
                rks.append(row[2])
        bank_by_rk = {x[1]: x[3] for x in bank.RK_JF}
        for j, rk in enumerate(rks):
            butirs = bank_by_rk[rk]
            if "butir" in self.defects and j == 1:
                self.defect(
                    "rk-tanpa-butir-kegiatan",
                    "SKP",
                    "C" + str(self._rk_row(rk)),
                    alt_cells=[{"sheet": sh.name, "cell": f"B{r}"}, {"sheet": sh.name, "cell": f"C{r}"}],
                )
                continue
            first = r
            sh.put(f"A{r}", j + 1)
            if "crlf_ak" in self.feats:
                w = rk.split(" ")
                sh.put(f"B{r}", " ".join(w[:4]) + "\n" + " ".join(w[4:]), crlf=True)
            else:
                sh.put(f"B{r}", rk)
            for b, (butir, out, ak) in enumerate(butirs):
                sh.put(f"C{r + b}", butir)
                sh.put(f"D{r + b}", out)
                if "ak" in self.defects and j == 0 and b == 0:
                    sh.put(f"E{r + b}", "-")
                    self.defect("angka-kredit-tidak-valid", sh.name, f"E{r + b}")
                else:
                    sh.put(f"E{r + b}", ak, fmt="0.000")
            if len(butirs) > 1:
                sh.merges.append(f"A{first}:A{first + len(butirs) - 1}")
                sh.merges.append(f"B{first}:B{first + len(butirs) - 1}")
            r += len(butirs)
        self.footer(sh, r, 5)
        return sh

    def _rk_row(self, rk: str) -> int:
        return next(row[8] for row in self.iki_rows if row[2] == rk)

    # -- Penilaian JA/JF (cached formula results of every type)
    def penilaian(self) -> Sheet:
        sh = Sheet("Penilaian")
        belum = "pen_belum" in self.feats
        r = self.header(sh, "PENILAIAN SASARAN KINERJA PEGAWAI", 12)
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "NILAI CAPAIAN RK",
            "CEK TARGET",
        ]
        for i, h in enumerate(heads, 1):
            self.text(sh, ref(i, r), h, bold=True)
        r += 1
        self.text(sh, f"A{r}", "A. KINERJA UTAMA", bold=True)
        sh.merges.append(f"A{r}:K{r}")
        r += 1
        rows_by_rk: dict = {}
        pen_rows = []
        shared = "shared" in self.feats
        for no, atasan, rk, asp, iki, t, sat, khusus, skp_row in self.iki_rows:
            rows_by_rk.setdefault(no, []).append(r)
            pen_rows.append((no, atasan, rk, asp, iki, t, sat, khusus, skp_row, r))
            r += 1
        first_row = pen_rows[0][9]
        last_row = pen_rows[-1][9]
        rk_vals = {}
        for n, (no, atasan, rk, asp, iki, t, sat, khusus, skp_row, rr) in enumerate(pen_rows):
            rows = rows_by_rk[no]
            if rr == rows[0]:
                sh.put(f"A{rr}", no)
                sh.put(f"B{rr}", atasan)
                sh.put(f"C{rr}", rk)
                if len(rows) > 1:
                    for c in "ABCK":
                        sh.merges.append(f"{c}{rows[0]}:{c}{rows[-1]}")
            sh.put(f"D{rr}", asp)
            sh.put(f"E{rr}", iki)
            tv = t / 100 if sat == "%" else t
            tfmt = "0%" if sat == "%" else f'#,##0 "{sat}"'
            if "pen_target" in self.defects and n == 0:
                tv = tv * 0.8 if sat != "%" else tv - 0.1
                self.defect("target-penilaian-berbeda", "Penilaian", f"F{rr}")
            sh.put(f"F{rr}", tv, fmt=tfmt)
            # realisasi: a little above/below target
            frac = [1.0, 0.95, 1.05, 0.9][(self.k + n) % 4]
            if khusus:
                real = t * (2 - frac)
                real = round(real, 1)
            else:
                real = round(t * frac, 2) if sat != "%" else round(t * frac, 1)
            rv = real / 100 if sat == "%" else real
            empty = belum or ("pen_realisasi" in self.defects and n == 1)
            if not empty:
                sh.put(f"G{rr}", rv, fmt=tfmt if sat != "%" else "0.0%")
            cap = capaian(tv, rv, khusus) if not empty else None
            if empty and not belum:
                cap = capaian(tv, 0, khusus)
                self.defect("realisasi-kosong", "Penilaian", f"G{rr}")
                self.boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Penilaian"})
            kat = kategori(cap) if cap is not None else ""
            nil = nilai(cap) if cap is not None else ""
            f_cap = (
                (
                    f'IF(G{rr}="","",IF(LEFT(D{rr},5)="Waktu",ROUND((2-G{rr}/F{rr})*100,0),'
                    f"ROUND(G{rr}/F{rr}*100,0)))"
                )
                if belum
                else (f'IF(LEFT(D{rr},5)="Waktu",ROUND((2-G{rr}/F{rr})*100,0),ROUND(G{rr}/F{rr}*100,0))')
            )
            if shared:
                master = rr == first_row
                sh.put(
                    f"H{rr}",
                    None,
                    formula=f_cap if master else None,
                    cached=cap if cap is not None else "",
                    shared=("master", f"H{first_row}:H{last_row}", 0) if master else ("child", 0),
                    fmt="0",
                )
            else:
                sh.put(
                    f"H{rr}",
                    None,
                    formula=f_cap,
                    cached=cap if cap is not None else "",
                    fmt="0",
                    shared=("array", f"H{rr}") if "dinamis" in self.feats else None,
                )
            f_kat = (
                f'IF(H{rr}="","",IF(H{rr}>100,"Sangat Baik",IF(H{rr}=100,"Baik",IF(H{rr}>=80,"Cukup",'
                f'IF(H{rr}>=60,"Kurang","Sangat Kurang")))))'
            )
            if "pen_kategori" in self.defects and n == 1:
                wrong = "Sangat Baik" if kat != "Sangat Baik" else "Cukup"
                sh.put(f"I{rr}", wrong)
                self.defect("capaian-tidak-sesuai", "Penilaian", f"I{rr}")
            else:
                sh.put(f"I{rr}", None, formula=f_kat, cached=kat)
            f_nil = (
                f'IF(H{rr}="","",IF(H{rr}>110,120,IF(H{rr}>100,110+10/9*(H{rr}-101),IF(H{rr}=100,109,'
                f"IF(H{rr}>=80,70+19/19*(H{rr}-80),IF(H{rr}>=60,50+19/19*(H{rr}-60),H{rr}/59*49))))))"
            )
            sh.put(f"J{rr}", None, formula=f"ROUND({f_nil},2)", cached=nil, fmt="0.00")
            sh.put(
                f"L{rr}",
                None,
                formula=f"F{rr}=SKP!F{skp_row}",
                cached=not ("pen_target" in self.defects and n == 0),
            )
            if not belum:
                rk_vals.setdefault(no, []).append(nil)
        akhir_vals = []
        for no, rows in rows_by_rk.items():
            if belum:
                sh.put(
                    f"K{rows[0]}",
                    None,
                    formula=f"AVERAGE(J{rows[0]}:J{rows[-1]})",
                    cached=("e", "#DIV/0!"),
                    fmt="0.00",
                )
                continue
            v = half_up(sum(rk_vals[no]) / len(rk_vals[no]), 2)
            akhir_vals.append(v)
            sh.put(
                f"K{rows[0]}", None, formula=f"ROUND(AVERAGE(J{rows[0]}:J{rows[-1]}),2)", cached=v, fmt="0.00"
            )
        r = last_row + 1
        self.text(sh, f"A{r}", "B. KINERJA TAMBAHAN", bold=True)
        sh.merges.append(f"A{r}:K{r}")
        r += 1
        self.text(sh, f"A{r}", "NILAI AKHIR SKP", bold=True)
        sh.merges.append(f"A{r}:J{r}")
        ks = ",".join(f"K{rows[0]}" for rows in rows_by_rk.values())
        if belum:
            sh.put(f"K{r}", None, formula=f"ROUND(AVERAGE({ks}),2)", cached=("e", "#DIV/0!"), fmt="0.00")
            self.boleh.append({"code": "realisasi-kosong", "sheet": "Penilaian"})
        elif "pen_ref" in self.defects:
            sh.put(
                f"K{r}",
                None,
                formula=f"ROUND(AVERAGE(K{first_row},#REF!),2)",
                cached=("e", "#REF!"),
                fmt="0.00",
            )
            if "pen_realisasi" in self.defects:  # no nilai akhir can be computed to compare it with
                self.boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "cell": f"K{r}"})
            else:
                self.defect("capaian-tidak-sesuai", "Penilaian", f"K{r}")
        else:
            sh.put(
                f"K{r}",
                None,
                formula=f"ROUND(AVERAGE({ks}),2)",
                cached=half_up(sum(akhir_vals) / len(akhir_vals), 2),
                fmt="0.00",
            )
        if "cf" in self.feats:
            sh.cf.append(f"H{first_row}:H{last_row}")
        self.footer(sh, r, 11)
        return sh

    def build(self) -> None:
        first = self.skp_jajf() if self.family != "jpt" else self.skp_jpt()
        self.sheets.append(first)
        if self.family == "jpt":
            self.sheets.append(self.manual())
        if self.family == "jf":
            self.sheets.append(self.keterkaitan())
        if "pen_rumus" in self.feats or "pen_belum" in self.feats:
            self.sheets.append(self.penilaian())
        if "rumus_identitas" in self.feats or "pangkat_na" in self.defects:
            pg = Sheet("Pegawai", state="hidden")
            for i, h in enumerate(["NO", "NAMA", "NIP", "JABATAN"], 1):
                pg.put(ref(i, 1), h)
            pg.put("A2", 1)
            pg.put("B2", self.peg["nama"])
            pg.put("C2", self.peg["nip"])
            pg.put("D2", self.peg["jabatan"])
            self.sheets.append(pg)
        if "vhidden" in self.feats:
            d = Sheet("Daftar", state="veryHidden")
            for i, a in enumerate(["Kuantitas", "Kualitas", "Waktu", "Biaya"], 1):
                d.put(f"A{i}", a)
            for i, a in enumerate(["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"], 1):
                d.put(f"B{i}", a)
            for i, a in enumerate(["%", "dokumen", "indeks", "nilai"], 1):
                d.put(f"C{i}", a)
            if "vhidden_awal" in self.feats:
                self.sheets.insert(0, d)
            else:
                self.sheets.append(d)
        if "vlama" in self.feats:
            o = Sheet("SKP 2019", state="veryHidden")
            for i, row in enumerate(bank.OLD_PP46, 1):
                for j, v in enumerate(row, 1):
                    if v != "":
                        o.put(ref(j, i), v)
            self.sheets.append(o)
        if "prot_sheet" in self.feats:
            first.protect = True
        if "logo" in self.feats:
            first.logo = True

    def name(self) -> str:
        tag = "bersih" if not self.defects else "cacat"
        return f"{self.form}-{self.idx:02d}-{tag}{self.ext}"


# --------------------------------------------------------------- writers -----------------------------------
def tiny_png() -> bytes:
    """A 24x24 two-colour PNG (agency logo stand-in), written without PIL."""
    w = h = 24
    raw = b"".join(
        b"\x00"
        + b"".join(
            b"\x1f\x4e\x79" if (x - 12) ** 2 + (y - 12) ** 2 < 100 else b"\xff\xd7\x00" for x in range(w)
        )
        for y in range(h)
    )

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def fake_vba() -> bytes:
    """A stand-in vbaProject.bin: the Compound File signature and an empty header (never executed, never
    parsed by a checker; Excel would refuse its macros, not the workbook)."""
    return bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)


def write_xlsxwriter(book: Book, path: Path) -> None:
    import xlsxwriter

    opts = {"date_1904": "d1904" in book.feats}
    wb = xlsxwriter.Workbook(str(path), opts)
    wb.set_properties({"created": FIXED, "author": "Subbagian Umum dan Kepegawaian"})
    fmts: dict = {}

    def fmt(c: Cell):
        key = (c.fmt, c.bold, c.crlf)
        if key not in fmts:
            d = {}
            if c.fmt:
                d["num_format"] = c.fmt
            if c.bold:
                d["bold"] = True
            if c.crlf:
                d["text_wrap"] = True
            fmts[key] = wb.add_format(d) if d else None
        return fmts[key]

    if book.ext == ".xlsm":
        vba = path.with_suffix(".bin.tmp")
        vba.write_bytes(fake_vba())
        wb.add_vba_project(str(vba))
    for sh in book.sheets:
        ws = wb.add_worksheet(sh.name)
        merged_first = {}
        for m in sh.merges:
            merged_first[m.split(":")[0]] = m
        for r, c in sorted(sh.cells.items(), key=lambda kv: _rc(kv[0])):
            if r in merged_first:
                continue
            _xw_cell(wb, ws, r, c, fmt(c))
        for m in sh.merges:
            a = m.split(":")[0]
            c = sh.cells.get(a)
            v = c.value if c else None
            if c and c.rich or c and c.formula or isinstance(v, (date, datetime)):
                ws.merge_range(m, "", fmt(c))
                _xw_cell(wb, ws, a, c, fmt(c))
            else:
                ws.merge_range(m, v if v is not None else "", fmt(c) if c else None)
        for rr in sh.hidden_rows:
            ws.set_row(rr - 1, None, None, {"hidden": True, "level": 1})
        if sh.freeze:
            ws.freeze_panes(sh.freeze)
        if sh.print_titles:
            a, b = sh.print_titles.split(":")
            ws.repeat_rows(int(a) - 1, int(b) - 1)
        for rng, src in sh.dv:
            ws.data_validation(rng, {"validate": "list", "source": "=" + src})
        for rng in sh.cf:
            red = wb.add_format({"font_color": "#9C0006", "bg_color": "#FFC7CE"})
            ws.conditional_format(rng, {"type": "cell", "criteria": "<", "value": 80, "format": red})
        for cell, text in sh.notes:
            ws.write_comment(cell, text, {"author": "Pengelola Kinerja"})
        for cell, url, text in sh.links:
            ws.write_url(cell, url, None, text)
        if sh.logo:
            ws.insert_image(
                "H1", "logo.png", {"image_data": io.BytesIO(tiny_png()), "x_scale": 2, "y_scale": 2}
            )
        if sh.table:
            rng, heads = sh.table
            ws.add_table(
                rng,
                {
                    "columns": [{"header": h} for h in heads],
                    "style": "Table Style Light 9",
                    "autofilter": False,
                },
            )
        if sh.state == "hidden":
            ws.hide()
        elif sh.state == "veryHidden":
            ws.very_hidden()
        ws.set_column("A:A", 5)
        ws.set_column("B:C", 34)
        ws.set_column("D:L", 16)
    if any(sh.print_titles for sh in book.sheets):
        wb.define_name("Daftar_Aspek", "=SKP!$D$14:$D$20")
    wb.close()
    if book.ext == ".xlsm":
        path.with_suffix(".bin.tmp").unlink()


def _rc(a: str) -> tuple[int, int]:
    m = re.match(r"([A-Z]+)(\d+)", a)
    n = 0
    for ch in m.group(1):
        n = n * 26 + ord(ch) - 64
    return int(m.group(2)), n


def _xw_cell(wb, ws, a: str, c: Cell, f) -> None:
    if c.rich:
        parts = []
        for text, props in c.rich:
            if props:
                d = {}
                if props.get("b"):
                    d["bold"] = True
                if props.get("color"):
                    d["font_color"] = "#" + props["color"][-6:]
                parts.append(wb.add_format(d))
            parts.append(text)
        if f is not None:
            parts.append(f)
        ws.write_rich_string(a, *parts)
    elif c.formula is not None or c.shared:
        ws.write_formula(a, "=" + (c.formula or "0"), f, 0)
    elif isinstance(c.value, (date, datetime)):
        ws.write_datetime(a, datetime(c.value.year, c.value.month, c.value.day), f)
    elif c.value is None:
        return
    elif isinstance(c.value, str):
        ws.write_string(a, c.value.replace("\n", "¶") if c.crlf else c.value, f)
    else:
        ws.write_number(a, c.value, f)


def write_openpyxl(book: Book, path: Path) -> None:
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.comments import Comment
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if "d1904" in book.feats:
        wb.epoch = CALENDAR_MAC_1904
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Subbagian Umum dan Kepegawaian"
    for sh in book.sheets:
        ws = wb.create_sheet(sh.name)
        for a, c in sh.cells.items():
            cell = ws[a]
            if c.rich:
                blocks = []
                for text, props in c.rich:
                    if props:
                        blocks.append(TextBlock(InlineFont(b=props.get("b"), color=props.get("color")), text))
                    else:
                        blocks.append(text)
                cell.value = CellRichText(*blocks)
            elif c.formula is not None or c.shared:
                cell.value = "=" + (c.formula or "0")
            elif isinstance(c.value, str) and c.crlf:
                cell.value = c.value.replace("\n", "¶")
                cell.alignment = Alignment(wrap_text=True)
            else:
                cell.value = c.value
            if c.fmt:
                cell.number_format = c.fmt
            if c.bold and not c.rich:
                cell.font = Font(bold=True)
        for m in sh.merges:
            ws.merge_cells(m)
        for rr in sh.hidden_rows:
            ws.row_dimensions[rr].hidden = True
            ws.row_dimensions[rr].outlineLevel = 1
        if sh.freeze:
            ws.freeze_panes = sh.freeze
        if sh.print_titles:
            ws.print_title_rows = sh.print_titles
        for rng, src in sh.dv:
            dv = DataValidation(type="list", formula1=src, allow_blank=True)
            dv.add(rng)
            ws.add_data_validation(dv)
        for rng in sh.cf:
            ws.conditional_formatting.add(
                rng, CellIsRule(operator="lessThan", formula=["80"], fill=PatternFill(bgColor="FFC7CE"))
            )
        for a, text in sh.notes:
            ws[a].comment = Comment(text, "Pengelola Kinerja")
        for a, url, text in sh.links:
            ws[a].hyperlink = url
            ws[a].value = text
        if sh.table:
            rng, heads = sh.table
            t = Table(displayName=f"TabelRK{book.k}", ref=rng)
            t.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            ws.add_table(t)
        ws.sheet_state = sh.state
        ws.column_dimensions["B"].width = 34
        ws.column_dimensions["C"].width = 34
    if any(sh.print_titles for sh in book.sheets):
        wb.defined_names["Daftar_Aspek"] = DefinedName("Daftar_Aspek", attr_text="SKP!$D$14:$D$20")
    wb.save(path)


# --------------------------------------------------------------- package rewriting -------------------------
def excel_hash(password: str, salt: bytes, spin: int = 100000) -> str:
    """ECMA-376 Agile password hash as Excel 2013+ writes it in sheetProtection/workbookProtection."""
    h = hashlib.sha512(salt + password.encode("utf-16-le")).digest()
    for i in range(spin):
        h = hashlib.sha512(h + struct.pack("<I", i)).digest()
    return base64.b64encode(h).decode()


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sheet_paths(parts: dict) -> dict:
    wb = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    targets = dict(re.findall(r'<Relationship[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels))
    targets.update(
        {i: t for t, i in re.findall(r'<Relationship[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)}
    )
    out = {}
    for name, rid in re.findall(r'<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"', wb):
        t = targets[rid].lstrip("/")
        out[name.replace("&amp;", "&")] = t if t.startswith("xl/") else "xl/" + t
    return out


def _cell_xml(a: str, s: str | None, c: Cell) -> str:
    sattr = f' s="{s}"' if s else ""
    v = c.cached
    if isinstance(v, tuple) and v[0] == "e":
        t, vv = ' t="e"', v[1]
    elif isinstance(v, bool):
        t, vv = ' t="b"', "1" if v else "0"
    elif isinstance(v, str):
        t, vv = ' t="str"', _esc(v)
    elif v is None:
        t, vv = "", None
    else:
        t, vv = "", format(float(v), ".17g") if float(v) != int(v) else str(int(v))
    if c.shared and c.shared[0] == "array":
        return (
            f'<c r="{a}"{sattr}{t} cm="1"><f t="array" ref="{c.shared[1]}">{_esc(c.formula)}</f>'
            + (f"<v>{vv}</v>" if vv is not None else "<v></v>")
            + "</c>"
        )
    if c.shared and c.shared[0] == "master":
        f = f'<f t="shared" ref="{c.shared[1]}" si="{c.shared[2]}">{_esc(c.formula)}</f>'
    elif c.shared:
        f = f'<f t="shared" si="{c.shared[1]}"/>'
    else:
        f = f"<f>{_esc(c.formula)}</f>"
    return f'<c r="{a}"{sattr}{t}>{f}' + (f"<v>{vv}</v>" if vv is not None else "<v></v>") + "</c>"


def shared_strings(parts: dict, sheets: dict) -> None:
    """Excel keeps every text cell in the shared-string table; openpyxl writes inline strings, so move them
    there (one ``<si>`` per distinct text, in order of first use)."""
    sst = "xl/sharedStrings.xml"
    table: list[str] = []
    index: dict[str, int] = {}
    if sst in parts:
        table = re.findall(r"<si>(.*?)</si>", parts[sst].decode(), flags=re.S)
        index = {t: i for i, t in enumerate(table)}

    def to_shared(m: re.Match) -> str:
        body = m.group(3)
        if body not in index:
            index[body] = len(table)
            table.append(body)
        return f'<c r="{m.group(1)}"{m.group(2)} t="s"><v>{index[body]}</v></c>'

    changed = False
    for p in sheets.values():
        x = parts[p].decode()
        y = re.sub(
            r'<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is>(.*?)</is></c>', to_shared, x, flags=re.S
        )
        if y != x:
            parts[p] = y.encode()
            changed = True
    if not changed:
        return
    parts[sst] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN_NS}" '
        f'count="{len(table)}" uniqueCount="{len(table)}">'
        + "".join(f"<si>{t}</si>" for t in table)
        + "</sst>"
    ).encode()
    ct = parts["[Content_Types].xml"].decode()
    if "sharedStrings" not in ct:
        ct = ct.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        parts["[Content_Types].xml"] = ct.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    if "sharedStrings" not in rels:
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>",
        )
        parts["xl/_rels/workbook.xml.rels"] = rels.encode()


def dynamic_array_metadata(parts: dict) -> None:
    """Excel 365 stores a formula entered in the dynamic-array grid as ``t="array"`` with ``cm="1"``
    pointing at the XLDAPR cell metadata of ``xl/metadata.xml``."""
    parts["xl/metadata.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<metadata xmlns="{MAIN_NS}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/'
        'dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" '
        'copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" '
        'clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" '
        'count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties '
        'fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk>'
        '<rc t="1" v="0"/></bk></cellMetadata></metadata>'
    ).encode()
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace(
        "</Types>",
        '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
    )
    parts["[Content_Types].xml"] = ct.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdMeta" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
    )
    parts["xl/_rels/workbook.xml.rels"] = rels.encode()


def rewrite(book: Book, path: Path) -> None:
    """Rewrite the package as Excel saves it (see the module docstring)."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        parts = {n: z.read(n) for n in names}
    sheets = _sheet_paths(parts)
    shared_strings(parts, sheets)
    names = list(parts)
    salt = hashlib.sha256(f"nyata_s-{book.k}".encode()).digest()[:16]
    for sh in book.sheets:
        p = sheets[sh.name]
        x = parts[p].decode()
        for a, c in sh.cells.items():
            if c.formula is None and not c.shared:
                continue
            m = re.search(rf'<c r="{a}"(?: s="(\d+)")?(?: t="\w+")?(?: s="(\d+)")?\s*(?:/>|>.*?</c>)', x)
            if not m:
                raise SystemExit(f"{book.name()}: formula cell {sh.name}!{a} not found")
            x = x[: m.start()] + _cell_xml(a, m.group(1) or m.group(2), c) + x[m.end() :]
        if sh.protect:
            hv = excel_hash("skp2026", salt)
            prot = (
                f'<sheetProtection algorithmName="SHA-512" hashValue="{hv}" '
                f'saltValue="{base64.b64encode(salt).decode()}" spinCount="100000" sheet="1" objects="1" '
                f'scenarios="1" formatCells="0" formatRows="0"/>'
            )
            x = x.replace("</sheetData>", "</sheetData>" + prot, 1)
        if "excelns" in book.feats:
            x = x.replace(
                f'<worksheet xmlns="{MAIN_NS}"',
                f'<worksheet xmlns="{MAIN_NS}" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
                ' mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/'
                '2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
                "xmlns:xr2="
                '"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.'
                'microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{'
                + f"{book.k:08X}"
                + '-1A2B-4C3D-8E9F-0123456789AB}"',
                1,
            )
            x = re.sub(r'<row r="(\d+)"', r'<row r="\1" x14ac:dyDescent="0.25"', x)
        parts[p] = x.encode()
    if "dinamis" in book.feats:
        dynamic_array_metadata(parts)
        names = list(parts)
    if "xl/sharedStrings.xml" in parts:
        s = parts["xl/sharedStrings.xml"].decode()
        s = s.replace("¶", "_x000D_\n")
        for sh in book.sheets:
            for c in sh.cells.values():
                if c.phonetic:
                    lab = _esc(c.value)
                    sp = ' xml:space="preserve"' if lab != lab.strip() else ""
                    plain = f"<si><t{sp}>{lab}</t></si>"
                    rph = (
                        f'<si><t{sp}>{lab}</t><rPh sb="0" eb="{len(lab)}"><t>{c.phonetic}</t></rPh>'
                        '<phoneticPr fontId="1" type="noConversion"/></si>'
                    )
                    s = s.replace(plain, rph)
        parts["xl/sharedStrings.xml"] = s.encode()
    w = parts["xl/workbook.xml"].decode()
    w = w.replace("<workbookProtection />", "").replace("<workbookProtection/>", "")
    if "prot_book" in book.feats:
        hv = excel_hash("struktur", salt[::-1])
        prot = (
            f'<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="{hv}" '
            f'workbookSaltValue="{base64.b64encode(salt[::-1]).decode()}" workbookSpinCount="100000" '
            'lockStructure="1"/>'
        )
        w = re.sub(r"(<workbookPr[^>]*/>)", r"\1" + prot, w, count=1)
    if "names" in book.feats:
        extra = (
            '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">#REF!</definedName>'
            '<definedName name="Rekap_Lama">#REF!$A$1:$F$20</definedName>'
        )
        if "<definedNames>" in w:
            w = w.replace("<definedNames>", "<definedNames>" + extra, 1)
        else:
            w = w.replace("<calcPr", f"<definedNames>{extra}</definedNames><calcPr", 1)
    parts["xl/workbook.xml"] = w.encode()
    app = parts.get("docProps/app.xml", b"").decode()
    app = re.sub(r"<Application>[^<]*</Application>", "<Application>Microsoft Excel</Application>", app)
    app = re.sub(r"<AppVersion>[^<]*</AppVersion>", "<AppVersion>16.0300</AppVersion>", app)
    parts["docProps/app.xml"] = app.encode()
    core = parts.get("docProps/core.xml", b"").decode()
    core = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2026-01-05T08:30:00Z", core)
    parts["docProps/core.xml"] = core.encode()
    if "strict" in book.feats:
        parts = to_strict(parts)
    order = ["[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[n])


STRICT = [
    (
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
    ),
]


def to_strict(parts: dict) -> dict:
    """Strict Open XML (ISO/IEC 29500 Strict) as Excel's "Strict Open XML Spreadsheet" saves it: the
    purl.oclc.org namespaces in the parts and in the relationship types; content types unchanged."""
    out = {}
    for n, b in parts.items():
        if not (n.endswith(".xml") or n.endswith(".rels")) or n == "[Content_Types].xml":
            out[n] = b
            continue
        s = b.decode()
        for old, new in STRICT:
            s = s.replace(old, new)
        if n.endswith(".rels"):
            s = s.replace(
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            )
        if n == "xl/workbook.xml":
            s = s.replace("<workbook ", '<workbook conformance="strict" ', 1)
        out[n] = s.encode()
    return out


# --------------------------------------------------------------- main --------------------------------------
def build_all(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    for p in out.glob("*.xls*"):
        p.unlink()
    manifest = []
    for form, idx, defects, feats in CASES:
        book = Book(form, idx, defects, feats)
        book.build()
        path = out / book.name()
        (write_openpyxl if book.writer == "openpyxl" else write_xlsxwriter)(book, path)
        rewrite(book, path)
        entry = {
            "file": book.name(),
            "form": form,
            "jabatan": book.peg["jabatan"],
            "clean": not book.expect,
            "writer": book.writer,
            "fitur": sorted(book.feats),
            "defects": book.expect,
        }
        if book.boleh:
            entry["boleh"] = [dict(t) for t in {tuple(sorted(b.items())) for b in book.boleh}]
            entry["boleh"].sort(key=lambda b: (b.get("code", ""), b.get("sheet") or "", b.get("row", 0)))
        manifest.append(entry)
    return manifest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Membuat set nyata_s (paket Excel sungguhan).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    files = build_all(a.keluaran)
    a.harapan.write_text(
        json.dumps({"set": "nyata_s", "files": files}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(
        f"{len(files)} buku kerja, {sum(f['clean'] for f in files)} bersih, "
        f"{sum(len(f['defects']) for f in files)} cacat"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
