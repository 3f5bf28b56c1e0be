"""Build the held-out set ``nyata_bf``: January submissions of a regency's extension workers and cultural
services (Pertanian, Perikanan, Perpustakaan dan Kearsipan, Pariwisata dan Kebudayaan), written by hand in
Excel with habits no earlier set measured: labels in lower case with a trailing colon, identity blocks
stacked with the penilai first, the ASPEK column after the IKI, the unit written before the number, the RK
atasan written once in one merged cell across all RKs.

Built from SPEC alone. Usage: ``python benchmarks/nyata_bf/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

import bank
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
SEED = 20261217
SHEET_SKP = "SKP 2026"
SHEET_AK = "Keterkaitan AK"
SHEET_MANUAL = "Manual IKI"

VARIASI_SEMUA = ["label_kecil", "penilai_dulu_tumpuk", "aspek_setelah_iki", "satuan_di_depan",
                 "rk_atasan_sekali", "ak_teks", "nip_berspasi"]

DEFECTS: dict[str, list[str]] = {
    "ja-dasar": ["identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal", "periode-tidak-valid",
                 "penilai-sama-dengan-pegawai", "iki-tanpa-target", "target-tidak-terukur",
                 "target-tanpa-satuan", "aspek-tidak-valid", "aspek-ganda", "rk-atasan-kosong",
                 "rk-berbasis-aktivitas", "rk-ganda", "target-absolut", "satuan-tidak-sesuai-aspek",
                 "target-rentang-terbalik"],
    "jpt": ["identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal", "periode-tidak-valid",
            "iki-tanpa-target", "target-tidak-terukur", "target-tanpa-satuan", "rk-berbasis-aktivitas",
            "manual-iki-kosong", "target-rentang-terbalik"],
}
DEFECTS["ja-pengembangan"] = DEFECTS["ja-dasar"] + ["kategori-penilaian-kosong", "kategori-tidak-membedakan",
                                                    "cara-memantau-kosong"] * 2
DEFECTS["jf-dasar"] = DEFECTS["ja-dasar"] + ["jenjang-golongan-tidak-sesuai", "keterkaitan-ak-hilang",
                                             "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"] * 2
DEFECTS["jf-pengembangan"] = DEFECTS["ja-pengembangan"] + [
    "jenjang-golongan-tidak-sesuai", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"]
DEFECTS["jpt-dasar"] = DEFECTS["jpt"]
DEFECTS["jpt-pengembangan"] = DEFECTS["jpt"] + ["perspektif-tidak-valid", "perspektif-tidak-lengkap"] * 2
SEVERITY = {"aspek-ganda": "peringatan", "rk-berbasis-aktivitas": "peringatan", "rk-ganda": "peringatan",
            "target-absolut": "peringatan", "satuan-tidak-sesuai-aspek": "peringatan",
            "target-tanpa-satuan": "peringatan", "jenjang-golongan-tidak-sesuai": "peringatan",
            "perspektif-tidak-lengkap": "peringatan"}
# two defects that touch the same cell or undo each other are not drawn together
CONFLICTS = [{"iki-tanpa-target", "target-tidak-terukur", "target-tanpa-satuan", "target-rentang-terbalik",
              "satuan-tidak-sesuai-aspek"},
             {"nip-tidak-valid", "penilai-sama-dengan-pegawai"},
             {"pangkat-tidak-dikenal", "jenjang-golongan-tidak-sesuai"},
             {"rk-berbasis-aktivitas", "rk-ganda", "rk-atasan-kosong", "rk-tanpa-butir-kegiatan"},
             {"keterkaitan-ak-hilang", "angka-kredit-tidak-valid", "rk-tanpa-butir-kegiatan"},
             {"aspek-tidak-valid", "aspek-ganda", "target-absolut"},
             {"kategori-penilaian-kosong", "kategori-tidak-membedakan"},
             {"perspektif-tidak-valid", "perspektif-tidak-lengkap"}]

ATASAN_COL = "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"
TARGET_DEFECTS = ("iki-tanpa-target", "target-tidak-terukur", "target-tanpa-satuan",
                  "target-rentang-terbalik")

PLAN = [("ja-dasar", 7), ("ja-pengembangan", 7), ("jf-dasar", 7), ("jf-pengembangan", 7),
        ("jpt-dasar", 6), ("jpt-pengembangan", 6)]


def nip(person: tuple[str, str, str, str], seq: int) -> str:
    return f"{person[1]}{person[2]}{person[3]}{seq:03d}"


def lower(number: str) -> str:
    """Four fifths of an Indonesian number, the too-small maximum of a reversed range."""
    return str(int(float(number.replace(".", "").replace(",", ".")) * 0.8))


def spaced(n: str) -> str:
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}" if len(n) == 18 else n


def target_text(number: str, unit: str, kind: str, before: bool) -> str:
    if kind == "rp":
        return f"Rp. {number} juta" if before else f"{number} juta rupiah"
    if unit == "%":
        return f"% {number}" if before else f"{number} %"
    return f"{unit} {number}" if before else f"{number} {unit}"


class Sheet:
    """A worksheet written cell by cell, remembering the cell of every marked element."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.marks: dict[str, str] = {}

    def put(self, row: int, col: int, value: Any, mark: str | None = None) -> str:
        ref = f"{get_column_letter(col)}{row}"
        if value is not None and value != "":
            self.ws.cell(row=row, column=col, value=value)
        if mark:
            self.marks[mark] = ref
        return ref

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def label(text: str, low: bool) -> str:
    return f"{text.lower()} :" if low else text


