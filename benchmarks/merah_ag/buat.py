"""Set merah_ag: probe tim merah (kotak putih) untuk error dan peringatan palsu pada SKP JPT dan Penilaian.

Setiap berkas adalah satu SKP JPT (Model Dasar atau Pengembangan) yang sah: lembar SKP, Manual IKI dan
lembar Penilaian akhir periode, dengan satu kelompok tulisan yang wajar dari instansi (perspektif
``Stakeholder``/``Pelanggan``/``Keuangan``/``Pembelajaran dan Pertumbuhan`` digabung melintasi beberapa RK,
label Manual IKI bersinonim, target dari PK seperti ``Level 3`` atau ``Indeks 3,5``, realisasi ``12
laporan``/``0,95`` berformat %, kategori ``SB``/``B``, predikat di batas PP 30/2019, kolom triwulan).
Nilai yang ditulis dihitung di sini menurut SPEC §6 secara mandiri (bukan dengan mesin skp). Berkas bersih
tidak boleh mendapat error maupun peringatan; kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_ag/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import argparse
import copy
import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20261206

PEGAWAI = {
    "nama": "Ir. Hadi Prasetyo, M.T.",
    "nip": "19700101 199503 1 003",
    "pangkat": "Pembina Utama Muda, IV/c",
    "jabatan": "Kepala Dinas Komunikasi dan Informatika",
    "unit": "Dinas Komunikasi dan Informatika Kabupaten Sleman",
}
PENILAI = {
    "nama": "Drs. Kustini Sri Purnomo",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Bupati Sleman",
    "unit": "Pemerintah Kabupaten Sleman",
}
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
PERSPEKTIF = ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

# Each RK: perspektif index, RK text, [IKI: text, target, realisasi, khusus?]
RENCANA: list[dict[str, Any]] = [
    {
        "p": 0,
        "rk": "Meningkatnya kualitas layanan informasi publik",
        "iki": [
            ["Indeks keterbukaan informasi publik", "85 nilai", "85 nilai", False],
            ["Persentase permohonan informasi yang terlayani", "95 %", "95 %", False],
        ],
    },
    {
        "p": 1,
        "rk": "Terwujudnya tata kelola SPBE yang terpadu",
        "iki": [["Indeks SPBE Kabupaten", "3,5 indeks", "3,5 indeks", False]],
    },
    {
        "p": 2,
        "rk": "Meningkatnya kompetensi SDM aparatur bidang TIK",
        "iki": [["Jumlah aparatur bersertifikat kompetensi TIK", "40 orang", "44 orang", False]],
    },
    {
        "p": 3,
        "rk": "Terwujudnya akuntabilitas anggaran dinas",
        "iki": [["Persentase realisasi anggaran", "95 %", "90 %", False]],
    },
]
TAMBAHAN = [
    {
        "rk": "Terlaksananya peran sebagai narasumber seminar nasional SPBE",
        "iki": [["Jumlah seminar sebagai narasumber", "2 kegiatan", "2 kegiatan", False]],
    }
]
PERILAKU = 100.0  # nilai perilaku kerja written on the Penilaian sheet

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


# --- SPEC §6, computed independently ------------------------------------------------------------------


def half_up(x: float, d: int = 0) -> float:
    q = 10**d
    return math.floor(round(x * q, 9) + 0.5) / q


def number(text: str) -> tuple[float, float]:
    """(min, max) of a target or realisasi as written in this set (decimal comma, optional range)."""
    import re

    if isinstance(text, datetime):
        return (float(text.month), float(text.month))
    months = [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ]
    nums = [float(n.replace(".", "").replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)*", text)]
    for i, m in enumerate(months):
        if m in text.lower() and all(
            n >= 1900 for n in nums
        ):  # a deadline "Maret 2025", not "44 (s.d. Desember)"
            return (i + 1.0, i + 1.0)
    if not nums:
        return (math.nan, math.nan)  # "WTP": met, read as 100 %
    return (nums[0], nums[-1]) if len(nums) > 1 and ("-" in text or "–" in text) else (nums[0], nums[0])


def capaian(target: str, real: float, khusus: bool) -> float:
    lo, hi = number(target)
    if math.isnan(lo):
        return 100.0
    if lo != hi and lo <= real <= hi:
        return 100.0
    bound = hi if real > hi else lo
    return (1 + (1 - real / bound)) * 100 if khusus else real / bound * 100


def kategori_nilai(c: float) -> tuple[str, float]:
    c = half_up(c)
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", 110 + 10 / 9 * (c - 101)
    if c == 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", 70 + 19 / 19 * (c - 80)
    if c >= 60:
        return "Kurang", 50 + 19 / 19 * (c - 60)
    return "Sangat Kurang", c / 59 * 49


def f_tambahan(n: float) -> float:
    f = 100 if n >= 110 else 80 if n >= 90 else 60 if n >= 70 else 40 if n >= 50 else 20
    return f * 10 / 100 * n / 100


def predikat(n: float, ide: bool) -> str:
    n = half_up(n, 2)
    if n >= 110:
        return "Sangat Baik" if ide else "Baik"
    if n >= 90:
        return "Baik"
    if n >= 70:
        return "Butuh Perbaikan"
    if n >= 50:
        return "Kurang"
    return "Sangat Kurang"


def fmt(x: float, d: int = 2) -> str:
    s = f"{half_up(x, d):.{d}f}".replace(".", ",")
    return s.rstrip("0").rstrip(",") if "," in s else s


# --- the workbook --------------------------------------------------------------------------------------


def spec() -> dict[str, Any]:
    return {
        "model": "pengembangan",
        "rencana": copy.deepcopy(RENCANA),
        "tambahan": copy.deepcopy(TAMBAHAN),
        "persp_names": list(PERSPEKTIF),
        "persp_merge": False,
        "manual_labels": list(MANUAL_LABELS),
        "manual_values": {},
        "penilaian": True,
        "perilaku": PERILAKU,
        "ide_baru": None,  # None: no ide baru row; "Ya"/"Tidak"
        "tw": False,  # triwulan realisasi columns
        "real_fmt": {},  # (rk index, iki index) -> number format of a numeric realisasi
        "written": {},  # (rk, iki) -> dict overriding capaian/kategori/nilai texts
        "predikat_text": None,
        "nilai_akhir_text": None,
        "kategori_style": None,  # callable name: "upper", "abbr"
        "capaian_dec": 2,
        "numeric": False,  # capaian as a fraction in a %-cell, nilai as an unrounded number (formula results)
        "tw_values": False,  # quarters filled with cumulative realisasi instead of "-"
        "tambahan_nihil": False,  # no Kinerja Tambahan: one row "Nihil" under the section label
        "subtotals": False,  # NILAI KINERJA UTAMA / NILAI KINERJA TAMBAHAN rows above NILAI AKHIR SKP
        "labels": {},  # column labels written otherwise (both sheets)
        "pen_persp_merge": False,
        "jenis": [],  # JENIS RK per Kinerja Utama RK on the Penilaian sheet
        "jenis_ra": lambda j: (
            "aksi" in j.lower() or j.strip().upper() in ("RA", "RENAKSI")
        ),  # perspektif merged over its RK on the Penilaian sheet too
        "nilai_dec": 2,
    }


def put(ws: Any, r: int, c: int, v: Any, fmt_: str | None = None) -> str:
    cell = ws.cell(row=r, column=c, value=v)
    if fmt_:
        cell.number_format = fmt_
    return f"{get_column_letter(c)}{r}"


def header(ws: Any, title: str) -> int:
    put(ws, 1, 1, title)
    put(ws, 2, 1, "PEMERINTAH KABUPATEN SLEMAN")
    put(ws, 3, 1, PERIODE)
    put(ws, 5, 1, "NO")
    put(ws, 5, 2, "PEGAWAI YANG DINILAI")
    put(ws, 5, 5, "NO")
    put(ws, 5, 6, "PEJABAT PENILAI KINERJA")
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
    for i, (label, key) in enumerate(zip(labels, keys, strict=True)):
        r = 6 + i
        put(ws, r, 1, i + 1)
        put(ws, r, 2, label)
        put(ws, r, 4, PEGAWAI[key], "@" if key == "nip" else None)
        put(ws, r, 5, i + 1)
        put(ws, r, 6, label)
        put(ws, r, 7, PENILAI[key], "@" if key == "nip" else None)
    return 12


def write_skp(wb: Any, s: dict[str, Any], cells: dict[str, Any]) -> None:
    ws = wb.active
    ws.title = "SKP"
    r = header(ws, "RENCANA SASARAN KINERJA PEGAWAI")
    peng = s["model"] == "pengembangan"
    cols = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for i, label in enumerate(cols):
        label = s["labels"].get(label, label)
        put(ws, r, 1 + i, label)
        put(ws, r + 1, 1 + i, i + 1)
    off = 1 if peng else 0
    r += 2
    put(ws, r, 1, "A. KINERJA UTAMA")
    r += 1
    no = 0
    persp_start: dict[int, int] = {}
    last_p = None
    for k, rk in enumerate(s["rencana"]):
        no += 1
        first = r
        if peng:
            if s["persp_merge"] and rk["p"] == last_p:
                cells[f"persp_{k}"] = cells[f"persp_{k - 1}"]
            else:
                cells[f"persp_{k}"] = put(ws, r, 1, s["persp_names"][rk["p"]])
                persp_start[k] = r
            last_p = rk["p"]
        put(ws, r, 1 + off, no)
        put(ws, r, 2 + off, rk["rk"])
        for j, iki in enumerate(rk["iki"]):
            put(ws, r, 3 + off, iki[0])
            cells[f"skp_target_{k}_{j}"] = put(ws, r, 4 + off, iki[1])
            r += 1
        if len(rk["iki"]) > 1:
            ws.merge_cells(start_row=first, start_column=2 + off, end_row=r - 1, end_column=2 + off)
            ws.merge_cells(start_row=first, start_column=1 + off, end_row=r - 1, end_column=1 + off)
        rk["_rows"] = (first, r - 1)
    if peng and s["persp_merge"]:
        groups: dict[int, list[int]] = {}
        for rk in s["rencana"]:
            groups.setdefault(rk["p"], []).extend(rk["_rows"])
        for rows in groups.values():
            if max(rows) > min(rows):
                ws.merge_cells(start_row=min(rows), start_column=1, end_row=max(rows), end_column=1)
    elif peng:
        for rk in s["rencana"]:
            a, b = rk["_rows"]
            if b > a:
                ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    put(ws, r, 1, "B. KINERJA TAMBAHAN")
    r += 1
    if s["tambahan_nihil"]:
        put(ws, r, 2 + off, "Nihil")
        r += 1
    for k, rk in enumerate(s["tambahan"]):
        no += 1
        put(ws, r, 1 + off, no)
        put(ws, r, 2 + off, rk["rk"])
        for j, iki in enumerate(rk["iki"]):
            put(ws, r, 3 + off, iki[0])
            cells[f"skp_target_t{k}_{j}"] = put(ws, r, 4 + off, iki[1])
            r += 1
    r += 2
    put(ws, r, 2, "PEGAWAI YANG DINILAI")
    put(ws, r, 6, "PEJABAT PENILAI KINERJA")
    put(ws, r + 4, 2, PEGAWAI["nama"])
    put(ws, r + 4, 6, PENILAI["nama"])
    put(ws, r + 5, 2, "NIP. " + PEGAWAI["nip"])


def write_manual(wb: Any, s: dict[str, Any], cells: dict[str, Any]) -> None:
    ws = wb.create_sheet("Manual IKI")
    put(ws, 1, 1, "MANUAL INDIKATOR KINERJA")
    r = 3
    n = 0
    for rk in s["rencana"] + s["tambahan"]:
        for iki in rk["iki"]:
            n += 1
            put(ws, r, 1, n)
            values = [
                rk["rk"],
                f"Terwujudnya {rk['rk'][0].lower()}{rk['rk'][1:]} sesuai Renstra",
                iki[0],
                f"{iki[0]} pada akhir tahun",
                "Realisasi dibagi target dikali 100%",
                "Mengukur keberhasilan sasaran strategis",
                iki[1].split()[-1] if isinstance(iki[1], str) and " " in iki[1] else "Tanggal",
                "Kuantitas",
                "Terkendali penuh (controllable)",
                "Laporan kinerja perangkat daerah",
                "Triwulanan",
            ]
            for i, label in enumerate(s["manual_labels"]):
                put(ws, r + i, 2, label)
                v = s["manual_values"].get(MANUAL_LABELS[i], values[i])
                if v is not None:
                    put(ws, r + i, 3, v)
            ws.merge_cells(start_row=r, start_column=1, end_row=r + len(s["manual_labels"]) - 1, end_column=1)
            r += len(s["manual_labels"]) + 1


def kategori_text(name: str, style: str | None) -> str:
    if style == "upper":
        return name.upper()
    if style == "abbr":
        return {"Sangat Baik": "SB", "Baik": "B", "Cukup": "C", "Kurang": "K", "Sangat Kurang": "SK"}[name]
    return name


def write_penilaian(wb: Any, s: dict[str, Any], cells: dict[str, Any]) -> dict[str, Any]:
    ws = wb.create_sheet("Penilaian")
    put(ws, 1, 1, "PENILAIAN SASARAN KINERJA PEGAWAI")
    put(ws, 2, 1, PERIODE)
    peng = s["model"] == "pengembangan"
    labels = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    if s["jenis"]:
        labels.insert(labels.index("RENCANA KINERJA") + 1, "JENIS RK")
    r = 4
    c = 1
    col: dict[str, int] = {}
    for label in labels:
        put(ws, r, c, s["labels"].get(label, label))
        col[label] = c
        c += 1
    if s["tw"]:
        put(ws, r, c, s["labels"].get("REALISASI", "REALISASI"))
        for q, name in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
            put(ws, r + 1, c + q, name)
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 3)
        col["TW"] = c
        col["REALISASI"] = c + 3
        c += 4
    else:
        put(ws, r, c, s["labels"].get("REALISASI", "REALISASI"))
        col["REALISASI"] = c
        c += 1
    for label in ["CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI", "NILAI TERTIMBANG"]:
        put(ws, r, c, s["labels"].get(label, label))
        col[label] = c
        c += 1
    if s["tw"]:
        for label, cc in col.items():
            if label not in ("TW", "REALISASI") and (cc < col["TW"] or cc > col["REALISASI"]):
                ws.merge_cells(start_row=r, start_column=cc, end_row=r + 1, end_column=cc)
        r += 1
    r += 1
    put(ws, r, 1, "A. KINERJA UTAMA")
    r += 1
    rk_nilai: list[float] = []
    tambahan_share = 0.0
    no = 0
    sections = [("u", s["rencana"]), ("t", s["tambahan"])]
    rows_by_rk: list[tuple[str, int, list[int], float]] = []
    persp_rows: dict[int, list[int]] = {}
    for sec, rks in sections:
        if sec == "t":
            put(ws, r, 1, "B. KINERJA TAMBAHAN")
            r += 1
            if s["tambahan_nihil"]:
                put(ws, r, col["RENCANA KINERJA"], "Nihil")
                r += 1
        for k, rk in enumerate(rks):
            no += 1
            first = r
            if peng and sec == "u":
                group = s["pen_persp_merge"] and k > 0 and rks[k - 1]["p"] == rk["p"]
                if not group:
                    put(ws, r, col["PERSPEKTIF"], s["persp_names"][rk["p"]])
                    persp_rows[rk["p"]] = [r]
                persp_rows[rk["p"]].append(r + len(rk["iki"]) - 1)
            put(ws, r, col["NO"], no)
            put(ws, r, col["RENCANA KINERJA"], rk["rk"])
            if s["jenis"] and sec == "u":
                put(ws, r, col["JENIS RK"], s["jenis"][k])
            nilai_iki = []
            rows = []
            for j, iki in enumerate(rk["iki"]):
                text, target, real, khusus = iki[:4]
                put(ws, r, col["INDIKATOR KINERJA INDIVIDU"], text)
                put(ws, r, col["TARGET"], iki[4] if len(iki) > 4 else target)
                key = f"{sec}{k}_{j}"
                value = s["real_fmt"].get(key)
                if value is not None:
                    cells[f"real_{key}"] = put(ws, r, col["REALISASI"], value[0], value[1])
                    realnum = value[2]
                else:
                    cells[f"real_{key}"] = put(ws, r, col["REALISASI"], real)
                    realnum = number(real)[0]
                if s["tw"]:
                    for q in range(3):
                        part = "-"
                        if s["tw_values"] and isinstance(real, str) and not math.isnan(number(real)[0]):
                            unit = real.split()[-1] if " " in real else ""
                            frac = number(real)[0] * (q + 1) / 4
                            part = (fmt(frac, 0) + " " + unit).strip() if "%" not in real else real
                        put(ws, r, col["TW"] + q, part)
                cap = capaian(target, realnum, khusus)
                kat, nil = kategori_nilai(cap)
                w = s["written"].get(key, {})
                if s["numeric"]:
                    cells[f"cap_{key}"] = put(ws, r, col["CAPAIAN IKI"], cap / 100, "0.00%")
                    cells[f"nil_{key}"] = put(ws, r, col["NILAI CAPAIAN IKI"], nil, "0.00")
                else:
                    cap_text = w.get("capaian", fmt(cap, s["capaian_dec"]) + " %")
                    cells[f"cap_{key}"] = put(ws, r, col["CAPAIAN IKI"], cap_text) if cap_text else None
                    cells[f"nil_{key}"] = put(
                        ws, r, col["NILAI CAPAIAN IKI"], w.get("nilai", fmt(nil, s["nilai_dec"]))
                    )
                cells[f"kat_{key}"] = put(
                    ws,
                    r,
                    col["KATEGORI CAPAIAN IKI"],
                    w.get("kategori", kategori_text(kat, s["kategori_style"])),
                )
                if w.get("nilai"):
                    nil = float(w["nilai"].replace(",", "."))
                nilai_iki.append(nil)
                rows.append(r)
                r += 1
            n_rk = sum(nilai_iki) / len(nilai_iki)
            rows_by_rk.append((sec, first, rows, n_rk))
            if sec == "u":
                rk_nilai.append(n_rk)
            else:
                tambahan_share += f_tambahan(n_rk)
            if len(rows) > 1:
                merged = peng and not s["pen_persp_merge"] and sec == "u"
                for name in ("NO", "RENCANA KINERJA") + (("PERSPEKTIF",) if merged else ()):
                    ws.merge_cells(
                        start_row=first, start_column=col[name], end_row=r - 1, end_column=col[name]
                    )
    if s["pen_persp_merge"]:
        for rows_p in persp_rows.values():
            if max(rows_p) > min(rows_p):
                c = col["PERSPEKTIF"]
                ws.merge_cells(start_row=min(rows_p), start_column=c, end_row=max(rows_p), end_column=c)
    utama = sum(rk_nilai) / len(rk_nilai)
    weight = [1 / len(rk_nilai)] * len(rk_nilai)
    if s["jenis"]:  # SPEC §6.3: PK-based RK 60 %, rencana aksi 40 %
        ra = [s["jenis_ra"](j) for j in s["jenis"]]
        n_ra = sum(ra)
        weight = [0.4 / n_ra if is_ra else 0.6 / (len(ra) - n_ra) for is_ra in ra]
        utama = sum(w * n for w, n in zip(weight, rk_nilai, strict=True))
    shares_u = iter(weight)
    for sec, first, rows, n_rk in rows_by_rk:
        share = next(shares_u) * n_rk if sec == "u" else f_tambahan(n_rk)
        put(ws, first, col["NILAI TERTIMBANG"], fmt(share))
        if len(rows) > 1:
            ws.merge_cells(
                start_row=first,
                start_column=col["NILAI TERTIMBANG"],
                end_row=rows[-1],
                end_column=col["NILAI TERTIMBANG"],
            )
    nilai_skp = min(utama + min(tambahan_share, 10), 120)
    last = col["NILAI TERTIMBANG"]
    if s["subtotals"]:
        put(ws, r, 1, "NILAI KINERJA UTAMA")
        put(ws, r, last, fmt(utama))
        put(ws, r + 1, 1, "NILAI KINERJA TAMBAHAN")
        put(ws, r + 1, last, fmt(min(tambahan_share, 10)))
        r += 2
    put(ws, r, 1, "NILAI AKHIR SKP")
    cells["nilai_akhir"] = put(ws, r, last, s["nilai_akhir_text"] or fmt(nilai_skp))
    put(ws, r + 1, 1, "NILAI PERILAKU KERJA")
    put(ws, r + 1, last, fmt(s["perilaku"]))
    nk = half_up(0.7 * half_up(nilai_skp, 2) + 0.3 * s["perilaku"], 2)
    put(ws, r + 2, 1, "NILAI KINERJA PEGAWAI")
    put(ws, r + 2, last, fmt(nk))
    rr = r + 3
    if s["ide_baru"] is not None:
        put(ws, rr, 1, "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI")
        put(ws, rr, last, s["ide_baru"])
        rr += 1
    put(ws, rr, 1, "PREDIKAT KINERJA PEGAWAI")
    cells["predikat"] = put(ws, rr, last, s["predikat_text"] or predikat(nk, s["ide_baru"] == "Ya"))
    return {"nilai_skp": nilai_skp, "nilai_kinerja": nk}


def build(s: dict[str, Any], path: Path) -> dict[str, Any]:
    wb = openpyxl.Workbook()
    cells: dict[str, Any] = {}
    write_skp(wb, s, cells)
    write_manual(wb, s, cells)
    info = {}
    if s["penilaian"]:
        info = write_penilaian(wb, s, cells)
    wb.save(path)
    return {"cells": cells, **info}


# --- probes ---------------------------------------------------------------------------------------------

Probe = tuple[str, str, bool, Any, list[dict[str, Any]]]  # name, uraian, clean, mutate(spec), defects


def _rk8(s: dict[str, Any]) -> None:
    """Two RK per perspektif."""
    extra = [
        {
            "p": 0,
            "rk": "Meningkatnya kepuasan masyarakat atas layanan pengaduan",
            "iki": [["Indeks kepuasan masyarakat", "80 - 90 %", "85 %", False]],
        },
        {
            "p": 1,
            "rk": "Terwujudnya sistem pemerintahan berbasis elektronik yang andal",
            "iki": [["Persentase layanan publik berbasis elektronik", "75 %", "78 %", False]],
        },
        {
            "p": 2,
            "rk": "Meningkatnya budaya kerja aparatur dinas",
            "iki": [["Indeks profesionalitas ASN dinas", "80 nilai", "82 nilai", False]],
        },
        {
            "p": 3,
            "rk": "Terwujudnya pengelolaan aset yang tertib",
            "iki": [["Persentase aset yang tercatat dalam SIMDA BMD", "100 %", "100 %", False]],
        },
    ]
    s["rencana"] = sorted(s["rencana"] + extra, key=lambda rk: rk["p"])


def _set(key: str, value: Any) -> Any:
    def f(s: dict[str, Any]) -> None:
        s[key] = value

    return f


def _chain(*fs: Any) -> Any:
    def f(s: dict[str, Any]) -> None:
        for g in fs:
            g(s)

    return f


def _iki(k: int, j: int, **kw: Any) -> Any:
    """Change IKI j of RK k: text, target, realisasi, khusus, penilaian target."""
    idx = {"text": 0, "target": 1, "real": 2, "khusus": 3}

    def f(s: dict[str, Any]) -> None:
        iki = s["rencana"][k]["iki"][j]
        for name, v in kw.items():
            if name == "ptarget":
                while len(iki) < 5:
                    iki.append(None)
                iki[4] = v
            else:
                iki[idx[name]] = v

    return f


def _real(key: str, value: Any, fmt_: str | None, num: float) -> Any:
    def f(s: dict[str, Any]) -> None:
        s["real_fmt"][key] = (value, fmt_, num)

    return f


def _written(key: str, **kw: str) -> Any:
    def f(s: dict[str, Any]) -> None:
        s["written"].setdefault(key, {}).update(kw)

    return f


def _perilaku_for(target_nk: float) -> Any:
    """Set the nilai perilaku so that nilai kinerja lands on ``target_nk`` (given the base Nilai SKP)."""

    def f(s: dict[str, Any]) -> None:
        s["_target_nk"] = target_nk

    return f


PROBES: list[Probe] = [
    (
        "01-jpt-pengembangan-dasar",
        "JPT Model Pengembangan yang sah, perspektif baku, satu per RK",
        True,
        None,
        [],
    ),
    (
        "02-perspektif-stakeholder-keuangan",
        "perspektif `Stakeholder`, `Proses Bisnis`, `Pembelajaran dan Pertumbuhan`, `Keuangan`",
        True,
        _set("persp_names", ["Stakeholder", "Proses Bisnis", "Pembelajaran dan Pertumbuhan", "Keuangan"]),
        [],
    ),
    (
        "03-perspektif-bsc-pelanggan",
        "perspektif BSC `Pelanggan`, `Proses Bisnis Internal`, `Pembelajaran dan Pertumbuhan`, `Keuangan`",
        True,
        _set(
            "persp_names", ["Pelanggan", "Proses Bisnis Internal", "Pembelajaran dan Pertumbuhan", "Keuangan"]
        ),
        [],
    ),
    (
        "04-perspektif-digabung",
        "delapan RK, perspektif digabung (merge) melintasi dua RK",
        True,
        _chain(_rk8, _set("persp_merge", True)),
        [],
    ),
    (
        "05-perspektif-berawalan",
        "perspektif `PERSPEKTIF STAKEHOLDER`, `Perspektif Proses Bisnis`, `Perspektif "
        "Penguatan Internal`, `Perspektif Anggaran`",
        True,
        _set(
            "persp_names",
            [
                "PERSPEKTIF STAKEHOLDER",
                "Perspektif Proses Bisnis",
                "Perspektif Penguatan Internal",
                "Perspektif Anggaran",
            ],
        ),
        [],
    ),
    (
        "06-perspektif-bernomor-garis-miring",
        "perspektif `1. Stakeholder/Penerima Layanan`, `2. Proses Bisnis`, "
        "`3. Penguatan Internal`, `4. Keuangan/Anggaran`",
        True,
        _set(
            "persp_names",
            [
                "1. Stakeholder/Penerima Layanan",
                "2. Proses Bisnis",
                "3. Penguatan Internal",
                "4. Keuangan/Anggaran",
            ],
        ),
        [],
    ),
    (
        "07-perspektif-digabung-bsc",
        "delapan RK digabung, perspektif `Pelanggan`, `Proses Bisnis Internal`, "
        "`Pembelajaran dan Pertumbuhan`, `Keuangan`",
        True,
        _chain(
            _rk8,
            _set("persp_merge", True),
            _set(
                "persp_names",
                ["Pelanggan", "Proses Bisnis Internal", "Pembelajaran dan Pertumbuhan", "Keuangan"],
            ),
        ),
        [],
    ),
    (
        "08-target-level-indeks",
        "target PK `Level 3` (maturitas SPIP) dan `Indeks 3,5`",
        True,
        _chain(
            _iki(1, 0, text="Indeks SPBE Kabupaten", target="Indeks 3,5", real="Indeks 3,5"),
            _iki(2, 0, text="Tingkat maturitas SPIP dinas", target="Level 3", real="Level 3"),
        ),
        [],
    ),
    (
        "09-target-nilai-sakip",
        "target `Nilai 70` / realisasi `Nilai 72`; `3,5 (Indeks)`",
        True,
        _chain(
            _iki(1, 0, target="3,5 (Indeks)", real="3,5 (Indeks)"),
            _iki(0, 0, text="Nilai SAKIP dinas", target="Nilai 70", real="Nilai 72"),
        ),
        [],
    ),
    (
        "10-target-wtp",
        "target PK `WTP` (tanpa angka; SPEC §7 `target-tidak-terukur`)",
        False,
        _iki(3, 0, text="Opini BPK atas laporan keuangan", target="WTP", real="WTP"),
        [{"code": "target-tidak-terukur", "sheet": "SKP", "key": "skp_target_3_0"}],
    ),
    (
        "11-target-predikat-a",
        "target PK `Predikat A` (tanpa angka; SPEC §7 `target-tidak-terukur`)",
        False,
        _iki(1, 0, text="Predikat SAKIP dinas", target="Predikat A", real="Predikat A"),
        [{"code": "target-tidak-terukur", "sheet": "SKP", "key": "skp_target_1_0"}],
    ),
    (
        "12-manual-sinonim",
        "Manual IKI berlabel sinonim (`URAIAN RENCANA KINERJA`, `DEFINISI OPERASIONAL`, "
        "`RUMUS PERHITUNGAN`, `MAKSUD DAN TUJUAN`)",
        True,
        _set(
            "manual_labels",
            [
                "RENCANA KINERJA",
                "URAIAN RENCANA KINERJA",
                "INDIKATOR KINERJA INDIVIDU",
                "DEFINISI OPERASIONAL",
                "RUMUS PERHITUNGAN",
                "MAKSUD DAN TUJUAN",
                "SATUAN",
                "JENIS ASPEK TARGET",
                "TINGKAT KENDALI IKI",
                "SUMBER DATA",
                "PERIODE PELAPORAN",
            ],
        ),
        [],
    ),
    (
        "13-manual-isian-lazim",
        "Manual IKI: jenis aspek `Kuantitatif`, periode `Setiap Triwulan`, kendali `Moderate`",
        True,
        _set(
            "manual_values",
            {
                "JENIS ASPEK TARGET": "Kuantitatif",
                "PERIODE PELAPORAN": "Setiap Triwulan",
                "TINGKAT KENDALI IKI": "Moderate",
            },
        ),
        [],
    ),
    (
        "14-manual-periode-lain",
        "Manual IKI: periode `Triwulan`, jenis aspek `Kuantitas/Output`",
        True,
        _set("manual_values", {"JENIS ASPEK TARGET": "Kuantitas/Output", "PERIODE PELAPORAN": "Triwulan"}),
        [],
    ),
    (
        "15-manual-formula-kosong",
        "Manual IKI tanpa FORMULA (kembaran bercacat)",
        False,
        _set("manual_values", {"FORMULA": None}),
        [{"code": "manual-iki-kosong", "sheet": "Manual IKI", "cell": None}],
    ),
    ("16-jpt-dasar", "JPT Model Dasar yang sah dengan Penilaian", True, _set("model", "dasar"), []),
    (
        "17-realisasi-bersatuan",
        "realisasi `44 orang`, `12 (dua belas) kegiatan`",
        True,
        _chain(
            _iki(2, 0, real="44 orang"),
            lambda s: s["tambahan"][0]["iki"][0].__setitem__(2, "2 (dua) kegiatan"),
        ),
        [],
    ),
    (
        "18-realisasi-pecahan-persen",
        "realisasi 0,9 dan 0,95 dalam sel berformat %",
        True,
        _chain(_real("u3_0", 0.9, "0%", 90.0), _real("u0_1", 0.95, "0%", 95.0)),
        [],
    ),
    (
        "19-realisasi-100-persen",
        "target `100 %`, realisasi `100%` (tanpa spasi)",
        True,
        _chain(_iki(0, 1, target="100 %", real="100%")),
        [],
    ),
    (
        "20-capaian-bulat-satu-desimal",
        "capaian `110 %`, nilai `120`; capaian ditulis satu desimal (`94,7 %`, `103,3 %`)",
        True,
        _chain(_iki(2, 0, target="30 orang", real="31 orang"), _set("capaian_dec", 1), _set("nilai_dec", 1)),
        [],
    ),
    (
        "21-kategori-kapital",
        "kategori `SANGAT BAIK`, `BAIK`, `CUKUP`",
        True,
        _set("kategori_style", "upper"),
        [],
    ),
    ("22-kategori-singkatan", "kategori `SB`, `B`, `C`", True, _set("kategori_style", "abbr"), []),
    (
        "23-target-rentang",
        "target `80 - 90 %`, realisasi di dalam (`85 %`) dan di atas (`92 %`)",
        True,
        _chain(_iki(0, 1, target="80 - 90 %", real="85 %"), _iki(3, 0, target="80 – 90 %", real="92 %")),
        [],
    ),
    (
        "24-waktu-lebih-cepat",
        "IKI waktu `3 bulan`, realisasi `2,7 bulan` (kondisi khusus, lebih cepat)",
        True,
        _iki(
            2, 0, text="Waktu penyelesaian laporan kinerja", target="3 bulan", real="2,7 bulan", khusus=True
        ),
        [],
    ),
    (
        "25-triwulan",
        "Penilaian dengan kolom realisasi TW I–TW IV (TW IV realisasi akhir)",
        True,
        _set("tw", True),
        [],
    ),
    ("26-predikat-batas-90", "nilai kinerja tepat 90,00: predikat `Baik`", True, _perilaku_for(90.0), []),
    (
        "27-predikat-batas-110-ide",
        "nilai kinerja ≥ 110 dengan ide baru `Ya`: `Sangat Baik`",
        True,
        _chain(_perilaku_for(110.0), _set("ide_baru", "Ya")),
        [],
    ),
    (
        "28-predikat-batas-110-tanpa-ide",
        "nilai kinerja ≥ 110, ide baru `Tidak`: `Baik`",
        True,
        _chain(_perilaku_for(110.0), _set("ide_baru", "Tidak")),
        [],
    ),
    ("29-predikat-butuh-perbaikan", "nilai kinerja 89,99: `Butuh Perbaikan`", True, _perilaku_for(89.99), []),
    (
        "30-predikat-cukup",
        "nilai kinerja 70,00 ditulis `Cukup` (sebutan lain Butuh Perbaikan)",
        True,
        _chain(_perilaku_for(70.0), _set("predikat_text", "Cukup")),
        [],
    ),
    (
        "31-predikat-salah",
        "nilai kinerja 89,99 ditulis `Baik` (kembaran bercacat)",
        False,
        _chain(_perilaku_for(89.99), _set("predikat_text", "Baik")),
        [{"code": "predikat-tidak-sesuai", "sheet": "Penilaian", "key": "predikat"}],
    ),
    (
        "32-predikat-110-tanpa-ide-salah",
        "nilai kinerja ≥ 110, ide baru `Tidak`, ditulis `Sangat Baik` (kembaran bercacat)",
        False,
        _chain(_perilaku_for(110.0), _set("ide_baru", "Tidak"), _set("predikat_text", "Sangat Baik")),
        [{"code": "predikat-tidak-sesuai", "sheet": "Penilaian", "key": "predikat"}],
    ),
    (
        "33-kategori-singkatan-salah",
        "kategori `B` untuk capaian 94,74 % (kembaran bercacat)",
        False,
        _chain(_set("kategori_style", "abbr"), _written("u3_0", kategori="B")),
        [{"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "key": "kat_u3_0"}],
    ),
    (
        "34-realisasi-pecahan-salah",
        "realisasi 0,9 berformat % dengan capaian tertulis `100 %` (kembaran bercacat)",
        False,
        _chain(
            _real("u3_0", 0.9, "0%", 90.0), _written("u3_0", capaian="100 %", kategori="Baik", nilai="109")
        ),
        [
            {"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "key": "cap_u3_0"},
            {"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "key": "kat_u3_0"},
            {"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "key": "nil_u3_0"},
            {"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "key": "nilai_akhir"},
        ],
    ),
    (
        "35-tenggat-lebih-awal",
        "IKI waktu bertarget `Maret 2025`, realisasi `Februari 2025`, ditulis Sangat Baik 120 tanpa capaian",
        True,
        _chain(
            _iki(
                2, 0, text="Waktu penyampaian LKjIP", target="Maret 2025", real="Februari 2025", khusus=True
            ),
            _written("u2_0", capaian="", kategori="Sangat Baik", nilai="120"),
        ),
        [],
    ),
    (
        "36-target-penilaian-ringkas",
        "target Penilaian `95%` untuk `95 %` di SKP, `40` untuk `40 orang`",
        True,
        _chain(_iki(3, 0, ptarget="95%"), _iki(2, 0, ptarget="40")),
        [],
    ),
    (
        "37-jpt-dasar-tw",
        "JPT Model Dasar, Penilaian berkolom triwulan, kategori kapital",
        True,
        _chain(_set("model", "dasar"), _set("tw", True), _set("kategori_style", "upper")),
        [],
    ),
    (
        "39-capaian-angka-persen",
        "capaian pecahan dalam sel berformat % (1,1 → 110 %), nilai angka tak dibulatkan (rumus)",
        True,
        _chain(_set("numeric", True), _iki(0, 1, real="97 %")),
        [],
    ),
    (
        "40-waktu-bulan-capaian",
        "IKI waktu `Maret 2025`, realisasi `Februari 2025`, capaian ditulis `133,33 %`",
        True,
        _iki(2, 0, text="Waktu penyampaian LKjIP", target="Maret 2025", real="Februari 2025", khusus=True),
        [],
    ),
    (
        "41-waktu-tanggal",
        "IKI waktu bertarget sel tanggal 31/03/2025, realisasi sel tanggal 28/02/2025, tertulis "
        "Sangat Baik 120 tanpa capaian",
        True,
        _chain(
            _iki(
                2,
                0,
                text="Waktu penyampaian LKjIP",
                target=datetime(2025, 3, 31),
                real=datetime(2025, 2, 28),
                khusus=True,
            ),
            _written("u2_0", capaian="", kategori="Sangat Baik", nilai="120"),
        ),
        [],
    ),
    (
        "42-triwulan-terisi",
        "kolom TW I–TW IV terisi kumulatif (`11 orang`, `22 orang`, `33 orang`, `44 orang`)",
        True,
        _chain(_set("tw", True), _set("tw_values", True)),
        [],
    ),
    (
        "43-target-maksimal-sb",
        "target `100 %`, realisasi `100 %`, ditulis Sangat Baik 120 (target maksimal)",
        True,
        _chain(
            _iki(0, 1, target="100 %", real="100 %"),
            _written("u0_1", capaian="100 %", kategori="Sangat Baik", nilai="120"),
        ),
        [],
    ),
    (
        "44-persen-dua-desimal",
        "realisasi `90,00%`, `95,00 %`",
        True,
        _chain(_iki(3, 0, real="90,00%"), _iki(0, 1, real="95,00 %")),
        [],
    ),
    (
        "45-capaian-tanpa-pembulatan",
        "capaian `94,74 %`, kategori Cukup, nilai `84,74` (tanpa pembulatan capaian)",
        True,
        _written("u3_0", nilai="84,74"),
        [],
    ),
    (
        "46-perspektif-bsc-penilaian",
        "perspektif BSC di SKP dan Penilaian, digabung, kategori singkatan",
        True,
        _chain(
            _rk8,
            _set("persp_merge", True),
            _set("kategori_style", "abbr"),
            _set(
                "persp_names",
                ["Pelanggan", "Proses Bisnis Internal", "Pembelajaran dan Pertumbuhan", "Keuangan"],
            ),
        ),
        [],
    ),
    (
        "47-perspektif-asing",
        "perspektif `Inovasi Daerah` dan `Keuangan` (kembaran bercacat)",
        False,
        _set("persp_names", ["Stakeholder", "Proses Bisnis", "Inovasi Daerah", "Keuangan"]),
        [],
    ),
    (
        "48-predikat-kapital",
        "predikat `BAIK`, nilai kinerja 100",
        True,
        _chain(_perilaku_for(100.0), _set("predikat_text", "BAIK")),
        [],
    ),
    (
        "49-realisasi-berketerangan",
        "realisasi `44 orang (kumulatif s.d. Desember)`",
        True,
        _iki(2, 0, real="44 orang (kumulatif s.d. Desember)"),
        [],
    ),
    (
        "50-realisasi-desimal-persen",
        "realisasi `95,5 %` untuk target `95 %` (100,53 % → 101 % Sangat Baik 110)",
        True,
        _iki(0, 1, real="95,5 %"),
        [],
    ),
    (
        "51-ide-baru-berketerangan",
        "nilai kinerja ≥ 110, ide baru `Ya (aplikasi SiCantik)`, predikat `Sangat Baik`",
        True,
        _chain(
            _perilaku_for(110.0),
            _set("ide_baru", "Ya (aplikasi SiCantik)"),
            _set("predikat_text", "Sangat Baik"),
        ),
        [],
    ),
    (
        "52-target-level-terlampaui",
        "target `Level 3`, realisasi `Level 4` (133 % → Sangat Baik 120)",
        True,
        _iki(2, 0, text="Tingkat maturitas SPIP dinas", target="Level 3", real="Level 4"),
        [],
    ),
    (
        "53-tambahan-nihil-subtotal",
        "Kinerja Tambahan `Nihil` di SKP dan Penilaian; baris NILAI KINERJA UTAMA/TAMBAHAN di atas Nilai "
        "Akhir",
        True,
        _chain(_set("tambahan", []), _set("tambahan_nihil", True), _set("subtotals", True)),
        [],
    ),
    (
        "54-ide-baru-kapital",
        "nilai kinerja ≥ 110, ide baru `YA`, predikat `SANGAT BAIK`",
        True,
        _chain(_perilaku_for(110.0), _set("ide_baru", "YA"), _set("predikat_text", "SANGAT BAIK")),
        [],
    ),
    (
        "55-judul-gaya-pk",
        "judul kolom gaya Perjanjian Kinerja: `SASARAN STRATEGIS`, `INDIKATOR KINERJA`, `TARGET 2025`",
        True,
        _set(
            "labels",
            {
                "RENCANA KINERJA": "SASARAN STRATEGIS",
                "INDIKATOR KINERJA INDIVIDU": "INDIKATOR KINERJA",
                "TARGET": "TARGET 2025",
            },
        ),
        [],
    ),
    (
        "56-judul-penilaian-lain",
        "judul Penilaian `REALISASI 2025`, `CAPAIAN (%)`, `KATEGORI`, `NILAI`",
        True,
        _set(
            "labels",
            {
                "REALISASI": "REALISASI 2025",
                "CAPAIAN IKI": "CAPAIAN (%)",
                "KATEGORI CAPAIAN IKI": "KATEGORI",
                "NILAI CAPAIAN IKI": "NILAI",
            },
        ),
        [],
    ),
    (
        "57-perspektif-digabung-penilaian",
        "delapan RK, perspektif digabung melintasi dua RK di SKP dan di Penilaian",
        True,
        _chain(_rk8, _set("persp_merge", True), _set("pen_persp_merge", True)),
        [],
    ),
    (
        "58-target-minimal",
        "target `Minimal Level 3` (realisasi `Level 3`) dan `≥ 3,5 indeks` (realisasi `3,6 indeks`)",
        True,
        _chain(
            _iki(2, 0, text="Tingkat maturitas SPIP dinas", target="Minimal Level 3", real="Level 3"),
            _iki(1, 0, target="≥ 3,5 indeks", real="3,6 indeks"),
        ),
        [],
    ),
    (
        "59-jenis-rk",
        "kolom JENIS RK `Perjanjian Kinerja`/`Rencana Aksi`, Nilai Akhir 60/40 (SPEC §6.3)",
        True,
        _set("jenis", ["Perjanjian Kinerja", "Perjanjian Kinerja", "Rencana Aksi", "Rencana Aksi"]),
        [],
    ),
    (
        "60-jenis-rk-singkatan",
        "kolom JENIS RK `PK`/`RA`, Nilai Akhir 60/40",
        True,
        _set("jenis", ["PK", "PK", "RA", "RA"]),
        [],
    ),
    (
        "61-jenis-rk-renaksi",
        "kolom JENIS RK `Sasaran PK`/`Renaksi`, Nilai Akhir 60/40",
        True,
        _set("jenis", ["Sasaran PK", "Sasaran PK", "Renaksi", "Renaksi"]),
        [],
    ),
    (
        "62-jenis-rk-inisiatif",
        "kolom JENIS RK `Perjanjian Kinerja`/`Inisiatif Strategis/Rencana Aksi`, Nilai Akhir 60/40",
        True,
        _set(
            "jenis",
            [
                "Perjanjian Kinerja",
                "Perjanjian Kinerja",
                "Inisiatif Strategis/Rencana Aksi",
                "Inisiatif Strategis/Rencana Aksi",
            ],
        ),
        [],
    ),
    (
        "63-jenis-rk-salah",
        "kolom JENIS RK `PK`/`RA`, Nilai Akhir `114,47` dihitung seolah semua RK dari PK (kembaran bercacat)",
        False,
        _chain(_set("jenis", ["PK", "PK", "RA", "RA"]), _set("nilai_akhir_text", "114,47")),
        [{"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "key": "nilai_akhir"}],
    ),
    (
        "38-nilai-akhir-salah",
        "Nilai Akhir SKP `110,50` (kembaran bercacat)",
        False,
        _set("nilai_akhir_text", "110,50"),
        [{"code": "capaian-tidak-sesuai", "sheet": "Penilaian", "key": "nilai_akhir"}],
    ),
]


def finish(s: dict[str, Any]) -> None:
    """Turn a wanted nilai kinerja into the nilai perilaku that gives it (the base Nilai SKP fixed)."""
    want = s.pop("_target_nk", None)
    if want is None:
        return
    # Nilai SKP of this spec: recompute the same way write_penilaian does
    rk_nilai, tamb = [], 0.0
    for rk in s["rencana"]:
        vals = []
        for j, iki in enumerate(rk["iki"]):
            key = f"u{s['rencana'].index(rk)}_{j}"
            real = s["real_fmt"][key][2] if key in s["real_fmt"] else number(iki[2])[0]
            vals.append(kategori_nilai(capaian(iki[1], real, iki[3]))[1])
        rk_nilai.append(sum(vals) / len(vals))
    for rk in s["tambahan"]:
        vals = [kategori_nilai(capaian(iki[1], number(iki[2])[0], iki[3]))[1] for iki in rk["iki"]]
        tamb += f_tambahan(sum(vals) / len(vals))
    skp = half_up(min(sum(rk_nilai) / len(rk_nilai) + min(tamb, 10), 120), 2)
    s["perilaku"] = half_up((want - 0.7 * skp) / 0.3, 2)
    # nudge so that the rounded nilai kinerja is exactly ``want`` or just above it
    while half_up(0.7 * skp + 0.3 * s["perilaku"], 2) < want:
        s["perilaku"] = half_up(s["perilaku"] + 0.01, 2)
    while half_up(0.7 * skp + 0.3 * (s["perilaku"] - 0.01), 2) >= want:
        s["perilaku"] = half_up(s["perilaku"] - 0.01, 2)


# Perspektif outside the four of SPEC §2.1/§5 (Stakeholder the only other name it gives): the Balanced
# Scorecard names are reported (perspektif-tidak-valid), as in nyata_l, nyata_o, nyata_y and nyata_u, and
# leave their own perspektif without RK (perspektif-tidak-lengkap).
NOT_PERSPEKTIF = {"Pelanggan", "Pembelajaran dan Pertumbuhan", "Keuangan", "Inovasi Daerah"}


def perspektif_defects(s: dict[str, Any], cells: dict[str, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    held = set()
    for k, rk in enumerate(s["rencana"]):
        if s["persp_names"][rk["p"]] in NOT_PERSPEKTIF:
            out.append({"code": "perspektif-tidak-valid", "sheet": "SKP", "cell": cells[f"persp_{k}"]})
        else:
            held.add(rk["p"])
    out += [
        {"code": "perspektif-tidak-lengkap", "sheet": "SKP", "cell": None} for p in range(4) if p not in held
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    files = []
    for name, uraian, clean, mutate, defects in PROBES:
        s = spec()
        if mutate is not None:
            mutate(s)
        finish(s)
        fname = f"{name}.xlsx"
        built = build(s, args.keluaran / fname)
        out = perspektif_defects(s, built["cells"]) if s["model"] == "pengembangan" else []
        if out:
            clean = False
        for d in defects:
            d = dict(d)
            key = d.pop("key", None)
            if key is not None:
                d["cell"] = built["cells"][key]
            out.append(d)
        files.append(
            {"file": fname, "form": f"jpt-{s['model']}", "clean": clean, "defects": out, "uraian": uraian}
        )
    from matriks import build as build_matriks  # noqa: PLC0415  (beside this script)

    files += build_matriks(args.keluaran)
    manifest = {"set": "merah_ag", "seed": SEED, "files": files}
    args.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
