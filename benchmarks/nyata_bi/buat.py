"""Build the held-out set ``nyata_bi``: end-of-year Penilaian SKP of Dinas Lingkungan Hidup and Dinas PUPR
(Kabupaten Sendang Mulyo, fictional), filled by staff by hand. Every workbook holds the plan sheet ``SKP``,
a filled ``Penilaian`` sheet (SPEC §3.8), a ``Perilaku`` sheet (SPEC §3.9), and per form the
``Keterkaitan AK`` (JF) or ``Manual IKI`` (JPT) sheet. The scoring is implemented here from SPEC §6 alone.

Usage: ``python benchmarks/nyata_bi/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261207
TAHUN = 2026
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- scoring (SPEC §6 only)

def rhu(x: float, nd: int = 0) -> float:
    """Round half up (SPEC §6.2), on the decimal value meant: the binary float is first cut to 9 decimals, so
    that 0.7 × 66.05 + 0.3 × 84 (71.43499999…, really 71.435) rounds to 71.44."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(f"{x:.9f}").quantize(q, rounding=ROUND_HALF_UP))


def khusus(aspek: str | None) -> bool:
    return aspek in ("Waktu", "Biaya")


def capaian(target: tuple, real: float, aspek: str | None) -> float:
    """SPEC §6.1 capaian in percent (unrounded)."""
    kind = target[0]
    if kind in ("rpct", "rn", "rwaktu"):
        lo, hi = target[1], target[2]
        if lo <= real <= hi:
            return 100.0
        base = hi if real > hi else lo
    else:
        base = target[1]
    ratio = real / base
    return (1 + (1 - ratio)) * 100 if khusus(aspek) else ratio * 100


GAPS = ((59, 60), (79, 80), (99, 101), (110, 111))


def in_gap(c: float) -> bool:
    return any(a < c < b for a, b in GAPS) and c != 100


def kategori_nilai(c: float) -> tuple[str, float]:
    """SPEC §6.2 on a capaian already banded (rounded or not)."""
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", 110 + (120 - 110) / (110 - 101) * (c - 101)
    if c >= 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", 70 + (89 - 70) / (99 - 80) * (c - 80)
    if c >= 60:
        return "Kurang", 50 + (69 - 50) / (79 - 60) * (c - 60)
    return "Sangat Kurang", c / 59 * 49


def kategori_rk(n: float) -> str:
    for bound, name in ((110, "Sangat Baik"), (90, "Baik"), (70, "Cukup"), (50, "Kurang")):
        if n >= bound:
            return name
    return "Sangat Kurang"


F_TAMBAHAN = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(nk: float, ide: bool, cukup_word: str) -> str:
    if nk >= 110:
        return "Sangat Baik" if ide else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return cukup_word
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


SINGKAT = {"Sangat Baik": "SB", "Baik": "B", "Cukup": "C", "Kurang": "K", "Sangat Kurang": "SK"}


# ---------------------------------------------------------------- text helpers

def angka(x: float) -> str:
    """Indonesian number: thousands dot, decimal comma."""
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}".replace(",", ".")
    s = f"{x:,.2f}".rstrip("0").rstrip(".")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def target_text(t: tuple, sd: bool = False) -> str:
    sep = " s.d. " if sd else " - "
    kind = t[0]
    if kind == "n":
        return f"{angka(t[1])} {t[2]}"
    if kind in ("pct", "maks"):
        return f"{angka(t[1])} %"
    if kind == "rpct":
        return f"{angka(t[1])}{sep}{angka(t[2])} %"
    if kind in ("rn", "rwaktu"):
        return f"{angka(t[1])}{sep}{angka(t[2])} {t[3]}"
    if kind == "waktu":
        return f"{angka(t[1])} {t[2]}"
    return f"Rp {angka(t[1])}"


def satuan(t: tuple) -> str:
    kind = t[0]
    if kind in ("pct", "maks", "rpct"):
        return "%"
    if kind == "biaya":
        return "Rp"
    return t[3] if kind in ("rn", "rwaktu") else t[2]


def with_sat(x: float, t: tuple) -> str:
    s = satuan(t)
    if s == "Rp":
        return f"Rp {angka(x)}"
    return f"{angka(x)} %" if s == "%" else f"{angka(x)} {s}"


def standar(t: tuple, aspek: str) -> tuple[str, str, str]:
    """Kategori CUKUP / BAIK / SANGAT BAIK for Model Pengembangan (SPEC §3.3)."""
    lo, hi = (t[1], t[2]) if t[0] in ("rpct", "rn", "rwaktu") else (t[1], t[1])
    baik = target_text(t)
    if khusus(aspek):
        return f"> {with_sat(hi, t)}", baik, f"< {with_sat(lo, t)}"
    return f"< {with_sat(lo, t)}", baik, f"> {with_sat(hi, t)}"


