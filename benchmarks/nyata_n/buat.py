"""Generator of set nyata_n: superiors' SKP workbooks as agencies fill them, each with a Matriks Pembagian
Peran dan Hasil sheet listing the team, for measuring ``skp kaskade`` (see README.md).

Usage: ``python benchmarks/nyata_n/buat.py [--keluaran FOLDER] [--harapan FILE]``. Deterministic: the same
workbooks and manifest on every run. Written from SPEC §2–§5, §3.10 and docs/addin.md only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bank  # noqa: E402

HERE = Path(__file__).resolve().parent


@dataclass
class Lembar:
    """One sheet as a grid of cells (1-based), merges and number formats, written by either library."""

    title: str
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: bool = False

    def put(self, r: int, c: int, v: object, fmt: str | None = None) -> None:
        self.cells[(r, c)] = v
        if fmt:
            self.formats[(r, c)] = fmt

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2) and r2 >= r1 and c2 >= c1:
            self.merges.append((r1, c1, r2, c2))


def write_openpyxl(path: Path, sheets: list[Lembar]) -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.title)
        for (r, c), v in sorted(sh.cells.items()):
            cell = ws.cell(r, c, v)
            if (r, c) in sh.formats:
                cell.number_format = sh.formats[(r, c)]
            if isinstance(v, str) and "\n" in v:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)


def write_xlsxwriter(path: Path, sheets: list[Lembar]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    fmts: dict[str, object] = {}
    for sh in sheets:
        ws = wb.add_worksheet(sh.title)
        merged: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for m in sh.merges:
            merged[(m[0], m[1])] = m
        covered = {
            (r, c) for r1, c1, r2, c2 in sh.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
        }
        for r1, c1, r2, c2 in sh.merges:
            v = sh.cells.get((r1, c1))
            f = (
                fmts.setdefault(sh.formats[(r1, c1)], wb.add_format({"num_format": sh.formats[(r1, c1)]}))
                if (r1, c1) in sh.formats
                else wrap
            )
            if isinstance(v, str) or v is None:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v or "", f)
            else:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, None, f)
                ws.write(r1 - 1, c1 - 1, v, f)
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in covered:
                continue
            f = None
            if (r, c) in sh.formats:
                f = fmts.setdefault(sh.formats[(r, c)], wb.add_format({"num_format": sh.formats[(r, c)]}))
            elif isinstance(v, str) and "\n" in v:
                f = wrap
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, f)
            else:
                ws.write(r - 1, c - 1, v, f)
        if sh.hidden:
            ws.hide()
    wb.close()


# ---------------------------------------------------------------- how people write an NIP


def nip_tulis(nip: str, gaya: str) -> object:
    a, b, c, d = nip[:8], nip[8:14], nip[14], nip[15:]
    return {
        "rapat": nip,
        "spasi": f"{a} {b} {c} {d}",
        "titik": f"{a}.{b}.{c}.{d}",
        "label": f"NIP. {a} {b} {c} {d}",
        "titikdua": f"NIP: {nip}",
        "apostrof": f"'{nip}",
        "nbsp": f"{a}\u00a0{b}\u00a0{c}\u00a0{d}",
        "spasi-akhir": f" {nip} ",
        "angka": float(nip),
        "kurang-digit": nip[:-1],
    }[gaya]


# ---------------------------------------------------------------- the SKP sheet of the superior

LABELS = {
    "baku": {
        "dinilai": "PEGAWAI YANG DINILAI",
        "penilai": "PEJABAT PENILAI KINERJA",
        "pangkat": "PANGKAT/GOL RUANG",
        "rka": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "iki": "INDIKATOR KINERJA INDIVIDU",
    },
    "salah-ketik": {
        "dinilai": "PEGAWAI YANG DI NILAI",
        "penilai": "PEJABAT PENILAI KERJA",
        "pangkat": "PANGKA/GOL. RUANG",
        "rka": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
        "iki": "INDIKATOR KERJA INDIVIDU",
    },
    "kecil": {
        "dinilai": "Pegawai yang Dinilai",
        "penilai": "Pejabat Penilai Kinerja",
        "pangkat": "Pangkat / Gol. Ruang",
        "rka": "Rencana Kinerja Atasan yang Diintervensi",
        "iki": "Indikator Kinerja Individu",
    },
}


def identitas(
    sh: Lembar, row: int, pegawai: tuple, penilai: tuple, lab: dict, *, jpt: bool, dua_baris: bool, width: int
) -> int:
    """Identity block at ``row``; returns the next free row. ``dua_baris`` continues the unit kerja on the
    row below (SPEC §3.10)."""
    right = 5 if width >= 8 else 4
    sh.put(row, 1, "NO")
    sh.put(row, 2, lab["dinilai"])
    sh.merge(row, 2, row, right - 1)
    sh.put(row, right, "NO")
    sh.put(row, right + 1, lab["penilai"])
    sh.merge(row, right + 1, row, width)
    names = ["NAMA", "NIP", lab["pangkat"], "JABATAN", "UNIT KERJA"]
    r = row + 1
    for i, label in enumerate(names):
        sh.put(r, 1, i + 1)
        sh.put(r, 2, label)
        sh.put(r, right, i + 1)
        sh.put(r, right + 1, "INSTANSI" if (jpt and i == 4) else label)
        pv, qv = pegawai[[0, 1, 2, 3, 4][i]], penilai[[0, 1, 2, 3, 4][i]]
        if i == 4 and dua_baris:
            pv, pv2 = split_two(pv)
            qv, qv2 = split_two(qv)
            sh.put(r, 3, pv)
            sh.put(r, right + 2, qv)
            sh.put(r + 1, 3, pv2)
            sh.put(r + 1, right + 2, qv2)
        else:
            sh.put(r, 3, pv)
            sh.put(r, right + 2, qv)
        if right - 1 > 3:
            sh.merge(r, 3, r, right - 1)
        if width > right + 2:
            sh.merge(r, right + 2, r, width)
        r += 1
    return r + (2 if dua_baris else 1)


def split_two(text: str) -> tuple[str, str]:
    words = text.split()
    half = max(1, len(words) // 2)
    return " ".join(words[:half]), " ".join(words[half:])


@dataclass
class Rk:
    text: str
    ikis: list[tuple]  # JA: (aspek, iki, target); JPT: (iki, target)
    atasan_rk: str = ""
    perspektif: str = ""


def skp_ja(spec: dict, sh: Lembar) -> None:
    lab = LABELS[spec["label"]]
    pengembangan = spec["form"].endswith("pengembangan")
    width = 8 if spec["lebar"] == "resmi" else 6
    if pengembangan:
        width = 11
    sh.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI")
    sh.merge(1, 1, 1, width)
    sh.put(2, 1, spec["instansi"])
    sh.merge(2, 1, 2, width)
    sh.put(3, 1, spec["periode"])
    sh.merge(3, 1, 3, width)
    r = identitas(
        sh, 5, spec["atasan"], spec["penilai"], lab, jpt=False, dua_baris=spec["dua_baris"], width=width
    )
    if spec["lebar"] == "resmi" and not pengembangan:
        cols = {"no": 1, "rka": 2, "rka_end": 3, "rk": 4, "aspek": 5, "iki": 6, "iki_end": 7, "target": 8}
    else:
        cols = {"no": 1, "rka": 2, "rka_end": 2, "rk": 3, "aspek": 4, "iki": 5, "iki_end": 5, "target": 6}
    sh.put(r, cols["no"], "NO")
    sh.put(r, cols["rka"], lab["rka"])
    sh.merge(r, cols["rka"], r, cols["rka_end"])
    sh.put(r, cols["rk"], "RENCANA KINERJA")
    sh.put(r, cols["aspek"], "ASPEK")
    sh.put(r, cols["iki"], lab["iki"])
    sh.merge(r, cols["iki"], r, cols["iki_end"])
    sh.put(r, cols["target"], "TARGET")
    if pengembangan:
        sh.put(r, 7, "KATEGORI PENILAIAN")
        sh.merge(r, 7, r, 8)
        sh.put(r + 1, 7, "CUKUP")
        sh.put(r + 1, 8, "SANGAT BAIK")
        sh.put(r, 9, "CARA MEMANTAU KINERJA")
        sh.merge(r, 9, r, 11)
        sh.put(r + 1, 9, "DATA")
        sh.put(r + 1, 10, "SUMBER DATA")
        sh.put(r + 1, 11, "WAKTU PENGUMPULAN")
        for key in ("no", "rka", "rk", "aspek", "iki", "target"):
            sh.merge(r, cols[key], r + 1, cols[key])
        r += 1
    r += 1
    if spec["nomor_kolom"]:
        for i, key in enumerate(("no", "rka", "rk", "aspek", "iki", "target")):
            sh.put(r, cols[key], i + 1)
        r += 1
    sh.put(r, 1, "A. KINERJA UTAMA")
    sh.merge(r, 1, r, width)
    r += 1
    r = rk_rows_ja(sh, r, spec["rk_utama"], cols, spec, pengembangan)
    sh.put(r, 1, "B. KINERJA TAMBAHAN")
    sh.merge(r, 1, r, width)
    r += 1
    r = rk_rows_ja(sh, r, spec["rk_tambahan"], cols, spec, pengembangan)
    footer(sh, r + 1, spec, width)


def rk_rows_ja(sh: Lembar, r: int, rks: list[Rk], cols: dict, spec: dict, pengembangan: bool) -> int:
    for n, rk in enumerate(rks, 1):
        k = len(rk.ikis)
        sh.put(r, cols["no"], f"{n}." if spec["no_titik"] else n)
        sh.put(r, cols["rka"], rk.atasan_rk)
        sh.put(r, cols["rk"], rk.text)
        for key in ("no", "rk"):
            sh.merge(r, cols[key], r + k - 1, cols[key])
        sh.merge(r, cols["rka"], r + k - 1, cols["rka_end"])
        for j, (aspek, iki, target) in enumerate(rk.ikis):
            sh.put(r + j, cols["aspek"], aspek)
            sh.put(r + j, cols["iki"], iki)
            sh.merge(r + j, cols["iki"], r + j, cols["iki_end"])
            value, fmt = target_cell(target, spec)
            sh.put(r + j, cols["target"], value, fmt)
            if pengembangan:
                num = re.match(r"[\d.,]+", target)
                sh.put(r + j, 7, f"< {num.group(0)}" if num else "Tidak memenuhi")
                sh.put(r + j, 8, f"> {num.group(0)}" if num else "Melampaui")
                if j == 0:
                    sh.put(r, 9, "Laporan bulanan")
                    sh.put(r, 10, "Aplikasi e-Kinerja")
                    sh.put(r, 11, "Setiap bulan")
                    for c in (9, 10, 11):
                        sh.merge(r, c, r + k - 1, c)
        r += k
    return r


def target_cell(target: str, spec: dict) -> tuple[object, str | None]:
    """An agency writes a target as text, or as a number whose satuan or % is the cell's format."""
    if spec["target_angka"]:
        m = re.fullmatch(r"(\d+)%", target)
        if m:
            return int(m.group(1)) / 100, "0%"
        m = re.fullmatch(r"(\d+) ([A-Za-z]+)", target)
        if m and m.group(2).lower() in ("laporan", "dokumen", "kegiatan", "bulan"):
            return int(m.group(1)), f'0 "{m.group(2)}"'
    return target, None


