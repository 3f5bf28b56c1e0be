"""Build the held-out set ``nyata_bh``: what the Dinas Pendidikan dan Kebudayaan of a regency sends in January
(JPT Kepala Dinas, JA structural and pelaksana, JF Pengawas Sekolah, Penilik, Pamong Belajar, Guru ASN and
PPPK), written from SPEC alone, with openpyxl only.

Usage: ``python benchmarks/nyata_bh/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministic (fixed seed):
every cell that a defect touches is recorded while the sheet is written (``Grid.marks``).
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
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20260107
SHEET = "SKP 2026"
SHEET_AK = "Keterkaitan AK"
SHEET_MANUAL = "Manual IKI"
PLAN = {
    "ja-dasar": 9,
    "ja-pengembangan": 9,
    "jf-dasar": 9,
    "jf-pengembangan": 9,
    "jpt-dasar": 7,
    "jpt-pengembangan": 7,
}
WARN = {
    "aspek-ganda",
    "rk-berbasis-aktivitas",
    "target-absolut",
    "rk-ganda",
    "satuan-tidak-sesuai-aspek",
    "perspektif-tidak-lengkap",
    "target-tanpa-satuan",
    "jenjang-golongan-tidak-sesuai",
}
JA_ROLES = ["kabid_smp", "kasi_kurikulum", "kasubbag_umum", "pengelola_data", "operator_dapodik"]
JF_ROLES = ["pengawas_muda", "penilik", "pamong", "guru_pertama", "guru_muda"]
PEG_POOL = [4, 5, 8, 9, 12, 14, 16, 17]
PPPK_POOL = [10, 11]


class Grid:
    """A sheet written cell by cell, remembering the coordinate of every marked cell."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.marks: dict[Any, str] = {}

    def put(
        self, row: int, col: int, value: Any, key: Any = None, bold: bool = False, wrap: bool = False
    ) -> str:
        cell = self.ws.cell(row=row, column=col, value=value)
        if bold:
            cell.font = Font(bold=True)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if key is not None:
            self.marks[key] = cell.coordinate
        return cell.coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _bands(iki: dict) -> tuple[str, str, str]:
    """CUKUP, BAIK, SANGAT BAIK: BAIK is the target as written; the others lie on either side of it."""
    t = iki["angka"]
    if iki["arah"] == "turun":
        return f"> {t}", iki["target"], f"< {t}"
    return f"< {t}", iki["target"], f"> {t}"


def _person(idx: int, gol: str, jabatan: str, unit: str, pppk: bool = False) -> dict:
    nama, nip = bank.ORANG[idx]
    return {
        "nama": nama,
        "nip": nip,
        "pangkat": "IX" if pppk else bank.PANGKAT[gol],
        "jabatan": jabatan,
        "unit": unit,
    }


# ---------------------------------------------------------------- model


