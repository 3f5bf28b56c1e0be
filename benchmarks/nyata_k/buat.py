"""Build the held-out set ``nyata_k``: SKP submissions of one Dinas and five rosters (daftar pegawai) of it.

Usage: ``python benchmarks/nyata_k/buat.py [--keluaran FOLDER] [--daftar FOLDER] [--harapan FILE]``.

Written from SPEC §3.1, §3.10, §5, §7–§9 alone, apart from the project's reader, checks, mappings, fixtures
and the other sets' generators. The people and their plans are in ``bank.py``; what each roster export looks
like (separator, encoding, title rows, merged headers, NIP written as text, with spaces, dots, apostrophes or
as a number that lost digits, statuses as HR writes them) is here, and so is the exact expected outcome per
roster (``harapan.json``): who is belum mengirim per unit, which findings in which file and cell, which
roster rows must be reported unreadable, and what is left open because SPEC does not settle it.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import bank
import openpyxl
import xlsxwriter
from bank import BY_KEY, ORANG, Orang
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20261211
TAHUN = 2026

# ---------------------------------------------------------------------------------------------- cell grids


@dataclass
class Lembar:
    """A sheet as a grid; writers put it into openpyxl or XlsxWriter the same way."""

    title: str
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)
    bold: set[tuple[int, int]] = field(default_factory=set)
    numfmt: dict[tuple[int, int], str] = field(default_factory=dict)
    freeze: tuple[int, int] | None = None
    logo: bool = False

    def put(self, r: int, c: int, v: object, *, b: bool = False) -> str:
        self.cells[(r, c)] = v
        if b:
            self.bold.add((r, c))
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))


def _png() -> bytes:
    """A small logo (a green square), written without an imaging library."""
    w = h = 24
    raw = b"".join(b"\x00" + bytes([30, 120, 60]) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def write_openpyxl(path: Path, sheets: list[Lembar]) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.title)
        for (r, c), v in sorted(s.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if (r, c) in s.bold:
                cell.font = openpyxl.styles.Font(bold=True)
            if (r, c) in s.numfmt:
                cell.number_format = s.numfmt[(r, c)]
        for r1, c1, r2, c2 in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in s.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        if s.freeze:
            ws.freeze_panes = ws.cell(row=s.freeze[0], column=s.freeze[1])
    wb.properties.creator = "SIMPEG"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 1, 2, 8, 0)
    wb.save(path)


def write_xlsxwriter(path: Path, sheets: list[Lembar]) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": __import__("datetime").datetime(2026, 1, 2, 8, 0)})
    fmt_b = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    fmt_n = wb.add_format({"text_wrap": True, "valign": "top"})
    fmts: dict[tuple[bool, str], object] = {}
    for s in sheets:
        ws = wb.add_worksheet(s.title)
        merged_at = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in s.merges}
        covered = {
            (r, c) for r1, c1, r2, c2 in s.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
        }
        for (r, c), v in sorted(s.cells.items()):
            b = (r, c) in s.bold
            fmt = fmt_b if b else fmt_n
            if (r, c) in s.numfmt:
                key = (b, s.numfmt[(r, c)])
                if key not in fmts:
                    fmts[key] = wb.add_format({"bold": b, "num_format": s.numfmt[(r, c)]})
                fmt = fmts[key]
            if (r, c) in merged_at:
                r2, c2 = merged_at[(r, c)]
                ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, "", fmt)
            if isinstance(v, (int, float)):
                ws.write_number(r - 1, c - 1, v, fmt)
            elif v is not None:
                ws.write_string(r - 1, c - 1, str(v), fmt)
        for (r1, c1), (r2, c2) in merged_at.items():
            if (r1, c1) not in s.cells:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", fmt_n)
        del covered
        for c, w in s.widths.items():
            ws.set_column(c - 1, c - 1, w)
        if s.freeze:
            ws.freeze_panes(s.freeze[0] - 1, s.freeze[1] - 1)
        if s.logo:
            ws.insert_image(0, 0, "logo.png", {"image_data": io.BytesIO(_png()), "x_scale": 2, "y_scale": 2})
    wb.close()


# ------------------------------------------------------------------------------------------------- NIPs


def nip_tulis(nip: str, gaya: str) -> str:
    """An 18-digit NIP as people write it (SPEC §5): with spaces, run together, with dots, with an
    apostrophe."""
    spasi = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return {
        "spasi": spasi,
        "rapat": nip,
        "titik": spasi.replace(" ", "."),
        "apostrof": "'" + nip,
        "nip-spasi": "NIP. " + spasi,
    }[gaya]


def nip_angka(nip: str) -> float:
    """An NIP typed into Excel as a number: 15 significant digits are kept, the rest is lost."""
    return float(f"{float(nip):.14e}")


def nip_angka_csv(nip: str) -> str:
    """How Excel with Indonesian regional settings writes such a number to CSV (General format)."""
    return f"{float(nip):.5E}".replace(".", ",").replace("E+", "E+")


# --------------------------------------------------------------------------------------------- the plans


def rk_text(key: str, i: int) -> str:
    objek = bank.OBJEK[key][i][0]
    return objek if objek.startswith("Meningkat") else f"Tersedianya {objek}"


def penilai_of(o: Orang) -> Orang:
    return BY_KEY[o.penilai or o.atasan]


def _subordinate_index() -> dict[str, int]:
    """Position of each submitter among those who name the same penilai, so that every RK of a penilai is
    intervened by someone."""
    seen: dict[str, int] = {}
    out = {}
    for o in ORANG:
        if o.kirim and o.unit is not None:
            p = penilai_of(o).key
            out[o.key] = seen.get(p, 0)
            seen[p] = out[o.key] + 1
    return out


SUB_INDEX = _subordinate_index()


def rk_rows(o: Orang, rng: random.Random) -> list[dict]:
    """Kinerja Utama RK with their IKI rows (kuantitas, kualitas, waktu) and the RK atasan intervened."""
    out = []
    p = penilai_of(o)
    for k in range(2):
        objek, satuan = bank.OBJEK[o.key][k]
        n = rng.choice([4, 6, 12, 24, 36, 48, 120])
        out.append(
            {
                "rk": rk_text(o.key, k),
                "atasan": rk_text(p.key, (SUB_INDEX.get(o.key, 0) + k) % 2),
                "iki": [
                    ("Kuantitas", f"Jumlah {objek}", f"{n} {satuan}"),
                    ("Kualitas", f"Persentase {objek} yang sesuai standar", f"{rng.choice([90, 95, 100])} %"),
                    ("Waktu", f"Waktu penyelesaian {objek}", "12 bulan"),
                ],
            }
        )
    return out


JPT_IKI = {
    "Meningkatnya kualitas pengelolaan arsip daerah": ("Nilai hasil pengawasan kearsipan internal", "80"),
    "Meningkatnya kegemaran membaca masyarakat": ("Indeks tingkat kegemaran membaca masyarakat", "62,5"),
}

# ----------------------------------------------------------------------------------------- SKP workbooks

LABELS = {
    "baku": (
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"),
    ),
    "geser": (
        "PEGAWAI YANG DI NILAI",
        "PEJABAT PENILAI KERJA",
        ("NAMA", "NIP", "PANGKA/GOL. RUANG", "JABATAN", "UNIT KERJA"),
    ),
    "judul": (
        "Pegawai yang Dinilai",
        "Pejabat Penilai Kinerja",
        ("Nama", "NIP", "Pangkat/Gol. Ruang", "Jabatan", "Unit Kerja"),
    ),
}


def _nama_tulis(o: Orang, gaya: str) -> str:
    return o.nama.upper() if gaya == "kapital" else o.nama_lengkap


def _unit_skp(o: Orang) -> str:
    if o.unit is None:
        return bank.PEMDA
    if o.unit == bank.U_DINAS:
        return bank.INSTANSI
    return f"{o.unit} {bank.INSTANSI}"


def identity_block(
    s: Lembar,
    top: int,
    c0: int,
    o: Orang,
    p: Orang,
    layout: str,
    nip_gaya: str,
    penilai_gaya: str,
    nama_gaya: str,
    jpt: bool,
) -> tuple[dict[str, str], int]:
    """The two identity blocks side by side (SPEC §3.1); returns the cells of both NIPs and the next row."""
    t_peg, t_pen, labels = LABELS[layout]
    s.put(top, c0, "NO", b=True)
    s.put(top, c0 + 1, t_peg, b=True)
    s.merge(top, c0 + 1, top, c0 + 2)
    s.put(top, c0 + 3, "NO", b=True)
    s.put(top, c0 + 4, t_pen, b=True)
    s.merge(top, c0 + 4, top, c0 + 5)
    pen_jab = f"Plt. {BY_KEY['joko'].jabatan}" if o.plt else p.jabatan
    pen_unit = _unit_skp(o) if o.plt else _unit_skp(p)
    two_rows = layout == "judul" and o.unit not in (None, bank.U_DINAS)
    unit_peg = f"{o.unit}," if two_rows else _unit_skp(o)
    values_peg = [o.nama_lengkap, nip_tulis(o.nip, nip_gaya), o.pangkat, o.jabatan, unit_peg]
    values_pen = [_nama_tulis(p, nama_gaya), nip_tulis(p.nip, penilai_gaya), p.pangkat, pen_jab, pen_unit]
    cells = {}
    r = top + 1
    for i, lab in enumerate(labels):
        s.put(r, c0, i + 1 if layout != "judul" else f"{i + 1}.")
        s.put(r, c0 + 1, lab)
        cell_peg = s.put(r, c0 + 2, values_peg[i])
        s.put(r, c0 + 3, i + 1)
        s.put(r, c0 + 4, "INSTANSI" if (jpt and i == 4 and layout == "baku") else lab)
        cell_pen = s.put(r, c0 + 5, values_pen[i])
        if i == 1:
            cells = {"nip_pegawai": cell_peg, "nip_penilai": cell_pen}
        r += 1
    if two_rows:  # the unit kerja continued on the next row (SPEC §3.10)
        s.put(r, c0 + 2, bank.INSTANSI)
        r += 1
    return cells, r


def skp_workbook(
    o: Orang, layout: str, nip_gaya: str, penilai_gaya: str, nama_gaya: str, rng: random.Random
) -> tuple[list[Lembar], dict[str, str]]:
    p = penilai_of(o)
    jpt = o.jenis == "jpt"
    c0 = 2 if layout == "geser" else 1
    s = Lembar("SKP")
    width = 4 if jpt else 6
    s.put(1, c0, "RENCANA SASARAN KINERJA PEGAWAI" + (" PEJABAT PIMPINAN TINGGI" if jpt else ""), b=True)
    s.merge(1, c0, 1, c0 + 5)
    s.put(2, c0, bank.INSTANSI.upper(), b=True)
    s.merge(2, c0, 2, c0 + 5)
    s.put(3, c0, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    s.merge(3, c0, 3, c0 + 5)
    cells, r = identity_block(s, 5, c0, o, p, layout, nip_gaya, penilai_gaya, nama_gaya, jpt)
    r += 1
    if jpt:
        heads = ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
    else:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    for i, h in enumerate(heads):
        s.put(r, c0 + i, h, b=True)
    r += 1
    s.put(r, c0, "A. KINERJA UTAMA", b=True)
    s.merge(r, c0, r, c0 + width - 1)
    r += 1
    plans = rk_rows(o, rng)
    for n, plan in enumerate(plans, start=1):
        if jpt:
            iki, target = JPT_IKI[plan["rk"]]
            s.put(r, c0, n)
            s.put(r, c0 + 1, plan["rk"])
            s.put(r, c0 + 2, iki)
            s.put(r, c0 + 3, target)
            r += 1
            continue
        first = r
        for aspek, iki, target in plan["iki"]:
            s.put(r, c0 + 3, aspek)
            s.put(r, c0 + 4, iki)
            s.put(r, c0 + 5, target)
            r += 1
        s.put(first, c0, n)
        s.put(first, c0 + 1, plan["atasan"])
        s.put(first, c0 + 2, plan["rk"])
        for c in range(3):
            s.merge(first, c0 + c, r - 1, c0 + c)
    s.put(r, c0, "B. KINERJA TAMBAHAN", b=True)
    s.merge(r, c0, r, c0 + width - 1)
    r += 1
    s.put(r, c0, "-" if rng.random() < 0.5 else "Tidak ada")
    r += 2
    s.put(r, c0 + width - 2, f"{bank.TEMPAT}, 2 Januari {TAHUN}")
    r += 1
    s.put(r, c0 + 1, "Pegawai yang Dinilai")
    s.put(r, c0 + width - 2, "Pejabat Penilai Kinerja")
    r += 4
    s.put(r, c0 + 1, o.nama_lengkap)
    s.put(r, c0 + width - 2, _nama_tulis(p, nama_gaya))
    s.put(r + 1, c0 + 1, "NIP. " + nip_tulis(o.nip, "spasi"))
    s.put(r + 1, c0 + width - 2, "NIP. " + nip_tulis(p.nip, "spasi"))
    s.widths = {c0: 5, c0 + 1: 38, c0 + 2: 38, c0 + 3: 12, c0 + 4: 40, c0 + 5: 16}
    sheets = [s]
    if o.jenis == "jf":
        sheets.append(ak_sheet(o, p, plans))
    if jpt:
        sheets.append(manual_sheet(plans))
    return sheets, cells


def ak_sheet(o: Orang, p: Orang, plans: list[dict]) -> Lembar:
    """Format Keterkaitan SKP dengan Angka Kredit (SPEC §3.7)."""
    s = Lembar("Keterkaitan AK")
    s.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", b=True)
    s.merge(1, 1, 1, 5)
    s.put(2, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    s.put(4, 1, "NAMA")
    s.put(4, 2, o.nama_lengkap)
    s.put(5, 1, "NIP")
    s.put(5, 2, nip_tulis(o.nip, "spasi"))
    s.put(6, 1, "JABATAN")
    s.put(6, 2, o.jabatan)
    s.put(7, 1, "TANGGAL PENGAJUAN")
    s.put(7, 2, f"2 Januari {TAHUN}")
    for i, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        s.put(9, 1 + i, h, b=True)
    s.put(10, 1, "KINERJA UTAMA", b=True)
    s.merge(10, 1, 10, 5)
    jf = next(k for k in bank.BUTIR if o.jabatan.startswith(k))
    butir, output, ak = bank.BUTIR[jf]
    for n, plan in enumerate(plans, start=1):
        r = 10 + n
        s.put(r, 1, n)
        s.put(r, 2, plan["rk"])
        s.put(r, 3, butir)
        s.put(r, 4, output)
        s.put(r, 5, ak)
    s.widths = {1: 5, 2: 40, 3: 40, 4: 20, 5: 14}
    return s


def manual_sheet(plans: list[dict]) -> Lembar:
    """Manual Indikator Kinerja, one block per IKI (SPEC §3.5)."""
    s = Lembar("Manual IKI")
    s.put(1, 1, "MANUAL INDIKATOR KINERJA", b=True)
    s.merge(1, 1, 1, 3)
    r = 3
    for plan in plans:
        iki, _ = JPT_IKI[plan["rk"]]
        rows = [
            ("RENCANA KINERJA", plan["rk"]),
            ("DESKRIPSI RENCANA KINERJA", f"{plan['rk']} di Kabupaten Air Bening pada tahun {TAHUN}"),
            ("INDIKATOR KINERJA INDIVIDU", iki),
            ("DEFINISI IKI", f"{iki} yang diukur oleh lembaga pembina pada akhir tahun"),
            ("FORMULA", "Nilai sesuai hasil penilaian lembaga pembina"),
            ("TUJUAN", "Mengetahui capaian pembinaan yang menjadi tanggung jawab dinas"),
            ("SATUAN PENGUKURAN", "Nilai" if iki.startswith("Nilai") else "Indeks"),
            ("JENIS ASPEK TARGET", "Kualitas"),
            ("TINGKAT KENDALI IKI", "Moderate"),
            ("SUMBER DATA", "Laporan hasil penilaian"),
            ("PERIODE PELAPORAN", "Tahunan"),
        ]
        for label, value in rows:
            s.put(r, 1, label)
            s.put(r, 2, ":")
            s.put(r, 3, value)
            r += 1
        r += 1
    s.widths = {1: 30, 2: 3, 3: 70}
    return s


UNIT_FOLDER = {
    bank.U_DINAS: "pimpinan",
    bank.U_SEKRE: "sekretariat",
    bank.U_ARSIP: "bidang-arsip",
    bank.U_UPT: "upt-perpustakaan",
}


def _slug(o: Orang) -> str:
    return o.nama.lower().replace("'", "").replace(" ", "-")


def build_submissions(out: Path) -> list[dict]:
    """Every SKP file; returns the manifest entries (file, NIP, cells of both NIPs, layout, writer)."""
    gaya_nip = ["spasi", "rapat", "titik", "apostrof"]
    layouts = ["baku", "geser", "judul"]
    entries = []
    n = 0
    for o in ORANG:
        for copy in range(o.kirim):
            layout = layouts[n % 3]
            writer = "openpyxl" if n % 2 == 0 else "xlsxwriter"
            nip_gaya = gaya_nip[n % 4] if not (o.key == "bayu" and copy == 1) else "rapat"
            if o.key == "bayu" and copy == 0:
                nip_gaya = "spasi"
            penilai_gaya = gaya_nip[(n + 1 + n // 4) % 4]
            nama_gaya = "kapital" if n % 3 == 1 else "gelar"
            n += 1
            sheets, cells = skp_workbook(
                o, layout, nip_gaya, penilai_gaya, nama_gaya, random.Random(f"{SEED}-{o.key}")
            )
            folder = UNIT_FOLDER[o.unit]
            if o.kirim == 2:
                name = f"SKP {TAHUN} {o.nama}{' (revisi)' if copy else ''}.xlsx"
            elif n % 2:
                name = f"skp-{TAHUN}-{_slug(o)}.xlsx"
            else:
                name = f"SKP_{o.nama.replace(' ', '_').replace(chr(39), '')}_{o.nip}.xlsx"
            path = out / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            (write_openpyxl if writer == "openpyxl" else write_xlsxwriter)(path, sheets)
            entries.append(
                {
                    "file": f"{folder}/{name}",
                    "key": o.key,
                    "nip": o.nip,
                    "nama": o.nama_lengkap,
                    "nip_penilai": penilai_of(o).nip,
                    "form": f"{o.jenis}-dasar",
                    "writer": writer,
                    "layout": layout,
                    "nip_ditulis": nip_tulis(o.nip, nip_gaya),
                    "nip_penilai_ditulis": nip_tulis(penilai_of(o).nip, penilai_gaya),
                    "sel_nip": cells["nip_pegawai"],
                    "sel_nip_penilai": cells["nip_penilai"],
                }
            )
    return entries


# ------------------------------------------------------------------------------------------------ rosters

KEDUDUKAN_WAJIB = {"aktif"}
KEDUDUKAN_TIDAK_WAJIB = {"tugas-belajar", "cltn", "pensiun", "meninggal", "mutasi-keluar"}
KEDUDUKAN_TAK_PASTI = {"mpp", "berhenti-sementara"}  # SPEC §9 does not list them either way


@dataclass
class Baris:
    """What one roster row says about one person, and whether its NIPs survived the export."""

    key: str | None
    baris: int
    unit: str
    nip_terbaca: bool = True
    atasan: str | None = None  # key of the atasan the roster names (None: no column or empty)
    atasan_terbaca: bool = True
    tertulis: str = ""


def _urut_unit(orang: list[Orang]) -> list[Orang]:
    order = {u: i for i, u in enumerate(bank.UNITS)}
    return sorted(orang, key=lambda o: order[o.unit])


def _roster_people(*, mutasi_keluar: bool = True) -> list[Orang]:
    return [
        o
        for o in ORANG
        if o.key not in bank.TIDAK_DI_DAFTAR and (mutasi_keluar or o.kedudukan != "mutasi-keluar")
    ]


def _pnsid(o: Orang) -> str:
    return zlib.crc32(o.nip.encode()).to_bytes(4, "big").hex().upper() * 4


def _nip_lama(o: Orang) -> str:
    return f"0{o.nip[2:4]}{o.nip[10:12]}{o.urut:04d}" if o.tmt[0] < 2000 else ""


SIASN_KEDUDUKAN = {
    "aktif": "Aktif",
    "tugas-belajar": "Tugas Belajar",
    "cltn": "CLTN",
    "mpp": "Masa Persiapan Pensiun",
    "pensiun": "Pensiun",
    "meninggal": "Meninggal",
    "berhenti-sementara": "Pemberhentian Sementara",
}
SIASN_UNOR_SUB = "Subbagian Umum dan Kepegawaian"


def roster_siasn(path: Path) -> list[Baris]:
    """SIASN download: ``;``, UTF-8 with BOM, underscore headers, NIP_BARU often with an apostrophe, NIP_LAMA,
    gelar in their own columns, KEDUDUKAN_HUKUM_NAMA apart from JENIS_PEGAWAI_NAMA, no atasan; those who
    moved out are no longer in the agency's data."""
    head = [
        "PNS_ID",
        "NIP_BARU",
        "NIP_LAMA",
        "NAMA",
        "GELAR_DEPAN",
        "GELAR_BELAKANG",
        "TEMPAT_LAHIR",
        "TANGGAL_LAHIR",
        "JENIS_KELAMIN",
        "JENIS_PEGAWAI_NAMA",
        "KEDUDUKAN_HUKUM_NAMA",
        "GOL_AKHIR_NAMA",
        "JABATAN_NAMA",
        "UNOR_NAMA",
        "UNOR_INDUK_NAMA",
        "INSTANSI_INDUK_NAMA",
    ]
    rows = [head]
    out = []
    for i, o in enumerate(_roster_people(mutasi_keluar=False)):
        unit = SIASN_UNOR_SUB if (o.key == "kasubbag" or o.atasan == "kasubbag") else o.unit
        y, m, d = o.lahir
        rows.append(
            [
                _pnsid(o),
                ("'" if i % 2 else "") + o.nip,
                _nip_lama(o),
                o.nama,
                o.gelar_depan,
                o.gelar_belakang,
                bank.TEMPAT,
                f"{d:02d}-{m:02d}-{y}",
                "M" if o.gender == 1 else "F",
                {"PNS": "PNS Daerah", "CPNS": "CPNS Daerah", "PPPK": "PPPK"}[o.jenis_pegawai],
                SIASN_KEDUDUKAN[o.kedudukan],
                o.pangkat.split(", ")[-1],
                o.jabatan,
                unit,
                bank.INSTANSI_PENDEK,
                "Kabupaten Air Bening",
            ]
        )
        out.append(Baris(o.key, len(rows), unit))
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return out


