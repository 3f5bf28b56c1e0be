"""Independent recheck of a ``nyata_bw`` workbook from its cell contents (not from the generator's model),
the way a reviewer reads it: NIP, pangkat–golongan, JF jenjang–golongan, periode, penilai ≠ pegawai, the plan
table (RK atasan, aspek, target with a number and a satuan, cara memantau, perspektif), the kategori penilaian
of every Model Pengembangan IKI — parsed from the texts staff write (``≥ 95 %``, ``>= 95%``, ``95 s.d. 100
%``,
``kurang dari 90 %``, ``di atas 12 laporan``, ``paling lama 2 hari``, ``Rp 450.000.000``, ``BAIK: 12
laporan``,
bare numbers, decimal commas, words) and checked for order along the IKI's direction and for consistency with
the target —, the annexes (Keterkaitan AK, Manual IKI) and the Penilaian arithmetic of SPEC §6.

``check(path, form)`` returns a list of problems; ``[]`` for a clean workbook.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
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
    "Terampil": ("II/b", "II/d"),
    "Mahir": ("III/a", "III/b"),
    "Penyelia": ("III/c", "III/d"),
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/c"),
    "Ahli Utama": ("IV/d", "IV/e"),
}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
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
INF = math.inf

# ------------------------------------------------------------------------------------------- kategori

NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
LABEL = re.compile(r"^\s*(sangat\s+kurang|kurang|cukup|baik|sangat\s+baik)\s*[:=]\s*", re.I)
OPS = [
    ("ge", ("≥", ">=", "paling sedikit", "minimal")),
    ("le", ("≤", "<=", "paling lama", "paling banyak", "maksimal")),
    ("gt", (">", "lebih dari", "di atas")),
    ("lt", ("<", "kurang dari", "di bawah")),
]


def number(s: str) -> Fraction:
    return Fraction(s.replace(".", "").replace(",", "."))


def numbers(text: str) -> list[Fraction]:
    return [number(x) for x in NUM.findall(text)]


def interval(text: str) -> tuple | None:
    """(lo, lo_inclusive, hi, hi_inclusive) of one kategori or target text; None for words only."""
    t = LABEL.sub("", str(text)).strip().lower()
    ns = numbers(t)
    if not ns:
        return None
    for op, marks in OPS:
        if any(t.startswith(m) for m in marks):
            x = ns[0]
            return {
                "ge": (x, True, INF, False),
                "le": (-INF, False, x, True),
                "gt": (x, False, INF, False),
                "lt": (-INF, False, x, False),
            }[op]
    if len(ns) >= 2 and re.search(r"\d\s*(?:-|–|s\.d\.|s/d|sd|hingga)\s*(?:rp\s*)?\d", t):
        return (ns[0], True, ns[1], True)
    return (ns[0], True, ns[0], True)


def point(iv: tuple) -> tuple:
    """A one-sided BAIK/target (``≤ 2 hari``) stands for its bound."""
    lo, li, hi, hinc = iv
    if lo == -INF:
        return (hi, True, hi, True)
    if hi == INF:
        return (lo, True, lo, True)
    return iv


def below(a: tuple, b: tuple) -> bool:
    """Every value of ``a`` lies below every value of ``b``."""
    return a[2] < b[0] or (a[2] == b[0] and not (a[3] and b[1]))


def check_kategori(
    levels: dict[str, str | None], target: str | None, descending: bool, where: str
) -> list[str]:
    out = []
    if not any(levels.values()):
        return [f"{where}: kategori kosong"]
    if "BAIK" in levels and not levels["BAIK"]:
        return [f"{where}: BAIK kosong"]
    baik_text = levels.get("BAIK") or target
    if target is None:
        return [f"{where}: target kosong"]
    if "BAIK" in levels and LABEL.sub("", levels["BAIK"]).strip() != target.strip():
        tb, bb = interval(target), interval(LABEL.sub("", levels["BAIK"]))
        if tb is None or bb is None or point(tb) != point(bb):
            out.append(f"{where}: BAIK {levels['BAIK']!r} bukan target {target!r}")
    seq = []
    for lv in LEVELS:
        text = baik_text if lv == "BAIK" else levels.get(lv)
        if text is None:
            continue
        iv = interval(text)
        if iv is None:
            continue
        if iv[0] > iv[2]:
            out.append(f"{where}: rentang terbalik {lv} {text!r}")
            continue
        seq.append((lv, point(iv) if lv == "BAIK" else iv))
    for (l1, a), (l2, b) in zip(seq, seq[1:], strict=False):
        ok = below(b, a) if descending else below(a, b)
        if not ok:
            out.append(f"{where}: {l1} {a} dan {l2} {b} tidak berurutan/tidak membedakan")
    return out


# ------------------------------------------------------------------------------------------ identity


def nip_problem(nip: str) -> str | None:
    d = re.sub(r"[ .]", "", nip)
    if not re.fullmatch(r"\d{18}", d):
        return "bukan 18 angka"
    try:
        born = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return "tanggal lahir"
    if not 1 <= int(d[12:14]) <= 12:
        return "bulan TMT"
    if int(d[8:12]) - born.year < 18:
        return "TMT < 18 tahun"
    if d[14] not in "12":
        return "jenis kelamin"
    return None


def gol_of(pangkat: str) -> str | None:
    m = re.fullmatch(r"\s*([A-Za-z .]+?)\s*,\s*(I{1,3}V?|IV)/([a-e])\s*", pangkat)
    if not m:
        return None
    name = re.sub(r"\s+", " ", m.group(1).lower().replace("tk.", "tingkat"))
    gol = f"{m.group(2)}/{m.group(3)}"
    return gol if PANGKAT.get(name) == gol else None


# -------------------------------------------------------------------------------------------- sheets


def text(v) -> str:
    return "" if v is None else str(v).strip()


def grid(ws) -> dict[tuple[int, int], object]:
    return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}


def header(g: dict) -> tuple[int, dict[str, int]] | None:
    """The table's header row and column of every label (level labels from the row below the group)."""
    for (r, c), v in sorted(g.items()):
        if text(v).upper() == "RENCANA KINERJA" and any(
            text(g.get((r, cc))).upper() in ("INDIKATOR KINERJA INDIVIDU",) for cc in range(c, c + 4)
        ):
            cols = {}
            for rr in (r, r + 1):
                for (r2, c2), v2 in g.items():
                    if r2 == rr and text(v2):
                        cols.setdefault(text(v2).upper(), c2)
            return r, cols
    return None


