"""Independent recheck of the set ``nyata_cf`` from the cells of its workbooks and its daftar (not from the
generator's model). Per workbook: NIP (SPEC §5), pangkat-golongan (PP 99/2000), JF jenjang-golongan, periode
inside one year, aspek, target with number and satuan, kategori ordered for the IKI's direction with BAIK =
target, RK atasan filled. Across the folder (SPEC §7, §9): each RK atasan matches an RK of the penilai's own
workbook (found by the penilai's NIP) up to harmless copying differences, each superior RK is intervened by a
subordinate, the penilai is the daftar's NIP ATASAN, the NIP is in the daftar, no NIP has two workbooks for
one period, equivalent plans under one penilai stay within 2x, a Matriks's parts add up to its target.

Usage: ``python benchmarks/nyata_cf/cek_bersih.py [--semua]``: prints the problems of the clean workbooks
(with ``--semua``: of every workbook); exit 1 if a clean workbook has a problem.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

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
JENJANG = [
    ("ahli pertama", {"III/a", "III/b"}),
    ("ahli muda", {"III/c", "III/d"}),
    ("ahli madya", {"IV/a", "IV/b", "IV/c"}),
    ("terampil", {"II/b", "II/c", "II/d"}),
    ("mahir", {"III/a", "III/b"}),
    ("penyelia", {"III/c", "III/d"}),
]
BULAN_NAMA = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
              "oktober", "november", "desember"]  # fmt: skip
BULAN = {b: i for i, b in enumerate(BULAN_NAMA, 1)}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
LEVELS = ["sangat kurang", "kurang", "cukup", "baik", "sangat baik"]


def low(v: Any) -> str:
    return " ".join(str(v or "").split()).casefold()


def digits_of_nip(text: str) -> str:
    t = str(text or "").strip().lstrip("'")
    t = re.sub(r"^nip\.?\s*", "", t, flags=re.I)
    return re.sub(r"[\s.]", "", t)


def nip_problem(text: str) -> str | None:
    d = digits_of_nip(text)
    if not re.fullmatch(r"\d{18}", d):
        return f"NIP bukan 18 angka: {text!r}"
    try:
        born = date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return f"tanggal lahir mustahil: {text!r}"
    ty, tm = int(d[8:12]), int(d[12:14])
    if not 1 <= tm <= 12:
        return f"bulan TMT mustahil: {text!r}"
    if (ty, tm) < (born.year + 18, born.month):
        return f"TMT kurang dari 18 tahun sesudah lahir: {text!r}"
    if d[14] not in "12" or d[15:] == "000":
        return f"jenis kelamin/nomor urut salah: {text!r}"
    return None


def gol_of(text: str) -> tuple[str | None, str | None]:
    t = low(text).replace("tk.", "tingkat").replace("tk ", "tingkat ")
    m = re.fullmatch(r"(.+?)\s*[,/]\s*(i{1,3}|iv)/([a-e])", t)
    if not m:
        return None, f"pangkat tidak terbaca: {text!r}"
    name, gol = " ".join(m.group(1).split()), f"{m.group(2).upper()}/{m.group(3)}"
    if PANGKAT.get(name) != gol:
        return gol, f"pangkat dan golongan tidak cocok: {text!r}"
    return gol, None


def periode_of(text: str) -> tuple[date, date] | None:
    t = low(text)
    m = re.search(
        r"(\d{1,2}) ([a-z]+)(?: (\d{4}))? (?:sd|s\.d\.|s/d) (\d{1,2}) ([a-z]+) (\d{4})",
        t,
    )
    if not m:
        return None
    y2 = int(m.group(6))
    y1 = int(m.group(3) or y2)
    return date(y1, BULAN[m.group(2)], int(m.group(1))), date(y2, BULAN[m.group(5)], int(m.group(4)))


def num(text: str) -> float | None:
    m = re.search(r"\d[\d.]*(?:,\d+)?", text)
    return float(m.group(0).replace(".", "").replace(",", ".")) if m else None


def interval(text: str) -> tuple[float, float] | None:
    """The numbers a kategori threshold covers (open ends shifted by a little)."""
    t = low(text)
    if t.startswith("<"):
        n = num(t)
        return (float("-inf"), n - 1e-6) if n is not None else None
    if t.startswith(">"):
        n = num(t)
        return (n + 1e-6, float("inf")) if n is not None else None
    parts = re.findall(r"\d[\d.]*(?:,\d+)?", t)
    vals = [float(p.replace(".", "").replace(",", ".")) for p in parts]
    if not vals:
        return None
    return min(vals), max(vals)


def norm_rk(text: str) -> str:
    t = str(text or "").strip()
    t = re.sub(r"^\d+\.\s+", "", t)
    t = t.replace("&", " dan ")
    return " ".join(re.sub(r"[^0-9a-z/]+", " ", t.casefold()).split())


def edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i + 1 :] == b[i:] or a[i:] == b[i + 1 :]


def same_rk(written: str, source: str) -> bool:
    w, s = norm_rk(written), norm_rk(source)
    if not w:
        return False
    if w == s or edit1(w, s):
        return True
    return str(written).rstrip().endswith("...") and len(w) >= 50 and s.startswith(w)


# ---------------------------------------------------------------- reading one workbook


@dataclass
class Iki:
    row: int
    aspek: str
    text: str
    target: str
    kategori: dict[str, str] = field(default_factory=dict)


@dataclass
class Rk:
    row: int
    text: str
    atasan: str
    tambahan: bool
    ikis: list[Iki] = field(default_factory=list)


@dataclass
class Book:
    name: str
    ident: dict[str, list[str]] = field(default_factory=dict)
    periode: tuple[date, date] | None = None
    rks: list[Rk] = field(default_factory=list)
    jpt: bool = False
    matriks: list[tuple[str, str]] = field(default_factory=list)  # (nip, target), koordinator first
    problems: list[tuple[str, str]] = field(default_factory=list)

    def nip(self, who: int) -> str:
        vals = self.ident.get("nip", [])
        return digits_of_nip(vals[who]) if len(vals) > who else ""


def read_book(path: Path, name: str) -> Book:
    wb = load_workbook(path)
    book = Book(name)
    main = None
    for ws in wb:
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        flat = {low(v) for r in rows for v in r if isinstance(v, str)}
        if "matriks pembagian peran dan hasil" in flat:
            for r in rows:
                cells = [low(v) for v in r]
                if any("koordinator" in c for c in cells) or (r[0] is not None and isinstance(r[0], int)):
                    nip = str(r[2] or "")
                    if digits_of_nip(nip) and r[5]:
                        book.matriks.append((digits_of_nip(nip), str(r[5])))
            continue
        if "butir kegiatan" in flat:
            continue
        if main is None and "rencana kinerja" in flat and "target" in flat:
            main = rows
    if main is None:
        book.problems.append(("bukan-skp", "tabel Rencana SKP tidak ditemukan"))
        return book
    header = next(i for i, r in enumerate(main) if "rencana kinerja" in [low(v) for v in r])
    for r in main[:header]:
        for j, v in enumerate(r):
            lab = low(v)
            if lab.startswith("periode penilaian"):
                book.periode = periode_of(lab)
            key = {
                "nama": "nama",
                "nip": "nip",
                "jabatan": "jabatan",
                "unit kerja": "unit",
                "instansi": "unit",
            }.get(lab)
            if lab.startswith("pangkat"):
                key = "pangkat"
            if key:
                val = next((x for x in r[j + 1 :] if x not in (None, "")), "")
                book.ident.setdefault(key, []).append(str(val))
    cols = {}
    for j, v in enumerate(main[header]):
        lab = low(v)
        if "atasan" in lab:
            cols["atasan"] = j
        elif lab in ("rencana kinerja", "aspek", "target", "perspektif", "no"):
            cols[lab] = j
        elif lab.startswith("indikator kinerja"):
            cols["iki"] = j
    sub = main[header + 1] if header + 1 < len(main) else []
    for row in (main[header], sub):
        for j, v in enumerate(row):
            if low(v) in LEVELS:
                cols[low(v)] = j
    book.jpt = "perspektif" in cols
    start = header + (2 if any(low(v) in LEVELS for v in sub) else 1)
    tambahan, rk = False, None
    began = False
    for i in range(start, len(main)):
        r = main[i]
        if all(r[j] in (None, "") for j in cols.values()):
            if began:
                break
            continue
        began = True
        first = low(r[0])
        if first.startswith("a. kinerja utama"):
            tambahan = False
            continue
        if first.startswith("b. kinerja tambahan"):
            tambahan = True
            continue
        text = r[cols["rencana kinerja"]]
        if text not in (None, ""):
            rk = Rk(i + 1, str(text), str(r[cols["atasan"]] or "") if "atasan" in cols else "", tambahan)
            book.rks.append(rk)
        if rk is not None and r[cols["iki"]] not in (None, ""):
            kat = {lv: str(r[cols[lv]] or "") for lv in LEVELS if lv in cols}
            aspek = str(r[cols["aspek"]] or "") if "aspek" in cols else ""
            rk.ikis.append(Iki(i + 1, aspek, str(r[cols["iki"]]), str(r[cols["target"]] or ""), kat))
    check_book(book)
    return book


def check_book(book: Book) -> None:
    add = book.problems.append
    for i, text in enumerate(book.ident.get("nip", [])):
        if book.jpt and i == 1 and text in ("", "-"):
            continue
        p = nip_problem(text)
        if p:
            add(("nip-tidak-valid", p))
    gols = []
    for text in book.ident.get("pangkat", []):
        gol, p = gol_of(text)
        gols.append(gol)
        if p:
            add(("pangkat-tidak-dikenal", p))
    jab = low(book.ident.get("jabatan", [""])[0])
    for word, allowed in JENJANG:
        if word in jab and gols and gols[0] not in allowed:
            add(("jenjang-golongan-tidak-sesuai", f"{jab} dengan {gols[0]}"))
    if (
        book.periode is None
        or book.periode[0].year != book.periode[1].year
        or book.periode[0] > book.periode[1]
    ):
        add(("periode-tidak-valid", str(book.periode)))
    if not [r for r in book.rks if not r.tambahan]:
        add(("kinerja-utama-kosong", "tidak ada RK utama"))
    for rk in book.rks:
        if not rk.ikis:
            add(("rk-tanpa-iki", rk.text))
        if not book.jpt and not rk.tambahan and not norm_rk(rk.atasan):
            add(("rk-atasan-kosong", f"baris {rk.row}"))
        for iki in rk.ikis:
            check_iki(book, iki)


def check_iki(book: Book, iki: Iki) -> None:
    add = book.problems.append
    aspek = low(iki.aspek)
    if not book.jpt and aspek not in ASPEK:
        add(("aspek-tidak-valid", f"baris {iki.row}: {iki.aspek!r}"))
    t = iki.target.strip()
    if not t:
        add(("iki-tanpa-target", f"baris {iki.row}"))
        return
    if num(t) is None:
        add(("target-tidak-terukur", f"baris {iki.row}: {t!r}"))
        return
    unitless = low(iki.text).split(" ")[0] in ("persentase", "indeks", "nilai", "skor")
    if not re.search(r"[a-z%]", low(re.sub(r"\d[\d.,]*", "", t))) and not unitless:
        add(("target-tanpa-satuan", f"baris {iki.row}: {t!r}"))
    if aspek == "waktu" and not re.search(r"\b(bulan|hari|minggu|tahun)\b", low(t)):
        add(("satuan-tidak-sesuai-aspek", f"baris {iki.row}: {t!r}"))
    if not iki.kategori:
        return
    if low(iki.kategori.get("baik")) != low(t):
        add(("kategori-tidak-berurutan", f"baris {iki.row}: BAIK bukan target"))
    spans = [interval(iki.kategori[lv]) for lv in LEVELS if iki.kategori.get(lv)]
    if any(s is None for s in spans):
        add(("kategori-tidak-berurutan", f"baris {iki.row}: ambang tak terbaca"))
        return
    if aspek == "waktu":
        spans = spans[::-1]
    for a, b in zip(spans, spans[1:], strict=False):
        if not a[1] < b[0]:
            code = "kategori-tidak-membedakan" if a[0] == b[0] or a[1] == b[1] else "kategori-tidak-berurutan"
            add((code, f"baris {iki.row}: {spans}"))
            break


# ---------------------------------------------------------------- the folder


def read_daftar(path: Path) -> dict[str, dict[str, str]]:
    ws = load_workbook(path).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    h = next(i for i, r in enumerate(rows) if "nip baru" in [low(v) for v in r])
    col = {low(v): j for j, v in enumerate(rows[h]) if v}
    out = {}
    for r in rows[h + 1 :]:
        nip = digits_of_nip(str(r[col["nip baru"]] or ""))
        if nip:
            out[nip] = {"atasan": digits_of_nip(str(r[col["nip atasan langsung"]] or "")),
                        "status": str(r[col["status pegawai"]] or "")}  # fmt: skip
    return out


def check_folder(folder: Path, daftar_path: Path) -> dict[str, list[tuple[str, str]]]:
    books = {
        p.relative_to(folder).as_posix(): read_book(p, p.relative_to(folder).as_posix())
        for p in sorted(folder.rglob("*.xlsx"))
    }
    daftar = read_daftar(daftar_path)
    by_nip: dict[str, list[Book]] = defaultdict(list)
    for b in books.values():
        by_nip[b.nip(0)].append(b)
    cited: dict[tuple[str, int], bool] = {}
    for b in books.values():
        nip, pen = b.nip(0), b.nip(1)
        if nip not in daftar:
            b.problems.append(("pegawai-tidak-dalam-daftar", nip))
        else:
            later = [
                o
                for o in by_nip[nip]
                if o is not b and o.periode and b.periode and o.periode[0] > b.periode[1]
            ]
            moved = any(o.nip(1) == daftar[nip]["atasan"] for o in later)
            if not b.jpt and pen != daftar[nip]["atasan"] and not moved:
                b.problems.append(("penilai-tidak-sesuai-daftar", f"{pen} bukan {daftar[nip]['atasan']}"))
        for o in by_nip[nip]:
            if o is not b and o.periode == b.periode:
                b.problems.append(("skp-ganda", o.name))
        sups = by_nip.get(pen, [])
        if b.jpt or not sups:
            continue
        own = [(s, i, r) for s in sups for i, r in enumerate(s.rks) if not r.tambahan]
        for rk in b.rks:
            if rk.tambahan or not norm_rk(rk.atasan):
                continue
            hits = [(s, i) for s, i, r in own if same_rk(rk.atasan, r.text)]
            if not hits:
                b.problems.append(("rk-atasan-tidak-cocok", f"baris {rk.row}: {rk.atasan[:60]!r}"))
            for s, i in hits:
                cited[(s.name, i)] = True
    for b in books.values():
        has_sub = any(o.nip(1) == b.nip(0) for o in books.values() if o is not b)
        if not has_sub:
            continue
        for i, rk in enumerate(b.rks):
            if not rk.tambahan and not cited.get((b.name, i)):
                b.problems.append(("rk-atasan-tidak-diintervensi", f"baris {rk.row}"))
        if b.matriks:
            total = num(b.matriks[0][1]) or 0
            parts = sum(num(t) or 0 for _, t in b.matriks[1:])
            if abs(total - parts) > 1e-6:
                b.problems.append(("target-kaskade-tidak-seimbang", f"{parts} bukan {total}"))
    groups: dict[tuple, list[Book]] = defaultdict(list)
    for b in books.values():
        groups[(b.nip(1), b.periode, low(b.ident.get("jabatan", [""])[0]))].append(b)
    for group in groups.values():
        sizes = [(len(b.rks), sum(len(r.ikis) for r in b.rks), b) for b in group]
        for n_rk, n_iki, b in sizes:
            if any(o_rk > 2 * n_rk or o_iki > 2 * n_iki for o_rk, o_iki, _ in sizes):
                b.problems.append(("kesetaraan-tidak-seimbang", f"{n_rk} RK/{n_iki} IKI"))
    return {name: b.problems for name, b in books.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Pemeriksaan ulang set nyata_cf dari isi sel.")
    ap.add_argument(
        "--semua", action="store_true", help="tampilkan masalah semua berkas, bukan hanya yang bersih"
    )
    a = ap.parse_args(argv)
    manifest = json.loads((HERE / "harapan.json").read_text(encoding="utf-8"))
    problems = check_folder(HERE / "kiriman", HERE / manifest["daftar"])
    bad = 0
    for m in manifest["files"]:
        found = problems.get(m["file"], [])
        if m["clean"]:
            allowed = {b["code"] for b in m["boleh"]} | {d["code"] for d in m["defects"]}
            found = [f for f in found if f[0] not in allowed]
            bad += bool(found)
        if found and (m["clean"] or a.semua):
            print(m["file"])
            for code, msg in found:
                print(f"  {code}: {msg}")
    print(f"{bad} berkas bersih bermasalah")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
