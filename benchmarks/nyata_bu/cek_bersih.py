"""Independent re-check of the workbooks of ``nyata_bu`` from their cells (not from the generator's model).

Read from the cells as a reviewer reads them: NIP (SPEC §5: 18 digits, real birth date, real TMT month, TMT at
least 18 years after birth, gender digit), pangkat and golongan (PP 99/2000), JF jenjang and golongan, periode
(one calendar year, the year of the sheet), penilai ≠ pegawai; the plan table (RK atasan for Kinerja Utama,
IKI, aspek, target with number and satuan, time unit for Waktu, currency for Biaya, no absolute word, no
activity verb, no repeated RK or aspek, kategori in order and separating, cara memantau, perspektif, Manual
IKI, Keterkaitan AK); and the Penilaian arithmetic of SPEC §6 (capaian rounded half up, kategori, nilai IKI,
nilai RK, nilai tertimbang, nilai akhir, nilai kinerja, predikat; no raw capaian within 0,1 of x,5; nilai
kinerja not within 0,6 of a predikat boundary; every Penilaian target equal to the plan's).

``check(path)`` returns the problems seen (empty for a clean workbook). Usage: ``python
benchmarks/nyata_bu/cek_bersih.py`` lists every workbook with what it saw.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent

PANGKAT = {
    "pengatur muda": "II/a",
    "pengatur muda tingkat i": "II/b",
    "pengatur": "II/c",
    "pengatur tingkat i": "II/d",
    "penata muda": "III/a",
    "penata muda tingkat i": "III/b",
    "penata": "III/c",
    "penata tingkat i": "III/d",
    "pembina": "IV/a",
    "pembina tingkat i": "IV/b",
    "pembina utama muda": "IV/c",
    "pembina utama madya": "IV/d",
    "pembina utama": "IV/e",
}
GOL = list(PANGKAT.values())
JF_NAMES = [
    "penyuluh perikanan",
    "pengawas perikanan",
    "penguji kendaraan bermotor",
    "analis kebijakan",
    "perencana",
    "pranata komputer",
    "pengelola pengadaan barang/jasa",
    "arsiparis",
]
JENJANG = [
    ("ahli pertama", "III/a", "III/b"),
    ("ahli muda", "III/c", "III/d"),
    ("ahli madya", "IV/a", "IV/c"),
    ("pertama", "III/a", "III/b"),
    ("muda", "III/c", "III/d"),
    ("madya", "IV/a", "IV/c"),
    ("terampil", "II/b", "II/d"),
    ("mahir", "III/a", "III/b"),
    ("penyelia", "III/c", "III/d"),
]
BULAN = {
    b: i + 1
    for i, b in enumerate(
        [
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
    )
}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan", "proses bisnis", "penguatan internal", "anggaran"}
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
AKTIVITAS = re.compile(
    r"^(me[mn]?\w+kan|melaksanakan|melakukan|menyusun|mengelola|memberikan|penyusunan|pelaksanaan|"
    r"pengumpulan|koordinasi|fasilitasi|monitoring|rekapitulasi|input)\b",
    re.I,
)
TIME_UNITS = {"jam", "hari", "minggu", "bulan", "triwulan", "semester", "tahun"}
IDENT = {
    "NAMA": "nama",
    "NIP": "nip",
    "PANGKAT/GOL RUANG": "pangkat",
    "PANGKAT/GOL.RUANG": "pangkat",
    "JABATAN": "jabatan",
    "UNIT KERJA": "unit",
    "INSTANSI": "unit",
}


def norm(v: Any) -> str:
    return re.sub(r"\s+", " ", str(v)).strip().upper() if v is not None else ""


def number(text: str) -> Fraction | None:
    """The first number of an Indonesian text: thousands with dots, decimals with a comma."""
    m = re.search(r"-?\d[\d.]*(?:,\d+)?", text)
    if not m:
        return None
    s = m.group(0).replace(".", "").replace(",", ".")
    return Fraction(s)


def q2(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def cell_number(cell) -> Fraction | None:
    """A number as displayed: a numeric cell with a percent format counts in percent."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, (int, float)):
        f = Fraction(str(v))
        return f * 100 if "%" in (cell.number_format or "") else f
    return number(str(v))


