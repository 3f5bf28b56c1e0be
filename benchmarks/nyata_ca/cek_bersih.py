"""Independent recheck of a ``nyata_ca`` workbook from its cell contents (not from the generator's
model), the
way a reviewer reads it: identity (empty fields, NIP, pangkat–golongan, JF jenjang–golongan, penilai ≠
pegawai),
periode, the Rencana table (RK atasan, aspek, target with number and satuan, absolute words, activity RK,
kategori penilaian and cara memantau of Model Pengembangan), the Keterkaitan AK of a JF, and the whole
Penilaian arithmetic of SPEC §6 — target equal to the plan's, realisasi present (annual column, the
quarterly
ones ignored), capaian rounded half-up, kategori and nilai IKI, nilai and kategori RK, nilai
tertimbang, Kinerja
Tambahan (F × bobot 10 × nilai), Nilai Akhir SKP, nilai perilaku as the mean of the five aspects, Nilai
Kinerja
70/30 and predikat — wherever the totals are (under the table, beside it, on the Perilaku sheet).

``check(path, form)`` returns a list of problems; ``[]`` for a clean workbook.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl

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
GOLS = [
    "II/a",
    "II/b",
    "II/c",
    "II/d",
    "III/a",
    "III/b",
    "III/c",
    "III/d",
    "IV/a",
    "IV/b",
    "IV/c",
    "IV/d",
    "IV/e",
]
JENJANG = {
    "ahli pertama": ("III/a", "III/b"),
    "ahli muda": ("III/c", "III/d"),
    "ahli madya": ("IV/a", "IV/c"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
}
BULAN = [
    "JANUARI",
    "FEBRUARI",
    "MARET",
    "APRIL",
    "MEI",
    "JUNI",
    "JULI",
    "AGUSTUS",
    "SEPTEMBER",
    "OKTOBER",
    "NOVEMBER",
    "DESEMBER",
]
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
AKTIVITAS = re.compile(
    r"^(menyusun|melaksanakan|memberikan|melakukan|mengikuti|penyusunan|pelaksanaan|"
    r"pengumpulan|koordinasi|fasilitasi|monitoring|rekapitulasi|input)\b",
    re.I,
)
KAT = {"sangat baik": "SB", "baik": "B", "cukup": "C", "kurang": "K", "sangat kurang": "SK"}
F_KT = {"SB": 100, "B": 80, "C": 60, "K": 40, "SK": 20}


def text(v) -> str:
    return "" if v is None else str(v).strip()


def number(s: str) -> Fraction | None:
    m = re.search(r"\d+(?:[.,]\d+)?", s)
    return Fraction(m.group().replace(",", ".")) if m else None


def half_up(x: Fraction) -> int:
    return (2 * x.numerator + x.denominator) // (2 * x.denominator)


def q2(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band(c: int) -> str:
    return "SB" if c >= 101 else "B" if c == 100 else "C" if c >= 80 else "K" if c >= 60 else "SK"


def nilai(c: int) -> Fraction:
    if c > 110:
        return Fraction(120)
    if c >= 101:
        return 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return Fraction(109)
    if c >= 60:
        return Fraction(c - 10)
    return Fraction(c * 49, 59)


def same(written, exact: Fraction) -> bool:
    try:
        return Decimal(str(written)) == q2(exact)
    except Exception:
        return False


def cell_number(cell) -> Fraction | None:
    """A realisasi/capaian cell's number as displayed (percent-formatted cells ×100)."""
    v = cell.value
    if v is None or text(v) in ("", "-"):
        return None
    if isinstance(v, (int, float)):
        x = Fraction(str(v))
        return x * 100 if "%" in (cell.number_format or "") else x
    return number(str(v))


def nip_problem(nip: str) -> str | None:
    d = re.sub(r"[\s.]", "", nip.replace("NIP", ""))
    if not re.fullmatch(r"\d{18}", d):
        return "NIP bukan 18 angka"
    try:
        born = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return "tanggal lahir mustahil"
    if not 1 <= int(d[12:14]) <= 12:
        return "bulan TMT mustahil"
    if int(d[8:12]) - born.year < 18 or d[14] not in "12":
        return "TMT/jenis kelamin"
    return None


def gol_of(p: str) -> str | None:
    m = re.match(r"\s*(.+?),\s*(I{1,3}V?|IV)/([a-e])\s*$", p)
    if not m:
        return None
    gol = f"{m.group(2)}/{m.group(3)}"
    return gol if PANGKAT.get(m.group(1).strip().lower()) == gol else None


