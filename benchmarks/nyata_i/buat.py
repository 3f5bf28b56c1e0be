"""Build the held-out evaluation set ``benchmarks/nyata_i`` (deterministic, seed 20261210).

Each workbook is first laid out on a cell grid (:class:`Lembar`); the layout records the cell of every value,
so each inserted defect is known at its exact cell. Writers: openpyxl, XlsxWriter (shared strings), and
XlsxWriter resaved by LibreOffice (``soffice --headless --convert-to xlsx``).

Usage: ``python benchmarks/nyata_i/buat.py [--keluaran DIR] [--harapan FILE]``.
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

from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261210
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")


def ref(row: int, col: int) -> str:
    return f"{get_column_letter(col)}{row}"


class Lembar:
    """One sheet as a grid: values by (row, col), merges, column widths."""

    def __init__(self, title: str):
        self.title = title
        self.cells: dict[tuple[int, int], object] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}

    def put(self, row: int, col: int, value, to: tuple[int, int] | None = None) -> str:
        self.cells[(row, col)] = value
        if to and to != (row, col):
            self.merges.append((row, col, to[0], to[1]))
        return ref(row, col)


# ---------------------------------------------------------------- writers


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), v in sorted(sh.cells.items()):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, str) and v.isupper() and len(v) > 3:
                cell.font = Font(bold=True)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    for sh in sheets:
        ws = wb.add_worksheet(sh.title)
        merged = set()
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, sh.cells.get((r1, c1), ""), wrap)
            merged.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in merged:
                continue
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, wrap)
            else:
                ws.write(r - 1, c - 1, v, wrap)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


def resave_libreoffice(paths: list[Path], out: Path) -> None:
    """Resave XlsxWriter files through LibreOffice so styles and shared strings are an office suite's."""
    if not paths:
        return
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "src"), Path(tmp, "dst")
        src.mkdir()
        dst.mkdir()
        for p in paths:
            shutil.move(str(p), src / p.name)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profil",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(dst),
            ]
            + [str(src / p.name) for p in paths],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for p in paths:
            shutil.move(str(dst / p.name), out / p.name)


# ---------------------------------------------------------------- texts

LABELS_ID = {
    "baku": ["Nama", "NIP", "Pgkt/Gol", "Jabatan", "Unit Kerja"],
    "kapital": ["NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"],
}


def targets(rng: random.Random, satuan: str, style: int) -> dict:
    """Targets and kategori phrases for the three aspek of one RK."""
    n = rng.choice([12, 24, 36, 48])
    p = rng.choice([90, 95])
    d = rng.choice([5, 7, 10, 14])
    kuant = [f"min. {n} {satuan}", f"{n} {satuan}", f"paling sedikit {n} {satuan}"][style % 3]
    kual = [f"≥ {p} %", f"{p}%", f"min. {p} %"][style % 3]
    waktu = [f"paling lambat {d} hari", f"{d} hari kerja", f"maks. {d} hari"][style % 3]
    a, b = n // 2, (n * 4) // 5
    return {
        "Kuantitas": (
            kuant,
            [
                f"kurang dari {a} {satuan}",
                f"{a} - {b - 1} {satuan}",
                f"{b} - {n - 1} {satuan}",
                f"{n} {satuan}",
                f"lebih dari {n} {satuan}",
            ],
            n,
            satuan,
        ),
        "Kualitas": (
            kual,
            ["kurang dari 60 %", "60 - 79 %", f"80 - {p - 1} %", f"{p} %", f"lebih dari {p} %"],
            p,
            "%",
        ),
        "Waktu": (
            waktu,
            [
                f"lebih dari {3 * d} hari",
                f"{2 * d + 1} - {3 * d} hari",
                f"{d + 1} - {2 * d} hari",
                f"{d} hari",
                f"kurang dari {d} hari",
            ],
            d,
            "hari",
        ),
    }


