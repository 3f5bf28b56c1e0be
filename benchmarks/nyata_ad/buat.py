"""Build the held-out set ``nyata_ad``: SKP workbooks whose cell TEXT is typed as staff really type it
(Alt+Enter breaks, bullets, in-cell numbering, non-breaking and zero-width spaces, tabs, smart quotes, dashes,
ALL CAPS, Indonesian number writing) in sizes from one RK with one IKI to 40 RK with long texts.

Usage: ``python benchmarks/nyata_ad/buat.py [--keluaran DIR] [--harapan FILE] [--benih N]``.

Written from SPEC §1, §3, §5, §7 and ``docs/kode-temuan.md`` only, without reading the product code. Every
sheet is laid out first in a cell grid (:class:`Lembar`), so the cell of every inserted defect is known.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

BENIH = 20261206
NBSP = "\u00a0"
ZWSP = "\u200b"
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")
LEVELS5 = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
LEVELS3 = ["CUKUP", "BAIK", "SANGAT BAIK"]


# ----------------------------------------------------------------------------------------------- grid
@dataclass
class Lembar:
    """One sheet as a cell grid: values by (row, col), merges, column widths."""

    title: str
    cells: dict[tuple[int, int], Any] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)

    def put(self, r: int, c: int, v: Any) -> str:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def ref(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


def write_book(path: Path, sheets: list[Lembar]) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), v in sorted(sh.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str) and (len(v) > 30 or "\n" in v):
                cell.alignment = wrap
            if isinstance(v, str) and v.isupper() and len(v) < 60 and r < 20:
                cell.font = bold
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    fixed = dt.datetime(2025, 1, 3, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "BKPSDM"
    wb.save(path)


# ----------------------------------------------------------------------------------------------- numbers
def angka(x: float) -> str:
    """Indonesian writing: thousands with a dot, decimals with a comma."""
    if abs(x - round(x)) < 1e-6:
        return f"{int(round(x)):,}".replace(",", ".")
    whole, frac = f"{x:.1f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


# ----------------------------------------------------------------------------------------------- text styles
@dataclass
class Gaya:
    """How one official types text into cells (the theme of the set)."""

    kapital: str = "biasa"  # biasa | rk-kapital | semua-kapital | kecil
    putus: bool = False  # Alt+Enter inside long texts
    daftar: str = "-"  # bullet/numbering of list items inside a cell: "-", "•", "*", "1)", "a."
    spasi_ganda: bool = False
    nbsp: bool = False
    zwsp: bool = False
    tepi: bool = False  # leading/trailing spaces
    tab: bool = False
    kutip: bool = False  # smart quotes around application names
    pisah: str = " – "  # dash used inside texts
    elipsis: bool = False
    nomor_iki: str = ""  # "", "1)", "a.", "1.1"
    nomor: str = "arab"  # arab | titik | romawi | huruf | gabung
    nomor_kosong_lanjut: bool = True  # continuation IKI rows leave NO empty
    lanjut_mulai_a: bool = False  # continuation rows numbered 1.a, 1.b (rather than 1.b, 1.c)
    gabung_rk: bool = True  # RK cell merged over its IKI rows
    angka_target: str = "biasa"  # biasa | nbsp | terbilang | rentang-sd
    persen: str = " %"  # " %" or "%"
    satuan_kapital: bool = False
    baris_nomor_kolom: bool = False
    periode: str = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    atasan_jamak: bool = False  # two superior RKs in one cell, one per line with a bullet
    gabung_persp: bool = False  # JPT: perspektif merged over its group of RKs


def _words_join(words: list[str], g: Gaya, rnd: random.Random) -> str:
    out = words[0]
    for w in words[1:]:
        sep = " "
        roll = rnd.random()
        if g.spasi_ganda and roll < 0.12:
            sep = "  "
        elif g.nbsp and roll < 0.25:
            sep = NBSP
        out += sep + w
    return out


def styl(text: str, g: Gaya, rnd: random.Random, kind: str = "rk") -> str:
    """Apply an official's typing habits to one cell text (meaning unchanged)."""
    lines = text.split("\n")
    lines = [_words_join(ln.split(" "), g, rnd) if ln else ln for ln in lines]
    t = "\n".join(lines)
    if g.kapital == "semua-kapital" or (g.kapital == "rk-kapital" and kind == "rk"):
        t = t.upper()
    elif g.kapital == "kecil" and kind in ("rk", "iki"):
        t = t.lower()
    if g.zwsp and rnd.random() < 0.5:
        t = t + ZWSP if rnd.random() < 0.5 else ZWSP + t
    if g.tepi and rnd.random() < 0.5:
        t = " " + t + "  "
    if g.tab and kind == "rk" and rnd.random() < 0.3:
        t = "\t" + t
    return t


def rk_text(head: str, obj: str, qual: str, g: Gaya, rnd: random.Random, long: bool) -> str:
    base = f"{head} {obj} {qual}"
    if g.kutip and rnd.random() < 0.4:
        base += " melalui aplikasi " + rnd.choice(["“SIPD”", "‘SRIKANDI’", "“e-Kinerja”", "‘SIMPEG’"])
    if not long:
        return base
    intro, items = rnd.choice(bank.URAIAN)
    mark = g.daftar
    parts = []
    for i, it in enumerate(items):
        if mark == "1)":
            m = f"{i + 1})"
        elif mark == "a.":
            m = f"{'abc'[i]}."
        else:
            m = mark
        parts.append(f"{m} {it}")
    tail = ""
    if g.elipsis:
        tail = " …"
    sep = "\n" if g.putus else " "
    text = (
        f"{base}{g.pisah.rstrip() if g.pisah.strip() == '—' else ','} {intro}:{sep}" + sep.join(parts) + tail
    )
    if len(text) < 200:
        text += (sep if g.putus else " ") + (
            "dengan memperhatikan kebijakan pimpinan dan hasil evaluasi tahun sebelumnya"
        )
    return text


# ----------------------------------------------------------------------------------------------- people
def nip(rnd: random.Random, birth_from: int = 1970, birth_to: int = 1994) -> str:
    y = rnd.randint(birth_from, birth_to)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    ty = min(y + rnd.randint(22, 29), 2022)
    tm = rnd.randint(1, 12)
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {rnd.choice('12')} {rnd.randint(1, 9):03d}"


def nama(rnd: random.Random, gelar: bool = True) -> str:
    n = f"{rnd.choice(bank.NAMA_DEPAN)} {rnd.choice(bank.NAMA_BELAKANG)}"
    return f"{n}, {rnd.choice(bank.GELAR)}" if gelar else n


# ----------------------------------------------------------------------------------------------- plan model
@dataclass
class Iki:
    aspek: str | None
    text: str
    target: str
    kategori: dict[str, str] = field(default_factory=dict)  # level -> text
    manual_text: str = ""
    manual_override: dict[str, str] = field(default_factory=dict)


@dataclass
class Rk:
    text: str
    atasan: str
    ikis: list[Iki]
    perspektif: str = ""
    pantau: tuple[str, str, str] = ("", "", "")
    butir: list[tuple[str, str, str]] = field(default_factory=list)
    obj: str = ""
    persp_tulis: str = ""
    ak_text: str = ""
    tanpa_butir: bool = False
    ak_override: str | None = None


def satuan_of(sat: str, g: Gaya) -> str:
    return sat.capitalize() if g.satuan_kapital else sat


def kategori_for(
    iki: Iki,
    value: float,
    unit: str,
    lower_better: bool,
    levels: list[str],
    g: Gaya,
    rnd: random.Random,
    percent: bool,
) -> dict[str, str]:
    """Thresholds a careful official writes: BAIK = the target, SANGAT BAIK beyond it, lower levels away."""
    u = g.persen if percent else (" " + unit if unit else "")

    def f(x: float) -> str:
        return angka(x) + u

    kat: dict[str, str] = {"BAIK": iki.target.strip()}
    if lower_better:
        kat["SANGAT BAIK"] = f"< {f(value)}"
        if len(levels) == 5:
            kat["CUKUP"] = f"{angka(value + 1)} – {f(value + 2)}"
            kat["KURANG"] = f"{angka(value + 3)} – {f(value + 4)}"
            kat["SANGAT KURANG"] = f"> {f(value + 4)}"
        else:
            kat["CUKUP"] = f"> {f(value)}"
    else:
        kat["SANGAT BAIK"] = f"> {f(value)}"
        if len(levels) == 5 and value >= 8 and float(value).is_integer():
            a, b = int(value * 0.5), int(value * 0.75)
            kat["CUKUP"] = f"{angka(b)} – {f(value - 1)}"
            kat["KURANG"] = f"{angka(a)} – {f(b - 1)}"
            kat["SANGAT KURANG"] = f"< {f(a)}"
        else:  # small or decimal targets: three levels even on a five-level form
            kat["CUKUP"] = f"< {f(value)}"
    return kat


