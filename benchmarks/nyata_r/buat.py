"""Build the held-out set ``nyata_r``: skp's OWN blank forms (``templates/*.xlsx`` / ``*.xlsm``) filled
the way staff fill them, then checked like any submission.

Every workbook starts as a copy of a shipped template. Staff type identity values, RK/IKI/target text (numbers
as text, as numbers with a satuan number format, as percent-formatted numbers), kategori words; insert rows
inside an RK block when an RK has more IKIs than the block (merged RK cells grow, every formula that points at
the sheet moves, data validations follow: :mod:`lembar`), add RK blocks above Kinerja Tambahan, leave unused
rows blank, fill them with ``-`` or delete them; fill, half fill or leave the Penilaian/Perilaku/Manual
IKI/Keterkaitan AK sheets; rename the SKP sheet, add a notes sheet, hide the Petunjuk, save as ``.xlsm``.
About half the files are then re-saved by LibreOffice (formulas carry cached values as Excel would show
them) and a few go on through XlsxWriter (formula text and cached value copied) as an export of another
office suite would. Defects of SPEC §7 are inserted at known cells (``harapan.json``).

Usage: ``python benchmarks/nyata_r/buat.py [--keluaran DIR] [--harapan FILE]``; deterministic.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.formula.translate import Translator
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402
import lembar  # noqa: E402

TEMPLATES = HERE.parents[1] / "templates"
SEED = 20261206

# where each form keeps its rows and columns (read off the shipped templates, as a user sees them)
FORM = {
    "ja-dasar": dict(
        ku0=16,
        blok=3,
        nblok=5,
        kt_label=31,
        cols=dict(no="A", atasan="B", rk="D", aspek="E", iki="F", target="H"),
        rk_merge=["A:A", "B:C", "D:D"],
        iki_merge=["F:G"],
        peg="C",
        pen="G",
        tgl="F35",
        pen_cols=dict(target="F", real="G", cap="O", kat="P", nilai="Q"),
    ),
    "ja-pengembangan": dict(
        ku0=17,
        blok=3,
        nblok=5,
        kt_label=32,
        cols=dict(
            no="A",
            atasan="B",
            rk="D",
            aspek="E",
            iki="F",
            target="G",
            SK="I",
            K="J",
            C="K",
            B="L",
            SB="M",
            data="N",
            sumber="O",
            waktu="P",
        ),
        rk_merge=["A:A", "B:C", "D:D", "N:N", "O:O", "P:P"],
        iki_merge=["G:H"],
        peg="C",
        pen="J",
        tgl="H36",
        pen_cols=dict(target="F", real="L", cap="T", kat="U", nilai="V"),
    ),
    "jpt-dasar": dict(
        ku0=16,
        blok=2,
        nblok=6,
        kt_label=28,
        cols=dict(no="A", rk="B", iki="D", target="G"),
        rk_merge=["A:A", "B:C"],
        iki_merge=["D:F"],
        peg="C",
        pen="F",
        tgl="E32",
        pen_cols=dict(target="F", real="G", cap="P", kat="Q", nilai="R", jenis="D"),
    ),
    "jpt-pengembangan": dict(
        ku0=16,
        blok=2,
        nblok=6,
        kt_label=28,
        cols=dict(persp="A", no="C", rk="D", iki="E", target="H"),
        rk_merge=["A:B", "C:C", "D:D"],
        iki_merge=["E:G"],
        peg="D",
        pen="G",
        tgl="F32",
        pen_cols=dict(target="H", real="I", cap="R", kat="S", nilai="T", jenis="F"),
    ),
}
FORM["jf-dasar"] = FORM["ja-dasar"]
FORM["jf-pengembangan"] = FORM["ja-pengembangan"]
KAT_KEYS = ("SK", "K", "C", "B", "SB")


class Isi:
    """One workbook being filled: the template copy, the rows each RK/IKI landed on, and the defects."""

    def __init__(self, form: str, xlsm: bool):
        self.form = form
        self.f = FORM[form]
        self.wb = openpyxl.load_workbook(TEMPLATES / f"{form}.{'xlsm' if xlsm else 'xlsx'}", keep_vba=xlsm)
        self.skp = self.wb["SKP"]
        self.pen = self.wb["Penilaian"]
        self.blocks = [[self.f["ku0"] + i * self.f["blok"], self.f["blok"]] for i in range(self.f["nblok"])]
        self.kt_label = self.f["kt_label"]
        self.rows: dict = {}
        self.defects: list[dict] = []

    # -- rows -------------------------------------------------------------------------------------------
    def _after_insert(self, at: int, n: int) -> None:
        for b in self.blocks:
            if b[0] >= at:
                b[0] += n
            elif b[0] + b[1] > at:
                b[1] += n
        if self.kt_label >= at:
            self.kt_label += n

    def grow_block(self, i: int, n: int, penilaian: bool) -> None:
        """Insert ``n`` rows inside block ``i`` (below its first row), in SKP and, mirrored, in Penilaian."""
        at = self.blocks[i][0] + 1
        lembar.insert_rows(self.wb, self.skp, at, n)
        if penilaian:
            lembar.insert_rows(self.wb, self.pen, at, n)
            for r in range(at, at + n):
                self._fill_pen_row(r, at + n)
        self._after_insert(at, n)

    def _fill_pen_row(self, r: int, src: int) -> None:
        """Staff copy an IKI row's formulas of the block into the new row, pointed at its SKP row."""
        for c in range(1, self.pen.max_column + 1):
            v = self.pen.cell(src, c).value
            if isinstance(v, str) and v.startswith("="):
                col = get_column_letter(c)
                t = Translator(v, origin=f"{col}{src}").translate_formula(f"{col}{r}")
                self.pen.cell(r, c).value = re.sub(r"('SKP'!\$[A-Z]+\$)\d+", lambda m: f"{m.group(1)}{r}", t)

    def add_block(self, n: int) -> None:
        """A further RK block inserted above B. KINERJA TAMBAHAN (SKP only); staff merge its RK cells."""
        at = self.kt_label
        lembar.insert_rows(self.wb, self.skp, at, n, style_from=at - 1)
        self.blocks.append([at, n])
        self.kt_label += n
        for spec in self.f["rk_merge"]:
            a, b = spec.split(":")
            if n > 1 or a != b:
                self.skp.merge_cells(f"{a}{at}:{b}{at + n - 1}")
        for spec in self.f["iki_merge"]:
            a, b = spec.split(":")
            for r in range(at, at + n):
                self.skp.merge_cells(f"{a}{r}:{b}{r}")

    def delete_blocks(self, first: int, penilaian: bool) -> None:
        """Unused template blocks deleted (rows below move up), in SKP and Penilaian alike."""
        at = self.blocks[first][0]
        n = sum(b[1] for b in self.blocks[first:])
        lembar.delete_rows(self.wb, self.skp, at, n)
        if penilaian:
            lembar.delete_rows(self.wb, self.pen, at, n)
        del self.blocks[first:]
        self.kt_label -= n

    # -- cells ------------------------------------------------------------------------------------------
    def put(self, ws, ref: str, value, fmt: str | None = None) -> None:
        ws[ref].value = value
        if fmt:
            ws[ref].number_format = fmt

    def col(self, key: str) -> str:
        return self.f["cols"][key]

    def cell(self, where: tuple) -> tuple[str, str]:
        """(sheet, cell) of a logical place recorded while writing."""
        kind = where[0]
        if kind == "id":
            side, row = where[1], where[2]
            col = self.f["peg"] if side == "peg" else self.f["pen"]
            return self.skp.title, f"{col}{row}"
        if kind == "rk":
            return self.skp.title, f"{self.col(where[2])}{self.rows[('rk', where[1])]}"
        if kind == "iki":
            return self.skp.title, f"{self.col(where[3])}{self.rows[('iki', where[1], where[2])]}"
        if kind == "pen":
            return self.pen.title, f"{self.f['pen_cols'][where[3]]}{self.rows[('iki', where[1], where[2])]}"
        if kind == "raw":
            return where[1], where[2]
        raise ValueError(where)


