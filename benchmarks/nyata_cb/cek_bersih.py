"""Independent recheck of the set ``nyata_cb`` from cell contents alone (it does not use the generator's
model): the identity blocks found by their headings wherever they stand (side by side, stacked, a third
block, a colon column, label and value in one cell, continuation rows), NIP, pangkat and golongan, jenjang JF
and golongan, periode, penilai ≠ pegawai; the plan table (RK atasan, aspek, target with number and satuan,
absolute words, waktu units, activity RK, duplicate RK/aspek, kategori order, cara memantau, perspektif);
Keterkaitan AK and Manual IKI. ``check`` returns the problems seen: none on a clean workbook, at least one on
each defective one (SPEC §3, §5, §7)."""

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
    "I/a": "juru muda",
    "I/b": "juru muda tingkat i",
    "I/c": "juru",
    "I/d": "juru tingkat i",
}
ORDER = [
    "I/a",
    "I/b",
    "I/c",
    "I/d",
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
    "pemula": ("II/a", "II/a"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
}
HEADS = {"PEGAWAIYANGDINILAI": "peg", "PEJABATPENILAIKINERJA": "pen", "ATASANPEJABATPENILAIKINERJA": "ats"}
LABELS = {
    "NAMA": "nama",
    "NIP": "nip",
    "PANGKATGOLRUANG": "pangkat",
    "PANGKAT": "pangkat",
    "GOLRUANG": "gol",
    "JABATAN": "jabatan",
    "UNITKERJA": "unit",
    "INSTANSI": "instansi",
    "TMTJABATAN": "tmt",
    "ESELON": "eselon",
    "PENDIDIKANTERAKHIR": "pendidikan",
    "NOHP": "hp",
    "EMAIL": "email",
    "STATUSKEPEGAWAIAN": "status",
    "MASAKERJA": "masa",
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
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
ACTIVITY = (
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
)
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
TIME_UNIT = re.compile(r"\b(hari|minggu|bulan|triwulan|semester|tahun|jam|menit|tanggal)\b", re.I)
NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
LEVELS = ["SANGATKURANG", "KURANG", "CUKUP", "BAIK", "SANGATBAIK"]


def norm(v) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(v).upper()) if v is not None else ""


def text(v) -> str:
    return "" if v is None else str(v).strip()


def grid(ws) -> dict[tuple[int, int], object]:
    return {
        (c.row, c.column): c.value
        for row in ws.iter_rows()
        for c in row
        if c.value is not None and text(c.value) != ""
    }


# ------------------------------------------------------------------------------------------------ identity


def identity(g: dict) -> dict[str, dict[str, object]]:
    heads = sorted((rc, HEADS[norm(v)]) for rc, v in g.items() if norm(v) in HEADS)
    maxc = max(c for _, c in g) if g else 0
    out: dict[str, dict[str, object]] = {}
    for (r, c), who in heads:
        if who in out:
            continue  # signature labels further down repeat the headings
        right = min([cc for (rr, cc), _ in heads if rr == r and cc > c] + [maxc + 2]) - 2
        fields: dict[str, object] = {}
        last = None
        rr = r + 1
        while True:
            vals = [g[(rr, cc)] for cc in range(c, right + 1) if (rr, cc) in g and text(g[(rr, cc)]) != ":"]
            numbered = (rr, c - 1) in g
            if not vals and not numbered:
                break
            if any(norm(v) in HEADS for v in vals):
                break
            if not vals:
                rr += 1
                continue
            first = vals[0]
            key, value = None, None
            if isinstance(first, str) and norm(first) in LABELS:
                key, value = LABELS[norm(first)], (vals[1] if len(vals) > 1 else None)
            elif isinstance(first, str) and ":" in first and norm(first.split(":", 1)[0]) in LABELS:
                lab, val = first.split(":", 1)
                key, value = LABELS[norm(lab)], (val.strip() or None)
            elif (isinstance(first, str) and first.upper().startswith("NIP.")) or (
                not isinstance(first, str) and last == "nama"
            ):
                key, value = "nip", first
            elif last is not None and numbered is False:
                fields[last] = f"{text(fields.get(last))} {text(first)}".strip()
                rr += 1
                continue
            if key is None:
                break
            if key in fields:
                break
            fields[key] = value
            last = key
            rr += 1
        out[who] = fields
    return out


def nip_digits(v) -> tuple[str | None, str | None]:
    if v is None or text(v) in ("", "-"):
        return None, None
    if not isinstance(v, str):
        return None, "NIP diketik sebagai angka"
    s = re.sub(r"^\s*NIP\.?\s*:?", "", v.strip(), flags=re.I)
    d = re.sub(r"[\s.]", "", s)
    if not re.fullmatch(r"\d{18}", d):
        return None, f"NIP bukan 18 angka: {v!r}"
    try:
        born = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return None, f"tanggal lahir NIP mustahil: {v!r}"
    month = int(d[12:14])
    if not (1 <= month <= 12 or month == 21):
        return None, f"bulan TMT NIP mustahil: {v!r}"
    if d[14] not in "12":
        return None, f"digit jenis kelamin NIP: {v!r}"
    if int(d[8:12]) - born.year < 18:
        return None, f"TMT kurang dari 18 tahun sesudah lahir: {v!r}"
    return d, None


def golongan(p: str) -> tuple[str | None, str]:
    m = re.search(r"\b(IV|III|II|I)\s*[/ ]?\s*([a-eA-E])\b", p)
    if not m:
        return None, p
    gol = f"{m.group(1)}/{m.group(2).lower()}"
    name = p[: m.start()]
    name = re.sub(r"\bTk\.?\s*", "Tingkat ", name, flags=re.I)
    name = re.sub(r"[^A-Za-z ]", " ", name)
    return gol, " ".join(name.lower().split())


def check_identity(ids: dict, jenis: str) -> list[str]:
    out = []
    digits = {}
    for who in ("peg", "pen"):
        f = ids.get(who)
        if f is None:
            out.append(f"blok {who} tidak ditemukan")
            continue
        d, problem = nip_digits(f.get("nip"))
        pppk = d is not None and d[12:14] == "21"
        bupati = jenis == "jpt" and who == "pen" and text(f.get("nip")) in ("", "-")
        if problem:
            out.append(f"{who}: {problem}")
        digits[who] = d
        pangkat = " ".join(text(f.get(k)) for k in ("pangkat", "gol") if text(f.get(k)) not in ("", "-"))
        for key in ("nama", "nip", "pangkat", "jabatan", "unit"):
            v = (
                pangkat
                if key == "pangkat"
                else text(f.get(key) if key != "unit" else f.get("unit") or f.get("instansi"))
            )
            if v in ("", "-"):
                if bupati and key in ("nip", "pangkat"):
                    continue
                if pppk and key == "pangkat":
                    continue
                out.append(f"{who}: {key} kosong")
        if not pangkat or bupati:
            continue
        if pppk:
            if not re.fullmatch(r"(Golongan\s+)?[IVX]+(\s*\(PPPK\))?", pangkat):
                out.append(f"{who}: golongan PPPK tidak dikenal {pangkat!r}")
            continue
        gol, name = golongan(pangkat)
        if gol not in PANGKAT or name != PANGKAT[gol]:
            out.append(f"{who}: pangkat tidak dikenal {pangkat!r}")
            continue
        jab = text(f.get("jabatan")).lower()
        for word, (lo, hi) in JENJANG.items():
            if re.search(rf"\b{word}\b", jab) and not ORDER.index(lo) <= ORDER.index(gol) <= ORDER.index(hi):
                out.append(f"{who}: jenjang {word} dengan golongan {gol}")
    if digits.get("peg") and digits.get("peg") == digits.get("pen"):
        out.append("penilai sama dengan pegawai")
    return out


def parse_date(s: str, year: int | None) -> datetime.date | None:
    s = s.strip().lower()
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", s)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?", s)
    if m and m.group(2) in BULAN and (m.group(3) or year):
        return datetime.date(int(m.group(3) or year), BULAN[m.group(2)], int(m.group(1)))
    return None