SIMPEG_STATUS = {
    "tugas-belajar": "Tugas Belajar",
    "cltn": "CLTN",
    "mpp": "MPP",
    "pensiun": "Pensiun",
    "meninggal": "Meninggal Dunia",
    "mutasi-keluar": "Mutasi Keluar",
    "berhenti-sementara": "Diberhentikan Sementara",
}


def _atasan_kini(o: Orang) -> str | None:
    """The atasan in an up-to-date SIMPEG: the Plt. and the new Kasubbag TU are recorded."""
    return o.penilai or o.atasan


def roster_simpeg_koma(path: Path) -> list[Baris]:
    """SIMPEG web export: ``,``, every field quoted (names with gelar carry commas, so does a header), CRLF,
    NIP with spaces, STATUS PEGAWAI mixing jenis (PNS/CPNS/PPPK) and kedudukan; atasan kept up to date."""
    head = [
        "NO",
        "NIP",
        "NAMA LENGKAP",
        "TEMPAT, TANGGAL LAHIR",
        "PANGKAT/GOL",
        "JABATAN",
        "UNIT ORGANISASI",
        "NIP ATASAN LANGSUNG",
        "NAMA ATASAN LANGSUNG",
        "STATUS PEGAWAI",
    ]
    rows = [head]
    out = []
    for i, o in enumerate(_roster_people(), start=1):
        a = BY_KEY[_atasan_kini(o)]
        y, m, d = o.lahir
        status = o.jenis_pegawai if o.kedudukan == "aktif" else SIMPEG_STATUS[o.kedudukan]
        rows.append(
            [
                str(i),
                nip_tulis(o.nip, "spasi"),
                o.nama_lengkap,
                f"{bank.TEMPAT}, {d:02d}-{m:02d}-{y}",
                o.pangkat,
                o.jabatan,
                o.unit,
                nip_tulis(a.nip, "spasi"),
                a.nama_lengkap,
                status,
            ]
        )
        out.append(Baris(o.key, len(rows), o.unit, atasan=a.key))
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return out


