"""Independent recheck of the set ``nyata_cc`` from cell contents alone (it does not use the generator's
model): identity blocks and periode; the Rencana SKP table (RK atasan, aspek, target with number and
satuan, reversed ranges, absolute words, waktu units, activity RK, kategori, cara memantau, perspektif);
the Keterkaitan SKP dengan Angka Kredit sheet in every shape the set uses (RK merged, repeated or written
once over its butir rows, codes before the butir, extra columns, total row, numbered RK, empty KINERJA
TAMBAHAN section; angka kredit as a number, ``0,005``, ``0,0050`` or ``0,005 AK``); the Manual Indikator
Kinerja as blocks (numbered labels, any field order, label and value in one cell, values merged, extra
fields, typos), as one table, or one sheet per IKI. ``check`` returns the problems seen: none on a clean
workbook, at least one on each defective one (SPEC §3, §5, §7)."""

from __future__ import annotations

import datetime
import difflib
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
GOL_ORDER = list(PANGKAT)
JENJANG = {
    "ahli pertama": ("III/a", "III/b"),
    "ahli muda": ("III/c", "III/d"),
    "ahli madya": ("IV/a", "IV/c"),
    "ahli utama": ("IV/d", "IV/e"),
    "terampil": ("II/b", "II/d"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
}
MONTHS = "januari februari maret april mei juni juli agustus september oktober november desember"
BULAN = {b: i + 1 for i, b in enumerate(MONTHS.split(" "))}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
ACTIVITY = re.compile(
    r"^(menyusun|melaksanakan|memberikan|melakukan|mengikuti|membuat|penyusunan|pelaksanaan|pengumpulan|"
    r"koordinasi|fasilitasi|monitoring|rekapitulasi|input)\b",
    re.I,
)
ABSOLUT = re.compile(r"\b(semua|selalu|tidak pernah|setiap)\b", re.I)
TIME_UNIT = re.compile(r"\b(hari|minggu|bulan|triwulan|semester|tahun|jam|tanggal)\b", re.I)
UNITLESS_IKI = re.compile(r"^(persentase|indeks|nilai|skor)\b", re.I)
NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
LEVELS = ["SANGATKURANG", "KURANG", "CUKUP", "BAIK", "SANGATBAIK"]
MANUAL_LABELS = {
    "RENCANAKINERJA": "rencana",
    "DESKRIPSIRENCANAKINERJA": "deskripsi",
    "INDIKATORKINERJAINDIVIDU": "iki",
    "DEFINISIIKI": "definisi",
    "FORMULA": "formula",
    "TUJUAN": "tujuan",
    "SATUANPENGUKURAN": "satuan",
    "JENISASPEKTARGET": "aspek",
    "TINGKATKENDALIIKI": "kendali",
    "SUMBERDATA": "sumber",
    "PERIODEPELAPORAN": "periode",
}
REQUIRED = ("deskripsi", "definisi", "formula", "tujuan")


def norm(v) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(v).upper()) if v is not None else ""


def text(v) -> str:
    return "" if v is None else str(v).strip()


def raw_grid(ws) -> dict[tuple[int, int], object]:
    return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if text(c.value) != ""}


def filled_grid(ws) -> dict[tuple[int, int], object]:
    """Cell values with every merged range filled with its top-left value."""
    g = raw_grid(ws)
    for rng in ws.merged_cells.ranges:
        v = g.get((rng.min_row, rng.min_col))
        if v is None:
            continue
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                g[(r, c)] = v
    return g


# ------------------------------------------------------------------------------------------------ kop


def identity(g: dict) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for (r, c), v in sorted(g.items()):
        who = {"PEGAWAIYANGDINILAI": "peg", "PEJABATPENILAIKINERJA": "pen"}.get(norm(v))
        if who is None or who in out:
            continue
        fields = {}
        for rr in range(r + 1, r + 6):
            fields[norm(g.get((rr, c)))] = text(g.get((rr, c + 1)))
        out[who] = fields
    return out


