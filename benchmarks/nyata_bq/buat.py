"""Generator of the held-out set ``nyata_bq``: Rencana SKP 2026 of the BKPSDM and the Dinas Perpustakaan dan
Kearsipan of Kota Banyu Asri (fictional) received in January. Deterministic (fixed seed), openpyxl only.

Each workbook is first built as a content model (identity, RK, IKI, targets), defects are written into the
model, then laid out on a fixed cell grid, so that the cell of every inserted defect is known exactly.

Usage: ``python benchmarks/nyata_bq/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260107
SHEET = "SKP"
AK_SHEET = "Keterkaitan AK"
MANUAL_SHEET = "Manual IKI"
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
PERIODE_SALAH = "PERIODE PENILAIAN: 1 JULI 2026 SD 30 JUNI 2027"
FORMS = {
    "ja-dasar": 7,
    "ja-pengembangan": 7,
    "jf-dasar": 7,
    "jf-pengembangan": 7,
    "jpt-dasar": 6,
    "jpt-pengembangan": 6,
}

VARIATIONS = [
    "identitas_kapital",
    "satuan_panjang",
    "satuan_nip",
    "iki_kode",
    "rk_sebut_skp",
    "jabatan_panjang",
    "rk_gabung_tiga",
]

# defect code → (severity, group); one code per group in a file
DEFECTS = {
    "identitas-kosong": ("error", "ident"),
    "nip-tidak-valid": ("error", "ident"),
    "pangkat-tidak-dikenal": ("error", "ident"),
    "periode-tidak-valid": ("error", "ident"),
    "penilai-sama-dengan-pegawai": ("error", "ident"),
    "jenjang-golongan-tidak-sesuai": ("peringatan", "ident"),
    "rk-berbasis-aktivitas": ("peringatan", "rk"),
    "rk-ganda": ("peringatan", "rk"),
    "rk-atasan-kosong": ("error", "atasan"),
    "iki-tanpa-target": ("error", "target"),
    "target-tidak-terukur": ("error", "target"),
    "target-rentang-terbalik": ("error", "target"),
    "target-tanpa-satuan": ("peringatan", "target"),
    "target-absolut": ("peringatan", "target"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "target"),
    "aspek-tidak-valid": ("error", "kategori"),
    "kategori-penilaian-kosong": ("error", "kategori"),
    "kategori-tidak-membedakan": ("error", "kategori"),
    "kategori-tidak-berurutan": ("error", "kategori"),
    "cara-memantau-kosong": ("error", "cara"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
    "manual-iki-kosong": ("error", "jpt"),
    "perspektif-tidak-valid": ("error", "persp"),
    "perspektif-tidak-lengkap": ("peringatan", "persp"),
}


def applicable_defects(form: str) -> list[str]:
    jenis, model = form.split("-")
    out = [
        "identitas-kosong",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "periode-tidak-valid",
        "rk-berbasis-aktivitas",
    ]
    if jenis != "jpt":
        out += [
            "penilai-sama-dengan-pegawai",
            "rk-ganda",
            "rk-atasan-kosong",
            "target-absolut",
            "satuan-tidak-sesuai-aspek",
            "aspek-tidak-valid",
        ]
    if jenis == "jf":
        out += [
            "jenjang-golongan-tidak-sesuai",
            "keterkaitan-ak-hilang",
            "rk-tanpa-butir-kegiatan",
            "angka-kredit-tidak-valid",
        ]
    if model == "dasar" or jenis == "jpt":
        out += ["iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik", "target-tanpa-satuan"]
    if model == "pengembangan" and jenis != "jpt":
        out += [
            "kategori-penilaian-kosong",
            "kategori-tidak-membedakan",
            "kategori-tidak-berurutan",
            "cara-memantau-kosong",
        ]
    if jenis == "jpt":
        out += ["manual-iki-kosong"]
    if form == "jpt-pengembangan":
        out += ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
    return out


def applicable_variations(jenis: str, role: dict[str, Any]) -> list[str]:
    out = ["identitas_kapital", "satuan_panjang", "iki_kode", "rk_gabung_tiga"]
    ikis = [i for rk in role["rks"] for i in rk_ikis(jenis, rk)]
    if any(i[5] for i in ikis):
        out.append("satuan_nip")
    if role.get("rk_skp") or any(rk.get("rk_skp") for rk in role["rks"] if isinstance(rk, dict)):
        out.append("rk_sebut_skp")
    if role.get("panjang"):
        out.append("jabatan_panjang")
    return out


def rk_ikis(jenis: str, rk: Any) -> list[tuple]:
    return rk[2] if jenis == "jpt" else rk["ikis"]


# ----- formatting


def num(v: float) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    if isinstance(v, float) and not v.is_integer():
        whole, frac = f"{v:.1f}".split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(v):,}".replace(",", ".")


def nip(rng: random.Random, gender: str | None = None) -> str:
    y, m, d = rng.randint(1972, 1996), rng.randint(1, 12), rng.randint(1, 28)
    ty, tm = y + rng.randint(22, 28), rng.choice([1, 3, 4, 12])
    g = gender or rng.choice("12")
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {g} {rng.randint(1, 30):03d}"


def nama(rng: random.Random) -> str:
    g = rng.choice(bank.GELAR)
    n = f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}"
    return f"{n}, {g}" if g else n


def pangkat_text(gol: str, kapital: bool, name_gol: str | None = None) -> str:
    """``Penata Muda Tingkat I, III/b``; in capitals ``PENATA MUDA TK. I / III B`` (SPEC §5 normalises Tk./TK.
    and the separators). ``name_gol`` gives the pangkat name of another golongan (a mismatch)."""
    name = bank.PANGKAT[name_gol or gol]
    if kapital:
        return f"{name.upper().replace('TINGKAT I', 'TK. I')} / {gol.replace('/', ' ').upper()}"
    return f"{name}, {gol}"


# ----- model


def person(rng: random.Random, jabatan: str, gol: str, unit: str) -> dict[str, str]:
    return {"nama": nama(rng), "nip": nip(rng), "gol": gol, "jabatan": jabatan, "unit": unit}


def target_text(iki: tuple, var: set[str]) -> str:
    _, _, value, sat, sat_long, sat_nip = iki
    s = sat_nip if ("satuan_nip" in var and sat_nip) else (sat_long if "satuan_panjang" in var else sat)
    return f"{num(value)} {s}" if s != "%" else f"{num(value)} %"


def build_model(form: str, idx: int, role_key: str, var: set[str], rng: random.Random) -> dict[str, Any]:
    jenis, model = form.split("-")
    m: dict[str, Any] = {"form": form, "jenis": jenis, "model": model, "role": role_key}
    if jenis == "jpt":
        role = bank.JPT[role_key]
        m["instansi"] = bank.INSTANSI[role["unit"]]
        m["pegawai"] = person(
            rng, role["jabatan"], role["golongan"], m["instansi"].title().replace("Dan", "dan")
        )
        w = bank.WALI_KOTA
        m["penilai"] = {
            "nama": w["nama"],
            "nip": w["nip"],
            "gol": None,
            "jabatan": w["jabatan"],
            "unit": w["unit"],
        }
        rks = []
        for n, (pk, rk_text, ikis) in enumerate(role["rks"]):
            chosen = ikis if (n == 0 and "rk_gabung_tiga" in var) else ikis[:1]
            if n == 0 and "rk_sebut_skp" in var and role.get("rk_skp"):
                rk_text = role["rk_skp"]
            rks.append(
                {
                    "persp": bank.PERSPEKTIF[pk],
                    "persp_key": pk,
                    "rk": rk_text,
                    "atasan": None,
                    "ikis": [mk_iki(i, var, jenis, n, k) for k, i in enumerate(chosen)],
                }
            )
        m["rks"] = rks
        m["rk_aktivitas"] = role["rk_aktivitas"]
    else:
        role = bank.ROLES[role_key]
        m["instansi"] = bank.INSTANSI[role["unit"]]
        jab = role["panjang"] if ("jabatan_panjang" in var and role.get("panjang")) else role["jabatan"]
        m["pegawai"] = person(rng, jab, rng.choice(role["golongan"]), role["unit_kerja"])
        m["golongan_range"] = role["golongan"]
        pk = role["penilai"]
        if pk in bank.JPT:
            pj = bank.JPT[pk]
            m["penilai"] = person(
                rng, pj["jabatan"], pj["golongan"], bank.INSTANSI[pj["unit"]].title().replace("Dan", "dan")
            )
        else:
            pr = bank.ROLES[pk]
            m["penilai"] = person(rng, pr["jabatan"], rng.choice(pr["golongan"]), pr["unit_kerja"])
        rks = []
        for n, rk in enumerate(role["rks"]):
            count = 3 if "rk_gabung_tiga" in var else 2
            text = rk["rk_skp"] if ("rk_sebut_skp" in var and rk.get("rk_skp")) else rk["rk"]
            rks.append(
                {
                    "rk": text,
                    "atasan": rk["atasan"],
                    "aktivitas": rk.get("aktivitas"),
                    "ikis": [mk_iki(i, var, jenis, n, k) for k, i in enumerate(rk["ikis"][:count])],
                    "cara": list(rk["cara"]),
                    "butir": [list(b) for b in rk.get("butir", [])],
                }
            )
        m["rks"] = rks
    m["tambahan"] = []
    m["ak_sheet"] = jenis == "jf"
    return m


def mk_iki(i: tuple, var: set[str], jenis: str, n: int, k: int) -> dict[str, Any]:
    aspek, text, _value = i[0], i[1], i[2]
    if "iki_kode" in var:
        text = f"[IKU-{n + 1}] {text}" if jenis == "jpt" else f"[IKI-{n + 1}.{k + 1}] {text}"
    t = target_text(i, var)
    lower_better = aspek == "Waktu" or i[1].startswith(("Waktu", "Rata-rata waktu"))
    return {
        "aspek": aspek,
        "iki": text,
        "target": t,
        "raw": i,
        "lower": lower_better,
        "satuan": t.split(" ", 1)[1],
        "cukup": f"> {t}" if lower_better else f"< {t}",
        "baik": t,
        "sb": f"< {t}" if lower_better else f"> {t}",
    }


# ----- defects written into the model


def apply_defect(m: dict[str, Any], code: str) -> None:
    """Change the model; the cell is resolved at layout (``m['marks']`` names the model place)."""
    rks, marks = m["rks"], m.setdefault("marks", {})
    if code == "identitas-kosong":
        m["pegawai"]["unit"] = ""
        marks[code] = ("ident", "pegawai", "unit")
    elif code == "nip-tidak-valid":
        p = m["pegawai"]["nip"]
        m["pegawai"]["nip"] = p[:13] + "13" + p[15:]
        marks[code] = ("ident", "pegawai", "nip")
    elif code == "pangkat-tidak-dikenal":
        gol = m["pegawai"]["gol"]
        i = bank.GOLONGAN.index(gol)
        other = bank.GOLONGAN[i + 1] if i + 1 < len(bank.GOLONGAN) else bank.GOLONGAN[i - 1]
        m["pegawai"]["name_gol"] = other
        marks[code] = ("ident", "pegawai", "gol")
    elif code == "jenjang-golongan-tidak-sesuai":
        rng_ = m["golongan_range"]
        i = bank.GOLONGAN.index(rng_[0])
        m["pegawai"]["gol"] = (
            bank.GOLONGAN[i - 1] if i > 0 else bank.GOLONGAN[bank.GOLONGAN.index(rng_[-1]) + 1]
        )
        marks[code] = ("ident", "pegawai", "gol")
    elif code == "periode-tidak-valid":
        m["periode"] = PERIODE_SALAH
        marks[code] = ("periode",)
    elif code == "penilai-sama-dengan-pegawai":
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        marks[code] = ("ident", "penilai", "nip")
    elif code == "rk-berbasis-aktivitas":
        rks[0]["rk"] = m["rk_aktivitas"] if m["jenis"] == "jpt" else rks[0]["aktivitas"]
        marks[code] = ("rk", 0)
    elif code == "rk-ganda":
        m["tambahan"].append(copy.deepcopy(m["rks0"][0]))
        marks[code] = ("tambahan", 0)
    elif code == "rk-atasan-kosong":
        rks[1]["atasan"] = ""
        marks[code] = ("atasan", 1)
    elif code == "iki-tanpa-target":
        rks[1]["ikis"][0]["target"] = ""
        marks[code] = ("target", 1, 0)
    elif code == "target-tidak-terukur":
        rks[1]["ikis"][0]["target"] = "sesuai target Renstra" if m["jenis"] == "jpt" else "sesuai kebutuhan"
        marks[code] = ("target", 1, 0)
    elif code == "target-rentang-terbalik":
        iki = rks[1]["ikis"][0]
        v, sat = iki["raw"][2], iki["target"].split(" ", 1)[1]
        lo = round(v * 0.8) if isinstance(v, int) else round(v * 0.8, 1)
        iki["target"] = f"{num(v)} - {num(lo)} {sat}"
        marks[code] = ("target", 1, 0)
    elif code == "target-tanpa-satuan":
        r, k = next(
            (r, k)
            for r, rk in enumerate(rks)
            for k, i in enumerate(rk["ikis"])
            if i["raw"][1].startswith("Jumlah")
        )
        rks[r]["ikis"][k]["target"] = num(rks[r]["ikis"][k]["raw"][2])
        marks[code] = ("target", r, k)
    elif code == "target-absolut":
        iki = rks[0]["ikis"][0]
        iki["iki"] = iki["iki"].replace("Jumlah ", "Semua ", 1)
        marks[code] = ("iki", 0, 0)
    elif code == "satuan-tidak-sesuai-aspek":
        iki = rks[0]["ikis"][1]
        iki.update(target="4 dokumen", cukup="> 4 dokumen", baik="4 dokumen", sb="< 4 dokumen")
        marks[code] = ("target", 0, 1)
    elif code == "aspek-tidak-valid":
        rks[1]["ikis"][0]["aspek"] = "Manfaat"
        marks[code] = ("aspek", 1, 0)
    elif code == "kategori-penilaian-kosong":
        rks[1]["ikis"][0].update(cukup="", baik="", sb="")
        marks[code] = ("baik", 1, 0)
    elif code == "kategori-tidak-membedakan":
        rks[0]["ikis"][0]["sb"] = rks[0]["ikis"][0]["target"]
        marks[code] = ("sb", 0, 0)
    elif code == "kategori-tidak-berurutan":
        iki = rks[1]["ikis"][0]
        iki["cukup"], iki["sb"] = iki["sb"], iki["cukup"]
        marks[code] = ("cukup", 1, 0)
    elif code == "cara-memantau-kosong":
        rks[1]["cara"][2] = ""
        marks[code] = ("waktu", 1)
    elif code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        marks[code] = ("none",)
    elif code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        marks[code] = ("rk", 1)
    elif code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = 0
        marks[code] = ("ak", 0)
    elif code == "manual-iki-kosong":
        rks[0]["ikis"][0]["no_formula"] = True
        marks[code] = ("formula", 0, 0)
    elif code == "perspektif-tidak-valid":
        rks[2]["persp"] = "Inovasi Daerah"
        marks[code] = ("persp", 2)
    elif code == "perspektif-tidak-lengkap":
        m["rks"] = [rk for rk in rks if rk["persp_key"] != "ag"]
        marks[code] = ("none",)
    else:
        raise ValueError(code)


# ----- layout

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def identity_block(ws: Worksheet, m: dict[str, Any], var: set[str], cells: dict) -> None:
    kap = "identitas_kapital" in var
    jpt = m["jenis"] == "jpt"
    ws["A5"], ws["D5"] = "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    keys = ["nama", "nip", "gol", "jabatan", "unit"]
    for n, (label, key) in enumerate(zip(labels, keys, strict=False)):
        r = 6 + n
        ws.cell(r, 1, n + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 4, n + 1)
        ws.cell(r, 5, "INSTANSI" if (jpt and key == "unit") else label)
        for col, who in ((3, "pegawai"), (6, "penilai")):
            p = m[who]
            if key == "gol":
                v = pangkat_text(p["gol"], kap, p.get("name_gol")) if p["gol"] else bank.WALI_KOTA["pangkat"]
            else:
                v = p[key]
                if kap and key in ("nama", "jabatan", "unit") and v:
                    v = v.upper()
            ws.cell(r, col, v if v != "" else None)
            cells[("ident", who, key)] = ws.cell(r, col).coordinate


def header(ws: Worksheet, m: dict[str, Any], title: str, var: set[str], cells: dict) -> None:
    ws["A1"] = title
    ws["A1"].font = BOLD
    ws["A2"] = m["instansi"]
    ws["A3"] = m.get("periode", PERIODE)
    cells[("periode",)] = "A3"
    identity_block(ws, m, var, cells)


def columns(m: dict[str, Any]) -> list[str]:
    if m["jenis"] == "jpt":
        base = ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        return (["PERSPEKTIF"] + base) if m["model"] == "pengembangan" else base
    base = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    if m["model"] == "pengembangan":
        base += ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
    return base


def write_skp(ws: Worksheet, m: dict[str, Any], var: set[str], cells: dict) -> int:
    header(
        ws,
        m,
        "SASARAN KINERJA PEGAWAI" if m["jenis"] == "jpt" else "RENCANA SASARAN KINERJA PEGAWAI",
        var,
        cells,
    )
    cols = columns(m)
    col = {name: i + 1 for i, name in enumerate(cols)}
    peng_jaf = m["model"] == "pengembangan" and m["jenis"] != "jpt"
    for name, c in col.items():
        if peng_jaf and name in ("CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"):
            ws.cell(13, c, name)
        else:
            ws.cell(12, c, name)
            ws.merge_cells(start_row=12, start_column=c, end_row=13, end_column=c)
    if peng_jaf:
        ws.cell(12, col["CUKUP"], "KATEGORI PENILAIAN")
        ws.merge_cells(start_row=12, start_column=col["CUKUP"], end_row=12, end_column=col["SANGAT BAIK"])
        ws.cell(12, col["DATA"], "CARA MEMANTAU KINERJA")
        ws.merge_cells(
            start_row=12, start_column=col["DATA"], end_row=12, end_column=col["WAKTU PENGUMPULAN"]
        )
    for c in range(1, len(cols) + 1):
        ws.cell(12, c).font = BOLD
        ws.cell(12, c).alignment = WRAP
        ws.cell(13, c).font = BOLD
    r = 14
    ws.cell(r, 1, "A. KINERJA UTAMA").font = BOLD
    r += 1
    r = write_rks(ws, m, m["rks"], r, col, cells, "rk")
    ws.cell(r, 1, "B. KINERJA TAMBAHAN").font = BOLD
    r += 1
    if m["tambahan"]:
        r = write_rks(ws, m, m["tambahan"], r, col, cells, "tambahan", atasan=False)
    else:
        r += 1
    r += 1
    ws.cell(r, col["TARGET"] - 1, f"{bank.TEMPAT}, 5 Januari 2026")
    ws.cell(r + 1, 2, "Pejabat Penilai Kinerja,")
    ws.cell(r + 1, col["TARGET"] - 1, "Pegawai yang Dinilai,")
    ws.cell(r + 5, 2, m["penilai"]["nama"])
    ws.cell(r + 5, col["TARGET"] - 1, m["pegawai"]["nama"])
    widths = {"NO": 5, "PERSPEKTIF": 18, "TARGET": 22, "ASPEK": 12}
    for name, c in col.items():
        ws.column_dimensions[ws.cell(1, c).column_letter].width = widths.get(name, 34)
    return r


def write_rks(
    ws: Worksheet,
    m: dict[str, Any],
    rks: list[dict],
    r: int,
    col: dict[str, int],
    cells: dict,
    kind: str,
    atasan: bool = True,
) -> int:
    for n, rk in enumerate(rks):
        top, span = r, len(rk["ikis"])
        ws.cell(r, col["NO"], n + 1)
        ws.cell(r, col["RENCANA KINERJA"], rk["rk"])
        cells[(kind, n)] = ws.cell(r, col["RENCANA KINERJA"]).coordinate
        merge = ["NO", "RENCANA KINERJA"]
        if "PERSPEKTIF" in col:
            ws.cell(r, col["PERSPEKTIF"], rk["persp"])
            if kind == "rk":
                cells[("persp", n)] = ws.cell(r, col["PERSPEKTIF"]).coordinate
            merge.append("PERSPEKTIF")
        if "ASPEK" in col:
            name = "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"
            ws.cell(r, col[name], (rk["atasan"] or None) if atasan else None)
            if kind == "rk":
                cells[("atasan", n)] = ws.cell(r, col[name]).coordinate
            merge.append(name)
        if "DATA" in col:
            for name, v in zip(("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"), rk["cara"], strict=False):
                ws.cell(r, col[name], v or None)
                merge.append(name)
            if kind == "rk":
                cells[("waktu", n)] = ws.cell(r, col["WAKTU PENGUMPULAN"]).coordinate
                cells[("cara_rk", n)] = [
                    ws.cell(r, col[x]).coordinate for x in ("RENCANA KINERJA", "DATA", "SUMBER DATA")
                ]
        for k, iki in enumerate(rk["ikis"]):
            if "ASPEK" in col:
                ws.cell(r, col["ASPEK"], iki["aspek"])
            ws.cell(r, col["INDIKATOR KINERJA INDIVIDU"], iki["iki"])
            ws.cell(r, col["TARGET"], iki["target"] or None)
            if "CUKUP" in col:
                ws.cell(r, col["CUKUP"], iki["cukup"] or None)
                ws.cell(r, col["BAIK"], iki["baik"] or None)
                ws.cell(r, col["SANGAT BAIK"], iki["sb"] or None)
            if kind == "rk":
                for key, name in (
                    ("target", "TARGET"),
                    ("iki", "INDIKATOR KINERJA INDIVIDU"),
                    ("aspek", "ASPEK"),
                    ("cukup", "CUKUP"),
                    ("baik", "BAIK"),
                    ("sb", "SANGAT BAIK"),
                ):
                    if name in col:
                        cells[(key, n, k)] = ws.cell(r, col[name]).coordinate
            for c in range(1, len(col) + 1):
                ws.cell(r, c).alignment = WRAP
            r += 1
        if span > 1:
            for name in merge:
                c = col[name]
                ws.merge_cells(start_row=top, start_column=c, end_row=top + span - 1, end_column=c)
    return r


def write_ak(ws: Worksheet, m: dict[str, Any], var: set[str], cells: dict) -> None:
    sub: dict = {}
    header(ws, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", var, sub)
    for key, coord in sub.items():
        cells[("ak_" + key[0],) + key[1:]] = coord
    ws["A11"], ws["C11"] = "TANGGAL PENGAJUAN", "5 Januari 2026"
    for c, name in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        ws.cell(13, c, name).font = BOLD
    ws.cell(14, 1, "KINERJA UTAMA").font = BOLD
    r, n = 15, 0
    for i, rk in enumerate(m["rks"]):
        if not rk["butir"]:
            continue
        n += 1
        for j, (butir, output, ak) in enumerate(rk["butir"]):
            if j == 0:
                ws.cell(r, 1, n)
                ws.cell(r, 2, rk["rk"])
            ws.cell(r, 3, butir)
            ws.cell(r, 4, output)
            ws.cell(r, 5, ak).number_format = "0.000"
            cells[("ak", i)] = ws.cell(r, 5).coordinate
            r += 1
    for letter, width in zip("ABCDE", (5, 40, 40, 24, 14), strict=True):
        ws.column_dimensions[letter].width = width


def write_manual(ws: Worksheet, m: dict[str, Any], cells: dict) -> None:
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    ws["A1"].font = BOLD
    r = 3
    for n, rk in enumerate(m["rks"]):
        for k, iki in enumerate(rk["ikis"]):
            rk_kecil = rk["rk"][0].lower() + rk["rk"][1:]
            raw = iki["raw"]
            sat = iki["satuan"]
            rows = [
                ("RENCANA KINERJA", rk["rk"]),
                ("DESKRIPSI RENCANA KINERJA", bank.MANUAL["deskripsi"].format(rk_kecil=rk_kecil)),
                ("INDIKATOR KINERJA INDIVIDU", iki["iki"]),
                ("DEFINISI IKI", bank.MANUAL["definisi"].format(iki=raw[1])),
                ("FORMULA", None if iki.get("no_formula") else bank.MANUAL["formula"]),
                ("TUJUAN", bank.MANUAL["tujuan"].format(rk_kecil=rk_kecil)),
                ("SATUAN PENGUKURAN", sat),
                ("JENIS ASPEK TARGET", "Kuantitas"),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", "Laporan unit kerja"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]
            for label, v in rows:
                ws.cell(r, 1, label).font = BOLD
                ws.cell(r, 2, v).alignment = WRAP
                if label == "FORMULA":
                    cells[("formula", n, k)] = ws.cell(r, 2).coordinate
                r += 1
            r += 1
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70


# ----- the set


def draw_least_used(rng: random.Random, pool: list[str], used: Counter, k: int) -> list[str]:
    order = sorted(pool, key=lambda v: (used[v], rng.random()))
    return order[:k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Membangun set nyata_bq (BKPSDM dan Dinas Perpustakaan dan Kearsipan)."
    )
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(SEED)
    used_var: Counter = Counter()
    used_def: Counter = Counter()
    ja_roles = [k for k, v in bank.ROLES.items() if v["family"] == "JA"]
    jf_roles = [k for k, v in bank.ROLES.items() if v["family"] == "JF"]
    jpt_roles = list(bank.JPT)
    files = []
    for form, count in FORMS.items():
        jenis = form.split("-")[0]
        roles = {"ja": ja_roles, "jf": jf_roles, "jpt": jpt_roles}[jenis]
        offset = rng.randrange(len(roles))
        for i in range(count):
            role_key = roles[(offset + i) % len(roles)]
            role = bank.JPT[role_key] if jenis == "jpt" else bank.ROLES[role_key]
            pool = applicable_variations(jenis, role)
            var = draw_least_used(rng, pool, used_var, rng.randint(2, min(4, len(pool))))
            used_var.update(var)
            clean = i % 2 == 1
            codes: list[str] = []
            if not clean:
                want = rng.choice([1, 2])
                for c in draw_least_used(rng, applicable_defects(form), used_def, 99):
                    if DEFECTS[c][1] not in {DEFECTS[x][1] for x in codes}:
                        codes.append(c)
                    if len(codes) == want:
                        break
                used_def.update(codes)
            vs = set(var)
            m = build_model(form, i, role_key, vs, rng)
            m["rks0"] = copy.deepcopy(m["rks"])
            for c in codes:
                apply_defect(m, c)
            name = f"{form}-{i + 1:02d}-" + ("bersih" if clean else "-".join(codes)) + ".xlsx"
            cells: dict = {}
            wb = Workbook()
            ws = wb.active
            ws.title = SHEET
            write_skp(ws, m, vs, cells)
            if jenis == "jf" and m["ak_sheet"]:
                write_ak(wb.create_sheet(AK_SHEET), m, vs, cells)
            if jenis == "jpt":
                write_manual(wb.create_sheet(MANUAL_SHEET), m, cells)
            wb.save(a.keluaran / name)
            defects, boleh = [], []
            for c in codes:
                d, b = defect_entry(c, m, cells)
                defects.append(d)
                boleh += b
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": clean,
                    "defects": defects,
                    "boleh": boleh,
                    "variasi": sorted(var),
                    "peran": role_key,
                    "jabatan": m["pegawai"]["jabatan"],
                }
            )
    a.harapan.write_text(
        json.dumps({"set": "nyata_bq", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


def defect_entry(code: str, m: dict[str, Any], cells: dict) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    sev = DEFECTS[code][0]
    mark = m["marks"][code]
    d: dict[str, Any] = {"code": code, "severity": sev, "sheet": SHEET, "cell": None, "alt_cells": []}
    boleh: list[dict[str, Any]] = []
    alt: list[tuple[str, str]] = []
    if mark[0] == "none":
        d["sheet"] = None
    elif mark[0] == "formula":
        d["sheet"], d["cell"] = MANUAL_SHEET, cells[mark]
        alt.append((SHEET, cells[("iki", 0, 0)]))
    elif mark[0] == "ak":
        d["sheet"], d["cell"] = AK_SHEET, cells[mark]
    else:
        d["cell"] = cells[mark]
    if mark[0] in ("ident", "periode") and ("ak_" + mark[0],) + mark[1:] in cells:
        coord = cells[("ak_" + mark[0],) + mark[1:]]
        alt.append((AK_SHEET, coord))
        boleh.append({"code": code, "sheet": AK_SHEET, "cell": coord})
    if code == "penilai-sama-dengan-pegawai":
        alt.append((SHEET, cells[("ident", "pegawai", "nip")]))
    if code == "jenjang-golongan-tidak-sesuai":
        alt.append((SHEET, cells[("ident", "pegawai", "jabatan")]))
    if code == "rk-ganda":
        alt.append((SHEET, cells[("rk", 0)]))
    if code == "target-absolut":
        alt.append((SHEET, cells[("target", 0, 0)]))
    if code == "satuan-tidak-sesuai-aspek":
        alt += [(SHEET, cells[("iki", 0, 1)]), (SHEET, cells[("aspek", 0, 1)])]
    if code == "aspek-tidak-valid":
        alt.append((SHEET, cells[("iki", 1, 0)]))
    if code == "kategori-penilaian-kosong":
        alt += [(SHEET, cells[(k, 1, 0)]) for k in ("cukup", "sb", "iki", "target")]
    if code == "kategori-tidak-membedakan":
        alt += [(SHEET, cells[(k, 0, 0)]) for k in ("baik", "target", "iki")]
    if code == "kategori-tidak-berurutan":
        alt += [(SHEET, cells[(k, 1, 0)]) for k in ("sb", "baik", "iki")]
    if code == "cara-memantau-kosong":
        alt += [(SHEET, c) for c in cells[("cara_rk", 1)]]
    if code in ("iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik", "target-tanpa-satuan"):
        r, k = mark[1], mark[2]
        alt.append((SHEET, cells[("iki", r, k)]))
    d["alt_cells"] = [{"sheet": s, "cell": c} for s, c in alt]
    return d, boleh


if __name__ == "__main__":
    sys.exit(main())