def make_iki(
    aspek: str, obj: tuple[str, str, str], g: Gaya, rnd: random.Random, peng: bool, levels: list[str]
) -> Iki:
    phrase, sat, plural = obj
    sat_txt = satuan_of(sat, g)
    if aspek == "Kuantitas":
        many = sat in ("dokumen", "berkas", "keping", "akta", "eksemplar", "data", "lembar", "pengaduan")
        n = rnd.choice([12, 150, 250, 1000, 1250, 2500] if many else [2, 4, 6, 12, 12, 24, 36, 48])
        verb = rnd.choice(["yang tersusun", "yang terselesaikan", "yang terverifikasi", "yang tersedia"])
        text = f"Jumlah {plural} {verb}" if " yang " not in plural else f"Jumlah {plural}"
        style = g.angka_target
        if style == "terbilang" and n in (4, 6, 12, 24, 36, 48):
            words = {
                4: "empat",
                6: "enam",
                12: "dua belas",
                24: "dua puluh empat",
                36: "tiga puluh enam",
                48: "empat puluh delapan",
            }[n]
            target = f"{n} ({words}) {sat_txt}"
        elif style == "nbsp":
            target = f"{angka(n)}{NBSP}{sat_txt}"
        elif style == "rentang-sd" and n >= 12 and not peng:
            target = f"{angka(n - 2 if n < 100 else int(n * 0.9))} s.d. {angka(n)} {sat_txt}"
        else:
            target = f"{angka(n)} {sat_txt}"
        iki = Iki(aspek, text, target)
        if peng:
            iki.kategori = kategori_for(iki, n, sat_txt, False, levels, g, rnd, False)
        return iki
    if aspek == "Kualitas":
        p = rnd.choice([80, 85, 90, 95, 95, 98, 85.5, 92.5])
        qual = rnd.choice(
            [
                "yang diterima tanpa revisi",
                "yang sesuai ketentuan",
                "yang lengkap dan benar",
                "yang diselesaikan sesuai standar pelayanan",
            ]
        )
        text = f"Persentase {phrase} {qual}"
        if not peng and rnd.random() < 0.2:
            target = f"80{rnd.choice([' – ', ' - ', '–'])}90{g.persen}"
            return Iki(aspek, text, target)
        if not peng and rnd.random() < 0.15:
            target = f"100{g.persen}"
            return Iki(aspek, text, target)
        target = f"{angka(p)}{g.persen}"
        iki = Iki(aspek, text, target)
        if peng:
            iki.kategori = kategori_for(iki, p, "", False, levels, g, rnd, True)
        return iki
    if aspek == "Waktu":
        unit, n = rnd.choice(
            [("hari kerja", 10), ("hari kerja", 5), ("bulan", 12), ("hari", 3), ("bulan", 11)]
        )
        text = f"Waktu penyelesaian {phrase}"
        target = f"{n} {unit}"
        if not peng and rnd.random() < 0.3:
            target = f"paling lambat {n} {unit}"
        iki = Iki(aspek, text, target)
        if peng:
            iki.kategori = kategori_for(iki, n, unit, True, levels, g, rnd, False)
        return iki
    # Biaya
    n = rnd.choice([15_000_000, 7_500_000, 125_000_000])
    text = f"Biaya pemeliharaan {phrase}"
    target = f"Rp {angka(n)}" if rnd.random() < 0.5 else f"Rp{angka(n)},00"
    iki = Iki(aspek, text, target)
    if peng:
        iki.kategori = {"BAIK": target, "SANGAT BAIK": f"< Rp {angka(n)}", "CUKUP": f"> Rp {angka(n)}"}
        if len(levels) == 5:
            iki.kategori["CUKUP"] = f"Rp {angka(n + 1)} – Rp {angka(n * 1.1)}"
            iki.kategori["KURANG"] = f"Rp {angka(n * 1.1 + 1)} – Rp {angka(n * 1.2)}"
            iki.kategori["SANGAT KURANG"] = f"> Rp {angka(n * 1.2)}"
    return iki


def plan_ja(
    rnd: random.Random,
    g: Gaya,
    n_rk: int,
    ikis: tuple[int, int],
    long: bool,
    peng: bool,
    levels: list[str],
    jf: bool,
) -> tuple[list[Rk], list[Rk]]:
    objs = rnd.sample(bank.OBJEK, k=min(n_rk, len(bank.OBJEK)))
    while len(objs) < n_rk:
        objs.append(rnd.choice(bank.OBJEK))
    used: set[str] = set()
    utama: list[Rk] = []
    atasan_pool = rnd.sample(bank.RK_ATASAN, k=4)
    for i in range(n_rk):
        obj = objs[i]
        for _ in range(50):
            head, qual = rnd.choice(bank.KEPALA_HASIL), rnd.choice(bank.KUALIFIKASI)
            base = f"{head} {obj[0]} {qual}"
            if base not in used:
                break
        used.add(base)
        text = rk_text(head, obj[0], qual, g, rnd, long)
        k = rnd.randint(*ikis)
        aspeks = (
            ["Kuantitas", "Kualitas", "Waktu", "Biaya"][:k]
            if k < 4
            else ["Kuantitas", "Kualitas", "Waktu", "Biaya"]
        )
        if k == 1:
            aspeks = [rnd.choice(["Kuantitas", "Kualitas"])]
        items = [make_iki(a, obj, g, rnd, peng, levels) for a in aspeks]
        atasan = atasan_pool[i % len(atasan_pool)]
        rk = Rk(text, atasan, items, obj=obj[0])
        if peng:
            rk.pantau = rnd.choice(bank.SUMBER_DATA)
        if jf:
            rk.butir = rnd.sample(bank.BUTIR, k=rnd.choice([1, 1, 2]))
        utama.append(rk)
    tambahan = []
    for t_rk, t_ikis in rnd.sample(bank.TAMBAHAN_JA, k=rnd.choice([0, 1, 1, 2])):
        items = []
        for a, txt, tgt in t_ikis:
            iki = Iki(a, txt, tgt)
            if peng:
                n = float(tgt.split()[0])
                iki.kategori = kategori_for(
                    iki, n, tgt.split(" ", 1)[1], False, ["CUKUP", "BAIK", "SANGAT BAIK"], g, rnd, False
                )
            items.append(iki)
        rk = Rk(t_rk, "", items)
        if peng:
            rk.pantau = rnd.choice(bank.SUMBER_DATA)
        tambahan.append(rk)
    return utama, tambahan


def plan_jpt(
    rnd: random.Random, g: Gaya, inst: dict[str, str], n_rk: int, long: bool, peng: bool
) -> tuple[list[Rk], list[Rk]]:
    utama: list[Rk] = []
    pool = [(p, rk, ik) for p in bank.PERSPEKTIF for rk, ik in bank.RK_JPT[p]]
    if n_rk <= len(pool):
        chosen = []
        for p in bank.PERSPEKTIF:  # at least one per perspective first
            chosen.append(next(x for x in pool if x[0] == p))
        rest = [x for x in pool if x not in chosen]
        rnd.shuffle(rest)
        chosen += rest[: max(0, n_rk - 4)]
        if n_rk < 4:
            chosen = chosen[:n_rk]
        for p, rk, ik in chosen:
            text = rk.format(unit=inst["unit"], pemda=inst["pemda"])
            utama.append(Rk(text, "", [Iki(None, t, v) for t, v in ik], perspektif=p))
    else:
        for p, rk, ik in pool:
            utama.append(
                Rk(
                    rk.format(unit=inst["unit"], pemda=inst["pemda"]),
                    "",
                    [Iki(None, t, v) for t, v in ik],
                    perspektif=p,
                )
            )
        objs = rnd.sample(bank.OBJEK, k=n_rk - len(pool))
        used = {r.text for r in utama}
        for i, obj in enumerate(objs):
            for _ in range(50):
                head, qual = rnd.choice(bank.KEPALA_HASIL), rnd.choice(bank.KUALIFIKASI)
                if f"{head} {obj[0]} {qual}" not in used:
                    break
            used.add(f"{head} {obj[0]} {qual}")
            text = rk_text(head, obj[0], qual, g, rnd, long)
            many = obj[1] in ("dokumen", "berkas", "keping", "akta", "eksemplar", "data", "lembar")
            n = rnd.choice([150, 1000, 1250] if many else [4, 12, 24])
            name = f"Jumlah {obj[2]} yang tersedia" if " yang " not in obj[2] else f"Jumlah {obj[2]}"
            ikis = [
                Iki(None, name, f"{angka(n)} {obj[1]}"),
                Iki(
                    None,
                    f"Persentase {obj[0]} yang sesuai ketentuan",
                    f"{rnd.choice([85, 90, 95])}{g.persen}",
                ),
            ]
            if rnd.random() < 0.5:
                ikis.append(Iki(None, f"Waktu penyelesaian {obj[0]}", f"{rnd.choice([5, 10])} hari kerja"))
            if rnd.random() < 0.2:
                ikis.append(Iki(None, f"Indeks kualitas {obj[0]}", "3,5"))
            utama.append(Rk(text, "", ikis, perspektif=bank.PERSPEKTIF[i % 4], obj=obj[0]))
    tambahan = [
        Rk(t, "", [Iki(None, a, b) for a, b in ik])
        for t, ik in rnd.sample(bank.TAMBAHAN_JPT, k=rnd.choice([0, 1, 2]))
    ]
    return utama, tambahan


