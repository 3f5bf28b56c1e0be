"""Build ``benchmarks/nyata_y``: SKP tables pasted into Excel from Word documents and PDF print-outs.

Usage: ``python benchmarks/nyata_y/buat.py [--keluaran DIR] [--harapan FILE] [--seed N]``.

Every workbook is first laid out in a cell grid (:class:`Lembar`), so the cell of every element, and of every
injected defect, is known before a writer (openpyxl, XlsxWriter, or openpyxl then LibreOffice) saves it. What
pasting does to a table is simulated here: a text of several lines becomes several rows (the next rows
otherwise empty, with or without the other cells merged over them, or flowing down the rows of the IKI below
it as a PDF copy does), header labels split over two rows, spacer columns, numbering ``1.``/``1)``/``a.``/
``•``, invisible characters, ligatures, hyphenated line breaks, numbers with stray spaces, dates as text, the
table moved right or down, a title line of the source document above it, text in capitals.

Built from SPEC §3, §3.10, §5–§7 and ``docs/kode-temuan.md`` alone, apart from the product's code.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261207
NBSP, ZWSP, SHY, BOM = "\u00a0", "\u200b", "\u00ad", "\ufeff"
SEVERITY = {
    "rk-berbasis-aktivitas": "peringatan", "target-absolut": "peringatan", "rk-ganda": "peringatan",
    "perspektif-tidak-lengkap": "peringatan", "target-tanpa-satuan": "peringatan",
}
KAT = ("sk", "k", "c", "b", "sb")
KAT_LABEL = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}


def ref(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


class Lembar:
    """One sheet as a grid: values by (row, column), 1-based, and merged ranges."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}

    def put(self, r: int, c: int, v: Any) -> None:
        if v is None or v == "":
            return
        self.cells[(r, c)] = v

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


# ---------------------------------------------------------------- text as pasting leaves it


class Kotor:
    """The invisible and odd characters a paste leaves, chosen per file and applied per cell."""

    def __init__(self, rng: random.Random, kinds: list[str], caps: bool) -> None:
        self.rng, self.kinds, self.caps = rng, kinds, caps

    def teks(self, s: str, p: float = 0.35) -> str:
        if self.caps:
            s = s.upper()
        if "lig" in self.kinds:
            s = s.replace("fi", "\ufb01").replace("fl", "\ufb02")
        if "kutip" in self.kinds:
            s = s.replace(' "', " \u201c").replace('" ', "\u201d ").replace('"', "\u201d")
        if not s or self.rng.random() > p:
            return s
        kind = self.rng.choice(self.kinds)
        words = s.split(" ")
        if kind == "nbsp" and len(words) > 1:
            i = self.rng.randrange(len(words) - 1)
            return " ".join(words[:i]) + (" " if i else "") + words[i] + NBSP + " ".join(words[i + 1:])
        if kind == "zwsp" and len(words) > 1:
            i = self.rng.randrange(1, len(words))
            return " ".join(words[:i]) + " " + ZWSP + " ".join(words[i:])
        if kind == "shy":
            long = [i for i, w in enumerate(words) if len(w) >= 9 and w.isalpha()]
            if long:
                i = self.rng.choice(long)
                w = words[i]
                words[i] = w[: len(w) // 2] + SHY + w[len(w) // 2:]
                return " ".join(words)
        if kind == "cr":
            return s + "\r"
        if kind == "tab":
            return s + "\t"
        if kind == "spasi":
            return " " + s.replace(" ", "  ", 1) + " "
        return s


def wrap(text: str, width: int, hyphen: bool = False) -> list[str]:
    """Word-wrap as the source document did; with ``hyphen`` one long word is broken with ``-``."""
    lines: list[str] = []
    cur = ""
    hyphened = not hyphen
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            if not hyphened and len(w) >= 8 and w.isalpha() and len(cur) + len(w) // 2 + 2 <= width + 4:
                cut = len(w) // 2
                lines.append(f"{cur} {w[:cut]}-")
                cur = w[cut:]
                hyphened = True
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def angka(v: float) -> str:
    """A number in Indonesian notation: thousands with a dot, decimals with a comma."""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    whole, frac = f"{v:.2f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def target_text(v: float, unit: str, style: int) -> str:
    if unit == "%":
        return [f"{angka(v)} %", f"{angka(v)}%", f"{angka(v)}{NBSP}%", f" {angka(v)} % "][style % 4]
    return [f"{angka(v)} {unit}", f" {angka(v)} {unit} ", f"{angka(v)}{NBSP}{unit}",
            f"{angka(v)} {unit[:1].upper()}{unit[1:]}"][style % 4]


def kategori(v: float, unit: str, turun: bool, five: bool) -> dict[str, str]:
    """Kategori thresholds per SPEC §3.3: BAIK is the target; bands on the right side of it."""
    pc = " %" if unit == "%" else ""
    b = target_text(v, unit, 0)
    if turun:
        out = {"sb": f"< {angka(v)}", "b": b, "c": f"> {angka(v)}"}
        if five and v >= 3:
            out = {"sb": f"< {angka(v)}", "b": b, "c": f"{angka(v + 1)} - {angka(v + 2)}",
                   "k": f"{angka(v + 3)} - {angka(v + 4)}", "sk": f"> {angka(v + 4)}"}
        return out
    if five and v >= 10:
        c_lo, k_lo = int(v * 0.75), int(v * 0.5)
        hi = v - 1 if float(v).is_integer() else int(v)
        return {"sb": f"> {angka(v)}{pc}", "b": b, "c": f"{angka(c_lo)} - {angka(hi)}{pc}",
                "k": f"{angka(k_lo)} - {angka(c_lo - 1)}{pc}", "sk": f"< {angka(k_lo)}{pc}"}
    return {"sb": f"> {angka(v)}{pc}", "b": b, "c": f"< {angka(v)}{pc}"}


# ---------------------------------------------------------------- the plan as data


def make_plan(profil_key: str, rng: random.Random) -> dict[str, Any]:
    p = bank.PROFIL[profil_key]
    fam = p["family"]
    pegawai = bank.person(p["pegawai"], p["jabatan"], p["unit"])
    if p["penilai"] == "walikota":
        penilai = bank.official(bank.WALI_KOTA)
    else:
        penilai = bank.person(p["penilai"], p["jabatan_penilai"], p["unit_penilai"])

    def iki(t: tuple) -> dict[str, Any]:
        aspek, text, v, unit = t
        turun = aspek == "Waktu"
        return {"aspek": aspek, "text": text, "v": v, "unit": unit, "turun": turun,
                "target": target_text(v, unit, rng.randrange(4)), "kat": {}}

    utama = []
    for row in p["utama"]:
        if fam == "jpt":
            text, persp, ikis = row
            rk = {"text": text, "atasan": "", "persp": persp, "ikis": [iki(t) for t in ikis]}
        else:
            text, atasan, ikis, cara, *butir = row
            rk = {"text": text, "atasan": atasan, "persp": "", "ikis": [iki(t) for t in ikis],
                  "cara": list(bank.CARA[cara]), "butir": [list(b) for b in (butir[0] if butir else [])]}
        utama.append(rk)
    tambahan = []
    for text, ikis in p["tambahan"]:
        tambahan.append({"text": text, "atasan": "", "persp": "", "ikis": [iki(t) for t in ikis],
                         "cara": ["Dokumen bukti dukung", "Pegawai yang bersangkutan", "Akhir tahun"],
                         "butir": []})
    return {"profil": profil_key, "family": fam, "pegawai": pegawai, "penilai": penilai,
            "periode": "", "sections": [utama, tambahan]}


def manual_for(rk: dict[str, Any], ik: dict[str, Any]) -> dict[str, str]:
    first = ik["text"].split(" ")[0].lower()
    key = first if first in bank.DEFINISI else "jumlah"
    rest = " ".join(ik["text"].split(" ")[1:]).lower()
    return {
        "rk": rk["text"], "deskripsi": bank.MANUAL_UMUM["deskripsi"], "iki": ik["text"],
        "definisi": bank.DEFINISI[key].format(x=rest), "formula": bank.FORMULA[key].format(x=rest),
        "tujuan": bank.MANUAL_UMUM["tujuan"], "satuan": "Persen" if ik["unit"] == "%" else ik["unit"].title(),
        "jenis": "Kuantitas" if key in ("jumlah", "persentase") else "Kualitas",
        "kendali": bank.MANUAL_UMUM["kendali"], "sumber": "Laporan kinerja perangkat daerah",
        "periode": bank.MANUAL_UMUM["periode"],
    }


MANUAL_LABELS = [
    ("rk", "RENCANA KINERJA"), ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"), ("definisi", "DEFINISI IKI"), ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"), ("satuan", "SATUAN PENGUKURAN"),
    ("jenis", "JENIS ASPEK TARGET"), ("kendali", "TINGKAT KENDALI IKI"), ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]