def _model(form: str, rng: random.Random, n: int) -> dict:
    """The content of one workbook before any defect: identity, period, RK rows (and butir/manual)."""
    jenis, model = form.split("-")
    var: list[str] = []
    if jenis == "jpt":
        jab, gol = bank.JPT_JABATAN[n % 2]
        idx = 0 if n % 2 == 0 else 2
        peg = _person(idx, gol, jab, bank.DINAS)
        pen = dict(bank.BUPATI)
        if model == "pengembangan":
            rks = [copy.deepcopy(r) for r in bank.JPT_RK[:4]]
            rng.shuffle(rks)
        else:
            rks = [copy.deepcopy(r) for r in rng.sample(bank.JPT_RK, 3)]
        return {
            "form": form,
            "peg": peg,
            "pen": pen,
            "rks": rks,
            "unit_kind": "dinas",
            "sekolah": None,
            "var": var,
            "role": "jpt",
            "pppk": False,
        }
    role = (JA_ROLES if jenis == "ja" else JF_ROLES)[n % 5]
    peran = copy.deepcopy(bank.PERAN[role])
    pppk = bool(peran.get("guru")) and rng.random() < 0.4
    idx = rng.choice(PPPK_POOL if pppk else PEG_POOL)
    sekolah = rng.choice(
        bank.SEKOLAH[:2] if role.startswith("guru") or role == "operator_dapodik" else bank.SEKOLAH
    )
    if peran["unit"] == "sekolah":
        unit = sekolah[0]
    elif peran["unit"] == "skb":
        unit = bank.SKB[0]
    else:
        unit = bank.DINAS
    peg = _person(idx, peran["gol"], peran["jabatan"], unit, pppk)
    if peran["penilai"] == "kepsek":
        tulis = bank.KEPSEK_TULIS[rng.randrange(2)]
        pen = _person(1, "IV/a", tulis.format(sekolah=sekolah[0]), sekolah[0])
    else:
        pj, pgol, pidx = bank.PENILAI[peran["penilai"]]
        punit = bank.SKB[0] if peran["penilai"] == "kepala_skb" else bank.DINAS
        pen = _person(pidx, pgol, pj, punit)
    return {
        "form": form,
        "peg": peg,
        "pen": pen,
        "rks": peran["rk"],
        "unit_kind": peran["unit"],
        "sekolah": sekolah,
        "var": var,
        "role": role,
        "pppk": pppk,
        "guru": bool(peran.get("guru")),
    }


VARIATIONS = {
    # name: applicable(model) -> bool
    "kop_satuan": lambda m: True,
    "judul_ta": lambda m: True,
    "periode_bulan": lambda m: True,
    "unit_npsn": lambda m: m["unit_kind"] in ("sekolah", "skb"),
    "tugas_tambahan": lambda m: bool(m.get("guru")),
    "rk_atasan_bernomor": lambda m: m["role"] != "jpt",
    "ttd_mengetahui": lambda m: True,
    "kinerja_tambahan": lambda m: True,
}

CONFLICTS = [
    {"identitas-kosong", "jenjang-golongan-tidak-sesuai"},
    {"nip-tidak-valid", "penilai-sama-dengan-pegawai"},
    {"pangkat-tidak-dikenal", "jenjang-golongan-tidak-sesuai"},
    {"rk-ganda", "rk-berbasis-aktivitas"},
    {"rk-ganda", "rk-tanpa-butir-kegiatan"},
    {"target-tanpa-satuan", "target-rentang-terbalik"},
    {"target-tanpa-satuan", "target-tidak-terukur"},
    {"target-absolut", "target-rentang-terbalik"},
    {"target-absolut", "target-tidak-terukur"},
    {"target-tidak-terukur", "target-rentang-terbalik"},
    {"aspek-tidak-valid", "target-tanpa-satuan"},
    {"aspek-tidak-valid", "kategori-tidak-membedakan"},
    {"target-tanpa-satuan", "kategori-tidak-membedakan"},
    {"manual-iki-kosong", "target-tanpa-satuan"},
    {"manual-iki-kosong", "target-rentang-terbalik"},
    {"manual-iki-kosong", "target-tidak-terukur"},
    {"iki-tanpa-target", "kategori-penilaian-kosong"},
    {"perspektif-tidak-valid", "perspektif-tidak-lengkap"},
    {"aspek-ganda", "iki-tanpa-target"},
    {"rk-atasan-kosong", "rk-ganda"},
    {"aspek-ganda", "kategori-penilaian-kosong"},
    {"aspek-ganda", "cara-memantau-kosong"},
    {"rk-tanpa-butir-kegiatan", "rk-berbasis-aktivitas"},
    {"satuan-tidak-sesuai-aspek", "target-absolut"},
]


def _eligible(code: str, m: dict) -> bool:
    if code == "periode-tidak-valid":
        return "periode_bulan" not in m["var"]
    if code == "jenjang-golongan-tidak-sesuai":
        return not m["pppk"]
    if code == "keterkaitan-ak-hilang":
        return m["role"] in ("guru_pertama", "guru_muda", "pengawas_muda")
    return True


