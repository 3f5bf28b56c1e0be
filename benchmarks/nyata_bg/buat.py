"""Build the held-out set ``nyata_bg``: the January submissions of a regency's Sekretariat Daerah.

Written from SPEC alone (no product code read). Every workbook is drawn in a cell grid first; each cell a
defect is put in is recorded through a *locator* (``("skp", rk, iki, column)``, ``("id", side, field)``,
…) that the renderer turns into the exact sheet and cell, so the manifest names where SPEC says the
finding belongs.

Usage: ``python benchmarks/nyata_bg/buat.py [--keluaran DIR] [--harapan FILE]``.
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
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260107
PERIODE = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}"
FORMS = {  # form: (family, model, count)
    "ja-dasar": ("ja", "dasar", 9),
    "ja-pengembangan": ("ja", "pengembangan", 9),
    "jf-dasar": ("jf", "dasar", 8),
    "jf-pengembangan": ("jf", "pengembangan", 8),
    "jpt-dasar": ("jpt", "dasar", 8),
    "jpt-pengembangan": ("jpt", "pengembangan", 8),
}
VARIASI = (
    "sheet_tahun_spasi",
    "nomor_titik_tab",
    "kolom_bantu_tersembunyi",
    "label_nbsp_ganda",
    "target_rentang_sd",
)
ID_LABELS = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")
ID_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit")
KHUSUS = {"Waktu", "Biaya"}
ACTIVITY = (
    "Menyusun laporan kinerja bagian setiap triwulan",
    "Melaksanakan rapat koordinasi dengan perangkat daerah",
)

# --- the plan as data -----------------------------------------------------------------------------


def plan_of(role: bank.Role) -> dict[str, Any]:
    """A mutable copy of a role's plan: identity, RK list with IKI; targets as (number, satuan, text)."""

    def person(p: bank.Person) -> dict[str, str]:
        return {"nama": p.nama, "nip": p.nip, "pangkat": p.pangkat, "jabatan": p.jabatan, "unit": p.unit}

    rks = []
    for rk in role.rk:
        rks.append(
            {
                "atasan": rk.atasan,
                "teks": rk.teks,
                "perspektif": rk.perspektif,
                "butir": list(rk.butir),
                "pantau": list(rk.pantau),
                "iki": [
                    {
                        "aspek": i.aspek,
                        "teks": i.teks,
                        "num": i.target[0],
                        "sat": i.target[1],
                        "text": None,
                        "kat": None,
                    }
                    for i in rk.iki
                ],
            }
        )
    return {
        "pegawai": person(role.pegawai),
        "penilai": person(role.penilai),
        "periode": PERIODE,
        "rk": rks,
        "ak_sheet": True,
        "manual_blank": set(),
    }


def target_text(iki: dict[str, Any], rentang: bool) -> str:
    if iki["text"] is not None:
        return iki["text"]
    num, sat = iki["num"], iki["sat"]
    if sat == "M":
        return f"Rp {num} M"
    if sat == "":
        return num
    if sat == "%" and rentang:
        return f"{_lo(num)} s/d {num} %"
    return f"{num} {sat}"


def _lo(num: str) -> int:
    return int(num) - 5


def kategori(iki: dict[str, Any], rentang: bool) -> tuple[str, str, str]:
    """CUKUP, BAIK (= target), SANGAT BAIK; reversed for the kondisi khusus aspek (SPEC §3.3, §6.1)."""
    if iki["kat"] is not None:
        return iki["kat"]
    tgt, num = target_text(iki, rentang), iki["num"]
    if iki["sat"] == "%" and rentang:
        return f"< {_lo(num)}", tgt, f"> {num}"
    if iki["aspek"] in KHUSUS:
        return f"> {num}", tgt, f"< {num}"
    return f"< {num}", tgt, f"> {num}"


# --- defects: each mutates the plan and returns (code, severity, main locator, alternative locators


def _first(plan: dict[str, Any], pred: Any, start: int = 0) -> tuple[int, int] | None:
    rks = plan["rk"]
    order = list(range(start, len(rks))) + list(range(0, start))
    for r in order:
        for i, iki in enumerate(rks[r]["iki"]):
            if pred(iki):
                return r, i
    return None