# ---------------------------------------------------------------- realisasi

def realisasi(rng: random.Random, t: tuple, profil: str) -> float:
    kind = t[0]
    good = profil != "rendah"
    if kind == "n":
        v = t[1]
        if t[2] == "poin":
            deltas = [0, 1.5, 2.4, -1.8] if good else [-4.2, -7.5, -2.6]
            return round(v + rng.choice(deltas), 1)
        if v <= 2:
            return rng.choice([v, v, v + 1])
        opts = [v, v, v + 1, v - 1, round(v * 1.15)] if good else [round(v * f) for f in (0.7, 0.85, 0.5)]
        return max(0, rng.choice(opts))
    if kind == "pct":
        v = t[1]
        opts = [v, v, min(100, v + 3), v - 4, min(100, v + 8)] if good else [v - 12, v - 25]
        return rng.choice(opts)
    if kind == "maks":
        return rng.choice([100, 100, 98] if good else [92, 85])
    if kind in ("rpct", "rn"):
        lo, hi = t[1], t[2]
        cap = 100 if kind == "rpct" else 10**9
        opts = [lo + 2, hi, min(cap, hi + 2), lo - 3] if good else [lo - 10, round(lo * 0.7)]
        return rng.choice(opts)
    if kind == "waktu":
        v = t[1]
        opts = [v, v, v - 1, v + 1] if good else [v + 2, v + 3]
        return rng.choice(opts)
    if kind == "rwaktu":
        lo, hi = t[1], t[2]
        opts = [lo, hi, lo - 1, hi + 1] if good else [hi + 2, hi + 3]
        return max(1, rng.choice(opts))
    b = t[1]
    opts = [b * 0.95, b, b * 0.9, b * 1.04] if good else [b * 1.15, b * 1.3]
    return rhu(rng.choice(opts) / 1000) * 1000


# ---------------------------------------------------------------- identity

def nip(rng: random.Random, gol: str) -> str:
    y = {"II": rng.randint(1988, 1996), "III": rng.randint(1975, 1994), "IV": rng.randint(1966, 1980)}[
        gol.split("/")[0]]
    birth = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{min(2020, y + rng.randint(22, 28))}{rng.choice([1, 3, 4, 12]):02d}"
    return f"{birth} {tmt} {rng.choice('12')} {rng.randint(1, 30):03d}"


def pangkat(gol: str, style: int) -> str:
    name = bank.PANGKAT[gol]
    if style == 1:
        name = name.replace("Tingkat I", "Tk.I")
    return f"{name}, {gol}" if style != 2 else f"{name} ({gol})"


# ---------------------------------------------------------------- workbook writing

