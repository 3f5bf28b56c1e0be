"""Independent recheck of the set ``nyata_cd`` from cell contents alone (it does not use the generator's
model): the sheets are found by their labels (Rencana, Penilaian, Keterkaitan AK, Manual IKI); the identity
blocks, NIP, pangkat, jenjang and periode of each; the plan table (RK atasan, aspek, target with number and
satuan, absolute words, waktu units, activity RK, duplicates, kategori order and separation, cara memantau,
perspektif); Keterkaitan AK and Manual IKI; and the Penilaian recomputed from SPEC §6: realisasi present,
target as planned, capaian (normal, kondisi khusus for Waktu, range target) rounded half-up, kategori and
nilai IKI, kategori and nilai RK, nilai tertimbang (Kinerja Tambahan F × bobot 10 × nilai), subtotals,
NILAI AKHIR SKP, the perilaku mean, NILAI KINERJA and PREDIKAT. It also holds a clean workbook to the set's
promise that its numbers do not depend on an [interpretation]: no capaian between bands or near a half, the
kategori of the standar kinerja column the same as the percentage band, NILAI SKP and NILAI KINERJA far from
a predikat edge and in the same predikat. ``check`` returns the problems seen: none on a clean workbook, at
least one on each defective one."""

from __future__ import annotations

import datetime
import math
import re
from fractions import Fraction
from pathlib import Path

import openpyxl

PANGKAT = {
    "II/a": "pengatur muda",
    "II/b": "pengatur muda tingkat i",
    "II/c": "pengatur",
    "II/d": "pengatur tingkat i",
    "III/a": "penata muda",
    "III/b": "penata muda tingkat i",
    "III/c": "penata",
    "III/d": "penata tingkat i",
    "IV/a": "pembina",
    "IV/b": "pembina tingkat i",
    "IV/c": "pembina utama muda",
    "IV/d": "pembina utama madya",
    "IV/e": "pembina utama",
}
ORDER = list(PANGKAT)
JENJANG = {
    "ahli pertama": ("III/a", "III/b"),
    "ahli muda": ("III/c", "III/d"),
    "ahli madya": ("IV/a", "IV/c"),
    "ahli utama": ("IV/d", "IV/e"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
}
BULAN = {
    b: i + 1
    for i, b in enumerate(
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september"]
        + ["oktober", "november", "desember"]
    )
}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
ACTIVITY = [
    "menyusun",
    "melaksanakan",
    "memberikan",
    "melakukan",
    "mengikuti",
    "membuat",
    "penyusunan",
    "pelaksanaan",
    "pengumpulan",
    "koordinasi",
    "fasilitasi",
    "monitoring",
    "rekapitulasi",
    "input",
    "pengelolaan",
    "asistensi",
]
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
TIME_UNIT = re.compile(r"\b(hari|minggu|bulan|triwulan|semester|tahun)\b", re.I)
NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
LEVELS = ["SANGATKURANG", "KURANG", "CUKUP", "BAIK", "SANGATBAIK"]
KATEGORI = {"sb": "sangat baik", "b": "baik", "c": "cukup", "k": "kurang", "sk": "sangat kurang"}
LEVEL_KEY = {"SANGATKURANG": "sk", "KURANG": "k", "CUKUP": "c", "BAIK": "b", "SANGATBAIK": "sb"}
FAKTOR = {"sb": 100, "b": 80, "c": 60, "k": 40, "sk": 20}
EDGES = (50, 70, 90, 110)


def norm(v) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(v).upper()) if v is not None else ""


def text(v) -> str:
    return "" if v is None else str(v).strip()


def grid(ws) -> dict[tuple[int, int], object]:
    return {(c.row, c.column): c for row in ws.iter_rows() for c in row if text(c.value) != ""}


def val(g: dict, rc: tuple[int, int]):
    c = g.get(rc)
    return None if c is None else c.value


def num(s) -> Fraction | None:
    """The first number of a cell, Indonesian style (1.250 / 85,5)."""
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return Fraction(str(s))
    m = NUM.search(str(s))
    return Fraction(m.group(0).replace(".", "").replace(",", ".")) if m else None


