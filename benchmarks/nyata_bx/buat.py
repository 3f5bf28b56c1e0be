"""Generator of the held-out set ``nyata_bx``: Rencana SKP 2027 (and on twelve workbooks a filled Penilaian
SKP 2026) of the fictional Kabupaten Lembah Sawangan — Satpol PP, Dinas Pemadam Kebakaran, Dinas Pertanian dan
Ketahanan Pangan, Dinas Lingkungan Hidup, Bagian Pengadaan Barang dan Jasa (Setda) and UPTD Puskesmas — whose
point is the JABATAN titles as agencies write them (SPEC §3.10): JF without the word Ahli, with role suffixes
(``selaku``, ``merangkap``), in capitals, PPPK, Plt./Plh., the new and old JA pelaksana names.
Deterministic (fixed seed), openpyxl only.

Each workbook is a content model (identity, periode, RK with IKI, target, kategori, cara memantau, butir
kegiatan, Manual IKI, Penilaian scored by SPEC §6) → the defects written into the model → the layout of this
set; every cell written for a place of the model is recorded under its key, so each defect's cell is known.

Usage: ``python benchmarks/nyata_bx/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270119
SET_NAME = "nyata_bx"

ROLE_TAGS = [
    "jf_tanpa_ahli",
    "jf_keterampilan",
    "jf_peran",
    "jabatan_kapital",
    "plt_plh",
    "pelaksana_baru",
    "pelaksana_lama",
    "pppk",
]
DRAWN = ["pangkat_singkat", "nip_rapat", "label_salah_ketik", "aspek_lama", "kinerja_tambahan"]
VARIATIONS = ROLE_TAGS + DRAWN
EXCLUSIVE: list[set[str]] = []

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
    "target-rentang-terbalik": ("error", "rencana"),
    "target-absolut": ("peringatan", "rencana"),
    "aspek-tidak-valid": ("error", "rencana"),
    "aspek-ganda": ("peringatan", "rencana"),
    "rk-ganda": ("peringatan", "rencana"),
    "satuan-tidak-sesuai-aspek": ("peringatan", "rencana"),
    "target-tanpa-satuan": ("peringatan", "rencana"),
    "perspektif-tidak-valid": ("error", "rencana"),
    "perspektif-tidak-lengkap": ("peringatan", "rencana"),
    "kategori-penilaian-kosong": ("error", "rencana"),
    "kategori-tidak-berurutan": ("error", "rencana"),
    "kategori-tidak-membedakan": ("error", "rencana"),
    "cara-memantau-kosong": ("error", "rencana"),
    "manual-iki-kosong": ("error", "rencana"),
    "keterkaitan-ak-hilang": ("error", "jf"),
    "rk-tanpa-butir-kegiatan": ("error", "jf"),
    "angka-kredit-tidak-valid": ("error", "jf"),
    "realisasi-kosong": ("error", "penilaian"),
    "capaian-tidak-sesuai": ("error", "penilaian"),
    "predikat-tidak-sesuai": ("error", "penilaian"),
    "target-penilaian-berbeda": ("error", "penilaian"),
}
WITHOUT_CELL = {"keterkaitan-ak-hilang", "perspektif-tidak-lengkap"}
PENILAIAN_CODES = [
    "realisasi-kosong",
    "capaian-tidak-sesuai",
    "predikat-tidak-sesuai",
    "target-penilaian-berbeda",
]
HEADER_CODES = {
    "nip-tidak-valid",
    "pangkat-tidak-dikenal",
    "jenjang-golongan-tidak-sesuai",
    "identitas-kosong",
    "penilai-sama-dengan-pegawai",
    "periode-tidak-valid",
}

P, R = True, False
PLAN: list[tuple[str, str, bool, list[str]]] = [
    ("ja-dasar", "sek_satpol", P, []),
    ("ja-dasar", "plo_satpol", P, []),
    ("ja-dasar", "pu_satpol", P, ["realisasi-kosong"]),
    ("ja-dasar", "olo_damkar", P, ["capaian-tidak-sesuai"]),
    ("ja-dasar", "pu_damkar", P, []),
    ("ja-dasar", "pd_pbj", R, ["nip-tidak-valid", "rk-berbasis-aktivitas"]),
    ("ja-dasar", "pp_pus", R, ["target-rentang-terbalik", "target-absolut"]),
    ("ja-pengembangan", "kabid_gakda", R, ["pangkat-tidak-dikenal"]),
    ("ja-pengembangan", "pdi_distan", R, []),
    ("ja-pengembangan", "kabid_nakkeswan", R, ["kategori-tidak-berurutan"]),
    ("ja-pengembangan", "pd_dlh", R, []),
    ("ja-pengembangan", "pp_dlh", R, ["cara-memantau-kosong", "aspek-ganda"]),
    ("ja-pengembangan", "kabag_pbj", R, []),
    ("ja-pengembangan", "pu_distan", R, ["identitas-kosong", "aspek-tidak-valid"]),
    ("jf-dasar", "polpp_mahir", P, []),
    ("jf-dasar", "polpp_terampil", P, ["jenjang-golongan-tidak-sesuai"]),
    ("jf-dasar", "penyuluh_terampil", P, []),
    ("jf-dasar", "penyuluh_muda", P, []),
    ("jf-dasar", "perawat_pppk", P, []),
    ("jf-dasar", "nutrisionis", P, ["predikat-tidak-sesuai"]),
    ("jf-dasar", "apoteker", P, ["target-penilaian-berbeda"]),
    ("jf-dasar", "paravet_mahir", R, ["keterkaitan-ak-hilang"]),
    ("jf-dasar", "pranakom_damkar", R, ["rk-tanpa-butir-kegiatan", "rk-atasan-kosong"]),
    ("jf-dasar", "tsl_pppk", R, []),
    ("jf-dasar", "ppbj_pertama", R, ["angka-kredit-tidak-valid", "iki-tanpa-target"]),
    ("jf-dasar", "pdl_pertama", R, []),
    ("jf-pengembangan", "polpp_madya", R, []),
    ("jf-pengembangan", "anhuk_satpol", R, []),
    ("jf-pengembangan", "damkar_penyelia", R, ["jenjang-golongan-tidak-sesuai"]),
    ("jf-pengembangan", "ankeb_muda", R, ["jenjang-golongan-tidak-sesuai"]),
    ("jf-pengembangan", "pranakom_penyelia", R, []),
    ("jf-pengembangan", "pdl_muda", R, ["keterkaitan-ak-hilang"]),
    ("jf-pengembangan", "medvet_muda", R, ["penilai-sama-dengan-pegawai"]),
    ("jf-pengembangan", "ppbj_madya", R, ["kategori-penilaian-kosong", "rk-ganda"]),
    ("jf-pengembangan", "epid_muda", R, ["periode-tidak-valid", "satuan-tidak-sesuai-aspek"]),
    ("jf-pengembangan", "bidan_pppk", R, []),
    ("jf-pengembangan", "sanitarian", R, ["kategori-tidak-membedakan"]),
    ("jpt-dasar", "sekda", R, []),
    ("jpt-dasar", "kadamkar", R, ["target-tidak-terukur"]),
    ("jpt-dasar", "kadinkes", R, []),
    ("jpt-dasar", "sahli", R, ["manual-iki-kosong", "target-tanpa-satuan"]),
    ("jpt-pengembangan", "kasatpol", R, []),
    ("jpt-pengembangan", "kadistan", R, ["perspektif-tidak-valid"]),
    ("jpt-pengembangan", "kadlh", R, []),
    ("jpt-pengembangan", "asisten2", R, ["perspektif-tidak-lengkap"]),
]
# jenjang-golongan defects: the golongan written instead of the role's
WRONG_GOL = {"polpp_terampil": "II/a", "damkar_penyelia": "III/a", "ankeb_muda": "III/b"}

LEVELS = ["sk", "k", "c", "b", "sb"]
LEVEL_HEAD = {"sk": "SANGAT KURANG", "k": "KURANG", "c": "CUKUP", "b": "BAIK", "sb": "SANGAT BAIK"}
PERSPEKTIF = ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"]
ASPEK_LAMA = {"Kuantitas": "Kuant/Output", "Kualitas": "Kual/Mutu", "Waktu": "Waktu"}
PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
PERILAKU_SETS = [
    (90, 92, 88, 90, 85),
    (85, 86, 84, 88, 82),
    (95, 94, 96, 92, 93),
    (80, 82, 78, 80, 80),
    (100, 98, 96, 98, 95),
    (75, 78, 76, 80, 76),
]


# ---------------------------------------------------------------- scoring (SPEC §6)
def half_up(x: Fraction) -> int:
    return (
        int(Decimal(x.numerator) / Decimal(x.denominator) + Decimal("0.5") // 1)
        if False
        else int(
            (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        )
    )


def band(c: int) -> str:
    if c > 100:
        return "Sangat Baik"
    if c == 100:
        return "Baik"
    if c >= 80:
        return "Cukup"
    if c >= 60:
        return "Kurang"
    return "Sangat Kurang"


def nilai(c: int) -> Fraction:
    if c > 110:
        return Fraction(120)
    if c >= 101:
        return 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return Fraction(109)
    if c >= 80:
        return 70 + Fraction(19, 19) * (c - 80)
    if c >= 60:
        return 50 + Fraction(19, 19) * (c - 60)
    return Fraction(c * 49, 59)


def predikat(nk: Fraction) -> str:
    if nk >= 90:
        return "Baik"
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


def raw_capaian(r: Fraction, t: Fraction, aspek: str) -> Fraction:
    return (2 - r / t) * 100 if aspek == "Waktu" else r / t * 100


def r2(x: Fraction) -> float:
    return (
        float(Decimal(x.numerator) / Decimal(x.denominator)).__round__(2)
        if False
        else float(
            (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        )
    )


# ---------------------------------------------------------------- model
def iki_set(rk_spec: tuple, rng: random.Random, pengembangan: bool) -> list[dict]:
    rk, produk, sat, t, _, wunit = rk_spec
    if pengembangan:
        assert t >= 8, rk
    pct = rng.choice([80, 85, 90])
    w = rng.choice([3, 5, 7, 10]) if wunit == "hari" else rng.choice([6, 8, 9])
    return [
        {"aspek": "Kuantitas", "text": f"Jumlah {produk}", "T": t, "sat": sat, "kind": "hitung"},
        {
            "aspek": "Kualitas",
            "text": f"Persentase {produk} yang sesuai standar",
            "T": pct,
            "sat": "%",
            "kind": "persen",
        },
        {"aspek": "Waktu", "text": f"Waktu penyelesaian {produk}", "T": w, "sat": wunit, "kind": "waktu"},
    ]


def fmt_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def target_text(iki: dict) -> str:
    return f"{fmt_num(iki['T'])} {iki['sat']}"


def levels(iki: dict) -> dict[str, str]:
    t, sat = iki["T"], iki["sat"]
    if iki["kind"] == "hitung":
        a, b = t // 2, (3 * t) // 4
        return {
            "sk": f"< {fmt_num(a)}",
            "k": f"{fmt_num(a)} - {fmt_num(b - 1)}",
            "c": f"{fmt_num(b)} - {fmt_num(t - 1)}",
            "b": target_text(iki),
            "sb": f"> {fmt_num(t)}",
        }
    if iki["kind"] == "persen":
        return {
            "sk": f"< {t - 20} %",
            "k": f"{t - 20} - {t - 11} %",
            "c": f"{t - 10} - {t - 1} %",
            "b": target_text(iki),
            "sb": f"> {t} %",
        }
    if sat == "hari":
        return {
            "sb": f"< {t} hari",
            "b": target_text(iki),
            "c": f"{t + 1} - {t + 2} hari",
            "k": f"{t + 3} - {t + 4} hari",
            "sk": f"> {t + 4} hari",
        }
    return {
        "sb": f"< {t} bulan",
        "b": target_text(iki),
        "c": f"{t + 1} bulan",
        "k": f"{t + 2} bulan",
        "sk": f"> {t + 2} bulan",
    }


CARA = [
    ("Rekap {p}", "Laporan {u}", "Bulanan"),
    ("Daftar {p}", "Aplikasi e-Kinerja", "Triwulanan"),
    ("Dokumen {p}", "Arsip {u}", "Akhir semester"),
]


def build_model(form: str, key: str, penilaian: bool, ppl: dict, rng: random.Random, var: set[str]) -> dict:
    jenis, model = form.split("-")
    peg = dict(ppl[key])
    pen = dict(ppl[peg["atasan"]])
    year = 2026 if penilaian else 2027
    m: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "penilaian": penilaian,
        "year": year,
        "key": key,
        "var": var,
        "dinas": peg["dinas"],
        "rks": [],
        "tambahan": [],
        "periode": f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {year}",
        "manual": True,
    }
    m["peg"] = {
        "nama": peg["nama"],
        "nip": peg["nip"],
        "pangkat": peg["pangkat"],
        "jabatan": peg["jabatan"],
        "unit": f"{peg['unit']}, {peg['dinas'].title()}"
        if peg["unit"] != peg["dinas"].title()
        else peg["unit"],
        "gol": peg["gol"],
    }
    pen_unit = pen["unit"] if pen["key"] != "bupati" else "Pemerintah Kabupaten Lembah Sawangan"
    m["pen"] = {
        "nama": pen["nama"],
        "nip": pen["nip"],
        "pangkat": pen["pangkat"],
        "jabatan": pen["jabatan"],
        "unit": pen_unit,
        "gol": pen["gol"],
    }
    m["pen_bupati"] = pen["key"] == "bupati"
    for who in ("peg", "pen"):
        p = m[who]
        if "pangkat_singkat" in var and "/" in p["gol"]:
            g = p["gol"]
            name = bank.PANGKAT[g].replace("Tingkat I", "Tk.I")
            p["pangkat"] = (
                f"{name.upper()}/{g.replace('/', '')}" if who == "peg" else f"{name}, {g.replace('/', ' ')}"
            )
        if "nip_rapat" in var and p["nip"] != "-":
            p["nip"] = p["nip"].replace(" ", "")
    if jenis == "jpt":
        unit = bank.JPT_UNIT[key]
        specs = [("Penerima Layanan", *x) for x in bank.JPT_RK[key]]
        specs += [(ps, rk.format(u=unit), iki.format(u=unit), t) for ps, rk, iki, t in bank.JPT_SHARED]
        for ps, rk, iki, t in specs:
            m["rks"].append({"text": rk, "persp": ps, "ikis": [{"text": iki, "target": t}]})
    else:
        atasan_rks = atasan_rk_texts(peg["atasan"])
        for i, spec in enumerate(bank.RK[key]):
            ikis = iki_set(spec, rng, model == "pengembangan")
            for iki in ikis:
                iki["target"] = target_text(iki)
                iki["lv"] = levels(iki)
                iki["aspek_text"] = ASPEK_LAMA[iki["aspek"]] if "aspek_lama" in var else iki["aspek"]
            d, s, w = CARA[i % 3]
            rk = {
                "text": spec[0],
                "atasan": atasan_rks[spec[4]],
                "ikis": ikis,
                "cara": [d.format(p=spec[1]), s.format(u=peg["unit"]), w],
            }
            if jenis == "jf":
                bt = bank.butir_for(peg["jabatan"])[i]
                rk["butir"] = [(bt[0], bt[1], bank.AK[(len(key) + i) % len(bank.AK)])]
            m["rks"].append(rk)
        if "kinerja_tambahan" in var:
            iki = {
                "aspek": "Kuantitas",
                "text": "Jumlah jam pelajaran pelatihan teknis yang diikuti",
                "T": 20,
                "sat": "JP",
                "kind": "hitung",
                "target": "20 JP",
            }
            iki["lv"] = levels(iki)
            iki["aspek_text"] = ASPEK_LAMA["Kuantitas"] if "aspek_lama" in var else "Kuantitas"
            m["tambahan"].append(
                {
                    "text": "Kompetensi teknis jabatan meningkat melalui pelatihan",
                    "atasan": "",
                    "ikis": [iki],
                    "cara": ["Sertifikat pelatihan", "Panitia pelatihan", "Akhir semester"],
                }
            )
    return m


def atasan_rk_texts(key: str) -> list[str]:
    ro = bank.role(key)
    if ro["jenis"] == "jpt":
        unit = bank.JPT_UNIT[key]
        return [x[0] for x in bank.JPT_RK[key]] + [rk.format(u=unit) for _, rk, _, _ in bank.JPT_SHARED]
    return [x[0] for x in bank.RK[key]]


def score(m: dict, rng: random.Random) -> None:
    """Realisasi per IKI (one outcome per RK), every written number by SPEC §6."""
    for rk in m["rks"]:
        outcome = rng.choice(["b", "sb", "sb", "c"])
        for iki in rk["ikis"]:
            t = iki["T"]
            while True:
                if outcome == "b":
                    r = t
                elif outcome == "sb":
                    r = {"hitung": t + max(1, (t * 3) // 20), "persen": 100, "waktu": (t * 4) // 5}[
                        iki["kind"]
                    ]
                else:
                    r = {"hitung": t - max(1, t // 12), "persen": t - 8, "waktu": t + 1}[iki["kind"]]
                raw = raw_capaian(Fraction(r), Fraction(t), iki["aspek"])
                if abs(raw - int(raw) - Fraction(1, 2)) >= Fraction(1, 10) or outcome == "b":
                    break
                outcome = "b"
            c = half_up(raw)
            iki.update(real=r, cap=c, kat=band(c), nilai=nilai(c))
        rk["nilai"] = sum((i["nilai"] for i in rk["ikis"]), Fraction(0)) / len(rk["ikis"])
    n = len(m["rks"])
    m["nilai_skp"] = sum((rk["nilai"] for rk in m["rks"]), Fraction(0)) / n
    for rk in m["rks"]:
        rk["tertimbang"] = rk["nilai"] / n
    sets = list(PERILAKU_SETS)
    rng.shuffle(sets)
    for ps in sets:
        p = Fraction(sum(ps), 5)
        nk = Fraction(7, 10) * m["nilai_skp"] + Fraction(3, 10) * p
        if nk < Fraction(1094, 10) and all(abs(nk - b) >= Fraction(6, 10) for b in (50, 70, 90)):
            m.update(perilaku=ps, nilai_perilaku=p, nk=nk, predikat=predikat(nk))
            return
    raise AssertionError("no perilaku fits")


# ---------------------------------------------------------------- defects
def apply_defect(m: dict, code: str, ppl: dict) -> dict:
    """Write ``code`` into the model; return where it is (layout keys) and what else may be reported."""
    at: dict[str, Any] = {"code": code, "key": None, "alt": [], "boleh": []}
    rks = m["rks"]
    if code == "identitas-kosong":
        m["pen"]["jabatan"] = ""
        at.update(key=("pen", "jabatan"))
    elif code == "nip-tidak-valid":
        n = m["peg"]["nip"]
        m["peg"]["nip"] = n[:12] + "13" + n[14:] if " " not in n else n[:13] + "13" + n[15:]
        at.update(key=("peg", "nip"), alt=[("sig", "peg_nip")], boleh=[("sig", "peg_nip")])
    elif code == "pangkat-tidak-dikenal":
        m["peg"]["pangkat"] = "Penata Muda, III/d"
        at.update(key=("peg", "pangkat"))
    elif code == "jenjang-golongan-tidak-sesuai":
        g = WRONG_GOL[m["key"]]
        m["peg"]["gol"] = g
        m["peg"]["pangkat"] = f"{bank.PANGKAT[g]}, {g}"
        at.update(key=("peg", "pangkat"), alt=[("peg", "jabatan")])
    elif code == "periode-tidak-valid":
        m["periode"] = f"PERIODE PENILAIAN: 1 JULI {m['year'] - 1} SD 30 JUNI {m['year']}"
        at.update(key=("periode",))
    elif code == "penilai-sama-dengan-pegawai":
        m["pen"] = dict(m["peg"])
        at.update(key=("pen", "nip"), alt=[("peg", "nip")], boleh=[("sig", "pen_nip")])
    elif code == "rk-atasan-kosong":
        rks[1]["atasan"] = ""
        at.update(key=("rk", 1, "atasan"))
    elif code == "rk-berbasis-aktivitas":
        rks[1]["text"] = "Melaksanakan pencatatan data paket pengadaan ke dalam aplikasi"
        at.update(key=("rk", 1, "text"))
    elif code == "iki-tanpa-target":
        rks[1]["ikis"][0]["target"] = ""
        at.update(key=("iki", 1, 0, "target"))
    elif code == "target-tidak-terukur":
        rks[0]["ikis"][0]["target"] = "Meningkat dari tahun sebelumnya"
        at.update(key=("iki", 0, 0, "target"), boleh=["target-tanpa-satuan"])
    elif code == "target-rentang-terbalik":
        iki = rks[0]["ikis"][1]
        iki["target"] = f"{iki['T'] + 5} - {iki['T'] - 5} %"
        at.update(key=("iki", 0, 1, "target"))
    elif code == "target-absolut":
        iki = rks[1]["ikis"][1]
        iki["target"] = "100 % untuk semua surat keluar"
        at.update(key=("iki", 1, 1, "target"), alt=[("iki", 1, 1, "text")])
    elif code == "aspek-tidak-valid":
        rks[0]["ikis"][1]["aspek_text"] = "Efektivitas"
        at.update(key=("iki", 0, 1, "aspek"), boleh=[("row", ("iki", 0, 1, "aspek"), c) for c in KAT_CODES])
    elif code == "aspek-ganda":
        rks[1]["ikis"][1]["aspek_text"] = rks[1]["ikis"][0]["aspek_text"]
        at.update(key=("iki", 1, 1, "aspek"), alt=[("iki", 1, 0, "aspek")])
    elif code == "rk-ganda":
        src = rks[1]
        m["tambahan"] = [
            {
                "text": src["text"],
                "atasan": "",
                "ikis": [dict(i) for i in src["ikis"]],
                "cara": list(src["cara"]),
            }
        ]
        at.update(key=("tam", 0, "text"))
    elif code == "satuan-tidak-sesuai-aspek":
        iki = rks[0]["ikis"][2]
        iki["target"] = f"{iki['T']} dokumen"
        iki["lv"] = {
            k: v.replace("hari", "dokumen").replace("bulan", "dokumen") for k, v in iki["lv"].items()
        }
        at.update(key=("iki", 0, 2, "target"), boleh=[("row", ("iki", 0, 2, "target"), c) for c in KAT_CODES])
    elif code == "target-tanpa-satuan":
        i = 1 if m["jenis"] != "jpt" else 0
        iki = rks[i]["ikis"][0]
        assert iki["text"].startswith("Jumlah"), iki
        iki["target"] = iki["target"].split()[0]
        at.update(key=("iki", i, 0, "target"))
    elif code == "perspektif-tidak-valid":
        rks[1]["persp"] = "Kepuasan Masyarakat"
        at.update(key=("rk", 1, "persp"))
    elif code == "perspektif-tidak-lengkap":
        del rks[4]
    elif code == "kategori-penilaian-kosong":
        rks[1]["ikis"][1]["lv"] = {k: "" for k in LEVELS}
        at.update(key=("iki", 1, 1, "b"), alt=[("iki", 1, 1, k) for k in ("sk", "k", "c", "sb")])
    elif code == "kategori-tidak-berurutan":
        lv = rks[0]["ikis"][0]["lv"]
        lv["c"], lv["k"] = lv["k"], lv["c"]
        at.update(
            key=("iki", 0, 0, "c"),
            alt=[("iki", 0, 0, "k")],
            boleh=[("row", ("iki", 0, 0, "c"), "kategori-tidak-membedakan")],
        )
    elif code == "kategori-tidak-membedakan":
        iki = rks[1]["ikis"][0]
        iki["lv"]["sb"] = iki["target"]
        at.update(
            key=("iki", 1, 0, "sb"),
            alt=[("iki", 1, 0, "b"), ("iki", 1, 0, "target")],
            boleh=[("row", ("iki", 1, 0, "sb"), "kategori-tidak-berurutan")],
        )
    elif code == "cara-memantau-kosong":
        rks[1]["cara"][2] = ""
        at.update(key=("rk", 1, "waktu"))
    elif code == "manual-iki-kosong":
        m["manual_kosong"] = (1, 0, "FORMULA")
        at.update(key=("man", 1, 0, "FORMULA"), alt=[("iki", 1, 0, "text")])
    elif code == "keterkaitan-ak-hilang":
        m["no_ak"] = True
    elif code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        at.update(key=("rk", 1, "text"))
    elif code == "angka-kredit-tidak-valid":
        b = rks[0]["butir"][0]
        rks[0]["butir"][0] = (b[0], b[1], "0")
        at.update(key=("ak", 0, 0, "ak"))
    # Penilaian
    elif code == "realisasi-kosong":
        rks[0]["ikis"][2]["real_blank"] = True
        at.update(key=("pn", 0, 2, "real"), boleh=["capaian-tidak-sesuai", "predikat-tidak-sesuai"])
    elif code == "capaian-tidak-sesuai":
        iki = rks[0]["ikis"][0]
        iki["nilai_written"] = iki["nilai"] - 9 if iki["nilai"] > 100 else iki["nilai"] + 15
        at.update(key=("pn", 0, 0, "nilai"), alt=[("pn", 0, 0, "cap"), ("pn", 0, 0, "kat")])
    elif code == "predikat-tidak-sesuai":
        m["predikat_written"] = "Sangat Baik" if m["predikat"] == "Baik" else "Baik"
        at.update(key=("predikat",))
    elif code == "target-penilaian-berbeda":
        iki = rks[0]["ikis"][0]
        iki["pn_target"] = f"{fmt_num(iki['T'] - max(1, iki['T'] // 10))} {iki['sat']}"
        at.update(
            key=("pn", 0, 0, "target"),
            alt=[("iki", 0, 0, "target")],
            boleh=["capaian-tidak-sesuai", "predikat-tidak-sesuai"],
        )
    else:
        raise KeyError(code)
    return at


KAT_CODES = ["kategori-tidak-berurutan", "kategori-tidak-membedakan", "kategori-penilaian-kosong"]

# ---------------------------------------------------------------- layout
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADFILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)


class Sheet:
    def __init__(self, wb: Workbook, title: str, cells: dict, first: bool = False):
        self.ws = wb.active if first else wb.create_sheet()
        self.ws.title = title
        self.cells = cells

    def put(
        self,
        r: int,
        c: int,
        v: Any,
        key: Any = None,
        box: bool = False,
        head: bool = False,
        center: bool = False,
    ) -> None:
        cell = self.ws.cell(row=r, column=c)
        if v not in (None, ""):
            cell.value = v
        cell.alignment = CENTER if (head or center) else WRAP
        if box or head:
            cell.border = BOX
        if head:
            cell.fill, cell.font = HEADFILL, BOLD
        if key is not None:
            self.cells[key] = (self.ws.title, cell.coordinate)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


LABELS = {
    "nama": "NAMA",
    "nip": "NIP",
    "pangkat": "PANGKAT/GOL RUANG",
    "jabatan": "JABATAN",
    "unit": "UNIT KERJA",
}
TYPO = {"pangkat": "PANGKA/GOL. RUANG"}


def kop(sh: Sheet, m: dict, title: str, width: int) -> int:
    lines = [bank.PEMDA, title, m["dinas"]]
    for i, t in enumerate(lines, start=1):
        sh.put(i, 1, t, center=True)
        sh.ws.cell(row=i, column=1).font = BOLD
        sh.merge(i, 1, i, width)
    sh.put(
        4,
        1,
        m["periode"],
        key=("periode",) if sh.ws.title == m["plan_sheet"] else ("periode", sh.ws.title),
        center=True,
    )
    sh.merge(4, 1, 4, width)
    return 6


def identity(sh: Sheet, m: dict, r: int, main: bool) -> int:
    typo = "label_salah_ketik" in m["var"]
    sh.put(r, 1, "NO", head=True)
    sh.put(r, 2, "PEGAWAI YANG DI NILAI" if typo else "PEGAWAI YANG DINILAI", head=True)
    sh.put(r, 3, None, head=True)
    sh.merge(r, 2, r, 3)
    sh.put(r, 4, "NO", head=True)
    sh.put(r, 5, "PEJABAT PENILAI KERJA" if typo else "PEJABAT PENILAI KINERJA", head=True)
    sh.put(r, 6, None, head=True)
    sh.merge(r, 5, r, 6)
    for i, f in enumerate(["nama", "nip", "pangkat", "jabatan", "unit"], start=1):
        label = TYPO.get(f, LABELS[f]) if typo else LABELS[f]
        sh.put(r + i, 1, i, box=True, center=True)
        sh.put(r + i, 2, label, box=True)
        sh.put(r + i, 3, m["peg"][f], key=("peg", f) if main else ("peg", f, sh.ws.title), box=True)
        sh.put(r + i, 4, i, box=True, center=True)
        plabel = "INSTANSI" if (f == "unit" and m["jenis"] == "jpt") else label
        sh.put(r + i, 5, plabel, box=True)
        sh.put(r + i, 6, m["pen"][f], key=("pen", f) if main else ("pen", f, sh.ws.title), box=True)
    return r + 7


def signature(sh: Sheet, m: dict, r: int, right: int) -> None:
    date = f"{bank.KOTA}, {'5 Januari 2027' if m['year'] == 2027 else '8 Januari 2027'}"
    sh.put(r, right, date)
    sh.put(r + 1, 2, "Pejabat Penilai Kinerja,")
    sh.put(r + 1, right, "Pegawai yang Dinilai,")
    sh.put(r + 5, 2, m["pen"]["nama"])
    sh.put(r + 5, right, m["peg"]["nama"])
    if m["pen"]["nip"] != "-":
        sh.put(r + 6, 2, f"NIP. {m['pen']['nip']}", key=("sig", "pen_nip"))
    sh.put(r + 6, right, f"NIP. {m['peg']['nip']}", key=("sig", "peg_nip"))


def plan_columns(m: dict) -> list[str]:
    if m["jenis"] == "jpt":
        cols = ["no", "rk", "iki", "target"]
        return (["persp"] + cols) if m["model"] == "pengembangan" else cols
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
    "real": "REALISASI",
    "cap": "CAPAIAN IKI",
    "kat": "KATEGORI CAPAIAN IKI",
    "nilai": "NILAI CAPAIAN IKI",
    "nrk": "NILAI CAPAIAN RK",
    "tt": "NILAI TERTIMBANG",
}
WIDTH = {
    "no": 5,
    "atasan": 32,
    "rk": 34,
    "aspek": 12,
    "iki": 34,
    "target": 14,
    "persp": 16,
    "data": 18,
    "sumber": 18,
    "waktu": 14,
    "real": 12,
    "cap": 11,
    "kat": 14,
    "nilai": 11,
    "nrk": 11,
    "tt": 11,
}
PER_RK = {"no", "atasan", "rk", "persp", "data", "sumber", "waktu", "nrk", "tt"}


def table(sh: Sheet, m: dict, cols: list[str], r: int, pn: bool) -> int:
    two = any(c in LEVELS for c in cols)
    for ci, c in enumerate(cols, start=1):
        sh.ws.column_dimensions[get_column_letter(ci)].width = max(
            WIDTH.get(c, 13), sh.ws.column_dimensions[get_column_letter(ci)].width or 0
        )
        if two and (c in LEVELS or c in ("data", "sumber", "waktu")):
            sh.put(r + 1, ci, HEAD[c], head=True)
        else:
            sh.put(r, ci, HEAD[c], head=True)
            if two:
                sh.put(r + 1, ci, None, head=True)
                sh.merge(r, ci, r + 1, ci)
    if two:
        k0 = cols.index("sk") + 1
        sh.put(r, k0, "KATEGORI PENILAIAN KINERJA", head=True)
        sh.merge(r, k0, r, k0 + 4)
        d0 = cols.index("data") + 1
        sh.put(r, d0, "CARA MEMANTAU KINERJA", head=True)
        sh.merge(r, d0, r, d0 + 2)
        r += 1
    r += 1
    for section, rks, kind in (
        ("A. KINERJA UTAMA", m["rks"], "rk"),
        ("B. KINERJA TAMBAHAN", m["tambahan"], "tam"),
    ):
        sh.put(r, 1, section, box=True)
        sh.ws.cell(row=r, column=1).font = BOLD
        sh.merge(r, 1, r, len(cols))
        r += 1
        if not rks:
            for ci in range(1, len(cols) + 1):
                sh.put(r, ci, None, box=True)
            r += 1
        for i, rk in enumerate(rks):
            n = len(rk["ikis"])
            for j, iki in enumerate(rk["ikis"]):
                ik = "iki" if kind == "rk" else "tiki"
                for ci, c in enumerate(cols, start=1):
                    if c in PER_RK and j > 0:
                        sh.put(r + j, ci, None, box=True)
                        continue
                    v, key = value(m, rk, i, iki, j, c, pn, kind)
                    if pn:
                        key = ("pn", i, j, c) if c not in PER_RK else ("pn", i, c)
                        if kind == "tam":
                            key = None
                    elif key is not None and key[0] == "iki":
                        key = (ik,) + key[1:]
                    elif key is not None and key[0] == "rk" and kind == "tam":
                        key = ("tam",) + key[1:]
                    sh.put(
                        r + j, ci, v, key=key, box=True, center=c in ("no", "aspek", "target") or c in LEVELS
                    )
            for ci, c in enumerate(cols, start=1):
                if c in PER_RK:
                    sh.merge(r, ci, r + n - 1, ci)
            r += n
    return r


def value(m: dict, rk: dict, i: int, iki: dict, j: int, c: str, pn: bool, kind: str) -> tuple[Any, Any]:
    if c == "no":
        return i + 1, None
    if c in ("atasan", "rk", "persp"):
        return rk.get({"rk": "text"}.get(c, c), ""), ("rk", i, "text" if c == "rk" else c)
    if c in ("data", "sumber", "waktu"):
        return rk["cara"][["data", "sumber", "waktu"].index(c)], ("rk", i, c)
    if c == "aspek":
        return iki["aspek_text"], ("iki", i, j, "aspek")
    if c == "iki":
        return iki["text"], ("iki", i, j, "text")
    if c == "target":
        return (iki.get("pn_target", iki["target"]) if pn else iki["target"]), ("iki", i, j, "target")
    if c in LEVELS:
        return iki["lv"][c], ("iki", i, j, c)
    blank = iki.get("real_blank")
    if c == "real":
        if blank:
            return None, None
        return (f"{iki['real']} %" if iki["kind"] == "persen" else iki["real"]), None
    if c == "cap":
        return (None if blank else f"{iki['cap']} %"), None
    if c == "kat":
        return (None if blank else iki["kat"]), None
    if c == "nilai":
        return (None if blank else r2(iki.get("nilai_written", iki["nilai"]))), None
    if c == "nrk":
        return r2(rk["nilai"]), None
    if c == "tt":
        return r2(rk["tertimbang"]), None
    raise KeyError(c)


def write_plan(wb: Workbook, m: dict, cells: dict) -> None:
    sh = Sheet(wb, m["plan_sheet"], cells, first=True)
    cols = plan_columns(m)
    width = max(len(cols), 6)
    title = "RENCANA SASARAN KINERJA PEGAWAI"
    r = kop(sh, m, title, width)
    r = identity(sh, m, r, True)
    r = table(sh, m, cols, r + 1, False)
    signature(sh, m, r + 1, 5 if width >= 6 else 4)
    for ci in range(1, 7):
        col = sh.ws.column_dimensions[get_column_letter(ci)]
        col.width = max(col.width or 0, 14)


def write_penilaian(wb: Workbook, m: dict, cells: dict) -> None:
    sh = Sheet(wb, "PENILAIAN SKP", cells)
    cols = plan_columns(m) + ["real", "cap", "kat", "nilai", "nrk", "tt"]
    r = kop(sh, m, "PENILAIAN SASARAN KINERJA PEGAWAI", len(cols))
    r = table(sh, m, cols, r, True)
    last = len(cols)
    sh.put(r, 1, "NILAI AKHIR SKP", box=True)
    sh.merge(r, 1, r, last - 1)
    sh.put(r, last, r2(m["nilai_skp"]), box=True)
    r += 2
    sh.put(r, 2, "ASPEK PERILAKU", head=True)
    sh.put(r, 3, "NILAI", head=True)
    for k, (name, v) in enumerate(zip(PERILAKU, m["perilaku"], strict=True), start=1):
        sh.put(r + k, 1, k, box=True, center=True)
        sh.put(r + k, 2, name, box=True)
        sh.put(r + k, 3, v, box=True)
    r += 7
    rows = [
        ("NILAI PERILAKU", r2(m["nilai_perilaku"]), None),
        ("NILAI KINERJA (70% SKP + 30% PERILAKU)", r2(m["nk"]), None),
        ("PREDIKAT KINERJA", m.get("predikat_written", m["predikat"]), ("predikat",)),
    ]
    for k, (label, v, key) in enumerate(rows):
        sh.put(r + k, 2, label, box=True)
        sh.put(r + k, 3, v, key=key, box=True)


def write_ak(wb: Workbook, m: dict, cells: dict) -> None:
    sh = Sheet(wb, "Keterkaitan SKP-AK", cells)
    r = kop(sh, m, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 6)
    r = identity(sh, m, r, False)
    sh.put(r, 1, "TANGGAL PENGAJUAN")
    sh.merge(r, 1, r, 2)
    sh.put(r, 3, "5 Januari 2027" if m["year"] == 2027 else "6 Januari 2026")
    r += 2
    for ci, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        sh.put(r, ci, h, head=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", box=True)
    sh.merge(r, 1, r, 5)
    r += 1
    n = 0
    for i, rk in enumerate(m["rks"]):
        if not rk["butir"]:
            continue
        n += 1
        for j, (b, o, ak) in enumerate(rk["butir"]):
            sh.put(r + j, 1, n if j == 0 else None, box=True, center=True)
            sh.put(r + j, 2, rk["text"] if j == 0 else None, key=("ak", i, j, "rk"), box=True)
            sh.put(r + j, 3, b, box=True)
            sh.put(r + j, 4, o, box=True)
            sh.put(r + j, 5, ak, key=("ak", i, j, "ak"), box=True, center=True)
        r += len(rk["butir"])
    signature(sh, m, r + 1, 5)


MANUAL_LABELS = [
    "RENCANA KINERJA",
    "DESKRIPSI RENCANA KINERJA",
    "INDIKATOR KINERJA INDIVIDU",
    "DEFINISI IKI",
    "FORMULA",
    "TUJUAN",
    "SATUAN PENGUKURAN",
    "JENIS ASPEK TARGET",
    "TINGKAT KENDALI IKI",
    "SUMBER DATA",
    "PERIODE PELAPORAN",
]


def manual_values(m: dict, rk: dict, iki: dict) -> dict[str, str]:
    t = iki["target"]
    pct = "%" in t
    return {
        "RENCANA KINERJA": rk["text"],
        "DESKRIPSI RENCANA KINERJA": f"Kondisi yang ingin dicapai: {rk['text'][0].lower() + rk['text'][1:]}.",
        "INDIKATOR KINERJA INDIVIDU": iki["text"],
        "DEFINISI IKI": f"{iki['text']} pada tahun {m['year']} sebagaimana tercantum dalam Perjanjian "
        "Kinerja.",
        "FORMULA": (
            "(Jumlah yang tercapai / jumlah seluruhnya) x 100 %"
            if pct
            else f"{iki['text']} menurut hasil pengukuran tahun berjalan"
        ),
        "TUJUAN": f'Mengukur capaian sasaran "{rk["text"]}".',
        "SATUAN PENGUKURAN": "Persen" if pct else (t.split()[1] if len(t.split()) > 1 else "Nilai"),
        "JENIS ASPEK TARGET": "Kuantitas",
        "TINGKAT KENDALI IKI": "Moderate",
        "SUMBER DATA": f"Laporan Kinerja {bank.JPT_UNIT[m['key']]}",
        "PERIODE PELAPORAN": "Triwulanan",
    }


def write_manual(wb: Workbook, m: dict, cells: dict) -> None:
    sh = Sheet(wb, "Manual IKI", cells)
    sh.put(1, 1, "MANUAL INDIKATOR KINERJA INDIVIDU", center=True)
    sh.merge(1, 1, 1, 3)
    sh.put(2, 1, f"{m['peg']['jabatan']} — tahun {m['year']}", center=True)
    sh.merge(2, 1, 2, 3)
    sh.ws.column_dimensions["B"].width = 30
    sh.ws.column_dimensions["C"].width = 70
    r, n = 4, 0
    for i, rk in enumerate(m["rks"]):
        for j, iki in enumerate(rk["ikis"]):
            n += 1
            vals = manual_values(m, rk, iki)
            if m.get("manual_kosong") == (i, j, "FORMULA"):
                vals["FORMULA"] = ""
            sh.put(r, 1, n, box=True, center=True)
            for k, label in enumerate(MANUAL_LABELS):
                sh.put(r + k, 2, label, box=True)
                sh.put(r + k, 3, vals[label], key=("man", i, j, label), box=True)
                if k:
                    sh.put(r + k, 1, None, box=True)
            sh.merge(r, 1, r + len(MANUAL_LABELS) - 1, 1)
            r += len(MANUAL_LABELS) + 1


def write_workbook(m: dict, path: Path) -> dict:
    cells: dict = {}
    wb = Workbook()
    m["plan_sheet"] = f"SKP {m['year']}"
    write_plan(wb, m, cells)
    if m["penilaian"]:
        write_penilaian(wb, m, cells)
    if m["jenis"] == "jf" and not m.get("no_ak"):
        write_ak(wb, m, cells)
    if m["jenis"] == "jpt":
        write_manual(wb, m, cells)
    wb.save(path)
    return cells


# ---------------------------------------------------------------- manifest
def entry(m: dict, at: dict, cells: dict) -> tuple[dict, list[dict]]:
    code = at["code"]
    d: dict[str, Any] = {
        "code": code,
        "severity": DEFECTS[code][0],
        "sheet": None,
        "cell": None,
        "alt_cells": [],
    }
    if code not in WITHOUT_CELL:
        d["sheet"], d["cell"] = cells[at["key"]]
        d["alt_cells"] = [{"sheet": s, "cell": c} for s, c in (cells[k] for k in at["alt"] if k in cells)]
    boleh: list[dict] = []
    for b in at["boleh"]:
        if isinstance(b, str):
            boleh.append(
                {
                    "code": b,
                    "sheet": "PENILAIAN SKP" if m["penilaian"] and b in PENILAIAN_CODES else m["plan_sheet"],
                }
            )
        elif b[0] == "row":
            s, c = cells[b[1]]
            boleh.append({"code": b[2], "sheet": s, "row": "".join(ch for ch in c if ch.isdigit())})
        elif b in cells:
            s, c = cells[b]
            boleh.append({"code": code, "sheet": s, "cell": c})
    if code in HEADER_CODES:  # the identity and periode repeated on the Keterkaitan and Penilaian sheets
        for s in ("Keterkaitan SKP-AK", "PENILAIAN SKP"):
            if any(v[0] == s for v in cells.values()):
                boleh.append({"code": code, "sheet": s})
    if code in ("rk-berbasis-aktivitas", "rk-atasan-kosong", "rk-ganda") and m["jenis"] == "jf":
        boleh.append({"code": code, "sheet": "Keterkaitan SKP-AK"})
    if code == "penilai-sama-dengan-pegawai":
        d["alt_cells"] += [{"sheet": s, "cell": c} for s, c in (cells.get(("sig", "peg_nip")),) if s]
    return d, [{k: v for k, v in b.items() if v is not None} for b in boleh]


def role_tags(m: dict) -> list[str]:
    tags = set(bank.role(m["key"])["tags"])
    if m["pen"]["jabatan"].startswith(("Plt.", "Plh.")):
        tags.add("plt_plh")
    return sorted(tags & set(ROLE_TAGS))


def pppk_boleh(m: dict) -> list[dict]:
    """SPEC §5 accepts PPPK numbers but names no PPPK golongan and no jenjang rule for them."""
    if "pppk" not in bank.role(m["key"])["tags"]:
        return []
    sheets = [m["plan_sheet"]] + (["Keterkaitan SKP-AK"] if m["jenis"] == "jf" and not m.get("no_ak") else [])
    return [
        {"code": c, "sheet": s}
        for s in sheets
        for c in ("pangkat-tidak-dikenal", "jenjang-golongan-tidak-sesuai")
    ]


def draw(rng: random.Random, form: str, penilaian: bool, used: dict[str, int]) -> list[str]:
    opts = [
        v
        for v in DRAWN
        if not (v == "aspek_lama" and form.startswith("jpt"))
        and not (v == "kinerja_tambahan" and (penilaian or form.startswith("jpt")))
    ]
    rng.shuffle(opts)
    opts.sort(key=lambda v: used[v])
    chosen = opts[: rng.randint(1, 2)]
    for v in chosen:
        used[v] += 1
    return chosen


def file_name(form: str, n: int, penilaian: bool, codes: list[str]) -> str:
    kind = "penilaian2026" if penilaian else "rencana2027"
    return f"{form}-{n:02d}-{kind}-{'-'.join(codes) if codes else 'bersih'}.xlsx"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    ppl = bank.people(SEED)
    if a.keluaran.exists():
        shutil.rmtree(a.keluaran)
    a.keluaran.mkdir(parents=True)
    used = {v: 0 for v in DRAWN}
    counters: dict[str, int] = {}
    files = []
    for form, key, penilaian, defects in PLAN:
        counters[form] = counters.get(form, 0) + 1
        drawn = draw(rng, form, penilaian, used)
        if "rk-ganda" in defects and "kinerja_tambahan" in drawn:
            drawn.remove("kinerja_tambahan")
        m = build_model(form, key, penilaian, ppl, rng, set(drawn))
        if penilaian:
            score(m, rng)
        ats = [apply_defect(m, code, ppl) for code in defects]
        name = file_name(form, counters[form], penilaian, defects)
        cells = write_workbook(m, a.keluaran / name)
        ds, boleh = [], pppk_boleh(m)
        for at in ats:
            d, b = entry(m, at, cells)
            ds.append(d)
            boleh += b
            copy = ("tiki", 0, *at["key"][2:]) if at["key"] and at["key"][:2] == ("iki", 1) else None
            if "rk-ganda" in defects and at["code"] != "rk-ganda" and copy in cells:
                # the Kinerja Tambahan repeats RK 2 as written, this defect included (found by the first
                # measurement: the copy's empty kategori was reported, rightly)
                s, c = cells[copy]
                boleh.append({"code": at["code"], "sheet": s, "row": "".join(ch for ch in c if ch.isdigit())})
        files.append(
            {
                "file": name,
                "form": form,
                "clean": not ds,
                "defects": ds,
                "boleh": boleh,
                "variasi": sorted(role_tags(m) + drawn),
                "peran": key,
                "jabatan": m["peg"]["jabatan"],
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