def cell_text(cell) -> str:
    """The cell as a reviewer reads it (numbers formatted as percent shown as ``95 %``)."""
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, (int, float)) and "%" in (cell.number_format or ""):
        f = Fraction(str(v)) * 100
        return f"{float(f):g} %"
    return str(v)


# ----------------------------------------------------------------------------- kop


def nip_ok(v: str) -> str | None:
    digits = re.sub(r"[\s.]", "", v)
    if not re.fullmatch(r"\d{18}", digits):
        return f"NIP {v!r} bukan 18 angka"
    try:
        born = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return f"NIP {v!r}: tanggal lahir mustahil"
    ty, tm = int(digits[8:12]), int(digits[12:14])
    if not 1 <= tm <= 12:
        return f"NIP {v!r}: bulan TMT {tm}"
    if (ty, tm) < (born.year + 18, born.month):
        return f"NIP {v!r}: TMT kurang dari 18 tahun sesudah lahir"
    if digits[14] not in "12":
        return f"NIP {v!r}: digit jenis kelamin {digits[14]}"
    return None


def pangkat_gol(v: str) -> tuple[str | None, str | None]:
    m = re.match(r"^\s*([A-Za-z .]+?)\s*[,(]\s*(I{1,3}V?|IV)\s*/\s*([a-e])\s*\)?\s*$", v)
    if not m:
        return None, f"pangkat {v!r} tidak terbaca"
    name = re.sub(r"\btk\.?\s*i\b", "tingkat i", m.group(1).lower()).strip()
    name = re.sub(r"\s+", " ", name)
    gol = f"{m.group(2)}/{m.group(3)}"
    if name not in PANGKAT:
        return None, f"pangkat {v!r}: nama tidak dikenal"
    if PANGKAT[name] != gol:
        return None, f"pangkat {v!r}: nama dan golongan tidak cocok"
    return gol, None


def parse_date(text: str) -> dt.date | None:
    m = re.match(r"\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$", text)
    if not m or m.group(2).lower() not in BULAN:
        return None
    return dt.date(int(m.group(3)), BULAN[m.group(2).lower()], int(m.group(1)))


def periode_of(ws) -> tuple[dt.date, dt.date] | None:
    for row in ws.iter_rows(max_row=20):
        for c in row:
            t = norm(c.value)
            if t.startswith("PERIODE PENILAIAN"):
                rest = t.split(":", 1)[1] if ":" in t else ""
                if not rest.strip():
                    rest = " ".join(norm(x.value) for x in row if x.column > c.column and x.value)
                parts = re.split(r"\s+(?:SD|S\.D\.)\s+", rest.strip())
                if len(parts) != 2:
                    return None
                a, b = parse_date(parts[0]), parse_date(parts[1])
                return (a, b) if a and b else None
    return None


def identity(ws) -> dict[str, dict[str, str]]:
    """pegawai and penilai fields: the label, then the first value to its right that is not ``:``, a row
    number or another label; the first block found is the pegawai."""
    out: dict[str, dict[str, str]] = {"pegawai": {}, "penilai": {}}
    seen_pen_head = False
    for row in ws.iter_rows(max_row=40):
        texts = [norm(c.value) for c in row]
        if any(t.startswith("PEJABAT PENILAI") for t in texts) and not any(
            t.startswith("PEGAWAI YANG") for t in texts
        ):
            seen_pen_head = True
        labels = [(j, IDENT[t]) for j, t in enumerate(texts) if t in IDENT]
        for nth, (j, field) in enumerate(labels):
            who = "penilai" if (nth == 1 or seen_pen_head) else "pegawai"
            if field in out[who]:
                continue
            val = ""
            for t, c in zip(texts[j + 1 :], row[j + 1 :], strict=True):
                if t in IDENT:
                    break
                if not t or t == ":" or isinstance(c.value, int) or re.fullmatch(r"\d", t):
                    continue
                val = str(c.value).strip()
                break
            out[who][field] = val
    return out


