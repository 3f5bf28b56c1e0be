"""Build the held-out set ``nyata_aw``: SKP workbooks sent in January by staff of central-government vertical
offices (Kantor Kementerian Agama, BPS, KPP Pratama, Balai Veteriner, Lapas, Kantor Wilayah).

Written from SPEC §2–§7 and the user docs only, apart from the product code. Every sheet is first laid out in
a cell grid (:class:`Lembar`) that records the cell of every field under a key, so each injected defect is
known by its cell. Penilaian numbers are computed here from SPEC §6 with exact fractions.

Usage: ``python benchmarks/nyata_aw/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260107
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")
PER_FORM = 8

# Defects per form, for the 4 defective files of each form ("pen:" = on the Penilaian sheet).
DEFECTS = {
    "ja-dasar": [
        ["identitas-kosong", "aspek-tidak-valid"],
        ["rk-atasan-kosong", "target-tanpa-satuan"],
        ["pen:capaian-tidak-sesuai"],
        ["pangkat-tidak-dikenal", "pen:predikat-tidak-sesuai"],
    ],
    "ja-pengembangan": [
        ["kategori-tidak-membedakan"],
        ["cara-memantau-kosong", "rk-berbasis-aktivitas"],
        ["pen:realisasi-kosong"],
        ["kategori-penilaian-kosong", "pen:target-penilaian-berbeda"],
    ],
    "jf-dasar": [
        ["keterkaitan-ak-hilang", "periode-tidak-valid"],
        ["angka-kredit-tidak-valid", "target-absolut"],
        ["pen:target-penilaian-berbeda"],
        ["rk-tanpa-butir-kegiatan", "pen:capaian-tidak-sesuai"],
    ],
    "jf-pengembangan": [
        ["kategori-tidak-berurutan", "jenjang-golongan-tidak-sesuai"],
        ["rk-tanpa-butir-kegiatan", "pen:realisasi-kosong"],
        ["pen:predikat-tidak-sesuai", "aspek-ganda"],
        ["angka-kredit-tidak-valid", "satuan-tidak-sesuai-aspek"],
    ],
    "jpt-dasar": [
        ["manual-iki-kosong"],
        ["nip-tidak-valid", "target-tidak-terukur"],
        ["penilai-sama-dengan-pegawai"],
        ["iki-tanpa-target", "rk-ganda"],
    ],
    "jpt-pengembangan": [
        ["perspektif-tidak-valid"],
        ["perspektif-tidak-lengkap", "manual-iki-kosong"],
        ["target-rentang-terbalik"],
        ["identitas-kosong", "rk-tanpa-iki"],
    ],
}
WARNING_CODES = {
    "aspek-ganda",
    "rk-berbasis-aktivitas",
    "target-absolut",
    "rk-ganda",
    "satuan-tidak-sesuai-aspek",
    "perspektif-tidak-lengkap",
    "target-tanpa-satuan",
    "jenjang-golongan-tidak-sesuai",
}

ROLES = {
    "ja-dasar": ["keuangan", "kpp_pelaksana", "balai_lab", "kasi_kemenag", "kpp_penerimaan", "lapas_ja"],
    "ja-pengembangan": [
        "kpp_penerimaan",
        "lapas_ja",
        "kasi_kemenag",
        "keuangan",
        "kpp_pelaksana",
        "balai_lab",
    ],
    "jf-dasar": [
        "penghulu",
        "penyuluh",
        "guru_mts",
        "guru_mi",
        "statistisi",
        "prakom",
        "medik_vet",
        "pk_lapas",
    ],
    "jf-pengembangan": [
        "penghulu",
        "penyuluh",
        "guru_mts",
        "guru_mi",
        "statistisi",
        "prakom",
        "medik_vet",
        "pk_lapas",
    ],
    "jpt-dasar": ["kanwil_kemenag", "bps_prov", "kanwil_djp", "kanwil_pas"],
    "jpt-pengembangan": ["kanwil_kemenag", "bps_prov", "kanwil_djp", "kanwil_pas"],
}
BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


# ---------------------------------------------------------------------------------------------- grid


class Lembar:
    """One sheet laid out as a cell grid; ``at`` maps a field key to its cell."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.v: dict[tuple[int, int], object] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.at: dict[str, str] = {}
        self.bold: set[tuple[int, int]] = set()
        self.widths: dict[int, float] = {}

    def put(self, r: int, c: int, value: object, key: str | None = None, bold: bool = False) -> None:
        if value is not None and value != "":
            self.v[(r, c)] = value
        if key:
            self.at[key] = f"{get_column_letter(c)}{r}"
        if bold:
            self.bold.add((r, c))

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def save(sheets: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.title)
        for (r, c), value in sorted(s.v.items()):
            cell = ws.cell(row=r, column=c, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in s.bold:
                cell.font = Font(bold=True)
        for r1, c1, r2, c2 in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in s.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


def soffice(src: Path, dest_dir: Path, fmt: str) -> Path:
    """Re-save ``src`` through LibreOffice headless (cached formula values; .xlsm container)."""
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(dest_dir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    ext = fmt.split(":")[0]
    return dest_dir / (src.stem + "." + ext)


# ---------------------------------------------------------------------------------------------- people


def nip_for(rng: random.Random, gender: int, birth_year: int) -> str:
    bm, bd = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(birth_year + rng.randint(22, 28), 2023)
    tm = rng.randint(1, 12)
    return f"{birth_year}{bm:02d}{bd:02d}{ty}{tm:02d}{gender}{rng.randint(1, 999):03d}"


def nip_text(nip: str, style: str) -> str:
    if style == "rapat":
        return nip
    if style == "titik":
        return f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}"
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def pangkat_text(gol: str, style: str) -> str:
    name = bank.PANGKAT[gol]
    if style == "kurung":
        return f"{name} ({gol})"
    if style == "tk":
        return f"{name.replace('Tingkat I', 'Tk. I')}, {gol}"
    if style == "kapital":
        return f"{name.upper()}/{gol.replace('/', '')}"
    return f"{name}, {gol}"


def periode_text(year: int, style: str) -> str:
    if style == "strip":
        return f"Periode Penilaian : 1 Januari {year} - 31 Desember {year}"
    if style == "bulan":
        return f"PERIODE : Januari s.d. Desember {year}"
    return f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {year}"


# ---------------------------------------------------------------------------------------------- scoring


def bulat(x: Fraction | float, nd: int = 0) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (
        Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(str(x))
    ).quantize(q, rounding=ROUND_HALF_UP)


def capaian(target: float, real: float, khusus: bool) -> Fraction:
    t, r = Fraction(str(target)), Fraction(str(real))
    return (1 + (1 - r / t)) * 100 if khusus else r / t * 100


def nilai_iki(cap: Fraction, maks: bool) -> tuple[str, Fraction]:
    """Kategori and nilai from SPEC §6.2 (capaian rounded half-up to a whole percent first)."""
    c = int(bulat(cap))
    if maks and c >= 100:
        return "Sangat Baik", Fraction(120)
    if c > 110:
        return "Sangat Baik", Fraction(120)
    if c >= 101:
        return "Sangat Baik", 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return "Baik", Fraction(109)
    if c >= 80:
        return "Cukup", 70 + Fraction(19, 19) * (c - 80)
    if c >= 60:
        return "Kurang", 50 + Fraction(19, 19) * (c - 60)
    return "Sangat Kurang", Fraction(c, 59) * 49


def kategori_rk(n: Decimal) -> str:
    for lo, name in ((110, "Sangat Baik"), (90, "Baik"), (70, "Cukup"), (50, "Kurang")):
        if n >= lo:
            return name
    return "Sangat Kurang"


F_KT = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(nk: Decimal, ide: bool) -> str:
    if nk >= 110:
        return "Sangat Baik" if ide else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


def fmt_num(x: float) -> str:
    """Indonesian thousands with dots."""
    return f"{int(x):,}".replace(",", ".")


def realisasi_for(rng: random.Random, it: dict) -> tuple[float, str]:
    """A realisasi whose capaian is not near a half percent (no banding ambiguity)."""
    t = it["num"]
    if it["maks"]:
        return t, it["target"]
    for _ in range(50):
        if it["khusus"]:
            r = rng.choice([t, t, t - 1 if t > 1 else t, t + 1 if t >= 4 else t])
        elif it["satuan"] == "%":
            r = min(100, t + rng.choice([-6, -3, -1, 0, 0, 1, 2, 3]))
        elif it["satuan"] == "rupiah":
            r = round(t * rng.choice([0.93, 1.0, 1.04, 1.12]) / 1_000_000) * 1_000_000
        else:
            r = max(1, round(t * rng.choice([0.9, 0.96, 1.0, 1.0, 1.05, 1.2])))
        cap = capaian(t, r, it["khusus"])
        frac = cap - int(cap)
        if abs(frac - Fraction(1, 2)) > Fraction(1, 50) and cap > 0:
            break
    unit = it["satuan"]
    if unit == "%":
        text = f"{fmt_num(r)} %"
    elif unit == "rupiah":
        text = f"Rp {fmt_num(r)}"
    elif unit == "nilai":
        text = f"{fmt_num(r)}"
    else:
        text = f"{fmt_num(r)} {unit}"
    return r, text


# ---------------------------------------------------------------------------------------------- kategori


def kategori(it: dict, levels: int) -> dict[str, str]:
    """Thresholds per level (SANGAT KURANG … SANGAT BAIK) for an IKI; BAIK is the target itself."""
    t, u, tgt = it["num"], it["satuan"], it["target"]

    def w(x: float) -> str:
        if u == "rupiah":
            return f"Rp {fmt_num(x)}"
        if u == "%":
            return f"{fmt_num(x)} %"
        if u == "nilai":
            return fmt_num(x)
        return f"{fmt_num(x)} {u}"

    if it["khusus"]:
        k = {
            "SANGAT KURANG": f"> {w(t + 2)}",
            "KURANG": w(t + 2),
            "CUKUP": w(t + 1),
            "BAIK": tgt,
            "SANGAT BAIK": f"< {w(t)}",
        }
    elif it["maks"]:
        k = {
            "SANGAT KURANG": f"< {w(80)}",
            "KURANG": f"{fmt_num(80)} - {w(89)}",
            "CUKUP": f"90 - {w(99)}",
            "BAIK": tgt,
            "SANGAT BAIK": "-",
        }
    elif u == "%" or u == "nilai":
        k = {
            "SANGAT KURANG": f"< {w(t - 20)}",
            "KURANG": f"{fmt_num(t - 20)} - {w(t - 11)}",
            "CUKUP": f"{fmt_num(t - 10)} - {w(t - 1)}",
            "BAIK": tgt,
            "SANGAT BAIK": f"> {w(t)}",
        }
    elif u == "rupiah" or t < 10:
        k = {
            "SANGAT KURANG": "-",
            "KURANG": "-",
            "CUKUP": f"< {w(t)}",
            "BAIK": tgt,
            "SANGAT BAIK": f"> {w(t)}",
        }
    else:
        a, b = -(-t * 6 // 10), -(-t * 8 // 10)
        k = {
            "SANGAT KURANG": f"< {w(a)}",
            "KURANG": f"{fmt_num(a)} - {w(b - 1)}",
            "CUKUP": f"{fmt_num(b)} - {w(t - 1)}",
            "BAIK": tgt,
            "SANGAT BAIK": f"> {w(t)}",
        }
    if levels == 3:
        return {x: k[x] for x in ("CUKUP", "BAIK", "SANGAT BAIK")}
    if levels == 2:
        return {x: k[x] for x in ("CUKUP", "SANGAT BAIK")}
    return k


# ---------------------------------------------------------------------------------------------- layout


def identity_lines(p: dict, who: str, var: set[str], form: str) -> list[tuple[str, str, object, str]]:
    """(number, label, value, key) lines of one identity block; key prefix ``p.`` pegawai, ``a.`` penilai."""
    d = p[who]
    typo = "label salah ketik" in var
    pre = "p." if who == "pegawai" else "a."
    lines: list[tuple[str, str, object, str]] = [
        ("1", "NAMA", d["nama"], pre + "nama"),
        ("2", "NIP", d["nip_text"], pre + "nip"),
        ("3", "PANGKA/GOL. RUANG" if typo else "PANGKAT/GOL RUANG", d["pangkat_text"], pre + "pangkat"),
        ("4", "JABATAN", d["jabatan"], pre + "jabatan"),
    ]
    n = 5
    if who == "pegawai" and d.get("jenjang_row"):
        lines.append((str(n), "JENJANG JABATAN", d["jenjang_row"], pre + "jenjang"))
        n += 1
    unit_label = "UNIT KERJA"
    if who == "penilai" and form.startswith("jpt") and "INSTANSI penilai JPT" in var:
        unit_label = "INSTANSI"
    if (who == "penilai" and "UNIT ORGANISASI di blok penilai" in var) or (
        who == "pegawai" and "UNIT ORGANISASI di blok pegawai" in var
    ):
        unit_label = "UNIT ORGANISASI"
    unit = d["unit"]
    if who == "pegawai" and "unit kerja dua baris" in var and unit and " " in unit:
        words = unit.split()
        half = len(words) // 2
        lines.append((str(n), unit_label, " ".join(words[:half]), pre + "unit"))
        lines.append(("", "", " ".join(words[half:]), pre + "unit2"))
    else:
        lines.append((str(n), unit_label, unit, pre + "unit"))
    n += 1
    if who == "pegawai" and "KODE SATKER di blok identitas" in var:
        lines.append((str(n), "KODE SATKER", p["kode_satker"], pre + "kode"))
    return lines


def put_header(s: Lembar, p: dict, var: set[str], form: str, title: str, last_col: int) -> int:
    """Kop, title, period and identity; returns the next free row."""
    r = 1
    if "kop kementerian" in var:
        s.put(r, 1, p["kementerian"], bold=True)
        s.merge(r, 1, r, last_col)
        r += 1
        s.put(r, 1, p["satker"].upper(), bold=True)
        s.merge(r, 1, r, last_col)
        r += 2
    if "kop ESELON I / SATUAN KERJA berlabel" in var:
        s.put(r, 1, "ESELON I")
        s.put(r, 3, f": {p['eselon1']}")
        r += 1
        s.put(r, 1, "SATUAN KERJA")
        s.put(r, 3, f": {p['satker']}")
        r += 1
        s.put(r, 1, "KODE SATKER")
        s.put(r, 3, f": {p['kode_satker']}")
        r += 2
    s.put(r, 1, title, bold=True)
    s.merge(r, 1, r, last_col)
    r += 1
    if "periode label dan isi terpisah" in var:
        s.put(r, 1, "PERIODE PENILAIAN", key="periode_label")
        s.put(r, 3, f": {p['periode_isi']}", key="periode")
    else:
        s.put(r, 1, p["periode"], key="periode")
        s.merge(r, 1, r, last_col)
    r += 2
    typo = "label salah ketik" in var
    h_peg = "PEGAWAI YANG DI NILAI" if typo else "PEGAWAI YANG DINILAI"
    h_pen = "PEJABAT PENILAI KERJA" if typo else "PEJABAT PENILAI KINERJA"
    peg = identity_lines(p, "pegawai", var, form)
    pen = identity_lines(p, "penilai", var, form)
    if "identitas bertumpuk" in var:
        for head, lines in ((h_peg, peg), (h_pen, pen)):
            s.put(r, 1, "NO", bold=True)
            s.put(r, 2, head, bold=True)
            s.merge(r, 2, r, 3)
            r += 1
            for no, label, value, key in lines:
                s.put(r, 1, no)
                s.put(r, 2, label)
                s.put(r, 3, value, key=key)
                if key == "p.jabatan" and p["pegawai"].get("jenjang_col"):
                    s.put(r, 4, "JENJANG")
                    s.put(r, 5, p["pegawai"]["jenjang_col"], key="p.jenjang")
                r += 1
            r += 1
        return r
    s.put(r, 1, "NO", bold=True)
    s.put(r, 2, h_peg, bold=True)
    s.merge(r, 2, r, 3)
    s.put(r, 4, "NO", bold=True)
    s.put(r, 5, h_pen, bold=True)
    s.merge(r, 5, r, 6)
    r += 1
    for i in range(max(len(peg), len(pen))):
        if i < len(peg):
            no, label, value, key = peg[i]
            s.put(r + i, 1, no)
            s.put(r + i, 2, label)
            s.put(r + i, 3, value, key=key)
        if i < len(pen):
            no, label, value, key = pen[i]
            s.put(r + i, 4, no)
            s.put(r + i, 5, label)
            s.put(r + i, 6, value, key=key)
    return r + max(len(peg), len(pen)) + 1


def put_footer(s: Lembar, p: dict, r: int, left: int, right: int) -> None:
    r += 1
    s.put(r, right, f"{p['kota']}, {p['tanggal']}")
    r += 1
    s.put(r, left, "Pegawai yang Dinilai")
    s.put(r, right, "Pejabat Penilai Kinerja")
    r += 4
    s.put(r, left, p["pegawai"]["nama"])
    s.put(r, right, p["penilai"]["nama"])
    r += 1
    s.put(r, left, f"NIP. {p['pegawai']['nip_text']}")
    s.put(r, right, f"NIP. {p['penilai']['nip_text']}" if p["penilai"]["nip_text"] not in ("", "-") else "")


def aspek_text(rng: random.Random, aspek: str, var: set[str], satuan: str) -> str:
    if aspek not in ("Kuantitas", "Kualitas", "Waktu", "Biaya"):
        return aspek
    if "aspek gaya PP 46" in var:
        return {
            "Kuantitas": "Kuant/Output",
            "Kualitas": "Kual/Mutu",
            "Waktu": "Waktu (bulan)" if satuan == "bulan" else "Waktu",
            "Biaya": "Biaya",
        }[aspek]
    if "aspek IKI (..)" in var:
        return f"IKI ({aspek})"
    if "aspek huruf kapital" in var:
        return aspek.upper()
    return aspek


def build_skp_jaf(rng: random.Random, p: dict, var: set[str], form: str) -> Lembar:
    peng = form.endswith("pengembangan")
    s = Lembar(p["sheet_skp"])
    levels = p["levels"]
    kat_names = list(
        kategori({"num": 10, "satuan": "x", "target": "10 x", "khusus": False, "maks": False}, levels)
    )
    single_sumber = "SUMBER DATA UNTUK PENGUKURAN" in var
    ncols = 6 + ((len(kat_names) + (1 if single_sumber else 3)) if peng else 0)
    r = put_header(s, p, var, form, p["judul"], ncols)
    head = r
    rk_label = (
        "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI"
        if "judul kolom salah ketik" in var
        else p["rk_atasan_label"]
    )
    iki_label = (
        "INDIKATOR KERJA INDIVIDU" if "judul kolom salah ketik" in var else "INDIKATOR KINERJA INDIVIDU"
    )
    heads = [
        "NO",
        rk_label,
        "RENCANA KINERJA",
        "ASPEK",
        iki_label,
        "TARGET/BAIK" if levels == 2 and peng else "TARGET",
    ]
    rows_head = 2 if peng else 1
    for c, h in enumerate(heads, start=1):
        s.put(head, c, h, bold=True)
        s.merge(head, c, head + rows_head - 1, c)
    if peng:
        c0 = 7
        s.put(head, c0, "KATEGORI PENILAIAN KINERJA", bold=True)
        s.merge(head, c0, head, c0 + len(kat_names) - 1)
        for i, k in enumerate(kat_names):
            s.put(head + 1, c0 + i, k, bold=True)
        cp = c0 + len(kat_names)
        if single_sumber:
            s.put(head, cp, "SUMBER DATA UNTUK PENGUKURAN", bold=True)
            s.merge(head, cp, head + 1, cp)
        else:
            s.put(head, cp, "CARA MEMANTAU KINERJA", bold=True)
            s.merge(head, cp, head, cp + 2)
            for i, k in enumerate(("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")):
                s.put(head + 1, cp + i, k, bold=True)
    r = head + rows_head
    if "baris nomor kolom" in var:
        for c in range(1, ncols + 1):
            s.put(r, c, f"({c})")
        r += 1
    merged = "RK tidak digabung" not in var
    per_iki_sumber = "sumber data per IKI" in var
    for group, rks, prefix in (
        ("A. KINERJA UTAMA", p["rks"], "rk"),
        ("B. KINERJA TAMBAHAN", p["tambahan"], "kt"),
    ):
        s.put(r, 1, group, bold=True)
        s.merge(r, 1, r, ncols)
        r += 1
        for i, x in enumerate(rks):
            start = r
            n = max(1, len(x["ikis"]))
            s.put(r, 1, i + 1)
            s.put(
                r,
                2,
                x["atasan"] if x["atasan"] else ("" if prefix == "rk" else "-"),
                key=f"{prefix}{i}.atasan",
            )
            s.put(r, 3, x["rk"], key=f"{prefix}{i}.rk")
            for j, it in enumerate(x["ikis"]):
                s.put(r, 4, aspek_text(rng, it["aspek"], var, it["satuan"]), key=f"{prefix}{i}.{j}.aspek")
                s.put(r, 5, it["iki"], key=f"{prefix}{i}.{j}.iki")
                s.put(r, 6, it["target"], key=f"{prefix}{i}.{j}.target")
                if peng:
                    ks = it.get("kategori_override") or kategori(it, levels)
                    if levels == 2:
                        ks = {k: v for k, v in ks.items() if k != "BAIK"}
                    for ci, k in enumerate(kat_names):
                        s.put(
                            r,
                            7 + ci,
                            ks.get(k, "") if not it.get("kategori_kosong") else "",
                            key=f"{prefix}{i}.{j}.kat.{k}",
                        )
                    cp = 7 + len(kat_names)
                    if per_iki_sumber or not merged:
                        if single_sumber:
                            if per_iki_sumber or j == 0:
                                s.put(r, cp, x["pantau"][1], key=f"{prefix}{i}.sumber" if j == 0 else None)
                        elif per_iki_sumber or j == 0:
                            for ci in range(3):
                                key = f"{prefix}{i}.pantau{ci}" if j == 0 else None
                                s.put(r, cp + ci, x["pantau"][ci], key=key)
                r += 1
            if not x["ikis"]:
                s.put(r, 5, "", key=f"{prefix}{i}.0.iki")
                s.put(r, 4, "", key=f"{prefix}{i}.0.aspek")
                s.put(r, 6, "", key=f"{prefix}{i}.0.target")
                r += 1
            end = start + n - 1
            if peng and merged and not per_iki_sumber:
                cp = 7 + len(kat_names)
                if single_sumber:
                    s.put(start, cp, x["pantau"][1], key=f"{prefix}{i}.sumber")
                    s.merge(start, cp, end, cp)
                else:
                    for ci in range(3):
                        s.put(start, cp + ci, x["pantau"][ci], key=f"{prefix}{i}.pantau{ci}")
                        s.merge(start, cp + ci, end, cp + ci)
            if merged:
                for c in (1, 2, 3):
                    s.merge(start, c, end, c)
    s.widths = {1: 5, 2: 40, 3: 40, 4: 14, 5: 42, 6: 16}
    put_footer(s, p, r, 3, 5)
    return s


def build_skp_jpt(rng: random.Random, p: dict, var: set[str], form: str) -> Lembar:
    peng = form.endswith("pengembangan")
    s = Lembar(p["sheet_skp"])
    off = 1 if peng else 0
    ncols = 4 + off
    r = put_header(s, p, var, form, p["judul"], max(ncols, 6))
    heads = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for c, h in enumerate(heads, start=1):
        s.put(r, c, h, bold=True)
    r += 1
    if "baris nomor kolom" in var:
        for c in range(1, ncols + 1):
            s.put(r, c, f"({c})")
        r += 1
    per_row = "perspektif per baris" in var
    for group, rks, prefix in (
        ("A. KINERJA UTAMA", p["rks"], "rk"),
        ("B. KINERJA TAMBAHAN", p["tambahan"], "kt"),
    ):
        s.put(r, 1, group, bold=True)
        s.merge(r, 1, r, ncols)
        r += 1
        pstart, plast = r, None
        for i, x in enumerate(rks):
            if peng and prefix == "rk":
                persp = x["perspektif"]
                if per_row or persp != plast:
                    if plast is not None and not per_row and r - 1 > pstart:
                        s.merge(pstart, 1, r - 1, 1)
                    s.put(r, 1, persp, key=f"{prefix}{i}.persp")
                    pstart, plast = r, persp
                else:
                    s.at[f"{prefix}{i}.persp"] = f"A{pstart}"
            s.put(r, 1 + off, i + 1)
            s.put(r, 2 + off, x["rk"], key=f"{prefix}{i}.rk")
            it = x["ikis"][0] if x["ikis"] else {"iki": "", "target": ""}
            s.put(r, 3 + off, it["iki"], key=f"{prefix}{i}.0.iki")
            s.put(r, 4 + off, it["target"], key=f"{prefix}{i}.0.target")
            r += 1
        if peng and prefix == "rk" and not per_row and r - 1 > pstart:
            s.merge(pstart, 1, r - 1, 1)
    s.widths = {1: 22, 2: 40, 3: 44, 4: 30, 5: 18, 6: 30}
    put_footer(s, p, r, 2 + off, 4 + off)
    return s


MANUAL_FIELDS = [
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


def build_manual(p: dict, var: set[str]) -> Lembar:
    s = Lembar(p["sheet_manual"])
    s.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    s.merge(1, 1, 1, 4)
    s.put(2, 1, f"{p['pegawai']['jabatan']} — Tahun {p['year']}")
    s.merge(2, 1, 2, 4)
    r = 4
    numbered = "Manual IKI label bernomor" in var
    for i, x in enumerate(p["rks"]):
        if not x["ikis"]:
            continue
        it = x["ikis"][0]
        s.put(r, 1, f"IKI {i + 1}", bold=True)
        r += 1
        vals = {
            "RENCANA KINERJA": x["rk"],
            "DESKRIPSI RENCANA KINERJA": x["deskripsi"],
            "INDIKATOR KINERJA INDIVIDU": it["iki"],
            "DEFINISI IKI": x["definisi"],
            "FORMULA": "" if x.get("manual_formula_kosong") else x["formula"],
            "TUJUAN": x["tujuan"],
            "SATUAN PENGUKURAN": x["satuan_manual"],
            "JENIS ASPEK TARGET": "Kuantitas"
            if x["satuan_manual"] not in ("Indeks", "Nilai")
            else "Kualitas",
            "TINGKAT KENDALI IKI": "Moderate" if i % 2 else "High",
            "SUMBER DATA": x["sumber_manual"],
            "PERIODE PELAPORAN": "Triwulanan" if i % 2 else "Semesteran",
        }
        for n, label in enumerate(MANUAL_FIELDS, start=1):
            s.put(r, 1, n if numbered else "")
            s.put(r, 2, label.title() if numbered else label)
            s.put(r, 3, ":")
            s.put(r, 4, vals[label], key=f"man{i}.{label}")
            r += 1
        r += 1
    s.widths = {1: 6, 2: 30, 3: 2, 4: 80}
    return s


def build_ak(p: dict, var: set[str], form: str) -> Lembar:
    s = Lembar(p["sheet_ak"])
    r = 1
    s.put(r, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", bold=True)
    s.merge(r, 1, r, 5)
    r += 1
    s.put(r, 1, p["periode"], key="ak.periode")
    s.merge(r, 1, r, 5)
    r += 2
    for head, who in (("PEGAWAI YANG DINILAI", "pegawai"), ("PEJABAT PENILAI KINERJA", "penilai")):
        s.put(r, 1, "NO", bold=True)
        s.put(r, 2, head, bold=True)
        r += 1
        for no, label, value, key in identity_lines(p, who, set(), form):
            s.put(r, 1, no)
            s.put(r, 2, label)
            s.put(r, 3, value, key="ak." + key)
            r += 1
        r += 1
    s.put(r, 2, "TANGGAL PENGAJUAN")
    s.put(r, 3, p["tanggal"])
    r += 2
    for c, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"), start=1):
        s.put(r, c, h, bold=True)
    r += 1
    s.put(r, 1, "KINERJA UTAMA", bold=True)
    s.merge(r, 1, r, 5)
    r += 1
    as_number = "AK bilangan" in var
    n = 0
    for i, x in enumerate(p["rks"]):
        if x.get("tanpa_butir") or not x["butir"]:
            continue
        n += 1
        start = r
        s.put(r, 1, n)
        s.put(r, 2, x["rk"])
        for j, (butir, out, ak) in enumerate(x["butir"]):
            s.put(r, 3, butir)
            s.put(r, 4, out)
            ak_value: object = ak
            if as_number and ak.replace(",", "").isdigit():
                ak_value = float(ak.replace(",", "."))
            s.put(r, 5, ak_value, key=f"ak.rk{i}.{j}")
            r += 1
        s.merge(start, 1, r - 1, 1)
        s.merge(start, 2, r - 1, 2)
    s.widths = {1: 5, 2: 42, 3: 44, 4: 22, 5: 14}
    put_footer(s, p, r, 2, 4)
    return s


def build_penilaian(p: dict, var: set[str], form: str, formulas: bool) -> tuple[Lembar, Lembar]:
    s = Lembar(p["sheet_pen"])
    r = put_header(
        s,
        p,
        var - {"identitas bertumpuk", "kop ESELON I / SATUAN KERJA berlabel"},
        form,
        "PENILAIAN SASARAN KINERJA PEGAWAI",
        13,
    )
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
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
        "NILAI TERTIMBANG",
    ]
    for c, h in enumerate(heads, start=1):
        s.put(r, c, h, bold=True)
    r += 1
    pen = p["pen"]
    rk_cells: list[str] = []
    kt_cells: list[str] = []
    text_cap = "capaian teks persen" in var
    for group, rks, prefix in (
        ("A. KINERJA UTAMA", p["rks"], "rk"),
        ("B. KINERJA TAMBAHAN", p["tambahan"], "kt"),
    ):
        s.put(r, 1, group, bold=True)
        s.merge(r, 1, r, 13)
        r += 1
        for i, x in enumerate(rks):
            start = r
            s.put(r, 1, i + 1)
            s.put(r, 2, x["atasan"] or ("-" if prefix == "kt" else ""))
            s.put(r, 3, x["rk"])
            res = pen[f"{prefix}{i}"]
            for j, it in enumerate(x["ikis"]):
                ri = res["ikis"][j]
                s.put(r, 4, it["aspek"])
                s.put(r, 5, it["iki"])
                s.put(r, 6, ri["target"], key=f"pen.{prefix}{i}.{j}.target")
                s.put(r, 7, ri["realisasi"], key=f"pen.{prefix}{i}.{j}.realisasi")
                if ri["capaian"] is not None:
                    cap = ri["capaian"]
                    s.put(
                        r,
                        8,
                        f"{str(cap).replace('.', ',')} %" if text_cap else float(cap),
                        key=f"pen.{prefix}{i}.{j}.capaian",
                    )
                    s.put(r, 9, ri["kategori"], key=f"pen.{prefix}{i}.{j}.kategori")
                    s.put(r, 10, float(ri["nilai_tulis"]), key=f"pen.{prefix}{i}.{j}.nilai")
                else:
                    s.at[f"pen.{prefix}{i}.{j}.nilai"] = f"J{r}"
                r += 1
            end = r - 1
            if res["nilai"] is not None:
                s.put(start, 11, res["kategori"], key=f"pen.{prefix}{i}.kategori")
                if formulas:
                    s.put(start, 12, f"=ROUND(AVERAGE(J{start}:J{end}),2)", key=f"pen.{prefix}{i}.nilai")
                else:
                    s.put(start, 12, float(res["nilai"]), key=f"pen.{prefix}{i}.nilai")
                s.put(start, 13, float(res["tertimbang"]), key=f"pen.{prefix}{i}.tertimbang")
            (rk_cells if prefix == "rk" else kt_cells).append(f"L{start}")
            for c in (1, 2, 3, 11, 12, 13):
                s.merge(start, c, end, c)
    s.put(r, 1, "NILAI AKHIR SKP", bold=True)
    s.merge(r, 1, r, 12)
    if pen["skp"] is not None:
        if formulas:
            kt = "+".join(f"M{c[1:]}" for c in kt_cells) or "0"
            s.put(r, 13, f"=MIN(120,ROUND(AVERAGE({','.join(rk_cells)})+MIN(10,{kt}),2))", key="pen.skp")
        else:
            s.put(r, 13, float(pen["skp"]), key="pen.skp")
    skp_cell = f"M{r}"
    r += 1
    b = Lembar(p["sheet_perilaku"])
    b.put(1, 1, "PENILAIAN PERILAKU KERJA", bold=True)
    b.merge(1, 1, 1, 3)
    b.put(2, 1, p["periode"])
    b.merge(2, 1, 2, 3)
    b.put(4, 1, "NO", bold=True)
    b.put(4, 2, "ASPEK PERILAKU KERJA", bold=True)
    b.put(4, 3, "NILAI", bold=True)
    for k, (name, v) in enumerate(zip(bank.PERILAKU, pen["perilaku_aspek"], strict=True)):
        b.put(5 + k, 1, k + 1)
        b.put(5 + k, 2, name)
        b.put(5 + k, 3, v)
    b.put(10, 2, "NILAI PERILAKU KERJA", bold=True)
    b.put(10, 3, "=ROUND(AVERAGE(C5:C9),2)" if formulas else float(pen["perilaku"]))
    b.put(11, 2, "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI")
    b.put(11, 3, "Ya" if pen["ide"] else "Tidak")
    summary_in_pen = "perilaku di sheet Penilaian" in var
    tgt, row0, col = (s, r, 13) if summary_in_pen else (b, 13, 3)
    lab = 1 if summary_in_pen else 2
    if summary_in_pen:
        tgt.put(row0, lab, "NILAI PERILAKU KERJA", bold=True)
        tgt.merge(row0, lab, row0, 12)
        tgt.put(row0, col, f"='{b.title}'!C10" if formulas else float(pen["perilaku"]))
        row0 += 1
    else:
        tgt.put(row0, lab, "NILAI SKP")
        if pen["skp"] is not None:
            tgt.put(row0, col, f"='{s.title}'!{skp_cell}" if formulas else float(pen["skp"]))
        row0 += 1
    if pen["nk"] is not None:
        tgt.put(row0, lab, "NILAI KINERJA PEGAWAI (70% NILAI SKP + 30% NILAI PERILAKU)", bold=True)
        if summary_in_pen:
            tgt.merge(row0, lab, row0, 12)
        if formulas:
            perc = f"M{row0 - 1}" if summary_in_pen else f"'{b.title}'!C10"
            skpc = skp_cell if summary_in_pen else f"C{row0 - 1}"
            tgt.put(row0, col, f"=ROUND(0.7*{skpc}+0.3*{perc},2)")
        else:
            tgt.put(row0, col, float(pen["nk"]))
        row0 += 1
        tgt.put(row0, lab, "PREDIKAT KINERJA PEGAWAI", bold=True)
        if summary_in_pen:
            tgt.merge(row0, lab, row0, 12)
        tgt.put(row0, col, pen["predikat_tulis"], key="pen.predikat")
        p["predikat_sheet"] = tgt.title
    s.widths = {1: 5, 2: 30, 3: 30, 4: 12, 5: 34, 6: 14, 7: 14, 8: 11, 9: 14, 10: 10, 11: 14, 12: 10, 13: 11}
    b.widths = {1: 5, 2: 52, 3: 14}
    put_footer(s, p, r + 4 if summary_in_pen else r, 3, 10)
    return s, b


# ------------------------------------------------------------------------------------------ scoring a person


def score(rng: random.Random, p: dict, defect_codes: list[str]) -> dict:
    """Realisasi and every number of the Penilaian sheet from SPEC §6, with the Penilaian defects applied."""
    pen: dict = {}
    wrong_target = "pen:target-penilaian-berbeda" in defect_codes
    empty_real = "pen:realisasi-kosong" in defect_codes
    bad_nilai = "pen:capaian-tidak-sesuai" in defect_codes
    rk_vals: list[Decimal] = []
    kt_total = Decimal(0)
    incomplete = False
    for prefix, rks in (("rk", p["rks"]), ("kt", p["tambahan"])):
        for i, x in enumerate(rks):
            ikis = []
            for j, it in enumerate(x["ikis"]):
                target_text, tnum = it["target"], it["num"]
                if wrong_target and prefix == "rk" and i == 1 and j == 0:
                    tnum = tnum - max(2, round(tnum * 0.1)) if it["satuan"] != "%" else tnum - 5
                    target_text = (
                        f"{fmt_num(tnum)} {it['satuan']}"
                        if it["satuan"] not in ("%", "rupiah")
                        else (f"{tnum} %" if it["satuan"] == "%" else f"Rp {fmt_num(tnum)}")
                    )
                    it = dict(it, num=tnum)
                r, rtext = realisasi_for(rng, it)
                if empty_real and prefix == "rk" and i == 1 and j == 1:
                    ikis.append({"target": target_text, "realisasi": "", "capaian": None})
                    incomplete = True
                    continue
                cap = capaian(tnum, r, it["khusus"])
                kat, nil = nilai_iki(cap, it["maks"])
                nil2 = bulat(nil, 2)
                ikis.append(
                    {
                        "target": target_text,
                        "realisasi": rtext,
                        "capaian": bulat(cap, 2),
                        "kategori": kat,
                        "nilai": nil2,
                        "nilai_tulis": nil2,
                    }
                )
            if bad_nilai and prefix == "rk" and i == 0:
                ikis[1]["nilai_tulis"] = (
                    ikis[1]["nilai"] + Decimal(9)
                    if ikis[1]["nilai"] < 100
                    else ikis[1]["nilai"] - Decimal(12)
                )
            if any(k["capaian"] is None for k in ikis):
                pen[f"{prefix}{i}"] = {"ikis": ikis, "nilai": None}
                continue
            nrk = bulat(Fraction(sum(k["nilai"] for k in ikis)) / len(ikis), 2)
            pen[f"{prefix}{i}"] = {"ikis": ikis, "nilai": nrk, "kategori": kategori_rk(nrk)}
            if prefix == "rk":
                rk_vals.append(nrk)
            else:
                t = bulat(Fraction(F_KT[kategori_rk(nrk)]) * 10 / 100 * Fraction(nrk) / 100, 2)
                pen[f"{prefix}{i}"]["tertimbang"] = t
                kt_total += t
    n_rk = len(p["rks"])
    for i in range(n_rk):
        if pen[f"rk{i}"]["nilai"] is not None:
            pen[f"rk{i}"]["tertimbang"] = bulat(Fraction(pen[f"rk{i}"]["nilai"]) / n_rk, 2)
    asp = [rng.choice([95, 100, 100, 105, 110, 112]) for _ in bank.PERILAKU]
    perilaku = bulat(Fraction(sum(asp), 5), 2)
    pen["perilaku_aspek"] = asp
    pen["perilaku"] = perilaku
    pen["ide"] = rng.random() < 0.3
    if incomplete:
        pen.update(skp=None, nk=None, predikat=None, predikat_tulis="")
        return pen
    ku = Fraction(sum(rk_vals)) / len(rk_vals)
    skp = min(Decimal(120), bulat(ku + Fraction(min(kt_total, Decimal(10))), 2))
    nk = bulat(Fraction(7, 10) * Fraction(skp) + Fraction(3, 10) * Fraction(perilaku), 2)
    pred = predikat(nk, pen["ide"])
    pen.update(
        skp=skp, nk=nk, predikat=pred, predikat_tulis=pred, ku=bulat(ku, 2), kt=min(kt_total, Decimal(10))
    )
    if "pen:predikat-tidak-sesuai" in defect_codes:
        pen["predikat_tulis"] = {
            "Baik": "Sangat Baik",
            "Sangat Baik": "Butuh Perbaikan",
            "Butuh Perbaikan": "Baik",
        }.get(pred, "Baik")
        if pred == "Baik" and not pen["ide"] and nk < 110:
            pen["predikat_tulis"] = "Sangat Baik"
    return pen


# ---------------------------------------------------------------------------------------------- files


POOL_COMMON = [
    "kop kementerian",
    "kop ESELON I / SATUAN KERJA berlabel",
    "KODE SATKER di blok identitas",
    "UNIT ORGANISASI di blok penilai",
    "UNIT ORGANISASI di blok pegawai",
    "penilai Plt.",
    "unit kerja dua baris",
    "label salah ketik",
    "identitas bertumpuk",
    "baris nomor kolom",
    "periode label dan isi terpisah",
    "kode PK dihapus dari RK",
]
POOL_JAF = [
    "judul kolom salah ketik",
    "aspek gaya PP 46",
    "aspek IKI (..)",
    "aspek huruf kapital",
    "RK tidak digabung",
    "jabatan dengan peran",
]
POOL_JF = ["JENJANG baris tersendiri", "JENJANG kolom di samping JABATAN", "AK bilangan"]
POOL_PENG = [
    "kategori 3 tingkat",
    "kategori 2 tingkat TARGET/BAIK",
    "sumber data per IKI",
    "SUMBER DATA UNTUK PENGUKURAN",
]
POOL_JPT = ["INSTANSI penilai JPT", "Manual IKI label bernomor"]
POOL_JPT_PENG = ["perspektif per baris"]
POOL_PEN = ["perilaku di sheet Penilaian", "capaian teks persen"]
EXCLUSIVE = [
    {"aspek gaya PP 46", "aspek IKI (..)", "aspek huruf kapital"},
    {"kategori 3 tingkat", "kategori 2 tingkat TARGET/BAIK"},
    {"sumber data per IKI", "SUMBER DATA UNTUK PENGUKURAN"},
    {"JENJANG baris tersendiri", "JENJANG kolom di samping JABATAN"},
    {"UNIT ORGANISASI di blok penilai", "UNIT ORGANISASI di blok pegawai"},
]


def draw_variations(rng: random.Random, form: str, has_pen: bool) -> list[str]:
    pool = list(POOL_COMMON)
    if not form.startswith("jpt"):
        pool += POOL_JAF
    if form.startswith("jf"):
        pool += POOL_JF
    if form in ("ja-pengembangan", "jf-pengembangan"):
        pool += POOL_PENG
    if form.startswith("jpt"):
        pool += POOL_JPT
    if form == "jpt-pengembangan":
        pool += POOL_JPT_PENG
    if has_pen:
        pool += POOL_PEN
    k = rng.randint(2, 6)
    chosen: list[str] = []
    for v in rng.sample(pool, len(pool)):
        if len(chosen) == k:
            break
        if any(v in ex and chosen_ex for ex in EXCLUSIVE for chosen_ex in [set(chosen) & ex]):
            continue
        chosen.append(v)
    return chosen


def strip_code(text: str) -> str:
    """``SS.1 Meningkatnya …`` → ``Meningkatnya …``; ``… / IKSS 1.2 …`` keeps the first part."""
    words = text.split(" / ")[0].split()
    while words and (words[0].startswith(("SS.", "IKSS")) or words[0].replace(".", "").isdigit()):
        words = words[1:]
    return " ".join(words)


def make_person(
    rng: random.Random, form: str, role_key: str, names: dict, var: set[str], has_pen: bool
) -> dict:
    jenis = form.split("-")[0]
    year = 2025 if has_pen else 2026
    p: dict = {"year": year, "form": form}
    nip_style = rng.choice(["spasi", "rapat", "titik"])
    pk_style = rng.choice(["koma", "kurung", "tk", "kapital"])
    per_style = rng.choice(["sd", "strip", "bulan"])
    p["styles"] = [f"NIP {nip_style}", f"pangkat {pk_style}", f"periode {per_style}"]
    if jenis == "jpt":
        role = bank.JPT[role_key]
        gol = role["gol"]
        jab = role["jabatan"]
        unit = bank.SATKER[role["satker"]][2]
        pen_jab, pen_unit = role["penilai"]
        pen_gol = role["penilai_gol"]
        satker_key = role["satker"]
    else:
        role = bank.PERAN[role_key]
        satker_key = role["satker"]
        if jenis == "jf":
            gol = rng.choice(bank.JENJANG_GOL[role["jenjang"]])
        elif role_key == "kasi_kemenag":
            gol = rng.choice(["III/d", "IV/a"])
        else:
            gol = rng.choice(["II/c", "II/d", "III/a", "III/b", "III/c"])
        suffix = rng.choice(role["suffix"]) if "jabatan dengan peran" in var else ""
        jab = role["jabatan"]
        unit = (
            role["unit"]
            if role["unit"].startswith(("KUA", "MTs", "MI"))
            else f"{role['unit']}, {bank.SATKER[satker_key][2]}"
        )
        pen_jab, pen_unit = role["penilai"]
        pen_gol = rng.choice(["III/d", "IV/a", "IV/b"])
    kem, es1, satker, kode, kota = bank.SATKER[satker_key]
    group = names[bank.SATKER_NAMA[satker_key]]
    nama_p, g_p = group.pop()
    nama_a, g_a = group.pop()
    p.update(
        kementerian=kem,
        eselon1=es1,
        satker=satker,
        kode_satker=kode,
        kota=kota,
        tanggal=f"{rng.randint(2, 9)} Januari 2026",
    )
    birth = rng.randint(1972, 1990) if gol.startswith("IV") else rng.randint(1980, 1996)
    nip_p = nip_for(rng, g_p, birth)
    nip_a = nip_for(rng, g_a, rng.randint(1968, 1980))
    peg = {
        "nama": nama_p,
        "nip": nip_p,
        "nip_text": nip_text(nip_p, nip_style),
        "gol": gol,
        "pangkat_text": pangkat_text(gol, pk_style),
        "unit": unit,
    }
    if jenis == "jf":
        jenjang = role["jenjang"]
        if "JENJANG baris tersendiri" in var:
            peg["jabatan"] = jab + suffix
            peg["jenjang_row"] = jenjang
        elif "JENJANG kolom di samping JABATAN" in var and "identitas bertumpuk" in var:
            peg["jabatan"] = jab + suffix
            peg["jenjang_col"] = jenjang
        else:
            peg["jabatan"] = f"{jab} {jenjang}{suffix}"
    else:
        peg["jabatan"] = jab + (suffix if jenis != "jpt" else "")
    if jenis == "jpt" and "penilai Plt." not in var and rng.random() < 0.3:
        peg["jabatan"] = "Plt. " + peg["jabatan"]
        var.add("pegawai Plt.")
    pen_name = ("Plt. " if "penilai Plt." in var and not pen_jab.startswith("Plt.") else "") + pen_jab
    a = {
        "nama": nama_a,
        "nip": nip_a,
        "nip_text": nip_text(nip_a, nip_style),
        "gol": pen_gol,
        "pangkat_text": pangkat_text(pen_gol, pk_style),
        "jabatan": pen_name,
        "unit": pen_unit,
    }
    p["pegawai"], p["penilai"] = peg, a
    p["periode"] = periode_text(year, per_style)
    p["periode_isi"] = (
        f"1 Januari {year} - 31 Desember {year}" if per_style != "bulan" else f"Januari s.d. Desember {year}"
    )
    p["sheet_skp"] = rng.choice(["SKP", f"SKP {year}", "Rencana SKP", "FORM SKP"])
    p["sheet_ak"] = rng.choice(["Keterkaitan AK", "Lampiran AK", "SKP-AK"])
    p["sheet_manual"] = rng.choice(["Manual IKI", "Manual Indikator"])
    p["sheet_pen"] = rng.choice(["Penilaian", "Penilaian SKP"])
    p["sheet_perilaku"] = rng.choice(["Perilaku", "Perilaku Kerja"])
    p["judul"] = rng.choice(
        ["RENCANA SASARAN KINERJA PEGAWAI", f"SASARAN KINERJA PEGAWAI (SKP) TAHUN {year}", "RENCANA SKP"]
    )
    if jenis == "jpt":
        p["judul"] += " PEJABAT PIMPINAN TINGGI" if p["judul"] == "RENCANA SASARAN KINERJA PEGAWAI" else ""
    p["rk_atasan_label"] = rng.choice(
        ["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA ATASAN YANG DIINTERVENSI"]
    )
    p["levels"] = 3 if "kategori 3 tingkat" in var else 2 if "kategori 2 tingkat TARGET/BAIK" in var else 5
    if jenis == "jpt":
        rks = []
        for persp, rktext, ikitext, target, sat in role["rks"]:
            text = strip_code(rktext) if "kode PK dihapus dari RK" in var else rktext
            rks.append(_jpt_rk(persp, text, ikitext, target, sat, pen_jab, year))
        ra = bank.RENCANA_AKSI[rng.randrange(2)]
        rks.insert(
            3,
            _jpt_rk(
                "Proses Bisnis",
                ra,
                "Jumlah layanan satker yang terdigitalisasi"
                if "digital" in ra
                else "Jumlah peta proses bisnis yang ditetapkan",
                "4 layanan" if "digital" in ra else "3 dokumen",
                "Layanan" if "digital" in ra else "Dokumen",
                pen_jab,
                year,
            ),
        )
        p["rks"] = rks
        kt_rk, kt_iki, kt_t = bank.JPT_TAMBAHAN[rng.randrange(2)]
        p["tambahan"] = [{"rk": kt_rk, "ikis": [{"iki": kt_iki, "target": kt_t}], "atasan": ""}]
    else:
        rks = copy.deepcopy(role["rks"])
        for x in rks:
            if "kode PK dihapus dari RK" in var:
                x["atasan"] = strip_code(x["atasan"])
            for it in x["ikis"]:
                if (has_pen or form.endswith("pengembangan")) and it["target"].startswith("≤"):
                    it["target"] = it["target"][2:]
        p["rks"] = rks
        p["tambahan"] = [copy.deepcopy(bank.TAMBAHAN[rng.randrange(len(bank.TAMBAHAN))])]
    return p


def _jpt_rk(persp: str, rktext: str, ikitext: str, target: str, sat: str, penilai: str, year: int) -> dict:
    core = strip_code(rktext)
    return {
        "perspektif": persp,
        "rk": rktext,
        "ikis": [{"iki": ikitext, "target": target}],
        "atasan": "",
        "deskripsi": f"{core} sebagaimana Perjanjian Kinerja Tahun {year} dengan {penilai}.",
        "definisi": f"{ikitext} diukur pada akhir periode atas seluruh satuan kerja di wilayah.",
        "formula": (
            f"({ikitext} yang tercapai / {ikitext} yang direncanakan) x 100%"
            if sat == "Persen"
            else f"Jumlah realisasi {ikitext[0].lower() + ikitext[1:]} sampai akhir periode"
        ),
        "tujuan": f"Mengetahui capaian {core[0].lower() + core[1:]}.",
        "satuan_manual": sat,
        "sumber_manual": "Laporan kinerja satker dan aplikasi kementerian",
    }


def apply_defect(rng: random.Random, code: str, p: dict, form: str) -> dict:
    """Mutate the person's data for one plan/header defect; return the manifest entry with a cell KEY."""
    jpt = form.startswith("jpt")
    d: dict = {"code": code, "key": None, "alt": []}
    rks = p["rks"]
    if code == "identitas-kosong":
        if jpt:
            p["penilai"]["unit"] = ""
            d["key"] = "a.unit"
        else:
            p["pegawai"]["jabatan"] = ""
            d["key"] = "p.jabatan"
    elif code == "nip-tidak-valid":
        nip = p["pegawai"]["nip"]
        bad = nip[:12] + "13" + nip[14:]
        p["pegawai"]["nip"] = bad
        p["pegawai"]["nip_text"] = f"{bad[:8]} {bad[8:14]} {bad[14]} {bad[15:]}"
        d["key"] = "p.nip"
    elif code == "pangkat-tidak-dikenal":
        p["pegawai"]["pangkat_text"] = "Penata Muda, III/c"
        d["key"] = "p.pangkat"
    elif code == "jenjang-golongan-tidak-sesuai":
        role_jab = p["pegawai"]["jabatan"].split(" Ahli")[0].split(" Mahir")[0].split(" Terampil")[0]
        p["pegawai"].pop("jenjang_row", None)
        p["pegawai"].pop("jenjang_col", None)
        p["pegawai"]["jabatan"] = f"{role_jab} Ahli Madya"
        d["key"], d["alt"] = "p.jabatan", ["p.pangkat"]
    elif code == "periode-tidak-valid":
        y = p["year"]
        p["periode"] = f"PERIODE PENILAIAN: 1 JULI {y} SD 30 JUNI {y + 1}"
        p["periode_isi"] = f"1 Juli {y} - 30 Juni {y + 1}"
        d["key"] = "periode"
    elif code == "penilai-sama-dengan-pegawai":
        for k in ("nama", "nip", "nip_text", "gol", "pangkat_text"):
            p["penilai"][k] = p["pegawai"][k]
        d["key"], d["alt"] = "a.nip", ["a.nama"]
    elif code == "rk-atasan-kosong":
        rks[1]["atasan"] = ""
        d["key"], d["alt"] = "rk1.atasan", ["rk1.rk"]
    elif code == "rk-berbasis-aktivitas":
        rks[1]["rk"] = (
            "Melaksanakan pengumpulan dan pengolahan data " + rks[1]["ikis"][0]["iki"].split(" ", 1)[1]
        )
        d["key"] = "rk1.rk"
    elif code == "aspek-tidak-valid":
        rks[0]["ikis"][1]["aspek"] = "Efisiensi"
        d["key"] = "rk0.1.aspek"
    elif code == "aspek-ganda":
        # A Kualitas IKI retyped as Kuantitas: both "higher is better", so the kategori keep their order.
        i, j = next(
            (i, j)
            for i, x in enumerate(rks)
            for j, it in enumerate(x["ikis"])
            if it["aspek"] == "Kualitas" and x["ikis"][0]["aspek"] == "Kuantitas"
        )
        rks[i]["ikis"][j]["aspek"] = "Kuantitas"
        d["key"] = f"rk{i}.{j}.aspek"
    elif code == "iki-tanpa-target":
        rks[2]["ikis"][0]["target"] = ""
        d["key"] = "rk2.0.target"
    elif code == "target-tidak-terukur":
        rks[1]["ikis"][0]["target"] = "Meningkat"
        d["key"] = "rk1.0.target"
    elif code == "target-rentang-terbalik":
        i = next(
            i
            for i, x in enumerate(rks)
            if x["ikis"][0]["target"].endswith("%")
            and x["ikis"][0]["target"][0].isdigit()
            and not x["ikis"][0]["target"].startswith("100")
        )
        t = int(rks[i]["ikis"][0]["target"].split()[0])
        rks[i]["ikis"][0]["target"] = f"{t + 3} - {t - 2} %"
        d["key"] = f"rk{i}.0.target"
    elif code == "target-absolut":
        it = rks[0]["ikis"][1]
        it["iki"] = "Semua " + it["iki"].split(" ", 1)[1].replace("yang ", "", 1)
        d["key"], d["alt"] = "rk0.1.iki", ["rk0.1.target"]
    elif code == "target-tanpa-satuan":
        it = rks[0]["ikis"][0]
        it["target"] = fmt_num(it["num"])
        d["key"] = "rk0.0.target"
    elif code == "satuan-tidak-sesuai-aspek":
        i, j = next(
            (i, j) for i, x in enumerate(rks) for j, it in enumerate(x["ikis"]) if it["aspek"] == "Waktu"
        )
        # The kategori follow the new target (BAIK = 4 laporan), so only the satuan is wrong.
        rks[i]["ikis"][j].update(target="4 laporan", num=4, satuan="laporan")
        d["key"] = f"rk{i}.{j}.target"
    elif code == "rk-ganda":
        p["tambahan"][0]["rk"] = rks[0]["rk"]
        d["key"] = "kt0.rk"
    elif code == "kategori-tidak-membedakan":
        it = rks[0]["ikis"][0]
        ks = kategori(it, p["levels"])
        ks["SANGAT BAIK"] = it["target"]
        it["kategori_override"] = ks
        d["key"] = "rk0.0.kat.SANGAT BAIK"
    elif code == "kategori-tidak-berurutan":
        it = rks[0]["ikis"][0]
        ks = kategori(it, p["levels"])
        t, u = it["num"], it["satuan"]
        ks["CUKUP"] = f"{fmt_num(t + 10)} - {fmt_num(t + 20)} {u}"
        it["kategori_override"] = ks
        d["key"] = "rk0.0.kat.CUKUP"
    elif code == "kategori-penilaian-kosong":
        rks[1]["ikis"][0]["kategori_kosong"] = True
        d["key"] = "rk1.0.kat.CUKUP"
        d["alt"] = [
            "rk1.0.iki",
            "rk1.0.target",
            "rk1.0.kat.BAIK",
            "rk1.0.kat.SANGAT KURANG",
            "rk1.0.kat.SANGAT BAIK",
        ]
    elif code == "cara-memantau-kosong":
        rks[1]["pantau"] = (rks[1]["pantau"][0], rks[1]["pantau"][1], "")
        d["key"] = "rk1.pantau2"
        d["alt"] = ["rk1.rk", "rk1.sumber"]
    elif code == "rk-tanpa-iki":
        p["tambahan"][0]["ikis"] = []
        d["key"], d["alt"] = "kt0.0.iki", ["kt0.rk", "kt0.0.target"]
    elif code == "keterkaitan-ak-hilang":
        p["no_ak"] = True
    elif code == "rk-tanpa-butir-kegiatan":
        rks[1]["tanpa_butir"] = True
        d["key"] = "rk1.rk"
    elif code == "angka-kredit-tidak-valid":
        rks[0]["butir"][-1] = (rks[0]["butir"][-1][0], rks[0]["butir"][-1][1], "0")
        d["key"] = f"ak.rk0.{len(rks[0]['butir']) - 1}"
    elif code == "perspektif-tidak-valid":
        rks[2]["perspektif"] = "Tata Kelola"
        d["key"] = "rk2.persp"
    elif code == "perspektif-tidak-lengkap":
        p["rks"] = [x for x in rks if x["perspektif"] != "Anggaran"]
    elif code == "manual-iki-kosong":
        i = 1 if "perspektif-tidak-lengkap" not in p.get("codes", []) else 0
        p["rks"][i]["manual_formula_kosong"] = True
        d["key"], d["alt"] = f"man{i}.FORMULA", [f"rk{i}.0.iki", f"rk{i}.rk"]
    else:
        raise ValueError(code)
    return d


def build_file(
    rng: random.Random,
    form: str,
    nn: int,
    clean: bool,
    codes: list[str],
    has_pen: bool,
    writer: str,
    names: dict,
) -> tuple[list[Lembar], dict]:
    var = set(draw_variations(rng, form, has_pen))
    role_key = ROLES[form][(nn - 1) % len(ROLES[form])]
    if form.startswith("jf") and {"jenjang-golongan-tidak-sesuai", "keterkaitan-ak-hilang"} & set(codes):
        var -= {"JENJANG baris tersendiri", "JENJANG kolom di samping JABATAN"}
    if "JENJANG kolom di samping JABATAN" in var:
        var.add("identitas bertumpuk")
    p = make_person(rng, form, role_key, names, var, has_pen)
    p["codes"] = codes
    plan_defects = [apply_defect(rng, c, p, form) for c in codes if not c.startswith("pen:")]
    if has_pen:
        p["pen"] = score(rng, p, codes)
    sheets: list[Lembar] = []
    skp = build_skp_jpt(rng, p, var, form) if form.startswith("jpt") else build_skp_jaf(rng, p, var, form)
    sheets.append(skp)
    if form.startswith("jpt"):
        sheets.append(build_manual(p, var))
    if form.startswith("jf") and not p.get("no_ak"):
        sheets.append(build_ak(p, var, form))
    pen_sheet = None
    if has_pen:
        pen_sheet, beh = build_penilaian(p, var, form, writer == "libreoffice")
        sheets += [pen_sheet, beh]
    by_title = {s.title: s for s in sheets}
    defects = []
    for d in plan_defects:
        entry = {
            "code": d["code"],
            "severity": "peringatan" if d["code"] in WARNING_CODES else "error",
            "sheet": None,
            "cell": None,
            "alt_cells": [],
        }
        if d["key"]:
            sheet = (
                p["sheet_manual"]
                if d["key"].startswith("man")
                else (p["sheet_ak"] if d["key"].startswith("ak.") else p["sheet_skp"])
            )
            entry["sheet"], entry["cell"] = sheet, by_title[sheet].at[d["key"]]
            for k in d["alt"]:
                sh = p["sheet_skp"] if not k.startswith("man") else p["sheet_manual"]
                if k in by_title[sh].at:
                    entry["alt_cells"].append({"sheet": sh, "cell": by_title[sh].at[k]})
            for s in sheets:
                if s.title != sheet:
                    for k in [d["key"], "ak." + d["key"]]:
                        if (
                            k in s.at
                            and d["key"][:2] in ("p.", "a.")
                            or (k in s.at and d["key"] == "periode")
                        ):
                            entry["alt_cells"].append({"sheet": s.title, "cell": s.at[k]})
        defects.append(entry)
    for c in codes:
        if not c.startswith("pen:"):
            continue
        code = c[4:]
        key = {
            "capaian-tidak-sesuai": "pen.rk0.1.nilai",
            "predikat-tidak-sesuai": "pen.predikat",
            "realisasi-kosong": "pen.rk1.1.realisasi",
            "target-penilaian-berbeda": "pen.rk1.0.target",
        }[code]
        sheet = p["predikat_sheet"] if code == "predikat-tidak-sesuai" else p["sheet_pen"]
        entry = {
            "code": code,
            "severity": "error",
            "sheet": sheet,
            "cell": by_title[sheet].at[key],
            "alt_cells": [],
        }
        if code == "capaian-tidak-sesuai":
            entry["alt_cells"] = [{"sheet": sheet, "cell": by_title[sheet].at["pen.rk0.nilai"]}]
        defects.append(entry)
    variasi = sorted(var) + p["styles"] + [f"sheet '{p['sheet_skp']}'", f"judul '{p['judul']}'"]
    if has_pen:
        variasi.append(
            "sheet Penilaian dan Perilaku"
            + (" (rumus, disimpan LibreOffice)" if writer == "libreoffice" else "")
        )
    entry = {
        "form": form,
        "clean": clean,
        "defects": defects,
        "boleh": [],
        "jabatan": p["pegawai"]["jabatan"],
        "unit_kerja": p["pegawai"]["unit"],
        "writer": writer,
        "variasi": variasi,
    }
    if has_pen:
        pen = p["pen"]
        entry["penilaian"] = {
            k: (float(pen[k]) if isinstance(pen.get(k), Decimal) else pen.get(k))
            for k in ("ku", "kt", "skp", "perilaku", "nk", "predikat", "ide")
        }
    return sheets, entry


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    out: Path = a.keluaran
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xls*"):
        old.unlink()
    names: dict[str, list[tuple[str, int]]] = {}
    for group, people in bank.NAMA.items():
        pool = list(people)
        rng.shuffle(pool)
        names[group] = pool * 6
    files = []
    # Penilaian sheets: JA/JF files (3 clean per JA/JF pair of forms) plus every "pen:" defect file.
    pen_clean = {
        ("ja-dasar", 2),
        ("ja-dasar", 4),
        ("ja-pengembangan", 1),
        ("jf-dasar", 3),
        ("jf-pengembangan", 2),
        ("jf-pengembangan", 4),
    }
    writers = {
        ("ja-dasar", 4): "libreoffice",
        ("jf-pengembangan", 6): "libreoffice",
        ("ja-pengembangan", 1): "libreoffice",
        ("jf-dasar", 2 + 1): "libreoffice",
        ("ja-dasar", 1): "xlsm",
        ("jf-pengembangan", 3): "xlsm",
        ("jpt-pengembangan", 6): "xlsm",
    }
    with tempfile.TemporaryDirectory() as tmp:
        for form in FORMS:
            for nn in range(1, PER_FORM + 1):
                clean = nn <= PER_FORM // 2
                codes = [] if clean else DEFECTS[form][nn - PER_FORM // 2 - 1]
                has_pen = not form.startswith("jpt") and (
                    (form, nn) in pen_clean or any(c.startswith("pen:") for c in codes)
                )
                writer = writers.get((form, nn), "openpyxl")
                if writer == "libreoffice" and not has_pen:
                    writer = "openpyxl"
                sheets, entry = build_file(rng, form, nn, clean, codes, has_pen, writer, names)
                stem = f"{form}-{nn:02d}-{'bersih' if clean else 'cacat'}"
                if writer == "openpyxl":
                    save(sheets, out / f"{stem}.xlsx")
                    name = f"{stem}.xlsx"
                else:
                    src = Path(tmp) / f"{stem}.xlsx"
                    save(sheets, src)
                    if writer == "xlsm":
                        made = soffice(src, Path(tmp) / "o", "xlsm:Calc MS Excel 2007 VBA XML")
                    else:
                        made = soffice(src, Path(tmp) / "o", "xlsx:Calc MS Excel 2007 XML")
                    name = made.name
                    shutil.copy(made, out / name)
                files.append({"file": name, **entry})
    a.harapan.write_text(
        json.dumps({"set": "nyata_aw", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    n_def = sum(len(f["defects"]) for f in files)
    print(f"{len(files)} berkas, {sum(f['clean'] for f in files)} bersih, {n_def} cacat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