# ---------------------------------------------------------------- scoring for the Penilaian sheet (SPEC §6)


def score(target: float, real: float, turun: bool) -> tuple[float, int, str, float]:
    cap = (2 - real / target) * 100 if turun else real / target * 100
    r = int(cap + 0.5 + 1e-9)
    if r > 110:
        return cap, r, "Sangat Baik", 120.0
    if r >= 101:
        return cap, r, "Sangat Baik", 110 + 10 / 9 * (r - 101)
    if r == 100:
        return cap, r, "Baik", 109.0
    if r >= 80:
        return cap, r, "Cukup", 70 + (r - 80)
    if r >= 60:
        return cap, r, "Kurang", 50 + (r - 60)
    return cap, r, "Sangat Kurang", r / 59 * 49


# ---------------------------------------------------------------- layout


class Layout:
    """Per-file choices of how the paste went."""

    def __init__(self, rng: random.Random, form: str, i: int) -> None:
        self.form = form
        self.mode = ["gabung", "lanjutan", "alir", "utuh", "gabung", "lanjutan", "alir"][i % 7]
        self.col0 = 1 + (i % 3 == 1)
        self.row_gap = [0, 2, 0, 4, 1][i % 5]
        self.spacer = [(), (1,), (2, 4), (), (3,)][i % 5]
        self.split_header = i % 2 == 0
        self.nomor_kolom = i % 3 == 2
        self.numbering = ["1.", "1)", "1", "a.", "•", "1."][i % 6]
        self.caps = i % 5 == 3
        self.hyphen = i % 4 == 1
        self.doc_title = [None, "Lampiran II", "Tabel 3. Rencana SKP yang disepakati",
                          "Dicetak melalui aplikasi e-Kinerja BKN pada 5 Januari 2026", None][i % 5]
        kinds = ["nbsp", "zwsp", "shy", "cr", "tab", "spasi"]
        rng.shuffle(kinds)
        self.kinds = kinds[: 2 + i % 3] + (["lig"] if i % 3 == 0 else []) + (["kutip"] if i % 4 == 2 else [])
        self.bom = i % 6 == 4
        self.side_by_side = i % 4 != 3
        self.colon = i % 3 == 0
        self.sect_style = ["satu", "pisah", "tab"][i % 3]
        self.periode_style = i % 4
        self.width = 30 + (i % 4) * 6
        self.five = i % 2 == 1 or i % 5 == 0
        self.sheet = ["Sheet1", "SKP", "Rencana SKP 2026", "SKP 2026", "Lembar1"][i % 5]
        self.sheet_ak = ["Keterkaitan SKP-AK", "Sheet2", "Keterkaitan AK", "FORMAT AK"][i % 4]
        self.sheet_manual = ["Manual IKI", "Sheet2", "Manual Indikator Kinerja"][i % 3]