def skp_jpt(spec: dict, sh: Lembar) -> None:
    lab = LABELS[spec["label"]]
    pengembangan = spec["form"] == "jpt-pengembangan"
    off = 1 if pengembangan else 0
    width = 7
    sh.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI")
    sh.merge(1, 1, 1, width)
    sh.put(2, 1, spec["instansi"])
    sh.merge(2, 1, 2, width)
    sh.put(3, 1, spec["periode"])
    sh.merge(3, 1, 3, width)
    r = identitas(
        sh, 5, spec["atasan"], spec["penilai"], lab, jpt=True, dua_baris=spec["dua_baris"], width=width
    )
    if pengembangan:
        sh.put(r, 1, "PERSPEKTIF")
    sh.put(r, 1 + off, "NO")
    sh.put(r, 2 + off, "RENCANA KINERJA")
    sh.merge(r, 2 + off, r, 3 + off)
    sh.put(r, 4 + off, lab["iki"])
    sh.merge(r, 4 + off, r, 5 + off)
    sh.put(r, 6 + off, "TARGET")
    r += 1
    if spec["nomor_kolom"]:
        for i, c in enumerate((1 + off, 2 + off, 4 + off, 6 + off)):
            sh.put(r, c, i + 1)
        r += 1
    sh.put(r, 1, "A. KINERJA UTAMA")
    sh.merge(r, 1, r, width)
    r += 1
    for block in ("utama", "tambahan"):
        if block == "tambahan":
            sh.put(r, 1, "B. KINERJA TAMBAHAN")
            sh.merge(r, 1, r, width)
            r += 1
        for n, rk in enumerate(spec[f"rk_{block}"], 1):
            k = len(rk.ikis)
            if pengembangan and block == "utama":
                sh.put(r, 1, rk.perspektif)
                sh.merge(r, 1, r + k - 1, 1)
            sh.put(r, 1 + off, f"{n}." if spec["no_titik"] else n)
            sh.put(r, 2 + off, rk.text)
            sh.merge(r, 1 + off, r + k - 1, 1 + off)
            sh.merge(r, 2 + off, r + k - 1, 3 + off)
            for j, (iki, target) in enumerate(rk.ikis):
                sh.put(r + j, 4 + off, iki)
                sh.merge(r + j, 4 + off, r + j, 5 + off)
                sh.put(r + j, 6 + off, target)
            r += k
    footer(sh, r + 1, spec, width)