def check_kop(ws, year: int, out: list[str]) -> dict:
    ident = identity(ws)
    for who in ("pegawai", "penilai"):
        for field in ("nama", "nip", "pangkat", "jabatan", "unit"):
            if not ident[who].get(field):
                out.append(f"{ws.title}: {who} {field} kosong")
    peg, pen = ident["pegawai"], ident["penilai"]
    politik = pen.get("jabatan", "").lower().startswith("bupati")
    for who, d in (("pegawai", peg), ("penilai", pen)):
        if who == "penilai" and politik:
            if d.get("nip") != "-" or d.get("pangkat") != "-":
                out.append(f"{ws.title}: Bupati dengan NIP/pangkat")
            continue
        if d.get("nip"):
            p = nip_ok(d["nip"])
            if p:
                out.append(f"{ws.title}: {who} {p}")
        if d.get("pangkat"):
            gol, p = pangkat_gol(d["pangkat"])
            if p:
                out.append(f"{ws.title}: {who} {p}")
            d["gol"] = gol
    if peg.get("nip") and re.sub(r"\D", "", peg["nip"]) == re.sub(r"\D", "", pen.get("nip", "")):
        out.append(f"{ws.title}: penilai sama dengan pegawai")
    jab = peg.get("jabatan", "").lower()
    if any(jab.startswith(n) for n in JF_NAMES) and peg.get("gol"):
        for word, lo, hi in JENJANG:
            if jab.endswith(word):
                if not GOL.index(lo) <= GOL.index(peg["gol"]) <= GOL.index(hi):
                    out.append(f"{ws.title}: jenjang {word} dengan golongan {peg['gol']}")
                break
        else:
            out.append(f"{ws.title}: jenjang JF tidak terbaca: {jab}")
    per = periode_of(ws)
    if per is None:
        out.append(f"{ws.title}: periode tidak terbaca")
    elif not (per[0] <= per[1] and per[0].year == per[1].year == year):
        out.append(f"{ws.title}: periode {per}")
    return ident


# ----------------------------------------------------------------------------- tables

HEADS = {
    "NO": "no",
    "KODE": "kode",
    "PERSPEKTIF": "persp",
    "RENCANA KINERJA ATASAN YANG DIINTERVENSI": "rk_atasan",
    "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI": "rk_atasan",
    "RENCANA KINERJA": "rk",
    "RENC. KINERJA": "rk",
    "ASPEK": "aspek",
    "INDIKATOR KINERJA INDIVIDU": "iki",
    "IND. KINERJA INDIVIDU": "iki",
    "TARGET": "target",
    "JUMLAH": "target",
    "SATUAN": "ts",
    "SANGAT KURANG": "sk",
    "KURANG": "k",
    "CUKUP": "c",
    "BAIK": "b",
    "SANGAT BAIK": "sb",
    "DATA": "data",
    "SUMBER DATA": "sumber",
    "WAKTU PENGUMPULAN": "waktu",
    "WAKTU PENGUMPULAN DATA": "waktu",
    "REALISASI": "real",
    "CAPAIAN IKI": "cap",
    "CAPAIAN IKI (%)": "cap",
    "NILAI CAPAIAN IKI": "nil_iki",
    "KATEGORI CAPAIAN IKI": "kat_iki",
    "NILAI CAPAIAN RK": "nil_rk",
    "NILAI CAPAIAN RENC. KINERJA": "nil_rk",
    "KATEGORI CAPAIAN RK": "kat_rk",
    "NILAI TERTIMBANG": "tert",
}
GROUP_HEADS = {"KATEGORI PENILAIAN KINERJA", "CARA MEMANTAU KINERJA", "TARGET"}