def nums(s: str) -> list[Fraction]:
    return [Fraction(x.replace(".", "").replace(",", ".")) for x in NUM.findall(s)]


def half_up(x: Fraction) -> int:
    return math.floor(x + Fraction(1, 2))


def r2(x: Fraction) -> Fraction:
    return Fraction(math.floor(x * 100 + Fraction(1, 2)), 100)


def band(c: int) -> str:
    return "sb" if c >= 101 else "b" if c == 100 else "c" if c >= 80 else "k" if c >= 60 else "sk"


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


def predikat(x: Fraction, ide: bool) -> str:
    if x >= 110:
        return "sangat baik" if ide else "baik"
    return "baik" if x >= 90 else "butuh perbaikan" if x >= 70 else "kurang" if x >= 50 else "sangat kurang"


def pband(x: Fraction) -> str:
    return "sb" if x >= 110 else "b" if x >= 90 else "bp" if x >= 70 else "k" if x >= 50 else "sk"


# ------------------------------------------------------------------------------------------------ identity


def identity(g: dict) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    heads = {"PEGAWAIYANGDINILAI": "peg", "PEJABATPENILAIKINERJA": "pen"}
    labels = {"NAMA": "nama", "NIP": "nip", "PANGKATGOLRUANG": "pangkat", "JABATAN": "jabatan"}
    labels |= {"UNITKERJA": "unit", "INSTANSI": "unit"}
    for (r, c), cell in sorted(g.items()):
        who = heads.get(norm(cell.value))
        if who is None or who in out or (r, c - 1) not in g:
            continue  # the signature lines repeat the headings, without a NO column
        fields: dict[str, object] = {}
        for rr in range(r + 1, r + 6):
            label = labels.get(norm(val(g, (rr, c))))
            if label:
                fields[label] = val(g, (rr, c + 1))
        out[who] = fields
    return out


def nip_digits(v) -> tuple[str | None, str | None]:
    if text(v) in ("", "-"):
        return None, None
    if not isinstance(v, str):
        return None, "NIP diketik sebagai angka"
    d = re.sub(r"[\s.]", "", re.sub(r"^\s*NIP\.?", "", v.strip(), flags=re.I))
    if not re.fullmatch(r"\d{18}", d):
        return None, f"NIP bukan 18 angka: {v!r}"
    try:
        born = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return None, f"tanggal lahir NIP mustahil: {v!r}"
    if not 1 <= int(d[12:14]) <= 12:
        return None, f"bulan TMT NIP mustahil: {v!r}"
    if d[14] not in "12":
        return None, f"digit jenis kelamin NIP: {v!r}"
    if int(d[8:12]) - born.year < 18:
        return None, f"TMT kurang dari 18 tahun sesudah lahir: {v!r}"
    return d, None


def check_identity(g: dict, jenis: str, where: str) -> list[str]:
    ids = identity(g)
    out, digits = [], {}
    for who in ("peg", "pen"):
        f = ids.get(who)
        if f is None:
            out.append(f"{where}: blok {who} tidak ditemukan")
            continue
        d, problem = nip_digits(f.get("nip"))
        if problem:
            out.append(f"{where} {who}: {problem}")
        digits[who] = d
        bupati = jenis == "jpt" and who == "pen" and text(f.get("nip")) in ("", "-")
        for key in ("nama", "nip", "pangkat", "jabatan", "unit"):
            if text(f.get(key)) in ("", "-") and not (bupati and key in ("nip", "pangkat")):
                out.append(f"{where} {who}: {key} kosong")
        p = text(f.get("pangkat"))
        if bupati or p in ("", "-"):
            continue
        m = re.fullmatch(r"(.+?),\s*(IV|III|II|I)/([a-e])", p)
        if not m or PANGKAT.get(f"{m.group(2)}/{m.group(3)}") != m.group(1).lower():
            out.append(f"{where} {who}: pangkat tidak dikenal {p!r}")
            continue
        gol = f"{m.group(2)}/{m.group(3)}"
        jab = text(f.get("jabatan")).lower()
        for word, (lo, hi) in JENJANG.items():
            if re.search(rf"\b{word}\b", jab) and not ORDER.index(lo) <= ORDER.index(gol) <= ORDER.index(hi):
                out.append(f"{where} {who}: jenjang {word} dengan {gol}")
    if digits.get("peg") and digits.get("peg") == digits.get("pen"):
        out.append(f"{where}: penilai sama dengan pegawai")
    cells = [text(c.value) for c in g.values() if norm(c.value).startswith("PERIODEPENILAIAN")]
    m = re.fullmatch(r"PERIODE PENILAIAN:\s*(\d+) (\w+) SD (\d+) (\w+) (\d{4})", cells[0]) if cells else None
    if not m or m.group(2).lower() not in BULAN or m.group(4).lower() not in BULAN:
        out.append(f"{where}: periode tidak terbaca")
    else:
        y = int(m.group(5))
        a = datetime.date(y, BULAN[m.group(2).lower()], int(m.group(1)))
        b = datetime.date(y, BULAN[m.group(4).lower()], int(m.group(3)))
        if a > b:
            out.append(f"{where}: periode terbalik")
    return out


