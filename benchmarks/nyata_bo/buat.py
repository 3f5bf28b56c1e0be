"""Build ``benchmarks/nyata_bo``: year-end Penilaian of JPT and JF officials, filled by hand (held-out set).

Written from SPEC §3, §5, §6 and §7 and the user docs only, apart from the product code. Every number in a
Penilaian is computed here by a small scorer written from SPEC §6 (``capaian``, ``kategori_nilai``,
``kategori_rk``, ``predikat``). Each workbook is first laid out in a cell grid (``Lembar``) so that the cell
of every value, and of every injected defect, is known exactly; openpyxl then writes the grid.

Usage: ``python benchmarks/nyata_bo/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261208
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"

# ------------------------------------------------------------------ scorer (SPEC §6, written here)


def rhu(x: float, nd: int = 0) -> float:
    """Half-up rounding of the decimal value (binary noise cut at 9 decimals first)."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(round(x, 9))).quantize(q, rounding=ROUND_HALF_UP))


def capaian(target: tuple, r: float, khusus: bool) -> float:
    """SPEC §6.1: normal r/t, khusus 1 + (1 - r/t); a range is 100 % inside, else against the bound passed."""
    if target[0] == "tunggal":
        t = target[1]
    else:
        lo, hi = target[1], target[2]
        if lo <= r <= hi:
            return 100.0
        t = hi if r > hi else lo
    return (2 - r / t) * 100 if khusus else r / t * 100


def kategori_nilai(c: float, maks_tercapai: bool = False, bulatkan: bool = True) -> tuple[str, float]:
    """SPEC §6.2; capaian rounded half-up to a whole percent first ([interpretation])."""
    if maks_tercapai:
        return "Sangat Baik", 120.0
    cr = rhu(c, 0) if bulatkan else c
    if cr > 110:
        return "Sangat Baik", 120.0
    if cr >= 101:
        return "Sangat Baik", 110 + 10 / 9 * (cr - 101)
    if cr >= 100:
        return "Baik", 109.0
    if cr >= 80:
        return "Cukup", 70 + 19 / 19 * (cr - 80)
    if cr >= 60:
        return "Kurang", 50 + 19 / 19 * (cr - 60)
    return "Sangat Kurang", max(cr, 0) / 59 * 49


def kategori_rk(n: float) -> str:
    """Kategori of an RK (and the Kinerja Tambahan factor F) from its nilai: PP 30/2019 bands."""
    for batas, kat in ((110, "Sangat Baik"), (90, "Baik"), (70, "Cukup"), (50, "Kurang")):
        if n >= batas:
            return kat
    return "Sangat Kurang"


F = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(nk: float, ide: bool) -> str:
    """SPEC §6.4: Sangat Baik needs a new idea, otherwise Baik."""
    if nk >= 110:
        return "Sangat Baik" if ide else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


# ------------------------------------------------------------------ text helpers


def angka(x: float, nd: int | None = None) -> str:
    """Indonesian number text: thousands '.', decimal ','; nd None = as few decimals as needed."""
    if nd is None:
        nd = 0 if float(x).is_integer() else (1 if rhu(x, 1) == rhu(x, 2) else 2)
    s = f"{rhu(x, nd):,.{nd}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def target_teks(tg: tuple) -> str:
    sat = tg[-1]
    if tg[0] == "tunggal":
        n = angka(tg[1])
        return f"Rp {n}" if sat == "rupiah" else (f"{n} %" if sat == "%" else f"{n} {sat}")
    lo, hi = angka(tg[1]), angka(tg[2])
    return f"{lo} - {hi} %" if sat == "%" else f"{lo} - {hi} {sat}"


def nilai_teks(x: float, sat: str) -> str:
    n = angka(x)
    return f"Rp {n}" if sat == "rupiah" else (f"{n} %" if sat == "%" else f"{n} {sat}")


def judul(kat: str, kapital: bool) -> str:
    return kat.upper() if kapital else kat


# ------------------------------------------------------------------ grid


class Lembar:
    """One sheet as a grid: values, number formats, merges; cells addressed as (row, col), 1-based."""

    def __init__(self, nama: str) -> None:
        self.nama = nama
        self.sel: dict[tuple[int, int], Any] = {}
        self.fmt: dict[tuple[int, int], str] = {}
        self.gabung: list[tuple[int, int, int, int]] = []
        self.lebar: dict[int, float] = {}

    def tulis(self, r: int, c: int, v: Any, fmt: str | None = None) -> str:
        self.sel[(r, c)] = v
        if fmt:
            self.fmt[(r, c)] = fmt
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.gabung.append((r1, c1, r2, c2))


