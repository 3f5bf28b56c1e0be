"""Independent recheck of a ``nyata_bx`` workbook from its cell contents (not from the generator's model), the
way a reviewer reads it: NIP (PNS or PPPK), pangkat–golongan, JF jenjang–golongan read from the JABATAN text
(with or without ``Ahli``, with ``selaku``/``merangkap`` suffixes, in capitals), periode, penilai ≠ pegawai,
the
plan table (RK atasan, aspek incl. ``Kuant/Output``/``Kual/Mutu``, duplicate aspek or RK, target with a number
and a satuan, ranges, absolute words, time units, activity RK, kategori order and separation, cara memantau,
perspektif), the annexes (Keterkaitan AK, Manual IKI) and the Penilaian arithmetic of SPEC §6.

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
ORDER = list(PANGKAT.values())
JENJANG = {
    "pemula": ("II/a", "II/a"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
    "pertama": ("III/a", "III/b"),
    "muda": ("III/c", "III/d"),
    "madya": ("IV/a", "IV/c"),
    "utama": ("IV/d", "IV/e"),
}
ASPEK = {
    "kuantitas": "Kuantitas",
    "kuant/output": "Kuantitas",
    "kualitas": "Kualitas",
    "kual/mutu": "Kualitas",
    "waktu": "Waktu",
    "biaya": "Biaya",
}
PERSP = {"penerima layanan", "proses bisnis", "penguatan internal", "anggaran"}
AKTIVITAS = (
    "menyusun",
    "melaksanakan",
    "memberikan",
    "melakukan",
    "mengikuti",
    "penyusunan",
    "pelaksanaan",
    "pengumpulan",
    "koordinasi",
    "fasilitasi",
    "monitoring",
    "rekapitulasi",
    "input",
)
ABSOLUT = ("semua", "selalu", "tidak pernah", "setiap")
WAKTU_SAT = ("hari", "bulan", "minggu", "tahun", "menit", "jam")
TANPA_SATUAN = ("persentase", "indeks", "nilai", "skor")
LV = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]


def t(v) -> str:
    return "" if v is None else str(v).strip()


def grid(ws) -> dict[tuple[int, int], str]:
    g = {(c.row, c.column): t(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
    for rng in ws.merged_cells.ranges:  # a merged value stands for every cell it covers
        v = g.get((rng.min_row, rng.min_col), "")
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                g[(r, c)] = v
    return g


def find(g: dict, pred) -> list[tuple[int, int]]:
    return sorted(k for k, v in g.items() if pred(v))


def nip_ok(nip: str) -> bool:
    d = re.sub(r"[ .]", "", nip)
    if not re.fullmatch(r"\d{18}", d):
        return False
    try:
        birth = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return False
    month = int(d[12:14])
    if not (1 <= month <= 12 or month == 21) or d[14] not in "12":
        return False
    return int(d[8:12]) - birth.year >= 18


def gol_of(pangkat: str, pppk: bool) -> str | None:
    p = pangkat.lower().replace("tk.i", "tingkat i").replace("tk. i", "tingkat i")
    if pppk:
        return "PPPK" if re.fullmatch(r"(golongan |gol\. )?[ivx]+( \(pppk\))?", p) else None
    m = re.fullmatch(r"([a-z ]+?)\s*[,/]\s*(iv|iii|ii|i)\s*/?\s*([a-e])", p)
    if not m or m.group(1).strip() not in PANGKAT:
        return None
    g = f"{m.group(2).upper()}/{m.group(3)}"
    return g if PANGKAT[m.group(1).strip()] == g else None


def jenjang(jabatan: str) -> str | None:
    j = re.split(r"\b(selaku|merangkap)\b", jabatan.lower())[0]
    for w in ("pemula", "terampil", "mahir", "penyelia", "pertama", "muda", "madya", "utama"):
        if re.search(rf"\b{w}\b", j):
            return w
    return None


def identity(g: dict) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"peg": {}, "pen": {}}
    head = find(g, lambda v: v.upper().replace(" ", "") == "PEGAWAIYANGDINILAI")
    r0 = head[0][0]
    fields = ["nama", "nip", "pangkat", "jabatan", "unit"]
    for i, f in enumerate(fields, start=1):
        out["peg"][f] = g.get((r0 + i, 3), "")
        out["pen"][f] = g.get((r0 + i, 6), "")
    return out


def number(s: str) -> Fraction:
    return Fraction(s.replace(".", "").replace(",", "."))


def nums(s: str) -> list[Fraction]:
    return [number(x) for x in re.findall(r"\d[\d.]*(?:,\d+)?", s)]


def interval(s: str) -> tuple[Fraction, Fraction, bool, bool] | None:
    """(lo, hi, lo open, hi open) of a kategori or target text."""
    s = s.strip()
    n = nums(s)
    if not n:
        return None
    if s.startswith("<"):
        return (Fraction(-(10**9)), n[0], True, True)
    if s.startswith(">"):
        return (n[0], Fraction(10**12), True, True)
    if len(n) == 2 and " - " in s:
        return (n[0], n[1], False, False)
    return (n[0], n[0], False, False)


def check(path: Path, form: str) -> list[str]:
    jenis, model = form.split("-")
    wb = openpyxl.load_workbook(path)
    probs: list[str] = []
    plan = next(ws for ws in wb if ws.title.startswith("SKP "))
    g = grid(plan)
    idn = identity(g)
    for who in ("peg", "pen"):
        p = idn[who]
        bupati = who == "pen" and p["jabatan"].startswith("Bupati")
        for f, v in p.items():
            if not v:
                probs.append(f"{who} {f} kosong")
        if bupati:
            continue
        if not nip_ok(p["nip"]):
            probs.append(f"{who} NIP tidak valid {p['nip']}")
        pppk = re.sub(r"\D", "", p["nip"])[12:14] == "21"
        gol = gol_of(p["pangkat"], pppk)
        if gol is None:
            probs.append(f"{who} pangkat tidak dikenal {p['pangkat']}")
        if who == "peg" and jenis == "jf" and gol and gol != "PPPK":
            jj = jenjang(p["jabatan"])
            lo, hi = JENJANG[jj] if jj else (None, None)
            if jj is None or not (ORDER.index(lo) <= ORDER.index(gol) <= ORDER.index(hi)):
                probs.append(f"jenjang {jj} tidak sesuai golongan {gol}")
    if re.sub(r"\D", "", idn["peg"]["nip"]) == re.sub(r"\D", "", idn["pen"]["nip"]):
        probs.append("penilai sama dengan pegawai")
    per = sorted({v for v in g.values() if v.startswith("PERIODE PENILAIAN")})
    year = per[0][-4:] if per else ""
    if not per or not re.fullmatch(r"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER \d{4}", per[0]):
        probs.append(f"periode tidak valid {per}")
    rks = plan_rows(g)
    probs += check_plan(rks, jenis, model)
    if jenis == "jf":
        if "Keterkaitan SKP-AK" not in wb.sheetnames:
            probs.append("keterkaitan AK hilang")
        else:
            probs += check_ak(grid(wb["Keterkaitan SKP-AK"]), rks)
    if jenis == "jpt":
        probs += check_manual(grid(wb["Manual IKI"]), rks)
    if "PENILAIAN SKP" in wb.sheetnames:
        probs += check_penilaian(grid(wb["PENILAIAN SKP"]), rks)
    assert year
    return probs


def header_cols(g: dict, row_pred) -> tuple[int, dict[str, int]]:
    r = find(g, lambda v: v == "INDIKATOR KINERJA INDIVIDU")[0][0]
    cols: dict[str, int] = {}
    for rr in (r + 1, r):  # the level row first: group labels are merged over it
        for (r2, c), v in sorted(g.items()):
            if r2 == rr and v and v not in cols and c not in cols.values() and not v.startswith("A. "):
                cols[v] = c
    return r, cols


def plan_rows(g: dict) -> list[dict]:
    r, cols = header_cols(g, None)
    ma = find(g, lambda v: v == "A. KINERJA UTAMA")[0][0]
    mb = find(g, lambda v: v == "B. KINERJA TAMBAHAN")[0][0]
    last = max(k[0] for k in g)
    rks: list[dict] = []
    for row in range(ma + 1, last + 1):
        if row == mb:
            continue
        vals = {h: g.get((row, c), "") for h, c in cols.items()}
        if not any(vals.get(h) for h in ("RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU")):
            if row > mb:
                break
            continue
        section = "utama" if row < mb else "tambahan"
        rk = vals.get("RENCANA KINERJA", "")
        if (
            not rks
            or rks[-1]["text"] != rk
            or rks[-1]["no"] != vals.get("NO")
            or rks[-1]["section"] != section
        ):
            rks.append({"text": rk, "no": vals.get("NO"), "section": section, "row": vals, "ikis": []})
        if vals.get("INDIKATOR KINERJA INDIVIDU") or vals.get("TARGET"):
            rks[-1]["ikis"].append(vals)
    return rks


def check_plan(rks: list[dict], jenis: str, model: str) -> list[str]:
    probs = []
    seen = set()
    if not any(rk["section"] == "utama" for rk in rks):
        probs.append("kinerja utama kosong")
    persp = set()
    for rk in rks:
        key = re.sub(r"\W", "", rk["text"].lower())
        if key in seen:
            probs.append(f"RK ganda {rk['text']}")
        seen.add(key)
        if rk["text"].lower().startswith(AKTIVITAS):
            probs.append(f"RK aktivitas {rk['text']}")
        v = rk["row"]
        if (
            jenis != "jpt"
            and rk["section"] == "utama"
            and not v.get("RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI")
        ):
            probs.append(f"RK atasan kosong {rk['text']}")
        if jenis == "jpt" and model == "pengembangan":
            p = v.get("PERSPEKTIF", "").lower()
            if p not in PERSP:
                probs.append(f"perspektif tidak valid {p}")
            persp.add(p)
        if (
            jenis != "jpt"
            and model == "pengembangan"
            and not all(v.get(h) for h in ("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"))
        ):
            probs.append(f"cara memantau kosong {rk['text']}")
        if not rk["ikis"]:
            probs.append(f"RK tanpa IKI {rk['text']}")
        aspeks = []
        for iki in rk["ikis"]:
            name, tgt = iki.get("INDIKATOR KINERJA INDIVIDU", ""), iki.get("TARGET", "")
            aspek = ASPEK.get(iki.get("ASPEK", "").lower()) if jenis != "jpt" else None
            if jenis != "jpt":
                if aspek is None:
                    probs.append(f"aspek tidak valid {iki.get('ASPEK')}")
                elif aspek in aspeks:
                    probs.append(f"aspek ganda {aspek}")
                aspeks.append(aspek)
                if any(w in (name + " " + tgt).lower() for w in ABSOLUT):
                    probs.append(f"target absolut {tgt}")
            if not tgt:
                probs.append(f"IKI tanpa target {name}")
                continue
            n = nums(tgt)
            if not n:
                probs.append(f"target tidak terukur {tgt}")
                continue
            if len(n) == 2 and " - " in tgt and n[0] > n[1]:
                probs.append(f"rentang terbalik {tgt}")
            unit = re.sub(r"[\d.,\s-]", "", tgt)
            if not unit and not name.lower().startswith(TANPA_SATUAN):
                probs.append(f"target tanpa satuan {tgt}")
            if (
                (aspek == "Waktu" or name.lower().startswith("waktu"))
                and "%" not in tgt
                and not any(w in tgt.lower() for w in WAKTU_SAT)
            ):
                probs.append(f"satuan tidak sesuai aspek {tgt}")
            if jenis != "jpt" and model == "pengembangan":
                probs += check_kategori(iki, aspek or "Kuantitas", tgt)
    if jenis == "jpt" and model == "pengembangan" and not persp >= PERSP:
        probs.append(f"perspektif tidak lengkap {PERSP - persp}")
    return probs


def check_kategori(iki: dict, aspek: str, tgt: str) -> list[str]:
    texts = [iki.get(lv, "") for lv in LV]
    if not iki.get("BAIK"):
        return [f"kategori kosong {iki.get('INDIKATOR KINERJA INDIVIDU')}"]
    probs = []
    if iki["BAIK"] != tgt:
        probs.append(f"BAIK {iki['BAIK']} bukan target {tgt}")
    ivs = [interval(x) if x else None for x in texts]
    seq = [iv for iv in ivs if iv]
    down = aspek in ("Waktu", "Biaya")
    if down:
        seq = seq[::-1]
    for a, b in zip(seq, seq[1:], strict=False):  # ascending along the direction (reversed for Waktu/Biaya)
        if not (a[1] < b[0] or (a[1] == b[0] and (a[3] or b[2]))) and not (a[1] <= b[0]):
            probs.append(f"kategori tidak berurutan {texts}")
            break
        if a[0] > b[0]:
            probs.append(f"kategori tidak berurutan {texts}")
            break
    tv = interval(tgt)[0]
    sb = ivs[4]
    if sb and (sb[0] <= tv <= sb[1]) and not ((sb[0] == tv and sb[2]) or (sb[1] == tv and sb[3])):
        probs.append(f"SANGAT BAIK mencakup target {texts}")
    for lv in (ivs[0], ivs[1], ivs[2]):
        if lv and lv[0] <= tv <= lv[1] and not ((lv[0] == tv and lv[2]) or (lv[1] == tv and lv[3])):
            probs.append(f"target di dalam tingkat bawah {texts}")
    return probs


def check_ak(g: dict, rks: list[dict]) -> list[str]:
    probs = []
    r, c = find(g, lambda v: v == "BUTIR KEGIATAN")[0]
    linked: set[str] = set()
    for rr in range(r + 1, max(k[0] for k in g) + 1):
        rk, butir = g.get((rr, 2), ""), g.get((rr, 3), "")
        if rk == butir:  # the merged KINERJA UTAMA row
            if not rk:
                break
            continue
        ak = g.get((rr, 5), "")
        if not re.fullmatch(r"\d+,\d{1,3}|\d+", ak) or number(ak) <= 0:
            probs.append(f"angka kredit tidak valid {ak!r}")
        linked.add(rk.lower())
    for rk in rks:
        if rk["section"] == "utama" and rk["text"].lower() not in linked:
            probs.append(f"RK tanpa butir {rk['text']}")
    return probs


def check_manual(g: dict, rks: list[dict]) -> list[str]:
    blocks: list[dict[str, str]] = []
    for r in sorted({k[0] for k in g}):
        label, val = g.get((r, 2), ""), g.get((r, 3), "")
        if label == "RENCANA KINERJA":
            blocks.append({})
        if blocks and label:
            blocks[-1][label] = val
    by_iki = {b.get("INDIKATOR KINERJA INDIVIDU"): b for b in blocks}
    probs = []
    for rk in rks:
        if rk["section"] != "utama":
            continue
        for iki in rk["ikis"]:
            b = by_iki.get(iki["INDIKATOR KINERJA INDIVIDU"])
            need = ("DESKRIPSI RENCANA KINERJA", "DEFINISI IKI", "FORMULA", "TUJUAN")
            if b is None or not all(b.get(x) for x in need):
                probs.append(f"manual IKI kosong {iki['INDIKATOR KINERJA INDIVIDU']}")
    return probs


def half_up(x: Fraction) -> int:
    return int((Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def nilai_of(c: int) -> tuple[str, Fraction]:
    if c > 110:
        return "Sangat Baik", Fraction(120)
    if c > 100:
        return "Sangat Baik", 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return "Baik", Fraction(109)
    if c >= 80:
        return "Cukup", Fraction(70 + (c - 80))
    if c >= 60:
        return "Kurang", Fraction(50 + (c - 60))
    return "Sangat Kurang", Fraction(c * 49, 59)


def close(written: str, exact: Fraction) -> bool:
    try:
        return abs(Fraction(str(written).replace(",", ".")) - exact) <= Fraction(1, 50)
    except ValueError:
        return False


def check_penilaian(g: dict, plan: list[dict]) -> list[str]:
    probs = []
    rks = plan_rows_pn(g)
    targets = {i["INDIKATOR KINERJA INDIVIDU"]: i["TARGET"] for rk in plan for i in rk["ikis"]}
    rk_vals = []
    for rk in rks:
        vals = []
        for iki in rk["ikis"]:
            name = iki["INDIKATOR KINERJA INDIVIDU"]
            if iki["TARGET"] != targets.get(name):
                probs.append(f"target penilaian berbeda {name}")
            if not iki["REALISASI"]:
                probs.append(f"realisasi kosong {name}")
                continue
            tt, rr = nums(iki["TARGET"])[0], nums(iki["REALISASI"])[0]
            raw = (2 - rr / tt) * 100 if ASPEK.get(iki["ASPEK"].lower()) == "Waktu" else rr / tt * 100
            c = half_up(raw)
            kat, nil = nilai_of(c)
            if (
                nums(iki["CAPAIAN IKI"])[0] != c
                or iki["KATEGORI CAPAIAN IKI"] != kat
                or not close(iki["NILAI CAPAIAN IKI"], nil)
            ):
                probs.append(f"capaian tidak sesuai {name}")
            vals.append(nil)
        if vals:
            rk_vals.append(sum(vals, Fraction(0)) / len(vals))
            if not close(rk["row"]["NILAI CAPAIAN RK"], rk_vals[-1]):
                probs.append(f"nilai RK tidak sesuai {rk['text']}")
    skp = sum(rk_vals, Fraction(0)) / len(rk_vals)
    label = {g[k]: k for k in g if g[k] in ("NILAI AKHIR SKP", "NILAI PERILAKU", "PREDIKAT KINERJA")}
    r = label["NILAI AKHIR SKP"][0]
    if not close(g[(r, max(c for rr, c in g if rr == r))], skp):
        probs.append("nilai akhir tidak sesuai")
    scores = [
        Fraction(g[(rr, 3)])
        for (rr, c), v in g.items()
        if c == 2
        and v in ("Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan")
    ]
    nk = Fraction(7, 10) * skp + Fraction(3, 10) * sum(scores, Fraction(0)) / 5
    pred = (
        "Baik" if nk >= 90 else "Butuh Perbaikan" if nk >= 70 else "Kurang" if nk >= 50 else "Sangat Kurang"
    )
    if g[(label["PREDIKAT KINERJA"][0], 3)] != pred:
        probs.append(f"predikat tidak sesuai ({float(nk):.2f})")
    return probs


def plan_rows_pn(g: dict) -> list[dict]:
    return [rk for rk in plan_rows(g) if rk["section"] == "utama"]