# ------------------------------------------------------------------------------------------------ tables


def table(g: dict) -> dict | None:
    """The plan or Penilaian table: columns by their labels (two header rows where there are), then the RK
    and IKI rows of A. KINERJA UTAMA and B. KINERJA TAMBAHAN, and the total rows below."""
    head = next(
        (
            r
            for (r, c), cell in sorted(g.items())
            if norm(cell.value) == "NO"
            and any(norm(val(g, (r, cc))) == "RENCANAKINERJA" for cc in range(c, c + 4))
        ),
        None,
    )
    if head is None:
        return None
    cols: dict[str, int] = {}
    for rr in (head, head + 1):
        for (r2_, c), cell in g.items():
            if r2_ == rr and norm(cell.value) not in cols:
                cols[norm(cell.value)] = c
    first_col = min(c for (r, c) in g if r == head)
    section, rks, totals, kt_label = None, [], {}, None
    r = head + 1
    last_row = max(r for r, _ in g)
    while r <= last_row:
        lead = norm(val(g, (r, first_col)))
        if lead == "AKINERJAUTAMA":
            section = "ku"
        elif lead == "BKINERJATAMBAHAN":
            section, kt_label = "kt", r
        elif lead.startswith("JUMLAHNILAITERTIMBANG") or lead == "NILAIAKHIRSKP":
            totals[lead] = g.get((r, cols["NILAITERTIMBANG"]))
            if lead == "NILAIAKHIRSKP":
                break
        elif section:
            row = {k: g.get((r, c)) for k, c in cols.items()}
            if all(text(c.value if c else None) == "" for k, c in row.items() if k not in LEVELS):
                if section == "kt" and r == kt_label + 1:
                    r += 1
                    continue  # the empty Kinerja Tambahan row
                break
            if row.get("NO") is not None:
                rks.append({"section": section, "row": r, "first": row, "iki": []})
            rks[-1]["iki"].append(row)
        r += 1
    return {"head": head, "cols": cols, "rks": rks, "totals": totals}


def cv(cell) -> object:
    return None if cell is None else cell.value


def ct(cell) -> str:
    return text(cv(cell))


def interval(s: str) -> tuple | None:
    s = s.strip()
    ns = nums(s)
    if not ns:
        return None
    if s.startswith("<"):
        return (-math.inf, False, ns[0], False)
    if s.startswith(">"):
        return (ns[0], False, math.inf, False)
    if len(ns) == 2:
        return (ns[0], True, ns[1], True)
    return (ns[0], True, ns[0], True)


def inside(iv: tuple, x: Fraction) -> bool:
    lo, lo_in, hi, hi_in = iv
    return (lo < x or (lo_in and lo == x)) and (x < hi or (hi_in and hi == x))


def before(a: tuple, b: tuple) -> bool:
    return a[2] < b[0] or (a[2] == b[0] and not (a[3] and b[1]))


