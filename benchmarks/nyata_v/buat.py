"""Generator set ``nyata_v``: SKP sebagai buku kerja Excel 97–2003 (``.xls``, BIFF8).

Setiap buku kerja digambar dulu sebagai kisi sel (``Lembar``: nilai, format angka, sel gabung, baris dan sheet
tersembunyi, rumus dengan hasil tersimpan), sehingga sel setiap cacat diketahui tepat, lalu ditulis
lewat salah satu dari dua jalur yang sifatnya berbeda:

- ``xlwt``: langsung ke BIFF8 (seperti berkas lama yang terus disalin dari Excel ke Excel); tanpa rumus (nilai
  yang diketik), tanpa tanda petik awal;
- ``xlsxwriter+libreoffice``: XlsxWriter (rumus dengan hasil tersimpan, ``quote_prefix``) lalu
  ``soffice --headless --convert-to xls:"MS Excel 97"`` dengan profil sementara sendiri.

Isi sel deterministik untuk benih tetap; bitanya tidak (LibreOffice menulis cap waktu), jadi uji set
membandingkan nilai sel yang dibaca python-calamine.

Pemakaian: ``python benchmarks/nyata_v/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261231
TAHUN = 2026
FMT_TANGGAL = "[$-421]dd mmmm yyyy"
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")


# ----------------------------------------------------------------------------------------------------------
# kisi sel


@dataclass(frozen=True)
class Rumus:
    """Rumus Excel dengan hasil yang tersimpan di berkas (seperti setelah Excel menghitungnya)."""

    teks: str
    hasil: float


@dataclass
class Sel:
    nilai: Any
    fmt: str | None = None
    tebal: bool = False
    petik: bool = False


@dataclass
class Lembar:
    nama: str
    sel: dict[tuple[int, int], Sel] = field(default_factory=dict)
    gabung: list[tuple[int, int, int, int]] = field(default_factory=list)
    baris_sembunyi: set[int] = field(default_factory=set)
    sembunyi: bool = False
    lebar: dict[int, int] = field(default_factory=dict)

    def put(
        self, r: int, c: int, nilai: Any, fmt: str | None = None, tebal: bool = False, petik: bool = False
    ) -> str:
        if nilai is None or nilai == "":
            self.sel.pop((r, c), None)
        else:
            self.sel[(r, c)] = Sel(nilai, fmt, tebal, petik)
        return ref(r, c)

    def merge(
        self,
        r1: int,
        c1: int,
        r2: int,
        c2: int,
        nilai: Any = None,
        fmt: str | None = None,
        tebal: bool = False,
    ) -> str:
        if (r1, c1) != (r2, c2):
            self.gabung.append((r1, c1, r2, c2))
        return self.put(r1, c1, nilai, fmt, tebal)


def kolom(c: int) -> str:
    s = ""
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return s


def ref(r: int, c: int) -> str:
    return f"{kolom(c)}{r}"


# ----------------------------------------------------------------------------------------------------------
# angka dan target


def angka_id(n: float) -> str:
    """Angka cara Indonesia: titik ribuan, koma desimal."""
    if float(n).is_integer():
        return f"{int(n):,}".replace(",", ".")
    bulat, pecahan = f"{n:.4f}".rstrip("0").split(".")
    return f"{int(bulat):,}".replace(",", ".") + "," + pecahan


def teks_target(n: float, sat: str, rapat: bool = False) -> str:
    a = angka_id(n)
    if sat == "%":
        return f"{a}%" if rapat else f"{a} %"
    if sat == "rupiah":
        return f"Rp {a}"
    return f"{a} {sat}".strip()


def patah(teks: str) -> str:
    """Teks panjang yang dipatah Alt+Enter di tengah."""
    kata = teks.split(" ")
    h = len(kata) // 2
    return " ".join(kata[:h]) + "\n" + " ".join(kata[h:])


def khusus(aspek: str) -> bool:
    return aspek.lower() in ("waktu", "biaya")


def kategori(n: float, sat: str, aspek: str) -> dict[str, str]:
    """Ambang SANGAT KURANG … SANGAT BAIK yang berurutan dan membedakan (SPEC §3.3); kosong = tingkat tak
    dipakai."""
    b = teks_target(n, sat)
    if sat == "%":
        return {
            "SK": f"< {angka_id(n - 20)} %",
            "K": f"{angka_id(n - 20)} – {angka_id(n - 11)} %",
            "C": f"{angka_id(n - 10)} – {angka_id(n - 1)} %",
            "B": b,
            "SB": f"> {angka_id(n)} %",
        }
    if khusus(aspek) and n < 3:
        s = f" {sat}"
        return {"SK": "", "K": "", "C": f"> {angka_id(n)}{s}", "B": b, "SB": f"< {angka_id(n)}{s}"}
    if khusus(aspek):
        s = f" {sat}"
        return {
            "SK": f"> {angka_id(3 * n)}{s}",
            "K": f"{angka_id(2 * n + 1)} – {angka_id(3 * n)}{s}",
            "C": f"{angka_id(n + 1)} – {angka_id(2 * n)}{s}",
            "B": b,
            "SB": f"< {angka_id(n)}{s}",
        }
    if n < 5:
        return {"SK": "", "K": "", "C": f"< {angka_id(n)}", "B": b, "SB": f"> {angka_id(n)}"}
    lo_c, lo_k = math.ceil(0.8 * n), math.ceil(0.6 * n)
    return {
        "SK": f"< {angka_id(lo_k)}",
        "K": f"{angka_id(lo_k)} – {angka_id(lo_c - 1)}",
        "C": f"{angka_id(lo_c)} – {angka_id(n - 1)}",
        "B": b,
        "SB": f"> {angka_id(n)}",
    }


def nilai_capaian(capaian: float) -> tuple[int, str, float]:
    """SPEC §6.2: capaian dibulatkan setengah ke atas, lalu kategori dan nilainya."""
    c = int(math.floor(capaian + 0.5))
    if c > 110:
        return c, "Sangat Baik", 120.0
    if c >= 101:
        return c, "Sangat Baik", round(110 + 10 / 9 * (c - 101), 2)
    if c == 100:
        return c, "Baik", 109.0
    if c >= 80:
        return c, "Cukup", round(70 + 19 / 19 * (c - 80), 2)
    if c >= 60:
        return c, "Kurang", round(50 + 19 / 19 * (c - 60), 2)
    return c, "Sangat Kurang", round(c / 59 * 49, 2)


def capaian(target: float, realisasi: float, aspek: str) -> float:
    if khusus(aspek):
        return (1 + (1 - realisasi / target)) * 100
    return realisasi / target * 100


# ----------------------------------------------------------------------------------------------------------
# buku kerja


@dataclass
class Berkas:
    nama: str
    form: str
    writer: str
    lembar: list[Lembar] = field(default_factory=list)
    cacat: list[dict[str, Any]] = field(default_factory=list)
    boleh: list[dict[str, Any]] = field(default_factory=list)
    layout: dict[str, Any] = field(default_factory=dict)
    jabatan: str = ""

    def catat(
        self, code: str, sev: str, sheet: str | None, cell: str | None, alt: list[tuple[str, str]] = ()
    ) -> None:  # type: ignore[assignment]
        self.cacat.append(
            {
                "code": code,
                "severity": sev,
                "sheet": sheet,
                "cell": cell,
                "alt_cells": [{"sheet": s, "cell": c} for s, c in alt],
            }
        )


@dataclass
class Orang:
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


LABEL_ID = {
    "NAMA": ["NAMA", "Nama", "N A M A"],
    "NIP": ["NIP", "N I P", "NIP\u00a0"],
    "PANGKAT": ["PANGKAT/GOL RUANG", "PANGKAT /\nGOL. RUANG", "Pangkat/Gol.Ruang"],
    "JABATAN": ["JABATAN", "Jabatan", "JABATAN"],
    "UNIT": ["UNIT KERJA", "Unit Kerja", "UNIT KERJA"],
    "INSTANSI": ["INSTANSI", "Instansi", "INSTANSI"],
}


def tulis_nip(sh: Lembar, r: int, c: int, nip: str, gaya: str, lw: bool) -> str:
    if gaya == "angka":  # NIP diketik sebagai angka: Excel hanya menyimpan 15 digit pertama
        digits = nip.replace(" ", "")
        return sh.put(r, c, float(int(digits[:15]) * 1000), "0")
    if gaya == "rapat":
        return sh.put(r, c, nip.replace(" ", ""), petik=lw)
    return sh.put(r, c, nip)


def kop(f: Berkas, sh: Lembar, v: dict[str, Any], ins: dict[str, str], ncol: int) -> int:
    """Kop, judul, instansi dan periode; kembali baris berikutnya."""
    r = 1
    if v["kop_surat"]:
        sh.merge(r, 1, r, ncol, ins["kop"], tebal=True)
        sh.merge(r + 1, 1, r + 1, ncol, ins["nama"], tebal=True)
        r += 3
    sh.merge(r, 1, r, ncol, v["judul"], tebal=True)
    r += 1
    if not v["kop_surat"]:
        sh.merge(r, 1, r, ncol, ins["nama"], tebal=True)
        r += 1
    periode = v["periode"]
    if periode == "satu":
        sh.merge(r, 1, r, ncol, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
        v["sel_periode"] = ref(r, 1)
        v["sel_periode_alt"] = []
    elif periode == "teks":
        sh.merge(r, 1, r, 2, "PERIODE PENILAIAN")
        sh.put(r, 3, f": 1 Januari {TAHUN} s.d. 31 Desember {TAHUN}")
        v["sel_periode"] = ref(r, 3)
        v["sel_periode_alt"] = [ref(r, 1)]
    else:  # dua sel tanggal (nomor seri) berformat dd mmmm yyyy
        awal, akhir = (dt.date(TAHUN, 1, 1), dt.date(TAHUN, 12, 31))
        if v.get("periode_salah"):
            awal, akhir = dt.date(TAHUN, 7, 1), dt.date(TAHUN + 1, 6, 30)
        sh.merge(r, 1, r, 2, "PERIODE PENILAIAN :")
        sh.put(r, 3, awal, FMT_TANGGAL)
        sh.put(r, 4, "s.d.")
        sh.put(r, 5, akhir, FMT_TANGGAL)
        v["sel_periode"] = ref(r, 3)
        v["sel_periode_alt"] = [ref(r, 5), ref(r, 1)]
    return r + 2


def identitas(
    f: Berkas, sh: Lembar, r: int, v: dict[str, Any], peg: Orang, pen: Orang, jpt: bool, ncol: int
) -> tuple[int, dict[str, str]]:
    """Blok PEGAWAI YANG DINILAI / PEJABAT PENILAI KINERJA; kembali baris berikutnya dan sel isian."""
    rng = v["rng"]
    sel: dict[str, str] = {}
    lw = f.writer != "xlwt"
    keys = ["NAMA", "NIP", "PANGKAT", "JABATAN", "UNIT"]

    def lab(k: str) -> str:
        return rng.choice(LABEL_ID[k])

    def isi(who: str, o: Orang) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        for k in keys:
            if k == "UNIT":
                out.append(("INSTANSI" if (jpt and who == "pen") else "UNIT", o.unit))
            else:
                out.append((k, {"NAMA": o.nama, "NIP": o.nip, "PANGKAT": o.pangkat, "JABATAN": o.jabatan}[k]))
        return out

    if v["identitas"] == "sisi":
        split = 4 if ncol <= 7 else 5
        sh.put(r, 1, "NO", tebal=True)
        sh.merge(r, 2, r, split - 1, "PEGAWAI YANG DINILAI", tebal=True)
        sh.put(r, split, "NO", tebal=True)
        sh.merge(r, split + 1, r, ncol, "PEJABAT PENILAI KINERJA", tebal=True)
        pasangan = zip(isi("peg", peg), isi("pen", pen), strict=True)
        for i, ((k1, v1), (k2, v2)) in enumerate(pasangan, start=1):
            rr = r + i
            sh.put(rr, 1, i)
            sh.put(rr, 2, lab(k1))
            sh.put(rr, split, i)
            sh.put(rr, split + 1, lab(k2))
            for who, k, val, c, c2 in (("peg", k1, v1, 3, split - 1), ("pen", k2, v2, split + 2, ncol)):
                if c2 > c:
                    sh.merge(rr, c, rr, c2)
                if k == "NIP":
                    sel[f"{who}_NIP"] = tulis_nip(sh, rr, c, val, v[f"nip_{who}"], lw)
                else:
                    sel[f"{who}_{k}"] = sh.put(rr, c, val)
        return r + 7, sel
    for who, judul, o in (("peg", "PEGAWAI YANG DINILAI", peg), ("pen", "PEJABAT PENILAI KINERJA", pen)):
        sh.merge(r, 1, r, ncol, judul, tebal=True)
        for i, (k, val) in enumerate(isi(who, o), start=1):
            rr = r + i
            sh.put(rr, 1, f"{i}.")
            sh.put(rr, 2, lab(k))
            sh.put(rr, 3, ":")
            sh.merge(rr, 4, rr, ncol)
            if k == "NIP":
                sel[f"{who}_NIP"] = tulis_nip(sh, rr, 4, val, v[f"nip_{who}"], lw)
            else:
                sel[f"{who}_{k}"] = sh.put(rr, 4, val)
        r += 7
    return r, sel


def kaki(
    sh: Lembar, r: int, v: dict[str, Any], ins: dict[str, str], peg: Orang, pen: Orang, ncol: int
) -> None:
    """Tempat-tanggal dan tanda tangan."""
    kanan = max(ncol - 2, 4)
    tgl = dt.date(TAHUN, 1, 2 + v["rng"].randrange(10))
    if v["tanggal_kaki"] == "seri":
        sh.put(r, kanan, f"{ins['kota']},")
        sh.put(r, kanan + 1, tgl, FMT_TANGGAL)
    else:
        bulan = "Januari"
        sh.put(r, kanan, f"{ins['kota']}, {tgl.day} {bulan} {TAHUN}")
    sh.put(r + 1, 2, "Pejabat Penilai Kinerja,")
    sh.put(r + 1, kanan, "Pegawai yang Dinilai,")
    sh.put(r + 5, 2, pen.nama, tebal=True)
    sh.put(r + 5, kanan, peg.nama, tebal=True)
    if pen.nip not in ("-", ""):
        sh.put(r + 6, 2, f"NIP. {pen.nip}")
    sh.put(r + 6, kanan, f"NIP. {peg.nip}")


def sel_target(sh: Lembar, r: int, c: int, n: float, sat: str, gaya: str) -> str:
    if gaya == "persen_sel" and sat == "%":
        return sh.put(r, c, n / 100, "0%")
    if gaya == "angka_ribuan" and sat not in ("%", "", "rupiah") and n >= 1000:
        return sh.put(r, c, float(n), f'#,##0 "{sat}"')
    if sat == "" and not float(n).is_integer():
        return sh.put(r, c, float(n), "0.00")
    if sat == "rupiah" and gaya == "angka_ribuan":
        return sh.put(r, c, float(n), '"Rp"#,##0')
    return sh.put(r, c, teks_target(n, sat, rapat=gaya == "rapat"))


# ----------------------------------------------------------------------------------------------------------
# Rencana SKP JA/JF


CARA = [
    ("Laporan realisasi {x}", "Aplikasi e-Kinerja / arsip {u}", "Triwulanan"),
    ("Rekap {x}", "Buku register {u}", "Setiap akhir bulan"),
    ("Dokumen {x}", "Subbagian Perencanaan dan Keuangan", "Semesteran oleh atasan langsung"),
]


def rencana_jajf(
    f: Berkas,
    sh: Lembar,
    r0: int,
    v: dict[str, Any],
    rks: list[tuple],
    tambahan: list[tuple],
    pengembangan: bool,
) -> tuple[int, dict[str, Any]]:
    """Tabel Rencana SKP JA/JF (SPEC §3.2–§3.3); kembali baris sesudah tabel dan sel-sel penting."""
    rng = v["rng"]
    info: dict[str, Any] = {"rk": [], "iki": []}
    levels = (
        {"5": ["SK", "K", "C", "B", "SB"], "3": ["C", "B", "SB"], "2": ["C", "SB"]}[v["kategori"]]
        if pengembangan
        else []
    )
    nama_level = {"SK": "SANGAT KURANG", "K": "KURANG", "C": "CUKUP", "B": "BAIK", "SB": "SANGAT BAIK"}
    cols = {"NO": 1, "RKA": 2, "RK": 3, "ASPEK": 4, "IKI": 5, "TARGET": 6}
    c = 7
    for lv in levels:
        cols[lv] = c
        c += 1
    if pengembangan:
        for k in ("DATA", "SUMBER", "WAKTU"):
            cols[k] = c
            c += 1
    ncol = c - 1
    head = {
        "NO": "NO",
        "RKA": rng.choice(
            [
                "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
                "RENCANA KINERJA ATASAN LANGSUNG/\nUNIT KERJA/ORGANISASI",
                "RENCANA KINERJA ATASAN\nYANG DIINTERVENSI",
            ]
        ),
        "RK": "RENCANA KINERJA",
        "ASPEK": "ASPEK",
        "IKI": rng.choice(["INDIKATOR KINERJA INDIVIDU", "INDIKATOR KINERJA\nINDIVIDU"]),
        "TARGET": "TARGET",
    }
    r = r0
    dua = pengembangan
    for k, label in head.items():
        if dua:
            sh.merge(r, cols[k], r + 1, cols[k], label, tebal=True)
        else:
            sh.put(r, cols[k], label, tebal=True)
    if pengembangan:
        c1 = cols[levels[0]]
        sh.merge(r, c1, r, c1 + len(levels) - 1, "KATEGORI PENILAIAN / STANDAR KINERJA", tebal=True)
        for lv in levels:
            sh.put(r + 1, cols[lv], nama_level[lv], tebal=True)
        sh.merge(r, cols["DATA"], r, cols["WAKTU"], "CARA MEMANTAU KINERJA", tebal=True)
        sh.put(r + 1, cols["DATA"], "DATA", tebal=True)
        sh.put(r + 1, cols["SUMBER"], "SUMBER DATA", tebal=True)
        sh.put(r + 1, cols["WAKTU"], "WAKTU PENGUMPULAN", tebal=True)
        r += 1
    r += 1
    if v["baris_nomor"]:
        for i in range(1, ncol + 1):
            sh.put(r, i, f"({i})")
        if v["baris_nomor"] == "sembunyi":
            sh.baris_sembunyi.add(r)
        r += 1
    sh.merge(r, 1, r, ncol, "A. KINERJA UTAMA", tebal=True)
    r += 1
    seen_aspek_ganda = False
    for i, (rka, rk, ikis) in enumerate(rks, start=1):
        if v.get("rk_aktivitas") == i:
            rk = "Menyusun laporan " + rk[0].lower() + rk[1:]
        if v.get("rk_atasan_kosong") == i:
            rka = None
        elif v["rka_nl"] and i == 1:
            rka = patah(rka)
        if v["rk_nl"] and i == 2:
            rk = patah(rk)
        n = len(ikis)
        sh.merge(r, 1, r + n - 1, 1, i if v["nomor"] == "angka" else f"{i}.")
        sel_rka = sh.merge(r, 2, r + n - 1, 2, rka)
        sel_rk = sh.merge(r, 3, r + n - 1, 3, rk)
        info["rk"].append({"rk": rk, "sel": sel_rk, "sel_rka": sel_rka, "row": r, "rka": rka})
        if pengembangan:
            cara = CARA[(i + v["idx"]) % len(CARA)]
            u = rng.choice(["Subbagian Umum", "bidang", "seksi"])
            vals = [cara[0].format(x=ikis[0][1].split(" ", 1)[1].lower()), cara[1].format(u=u), cara[2]]
            if v.get("cara_kosong") == i:
                vals[2] = None
            for k, val in zip(("DATA", "SUMBER", "WAKTU"), vals, strict=False):
                s = sh.merge(r, cols[k], r + n - 1, cols[k], val)
                if val is None:
                    f.catat(
                        "cara-memantau-kosong",
                        "error",
                        sh.nama,
                        s,
                        [
                            (sh.nama, sel_rk),
                            (sh.nama, ref(r, cols["DATA"])),
                            (sh.nama, ref(r, cols["SUMBER"])),
                        ],
                    )
        for j, (aspek, iki, (tn, sat)) in enumerate(ikis):
            rr = r + j
            asp = v["aspek_tulis"].get(aspek, aspek)
            if v.get("aspek_salah") == (i, j):
                asp = "Efektivitas"
            if v.get("aspek_ganda") == (i, j) and not seen_aspek_ganda:
                asp = v["aspek_tulis"].get(ikis[0][0], ikis[0][0])
                seen_aspek_ganda = True
            s_asp = sh.put(rr, 4, asp)
            if v.get("absolut") == (i, j):
                iki = "Semua " + iki.split(" ", 1)[1] + " selesai tepat waktu"
            s_iki = sh.put(rr, 5, iki)
            gaya = v["target_gaya"]
            s_t = ref(rr, 6)
            if v.get("tanpa_target") == (i, j):
                pass
            elif v.get("rentang_terbalik") == (i, j):
                sh.put(rr, 6, f"{angka_id(tn)} – {angka_id(tn - max(1, round(tn / 10)))} {sat}".strip())
            elif v.get("tanpa_satuan") == (i, j):
                sh.put(rr, 6, tn, "0")
            elif v.get("satuan_salah") == (i, j):
                sh.put(rr, 6, f"{angka_id(tn)} dokumen")
            else:
                sel_target(sh, rr, 6, tn, sat, gaya)
            if v.get("aspek_salah") == (i, j):
                f.catat("aspek-tidak-valid", "error", sh.nama, s_asp)
            if v.get("aspek_ganda") == (i, j):
                f.catat("aspek-ganda", "peringatan", sh.nama, s_asp, [(sh.nama, s_iki)])
            if v.get("absolut") == (i, j):
                f.catat("target-absolut", "peringatan", sh.nama, s_iki, [(sh.nama, s_t)])
            if v.get("tanpa_target") == (i, j):
                f.catat("iki-tanpa-target", "error", sh.nama, s_t, [(sh.nama, s_iki)])
            if v.get("rentang_terbalik") == (i, j):
                f.catat("target-rentang-terbalik", "error", sh.nama, s_t)
            if v.get("tanpa_satuan") == (i, j):
                f.catat("target-tanpa-satuan", "peringatan", sh.nama, s_t)
            if v.get("satuan_salah") == (i, j):
                f.catat("satuan-tidak-sesuai-aspek", "peringatan", sh.nama, s_t, [(sh.nama, s_iki)])
            info["iki"].append(
                {
                    "rk": rk,
                    "rka": rka,
                    "aspek": aspek,
                    "iki": iki,
                    "n": tn,
                    "sat": sat,
                    "row": rr,
                    "sel_target": s_t,
                }
            )
            if pengembangan:
                kat = kategori(tn, sat, aspek)
                if v.get("kategori_kosong") == (i, j):
                    kat = {k: "" for k in kat}
                    f.catat(
                        "kategori-penilaian-kosong",
                        "error",
                        sh.nama,
                        ref(rr, cols[levels[-1]]),
                        [(sh.nama, ref(rr, cols[lv])) for lv in levels[:-1]]
                        + [(sh.nama, s_iki), (sh.nama, s_t)],
                    )
                if v.get("kategori_sb_sama") == (i, j):
                    kat["SB"] = teks_target(tn, sat)
                    f.boleh.append({"code": "kategori-tidak-berurutan", "sheet": sh.nama, "row": rr})
                    f.catat(
                        "kategori-tidak-membedakan",
                        "error",
                        sh.nama,
                        ref(rr, cols["SB"]),
                        [(sh.nama, s_t), (sh.nama, s_iki)]
                        + [(sh.nama, ref(rr, cols[lv])) for lv in levels if lv != "SB"],
                    )
                if v.get("kategori_terbalik") == (i, j):
                    kat["SK"], kat["SB"] = kat["SB"], kat["SK"]
                    kat["K"], kat["C"] = kat["C"], kat["K"]
                    f.boleh.append({"code": "kategori-tidak-membedakan", "sheet": sh.nama, "row": rr})
                    f.catat(
                        "kategori-tidak-berurutan",
                        "error",
                        sh.nama,
                        ref(rr, cols[levels[0]]),
                        [(sh.nama, ref(rr, cols[lv])) for lv in levels[1:]]
                        + [(sh.nama, s_iki), (sh.nama, s_t)],
                    )
                for lv in levels:
                    if lv == "B" and v["target_gaya"] == "persen_sel" and sat == "%" and kat[lv]:
                        sh.put(rr, cols[lv], tn / 100, "0%")
                    else:
                        sh.put(rr, cols[lv], kat[lv])
        if v.get("rk_aktivitas") == i:
            f.catat("rk-berbasis-aktivitas", "peringatan", sh.nama, sel_rk)
        if v.get("rk_atasan_kosong") == i:
            f.catat("rk-atasan-kosong", "error", sh.nama, sel_rka, [(sh.nama, sel_rk)])
        r += n
    sh.merge(r, 1, r, ncol, "B. KINERJA TAMBAHAN", tebal=True)
    r += 1
    for i, (rk, iki, (tn, sat)) in enumerate(tambahan, start=1):
        sh.put(r, 1, i if v["nomor"] == "angka" else f"{i}.")
        sh.put(r, 3, rk)
        sh.put(r, 4, "Kuantitas")
        sh.put(r, 5, iki)
        sh.put(r, 6, teks_target(tn, sat))
        if pengembangan:
            kat = kategori(tn, sat, "Kuantitas")
            for lv in levels:
                sh.put(r, cols[lv], kat[lv])
            sh.put(r, cols["DATA"], "Sertifikat/laporan")
            sh.put(r, cols["SUMBER"], "Penyelenggara kegiatan")
            sh.put(r, cols["WAKTU"], "Akhir tahun")
        r += 1
    info["ncol"] = ncol
    for c, w in ((1, 5), (2, 34), (3, 34), (4, 12), (5, 34), (6, 14)):
        sh.lebar[c] = w
    return r + 1, info


# ----------------------------------------------------------------------------------------------------------
# Rencana SKP JPT dan Manual IKI


def rencana_jpt(
    f: Berkas, sh: Lembar, r0: int, v: dict[str, Any], pk: list[tuple], pengembangan: bool
) -> tuple[int, dict[str, Any]]:
    rng = v["rng"]
    off = 1 if pengembangan else 0
    cols = {"P": 1, "NO": 1 + off, "RK": 2 + off, "IKI": 3 + off, "TARGET": 4 + off}
    ncol = 4 + off
    r = r0
    if pengembangan:
        sh.put(r, 1, "PERSPEKTIF", tebal=True)
    sh.put(r, cols["NO"], "NO", tebal=True)
    sh.put(r, cols["RK"], "RENCANA KINERJA", tebal=True)
    sh.put(
        r, cols["IKI"], rng.choice(["INDIKATOR KINERJA INDIVIDU", "INDIKATOR KINERJA\nINDIVIDU"]), tebal=True
    )
    sh.put(r, cols["TARGET"], "TARGET", tebal=True)
    r += 1
    if v["baris_nomor"]:
        for i in range(1, ncol + 1):
            sh.put(r, i, f"({i})")
        if v["baris_nomor"] == "sembunyi":
            sh.baris_sembunyi.add(r)
        r += 1
    sh.merge(r, 1, r, ncol, "A. KINERJA UTAMA", tebal=True)
    r += 1
    info: dict[str, Any] = {"rk": [], "iki": [], "ncol": ncol}
    groups: list[tuple[str, list[tuple]]] = []
    for p, rk, iki, t in pk:
        if groups and groups[-1][0] == p:
            groups[-1][1].append((rk, iki, t))
        else:
            groups.append((p, [(rk, iki, t)]))
    no = 0
    for p, items in groups:
        if pengembangan:
            tulis = v["persp_tulis"].get(p, p)
            if v.get("persp_salah") == p:
                tulis = "Kelembagaan"
            s = sh.merge(r, 1, r + len(items) - 1, 1, tulis)
            if v.get("persp_salah") == p:
                f.boleh.append({"code": "perspektif-tidak-lengkap"})
                f.catat(
                    "perspektif-tidak-valid",
                    "error",
                    sh.nama,
                    s,
                    [(sh.nama, ref(r + k, cols["RK"])) for k in range(len(items))],
                )
        for rk, iki, (tn, sat) in items:
            no += 1
            if v.get("rk_ganda") == no:
                rk = info["rk"][0]["rk"]
            sh.put(r, cols["NO"], no if v["nomor"] == "angka" else f"{no}.")
            s_rk = sh.put(r, cols["RK"], rk)
            s_iki = sh.put(r, cols["IKI"], iki)
            s_t = ref(r, cols["TARGET"])
            if v.get("target_kata") == no:
                sh.put(r, cols["TARGET"], "Meningkat")
                f.catat("target-tidak-terukur", "error", sh.nama, s_t)
            else:
                sel_target(sh, r, cols["TARGET"], tn, sat, v["target_gaya"])
            if v.get("rk_ganda") == no:
                f.catat("rk-ganda", "peringatan", sh.nama, s_rk)
            info["rk"].append({"rk": rk, "sel": s_rk})
            info["iki"].append(
                {
                    "rk": rk,
                    "iki": iki,
                    "n": tn,
                    "sat": sat,
                    "aspek": "Kuantitas",
                    "row": r,
                    "sel_iki": s_iki,
                    "sel_target": s_t,
                    "persp": p,
                }
            )
            r += 1
    sh.merge(r, 1, r, ncol, "B. KINERJA TAMBAHAN", tebal=True)
    r += 1
    for rk, iki, (tn, sat) in bank.TAMBAHAN_JPT:
        sh.put(r, cols["NO"], 1)
        sh.put(r, cols["RK"], rk)
        sh.put(r, cols["IKI"], iki)
        sh.put(r, cols["TARGET"], teks_target(tn, sat))
        r += 1
    for c, w in ((1, 18 if pengembangan else 5), (cols["RK"], 40), (cols["IKI"], 40), (cols["TARGET"], 16)):
        sh.lebar[c] = w
    return r + 1, info


def manual(f: Berkas, v: dict[str, Any], ikis: list[dict[str, Any]], skp: str) -> Lembar:
    sh = Lembar(v["sheet_manual"])
    sh.merge(1, 1, 1, 6, "MANUAL INDIKATOR KINERJA", tebal=True)
    sh.merge(2, 1, 2, 6, f"TAHUN {TAHUN}", tebal=True)
    r = 4
    labels = [
        ("rk", "RENCANA KINERJA"),
        ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
        ("iki", "INDIKATOR KINERJA INDIVIDU"),
        ("definisi", "DEFINISI IKI"),
        ("formula", "FORMULA"),
        ("tujuan", "TUJUAN"),
        ("satuan", "SATUAN PENGUKURAN"),
        ("jenis", "JENIS ASPEK TARGET"),
        ("kendali", "TINGKAT KENDALI IKI"),
        ("sumber", "SUMBER DATA"),
        ("periode", "PERIODE PELAPORAN"),
    ]
    for k, it in enumerate(ikis, start=1):
        if v.get("manual_hilang") == k:
            f.catat("manual-iki-kosong", "error", skp, it["sel_iki"], [(skp, it["sel_target"])])
            continue
        sh.merge(r, 1, r, 6, f"IKI {k}", tebal=True)
        r += 1
        for i, (key, lab) in enumerate(labels, start=1):
            sh.put(r, 1, i)
            sh.put(r, 2, lab)
            sh.put(r, 3, ":")
            if key == "rk":
                val = it["rk"]
            elif key == "iki":
                val = it["iki"]
            else:
                val = bank.MANUAL[key].format(
                    iki=it["iki"].lower(), rk=it["rk"], satuan=it["sat"] or "indeks"
                )
            if v.get("manual_formula_kosong") == k and key == "formula":
                val = None
                f.catat(
                    "manual-iki-kosong",
                    "error",
                    sh.nama,
                    ref(r, 4),
                    [(skp, it["sel_iki"]), (sh.nama, ref(r, 2))],
                )
            sh.merge(r, 4, r, 6, val)
            r += 1
        r += 1
    sh.lebar.update({1: 5, 2: 30, 3: 2, 4: 50})
    return sh


# ----------------------------------------------------------------------------------------------------------
# Keterkaitan SKP–AK, Penilaian, sheet bantu


def keterkaitan(
    f: Berkas, v: dict[str, Any], peg: Orang, rks: list[tuple], sel_rk: list[str], skp: str
) -> Lembar:
    sh = Lembar(v["sheet_ak"])
    sh.merge(1, 1, 1, 5, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", tebal=True)
    rows = [("NAMA", peg.nama), ("NIP", peg.nip), ("JABATAN", peg.jabatan), ("UNIT KERJA", peg.unit)]
    r = 3
    for lab, val in rows:
        sh.put(r, 1, lab)
        sh.put(r, 2, ":")
        sh.merge(r, 3, r, 5, val)
        r += 1
    sh.put(r, 1, "TANGGAL PENGAJUAN")
    sh.put(r, 2, ":")
    sh.put(r, 3, dt.date(TAHUN, 1, 5), FMT_TANGGAL)
    r += 2
    for c, lab in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(r, c, lab, tebal=True)
    r += 1
    sh.merge(r, 1, r, 5, "KINERJA UTAMA", tebal=True)
    r += 1
    no = 0
    for i, (_rka, rk, _ikis, butir) in enumerate(rks, start=1):
        if v.get("ak_tanpa_rk") == i:
            f.catat("rk-tanpa-butir-kegiatan", "error", skp, sel_rk[i - 1])
            continue
        no += 1
        n = len(butir)
        sh.merge(r, 1, r + n - 1, 1, no)
        sh.merge(r, 2, r + n - 1, 2, rk)
        for j, (b, out, ak) in enumerate(butir):
            sh.put(r + j, 3, b)
            sh.put(r + j, 4, out)
            s = ref(r + j, 5)
            if v.get("ak_salah") == (i, j):
                bad = v["ak_salah_nilai"]
                if bad == 0:
                    sh.put(r + j, 5, 0.0, "0.000")
                else:
                    sh.put(r + j, 5, bad)
                f.catat("angka-kredit-tidak-valid", "error", sh.nama, s)
            elif v["ak_gaya"] == "angka":
                sh.put(r + j, 5, ak, "0.000")
            else:
                sh.put(r + j, 5, angka_id(ak))
        r += n
    sh.lebar.update({1: 5, 2: 36, 3: 44, 4: 20, 5: 12})
    return sh


def penilaian(f: Berkas, v: dict[str, Any], ikis: list[dict[str, Any]], jpt: bool) -> Lembar:
    """Sheet Penilaian SKP: realisasi, capaian (rumus =G/F*100 pada jalur LibreOffice), kategori, nilai."""
    sh = Lembar(v["sheet_nilai"])
    rng = v["rng"]
    lo = f.writer != "xlwt"
    heads = (
        ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU"]
        if jpt
        else [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
        ]
    )
    heads += ["TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]
    nc = len(heads)
    sh.merge(1, 1, 1, nc, "PENILAIAN SASARAN KINERJA PEGAWAI", tebal=True)
    sh.merge(2, 1, 2, nc, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    r = 4
    for c, h in enumerate(heads, start=1):
        sh.put(r, c, h, tebal=True)
    r += 1
    sh.merge(r, 1, r, nc, "A. KINERJA UTAMA", tebal=True)
    r += 1
    ct = heads.index("TARGET") + 1
    no = 0
    last = None
    for k, it in enumerate(ikis, start=1):
        if it["rk"] != last:
            no += 1
            last = it["rk"]
        tn, sat, aspek = it["n"], it["sat"], it["aspek"]
        faktor = rng.choice([0.9, 0.95, 1.0, 1.0, 1.05]) if not khusus(aspek) else rng.choice([1.0, 0.9, 1.1])
        real = round(tn * faktor, 1 if (sat in ("%", "") or khusus(aspek)) and tn < 20 else 0)
        if real == int(real):
            real = int(real)
        sh.put(r, 1, no)
        c = 2
        if not jpt:
            sh.put(r, c, it["rka"])
            c += 1
        sh.put(r, c, it["rk"])
        c += 1
        if not jpt:
            sh.put(r, c, it["aspek"])
            c += 1
        sh.put(r, c, it["iki"])
        tcol, rcol, ccol = ct, ct + 1, ct + 2
        pecahan = lo and sat == "%" and v["nilai_pecahan"]
        if v.get("target_beda") == k:
            tn_tulis = tn - 2 if tn > 3 else tn + 1
            f.catat("target-penilaian-berbeda", "error", sh.nama, ref(r, tcol))
        else:
            tn_tulis = tn
        c_bulat, kat, nilai = nilai_capaian(capaian(tn_tulis, real, aspek))
        if lo:
            fmt = (
                "0%"
                if pecahan
                else (
                    '0" %"'
                    if sat == "%"
                    else ("0.00" if sat == "" else f'#,##0 "{sat}"' if sat != "rupiah" else '"Rp"#,##0')
                )
            )
            div = 100 if pecahan else 1
            sh.put(r, tcol, tn_tulis / div, fmt)
            if v.get("realisasi_kosong") == k:
                f.catat("realisasi-kosong", "error", sh.nama, ref(r, rcol))
                r += 1
                continue
            sh.put(r, rcol, real / div, fmt)
            t_ref, r_ref = ref(r, tcol), ref(r, rcol)
            teks = f"(1+(1-{r_ref}/{t_ref}))*100" if khusus(aspek) else f"{r_ref}/{t_ref}*100"
            hasil = capaian(tn_tulis, real, aspek)
            if v["rumus_bulat"]:
                teks, hasil = f"ROUND({teks},0)", float(nilai_capaian(hasil)[0])
            if v.get("capaian_salah") == k:
                sh.put(r, ccol, c_bulat + 7 if c_bulat < 100 else c_bulat - 9)
                f.catat(
                    "capaian-tidak-sesuai",
                    "error",
                    sh.nama,
                    ref(r, ccol),
                    [(sh.nama, ref(r, ccol + 1)), (sh.nama, ref(r, ccol + 2))],
                )
            else:
                sh.put(r, ccol, Rumus(teks, hasil), "0.00")
        else:
            sh.put(r, tcol, teks_target(tn_tulis, sat))
            if v.get("realisasi_kosong") == k:
                f.catat("realisasi-kosong", "error", sh.nama, ref(r, rcol))
                r += 1
                continue
            sh.put(r, rcol, teks_target(real, sat))
            if v.get("capaian_salah") == k:
                sh.put(r, ccol, f"{c_bulat + 7 if c_bulat < 100 else c_bulat - 9} %")
                f.catat(
                    "capaian-tidak-sesuai",
                    "error",
                    sh.nama,
                    ref(r, ccol),
                    [(sh.nama, ref(r, ccol + 1)), (sh.nama, ref(r, ccol + 2))],
                )
            else:
                sh.put(r, ccol, f"{c_bulat} %")
        sh.put(r, ccol + 1, kat)
        sh.put(r, ccol + 2, nilai, "0.00")
        r += 1
    sh.lebar.update({1: 5, 2: 34, 3: 34})
    return sh


def sheet_bantu(nama: str) -> Lembar:
    """Sheet daftar pilihan tersembunyi, seperti templat instansi yang memakai validasi data."""
    sh = Lembar(nama, sembunyi=True)
    for i, a in enumerate(["Kuantitas", "Kualitas", "Waktu", "Biaya"], start=1):
        sh.put(i, 1, a)
    for i, p in enumerate(
        [
            "Juru Muda, I/a",
            "Pengatur, II/c",
            "Penata Muda, III/a",
            "Penata, III/c",
            "Pembina, IV/a",
            "Pembina Utama Muda, IV/c",
        ],
        start=1,
    ):
        sh.put(i, 2, p)
    for i, p in enumerate(["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"], start=1):
        sh.put(i, 3, p)
    return sh


# ----------------------------------------------------------------------------------------------------------
# rencana set


CACAT = {
    "ja-dasar": [
        {"nip_peg": "angka"},
        {"rentang_terbalik": (2, 1), "aspek_salah": (1, 0)},
        {"rk_atasan_kosong": 2, "realisasi_kosong": 2, "penilaian": True},
        {"tanpa_satuan": (1, 0), "rk_aktivitas": 2},
    ],
    "ja-pengembangan": [
        {"kategori_sb_sama": (1, 0)},
        {"cara_kosong": 2},
        {"periode": "tanggal", "periode_salah": True},
        {"tanpa_target": (2, 0), "pangkat_salah": True},
    ],
    "jf-dasar": [
        {"ak_salah": (1, 0), "ak_salah_nilai": 0},
        {"ak_tanpa_rk": 2},
        {"tanpa_ak": True},
        {"satuan_salah": (1, 1), "target_beda": 1, "penilaian": True},
    ],
    "jf-pengembangan": [
        {"kategori_terbalik": (1, 1)},
        {"kategori_kosong": (1, 0)},
        {"penilai_sama": True},
        {"ak_salah": (1, 0), "ak_salah_nilai": "-", "absolut": (1, 0)},
    ],
    "jpt-dasar": [
        {"manual_formula_kosong": 2},
        {"nip_peg": "angka"},
        {"target_kata": 3},
        {"rk_ganda": 3, "jabatan_kosong": True},
    ],
    "jpt-pengembangan": [
        {"persp_salah": "Proses Bisnis"},
        {"tanpa_anggaran": True},
        {"manual_hilang": 2},
        {"capaian_salah": 2, "penilaian": True},
    ],
}

# berkas bersih yang membawa sheet Penilaian (indeks berkas bersih per formulir)
PENILAIAN_BERSIH = {
    "ja-dasar": (0, 3),
    "ja-pengembangan": (1,),
    "jf-dasar": (0,),
    "jf-pengembangan": (2,),
    "jpt-dasar": (1,),
    "jpt-pengembangan": (0, 3),
}

NAMA_SKP = ["SKP 2026", "Sheet1", "FORMAT SKP", "SKP (2)", "Rencana SKP", "skp 2026 fix"]
ASPEK_TULIS = [
    {},
    {"Kuantitas": "Kuantitas/Output", "Kualitas": "Kualitas/Mutu"},
    {"Kuantitas": "IKI (Kuantitas)", "Waktu": "IKI (Waktu)", "Kualitas": "IKI (Kualitas)"},
    {"Kuantitas": "KUANTITAS", "Kualitas": "KUALITAS", "Waktu": "WAKTU", "Biaya": "BIAYA"},
]
PERSP_TULIS = [
    {},
    {"Penerima Layanan": "Penerima Layanan/Stakeholder"},
    {
        "Penerima Layanan": "PERSPEKTIF PENERIMA LAYANAN",
        "Proses Bisnis": "PERSPEKTIF PROSES BISNIS",
        "Penguatan Internal": "PERSPEKTIF PENGUATAN INTERNAL",
        "Anggaran": "PERSPEKTIF ANGGARAN",
    },
    {"Penerima Layanan": "Stakeholder"},
]


def orang(i: int, jabatan: str, unit: str) -> Orang:
    n, nip, p = bank.ORANG[i % len(bank.ORANG)]
    return Orang(n, nip, p, jabatan, unit)


def bangun(
    form: str, k: int, defek: dict[str, Any] | None, idx: int, rng: random.Random, extra: dict[str, Any]
) -> Berkas:
    jenis, model = form.split("-")
    peng = model == "pengembangan"
    writer = "xlwt" if (k // 2 + k + FORMS.index(form)) % 2 == 0 else "xlsxwriter+libreoffice"
    nama = f"{form}-{k + 1:02d}-{'cacat' if defek else 'bersih'}.xls"
    f = Berkas(nama, form, writer)
    d = dict(defek or {})
    d.update(extra)
    ins = bank.INSTANSI[idx % len(bank.INSTANSI)]
    v: dict[str, Any] = {
        "rng": rng,
        "idx": idx,
        "kop_surat": rng.random() < 0.5,
        "judul": rng.choice(
            ["SASARAN KINERJA PEGAWAI", "RENCANA SASARAN KINERJA PEGAWAI", "SASARAN KINERJA PEGAWAI (SKP)"]
        ),
        "periode": d.get("periode") or ["satu", "teks", "tanggal"][idx % 3],
        "identitas": rng.choice(["sisi", "tumpuk"]),
        "tanggal_kaki": rng.choice(["seri", "teks"]),
        "nip_peg": d.get("nip_peg") or rng.choice(["spasi", "rapat"]),
        "nip_pen": rng.choice(["spasi", "rapat"]),
        "baris_nomor": rng.choice([None, "sembunyi", "tampil"]),
        "nomor": rng.choice(["angka", "titik"]),
        "rka_nl": rng.random() < 0.5,
        "rk_nl": rng.random() < 0.4,
        "aspek_tulis": ASPEK_TULIS[idx % len(ASPEK_TULIS)],
        "persp_tulis": PERSP_TULIS[idx % len(PERSP_TULIS)],
        "kategori": ["5", "3", "2"][idx % 3],
        "target_gaya": ["teks", "persen_sel", "rapat", "angka_ribuan"][(idx // 2) % 4],
        "ak_gaya": rng.choice(["angka", "teks"]),
        "sheet_skp": NAMA_SKP[idx % len(NAMA_SKP)],
        "sheet_manual": rng.choice(["MANUAL IKI", "Manual IKI 2026", "Sheet2"]),
        "sheet_ak": rng.choice(["KETERKAITAN AK", "Lamp. AK", "Sheet2"]),
        "sheet_nilai": rng.choice(["Penilaian", "PENILAIAN SKP 2026", "Sheet3"]),
        "bantu": rng.random() < 0.5,
        "kosong_ekstra": rng.random() < 0.4,
        "nilai_pecahan": rng.random() < 0.5,
        "rumus_bulat": rng.random() < 0.5,
    }
    v.update(d)
    if v["sheet_skp"] == "Sheet1" and "Sheet" in v["sheet_ak"] + v["sheet_manual"] + v["sheet_nilai"]:
        v["sheet_ak"], v["sheet_manual"], v["sheet_nilai"] = "Lamp. AK", "MANUAL IKI", "Penilaian"
    skp = Lembar(v["sheet_skp"])
    pen_idx = (idx * 7 + 3) % len(bank.ORANG)
    if jenis == "jpt":
        pj = bank.PEJABAT[idx % len(bank.PEJABAT)]
        jab = ("Plt. " if idx % 5 == 0 else "") + ins["kepala"]
        peg = Orang(pj[0], pj[1], pj[2], jab, ins["nama"].title().replace("Dan ", "dan "))
        bn, bj = ins["bupati"]
        pen = Orang(bn, "-", "-", bj, ins["kop"].replace("PEMERINTAH ", "Pemerintah ").title())
    elif jenis == "ja":
        jab, jab_pen, unit = bank.JA[idx % len(bank.JA)]
        peg = orang(idx * 5 + 2, jab, unit)
        pen = orang(pen_idx, jab_pen, unit)
    else:
        jf_i = idx % len(bank.JF)
        jab, jab_pen, unit = bank.JF[jf_i]
        pemegang = {0: 0, 1: 3, 2: 12, 3: 5, 4: 7, 5: 2}[jf_i]
        peg = orang(pemegang, jab, unit)
        pen = orang(pen_idx if pen_idx != pemegang else pen_idx + 1, jab_pen, unit)
    if v.get("unit_dua_baris") or (jenis != "jpt" and idx % 4 == 1):
        peg.unit = f"{peg.unit}\n{ins['nama'].title().replace('Dan ', 'dan ')}"
    if v.get("pangkat_salah"):
        peg.pangkat = "Penata Muda, III/c"
    if v.get("penilai_sama"):
        pen.nip = peg.nip
    f.jabatan = peg.jabatan
    ncol_guess = (
        13 if peng and jenis != "jpt" else (5 if jenis == "jpt" and peng else (4 if jenis == "jpt" else 6))
    )
    r = kop(f, skp, v, ins, max(ncol_guess, 6))
    if v.get("periode_salah"):
        f.catat(
            "periode-tidak-valid",
            "error",
            skp.nama,
            v["sel_periode"],
            [(skp.nama, c) for c in v["sel_periode_alt"]],
        )
    if v.get("jabatan_kosong"):
        peg.jabatan = ""
    r, sel_id = identitas(f, skp, r, v, peg, pen, jenis == "jpt", max(ncol_guess, 6))
    if v["nip_peg"] == "angka":
        f.catat("nip-tidak-valid", "error", skp.nama, sel_id["peg_NIP"])
    if v.get("pangkat_salah"):
        f.catat("pangkat-tidak-dikenal", "error", skp.nama, sel_id["peg_PANGKAT"])
    if v.get("penilai_sama"):
        f.catat(
            "penilai-sama-dengan-pegawai",
            "error",
            skp.nama,
            sel_id["pen_NIP"],
            [(skp.nama, sel_id["peg_NIP"])],
        )
    if v.get("jabatan_kosong"):
        f.catat("identitas-kosong", "error", skp.nama, sel_id["peg_JABATAN"])
    lembar_lain: list[Lembar] = []
    if jenis == "jpt":
        pk = list(bank.PK)
        if not peng:
            pk = [pk[i] for i in sorted(rng.sample(range(len(pk)), 5))]
        if v.get("tanpa_anggaran"):
            pk = [p for p in pk if p[0] != "Anggaran"]
            f.catat("perspektif-tidak-lengkap", "peringatan", None, None)
        r, info = rencana_jpt(f, skp, r, v, pk, peng)
        lembar_lain.append(manual(f, v, info["iki"], skp.nama))
    else:
        if jenis == "ja":
            pool = [0, 1, 2, 3, 4, 5, 7] if peng else list(range(len(bank.RK_JA)))
            pick = sorted(rng.sample(pool, 2 + idx % 2))
            rks = [bank.RK_JA[i] for i in pick]
            rks_jf: list[tuple] = []
        else:
            jf_i = idx % len(bank.JF)
            sets = {0: [0, 1], 1: [2], 2: [3], 3: [4], 4: [5], 5: [6]}[jf_i]
            rks_jf = [bank.RK_JF[i] for i in sets]
            if len(rks_jf) == 1 or d.get("ak_tanpa_rk") == 2:
                extra = {0: 5, 1: 5, 2: 5, 3: 5, 4: 2, 5: 5}[jf_i]
                if bank.RK_JF[extra] not in rks_jf:
                    rks_jf.append(bank.RK_JF[extra])
                if len(rks_jf) < 2:
                    rks_jf.append(bank.RK_JF[2])
            rks = [(a, b, c) for a, b, c, _ in rks_jf]
        tamb = [bank.RK_TAMBAHAN[idx % len(bank.RK_TAMBAHAN)]] if idx % 3 != 2 else []
        r, info = rencana_jajf(f, skp, r, v, rks, tamb, peng)
        if jenis == "jf":
            if v.get("tanpa_ak"):
                f.catat("keterkaitan-ak-hilang", "error", None, None)
            else:
                lembar_lain.append(keterkaitan(f, v, peg, rks_jf, [x["sel"] for x in info["rk"]], skp.nama))
    kaki(skp, r + 1, v, ins, peg, pen, max(info["ncol"], 6))
    f.lembar.append(skp)
    f.lembar.extend(lembar_lain)
    if v.get("penilaian"):
        f.lembar.append(penilaian(f, v, info["iki"], jenis == "jpt"))
    if v["bantu"]:
        f.lembar.append(sheet_bantu(rng.choice(["Ref", "DATA", "list"])))
    if v["kosong_ekstra"]:
        for nm in ("Sheet2", "Sheet3"):
            if nm not in [s.nama for s in f.lembar]:
                f.lembar.append(Lembar(nm))
    f.layout = {
        k: (list(val) if isinstance(val, tuple) else val)
        for k, val in v.items()
        if k
        in (
            "kop_surat",
            "judul",
            "periode",
            "identitas",
            "tanggal_kaki",
            "nip_peg",
            "nip_pen",
            "baris_nomor",
            "nomor",
            "rka_nl",
            "rk_nl",
            "kategori",
            "target_gaya",
            "ak_gaya",
            "sheet_skp",
            "bantu",
            "kosong_ekstra",
            "nilai_pecahan",
            "rumus_bulat",
        )
    }
    f.layout["aspek_tulis"] = v["aspek_tulis"]
    f.layout["penilaian"] = bool(v.get("penilaian"))
    f.layout["sheets"] = [s.nama + (" (tersembunyi)" if s.sembunyi else "") for s in f.lembar]
    return f


def rencana_set() -> list[Berkas]:
    rng = random.Random(SEED)
    out: list[Berkas] = []
    idx = 0
    for form in FORMS:
        for k in range(8):
            defek = CACAT[form][k // 2] if k % 2 == 1 else None
            extra = {"penilaian": True} if defek is None and (k // 2) in PENILAIAN_BERSIH[form] else {}
            out.append(bangun(form, k, defek, idx, rng, extra))
            idx += 1
    return out


# ----------------------------------------------------------------------------------------------------------
# penulis


def tulis_xlwt(f: Berkas, path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    gaya: dict[tuple, Any] = {}

    def st(fmt: str | None, tebal: bool) -> Any:
        key = (fmt, tebal)
        if key not in gaya:
            spec = "alignment: wrap on, vert top;" + (" font: bold on;" if tebal else "")
            gaya[key] = xlwt.easyxf(spec, num_format_str=fmt or "General")
        return gaya[key]

    for lb in f.lembar:
        ws = wb.add_sheet(lb.nama, cell_overwrite_ok=True)
        if lb.sembunyi:
            ws.visibility = 1
        for c, w in lb.lebar.items():
            ws.col(c - 1).width = 256 * w
        dalam: set[tuple[int, int]] = set()
        for r1, c1, r2, c2 in lb.gabung:
            s = lb.sel.get((r1, c1))
            val = _nilai_xlwt(s.nilai) if s else ""
            ws.write_merge(
                r1 - 1, r2 - 1, c1 - 1, c2 - 1, val, st(s.fmt if s else None, s.tebal if s else False)
            )
            dalam.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        for (r, c), s in sorted(lb.sel.items()):
            if (r, c) in dalam:
                continue
            ws.write(r - 1, c - 1, _nilai_xlwt(s.nilai), st(s.fmt, s.tebal))
        for r in lb.baris_sembunyi:
            ws.row(r - 1).hidden = True
    wb.save(str(path))


def _nilai_xlwt(x: Any) -> Any:
    if isinstance(x, Rumus):  # jalur xlwt menulis angka yang diketik (tanpa rumus)
        return x.hasil
    return x


def tulis_xlsxwriter(f: Berkas, path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    gaya: dict[tuple, Any] = {}

    def st(fmt: str | None, tebal: bool, petik: bool) -> Any:
        key = (fmt, tebal, petik)
        if key not in gaya:
            props: dict[str, Any] = {"text_wrap": True, "valign": "top"}
            if fmt:
                props["num_format"] = fmt
            if tebal:
                props["bold"] = True
            if petik:
                props["quote_prefix"] = True
            gaya[key] = wb.add_format(props)
        return gaya[key]

    def tulis(ws: Any, r: int, c: int, s: Sel) -> None:
        fm = st(s.fmt, s.tebal, s.petik)
        x = s.nilai
        if isinstance(x, Rumus):
            ws.write_formula(r, c, "=" + x.teks, fm, x.hasil)
        elif isinstance(x, dt.date):
            ws.write_datetime(r, c, dt.datetime(x.year, x.month, x.day), fm)
        elif isinstance(x, (int, float)):
            ws.write_number(r, c, x, fm)
        else:
            ws.write_string(r, c, str(x), fm)

    for lb in f.lembar:
        ws = wb.add_worksheet(lb.nama)
        if lb.sembunyi:
            ws.hide()
        for c, w in lb.lebar.items():
            ws.set_column(c - 1, c - 1, w)
        dalam: set[tuple[int, int]] = set()
        for r1, c1, r2, c2 in lb.gabung:
            s = lb.sel.get((r1, c1))
            ws.merge_range(
                r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", st(s.fmt if s else None, bool(s and s.tebal), False)
            )
            if s:
                tulis(ws, r1 - 1, c1 - 1, s)
            dalam.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        for (r, c), s in sorted(lb.sel.items()):
            if (r, c) not in dalam:
                tulis(ws, r - 1, c - 1, s)
        for r in lb.baris_sembunyi:
            ws.set_row(r - 1, None, None, {"hidden": True})
    wb.close()


def libreoffice_xls(xlsx: list[Path], keluar: Path, kerja: Path) -> None:
    """``soffice --convert-to xls:"MS Excel 97"`` untuk semua berkas sekaligus, profil sementara sendiri."""
    if not xlsx:
        return
    profil = kerja / "profil"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profil}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xls:MS Excel 97",
            "--outdir",
            str(keluar),
            *map(str, xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def manifest_entry(f: Berkas) -> dict[str, Any]:
    return {
        "file": f.nama,
        "form": f.form,
        "clean": not f.cacat,
        "defects": f.cacat,
        "boleh": f.boleh,
        "jabatan": f.jabatan,
        "writer": f.writer,
        "layout": f.layout,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_v (SKP .xls BIFF8).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    berkas = rencana_set()
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for p in a.keluaran.glob("*.xls"):
        p.unlink()
    with tempfile.TemporaryDirectory(prefix="nyata_v_") as tmp:
        kerja = Path(tmp)
        antre: list[Path] = []
        for f in berkas:
            if f.writer == "xlwt":
                tulis_xlwt(f, a.keluaran / f.nama)
            else:
                x = kerja / (Path(f.nama).stem + ".xlsx")
                tulis_xlsxwriter(f, x)
                antre.append(x)
        libreoffice_xls(antre, a.keluaran, kerja)
    hilang = [f.nama for f in berkas if not (a.keluaran / f.nama).exists()]
    if hilang:
        raise SystemExit(f"tidak tertulis: {hilang}")
    data = {"set": "nyata_v", "seed": SEED, "files": [manifest_entry(f) for f in berkas]}
    a.harapan.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