def identity(g: dict) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"pegawai": {}, "penilai": {}}
    labels = {
        "NAMA": "nama",
        "NIP": "nip",
        "PANGKAT/GOL RUANG": "pangkat",
        "JABATAN": "jabatan",
        "UNIT KERJA": "unit",
        "INSTANSI": "unit",
    }
    for (r, c), v in sorted(g.items()):
        if text(v) in labels and r < 20:
            who = "pegawai" if c < 6 else "penilai"
            out[who].setdefault(labels[text(v)], text(g.get((r, c + 1))))
    return out


def check(path: Path, form: str) -> list[str]:
    wb = openpyxl.load_workbook(path)
    jenis, model = form.split("-")
    probs: list[str] = []
    plans = {}
    for ws in wb:
        g = grid(ws)
        name = ws.title
        year = int(re.search(r"\d{4}", name).group()) if re.search(r"\d{4}", name) else None
        ident = identity(g)
        peg, pen = ident["pegawai"], ident["penilai"]
        if name != "Manual IKI":
            for who, p in ident.items():
                for f in ("nama", "nip", "pangkat", "jabatan", "unit"):
                    v = p.get(f, "")
                    if not v and not (who == "penilai" and f in ("nip", "pangkat") and jenis == "jpt"):
                        probs.append(f"{name}: identitas {who} {f} kosong")
                if p.get("nip") and p["nip"] != "-" and nip_problem(p["nip"]):
                    probs.append(f"{name}: NIP {who} {nip_problem(p['nip'])}")
                if p.get("pangkat") and p["pangkat"] != "-" and gol_of(p["pangkat"]) is None:
                    probs.append(f"{name}: pangkat {who} {p['pangkat']!r}")
            if peg.get("nip") and peg.get("nip") == pen.get("nip"):
                probs.append(f"{name}: penilai = pegawai")
            gol = gol_of(peg.get("pangkat", ""))
            for j, (lo, hi) in JENJANG.items():
                if (
                    peg.get("jabatan", "").endswith(j)
                    and gol
                    and not GOLS.index(lo) <= GOLS.index(gol) <= GOLS.index(hi)
                ):
                    probs.append(f"{name}: jenjang {j} dengan {gol}")
            per = [text(v) for v in g.values() if text(v).upper().startswith("PERIODE PENILAIAN")]
            want = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {year or ''}".strip()
            if name.startswith(("SKP", "Penilaian")) and per != [want]:
                probs.append(f"{name}: periode {per}")
            if name == "Keterkaitan AK":
                yr = re.findall(r"\d{4}", " ".join(per))
                if len(set(yr)) != 1:
                    probs.append(f"{name}: periode {per}")
        if name.startswith(("SKP", "Penilaian")):
            h = header(g)
            if h is None:
                probs.append(f"{name}: kepala tabel tidak ditemukan")
                continue
            plans[name] = (g, h)
    skp = next((k for k in plans if k.startswith("SKP")), None)
    if skp is None:
        return probs + ["tidak ada sheet SKP"]
    rks = plan_rows(*plans[skp])
    probs += check_plan(rks, jenis, model, skp, plans[skp][1][1])
    if jenis == "jf":
        if "Keterkaitan AK" not in wb.sheetnames:
            probs.append("Keterkaitan AK tidak ada")
        else:
            probs += check_ak(grid(wb["Keterkaitan AK"]), [rk for rk in rks if rk["part"] == "A"])
    if jenis == "jpt":
        probs += check_manual(grid(wb["Manual IKI"]) if "Manual IKI" in wb.sheetnames else {}, rks)
    pen = next((k for k in plans if k.startswith("Penilaian")), None)
    if pen:
        probs += check_penilaian(plan_rows(*plans[pen]), plans[pen], rks)
    return probs


