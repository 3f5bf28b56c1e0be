"""Independent re-check of the committed workbooks of ``nyata_bt`` from their cells (not from the generator's
model): NIP (SPEC §5), pangkat and golongan, JF jenjang and golongan, period, kategori order and separation,
and the Penilaian arithmetic of SPEC §6 (capaian, kategori, nilai, nilai RK, tertimbang, nilai akhir, nilai
kinerja, predikat; no capaian near x,5 below 111 %, no nilai kinerja within 0,6 of a predikat boundary).

Every clean workbook must pass; a defective one is listed with what the check saw, so that each inserted
defect is seen where the manifest says. Usage: ``python benchmarks/nyata_bt/cek_bersih.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
GOL = [
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
    ("ahli madya", "IV/a", "IV/c"),
    ("ahli muda", "III/c", "III/d"),
    ("ahli pertama", "III/a", "III/b"),
    ("madya", "IV/a", "IV/c"),
    ("muda", "III/c", "III/d"),
    ("pertama", "III/a", "III/b"),
    ("penyelia", "III/c", "III/d"),
    ("mahir", "III/a", "III/b"),
    ("terampil", "II/b", "II/d"),
]
JF = (
    "dokter",
    "perawat",
    "bidan",
    "apoteker",
    "asisten apoteker",
    "pranata laboratorium",
    "perekam medis",
    "nutrisionis",
    "radiografer",
)
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


def number(text: object) -> Fraction | None:
    """The first number of a cell, Indonesian style (``1.800``, ``84,5``)."""
    if isinstance(text, (int, float)):
        return Fraction(str(text))
    mt = re.search(r"-?\d[\d.]*(,\d+)?", str(text or ""))
    if not mt:
        return None
    return Fraction(mt.group(0).replace(".", "").replace(",", "."))


def q2(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def nip_ok(v: object) -> str | None:
    if not isinstance(v, str):
        return "NIP bukan teks"
    d = re.sub(r"[ .]", "", v)
    if not re.fullmatch(r"\d{18}", d):
        return "NIP tidak 18 angka"
    try:
        born = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return "tanggal lahir mustahil"
    if not 1 <= int(d[12:14]) <= 12:
        return "bulan TMT mustahil"
    if int(d[8:12]) - born.year < 18:
        return "TMT kurang dari 18 tahun"
    if d[14] not in "12" or d[15:] == "000":
        return "jenis kelamin atau urutan"
    return None


def pangkat_ok(v: object) -> tuple[str | None, str | None]:
    mt = re.fullmatch(r"(.+), (I{1,3}V?|IV)/([a-e])", str(v or ""))
    if not mt:
        return "pangkat tidak terbaca", None
    name = mt.group(1).lower().replace("tk.i", "tingkat i")
    gol = f"{mt.group(2)}/{mt.group(3)}"
    if gol not in GOL or PANGKAT.get(name) != gol:
        return "pangkat dan golongan tidak cocok", gol
    return None, gol


def periode_ok(v: str) -> str | None:
    v = v.split(":", 1)[1].strip().lower()
    a, b = v.split(" sd ")
    if re.fullmatch(r"\d\d-\d\d-\d{4}", a.strip()):
        d1 = dt.date(*reversed([int(x) for x in a.strip().split("-")]))
        d2 = dt.date(*reversed([int(x) for x in b.strip().split("-")]))
    else:
        pb = b.split()
        pa = a.split()
        y2 = int(pb[2])
        y1 = int(pa[2]) if len(pa) > 2 else y2
        d1, d2 = dt.date(y1, BULAN[pa[1]], int(pa[0])), dt.date(y2, BULAN[pb[1]], int(pb[0]))
    if d1 > d2 or d1.year != d2.year:
        return "periode terbalik atau lintas tahun"
    return None


def find(ws, text: str) -> list:
    return [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.strip() == text]


def check_identity(ws, out: list[str]) -> None:
    for lab in find(ws, "NIP"):
        v = ws.cell(lab.row, lab.column + 1).value
        if v != "-":
            e = nip_ok(v)
            if e:
                out.append(f"{ws.title}!{ws.cell(lab.row, lab.column + 1).coordinate} {e}")
    gols = {}
    for lab in find(ws, "PANGKAT/GOL RUANG"):
        cell = ws.cell(lab.row, lab.column + 1)
        if cell.value in ("-",):
            continue
        if cell.value is None:
            out.append(f"{ws.title}!{cell.coordinate} pangkat kosong")
            continue
        e, gol = pangkat_ok(cell.value)
        gols[lab.column] = gol
        if e:
            out.append(f"{ws.title}!{cell.coordinate} {e}")
    for lab in find(ws, "JABATAN"):
        jab = str(ws.cell(lab.row, lab.column + 1).value).lower()
        gol = gols.get(lab.column)
        if not gol or not jab.startswith(JF):
            continue
        for word, lo, hi in JENJANG:
            if f" {word}" in f" {jab}":
                if not GOL.index(lo) <= GOL.index(gol) <= GOL.index(hi):
                    out.append(
                        f"{ws.title}!{ws.cell(lab.row, lab.column + 1).coordinate} jenjang {word} gol {gol}"
                    )
                break
    for c in [c for row in ws.iter_rows() for c in row if str(c.value or "").startswith("PERIODE PENILAIAN")]:
        e = periode_ok(c.value)
        if e:
            out.append(f"{ws.title}!{c.coordinate} {e}")


def header(ws) -> tuple[int, dict[str, int]]:
    """The row of the table header and its columns by label (two-row headers: the second row too)."""
    for row in ws.iter_rows():
        labels = {str(c.value).strip(): c.column for c in row if isinstance(c.value, str)}
        if "NO" in labels and "RENCANA KINERJA" in labels:
            r = row[0].row
            labels.update({str(c.value).strip(): c.column for c in ws[r + 1] if isinstance(c.value, str)})
            return r, labels
    raise ValueError(ws.title)


def end_of_table(ws, r: int) -> int:
    return next(c.row for c in find(ws, "B. KINERJA TAMBAHAN") if c.row > r)


def bound(text: str | None) -> tuple[str, Fraction, Fraction] | None:
    if text is None:
        return None
    nums = [Fraction(x.replace(".", "").replace(",", ".")) for x in re.findall(r"\d[\d.]*(?:,\d+)?", text)]
    if text.startswith("<"):
        return ("<", nums[0], nums[0])
    if text.startswith(">"):
        return (">", nums[0], nums[0])
    return ("=", nums[0], nums[-1])


def check_kategori(ws, out: list[str]) -> None:
    r, cols = header(ws)
    tcol = cols.get("TARGET") or cols.get("TARGET/BAIK")
    levels = [k for k in ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK") if k in cols]
    if not levels or "ASPEK" not in cols:
        return
    aspek = None
    for rr in range(r + 1, ws.max_row + 1):
        a = ws.cell(rr, cols["ASPEK"]).value
        t = ws.cell(rr, tcol).value
        if a is None or t is None:
            continue
        aspek = str(a)
        lower = aspek.lower().startswith(("waktu", "biaya"))
        tv = number(t)
        bs = {k: bound(ws.cell(rr, cols[k]).value) for k in levels}
        where = f"{ws.title}!{ws.cell(rr, tcol).coordinate}"
        if any(v is None for v in bs.values()):
            out.append(f"{where} kategori kosong")
            continue
        if "BAIK" in bs and bs["BAIK"][1] != tv:
            out.append(f"{where} BAIK bukan target")
        sb = bs["SANGAT BAIK"]
        if sb != (("<" if lower else ">"), tv, tv):
            out.append(f"{where} SANGAT BAIK tidak membedakan ({sb})")
        seq = [bs[k] for k in levels if k not in ("BAIK", "SANGAT BAIK")]
        # below the target (above for waktu/biaya), in order, never reaching it
        for a_, b_ in zip(seq, seq[1:], strict=False):
            up = a_[2] > b_[1] if a_[0] == "<" else a_[2] >= b_[1]
            down = a_[1] < b_[2] if a_[0] == ">" else a_[1] <= b_[2]
            if (not lower and up) or (lower and down):
                out.append(f"{where} kategori tidak berurutan")
        c = bs["CUKUP"]
        high = c[0] == ">" or (c[0] == "<" and c[2] > tv) or (c[0] == "=" and c[2] >= tv)
        low = c[0] == "<" or (c[0] == ">" and c[1] < tv) or (c[0] == "=" and c[1] <= tv)
        if (not lower and high) or (lower and low):
            out.append(f"{where} target di dalam CUKUP")


def nilai(cap: int) -> Fraction:
    if cap > 110:
        return Fraction(120)
    if cap >= 101:
        return 110 + Fraction(10, 9) * (cap - 101)
    if cap == 100:
        return Fraction(109)
    if cap >= 80:
        return Fraction(cap - 10)
    if cap >= 60:
        return Fraction(cap - 10)
    return Fraction(cap, 59) * 49


def kat(cap: int) -> str:
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


def check_penilaian(ws, plan, out: list[str]) -> None:
    r, cols = header(ws)
    pr, pcols = header(plan)
    plan_t = {}
    for rr in range(pr + 1, end_of_table(plan, pr)):
        iki = plan.cell(rr, pcols["INDIKATOR KINERJA INDIVIDU"]).value
        if iki:
            plan_t[iki] = plan.cell(rr, pcols.get("TARGET") or pcols["TARGET/BAIK"]).value
    rks: list[list[Fraction]] = []
    rk_written: list[tuple[object, object]] = []
    tcol = cols.get("TARGET") or cols.get("TARGET/BAIK")
    for rr in range(r + 1, end_of_table(ws, r)):
        iki = ws.cell(rr, cols["INDIKATOR KINERJA INDIVIDU"]).value
        if not iki:
            continue
        where = f"{ws.title}!R{rr}"
        t = ws.cell(rr, tcol).value
        if plan_t.get(iki) != t:
            out.append(f"{where} target berbeda dengan rencana")
        t = number(plan_t.get(iki))
        real = number(ws.cell(rr, cols["REALISASI"]).value)
        if ws.cell(rr, cols["NO"]).value is not None:
            rks.append([])
            rk_written.append(
                (
                    ws.cell(rr, cols.get("NILAI CAPAIAN RK", 0) or 1).value
                    if "NILAI CAPAIAN RK" in cols
                    else None,
                    ws.cell(rr, cols["NILAI TERTIMBANG"]).value,
                )
            )
        if real is None:
            out.append(f"{where} realisasi kosong")
            continue
        a = str(ws.cell(rr, cols["ASPEK"]).value).lower() if "ASPEK" in cols else ""
        raw = (2 - real / t) * 100 if a.startswith(("waktu", "biaya")) else real / t * 100
        if raw <= 111 and abs(raw - int(raw) - Fraction(1, 2)) < Fraction(1, 20):
            out.append(f"{where} capaian dekat x,5")
        cap = int(raw + Fraction(1, 2))
        if number(ws.cell(rr, cols["CAPAIAN IKI"]).value) != cap:
            out.append(f"{where} capaian {ws.cell(rr, cols['CAPAIAN IKI']).value} bukan {cap}")
        if ws.cell(rr, cols["KATEGORI CAPAIAN IKI"]).value != kat(cap):
            out.append(f"{where} kategori bukan {kat(cap)}")
        if Decimal(str(ws.cell(rr, cols["NILAI CAPAIAN IKI"]).value)) != q2(nilai(cap)):
            out.append(f"{where} nilai IKI bukan {q2(nilai(cap))}")
        rks[-1].append(nilai(cap))
    n = len(rks)
    means = [sum(v) / len(v) for v in rks if v]
    for (nil_rk, tert), v in zip(rk_written, rks, strict=True):
        mean = sum(v) / len(v)
        if nil_rk is not None and Decimal(str(nil_rk)) != q2(mean):
            out.append(f"{ws.title} nilai RK {nil_rk} bukan {q2(mean)}")
        if Decimal(str(tert)) != q2(mean / n):
            out.append(f"{ws.title} tertimbang {tert} bukan {q2(mean / n)}")
    akhir = sum(means) / n

    def total(label: str) -> object:
        c = find(ws, label)
        return ws.cell(c[0].row, cols["NILAI TERTIMBANG"]).value if c else None

    if Decimal(str(total("NILAI AKHIR SKP"))) != q2(akhir):
        out.append(f"{ws.title} nilai akhir bukan {q2(akhir)}")
    nk = Fraction(7, 10) * akhir + Fraction(3, 10) * Fraction(str(total("NILAI PERILAKU KERJA")))
    if Decimal(str(total("NILAI KINERJA"))) != q2(nk):
        out.append(f"{ws.title} nilai kinerja bukan {q2(nk)}")
    if any(abs(nk - b) < Fraction(6, 10) for b in (50, 70, 90, 110)):
        out.append(f"{ws.title} nilai kinerja dekat batas predikat")
    ide = [
        ws.cell(c.row, cols["NILAI TERTIMBANG"]).value
        for c in find(ws, "IDE BARU DAN/ATAU CARA BARU YANG BERMANFAAT BAGI ORGANISASI")
    ]
    want = (
        ("Sangat Baik" if ide == ["Ya"] else "Baik")
        if nk >= 110
        else "Baik"
        if nk >= 90
        else ("Butuh Perbaikan" if nk >= 70 else "Kurang" if nk >= 50 else "Sangat Kurang")
    )
    if total("PREDIKAT KINERJA") != want:
        out.append(f"{ws.title} predikat bukan {want}")


def check(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    out: list[str] = []
    sheets = [ws for ws in wb if ws.sheet_state == "visible"]
    plan = sheets[0]
    for ws in sheets:
        if find(ws, "NIP"):
            check_identity(ws, out)
    check_kategori(plan, out)
    for ws in sheets:
        if find(ws, "REALISASI"):
            check_penilaian(ws, plan, out)
    return out


def main() -> int:
    files = json.loads((HERE / "harapan.json").read_text(encoding="utf-8"))["files"]
    bad = 0
    for f in files:
        seen = check(HERE / "kiriman" / f["file"])
        if f["clean"] and seen:
            bad += 1
            print("BERSIH TETAPI:", f["file"], seen)
        elif not f["clean"]:
            print(f["file"], [d["code"] for d in f["defects"]], "→", seen)
    print(f"{sum(f['clean'] for f in files)} berkas bersih diperiksa, {bad} bermasalah")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