def check_periode(g: dict) -> list[str]:
    cells = [text(v) for v in g.values() if isinstance(v, str) and norm(v).startswith("PERIODE")]
    if not cells:
        return ["periode tidak ada"]
    t = cells[0].split(":", 1)[1] if ":" in cells[0] else ""
    parts = re.split(r"\s+(?:sd|s/d|s\.d\.)\s+", t.strip(), flags=re.I)
    if len(parts) != 2:
        return [f"periode tidak terbaca {cells[0]!r}"]
    end = parse_date(parts[1], None)
    start = parse_date(parts[0], end.year if end else None)
    if not start or not end:
        return [f"periode tidak terbaca {cells[0]!r}"]
    if start > end or start.year != end.year:
        return [f"periode tidak sah {cells[0]!r}"]
    return []


# ------------------------------------------------------------------------------------------------ plan


def header(g: dict) -> tuple[int, dict[str, int]] | None:
    for (r, c), v in sorted(g.items()):
        if norm(v) == "RENCANAKINERJA" and any(norm(g.get((r, cc))) == "TARGET" for cc in range(c, c + 20)):
            cols = {}
            for rr in (r, r + 1):
                for (r2, c2), v2 in g.items():
                    if r2 == rr:
                        cols.setdefault(norm(v2), c2)
            return r, cols
    return None