def levels_of(row: dict, target: str) -> dict[str, str]:
    out = {LEVEL_KEY[k]: ct(row.get(k)) for k in LEVELS if ct(row.get(k))}
    out.setdefault("b", target)
    return out


def check_kategori(lv: dict[str, str], target: str, waktu: bool) -> list[str]:
    if lv.get("b") != target:
        return ["BAIK bukan target"]
    ivs = [interval(lv[k]) for k in ("sk", "k", "c", "b", "sb") if k in lv]
    if len(ivs) < 3:
        return ["kategori kurang dari tiga tingkat"]
    if any(iv is None for iv in ivs):
        return ["kategori tidak terbaca"]
    if waktu:
        ivs = ivs[::-1]
    if not all(before(a, b) for a, b in zip(ivs, ivs[1:], strict=False)):
        return ["kategori tidak berurutan atau tidak membedakan"]
    return []


def rk_text(rk: dict) -> str:
    return ct(rk["first"].get("RENCANAKINERJA"))


def check_plan(t: dict, jenis: str, model: str, is_plan: bool) -> list[str]:
    out = []
    ku = [rk for rk in t["rks"] if rk["section"] == "ku"]
    if not ku:
        return ["tidak ada RK utama"]
    texts = [rk_text(rk).lower() for rk in t["rks"]]
    if len(set(texts)) != len(texts):
        out.append("RK ganda")
    persp_now = None
    seen_persp = set()
    for rk in t["rks"]:
        txt = rk_text(rk)
        if txt.split(" ", 1)[0].lower() in ACTIVITY:
            out.append(f"RK kegiatan {txt!r}")
        if jenis == "jpt":
            if model == "pengembangan" and rk["section"] == "ku":
                p = ct(rk["first"].get("PERSPEKTIF")) or persp_now
                persp_now = p
                if (p or "").lower() not in PERSPEKTIF:
                    out.append(f"perspektif {p!r}")
                seen_persp.add((p or "").lower())
        else:
            if rk["section"] == "ku" and not ct(
                rk["first"].get("RENCANAKINERJAATASANLANGSUNGUNITKERJAORGANISASI")
                or rk["first"].get("RENCANAKINERJAATASANYANGDIINTERVENSI")
            ):
                out.append(f"RK atasan kosong {txt!r}")
            if (
                is_plan
                and model == "pengembangan"
                and not all(ct(rk["first"].get(k)) for k in ("DATA", "SUMBERDATA", "WAKTUPENGUMPULAN"))
            ):
                out.append(f"cara memantau kosong {txt!r}")
            aspek = [ct(ik.get("ASPEK")).lower() for ik in rk["iki"]]
            if len(set(aspek)) != len(aspek):
                out.append(f"aspek ganda {txt!r}")
        for ik in rk["iki"]:
            name, target = ct(ik.get("INDIKATORKINERJAINDIVIDU")), ct(ik.get("TARGET"))
            if not target:
                out.append(f"target kosong {name!r}")
                continue
            if not nums(target):
                out.append(f"target tidak terukur {target!r}")
                continue
            rest = NUM.sub("", target).replace("-", "").replace("Rp", "").strip()
            if (
                not rest
                and "Rp" not in target
                and not re.match(r"(persentase|indeks|nilai|skor)\b", name, re.I)
            ):
                out.append(f"target tanpa satuan {target!r}")
            if ABSOLUT.search(name) or ABSOLUT.search(target):
                out.append(f"kata mutlak {name!r}")
            if jenis == "jpt":
                continue
            a = ct(ik.get("ASPEK")).lower()
            if a not in ASPEK:
                out.append(f"aspek {a!r}")
                continue
            if a == "waktu" and not TIME_UNIT.search(target):
                out.append(f"waktu tanpa satuan waktu {target!r}")
            if model == "pengembangan":
                out += [f"{p}: {name!r}" for p in check_kategori(levels_of(ik, target), target, a == "waktu")]
    if jenis == "jpt" and model == "pengembangan":
        out += [f"perspektif tanpa RK: {p}" for p in sorted(PERSPEKTIF - seen_persp)]
    return out


