"""Build the held-out set ``nyata_ar``: a year's SKP submissions of one Pemerintah Kabupaten as HR receives
them in January (40 workbooks, all six forms, about half clean). Written from SPEC alone; every workbook is
first laid out as rows so the cell of each inserted defect is known.

Usage: ``python benchmarks/nyata_ar/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261208
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")
MEMBER_JABATAN = [
    "Pengadministrasi Perkantoran",
    "Penata Layanan Operasional",
    "Pranata Komputer Ahli Pertama",
]
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]


def xround(x: float, nd: int = 2) -> float:
    """Excel's ROUND (half away from zero on the decimal representation)."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(round(x, 9))).quantize(q, rounding=ROUND_HALF_UP))


def num_id(x: float, nd: int = 2) -> str:
    s = f"{x:.{nd}f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


# ---------------------------------------------------------------- scoring (SPEC §6)
def capaian(real: float, target: float, khusus: bool) -> float:
    r = real / target
    return (1 + (1 - r)) * 100 if khusus else r * 100


def nilai_iki(cap: float) -> tuple[str, float]:
    c = float(Decimal(repr(round(cap, 9))).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", 110 + (120 - 110) / (110 - 101) * (c - 101)
    if c == 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", 70 + (89 - 70) / (99 - 80) * (c - 80)
    if c >= 60:
        return "Kurang", 50 + (69 - 50) / (79 - 60) * (c - 60)
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


F_TAMBAHAN = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(x: float) -> str:
    return "Baik" if x >= 90 else "Butuh Perbaikan" if x >= 70 else "Kurang" if x >= 50 else "Sangat Kurang"


# ---------------------------------------------------------------- people
class People:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.used: set[str] = set()

    def nama(self) -> str:
        r = self.rnd
        while True:
            n = (
                f"{r.choice(bank.GELAR_DEPAN)}{r.choice(bank.NAMA_DEPAN)} {r.choice(bank.NAMA_BELAKANG)}"
                f"{r.choice(bank.GELAR_BELAKANG)}"
            )
            if n not in self.used:
                self.used.add(n)
                return n

    def nip(self, gol: str, pppk: bool = False) -> str:
        r = self.rnd
        base = {"II": 1992, "III": 1982, "IV": 1972}[gol.split("/")[0]]
        y = base + r.randint(-4, 6)
        birth = f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        tmt = f"{2022 + r.randint(0, 2)}21" if pppk else f"{y + r.randint(22, 27)}{r.randint(1, 12):02d}"
        nip = f"{birth} {tmt} {r.randint(1, 2)} {r.randint(1, 40):03d}"
        return nip if r.random() < 0.7 else nip.replace(" ", "")

    def pangkat(self, gol: str) -> str:
        name = bank.PANGKAT[gol]
        style = self.rnd.randint(0, 3)
        if style == 0:
            return f"{name}, {gol}"
        if style == 1:
            return f"{name.replace('Tingkat I', 'Tk.I')} ({gol})"
        if style == 2:
            return f"{name.upper()}/{gol.replace('/', '')}"
        return f"{name} - {gol}"


# ---------------------------------------------------------------- plan model
def target_for(rnd: random.Random, aspek: str, sat: str) -> dict[str, Any]:
    if aspek == "kuantitas":
        t = rnd.choice([4, 6, 12, 24, 36, 48, 120, 250])
        return {"t": t, "sat": sat, "khusus": False}
    if aspek == "kualitas":
        return {"t": rnd.choice([80, 85, 90, 95]), "sat": "%", "khusus": False}
    return {"t": rnd.choice([10, 11, 12]), "sat": "bulan", "khusus": True}


def iki_text(aspek: str, subject: str) -> str:
    if aspek == "kuantitas":
        return f"Jumlah {subject}"
    if aspek == "kualitas":
        return f"Persentase {subject} yang sesuai standar"
    return f"Waktu penyelesaian {subject}"


def kategori_for(t: dict[str, Any], levels: list[str]) -> dict[str, str]:
    v = t["t"]
    if t["khusus"]:
        band = {
            "SANGAT KURANG": f"> {v + 3}",
            "KURANG": f"{v + 2} - {v + 3}",
            "CUKUP": f"{v + 1}",
            "BAIK": f"{v}",
            "SANGAT BAIK": f"< {v}",
        }
        if levels == ["CUKUP", "SANGAT BAIK"] or levels == ["CUKUP", "BAIK", "SANGAT BAIK"]:
            band["CUKUP"] = f"> {v}"
    else:
        lo, mid = int(v * 0.6), int(v * 0.8)
        band = {
            "SANGAT KURANG": f"< {lo}",
            "KURANG": f"{lo} - {mid - 1}",
            "CUKUP": f"{mid} - {v - 1}",
            "BAIK": f"{v}",
            "SANGAT BAIK": f"> {v}",
        }
        if levels in (["CUKUP", "SANGAT BAIK"], ["CUKUP", "BAIK", "SANGAT BAIK"]):
            band["CUKUP"] = f"< {v}"
    return {lv: band[lv] for lv in levels}


def realisasi_for(rnd: random.Random, t: dict[str, Any]) -> float:
    v = t["t"]
    if t["khusus"]:
        return float(rnd.choice([v, v, v - 1, v + 1]))
    if t["sat"] == "%":
        return float(rnd.choice([v, v, v - 3, v + 2, v - 7]))
    return float(rnd.choice([v, v, v + 1, round(v * 0.9), round(v * 1.05)]))


# ---------------------------------------------------------------- sheet writer with positions
class Sheet:
    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def put(self, row: int, col: int, value: Any) -> str:
        if value is not None:
            self.ws.cell(row=row, column=col, value=value)
        return f"{get_column_letter(col)}{row}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def write_kop(sh: Sheet, f: dict[str, Any], title: str, ncols: int) -> int:
    r = 1
    sh.put(r, 1, title)
    sh.merge(r, 1, r, ncols)
    r += 1
    if f["kop_dua_baris"]:
        sh.put(r, 1, bank.PEMKAB)
        sh.merge(r, 1, r, ncols)
        r += 1
        sh.put(r, 1, f["instansi"])
    else:
        sh.put(r, 1, f"{f['instansi']} {bank.KABUPATEN}")
    sh.merge(r, 1, r, ncols)
    r += 1
    f["pos"]["periode"] = sh.put(r, 1, f["periode"])
    sh.merge(r, 1, r, ncols)
    return r + 2


ID_LABELS = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
ID_KEYS = ["nama", "nip", "pangkat", "jabatan", "unit"]


def write_identity(sh: Sheet, f: dict[str, Any], r: int, ncols: int, sheet_key: str) -> int:
    peg, pen = f["pegawai"], f["penilai"]
    lab_pen = list(ID_LABELS)
    if f["jenis"] == "jpt" and f["penilai_kind"] == "bupati":
        lab_pen[4] = "INSTANSI"
    if f["side"] and ncols >= 6:
        sh.put(r, 1, "NO")
        sh.put(r, 2, "PEGAWAI YANG DINILAI")
        sh.merge(r, 2, r, 3)
        sh.put(r, 4, "NO")
        sh.put(r, 5, "PEJABAT PENILAI KINERJA")
        sh.merge(r, 5, r, ncols)
        for i in range(5):
            sh.put(r + 1 + i, 1, i + 1)
            sh.put(r + 1 + i, 2, ID_LABELS[i])
            f["pos"][f"{sheet_key}peg_{ID_KEYS[i]}"] = sh.put(r + 1 + i, 3, peg[ID_KEYS[i]])
            sh.put(r + 1 + i, 4, i + 1)
            sh.put(r + 1 + i, 5, lab_pen[i])
            f["pos"][f"{sheet_key}pen_{ID_KEYS[i]}"] = sh.put(r + 1 + i, 6, pen[ID_KEYS[i]])
            if ncols > 6:
                sh.merge(r + 1 + i, 6, r + 1 + i, ncols)
        return r + 7
    for who, labels, key in ((peg, ID_LABELS, "peg"), (pen, lab_pen, "pen")):
        sh.put(r, 1, "NO")
        sh.put(r, 2, "PEGAWAI YANG DINILAI" if key == "peg" else "PEJABAT PENILAI KINERJA")
        sh.merge(r, 2, r, ncols)
        for i in range(5):
            sh.put(r + 1 + i, 1, i + 1)
            sh.put(r + 1 + i, 2, labels[i])
            f["pos"][f"{sheet_key}{key}_{ID_KEYS[i]}"] = sh.put(r + 1 + i, 3, who[ID_KEYS[i]])
            sh.merge(r + 1 + i, 3, r + 1 + i, ncols)
        r += 6
    return r + 1


def target_cell_value(f: dict[str, Any], ik: dict[str, Any]) -> Any:
    if "target_text" in ik:
        return ik["target_text"]
    t = ik["tgt"]
    if f["satuan_col"]:
        return t["t"]
    return f"{t['t']} {t['sat']}" if t["sat"] != "%" else f"{t['t']}%"


def write_footer(sh: Sheet, f: dict[str, Any], r: int, ncols: int) -> None:
    right = max(ncols - 1, 4)
    sh.put(r + 1, right, f"Sukamaju Barat, 2 Januari {bank.TAHUN}")
    sh.put(r + 2, 2, "Pejabat Penilai Kinerja,")
    sh.put(r + 2, right, "Pegawai yang Dinilai,")
    sh.put(r + 6, 2, f["penilai"]["nama"])
    sh.put(r + 6, right, f["pegawai"]["nama"])
    if f["penilai"]["nip"] not in ("-", ""):
        sh.put(r + 7, 2, f"NIP. {f['penilai']['nip']}")
    sh.put(r + 7, right, f"NIP. {f['pegawai']['nip']}")


def write_skp_jajf(wb: Any, f: dict[str, Any]) -> None:
    ws = wb.active
    ws.title = f["sheet_skp"]
    sh = Sheet(ws)
    cols = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"
        if f["atasan_label"] == 0
        else "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET/BAIK" if f["target_baik"] else "TARGET",
    ]
    if f["satuan_col"]:
        cols.append("SATUAN")
    kat_start = len(cols) + 1
    levels = f["levels"]
    if f["model"] == "pengembangan":
        cols += levels
        cara_start = len(cols) + 1
        cols += (
            ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
            if f["cara"] == "tiga"
            else ["SUMBER DATA UNTUK PENGUKURAN"]
        )
    extra_start = len(cols) + 1
    cols += f["extra_cols"]
    ncols = len(cols)
    r = write_kop(sh, f, f["judul"], ncols)
    r = write_identity(sh, f, r, ncols, "")
    two = f["model"] == "pengembangan"
    hr = r
    for c, name in enumerate(cols, 1):
        if two and kat_start <= c < extra_start:
            sh.put(hr + 1, c, name)
        else:
            sh.put(hr, c, name)
            if two:
                sh.merge(hr, c, hr + 1, c)
    if two:
        sh.put(hr, kat_start, "KATEGORI PENILAIAN / STANDAR KINERJA")
        sh.merge(hr, kat_start, hr, kat_start + len(levels) - 1)
        sh.put(hr, cara_start, "CARA MEMANTAU KINERJA")
        if f["cara"] == "tiga":
            sh.merge(hr, cara_start, hr, cara_start + 2)
    r = hr + (2 if two else 1)
    if f["nomor_kolom"]:
        for c in range(1, ncols + 1):
            sh.put(r, c, f"({c})")
        r += 1
    for group, label in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        rks = [rk for rk in f["rks"] if rk["group"] == group]
        if not rks and group == "tambahan":
            continue
        sh.put(r, 1, label)
        sh.merge(r, 1, r, ncols)
        r += 1
        for n, rk in enumerate(rks, 1):
            first = r
            for j, ik in enumerate(rk["ikis"]):
                pk = f"skp_{rk['id']}_{j}"
                f["pos"][pk + "_aspek"] = sh.put(r, 4, ik["aspek_label"])
                f["pos"][pk + "_iki"] = sh.put(r, 5, ik["iki"])
                f["pos"][pk + "_target"] = sh.put(r, 6, target_cell_value(f, ik))
                c = 7
                if f["satuan_col"]:
                    f["pos"][pk + "_satuan"] = sh.put(r, 7, ik["tgt"]["sat"])
                    c = 8
                if two:
                    for k, lv in enumerate(levels):
                        f["pos"][f"{pk}_kat_{lv}"] = sh.put(r, kat_start + k, ik["kat"].get(lv))
                    if f["cara"] == "tiga" and f["cara_per_iki"]:
                        for k, key in enumerate(("data", "sumber", "waktu")):
                            f["pos"][f"{pk}_cara_{key}"] = sh.put(r, cara_start + k, rk["cara"][key])
                for k, name in enumerate(f["extra_cols"]):
                    if name == "BOBOT":
                        sh.put(r, extra_start + k, ik.get("bobot"))
                    else:
                        sh.put(r, extra_start + k, ik.get("ket"))
                del c
                r += 1
            last = r - 1
            sh.put(first, 1, n)
            f["pos"][f"skp_{rk['id']}_atasan"] = sh.put(first, 2, rk["atasan"])
            f["pos"][f"skp_{rk['id']}_rk"] = sh.put(first, 3, rk["text"])
            for c in (1, 2, 3):
                sh.merge(first, c, last, c)
            if two and not (f["cara"] == "tiga" and f["cara_per_iki"]):
                if f["cara"] == "tiga":
                    for k, key in enumerate(("data", "sumber", "waktu")):
                        f["pos"][f"skp_{rk['id']}_cara_{key}"] = sh.put(
                            first, cara_start + k, rk["cara"][key]
                        )
                        sh.merge(first, cara_start + k, last, cara_start + k)
                else:
                    val = (
                        None
                        if rk["cara"]["data"] is None
                        else f"{rk['cara']['data']} dari {rk['cara']['sumber']}, "
                        f"{rk['cara']['waktu'].lower()}"
                    )
                    f["pos"][f"skp_{rk['id']}_cara_data"] = sh.put(first, cara_start, val)
                    sh.merge(first, cara_start, last, cara_start)
    write_footer(sh, f, r + 1, ncols)
    widths = [5, 38, 38, 14, 40, 14] + [14] * (ncols - 6)
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w