def _take(queue: list[str], m: dict, rng: random.Random) -> list[str]:
    """The next one or two defects of this form's queue that fit the workbook (cycled for coverage)."""
    want = 1 if rng.random() < 0.5 else 2
    codes: list[str] = []
    for code in list(queue):
        if len(codes) == want:
            break
        if not _eligible(code, m) or any({code, c} in CONFLICTS for c in codes):
            continue
        if codes and "keterkaitan-ak-hilang" in (code, codes[0]):
            continue
        codes.append(code)
        queue.remove(code)
        queue.append(code)
    return codes


def _draw_variations(m: dict, rng: random.Random, used: dict[str, int]) -> list[str]:
    """2-5 variations, the least used so far first (ties at random), so that each is measured often."""
    names = [v for v, ok in VARIATIONS.items() if ok(m)]
    k = rng.randint(2, min(5, len(names)))
    names.sort(key=lambda v: (used.get(v, 0), rng.random()))
    chosen = sorted(names[:k])
    for v in chosen:
        used[v] = used.get(v, 0) + 1
    return chosen


# ---------------------------------------------------------------- defects


def _defects_for(form: str) -> list[str]:
    jenis, model = form.split("-")
    common = [
        "identitas-kosong",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "periode-tidak-valid",
        "penilai-sama-dengan-pegawai",
        "target-tidak-terukur",
        "rk-berbasis-aktivitas",
        "rk-ganda",
    ]
    if jenis != "jpt":
        common += [
            "rk-atasan-kosong",
            "aspek-tidak-valid",
            "aspek-ganda",
            "target-absolut",
            "satuan-tidak-sesuai-aspek",
            "target-tanpa-satuan",
            "target-rentang-terbalik",
        ]
    else:
        common += ["manual-iki-kosong", "target-tanpa-satuan", "target-rentang-terbalik"]
    if model == "dasar":
        common += ["iki-tanpa-target"]
    if jenis != "jpt" and model == "pengembangan":
        common += ["kategori-penilaian-kosong", "kategori-tidak-membedakan", "cara-memantau-kosong"]
    if jenis == "jf":
        common += [
            "rk-tanpa-butir-kegiatan",
            "angka-kredit-tidak-valid",
            "jenjang-golongan-tidak-sesuai",
            "keterkaitan-ak-hilang",
        ]
    if form == "jpt-pengembangan":
        common += ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
    return common


