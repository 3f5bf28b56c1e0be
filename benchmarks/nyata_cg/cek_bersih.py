"""Independent recheck of the set ``nyata_cg`` from cell contents alone (it does not use the generator's
model): each TARGET read as a reviewer sees it (a number stored with a percent format shows as a percent,
non-breaking spaces are spaces, a footnote mark and a number written out in words are not the target), the
SATUAN beside it (a SATUAN column, or a TARGET header merged over two columns), then SPEC §5 and §7: a target
present, with a number, a range not reversed, a satuan unless the IKI names a unitless measure, a time unit
for aspek Waktu and a currency for aspek Biaya, no absolute word in a JA/JF IKI or target, and the kategori
of Model Pengembangan JA/JF (BAIK is the target, thresholds in the IKI's direction and separating the
levels). Also the rest a clean plan needs (identity, periode, RK atasan, aspek, cara memantau, perspektif,
Keterkaitan AK, Manual IKI). ``check`` returns the problems seen: none on a clean workbook, at least one on
each defective one.

Two readings SPEC leaves open are accepted here, as the manifest's ``boleh`` does: a JPT target taken from
the Perjanjian Kinerja in words (``Opini WTP``, ``Predikat A``) and a deadline named by its month only
(``Tepat waktu (Desember)``) on an aspek Waktu IKI."""

from __future__ import annotations

import datetime
import math
import re
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
    "pemula": ("II/a", "II/a"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
}
MONTHS = [
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
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
ACTIVITY = {
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
    "asistensi",
}
ABSOLUTE = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
UNITLESS_IKI = re.compile(r"^\s*(persentase|prosentase|persen|%|indeks|nilai|skor)\b", re.I)
TIME = re.compile(
    r"\b(hari|minggu|bulan|triwulan|semester|tahun|jam|menit|tanggal|" + "|".join(MONTHS) + r")\b", re.I
)
CURRENCY = re.compile(r"\b(rp|rupiah)\b", re.I)
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
RANGE = re.compile(rf"({NUM})\s*(?:-|–|s\.d\.|s/d|sampai dengan|hingga)\s*({NUM})")
MARKS = re.compile(r"\s*(\*\)|\*|¹|²|³)\s*$")
SPELLED = re.compile(r"\(\s*[a-z ]+\)", re.I)
LEAD = re.compile(r"^(≥|>=|≤|<=|<|>|minimal|paling sedikit|paling banyak|maksimal)\s*", re.I)
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]


def norm(v) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(v).upper()) if v is not None else ""