def addr(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


def simpan(lembar: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for lb in lembar:
        ws = wb.create_sheet(lb.nama)
        for (r, c), v in sorted(lb.sel.items()):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in lb.fmt:
                cell.number_format = lb.fmt[(r, c)]
        for r1, c1, r2, c2 in lb.gabung:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in lb.lebar.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        if (1, 1) in lb.sel:
            ws.cell(row=1, column=1).font = Font(bold=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


# ------------------------------------------------------------------ people


def buat_nip(rng: random.Random, lahir_tahun: int, pria: bool) -> str:
    bln, tgl = rng.randint(1, 12), rng.randint(1, 28)
    tmt = lahir_tahun + rng.randint(23, 28)
    tmt_bln, urut = rng.randint(1, 12), rng.randint(1, 12)
    return f"{lahir_tahun}{bln:02d}{tgl:02d} {tmt}{tmt_bln:02d} {1 if pria else 2} {urut:03d}"


def orang(rng: random.Random, gelar: list[str], gol: str, lahir: tuple[int, int], dipakai: set[str]) -> dict:
    while True:
        pria = rng.random() < 0.55
        n = rng.choice(bank.NAMA_PRIA if pria else bank.NAMA_WANITA)
        if n not in dipakai:
            dipakai.add(n)
            break
    return {
        "nama": rng.choice(gelar).format(n=n),
        "nip": buat_nip(rng, rng.randint(*lahir), pria),
        "pangkat": f"{bank.PANGKAT[gol]}, {gol}",
    }


# ------------------------------------------------------------------ plan and realisasi


def rencana(form: str, idx: int, rng: random.Random, tambahan: bool) -> tuple[dict, list[dict]]:
    """The official's profile and the plan: list of RK {bagian, persp, atasan, rk, ikis, butir, memantau}."""
    jenis = form.split("-")[0]
    rks: list[dict] = []
    src: dict[str, Any]
    prof: dict[str, Any]
    if jenis == "jpt":
        src = dict(bank.JPT[idx % len(bank.JPT)])
        prof = {"jabatan": src["jabatan"], "unit": src["unit"]}
        for persp, rk, ikis in src["rk"]:
            rks.append(
                {
                    "bagian": "utama",
                    "persp": persp,
                    "atasan": None,
                    "rk": rk,
                    "butir": [],
                    "ikis": [
                        {"aspek": None, "iki": i, "target": t, "maks": m, "khusus": False} for i, t, m in ikis
                    ],
                }
            )
    else:
        pool: list[dict[str, Any]] = bank.JF if jenis == "jf" else bank.JA
        src = pool[idx % len(pool)]
        prof = {
            "jabatan": src["jabatan"],
            "unit": src["unit"],
            "gol": src["gol"],
            "atasan_jab": src.get("atasan_jab"),
        }
        for item in src["rk"]:
            atasan, rk, ikis = item[0], item[1], item[2]
            butir = item[3] if len(item) > 3 else []
            rks.append(
                {
                    "bagian": "utama",
                    "persp": None,
                    "atasan": atasan,
                    "rk": rk,
                    "butir": butir,
                    "ikis": [
                        {"aspek": a, "iki": i, "target": t, "maks": m, "khusus": a in ("Waktu", "Biaya")}
                        for a, i, t, m in ikis
                    ],
                }
            )
    if tambahan:
        rk, iki, aspek, tg = bank.TAMBAHAN[rng.randrange(len(bank.TAMBAHAN))]
        rks.append(
            {
                "bagian": "tambahan",
                "persp": None,
                "atasan": None,
                "rk": rk,
                "butir": [],
                "ikis": [
                    {
                        "aspek": None if jenis == "jpt" else aspek,
                        "iki": iki,
                        "target": tg,
                        "maks": False,
                        "khusus": False,
                    }
                ],
            }
        )
    return prof, rks


BOBOT_HASIL = {
    "tinggi": (("atas", 5), ("tepat", 3), ("sedikit", 2)),
    "sedang": (("atas", 2), ("tepat", 4), ("sedikit", 3), ("bawah", 1)),
    "rendah": (("atas", 1), ("tepat", 2), ("sedikit", 3), ("bawah", 4)),
}


def bulat_satuan(x: float, sat: str, contoh: float) -> float:
    if sat == "rupiah":
        return rhu(x / 500000) * 500000
    if sat in ("%", "poin", "ton/ha", "miliar rupiah") or not float(contoh).is_integer():
        return rhu(x, 1)
    return max(rhu(x), 1)


def realisasi(iki: dict, profil: str, rng: random.Random) -> tuple[float, str]:
    hasil = rng.choices([h for h, _ in BOBOT_HASIL[profil]], [w for _, w in BOBOT_HASIL[profil]])[0]
    tg, kh = iki["target"], iki["khusus"]
    sat = tg[-1]
    rasio = {
        "atas": rng.uniform(1.03, 1.18),
        "tepat": 1.0,
        "sedikit": rng.uniform(0.85, 0.97),
        "bawah": rng.uniform(0.62, 0.78),
    }[hasil]
    if iki["maks"]:
        r = tg[1] if hasil in ("atas", "tepat") else rhu(tg[1] * rng.uniform(0.9, 0.98), 1)
        return r, hasil
    if tg[0] == "tunggal":
        basis = tg[1]
    else:
        lo, hi = tg[1], tg[2]
        if hasil == "tepat":
            return bulat_satuan((lo + hi) / 2, sat, lo), "dalam-rentang"
        basis = (lo if kh else hi) if hasil == "atas" else (hi if kh else lo)
        hasil = {"atas": "di-atas-rentang" if not kh else "di-bawah-rentang-khusus"}.get(
            hasil, "di-bawah-rentang" if not kh else "di-atas-rentang-khusus"
        )
    r = basis * (2 - rasio if kh else rasio)
    return bulat_satuan(r, sat, basis), hasil


def hitung(
    rks: list[dict],
    jenis: str,
    bulatkan: bool = True,
    khusus_salah: int | None = None,
    kosong: int | None = None,
    target_lain: dict[int, tuple] | None = None,
) -> dict:
    """Score a filled plan. ``khusus_salah``: IKI number computed as normal (the habit as a defect);
    ``kosong``: IKI left out; ``target_lain``: IKI scored against another target."""
    iki_out: list[dict] = []
    rk_out: list[dict] = []
    n = 0
    for rk in rks:
        nil = []
        for iki in rk["ikis"]:
            tg = (target_lain or {}).get(n, iki["target"])
            if n == kosong:
                iki_out.append({"cap": None, "kat": None, "nilai": None})
            else:
                kh = iki["khusus"] and n != khusus_salah
                c = capaian(tg, iki["r"], kh)
                maks = iki["maks"] and iki["r"] >= tg[1]
                if maks:
                    c = 100.0
                kat, nv = kategori_nilai(c, maks, bulatkan)
                iki_out.append({"cap": c, "kat": kat, "nilai": nv})
                nil.append(nv)
            n += 1
        nr = sum(nil) / len(nil)
        rk_out.append({"nilai": nr, "kat": kategori_rk(nr), "bagian": rk["bagian"]})
    utama = [r["nilai"] for r in rk_out if r["bagian"] == "utama"]
    nku = sum(utama) / len(utama)
    tamb = [F[r["kat"]] * 10 / 100 * r["nilai"] / 100 for r in rk_out if r["bagian"] == "tambahan"]
    nkt = min(10.0, sum(tamb))
    skp = rhu(min(120.0, nku + nkt), 2)
    # JPT: the 60/40 reading with the first k RK as Perjanjian Kinerja (docs, bacaan_lain.urutan_rk_jpt)
    alt = []
    if jenis == "jpt":
        for k in range(1, len(utama)):
            a = 0.6 * sum(utama[:k]) / k + 0.4 * sum(utama[k:]) / (len(utama) - k)
            alt.append(rhu(min(120.0, a + nkt), 2))
    return {
        "iki": iki_out,
        "rk": rk_out,
        "nku": nku,
        "nkt": nkt,
        "tamb": tamb,
        "skp": skp,
        "alt": alt,
        "nku_saja": rhu(min(120.0, nku), 2),
    }


# ------------------------------------------------------------------ sheets


def kop(
    lb: Lembar, judul1: str, baris2: str, instansi: str, peg: dict, pen: dict, jpt: bool, ncol: int
) -> int:
    lb.tulis(1, 1, judul1)
    lb.merge(1, 1, 1, ncol)
    lb.tulis(2, 1, baris2)
    lb.merge(2, 1, 2, ncol)
    lb.tulis(3, 1, instansi)
    lb.merge(3, 1, 3, ncol)
    lb.tulis(4, 1, PERIODE)
    lb.merge(4, 1, 4, ncol)
    lb.tulis(6, 1, "NO")
    lb.tulis(6, 2, "PEGAWAI YANG DINILAI")
    lb.merge(6, 2, 6, 3)
    lb.tulis(6, 4, "NO")
    lb.tulis(6, 5, "PEJABAT PENILAI KINERJA")
    lb.merge(6, 5, 6, 6)
    label = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    for i, key in enumerate(("nama", "nip", "pangkat", "jabatan", "unit")):
        r = 7 + i
        lb.tulis(r, 1, i + 1)
        lb.tulis(r, 2, label[i])
        lb.tulis(r, 3, peg[key])
        lb.tulis(r, 4, i + 1)
        lb.tulis(r, 5, "INSTANSI" if (key == "unit" and pen.get("instansi")) else label[i])
        lb.tulis(r, 6, pen[key])
    return 13


def ttd(lb: Lembar, r: int, tempat: str, tanggal: str, peg: dict, pen: dict, c_kanan: int) -> None:
    lb.tulis(r, c_kanan, f"{tempat}, {tanggal}")
    lb.tulis(r + 1, 2, "Pejabat Penilai Kinerja")
    lb.tulis(r + 1, c_kanan, "Pegawai yang Dinilai")
    lb.tulis(r + 5, 2, pen["nama"])
    lb.tulis(r + 6, 2, f"NIP. {pen['nip']}" if pen["nip"] != "-" else "")
    lb.tulis(r + 5, c_kanan, peg["nama"])
    lb.tulis(r + 6, c_kanan, f"NIP. {peg['nip']}")


def kategori_standar(iki: dict) -> tuple[str, str, str]:
    """CUKUP | BAIK | SANGAT BAIK of a Model Pengembangan IKI (BAIK = the target, SPEC §3.3)."""
    tg, kh = iki["target"], iki["khusus"]
    sat = tg[-1]
    if tg[0] == "rentang":
        lo, hi = tg[1], tg[2]
        if kh:
            return f"> {nilai_teks(hi * 1.25, sat)}", target_teks(tg), f"< {nilai_teks(lo, sat)}"
        return (
            f"< {nilai_teks(bulat_satuan(lo * 0.85, sat, lo), sat)}",
            target_teks(tg),
            f"> {nilai_teks(hi, sat)}",
        )
    t = tg[1]
    if kh:
        return (
            f"> {nilai_teks(bulat_satuan(t * 1.25, sat, t + 0.5), sat)}",
            target_teks(tg),
            f"< {nilai_teks(t, sat)}",
        )
    return f"< {nilai_teks(bulat_satuan(t * 0.8, sat, t), sat)}", target_teks(tg), f"> {nilai_teks(t, sat)}"


def sheet_skp(
    form: str, prof: dict, peg: dict, pen: dict, rks: list[dict], instansi: str, tempat: str, cacat: dict
) -> tuple[Lembar, dict]:
    """The approved plan; returns the grid and the cells of each IKI (for defects in the plan)."""
    jenis, model = form.split("-")
    lb = Lembar("SKP")
    cells: dict[str, Any] = {"iki": [], "rk": []}
    if jenis == "jpt":
        cols = (["PERSPEKTIF"] if model == "pengembangan" else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        baris2 = "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    else:
        cols = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        baris2 = "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
        if model == "pengembangan":
            cols += ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
    ncol = len(cols)
    r = kop(lb, "SASARAN KINERJA PEGAWAI", baris2, instansi, peg, pen, jenis == "jpt", max(ncol, 6))
    dua = jenis != "jpt" and model == "pengembangan"
    for c, h in enumerate(cols, 1):
        if dua and c >= 7:
            lb.tulis(r + 1, c, h)
        else:
            lb.tulis(r, c, h)
            if dua:
                lb.merge(r, c, r + 1, c)
    if dua:
        lb.tulis(r, 7, "KATEGORI PENILAIAN KINERJA")
        lb.merge(r, 7, r, 9)
        lb.tulis(r, 10, "CARA MEMANTAU KINERJA")
        lb.merge(r, 10, r, 12)
        r += 1
    r += 1
    ci = {h: i + 1 for i, h in enumerate(cols)}
    no_col = ci["NO"]
    n = 0
    for bagian, label in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        lb.tulis(r, 1, label)
        lb.merge(r, 1, r, ncol)
        r += 1
        grup = [rk for rk in rks if rk["bagian"] == bagian]
        persp_awal: dict[str, int] = {}
        for k, rk in enumerate(grup, 1):
            top = r
            m = len(rk["ikis"])
            lb.tulis(r, no_col, k)
            if jenis == "jpt":
                if model == "pengembangan" and bagian == "utama" and rk["persp"] not in persp_awal:
                    persp_awal[rk["persp"]] = r
                    lb.tulis(r, 1, rk["persp"])
                lb.tulis(r, ci["RENCANA KINERJA"], rk["rk"])
            else:
                lb.tulis(r, 2, rk["atasan"] or "")
                lb.tulis(r, 3, rk["rk"])
            cells["rk"].append(addr(r, ci["RENCANA KINERJA"]))
            for iki in rk["ikis"]:
                if jenis != "jpt":
                    lb.tulis(r, 4, iki["aspek"])
                lb.tulis(r, ci["INDIKATOR KINERJA INDIVIDU"], iki["iki"])
                tt: str | None = target_teks(iki["target"])
                if cacat.get("tanpa_target") == n:
                    tt = None
                if tt is not None:
                    lb.tulis(r, ci["TARGET"], tt)
                cells["iki"].append(
                    {"iki": addr(r, ci["INDIKATOR KINERJA INDIVIDU"]), "target": addr(r, ci["TARGET"])}
                )
                if dua:
                    for j, v in enumerate(kategori_standar(iki)):
                        lb.tulis(r, 7 + j, v)
                n += 1
                r += 1
            for c in [no_col, ci["RENCANA KINERJA"]] + ([2] if jenis != "jpt" else []):
                lb.merge(top, c, top + m - 1, c)
            if dua:
                d = rk["rk"].split(" ")[0]
                lb.tulis(
                    top, 10, f"Laporan realisasi {rk['ikis'][0]['iki'][0].lower()}{rk['ikis'][0]['iki'][1:]}"
                )
                lb.tulis(top, 11, f"Rekapitulasi {d.lower()} dari aplikasi e-Kinerja dan bukti dukung unit")
                lb.tulis(top, 12, "Triwulanan")
                for c in (10, 11, 12):
                    lb.merge(top, c, top + m - 1, c)
        if jenis == "jpt" and model == "pengembangan" and bagian == "utama":
            awal = sorted(persp_awal.values()) + [r]
            for a, b in zip(awal, awal[1:], strict=False):
                lb.merge(a, 1, b - 1, 1)
        if not grup:
            r += 1
    ttd(lb, r + 1, tempat, "2 Januari 2026", peg, pen, max(ncol - 1, 4))
    for c in range(1, ncol + 1):
        lb.lebar[c] = 6 if cols[c - 1] == "NO" else 26
    return lb, cells


def sheet_manual(rks: list[dict], cacat: dict) -> tuple[Lembar, dict]:
    lb = Lembar("Manual IKI")
    lb.tulis(1, 1, "MANUAL INDIKATOR KINERJA")
    lb.merge(1, 1, 1, 3)
    r = 3
    labels = [
        ("RENCANA KINERJA", "rk"),
        ("DESKRIPSI RENCANA KINERJA", "deskripsi"),
        ("INDIKATOR KINERJA INDIVIDU", "iki"),
        ("DEFINISI IKI", "definisi"),
        ("FORMULA", "formula"),
        ("TUJUAN", "tujuan"),
        ("SATUAN PENGUKURAN", "satuan"),
        ("JENIS ASPEK TARGET", "jenis"),
        ("TINGKAT KENDALI IKI", "kendali"),
        ("SUMBER DATA", "sumber"),
        ("PERIODE PELAPORAN", "periode"),
    ]
    cells: dict[str, Any] = {}
    n = 0
    for rk in rks:
        if rk["bagian"] != "utama":
            n += len(rk["ikis"])
            continue
        for iki in rk["ikis"]:
            sat = iki["target"][-1]
            sat = "persen" if sat == "%" else sat
            vals = {"rk": rk["rk"], "iki": iki["iki"]}
            for k, v in bank.MANUAL.items():
                vals[k] = v.format(iki_kecil=iki["iki"][0].lower() + iki["iki"][1:], satuan=sat)
            lb.tulis(r, 1, f"MANUAL IKI {n + 1}")
            r += 1
            for lab, key in labels:
                lb.tulis(r, 1, lab)
                lb.tulis(r, 2, ":")
                if not (cacat.get("manual_kosong") == n and key == "formula"):
                    lb.tulis(r, 3, vals[key])
                else:
                    cells["formula"] = addr(r, 3)
                    cells["iki_manual"] = addr(r - 2, 3)
                r += 1
            r += 1
            n += 1
    lb.lebar.update({1: 30, 2: 3, 3: 70})
    return lb, cells


def sheet_keterkaitan(
    peg: dict, pen: dict, rks: list[dict], instansi: str, cacat: dict
) -> tuple[Lembar, dict]:
    lb = Lembar("Keterkaitan AK")
    kop(lb, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", "PEJABAT FUNGSIONAL", instansi, peg, pen, False, 6)
    lb.tulis(13, 2, "TANGGAL PENGAJUAN")
    lb.tulis(13, 3, "5 Januari 2026")
    r = 15
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        lb.tulis(r, c, h)
    r += 1
    lb.tulis(r, 1, "KINERJA UTAMA")
    lb.merge(r, 1, r, 5)
    r += 1
    cells: dict[str, Any] = {}
    k = 0
    for i, rk in enumerate(rks):
        if rk["bagian"] != "utama" or cacat.get("tanpa_butir") == i:
            continue
        k += 1
        top = r
        lb.tulis(r, 1, k)
        lb.tulis(r, 2, rk["rk"])
        for j, (butir, out, ak) in enumerate(rk["butir"]):
            lb.tulis(r, 3, butir)
            lb.tulis(r, 4, out)
            if cacat.get("ak_salah") == (i, j):
                lb.tulis(r, 5, "-")
                cells["ak"] = addr(r, 5)
            else:
                lb.tulis(r, 5, ak)
            r += 1
        lb.merge(top, 1, r - 1, 1)
        lb.merge(top, 2, r - 1, 2)
    lb.lebar.update({1: 6, 2: 40, 3: 40, 4: 22, 5: 14})
    return lb, cells


# ------------------------------------------------------------------ the filled Penilaian


def sheet_penilaian(
    form: str,
    peg: dict,
    pen: dict,
    rks: list[dict],
    instansi: str,
    tempat: str,
    gaya: dict,
    tulis: dict,
    ringkas: dict,
) -> tuple[Lembar, dict]:
    """Write the Penilaian from the written values ``tulis`` (per IKI/RK, may hold defects); returns cells."""
    jenis, model = form.split("-")
    lb = Lembar("Penilaian")
    if jenis == "jpt":
        cols = (["PERSPEKTIF"] if model == "pengembangan" else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "NILAI TERTIMBANG",
        ]
        baris2 = "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    else:
        cols = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
        ]
        cols += (["NILAI CAPAIAN IKI"] if gaya["kolom_nilai_iki"] else []) + [
            "KATEGORI CAPAIAN RK",
            "NILAI CAPAIAN RK",
            "NILAI TERTIMBANG",
        ]
        baris2 = "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
    ci = {h: i + 1 for i, h in enumerate(cols)}
    ncol = len(cols)
    r = kop(lb, "PENILAIAN SASARAN KINERJA PEGAWAI", baris2, instansi, peg, pen, jenis == "jpt", ncol)
    for c, h in enumerate(cols, 1):
        lb.tulis(r, c, h)
    r += 1
    cells: dict[str, Any] = {"iki": [], "rk": []}
    n = 0
    nrk = 0
    kap = gaya["kategori_kapital"]
    for bagian, label in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        lb.tulis(r, 1, label)
        lb.merge(r, 1, r, ncol)
        r += 1
        grup = [(i, rk) for i, rk in enumerate(rks) if rk["bagian"] == bagian]
        persp_awal: dict[str, int] = {}
        for k, (i, rk) in enumerate(grup, 1):
            top = r
            m = len(rk["ikis"])
            wr = tulis["rk"][i]
            lb.tulis(r, ci["NO"], k)
            if (
                jenis == "jpt"
                and model == "pengembangan"
                and bagian == "utama"
                and rk["persp"] not in persp_awal
            ):
                persp_awal[rk["persp"]] = r
                lb.tulis(r, 1, rk["persp"])
            if jenis != "jpt":
                lb.tulis(r, 2, rk["atasan"] or "")
            lb.tulis(r, ci["RENCANA KINERJA"], rk["rk"])
            rkc = {}
            for iki in rk["ikis"]:
                w = tulis["iki"][n]
                if jenis != "jpt":
                    lb.tulis(r, ci["ASPEK"], iki["aspek"])
                lb.tulis(r, ci["INDIKATOR KINERJA INDIVIDU"], iki["iki"])
                lb.tulis(r, ci["TARGET"], w["target"])
                sel: dict[str, Any] = {"row": r}
                for key, col in (
                    ("realisasi", "REALISASI"),
                    ("cap", "CAPAIAN IKI"),
                    ("kat", "KATEGORI CAPAIAN IKI"),
                    ("nilai", "NILAI CAPAIAN IKI"),
                    ("tertimbang", "NILAI TERTIMBANG"),
                ):
                    if col not in ci or (key == "tertimbang" and jenis != "jpt"):
                        continue
                    sel[key] = addr(r, ci[col])
                    v = w.get(key)
                    if v is None:
                        continue
                    if isinstance(v, tuple):
                        lb.tulis(r, ci[col], v[0], v[1])
                    else:
                        lb.tulis(r, ci[col], judul(v, kap) if key == "kat" else v)
                cells["iki"].append(sel)
                n += 1
                r += 1
            if jenis != "jpt":
                for key, col in (
                    ("kat", "KATEGORI CAPAIAN RK"),
                    ("nilai", "NILAI CAPAIAN RK"),
                    ("tertimbang", "NILAI TERTIMBANG"),
                ):
                    v = wr[key]
                    rkc[key] = addr(top, ci[col])
                    if isinstance(v, tuple):
                        lb.tulis(top, ci[col], v[0], v[1])
                    else:
                        lb.tulis(top, ci[col], judul(v, kap))
                    lb.merge(top, ci[col], top + m - 1, ci[col])
                for col in ("NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA"):
                    lb.merge(top, ci[col], top + m - 1, ci[col])
            else:
                for col in ("NO", "RENCANA KINERJA"):
                    lb.merge(top, ci[col], top + m - 1, ci[col])
            cells["rk"].append(rkc)
            nrk += 1
        if jenis == "jpt" and model == "pengembangan" and bagian == "utama":
            awal = sorted(persp_awal.values()) + [r]
            for a, b in zip(awal, awal[1:], strict=False):
                lb.merge(a, 1, b - 1, 1)
        if not grup:
            r += 1
    vcol = ci["NILAI TERTIMBANG"]
    baris = [("NILAI AKHIR SKP", "akhir")]
    if ringkas["di_penilaian"]:
        baris += [
            ("NILAI PERILAKU KERJA", "perilaku"),
            ("NILAI KINERJA PEGAWAI (70% NILAI SKP + 30% NILAI PERILAKU KERJA)", "nk"),
            ("PREDIKAT KINERJA PEGAWAI", "predikat"),
        ]
    for lab, key in baris:
        lb.tulis(r, 1, lab)
        lb.merge(r, 1, r, vcol - 1)
        v = ringkas[key]
        if isinstance(v, tuple):
            lb.tulis(r, vcol, v[0], v[1])
        else:
            lb.tulis(r, vcol, v)
        cells[key] = addr(r, vcol)
        r += 1
    ttd(lb, r + 1, tempat, "8 Januari 2027", peg, pen, max(ncol - 2, 4))
    for c in range(1, ncol + 1):
        lb.lebar[c] = 6 if cols[c - 1] == "NO" else (30 if c <= ci["TARGET"] else 15)
    return lb, cells


def sheet_perilaku(nilai: list[int], ringkas: dict) -> tuple[Lembar, dict]:
    lb = Lembar("Perilaku")
    lb.tulis(1, 1, "PENILAIAN PERILAKU KERJA")
    lb.merge(1, 1, 1, 3)
    lb.tulis(2, 1, PERIODE)
    lb.merge(2, 1, 2, 3)
    for c, h in enumerate(["NO", "ASPEK PERILAKU KERJA", "NILAI"], 1):
        lb.tulis(4, c, h)
    for i, (a, v) in enumerate(zip(bank.ASPEK_PERILAKU, nilai, strict=True)):
        lb.tulis(5 + i, 1, i + 1)
        lb.tulis(5 + i, 2, a)
        lb.tulis(5 + i, 3, v)
    cells: dict[str, Any] = {}
    lb.tulis(10, 2, "NILAI PERILAKU KERJA")
    lb.tulis(10, 3, ringkas["perilaku_perilaku"][0], ringkas["perilaku_perilaku"][1])
    lb.tulis(11, 2, "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI")
    lb.tulis(11, 3, "Ya" if ringkas["ide"] else "Tidak")
    if not ringkas["di_penilaian"]:
        lb.tulis(13, 2, "NILAI SKP")
        v = ringkas["akhir"]
        lb.tulis(13, 3, v[0], v[1]) if isinstance(v, tuple) else lb.tulis(13, 3, v)
        lb.tulis(14, 2, "NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU KERJA)")
        lb.tulis(14, 3, ringkas["nk"][0], ringkas["nk"][1])
        lb.tulis(15, 2, "PREDIKAT KINERJA PEGAWAI")
        lb.tulis(15, 3, ringkas["predikat"])
        cells["predikat"] = "C15"
        cells["akhir_perilaku"] = "C13"
    lb.lebar.update({1: 6, 2: 55, 3: 16})
    return lb, cells


# ------------------------------------------------------------------ one workbook

JA_PENILAI = [
    "Kepala Dinas Kesehatan",
    "Sekretaris Dinas Pendidikan",
    "Kepala Sub Bagian Umum dan Kepegawaian",
]
JA_PENILAI_GOL = ["IV/c", "IV/a", "III/d"]
LAHIR = {"II": (1990, 1996), "III": (1980, 1990), "IV": (1967, 1977)}

JAUH_KAT = {
    "Sangat Baik": "Cukup",
    "Baik": "Kurang",
    "Cukup": "Sangat Baik",
    "Kurang": "Baik",
    "Sangat Kurang": "Baik",
}
NILAI_LAIN = {"Sangat Baik": 95.0, "Baik": 88.0, "Cukup": 100.0, "Kurang": 75.0, "Sangat Kurang": 60.0}
JAUH_PRED = {
    "Sangat Baik": "Kurang",
    "Baik": "Kurang",
    "Butuh Perbaikan": "Sangat Baik",
    "Kurang": "Baik",
    "Sangat Kurang": "Baik",
}
BATAS = (110, 90, 70, 50)


def lahir(gol: str) -> tuple[int, int]:
    return LAHIR[gol.split("/")[0]]


def f_realisasi(iki: dict, r: float, gaya: str, rng: random.Random) -> Any:
    sat = iki["target"][-1]
    if gaya == "angka":
        return (r, "#,##0" if sat == "rupiah" else ("0" if float(r).is_integer() else "0.0"))
    t = nilai_teks(r, sat)
    if gaya == "catatan" and rng.random() < 0.7:
        t += f" ({rng.choice(bank.CATATAN_REALISASI)})"
    return t


def f_cap(c: float, gaya: str) -> Any:
    if gaya == "koma2":
        return f"{angka(c, 2)} %"
    if gaya == "angka2":
        return (rhu(c, 2), "0.00")
    return f"{angka(rhu(c, 0), 0)} %"


def f_nilai(x: float, gaya: str) -> Any:
    return (rhu(x, 2), "0.00") if gaya == "angka" else angka(x, 2)


def f_akhir(x: float, gaya: str) -> Any:
    if gaya == "dua":
        return (rhu(x, 2), "0.00")
    if gaya == "satu":
        return angka(rhu(x, 1), 1)
    if gaya == "bulat":
        return (rhu(x, 0), "0")
    return angka(float(Decimal(repr(round(x, 9))).quantize(Decimal("0.01"), rounding=ROUND_DOWN)), 2)


def nilai_kinerja(skp: float, per: float) -> float:
    return rhu(0.7 * skp + 0.3 * per, 2)


def berkas(
    no: int, form: str, idx: int, cacat_jenis: list[str], dengan_penilaian: bool, keluaran: Path
) -> dict:
    rng = random.Random(SEED * 1000 + no)
    jenis, model = form.split("-")
    daerah = bank.KABUPATEN if no % 3 else bank.KOTA
    instansi = f"PEMERINTAH {daerah}"
    tempat = bank.TEMPAT[daerah]
    tambahan = "tambahan-tak-dijumlah" in cacat_jenis or (dengan_penilaian and rng.random() < 0.5)
    prof, rks = rencana(form, idx, rng, tambahan)
    dipakai: set[str] = set()
    variasi: list[str] = [f"instansi-{'kota' if daerah == bank.KOTA else 'kabupaten'}"]
    if jenis == "jpt":
        gol = "IV/d" if prof["jabatan"] == "SEKRETARIS DAERAH" else rng.choice(["IV/c", "IV/d"])
        peg = orang(rng, bank.GELAR_JPT, gol, lahir(gol), dipakai)
        peg["jabatan"] = f"{prof['jabatan']} {daerah}"
        peg["unit"] = f"{prof['unit']} {daerah}"
        if prof["jabatan"] == "SEKRETARIS DAERAH":
            pen = {
                "nama": bank.NAMA_KEPALA_DAERAH[daerah],
                "nip": "-",
                "pangkat": "-",
                "jabatan": bank.KEPALA_DAERAH[daerah],
                "unit": instansi,
                "instansi": True,
            }
            variasi.append("sekda-dinilai-kepala-daerah")
        else:
            pen = orang(rng, bank.GELAR_JPT, "IV/d", lahir("IV/d"), dipakai)
            pen.update({"jabatan": f"SEKRETARIS DAERAH {daerah}", "unit": f"SEKRETARIAT DAERAH {daerah}"})
    else:
        gol = rng.choice(prof["gol"])
        peg = orang(rng, bank.GELAR_JF, gol, lahir(gol), dipakai)
        peg["jabatan"] = prof["jabatan"]
        peg["unit"] = f"{prof['unit']} {daerah.title()}"
        if jenis == "jf":
            pgol = rng.choice(["IV/a", "III/d"])
            pen = orang(rng, bank.GELAR_JPT, pgol, lahir(pgol), dipakai)
            pen.update({"jabatan": prof["atasan_jab"], "unit": peg["unit"]})
        else:
            k = idx % len(bank.JA)
            pen = orang(rng, bank.GELAR_JPT, JA_PENILAI_GOL[k], lahir(JA_PENILAI_GOL[k]), dipakai)
            pen.update({"jabatan": JA_PENILAI[k], "unit": peg["unit"].split(", ", 1)[-1]})
    if tambahan:
        variasi.append("kinerja-tambahan")
    ikis = [iki for rk in rks for iki in rk["ikis"]]
    cacat: dict[str, Any] = {}
    rk_utama = [i for i, rk in enumerate(rks) if rk["bagian"] == "utama"]
    # plan defects
    if "iki-tanpa-target" in cacat_jenis:
        cacat["tanpa_target"] = rng.randrange(len(ikis))
    if "manual-iki-kosong" in cacat_jenis:
        cacat["manual_kosong"] = rng.randrange(sum(len(rks[i]["ikis"]) for i in rk_utama))
    if "rk-tanpa-butir-kegiatan" in cacat_jenis:
        cacat["tanpa_butir"] = rng.choice(rk_utama)
    if "angka-kredit-tidak-valid" in cacat_jenis:
        i = rng.choice(rk_utama)
        cacat["ak_salah"] = (i, rng.randrange(len(rks[i]["butir"])))
    lembar = []
    lb_skp, c_skp = sheet_skp(form, prof, peg, pen, rks, instansi, tempat, cacat)
    lembar.append(lb_skp)
    c_manual: dict = {}
    c_ket: dict = {}
    if jenis == "jpt":
        lb, c_manual = sheet_manual(rks, cacat)
        lembar.append(lb)
    if jenis == "jf":
        lb, c_ket = sheet_keterkaitan(peg, pen, rks, instansi, cacat)
        lembar.append(lb)
    defects: list[dict] = []
    boleh: list[dict] = []
    if "iki-tanpa-target" in cacat_jenis:
        defects.append(
            {
                "code": "iki-tanpa-target",
                "severity": "error",
                "sheet": "SKP",
                "cell": c_skp["iki"][cacat["tanpa_target"]]["target"],
                "alt_cells": [],
            }
        )
    if "manual-iki-kosong" in cacat_jenis:
        defects.append(
            {
                "code": "manual-iki-kosong",
                "severity": "error",
                "sheet": "Manual IKI",
                "cell": c_manual["formula"],
                "alt_cells": [
                    {"sheet": "Manual IKI", "cell": c_manual["iki_manual"]},
                    {"sheet": "SKP", "cell": c_skp["iki"][cacat["manual_kosong"]]["iki"]},
                ],
            }
        )
    if "rk-tanpa-butir-kegiatan" in cacat_jenis:
        defects.append(
            {
                "code": "rk-tanpa-butir-kegiatan",
                "severity": "error",
                "sheet": "SKP",
                "cell": c_skp["rk"][cacat["tanpa_butir"]],
                "alt_cells": [],
            }
        )
    if "angka-kredit-tidak-valid" in cacat_jenis:
        defects.append(
            {
                "code": "angka-kredit-tidak-valid",
                "severity": "error",
                "sheet": "Keterkaitan AK",
                "cell": c_ket["ak"],
                "alt_cells": [],
            }
        )
    if not dengan_penilaian:
        variasi.append("rencana-tanpa-penilaian")
        path = keluaran / nama_berkas(no, form, cacat_jenis)
        simpan(lembar, path)
        return {
            "file": path.name,
            "form": form,
            "clean": not defects,
            "defects": defects,
            "boleh": boleh,
            "variasi": variasi,
            "jabatan": peg["jabatan"],
        }

    profil = ["tinggi", "sedang", "rendah"][(no + idx) % 3]
    variasi.append(f"profil-{profil}")
    hasil_set = []
    for iki in ikis:
        iki["r"], h = realisasi(iki, profil, rng)
        hasil_set.append(h)
        if iki["maks"]:
            variasi.append(
                "target-maksimal-tercapai"
                if iki["r"] >= iki["target"][1]
                else "target-maksimal-tidak-tercapai"
            )
        if iki["target"][0] == "rentang":
            variasi.append(f"rentang-{h}")
        if iki["khusus"]:
            variasi.append(f"kondisi-khusus-{iki['aspek'].lower()}")
    benar = hitung(rks, jenis)
    tak_bulat = hitung(rks, jenis, bulatkan=False)
    ditulis = benar
    pilih: dict[str, int] = {}
    if "khusus-dihitung-normal" in cacat_jenis:
        cands = [n for n, iki in enumerate(ikis) if iki["khusus"] and iki["target"][0] == "tunggal"]
        pilih["iki"] = n = rng.choice(cands)
        t = ikis[n]["target"]
        if ikis[n]["r"] == t[1]:
            ikis[n]["r"] = bulat_satuan(t[1] * 0.75, t[2], t[1])
            benar = hitung(rks, jenis)
            tak_bulat = hitung(rks, jenis, bulatkan=False)
        ditulis = hitung(rks, jenis, khusus_salah=n)
    if "realisasi-kosong" in cacat_jenis:
        cands, n = [], 0
        for rk in rks:
            for _ in rk["ikis"]:
                if rk["bagian"] == "utama" and len(rk["ikis"]) >= 2:
                    cands.append(n)
                n += 1
        pilih["iki"] = n = rng.choice(cands)
        ditulis = hitung(rks, jenis, kosong=n)
    target_pen: dict[int, tuple] = {}
    if "target-penilaian-berbeda" in cacat_jenis:
        cands = [
            n
            for n, iki in enumerate(ikis)
            if iki["target"][0] == "tunggal"
            and not iki["maks"]
            and iki["target"][1] >= 3
            and not iki["khusus"]
        ]
        pilih["iki"] = n = rng.choice(cands)
        t = ikis[n]["target"]
        baru = max(1.0, rhu(t[1] * 0.85, 0 if float(t[1]).is_integer() else 1))
        target_pen[n] = ("tunggal", baru, t[2])
        ditulis = hitung(rks, jenis, target_lain=target_pen)
    akhir_ditulis = ditulis["skp"]
    x_akhir = (
        min(120.0, ditulis["nku"] + ditulis["nkt"])
        if ditulis is not benar
        else min(120.0, benar["nku"] + benar["nkt"])
    )
    if "tambahan-tak-dijumlah" in cacat_jenis:
        akhir_ditulis = benar["nku_saja"]
        x_akhir = min(120.0, benar["nku"])
    # perilaku: five aspects, kept away from the predikat bounds under every reading
    lo, hi = {"tinggi": (106, 118), "sedang": (92, 108), "rendah": (78, 94)}[profil]
    per = [rng.randint(lo, hi) for _ in range(5)]
    for geser in sorted(range(-60, 61), key=lambda g: (abs(g), g)):
        coba = [v + geser // 5 + (1 if k < geser % 5 else 0) for k, v in enumerate(per)]
        p = sum(coba) / 5
        nks = [nilai_kinerja(s, p) for s in (benar["skp"], akhir_ditulis, tak_bulat["skp"])]
        jauh = all(abs(x - b) >= 0.6 for x in nks for b in BATAS)
        sama = len({predikat(x, True) for x in nks}) == 1 and len({predikat(x, False) for x in nks}) == 1
        if jauh and sama and max(coba) <= 120:
            per = coba
            break
    else:
        raise RuntimeError(f"perilaku tidak dapat disesuaikan: {no}")
    p = sum(per) / 5
    nk_benar = nilai_kinerja(benar["skp"], p)
    ide = rng.random() < 0.5
    variasi.append("ide-baru-ya" if ide else "ide-baru-tidak")
    pred_benar = predikat(nk_benar, ide)
    nk_tulis = nilai_kinerja(akhir_ditulis, p)
    # written styles, cycled so each appears across forms
    gaya: dict[str, Any] = {
        "realisasi": ["catatan", "satuan", "catatan", "angka"][no % 4],
        "capaian": ["koma2", "bulat", "angka2", "koma2", "bulat"][no % 5],
        "kategori_kapital": no % 2 == 0,
        "nilai": ["angka", "teks", "angka"][no % 3],
        "akhir": ["dua", "satu", "dua", "bulat", "potong", "dua", "satu"][no % 7],
        "kolom_nilai_iki": jenis == "jpt" or no % 2 == 1,
    }
    di_penilaian = no % 3 != 1
    variasi += [
        f"realisasi-{gaya['realisasi']}",
        f"capaian-{gaya['capaian']}",
        "kategori-kapital" if gaya["kategori_kapital"] else "kategori-biasa",
        f"nilai-{gaya['nilai']}",
        f"nilai-akhir-{gaya['akhir']}",
        "predikat-di-penilaian" if di_penilaian else "predikat-di-perilaku",
    ]
    if jenis != "jpt" and gaya["kolom_nilai_iki"]:
        variasi.append("kolom-nilai-capaian-iki")
    tulis: dict[str, Any] = {"iki": [], "rk": []}
    n_utama = len(rk_utama)
    n = 0
    for i, rk in enumerate(rks):
        wr = ditulis["rk"][i]
        for iki in rk["ikis"]:
            w = ditulis["iki"][n]
            tg = target_pen.get(n, iki["target"])
            row = {"target": target_teks(tg)}
            if w["cap"] is not None:
                row["realisasi"] = f_realisasi(iki, iki["r"], gaya["realisasi"], rng)
                row["cap"] = f_cap(w["cap"], gaya["capaian"])
                row["kat"] = w["kat"]
                row["nilai"] = f_nilai(w["nilai"], gaya["nilai"])
                if jenis == "jpt":
                    if rk["bagian"] == "utama":
                        awal = n - rk["ikis"].index(iki)
                        dinilai = [
                            x for x in ditulis["iki"][awal : awal + len(rk["ikis"])] if x["nilai"] is not None
                        ]
                        row["tertimbang"] = f_nilai(w["nilai"] / len(dinilai) / n_utama, gaya["nilai"])
                    else:
                        row["tertimbang"] = f_nilai(
                            F[wr["kat"]] * 10 / 100 * wr["nilai"] / 100, gaya["nilai"]
                        )
            tulis["iki"].append(row)
            n += 1
        tt = wr["nilai"] / n_utama if rk["bagian"] == "utama" else F[wr["kat"]] * 10 / 100 * wr["nilai"] / 100
        tulis["rk"].append(
            {
                "kat": wr["kat"],
                "nilai": f_nilai(wr["nilai"], gaya["nilai"]),
                "tertimbang": f_nilai(tt, gaya["nilai"]),
            }
        )
    kap = gaya["kategori_kapital"]
    ringkas: dict[str, Any] = {
        "di_penilaian": di_penilaian,
        "ide": ide,
        "akhir": f_akhir(x_akhir if "tambahan-tak-dijumlah" not in cacat_jenis else x_akhir, gaya["akhir"]),
        "perilaku": (rhu(p, 2), "0.00"),
        "perilaku_perilaku": (rhu(p, 2), "0.00"),
        "nk": (nk_tulis, "0.00"),
        "predikat": judul(predikat(nk_tulis, ide), kap),
    }
    if gaya["akhir"] == "potong" and rhu(x_akhir, 2) != float(
        Decimal(repr(round(x_akhir, 9))).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    ):
        variasi.append("nilai-akhir-dipotong-bukan-dibulatkan")
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "why": "akhir-dipotong"})
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Perilaku", "why": "akhir-dipotong"})
    # isolated defects in the written Penilaian
    utama_iki = [n for n, (rk_i, _) in enumerate((i, iki) for i, rk in enumerate(rks) for iki in rk["ikis"])]
    if "capaian" in cacat_jenis:
        pilih["iki"] = n = rng.choice(utama_iki)
        c = benar["iki"][n]["cap"]
        tulis["iki"][n]["cap"] = f_cap(c + (12.4 if c < 100 else -13.6), gaya["capaian"])
    if "kategori-iki" in cacat_jenis:
        pilih["iki_kat"] = n = rng.choice(utama_iki)
        tulis["iki"][n]["kat"] = JAUH_KAT[benar["iki"][n]["kat"]]
    if "nilai-iki" in cacat_jenis:
        pilih["iki_nilai"] = n = rng.choice(utama_iki)
        tulis["iki"][n]["nilai"] = f_nilai(NILAI_LAIN[benar["iki"][n]["kat"]], gaya["nilai"])
    if "kategori-rk" in cacat_jenis:
        pilih["rk"] = i = rng.choice(rk_utama)
        tulis["rk"][i]["kat"] = JAUH_KAT[benar["rk"][i]["kat"]]
    if "nilai-rk" in cacat_jenis:
        pilih["rk"] = i = rng.choice(rk_utama)
        nr = benar["rk"][i]["nilai"]
        tulis["rk"][i]["nilai"] = f_nilai(
            nr - 18 if nr >= 110 else (nr - 20 if nr >= 90 else nr + 21), gaya["nilai"]
        )
    if "nilai-akhir" in cacat_jenis:
        lain = [benar["skp"], tak_bulat["skp"], benar["nku_saja"]] + benar["alt"]
        for delta in (5.35, -6.4, 8.15, -9.3):
            x = benar["skp"] + delta
            if x <= 120 and all(abs(x - a) > 1.2 for a in lain):
                break
        ringkas["akhir"] = f_akhir(x, gaya["akhir"])
    if "predikat" in cacat_jenis:
        ringkas["predikat"] = judul(JAUH_PRED[pred_benar], kap)
    lb_pen, c_pen = sheet_penilaian(form, peg, pen, rks, instansi, tempat, gaya, tulis, ringkas)
    lembar.append(lb_pen)
    lb_per, c_per = sheet_perilaku(per, ringkas)
    lembar.append(lb_per)

    def d(code: str, sheet: str, cell: str, alt: tuple | list = ()) -> None:
        defects.append(
            {
                "code": code,
                "severity": "error",
                "sheet": sheet,
                "cell": cell,
                "alt_cells": [{"sheet": s, "cell": c} for s, c in alt],
            }
        )

    akhir_alt = [("Perilaku", c_per["akhir_perilaku"])] if "akhir_perilaku" in c_per else []
    if "capaian" in cacat_jenis:
        d("capaian-tidak-sesuai", "Penilaian", c_pen["iki"][pilih["iki"]]["cap"])
    if "kategori-iki" in cacat_jenis:
        d("capaian-tidak-sesuai", "Penilaian", c_pen["iki"][pilih["iki_kat"]]["kat"])
    if "nilai-iki" in cacat_jenis:
        d("capaian-tidak-sesuai", "Penilaian", c_pen["iki"][pilih["iki_nilai"]]["nilai"])
    if "kategori-rk" in cacat_jenis:
        d("capaian-tidak-sesuai", "Penilaian", c_pen["rk"][pilih["rk"]]["kat"])
    if "nilai-rk" in cacat_jenis:
        d("capaian-tidak-sesuai", "Penilaian", c_pen["rk"][pilih["rk"]]["nilai"])
    if "nilai-akhir" in cacat_jenis:
        d("capaian-tidak-sesuai", "Penilaian", c_pen["akhir"], akhir_alt)
    if "tambahan-tak-dijumlah" in cacat_jenis:
        d("capaian-tidak-sesuai", "Penilaian", c_pen["akhir"], akhir_alt)
    if "predikat" in cacat_jenis:
        d(
            "predikat-tidak-sesuai",
            "Perilaku" if not di_penilaian else "Penilaian",
            c_per["predikat"] if not di_penilaian else c_pen["predikat"],
        )
    if "khusus-dihitung-normal" in cacat_jenis:
        n = pilih["iki"]
        alt = []
        for key in ("kat", "nilai"):
            if key in c_pen["iki"][n]:
                alt.append(("Penilaian", c_pen["iki"][n][key]))
        i_rk = next(i for i, rk in enumerate(rks) if ikis[n] in rk["ikis"])
        for key in ("kat", "nilai", "tertimbang"):
            if key in c_pen["rk"][i_rk]:
                alt.append(("Penilaian", c_pen["rk"][i_rk][key]))
        alt += [("Penilaian", c_pen["akhir"])] + akhir_alt
        d("capaian-tidak-sesuai", "Penilaian", c_pen["iki"][n]["cap"], alt)
    if "realisasi-kosong" in cacat_jenis:
        d("realisasi-kosong", "Penilaian", c_pen["iki"][pilih["iki"]]["realisasi"])
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "why": "realisasi-kosong"})
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Perilaku", "why": "realisasi-kosong"})
        boleh.append({"code": "predikat-tidak-sesuai", "why": "realisasi-kosong"})
    if "target-penilaian-berbeda" in cacat_jenis:
        r = c_pen["iki"][pilih["iki"]]["row"]
        col = "".join(ch for ch in c_pen["iki"][pilih["iki"]]["realisasi"] if ch.isalpha())
        tcol = get_column_letter(openpyxl.utils.column_index_from_string(col) - 1)
        d("target-penilaian-berbeda", "Penilaian", f"{tcol}{r}")
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "why": "target-berbeda"})
        boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Perilaku", "why": "target-berbeda"})
    # SPEC §3.8 names NILAI TERTIMBANG but gives no formula for it: findings there are open
    for rkc in c_pen["rk"]:
        if "tertimbang" in rkc:
            boleh.append(
                {
                    "code": "capaian-tidak-sesuai",
                    "sheet": "Penilaian",
                    "cell": rkc["tertimbang"],
                    "why": "tertimbang",
                }
            )
    for ic in c_pen["iki"]:
        if "tertimbang" in ic:
            boleh.append(
                {
                    "code": "capaian-tidak-sesuai",
                    "sheet": "Penilaian",
                    "cell": ic["tertimbang"],
                    "why": "tertimbang",
                }
            )
    for h in ("cacat-" + c for c in cacat_jenis):
        if h not in variasi:
            variasi.append(h)
    path = keluaran / nama_berkas(no, form, cacat_jenis)
    simpan(lembar, path)
    return {
        "file": path.name,
        "form": form,
        "clean": not defects,
        "defects": defects,
        "boleh": boleh,
        "variasi": sorted(set(variasi), key=variasi.index),
        "jabatan": peg["jabatan"],
        "hitung": {
            "nilai_skp": benar["skp"],
            "nilai_perilaku": rhu(p, 2),
            "nilai_kinerja": nk_benar,
            "predikat": pred_benar,
        },
    }


