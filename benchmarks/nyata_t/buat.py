"""Build the held-out set ``nyata_t``: SKP of jabatan fungsional and their Format Keterkaitan SKP dengan
Angka Kredit (SPEC §3.7, §7 JF codes), plus JA forms that must not be asked for one.

Usage: ``python benchmarks/nyata_t/buat.py [--keluaran DIR] [--harapan FILE] [--tanpa-libreoffice]``.
Deterministic (seed 20261221). Each layout is written first to a grid (``Lembar``) so the cell of every
injected defect is known exactly; the grid is then written by openpyxl or XlsxWriter, and a few workbooks
are re-saved by LibreOffice (``soffice``) as agencies' staff do.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261221
PANGKAT = {
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur",
        "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
    "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
}
JENJANG_GOL = {
    "Terampil": ["II/b", "II/c", "II/d"], "Mahir": ["III/a", "III/b"], "Penyelia": ["III/c", "III/d"],
    "Ahli Pertama": ["III/a", "III/b"], "Ahli Muda": ["III/c", "III/d"], "Ahli Madya": ["IV/a", "IV/b",
                                                                                        "IV/c"],
}
WRONG_GOL = {"Terampil": "III/c", "Mahir": "III/d", "Penyelia": "II/d", "Ahli Pertama": "IV/a",
             "Ahli Muda": "III/a", "Ahli Madya": "III/c"}


@dataclass
class Lembar:
    """One sheet as a grid: values (with an optional number format) and merged ranges, 1-based."""

    title: str
    cells: dict = field(default_factory=dict)
    merges: list = field(default_factory=list)
    widths: dict = field(default_factory=dict)

    def put(self, r: int, c: int, v, fmt: str | None = None) -> str:
        self.cells[(r, c)] = (v, fmt)
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def _gol_text(gol: str, style: str) -> str:
    a, b = gol.split("/")
    return {
        "miring": f"{PANGKAT[gol]}, {gol}",
        "strip": f"{PANGKAT[gol]} / {a}-{b}",
        "kurung": f"{PANGKAT[gol]} ({gol})",
        "tk": f"{PANGKAT[gol].replace('Tingkat I', 'Tk. I')} - {a}/{b}",
        "rapat": f"{PANGKAT[gol]}/{a}{b}",
    }[style]


def _nip(rng: random.Random, gender: int) -> str:
    y = rng.randint(1972, 1995)
    birth = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{y + rng.randint(22, 27)}{rng.randint(1, 12):02d}"
    return f"{birth}{tmt}{gender}{rng.randint(1, 300):03d}"


def _nip_text(nip: str, spaced: bool) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if spaced else nip


def _person(rng: random.Random) -> tuple[str, str]:
    gender = rng.choice([1, 2])
    name = f"{rng.choice(bank.GIVEN)} {rng.choice(bank.FAMILY)}, {rng.choice(bank.GELAR)}"
    return name, _nip(rng, gender)


def _kategori(kind: str, n: int, sat: str) -> list[str | None]:
    """SANGAT KURANG … SANGAT BAIK for an IKI (None where a level is not used)."""
    if kind == "kualitas":
        return ["< 60 %", "60 - 74 %", "75 - 89 %", "90 %", "> 90 %"]
    if kind == "waktu":
        return ["> 14 bulan", "14 bulan", "13 bulan", "12 bulan", "< 12 bulan"]
    if n < 10:
        return [None, None, f"< {n} {sat}", f"{n} {sat}", f"> {n} {sat}"]
    a, b = round(n * 0.6), round(n * 0.8)
    return [f"< {a} {sat}", f"{a} - {b - 1} {sat}", f"{b} - {n - 1} {sat}", f"{n} {sat}", f"> {n} {sat}"]


def _iki(produk: str, sat: str, n: int, aspek_style: str) -> list[tuple[str, str, str, str]]:
    asp = {"baku": ("Kuantitas", "Kualitas", "Waktu"),
           "pp46": ("Kuantitas/Output", "Kualitas/Mutu", "Waktu"),
           "iki": ("IKI (Kuantitas)", "IKI (Kualitas)", "IKI (Waktu)")}[aspek_style]
    return [
        ("kuantitas", asp[0], f"Jumlah {produk} yang diselesaikan", f"{n} {sat}"),
        ("kualitas", asp[1], f"Persentase {produk} yang sesuai standar", "90 %"),
        ("waktu", asp[2], f"Waktu penyelesaian {produk}", "12 bulan"),
    ]


def _ak_value(ak: float, style: str):
    """Angka kredit as JF staff write it: a number (formatted), or text with comma/dot/`AK`/per satuan."""
    s = f"{ak:.4f}".rstrip("0")
    s = s if not s.endswith(".") else s + "0"
    if style == "angka":
        return ak, "0.000#"
    if style == "koma":
        return s.replace(".", ","), None
    if style == "titik":
        return s, None
    if style == "ak":
        return f"{s.replace('.', ',')} AK", None
    return f"{s.replace('.', ',')} per satuan hasil", None


def _four_decimals(ak: float) -> bool:
    """SPEC §3.7 says "up to 3 decimals", §7 only "empty, not a number, or not positive"; JF Permen carry per
    satuan hasil values such as 0,0075, which a reviewer accepts: either outcome is allowed there."""
    return len(f"{ak:.4f}".rstrip("0").split(".")[1]) > 3


def _header(sh: Lembar, L: dict, title: str, width: int) -> int:
    sh.put(1, 1, title)
    sh.merge(1, 1, 1, width)
    sh.put(2, 1, L["instansi"])
    sh.merge(2, 1, 2, width)
    sh.put(3, 1, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
    sh.merge(3, 1, 3, width)
    return 5


def _identity(sh: Lembar, L: dict, r: int, cells: dict) -> int:
    sh.put(r, 1, "NO")
    sh.put(r, 2, "PEGAWAI YANG DINILAI")
    sh.merge(r, 2, r, 3)
    sh.put(r, 4, "NO")
    sh.put(r, 5, "PEJABAT PENILAI KINERJA")
    sh.merge(r, 5, r, 6)
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    peg = [L["nama"], L["nip_text"], L["gol_text"], L["jabatan"], L["unit"][0]]
    pen = [L["pen_nama"], L["pen_nip"], L["pen_gol"], L["pen_jabatan"], L["unit_penilai"]]
    for i, lab in enumerate(labels):
        rr = r + 1 + i
        sh.put(rr, 1, i + 1)
        sh.put(rr, 2, lab)
        cells[lab] = sh.put(rr, 3, peg[i])
        sh.put(rr, 4, i + 1)
        sh.put(rr, 5, lab)
        sh.put(rr, 6, pen[i])
    r = r + 6
    if len(L["unit"]) > 1:  # unit kerja continued on the next row
        sh.put(r, 3, L["unit"][1])
        r += 1
    return r + 1


def _skp_sheet(L: dict, defects: list) -> tuple[Lembar, dict, int]:
    """The Rencana SKP (SPEC §3.2/§3.3); returns the sheet, the first row of each Kinerja Utama RK (RK cell),
    and the next free row."""
    peng = L["model"] == "pengembangan"
    kolom = L["ket"] == "kolom"
    width = (14 if peng else 6) + (2 if kolom else 0)
    sh = Lembar(L["sheets"][0])
    sh.widths = {1: 5, 2: 32, 3: 40, 4: 14, 5: 40, 6: 16}
    r = _header(sh, L, "RENCANA SASARAN KINERJA PEGAWAI", width)
    cells: dict = {}
    r = _identity(sh, L, r, cells)
    L["_id_cells"] = cells
    head = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
            "INDIKATOR KINERJA INDIVIDU", "TARGET"]
    if L["atasan_label"] == "intervensi":
        head[1] = "RENCANA KINERJA ATASAN YANG DIINTERVENSI"
    h2 = r + 1 if peng else r
    for c, lab in enumerate(head, 1):
        sh.put(r, c, lab)
        sh.merge(r, c, h2, c)
    col = 7
    kat_cols = []
    if peng:
        sh.put(r, 7, "KATEGORI PENILAIAN")
        sh.merge(r, 7, r, 11)
        for i, lab in enumerate(["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]):
            sh.put(h2, 7 + i, lab)
            kat_cols.append(7 + i)
        sh.put(r, 12, "CARA MEMANTAU KINERJA")
        sh.merge(r, 12, r, 14)
        for i, lab in enumerate(["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]):
            sh.put(h2, 12 + i, lab)
        col = 15
    bk_col = ak_col = None
    if kolom:
        bk_col, ak_col = col, col + 1
        sh.put(r, bk_col, L["kolom_label"][0])
        sh.merge(r, bk_col, h2, bk_col)
        sh.put(r, ak_col, L["kolom_label"][1])
        sh.merge(r, ak_col, h2, ak_col)
        sh.widths[bk_col] = 50
    r = h2 + 1
    if L["nomor_kolom"]:
        for c in range(1, width + 1):
            sh.put(r, c, f"({c})")
        r += 1
    sh.put(r, 1, "A. KINERJA UTAMA")
    sh.merge(r, 1, r, width)
    r += 1
    rk_rows = {}
    for k, (rk, produk, sat, n, _butir) in enumerate(L["rk"]):
        ikis = _iki(produk, sat, n, L["aspek"])
        first = r
        rk_rows[k] = first
        sh.put(r, 1, k + 1)
        sh.put(r, 2, L["atasan"])
        sh.put(r, 3, rk)
        for j, (kind, asp, iki, target) in enumerate(ikis):
            rr = first + j
            sh.put(rr, 4, asp)
            sh.put(rr, 5, iki)
            if ("iki-tanpa-target", k, j) in L["inject"]:
                defects.append({"code": "iki-tanpa-target", "sheet": sh.title, "cell": f"F{rr}"})
            else:
                sh.put(rr, 6, target)
            if peng:
                for c, v in zip(kat_cols, _kategori(kind, n, sat), strict=True):
                    if v is not None:
                        sh.put(rr, c, v)
        if peng:
            sh.put(first, 12, f"Daftar {produk}")
            sh.put(first, 13, "Laporan bulanan unit kerja")
            sh.put(first, 14, "Triwulanan")
        if kolom:
            my = L["butir_of"][k]
            for j, (kode, text, _out, ak) in enumerate(my):
                rr = first + j
                sh.put(rr, bk_col, f"{kode} {text} ({L['jenjang_butir']})")
                v, fmt = _ak_value(ak, L["ak"])
                bad = L["ak_bad"].get((k, j))
                if bad is not None:
                    v, fmt = bad, None
                    defects.append({"code": "angka-kredit-tidak-valid", "sheet": sh.title,
                                    "cell": f"{get_column_letter(ak_col)}{rr}"})
                elif _four_decimals(ak):
                    L["_boleh"].append({"code": "angka-kredit-tidak-valid", "sheet": sh.title,
                                        "cell": f"{get_column_letter(ak_col)}{rr}"})
                if v != "":
                    sh.put(rr, ak_col, v, fmt)
        last = first + len(ikis) - 1
        for c in (1, 2, 3) + ((12, 13, 14) if peng else ()):
            sh.merge(first, c, last, c)
        r = last + 1
    sh.put(r, 1, "B. KINERJA TAMBAHAN")
    sh.merge(r, 1, r, width)
    r += 1
    rk, iki, target = L["tambahan"]
    sh.put(r, 1, 1)
    sh.put(r, 3, rk)
    sh.put(r, 4, "Kuantitas" if L["aspek"] != "iki" else "IKI (Kuantitas)")
    sh.put(r, 5, iki)
    sh.put(r, 6, target)
    if peng:
        n, sat = target.split(" ", 1)
        for c, v in zip(kat_cols, _kategori("kuantitas", int(n), sat), strict=True):
            if v is not None:
                sh.put(r, c, v)
        sh.put(r, 12, "Sertifikat")
        sh.put(r, 13, "Penyelenggara kegiatan")
        sh.put(r, 14, "Semesteran")
    if kolom and L["kt_dash"]:
        sh.put(r, bk_col, "-")
        sh.put(r, ak_col, "-")
    return sh, rk_rows, r + 2


def _footer(sh: Lembar, L: dict, r: int, c2: int) -> None:
    sh.put(r, c2, f"{L['kota']}, 2 Januari 2026")
    sh.put(r + 1, 1, "Pejabat Penilai Kinerja")
    sh.put(r + 1, c2, "Pegawai yang Dinilai")
    sh.put(r + 5, 1, L["pen_nama"])
    sh.put(r + 5, c2, L["nama"])
    sh.put(r + 6, 1, f"NIP. {L['pen_nip']}")
    sh.put(r + 6, c2, f"NIP. {L['nip_text']}")


def _ket_rows(sh: Lembar, L: dict, r: int, c0: int, defects: list) -> int:
    """The Keterkaitan table (NO | RENCANA KINERJA | BUTIR KEGIATAN | OUTPUT | ANGKA KREDIT) from column
    ``c0``; returns the next free row."""
    heads = ["NO", "RENCANA KINERJA", L["butir_label"], L["output_label"], L["ak_label"]]
    if L["keterangan"]:
        heads.append("KETERANGAN")
    for i, lab in enumerate(heads):
        sh.put(r, c0 + i, lab)
    r += 1
    if L["nomor_kolom"]:
        for i in range(len(heads)):
            sh.put(r, c0 + i, f"({i + 1})")
        r += 1
    sh.put(r, c0, "KINERJA UTAMA" if L["seksi"] == "polos" else "A. KINERJA UTAMA")
    sh.merge(r, c0, r, c0 + len(heads) - 1)
    r += 1
    no = 0
    numeric = []
    for k, (rk, *_rest) in enumerate(L["rk"]):
        if k in L["drop_rk"]:
            continue
        no += 1
        text = {"sama": rk, "kapital": rk.upper(), "bernomor": f"{no}. {rk}", "titik": rk + "."}[L["rk_text"]]
        my = L["butir_of"][k]
        first = r
        for j, (kode, btext, out, ak) in enumerate(my):
            if j == 0:
                sh.put(r, c0, no)
                sh.put(r, c0 + 1, text)
            elif L["span"] == "ulang":
                sh.put(r, c0 + 1, text)
            sh.put(r, c0 + 2, f"{kode} {btext} ({L['jenjang_butir']})")
            sh.put(r, c0 + 3, out)
            v, fmt = _ak_value(ak, L["ak"])
            bad = L["ak_bad"].get((k, j))
            if bad is not None:
                v, fmt = bad, None
                defects.append({"code": "angka-kredit-tidak-valid", "sheet": sh.title,
                                "cell": f"{get_column_letter(c0 + 4)}{r}"})
            elif isinstance(v, float):
                numeric.append(f"{get_column_letter(c0 + 4)}{r}")
            if bad is None and _four_decimals(ak):
                L["_boleh"].append({"code": "angka-kredit-tidak-valid", "sheet": sh.title,
                                    "cell": f"{get_column_letter(c0 + 4)}{r}"})
            if v != "":
                sh.put(r, c0 + 4, v, fmt)
            r += 1
        if L["span"] == "gabung":
            sh.merge(first, c0, r - 1, c0)
            sh.merge(first, c0 + 1, r - 1, c0 + 1)
    if L["kt_dash"]:
        sh.put(r, c0, "KINERJA TAMBAHAN" if L["seksi"] == "polos" else "B. KINERJA TAMBAHAN")
        sh.merge(r, c0, r, c0 + len(heads) - 1)
        r += 1
        sh.put(r, c0, 1)
        sh.put(r, c0 + 1, L["tambahan"][0])
        sh.put(r, c0 + 2, "-")
        sh.put(r, c0 + 3, "-")
        sh.put(r, c0 + 4, "-")
        r += 1
    if L["jumlah"] and numeric:
        sh.put(r, c0, "JUMLAH ANGKA KREDIT")
        sh.merge(r, c0, r, c0 + 3)
        col = get_column_letter(c0 + 4)
        sh.put(r, c0 + 4, f"=SUM({numeric[0]}:{col}{r - 1})", "0.000#")
        r += 1
    return r + 1


def _ket_sheet(L: dict, defects: list) -> Lembar:
    sh = Lembar(L["sheets"][1])
    sh.widths = {1: 5, 2: 40, 3: 55, 4: 24, 5: 14}
    r = _header(sh, L, L["ket_title"], 5)
    for lab, val in (("NAMA", L["nama"]), ("NIP", L["nip_text"]), ("JABATAN", L["jabatan"]),
                     ("UNIT KERJA", " ".join(L["unit"])), ("TANGGAL PENGAJUAN", "2 Januari 2026")):
        sh.put(r, 2, lab)
        sh.put(r, 3, f": {val}" if L["colon_in_value"] else val)
        r += 1
    r = _ket_rows(sh, L, r + 1, 1, defects)
    _footer(sh, L, r, 3)
    return sh


def _write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), (v, fmt) in sorted(sh.cells.items()):
            cell = ws.cell(r, c, v)
            if fmt:
                cell.number_format = fmt
            cell.alignment = openpyxl.styles.Alignment(wrap_text=True, vertical="top")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


def _write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    base = {"text_wrap": True, "valign": "top", "border": 1}
    formats: dict = {}

    def fmt_of(nf):
        if nf not in formats:
            formats[nf] = wb.add_format(dict(base, num_format=nf) if nf else base)
        return formats[nf]

    for sh in sheets:
        ws = wb.add_worksheet(sh.title)
        merged_tl = {(m[0], m[1]): m for m in sh.merges}
        covered = {(r, c) for r1, c1, r2, c2 in sh.merges for r in range(r1, r2 + 1) for c in range(c1,
                                                                                                    c2 + 1)}
        for r1, c1, r2, c2 in sh.merges:
            v, nf = sh.cells.get((r1, c1), ("", None))
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt_of(nf))
            _xw_write(ws, r1 - 1, c1 - 1, v, fmt_of(nf))
        for (r, c), (v, nf) in sorted(sh.cells.items()):
            if (r, c) in merged_tl or (r, c) in covered:
                continue
            _xw_write(ws, r - 1, c - 1, v, fmt_of(nf))
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


def _xw_write(ws, r: int, c: int, v, fmt) -> None:
    if isinstance(v, str) and v.startswith("="):
        ws.write_formula(r, c, v, fmt)
    elif isinstance(v, (int, float)):
        ws.write_number(r, c, v, fmt)
    elif v in (None, ""):
        ws.write_blank(r, c, None, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def _resave_libreoffice(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profil"
        out = Path(tmp) / "keluar"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(out / path.name), str(path))


def _plans() -> list[dict]:
    """The files: form, clean or which defects, and the layout of each (deterministic)."""
    rng = random.Random(SEED)
    jf_names = list(bank.JF)
    plans = []
    # defect kinds for the defective JF files, in order (some files carry two)
    jf_defects = [
        ["hilang"], ["butir"], ["ak"], ["jenjang"], ["butir", "jenjang"], ["ak"], ["butir"], ["ak",
                                                                                              "jenjang"],
        ["hilang"], ["ak"], ["butir"], ["jenjang"], ["ak"], ["butir", "ak"], ["hilang"], ["jenjang"],
        ["ak"], ["butir"], ["ak"], ["jenjang"],
    ]
    ket_cycle = ["sheet", "sheet", "blok", "sheet", "kolom", "sheet", "blok", "sheet", "sheet", "kolom"]
    d = 0
    for model in ("dasar", "pengembangan"):
        for i in range(20):
            clean = i % 2 == 0
            kinds = [] if clean else jf_defects[d]
            d += 0 if clean else 1
            jf = jf_names[(i + (3 if model == "pengembangan" else 0)) % len(jf_names)]
            ket = ket_cycle[(i // 2 + (5 if model == "pengembangan" else 0) + i) % len(ket_cycle)]
            if "hilang" in kinds:
                ket = None
            if ket in ("kolom", "blok") and "butir" in kinds:
                ket = "sheet"
            plans.append(dict(form=f"jf-{model}", model=model, jf=jf, clean=clean, kinds=kinds, ket=ket,
                              n=i + 1, rng=random.Random(rng.random())))
    for i, (inst, jab, gol, pangkat) in enumerate(bank.JA):
        model = "dasar" if i % 2 == 0 else "pengembangan"
        clean = i not in (1, 4)
        plans.append(dict(form=f"ja-{model}", model=model, ja=(inst, jab, gol, pangkat), clean=clean,
                          kinds=[] if clean else ["target"], ket=None, n=i + 1,
                              rng=random.Random(rng.random())))
    return plans


def _layout(p: dict) -> dict:
    rng: random.Random = p["rng"]
    L: dict = {"model": p["model"], "ket": p["ket"], "inject": set(), "ak_bad": {}, "drop_rk": set(),
               "_boleh": []}
    name, nip = _person(rng)
    pen_name, pen_nip = _person(rng)
    L["nama"], L["nip_text"] = name, _nip_text(nip, rng.random() < 0.4)
    L["pen_nama"], L["pen_nip"] = pen_name, _nip_text(pen_nip, rng.random() < 0.4)
    L["pen_gol"] = _gol_text(rng.choice(["IV/a", "IV/b"]), "miring")
    gol_style = rng.choice(["miring", "strip", "kurung", "tk", "rapat"])
    if "jf" in p:
        spec = bank.JF[p["jf"]]
        inst = bank.INSTANSI[spec["instansi"]]
        jenjangs = ["Ahli Pertama", "Ahli Muda", "Ahli Madya"] + (
            ["Terampil", "Mahir", "Penyelia"] if spec["terampil"] else [])
        jenjang = rng.choice(jenjangs)
        gol = rng.choice(JENJANG_GOL[jenjang])
        if "jenjang" in p["kinds"]:
            gol = WRONG_GOL[jenjang]
        title_style = rng.choice(["baku", "baku", "tanpa_ahli", "selaku", "plt", "kapital"])
        jf_title = p["jf"].title().replace("Dan", "dan")
        short = jenjang.replace("Ahli ", "")
        if title_style == "baku":
            jabatan = f"{jf_title} {jenjang}"
        elif title_style == "tanpa_ahli":
            jabatan = f"{jf_title} {short}"
        elif title_style == "selaku":
            jabatan = f"{jf_title.upper()} {short.upper()} selaku SUBKOORDINATOR {inst[1].upper()}"
        elif title_style == "plt":
            jabatan = f"Plt. {jf_title} {jenjang}"
        else:
            jabatan = f"{jf_title} {jenjang}".upper()
        L.update(jf=p["jf"], jenjang=jenjang, title_style=title_style, atasan=spec["atasan"])
        L["jenjang_butir"] = jenjang if rng.random() < 0.7 else jenjang.upper()
        L["rk"] = list(spec["rk"])
        L["butir_of"] = [list(b) for (*_x, b) in L["rk"]]
        if rng.random() < 0.35:  # two RK linked to one butir
            L["butir_of"][2] = [L["butir_of"][1][0]]
            L["shared_butir"] = True
        else:
            L["shared_butir"] = False
    else:
        inst_key, jabatan, gol, _pangkat = p["ja"]
        inst = bank.INSTANSI[inst_key]
        L["rk"] = [(rk, produk, sat, n, []) for rk, produk, sat, n in bank.JA_RK]
        L["butir_of"] = [[] for _ in L["rk"]]
        L["atasan"] = f"Meningkatnya kualitas layanan {inst[1].lower()}"
        L["shared_butir"] = False
    L["instansi"], L["pen_jabatan"] = inst[0], inst[2]
    L["kota"] = "Lembah Manggis" if "LEMBAH" in inst[0] else "Tanjung Larangan"
    unit = inst[1]
    L["unit"] = [unit, inst[0].title()] if rng.random() < 0.3 else [f"{unit} {inst[0].title()}"]
    L["unit_penilai"] = f"{unit} {inst[0].title()}"
    L["jabatan"] = jabatan
    L["gol"] = gol
    L["gol_text"] = _gol_text(gol, gol_style)
    L["gol_style"] = gol_style
    L["tambahan"] = bank.TAMBAHAN[p["n"] % 2]
    L["aspek"] = rng.choice(["baku", "baku", "pp46", "iki"])
    L["atasan_label"] = rng.choice(["baku", "intervensi"])
    L["nomor_kolom"] = rng.random() < 0.3
    L["ak"] = rng.choice(["angka", "angka", "koma", "titik", "ak", "satuan"])
    L["span"] = rng.choice(["gabung", "ulang", "kosong"])
    L["rk_text"] = rng.choice(["sama", "sama", "kapital", "bernomor", "titik"])
    L["kt_dash"] = rng.random() < 0.35
    L["jumlah"] = rng.random() < 0.35 and L["ak"] == "angka"
    L["keterangan"] = rng.random() < 0.3
    L["seksi"] = rng.choice(["polos", "huruf"])
    L["butir_label"] = rng.choice(["BUTIR KEGIATAN", "BUTIR KEGIATAN", "BUTIR KEGIATAN JABATAN FUNGSIONAL"])
    L["output_label"] = rng.choice(["OUTPUT", "OUTPUT", "OUTPUT / SATUAN HASIL"])
    L["ak_label"] = rng.choice(["ANGKA KREDIT", "ANGKA KREDIT", "ANGKA KREDIT (AK)"])
    L["kolom_label"] = rng.choice([("BUTIR KEGIATAN", "ANGKA KREDIT"), ("BUTIR KEGIATAN", "AK")])
    L["ket_title"] = rng.choice([
        "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT",
        "KETERKAITAN SASARAN KINERJA PEGAWAI DENGAN ANGKA KREDIT JABATAN FUNGSIONAL",
    ])
    L["colon_in_value"] = rng.random() < 0.4
    skp_name = rng.choice(["SKP", "SKP 2026", "Rencana SKP"])
    ket_name = rng.choice(["Keterkaitan AK", "KETERKAITAN SKP-AK", "Lamp. Angka Kredit"])
    L["sheets"] = [skp_name, ket_name]
    L["writer"] = "openpyxl" if rng.random() < 0.5 else "xlsxwriter"
    L["libreoffice"] = False
    # defects
    if "butir" in p["kinds"]:
        L["drop_rk"].add(rng.choice([0, 1] if L["shared_butir"] else [0, 1, 2]))
    if "ak" in p["kinds"]:
        k = rng.randrange(len(L["rk"]))
        while k in L["drop_rk"] or (L["shared_butir"] and k == 2):
            k = rng.randrange(len(L["rk"]))
        j = rng.randrange(len(L["butir_of"][k]))
        L["ak_bad"][(k, j)] = rng.choice(["", "-", 0, "0,000", "-0,04", "belum ditetapkan"])
    if "target" in p["kinds"]:
        L["inject"].add(("iki-tanpa-target", rng.randrange(3), rng.randrange(3)))
    return L


def build(out: Path, harapan: Path, libreoffice: bool = True) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    files = []
    plans = _plans()
    lo_files = {3, 14, 27, 42}
    for idx, p in enumerate(plans):
        L = _layout(p)
        defects: list = []
        skp, rk_rows, r = _skp_sheet(L, defects)
        sheets = [skp]
        if L["ket"] == "sheet":
            sheets.append(_ket_sheet(L, defects))
            _footer(skp, L, r, 5)
        elif L["ket"] == "blok":
            skp.put(r, 1, L["ket_title"])
            skp.merge(r, 1, r, 5)
            skp.put(r + 1, 2, "TANGGAL PENGAJUAN : 2 Januari 2026")
            r = _ket_rows(skp, L, r + 2, 1, defects)
            _footer(skp, L, r, 5)
        else:
            _footer(skp, L, r, 5)
        for k in sorted(L["drop_rk"]):
            if L["ket"] == "kolom":
                continue
            defects.append({"code": "rk-tanpa-butir-kegiatan", "sheet": skp.title, "cell": f"C{rk_rows[k]}"})
        if "hilang" in p["kinds"]:
            defects.append({"code": "keterkaitan-ak-hilang", "sheet": None, "cell": None})
        if "jenjang" in p["kinds"]:
            defects.append({"code": "jenjang-golongan-tidak-sesuai", "sheet": skp.title,
                            "cell": L["_id_cells"]["PANGKAT/GOL RUANG"],
                            "alt_cells": [{"sheet": skp.title, "cell": L["_id_cells"]["JABATAN"]}]})
        tag = "bersih" if not defects else "cacat"
        name = f"{p['form']}-{p['n']:02d}-{tag}.xlsx"
        path = out / name
        (_write_openpyxl if L["writer"] == "openpyxl" else _write_xlsxwriter)(sheets, path)
        if libreoffice and idx in lo_files:
            _resave_libreoffice(path)
            L["libreoffice"] = True
        boleh = []
        if L["ket"] in ("blok", "kolom"):
            # SPEC §7 names "the Keterkaitan sheet"; a block or columns beside the RK carry the same linkage
            boleh.append({"code": "keterkaitan-ak-hilang"})
        boleh.extend(L["_boleh"])
        files.append({
            "file": name, "form": p["form"], "jabatan": L["jabatan"], "clean": not defects,
            "writer": L["writer"], "defects": defects, "boleh": boleh,
            "layout": {k: (sorted(v) if isinstance(v, set) else v) for k, v in L.items()
                       if k in ("ket", "ak", "span", "rk_text", "kt_dash", "jumlah", "gol_style", "aspek",
                                "title_style", "shared_butir", "sheets", "libreoffice", "nomor_kolom",
                                "keterangan", "jenjang", "gol")},
        })
    manifest = {"set": "nyata_t", "seed": SEED, "files": files}
    harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set evaluasi nyata_t (SKP JF dan Keterkaitan AK).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--tanpa-libreoffice", action="store_true")
    a = ap.parse_args(argv)
    m = build(a.keluaran, a.harapan, not a.tanpa_libreoffice)
    n_clean = sum(f["clean"] for f in m["files"])
    print(f"{len(m['files'])} berkas, {n_clean} bersih, {sum(len(f['defects']) for f in m['files'])} cacat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