# ---------------------------------------------------------------------------------------------- sheet writers
@dataclass
class Letak:
    """Where each thing of a plan landed: (section, rk index, iki index) -> column -> cell."""

    rk: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)
    iki: dict[tuple[str, int, int], dict[str, str]] = field(default_factory=dict)
    manual: dict[tuple[int, int], dict[str, str]] = field(default_factory=dict)
    ak: dict[tuple[int, int], str] = field(default_factory=dict)
    sheet: str = "SKP"


def nomor_text(i: int, g: Gaya, section: str) -> str:
    n = i + 1
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
    if g.nomor == "titik":
        return f"{n}."
    if g.nomor == "romawi" and n <= len(roman):
        return roman[i]
    if g.nomor == "huruf" and n <= 26:
        return "abcdefghijklmnopqrstuvwxyz"[i]
    if g.nomor == "gabung":
        return f"{'A' if section == 'utama' else 'B'}.{n}"
    return str(n)


def header(
    sh: Lembar,
    inst: dict[str, str],
    g: Gaya,
    peg: dict[str, str],
    pen: dict[str, str],
    judul: str,
    jpt: bool,
    width: int,
) -> int:
    sh.put(1, 1, judul)
    sh.merge(1, 1, 1, width)
    sh.put(2, 1, inst["nama"])
    sh.merge(2, 1, 2, width)
    sh.put(3, 1, g.periode)
    sh.merge(3, 1, 3, width)
    sh.put(5, 1, "NO")
    sh.put(5, 2, "PEGAWAI YANG DINILAI")
    sh.merge(5, 2, 5, 3)
    sh.put(5, 4, "NO")
    sh.put(5, 5, "PEJABAT PENILAI KINERJA")
    sh.merge(5, 5, 5, 6)
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
    for i, (lab, key) in enumerate(zip(labels, keys, strict=True)):
        r = 6 + i
        sh.put(r, 1, i + 1)
        sh.put(r, 2, lab)
        sh.put(r, 3, peg[key])
        sh.put(r, 4, i + 1)
        sh.put(r, 5, "INSTANSI" if (jpt and key == "unit" and pen.get("instansi")) else lab)
        sh.put(r, 6, pen[key])
    sh.widths.update({1: 7, 2: 34, 3: 44, 4: 14, 5: 40, 6: 22})
    return 12


def footer(
    sh: Lembar,
    row: int,
    inst: dict[str, str],
    peg: dict[str, str],
    pen: dict[str, str],
    cols: tuple[int, int],
) -> None:
    r = row + 2
    left, right = cols
    sh.put(r, right, f"{inst['tempat']}, 2 Januari 2025")
    sh.put(r + 1, left, "Pejabat Penilai Kinerja,")
    sh.put(r + 1, right, "Pegawai yang Dinilai,")
    sh.put(r + 5, left, pen["nama"])
    sh.put(r + 5, right, peg["nama"])
    if pen["nip"] not in ("-", ""):
        sh.put(r + 6, left, f"NIP. {pen['nip']}")
    sh.put(r + 6, right, f"NIP. {peg['nip']}")


def write_ja(
    sh: Lembar,
    utama: list[Rk],
    tambahan: list[Rk],
    g: Gaya,
    start: int,
    peng: bool,
    levels: list[str],
    rnd: random.Random,
) -> tuple[Letak, int]:
    """JA/JF plan table: NO | RK ATASAN | RK | ASPEK | IKI | TARGET [| kategori | cara memantau]."""
    let = Letak(sheet=sh.title)
    cols = {"no": 1, "atasan": 2, "rk": 3, "aspek": 4, "iki": 5, "target": 6}
    r = start
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    if peng:
        kc = {lev: 7 + i for i, lev in enumerate(levels)}
        pc = 7 + len(levels)
        cols.update({f"kat:{lev}": c for lev, c in kc.items()})
        cols.update({"data": pc, "sumber": pc + 1, "waktu": pc + 2})
        for i, h in enumerate(heads):
            sh.put(r, i + 1, h)
            sh.merge(r, i + 1, r + 1, i + 1)
        sh.put(r, 7, "KATEGORI PENILAIAN / STANDAR KINERJA")
        sh.merge(r, 7, r, 6 + len(levels))
        for lev, c in kc.items():
            sh.put(r + 1, c, lev)
        sh.put(r, pc, "CARA MEMANTAU KINERJA")
        sh.merge(r, pc, r, pc + 2)
        sh.put(r + 1, pc, "DATA")
        sh.put(r + 1, pc + 1, "SUMBER DATA")
        sh.put(r + 1, pc + 2, "WAKTU PENGUMPULAN")
        last = pc + 2
        r += 2
        for c in range(7, last + 1):
            sh.widths[c] = 16
    else:
        for i, h in enumerate(heads):
            sh.put(r, i + 1, h)
        last = 6
        r += 1
    if g.baris_nomor_kolom:
        for c in range(1, last + 1):
            sh.put(r, c, f"({c})")
        r += 1
    for section, rks, label in (
        ("utama", utama, "A. KINERJA UTAMA"),
        ("tambahan", tambahan, "B. KINERJA TAMBAHAN"),
    ):
        sh.put(r, 1, label)
        sh.merge(r, 1, r, last)
        r += 1
        if not rks:
            sh.put(r, 3, "-")
            r += 1
            continue
        for i, rk in enumerate(rks):
            first = r
            n = max(1, len(rk.ikis))
            cells = {"no": ref(r, 1), "atasan": ref(r, 2), "rk": ref(r, 3)}
            sh.put(r, 1, nomor_text(i, g, section))
            if section == "utama":
                sh.put(r, 2, rk.atasan)
            sh.put(r, 3, rk.text)
            if peng:
                for key, val in zip(("data", "sumber", "waktu"), rk.pantau, strict=True):
                    cells[key] = ref(r, cols[key])
                    sh.put(r, cols[key], val)
            for j, iki in enumerate(rk.ikis):
                rr = first + j
                ic = {k: ref(rr, cols[k]) for k in ("aspek", "iki", "target")}
                sh.put(rr, cols["aspek"], iki.aspek)
                sh.put(rr, cols["iki"], iki.text)
                sh.put(rr, cols["target"], iki.target)
                if j > 0 and not g.nomor_kosong_lanjut:
                    letter = "abcdefghij"[j - 1 if g.lanjut_mulai_a else j]
                    sh.put(rr, 1, f"{nomor_text(i, g, section).rstrip('.')}.{letter}")
                if peng:
                    for lev in levels:
                        c = cols[f"kat:{lev}"]
                        ic[f"kat:{lev}"] = ref(rr, c)
                        sh.put(rr, c, iki.kategori.get(lev, ""))
                let.iki[(section, i, j)] = ic
            if not rk.ikis:
                let.iki[(section, i, 0)] = {k: ref(r, cols[k]) for k in ("aspek", "iki", "target")}
            if n > 1:
                merge_cols = [2, 3] if g.gabung_rk else []
                if peng:
                    merge_cols += [cols["data"], cols["sumber"], cols["waktu"]]
                for c in merge_cols:
                    sh.merge(first, c, first + n - 1, c)
                if g.gabung_rk and g.nomor_kosong_lanjut:
                    sh.merge(first, 1, first + n - 1, 1)
            let.rk[(section, i)] = cells
            r = first + n
    sh.widths.update({2: 36, 3: 48, 4: 13, 5: 44, 6: 16})
    return let, r


