"""Generator set evaluasi tertahan ``nyata_w``: SKP yang diekspor aplikasi web dan alat non-Microsoft.

Setiap buku kerja ditata dulu di kisi sel (:class:`Lembar`), sehingga sel setiap cacat diketahui tepat, lalu
ditulis oleh salah satu penulis:

- ``sheetjs`` dan ``exceljs``: pustaka JavaScript sungguhan (``node/tulis.js``, versi terpaku di
  ``node/package.json``); rumus ditulis tanpa nilai tersimpan;
- ``php``: penulis zip/XML sendiri seperti ekspor PHP (Spout/PHPExcel): teks ``inlineStr``, tanpa bagian
  gaya, tanpa ``<dimension>``, rumus tanpa ``<v>``;
- ``mentah``: penulis sendiri tanpa atribut ``r=`` pada baris dan sel (posisi dari urutan);
- ``acak``: penulis sendiri dengan shared strings, baris dan sel tidak berurutan, ``definedNames``;
- ``libreoffice``: berkas ``php`` yang dibuka dan disimpan ulang LibreOffice (``soffice --convert-to xlsx``).

Pemakaian: ``python buat.py [--keluaran DIR] [--harapan FILE] [--tanpa-luar]``. ``--tanpa-luar`` hanya
menulis berkas penulis sendiri (tanpa node dan LibreOffice) dan manifesnya, untuk uji di CI.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261206
TAHUN = 2026
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")
WRITERS = ("sheetjs", "exceljs", "php", "mentah", "exceljs", "sheetjs", "libreoffice", "acak")
OWN_WRITERS = ("php", "mentah", "acak")
LEVELS5 = ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")


@dataclass(frozen=True)
class Rumus:
    """A formula written with no cached value (as PHPExcel/ExcelJS/SheetJS exports do)."""

    teks: str


Value = str | int | float | bool | Rumus


def col_letter(c: int) -> str:
    s = ""
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def ref(r: int, c: int) -> str:
    return f"{col_letter(c)}{r}"


@dataclass
class Lembar:
    nama: str
    sel: dict[tuple[int, int], Value] = field(default_factory=dict)
    gabung: list[tuple[int, int, int, int]] = field(default_factory=list)

    def tulis(self, r: int, c: int, v: Value | None) -> None:
        if v is None or v == "":
            self.sel.pop((r, c), None)
        else:
            self.sel[(r, c)] = v

    def gab(self, r1: int, c1: int, r2: int, c2: int) -> None:
        assert r1 <= r2 and c1 <= c2, (r1, c1, r2, c2)
        if (r1, c1) != (r2, c2):
            self.gabung.append((r1, c1, r2, c2))

    def kosongkan(self, r: int, c: int) -> None:
        self.sel.pop((r, c), None)

    def isi(self) -> dict[str, Any]:
        """Cell values as a reader sees them (formulas as ``=text``)."""
        out: dict[str, Any] = {}
        for (r, c), v in sorted(self.sel.items()):
            out[ref(r, c)] = f"={v.teks}" if isinstance(v, Rumus) else v
        return out


# ------------------------------------------------------------------------------------------------ people


def nip(rng: random.Random, gol: str, pppk: bool = False) -> str:
    ruang = gol.split("/")[0]
    umur_tmt = {"II": 22, "III": 25, "IV": 27}[ruang]
    tahun_lahir = rng.randint(1968, 1990)
    lahir = f"{tahun_lahir}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{tahun_lahir + umur_tmt + rng.randint(0, 4)}{rng.randint(1, 12):02d}"
    return f"{lahir} {tmt} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"


def pangkat(gol: str, gaya: int) -> str:
    nama = bank.PANGKAT[gol]
    if gaya == 0:
        return f"{nama}, {gol}"
    if gaya == 1:
        return f"{nama} ({gol})"
    return f"{nama.upper()} / {gol.replace('/', '')}"


@dataclass
class Orang:
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


# ------------------------------------------------------------------------------------------------ plan


@dataclass
class Iki:
    aspek: str
    teks: str
    angka: float | int | str
    satuan: str

    @property
    def target(self) -> str:
        if isinstance(self.angka, str):
            return self.angka
        a = str(self.angka).replace(".", ",")
        return f"{a} %" if self.satuan == "%" else f"{a} {self.satuan}"


@dataclass
class Rk:
    atasan: str
    teks: str
    iki: list[Iki]
    perspektif: str = ""
    manual: tuple[str, ...] = ()


def kategori(iki: Iki, lima: bool) -> list[str]:
    """Thresholds SANGAT KURANG..SANGAT BAIK (5) or CUKUP, BAIK, SANGAT BAIK (3) for one IKI."""
    t = iki.angka
    assert isinstance(t, int)
    pct = " %" if iki.satuan == "%" else ""
    if iki.aspek == "Waktu":
        five = [f"> {t + 2}", f"{t + 2}", f"{t + 1}", f"{t}", f"< {t}"]
    else:
        a, b = round(t * 0.6), round(t * 0.8)
        five = [f"< {a}{pct}", f"{a} - {b - 1}{pct}", f"{b} - {t - 1}{pct}", f"{t}{pct}", f"> {t}{pct}"]
    return five if lima else five[2:]


def pantau(rk: Rk, i: int) -> tuple[str, str, str]:
    sumber = ["Aplikasi " + s for s in ("e-Kinerja", "SIMPEG", "SIMDA BMD", "Satu Data")][i % 4]
    waktu = ["Triwulanan", "Akhir semester", "Bulanan", "Akhir tahun"][i % 4]
    return (f"Dokumen {rk.teks[:40].lower().rstrip()}", sumber, waktu)


# ------------------------------------------------------------------------------------------------ layout


@dataclass
class Gaya:
    """One workbook's variations (recorded in the manifest under ``fitur``)."""

    kop_aplikasi: bool
    urutan: str  # "resmi" | "rk-dulu" (RK atasan after RK, as the app's data model)
    huruf: str  # "besar" | "judul" (labels in capitals or in title case)
    rk_ulang: bool  # RK text repeated on every IKI row (flattened export) instead of merged
    satuan_kolom: bool  # TARGET number + SATUAN column
    angka_teks: bool  # numbers stored as text
    kolom_tambahan: bool  # KETERANGAN + boolean TERVERIFIKASI columns
    no_rumus: bool  # NO column as formulas without cached values
    lima_kategori: bool
    satu_sumber: bool  # single SUMBER DATA UNTUK PENGUKURAN column
    identitas: str  # "berdampingan" | "tumpuk"
    manual: str  # "blok" | "tabel"
    nama_sheet: str


def label(g: Gaya, teks: str) -> str:
    if g.huruf == "besar":
        return teks
    kecil = {"DAN", "YANG", "DENGAN", "UNTUK"}
    tetap = {"NIP", "IKI", "NO", "AK"}

    def kata(w: str) -> str:
        if w in kecil:
            return w.lower()
        return "/".join(x if x in tetap else x.capitalize() for x in w.split("/"))

    return " ".join(kata(w) for w in teks.split(" "))