def _apply(code: str, m: dict, rng: random.Random) -> dict:
    """Change the model so that it holds the defect; return the mark key of its cell (and alternatives)."""
    rks = m["rks"]
    jpt = m["role"] == "jpt"
    if code == "identitas-kosong":
        m["peg"]["jabatan"] = ""
        return {"key": ("peg", "jabatan")}
    if code == "nip-tidak-valid":
        nip = m["peg"]["nip"]
        m["peg"]["nip"] = nip[:4] + "13" + nip[6:]
        return {"key": ("peg", "nip")}
    if code == "pangkat-tidak-dikenal":
        m["peg"]["pangkat"] = "Penata Muda, III/c" if not m["pppk"] else "Penata Madya, III/e"
        return {"key": ("peg", "pangkat")}
    if code == "jenjang-golongan-tidak-sesuai":
        m["peg"]["pangkat"] = bank.PANGKAT["IV/b"]
        m["jenjang_defect"] = True
        return {"key": ("peg", "pangkat"), "alt": [("peg", "jabatan")]}
    if code == "periode-tidak-valid":
        m["periode_salah"] = True
        return {"key": "periode"}
    if code == "penilai-sama-dengan-pegawai":
        m["pen"]["nip"] = m["peg"]["nip"]
        return {"key": ("pen", "nip"), "alt": [("peg", "nip")]}
    if code == "target-tidak-terukur":
        i = 0
        j = 1 if not jpt else None
        if jpt:
            rks[i]["target"] = "sesuai capaian tahun lalu"
            return {"key": ("target", i, 0)}
        rks[i]["ikis"][j]["target"] = "sesuai kalender pendidikan"
        return {"key": ("target", i, j)}
    if code == "rk-berbasis-aktivitas":
        i = len(rks) - 1
        rks[i]["rk"] = (
            "Melaksanakan monitoring dan evaluasi program pendidikan"
            if jpt
            else "Melaksanakan pendataan dan pembinaan di satuan pendidikan"
        )
        if "butir" in rks[i]:
            pass  # the Keterkaitan sheet copies the RK text as it stands in the SKP
        return {"key": ("rk", i)}
    if code == "rk-ganda":
        rks[1]["rk"] = rks[0]["rk"]
        if jpt:
            rks[1]["persp"] = rks[0]["persp"] if m["form"] == "jpt-dasar" else rks[1]["persp"]
        return {"key": ("rk", 1)}
    if code == "rk-atasan-kosong":
        rks[1]["atasan"] = ""
        return {"key": ("atasan", 1)}
    if code == "aspek-tidak-valid":
        rks[0]["ikis"][0]["aspek"] = "Manfaat"
        return {"key": ("aspek", 0, 0)}
    if code == "aspek-ganda":
        rks[1]["ikis"][1]["aspek"] = rks[1]["ikis"][0]["aspek"]
        rks[1]["ikis"][1]["arah"] = "naik"
        return {"key": ("aspek", 1, 1)}
    if code == "target-absolut":
        rks[0]["ikis"][1]["iki"] = "Semua peserta layanan terlayani sesuai jadwal"
        return {"key": ("iki", 0, 1), "alt": [("target", 0, 1)]}
    if code == "satuan-tidak-sesuai-aspek":
        ik = rks[0]["ikis"][2]
        ik["target"] = "2 laporan"
        ik["angka"] = "2"
        return {"key": ("target", 0, 2)}
    if code == "target-tanpa-satuan":
        if jpt:
            for i, r in enumerate(rks):
                if r["iki"].startswith("Jumlah"):
                    r["target"] = "12"
                    return {"key": ("target", i, 0)}
            rks[0]["iki"] = "Jumlah satuan pendidikan yang terakreditasi minimal B"
            rks[0]["target"] = "140"
            return {"key": ("target", 0, 0)}
        ik = rks[0]["ikis"][0]
        ik["target"] = ik["angka"]
        return {"key": ("target", 0, 0)}
    if code == "target-rentang-terbalik":
        if jpt:
            rks[0]["iki"] = "Persentase satuan pendidikan yang melaporkan data tepat waktu"
            rks[0]["target"] = "95 - 85 %"
            return {"key": ("target", 0, 0)}
        ik = rks[0]["ikis"][1]
        ik["target"] = "95 - 85 %"
        ik["iki"] = "Persentase sekolah yang menyampaikan laporan lengkap"
        ik["range"] = True
        return {"key": ("target", 0, 1)}
    if code == "iki-tanpa-target":
        if jpt:
            rks[1]["target"] = ""
            return {"key": ("target", 1, 0)}
        rks[1]["ikis"][0]["target"] = ""
        return {"key": ("target", 1, 0)}
    if code == "kategori-penilaian-kosong":
        rks[1]["ikis"][0]["kosong"] = True
        return {
            "key": ("baik", 1, 0),
            "alt": [("cukup", 1, 0), ("sb", 1, 0), ("iki", 1, 0), ("target", 1, 0)],
        }
    if code == "kategori-tidak-membedakan":
        rks[0]["ikis"][0]["sb_sama"] = True
        return {"key": ("sb", 0, 0)}
    if code == "cara-memantau-kosong":
        d, s, _ = rks[1]["pantau"]
        rks[1]["pantau"] = (d, s, "")
        return {"key": ("waktu", 1), "alt": [("rk", 1)]}
    if code == "rk-tanpa-butir-kegiatan":
        rks[1]["butir"] = []
        return {"key": ("rk", 1)}
    if code == "angka-kredit-tidak-valid":
        b = rks[0]["butir"][0]
        rks[0]["butir"][0] = (b[0], b[1], "0")
        return {"key": ("ak", 0, 0), "sheet": SHEET_AK}
    if code == "manual-iki-kosong":
        rks[0]["manual_formula_kosong"] = True
        return {"key": ("manual", 0, "FORMULA"), "sheet": SHEET_MANUAL, "alt": [("iki", 0, 0)]}
    if code == "perspektif-tidak-valid":
        rks[1]["persp"] = "Keuangan"
        return {"key": ("persp", 1)}
    if code == "keterkaitan-ak-hilang":
        return {"key": None}
    if code == "perspektif-tidak-lengkap":
        for r in rks:
            if r["persp"] == "Anggaran":
                r["persp"] = "Proses Bisnis"
        return {"key": None}
    raise ValueError(code)