def table(ws) -> dict | None:
    """The plan/Penilaian table: columns by label, and the Kinerja Utama / Tambahan rows grouped by RK."""
    head = None
    for row in ws.iter_rows():
        if any(HEADS.get(norm(c.value)) == "iki" for c in row):
            head = row[0].row
            break
    if head is None:
        return None
    col: dict[str, int] = {}
    two = any(norm(ws.cell(head + 1, c).value) in HEADS for c in range(1, ws.max_column + 1))
    for c in range(1, ws.max_column + 1):
        top, low = norm(ws.cell(head, c).value), norm(ws.cell(head + 1, c).value) if two else ""
        label = low or top
        if label in HEADS:
            col.setdefault(HEADS[label], c)
    if "no" not in col or "target" not in col:
        return None
    r = head + (2 if two else 1)
    if norm(ws.cell(r, col["no"]).value) == "(1)":
        r += 1
    parts: dict[str, list[dict]] = {"ku": [], "kt": []}
    part = None
    cur = None
    last_table = max(col.values())
    while r <= ws.max_row:
        texts = [norm(ws.cell(r, c).value) for c in range(1, last_table + 1)]
        joined = " ".join(t for t in texts if t)
        if re.match(r"^A\.? KINERJA UTAMA$", joined):
            part, cur = "ku", None
        elif re.match(r"^B\.? KINERJA TAMBAHAN$", joined):
            part, cur = "kt", None
        elif (
            joined.startswith("NILAI AKHIR")
            or (not joined and part == "kt")
            or joined.startswith("TANJUNG SEMBILAN")
            or joined.startswith("PEGAWAI YANG DINILAI,")
        ):
            break
        elif part and joined:
            cells = {k: ws.cell(r, c) for k, c in col.items()}
            rk_text = norm(cells["rk"].value) if "rk" in col else ""
            if rk_text:
                cur = {"row": r, "rk": str(cells["rk"].value), "cells": cells, "ikis": []}
                parts[part].append(cur)
            if cur is not None and "iki" in col and cells["iki"].value is not None:
                cur["ikis"].append({"row": r, "cells": cells})
        r += 1
    return {"head": head, "col": col, "parts": parts, "end": r}


def interval(text: str) -> tuple[Fraction, Fraction] | None:
    t = text.replace("Rp", "").strip()
    inf = Fraction(10**15)
    if t.startswith("<"):
        x = number(t[1:])
        return (-inf, x - Fraction(1, 10**6)) if x is not None else None
    if t.startswith(">"):
        x = number(t[1:])
        return (x + Fraction(1, 10**6), inf) if x is not None else None
    m = re.match(r"^\s*(-?\d[\d.]*(?:,\d+)?)\s*(?:-|–)\s*(?:Rp\s*)?(\d[\d.]*(?:,\d+)?)", t)
    if m:
        return number(m.group(1)), number(m.group(2))
    x = number(t)
    return (x, x) if x is not None else None


def target_of(iki: dict) -> tuple[Fraction | None, str]:
    """(number, satuan text) of a target: the TARGET cell with its own satuan, a SATUAN column, or a
    percent-formatted number."""
    cells = iki["cells"]
    c = cells["target"]
    val = cell_number(c)
    if "ts" in cells:
        unit = str(cells["ts"].value or "")
        return val, unit
    text = cell_text(c)
    unit = re.sub(r"[\d.,\-–\s]+", " ", text.replace("Rp", " Rp ")).strip()
    return val, unit


def aspek_of(text: str) -> str:
    t = text.strip()
    m = re.match(r"^IKI\s*\((\w+)\)$", t)
    return (m.group(1) if m else t).lower()