def nip_problem(s: str) -> str | None:
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{18}", d):
        return f"NIP bukan 18 angka {s!r}"
    try:
        born = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return f"tanggal lahir NIP {s!r}"
    if not 1 <= int(d[12:14]) <= 12 or d[14] not in "12" or int(d[8:12]) - born.year < 18:
        return f"NIP tidak sah {s!r}"
    return None


def check_identity(ids: dict, jenis: str) -> list[str]:
    out = []
    if set(ids) != {"peg", "pen"}:
        return ["blok identitas tidak lengkap"]
    for who, f in ids.items():
        bupati = who == "pen" and f.get("NIP") == "-"
        if bupati and jenis != "jpt":
            out.append("penilai tanpa NIP pada formulir JA/JF")
        for label in ("NAMA", "NIP", "PANGKATGOLRUANG", "JABATAN"):
            if f.get(label, "") in ("", "-") and not (bupati and label in ("NIP", "PANGKATGOLRUANG")):
                out.append(f"{who}: {label} kosong")
        if (f.get("UNITKERJA") or f.get("INSTANSI") or "") in ("", "-"):
            out.append(f"{who}: unit kerja kosong")
        if bupati:
            continue
        problem = nip_problem(f.get("NIP", ""))
        if problem:
            out.append(f"{who}: {problem}")
        m = re.fullmatch(r"(.+),\s*(IV|III|II|I)/([a-e])", f.get("PANGKATGOLRUANG", ""))
        if not m or PANGKAT.get(f"{m.group(2)}/{m.group(3)}") != m.group(1).lower():
            out.append(f"{who}: pangkat {f.get('PANGKATGOLRUANG')!r}")
            continue
        gol = f"{m.group(2)}/{m.group(3)}"
        for word, (lo, hi) in JENJANG.items():
            if word in f.get("JABATAN", "").lower() and not (
                GOL_ORDER.index(lo) <= GOL_ORDER.index(gol) <= GOL_ORDER.index(hi)
            ):
                out.append(f"{who}: jenjang {word} golongan {gol}")
    if re.sub(r"\s", "", ids["peg"].get("NIP", "")) == re.sub(r"\s", "", ids["pen"].get("NIP", "")):
        out.append("penilai sama dengan pegawai")
    return out


def check_periode(g: dict) -> list[str]:
    cells = [text(v) for v in g.values() if norm(v).startswith("PERIODEPENILAIAN")]
    if not cells:
        return ["periode tidak ada"]
    m = re.search(r":\s*(\d{1,2}) (\w+)(?: (\d{4}))? SD (\d{1,2}) (\w+) (\d{4})$", cells[0], re.I)
    if not m or m.group(2).lower() not in BULAN or m.group(5).lower() not in BULAN:
        return [f"periode tidak terbaca {cells[0]!r}"]
    y2 = int(m.group(6))
    y1 = int(m.group(3) or y2)
    start = datetime.date(y1, BULAN[m.group(2).lower()], int(m.group(1)))
    end = datetime.date(y2, BULAN[m.group(5).lower()], int(m.group(4)))
    return [] if start <= end and y1 == y2 else [f"periode tidak sah {cells[0]!r}"]


# ------------------------------------------------------------------------------------------------ plan


def table_header(g: dict) -> tuple[int, dict[str, int]] | None:
    for (r, c), v in sorted(g.items()):
        if norm(v) == "RENCANAKINERJA" and any(norm(g.get((r, cc))) == "TARGET" for cc in range(c, c + 20)):
            cols: dict[str, int] = {}
            for rr in (r, r + 1):
                for (r2, c2), v2 in sorted(g.items()):
                    if r2 == rr:
                        cols.setdefault(norm(v2), c2)
            return r, cols
    return None