def _target_cell(isi: Isi, ref: str, iki: dict, style: str) -> None:
    """The target typed as text, or as a number whose satuan is a number format, or as a percent cell."""
    t = iki["target"]
    m = re.fullmatch(r"([\d.]+(?:,\d+)?) (.+)", t or "")
    if style == "angka" and m and m.group(2) != "%" and "," not in m.group(1):
        fmt = "#,##0" if "." in m.group(1) else "0"
        isi.put(isi.skp, ref, int(m.group(1).replace(".", "")), f'{fmt} "{m.group(2)}"')
    elif style == "angka" and m and m.group(2) == "%":
        isi.put(isi.skp, ref, int(m.group(1)) / 100, "0%")
    else:
        isi.put(isi.skp, ref, t)


def _kata(v: str) -> str:
    """Kategori in the words staff use: "lebih dari 24 unit", "20 s.d. 23 unit"."""
    v = re.sub(r"^> ", "lebih dari ", v)
    v = re.sub(r"^< ", "kurang dari ", v)
    return re.sub(r"^(\S+) - ", r"\1 s.d. ", v)


def unmerge_rk(isi: Isi, plan: list[dict]) -> None:
    """RK cells not merged: staff repeat the RK (and RK atasan) on every IKI row of the block."""
    for i, rk in enumerate(plan):
        r0 = isi.blocks[i][0]
        for m in list(isi.skp.merged_cells.ranges):
            if m.min_row == r0 and m.max_row > r0:
                isi.skp.unmerge_cells(str(m))
        for j in range(1, len(rk["iki"])):
            for key in ("rk", "atasan", "data", "sumber", "waktu", "persp"):
                if key in isi.f["cols"]:
                    isi.skp[f"{isi.col(key)}{r0 + j}"] = isi.skp[f"{isi.col(key)}{r0}"].value


def write_matriks(isi: Isi, plan: list[dict]) -> None:
    """The koordinator's Matriks Pembagian Peran dan Hasil: own RK on top, one member per row."""
    ws = isi.wb["Matriks Peran Hasil"]
    for k, rk in enumerate(plan[:3]):
        c = get_column_letter(4 + k)
        ws[f"{c}4"], ws[f"{c}5"], ws[f"{c}6"] = rk["rk"], "Direct Cascading", "Pembagian Aspek"
        ws[f"{c}7"] = rk["iki"][0]["target"]
    for n, peg in enumerate(bank.PEGAWAI["ja"][1:3]):
        r = 11 + n
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"] = peg[0], peg[1], peg[3]
        for k in range(min(3, len(plan))):
            ws[f"{get_column_letter(4 + k)}{r}"] = bank.RK_JA[k]["rk"] if n == 0 else bank.RK_JA[3 + k]["rk"]


def write_identity(isi: Isi, peg: tuple, opts: dict) -> None:
    s, f = isi.skp, isi.f
    s["A2"] = bank.INSTANSI
    s["A3"] = bank.PERIODE
    pen = peg[5]
    for i, v in enumerate(peg[:5]):
        s[f"{f['peg']}{6 + i}"] = v
    for i, v in enumerate(pen[:5]):
        s[f"{f['pen']}{6 + i}"] = v
    if opts.get("nip_rapat"):
        s[f"{f['peg']}7"] = peg[1].replace(" ", "")
    if opts.get("pangkat_bebas"):  # typed over the drop-down, the way staff write it
        s[f"{f['peg']}8"] = opts["pangkat_bebas"]
    s[f["tgl"]] = bank.TEMPAT
    if opts.get("unit_dua_baris"):
        s[f"{f['peg']}10"] = peg[4] + "\nDinas Lingkungan Hidup Kabupaten Lembah Hijau"
    if opts.get("periode"):
        s["A3"] = opts["periode"]
    if opts.get("instansi_lupa"):
        s["A2"] = "NAMA INSTANSI"