def d_identitas(plan, k, ctx):
    plan["pegawai"]["unit"] = ""
    return "identitas-kosong", "error", ("id", "pegawai", "unit"), []


def d_nip(plan, k, ctx):
    nip = plan["pegawai"]["nip"]
    plan["pegawai"]["nip"] = nip[:4] + "13" + nip[6:]
    return "nip-tidak-valid", "error", ("id", "pegawai", "nip"), []


def d_pangkat(plan, k, ctx):
    plan["pegawai"]["pangkat"] = "Penata Muda Tingkat III, III/e"
    return "pangkat-tidak-dikenal", "error", ("id", "pegawai", "pangkat"), []


def d_jenjang(plan, k, ctx):
    plan["pegawai"]["pangkat"] = ctx["role"].jenjang_salah
    return (
        "jenjang-golongan-tidak-sesuai",
        "peringatan",
        ("id", "pegawai", "pangkat"),
        [("id", "pegawai", "jabatan")],
    )


def d_penilai_sama(plan, k, ctx):
    plan["penilai"]["nip"] = plan["pegawai"]["nip"]
    return "penilai-sama-dengan-pegawai", "error", ("id", "penilai", "nip"), [("id", "pegawai", "nip")]


def d_periode(plan, k, ctx):
    plan["periode"] = f"PERIODE PENILAIAN: 1 JULI {bank.TAHUN} SD 30 JUNI {bank.TAHUN + 1}"
    return "periode-tidak-valid", "error", ("periode",), []


def d_tidak_terukur(plan, k, ctx):
    r, i = _first(plan, lambda x: True, k)
    plan["rk"][r]["iki"][i]["text"] = "sesuai kebutuhan"
    return "target-tidak-terukur", "error", ("skp", r, i, "target"), []


def d_terbalik(plan, k, ctx):
    r, i = _first(plan, lambda x: x["sat"] == "%" and x["text"] is None, k)
    num = plan["rk"][r]["iki"][i]["num"]
    plan["rk"][r]["iki"][i]["text"] = f"{num} - {_lo(num)} %"
    return "target-rentang-terbalik", "error", ("skp", r, i, "target"), []


def d_tanpa_target(plan, k, ctx):
    r, i = _first(plan, lambda x: x["text"] is None, k)
    plan["rk"][r]["iki"][i]["text"] = ""
    return "iki-tanpa-target", "error", ("skp", r, i, "target"), [("skp", r, i, "iki")]


def d_aspek(plan, k, ctx):
    r, i = _first(plan, lambda x: x["aspek"] == "Kuantitas", k)
    plan["rk"][r]["iki"][i]["aspek"] = "Manfaat"
    return "aspek-tidak-valid", "error", ("skp", r, i, "aspek"), []


def d_aspek_ganda(plan, k, ctx):
    for r, rk in enumerate(plan["rk"]):
        if (
            len(rk["iki"]) >= 2
            and rk["iki"][0]["aspek"] == "Kuantitas"
            and rk["iki"][1]["aspek"] == "Kualitas"
        ):
            rk["iki"][1]["aspek"] = "Kuantitas"
            return (
                "aspek-ganda",
                "peringatan",
                ("skp", r, 1, "aspek"),
                [("skp", r, 0, "aspek"), ("skp", r, 0, "rk")],
            )
    raise LookupError


def d_atasan_kosong(plan, k, ctx):
    plan["rk"][k]["atasan"] = ""
    return "rk-atasan-kosong", "error", ("skp", k, 0, "atasan"), [("skp", k, 0, "rk")]


def d_aktivitas(plan, k, ctx):
    plan["rk"][k]["teks"] = ACTIVITY[k % 2]
    return "rk-berbasis-aktivitas", "peringatan", ("skp", k, 0, "rk"), []


def d_rk_ganda(plan, k, ctx):
    plan["rk"][1]["teks"] = plan["rk"][0]["teks"]
    return "rk-ganda", "peringatan", ("skp", 1, 0, "rk"), [("skp", 0, 0, "rk")]


def d_absolut(plan, k, ctx):
    r, i = _first(plan, lambda x: x["aspek"] == "Kuantitas" and x["text"] is None, k)
    plan["rk"][r]["iki"][i]["teks"] = "Semua dokumen yang diterima diproses pada hari yang sama"
    return "target-absolut", "peringatan", ("skp", r, i, "iki"), [("skp", r, i, "target")]