def check_plan(ws, form: str, out: list[str]) -> dict | None:
    jenis, model = form.split("-")
    tb = table(ws)
    if tb is None:
        out.append(f"{ws.title}: tabel tidak ditemukan")
        return None
    col = tb["col"]
    needed = ["no", "rk", "iki", "target"] + ([] if jenis == "jpt" else ["rk_atasan", "aspek"])
    missing = [k for k in needed if k not in col]
    if missing:
        out.append(f"{ws.title}: kolom tidak dikenali: {missing}")
        return tb
    ku = tb["parts"]["ku"]
    if not ku:
        out.append(f"{ws.title}: Kinerja Utama kosong")
    seen_rk = set()
    persp = set()
    for part in ("ku", "kt"):
        for rk in tb["parts"][part]:
            key = re.sub(r"\W+", " ", rk["rk"]).lower().strip()
            if key in seen_rk:
                out.append(f"{ws.title}: RK ganda {rk['rk']!r}")
            seen_rk.add(key)
            if AKTIVITAS.match(rk["rk"].strip()):
                out.append(f"{ws.title}: RK aktivitas {rk['rk']!r}")
            if part == "ku" and jenis != "jpt" and not rk["cells"]["rk_atasan"].value:
                out.append(f"{ws.title}: RK atasan kosong di baris {rk['row']}")
            if not rk["ikis"]:
                out.append(f"{ws.title}: RK tanpa IKI di baris {rk['row']}")
            if "persp" in col:
                p = rk["cells"]["persp"].value
                if p is None:
                    # merged over the RK above (same perspektif)
                    pass
                elif str(p).strip().lower() not in PERSPEKTIF:
                    out.append(f"{ws.title}: perspektif {p!r}")
                else:
                    persp.add(str(p).strip().lower())
            if model == "pengembangan" and jenis != "jpt":
                for k in ("data", "sumber", "waktu"):
                    if not rk["cells"][k].value:
                        out.append(f"{ws.title}: cara memantau {k} kosong di baris {rk['row']}")
            aspeks = []
            for iki in rk["ikis"]:
                cells = iki["cells"]
                text = str(cells["iki"].value)
                row = iki["row"]
                if jenis != "jpt":
                    a = aspek_of(str(cells["aspek"].value or ""))
                    if a not in ASPEK:
                        out.append(f"{ws.title}: aspek {a!r} di baris {row}")
                    if a in aspeks:
                        out.append(f"{ws.title}: aspek ganda di baris {row}")
                    aspeks.append(a)
                else:
                    a = ""
                val, unit = target_of(iki)
                ttext = (
                    cell_text(cells["target"]) + " " + (str(cells["ts"].value or "") if "ts" in cells else "")
                )
                if val is None:
                    out.append(f"{ws.title}: target tanpa angka di baris {row}")
                    continue
                if not unit:
                    out.append(f"{ws.title}: target tanpa satuan di baris {row}")
                if re.search(r"\d\s*(?:-|–)\s*\d", ttext):
                    out.append(f"{ws.title}: target rentang di baris {row}")
                if jenis != "jpt" and (ABSOLUT.search(text) or ABSOLUT.search(ttext)):
                    out.append(f"{ws.title}: kata mutlak di baris {row}")
                if a == "waktu" and unit.lower() not in TIME_UNITS:
                    out.append(f"{ws.title}: IKI Waktu bersatuan {unit!r} di baris {row}")
                if a == "biaya" and unit.lower() not in ("rp", "rupiah"):
                    out.append(f"{ws.title}: IKI Biaya bersatuan {unit!r} di baris {row}")
                if text.lower().startswith("waktu") and a != "waktu":
                    out.append(f"{ws.title}: IKI waktu dengan aspek {a} di baris {row}")
                if model == "pengembangan" and jenis != "jpt":
                    check_kategori(ws, cells, val, a in ("waktu", "biaya"), row, out)
    if "persp" in col and persp != PERSPEKTIF:
        out.append(f"{ws.title}: perspektif tidak lengkap {sorted(persp)}")
    return tb


