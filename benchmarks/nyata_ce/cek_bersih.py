"""Independent recheck of the set ``nyata_ce`` from cell contents alone (it does not use the generator's
model).

The Rencana SKP: identity blocks (NIP, pangkat–golongan, jenjang JF–golongan), periode, the plan table (RK
atasan, IKI, aspek, target with number and satuan, reversed ranges, absolute words, waktu units, activity RK,
duplicate RK and aspek, kategori order and separation, cara memantau, perspektif), Keterkaitan AK and Manual
IKI. The Matriks Pembagian Peran dan Hasil, read in any of its layouts (normal or transposed, the jenis
penyelarasan in its own row/column or after a dash, members as jabatan, as lines of one cell or in columns):
every koordinator RK has a jenis penyelarasan, and the Rencana agrees with it: the koordinator's RK are his
Rencana RK, or the owner's row holds exactly his Rencana RK with the koordinator RK of their column as RK
atasan (SPEC §3.6). ``check`` returns the problems seen: none on a clean workbook, at least one on each
defective one (SPEC §3, §5, §7)."""

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
LABELS = {
    "NAMA": "nama",
    "NIP": "nip",
    "PANGKATGOLRUANG": "pangkat",
    "JABATAN": "jabatan",
    "UNITKERJA": "unit",
}
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
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan", "proses bisnis", "penguatan internal", "anggaran"}
ACTIVITY = {
    "menyusun",
    "melaksanakan",
    "melakukan",
    "memberikan",
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
    "pendampingan",
}
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
TIME_UNIT = re.compile(r"\b(hari|minggu|bulan|triwulan|semester|tahun|tanggal)\b", re.I)
NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
LEVELS = ["SANGATKURANG", "KURANG", "CUKUP", "BAIK", "SANGATBAIK"]
METHODS = {
    "direct cascading": "direct",
    "direct": "direct",
    "langsung": "direct",
    "non direct cascading": "nondirect",
    "non-direct": "nondirect",
    "tidak langsung": "nondirect",
}


def norm(v) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(v).upper()) if v is not None else ""


def text(v) -> str:
    return "" if v is None else str(v).strip()


def grid(ws) -> dict[tuple[int, int], object]:
    return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if text(c.value) != ""}