def plan(g: dict) -> tuple[list[dict], list[dict]]:
    """The Kinerja Utama and Kinerja Tambahan RK of the plan table (raw grid: merged RK cells are only in
    their first row)."""
    h = table_header(g)
    if h is None:
        return [], []
    r0, cols = h
    rows = sorted({r for (r, _) in g if r > r0})
    width = max(cols.values())
    parts: dict[str, list[dict]] = {"utama": [], "tambahan": []}
    part = None

    def at(r: int, label: str):
        c = cols.get(label)
        return g.get((r, c)) if c else None

    for r in range(r0 + 1, max(rows) + 1 if rows else r0):
        row = [g.get((r, c)) for c in range(1, width + 1)]
        first = norm(next((v for v in row if v is not None), ""))
        if first == "AKINERJAUTAMA":
            part = "utama"
            continue
        if first == "BKINERJATAMBAHAN":
            part = "tambahan"
            continue
        if part is None:
            continue
        if all(v is None for v in row):
            if part == "tambahan":
                break
            continue
        if at(r, "NO") is not None:
            parts[part].append(
                {
                    "no_row": r,
                    "atasan": text(at(r, "RENCANAKINERJAATASANLANGSUNGUNITKERJAORGANISASI")),
                    "text": text(at(r, "RENCANAKINERJA")),
                    "persp": text(at(r, "PERSPEKTIF")),
                    "cara": [text(at(r, k)) for k in ("DATA", "SUMBERDATA", "WAKTUPENGUMPULAN")],
                    "iki": [],
                }
            )
        keys = ["ASPEK", "INDIKATORKINERJAINDIVIDU", "TARGET"] + LEVELS
        if parts[part] and any(at(r, k) is not None for k in keys):
            parts[part][-1]["iki"].append(
                {
                    "aspek": text(at(r, "ASPEK")).lower(),
                    "iki": text(at(r, "INDIKATORKINERJAINDIVIDU")),
                    "target": text(at(r, "TARGET")),
                    "lv": {k: text(at(r, k)) for k in LEVELS},
                }
            )
    return parts["utama"], parts["tambahan"]


def interval(s: str) -> tuple | None:
    nums = [float(x.replace(".", "").replace(",", ".")) for x in NUM.findall(s)]
    if not nums:
        return None
    s = s.strip()
    if s.startswith("<"):
        return (-1e18, False, nums[0], False)
    if s.startswith(">"):
        return (nums[0], False, 1e18, False)
    return (nums[0], True, nums[-1], True)


def check_kategori(lv: dict, target: str, aspek: str) -> list[str]:
    if not lv["BAIK"]:
        return ["kategori BAIK kosong"]
    if lv["BAIK"] != target:
        return ["BAIK bukan target"]
    if lv["SANGATBAIK"] == target:
        return ["SANGAT BAIK sama dengan target"]
    ivs = [interval(lv[k]) for k in LEVELS if lv[k]]
    if any(iv is None for iv in ivs):
        return ["kategori tidak terbaca"]
    if aspek in ("waktu", "biaya"):
        ivs = ivs[::-1]
    for a, b in zip(ivs, ivs[1:], strict=False):
        if not (a[2] < b[0] or (a[2] == b[0] and not (a[3] and b[1]))):
            return ["kategori tidak berurutan"]
    return []


def check_target(ik: dict, jenis: str) -> list[str]:
    t = ik["target"]
    if not t:
        return [f"target kosong {ik['iki']!r}"]
    nums = NUM.findall(t)
    if not nums:
        return [f"target tidak terukur {t!r}"]
    out = []
    if len(nums) == 2 and "-" in t:
        a, b = (float(x.replace(".", "").replace(",", ".")) for x in nums)
        if a > b:
            out.append(f"rentang terbalik {t!r}")
    rest = NUM.sub("", t).replace("-", "").strip()
    if not rest and not UNITLESS_IKI.match(ik["iki"]):
        out.append(f"target tanpa satuan {t!r}")
    if jenis != "jpt" and (ABSOLUT.search(ik["iki"]) or ABSOLUT.search(t)):
        out.append(f"kata mutlak {ik['iki']!r}")
    return out