def write_skp_jpt(wb: Any, f: dict[str, Any]) -> None:
    ws = wb.active
    ws.title = f["sheet_skp"]
    sh = Sheet(ws)
    peng = f["model"] == "pengembangan"
    cols = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    cols += f["extra_cols"]
    ncols = max(len(cols), 6)
    off = 1 if peng else 0
    r = write_kop(sh, f, f["judul"], ncols)
    r = write_identity(sh, f, r, ncols, "")
    for c, name in enumerate(cols, 1):
        sh.put(r, c, name)
    r += 1
    for group, label in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        rks = [rk for rk in f["rks"] if rk["group"] == group]
        if not rks:
            continue
        sh.put(r, 1, label)
        sh.merge(r, 1, r, ncols)
        r += 1
        persp_first: dict[str, int] = {}
        for n, rk in enumerate(rks, 1):
            ik = rk["ikis"][0]
            pk = f"skp_{rk['id']}_0"
            if peng and group == "utama":
                if f["persp_gabung"] and rk["persp_key"] in persp_first:
                    pass
                else:
                    persp_first[rk["persp_key"]] = r
                    f["pos"][f"skp_{rk['id']}_persp"] = sh.put(r, 1, rk["persp"])
                    rk["persp_row"] = r
            sh.put(r, 1 + off, n)
            f["pos"][f"skp_{rk['id']}_rk"] = sh.put(r, 2 + off, rk["text"])
            f["pos"][pk + "_iki"] = sh.put(r, 3 + off, ik["iki"])
            f["pos"][pk + "_target"] = sh.put(r, 4 + off, target_cell_value(f, ik))
            for k, name in enumerate(f["extra_cols"]):
                sh.put(r, 5 + off + k, ik.get("ket") if name == "KETERANGAN" else ik.get("bobot"))
            r += 1
        if peng and group == "utama" and f["persp_gabung"]:
            keys = [rk["persp_key"] for rk in rks]
            for key, first in persp_first.items():
                last = first + keys.count(key) - 1
                sh.merge(first, 1, last, 1)
    write_footer(sh, f, r + 1, ncols)
    for c, w in enumerate([18, 5, 45, 45, 16, 16], 1):
        ws.column_dimensions[get_column_letter(c)].width = w


