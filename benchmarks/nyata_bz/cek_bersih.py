"""Independent recheck of the set ``nyata_bz`` from cell contents alone (no use of ``buat.py``): every clean
workbook must come out with no problem, every defective one with at least one.

It finds the plan table by its labels (two header rows, groups such as ``TARGET`` over ``TARGET | SATUAN`` or
``VOLUME | SATUAN``, ``KATEGORI PENILAIAN KINERJA``, ``CARA MEMANTAU KINERJA``), reads merged cells as their
top-left value, skips the column-number row and the agency's extra columns, and checks identity, periode, the
plan rows (SPEC §5, §7), the kategori levels, the annexes and the Penilaian arithmetic (SPEC §6).

Usage: ``python benchmarks/nyata_bz/cek_bersih.py`` (prints the problems of each workbook).
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

PANGKAT = {
    "juru muda": "I/a",
    "juru muda tingkat i": "I/b",
    "juru": "I/c",
    "juru tingkat i": "I/d",
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
ORDER_GOL = [
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
    "ahli utama": ("IV/d", "IV/e"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
    "pemula": ("II/a", "II/a"),
}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
ACTIVITY = (
    "menyusun",
    "melaksanakan",
    "memberikan",
    "mengikuti",
    "melakukan",
    "penyusunan",
    "pelaksanaan",
    "pengumpulan",
    "koordinasi",
    "fasilitasi",
    "monitoring",
    "rekapitulasi",
    "input data",
)
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
TIME_UNITS = {"hari", "minggu", "bulan", "triwulan", "semester", "tahun", "tanggal"}
UNITLESS = ("persentase", "persen", "%", "indeks", "nilai", "skor")
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def number(s: str) -> Fraction:
    return Fraction(s.replace(".", "").replace(",", "."))


def text(v) -> str:
    return "" if v is None else str(v).strip()


class Grid:
    def __init__(self, ws) -> None:
        self.ws = ws
        self.anchor: dict[tuple[int, int], tuple[int, int]] = {}
        for rng in ws.merged_cells.ranges:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    self.anchor[(r, c)] = (rng.min_row, rng.min_col)

    def at(self, r: int, c: int) -> str:
        rr, cc = self.anchor.get((r, c), (r, c))
        return text(self.ws.cell(rr, cc).value)

    def own(self, r: int, c: int) -> tuple[int, int]:
        return self.anchor.get((r, c), (r, c))

    def find(self, label: str) -> list[tuple[int, int]]:
        return [
            (c.row, c.column)
            for row in self.ws.iter_rows()
            for c in row
            if isinstance(c.value, str) and c.value.strip().upper() == label
        ]


def nip_problem(nip: str) -> bool:
    d = re.sub(r"[\s.]", "", nip)
    if not re.fullmatch(r"\d{18}", d):
        return True
    y, mo, da = int(d[0:4]), int(d[4:6]), int(d[6:8])
    ty, tm = int(d[8:12]), int(d[12:14])
    return not (1 <= mo <= 12 and 1 <= da <= 31 and 1 <= tm <= 12 and d[14] in "12" and ty - y >= 18)


def identity(g: Grid, jpt: bool) -> list[str]:
    out = []
    vals: dict[str, dict[str, str]] = {}
    for who, label in (("pegawai", "PEGAWAI YANG DINILAI"), ("penilai", "PEJABAT PENILAI KINERJA")):
        ((r, c),) = g.find(label)
        vals[who] = {}
        for k in range(1, 6):
            lab = g.at(r + k, c).upper()
            vals[who][lab] = g.at(r + k, c + 1)
    for who, v in vals.items():
        for lab, val in v.items():
            if val in ("", "-") and not (who == "penilai" and jpt and lab in ("NIP", "PANGKAT/GOL RUANG")):
                out.append(f"identitas-kosong {who} {lab}")
        nip = v.get("NIP", "")
        if nip not in ("", "-") and nip_problem(nip):
            out.append(f"nip-tidak-valid {who}")
        pk = v.get("PANGKAT/GOL RUANG", "")
        if pk not in ("", "-"):
            name, _, gol = pk.rpartition(", ")
            if PANGKAT.get(name.lower()) != gol:
                out.append(f"pangkat-tidak-dikenal {who}")
            jab = v.get("JABATAN", "").lower()
            for jj, (lo, hi) in JENJANG.items():
                ok = gol in ORDER_GOL and ORDER_GOL.index(lo) <= ORDER_GOL.index(gol) <= ORDER_GOL.index(hi)
                if jab.endswith(jj) and not ok:
                    out.append(f"jenjang-golongan-tidak-sesuai {who}")
    if re.sub(r"\s", "", vals["pegawai"]["NIP"]) == re.sub(r"\s", "", vals["penilai"]["NIP"]):
        out.append("penilai-sama-dengan-pegawai")
    return out


def periode(g: Grid) -> list[str]:
    for row in g.ws.iter_rows(max_row=6):
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("PERIODE PENILAIAN"):
                m = re.fullmatch(r"PERIODE PENILAIAN: 1 JANUARI (\d{4} )?SD 31 DESEMBER (\d{4})", c.value)
                if not m or (m.group(1) and int(m.group(1)) != int(m.group(2))):
                    return ["periode-tidak-valid"]
                return []
    return ["periode-tidak-valid"]


def columns(g: Grid) -> tuple[int, dict[str, int]]:
    ((r, _c),) = [p for p in g.find("RENCANA KINERJA") if p[0] < 40][:1]
    cols: dict[str, int] = {}
    for c in range(1, g.ws.max_column + 1):
        top, sub = text(g.ws.cell(r, c).value).upper(), text(g.ws.cell(r + 1, c).value).upper()
        group = g.at(r, c).upper()
        lab = sub or top
        if group == "TARGET" and sub in ("TARGET", "VOLUME"):
            cols["tnum"] = c
        elif group == "TARGET" and sub == "SATUAN":
            cols["tsat"] = c
        elif lab == "TARGET" or re.fullmatch(r"TARGET \d{4}", lab):
            cols["target"] = c
        elif lab.startswith("RENCANA KINERJA ATASAN"):
            cols["atasan"] = c
        elif (
            lab
            in (
                "NO",
                "RENCANA KINERJA",
                "ASPEK",
                "INDIKATOR KINERJA INDIVIDU",
                "PERSPEKTIF",
                "DATA",
                "SUMBER DATA",
                "WAKTU PENGUMPULAN",
                "REALISASI",
                "CAPAIAN IKI",
                "KATEGORI CAPAIAN IKI",
                "NILAI CAPAIAN IKI",
                "NILAI CAPAIAN RK",
                "NILAI TERTIMBANG",
            )
            or lab in LEVELS
        ):
            cols[lab] = c
    return r + 2, cols


def rows(g: Grid, start: int, cols: dict[str, int]) -> list[dict]:
    out, section = [], None
    for r in range(start, g.ws.max_row + 1):
        first = g.at(r, 1)
        if first.startswith("A. KINERJA UTAMA"):
            section = "utama"
            continue
        if first.startswith("B. KINERJA TAMBAHAN"):
            section = "tambahan"
            continue
        if first.startswith("("):
            continue
        if first.startswith("NILAI AKHIR") or g.at(r, cols["RENCANA KINERJA"]).startswith("NILAI AKHIR"):
            break
        if section is None:
            continue
        if not g.at(r, cols["RENCANA KINERJA"]) and not g.at(r, cols["INDIKATOR KINERJA INDIVIDU"]):
            if r > start + 1 and section == "tambahan":
                break
            continue
        row = {k: g.at(r, c) for k, c in cols.items()}
        row["_rk"] = g.own(r, cols["RENCANA KINERJA"])
        row["_section"] = section
        row["_r"] = r
        out.append(row)
    return out


def target(row: dict) -> tuple[str, str]:
    """(number part, satuan part) of a target, split or single."""
    if "tnum" in row:
        return row["tnum"], row.get("tsat", "")
    t = row.get("target", "")
    m = re.match(r"^([\d.,\s\-–]+?)\s*(\D.*)?$", t)
    if not m:
        return t, ""
    return m.group(1).strip(), (m.group(2) or "").strip()


def point(s: str) -> Fraction | None:
    nums = [number(x) for x in NUM.findall(s)]
    if not nums:
        return None
    e = Fraction(1, 1000)
    if s.startswith("<"):
        return nums[0] - e
    if s.startswith(">"):
        return nums[0] + e
    return sum(nums, Fraction(0)) / len(nums)


def check_plan(rs: list[dict], jenis: str, model: str) -> list[str]:
    out = []
    seen_rk: list[str] = []
    by_rk: dict[tuple, list[dict]] = {}
    for row in rs:
        by_rk.setdefault(row["_rk"], []).append(row)
    for _key, group in by_rk.items():
        rk = group[0]
        t = rk["RENCANA KINERJA"]
        if t.lower() in seen_rk:
            out.append("rk-ganda")
        seen_rk.append(t.lower())
        if t.lower().startswith(ACTIVITY):
            out.append("rk-berbasis-aktivitas")
        if jenis != "jpt" and rk["_section"] == "utama" and not rk.get("atasan"):
            out.append("rk-atasan-kosong")
        pengembangan_jpt = jenis == "jpt" and model == "pengembangan" and rk["_section"] == "utama"
        if pengembangan_jpt and rk.get("PERSPEKTIF", "").lower() not in PERSPEKTIF:
            out.append("perspektif-tidak-valid")
        pantau = [rk.get(k) for k in ("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")]
        if model == "pengembangan" and jenis != "jpt" and not all(pantau):
            out.append("cara-memantau-kosong")
        aspeks = []
        for row in group:
            iki = row["INDIKATOR KINERJA INDIVIDU"]
            asp = row.get("ASPEK", "").lower()
            if jenis != "jpt":
                if asp not in ASPEK:
                    out.append("aspek-tidak-valid")
                if asp in aspeks:
                    out.append("aspek-ganda")
                aspeks.append(asp)
                if ABSOLUT.search(iki):
                    out.append("target-absolut")
            n, sat = target(row)
            full = f"{n} {sat}".strip()
            if not full:
                out.append("iki-tanpa-target")
                continue
            nums = NUM.findall(n)
            if not nums:
                out.append("target-tidak-terukur")
                continue
            if len(nums) == 2 and number(nums[0]) > number(nums[1]):
                out.append("target-rentang-terbalik")
            if not sat and not iki.lower().startswith(UNITLESS):
                out.append("target-tanpa-satuan")
            waktu = jenis != "jpt" and (asp == "waktu" or iki.lower().startswith(("waktu", "lama")))
            if waktu and sat and sat.split()[0].lower() not in TIME_UNITS and sat != "%":
                out.append("satuan-tidak-sesuai-aspek")
            if jenis != "jpt" and ABSOLUT.search(full):
                out.append("target-absolut")
            if model == "pengembangan" and jenis != "jpt":
                levels = {lv: row.get(lv, "") for lv in LEVELS}
                if not any(levels.values()):
                    out.append("kategori-penilaian-kosong")
                    continue
                if levels["BAIK"] != full:
                    out.append("kategori-tidak-berurutan")
                pts = [point(levels[lv]) for lv in LEVELS]
                if None in pts:
                    out.append("kategori-tidak-berurutan")
                    continue
                down = asp in ("waktu", "biaya")
                pairs = list(zip(pts, pts[1:], strict=False))
                if not all((b < a) if down else (a < b) for a, b in pairs):
                    out.append("kategori-tidak-berurutan")
                if levels["SANGAT BAIK"] == levels["BAIK"]:
                    out.append("kategori-tidak-membedakan")
    if not any(r["_section"] == "utama" for r in rs):
        out.append("kinerja-utama-kosong")
    return out


def check_ak(wb, rs: list[dict]) -> list[str]:
    if "Keterkaitan AK" not in wb.sheetnames:
        return ["keterkaitan-ak-hilang"]
    g = Grid(wb["Keterkaitan AK"])
    ((hr, _c),) = g.find("BUTIR KEGIATAN")
    linked, out = set(), []
    for r in range(hr + 1, g.ws.max_row + 1):
        rk, butir, ak = g.at(r, 2), g.at(r, 3), g.at(r, 5)
        if not butir or g.own(r, 3) != (r, 3):
            continue
        linked.add(rk.lower())
        if not re.fullmatch(r"\d+(,\d{1,3})?", ak) or number(ak) <= 0:
            out.append("angka-kredit-tidak-valid")
    for t in {r["RENCANA KINERJA"].lower() for r in rs if r["_section"] == "utama"}:
        if t not in linked:
            out.append("rk-tanpa-butir-kegiatan")
    return out


def check_manual(wb, rs: list[dict]) -> list[str]:
    if "Manual IKI" not in wb.sheetnames:
        return ["manual-iki-kosong"]
    g = Grid(wb["Manual IKI"])
    blocks: dict[str, dict[str, str]] = {}
    cur: dict[str, str] = {}
    for r in range(1, g.ws.max_row + 1):
        lab = g.at(r, 2)
        if lab == "RENCANA KINERJA":
            cur = {}
        if lab:
            cur[lab] = g.at(r, 3)
            if lab == "INDIKATOR KINERJA INDIVIDU":
                blocks[cur[lab]] = cur
    out = []
    for row in rs:
        if row["_section"] != "utama":
            continue
        b = blocks.get(row["INDIKATOR KINERJA INDIVIDU"])
        if b is None or any(
            not b.get(k) for k in ("DESKRIPSI RENCANA KINERJA", "DEFINISI IKI", "FORMULA", "TUJUAN")
        ):
            out.append("manual-iki-kosong")
    return out


def half_up(x: Fraction) -> int:
    return int(Decimal(x.numerator / x.denominator).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def band(c: int) -> str:
    return (
        "Sangat Baik"
        if c > 100
        else "Baik"
        if c == 100
        else "Cukup"
        if c >= 80
        else "Kurang"
        if c >= 60
        else "Sangat Kurang"
    )


def nilai(c: int) -> Fraction:
    if c > 110:
        return Fraction(120)
    if c >= 101:
        return 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return Fraction(109)
    if c >= 80:
        return Fraction(70 + (c - 80))
    if c >= 60:
        return Fraction(50 + (c - 60))
    return Fraction(c * 49, 59)


def close(written: str, exact: Fraction) -> bool:
    try:
        return abs(Fraction(Decimal(written.replace(",", "."))) - exact) < Fraction(1, 100)
    except Exception:  # noqa: BLE001
        return False


def check_penilaian(wb, plan: list[dict]) -> list[str]:
    name = next((n for n in wb.sheetnames if n.startswith("Penilaian")), None)
    if name is None:
        return []
    g = Grid(wb[name])
    start, cols = columns(g)
    rs = [r for r in rows(g, start, cols) if r["_section"] == "utama"]
    by_iki = {r["INDIKATOR KINERJA INDIVIDU"]: r for r in plan}
    out: list[str] = []
    rk_vals: dict[tuple, list[Fraction]] = {}
    complete = True
    for row in rs:
        p = by_iki[row["INDIKATOR KINERJA INDIVIDU"]]
        pn, ps = target(p)
        n, s = target(row)
        if NUM.findall(pn) and NUM.findall(n) and number(NUM.findall(pn)[0]) != number(NUM.findall(n)[0]):
            out.append("target-penilaian-berbeda")
        if not row["REALISASI"]:
            out.append("realisasi-kosong")
            complete = False
            continue
        if not NUM.findall(pn):
            complete = False
            continue
        t, r = number(NUM.findall(pn)[0]), number(NUM.findall(row["REALISASI"])[0])
        waktu = row.get("ASPEK", "").lower() == "waktu"
        cap = half_up((2 - r / t) * 100 if waktu else r / t * 100)
        if row["CAPAIAN IKI"].replace(" ", "") != f"{cap}%":
            out.append("capaian-tidak-sesuai capaian")
        if row["KATEGORI CAPAIAN IKI"] != band(cap):
            out.append("capaian-tidak-sesuai kategori")
        if not close(row["NILAI CAPAIAN IKI"], nilai(cap)):
            out.append("capaian-tidak-sesuai nilai")
        rk_vals.setdefault(row["_rk"], []).append(nilai(cap))
    totals = {}
    for r in range(1, g.ws.max_row + 1):
        for c in range(1, g.ws.max_column + 1):
            v = g.at(r, c)
            for lab in ("NILAI AKHIR SKP", "NILAI KINERJA", "PREDIKAT KINERJA", "NILAI PERILAKU"):
                if v.startswith(lab) and c < g.ws.max_column:
                    totals[lab] = g.at(r, g.ws.max_column)
    if complete and rk_vals:
        na = sum((sum(v, Fraction(0)) / len(v) for v in rk_vals.values()), Fraction(0)) / len(rk_vals)
        if not close(totals["NILAI AKHIR SKP"], na):
            out.append("capaian-tidak-sesuai nilai-akhir")
    nk = Fraction(Decimal(totals["NILAI KINERJA"]))
    pred = (
        "Baik" if nk >= 90 else "Butuh Perbaikan" if nk >= 70 else "Kurang" if nk >= 50 else "Sangat Kurang"
    )
    if totals["PREDIKAT KINERJA"] != pred:
        out.append("predikat-tidak-sesuai")
    return out


def check(path: Path, form: str) -> list[str]:
    jenis, model = form.split("-")
    wb = openpyxl.load_workbook(path)
    skp = next(n for n in wb.sheetnames if n.startswith("SKP"))
    g = Grid(wb[skp])
    out = identity(g, jenis == "jpt") + periode(g)
    start, cols = columns(g)
    rs = rows(g, start, cols)
    out += check_plan(rs, jenis, model)
    if jenis == "jf":
        out += check_ak(wb, rs)
    if jenis == "jpt":
        out += check_manual(wb, rs)
    out += check_penilaian(wb, rs)
    return out


def main() -> int:
    files = json.loads((HERE / "harapan.json").read_text(encoding="utf-8"))["files"]
    bad = 0
    for f in files:
        seen = check(HERE / "kiriman" / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("ok " if ok else "SALAH", f["file"], seen)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