def number(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def shown(cell) -> str:
    """The cell as a reviewer sees it on screen."""
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "%" in cell.number_format:
            x = v * 100
            return f"{x:g}".replace(".", ",") + " %"
        if float(v).is_integer():
            return f"{int(v):,}".replace(",", ".")
        return f"{v:g}".replace(".", ",")
    return str(v).replace("\u00a0", " ").strip()


# ------------------------------------------------------------------------------------------------ header


def identity(ws) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in ws.iter_rows(max_row=15):
        for c in row:
            who = {"PEGAWAIYANGDINILAI": "peg", "PEJABATPENILAIKINERJA": "pen"}.get(norm(c.value))
            if who is None or who in out:
                continue
            fields: dict[str, str] = {}
            r = c.row + 1
            while True:
                label = norm(ws.cell(row=r, column=c.column).value)
                key = {
                    "NAMA": "nama",
                    "NIP": "nip",
                    "PANGKATGOLRUANG": "pangkat",
                    "JABATAN": "jabatan",
                    "UNITKERJA": "unit",
                    "INSTANSI": "unit",
                }.get(label)
                if key is None:
                    break
                fields[key] = shown(ws.cell(row=r, column=c.column + 1))
                r += 1
            out[who] = fields
    return out


def nip_problem(v: str) -> str | None:
    d = re.sub(r"[\s.]", "", v)
    if not re.fullmatch(r"\d{18}", d):
        return "bukan 18 angka"
    try:
        born = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return "tanggal lahir mustahil"
    if not 1 <= int(d[12:14]) <= 12 or d[14] not in "12" or int(d[8:12]) - born.year < 18:
        return "TMT atau jenis kelamin tidak sah"
    return None


def check_identity(ids: dict, jenis: str) -> list[str]:
    out = []
    for who in ("peg", "pen"):
        f = ids.get(who)
        if not f:
            out.append(f"blok {who} tidak ada")
            continue
        political = who == "pen" and f.get("nip") in ("", "-") and jenis == "jpt"
        for key in ("nama", "nip", "pangkat", "jabatan", "unit"):
            if f.get(key, "") in ("", "-") and not (political and key in ("nip", "pangkat")):
                out.append(f"{who}: {key} kosong")
        if political:
            continue
        if f.get("nip") and nip_problem(f["nip"]):
            out.append(f"{who}: NIP {nip_problem(f['nip'])}")
        m = re.fullmatch(r"(.+),\s*(I{1,3}|IV)/([a-e])", f.get("pangkat", ""))
        gol = f"{m.group(2)}/{m.group(3)}" if m else None
        if gol not in PANGKAT or m.group(1).strip().lower() != PANGKAT[gol]:
            out.append(f"{who}: pangkat tidak dikenal {f.get('pangkat')!r}")
            continue
        for word, (lo, hi) in JENJANG.items():
            if word in f.get("jabatan", "").lower() and not ORDER.index(lo) <= ORDER.index(
                gol
            ) <= ORDER.index(hi):
                out.append(f"{who}: jenjang {word} dengan {gol}")
    if ids.get("peg", {}).get("nip") and ids["peg"].get("nip") == ids.get("pen", {}).get("nip"):
        out.append("penilai sama dengan pegawai")
    return out


def check_periode(ws) -> list[str]:
    for row in ws.iter_rows(max_row=6):
        for c in row:
            t = shown(c).lower()
            if t.startswith("periode penilaian"):
                m = re.search(r"(\d{1,2}) (\w+) sd (\d{1,2}) (\w+) (\d{4})", t)
                if not m or m.group(2) not in MONTHS or m.group(4) not in MONTHS:
                    return [f"periode tidak terbaca {t!r}"]
                a = (MONTHS.index(m.group(2)), int(m.group(1)))
                b = (MONTHS.index(m.group(4)), int(m.group(3)))
                return [] if a <= b else [f"periode terbalik {t!r}"]
    return ["periode tidak ada"]


# ------------------------------------------------------------------------------------------------ table


def find_table(ws) -> tuple[int, dict[str, int]] | None:
    """Header row and columns by label; TARGET merged over two columns gives the SATUAN column."""
    for row in ws.iter_rows():
        labels = {norm(c.value): c.column for c in row if c.value is not None}
        if "RENCANAKINERJA" in labels and "TARGET" in labels:
            r = row[0].row
            cols = dict(labels)
            for c in ws[r + 1]:
                if c.value is not None:
                    cols.setdefault(norm(c.value), c.column)
            tc = cols["TARGET"]
            for rng in ws.merged_cells.ranges:
                if rng.min_row == r and rng.min_col == tc and rng.max_col == tc + 1:
                    cols["SATUAN"] = tc + 1
            return r, cols
    return None


def rows(ws, r0: int, cols: dict[str, int]) -> list[dict]:
    start = stop = None
    for r in range(r0 + 1, ws.max_row + 1):
        t = norm(ws.cell(row=r, column=1).value)
        if t == "AKINERJAUTAMA":
            start = r
        elif t == "BKINERJATAMBAHAN":
            stop = r
            break
    assert start and stop
    rks: list[dict] = []

    def at(r: int, label: str):
        c = cols.get(label)
        return ws.cell(row=r, column=c) if c else None

    def text(r: int, label: str) -> str:
        cell = at(r, label)
        return shown(cell) if cell is not None else ""

    for r in range(start + 1, stop):
        if text(r, "NO"):
            rks.append(
                {
                    "text": text(r, "RENCANAKINERJA"),
                    "atasan": text(r, "RENCANAKINERJAATASANLANGSUNGUNITKERJAORGANISASI"),
                    "persp": text(r, "PERSPEKTIF"),
                    "cara": [text(r, k) for k in ("DATA", "SUMBERDATA", "WAKTUPENGUMPULAN")],
                    "iki": [],
                }
            )
        if rks and text(r, "INDIKATORKINERJAINDIVIDU"):
            rks[-1]["iki"].append(
                {
                    "row": r,
                    "aspek": text(r, "ASPEK").lower(),
                    "iki": text(r, "INDIKATORKINERJAINDIVIDU"),
                    "target": text(r, "TARGET"),
                    "satuan": text(r, "SATUAN"),
                    "lv": {lv: text(r, norm(lv)) for lv in LEVELS if norm(lv) in cols},
                }
            )
    return rks


def core(t: str) -> str:
    """The target without footnote mark, spelled-out number and leading comparator."""
    t = MARKS.sub("", t)
    t = SPELLED.sub(" ", t)
    return LEAD.sub("", t.strip()).strip()


def span(t: str) -> tuple[float, float] | None:
    c = core(t)
    m = RANGE.search(c)
    if m:
        return number(m.group(1)), number(m.group(2))
    nums = re.findall(NUM, c)
    return (number(nums[0]), number(nums[0])) if nums else None


def check_target(ik: dict, jenis: str) -> list[str]:
    t, sat, name = ik["target"], ik["satuan"], ik["iki"]
    if not t and not sat:
        return [f"target kosong {name!r}"]
    out = []
    if jenis != "jpt" and (ABSOLUTE.search(t) or ABSOLUTE.search(name)):
        out.append(f"kata mutlak {t!r} / {name!r}")
    if not re.search(r"\d", t):
        words_pk = jenis == "jpt" and re.match(r"^(opini|predikat)\b", t, re.I)
        month_only = ik["aspek"] == "waktu" and any(mo in t.lower() for mo in MONTHS)
        if not (words_pk or month_only):
            out.append(f"target tanpa angka {t!r}")
        return out
    s = span(t)
    if s and s[0] > s[1]:
        out.append(f"rentang terbalik {t!r}")
    rest = re.sub(NUM, " ", core(t))
    rest = re.sub(r"[-–/]|s\.d\.|s/d", " ", rest).strip()
    unit = f"{rest} {MARKS.sub('', sat)}".strip()
    if not unit and not UNITLESS_IKI.match(name):
        out.append(f"target tanpa satuan {t!r}")
    if ik["aspek"] == "waktu" and not TIME.search(unit):
        out.append(f"waktu tanpa satuan waktu {t!r}")
    if ik["aspek"] == "biaya" and not CURRENCY.search(unit):
        out.append(f"biaya tanpa mata uang {t!r}")
    return out


def interval(s: str) -> tuple[float, bool, float, bool] | None:
    s = MARKS.sub("", s).strip()
    c = core(s)
    m = RANGE.search(c)
    if m:
        return number(m.group(1)), True, number(m.group(2)), True
    nums = re.findall(NUM, c)
    if not nums:
        return None
    x = number(nums[0])
    if s.startswith("<") and not s.startswith("<="):
        return -math.inf, False, x, False
    if s.startswith(">") and not s.startswith(">="):
        return x, False, math.inf, False
    if s.startswith(("≥", ">=")):
        return x, True, math.inf, False
    if s.startswith(("≤", "<=")):
        return -math.inf, False, x, True
    return x, True, x, True


def before(a: tuple, b: tuple) -> bool:
    return a[2] < b[0] or (a[2] == b[0] and not (a[3] and b[1]))


def check_kategori(ik: dict) -> list[str]:
    lv, target = ik["lv"], ik["target"]
    if not lv.get("BAIK"):
        return [f"BAIK kosong {ik['iki']!r}"]
    if lv["BAIK"] != target:
        return [f"BAIK {lv['BAIK']!r} bukan target {target!r}"]
    seq = []
    for name in LEVELS:
        if not lv.get(name):
            continue
        s = span(target) if name == "BAIK" else None
        iv = (s[0], True, s[1], True) if s else interval(lv[name])
        if iv is None:
            return [f"ambang {name} tidak terbaca {lv[name]!r}"]
        seq.append(iv)
    if ik["aspek"] in ("waktu", "biaya"):
        seq.reverse()
    if not all(before(a, b) for a, b in zip(seq, seq[1:], strict=False)):
        return [f"kategori tidak berurutan atau tidak membedakan {ik['iki']!r}: {lv}"]
    return []


def check_plan(rks: list[dict], jenis: str, model: str) -> list[str]:
    out = []
    if not rks:
        return ["tidak ada RK"]
    names = [rk["text"].lower() for rk in rks]
    if len(set(names)) != len(names):
        out.append("RK ganda")
    for rk in rks:
        if rk["text"].split(" ", 1)[0].lower() in ACTIVITY:
            out.append(f"RK kegiatan {rk['text']!r}")
        if not rk["iki"]:
            out.append(f"RK tanpa IKI {rk['text']!r}")
        if jenis == "jpt":
            if model == "pengembangan" and rk["persp"].lower() not in PERSPEKTIF:
                out.append(f"perspektif {rk['persp']!r}")
        else:
            if not rk["atasan"]:
                out.append(f"RK atasan kosong {rk['text']!r}")
            if model == "pengembangan" and not all(rk["cara"]):
                out.append(f"cara memantau kosong {rk['text']!r}")
            aspek = [ik["aspek"] for ik in rk["iki"]]
            if len(set(aspek)) != len(aspek) or not set(aspek) <= ASPEK:
                out.append(f"aspek {aspek}")
        for ik in rk["iki"]:
            problems = check_target(ik, jenis)
            out += problems
            if jenis != "jpt" and model == "pengembangan" and not problems:
                out += check_kategori(ik)
    if jenis == "jpt" and model == "pengembangan":
        missing = PERSPEKTIF - {rk["persp"].lower() for rk in rks}
        out += [f"perspektif tanpa RK {p}" for p in sorted(missing)]
    return out


def check_ak(wb, rks: list[dict]) -> list[str]:
    for ws in wb.worksheets[1:]:
        head = next(
            (row for row in ws.iter_rows() if any(norm(c.value) == "BUTIRKEGIATAN" for c in row)), None
        )
        if head is None:
            continue
        col = {norm(c.value): c.column for c in head if c.value is not None}
        linked, out, current = set(), [], None
        for r in range(head[0].row + 1, ws.max_row + 1):
            rk = shown(ws.cell(row=r, column=col["RENCANAKINERJA"]))
            butir = shown(ws.cell(row=r, column=col["BUTIRKEGIATAN"]))
            ak = ws.cell(row=r, column=col["ANGKAKREDIT"]).value
            if rk:
                current = rk.lower()
            if current and butir:
                linked.add(current)
                if not (isinstance(ak, str) and re.fullmatch(r"\d+(,\d{1,3})?", ak) and number(ak) > 0):
                    out.append(f"angka kredit {ak!r}")
        return out + [f"RK tanpa butir {rk['text']!r}" for rk in rks if rk["text"].lower() not in linked]
    return ["Keterkaitan AK tidak ada"]


def check_manual(wb, rks: list[dict]) -> list[str]:
    blocks: list[dict[str, str]] = []
    for ws in wb.worksheets[1:]:
        for row in ws.iter_rows():
            label = norm(row[0].value)
            if label == "RENCANAKINERJA":
                blocks.append({})
            if blocks and label:
                blocks[-1][label] = shown(row[1]) if len(row) > 1 else ""
    out = []
    needed = ("DESKRIPSIRENCANAKINERJA", "DEFINISIIKI", "FORMULA", "TUJUAN")
    for rk in rks:
        for ik in rk["iki"]:
            b = [x for x in blocks if x.get("INDIKATORKINERJAINDIVIDU") == ik["iki"]]
            if not b or not all(b[0].get(k) for k in needed):
                out.append(f"Manual IKI tidak lengkap {ik['iki']!r}")
    return out


def check(path: Path, form: str) -> list[str]:
    jenis, model = form.split("-")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    out = check_identity(identity(ws), jenis) + check_periode(ws)
    found = find_table(ws)
    if found is None:
        return out + ["tabel rencana tidak ditemukan"]
    rks = rows(ws, *found)
    out += check_plan(rks, jenis, model)
    if jenis == "jf":
        out += check_ak(wb, rks)
    if jenis == "jpt":
        out += check_manual(wb, rks)
    return out


if __name__ == "__main__":
    import json
    import sys

    here = Path(__file__).resolve().parent
    bad = 0
    for f in json.loads((here / "harapan.json").read_text(encoding="utf-8"))["files"]:
        seen = check(here / "kiriman" / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("OK " if ok else "XX ", f["file"], seen)
    sys.exit(1 if bad else 0)