def write_jpt(
    sh: Lembar, utama: list[Rk], tambahan: list[Rk], g: Gaya, start: int, peng: bool, persp_group: bool
) -> tuple[Letak, int]:
    let = Letak(sheet=sh.title)
    off = 1 if peng else 0
    cols = {"no": 1 + off, "rk": 2 + off, "iki": 3 + off, "target": 4 + off}
    heads = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    r = start
    for i, h in enumerate(heads):
        sh.put(r, i + 1, h)
    last = len(heads)
    r += 1
    if g.baris_nomor_kolom:
        for c in range(1, last + 1):
            sh.put(r, c, f"({c})")
        r += 1
    for section, rks, label in (
        ("utama", utama, "A. KINERJA UTAMA"),
        ("tambahan", tambahan, "B. KINERJA TAMBAHAN"),
    ):
        sh.put(r, 1, label)
        sh.merge(r, 1, r, last)
        r += 1
        if not rks:
            sh.put(r, cols["rk"], "-")
            r += 1
            continue
        if peng and section == "utama":
            order = sorted(
                range(len(rks)),
                key=lambda k: (
                    bank.PERSPEKTIF.index(rks[k].perspektif) if rks[k].perspektif in bank.PERSPEKTIF else 9
                ),
            )
        else:
            order = list(range(len(rks)))
        group_start: dict[str, int] = {}
        group_end: dict[str, int] = {}
        for pos, i in enumerate(order):
            rk = rks[i]
            first = r
            n = max(1, len(rk.ikis))
            cells = {"no": ref(r, cols["no"]), "rk": ref(r, cols["rk"])}
            if peng and section == "utama":
                cells["perspektif"] = ref(r, 1)
                if persp_group and rk.perspektif in bank.PERSPEKTIF:
                    if rk.perspektif not in group_start:
                        group_start[rk.perspektif] = r
                        sh.put(r, 1, rk.persp_tulis or rk.perspektif)
                    group_end[rk.perspektif] = r + n - 1
                    cells["perspektif"] = ref(group_start[rk.perspektif], 1)
                else:
                    sh.put(r, 1, rk.persp_tulis or rk.perspektif)
                    if n > 1:
                        sh.merge(r, 1, r + n - 1, 1)
            sh.put(r, cols["no"], nomor_text(pos, g, section))
            sh.put(r, cols["rk"], rk.text)
            for j, iki in enumerate(rk.ikis):
                rr = first + j
                sh.put(rr, cols["iki"], iki.text)
                sh.put(rr, cols["target"], iki.target)
                let.iki[(section, i, j)] = {"iki": ref(rr, cols["iki"]), "target": ref(rr, cols["target"])}
            if not rk.ikis:
                let.iki[(section, i, 0)] = {"iki": ref(r, cols["iki"]), "target": ref(r, cols["target"])}
            if n > 1 and g.gabung_rk:
                sh.merge(first, cols["rk"], first + n - 1, cols["rk"])
                sh.merge(first, cols["no"], first + n - 1, cols["no"])
            let.rk[(section, i)] = cells
            r = first + n
        for p, s in group_start.items():
            if group_end[p] > s:
                sh.merge(s, 1, group_end[p], 1)
    sh.widths.update(
        {1: 18 if peng else 7, 2 + off - 1: 7, cols["rk"]: 50, cols["iki"]: 46, cols["target"]: 16}
    )
    return let, r


def write_manual(
    sh: Lembar, utama: list[Rk], g: Gaya, rnd: random.Random, let: Letak, inst: dict[str, str]
) -> None:
    """Manual Indikator Kinerja as blocks, one per Kinerja Utama IKI (SPEC §3.5)."""
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA")
    sh.merge(1, 1, 1, 3)
    r = 3
    labels = [
        "RENCANA KINERJA",
        "DESKRIPSI RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "DEFINISI IKI",
        "FORMULA",
        "TUJUAN",
        "SATUAN PENGUKURAN",
        "JENIS ASPEK TARGET",
        "TINGKAT KENDALI IKI",
        "SUMBER DATA",
        "PERIODE PELAPORAN",
    ]
    k = 0
    for i, rk in enumerate(utama):
        for j, iki in enumerate(rk.ikis):
            k += 1
            sh.put(r, 1, f"{k}.")
            iki_m = iki.manual_text or iki.text
            vals = {
                "RENCANA KINERJA": rk.text,
                "DESKRIPSI RENCANA KINERJA": styl(
                    f"Rencana kinerja ini menggambarkan kondisi yang ingin dicapai {inst['pemda']}"
                    " pada akhir tahun anggaran berjalan.",
                    g,
                    rnd,
                    "teks",
                ),
                "INDIKATOR KINERJA INDIVIDU": iki_m,
                "DEFINISI IKI": styl(
                    f"{iki.text.strip()} adalah ukuran keberhasilan yang dihitung dari data "
                    "resmi unit kerja.",
                    g,
                    rnd,
                    "teks",
                ),
                "FORMULA": rnd.choice(bank.FORMULA),
                "TUJUAN": styl(
                    "Mengukur ketercapaian sasaran dan menjadi dasar perbaikan layanan.", g, rnd, "teks"
                ),
                "SATUAN PENGUKURAN": iki.target.split()[-1] if " " in iki.target.strip() else "indeks",
                "JENIS ASPEK TARGET": rnd.choice(["Kuantitas", "Kualitas", "Waktu"]),
                "TINGKAT KENDALI IKI": rnd.choice(["Tinggi", "Sedang", "Rendah"]),
                "SUMBER DATA": rnd.choice(["Laporan kinerja unit", "Aplikasi SIPD", "Hasil survei"]),
                "PERIODE PELAPORAN": rnd.choice(["Triwulanan", "Semesteran", "Tahunan"]),
            }
            for key, val in iki.manual_override.items():
                vals[key] = val
            cells = {}
            for lab in labels:
                sh.put(r, 2, lab)
                cells[lab] = sh.put(r, 3, vals[lab])
                r += 1
            let.manual[(i, j)] = cells
            r += 1
    sh.widths.update({1: 5, 2: 32, 3: 80})


def write_ak(
    sh: Lembar,
    inst: dict[str, str],
    peg: dict[str, str],
    pen: dict[str, str],
    utama: list[Rk],
    g: Gaya,
    let: Letak,
) -> None:
    """Format Keterkaitan SKP dengan Angka Kredit (SPEC §3.7)."""
    sh.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.merge(1, 1, 1, 5)
    sh.put(2, 1, g.periode)
    sh.merge(2, 1, 2, 5)
    sh.put(3, 1, "TANGGAL PENGAJUAN: 2 Januari 2025")
    sh.merge(3, 1, 3, 5)
    sh.put(5, 1, "NO")
    sh.put(5, 2, "PEGAWAI YANG DINILAI")
    sh.put(5, 4, "PEJABAT PENILAI KINERJA")
    for i, (lab, key) in enumerate(
        zip(
            ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"],
            ["nama", "nip", "pangkat", "jabatan", "unit"],
            strict=True,
        )
    ):
        sh.put(6 + i, 1, i + 1)
        sh.put(6 + i, 2, lab)
        sh.put(6 + i, 3, peg[key])
        sh.put(6 + i, 4, lab)
        sh.put(6 + i, 5, pen[key])
    r = 12
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(r, c, h)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA")
    sh.merge(r, 1, r, 5)
    r += 1
    for i, rk in enumerate(utama):
        if rk.tanpa_butir:
            continue
        first = r
        sh.put(r, 1, f"{i + 1}.")
        sh.put(r, 2, rk.ak_text or rk.text)
        for j, (butir, out, ak) in enumerate(rk.butir):
            sh.put(r, 3, butir)
            sh.put(r, 4, out)
            val: Any = ak
            if j % 2 == 1:
                val = float(ak.replace(",", "."))
            if rk.ak_override is not None and j == 0:
                val = rk.ak_override
            let.ak[(i, j)] = sh.put(r, 5, val)
            r += 1
        if r - first > 1:
            sh.merge(first, 2, r - 1, 2)
            sh.merge(first, 1, r - 1, 1)
    sh.widths.update({1: 6, 2: 50, 3: 40, 4: 26, 5: 14})


# ----------------------------------------------------------------------------------------------- one workbook
@dataclass
class Spec:
    form: str
    slug: str
    n_rk: int
    ikis: tuple[int, int]
    long: bool
    defects: list[str]
    gaya: dict[str, Any] = field(default_factory=dict)
    levels: int = 5
    ekstra: str = ""  # the second batch: hand-written texts laid over the generated plan (``tulis_ekstra``)


