"""Independent recheck of the set ``nyata_ci`` from cell contents alone (it does not use the generator's
model): identity blocks, NIP, pangkat and periode; the Rencana SKP table read row by row the way a reviewer
reads it (section rows in any of their spellings, ``-`` rows, spacer rows, repeated headers, a column-number
row, a ``JUMLAH`` row, RK merged, repeated or written once, IKI numbered ``1.1``), then Kinerja Utama present,
RK with IKI, IKI with target (number and satuan), aspek valid and not repeated, RK atasan of every Kinerja
Utama RK, RK not repeated, no activity RK, no absolute words, kategori order, cara memantau, perspektif;
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
}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"PENERIMALAYANANSTAKEHOLDER", "PROSESBISNIS", "PENGUATANINTERNAL", "ANGGARAN"}
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
    "asistensi",
)
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
TIME_UNIT = re.compile(r"\b(hari|minggu|bulan|triwulan|semester|tahun|tanggal)\b", re.I)
NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
LEVELS = ["SANGATKURANG", "KURANG", "CUKUP", "BAIK", "SANGATBAIK"]
HEAD_LABELS = {
    "NO",
    "RENCANAKINERJA",
    "RENCANAKINERJAATASANLANGSUNGUNITKERJAORGANISASI",
    "ASPEK",
    "INDIKATORKINERJAINDIVIDU",
    "TARGET",
    "PERSPEKTIF",
    "KATEGORIPENILAIANKINERJA",
    "CARAMEMANTAUKINERJA",
    "DATA",
    "SUMBERDATA",
    "WAKTUPENGUMPULAN",
    *LEVELS,
}


def norm(v) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(v).upper()) if v is not None else ""


def text(v) -> str:
    return "" if v is None else str(v).strip()


def grid(ws) -> dict[tuple[int, int], object]:
    """Cell values, a merged range's value repeated over the whole range (what a reader sees)."""
    g = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if text(c.value) != ""}
    for rng in ws.merged_cells.ranges:
        v = g.get((rng.min_row, rng.min_col))
        if v is None:
            continue
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                g[(r, c)] = v
    return g


# ------------------------------------------------------------------------------------------------ kop


def nip_ok(v) -> bool:
    d = re.sub(r"[\s.]", "", text(v))
    if not re.fullmatch(r"\d{18}", d):
        return False
    try:
        born = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return False
    return 1 <= int(d[12:14]) <= 12 and d[14] in "12" and int(d[8:12]) - born.year >= 18


def check_identity(g: dict) -> list[str]:
    out, nips = [], []
    for head in ("PEGAWAIYANGDINILAI", "PEJABATPENILAIKINERJA"):
        cells = sorted(rc for rc, v in g.items() if norm(v) == head)
        if not cells:
            out.append(f"blok {head} tidak ada")
            continue
        r, c = cells[0]
        fields = {norm(g.get((r + i, c))): g.get((r + i, c + 1)) for i in range(1, 6)}
        for label in ("NAMA", "NIP", "PANGKATGOLRUANG", "JABATAN", "UNITKERJA"):
            if text(fields.get(label)) in ("", "-"):
                out.append(f"{head}: {label} kosong")
        if not nip_ok(fields.get("NIP")):
            out.append(f"{head}: NIP {fields.get('NIP')!r}")
        nips.append(re.sub(r"\D", "", text(fields.get("NIP"))))
        m = re.fullmatch(r"(.+),\s*(I{1,3}|IV)/([a-e])", text(fields.get("PANGKATGOLRUANG")))
        if not m or PANGKAT.get(f"{m.group(2)}/{m.group(3)}") != m.group(1).lower():
            out.append(f"{head}: pangkat {fields.get('PANGKATGOLRUANG')!r}")
    if len(nips) == 2 and nips[0] == nips[1]:
        out.append("penilai sama dengan pegawai")
    per = [text(v) for v in g.values() if norm(v).startswith("PERIODEPENILAIAN")]
    m = re.search(r"1 JANUARI SD 31 DESEMBER (\d{4})", per[0]) if per else None
    if not m:
        out.append("periode tidak terbaca")
    return out


# ------------------------------------------------------------------------------------------------ plan


