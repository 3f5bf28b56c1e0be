"""Generator set nyata_p: kiriman SKP dua perangkat daerah fiktif untuk mengukur `skp rekap`.

Ditulis hanya dari SPEC §3, §5, §6, §7, §9, README dan docs/rekap.md, tanpa membaca kode skp, mappings,
fixture tests/data atau generator set lain. Deterministik (benih tetap, tanpa waktu): openpyxl dan
XlsxWriter bergantian, beberapa berkas disimpan ulang LibreOffice.

Usage: ``python benchmarks/nyata_p/buat.py [--keluaran DIR] [--harapan FILE] [--daftar FILE]``
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bank  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 20261206
FIXED_TIME = datetime.datetime(2026, 1, 2, 8, 0, 0)  # workbook properties: the same bytes on every run


def r2(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def r0(x: float) -> int:
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- scoring (SPEC §6)
def capaian(target: float, real: float, khusus: bool) -> float:
    return (1 + (1 - real / target)) * 100 if khusus else real / target * 100


def nilai_iki(cap: float) -> tuple[str, float]:
    c = r0(cap)
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", 110 + 10 / 9 * (c - 101)
    if c == 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", 70 + (c - 80)
    if c >= 60:
        return "Kurang", 50 + (c - 60)
    return "Sangat Kurang", c / 59 * 49


def kategori_rk(n: float) -> str:
    return (
        "Sangat Baik"
        if n >= 110
        else "Baik"
        if n >= 90
        else "Cukup"
        if n >= 70
        else "Kurang"
        if n >= 50
        else "Sangat Kurang"
    )


def predikat(nk: float) -> str:
    # ide baru tidak pernah dinyatakan: >= 110 tidak dipakai di set ini
    return (
        "Baik" if nk >= 90 else "Butuh Perbaikan" if nk >= 70 else "Kurang" if nk >= 50 else "Sangat Kurang"
    )


# realisasi per profil untuk IKI (dokumen 12, persen 90, laporan 10, bulan 12)
REAL = {
    "tinggi": (12, 90, 10, 12),
    "sedang": (10, 76, 8, 14),
    "rendah": (8, 60, 7, 16),
    "sangat_rendah": (5, 40, 4, 20),
}
PERILAKU = {
    "tinggi": (100, 100, 95, 100, 95),
    "sedang": (85, 85, 80, 85, 80),
    "rendah": (70, 70, 65, 70, 65),
    "sangat_rendah": (50, 50, 45, 50, 45),
}


# ---------------------------------------------------------------- sheet model
class Grid:
    def __init__(self, title: str):
        self.title = title
        self.cells: dict[tuple[int, int], tuple[object, str | None]] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.hidden = False

    def put(self, r: int, c: int, v: object, fmt: str | None = None) -> None:
        self.cells[(r, c)] = (v, fmt)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        self.merges.append((r1, c1, r2, c2))


def write_openpyxl(grids: list[Grid], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for g in grids:
        ws = wb.create_sheet(g.title)
        for (r, c), (v, fmt) in sorted(g.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"
            if fmt:
                cell.number_format = fmt
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for col in range(1, 14):
            ws.column_dimensions[get_column_letter(col)].width = 22 if col > 1 else 6
        if g.hidden:
            ws.sheet_state = "hidden"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    wb.save(path)


def write_xlsxwriter(grids: list[Grid], path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": FIXED_TIME})
    fmts: dict[str, object] = {}
    for g in grids:
        ws = wb.add_worksheet(g.title)
        ws.set_column(0, 0, 6)
        ws.set_column(1, 12, 22)
        merged_tl = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in g.merges}
        inside = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for (r, c), (v, fmt) in sorted(g.cells.items()):
            f = None
            if fmt:
                f = fmts.setdefault(fmt, wb.add_format({"num_format": fmt}))
            if (r, c) in merged_tl:
                r2_, c2_ = merged_tl[(r, c)]
                ws.merge_range(r - 1, c - 1, r2_ - 1, c2_ - 1, v, f)
                continue
            if (r, c) in inside:
                continue
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, f)
            elif v is None:
                continue
            else:
                ws.write_number(r - 1, c - 1, v, f)
        if g.hidden:
            ws.hide()
    wb.close()


# ---------------------------------------------------------------- how people write things
def fmt_nip(n: str, style: int) -> str:
    if n == "-":
        return "-"
    spaced = f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"
    return [spaced, n, f"{n[:8]}.{n[8:14]}.{n[14]}.{n[15:]}", "'" + n, spaced][style % 5]


def strip_gelar(nama: str) -> str:
    core = nama.split(",")[0]
    words = [w for w in core.split() if not w.endswith(".") or len(w) > 4]
    return " ".join(words).upper()


def unit_written(unit_key: str, variant: int) -> list[str]:
    """The unit kerja as one person writes it; two strings = continued on the next row."""
    agency, name, short = bank.UNITS[unit_key]
    ag = bank.AGENCIES[agency]
    full = f"{ag['nama']} {bank.KAB}"
    if unit_key.endswith("pimpinan"):
        options = [
            [full],
            [full.upper()],
            [ag["nama"]],
            [f"{ag['singkat']} {bank.KAB}"],
            [ag["nama"] + " ", bank.KAB],
            [full + "  "],
        ]
        return options[variant % len(options)]
    amp = name.replace(" dan ", " & ") if " dan " in name else name + " "
    options = [
        [name],
        [name.upper()],
        [short],
        [f"{name} {full}"],
        [f"{name} {ag['nama']}", bank.KAB],
        ["  " + name.replace(" ", "  ") + "   "],
        [f"{name} {ag['singkat']}"],
        [f"{name}, {ag['singkat']} Kab. Tanjung Wangi"],
        [amp],
    ]
    return options[variant % len(options)]


def jabatan_written(p: dict, variant: int) -> str:
    j = p["jabatan"]
    ag = bank.AGENCIES[bank.UNITS[p["unit"]][0]]
    return [j, j.upper(), f"{j} pada {ag['singkat']}", j.replace("Kepala Bidang", "Kabid"), j][variant % 5]


def penilai_of(p: dict) -> dict:
    a = p["atasan"]
    if a in bank.OUTSIDERS:
        return dict(bank.OUTSIDERS[a])
    q = BY_KEY[a]
    return {
        "nama": q["nama"],
        "nip": bank.nip(q),
        "pangkat": q["pangkat"],
        "jabatan": q["jabatan"],
        "unit_key": q["unit"],
    }


BY_KEY = {p["key"]: p for p in bank.PEOPLE}


def rk_atasan_for(p: dict, j: int) -> str:
    up = bank.RK_OF[p["atasan"]]
    return up[j % len(up)]


def own_rks(p: dict) -> list[str]:
    return bank.RK_OF.get(p["key"]) or bank.STAFF_RK[p["key"]]


def rest_of(rk: str) -> str:
    return rk.split(" ", 1)[1].lower()


def ikis(p: dict, rk_i: int, rk: str) -> list[dict]:
    """Two IKI per RK: (aspek, iki, target number, satuan, khusus)."""
    obj = rest_of(rk)
    if p["key"] == "lab1" and rk_i == 0:  # a threshold pasted with its standard's name: probes HTML escaping
        return [
            dict(aspek="Kuantitas", iki=f"Jumlah dokumen {obj}", t=12, sat="dokumen", khusus=False, slot=0),
            dict(
                aspek="Kualitas",
                iki="Persentase benda uji memenuhi syarat mutu <SNI 2847>",
                t=90,
                sat="%",
                khusus=False,
                slot=1,
            ),
        ]
    if rk_i % 2 == 0:
        return [
            dict(aspek="Kuantitas", iki=f"Jumlah dokumen {obj}", t=12, sat="dokumen", khusus=False, slot=0),
            dict(
                aspek="Kualitas",
                iki=f"Persentase dokumen {obj} yang diterima tanpa revisi",
                t=90,
                sat="%",
                khusus=False,
                slot=1,
            ),
        ]
    return [
        dict(aspek="Kuantitas", iki=f"Jumlah laporan {obj}", t=10, sat="laporan", khusus=False, slot=2),
        dict(aspek="Waktu", iki=f"Waktu penyelesaian laporan {obj}", t=12, sat="bulan", khusus=True, slot=3),
    ]


ASPEK_STYLE = [
    {"Kuantitas": "Kuantitas", "Kualitas": "Kualitas", "Waktu": "Waktu"},
    {"Kuantitas": "IKI (Kuantitas)", "Kualitas": "IKI (Kualitas)", "Waktu": "IKI (Waktu)"},
    {"Kuantitas": "Kuantitas/Output", "Kualitas": "Kualitas/Mutu", "Waktu": "Waktu (bulan)"},
    {"Kuantitas": "KUANTITAS", "Kualitas": "KUALITAS", "Waktu": "WAKTU"},
]


def target_text(t: int, sat: str) -> str:
    return f"{t} %" if sat == "%" else f"{t} {sat}"


# ---------------------------------------------------------------- sheets
def header(g: Grid, p: dict, title: str, v: dict, periode: str | None) -> int:
    """Title, agency line, period, identity blocks; returns next free row."""
    r = 1
    if v["kop"]:
        g.put(r, 1, "PEMERINTAH KABUPATEN TANJUNG WANGI")
        r += 2
    g.put(r, 1, title)
    g.merge(r, 1, r, 6)
    ag = bank.AGENCIES[bank.UNITS[p["unit"]][0]]
    g.put(r + 1, 1, (ag["nama"] + " " + bank.KAB).upper())
    g.merge(r + 1, 1, r + 1, 6)
    if periode is not None:
        g.put(r + 2, 1, periode)
    r += 4
    lab_peg = "PEGAWAI YANG DI NILAI" if v["typo"] else "PEGAWAI YANG DINILAI"
    lab_pen = "PEJABAT PENILAI KERJA" if v["typo"] else "PEJABAT PENILAI KINERJA"
    g.put(r, 1, "NO")
    g.put(r, 2, lab_peg)
    g.merge(r, 2, r, 3)
    g.put(r, 4, "NO")
    g.put(r, 5, lab_pen)
    g.merge(r, 5, r, 6)
    pen = v["penilai"]
    pangkat_label = "PANGKA/GOL. RUANG" if v["typo"] else "PANGKAT/GOL RUANG"
    labels = ["NAMA", "NIP", pangkat_label, "JABATAN", "UNIT KERJA"]
    unit_lines = v["unit_lines"]
    pen_unit = pen["unit"]
    vals_l = [p["nama"], v["nip_peg"], v["pangkat_peg"], v["jabatan"], unit_lines[0]]
    vals_r = [pen["nama_w"], pen["nip_w"], pen["pangkat"], pen["jabatan_w"], pen_unit]
    for i, lab in enumerate(labels):
        row = r + 1 + i
        g.put(row, 1, i + 1)
        g.put(row, 2, lab)
        if vals_l[i] is not None:
            g.put(row, 3, vals_l[i])
        g.put(row, 4, i + 1)
        g.put(row, 5, lab if lab != "UNIT KERJA" or not v["jpt"] else "INSTANSI")
        if vals_r[i] is not None:
            g.put(row, 6, vals_r[i])
    r = r + 6
    if len(unit_lines) > 1:
        g.put(r, 3, unit_lines[1])
        r += 1
    return r + 1


def skp_sheet(p: dict, v: dict) -> tuple[Grid, dict]:
    g = Grid(v["skp_title"])
    r = header(g, p, "RENCANA SASARAN KINERJA PEGAWAI", v, v["periode"])
    cells: dict = {"identity_row": None}
    jpt = v["jpt"]
    if jpt:
        heads = ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
    else:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    for c, h in enumerate(heads, 1):
        g.put(r, c, h)
        g.put(r + 1, c, f"({c})")
    r += 2
    g.put(r, 1, "A. KINERJA UTAMA")
    r += 1
    rows = []
    for i, rk in enumerate(v["rks"]):
        items = v["ikis"][i]
        first = r
        g.put(r, 1, i + 1)
        if jpt:
            g.put(r, 2, rk)
        else:
            ra = v["rk_atasan"][i]
            if ra is not None:
                g.put(r, 2, ra)
            g.put(r, 3, rk)
        for it in items:
            if jpt:
                g.put(r, 3, it["iki"])
                tcol = 4
            else:
                g.put(r, 4, v["aspek_map"].get(it["aspek"], it["aspek"]))
                g.put(r, 5, it["iki"])
                tcol = 6
            tv = it["target_w"]
            if tv is not None:
                if isinstance(tv, tuple):
                    g.put(r, tcol, tv[0], tv[1])
                else:
                    g.put(r, tcol, tv)
            it["skp_cell"] = f"{get_column_letter(tcol)}{r}"
            it["skp_row"] = r
            rows.append(r)
            r += 1
        if v["merge_rk"] and len(items) > 1:
            g.merge(first, 1, r - 1, 1)
            if not jpt:
                g.merge(first, 2, r - 1, 2)
                g.merge(first, 3, r - 1, 3)
            else:
                g.merge(first, 2, r - 1, 2)
    g.put(r, 1, "B. KINERJA TAMBAHAN")
    r += 1
    g.put(r, 1, "-")
    r += 3
    g.put(r, 2 if jpt else 5, f"Tanjung Wangi, {v['tanggal']}")
    r += 1
    g.put(r, 2, "Pegawai yang Dinilai")
    g.put(r, 4 if jpt else 5, "Pejabat Penilai Kinerja")
    r += 4
    g.put(r, 2, p["nama"])
    g.put(r, 4 if jpt else 5, v["penilai"]["nama_w"])
    r += 1
    g.put(r, 2, "NIP. " + v["nip_peg"] if v["nip_peg"] else "NIP.")
    if v["penilai"]["nip_w"] != "-":
        g.put(r, 4 if jpt else 5, "NIP. " + v["penilai"]["nip_w"])
    return g, cells


def penilaian_sheet(p: dict, v: dict, sc: dict) -> tuple[Grid, dict]:
    g = Grid(v["pen_title"])
    r = header(g, p, "PENILAIAN SASARAN KINERJA PEGAWAI", v, v["periode"])
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
        "KATEGORI CAPAIAN RK",
        "NILAI CAPAIAN RK",
    ]
    for c, h in enumerate(heads, 1):
        g.put(r, c, h)
    r += 1
    g.put(r, 1, "A. KINERJA UTAMA")
    r += 1
    cells = {}
    for i, rk in enumerate(v["rks"]):
        first = r
        g.put(r, 1, i + 1)
        if v["rk_atasan"][i] is not None:
            g.put(r, 2, v["rk_atasan"][i])
        g.put(r, 3, rk)
        for it in v["ikis"][i]:
            g.put(r, 4, v["aspek_map"].get(it["aspek"], it["aspek"]))
            g.put(r, 5, it["iki"])
            tv = it["target_w"]
            if tv is not None:
                g.put(r, 6, tv[0] if isinstance(tv, tuple) else tv, tv[1] if isinstance(tv, tuple) else None)
            if it["real"] is not None:
                g.put(
                    r,
                    7,
                    f"{it['real']} {it['sat']}"
                    if v["real_text"] and it["sat"] != "%"
                    else (f"{it['real']} %" if it["sat"] == "%" else it["real"]),
                )
                cap = it["cap"]
                g.put(r, 8, f"{str(r2(cap)).replace('.', ',')} %" if v["real_text"] else r2(cap))
                g.put(r, 9, it["kat"])
                g.put(r, 10, r2(it["nilai"]))
            it["pen_row"] = r
            r += 1
        if sc["rk"][i] is not None:
            g.put(first, 11, kategori_rk(sc["rk"][i]))
            g.put(first, 12, r2(sc["rk"][i]))
    g.put(r, 1, "B. KINERJA TAMBAHAN")
    r += 1
    g.put(r, 1, "-")
    r += 2
    summary = [
        ("NILAI KINERJA UTAMA", sc["skp"]),
        ("NILAI KINERJA TAMBAHAN", 0),
        ("NILAI AKHIR SKP", sc["skp"]),
        ("NILAI PERILAKU KERJA", sc["perilaku"]),
        ("NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU)", sc["nk"]),
        ("PREDIKAT KINERJA PEGAWAI", v["predikat_w"]),
    ]
    for lab, val in summary:
        g.put(r, 2, lab)
        g.merge(r, 2, r, 11)
        if val is not None:
            g.put(r, 12, val)
        cells[lab] = f"L{r}"
        r += 1
    return g, cells


def perilaku_sheet(p: dict, vals: tuple) -> Grid:
    g = Grid("Perilaku")
    g.put(1, 1, "PENILAIAN PERILAKU KERJA")
    g.put(3, 1, "NO")
    g.put(3, 2, "ASPEK PERILAKU")
    g.put(3, 3, "NILAI")
    for i, (lab, n) in enumerate(
        zip(["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"], vals,
            strict=True)
    ):
        g.put(4 + i, 1, i + 1)
        g.put(4 + i, 2, lab)
        g.put(4 + i, 3, n)
    g.put(9, 2, "NILAI PERILAKU KERJA")
    g.put(9, 3, r2(sum(vals) / 5))
    return g


def manual_sheet(p: dict, v: dict) -> tuple[Grid, dict]:
    g = Grid("Manual IKI")
    g.put(1, 1, "MANUAL INDIKATOR KINERJA")
    r = 3
    cells = {}
    for i, rk in enumerate(v["rks"]):
        for it in v["ikis"][i]:
            rows = [
                ("RENCANA KINERJA", rk),
                ("DESKRIPSI RENCANA KINERJA", f"Rencana kinerja untuk {rest_of(rk)}"),
                ("INDIKATOR KINERJA INDIVIDU", it["iki"]),
                ("DEFINISI IKI", f"Ukuran keberhasilan {rest_of(rk)}"),
                ("FORMULA", "Realisasi dibagi target dikali 100 %"),
                ("TUJUAN", "Mengukur keberhasilan rencana kinerja"),
                ("SATUAN PENGUKURAN", "Persen"),
                ("JENIS ASPEK TARGET", "Kuantitas"),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]
            for lab, val in rows:
                g.put(r, 1, lab)
                if not (v["manual_hole"] and i == 1 and lab == "FORMULA"):
                    g.put(r, 2, val)
                else:
                    cells["hole"] = f"B{r}"
                r += 1
            r += 1
    return g, cells


def ak_sheet(p: dict, v: dict) -> Grid:
    g = Grid("Keterkaitan AK")
    r = header(g, p, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", v, v["periode"])
    g.put(r, 1, "TANGGAL PENGAJUAN : 5 Januari 2026")
    r += 2
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        g.put(r, c, h)
    r += 1
    g.put(r, 1, "KINERJA UTAMA")
    r += 1
    for i, rk in enumerate(v["rks"]):
        g.put(r, 1, i + 1)
        g.put(r, 2, rk)
        g.put(r, 3, f"Melaksanakan kegiatan {rest_of(rk)} sesuai butir jabatan")
        g.put(r, 4, "Dokumen")
        g.put(r, 5, "0,125" if i % 2 else 0.25)
        r += 1
    return g


# ---------------------------------------------------------------- one submission
def score(p: dict, v: dict) -> dict:
    prof = p["profil"]
    reals = REAL[prof]
    rk_vals = []
    for items in v["ikis"]:
        ns = []
        for it in items:
            it["real"] = reals[it["slot"]] if not it.get("real_missing") else None
            if it["real"] is None:
                ns.append(None)
                continue
            it["cap"] = capaian(it["t"], it["real"], it["khusus"])
            it["kat"], it["nilai"] = nilai_iki(it["cap"])
            ns.append(it["nilai"])
        rk_vals.append(None if None in ns else sum(ns) / len(ns))
    skp = None if None in rk_vals else r2(min(120, sum(rk_vals) / len(rk_vals)))
    perilaku = r2(sum(PERILAKU[prof]) / 5)
    nk = None if skp is None else r2(0.7 * skp + 0.3 * perilaku)
    return {
        "rk": rk_vals,
        "skp": skp,
        "perilaku": perilaku,
        "nk": nk,
        "predikat": None if nk is None else predikat(nk),
    }


def build(p: dict, idx: int, opts: dict) -> tuple[list[Grid], dict]:
    """The workbook of person ``p`` (variant index ``idx``) and what a careful reviewer knows about it."""
    rnd = random.Random(f"{SEED}-{p['key']}-{opts.get('copy', 0)}")
    jpt = p["fam"] == "jpt"
    pen = penilai_of(p)
    pen_nip = pen["nip"]
    pen_name_style = rnd.randrange(3)
    pen["nama_w"] = [pen["nama"], strip_gelar(pen["nama"]), pen["nama"]][pen_name_style]
    pen["nip_w"] = fmt_nip(pen_nip, rnd.randrange(5))
    if "unit_key" in pen:
        pen["unit"] = unit_written(pen["unit_key"], rnd.randrange(9))[0]
        pj = pen["jabatan"]
        pen["jabatan_w"] = [pj, pj.upper(), pj.replace("Kepala Bidang", "Kabid"), pj][rnd.randrange(4)]
    else:
        pen["jabatan_w"] = pen["jabatan"]
    if opts.get("penilai_pangkat_kosong"):
        pen["pangkat"] = None
    rks = own_rks(p)[:2] if not jpt else own_rks(p)
    v: dict = {
        "jpt": jpt,
        "kop": idx % 3 == 0,
        "typo": idx % 4 == 1,
        "penilai": pen,
        "nip_peg": opts.get("nip_w") or fmt_nip(bank.nip(p), idx),
        "pangkat_peg": p["pangkat"],
        "jabatan": opts.get("jabatan_w") or jabatan_written(p, idx),
        "unit_lines": unit_written(p["unit"], opts.get("unit_variant", idx)),
        "periode": opts.get(
            "periode",
            [
                "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026",
                "PERIODE PENILAIAN : 1 Januari 2026 s.d. 31 Desember 2026",
                "Periode Penilaian: 01 Januari 2026 - 31 Desember 2026",
            ][idx % 3],
        ),
        "skp_title": ["SKP", "SKP 2026", "Rencana SKP"][idx % 3],
        "pen_title": ["Penilaian", "PENILAIAN SKP", "Evaluasi"][idx % 3],
        "merge_rk": idx % 2 == 0,
        "aspek_map": ASPEK_STYLE[idx % 4],
        "rks": rks,
        "rk_atasan": [None if jpt else rk_atasan_for(p, j) for j in range(len(rks))],
        "ikis": [],
        "tanggal": "2 Januari 2026",
        "real_text": idx % 2 == 1,
        "manual_hole": opts.get("manual_hole", False),
    }
    if opts.get("rk_atasan_lain"):
        v["rk_atasan"][1] = opts["rk_atasan_lain"]
    if opts.get("rk_atasan_kosong"):
        v["rk_atasan"][0] = None
    for i, rk in enumerate(rks):
        if jpt:
            v["ikis"].append(
                [
                    dict(
                        aspek=None,
                        iki=f"Persentase capaian {rest_of(rk)}",
                        t=90,
                        sat="%",
                        khusus=False,
                        slot=1,
                    )
                ]
            )
        else:
            v["ikis"].append(ikis(p, i, rk))
    for i, items in enumerate(v["ikis"]):
        for k, it in enumerate(items):
            tt = target_text(it["t"], it["sat"])
            if it["sat"] == "%" and idx % 5 == 2:
                it["target_w"] = (it["t"] / 100, "0%")
            elif it["sat"] != "%" and idx % 5 == 4:
                it["target_w"] = (it["t"], f'0 "{it["sat"]}"')
            else:
                it["target_w"] = tt
            if opts.get("target_kosong") == (i, k):
                it["target_w"] = None
            if opts.get("aspek_salah") == (i, k):
                it["aspek"] = "Jumlah"
            if opts.get("realisasi_kosong") == (i, k):
                it["real_missing"] = True
    truth: dict = {"defects": []}
    grids = []
    sc = None
    penilaian = opts.get("penilaian", not jpt)
    if penilaian:
        sc = score(p, v)
        v["predikat_w"] = opts.get("predikat_w", sc["predikat"])
    g, _ = skp_sheet(p, v)
    grids.append(g)
    if opts.get("extra_front"):
        pet = Grid("Petunjuk")
        pet.put(1, 1, "Petunjuk pengisian: isi sel berwarna kuning, jangan mengubah susunan kolom.")
        grids.insert(0, pet)
    if jpt:
        mg, mcells = manual_sheet(p, v)
        grids.append(mg)
        if v["manual_hole"]:
            truth["defects"].append(
                {"code": "manual-iki-kosong", "sheet": "Manual IKI", "cell": mcells["hole"]}
            )
    if p["fam"] == "jf" and not opts.get("tanpa_ak"):
        grids.append(ak_sheet(p, v))
    if opts.get("tanpa_ak"):
        truth["defects"].append({"code": "keterkaitan-ak-hilang", "sheet": None, "cell": None})
    if penilaian:
        pg, pcells = penilaian_sheet(p, v, sc)
        grids.append(pg)
        grids.append(perilaku_sheet(p, PERILAKU[p["profil"]]))
        if opts.get("predikat_w"):
            truth["defects"].append(
                {
                    "code": "predikat-tidak-sesuai",
                    "sheet": v["pen_title"],
                    "cell": pcells["PREDIKAT KINERJA PEGAWAI"],
                }
            )
        if opts.get("realisasi_kosong"):
            i, k = opts["realisasi_kosong"]
            truth["defects"].append(
                {
                    "code": "realisasi-kosong",
                    "sheet": v["pen_title"],
                    "cell": f"G{v['ikis'][i][k]['pen_row']}",
                }
            )
    if opts.get("hidden_data"):
        hd = Grid("Data")
        for i, a in enumerate(["Kuantitas", "Kualitas", "Waktu", "Biaya"], 1):
            hd.put(i, 1, a)
        hd.hidden = True
        grids.append(hd)
    if opts.get("target_kosong"):
        i, k = opts["target_kosong"]
        truth["defects"].append(
            {"code": "iki-tanpa-target", "sheet": v["skp_title"], "cell": v["ikis"][i][k]["skp_cell"]}
        )
    if opts.get("aspek_salah"):
        i, k = opts["aspek_salah"]
        truth["defects"].append(
            {"code": "aspek-tidak-valid", "sheet": v["skp_title"], "cell": f"D{v['ikis'][i][k]['skp_row']}"}
        )
    if opts.get("rk_atasan_kosong"):
        truth["defects"].append(
            {"code": "rk-atasan-kosong", "sheet": v["skp_title"], "cell": f"B{v['ikis'][0][0]['skp_row']}"}
        )
    if opts.get("rk_atasan_lain"):
        truth["defects"].append(
            {
                "code": "rk-atasan-tidak-cocok",
                "sheet": v["skp_title"],
                "cell": f"B{v['ikis'][1][0]['skp_row']}",
            }
        )
    if opts.get("penilai_pangkat_kosong"):
        truth["defects"].append({"code": "identitas-kosong", "sheet": v["skp_title"], "cell": None})
    if opts.get("nip_w"):
        truth["defects"].append({"code": "nip-tidak-valid", "sheet": v["skp_title"], "cell": None})
    if opts.get("periode") is None and "periode" in opts:
        truth["defects"].append({"code": "periode-tidak-valid", "sheet": v["skp_title"], "cell": None})
    uncomputable = sc is None or opts.get("target_kosong")  # SPEC §6: no number, no nilai built on it
    truth["nilai_skp"] = None if uncomputable else sc["skp"]
    truth["predikat"] = None if uncomputable else sc["predikat"]
    truth["unit_ditulis"] = " | ".join(v["unit_lines"])
    return grids, truth


# ---------------------------------------------------------------- the set
FOLDERS = {
    "pupr.pimpinan": "dinas-pupr/pimpinan",
    "pupr.sekretariat": "dinas-pupr/sekretariat",
    "pupr.binamarga": "dinas-pupr/bina-marga",
    "pupr.tataruang": "dinas-pupr/tata-ruang",
    "pupr.uptd": "dinas-pupr/uptd-lab",
    "bapp.pimpinan": "bapperida/pimpinan",
    "bapp.sekretariat": "bapperida/sekretariat",
    "bapp.perencanaan": "bapperida/perencanaan",
    "bapp.riset": "bapperida/riset",
}

# per person: options of their submission(s)
PLAN: dict[str, list[dict]] = {
    "kadis_pupr": [{}],
    "sek_pupr": [{"extra_front": True}],
    "kasubbag_pupr": [
        {"name": "draf"},
        {"name": "revisi", "folder": "dinas-pupr/sekretariat/revisi", "copy": 1},
    ],
    "kepeg_pupr": [{"predikat_w": "Baik"}],
    "keu_pupr": [{"penilaian": False}],
    "arsip_pupr": [{"hidden_data": True}],
    "kabid_bm": [{}],
    "tjj_muda": [{"tanpa_ak": True}],
    "tjj_pertama": [{"resave": True}],
    "pengolah_bm": [{"target_kosong": (1, 0)}],
    "admin_bm": [{}, {"name": "rusak", "corrupt": True}],
    "teknisi_bm": [{"penilaian": False}],
    "kabid_tr": [{"penilaian": False}],
    "pr_muda": [{}],
    "pr_pertama": [{"predikat_w": "Baik"}],
    "analis_tr": [{"rk_atasan_kosong": True}],
    "ka_uptd": [{"resave": True}],
    "lab1": [{"realisasi_kosong": (0, 1)}],
    "lab2": [{"aspek_salah": (1, 1), "jabatan_w": "- Pengolah Data dan Informasi"}],
    "kaban": [{"manual_hole": True}],
    "sek_bapp": [{"penilai_pangkat_kosong": True}],
    "kasubbag_bapp": [{}],
    "prakom_bapp": [{"penilaian": False}],
    "admin_bapp": [{"nip_w": "19920118 201703 1 03"}],
    "kabid_pr": [{}],
    "ren_muda": [{"resave": True}],
    "ren_muda2": [{"rk_atasan_lain": "Meningkatnya kualitas pelayanan administrasi kependudukan"}],
    "ren_pertama": [{}, {"name": "kirim-ulang", "folder": "bapperida/kiriman-email", "same_bytes": True}],
    "ak_pr": [{"penilaian": False}],
    "mutasi_pr": [
        {
            "folder": "bapperida/kiriman-email",
            "periode": "PERIODE PENILAIAN : 1 Juli 2026 s.d. 31 Desember 2026",
        }
    ],
    "kabid_ri": [{}],
    "ak_ri": [{"periode": None}],
    "data_ri": [{"folder": "bapperida/kiriman-email"}],
    "admin_ri": [{"periode": "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025", "name": "2025"}],
}

UNREADABLE = [
    # (path, kind, unit key a reviewer would file it under from its folder)
    ("dinas-pupr/bina-marga/SKP Hendra Gunawan.xls", "html", "pupr.binamarga"),
    ("dinas-pupr/tata-ruang/SKP siti aminah.xlsx", "kosong", "pupr.tataruang"),
    ("dinas-pupr/Rekap Absensi Juni 2026.xlsx", "bukan-skp", None),
]


def slug(s: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in s.split(",")[0].lower().lstrip("@"))
    return "-".join(w for w in keep.split("-") if w)


def resave_libreoffice(path: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{td}/u",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(Path(td) / "out"),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(Path(td) / "out" / path.name, path)


def make_daftar(path: Path) -> list[dict]:
    """SIMPEG export for Bapperida only (`;`, UTF-8 BOM)."""
    lines = ["NO;NIP;NAMA;JABATAN;UNIT KERJA;NIP ATASAN;STATUS"]
    rows = []
    unit_name = {
        "bapp.pimpinan": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "bapp.sekretariat": "Sekretariat",
        "bapp.perencanaan": "Bidang Perencanaan",
        "bapp.riset": "Bidang Riset dan Inovasi",
    }
    n = 0
    for p in bank.PEOPLE:
        if not p["unit"].startswith("bapp.") or p.get("daftar") is False:
            continue
        n += 1
        a = p["atasan"]
        an = bank.OUTSIDERS[a]["nip"] if a in bank.OUTSIDERS else bank.nip(BY_KEY[a])
        status = p.get("status", "PNS Aktif")
        lines.append(
            f"{n};{fmt_nip(bank.nip(p), 0)};{p['nama'].replace(';', ' ')};{p['jabatan']};"
            f"{unit_name[p['unit']]};{fmt_nip(an, 0)};{status}"
        )
        rows.append({"key": p["key"], "row": n + 1, "unit": p["unit"], "status": status})
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--daftar", type=Path, default=HERE / "daftar" / "pegawai-bapperida.csv")
    ap.add_argument("--tanpa-libreoffice", action="store_true")
    a = ap.parse_args(argv)
    out = a.keluaran
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files = []
    idx = 0
    for p in bank.PEOPLE:
        plans = PLAN.get(p["key"], [{}]) if p.get("kirim", 1) else []
        for opts in plans:
            idx += 1
            folder = opts.get("folder", FOLDERS[p["unit"]])
            base = ["SKP_{}_{}", "skp-2026-{}{}", "SKP 2026 {} {}"][idx % 3]
            name = base.format(slug(p["nama"]), "" if idx % 3 == 1 else bank.nip(p)[:8])
            if opts.get("name"):
                name += f" ({opts['name']})"
            rel = f"{folder}/{name}.xlsx"
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if opts.get("same_bytes"):
                first = next(f for f in files if f["key"] == p["key"])
                shutil.copyfile(out / first["file"], target)
                truth = dict(first["_truth"])
            elif opts.get("corrupt"):
                first = next(f for f in files if f["key"] == p["key"])
                data = (out / first["file"]).read_bytes()
                target.write_bytes(data[: len(data) // 3])
                truth = {
                    "defects": [{"code": "berkas-rusak", "sheet": None, "cell": None}],
                    "nilai_skp": None,
                    "predikat": None,
                    "unit_ditulis": None,
                }
            else:
                grids, truth = build(p, idx, opts)
                (write_openpyxl if idx % 2 else write_xlsxwriter)(grids, target)
                if opts.get("resave") and not a.tanpa_libreoffice:
                    resave_libreoffice(target)
            files.append({"file": rel, "key": p["key"], "_truth": truth, "opts": opts})
    for rel, kind, _unit in UNREADABLE:
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if kind == "html":
            target.write_text(
                "<html><head><meta charset='utf-8'></head><body><table><tr><td>SKP</td>"
                "<td>Hendra Gunawan</td></tr></table></body></html>",
                encoding="utf-8",
            )
        elif kind == "kosong":
            target.write_bytes(b"")
        else:
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Absensi"
            ws.append(["NO", "NAMA", "HADIR", "IZIN", "SAKIT"])
            for i, p in enumerate(bank.PEOPLE[:8], 1):
                ws.append([i, p["nama"], 20, 1, 0])
            wb.save(target)
    a.daftar.parent.mkdir(parents=True, exist_ok=True)
    daftar_rows = make_daftar(a.daftar)
    harapan = expectations(files, daftar_rows)
    a.harapan.write_text(json.dumps(harapan, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(files) + len(UNREADABLE)} berkas ditulis ke {out}")
    return 0


def _zip_ok(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path):
            return True
    except zipfile.BadZipFile:
        return False


def expectations(files: list[dict], daftar_rows: list[dict]) -> dict:
    """What a careful HR reviewer puts in the recap."""
    rows = []
    by_key: dict[str, list[dict]] = {}
    for f in files:
        by_key.setdefault(f["key"], []).append(f)
    for f in files:
        p = BY_KEY[f["key"]]
        t = f["_truth"]
        codes = [d["code"] for d in t["defects"]]
        dup = (
            len(
                [
                    g
                    for g in by_key[f["key"]]
                    if "berkas-rusak" not in [d["code"] for d in g["_truth"]["defects"]]
                    and g["opts"].get("name") != "2025"
                ]
            )
            > 1
            and "berkas-rusak" not in codes
        )
        if dup:
            codes = codes + ["skp-ganda"]
            t = dict(t, defects=t["defects"] + [{"code": "skp-ganda", "sheet": None, "cell": None}])
        errors = [c for c in codes]
        status = "gagal-dibaca" if "berkas-rusak" in codes else ("perlu-perbaikan" if errors else "lulus")
        rows.append(
            {
                "file": f["file"],
                "key": f["key"],
                "nip": bank.nip(p),
                "nama": p["nama"],
                "unit": None if status == "gagal-dibaca" else p["unit"],
                "unit_folder": p["unit"],
                "unit_ditulis": t.get("unit_ditulis"),
                "status": status,
                "nilai_skp": t.get("nilai_skp"),
                "predikat": t.get("predikat"),
                "temuan_error": sorted(set(codes) - {"berkas-rusak"})
                if status != "gagal-dibaca"
                else ["berkas-rusak"],
                "defects": t["defects"],
                "periode_lain": f["opts"].get("name") == "2025",
                "perlu_tindakan": status != "lulus",
            }
        )
    for rel, kind, unit in UNREADABLE:
        rows.append(
            {
                "file": rel,
                "key": None,
                "nip": None,
                "nama": None,
                "unit": None,
                "unit_folder": unit,
                "unit_ditulis": None,
                "status": "gagal-dibaca" if kind != "bukan-skp" else "bukan-skp",
                "nilai_skp": None,
                "predikat": None,
                "temuan_error": ["bukan-skp"] if kind == "bukan-skp" else ["berkas-rusak"],
                "defects": [],
                "periode_lain": False,
                "perlu_tindakan": True,
            }
        )
    units = {}
    for u, (agency, name, _s) in bank.UNITS.items():
        mine = [r for r in rows if r["unit"] == u]
        people = {r["key"] for r in mine}
        lulus = sum(r["status"] == "lulus" for r in mine)
        perlu = sum(r["status"] == "perlu-perbaikan" for r in mine)
        pred: dict[str, int] = {}
        pred_boleh: dict[str, list[int]] = {}
        # one predikat per person (duplicates count once), the written-wrong predikat never counted
        seen = set()
        for r in mine:
            if r["predikat"] and r["key"] not in seen and not r["periode_lain"]:
                seen.add(r["key"])
                pred[r["predikat"]] = pred.get(r["predikat"], 0) + 1
        units[u] = {
            "instansi": bank.AGENCIES[agency]["nama"],
            "nama": name,
            "anggota": sorted(people),
            "pegawai_mengirim": len(people),
            "berkas_terbaca": len(mine),
            "lulus": lulus,
            "perlu_perbaikan": perlu,
            "predikat": pred,
        }
        del pred_boleh
    daftar_units: dict[str, dict] = {}
    submitted_keys = {
        r["key"] for r in rows if r["status"] != "gagal-dibaca" and r["key"] and not r["periode_lain"]
    }
    for d in daftar_rows:
        u = daftar_units.setdefault(
            d["unit"],
            {"wajib": 0, "sudah": 0, "belum": [], "tidak_wajib": 0, "sudah_boleh": 0, "belum_boleh": []},
        )
        if d["status"] == "Tugas Belajar":
            u["tidak_wajib"] += 1
            continue
        u["wajib"] += 1
        p = BY_KEY[d["key"]]
        plans = PLAN.get(d["key"], [{}]) if p.get("kirim", 1) else []
        nip_bad = any(o.get("nip_w") for o in plans)
        if d["key"] in submitted_keys and not nip_bad:
            u["sudah"] += 1
        elif d["key"] in submitted_keys or any(o.get("name") == "2025" for o in plans):
            # SPEC/docs leave open: NIP written wrongly (name matches), or only last year's SKP sent
            u["sudah_boleh"] += 1
            u["belum_boleh"].append({"key": d["key"], "nip": bank.nip(p), "baris": d["row"]})
        else:
            u["belum"].append({"key": d["key"], "nip": bank.nip(p), "nama": p["nama"], "baris": d["row"]})
    return {
        "set": "nyata_p",
        "seed": SEED,
        "berkas": rows,
        "unit": units,
        "daftar": {"berkas": "daftar/pegawai-bapperida.csv", "unit": daftar_units},
        "boleh": {
            "jumlah_diterima": "kolom 'Pegawai' Ringkasan boleh menghitung berkas (duplikat dua kali) "
            "atau orang",
            "berkas_tak_terbaca_unit": "berkas gagal dibaca boleh di '(unit kerja tidak terbaca)' atau unit "
            "foldernya",
            "bukan_skp_status": "berkas bukan SKP boleh gagal-dibaca atau perlu-perbaikan",
            "periode_lain": "SKP periode 2025 di antara kiriman 2026: boleh dihitung mengirim atau tidak, "
            "lulus atau ditandai",
            "nip_salah_daftar": "pegawai yang NIP-nya salah tulis boleh tercantum Belum Mengirim",
            "predikat_salah_tulis": "berkas berpredikat salah tulis: predikat hitungan atau kosong di "
            "distribusi; "
            "predikat tertulis yang salah tidak boleh dihitung",
        },
    }


if __name__ == "__main__":
    sys.exit(main())