def number(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


# ------------------------------------------------------------------------------------------------ kop


def identity(g: dict) -> dict[str, dict[str, str]]:
    heads = {"PEGAWAIYANGDINILAI": "peg", "PEJABATPENILAIKINERJA": "pen"}
    out: dict[str, dict[str, str]] = {}
    for (r, c), v in sorted(g.items()):
        who = heads.get(norm(v))
        if who is None or who in out:
            continue  # the signature labels further down repeat the headings
        fields, rr = {}, r + 1
        while norm(g.get((rr, c))) in LABELS:
            fields[LABELS[norm(g[(rr, c)])]] = text(g.get((rr, c + 1)))
            rr += 1
        out[who] = fields
    return out


def nip_problem(v: str) -> str | None:
    d = re.sub(r"[\s.]", "", v)
    if not re.fullmatch(r"\d{18}", d):
        return f"NIP bukan 18 angka: {v!r}"
    try:
        born = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return f"tanggal lahir NIP mustahil: {v!r}"
    if not 1 <= int(d[12:14]) <= 12:
        return f"bulan TMT NIP mustahil: {v!r}"
    if d[14] not in "12":
        return f"digit jenis kelamin NIP: {v!r}"
    if int(d[8:12]) - born.year < 18:
        return f"TMT kurang dari 18 tahun sesudah lahir: {v!r}"
    return None


def check_identity(ids: dict, jenis: str) -> list[str]:
    out = []
    for who in ("peg", "pen"):
        f = ids.get(who)
        if not f:
            out.append(f"blok {who} tidak ditemukan")
            continue
        politik = jenis == "jpt" and who == "pen" and f.get("nip") in ("", "-")
        for key in ("nama", "nip", "pangkat", "jabatan", "unit"):
            if f.get(key, "") in ("", "-") and not (politik and key in ("nip", "pangkat")):
                out.append(f"{who}: {key} kosong")
        if politik:
            continue
        if f.get("nip") and (p := nip_problem(f["nip"])):
            out.append(f"{who}: {p}")
        m = re.fullmatch(r"(.+?),\s*(I{1,3}V?|IV)/([a-e])", f.get("pangkat", ""))
        if not m or PANGKAT.get(f"{m.group(2)}/{m.group(3)}") != m.group(1).lower():
            out.append(f"{who}: pangkat tidak dikenal {f.get('pangkat')!r}")
            continue
        gol = f"{m.group(2)}/{m.group(3)}"
        for word, (lo, hi) in JENJANG.items():
            if word in f.get("jabatan", "").lower() and not ORDER.index(lo) <= ORDER.index(
                gol
            ) <= ORDER.index(hi):
                out.append(f"{who}: jenjang {word} dengan golongan {gol}")
    if ids.get("peg", {}).get("nip") and ids["peg"]["nip"] == ids.get("pen", {}).get("nip"):
        out.append("penilai sama dengan pegawai")
    return out


def check_periode(g: dict) -> list[str]:
    for v in g.values():
        m = re.fullmatch(r"PERIODE PENILAIAN:\s*(\d+) (\w+) SD (\d+) (\w+) (\d{4})", text(v))
        if m:
            try:
                a = datetime.date(int(m.group(5)), BULAN.index(m.group(2).lower()) + 1, int(m.group(1)))
                b = datetime.date(int(m.group(5)), BULAN.index(m.group(4).lower()) + 1, int(m.group(3)))
            except ValueError:
                return [f"periode tidak terbaca {v!r}"]
            return [] if a < b else [f"periode terbalik {v!r}"]
    return ["periode tidak ditemukan"]


# ------------------------------------------------------------------------------------------------ rencana


def plan_header(g: dict) -> tuple[int, dict[str, int]] | None:
    for r, _c in sorted(g):
        row = {norm(vv): cc for (rr, cc), vv in g.items() if rr == r}
        if "RENCANAKINERJA" in row and "TARGET" in row and "NO" in row:
            cols = {norm(vv): cc for (rr, cc), vv in g.items() if rr == r + 1}
            cols.update(row)
            return r, cols
    return None


def plan_rows(g: dict, h: tuple[int, dict[str, int]]) -> list[dict]:
    r0, cols = h
    rows = sorted(r for (r, _c) in g)
    start = next((r for r in rows if r > r0 and norm(g.get((r, 1))) == "AKINERJAUTAMA"), None)
    stop = next((r for r in rows if start and r > start and norm(g.get((r, 1))) == "BKINERJATAMBAHAN"), None)
    if start is None or stop is None:
        return []
    atasan = next((c for k, c in cols.items() if k.startswith("RENCANAKINERJAATASAN")), None)

    def at(r: int, col: int | str | None) -> str:
        c = cols.get(col) if isinstance(col, str) else col
        return text(g.get((r, c))) if c else ""

    rks: list[dict] = []
    for r in range(start + 1, stop):
        if at(r, "RENCANAKINERJA"):
            rks.append(
                {
                    "text": at(r, "RENCANAKINERJA"),
                    "atasan": at(r, atasan),
                    "persp": at(r, "PERSPEKTIF"),
                    "cara": [at(r, k) for k in ("DATA", "SUMBERDATA", "WAKTUPENGUMPULAN")],
                    "iki": [],
                }
            )
        if rks and at(r, "INDIKATORKINERJAINDIVIDU"):
            rks[-1]["iki"].append(
                {
                    "aspek": at(r, "ASPEK").lower(),
                    "text": at(r, "INDIKATORKINERJAINDIVIDU"),
                    "target": at(r, "TARGET"),
                    "lv": {k: at(r, k) for k in LEVELS},
                }
            )
    return rks


def band(s: str) -> tuple[float, bool, float, bool] | None:
    """A threshold as an interval (low, low included, high, high included)."""
    nums = [number(x) for x in NUM.findall(s)]
    if not nums:
        return None
    if s.startswith("<"):
        return (-math.inf, False, nums[0], False)
    if s.startswith(">"):
        return (nums[0], False, math.inf, False)
    return (nums[0], True, nums[-1], True)


def inside(x: float, b: tuple) -> bool:
    lo, lo_in, hi, hi_in = b
    return (lo < x or (lo_in and lo == x)) and (x < hi or (hi_in and hi == x))


def check_kategori(lv: dict, target: str, aspek: str) -> list[str]:
    if not lv["BAIK"]:
        return ["kategori BAIK kosong"]
    if lv["BAIK"] != target:
        return ["BAIK bukan target"]
    t = band(target)
    bands = [(k, band(lv[k])) for k in LEVELS if lv[k]]
    if t is None or any(b is None for _, b in bands):
        return ["kategori tidak terbaca"]
    x = t[0]
    out = []
    keys = [b for _, b in bands]
    if aspek == "waktu":
        keys = keys[::-1]
    for a, b in zip(keys, keys[1:], strict=False):
        if not (a[2] < b[0] or (a[2] == b[0] and not (a[3] and b[1]))):
            out.append("kategori tidak berurutan")
            break
    for k, b in bands:
        if k != "BAIK" and inside(x, b):
            out.append(f"target di dalam kategori {k}")
    return out


def check_plan(rks: list[dict], jenis: str, model: str) -> list[str]:
    out = []
    if not rks:
        return ["tidak ada RK Kinerja Utama"]
    seen = set()
    for rk in rks:
        low = rk["text"].lower()
        if low in seen:
            out.append(f"RK ganda {rk['text']!r}")
        seen.add(low)
        if low.split(" ", 1)[0] in ACTIVITY:
            out.append(f"RK kegiatan {rk['text']!r}")
        if not rk["iki"]:
            out.append(f"RK tanpa IKI {rk['text']!r}")
        if jenis != "jpt":
            if not rk["atasan"]:
                out.append(f"RK atasan kosong {rk['text']!r}")
            if model == "pengembangan" and not all(rk["cara"]):
                out.append(f"cara memantau kosong {rk['text']!r}")
            aspek = [ik["aspek"] for ik in rk["iki"]]
            if len(set(aspek)) != len(aspek):
                out.append(f"aspek ganda {rk['text']!r}")
        elif model == "pengembangan" and rk["persp"].lower() not in PERSPEKTIF:
            out.append(f"perspektif {rk['persp']!r}")
        for ik in rk["iki"]:
            t = ik["target"]
            if not t:
                out.append(f"target kosong {ik['text']!r}")
                continue
            nums = NUM.findall(t)
            if not nums:
                out.append(f"target tidak terukur {t!r}")
                continue
            if len(nums) == 2 and number(nums[0]) > number(nums[1]):
                out.append(f"rentang terbalik {t!r}")
            rest = NUM.sub("", t).replace("-", "").strip()
            if not rest and not re.match(r"(persentase|indeks|nilai|skor)\b", ik["text"], re.I):
                out.append(f"target tanpa satuan {t!r}")
            if ABSOLUT.search(ik["text"]) or ABSOLUT.search(t):
                out.append(f"kata mutlak {ik['text']!r}")
            if jenis == "jpt":
                continue
            if ik["aspek"] not in ASPEK:
                out.append(f"aspek {ik['aspek']!r}")
                continue
            if (ik["aspek"] == "waktu" or ik["text"].lower().startswith("waktu")) and not TIME_UNIT.search(t):
                out.append(f"waktu tanpa satuan waktu {t!r}")
            if model == "pengembangan":
                out += [f"{p}: {ik['text']!r}" for p in check_kategori(ik["lv"], t, ik["aspek"])]
    if jenis == "jpt" and model == "pengembangan":
        have = {rk["persp"].lower() for rk in rks}
        out += [f"perspektif tanpa RK: {p}" for p in sorted(PERSPEKTIF - have)]
    return out


def check_ak(wb, rks: list[dict]) -> list[str]:
    for ws in wb:
        g = grid(ws)
        head = [(r, c) for (r, c), v in g.items() if norm(v) == "BUTIRKEGIATAN"]
        if not head:
            continue
        r0, cb = head[0]
        cr = next(c for (r, c), v in g.items() if r == r0 and norm(v) == "RENCANAKINERJA")
        ca = next(c for (r, c), v in g.items() if r == r0 and norm(v) == "ANGKAKREDIT")
        out, linked, now = [], set(), None
        for r in range(r0 + 1, max(r for r, _ in g) + 1):
            if (r, cr) in g:
                now = text(g[(r, cr)]).lower()
            if (r, cb) in g and now:
                linked.add(now)
                ak = text(g.get((r, ca)))
                if not (re.fullmatch(r"\d+(,\d{1,3})?", ak) and number(ak) > 0):
                    out.append(f"angka kredit tidak sah {ak!r}")
        return out + [f"RK tanpa butir {rk['text']!r}" for rk in rks if rk["text"].lower() not in linked]
    return ["lembar Keterkaitan AK tidak ada"]


def check_manual(wb, rks: list[dict]) -> list[str]:
    blocks: list[dict] = []
    for ws in wb:
        g = grid(ws)
        if not any(norm(v) == "DEFINISIIKI" for v in g.values()):
            continue
        for (r, c), v in sorted(g.items()):
            if c != 1:
                continue
            if norm(v) == "RENCANAKINERJA":
                blocks.append({})
            if blocks:
                blocks[-1][norm(v)] = text(g.get((r, 2)))
    out = []
    for rk in rks:
        for ik in rk["iki"]:
            b = [x for x in blocks if x.get("INDIKATORKINERJAINDIVIDU") == ik["text"]]
            need = ("DESKRIPSIRENCANAKINERJA", "DEFINISIIKI", "FORMULA", "TUJUAN")
            if len(b) != 1 or not all(b[0].get(k) for k in need):
                out.append(f"Manual IKI tidak lengkap {ik['text']!r}")
    return out


# ------------------------------------------------------------------------------------------------ Matriks


def matrix_sheet(wb):
    for ws in wb:
        if any(norm(v) == "MATRIKSPEMBAGIANPERANDANHASIL" for v in grid(ws).values()):
            return ws
    return None


def read_matrix(ws) -> dict | None:
    """The koordinator's RK (text, jenis) and the members (identity text, cells), whatever the layout."""
    g = grid(ws)
    found = []  # (row, column, jenis, RK text or None when the RK is in the cell before)
    for (r, c), v in g.items():
        t = text(v)
        if t.lower() in METHODS:
            found.append((r, c, METHODS[t.lower()], None))
        elif " - " in t and t.rsplit(" - ", 1)[1].lower() in METHODS:
            rk, m = t.rsplit(" - ", 1)
            found.append((r, c, METHODS[m.lower()], rk))
    if len(found) < 2:
        return None
    rows, cols = {f[0] for f in found}, {f[1] for f in found}
    maxc = max(c for _, c in g)
    if len(rows) == 1:  # koordinator's RK across the top
        (r,) = rows
        rks = [(rk or text(g.get((r - 1, c))), j) for _r, c, j, rk in sorted(found, key=lambda f: f[1])]
        rk_cols = sorted(cols)
        members, rr = [], r + 1
        while any((rr, c) in g for c in range(1, rk_cols[-1] + 1)):
            ident = "\n".join(
                text(g[(rr, c)])
                for c in range(1, rk_cols[0])
                if (rr, c) in g and not isinstance(g[(rr, c)], int)
            )
            members.append((ident, [text(g.get((rr, c))) for c in rk_cols]))
            rr += 1
        return {"rks": rks, "members": members}
    if len(cols) == 1:  # transposed: the koordinator's RK down the left
        (c0,) = cols
        ordered = sorted(found)
        rks = [(rk or text(g.get((r, c0 - 1))), j) for r, _c, j, rk in ordered]
        rk_rows = [f[0] for f in ordered]
        top = rk_rows[0]
        members = []
        for c in range(c0 + 1, maxc + 1):
            head = [text(g[(r, c)]) for r in range(1, top) if (r, c) in g]
            if not head or "KETERANGAN" in {norm(h) for h in head}:
                continue
            members.append(("\n".join(head), [text(g.get((r, c))) for r in rk_rows]))
        return {"rks": rks, "members": members}
    return None


def owner_row(members: list, nip: str, jabatan: str) -> list[str] | None:
    digits = re.sub(r"\D", "", nip)
    for ident, cells in members:
        lines = [x.strip() for x in ident.split("\n")]
        if (digits and digits in re.sub(r"\D", "", ident)) or jabatan in lines:
            return cells
    return None


def check_matrix(wb, rks: list[dict] | None, ids: dict) -> list[str]:
    ws = matrix_sheet(wb)
    if ws is None:
        return []
    mx = read_matrix(ws)
    if mx is None:
        return ["Matriks tanpa jenis penyelarasan yang terbaca"]
    out = [f"RK koordinator tanpa teks ({j})" for rk, j in mx["rks"] if not rk]
    if not any(j == "direct" for _, j in mx["rks"]) or not any(j == "nondirect" for _, j in mx["rks"]):
        out.append("Matriks tanpa direct dan non-direct cascading")
    if rks is None:
        return out
    mine = [rk["text"] for rk in rks]
    heads = [rk for rk, _ in mx["rks"]]
    if mine == heads:
        return out  # the owner is the koordinator: his Rencana RK are the matrix's columns
    peg = ids.get("peg", {})
    cells = owner_row(mx["members"], peg.get("nip", ""), peg.get("jabatan", ""))
    if cells is None:
        return out + ["pemilik SKP tidak ada di Matriks"]
    parts = [(heads[j], c) for j, c in enumerate(cells) if c and c != "-"]
    if [c for _, c in parts] != mine:
        out.append(f"RK di Matriks {[c for _, c in parts]} berbeda dengan Rencana {mine}")
        return out
    for (head, _c), rk in zip(parts, rks, strict=True):
        if rk["atasan"] != head:
            out.append(f"RK atasan {rk['atasan']!r} bukan RK koordinator di Matriks {head!r}")
    return out


def check(path: Path, form: str | None) -> list[str]:
    wb = openpyxl.load_workbook(path)
    plan = None
    for ws in wb:
        g = grid(ws)
        h = plan_header(g)
        if h is not None and any(norm(v) == "PEGAWAIYANGDINILAI" for v in g.values()):
            plan = (g, h)
            break
    if plan is None:
        return ["tabel Rencana SKP tidak ditemukan"] + check_matrix(wb, None, {})
    if form is None:
        return []
    jenis, model = form.split("-")
    g, h = plan
    ids = identity(g)
    rks = plan_rows(g, h)
    out = check_identity(ids, jenis) + check_periode(g) + check_plan(rks, jenis, model)
    if jenis == "jf":
        out += check_ak(wb, rks)
    if jenis == "jpt":
        out += check_manual(wb, rks)
    return out + check_matrix(wb, rks, ids)


if __name__ == "__main__":
    import json
    import sys

    here = Path(__file__).resolve().parent
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "kiriman"
    manifest = Path(sys.argv[2]) if len(sys.argv) > 2 else here / "harapan.json"
    bad = 0
    for f in json.loads(manifest.read_text(encoding="utf-8"))["files"]:
        seen = check(folder / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("OK " if ok else "XX ", f["file"], seen)
    sys.exit(1 if bad else 0)