def section_of(vals: list[str]) -> str | None:
    """A section row: one label (a letter or roman numeral in its own cell allowed)."""
    vals = [v for v in dict.fromkeys(vals) if not re.fullmatch(r"[A-Z]|I{1,3}", norm(v))]
    if len(vals) != 1:
        return None
    key = re.sub(r"^(A|B|I|II)(?=KINERJA|TUGAS|UTAMA|TAMBAHAN)", "", norm(vals[0]))
    if key in ("KINERJAUTAMA", "UTAMA"):
        return "u"
    if key in ("KINERJATAMBAHAN", "TAMBAHAN", "TUGASTAMBAHAN"):
        return "t"
    return None


def plan_rows(g: dict) -> tuple[list[dict], bool]:
    hr = next(
        (
            r
            for (r, c), v in sorted(g.items())
            if norm(v) == "RENCANAKINERJA" and norm(g.get((r, c + 1))) != ""
        ),
        None,
    )
    if hr is None:
        return [], False
    cols: dict[str, int] = {}
    for rr in (hr, hr + 1):
        for (r, c), v in sorted(g.items()):
            if r == rr and norm(v) in HEAD_LABELS:
                cols.setdefault(norm(v), c)
    last_col = max(cols.values())
    end = max(r for r, _ in g)
    rks: list[dict] = []
    sect, seen_utama, cur = None, False, None

    def at(r: int, label: str):
        c = cols.get(label)
        return g.get((r, c)) if c else None

    for r in range(hr + 1, end + 1):
        vals = [text(g[(r, c)]) for c in range(1, last_col + 1) if (r, c) in g]
        if not vals:
            cur = None
            continue
        if any(norm(v) in HEAD_LABELS - {"NO"} for v in vals) or all(
            re.fullmatch(r"\(\d+\)", v) for v in vals
        ):
            cur = None
            continue
        if norm(g.get((r, 1))) == "JUMLAH":
            break
        if any(re.search(r", \d{1,2} [A-Za-z]+ \d{4}$", v) or "Pegawai yang Dinilai" in v for v in vals):
            break
        s = section_of(vals)
        if s:
            sect, cur = s, None
            seen_utama |= s == "u"
            continue
        if all(v == "-" for v in vals):
            cur = None
            continue
        rk_text = text(at(r, "RENCANAKINERJA"))
        if rk_text and (cur is None or rk_text != cur["text"]):
            cur = {
                "sect": sect,
                "text": rk_text,
                "atasan": text(at(r, "RENCANAKINERJAATASANLANGSUNGUNITKERJAORGANISASI")),
                "persp": norm(at(r, "PERSPEKTIF")),
                "cara": [text(at(r, k)) for k in ("DATA", "SUMBERDATA", "WAKTUPENGUMPULAN") if k in cols],
                "iki": [],
            }
            rks.append(cur)
        if cur is None:
            rks.append({"sect": sect, "text": "", "atasan": "", "persp": "", "cara": [], "iki": []})
            cur = rks[-1]
        if text(at(r, "INDIKATORKINERJAINDIVIDU")) or text(at(r, "TARGET")) or text(at(r, "ASPEK")):
            cur["iki"].append(
                {
                    "aspek": text(at(r, "ASPEK")).lower(),
                    "iki": text(at(r, "INDIKATORKINERJAINDIVIDU")),
                    "target": text(at(r, "TARGET")),
                    "lv": {k: text(at(r, k)) for k in LEVELS if k in cols},
                }
            )
    return rks, seen_utama


def interval(s: str) -> tuple | None:
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
    if not lv.get("BAIK"):
        return ["kategori BAIK kosong"]
    if lv["BAIK"] != target:
        return ["BAIK bukan target"]
    ivs = [interval(lv[k]) for k in LEVELS if lv.get(k)]
    if any(iv is None for iv in ivs):
        return ["kategori tidak terbaca"]
    if aspek in ("waktu", "biaya"):
        ivs = ivs[::-1]
    if not all(before(a, b) for a, b in zip(ivs, ivs[1:], strict=False)):
        return ["kategori tidak berurutan"]
    return []


