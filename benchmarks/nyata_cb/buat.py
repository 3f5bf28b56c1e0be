"""Generator of the held-out set ``nyata_cb``: Rencana SKP 2027 of the fictional Pemerintah Kabupaten Bukit
Cendana (BKPSDM, Dinas Pertanian, RSUD, Sekretariat DPRD) whose identity block (kop) is modified the way
agencies modify it: extra identity rows, a third block ATASAN PEJABAT PENILAI KINERJA, blocks stacked, a colon
column, label and value in one cell, ``NIP.`` before the number, gelar, pangkat written ``Penata Tk. I
(III/d)`` or split into PANGKAT and GOL. RUANG, unit kerja on two rows, three ways of writing the periode, a
Pemda letterhead and a ``Mengetahui`` signature. Deterministic (fixed seed), openpyxl only.

Each workbook is first a content model (identity blocks as rows of key, label and value; periode; RK with IKI,
target, kategori, cara memantau; butir kegiatan; Manual IKI); the defects are written into the model; then
the model is laid out in the file's variations. Every cell written for a place of the model is recorded under
its key, so the cell of each inserted defect is known exactly.

Usage: ``python benchmarks/nyata_cb/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270204
SET_NAME = "nyata_cb"

VARIATIONS = [
    "kop_surat",  # Pemda letterhead (PEMERINTAH KABUPATEN …, badan, alamat, telepon) above the title
    "judul_tahun",  # title RENCANA SKP TAHUN 2027, the periode row kept
    "periode_sd",  # Periode Penilaian : 1 Januari s/d 31 Desember 2027
    "periode_angka",  # PERIODE: 01-01-2027 s.d. 31-12-2027
    "blok_bertumpuk",  # pegawai block above the penilai block
    "blok_atasan_penilai",  # third block ATASAN PEJABAT PENILAI KINERJA beside/under the two
    "titik_dua_kolom",  # ':' in a column of its own
    "label_isi_satu_sel",  # NAMA : … in one cell
    "nip_berawalan",  # NIP. 198… in the NIP cell
    "gelar",  # gelar before and after names
    "pangkat_kurung",  # Penata Tk. I (III/d)
    "pangkat_gol_terpisah",  # PANGKAT and GOL. RUANG rows
    "unit_dua_baris",  # unit kerja continued on the next row
    "baris_tambahan",  # TMT JABATAN, ESELON, PENDIDIKAN TERAKHIR, NO. HP, E-MAIL
    "baris_status",  # STATUS KEPEGAWAIAN, INSTANSI, MASA KERJA
    "ttd_mengetahui",  # Mengetahui, Atasan Pejabat Penilai Kinerja under the two signatures
    "penilai_bupati",  # JPT rated by the Bupati: NIP and pangkat '-', INSTANSI (from the role)
    "pppk",  # the pegawai is PPPK: NIP with 21 as TMT month, golongan IX/VII (from the role)
]
IMPLIED = {"penilai_bupati", "pppk"}
EXCLUSIVE = [
    {"periode_sd", "periode_angka"},
    {"titik_dua_kolom", "label_isi_satu_sel"},
    {"pangkat_kurung", "pangkat_gol_terpisah"},
]
NEED_ATASAN = {"blok_atasan_penilai", "ttd_mengetahui"}

DEFECTS = {  # code → (severity, scope)
    "identitas-kosong": ("error", "kop"),
    "nip-tidak-valid": ("error", "kop"),
    "pangkat-tidak-dikenal": ("error", "kop"),
    "jenjang-golongan-tidak-sesuai": ("peringatan", "kop"),
    "periode-tidak-valid": ("error", "kop"),
    "penilai-sama-dengan-pegawai": ("error", "kop"),
    "rk-atasan-kosong": ("error", "rencana"),
    "rk-berbasis-aktivitas": ("peringatan", "rencana"),
    "iki-tanpa-target": ("error", "rencana"),
    "target-tidak-terukur": ("error", "rencana"),
    "aspek-tidak-valid": ("error", "rencana"),
    "aspek-ganda": ("peringatan", "rencana"),
    "rk-ganda": ("peringatan", "rencana"),
    "target-absolut": ("peringatan", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
    "kategori-penilaian-kosong": ("error", "rencana"),
    "manual-iki-kosong": ("error", "rencana"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
}
WITHOUT_CELL = {"keterkaitan-ak-hilang"}
KOP_CODES = {c for c, (_, scope) in DEFECTS.items() if scope == "kop"}
KATEGORI_CODES = ["kategori-penilaian-kosong", "kategori-tidak-berurutan", "kategori-tidak-membedakan"]

# (form, role, defects [(code, variant)], forced variations, variations never drawn)
PLAN: list[tuple[str, str, list[tuple[str, str]], set[str], set[str]]] = [
    ("ja-dasar", "kabid_mutasi", [], set(), set()),
    ("ja-dasar", "kabag_sidang", [], set(), set()),
    (
        "ja-dasar",
        "kasubbag_keu",
        [("nip-tidak-valid", "bulan13_ttd_sah"), ("aspek-tidak-valid", "Efisiensi")],
        set(),
        set(),
    ),
    ("ja-dasar", "pengolah_data", [("identitas-kosong", "nip_penilai")], {"blok_atasan_penilai"}, set()),
    (
        "ja-dasar",
        "pengelola_keu",
        [("periode-tidak-valid", "terbalik"), ("rk-atasan-kosong", "")],
        set(),
        set(),
    ),
    ("ja-dasar", "sekretaris_distan", [], set(), set()),
    (
        "ja-dasar",
        "kabid_yanmed",
        [("pangkat-tidak-dikenal", "nama_gol_beda")],
        {"pangkat_gol_terpisah"},
        set(),
    ),
    (
        "ja-dasar",
        "kabag_umum",
        [
            ("target-absolut", "Semua SPJ belanja terverifikasi sebelum dibayarkan"),
            ("penilai-sama-dengan-pegawai", "nip_saja"),
        ],
        set(),
        set(),
    ),
    ("ja-pengembangan", "kabid_tph", [], set(), set()),
    ("ja-pengembangan", "pengolah_data", [], set(), set()),
    ("ja-pengembangan", "kabag_umum", [], set(), set()),
    (
        "ja-pengembangan",
        "kabid_mutasi",
        [("penilai-sama-dengan-pegawai", "blok_disalin")],
        {"blok_atasan_penilai", "blok_bertumpuk"},
        set(),
    ),
    (
        "ja-pengembangan",
        "kasubbag_keu",
        [("cara-memantau-kosong", ""), ("identitas-kosong", "unit_pegawai")],
        {"unit_dua_baris"},
        set(),
    ),
    (
        "ja-pengembangan",
        "pengelola_keu",
        [("periode-tidak-valid", "lintas_tahun"), ("iki-tanpa-target", "")],
        {"periode_sd"},
        set(),
    ),
    ("ja-pengembangan", "sekretaris_distan", [("kategori-penilaian-kosong", "")], set(), set()),
    ("ja-pengembangan", "kabag_sidang", [("nip-tidak-valid", "angka"), ("aspek-ganda", "")], set(), set()),
    ("jf-dasar", "analis_sdm", [], set(), set()),
    ("jf-dasar", "perawat_pppk", [], set(), set()),
    ("jf-dasar", "perancang", [], set(), set()),
    ("jf-dasar", "penyuluh", [], set(), set()),
    (
        "jf-dasar",
        "pranata_komputer",
        [("jenjang-golongan-tidak-sesuai", "III/d"), ("satuan-tidak-sesuai-aspek", "")],
        set(),
        set(),
    ),
    (
        "jf-dasar",
        "pengawas_benih",
        [("rk-tanpa-butir-kegiatan", ""), ("identitas-kosong", "jabatan_penilai")],
        set(),
        set(),
    ),
    ("jf-dasar", "apoteker", [("nip-tidak-valid", "lahir_mustahil")], {"label_isi_satu_sel"}, set()),
    ("jf-dasar", "pranata_lab_pppk", [("angka-kredit-tidak-valid", "0")], set(), set()),
    ("jf-pengembangan", "pranata_komputer", [], set(), set()),
    ("jf-pengembangan", "apoteker", [], set(), set()),
    ("jf-pengembangan", "pranata_lab_pppk", [], set(), set()),
    ("jf-pengembangan", "perawat_pppk", [], set(), set()),
    (
        "jf-pengembangan",
        "perawat_pppk",
        [("periode-tidak-valid", "kosong")],
        {"periode_angka"},
        {"judul_tahun"},
    ),
    (
        "jf-pengembangan",
        "analis_sdm",
        [
            ("jenjang-golongan-tidak-sesuai", "IV/a"),
            ("rk-berbasis-aktivitas", "Menyusun analisis kebutuhan mutasi jabatan"),
        ],
        set(),
        set(),
    ),
    (
        "jf-pengembangan",
        "perawat",
        [("keterkaitan-ak-hilang", ""), ("pangkat-tidak-dikenal", "penilai")],
        {"pangkat_kurung"},
        set(),
    ),
    (
        "jf-pengembangan",
        "perancang",
        [("identitas-kosong", "nama_pegawai"), ("target-tanpa-satuan", "")],
        {"label_isi_satu_sel"},
        set(),
    ),
    ("jpt-dasar", "kepala_bkpsdm", [], set(), set()),
    ("jpt-dasar", "kadis_pertanian", [], set(), set()),
    ("jpt-dasar", "sekwan", [], set(), set()),
    ("jpt-dasar", "direktur_rsud", [("periode-tidak-valid", "tahun_beda")], {"judul_tahun"}, set()),
    ("jpt-dasar", "kepala_bkpsdm", [("nip-tidak-valid", "17_digit_penilai")], set(), set()),
    (
        "jpt-dasar",
        "kadis_pertanian",
        [("manual-iki-kosong", ""), ("identitas-kosong", "jabatan_penilai")],
        set(),
        set(),
    ),
    (
        "jpt-dasar",
        "sekwan",
        [("target-tidak-terukur", "Sesuai target Propemperda"), ("pangkat-tidak-dikenal", "tidak_ada")],
        set(),
        set(),
    ),
    ("jpt-pengembangan", "direktur_rsud", [], set(), set()),
    ("jpt-pengembangan", "sekwan", [], set(), set()),
    ("jpt-pengembangan", "kadis_pertanian", [], set(), set()),
    (
        "jpt-pengembangan",
        "kepala_bkpsdm",
        [("perspektif-tidak-valid", "Pelayanan Publik"), ("penilai-sama-dengan-pegawai", "blok_disalin")],
        {"blok_atasan_penilai"},
        set(),
    ),
    (
        "jpt-pengembangan",
        "direktur_rsud",
        [("nip-tidak-valid", "jenis_kelamin"), ("rk-ganda", "")],
        set(),
        set(),
    ),
    (
        "jpt-pengembangan",
        "kadis_pertanian",
        [("identitas-kosong", "pangkat_pegawai")],
        {"pangkat_gol_terpisah"},
        set(),
    ),
]

BULAN = [
    "",
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
LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
# pangkat of another golongan for the defects
JENJANG_PANGKAT = {"III/d": "Penata Tingkat I", "IV/a": "Pembina", "III/b": "Penata Muda Tingkat I"}

# ------------------------------------------------------------------------------------------------ model


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def spaced(d: str) -> str:
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}" if len(d) == 18 else d


def nip_text(d: str, var: set[str]) -> str:
    return f"NIP. {d}" if "nip_berawalan" in var else spaced(d)


def full_name(p: dict, var: set[str]) -> str:
    if "gelar" not in var:
        return p["nama"]
    s = f"{p['gd']} {p['nama']}".strip()
    return f"{s}, {p['gb']}" if p["gb"] else s


def pangkat_rows(p: dict, var: set[str], gol: str | None = None, name: str | None = None) -> list[list]:
    gol = gol or p["gol"]
    if p["nip"] is None:  # Bupati: no pangkat
        return (
            [["pangkat", "PANGKAT", "-"], ["gol", "GOL. RUANG", "-"]]
            if "pangkat_gol_terpisah" in var
            else [["pangkat", "PANGKAT/GOL RUANG", "-"]]
        )
    if p["pppk"]:
        if "pangkat_gol_terpisah" in var:
            return [["pangkat", "PANGKAT", "-"], ["gol", "GOL. RUANG", gol]]
        return [
            [
                "pangkat",
                "PANGKAT/GOL RUANG",
                f"{gol} (PPPK)" if "pangkat_kurung" in var else f"Golongan {gol}",
            ]
        ]
    name = name or bank.PANGKAT[gol]
    if "pangkat_gol_terpisah" in var:
        return [["pangkat", "PANGKAT", name], ["gol", "GOL. RUANG", gol]]
    if "pangkat_kurung" in var:
        return [["pangkat", "PANGKAT/GOL RUANG", f"{name.replace('Tingkat I', 'Tk. I')} ({gol})"]]
    return [["pangkat", "PANGKAT/GOL RUANG", f"{name}, {gol}"]]


def email(p: dict) -> str:
    parts = p["nama"].lower().split()
    return (
        f"{parts[0]}.{parts[-1]}@bukitcendanakab.go.id"
        if len(parts) > 1
        else f"{parts[0]}@bukitcendanakab.go.id"
    )


def block(p: dict, var: set[str]) -> list[list]:
    """Rows [key, label, value] of one identity block (label None: a continuation row)."""
    bupati = p["nip"] is None
    rows = [["nama", "NAMA", full_name(p, var)], ["nip", "NIP", "-" if bupati else nip_text(p["nip"], var)]]
    rows += pangkat_rows(p, var)
    rows.append(["jabatan", "JABATAN", p["jabatan"]])
    if "baris_tambahan" in var and not bupati:
        rows += [["tmt", "TMT JABATAN", p["tmt_jabatan"]], ["eselon", "ESELON", p["eselon"]]]
    label = "INSTANSI" if bupati else "UNIT KERJA"
    line1, line2 = p["unit"]
    if "unit_dua_baris" in var:
        rows += [["unit", label, line1], ["unit2", None, line2]]
    else:
        rows.append(["unit", label, f"{line1} {line2}"])
    if "baris_tambahan" in var and not bupati:
        rows += [
            ["pendidikan", "PENDIDIKAN TERAKHIR", p["pendidikan"]],
            ["hp", "NO. HP", p["hp"]],
            ["email", "E-MAIL", email(p)],
        ]
    if "baris_status" in var and not bupati:
        rows += [
            ["status", "STATUS KEPEGAWAIAN", "PPPK" if p["pppk"] else "PNS"],
            ["instansi", "INSTANSI", f"Pemerintah Kabupaten {bank.KAB}"],
            ["masa", "MASA KERJA", p["masa_kerja"]],
        ]
    return rows


def kategori(ik: dict, bare: bool = False) -> dict[str, str]:
    u = "" if bare else f" {ik['sat']}"

    def rng(a: int, b: int) -> str:
        return f"{fmt(a)}{u}" if a == b else f"{fmt(a)} - {fmt(b)}{u}"

    t = ik["t"]
    if ik["aspek"] == "Waktu":
        s = max(1, t // 4)
        return {
            "sb": f"< {fmt(t)}{u}",
            "b": ik["target"],
            "c": rng(t + 1, t + s),
            "k": rng(t + s + 1, t + 2 * s),
            "sk": f"> {fmt(t + 2 * s)}{u}",
        }
    if ik["aspek"] == "Kualitas":
        return {
            "sk": f"< {t - 20} %",
            "k": f"{t - 20} - {t - 11} %",
            "c": f"{t - 10} - {t - 1} %",
            "b": ik["target"],
            "sb": f"> {t} %",
        }
    a, b = t // 2, (3 * t) // 4
    return {
        "sk": f"< {fmt(a)}{u}",
        "k": rng(a, b - 1),
        "c": rng(b, t - 1),
        "b": ik["target"],
        "sb": f"> {fmt(t)}{u}",
    }


def build_model(form: str, role: str, var: set[str]) -> dict:
    jenis, model = form.split("-")
    P = bank.PEOPLE
    peg, pen = P[role], P[P[role]["penilai"]]
    ats = P[pen["penilai"]] if pen["penilai"] else None
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "var": var,
        "role": role,
        "agency": peg["agency"],
        "blocks": {"peg": block(peg, var), "pen": block(pen, var)},
        "people": {"peg": peg, "pen": pen, "ats": ats},
        "ttd": {"peg": [full_name(peg, var), peg["nip"]], "pen": [full_name(pen, var), pen["nip"]]},
        "periode": {"start": (1, 1, 2027), "end": (31, 12, 2027), "empty": False},
        "nip_num": None,
    }
    if "blok_atasan_penilai" in var:
        m["blocks"]["ats"] = block(ats, var)
    if "ttd_mengetahui" in var:
        m["ttd"]["ats"] = [full_name(ats, var), ats["nip"]]
    rks = []
    if jenis == "jpt":
        src = bank.JPT_RK[role][: 3 if model == "dasar" else 5]
        for persp, text, ikis in src:
            rks.append(
                {
                    "persp": persp,
                    "text": text,
                    "atasan": None,
                    "cara": None,
                    "butir": [],
                    "iki": [{"text": i, "target": t, "manual": bank.manual(text, i, t)} for i, t in ikis],
                }
            )
    else:
        pr = peg["penilai"]
        for text, idx, q, k, w, cara, butir in bank.RK[role]:
            atasan = bank.JPT_RK[pr][idx][1] if P[pr]["jenis"] == "jpt" else bank.RK[pr][idx][0]
            ikis = [
                {"aspek": "Kuantitas", "text": q[0], "t": q[1], "sat": q[2], "target": f"{fmt(q[1])} {q[2]}"},
                {"aspek": "Kualitas", "text": k[0], "t": k[1], "sat": "%", "target": f"{k[1]} %"},
                {"aspek": "Waktu", "text": w[0], "t": w[1], "sat": w[2], "target": f"{w[1]} {w[2]}"},
            ]
            if model == "pengembangan":
                for ik in ikis:
                    ik["lv"] = kategori(ik)
            rks.append(
                {
                    "persp": None,
                    "text": text,
                    "atasan": atasan,
                    "iki": ikis,
                    "cara": list(cara) if model == "pengembangan" else None,
                    "butir": [list(b) for b in butir],
                }
            )
    m["rk"] = rks
    m["ak_sheet"] = jenis == "jf"
    return m


# ------------------------------------------------------------------------------------------------ defects


def row_of(m: dict, who: str, key: str) -> list:
    for r in m["blocks"][who]:
        if r[0] == key:
            return r
    raise KeyError((who, key))


def idk(who: str, key: str) -> tuple:
    return ("id", "skp", who, key, "value")


def kop_at(m: dict, code: str, who: str, key: str, extra_alt: list | None = None) -> dict:
    """A kop defect at one identity field: the value cell, its label as the alternative, and the same field
    on the Keterkaitan sheet (which repeats the kop) as alternative and ``boleh``."""
    alt = [("id", "skp", who, key, "label"), ("id", "skp", who, key, "colon")] + (extra_alt or [])
    boleh = []
    if m["ak_sheet"]:
        alt.append(("id", "ak", who, key, "value"))
        boleh.append({"code": code, "sheetkind": "ak"})
    return {"code": code, "key": idk(who, key), "alt": alt, "boleh": boleh}


def apply_defect(m: dict, code: str, variant: str) -> dict:
    var, rks, peg_p = m["var"], m["rk"], m["people"]["peg"]
    if code == "identitas-kosong":
        if variant == "nip_penilai":
            row_of(m, "pen", "nip")[2] = None
            m["ttd"]["pen"][1] = ""
            at = kop_at(m, code, "pen", "nip")
            at["boleh"].append({"code": code, "key": ("ttd", "pen", "nip")})
            return at
        if variant == "jabatan_penilai":
            row_of(m, "pen", "jabatan")[2] = "-"
            return kop_at(m, code, "pen", "jabatan")
        if variant == "unit_pegawai":
            row_of(m, "peg", "unit")[2] = None
            row_of(m, "peg", "unit2")[2] = None
            return kop_at(m, code, "peg", "unit", [idk("peg", "unit2")])
        if variant == "pangkat_pegawai":
            row_of(m, "peg", "pangkat")[2] = None
            row_of(m, "peg", "gol")[2] = None
            return kop_at(m, code, "peg", "pangkat", [idk("peg", "gol")])
        if variant == "nama_pegawai":
            row_of(m, "peg", "nama")[2] = None
            return kop_at(m, code, "peg", "nama")
    if code == "nip-tidak-valid":
        who = "pen" if variant == "17_digit_penilai" else "peg"
        d = m["people"][who]["nip"]
        at_ttd = True
        if variant == "bulan13_ttd_sah":
            bad, at_ttd = d[:12] + "13" + d[14:], False
        elif variant == "lahir_mustahil":
            bad = d[:4] + "0231" + d[8:]
        elif variant == "17_digit_penilai":
            bad = d[:10] + d[11:]
        elif variant == "jenis_kelamin":
            bad = d[:14] + "3" + d[15:]
        else:  # angka: typed as a number, Excel keeps 15 significant digits
            bad, at_ttd = None, False
            m["nip_num"] = float(d[:15] + "000")
        row_of(m, who, "nip")[2] = nip_text(bad, var) if bad else m["nip_num"]
        if at_ttd:
            m["ttd"][who][1] = bad
        at = kop_at(m, code, who, "nip")
        if at_ttd:
            at["boleh"].append({"code": code, "key": ("ttd", who, "nip")})
        return at
    if code == "pangkat-tidak-dikenal":
        who = "pen" if variant == "penilai" else "peg"
        p = m["people"][who]
        name = {
            "III/d": "Penata Muda",
            "IV/a": "Penata Tingkat I",
            "IV/b": "Pembina Utama",
            "IV/c": "Pembina",
            "IV/d": "Pembina Utama Muda",
            "III/b": "Penata",
        }[p["gol"]]
        if variant == "tidak_ada":
            name = "Pembina Madya"
        new = pangkat_rows(p, var, name=name)
        for r in new:
            row_of(m, who, r[0])[2] = r[2]
        extra = [idk(who, "gol")] if "pangkat_gol_terpisah" in var else []
        return kop_at(m, code, who, "pangkat", extra)
    if code == "jenjang-golongan-tidak-sesuai":
        new = pangkat_rows(peg_p, var, gol=variant, name=JENJANG_PANGKAT[variant])
        for r in new:
            row_of(m, "peg", r[0])[2] = r[2]
        if "pangkat_gol_terpisah" in var:
            at = kop_at(m, code, "peg", "gol", [idk("peg", "pangkat"), idk("peg", "jabatan")])
        else:
            at = kop_at(m, code, "peg", "pangkat", [idk("peg", "jabatan")])
        return at
    if code == "periode-tidak-valid":
        p = m["periode"]
        if variant == "terbalik":
            p["start"], p["end"] = (31, 12, 2027), (1, 1, 2027)
        elif variant == "lintas_tahun":
            p["start"], p["end"] = (1, 7, 2027), (30, 6, 2028)
        elif variant == "tahun_beda":
            p["start"], p["end"] = (1, 1, 2027), (31, 12, 2026)
        else:
            p["empty"] = True
        alt, boleh = [], []
        if m["ak_sheet"]:
            alt.append(("periode", "ak"))
            boleh.append({"code": code, "sheetkind": "ak"})
        return {"code": code, "key": ("periode", "skp"), "alt": alt, "boleh": boleh}
    if code == "penilai-sama-dengan-pegawai":
        peg_rows = {r[0]: r[2] for r in m["blocks"]["peg"]}
        if variant == "blok_disalin":
            m["blocks"]["pen"] = copy.deepcopy(m["blocks"]["peg"])
            m["ttd"]["pen"] = list(m["ttd"]["peg"])
        else:
            d = peg_p["nip"]
            row_of(m, "pen", "nip")[2] = d if peg_rows["nip"] != d else spaced(d)
            m["ttd"]["pen"][1] = d
        at = kop_at(m, code, "pen", "nip", [idk("peg", "nip")])
        at["boleh"].append({"code": code, "key": ("ttd", "pen", "nip")})
        return at
    # ---- plan
    kat_boleh = [{"code": c, "rowkey": None} for c in KATEGORI_CODES] if m["model"] == "pengembangan" else []

    def with_row(at: dict, ri: int, ii: int) -> dict:
        for b in at["boleh"]:
            if "rowkey" in b:
                b["rowkey"] = ("plan", ri, ii, "iki")
        return at

    if code == "rk-atasan-kosong":
        rks[1]["atasan"] = None
        return {"code": code, "key": ("plan", 1, "atasan"), "alt": [], "boleh": []}
    if code == "rk-berbasis-aktivitas":
        rks[0]["text"] = variant
        boleh = [{"code": code, "sheetkind": "ak"}] if m["ak_sheet"] else []
        return {"code": code, "key": ("plan", 0, "rk"), "alt": [], "boleh": boleh}
    if code == "iki-tanpa-target":
        rks[1]["iki"][0]["target"] = None
        return with_row({"code": code, "key": ("plan", 1, 0, "target"), "alt": [], "boleh": kat_boleh}, 1, 0)
    if code == "target-tidak-terukur":
        ri = 1 if m["jenis"] == "jpt" else 0
        rks[ri]["iki"][0]["target"] = variant
        b = kat_boleh + [{"code": "target-tanpa-satuan", "rowkey": None}]
        return with_row({"code": code, "key": ("plan", ri, 0, "target"), "alt": [], "boleh": b}, ri, 0)
    if code == "aspek-tidak-valid":
        rks[0]["iki"][1]["aspek"] = variant
        return with_row({"code": code, "key": ("plan", 0, 1, "aspek"), "alt": [], "boleh": kat_boleh}, 0, 1)
    if code == "aspek-ganda":
        rks[1]["iki"][1]["aspek"] = "Kuantitas"
        return {"code": code, "key": ("plan", 1, 1, "aspek"), "alt": [], "boleh": []}
    if code == "rk-ganda":
        rks[1]["text"] = rks[0]["text"]
        for ik in rks[1]["iki"]:
            if "manual" in ik:
                ik["manual"]["rencana"] = rks[0]["text"]
        boleh = [{"code": code, "sheetkind": "ak"}] if m["ak_sheet"] else []
        return {"code": code, "key": ("plan", 1, "rk"), "alt": [], "boleh": boleh}
    if code == "target-absolut":
        ik = rks[0]["iki"][1]
        ik["text"], ik["target"] = variant, "100 %"
        return {"code": code, "key": ("plan", 0, 1, "iki"), "alt": [("plan", 0, 1, "target")], "boleh": []}
    if code == "target-tanpa-satuan":
        ik = rks[1]["iki"][0]
        ik["target"] = fmt(ik["t"])
        if "lv" in ik:
            ik["lv"] = kategori(ik, bare=True)
        return with_row({"code": code, "key": ("plan", 1, 0, "target"), "alt": [], "boleh": kat_boleh}, 1, 0)
    if code == "satuan-tidak-sesuai-aspek":
        ik = rks[0]["iki"][2]
        ik["sat"] = rks[0]["iki"][0]["sat"]
        ik["target"] = f"{ik['t']} {ik['sat']}"
        if "lv" in ik:
            ik["lv"] = kategori(ik)
        return with_row({"code": code, "key": ("plan", 0, 2, "target"), "alt": [], "boleh": kat_boleh}, 0, 2)
    if code == "perspektif-tidak-valid":
        rks[4]["persp"] = variant
        return {"code": code, "key": ("plan", 4, "persp"), "alt": [], "boleh": []}
    if code == "cara-memantau-kosong":
        rks[1]["cara"][1] = None
        return {"code": code, "key": ("plan", 1, "sumber"), "alt": [], "boleh": []}
    if code == "kategori-penilaian-kosong":
        rks[0]["iki"][0]["lv"] = None
        alt = [("plan", 0, 0, lv) for lv in LEVELS if lv != "b"]
        return {"code": code, "key": ("plan", 0, 0, "b"), "alt": alt, "boleh": []}
    if code == "manual-iki-kosong":
        rks[1]["iki"][0]["manual"]["formula"] = None
        return {
            "code": code,
            "key": ("manual", 1, 0, "formula", "value"),
            "alt": [("manual", 1, 0, "formula", "label")],
            "boleh": [],
        }
    if code == "keterkaitan-ak-hilang":
        m["ak_sheet"] = False
        return {"code": code, "key": None, "alt": [], "boleh": []}
    if code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        return {"code": code, "key": ("plan", 1, "rk"), "alt": [], "boleh": []}
    if code == "angka-kredit-tidak-valid":
        rks[0]["butir"][0][2] = variant
        return {"code": code, "key": ("ak", 0, 0, "ak"), "alt": [], "boleh": []}
    raise KeyError((code, variant))


# ------------------------------------------------------------------------------------------------ layout

WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = PatternFill("solid", fgColor="DDEBF7")


class Sheet:
    def __init__(self, ws, kind: str, cells: dict) -> None:
        self.ws, self.kind, self.cells = ws, kind, cells

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        key: tuple | None = None,
        bold: bool = False,
        center: bool = False,
        box: bool = False,
        fill: bool = False,
    ) -> None:
        cell = self.ws.cell(row=r, column=c)
        cell.value = v
        cell.alignment = CENTER if center else WRAP
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        if fill:
            cell.fill = FILL
        if key is not None:
            self.cells[key] = (self.ws.title, cell.coordinate)

    def merge(self, r1: int, c1: int, r2: int, c2: int, box: bool = True) -> None:
        if box:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def periode_text(m: dict) -> str:
    p, var = m["periode"], m["var"]
    (d1, m1, y1), (d2, m2, y2) = p["start"], p["end"]
    normal = y1 == y2 and (d1, m1) <= (d2, m2)
    if "periode_angka" in var:
        return "PERIODE:" if p["empty"] else f"PERIODE: {d1:02d}-{m1:02d}-{y1} s.d. {d2:02d}-{m2:02d}-{y2}"
    if "periode_sd" in var:
        if p["empty"]:
            return "Periode Penilaian :"
        a = f"{d1} {BULAN[m1]}" + ("" if normal else f" {y1}")
        return f"Periode Penilaian : {a} s/d {d2} {BULAN[m2]} {y2}"
    if p["empty"]:
        return "PERIODE PENILAIAN:"
    a = f"{d1} {BULAN[m1].upper()}" + ("" if normal else f" {y1}")
    return f"PERIODE PENILAIAN: {a} SD {d2} {BULAN[m2].upper()} {y2}"


def agency_line(m: dict) -> str:
    nama = bank.AGENCY[m["agency"]]["nama"].upper()
    return nama if bank.KAB.upper() in nama else f"{nama} KABUPATEN {bank.KAB.upper()}"


def kop(sh: Sheet, m: dict, title: str, last: int, letterhead: bool) -> int:
    r = 1
    if letterhead and "kop_surat" in m["var"]:
        ag = bank.AGENCY[m["agency"]]
        for text, bold in (
            (bank.PEMDA, True),
            (ag["nama"].upper(), True),
            (ag["alamat"], False),
            (f"Laman: bukitcendanakab.go.id  Pos-el: {ag['surel']}", False),
        ):
            sh.put(r, 2, text, bold=bold, center=True)
            sh.merge(r, 2, r, last, box=False)
            r += 1
        for c in range(2, last + 1):
            sh.ws.cell(row=r - 1, column=c).border = Border(bottom=Side(style="double"))
        r += 1
    sh.put(r, 2, title, bold=True, center=True)
    sh.merge(r, 2, r, last, box=False)
    r += 1
    if not (letterhead and "kop_surat" in m["var"]):
        sh.put(r, 2, agency_line(m), bold=True, center=True)
        sh.merge(r, 2, r, last, box=False)
        r += 1
    if "periode_sd" in m["var"]:
        r += 1
        sh.put(r, 2, periode_text(m), ("periode", sh.kind))
        r += 2
    else:
        sh.put(r, 2, periode_text(m), ("periode", sh.kind), bold=True, center=True)
        sh.merge(r, 2, r, last, box=False)
        r += 2
    return r


HEADS = {
    "peg": "PEGAWAI YANG DINILAI",
    "pen": "PEJABAT PENILAI KINERJA",
    "ats": "ATASAN PEJABAT PENILAI KINERJA",
}


def block_width(var: set[str]) -> int:
    return 5 if "titik_dua_kolom" in var else 4


def write_block(sh: Sheet, m: dict, who: str, r: int, c0: int) -> int:
    """One identity block from row r, column c0 (NO | label | [':'] | value over two columns); returns the
    row after it."""
    var = m["var"]
    w = block_width(var)
    last = c0 + w - 1
    sh.put(r, c0, "NO", bold=True, center=True, box=True, fill=True)
    sh.put(r, c0 + 1, HEADS[who], bold=True, center=True, box=True, fill=True)
    sh.merge(r, c0 + 1, r, last)
    r += 1
    n = 0
    for key, label, value in m["blocks"][who]:
        k = ("id", sh.kind, who, key)
        if label is not None:
            n += 1
            sh.put(r, c0, n, center=True, box=True)
        else:
            sh.put(r, c0, None, box=True)
        if "label_isi_satu_sel" in var:
            if label is None:
                text = value
            elif isinstance(value, str) and value.upper().startswith(label + "."):
                text = value  # NIP. 1980… is label and value at once
            else:
                text = f"{label} : {value}" if value not in (None, "") else f"{label} :"
            if isinstance(value, float):
                text = value  # an NIP typed as a number stays a number
            sh.put(r, c0 + 1, text, k + ("value",), box=True)
            sh.cells[k + ("label",)] = sh.cells[k + ("value",)]
            sh.merge(r, c0 + 1, r, last)
        else:
            sh.put(r, c0 + 1, label, k + ("label",), box=True)
            vc = c0 + 2
            if "titik_dua_kolom" in var:
                sh.put(r, c0 + 2, ":" if label is not None else None, k + ("colon",), center=True, box=True)
                vc += 1
            sh.put(r, vc, value, k + ("value",), box=True)
            if isinstance(value, float):
                sh.ws.cell(row=r, column=vc).number_format = "0"
            sh.merge(r, vc, r, last)
        r += 1
    return r


def identity(sh: Sheet, m: dict, r: int) -> int:
    var = m["var"]
    whos = [w for w in ("peg", "pen", "ats") if w in m["blocks"]]
    if "blok_bertumpuk" in var:
        for who in whos:
            r = write_block(sh, m, who, r, 2) + 1
        return r
    w = block_width(var)
    end = r
    for i, who in enumerate(whos):
        end = max(end, write_block(sh, m, who, r, 2 + i * w))
    return end + 1


def signature(sh: Sheet, m: dict, r: int, left: int, right: int, mid: int) -> int:
    sh.put(r, right, f"{bank.TEMPAT}, 4 Januari 2027")
    sh.put(r + 1, left, "Pegawai yang Dinilai,")
    sh.put(r + 1, right, "Pejabat Penilai Kinerja,")

    def person(who: str, col: int, row: int) -> None:
        name, nip = m["ttd"][who]
        sh.put(row, col, name, bold=True)
        sh.ws.cell(row=row, column=col).font = Font(bold=True, underline="single")
        if nip is not None:
            sh.put(row + 1, col, f"NIP. {spaced(nip)}" if nip else "NIP.", ("ttd", who, "nip"))

    person("peg", left, r + 5)
    person("pen", right, r + 5)
    r += 8
    if "ats" in m["ttd"]:
        sh.put(r, mid, "Mengetahui,")
        sh.put(r + 1, mid, "Atasan Pejabat Penilai Kinerja,")
        person("ats", mid, r + 5)
        r += 8
    return r


def columns(m: dict) -> list[str]:
    if m["jenis"] == "jpt":
        return (["persp"] if m["model"] == "pengembangan" else []) + ["no", "rk", "iki", "target"]
    cols = ["no", "atasan", "rk", "aspek", "iki", "target"]
    if m["model"] == "pengembangan":
        cols += LEVELS + ["data", "sumber", "waktu"]
    return cols


HEAD = {
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "persp": "PERSPEKTIF",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
    **LEVEL_HEAD,
}
WIDTH = {
    "no": 5,
    "atasan": 30,
    "rk": 34,
    "aspek": 11,
    "iki": 34,
    "target": 14,
    "persp": 18,
    "data": 18,
    "sumber": 18,
    "waktu": 14,
    "sk": 11,
    "k": 11,
    "c": 11,
    "b": 11,
    "sb": 11,
}
PER_RK = {"no", "atasan", "rk", "persp", "data", "sumber", "waktu"}


def table(sh: Sheet, m: dict, r: int) -> tuple[int, dict[str, int]]:
    cols = columns(m)
    col = {k: 2 + i for i, k in enumerate(cols)}
    last = 1 + len(cols)
    two = m["model"] == "pengembangan" and m["jenis"] != "jpt"
    for k in cols:
        if two and k in LEVEL_HEAD or two and k in ("data", "sumber", "waktu"):
            sh.put(r + 1, col[k], HEAD[k], bold=True, center=True, box=True, fill=True)
        else:
            sh.put(r, col[k], HEAD[k], bold=True, center=True, box=True, fill=True)
            if two:
                sh.merge(r, col[k], r + 1, col[k])
    if two:
        sh.put(r, col["sk"], "KATEGORI PENILAIAN KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col["sk"], r, col["sb"])
        sh.put(r, col["data"], "CARA MEMANTAU KINERJA", bold=True, center=True, box=True, fill=True)
        sh.merge(r, col["data"], r, col["waktu"])
        r += 1
    r += 1
    sh.put(r, 2, "A. KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 2, r, last)
    r += 1
    for ri, rk in enumerate(m["rk"]):
        top = r
        for ii, ik in enumerate(rk["iki"]):
            for k in cols:
                if k in PER_RK and ii:
                    continue
                v = {
                    "no": ri + 1,
                    "atasan": rk["atasan"],
                    "rk": rk["text"],
                    "persp": rk["persp"],
                    "aspek": ik.get("aspek"),
                    "iki": ik["text"],
                    "target": ik["target"],
                }.get(k)
                if k in ("data", "sumber", "waktu"):
                    v = rk["cara"][("data", "sumber", "waktu").index(k)]
                if k in LEVEL_HEAD:
                    v = ik["lv"][k] if ik.get("lv") else None
                key = ("plan", ri, k) if k in PER_RK else ("plan", ri, ii, k)
                sh.put(r, col[k], v, key, box=True, center=k in ("no", "aspek", "target") or k in LEVEL_HEAD)
            r += 1
        for k in cols:
            if k in PER_RK:
                sh.merge(top, col[k], r - 1, col[k])
            else:
                for rr in range(top, r):
                    sh.ws.cell(row=rr, column=col[k]).border = BOX
    sh.put(r, 2, "B. KINERJA TAMBAHAN", bold=True, box=True)
    sh.merge(r, 2, r, last)
    r += 1
    for k in cols:
        sh.put(r, col[k], None, box=True)
    return r + 1, col


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.active
    ws.title = "Rencana SKP"
    sh = Sheet(ws, "skp", cells)
    cols = columns(m)
    idw = (
        (3 if "blok_atasan_penilai" in m["var"] and "blok_bertumpuk" not in m["var"] else 2)
        * block_width(m["var"])
        if "blok_bertumpuk" not in m["var"]
        else block_width(m["var"])
    )
    last = max(1 + len(cols), 1 + idw)
    ws.column_dimensions["A"].width = 2
    for c in range(2, last + 2):
        ws.column_dimensions[get_column_letter(c)].width = 16
    for i, k in enumerate(cols):
        ws.column_dimensions[get_column_letter(2 + i)].width = max(WIDTH[k], 16 if k != "no" else 5)
    title = "RENCANA SKP TAHUN 2027" if "judul_tahun" in m["var"] else "RENCANA SASARAN KINERJA PEGAWAI"
    r = kop(sh, m, title, last, letterhead=True)
    r = identity(sh, m, r)
    r, col = table(sh, m, r)
    left = col.get("atasan", col["rk"])
    right = max(col["target"], col["iki"] + 1)
    signature(sh, m, r + 1, left, right, col["iki"] if m["jenis"] != "jpt" else col["rk"])


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet("Keterkaitan SKP-AK")
    sh = Sheet(ws, "ak", cells)
    idw = 3 * block_width(m["var"]) if "blok_atasan_penilai" in m["var"] else 2 * block_width(m["var"])
    last = max(6, 1 + (block_width(m["var"]) if "blok_bertumpuk" in m["var"] else idw))
    ws.column_dimensions["A"].width = 2
    for c, wdt in zip(range(2, 7), (5, 34, 34, 18, 13), strict=True):
        ws.column_dimensions[get_column_letter(c)].width = wdt
    r = kop(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", last, letterhead=False)
    r = identity(sh, m, r)
    sh.put(r, 2, "TANGGAL PENGAJUAN : 4 Januari 2027", bold=True)
    sh.merge(r, 2, r, 4, box=False)
    r += 2
    for i, h in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT")):
        sh.put(r, 2 + i, h, bold=True, center=True, box=True, fill=True)
    r += 1
    sh.put(r, 2, "KINERJA UTAMA", bold=True, box=True)
    sh.merge(r, 2, r, 6)
    r += 1
    n = 0
    for ri, rk in enumerate(m["rk"]):
        if not rk["butir"]:
            continue
        n += 1
        top = r
        sh.put(r, 2, n, center=True, box=True)
        sh.put(r, 3, rk["text"], ("ak", ri, "rk"), box=True)
        for bi, (butir, output, ak) in enumerate(rk["butir"]):
            sh.put(r, 4, butir, box=True)
            sh.put(r, 5, output, box=True)
            sh.put(r, 6, ak, ("ak", ri, bi, "ak"), center=True, box=True)
            r += 1
        sh.merge(top, 2, r - 1, 2)
        sh.merge(top, 3, r - 1, 3)


MANUAL_LABELS = [
    ("rencana", "RENCANA KINERJA"),
    ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("definisi", "DEFINISI IKI"),
    ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"),
    ("aspek", "JENIS ASPEK TARGET"),
    ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]


def write_manual(wb: Workbook, m: dict, cells: dict) -> None:
    ws = wb.create_sheet("Manual IKI")
    sh = Sheet(ws, "manual", cells)
    ws.column_dimensions["A"].width = 2
    for c, wdt in zip(range(2, 6), (5, 30, 40, 30), strict=True):
        ws.column_dimensions[get_column_letter(c)].width = wdt
    sh.put(1, 2, "MANUAL INDIKATOR KINERJA", bold=True, center=True)
    sh.merge(1, 2, 1, 5, box=False)
    sh.put(2, 2, full_name(m["people"]["peg"], m["var"]) + " - " + m["people"]["peg"]["jabatan"], center=True)
    sh.merge(2, 2, 2, 5, box=False)
    r, n = 4, 0
    for ri, rk in enumerate(m["rk"]):
        for ii, ik in enumerate(rk["iki"]):
            n += 1
            top = r
            sh.put(r, 2, n, center=True, box=True)
            for key, label in MANUAL_LABELS:
                sh.put(r, 3, label, ("manual", ri, ii, key, "label"), bold=True, box=True)
                sh.put(r, 4, ik["manual"][key], ("manual", ri, ii, key, "value"), box=True)
                sh.merge(r, 4, r, 5)
                r += 1
            sh.merge(top, 2, r - 1, 2)
            r += 1


def write_workbook(m: dict, path: Path) -> dict:
    cells: dict = {}
    wb = Workbook()
    write_plan(wb, m, cells)
    if m["ak_sheet"]:
        write_ak(wb, m, cells)
    if m["jenis"] == "jpt":
        write_manual(wb, m, cells)
    wb.save(path)
    return cells


# ------------------------------------------------------------------------------------------------ manifest


def entry(m: dict, at: dict, cells: dict) -> tuple[dict, list[dict]]:
    def where(key: tuple) -> tuple[str, str] | None:
        return cells.get(key)

    sev = DEFECTS[at["code"]][0]
    main = where(at["key"]) if at["key"] else None
    if at["key"] is not None and main is None:
        raise KeyError((m["role"], at))
    alts, seen = [], {main}
    for k in at["alt"]:
        w = where(k)
        if w and w not in seen:
            seen.add(w)
            alts.append({"sheet": w[0], "cell": w[1]})
    d = {
        "code": at["code"],
        "severity": sev,
        "sheet": main[0] if main else None,
        "cell": main[1] if main else None,
        "alt_cells": alts,
    }
    boleh = []
    for b in at["boleh"]:
        if "sheetkind" in b:
            boleh.append({"code": b["code"], "sheet": "Keterkaitan SKP-AK"})
        elif "key" in b:
            w = where(b["key"])
            if w:
                boleh.append({"code": b["code"], "sheet": w[0], "cell": w[1]})
        elif "rowkey" in b:
            w = where(b["rowkey"])
            boleh.append(
                {"code": b["code"], "sheet": w[0], "row": "".join(ch for ch in w[1] if ch.isdigit())}
            )
    return d, boleh


def pppk_boleh(m: dict, cells: dict) -> list[dict]:
    """SPEC §5 accepts PPPK numbers but names no PPPK golongan: a finding on the golongan cell is
    ``boleh``."""
    out = []
    for kind in ("skp", "ak"):
        for key in ("pangkat", "gol"):
            w = cells.get(("id", kind, "peg", key, "value"))
            if w is None:
                continue
            for code in ("pangkat-tidak-dikenal", "identitas-kosong", "jenjang-golongan-tidak-sesuai"):
                out.append({"code": code, "sheet": w[0], "cell": w[1]})
            out.append({"code": "jenjang-golongan-tidak-sesuai", "sheet": w[0]})
    uniq = []
    for b in out:
        if b not in uniq:
            uniq.append(b)
    return uniq


def draw(
    rng: random.Random, options: list[str], used: dict[str, int], n: int, chosen: list[str]
) -> list[str]:
    pool = list(options)
    rng.shuffle(pool)
    added = 0
    while added < n and pool:
        pool.sort(key=lambda v: used[v])
        v = pool.pop(0)
        if v in chosen or any(v in ex and ex & set(chosen) for ex in EXCLUSIVE):
            continue
        chosen.append(v)
        added += 1
    for v in chosen:
        used[v] += 1
    return sorted(chosen)


def file_name(form: str, n: int, codes: list[str]) -> str:
    return f"{form}-{n:02d}-rencana2027-{'-'.join(codes) if codes else 'bersih'}.xlsx"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    if a.keluaran.exists():
        shutil.rmtree(a.keluaran)
    a.keluaran.mkdir(parents=True)
    used = {v: 0 for v in VARIATIONS}
    counters: dict[str, int] = {}
    files = []
    for form, role, defects, forced, never in PLAN:
        counters[form] = counters.get(form, 0) + 1
        P = bank.PEOPLE
        pen = P[P[role]["penilai"]]
        chosen = sorted(forced)
        if pen["nip"] is None:
            chosen.append("penilai_bupati")
        if P[role]["pppk"]:
            chosen += ["pppk", "baris_status"]
        opts = [v for v in VARIATIONS if v not in IMPLIED and v not in never]
        if pen["penilai"] is None or pen["nip"] is None:
            opts = [v for v in opts if v not in NEED_ATASAN]
        var = draw(rng, opts, used, rng.randint(3, 5), sorted(set(chosen)))
        m = build_model(form, role, set(var))
        ats = [apply_defect(m, code, variant) for code, variant in defects]
        name = file_name(form, counters[form], [c for c, _ in defects])
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], []
        for at in ats:
            d, b = entry(m, at, cells)
            ds.append(d)
            boleh += [x for x in b if x not in boleh]
        if "pppk" in var:
            boleh += [x for x in pppk_boleh(m, cells) if x not in boleh]
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": var,
                "peran": role,
                "jabatan": P[role]["jabatan"],
            }
        )
    files.sort(key=lambda f: f["file"])
    a.harapan.write_text(
        json.dumps({"set": SET_NAME, "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