def footer(sh: Lembar, r: int, spec: dict, width: int) -> None:
    sh.put(r, width - 2, "Lembah Damar, 5 Januari 2026")
    sh.put(r + 1, 2, "Pejabat Penilai Kinerja")
    sh.put(r + 1, width - 2, "Pegawai yang Dinilai")
    sh.put(r + 5, 2, spec["penilai"][0])
    sh.put(r + 5, width - 2, spec["atasan"][0])
    if spec["penilai"][1] != "-":
        sh.put(r + 6, 2, f"NIP. {spec['penilai'][1]}")
    sh.put(r + 6, width - 2, f"NIP. {spec['atasan'][1]}")


# ---------------------------------------------------------------- the Matriks sheet the superior fills


def matriks(spec: dict) -> Lembar | None:
    gaya = spec["matriks"]
    if gaya is None:
        return None
    sh = Lembar(spec.get("matriks_judul", "Matriks Peran Hasil"))
    n_rk = len(spec["rk_utama"])
    team = spec["tim"] if gaya != "kosong" else []
    if gaya in ("templat", "kosong"):
        sh.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
        sh.merge(1, 1, 1, 3 + n_rk)
        for r, label in zip(
            range(3, 8),
            ("NO. RK ATASAN", "RENCANA KINERJA ATASAN", "JENIS PENYELARASAN", "METODE", "TARGET ATASAN"),
            strict=True,
        ):
            sh.put(r, 1, label)
            sh.merge(r, 1, r, 3)
        for i in range(n_rk):
            sh.put(3, 4 + i, i + 1)
        sh.put(9, 1, "NAMA")
        sh.put(9, 2, "NIP")
        sh.put(9, 3, "JABATAN")
        for c in (1, 2, 3):
            sh.merge(9, c, 10, c)
        sh.put(9, 4, "HASIL KERJA YANG DIHARAPKAN (MENJADI RENCANA KINERJA ANGGOTA)")
        sh.merge(9, 4, 9, 3 + n_rk)
        for i in range(n_rk):
            sh.put(10, 4 + i, f"RK ATASAN {i + 1}")
        r = 11
        for m in team:
            sh.put(r, 1, m["nama_tulis"])
            sh.put(r, 2, m["nip_tulis"])
            sh.put(r, 3, m["jabatan"])
            for i, text in m["sel"].items():
                sh.put(r, 4 + i, text)
            r += 1
    elif gaya == "agensi":
        # the agency's own table: title and unit lines, NO column, RK columns headed "RK 1 …" only
        sh.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
        sh.put(2, 1, spec["atasan"][3].upper())
        sh.put(4, 1, "NO")
        sh.put(4, 2, "NAMA")
        sh.put(4, 3, "NIP")
        sh.put(4, 4, "JABATAN")
        sh.put(4, 5, "HASIL KERJA YANG DIHARAPKAN (MENJADI RENCANA KINERJA ANGGOTA)")
        sh.merge(4, 5, 4, 4 + n_rk)
        for c in (1, 2, 3, 4):
            sh.merge(4, c, 5, c)
        for i in range(n_rk):
            sh.put(5, 5 + i, f"RK ATASAN {i + 1}")
        r = 6
        for n, m in enumerate(team, 1):
            sh.put(r, 1, n)
            sh.put(r, 2, m["nama_tulis"])
            sh.put(r, 3, m["nip_tulis"])
            sh.put(r, 4, m["jabatan"])
            for i, text in m["sel"].items():
                sh.put(r, 5 + i, text)
            r += 1
    elif gaya == "dua-baris":
        # name on one row, NIP on the row below in the same column (how the team list is typed by hand)
        sh.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
        sh.put(3, 1, "NO")
        sh.put(3, 2, "NAMA / NIP")
        sh.put(3, 3, "JABATAN")
        for i in range(n_rk):
            sh.put(3, 4 + i, f"RK ATASAN {i + 1}")
        r = 4
        for n, m in enumerate(team, 1):
            sh.put(r, 1, n)
            sh.merge(r, 1, r + 1, 1)
            sh.put(r, 2, m["nama_tulis"])
            sh.put(r + 1, 2, m["nip_tulis"])
            sh.put(r, 3, m["jabatan"])
            sh.merge(r, 3, r + 1, 3)
            for i, text in m["sel"].items():
                sh.put(r, 4 + i, text)
                sh.merge(r, 4 + i, r + 1, 4 + i)
            r += 2
    return sh