def check_plan(utama: list[dict], tambahan: list[dict], jenis: str, model: str) -> list[str]:
    if not utama:
        return ["Kinerja Utama kosong"]
    out = []
    texts = [rk["text"].lower() for rk in utama + tambahan]
    if len(set(texts)) != len(texts):
        out.append("RK ganda")
    for part, rks in (("utama", utama), ("tambahan", tambahan)):
        for rk in rks:
            if not rk["text"]:
                out.append("RK tanpa teks")
            if ACTIVITY.match(rk["text"]):
                out.append(f"RK kegiatan {rk['text']!r}")
            if not rk["iki"]:
                out.append(f"RK tanpa IKI {rk['text']!r}")
            if jenis == "jpt":
                if model == "pengembangan" and part == "utama" and rk["persp"].lower() not in PERSPEKTIF:
                    out.append(f"perspektif {rk['persp']!r}")
            else:
                if part == "utama" and not rk["atasan"]:
                    out.append(f"RK atasan kosong {rk['text']!r}")
                if model == "pengembangan" and not all(rk["cara"]):
                    out.append(f"cara memantau kosong {rk['text']!r}")
                aspek = [ik["aspek"] for ik in rk["iki"]]
                if len(set(aspek)) != len(aspek):
                    out.append(f"aspek ganda {rk['text']!r}")
            for ik in rk["iki"]:
                if not ik["iki"]:
                    out.append(f"IKI kosong di RK {rk['text']!r}")
                problems = check_target(ik, jenis)
                out += problems
                if jenis == "jpt" or problems:
                    continue
                if ik["aspek"] not in ASPEK:
                    out.append(f"aspek {ik['aspek']!r}")
                    continue
                is_time = ik["aspek"] == "waktu" or re.match(r"(waktu|lama)\b", ik["iki"], re.I)
                if is_time and not TIME_UNIT.search(ik["target"]):
                    out.append(f"waktu tanpa satuan waktu {ik['target']!r}")
                if model == "pengembangan":
                    out += [
                        f"{p}: {ik['iki']!r}" for p in check_kategori(ik["lv"], ik["target"], ik["aspek"])
                    ]
    if jenis == "jpt" and model == "pengembangan":
        have = {rk["persp"].lower() for rk in utama}
        out += [f"perspektif tanpa RK: {p}" for p in sorted(PERSPEKTIF - have)]
    return out


# ------------------------------------------------------------------------------------------------ Keterkaitan


def ak_problem(v) -> str | None:
    """An angka kredit that is not a positive number with at most three significant decimals."""
    if isinstance(v, bool) or v is None:
        return f"angka kredit {v!r}"
    if isinstance(v, (int, float)):
        x = float(v)
    else:
        s = re.sub(r"\s*AK$", "", text(v), flags=re.I)
        if not re.fullmatch(r"\d+([.,]\d+)?", s):
            return f"angka kredit bukan angka {v!r}"
        x = float(s.replace(",", "."))
    if x <= 0 or round(x, 3) != round(x, 9):
        return f"angka kredit tidak sah {v!r}"
    return None


def check_ak(wb, utama: list[dict]) -> list[str]:
    for ws in wb.worksheets[1:]:
        g = filled_grid(ws)
        head = [(r, c) for (r, c), v in sorted(g.items()) if norm(v) == "BUTIRKEGIATAN"]
        if not head:
            continue
        r0 = head[0][0]
        cols = {norm(g.get((r0, c))): c for c in range(1, 20) if g.get((r0, c)) is not None}
        c_rk, c_butir, c_ak = cols.get("RENCANAKINERJA"), cols["BUTIRKEGIATAN"], cols.get("ANGKAKREDIT")
        if c_rk is None or c_ak is None:
            return ["kepala tabel Keterkaitan tidak lengkap"]
        width = max(cols.values())
        linked, out, section, started, rk_now = set(), [], None, False, None
        r = r0 + 1
        while True:
            row = [g.get((r, c)) for c in range(1, width + 1)]
            if all(v is None for v in row):
                if started:
                    break
                r += 1
                if r > r0 + 5:
                    break
                continue
            words = {norm(v) for v in row if v is not None}
            if "KINERJAUTAMA" in words:
                section, r = "utama", r + 1
                continue
            if "KINERJATAMBAHAN" in words:
                section, r = "tambahan", r + 1
                continue
            if any(w.startswith("JUMLAH") and "ANGKAKREDIT" in w for w in words):
                break
            started = True
            if text(g.get((r, c_rk))):
                rk_now = text(g.get((r, c_rk))).lower()
            butir = text(g.get((r, c_butir)))
            if section == "utama" and rk_now and butir not in ("", "-"):
                linked.add(rk_now)
                problem = ak_problem(g.get((r, c_ak)))
                if problem:
                    out.append(problem)
            r += 1
        if not started:
            continue  # an empty template
        out += [f"RK tanpa butir kegiatan {rk['text']!r}" for rk in utama if rk["text"].lower() not in linked]
        return out
    return ["lembar Keterkaitan AK tidak ada"]