def periode_text(style: int) -> tuple[str, str | None]:
    y = bank.PERIODE_TAHUN
    return [
        (f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {y}", None),
        ("PERIODE PENILAIAN", f"1 Januari {y} s.d. 31 Desember {y}"),
        (f"PERIODE PENILAIAN :{NBSP}2 JANUARI {y} SD 31 DESEMBER {y}", None),
        ("PERIODE PENILAIAN", f": 1 Januari {y} – 31 Desember {y}"),
    ][style]


class Builder:
    """Lays one workbook out; ``pos`` maps each element to its cells (first is where the content belongs)."""

    def __init__(self, plan: dict[str, Any], lay: Layout, rng: random.Random) -> None:
        self.plan, self.lay, self.rng = plan, lay, rng
        self.k = Kotor(rng, lay.kinds, lay.caps)
        self.pos: dict[tuple, list[tuple[str, str]]] = {}
        self.sheets: list[Lembar] = []

    def at(self, key: tuple, sh: Lembar, cells: list[tuple[int, int]]) -> None:
        """Record where an element sits; an identity repeated on a later sheet adds its cells as others."""
        self.pos.setdefault(key, []).extend((sh.title, ref(r, c)) for r, c in cells)

    # -- header (SPEC §3.1)
    def header(self, sh: Lembar, title: str, r: int, width_cols: int,
               extra: tuple[tuple[str, str], ...] = ()) -> int:
        lay, c0 = self.lay, self.lay.col0
        if lay.doc_title:
            sh.put(r, c0, lay.doc_title)
            r += 2
        sh.put(r, c0, (BOM if lay.bom else "") + title)
        if lay.mode != "alir":
            sh.merge(r, c0, r, c0 + width_cols - 1)
        r += 1
        sh.put(r, c0, self.k.teks(self.plan["pegawai"]["unit"].upper(), 0.2))
        r += 1
        lab, val = periode_text(lay.periode_style)
        if self.plan["periode"]:
            lab, val = ("PERIODE PENILAIAN", self.plan["periode"])
        sh.put(r, c0, lab)
        if val:
            sh.put(r, c0 + 2, val)
            self.at(("periode",), sh, [(r, c0 + 2), (r, c0)])
        else:
            self.at(("periode",), sh, [(r, c0)])
        r += 2
        gap = 1 if lay.colon else 0
        jpt = self.plan["family"] == "jpt"
        labels = [("nama", "NAMA"), ("nip", "NIP"), ("pangkat", "PANGKAT/GOL RUANG"), ("jabatan", "JABATAN"),
                  ("unit", "UNIT KERJA")]

        def block(who: str, r0: int, cb: int) -> int:
            sh.put(r0, cb, "NO")
            sh.put(r0, cb + 1, "PEGAWAI YANG DINILAI" if who == "pegawai" else "PEJABAT PENILAI KINERJA")
            rr = r0 + 1
            for n, (f, label) in enumerate(labels, 1):
                if who == "penilai" and jpt and f == "unit":
                    label = "INSTANSI"
                sh.put(rr, cb, n if lay.numbering == "1" else f"{n}.")
                sh.put(rr, cb + 1, self.k.teks(label, 0.3))
                if gap:
                    sh.put(rr, cb + 2, ":")
                v = self.plan[who][f]
                vc = cb + 2 + gap
                lines = [v]
                if f == "unit" and lay.mode in ("lanjutan", "alir", "gabung") and len(v) > lay.width + 10:
                    lines = wrap(v, lay.width + 10)
                cells = []
                for li, line in enumerate(lines):
                    if f == "nip" and lay.mode == "alir":
                        line = line.replace(" ", NBSP)
                    sh.put(rr + li, vc, self.k.teks(line, 0.3) if f in ("nama", "jabatan", "unit") else line)
                    cells.append((rr + li, vc))
                self.at(("id", who, f), sh, cells)
                rr += len(lines)
            return rr

        if lay.side_by_side:
            end1 = block("pegawai", r, c0)
            end2 = block("penilai", r, c0 + 3 + gap + 1)
            r = max(end1, end2)
        else:
            r = block("pegawai", r, c0)
            r = block("penilai", r + 1, c0)
        for label, value in extra:
            r += 1
            sh.put(r, c0, label)
            sh.put(r, c0 + 2 + gap, value)
        return r + 1 + lay.row_gap

    # -- table columns
    def columns(self, keys: list[str]) -> dict[str, int]:
        out, c = {}, self.lay.col0
        for n, key in enumerate(keys):
            if n in self.lay.spacer:
                c += 1
            out[key] = c
            c += 1
        return out

    def text_lines(self, s: str, width: int | None = None) -> list[str]:
        if not s:
            return [""]
        lines = wrap(s, width or self.lay.width, self.lay.hyphen)
        if self.lay.mode == "utuh":
            return ["\n".join(lines)]
        return lines

    def plan_sheet(self) -> None:
        plan, lay = self.plan, self.lay
        fam, peng = plan["family"], lay.form.endswith("pengembangan")
        sh = Lembar(lay.sheet)
        self.sheets.append(sh)
        if fam == "jpt":
            keys = (["persp"] if peng else []) + ["no", "rk", "iki", "target"]
        else:
            keys = ["no", "atasan", "rk", "aspek", "iki", "target"]
            if peng:
                keys += [k for k in KAT if lay.five or k in ("c", "b", "sb")] + ["data", "sumber", "waktu"]
        col = self.columns(keys)
        title = "RENCANA SASARAN KINERJA PEGAWAI"
        if fam == "jpt":
            title += " PEJABAT PIMPINAN TINGGI"
        r = self.header(sh, title, 1, len(keys))
        self.table_header(sh, r, col, keys, peng)
        r += 2 + lay.nomor_kolom
        if lay.nomor_kolom:
            for n, key in enumerate(keys, 1):
                sh.put(r - 1, col[key], f"({n})")
        for s, rks in enumerate(plan["sections"]):
            r = self.section_row(sh, r, col, keys, s)
            for i, rk in enumerate(rks):
                r = self.rk_block(sh, r, col, s, i, rk, fam, peng)
        r += 1
        self.footer(sh, r + 1, col[keys[-1]])

    def table_header(self, sh: Lembar, r: int, col: dict[str, int], keys: list[str], peng: bool) -> None:
        lay = self.lay
        atasan = "RENCANA KINERJA ATASAN YANG DIINTERVENSI" if lay.caps or lay.mode == "alir" else \
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"
        split = {"atasan": ("RENCANA KINERJA", "ATASAN YANG DIINTERVENSI") if "DIINTERVENSI" in atasan
                 else ("RENCANA KINERJA ATASAN LANGSUNG/", "UNIT KERJA/ORGANISASI"),
                 "iki": ("INDIKATOR KINERJA", "INDIVIDU")}
        labels = {"no": "NO", "atasan": atasan, "rk": "RENCANA KINERJA", "aspek": "ASPEK",
                  "iki": "INDIKATOR KINERJA INDIVIDU", "target": "TARGET", "persp": "PERSPEKTIF",
                  "data": "DATA", "sumber": "SUMBER DATA", "waktu": "WAKTU PENGUMPULAN"}
        merged = lay.mode in ("gabung", "utuh")
        for key in keys:
            c = col[key]
            if key in KAT or key in ("data", "sumber", "waktu"):
                sh.put(r + 1, c, KAT_LABEL.get(key) or labels[key])
                continue
            if lay.split_header and key in split:
                sh.put(r, c, self.k.teks(split[key][0], 0.3))
                sh.put(r + 1, c, self.k.teks(split[key][1], 0.3))
                continue
            sh.put(r, c, self.k.teks(labels[key], 0.3))
            if merged:
                sh.merge(r, c, r + 1, c)
        if peng and "data" in col:
            kat_keys = [k for k in KAT if k in col]
            sh.put(r, col[kat_keys[0]], "KATEGORI PENILAIAN")
            sh.put(r, col["data"], "CARA MEMANTAU KINERJA")
            if merged:
                sh.merge(r, col[kat_keys[0]], r, col[kat_keys[-1]])
                sh.merge(r, col["data"], r, col["waktu"])

    def section_row(self, sh: Lembar, r: int, col: dict[str, int], keys: list[str], s: int) -> int:
        letter, name = ("A.", "KINERJA UTAMA") if s == 0 else ("B.", "KINERJA TAMBAHAN")
        first = col[keys[0]]
        style = self.lay.sect_style
        if style == "pisah":
            sh.put(r, first, letter)
            sh.put(r, first + 1 + (1 in self.lay.spacer), name)
        else:
            sh.put(r, first, f"{letter}\t{name}" if style == "tab" else f"{letter} {name}")
            if self.lay.mode in ("gabung", "utuh"):
                sh.merge(r, first, r, col[keys[-1]])
        return r + 1

    def number(self, i: int) -> Any:
        n = self.lay.numbering
        if n == "1":
            return i + 1
        if n == "a.":
            return f"{'abcdefgh'[i]}."
        if n == "•":
            return "•"
        return f"{i + 1}{n[-1]}"

    def rk_block(self, sh: Lembar, r: int, col: dict[str, int], s: int, i: int, rk: dict[str, Any],
                 fam: str, peng: bool) -> int:
        """Place one RK with its IKI rows; return the next free row."""
        lay, k = self.lay, self.k
        rk_cells: dict[str, list[str]] = {"no": [self.number(i)], "rk": self.text_lines(rk["text"])}
        if fam != "jpt":
            rk_cells["atasan"] = self.text_lines(rk["atasan"]) if rk["atasan"] else [""]
            if peng:
                for n, f in enumerate(("data", "sumber", "waktu")):
                    rk_cells[f] = self.text_lines(rk["cara"][n], lay.width - 8) if rk["cara"][n] else [""]
        elif peng:
            rk_cells["persp"] = self.text_lines(rk["persp"], 16) if rk["persp"] else [""]
        iki_rows = []
        for ik in rk["ikis"]:
            cells = {"iki": self.text_lines(ik["text"]), "target": [ik["target"]]}
            if fam != "jpt":
                cells["aspek"] = [ik["aspek"]]
                if peng:
                    for key in KAT:
                        if key in col:
                            cells[key] = [ik["kat"].get(key, "")]
            iki_rows.append(cells)
        start = r
        rk_n = max(len(v) for v in rk_cells.values())
        # physical rows per IKI row
        heights = [max(len(v) for v in cells.values()) for cells in iki_rows]
        if lay.mode in ("lanjutan", "gabung", "utuh"):
            heights[0] = max(heights[0], rk_n)
        tops = []
        rr = start
        for h in heights:
            tops.append(rr)
            rr += h
        end = max(rr, start + rk_n)
        for j, cells in enumerate(iki_rows):
            top = tops[j]
            for key, lines in cells.items():
                c = col[key]
                for li, line in enumerate(lines):
                    v = k.teks(line) if key in ("iki",) or (key in KAT and li == 0) else line
                    if key == "aspek" and lay.caps:
                        v = v.upper()
                    sh.put(top + li, c, v)
                if lay.mode == "gabung" and len(lines) == 1 and heights[j] > 1:
                    sh.merge(top, c, top + heights[j] - 1, c)
                self.at(("cell", s, i, j, key), sh, [(top + li, c) for li in range(heights[j])])
        for key, lines in rk_cells.items():
            c = col[key]
            for li, line in enumerate(lines):
                sh.put(start + li, c, k.teks(line) if isinstance(line, str) and key != "no" else line)
            if lay.mode in ("gabung", "utuh") and len(lines) == 1 and end - start > 1:
                sh.merge(start, c, end - 1, c)
            self.at(("cell", s, i, None, key), sh, [(start + li, c) for li in range(max(len(lines), 1))]
                    + [(start + li, c) for li in range(len(lines), end - start)])
        return end

    def footer(self, sh: Lembar, r: int, right: int) -> None:
        lay = self.lay
        c0 = lay.col0
        place = "Rimba Raya" if "Rimba" in self.plan["pegawai"]["unit"] else "Teluk Bening"
        sh.put(r, right - 1, f"{place}, 2 Januari {bank.PERIODE_TAHUN}")
        sh.put(r + 1, c0 + 1, "Pejabat Penilai Kinerja,")
        sh.put(r + 1, right - 1, "Pegawai yang Dinilai,")
        sh.put(r + 5, c0 + 1, self.plan["penilai"]["nama"])
        sh.put(r + 5, right - 1, self.plan["pegawai"]["nama"])
        if self.plan["penilai"]["nip"] != "-":
            sh.put(r + 6, c0 + 1, "NIP. " + self.plan["penilai"]["nip"])
        sh.put(r + 6, right - 1, "NIP. " + self.plan["pegawai"]["nip"])

    # -- Keterkaitan SKP–AK (SPEC §3.7)
    def ak_sheet(self) -> None:
        lay = self.lay
        sh = Lembar(lay.sheet_ak)
        self.sheets.append(sh)
        r = self.header(sh, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 1, 5,
                        extra=(("TANGGAL PENGAJUAN", f"2 Januari {bank.PERIODE_TAHUN}"),))
        keys = ["no", "rk", "butir", "output", "ak"]
        col = {key: lay.col0 + n for n, key in enumerate(keys)}
        for key, label in zip(keys, ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"],
                              strict=True):
            sh.put(r, col[key], label)
        r += 1
        sh.put(r, col["no"], "A." if lay.sect_style == "pisah" else "KINERJA UTAMA")
        if lay.sect_style == "pisah":
            sh.put(r, col["rk"], "KINERJA UTAMA")
        r += 1
        for i, rk in enumerate(self.plan["sections"][0]):
            if not rk["butir"]:
                continue
            lines = self.text_lines(rk["text"])
            start = r
            for li, line in enumerate(lines):
                sh.put(start + li, col["rk"], self.k.teks(line))
            sh.put(start, col["no"], self.number(i))
            rr = start
            for b, (butir, output, ak) in enumerate(rk["butir"]):
                sh.put(rr, col["butir"], self.k.teks(butir))
                sh.put(rr, col["output"], output)
                sh.put(rr, col["ak"], ak)
                self.at(("ak", i, b), sh, [(rr, col["ak"])])
                rr += 1
            end = max(rr, start + len(lines))
            if lay.mode in ("gabung", "utuh") and len(lines) == 1 and end - start > 1:
                sh.merge(start, col["rk"], end - 1, col["rk"])
            r = end

    # -- Manual Indikator Kinerja (SPEC §3.5)
    def manual_sheet(self) -> None:
        lay = self.lay
        sh = Lembar(lay.sheet_manual)
        self.sheets.append(sh)
        c0 = lay.col0
        r = 1
        n = 0
        for i, rk in enumerate(self.plan["sections"][0]):
            for j, ik in enumerate(rk["ikis"]):
                man = ik.get("manual")
                if man is None:
                    continue
                n += 1
                sh.put(r, c0, f"{n}.{NBSP}MANUAL INDIKATOR KINERJA" if lay.numbering != "1" else
                       "MANUAL INDIKATOR KINERJA")
                r += 1
                for f, label in MANUAL_LABELS:
                    sh.put(r, c0, self.k.teks(label, 0.3))
                    vc = c0 + 1
                    if lay.colon:
                        sh.put(r, c0 + 1, ":")
                        vc += 1
                    lines = self.text_lines(man[f], lay.width + 20) if man[f] else [""]
                    for li, line in enumerate(lines):
                        sh.put(r + li, vc, self.k.teks(line))
                    if lay.mode == "gabung" and len(lines) > 1:
                        sh.merge(r, c0, r + len(lines) - 1, c0)
                    self.at(("manual", i, j, f), sh, [(r + li, vc) for li in range(len(lines))])
                    r += len(lines)
                r += 1

    # -- Penilaian (SPEC §3.8; JA/JF)
    def penilaian_sheet(self) -> None:
        lay = self.lay
        sh = Lembar("Penilaian SKP")
        self.sheets.append(sh)
        keys = ["no", "atasan", "rk", "aspek", "iki", "target", "real", "cap", "kat", "nilai"]
        labels = ["NO", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "RENCANA KINERJA", "ASPEK",
                  "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI",
                  "NILAI CAPAIAN IKI"]
        col = {key: lay.col0 + n for n, key in enumerate(keys)}
        r = self.header(sh, "PENILAIAN SASARAN KINERJA PEGAWAI", 1, len(keys))
        for key, label in zip(keys, labels, strict=True):
            sh.put(r, col[key], label)
        r += 1
        for s, rks in enumerate(self.plan["sections"]):
            sh.put(r, col["no"], "A. KINERJA UTAMA" if s == 0 else "B. KINERJA TAMBAHAN")
            r += 1
            for i, rk in enumerate(rks):
                start = r
                sh.put(r, col["no"], self.number(i))
                sh.put(r, col["atasan"], rk["atasan"])
                sh.put(r, col["rk"], rk["text"])
                for j, ik in enumerate(rk["ikis"]):
                    sh.put(r, col["aspek"], ik["aspek"])
                    sh.put(r, col["iki"], ik["text"])
                    sh.put(r, col["target"], ik["target"])
                    pn = ik.get("pen")
                    if pn:
                        sh.put(r, col["real"], pn["real"])
                        sh.put(r, col["cap"], pn["cap"])
                        sh.put(r, col["kat"], pn["kat"])
                        sh.put(r, col["nilai"], pn["nilai"])
                    self.at(("real", s, i, j), sh, [(r, col["real"])])
                    self.at(("cap", s, i, j), sh, [(r, col["cap"])])
                    r += 1
                if r - start > 1:
                    for key in ("no", "atasan", "rk"):
                        sh.merge(start, col[key], r - 1, col[key])
        self.footer(sh, r + 2, col["nilai"])


def fill_kategori(plan: dict[str, Any], five: bool) -> None:
    for rks in plan["sections"]:
        for rk in rks:
            for ik in rk["ikis"]:
                ik["kat"] = kategori(ik["v"], ik["unit"], ik["turun"], five)
                ik["kat"]["b"] = ik["target"].strip().replace(NBSP, " ")


def fill_manual(plan: dict[str, Any]) -> None:
    for rk in plan["sections"][0]:
        for ik in rk["ikis"]:
            ik["manual"] = manual_for(rk, ik)


def fill_penilaian(plan: dict[str, Any]) -> None:
    for s, rks in enumerate(plan["sections"]):
        for i, rk in enumerate(rks):
            for j, ik in enumerate(rk["ikis"]):
                real = bank.REALISASI.get((plan["profil"], i, j), ik["v"]) if s == 0 else ik["v"]
                cap, _, kat, nilai = score(ik["v"], real, ik["turun"])
                ik["pen"] = {"real": target_text(real, ik["unit"], 0), "cap": f"{angka(round(cap, 2))} %",
                             "kat": kat, "nilai": angka(round(nilai, 2))}


# ---------------------------------------------------------------- defects (SPEC §7)

Defect = Callable[[dict[str, Any]], list[tuple[str, tuple, tuple | None]]]


def d_rk_atasan_kosong(i: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["atasan"] = ""
        return [("rk-atasan-kosong", ("cell", 0, i, None, "atasan"), None)]
    return f


def d_target(code: str, s: int, i: int, j: int, value: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        ik = plan["sections"][s][i]["ikis"][j]
        ik["target"] = value
        return [(code, ("cell", s, i, j, "target"), None)]
    return f


def d_rk_text(code: str, s: int, i: int, text: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][s][i]["text"] = text
        return [(code, ("cell", s, i, None, "rk"), None)]
    return f


def d_iki_text(code: str, s: int, i: int, j: int, text: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][s][i]["ikis"][j]["text"] = text
        return [(code, ("cell", s, i, j, "iki"), None)]
    return f


def d_aspek(i: int, j: int, value: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["ikis"][j]["aspek"] = value
        return [("aspek-tidak-valid", ("cell", 0, i, j, "aspek"), None)]
    return f


def d_kat_sb_sama(i: int, j: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        ik = plan["sections"][0][i]["ikis"][j]
        ik["kat"]["sb"] = angka(ik["v"]) + (" %" if ik["unit"] == "%" else "")
        return [("kategori-tidak-membedakan", ("cell", 0, i, j, "sb"), None)]
    return f


def d_kat_kosong(i: int, j: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["ikis"][j]["kat"] = {}
        return [("kategori-penilaian-kosong", ("cell", 0, i, j, "b"),
                 [("cell", 0, i, j, key) for key in ("iki", "sk", "k", "c", "sb", "target")])]
    return f


def d_cara_kosong(i: int, n: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["cara"][n] = ""
        return [("cara-memantau-kosong", ("cell", 0, i, None, ("data", "sumber", "waktu")[n]),
                 [("cell", 0, i, None, "rk")])]
    return f


def d_identitas(code: str, who: str, field: str, value: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan[who][field] = value
        return [(code, ("id", who, field), None)]
    return f


def d_periode(value: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["periode"] = value
        return [("periode-tidak-valid", ("periode",), None)]
    return f


def d_persp(i: int, value: str, also_incomplete: bool) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["persp"] = value
        out: list[tuple[str, tuple | None, None]] = [
            ("perspektif-tidak-valid", ("cell", 0, i, None, "persp"), None)]
        if also_incomplete:
            out.append(("perspektif-tidak-lengkap", None, None))
        return out
    return f


def d_persp_hilang(name: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0] = [rk for rk in plan["sections"][0] if rk["persp"] != name]
        return [("perspektif-tidak-lengkap", None, None)]
    return f


def d_manual_field(i: int, j: int, field: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["ikis"][j]["manual"][field] = ""
        return [("manual-iki-kosong", ("manual", i, j, field), [("cell", 0, i, j, "iki")])]
    return f


def d_manual_hilang(i: int, j: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["ikis"][j]["manual"] = None
        return [("manual-iki-kosong", ("cell", 0, i, j, "iki"), None)]
    return f


def d_butir_hilang(i: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["butir"] = []
        return [("rk-tanpa-butir-kegiatan", ("cell", 0, i, None, "rk"), None)]
    return f


def d_ak(i: int, b: int, value: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["butir"][b][2] = value
        return [("angka-kredit-tidak-valid", ("ak", i, b), None)]
    return f


def d_rk_ganda(src: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][1][0]["text"] = plan["sections"][0][src]["text"]
        return [("rk-ganda", ("cell", 1, 0, None, "rk"), None)]
    return f


def d_realisasi_kosong(i: int, j: int) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["ikis"][j]["pen"] = None
        return [("realisasi-kosong", ("real", 0, i, j), None)]
    return f


def d_capaian(i: int, j: int, value: str) -> Defect:
    def f(plan: dict[str, Any]) -> list:
        plan["sections"][0][i]["ikis"][j]["pen"]["cap"] = value
        return [("capaian-tidak-sesuai", ("cap", 0, i, j), None)]
    return f


# form, profile, tag, defects (empty: clean), penilaian sheet
FILES: list[tuple[str, str, str, list[Defect], bool]] = [
    ("ja-dasar", "ja_umum", "bersih", [], False),
    ("ja-dasar", "ja_keuangan", "bersih", [], False),
    ("ja-dasar", "ja_pelayanan", "bersih", [], False),
    ("ja-dasar", "ja_umum", "bersih-penilaian", [], True),
    ("ja-dasar", "ja_pelayanan", "bersih", [], False),
    ("ja-dasar", "ja_umum", "rk-atasan-kosong", [d_rk_atasan_kosong(0)], False),
    ("ja-dasar", "ja_keuangan", "target-nbsp", [d_target("iki-tanpa-target", 0, 1, 0, f"{NBSP}{ZWSP}")],
     False),
    ("ja-dasar", "ja_pelayanan", "aktivitas-tidak-terukur",
     [d_rk_text("rk-berbasis-aktivitas", 0, 1,
                "Melaksanakan layanan jemput bola perekaman KTP-el bagi penduduk rentan di desa terpencil"),
      d_target("target-tidak-terukur", 0, 0, 2, f"Tepat{NBSP}waktu")], False),
    ("ja-dasar", "ja_umum", "realisasi-kosong", [d_realisasi_kosong(1, 0)], True),
    ("ja-pengembangan", "ja_umum", "bersih", [], False),
    ("ja-pengembangan", "ja_keuangan", "bersih", [], False),
    ("ja-pengembangan", "ja_pelayanan", "bersih", [], False),
    ("ja-pengembangan", "ja_umum", "bersih", [], False),
    ("ja-pengembangan", "ja_umum", "sb-sama-target", [d_kat_sb_sama(0, 0)], False),
    ("ja-pengembangan", "ja_keuangan", "cara-kosong", [d_cara_kosong(0, 2)], False),
    ("ja-pengembangan", "ja_pelayanan", "aspek-nip",
     [d_aspek(1, 1, "Efektivitas"),
      d_identitas("nip-tidak-valid", "pegawai", "nip", "19760130 200213 1 003")], False),
    ("ja-pengembangan", "ja_pelayanan", "rk-atasan-kosong", [d_rk_atasan_kosong(2)], False),
    ("jf-dasar", "jf_arsiparis", "bersih", [], False),
    ("jf-dasar", "jf_prakom", "bersih", [], False),
    ("jf-dasar", "jf_pustakawan", "bersih", [], False),
    ("jf-dasar", "jf_perencana", "bersih", [], False),
    ("jf-dasar", "jf_arsiparis", "bersih-penilaian", [], True),
    ("jf-dasar", "jf_arsiparis", "butir-hilang", [d_butir_hilang(1)], False),
    ("jf-dasar", "jf_prakom", "ak-tidak-valid", [d_ak(0, 1, "nol koma dua")], False),
    ("jf-dasar", "jf_pustakawan", "rentang-absolut",
     [d_target("target-rentang-terbalik", 0, 1, 1, "75 – 60 %"),
      d_iki_text("target-absolut", 0, 0, 1, "Semua koleksi baru terkatalog pada OPAC sebelum dilayankan")],
     False),
    ("jf-dasar", "jf_perencana", "capaian-salah", [d_capaian(1, 1, "100 %")], True),
    ("jf-pengembangan", "jf_arsiparis", "bersih", [], False),
    ("jf-pengembangan", "jf_prakom", "bersih", [], False),
    ("jf-pengembangan", "jf_pustakawan", "bersih", [], False),
    ("jf-pengembangan", "jf_perencana", "bersih", [], False),
    ("jf-pengembangan", "jf_prakom", "kategori-kosong", [d_kat_kosong(1, 0)], False),
    ("jf-pengembangan", "jf_perencana", "rk-atasan-kosong", [d_rk_atasan_kosong(1)], False),
    ("jf-pengembangan", "jf_perencana", "pangkat",
     [d_identitas("pangkat-tidak-dikenal", "pegawai", "pangkat", "Penata, III/d")], False),
    ("jf-pengembangan", "jf_pustakawan", "rk-ganda-aspek",
     [d_rk_ganda(0), d_aspek(1, 0, "")], False),
    ("jpt-dasar", "jpt_dukcapil", "bersih", [], False),
    ("jpt-dasar", "jpt_perpus", "bersih", [], False),
    ("jpt-dasar", "jpt_bapenda", "bersih", [], False),
    ("jpt-dasar", "jpt_dukcapil", "bersih", [], False),
    ("jpt-dasar", "jpt_dukcapil", "formula-kosong", [d_manual_field(0, 1, "formula")], False),
    ("jpt-dasar", "jpt_perpus", "tidak-terukur", [d_target("target-tidak-terukur", 0, 0, 0, "Meningkat")],
     False),
    ("jpt-dasar", "jpt_bapenda", "periode",
     [d_periode(f"1 Juli {bank.PERIODE_TAHUN - 1} s.d. 30 Juni {bank.PERIODE_TAHUN}")], False),
    ("jpt-dasar", "jpt_perpus", "manual-hilang", [d_manual_hilang(2, 0)], False),
    ("jpt-pengembangan", "jpt_dukcapil", "bersih", [], False),
    ("jpt-pengembangan", "jpt_perpus", "bersih", [], False),
    ("jpt-pengembangan", "jpt_bapenda", "bersih", [], False),
    ("jpt-pengembangan", "jpt_perpus", "bersih", [], False),
    ("jpt-pengembangan", "jpt_bapenda", "perspektif-keuangan", [d_persp(1, "Keuangan", True)], False),
    ("jpt-pengembangan", "jpt_dukcapil", "tanpa-anggaran", [d_persp_hilang("Anggaran")], False),
    ("jpt-pengembangan", "jpt_perpus", "jabatan-penilai-kosong",
     [d_identitas("identitas-kosong", "penilai", "jabatan", f"{ZWSP}{NBSP}")], False),
    ("jpt-pengembangan", "jpt_dukcapil", "target-aktivitas",
     [d_target("iki-tanpa-target", 0, 0, 1, f" {NBSP}"),
      d_rk_text("rk-berbasis-aktivitas", 0, 2,
                "Melaksanakan pembinaan dan uji kompetensi petugas registrasi kependudukan")], False),
]

WRITERS = ["openpyxl", "xlsxwriter", "openpyxl", "xlsxwriter", "openpyxl+libreoffice", "openpyxl",
           "xlsxwriter"]


def build(n: int, spec: tuple, rng: random.Random) -> tuple[list[Lembar], dict[str, Any]]:
    form, profil, tag, defects, penilaian = spec
    lay = Layout(rng, form, n)
    plan = make_plan(profil, rng)
    if form.endswith("pengembangan") and plan["family"] != "jpt":
        fill_kategori(plan, lay.five)
    if plan["family"] == "jpt":
        fill_manual(plan)
    if penilaian:
        fill_penilaian(plan)
    found = []
    for d in defects:
        found += d(plan)
    b = Builder(plan, lay, rng)
    b.plan_sheet()
    if plan["family"] == "jf":
        b.ak_sheet()
    if plan["family"] == "jpt":
        b.manual_sheet()
    if penilaian:
        b.penilaian_sheet()

    def cells(key: tuple | None) -> list[dict[str, str]]:
        if key is None:
            return []
        return [{"sheet": sh, "cell": c} for sh, c in b.pos.get(key, [])]

    out = []
    for code, key, alt_keys in found:
        where = cells(key)
        alts = where[1:]
        for ak in alt_keys or []:
            alts += [x for x in cells(ak) if x not in alts and x not in where[:1]]
        first = where[0] if where else {"sheet": None, "cell": None}
        out.append({"code": code, "severity": SEVERITY.get(code, "error"), "sheet": first["sheet"],
                    "cell": first["cell"], "alt_cells": alts})
    meta = {
        "file": f"{form}-{n + 1:02d}-{tag}.xlsx", "form": form, "clean": not defects, "defects": out,
        "boleh": [], "profil": profil, "jabatan": plan["pegawai"]["jabatan"],
        "writer": WRITERS[n % len(WRITERS)],
        "penilaian": penilaian,
        "layout": {"tempel": lay.mode, "kolom_awal": lay.col0, "baris_sela": lay.row_gap,
                   "kolom_sela": list(lay.spacer), "judul_terbelah": lay.split_header,
                   "nomor_kolom": lay.nomor_kolom, "penomoran": lay.numbering, "kapital": lay.caps,
                   "pemenggalan": lay.hyphen, "judul_dokumen": lay.doc_title, "karakter": lay.kinds,
                   "bom": lay.bom, "identitas": "berdampingan" if lay.side_by_side else "bertumpuk",
                   "titik_dua": lay.colon, "bagian": lay.sect_style, "kategori_lima": lay.five,
                   "sheet": lay.sheet},
    }
    return b.sheets, meta


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), v in sorted(sh.cells.items()):
            ws.cell(r, c, v)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c in range(1, 20):
            ws.column_dimensions[get_column_letter(c)].width = 18 if c > 2 else 8
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_urls": False})
    wrapf = wb.add_format({"text_wrap": True, "valign": "top"})
    for sh in sheets:
        ws = wb.add_worksheet(sh.title)
        ws.set_column(0, 1, 8)
        ws.set_column(2, 19, 18)
        merged = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sh.merges}
        for (r1, c1), (r2, c2) in merged.items():
            v = sh.cells.get((r1, c1), "")
            if isinstance(v, (int, float)):
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, None, wrapf)
                ws.write_number(r1 - 1, c1 - 1, v, wrapf)
            else:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v.replace("\r", "\n"), wrapf)
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in merged:
                continue
            if isinstance(v, (int, float)):
                ws.write_number(r - 1, c - 1, v)
            else:
                # XlsxWriter stores a carriage return as ``_x000D_``, which openpyxl does not read back; Excel
                # and openpyxl turn a pasted trailing CR into a line feed, so write that.
                ws.write_string(r - 1, c - 1, v.replace("\r", "\n"), wrapf)
    wb.close()


def through_libreoffice(src: Path, dest: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profil"
        out = Path(tmp) / "out"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copyfile(out / src.name, dest)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_y (tabel SKP tempelan dari Word/PDF).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(a.seed)
    files = []
    for n, spec in enumerate(FILES):
        sheets, meta = build(n, deepcopy(spec), rng)
        path = a.keluaran / meta["file"]
        if meta["writer"] == "xlsxwriter":
            write_xlsxwriter(sheets, path)
        elif meta["writer"] == "openpyxl":
            write_openpyxl(sheets, path)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / meta["file"]
                write_openpyxl(sheets, src)
                through_libreoffice(src, path)
        files.append(meta)
    a.harapan.write_text(json.dumps({"set": "nyata_y", "seed": a.seed, "files": files}, ensure_ascii=False,
                                    indent=1) + "\n", encoding="utf-8")
    print(f"{len(files)} berkas ditulis ke {a.keluaran}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