def write_plan(isi: Isi, plan: list[dict], kt: dict | None, opts: dict) -> None:
    f, s = isi.f, isi.skp
    pen_filled = bool(opts.get("penilaian"))
    for i, rk in enumerate(plan):
        need = max(len(rk["iki"]), 1)
        if i < len(isi.blocks):
            if need > isi.blocks[i][1]:
                isi.grow_block(i, need - isi.blocks[i][1], pen_filled)
        else:
            isi.add_block(max(need, 1))
    unused = len(isi.blocks) - len(plan)
    if unused and opts.get("kurang") == "hapus":
        isi.delete_blocks(len(plan), pen_filled)
    for i, rk in enumerate(plan):
        r0 = isi.blocks[i][0]
        isi.rows[("rk", i)] = r0
        s[f"{isi.col('no')}{r0}"] = i + 1
        s[f"{isi.col('rk')}{r0}"] = rk["rk"]
        if "atasan" in f["cols"]:
            s[f"{isi.col('atasan')}{r0}"] = rk.get("atasan")
        if "persp" in f["cols"]:
            s[f"{isi.col('persp')}{r0}"] = rk.get("persp")
        if "data" in f["cols"]:
            for k in ("data", "sumber", "waktu"):
                s[f"{isi.col(k)}{r0}"] = rk.get(k)
        for j, iki in enumerate(rk["iki"]):
            r = r0 + j
            isi.rows[("iki", i, j)] = r
            if "aspek" in f["cols"]:
                s[f"{isi.col('aspek')}{r}"] = iki["aspek"]
            s[f"{isi.col('iki')}{r}"] = iki["iki"]
            _target_cell(isi, f"{isi.col('target')}{r}", iki, opts.get("angka", "teks"))
            if "SB" in f["cols"] and iki.get("kat"):
                for k in opts.get("tingkat", KAT_KEYS):
                    v = iki["kat"].get(k)
                    if opts.get("kat_kata") and v:
                        v = _kata(v)
                    if k == "B" and opts.get("baik_angka"):
                        continue
                    s[f"{isi.col(k)}{r}"] = v
                if opts.get("baik_angka"):  # BAIK = target, typed as the target cell is
                    _target_cell(isi, f"{isi.col('B')}{r}", {"target": iki["kat"]["B"]}, "angka")
    for i in range(len(plan), len(isi.blocks)):
        if opts.get("kurang") == "strip":
            r0 = isi.blocks[i][0]
            for key in ("rk", "iki", "target") + (("atasan", "aspek") if "aspek" in f["cols"] else ()):
                s[f"{isi.col(key)}{r0}"] = "-"
    kt_rows = [isi.kt_label + 1, isi.kt_label + 2]
    if kt in ("-", "Nihil"):
        s[f"{isi.col('rk')}{kt_rows[0]}"] = kt
    elif kt:
        r = kt_rows[0]
        isi.rows[("rk", "kt")] = r
        s[f"{isi.col('no')}{r}"] = 1
        s[f"{isi.col('rk')}{r}"] = kt["rk"]
        iki = kt["iki"][0]
        if "aspek" in f["cols"]:
            s[f"{isi.col('aspek')}{r}"] = iki["aspek"]
        s[f"{isi.col('iki')}{r}"] = iki["iki"]
        s[f"{isi.col('target')}{r}"] = iki["target"]
        if "SB" in f["cols"]:
            for k in ("C", "B", "SB"):
                s[f"{isi.col(k)}{r}"] = iki["kat"][k]
            for k in ("data", "sumber", "waktu"):
                s[f"{isi.col(k)}{r}"] = kt[k]


def write_manual(isi: Isi, plan: list[dict], opts: dict) -> None:
    """One Manual IKI block per IKI; blocks beyond the template's six are copied below the last one."""
    ws = isi.wb["Manual IKI"]
    ikis = [(rk, iki) for rk in plan for iki in rk["iki"]]
    for k, (rk, iki) in enumerate(ikis):
        top = 3 + 12 * k
        if ws.cell(top, 2).value is None:
            for d in range(11):
                ws.cell(top + d, 2).value = ws.cell(3 + d, 2).value
                ws.cell(top + d, 2)._style = copy.copy(ws.cell(3 + d, 2)._style)
                ws.cell(top + d, 3)._style = copy.copy(ws.cell(3 + d, 3)._style)
            ws.cell(top, 1).value = k + 1
            ws.merge_cells(f"A{top}:A{top + 10}")
        vals = dict(bank.MANUAL)
        vals["RENCANA KINERJA"] = rk["rk"]
        vals["INDIKATOR KINERJA INDIVIDU"] = iki["iki"]
        vals["SATUAN PENGUKURAN"] = (iki["target"] or "").split(" ", 1)[-1]
        for d in range(11):
            label = ws.cell(top + d, 2).value
            ws.cell(top + d, 3).value = vals.get(label)
            isi.rows[("manual", k, label)] = top + d


def write_keterkaitan(isi: Isi, plan: list[dict]) -> None:
    """Butir kegiatan per RK: two rows per RK in the template; RKs beyond five get rows inserted."""
    ws = isi.wb["Keterkaitan AK"]
    for k in ("C6", "C7", "C8", "C9", "C10"):
        ws[k] = isi.skp[k].value
    for k in ("G6", "G7", "G8", "G9", "G10"):
        ws[k] = isi.skp[f"{isi.f['pen']}{k[1:]}"].value
    ws["A2"], ws["A3"], ws["C12"] = bank.INSTANSI, bank.PERIODE, "2 Januari 2026"
    row = 17
    for i, rk in enumerate(plan):
        if ws.cell(row, 1).value == "KINERJA TAMBAHAN":
            lembar.insert_rows(isi.wb, ws, row, 2, style_from=row - 1)
            ws.merge_cells(f"A{row}:A{row + 1}")
            ws.merge_cells(f"B{row}:C{row + 1}")
            for r in (row, row + 1):
                ws.merge_cells(f"D{r}:F{r}")
        ws[f"A{row}"] = i + 1
        ws[f"B{row}"] = rk["rk"]
        for j, (butir, out, ak) in enumerate(rk["butir"][:2]):
            ws[f"D{row + j}"] = butir
            ws[f"G{row + j}"] = out
            ws[f"H{row + j}"] = ak
            isi.rows[("ak", i, j)] = row + j
        row += 2


def write_penilaian(isi: Isi, plan: list[dict], mode: str, real: dict) -> None:
    """Realisasi typed into the Penilaian's REALISASI column; the template's formulas do the rest."""
    pc = isi.f["pen_cols"]
    for i, rk in enumerate(plan):
        if "jenis" in pc:
            isi.pen[f"{pc['jenis']}{isi.rows[('rk', i)]}"] = "Perjanjian Kinerja" if i < 3 else "Rencana Aksi"
        for j, iki in enumerate(rk["iki"]):
            if mode == "sebagian" and i >= 2:
                continue
            r = isi.rows[("iki", i, j)]
            v = real.get((i, j))
            if v is None:
                v = _default_real(iki["target"], real.get("gaya", "teks"))
                if real.get("gaya") == "catatan":
                    v = f"{v} (bukti dukung terlampir)"
            if isinstance(v, tuple):
                isi.put(isi.pen, f"{pc['real']}{r}", v[0], v[1])
            else:
                isi.pen[f"{pc['real']}{r}"] = v
    if ("rk", "kt") in isi.rows and mode == "isi":
        isi.pen[f"{pc['real']}{isi.rows[('rk', 'kt')]}"] = (
            "1 sertifikat" if "jpt" not in isi.form else "4 kegiatan"
        )