def check_ak(wb, plan: dict) -> list[str]:
    for ws in wb:
        g = grid(ws)
        h = [(r, c) for (r, c), cell in g.items() if norm(cell.value) == "BUTIRKEGIATAN"]
        if not h:
            continue
        r0, cb = h[0]
        out, linked, now = [], set(), None
        for r in range(r0 + 1, max(r for r, _ in g) + 1):
            if (r, cb - 1) in g and norm(val(g, (r, cb - 1))) != "KINERJAUTAMA":
                now = text(val(g, (r, cb - 1))).lower()
            if (r, cb) in g and now:
                linked.add(now)
                ak = val(g, (r, cb + 2))
                if not (isinstance(ak, str) and re.fullmatch(r"\d+,\d{1,3}", ak) and num(ak) > 0):
                    out.append(f"angka kredit tidak sah {ak!r}")
        ku = [rk_text(rk).lower() for rk in plan["rks"] if rk["section"] == "ku"]
        return out + [f"RK tanpa butir {t!r}" for t in ku if t not in linked]
    return ["lembar Keterkaitan AK tidak ada"]


def check_manual(wb, plan: dict) -> list[str]:
    blocks: list[dict] = []
    for ws in wb:
        g = grid(ws)
        if not any(norm(c.value) == "DEFINISIIKI" for c in g.values()):
            continue
        for (r, c), cell in sorted(g.items()):
            key = norm(cell.value)
            if key == "RENCANAKINERJA":
                blocks.append({})
            if blocks and key in ("INDIKATORKINERJAINDIVIDU", "DESKRIPSIRENCANAKINERJA", "DEFINISIIKI"):
                blocks[-1][key] = text(val(g, (r, c + 1)))
            if blocks and key in ("FORMULA", "TUJUAN"):
                blocks[-1][key] = text(val(g, (r, c + 1)))
    out = []
    for rk in plan["rks"]:
        if rk["section"] != "ku":
            continue
        for ik in rk["iki"]:
            name = ct(ik.get("INDIKATORKINERJAINDIVIDU"))
            b = [x for x in blocks if x.get("INDIKATORKINERJAINDIVIDU") == name]
            if not b or not all(
                b[0].get(k) for k in ("DESKRIPSIRENCANAKINERJA", "DEFINISIIKI", "FORMULA", "TUJUAN")
            ):
                out.append(f"Manual IKI tidak lengkap {name!r}")
    return out


# ------------------------------------------------------------------------------------------------ penilaian


def capaian_written(cell) -> Fraction | None:
    v = cv(cell)
    if v is None or text(v) in ("", "-"):
        return None
    if isinstance(v, (int, float)):
        x = Fraction(str(v))
        return x * 100 if "%" in (cell.number_format or "") else x
    return num(v)


def realisasi(cell, target: str) -> Fraction | None:
    v = cv(cell)
    if isinstance(v, str) and v.strip().lower() in BULAN and "bulan" in target:
        return Fraction(BULAN[v.strip().lower()])
    return num(v)


def raw_capaian(target: str, r: Fraction, waktu: bool) -> Fraction:
    ns = nums(target)
    if len(ns) == 2 and " - " in target:
        lo, hi = ns
        if lo <= r <= hi:
            return Fraction(100)
        return r / (hi if r > hi else lo) * 100
    t = ns[0]
    return (2 - r / t) * 100 if waktu else r / t * 100


def raw_ok(raw: Fraction) -> bool:
    if not (raw == 100 or raw >= 101 or 80 <= raw <= 99 or 60 <= raw <= 79 or 0 <= raw <= 59):
        return False
    frac = raw - math.floor(raw)
    return not (Fraction(45, 100) <= frac <= Fraction(55, 100))


def same(a: Fraction | None, cell) -> bool:
    b = num(cv(cell))
    return a is not None and b is not None and abs(a - b) < Fraction(1, 200)