def d_tanpa_satuan(plan, k, ctx):
    r, i = _first(plan, lambda x: x["teks"].startswith("Jumlah") and x["text"] is None, k)
    iki = plan["rk"][r]["iki"][i]
    iki["text"] = iki["num"]
    return "target-tanpa-satuan", "peringatan", ("skp", r, i, "target"), []


def d_satuan_aspek(plan, k, ctx):
    r, i = _first(plan, lambda x: x["aspek"] == "Waktu" and x["text"] is None, k)
    iki = plan["rk"][r]["iki"][i]
    iki["text"] = f"{iki['num']} dokumen"
    return "satuan-tidak-sesuai-aspek", "peringatan", ("skp", r, i, "target"), [("skp", r, i, "iki")]


def d_kat_sama(plan, k, ctx):
    r, i = _first(plan, lambda x: x["aspek"] in ("Kuantitas",) and x["text"] is None and x["sat"] != "%", k)
    iki = plan["rk"][r]["iki"][i]
    iki["kat"] = (f"< {iki['num']}", target_text(iki, False), iki["num"])
    return "kategori-tidak-membedakan", "error", ("skp", r, i, "sb"), []


def d_kat_kosong(plan, k, ctx):
    r, i = _first(plan, lambda x: x["text"] is None and x["kat"] is None, k)
    plan["rk"][r]["iki"][i]["kat"] = ("", "", "")
    return (
        "kategori-penilaian-kosong",
        "error",
        ("skp", r, i, "baik"),
        [("skp", r, i, "cukup"), ("skp", r, i, "sb"), ("skp", r, i, "iki"), ("skp", r, i, "target")],
    )


def d_pantau(plan, k, ctx):
    plan["rk"][k]["pantau"] = ["", "", ""]
    return (
        "cara-memantau-kosong",
        "error",
        ("skp", k, 0, "data"),
        [("skp", k, 0, "sumber"), ("skp", k, 0, "waktu"), ("skp", k, 0, "rk")],
    )


def d_ak_hilang(plan, k, ctx):
    plan["ak_sheet"] = False
    return "keterkaitan-ak-hilang", "error", None, []


def d_tanpa_butir(plan, k, ctx):
    plan["rk"][k]["butir"] = None
    return "rk-tanpa-butir-kegiatan", "error", ("skp", k, 0, "rk"), []


def d_ak_invalid(plan, k, ctx):
    plan["rk"][k]["butir"][2] = "-"
    return "angka-kredit-tidak-valid", "error", ("ak", k, "ak"), []


def d_persp_invalid(plan, k, ctx):
    plan["rk"][k]["perspektif"] = "Kepuasan Pimpinan"
    return "perspektif-tidak-valid", "error", ("skp", k, 0, "perspektif"), []


def d_persp_lengkap(plan, k, ctx):
    plan["rk"][3]["perspektif"] = "Penguatan Internal"
    return "perspektif-tidak-lengkap", "peringatan", None, []


def d_manual(plan, k, ctx):
    plan["manual_blank"].add(k)
    return "manual-iki-kosong", "error", ("manual", k, "formula"), [("skp", k, 0, "iki")]


# name: (function, group, applies(family, model, role, variasi))
def _kat(fam, model):
    return fam != "jpt" and model == "pengembangan"