def plan_rows(g: dict, h: tuple) -> list[dict]:
    """RK with their IKI rows (a new RK where the RK column has text), and the part (A/B) of each."""
    r0, cols = h
    last = max(r for r, _ in g)
    rks: list[dict] = []
    part, ended = None, False
    c_rk, c_iki = cols["RENCANA KINERJA"], cols["INDIKATOR KINERJA INDIVIDU"]
    c_last = max(cols.values())
    for r in range(r0 + 1, last + 1):
        first = text(g.get((r, 2)))
        if part == "B" and not any(text(g.get((r, c))) for c in range(2, c_last + 1)):
            ended = True
        if ended and not first.startswith(("NILAI", "IDE BARU", "PREDIKAT")):
            continue
        if first.startswith("A. KINERJA UTAMA"):
            part = "A"
            continue
        if first.startswith("B. KINERJA TAMBAHAN"):
            part = "B"
            continue
        if first.startswith(("NILAI AKHIR", "NILAI PERILAKU", "NILAI KINERJA", "IDE BARU", "PREDIKAT")):
            rks.append({"total": first, "value": g.get((r, max(cols.values())))})
            continue
        if part is None or not (text(g.get((r, c_iki))) or text(g.get((r, c_rk)))):
            continue
        row = {k: g.get((r, c)) for k, c in cols.items()}
        row["_row"] = r
        if text(g.get((r, c_rk))) or not rks or "total" in rks[-1]:
            rks.append({"part": part, "rk": text(g.get((r, c_rk))), "row": row, "iki": []})
        if text(g.get((r, c_iki))):
            rks[-1]["iki"].append(row)
    return rks


