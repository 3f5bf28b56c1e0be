"""Independent recheck of a ``nyata_by`` workbook from its cell contents (not from the generator's model), the
way a reviewer reads it: identity (NIP, pangkat–golongan, JF jenjang–golongan, empty fields, penilai ≠
pegawai), periode, the plan table (RK atasan, aspek, IKI, target with a number and a satuan, waktu units,
absolute words, activity-worded RK, duplicates, kategori order and separation, cara memantau, perspektif),
Keterkaitan AK, Manual IKI and the Penilaian arithmetic of SPEC §6. Labels are matched case-, space- (NBSP,
line breaks, doubles) and punctuation-insensitively; hidden columns and formulas hold nothing this check
needs.

``check(path, form)`` returns a list of problems; ``[]`` for a clean workbook.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
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
    "pemula": ("II/a", "II/a"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
    "ahli pertama": ("III/a", "III/b"),
    "ahli muda": ("III/c", "III/d"),
    "ahli madya": ("IV/a", "IV/c"),
    "ahli utama": ("IV/d", "IV/e"),
}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
ABSOLUT = ("semua", "selalu", "tidak pernah", "setiap")
AKTIVITAS = (
    "menyusun",
    "melaksanakan",
    "memberikan",
    "mengikuti",
    "melakukan",
    "membuat",
    "penyusunan",
    "pelaksanaan",
    "pengumpulan",
    "koordinasi",
    "fasilitasi",
    "monitoring",
    "rekapitulasi",
    "input",
    "asistensi",
)
WAKTU_UNIT = ("hari", "minggu", "bulan", "triwulan", "semester", "tahun", "jam")
BULAN = [
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
UNITLESS = ("persentase", "indeks", "nilai")


def norm(v) -> str:
    return re.sub(r"[\W_]+", "", str(v)).upper() if v is not None else ""


def text(v) -> str:
    return re.sub(r"\s+", " ", str(v)).strip() if v is not None else ""


def grid(ws) -> dict[tuple[int, int], object]:
    hidden = {k for k, d in ws.column_dimensions.items() if d.hidden}
    return {
        (c.row, c.column): c
        for row in ws.iter_rows()
        for c in row
        if c.value is not None and c.column_letter not in hidden
    }


def find(g: dict, label: str) -> list[tuple[int, int]]:
    return sorted(k for k, c in g.items() if norm(c.value) == label)


def number(s: str) -> Fraction:
    return Fraction(s.replace(".", "").replace(",", "."))


def numbers(t: str) -> list[Fraction]:
    return [number(x) for x in re.findall(r"\d[\d.]*(?:,\d+)?", t)]


def value_of(cell) -> tuple[Fraction | None, str]:
    """A target/threshold cell as (number, satuan text)."""
    v = cell.value
    if isinstance(v, (int, float)):
        return Fraction(v).limit_denominator(1000), ("%" if "%" in cell.number_format else "")
    t = text(v)
    ns = numbers(t)
    return (ns[0] if ns else None), re.sub(r"[\d.,<>=≤≥\-–\s]+", " ", t).strip()


def interval(cell) -> tuple[Fraction, Fraction, bool, bool] | None:
    """(lo, hi, lo_incl, hi_incl) of a kategori cell; None when unreadable."""
    v = cell.value
    if isinstance(v, (int, float)):
        x = Fraction(v).limit_denominator(1000)
        return x, x, True, True
    t = text(v)
    ns = numbers(t)
    if not ns:
        return None
    inf = Fraction(10**12)
    if t.startswith(">"):
        return ns[0], inf, "=" in t[:2], False
    if t.startswith("<"):
        return -inf, ns[0], False, "=" in t[:2]
    if len(ns) >= 2 and re.search(r"\d\s*[-–]\s*\d", t):
        return ns[0], ns[1], True, True
    return ns[0], ns[0], True, True


def contains(iv, x: Fraction) -> bool:
    lo, hi, li, hi_i = iv
    return (lo < x or (li and lo == x)) and (x < hi or (hi_i and hi == x))


def nip_problem(nip: str) -> str | None:
    d = re.sub(r"[\s.]", "", nip)
    if not re.fullmatch(r"\d{18}", d):
        return "bukan 18 angka"
    try:
        birth = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return "tanggal lahir mustahil"
    if not 1 <= int(d[12:14]) <= 12:
        return "bulan TMT mustahil"
    if d[14] not in "12":
        return "digit jenis kelamin"
    if int(d[8:12]) - birth.year < 18:
        return "TMT < 18 tahun"
    return None


def gol_of(p: str) -> str | None:
    m = re.search(r"\b(I{1,3}V?|IV)\s*/\s*([a-e])\b", p)
    name = re.sub(r"\btk\.?\s*", "tingkat ", p.split(",")[0].split("(")[0].strip().lower())
    name = re.sub(r"\s+", " ", name).strip()
    if not m or PANGKAT.get(name) != f"{m.group(1)}/{m.group(2)}":
        return None
    return PANGKAT[name]


def identity(g: dict) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for side, lab in (("peg", "PEGAWAIYANGDINILAI"), ("pen", "PEJABATPENILAIKINERJA")):
        hits = find(g, lab)
        if not hits:
            continue
        r0, c0 = hits[0]
        vals: dict[str, str] = {}
        last = None
        for r in range(r0 + 1, r0 + 8):
            lab_c = g.get((r, c0))
            key = norm(lab_c.value) if lab_c else ""
            vc = next((g[(r, c)] for c in range(c0 + 1, c0 + 4) if (r, c) in g), None)
            if key:
                last = {
                    "NAMA": "nama",
                    "NIP": "nip",
                    "PANGKATGOLRUANG": "pangkat",
                    "JABATAN": "jabatan",
                    "UNITKERJA": "unit",
                    "INSTANSI": "unit",
                }.get(key)
                if last:
                    vals[last] = text(vc.value) if vc else ""
            elif last == "unit" and vc is not None and (r, c0 - 1) not in g:
                vals["unit"] += " " + text(vc.value)
        out[side] = vals
    return out


def check_identity(g: dict, jenis: str, where: str) -> list[str]:
    p: list[str] = []
    ids = identity(g)
    if set(ids) != {"peg", "pen"}:
        return [f"{where}: blok identitas tidak lengkap"]
    for side, vals in ids.items():
        for k in ("nama", "nip", "pangkat", "jabatan", "unit"):
            v = vals.get(k, "")
            top = side == "pen" and jenis == "jpt" and k in ("nip", "pangkat")
            if v in ("", "-") and not top:
                p.append(f"{where}: {side} {k} kosong")
        if vals.get("nip", "-") != "-" and (e := nip_problem(vals["nip"])):
            p.append(f"{where}: {side} NIP {e}")
        if vals.get("pangkat", "-") != "-" and not gol_of(vals["pangkat"]):
            p.append(f"{where}: {side} pangkat {vals['pangkat']!r}")
    if re.sub(r"\D", "", ids["peg"].get("nip", "")) == re.sub(r"\D", "", ids["pen"].get("nip", "x")):
        p.append(f"{where}: penilai = pegawai")
    jab = ids["peg"].get("jabatan", "").lower()
    gol = gol_of(ids["peg"].get("pangkat", ""))
    for j, (lo, hi) in JENJANG.items():
        if jab.endswith(j) and gol and not GOLS.index(lo) <= GOLS.index(gol) <= GOLS.index(hi):
            p.append(f"{where}: jenjang {j} dengan {gol}")
    per = [c for c in g.values() if norm(c.value).startswith("PERIODEPENILAIAN")]
    m = (
        re.search(r"(\d+)\s+(\w+)\s+SD\s+(\d+)\s+(\w+)\s+(\d{4})", text(per[0].value).upper())
        if per
        else None
    )
    if not m:
        p.append(f"{where}: periode")
    else:
        try:
            y = int(m.group(5))
            a = dt.date(y, BULAN.index(m.group(2).lower()) + 1, int(m.group(1)))
            b = dt.date(y, BULAN.index(m.group(4).lower()) + 1, int(m.group(3)))
            if a > b:
                p.append(f"{where}: periode terbalik")
        except ValueError:
            p.append(f"{where}: periode tidak terbaca")
    return p


COLS = {
    "NO": "no",
    "PERSPEKTIF": "perspektif",
    "RENCANAKINERJA": "rk",
    "ASPEK": "aspek",
    "INDIKATORKINERJAINDIVIDU": "iki",
    "TARGET": "target",
    "SANGATKURANG": "sk",
    "KURANG": "k",
    "CUKUP": "c",
    "BAIK": "b",
    "SANGATBAIK": "sb",
    "DATA": "data",
    "SUMBERDATA": "sumber",
    "WAKTUPENGUMPULAN": "waktu",
    "REALISASI": "realisasi",
    "CAPAIANIKI": "capaian",
    "KATEGORICAPAIANIKI": "kat_iki",
    "NILAICAPAIANIKI": "nilai_iki",
    "KATEGORICAPAIANRK": "kat_rk",
    "NILAICAPAIANRK": "nilai_rk",
    "NILAITERTIMBANG": "tertimbang",
}


def table(ws) -> tuple[dict, list[dict]] | None:
    """Columns and the Kinerja Utama rows of a plan or Penilaian sheet: [{rk fields, iki: [row cells]}]."""
    g = grid(ws)
    heads = find(g, "TARGET")
    if not heads:
        return None
    h = heads[0][0]
    cols: dict[str, int] = {}
    for r in (h, h + 1):
        for (rr, c), cell in g.items():
            if rr != r:
                continue
            n = norm(cell.value)
            if n.startswith("RENCANAKINERJAATASAN"):
                cols["atasan"] = c
            elif n in COLS:
                cols[COLS[n]] = c
    rks: list[dict] = []
    section = None
    r = h + 2
    while r < h + 200:
        first = text(g[(r, 1)].value) if (r, 1) in g else ""
        if norm(first).startswith("AKINERJAUTAMA"):
            section = "A"
        elif norm(first).startswith("BKINERJATAMBAHAN"):
            section = "B"
        elif norm(first).startswith("NILAIAKHIR") or (
            section == "B" and not any((r, c) in g for c in cols.values())
        ):
            break
        elif section == "A":
            row = {k: g.get((r, c)) for k, c in cols.items()}
            if row.get("rk") is not None:
                rks.append(
                    {
                        k: row.get(k)
                        for k in (
                            "perspektif",
                            "no",
                            "atasan",
                            "rk",
                            "data",
                            "sumber",
                            "waktu",
                            "kat_rk",
                            "nilai_rk",
                            "tertimbang",
                        )
                    }
                    | {"iki": [], "row": r}
                )
            if rks and any(row.get(k) is not None for k in ("iki", "target", "aspek")):
                rks[-1]["iki"].append(row)
        r += 1
    return cols, rks


def check_plan(cols: dict, rks: list[dict], jenis: str, model: str) -> list[str]:
    p: list[str] = []
    if not rks:
        return ["tidak ada Kinerja Utama"]
    seen = set()
    if jenis == "jpt" and model == "pengembangan":
        got = {text(rk["perspektif"].value).lower() if rk["perspektif"] else "" for rk in rks}
        if not got <= PERSPEKTIF or got != PERSPEKTIF:
            p.append(f"perspektif {sorted(got)}")
    for rk in rks:
        t = text(rk["rk"].value)
        if t.lower() in seen:
            p.append(f"rk ganda {t}")
        seen.add(t.lower())
        if t.split()[0].lower() in AKTIVITAS:
            p.append(f"rk aktivitas {t}")
        if jenis != "jpt" and not (rk["atasan"] and text(rk["atasan"].value)):
            p.append(f"rk atasan kosong baris {rk['row']}")
        if not rk["iki"]:
            p.append(f"rk tanpa iki {t}")
        if jenis != "jpt" and model == "pengembangan":
            for k in ("data", "sumber", "waktu"):
                if not (rk[k] and text(rk[k].value)):
                    p.append(f"cara memantau {k} kosong baris {rk['row']}")
        aspek_seen = set()
        for row in rk["iki"]:
            iki = text(row["iki"].value) if row.get("iki") else ""
            if not iki:
                p.append(f"iki kosong baris {rk['row']}")
                continue
            asp = text(row["aspek"].value).lower() if row.get("aspek") else ""
            if jenis != "jpt":
                if asp not in ASPEK:
                    p.append(f"aspek {asp!r}")
                if asp in aspek_seen:
                    p.append(f"aspek ganda {asp}")
                aspek_seen.add(asp)
                if any(w in iki.lower() for w in ABSOLUT):
                    p.append(f"iki absolut {iki}")
            tc = row.get("target")
            if tc is None or not text(tc.value):
                p.append(f"target kosong {iki}")
                continue
            t_num, sat = value_of(tc)
            if t_num is None:
                p.append(f"target tanpa angka {iki}")
                continue
            if not sat and iki.split()[0].lower() not in UNITLESS:
                p.append(f"target tanpa satuan {iki}")
            if asp == "waktu" and not any(u in sat.lower() for u in WAKTU_UNIT):
                p.append(f"waktu tanpa satuan waktu {iki}")
            if jenis != "jpt" and model == "pengembangan":
                p += check_kategori(row, t_num, asp, iki)
    return p


def check_kategori(row: dict, t: Fraction, asp: str, iki: str) -> list[str]:
    lv = {k: interval(row[k]) if row.get(k) is not None else None for k in ("sk", "k", "c", "b", "sb")}
    if lv["b"] is None:
        return [f"kategori BAIK kosong {iki}"]
    if any(v is None for v in lv.values()):
        return [f"kategori tidak terbaca {iki}"]
    p = []
    if not (lv["b"][0] == lv["b"][1] == t):
        p.append(f"BAIK != target {iki}")
    for k in ("sk", "k", "c", "sb"):
        if contains(lv[k], t):
            p.append(f"{k} mencakup target {iki}")
    order = ["sk", "k", "c", "b", "sb"] if asp != "waktu" else ["sb", "b", "c", "k", "sk"]
    for a, b in zip(order, order[1:], strict=False):
        if not lv[a][1] <= lv[b][0]:
            p.append(f"kategori tidak berurutan {a}/{b} {iki}")
    return p


def check_ak(wb, rks: list[dict]) -> list[str]:
    ws = next((w for w in wb if w.sheet_state == "visible" and find(grid(w), "BUTIRKEGIATAN")), None)
    if ws is None:
        return ["Keterkaitan AK hilang"]
    g = grid(ws)
    h, _ = find(g, "BUTIRKEGIATAN")[0]
    c_rk = find(g, "RENCANAKINERJA")[-1][1]
    c_ak = find(g, "ANGKAKREDIT")[-1][1]
    listed, p = set(), []
    for r in range(h + 2, h + 60):
        if (r, c_rk) in g:
            listed.add(text(g[(r, c_rk)].value).lower())
        if (r, c_ak) in g:
            v = g[(r, c_ak)].value
            x = (
                Fraction(v).limit_denominator(10000)
                if isinstance(v, (int, float))
                else (number(text(v)) if re.fullmatch(r"\d+(,\d+)?", text(v)) else None)
            )
            if x is None or x <= 0 or (x * 1000).denominator != 1:
                p.append(f"angka kredit {v!r}")
        elif (r, c_rk - 1) not in g and (r, c_rk + 1) not in g and r > h + 3:
            break
    for rk in rks:
        if text(rk["rk"].value).lower() not in listed:
            p.append(f"RK tanpa butir {text(rk['rk'].value)}")
    return p


def check_manual(wb, rks: list[dict]) -> list[str]:
    ws = next((w for w in wb if any(norm(c.value) == "DEFINISIIKI" for c in grid(w).values())), None)
    if ws is None:
        return ["Manual IKI hilang"]
    g = grid(ws)
    blocks: dict[str, dict[str, str]] = {}
    cur: dict[str, str] | None = None
    for (r, c), cell in sorted(g.items()):
        n = norm(cell.value)
        val = g.get((r, c + 1))
        if n == "RENCANAKINERJA":
            cur = {}
        if cur is None:
            continue
        if n == "INDIKATORKINERJAINDIVIDU" and val is not None:
            blocks[text(val.value).lower()] = cur
        if n in ("DESKRIPSIRENCANAKINERJA", "DEFINISIIKI", "FORMULA", "TUJUAN"):
            cur[n] = text(val.value) if val is not None else ""
    p = []
    for rk in rks:
        for row in rk["iki"]:
            b = blocks.get(text(row["iki"].value).lower())
            if b is None:
                p.append(f"manual hilang {text(row['iki'].value)}")
                continue
            for k in ("DESKRIPSIRENCANAKINERJA", "DEFINISIIKI", "FORMULA", "TUJUAN"):
                if not b.get(k):
                    p.append(f"manual {k} kosong {text(row['iki'].value)}")
    return p


def q2(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def kategori(cap: int) -> str:
    return (
        "Sangat Baik"
        if cap > 100
        else "Baik"
        if cap == 100
        else "Cukup"
        if cap >= 80
        else "Kurang"
        if cap >= 60
        else "Sangat Kurang"
    )


def nilai(cap: int) -> Fraction:
    if cap > 110:
        return Fraction(120)
    if cap >= 101:
        return 110 + Fraction(10, 9) * (cap - 101)
    if cap == 100:
        return Fraction(109)
    if cap >= 60:
        return Fraction(cap - 10)
    return Fraction(cap * 49, 59)


def kat_nilai(n: Fraction) -> str:
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


def written(cell) -> Fraction | None:
    if cell is None:
        return None
    if isinstance(cell.value, (int, float)):
        return Fraction(cell.value).limit_denominator(10000)
    ns = numbers(text(cell.value))
    return ns[0] if ns else None


def check_penilaian(wb, ws, plan: list[dict]) -> list[str]:
    p: list[str] = []
    cols, rks = table(ws)
    plan_t = {text(row["iki"].value).lower(): value_of(row["target"])[0] for rk in plan for row in rk["iki"]}
    rk_vals = []
    for rk in rks:
        vals = []
        for row in rk["iki"]:
            iki = text(row["iki"].value)
            t = value_of(row["target"])[0]
            if t != plan_t.get(iki.lower()):
                p.append(f"target penilaian berbeda {iki}")
            r = written(row.get("realisasi"))
            if r is None:
                p.append(f"realisasi kosong {iki}")
                continue
            asp = text(row["aspek"].value).lower() if row.get("aspek") else ""
            raw = (2 - r / t) * 100 if asp in ("waktu", "biaya") else r / t * 100
            cap = int(raw + Fraction(1, 2))
            if written(row["capaian"]) != cap:
                p.append(f"capaian {text(row['capaian'].value)} != {cap} % ({iki})")
            if text(row["kat_iki"].value) != kategori(cap):
                p.append(f"kategori IKI {iki}")
            n = nilai(cap)
            if Decimal(str(row["nilai_iki"].value)).quantize(Decimal("0.01")) != q2(n):
                p.append(f"nilai IKI {iki}")
            vals.append(n)
        if not vals:
            continue
        n_rk = sum(vals, Fraction(0)) / len(vals)
        rk_vals.append(n_rk)
        if written(rk["nilai_rk"]) is None or q2(written(rk["nilai_rk"])) != q2(n_rk):
            p.append(f"nilai RK baris {rk['row']}")
        if text(rk["kat_rk"].value) != kat_nilai(n_rk):
            p.append(f"kategori RK baris {rk['row']}")
        if q2(written(rk["tertimbang"])) != q2(n_rk / len(rks)):
            p.append(f"tertimbang baris {rk['row']}")
    g = grid(ws)
    tot = {}
    for (r, c), cell in g.items():
        n = norm(cell.value)
        for key in ("NILAIAKHIRSKP", "NILAIPERILAKUKERJA", "NILAIKINERJA", "PREDIKATKINERJA"):
            if n.startswith(key) and c == 1:
                vc = [g[(r, cc)] for cc in range(2, 40) if (r, cc) in g]
                tot[key] = vc[-1] if vc else None
    skp = sum(rk_vals, Fraction(0)) / len(rk_vals) if rk_vals else Fraction(0)
    if written(tot.get("NILAIAKHIRSKP")) is None or q2(written(tot["NILAIAKHIRSKP"])) != q2(skp):
        p.append("nilai akhir SKP")
    perilaku_ws = next(
        (w for w in wb if any(norm(c.value) == "ASPEKPERILAKU" for c in grid(w).values())), None
    )
    if perilaku_ws is None:
        return p + ["sheet perilaku hilang"]
    pg = grid(perilaku_ws)
    scores = [
        Fraction(pg[(r, 3)].value)
        for r in range(1, 30)
        if (r, 2) in pg
        and (r, 3) in pg
        and text(pg[(r, 2)].value)
        in ("Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan")
    ]
    perilaku = sum(scores, Fraction(0)) / 5
    if len(scores) != 5 or q2(written(tot.get("NILAIPERILAKUKERJA"))) != q2(perilaku):
        p.append("nilai perilaku")
    nk = skp * Fraction(7, 10) + perilaku * Fraction(3, 10)
    if q2(written(tot.get("NILAIKINERJA"))) != q2(nk):
        p.append("nilai kinerja")
    pred = "Baik" if 90 <= nk < 110 else "Butuh Perbaikan" if 70 <= nk < 90 else "Kurang" if nk >= 50 else "?"
    if text(tot["PREDIKATKINERJA"].value) != pred:
        p.append("predikat")
    return p


def check(path: Path, form: str) -> list[str]:
    jenis, model = form.split("-")
    wb = openpyxl.load_workbook(path)
    p: list[str] = []
    plan_ws = pen_ws = None
    for ws in wb:
        if ws.sheet_state != "visible":
            continue
        g = grid(ws)
        if find(g, "TARGET") and find(g, "INDIKATORKINERJAINDIVIDU"):
            if find(g, "REALISASI"):
                pen_ws = ws
            elif plan_ws is None:
                plan_ws = ws
    if plan_ws is None:
        return ["tidak ada sheet rencana"]
    for ws in [plan_ws, pen_ws] + [
        w for w in wb if w.sheet_state == "visible" and find(grid(w), "BUTIRKEGIATAN")
    ]:
        if ws is not None:
            p += check_identity(grid(ws), jenis, ws.title)
    cols, rks = table(plan_ws)
    p += check_plan(cols, rks, jenis, model)
    if jenis == "jf":
        p += check_ak(wb, rks)
    if jenis == "jpt":
        p += check_manual(wb, rks)
    if pen_ws is not None:
        p += check_penilaian(wb, pen_ws, rks)
    return p


if __name__ == "__main__":
    import json

    here = Path(__file__).resolve().parent
    files = json.loads((here / "harapan.json").read_text(encoding="utf-8"))["files"]
    bad = 0
    for f in files:
        seen = check(here / "kiriman" / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("OK " if ok else "XX ", f["file"], seen)
    sys.exit(1 if bad else 0)
