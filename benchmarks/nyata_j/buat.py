"""Build the held-out BATCH set ``nyata_j``: three whole organisations of one kabupaten, as HR collects them.

Usage: ``python benchmarks/nyata_j/buat.py [--keluaran DIR] [--harapan FILE] [--seed N]``.

Written from SPEC §2–§5, §7, §8 alone. The organisations (``bank.py``) are modelled first — who rates whom,
each person's Kinerja Utama, which superior RK each subordinate RK intervenes — then each person's workbook is
laid out on a cell grid (the layout records the cell of every value) and written by openpyxl or XlsxWriter
into per-unit subfolders. The batch expectations (``skp-ganda``, ``skp-atasan-tidak-ditemukan``,
``rk-atasan-tidak-cocok``, ``rk-atasan-tidak-diintervensi``, ``target-kaskade-tidak-seimbang``,
``kesetaraan-tidak-seimbang``) are computed from the model, not from the workbooks.

Copying variants of the RK atasan that are NOT defects: other casing, a numbering prefix, a line break, stray
spaces, a one-letter typo, abbreviations, two superior RK in one cell, a trailing period (copied from a
Penilaian), and — tolerated as at most a ``peringatan`` — an earlier draft wording or the organisation's RK
(SPEC §3.2: the column is "RK atasan langsung/unit kerja/organisasi").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bank  # noqa: E402

SEED = 20261211
TAHUN = 2026


# --------------------------------------------------------------------------------------------- model
def _nip(rng: random.Random, lahir_min: int = 1972, lahir_max: int = 1996, gender: int | None = None) -> str:
    y = rng.randint(lahir_min, lahir_max)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(y + rng.randint(22, 30), 2021)
    tm = rng.randint(1, 12)
    g = gender or rng.randint(1, 2)
    return f"{y:04d}{m:02d}{d:02d}{ty:04d}{tm:02d}{g}{rng.randint(1, 9):03d}"


def _pangkat(jabatan: str, kind: str, rng: random.Random) -> str:
    j = jabatan.lower()
    if "ahli muda" in j:
        return rng.choice(["Penata, III/c", "Penata Tingkat I, III/d"])
    if "ahli pertama" in j:
        return rng.choice(["Penata Muda, III/a", "Penata Muda Tingkat I, III/b"])
    if "terampil" in j:
        return rng.choice(["Pengatur Muda Tingkat I, II/b", "Pengatur, II/c", "Pengatur Tingkat I, II/d"])
    if j.startswith("kepala s") or j.startswith("kepala subbagian"):
        return rng.choice(["Penata, III/c", "Penata Tingkat I, III/d"])
    return rng.choice(["Pengatur, II/c", "Penata Muda, III/a", "Pengatur Tingkat I, II/d"])


class People:
    """Names drawn without repetition."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def name(self, kind_hint: str = "") -> str:
        while True:
            n = f"{self.rng.choice(bank.NAMA_DEPAN)} {self.rng.choice(bank.NAMA_BELAKANG)}"
            if n not in self.used:
                self.used.add(n)
                g = self.rng.choice(bank.GELAR)
                return f"{n}, {g}" if g else n


def _person(nama, nip, pangkat, jabatan, kind, model, unit, instansi, folder, penilai):
    return {
        "nama": nama,
        "nip": nip,
        "pangkat": pangkat,
        "jabatan": jabatan,
        "kind": kind,
        "model": model,
        "unit": unit,
        "instansi": instansi,
        "folder": folder,
        "penilai": penilai,
        "rks": [],
        "objs": [],
        "subs": [],
        "periode": (1, "JANUARI", 31, "DESEMBER"),
        "matriks": None,
        "file": None,
    }


def _iki_for(obj: str, aspek: str, rng: random.Random, satuan: str) -> tuple[str, str, str]:
    if aspek == "Kuantitas":
        return aspek, f"Jumlah {satuan} {obj} yang diselesaikan", f"{rng.choice([6, 8, 10, 12, 24])} {satuan}"
    if aspek == "Kualitas":
        return aspek, f"Persentase {obj} yang sesuai standar", f"{rng.choice([85, 90, 95])} %"
    return aspek, f"Waktu penyelesaian {obj}", f"{rng.choice([10, 11, 12])} bulan"