NOMINATIF_KEDUDUKAN = {
    "aktif": "Aktif",
    "tugas-belajar": "Tugas Belajar",
    "cltn": "CLTN",
    "mpp": "MPP",
    "pensiun": "Pensiun",
    "meninggal": "Meninggal Dunia",
    "mutasi-keluar": "Pindah Keluar",
    "berhenti-sementara": "Pemberhentian Sementara",
}
ANGKA_NIP = {"gilang", "yoga"}  # NIP typed as a number in the Excel exports: digits lost
ANGKA_NIP_ATASAN = {"wulan"}  # the atasan's NIP typed as a number on this row


def roster_nominatif(path: Path) -> list[Baris]:
    """Daftar nominatif from a SIMPEG desktop (XlsxWriter): logo and four title rows, a header merged over two
    rows (NIP over BARU/LAMA, ATASAN LANGSUNG over NAMA/NIP), a column-number row, unit group rows and blank
    rows, a THL without NIP, NIPs as text run together, with dots or a literal apostrophe, two typed as
    numbers (digits lost), a JUMLAH row and a signature footer; atasan not yet updated (Kabid retired,
    Kasubbag TU new)."""
    s = Lembar("NOMINATIF", logo=True)
    s.put(1, 3, bank.PEMDA.upper(), b=True)
    s.merge(1, 3, 1, 12)
    s.put(2, 3, bank.INSTANSI_PENDEK.upper(), b=True)
    s.merge(2, 3, 2, 12)
    s.put(3, 3, "DAFTAR NOMINATIF PEGAWAI", b=True)
    s.merge(3, 3, 3, 12)
    s.put(4, 3, "Keadaan per 31 Desember 2025")
    s.merge(4, 3, 4, 12)
    single = {
        1: "NO",
        2: "NAMA LENGKAP",
        5: "PANGKAT/GOL",
        6: "JABATAN",
        7: "UNIT KERJA",
        10: "STATUS PEGAWAI",
        11: "KEDUDUKAN HUKUM",
        12: "KET",
    }
    for c, h in single.items():
        s.put(6, c, h, b=True)
        s.merge(6, c, 7, c)
    s.put(6, 3, "NIP", b=True)
    s.merge(6, 3, 6, 4)
    s.put(7, 3, "BARU", b=True)
    s.put(7, 4, "LAMA", b=True)
    s.put(6, 8, "ATASAN LANGSUNG", b=True)
    s.merge(6, 8, 6, 9)
    s.put(7, 8, "NAMA", b=True)
    s.put(7, 9, "NIP", b=True)
    for c in range(1, 13):
        s.put(8, c, c)
    r = 9
    out = []
    styles = ["rapat", "titik", "apostrof", "rapat"]
    n = 0
    for group_no, unit in enumerate(bank.UNITS):
        members = [o for o in _roster_people() if o.unit == unit]
        s.put(r, 1, "ABCD"[group_no], b=True)
        s.put(r, 2, unit.upper(), b=True)
        s.merge(r, 2, r, 12)
        r += 1
        for no, o in enumerate(members, start=1):
            n += 1
            a = BY_KEY[o.atasan]
            s.put(r, 1, no)
            s.put(r, 2, o.nama_lengkap)
            if o.key in ANGKA_NIP:
                s.put(r, 3, nip_angka(o.nip))
                s.numfmt[(r, 3)] = "0"
            else:
                s.put(r, 3, nip_tulis(o.nip, styles[n % 4]))
            if _nip_lama(o):
                s.put(r, 4, _nip_lama(o))
            s.put(r, 5, o.pangkat)
            s.put(r, 6, o.jabatan)
            s.put(r, 7, o.unit)
            s.put(r, 8, a.nama_lengkap)
            if o.key in ANGKA_NIP_ATASAN:
                s.put(r, 9, nip_angka(a.nip))
                s.numfmt[(r, 9)] = "0"
            else:
                s.put(r, 9, nip_tulis(a.nip, "spasi"))
            s.put(r, 10, o.jenis_pegawai)
            s.put(r, 11, NOMINATIF_KEDUDUKAN[o.kedudukan])
            out.append(
                Baris(
                    o.key,
                    r,
                    o.unit,
                    nip_terbaca=o.key not in ANGKA_NIP,
                    atasan=a.key,
                    atasan_terbaca=o.key not in ANGKA_NIP_ATASAN,
                    tertulis=repr(nip_angka(o.nip)) if o.key in ANGKA_NIP else "",
                )
            )
            r += 1
        if unit == bank.U_UPT:
            s.put(r, 1, len(members) + 1)
            s.put(r, 2, bank.THL["nama"])
            s.put(r, 3, "-")
            s.put(r, 6, bank.THL["jabatan"])
            s.put(r, 7, unit)
            s.put(r, 10, "THL")
            s.put(r, 11, "Aktif")
            s.put(r, 12, "Non ASN")
            out.append(Baris(None, r, unit, nip_terbaca=False, tertulis="-"))
            r += 1
        r += 1  # a blank row between units
    s.put(r, 2, "JUMLAH", b=True)
    s.put(r, 3, n + 1)
    r += 2
    s.put(r, 10, f"{bank.TEMPAT}, 5 Januari 2026")
    s.put(r + 1, 10, "Kepala Dinas Perpustakaan dan Kearsipan")
    kadis = BY_KEY["kadis"]
    s.put(r + 5, 10, kadis.nama_lengkap, b=True)
    s.put(r + 6, 10, "NIP. " + nip_tulis(kadis.nip, "spasi"))
    s.widths = {1: 5, 2: 34, 3: 22, 4: 12, 5: 24, 6: 34, 7: 28, 8: 30, 9: 22, 10: 12, 11: 16, 12: 10}
    s.freeze = (9, 3)
    write_xlsxwriter(path, [s])
    return out