def check_kategori(ws, cells: dict, t: Fraction, lower: bool, row: int, out: list[str]) -> None:
    levels = [k for k in ("sk", "k", "c", "b", "sb") if k in cells]
    iv = {}
    for k in levels:
        text = cell_text(cells[k])
        if not text:
            out.append(f"{ws.title}: kategori {k} kosong di baris {row}")
            return
        iv[k] = interval(text)
        if iv[k] is None:
            out.append(f"{ws.title}: kategori {k} tidak terbaca di baris {row}")
            return
    iv.setdefault("b", (t, t))
    if iv["b"] != (t, t):
        out.append(f"{ws.title}: BAIK bukan target di baris {row}")
    order = [k for k in ("sk", "k", "c", "b", "sb") if k in iv]
    if lower:
        order.reverse()
    for a, b in zip(order, order[1:], strict=False):
        if not iv[a][1] < iv[b][0]:
            out.append(f"{ws.title}: kategori {a}/{b} tidak berurutan di baris {row}")
    if iv["sb"][0] <= t <= iv["sb"][1]:
        out.append(f"{ws.title}: SANGAT BAIK memuat target di baris {row}")
    if iv["c"][0] <= t <= iv["c"][1]:
        out.append(f"{ws.title}: target di dalam CUKUP di baris {row}")


# ----------------------------------------------------------------------------- annexes


def check_ak(wb, tb: dict, out: list[str]) -> None:
    ws = next(
        (w for w in wb if any(norm(c.value) == "BUTIR KEGIATAN" for r in w.iter_rows() for c in r)), None
    )
    if ws is None:
        out.append("sheet Keterkaitan AK tidak ada")
        return
    head = next(r[0].row for r in ws.iter_rows() if any(norm(c.value) == "BUTIR KEGIATAN" for c in r))
    rks: dict[str, list] = {}
    cur = None
    for r in range(head + 1, ws.max_row + 1):
        rk, butir, ak = ws.cell(r, 2), ws.cell(r, 3), ws.cell(r, 5)
        if norm(ws.cell(r, 1).value) == "KINERJA UTAMA":
            continue
        if norm(rk.value).startswith("PEGAWAI YANG") or (not butir.value and not rk.value):
            if rks:
                break
            continue
        if rk.value:
            cur = norm(rk.value)
            rks[cur] = []
        if butir.value and cur is not None:
            v = ak.value
            n = (
                Fraction(str(v))
                if isinstance(v, (int, float))
                else (number(str(v)) if v and re.fullmatch(r"\d+,\d+", str(v).strip()) else None)
            )
            if n is None or n <= 0:
                out.append(f"{ws.title}: angka kredit {v!r} di baris {r}")
            rks[cur].append(n)
    for rk in tb["parts"]["ku"]:
        if not rks.get(norm(rk["rk"])):
            out.append(f"{ws.title}: RK {rk['rk']!r} tanpa butir kegiatan")


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


def check_manual(wb, tb: dict, out: list[str]) -> None:
    ws = next((w for w in wb if any(norm(c.value) == "DEFINISI IKI" for r in w.iter_rows() for c in r)), None)
    if ws is None:
        out.append("sheet Manual IKI tidak ada")
        return
    blocks: list[dict] = []
    for r in range(1, ws.max_row + 1):
        label = norm(ws.cell(r, 2).value)
        if label == "RENCANA KINERJA":
            blocks.append({})
        if label in MANUAL_LABELS and blocks:
            blocks[-1][label] = str(ws.cell(r, 3).value or "").strip()
    by_iki = {norm(b.get("INDIKATOR KINERJA INDIVIDU")): b for b in blocks}
    for part in ("ku", "kt"):
        for rk in tb["parts"][part]:
            for iki in rk["ikis"]:
                b = by_iki.get(norm(iki["cells"]["iki"].value))
                if b is None:
                    out.append(f"{ws.title}: Manual untuk IKI baris {iki['row']} tidak ada")
                    continue
                for label in MANUAL_LABELS:
                    if not b.get(label):
                        out.append(f"{ws.title}: Manual {label} kosong untuk IKI baris {iki['row']}")


# ----------------------------------------------------------------------------- Penilaian


def half_up(x: Fraction) -> int:
    return math.floor(x + Fraction(1, 2))


def kat(cap: int) -> str:
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
        return Fraction(70 + cap - 80)
    if cap >= 60:
        return Fraction(50 + cap - 60)
    return Fraction(cap * 49, 59)


def predikat(nk: Fraction, ide: str) -> str:
    if nk >= 110:
        return "Sangat Baik" if ide == "Ya" else "Baik"
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


