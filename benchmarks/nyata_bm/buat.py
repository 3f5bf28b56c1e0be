"""Build the held-out set ``nyata_bm``: what the technical offices of a city send in January.

Deterministic (fixed seed, openpyxl only). Each workbook is first a content model (identity, RK, IKI,
kategori, cara memantau, Keterkaitan AK, Manual IKI), then the defects are written into that model, then it is
laid out; every cell written is recorded under a key, so each defect's cell is known exactly.

Usage: ``python benchmarks/nyata_bm/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260109
SET = "nyata_bm"

FORMS = [  # (form, files, clean files)
    ("ja-dasar", 9, 4),
    ("ja-pengembangan", 9, 5),
    ("jf-dasar", 9, 5),
    ("jf-pengembangan", 9, 4),
    ("jpt-dasar", 7, 4),
    ("jpt-pengembangan", 7, 3),
]

VARIASI = [
    "satuan_superskrip",
    "desimal_titik",
    "target_angka_persen",
    "rk_garis_miring",
    "satuan_per_hari",
    "target_akronim",
    "sheet_data_grafik",
    "kolom_sempit",
    "judul_gabung_dua_baris",
]

IDENTITAS = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
FIELDS = ["nama", "nip", "pangkat", "jabatan", "unit"]
MANUAL_LABELS = [
    ("rk", "RENCANA KINERJA"),
    ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("definisi", "DEFINISI IKI"),
    ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"),
    ("jenis", "JENIS ASPEK TARGET"),
    ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]
AKTIVITAS_JPT = {
    "kadis-pupr": "Melaksanakan pemeliharaan dan peningkatan jalan kota",
    "kadis-hub": "Melaksanakan pengaturan lalu lintas dan pengujian kendaraan",
    "kadis-dlh": "Melakukan pemantauan kualitas lingkungan hidup kota",
    "kadis-kominfo": "Menyusun kebijakan keterbukaan informasi publik",
}
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
PERIODE_SALAH = "PERIODE PENILAIAN: 1 JULI 2026 SD 30 JUNI 2027"


# ---------------------------------------------------------------- numbers and units as the writer types them


def number(value: float, dec: int, var: set[str]) -> str:
    s = f"{value:,.{dec}f}"
    whole, _, frac = s.partition(".")
    whole = whole.replace(",", ".")
    if not frac:
        return whole
    return whole + ("." if "desimal_titik" in var else ",") + frac


def unit(key: str, var: set[str]) -> str:
    if key == "m3":
        return "m³" if "satuan_superskrip" in var else "meter kubik"
    if key == "m2":
        return "m²" if "satuan_superskrip" in var else "meter persegi"
    if key == "tph":
        return "ton/hari" if "satuan_per_hari" in var else "ton per hari"
    if key == "kph":
        return "kendaraan/hari" if "satuan_per_hari" in var else "kendaraan per hari"
    return key


def plain(t: tuple, var: set[str]) -> str:
    value, dec, u, _ = t
    n = number(value, dec, var)
    return f"{n} {unit(u, var)}" if u else n


def target_text(t: tuple, var: set[str], kategori: bool) -> str:
    flags = t[3].split(",") if t[3] else []
    s = plain(t, var)
    if "le" in flags and not kategori:
        s = "≤ " + s
    if "ap" in flags and "target_angka_persen" in var and not kategori:
        s += " (100 %)"
    akr = [f[4:] for f in flags if f.startswith("akr:")]
    if akr and "target_akronim" in var:
        s = f"{akr[0]} {s}"
    return s


def levels(t: tuple, aspek: str, var: set[str]) -> tuple[str, str, str]:
    """CUKUP, BAIK, SANGAT BAIK of a three-level kategori (SPEC §3.3: BAIK holds the target itself; a waktu
    IKI, lower is better, runs the other way)."""
    p = plain(t, var)
    baik = target_text(t, var, True)
    if aspek == "Waktu":
        return f"> {p}", baik, f"< {p}"
    return f"< {p}", baik, f"> {p}"


# ---------------------------------------------------------------- people


def nip_of(rng: random.Random, seq: int, senior: bool) -> tuple[str, str, str]:
    """(spaced NIP, birth date, TMT) — a real date, TMT 22–28 years after birth (at most 2021)."""
    year = rng.randint(1968, 1976) if senior else rng.randint(1982, 1995)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    tmt_year = min(year + rng.randint(22, 28), 2021)
    tmt_month = rng.choice([1, 3, 4, 12])
    gender = rng.choice([1, 2])
    return f"{year}{month:02d}{day:02d} {tmt_year}{tmt_month:02d} {gender} {seq:03d}", "", ""


def person(rng: random.Random, used: set[str], gelar: str) -> str:
    while True:
        name = f"{rng.choice(bank.DEPAN)} {rng.choice(bank.BELAKANG)}"
        if name not in used:
            used.add(name)
            return f"{name}, {gelar}"


# ---------------------------------------------------------------- content model


def build_jaf(role: dict, form: str, var: set[str], rng: random.Random, seq: int, used: set[str]) -> dict:
    peng = form.endswith("pengembangan")
    jf = form.startswith("jf")
    pen = bank.PENILAI[role["penilai"]]
    peg = {
        "nama": person(rng, used, role["gelar"]),
        "nip": nip_of(rng, seq, role["jabatan"].startswith("Kepala"))[0],
        "pangkat": rng.choice(role["pangkat"]),
        "jabatan": role["jabatan"],
        "unit": bank.DINAS[role["dinas"]].title().replace("Dan", "dan"),
    }
    penilai = {
        "nama": pen[0],
        "nip": pen[1],
        "pangkat": pen[2],
        "jabatan": pen[3],
        "unit": bank.DINAS[pen[4]].title().replace("Dan", "dan"),
    }
    rks = []
    for i, r in enumerate(role["rks"]):
        text = r["miring"] if ("rk_garis_miring" in var and r["miring"]) else r["rk"]
        ikis = []
        for aspek, iki, t in r["iki"]:
            c, b, s = levels(t, aspek, var)
            ikis.append(
                {
                    "aspek": aspek,
                    "iki": iki,
                    "t": t,
                    "target": target_text(t, var, peng),
                    "cukup": c,
                    "baik": b,
                    "sb": s,
                }
            )
        rks.append(
            {
                "no": i + 1,
                "atasan": r["atasan"],
                "rk": text,
                "iki": ikis,
                "memantau": list(r["memantau"]),
                "butir": [list(b) for b in r["butir"]],
                "aktivitas": r["aktivitas"],
            }
        )
    return {
        "form": form,
        "peng": peng,
        "jf": jf,
        "jpt": False,
        "dinas": role["dinas"],
        "peg": peg,
        "pen": penilai,
        "pen_unit_label": "UNIT KERJA",
        "periode": PERIODE,
        "rks": rks,
        "rks0": copy.deepcopy(rks),
        "tambahan": [],
        "ak": jf,
        "ak_drop": set(),
        "manual": False,
        "jenjang": role.get("jenjang"),
    }


def build_jpt(role: dict, form: str, var: set[str], rng: random.Random, seq: int, used: set[str]) -> dict:
    peng = form.endswith("pengembangan")
    peg = {
        "nama": person(rng, used, role["gelar"]),
        "nip": nip_of(rng, seq, True)[0],
        "pangkat": rng.choice(role["pangkat"]),
        "jabatan": role["jabatan"],
        "unit": bank.DINAS[role["dinas"]].title().replace("Dan", "dan"),
    }
    w = bank.WALIKOTA
    penilai = {
        "nama": w["nama"],
        "nip": w["nip"],
        "pangkat": w["pangkat"],
        "jabatan": w["jabatan"],
        "unit": w["unit"],
    }
    rks = []
    for i, (persp, rk, ikis, miring) in enumerate(role["rks"]):
        text = miring if ("rk_garis_miring" in var and miring) else rk
        rows = []
        for iki, t in ikis:
            rows.append(
                {
                    "aspek": "Waktu" if iki.startswith("Waktu") else "",
                    "iki": iki,
                    "t": t,
                    "target": target_text(t, var, False),
                }
            )
        rks.append({"no": i + 1, "persp": persp, "rk": text, "iki": rows})
    return {
        "form": form,
        "peng": peng,
        "jf": False,
        "jpt": True,
        "dinas": role["dinas"],
        "peg": peg,
        "pen": penilai,
        "pen_unit_label": "INSTANSI",
        "periode": PERIODE,
        "rks": rks,
        "rks0": copy.deepcopy(rks),
        "tambahan": [],
        "ak": False,
        "ak_drop": set(),
        "manual": True,
        "manual_blank": None,
        "kode": role["kode"],
    }


# ---------------------------------------------------------------- defects (written into the model)

ID_CODES = {
    "identitas-kosong",
    "nip-tidak-valid",
    "pangkat-tidak-dikenal",
    "periode-tidak-valid",
    "penilai-sama-dengan-pegawai",
    "jenjang-golongan-tidak-sesuai",
}
GROUPS = [
    ID_CODES,
    {"keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"},
    {"rk-berbasis-aktivitas", "rk-ganda"},
    {
        "target-tidak-terukur",
        "target-tanpa-satuan",
        "target-rentang-terbalik",
        "iki-tanpa-target",
        "satuan-tidak-sesuai-aspek",
        "target-absolut",
    },
    {"kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"},
    {"perspektif-tidak-valid", "perspektif-tidak-lengkap"},
    {"aspek-tidak-valid", "aspek-ganda"},
]
SEVERITY = {
    "identitas-kosong": "error",
    "nip-tidak-valid": "error",
    "pangkat-tidak-dikenal": "error",
    "periode-tidak-valid": "error",
    "penilai-sama-dengan-pegawai": "error",
    "jenjang-golongan-tidak-sesuai": "peringatan",
    "keterkaitan-ak-hilang": "error",
    "rk-tanpa-butir-kegiatan": "error",
    "angka-kredit-tidak-valid": "error",
    "rk-berbasis-aktivitas": "peringatan",
    "rk-ganda": "peringatan",
    "target-tidak-terukur": "error",
    "target-tanpa-satuan": "peringatan",
    "target-rentang-terbalik": "error",
    "iki-tanpa-target": "error",
    "satuan-tidak-sesuai-aspek": "peringatan",
    "target-absolut": "peringatan",
    "kategori-penilaian-kosong": "error",
    "kategori-tidak-berurutan": "error",
    "kategori-tidak-membedakan": "error",
    "perspektif-tidak-valid": "error",
    "perspektif-tidak-lengkap": "peringatan",
    "aspek-tidak-valid": "error",
    "aspek-ganda": "peringatan",
    "rk-atasan-kosong": "error",
    "cara-memantau-kosong": "error",
    "manual-iki-kosong": "error",
}


def _find(doc: dict, test: Any) -> tuple[int, int] | None:
    for i, rk in enumerate(doc["rks"]):
        for j, iki in enumerate(rk["iki"]):
            if test(rk, iki, i, j):
                return i, j
    return None


def applicable(doc: dict, role: dict) -> list[str]:
    codes = [
        "identitas-kosong",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "periode-tidak-valid",
        "rk-berbasis-aktivitas",
    ]
    jumlah = _find(doc, lambda rk, iki, i, j: iki["iki"].startswith("Jumlah"))
    persen = _find(doc, lambda rk, iki, i, j: iki["iki"].startswith("Persentase"))
    if jumlah:
        codes.append("target-tanpa-satuan")
    if doc["jpt"]:
        codes += ["manual-iki-kosong", "iki-tanpa-target", "target-tidak-terukur"]
        if persen:
            codes.append("target-rentang-terbalik")
        if doc["peng"]:
            codes += ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
        else:
            codes.append("rk-ganda")
        return codes
    codes += [
        "penilai-sama-dengan-pegawai",
        "rk-atasan-kosong",
        "rk-ganda",
        "aspek-tidak-valid",
        "aspek-ganda",
    ]
    if persen:
        codes.append("target-absolut")
    if doc["peng"]:
        codes += [
            "kategori-penilaian-kosong",
            "kategori-tidak-berurutan",
            "kategori-tidak-membedakan",
            "cara-memantau-kosong",
        ]
    else:
        codes += ["target-tidak-terukur", "iki-tanpa-target"]
        if persen:
            codes.append("target-rentang-terbalik")
        if _find(doc, lambda rk, iki, i, j: iki["aspek"] == "Waktu"):
            codes.append("satuan-tidak-sesuai-aspek")
    if doc["jf"]:
        codes += ["jenjang-golongan-tidak-sesuai", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]
        if role.get("umum"):
            codes.append("keterkaitan-ak-hilang")
    return codes


def inject(doc: dict, code: str) -> dict:
    """Write the defect into the model; return the manifest entry with cell *keys* (resolved after layout)."""
    d: dict[str, Any] = {"code": code, "severity": SEVERITY[code], "key": None, "alt": [], "boleh_ak": False}
    peg, rks = doc["peg"], doc["rks"]
    if code == "identitas-kosong":
        peg["unit"] = ""
        d["key"], d["boleh_ak"] = ("peg", "unit"), True
    elif code == "nip-tidak-valid":
        n = peg["nip"]
        peg["nip"] = n[:13] + "13" + n[15:]
        d["key"], d["boleh_ak"] = ("peg", "nip"), True
    elif code == "pangkat-tidak-dikenal":
        if doc["jf"]:
            peg["pangkat"] = bank.JENJANG[doc["jenjang"]]["salah"]
        elif doc["jpt"]:
            peg["pangkat"] = "Pembina Utama Muda, IV/b"
        else:
            peg["pangkat"] = bank.PANGKAT_SALAH_JA
        d["key"], d["boleh_ak"] = ("peg", "pangkat"), True
    elif code == "jenjang-golongan-tidak-sesuai":
        peg["pangkat"] = bank.JENJANG[doc["jenjang"]]["luar"]
        d["key"], d["alt"], d["boleh_ak"] = ("peg", "pangkat"), [("peg", "jabatan")], True
    elif code == "periode-tidak-valid":
        doc["periode"] = PERIODE_SALAH
        d["key"], d["boleh_ak"] = ("periode",), True
    elif code == "penilai-sama-dengan-pegawai":
        doc["pen"]["nip"] = peg["nip"]
        d["key"], d["alt"], d["boleh_ak"] = ("pen", "nip"), [("peg", "nip")], True
    elif code == "rk-berbasis-aktivitas":
        rks[0]["rk"] = AKTIVITAS_JPT[doc["kode"]] if doc["jpt"] else rks[0]["aktivitas"]
        d["key"] = ("rk", 0, "rk")
    elif code == "rk-ganda":
        src = doc["rks0"][0]  # as written before any other defect, so the copy carries only this one
        dup = copy.deepcopy(src)
        dup["iki"] = dup["iki"][:1]
        dup["atasan"] = ""
        dup["no"] = 1
        doc["tambahan"].append(dup)
        d["key"] = ("tam", 0, "rk")
    elif code == "rk-atasan-kosong":
        rks[1]["atasan"] = ""
        d["key"] = ("rk", 1, "atasan")
    elif code == "aspek-tidak-valid":
        rks[0]["iki"][0]["aspek"] = "Manfaat"
        d["key"] = ("iki", 0, 0, "aspek")
    elif code == "aspek-ganda":
        i, _ = _find(
            doc,
            lambda rk, iki, i, j: (
                j == 1
                and rk["iki"][0]["aspek"] in ("Kuantitas", "Kualitas")
                and iki["aspek"] in ("Kuantitas", "Kualitas")
            ),
        )  # type: ignore[misc]
        rks[i]["iki"][1]["aspek"] = rks[i]["iki"][0]["aspek"]
        d["key"], d["alt"] = ("iki", i, 1, "aspek"), [("iki", i, 0, "aspek")]
    elif code == "target-absolut":
        i, j = _find(doc, lambda rk, iki, i, j: iki["iki"].startswith("Persentase "))  # type: ignore[misc]
        iki = rks[i]["iki"][j]
        rest = iki["iki"][len("Persentase ") :]
        iki["iki"] = "Semua " + rest
        d["key"], d["alt"] = ("iki", i, j, "iki"), [("iki", i, j, "target")]
    elif code == "target-tanpa-satuan":
        i, j = _find(doc, lambda rk, iki, i, j: iki["iki"].startswith("Jumlah"))  # type: ignore[misc]
        iki = rks[i]["iki"][j]
        n = number(iki["t"][0], iki["t"][1], set())
        iki["target"] = n
        if "cukup" in iki:
            iki["cukup"], iki["baik"], iki["sb"] = f"< {n}", n, f"> {n}"
        d["key"] = ("iki", i, j, "target")
    elif code == "target-tidak-terukur":
        i = 1
        rks[i]["iki"][0]["target"] = "sesuai target Renstra" if doc["jpt"] else "sesuai kebutuhan"
        d["key"] = ("iki", i, 0, "target")
    elif code == "iki-tanpa-target":
        rks[1]["iki"][0]["target"] = ""
        d["key"] = ("iki", 1, 0, "target")
    elif code == "target-rentang-terbalik":
        i, j = _find(doc, lambda rk, iki, i, j: iki["iki"].startswith("Persentase"))  # type: ignore[misc]
        rks[i]["iki"][j]["target"] = "95 - 85 %"
        d["key"] = ("iki", i, j, "target")
    elif code == "satuan-tidak-sesuai-aspek":
        i, j = _find(doc, lambda rk, iki, i, j: iki["aspek"] == "Waktu")  # type: ignore[misc]
        rks[i]["iki"][j]["target"] = "4 dokumen"
        d["key"] = ("iki", i, j, "target")
    elif code == "kategori-penilaian-kosong":
        iki = rks[1]["iki"][0]
        iki["cukup"] = iki["baik"] = iki["sb"] = ""
        d["key"] = ("iki", 1, 0, "baik")
        d["alt"] = [
            ("iki", 1, 0, "cukup"),
            ("iki", 1, 0, "sb"),
            ("iki", 1, 0, "iki"),
            ("iki", 1, 0, "target"),
        ]
    elif code == "kategori-tidak-berurutan":
        iki = rks[0]["iki"][0]
        iki["cukup"], iki["sb"] = iki["sb"], iki["cukup"]
        d["key"], d["alt"] = ("iki", 0, 0, "cukup"), [("iki", 0, 0, "sb"), ("iki", 0, 0, "baik")]
    elif code == "kategori-tidak-membedakan":
        iki = rks[0]["iki"][1]
        iki["sb"] = iki["baik"]
        d["key"] = ("iki", 0, 1, "sb")
    elif code == "cara-memantau-kosong":
        rks[1]["memantau"][2] = ""
        d["key"] = ("rk", 1, "waktu")
        d["alt"] = [("rk", 1, "rk"), ("rk", 1, "data"), ("rk", 1, "sumber")]
    elif code == "keterkaitan-ak-hilang":
        doc["ak"] = False
        d["key"] = None
    elif code == "rk-tanpa-butir-kegiatan":
        doc["ak_drop"].add(1)
        d["key"] = ("rk", 1, "rk")
    elif code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = 0
        d["key"] = ("ak_butir", 0, 0)
    elif code == "perspektif-tidak-valid":
        seen: set[str] = set()
        for i, rk in enumerate(rks):
            if rk["persp"] in seen:
                rk["persp"] = "Inovasi Daerah"
                d["key"] = ("rk", i, "persp")
                break
            seen.add(rk["persp"])
    elif code == "perspektif-tidak-lengkap":
        doc["rks"] = [rk for rk in rks if rk["persp"] != "Anggaran"]
        d["key"] = None
    elif code == "manual-iki-kosong":
        doc["manual_blank"] = (0, 0)
        d["key"], d["alt"] = ("manual", 0, 0, "formula"), [("iki", 0, 0, "iki")]
    else:
        raise ValueError(code)
    return d


# ---------------------------------------------------------------- layout


class Grid:
    """One worksheet plus the positions of what was written, by key."""

    def __init__(self, ws: Any, pos: dict, wrap: bool) -> None:
        self.ws, self.pos, self.wrap = ws, pos, wrap

    def put(self, r: int, c: int, v: Any, key: tuple | None = None, bold: bool = False) -> None:
        cell = self.ws.cell(row=r, column=c, value=v if v != "" else None)
        if bold:
            cell.font = Font(bold=True)
        if self.wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if key is not None:
            self.pos[key] = (self.ws.title, f"{get_column_letter(c)}{r}")

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def header_block(g: Grid, doc: dict, title: str, ncols: int, ak: bool = False) -> None:
    g.put(1, 1, title, None, True)
    g.merge(1, 1, 1, ncols)
    g.put(2, 1, bank.DINAS[doc["dinas"]], None, True)
    g.merge(2, 1, 2, ncols)
    g.put(3, 1, doc["periode"], ("ak_periode",) if ak else ("periode",))
    g.merge(3, 1, 3, ncols)
    g.put(5, 1, "PEGAWAI YANG DINILAI", None, True)
    g.merge(5, 1, 5, 3)
    g.put(5, 4, "PEJABAT PENILAI KINERJA", None, True)
    g.merge(5, 4, 5, 6)
    for k, (label, f) in enumerate(zip(IDENTITAS, FIELDS, strict=True)):
        r = 6 + k
        g.put(r, 1, k + 1)
        g.put(r, 2, label)
        g.put(r, 3, doc["peg"][f], ("akpeg" if ak else "peg", f))
        g.put(r, 4, k + 1)
        g.put(r, 5, doc["pen_unit_label"] if f == "unit" else label)
        g.put(r, 6, doc["pen"][f], ("akpen" if ak else "pen", f))


def footer(g: Grid, doc: dict, r: int, left: int, right: int) -> None:
    g.put(r + 1, right, f"{bank.TEMPAT}, {bank.TANGGAL}")
    g.put(r + 2, left, "Pegawai yang Dinilai")
    g.put(r + 2, right, "Pejabat Penilai Kinerja")
    g.put(r + 6, left, doc["peg"]["nama"])
    g.put(r + 6, right, doc["pen"]["nama"])
    g.put(r + 7, left, f"NIP. {doc['peg']['nip']}")
    if doc["pen"]["nip"] != "-":
        g.put(r + 7, right, f"NIP. {doc['pen']['nip']}")


def columns(doc: dict, sempit: bool) -> list[tuple[str, str, str | None, float]]:
    """(key, label, group label, width) per table column."""
    nl = "\n" if sempit else " "
    cols: list[tuple[str, str, str | None, float]]
    if doc["jpt"]:
        cols = [
            ("no", "NO", None, 5),
            ("rk", "RENCANA KINERJA", None, 36),
            ("iki", f"INDIKATOR{nl}KINERJA{nl}INDIVIDU", None, 40),
            ("target", "TARGET", None, 16),
        ]
        if doc["peng"]:
            cols.insert(0, ("persp", "PERSPEKTIF", None, 18))
        return [(k, lab, g, (w * 0.5 if sempit and k in ("rk", "iki") else w)) for k, lab, g, w in cols]
    cols = [
        ("no", "NO", None, 5),
        (
            "atasan",
            f"RENCANA KINERJA ATASAN{nl}LANGSUNG/UNIT KERJA/{nl}ORGANISASI".replace("/ ", "/"),
            None,
            32,
        ),
        ("rk", f"RENCANA{nl}KINERJA", None, 34),
        ("aspek", "ASPEK", None, 12),
        ("iki", f"INDIKATOR{nl}KINERJA{nl}INDIVIDU", None, 36),
        ("target", "TARGET", None, 16),
    ]
    if doc["peng"]:
        cols += [
            ("cukup", "CUKUP", "KATEGORI PENILAIAN", 13),
            ("baik", "BAIK", "KATEGORI PENILAIAN", 13),
            ("sb", f"SANGAT{nl}BAIK", "KATEGORI PENILAIAN", 13),
            ("data", "DATA", "CARA MEMANTAU KINERJA", 22),
            ("sumber", f"SUMBER{nl}DATA", "CARA MEMANTAU KINERJA", 22),
            ("waktu", f"WAKTU{nl}PENGUMPULAN", "CARA MEMANTAU KINERJA", 14),
        ]
    if sempit:
        return [(k, lab, g, max(5, round(w * 0.45))) for k, lab, g, w in cols]
    return cols


def skp_sheet(wb: Workbook, doc: dict, var: set[str], pos: dict) -> None:
    ws = wb.active
    ws.title = "SKP 2026"
    sempit = "kolom_sempit" in var
    g = Grid(ws, pos, sempit)
    cols = columns(doc, sempit)
    ci = {k: n + 1 for n, (k, _, _, _) in enumerate(cols)}
    ncols = len(cols)
    title = "SASARAN KINERJA PEGAWAI" if doc["jpt"] else "RENCANA SASARAN KINERJA PEGAWAI"
    header_block(g, doc, title, max(ncols, 6))
    for k, (_, _, _, w) in enumerate(cols):
        ws.column_dimensions[get_column_letter(k + 1)].width = w
    two = any(gr for _, _, gr, _ in cols) or "judul_gabung_dua_baris" in var
    hr = 12
    groups_done: set[str] = set()
    for k, (_, label, group, _) in enumerate(cols):
        c = k + 1
        if group:
            if group not in groups_done:
                span = [n + 1 for n, x in enumerate(cols) if x[2] == group]
                g.put(hr, span[0], group, None, True)
                g.merge(hr, span[0], hr, span[-1])
                groups_done.add(group)
            g.put(hr + 1, c, label, None, True)
        else:
            g.put(hr, c, label, None, True)
            if two:
                g.merge(hr, c, hr + 1, c)
    r = hr + (2 if two else 1)
    g.put(r, 1, "A. KINERJA UTAMA", ("utama",), True)
    g.merge(r, 1, r, ncols)
    r += 1
    r = rk_rows(g, doc, doc["rks"], ci, r, "rk", "iki")
    g.put(r, 1, "B. KINERJA TAMBAHAN", ("tambahan",), True)
    g.merge(r, 1, r, ncols)
    r += 1
    r = rk_rows(g, doc, doc["tambahan"], ci, r, "tam", "tiki")
    footer(g, doc, r, 2, ci["target"] if doc["jpt"] else 5)


def rk_rows(g: Grid, doc: dict, rks: list[dict], ci: dict, r: int, rkey: str, ikey: str) -> int:
    for i, rk in enumerate(rks):
        top = r
        for j, iki in enumerate(rk["iki"]):
            if not doc["jpt"]:
                g.put(r, ci["aspek"], iki["aspek"], (ikey, i, j, "aspek"))
            g.put(r, ci["iki"], iki["iki"], (ikey, i, j, "iki"))
            g.put(r, ci["target"], iki["target"], (ikey, i, j, "target"))
            if doc["peng"] and not doc["jpt"]:
                for k in ("cukup", "baik", "sb"):
                    g.put(r, ci[k], iki[k], (ikey, i, j, k))
            r += 1
        bottom = r - 1
        g.put(top, ci["no"], rk["no"], (rkey, i, "no"))
        g.merge(top, ci["no"], bottom, ci["no"])
        g.put(top, ci["rk"], rk["rk"], (rkey, i, "rk"))
        g.merge(top, ci["rk"], bottom, ci["rk"])
        if doc["jpt"]:
            if doc["peng"]:
                g.put(top, ci["persp"], rk.get("persp", ""), (rkey, i, "persp"))
                g.merge(top, ci["persp"], bottom, ci["persp"])
            continue
        g.put(top, ci["atasan"], rk["atasan"], (rkey, i, "atasan"))
        g.merge(top, ci["atasan"], bottom, ci["atasan"])
        if doc["peng"]:
            for k, v in zip(("data", "sumber", "waktu"), rk["memantau"], strict=True):
                g.put(top, ci[k], v, (rkey, i, k))
                g.merge(top, ci[k], bottom, ci[k])
    return r


def ak_sheet(wb: Workbook, doc: dict, var: set[str], pos: dict) -> None:
    ws = wb.create_sheet("Keterkaitan AK")
    g = Grid(ws, pos, False)
    header_block(g, doc, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 6, ak=True)
    g.put(11, 2, "TANGGAL PENGAJUAN")
    g.put(11, 3, bank.TANGGAL_AJU)
    for k, w in enumerate([5, 40, 48, 24, 14]):
        ws.column_dimensions[get_column_letter(k + 1)].width = w
    for k, label in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        g.put(13, k + 1, label, None, True)
    g.put(14, 1, "KINERJA UTAMA", None, True)
    g.merge(14, 1, 14, 5)
    r, no = 15, 0
    for i, rk in enumerate(doc["rks"]):
        if i in doc["ak_drop"]:
            continue
        no += 1
        text = rk["rk"].replace("/", " / ") if "rk_garis_miring" in var else rk["rk"]
        top = r
        for j, (butir, output, ak) in enumerate(rk["butir"]):
            g.put(r, 3, butir)
            g.put(r, 4, output)
            g.put(r, 5, ak, ("ak_butir", i, j))
            ws.cell(row=r, column=5).number_format = "0.000"
            r += 1
        g.put(top, 1, no)
        g.merge(top, 1, r - 1, 1)
        g.put(top, 2, text)
        g.merge(top, 2, r - 1, 2)
    g.put(r + 1, 4, f"{bank.TEMPAT}, {bank.TANGGAL_AJU}")
    g.put(r + 2, 2, "Pegawai yang Dinilai")
    g.put(r + 2, 4, "Pejabat Penilai Kinerja")
    g.put(r + 6, 2, doc["peg"]["nama"])
    g.put(r + 6, 4, doc["pen"]["nama"])


def manual_text(rk: dict, iki: dict, dinas: str, var: set[str]) -> dict[str, str]:
    t = iki["t"]
    u = unit(t[2], var) if t[2] else ("indeks" if iki["iki"].startswith("Indeks") else "nilai")
    low = iki["iki"][0].lower() + iki["iki"][1:]
    if t[2] == "%":
        formula = f"({low.replace('persentase ', '')} ÷ jumlah seluruhnya) × 100 %"
    elif not t[2]:
        formula = f"Hasil penilaian {low} oleh instansi pembina pada tahun berjalan"
    else:
        formula = f"Jumlah {u} yang tercapai sampai dengan akhir periode"
    jenis = "Waktu" if iki["iki"].startswith("Waktu") else ("Kualitas" if t[2] in ("%", "") else "Kuantitas")
    return {
        "rk": rk["rk"],
        "deskripsi": f"Rencana kinerja ini menggambarkan hasil {bank.DINAS[dinas].title()} pada tahun 2026: "
        f"{rk['rk'][0].lower() + rk['rk'][1:]}.",
        "iki": iki["iki"],
        "definisi": f"{iki['iki']} adalah ukuran capaian yang dihitung dari data {u} pada tahun 2026.",
        "formula": formula,
        "tujuan": f"Mengetahui {low} sebagai dasar perbaikan layanan.",
        "satuan": u,
        "jenis": jenis,
        "kendali": "Moderate",
        "sumber": "Laporan bidang teknis dan aplikasi dinas",
        "periode": "Triwulanan",
    }


def manual_sheet(wb: Workbook, doc: dict, var: set[str], pos: dict) -> None:
    ws = wb.create_sheet("Manual IKI")
    g = Grid(ws, pos, True)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    g.put(1, 1, "MANUAL INDIKATOR KINERJA", None, True)
    g.merge(1, 1, 1, 2)
    g.put(2, 1, doc["peg"]["jabatan"], None, True)
    g.merge(2, 1, 2, 2)
    r = 4
    for i, rk in enumerate(doc["rks"]):
        for j, iki in enumerate(rk["iki"]):
            values = manual_text(rk, iki, doc["dinas"], var)
            if doc.get("manual_blank") == (i, j):
                values["formula"] = ""
            for key, label in MANUAL_LABELS:
                g.put(r, 1, label, None, True)
                g.put(r, 2, values[key], ("manual", i, j, key))
                r += 1
            r += 1


def grafik_sheet(wb: Workbook, doc: dict) -> None:
    ws = wb.create_sheet("Data Grafik", 1)
    iki = doc["rks"][0]["iki"][0]
    value, dec = iki["t"][0], iki["t"][1]
    ws["A1"] = f"DATA GRAFIK: {iki['iki']} (target kumulatif {bank.TAHUN})"
    ws["A3"], ws["B3"], ws["C3"] = "BULAN", "TARGET KUMULATIF", "REALISASI KUMULATIF"
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    for m, name in enumerate(months, start=1):
        ws.cell(row=3 + m, column=1, value=name)
        ws.cell(row=3 + m, column=2, value=round(value * m / 12, dec))
    chart = LineChart()
    chart.title = "Target kumulatif"
    chart.add_data(Reference(ws, min_col=2, min_row=3, max_row=15), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=15))
    ws.add_chart(chart, "E3")


def write(doc: dict, var: set[str], path: Path) -> dict:
    wb = Workbook()
    pos: dict = {}
    skp_sheet(wb, doc, var, pos)
    if doc["ak"]:
        ak_sheet(wb, doc, var, pos)
    if doc["manual"]:
        manual_sheet(wb, doc, var, pos)
    if "sheet_data_grafik" in var:
        grafik_sheet(wb, doc)
    wb.properties.creator = "Bidang Umum"
    wb.save(path)
    return pos


# ---------------------------------------------------------------- the set


def variations_for(doc: dict, role: dict) -> list[str]:
    form = doc["form"]
    flat = json.dumps(role, ensure_ascii=False)
    out = ["sheet_data_grafik", "kolom_sempit"]
    if '"m3"' in flat or '"m2"' in flat:
        out.append("satuan_superskrip")
    if any(isinstance(x, float) and x != int(x) for x in _numbers(role)):
        out.append("desimal_titik")
    if not doc["peng"] or doc["jpt"]:
        if '"ap"' in flat:
            out.append("target_angka_persen")
        out.append("judul_gabung_dua_baris")
    if "miring" in flat and any(_miring(role)):
        out.append("rk_garis_miring")
    if '"tph"' in flat or '"kph"' in flat:
        out.append("satuan_per_hari")
    if "akr:" in flat:
        out.append("target_akronim")
    assert form
    return out


def _numbers(role: dict) -> list[float]:
    out = []
    for rk in role["rks"]:
        ikis = rk["iki"] if isinstance(rk, dict) else rk[2]
        for iki in ikis:
            out.append(iki[-1][0])
    return out


def _miring(role: dict) -> list[str | None]:
    return [rk["miring"] if isinstance(rk, dict) else rk[3] for rk in role["rks"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_bm.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(SEED)
    used: set[str] = set()
    var_count = {v: 0 for v in VARIASI}
    code_count: dict[str, int] = {}
    files = []
    seq = 100
    for form, n, n_clean in FORMS:
        roles: list[dict] = {"jpt": bank.PERAN_JPT, "jf": bank.PERAN_JF, "ja": bank.PERAN_JA}[
            form[:3].rstrip("-")
        ]
        order = roles[:]
        rng.shuffle(order)
        cleans = [k < n_clean for k in range(n)]
        rng.shuffle(cleans)
        for k in range(n):
            role = order[k % len(order)]
            seq += rng.randint(1, 9)
            probe = (build_jpt if form.startswith("jpt") else build_jaf)(
                role, form, set(), random.Random(0), 1, set()
            )
            options = variations_for(probe, role)
            rng.shuffle(options)
            options.sort(key=lambda v: var_count[v])
            var = set(options[: rng.randint(2, min(5, len(options)))])
            for v in var:
                var_count[v] += 1
            doc = (build_jpt if form.startswith("jpt") else build_jaf)(role, form, var, rng, seq, used)
            defects = []
            if not cleans[k]:
                codes = applicable(doc, role)
                rng.shuffle(codes)
                codes.sort(key=lambda c: code_count.get(c, 0))
                chosen = [codes[0]]
                if rng.random() < 0.45:
                    for c in codes[1:]:
                        if not any(c in gr and chosen[0] in gr for gr in GROUPS):
                            chosen.append(c)
                            break
                for c in chosen:
                    code_count[c] = code_count.get(c, 0) + 1
                    defects.append(inject(doc, c))
            slug = "bersih" if not defects else "-".join(d["code"] for d in defects)
            name = f"{form}-{k + 1:02d}-{slug}.xlsx"
            pos = write(doc, var, a.keluaran / name)
            files.append(entry(name, form, doc, role, var, defects, pos))
    a.harapan.write_text(
        json.dumps({"set": SET, "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


def entry(name: str, form: str, doc: dict, role: dict, var: set[str], defects: list[dict], pos: dict) -> dict:
    out = []
    boleh = []
    for d in defects:
        sheet, cell = pos[d["key"]] if d["key"] else (None, None)
        alts = [pos[k] for k in d["alt"] if k in pos]
        if d["boleh_ak"] and doc["ak"]:
            ak_key = {"peg": "akpeg", "pen": "akpen"}.get(d["key"][0], "ak_periode")
            k2 = (ak_key,) + tuple(d["key"][1:]) if ak_key != "ak_periode" else ("ak_periode",)
            alts.append(pos[k2])
            boleh.append({"code": d["code"], "sheet": "Keterkaitan AK"})
        item: dict[str, Any] = {"code": d["code"], "severity": d["severity"], "sheet": sheet, "cell": cell}
        if alts:
            item["alt_cells"] = [{"sheet": s, "cell": c} for s, c in alts]
        out.append(item)
    return {
        "file": name,
        "form": form,
        "clean": not defects,
        "defects": out,
        "boleh": boleh,
        "variasi": sorted(var),
        "peran": role["kode"],
        "jabatan": doc["peg"]["jabatan"],
    }


if __name__ == "__main__":
    sys.exit(main())
