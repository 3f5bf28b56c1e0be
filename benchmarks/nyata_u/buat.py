"""Build the held-out set ``nyata_u``: SKP JPT (Model Dasar and Model Pengembangan) with their Manual
Indikator Kinerja, written the ways agencies write them (SPEC §2.1, §3.1, §3.4, §3.5, §3.10).

Usage: ``python benchmarks/nyata_u/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministic (seed below).
Layouts are drawn first on a cell grid (``Lembar``), so every value's cell is known and each injected defect
is recorded at its exact cell; the grid is then written with openpyxl or XlsxWriter, and a few workbooks are
re-saved by LibreOffice.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bank import (  # noqa: E402
    FIELDS,
    INSTANSI,
    KABUPATEN_NAMA_KEPALA,
    LABEL,
    ORANG,
    PERSPEKTIF_BOLEH,
    PERSPEKTIF_TULISAN,
    SEKDA,
    TAMBAHAN,
    manual_values,
)

SEED = 20261206
TAHUN = 2026


def col(c: int) -> str:
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r: int, c: int) -> str:
    return f"{col(c)}{r}"


class Lembar:
    """One worksheet as a grid: values (with an optional number format), merges, column widths."""

    def __init__(self, title: str):
        self.title = title
        self.cells: dict[tuple[int, int], tuple[object, str | None]] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}

    def put(self, r: int, c: int, v: object, fmt: str | None = None) -> str:
        self.cells[(r, c)] = (v, fmt)
        return ref(r, c)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if fmt:
                cell.number_format = fmt
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[col(c)].width = w
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    formats: dict[str | None, object] = {}

    def fmt_of(f: str | None):
        if f not in formats:
            props = {"text_wrap": True, "valign": "top"}
            if f:
                props["num_format"] = f
            formats[f] = wb.add_format(props)
        return formats[f]

    for sh in sheets:
        ws = wb.add_worksheet(sh.title)
        merged_at = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in sh.merges}
        for (r, c), (v, f) in sorted(sh.cells.items()):
            if (r, c) in merged_at:
                continue
            ws.write(r - 1, c - 1, v, fmt_of(f))
        for (r, c), (r1, c1, r2, c2) in merged_at.items():
            v, f = sh.cells.get((r, c), ("", None))
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v, fmt_of(f))
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


def resave_libreoffice(path: Path) -> None:
    """Open and save ``path`` with LibreOffice (what an agency on LibreOffice Calc sends back)."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profil"
        out = Path(tmp) / "keluar"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc", "--convert-to",
             "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.copyfile(out / path.name, path)


# ----------------------------------------------------------------------------------------------- the SKP


def abbreviate(text: str) -> str:
    for long, short in (
        ("Pemerintah Daerah", "Pemda"), ("Perangkat Daerah", "PD"), ("perangkat daerah", "PD"),
        ("Dinas Lingkungan Hidup", "DLH"), ("Dinas Kesehatan", "Dinkes"), ("Pemerintah Kota", "Pemkot"),
        ("Persentase", "Prosentase"), ("Rumah Sakit Umum Daerah", "RSUD"), ("Bappeda", "BAPPEDA"),
    ):
        if long in text:
            return text.replace(long, short, 1)
    return text.upper()


def manual_iki_text(iki: str, how: str) -> str:
    if how == "kapital":
        return iki.upper()
    if how == "titik":
        return iki + "."
    if how == "singkat":
        return abbreviate(iki)
    if how == "spasi":
        return " " + iki.replace(" ", "  ", 1) + " "
    return iki


