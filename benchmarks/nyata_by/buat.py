"""Build the held-out set ``nyata_by``: clean SKP workbooks with the harmless extras real agency files have.

Pemerintah Kota Tirtamaya (fictional): Dinas Komunikasi dan Informatika, Dinas Perdagangan, Bappeda, Kecamatan
Sukaluyu. 45 workbooks, 36 clean and 9 with one defect each; every workbook carries 3–5 extras (a Petunjuk
Pengisian sheet, a Referensi sheet with drop-down lists, data validation, comments, hyperlinks, conditional
formatting, frozen panes, print titles, page breaks, header/footer, notes under the table, an electronic
signature line, extra columns at the right, formats, gelar, NIP with spaces, …), drawn with a fixed seed from
the least used. Built from SPEC only (openpyxl alone).

Usage: ``python benchmarks/nyata_by/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270105
SET_NAME = "nyata_by"

VARIATIONS = [
    "petunjuk_pengisian",
    "referensi_tampak",
    "referensi_tersembunyi",
    "validasi_data",
    "komentar",
    "tautan",
    "format_bersyarat",
    "bekukan_panel",
    "cetak",
    "pemisah_halaman",
    "kepala_kaki",
    "mengetahui",
    "ttd_elektronik",
    "catatan_bawah",
    "lampiran_kosong",
    "dicetak_dari",
    "rumus_baris",
    "kolom_keterangan",
    "kolom_paraf",
    "kolom_sela",
    "kolom_bantu_tersembunyi",
    "angka_berformat",
    "target_title_case",
    "nbsp",
    "spasi_label",
    "gelar",
    "nip_spasi",
    "pangkat_tk",
    "unit_dua_baris",
]
EXCLUSIVE = [{"referensi_tampak", "referensi_tersembunyi"}]

DEFECTS = {  # code → (severity, scope)
    "iki-tanpa-target": ("error", "plan"),
    "capaian-tidak-sesuai": ("error", "penilaian"),
    "cara-memantau-kosong": ("error", "plan"),
    "angka-kredit-tidak-valid": ("error", "JF"),
    "rk-atasan-kosong": ("error", "plan"),
    "kategori-tidak-membedakan": ("error", "plan"),
    "nip-tidak-valid": ("error", "header"),
    "manual-iki-kosong": ("error", "plan"),
    "perspektif-tidak-valid": ("error", "plan"),
}
WITHOUT_CELL: set[str] = set()

# (form, role, penilaian, defect)
PLAN = [
    ("ja-dasar", "sekretaris_kominfo", False, None),
    ("ja-dasar", "camat", True, None),
    ("ja-dasar", "kasi_pem", False, None),
    ("ja-dasar", "pengadm_perkantoran", True, None),
    ("ja-dasar", "kabid_pdn", False, None),
    ("ja-dasar", "sekcam", False, None),
    ("ja-dasar", "kasubbag_umum", False, "iki-tanpa-target"),
    ("ja-dasar", "pengelola_data", True, "capaian-tidak-sesuai"),
    ("ja-pengembangan", "kabid_aptika", False, None),
    ("ja-pengembangan", "kabid_ekonomi", True, None),
    ("ja-pengembangan", "sekcam", False, None),
    ("ja-pengembangan", "kasubbag_umum", False, None),
    ("ja-pengembangan", "pengelola_data", False, None),
    ("ja-pengembangan", "camat", True, None),
    ("ja-pengembangan", "kabid_pdn", False, None),
    ("ja-pengembangan", "sekretaris_kominfo", False, "cara-memantau-kosong"),
    ("jf-dasar", "pranata_komputer", False, None),
    ("jf-dasar", "arsiparis", True, None),
    ("jf-dasar", "statistisi", False, None),
    ("jf-dasar", "analis_dag", True, None),
    ("jf-dasar", "penera", True, None),
    ("jf-dasar", "pranata_humas", False, None),
    ("jf-dasar", "perencana", False, "angka-kredit-tidak-valid"),
    ("jf-dasar", "statistisi", False, "rk-atasan-kosong"),
    ("jf-pengembangan", "perencana", False, None),
    ("jf-pengembangan", "pranata_humas", True, None),
    ("jf-pengembangan", "penera", False, None),
    ("jf-pengembangan", "analis_dag", False, None),
    ("jf-pengembangan", "arsiparis", True, None),
    ("jf-pengembangan", "pranata_komputer", False, None),
    ("jf-pengembangan", "analis_dag", False, "kategori-tidak-membedakan"),
    ("jf-pengembangan", "pranata_komputer", False, "nip-tidak-valid"),
    ("jpt-dasar", "kadis_kominfo", False, None),
    ("jpt-dasar", "kadis_dag", False, None),
    ("jpt-dasar", "kepala_bappeda", False, None),
    ("jpt-dasar", "asisten_ekbang", False, None),
    ("jpt-dasar", "kadis_dag", False, None),
    ("jpt-dasar", "kepala_bappeda", False, "manual-iki-kosong"),
    ("jpt-pengembangan", "kadis_kominfo", False, None),
    ("jpt-pengembangan", "kadis_dag", False, None),
    ("jpt-pengembangan", "kepala_bappeda", False, None),
    ("jpt-pengembangan", "asisten_ekbang", False, None),
    ("jpt-pengembangan", "kadis_kominfo", False, None),
    ("jpt-pengembangan", "asisten_ekbang", False, None),
    ("jpt-pengembangan", "kadis_dag", False, "perspektif-tidak-valid"),
]

LEVELS = ["sk", "k", "c", "b", "sb"]
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
NBSP = "\u00a0"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)


# ---------------------------------------------------------------- numbers and scoring (SPEC §6)


def num(x) -> str:
    """Indonesian number text: decimal comma, no thousands separator for small numbers, dot for ≥ 1.000."""
    x = Fraction(x).limit_denominator(1000)
    if x.denominator == 1:
        n = int(x)
        return f"{n:,}".replace(",", ".") if n >= 1000 else str(n)
    return f"{float(x):.2f}".rstrip("0").rstrip(".").replace(".", ",")


def q2(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def tie_free(x: Fraction) -> bool:
    """Not within a hair of a rounding tie at two decimals."""
    f = (x * 100) - int(x * 100)
    return abs(f - Fraction(1, 2)) > Fraction(1, 100)


def half_up(x: Fraction) -> int:
    return int(x + Fraction(1, 2))


def capaian_raw(r: Fraction, t: Fraction, kind: str) -> Fraction:
    return (2 - r / t) * 100 if kind == "waktu" else r / t * 100


def band(cap: int) -> str:
    if cap > 100:
        return "Sangat Baik"
    if cap == 100:
        return "Baik"
    if cap >= 80:
        return "Cukup"
    if cap >= 60:
        return "Kurang"
    return "Sangat Kurang"


def nilai(cap: int) -> Fraction:
    if cap > 110:
        return Fraction(120)
    if cap >= 101:
        return 110 + Fraction(10, 9) * (cap - 101)
    if cap == 100:
        return Fraction(109)
    if cap >= 80:
        return 70 + Fraction(19, 19) * (cap - 80)
    if cap >= 60:
        return 50 + Fraction(19, 19) * (cap - 60)
    return Fraction(cap, 59) * 49


def predikat(nk: Fraction) -> str:
    if nk >= 90:
        return "Baik"  # never ≥ 110 in this set (Sangat Baik would need the new-idea statement)
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


# ---------------------------------------------------------------- kategori (SPEC §3.3)


def levels_of(iki: dict) -> dict[str, str]:
    t, kind, sat = iki["t"], iki["kind"], iki["sat"]

    def u(x) -> str:
        return f"{num(x)} %" if kind == "persen" else f"{num(x)} {sat}"

    def rng_(lo, hi) -> str:
        if lo == hi:
            return u(lo)
        return f"{num(lo)} - {u(hi)}"

    if kind == "hitung":
        a, b = t // 2, (3 * t) // 4
        return {
            "sk": f"< {u(a)}",
            "k": rng_(a, b - 1),
            "c": rng_(b, t - 1),
            "b": iki["target"],
            "sb": f"> {u(t)}",
        }
    if kind == "persen":
        return {
            "sk": f"< {u(t - 15)}",
            "k": rng_(t - 15, t - 6),
            "c": rng_(t - 5, t - 1),
            "b": iki["target"],
            "sb": f"> {u(t)}",
        }
    # waktu: lower is better
    return {
        "sb": f"< {u(t)}",
        "b": iki["target"],
        "c": rng_(t + 1, t + 2),
        "k": rng_(t + 3, t + 4),
        "sk": f"> {u(t + 4)}",
    }


# ---------------------------------------------------------------- people


def make_person(rng: random.Random, used: set[str], gol: str, var: set[str], role_jab: str) -> dict:
    while True:
        nama = f"{rng.choice(bank.DEPAN)} {rng.choice(bank.BELAKANG)}"
        if nama not in used:
            used.add(nama)
            break
    by = rng.randint(1968, 1994)
    bm, bd = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(by + rng.randint(22, 28), 2022)
    tm = rng.randint(1, 12)
    g = rng.choice("12")
    seq = rng.randint(1, 999)
    nip = f"{by}{bm:02d}{bd:02d}{ty}{tm:02d}{g}{seq:03d}"
    if "gelar" in var:
        nama_tulis = f"{rng.choice(bank.GELAR_DEPAN)} {nama}, {rng.choice(bank.GELAR_BELAKANG)}"
    else:
        nama_tulis = f"{nama}, {rng.choice(bank.GELAR_BIASA)}"
    return {"nama": nama_tulis, "nip": nip, "gol": gol, "jabatan": role_jab}


def nip_text(nip: str, var: set[str]) -> str:
    if nip == "-" or "nip_spasi" not in var:
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def pangkat_text(gol: str, var: set[str]) -> str:
    if gol == "-":
        return "-"
    name = bank.PANGKAT[gol]
    if "pangkat_tk" in var:
        return f"{name.replace('Tingkat I', 'Tk. I')} ({gol})"
    return f"{name}, {gol}"


def unit_text(key: str) -> str:
    return f"{bank.UNIT[key]} Kota {bank.KOTA}"


# ---------------------------------------------------------------- model


def build_model(
    form: str, role_key: str, penilaian: bool, rng: random.Random, names: set[str], var: set[str]
) -> dict:
    jenis, model = form.split("-")
    role = bank.ROLES[role_key]
    peg = make_person(rng, names, role["gol"], var, role["jabatan"])
    peg["unit"] = role["unit"]
    at = role["atasan"]
    if at == "walikota":
        pen = dict(bank.WALIKOTA)
        pen["gol"] = "-"
        pen["unit_text"] = pen.pop("unit")
    else:
        src = bank.ROLES.get(at) or bank.PENILAI_SAJA[at]
        pen = make_person(rng, names, src["gol"], var, src["jabatan"])
        pen["unit"] = src["unit"]
    rks = []
    for item in role["rk"]:
        persp, rk = item if jenis == "jpt" else (None, item)
        ikis = []
        for aspek, iki, t, sat, kind in rk["iki"]:
            ikis.append({"aspek": aspek, "iki": iki, "t": t, "sat": sat, "kind": kind})
        rks.append(
            {
                "perspektif": persp,
                "atasan": rk["atasan"],
                "rk": rk["rk"],
                "iki": ikis,
                "data": rk["data"],
                "butir": [list(b) for b in rk["butir"]],
            }
        )
    m = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "role": role_key,
        "pegawai": peg,
        "penilai": pen,
        "rks": rks,
        "penilaian": penilaian,
        "year": 2026 if penilaian else 2027,
        "var": var,
    }
    for rk in rks:
        for k, iki in enumerate(rk["iki"]):
            iki["target"] = target_text(iki, var, k)
            iki["levels"] = levels_of(iki) if model == "pengembangan" and jenis != "jpt" else None
    return m


def numeric_ok(iki: dict) -> bool:
    """A target that may be written as a formatted number: its IKI names a unitless measure (SPEC §7
    target-tanpa-satuan: Persentase, Indeks, Nilai), so the number alone is complete."""
    return iki["iki"].split()[0].lower() in ("persentase", "indeks", "nilai")


def target_text(iki: dict, var: set[str], k: int) -> str:
    t, kind, sat = iki["t"], iki["kind"], iki["sat"]
    if kind == "persen":
        return f"{num(t)} %"
    if kind == "indeks":
        return num(t)
    s = sat[0].upper() + sat[1:] if "target_title_case" in var else sat
    sep = NBSP if "nbsp" in var and k == 0 else " "
    return f"{num(t)}{sep}{s}"


# ---------------------------------------------------------------- Penilaian (SPEC §6)


def candidates(iki: dict, want: str) -> list[Fraction]:
    t = Fraction(iki["t"])
    kind = iki["kind"]
    out: list[Fraction] = []
    if want == "Baik":
        return [t]
    if kind == "hitung":
        ti = int(t)
        pool = range(ti + 1, ti + ti // 2 + 2) if want == "Sangat Baik" else range((3 * ti) // 4, ti)
        out = [Fraction(x) for x in pool]
    elif kind == "persen":
        ti = int(t)
        pool = range(ti + 1, 101) if want == "Sangat Baik" else range(ti - 5, ti)
        out = [Fraction(x) for x in pool]
    else:  # waktu, steps of 0,5
        pool = [Fraction(x, 2) for x in range(1, int(t) * 2)] if want == "Sangat Baik" else [t + 1, t + 2]
        out = pool
    good = []
    for r in out:
        raw = capaian_raw(r, t, kind)
        if abs(raw - int(raw) - Fraction(1, 2)) < Fraction(1, 10):
            continue
        if band(half_up(raw)) == want and raw > 0:
            good.append(r)
    return good


def score(m: dict, rng: random.Random) -> bool:
    rks = m["rks"]
    for rk in rks:
        bands = ["Sangat Baik", "Baik", "Cukup"]
        rng.shuffle(bands)
        for want in bands:
            cands = [candidates(iki, want) for iki in rk["iki"]]
            if all(cands):
                break
        else:
            return False
        rk["kat"] = want
        for iki, cs in zip(rk["iki"], cands, strict=False):
            r = rng.choice(cs)
            cap = half_up(capaian_raw(r, Fraction(iki["t"]), iki["kind"]))
            iki["real"], iki["cap"], iki["kat"], iki["nilai"] = r, cap, band(cap), nilai(cap)
        rk["nilai"] = sum((i["nilai"] for i in rk["iki"]), Fraction(0)) / len(rk["iki"])
        rk["tertimbang"] = rk["nilai"] / len(rks)
    skp = sum((rk["nilai"] for rk in rks), Fraction(0)) / len(rks)
    per = [rng.randint(85, 112) for _ in bank.PERILAKU]
    perilaku = Fraction(sum(per), 5)
    nk = skp * Fraction(7, 10) + perilaku * Fraction(3, 10)
    m["skp"], m["perilaku_nilai"], m["perilaku"], m["nk"] = skp, per, perilaku, nk
    m["predikat"] = predikat(nk)
    # every written number reads the same whichever written base it is computed from
    vals = (
        [i["nilai"] for rk in rks for i in rk["iki"]]
        + [rk["nilai"] for rk in rks]
        + [rk["tertimbang"] for rk in rks]
        + [skp, nk]
    )
    if not all(tie_free(v) for v in vals):
        return False
    for rk in rks:
        if q2(sum((Fraction(q2(i["nilai"])) for i in rk["iki"]), Fraction(0)) / len(rk["iki"])) != q2(
            rk["nilai"]
        ):
            return False
    if sum(q2(rk["tertimbang"]) for rk in rks) != q2(skp):
        return False
    if q2(sum((Fraction(q2(rk["nilai"])) for rk in rks), Fraction(0)) / len(rks)) != q2(skp):
        return False
    if q2(Fraction(q2(skp)) * Fraction(7, 10) + perilaku * Fraction(3, 10)) != q2(nk):
        return False
    return abs(nk - 90) > Fraction(6, 10) and Fraction(706, 10) < nk < Fraction(1094, 10)


# ---------------------------------------------------------------- sheets


class Out:
    """A worksheet with the cells written under a key, for the manifest."""

    def __init__(self, ws, cells: dict, tag: str):
        self.ws, self.cells, self.tag = ws, cells, tag

    def put(self, r: int, c: int, v, key=None, box=False, bold=False, align=WRAP, fmt=None, fill=None):
        cell = self.ws.cell(row=r, column=c)
        if v is not None:
            cell.value = v
        cell.alignment = align
        if box:
            cell.border = BOX
        if bold:
            cell.font = BOLD
        if fmt:
            cell.number_format = fmt
        if fill:
            cell.fill = fill
        if key is not None:
            self.cells[(self.tag,) + tuple(key)] = (self.ws.title, cell.coordinate)
        return cell

    def merge(self, r1: int, c1: int, r2: int, c2: int, box=False):
        if box:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def label(text: str, var: set[str], key: str) -> str:
    """Header/identity label as staff leave it: trailing spaces, double spaces, line breaks, NBSP."""
    if "spasi_label" in var:
        text = {
            "atasan": "RENCANA KINERJA\nATASAN LANGSUNG/UNIT KERJA/\nORGANISASI",
            "iki": "INDIKATOR  KINERJA\nINDIVIDU",
            "target": "TARGET ",
            "nip": "NIP  ",
            "pangkat": "PANGKAT/GOL  RUANG ",
            "waktu": "WAKTU\nPENGUMPULAN",
        }.get(key, text)
    if "nbsp" in var and key in ("rk", "unit", "data"):
        text = text.replace(" ", NBSP)
    return text


PLAN_HEAD = {
    "perspektif": "PERSPEKTIF",
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "sk": "SANGAT KURANG",
    "k": "KURANG",
    "c": "CUKUP",
    "b": "BAIK",
    "sb": "SANGAT BAIK",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    "realisasi": "REALISASI",
    "capaian": "CAPAIAN IKI",
    "kat_iki": "KATEGORI CAPAIAN IKI",
    "nilai_iki": "NILAI CAPAIAN IKI",
    "kat_rk": "KATEGORI CAPAIAN RK",
    "nilai_rk": "NILAI CAPAIAN RK",
    "tertimbang": "NILAI TERTIMBANG",
    "keterangan": "KETERANGAN",
    "paraf": "PARAF ATASAN",
    "baris": "URUTAN BARIS",
    "kode": "KODE IKI",
    "sela": None,
}
WIDTH = {
    "perspektif": 18,
    "no": 5,
    "sela": 2,
    "atasan": 34,
    "rk": 36,
    "aspek": 12,
    "iki": 38,
    "target": 14,
    "sk": 12,
    "k": 12,
    "c": 12,
    "b": 12,
    "sb": 12,
    "data": 20,
    "sumber": 20,
    "waktu": 16,
    "realisasi": 13,
    "capaian": 11,
    "kat_iki": 13,
    "nilai_iki": 10,
    "kat_rk": 13,
    "nilai_rk": 10,
    "tertimbang": 11,
    "keterangan": 16,
    "paraf": 10,
    "baris": 8,
    "kode": 9,
}
PER_RK = {"perspektif", "no", "atasan", "rk", "data", "sumber", "waktu", "kat_rk", "nilai_rk", "tertimbang"}
GROUP = {
    "sk": "KATEGORI PENILAIAN KINERJA",
    "k": "KATEGORI PENILAIAN KINERJA",
    "c": "KATEGORI PENILAIAN KINERJA",
    "b": "KATEGORI PENILAIAN KINERJA",
    "sb": "KATEGORI PENILAIAN KINERJA",
    "data": "CARA MEMANTAU KINERJA",
    "sumber": "CARA MEMANTAU KINERJA",
    "waktu": "CARA MEMANTAU KINERJA",
}


def plan_columns(m: dict, penilaian: bool) -> list[str]:
    var = m["var"]
    sela = ["sela"] if "kolom_sela" in var else []
    if m["jenis"] == "jpt":
        cols = (
            (["perspektif"] if m["model"] == "pengembangan" else []) + ["no"] + sela + ["rk", "iki", "target"]
        )
    else:
        cols = ["no"] + sela + ["atasan", "rk", "aspek", "iki", "target"]
        if m["model"] == "pengembangan":
            cols += LEVELS
            if not penilaian:
                cols += ["data", "sumber", "waktu"]
    if penilaian:
        cols += ["realisasi", "capaian", "kat_iki", "nilai_iki", "kat_rk", "nilai_rk", "tertimbang"]
    cols += [
        x
        for x in ("keterangan", "paraf", "baris")
        if ("kolom_" + x if x != "baris" else "rumus_baris") in var
    ]
    if "kolom_bantu_tersembunyi" in var:
        cols.append("kode")
    return cols


def id_columns(cols: list[str]) -> list[int]:
    """Six visible columns for the identity blocks: never the empty gap nor the hidden helper column."""
    return [i + 1 for i, k in enumerate(cols + ["x"] * 8) if k not in ("sela", "kode")][:6]


def kop(o: Out, m: dict, title: str, width: int) -> int:
    var = m["var"]
    o.put(1, 1, bank.PEMKOT, bold=True, align=CENTER)
    o.put(2, 1, title, bold=True, align=CENTER)
    c3 = o.put(3, 1, unit_text(m["pegawai"]["unit"]).upper(), bold=True, align=CENTER)
    if "tautan" in var:
        c3.hyperlink = f"https://{m['pegawai']['unit'].replace('_', '')}.tirtamaya.go.id"
    o.put(4, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {m['year']}", bold=True, align=CENTER)
    for r in range(1, 5):
        o.merge(r, 1, r, width)
    return 6


def identity(o: Out, m: dict, r: int, cols: list[str]) -> int:
    var = m["var"]
    ic = id_columns(cols)
    jpt_top = m["jenis"] == "jpt" and m["penilai"]["nip"] == "-"
    o.put(r, ic[0], "NO", box=True, bold=True, align=CENTER, fill=HEAD_FILL)
    o.put(r, ic[1], "PEGAWAI YANG DINILAI", box=True, bold=True, align=CENTER, fill=HEAD_FILL)
    o.merge(r, ic[1], r, ic[2], box=True)
    o.put(r, ic[3], "NO", box=True, bold=True, align=CENTER, fill=HEAD_FILL)
    o.put(r, ic[4], "PEJABAT PENILAI KINERJA", box=True, bold=True, align=CENTER, fill=HEAD_FILL)
    o.merge(r, ic[4], r, ic[5], box=True)
    two = "unit_dua_baris" in var
    for side, person, c0 in (("peg", m["pegawai"], 0), ("pen", m["penilai"], 3)):
        unit = person.get("unit_text") or unit_text(person["unit"])
        rows = [
            ("nama", "NAMA", person["nama"]),
            ("nip", "NIP", nip_text(person["nip"], var)),
            ("pangkat", "PANGKAT/GOL RUANG", pangkat_text(person["gol"], var)),
            ("jabatan", "JABATAN", person["jabatan"]),
            ("unit", "INSTANSI" if side == "pen" and jpt_top else "UNIT KERJA", unit),
        ]
        for i, (k, lab, val) in enumerate(rows):
            rr = r + 1 + i
            o.put(rr, ic[c0], i + 1, box=True, align=CENTER)
            o.put(rr, ic[c0 + 1], label(lab, var, k), box=True)
            if k == "unit" and two:
                head, _, tail = val.rpartition(" Kota ")
                o.put(rr, ic[c0 + 2], head, key=(side, k), box=True)
                o.put(rr + 1, ic[c0 + 2], f"Kota {tail}", box=True)
            else:
                o.put(rr, ic[c0 + 2], val, key=(side, k), box=True)
    return r + 6 + (1 if two else 0) + 1


def signature(o: Out, m: dict, r: int, cols: list[str], date: str) -> int:
    var = m["var"]
    ic = id_columns(cols)
    left, right = ic[1], ic[4]
    if "mengetahui" in var:
        o.put(r, left, "Mengetahui,")
    o.put(r, right, date)
    o.put(r + 1, left, "Pejabat Penilai Kinerja,")
    o.put(r + 1, right, "Pegawai yang Dinilai,")
    o.put(r + 5, left, m["penilai"]["nama"], bold=True)
    o.put(r + 5, right, m["pegawai"]["nama"], bold=True)
    if m["penilai"]["nip"] != "-":
        o.put(r + 6, left, f"NIP. {nip_text(m['penilai']['nip'], var)}")
    o.put(r + 6, right, f"NIP. {nip_text(m['pegawai']['nip'], var)}", key=("ttd_nip",))
    r += 8
    if "ttd_elektronik" in var:
        o.put(
            r,
            left,
            "Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik yang "
            "diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE)",
        )
        o.put(r + 1, left, f"[QR] e-SKP-{m['pegawai']['nip'][-6:]}-{m['year']}")
        r += 3
    return r


def table(o: Out, m: dict, r: int, cols: list[str], penilaian: bool) -> int:
    """Header (two rows), A. KINERJA UTAMA with the RK/IKI rows, B. KINERJA TAMBAHAN (one empty row)."""
    var = m["var"]
    ws = o.ws
    h1, h2 = r, r + 1
    ci = {k: i + 1 for i, k in enumerate(cols)}
    grouped: dict[str, list[int]] = {}
    for k, c in ci.items():
        g = GROUP.get(k)
        if g:
            grouped.setdefault(g, []).append(c)
            o.put(h2, c, label(PLAN_HEAD[k], var, k), box=True, bold=True, align=CENTER, fill=HEAD_FILL)
        elif k == "sela":
            o.merge(h1, c, h2, c, box=True)
        else:
            o.put(h1, c, label(PLAN_HEAD[k], var, k), box=True, bold=True, align=CENTER, fill=HEAD_FILL)
            o.merge(h1, c, h2, c, box=True)
    for g, cs in grouped.items():
        o.put(h1, cs[0], g, box=True, bold=True, align=CENTER, fill=HEAD_FILL)
        o.merge(h1, cs[0], h1, cs[-1], box=True)
    for k, c in ci.items():
        ws.column_dimensions[get_column_letter(c)].width = WIDTH[k]
    if "kode" in ci:
        ws.column_dimensions[get_column_letter(ci["kode"])].hidden = True
    last = len(cols)
    r = h2 + 1
    o.put(r, 1, "A. KINERJA UTAMA", bold=True, box=True)
    o.merge(r, 1, r, last, box=True)
    r += 1
    first_data = r
    for ri, rk in enumerate(m["rks"]):
        n = len(rk["iki"])
        for ii, iki in enumerate(rk["iki"]):
            rr = r + ii
            for k, c in ci.items():
                if k in PER_RK and ii > 0:
                    continue
                v, fmt = cell_value(m, rk, ri, iki, ii, k, penilaian, rr)
                o.put(
                    rr,
                    c,
                    v,
                    key=(k, ri, ii),
                    box=True,
                    fmt=fmt,
                    align=CENTER if k in ("no", "aspek", "capaian", "kat_iki", "kat_rk", "paraf") else WRAP,
                )
        for k, c in ci.items():
            if k in PER_RK or k == "sela":
                o.merge(r, c, r + n - 1, c, box=True)
        r += n
    last_data = r - 1
    o.put(r, 1, "B. KINERJA TAMBAHAN", bold=True, box=True)
    o.merge(r, 1, r, last, box=True)
    r += 1
    for c in range(1, last + 1):
        ws.cell(row=r, column=c).border = BOX
    r += 1
    # extras living on the table
    if "validasi_data" in var:
        src = (
            "=Referensi!$A$2:$A$5"
            if "referensi_tersembunyi" in var
            else ("=Data!$A$2:$A$5" if "referensi_tampak" in var else '"Kuantitas,Kualitas,Waktu,Biaya"')
        )
        key = "aspek"
        if m["jenis"] == "jpt":
            key = "perspektif"
            src = (
                src.replace("$A$2:$A$5", "$G$2:$G$5")
                if src.startswith("=")
                else '"Penerima Layanan (Stakeholder),Proses Bisnis,Penguatan Internal,Anggaran"'
            )
        if key in ci:
            dv = DataValidation(type="list", formula1=src, allow_blank=True)
            dv.error, dv.errorTitle = "Pilih dari daftar", "Isian tidak valid"
            ws.add_data_validation(dv)
            col = get_column_letter(ci[key])
            dv.add(f"{col}{first_data}:{col}{last_data}")
    if "komentar" in var:
        ws.cell(row=first_data, column=ci["rk"]).comment = Comment(
            "Mohon diselaraskan dengan Perjanjian Kinerja 2027.", "Subbagian Program"
        )
        ws.cell(row=first_data, column=ci["target"]).comment = Comment(
            "Target sudah dibahas dalam dialog kinerja.", "Pengelola Kinerja"
        )
    if "format_bersyarat" in var:
        col = get_column_letter(ci["target"])
        rng_ = f"{col}{first_data}:{col}{last_data}"
        ws.conditional_formatting.add(
            rng_,
            FormulaRule(
                formula=[f"LEN(TRIM({col}{first_data}))=0"], fill=PatternFill("solid", bgColor="FFC7CE")
            ),
        )
    if "bekukan_panel" in var:
        ws.freeze_panes = f"{get_column_letter(ci['rk'])}{h2 + 1}"
    if "cetak" in var:
        ws.print_title_rows = f"{h1}:{h2}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    return r


def cell_value(m: dict, rk: dict, ri: int, iki: dict, ii: int, k: str, penilaian: bool, rr: int):
    var = m["var"]
    fmtd = "angka_berformat" in var and numeric_ok(iki)
    if k == "perspektif":
        return rk["perspektif"], None
    if k == "no":
        return ri + 1, None
    if k in ("atasan", "rk", "aspek", "iki"):
        return rk[k] if k in ("atasan", "rk") else iki[k], None
    if k == "target" or k == "b":
        if k == "b" and iki["levels"] is None or iki["target"] is None:
            return None, None
        if fmtd:
            return float(iki["t"]) if isinstance(iki["t"], float) else iki["t"], (
                '0" %"' if iki["kind"] == "persen" else ("0.00" if isinstance(iki["t"], float) else "0")
            )
        return iki["target"], None
    if k in LEVELS:
        return (iki["levels"][k] if iki["levels"] else None), None
    if k == "data":
        return rk["data"][0], None
    if k == "sumber":
        return rk["data"][1], None
    if k == "waktu":
        return rk["data"][2], None
    if k == "realisasi":
        r = iki["real"]
        if iki["kind"] == "persen":
            if fmtd:
                return int(r), '0" %"'
            return f"{num(r)} %", None
        if "angka_berformat" in var and iki["kind"] == "hitung":
            return int(r), "#,##0"
        return f"{num(r)} {iki['sat']}", None
    if k == "capaian":
        return f"{iki['cap']} %", None
    if k == "kat_iki":
        return iki["kat"], None
    if k == "nilai_iki":
        return float(q2(iki["nilai"])), "0.00"
    if k == "kat_rk":
        return rk["kat"], None
    if k == "nilai_rk":
        return float(q2(rk["nilai"])), "0.00"
    if k == "tertimbang":
        return float(q2(rk["tertimbang"])), "0.00"
    if k == "keterangan":
        return None, None
    if k == "paraf":
        return "✓", None
    if k == "baris":
        return f"=ROW()-{rr - (sum(len(x['iki']) for x in m['rks'][:ri]) + ii + 1)}", None
    if k == "kode":
        return f"IKI-{ri + 1}.{ii + 1}", None
    return None, None


def notes_and_bottom(o: Out, m: dict, r: int, cols: list[str], date: str) -> int:
    var = m["var"]
    ic = id_columns(cols)
    if "catatan_bawah" in var:
        o.put(r, ic[1], "Catatan: rencana kinerja atasan disalin dari SKP atasan langsung.")
        o.put(r + 1, ic[1], "Keterangan: *) coret yang tidak perlu")
        r += 3
    else:
        r += 1
    sig_row = r
    r = signature(o, m, r, cols, date)
    if "pemisah_halaman" in var:
        o.ws.row_breaks.append(Break(id=sig_row - 1))
    if "lampiran_kosong" in var:
        o.put(r, ic[0], "Lampiran", bold=True)
        r += 2
    if "dicetak_dari" in var:
        o.put(r, ic[0], "Dicetak dari aplikasi e-SKP pada 05/01/2027 08:14")
        r += 1
    if "cetak" in var:
        o.ws.print_area = f"A1:{get_column_letter(len(cols))}{r}"
    if "kepala_kaki" in var:
        o.ws.oddHeader.center.text = f"SKP {m['year']} - {unit_text(m['pegawai']['unit'])}"
        o.ws.oddFooter.left.text = "e-SKP Kota Tirtamaya"
        o.ws.oddFooter.right.text = "Halaman &P dari &N"
    return r


DATE = "Tirtamaya, 4 Januari 2027"


def write_plan(wb: Workbook, m: dict, name: str, cells: dict) -> None:
    ws = wb.create_sheet(name)
    o = Out(ws, cells, "plan")
    cols = plan_columns(m, False)
    title = "RENCANA SASARAN KINERJA PEGAWAI" + (" PEJABAT PIMPINAN TINGGI" if m["jenis"] == "jpt" else "")
    r = kop(o, m, title, max(len(cols), 6))
    r = identity(o, m, r, cols)
    r = table(o, m, r, cols, False)
    notes_and_bottom(o, m, r, cols, DATE)


def write_penilaian(wb: Workbook, m: dict, name: str, cells: dict) -> None:
    ws = wb.create_sheet(name)
    o = Out(ws, cells, "pen")
    cols = plan_columns(m, True)
    r = kop(o, m, "PENILAIAN SASARAN KINERJA PEGAWAI", len(cols))
    r = identity(o, m, r, cols)
    r = table(o, m, r, cols, True)
    ci = {k: i + 1 for i, k in enumerate(cols)}
    lab_end = ci["nilai_rk"]
    val = ci["tertimbang"]
    rows = [
        ("NILAI AKHIR SKP", float(q2(m["skp"])), "0.00"),
        ("NILAI PERILAKU KERJA", float(q2(m["perilaku"])), "0.00"),
        ("NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU KERJA)", float(q2(m["nk"])), "0.00"),
        ("PREDIKAT KINERJA PEGAWAI", m["predikat"], None),
    ]
    for i, (lab, v, fmt) in enumerate(rows):
        o.put(r + i, 1, lab, bold=True, box=True)
        o.merge(r + i, 1, r + i, lab_end, box=True)
        o.put(r + i, val, v, key=("total", i), box=True, fmt=fmt, bold=True)
    r += len(rows) + 1
    notes_and_bottom(o, m, r, cols, DATE)


def write_perilaku(wb: Workbook, m: dict) -> None:
    ws = wb.create_sheet("PERILAKU")
    ws.column_dimensions["B"].width = 30
    ws["A1"] = "PENILAIAN PERILAKU KERJA PEGAWAI"
    ws["A1"].font = BOLD
    ws["A2"] = f"Nama: {m['pegawai']['nama']}"
    ws["A3"] = f"Periode: 1 Januari sd 31 Desember {m['year']}"
    for c, h in enumerate(["NO", "ASPEK PERILAKU", "NILAI"], start=1):
        ws.cell(row=5, column=c, value=h).font = BOLD
    for i, (a, v) in enumerate(zip(bank.PERILAKU, m["perilaku_nilai"], strict=False)):
        ws.cell(row=6 + i, column=1, value=i + 1)
        ws.cell(row=6 + i, column=2, value=a)
        ws.cell(row=6 + i, column=3, value=v)
    ws.cell(row=11, column=2, value="NILAI PERILAKU KERJA (RATA-RATA)").font = BOLD
    c = ws.cell(row=11, column=3, value=float(q2(m["perilaku"])))
    c.number_format = "0.00"


def write_ak(wb: Workbook, m: dict, cells: dict, defect: str | None) -> None:
    ws = wb.create_sheet("KETERKAITAN AK")
    o = Out(ws, cells, "ak")
    cols = ["no", "rk", "butir", "output", "ak"]
    for c, w in enumerate([5, 38, 40, 24, 12], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    r = kop(o, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 6)
    r = identity(o, m, r, cols)
    o.put(r, 1, "TANGGAL PENGAJUAN: 4 Januari 2027")
    r += 2
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        o.put(r, c, h, box=True, bold=True, align=CENTER, fill=HEAD_FILL)
    r += 1
    o.put(r, 1, "KINERJA UTAMA", bold=True, box=True)
    o.merge(r, 1, r, 5, box=True)
    r += 1
    fmtd = "angka_berformat" in m["var"]
    for ri, rk in enumerate(m["rks"]):
        n = len(rk["butir"])
        o.put(r, 1, ri + 1, box=True, align=CENTER)
        o.put(r, 2, rk["rk"], box=True)
        for bi, (butir, output, ak) in enumerate(rk["butir"]):
            o.put(r + bi, 3, butir, box=True)
            o.put(r + bi, 4, output, box=True)
            if defect == "angka-kredit-tidak-valid" and ri == 0 and bi == 0:
                v, fmt = "0", None
            elif fmtd:
                v, fmt = ak, "0.000"
            else:
                v, fmt = f"{ak:.3f}".replace(".", ","), None
            o.put(r + bi, 5, v, key=("ak", ri, bi), box=True, fmt=fmt)
        o.merge(r, 1, r + n - 1, 1, box=True)
        o.merge(r, 2, r + n - 1, 2, box=True)
        r += n
    notes_and_bottom(o, m, r + 1, cols, DATE)


MANUAL_VAL = {
    "indeks": ("Indeks", "Kualitas"),
    "persen": ("Persen (%)", "Kualitas"),
    "hitung": ("Orang", "Kuantitas"),
}


def write_manual(wb: Workbook, m: dict, cells: dict, defect: str | None) -> None:
    ws = wb.create_sheet("MANUAL IKI")
    o = Out(ws, cells, "man")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 70
    o.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    o.put(2, 1, f"{m['pegawai']['jabatan']} - Tahun {m['year']}")
    r = 4
    n = 0
    for rk in m["rks"]:
        for iki in rk["iki"]:
            n += 1
            sat, jenis_aspek = MANUAL_VAL[iki["kind"]]
            vals = [
                rk["rk"],
                f"Rencana kinerja ini menggambarkan hasil {rk['rk'][0].lower() + rk['rk'][1:]} pada tahun "
                f"{m['year']}.",
                iki["iki"],
                f"{iki['iki']} adalah ukuran keberhasilan yang dihitung dari data resmi tahun berjalan.",
                "(Jumlah capaian / Jumlah sasaran) x 100%"
                if iki["kind"] == "persen"
                else "Nilai hasil pengukuran oleh lembaga penilai"
                if iki["kind"] == "indeks"
                else "Jumlah yang dicapai sampai akhir tahun",
                f"Mengukur keberhasilan {rk['rk'][0].lower() + rk['rk'][1:]}.",
                sat,
                jenis_aspek,
                "Moderate",
                unit_text(m["pegawai"]["unit"]),
                "Triwulanan",
            ]
            if defect == "manual-iki-kosong" and n == 2:
                vals[4] = None
            o.put(r, 1, n, box=True, align=CENTER)
            o.merge(r, 1, r + len(vals) - 1, 1, box=True)
            for i, (lab, v) in enumerate(zip(bank.MANUAL_LABELS, vals, strict=False)):
                o.put(r + i, 2, lab, box=True, bold=True)
                o.put(r + i, 3, v, key=(n, lab), box=True)
            r += len(vals) + 1


def write_petunjuk(wb: Workbook) -> None:
    ws = wb.create_sheet("Petunjuk Pengisian", 0)
    ws.column_dimensions["A"].width = 110
    for i, line in enumerate(bank.PETUNJUK, start=1):
        c = ws.cell(row=i * 2 - 1 if i > 1 else 1, column=1, value=line)
        if i == 1:
            c.font = BOLD


def write_referensi(wb: Workbook, hidden: bool) -> None:
    ws = wb.create_sheet("Referensi" if hidden else "Data")
    lists = {
        1: ("Daftar Aspek", ["Kuantitas", "Kualitas", "Waktu", "Biaya"]),
        3: ("Daftar Satuan", bank.SATUAN),
        5: ("Daftar Pangkat", [f"{v} ({k})" for k, v in bank.PANGKAT.items()]),
        7: (
            "Daftar Perspektif",
            ["Penerima Layanan (Stakeholder)", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
        ),
    }
    for c, (head, items) in lists.items():
        ws.cell(row=1, column=c, value=head).font = BOLD
        ws.column_dimensions[get_column_letter(c)].width = 30
        for i, v in enumerate(items):
            ws.cell(row=2 + i, column=c, value=v)
    if hidden:
        ws.sheet_state = "hidden"


def write_workbook(m: dict, path: Path, defect: str | None) -> tuple[dict, dict]:
    wb = Workbook()
    wb.remove(wb.active)
    cells: dict = {}
    var = m["var"]
    names = {}
    if "petunjuk_pengisian" in var:
        write_petunjuk(wb)
    names["plan"] = f"FORM SKP {m['year']}"
    write_plan(wb, m, names["plan"], cells)
    if m["penilaian"]:
        names["pen"] = f"PENILAIAN SKP {m['year']}"
        write_penilaian(wb, m, names["pen"], cells)
        write_perilaku(wb, m)
    if m["jenis"] == "jf":
        names["ak"] = "KETERKAITAN AK"
        write_ak(wb, m, cells, defect)
    if m["jenis"] == "jpt":
        names["man"] = "MANUAL IKI"
        write_manual(wb, m, cells, defect)
    if "referensi_tampak" in var or "referensi_tersembunyi" in var:
        write_referensi(wb, "referensi_tersembunyi" in var)
    wb.active = wb.sheetnames.index(names["plan"])
    wb.properties.creator = "e-SKP Kota Tirtamaya"
    wb.save(path)
    return cells, names


# ---------------------------------------------------------------- defects


def apply_defect(m: dict, code: str | None) -> None:
    """Write the one defect into the model before rendering (annex defects are written by their writer)."""
    if code == "iki-tanpa-target":
        m["rks"][1]["iki"][0]["target"] = None
    elif code == "cara-memantau-kosong":
        d = m["rks"][1]["data"]
        m["rks"][1]["data"] = (d[0], None, d[2])
    elif code == "rk-atasan-kosong":
        m["rks"][1]["atasan"] = None
    elif code == "kategori-tidak-membedakan":
        iki = m["rks"][0]["iki"][0]
        iki["levels"]["sb"] = iki["target"]
    elif code == "nip-tidak-valid":
        nip = m["pegawai"]["nip"]
        m["pegawai"]["nip"] = nip[:12] + "13" + nip[14:]
    elif code == "perspektif-tidak-valid":
        m["rks"][2]["perspektif"] = "Kepatuhan Regulasi"
    elif code == "capaian-tidak-sesuai":
        iki = m["rks"][0]["iki"][0]
        iki["cap_tulis"] = iki["cap"] + 7 if iki["cap"] < 100 else iki["cap"] - 9


def defect_entry(code: str, cells: dict, m: dict) -> tuple[dict, list[dict]]:
    def at(*key):
        s, c = cells[key]
        return {"sheet": s, "cell": c}

    alt: list[dict] = []
    boleh: list[dict] = []
    if code == "iki-tanpa-target":
        main = at("plan", "target", 1, 0)
        alt = [at("plan", "iki", 1, 0)]
    elif code == "capaian-tidak-sesuai":
        main = at("pen", "capaian", 0, 0)
        alt = [at("pen", "kat_iki", 0, 0), at("pen", "nilai_iki", 0, 0)]
        row = "".join(ch for ch in main["cell"] if ch.isdigit())
        boleh = [{"code": "capaian-tidak-sesuai", "sheet": main["sheet"], "row": int(row)}]
    elif code == "cara-memantau-kosong":
        main = at("plan", "sumber", 1, 0)
        alt = [at("plan", "rk", 1, 0), at("plan", "data", 1, 0), at("plan", "waktu", 1, 0)]
    elif code == "angka-kredit-tidak-valid":
        main = at("ak", "ak", 0, 0)
    elif code == "rk-atasan-kosong":
        main = at("plan", "atasan", 1, 0)
        alt = [at("plan", "rk", 1, 0)]
    elif code == "kategori-tidak-membedakan":
        main = at("plan", "sb", 0, 0)
        alt = [at("plan", "target", 0, 0), at("plan", "b", 0, 0)]
        row = "".join(ch for ch in main["cell"] if ch.isdigit())
        boleh = [{"code": "kategori-tidak-berurutan", "sheet": main["sheet"], "row": int(row)}]
    elif code == "nip-tidak-valid":
        main = at("plan", "peg", "nip")
        alt = [at("plan", "ttd_nip"), at("ak", "peg", "nip"), at("ak", "ttd_nip")]
        boleh = [{"code": "nip-tidak-valid", "sheet": "KETERKAITAN AK"}]
    elif code == "manual-iki-kosong":
        main = at("man", 2, "FORMULA")
        alt = [at("man", 2, "INDIKATOR KINERJA INDIVIDU"), at("plan", "iki", 1, 0)]
    elif code == "perspektif-tidak-valid":
        main = at("plan", "perspektif", 2, 0)
        alt = [at("plan", "rk", 2, 0)]
    else:
        raise ValueError(code)
    d = {
        "code": code,
        "severity": DEFECTS[code][0],
        "sheet": main["sheet"],
        "cell": main["cell"],
        "alt_cells": alt,
    }
    return d, boleh


# ---------------------------------------------------------------- drawing extras


def applicable(form: str, role: str) -> list[str]:
    """The extras that show on this form: no aspek/perspektif list on JPT Model Dasar, no Title Case satuan on
    a JPT plan whose targets are all percentages and indices."""
    out = list(VARIATIONS)
    if form == "jpt-dasar":
        out.remove("validasi_data")
    if form.startswith("jpt") and not any(
        i[4] == "hitung" for _, rk in bank.ROLES[role]["rk"] for i in rk["iki"]
    ):
        out.remove("target_title_case")
    return out


def draw(rng: random.Random, options: list[str], used: dict[str, int], n: int) -> list[str]:
    chosen: list[str] = []
    pool = list(options)
    while len(chosen) < n and pool:
        rng.shuffle(pool)
        pool.sort(key=lambda v: used[v])
        v = pool.pop(0)
        if any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
        used[v] += 1
    return sorted(chosen)


def file_name(form: str, n: int, penilaian: bool, defect: str | None) -> str:
    kind = "penilaian2026" if penilaian else "rencana2027"
    return f"{form}-{n:02d}-{kind}-{defect or 'bersih'}.xlsx"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    if a.keluaran.exists():
        shutil.rmtree(a.keluaran)
    a.keluaran.mkdir(parents=True)
    used = {v: 0 for v in VARIATIONS}
    counters: dict[str, int] = {}
    names: set[str] = set()
    files = []
    for form, role, penilaian, defect in PLAN:
        counters[form] = counters.get(form, 0) + 1
        var = draw(rng, applicable(form, role), used, rng.randint(3, 5))
        m = build_model(form, role, penilaian, rng, names, set(var))
        if penilaian:
            while not score(m, rng):
                pass
        apply_defect(m, defect)
        if defect == "capaian-tidak-sesuai":
            iki = m["rks"][0]["iki"][0]
            iki["cap_true"], iki["cap"] = iki["cap"], iki["cap_tulis"]
        name = file_name(form, counters[form], penilaian, defect)
        cells, _ = write_workbook(m, a.keluaran / name, defect)
        ds, boleh = [], []
        if defect:
            d, boleh = defect_entry(defect, cells, m)
            ds.append(d)
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": var,
                "peran": role,
                "jabatan": m["pegawai"]["jabatan"],
            }
        )
    files.sort(key=lambda f: f["file"])
    a.harapan.write_text(
        json.dumps({"set": SET_NAME, "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