# ---------------------------------------------------------------- the set

PERIODE = [
    "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026",
    "Periode Penilaian : 1 Januari s.d. 31 Desember 2026",
    "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026",
]


def orang(nama: str) -> tuple:
    for m in bank.ANGGOTA:
        if m[0] == nama:
            return m
    raise KeyError(nama)


PANGKAT = {
    "Yulia Kartika, S.T., M.T.": "Pembina, IV/a",
    "Ahmad Rifai, S.H.": "Pembina Tk.I, IV b",
    "Drs. Mulyadi": "Pembina Tingkat I, IV/b",
    "Wahyu Hidayat, S.IP.": "Penata Tk.I, III/d",
    "Hendra Gunawan, S.Sos.": "PENATA/IIIc",
    "Erna Susanti, S.E.": "Pembina, IV/a",
    "Kurniawati, S.Sos.": "Penata Tingkat I, III/d",
    "Agus Salim": "Penata, III/c",
    "Rudi Hartono, S.T.": "Penata, III/c",
    "Fajar Ramadhan, S.E.": "Pembina, IV/a",
}


def ident(nama: str, unit: str) -> tuple:
    m = orang(nama)
    return (m[0], m[1], PANGKAT[nama], m[2], unit)


UNIT_TL = "Bidang Tata Lingkungan Dinas Lingkungan Hidup dan Pertanahan"
UNIT_PT = "Bidang Pertanahan Dinas Lingkungan Hidup dan Pertanahan"
UNIT_SEK = "Sekretariat Dinas Lingkungan Hidup dan Pertanahan"
UNIT_PJ = "Bidang Pajak Daerah Badan Pendapatan Daerah"
UNIT_RET = "Bidang Retribusi dan Pendapatan Lain Badan Pendapatan Daerah"


def kadis_rk(i: int) -> str:
    return bank.RK_JPT[i % len(bank.RK_JPT)][0]