def check_penilaian(t: dict, plan: dict | None, jenis: str, model: str) -> tuple[list[str], Fraction]:
    out = []
    if plan is not None:
        planned = {
            (rk_text(rk), ct(ik.get("INDIKATORKINERJAINDIVIDU"))): ct(ik.get("TARGET"))
            for rk in plan["rks"]
            for ik in rk["iki"]
        }
        for rk in t["rks"]:
            for ik in rk["iki"]:
                key = (rk_text(rk), ct(ik.get("INDIKATORKINERJAINDIVIDU")))
                if planned.get(key) != ct(ik.get("TARGET")):
                    out.append(f"target penilaian berbeda {key[1]!r}: {ct(ik.get('TARGET'))!r}")
    n_ku = sum(rk["section"] == "ku" for rk in t["rks"])
    sums = {"ku": Fraction(0), "kt": Fraction(0)}
    for rk in t["rks"]:
        exact, bands = [], []
        for ik in rk["iki"]:
            name, target = ct(ik.get("INDIKATORKINERJAINDIVIDU")), ct(ik.get("TARGET"))
            r = realisasi(ik.get("REALISASI"), target)
            if r is None:
                out.append(f"realisasi kosong {name!r}")
                continue
            waktu = ct(ik.get("ASPEK")).lower() == "waktu"
            raw = raw_capaian(target, r, waktu)
            if not raw_ok(raw):
                out.append(f"capaian bergantung tafsiran {name!r}: {float(raw):.2f}")
            c = half_up(raw)
            written = capaian_written(ik.get("CAPAIANIKI"))
            if written is None or abs(written - c) > Fraction(1, 100):
                out.append(f"capaian {name!r}: tertulis {written}, seharusnya {c}")
            if ct(ik.get("KATEGORICAPAIANIKI")).lower() != KATEGORI[band(c)]:
                out.append(
                    f"kategori IKI {name!r}: {ct(ik.get('KATEGORICAPAIANIKI'))!r}, seharusnya {band(c)}"
                )
            if model == "pengembangan" and jenis != "jpt":
                lv = levels_of(ik, target)
                hit = [k for k, s in lv.items() if (iv := interval(s)) and inside(iv, r)]
                if hit != [band(c)]:
                    out.append(f"standar kinerja {name!r}: realisasi di {hit}, persentase {band(c)}")
            if "NILAICAPAIANIKI" in t["cols"] and not same(r2(nilai(c)), ik.get("NILAICAPAIANIKI")):
                out.append(
                    f"nilai IKI {name!r}: {ct(ik.get('NILAICAPAIANIKI'))!r}, seharusnya {float(r2(nilai(c)))}"
                )
            exact.append(nilai(c))
            bands.append(band(c))
        if not exact:
            continue
        rk_exact = sum(exact) / len(exact)
        if len(set(bands)) != 1:
            out.append(f"kategori IKI campuran dalam RK {rk_text(rk)!r}")
        if jenis != "jpt":
            if ct(rk["first"].get("KATEGORICAPAIANRK")).lower() != KATEGORI[bands[0]]:
                out.append(f"kategori RK {rk_text(rk)!r}: {ct(rk['first'].get('KATEGORICAPAIANRK'))!r}")
            if not same(r2(rk_exact), rk["first"].get("NILAICAPAIANRK")):
                out.append(f"nilai RK {rk_text(rk)!r}: {ct(rk['first'].get('NILAICAPAIANRK'))!r}")
        if rk["section"] == "ku":
            tert = rk_exact / n_ku
        else:
            tert = Fraction(FAKTOR[bands[0]] * 10, 100) * rk_exact / 100
        sums[rk["section"]] += tert
        if not same(r2(tert), rk["first"].get("NILAITERTIMBANG")):
            out.append(f"nilai tertimbang {rk_text(rk)!r}: {ct(rk['first'].get('NILAITERTIMBANG'))!r}")
    akhir = r2(min(Fraction(120), sums["ku"] + min(Fraction(10), sums["kt"])))
    for label, x in (
        ("JUMLAHNILAITERTIMBANGKINERJAUTAMA", sums["ku"]),
        ("JUMLAHNILAITERTIMBANGKINERJATAMBAHAN", sums["kt"]),
        ("NILAIAKHIRSKP", akhir),
    ):
        if label in t["totals"] and not same(r2(x), t["totals"][label]):
            out.append(f"{label}: {ct(t['totals'][label])!r}, seharusnya {float(r2(x))}")
    if "NILAIAKHIRSKP" not in t["totals"]:
        out.append("NILAI AKHIR SKP tidak ada")
    if sums["kt"] >= 10 or sums["ku"] + sums["kt"] > 119:
        out.append("nilai mendekati batas 10/120")
    return out, akhir


