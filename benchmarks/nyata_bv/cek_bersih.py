"""Independent recheck of the clean workbooks of ``nyata_bv`` from their cell contents (not from the
generator's model): NIP (SPEC §5), pangkat–golongan (PP 99/2000, PPPK golongan), JF jenjang–golongan,
periode inside one calendar year, aspek, and the kategori thresholds of Model Pengembangan (BAIK = target,
ordered for the IKI's direction, SANGAT BAIK beyond the target).

Usage: ``python benchmarks/nyata_bv/cek_bersih.py [--semua]``; prints every problem, exit 1 if any.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
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
ROMAWI = {
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
}
JENJANG = {
    "pemula": ["II/a"],
    "terampil": ["II/b", "II/c", "II/d"],
    "mahir": ["III/a", "III/b"],
    "penyelia": ["III/c", "III/d"],
    "pertama": ["III/a", "III/b"],
    "muda": ["III/c", "III/d"],
    "madya": ["IV/a", "IV/b", "IV/c"],
    "utama": ["IV/d", "IV/e"],
}
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
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya", "kuantitas/output", "kualitas/mutu"}


def norm(v: Any) -> str:
    return " ".join(str(v or "").replace("\n", " ").split()).casefold()


def check_nip(text: str) -> str | None:
    d = re.sub(r"[\s.]", "", text)
    if not re.fullmatch(r"\d{18}", d):
        return f"NIP bukan 18 angka: {text!r}"
    try:
        born = date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return f"tanggal lahir mustahil: {text}"
    ty, tm = int(d[8:12]), int(d[12:14])
    if tm != 21 and not 1 <= tm <= 12:
        return f"bulan TMT mustahil: {text}"
    if ty - born.year < 18 or (ty - born.year == 18 and tm != 21 and (tm, 1) < (born.month, born.day)):
        return f"TMT kurang dari 18 tahun sesudah lahir: {text}"
    if d[14] not in "12":
        return f"digit jenis kelamin bukan 1/2: {text}"
    if d[15:] == "000":
        return f"nomor urut 000: {text}"
    return None


def read_gol(text: str, pppk: bool) -> tuple[str | None, str | None]:
    """(golongan, problem)."""
    t = norm(text)
    if pppk:
        m = re.fullmatch(r"(?:golongan )?([ivx]+)(?: \(pppk\))?", t)
        if m and m.group(1).upper() in ROMAWI:
            return None, None
        return None, f"golongan PPPK tidak dikenal: {text!r}"
    m = re.fullmatch(r"(.+?)\s*[,/]\s*(i{1,3}|iv)\s*/\s*([a-e])", t)
    if not m:
        return None, f"pangkat tidak terbaca: {text!r}"
    name = m.group(1).replace("tk. i", "tingkat i").replace("tk.i", "tingkat i").strip(" ,/")
    gol = f"{m.group(2).upper()}/{m.group(3)}"
    if PANGKAT.get(name) != gol:
        return gol, f"nama pangkat dan golongan tidak cocok: {text!r}"
    return gol, None


def read_periode(text: str) -> str | None:
    t = norm(text).split(":", 1)[-1]
    parts = re.split(r"\s+(?:sd|s\.d\.|s/d)\s+", t)
    if len(parts) != 2:
        return f"periode tidak terbaca: {text!r}"
    dates = []
    for p in parts:
        m = re.search(r"(\d{1,2}) ([a-z]+)(?: (\d{4}))?", p)
        if not m or m.group(2) not in BULAN:
            return f"tanggal periode tidak terbaca: {text!r}"
        dates.append([int(m.group(1)), BULAN[m.group(2)], int(m.group(3)) if m.group(3) else None])
    if dates[0][2] is None:
        dates[0][2] = dates[1][2]
    if dates[0][2] != dates[1][2] or dates[1][2] is None:
        return f"periode tidak dalam satu tahun: {text!r}"
    a = date(dates[0][2], dates[0][1], dates[0][0])
    b = date(dates[1][2], dates[1][1], dates[1][0])
    if a > b:
        return f"periode terbalik: {text!r}"
    return None


def number(text: Any) -> float | None:
    m = re.search(r"\d[\d.]*(?:,\d+)?", str(text or ""))
    if not m:
        return None
    return float(m.group().replace(".", "").replace(",", "."))


def band(text: Any) -> tuple[float, float] | None:
    """Interval of a threshold text: '< 6', '6 - 8', '12', '> 12'."""
    t = str(text or "")
    nums = [float(x.replace(".", "").replace(",", ".")) for x in re.findall(r"\d[\d.]*(?:,\d+)?", t)]
    if not nums:
        return None
    if "<" in t:
        return (-1e18, nums[0] - 1e-9)
    if ">" in t:
        return (nums[0] + 1e-9, 1e18)
    return (nums[0], nums[-1])


def check_sheet(ws: Any) -> list[str]:
    probs: list[str] = []
    cells = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}

    def right(r: int, c: int) -> Any:
        for cc in range(c + 1, c + 4):
            if (r, cc) in cells:
                return cells[(r, cc)]
        return None

    blocks: dict[int, dict[str, Any]] = {}
    for (r, c), v in cells.items():
        n = norm(v)
        if n in ("nip", "nama", "jabatan") or n.startswith("pangkat"):
            key = "pangkat" if n.startswith("pangkat") else n
            blocks.setdefault(c, {})[key] = right(r, c)
        if n.startswith("periode penilaian"):
            p = read_periode(str(v))
            if p:
                probs.append(p)
            elif str(2027) not in str(v):
                probs.append(f"periode bukan 2027: {v!r}")
    for blk in blocks.values():
        nip = str(blk.get("nip") or "")
        jab = str(blk.get("jabatan") or "")
        if nip.strip() == "-":
            if not norm(jab).startswith("bupati"):
                probs.append(f"NIP '-' bukan untuk penilai pejabat politik ({jab})")
            continue
        if nip:
            e = check_nip(nip)
            if e:
                probs.append(e)
        pppk = len(re.sub(r"\D", "", nip)) == 18 and re.sub(r"\D", "", nip)[12:14] == "21"
        if blk.get("pangkat"):
            gol, e = read_gol(str(blk["pangkat"]), pppk)
            if e:
                probs.append(e)
            words = norm(jab).split()
            jen = next((w for w in reversed(words) if w in JENJANG), None)
            structural = norm(jab).startswith(("kepala", "sekretaris", "camat", "asisten"))
            if gol and jen and not structural and gol not in JENJANG[jen]:
                probs.append(f"jenjang {jen} dengan golongan {gol}: {jab}")
    # table: aspek and kategori
    head = None
    for (r, _c), v in sorted(cells.items()):
        if norm(v) == "target":
            head = r
            break
    if head is None:
        return probs
    cols: dict[str, int] = {}
    for (r, c), v in cells.items():
        if r in (head, head + 1) and norm(v) in (
            "aspek",
            "target",
            "sangat kurang",
            "kurang",
            "cukup",
            "baik",
            "sangat baik",
        ):
            cols[norm(v)] = c
    for r in range(head + 1, ws.max_row + 1):
        tgt = cells.get((r, cols["target"]))
        asp = cells.get((r, cols.get("aspek", -1)))
        if tgt is None or asp is None:
            continue
        if norm(asp) not in ASPEK:
            probs.append(f"aspek tidak sah di baris {r}: {asp!r}")
        levels = [lv for lv in ("sangat kurang", "kurang", "cukup", "baik", "sangat baik") if lv in cols]
        if not levels:
            continue
        vals = {lv: cells.get((r, cols[lv])) for lv in levels}
        if any(v is None for v in vals.values()):
            probs.append(f"kategori kosong di baris {r}")
            continue
        if norm(vals["baik"]) != norm(tgt):
            probs.append(f"BAIK bukan target di baris {r}")
        n = number(tgt)
        down = norm(asp).startswith("waktu")
        bands = [band(vals[lv]) for lv in levels]
        if n is None or any(b is None for b in bands):
            probs.append(f"kategori tidak terbaca di baris {r}")
            continue
        mids = [(b[0] if b[0] > -1e17 else b[1]) for b in bands]  # type: ignore[index]
        order = mids if not down else list(reversed(mids))
        if order != sorted(order):
            probs.append(f"kategori tidak berurutan di baris {r}: {vals}")
        sb = bands[-1]
        assert sb is not None
        if sb[0] <= n <= sb[1]:
            probs.append(f"SANGAT BAIK mencakup target di baris {r}")
        for lv, b in zip(levels[:-2], bands[:-2], strict=True):
            assert b is not None
            if b[0] <= n <= b[1]:
                probs.append(f"target di dalam {lv.upper()} di baris {r}")
    return probs


def check_file(path: Path) -> list[str]:
    wb = load_workbook(path)
    probs: list[str] = []
    for ws in wb.worksheets:
        flat = {norm(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
        if "indikator kinerja individu" in flat and "target" in flat:
            probs += [f"{ws.title}: {p}" for p in check_sheet(ws)]
    return probs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Periksa ulang berkas bersih nyata_bv dari isi selnya.")
    ap.add_argument("--semua", action="store_true", help="periksa juga berkas bercacat")
    a = ap.parse_args(argv)
    manifest = json.loads((HERE / "harapan.json").read_text(encoding="utf-8"))
    bad = 0
    n = 0
    for m in manifest["files"]:
        if not (m["clean"] or a.semua):
            continue
        n += 1
        for p in check_file(HERE / "kiriman" / m["file"]):
            bad += 1
            print(f"{m['file']}: {p}")
    print(f"{n} berkas diperiksa, {bad} masalah")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