def build(i: int, model: str, defs: set[str], rng: random.Random) -> dict:
    """One workbook: its sheets, manifest entry (form, defects with cells, boleh) and layout."""
    ins = INSTANSI[i % len(INSTANSI)]
    pengembangan = model == "pengembangan"
    person = ORANG[i % len(ORANG)]
    if ins["jabatan"] == "Sekretaris Daerah":
        person = SEKDA
    jab_prefix = rng.choice(["", "", "", "Plt. ", "Plh. "]) if ins["jabatan"] != "Sekretaris Daerah" else ""
    unit = ins["nama"].title().replace("Daerah Kabupaten", "Daerah Kabupaten")
    jabatan = jab_prefix + ins["jabatan"] + ("" if ins["jabatan"] == "Sekretaris Daerah" else "")
    if ins["jabatan"] == "Sekretaris Daerah":
        jabatan = rng.choice(["Sekretaris Daerah", "SEKRETARIS DAERAH KOTA TANJUNG HARAPAN"])
    penilai_sekda = ins["kepala"].startswith("Sekretaris Daerah")
    layout = {
        "identitas": rng.choice(["sisi", "tumpuk"]),
        "manual": ["per-sheet", "tabel-baris", "tabel-kolom", "blok"][i % 4],
        "label": {f: rng.randrange(len(LABEL[f])) for f in FIELDS},
        "nomor_label": rng.random() < 0.5,
        "titik_dua": rng.random() < 0.5,
        "iki_manual": rng.choice(["sama", "kapital", "titik", "singkat", "spasi"]),
        "rk_gabung": rng.random() < 0.7,
        "persp_gabung": pengembangan and rng.random() < 0.5 and "perspektif-tidak-valid" not in defs,
        "tambahan": rng.random() < 0.4,
        "tambahan_manual": False,
        "target_angka_persen": rng.random() < 0.25,
        "judul": rng.choice([
            "SASARAN KINERJA PEGAWAI", "RENCANA SASARAN KINERJA PEGAWAI",
            "SASARAN KINERJA PEGAWAI (SKP)\nPEJABAT PIMPINAN TINGGI PRATAMA",
        ]),
        "sheet_skp": rng.choice(["SKP", "SKP JPT", f"SKP {TAHUN}", "Rencana SKP"]),
        "sheet_manual": rng.choice(["Manual IKI", "MANUAL IKI", "Manual Indikator Kinerja",
                                    "Lamp Manual IKI"]),
        "persp_tulisan": {},
        "sampul": rng.random() < 0.2,
    }
    layout["tambahan_manual"] = layout["tambahan"] and rng.random() < 0.5
    boleh: list[dict] = []
    defects: list[dict] = []
    rks = [list(x) for x in ins["rk"]]
    if "perspektif-tidak-lengkap" in defs:
        rks = [x for x in rks if x[0] != "ag"]
    # perspektif spellings for this file
    for key in ("pl", "pb", "pi", "ag"):
        choices = PERSPEKTIF_TULISAN[key]
        layout["persp_tulisan"][key] = choices[rng.randrange(len(choices))]
    use_boleh_persp = pengembangan and not defs and i % 6 == 1
    if use_boleh_persp:
        layout["persp_tulisan"]["pi"] = PERSPEKTIF_BOLEH["pi"]

    skp = Lembar(layout["sheet_skp"])
    ncol = 6 if pengembangan else 5  # last table column
    skp.put(1, 2, layout["judul"])
    skp.merge(1, 2, 1, ncol + 2)
    skp.put(2, 2, ins["nama"])
    skp.merge(2, 2, 2, ncol + 2)
    periode = skp.put(3, 2, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    del periode
    kepala_nama = KABUPATEN_NAMA_KEPALA.get(ins["kepala"])
    if penilai_sekda:
        pen = (SEKDA[0], SEKDA[1], SEKDA[2], "Sekretaris Daerah Kota Tanjung Harapan", ins["pemda"].title())
    else:
        pen = (kepala_nama, "-", "-", ins["kepala"], ins["pemda"].title())
    nip = person[1]
    if "nip-tidak-valid" in defs:
        nip = nip.replace(" ", "")[:8] + "199813" + nip.replace(" ", "")[14:]
    peg = (person[0], nip, person[2], jabatan, unit)
    labels_peg = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    labels_pen = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", rng.choice(["INSTANSI", "UNIT KERJA"])]
    r = 5
    nip_cell = None
    if layout["identitas"] == "sisi":
        skp.put(r, 2, "NO")
        skp.put(r, 3, "PEGAWAI YANG DINILAI")
        skp.merge(r, 3, r, 4)
        skp.put(r, 5, "NO")
        skp.put(r, 6, "PEJABAT PENILAI KINERJA")
        skp.merge(r, 6, r, 7)
        for k in range(5):
            skp.put(r + 1 + k, 2, k + 1)
            skp.put(r + 1 + k, 3, labels_peg[k])
            c = skp.put(r + 1 + k, 4, peg[k])
            if k == 1:
                nip_cell = c
            skp.put(r + 1 + k, 5, k + 1)
            skp.put(r + 1 + k, 6, labels_pen[k])
            skp.put(r + 1 + k, 7, pen[k])
        r += 7
    else:
        for title, labels, vals in (("PEGAWAI YANG DINILAI", labels_peg, peg),
                                    ("PEJABAT PENILAI KINERJA", labels_pen, pen)):
            skp.put(r, 2, "NO")
            skp.put(r, 3, title)
            skp.merge(r, 3, r, 4)
            for k in range(5):
                skp.put(r + 1 + k, 2, k + 1)
                skp.put(r + 1 + k, 3, labels[k])
                c = skp.put(r + 1 + k, 4, vals[k])
                if k == 1 and title.startswith("PEGAWAI"):
                    nip_cell = c
            r += 7
    if "nip-tidak-valid" in defs:
        defects.append({"code": "nip-tidak-valid", "sheet": skp.title, "cell": nip_cell})
    # table header
    heads = (["PERSPEKTIF"] if pengembangan else []) + ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU",
                                                        "TARGET"]
    c0 = 2
    for k, h in enumerate(heads):
        skp.put(r, c0 + k, h)
    r += 1
    for k in range(len(heads)):
        skp.put(r, c0 + k, f"({k + 1})")
    r += 1
    cp = c0 if pengembangan else None
    cno = c0 + (1 if pengembangan else 0)
    crk, ciki, ctg = cno + 1, cno + 2, cno + 3
    skp.put(r, c0, "A. KINERJA UTAMA")
    skp.merge(r, c0, r, ctg)
    r += 1
    # choose which IKI carries the defect
    all_iki = [(a, b) for a, x in enumerate(rks) for b in range(len(x[2]))]
    victim = all_iki[rng.randrange(len(all_iki))]
    if "perspektif-tidak-valid" in defs:
        victim = (rng.randrange(len(rks)), 0)
    manual_entries = []  # (rk, iki_text_skp, jenis, iki_cell)
    persp_runs: list[tuple[str, int, int]] = []
    for a, (pk, rk, ikis) in enumerate(rks):
        top = r
        for b, (iki, target, jenis) in enumerate(ikis):
            skp.put(r, cno, a + 1 if b == 0 or not layout["rk_gabung"] else None)
            if b == 0 or not layout["rk_gabung"]:
                skp.put(r, crk, rk)
            iki_cell = skp.put(r, ciki, iki)
            tv: object = target
            fmt = None
            if layout["target_angka_persen"] and target.replace(" ", "").endswith("%") and "-" not in target:
                tv = round(float(target.replace("%", "").strip().replace(",", ".")) / 100, 4)
                fmt = "0%"
            if (a, b) == victim and "iki-tanpa-target" in defs:
                tv, fmt = None, None
                defects.append({"code": "iki-tanpa-target", "sheet": skp.title, "cell": ref(r, ctg)})
            elif (a, b) == victim and "target-tidak-terukur" in defs:
                tv, fmt = "Meningkat", None
                defects.append({"code": "target-tidak-terukur", "sheet": skp.title, "cell": ref(r, ctg)})
            elif (a, b) == victim and "target-rentang-terbalik" in defs:
                tv, fmt = "95 - 85 %", None
                defects.append({"code": "target-rentang-terbalik", "sheet": skp.title, "cell": ref(r, ctg)})
            if tv is not None:
                skp.put(r, ctg, tv, fmt)
            if jenis == "predikat" and tv == target:
                # SPEC §7 reads a target without a number as not measurable; a PK predicate target (WTP, A,
                # BB) is what the regulation's PK carries: a reviewer may accept it either way
                boleh.append({"code": "target-tidak-terukur", "sheet": skp.title, "cell": ref(r, ctg)})
            manual_entries.append((rk, iki, jenis, iki_cell, (a, b)))
            r += 1
        if layout["rk_gabung"] and r - 1 > top:
            skp.merge(top, cno, r - 1, cno)
            skp.merge(top, crk, r - 1, crk)
        if pengembangan:
            persp_runs.append((pk, top, r - 1))
    if pengembangan:
        # perspektif column: merged over each run of equal perspektif, or written on every row
        groups: list[list] = []
        for pk, top, bot in persp_runs:
            if groups and groups[-1][0] == pk and layout["persp_gabung"]:
                groups[-1][2] = bot
            else:
                groups.append([pk, top, bot])
        for pk, top, bot in groups:
            text = layout["persp_tulisan"][pk]
            rk_index = [k for k, x in enumerate(persp_runs) if x[1] == top][0]
            if "perspektif-tidak-valid" in defs and rk_index == victim[0]:
                text = rng.choice([None, "Strategis", "Kinerja Organisasi"])
                defects.append({"code": "perspektif-tidak-valid", "sheet": skp.title, "cell": ref(top, cp)})
                # the perspektif left without its RK may be reported as missing too
                if not any(x[0] == pk for k, x in enumerate(persp_runs) if k != rk_index):
                    boleh.append({"code": "perspektif-tidak-lengkap"})
            if text is not None:
                skp.put(top, cp, text)
            if layout["persp_gabung"]:
                skp.merge(top, cp, bot, cp)
            else:
                for rr in range(top + 1, bot + 1):
                    skp.put(rr, cp, text)
            if pk == "pi" and text == PERSPEKTIF_BOLEH["pi"]:
                boleh.append({"code": "perspektif-tidak-valid", "sheet": skp.title, "cell": ref(top, cp)})
                boleh.append({"code": "perspektif-tidak-lengkap"})
        if "perspektif-tidak-lengkap" in defs:
            defects.append({"code": "perspektif-tidak-lengkap", "sheet": None, "cell": None})
    skp.put(r, c0, "B. KINERJA TAMBAHAN")
    skp.merge(r, c0, r, ctg)
    r += 1
    tambahan = []
    if layout["tambahan"]:
        t = TAMBAHAN[i % len(TAMBAHAN)]
        if pengembangan:
            skp.put(r, cp, "-")
        skp.put(r, cno, 1)
        skp.put(r, crk, t[0])
        skp.put(r, ciki, t[1])
        skp.put(r, ctg, t[2])
        tambahan.append(t)
        r += 1
    else:
        skp.put(r, cno, "-")
        r += 1
    r += 1
    place = "Bukit Sembilan" if "BUKIT" in ins["nama"] else ("Tanjung Harapan" if "TANJUNG" in ins["nama"]
                                                             else "Lembah Hijau")
    skp.put(r, ctg, f"{place}, 2 Januari {TAHUN}")
    r += 1
    skp.put(r, crk, "Pejabat Penilai Kinerja,")
    skp.put(r, ctg, "Pegawai yang Dinilai,")
    r += 4
    skp.put(r, crk, pen[0])
    skp.put(r, ctg, person[0])
    r += 1
    if pen[1] != "-":
        skp.put(r, crk, f"NIP. {pen[1]}")
    skp.put(r, ctg, f"NIP. {nip}")
    widths = {1: 2, c0: 6}
    if pengembangan:
        widths[cno] = 5
    widths.update({crk: 38, ciki: 44, ctg: 14, 7: 30})
    skp.widths = widths

    # ------------------------------------------------------------------------------------- the Manual
    entries = [
        {"rk": rk, "iki": iki, "jenis": jenis, "iki_cell": cell, "key": key}
        for rk, iki, jenis, cell, key in manual_entries
    ]
    if layout["tambahan_manual"]:
        for t in tambahan:
            entries.append({"rk": t[0], "iki": t[1], "jenis": "dokumen", "iki_cell": None, "key": None})
    missing_field = None
    for kind in [d.split("-", 1)[1] for d in defs if d.startswith("manual-")]:
        target = [e for e in entries if e["key"] == victim][0]
        if kind == "hilang":
            entries.remove(target)
            defects.append({"code": "manual-iki-kosong", "sheet": skp.title, "cell": target["iki_cell"]})
        else:
            missing_field = (victim, kind)
    sheets_manual = write_manual(entries, layout, missing_field, defects, skp.title)
    sheets = [skp] + sheets_manual
    if layout["sampul"]:
        cover = Lembar("Sampul")
        cover.put(2, 2, "SASARAN KINERJA PEGAWAI")
        cover.put(4, 2, person[0])
        cover.put(5, 2, jabatan)
        cover.put(6, 2, ins["nama"])
        cover.put(8, 2, f"TAHUN {TAHUN}")
        sheets.insert(0, cover)
    return {"sheets": sheets, "defects": defects, "boleh": boleh, "layout": layout, "jabatan": jabatan,
            "instansi": ins["nama"]}