def identity(ws) -> tuple[dict, dict] | None:
    for row in ws.iter_rows():
        for c in row:
            if text(c.value) == "PEGAWAI YANG DINILAI":
                r = c.row
                peg, pen = {}, {}
                for i, k in enumerate(["nama", "nip", "pangkat", "jabatan", "unit"], start=1):
                    peg[k] = text(ws.cell(r + i, 3).value)
                    pen[k] = text(ws.cell(r + i, 7).value)
                return peg, pen
    return None


def periode_problem(s: str) -> str | None:
    m = re.search(r"(\d+) (\w+)(?: (\d{4}))? SD (\d+) (\w+) (\d{4})", s)
    if not m:
        return "periode tak terbaca"
    y2 = int(m.group(6))
    y1 = int(m.group(3) or y2)
    a = dt.date(y1, BULAN.index(m.group(2)) + 1, int(m.group(1)))
    b = dt.date(y2, BULAN.index(m.group(5)) + 1, int(m.group(4)))
    return None if a <= b and a.year == b.year else "periode tidak dalam satu tahun"


def header(ws) -> tuple[int, dict[str, int]] | None:
    for row in ws.iter_rows():
        for c in row:
            if text(c.value) == "INDIKATOR KINERJA INDIVIDU":
                r = c.row
                cols = {}
                for cc in range(1, ws.max_column + 1):
                    for rr in (r, r + 1):
                        t = text(ws.cell(rr, cc).value)
                        if t and t not in ("KATEGORI PENILAIAN KINERJA", "CARA MEMANTAU KINERJA"):
                            cols.setdefault(t, cc)
                return r, cols
    return None


def rows(ws, h: tuple[int, dict[str, int]]) -> list[dict]:
    """IKI rows of the table: section, rk index, and the cells by header label."""
    r0, cols = h
    out, section, rk = [], None, -1
    for r in range(r0 + 1, ws.max_row + 1):
        first = text(ws.cell(r, 1).value)
        if first.startswith("A. KINERJA UTAMA"):
            section = "A"
            continue
        if first.startswith("B. KINERJA TAMBAHAN"):
            section = "B"
            continue
        if section is None:
            continue
        iki = text(ws.cell(r, cols["INDIKATOR KINERJA INDIVIDU"]).value)
        if not iki:
            if any(text(ws.cell(r, c).value) for c in cols.values()) or first:
                break
            if section == "B":
                break
            continue
        if text(ws.cell(r, cols["RENCANA KINERJA"]).value):
            rk += 1
        out.append(
            {
                "row": r,
                "section": section,
                "rk": rk,
                "cells": {k: ws.cell(r, c) for k, c in cols.items()},
                "v": {k: text(ws.cell(r, c).value) for k, c in cols.items()},
            }
        )
    return out


def rk_values(rs: list[dict], ws, cols: dict) -> dict[int, dict]:
    out: dict[int, dict] = {}
    for x in rs:
        if x["rk"] not in out:
            out[x["rk"]] = {
                "rk": x["v"]["RENCANA KINERJA"],
                "atasan": x["v"].get("RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", ""),
                "section": x["section"],
                "first": x,
                "ikis": [],
            }
        out[x["rk"]]["ikis"].append(x)
    return out


def target_parts(x: dict) -> tuple[Fraction | None, str]:
    t = x["v"].get("TARGET", "")
    sat = x["v"].get("SATUAN", "")
    unit = re.sub(r"[\d.,\s]", "", t) or sat
    return number(t), unit