def target_of(row: dict) -> str | None:
    v = row.get("TARGET", row.get("TARGET/BAIK"))
    return text(v) or None


def check_plan(rks: list[dict], jenis: str, model: str, name: str, cols: dict) -> list[str]:
    probs = []
    rks = [rk for rk in rks if "total" not in rk]
    texts = [rk["rk"].lower() for rk in rks]
    if len(set(texts)) != len(texts):
        probs.append(f"{name}: RK ganda")
    if not any(rk["part"] == "A" for rk in rks):
        probs.append(f"{name}: kinerja utama kosong")
    persp = set()
    for rk in rks:
        row = rk["row"]
        where = f"{name} baris {row['_row']}"
        if re.match(
            r"(menyusun|melaksanakan|melakukan|memberikan|penyusunan|pelaksanaan|koordinasi)\b",
            rk["rk"].lower(),
        ):
            probs.append(f"{where}: RK kegiatan")
        if not rk["iki"]:
            probs.append(f"{where}: RK tanpa IKI")
        if jenis == "jpt":
            if model == "pengembangan":
                p = text(row.get("PERSPEKTIF")).lower()
                if p not in PERSPEKTIF:
                    probs.append(f"{where}: perspektif {p!r}")
                persp.add(p)
        else:
            if rk["part"] == "A" and not text(
                row.get("RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI")
            ):
                probs.append(f"{where}: RK atasan kosong")
            if model == "pengembangan":
                cara = (
                    ["SUMBER DATA UNTUK PENGUKURAN"]
                    if "SUMBER DATA UNTUK PENGUKURAN" in cols
                    else ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
                )
                if not all(text(row.get(k)) for k in cara):
                    probs.append(f"{where}: cara memantau kosong")
        aspek_seen = []
        for iki in rk["iki"]:
            w = f"{name} baris {iki['_row']}"
            t = target_of(iki)
            if jenis != "jpt":
                a = text(iki.get("ASPEK")).lower()
                if a not in ASPEK:
                    probs.append(f"{w}: aspek {a!r}")
                if a in aspek_seen:
                    probs.append(f"{w}: aspek ganda")
                aspek_seen.append(a)
            else:
                a = ""
            if t is None:
                probs.append(f"{w}: target kosong")
                continue
            ns = numbers(t)
            if not ns:
                probs.append(f"{w}: target tanpa angka")
                continue
            iv = interval(t)
            if iv[0] > iv[2]:
                probs.append(f"{w}: target rentang terbalik")
            rest = NUM.sub("", t).replace("≤", "").replace("<=", "").replace("paling lama", "").strip(" -–")
            iki_text = text(iki.get("INDIKATOR KINERJA INDIVIDU")).lower()
            if not rest and not iki_text.startswith(("persentase", "indeks", "nilai", "skor")):
                probs.append(f"{w}: target tanpa satuan")
            if re.search(r"\b(semua|selalu|tidak pernah|setiap)\b", (t + " " + iki_text).lower()):
                probs.append(f"{w}: target absolut")
            if a == "waktu" and not re.search(r"\b(hari|jam|menit|bulan|minggu|tahun)\b", t):
                probs.append(f"{w}: waktu tanpa satuan waktu")
            if a == "biaya" and "Rp" not in t:
                probs.append(f"{w}: biaya tanpa Rp")
            if model == "pengembangan" and jenis != "jpt":
                levels = {lv: (text(iki.get(lv)) or None) for lv in LEVELS if lv in cols}
                if "TARGET/BAIK" in cols:
                    levels["BAIK"] = text(iki.get("TARGET/BAIK")) or None
                kind_desc = a in ("waktu", "biaya")
                probs += check_kategori(levels, t, kind_desc, w)
    if jenis == "jpt" and model == "pengembangan" and persp != PERSPEKTIF:
        probs.append(f"{name}: perspektif tidak lengkap")
    return probs