def identity(sh: Sheet, top: int, peg: dict[str, str], pen: dict[str, str], low: bool, stacked: bool,
             jpt: bool) -> int:
    """Write both identity blocks from row ``top``; return the next free row."""
    fields = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    pen_fields = fields[:4] + (["INSTANSI"] if jpt else ["UNIT KERJA"])
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
    blocks = [("PEGAWAI YANG DINILAI", "peg", peg, fields),
              ("PEJABAT PENILAI KINERJA", "pen", pen, pen_fields)]
    if stacked:
        row = top
        for title, tag, data, labels in reversed(blocks):
            sh.put(row, 1, "no" if low else "NO")
            sh.put(row, 2, label(title, low))
            for i, (lab, key) in enumerate(zip(labels, keys, strict=False)):
                sh.put(row + 1 + i, 1, i + 1)
                sh.put(row + 1 + i, 2, label(lab, low))
                sh.put(row + 1 + i, 3, data[key], f"{tag}.{key}")
            row += 7
        return row
    for j, (title, tag, data, labels) in enumerate(blocks):
        c = 1 + 3 * j
        sh.put(top, c, "no" if low else "NO")
        sh.put(top, c + 1, label(title, low))
        for i, (lab, key) in enumerate(zip(labels, keys, strict=False)):
            sh.put(top + 1 + i, c, i + 1)
            sh.put(top + 1 + i, c + 1, label(lab, low))
            sh.put(top + 1 + i, c + 2, data[key], f"{tag}.{key}")
    return top + 7


def kategori(number: str, kind: str) -> tuple[str, str, str]:
    if kind == "w":
        return f"> {number}", number, f"< {number}"
    return f"< {number}", number, f"> {number}"