def check_plan(ws, form: str) -> tuple[list[str], dict[str, Fraction]]:
    jenis, model = form.split("-")
    h = header(ws)
    if not h:
        return ["tabel rencana tidak ditemukan"], {}
    rs = rows(ws, h)
    rks = rk_values(rs, ws, h[1])
    probs, targets = [], {}
    texts = [v["rk"].lower() for v in rks.values()]
    if len(set(texts)) != len(texts):
        probs.append("RK ganda")
    for rk in rks.values():
        if rk["section"] == "A" and not rk["atasan"]:
            probs.append(f"RK atasan kosong ({rk['rk']})")
        if AKTIVITAS.match(rk["rk"]):
            probs.append(f"RK kegiatan ({rk['rk']})")
        if model == "pengembangan":
            f = rk["first"]["v"]
            if not (f.get("DATA") and f.get("SUMBER DATA") and f.get("WAKTU PENGUMPULAN")):
                probs.append(f"cara memantau kosong ({rk['rk']})")
        aspects = []
        for x in rk["ikis"]:
            v = x["v"]
            if v["ASPEK"].lower() not in ASPEK:
                probs.append(f"aspek {v['ASPEK']}")
            aspects.append(v["ASPEK"].lower())
            t, unit = target_parts(x)
            if t is None:
                probs.append(f"target tanpa angka baris {x['row']}")
                continue
            targets[v["INDIKATOR KINERJA INDIVIDU"]] = t
            if not unit and not re.match(
                r"(persentase|indeks|nilai|skor)", v["INDIKATOR KINERJA INDIVIDU"], re.I
            ):
                probs.append(f"target tanpa satuan baris {x['row']}")
            if v["ASPEK"].lower() == "waktu" and not re.search(r"hari|bulan|minggu|tahun", unit):
                probs.append("satuan waktu")
            if (
                ABSOLUT.search(v["INDIKATOR KINERJA INDIVIDU"])
                and not re.match(r"(jumlah|persentase)", v["INDIKATOR KINERJA INDIVIDU"], re.I)
                or ABSOLUT.search(v["TARGET"])
            ):
                probs.append(f"kata mutlak baris {x['row']}")
            if model == "pengembangan":
                lv = {k: v.get(k, "") for k in ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")}
                if not lv["BAIK"] or number(lv["BAIK"]) != t:
                    probs.append(f"BAIK ≠ target baris {x['row']}")
                down = v["ASPEK"].lower() == "waktu"
                sb, cu = lv["SANGAT BAIK"], lv["CUKUP"]
                if not sb or not cu:
                    probs.append(f"kategori kurang baris {x['row']}")
                else:
                    ok_sb = sb.startswith("<" if down else ">") and number(sb) == t
                    nc = [Fraction(n.replace(",", ".")) for n in re.findall(r"\d+(?:,\d+)?", cu)]
                    ok_c = (all(n > t for n in nc) if down else all(n < t for n in nc)) or (
                        cu.startswith("<") and not down
                    )
                    if not (ok_sb and ok_c):
                        probs.append(f"kategori tak berurutan baris {x['row']}")
        if len(set(aspects)) != len(aspects):
            probs.append("aspek ganda")
    if not any(v["section"] == "A" for v in rks.values()):
        probs.append("kinerja utama kosong")
    return probs, targets


def find_label(wb, label: str) -> object | None:
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if text(c.value).startswith(label):
                    for cc in range(c.column + 1, ws.max_column + 1):
                        v = ws.cell(c.row, cc).value
                        if v is not None:
                            return v
    return None


def check_penilaian(wb, ws, targets: dict[str, Fraction]) -> list[str]:
    h = header(ws)
    if not h:
        return ["tabel penilaian tidak ditemukan"]
    rs = rows(ws, h)
    rks = rk_values(rs, ws, h[1])
    real_label = "REALISASI" if "REALISASI" in h[1] else "REALISASI 2026"
    probs = []
    utama = [rk for rk in rks.values() if rk["section"] == "A"]
    nku, kt = Fraction(0), Fraction(0)
    for rk in rks.values():
        ns = []
        for x in rk["ikis"]:
            v = x["v"]
            iki = v["INDIKATOR KINERJA INDIVIDU"]
            t = targets.get(iki)
            tp, _ = target_parts(x)
            if t is None or tp != t:
                probs.append(f"target Penilaian ≠ rencana baris {x['row']}")
                t = t or tp
            r = cell_number(x["cells"][real_label])
            if r is None or t is None:
                probs.append(f"realisasi kosong baris {x['row']}")
                continue
            raw = (2 - r / t) * 100 if v["ASPEK"].lower() == "waktu" else r / t * 100
            c = half_up(raw)
            wc = cell_number(x["cells"]["CAPAIAN IKI"])
            if wc is None or not (wc == c or abs(wc - raw) <= Fraction(5, 100)):
                probs.append(f"capaian {wc} ≠ {c} baris {x['row']}")
            if KAT.get(v["KATEGORI CAPAIAN IKI"].lower()) != band(c):
                probs.append(f"kategori IKI baris {x['row']}")
            if "NILAI CAPAIAN IKI" in v and not same(x["cells"]["NILAI CAPAIAN IKI"].value, nilai(c)):
                probs.append(f"nilai IKI baris {x['row']}")
            ns.append(nilai(c))
        if len(ns) != len(rk["ikis"]):
            continue
        n = sum(ns, Fraction(0)) / len(ns)
        f = rk["first"]
        if not same(f["cells"]["NILAI CAPAIAN RK"].value, n):
            probs.append(f"nilai RK baris {f['row']}")
        kb = KAT.get(f["v"]["KATEGORI CAPAIAN RK"].lower())
        if kb != band(
            {Fraction(120): 111, Fraction(109): 100}.get(n, 101 if n > 109 else 80 if n >= 70 else 60)
        ):
            probs.append(f"kategori RK baris {f['row']}")
        if rk["section"] == "A":
            tt = n / len(utama)
            nku += tt
        else:
            tt = Fraction(F_KT[kb or "SK"] * 10, 100) * n / 100
            kt += tt
        if not same(f["cells"]["NILAI TERTIMBANG"].value, tt):
            probs.append(f"nilai tertimbang baris {f['row']}")
    skp = nku + min(kt, Fraction(10))
    skp = min(skp, Fraction(120))
    if not same(find_label(wb, "NILAI AKHIR SKP"), skp):
        probs.append("nilai akhir SKP")
    per = []
    for w in wb:
        for row in w.iter_rows():
            for c in row:
                if text(c.value) == "ASPEK PERILAKU KERJA":
                    per = [w.cell(c.row + i, c.column + 1).value for i in range(1, 6)]
    if len(per) != 5 or None in per:
        return probs + ["perilaku tidak lengkap"]
    np_ = Fraction(sum(per), 5)
    if not same(find_label(wb, "NILAI PERILAKU KERJA"), np_):
        probs.append("nilai perilaku")
    nk = Fraction(7, 10) * skp + Fraction(3, 10) * np_
    if not same(find_label(wb, "NILAI KINERJA"), nk):
        probs.append("nilai kinerja")
    ide = text(find_label(wb, "IDE BARU")) == "Ya"
    want = (
        "Sangat Baik"
        if nk >= 110 and ide
        else "Baik"
        if nk >= 90
        else "Butuh Perbaikan"
        if nk >= 70
        else "Kurang"
        if nk >= 50
        else "Sangat Kurang"
    )
    if text(find_label(wb, "PREDIKAT KINERJA")) != want:
        probs.append(f"predikat ≠ {want}")
    return probs


def check_ak(wb, ws_plan) -> list[str]:
    if "Keterkaitan AK" not in wb.sheetnames:
        return ["lembar Keterkaitan AK tidak ada"]
    ak = wb["Keterkaitan AK"]
    probs = []
    linked = set()
    for row in ak.iter_rows(min_row=1):
        b = text(row[1].value) if len(row) > 1 else ""
        if b and b != "RENCANA KINERJA":
            linked.add(b.lower())
        if len(row) > 4 and row[2].value and text(row[2].value) != "BUTIR KEGIATAN":
            n = number(text(row[4].value))
            if n is None or n <= 0:
                probs.append(f"angka kredit tidak valid baris {row[4].row}")
    h = header(ws_plan)
    for rk in rk_values(rows(ws_plan, h), ws_plan, h[1]).values():
        if rk["section"] == "A" and rk["rk"].lower() not in linked:
            probs.append(f"RK tanpa butir ({rk['rk']})")
    return probs


def check(path: Path, form: str) -> list[str]:
    wb = openpyxl.load_workbook(path)
    probs: list[str] = []
    ids = []
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                t = text(c.value)
                if t.startswith("PERIODE PENILAIAN:"):
                    p = periode_problem(t)
                    if p:
                        probs.append(f"{ws.title}: {p}")
                if t.startswith("NIP"):
                    val = t[3:].strip(" .:") or text(ws.cell(c.row, c.column + 1).value)
                    if re.search(r"\d", val) and nip_problem(val):
                        probs.append(f"{ws.title}!{c.coordinate}: {nip_problem(val)}")
        got = identity(ws)
        if got:
            ids.append(got)
    for peg, pen in ids:
        for who, d in (("pegawai", peg), ("penilai", pen)):
            for k, v in d.items():
                if not v or v == "-":
                    probs.append(f"identitas {who} {k} kosong")
            if nip_problem(d["nip"]):
                probs.append(f"NIP {who}: {nip_problem(d['nip'])}")
            if gol_of(d["pangkat"]) is None:
                probs.append(f"pangkat {who} tidak dikenal: {d['pangkat']}")
        if re.sub(r"\D", "", peg["nip"]) == re.sub(r"\D", "", pen["nip"]):
            probs.append("penilai sama dengan pegawai")
        if form.startswith("jf"):
            gol = gol_of(peg["pangkat"])
            for j, (lo, hi) in JENJANG.items():
                if (
                    j in peg["jabatan"].lower()
                    and gol
                    and not GOLS.index(lo) <= GOLS.index(gol) <= GOLS.index(hi)
                ):
                    probs.append("jenjang di luar golongan")
    plan_probs, targets = check_plan(wb["SKP 2026"], form)
    probs += plan_probs
    if form.startswith("jf"):
        probs += check_ak(wb, wb["SKP 2026"])
    probs += check_penilaian(wb, wb["Penilaian SKP 2026"], targets)
    return sorted(set(probs))


if __name__ == "__main__":
    import json
    import sys

    here = Path(__file__).resolve().parent
    files = json.loads((here / "harapan.json").read_text())["files"]
    bad = 0
    for f in files:
        seen = check(here / "kiriman" / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("ok " if ok else "XX ", f["file"], seen)
    sys.exit(1 if bad else 0)