def nama_berkas(no: int, form: str, cacat_jenis: list[str]) -> str:
    return f"{form}-{no:02d}-{'cacat' if cacat_jenis else 'bersih'}.xlsx"


# form, index into the bank, defects, with a Penilaian
def rencana_set() -> list[tuple[str, list[str], bool]]:
    cacat = {
        "jpt-dasar": [
            ["capaian"],
            ["nilai-iki", "predikat"],
            ["nilai-akhir"],
            ["manual-iki-kosong", "kategori-iki"],
        ],
        "jpt-pengembangan": [
            ["kategori-iki"],
            ["tambahan-tak-dijumlah"],
            ["realisasi-kosong"],
            ["target-penilaian-berbeda", "predikat"],
        ],
        "jf-dasar": [
            ["khusus-dihitung-normal"],
            ["kategori-rk"],
            ["rk-tanpa-butir-kegiatan", "capaian"],
            ["predikat"],
        ],
        "jf-pengembangan": [
            ["nilai-rk"],
            ["angka-kredit-tidak-valid"],
            ["kategori-iki", "nilai-akhir"],
            ["tambahan-tak-dijumlah"],
        ],
        "ja-dasar": [["iki-tanpa-target"], ["kategori-iki", "predikat"]],
        "ja-pengembangan": [["capaian"], ["khusus-dihitung-normal"]],
    }
    bersih = {
        "jpt-dasar": 5,
        "jpt-pengembangan": 5,
        "jf-dasar": 5,
        "jf-pengembangan": 5,
        "ja-dasar": 2,
        "ja-pengembangan": 2,
    }
    tanpa_penilaian = {
        ("ja-dasar", 0, False),
        ("ja-dasar", 0, True),
        ("ja-pengembangan", 1, False),
        ("jf-dasar", 4, False),
    }
    out: list[tuple[str, list[str], bool]] = []
    for form in bersih:
        for k in range(bersih[form]):
            out.append((form, [], (form, k, False) not in tanpa_penilaian))
        for k, cj in enumerate(cacat[form]):
            out.append((form, cj, (form, k, True) not in tanpa_penilaian))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_bo (Penilaian akhir tahun JPT dan JF).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    files = []
    per_form: dict[str, int] = {}
    for no, (form, cj, pen) in enumerate(rencana_set(), 1):
        idx = per_form.get(form, 0)
        per_form[form] = idx + 1
        files.append(berkas(no, form, idx, cj, pen, a.keluaran))
    a.harapan.write_text(
        json.dumps({"set": "nyata_bo", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(files)} berkas ke {a.keluaran}, {sum(f['clean'] for f in files)} bersih, "
        f"{sum(len(f['defects']) for f in files)} cacat"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
