"""Generator of the held-out set ``nyata_ch``: workbooks of other regimes (PP 46/2011, Permen PANRB 6/2022),
templates never filled, an empty workbook and HTML pages saved as ``.xls`` (SPEC §3.10, §7 ``format-lain``,
``bukan-skp``, ``templat-belum-diisi``), beside real Permen PANRB 8/2021 SKP of all six forms that borrow the
words of those regimes harmlessly (title ``SASARAN KINERJA PEGAWAI``, ``(Hasil Kerja)`` under RENCANA KINERJA,
``EKSPEKTASI KHUSUS PIMPINAN`` on a Perilaku sheet, last year's PP 46 or 6/2022 sheet kept in the workbook,
``KEGIATAN`` inside an RK, Aspek ``Kuant/Output``/``Kual/Mutu``, the JF sheet ``Angka Kredit``).

Deterministic (seed ``SEED``), openpyxl only (plain text for the HTML pages).
Usage: ``python buat.py --keluaran DIR --harapan FILE``.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260317
SET_NAME = "nyata_ch"

VARIATIONS = [
    "judul_sasaran_kinerja",  # title SASARAN KINERJA PEGAWAI (8/2021 uses it too)
    "catatan_hasil_kerja",  # RENCANA KINERJA header with a second line (Hasil Kerja)
    "perilaku_ekspektasi",  # Penilaian + Perilaku sheet with EKSPEKTASI KHUSUS PIMPINAN (8/2021)
    "pp46_tersembunyi",  # last PP 46/2011 SKP kept as a hidden sheet
    "pp46_di_akhir",  # last PP 46/2011 SKP kept visible as the last sheet
    "lama_6_2022",  # sheet `SKP 2025 (lama)` in the 6/2022 format beside this year's form
    "kegiatan_dalam_rk",  # the word KEGIATAN inside RK texts
    "aspek_pp46",  # aspek written Kuant/Output, Kual/Mutu, Waktu (SPEC §3.10)
    "lampiran_angka_kredit",  # JF: sheet `Angka Kredit` (Format Keterkaitan SKP dengan Angka Kredit)
    "rezim_pp46",  # the workbook is a PP 46/2011 SKP
    "rezim_6_2022",  # the workbook is a Permen PANRB 6/2022 SKP
    "html_xls",  # an HTML page saved as .xls by a web application
    "templat_kosong",  # a template never filled, or an empty workbook
    "kiriman_salah",  # not an 8/2021 SKP at all
]

DEFECTS = {  # code → (severity, scope)
    "format-lain": ("error", "berkas"),
    "bukan-skp": ("error", "berkas"),
    "templat-belum-diisi": ("error", "berkas"),
    "rk-atasan-kosong": ("error", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "predikat-tidak-sesuai": ("error", "penilaian"),
    "kategori-tidak-membedakan": ("error", "rencana"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "nip-tidak-valid": ("error", "kop"),
    "cara-memantau-kosong": ("error", "rencana"),
    "rk-berbasis-aktivitas": ("peringatan", "rencana"),
    "iki-tanpa-target": ("error", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "manual-iki-kosong": ("error", "rencana"),
}
WITHOUT_CELL = {"format-lain", "bukan-skp", "templat-belum-diisi"}
FILE_CODES = WITHOUT_CELL
BORROWING = [v for v in VARIATIONS[:9]]

# 8/2021 workbooks: (form, role, defects, variations)
PLAN_8 = [
    ("ja-dasar", "kasubbag_keu", [], ["judul_sasaran_kinerja", "perilaku_ekspektasi"]),
    ("ja-dasar", "pengelola_izin", [], ["catatan_hasil_kerja", "pp46_tersembunyi", "aspek_pp46"]),
    ("ja-dasar", "kabid_izin", [], ["kegiatan_dalam_rk", "lama_6_2022", "perilaku_ekspektasi"]),
    (
        "ja-dasar",
        "kasubbag_keu",
        ["rk-atasan-kosong", "target-tanpa-satuan"],
        ["pp46_di_akhir", "aspek_pp46"],
    ),
    ("ja-dasar", "kabid_arsip", ["predikat-tidak-sesuai"], ["perilaku_ekspektasi", "judul_sasaran_kinerja"]),
    ("ja-pengembangan", "kabid_arsip", [], ["catatan_hasil_kerja", "lama_6_2022"]),
    ("ja-pengembangan", "kabid_izin", [], ["judul_sasaran_kinerja", "pp46_di_akhir", "kegiatan_dalam_rk"]),
    ("ja-pengembangan", "pengelola_izin", [], ["aspek_pp46", "pp46_tersembunyi"]),
    (
        "ja-pengembangan",
        "kasubbag_keu",
        ["kategori-tidak-membedakan"],
        ["catatan_hasil_kerja", "lama_6_2022"],
    ),
    ("jf-dasar", "arsiparis", [], ["perilaku_ekspektasi", "lampiran_angka_kredit", "kegiatan_dalam_rk"]),
    (
        "jf-dasar",
        "pranata_komputer",
        [],
        ["judul_sasaran_kinerja", "lampiran_angka_kredit", "pp46_tersembunyi"],
    ),
    ("jf-dasar", "perencana", [], ["perilaku_ekspektasi", "aspek_pp46", "lampiran_angka_kredit"]),
    ("jf-dasar", "arsiparis", [], ["catatan_hasil_kerja", "pp46_di_akhir", "lampiran_angka_kredit"]),
    (
        "jf-dasar",
        "perencana",
        ["rk-tanpa-butir-kegiatan", "nip-tidak-valid"],
        ["lampiran_angka_kredit", "lama_6_2022"],
    ),
    (
        "jf-pengembangan",
        "pranata_komputer",
        [],
        ["lampiran_angka_kredit", "judul_sasaran_kinerja", "lama_6_2022"],
    ),
    ("jf-pengembangan", "perencana", [], ["lampiran_angka_kredit", "kegiatan_dalam_rk", "aspek_pp46"]),
    (
        "jf-pengembangan",
        "arsiparis",
        [],
        ["lampiran_angka_kredit", "catatan_hasil_kerja", "pp46_tersembunyi"],
    ),
    (
        "jf-pengembangan",
        "pranata_komputer",
        ["cara-memantau-kosong"],
        ["lampiran_angka_kredit", "pp46_di_akhir"],
    ),
    ("jpt-dasar", "kepala_dpmptsp", [], ["judul_sasaran_kinerja", "pp46_tersembunyi"]),
    ("jpt-dasar", "kepala_bappeda", [], ["catatan_hasil_kerja", "lama_6_2022"]),
    ("jpt-dasar", "kepala_arsip", [], ["kegiatan_dalam_rk", "pp46_di_akhir"]),
    ("jpt-dasar", "kepala_dpmptsp", ["rk-berbasis-aktivitas", "iki-tanpa-target"], ["kegiatan_dalam_rk"]),
    ("jpt-pengembangan", "kepala_bappeda", [], ["judul_sasaran_kinerja", "lama_6_2022"]),
    ("jpt-pengembangan", "kepala_arsip", [], ["catatan_hasil_kerja", "pp46_di_akhir"]),
    ("jpt-pengembangan", "kepala_dpmptsp", [], ["kegiatan_dalam_rk", "pp46_tersembunyi"]),
    (
        "jpt-pengembangan",
        "kepala_bappeda",
        ["perspektif-tidak-valid", "manual-iki-kosong"],
        ["catatan_hasil_kerja"],
    ),
]

# other workbooks: (name, kind, expected code, variations)
PLAN_LAIN = [
    ("pp46-skp-dan-penilaian-2019.xlsx", "pp46_lengkap", "format-lain", ["rezim_pp46"]),
    ("pp46-skp-2020.xlsx", "pp46_skp", "format-lain", ["rezim_pp46"]),
    ("pp46-skp-2021-staf.xlsx", "pp46_skp_staf", "format-lain", ["rezim_pp46"]),
    ("pp46-penilaian-capaian-2020.xlsx", "pp46_penilaian", "format-lain", ["rezim_pp46"]),
    ("pp46-ekspor-simpeg.xls", "pp46_html", "format-lain", ["rezim_pp46", "html_xls"]),
    ("skp-2024-ekinerja.xlsx", "e6_ekinerja", "format-lain", ["rezim_6_2022"]),
    ("skp-2025-ekinerja-jf.xlsx", "e6_ekinerja_jf", "format-lain", ["rezim_6_2022"]),
    ("skp-2025-templat-instansi.xlsx", "e6_instansi", "format-lain", ["rezim_6_2022"]),
    ("skp-2024-evaluasi-instansi.xlsx", "e6_instansi_evaluasi", "format-lain", ["rezim_6_2022"]),
    ("skp-2025-ekinerja-unduhan.xls", "e6_html", "format-lain", ["rezim_6_2022", "html_xls"]),
    ("skp-2025-ekinerja-cetak.xls", "e6_html_instansi", "format-lain", ["rezim_6_2022", "html_xls"]),
    ("unduhan-skp-sesi-berakhir.xls", "html_sesi", "bukan-skp", ["html_xls"]),
    ("daftar-pegawai-dpmptsp.xls", "html_daftar", "bukan-skp", ["html_xls"]),
    ("rekap-absensi-januari.xlsx", "absensi", "bukan-skp", []),
    ("templat-skp-kurung-kurawal.xlsx", "templat_kurawal", "templat-belum-diisi", ["templat_kosong"]),
    ("templat-skp-isi.xlsx", "templat_isi", "templat-belum-diisi", ["templat_kosong"]),
    ("templat-skp-titik-titik.xlsx", "templat_titik", "templat-belum-diisi", ["templat_kosong"]),
    ("templat-skp-tanpa-isian.xlsx", "templat_tanpa_isian", "templat-belum-diisi", ["templat_kosong"]),
    ("buku-kerja-kosong.xlsx", "kosong", "templat-belum-diisi", ["templat_kosong"]),
]
ANY_OF = {"kosong": ["templat-belum-diisi", "bukan-skp"]}

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")
BOLD = Font(bold=True)

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


# ---------------------------------------------------------------- people


def make_nip(rng: random.Random, gol: str) -> str:
    senior = {"II": 0, "III": 8, "IV": 16}[gol.split("/")[0]]
    year = rng.randint(1978, 1990) - senior // 2
    birth = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{year + rng.randint(22, 27)}{rng.choice([1, 3, 4, 12]):02d}"
    return f"{birth}{tmt}{rng.choice('12')}{rng.randint(1, 15):03d}"


def spaced(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def person(rng: random.Random, jabatan: str, gol: str, unit: str) -> dict:
    name = f"{rng.choice(bank.GIVEN)} {rng.choice(bank.FAMILY)}"
    if gol.startswith("IV"):
        name += rng.choice([", S.E., M.M.", ", S.T., M.T.", ", S.Sos., M.Si."])
    else:
        name += rng.choice([", S.Kom.", ", S.E.", ", A.Md.", ", S.I.Kom."])
    return {
        "nama": name,
        "nip": spaced(make_nip(rng, gol)),
        "pangkat": f"{bank.PANGKAT[gol]}, {gol}",
        "jabatan": jabatan,
        "unit": f"{bank.UNIT[unit]} {bank.KABUPATEN}",
    }


IDENT = [
    ("nama", "NAMA"),
    ("nip", "NIP"),
    ("pangkat", "PANGKAT/GOL RUANG"),
    ("jabatan", "JABATAN"),
    ("unit", "UNIT KERJA"),
]


# ---------------------------------------------------------------- model of an 8/2021 SKP


def kategori(aspek: str, n: int, unit: str) -> dict:
    if aspek == "Kualitas":
        return {
            "sk": f"< {n - 20} %",
            "k": f"{n - 20} - {n - 11} %",
            "c": f"{n - 10} - {n - 1} %",
            "b": f"{n} %",
            "sb": f"> {n} %",
        }
    if aspek == "Waktu":
        s = max(1, n // 4)
        return {
            "sk": f"> {n + 2 * s} {unit}",
            "k": f"{n + s + 1} - {n + 2 * s} {unit}" if s > 1 else f"{n + 2} {unit}",
            "c": f"{n + 1} - {n + s} {unit}" if s > 1 else f"{n + 1} {unit}",
            "b": f"{n} {unit}",
            "sb": f"< {n} {unit}",
        }
    t = f"{n:,}".replace(",", ".")
    if n < 4:
        return {"sk": "", "k": "", "c": f"< {n} {unit}", "b": f"{t} {unit}", "sb": f"> {n} {unit}"}
    a, b = n // 2, (3 * n) // 4
    return {
        "sk": f"< {a} {unit}",
        "k": f"{a} - {b - 1} {unit}" if b - 1 > a else f"{a} {unit}",
        "c": f"{b} - {n - 1} {unit}" if n - 1 > b else f"{b} {unit}",
        "b": f"{t} {unit}",
        "sb": f"> {t} {unit}",
    }


ASPEK_PP46 = {"Kuantitas": "Kuant/Output", "Kualitas": "Kual/Mutu", "Waktu": "Waktu"}


def build_8(rng: random.Random, form: str, role: str, var: set[str], n_rk: int) -> dict:
    jab, gol, unit, pjab, pgol, punit = bank.ROLES[role]
    m = {
        "form": form,
        "jenis": form.split("-")[0],
        "model": form.split("-")[1],
        "var": var,
        "peg": person(rng, jab, gol, unit),
        "pen": person(rng, pjab, pgol, punit),
        "rks": [],
    }
    kegiatan = "kegiatan_dalam_rk" in var
    if m["jenis"] == "jpt":
        for persp, rk, rk_k, ikis in bank.JPT[role][:n_rk]:
            m["rks"].append(
                {
                    "persp": persp,
                    "rk": rk_k if kegiatan else rk,
                    "ikis": [{"iki": i, "target": t, "aspek": None} for i, t in ikis],
                }
            )
        return m
    for atasan, rk, rk_k, ikis, (data, sumber, waktu), butir in bank.RK[role][:n_rk]:
        rows = []
        for aspek, spec in zip(("Kuantitas", "Kualitas", "Waktu"), ikis, strict=True):
            if aspek == "Kuantitas":
                iki, n, unit = spec
            elif aspek == "Kualitas":
                (iki, n), unit = spec, "%"
            else:
                iki, n = spec[0], spec[1]
                unit = spec[2] if len(spec) > 2 else "bulan"
            target = f"{n:,}".replace(",", ".") + (" %" if unit == "%" else f" {unit}")
            rows.append(
                {
                    "iki": iki,
                    "aspek": ASPEK_PP46[aspek] if "aspek_pp46" in var else aspek,
                    "aspek_kind": aspek,
                    "target": target,
                    "n": n,
                    **kategori(aspek, n, unit),
                }
            )
        m["rks"].append(
            {
                "atasan": atasan,
                "rk": rk_k if kegiatan else rk,
                "ikis": rows,
                "data": data,
                "sumber": sumber,
                "waktu": waktu,
                "butir": list(butir),
            }
        )
    return m


def apply_defect(m: dict, code: str) -> tuple:
    """Write the defect into the model; returns the cell key where SPEC reports it."""
    rks = m["rks"]
    if code == "rk-atasan-kosong":
        rks[1]["atasan"] = ""
        return ("atasan", 1)
    if code == "target-tanpa-satuan":
        rks[0]["ikis"][0]["target"] = str(rks[0]["ikis"][0]["n"])
        return ("target", 0, 0)
    if code == "predikat-tidak-sesuai":
        m["predikat"] = "Sangat Baik"
        return ("predikat",)
    if code == "kategori-tidak-membedakan":
        rks[0]["ikis"][0]["sb"] = rks[0]["ikis"][0]["target"]
        return ("sb", 0, 0)
    if code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        return ("rk", 1)
    if code == "nip-tidak-valid":
        nip = m["peg"]["nip"]
        m["peg"]["nip"] = nip[:13] + "13" + nip[15:]  # TMT month 13
        return ("id", "peg", "nip")
    if code == "cara-memantau-kosong":
        rks[1]["sumber"] = ""
        return ("sumber", 1)
    if code == "rk-berbasis-aktivitas":
        rks[0]["rk"] = "Melaksanakan kegiatan promosi investasi daerah"
        return ("rk", 0)
    if code == "iki-tanpa-target":
        rks[2]["ikis"][0]["target"] = ""
        return ("target", 2, 0)
    if code == "perspektif-tidak-valid":
        rks[2]["persp"] = "Pelayanan Publik"
        return ("persp", 2)
    if code == "manual-iki-kosong":
        m["manual_kosong"] = (0, 0, "FORMULA")
        return ("manual", 0, 0, "FORMULA")
    raise ValueError(code)


# ---------------------------------------------------------------- writing helpers


def put(
    ws,
    r: int,
    c: int,
    v,
    *,
    bold=False,
    box=False,
    head=False,
    to_c: int | None = None,
    to_r: int | None = None,
):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = CENTER if head else WRAP
    if bold or head:
        cell.font = BOLD
    if head:
        cell.fill = HEAD_FILL
    if (to_c and to_c > c) or (to_r and to_r > r):
        ws.merge_cells(start_row=r, start_column=c, end_row=to_r or r, end_column=to_c or c)
    if box:
        for rr in range(r, (to_r or r) + 1):
            for cc in range(c, (to_c or c) + 1):
                ws.cell(row=rr, column=cc).border = BOX
    return cell


def periode(year: int) -> str:
    return f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {year}"


def kop(ws, title: str, width: int, year: int, r: int = 1) -> int:
    put(ws, r, 1, title, bold=True, to_c=width)
    put(ws, r + 1, 1, bank.PEMDA, bold=True, to_c=width)
    put(ws, r + 2, 1, periode(year), to_c=width)
    return r + 4


def identity(ws, m: dict, r: int, cells: dict | None, sheet: str) -> int:
    put(ws, r, 1, "NO", head=True, box=True)
    put(ws, r, 2, "PEGAWAI YANG DINILAI", head=True, box=True, to_c=3)
    put(ws, r, 4, "NO", head=True, box=True)
    put(ws, r, 5, "PEJABAT PENILAI KINERJA", head=True, box=True, to_c=6)
    for i, (key, label) in enumerate(IDENT, start=1):
        row = r + i
        for who, c0 in (("peg", 1), ("pen", 4)):
            put(ws, row, c0, i, box=True)
            put(ws, row, c0 + 1, label, box=True)
            put(ws, row, c0 + 2, m[who][key], box=True)
            if cells is not None:
                cells[("id", who, key)] = (sheet, f"{get_column_letter(c0 + 2)}{row}")
                cells[("idlabel", who, key)] = (sheet, f"{get_column_letter(c0 + 1)}{row}")
    return r + 7


def signature(ws, m: dict, r: int, right: int, date: str) -> int:
    put(ws, r, right, f"{bank.KOTA}, {date}")
    put(ws, r + 1, 2, "Pegawai yang Dinilai,")
    put(ws, r + 1, right, "Pejabat Penilai Kinerja,")
    put(ws, r + 5, 2, m["peg"]["nama"], bold=True)
    put(ws, r + 5, right, m["pen"]["nama"], bold=True)
    put(ws, r + 6, 2, f"NIP. {m['peg']['nip']}")
    put(ws, r + 6, right, f"NIP. {m['pen']['nip']}")
    return r + 7


def widths(ws, ws_widths: list[int]) -> None:
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------- 8/2021 sheets

HEAD = {
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "persp": "PERSPEKTIF",
    "sk": "SANGAT KURANG",
    "k": "KURANG",
    "c": "CUKUP",
    "b": "BAIK",
    "sb": "SANGAT BAIK",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
}
WIDTH = {
    "no": 5,
    "atasan": 30,
    "rk": 34,
    "aspek": 12,
    "iki": 34,
    "target": 14,
    "persp": 20,
    "sk": 11,
    "k": 11,
    "c": 11,
    "b": 11,
    "sb": 11,
    "data": 18,
    "sumber": 18,
    "waktu": 18,
}
PER_RK = {"no", "atasan", "rk", "persp", "data", "sumber", "waktu"}


def columns(m: dict) -> list[str]:
    if m["jenis"] == "jpt":
        return (["persp"] if m["model"] == "pengembangan" else []) + ["no", "rk", "iki", "target"]
    cols = ["no", "atasan", "rk", "aspek", "iki", "target"]
    if m["model"] == "pengembangan":
        cols += ["sk", "k", "c", "b", "sb", "data", "sumber", "waktu"]
    return cols


def title_of(m: dict) -> str:
    if "judul_sasaran_kinerja" in m["var"]:
        return "SASARAN KINERJA PEGAWAI"
    suffix = {"jpt": "PEJABAT PIMPINAN TINGGI", "ja": "PEJABAT ADMINISTRASI", "jf": "JABATAN FUNGSIONAL"}
    return f"RENCANA SASARAN KINERJA PEGAWAI {suffix[m['jenis']]}"


def write_plan(ws, m: dict, cells: dict) -> None:
    sheet = ws.title
    cols = columns(m)
    width = max(len(cols), 6)
    r = kop(ws, title_of(m), width, bank.TAHUN)
    r = identity(ws, m, r, cells, sheet)
    two = "sk" in cols
    for c, key in enumerate(cols, start=1):
        text = HEAD[key]
        if key == "rk" and "catatan_hasil_kerja" in m["var"]:
            text = "RENCANA KINERJA\n(Hasil Kerja)"
        if two and key in ("sk", "k", "c", "b", "sb", "data", "sumber", "waktu"):
            put(ws, r + 1, c, text, head=True, box=True)
        else:
            put(ws, r, c, text, head=True, box=True, to_r=r + 1 if two else None)
    if two:
        put(
            ws,
            r,
            cols.index("sk") + 1,
            "KATEGORI PENILAIAN KINERJA",
            head=True,
            box=True,
            to_c=cols.index("sb") + 1,
        )
        put(
            ws,
            r,
            cols.index("data") + 1,
            "CARA MEMANTAU KINERJA",
            head=True,
            box=True,
            to_c=cols.index("waktu") + 1,
        )
    r += 2 if two else 1
    put(ws, r, 1, "A. KINERJA UTAMA", bold=True, box=True, to_c=len(cols))
    r += 1
    for i, rk in enumerate(m["rks"]):
        n = len(rk["ikis"])
        for c, key in enumerate(cols, start=1):
            if key in PER_RK:
                v = i + 1 if key == "no" else rk.get(key, "")
                put(ws, r, c, v if v != "" else None, box=True, to_r=r + n - 1)
                cells[(key, i)] = (sheet, f"{get_column_letter(c)}{r}")
        for j, ik in enumerate(rk["ikis"]):
            for c, key in enumerate(cols, start=1):
                if key not in PER_RK:
                    v = ik.get(key)
                    put(ws, r + j, c, v if v != "" else None, box=True)
                    cells[(key, i, j)] = (sheet, f"{get_column_letter(c)}{r + j}")
        r += n
    put(ws, r, 1, "B. KINERJA TAMBAHAN", bold=True, box=True, to_c=len(cols))
    for c in range(1, len(cols) + 1):
        put(ws, r + 1, c, None, box=True)
    signature(ws, m, r + 3, max(4, len(cols) - 2), f"2 Januari {bank.TAHUN}")
    widths(ws, [WIDTH[k] for k in cols] + [14] * (6 - len(cols)))


def write_ak(ws, m: dict, cells: dict) -> None:
    r = kop(ws, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 6, bank.TAHUN)
    r = identity(ws, m, r, None, ws.title)
    put(ws, r, 1, f"TANGGAL PENGAJUAN : 5 Januari {bank.TAHUN}", to_c=4)
    r += 2
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        put(ws, r, c, h, head=True, box=True)
    put(ws, r + 1, 1, "KINERJA UTAMA", bold=True, box=True, to_c=5)
    r += 2
    no = 0
    for rk in m["rks"]:
        if not rk["butir"]:
            continue
        no += 1
        n = len(rk["butir"])
        put(ws, r, 1, no, box=True, to_r=r + n - 1)
        put(ws, r, 2, rk["rk"], box=True, to_r=r + n - 1)
        for j, (butir, output, ak) in enumerate(rk["butir"]):
            put(ws, r + j, 3, butir, box=True)
            put(ws, r + j, 4, output, box=True)
            put(ws, r + j, 5, ak, box=True)
        r += n
    signature(ws, m, r + 2, 4, f"5 Januari {bank.TAHUN}")
    widths(ws, [5, 36, 34, 20, 14, 30])


MANUAL = [
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


def manual_values(rk: dict, ik: dict) -> dict:
    target = ik["target"] or "-"
    unit = "%" if "%" in target else (target.split(" ", 1)[1] if " " in target else "-")
    return {
        "RENCANA KINERJA": rk["rk"],
        "DESKRIPSI RENCANA KINERJA": f"Kondisi yang dicapai: {rk['rk'].lower()} pada tahun {bank.TAHUN}.",
        "INDIKATOR KINERJA INDIVIDU": ik["iki"],
        "DEFINISI IKI": f"{ik['iki']} selama periode penilaian sesuai data resmi perangkat daerah.",
        "FORMULA": f"Realisasi {ik['iki'].lower()} dibandingkan dengan target x 100 %",
        "TUJUAN": "Mengukur keberhasilan perangkat daerah mencapai sasaran strategis Renstra.",
        "SATUAN PENGUKURAN": unit,
        "JENIS ASPEK TARGET": "Kuantitas",
        "TINGKAT KENDALI IKI": "Moderate",
        "SUMBER DATA": "Laporan kinerja perangkat daerah",
        "PERIODE PELAPORAN": "Triwulanan",
    }


def write_manual(ws, m: dict, cells: dict) -> None:
    put(ws, 1, 1, "MANUAL INDIKATOR KINERJA", bold=True, to_c=3)
    put(ws, 2, 1, periode(bank.TAHUN), to_c=3)
    r = 4
    k = 0
    for i, rk in enumerate(m["rks"]):
        for j, ik in enumerate(rk["ikis"]):
            k += 1
            vals = manual_values(rk, ik)
            put(ws, r, 1, k, box=True, to_r=r + len(MANUAL) - 1)
            for d, label in enumerate(MANUAL):
                v = vals[label]
                if m.get("manual_kosong") == (i, j, label):
                    v = None
                put(ws, r + d, 2, label, box=True)
                put(ws, r + d, 3, v, box=True)
                cells[("manual", i, j, label)] = (ws.title, f"C{r + d}")
            r += len(MANUAL) + 1
    widths(ws, [5, 30, 70])


PEN_COLS = [
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


def write_penilaian(ws, m: dict, cells: dict) -> None:
    """Realisasi equal to the target on every IKI: capaian 100 % (also for Waktu, kondisi khusus), Baik, 109
    (SPEC §6.2); nilai RK 109, nilai tertimbang 109 / jumlah RK, Nilai Akhir SKP 109; perilaku 104; nilai
    kinerja 0,7 × 109 + 0,3 × 104 = 107,5 → Baik (SPEC §6.4)."""
    r = kop(ws, "PENILAIAN SASARAN KINERJA PEGAWAI", 13, bank.TAHUN)
    r = identity(ws, m, r, None, ws.title)
    for c, h in enumerate(PEN_COLS, start=1):
        put(ws, r, c, h, head=True, box=True)
    put(ws, r + 1, 1, "A. KINERJA UTAMA", bold=True, box=True, to_c=13)
    r += 2
    n_rk = len(m["rks"])
    for i, rk in enumerate(m["rks"]):
        n = len(rk["ikis"])
        put(ws, r, 1, i + 1, box=True, to_r=r + n - 1)
        put(ws, r, 2, rk["atasan"] or None, box=True, to_r=r + n - 1)
        put(ws, r, 3, rk["rk"], box=True, to_r=r + n - 1)
        for j, ik in enumerate(rk["ikis"]):
            for c, v in enumerate(
                [ik["aspek"], ik["iki"], ik["target"], ik["target"], "100 %", "Baik", 109], start=4
            ):
                put(ws, r + j, c, v, box=True)
        put(ws, r, 11, "Baik", box=True, to_r=r + n - 1)
        put(ws, r, 12, 109, box=True, to_r=r + n - 1)
        put(ws, r, 13, round(109 / n_rk, 2), box=True, to_r=r + n - 1)
        r += n
    put(ws, r, 1, "B. KINERJA TAMBAHAN", bold=True, box=True, to_c=13)
    for c in range(1, 14):
        put(ws, r + 1, c, None, box=True)
    r += 2
    rows = [
        ("NILAI AKHIR SKP", 109),
        ("NILAI PERILAKU KERJA", 104),
        ("NILAI KINERJA (70 % NILAI SKP + 30 % NILAI PERILAKU KERJA)", 107.5),
        ("PREDIKAT KINERJA PEGAWAI", m.get("predikat", "Baik")),
    ]
    for label, v in rows:
        put(ws, r, 1, label, bold=True, box=True, to_c=12)
        put(ws, r, 13, v, bold=True, box=True)
        if label.startswith("PREDIKAT"):
            cells[("predikat",)] = (ws.title, f"M{r}")
        r += 1
    signature(ws, m, r + 1, 10, f"31 Desember {bank.TAHUN}")
    widths(ws, [5, 28, 30, 12, 30, 12, 12, 10, 12, 10, 12, 10, 12])


def write_perilaku(ws, m: dict) -> None:
    r = kop(ws, "PENILAIAN PERILAKU KERJA", 4, bank.TAHUN)
    r = identity(ws, m, r, None, ws.title)
    for c, h in enumerate(["NO", "ASPEK PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN", "NILAI"], start=1):
        put(ws, r, c, h, head=True, box=True)
    r += 1
    for i, (aspek, ekspektasi, nilai) in enumerate(bank.PERILAKU, start=1):
        for c, v in enumerate([i, aspek, ekspektasi, nilai], start=1):
            put(ws, r, c, v, box=True)
        r += 1
    put(ws, r, 1, "NILAI PERILAKU KERJA (RATA-RATA)", bold=True, box=True, to_c=3)
    put(ws, r, 4, 104, bold=True, box=True)
    widths(ws, [5, 26, 60, 10])


# ---------------------------------------------------------------- other regimes as grids


def grid_pp46(m: dict, year: int, staf: bool = False) -> list[list]:
    pen, peg = m["pen"], m["peg"]
    g: list[list] = [["FORMULIR SASARAN KERJA"], ["PEGAWAI NEGERI SIPIL"], []]
    if staf:
        g.insert(2, [f"TAHUN {year}"])
    g.append(["NO", "I. PEJABAT PENILAI", None, "NO", "II. PEGAWAI NEGERI SIPIL YANG DINILAI"])
    labels = ["Nama", "NIP", "Pangkat/Gol.Ruang", "Jabatan", "Unit Kerja"]
    for i, (key, label) in enumerate(
        zip(("nama", "nip", "pangkat", "jabatan", "unit"), labels, strict=True), start=1
    ):
        g.append([i, label, pen[key], i, label, peg[key]])
    g.append([])
    g.append(["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"])
    g.append([None, None, None, "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"])
    for i, row in enumerate(bank.PP46_KEGIATAN, start=1):
        keg, ak, kuant, kual, waktu, biaya = row
        g.append([i, keg, ak, kuant, kual, waktu, biaya])
    g.append([])
    g.append([None, None, None, None, f"{bank.KOTA}, 2 Januari {year}"])
    g.append([None, "Pejabat Penilai,", None, None, "Pegawai Negeri Sipil Yang Dinilai,"])
    g += [[], [], []]
    g.append([None, pen["nama"], None, None, peg["nama"]])
    g.append([None, f"NIP. {pen['nip']}", None, None, f"NIP. {peg['nip']}"])
    return g


def grid_pp46_penilaian(m: dict, year: int) -> list[list]:
    g: list[list] = [
        ["PENILAIAN CAPAIAN SASARAN KERJA"],
        ["PEGAWAI NEGERI SIPIL"],
        [f"Jangka Waktu Penilaian 2 Januari s.d. 31 Desember {year}"],
        [],
    ]
    g.append(
        [
            "NO",
            "I. KEGIATAN TUGAS JABATAN",
            "AK",
            "TARGET",
            None,
            None,
            None,
            "AK",
            "REALISASI",
            None,
            None,
            None,
            "PERHITUNGAN",
            "NILAI CAPAIAN SKP",
        ]
    )
    sub = ["KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"]
    g.append([None, None, None, *sub, None, *sub])
    for i, (keg, ak, kuant, kual, waktu, biaya) in enumerate(bank.PP46_KEGIATAN, start=1):
        g.append([i, keg, ak, kuant, kual, waktu, biaya, ak, kuant, kual, waktu, biaya, 276, 92])
    g.append([])
    g.append(
        [None, "NILAI CAPAIAN SKP", None, None, None, None, None, None, None, None, None, None, None, 92]
    )
    g.append([None, None, None, None, None, None, None, None, None, None, None, None, None, "(Sangat Baik)"])
    g.append([None, None, None, None, None, None, None, None, None, f"{bank.KOTA}, 31 Desember {year}"])
    g.append([None, None, None, None, None, None, None, None, None, "Pejabat Penilai,"])
    g += [[], [], [None, None, None, None, None, None, None, None, None, m["pen"]["nama"]]]
    return g


def grid_6_2022(m: dict, year: int, style: str) -> list[list]:
    pen, peg = m["pen"], m["peg"]
    if style == "ekinerja":
        g: list[list] = [
            ["SASARAN KINERJA PEGAWAI"],
            ["PENDEKATAN HASIL KERJA KUANTITATIF"],
            [bank.PEMDA],
            [f"PERIODE: 1 JANUARI SD 31 DESEMBER {year}"],
            [],
        ]
    else:
        g = [
            ["SASARAN KINERJA PEGAWAI (SKP)"],
            ["BERDASARKAN PERMENPAN RB NOMOR 6 TAHUN 2022"],
            [f"PERIODE PENILAIAN : 02 Januari {year} s.d. 31 Desember {year}"],
            [],
        ]
    g.append(["NO", "PEGAWAI YANG DINILAI", None, "NO", "PEJABAT PENILAI KINERJA"])
    for i, (key, label) in enumerate(IDENT, start=1):
        g.append([i, label, peg[key], i, label, pen[key]])
    g.append([])
    g.append(["HASIL KERJA"])
    if style == "ekinerja":
        g.append(
            [
                "NO",
                "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
                "RENCANA HASIL KERJA",
                "ASPEK",
                "INDIKATOR KINERJA INDIVIDU",
                "TARGET",
            ]
        )
    else:
        g.append(
            [
                "NO",
                "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
                "RENCANA HASIL KERJA",
                "INDIKATOR KINERJA INDIVIDU",
                "TARGET",
                "REALISASI BERDASARKAN BUKTI DUKUNG",
            ]
        )
    g.append(["A. UTAMA"])
    for i, rk in enumerate(m["rks"], start=1):
        for j, ik in enumerate(rk["ikis"]):
            first = j == 0
            if style == "ekinerja":
                g.append(
                    [
                        i if first else None,
                        rk["atasan"] if first else None,
                        rk["rk"] if first else None,
                        ik["aspek_kind"],
                        ik["iki"],
                        ik["target"],
                    ]
                )
            else:
                g.append(
                    [
                        i if first else None,
                        rk["atasan"] if first else None,
                        rk["rk"] if first else None,
                        ik["iki"],
                        ik["target"],
                        None,
                    ]
                )
    g.append(["B. TAMBAHAN"])
    g.append([])
    if style == "ekinerja":
        g.append(["PERILAKU KERJA"])
        g.append(["NO", "PERILAKU KERJA", None, "EKSPEKTASI KHUSUS PIMPINAN"])
        for i, (name, desc) in enumerate(bank.PERILAKU_6_2022, start=1):
            g.append([i, name, desc, "-"])
        g.append([])
        g.append(["LAMPIRAN SASARAN KINERJA PEGAWAI"])
        g.append(["DUKUNGAN SUMBER DAYA"])
        g.append([1, "Anggaran sub kegiatan pada DPA perangkat daerah"])
        g.append(["SKEMA PERTANGGUNGJAWABAN"])
        g.append([1, "Laporan bulanan kepada atasan langsung"])
        g.append(["KONSEKUENSI"])
        g.append([1, "Sesuai ketentuan peraturan perundang-undangan"])
        g.append([])
    g.append([None, None, None, None, f"{bank.KOTA}, 3 Januari {year}"])
    g.append([None, "Pegawai yang Dinilai", None, None, "Pejabat Penilai Kinerja"])
    g += [[], [], [None, peg["nama"], None, None, pen["nama"]]]
    g.append([None, f"NIP. {peg['nip']}", None, None, f"NIP. {pen['nip']}"])
    if style == "ekinerja":
        g.append([f"Dicetak melalui aplikasi e-Kinerja BKN pada 03-01-{year} 08:14"])
    return g


def grid_perilaku_6_2022(m: dict) -> list[list]:
    g: list[list] = [["PERILAKU KERJA"], [f"Nama : {m['peg']['nama']}"], []]
    g.append(["NO", "PERILAKU KERJA", "URAIAN", "EKSPEKTASI KHUSUS PIMPINAN", "UMPAN BALIK"])
    for i, (name, desc) in enumerate(bank.PERILAKU_6_2022, start=1):
        g.append([i, name, desc, "Sesuai dialog kinerja triwulan", None])
    return g


def write_grid(ws, g: list[list], heads: set[int] = frozenset()) -> None:
    for r, row in enumerate(g, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if r in heads:
                    cell.font = BOLD
    widths(ws, [5, 34, 30, 14, 30, 16, 12])


def html_page(title: str, g: list[list]) -> str:
    out = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=UTF-8">',
        f"<title>{html.escape(title)}</title></head>",
        "<body>",
        '<table border="1">',
    ]
    for row in g:
        cells = "".join(f"<td>{html.escape(str(v))}</td>" if v is not None else "<td></td>" for v in row)
        out.append(f"<tr>{cells}</tr>")
    out += ["</table>", "</body>", "</html>", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- workbooks


def old_model(rng: random.Random, m: dict) -> dict:
    """The same pegawai's plan of another year, for sheets kept beside this year's form."""
    jenis_role = {"ja": "pengelola_izin", "jf": "arsiparis", "jpt": "kabid_izin"}[m["jenis"]]
    old = build_8(rng, "ja-dasar", jenis_role, set(), 2)
    old["peg"], old["pen"] = dict(m["peg"]), dict(m["pen"])
    return old


def write_8(rng: random.Random, path: Path, m: dict) -> dict:
    cells: dict = {}
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    write_plan(ws, m, cells)
    if m["jenis"] == "jf":
        write_ak(wb.create_sheet("Angka Kredit"), m, cells)
    if m["jenis"] == "jpt":
        write_manual(wb.create_sheet("Manual IKI"), m, cells)
    if "perilaku_ekspektasi" in m["var"]:
        write_penilaian(wb.create_sheet("Penilaian SKP"), m, cells)
        write_perilaku(wb.create_sheet("Perilaku Kerja"), m)
    old = old_model(rng, m)
    if "lama_6_2022" in m["var"]:
        write_grid(
            wb.create_sheet(f"SKP {bank.TAHUN - 1} (lama)"), grid_6_2022(old, bank.TAHUN - 1, "ekinerja")
        )
    if "pp46_tersembunyi" in m["var"]:
        sh = wb.create_sheet("SKP 2021")
        write_grid(sh, grid_pp46(old, 2021))
        sh.sheet_state = "hidden"
    if "pp46_di_akhir" in m["var"]:
        write_grid(wb.create_sheet("SKP 2020"), grid_pp46(old, 2020))
    wb.active = 0
    wb.save(path)
    return cells


def template_model(kind: str) -> dict:
    ph = {
        "templat_kurawal": lambda key: "{{ " + key + " }}",
        "templat_isi": lambda key: "[isi]",
        "templat_titik": lambda key: "..............................",
        "templat_tanpa_isian": lambda key: "",
    }[kind]
    peg = {k: ph(k) for k, _ in IDENT}
    pen = {k: ph(k + "_penilai") for k, _ in IDENT}
    m = {"form": "ja-dasar", "jenis": "ja", "model": "dasar", "var": set(), "peg": peg, "pen": pen, "rks": []}
    if kind != "templat_tanpa_isian":
        for i in (1, 2):
            m["rks"].append(
                {
                    "atasan": ph(f"rk_atasan_{i}"),
                    "rk": ph(f"rencana_kinerja_{i}"),
                    "ikis": [
                        {"aspek": a, "iki": ph(f"iki_{i}_{j}"), "target": ph(f"target_{i}_{j}")}
                        for j, a in enumerate(("Kuantitas", "Kualitas", "Waktu"), start=1)
                    ],
                }
            )
    else:
        m["rks"].append({"atasan": "", "rk": "", "ikis": [{"aspek": "", "iki": "", "target": ""}]})
    return m


def write_lain(rng: random.Random, path: Path, kind: str) -> None:
    if kind == "kosong":
        wb = Workbook()
        wb.save(path)
        return
    if kind.startswith("templat"):
        wb = Workbook()
        write_plan(wb.active, template_model(kind), {})
        wb.active.title = "SKP"
        wb.save(path)
        return
    role = {
        "pp46_skp_staf": "pengelola_izin",
        "e6_ekinerja_jf": "arsiparis",
        "e6_instansi": "kasubbag_keu",
        "e6_instansi_evaluasi": "kabid_arsip",
        "e6_html_instansi": "perencana",
    }.get(kind, "kabid_izin")
    m = build_8(rng, "ja-dasar", role, set(), 3)
    if kind.endswith("_html") or kind.startswith("html") or kind == "e6_html_instansi":
        if kind == "pp46_html":
            text = html_page("SKP", grid_pp46(m, 2020))
        elif kind == "e6_html":
            text = html_page("Cetak SKP", grid_6_2022(m, 2025, "ekinerja"))
        elif kind == "e6_html_instansi":
            text = html_page("SKP", grid_6_2022(m, 2025, "instansi") + [[]] + grid_perilaku_6_2022(m))
        elif kind == "html_sesi":
            text = html_page(
                "e-Kinerja",
                [
                    ["Sesi Anda telah berakhir."],
                    ["Silakan masuk kembali untuk mengunduh dokumen SKP."],
                    ["Kembali ke halaman masuk"],
                ],
            )
        else:
            rows = [
                ["DAFTAR PEGAWAI"],
                [bank.UNIT["dpmptsp"]],
                [],
                ["NO", "NAMA", "NIP", "JABATAN", "STATUS"],
            ]
            for i in range(1, 9):
                p = person(
                    rng,
                    rng.choice(
                        [
                            "Pengelola Layanan Perizinan",
                            "Pengadministrasi Perkantoran",
                            "Analis Kebijakan Ahli Muda",
                        ]
                    ),
                    "III/a",
                    "dpmptsp",
                )
                rows.append([i, p["nama"], p["nip"], p["jabatan"], "PNS"])
            text = html_page("Daftar Pegawai", rows)
        path.write_text(text, encoding="utf-8")
        return
    wb = Workbook()
    ws = wb.active
    if kind == "pp46_lengkap":
        ws.title = "SKP"
        write_grid(ws, grid_pp46(m, 2019))
        write_grid(wb.create_sheet("PENGUKURAN"), grid_pp46_penilaian(m, 2019))
    elif kind in ("pp46_skp", "pp46_skp_staf"):
        ws.title = "SKP"
        write_grid(ws, grid_pp46(m, 2021 if kind == "pp46_skp_staf" else 2020, staf=kind == "pp46_skp_staf"))
    elif kind == "pp46_penilaian":
        ws.title = "Penilaian"
        write_grid(ws, grid_pp46_penilaian(m, 2020))
    elif kind in ("e6_ekinerja", "e6_ekinerja_jf"):
        ws.title = "SKP"
        write_grid(ws, grid_6_2022(m, 2024 if kind == "e6_ekinerja" else 2025, "ekinerja"))
    elif kind in ("e6_instansi", "e6_instansi_evaluasi"):
        ws.title = "SKP"
        write_grid(ws, grid_6_2022(m, 2025 if kind == "e6_instansi" else 2024, "instansi"))
        write_grid(wb.create_sheet("Perilaku Kerja"), grid_perilaku_6_2022(m))
    elif kind == "absensi":
        ws.title = "Januari"
        rows = [
            ["REKAPITULASI KEHADIRAN PEGAWAI"],
            [f"BULAN JANUARI {bank.TAHUN}"],
            [],
            ["NO", "NAMA", "NIP", "HADIR", "IZIN", "SAKIT", "ALPA"],
        ]
        for i in range(1, 11):
            p = person(rng, "Pengelola Layanan Perizinan", "III/a", "dpmptsp")
            rows.append(
                [i, p["nama"], p["nip"], rng.randint(18, 21), rng.randint(0, 2), rng.randint(0, 1), 0]
            )
        write_grid(ws, rows)
    else:
        raise ValueError(kind)
    wb.save(path)


# ---------------------------------------------------------------- manifest


def cell_of(cells: dict, key: tuple) -> tuple[str, str]:
    return cells[key]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_ch.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    files = []
    count: dict[str, int] = {}
    for form, role, codes, var in PLAN_8:
        count[form] = count.get(form, 0) + 1
        name = (
            f"{form}-{count[form]:02d}-skp{bank.TAHUN}-" + ("-".join(codes) if codes else "bersih") + ".xlsx"
        )
        n_rk = {"jpt-dasar": 3, "jpt-pengembangan": 5}.get(form, 2 if "perilaku_ekspektasi" in var else 3)
        m = build_8(rng, form, role, set(var), n_rk)
        keys = [apply_defect(m, c) for c in codes]
        cells = write_8(rng, a.keluaran / name, m)
        defects, boleh = [], []
        for code, key in zip(codes, keys, strict=True):
            sheet, cell = cells[key]
            alt = []
            if key[0] == "id":
                alt.append(dict(zip(("sheet", "cell"), cells[("idlabel", *key[1:])], strict=True)))
            defects.append(
                {"code": code, "severity": DEFECTS[code][0], "sheet": sheet, "cell": cell, "alt_cells": alt}
            )
            if code == "nip-tidak-valid":
                # the same NIP stands in the kop of the Angka Kredit sheet and in both signatures
                boleh.append({"code": "nip-tidak-valid"})
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not codes,
                "defects": defects,
                "boleh": boleh,
                "variasi": sorted(var),
                "peran": role,
                "jabatan": m["peg"]["jabatan"],
                "ketentuan": "8/2021",
            }
        )
    for i, (name, kind, code, var) in enumerate(PLAN_LAIN, start=1):
        name = f"lain-{i:02d}-{name}"
        write_lain(rng, a.keluaran / name, kind)
        d = {"code": code, "severity": "error", "sheet": None, "cell": None, "alt_cells": []}
        if kind in ANY_OF:
            d["any_of"] = ANY_OF[kind]
        ketentuan = "pp46" if "rezim_pp46" in var else "6/2022" if "rezim_6_2022" in var else None
        files.append(
            {
                "file": name,
                "form": None,
                "clean": False,
                "defects": [d],
                "boleh": [],
                "variasi": sorted(set(var) | {"kiriman_salah"}),
                "peran": kind,
                "jabatan": None,
                "ketentuan": ketentuan,
            }
        )
    manifest = {"set": SET_NAME, "seed": SEED, "files": files}
    a.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