def build(sp: Spec, idx: int, rnd: random.Random, out: Path) -> dict[str, Any]:
    jenis, model = sp.form.split("-")
    peng = model == "pengembangan"
    jpt, jf = jenis == "jpt", jenis == "jf"
    g = Gaya(**sp.gaya)
    inst = bank.INSTANSI[idx % len(bank.INSTANSI)]
    levels = LEVELS5 if sp.levels == 5 else LEVELS3
    if jpt:
        peg = {
            "nama": nama(rnd),
            "nip": nip(rnd, 1968, 1978),
            "pangkat": "Pembina Utama Muda, IV/c",
            "jabatan": inst["kepala"],
            "unit": inst["unit"] + " " + inst["pemda"],
        }
        if rnd.random() < 0.5:
            pen = {
                "nama": "H. " + nama(rnd),
                "nip": "-",
                "pangkat": "-",
                "jabatan": inst["bupati"].title(),
                "unit": "Pemerintah " + inst["pemda"],
                "instansi": "1",
            }
        else:
            pen = {
                "nama": nama(rnd),
                "nip": nip(rnd, 1965, 1970),
                "pangkat": "Pembina Utama Madya, IV/d",
                "jabatan": "Sekretaris Daerah " + inst["pemda"],
                "unit": "Sekretariat Daerah " + inst["pemda"],
            }
    else:
        jab, pkt = (bank.JABATAN_JF if jf else bank.JABATAN_JA)[idx % 8]
        if jab.startswith("Kepala Bidang"):
            pjab, ppkt = "Sekretaris", "Pembina Tingkat I, IV/b"
        else:
            pjab, ppkt = bank.PENILAI_JA[idx % len(bank.PENILAI_JA)]
        peg = {
            "nama": nama(rnd),
            "nip": nip(rnd, 1980, 1996),
            "pangkat": pkt,
            "jabatan": jab,
            "unit": inst["unit"],
        }
        pen = {
            "nama": nama(rnd),
            "nip": nip(rnd, 1970, 1979),
            "pangkat": ppkt,
            "jabatan": pjab,
            "unit": inst["unit"],
        }
    # --- plan
    if jpt:
        utama, tambahan = plan_jpt(rnd, g, inst, sp.n_rk, sp.long, peng)
    else:
        utama, tambahan = plan_ja(rnd, g, sp.n_rk, sp.ikis, sp.long, peng, levels, jf)
    if sp.n_rk <= 4 and not sp.long and sp.ikis == (1, 1):  # the minimal forms: one IKI per RK, no tambahan
        for rk in utama:
            rk.ikis = rk.ikis[:1]
        tambahan = []
    for rk in utama + tambahan:
        rk.text = styl(rk.text, g, rnd, "rk")
        if rk.atasan:
            if g.atasan_jamak and rnd.random() < 0.5:
                other = rnd.choice([a for a in bank.RK_ATASAN if a != rk.atasan])
                rk.atasan = f"• {rk.atasan}\n• {other}"
            rk.atasan = styl(rk.atasan, g, rnd, "atasan")
        if rk.perspektif:
            rk.persp_tulis = styl(rk.perspektif, g, rnd, "persp")
        for j, iki in enumerate(rk.ikis):
            pre = ""
            if g.nomor_iki == "1)":
                pre = f"{j + 1}) "
            elif g.nomor_iki == "a.":
                pre = f"{'abcd'[j]}. "
            iki.text = pre + styl(iki.text, g, rnd, "iki")
            if jpt and rnd.random() < 0.5:  # the Manual copies the IKI on one line, stray spaces gone
                iki.manual_text = " ".join(iki.text.replace(ZWSP, "").split())
            if iki.aspek and g.kapital == "semua-kapital":
                iki.aspek = iki.aspek.upper()
            elif iki.aspek and g.tepi and rnd.random() < 0.3:
                iki.aspek = iki.aspek + " "
            elif iki.aspek and g.nbsp and rnd.random() < 0.3:
                iki.aspek = iki.aspek + NBSP
    if jf:
        for rk in utama:
            rk.ak_text = " ".join(
                rk.text.split()
            )  # copied on one line: Alt+Enter breaks and stray spaces gone
    defects: list[dict[str, Any]] = []
    boleh: list[dict[str, Any]] = []
    post: list[Any] = []
    taken: set[tuple[int, int]] = set()
    if sp.ekstra:
        tulis_ekstra(sp.ekstra, utama, taken)
    for code in sp.defects:
        inject(code, utama, rnd, jpt, levels, defects, post, taken)
    # --- sheets
    sheet_name = (
        rnd.choice(["SKP", "SKP 2025", "Rencana SKP"]) if not jpt else rnd.choice(["SKP", "SKP JPT 2025"])
    )
    sh = Lembar(sheet_name)
    judul = "RENCANA SASARAN KINERJA PEGAWAI" if not jpt else "SASARAN KINERJA PEGAWAI"
    width = 5 if jpt and peng else (4 if jpt else 6)
    start = header(sh, inst, g, peg, pen, judul, jpt, max(width, 6))
    start += 1
    if jpt:
        let, end = write_jpt(
            sh, utama, tambahan, g, start, peng, persp_group=bool(sp.gaya.get("gabung_persp"))
        )
    else:
        let, end = write_ja(sh, utama, tambahan, g, start, peng, levels, rnd)
    footer(sh, end, inst, peg, pen, (2, 5) if not jpt else (2, 4))
    sheets = [sh]
    if jpt:
        man = Lembar("Manual IKI")
        write_manual(man, utama, g, rnd, let, inst)
        sheets.append(man)
    if jf:
        ak = Lembar("Keterkaitan AK")
        write_ak(ak, inst, peg, pen, utama, g, let)
        sheets.append(ak)
    for fn in post:
        fn(let, sheets)
    name = f"{sp.form}-{idx:02d}-{sp.slug}.xlsx"
    write_book(out / name, sheets)
    for d in defects:
        d.setdefault("sheet", sh.title)
    return {
        "file": name,
        "form": sp.form,
        "clean": not defects,
        "defects": [{k: v for k, v in d.items() if not k.startswith("_")} for d in defects],
        "boleh": boleh,
        "jabatan": peg["jabatan"],
        "instansi": inst["nama"],
        "writer": "openpyxl",
        "ukuran": {
            "rk_utama": len(utama),
            "rk_tambahan": len(tambahan),
            "iki": sum(len(r.ikis) for r in utama + tambahan),
            "rk_terpanjang": max(len(r.text) for r in utama),
        },
        "gaya": sp.gaya,
    }


# ----------------------------------------------------------------------------------------------- defects
def tulis_ekstra(kind: str, utama: list[Rk], taken: set[tuple[int, int]]) -> None:
    """Texts written by hand over the plan (second batch, made after the first measurement, still without
    reading the product): number and unit writings the first batch did not happen to draw. The IKIs changed
    here are marked taken, so no defect lands on them."""

    def first(aspek: str) -> tuple[int, int]:
        found = [
            (i, j)
            for i, rk in enumerate(utama)
            for j, iki in enumerate(rk.ikis)
            if (iki.aspek or "").strip().lower() == aspek and (i, j) not in taken
        ]
        taken.add(found[0])
        return found[0]

    utama[0].text = (
        "Tersedianya layanan baca bagi pemustaka disabilitas netra pada program ‘Jum’at Membaca’ "
        "di Taman Baca Masyarakat"
    )
    utama[0].ak_text = utama[0].text
    if utama[0].atasan:
        utama[
            0
        ].atasan = "1) Meningkatnya budaya baca masyarakat\n2) Meningkatnya keterbukaan informasi publik"
    i, j = first("waktu")
    iki = utama[i].ikis[j]
    iki.target = "1,5 bulan"
    if iki.kategori:
        iki.kategori = {"CUKUP": "> 1,5 bulan", "BAIK": "1,5 bulan", "SANGAT BAIK": "< 1,5 bulan"}
    if kind == "jf-dasar":
        writings = ["12 (dua belas) {U}", "1.000" + NBSP + "{u}" + ZWSP, "12\n{u}", "4 {U}"]
        for text in writings:  # the IKI's own satuan, in these writings
            i, j = first("kuantitas")
            unit = re.sub(r"^[\d.,]+\s*", "", utama[i].ikis[j].target.replace(NBSP, " ").strip())
            utama[i].ikis[j].target = text.format(u=unit, U=unit[:1].upper() + unit[1:])
        i, j = first("kualitas")
        iki = utama[i].ikis[j]
        iki.text = "a. PERSENTASE " + re.sub(r"(?i)^.*?persentase\s*", "", iki.text)
        iki.target = "95"  # SPEC §7: an IKI that begins with Persentase has % as its unit