def _default_real(target: str, gaya: str):
    """A realisasi equal to the target (Baik), written as staff write it."""
    m = re.fullmatch(r"([\d.]+(?:,\d+)?) (.+)", target)
    if not m:
        return target
    num, sat = m.group(1), m.group(2)
    if gaya == "angka" and "." not in num and "," not in num:
        return int(num)
    if gaya == "persen" and sat == "%":
        return (int(num) / 100, "0%")
    return target


def write_perilaku(isi: Isi, nilai: list[int], ide: str) -> None:
    ws = isi.wb["Perilaku"]
    for k, v in enumerate(nilai):
        ws[f"F{14 + k}"] = v
    ws["F19"] = ide


def rename_sheet(wb, old: str, new: str) -> None:
    """Excel renames every reference to the sheet as well."""
    wb[old].title = new
    q_old, q_new = f"'{old}'!", f"'{new}'!"
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("=") and q_old in c.value:
                    c.value = c.value.replace(q_old, q_new)


# -- defects: each changes the data or the sheet and says where a reviewer marks it
def apply_defect(isi: Isi, name: str, plan: list[dict]) -> dict:
    s, f = isi.skp, isi.f
    if name == "nip-pendek":
        s[f"{f['peg']}7"] = "19850722 201001 1 03"
        return {"code": "nip-tidak-valid", "at": ("id", "peg", 7)}
    if name == "nip-angka":
        s[f"{f['peg']}7"] = 199208182015032000
        s[f"{f['peg']}7"].number_format = "0"
        return {"code": "nip-tidak-valid", "at": ("id", "peg", 7)}
    if name == "jabatan-penilai-kosong":
        s[f"{f['pen']}9"] = None
        return {"code": "identitas-kosong", "at": ("id", "pen", 9)}
    if name == "pangkat-salah":
        s[f"{f['peg']}8"] = "Penata Muda, III/c"
        return {"code": "pangkat-tidak-dikenal", "at": ("id", "peg", 8)}
    if name == "penilai-sama":
        s[f"{f['pen']}7"] = s[f"{f['peg']}7"].value
        return {"code": "penilai-sama-dengan-pegawai", "at": ("id", "pen", 7), "alt": [("id", "peg", 7)]}
    if name == "periode-belum-diisi":
        s["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER ...."
        return {
            "code": "periode-tidak-valid",
            "at": ("raw", "SKP", "A3"),
            "any_of": ["periode-tidak-valid", "templat-belum-diisi"],
        }
    if name == "periode-terbalik":
        s["A3"] = "PERIODE PENILAIAN: 31 DESEMBER SD 1 JANUARI 2026"
        return {"code": "periode-tidak-valid", "at": ("raw", "SKP", "A3")}
    if name == "target-kosong":
        s[isi.cell(("iki", 1, 1, "target"))[1]] = None
        return {"code": "iki-tanpa-target", "at": ("iki", 1, 1, "target")}
    if name == "target-kata":
        s[isi.cell(("iki", 0, 1, "target"))[1]] = "Tepat waktu"
        return {"code": "target-tidak-terukur", "at": ("iki", 0, 1, "target")}
    if name == "rentang-terbalik":
        s[isi.cell(("iki", 1, 1, "target"))[1]] = "95 - 85 %"
        return {"code": "target-rentang-terbalik", "at": ("iki", 1, 1, "target")}
    if name == "aspek-lain":
        s[isi.cell(("iki", 0, 1, "aspek"))[1]] = "Efektivitas"
        return {"code": "aspek-tidak-valid", "at": ("iki", 0, 1, "aspek")}
    if name == "aspek-kosong":
        s[isi.cell(("iki", 1, 0, "aspek"))[1]] = None
        return {"code": "aspek-tidak-valid", "at": ("iki", 1, 0, "aspek")}
    if name == "aspek-ganda":
        s[isi.cell(("iki", 0, 1, "aspek"))[1]] = "Kuantitas"
        return {"code": "aspek-ganda", "at": ("iki", 0, 1, "aspek")}
    if name == "atasan-kosong":
        s[isi.cell(("rk", 2, "atasan"))[1]] = None
        return {"code": "rk-atasan-kosong", "at": ("rk", 2, "atasan")}
    if name == "rk-aktivitas":
        s[isi.cell(("rk", 1, "rk"))[1]] = "Menyusun laporan rekapitulasi data timbulan sampah harian"
        if "Keterkaitan AK" in isi.wb.sheetnames:  # staff change the RK in both places
            isi.wb["Keterkaitan AK"][f"B{isi.rows[('ak', 1, 0)]}"] = s[isi.cell(("rk", 1, "rk"))[1]].value
        return {"code": "rk-berbasis-aktivitas", "at": ("rk", 1, "rk")}
    if name == "target-absolut":
        s[isi.cell(("iki", 0, 1, "iki"))[1]] = "Semua laporan disampaikan tanpa revisi"
        return {"code": "target-absolut", "at": ("iki", 0, 1, "iki")}
    if name == "rk-ganda":
        s[isi.cell(("rk", 3, "rk"))[1]] = plan[0]["rk"]
        return {"code": "rk-ganda", "at": ("rk", 3, "rk"), "alt": [("rk", 0, "rk")]}
    if name == "waktu-tanpa-satuan-waktu":
        s[isi.cell(("iki", 0, 2, "target"))[1]] = "12 laporan"
        return {"code": "satuan-tidak-sesuai-aspek", "at": ("iki", 0, 2, "target")}
    if name == "target-tanpa-satuan":
        ref = isi.cell(("iki", 0, 0, "target"))[1]
        s[ref] = int(re.match(r"\d+", plan[0]["iki"][0]["target"]).group())
        s[ref].number_format = "General"
        return {"code": "target-tanpa-satuan", "at": ("iki", 0, 0, "target")}
    if name == "perspektif-lain":
        s[isi.cell(("rk", 1, "persp"))[1]] = "Keuangan Daerah"
        return {"code": "perspektif-tidak-valid", "at": ("rk", 1, "persp")}
    if name == "kategori-kosong":
        for k in KAT_KEYS:
            s[isi.cell(("iki", 1, 0, k))[1]] = None
        return {
            "code": "kategori-penilaian-kosong",
            "at": ("iki", 1, 0, "B"),
            "alt": [("iki", 1, 0, k) for k in KAT_KEYS] + [("iki", 1, 0, "iki"), ("iki", 1, 0, "target")],
        }
    if name == "sb-sama-target":
        s[isi.cell(("iki", 0, 0, "SB"))[1]] = plan[0]["iki"][0]["target"]
        return {"code": "kategori-tidak-membedakan", "at": ("iki", 0, 0, "SB")}
    if name == "kategori-terbalik":
        iki = plan[1]["iki"][0]
        s[isi.cell(("iki", 1, 0, "C"))[1]] = iki["kat"]["SB"]
        s[isi.cell(("iki", 1, 0, "SB"))[1]] = iki["kat"]["C"]
        return {
            "code": "kategori-tidak-berurutan",
            "at": ("iki", 1, 0, "SB"),
            "alt": [("iki", 1, 0, k) for k in KAT_KEYS],
            "any_of": ["kategori-tidak-berurutan", "kategori-tidak-membedakan"],
        }
    if name == "cara-memantau-kosong":
        for k in ("data", "sumber", "waktu"):
            s[isi.cell(("rk", 2, k))[1]] = None
        return {
            "code": "cara-memantau-kosong",
            "at": ("rk", 2, "data"),
            "alt": [("rk", 2, "sumber"), ("rk", 2, "waktu"), ("rk", 2, "rk")],
        }
    if name == "manual-formula-kosong":
        ws = isi.wb["Manual IKI"]
        r = isi.rows[("manual", 1, "FORMULA")]
        ws[f"C{r}"] = None
        return {"code": "manual-iki-kosong", "at": ("raw", "Manual IKI", f"C{r}")}
    if name == "ak-kosong":
        ws = isi.wb["Keterkaitan AK"]
        r = isi.rows[("ak", 1, 0)]
        ws[f"H{r}"] = "-"
        return {"code": "angka-kredit-tidak-valid", "at": ("raw", "Keterkaitan AK", f"H{r}")}
    if name == "rk-tanpa-butir":
        ws = isi.wb["Keterkaitan AK"]
        r = isi.rows[("ak", 2, 0)]
        for c in "BDGH":
            ws[f"{c}{r}"] = None
        return {
            "code": "rk-tanpa-butir-kegiatan",
            "at": ("rk", 2, "rk"),
            "alt": [("raw", "Keterkaitan AK", f"B{r}")],
        }
    if name == "tanpa-keterkaitan":
        del isi.wb["Keterkaitan AK"]
        return {"code": "keterkaitan-ak-hilang", "at": None}
    if name == "realisasi-kosong":
        isi.pen[isi.cell(("pen", 1, 1, "real"))[1]] = None
        return {"code": "realisasi-kosong", "at": ("pen", 1, 1, "real")}
    if name == "capaian-diketik":
        isi.pen[isi.cell(("pen", 0, 0, "cap"))[1]] = 1.25
        return {"code": "capaian-tidak-sesuai", "at": ("pen", 0, 0, "cap")}
    if name == "target-penilaian-diubah":
        isi.pen[isi.cell(("pen", 1, 0, "target"))[1]] = "10 laporan"
        return {"code": "target-penilaian-berbeda", "at": ("pen", 1, 0, "target")}
    raise KeyError(name)


# -- the scenarios
def _plans(kind: str) -> list[dict]:
    return copy.deepcopy({"ja": bank.RK_JA, "jf": bank.RK_JF, "jpt": bank.RK_JPT}[kind])


def scenarios() -> list[dict]:
    """46 workbooks: every form clean and defective, each with the staff behaviour it shows."""
    S = []

    def add(form, name, **o):
        S.append(dict(form=form, name=name, **o))

    # ja-dasar
    add(
        "ja-dasar", "01-bersih-tiga-rk-sisa-kosong", peg=("ja", 1), rk=[0, 1, 2], kt=True, unit_dua_baris=True
    )
    add(
        "ja-dasar",
        "02-bersih-empat-iki-sisip",
        peg=("ja", 1),
        rk=[0, 1, 2],
        extra={0: 1},
        kt=True,
        lo=True,
        pangkat_bebas="Penata Tk.I / III-d",
    )
    add(
        "ja-dasar",
        "03-bersih-tujuh-rk-tambah-blok",
        peg=("ja", 0),
        rk=[0, 1, 2, 3, 4, 5, 6],
        kt=True,
        lo=True,
        angka="angka",
        matriks=True,
    )
    add(
        "ja-dasar",
        "04-bersih-hapus-baris-penilaian",
        peg=("ja", 2),
        rk=[0, 1, 3],
        kurang="hapus",
        kt=True,
        penilaian="isi",
        real={"gaya": "angka"},
        perilaku=True,
        lo=True,
    )
    add("ja-dasar", "05-bersih-strip-xlsm", peg=("ja", 2), rk=[1, 4], kurang="strip", kt="-", xlsm=True)
    add(
        "ja-dasar",
        "06-bersih-xlsxwriter-catatan",
        peg=("ja", 1),
        rk=[0, 1, 2, 3],
        kt=True,
        lo=True,
        xw=True,
        catatan=True,
        penilaian="sebagian",
    )
    add(
        "ja-dasar",
        "07-cacat-nip-pendek-aspek-lain",
        peg=("ja", 1),
        rk=[0, 1, 2],
        kt=True,
        defects=["nip-pendek", "aspek-lain"],
    )
    add(
        "ja-dasar",
        "08-cacat-target-kosong-sisip",
        peg=("ja", 2),
        rk=[0, 1, 2],
        extra={1: 1},
        kt=True,
        defects=["target-kosong"],
        lo=True,
    )
    add(
        "ja-dasar",
        "09-cacat-realisasi-kosong",
        peg=("ja", 2),
        rk=[0, 1, 2],
        kt=True,
        penilaian="isi",
        perilaku=True,
        defects=["realisasi-kosong"],
        lo=True,
    )
    # ja-pengembangan
    add("ja-pengembangan", "10-bersih-kategori-kata", peg=("ja", 1), rk=[0, 1, 2], kt=True, kat_kata=True)
    add(
        "ja-pengembangan",
        "11-bersih-tiga-tingkat-angka",
        peg=("ja", 3),
        rk=[1, 4, 5],
        kt=True,
        tingkat=("C", "B", "SB"),
        angka="angka",
        baik_angka=True,
        lo=True,
    )
    add(
        "ja-pengembangan",
        "12-bersih-sisip-iki-tambah-blok",
        peg=("ja", 1),
        rk=[0, 1, 2, 3, 4, 5],
        extra={2: 2},
        kt=True,
        lo=True,
    )
    add(
        "ja-pengembangan",
        "13-bersih-penilaian-isi-lo",
        peg=("ja", 2),
        rk=[0, 1, 2],
        kt=True,
        penilaian="isi",
        real={"gaya": "catatan"},
        perilaku=True,
        lo=True,
    )
    add(
        "ja-pengembangan",
        "14-bersih-sheet-diganti-nama-xlsm",
        peg=("ja", 1),
        rk=[0, 3],
        kt=True,
        xlsm=True,
        rename="SKP 2026",
        sembunyi=True,
    )
    add("ja-pengembangan", "15-bersih-xlsxwriter", peg=("ja", 3), rk=[0, 1, 2, 3], kt=True, lo=True, xw=True)
    add(
        "ja-pengembangan",
        "16-cacat-sb-sama-target",
        peg=("ja", 1),
        rk=[0, 1, 2],
        kt=True,
        defects=["sb-sama-target"],
        lo=True,
    )
    add(
        "ja-pengembangan",
        "17-cacat-cara-memantau-kategori",
        peg=("ja", 2),
        rk=[0, 1, 2],
        kt=True,
        defects=["cara-memantau-kosong", "kategori-kosong"],
    )
    add(
        "ja-pengembangan",
        "18-cacat-capaian-diketik",
        peg=("ja", 1),
        rk=[0, 1, 2],
        kt=True,
        penilaian="isi",
        perilaku=True,
        defects=["capaian-diketik"],
        lo=True,
    )
    # jf-dasar
    add("jf-dasar", "19-bersih-lampiran-dihapus", peg=("jf", 0), rk=[0, 1, 2], kt=True, hapus_lampiran=True)
    add(
        "jf-dasar",
        "20-bersih-empat-iki-lo",
        peg=("jf", 1),
        rk=[0, 1, 2, 3],
        extra={1: 2},
        kt=True,
        lo=True,
        angka="angka",
    )
    add(
        "jf-dasar",
        "21-bersih-enam-rk-keterkaitan-tambah",
        peg=("jf", 0),
        rk=[0, 1, 2, 3, 4, 5],
        kt=True,
        lo=True,
        angka="angka",
    )
    add(
        "jf-dasar",
        "22-bersih-terampil-xlsm",
        peg=("jf", 2),
        rk=[4],
        kt="-",
        kurang="strip",
        xlsm=True,
        instansi_lupa=True,
    )
    add(
        "jf-dasar",
        "23-bersih-penilaian-xlsxwriter",
        peg=("jf", 1),
        rk=[0, 1, 2],
        kt=True,
        penilaian="isi",
        real={"gaya": "persen"},
        perilaku=True,
        lo=True,
        xw=True,
    )
    add(
        "jf-dasar",
        "24-cacat-tanpa-keterkaitan",
        peg=("jf", 1),
        rk=[0, 1, 2],
        kt=True,
        defects=["tanpa-keterkaitan"],
        lo=True,
    )
    add(
        "jf-dasar",
        "25-cacat-ak-rk-tanpa-butir",
        peg=("jf", 0),
        rk=[0, 1, 2],
        kt=True,
        defects=["ak-kosong", "rk-tanpa-butir"],
    )
    add(
        "jf-dasar",
        "26-cacat-aktivitas-absolut",
        peg=("jf", 1),
        rk=[0, 1, 2, 3],
        kt=True,
        lo=True,
        defects=["rk-aktivitas", "target-absolut"],
    )
    # jf-pengembangan
    add(
        "jf-pengembangan",
        "27-bersih-rk-diulang-tanpa-gabung",
        peg=("jf", 0),
        rk=[0, 1, 2],
        kt=True,
        ulang_rk=True,
    )
    add(
        "jf-pengembangan",
        "28-bersih-hapus-baris-lo",
        peg=("jf", 1),
        rk=[1, 2],
        kurang="hapus",
        kt=True,
        lo=True,
        tingkat=("K", "C", "B", "SB"),
    )
    add(
        "jf-pengembangan",
        "29-bersih-penilaian-persen",
        peg=("jf", 0),
        rk=[0, 1, 2],
        extra={0: 1},
        kt=True,
        penilaian="isi",
        real={"gaya": "angka"},
        perilaku=True,
        lo=True,
        angka="angka",
    )
    add(
        "jf-pengembangan",
        "30-bersih-xlsxwriter-sembunyi",
        peg=("jf", 1),
        rk=[0, 2, 3],
        kt=True,
        lo=True,
        xw=True,
        sembunyi=True,
    )
    add(
        "jf-pengembangan",
        "31-cacat-kategori-terbalik",
        peg=("jf", 0),
        rk=[0, 1, 2],
        kt=True,
        defects=["kategori-terbalik"],
        lo=True,
    )
    add(
        "jf-pengembangan",
        "32-cacat-aktivitas-atasan-kosong",
        peg=("jf", 1),
        rk=[0, 1, 2],
        kt=True,
        defects=["rk-aktivitas", "atasan-kosong"],
    )
    add(
        "jf-pengembangan",
        "33-cacat-target-penilaian",
        peg=("jf", 0),
        rk=[0, 1, 2],
        kt=True,
        penilaian="isi",
        perilaku=True,
        defects=["target-penilaian-diubah"],
        lo=True,
    )
    # jpt-dasar
    add("jpt-dasar", "34-bersih-tambahan-nihil", peg=("jpt", 0), rk=[0, 1, 2, 3], kt="Nihil", manual=True)
    add(
        "jpt-dasar",
        "35-bersih-tujuh-rk-manual-tambah",
        peg=("jpt", 1),
        rk=[0, 1, 2, 3, 4, 5],
        kt=True,
        manual=True,
        lo=True,
        add_rk=1,
    )
    add(
        "jpt-dasar",
        "36-bersih-penilaian-isi",
        peg=("jpt", 0),
        rk=[0, 1, 2, 3],
        kt=True,
        manual=True,
        penilaian="isi",
        perilaku=True,
        lo=True,
    )
    add(
        "jpt-dasar",
        "37-bersih-xlsm-catatan",
        peg=("jpt", 1),
        rk=[0, 1, 3],
        kt=True,
        manual=True,
        xlsm=True,
        catatan=True,
    )
    add(
        "jpt-dasar",
        "38-cacat-manual-formula",
        peg=("jpt", 0),
        rk=[0, 1, 2, 3],
        kt=True,
        manual=True,
        defects=["manual-formula-kosong"],
        lo=True,
    )
    add(
        "jpt-dasar",
        "39-cacat-jabatan-penilai-periode",
        peg=("jpt", 1),
        rk=[0, 1, 2, 3],
        kt=True,
        manual=True,
        defects=["jabatan-penilai-kosong", "periode-terbalik"],
    )
    # jpt-pengembangan
    add(
        "jpt-pengembangan",
        "40-bersih-periode-tahun-ditulis",
        peg=("jpt", 0),
        rk=[0, 1, 2, 3],
        kt=True,
        manual=True,
        periode="PERIODE PENILAIAN: 1 Januari 2026 s.d. 31 Desember 2026",
    )
    add(
        "jpt-pengembangan",
        "41-bersih-tiga-iki-sisip-lo",
        peg=("jpt", 1),
        rk=[0, 1, 2, 3, 5],
        extra={1: 1},
        kt=True,
        manual=True,
        lo=True,
    )
    add(
        "jpt-pengembangan",
        "42-bersih-xlsxwriter-penilaian",
        peg=("jpt", 0),
        rk=[0, 1, 2, 3],
        kt=True,
        manual=True,
        penilaian="isi",
        perilaku=True,
        lo=True,
        xw=True,
    )
    add(
        "jpt-pengembangan",
        "43-cacat-perspektif",
        peg=("jpt", 1),
        rk=[0, 1, 2, 3],
        kt=True,
        manual=True,
        defects=["perspektif-lain"],
        lo=True,
    )
    add(
        "jpt-pengembangan",
        "44-cacat-nip-angka-pangkat",
        peg=("jpt", 0),
        rk=[0, 1, 2, 3],
        kt=True,
        manual=True,
        defects=["nip-angka", "pangkat-salah"],
    )
    # two more defective JA files: penilai sama, RK atasan kosong
    add(
        "ja-dasar",
        "45-cacat-penilai-sama-atasan-kosong",
        peg=("ja", 2),
        rk=[0, 1, 2],
        kt=True,
        lo=True,
        defects=["penilai-sama", "atasan-kosong"],
    )
    add(
        "ja-pengembangan",
        "46-cacat-aspek-ganda-tanpa-satuan",
        peg=("ja", 1),
        rk=[0, 1, 2],
        kt=True,
        defects=["aspek-ganda", "target-tanpa-satuan"],
        lo=True,
    )
    add(
        "jf-dasar",
        "47-cacat-rk-ganda-target-kata",
        peg=("jf", 0),
        rk=[0, 1, 2, 3],
        kt=True,
        defects=["rk-ganda", "target-kata"],
    )
    add(
        "ja-pengembangan",
        "48-cacat-aspek-kosong-sisip",
        peg=("ja", 3),
        rk=[0, 1, 2],
        extra={1: 1},
        kt=True,
        defects=["aspek-kosong"],
        xlsm=True,
    )
    add(
        "ja-dasar",
        "49-cacat-rentang-waktu",
        peg=("ja", 3),
        rk=[0, 1, 2],
        kt=True,
        defects=["rentang-terbalik", "waktu-tanpa-satuan-waktu"],
        lo=True,
    )
    add(
        "ja-pengembangan",
        "50-cacat-periode-belum-diisi",
        peg=("ja", 2),
        rk=[0, 1, 2],
        kt=True,
        defects=["periode-belum-diisi"],
        lo=True,
    )
    return S


def build(sc: dict, out_dir: Path) -> tuple[Path, dict]:
    form = sc["form"]
    kind = form.split("-")[0]
    xlsm = sc.get("xlsm", False)
    isi = Isi(form, xlsm)
    peg = bank.PEGAWAI[sc["peg"][0]][sc["peg"][1]]
    all_rk = _plans("ja" if kind == "ja" else kind)
    plan = [all_rk[i] for i in sc["rk"]]
    for i, n in sc.get("extra", {}).items():
        base = plan[i]["iki"]
        for k in range(n):
            more = copy.deepcopy(base[k % len(base)])
            more["iki"] = more["iki"].replace("Jumlah", "Jumlah tambahan", 1) if k else more["iki"]
            if more["aspek"]:
                more["aspek"] = "Biaya" if k == 0 else "Waktu"
                more["iki"] = "Biaya operasional per kegiatan" if k == 0 else "Waktu penyelesaian verifikasi"
                more["target"] = "Rp 2.500.000" if k == 0 else "10 bulan"
                more["kat"] = (
                    {
                        "SK": "> Rp 3.500.000",
                        "K": "Rp 3.000.001 - Rp 3.500.000",
                        "C": "Rp 2.500.001 - Rp 3.000.000",
                        "B": "Rp 2.500.000",
                        "SB": "< Rp 2.500.000",
                    }
                    if k == 0
                    else bank._kat_waktu(10)
                )
            else:
                more["iki"] = "Persentase kelurahan dengan layanan pengangkutan sampah"
                more["target"] = "60 %"
            base.append(more)
    if sc.get("add_rk"):
        plan.append(
            copy.deepcopy(all_rk[0])
            | {
                "rk": "Meningkatnya partisipasi masyarakat dalam pengelolaan sampah",
                "persp": "Penerima Layanan",
                "iki": [bank._iki(None, "Jumlah bank sampah aktif", "120 unit")],
            }
        )
    opts = dict(sc)
    write_identity(isi, peg, opts)
    kt = sc.get("kt")
    kt_plan = (bank.KT["jpt"] if kind == "jpt" else bank.KT["ja"]) if kt is True else kt
    write_plan(isi, plan, kt_plan, opts)
    if sc.get("manual"):
        write_manual(isi, plan, opts)
    if kind == "jf":
        write_keterkaitan(isi, plan)
    if sc.get("penilaian"):
        write_penilaian(isi, plan, sc["penilaian"], sc.get("real", {}))
    if sc.get("perilaku"):
        write_perilaku(isi, [108, 110, 100, 105, 100], "Tidak")
    found = [apply_defect(isi, d, plan) for d in sc.get("defects", [])]
    if sc.get("ulang_rk"):
        unmerge_rk(isi, plan)
    if sc.get("matriks"):
        write_matriks(isi, plan)
    if sc.get("hapus_lampiran"):
        for name in ("Penilaian", "Perilaku", "Matriks Peran Hasil"):
            del isi.wb[name]
    if sc.get("catatan"):
        ws = isi.wb.create_sheet("Catatan")
        ws["A1"] = "Catatan dialog kinerja"
        ws["A2"] = "Dialog kinerja dengan atasan langsung dilaksanakan tanggal 3 Januari 2026."
        ws["A3"] = "Target bank sampah menyesuaikan Renstra 2025-2029."
    if sc.get("sembunyi"):
        isi.wb["Petunjuk"].sheet_state = "hidden"
        isi.wb["Matriks Peran Hasil"].sheet_state = "hidden"
    skp_title = "SKP"
    if sc.get("rename"):
        rename_sheet(isi.wb, "SKP", sc["rename"])
        skp_title = sc["rename"]
    ext = "xlsm" if xlsm else "xlsx"
    path = out_dir / f"{form}-{sc['name']}.{ext}"
    isi.wb.save(path)
    defects = []
    for d in found:
        entry = {"code": d["code"]}
        if d["at"] is not None:
            sheet, cell = isi.cell(d["at"])
            entry |= {"sheet": skp_title if sheet == "SKP" else sheet, "cell": cell}
            alts = [isi.cell(a) for a in d.get("alt", [])]
            if alts:
                entry["alt_cells"] = [
                    {"sheet": skp_title if s_ == "SKP" else s_, "cell": c} for s_, c in alts
                ]
        else:
            entry |= {"sheet": None, "cell": None}
        if d.get("any_of"):
            entry["any_of"] = d["any_of"]
        defects.append(entry)
    manifest = {
        "file": path.name,
        "form": form,
        "clean": not defects,
        "defects": defects,
        "jabatan": peg[3],
        "writer": "xlsxwriter" if sc.get("xw") else "openpyxl",
        "libreoffice": bool(sc.get("lo")),
        "layout": {k: v for k, v in sc.items() if k not in ("form", "name", "defects")},
    }
    manifest["layout"]["extra"] = {str(k): v for k, v in sc.get("extra", {}).items()}
    boleh = []
    if sc.get("penilaian") == "sebagian":  # realisasi not typed yet: saying so is as right as keeping quiet
        pc = isi.f["pen_cols"]
        boleh += [
            {"code": "realisasi-kosong", "sheet": isi.pen.title, "cell": f"{pc['real']}{isi.rows[key]}"}
            for key in sorted(isi.rows, key=str)
            if key[0] == "iki" and key[1] >= 2
        ]
        boleh.append(
            {
                "code": "realisasi-kosong",
                "sheet": isi.pen.title,
                "cell": f"{pc['real']}{isi.rows[('rk', 'kt')]}",
            }
        )
    if sc.get("instansi_lupa"):  # the agency line left as printed: a reviewer may or may not mark it
        boleh += [
            {"code": c, "sheet": skp_title, "cell": "A2"} for c in ("templat-belum-diisi", "identitas-kosong")
        ]
    if "capaian-diketik" in sc.get("defects", []):  # the sheet's own formulas carry the typed capaian on
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": isi.pen.title, "cell": None})
    if boleh:
        manifest["boleh"] = boleh
    return path, manifest


def libreoffice_resave(paths: list[Path]) -> None:
    """Re-save with LibreOffice so that formulas carry the values Excel would show (own profile)."""
    if not paths:
        return
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profil"
        outdir = Path(tmp) / "keluar"
        outdir.mkdir()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--calc",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(outdir),
                *map(str, paths),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for p in paths:
            shutil.move(str(outdir / p.name), p)


def xlsxwriter_copy(path: Path) -> None:
    """The workbook written again through XlsxWriter: values, formulas with their cached values, merges,
    number formats, list validations, hidden sheets (an export of another office suite)."""
    import xlsxwriter

    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    tmp = path.with_suffix(".tmp.xlsx")
    out = xlsxwriter.Workbook(str(tmp))
    formats: dict = {}

    def fmt(cell):
        key = (
            cell.number_format,
            bool(cell.font and cell.font.b),
            bool(cell.alignment and cell.alignment.wrap_text),
        )
        if key not in formats:
            formats[key] = out.add_format(
                {
                    "num_format": key[0],
                    "bold": key[1],
                    "text_wrap": key[2],
                    "valign": "top",
                    "border": 1 if key[2] else 0,
                }
            )
        return formats[key]

    for ws in wf.worksheets:
        vs = wv[ws.title]
        o = out.add_worksheet(ws.title)
        if ws.sheet_state != "visible":
            o.hide()
        merged = {}
        for m in ws.merged_cells.ranges:
            merged[(m.min_row, m.min_col)] = m
        inside = {
            (r, c)
            for m in ws.merged_cells.ranges
            for r in range(m.min_row, m.max_row + 1)
            for c in range(m.min_col, m.max_col + 1)
        } - set(merged)
        for row in ws.iter_rows():
            for c in row:
                if (c.row, c.column) in inside:
                    continue
                v = c.value
                cached = vs.cell(c.row, c.column).value
                f = fmt(c)
                r0, c0 = c.row - 1, c.column - 1
                if (c.row, c.column) in merged:
                    m = merged[(c.row, c.column)]
                    if isinstance(v, str) and v.startswith("="):
                        o.merge_range(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1, "", f)
                        o.write_formula(r0, c0, v, f, "" if cached is None else cached)
                    else:
                        o.merge_range(
                            m.min_row - 1,
                            m.min_col - 1,
                            m.max_row - 1,
                            m.max_col - 1,
                            "" if v is None else v,
                            f,
                        )
                    continue
                if v is None:
                    continue
                if isinstance(v, str) and v.startswith("="):
                    o.write_formula(r0, c0, v, f, "" if cached is None else cached)
                else:
                    o.write(r0, c0, v, f)
        for dv in ws.data_validations.dataValidation:
            if dv.type == "list" and dv.formula1:
                for rng in str(dv.sqref).split():
                    o.data_validation(rng, {"validate": "list", "source": "=" + dv.formula1})
        for c, d in ws.column_dimensions.items():
            if d.width:
                idx = column_index_from_string(c) - 1
                o.set_column(idx, idx, d.width)
    for name, dn in wf.defined_names.items():
        out.define_name(name, "=" + dn.attr_text)
    out.close()
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_r dari templat skp yang diisi pegawai.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    for old in args.keluaran.glob("*.xls*"):
        old.unlink()
    built = [(sc, *build(sc, args.keluaran)) for sc in scenarios()]
    libreoffice_resave([p for sc, p, _ in built if sc.get("lo")])
    for sc, p, _ in built:
        if sc.get("xw"):
            xlsxwriter_copy(p)
    files = [m for _, _, m in built]
    args.harapan.write_text(
        json.dumps({"set": "nyata_r", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(files)} berkas, {sum(f['clean'] for f in files)} bersih, "
        f"{sum(len(f['defects']) for f in files)} cacat"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