def check_ak(g: dict, rks: list[dict]) -> list[str]:
    probs = []
    h = None
    for (r, c), v in g.items():
        if text(v).upper() == "BUTIR KEGIATAN":
            h = (r, c)
    if h is None:
        return ["Keterkaitan AK tanpa tabel"]
    r0, c_butir = h
    linked = set()
    end = r0 + 2
    while any(text(g.get((end, c))) for c in range(2, c_butir + 3)):
        end += 1
    for (r, c), v in g.items():
        if r0 + 1 < r < end and c == c_butir - 1 and text(v):
            linked.add(text(v).lower())
            ak = text(g.get((r, c_butir + 2)))
            try:
                ok = number(ak) > 0 if re.fullmatch(r"\d+(,\d{1,3})?", ak) else False
            except (ValueError, ZeroDivisionError):
                ok = False
            if not ok:
                probs.append(f"Keterkaitan AK baris {r}: angka kredit {ak!r}")
    for rk in rks:
        if rk["rk"].lower() not in linked:
            probs.append(f"RK {rk['rk']!r} tanpa butir kegiatan")
    return probs


def check_manual(g: dict, rks: list[dict]) -> list[str]:
    probs = []
    blocks: dict[str, dict[str, str]] = {}
    cur = None
    for (r, c), v in sorted(g.items()):
        if c == 3 and text(v) == "INDIKATOR KINERJA INDIVIDU":
            cur = text(g.get((r, 4)))
            blocks[cur] = {}
    for (r, c), v in sorted(g.items()):
        if c == 3:
            if text(v) == "RENCANA KINERJA":
                cur = None
            label = text(v)
            if label == "INDIKATOR KINERJA INDIVIDU":
                cur = text(g.get((r, 4)))
            blocks.setdefault("_rows", {})[r] = (label, text(g.get((r, 4))))
    rows = sorted(blocks.get("_rows", {}).items())
    manual: dict[str, dict[str, str]] = {}
    block: dict[str, str] = {}
    for _, (label, value) in rows:
        if label == "RENCANA KINERJA" and block:
            manual[block.get("INDIKATOR KINERJA INDIVIDU", "")] = block
            block = {}
        block[label] = value
    if block:
        manual[block.get("INDIKATOR KINERJA INDIVIDU", "")] = block
    for rk in rks:
        if "total" in rk or rk["part"] != "A":
            continue
        for iki in rk["iki"]:
            t = text(iki.get("INDIKATOR KINERJA INDIVIDU"))
            b = manual.get(t)
            if b is None or not all(
                b.get(k) for k in ("DESKRIPSI RENCANA KINERJA", "DEFINISI IKI", "FORMULA", "TUJUAN")
            ):
                probs.append(f"Manual IKI {t!r} tidak lengkap")
    return probs


# ----------------------------------------------------------------------------------------- penilaian