LOKAL_STATUS = {
    "tugas-belajar": "Tugas Belajar",
    "cltn": "Cuti di Luar Tanggungan Negara",
    "mpp": "MPP",
    "pensiun": "Pensiun",
    "meninggal": "Meninggal",
    "mutasi-keluar": "Mutasi Keluar",
    "berhenti-sementara": "Pemberhentian Sementara",
}


def roster_excel_lokal(path: Path) -> list[Baris]:
    """A sheet saved by Excel as "CSV" on a computer with Indonesian regional settings: ``;`` separator,
    Windows-1252, CRLF, the sheet's title row and a blank row above the header, blank ``;;;`` rows between
    units, a curly apostrophe in a name, NIPs kept as text except two typed as numbers (written
    ``1,99911E+17`` by Excel), the NIP ATASAN of one row the same, and a closing count row. Atasan: the
    Kasubbag TU recorded, the Plt. not yet."""
    rows: list[list[str]] = [
        ["DAFTAR PEGAWAI DINAS PERPUSTAKAAN DAN KEARSIPAN"] + [""] * 6,
        [""] * 7,
        ["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "NIP Atasan", "Status"],
    ]
    out = []
    i = 0
    for unit in bank.UNITS:
        for o in [o for o in _roster_people() if o.unit == unit]:
            i += 1
            a = BY_KEY[o.penilai if o.penilai == "hasan" else o.atasan]
            nip = nip_angka_csv(o.nip) if o.key in ANGKA_NIP else o.nip
            nip_a = nip_angka_csv(a.nip) if o.key in ANGKA_NIP_ATASAN else a.nip
            status = (
                ("Aktif" if o.jenis_pegawai == "PNS" else o.jenis_pegawai)
                if o.kedudukan == "aktif"
                else LOKAL_STATUS[o.kedudukan]
            )
            rows.append(
                [str(i), nip, o.nama_lengkap.replace("'", "\u2019"), o.jabatan, o.unit, nip_a, status]
            )
            out.append(
                Baris(
                    o.key,
                    len(rows),
                    o.unit,
                    nip_terbaca=o.key not in ANGKA_NIP,
                    atasan=a.key,
                    atasan_terbaca=o.key not in ANGKA_NIP_ATASAN,
                    tertulis=nip,
                )
            )
        rows.append([""] * 7)
    rows.append(["", "", f"Jumlah: {i} pegawai", "", "", "", ""])
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("cp1252"))
    return out