# (file, writer, form, atasan nama, unit, which RK pool entries, team [(nama, nip style)], matriks style,
#  cell plan, layout options, defect)
PLAN: list[dict] = [
    dict(
        key="tata-lingkungan-templat",
        w="openpyxl",
        form="ja-dasar",
        who="Yulia Kartika, S.T., M.T.",
        unit=UNIT_TL,
        rk=[0, 1, 2],
        tim=[("Rina Marlina, S.Si.", "spasi"), ("Yoga Pratama, S.T.", "rapat"), ("Dewi Anggraini", "titik")],
        mx="templat",
        sel={},
        lab="baku",
        lebar="resmi",
    ),
    dict(
        key="tata-lingkungan-hasil",
        w="xlsxwriter",
        form="ja-dasar",
        who="Yulia Kartika, S.T., M.T.",
        unit=UNIT_TL,
        rk=[0, 3, 7],
        tim=[("Rina Marlina, S.Si.", "label"), ("Maya Puspita, S.P.", "apostrof"), ("Teguh Wibowo", "spasi")],
        mx="templat",
        sel={
            (0, 0): "Draf RPPLH bab kondisi ekosistem tersusun",
            (1, 0): "Draf RPPLH bab arahan pemanfaatan tersusun",
            (2, 1): "1. Data hasil uji laboratorium air tervalidasi\n2. Peta titik pantau mutakhir",
            (1, 2): "Nasabah bank sampah di kecamatan binaan bertambah",
            (0, 1): "Laporan status mutu air triwulanan tersaji",
        },
        lab="salah-ketik",
        lebar="resmi",
        dua_baris=True,
    ),
    dict(
        key="pertanahan-agensi",
        w="openpyxl",
        form="ja-dasar",
        who="Ahmad Rifai, S.H.",
        unit=UNIT_PT,
        rk=[4, 6, 5],
        tim=[
            ("Nur Aini, S.H.", "nbsp"),
            ("Rudi Hartono, S.T.", "titikdua"),
            ("Lestari Wahyuni", "rapat"),
            ("Joko Susilo", "spasi"),
        ],
        mx="agensi",
        sel={},
        lab="kecil",
        lebar="ringkas",
        no_titik=True,
        target_angka=True,
    ),
    dict(
        key="pertanahan-dua-baris",
        w="xlsxwriter",
        form="ja-dasar",
        who="Ahmad Rifai, S.H.",
        unit=UNIT_PT,
        rk=[4, 6],
        tim=[("Nur Aini, S.H.", "label"), ("Rudi Hartono, S.T.", "label"), ("Lestari Wahyuni", "label")],
        mx="dua-baris",
        sel={
            (0, 0): "Berkas permohonan sertifikat aset tanah lengkap; Peta bidang tanah aset terverifikasi",
            (1, 0): "Hasil pengukuran bidang tanah aset tersedia",
            (2, 1): "a) Register sengketa pertanahan mutakhir\nb) Kronologi kasus sengketa tersusun",
        },
        lab="salah-ketik",
        lebar="ringkas",
        no_titik=True,
    ),
    dict(
        key="sekretariat-templat",
        w="openpyxl",
        form="ja-dasar",
        who="Drs. Mulyadi",
        unit=UNIT_SEK,
        rk=[5, 1],
        tim=[
            ("Siti Rahmawati, S.E.", "spasi"),
            ("Agus Salim", "rapat"),
            ("Fitri Handayani, A.Md.", "titik"),
            ("Bayu Nugroho, S.Kom.", "spasi-akhir"),
            ("Wahyu Hidayat, S.IP.", "spasi"),
        ],
        mx="templat",
        sel={
            (0, 0): "Laporan realisasi anggaran bulanan tersaji tepat waktu",
            (4, 0): "Dokumen SPJ kegiatan sekretariat lengkap",
        },
        lab="baku",
        lebar="resmi",
        tambahan=[0, 1],
    ),
    dict(
        key="sekretariat-pengembangan",
        w="xlsxwriter",
        form="ja-pengembangan",
        who="Drs. Mulyadi",
        unit=UNIT_SEK,
        rk=[5, 0, 7],
        tim=[
            ("Siti Rahmawati, S.E.", "rapat"),
            ("Fitri Handayani, A.Md.", "spasi"),
            ("Bayu Nugroho, S.Kom.", "label"),
        ],
        mx="templat",
        sel={},
        lab="salah-ketik",
        lebar="resmi",
        nomor_kolom=True,
    ),
    dict(
        key="kasubbag-umum",
        w="openpyxl",
        form="ja-dasar",
        who="Wahyu Hidayat, S.IP.",
        unit=UNIT_SEK,
        rk=[6, 2],
        tim=[("Fitri Handayani, A.Md.", "spasi"), ("Joko Susilo", "rapat")],
        mx="agensi",
        sel={
            (0, 0): "Arsip surat sengketa tertata dan mudah ditemukan",
            (1, 1): "Kendaraan operasional tim pengaduan siap pakai",
        },
        lab="kecil",
        lebar="ringkas",
        penilai="Drs. Mulyadi",
    ),
    dict(
        key="kasi-pencemaran",
        w="xlsxwriter",
        form="ja-pengembangan",
        who="Hendra Gunawan, S.Sos.",
        unit=UNIT_TL,
        rk=[1, 2, 3],
        tim=[("Yoga Pratama, S.T.", "titik"), ("Teguh Wibowo", "label"), ("Maya Puspita, S.P.", "rapat")],
        mx="dua-baris",
        sel={},
        lab="baku",
        lebar="resmi",
        penilai="Yulia Kartika, S.T., M.T.",
        dua_baris=True,
        no_titik=True,
    ),
    dict(
        key="koordinator-kepegawaian",
        w="openpyxl",
        form="jf-dasar",
        who="Agus Salim",
        unit=UNIT_SEK,
        rk=[6, 5],
        tim=[("Fitri Handayani, A.Md.", "rapat"), ("Indah Permatasari", "spasi")],
        mx="templat",
        sel={
            (0, 0): "Daftar berkas kepegawaian sengketa tersusun",
            (1, 1): "Rekap data keuangan pegawai tervalidasi",
        },
        lab="salah-ketik",
        lebar="resmi",
        penilai="Drs. Mulyadi",
        jabatan="Analis Kepegawaian Muda selaku Koordinator",
    ),
    dict(
        key="koordinator-pengukuran",
        w="xlsxwriter",
        form="jf-dasar",
        who="Rudi Hartono, S.T.",
        unit=UNIT_PT,
        rk=[4],
        tim=[("Nur Aini, S.H.", "spasi"), ("Lestari Wahyuni", "spasi"), ("Joko Susilo", "spasi")],
        mx="templat",
        sel={},
        lab="kecil",
        lebar="ringkas",
        penilai="Ahmad Rifai, S.H.",
        jabatan="Surveyor Pemetaan Penyelia merangkap Koordinator Pengukuran",
    ),
    dict(
        key="pajak-daerah",
        w="openpyxl",
        form="ja-dasar",
        who="Erna Susanti, S.E.",
        unit=UNIT_PJ,
        rk=[1, 5],
        tim=[("Dimas Aditya", "spasi"), ("Ratna Sari, S.Ak.", "titik"), ("Kurniawati, S.Sos.", "label")],
        mx="agensi",
        sel={},
        lab="baku",
        lebar="resmi",
        instansi=bank.BADAN,
        penilai_jpt="badan",
        target_angka=True,
    ),
    dict(
        key="retribusi-pengembangan",
        w="xlsxwriter",
        form="ja-pengembangan",
        who="Fajar Ramadhan, S.E.",
        unit=UNIT_RET,
        rk=[3, 0],
        tim=[("Dimas Aditya", "label"), ("Ratna Sari, S.Ak.", "spasi")],
        mx="templat",
        sel={(0, 1): "Naskah akademik retribusi tersusun", (1, 0): "Data potensi retribusi terpetakan"},
        lab="kecil",
        lebar="resmi",
        instansi=bank.BADAN,
        penilai_jpt="badan",
    ),
    dict(
        key="kadis-dasar",
        w="openpyxl",
        form="jpt-dasar",
        who="kadis",
        tim=[
            ("Drs. Mulyadi", "spasi"),
            ("Yulia Kartika, S.T., M.T.", "rapat"),
            ("Ahmad Rifai, S.H.", "label"),
        ],
        mx="templat",
        sel={
            (1, 0): "Dokumen RPPLH tersusun dan ditetapkan",
            (2, 1): "Aset tanah pemerintah daerah bersertifikat",
            (0, 3): "Laporan keuangan dinas disajikan akuntabel",
            (1, 2): "1. TPS3R beroperasi di kecamatan binaan\n2. Bank sampah aktif",
        },
        lab="baku",
        rkj=[0, 1, 2, 3],
    ),
    dict(
        key="kadis-agensi",
        w="xlsxwriter",
        form="jpt-dasar",
        who="kadis",
        tim=[
            ("Drs. Mulyadi", "titik"),
            ("Yulia Kartika, S.T., M.T.", "spasi"),
            ("Ahmad Rifai, S.H.", "spasi"),
        ],
        mx="agensi",
        sel={
            (1, 0): "Status mutu air dan udara terpantau",
            (2, 1): "Sengketa tanah aset tertangani",
            (0, 2): "Dokumen perencanaan dan keuangan dinas tersusun tepat waktu",
        },
        lab="salah-ketik",
        rkj=[0, 1, 3],
        no_titik=True,
        dua_baris=True,
    ),
    dict(
        key="kaban-pengembangan",
        w="openpyxl",
        form="jpt-pengembangan",
        who="kaban",
        tim=[
            ("Erna Susanti, S.E.", "spasi"),
            ("Fajar Ramadhan, S.E.", "label"),
            ("Kurniawati, S.Sos.", "rapat"),
        ],
        mx="templat",
        sel={
            (0, 0): "Realisasi pajak daerah mencapai target",
            (1, 0): "Realisasi retribusi daerah meningkat",
            (0, 1): "Wajib pajak baru terdaftar",
            (2, 3): "Laporan keuangan badan tepat waktu",
            (1, 2): "Loket layanan retribusi daring tersedia",
        },
        lab="kecil",
        rkj=[0, 1, 2, 3],
    ),
]