def _pick(
    rks: list[Rk],
    need_aspek: str | None = None,
    starts: str | None = None,
    taken: set[tuple[int, int]] | None = None,
) -> tuple[int, int]:
    """An (rk, iki) pair not yet holding a defect, from the last RKs of the form backwards (defects near the
    end of large forms)."""
    taken = set() if taken is None else taken
    for i in range(len(rks) - 1, -1, -1):
        for j in range(len(rks[i].ikis) - 1, -1, -1):
            iki = rks[i].ikis[j]
            if (i, j) in taken:
                continue
            if need_aspek is not None and (iki.aspek or "").strip().lower() != need_aspek:
                continue
            if starts is not None and not _bare(iki.text).startswith(starts):
                continue
            taken.add((i, j))
            return i, j
    raise ValueError(f"no IKI with aspek {need_aspek} / start {starts}")


def _bare(text: str) -> str:
    """IKI text without numbering, invisible characters and case: only to choose where a defect goes."""
    t = text.replace(ZWSP, "").strip().lower()
    return re.sub(r"^(\d+\)|[a-d]\.)\s*", "", t)


def inject(
    code: str,
    utama: list[Rk],
    rnd: random.Random,
    jpt: bool,
    levels: list[str],
    defects: list[dict[str, Any]],
    post: list[Any],
    taken: set[tuple[int, int]],
) -> None:
    """Change the plan so that one SPEC §7 defect stands at a known place; its cell is filled in once the
    sheet is laid out (``post``)."""
    d: dict[str, Any] = {"code": code, "severity": "error"}
    defects.append(d)
    Where = tuple[str, int, "int | None", str]

    def at(kind: str, i: int, j: int | None, col: str, alts: list[Where] | None = None) -> None:
        def cell_of(k: str, ii: int, jj_: int | None, cc: str) -> tuple[str, str]:
            jj = jj_ or 0
            if k == "rk":
                return post_let[0].sheet, post_let[0].rk[("utama", ii)][cc]
            if k == "iki":
                return post_let[0].sheet, post_let[0].iki[("utama", ii, jj)][cc]
            if k == "manual":
                return "Manual IKI", post_let[0].manual[(ii, jj)][cc]
            return "Keterkaitan AK", post_let[0].ak[(ii, jj)]

        post_let: list[Letak] = []

        def fill(let: Letak, sheets: list[Lembar]) -> None:
            post_let.append(let)
            d["sheet"], d["cell"] = cell_of(kind, i, j, col)
            if alts:
                d["alt_cells"] = [dict(zip(("sheet", "cell"), cell_of(*a), strict=True)) for a in alts]

        post.append(fill)

    def strip_units(iki: Iki) -> None:
        for lev, v in list(iki.kategori.items()):
            if lev != "BAIK":
                iki.kategori[lev] = re.sub(r"\s*[^\d\s<>≥≤–,.-].*$", "", v.replace("%", "")).strip()

    if code in ("target-tanpa-satuan", "target-tanpa-satuan-cakupan"):
        d["code"], d["severity"] = "target-tanpa-satuan", "peringatan"
        if code == "target-tanpa-satuan":
            i, j = _pick(utama, None if jpt else "kuantitas", "jumlah", taken=taken)
        else:
            i, j = _pick(utama, None if jpt else "kualitas", "persentase", taken=taken)
            iki = utama[i].ikis[j]
            iki.text = re.sub(r"(?i)persentase", "Cakupan", iki.text, count=1)
        iki = utama[i].ikis[j]
        mnum = re.match(r"[\d.,]+", iki.target.replace(NBSP, " ").strip())
        assert mnum, iki.target
        iki.target = rnd.choice(["{}", "{}  ", "{}" + NBSP, "\t{}"]).format(mnum.group(0))
        if iki.kategori:
            iki.kategori["BAIK"] = mnum.group(0)
            strip_units(iki)
        at("iki", i, j, "target")
    elif code == "iki-tanpa-target":
        i, j = _pick(utama, taken=taken)
        utama[i].ikis[j].target = rnd.choice([" ", NBSP, ZWSP, "  \t"])
        at("iki", i, j, "target")
    elif code == "target-tidak-terukur":
        i, j = _pick(utama, None if jpt else "kualitas", taken=taken)
        iki = utama[i].ikis[j]
        iki.target = rnd.choice(["Tepat waktu", "Sesuai jadwal", "Lengkap dan benar", "Meningkat"])
        if iki.kategori:
            iki.kategori = {
                "CUKUP": "Kurang lengkap",
                "BAIK": iki.target,
                "SANGAT BAIK": "Lengkap, benar dan cepat",
            }
        at("iki", i, j, "target")
    elif code == "target-rentang-terbalik":
        i, j = _pick(utama, None if jpt else "kualitas", "persentase", taken=taken)
        utama[i].ikis[j].target = rnd.choice(["90 – 80 %", "95–85%", "90 s.d. 80 %"])
        at("iki", i, j, "target")
    elif code == "aspek-tidak-valid":
        i, j = _pick(utama, taken=taken)
        utama[i].ikis[j].aspek = rnd.choice(["Efektivitas", "Manfaat", NBSP])
        at("iki", i, j, "aspek")
    elif code == "aspek-ganda":
        d["severity"] = "peringatan"
        i = next(k for k in range(len(utama) - 1, -1, -1) if len(utama[k].ikis) >= 2)
        a0 = (utama[i].ikis[0].aspek or "Kuantitas").strip()
        utama[i].ikis[1].aspek = rnd.choice([a0.upper() + " ", a0.lower(), " " + a0 + NBSP])
        at("iki", i, 1, "aspek")
    elif code == "rk-atasan-kosong":
        i = len(utama) - 1
        utama[i].atasan = rnd.choice([ZWSP, "   ", NBSP + " "])
        at("rk", i, None, "atasan", [("rk", i, None, "rk")])
    elif code == "rk-berbasis-aktivitas":
        d["severity"] = "peringatan"
        i = len(utama) - 1
        obj = utama[i].obj or rnd.choice(bank.OBJEK)[0]
        verb = rnd.choice(
            ["Menyusun", "Melaksanakan pengelolaan", "Penyusunan", "Melakukan pemutakhiran", "Pengumpulan"]
        )
        lead = rnd.choice(["1. ", "- ", "• ", "  ", ZWSP])
        text = f"{verb} {obj}"
        utama[i].text = lead + (text.upper() if rnd.random() < 0.4 else text)
        utama[i].ak_text = " ".join(utama[i].text.split())
        at("rk", i, None, "rk")
    elif code == "rk-ganda":
        d["severity"] = "peringatan"
        src, i = utama[0], len(utama) - 1
        if rnd.random() < 0.5:
            dup = " ".join(src.text.split()).upper()
        else:
            dup = src.text.replace(" ", "  ", 2) + " "
        utama[i].text = dup
        utama[i].ak_text = " ".join(dup.split())
        at("rk", i, None, "rk")
    elif code == "target-absolut":
        d["severity"] = "peringatan"
        i, j = _pick(utama, "kualitas", taken=taken)
        iki = utama[i].ikis[j]
        if rnd.random() < 0.5:
            iki.target = rnd.choice(["100 % SEMUA dokumen", "100% semua berkas terverifikasi"])
            at("iki", i, j, "target", [("iki", i, j, "iki")])
        else:
            iki.text = rnd.choice(
                [
                    "SEMUA surat masuk tercatat pada hari yang sama",
                    "Surat masuk selalu tercatat pada hari diterima",
                ]
            )
            at("iki", i, j, "iki", [("iki", i, j, "target")])
    elif code == "satuan-tidak-sesuai-aspek":
        d["severity"] = "peringatan"
        i, j = _pick(utama, "waktu", taken=taken)
        iki = utama[i].ikis[j]
        iki.aspek = rnd.choice(["WAKTU ", "waktu", "Waktu" + NBSP])
        obj = utama[i].obj or "laporan"
        iki.text = f"Jumlah {obj} yang diselesaikan"
        iki.target = rnd.choice(["12 laporan", "6 dokumen"])
        at("iki", i, j, "target", [("iki", i, j, "aspek")])
    elif code == "rk-tanpa-iki":
        i = len(utama) - 1
        utama[i].ikis = []
        at("rk", i, None, "rk", [("iki", i, 0, "iki")])
    elif code == "kategori-tidak-membedakan":
        i, j = _pick(utama, "kuantitas", taken=taken)
        iki = utama[i].ikis[j]
        m = re.match(r"([\d.,]+)\s*(?:\([^)]*\)\s*)?(.*)$", iki.target.replace(NBSP, " ").strip())
        assert m, iki.target
        num, unit = m.group(1), m.group(2)
        iki.target = f"{num} {unit}"
        iki.kategori["BAIK"] = iki.target
        iki.kategori["SANGAT BAIK"] = rnd.choice(
            [
                f"{num.replace('.', '')}  {unit.capitalize()}",
                f"≥ {num} {unit}",
                f"{num}{NBSP}{unit.upper()}",
            ]
        )
        at("iki", i, j, "kat:SANGAT BAIK", [("iki", i, j, "target")])
    elif code == "kategori-tidak-membedakan-cukup":
        d["code"] = "kategori-tidak-membedakan"
        i, j = _pick(utama, "kuantitas", taken=taken)
        iki = utama[i].ikis[j]
        m = re.match(r"([\d.,]+)\s*(?:\([^)]*\)\s*)?(.*)$", iki.target.replace(NBSP, " ").strip())
        assert m, iki.target
        val = float(m.group(1).replace(".", "").replace(",", "."))
        unit = m.group(2)
        below = angka(int(val * 0.8))
        iki.kategori["CUKUP"] = f"> {below} {unit}"
        if "KURANG" in iki.kategori:
            iki.kategori["KURANG"] = f"{angka(int(val * 0.5))} – {below} {unit}"
            iki.kategori["SANGAT KURANG"] = f"< {angka(int(val * 0.5))} {unit}"
        at("iki", i, j, "kat:CUKUP", [("iki", i, j, "target")])
    elif code == "kategori-tidak-membedakan-ribuan":
        d["code"] = "kategori-tidak-membedakan"
        i, j = _pick(utama, "kuantitas", taken=taken)
        iki = utama[i].ikis[j]
        unit = re.sub(r"^[\d.,]+\s*", "", iki.target.replace(NBSP, " ").strip()) or "dokumen"
        iki.target = f"1.000 {unit}"
        iki.kategori = kategori_for(iki, 1000, unit, False, levels, Gaya(), rnd, False)
        iki.kategori["SANGAT BAIK"] = f"1000 {unit}"
        at("iki", i, j, "kat:SANGAT BAIK", [("iki", i, j, "target")])
    elif code == "target-tanpa-satuan-kira":
        d["code"], d["severity"] = "target-tanpa-satuan", "peringatan"
        i, j = _pick(utama, "kuantitas", "jumlah", taken=taken)
        iki = utama[i].ikis[j]
        iki.target = "± 12"
        iki.kategori = {"CUKUP": "< 12", "BAIK": "± 12", "SANGAT BAIK": "> 12"}
        if "KURANG" in levels:
            iki.kategori.update({"SANGAT KURANG": "< 6", "KURANG": "6 – 8", "CUKUP": "9 – 11"})
        at("iki", i, j, "target")
    elif code == "kategori-tidak-berurutan":
        i, j = _pick(utama, "waktu", taken=taken)
        iki = utama[i].ikis[j]
        m = re.search(r"(\d+)\s+(.*)$", iki.target)
        assert m, iki.target
        num, unit = m.group(1), m.group(2)
        iki.target = f"{num} {unit}"
        iki.aspek = rnd.choice(["WAKTU", "Waktu ", "waktu"])
        v = float(num)
        kat = {"BAIK": iki.target, "CUKUP": f"< {num} {unit}", "SANGAT BAIK": f"> {num} {unit}"}
        if "KURANG" in levels:
            kat["CUKUP"] = f"{angka(v - 2)} – {angka(v - 1)} {unit}"
            kat["KURANG"] = f"{angka(v - 4)} – {angka(v - 3)} {unit}"
            kat["SANGAT KURANG"] = f"< {angka(v - 4)} {unit}"
        iki.kategori = kat
        at(
            "iki",
            i,
            j,
            "kat:SANGAT BAIK",
            [
                ("iki", i, j, "kat:CUKUP"),
                ("iki", i, j, "target"),
                ("iki", i, j, "kat:BAIK"),
                ("iki", i, j, "iki"),
            ],
        )
    elif code == "kategori-penilaian-kosong":
        i, j = _pick(utama, taken=taken)
        iki = utama[i].ikis[j]
        iki.kategori = {lev: rnd.choice([" ", NBSP, ZWSP, ""]) for lev in levels}
        alts: list[Where] = [("iki", i, j, "iki"), ("iki", i, j, "target")]
        alts += [("iki", i, j, f"kat:{lev}") for lev in levels if lev != "BAIK"]
        at("iki", i, j, "kat:BAIK", alts)
    elif code == "cara-memantau-kosong":
        i = len(utama) - 1
        which = rnd.choice([0, 1, 2])
        p = list(utama[i].pantau)
        p[which] = rnd.choice([ZWSP, "  ", NBSP])
        utama[i].pantau = (p[0], p[1], p[2])
        at("rk", i, None, ("data", "sumber", "waktu")[which], [("rk", i, None, "rk")])
    elif code == "perspektif-tidak-valid":
        counts = {p: sum(r.perspektif == p for r in utama) for p in bank.PERSPEKTIF}
        i = next(k for k in range(len(utama) - 1, -1, -1) if counts.get(utama[k].perspektif, 0) >= 2)
        utama[i].perspektif = "x"
        utama[i].persp_tulis = rnd.choice(["Keuangan", "Inovasi", NBSP])
        at("rk", i, None, "perspektif")
    elif code == "manual-iki-kosong":
        i = len(utama) - 1
        j = len(utama[i].ikis) - 1
        label = rnd.choice(["FORMULA", "TUJUAN", "DEFINISI IKI"])
        utama[i].ikis[j].manual_override = {label: rnd.choice([" ", NBSP, ZWSP, "  "])}
        at("manual", i, j, label, [("iki", i, j, "iki")])
    elif code == "rk-tanpa-butir-kegiatan":
        i = len(utama) - 1
        utama[i].tanpa_butir = True
        at("rk", i, None, "rk")
    elif code == "angka-kredit-tidak-valid":
        i = len(utama) - 1
        utama[i].ak_override = rnd.choice(["0", "-", "nol koma lima"])
        at("ak", i, 0, "")
    else:
        raise ValueError(code)