def interval(s: str) -> tuple | None:
    s = s.strip()
    nums = [float(x.replace(".", "").replace(",", ".")) for x in NUM.findall(s)]
    if not nums:
        return None
    if s.startswith("<"):
        return (-math.inf, False, nums[0], False)
    if s.startswith(">"):
        return (nums[0], False, math.inf, False)
    if len(nums) == 2:
        return (nums[0], True, nums[1], True)
    return (nums[0], True, nums[0], True)


def before(a: tuple, b: tuple) -> bool:
    return a[2] < b[0] or (a[2] == b[0] and not (a[3] and b[1]))


def check_kategori(lv: dict, target: str, aspek: str) -> list[str]:
    if not text(lv.get("BAIK")):
        return ["kategori BAIK kosong"]
    if text(lv["BAIK"]) != target:
        return ["BAIK bukan target"]
    ivs = [interval(text(lv[k])) for k in LEVELS if text(lv.get(k))]
    if any(iv is None for iv in ivs):
        return ["kategori tidak terbaca"]
    if aspek in ("waktu", "biaya"):
        ivs = ivs[::-1]
    if not all(before(a, b) for a, b in zip(ivs, ivs[1:], strict=False)):
        return ["kategori tidak berurutan"]
    return []


def plan_rows(g: dict, h: tuple) -> list[dict]:
    r0, cols = h
    start = next(r for (r, c), v in sorted(g.items()) if r > r0 and norm(v) == "AKINERJAUTAMA")
    stop = next(r for (r, c), v in sorted(g.items()) if r > start and norm(v) == "BKINERJATAMBAHAN")
    rks: list[dict] = []

    def at(r: int, label: str):
        c = cols.get(label)
        return g.get((r, c)) if c else None

    for r in range(start + 1, stop):
        if at(r, "NO") is not None:
            rks.append(
                {
                    "atasan": text(at(r, "RENCANAKINERJAATASANLANGSUNGUNITKERJAORGANISASI")),
                    "text": text(at(r, "RENCANAKINERJA")),
                    "persp": text(at(r, "PERSPEKTIF")),
                    "cara": [text(at(r, k)) for k in ("DATA", "SUMBERDATA", "WAKTUPENGUMPULAN")],
                    "iki": [],
                }
            )
        if rks and at(r, "INDIKATORKINERJAINDIVIDU") is not None:
            rks[-1]["iki"].append(
                {
                    "aspek": text(at(r, "ASPEK")).lower(),
                    "iki": text(at(r, "INDIKATORKINERJAINDIVIDU")),
                    "target": text(at(r, "TARGET")),
                    "lv": {k: at(r, k) for k in LEVELS},
                }
            )
    return rks