def ikis(rk: tuple) -> list[tuple[str, str]]:
    _, satuan, kual_obj, waktu_obj = rk
    return [
        ("Kuantitas", f"Jumlah {satuan} yang diselesaikan"),
        ("Kualitas", f"Persentase {kual_obj}"),
        ("Waktu", f"Rata-rata waktu {waktu_obj}"),
    ]


TAMBAHAN = (
    "Sertifikat pelatihan kompetensi teknis diperoleh",
    "sertifikat",
    "materi pelatihan yang dibagikan kepada rekan kerja",
    "penyampaian laporan pelatihan",
)


# ---------------------------------------------------------------- identity


def identity(
    sh: Lembar,
    row: int,
    layout: str,
    peg: tuple,
    pen: tuple,
    unit: str,
    unit_pen: str,
    jpt: bool,
    rec: dict,
    cols: tuple[int, int],
) -> int:
    """Write both parties; returns the next free row; ``rec`` gets each value's cell by (party, field)."""
    left, right = cols
    fields = ["nama", "nip", "pangkat", "jabatan", "unit"]
    if layout == "paragraf":
        sh.put(row, left, "Pegawai yang Dinilai", (row, right - 1))
        sh.put(row, right, "Pejabat Penilai Kinerja", (row, right + 2))
        last = "Instansi" if jpt else "Unit Kerja"
        for party, who, u, c, to in (
            ("peg", peg, unit, left, right - 1),
            ("pen", pen, unit_pen, right, right + 2),
        ):
            lab = ["Nama", "NIP", "Pangkat/Gol. Ruang", "Jabatan", last if party == "pen" else "Unit Kerja"]
            vals = list(who) + [u]
            text = "\n".join(f"{k}: {v}" for k, v in zip(lab, vals, strict=True))
            cell = sh.put(row + 1, c, text, (row + 1, to))
            for f in fields:
                rec[(party, f)] = cell
        return row + 3
    labels = LABELS_ID["baku" if layout == "baku" else "kapital"]
    sh.put(row, left, "No")
    sh.put(
        row, left + 1, "Pegawai yang Dinilai" if layout == "baku" else "PEGAWAI YANG DINILAI", (row, left + 2)
    )
    sh.put(row, right, "No")
    sh.put(
        row,
        right + 1,
        "Pejabat Penilai Kinerja" if layout == "baku" else "PEJABAT PENILAI KINERJA",
        (row, right + 2),
    )
    for i, f in enumerate(fields):
        r = row + 1 + i
        sh.put(r, left, str(i + 1))
        sh.put(r, left + 1, labels[i])
        rec[("peg", f)] = ref(r, left + 2)
        if (list(peg) + [unit])[i]:
            sh.put(r, left + 2, (list(peg) + [unit])[i])
        sh.put(r, right, str(i + 1))
        lab = labels[i]
        if jpt and f == "unit":
            lab = "Instansi" if layout == "baku" else "INSTANSI"
        sh.put(r, right + 1, lab)
        rec[("pen", f)] = ref(r, right + 2)
        if (list(pen) + [unit_pen])[i]:
            sh.put(r, right + 2, (list(pen) + [unit_pen])[i])
    return row + 7


# ---------------------------------------------------------------- forms