# ----------------------------------------------------------------------------------------------- the set
def specs() -> list[Spec]:
    """The set: per form, clean and defective workbooks from 1 RK to 40 RK, each with its typing habits."""
    S = Spec
    out: list[Spec] = []
    ja_styles = [
        {"putus": True, "daftar": "-", "nbsp": True, "nomor": "titik"},
        {
            "kapital": "rk-kapital",
            "spasi_ganda": True,
            "tepi": True,
            "nomor": "romawi",
            "persen": "%",
            "atasan_jamak": True,
        },
        {"zwsp": True, "kutip": True, "pisah": " — ", "nomor": "huruf", "angka_target": "nbsp"},
        {"putus": True, "daftar": "•", "tab": True, "elipsis": True, "nomor_iki": "1)", "gabung_rk": False},
        {
            "kapital": "kecil",
            "nomor": "gabung",
            "nomor_kosong_lanjut": False,
            "angka_target": "terbilang",
            "satuan_kapital": True,
        },
        {
            "putus": True,
            "daftar": "a.",
            "spasi_ganda": True,
            "nbsp": True,
            "baris_nomor_kolom": True,
            "atasan_jamak": True,
            "angka_target": "rentang-sd",
            "periode": "PERIODE PENILAIAN : 1 Januari s.d. 31 Desember 2025",
        },
        {
            "kapital": "semua-kapital",
            "daftar": "*",
            "putus": True,
            "nomor_iki": "a.",
            "persen": "%",
            "periode": "PERIODE PENILAIAN: 1 JANUARI 2025 SD 31 DESEMBER 2025",
        },
        {"zwsp": True, "tepi": True, "nbsp": True, "daftar": "1)", "putus": True, "gabung_rk": False},
    ]
    jpt_styles = [
        {"putus": True, "daftar": "-", "nbsp": True},
        {"kapital": "rk-kapital", "spasi_ganda": True, "tepi": True, "persen": "%", "gabung_persp": True},
        {"zwsp": True, "kutip": True, "pisah": " — ", "nomor": "romawi", "baris_nomor_kolom": True},
        {"putus": True, "daftar": "•", "elipsis": True, "gabung_rk": False, "nomor": "titik"},
        {"kapital": "semua-kapital", "nbsp": True, "tepi": True, "gabung_persp": True},
        {"kapital": "kecil", "zwsp": True, "putus": True, "daftar": "a."},
    ]

    def st(k: int, jpt: bool = False) -> dict[str, Any]:
        return dict((jpt_styles if jpt else ja_styles)[k % (6 if jpt else 8)])

    # JA dasar
    out += [
        S("ja-dasar", "bersih-minimal", 1, (1, 1), False, [], st(0)),
        S("ja-dasar", "bersih-sedang", 6, (2, 3), False, [], st(1)),
        S("ja-dasar", "bersih-besar", 32, (2, 4), True, [], st(3)),
        S("ja-dasar", "bersih-terbilang", 5, (3, 3), True, [], st(4)),
        S("ja-dasar", "bersih-40-rk", 40, (2, 4), True, [], st(5)),
        S("ja-dasar", "tanpa-satuan", 7, (2, 3), False, ["target-tanpa-satuan"], st(5)),
        S("ja-dasar", "besar-rentang-terbalik", 28, (2, 3), True, ["target-rentang-terbalik"], st(2)),
        S("ja-dasar", "aktivitas-bernomor", 5, (2, 3), False, ["rk-berbasis-aktivitas"], st(6)),
        S(
            "ja-dasar",
            "target-spasi-dan-aspek",
            6,
            (3, 3),
            False,
            ["iki-tanpa-target", "aspek-tidak-valid"],
            st(7),
        ),
        S("ja-dasar", "besar-rk-ganda", 36, (2, 3), True, ["rk-ganda"], st(0)),
    ]
    # JA pengembangan
    out += [
        S("ja-pengembangan", "bersih-minimal", 1, (1, 1), False, [], st(1), 3),
        S("ja-pengembangan", "bersih-sedang", 5, (2, 3), True, [], st(2)),
        S("ja-pengembangan", "bersih-besar", 26, (2, 3), True, [], st(0)),
        S("ja-pengembangan", "bersih-tiga-tingkat", 6, (3, 3), False, [], st(5), 3),
        S("ja-pengembangan", "bersih-kapital-besar", 24, (3, 4), True, [], st(6)),
        S(
            "ja-pengembangan",
            "sangat-baik-sama-target",
            6,
            (2, 3),
            False,
            ["kategori-tidak-membedakan"],
            st(7),
        ),
        S(
            "ja-pengembangan",
            "besar-cukup-memuat-target",
            30,
            (2, 3),
            True,
            ["kategori-tidak-membedakan-cukup"],
            st(3),
        ),
        S("ja-pengembangan", "waktu-terbalik", 5, (3, 3), False, ["kategori-tidak-berurutan"], st(6), 3),
        S(
            "ja-pengembangan",
            "besar-pantau-kosong",
            27,
            (2, 4),
            True,
            ["cara-memantau-kosong", "target-tanpa-satuan"],
            st(4),
        ),
        S("ja-pengembangan", "kategori-spasi", 4, (2, 3), False, ["kategori-penilaian-kosong"], st(1)),
    ]
    # JF dasar
    out += [
        S("jf-dasar", "bersih-minimal", 1, (1, 1), False, [], st(2)),
        S("jf-dasar", "bersih-sedang", 7, (2, 3), True, [], st(5)),
        S("jf-dasar", "bersih-besar", 38, (2, 4), True, [], st(6)),
        S("jf-dasar", "bersih-nbsp", 4, (3, 3), False, [], st(7)),
        S("jf-dasar", "bersih-kecil-tanpa-gabung", 5, (2, 3), True, [], st(3)),
        S("jf-dasar", "besar-tanpa-butir", 34, (2, 3), True, ["rk-tanpa-butir-kegiatan"], st(1)),
        S("jf-dasar", "angka-kredit", 5, (2, 3), False, ["angka-kredit-tidak-valid"], st(0)),
        S("jf-dasar", "atasan-zwsp", 6, (2, 3), True, ["rk-atasan-kosong", "target-absolut"], st(2)),
        S("jf-dasar", "waktu-tanpa-satuan-waktu", 5, (3, 3), False, ["satuan-tidak-sesuai-aspek"], st(4)),
        S("jf-dasar", "rk-tanpa-iki", 6, (2, 3), False, ["rk-tanpa-iki"], st(6)),
    ]
    # JF pengembangan
    out += [
        S("jf-pengembangan", "bersih-minimal", 1, (1, 1), False, [], st(3)),
        S("jf-pengembangan", "bersih-sedang", 6, (2, 3), True, [], st(6)),
        S("jf-pengembangan", "bersih-besar", 25, (2, 3), True, [], st(7)),
        S("jf-pengembangan", "bersih-kapital", 5, (3, 3), False, [], st(1), 3),
        S("jf-pengembangan", "bersih-nomor-iki", 8, (2, 4), True, [], st(3)),
        S(
            "jf-pengembangan",
            "besar-sangat-baik-sama",
            29,
            (2, 3),
            True,
            ["kategori-tidak-membedakan"],
            st(5),
        ),
        S(
            "jf-pengembangan",
            "cakupan-tanpa-satuan",
            5,
            (2, 3),
            False,
            ["target-tanpa-satuan-cakupan"],
            st(0),
        ),
        S("jf-pengembangan", "aspek-ganda", 5, (3, 3), False, ["aspek-ganda"], st(2)),
        S(
            "jf-pengembangan",
            "tidak-terukur-dan-butir",
            6,
            (2, 3),
            True,
            ["target-tidak-terukur", "rk-tanpa-butir-kegiatan"],
            st(4),
        ),
        S("jf-pengembangan", "besar-pantau-zwsp", 31, (2, 3), True, ["cara-memantau-kosong"], st(2)),
    ]
    # JPT dasar
    out += [
        S("jpt-dasar", "bersih-minimal", 1, (1, 1), False, [], st(0, True)),
        S("jpt-dasar", "bersih-sedang", 6, (1, 1), False, [], st(1, True)),
        S("jpt-dasar", "bersih-besar", 30, (1, 1), True, [], st(3, True)),
        S("jpt-dasar", "bersih-kecil", 4, (1, 1), False, [], st(5, True)),
        S("jpt-dasar", "besar-manual-formula", 35, (1, 1), True, ["manual-iki-kosong"], st(2, True)),
        S("jpt-dasar", "tanpa-satuan", 5, (1, 1), False, ["target-tanpa-satuan"], st(4, True)),
        S("jpt-dasar", "aktivitas", 6, (1, 1), False, ["rk-berbasis-aktivitas"], st(0, True)),
        S(
            "jpt-dasar",
            "rentang-dan-target-kosong",
            7,
            (1, 1),
            False,
            ["target-rentang-terbalik", "iki-tanpa-target"],
            st(3, True),
        ),
        S("jpt-dasar", "besar-rk-ganda", 28, (1, 1), True, ["rk-ganda"], st(1, True)),
    ]
    # JPT pengembangan
    out += [
        S("jpt-pengembangan", "bersih-minimal", 4, (1, 1), False, [], st(0, True)),
        S("jpt-pengembangan", "bersih-sedang", 8, (1, 1), False, [], st(4, True)),
        S("jpt-pengembangan", "bersih-besar", 36, (1, 1), True, [], st(2, True)),
        S("jpt-pengembangan", "bersih-kecil", 5, (1, 1), False, [], st(5, True)),
        S("jpt-pengembangan", "perspektif", 6, (1, 1), False, ["perspektif-tidak-valid"], st(1, True)),
        S("jpt-pengembangan", "besar-tidak-terukur", 33, (1, 1), True, ["target-tidak-terukur"], st(3, True)),
        S("jpt-pengembangan", "manual-tujuan", 7, (1, 1), False, ["manual-iki-kosong"], st(0, True)),
        S(
            "jpt-pengembangan",
            "besar-rk-tanpa-iki",
            26,
            (1, 1),
            True,
            ["rk-tanpa-iki", "target-tanpa-satuan"],
            st(5, True),
        ),
        S("jpt-pengembangan", "tanpa-satuan", 6, (1, 1), False, ["target-tanpa-satuan"], st(2, True)),
    ]
    # Second batch (README: made after the first measurement, without reading the product code)
    out += [
        S(
            "jf-dasar",
            "bersih-ragam-tulis",
            6,
            (3, 3),
            False,
            [],
            {"nomor_kosong_lanjut": False, "lanjut_mulai_a": True, "gabung_rk": False},
            ekstra="jf-dasar",
        ),
        S(
            "ja-pengembangan",
            "ribuan-dan-kira",
            8,
            (3, 3),
            False,
            ["target-tanpa-satuan-kira", "kategori-tidak-membedakan-ribuan"],
            {"nbsp": True},
            3,
            ekstra="ja",
        ),
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Membangun set evaluasi nyata_ad (teks sel seperti diketik pegawai)."
    )
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--benih", type=int, default=BENIH)
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    files = []
    for idx, sp in enumerate(specs(), start=1):
        rnd = random.Random(a.benih * 1000 + idx)
        files.append(build(sp, idx, rnd, a.keluaran))
    a.harapan.write_text(
        json.dumps({"set": "nyata_ad", "seed": a.benih, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
