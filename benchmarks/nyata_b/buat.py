"""Build the held-out evaluation set ``benchmarks/nyata_b`` (issue 12): SKP workbooks nobody tunes against.

Independent of the project's fixtures, templates, mappings and reader: the layouts come from SPEC §3 and
§3.10 read as an agency would fill them, the texts from ``bank.py``. Each workbook is first drawn as a grid
(:class:`Lembar`: cells, merges, named positions), then written by openpyxl or XlsxWriter; a few are re-saved
by LibreOffice (``soffice --headless --convert-to``), one of them as legacy ``.xls``. Defects are injected in
the data before drawing and their cells are looked up by name afterwards, so ``harapan.json`` always points
at the cell that holds the defect.
Usage: ``python benchmarks/nyata_b/buat.py [--keluaran DIR] [--harapan F]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent


def _bank():
    """This set's own ``bank.py``, loaded by path so that no other module named ``bank`` can stand in."""
    spec = importlib.util.spec_from_file_location("nyata_b_bank", HERE / "bank.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


bank = _bank()

SEED = 1974
TAHUN = 2024
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
TERBILANG = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 8: "delapan", 12: "dua belas"}


@dataclass
class Lembar:
    """One sheet drawn as data: values by (row, col), merged ranges, named positions."""

    title: str
    cells: dict[tuple[int, int], Any] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    keys: dict[Any, tuple[int, int]] = field(default_factory=dict)
    bold: set[tuple[int, int]] = field(default_factory=set)
    hidden: bool = False
    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # cells holds the computed value

    def put(
        self, r: int, c: int, v: Any, key: Any = None, bold: bool = False, fmt: str | None = None
    ) -> None:
        if fmt:
            self.formats[(r, c)] = fmt
        if key is not None:
            self.keys[key] = (r, c)
        if v is None or v == "":
            self.cells.pop((r, c), None)
            return
        self.cells[(r, c)] = v
        if bold:
            self.bold.add((r, c))

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def ref(self, key: Any) -> str:
        r, c = self.keys[key]
        return f"{get_column_letter(c)}{r}"


# ---------------------------------------------------------------- texts


def ribuan(n: float) -> str:
    if float(n).is_integer():
        return f"{int(n):,}".replace(",", ".")
    return str(n).replace(".", ",")


def target_text(t: tuple, split: bool, le: bool = False) -> tuple[str, str | None]:
    """(target cell, satuan cell) as a civil servant writes them."""
    kind = t[0]
    if kind in ("n", "poin"):
        return (ribuan(t[1]), t[2]) if split else (f"{ribuan(t[1])} {t[2]}", None)
    if kind == "kata":
        word = TERBILANG.get(t[1])
        return (str(t[1]), t[2]) if split else (f"{t[1]} ({word}) {t[2]}" if word else f"{t[1]} {t[2]}", None)
    if kind == "pct":
        return (str(t[1]), "%") if split else (f"{t[1]}%" if t[1] % 2 else f"{t[1]} %", None)
    if kind == "range":
        return (f"{t[1]}-{t[2]}", "%") if split else (f"{t[1]}-{t[2]} %", None)
    if kind == "bulan":
        return (str(t[1]), "bulan") if split else (f"{t[1]} bulan", None)
    if kind == "hari":
        num = f"≤ {t[1]}" if le else str(t[1])
        return (num, "hari") if split else (f"{num} hari", None)
    if kind == "rp":
        return (ribuan(t[1]), "Rupiah") if split else (f"Rp {ribuan(t[1])}", None)
    raise ValueError(kind)


def angka(text: str) -> Any:
    """A split target as the number Excel stores when the user types it ("2.400" -> 2400, "6,2" -> 6.2)."""
    if text.replace(".", "").isdigit():
        return int(text.replace(".", ""))
    if text.replace(",", "", 1).isdigit():
        return float(text.replace(",", "."))
    return text


def kategori(t: tuple, levels: list[str] = LEVELS) -> dict[str, str]:
    """Thresholds that separate the levels properly for the IKI's direction (SPEC §3.3).

    The lowest level used is open-ended, so that every realisasi falls in exactly one band.
    """
    kind = t[0]
    low = "<"
    if kind in ("n", "kata"):
        n, s = t[1], t[2]
        if n >= 10:
            a, b = round(n * 0.6), round(n * 0.8)
            bands = [f"{ribuan(a)}", f"{ribuan(a)} - {ribuan(b - 1)}", f"{ribuan(b)} - {ribuan(n - 1)}"]
            opens = [f"< {ribuan(a)}", f"< {ribuan(b)}", f"< {ribuan(n)}"]
        else:
            k = f"1 - {n - 2}" if n > 3 else "1"
            bands = ["0", k if n >= 3 else None, f"{n - 1}"]
            opens = ["0", f"< {n - 1}" if n >= 3 else "0", f"< {n}"]
        base, sb = f"{ribuan(n)}", f"> {ribuan(n)}"
    elif kind == "poin":
        v, s = t[1], t[2]
        a, b = round(v * 0.6, 1), round(v * 0.8, 1)
        bands = [
            None,
            f"{ribuan(a)} - {ribuan(round(b - 0.1, 1))}",
            f"{ribuan(b)} - {ribuan(round(v - 0.1, 1))}",
        ]
        opens = [f"< {ribuan(a)}", f"< {ribuan(b)}", f"< {ribuan(v)}"]
        base, sb = ribuan(v), f"> {ribuan(v)}"
    elif kind in ("pct", "range"):
        a = t[1]
        top = t[2] if kind == "range" else t[1]
        s = "%"
        bands = [None, f"{a - 30} - {a - 16}", f"{a - 15} - {a - 1}"]
        opens = [f"< {a - 30}", f"< {a - 15}", f"< {a}"]
        base = f"{a}-{top}" if kind == "range" else f"{a}"
        sb = f"> {top}"
    elif kind in ("bulan", "hari"):
        n, s = t[1], t[0]
        low = ">"
        bands = [None, f"{n + 3} - {n + 4}", f"{n + 1} - {n + 2}"]
        opens = [f"> {n + 4}", f"> {n + 2}", f"> {n}"]
        base, sb = f"{n}", f"< {n}"
    else:
        raise ValueError(kind)
    del low
    out = {"BAIK": f"{base} {s}", "SANGAT BAIK": f"{sb} {s}"}
    lower = [lv for lv in ("SANGAT KURANG", "KURANG", "CUKUP") if lv in levels]
    for i, lv in enumerate(("SANGAT KURANG", "KURANG", "CUKUP")):
        if lv not in lower:
            continue
        text = opens[i] if lv == lower[0] else bands[i]
        if text is not None:
            out[lv] = f"{text} {s}"
    return out


def aspek_text(a: str, style: str) -> str:
    if style == "upper":
        return a.upper()
    if style == "lower":
        return a.lower()
    if style == "iki":
        return f"IKI ({a})"
    if style == "pp46":
        return {"Kuantitas": "Kuant/Output", "Kualitas": "Kual/Mutu", "Waktu": "Waktu", "Biaya": "Biaya"}[a]
    return a


def label(text: str, style: str) -> str:
    if style == "title":
        small = {"yang", "dan", "atau", "di", "ke"}
        return " ".join(w if w.lower() in small else w[:1].upper() + w[1:].lower() for w in text.split(" "))
    if style == "lower":
        return text[:1].upper() + text[1:].lower()
    return text


# ---------------------------------------------------------------- people


class Orang:
    def __init__(
        self, rng: random.Random, gol: str, gelar: str = "", prefix: str = "", female: bool | None = None
    ):
        female = rng.random() < 0.5 if female is None else female
        name = rng.choice(bank.NAMA_P if female else bank.NAMA_L)
        self.nama = f"{prefix}{name}" + (f", {gelar}" if gelar else "")
        golongan_age = {"II": 26, "III": 34, "IV": 48}[gol.split("/")[0]]
        year = TAHUN - golongan_age - rng.randint(0, 8)
        born = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        tmt = (born.year + rng.randint(22, 26), rng.randint(1, 12))
        self.nip = f"{born:%Y%m%d}{tmt[0]}{tmt[1]:02d}{2 if female else 1}{rng.randint(1, 12):03d}"
        self.gol = gol
        self.pangkat_name = bank.PANGKAT[gol]

    def nip_text(self, spaced: bool | str) -> str:
        n = self.nip
        if spaced == "titik":
            return f"{n[:8]}.{n[8:14]}.{n[14]}.{n[15:]}"
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}" if spaced else n

    def pangkat(self, style: str) -> str:
        g, name = self.gol, self.pangkat_name
        if style == "koma":
            return f"{name}, {g}"
        if style == "tk":
            return f"{name.replace('Tingkat I', 'Tk.I')}, {g}"
        if style == "kurung":
            return f"{name} ({g})"
        if style == "rapat":
            return f"{name.upper()}/{g.replace('/', '')}"
        return f"{name} / {g}"


ATASAN = {
    "kasi_rujukan": ("Kepala Bidang Pelayanan Kesehatan", "IV/a"),
    "kabid_binamarga": ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "IV/c"),
    "analis_data": ("Kepala Bagian Umum", "IV/a"),
    "pengelola_keuangan": ("Kepala Subbagian Keuangan", "III/d"),
    "pengadministrasi": ("Sekretaris Inspektorat", "IV/b"),
    "kasubag_umum": ("Kepala Bagian Tata Usaha", "IV/a"),
    "dokter": ("Kepala Instalasi Rawat Jalan", "IV/a"),
    "perawat": ("Kepala Ruang Rawat Inap Penyakit Dalam", "III/c"),
    "guru": ("Kepala MTs Negeri 2 Lombok Timur", "IV/a"),
    "penyuluh": ("Koordinator BPP Kapanewon Playen", "III/d"),
    "auditor": ("Inspektur Pembantu Wilayah II", "IV/b"),
    "analis_kebijakan": ("Kepala Bagian Tata Usaha", "IV/a"),
    "pranata_lab": ("Kepala UPT Laboratorium Kesehatan Daerah", "IV/a"),
    "pbj": ("Kepala Bagian Pengadaan Barang/Jasa", "IV/a"),
    "statistisi": ("Ketua Tim Statistik Sosial", "IV/a"),
    "pranata_komputer": ("Kepala Bagian Umum", "IV/a"),
    "epidemiolog": ("Kepala Bidang Pencegahan dan Pengendalian Penyakit", "IV/a"),
    "arsiparis": ("Kepala Bagian Tata Usaha", "IV/a"),
}


