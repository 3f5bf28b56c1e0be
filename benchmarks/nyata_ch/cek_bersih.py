"""Independent recheck of the set ``nyata_ch`` from cell contents alone (it does not use the generator's
model). ``classify`` decides from the words in the workbook whether it holds an 8/2021 SKP at all: a visible
(else hidden) sheet whose table is headed RENCANA KINERJA, INDIKATOR KINERJA INDIVIDU and TARGET, filled
with identity values that are not placeholders; otherwise ``format-lain`` (PP 46/2011 or 6/2022 words),
``templat-belum-diisi`` (placeholders, nothing filled, an empty workbook) or ``bukan-skp``. ``check`` then
re-reads an 8/2021 workbook: identity (filled, NIP, pangkat–golongan), periode, plan table (RK atasan, aspek,
target with number and satuan, waktu satuan, kategori that separate the levels, cara memantau, perspektif,
activity RK), Keterkaitan AK, Manual IKI, and the Penilaian arithmetic (capaian, nilai, predikat); it
returns the problems seen: none on a clean workbook (SPEC §3, §5, §6, §7)."""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

import openpyxl

GOLONGAN = {
    "pengatur": "II/c", "pengatur tingkat i": "II/d", "penata muda": "III/a",
    "penata muda tingkat i": "III/b", "penata": "III/c", "penata tingkat i": "III/d",
    "pembina": "IV/a", "pembina tingkat i": "IV/b",
    "pembina utama muda": "IV/c", "pembina utama madya": "IV/d", "pembina utama": "IV/e",
}  # fmt: skip
ASPEK = {"kuantitas": "kuantitas", "kuant/output": "kuantitas", "kualitas": "kualitas",
         "kual/mutu": "kualitas", "waktu": "waktu", "biaya": "biaya"}  # fmt: skip
PERSPEKTIF = {"penerima layanan (stakeholder)", "proses bisnis", "penguatan internal", "anggaran"}
ACTIVITY = ("menyusun", "melaksanakan", "melakukan", "memberikan", "mengikuti", "penyusunan", "pelaksanaan",
            "koordinasi", "fasilitasi")  # fmt: skip
OTHER_REGIME = ("KEGIATAN TUGAS JABATAN", "PENILAIAN CAPAIAN SASARAN KERJA", "RENCANA HASIL KERJA")
IDENT = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")