DEFECTS: dict[str, tuple[Any, str, Any]] = {
    "identitas-kosong": (d_identitas, "id", lambda f, m, r, v: True),
    "nip-tidak-valid": (d_nip, "id", lambda f, m, r, v: True),
    "pangkat-tidak-dikenal": (d_pangkat, "id", lambda f, m, r, v: not r.pppk),
    "jenjang-golongan-tidak-sesuai": (d_jenjang, "id", lambda f, m, r, v: f == "jf"),
    "penilai-sama-dengan-pegawai": (d_penilai_sama, "id", lambda f, m, r, v: r.penilai.nip != "-"),
    "periode-tidak-valid": (d_periode, "periode", lambda f, m, r, v: True),
    "target-tidak-terukur": (d_tidak_terukur, "target", lambda f, m, r, v: not _kat(f, m)),
    "target-rentang-terbalik": (d_terbalik, "target", lambda f, m, r, v: not _kat(f, m)),
    "iki-tanpa-target": (d_tanpa_target, "target", lambda f, m, r, v: not _kat(f, m)),
    "aspek-tidak-valid": (d_aspek, "aspek", lambda f, m, r, v: f != "jpt"),
    "aspek-ganda": (
        d_aspek_ganda,
        "aspek",
        lambda f, m, r, v: f != "jpt" and any(len(x.iki) > 1 and x.iki[1].aspek == "Kualitas" for x in r.rk),
    ),
    "rk-atasan-kosong": (d_atasan_kosong, "atasan", lambda f, m, r, v: f != "jpt"),
    "rk-berbasis-aktivitas": (d_aktivitas, "rktext", lambda f, m, r, v: True),
    "rk-ganda": (d_rk_ganda, "rktext", lambda f, m, r, v: "nomor_titik_tab" not in v),
    "target-absolut": (d_absolut, "iki", lambda f, m, r, v: f != "jpt"),
    "target-tanpa-satuan": (
        d_tanpa_satuan,
        "target",
        lambda f, m, r, v: any(i.teks.startswith("Jumlah") for x in r.rk for i in x.iki),
    ),
    "satuan-tidak-sesuai-aspek": (
        d_satuan_aspek,
        "target",
        lambda f, m, r, v: f != "jpt" and any(i.aspek == "Waktu" for x in r.rk for i in x.iki),
    ),
    "kategori-tidak-membedakan": (d_kat_sama, "kat", lambda f, m, r, v: _kat(f, m)),
    "kategori-penilaian-kosong": (d_kat_kosong, "kat", lambda f, m, r, v: _kat(f, m)),
    "cara-memantau-kosong": (d_pantau, "pantau", lambda f, m, r, v: _kat(f, m)),
    "keterkaitan-ak-hilang": (d_ak_hilang, "ak", lambda f, m, r, v: f == "jf"),
    "rk-tanpa-butir-kegiatan": (d_tanpa_butir, "ak", lambda f, m, r, v: f == "jf"),
    "angka-kredit-tidak-valid": (d_ak_invalid, "ak", lambda f, m, r, v: f == "jf"),
    "perspektif-tidak-valid": (
        d_persp_invalid,
        "persp",
        lambda f, m, r, v: f == "jpt" and m == "pengembangan",
    ),
    "perspektif-tidak-lengkap": (
        d_persp_lengkap,
        "persp",
        lambda f, m, r, v: f == "jpt" and m == "pengembangan",
    ),
    "manual-iki-kosong": (d_manual, "manual", lambda f, m, r, v: f == "jpt"),
}

# --- rendering ------------------------------------------------------------------------------------

_SPACES = ("\u00a0", "  ", "\t")


def label(text: str, v: list[str]) -> str:
    """A label as typed: with ``label_nbsp_ganda`` its spaces become NBSP, a double space or a tab in turn."""
    if "label_nbsp_ganda" not in v:
        return text
    parts = text.split(" ")
    out = parts[0]
    for n, p in enumerate(parts[1:]):
        out += _SPACES[n % 3] + p
    return out


def sheet_name(base: str, v: list[str]) -> str:
    return f"{base} {bank.TAHUN} " if "sheet_tahun_spasi" in v else base