# ---------------------------------------------------------------- writing


def _kop(g: Grid, m: dict, row: int) -> int:
    """The satuan pendidikan's own letterhead above the SKP title (logo text, address, NPSN)."""
    if m["unit_kind"] == "sekolah":
        nama, npsn, alamat = m["sekolah"]
        lines = [
            "[LOGO TUT WURI HANDAYANI]",
            bank.PEMDA,
            bank.DINAS_KOP,
            nama.upper(),
            f"{alamat}  NPSN: {npsn}  Email: {npsn}@sekolah.belajar.id",
        ]
    elif m["unit_kind"] == "skb":
        nama, npsn, alamat = bank.SKB
        lines = [
            "[LOGO]",
            bank.PEMDA,
            bank.DINAS_KOP,
            "SANGGAR KEGIATAN BELAJAR (SKB)",
            f"{alamat}  NPSN: {npsn}",
        ]
    else:
        lines = ["[LOGO KABUPATEN]", bank.PEMDA, bank.DINAS_KOP, bank.ALAMAT_DINAS]
    for text in lines:
        g.put(row, 1, text, bold=True)
        row += 1
    g.put(row, 1, "=" * 60)
    return row + 2


def _identity(g: Grid, m: dict, row: int, jpt: bool) -> int:
    v = m["var"]
    g.put(row, 1, "NO", bold=True)
    g.put(row, 2, "PEGAWAI YANG DINILAI", bold=True)
    g.merge(row, 2, row, 3)
    g.put(row, 4, "NO", bold=True)
    g.put(row, 5, "PEJABAT PENILAI KINERJA", bold=True)
    g.merge(row, 5, row, 6)
    labels = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("pangkat", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN"),
        ("unit", "UNIT KERJA"),
    ]
    for k, (field, label) in enumerate(labels, 1):
        r = row + k
        plabel = "INSTANSI" if (jpt and field == "unit") else label
        g.put(r, 1, k)
        g.put(r, 2, label)
        val = m["peg"][field]
        if field == "unit" and "unit_npsn" in v and m["unit_kind"] in ("sekolah", "skb"):
            npsn = m["sekolah"][1] if m["unit_kind"] == "sekolah" else bank.SKB[1]
            val = f"{val} (NPSN {npsn})"
        g.put(r, 3, val, key=("peg", field))
        g.put(r, 4, k)
        g.put(r, 5, plabel)
        g.put(r, 6, m["pen"][field], key=("pen", field))
    return row + 7