def label_text(layout: dict, field: str, number: int | None) -> str:
    text = LABEL[field][layout["label"][field]]
    if number is not None and layout["nomor_label"]:
        text = f"{number}. {text}"
    return text


def write_manual(entries: list[dict], layout: dict, missing: tuple | None, defects: list[dict],
                 skp_title: str) -> list[Lembar]:
    """The Manual Indikator Kinerja in one of four layouts agencies use."""
    how = layout["manual"]
    judul = "MANUAL INDIKATOR KINERJA"

    def values(e: dict) -> dict[str, str]:
        v = manual_values(e["rk"], e["iki"], e["jenis"])
        v["iki"] = manual_iki_text(e["iki"], layout["iki_manual"])
        return v

    def record(e: dict, field: str, sheet: str, cell: str) -> None:
        if missing and e["key"] == missing[0] and field == missing[1]:
            defects.append({"code": "manual-iki-kosong", "sheet": sheet, "cell": cell,
                            "alt_cells": [{"sheet": skp_title, "cell": e["iki_cell"]}]})

    def blank(e: dict, field: str) -> bool:
        return bool(missing and e["key"] == missing[0] and field == missing[1])

    out: list[Lembar] = []
    if how == "per-sheet":
        for n, e in enumerate(entries, 1):
            sh = Lembar(f"Manual IKI {n}")
            sh.put(1, 2, judul)
            sh.merge(1, 2, 1, 5)
            v = values(e)
            rr = 3
            for k, f in enumerate(FIELDS, 1):
                sh.put(rr, 2, label_text(layout, f, k))
                vc = 4 if layout["titik_dua"] else 3
                if layout["titik_dua"]:
                    sh.put(rr, 3, ":")
                cell = ref(rr, vc)
                if not blank(e, f):
                    sh.put(rr, vc, v[f])
                record(e, f, sh.title, cell)
                rr += 1
            sh.widths = {1: 2, 2: 30, 3: 3 if layout["titik_dua"] else 70, 4: 70}
            out.append(sh)
        return out
    sh = Lembar(layout["sheet_manual"])
    sh.put(1, 2, judul + " (IKI)")
    sh.put(2, 2, f"TAHUN {TAHUN}")
    if how == "tabel-baris":
        sh.put(4, 2, "NO")
        for k, f in enumerate(FIELDS):
            sh.put(4, 3 + k, label_text(layout, f, None))
        for n, e in enumerate(entries, 1):
            rr = 4 + n
            sh.put(rr, 2, n)
            v = values(e)
            for k, f in enumerate(FIELDS):
                cell = ref(rr, 3 + k)
                if not blank(e, f):
                    sh.put(rr, 3 + k, v[f])
                record(e, f, sh.title, cell)
        sh.widths = {2: 5, **{3 + k: 28 for k in range(len(FIELDS))}}
    elif how == "tabel-kolom":
        sh.put(4, 2, "NO")
        sh.put(4, 3, "URAIAN")
        for k, f in enumerate(FIELDS, 1):
            sh.put(4 + k, 2, k)
            sh.put(4 + k, 3, label_text(layout, f, None))
        for n, e in enumerate(entries):
            cc = 4 + n
            sh.put(4, cc, f"IKI {n + 1}")
            v = values(e)
            for k, f in enumerate(FIELDS, 1):
                cell = ref(4 + k, cc)
                if not blank(e, f):
                    sh.put(4 + k, cc, v[f])
                record(e, f, sh.title, cell)
        sh.widths = {2: 5, 3: 28, **{4 + n: 40 for n in range(len(entries))}}
    else:  # blok
        rr = 4
        for n, e in enumerate(entries, 1):
            sh.put(rr, 2, f"{judul} {n}")
            rr += 1
            v = values(e)
            for k, f in enumerate(FIELDS, 1):
                sh.put(rr, 2, label_text(layout, f, k))
                vc = 4 if layout["titik_dua"] else 3
                if layout["titik_dua"]:
                    sh.put(rr, 3, ":")
                cell = ref(rr, vc)
                if not blank(e, f):
                    sh.put(rr, vc, v[f])
                record(e, f, sh.title, cell)
                rr += 1
            rr += 2
        sh.widths = {2: 30, 3: 3 if layout["titik_dua"] else 70, 4: 70}
    out.append(sh)
    return out