# Defective superiors: the same builders with one defect each (kode: what a careful reviewer expects).
DEFECTS: list[dict] = [
    dict(key="tanpa-sheet-matriks", base="tata-lingkungan-templat", w="xlsxwriter", cacat="tanpa-matriks"),
    dict(key="matriks-tanpa-anggota", base="pertanahan-agensi", w="openpyxl", cacat="matriks-kosong"),
    dict(key="berkas-terpotong", base="kasubbag-umum", w="openpyxl", cacat="rusak"),
    dict(key="skp-pp46", base=None, w="openpyxl", cacat="pp46"),
    dict(key="tanpa-kinerja-utama", base="pajak-daerah", w="xlsxwriter", cacat="tanpa-ku"),
    dict(key="nip-tersimpan-angka", base="sekretariat-templat", w="openpyxl", cacat="nip-angka"),
    dict(key="nip-kurang-digit", base="kasi-pencemaran", w="openpyxl", cacat="nip-kurang-digit"),
    dict(key="atasan-dalam-tim", base="koordinator-pengukuran", w="openpyxl", cacat="atasan-dalam-tim"),
    dict(key="beban-tidak-berjumlah", base="tata-lingkungan-templat", w="openpyxl", cacat="tidak-berjumlah"),
    dict(key="hasil-aktivitas", base="pertanahan-dua-baris", w="openpyxl", cacat="aktivitas"),
    dict(key="kadis-tanpa-matriks", base="kadis-dasar", w="openpyxl", cacat="tanpa-matriks"),
    dict(key="matriks-hanya-judul", base="kaban-pengembangan", w="xlsxwriter", cacat="matriks-kosong"),
    dict(key="nip-tersimpan-angka-agensi", base="pajak-daerah", w="xlsxwriter", cacat="nip-angka"),
]


def kuantitas_target(rk: Rk, jpt: bool) -> tuple[float, str] | None:
    """The RK's single quantity target (number + satuan) when it has exactly one (docs/addin.md: such an
    RK is proposed as Pembagian Beban Target); JPT RK have no aspek, so they get none here."""
    if jpt:
        return None
    found = []
    for aspek, _iki, target in rk.ikis:
        if "kuant" in aspek.lower():
            m = re.fullmatch(r"(\d+) ([A-Za-z]+)", target)
            if m:
                found.append((float(m.group(1)), m.group(2).lower()))
    return found[0] if len(found) == 1 else None


def build_spec(p: dict, index: int) -> dict:
    jpt = p["form"].startswith("jpt")
    spec = {
        "form": p["form"],
        "label": p.get("lab", "baku"),
        "lebar": p.get("lebar", "resmi"),
        "dua_baris": p.get("dua_baris", False),
        "no_titik": p.get("no_titik", False),
        "nomor_kolom": p.get("nomor_kolom", False),
        "target_angka": p.get("target_angka", False),
        "periode": PERIODE[index % len(PERIODE)],
        "instansi": p.get("instansi", bank.DINAS),
    }
    if p["who"] == "kadis":
        spec["atasan"], spec["penilai"] = bank.KADIS, bank.BUPATI
        pool = [bank.RK_JPT[i] for i in p["rkj"]]
    elif p["who"] == "kaban":
        spec["atasan"], spec["penilai"] = bank.KABAN, bank.BUPATI
        pool = [bank.RK_JPT_BADAN[i] for i in p["rkj"]]
        spec["instansi"] = bank.BADAN
    else:
        unit = p["unit"]
        a = ident(p["who"], unit)
        if p.get("jabatan"):
            a = (a[0], a[1], a[2], p["jabatan"], a[4])
        spec["atasan"] = a
        if p.get("penilai_jpt") == "badan":
            spec["penilai"] = bank.KABAN
        elif p.get("penilai"):
            q = orang(p["penilai"])
            spec["penilai"] = (
                q[0],
                q[1],
                PANGKAT[q[0]],
                q[2],
                UNIT_SEK if "Sekretaris" in q[2] else UNIT_TL if "Tata" in q[2] else UNIT_PT,
            )
        else:
            spec["penilai"] = bank.KADIS
        pool = [bank.RK_KABID[i] for i in p["rk"]]
    if jpt:
        spec["rk_utama"] = [
            Rk(t, list(ikis), perspektif=bank.PERSPEKTIF[i % 4]) for i, (t, ikis) in enumerate(pool)
        ]
        spec["rk_tambahan"] = [
            Rk(bank.TAMBAHAN[1][0], [(bank.TAMBAHAN[1][1][0][1], bank.TAMBAHAN[1][1][0][2])])
        ]
    else:
        spec["rk_utama"] = [Rk(t, list(ikis), atasan_rk=kadis_rk(i)) for i, (t, ikis) in enumerate(pool)]
        spec["rk_tambahan"] = [
            Rk(bank.TAMBAHAN[i][0], list(bank.TAMBAHAN[i][1])) for i in p.get("tambahan", [0])
        ]
    assert all(ri < len(pool) and mi < len(p["tim"]) for mi, ri in p["sel"]), p["key"]
    tim = []
    for i, (nama, gaya) in enumerate(p["tim"]):
        m = orang(nama)
        sel = {rk_i: text for (mi, rk_i), text in p["sel"].items() if mi == i}
        tim.append(
            {
                "nama": m[0],
                "nip": m[1],
                "jabatan": m[2],
                "jenis": m[3],
                "nama_tulis": m[0],
                "nip_tulis": nip_tulis(m[1], gaya),
                "gaya_nip": gaya,
                "sel": sel,
            }
        )
    spec["tim"] = tim
    spec["matriks"] = p["mx"]
    return spec