class Sheet:
    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def put(self, row: int, col: int, value: Any, fmt: str | None = None, bold: bool = False) -> str:
        c = self.ws.cell(row=row, column=col, value=value)
        if fmt:
            c.number_format = fmt
        if bold:
            c.font = BOLD
        if isinstance(value, str) and len(value) > 30:
            c.alignment = WRAP
        return c.coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def header(sh: Sheet, title: str, p: dict, penilai_instansi: bool) -> int:
    sh.put(1, 1, title, bold=True)
    sh.put(2, 1, p["instansi"], bold=True)
    sh.put(3, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    sh.put(5, 1, "NO", bold=True)
    sh.put(5, 2, "PEGAWAI YANG DINILAI", bold=True)
    sh.put(5, 5, "NO", bold=True)
    sh.put(5, 6, "PEJABAT PENILAI KINERJA", bold=True)
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    pen_labels = labels[:4] + ["INSTANSI" if penilai_instansi else "UNIT KERJA"]
    for i in range(5):
        sh.put(6 + i, 1, i + 1)
        sh.put(6 + i, 2, labels[i])
        sh.put(6 + i, 3, p["pegawai"][i])
        sh.put(6 + i, 5, i + 1)
        sh.put(6 + i, 6, pen_labels[i])
        sh.put(6 + i, 7, p["penilai"][i])
    return 12


def footer(sh: Sheet, row: int, p: dict) -> None:
    sh.put(row, 6, f"Sendang Mulyo, 31 Desember {TAHUN}")
    sh.put(row + 1, 2, "Pegawai yang Dinilai")
    sh.put(row + 1, 6, "Pejabat Penilai Kinerja")
    sh.put(row + 5, 2, p["pegawai"][0])
    sh.put(row + 5, 6, p["penilai"][0])
    sh.put(row + 6, 2, f"NIP. {p['pegawai'][1]}")
    sh.put(row + 6, 6, f"NIP. {p['penilai'][1]}" if p["penilai"][1] != "-" else "")


# ---------------------------------------------------------------- one file

def build_file(rng: random.Random, idx: int, form: str, clean: bool, defects_kinds: list[str],
               out: Path) -> dict:
    fam, model = form.split("-")
    peng = model == "pengembangan"
    dinas = rng.choice(["dlh", "pupr"])
    variasi: list[str] = []
    profil = rng.choice(["tinggi", "tinggi", "sedang", "rendah"])
    variasi.append(f"profil-{profil}")

    # identity
    if fam == "jpt":
        d, jab, gol = [j for j in bank.JPT if j[0] == dinas][idx % 2]
        nama = bank.JPT_NAMA[idx % len(bank.JPT_NAMA)]
        penilai = [bank.BUPATI[0], "-", "-", bank.BUPATI[1], f"PEMERINTAH {bank.KABUPATEN}"]
    else:
        jab_pool = [j for j in (bank.JA if fam == "ja" else bank.JF) if j[0] == dinas]
        d, jab, gol = jab_pool[idx % len(jab_pool)]
        nama = bank.NAMA[idx % len(bank.NAMA)]
        an, aj, ag = bank.ATASAN[dinas]
        penilai = [an, nip(random.Random(dinas), ag), pangkat(ag, 0), aj, bank.DINAS[dinas]]
    pegawai = [nama, nip(rng, gol), pangkat(gol, idx % 3), jab, bank.DINAS[dinas]]
    p = {"instansi": bank.DINAS[dinas], "pegawai": pegawai, "penilai": penilai}

    # rencana
    rks: list[dict] = []
    if fam == "jpt":
        jpt_pool = bank.RK_JPT[dinas]
        jenis_col = rng.random() < 0.5
        chosen = jpt_pool if jenis_col else jpt_pool[:4]
        variasi.append("kolom-jenis-rk-60-40" if jenis_col else "tanpa-jenis-rk-rata-rata")
        for persp, jenis, rk, ikis in chosen:
            rks.append({"persp": persp, "jenis": jenis, "rk": rk, "atasan": None,
                        "iki": [{"aspek": None, "text": t, "target": tg} for t, tg in ikis],
                        "tambahan": False})
    else:
        pool = list(bank.RK_JAJF[dinas])
        if peng:
            pool = [r for r in pool if all(i[2][0] != "maks" for i in r[2])]
        start = idx % len(pool)
        n_rk = 3 if len(pool) >= 3 else len(pool)
        for k in range(n_rk):
            atas, rk, ikis = pool[(start + k) % len(pool)]
            rks.append({"persp": None, "jenis": None, "rk": rk, "atasan": atas, "tambahan": False,
                        "iki": [{"aspek": a, "text": t, "target": tg} for a, t, tg in ikis]})
        jenis_col = False
    n_tambahan = rng.choice([0, 1, 1, 2])
    for k in range(n_tambahan):
        rk, (a, t, tg) = bank.TAMBAHAN[(idx + k) % len(bank.TAMBAHAN)]
        rks.append({"persp": None, "jenis": None, "rk": rk, "atasan": None, "tambahan": True,
                    "iki": [{"aspek": None if fam == "jpt" else a, "text": t, "target": tg}]})
    if n_tambahan:
        variasi.append(f"kinerja-tambahan-{n_tambahan}")

    # writing styles
    cap_style = rng.choice(["teks", "teks", "teks-desimal", "sel-persen"])
    nilai_style = rng.choice(["dua-desimal", "dua-desimal", "bulat"])
    kat_style = rng.choice(["penuh", "penuh", "singkat"])
    real_style = rng.choice(["teks-satuan", "angka"])
    sd = rng.random() < 0.3
    tak_bulat = rng.random() < 0.25
    cukup_word = rng.choice(["Butuh Perbaikan", "Butuh Perbaikan", "Cukup"])
    nilai_iki_col = fam == "jpt" or rng.random() < 0.5
    ide_mode = rng.choice(["ya", "tidak", "kosong"])
    pct_cell = rng.random() < 0.3
    ringkasan_perilaku = rng.random() < 0.25
    variasi += [f"capaian-{cap_style}", f"nilai-{nilai_style}", f"kategori-{kat_style}",
                f"realisasi-{real_style}", f"ide-baru-{ide_mode}"]
    if sd:
        variasi.append("rentang-s.d.")
    if pct_cell:
        variasi.append("realisasi-persen-sel-format-persen")
    if ringkasan_perilaku:
        variasi.append("nilai-kinerja-dan-predikat-di-sheet-perilaku")
    if nilai_iki_col and fam != "jpt":
        variasi.append("kolom-nilai-capaian-iki")

    # scoring
    for r in rks:
        for i in r["iki"]:
            i["real"] = realisasi(rng, i["target"], profil)
            i["c"] = capaian(i["target"], i["real"], i["aspek"])
    if tak_bulat and any(in_gap(i["c"]) for r in rks for i in r["iki"]):
        tak_bulat = False
    if tak_bulat:
        variasi.append("nilai-dari-capaian-tak-dibulatkan")

    def score_all() -> dict:
        for r in rks:
            for i in r["iki"]:
                if i.get("kosong"):
                    i["kat"] = i["nilai"] = None
                    continue
                c = i["c"]
                cb = c if tak_bulat else rhu(c)
                kat, nil = kategori_nilai(cb)
                t = i["target"]
                if t[0] == "maks" and i["real"] >= t[1]:
                    kat, nil = "Sangat Baik", 120.0
                i["kat"], i["nilai"] = kat, nil
            vals = [i["nilai"] for i in r["iki"] if i["nilai"] is not None]
            r["nilai"] = sum(vals) / len(vals) if vals else None
            r["kat"] = kategori_rk(r["nilai"]) if r["nilai"] is not None else None
        utama = [r for r in rks if not r["tambahan"]]
        pk = [r for r in utama if r["jenis"] != "RA" or not jenis_col]
        ra = [r for r in utama if r["jenis"] == "RA" and jenis_col]
        if ra:
            nku = 0.6 * sum(r["nilai"] for r in pk) / len(pk) + 0.4 * sum(r["nilai"] for r in ra) / len(ra)
            for r in pk:
                r["bobot"] = 0.6 / len(pk)
            for r in ra:
                r["bobot"] = 0.4 / len(ra)
        else:
            nku = sum(r["nilai"] for r in utama) / len(utama)
            for r in utama:
                r["bobot"] = 1 / len(utama)
        kt = 0.0
        for r in rks:
            if r["tambahan"]:
                r["tertimbang"] = F_TAMBAHAN[r["kat"]] * 10 / 100 * r["nilai"] / 100
                kt += r["tertimbang"]
            else:
                r["tertimbang"] = r["bobot"] * r["nilai"]
        return {"nku": nku, "kt": min(10.0, kt), "skp": rhu(min(120.0, nku + min(10.0, kt)), 2)}

    kosong_iki = None
    if "realisasi-kosong" in defects_kinds:
        cands = [i for r in rks if not r["tambahan"] and len(r["iki"]) >= 2 for i in r["iki"]]
        kosong_iki = rng.choice(cands)
        kosong_iki["kosong"] = True
    totals = score_all()
    perilaku = [rng.choice([100, 102, 105, 108, 110, 112, 115] if profil != "rendah" else [80, 85, 88, 90])
                for _ in range(5)]
    nilai_perilaku = rhu(sum(perilaku) / 5, 2)
    nk = rhu(0.7 * totals["skp"] + 0.3 * nilai_perilaku, 2)
    for bump in range(10):
        if any(abs(nk - b) < 0.6 for b in (50, 70, 90, 110)):
            perilaku[bump % 5] += 2
            nilai_perilaku = rhu(sum(perilaku) / 5, 2)
            nk = rhu(0.7 * totals["skp"] + 0.3 * nilai_perilaku, 2)
    pred = predikat(nk, ide_mode == "ya", cukup_word)

    # ---------------- workbook
    wb = openpyxl.Workbook()
    ws_skp = Sheet(wb.active)
    ws_skp.ws.title = "SKP"
    title = "RENCANA SASARAN KINERJA PEGAWAI"
    row = header(ws_skp, title, p, fam == "jpt")
    plan_target_cell: dict[int, str] = {}
    if fam == "jpt":
        cols = (["PERSPEKTIF"] if peng else []) + ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU",
                                                   "TARGET"]
        for k, h in enumerate(cols):
            ws_skp.put(row, k + 1, h, bold=True)
        row += 1
        off = 1 if peng else 0
        no = 0
        for sec, is_t in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
            ws_skp.put(row, 1, sec, bold=True)
            row += 1
            for r in [r for r in rks if r["tambahan"] == is_t]:
                no += 1
                r0 = row
                for i in r["iki"]:
                    ws_skp.put(row, off + 3, i["text"])
                    plan_target_cell[id(i)] = ws_skp.put(row, off + 4, target_text(i["target"], sd))
                    row += 1
                if peng and not is_t:
                    ws_skp.put(r0, 1, r["persp"])
                    ws_skp.merge(r0, 1, row - 1, 1)
                ws_skp.put(r0, off + 1, no)
                ws_skp.put(r0, off + 2, r["rk"])
                ws_skp.merge(r0, off + 1, row - 1, off + 1)
                ws_skp.merge(r0, off + 2, row - 1, off + 2)
    else:
        cols = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
                "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        if peng:
            ws_skp.put(row, 7, "KATEGORI PENILAIAN / STANDAR KINERJA", bold=True)
            ws_skp.merge(row, 7, row, 9)
            ws_skp.put(row, 10, "CARA MEMANTAU KINERJA", bold=True)
            ws_skp.merge(row, 10, row, 12)
            for k, h in enumerate(["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA",
                                   "WAKTU PENGUMPULAN"]):
                ws_skp.put(row + 1, 7 + k, h, bold=True)
            for k, h in enumerate(cols):
                ws_skp.put(row, k + 1, h, bold=True)
                ws_skp.merge(row, k + 1, row + 1, k + 1)
            row += 2
        else:
            for k, h in enumerate(cols):
                ws_skp.put(row, k + 1, h, bold=True)
            row += 1
        no = 0
        for sec, is_t in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
            ws_skp.put(row, 1, sec, bold=True)
            row += 1
            for r in [r for r in rks if r["tambahan"] == is_t]:
                no += 1
                r0 = row
                for i in r["iki"]:
                    ws_skp.put(row, 4, i["aspek"])
                    ws_skp.put(row, 5, i["text"])
                    plan_target_cell[id(i)] = ws_skp.put(row, 6, target_text(i["target"], sd))
                    if peng:
                        for k, v in enumerate(standar(i["target"], i["aspek"])):
                            ws_skp.put(row, 7 + k, v)
                    row += 1
                ws_skp.put(r0, 1, no)
                if r["atasan"]:
                    ws_skp.put(r0, 2, r["atasan"])
                ws_skp.put(r0, 3, r["rk"])
                if peng:
                    ws_skp.put(r0, 10, f"Dokumen {r['iki'][0]['text'][7:].lower()}" if r["iki"][0]["text"]
                               .startswith("Jumlah") else "Laporan capaian IKI")
                    ws_skp.put(r0, 11, "Aplikasi e-Kinerja dan arsip bidang")
                    ws_skp.put(r0, 12, "Triwulanan")
                for c in (1, 2, 3) + ((10, 11, 12) if peng else ()):
                    ws_skp.merge(r0, c, row - 1, c)
    footer(ws_skp, row + 2, p)

    # ---------------- Penilaian
    ws = Sheet(wb.create_sheet("Penilaian"))
    row = header(ws, "PENILAIAN SASARAN KINERJA PEGAWAI", p, fam == "jpt")
    if fam == "jpt":
        cols = (["PERSPEKTIF"] if peng else []) + ["NO", "RENCANA KINERJA"] \
            + (["JENIS RK"] if jenis_col else []) \
            + ["INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI",
               "NILAI CAPAIAN IKI", "NILAI TERTIMBANG"]
    else:
        cols = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
                "INDIKATOR KINERJA INDIVIDU", "TARGET"] + (["CUKUP", "BAIK", "SANGAT BAIK"] if peng else []) \
            + ["REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI"] \
            + (["NILAI CAPAIAN IKI"] if nilai_iki_col else []) \
            + ["KATEGORI CAPAIAN RK", "NILAI CAPAIAN RK", "NILAI TERTIMBANG"]
    C = {h: k + 1 for k, h in enumerate(cols)}
    last = len(cols)
    if fam != "jpt" and peng:
        for h in cols:
            if h in ("CUKUP", "BAIK", "SANGAT BAIK"):
                ws.put(row + 1, C[h], h, bold=True)
            else:
                ws.put(row, C[h], h, bold=True)
                ws.merge(row, C[h], row + 1, C[h])
        ws.put(row, C["CUKUP"], "KATEGORI PENILAIAN / STANDAR KINERJA", bold=True)
        ws.merge(row, C["CUKUP"], row, C["SANGAT BAIK"])
        ws.put(row + 1, C["CUKUP"], "CUKUP", bold=True)
        row += 2
    else:
        for h in cols:
            ws.put(row, C[h], h, bold=True)
        row += 1

    def w_cap(rw: int, i: dict) -> str:
        c = i["c"]
        col = C["CAPAIAN IKI"]
        if cap_style == "sel-persen":
            return ws.put(rw, col, rhu(c, 1) / 100, fmt="0.0%")
        if cap_style == "teks-desimal":
            return ws.put(rw, col, f"{angka(rhu(c, 1))} %")
        return ws.put(rw, col, f"{angka(rhu(c))} %")

    def w_nilai(rw: int, col: int, v: float) -> str:
        return ws.put(rw, col, rhu(v) if nilai_style == "bulat" else rhu(v, 2))

    def w_kat(k: str) -> str:
        return SINGKAT[k] if kat_style == "singkat" else k

    def w_real(rw: int, col: int, i: dict) -> str:
        t, v = i["target"], i["real"]
        if t[0] in ("pct", "rpct", "maks") and pct_cell:
            return ws.put(rw, col, v / 100, fmt="0%")
        if real_style == "angka":
            if t[0] == "biaya":
                return ws.put(rw, col, v, fmt="#,##0")
            return ws.put(rw, col, v)
        return ws.put(rw, col, with_sat(v, t))

    cells: dict[str, Any] = {"iki": {}, "rk": {}}
    no = 0
    for sec, is_t in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        ws.put(row, 1, sec, bold=True)
        row += 1
        for r in [r for r in rks if r["tambahan"] == is_t]:
            no += 1
            r0 = row
            for i in r["iki"]:
                if fam != "jpt":
                    ws.put(row, C["ASPEK"], i["aspek"])
                ws.put(row, C["INDIKATOR KINERJA INDIVIDU"], i["text"])
                tc = ws.put(row, C["TARGET"], target_text(i["target"], sd))
                if fam != "jpt" and peng:
                    for k, v in enumerate(standar(i["target"], i["aspek"])):
                        ws.put(row, C["CUKUP"] + k, v)
                ic: dict[str, str] = {"target": tc}
                ic["real"] = f"{get_column_letter(C['REALISASI'])}{row}"
                if not i.get("kosong"):
                    w_real(row, C["REALISASI"], i)
                    ic["cap"] = w_cap(row, i)
                    ic["kat"] = ws.put(row, C["KATEGORI CAPAIAN IKI"], w_kat(i["kat"]))
                    if "NILAI CAPAIAN IKI" in C:
                        ic["nilai"] = w_nilai(row, C["NILAI CAPAIAN IKI"], i["nilai"])
                    if fam == "jpt":
                        n_i = len(r["iki"])
                        tw = r["tertimbang"] / n_i if not r["tambahan"] else r["tertimbang"]
                        ws.put(row, C["NILAI TERTIMBANG"], rhu(tw, 2))
                cells["iki"][id(i)] = ic
                row += 1
            ws.put(r0, C["NO"], no)
            ws.put(r0, C["RENCANA KINERJA"], r["rk"])
            merge_cols = [C["NO"], C["RENCANA KINERJA"]]
            if fam == "jpt":
                if peng and not is_t:
                    ws.put(r0, C["PERSPEKTIF"], r["persp"])
                    merge_cols.append(C["PERSPEKTIF"])
                if jenis_col and not is_t:
                    ws.put(r0, C["JENIS RK"], "Perjanjian Kinerja" if r["jenis"] == "PK" else "Rencana Aksi")
                    merge_cols.append(C["JENIS RK"])
            else:
                col_at = C["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"]
                if r["atasan"]:
                    ws.put(r0, col_at, r["atasan"])
                rc = {"kat": ws.put(r0, C["KATEGORI CAPAIAN RK"], w_kat(r["kat"])),
                      "nilai": w_nilai(r0, C["NILAI CAPAIAN RK"], r["nilai"]),
                      "tw": ws.put(r0, C["NILAI TERTIMBANG"], rhu(r["tertimbang"], 2))}
                cells["rk"][id(r)] = rc
                merge_cols += [col_at, C["KATEGORI CAPAIAN RK"], C["NILAI CAPAIAN RK"], C["NILAI TERTIMBANG"]]
            for c in merge_cols:
                ws.merge(r0, c, row - 1, c)
    row += 1
    summary: dict[str, tuple[str, str]] = {}
    rows_sum: tuple = (("NILAI AKHIR SKP", totals["skp"]), (None, None),
                       ("NILAI PERILAKU KERJA", nilai_perilaku), ("NILAI KINERJA", nk), ("PREDIKAT", pred))
    for label, val in rows_sum[:1] if ringkasan_perilaku else rows_sum:
        if label:
            ws.put(row, 1, label, bold=True)
            ws.merge(row, 1, row, last - 1)
            summary[label] = ("Penilaian", ws.put(row, last, val))
        row += 1
    footer(ws, row + 1, p)

    # ---------------- Perilaku
    wp = Sheet(wb.create_sheet("Perilaku"))
    wp.put(1, 1, "PENILAIAN PERILAKU KERJA", bold=True)
    wp.put(2, 1, f"NAMA: {nama}")
    wp.put(3, 1, "NO", bold=True)
    wp.put(3, 2, "ASPEK PERILAKU KERJA", bold=True)
    wp.put(3, 3, "NILAI", bold=True)
    for k, (aspek_p, skor) in enumerate(zip(bank.PERILAKU, perilaku, strict=True)):
        wp.put(4 + k, 1, k + 1)
        wp.put(4 + k, 2, aspek_p)
        wp.put(4 + k, 3, skor)
    wp.put(9, 2, "NILAI PERILAKU KERJA", bold=True)
    wp.put(9, 3, nilai_perilaku)
    if ide_mode != "kosong":
        wp.put(11, 2, "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI")
        wp.put(11, 3, "Ya" if ide_mode == "ya" else "Tidak")
    if ringkasan_perilaku:
        wp.put(13, 2, "NILAI AKHIR SKP", bold=True)
        wp.put(13, 3, totals["skp"])
        wp.put(14, 2, "NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU)", bold=True)
        wp.put(14, 3, nk)
        wp.put(15, 2, "PREDIKAT KINERJA PEGAWAI", bold=True)
        summary["PREDIKAT"] = ("Perilaku", wp.put(15, 3, pred))

    # ---------------- JF: Keterkaitan AK; JPT: Manual IKI
    if fam == "jf":
        wk = Sheet(wb.create_sheet("Keterkaitan AK"))
        kr = header(wk, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", p, False)
        wk.put(kr - 1, 1, f"TANGGAL PENGAJUAN: 5 Januari {TAHUN}")
        for k, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
            wk.put(kr, k + 1, h, bold=True)
        wk.put(kr + 1, 1, "KINERJA UTAMA", bold=True)
        kr += 2
        butir = next(v for k, v in bank.BUTIR.items() if jab.startswith(k))
        for n, rk in enumerate([x for x in rks if not x["tambahan"]], 1):
            wk.put(kr, 1, n)
            wk.put(kr, 2, rk["rk"])
            wk.put(kr, 3, butir[0])
            wk.put(kr, 4, butir[1])
            wk.put(kr, 5, rng.choice(["0,383", "0,05", 0.125, "0,011"]))
            kr += 1
    if fam == "jpt":
        wm = Sheet(wb.create_sheet("Manual IKI"))
        wm.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
        kr = 3
        for rk in rks:
            for i in rk["iki"]:
                vals = [("RENCANA KINERJA", rk["rk"]), ("DESKRIPSI RENCANA KINERJA",
                                                        bank.MANUAL["deskripsi"].format(th=TAHUN)),
                        ("INDIKATOR KINERJA INDIVIDU", i["text"]), ("DEFINISI IKI", bank.MANUAL["definisi"]),
                        ("FORMULA", bank.MANUAL["formula"]), ("TUJUAN", bank.MANUAL["tujuan"]),
                        ("SATUAN PENGUKURAN", satuan(i["target"])), ("JENIS ASPEK TARGET", "Kuantitas"),
                        ("TINGKAT KENDALI IKI", "Moderate"), ("SUMBER DATA", "Laporan kinerja dinas"),
                        ("PERIODE PELAPORAN", "Tahunan")]
                for lab, v in vals:
                    wm.put(kr, 1, lab, bold=True)
                    wm.put(kr, 2, v)
                    kr += 1
                kr += 1

    # ---------------- defects
    defects: list[dict] = []
    boleh: list[dict] = []
    all_iki = [i for r in rks if not r["tambahan"] for i in r["iki"] if not i.get("kosong")]
    for kind in defects_kinds:
        if kind == "realisasi-kosong":
            assert kosong_iki is not None
            defects.append(_d("realisasi-kosong", "Penilaian", cells["iki"][id(kosong_iki)]["real"]))
            boleh += [{"code": "capaian-tidak-sesuai", "sheet": "Penilaian"},
                      {"code": "predikat-tidak-sesuai"}]
            variasi.append("cacat-realisasi-kosong")
            continue
        if kind == "capaian":
            i = rng.choice(all_iki)
            cell = cells["iki"][id(i)]["cap"]
            wrong_c = rhu(i["c"]) + (12 if i["c"] < 100 else -15)
            ws.ws[cell].value = wrong_c / 100 if cap_style == "sel-persen" else f"{angka(wrong_c)} %"
            defects.append(_d("capaian-tidak-sesuai", "Penilaian", cell))
        elif kind == "kategori-iki":
            i = rng.choice(all_iki)
            cell = cells["iki"][id(i)]["kat"]
            wrong = {"Sangat Baik": "Baik", "Baik": "Sangat Baik", "Cukup": "Baik", "Kurang": "Cukup",
                     "Sangat Kurang": "Kurang"}[i["kat"]]
            ws.ws[cell].value = w_kat(wrong)
            defects.append(_d("capaian-tidak-sesuai", "Penilaian", cell))
        elif kind == "nilai-iki":
            i = rng.choice(all_iki)
            cell = cells["iki"][id(i)]["nilai"]
            ws.ws[cell].value = rhu(i["nilai"] - 9 if i["nilai"] > 100 else i["nilai"] + 9, 2)
            defects.append(_d("capaian-tidak-sesuai", "Penilaian", cell))
        elif kind == "kategori-rk":
            r = rng.choice([x for x in rks if not x["tambahan"]])
            cell = cells["rk"][id(r)]["kat"]
            wrong = {"Sangat Baik": "Baik", "Baik": "Sangat Baik", "Cukup": "Baik", "Kurang": "Cukup",
                     "Sangat Kurang": "Kurang"}[r["kat"]]
            ws.ws[cell].value = w_kat(wrong)
            defects.append(_d("capaian-tidak-sesuai", "Penilaian", cell))
        elif kind == "nilai-rk":
            r = rng.choice([x for x in rks if not x["tambahan"]])
            cell = cells["rk"][id(r)]["nilai"]
            ws.ws[cell].value = rhu(r["nilai"] - 8 if r["nilai"] > 100 else r["nilai"] + 8, 2)
            defects.append(_d("capaian-tidak-sesuai", "Penilaian", cell))
        elif kind == "nilai-akhir":
            cell = summary["NILAI AKHIR SKP"][1]
            ws.ws[cell].value = rhu(totals["skp"] + (4.35 if totals["skp"] < 112 else -6.4), 2)
            defects.append(_d("capaian-tidak-sesuai", "Penilaian", cell))
        elif kind == "predikat":
            psheet, cell = summary["PREDIKAT"]
            base = "Butuh Perbaikan" if pred == "Cukup" else pred
            wrong = {"Sangat Baik": "Baik", "Baik": "Sangat Baik" if nk < 110 else "Butuh Perbaikan",
                     "Butuh Perbaikan": "Baik", "Kurang": "Butuh Perbaikan", "Sangat Kurang": "Kurang"}[base]
            wb[psheet][cell].value = wrong
            defects.append(_d("predikat-tidak-sesuai", psheet, cell))
        elif kind == "target-beda":
            cands = [i for i in all_iki if i["target"][0] == "n" and i["target"][1] >= 4]
            i = rng.choice(cands)
            cell = cells["iki"][id(i)]["target"]
            t = i["target"]
            ws.ws[cell].value = target_text(("n", t[1] - 2, t[2]))
            defects.append(_d("target-penilaian-berbeda", "Penilaian", cell))
            # the written capaian follows the plan target; either reading is the checker's to make
            boleh.append({"code": "capaian-tidak-sesuai", "sheet": "Penilaian",
                          "row": int("".join(ch for ch in cell if ch.isdigit()))})
        variasi.append(f"cacat-{kind}")

    name = f"{form}-{idx:02d}-{'bersih' if clean else 'cacat'}.xlsx"
    wb.save(out / name)
    return {"file": name, "form": form, "clean": clean, "defects": defects, "boleh": boleh,
            "jabatan": jab, "instansi": bank.DINAS[dinas], "variasi": variasi,
            "hitung": {"nilai_skp": totals["skp"], "nilai_perilaku": nilai_perilaku, "nilai_kinerja": nk,
                       "predikat": pred}}


def _d(code: str, sheet: str, cell: str) -> dict:
    return {"code": code, "severity": "error", "sheet": sheet, "cell": cell, "alt_cells": []}


PLAN = {
    "ja-dasar": 9, "ja-pengembangan": 9, "jf-dasar": 9, "jf-pengembangan": 9, "jpt-dasar": 7,
    "jpt-pengembangan": 7,
}
KINDS_JAJF = ["capaian", "kategori-iki", "nilai-akhir", "predikat", "realisasi-kosong", "kategori-rk",
              "nilai-rk", "target-beda"]
KINDS_JPT = ["capaian", "kategori-iki", "nilai-iki", "nilai-akhir", "predikat", "realisasi-kosong"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_bi (Penilaian SKP akhir tahun).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    files = []
    idx = 0
    k_jajf = k_jpt = 0
    for form, n in PLAN.items():
        for j in range(n):
            idx += 1
            clean = j % 2 == 0
            kinds: list[str] = []
            if not clean:
                pool = KINDS_JPT if form.startswith("jpt") else KINDS_JAJF
                k = k_jpt if form.startswith("jpt") else k_jajf
                first = pool[k % len(pool)]
                kinds = [first]
                if first != "realisasi-kosong" and j % 4 == 3:
                    second = pool[(k + 3) % len(pool)]
                    if second not in ("realisasi-kosong", first):
                        kinds.append(second)
                if form.startswith("jpt"):
                    k_jpt += 1
                else:
                    k_jajf += 1
            files.append(build_file(rng, idx, form, clean, kinds, a.keluaran))
    a.harapan.write_text(json.dumps({"set": "nyata_bi", "seed": SEED, "files": files}, indent=1,
                                    ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