def check_plan(rks: list[dict], jenis: str, model: str) -> list[str]:
    out = []
    if not rks:
        return ["tidak ada RK"]
    texts = [rk["text"].lower() for rk in rks]
    if len(set(texts)) != len(texts):
        out.append("RK ganda")
    for rk in rks:
        if rk["text"].split(" ", 1)[0].lower() in ACTIVITY:
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
                out.append(f"target kosong {ik['iki']!r}")
                continue
            nums = NUM.findall(t)
            if not nums:
                out.append(f"target tidak terukur {t!r}")
                continue
            rest = NUM.sub("", t).replace("-", "").strip()
            if not rest and not re.match(r"(persentase|indeks|nilai|skor)\b", ik["iki"], re.I):
                out.append(f"target tanpa satuan {t!r}")
            if ABSOLUT.search(ik["iki"]) or ABSOLUT.search(t):
                out.append(f"kata mutlak {ik['iki']!r}")
            if jenis == "jpt":
                continue
            if ik["aspek"] not in ASPEK:
                out.append(f"aspek {ik['aspek']!r}")
                continue
            if ik["aspek"] == "waktu" and not TIME_UNIT.search(t):
                out.append(f"waktu tanpa satuan waktu {t!r}")
            if model == "pengembangan":
                out += [f"{p}: {ik['iki']!r}" for p in check_kategori(ik["lv"], t, ik["aspek"])]
    if jenis == "jpt" and model == "pengembangan":
        have = {rk["persp"].lower() for rk in rks}
        out += [f"perspektif tanpa RK: {p}" for p in sorted(PERSPEKTIF - have)]
    return out


def check_ak(wb, rks: list[dict]) -> list[str]:
    for ws in wb:
        g = grid(ws)
        h = [(r, c) for (r, c), v in g.items() if norm(v) == "BUTIRKEGIATAN"]
        if not h:
            continue
        r0, cb = h[0]
        out, linked, rk_now = [], set(), None
        for r in range(r0 + 1, max(r for r, _ in g) + 1):
            if (r, cb - 1) in g and norm(g[(r, cb - 1)]) != "KINERJAUTAMA":
                rk_now = text(g[(r, cb - 1)]).lower()
            if (r, cb) in g and rk_now:
                linked.add(rk_now)
                ak = g.get((r, cb + 2))
                if not (
                    isinstance(ak, str)
                    and re.fullmatch(r"\d+(,\d{1,3})?", ak.strip())
                    and float(ak.replace(",", ".")) > 0
                ):
                    out.append(f"angka kredit tidak sah {ak!r}")
        out += [f"RK tanpa butir {rk['text']!r}" for rk in rks if rk["text"].lower() not in linked]
        return out
    return ["lembar Keterkaitan AK tidak ada"]


def check_manual(wb, rks: list[dict]) -> list[str]:
    blocks: list[dict] = []
    for ws in wb:
        g = grid(ws)
        for (r, c), v in sorted(g.items()):
            key = norm(v)
            if key == "RENCANAKINERJA" and ws.title != wb.worksheets[0].title:
                blocks.append({})
            if blocks and key in (
                "INDIKATORKINERJAINDIVIDU",
                "DESKRIPSIRENCANAKINERJA",
                "DEFINISIIKI",
                "FORMULA",
                "TUJUAN",
            ):
                blocks[-1][key] = text(g.get((r, c + 1)))
    out = []
    for rk in rks:
        for ik in rk["iki"]:
            b = [x for x in blocks if x.get("INDIKATORKINERJAINDIVIDU") == ik["iki"]]
            if not b or not all(
                b[0].get(k) for k in ("DESKRIPSIRENCANAKINERJA", "DEFINISIIKI", "FORMULA", "TUJUAN")
            ):
                out.append(f"Manual IKI tidak lengkap {ik['iki']!r}")
    return out


def check(path: Path, form: str) -> list[str]:
    jenis, model = form.split("-")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    g = grid(ws)
    out = check_identity(identity(g), jenis) + check_periode(g)
    h = header(g)
    if h is None:
        return out + ["tabel rencana tidak ditemukan"]
    rks = plan_rows(g, h)
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
    files = json.loads((here / "harapan.json").read_text())["files"]
    bad = 0
    for f in files:
        seen = check(here / "kiriman" / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("OK " if ok else "XX ", f["file"], seen)
    sys.exit(1 if bad else 0)