PER_UNIT_STATUS = {
    "tugas-belajar": "Tugas Belajar",
    "cltn": "Cuti di Luar Tanggungan Negara",
    "mpp": "MPP",
    "pensiun": "Pensiun BUP",
    "meninggal": "Meninggal Dunia",
    "mutasi-keluar": "Mutasi Keluar",
    "berhenti-sementara": "Diberhentikan Sementara",
}


def roster_per_unit(path: Path) -> list[Baris]:
    """A roster kept by hand in Excel (openpyxl): header on row 1 with gelar in their own columns, UNIT KERJA
    written once per unit in a cell merged down its rows, NIPs with dots or spaces, NIP ATASAN sometimes
    ``NIP. …``, the Kepala Dinas's atasan left empty, a THL with no NIP, statuses as HR writes them
    (``Pensiun BUP``, ``Cuti di Luar Tanggungan Negara``), freeze panes, and a second sheet with counts."""
    s = Lembar("Daftar Pegawai", freeze=(2, 1))
    head = [
        "NO",
        "NIP",
        "NAMA",
        "GELAR DEPAN",
        "GELAR BELAKANG",
        "JABATAN",
        "UNIT KERJA",
        "NIP ATASAN",
        "NAMA ATASAN",
        "STATUS",
    ]
    for c, h in enumerate(head, start=1):
        s.put(1, c, h, b=True)
    r = 2
    out = []
    counts = []
    for unit in bank.UNITS:
        members = [o for o in _roster_people() if o.unit == unit]
        first = r
        for o in members:
            a = BY_KEY[o.atasan] if o.key != "kadis" else None
            s.put(r, 1, r - 1)
            s.put(r, 2, nip_tulis(o.nip, "titik" if r % 3 == 0 else "spasi"))
            s.put(r, 3, o.nama)
            if o.gelar_depan:
                s.put(r, 4, o.gelar_depan)
            if o.gelar_belakang:
                s.put(r, 5, o.gelar_belakang)
            s.put(r, 6, o.jabatan)
            if a is not None:
                s.put(r, 8, nip_tulis(a.nip, "nip-spasi" if r % 4 == 0 else "rapat"))
                s.put(r, 9, a.nama_lengkap)
            status = (
                ("Aktif" if o.jenis_pegawai == "PNS" else o.jenis_pegawai)
                if o.kedudukan == "aktif"
                else PER_UNIT_STATUS[o.kedudukan]
            )
            s.put(r, 10, status)
            out.append(Baris(o.key, r, unit, atasan=a.key if a else None))
            r += 1
        if unit == bank.U_UPT:
            s.put(r, 1, r - 1)
            s.put(r, 3, bank.THL["nama"])
            s.put(r, 6, bank.THL["jabatan"])
            s.put(r, 10, "Non ASN")
            out.append(Baris(None, r, unit, nip_terbaca=False, tertulis=""))
            r += 1
        s.put(first, 7, unit)
        s.merge(first, 7, r - 1, 7)
        counts.append((unit, r - first))
    s.widths = {1: 5, 2: 24, 3: 24, 4: 10, 5: 16, 6: 34, 7: 30, 8: 24, 9: 30, 10: 18}
    rekap = Lembar("Rekap")
    rekap.put(1, 1, "UNIT KERJA", b=True)
    rekap.put(1, 2, "JUMLAH", b=True)
    for i, (unit, k) in enumerate(counts, start=2):
        rekap.put(i, 1, unit)
        rekap.put(i, 2, k)
    write_openpyxl(path, [s, rekap])
    return out