def line_value(g: dict, label: str):
    for (r, c), cell in sorted(g.items()):
        if norm(cell.value) == label:
            found = next((g[(r, cc)] for cc in range(c + 1, c + 8) if (r, cc) in g), None)
            if found is not None:
                return found
    return None


def check_kinerja(g: dict, akhir: Fraction) -> list[str]:
    out = []
    aspects = ("ORIENTASIPELAYANAN", "KOMITMEN", "INISIATIFKERJA", "KERJASAMA", "KEPEMIMPINAN")
    scores = [num(cv(line_value(g, a))) for a in aspects]
    mean = None
    if any(s is not None for s in scores):
        if None in scores:
            return ["aspek perilaku tidak lengkap"]
        mean = r2(sum(scores) / 5)
        if not same(mean, line_value(g, "NILAIPERILAKUKERJARATARATA")):
            out.append("rata-rata perilaku salah")
    nk_cell = line_value(g, "NILAIKINERJA")
    if nk_cell is None:
        return out
    if mean is None or not same(mean, line_value(g, "NILAIPERILAKUKERJA")):
        out.append("nilai perilaku pada baris nilai kinerja salah")
        return out
    skp = num(cv(line_value(g, "NILAISKP")))
    if skp != akhir:
        out.append("NILAI SKP berbeda dengan NILAI AKHIR SKP")
    nk = r2(Fraction(7, 10) * akhir + Fraction(3, 10) * mean)
    if not same(nk, nk_cell):
        out.append(f"nilai kinerja {ct(nk_cell)!r}, seharusnya {float(nk)}")
    ide_cell = line_value(g, "IDEGAGASANBARUYANGBERMANFAATBAGIORGANISASI")
    ide = ct(ide_cell).lower().startswith("ada")
    if ct(line_value(g, "PREDIKATKINERJA")).lower() != predikat(nk, ide):
        out.append(f"predikat {ct(line_value(g, 'PREDIKATKINERJA'))!r}, seharusnya {predikat(nk, ide)}")
    if pband(nk) != pband(akhir) or any(abs(x - e) < Fraction(1, 2) for x in (nk, akhir) for e in EDGES):
        out.append("predikat bergantung bacaan (nilai SKP dan nilai kinerja)")
    return out


def check(path: Path, form: str) -> list[str]:
    jenis, model = form.split("-")
    wb = openpyxl.load_workbook(path)
    pen_g = None
    plan_t = pen_t = None
    out = []
    for ws in wb:
        g = grid(ws)
        t = table(g)
        if t is None:
            continue
        out += check_identity(g, jenis, ws.title)
        if "REALISASI" in t["cols"]:
            pen_g, pen_t = g, t
        elif "BUTIRKEGIATAN" not in t["cols"]:
            plan_t = t
    if pen_t is None:
        return out + ["sheet Penilaian tidak ditemukan"]
    base = plan_t or pen_t
    out += check_plan(base, jenis, model, plan_t is not None)
    if plan_t is not None:
        out += check_plan(pen_t, jenis, model, False)
        if jenis == "jf":
            out += check_ak(wb, plan_t)
        if jenis == "jpt":
            out += check_manual(wb, plan_t)
    found, akhir = check_penilaian(pen_t, plan_t, jenis, model)
    out += found
    out += check_kinerja(pen_g, akhir)
    return out


if __name__ == "__main__":
    import json
    import sys

    here = Path(__file__).resolve().parent
    files = json.loads((here / "harapan.json").read_text())["files"]
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "kiriman"
    bad = 0
    for f in files:
        seen = check(folder / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("OK " if ok else "XX ", f["file"], seen)
    sys.exit(1 if bad else 0)