def apply_defect(spec: dict, cacat: str) -> list[dict]:
    """Change ``spec`` so that it carries the defect; returns what a reviewer expects."""
    if cacat == "tanpa-matriks":
        spec["matriks"] = None
        return [{"code": "kaskade-ditolak", "why": "tidak ada sheet Matriks Peran Hasil"}]
    if cacat == "matriks-kosong":
        spec["matriks"] = "kosong"
        spec["tim"] = []
        return [{"code": "kaskade-ditolak", "why": "Matriks tanpa anggota tim"}]
    if cacat == "tanpa-ku":
        spec["rk_utama"] = []
        for m in spec["tim"]:
            m["sel"] = {}
        return [{"code": "kaskade-ditolak", "why": "SKP atasan tanpa RK Kinerja Utama"}]
    if cacat == "nip-angka":
        m = spec["tim"][1]
        m["nip_tulis"], m["gaya_nip"] = nip_tulis(m["nip"], "angka"), "angka"
        return [
            {"code": "nip-tidak-valid", "anggota": m["nip"], "why": "NIP anggota tersimpan sebagai angka"}
        ]
    if cacat == "nip-kurang-digit":
        m = spec["tim"][0]
        m["nip_tulis"], m["gaya_nip"] = nip_tulis(m["nip"], "kurang-digit"), "kurang-digit"
        return [{"code": "nip-tidak-valid", "anggota": m["nip"], "why": "NIP anggota 17 angka"}]
    if cacat == "atasan-dalam-tim":
        a = spec["atasan"]
        spec["tim"].append(
            {
                "nama": a[0],
                "nip": a[1],
                "jabatan": a[3],
                "jenis": "jf",
                "nama_tulis": a[0],
                "nip_tulis": a[1],
                "gaya_nip": "rapat",
                "sel": {},
                "atasan_sendiri": True,
            }
        )
        return [
            {"code": "penilai-sama-dengan-pegawai", "anggota": a[1], "why": "atasan mencantumkan dirinya"}
        ]
    if cacat == "tidak-berjumlah":
        # the superior wrote each member's share himself, and the shares do not add up to his target
        rk = spec["rk_utama"][1]  # 12 Laporan
        shares = [
            "Laporan pengawasan usaha wilayah utara (5 laporan)",
            "Laporan pengawasan usaha wilayah tengah (5 laporan)",
            "Laporan pengawasan usaha wilayah selatan (4 laporan)",
        ]
        assert kuantitas_target(rk, False) == (12.0, "laporan")
        for m, s in zip(spec["tim"], shares, strict=True):
            m["sel"][1] = s
        return [{"code": "target-kaskade-tidak-seimbang", "why": "bagian 5+5+4 laporan ≠ 12 laporan"}]
    if cacat == "aktivitas":
        m = spec["tim"][1]
        m["sel"][0] = "Melakukan pengukuran bidang tanah aset"
        return [
            {
                "code": "rk-berbasis-aktivitas",
                "anggota": m["nip"],
                "rk": m["sel"][0],
                "why": "hasil di Matriks ditulis sebagai aktivitas",
            }
        ]
    raise ValueError(cacat)


def pp46_sheets() -> list[Lembar]:
    sh = Lembar("SKP")
    sh.put(1, 1, "SASARAN KERJA PEGAWAI")
    sh.put(3, 1, "NO")
    sh.put(3, 2, "I. PEJABAT PENILAI")
    sh.put(4, 2, "Nama")
    sh.put(4, 3, bank.KADIS[0])
    sh.put(8, 1, "NO")
    sh.put(8, 2, "III. KEGIATAN TUGAS JABATAN")
    sh.put(8, 3, "AK")
    sh.put(8, 4, "TARGET")
    sh.put(9, 4, "KUANT/OUTPUT")
    sh.put(9, 5, "KUAL/MUTU")
    sh.put(9, 6, "WAKTU")
    sh.put(9, 7, "BIAYA")
    sh.put(10, 1, 1)
    sh.put(10, 2, "Menyusun laporan pengawasan lingkungan")
    sh.put(10, 4, "12 laporan")
    sh.put(10, 5, 100)
    sh.put(10, 6, "12 bulan")
    mx = Lembar("Matriks Peran Hasil")
    mx.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL")
    mx.put(3, 1, "NAMA")
    mx.put(3, 2, "NIP")
    mx.put(3, 3, "JABATAN")
    mx.put(4, 1, "Rina Marlina, S.Si.")
    mx.put(4, 2, "199003152015032004")
    mx.put(4, 3, "Pengendali Dampak Lingkungan Muda")
    return [sh, mx]