def totals_of(ws) -> dict[str, Any]:
    out = {}
    keys = {
        "NILAI AKHIR SKP": "akhir",
        "NILAI PERILAKU KERJA": "perilaku",
        "NILAI KINERJA": "nk",
        "IDE BARU": "ide",
        "PREDIKAT": "predikat",
    }
    for row in ws.iter_rows():
        for j, c in enumerate(row):
            t = norm(c.value)
            for label, key in keys.items():
                if t.startswith(label) and key not in out:
                    val = next((x for x in row[j + 1 :] if x.value is not None), None)
                    out[key] = val
    return out


def check_penilaian(ws, plan: dict, form: str, out: list[str]) -> None:
    jpt = form.startswith("jpt")
    tb = table(ws)
    if tb is None:
        out.append(f"{ws.title}: tabel Penilaian tidak ditemukan")
        return
    plan_targets = {
        norm(i["cells"]["iki"].value): (target_of(i), cell_text(i["cells"]["target"]))
        for rk in plan["parts"]["ku"]
        for i in rk["ikis"]
    }
    rk_exact = []
    rk_written = []
    for rk in tb["parts"]["ku"]:
        exact = []
        written = []
        for iki in rk["ikis"]:
            cells = iki["cells"]
            row = iki["row"]
            name = norm(cells["iki"].value)
            t, unit = target_of(iki)
            if name not in plan_targets or plan_targets[name][0] != (t, unit):
                out.append(f"{ws.title}: target baris {row} berbeda dari rencana")
            r = cell_number(cells["real"])
            if r is None:
                out.append(f"{ws.title}: realisasi kosong di baris {row}")
                continue
            a = aspek_of(str(cells["aspek"].value or "")) if "aspek" in cells else ""
            lower = a in ("waktu", "biaya")
            raw = (2 - r / t) * 100 if lower else r / t * 100
            if abs(raw - math.floor(raw) - Fraction(1, 2)) < Fraction(1, 10):
                out.append(f"{ws.title}: capaian {float(raw):.3f} dekat x,5 di baris {row}")
            cap = half_up(raw)
            if cell_number(cells["cap"]) != cap:
                out.append(
                    f"{ws.title}: capaian tertulis {cells['cap'].value!r}, hitungan {cap} di baris {row}"
                )
            if str(cells["kat_iki"].value) != kat(cap):
                out.append(
                    f"{ws.title}: kategori {cells['kat_iki'].value!r}, hitungan {kat(cap)} di baris {row}"
                )
            nv = nilai(cap)
            wn = cell_number(cells["nil_iki"])
            if wn is None or q2(wn) != q2(nv):
                out.append(
                    f"{ws.title}: nilai IKI {cells['nil_iki'].value!r}, hitungan {q2(nv)} di baris {row}"
                )
            exact.append(nv)
            written.append(wn or Fraction(0))
            if jpt:
                rk_exact.append(nv)
                rk_written.append(wn or Fraction(0))
        if not jpt and exact:
            e = sum(exact) / len(exact)
            w = sum(written) / len(written)
            wr = cell_number(rk["cells"]["nil_rk"])
            if q2(e) != q2(w) or wr is None or q2(wr) != q2(e):
                seen = rk["cells"]["nil_rk"].value
                out.append(f"{ws.title}: nilai RK {seen!r}, hitungan {q2(e)} baris {rk['row']}")
            kats = {str(i["cells"]["kat_iki"].value) for i in rk["ikis"]}
            if len(kats) != 1 or str(rk["cells"]["kat_rk"].value) != kats.pop():
                out.append(f"{ws.title}: kategori RK baris {rk['row']}")
            rk_exact.append(e)
            rk_written.append(wr or Fraction(0))
    n = len(rk_exact)
    if not n:
        out.append(f"{ws.title}: tanpa RK")
        return
    # nilai tertimbang: nilai RK (JPT: nilai IKI, one IKI per RK) / number of RK
    tert_rows = (
        [rk["cells"]["tert"] for rk in tb["parts"]["ku"]]
        if not jpt
        else [i["cells"]["tert"] for rk in tb["parts"]["ku"] for i in rk["ikis"]]
    )
    if len(tert_rows) != n:
        out.append(f"{ws.title}: {len(tert_rows) - n} baris tanpa nilai, total tidak dihitung ulang")
        return
    tsum = Decimal(0)
    for e, c in zip(rk_exact, tert_rows, strict=True):
        w = cell_number(c)
        if w is None or q2(w) != q2(e / n):
            out.append(f"{ws.title}: tertimbang {c.value!r}, hitungan {q2(e / n)} di {c.coordinate}")
        tsum += q2(e / n)
    akhir = sum(rk_exact) / n
    tot = totals_of(ws)
    wa = cell_number(tot["akhir"]) if tot.get("akhir") is not None else None
    if wa is None or q2(wa) != q2(akhir) or q2(akhir) != q2(sum(rk_written) / n) or tsum != q2(akhir):
        out.append(
            f"{ws.title}: nilai akhir {tot.get('akhir') and tot['akhir'].value!r}, hitungan {q2(akhir)}"
        )
    per = cell_number(tot["perilaku"])
    nk = Fraction(7, 10) * akhir + Fraction(3, 10) * per
    nk_w = Fraction(7, 10) * Fraction(q2(akhir)) + Fraction(3, 10) * per
    wk = cell_number(tot["nk"])
    if wk is None or q2(wk) != q2(nk) or q2(nk) != q2(nk_w):
        out.append(f"{ws.title}: nilai kinerja {tot['nk'].value!r}, hitungan {q2(nk)}")
    if any(abs(nk - b) < Fraction(6, 10) for b in (50, 70, 90, 110)):
        out.append(f"{ws.title}: nilai kinerja {float(nk):.2f} dekat batas predikat")
    ide = str(tot["ide"].value)
    if str(tot["predikat"].value) != predikat(nk, ide):
        out.append(f"{ws.title}: predikat {tot['predikat'].value!r}, hitungan {predikat(nk, ide)}")