class Grid:
    """A worksheet drawn cell by cell, remembering where each locator landed."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.where: dict[tuple, str] = {}

    def put(self, row: int, col: int, value: Any, loc: tuple | None = None) -> None:
        if value is not None and value != "":
            self.ws.cell(row=row, column=col, value=value)
        if loc is not None:
            self.where[loc] = f"{get_column_letter(col)}{row}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _header(
    g: Grid, title: str, plan: dict[str, Any], v: list[str], jpt: bool, width: int, skip: int | None = None
) -> int:
    """Title, period and the two identity blocks. ``skip`` is a hidden helper column of the table below: it
    was inserted as a whole sheet column, so the identity cells sit right of it, as Excel would move them."""
    a, b, c, d, e, f = [col for col in range(1, 8) if col != skip][:6]
    g.put(1, 1, title)
    g.merge(1, 1, 1, width)
    g.put(2, 1, bank.SETDA)
    g.merge(2, 1, 2, width)
    g.put(3, 1, plan["periode"], ("periode",))
    g.merge(3, 1, 3, width)
    g.put(5, a, "NO")
    g.put(5, b, label("PEGAWAI YANG DINILAI", v))
    g.merge(5, b, 5, c)
    g.put(5, d, "NO")
    g.put(5, e, label("PEJABAT PENILAI KINERJA", v))
    g.merge(5, e, 5, f)
    for n, (lab, fld) in enumerate(zip(ID_LABELS, ID_FIELDS, strict=True)):
        row = 6 + n
        g.put(row, a, n + 1)
        g.put(row, b, label(lab, v))
        g.put(row, c, plan["pegawai"][fld], ("id", "pegawai", fld))
        g.put(row, d, n + 1)
        plab = "INSTANSI" if (jpt and fld == "unit" and plan["penilai"]["nip"] == "-") else lab
        g.put(row, e, label(plab, v))
        g.put(row, f, plan["penilai"][fld], ("id", "penilai", fld))
    return 10


def _rk_text(rk: dict[str, Any], n: int, v: list[str]) -> str:
    return f"{n}.\t{rk['teks']}" if "nomor_titik_tab" in v else rk["teks"]


def _iki_text(iki: dict[str, Any], n: int, m: int, v: list[str]) -> str:
    return f"{n}.{m}\t{iki['teks']}" if "nomor_titik_tab" in v else iki["teks"]


def render_skp(
    wb: Workbook, plan: dict[str, Any], fam: str, model: str, v: list[str], ident: dict[str, Any]
) -> Grid:
    ws = wb.active
    ws.title = sheet_name("SKP", v)
    g = Grid(ws)
    peng = model == "pengembangan"
    bantu = "kolom_bantu_tersembunyi" in v
    rentang = "target_rentang_sd" in v
    if fam == "jpt":
        cols = (
            (["perspektif"] if peng else []) + ["no", "rk", "iki"] + (["bantu"] if bantu else []) + ["target"]
        )
    else:
        cols = ["no", "atasan", "rk", "aspek", "iki"] + (["bantu"] if bantu else []) + ["target"]
        if peng:
            cols += ["cukup", "baik", "sb", "data", "sumber", "waktu"]
    c = {k: n + 1 for n, k in enumerate(cols)}
    width = max(len(cols), 6)
    title = "RENCANA SASARAN KINERJA PEGAWAI" + (" PEJABAT PIMPINAN TINGGI" if fam == "jpt" else "")
    skip = c["bantu"] if bantu else None
    _header(g, title, plan, v, fam == "jpt", width, skip)
    heads = {
        "perspektif": "PERSPEKTIF",
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "bantu": "BANTU",
        "target": "TARGET",
    }
    for k, text in heads.items():
        if k in c:
            g.put(12, c[k], label(text, v))
            g.merge(12, c[k], 13, c[k])
    if "cukup" in c:
        g.put(12, c["cukup"], label("KATEGORI PENILAIAN", v))
        g.merge(12, c["cukup"], 12, c["sb"])
        for k, text in (("cukup", "CUKUP"), ("baik", "BAIK"), ("sb", "SANGAT BAIK")):
            g.put(13, c[k], label(text, v))
        g.put(12, c["data"], label("CARA MEMANTAU KINERJA", v))
        g.merge(12, c["data"], 12, c["waktu"])
        for k, text in (("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")):
            g.put(13, c[k], label(text, v))
    g.put(14, 1, label("A. KINERJA UTAMA", v))
    g.merge(14, 1, 14, len(cols))
    row = 15
    for r, rk in enumerate(plan["rk"]):
        top, n_iki = row, len(rk["iki"])
        for i, iki in enumerate(rk["iki"]):
            loc = ("skp", r, i)
            if i == 0:
                g.put(row, c["no"], r + 1)
                g.put(row, c["rk"], _rk_text(rk, r + 1, v), loc + ("rk",))
                if "atasan" in c:
                    g.put(row, c["atasan"], rk["atasan"], loc + ("atasan",))
                if "perspektif" in c:
                    g.put(row, c["perspektif"], rk["perspektif"], loc + ("perspektif",))
                if "data" in c:
                    for k, val in zip(("data", "sumber", "waktu"), rk["pantau"], strict=True):
                        g.put(row, c[k], val, loc + (k,))
            if "aspek" in c:
                g.put(row, c["aspek"], iki["aspek"], loc + ("aspek",))
            g.put(row, c["iki"], _iki_text(iki, r + 1, i + 1, v), loc + ("iki",))
            if bantu:
                g.put(row, c["bantu"], f"K{r + 1}-{i + 1}")
            g.put(row, c["target"], target_text(iki, rentang), loc + ("target",))
            if "cukup" in c:
                for k, val in zip(("cukup", "baik", "sb"), kategori(iki, rentang), strict=True):
                    g.put(row, c[k], val, loc + (k,))
            row += 1
        for k in ("no", "rk", "atasan", "perspektif", "data", "sumber", "waktu"):
            if k in c and n_iki > 1:
                g.merge(top, c[k], top + n_iki - 1, c[k])
    if bantu:
        ws.column_dimensions[get_column_letter(c["bantu"])].hidden = True
    _footer(g, row + 1, ident, width, skip)
    return g


def _footer(g: Grid, row: int, plan: dict[str, Any], width: int, skip: int | None = None) -> None:
    right = max(width - 1, 5)
    if right == skip:
        right += 1
    g.put(row, right, f"Muara Sentosa, 5 Januari {bank.TAHUN}")
    g.put(row + 1, 2, "Pejabat Penilai Kinerja,")
    g.put(row + 1, right, "Pegawai yang Dinilai,")
    g.put(row + 5, 2, plan["penilai"]["nama"])
    g.put(row + 5, right, plan["pegawai"]["nama"])
    if plan["penilai"]["nip"] != "-":
        g.put(row + 6, 2, f"NIP. {plan['penilai']['nip']}")
    g.put(row + 6, right, f"NIP. {plan['pegawai']['nip']}")


def render_ak(wb: Workbook, plan: dict[str, Any], v: list[str], ident: dict[str, Any]) -> Grid:
    """The Keterkaitan sheet; its identity and period are the role's own (``ident``): the defects live on the
    SKP sheet only."""
    ws = wb.create_sheet(sheet_name("KETERKAITAN AK", v))
    g = Grid(ws)
    _header(g, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", ident, v, False, 6)
    g.put(11, 2, label("TANGGAL PENGAJUAN", v))
    g.put(11, 3, f"5 Januari {bank.TAHUN}")
    for n, text in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT")):
        g.put(13, n + 1, label(text, v))
    g.put(14, 1, label("KINERJA UTAMA", v))
    g.merge(14, 1, 14, 5)
    row, n = 15, 0
    for r, rk in enumerate(plan["rk"]):
        if rk["butir"] is None:
            continue
        n += 1
        butir, output, ak = rk["butir"]
        g.put(row, 1, n)
        g.put(row, 2, _rk_text(rk, r + 1, v))
        g.put(row, 3, butir)
        g.put(row, 4, output)
        g.put(row, 5, float(ak.replace(",", ".")) if ak != "-" else ak, ("ak", r, "ak"))
        row += 1
    return g


MANUAL_LABELS = (
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
)


def render_manual(wb: Workbook, plan: dict[str, Any], v: list[str]) -> Grid:
    ws = wb.create_sheet(sheet_name("MANUAL IKI", v))
    g = Grid(ws)
    g.put(1, 1, label("MANUAL INDIKATOR KINERJA", v))
    g.merge(1, 1, 1, 4)
    g.put(2, 1, plan["pegawai"]["jabatan"])
    row = 4
    for r, rk in enumerate(plan["rk"]):
        iki = rk["iki"][0]
        pct = iki["sat"] == "%"
        values = {
            "rk": _rk_text(rk, r + 1, v),
            "deskripsi": f"Rencana kinerja ini menggambarkan hasil yang dicapai: {rk['teks'].lower()}",
            "iki": _iki_text(iki, r + 1, 1, v),
            "definisi": f"{iki['teks']} pada tahun {bank.TAHUN}",
            "formula": (
                "(jumlah yang tercapai / jumlah yang direncanakan) x 100%"
                if pct
                else f"Jumlah {iki['sat'] or 'rupiah'} yang tercapai sampai akhir tahun"
            ),
            "tujuan": bank.MANUAL_UMUM["tujuan"],
            "satuan": "Persen" if pct else ("Rupiah" if iki["sat"] == "M" else iki["sat"]),
            "jenis": "Kualitas" if pct else "Kuantitas",
            "kendali": bank.MANUAL_UMUM["kendali"],
            "sumber": bank.MANUAL_UMUM["sumber"],
            "periode": bank.MANUAL_UMUM["periode"],
        }
        if r in plan["manual_blank"]:
            values["formula"] = ""
        for key, text in MANUAL_LABELS:
            g.put(row, 1, label(text, v))
            g.put(row, 2, values[key], ("manual", r, key))
            g.merge(row, 2, row, 4)
            row += 1
        row += 1
    return g


# --- the set --------------------------------------------------------------------------------------


def build(out: Path, manifest_path: Path) -> dict[str, Any]:
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    roles = {fam: [r for r in bank.ROLES if r.family == fam] for fam in ("ja", "jf", "jpt")}
    turn = {fam: 0 for fam in roles}
    used: dict[str, int] = {}
    codes = list(DEFECTS)
    files = []
    for form, (fam, model, count) in FORMS.items():
        for n in range(count):
            role = roles[fam][turn[fam] % len(roles[fam])]
            turn[fam] += 1
            clean = n % 2 == 0
            v = sorted(rng.sample(VARIASI, rng.randint(2, 5)), key=VARIASI.index)
            plan = plan_of(role)
            applied: list[tuple] = []
            if not clean:
                want = rng.choice((1, 2, 2))
                groups: set[str] = set()
                # the least used codes first (ties broken by the seed), so the set covers SPEC §7 widely
                order = sorted(codes, key=lambda c: (used.get(c, 0), rng.random()))
                for name in order:
                    if len(applied) == want:
                        break
                    fn, group, ok = DEFECTS[name]
                    if group in groups or not ok(fam, model, role, v):
                        continue
                    trial = copy.deepcopy(plan)
                    try:
                        res = fn(trial, len(applied), {"role": role})
                    except (LookupError, TypeError):
                        continue
                    plan = trial
                    groups.add(group)
                    applied.append(res)
                    used[name] = used.get(name, 0) + 1
            wb = Workbook()
            ident = plan_of(role)
            grids = {"skp": render_skp(wb, plan, fam, model, v, ident)}
            if fam == "jf" and plan["ak_sheet"]:
                grids["ak"] = render_ak(wb, plan, v, ident)
            if fam == "jpt":
                grids["manual"] = render_manual(wb, plan, v)

            def place(loc: tuple | None, grids: dict[str, Grid] = grids) -> tuple[str | None, str | None]:
                if loc is None:
                    return None, None
                kind = "skp" if loc[0] in ("id", "periode") else loc[0]
                g = grids[kind]
                return g.ws.title, g.where[loc]

            defects = []
            for code, sev, loc, alts in applied:
                sheet, cell = place(loc)
                defects.append(
                    {
                        "code": code,
                        "severity": sev,
                        "sheet": sheet,
                        "cell": cell,
                        "alt_cells": [dict(zip(("sheet", "cell"), place(a), strict=True)) for a in alts],
                    }
                )
            name = f"{form}-{n + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            wb.save(out / name)
            boleh = []
            if role.pppk:
                boleh.append(
                    {
                        "code": "pangkat-tidak-dikenal",
                        "sheet": grids["skp"].ws.title,
                        "cell": grids["skp"].where[("id", "pegawai", "pangkat")],
                    }
                )
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": not defects,
                    "defects": defects,
                    "boleh": boleh,
                    "variasi": v,
                    "jabatan": role.pegawai.jabatan,
                    "unit": role.pegawai.unit,
                }
            )
    manifest = {"set": "nyata_bg", "seed": SEED, "files": files}
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_bg (Sekretariat Daerah, Januari).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    m = build(a.keluaran, a.harapan)
    print(f"{len(m['files'])} berkas, {sum(f['clean'] for f in m['files'])} bersih")
    return 0


if __name__ == "__main__":
    sys.exit(main())