def half_up(x: Fraction) -> int:
    return int((x + Fraction(1, 2)) // 1)


def band(c: int) -> str:
    return (
        "Sangat Baik"
        if c > 100
        else "Baik"
        if c == 100
        else "Cukup"
        if c >= 80
        else ("Kurang" if c >= 60 else "Sangat Kurang")
    )


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


def close(written, exact: Fraction) -> bool:
    try:
        w = Fraction(str(written).replace(",", "."))
    except (ValueError, ZeroDivisionError):
        return False
    return abs(w - exact) <= Fraction(1, 200)


def check_penilaian(rows: list[dict], sheet: tuple, plan: list[dict]) -> list[str]:
    probs = []
    plan_t = {
        text(i.get("INDIKATOR KINERJA INDIVIDU")): target_of(i)
        for rk in plan
        if "total" not in rk
        for i in rk["iki"]
    }
    rks = [rk for rk in rows if "total" not in rk]
    totals = {rk["total"].split()[0] + rk["total"].split()[1]: rk["value"] for rk in rows if "total" in rk}
    values = []
    for rk in rks:
        nil = []
        for iki in rk["iki"]:
            w = f"Penilaian baris {iki['_row']}"
            t, r = target_of(iki), text(iki.get("REALISASI"))
            if t != plan_t.get(text(iki.get("INDIKATOR KINERJA INDIVIDU"))):
                probs.append(f"{w}: target berbeda dengan rencana")
            if not t or not r:
                probs.append(f"{w}: target/realisasi kosong")
                continue
            tn, rn = numbers(t)[0], numbers(r)[0]
            a = text(iki.get("ASPEK")).lower()
            raw = (2 - rn / tn) * 100 if a in ("waktu", "biaya") else rn / tn * 100
            if abs(raw - int(raw) - Fraction(1, 2)) < Fraction(1, 10):
                probs.append(f"{w}: capaian mentah dekat x,5")
            c = half_up(raw)
            if text(iki.get("CAPAIAN IKI")) != f"{c} %":
                probs.append(f"{w}: capaian {iki.get('CAPAIAN IKI')!r} ≠ {c} %")
            if text(iki.get("KATEGORI CAPAIAN IKI")) != band(c):
                probs.append(f"{w}: kategori {iki.get('KATEGORI CAPAIAN IKI')!r} ≠ {band(c)}")
            if not close(iki.get("NILAI CAPAIAN IKI"), nilai(c)):
                probs.append(f"{w}: nilai {iki.get('NILAI CAPAIAN IKI')!r} ≠ {float(nilai(c)):.2f}")
            nil.append(nilai(c))
        if not nil:
            continue
        n_rk = sum(nil, Fraction(0)) / len(nil)
        row = rk["row"]
        if not close(row.get("NILAI CAPAIAN RK"), n_rk):
            probs.append(f"Penilaian baris {row['_row']}: nilai RK {row.get('NILAI CAPAIAN RK')!r}")
        if not close(row.get("NILAI TERTIMBANG"), n_rk / len(rks)):
            probs.append(f"Penilaian baris {row['_row']}: tertimbang {row.get('NILAI TERTIMBANG')!r}")
        values.append(n_rk)
    if not values:
        return probs + ["Penilaian tanpa nilai"]
    na = sum(values, Fraction(0)) / len(rks)
    if not close(totals.get("NILAIAKHIR"), na):
        probs.append(f"nilai akhir {totals.get('NILAIAKHIR')!r} ≠ {float(na):.2f}")
    per = Fraction(str(totals.get("NILAIPERILAKU")))
    nk = na * Fraction(7, 10) + per * Fraction(3, 10)
    if not close(totals.get("NILAIKINERJA"), nk):
        probs.append(f"nilai kinerja {totals.get('NILAIKINERJA')!r}")
    if any(abs(nk - b) < Fraction(6, 10) for b in (110, 90, 70, 50)):
        probs.append("nilai kinerja dekat batas predikat")
    ide = text(totals.get("IDEBARU"))
    p = (
        "Sangat Baik"
        if nk >= 110 and ide == "Ya"
        else "Baik"
        if nk >= 90
        else "Butuh Perbaikan"
        if nk >= 70
        else "Kurang"
        if nk >= 50
        else "Sangat Kurang"
    )
    if text(totals.get("PREDIKATKINERJA")) != p:
        probs.append(f"predikat {totals.get('PREDIKATKINERJA')!r} ≠ {p}")
    return probs


if __name__ == "__main__":
    import json

    here = Path(__file__).resolve().parent
    files = json.loads((here / "harapan.json").read_text(encoding="utf-8"))["files"]
    bad = 0
    for f in files:
        seen = check(here / "kiriman" / f["file"], f["form"])
        if (seen == []) != f["clean"]:
            bad += 1
        print(("OK  " if (seen == []) == f["clean"] else "BEDA") + f"  {f['file']}: {seen[:3]}")
    sys.exit(1 if bad else 0)