class Penata:
    """Lays one workbook out in cell grids and remembers where every value went."""

    def __init__(self, form: str, g: Gaya, peg: Orang, pen: Orang, ins: tuple[str, str, str, str],
                 rks: list[Rk], tambahan: list[Rk]):
        self.form, self.g, self.peg, self.pen, self.ins = form, g, peg, pen, ins
        self.jenis, self.model = form.split("-")
        self.rks, self.tambahan = rks, tambahan
        self.pos: dict[str, Any] = {}
        self.sheets: list[Lembar] = []

    # -- pieces shared by every sheet
    def kop(self, ws: Lembar, judul: str, lebar: int) -> int:
        r = 1
        instansi, daerah, app, _ = self.ins
        if self.g.kop_aplikasi:
            ws.tulis(r, 1, f"PEMERINTAH {daerah}")
            ws.gab(r, 1, r, lebar)
            ws.tulis(r + 1, 1, f"Dicetak dari {app} pada 14-01-{TAHUN} 09:12:37 WIB oleh {self.peg.nama}")
            ws.gab(r + 1, 1, r + 1, lebar)
            ws.tulis(r + 2, 1, "Halaman 1 dari 1")
            ws.tulis(r + 2, lebar, f"ID Dokumen: SKP-{TAHUN}-{abs(hash_text(self.peg.nip)) % 100000:05d}")
            r += 4
        ws.tulis(r, 1, judul)
        ws.gab(r, 1, r, lebar)
        ws.tulis(r + 1, 1, f"{instansi} {daerah}")
        ws.gab(r + 1, 1, r + 1, lebar)
        ws.tulis(r + 2, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
        ws.gab(r + 2, 1, r + 2, lebar)
        self.pos.setdefault("periode", {})[ws.nama] = ref(r + 2, 1)
        return r + 4

    def identitas(self, ws: Lembar, r: int, lebar: int) -> int:
        g = self.g
        labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
        pen_labels = labels[:4] + (["INSTANSI"] if self.jenis == "jpt" else ["UNIT KERJA"])
        pv = [self.peg.nama, self.peg.nip, self.peg.pangkat, self.peg.jabatan, self.peg.unit]
        nv = [self.pen.nama, self.pen.nip, self.pen.pangkat, self.pen.jabatan, self.pen.unit]
        ident = self.pos.setdefault("identitas", {}).setdefault(ws.nama, {})
        if g.identitas == "berdampingan":
            lebar = max(lebar, 6)
            half = lebar // 2
            ws.tulis(r, 1, "NO")
            ws.tulis(r, 2, label(g, "PEGAWAI YANG DINILAI"))
            ws.gab(r, 2, r, half)
            ws.tulis(r, half + 1, "NO")
            ws.tulis(r, half + 2, label(g, "PEJABAT PENILAI KINERJA"))
            ws.gab(r, half + 2, r, lebar)
            for i in range(5):
                rr = r + 1 + i
                ws.tulis(rr, 1, str(i + 1) if g.angka_teks else i + 1)
                ws.tulis(rr, 2, label(g, labels[i]))
                ws.tulis(rr, 3, pv[i])
                ws.gab(rr, 3, rr, half)
                ws.tulis(rr, half + 1, str(i + 1) if g.angka_teks else i + 1)
                ws.tulis(rr, half + 2, label(g, pen_labels[i]))
                ws.tulis(rr, half + 3, nv[i])
                ws.gab(rr, half + 3, rr, lebar)
                ident[("pegawai", i)] = ((rr, 3), (rr, 2))
                ident[("penilai", i)] = ((rr, half + 3), (rr, half + 2))
            return r + 7
        for who, lab, vals, key in (("pegawai", labels, pv, "PEGAWAI YANG DINILAI"),
                                    ("penilai", pen_labels, nv, "PEJABAT PENILAI KINERJA")):
            ws.tulis(r, 1, "NO")
            ws.tulis(r, 2, label(g, key))
            ws.gab(r, 2, r, lebar)
            for i in range(5):
                rr = r + 1 + i
                ws.tulis(rr, 1, i + 1)
                ws.tulis(rr, 2, label(g, lab[i]))
                ws.tulis(rr, 3, vals[i])
                ws.gab(rr, 3, rr, lebar)
                ident[(who, i)] = ((rr, 3), (rr, 2))
            r += 7
        return r

    def kaki(self, ws: Lembar, r: int, lebar: int) -> None:
        kota = self.ins[3]
        kanan = max(lebar - 1, 3)
        ws.tulis(r, kanan, f"{kota}, 2 Januari {TAHUN}")
        ws.tulis(r + 1, 2, label(self.g, "PEGAWAI YANG DINILAI"))
        ws.tulis(r + 1, kanan, label(self.g, "PEJABAT PENILAI KINERJA"))
        ws.tulis(r + 5, 2, self.peg.nama)
        ws.tulis(r + 5, kanan, self.pen.nama)
        ws.tulis(r + 6, 2, f"NIP. {self.peg.nip}")
        if self.pen.nip not in ("", "-"):
            ws.tulis(r + 6, kanan, f"NIP. {self.pen.nip}")

    # -- Rencana SKP JA/JF
    def kolom_jajf(self) -> list[str]:
        g = self.g
        rk_atasan = "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"
        if g.urutan == "rk-dulu":
            cols = ["NO", "RENCANA KINERJA", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "ASPEK",
                    "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        else:
            cols = ["NO", rk_atasan, "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        if g.satuan_kolom:
            cols.append("SATUAN")
        if self.model == "pengembangan":
            cols += list(LEVELS5 if g.lima_kategori else LEVELS5[2:])
            cols += ["SUMBER DATA UNTUK PENGUKURAN"] if g.satu_sumber else ["DATA", "SUMBER DATA",
                                                                            "WAKTU PENGUMPULAN"]
        if g.kolom_tambahan:
            cols += ["KETERANGAN", "TERVERIFIKASI"]
        return cols

    def rencana_jajf(self) -> Lembar:
        g = self.g
        ws = Lembar(g.nama_sheet)
        cols = self.kolom_jajf()
        lebar = len(cols)
        r = self.kop(ws, "RENCANA SASARAN KINERJA PEGAWAI", lebar)
        r = self.identitas(ws, r, lebar)
        ci = {c: i + 1 for i, c in enumerate(cols)}
        dua_baris = self.model == "pengembangan"
        kat_cols = [c for c in cols if c in LEVELS5]
        pantau_cols = [c for c in cols if c in ("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN",
                                                "SUMBER DATA UNTUK PENGUKURAN")]
        for c in cols:
            if dua_baris and (c in kat_cols or (c in pantau_cols and not g.satu_sumber)):
                ws.tulis(r + 1, ci[c], label(g, c))
            else:
                text = "Aspek" if c == "ASPEK" and g.urutan == "rk-dulu" else label(g, c)
                ws.tulis(r, ci[c], text)
                if dua_baris:
                    ws.gab(r, ci[c], r + 1, ci[c])
        if dua_baris:
            ws.tulis(r, ci[kat_cols[0]], label(g, "KATEGORI PENILAIAN"))
            ws.gab(r, ci[kat_cols[0]], r, ci[kat_cols[-1]])
            if not g.satu_sumber:
                ws.tulis(r, ci["DATA"], label(g, "CARA MEMANTAU KINERJA"))
                ws.gab(r, ci["DATA"], r, ci["WAKTU PENGUMPULAN"])
            r += 1
        r += 1
        # column numbers row, as many apps print them
        for i in range(lebar):
            ws.tulis(r, i + 1, f"({i + 1})")
        r += 1
        self.pos["kolom"] = ci
        self.pos["rk"] = []
        n = 0
        for bagian, daftar in (("A. KINERJA UTAMA", self.rks), ("B. KINERJA TAMBAHAN", self.tambahan)):
            ws.tulis(r, 1, label(g, bagian))
            ws.gab(r, 1, r, lebar)
            r += 1
            for rk in daftar:
                n += 1
                first = r
                info: dict[str, Any] = {"bagian": bagian[0], "rk": rk, "rows": []}
                for j, iki in enumerate(rk.iki):
                    rr = r + j
                    if j == 0 or g.rk_ulang:
                        ws.tulis(rr, 1, Rumus(f"ROW()-{first - n}") if (g.no_rumus and j == 0) else
                                 (str(n) if g.angka_teks else n))
                        if bagian[0] == "A":
                            ws.tulis(rr, ci[cols[1] if g.urutan == "resmi" else cols[2]], rk.atasan)
                        ws.tulis(rr, ci["RENCANA KINERJA"], rk.teks)
                    ws.tulis(rr, ci["ASPEK"], iki.aspek)
                    ws.tulis(rr, ci["INDIKATOR KINERJA INDIVIDU"], iki.teks)
                    if g.satuan_kolom and isinstance(iki.angka, int):
                        ws.tulis(rr, ci["TARGET"], str(iki.angka) if g.angka_teks else iki.angka)
                        ws.tulis(rr, ci["SATUAN"], "%" if iki.satuan == "%" else iki.satuan)
                    else:
                        ws.tulis(rr, ci["TARGET"], iki.target)
                    if self.model == "pengembangan":
                        for lv, val in zip(kat_cols, kategori(iki, g.lima_kategori), strict=True):
                            ws.tulis(rr, ci[lv], val)
                    if g.kolom_tambahan:
                        ws.tulis(rr, ci["TERVERIFIKASI"], (n + j) % 3 != 0)
                        if j == 0:
                            ws.tulis(rr, ci["KETERANGAN"], "Diverifikasi atasan" if n % 2 else "-")
                    info["rows"].append(rr)
                last = r + len(rk.iki) - 1
                if self.model == "pengembangan":
                    vals = pantau(rk, n)
                    targets = (["SUMBER DATA UNTUK PENGUKURAN"] if g.satu_sumber else
                               ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"])
                    for c, v in zip(targets, vals[1:2] if g.satu_sumber else vals, strict=True):
                        for rr in range(first, last + 1) if g.rk_ulang else [first]:
                            ws.tulis(rr, ci[c], v)
                        if not g.rk_ulang:
                            ws.gab(first, ci[c], last, ci[c])
                if not g.rk_ulang:
                    for c in ("NO", "RENCANA KINERJA", cols[1] if g.urutan == "resmi" else cols[2]):
                        ws.gab(first, ci[c], last, ci[c])
                self.pos["rk"].append(info)
                r = last + 1
        self.pos["akhir"] = {ws.nama: r}
        ws.tulis(r, 1, label(g, "JUMLAH IKI"))
        ws.tulis(r, ci["INDIKATOR KINERJA INDIVIDU"],
                 Rumus(f"COUNTA({ref(self.pos['rk'][0]['rows'][0], ci['INDIKATOR KINERJA INDIVIDU'])}:"
                       f"{ref(r - 1, ci['INDIKATOR KINERJA INDIVIDU'])})"))
        self.kaki(ws, r + 2, lebar)
        return ws

    # -- Rencana SKP JPT
    def rencana_jpt(self) -> Lembar:
        g = self.g
        ws = Lembar(g.nama_sheet)
        cols = (["PERSPEKTIF"] if self.model == "pengembangan" else []) + [
            "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        if g.kolom_tambahan:
            cols += ["KETERANGAN"]
        lebar = len(cols)
        r = self.kop(ws, "RENCANA SASARAN KINERJA PEGAWAI", max(lebar, 6))
        r = self.identitas(ws, r, max(lebar, 6))
        ci = {c: i + 1 for i, c in enumerate(cols)}
        for c in cols:
            ws.tulis(r, ci[c], label(g, c))
        r += 1
        for i in range(lebar):
            ws.tulis(r, i + 1, f"({i + 1})")
        r += 1
        self.pos["kolom"] = ci
        self.pos["rk"] = []
        n = 0
        for bagian, daftar in (("A. KINERJA UTAMA", self.rks), ("B. KINERJA TAMBAHAN", self.tambahan)):
            ws.tulis(r, 1, label(g, bagian))
            ws.gab(r, 1, r, lebar)
            r += 1
            for rk in daftar:
                n += 1
                first = r
                info: dict[str, Any] = {"bagian": bagian[0], "rk": rk, "rows": []}
                for j, iki in enumerate(rk.iki):
                    rr = r + j
                    if j == 0 or g.rk_ulang:
                        ws.tulis(rr, ci["NO"], str(n) if g.angka_teks else n)
                        ws.tulis(rr, ci["RENCANA KINERJA"], rk.teks)
                        if "PERSPEKTIF" in ci and bagian[0] == "A":
                            ws.tulis(rr, ci["PERSPEKTIF"], rk.perspektif)
                    ws.tulis(rr, ci["INDIKATOR KINERJA INDIVIDU"], iki.teks)
                    ws.tulis(rr, ci["TARGET"], iki.target)
                    if g.kolom_tambahan and j == 0:
                        ws.tulis(rr, ci["KETERANGAN"], "Perjanjian Kinerja" if bagian[0] == "A" else "-")
                    info["rows"].append(rr)
                last = r + len(rk.iki) - 1
                if not g.rk_ulang:
                    for c in ("NO", "RENCANA KINERJA", "PERSPEKTIF"):
                        if c in ci and (c != "PERSPEKTIF" or bagian[0] == "A"):
                            ws.gab(first, ci[c], last, ci[c])
                self.pos["rk"].append(info)
                r = last + 1
        self.kaki(ws, r + 2, max(lebar, 6))
        return ws

    def manual(self) -> Lembar:
        g = self.g
        ws = Lembar("Manual IKI")
        labels = ["RENCANA KINERJA", "DESKRIPSI RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU",
                  "DEFINISI IKI", "FORMULA", "TUJUAN", "SATUAN PENGUKURAN", "JENIS ASPEK TARGET",
                  "TINGKAT KENDALI IKI", "SUMBER DATA", "PERIODE PELAPORAN"]
        ws.tulis(1, 1, "MANUAL INDIKATOR KINERJA")
        ws.gab(1, 1, 1, 3 if g.manual == "blok" else len(labels) + 1)
        ws.tulis(2, 1, f"{self.peg.jabatan}".upper())
        ws.gab(2, 1, 2, 3 if g.manual == "blok" else len(labels) + 1)
        self.pos["manual"] = []
        r = 4
        if g.manual == "tabel":
            ws.tulis(r, 1, "NO")
            for i, lab in enumerate(labels):
                ws.tulis(r, i + 2, label(g, lab))
            r += 1
        n = 0
        for rk in self.rks:
            des, defi, formula, tujuan, satuan, sumber = rk.manual
            for iki in rk.iki:
                n += 1
                vals = [rk.teks, des, iki.teks, defi, formula, tujuan, satuan, "Kuantitas",
                        "Dapat dikendalikan", sumber, "Triwulanan"]
                cells = {}
                if g.manual == "tabel":
                    ws.tulis(r, 1, n)
                    for i, v in enumerate(vals):
                        ws.tulis(r, i + 2, v)
                        cells[labels[i]] = (r, i + 2)
                    r += 1
                else:
                    ws.tulis(r, 1, f"IKI {n}")
                    r += 1
                    for i, (lab, v) in enumerate(zip(labels, vals, strict=True)):
                        ws.tulis(r + i, 1, i + 1)
                        ws.tulis(r + i, 2, label(g, lab))
                        ws.tulis(r + i, 3, v)
                        cells[lab] = (r + i, 3)
                    r += len(labels) + 1
                self.pos["manual"].append({"iki": iki, "cells": cells})
        return ws

    def keterkaitan(self) -> Lembar:
        g = self.g
        ws = Lembar("Keterkaitan AK")
        lebar = 5
        r = self.kop(ws, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", lebar)
        r = self.identitas(ws, r, lebar)
        ws.tulis(r, 1, label(g, "TANGGAL PENGAJUAN"))
        ws.tulis(r, 3, f"5 Januari {TAHUN}")
        r += 2
        for i, c in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
            ws.tulis(r, i + 1, label(g, c))
        r += 1
        ws.tulis(r, 1, label(g, "KINERJA UTAMA"))
        ws.gab(r, 1, r, lebar)
        r += 1
        self.pos["butir"] = []
        for k, info in enumerate(self.pos["rk"]):
            if info["bagian"] != "A":
                continue
            rk = info["rk"]
            butir = [bank.BUTIR[(k + self.pos["seed"]) % len(bank.BUTIR)],
                     bank.BUTIR[(k + self.pos["seed"] + 3) % len(bank.BUTIR)]][: 1 + k % 2]
            first = r
            for j, (b, out, ak) in enumerate(butir):
                if j == 0 or g.rk_ulang:
                    ws.tulis(r, 1, k + 1)
                    ws.tulis(r, 2, rk.teks)
                ws.tulis(r, 3, b)
                ws.tulis(r, 4, out)
                ws.tulis(r, 5, float(ak.replace(",", ".")) if g.angka_teks is False and j == 1 else ak)
                self.pos["butir"].append({"rk": rk, "row": r})
                r += 1
            if not g.rk_ulang:
                ws.gab(first, 1, r - 1, 1)
                ws.gab(first, 2, r - 1, 2)
        return ws

    def penilaian(self) -> Lembar:
        g = self.g
        ws = Lembar("Penilaian")
        jpt = self.jenis == "jpt"
        cols = (["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"] if jpt else
                ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
                 "INDIKATOR KINERJA INDIVIDU", "TARGET"]) + [
            "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]
        lebar = len(cols)
        r = self.kop(ws, "PENILAIAN SASARAN KINERJA PEGAWAI", lebar)
        r = self.identitas(ws, r, lebar)
        ci = {c: i + 1 for i, c in enumerate(cols)}
        for c in cols:
            ws.tulis(r, ci[c], label(g, c))
        r += 1
        self.pos["penilaian"] = []
        n = 0
        for bagian, daftar in (("A. KINERJA UTAMA", self.rks), ("B. KINERJA TAMBAHAN", self.tambahan)):
            ws.tulis(r, 1, label(g, bagian))
            ws.gab(r, 1, r, lebar)
            r += 1
            for rk in daftar:
                n += 1
                for j, iki in enumerate(rk.iki):
                    if j == 0:
                        ws.tulis(r, 1, n)
                        if not jpt and bagian[0] == "A":
                            ws.tulis(r, ci[cols[1]], rk.atasan)
                        ws.tulis(r, ci["RENCANA KINERJA"], rk.teks)
                    if not jpt:
                        ws.tulis(r, ci["ASPEK"], iki.aspek)
                    ws.tulis(r, ci["INDIKATOR KINERJA INDIVIDU"], iki.teks)
                    ws.tulis(r, ci["TARGET"], iki.target)
                    real, cap, kat, nilai = realisasi(iki, lebih=(n == 1 and j == 0))
                    ws.tulis(r, ci["REALISASI"], real)
                    ws.tulis(r, ci["CAPAIAN IKI"], f"{cap} %")
                    ws.tulis(r, ci["KATEGORI CAPAIAN IKI"], kat)
                    ws.tulis(r, ci["NILAI CAPAIAN IKI"], nilai)
                    self.pos["penilaian"].append({"iki": iki, "row": r, "cols": ci})
                    r += 1
        return ws


def realisasi(iki: Iki, lebih: bool) -> tuple[str, int, str, int]:
    """Realisasi text, capaian (whole %), kategori and nilai per SPEC §6.1–6.2, all whole numbers."""
    if isinstance(iki.angka, str) or not lebih or iki.aspek == "Waktu" or iki.satuan == "%":
        return iki.target, 100, "Baik", 109
    t = iki.angka
    real = t + max(1, -(-t * 2 // 10))
    cap = int(real * 100 / t + 0.5)
    assert cap > 110
    return Iki(iki.aspek, iki.teks, real, iki.satuan).target, cap, "Sangat Baik", 120


def hash_text(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1_000_003
    return h


# ------------------------------------------------------------------------------------------- plan per file


def rencana(form: str, k: int, rng: random.Random) -> tuple[list[Rk], list[Rk]]:
    jenis = form.split("-")[0]
    if jenis == "jpt":
        pool = list(bank.RK_JPT)
        if form == "jpt-dasar":
            rng.shuffle(pool)
            chosen = pool[:3]
        else:
            chosen = pool[:4] + ([pool[4]] if k % 2 else [])
        rks = [Rk("", teks, [Iki("", i, t, "") for i, t in ikis], persp, man)
               for persp, teks, ikis, man in chosen]
        tteks, t_ikis = bank.JPT_TAMBAHAN
        return rks, [Rk("", tteks, [Iki("", i, t, "") for i, t in t_ikis])]
    idx = rng.sample(range(len(bank.RK_JA)), 3 if k % 3 else 2)
    rks = [Rk(bank.RK_JA[i][0], bank.RK_JA[i][1], [Iki(*x) for x in bank.RK_JA[i][2]]) for i in idx]
    t = bank.RK_TAMBAHAN[k % len(bank.RK_TAMBAHAN)]
    tikis = [Iki(*x) for x in t[1]]
    return rks, [Rk("", t[0], tikis)]


# defects per form: one list per defective file (1–2 each)
DEFECTS = {
    "ja-dasar": [["iki-tanpa-target"], ["aspek-tidak-valid", "identitas-kosong"],
                 ["rk-atasan-kosong", "target-rentang-terbalik"], ["realisasi-kosong", "nip-tidak-valid"]],
    "ja-pengembangan": [["kategori-penilaian-kosong"], ["cara-memantau-kosong"],
                        ["kategori-tidak-membedakan", "pangkat-tidak-dikenal"], ["kategori-tidak-berurutan"]],
    "jf-dasar": [["keterkaitan-ak-hilang"], ["rk-tanpa-butir-kegiatan"],
                 ["angka-kredit-tidak-valid", "periode-tidak-valid"], ["capaian-tidak-sesuai"]],
    "jf-pengembangan": [["angka-kredit-tidak-valid"], ["cara-memantau-kosong", "target-tidak-terukur"],
                        ["rk-tanpa-butir-kegiatan"], ["kategori-tidak-membedakan", "nip-tidak-valid"]],
    "jpt-dasar": [["manual-iki-kosong"], ["iki-tanpa-target"], ["penilai-sama-dengan-pegawai"],
                  ["target-penilaian-berbeda"]],
    "jpt-pengembangan": [["perspektif-tidak-valid"], ["manual-iki-kosong", "nip-tidak-valid"],
                         ["target-tidak-terukur"], ["perspektif-tidak-valid", "identitas-kosong"]],
}
# files (index within the form) that carry a Penilaian sheet
PENILAIAN = {"ja-dasar": (0, 7), "jf-dasar": (2, 7), "jpt-dasar": (4, 7)}


@dataclass
class Berkas:
    name: str
    form: str
    writer: str
    sheets: list[Lembar]
    defects: list[dict[str, Any]]
    boleh: list[dict[str, Any]]
    fitur: list[str]
    jabatan: str
    app: str


def sisip(p: Penata, code: str, rng: random.Random) -> dict[str, Any]:
    """Insert one defect into the laid-out grids; returns its manifest entry."""
    skp = p.sheets[0]
    ci = p.pos.get("kolom", {})
    utama = [x for x in p.pos["rk"] if x["bagian"] == "A"]

    def at(ws: Lembar, rc: tuple[int, int], alts: list[tuple[Lembar, tuple[int, int]]] | None = None
           ) -> dict[str, Any]:
        d: dict[str, Any] = {"code": code, "severity": SEV[code], "sheet": ws.nama, "cell": ref(*rc)}
        d["alt_cells"] = [{"sheet": w.nama, "cell": ref(*c)} for w, c in alts or []]
        return d

    if code in ("identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal",
                "penilai-sama-dengan-pegawai"):
        ident = p.pos["identitas"][skp.nama]
        if code == "identitas-kosong":
            key = ("pegawai", 3) if p.jenis != "jpt" else ("penilai", 4)
            (v, lab) = ident[key]
            skp.kosongkan(*v)
            return at(skp, v, [(skp, lab)])
        if code == "nip-tidak-valid":
            (v, lab) = ident[("pegawai", 1)]
            digits = p.peg.nip.replace(" ", "")
            # NIP typed as a number: 15 significant digits kept
            skp.tulis(v[0], v[1], float(f"{int(digits):.14e}"))
            return at(skp, v, [(skp, lab)])
        if code == "pangkat-tidak-dikenal":
            (v, lab) = ident[("pegawai", 2)]
            skp.tulis(v[0], v[1], "Penata Muda, III/c")
            return at(skp, v, [(skp, lab)])
        (v, lab) = ident[("penilai", 1)]
        skp.tulis(v[0], v[1], p.peg.nip)
        pv = ident[("pegawai", 1)][0]
        return at(skp, v, [(skp, pv), (skp, lab)])
    if code == "periode-tidak-valid":
        cell = p.pos["periode"][skp.nama]
        r, c = int("".join(ch for ch in cell if ch.isdigit())), 1
        skp.tulis(r, c, f"PERIODE PENILAIAN: 1 JULI {TAHUN} SD 30 JUNI {TAHUN + 1}")
        return at(skp, (r, c))
    if code in ("iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik", "aspek-tidak-valid",
                "kategori-penilaian-kosong", "kategori-tidak-membedakan", "kategori-tidak-berurutan"):
        info = utama[-1] if code != "target-rentang-terbalik" else utama[0]
        j = 1 if len(info["rows"]) > 1 and code != "kategori-tidak-membedakan" else 0
        if code in ("kategori-tidak-membedakan", "kategori-tidak-berurutan", "kategori-penilaian-kosong"):
            j = next(i for i, iki in enumerate(info["rk"].iki) if iki.aspek != "Waktu")
        rr = info["rows"][j]
        iki = info["rk"].iki[j]
        tc = (rr, ci["TARGET"])
        ikic = (rr, ci["INDIKATOR KINERJA INDIVIDU"])
        if code == "iki-tanpa-target":
            skp.kosongkan(*tc)
            if "SATUAN" in ci:
                skp.kosongkan(rr, ci["SATUAN"])
            return at(skp, tc, [(skp, ikic)])
        if code == "target-tidak-terukur":
            skp.tulis(*tc, "Sesuai ketentuan" if p.jenis != "jpt" else "Meningkat")
            if p.model == "pengembangan" and p.jenis != "jpt":
                # the kategori of an unmeasurable target cannot be compared with it: SPEC leaves it open
                p.pos.setdefault("boleh", []).extend(
                    {"code": k, "sheet": skp.nama, "row": rr}
                    for k in ("kategori-tidak-berurutan", "kategori-tidak-membedakan"))
            if "SATUAN" in ci:
                skp.kosongkan(rr, ci["SATUAN"])
            return at(skp, tc, [(skp, ikic)])
        if code == "target-rentang-terbalik":
            hi = 95 if iki.satuan == "%" else 12
            skp.tulis(*tc, f"{hi} - {hi - 10} %" if iki.satuan == "%" else f"{hi} - {hi - 4} {iki.satuan}")
            if "SATUAN" in ci:
                skp.kosongkan(rr, ci["SATUAN"])
            return at(skp, tc, [(skp, ikic)])
        if code == "aspek-tidak-valid":
            ac = (rr, ci["ASPEK"])
            skp.tulis(*ac, "Efektivitas")
            return at(skp, ac, [(skp, ikic)])
        lv = {c: ci[c] for c in LEVELS5 if c in ci}
        if code == "kategori-penilaian-kosong":
            for c in lv.values():
                skp.kosongkan(rr, c)
            return at(skp, (rr, lv["BAIK"]), [(skp, (rr, c)) for c in lv.values() if c != lv["BAIK"]]
                      + [(skp, ikic), (skp, tc)])
        if code == "kategori-tidak-membedakan":
            t = iki.angka
            pct = " %" if iki.satuan == "%" else ""
            skp.tulis(rr, lv["SANGAT BAIK"], f"{t}{pct}")
            return at(skp, (rr, lv["SANGAT BAIK"]), [(skp, tc), (skp, ikic), (skp, (rr, lv["BAIK"]))])
        # kategori-tidak-berurutan: CUKUP above BAIK for a higher-is-better IKI
        t = iki.angka
        assert isinstance(t, int)
        pct = " %" if iki.satuan == "%" else ""
        skp.tulis(rr, lv["CUKUP"], f"> {t}{pct}" if pct else f"{t + 1} - {t + 3}")
        return at(skp, (rr, lv["CUKUP"]), [(skp, (rr, c)) for c in lv.values() if c != lv["CUKUP"]]
                  + [(skp, tc), (skp, ikic)])
    if code == "rk-atasan-kosong":
        info = utama[1]
        col = ci["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"] if p.g.urutan == "resmi" else \
            ci["RENCANA KINERJA ATASAN YANG DIINTERVENSI"]
        for rr in info["rows"]:
            skp.kosongkan(rr, col)
        return at(skp, (info["rows"][0], col), [(skp, (info["rows"][0], ci["RENCANA KINERJA"]))])
    if code == "cara-memantau-kosong":
        info = utama[0]
        c = ci["SUMBER DATA UNTUK PENGUKURAN"] if p.g.satu_sumber else ci["WAKTU PENGUMPULAN"]
        for rr in info["rows"]:
            skp.kosongkan(rr, c)
        return at(skp, (info["rows"][0], c), [(skp, (info["rows"][0], ci["RENCANA KINERJA"]))])
    if code == "perspektif-tidak-valid":
        info = utama[1] if p.pos.get("persp_rusak") is None else utama[2]
        p.pos["persp_rusak"] = True
        c = ci["PERSPEKTIF"]
        for rr in info["rows"]:
            if (rr, c) in skp.sel:
                skp.tulis(rr, c, "Keuangan Daerah")
        return at(skp, (info["rows"][0], c), [(skp, (info["rows"][0], ci["RENCANA KINERJA"]))])
    if code == "manual-iki-kosong":
        man = next(s for s in p.sheets if s.nama == "Manual IKI")
        entry = p.pos["manual"][1]
        rc = entry["cells"]["FORMULA"]
        man.kosongkan(*rc)
        rows = [(info, j) for info in utama for j, iki in enumerate(info["rk"].iki) if iki is entry["iki"]]
        info, j = rows[0]
        ikic = (info["rows"][j], ci["INDIKATOR KINERJA INDIVIDU"])
        return at(skp, ikic, [(man, rc), (man, entry["cells"]["INDIKATOR KINERJA INDIVIDU"])])
    if code == "keterkaitan-ak-hilang":
        p.sheets = [s for s in p.sheets if s.nama != "Keterkaitan AK"]
        return {"code": code, "severity": "error", "sheet": None, "cell": None, "alt_cells": []}
    if code == "rk-tanpa-butir-kegiatan":
        ket = next(s for s in p.sheets if s.nama == "Keterkaitan AK")
        info = utama[-1]
        butir_rows = [b["row"] for b in p.pos["butir"] if b["rk"] is info["rk"]]
        for row_no in butir_rows:
            for col in range(1, 6):
                ket.kosongkan(row_no, col)
        ket.gabung = [m for m in ket.gabung if m[0] not in butir_rows]
        rkc = (info["rows"][0], ci["RENCANA KINERJA"])
        return at(skp, rkc)
    if code == "angka-kredit-tidak-valid":
        ket = next(s for s in p.sheets if s.nama == "Keterkaitan AK")
        rr = p.pos["butir"][0]["row"]
        ket.tulis(rr, 5, "-" if rng.random() < 0.5 else "0")
        return at(ket, (rr, 5))
    if code in ("realisasi-kosong", "capaian-tidak-sesuai", "target-penilaian-berbeda"):
        pen = next(s for s in p.sheets if s.nama == "Penilaian")
        e = p.pos["penilaian"][1]
        rr, pc = e["row"], e["cols"]
        if code == "realisasi-kosong":
            for name in ("REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"):
                pen.kosongkan(rr, pc[name])
            return at(pen, (rr, pc["REALISASI"]))
        if code == "capaian-tidak-sesuai":
            pen.tulis(rr, pc["CAPAIAN IKI"], "110 %")
            return at(pen, (rr, pc["CAPAIAN IKI"]), [(pen, (rr, pc["KATEGORI CAPAIAN IKI"])),
                                                     (pen, (rr, pc["NILAI CAPAIAN IKI"]))])
        iki = e["iki"]
        changed = iki.target.replace("75", "70").replace("82,5", "80").replace("95", "90").replace(
            "80 %", "85 %").replace("3,10", "3,00").replace("100 %", "90 %")
        assert changed != iki.target, iki.target
        pen.tulis(rr, pc["TARGET"], changed)
        return at(pen, (rr, pc["TARGET"]))
    raise ValueError(code)


SEV = {
    "iki-tanpa-target": "error", "aspek-tidak-valid": "error", "identitas-kosong": "error",
    "rk-atasan-kosong": "error", "realisasi-kosong": "error", "target-rentang-terbalik": "error",
    "kategori-penilaian-kosong": "error", "cara-memantau-kosong": "error",
    "kategori-tidak-membedakan": "error",
    "pangkat-tidak-dikenal": "error", "kategori-tidak-berurutan": "error", "keterkaitan-ak-hilang": "error",
    "rk-tanpa-butir-kegiatan": "error", "angka-kredit-tidak-valid": "error", "periode-tidak-valid": "error",
    "capaian-tidak-sesuai": "error", "target-tidak-terukur": "error", "nip-tidak-valid": "error",
    "manual-iki-kosong": "error", "penilai-sama-dengan-pegawai": "error", "target-penilaian-berbeda": "error",
    "perspektif-tidak-valid": "error",
}


def rancang() -> list[Berkas]:
    """Every workbook of the set, laid out in grids, defects inserted; deterministic for ``SEED``."""
    rng = random.Random(SEED)
    out: list[Berkas] = []
    nama_i = 0
    for fi, form in enumerate(FORMS):
        jenis, model = form.split("-")
        for k in range(8):
            writer = WRITERS[(k + 3 * fi) % len(WRITERS)]
            clean = k % 2 == 0
            ins = bank.INSTANSI[(k + fi) % len(bank.INSTANSI)]
            instansi, daerah, app, _ = ins
            unit = f"{instansi} {daerah}"
            g = Gaya(
                kop_aplikasi=rng.random() < 0.7,
                urutan="rk-dulu" if jenis != "jpt" and rng.random() < 0.4 else "resmi",
                huruf="judul" if rng.random() < 0.35 else "besar",
                rk_ulang=rng.random() < 0.3,
                satuan_kolom=jenis != "jpt" and rng.random() < 0.35,
                angka_teks=rng.random() < 0.5,
                kolom_tambahan=rng.random() < 0.35,
                no_rumus=writer != "libreoffice" and rng.random() < 0.3,
                lima_kategori=rng.random() < 0.6,
                satu_sumber=rng.random() < 0.25,
                identitas="tumpuk" if rng.random() < 0.2 else "berdampingan",
                manual="tabel" if rng.random() < 0.5 else "blok",
                nama_sheet=rng.choice(["Worksheet", "Sheet1", "Export", "SKP", "Data SKP", "Rencana SKP"]),
            )
            if jenis == "jpt":
                jab, gol, pen_jab = bank.JABATAN_JPT[(k + fi) % len(bank.JABATAN_JPT)]
                if k % 3 == 0:
                    tanpa_gelar = bank.NAMA[(nama_i + 7) % len(bank.NAMA)].split(",")[0]
                    pen = Orang(tanpa_gelar, "-", "-", pen_jab, f"PEMERINTAH {daerah}")
                else:
                    pgol = "IV/e"
                    pen = Orang(bank.NAMA[(nama_i + 7) % len(bank.NAMA)], nip(rng, pgol),
                                pangkat(pgol, k % 3), pen_jab, f"PEMERINTAH {daerah}")
            else:
                if jenis == "jf":
                    jab, gol = bank.JABATAN_JF[(k + fi) % len(bank.JABATAN_JF)]
                    pen_jab = "Kepala Bidang Aplikasi Informatika"
                else:
                    jab, gol, pen_jab = bank.JABATAN_JA[(k + fi) % len(bank.JABATAN_JA)]
                pgol = "IV/a" if gol < "IV" else "IV/c"
                pen = Orang(bank.NAMA[(nama_i + 7) % len(bank.NAMA)], nip(rng, pgol),
                            pangkat(pgol, (k + 1) % 3), pen_jab, unit)
            peg = Orang(bank.NAMA[nama_i % len(bank.NAMA)], nip(rng, gol), pangkat(gol, k % 3), jab, unit)
            nama_i += 1
            rks, tambahan = rencana(form, k, rng)
            p = Penata(form, g, peg, pen, ins, rks, tambahan)
            p.pos["seed"] = k + fi
            p.sheets = [p.rencana_jajf() if jenis != "jpt" else p.rencana_jpt()]
            if jenis == "jpt":
                p.sheets.append(p.manual())
            if jenis == "jf":
                p.sheets.append(p.keterkaitan())
            if k in PENILAIAN.get(form, ()):
                p.sheets.append(p.penilaian())
            defects = [] if clean else [sisip(p, c, rng) for c in DEFECTS[form][k // 2]]
            fitur = [f"penulis:{writer}"] + [
                name for name, on in (
                    ("kop-aplikasi", g.kop_aplikasi), ("rk-atasan-sesudah-rk", g.urutan == "rk-dulu"),
                    ("label-huruf-judul", g.huruf == "judul"), ("rk-diulang-per-iki", g.rk_ulang),
                    ("kolom-satuan", g.satuan_kolom), ("angka-sebagai-teks", g.angka_teks),
                    ("kolom-tambahan-boolean", g.kolom_tambahan and jenis != "jpt"),
                    ("kolom-keterangan", g.kolom_tambahan),
                    ("no-rumus-tanpa-nilai", g.no_rumus and jenis != "jpt"),
                    ("identitas-tumpuk", g.identitas == "tumpuk"),
                    ("penilaian", any(s.nama == "Penilaian" for s in p.sheets)),
                ) if on
            ]
            if model == "pengembangan" and jenis != "jpt":
                fitur += ["kategori-5" if g.lima_kategori else "kategori-3",
                          "sumber-data-satu-kolom" if g.satu_sumber else "cara-memantau-3-kolom"]
            if jenis == "jpt":
                fitur.append(f"manual-{g.manual}")
            fitur.append(f"sheet:{g.nama_sheet}")
            name = f"{form}-{k + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            out.append(Berkas(name, form, writer, p.sheets, defects, p.pos.get("boleh", []), fitur, jab, app))
    return out


# ------------------------------------------------------------------------------------------------ writers

CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"


def _cell_xml(r: int, c: int, v: Value, strings: str, sst: dict[str, int], with_ref: bool) -> str:
    at = f' r="{ref(r, c)}"' if with_ref else ""
    if isinstance(v, Rumus):
        return f"<c{at}><f>{escape(v.teks)}</f></c>"
    if isinstance(v, bool):
        return f'<c{at} t="b"><v>{int(v)}</v></c>'
    if isinstance(v, int | float):
        return f"<c{at}><v>{repr(v) if isinstance(v, float) else v}</v></c>"
    if strings == "shared":
        idx = sst.setdefault(v, len(sst))
        return f'<c{at} t="s"><v>{idx}</v></c>'
    sp = ' xml:space="preserve"' if v != v.strip() or "\n" in v else ""
    return f'<c{at} t="inlineStr"><is><t{sp}>{escape(v)}</t></is></c>'


def _sheet_xml(ws: Lembar, writer: str, sst: dict[str, int], rng: random.Random) -> str:
    rows: dict[int, list[tuple[int, Value]]] = {}
    for (r, c), v in ws.sel.items():
        rows.setdefault(r, []).append((c, v))
    parts = [CT_HEAD, f'<worksheet xmlns="{NS}" xmlns:r="{RNS}">']
    if writer == "acak":
        maxr = max(rows)
        maxc = max(c for (_, c) in ws.sel)
        parts.append(f'<dimension ref="A1:{ref(maxr, maxc)}"/>')
    parts.append("<sheetData>")
    strings = "shared" if writer == "acak" else "inline"
    if writer == "mentah":
        # no r= on rows or cells: every row up to the last is written, gaps as empty <c/>
        for r in range(1, max(rows) + 1):
            in_row = dict(rows.get(r, []))
            if not in_row:
                parts.append("<row/>")
                continue
            body = "".join(_cell_xml(r, c, in_row[c], strings, sst, False) if c in in_row else "<c/>"
                           for c in range(1, max(in_row) + 1))
            parts.append(f"<row>{body}</row>")
    else:
        order = sorted(rows)
        if writer == "acak":
            # rows in blocks written out of order, cells within a row from right to left
            order = order[len(order) // 2:] + order[: len(order) // 2]
        for r in order:
            cells = sorted(rows[r], reverse=writer == "acak")
            body = "".join(_cell_xml(r, c, v, strings, sst, True) for c, v in cells)
            parts.append(f'<row r="{r}">{body}</row>')
    parts.append("</sheetData>")
    if ws.gabung:
        parts.append(f'<mergeCells count="{len(ws.gabung)}">')
        parts += [f'<mergeCell ref="{ref(a, b)}:{ref(c, d)}"/>' for a, b, c, d in ws.gabung]
        parts.append("</mergeCells>")
    parts.append("</worksheet>")
    return "".join(parts)


def tulis_sendiri(path: Path, b: Berkas) -> None:
    """Write the package with the project's own zip/XML writer (no library), with the writer's traits."""
    rng = random.Random(hash_text(b.name))
    sst: dict[str, int] = {}
    sheets = [_sheet_xml(ws, b.writer, sst, rng) for ws in b.sheets]
    styles = b.writer == "acak"
    ct = [CT_HEAD, f'<Types xmlns="{PKG}/content-types">',
          '<Default Extension="rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(len(sheets)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    if sst:
        ct.append('<Override PartName="/xl/sharedStrings.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    if styles:
        ct.append('<Override PartName="/xl/styles.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    ct.append('<Override PartName="/docProps/app.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    ct.append("</Types>")
    rels = [CT_HEAD, f'<Relationships xmlns="{PKG}/relationships">',
            f'<Relationship Id="rId1" Type="{RNS}/officeDocument" Target="xl/workbook.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>', "</Relationships>"]
    wb = [CT_HEAD, f'<workbook xmlns="{NS}" xmlns:r="{RNS}"><sheets>']
    wrels = [CT_HEAD, f'<Relationships xmlns="{PKG}/relationships">']
    for i, ws in enumerate(b.sheets):
        wb.append(f'<sheet name="{escape(ws.nama)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>')
        wrels.append(f'<Relationship Id="rId{i + 1}" Type="{RNS}/worksheet" '
                     f'Target="worksheets/sheet{i + 1}.xml"/>')
    wb.append("</sheets>")
    if b.writer == "acak":
        first = b.sheets[0]
        maxr = max(r for r, _ in first.sel)
        maxc = col_letter(max(c for _, c in first.sel))
        sheet_ref = f"'{escape(first.nama)}'"
        wb.append(f'<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'
                  f"{sheet_ref}!$A$1:${maxc}${maxr}</definedName>"
                  f'<definedName name="DataSKP">{sheet_ref}!$A$1:$B$2</definedName></definedNames>')
    wb.append("</workbook>")
    n = len(b.sheets)
    if sst:
        wrels.append(f'<Relationship Id="rId{n + 1}" Type="{RNS}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles:
        wrels.append(f'<Relationship Id="rId{n + 2}" Type="{RNS}/styles" Target="styles.xml"/>')
    wrels.append("</Relationships>")
    app = (f'{CT_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f"<Application>{escape(b.app)}</Application></Properties>")
    files = {"[Content_Types].xml": "".join(ct), "_rels/.rels": "".join(rels), "docProps/app.xml": app,
             "xl/workbook.xml": "".join(wb), "xl/_rels/workbook.xml.rels": "".join(wrels)}
    for i, s in enumerate(sheets):
        files[f"xl/worksheets/sheet{i + 1}.xml"] = s
    if sst:
        items = "".join(f"<si><t>{escape(s)}</t></si>" for s in sst)
        files["xl/sharedStrings.xml"] = (f'{CT_HEAD}<sst xmlns="{NS}" count="{len(sst)}" '
                                         f'uniqueCount="{len(sst)}">{items}</sst>')
    if styles:
        files["xl/styles.xml"] = (
            f'{CT_HEAD}<styleSheet xmlns="{NS}"><fonts count="1"><font><sz val="10"/>'
            '<name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/>'
            '</fill><fill><patternFill '
            'patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs '
            'count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 14, 9, 12, 36))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def _node_job(path: Path, b: Berkas) -> dict[str, Any]:
    sheets = []
    for ws in b.sheets:
        cells = []
        for (r, c), v in sorted(ws.sel.items()):
            if isinstance(v, Rumus):
                cells.append([r, c, "f", v.teks])
            elif isinstance(v, bool):
                cells.append([r, c, "b", v])
            elif isinstance(v, int | float):
                cells.append([r, c, "n", v])
            else:
                cells.append([r, c, "s", v])
        sheets.append({"name": ws.nama, "cells": cells, "merges": [list(m) for m in ws.gabung]})
    return {"path": str(path), "writer": b.writer, "app": b.app, "sheets": sheets,
            "sst": hash_text(b.name) % 2 == 0}


def tulis_luar(folder: Path, berkas: list[Berkas]) -> None:
    """node (SheetJS, ExcelJS) and LibreOffice files."""
    node_dir = HERE / "node"
    jobs = [_node_job(folder / b.name, b) for b in berkas if b.writer in ("sheetjs", "exceljs")]
    with tempfile.TemporaryDirectory() as tmp:
        job = Path(tmp) / "tugas.json"
        job.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
        subprocess.run(["node", str(node_dir / "tulis.js"), str(job)], check=True, cwd=node_dir)
        lo = [b for b in berkas if b.writer == "libreoffice"]
        if lo:
            src = Path(tmp) / "src"
            dst = Path(tmp) / "dst"
            src.mkdir()
            dst.mkdir()
            for b in lo:
                tulis_sendiri(src / b.name, Berkas(b.name, b.form, "php", b.sheets, [], [], [], "", b.app))
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo-profil", "--headless",
                            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(dst)]
                           + [str(src / b.name) for b in lo], check=True, capture_output=True, timeout=600)
            for b in lo:
                shutil.copyfile(dst / b.name, folder / b.name)


def manifest(berkas: list[Berkas]) -> dict[str, Any]:
    files = []
    for b in berkas:
        files.append({"file": b.name, "form": b.form, "clean": not b.defects, "defects": b.defects,
                      "boleh": b.boleh, "jabatan": b.jabatan, "writer": b.writer, "fitur": b.fitur})
    return {"set": "nyata_w", "seed": SEED, "files": files}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Membangun set nyata_w (SKP ekspor aplikasi web dan alat non-Microsoft).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--tanpa-luar", action="store_true",
                    help="hanya berkas penulis sendiri (tanpa node dan LibreOffice)")
    a = ap.parse_args(argv)
    berkas = rancang()
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for b in berkas:
        if b.writer in OWN_WRITERS:
            tulis_sendiri(a.keluaran / b.name, b)
    if not a.tanpa_luar:
        tulis_luar(a.keluaran, berkas)
    a.harapan.write_text(json.dumps(manifest(berkas), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