def _write_skp(wb: Workbook, m: dict) -> Grid:
    ws = wb.active
    ws.title = SHEET
    g = Grid(ws)
    jenis, model = m["form"].split("-")
    jpt = jenis == "jpt"
    v = m["var"]
    row = 1
    if "kop_satuan" in v:
        row = _kop(g, m, row)
    title = "RENCANA SASARAN KINERJA PEGAWAI" + (" PEJABAT PIMPINAN TINGGI" if jpt else "")
    if "judul_ta" in v:
        title += " TA 2026"
    g.put(row, 1, title, bold=True)
    g.put(row + 1, 1, bank.DINAS.upper())
    if m.get("periode_salah"):
        per = "PERIODE PENILAIAN: 1 JULI 2026 SD 30 JUNI 2027"
    elif "periode_bulan" in v:
        per = "PERIODE PENILAIAN : JANUARI S.D. DESEMBER 2026"
    else:
        per = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    g.put(row + 2, 1, per, key="periode")
    row = _identity(g, m, row + 4, jpt)

    if jpt:
        cols = (["PERSPEKTIF"] if model == "pengembangan" else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        for c, h in enumerate(cols, 1):
            g.put(row, c, h, bold=True)
        row += 1
        g.put(row, 1, "A. KINERJA UTAMA", bold=True)
        row += 1
        off = 1 if model == "pengembangan" else 0
        for i, r in enumerate(m["rks"]):
            if off:
                g.put(row, 1, r["persp"], key=("persp", i))
            g.put(row, 1 + off, i + 1)
            g.put(row, 2 + off, r["rk"], key=("rk", i), wrap=True)
            g.put(row, 3 + off, r["iki"], key=("iki", i, 0), wrap=True)
            g.put(row, 4 + off, r["target"], key=("target", i, 0))
            row += 1
        g.put(row, 1, "B. KINERJA TAMBAHAN", bold=True)
        row += 1
        if "kinerja_tambahan" in v:
            t = bank.TAMBAHAN_JPT
            g.put(row, 1 + off, 1)
            g.put(row, 2 + off, t["rk"], wrap=True)
            g.put(row, 3 + off, t["iki"], wrap=True)
            g.put(row, 4 + off, t["target"])
            row += 1
        row += 1
    else:
        peng = model == "pengembangan"
        head = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        for c, h in enumerate(head, 1):
            g.put(row, c, h, bold=True, wrap=True)
            if peng:
                g.merge(row, c, row + 1, c)
        if peng:
            g.put(row, 7, "KATEGORI PENILAIAN", bold=True)
            g.merge(row, 7, row, 9)
            g.put(row, 10, "CARA MEMANTAU KINERJA", bold=True)
            g.merge(row, 10, row, 12)
            for c, h in enumerate(
                ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"], 7
            ):
                g.put(row + 1, c, h, bold=True)
            row += 1
        row += 1
        g.put(row, 1, "A. KINERJA UTAMA", bold=True)
        row += 1
        for i, r in enumerate(m["rks"]):
            top = row
            atasan = r["atasan"]
            if atasan and "rk_atasan_bernomor" in v:
                atasan = f"RK {i + 1}: {atasan}"
            g.put(row, 1, i + 1)
            g.put(row, 2, atasan, key=("atasan", i), wrap=True)
            g.put(row, 3, r["rk"], key=("rk", i), wrap=True)
            if peng:
                g.put(row, 10, r["pantau"][0], key=("data", i), wrap=True)
                g.put(row, 11, r["pantau"][1], key=("sumber", i), wrap=True)
                g.put(row, 12, r["pantau"][2] or None, key=("waktu", i), wrap=True)
            for j, ik in enumerate(r["ikis"]):
                g.put(row, 4, ik["aspek"], key=("aspek", i, j))
                g.put(row, 5, ik["iki"], key=("iki", i, j), wrap=True)
                g.put(row, 6, ik["target"] or None, key=("target", i, j))
                if peng:
                    bands: tuple[str | None, ...]
                    if ik.get("kosong"):
                        bands = (None, None, None)
                    elif ik.get("range"):
                        bands = ("< 85 %", ik["target"], "> 95 %")
                    else:
                        bands = _bands(ik)
                        if ik.get("sb_sama"):
                            bands = (bands[0], bands[1], ik["angka"])
                    g.put(row, 7, bands[0], key=("cukup", i, j))
                    g.put(row, 8, bands[1], key=("baik", i, j))
                    g.put(row, 9, bands[2], key=("sb", i, j))
                row += 1
            for col in (1, 2, 3) + ((10, 11, 12) if peng else ()):
                g.merge(top, col, row - 1, col)
        g.put(row, 1, "B. KINERJA TAMBAHAN", bold=True)
        row += 1
        if "kinerja_tambahan" in v:
            t = bank.TAMBAHAN_JAJF
            g.put(row, 1, 1)
            g.put(row, 3, t["rk"], wrap=True)
            g.put(row, 4, t["aspek"])
            g.put(row, 5, t["iki"], wrap=True)
            g.put(row, 6, t["target"])
            if peng:
                for c, val in zip(range(7, 13), (*_bands(t), *t["pantau"]), strict=False):
                    g.put(row, c, val, wrap=True)
            row += 1
        row += 1

    g.put(row, 5 if not jpt else 3, "Sungai Rantau, 6 Januari 2026")
    row += 1
    g.put(row, 1, "Pejabat Penilai Kinerja,")
    g.put(row, 5 if not jpt else 3, "Pegawai yang Dinilai,")
    row += 4
    g.put(row, 1, m["pen"]["nama"])
    g.put(row, 5 if not jpt else 3, m["peg"]["nama"])
    row += 1
    g.put(row, 1, f"NIP. {m['pen']['nip']}" if m["pen"]["nip"] != "-" else None)
    g.put(row, 5 if not jpt else 3, f"NIP. {m['peg']['nip']}")
    if "ttd_mengetahui" in v:
        row += 2
        g.put(row, 3, "Mengetahui,")
        g.put(row + 1, 3, "Kepala Dinas Pendidikan dan Kebudayaan" if not jpt else "Sekretaris Daerah")
        g.put(row + 5, 3, bank.ORANG[0][0] if not jpt else "Drs. H. Abdul Wahab, M.Si.")
        g.put(row + 6, 3, f"NIP. {bank.ORANG[0][1]}" if not jpt else "NIP. 19680404 199303 1 007")
    for letter, w in zip("ABCDEFGHIJKL", (6, 34, 34, 12, 34, 16, 12, 14, 12, 22, 22, 22), strict=False):
        ws.column_dimensions[letter].width = w
    return g


def _write_ak(wb: Workbook, m: dict) -> Grid:
    ws = wb.create_sheet(SHEET_AK)
    g = Grid(ws)
    g.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", bold=True)
    g.put(2, 1, bank.DINAS.upper())
    g.put(3, 1, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
    row = _identity(g, m, 5, False)
    g.put(row, 1, "TANGGAL PENGAJUAN")
    g.put(row, 3, "6 Januari 2026")
    row += 2
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        g.put(row, c, h, bold=True)
    row += 1
    g.put(row, 1, "KINERJA UTAMA", bold=True)
    row += 1
    n = 0
    for i, r in enumerate(m["rks"]):
        if not r.get("butir"):
            continue
        n += 1
        top = row
        g.put(row, 1, n)
        g.put(row, 2, r["rk"], wrap=True)
        for k, (butir, output, ak) in enumerate(r["butir"]):
            g.put(row, 3, butir)
            g.put(row, 4, output)
            g.put(row, 5, ak, key=("ak", i, k))
            row += 1
        g.merge(top, 1, row - 1, 1)
        g.merge(top, 2, row - 1, 2)
    return g


def _write_manual(wb: Workbook, m: dict) -> Grid:
    ws = wb.create_sheet(SHEET_MANUAL)
    g = Grid(ws)
    g.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    row = 3
    for i, r in enumerate(m["rks"]):
        g.put(row, 1, f"IKI {i + 1}", bold=True)
        row += 1
        vals = [r["rk"], r["manual"][0], r["iki"], *r["manual"][1:]]
        for label, val in zip(bank.MANUAL_LABEL, vals, strict=False):
            if label == "FORMULA" and r.get("manual_formula_kosong"):
                val = None
            g.put(row, 1, label)
            g.put(row, 2, val, key=("manual", i, label), wrap=True)
            row += 1
        row += 1
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    return g


def _apply_variations_to_model(m: dict) -> None:
    if "tugas_tambahan" in m["var"]:
        m["peg"]["jabatan"] = m["peg"]["jabatan"] + m["tugas"] if m["peg"]["jabatan"] else ""


def build(out: Path, manifest: Path) -> None:
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    queues: dict[str, list[str]] = {}
    for form in PLAN:
        queues[form] = _defects_for(form)
        rng.shuffle(queues[form])
    used: dict[str, int] = {}
    for form, count in PLAN.items():
        clean_flags = [k % 2 == 0 for k in range(count)]
        rng.shuffle(clean_flags)
        for n in range(count):
            m = _model(form, rng, n)
            m["var"] = _draw_variations(m, rng, used)
            m["tugas"] = rng.choice(bank.TUGAS_TAMBAHAN)
            clean = clean_flags[n]
            entries = []
            if not clean:
                codes = _take(queues[form], m, rng)
                for code in codes:
                    entries.append((code, _apply(code, m, rng)))
            _apply_variations_to_model(m)
            wb = Workbook()
            g = _write_skp(wb, m)
            grids = {SHEET: g}
            jenis, model = form.split("-")
            no_ak = any(c == "keterkaitan-ak-hilang" for c, _ in entries)
            if jenis == "jf" and not no_ak:
                grids[SHEET_AK] = _write_ak(wb, m)
            if jenis == "jpt":
                grids[SHEET_MANUAL] = _write_manual(wb, m)
            name = f"{form}-{n + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            wb.save(out / name)
            defects: list[dict[str, Any]] = []
            for code, e in entries:
                sheet = e.get("sheet", SHEET)
                cell = grids[sheet].marks[e["key"]] if e["key"] is not None else None
                alts = []
                for a in e.get("alt", []):
                    for sh, gg in grids.items():
                        if a in gg.marks and (sh != sheet or gg.marks[a] != cell):
                            alts.append({"sheet": sh, "cell": gg.marks[a]})
                            break
                defects.append(
                    {
                        "code": code,
                        "severity": "peringatan" if code in WARN else "error",
                        "sheet": sheet if cell else None,
                        "cell": cell,
                        "alt_cells": alts,
                    }
                )
            boleh: list[dict[str, Any]] = []
            ident = {
                "identitas-kosong",
                "nip-tidak-valid",
                "pangkat-tidak-dikenal",
                "penilai-sama-dengan-pegawai",
                "jenjang-golongan-tidak-sesuai",
            }
            if SHEET_AK in grids:
                # the Keterkaitan sheet repeats the identity block: the same defect may be named there too
                for d, (code, e) in zip(defects, entries, strict=False):
                    if code in ident:
                        d["alt_cells"].append({"sheet": SHEET_AK, "cell": grids[SHEET_AK].marks[e["key"]]})
                        boleh.append({"code": code, "sheet": SHEET_AK})
            if "periode_bulan" in m["var"]:
                boleh.append({"code": "periode-tidak-valid", "sheet": SHEET, "cell": g.marks["periode"]})
            if m["pppk"]:
                boleh.append({"code": "jenjang-golongan-tidak-sesuai", "sheet": SHEET})
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": clean,
                    "defects": defects,
                    "boleh": boleh,
                    "variasi": m["var"],
                    "jabatan": m["peg"]["jabatan"],
                    "pppk": m["pppk"],
                    "unit_kerja": m["peg"]["unit"],
                }
            )
    manifest.write_text(
        json.dumps({"set": "nyata_bh", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    p = argparse.ArgumentParser(description="Membangun set nyata_bh (Dinas Pendidikan dan Kebudayaan).")
    p.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    p.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = p.parse_args()
    build(a.keluaran, a.harapan)


if __name__ == "__main__":
    main()