# ----------------------------------------------------------------------------- workbook


def check(path: Path, form: str | None = None) -> list[str]:
    if form is None:
        form = next(
            f["form"]
            for f in json.loads((HERE / "harapan.json").read_text())["files"]
            if f["file"] == path.name
        )
    jenis = form.split("-")[0]
    out: list[str] = []
    wb = openpyxl.load_workbook(path)
    penilaian = "-penilaian2026-" in path.name
    year = 2026 if penilaian else 2027
    sheets = [ws for ws in wb if table(ws) is not None]
    plan_ws = next(
        (ws for ws in sheets if not any(norm(c.value) == "REALISASI" for r in ws.iter_rows() for c in r)),
        None,
    )
    if plan_ws is None:
        return ["sheet Rencana SKP tidak ada"]
    check_kop(plan_ws, year, out)
    plan = check_plan(plan_ws, form, out)
    if plan is None:
        return out
    if jenis == "jf":
        check_ak(wb, plan, out)
        ak = next(
            (w for w in wb if any(norm(c.value) == "BUTIR KEGIATAN" for r in w.iter_rows() for c in r)), None
        )
        if ak is not None:
            check_kop(ak, year, out)
    if jenis == "jpt":
        check_manual(wb, plan, out)
    if penilaian:
        pen_ws = next((ws for ws in sheets if ws is not plan_ws), None)
        if pen_ws is None:
            out.append("sheet Penilaian tidak ada")
        else:
            check_kop(pen_ws, year, out)
            check_penilaian(pen_ws, plan, form, out)
    return out


def main() -> int:
    files = json.loads((HERE / "harapan.json").read_text())["files"]
    bad = 0
    for f in files:
        got = check(HERE / "kiriman" / f["file"], f["form"])
        flag = "OK " if (not got) == f["clean"] else "!! "
        bad += flag == "!! "
        print(flag + f["file"])
        for g in got:
            print("     " + g)
    print(f"{bad} berkas tidak sesuai manifes")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