# ---------------------------------------------------------------- the data of one SKP


@dataclass
class Iki:
    aspek: str
    teks: str
    target: tuple
    target_cell: str | None = None  # overrides the rendered target text ("" = empty)
    kat_override: dict[str, str | None] = field(default_factory=dict)
    realisasi: Any = None


@dataclass
class Rk:
    atasan: str
    teks: str
    data: str
    sumber: str
    waktu: str
    ikis: list[Iki]
    perspektif: str = ""


def make_rks(key: str) -> list[Rk]:
    j = bank.JABATAN[key]
    return [Rk(a, r, d, s, w, [Iki(*x) for x in ikis]) for a, r, d, s, w, ikis in j["rk"]]


def make_jpt_rks(key: str) -> list[Rk]:
    return [
        Rk("", rk, "", "", "", [Iki("", i, t) for i, t in ikis], perspektif=p)
        for p, rk, ikis in bank.JPT[key]["rk"]
    ]


# ---------------------------------------------------------------- drawing


DEFAULT = dict(
    c0=1,
    kop=0,
    label="upper",
    idstyle="colon",
    num="1",
    stack=False,
    nohead="NO",
    two_row=None,
    group="KATEGORI PENILAIAN KINERJA",
    levels=LEVELS,
    satuan_col=False,
    aspek="baku",
    memantau="tiga",
    colnum=False,
    merge_rk=True,
    petunjuk=False,
    helper=False,
    sign=True,
    tambahan="kosong",
    periode="inline",
    sheet="SKP",
    ganti={},
    extra=[],
    target_num=False,
    pct_excel=False,
    blank_between=False,
    penilai_plt=False,
    baik_rumus=False,
    jabatan=None,
    spaced_nip=True,
    pangkat="koma",
    unit_two_rows=False,
    target_baik=False,
    le=False,
    title_model=False,
    penilaian=False,
    ak_numbers=False,
    rka_label="RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
)

TITLES = {"ja": "PEJABAT ADMINISTRASI", "jf": "PEJABAT FUNGSIONAL", "jpt": "PEJABAT PIMPINAN TINGGI"}


def agency(inst: tuple) -> str:
    """The agency as one line: 'DINAS KESEHATAN PROVINSI SULAWESI TENGAH'."""
    if inst[0].startswith("PEMERINTAH "):
        return f"{inst[1]} {inst[0].removeprefix('PEMERINTAH ')}"
    return inst[1]


def judul(text: str) -> str:
    """Title case that keeps acronyms (RSUD, MTs, BPP) and titles as people write them."""
    keep = {"RSUD", "BPP", "UPT", "MTS", "PROF.", "DR.", "BPS", "IGD"}
    small = {"dan", "yang"}
    out = []
    for w in text.split(" "):
        if w.upper() in keep:
            out.append({"MTS": "MTs", "PROF.": "Prof.", "DR.": "Dr."}.get(w.upper(), w.upper()))
        elif w.lower() in small:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def periode_text(L: dict, override: str | None) -> str:
    if override:
        return override
    return (
        f"1 Januari s.d. 31 Desember {TAHUN}"
        if L["label"] != "upper"
        else f"1 JANUARI SD 31 DESEMBER {TAHUN}"
    )


def draw_header(sh: Lembar, L: dict, form: str, inst: tuple, r: int, periode: str | None) -> int:
    c0 = L["c0"]
    for line in (inst[0], inst[1])[: L["kop"]]:
        sh.put(r, c0, line, bold=True)
        r += 1
    if L["kop"]:
        r += 1
    jenis, model = form.split("-")
    title = "RENCANA SASARAN KINERJA PEGAWAI" if jenis != "jpt" else "SASARAN KINERJA PEGAWAI"
    sh.put(r, c0, title, bold=True)
    r += 1
    sub = TITLES[jenis] + (f" (MODEL {model.upper()})" if L["title_model"] else "")
    sh.put(r, c0, sub, bold=True)
    r += 1
    if not L["kop"]:
        sh.put(r, c0, agency(inst))
        r += 1
    text = periode_text(L, periode)
    lab = label("PERIODE PENILAIAN", L["label"])
    if L["periode"] == "inline":
        sh.put(r, c0, f"{lab}: {text}", key="periode")
    elif L["periode"] == "apart":
        sh.put(r, c0, lab)
        sh.put(r, c0 + 2, text, key="periode")
    elif L["periode"] == "tanggal":  # two real date cells
        sh.put(r, c0, lab)
        sh.put(r, c0 + 2, dt.datetime(TAHUN, 1, 1), key="periode", fmt="dd/mm/yyyy")
        sh.put(r, c0 + 3, "s.d.")
        sh.put(r, c0 + 4, dt.datetime(TAHUN, 12, 31), fmt="dd/mm/yyyy")
    else:  # below
        sh.put(r, c0, lab)
        r += 1
        sh.put(r, c0, text, key="periode")
    return r + 2


FIELDS = [
    ("nama", "NAMA"),
    ("nip", "NIP"),
    ("pangkat", "PANGKAT/GOL RUANG"),
    ("jabatan", "JABATAN"),
    ("unit", "UNIT KERJA"),
]


