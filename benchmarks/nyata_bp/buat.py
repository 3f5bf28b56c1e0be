"""Build the held-out set ``benchmarks/nyata_bp``: Rencana SKP 2026 sent in January by the Kantor Kementerian
Agama Kabupaten Sungai Lestari and its units (KUA kecamatan, madrasah negeri), plus the Kepala Kanwil's.

Deterministic (fixed seed), openpyxl only. Each workbook is laid out row by row; the cell of every inserted
defect is known when it is written. Usage: ``python buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261207
YEAR = 2026
SKP_SHEET = "SKP"
AK_SHEET = "KETERKAITAN AK"
MANUAL_SHEET = "MANUAL IKI"

PLAN = [
    ("ja-dasar", 7),
    ("ja-pengembangan", 7),
    ("jf-dasar", 7),
    ("jf-pengembangan", 7),
    ("jpt-dasar", 6),
    ("jpt-pengembangan", 6),
]
JA_ROLES = [
    "kepala_kantor",
    "kasubbag_tu",
    "kasi_bimas",
    "kasi_pendma",
    "penyelenggara_kristen",
    "kepala_kua",
    "pelaksana_tu",
]
JF_ROLES = [
    "penghulu",
    "penyuluh",
    "pengawas",
    "guru",
    "pranata_keuangan",
    "analis_sdm",
    "arsiparis",
    "penyuluh",
    "penghulu",
    "guru",
    "penyuluh",
    "pengawas",
    "penyuluh",
    "penyuluh",
]
AGAMA_CYCLE = ["Islam", "Kristen", "Katolik", "Hindu", "Buddha"]
_agama: list[str] = []  # the penyuluh still to be drawn, refilled by main()
VARIASI = [
    "kutip_arab",
    "gelar_agama",
    "unit_singkat",
    "kop_motto",
    "tanggal_hijriah",
    "satuan_frasa",
    "kinerja_tambahan",
]

DEFECTS = {
    "ja-dasar": [
        "iki-tanpa-target",
        "target-tidak-terukur",
        "aspek-tidak-valid",
        "rk-atasan-kosong",
        "rk-berbasis-aktivitas",
        "target-absolut",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "identitas-kosong",
        "periode-tidak-valid",
        "target-tanpa-satuan",
        "rk-ganda",
    ],
    "ja-pengembangan": [
        "kategori-tidak-membedakan",
        "kategori-penilaian-kosong",
        "cara-memantau-kosong",
        "rk-atasan-kosong",
        "target-tidak-terukur",
        "nip-tidak-valid",
    ],
    "jf-dasar": [
        "rk-tanpa-butir-kegiatan",
        "angka-kredit-tidak-valid",
        "keterkaitan-ak-hilang",
        "jenjang-golongan-tidak-sesuai",
        "iki-tanpa-target",
        "aspek-tidak-valid",
    ],
    "jf-pengembangan": [
        "kategori-tidak-membedakan",
        "cara-memantau-kosong",
        "angka-kredit-tidak-valid",
        "rk-tanpa-butir-kegiatan",
        "kategori-penilaian-kosong",
        "rk-atasan-kosong",
    ],
    "jpt-dasar": [
        "manual-iki-kosong",
        "iki-tanpa-target",
        "target-tidak-terukur",
        "nip-tidak-valid",
        "rk-berbasis-aktivitas",
        "identitas-kosong",
    ],
    "jpt-pengembangan": [
        "perspektif-tidak-valid",
        "perspektif-tidak-lengkap",
        "manual-iki-kosong",
        "iki-tanpa-target",
        "pangkat-tidak-dikenal",
    ],
}
INCOMPATIBLE = [
    {"rk-ganda", "rk-berbasis-aktivitas"},
    {"iki-tanpa-target", "target-tidak-terukur"},
    {"kategori-tidak-membedakan", "kategori-penilaian-kosong"},
    {"target-tanpa-satuan", "iki-tanpa-target"},
    {"target-tanpa-satuan", "target-tidak-terukur"},
    {"keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan"},
    {"keterkaitan-ak-hilang", "angka-kredit-tidak-valid"},
]
SEVERITY = {
    "rk-berbasis-aktivitas": "peringatan",
    "target-absolut": "peringatan",
    "target-tanpa-satuan": "peringatan",
    "rk-ganda": "peringatan",
    "jenjang-golongan-tidak-sesuai": "peringatan",
    "perspektif-tidak-lengkap": "peringatan",
}


def angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def nip(rng: random.Random, gender: int, gol: str) -> str:
    tahun = {"II": 1992, "III": 1984, "IV": 1972}[gol.split("/")[0]] + rng.randint(0, 6)
    lahir = f"{tahun}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{tahun + rng.randint(23, 27)}{rng.choice([1, 2, 3, 4, 12]):02d}"
    return f"{lahir} {tmt} {gender} {rng.randint(1, 9):03d}"


class Person:
    def __init__(self, rng: random.Random, gelar: bool, gol: str, used: set[int], agama: str = "") -> None:
        pool = [k for k in range(len(bank.NAMA)) if k not in used]
        if agama in bank.NAMA_AGAMA:
            pool = [k for k in bank.NAMA_AGAMA[agama] if k not in used] or pool
        elif agama == "Islam":
            pool = [k for k in pool if k not in bank.NON_MUSLIM]
        i = rng.choice(pool)
        used.add(i)
        first, last, gender, pre, suf_rel, suf_plain = bank.NAMA[i]
        if gelar:
            self.nama = f"{pre + ' ' if pre else ''}{first} {last}, {suf_rel}"
        else:
            self.nama = f"{first} {last}, {suf_plain}"
        self.nip = nip(rng, gender, gol)
        self.gol = gol
        self.pangkat = f"{bank.PANGKAT[gol]}, {gol}"


class Grid:
    """A sheet written row by row; ``row`` is the next free row."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1

    def put(self, col: int, value: Any, row: int | None = None) -> str:
        r = self.row if row is None else row
        if value is not None and value != "":
            self.ws.cell(row=r, column=col, value=value)
        return f"{get_column_letter(col)}{r}"

    def merge(self, c1: int, r1: int, c2: int, r2: int) -> None:
        if (c1, r1) != (c2, r2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def skip(self, n: int = 1) -> None:
        self.row += n


def kategori(aspek: str, n: int, sat: str) -> list[str]:
    if aspek == "Waktu":
        return [f"> {n + 2} {sat}", f"{n + 2} {sat}", f"{n + 1} {sat}", f"{n} {sat}", f"< {n} {sat}"]
    a, b = round(n * 0.6), round(n * 0.8)
    if aspek == "Kualitas":
        return [f"< {a} %", f"{a} - {b - 1} %", f"{b} - {n - 1} %", f"{n} %", f"> {n} %"]
    return [
        f"< {angka(a)}",
        f"{angka(a)} - {angka(b - 1)}",
        f"{angka(b)} - {angka(n - 1)}",
        f"{angka(n)} {sat}",
        f"> {angka(n)}",
    ]


def build_file(
    form: str, index: int, clean: bool, role_key: str, rng: random.Random
) -> tuple[Workbook, dict]:
    family, model = form.split("-")
    role = bank.ROLES[role_key]
    variasi = sorted(rng.sample(VARIASI, rng.randint(2, 4)))
    if family == "jpt":
        variasi = [v for v in variasi if v not in ("kinerja_tambahan", "unit_singkat", "satuan_frasa")]
    if role_key == "penyuluh" and rng.random() < 0.6:
        variasi = sorted([*variasi, "jabatan_agama"])
    defects_wanted: list[str] = []
    while not clean and (not defects_wanted or set(defects_wanted) in INCOMPATIBLE):
        defects_wanted = rng.sample(DEFECTS[form], rng.randint(1, 2))
    v = set(variasi)
    quoted = "kutip_arab" in v
    kec = rng.choice(bank.KECAMATAN)
    used: set[int] = set()

    # --- identities
    if family == "jf":
        jenjang = rng.choice(sorted(role["jenjang"]))
        gol = rng.choice(role["jenjang"][jenjang])
        if "jenjang-golongan-tidak-sesuai" in defects_wanted:
            gol = {
                "Ahli Pertama": "III/d",
                "Ahli Muda": "IV/a",
                "Ahli Madya": "III/c",
                "Terampil": "III/b",
                "Mahir": "II/c",
            }[jenjang]
        agama = _agama.pop(0) if "agama" in role else ""
        if agama and "jabatan_agama" not in variasi:
            jabatan = role["jabatan_tanpa_agama"].format(jenjang=jenjang)
        else:
            jabatan = role["jabatan"].format(jenjang=jenjang, agama=agama, kec=kec)
    else:
        jenjang, agama = "", ""
        gol = rng.choice(role["gol"])
        jabatan = role["jabatan"].format(kec=kec)
    islamic = role_key in bank.ISLAMIC_ROLES or agama == "Islam"
    pegawai = Person(
        rng,
        "gelar_agama" in v,
        gol,
        used,
        agama or ("Islam" if islamic else ("Kristen" if role_key == "penyelenggara_kristen" else "")),
    )
    madrasah = rng.choice(["mtsn", "min"])
    unit_key = role["unit"]
    short = "unit_singkat" in v
    if unit_key == "madrasah":
        unit = bank.UNIT[madrasah][1 if short else 0]
    else:
        unit = bank.UNIT[unit_key][1 if short else 0].format(kec=kec)
    # penilai
    pk = role["penilai"]
    if agama and agama != "Islam":
        pk = "penyelenggara_kristen"
        unit = bank.UNIT["kristen"][1 if short else 0].replace("Kristen", agama)
    if pk in bank.PENILAI_LUAR:
        pn, pnip, pgol, pjab, punit = bank.PENILAI_LUAR[pk]
        penilai = {
            "nama": pn,
            "nip": pnip,
            "pangkat": f"{bank.PANGKAT[pgol]}, {pgol}",
            "jabatan": pjab,
            "unit": punit,
        }
    elif pk == "kepala_madrasah":
        p = Person(rng, "gelar_agama" in v, rng.choice(["IV/a", "IV/b"]), used, "Islam")
        penilai = {
            "nama": p.nama,
            "nip": p.nip,
            "pangkat": p.pangkat,
            "jabatan": bank.MADRASAH[madrasah][1 if short else 0],
            "unit": unit,
        }
    else:
        pr = bank.ROLES[pk]
        p_agama = "Islam" if pk in bank.ISLAMIC_ROLES else (agama if pk == "penyelenggara_kristen" else "")
        p = Person(
            rng,
            "gelar_agama" in v,
            rng.choice(pr["gol"]),
            used,
            p_agama or "Kristen" * (pk == "penyelenggara_kristen"),
        )
        punit = bank.UNIT[pr["unit"]][1 if short else 0].format(kec=kec)
        pjab = pr["jabatan"].format(kec=kec)
        if pk == "penyelenggara_kristen" and agama:
            punit, pjab = punit.replace("Kristen", agama), pjab.replace("Kristen", agama)
        penilai = {"nama": p.nama, "nip": p.nip, "pangkat": p.pangkat, "jabatan": pjab, "unit": punit}

    def q(text: str) -> str:
        qq = bank.PENYULUH_Q[agama] if agama else role.get("q", ("", ""))
        bb = role.get("b", ("", ""))
        text = text.replace("{q}", qq[1] if quoted else qq[0]).replace("{b}", bb[1] if quoted else bb[0])
        return text.replace("{kec}", kec)

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SKP_SHEET
    g = Grid(ws)
    defects: list[dict] = []

    def mark(
        code: str, cell: str | None, sheet: str | None = SKP_SHEET, alt: Sequence[tuple[str, str]] = ()
    ) -> None:
        defects.append(
            {
                "code": code,
                "severity": SEVERITY.get(code, "error"),
                "sheet": sheet if cell else None,
                "cell": cell,
                "alt_cells": [{"sheet": s, "cell": c} for s, c in alt],
            }
        )

    agency = bank.KANWIL if family == "jpt" else bank.KANKEMENAG
    if "kop_motto" in v:
        for line in ("KEMENTERIAN AGAMA REPUBLIK INDONESIA", agency.upper(), "IKHLAS BERAMAL"):
            g.put(1, line)
            g.skip()
        g.skip()
    g.put(1, "RENCANA SASARAN KINERJA PEGAWAI")
    g.skip()
    g.put(1, agency.upper())
    g.skip()
    period_cell = g.put(1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {YEAR}")
    if "periode-tidak-valid" in defects_wanted:
        g.put(1, f"PERIODE PENILAIAN: 1 JULI {YEAR} SD 30 JUNI {YEAR + 1}")
        mark("periode-tidak-valid", period_cell)
    g.skip(2)

    def identity(title: str, rows: list[tuple[str, str]], who: str) -> dict[str, str]:
        g.put(1, title)
        g.skip()
        cells = {}
        for i, (label, value) in enumerate(rows, 1):
            g.put(1, i)
            g.put(2, label)
            cells[label] = g.put(3, value)
            g.skip()
        return cells

    peg_values = {
        "NAMA": pegawai.nama,
        "NIP": pegawai.nip,
        "PANGKAT/GOL RUANG": pegawai.pangkat,
        "JABATAN": jabatan,
        "UNIT KERJA": unit,
    }
    if "nip-tidak-valid" in defects_wanted:
        peg_values["NIP"] = pegawai.nip[:13] + "13" + pegawai.nip[15:]
    if "pangkat-tidak-dikenal" in defects_wanted:
        wrong = {"II": "III/a", "III": "IV/a", "IV": "III/d"}[gol.split("/")[0]]
        peg_values["PANGKAT/GOL RUANG"] = f"{bank.PANGKAT[gol].rsplit(' Tingkat', 1)[0]}, {wrong}"
        if bank.PANGKAT.get(wrong, "").startswith(bank.PANGKAT[gol].rsplit(" Tingkat", 1)[0]):
            peg_values["PANGKAT/GOL RUANG"] = f"Juru Muda, {gol}"
    if "identitas-kosong" in defects_wanted:
        peg_values["UNIT KERJA"] = ""
    pc = identity("PEGAWAI YANG DINILAI", list(peg_values.items()), "pegawai")
    for code, label in (
        ("nip-tidak-valid", "NIP"),
        ("pangkat-tidak-dikenal", "PANGKAT/GOL RUANG"),
        ("identitas-kosong", "UNIT KERJA"),
    ):
        if code in defects_wanted:
            mark(code, pc[label])
    if "jenjang-golongan-tidak-sesuai" in defects_wanted:
        mark("jenjang-golongan-tidak-sesuai", pc["PANGKAT/GOL RUANG"], alt=[(SKP_SHEET, pc["JABATAN"])])
    g.skip()
    identity(
        "PEJABAT PENILAI KINERJA",
        [
            ("NAMA", penilai["nama"]),
            ("NIP", penilai["nip"]),
            ("PANGKAT/GOL RUANG", penilai["pangkat"]),
            ("JABATAN", penilai["jabatan"]),
            ("UNIT KERJA", penilai["unit"]),
        ],
        "penilai",
    )
    g.skip()

    rk_cells: list[str] = []
    rk_texts: list[str] = []
    iki_cells: list[tuple[str, str]] = []  # (iki cell, rk text)
    if family == "jpt":
        manual_items = build_jpt(g, role, model, defects_wanted, rng, q, mark, rk_cells, rk_texts, iki_cells)
    else:
        build_jajf(
            g, role, family, model, defects_wanted, rng, q, mark, rk_cells, rk_texts, v, madrasah, agama
        )

    # footer
    g.skip()
    date = f"{bank.KABUPATEN}, 2 Januari {YEAR}"
    if "tanggal_hijriah" in v:
        date = f"{bank.KABUPATEN}, 12 Rajab 1447 H / 2 Januari {YEAR} M"
    g.put(5, date)
    g.skip()
    g.put(2, "Pegawai yang Dinilai,")
    g.put(5, "Pejabat Penilai Kinerja,")
    g.skip(4)
    g.put(2, pegawai.nama)
    g.put(5, penilai["nama"])
    g.skip()
    g.put(2, f"NIP. {pegawai.nip}")
    g.put(5, f"NIP. {penilai['nip']}")
    widths = {1: 6, 2: 40, 3: 40, 4: 14, 5: 40, 6: 18}
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = w

    if family == "jf" and "keterkaitan-ak-hilang" not in defects_wanted:
        build_ak(
            wb,
            role,
            rk_texts,
            rk_cells,
            defects_wanted,
            pegawai,
            penilai,
            jabatan,
            unit,
            mark,
            q,
            rng,
            peg_values,
        )
    if "keterkaitan-ak-hilang" in defects_wanted:
        mark("keterkaitan-ak-hilang", None)
    if family == "jpt":
        build_manual(wb, manual_items, defects_wanted, mark, iki_cells)

    entry = {
        "file": "",
        "form": form,
        "clean": not defects,
        "defects": defects,
        "boleh": [],
        "variasi": variasi,
        "jabatan": jabatan,
        "unit_kerja": unit,
        "penilai": penilai["jabatan"],
    }
    assert clean == (not defects), (form, index, defects_wanted)
    return wb, entry


def build_jajf(g, role, family, model, defects_wanted, rng, q, mark, rk_cells, rk_texts, v, madrasah, agama):
    peng = model == "pengembangan"
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    top = g.row
    if peng:
        for c, h in enumerate(heads, 1):
            g.put(c, h)
            g.merge(c, top, c, top + 1)
        g.put(7, "KATEGORI PENILAIAN KINERJA")
        g.merge(7, top, 11, top)
        g.put(12, "CARA MEMANTAU KINERJA")
        g.merge(12, top, 14, top)
        g.skip()
        for c, h in enumerate(
            [
                "SANGAT KURANG",
                "KURANG",
                "CUKUP",
                "BAIK",
                "SANGAT BAIK",
                "DATA",
                "SUMBER DATA",
                "WAKTU PENGUMPULAN",
            ],
            7,
        ):
            g.put(c, h)
        g.skip()
    else:
        for c, h in enumerate(heads, 1):
            g.put(c, h)
        g.skip()
    g.put(1, "A. KINERJA UTAMA")
    g.merge(1, g.row, 14 if peng else 6, g.row)
    g.skip()
    frasa = "satuan_frasa" in v
    rks = list(role["rk"])
    if role.get("unit") == "madrasah":
        first = rks[0]
        rks[0] = (first[0], bank.MATERI_MADRASAH[madrasah]) + tuple(first[2:])
    k_def = rng.randrange(len(rks))  # the RK carrying a plan defect
    for n, rk in enumerate(rks, 1):
        atasan, text, ikis = q(rk[0]), q(rk[1]), rk[2]
        if agama and agama != "Islam":
            atasan = f"Meningkatnya kualitas layanan bimbingan masyarakat {agama}"
        if n == 2 and "rk-ganda" in defects_wanted:
            text = rk_texts[0]
        if n - 1 == k_def and "rk-berbasis-aktivitas" in defects_wanted:
            text = "Melaksanakan " + text[0].lower() + text[1:]
        r0 = g.row
        g.put(1, n)
        c_atasan = g.put(2, atasan)
        c_rk = g.put(3, text)
        rk_cells.append(c_rk)
        rk_texts.append(text)
        if n - 1 == k_def and "rk-atasan-kosong" in defects_wanted:
            g.ws[c_atasan] = None
            mark("rk-atasan-kosong", c_atasan)
        if n - 1 == k_def and "rk-berbasis-aktivitas" in defects_wanted:
            mark("rk-berbasis-aktivitas", c_rk)
        if n == 2 and "rk-ganda" in defects_wanted:
            mark("rk-ganda", c_rk, alt=[(SKP_SHEET, rk_cells[0])])
        i_def = rng.randrange(len(ikis))
        for i, (aspek, iki, num, plain, phrase) in enumerate(ikis):
            sat = phrase if frasa else plain
            target = f"{num} %" if aspek == "Kualitas" else f"{angka(num)} {sat}"
            hit = n - 1 == k_def and i == i_def
            c_aspek = g.put(4, aspek)
            c_iki = g.put(5, iki)
            c_target = g.put(6, target)
            if hit and "iki-tanpa-target" in defects_wanted:
                g.ws[c_target] = None
                mark("iki-tanpa-target", c_target)
            if hit and "target-tidak-terukur" in defects_wanted:
                g.ws[c_target] = "sesuai kebutuhan"
                mark("target-tidak-terukur", c_target)
            if hit and "aspek-tidak-valid" in defects_wanted:
                g.ws[c_aspek] = "Manfaat"
                mark("aspek-tidak-valid", c_aspek)
            if n - 1 == k_def and aspek == "Kualitas" and "target-absolut" in defects_wanted:
                g.ws[c_iki] = "Semua " + iki.split(" ", 1)[1]
                mark("target-absolut", c_iki, alt=[(SKP_SHEET, c_target)])
            if n - 1 == k_def and aspek == "Kuantitas" and "target-tanpa-satuan" in defects_wanted:
                g.ws[c_target] = angka(num)
                mark("target-tanpa-satuan", c_target)
            if peng:
                levels = kategori(aspek, num, sat if aspek != "Kualitas" else "%")
                cells = [g.put(7 + j, lv) for j, lv in enumerate(levels)]
                if hit and "kategori-tidak-membedakan" in defects_wanted:
                    g.ws[cells[4]] = target
                    mark("kategori-tidak-membedakan", cells[4], alt=[(SKP_SHEET, c_target)])
                if hit and "kategori-penilaian-kosong" in defects_wanted:
                    for c in cells:
                        g.ws[c] = None
                    mark(
                        "kategori-penilaian-kosong",
                        cells[3],
                        alt=[(SKP_SHEET, c) for c in [*cells[:3], cells[4], c_target, c_iki]],
                    )
            g.skip()
        r1 = g.row - 1
        for c in (1, 2, 3):
            g.merge(c, r0, c, r1)
        if peng:
            data = [
                "Rekap " + ikis[0][1][len("Jumlah ") :],
                "Laporan bulanan " + role["jabatan"].split(" {")[0],
                "Setiap akhir bulan",
            ]
            cm = [g.put(12 + j, d, row=r0) for j, d in enumerate(data)]
            for j in range(3):
                g.merge(12 + j, r0, 12 + j, r1)
            if n - 1 == k_def and "cara-memantau-kosong" in defects_wanted:
                for c in cm:
                    g.ws[c] = None
                mark(
                    "cara-memantau-kosong",
                    cm[0],
                    alt=[(SKP_SHEET, cm[1]), (SKP_SHEET, cm[2]), (SKP_SHEET, c_rk)],
                )
    if "kinerja_tambahan" in v:
        g.put(1, "B. KINERJA TAMBAHAN")
        g.merge(1, g.row, 14 if peng else 6, g.row)
        g.skip()
        g.put(1, 1)
        g.put(3, "Meningkatnya kompetensi diri dalam moderasi beragama")
        g.put(4, "Kuantitas")
        g.put(5, "Jumlah jam pelajaran pengembangan kompetensi yang diikuti")
        g.put(6, "20 jam pelajaran")
        if peng:
            for j, lv in enumerate(kategori("Kuantitas", 20, "jam pelajaran")):
                g.put(7 + j, lv)
            for j, d in enumerate(["Sertifikat pelatihan", "Balai Diklat Keagamaan", "Akhir tahun"]):
                g.put(12 + j, d)
        g.skip()


def build_jpt(g, role, model, defects_wanted, rng, q, mark, rk_cells, rk_texts, iki_cells):
    peng = model == "pengembangan"
    rks = list(role["rk"])
    if not peng:
        rks = rng.sample(rks, 4)
        rks.sort(key=lambda r: role["rk"].index(r))
    if "perspektif-tidak-lengkap" in defects_wanted:
        rks = [r for r in rks if r[0] != "Anggaran"]
        mark("perspektif-tidak-lengkap", None)
    off = 1 if peng else 0
    heads = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for c, h in enumerate(heads, 1):
        g.put(c, h)
    g.skip()
    g.put(1, "A. KINERJA UTAMA")
    g.merge(1, g.row, len(heads), g.row)
    g.skip()
    k_def = rng.randrange(len(rks))
    bad_persp = rng.choice([i for i, r in enumerate(rks) if r[0] == "Proses Bisnis"]) if peng else -1
    items = []
    for n, (persp, rk, iki, num, sat) in enumerate(rks, 1):
        text = q(rk)
        if n - 1 == k_def and "rk-berbasis-aktivitas" in defects_wanted:
            text = "Melaksanakan pembinaan " + text[0].lower() + text[1:]
        if peng:
            c_p = g.put(1, persp)
            if n - 1 == bad_persp and "perspektif-tidak-valid" in defects_wanted:
                g.ws[c_p] = "Tata Kelola"
                mark("perspektif-tidak-valid", c_p)
        g.put(1 + off, n)
        c_rk = g.put(2 + off, text)
        c_iki = g.put(3 + off, iki)
        target = f"{num} {sat}".strip() if sat != "%" else f"{num}%"
        c_t = g.put(4 + off, target)
        if n - 1 == k_def and "rk-berbasis-aktivitas" in defects_wanted:
            mark("rk-berbasis-aktivitas", c_rk)
        if n - 1 == k_def and "iki-tanpa-target" in defects_wanted:
            g.ws[c_t] = None
            mark("iki-tanpa-target", c_t)
        if n - 1 == k_def and "target-tidak-terukur" in defects_wanted:
            g.ws[c_t] = "meningkat"
            mark("target-tidak-terukur", c_t)
        rk_cells.append(c_rk)
        rk_texts.append(text)
        iki_cells.append((c_iki, text))
        items.append((text, iki, target, persp))
        g.skip()
    return items


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


def build_manual(wb, items, defects_wanted, mark, iki_cells):
    ws = wb.create_sheet(MANUAL_SHEET)
    g = Grid(ws)
    g.put(1, "MANUAL INDIKATOR KINERJA")
    g.skip(2)
    k_def = len(items) // 2
    for k, (rk, iki, target, _persp) in enumerate(items):
        satuan = "%" if "%" in target else ("indeks" if iki.startswith("Indeks") else "nilai")
        values = [
            rk,
            f"{rk} sebagai wujud layanan Kementerian Agama kepada masyarakat",
            iki,
            f"{iki} di lingkungan {bank.KANWIL}",
            f"{iki} dihitung dari data capaian tahun berjalan",
            f"Mengukur keberhasilan: {rk[0].lower() + rk[1:]}",
            satuan,
            "Kuantitas",
            "Sedang (moderate)",
            "Laporan kinerja bidang dan Kankemenag kabupaten/kota",
            "Triwulanan",
        ]
        g.put(1, f"{k + 1}.")
        for label, value in zip(MANUAL_LABELS, values, strict=True):
            g.put(2, label)
            g.put(3, ":")
            cell = g.put(4, value)
            if label == "FORMULA" and k == k_def and "manual-iki-kosong" in defects_wanted:
                ws[cell] = None
                mark("manual-iki-kosong", cell, sheet=MANUAL_SHEET, alt=[(SKP_SHEET, iki_cells[k][0])])
            g.skip()
        g.skip()
    ws.column_dimensions["B"].width = 32
    ws.column_dimensions["D"].width = 70


def build_ak(
    wb, role, rk_texts, rk_cells, defects_wanted, pegawai, penilai, jabatan, unit, mark, q, rng, peg_values
):
    ws = wb.create_sheet(AK_SHEET)
    g = Grid(ws)
    g.put(1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    g.skip()
    g.put(1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {YEAR}")
    g.skip(2)
    for title, rows in (
        ("PEGAWAI YANG DINILAI", list(peg_values.items())),
        (
            "PEJABAT PENILAI KINERJA",
            [
                ("NAMA", penilai["nama"]),
                ("NIP", penilai["nip"]),
                ("PANGKAT/GOL RUANG", penilai["pangkat"]),
                ("JABATAN", penilai["jabatan"]),
                ("UNIT KERJA", penilai["unit"]),
            ],
        ),
    ):
        g.put(1, title)
        g.skip()
        for i, (label, value) in enumerate(rows, 1):
            g.put(1, i)
            g.put(2, label)
            g.put(3, value)
            g.skip()
        g.skip()
    g.put(2, "TANGGAL PENGAJUAN")
    g.put(3, f"2 Januari {YEAR}")
    g.skip(2)
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        g.put(c, h)
    g.skip()
    g.put(1, "KINERJA UTAMA")
    g.merge(1, g.row, 5, g.row)
    g.skip()
    drop = rng.randrange(len(rk_texts)) if "rk-tanpa-butir-kegiatan" in defects_wanted else -1
    bad_ak = "angka-kredit-tidak-valid" in defects_wanted
    n = 0
    for k, rk in enumerate(role["rk"]):
        if k == drop:
            mark("rk-tanpa-butir-kegiatan", rk_cells[k])
            continue
        n += 1
        r0 = g.row
        g.put(1, n)
        g.put(2, rk_texts[k])
        for butir, output, ak in rk[3]:
            g.put(3, butir)
            g.put(4, output)
            c_ak = g.put(5, ak)
            if bad_ak:
                ws[c_ak] = "-"
                mark("angka-kredit-tidak-valid", c_ak, sheet=AK_SHEET)
                bad_ak = False
            g.skip()
        g.merge(1, r0, 1, g.row - 1)
        g.merge(2, r0, 2, g.row - 1)
    ws.column_dimensions["B"].width = 45
    ws.column_dimensions["C"].width = 45


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    for old in args.keluaran.glob("*.xlsx"):
        old.unlink()
    rng = random.Random(SEED)
    _agama[:] = AGAMA_CYCLE
    files = []
    ja_i = jf_i = 0
    for form, count in PLAN:
        family = form.split("-")[0]
        for i in range(1, count + 1):
            clean = i % 2 == 1 if count % 2 == 0 else i % 2 == 0 or i == count
            if family == "ja":
                role = JA_ROLES[ja_i % len(JA_ROLES)]
                ja_i += 1
            elif family == "jf":
                role = JF_ROLES[jf_i % len(JF_ROLES)]
                jf_i += 1
            else:
                role = "kanwil"
            wb, entry = build_file(form, i, clean, role, random.Random(rng.random()))
            name = f"{form}-{i:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            entry["file"] = name
            wb.save(args.keluaran / name)
            files.append(entry)
    args.harapan.write_text(
        json.dumps({"set": "nyata_bp", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