def _ikis(obj: str, n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    satuan = rng.choice(bank.SATUAN)
    return [_iki_for(obj, a, rng, satuan) for a in ("Kuantitas", "Kualitas", "Waktu")[:n]]


def _own_rks(
    p: dict, texts: list[str], objs: list[str], rng: random.Random, n_iki: int | None = None
) -> None:
    for t, o in zip(texts, objs, strict=True):
        if o is None:  # a hand-written RK: its IKI speak of the RK's own object
            o = " ".join(t.split(" ")[1:6])
        p["rks"].append(
            {
                "teks": t,
                "obj": o,
                "iki": _ikis(o, n_iki or rng.choice([2, 3, 3]), rng),
                "cite": None,
                "tulis": None,
                "variant": None,
            }
        )


def _composed(objs: list[str], count: int, base: int) -> tuple[list[str], list[str]]:
    texts, used_objs = [], []
    for j in range(count):
        o = objs[j % len(objs)]
        texts.append(bank.POLA_RK[(base + j + j // len(objs)) % len(bank.POLA_RK)].format(o=o))
        used_objs.append(o)
    return texts, used_objs


def build_model(rng: random.Random) -> list[dict]:
    people = People(rng)
    everyone: list[dict] = []

    # --- Dinas Perkim
    org = bank.PERKIM
    k = org["kepala"]
    kadis = _person(
        k["nama"],
        k["nip"],
        k["pangkat"],
        k["jabatan"],
        "jpt",
        "pengembangan",
        org["instansi"],
        org["instansi"],
        "Dinas Perkim",
        bank.BUPATI,
    )
    for persp, rk, iki, target in k["rk"]:
        kadis["rks"].append({"teks": rk, "obj": None, "iki": [("", iki, target)], "persp": persp})
    everyone.append(kadis)
    base = 0
    for u in org["unit"]:
        nama, nip, pangkat, jab = u["kepala"]
        unit = "Sekretariat" if jab == "Sekretaris" else jab.removeprefix("Kepala ")
        head = _person(
            nama,
            nip,
            pangkat,
            jab,
            "ja",
            "pengembangan",
            f"{unit} {org['singkat']}",
            org["instansi"],
            f"Dinas Perkim/{u['folder']}",
            kadis,
        )
        _own_rks(head, u["rk"], [None] * len(u["rk"]), rng, 2)
        for rk, idx in zip(head["rks"], u["intervensi"], strict=True):
            rk["cite"] = [(kadis, idx)]
        kadis["subs"].append(head)
        everyone.append(head)
        for sjab, skind, sobjs, staff in u["sub"]:
            model = rng.choice(["dasar", "pengembangan"])
            sub = _person(
                people.name(),
                _nip(rng, 1975, 1988),
                _pangkat(sjab, skind, rng),
                sjab,
                skind,
                model,
                f"{unit} {org['singkat']}",
                org["instansi"],
                f"Dinas Perkim/{u['folder']}",
                head,
            )
            texts, objs = _composed(sobjs, 3, base)
            base += 1
            _own_rks(sub, texts, objs, rng)
            head["subs"].append(sub)
            everyone.append(sub)
            for i, (tjab, tkind) in enumerate(staff):
                st = _person(
                    people.name(),
                    _nip(rng, 1980, 1997),
                    _pangkat(tjab, tkind, rng),
                    tjab,
                    tkind,
                    rng.choice(["dasar", "pengembangan"]),
                    f"{unit} {org['singkat']}",
                    org["instansi"],
                    f"Dinas Perkim/{u['folder']}",
                    sub,
                )
                texts, objs = _composed(sobjs, 3, base + 2 * i + 3)
                _own_rks(st, texts, objs, rng)
                sub["subs"].append(st)
                everyone.append(st)

    # --- Puskesmas
    org = bank.PUSKESMAS
    nama, nip, pangkat, jab = org["kepala"]
    kapus = _person(
        nama, nip, pangkat, jab, "ja", "dasar", org["instansi"], org["instansi"], org["folder"], bank.KADINKES
    )
    _own_rks(kapus, org["rk"], [None] * len(org["rk"]), rng, 2)
    for rk, t in zip(kapus["rks"], org["rk_atasan"], strict=True):
        rk["cite"] = [("luar", t)]
    everyone.append(kapus)
    for n, (sjab, skind, sobjs, staff, cites) in enumerate(org["sub"]):
        sub = _person(
            people.name(),
            _nip(rng, 1978, 1996),
            _pangkat(sjab, skind, rng),
            sjab,
            skind,
            "pengembangan" if n in (0, 6) else "dasar",
            org["instansi"],
            org["instansi"],
            org["folder"],
            kapus,
        )
        texts, objs = _composed(sobjs, len(sobjs), n)
        _own_rks(sub, texts, objs, rng)
        sub["fixed_cites"] = cites
        kapus["subs"].append(sub)
        everyone.append(sub)
        for i, (tjab, tkind) in enumerate(staff):
            st = _person(
                people.name(),
                _nip(rng, 1982, 1998),
                _pangkat(tjab, tkind, rng),
                tjab,
                tkind,
                "dasar",
                org["instansi"],
                org["instansi"],
                org["folder"],
                sub,
            )
            texts, objs = _composed(sobjs, 2, n + i + 2)
            _own_rks(st, texts, objs, rng)
            sub["subs"].append(st)
            everyone.append(st)

    # --- Kesbangpol
    org = bank.KESBANGPOL
    k = org["kepala"]
    kaban = _person(
        k["nama"],
        k["nip"],
        k["pangkat"],
        k["jabatan"],
        "jpt",
        "dasar",
        org["instansi"],
        org["instansi"],
        org["folder"],
        bank.BUPATI,
    )
    for persp, rk, iki, target in k["rk"]:
        kaban["rks"].append({"teks": rk, "obj": None, "iki": [("", iki, target)], "persp": persp})
    everyone.append(kaban)
    for u in org["unit"]:
        nama, nip, pangkat, jab = u["kepala"]
        head = _person(
            nama, nip, pangkat, jab, "ja", "dasar", org["instansi"], org["instansi"], org["folder"], kaban
        )
        _own_rks(head, u["rk"], [None] * len(u["rk"]), rng, 2)
        for rk, idx in zip(head["rks"], u["intervensi"], strict=True):
            rk["cite"] = [(kaban, idx)]
        kaban["subs"].append(head)
        everyone.append(head)
        for sjab, skind, sobjs, staff in u["sub"]:
            sub = _person(
                people.name(),
                _nip(rng, 1978, 1994),
                _pangkat(sjab, skind, rng),
                sjab,
                skind,
                "dasar",
                org["instansi"],
                org["instansi"],
                org["folder"],
                head,
            )
            texts, objs = _composed(sobjs, len(sobjs), base)
            base += 1
            _own_rks(sub, texts, objs, rng)
            head["subs"].append(sub)
            everyone.append(sub)
            for i, (tjab, tkind) in enumerate(staff):
                st = _person(
                    people.name(),
                    _nip(rng, 1985, 1998),
                    _pangkat(tjab, tkind, rng),
                    tjab,
                    tkind,
                    "dasar",
                    org["instansi"],
                    org["instansi"],
                    org["folder"],
                    sub,
                )
                texts, objs = _composed(sobjs, 2, base + i + 2)
                _own_rks(st, texts, objs, rng)
                sub["subs"].append(st)
                everyone.append(st)
    return everyone


def _by_jab(people: list[dict], jabatan: str, nth: int = 0) -> dict:
    return [p for p in people if p["jabatan"] == jabatan][nth]


def cascade(everyone: list[dict], skip: set[tuple[str, int]]) -> None:
    """Every subordinate RK intervenes a superior RK, round robin so every superior RK not in ``skip``
    (nip, index) is intervened by someone."""
    for sup in everyone:
        subs = sup["subs"]
        if not subs or sup["kind"] == "jpt":
            continue
        targets = [i for i in range(len(sup["rks"])) if (sup["nip"], i) not in skip]
        t = 0
        slots = max(len(s["rks"]) for s in subs)
        for j in range(slots):
            for s in subs:
                if j >= len(s["rks"]):
                    continue
                fixed = s.get("fixed_cites")
                if fixed:
                    s["rks"][j]["cite"] = [(sup, fixed[j % len(fixed)])]
                    continue
                s["rks"][j]["cite"] = [(sup, targets[t % len(targets)])]
                t += 1


# ------------------------------------------------------------------------------------- copy variants
ABBREV = [
    ("Kabupaten", "Kab."),
    ("yang", "yg"),
    (" dan ", " & "),
    ("Pemerintah", "Pemda"),
    ("Puskesmas", "PKM"),
    ("prasarana, sarana dan utilitas", "PSU"),
]


def _typo(text: str, rng: random.Random) -> str:
    words = [i for i, w in enumerate(text.split(" ")) if len(w) >= 8]
    ws = text.split(" ")
    i = rng.choice(words)
    w = ws[i]
    k = rng.randint(2, len(w) - 3)
    ws[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :] if rng.random() < 0.5 else w[:k] + w[k + 1 :]
    return " ".join(ws)


def variant_text(text: str, variant: str, rng: random.Random) -> str:
    if variant == "persis":
        return text
    if variant == "kapital":
        return text.upper()
    if variant == "kecil":
        return text[0].lower() + text[1:]
    if variant == "nomor":
        return rng.choice(["1. ", "a. ", "1) ", "- "]) + text
    if variant == "baris":
        ws = text.split(" ")
        cut = len(ws) // 2
        return " ".join(ws[:cut]) + "\n" + " ".join(ws[cut:])
    if variant == "spasi":
        ws = text.split(" ")
        cut = len(ws) // 3
        return "  " + " ".join(ws[:cut]) + "  " + " ".join(ws[cut:]) + "   "
    if variant == "typo":
        return _typo(text, rng)
    if variant == "singkat":
        out = text
        for a, b in ABBREV:
            if a in out:
                out = out.replace(a, b, 1)
        return out
    if variant == "titik":
        return text + "."
    if variant == "draf":  # the superior's earlier draft: its last qualifier missing
        ws = text.split(" ")
        return " ".join(ws[:-2]) if len(ws) > 5 else " ".join(ws[:-1])
    raise ValueError(variant)


CLEAN_VARIANTS = [
    "persis",
    "persis",
    "kapital",
    "kecil",
    "nomor",
    "baris",
    "spasi",
    "typo",
    "singkat",
    "titik",
]


def _abbreviable(text: str) -> bool:
    return any(a in text for a, _ in ABBREV)


def written_cites(everyone: list[dict], rng: random.Random) -> None:
    for p in everyone:
        for rk in p["rks"]:
            if rk.get("persp") is not None or rk["cite"] is None or rk["tulis"] is not None:
                continue
            texts = [c[1] if c[0] == "luar" else c[0]["rks"][c[1]]["teks"] for c in rk["cite"]]
            v = rng.choice(CLEAN_VARIANTS)
            if v == "singkat" and not _abbreviable(texts[0]):
                v = "persis"
            if v == "typo" and not any(len(w) >= 8 for w in texts[0].split(" ")):
                v = "persis"
            rk["variant"] = v
            rk["tulis"] = variant_text(texts[0], v, rng)


# --------------------------------------------------------------------------------------- grid layout
def col_letter(c: int) -> str:
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r: int, c: int) -> str:
    return f"{col_letter(c)}{r}"


class Lembar:
    """A sheet drawn as a grid of values with merges, widths and wrap; written later by either library."""

    def __init__(self, title: str):
        self.title = title
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}
        self.bold: set[tuple[int, int]] = set()

    def put(self, r: int, c: int, v: Any, bold: bool = False) -> str:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        if bold:
            self.bold.add((r, c))
        return ref(r, c)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), v in sorted(sh.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in sh.bold:
                cell.font = Font(bold=True)
        for m in sh.merges:
            ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
        for c, w in sh.widths.items():
            ws.column_dimensions[col_letter(c)].width = w
    wb.properties.creator = "Subbag Umum"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 1, 20, 8, 0, 0)
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    import datetime

    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    wb.set_properties({"author": "Kasubbag Umum", "created": datetime.datetime(2026, 1, 20, 8, 0, 0)})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    boldf = wb.add_format({"text_wrap": True, "valign": "top", "bold": True, "border": 1})
    for sh in sheets:
        ws = wb.add_worksheet(sh.title)
        merged_tl = {}
        covered = set()
        for m in sh.merges:
            merged_tl[(m[0], m[1])] = m
            for r in range(m[0], m[2] + 1):
                for c in range(m[1], m[3] + 1):
                    covered.add((r, c))
        for (r, c), m in merged_tl.items():
            v = sh.cells.get((r, c), "")
            ws.merge_range(m[0] - 1, m[1] - 1, m[2] - 1, m[3] - 1, v, boldf if (r, c) in sh.bold else wrap)
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in covered:
                continue
            fmt = boldf if (r, c) in sh.bold else wrap
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fmt)
            else:
                ws.write(r - 1, c - 1, v, fmt)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