ROSTERS = [
    ("siasn-ekspor.csv", roster_siasn, "SIASN: `;`, UTF-8 BOM, NIP_BARU/NIP_LAMA, tanpa atasan"),
    ("simpeg-koma.csv", roster_simpeg_koma, "SIMPEG web: `,` berkutip, NIP berspasi, atasan mutakhir"),
    (
        "nominatif-pegawai.xlsx",
        roster_nominatif,
        "nominatif Excel: judul, logo, judul kolom gabung dua baris",
    ),
    (
        "ekspor-excel-lokal.csv",
        roster_excel_lokal,
        "CSV simpanan Excel Indonesia: `;`, Windows-1252, NIP angka",
    ),
    (
        "daftar-per-unit.xlsx",
        roster_per_unit,
        "Excel manual: unit kerja digabung per kelompok, gelar terpisah",
    ),
]

# --------------------------------------------------------------------------------------------- expectations


def expectations(rows: list[Baris], submissions: list[dict]) -> dict:
    """What ``skp periksa/rekap --daftar`` must say with this roster (SPEC §7, §9)."""
    sent = {e["key"] for e in submissions}
    in_roster = {b.key: b for b in rows if b.key}
    belum, boleh_tercantum, tak_terbaca, boleh_dilaporkan = [], [], [], []
    for b in rows:
        if b.key is None:
            boleh_dilaporkan.append({"baris": b.baris, "tertulis": b.tertulis})
            continue
        o = BY_KEY[b.key]
        if not b.nip_terbaca:
            tak_terbaca.append(
                {"baris": b.baris, "nip": o.nip, "nama": o.nama_lengkap, "tertulis": b.tertulis}
            )
            if o.key not in sent and o.kedudukan in KEDUDUKAN_WAJIB:
                boleh_tercantum.append(
                    {
                        "nip": o.nip,
                        "nama": o.nama_lengkap,
                        "nama_inti": o.nama,
                        "unit": b.unit,
                        "alasan": "NIP di daftar kehilangan digit",
                    }
                )
            continue
        if not b.atasan_terbaca:
            boleh_dilaporkan.append({"baris": b.baris, "tertulis": "NIP ATASAN sebagai angka"})
        if o.key in sent:
            continue
        if o.kedudukan in KEDUDUKAN_WAJIB:
            belum.append(
                {"nip": o.nip, "nama": o.nama_lengkap, "nama_inti": o.nama, "unit": b.unit, "baris": b.baris}
            )
        elif o.kedudukan in KEDUDUKAN_TAK_PASTI:
            boleh_tercantum.append(
                {
                    "nip": o.nip,
                    "nama": o.nama_lengkap,
                    "nama_inti": o.nama,
                    "unit": b.unit,
                    "alasan": f"kedudukan {o.kedudukan} tidak disebut SPEC §9",
                }
            )
    temuan, temuan_boleh = [], []
    for e in submissions:
        b = in_roster.get(e["key"])
        sheet, cell = "SKP", e["sel_nip"]
        if b is None:
            temuan.append(
                {"file": e["file"], "code": "pegawai-tidak-dalam-daftar", "sheet": sheet, "cell": cell}
            )
            continue
        if not b.nip_terbaca:
            temuan_boleh.append({"file": e["file"], "code": "pegawai-tidak-dalam-daftar"})
            continue
        if b.atasan is not None and b.atasan_terbaca and BY_KEY[b.atasan].nip != e["nip_penilai"]:
            temuan.append(
                {
                    "file": e["file"],
                    "code": "penilai-tidak-sesuai-daftar",
                    "sheet": sheet,
                    "cell": e["sel_nip_penilai"],
                }
            )
    return {
        "belum_mengirim": belum,
        "boleh_tercantum": boleh_tercantum,
        "baris_tak_terbaca": tak_terbaca,
        "baris_boleh_dilaporkan": boleh_dilaporkan,
        "temuan": temuan,
        "temuan_boleh": temuan_boleh,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--daftar", type=Path, default=None, help="folder daftar pegawai (bawaan: HERE/daftar)")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    daftar_dir = args.daftar or (
        HERE / "daftar"
        if args.keluaran == HERE / "kiriman"
        else args.keluaran.parent / f"{args.keluaran.name}-daftar"
    )
    args.keluaran.mkdir(parents=True, exist_ok=True)
    daftar_dir.mkdir(parents=True, exist_ok=True)
    submissions = build_submissions(args.keluaran)
    ganda = [
        {"file": e["file"], "code": "skp-ganda"}
        for e in submissions
        if sum(x["key"] == e["key"] for x in submissions) > 1
    ]
    manifest = {
        "set": "nyata_k",
        "seed": SEED,
        "kiriman": submissions,
        "tanpa_daftar": {"temuan": ganda},
        "daftar": [],
    }
    for name, build, bentuk in ROSTERS:
        rows = build(daftar_dir / name)
        exp = expectations(rows, submissions)
        manifest["daftar"].append({"file": name, "bentuk": bentuk, **exp})
    args.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(submissions)} kiriman, {len(ROSTERS)} daftar -> {args.keluaran}, {daftar_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