class _Table(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            text = "".join(self._cell).strip()
            self.rows[-1].append(text or None)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        elif data.strip():
            self.rows.append([data.strip()])


def sheets(path: Path) -> list[tuple[str, str, list[list]]]:
    """(name, state, rows of values) of every sheet; an HTML page is one sheet."""
    head = path.read_bytes()[:64].lstrip().lower()
    if head.startswith(b"<"):
        t = _Table()
        t.feed(path.read_text(encoding="utf-8"))
        return [("html", "visible", t.rows)]
    wb = openpyxl.load_workbook(path, data_only=True)
    return [(ws.title, ws.sheet_state, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb]


def norm(v) -> str:
    return re.sub(r"\s+", " ", str(v)).strip().upper() if v is not None else ""


def header_row(rows: list[list], needed: tuple[str, ...]) -> int | None:
    for i, row in enumerate(rows):
        texts = [norm(v) for v in row]
        if all(any(t.split("\n")[0].startswith(n) or t.startswith(n) for t in texts) for n in needed):
            return i
    return None


def plan_header(rows: list[list]) -> int | None:
    for i, row in enumerate(rows):
        texts = [norm(v) for v in row]
        if (
            any(t.startswith("RENCANA KINERJA") and "ATASAN" not in t for t in texts)
            and "INDIKATOR KINERJA INDIVIDU" in texts
            and "TARGET" in texts
        ):
            return i
    return None


def identity(rows: list[list]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"peg": {}, "pen": {}}
    for row in rows[:15]:
        labels = [(c, norm(v)) for c, v in enumerate(row) if norm(v) in IDENT]
        for k, (c, label) in enumerate(labels[:2]):
            val = row[c + 1] if c + 1 < len(row) else None
            out["peg" if k == 0 else "pen"][label] = "" if val is None else str(val).strip()
    return out


def placeholder(v: str) -> bool:
    return v == "" or "{{" in v or "[isi" in v.lower() or re.fullmatch(r"[.\s…]+", v) is not None


def classify(path: Path) -> str | None:
    """None for an 8/2021 SKP, else the file-scope code SPEC §7 gives the workbook."""
    sh = sheets(path)
    forms = [s for s in sh if s[1] == "visible" and plan_header(s[2]) is not None]
    forms = forms or [s for s in sh if plan_header(s[2]) is not None]
    if not forms:
        text = " ".join(norm(v) for _, _, rows in sh for row in rows for v in row)
        if any(w in text for w in OTHER_REGIME):
            return "format-lain"
        return "templat-belum-diisi" if not text.strip() else "bukan-skp"
    ids = identity(forms[0][2])
    values = [v for who in ids.values() for v in who.values()]
    if not values or any(placeholder(v) for v in values):
        return "templat-belum-diisi"
    return None


def nip_ok(text: str) -> bool:
    d = re.sub(r"[\s.]", "", text)
    if not re.fullmatch(r"\d{18}", d):
        return False
    try:
        birth = datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return False
    month = int(d[12:14])
    return 1 <= month <= 12 and int(d[8:12]) - birth.year >= 18 and d[14] in "12"


def number(text: str) -> float | None:
    m = re.search(r"\d[\d.]*(,\d+)?", text)
    if not m:
        return None
    return float(m.group(0).replace(".", "").replace(",", "."))


def band(text: str) -> tuple[float, float] | None:
    t = text.replace(" ", "")
    nums = [float(x.replace(".", "").replace(",", ".")) for x in re.findall(r"\d[\d.]*(?:,\d+)?", t)]
    if not nums:
        return None
    if t.startswith("<"):
        return (float("-inf"), nums[0] - 1e-9)
    if t.startswith(">"):
        return (nums[0] + 1e-9, float("inf"))
    return (nums[0], nums[-1])


def check_plan(rows: list[list], jenis: str, problems: list[str]) -> list[dict]:
    h = plan_header(rows)
    assert h is not None
    cols = {norm(v).split("\n")[0]: c for c, v in enumerate(rows[h]) if v is not None}
    sub = {norm(v): c for c, v in enumerate(rows[h + 1]) if v is not None} if h + 1 < len(rows) else {}
    col = {
        **{k: v for k, v in cols.items()},
        **{
            k: v
            for k, v in sub.items()
            if k
            in (
                "SANGAT KURANG",
                "KURANG",
                "CUKUP",
                "BAIK",
                "SANGAT BAIK",
                "DATA",
                "SUMBER DATA",
                "WAKTU PENGUMPULAN",
            )
        },
    }
    rk_c = next(c for k, c in cols.items() if k.startswith("RENCANA KINERJA") and "ATASAN" not in k)
    rks: list[dict] = []
    part = None
    for row in rows[h + 1 :]:
        first = norm(row[0])
        if first.startswith("A. KINERJA UTAMA"):
            part = "utama"
            continue
        if first.startswith("B. KINERJA TAMBAHAN"):
            break
        if part is None:
            continue

        def get(key: str, row: list = row) -> str:
            c = col.get(key)
            return "" if c is None or row[c] is None else str(row[c]).strip()

        if row[rk_c] is not None:
            rks.append(
                {
                    "rk": str(row[rk_c]).strip(),
                    "ikis": [],
                    "row": row,
                    "persp": get("PERSPEKTIF"),
                    "atasan": get("RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"),
                    "memantau": [get("DATA"), get("SUMBER DATA"), get("WAKTU PENGUMPULAN")],
                }
            )
        if not get("INDIKATOR KINERJA INDIVIDU"):
            continue
        rks[-1]["ikis"].append(
            {
                "iki": get("INDIKATOR KINERJA INDIVIDU"),
                "target": get("TARGET"),
                "aspek": get("ASPEK"),
                **{k: get(k) for k in ("CUKUP", "SANGAT BAIK")},
            }
        )
    if not rks:
        problems.append("kinerja-utama-kosong")
    for rk in rks:
        if rk["rk"].split()[0].lower() in ACTIVITY:
            problems.append(f"rk-berbasis-aktivitas {rk['rk']}")
        if jenis != "jpt" and not rk["atasan"]:
            problems.append(f"rk-atasan-kosong {rk['rk']}")
        if "SUMBER DATA" in col and not all(rk["memantau"]):
            problems.append(f"cara-memantau-kosong {rk['rk']}")
        if "PERSPEKTIF" in col and rk["persp"].lower() not in PERSPEKTIF:
            problems.append(f"perspektif-tidak-valid {rk['persp']}")
        for ik in rk["ikis"]:
            t = ik["target"]
            if not t:
                problems.append(f"iki-tanpa-target {ik['iki']}")
                continue
            n = number(t)
            if n is None:
                problems.append(f"target-tidak-terukur {t}")
                continue
            if re.fullmatch(r"[\d.,\s]+", t):
                problems.append(f"target-tanpa-satuan {t}")
            if jenis == "jpt":
                continue
            aspek = ASPEK.get(ik["aspek"].lower())
            if aspek is None:
                problems.append(f"aspek-tidak-valid {ik['aspek']}")
            if aspek == "waktu" and not re.search(r"bulan|hari", t):
                problems.append(f"satuan-tidak-sesuai-aspek {t}")
            if "SANGAT BAIK" in col:
                if not ik["SANGAT BAIK"] or ik["SANGAT BAIK"] == t:
                    problems.append(f"kategori-tidak-membedakan {ik['iki']}")
                sb, c = band(ik["SANGAT BAIK"]), band(ik["CUKUP"])
                if sb and sb[0] <= n <= sb[1]:
                    problems.append(f"kategori-tidak-membedakan {ik['iki']}")
                if c and c[0] <= n <= c[1]:
                    problems.append(f"kategori-tidak-membedakan {ik['iki']}")
    return rks


def check_ak(rows: list[list], rks: list[dict], problems: list[str]) -> None:
    h = header_row(rows, ("BUTIR KEGIATAN", "ANGKA KREDIT"))
    if h is None:
        problems.append("keterkaitan-ak-hilang")
        return
    linked = set()
    for row in rows[h + 1 :]:
        if len(row) > 4 and row[2] is not None:
            ak = str(row[4] or "")
            if not re.fullmatch(r"\d+(,\d{1,3})?", ak) or float(ak.replace(",", ".")) <= 0:
                problems.append(f"angka-kredit-tidak-valid {ak}")
        if len(row) > 1 and row[1] is not None and norm(row[0]) != "KINERJA UTAMA":
            linked.add(norm(row[1]))
    for rk in rks:
        if norm(rk["rk"]) not in linked:
            problems.append(f"rk-tanpa-butir-kegiatan {rk['rk']}")


def check_manual(rows: list[list], rks: list[dict], problems: list[str]) -> None:
    blocks: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for row in rows:
        label = norm(row[1]) if len(row) > 1 else ""
        if label == "RENCANA KINERJA":
            current = {}
        if label:
            current[label] = "" if len(row) < 3 or row[2] is None else str(row[2])
        if label == "INDIKATOR KINERJA INDIVIDU":
            blocks[norm(row[2])] = current
    for rk in rks:
        for ik in rk["ikis"]:
            b = blocks.get(norm(ik["iki"]))
            if b is None or not all(b.get(k) for k in ("DESKRIPSI RENCANA KINERJA", "DEFINISI IKI", "FORMULA",
                                                         "TUJUAN")):  # fmt: skip
                problems.append(f"manual-iki-kosong {ik['iki']}")


def nilai_iki(capaian: int) -> float:
    if capaian > 110:
        return 120.0
    if capaian >= 101:
        return 110 + 10 / 9 * (capaian - 101)
    if capaian == 100:
        return 109.0
    if capaian >= 80:
        return 70 + 19 / 19 * (capaian - 80)
    if capaian >= 60:
        return 50 + 19 / 19 * (capaian - 60)
    return capaian / 59 * 49


def predikat(x: float) -> str:
    if x >= 110:
        return "Sangat Baik"  # only with a new idea; the workbooks never claim one, so Baik is expected
    if x >= 90:
        return "Baik"
    if x >= 70:
        return "Butuh Perbaikan"
    return "Kurang" if x >= 50 else "Sangat Kurang"


def check_penilaian(rows: list[list], problems: list[str]) -> None:
    h = header_row(rows, ("REALISASI", "CAPAIAN IKI"))
    assert h is not None
    c = {norm(v): i for i, v in enumerate(rows[h]) if v is not None}
    rk_values: list[float] = []
    labels: dict[str, object] = {}
    for row in rows[h + 1 :]:
        if norm(row[0]).startswith(("NILAI", "PREDIKAT")):
            labels[norm(row[0])] = next(v for v in reversed(row) if v is not None)
            continue
        if row[c["TARGET"]] is None:
            continue
        target, real = number(str(row[c["TARGET"]])), number(str(row[c["REALISASI"]] or ""))
        if real is None:
            problems.append("realisasi-kosong")
            continue
        waktu = ASPEK.get(str(row[c["ASPEK"]]).lower()) in ("waktu", "biaya")
        cap = round((1 + (1 - real / target)) * 100 if waktu else real / target * 100)
        if (
            number(str(row[c["CAPAIAN IKI"]])) != cap
            or abs(float(row[c["NILAI CAPAIAN IKI"]]) - nilai_iki(cap)) > 0.01
        ):
            problems.append(f"capaian-tidak-sesuai {row[c['INDIKATOR KINERJA INDIVIDU']]}")
        if row[c["NILAI CAPAIAN RK"]] is not None:
            rk_values.append(float(row[c["NILAI CAPAIAN RK"]]))
    skp = sum(rk_values) / len(rk_values)
    perilaku = float(labels["NILAI PERILAKU KERJA"])
    kinerja = 0.7 * skp + 0.3 * perilaku
    if abs(float(labels["NILAI AKHIR SKP"]) - skp) > 0.01:
        problems.append("capaian-tidak-sesuai nilai akhir")
    written = next(v for k, v in labels.items() if k.startswith("PREDIKAT"))
    expected = "Baik" if predikat(kinerja) == "Sangat Baik" else predikat(kinerja)
    if written != expected:
        problems.append(f"predikat-tidak-sesuai {written} untuk {kinerja:.2f}")


def check(path: Path, form: str | None) -> list[str]:
    code = classify(path)
    if code is not None:
        return [code]
    problems: list[str] = []
    sh = sheets(path)
    name, _, rows = next(s for s in sh if s[1] == "visible" and plan_header(s[2]) is not None)
    jenis = (form or "ja-dasar").split("-")[0]
    ids = identity(rows)
    for who, vals in ids.items():
        for label in IDENT:
            v = vals.get(label, "")
            if not v or v == "-":
                problems.append(f"identitas-kosong {who} {label}")
        if vals.get("NIP") and not nip_ok(vals["NIP"]):
            problems.append(f"nip-tidak-valid {who} {vals['NIP']}")
        m = re.fullmatch(r"(.+), (I{1,3}V?/[a-e]|IV/[a-e])", vals.get("PANGKAT/GOL RUANG", ""))
        if not m or GOLONGAN.get(m.group(1).lower()) != m.group(2):
            problems.append(f"pangkat-tidak-dikenal {who} {vals.get('PANGKAT/GOL RUANG')}")
    text = " ".join(norm(v) for row in rows[:6] for v in row)
    if not re.search(r"1 JANUARI SD 31 DESEMBER \d{4}", text):
        problems.append("periode-tidak-valid")
    rks = check_plan(rows, jenis, problems)
    others = {n: r for n, st, r in sh if st == "visible" and n != name}
    if jenis == "jf":
        ak = [r for r in others.values() if header_row(r, ("BUTIR KEGIATAN", "ANGKA KREDIT")) is not None]
        check_ak(ak[0] if ak else [], rks, problems)
    if jenis == "jpt":
        man = [r for r in others.values() if any(norm(v) == "DEFINISI IKI" for row in r for v in row)]
        check_manual(man[0] if man else [], rks, problems)
    for r in others.values():
        if header_row(r, ("REALISASI", "CAPAIAN IKI")) is not None:
            check_penilaian(r, problems)
    return problems