# ------------------------------------------------------------------------------------------- forms
ATASAN_LABEL = [
    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "Rencana Kinerja Atasan yang Diintervensi",
    "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
    "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
]
BULAN_NAMA = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def _spaced_nip(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if len(nip) == 18 else nip


def _kategori(aspek: str, target: str) -> dict[str, str]:
    m = re.match(r"(\d+)\s*(.*)", target)
    n, sat = int(m.group(1)), m.group(2)
    if aspek == "Waktu":
        return {
            "SANGAT KURANG": f"> {n + 3} {sat}",
            "KURANG": f"{n + 2} – {n + 3} {sat}",
            "CUKUP": f"{n + 1} {sat}",
            "BAIK": target,
            "SANGAT BAIK": f"< {n} {sat}",
        }
    if n < 5:
        return {"CUKUP": f"< {n} {sat}", "BAIK": target, "SANGAT BAIK": f"> {n} {sat}"}
    lo, mid = round(n * 0.6), round(n * 0.8)
    return {
        "SANGAT KURANG": f"< {lo} {sat}",
        "KURANG": f"{lo} – {mid - 1} {sat}",
        "CUKUP": f"{mid} – {n - 1} {sat}",
        "BAIK": target,
        "SANGAT BAIK": f"> {n} {sat}",
    }


def _header(sh: Lembar, p: dict, lay: dict, c0: int, title: str, width: int) -> int:
    width = max(width, 6)
    r = 1
    if lay["kop"]:
        sh.put(r, c0, "PEMERINTAH KABUPATEN RAWA BIRU", bold=True)
        sh.merge(r, c0, r, c0 + width - 1)
        r += 1
    sh.put(r, c0, title, bold=True)
    sh.merge(r, c0, r, c0 + width - 1)
    sh.put(r + 1, c0, p["instansi"])
    sh.merge(r + 1, c0, r + 1, c0 + width - 1)
    d1, b1, d2, b2 = p["periode"]
    sh.put(r + 2, c0, f"PERIODE PENILAIAN: {d1} {b1} SD {d2} {b2} {TAHUN}")
    sh.merge(r + 2, c0, r + 2, c0 + width - 1)
    r += 4
    pen = p["penilai"]
    nip_p, nip_n = p["nip"], pen["nip"]
    if lay["nip_spasi"]:
        nip_p = _spaced_nip(nip_p)
        nip_n = _spaced_nip(nip_n)
    unit_label = "UNIT KERJA"
    pen_unit_label = "INSTANSI" if p["kind"] == "jpt" else "UNIT KERJA"
    rows = [
        ("NAMA", p["nama"], pen["nama"]),
        ("NIP", nip_p, nip_n),
        ("PANGKAT/GOL RUANG", p["pangkat"], pen["pangkat"]),
        ("JABATAN", p["jabatan"], pen["jabatan"]),
    ]
    p["_cells"] = {}
    if lay["id"] == "samping":
        sh.put(r, c0, "NO", bold=True)
        sh.put(r, c0 + 1, "PEGAWAI YANG DINILAI", bold=True)
        sh.merge(r, c0 + 1, r, c0 + 2)
        sh.put(r, c0 + 3, "NO", bold=True)
        sh.put(r, c0 + 4, "PEJABAT PENILAI KINERJA", bold=True)
        sh.merge(r, c0 + 4, r, c0 + width - 1)
        for i, (lab, a, b) in enumerate(rows + [(unit_label, p["unit"], pen["unit"])], start=1):
            sh.put(r + i, c0, i)
            sh.put(r + i, c0 + 1, lab)
            p["_cells"][lab] = sh.put(r + i, c0 + 2, a)
            sh.put(r + i, c0 + 3, i)
            sh.put(r + i, c0 + 4, pen_unit_label if i == 5 else lab)
            p["_cells"]["penilai " + lab] = sh.put(r + i, c0 + 5, b)
            sh.merge(r + i, c0 + 5, r + i, c0 + width - 1)
        return r + 7
    sh.put(r, c0, "PEGAWAI YANG DINILAI", bold=True)
    sh.merge(r, c0, r, c0 + 2)
    for i, (lab, a, _) in enumerate(rows + [(unit_label, p["unit"], "")], start=1):
        sh.put(r + i, c0, i)
        sh.put(r + i, c0 + 1, lab)
        p["_cells"][lab] = sh.put(r + i, c0 + 2, a)
        sh.merge(r + i, c0 + 2, r + i, c0 + 4)
    r += 7
    sh.put(r, c0, "PEJABAT PENILAI KINERJA", bold=True)
    sh.merge(r, c0, r, c0 + 2)
    for i, (lab, _, b) in enumerate(rows + [(pen_unit_label, "", pen["unit"])], start=1):
        sh.put(r + i, c0, i)
        sh.put(r + i, c0 + 1, lab)
        p["_cells"]["penilai " + lab] = sh.put(r + i, c0 + 2, b)
        sh.merge(r + i, c0 + 2, r + i, c0 + 4)
    return r + 7


def _footer(sh: Lembar, p: dict, r: int, c0: int, c_right: int) -> None:
    r += 1
    sh.put(r, c_right, f"Rawa Biru, 2 Januari {TAHUN}")
    sh.put(r + 1, c0 + 1, "Pejabat Penilai Kinerja")
    sh.put(r + 1, c_right, "Pegawai yang Dinilai")
    sh.put(r + 5, c0 + 1, p["penilai"]["nama"])
    sh.put(r + 5, c_right, p["nama"])
    if p["penilai"]["nip"] != "-":
        sh.put(r + 6, c0 + 1, f"NIP. {p['penilai']['nip']}")
    sh.put(r + 6, c_right, f"NIP. {p['nip']}")


def sheet_ja(p: dict, lay: dict) -> Lembar:
    sh = Lembar(lay["sheet"])
    c0 = lay["c0"]
    peng = p["model"] == "pengembangan"
    levels = (
        ["CUKUP", "BAIK", "SANGAT BAIK"]
        if lay["levels"] == 3
        else ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
    )
    cols = [
        "NO",
        ATASAN_LABEL[lay["atasan_label"]],
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    if peng:
        cols += levels + ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
    width = len(cols)
    title = "RENCANA SASARAN KINERJA PEGAWAI"
    r = _header(sh, p, lay, c0, title, width)
    if peng:
        for i, lab in enumerate(cols[:6]):
            sh.put(r, c0 + i, lab, bold=True)
            sh.merge(r, c0 + i, r + 1, c0 + i)
        sh.put(r, c0 + 6, "KATEGORI PENILAIAN KINERJA", bold=True)
        sh.merge(r, c0 + 6, r, c0 + 5 + len(levels))
        sh.put(r, c0 + 6 + len(levels), "CARA MEMANTAU KINERJA", bold=True)
        sh.merge(r, c0 + 6 + len(levels), r, c0 + width - 1)
        for i, lab in enumerate(cols[6:]):
            sh.put(r + 1, c0 + 6 + i, lab, bold=True)
        r += 2
    else:
        for i, lab in enumerate(cols):
            sh.put(r, c0 + i, lab, bold=True)
        r += 1
    for part, items in (("A. KINERJA UTAMA", p["rks"]), ("B. KINERJA TAMBAHAN", p["tambahan"])):
        sh.put(r, c0, part, bold=True)
        sh.merge(r, c0, r, c0 + width - 1)
        r += 1
        for n, rk in enumerate(items, start=1):
            first = r
            for k, (aspek, iki, target) in enumerate(rk["iki"]):
                if k == 0 or not lay["merge_rk"]:
                    sh.put(r, c0, n)
                    cell = sh.put(r, c0 + 1, rk["tulis"] if part.startswith("A") else None)
                    if k == 0:
                        rk["cell_atasan"] = cell
                        rk["cell_rk"] = ref(r, c0 + 2)
                    sh.put(r, c0 + 2, rk["teks"])
                sh.put(r, c0 + 3, aspek)
                sh.put(r, c0 + 4, iki)
                tc = sh.put(r, c0 + 5, target)
                rk.setdefault("cell_target", []).append(tc)
                if peng:
                    kat = _kategori(aspek, target) if target else {}
                    for i, lev in enumerate(levels):
                        sh.put(r, c0 + 6 + i, kat.get(lev))
                    if k == 0 or not lay["merge_rk"]:
                        cm = c0 + 6 + len(levels)
                        sh.put(r, cm, f"Data {iki.lower()}")
                        sh.put(
                            r,
                            cm + 1,
                            f"Laporan {p['unit'].split(' Dinas')[0].lower()}"
                            if p["kind"] != "jpt"
                            else "Aplikasi e-Kinerja",
                        )
                        sh.put(r, cm + 2, "Triwulanan")
                r += 1
            if lay["merge_rk"] and r - 1 > first:
                for cc in (0, 1, 2):
                    sh.merge(first, c0 + cc, r - 1, c0 + cc)
                if peng:
                    for cc in range(3):
                        sh.merge(first, c0 + 6 + len(levels) + cc, r - 1, c0 + 6 + len(levels) + cc)
    sh.widths = {c0: 5, c0 + 1: 42, c0 + 2: 42, c0 + 3: 12, c0 + 4: 40, c0 + 5: 14}
    _footer(sh, p, r, c0, c0 + 4)
    return sh


def sheet_jpt(p: dict, lay: dict) -> list[Lembar]:
    sh = Lembar(lay["sheet"])
    c0 = lay["c0"]
    peng = p["model"] == "pengembangan"
    cols = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    width = max(len(cols), 6)
    r = _header(sh, p, lay, c0, "RENCANA SASARAN KINERJA PEGAWAI PEJABAT PIMPINAN TINGGI", width)
    for i, lab in enumerate(cols):
        sh.put(r, c0 + i, lab, bold=True)
    r += 1
    off = 1 if peng else 0
    for part, items in (("A. KINERJA UTAMA", p["rks"]), ("B. KINERJA TAMBAHAN", p["tambahan"])):
        sh.put(r, c0, part, bold=True)
        sh.merge(r, c0, r, c0 + len(cols) - 1)
        r += 1
        for n, rk in enumerate(items, start=1):
            if peng and part.startswith("A"):
                sh.put(r, c0, rk["persp"])
            sh.put(r, c0 + off, n)
            rk["cell_rk"] = sh.put(r, c0 + off + 1, rk["teks"])
            _, iki, target = rk["iki"][0]
            sh.put(r, c0 + off + 2, iki)
            sh.put(r, c0 + off + 3, target)
            r += 1
    sh.widths = {c0: 18, c0 + 1: 6, c0 + 2: 50, c0 + 3: 40, c0 + 4: 14}
    _footer(sh, p, r, c0, c0 + off + 3)
    man = Lembar("Manual IKI")
    r = 1
    man.put(r, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    r += 2
    for rk in p["rks"] + p["tambahan"]:
        _, iki, target = rk["iki"][0]
        sat = target.split(" ", 1)[1] if " " in target else "%"
        rows = [
            ("RENCANA KINERJA", rk["teks"]),
            (
                "DESKRIPSI RENCANA KINERJA",
                f"Kinerja yang menggambarkan {rk['teks'][0].lower()}{rk['teks'][1:]}",
            ),
            ("INDIKATOR KINERJA INDIVIDU", iki),
            ("DEFINISI IKI", f"{iki} pada akhir tahun {TAHUN}"),
            ("FORMULA", f"{iki} = realisasi dibandingkan dengan sasaran tahunan"),
            ("TUJUAN", "Mengukur keberhasilan pencapaian sasaran"),
            ("SATUAN PENGUKURAN", sat),
            ("JENIS ASPEK TARGET", "Kuantitas"),
            ("TINGKAT KENDALI IKI", "Moderate"),
            ("SUMBER DATA", "Laporan kinerja"),
            ("PERIODE PELAPORAN", "Triwulanan"),
        ]
        for lab, v in rows:
            man.put(r, 1, lab)
            man.put(r, 2, ":")
            man.put(r, 3, v)
            r += 1
        r += 1
    man.widths = {1: 30, 2: 3, 3: 70}
    return [sh, man]


def sheet_ak(p: dict, lay: dict, rng: random.Random) -> Lembar:
    sh = Lembar("Keterkaitan AK")
    c0 = 1
    r = _header(sh, p, dict(lay, kop=False), c0, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 5)
    sh.put(r, c0, "TANGGAL PENGAJUAN")
    sh.put(r, c0 + 2, f"2 Januari {TAHUN}")
    r += 2
    for i, lab in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        sh.put(r, c0 + i, lab, bold=True)
    r += 1
    sh.put(r, c0, "KINERJA UTAMA", bold=True)
    sh.merge(r, c0, r, c0 + 4)
    r += 1
    for n, rk in enumerate(p["rks"], start=1):
        picks = rng.sample(bank.BUTIR, rng.choice([1, 2]))
        first = r
        for butir, out, ak in picks:
            if r == first or not lay["merge_rk"]:
                sh.put(r, c0, n)
                sh.put(r, c0 + 1, rk["teks"])
            sh.put(r, c0 + 2, butir)
            sh.put(r, c0 + 3, out)
            sh.put(r, c0 + 4, ak)
            r += 1
        if lay["merge_rk"] and r - 1 > first:
            sh.merge(first, c0, r - 1, c0)
            sh.merge(first, c0 + 1, r - 1, c0 + 1)
    sh.widths = {1: 5, 2: 45, 3: 40, 4: 22, 5: 14}
    return sh


def sheet_matriks(p: dict, spec: dict) -> Lembar:
    """Matriks Pembagian Peran dan Hasil (SPEC §3.6): the koordinator's RK on top with its jenis
    penyelarasan and whole target, members down the left, each cell the member's result with its part."""
    sh = Lembar("Matriks Peran Hasil")
    sh.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", bold=True)
    sh.merge(1, 1, 1, 5)
    sh.put(2, 1, p["unit"])
    sh.put(4, 1, "NO", bold=True)
    sh.put(4, 2, "NAMA", bold=True)
    sh.put(4, 3, "NIP", bold=True)
    sh.put(4, 4, "JABATAN", bold=True)
    sh.put(4, 5, "RENCANA KINERJA ATASAN", bold=True)
    sh.put(5, 5, p["rks"][spec["rk"]]["teks"])
    sh.put(6, 5, spec["jenis"])
    spec["cell_total"] = sh.put(7, 5, f"Target: {spec['total']}")
    spec["cell_parts"] = []
    for i, (member, hasil) in enumerate(spec["parts"], start=1):
        r = 7 + i
        sh.put(r, 1, i)
        sh.put(r, 2, member["nama"])
        sh.put(r, 3, member["nip"])
        sh.put(r, 4, member["jabatan"])
        spec["cell_parts"].append(sh.put(r, 5, hasil))
    sh.widths = {1: 5, 2: 28, 3: 22, 4: 30, 5: 60}
    return sh


# ----------------------------------------------------------------------------------- file names
def file_name(p: dict, rng: random.Random, used: set[str]) -> str:
    first = p["nama"].split(",")[0]
    short = first.split(" ")[0]
    options = [
        f"SKP {TAHUN} - {first}.xlsx",
        f"{p['nip']}_SKP.xlsx",
        f"skp_{short.lower()}_{p['jabatan'].split(' ')[0].lower()}.xlsx",
        f"SKP {first.upper()} Final.xlsx",
        f"Rencana SKP {first}.xlsx",
        f"{first.replace(' ', '_')}_{TAHUN}.xlsx",
    ]
    for _ in range(20):
        name = f"{p['folder']}/{rng.choice(options)}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError(name)


# ----------------------------------------------------------------------------------------- build
def _layout(p: dict, rng: random.Random) -> dict:
    return {
        "c0": rng.choice([1, 1, 2]),
        "kop": rng.random() < 0.4,
        "id": rng.choice(["samping", "samping", "tumpuk"]),
        "merge_rk": rng.random() < 0.7,
        "atasan_label": rng.randrange(len(ATASAN_LABEL)),
        "sheet": rng.choice(["SKP", "Rencana SKP", f"SKP {TAHUN}", "Form SKP"]),
        "levels": rng.choice([3, 5]),
        "nip_spasi": rng.random() < 0.3,
        "writer": rng.choice(["openpyxl", "xlsxwriter"]),
    }


def form_of(p: dict) -> str:
    return f"{p['kind']}-{p['model']}"


def render(p: dict, out: Path, rng: random.Random) -> None:
    lay = p["layout"]
    if p["kind"] == "jpt":
        sheets = sheet_jpt(p, lay)
    else:
        sheets = [sheet_ja(p, lay)]
        if p["kind"] == "jf":
            sheets.append(sheet_ak(p, lay, rng))
    if p["matriks"]:
        sheets.insert(0, sheet_matriks(p, p["matriks"]))
    path = out / p["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    (write_openpyxl if lay["writer"] == "openpyxl" else write_xlsxwriter)(sheets, path)


def _cite_texts(rk: dict) -> list[str]:
    return [c[1] if c[0] == "luar" else c[0]["rks"][c[1]]["teks"] for c in rk["cite"]]


def build(out: Path, seed: int) -> dict:
    rng = random.Random(seed)
    everyone = build_model(rng)
    perkim = [p for p in everyone if "PERUMAHAN" in p["instansi"]]
    pkm = [p for p in everyone if "PUSKESMAS" in p["instansi"]]
    kbp = [p for p in everyone if "KESATUAN" in p["instansi"]]

    # Kesetaraan: two Bidan Terampil with very unequal plans (defect); two Teknisi at exactly 2x (clean).
    bidan1, bidan2 = _by_jab(pkm, "Bidan Terampil", 0), _by_jab(pkm, "Bidan Terampil", 1)
    objs = ["pemeriksaan kehamilan", "persalinan di fasilitas kesehatan", "kunjungan nifas"]
    bidan1["rks"] = []
    texts, o = _composed(objs, 6, 1)
    _own_rks(bidan1, texts, o, rng, 3)
    bidan1["fixed_cites"] = [0]
    bidan2["rks"] = bidan2["rks"][:2]
    for rk in bidan2["rks"]:
        rk["iki"] = rk["iki"][:1]
    tek1, tek2 = (
        _by_jab(perkim, "Teknisi Penerangan Jalan", 0),
        _by_jab(perkim, "Teknisi Penerangan Jalan", 1),
    )
    tek1["rks"] = tek1["rks"][:2]
    for rk in tek1["rks"]:
        rk["iki"] = _ikis(rk["obj"], 3, rng)
    texts, o = _composed(
        ["penerangan jalan umum", "utilitas kawasan perumahan", "serah terima PSU perumahan"], 4, 5
    )
    tek2["rks"] = []
    _own_rks(tek2, texts, o, rng, 3)
    # rk-atasan-tidak-diintervensi: one Kabid RK and one Kasubbag TU RK nobody intervenes.
    kabid_rum = _by_jab(perkim, "Kepala Bidang Perumahan")
    tu = _by_jab(pkm, "Kepala Subbagian Tata Usaha")
    kabid_pol = _by_jab(kbp, "Kepala Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan")
    skip = {(kabid_rum["nip"], 2), (tu["nip"], 1), (kabid_pol["nip"], 2)}
    pol1, pol2 = (
        _by_jab(kbp, "Penelaah Politik Dalam Negeri", 0),
        _by_jab(kbp, "Penelaah Politik Dalam Negeri", 1),
    )
    pol1["rks"] = pol1["rks"][:1]
    pol1["rks"][0]["iki"] = pol1["rks"][0]["iki"][:1]
    pol2["rks"] = []
    texts, o = _composed(["peta potensi konflik", "forum kewaspadaan dini", "pengaduan konflik sosial"], 3, 2)
    _own_rks(pol2, texts, o, rng, 3)
    cascade(everyone, skip)
    # Two RK atasan in one cell (clean): a Kasi of Kawasan writes both RK it intervenes.
    kasi_kaw = _by_jab(perkim, "Kepala Seksi Peningkatan Kualitas Permukiman")
    head_kaw = kasi_kaw["penilai"]
    rk = kasi_kaw["rks"][1]
    rk["cite"] = [(head_kaw, 0), (head_kaw, 1)]
    rk["variant"] = "dua"
    rk["tulis"] = f"1. {head_kaw['rks'][0]['teks']}\n2. {head_kaw['rks'][1]['teks']}"
    # Tolerated: organisation RK (the Kepala Dinas's) and the superior's earlier draft wording.
    boleh: dict[int, list[dict]] = {}
    arsip = _by_jab(perkim, "Arsiparis Terampil")
    rk = arsip["rks"][2]
    rk["variant"] = "organisasi"
    rk["cite"] = []
    rk["tulis"] = perkim[0]["rks"][4]["teks"]
    boleh.setdefault(id(arsip), []).append(
        {
            "code": "rk-atasan-tidak-cocok",
            "severity": "peringatan",
            "cell": None,
            "why": "RK organisasi (SPEC §3.2)",
        }
    )
    penata = _by_jab(perkim, "Penata Ruang Ahli Pertama")
    rk = penata["rks"][0]
    rk["variant"] = "draf"
    rk["tulis"] = variant_text(_cite_texts(rk)[0], "draf", rng)
    boleh.setdefault(id(penata), []).append(
        {
            "code": "rk-atasan-tidak-cocok",
            "severity": "peringatan",
            "cell": None,
            "why": "rumusan draf RK atasan",
        }
    )
    pdk = _by_jab(kbp, "Pengolah Data Kebangsaan")
    rk = pdk["rks"][1]
    rk["variant"] = "organisasi"
    rk["cite"] = []
    rk["tulis"] = variant_text(kbp[0]["rks"][0]["teks"], "kapital", rng)
    boleh.setdefault(id(pdk), []).append(
        {
            "code": "rk-atasan-tidak-cocok",
            "severity": "peringatan",
            "cell": None,
            "why": "RK organisasi (SPEC §3.2)",
        }
    )
    prw = _by_jab(pkm, "Perawat Terampil")
    rk = prw["rks"][0]
    rk["cite"] = [(pkm[0], 0), (pkm[0], 1)]
    rk["variant"] = "dua"
    rk["tulis"] = f"{pkm[0]['rks'][0]['teks']};\n{pkm[0]['rks'][1]['teks']}"
    written_cites(everyone, rng)

    defects: dict[int, list[dict]] = {}

    def add(p: dict, d: dict) -> None:
        defects.setdefault(id(p), []).append(d)

    # rk-atasan-tidak-cocok: another bidang's RK; an RK nobody has; last year's activity; another unit.
    wrong = [
        (
            _by_jab(perkim, "Teknik Pengairan Terampil"),
            1,
            lambda: _by_jab(perkim, "Kepala Bidang Prasarana, Sarana dan Utilitas")["rks"][1]["teks"],
            "RK bidang lain",
        ),
        (
            _by_jab(perkim, "Kepala Seksi Pendataan dan Perencanaan Perumahan"),
            2,
            lambda: "Meningkatnya kualitas rumah nelayan di kawasan pesisir",
            "RK yang tidak dimiliki siapa pun",
        ),
        (bidan2, 1, lambda: "Meningkatnya cakupan kunjungan K4 ibu hamil", "RK atasan tahun lalu"),
        (
            _by_jab(kbp, "Penelaah Politik Dalam Negeri", 1),
            1,
            lambda: _by_jab(kbp, "Sekretaris")["rks"][0]["teks"],
            "RK unit lain (Sekretariat)",
        ),
        (
            _by_jab(perkim, "Kepala Bidang Kawasan Permukiman"),
            2,
            lambda: kbp[0]["rks"][0]["teks"],
            "RK pimpinan organisasi lain",
        ),
        (
            _by_jab(perkim, "Pranata Komputer Ahli Pertama"),
            0,
            lambda: _by_jab(
                perkim,
                "Teknik Tata Bangunan dan Perumahan Ahli Muda selaku Subkoordinator Pembangunan Perumahan",
            )["rks"][1]["teks"],
            "RK atasan rekan satu bidang",
        ),
    ]
    for p, j, text, why in wrong:
        rk = p["rks"][j]
        rk["variant"] = "salah"
        rk["tulis"] = text()
        rk["cite"] = []
        rk["why"] = why
    # Per-file defect: an empty RK atasan, and an IKI without target.
    kosong = _by_jab(perkim, "Pengolah Data Kawasan")
    kosong["rks"][1]["tulis"] = None
    kosong["rks"][1]["variant"] = "kosong"
    lab = _by_jab(pkm, "Pranata Laboratorium Kesehatan Terampil")
    lab["rks"][0]["iki"][0] = (lab["rks"][0]["iki"][0][0], lab["rks"][0]["iki"][0][1], "")

    # Matriks: beban target splits (two not adding up), one clean beban split with thousands, one non-direct.
    kasi_pu = _by_jab(perkim, "Kepala Seksi Prasarana dan Utilitas")
    m_subs = kasi_pu["subs"]
    kasi_pu["matriks"] = {
        "rk": 1,
        "jenis": "Direct Cascading (pembagian beban target)",
        "total": "1.250 titik",
        "parts": [
            (m_subs[0], "Lampu PJU terpasang di kawasan perumahan (500 titik)"),
            (m_subs[1], "Lampu PJU terpasang di kawasan perdesaan (450 titik)"),
            (m_subs[2], "Lampu PJU terpasang di jalan poros desa (300 titik)"),
        ],
        "ok": True,
    }
    kapus = pkm[0]
    kapus["matriks"] = {
        "rk": 0,
        "jenis": "Direct Cascading (pembagian beban target)",
        "total": "1.200 ibu hamil",
        "parts": [
            (bidan1, "Ibu hamil mendapat pemeriksaan K1 di Desa Karang (500 ibu hamil)"),
            (bidan2, "Ibu hamil mendapat pemeriksaan K1 di Desa Sembada (500 ibu hamil)"),
            (
                _by_jab(pkm, "Perawat Ahli Pertama"),
                "Ibu hamil risiko tinggi mendapat kunjungan rumah (150 ibu hamil)",
            ),
        ],
        "ok": False,
    }
    kabid_rum["matriks"] = {
        "rk": 0,
        "jenis": "Direct Cascading (pembagian beban target)",
        "total": "300 unit",
        "parts": [
            (kabid_rum["subs"][0], "Rumah tidak layak huni terverifikasi (120 unit)"),
            (kabid_rum["subs"][1], "Rumah tidak layak huni diperbaiki (120 unit)"),
        ],
        "ok": False,
    }
    sek_kbp = _by_jab(kbp, "Sekretaris")
    sek_kbp["matriks"] = {
        "rk": 0,
        "jenis": "Non-Direct Cascading (pendekatan layanan)",
        "total": "12 bulan",
        "parts": [
            (sek_kbp["subs"][0], "Layanan tata usaha Badan tersedia tepat waktu"),
            (sek_kbp["subs"][1], "Dokumen perencanaan Badan tersusun (3 dokumen)"),
        ],
        "ok": True,
    }

    # Tambahan for everyone.
    for p in everyone:
        t = bank.TAMBAHAN[rng.randrange(len(bank.TAMBAHAN))]
        aspek = "" if p["kind"] == "jpt" else "Kuantitas"
        p["tambahan"] = [
            {
                "teks": t[0],
                "obj": None,
                "iki": [(aspek, t[1], t[2])],
                "cite": None,
                "tulis": None,
                "persp": "",
            }
        ]
        p["layout"] = _layout(p, rng)

    # The missing superior SKP: the Kasi Sarana dan Pertamanan did not submit.
    missing = _by_jab(perkim, "Kepala Seksi Sarana dan Pertamanan")
    # Duplicates: a resubmitted (revisi) file; the same NIP and period under a second superior; a clean
    # pair of
    # semester SKPs of one NIP.
    revisi_of = _by_jab(perkim, "Pengolah Data dan Informasi", 0)
    pindah_of = _by_jab(perkim, "Pengelola Prasarana Lingkungan")
    semester_of = _by_jab(kbp, "Penelaah Ideologi dan Wawasan Kebangsaan")

    used: set[str] = set()
    files: list[dict] = []
    submitted = [p for p in everyone if p is not missing]
    extra: list[dict] = []
    rev = dict(revisi_of, rks=[dict(r, iki=list(r["iki"])) for r in revisi_of["rks"]])
    a, i_, t = rev["rks"][0]["iki"][0]
    rev["rks"][0]["iki"][0] = (a, i_, re.sub(r"^\d+", lambda m: str(int(m.group()) + 2), t))
    rev["layout"] = dict(revisi_of["layout"], nip_spasi=not revisi_of["layout"]["nip_spasi"])
    rev["_dup"] = revisi_of
    extra.append(rev)
    kasi_pu_ = kasi_pu
    pindah = dict(
        pindah_of,
        penilai=kasi_pu_,
        folder=kasi_pu_["folder"],
        unit=kasi_pu_["unit"],
        rks=[],
        layout=_layout(pindah_of, rng),
    )
    texts, o = _composed(["serah terima PSU perumahan", "utilitas kawasan perumahan"], 2, 4)
    _own_rks(pindah, texts, o, rng, 2)
    for j, rk in enumerate(pindah["rks"]):
        rk["cite"] = [(kasi_pu_, j)]
        rk["variant"] = "persis"
        rk["tulis"] = kasi_pu_["rks"][j]["teks"]
    pindah["_dup"] = pindah_of
    extra.append(pindah)
    sem2 = dict(
        semester_of,
        rks=[dict(r) for r in semester_of["rks"]],
        periode=(1, "JULI", 31, "DESEMBER"),
        jabatan="Penelaah Ideologi dan Wawasan Kebangsaan",
        layout=_layout(semester_of, rng),
    )
    semester_of["periode"] = (1, "JANUARI", 30, "JUNI")
    extra.append(sem2)
    kopi_of = _by_jab(kbp, "Pengelola Barang Milik Daerah")
    kopi = dict(kopi_of, _dup=kopi_of)
    extra.append(kopi)

    for p in submitted + extra:
        p["file"] = file_name(p, rng, used) if "_dup" not in p or p is pindah else None
    rev["file"] = revisi_of["file"][:-5] + " (revisi).xlsx"
    kopi["file"] = kopi_of["file"][:-5] + " - Copy.xlsx"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for p in submitted + extra:
        render(p, out, rng)

    # ------------------------------------------------------------------ expectations from the model
    def rec(p: dict) -> dict:
        return {
            "file": p["file"],
            "form": form_of(p),
            "clean": True,
            "defects": [],
            "boleh": [],
            "jabatan": p["jabatan"],
            "nip": p["nip"],
            "nip_penilai": p["penilai"]["nip"],
            "instansi": p["instansi"],
            "writer": p["layout"]["writer"],
            "layout": {k: v for k, v in p["layout"].items() if k != "writer"},
            "rk_atasan": [rk.get("variant") for rk in p["rks"]] if p["kind"] != "jpt" else [],
            "matriks": bool(p["matriks"]),
        }

    recs = {id(p): rec(p) for p in submitted + extra}
    sheet_of = {id(p): p["layout"]["sheet"] for p in submitted + extra}
    for pid, ds in defects.items():
        recs[pid]["defects"] += ds
    for pid, bs in boleh.items():
        recs[pid]["boleh"] += bs
    for p in submitted + extra:
        r = recs[id(p)]
        for rk in p["rks"]:
            if rk.get("variant") == "salah":
                r["defects"].append(
                    {
                        "code": "rk-atasan-tidak-cocok",
                        "sheet": sheet_of[id(p)],
                        "cell": rk["cell_atasan"],
                        "why": rk["why"],
                    }
                )
            if rk.get("variant") == "kosong":
                r["defects"].append(
                    {"code": "rk-atasan-kosong", "sheet": sheet_of[id(p)], "cell": rk["cell_atasan"]}
                )
        if p is lab:
            r["defects"].append(
                {"code": "iki-tanpa-target", "sheet": sheet_of[id(p)], "cell": p["rks"][0]["cell_target"][0]}
            )
        # rk-atasan-tidak-diintervensi: superiors with a subordinate among the submissions.
        subs_in = [s for s in submitted + extra if s["penilai"] is p or s.get("penilai") is p]
        if subs_in:
            cited = {
                c[1]
                for s in subs_in
                for rk in s["rks"]
                for c in (rk["cite"] or [])
                if c[0] is p and rk.get("variant") not in ("salah", "kosong")
            }
            for i, rk in enumerate(p["rks"]):
                if i not in cited:
                    r["defects"].append(
                        {
                            "code": "rk-atasan-tidak-diintervensi",
                            "sheet": sheet_of[id(p)],
                            "cell": rk["cell_rk"],
                        }
                    )
        # skp-atasan-tidak-ditemukan: a penilai with an NIP whose SKP is not among the submissions.
        pen = p["penilai"]
        if pen["nip"] != "-" and not any(q is pen for q in submitted):
            r["defects"].append({"code": "skp-atasan-tidak-ditemukan", "sheet": None, "cell": None})
        if pen["nip"] == "-":
            r["boleh"].append(
                {
                    "code": "skp-atasan-tidak-ditemukan",
                    "severity": "info",
                    "cell": None,
                    "why": "penilai pejabat politik tanpa NIP",
                }
            )
        if p["matriks"] and not p["matriks"]["ok"]:
            m = p["matriks"]
            r["defects"].append(
                {
                    "code": "target-kaskade-tidak-seimbang",
                    "sheet": "Matriks Peran Hasil",
                    "cell": m["cell_total"],
                    "alt_cells": [{"sheet": "Matriks Peran Hasil", "cell": c} for c in m["cell_parts"]],
                }
            )
    recs[id(rev)]["defects"].append(
        {"code": "skp-ganda", "sheet": None, "cell": None, "alt_files": [revisi_of["file"]]}
    )
    recs[id(pindah)]["defects"].append(
        {"code": "skp-ganda", "sheet": None, "cell": None, "alt_files": [pindah_of["file"]]}
    )
    recs[id(kopi)]["defects"].append(
        {"code": "skp-ganda", "sheet": None, "cell": None, "alt_files": [kopi_of["file"]]}
    )
    recs[id(pol1)]["defects"].append(
        {
            "code": "kesetaraan-tidak-seimbang",
            "sheet": None,
            "cell": None,
            "alt_files": [pol2["file"], kabid_pol["file"]],
        }
    )
    recs[id(bidan2)]["defects"].append(
        {
            "code": "kesetaraan-tidak-seimbang",
            "sheet": None,
            "cell": None,
            "alt_files": [bidan1["file"], kapus["file"]],
        }
    )
    for r in recs.values():
        r["clean"] = not r["defects"]
    files = sorted(recs.values(), key=lambda x: x["file"])
    return {
        "set": "nyata_j",
        "seed": seed,
        "tahun": TAHUN,
        "tidak_dikirim": {"nip": missing["nip"], "jabatan": missing["jabatan"]},
        "files": files,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    manifest = build(args.keluaran, args.seed)
    args.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = len(manifest["files"])
    print(
        f"{n} berkas, {sum(f['clean'] for f in manifest['files'])} bersih, "
        f"{sum(len(f['defects']) for f in manifest['files'])} cacat"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