MANUAL_LABELS = [
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


def write_manual(wb: Any, f: dict[str, Any]) -> None:
    ws = wb.create_sheet("MANUAL IKI")
    sh = Sheet(ws)
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA")
    sh.put(2, 1, f"{f['pegawai']['jabatan']}")
    r = 4
    for rk in f["rks"]:
        ik = rk["ikis"][0]
        vals = [
            rk["text"],
            f"{rk['text']} sebagai sasaran {f['instansi'].title()} tahun {bank.TAHUN}",
            ik["iki"],
            ik.get("definisi", bank.DEFINISI),
            ik["formula"],
            ik.get("tujuan", bank.TUJUAN),
            ik["tgt"]["sat"] if ik["tgt"]["sat"] else "indeks",
            "Kuantitas",
            "Terkendali penuh",
            f"Laporan {f['instansi'].title()}",
            "Triwulanan",
        ]
        sh.put(r, 1, f"IKI {rk['id']}")
        r += 1
        for k, (lab, val) in enumerate(zip(MANUAL_LABELS, vals, strict=True)):
            sh.put(r, 1, k + 1)
            sh.put(r, 2, lab)
            f["pos"][f"man_{rk['id']}_{k}"] = sh.put(r, 3, val)
            r += 1
        r += 1
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 70


def write_keterkaitan(wb: Any, f: dict[str, Any]) -> None:
    ws = wb.create_sheet("KETERKAITAN AK")
    sh = Sheet(ws)
    sh.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.put(3, 1, "NAMA")
    sh.put(3, 3, f["pegawai"]["nama"])
    sh.put(4, 1, "NIP")
    sh.put(4, 3, f["pegawai"]["nip"])
    sh.put(5, 1, "JABATAN")
    sh.put(5, 3, f["pegawai"]["jabatan"])
    sh.put(6, 1, "TANGGAL PENGAJUAN")
    sh.put(6, 3, f"5 Januari {bank.TAHUN}")
    r = 8
    for c, name in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        sh.put(r, c, name)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA")
    sh.merge(r, 1, r, 5)
    r += 1
    n = 0
    for rk in f["rks"]:
        if rk["group"] != "utama" or rk.get("no_butir"):
            continue
        n += 1
        first = r
        for b, (butir, output, ak) in enumerate(rk["butir"]):
            sh.put(r, 3, butir)
            sh.put(r, 4, output)
            f["pos"][f"ak_{rk['id']}_{b}"] = sh.put(r, 5, ak)
            r += 1
        sh.put(first, 1, n)
        sh.put(first, 2, rk["text"])
        sh.merge(first, 1, r - 1, 1)
        sh.merge(first, 2, r - 1, 2)
    for c, w in enumerate([5, 45, 45, 20, 14], 1):
        ws.column_dimensions[get_column_letter(c)].width = w


def write_matriks(wb: Any, f: dict[str, Any], people: People) -> None:
    ws = wb.create_sheet("MATRIKS PERAN HASIL")
    sh = Sheet(ws)
    sh.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
    sh.put(2, 1, f"{f['pegawai']['jabatan']} - {f['pegawai']['unit']}")
    r = 4
    sh.put(r, 1, "NO")
    sh.put(r, 2, "NAMA / NIP / JABATAN")
    ku = [rk for rk in f["rks"] if rk["group"] == "utama"]
    for k, rk in enumerate(ku):
        sh.put(r, 3 + k, rk["text"])
    r += 1
    sh.put(r, 2, "JENIS PENYELARASAN")
    for k, _ in enumerate(ku):
        sh.put(r, 3 + k, "Direct Cascading" if k % 2 == 0 else "Non-Direct Cascading")
    r += 1
    for m in range(3):
        gol = people.rnd.choice(["III/a", "III/b", "II/c"])
        sh.put(r, 1, m + 1)
        sh.put(
            r,
            2,
            f"{people.nama()} / {people.nip(gol)} / " + people.rnd.choice(MEMBER_JABATAN),
        )
        for k, rk in enumerate(ku):
            sh.put(r, 3 + k, f"Bahan {rk['ikis'][0]['iki'].lower()} bagian {m + 1} tersedia")
        r += 1


def write_penilaian(wb: Any, f: dict[str, Any]) -> dict[str, float]:
    """JA/JF Penilaian (SPEC §3.8); the numbers are computed from SPEC §6."""
    ws = wb.create_sheet(f["sheet_pen"])
    sh = Sheet(ws)
    sc = f["satuan_col"]
    cols = (
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        + (["SATUAN"] if sc else [])
        + [
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "KATEGORI CAPAIAN RK",
            "NILAI CAPAIAN RK",
        ]
    )
    ci = {name: k + 1 for k, name in enumerate(cols)}
    ncols = len(cols)
    r = write_kop(sh, f, "PENILAIAN SASARAN KINERJA PEGAWAI", ncols)
    r = write_identity(sh, f, r, ncols, "pen_")
    for c, name in enumerate(cols, 1):
        sh.put(r, c, name)
    r += 1
    lo = f["writer"] == "libreoffice"
    missing = False
    totals: dict[str, list[float]] = {"utama": [], "tambahan": []}
    kt_sum = 0.0
    for group, label in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        rks = [rk for rk in f["rks"] if rk["group"] == group]
        if not rks:
            continue
        sh.put(r, 1, label)
        sh.merge(r, 1, r, ncols)
        r += 1
        for n, rk in enumerate(rks, 1):
            first = r
            nilai_list: list[float] = []
            rk_missing = False
            for j, ik in enumerate(rk["ikis"]):
                pk = f"pen_{rk['id']}_{j}"
                t = ik["tgt"]
                tval = ik.get("pen_target", t["t"])
                sh.put(r, ci["ASPEK"], ik["aspek_label"])
                sh.put(r, ci["INDIKATOR KINERJA INDIVIDU"], ik["iki"])
                tc = tval if sc else (f"{num_id(tval)} {t['sat']}" if t["sat"] != "%" else f"{num_id(tval)}%")
                f["pos"][pk + "_target"] = sh.put(r, ci["TARGET"], tc)
                if sc:
                    sh.put(r, ci["SATUAN"], t["sat"])
                real = ik["real"]
                if ik.get("no_real"):
                    f["pos"][pk + "_real"] = sh.put(r, ci["REALISASI"], None)
                    rk_missing = missing = True
                    r += 1
                    continue
                f["pos"][pk + "_real"] = sh.put(
                    r,
                    ci["REALISASI"],
                    real if sc else (f"{num_id(real)} {t['sat']}" if t["sat"] != "%" else f"{num_id(real)}%"),
                )
                cap = capaian(real, tval, t["khusus"])
                kat, nil = nilai_iki(cap)
                nil = xround(nil, 2)
                nilai_list.append(nil)
                cap_w: Any = xround(cap, 2)
                if ik.get("cap_typo") is not None:
                    cap_w = ik["cap_typo"]
                if lo and sc:
                    tl = get_column_letter(ci["TARGET"])
                    rl = get_column_letter(ci["REALISASI"])
                    cap_w = (
                        f"=ROUND((2-{rl}{r}/{tl}{r})*100,2)"
                        if t["khusus"]
                        else f"=ROUND({rl}{r}/{tl}{r}*100,2)"
                    )
                elif f["cap_text"]:
                    cap_w = f"{num_id(cap_w if isinstance(cap_w, float) else float(cap_w))} %"
                f["pos"][pk + "_cap"] = sh.put(r, ci["CAPAIAN IKI"], cap_w)
                f["pos"][pk + "_kat"] = sh.put(r, ci["KATEGORI CAPAIAN IKI"], kat)
                nil_w = ik.get("nilai_typo", nil)
                f["pos"][pk + "_nilai"] = sh.put(r, ci["NILAI CAPAIAN IKI"], nil_w)
                r += 1
            last = r - 1
            sh.put(first, 1, n)
            sh.put(first, 2, rk["atasan"] if group == "utama" else None)
            sh.put(first, 3, rk["text"])
            if not rk_missing:
                nrk = xround(sum(nilai_list) / len(nilai_list), 2)
                totals[group].append(nrk)
                f["pos"][f"pen_{rk['id']}_katrk"] = sh.put(first, ci["KATEGORI CAPAIAN RK"], kategori_rk(nrk))
                f["pos"][f"pen_{rk['id']}_nilairk"] = sh.put(first, ci["NILAI CAPAIAN RK"], nrk)
                if group == "tambahan":
                    kt_sum += F_TAMBAHAN[kategori_rk(nrk)] * 10 / 100 * nrk / 100
            for c in (1, 2, 3, ci["KATEGORI CAPAIAN RK"], ci["NILAI CAPAIAN RK"]):
                sh.merge(first, c, last, c)
    lab = ci["REALISASI"]
    val = ci["NILAI CAPAIAN RK"]
    out: dict[str, float] = {}
    rows = []
    if not missing:
        ku = xround(sum(totals["utama"]) / len(totals["utama"]), 2)
        kt = xround(min(kt_sum, 10.0), 2)
        skp = xround(min(ku + kt, 120.0), 2)
        per = f["perilaku"]
        nper = xround(sum(per) / 5, 2)
        nk = xround(0.7 * skp + 0.3 * nper, 2)
        out = {"ku": ku, "kt": kt, "skp": skp, "perilaku": nper, "nk": nk}
        rows = [("NILAI KINERJA UTAMA", ku), ("NILAI KINERJA TAMBAHAN", kt), ("NILAI AKHIR SKP", skp)]
    else:
        rows = [("NILAI KINERJA UTAMA", None), ("NILAI KINERJA TAMBAHAN", None), ("NILAI AKHIR SKP", None)]
    r += 1
    skp_row = r + 2
    for name, v in rows:
        sh.put(r, lab, name)
        sh.merge(r, lab, r, val - 1)
        f["pos"][f"pen_total_{name}"] = sh.put(r, val, v)
        r += 1
    r += 1
    sh.put(r, lab, "PERILAKU KERJA")
    r += 1
    for k, name in enumerate(
        ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
    ):
        sh.put(r, lab, f"{k + 1}. {name}")
        sh.merge(r, lab, r, val - 1)
        sh.put(r, val, f["perilaku"][k])
        r += 1
    sh.put(r, lab, "NILAI PERILAKU KERJA")
    sh.merge(r, lab, r, val - 1)
    sh.put(r, val, out.get("perilaku", xround(sum(f["perilaku"]) / 5, 2)))
    r += 1
    sh.put(r, lab, "NILAI KINERJA")
    sh.merge(r, lab, r, val - 1)
    if out and lo:
        f["pos"]["pen_nk"] = sh.put(
            r, val, f"=ROUND(0.7*{get_column_letter(val)}{skp_row}+0.3*{get_column_letter(val)}{r - 1},2)"
        )
    else:
        f["pos"]["pen_nk"] = sh.put(r, val, out.get("nk"))
    r += 1
    sh.put(r, lab, "PREDIKAT KINERJA")
    sh.merge(r, lab, r, val - 1)
    pred = predikat(out["nk"]) if out else None
    if out and f.get("predikat_salah"):
        pred = (
            "Butuh Perbaikan"
            if out["nk"] >= 110
            else {"Baik": "Sangat Baik", "Butuh Perbaikan": "Baik"}.get(pred, "Baik")
        )
    f["pos"]["pen_predikat"] = sh.put(r, val, pred)
    out["predikat"] = pred  # type: ignore[assignment]
    for c in range(1, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 36 if c in (2, 3, 5) else 13
    return out


# ---------------------------------------------------------------- file specs
def make_plan(rnd: random.Random, f: dict[str, Any]) -> None:
    jenis = f["jenis"]
    rks = []
    if jenis == "jpt":
        if f["model"] == "pengembangan":
            pool = []
            for key in ("pl", "pb", "pi", "ag"):
                opts = [x for x in bank.JPT_RK if x[0] == key]
                pool += rnd.sample(opts, 1 if rnd.random() < 0.6 or len(opts) == 1 else 2)
        else:
            pool = rnd.sample(bank.JPT_RK, rnd.randint(3, 5))
        persp_style = {k: rnd.choice(v) for k, v in bank.PERSPEKTIF.items()}
        for i, (pkey, rk_t, iki, kind) in enumerate(pool, 1):
            if kind == "pct":
                tgt = {"t": rnd.choice([75, 80, 85, 90, 95]), "sat": "%", "khusus": False}
            elif kind == "idx":
                tgt = {"t": rnd.choice([78, 82, 3]), "sat": "", "khusus": False}
            else:
                tgt = {"t": rnd.choice([2, 3, 4]), "sat": "dokumen", "khusus": False}
            ik = {"iki": iki, "tgt": tgt, "aspek_label": None, "formula": rnd.choice(bank.FORMULA)}
            if kind == "idx":
                ik["target_text"] = f"{tgt['t']}" if tgt["t"] != 3 else "3,5"
            rks.append(
                {
                    "id": i,
                    "group": "utama",
                    "text": rk_t,
                    "ikis": [ik],
                    "persp_key": pkey,
                    "persp": persp_style[pkey] if f["model"] == "pengembangan" else None,
                    "atasan": None,
                }
            )
        if rnd.random() < 0.5:
            t_rk, t_iki, sat = rnd.choice(bank.JPT_TAMBAHAN)
            rks.append(
                {
                    "id": len(rks) + 1,
                    "group": "tambahan",
                    "text": t_rk,
                    "persp_key": None,
                    "persp": None,
                    "atasan": None,
                    "ikis": [
                        {
                            "iki": t_iki,
                            "tgt": {"t": rnd.randint(2, 6), "sat": sat, "khusus": False},
                            "aspek_label": None,
                            "formula": bank.FORMULA[0],
                        }
                    ],
                }
            )
        f["rks"] = rks
        return
    chosen = rnd.sample(bank.RK_JAJF, rnd.randint(2, 3))
    for i, (atasan, rk_t, subj, sat, data, sumber, waktu, butir, output) in enumerate(chosen, 1):
        aspects = ["kuantitas", "kualitas", "waktu"] if rnd.random() < 0.7 else ["kuantitas", "waktu"]
        ikis = []
        for a in aspects:
            tgt = target_for(rnd, a, sat)
            ik = {
                "aspek": a,
                "aspek_label": f["aspek_style"][a],
                "iki": iki_text(a, subj),
                "tgt": tgt,
                "kat": kategori_for(tgt, f["levels"]),
                "real": realisasi_for(rnd, tgt),
                "bobot": f"{round(100 / (len(chosen) * len(aspects)))}%",
                "ket": rnd.choice(["", "", "Reviu"]),
            }
            if ik["ket"] == "":
                ik["ket"] = None
            ikis.append(ik)
        ak = rnd.choice(["0,035", "0,005", 0.04, "0,12", 0.5])
        rks.append(
            {
                "id": i,
                "group": "utama",
                "atasan": atasan,
                "text": rk_t,
                "ikis": ikis,
                "cara": {"data": data, "sumber": sumber, "waktu": waktu},
                "butir": [(butir, output, ak)]
                + (
                    [(butir.replace("Melakukan", "Menyiapkan"), output, "0,01")] if rnd.random() < 0.3 else []
                ),
            }
        )
    if rnd.random() < 0.6:
        t_rk, subj, sat = rnd.choice(bank.TAMBAHAN_JAJF)
        tgt = {"t": rnd.randint(1, 3), "sat": sat, "khusus": False}
        rks.append(
            {
                "id": len(rks) + 1,
                "group": "tambahan",
                "atasan": None,
                "text": t_rk,
                "cara": {"data": "Sertifikat/undangan", "sumber": "Sub Bagian Umum", "waktu": "Semesteran"},
                "ikis": [
                    {
                        "aspek": "kuantitas",
                        "aspek_label": f["aspek_style"]["kuantitas"],
                        "iki": f"Jumlah {subj}",
                        "tgt": tgt,
                        "kat": kategori_for(tgt, f["levels"]),
                        "real": float(tgt["t"]),
                        "bobot": None,
                        "ket": None,
                    }
                ],
            }
        )
    f["rks"] = rks


JAJF_DEFECTS = [
    "nip-tidak-valid",
    "identitas-kosong",
    "pangkat-tidak-dikenal",
    "iki-tanpa-target",
    "target-tidak-terukur",
    "aspek-tidak-valid",
    "rk-atasan-kosong",
    "periode-tidak-valid",
    "target-tanpa-satuan",
    "target-absolut",
    "rk-berbasis-aktivitas",
]
PENG_DEFECTS = ["kategori-penilaian-kosong", "kategori-tidak-membedakan", "cara-memantau-kosong"]
JF_DEFECTS = ["keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]
PEN_DEFECTS = [
    "realisasi-kosong",
    "capaian-tidak-sesuai",
    "predikat-tidak-sesuai",
    "target-penilaian-berbeda",
]
JPT_DEFECTS = [
    "manual-iki-kosong",
    "iki-tanpa-target",
    "target-tidak-terukur",
    "nip-tidak-valid",
    "identitas-kosong",
    "pangkat-tidak-dikenal",
]
JPTP_DEFECTS = ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
AK_CODES = {"keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"}
SEVERITY = {
    "target-tanpa-satuan": "peringatan",
    "target-absolut": "peringatan",
    "rk-berbasis-aktivitas": "peringatan",
    "perspektif-tidak-lengkap": "peringatan",
}


def apply_defect(rnd: random.Random, f: dict[str, Any], code: str) -> dict[str, Any]:
    """Mutate the model; return the manifest entry with a position key resolved after writing."""
    ku = [rk for rk in f["rks"] if rk["group"] == "utama"]
    rk = rnd.choice(ku)
    j = rnd.randrange(len(rk["ikis"]))
    ik = rk["ikis"][j]
    d: dict[str, Any] = {"code": code, "severity": SEVERITY.get(code, "error"), "sheet": f["sheet_skp"]}
    pk = f"skp_{rk['id']}_{j}"
    if code == "nip-tidak-valid":
        f["pegawai"]["nip"] = f["pegawai"]["nip"].replace(" ", "")[:-1]
        d["key"] = "peg_nip"
    elif code == "identitas-kosong":
        who, field = rnd.choice([("pegawai", "jabatan"), ("penilai", "nama"), ("pegawai", "unit")])
        f[who][field] = None
        d["key"] = f"{'peg' if who == 'pegawai' else 'pen'}_{field}"
    elif code == "pangkat-tidak-dikenal":
        f["pegawai"]["pangkat"] = (
            f"Penata Muda, {f['gol'][:-1]}{'d' if f['gol'][-1] != 'd' else 'c'}"
            if f["gol"].startswith("III") and f["gol"] not in ("III/a",)
            else "Penata Utama, IV/b"
        )
        d["key"] = "peg_pangkat"
    elif code == "iki-tanpa-target":
        ik["target_text"] = None
        if f["satuan_col"]:
            ik["tgt"] = dict(ik["tgt"])
        d["key"] = pk + "_target"
        f["no_pen"] = True
    elif code == "target-tidak-terukur":
        ik["target_text"] = rnd.choice(["Sesuai kebutuhan", "Tepat waktu", "Meningkat"])
        d["key"] = pk + "_target"
        f["no_pen"] = True
    elif code == "aspek-tidak-valid":
        ik["aspek_label"] = rnd.choice(["Efektivitas", "Output", "Manfaat"])
        d["key"] = pk + "_aspek"
    elif code == "rk-atasan-kosong":
        rk["atasan"] = None
        d["key"] = f"skp_{rk['id']}_atasan"
    elif code == "periode-tidak-valid":
        f["periode"] = f"PERIODE PENILAIAN: 1 JULI {bank.TAHUN} SD 30 JUNI {bank.TAHUN + 1}"
        d["key"] = "periode"
    elif code == "target-tanpa-satuan":
        ik0 = next(
            x for x in rk["ikis"] if x["tgt"]["sat"] not in ("%", "") and x.get("aspek") == "kuantitas"
        )
        j = rk["ikis"].index(ik0)
        ik0["target_text"] = str(ik0["tgt"]["t"])
        d["key"] = f"skp_{rk['id']}_{j}_target"
    elif code == "target-absolut":
        ik["iki"] = f"Semua {ik['iki'][0].lower()}{ik['iki'][1:]} tercatat tepat waktu"
        d["key"] = pk + "_iki"
    elif code == "rk-berbasis-aktivitas":
        rk["text"] = (
            rnd.choice(["Melaksanakan ", "Menyusun ", "Memberikan "]) + rk["text"][0].lower() + rk["text"][1:]
        )
        d["key"] = f"skp_{rk['id']}_rk"
    elif code == "kategori-penilaian-kosong":
        ik["kat"] = {}
        lv = "BAIK" if "BAIK" in f["levels"] else f["levels"][0]
        d["key"] = f"{pk}_kat_{lv}"
        d["alt_keys"] = [f"{pk}_iki"] + [f"{pk}_kat_{x}" for x in f["levels"]]
    elif code == "kategori-tidak-membedakan":
        ik["kat"] = dict(ik["kat"])
        ik["kat"]["SANGAT BAIK"] = str(ik["tgt"]["t"])
        d["key"] = f"{pk}_kat_SANGAT BAIK"
        d["alt_keys"] = [f"{pk}_target"]
    elif code == "cara-memantau-kosong":
        rk["cara"] = {"data": None, "sumber": None, "waktu": None}
        d["key"] = f"skp_{rk['id']}_0_cara_data" if f["cara_per_iki"] else f"skp_{rk['id']}_cara_data"
        d["alt_keys"] = [f"skp_{rk['id']}_rk"]
    elif code == "keterkaitan-ak-hilang":
        f["no_ak_sheet"] = True
        d["sheet"] = None
        d["key"] = None
    elif code == "rk-tanpa-butir-kegiatan":
        rk["no_butir"] = True
        d["key"] = f"skp_{rk['id']}_rk"
    elif code == "angka-kredit-tidak-valid":
        rk["butir"] = [(b, o, rnd.choice(["-", 0, "nol koma lima"])) for b, o, _ in rk["butir"]]
        d["sheet"] = "KETERKAITAN AK"
        d["key"] = f"ak_{rk['id']}_0"
        d["alt_keys"] = [f"ak_{rk['id']}_{b}" for b in range(1, len(rk["butir"]))]
    elif code == "realisasi-kosong":
        ik["no_real"] = True
        d["sheet"] = f["sheet_pen"]
        d["key"] = f"pen_{rk['id']}_{j}_real"
    elif code == "capaian-tidak-sesuai":
        real, t = ik["real"], ik["tgt"]
        cap = xround(capaian(real, t["t"], t["khusus"]), 2)
        if rnd.random() < 0.5 and f["writer"] != "libreoffice":
            ik["cap_typo"] = xround(cap + rnd.choice([-9, 7, 11]), 2)
            d["key"] = f"pen_{rk['id']}_{j}_cap"
        else:
            nil = xround(nilai_iki(cap)[1], 2)
            ik["nilai_typo"] = xround(nil - 10 if nil > 60 else nil + 10, 2)
            d["key"] = f"pen_{rk['id']}_{j}_nilai"
        d["sheet"] = f["sheet_pen"]
    elif code == "predikat-tidak-sesuai":
        f["predikat_salah"] = True
        d["sheet"] = f["sheet_pen"]
        d["key"] = "pen_predikat"
    elif code == "target-penilaian-berbeda":
        ik["pen_target"] = ik["tgt"]["t"] + (2 if not ik["tgt"]["khusus"] else -1)
        d["sheet"] = f["sheet_pen"]
        d["key"] = f"pen_{rk['id']}_{j}_target"
    elif code == "manual-iki-kosong":
        k = rnd.choice([3, 4, 5])
        if k == 3:
            ik["definisi"] = None
        elif k == 4:
            ik["formula"] = None
        else:
            ik["tujuan"] = None
        d["sheet"] = "MANUAL IKI"
        d["key"] = f"man_{rk['id']}_{k}"
        d["alt_keys"] = [f"{pk}_iki"]
        d["alt_sheet"] = f["sheet_skp"]
    elif code == "perspektif-tidak-valid":
        rk["persp"] = rnd.choice(["Inovasi Daerah", "Kinerja Organisasi"])
        f["persp_gabung"] = False
        d["key"] = f"skp_{rk['id']}_persp"
    elif code == "perspektif-tidak-lengkap":
        drop = [x for x in f["rks"] if x["group"] == "utama" and x["persp_key"] == "ag"]
        for x in drop:
            f["rks"].remove(x)
        d["sheet"] = f["sheet_skp"]
        d["key"] = None
    return d


def build_file(rnd: random.Random, people: People, form: str, idx: int, clean: bool) -> dict[str, Any]:
    jenis, model = form.split("-")
    f: dict[str, Any] = {"jenis": jenis, "model": model, "pos": {}, "variasi": []}
    v = f["variasi"]
    if jenis == "jpt":
        jab, instansi, pen_kind = rnd.choice(bank.JPT)
        gol = rnd.choice(["IV/b", "IV/c"])
        f["instansi"] = instansi
        f["penilai_kind"] = pen_kind
        unit = f"{instansi.title()} Kabupaten Sukamaju Barat"
        if pen_kind == "bupati":
            pen = {
                "nama": people.nama().split(",")[0],
                "nip": "-",
                "pangkat": "-",
                "jabatan": "Bupati Sukamaju Barat",
                "unit": "Pemerintah Kabupaten Sukamaju Barat",
            }
            v.append("penilai Bupati (NIP dan pangkat '-', INSTANSI)")
        else:
            pg = rnd.choice(["IV/d", "IV/c"])
            pen = {
                "nama": people.nama(),
                "nip": people.nip(pg),
                "pangkat": people.pangkat(pg),
                "jabatan": "Sekretaris Daerah Kabupaten Sukamaju Barat",
                "unit": "Sekretariat Daerah",
            }
        if jab.startswith("Plt."):
            v.append("pegawai Plt.")
        pegawai = {
            "nama": people.nama(),
            "nip": people.nip(gol),
            "pangkat": people.pangkat(gol),
            "jabatan": jab,
            "unit": unit,
        }
        f["gol"] = gol
    else:
        pool = bank.JA if jenis == "ja" else bank.JF
        jab, gols, koord, kind = rnd.choice(pool)
        gol = rnd.choice(gols)
        f["gol"] = gol
        f["koordinator"] = koord
        f["instansi"] = bank.KOP[kind]
        pppk = jenis == "jf" and gol.startswith("III/") and rnd.random() < 0.2
        pegawai = {
            "nama": people.nama(),
            "nip": people.nip(gol, pppk),
            "pangkat": people.pangkat(gol),
            "jabatan": jab,
            "unit": bank.UNIT[kind],
        }
        if pppk:
            pegawai["pangkat"] = (
                "Golongan X (PPPK)" if gol.startswith("III/a") or gol == "III/b" else "Golongan XI (PPPK)"
            )
            v.append("pegawai PPPK (NIP dengan 21, golongan PPPK)")
        f["pppk"] = pppk
        pg = rnd.choice(["IV/a", "IV/b", "III/d"])
        pjab = bank.PENILAI[kind]
        if rnd.random() < 0.25:
            pjab = f"Plt. {pjab}"
            v.append("penilai Plt.")
        pen = {
            "nama": people.nama(),
            "nip": people.nip(pg),
            "pangkat": people.pangkat(pg),
            "jabatan": pjab,
            "unit": bank.UNIT[kind],
        }
        if jenis == "jf":
            v.append(f"judul JF: {jab}")
    f["pegawai"], f["penilai"] = pegawai, pen
    # variations drawn at random, 2-6 of them
    f["kop_dua_baris"] = rnd.random() < 0.5
    if f["kop_dua_baris"]:
        v.append("kop instansi dua baris")
    f["side"] = rnd.random() < 0.5
    v.append("identitas berdampingan" if f["side"] else "identitas bertumpuk")
    f["periode"] = rnd.choice(
        [
            f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}",
            f"PERIODE PENILAIAN : 1 JANUARI {bank.TAHUN} SD 31 DESEMBER {bank.TAHUN}",
        ]
    )
    f["judul"] = rnd.choice(["SASARAN KINERJA PEGAWAI", "RENCANA SASARAN KINERJA PEGAWAI"])
    f["sheet_skp"] = rnd.choice(["SKP", f"SKP {bank.TAHUN}", "Rencana SKP"])
    f["sheet_pen"] = rnd.choice(["Penilaian", "PENILAIAN SKP"])
    f["extra_cols"] = []
    if rnd.random() < 0.35:
        f["extra_cols"] = rnd.choice([["KETERANGAN"], ["BOBOT"], ["BOBOT", "KETERANGAN"]])
        v.append(f"templat lama instansi (kolom {', '.join(f['extra_cols'])})")
    f["satuan_col"] = jenis != "jpt" and rnd.random() < 0.4
    f["atasan_label"] = rnd.randint(0, 1)
    f["nomor_kolom"] = rnd.random() < 0.3
    f["aspek_style"] = {a: rnd.choice(opts) for a, opts in bank.ASPEK_TULIS.items()}
    if (
        any(
            f["aspek_style"][a]
            not in ("Kuantitas", "Kualitas", "Waktu", "kuantitas", "KUALITAS", "WAKTU", "waktu")
            for a in f["aspek_style"]
        )
        and jenis != "jpt"
    ):
        v.append("aspek ditulis: " + ", ".join(f["aspek_style"].values()))
    if jenis != "jpt":
        v.append("target dengan kolom SATUAN" if f["satuan_col"] else "satuan di dalam target")
    f["levels"] = LEVELS
    f["target_baik"] = False
    f["cara"] = "tiga"
    f["cara_per_iki"] = False
    if model == "pengembangan" and jenis != "jpt":
        choice = rnd.randint(0, 3)
        f["levels"] = [
            LEVELS,
            ["CUKUP", "BAIK", "SANGAT BAIK"],
            ["CUKUP", "SANGAT BAIK"],
            ["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
        ][choice]
        if choice == 2:
            f["target_baik"] = rnd.random() < 0.5
            v.append(
                "kategori hanya CUKUP dan SANGAT BAIK" + (" (kolom TARGET/BAIK)" if f["target_baik"] else "")
            )
        elif choice != 0:
            v.append(f"kategori {len(f['levels'])} tingkat")
        f["cara"] = rnd.choice(["tiga", "tiga", "satu"])
        if f["cara"] == "satu":
            v.append("satu kolom SUMBER DATA UNTUK PENGUKURAN")
        else:
            f["cara_per_iki"] = rnd.random() < 0.3
            if f["cara_per_iki"]:
                v.append("cara memantau ditulis per IKI")
    f["persp_gabung"] = rnd.random() < 0.5
    make_plan(rnd, f)
    f["perilaku"] = [rnd.choice([95, 100, 100, 105, 108]) for _ in range(5)]
    f["penilaian"] = jenis != "jpt" and rnd.random() < 0.65
    f["writer"] = "openpyxl"
    if f["penilaian"]:
        v.append("sheet Penilaian akhir tahun")
        f["cap_text"] = rnd.random() < 0.4 and not f["satuan_col"]
        if f["cap_text"]:
            v.append("capaian ditulis sebagai teks persen")
        if f["satuan_col"] and rnd.random() < 0.5:
            f["writer"] = "libreoffice"
            v.append("rumus capaian, disimpan LibreOffice")
    if jenis == "jf":
        v.append("sheet Keterkaitan AK")
    if jenis != "jpt" and f.get("koordinator"):
        v.append("sheet Matriks Pembagian Peran dan Hasil")
    if jenis == "jpt":
        v.append("sheet Manual IKI")
        if model == "pengembangan":
            v.append("perspektif digabung per kelompok" if f["persp_gabung"] else "perspektif per baris")
    defects = []
    if not clean:
        pool = list(JPT_DEFECTS if jenis == "jpt" else JAJF_DEFECTS)
        if jenis == "jpt" and model == "pengembangan":
            pool += JPTP_DEFECTS * 2
        if jenis != "jpt" and model == "pengembangan":
            pool += PENG_DEFECTS * 2
        if jenis == "jf":
            pool += JF_DEFECTS * 2
        if f["penilaian"]:
            pool += PEN_DEFECTS * 3
        if f.get("pppk"):
            pool = [c for c in pool if c != "pangkat-tidak-dikenal"]
        if f["satuan_col"]:
            pool = [c for c in pool if c != "target-tanpa-satuan"]
        n = 1 if rnd.random() < 0.55 else 2
        codes: list[str] = []
        while len(codes) < n:
            c = rnd.choice(pool)
            if (
                c in codes
                or (c in ("iki-tanpa-target", "target-tidak-terukur") and f["penilaian"])
                or (c == "target-penilaian-berbeda" and f["writer"] == "libreoffice")
                or (c == "predikat-tidak-sesuai" and "realisasi-kosong" in codes)
                or (c == "realisasi-kosong" and "predikat-tidak-sesuai" in codes)
                or (c in AK_CODES and AK_CODES & set(codes))
            ):
                continue
            codes.append(c)
        codes.sort(key=lambda c: c != "perspektif-tidak-lengkap")
        for c in codes:
            defects.append(apply_defect(rnd, f, c))
    f["defects"] = defects
    return f


def save(f: dict[str, Any], path: Path, people: People) -> dict[str, float]:
    wb = openpyxl.Workbook()
    (write_skp_jpt if f["jenis"] == "jpt" else write_skp_jajf)(wb, f)
    if f["jenis"] == "jpt":
        write_manual(wb, f)
    if f["jenis"] != "jpt" and f.get("koordinator"):
        write_matriks(wb, f, people)
    if f["jenis"] == "jf" and not f.get("no_ak_sheet"):
        write_keterkaitan(wb, f)
    out: dict[str, float] = {}
    if f["penilaian"]:
        out = write_penilaian(wb, f)
    if f["writer"] == "libreoffice":
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "src" / path.name
            src.parent.mkdir()
            wb.save(src)
            subprocess.run(
                [
                    "soffice",
                    "--headless",
                    f"-env:UserInstallation=file://{tmp}/profil",
                    "--convert-to",
                    "xlsx",
                    "--outdir",
                    str(Path(tmp) / "out"),
                    str(src),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            shutil.copy(Path(tmp) / "out" / path.name, path)
    else:
        wb.save(path)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    rnd = random.Random(SEED)
    people = People(rnd)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    for old in args.keluaran.glob("*.xlsx"):
        old.unlink()
    counts = {
        "ja-dasar": 7,
        "ja-pengembangan": 7,
        "jf-dasar": 7,
        "jf-pengembangan": 7,
        "jpt-dasar": 6,
        "jpt-pengembangan": 6,
    }
    files = []
    for form in FORMS:
        for i in range(counts[form]):
            clean = i % 2 == 0
            f = build_file(rnd, people, form, i, clean)
            name = f"{form}-{i + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            nums = save(f, args.keluaran / name, people)
            pos = f["pos"]
            defects = []
            for d in f["defects"]:
                entry = {
                    "code": d["code"],
                    "severity": d["severity"],
                    "sheet": d["sheet"],
                    "cell": pos[d["key"]] if d.get("key") else None,
                    "alt_cells": [],
                }
                for k in d.get("alt_keys", []):
                    if k in pos:
                        sheet = d.get("alt_sheet", d["sheet"])
                        if k.startswith("skp_"):
                            sheet = f["sheet_skp"]
                        entry["alt_cells"].append({"sheet": sheet, "cell": pos[k]})
                if d["code"] == "perspektif-tidak-lengkap":
                    entry["sheet"] = None
                defects.append(entry)
            boleh = []
            if f.get("pppk"):
                boleh += [
                    {"code": "pangkat-tidak-dikenal", "sheet": f["sheet_skp"], "cell": pos["peg_pangkat"]},
                    {"code": "jenjang-golongan-tidak-sesuai"},
                ]
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": not defects,
                    "defects": defects,
                    "boleh": boleh,
                    "jabatan": f["pegawai"]["jabatan"],
                    "instansi": f["instansi"],
                    "writer": f["writer"],
                    "variasi": f["variasi"],
                    "penilaian": nums or None,
                }
            )
    args.harapan.write_text(
        json.dumps({"set": "nyata_ar", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    print(f"{len(files)} berkas di {args.keluaran}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