def build_jaf(
    rng: random.Random, form: str, ai: int, variant: int, defects: list[str]
) -> tuple[list[Lembar], list, dict]:
    jenis, model = form.split("-")
    ag, ppl = bank.AGENCIES[ai], bank.PEOPLE[ai]
    peg = list(ppl["ja" if jenis == "ja" else "jf"])
    pen = list(ppl["penilai"])
    peng = model == "pengembangan"
    id_layout = ["paragraf", "baku", "kapital", "paragraf"][variant % 4]
    same_sheet_ak = jenis == "jf" and variant % 2 == 0
    sheet_name = ["skp 2026 ", "Renc. SKP", "skp ", "form skp"][variant % 4]
    empty_copy = variant % 3 == 1
    ncols = 14 if peng else 6
    sh = Lembar(sheet_name)
    sh.widths.update({1: 6, 2: 38, 3: 38, 4: 12, 5: 36, 6: 18})
    found: list[dict] = []

    def defect(code, cell, sheet=None, alt=()):
        d = {"code": code, "sheet": sheet or sh.title, "cell": cell}
        if alt:
            d["alt_cells"] = [{"sheet": sheet or sh.title, "cell": a} for a in alt]
        found.append(d)

    sh.put(
        1,
        1,
        "Rencana Sasaran Kinerja Pegawai" if variant % 2 else "RENCANA SASARAN KINERJA PEGAWAI",
        (1, ncols),
    )
    sh.put(2, 1, ag["instansi"], (2, ncols))
    periode = "1 Januari s.d. 31 Desember 2026"
    if "periode-tidak-valid" in defects:
        periode = "31 Desember 2026 s.d. 1 Januari 2026"
    if variant % 2:
        pcell = sh.put(3, 1, f"Periode Penilaian: {periode}", (3, ncols))
    else:
        sh.put(3, 1, "Periode Penilaian", (3, 2))
        pcell = sh.put(3, 3, f": {periode}")
    if "periode-tidak-valid" in defects:
        defect("periode-tidak-valid", pcell)

    if "nip-tidak-valid" in defects:
        peg[1] = peg[1][:-1]
    if "pangkat-tidak-dikenal" in defects:
        pen[2] = "Penata Muda, III/d"
    if "identitas-kosong" in defects:
        pen[3] = ""
    rec: dict = {}
    unit_pen = ag["unit"].split(",", 1)[1].strip() if "," in ag["unit"] else ag["unit"]
    row = identity(sh, 5, id_layout, tuple(peg), tuple(pen), ag["unit"], unit_pen, False, rec, (1, 4))
    if "nip-tidak-valid" in defects:
        defect("nip-tidak-valid", rec[("peg", "nip")])
    if "pangkat-tidak-dikenal" in defects:
        defect("pangkat-tidak-dikenal", rec[("pen", "pangkat")])
    if "identitas-kosong" in defects:
        defect("identitas-kosong", rec[("pen", "jabatan")])

    # table header (two rows)
    h = row + 1
    heads = ["No", "RK Atasan yg Diintervensi", "Renc. Kinerja", "Aspek", "Ind. Kinerja Individu", "Target"]
    if variant % 4 == 2:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    for i, t in enumerate(heads):
        sh.put(h, i + 1, t, (h + 1, i + 1))
    if peng:
        sh.put(h, 7, "Kategori Penilaian", (h, 11))
        for i, t in enumerate(["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]):
            sh.put(h + 1, 7 + i, t)
        sh.put(h, 12, "Cara Memantau Kinerja", (h, 14))
        for i, t in enumerate(["Data", "Sumber Data", "Waktu Pengumpulan"]):
            sh.put(h + 1, 12 + i, t)
    r = h + 2
    sh.put(r, 1, "A. Kinerja Utama", (r, ncols))
    r += 1
    order = list(range(4))
    rng.shuffle(order)
    rks = [ag["rk"][i] for i in order[:3]]
    rk_cells = []
    target_defect_done = False
    for k, rk in enumerate(rks):
        tg = targets(rng, rk[1], variant + k)
        start = r
        atasan = ag["atasan_rk"][k % 3]
        if k == 0 and variant % 2 == 1:
            atasan = ag["atasan_rk"][0] + "\n" + ag["atasan_rk"][1]
        if k == 1 and "rk-atasan-kosong" in defects:
            atasan = ""
        end = r + 2
        sh.put(r, 1, f"I.{k + 1}", (end, 1))
        acell = sh.put(r, 2, atasan, (end, 2))
        if not atasan:
            del sh.cells[(r, 2)]
            defect("rk-atasan-kosong", acell)
        rk_cells.append(sh.put(r, 3, rk[0], (end, 3)))
        for j, (aspek, iki) in enumerate(ikis(rk)):
            target, levels, _, _ = tg[aspek]
            asp = aspek
            if k == 2 and j == 1 and "aspek-tidak-valid" in defects:
                asp = "Manfaat"
            acell2 = sh.put(r, 4, asp)
            if asp == "Manfaat":
                defect("aspek-tidak-valid", acell2)
            sh.put(r, 5, iki)
            tcell = ref(r, 6)
            if k == 1 and j == 0 and not target_defect_done:
                if "iki-tanpa-target" in defects:
                    target = None
                    defect("iki-tanpa-target", tcell)
                    target_defect_done = True
                elif "target-tidak-terukur" in defects:
                    target = "sesuai kebutuhan"
                    defect("target-tidak-terukur", tcell)
                    target_defect_done = True
                elif "target-rentang-terbalik" in defects:
                    target = f"{20} - {12} {rk[1]}"
                    defect("target-rentang-terbalik", tcell)
                    target_defect_done = True
            if target is not None:
                sh.put(r, 6, target)
            if peng:
                lv = list(levels)
                if k == 0 and j == 0 and "kategori-tidak-membedakan" in defects:
                    lv[4] = lv[3]
                    defect("kategori-tidak-membedakan", ref(r, 11), alt=[ref(r, 10), ref(r, 6)])
                if k == 2 and j == 0 and "kategori-tidak-berurutan" in defects:
                    lv[2], lv[4] = lv[4], lv[2]
                    defect("kategori-tidak-berurutan", ref(r, 9), alt=[ref(r, c) for c in (6, 7, 8, 10, 11)])
                for i, t in enumerate(lv):
                    sh.put(r, 7 + i, t)
            r += 1
        if peng:
            sh.put(start, 12, f"Rekap {rk[1]} {rk[3]}", (end, 12))
            sumber = "Aplikasi e-Kinerja dan buku register unit"
            if k == 1 and "cara-memantau-kosong" in defects:
                defect("cara-memantau-kosong", ref(start, 13))
                sh.merges.append((start, 13, end, 13))
            else:
                sh.put(start, 13, sumber, (end, 13))
            sh.put(start, 14, "Triwulanan", (end, 14))
    sh.put(r, 1, "B. Kinerja Tambahan", (r, ncols))
    r += 1
    tg = targets(rng, TAMBAHAN[1], variant)
    start = r
    sh.put(r, 1, "II.1", (r + 1, 1))
    sh.put(r, 3, TAMBAHAN[0], (r + 1, 3))
    for aspek, iki in [
        ("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh"),
        ("Waktu", "Waktu penyampaian laporan pelatihan"),
    ]:
        target, levels, _, _ = tg[aspek]
        if aspek == "Kuantitas":
            target, levels = (
                "2 sertifikat",
                ["-", "-", "1 sertifikat", "2 sertifikat", "lebih dari 2 sertifikat"],
            )
        sh.put(r, 4, aspek)
        sh.put(r, 5, iki)
        sh.put(r, 6, target)
        if peng:
            for i, t in enumerate(levels):
                sh.put(r, 7 + i, t)
        r += 1
    if peng:
        sh.put(start, 12, "Sertifikat dan laporan pelatihan", (r - 1, 12))
        sh.put(start, 13, "Penyelenggara pelatihan", (r - 1, 13))
        sh.put(start, 14, "Semesteran", (r - 1, 14))
    r += 1
    sh.put(r, 4, "Muara Senja, 5 Januari 2026" if ai == 0 else "5 Januari 2026", (r, 6))
    sh.put(r + 1, 1, "Pegawai yang Dinilai", (r + 1, 3))
    sh.put(r + 1, 4, "Pejabat Penilai Kinerja", (r + 1, 6))
    sh.put(r + 5, 1, peg[0], (r + 5, 3))
    sh.put(r + 5, 4, pen[0], (r + 5, 6))
    sh.put(r + 6, 1, f"NIP. {peg[1]}", (r + 6, 3))
    sh.put(r + 6, 4, f"NIP. {pen[1]}", (r + 6, 6))
    r += 9
    sheets = [sh]
    ak_where = None
    if jenis == "jf" and "keterkaitan-ak-hilang" in defects:
        found.append({"code": "keterkaitan-ak-hilang", "sheet": None, "cell": None})
    elif jenis == "jf":
        if same_sheet_ak:
            ak, r0 = sh, r
            ak_where = "bawah"
        else:
            ak, r0 = Lembar("ak "), 1
            ak_where = "sheet"
            ak.widths.update({1: 6, 2: 40, 3: 40, 4: 20, 5: 14})
            sheets.append(ak)
        ak.put(r0, 1, "Keterkaitan SKP dengan Angka Kredit", (r0, 5))
        ak.put(r0 + 1, 1, "Tanggal Pengajuan: 5 Januari 2026", (r0 + 1, 5))
        hr = r0 + 3
        for i, t in enumerate(["No", "Renc. Kinerja", "Butir Kegiatan", "Output", "Angka Kredit"]):
            ak.put(hr, i + 1, t)
        ak.put(hr + 1, 1, "Kinerja Utama", (hr + 1, 5))
        rr = hr + 2
        for k, rk in enumerate(rks):
            if k == 2 and "rk-tanpa-butir-kegiatan" in defects:
                defect("rk-tanpa-butir-kegiatan", rk_cells[k])
                continue
            ak.put(rr, 1, str(k + 1))
            ak.put(rr, 2, rk[0])
            ak.put(rr, 3, bank.BUTIR[ai][order[k]])
            ak.put(rr, 4, f"{rk[1].capitalize()}")
            val = bank.AK[order[k]]
            if k == 0 and "angka-kredit-tidak-valid" in defects:
                val = "-"
                defect("angka-kredit-tidak-valid", ref(rr, 5), sheet=ak.title)
            ak.put(rr, 5, val)
            rr += 1
    if empty_copy:
        copy = Lembar("skp (2)")
        for (rc, cc), v in sh.cells.items():
            if rc in (1, 2) or rc == h or rc == h + 1:
                copy.cells[(rc, cc)] = v
        copy.merges = [m for m in sh.merges if m[0] in (1, 2, h, h + 1)]
        sheets.append(copy)
    layout = {
        "id_layout": id_layout,
        "sheets": [s.title for s in sheets],
        "ak": ak_where,
        "empty_copy": empty_copy,
        "labels": "kapital" if variant % 4 == 2 else "singkat",
    }
    return sheets, found, layout


def build_jpt(
    rng: random.Random, form: str, variant: int, defects: list[str]
) -> tuple[list[Lembar], list, dict]:
    model = form.split("-")[1]
    peng = model == "pengembangan"
    j = bank.JPT[variant % 2]
    ai = j["agency"]
    ag = bank.AGENCIES[ai]
    peg, pen = list(j["pegawai"]), list(j["penilai"])
    id_layout = ["baku", "paragraf", "kapital"][variant % 3]
    sh = Lembar(["skp jpt ", "Renc. SKP JPT", "skp"][variant % 3])
    off = 1 if peng else 0
    ncols = 4 + off
    sh.widths.update({1: 18, 2: 8, 3: 44, 4: 44, 5: 18})
    found: list[dict] = []

    def defect(code, cell, sheet=None, alt=()):
        d = {"code": code, "sheet": sheet or sh.title, "cell": cell}
        if alt:
            d["alt_cells"] = [{"sheet": sheet or sh.title, "cell": a} for a in alt]
        found.append(d)

    sh.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI\nPEJABAT PIMPINAN TINGGI", (1, ncols))
    sh.put(2, 1, ag["instansi"], (2, ncols))
    periode = "1 Januari s.d. 31 Desember 2026"
    if "periode-tidak-valid" in defects:
        periode = "1 Juli 2026 s.d. 31 Januari 2026"
    pcell = sh.put(3, 1, f"Periode Penilaian: {periode}", (3, ncols))
    if "periode-tidak-valid" in defects:
        defect("periode-tidak-valid", pcell)
    if "nip-tidak-valid" in defects:
        peg[1] = peg[1][:12] + "13" + peg[1][14:]
    rec: dict = {}
    row = identity(
        sh,
        5,
        id_layout,
        tuple(peg),
        tuple(pen),
        ag["instansi"].title(),
        j["instansi_penilai"],
        True,
        rec,
        (1, 4) if id_layout != "paragraf" else (1, 3),
    )
    if "nip-tidak-valid" in defects:
        defect("nip-tidak-valid", rec[("peg", "nip")])
    h = row + 1
    heads = (["Perspektif"] if peng else []) + ["No", "Renc. Kinerja", "Ind. Kinerja Individu", "Target"]
    for i, t in enumerate(heads):
        sh.put(h, i + 1, t)
    r = h + 1
    sh.put(r, 1, "A. Kinerja Utama", (r, ncols))
    r += 1
    plan = bank.JPT_PLAN[ai]
    iki_cells = []
    for k, (persp, rk, iki, target, _) in enumerate(plan):
        if peng:
            p = persp
            if k == 3 and "perspektif-tidak-valid" in defects:
                p = "Pertumbuhan dan Pembelajaran"
                defect("perspektif-tidak-valid", ref(r, 1))
            sh.put(r, 1, p)
        sh.put(r, 1 + off, f"I.{k + 1}")
        sh.put(r, 2 + off, rk)
        sh.put(r, 3 + off, iki)
        tcell = ref(r, 4 + off)
        if k == 1 and "target-tidak-terukur" in defects:
            target = "meningkat"
            defect("target-tidak-terukur", tcell)
        if k == 1 and "iki-tanpa-target" in defects:
            target = None
            defect("iki-tanpa-target", tcell)
        if target is not None:
            sh.put(r, 4 + off, target)
        iki_cells.append((rk, iki))
        r += 1
    sh.put(r, 1, "B. Kinerja Tambahan", (r, ncols))
    r += 1
    sh.put(r, 1 + off, "II.1")
    sh.put(r, 2 + off, "Terlaksananya pembinaan mental pegawai melalui kegiatan keagamaan bulanan")
    sh.put(r, 3 + off, "Jumlah kegiatan pembinaan mental pegawai yang terlaksana")
    sh.put(r, 4 + off, "min. 10 kegiatan")
    r += 2
    sh.put(r, 3 + off - 1, "5 Januari 2026")
    sh.put(r + 1, 2 + off - 1, "Pejabat Penilai Kinerja")
    sh.put(r + 1, 3 + off, "Pegawai yang Dinilai")
    sh.put(r + 5, 2 + off - 1, pen[0])
    sh.put(r + 5, 3 + off, peg[0])
    sh.put(r + 6, 3 + off, f"NIP. {peg[1]}")
    man = Lembar("manual iki ")
    man.widths.update({1: 6, 2: 34, 3: 3, 4: 70})
    man.put(1, 1, "MANUAL INDIKATOR KINERJA", (1, 4))
    mr = 3
    for k, (rk, iki) in enumerate(iki_cells):
        labels = [
            "Rencana Kinerja",
            "Deskripsi Rencana Kinerja",
            "Indikator Kinerja Individu",
            "Definisi IKI",
            "Formula",
            "Tujuan",
            "Satuan Pengukuran",
            "Jenis Aspek Target",
            "Tingkat Kendali IKI",
            "Sumber Data",
            "Periode Pelaporan",
        ]
        unit = plan[k][4]
        vals = [
            rk,
            f"Rencana kinerja ini menggambarkan hasil yang ingin dicapai: {rk.lower()}.",
            iki,
            f"{iki} diukur pada akhir periode dari data resmi perangkat daerah.",
            "Realisasi dibagi target dikali 100 %" if unit == "persen" else f"Jumlah {unit} yang tercatat",
            f"Mengukur keberhasilan {rk[0].lower() + rk[1:]}",
            unit,
            "Kuantitas",
            "Moderate",
            "Laporan kinerja perangkat daerah",
            "Triwulanan",
        ]
        man.put(mr, 1, f"{k + 1}.")
        man.put(mr, 2, f"IKI {k + 1}")
        mr += 1
        for lab, val in zip(labels, vals, strict=True):
            man.put(mr, 2, lab)
            man.put(mr, 3, ":")
            if lab == "Definisi IKI" and k == 2 and "manual-iki-kosong" in defects:
                defect("manual-iki-kosong", ref(mr, 4), sheet=man.title)
            else:
                man.put(mr, 4, val)
            mr += 1
        mr += 1
    layout = {
        "id_layout": id_layout,
        "sheets": [sh.title, man.title],
        "ak": None,
        "empty_copy": False,
        "labels": "singkat",
    }
    return [sh, man], found, layout


# ---------------------------------------------------------------- specials


def specials() -> list[tuple[str, list[Lembar], list[dict]]]:
    out = []
    a = Lembar("SKP 2026")
    a.put(1, 1, "SASARAN KINERJA PEGAWAI (SKP)", (1, 6))
    a.put(2, 1, "RENCANA HASIL KERJA", (2, 6))
    a.put(4, 1, "PEGAWAI YANG DINILAI")
    a.put(5, 1, "NAMA")
    a.put(5, 2, "Lukas Wamafma")
    a.put(6, 1, "NIP")
    a.put(6, 2, "199001102015031002")
    for i, t in enumerate(
        [
            "NO",
            "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
            "RENCANA HASIL KERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    ):
        a.put(8, i + 1, t)
    a.put(9, 1, "1")
    a.put(9, 2, "Terwujudnya tata kelola pertanahan yang akuntabel")
    a.put(9, 3, "Berkas pengukuran tervalidasi")
    a.put(9, 4, "Kuantitas")
    a.put(9, 5, "Jumlah berkas tervalidasi")
    a.put(9, 6, "120 berkas")
    a.put(11, 1, "PERILAKU KERJA", (11, 6))
    a.put(12, 1, "1")
    a.put(12, 2, "Berorientasi Pelayanan")
    a.put(12, 3, "Ekspektasi Khusus Pimpinan: memberikan layanan tanpa pungutan")
    a.put(13, 1, "EKSPEKTASI KHUSUS PIMPINAN", (13, 6))
    out.append(
        (
            "lain-permen6-2022-rencana-hasil-kerja.xlsx",
            [a],
            [{"code": "format-lain", "sheet": None, "cell": None}],
        )
    )
    b = Lembar("SKP")
    b.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", (1, 6))
    b.put(2, 1, "..............................", (2, 6))
    b.put(3, 1, "PERIODE PENILAIAN: ....................", (3, 6))
    for i, lab in enumerate(["NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"]):
        b.put(6 + i, 1, str(i + 1))
        b.put(6 + i, 2, lab)
        b.put(6 + i, 3, "..............................")
        b.put(6 + i, 4, str(i + 1))
        b.put(6 + i, 5, lab)
        b.put(6 + i, 6, "..............................")
    b.put(5, 2, "PEGAWAI YANG DINILAI")
    b.put(5, 5, "PEJABAT PENILAI KINERJA")
    for i, t in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    ):
        b.put(12, i + 1, t)
    b.put(13, 1, "A. KINERJA UTAMA", (13, 6))
    b.put(14, 1, "1")
    b.put(15, 1, "B. KINERJA TAMBAHAN", (15, 6))
    out.append(
        (
            "templat-titik-titik-belum-diisi.xlsx",
            [b],
            [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
        )
    )
    c1, c2 = Lembar("Sheet1"), Lembar("Sheet2")
    out.append(
        (
            "kosong-dua-sheet-libreoffice.xlsx",
            [c1, c2],
            [
                {
                    "code": "bukan-skp",
                    "any_of": ["bukan-skp", "templat-belum-diisi"],
                    "sheet": None,
                    "cell": None,
                }
            ],
        )
    )
    d = Lembar("Daftar Hadir")
    d.put(1, 1, "DAFTAR HADIR APEL PAGI PEGAWAI LAPAS KELAS IIB TELUK PERAK", (1, 5))
    d.put(2, 1, "BULAN JANUARI 2026", (2, 5))
    for i, t in enumerate(["NO", "NAMA", "NIP", "JABATAN", "KETERANGAN"]):
        d.put(4, i + 1, t)
    for k, (who) in enumerate([bank.PEOPLE[1]["ja"], bank.PEOPLE[1]["jf"], bank.PEOPLE[1]["penilai"]]):
        d.put(5 + k, 1, str(k + 1))
        d.put(5 + k, 2, who[0])
        d.put(5 + k, 3, who[1])
        d.put(5 + k, 4, who[3])
        d.put(5 + k, 5, "Hadir")
    out.append(
        ("bukan-skp-daftar-hadir-apel.xlsx", [d], [{"code": "bukan-skp", "sheet": None, "cell": None}])
    )
    return out


# ---------------------------------------------------------------- plan of the set

DEFECTS = {
    "ja-dasar": [["nip-tidak-valid"], ["rk-atasan-kosong", "target-rentang-terbalik"], ["aspek-tidak-valid"]],
    "ja-pengembangan": [
        ["kategori-tidak-membedakan"],
        ["cara-memantau-kosong", "pangkat-tidak-dikenal"],
        ["kategori-tidak-berurutan"],
    ],
    "jf-dasar": [
        ["keterkaitan-ak-hilang"],
        ["angka-kredit-tidak-valid", "identitas-kosong"],
        ["rk-tanpa-butir-kegiatan"],
    ],
    "jf-pengembangan": [
        ["kategori-tidak-membedakan", "periode-tidak-valid"],
        ["iki-tanpa-target"],
        ["angka-kredit-tidak-valid"],
    ],
    "jpt-dasar": [["manual-iki-kosong"], ["target-tidak-terukur"], ["nip-tidak-valid"]],
    "jpt-pengembangan": [
        ["perspektif-tidak-valid"],
        ["periode-tidak-valid", "manual-iki-kosong"],
        ["iki-tanpa-target"],
    ],
}


def build(out: Path, manifest: Path) -> None:
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xls*"):
        old.unlink()
    files, to_resave = [], []
    for fi, form in enumerate(FORMS):
        plan = [[]] * 4 + DEFECTS[form]
        for v, defects in enumerate(plan):
            ai = (fi + v) % 6
            if form.startswith("jpt"):
                sheets, found, layout = build_jpt(rng, form, v, defects)
                ai = bank.JPT[v % 2]["agency"]
                jabatan = bank.JPT[v % 2]["pegawai"][3]
            else:
                sheets, found, layout = build_jaf(rng, form, ai, v, defects)
                jabatan = bank.PEOPLE[ai]["ja" if form.startswith("ja") else "jf"][3]
            tag = "bersih" if not defects else "-".join(d.split("-")[0] for d in defects)
            name = f"{form}-{v + 1:02d}-{tag}.xlsx"
            writer = ["openpyxl", "xlsxwriter", "libreoffice"][(fi + v) % 3]
            path = out / name
            if writer == "openpyxl":
                write_openpyxl(sheets, path)
            else:
                write_xlsxwriter(sheets, path)
                if writer == "libreoffice":
                    to_resave.append(path)
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": not found,
                    "defects": found,
                    "jabatan": jabatan,
                    "writer": writer,
                    "instansi": bank.AGENCIES[ai]["instansi"],
                    "layout": layout,
                }
            )
    for name, sheets, found in specials():
        path = out / name
        writer = "libreoffice" if "libreoffice" in name else "openpyxl"
        if writer == "libreoffice":
            write_xlsxwriter(sheets, path)
            to_resave.append(path)
        else:
            write_openpyxl(sheets, path)
        files.append({"file": name, "form": None, "clean": False, "defects": found, "writer": writer})
    resave_libreoffice(to_resave, out)
    manifest.write_text(
        json.dumps({"set": "nyata_i", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args()
    build(a.keluaran, a.harapan)


if __name__ == "__main__":
    main()