# ------------------------------------------------------------------------------------------------ Manual IKI


def manual_key(label: str) -> str | None:
    n = norm(re.sub(r"^\s*(\d+|[a-z])[.)]\s+", "", label, flags=re.I))
    if not n:
        return None
    if n in MANUAL_LABELS:
        return MANUAL_LABELS[n]
    for lab in sorted(MANUAL_LABELS, key=len, reverse=True):
        if len(lab) >= 6 and n.startswith(lab):
            return MANUAL_LABELS[lab]
    best = max(MANUAL_LABELS, key=lambda lab: difflib.SequenceMatcher(None, n, lab).ratio())
    return MANUAL_LABELS[best] if difflib.SequenceMatcher(None, n, best).ratio() >= 0.85 else None


def manual_records(wb) -> list[dict]:
    records: list[dict] = []
    for ws in wb.worksheets[1:]:
        g = filled_grid(ws)
        rows = sorted({r for r, _ in g})
        table = None
        for r in rows:
            cells = {c: manual_key(text(v)) for (rr, c), v in g.items() if rr == r and isinstance(v, str)}
            found = {k: c for c, k in sorted(cells.items()) if k}
            if len(found) >= 4:
                table = (r, found)
                break
        if table:
            r0, cols = table
            for r in rows:
                if r <= r0:
                    continue
                rec = {k: text(g.get((r, c))) for k, c in cols.items()}
                if any(rec.values()):
                    records.append(rec)
            continue
        current: dict = {}
        for r in rows:
            row = [(c, g[(rr, c)]) for (rr, c) in sorted(g) if rr == r]
            first_c, first = row[0]
            label, key, value = text(first), None, None
            if ":" in label:
                left, right = label.split(":", 1)
                key, value = manual_key(left), right.strip()
            if key is None:
                key, value = manual_key(label), None
            if key is None:
                continue
            if value is None:
                rest = [text(v) for c, v in row if c > first_c and text(v) not in (":", text(first))]
                value = rest[0] if rest else ""
            if key in current:
                records.append(current)
                current = {}
            current[key] = value
        if current:
            records.append(current)
    return records


def check_manual(wb, utama: list[dict]) -> list[str]:
    records = manual_records(wb)
    out = []
    for rk in utama:
        for ik in rk["iki"]:
            found = [rec for rec in records if rec.get("iki", "").lower() == ik["iki"].lower()]
            if not found:
                out.append(f"Manual IKI tidak ada {ik['iki']!r}")
                continue
            missing = [k for k in REQUIRED if not found[0].get(k)]
            if missing:
                out.append(f"Manual IKI {ik['iki']!r} tanpa {', '.join(missing)}")
    return out


# ------------------------------------------------------------------------------------------------ all


def check(path: Path, form: str) -> list[str]:
    jenis, model = form.split("-")
    wb = openpyxl.load_workbook(path)
    g = raw_grid(wb.worksheets[0])
    out = check_identity(identity(g), jenis) + check_periode(g)
    utama, tambahan = plan(g)
    out += check_plan(utama, tambahan, jenis, model)
    if jenis == "jf":
        out += check_ak(wb, utama)
    if jenis == "jpt":
        out += check_manual(wb, utama)
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