def expectation(spec: dict) -> dict:
    jpt = spec["form"].startswith("jpt")
    beban = {}
    teks = []
    for i, rk in enumerate(spec["rk_utama"]):
        filled = any(i in m["sel"] for m in spec["tim"])
        if filled:
            continue
        q = kuantitas_target(rk, jpt)
        if q:
            beban[str(i)] = {"jumlah": q[0], "satuan": q[1]}
        else:
            teks.append(i)
    a, q = spec["atasan"], spec["penilai"]
    return {
        "form": spec["form"],
        "atasan": {"nama": a[0], "nip": a[1], "pangkat": a[2], "jabatan": a[3], "unit_kerja": a[4]},
        "rk_utama": [rk.text for rk in spec["rk_utama"]],
        "rk_tambahan": [rk.text for rk in spec["rk_tambahan"]],
        "target_teks": {str(i): [t[-1] for t in rk.ikis] for i, rk in enumerate(spec["rk_utama"])},
        "anggota": [
            {
                "nama": m["nama"],
                "nip": m["nip"],
                "jabatan": m["jabatan"],
                "jenis": m["jenis"],
                "gaya_nip": m["gaya_nip"],
                "atasan_sendiri": m.get("atasan_sendiri", False),
                "hasil": {str(i): pisah_hasil(t) for i, t in sorted(m["sel"].items())},
            }
            for m in spec["tim"]
        ],
        "beban": beban,
        "kolom_tanpa_isi": teks,
    }


def pisah_hasil(text: str) -> list[str]:
    """A Matriks cell with several results (lines, "; ", "1. … 2. …", "a) … b) …") is several RK (README)."""
    parts = re.split(r"\n|;\s*", text)
    out = []
    for p in parts:
        p = re.sub(r"^\s*(\d+\.|[a-z]\))\s*", "", p).strip()
        if p:
            out.append(p)
    return out


def build(out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    files = []
    by_key = {p["key"]: p for p in PLAN}
    jobs = [(p, None) for p in PLAN] + [(by_key.get(d["base"]), d) for d in DEFECTS]
    for n, (p, d) in enumerate(jobs, 1):
        key = d["key"] if d else p["key"]
        writer = d["w"] if d else p["w"]
        name = f"{n:02d}-{key}.xlsx"
        path = out / name
        if d and d["cacat"] == "pp46":
            write_openpyxl(path, pp46_sheets())
            files.append(
                {
                    "file": name,
                    "writer": writer,
                    "form": None,
                    "clean": False,
                    "tolak": True,
                    "defects": [{"code": "kaskade-ditolak", "why": "SKP PP 46/2011"}],
                }
            )
            continue
        spec = build_spec(p, n)
        defects = apply_defect(spec, d["cacat"]) if d and d["cacat"] != "rusak" else []
        sheets = [Lembar("SKP")]
        (skp_jpt if spec["form"].startswith("jpt") else skp_ja)(spec, sheets[0])
        mx = matriks(spec)
        if mx is not None:
            sheets.append(mx)
        if spec["form"].startswith("jf"):
            ak = Lembar("Keterkaitan AK")
            ak.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
            ak.put(3, 1, "NO")
            ak.put(3, 2, "RENCANA KINERJA")
            ak.put(3, 3, "BUTIR KEGIATAN")
            ak.put(3, 4, "OUTPUT")
            ak.put(3, 5, "ANGKA KREDIT")
            ak.put(4, 1, "KINERJA UTAMA")
            for i, rk in enumerate(spec["rk_utama"]):
                ak.put(5 + i, 1, i + 1)
                ak.put(5 + i, 2, rk.text)
                ak.put(5 + i, 3, "Melaksanakan koordinasi kegiatan tim")
                ak.put(5 + i, 4, "Laporan")
                ak.put(5 + i, 5, "0,150")
            sheets.append(ak)
        if n % 4 == 0:
            sheets.append(Lembar("Catatan", {(1, 1): "catatan internal bidang"}, hidden=True))
        (write_openpyxl if writer == "openpyxl" else write_xlsxwriter)(path, sheets)
        if d and d["cacat"] == "rusak":
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 2])
        entry = {
            "file": name,
            "writer": writer,
            "form": spec["form"],
            "clean": not defects,
            "tolak": any(x["code"] == "kaskade-ditolak" for x in defects),
            "defects": defects,
        }
        if d and d["cacat"] == "rusak":
            entry["defects"] = [{"code": "kaskade-ditolak", "why": "berkas terpotong (rusak)"}]
            entry["tolak"] = True
            entry["clean"] = False
        if not entry["tolak"]:
            entry.update(expectation(spec))
        files.append(entry)
    return {"set": "nyata_n", "files": files, "boleh": BOLEH}


# What an unfilled draft legitimately gets when checked (SPEC §7): the member fills IKI, aspek, target,
# pangkat, butir kegiatan, kategori and cara memantau himself. Anything else on a draft or on the Matriks
# is a false alarm. identitas-kosong is only allowed on the member's own pangkat or unit kerja.
BOLEH = {
    "draf": [
        "rk-tanpa-iki",
        "iki-tanpa-target",
        "aspek-tidak-valid",
        "target-tidak-terukur",
        "rk-tanpa-butir-kegiatan",
        "angka-kredit-tidak-valid",
        "kategori-penilaian-kosong",
        "cara-memantau-kosong",
        "kinerja-utama-kosong",
        "kesetaraan-tidak-seimbang",
        "satuan-tidak-sesuai-aspek",
    ],
    "identitas_kosong_di": ["PANGKAT", "UNIT"],
    "catatan": (
        "Target persen (%) pada kolom yang kosong boleh dibagi atau tidak; RK JPT tanpa aspek "
        "boleh dibagi atau tidak; RK anggota pada kolom beban target boleh sama dengan RK atasan; "
        "anggota dengan sel kosong di kolom yang sel anggota lain terisi boleh mendapat atau tidak "
        "mendapat RK; formulir JF/JA model dasar atau pengembangan boleh apa saja, jenisnya (JF "
        "atau JA) tidak; unit kerja anggota boleh kosong atau sama dengan atasan."
    ),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args()
    manifest = build(args.keluaran)
    args.harapan.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest['files'])} buku kerja ditulis ke {args.keluaran}")


if __name__ == "__main__":
    main()