def build_one(
    rng: random.Random, form: str, idx: int, clean: bool, seq: int
) -> tuple[Workbook, dict[str, Any]]:
    family = form.split("-")[0]
    peng = form.endswith("pengembangan")
    jpt = family == "jpt"
    pool = VARIASI_SEMUA[:]
    if jpt:
        pool = [v for v in pool if v not in ("aspek_setelah_iki", "rk_atasan_sekali", "ak_teks")]
    if family == "ja":
        pool = [v for v in pool if v != "ak_teks"]
    variasi = sorted(rng.sample(pool, rng.randint(2, min(5, len(pool)))))
    low = "label_kecil" in variasi
    before = "satuan_di_depan" in variasi

    defects: list[str] = []
    if not clean:
        options = DEFECTS[form][:]
        if "rk_atasan_sekali" in variasi:
            options = [d for d in options if d != "rk-atasan-kosong"]
        n = rng.choice([1, 2])
        while len(defects) < n:
            d = rng.choice(options)
            if d in defects or any(d in g and any(x in g for x in defects) for g in CONFLICTS):
                continue
            defects.append(d)

    person = bank.ORANG[(idx * 5 + seq) % len(bank.ORANG)]
    if jpt:
        role = bank.PERAN_JPT[idx % len(bank.PERAN_JPT)]
        person = bank.ORANG[12 + idx % 4]
        pangkat = rng.choice(["Pembina Utama Muda, IV/c", "Pembina Tingkat I, IV/b"])
        peg: dict[str, str] = {
            "nama": person[0], "nip": nip(person, seq), "pangkat": pangkat, "jabatan": role["jabatan"],
            "unit": bank.DINAS[role["dinas"]].title().replace("Dan", "dan")}
        pen: dict[str, str] = {
            "nama": bank.BUPATI, "nip": "-", "pangkat": "-", "jabatan": "Bupati Sari Mulya",
            "unit": "Pemerintah Kabupaten Sari Mulya"}
    else:
        roles = bank.PERAN_JF if family == "jf" else bank.PERAN_JA
        role = roles[idx % len(roles)]
        atasan = bank.ATASAN[role["dinas"]]
        peg = {"nama": person[0], "nip": nip(person, seq), "pangkat": role["pangkat"],
               "jabatan": role["jabatan"], "unit": role["unit"]}
        pen = {"nama": atasan[0], "nip": atasan[1], "pangkat": atasan[2], "jabatan": atasan[3],
               "unit": atasan[4]}
    if "nip_berspasi" in variasi:
        peg["nip"] = spaced(peg["nip"])
        if pen["nip"] != "-":
            pen["nip"] = spaced(pen["nip"])

    # identity and header defects
    periode = "1 Januari sd 31 Desember 2026" if low else "1 JANUARI SD 31 DESEMBER 2026"
    if "periode-tidak-valid" in defects:
        periode = "1 Juli 2026 sd 30 Juni 2027" if low else "1 JULI 2026 SD 30 JUNI 2027"
    if "identitas-kosong" in defects:
        peg["unit"] = ""
    if "nip-tidak-valid" in defects:
        raw = peg["nip"].replace(" ", "")
        peg["nip"] = raw[:4] + "13" + raw[6:]
    if "pangkat-tidak-dikenal" in defects:
        peg["pangkat"] = "Penata Madya, III/e"
    if "jenjang-golongan-tidak-sesuai" in defects:
        peg["pangkat"] = "Pembina, IV/a" if "Ahli" in peg["jabatan"] else "Penata Tingkat I, III/d"
    if "penilai-sama-dengan-pegawai" in defects:
        pen["nip"] = peg["nip"]

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_SKP
    sh = Sheet(ws)
    title = "RENCANA SASARAN KINERJA PEGAWAI"
    if jpt:
        title += " PEJABAT PIMPINAN TINGGI"
    sh.put(1, 1, title.lower() if low else title)
    sh.put(2, 1, bank.DINAS[role["dinas"]])
    sh.put(3, 1, f"{label('PERIODE PENILAIAN', low)} {periode}" if low else f"PERIODE PENILAIAN: {periode}",
           "periode")
    row = identity(sh, 5, peg, pen, low, "penilai_dulu_tumpuk" in variasi, jpt) + 1

    # table columns
    if jpt:
        cols = (["PERSPEKTIF"] if peng else []) + ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU",
                                                   "TARGET"]
    else:
        mid = (["INDIKATOR KINERJA INDIVIDU", "ASPEK"] if "aspek_setelah_iki" in variasi
               else ["ASPEK", "INDIKATOR KINERJA INDIVIDU"])
        cols = ["NO", ATASAN_COL, "RENCANA KINERJA"] + mid + [
            "TARGET"]
        if peng:
            cols += ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
    col = {name: i + 1 for i, name in enumerate(cols)}
    head = row
    for name, k in col.items():
        if name in ("CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"):
            sh.put(head + 1, k, name.lower() if low else name)
        else:
            sh.put(head, k, name.lower() if low else name)
            sh.merge(head, k, head + 1, k)
    if peng and not jpt:
        sh.put(head, col["CUKUP"], "kategori penilaian" if low else "KATEGORI PENILAIAN")
        sh.merge(head, col["CUKUP"], head, col["SANGAT BAIK"])
        sh.put(head, col["DATA"], "cara memantau kinerja" if low else "CARA MEMANTAU KINERJA")
        sh.merge(head, col["DATA"], head, col["WAKTU PENGUMPULAN"])
    row = head + 2
    sh.put(row, 1, "a. kinerja utama" if low else "A. KINERJA UTAMA")
    row += 1

    manifest_defects: list[dict[str, Any]] = []

    def add(code: str, cell: str | None, alt: list[str] | None = None, sheet: str = SHEET_SKP) -> None:
        manifest_defects.append({"code": code, "severity": SEVERITY.get(code, "error"), "sheet": sheet,
                                 "cell": cell, "alt_cells": [{"sheet": sheet, "cell": a} for a in alt or []]})

    # plan rows: list of (rk_atasan, rk, [(aspek, iki, number, unit, kind)], perspektif)
    if jpt:
        plan = [(None, rk, [("", iki, num, unit, "n")], p) for p, rk, iki, num, unit in role["rk"]]
        if "perspektif-tidak-lengkap" in defects:
            plan = [r for r in plan if r[3] != "pi"]
        if "perspektif-tidak-valid" in defects:
            plan.append((None, "Terwujudnya tata kelola dinas yang bersih dan melayani",
                         [("", "Nilai reformasi birokrasi dinas", "70", "nilai", "n")], "tk"))
    else:
        plan = [(a, rk, list(ikis), None) for a, rk, ikis in role["rk"]]
    # defect choices on plan rows
    rk_texts = [p[1] for p in plan]
    if "rk-berbasis-aktivitas" in defects:
        rk_texts[1] = "Melaksanakan " + rk_texts[1][0].lower() + rk_texts[1][1:]
    if "rk-ganda" in defects:
        rk_texts[1] = rk_texts[0]
    first = plan[0][0]
    ku_top = row
    iki_cells: list[dict[str, Any]] = []
    for i, (rk_atasan, _rk, ikis, persp) in enumerate(plan):
        rk_text = rk_texts[i]
        top = row
        if jpt and peng:
            shown = bank.PERSPEKTIF.get(persp, "Tata Kelola") if persp else ""
            sh.put(row, col["PERSPEKTIF"], shown, f"persp{i}")
        sh.put(row, col["NO"], i + 1)
        sh.put(row, col["RENCANA KINERJA"], rk_text, f"rk{i}")
        if not jpt and "rk_atasan_sekali" not in variasi:
            shown = "" if ("rk-atasan-kosong" in defects and i == 1) else (rk_atasan or "")
            sh.put(row, col[ATASAN_COL], shown, f"atasan{i}")
        for j, (aspek, iki, number, unit, kind) in enumerate(ikis):
            r = row + j
            if not jpt:
                sh.put(r, col["ASPEK"], aspek, f"aspek{i}.{j}")
            sh.put(r, col["INDIKATOR KINERJA INDIVIDU"], iki, f"iki{i}.{j}")
            sh.put(r, col["TARGET"], target_text(number, unit, kind, before), f"target{i}.{j}")
            iki_cells.append({"i": i, "j": j, "aspek": aspek, "iki": iki, "number": number, "unit": unit,
                              "kind": kind, "row": r})
            if peng and not jpt:
                cu, ba, sb = kategori(number, "w" if aspek in ("Waktu", "Biaya") else kind)
                sh.put(r, col["CUKUP"], cu, f"cukup{i}.{j}")
                sh.put(r, col["BAIK"], ba, f"baik{i}.{j}")
                sh.put(r, col["SANGAT BAIK"], sb, f"sb{i}.{j}")
        if peng and not jpt:
            sh.put(row, col["DATA"], f"Laporan {rk_text.split()[0].lower()} dan bukti dukung", f"data{i}")
            sh.put(row, col["SUMBER DATA"], "Aplikasi e-Kinerja dan arsip bidang", f"sumber{i}")
            sh.put(row, col["WAKTU PENGUMPULAN"], "Setiap akhir triwulan", f"waktu{i}")
        row += len(ikis)
        for name in ("PERSPEKTIF", "NO", "RENCANA KINERJA", ATASAN_COL, "DATA", "SUMBER DATA",
                     "WAKTU PENGUMPULAN"):
            if name in col and not (name == ATASAN_COL and "rk_atasan_sekali" in variasi):
                sh.merge(top, col[name], row - 1, col[name])
    if "rk_atasan_sekali" in variasi:
        sh.put(ku_top, col[ATASAN_COL], first, "atasan0")
        sh.merge(ku_top, col[ATASAN_COL], row - 1,
                 col[ATASAN_COL])
    last = row

    # plan defects needing a chosen IKI
    def pick(pred) -> dict[str, Any]:
        cands = [c for c in iki_cells if pred(c)] or iki_cells
        return rng.choice(cands)

    m = sh.marks
    for d in defects:
        if d == "identitas-kosong":
            add(d, m["peg.unit"])
        elif d == "nip-tidak-valid":
            add(d, m["peg.nip"])
        elif d in ("pangkat-tidak-dikenal",):
            add(d, m["peg.pangkat"])
        elif d == "jenjang-golongan-tidak-sesuai":
            add(d, m["peg.pangkat"], [m["peg.jabatan"]])
        elif d == "penilai-sama-dengan-pegawai":
            add(d, m["pen.nip"], [m["peg.nip"]])
        elif d == "periode-tidak-valid":
            add(d, m["periode"])
        elif d in TARGET_DEFECTS:
            bare = d == "target-tanpa-satuan"
            c = pick(lambda c, bare=bare: not bare or c["iki"].startswith("Jumlah"))
            ref = m[f"target{c['i']}.{c['j']}"]
            value = {"iki-tanpa-target": None, "target-tidak-terukur": "sesuai kebutuhan",
                     "target-tanpa-satuan": c["number"],
                     "target-rentang-terbalik": target_text(f"{c['number']} – {lower(c['number'])}",
                                                            c["unit"], c["kind"], before)}[d]
            ws[ref].value = value
            add(d, ref, [m[f"iki{c['i']}.{c['j']}"]] if d == "iki-tanpa-target" else [])
        elif d == "satuan-tidak-sesuai-aspek":
            c = pick(lambda c: c["aspek"] == "Waktu")
            ref = m[f"target{c['i']}.{c['j']}"]
            ws[ref].value = target_text(c["number"], "laporan", "n", before)
            add(d, ref, [m[f"iki{c['i']}.{c['j']}"]])
        elif d == "aspek-tidak-valid":
            c = pick(lambda c: True)
            ref = m[f"aspek{c['i']}.{c['j']}"]
            ws[ref].value = "Manfaat"
            add(d, ref)
        elif d == "aspek-ganda":
            c = pick(lambda c: c["j"] == 1 and c["aspek"] == "Kualitas")
            ref = m[f"aspek{c['i']}.1"]
            ws[ref].value = "Kuantitas"
            add(d, ref, [m[f"aspek{c['i']}.0"]])
        elif d == "target-absolut":
            c = pick(lambda c: c["aspek"] == "Kuantitas")
            ref = m[f"iki{c['i']}.{c['j']}"]
            ws[ref].value = "Semua " + c["iki"][0].lower() + c["iki"][1:] + " terpenuhi"
            add(d, ref, [m[f"target{c['i']}.{c['j']}"]])
        elif d == "rk-atasan-kosong":
            add(d, m["atasan1"], [m["rk1"]])
        elif d in ("rk-berbasis-aktivitas", "rk-ganda"):
            add(d, m["rk1"])
        elif d == "kategori-penilaian-kosong":
            c = pick(lambda c: True)
            refs = [m[f"{k}{c['i']}.{c['j']}"] for k in ("cukup", "baik", "sb")]
            for ref in refs:
                ws[ref].value = None
            add(d, refs[1], refs[::2] + [m[f"iki{c['i']}.{c['j']}"], m[f"target{c['i']}.{c['j']}"]])
        elif d == "kategori-tidak-membedakan":
            c = pick(lambda c: c["kind"] != "w")
            ref = m[f"sb{c['i']}.{c['j']}"]
            ws[ref].value = c["number"]
            add(d, ref, [m[f"target{c['i']}.{c['j']}"], m[f"baik{c['i']}.{c['j']}"]])
        elif d == "cara-memantau-kosong":
            refs = [m["data1"], m["sumber1"], m["waktu1"]]
            for ref in refs:
                ws[ref].value = None
            add(d, refs[0], refs[1:] + [m["rk1"]])
        elif d == "perspektif-tidak-valid":
            add(d, m[f"persp{len(plan) - 1}"], [m[f"rk{len(plan) - 1}"]])
        elif d == "perspektif-tidak-lengkap":
            add(d, None)

    # footer
    row = last + 2
    place = "Sari Mulya, 2 Januari 2026"
    sh.put(row, 4 if not jpt else 3, place)
    sh.put(row + 1, 2, "Pejabat Penilai Kinerja," if not low else "pejabat penilai kinerja,")
    sh.put(row + 1, 4 if not jpt else 3, "Pegawai yang Dinilai," if not low else "pegawai yang dinilai,")
    sh.put(row + 5, 2, pen["nama"])
    sh.put(row + 5, 4 if not jpt else 3, peg["nama"] or "")
    if pen["nip"] != "-":
        sh.put(row + 6, 2, f"NIP. {pen['nip']}")
    sh.put(row + 6, 4 if not jpt else 3, f"NIP. {peg['nip']}")
    for letter, w in zip("ABCDEFGHIJKLM", [6, 40, 40, 22, 40, 18, 12, 12, 12, 24, 24, 20, 12], strict=False):
        ws.column_dimensions[letter].width = w

    # JF: Keterkaitan SKP dengan Angka Kredit
    if family == "jf" and "keterkaitan-ak-hilang" not in defects:
        ak = Sheet(wb.create_sheet(SHEET_AK))
        t = "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"
        ak.put(1, 1, t.lower() if low else t)
        ak.put(2, 1, bank.DINAS[role["dinas"]])
        ak.put(3, 1, ("tanggal pengajuan : " if low else "TANGGAL PENGAJUAN: ") + "2 Januari 2026")
        r = identity(ak, 5, peg, pen, low, "penilai_dulu_tumpuk" in variasi, False) + 1
        for k, name in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
            ak.put(r, k, name.lower() if low else name)
        r += 1
        ak.put(r, 1, "kinerja utama" if low else "KINERJA UTAMA")
        r += 1
        bad_ak = "angka-kredit-tidak-valid" in defects
        for i, butirs in enumerate(role["butir"]):
            if "rk-tanpa-butir-kegiatan" in defects and i == 1:
                continue
            top = r
            ak.put(r, 1, i + 1)
            ak.put(r, 2, rk_texts[i])
            for j, (butir, output, value) in enumerate(butirs):
                credit: Any = value if "ak_teks" in variasi else float(value.replace(",", "."))
                if bad_ak and i == 0 and j == 0:
                    credit = "-"
                ak.put(r, 3, butir)
                ak.put(r, 4, output)
                ak.put(r, 5, credit, f"ak{i}.{j}")
                r += 1
            ak.merge(top, 1, r - 1, 1)
            ak.merge(top, 2, r - 1, 2)
        if bad_ak:
            add("angka-kredit-tidak-valid", ak.marks["ak0.0"], sheet=SHEET_AK)
        for letter, w in zip("ABCDE", [6, 45, 50, 24, 14], strict=False):
            ak.ws.column_dimensions[letter].width = w
    if "keterkaitan-ak-hilang" in defects:
        add("keterkaitan-ak-hilang", None)
    if "rk-tanpa-butir-kegiatan" in defects:
        add("rk-tanpa-butir-kegiatan", m["rk1"])

    # JPT: Manual Indikator Kinerja
    if jpt:
        man = Sheet(wb.create_sheet(SHEET_MANUAL))
        man.put(1, 1, "manual indikator kinerja" if low else "MANUAL INDIKATOR KINERJA")
        r = 3
        hole = rng.randrange(len(plan)) if "manual-iki-kosong" in defects else -1
        for i, (_a, _rk, ikis, _p) in enumerate(plan):
            iki = ikis[0][1]
            persen = iki.startswith("Persentase")
            rows = [
                ("RENCANA KINERJA", rk_texts[i]),
                ("DESKRIPSI RENCANA KINERJA", f"Kondisi yang hendak dicapai dinas: {rk_texts[i].lower()}"),
                ("INDIKATOR KINERJA INDIVIDU", iki),
                ("DEFINISI IKI", f"{iki} pada tahun berjalan di Kabupaten Sari Mulya"),
                ("FORMULA", "(jumlah yang memenuhi / jumlah seluruhnya) x 100%" if persen
                 else f"Realisasi {iki.lower()} sampai akhir tahun"),
                ("TUJUAN", f"Mengukur keberhasilan: {rk_texts[i].lower()}"),
                ("SATUAN PENGUKURAN", ikis[0][3]),
                ("JENIS ASPEK TARGET", "Kuantitas"),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", "Laporan kinerja bidang"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]
            for lab, value in rows:
                shown = "" if (i == hole and lab == "FORMULA") else value
                man.put(r, 1, label(lab, low))
                man.put(r, 2, shown, f"{lab}{i}")
                r += 1
            r += 1
        if hole >= 0:
            add("manual-iki-kosong", man.marks[f"FORMULA{hole}"], [m[f"iki{hole}.0"]], sheet=SHEET_MANUAL)
            manifest_defects[-1]["alt_cells"][0]["sheet"] = SHEET_SKP
        man.ws.column_dimensions["A"].width = 32
        man.ws.column_dimensions["B"].width = 70

    # order the manifest defects as drawn
    entry = {"form": form, "clean": clean, "defects": manifest_defects, "boleh": [], "variasi": variasi,
             "jabatan": peg["jabatan"], "dinas": role["dinas"]}
    return wb, entry


def main() -> None:
    parser = argparse.ArgumentParser(description="Membangun set nyata_bf.")
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args()
    args.keluaran.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    files = []
    seq = 1
    for form, count in PLAN:
        for k in range(count):
            clean = k % 2 == 0
            wb, entry = build_one(rng, form, k, clean, seq)
            seq += 1
            name = f"{form}-{k + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            wb.save(args.keluaran / name)
            files.append({"file": name, **entry})
    args.harapan.write_text(json.dumps({"set": "nyata_bf", "seed": SEED, "files": files}, indent=1,
                                       ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