def draw_identity(
    sh: Lembar, L: dict, r: int, pegawai: dict, penilai: dict, width: int, instansi_label: bool
) -> int:
    """Two blocks, side by side or stacked; numbering, colon column or 'LABEL : value' in one cell."""
    c0 = L["c0"]

    def block(r: int, c: int, who: str, head: str, vals: dict, inst: bool) -> int:
        if L["num"]:
            sh.put(r, c, label("NO", L["label"]) if L["num"] == "1" else None, bold=True)
            sh.put(r, c + 1, L["ganti"].get(head, label(head, L["label"])), bold=True)
        else:
            sh.put(r, c, L["ganti"].get(head, label(head, L["label"])), bold=True)
        r += 1
        for k, (f, lab) in enumerate(FIELDS, start=1):
            if f == "unit" and inst:
                lab = "INSTANSI"
            lab = L["ganti"].get(lab, label(lab, L["label"]))
            cc = c
            if L["num"]:
                sh.put(r, cc, f"{k}." if L["num"] == "1." else str(k))
                cc += 1
            v = vals.get(f)
            if L["idstyle"] == "inline":
                sh.put(r, cc, f"{lab} : {v}" if v else f"{lab} :", key=(who, f))
            elif L["idstyle"] == "prefix":
                sh.put(r, cc, lab)
                sh.put(r, cc + 1, f": {v}" if v else ":", key=(who, f))
            elif L["idstyle"] == "labelcolon":
                sh.put(r, cc, f"{lab}:")
                sh.put(r, cc + 1, v, key=(who, f))
            else:
                sh.put(r, cc, lab)
                sh.put(r, cc + 1, ":")
                sh.put(r, cc + 2, v, key=(who, f))
            if f == "unit" and L["unit_two_rows"] and v and L["idstyle"] == "colon" and " " in v:
                first, rest = v.split(" ", 1)[0], None
                words = v.split(" ")
                half = len(words) // 2
                first, rest = " ".join(words[:half]), " ".join(words[half:])
                sh.put(r, cc + 2, first, key=(who, f))
                r += 1
                sh.put(r, cc + 2, rest)
            r += 1
        return r

    if L["stack"]:
        r = block(r, c0, "p", "PEGAWAI YANG DINILAI", pegawai, False) + 1
        r = block(r, c0, "n", "PEJABAT PENILAI KINERJA", penilai, instansi_label)
    else:
        right = c0 + max(width // 2, 5 if L["idstyle"] == "colon" else 3)
        end1 = block(r, c0, "p", "PEGAWAI YANG DINILAI", pegawai, False)
        end2 = block(r, right, "n", "PEJABAT PENILAI KINERJA", penilai, instansi_label)
        r = max(end1, end2)
    return r + 1


def columns(form: str, L: dict) -> list[tuple[str, str, str | None]]:
    jenis, model = form.split("-")
    lv = L["levels"]
    cols: list[tuple[str, str, str | None]] = []
    if jenis == "jpt":
        if model == "pengembangan":
            cols.append(("persp", "PERSPEKTIF", None))
        cols += [
            ("no", L["nohead"], None),
            ("rk", "RENCANA KINERJA", None),
            ("iki", "INDIKATOR KINERJA INDIVIDU", None),
        ]
    else:
        cols += [
            ("no", L["nohead"], None),
            ("rka", L["rka_label"], None),
            ("rk", "RENCANA KINERJA", None),
            ("aspek", "ASPEK", None),
            ("iki", "INDIKATOR KINERJA INDIVIDU", None),
        ]
    cols.append(("target", "TARGET/BAIK" if L["target_baik"] else "TARGET", None))
    if L["satuan_col"]:
        cols.append(("satuan", "SATUAN", None))
    if jenis != "jpt" and model == "pengembangan":
        for lvl in lv:
            if lvl == "BAIK" and L["target_baik"]:
                continue
            cols.append((f"kat:{lvl}", lvl, L["group"]))
        if L["memantau"] == "satu":
            cols.append(("mem:sumber", "SUMBER DATA UNTUK PENGUKURAN", None))
        else:
            for k, h in (("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")):
                cols.append((f"mem:{k}", h, "CARA MEMANTAU KINERJA"))
    for h in L["extra"]:
        cols.append((f"extra:{h}", h, None))
    return cols


def draw_plan(sh: Lembar, L: dict, form: str, rks: list[Rk], r: int, tambahan: list[Rk]) -> int:
    jenis, model = form.split("-")
    c0 = L["c0"]
    cols = columns(form, L)
    pos = {k: c0 + i for i, (k, _, _) in enumerate(cols)}
    two = L["two_row"] if L["two_row"] is not None else any(g for _, _, g in cols)
    lab = L["label"]
    if two:
        i = 0
        while i < len(cols):
            k, h, g = cols[i]
            if g:
                j = i
                while j + 1 < len(cols) and cols[j + 1][2] == g:
                    j += 1
                sh.put(r, c0 + i, L["ganti"].get(g, label(g, lab)), bold=True)
                sh.merge(r, c0 + i, r, c0 + j)
                for x in range(i, j + 1):
                    sh.put(r + 1, c0 + x, L["ganti"].get(cols[x][1], label(cols[x][1], lab)), bold=True)
                i = j + 1
            else:
                sh.put(r, c0 + i, L["ganti"].get(h, label(h, lab) if k != "no" else h), bold=True)
                sh.merge(r, c0 + i, r + 1, c0 + i)
                i += 1
        r += 2
    else:
        for i, (k, h, _) in enumerate(cols):
            sh.put(r, c0 + i, L["ganti"].get(h, label(h, lab) if k != "no" else h), bold=True)
        r += 1
    if L["colnum"]:
        for i in range(len(cols)):
            sh.put(r, c0 + i, f"({i + 1})")
        r += 1
    last = c0 + len(cols) - 1

    def group_row(r: int, letter: str, text: str) -> int:
        if L["merge_rk"]:
            sh.put(r, c0, f"{letter}. {label(text, lab)}", bold=True)
            sh.merge(r, c0, r, last)
        else:
            sh.put(r, c0, letter, bold=True)
            sh.put(r, c0 + 1, label(text, lab), bold=True)
        return r + 1

    def rk_rows(r: int, idx: int, no: int, rk: Rk, tag: str) -> int:
        m = len(rk.ikis)
        top = r
        same = [
            ("no", str(no) if no % 2 else no),
            ("rka", rk.atasan),
            ("rk", rk.teks),
            ("persp", rk.perspektif),
        ]
        if L["memantau"] != "per_iki":
            same += [("mem:data", rk.data), ("mem:sumber", rk.sumber), ("mem:waktu", rk.waktu)]
        same += [
            ("extra:KETERANGAN", "Mendukung IKU perangkat daerah" if idx % 2 == 0 else None),
            ("extra:REVIU OLEH PENGELOLA KINERJA", "Sudah selaras"),
        ]
        for k, v in same:
            if k in pos:
                if k == "persp":
                    continue
                sh.put(top, pos[k], v, key=(k, tag, idx))
                if L["merge_rk"]:
                    sh.merge(top, pos[k], top + m - 1, pos[k])
        for j, iki in enumerate(rk.ikis):
            rr = top + j
            if "aspek" in pos:
                sh.put(
                    rr,
                    pos["aspek"],
                    aspek_text(iki.aspek, L["aspek"]) if iki.aspek else None,
                    key=("aspek", tag, idx, j),
                )
            sh.put(rr, pos["iki"], iki.teks, key=("iki", tag, idx, j))
            ttext, sat = target_text(iki.target, L["satuan_col"], le=L["le"])
            if iki.target_cell is not None:
                ttext, sat = (
                    iki.target_cell,
                    (None if L["satuan_col"] and iki.target_cell in ("", None) else sat),
                )
                if L["satuan_col"] and iki.target_cell and not any(ch.isalpha() for ch in iki.target_cell):
                    sat = None
            tfmt = None
            if L["target_num"] and iki.target_cell is None and L["satuan_col"]:
                ttext = angka(ttext)
            if L["pct_excel"] and iki.target_cell is None and iki.target[0] == "pct" and not L["satuan_col"]:
                ttext, tfmt = iki.target[1] / 100, "0%"
            sh.put(rr, pos["target"], ttext, key=("target", tag, idx, j), fmt=tfmt)
            if "satuan" in pos:
                sh.put(rr, pos["satuan"], sat, key=("satuan", tag, idx, j))
            if model == "pengembangan" and jenis != "jpt":
                kat = kategori(iki.target, L["levels"])
                kat.update(iki.kat_override)
                for lvl in L["levels"]:
                    if f"kat:{lvl}" in pos:
                        value = kat.get(lvl)
                        if lvl == "BAIK" and L["baik_rumus"] and lvl not in iki.kat_override:
                            # BAIK is the target: the agency's template copies it with a formula
                            value = ttext
                            sh.formulas[(rr, pos[f"kat:{lvl}"])] = f"={get_column_letter(pos['target'])}{rr}"
                        sh.put(rr, pos[f"kat:{lvl}"], value, key=("kat", tag, idx, j, lvl))
            if L["memantau"] == "per_iki":
                for k, v in (
                    ("mem:data", f"Data {iki.teks[0].lower()}{iki.teks[1:]}"),
                    ("mem:sumber", rk.sumber),
                    ("mem:waktu", rk.waktu),
                ):
                    if k in pos:
                        sh.put(rr, pos[k], v if rk.sumber else None, key=(k, tag, idx) if j == 0 else None)
        return top + m

    r = group_row(r, "A", "KINERJA UTAMA")
    no = 1
    persp_start = None
    for idx, rk in enumerate(rks):
        start = r
        r = rk_rows(r, idx, no, rk, "u")
        if L["blank_between"] and idx < len(rks) - 1 and "persp" not in pos:
            r += 1
        if "persp" in pos:
            prev = rks[idx - 1].perspektif if idx else None
            if rk.perspektif != prev or not L["merge_rk"]:
                persp_start = start
                sh.put(start, pos["persp"], rk.perspektif, key=("persp", "u", idx))
            else:
                sh.keys[("persp", "u", idx)] = sh.keys[("persp", "u", idx - 1)]
                # extend the merge of the perspektif cell over this RK
                sh.merges = [mg for mg in sh.merges if (mg[0], mg[1]) != (persp_start, pos["persp"])]
            sh.merge(persp_start, pos["persp"], r - 1, pos["persp"])
        no += 1
    r = group_row(r, "B", "KINERJA TAMBAHAN")
    if L["tambahan"] == "strip":
        sh.put(r, pos["rk"], "-")
        r += 1
    elif tambahan:
        for idx, rk in enumerate(tambahan):
            r = rk_rows(r, idx, idx + 1, rk, "t")
    else:
        r += 1
    return r


def draw_sign(sh: Lembar, L: dict, r: int, city: str, pegawai: dict, penilai: dict, width: int) -> None:
    c0 = L["c0"]
    right = c0 + max(width - 2, 3)
    r += 1
    sh.put(r, right, f"{city}, 2 Januari {TAHUN}")
    sh.put(r + 1, c0 + 1, label("Pegawai yang Dinilai,", "title"))
    sh.put(r + 1, right, label("Pejabat Penilai Kinerja,", "title"))
    sh.put(r + 5, c0 + 1, pegawai["nama"])
    sh.put(r + 5, right, penilai["nama"])
    sh.put(r + 6, c0 + 1, f"NIP. {pegawai['nip']}")
    if penilai["nip"] not in ("-", None, ""):
        sh.put(r + 6, right, f"NIP. {penilai['nip']}")


def draw_ak(
    L: dict, rks: list[Rk], key: str, pegawai: dict, penilai: dict, skip_rk: int | None, ak_bad: bool
) -> Lembar:
    sh = Lembar("Keterkaitan AK")
    j = bank.JABATAN[key]
    sh.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", bold=True)
    sh.put(2, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    r = 4
    for f, lab in FIELDS:
        sh.put(r, 1, lab)
        sh.put(r, 2, ":")
        sh.put(r, 3, pegawai[f])
        r += 1
    sh.put(r, 1, "TANGGAL PENGAJUAN")
    sh.put(r, 2, ":")
    sh.put(r, 3, f"2 Januari {TAHUN}")
    r += 2
    for i, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(r, i, h, bold=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True)
    sh.merge(r, 1, r, 5)
    r += 1
    butir = j["butir"]
    no = 1
    for i, rk in enumerate(rks):
        if i == skip_rk:
            continue
        mine = [butir[i % len(butir)]] + ([butir[(i + 1) % len(butir)]] if len(butir) > 2 and i == 0 else [])
        top = r
        sh.put(r, 1, no)
        sh.put(r, 2, rk.teks)
        for b, out, ak in mine:
            sh.put(r, 3, b)
            sh.put(r, 4, out)
            value: Any = float(ak.replace(",", ".")) if L["ak_numbers"] else ak
            if ak_bad and i == 0 and r == top:
                value = "-"
            sh.put(r, 5, value, key=("ak", i, r - top))
            r += 1
        sh.merge(top, 1, r - 1, 1)
        sh.merge(top, 2, r - 1, 2)
        no += 1
    return sh


def draw_manual(rks: list[Rk], drop_formula: int | None, drop_block: int | None) -> Lembar:
    sh = Lembar("Manual IKI")
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    r = 3
    k = 0
    for rk in rks:
        for iki in rk.ikis:
            k += 1
            if k - 1 == drop_block:
                continue
            pct = iki.target[0] in ("pct", "range") or iki.teks.startswith("Persentase")
            base = (
                iki.teks[7:] if iki.teks.lower().startswith("jumlah ") else iki.teks[0].lower() + iki.teks[1:]
            )
            rows = [
                ("RENCANA KINERJA", rk.teks),
                (
                    "DESKRIPSI RENCANA KINERJA",
                    f"Rencana kinerja ini menggambarkan kondisi yang ingin dicapai: {rk.teks.lower()}.",
                ),
                ("INDIKATOR KINERJA INDIVIDU", iki.teks),
                (
                    "DEFINISI IKI",
                    f"{iki.teks} yang dicapai pada tahun {TAHUN} menurut data resmi perangkat daerah.",
                ),
                (
                    "FORMULA",
                    "(Realisasi / jumlah sasaran) x 100%"
                    if pct
                    else f"Σ {base} yang tercatat sampai akhir tahun",
                ),
                ("TUJUAN", f"Mengukur keberhasilan {rk.teks[0].lower()}{rk.teks[1:]}."),
                ("SATUAN PENGUKURAN", "%" if pct else (iki.target[2] if len(iki.target) > 2 else "Rupiah")),
                ("JENIS ASPEK TARGET", "Kuantitas"),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]
            sh.put(r, 1, f"{k}.", bold=True)
            for lab, val in rows:
                sh.put(r, 2, lab)
                sh.put(r, 3, ":")
                if lab == "FORMULA" and k - 1 == drop_formula:
                    val = None
                sh.put(r, 4, val, key=("manual", k - 1, lab))
                r += 1
            r += 1
    return sh


def draw_penilaian(
    form: str,
    rks: list[Rk],
    pegawai: dict,
    L: dict,
    changed: tuple | None,
    no_real: tuple | None,
    wrong_cap: tuple | None,
) -> Lembar:
    sh = Lembar("Penilaian")
    jenis = form.split("-")[0]
    sh.put(1, 1, "PENILAIAN SASARAN KINERJA PEGAWAI", bold=True)
    sh.put(2, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    sh.put(4, 1, "NAMA")
    sh.put(4, 2, ": " + pegawai["nama"])
    sh.put(5, 1, "NIP")
    sh.put(5, 2, ": " + pegawai["nip"])
    heads = (
        ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        if jenis == "jpt"
        else [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    )
    heads += ["REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]
    r = 7
    for i, h in enumerate(heads, start=1):
        sh.put(r, i, h, bold=True)
    r += 1
    sh.put(r, 1, "A. KINERJA UTAMA", bold=True)
    sh.merge(r, 1, r, len(heads))
    r += 1
    for i, rk in enumerate(rks):
        top = r
        sh.put(r, 1, i + 1)
        c = 2
        if jenis != "jpt":
            sh.put(r, 2, rk.atasan)
            c = 3
        sh.put(r, c, rk.teks)
        for j, iki in enumerate(rk.ikis):
            cc = c + 1
            if jenis != "jpt":
                sh.put(r, cc, iki.aspek)
                cc += 1
            sh.put(r, cc, iki.teks)
            t = iki.target
            if changed == (i, j):
                t = (
                    (t[0], t[1] - 2) + tuple(t[2:])
                    if t[0] in ("n", "kata")
                    else (t[0], t[1] + 5) + tuple(t[2:])
                )
            ttext, _ = target_text(t, False, le=L["le"])
            sh.put(r, cc + 1, ttext, key=("ptarget", i, j))
            real_val = t[1]
            if t[0] in ("n", "kata") and t[1] >= 20 and (i + j) % 2 == 0:
                real_val = round(t[1] * 1.05)
            rt = (t[0], real_val) + tuple(t[2:])
            real_text, _ = target_text(rt, False)
            if t[0] == "hari":
                real_text = f"{real_val} hari"
            if t[0] == "range":
                real_text = f"{(t[1] + t[2]) // 2} %"
            cap = 100 if real_val == t[1] else int(real_val / t[1] * 100 + 0.5)
            kat, nilai = nilai_capaian(cap)
            if t[0] == "pct" and t[1] == 100:  # the maximum achievable, met: Sangat Baik (SPEC §6.2)
                kat, nilai = "Sangat Baik", 120
            if wrong_cap == (i, j):
                cap, kat, nilai = 100, "Baik", 109
                real_text, _ = target_text((t[0], round(t[1] * 0.8)) + tuple(t[2:]), False)
            if no_real == (i, j):
                real_text, cap, kat, nilai = None, None, None, None
            sh.put(r, cc + 2, real_text, key=("real", i, j))
            sh.put(r, cc + 3, f"{cap} %" if cap is not None else None, key=("cap", i, j))
            sh.put(r, cc + 4, kat, key=("kat", i, j))
            sh.put(r, cc + 5, nilai, key=("nilai", i, j))
            r += 1
        sh.merge(top, 1, r - 1, 1)
        sh.merge(top, c, r - 1, c)
        if jenis != "jpt":
            sh.merge(top, 2, r - 1, 2)
    return sh


def nilai_capaian(cap: int) -> tuple[str, float]:
    if cap > 110:
        return "Sangat Baik", 120
    if cap >= 101:
        return "Sangat Baik", round(110 + 10 / 9 * (cap - 101), 2)
    if cap == 100:
        return "Baik", 109
    if cap >= 80:
        return "Cukup", round(70 + 19 / 19 * (cap - 80), 2)
    if cap >= 60:
        return "Kurang", round(50 + 19 / 19 * (cap - 60), 2)
    return "Sangat Kurang", round(cap / 59 * 49, 2)


def petunjuk() -> Lembar:
    sh = Lembar("Petunjuk Pengisian")
    lines = [
        "PETUNJUK PENGISIAN SKP",
        "1. Isi identitas pegawai dan pejabat penilai sesuai data SIMPEG terakhir.",
        "2. Kolom Rencana Kinerja diisi hasil kerja (bukan kegiatan) hasil dialog kinerja dengan atasan.",
        "3. Setiap rencana kinerja memiliki sekurang-kurangnya satu indikator dengan target dan satuannya.",
        "4. Kategori penilaian diisi untuk SKP model pengembangan; kolom BAIK sama dengan target.",
        "5. Berkas dikirim ke Subbagian Kepegawaian paling lambat 15 Januari.",
    ]
    for i, t in enumerate(lines, start=1):
        sh.put(i, 1, t, bold=i == 1)
    return sh


def helper_sheet() -> Lembar:
    sh = Lembar("ref")
    sh.hidden = True
    sh.put(1, 1, "pangkat")
    for i, (g, n) in enumerate(bank.PANGKAT.items(), start=2):
        sh.put(i, 1, f"{n} ({g})")
    sh.put(1, 3, "aspek")
    for i, a in enumerate(["Kuantitas", "Kualitas", "Waktu", "Biaya"], start=2):
        sh.put(i, 3, a)
    return sh


# ---------------------------------------------------------------- one workbook


def build_skp(
    rng: random.Random, name: str, form: str, key: str, L0: dict, defects: list[str]
) -> tuple[list[Lembar], list[dict], str]:
    L = dict(DEFAULT)
    L.update(L0)
    jenis, model = form.split("-")
    periode = None
    if jenis == "jpt":
        j = bank.JPT[key]
        rks = make_jpt_rks(key)
        me = Orang(rng, j["gol"], gelar="M.Kes." if key == "kadinkes" else "M.Si.", prefix=j["gelar"] + " ")
        inst = bank.INSTANSI[j["instansi"]]
        pn = j["penilai"]
        pegawai = dict(
            nama=me.nama,
            nip=me.nip_text(L["spaced_nip"]),
            pangkat=me.pangkat(L["pangkat"]),
            jabatan=j["title"],
            unit=judul(agency(inst)),
        )
        penilai = dict(nama=pn[0], nip=pn[1], pangkat=pn[2], jabatan=pn[3], unit=pn[4])
        bupati = pn[1] == "-"
        title = j["title"]
    else:
        j = bank.JABATAN[key]
        rks = make_rks(key)
        me = Orang(rng, j["gol"], gelar=j["gelar"], prefix=j.get("prefix", ""))
        at_title, at_gol = ATASAN[key]
        boss = Orang(rng, at_gol, gelar=rng.choice(bank.GELAR[8:]))
        inst = bank.INSTANSI[j["instansi"]]
        unit = f"{j['unit']} {judul(agency(inst))}"
        pegawai = dict(
            nama=me.nama,
            nip=me.nip_text(L["spaced_nip"]),
            pangkat=me.pangkat(L["pangkat"]),
            jabatan=L["jabatan"] or j["title"],
            unit=unit,
        )
        penilai = dict(
            nama=boss.nama,
            nip=boss.nip_text(L["spaced_nip"]),
            pangkat=boss.pangkat(L["pangkat"]),
            jabatan=("Plt. " if L["penilai_plt"] else "") + at_title,
            unit=unit if "Kepala" not in at_title else judul(agency(inst)),
        )
        bupati = False
        title = L["jabatan"] or j["title"]
    tambahan: list[Rk] = []
    if L["tambahan"] == "isi":
        tambahan = [
            Rk(
                "",
                "Kompetensi teknis pegawai meningkat melalui pelatihan bersertifikat",
                "Sertifikat",
                "Subbagian Kepegawaian",
                "Tahunan",
                [Iki("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", ("n", 1, "sertifikat"))],
            )
        ]

    # ---- inject defects into the data; the cells are looked up after drawing
    where: list[tuple[str, Any, list[Any]]] = []  # (code, key on SKP sheet or (sheet, key), alt keys)
    skip_ak = ak_bad = None
    drop_formula = drop_block = None
    pen_changed = pen_noreal = pen_cap = None
    no_ak = False
    for d in defects:
        if d == "iki-tanpa-target":
            rks[1].ikis[0].target_cell = ""
            where.append((d, ("target", "u", 1, 0), []))
        elif d == "target-tanpa-satuan":
            i, jj = [
                (i, jj)
                for i, rk in enumerate(rks)
                for jj, x in enumerate(rk.ikis)
                if x.target[0] in ("n", "kata")
            ][-1]
            rks[i].ikis[jj].target_cell = ribuan(rks[i].ikis[jj].target[1])
            where.append((d, ("target", "u", i, jj), [("satuan", "u", i, jj)] if L["satuan_col"] else []))
        elif d == "target-tidak-terukur":
            rks[0].ikis[-1].target_cell = "Meningkat"
            where.append((d, ("target", "u", 0, len(rks[0].ikis) - 1), []))
        elif d == "target-rentang-terbalik":
            i, jj = next(
                (i, jj) for i, rk in enumerate(rks) for jj, x in enumerate(rk.ikis) if x.target[0] == "range"
            )
            t = rks[i].ikis[jj].target
            rks[i].ikis[jj].target_cell = f"{t[2]}-{t[1]} %"
            where.append((d, ("target", "u", i, jj), []))
        elif d == "aspek-ganda":
            rks[0].ikis[1].aspek = rks[0].ikis[0].aspek
            where.append((d, ("aspek", "u", 0, 1), [("aspek", "u", 0, 0)]))
        elif d == "rk-ganda":
            rks[1].teks = rks[0].teks
            where.append((d, ("rk", "u", 1), [("rk", "u", 0)]))
        elif d == "satuan-tidak-sesuai-aspek":
            i, jj = next(
                (i, jj)
                for i, rk in enumerate(rks)
                for jj, x in enumerate(rk.ikis)
                if x.target[0] in ("bulan", "hari")
            )
            rks[i].ikis[jj].target_cell = f"{rks[i].ikis[jj].target[1]} dokumen"
            where.append((d, ("target", "u", i, jj), []))
        elif d == "perspektif-tidak-lengkap":
            rks[-1].perspektif = rks[-2].perspektif
            where.append((d, None, []))
        elif d == "aspek-tidak-valid":
            rks[0].ikis[1].aspek = "Manfaat"
            where.append((d, ("aspek", "u", 0, 1), []))
        elif d == "rk-atasan-kosong":
            rks[1].atasan = ""
            where.append((d, ("rka", "u", 1), [("rk", "u", 1)]))
        elif d == "rk-berbasis-aktivitas":
            rks[-1].teks = bank.AKTIVITAS[len(name) % len(bank.AKTIVITAS)]
            where.append((d, ("rk", "u", len(rks) - 1), []))
        elif d == "target-absolut":
            # "Jumlah naskah dinas yang diagendakan" -> "Setiap naskah dinas diagendakan pada hari yang sama"
            obj, _, verb = rks[0].ikis[0].teks.removeprefix("Jumlah ").partition(" yang ")
            rks[0].ikis[0].teks = f"Setiap {obj} {verb} pada hari yang sama"
            where.append((d, ("iki", "u", 0, 0), [("target", "u", 0, 0)]))
        elif d == "kategori-penilaian-kosong":
            rks[0].ikis[1].kat_override = {lvl: None for lvl in LEVELS}
            first = next(lvl for lvl in L["levels"] if not (lvl == "BAIK" and L["target_baik"]))
            alts = [("kat", "u", 0, 1, lvl) for lvl in L["levels"] if lvl != first] + [
                ("iki", "u", 0, 1),
                ("target", "u", 0, 1),
            ]
            where.append((d, ("kat", "u", 0, 1, first), alts))
        elif d == "kategori-tidak-berurutan":
            x = rks[0].ikis[0]
            k = kategori(x.target, L["levels"])
            x.kat_override = {"CUKUP": k["SANGAT BAIK"], "SANGAT BAIK": k["CUKUP"]}
            where.append(
                (d, ("kat", "u", 0, 0, "SANGAT BAIK"), [("kat", "u", 0, 0, "CUKUP"), ("target", "u", 0, 0)])
            )
        elif d == "kategori-tidak-membedakan":
            x = rks[0].ikis[0]
            t = x.target
            if "sama" in L.get("kat_defect", "sama"):
                x.kat_override = {"SANGAT BAIK": f"≥ {ribuan(t[1])} {t[2]}" if len(t) > 2 else f"≥ {t[1]} %"}
                where.append((d, ("kat", "u", 0, 0, "SANGAT BAIK"), [("target", "u", 0, 0)]))
            else:
                x.kat_override = {
                    "CUKUP": f"> {ribuan(round(t[1] * 0.8))} {t[2]}",
                    "SANGAT KURANG": None,
                    "KURANG": None,
                }
                where.append((d, ("kat", "u", 0, 0, "CUKUP"), [("target", "u", 0, 0)]))
        elif d == "cara-memantau-kosong":
            rks[1].data = rks[1].sumber = rks[1].waktu = ""
            where.append(
                (d, ("mem:data", "u", 1), [("mem:sumber", "u", 1), ("mem:waktu", "u", 1), ("rk", "u", 1)])
            )
        elif d == "perspektif-tidak-valid":
            rks[2].perspektif = "Pelayanan Publik"
            where.append((d, ("persp", "u", 2), []))
        elif d == "manual-iki-kosong:formula":
            drop_formula = 1
            where.append(
                ("manual-iki-kosong", ("Manual IKI", ("manual", 1, "FORMULA")), [("iki", "u", 0, 1)])
            )
        elif d == "manual-iki-kosong:blok":
            drop_block = 2
            where.append(("manual-iki-kosong", None, []))
        elif d == "keterkaitan-ak-hilang":
            no_ak = True
            where.append((d, None, []))
        elif d == "rk-tanpa-butir-kegiatan":
            skip_ak = 1
            where.append((d, ("rk", "u", 1), []))
        elif d == "angka-kredit-tidak-valid":
            ak_bad = True
            where.append((d, ("Keterkaitan AK", ("ak", 0, 0)), []))
        elif d == "target-penilaian-berbeda":
            pen_changed = (0, 0)
            where.append((d, ("Penilaian", ("ptarget", 0, 0)), []))
        elif d == "realisasi-kosong":
            pen_noreal = (1, 1)
            where.append((d, ("Penilaian", ("real", 1, 1)), []))
        elif d == "capaian-tidak-sesuai":
            pen_cap = (1, 0)
            where.append(
                (
                    d,
                    ("Penilaian", ("cap", 1, 0)),
                    [("Penilaian", ("kat", 1, 0)), ("Penilaian", ("nilai", 1, 0))],
                )
            )
        elif d == "nip-tidak-valid:17":
            pegawai["nip"] = me.nip[:17]
            where.append(("nip-tidak-valid", ("p", "nip"), []))
        elif d == "nip-tidak-valid:angka":
            pegawai["nip"] = float(int(me.nip[:15]) * 1000)  # Excel keeps 15 significant digits
            where.append(("nip-tidak-valid", ("p", "nip"), []))
        elif d == "nip-tidak-valid:bulan":
            bad = penilai["nip"].replace(" ", "")
            penilai["nip"] = f"{bad[:8]} {bad[8:12]}13 {bad[14]} {bad[15:]}"
            where.append(("nip-tidak-valid", ("n", "nip"), []))
        elif d == "pangkat-tidak-dikenal":
            pegawai["pangkat"] = "Penata Muda, III/c"
            where.append((d, ("p", "pangkat"), []))
        elif d == "jenjang-golongan-tidak-sesuai":
            pegawai["pangkat"] = "Penata Muda, III/a" if "Mahir" not in title else "Penata, III/c"
            where.append((d, ("p", "pangkat"), [("p", "jabatan")]))
        elif d == "periode-tidak-valid:tahun":
            periode = f"1 Juli {TAHUN} s.d. 30 Juni {TAHUN + 1}"
            where.append(("periode-tidak-valid", ("periode",), []))
        elif d == "periode-tidak-valid:terbalik":
            periode = f"31 Desember {TAHUN} s.d. 1 Januari {TAHUN}"
            where.append(("periode-tidak-valid", ("periode",), []))
        elif d == "identitas-kosong":
            pegawai["unit"] = None
            where.append((d, ("p", "unit"), []))
        elif d == "penilai-sama-dengan-pegawai":
            penilai["nip"] = pegawai["nip"]
            where.append((d, ("n", "nip"), [("p", "nip")]))
        else:
            raise ValueError(d)

    sh = Lembar(L["sheet"])
    r = draw_header(sh, L, form, inst, 1, periode)
    width = len(columns(form, L))
    r = draw_identity(sh, L, r, pegawai, penilai, width, bupati)
    r = draw_plan(sh, L, form, rks, r, tambahan)
    if L["sign"]:
        draw_sign(sh, L, r, inst[2], pegawai, penilai, width)
    sheets = [sh]
    if L["petunjuk"]:
        sheets.insert(0, petunjuk()) if L["petunjuk"] == "depan" else sheets.append(petunjuk())
    if jenis == "jf" and not no_ak:
        sheets.append(draw_ak(L, rks, key, pegawai, penilai, skip_ak, bool(ak_bad)))
    if jenis == "jpt":
        sheets.append(draw_manual(rks, drop_formula, drop_block))
    if L["penilaian"] or pen_changed or pen_noreal or pen_cap:
        sheets.append(draw_penilaian(form, rks, pegawai, L, pen_changed, pen_noreal, pen_cap))
    if L["helper"]:
        sheets.append(helper_sheet())
    by_title = {s.title: s for s in sheets}

    out = []
    for code, k, alts in where:

        def loc(k: Any) -> dict:
            if isinstance(k, tuple) and len(k) == 2 and isinstance(k[0], str) and k[0] in by_title:
                return {"sheet": k[0], "cell": by_title[k[0]].ref(k[1])}
            if k == ("periode",):
                return {"sheet": sh.title, "cell": sh.ref("periode")}
            return {"sheet": sh.title, "cell": sh.ref(k)}

        if k is None:
            out.append({"code": code, "sheet": None, "cell": None})
            continue
        entry = {"code": code, **loc(k)}
        alt = [
            loc(a)
            for a in alts
            if (a[1] if a[0] in by_title else a) in (by_title[a[0]].keys if a[0] in by_title else sh.keys)
        ]
        if alt:
            entry["alt_cells"] = alt
        out.append(entry)
    return sheets, out, title


# ---------------------------------------------------------------- other regimes, template, empty, HTML


def build_pp46(rng: random.Random) -> list[Lembar]:
    sh = Lembar("SKP")
    me, boss = Orang(rng, "III/b", "S.E."), Orang(rng, "IV/a", "M.Si.")
    sh.put(1, 1, "FORMULIR SASARAN KERJA", bold=True)
    sh.put(2, 1, "PEGAWAI NEGERI SIPIL", bold=True)
    sh.put(4, 1, "NO")
    sh.put(4, 2, "I. PEJABAT PENILAI")
    sh.put(4, 5, "NO")
    sh.put(4, 6, "II. PEGAWAI NEGERI SIPIL YANG DINILAI")
    for k, (lab, a, b) in enumerate(
        [
            ("Nama", boss.nama, me.nama),
            ("NIP", boss.nip_text(True), me.nip_text(True)),
            ("Pangkat/Gol.Ruang", boss.pangkat("koma"), me.pangkat("koma")),
            ("Jabatan", "Kepala Bidang Anggaran", "Pengelola Keuangan"),
            ("Unit Kerja", "BPKAD Kabupaten Banyumas", "BPKAD Kabupaten Banyumas"),
        ],
        start=1,
    ):
        sh.put(4 + k, 1, k)
        sh.put(4 + k, 2, lab)
        sh.put(4 + k, 3, a)
        sh.put(4 + k, 5, k)
        sh.put(4 + k, 6, lab)
        sh.put(4 + k, 7, b)
    heads = ["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"]
    for i, h in enumerate(heads, start=1):
        sh.put(11, i, h, bold=True)
    sh.merge(11, 4, 11, 7)
    for i, h in enumerate(["KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"], start=4):
        sh.put(12, i, h, bold=True)
    rows = [
        ("Menyusun laporan realisasi anggaran", "12 laporan", 100, "12 bulan", "-"),
        ("Memverifikasi SPP-LS", "480 dokumen", 100, "12 bulan", "-"),
        ("Melaksanakan rekonsiliasi bank", "12 kali", 100, "12 bulan", "-"),
    ]
    for k, (keg, q, m, w, b) in enumerate(rows, start=1):
        sh.put(12 + k, 1, k)
        sh.put(12 + k, 2, keg)
        sh.put(12 + k, 3, "-")
        sh.put(12 + k, 4, q)
        sh.put(12 + k, 5, m)
        sh.put(12 + k, 6, w)
        sh.put(12 + k, 7, b)
    sh.put(18, 6, "Purwokerto, 2 Januari 2015")
    p2 = Lembar("Pengukuran")
    p2.put(1, 1, "PENILAIAN CAPAIAN SASARAN KERJA", bold=True)
    p2.put(2, 1, "PEGAWAI NEGERI SIPIL")
    p2.put(3, 1, "Jangka Waktu Penilaian 2 Januari s.d. 31 Desember 2015")
    for i, h in enumerate(
        [
            "NO",
            "I. KEGIATAN TUGAS JABATAN",
            "AK",
            "TARGET",
            "",
            "",
            "",
            "AK",
            "REALISASI",
            "",
            "",
            "",
            "PERHITUNGAN",
            "NILAI CAPAIAN SKP",
        ],
        start=1,
    ):
        p2.put(5, i, h or None, bold=True)
    return [sh, p2]


def build_62022(rng: random.Random) -> list[Lembar]:
    sh = Lembar("SKP")
    me, boss = Orang(rng, "III/c", "S.Kom."), Orang(rng, "IV/a", "M.T.")
    sh.put(1, 1, "SASARAN KINERJA PEGAWAI", bold=True)
    sh.put(2, 1, "PENDEKATAN HASIL KERJA KUANTITATIF", bold=True)
    sh.put(3, 1, "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")
    sh.put(5, 1, "PEMERINTAH KOTA PEKANBARU")
    sh.put(5, 5, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024")
    sh.put(6, 1, "NO")
    sh.put(6, 2, "PEGAWAI YANG DINILAI")
    sh.put(6, 4, "NO")
    sh.put(6, 5, "PEJABAT PENILAI KINERJA")
    for k, (lab, a, b) in enumerate(
        [
            ("NAMA", me.nama, boss.nama),
            ("NIP", me.nip_text(True), boss.nip_text(True)),
            ("PANGKAT/GOL RUANG", me.pangkat("koma"), boss.pangkat("koma")),
            ("JABATAN", "Pranata Komputer Ahli Muda", "Kepala Bidang Aplikasi Informatika"),
            ("UNIT KERJA", "Dinas Komunikasi dan Informatika", "Dinas Komunikasi dan Informatika"),
        ],
        start=1,
    ):
        sh.put(6 + k, 1, k)
        sh.put(6 + k, 2, lab)
        sh.put(6 + k, 3, a)
        sh.put(6 + k, 4, k)
        sh.put(6 + k, 5, lab)
        sh.put(6 + k, 6, b)
    sh.put(13, 1, "HASIL KERJA", bold=True)
    heads = [
        "NO",
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
        "RENCANA HASIL KERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "PERSPEKTIF",
    ]
    for i, h in enumerate(heads, start=1):
        sh.put(14, i, h, bold=True)
    sh.put(15, 1, "A. UTAMA")
    data = [
        (
            "Layanan SPBE kota meningkat",
            "Aplikasi layanan publik terintegrasi",
            "Kuantitas",
            "Jumlah aplikasi yang terintegrasi",
            "6 aplikasi",
            "Penerima Layanan",
        ),
        ("", "", "Kualitas", "Indeks kepuasan pengguna aplikasi", "80 indeks", "Penerima Layanan"),
    ]
    for k, row in enumerate(data):
        sh.put(16 + k, 1, 1 if k == 0 else None)
        for i, v in enumerate(row, start=2):
            sh.put(16 + k, i, v or None)
    sh.put(18, 1, "B. TAMBAHAN")
    sh.put(20, 1, "PERILAKU KERJA", bold=True)
    behav = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]
    sh.put(21, 2, "PERILAKU")
    sh.put(21, 4, "EKSPEKTASI KHUSUS PIMPINAN")
    for k, b in enumerate(behav, start=1):
        sh.put(21 + k, 1, k)
        sh.put(21 + k, 2, b)
        sh.put(21 + k, 4, "Responsif terhadap permintaan layanan" if k == 1 else None)
    lamp = Lembar("Lampiran")
    lamp.put(1, 1, "LAMPIRAN SASARAN KINERJA PEGAWAI", bold=True)
    for k, t in enumerate(["DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI"], start=1):
        lamp.put(2 + 2 * k, 1, f"{k}. {t}")
        lamp.put(3 + 2 * k, 2, "Sesuai kesepakatan dialog kinerja")
    return [sh, lamp]


def build_template() -> list[Lembar]:
    sh = Lembar("SKP")
    sh.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", bold=True)
    sh.put(2, 1, "PEJABAT ADMINISTRASI")
    sh.put(3, 1, "{{ nama_instansi }}")
    sh.put(4, 1, "PERIODE PENILAIAN: ...................... SD ......................")
    sh.put(6, 1, "NO")
    sh.put(6, 2, "PEGAWAI YANG DINILAI")
    sh.put(6, 5, "NO")
    sh.put(6, 6, "PEJABAT PENILAI KINERJA")
    for k, (lab, ph) in enumerate(
        [
            ("NAMA", "{{ nama }}"),
            ("NIP", "{{ nip }}"),
            ("PANGKAT/GOL RUANG", "[isi]"),
            ("JABATAN", "[isi]"),
            ("UNIT KERJA", ".............................."),
        ],
        start=1,
    ):
        sh.put(6 + k, 1, k)
        sh.put(6 + k, 2, lab)
        sh.put(6 + k, 3, ph)
        sh.put(6 + k, 5, k)
        sh.put(6 + k, 6, lab)
        sh.put(6 + k, 7, ph.replace("nama", "nama_penilai").replace("nip", "nip_penilai"))
    for i, h in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        start=1,
    ):
        sh.put(13, i, h, bold=True)
    sh.put(14, 1, "A. KINERJA UTAMA")
    for k in range(3):
        sh.put(15 + k, 1, k + 1)
        sh.put(15 + k, 2, "[isi]")
        sh.put(15 + k, 3, "[isi rencana kinerja]")
        sh.put(15 + k, 4, "Kuantitas")
    sh.put(18, 1, "B. KINERJA TAMBAHAN")
    return [sh]


HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
      xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>e-Kinerja - Unduh SKP</title></head>
<body>
<h3>SASARAN KINERJA PEGAWAI</h3>
<p>PENDEKATAN HASIL KERJA KUALITATIF &middot; Periode: 01-01-2024 s/d 31-12-2024</p>
<table border="1">
<tr><th>NO</th><th>RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI</th><th>RENCANA HASIL KERJA</th>
<th>INDIKATOR KINERJA INDIVIDU</th><th>TARGET</th></tr>
<tr><td>1</td><td>Meningkatnya kualitas layanan administrasi kependudukan</td>
<td>Dokumen kependudukan terbit sesuai SOP</td><td>Jumlah KTP-el yang dicetak</td><td>4.800 keping</td></tr>
<tr><td colspan="5">PERILAKU KERJA &middot; EKSPEKTASI KHUSUS PIMPINAN</td></tr>
</table>
<p>Dicetak dari aplikasi e-Kinerja pada 05-01-2025 09:14</p>
</body></html>
"""


# ---------------------------------------------------------------- the set


def specs() -> list[tuple[str, str | None, str | None, str, dict, list[str]]]:
    """(file, form, jabatan key, program, layout, defects).

    Clean files carry one or two harder variants each.
    """
    P, X, LO, XLS = "openpyxl", "xlsxwriter", "libreoffice", "libreoffice-xls"
    return [
        ("ja-dasar-01.xlsx", "ja-dasar", "kasubag_umum", P, dict(label="title", num="1.", kop=2), []),
        (
            "ja-dasar-02.xlsx",
            "ja-dasar",
            "pengelola_keuangan",
            X,
            dict(idstyle="inline", nohead="No.", tambahan="isi", penilaian=True, le=True),
            [],
        ),
        (
            "ja-dasar-03.xlsx",
            "ja-dasar",
            "kabid_binamarga",
            LO,
            dict(
                label="lower",
                satuan_col=True,
                petunjuk="belakang",
                helper=True,
                c0=2,
                rka_label="Rencana Kinerja Atasan yang Diintervensi",
            ),
            [],
        ),
        (
            "ja-dasar-04.xlsx",
            "ja-dasar",
            "analis_data",
            P,
            dict(kop=2, pangkat="tk"),
            ["rk-berbasis-aktivitas", "iki-tanpa-target"],
        ),
        (
            "ja-dasar-05.xlsx",
            "ja-dasar",
            "pengadministrasi",
            X,
            dict(label="title", num="1."),
            ["nip-tidak-valid:17", "target-absolut"],
        ),
        (
            "ja-dasar-06.xlsx",
            "ja-dasar",
            "pengelola_keuangan",
            P,
            dict(sheet="SKP 2024"),
            ["target-penilaian-berbeda", "realisasi-kosong"],
        ),
        (
            "ja-dasar-07.xlsx",
            "ja-dasar",
            "kasi_rujukan",
            P,
            dict(periode="apart"),
            ["periode-tidak-valid:tahun"],
        ),
        (
            "ja-dasar-08.xlsx",
            "ja-dasar",
            "kasi_rujukan",
            P,
            dict(stack=True, periode="apart", aspek="pp46", le=True, pangkat="kurung"),
            [],
        ),
        (
            "ja-dasar-09.xlsx",
            "ja-dasar",
            "pengadministrasi",
            P,
            dict(
                spaced_nip=False,
                ganti={
                    "PANGKAT/GOL RUANG": "PANGKA/GOL. RUANG",
                    "PEGAWAI YANG DINILAI": "PEGAWAI YANG DI NILAI",
                    "INDIKATOR KINERJA INDIVIDU": "INDIKATOR KERJA INDIVIDU",
                    "NIP": "N I P",
                },
            ),
            [],
        ),
        (
            "ja-dasar-10.xlsx",
            "ja-dasar",
            "kabid_binamarga",
            P,
            dict(
                ganti={
                    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI": (
                        "RENCANA KINERJA ATASAN\nLANGSUNG/UNIT KERJA/\nORGANISASI"
                    ),
                    "INDIKATOR KINERJA INDIVIDU": "INDIKATOR KINERJA\nINDIVIDU",
                    "RENCANA KINERJA": "RENCANA\nKINERJA",
                },
                extra=["KETERANGAN", "REVIU OLEH PENGELOLA KINERJA"],
                blank_between=True,
                spaced_nip="titik",
                penilai_plt=True,
            ),
            [],
        ),
        (
            "ja-dasar-11.xlsx",
            "ja-dasar",
            "kasubag_umum",
            P,
            dict(label="title"),
            ["aspek-ganda", "satuan-tidak-sesuai-aspek"],
        ),
        (
            "ja-pengembangan-11.xlsx",
            "ja-pengembangan",
            "analis_data",
            P,
            dict(periode="tanggal", idstyle="labelcolon", target_num=True, satuan_col=True, c0=2),
            [],
        ),
        ("ja-pengembangan-01.xlsx", "ja-pengembangan", "kasi_rujukan", P, dict(kop=2, num="1."), []),
        (
            "ja-pengembangan-02.xlsx",
            "ja-pengembangan",
            "analis_data",
            X,
            dict(
                levels=["CUKUP", "BAIK", "SANGAT BAIK"],
                group="STANDAR KINERJA",
                memantau="satu",
                satuan_col=True,
                baik_rumus=True,
            ),
            [],
        ),
        (
            "ja-pengembangan-03.xlsx",
            "ja-pengembangan",
            "kabid_binamarga",
            P,
            dict(levels=["CUKUP", "SANGAT BAIK"], aspek="iki", colnum=True, label="title"),
            [],
        ),
        (
            "ja-pengembangan-04.xlsx",
            "ja-pengembangan",
            "kasubag_umum",
            P,
            dict(
                target_baik=True,
                levels=["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
                idstyle="prefix",
                pangkat="rapat",
            ),
            [],
        ),
        (
            "ja-pengembangan-05.xlsx",
            "ja-pengembangan",
            "pengadministrasi",
            LO,
            dict(
                levels=["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
                tambahan="strip",
                periode="below",
                merge_rk=False,
                baik_rumus=True,
            ),
            [],
        ),
        (
            "ja-pengembangan-06.xlsx",
            "ja-pengembangan",
            "kasi_rujukan",
            P,
            dict(group="STANDAR KINERJA"),
            ["kategori-tidak-membedakan"],
        ),
        (
            "ja-pengembangan-07.xlsx",
            "ja-pengembangan",
            "analis_data",
            P,
            dict(kat_defect="cukup", levels=["CUKUP", "BAIK", "SANGAT BAIK"]),
            ["kategori-tidak-membedakan", "target-tanpa-satuan"],
        ),
        (
            "ja-pengembangan-08.xlsx",
            "ja-pengembangan",
            "kabid_binamarga",
            X,
            dict(label="title"),
            ["cara-memantau-kosong", "pangkat-tidak-dikenal"],
        ),
        (
            "ja-pengembangan-09.xlsx",
            "ja-pengembangan",
            "kasubag_umum",
            P,
            dict(levels=["CUKUP", "BAIK", "SANGAT BAIK"]),
            ["kategori-penilaian-kosong", "rk-atasan-kosong"],
        ),
        ("jf-dasar-01.xlsx", "jf-dasar", "dokter", P, dict(unit_two_rows=True, kop=2), []),
        ("jf-dasar-02.xlsx", "jf-dasar", "perawat", X, dict(penilaian=True, num="1."), []),
        (
            "jf-dasar-03.xlsx",
            "jf-dasar",
            "penyuluh",
            P,
            dict(label="lower", idstyle="inline", ak_numbers=True, nohead="No."),
            [],
        ),
        ("jf-dasar-04.xlsx", "jf-dasar", "auditor", P, dict(helper=True, pangkat="tk", aspek="upper"), []),
        ("jf-dasar-05.xlsx", "jf-dasar", "guru", P, dict(), ["keterkaitan-ak-hilang"]),
        (
            "jf-dasar-06.xlsx",
            "jf-dasar",
            "pbj",
            P,
            dict(label="title"),
            ["angka-kredit-tidak-valid", "target-rentang-terbalik"],
        ),
        (
            "jf-dasar-07.xlsx",
            "jf-dasar",
            "pranata_lab",
            X,
            dict(),
            ["rk-tanpa-butir-kegiatan", "capaian-tidak-sesuai"],
        ),
        (
            "jf-dasar-08.xlsx",
            "jf-dasar",
            "statistisi",
            P,
            dict(num="1."),
            ["identitas-kosong", "aspek-tidak-valid"],
        ),
        (
            "jf-dasar-09.xlsx",
            "jf-dasar",
            "penyuluh",
            P,
            dict(
                jabatan="Penyuluh Pertanian Mahir merangkap Plt. Koordinator BPP Kapanewon Playen",
                ganti={"PEJABAT PENILAI KINERJA": "PEJABAT PENILAI", "UNIT KERJA": "Unit Kerja / Satker"},
                tambahan="strip",
            ),
            [],
        ),
        (
            "jf-dasar-10.xlsx",
            "jf-dasar",
            "pranata_komputer",
            X,
            dict(label="title"),
            ["nip-tidak-valid:bulan", "target-absolut"],
        ),
        ("jf-pengembangan-01.xlsx", "jf-pengembangan", "statistisi", P, dict(kop=2), []),
        (
            "jf-pengembangan-02.xlsx",
            "jf-pengembangan",
            "epidemiolog",
            P,
            dict(levels=["CUKUP", "BAIK", "SANGAT BAIK"], group="STANDAR KINERJA", label="title"),
            [],
        ),
        (
            "jf-pengembangan-03.xlsx",
            "jf-pengembangan",
            "arsiparis",
            X,
            dict(levels=["CUKUP", "SANGAT BAIK"], memantau="per_iki"),
            [],
        ),
        (
            "jf-pengembangan-04.xls",
            "jf-pengembangan",
            "pranata_komputer",
            XLS,
            dict(levels=["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"], baik_rumus=True),
            [],
        ),
        (
            "jf-pengembangan-05.xlsx",
            "jf-pengembangan",
            "analis_kebijakan",
            P,
            dict(stack=True, idstyle="prefix", penilaian=True, num=None),
            [],
        ),
        (
            "jf-pengembangan-06.xlsx",
            "jf-pengembangan",
            "guru",
            LO,
            dict(
                target_baik=True, levels=["CUKUP", "BAIK", "SANGAT BAIK"], satuan_col=True, petunjuk="depan"
            ),
            [],
        ),
        (
            "jf-pengembangan-07.xlsx",
            "jf-pengembangan",
            "dokter",
            P,
            dict(),
            ["kategori-tidak-berurutan", "nip-tidak-valid:angka"],
        ),
        (
            "jf-pengembangan-08.xlsx",
            "jf-pengembangan",
            "perawat",
            P,
            dict(levels=["CUKUP", "BAIK", "SANGAT BAIK"], label="title"),
            ["kategori-tidak-membedakan", "rk-berbasis-aktivitas"],
        ),
        (
            "jf-pengembangan-09.xlsx",
            "jf-pengembangan",
            "penyuluh",
            X,
            dict(),
            ["jenjang-golongan-tidak-sesuai", "target-tidak-terukur"],
        ),
        (
            "jf-pengembangan-10.xlsx",
            "jf-pengembangan",
            "auditor",
            P,
            dict(num="1."),
            ["penilai-sama-dengan-pegawai"],
        ),
        (
            "jf-pengembangan-11.xlsx",
            "jf-pengembangan",
            "epidemiolog",
            P,
            dict(
                jabatan="EPIDEMIOLOG KESEHATAN MUDA selaku SUBKOORDINATOR SURVEILANS",
                ganti={
                    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI": (
                        "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI"
                    ),
                    "PEJABAT PENILAI KINERJA": "PEJABAT PENILAI KERJA",
                },
                levels=["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
            ),
            [],
        ),
        (
            "ja-pengembangan-10.xlsx",
            "ja-pengembangan",
            "kasi_rujukan",
            P,
            dict(kat_defect="cukup", ganti={"PANGKAT/GOL RUANG": "PANGKAT / GOLONGAN"}),
            ["kategori-tidak-membedakan"],
        ),
        ("jpt-dasar-01.xlsx", "jpt-dasar", "kadinkes", P, dict(kop=2), []),
        ("jpt-dasar-02.xlsx", "jpt-dasar", "kadistan", X, dict(penilaian=True, label="title"), []),
        (
            "jpt-dasar-03.xlsx",
            "jpt-dasar",
            "kakanwil",
            LO,
            dict(satuan_col=True, num="1.", idstyle="inline"),
            [],
        ),
        (
            "jpt-dasar-04.xlsx",
            "jpt-dasar",
            "inspektur",
            P,
            dict(),
            ["manual-iki-kosong:formula", "target-tanpa-satuan"],
        ),
        (
            "jpt-dasar-05.xlsx",
            "jpt-dasar",
            "kadispupr",
            P,
            dict(),
            ["rk-berbasis-aktivitas", "target-penilaian-berbeda"],
        ),
        (
            "jpt-dasar-06.xlsx",
            "jpt-dasar",
            "kadinkes",
            P,
            dict(
                pct_excel=True,
                sheet="Form SKP",
                ganti={"NAMA": "NAMA\xa0", "UNIT KERJA": "UNIT\xa0KERJA", "TARGET": " TARGET "},
            ),
            [],
        ),
        (
            "jf-dasar-11.xlsx",
            "jf-dasar",
            "dokter",
            P,
            dict(label="title", num="1."),
            ["rk-ganda"],
        ),
        (
            "jpt-pengembangan-06.xlsx",
            "jpt-pengembangan",
            "kakanwil",
            P,
            dict(label="title"),
            ["perspektif-tidak-lengkap", "nip-tidak-valid:17"],
        ),
        ("jpt-pengembangan-01.xlsx", "jpt-pengembangan", "kadispupr", P, dict(le=True, kop=2), []),
        ("jpt-pengembangan-02.xlsx", "jpt-pengembangan", "inspektur", P, dict(label="title", stack=True), []),
        (
            "jpt-pengembangan-03.xlsx",
            "jpt-pengembangan",
            "kakanwil",
            X,
            dict(label="lower", nohead="No.", title_model=True),
            [],
        ),
        (
            "jpt-pengembangan-04.xlsx",
            "jpt-pengembangan",
            "kadistan",
            P,
            dict(),
            ["perspektif-tidak-valid", "iki-tanpa-target"],
        ),
        (
            "jpt-pengembangan-05.xlsx",
            "jpt-pengembangan",
            "kadinkes",
            P,
            dict(periode="apart"),
            ["manual-iki-kosong:blok", "periode-tidak-valid:terbalik"],
        ),
    ]


def build() -> list[dict]:
    """Every workbook of the set as data: name, program, sheets (or raw bytes) and its manifest entry."""
    rng = random.Random(SEED)
    items = []
    for name, form, key, program, layout, defects in specs():
        # a formula needs its computed value in the file: XlsxWriter and LibreOffice write it, openpyxl not
        assert not (layout.get("baik_rumus") and program == "openpyxl"), name
        sheets, found, jabatan = build_skp(rng, name, form, key, layout, defects)
        entry = {
            "file": name,
            "form": form,
            "clean": not found,
            "defects": found,
            "jabatan": jabatan,
            "program": program,
            "layout": layout,
        }
        items.append({"name": name, "program": program, "sheets": sheets, "entry": entry})
    others = [
        (
            "lain-pp46-2011.xlsx",
            "openpyxl",
            build_pp46(rng),
            [{"code": "format-lain", "sheet": None, "cell": None}],
        ),
        (
            "lain-permen-6-2022.xlsx",
            "xlsxwriter",
            build_62022(rng),
            [{"code": "format-lain", "sheet": None, "cell": None}],
        ),
        (
            "templat-belum-diisi.xlsx",
            "openpyxl",
            build_template(),
            [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
        ),
        (
            "kosong.xlsx",
            "openpyxl",
            [Lembar("Sheet1")],
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
    for name, program, sheets, defects in others:
        items.append(
            {
                "name": name,
                "program": program,
                "sheets": sheets,
                "entry": {"file": name, "form": None, "clean": False, "defects": defects, "program": program},
            }
        )
    items.append(
        {
            "name": "ekinerja-unduhan.xls",
            "program": "html",
            "sheets": None,
            "raw": HTML.encode("utf-8"),
            "entry": {
                "file": "ekinerja-unduhan.xls",
                "form": None,
                "clean": False,
                "program": "html",
                "defects": [
                    {
                        "code": "format-lain",
                        "sheet": None,
                        "cell": None,
                        "any_of": ["format-lain", "berkas-rusak", "bukan-skp"],
                    }
                ],
            },
        }
    )
    return items


# ---------------------------------------------------------------- writers

FIXED = dt.datetime(2024, 1, 2, 8, 0, 0)


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.title)
        for (r, c), v in sorted(s.cells.items()):
            cell = ws.cell(row=r, column=c, value=s.formulas.get((r, c), v))
            if (r, c) in s.bold:
                cell.font = Font(bold=True)
            if (r, c) in s.formats:
                cell.number_format = s.formats[(r, c)]
            if isinstance(v, str) and len(v) > 30:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r1, c1, r2, c2 in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        if s.hidden:
            ws.sheet_state = "hidden"
        for c in range(1, 20):
            ws.column_dimensions[get_column_letter(c)].width = 18
    wb.properties.creator = "Subbag Kepegawaian"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    wb.set_properties({"author": "Admin Kepegawaian", "created": FIXED})
    bold = wb.add_format({"bold": True, "border": 1, "text_wrap": True, "valign": "top"})
    plain = wb.add_format({"text_wrap": True, "valign": "top"})
    for s in sheets:
        ws = wb.add_worksheet(s.title)
        ws.set_column(0, 19, 18)
        inside = set()
        for r1, c1, r2, c2 in s.merges:
            fmt = bold if (r1, c1) in s.bold else plain
            v = s.cells.get((r1, c1), "")
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt)
            if isinstance(v, (int, float)):
                ws.write_number(r1 - 1, c1 - 1, v, fmt)
            elif v:
                ws.write_string(r1 - 1, c1 - 1, v, fmt)
            inside |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for (r, c), v in sorted(s.cells.items()):
            if (r, c) in inside:
                continue
            fmt = bold if (r, c) in s.bold else plain
            if (r, c) in s.formats:
                fmt = wb.add_format({"num_format": s.formats[(r, c)]})
            if (r, c) in s.formulas:
                ws.write_formula(r - 1, c - 1, s.formulas[(r, c)], fmt, v)
            elif isinstance(v, dt.datetime):
                ws.write_datetime(r - 1, c - 1, v, fmt)
            elif isinstance(v, (int, float)):
                ws.write_number(r - 1, c - 1, v, fmt)
            else:
                ws.write_string(r - 1, c - 1, v, fmt)
        if s.hidden:
            ws.hide()
    wb.close()


def soffice_convert(src: Path, outdir: Path, fmt: str) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="nyata_b_lo_"))
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
    return outdir / f"{src.stem}.{fmt}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Membangun set evaluasi tersisih (held-out) nyata_b.")
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args(argv)
    out = args.keluaran
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.xls")) + list(out.glob("*.xlsx")):
        old.unlink()
    items = build()
    with tempfile.TemporaryDirectory() as tmp:
        for it in items:
            target = out / it["name"]
            prog = it["program"]
            if prog == "html":
                target.write_bytes(it["raw"])
            elif prog == "xlsxwriter":
                write_xlsxwriter(it["sheets"], target)
            elif prog == "openpyxl":
                write_openpyxl(it["sheets"], target)
            else:
                src = Path(tmp) / (Path(it["name"]).stem + ".xlsx")
                write_openpyxl(it["sheets"], src)
                got = soffice_convert(src, out, "xls" if prog == "libreoffice-xls" else "xlsx")
                assert got == target, (got, target)
    manifest = {"seed": SEED, "files": [it["entry"] for it in items]}
    args.harapan.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(items)} berkas di {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