def check_plan(rks: list[dict], seen_utama: bool, jenis: str, model: str) -> list[str]:
    out = []
    if not seen_utama:
        out.append("bagian Kinerja Utama tidak ditemukan")
    if not any(rk["sect"] == "u" for rk in rks):
        out.append("Kinerja Utama kosong")
    texts = [rk["text"].lower() for rk in rks]
    if len(set(texts)) != len(texts):
        out.append("RK ganda")
    for rk in rks:
        if not rk["text"]:
            out.append("baris IKI tanpa RK")
        if rk["sect"] is None:
            out.append(f"RK di luar bagian {rk['text']!r}")
        if rk["text"].split(" ", 1)[0].lower() in ACTIVITY:
            out.append(f"RK kegiatan {rk['text']!r}")
        if not rk["iki"]:
            out.append(f"RK tanpa IKI {rk['text']!r}")
        if jenis != "jpt":
            if rk["sect"] == "u" and rk["atasan"] in ("", "-"):
                out.append(f"RK atasan kosong {rk['text']!r}")
            if model == "pengembangan" and not (len(rk["cara"]) == 3 and all(rk["cara"])):
                out.append(f"cara memantau kosong {rk['text']!r}")
            aspek = [ik["aspek"] for ik in rk["iki"]]
            if len(set(aspek)) != len(aspek):
                out.append(f"aspek ganda {rk['text']!r}")
        elif model == "pengembangan" and rk["sect"] == "u" and rk["persp"] not in PERSPEKTIF:
            out.append(f"perspektif {rk['persp']!r}")
        for ik in rk["iki"]:
            t = ik["target"]
            if not ik["iki"]:
                out.append(f"IKI kosong pada RK {rk['text']!r}")
            if not t:
                out.append(f"target kosong {ik['iki']!r}")
                continue
            if not NUM.findall(t):
                out.append(f"target tidak terukur {t!r}")
                continue
            if not NUM.sub("", t).replace("-", "").strip():
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
            if ik["aspek"] == "biaya" and not re.search(r"\b(rp|rupiah)\b", t, re.I):
                out.append(f"biaya tanpa mata uang {t!r}")
            if model == "pengembangan":
                out += [f"{p}: {ik['iki']!r}" for p in check_kategori(ik["lv"], t, ik["aspek"])]
    if jenis == "jpt" and model == "pengembangan":
        have = {rk["persp"] for rk in rks if rk["sect"] == "u"}
        out += [f"perspektif tanpa RK: {p}" for p in sorted(PERSPEKTIF - have)]
    return out


def check_ak(wb, rks: list[dict]) -> list[str]:
    for ws in wb:
        g = grid(ws)
        h = [(r, c) for (r, c), v in g.items() if norm(v) == "BUTIRKEGIATAN"]
        if not h:
            continue
        r0, cb = h[0]
        out, linked = [], set()
        for r in range(r0 + 1, max(r for r, _ in g) + 1):
            if (r, cb) not in g or norm(g.get((r, cb))) == "KINERJAUTAMA":
                continue
            linked.add(text(g.get((r, cb - 1))).lower())
            ak = g.get((r, cb + 2))
            if not (
                isinstance(ak, str)
                and re.fullmatch(r"\d+(,\d{1,3})?", ak)
                and float(ak.replace(",", ".")) > 0
            ):
                out.append(f"angka kredit tidak sah {ak!r}")
        out += [
            f"RK tanpa butir {rk['text']!r}"
            for rk in rks
            if rk["sect"] == "u" and rk["text"].lower() not in linked
        ]
        return out
    return ["lembar Keterkaitan AK tidak ada"]


def check_manual(wb, rks: list[dict]) -> list[str]:
    blocks: list[dict] = []
    for ws in wb.worksheets[1:]:
        g = grid(ws)
        for (r, c), v in sorted(g.items()):
            if norm(v) == "RENCANAKINERJA":
                blocks.append({})
            if blocks and c == 1:
                val = next(
                    (text(g[(r, cc)]) for cc in (2, 3) if (r, cc) in g and text(g[(r, cc)]) != ":"), ""
                )
                blocks[-1][norm(v)] = val
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
    g = grid(wb.worksheets[0])
    out = check_identity(g)
    rks, seen_utama = plan_rows(g)
    out += check_plan(rks, seen_utama, jenis, model)
    if jenis == "jf":
        out += check_ak(wb, rks)
    if jenis == "jpt":
        out += check_manual(wb, rks)
    return out


if __name__ == "__main__":
    import json
    import sys

    here = Path(__file__).resolve().parent
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "kiriman"
    manifest = Path(sys.argv[2]) if len(sys.argv) > 2 else here / "harapan.json"
    bad = 0
    for f in json.loads(manifest.read_text())["files"]:
        seen = check(folder / f["file"], f["form"])
        ok = (seen == []) == f["clean"]
        bad += not ok
        print("OK " if ok else "XX ", f["file"], seen)
    sys.exit(1 if bad else 0)