DEFECTS = {
    "dasar": ["manual-hilang", "manual-formula", "manual-definisi", "manual-tujuan", "manual-deskripsi",
              "iki-tanpa-target", "target-tidak-terukur", "nip-tidak-valid", "manual-hilang",
              "manual-formula", "target-rentang-terbalik", "manual-tujuan+iki-tanpa-target"],
    "pengembangan": ["perspektif-tidak-valid", "perspektif-tidak-lengkap", "manual-hilang", "manual-formula",
                     "manual-definisi", "perspektif-tidak-valid", "manual-tujuan", "manual-deskripsi",
                     "perspektif-tidak-lengkap", "iki-tanpa-target", "manual-hilang",
                     "perspektif-tidak-valid+manual-formula"],
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membuat set nyata_u (SKP JPT dan Manual IKI).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    a.keluaran.mkdir(parents=True, exist_ok=True)
    for old in a.keluaran.glob("*.xlsx"):
        old.unlink()
    files = []
    n = 0
    for model in ("dasar", "pengembangan"):
        plan = [None] * 12 + DEFECTS[model]
        for k, d in enumerate(plan):
            n += 1
            built = build(n, model, set(d.split("+")) if d else set(), random.Random(rng.random()))
            writer = "openpyxl" if n % 2 else "xlsxwriter"
            lo = n % 8 == 5
            tag = "bersih" if d is None else d.replace("+", "-dan-")
            name = f"jpt-{model}-{k + 1:02d}-{tag}.xlsx"
            path = a.keluaran / name
            (write_openpyxl if writer == "openpyxl" else write_xlsxwriter)(built["sheets"], path)
            if lo:
                resave_libreoffice(path)
            files.append({
                "file": name, "form": f"jpt-{model}", "clean": d is None, "defects": built["defects"],
                "boleh": built["boleh"], "jabatan": built["jabatan"], "instansi": built["instansi"],
                "writer": writer + ("+libreoffice" if lo else ""), "layout": built["layout"],
            })
    a.harapan.write_text(json.dumps({"set": "nyata_u", "seed": SEED, "files": files}, indent=1,
                                    ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(files)} berkas ditulis ke {a.keluaran}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
