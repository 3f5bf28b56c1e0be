"""Generator of the held-out BATCH set ``nyata_ab``: Matriks Pembagian Peran dan Hasil as koordinator/atasan
fill it, in the koordinator's own SKP workbook, measured as one folder.

Built from SPEC §2–§5, §7, §8 and the user docs only (see README). Every workbook is laid out in a cell grid
first, so the cell of each planted defect is known; batch expectations (``rk-atasan-tidak-cocok``,
``rk-atasan-tidak-diintervensi``, ``target-kaskade-tidak-seimbang``) are computed from the organisation model,
not from the workbooks.

Usage: ``python benchmarks/nyata_ab/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261206
TAHUN = 2026
METODE = {
    "beban": "Pembagian beban target kuantitatif",
    "aspek": "Pembagian aspek",
    "wilayah": "Pembagian wilayah",
    "layanan": "Pendekatan layanan",
    "output": "Pendekatan output antara",
}
DIRECT = {"beban", "aspek", "wilayah"}
BUTIR = {
    "Perencana": ("Menyusun rancangan dokumen perencanaan", "Dokumen", 0.24),
    "Pranata Komputer": ("Melakukan pengembangan modul aplikasi", "Modul", 0.15),
    "Analis Ketahanan Pangan": ("Melakukan verifikasi data cadangan pangan", "Laporan", 0.12),
    "Penyuluh Perikanan": ("Melakukan bimbingan penerapan teknologi budidaya ikan", "Laporan", 0.08),
    "Pengawas Mutu Hasil Pertanian": ("Melakukan pengambilan contoh pangan segar", "Berita acara", 0.02),
    "Analis Kebijakan": ("Menyusun rekomendasi kebijakan", "Naskah rekomendasi", 0.5),
    "Statistisi": ("Melakukan analisis data statistik sektoral", "Laporan", 0.1),
    "Arsiparis": ("Melakukan penataan berkas arsip dinamis", "Berkas", 0.005),
    "Teknik Jalan dan Jembatan": ("Melakukan survei kondisi jalan dan jembatan", "Laporan survei", 0.06),
    "Penata Bangunan Gedung": ("Melakukan pemeriksaan dokumen teknis bangunan gedung", "Dokumen", 0.04),
    "Auditor": ("Melaksanakan audit kinerja", "Kertas kerja audit", 0.3),
}
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def num(target: str) -> tuple[float | None, str]:
    m = re.match(r"\s*([\d.]+(?:,\d+)?)\s*(.*)$", target)
    if not m:
        return None, ""
    return float(m.group(1).replace(".", "").replace(",", ".")), m.group(2).strip()


def make_nip(rng: random.Random, gender: int, pangkat: str) -> str:
    gol = pangkat.rsplit(",", 1)[-1].strip()
    lo, hi = {"IV": (1966, 1978), "III/c": (1975, 1987), "III/d": (1972, 1985), "II": (1978, 1997)}.get(
        gol if gol.startswith("III/c") or gol.startswith("III/d") else gol.split("/")[0], (1986, 1997)
    )
    y = rng.randint(lo, hi)
    birth = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{y + rng.randint(22, 28)}{rng.choice([1, 2, 3, 4, 12]):02d}"
    return f"{birth}{tmt}{gender}{rng.randint(1, 12):03d}"


class Grid:
    def __init__(self, ws):
        self.ws = ws

    def put(self, row: int, col: int, value, bold: bool = False, rows: int = 1, cols: int = 1) -> str:
        c = self.ws.cell(row=row, column=col, value=value)
        c.alignment = WRAP
        if bold:
            c.font = BOLD
        if rows > 1 or cols > 1:
            self.ws.merge_cells(
                start_row=row, start_column=col, end_row=row + rows - 1, end_column=col + cols - 1
            )
        return f"{get_column_letter(col)}{row}"


# ----------------------------------------------------------------------------------------------- the model


def build_people() -> dict[str, bank.Person]:
    rng = random.Random(SEED)
    people: dict[str, bank.Person] = {}
    for key, nama, pangkat, jab, form, unit, inst, atasan, layout, mid in bank.PEOPLE:
        female = any(
            w in nama
            for w in (
                "Sri",
                "Nurul",
                "Lestari",
                "Siti",
                "Wulan",
                "Maria",
                "Ratna",
                "Melati",
                "Elisabeth",
                "Anisa",
                "Dewi",
                "Putri",
                "Ni ",
                "Yuliana",
                "Nurlaela",
                "Rosalina",
                "Kristina",
                "Theresia",
                "Veronika",
                "Magdalena",
                "Fransiska",
                "Emiliana",
                "Fitri",
                "Yohana",
            )
        )
        people[key] = bank.Person(
            key,
            nama,
            make_nip(rng, 2 if female else 1, pangkat),
            pangkat,
            jab,
            form,
            unit,
            inst,
            atasan,
            layout,
            mid or "nama_nip",
        )
    for key, rks in bank.top_rks().items():
        people[key].rks = rks

    def walk(rk: bank.RK) -> None:
        for b in rk.bagi:
            people[b.member].rks.append(b.rk)
            walk(b.rk)

    for key in list(people):
        if people[key].form.startswith("jpt"):
            for rk in list(people[key].rks):
                walk(rk)
    for key, d in bank.DEFECTS.items():
        people[key].defects = d
    return people


def parent_of(people: dict[str, bank.Person]) -> dict[int, tuple[str, bank.RK]]:
    """id(member RK) -> (koordinator key, koordinator RK)."""
    out: dict[int, tuple[str, bank.RK]] = {}
    for p in people.values():
        for rk in p.rks:
            for b in rk.bagi:
                out[id(b.rk)] = (p.key, rk)
    return out


def members_of(people: dict[str, bank.Person], key: str) -> list[str]:
    """The Matriks rows: subordinates in bank order, then members from other units named in a cell."""
    subs = [p.key for p in people.values() if p.atasan == key and p.form]
    outs: list[str] = []
    for rk in people[key].rks:
        for b in rk.bagi:
            if b.member not in subs and b.member not in outs:
                outs.append(b.member)
    return subs + outs


# --------------------------------------------------------------------------------------------- the SKP sheet


def fmt_nip(nip: str, spaced: bool) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if spaced else nip


def unit_kerja(p: bank.Person) -> str:
    inst = bank.INSTANSI[p.instansi][0].title().replace(" Dan ", " dan ")
    return inst if p.form.startswith("jpt") else f"{p.unit}, {inst}"


def kategori(aspek: str, target: str) -> tuple[str, str, str]:
    if aspek == "Waktu":
        return f"> {target}", target, f"< {target}"
    return f"< {target}", target, f"> {target}"


def ikis_of(p: bank.Person, i: int, rk: bank.RK) -> list[list[str]]:
    rows = [
        ["Kuantitas", rk.iki, rk.target],
        ["Kualitas", "Persentase hasil kerja yang sesuai standar mutu", "90 %"],
    ]
    if i == 0:
        rows.append(["Waktu", "Waktu penyelesaian hasil kerja", "12 bulan"])
    return rows


def write_skp(ws, p: bank.Person, people, parents, nip_spaced: bool) -> dict:
    g = Grid(ws)
    inst_name, kota, (kd_nama, kd_jab, kd_inst) = bank.INSTANSI[p.instansi]
    jpt = p.form.startswith("jpt")
    peng = p.form.endswith("pengembangan")
    g.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", True)
    g.put(2, 1, inst_name, True)
    g.put(3, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    g.put(5, 1, "NO", True)
    g.put(5, 2, "PEGAWAI YANG DINILAI", True, cols=2)
    g.put(5, 4, "NO", True)
    g.put(5, 5, "PEJABAT PENILAI KINERJA", True, cols=2)
    if p.atasan:
        a = people[p.atasan]
        pen = [a.nama, fmt_nip(a.nip, nip_spaced), a.pangkat, a.jabatan, unit_kerja(a)]
        unit_label = "UNIT KERJA"
    else:
        pen = [kd_nama, "-", "-", kd_jab, kd_inst]
        unit_label = "INSTANSI"
    own = [p.nama, fmt_nip(p.nip, nip_spaced), p.pangkat, p.jabatan, unit_kerja(p)]
    for k, label in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]):
        g.put(6 + k, 1, str(k + 1))
        g.put(6 + k, 2, label)
        g.put(6 + k, 3, own[k])
        g.put(6 + k, 4, str(k + 1))
        g.put(6 + k, 5, unit_label if k == 4 else label)
        g.put(6 + k, 6, pen[k])
    rec: dict = {"rk": []}
    h = 12
    if jpt:
        heads = (["PERSPEKTIF"] if peng else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        for c, t in enumerate(heads, 1):
            g.put(h, c, t, True)
        off = 1 if peng else 0
        r = h + 1
        g.put(r, 1, "A. KINERJA UTAMA", True)
        r += 1
        for i, rk in enumerate(p.rks):
            if peng:
                g.put(r, 1, rk.perspektif)
            g.put(r, 1 + off, str(i + 1))
            rc = g.put(r, 2 + off, rk.text)
            g.put(r, 3 + off, rk.iki)
            tc = g.put(r, 4 + off, rk.target)
            rec["rk"].append({"rk": rc, "target": tc, "iki": [{"target": tc}]})
            r += 1
        g.put(r, 1, "B. KINERJA TAMBAHAN", True)
        r += 1
        t_rk, t_iki, t_target = bank.TAMBAHAN_JPT
        if peng:
            g.put(r, 1, "Penguatan Internal")
        g.put(r, 1 + off, "1")
        g.put(r, 2 + off, t_rk)
        g.put(r, 3 + off, t_iki)
        g.put(r, 4 + off, t_target)
        r += 1
    else:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        if peng:
            for c, t in enumerate(heads, 1):
                g.put(h, c, t, True, rows=2)
            g.put(h, 7, "KATEGORI PENILAIAN KINERJA", True, cols=3)
            g.put(h, 10, "CARA MEMANTAU KINERJA", True, cols=3)
            for c, t in enumerate(
                ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"], 7
            ):
                g.put(h + 1, c, t, True)
            r = h + 2
        else:
            for c, t in enumerate(heads, 1):
                g.put(h, c, t, True)
            r = h + 1
        g.put(r, 1, "A. KINERJA UTAMA", True)
        r += 1
        d = p.defects
        for i, rk in enumerate(p.rks):
            ikis = ikis_of(p, i, rk)
            n = len(ikis)
            atasan_text = parents[id(rk)][1].text
            if d.get("salah_rk_atasan", (None,))[0] == i:
                atasan_text = d["salah_rk_atasan"][1]
            if d.get("rk_atasan_kosong") == i:
                atasan_text = None
            rk_text = rk.text
            if d.get("aktivitas", (None,))[0] == i:
                rk_text = d["aktivitas"][1]
            g.put(r, 1, str(i + 1), rows=n)
            ac = g.put(r, 2, atasan_text, rows=n)
            rc = g.put(r, 3, rk_text, rows=n)
            one = {"rk": rc, "atasan": ac, "iki": [], "memantau": []}
            for k, (asp, iki, target) in enumerate(ikis):
                if d.get("aspek", (None,))[:2] == (i, k):
                    asp = d["aspek"][2]
                if d.get("absolut", (None,))[:2] == (i, k):
                    iki = d["absolut"][2]
                cats = kategori(asp, target)
                if d.get("iki_tanpa_target") == (i, k):
                    target = None
                if d.get("tanpa_satuan") == (i, k):
                    target = str(int(num(target)[0] or 0))
                if d.get("tidak_terukur", (None,))[:2] == (i, k):
                    target = d["tidak_terukur"][2]
                row = r + k
                cell = {
                    "aspek": g.put(row, 4, asp),
                    "iki": g.put(row, 5, iki),
                    "target": g.put(row, 6, target),
                }
                if peng:
                    c, b, sb = cats
                    if d.get("sb_sama") == (i, k):
                        sb = b
                    g.put(row, 7, c)
                    g.put(row, 8, b)
                    cell["sb"] = g.put(row, 9, sb)
                one["iki"].append(cell)
            if peng:
                vals = [f"Laporan capaian: {rk.text.lower()}", f"{p.unit}", "Triwulanan"]
                if d.get("memantau_kosong") == i:
                    vals = [None, None, None]
                one["memantau"] = [g.put(r, 10 + k, v, rows=n) for k, v in enumerate(vals)]
            rec["rk"].append(one)
            r += n
        g.put(r, 1, "B. KINERJA TAMBAHAN", True)
        r += 1
        t_rk, t_iki, t_target = bank.TAMBAHAN_JA
        g.put(r, 1, "1")
        g.put(r, 3, t_rk)
        g.put(r, 4, "Kuantitas")
        g.put(r, 5, t_iki)
        g.put(r, 6, t_target)
        if peng:
            for c, v in zip(
                range(7, 13),
                [
                    *kategori("Kuantitas", t_target),
                    "Sertifikat pelatihan",
                    "Subbagian Umum dan Kepegawaian",
                    "Semesteran",
                ],
                strict=True,
            ):
                g.put(r, c, v)
        r += 1
    r += 1
    g.put(r, 5, f"{kota}, 5 Januari {TAHUN}")
    g.put(r + 1, 2, "Pejabat Penilai Kinerja")
    g.put(r + 1, 5, "Pegawai yang Dinilai")
    g.put(r + 5, 2, pen[0])
    g.put(r + 5, 5, p.nama)
    g.put(r + 6, 2, f"NIP. {pen[1]}" if p.atasan else "")
    g.put(r + 6, 5, f"NIP. {fmt_nip(p.nip, nip_spaced)}")
    for col, w in zip("ABCDEFGHIJKL", [6, 38, 38, 12, 38, 16, 14, 14, 14, 24, 22, 16], strict=True):
        ws.column_dimensions[col].width = w
    return rec


def write_manual(ws, p: bank.Person) -> None:
    g = Grid(ws)
    g.put(1, 1, "MANUAL INDIKATOR KINERJA", True)
    r = 3
    items = [(rk.text, rk.iki, rk.target) for rk in p.rks] + [bank.TAMBAHAN_JPT]
    for rk, iki, target in items:
        satuan = num(target)[1] or "-"
        rows = [
            ("RENCANA KINERJA", rk),
            ("DESKRIPSI RENCANA KINERJA", f"{rk} sebagai hasil yang dicapai dinas pada tahun {TAHUN}"),
            ("INDIKATOR KINERJA INDIVIDU", iki),
            ("DEFINISI IKI", f"{iki} yang dicatat sampai akhir periode penilaian"),
            ("FORMULA", f"Realisasi {iki.lower()} dibandingkan dengan target"),
            ("TUJUAN", f"Mengukur tercapainya {rk.lower()}"),
            ("SATUAN PENGUKURAN", satuan),
            ("JENIS ASPEK TARGET", "Kuantitas"),
            ("TINGKAT KENDALI IKI", "Moderate"),
            ("SUMBER DATA", "Laporan kinerja unit"),
            ("PERIODE PELAPORAN", "Triwulanan"),
        ]
        for label, val in rows:
            g.put(r, 1, label, True)
            g.put(r, 2, val)
            r += 1
        r += 1
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 70


def write_ak(ws, p: bank.Person, people) -> None:
    g = Grid(ws)
    butir = next(v for k, v in BUTIR.items() if p.jabatan.startswith(k))
    a = people[p.atasan]
    g.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", True)
    g.put(2, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}")
    g.put(3, 1, f"TANGGAL PENGAJUAN: 5 Januari {TAHUN}")
    g.put(5, 1, "NO", True)
    g.put(5, 2, "PEGAWAI YANG DINILAI", True, cols=2)
    g.put(5, 4, "NO", True)
    g.put(5, 5, "PEJABAT PENILAI KINERJA", True, cols=2)
    own = [p.nama, p.nip, p.pangkat, p.jabatan, p.unit]
    pen = [a.nama, a.nip, a.pangkat, a.jabatan, a.unit]
    for k, label in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]):
        g.put(6 + k, 1, str(k + 1))
        g.put(6 + k, 2, label)
        g.put(6 + k, 3, own[k])
        g.put(6 + k, 4, str(k + 1))
        g.put(6 + k, 5, label)
        g.put(6 + k, 6, pen[k])
    for c, t in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        g.put(12, c, t, True)
    g.put(13, 1, "KINERJA UTAMA", True)
    for i, rk in enumerate(p.rks):
        text = p.defects["aktivitas"][1] if p.defects.get("aktivitas", (None,))[0] == i else rk.text
        g.put(14 + i, 1, str(i + 1))
        g.put(14 + i, 2, text)
        g.put(14 + i, 3, butir[0])
        g.put(14 + i, 4, butir[1])
        g.put(14 + i, 5, butir[2])
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 45


# ------------------------------------------------------------------------------------------------ the Matriks


def member_label(m: bank.Person, how: str) -> str:
    if how == "jabatan":
        return m.jabatan if m.form else f"{m.jabatan} ({m.unit})"
    if how == "nama":
        return m.nama if m.form else f"{m.nama} ({m.unit})"
    return f"{m.nama}\nNIP. {fmt_nip(m.nip, True)}" + ("" if m.form else f"\n{m.unit}")


def cell_text(rk: bank.RK, key: str, style: str) -> str | None:
    parts = [b for b in rk.bagi if b.member == key]
    if not parts:
        return None
    texts = []
    for b in parts:
        t = f"{b.label}: {b.rk.text}" if b.label else b.rk.text
        if rk.method in DIRECT:
            t += f" ({b.rk.target})"
        if style == "per_sel":
            jenis = "Langsung" if rk.method in DIRECT else "Tidak langsung"
            t = f"{jenis} - {METODE[rk.method].lower()}:\n{t}"
        texts.append(t)
    if len(texts) == 1:
        return texts[0]
    return "\n".join(f"{k + 1}. {t}" for k, t in enumerate(texts))


def jenis_text(rk: bank.RK, indonesian: bool) -> str:
    if indonesian:
        return "Langsung" if rk.method in DIRECT else "Tidak Langsung"
    return "Direct Cascading" if rk.method in DIRECT else "Non-Direct Cascading"


def title_rows(g: Grid, p: bank.Person, row: int = 1) -> None:
    inst_name = bank.INSTANSI[p.instansi][0]
    g.put(row, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", True)
    g.put(row + 1, 1, f"{p.unit.upper()} - {inst_name}")
    g.put(row + 2, 1, f"Koordinator: {p.nama} ({p.jabatan}) - Tahun {TAHUN}")


def write_matriks(wb, p: bank.Person, people, before: int | None) -> dict:
    """Write the Matriks sheet(s) of a koordinator; returns per RK index: target cell, header cell, member
    part cells (sheet, cell)."""
    members = members_of(people, p.key)
    rec: dict[int, dict] = {}
    rks = p.rks
    if p.layout in ("kolom", "per_sel"):
        name = "Matriks Peran Hasil" if p.layout == "kolom" else "Cascading"
        ws = wb.create_sheet(name, before) if before is not None else wb.create_sheet(name)
        g = Grid(ws)
        title_rows(g, p)
        idcols = {
            "nama_nip": ["NAMA", "NIP", "JABATAN"],
            "nama": ["NAMA PEGAWAI"],
            "jabatan": ["JABATAN"],
            "satu_sel": ["NAMA / NIP"],
        }[p.member_id]
        g.put(5, 1, "NO", True, rows=2)
        for c, t in enumerate(idcols, 2):
            g.put(5, c, t, True, rows=2)
        c0 = 2 + len(idcols)
        g.put(5, c0, "RENCANA KINERJA ATASAN", True, cols=len(rks))
        lab = c0 - 1
        indonesian = p.key == "dkpp_kabid_dkp"
        extra = ["TARGET"] if p.layout == "per_sel" else ["JENIS PENYELARASAN", "PENDEKATAN", "TARGET"]
        for k, rk in enumerate(rks):
            head = f"RK {k + 1}. {rk.text}" if p.layout == "per_sel" else rk.text
            hc = g.put(6, c0 + k, head, True)
            rec[k] = {"header": (name, hc), "parts": []}
            for e, label in enumerate(extra):
                row = 7 + e
                g.put(row, lab, label, True)
                if label == "JENIS PENYELARASAN":
                    g.put(row, c0 + k, jenis_text(rk, indonesian))
                elif label == "PENDEKATAN":
                    g.put(row, c0 + k, METODE[rk.method])
                else:
                    rec[k]["target"] = (name, g.put(row, c0 + k, f"Target: {rk.target}"))
        r = 7 + len(extra)
        for n, key in enumerate(members):
            m = people[key]
            g.put(r, 1, str(n + 1))
            if p.member_id == "nama_nip":
                g.put(r, 2, m.nama if m.form else f"{m.nama} ({m.unit})")
                g.put(r, 3, fmt_nip(m.nip, False))
                g.put(r, 4, m.jabatan)
            else:
                g.put(r, 2, member_label(m, p.member_id))
            for k, rk in enumerate(rks):
                txt = cell_text(rk, key, p.layout)
                cc = g.put(r, c0 + k, txt)
                if txt:
                    rec[k]["parts"].append((name, cc))
            r += 1
        g.put(r + 1, 1, "Catatan:")
        g.put(r + 2, 1, "1. Sel kosong berarti anggota tidak mendapat peran pada RK tersebut.")
        g.put(r + 3, 1, "2. Hasil pada setiap sel menjadi RK anggota dan RK atasan di kolom 2 SKP anggota.")
        for c in range(1, c0 + len(rks)):
            ws.column_dimensions[get_column_letter(c)].width = 8 if c == 1 else 34
    elif p.layout == "baris":
        name = "MATRIKS PEMBAGIAN PERAN"
        ws = wb.create_sheet(name, before) if before is not None else wb.create_sheet(name)
        g = Grid(ws)
        title_rows(g, p)
        g.put(5, 1, "NO", True, rows=2)
        g.put(5, 2, "RENCANA KINERJA ATASAN YANG DICASCADE", True, rows=2)
        g.put(5, 3, "JENIS PENYELARASAN", True, rows=2)
        g.put(5, 4, "TARGET", True, rows=2)
        g.put(5, 5, "PERAN DAN HASIL ANGGOTA TIM", True, cols=len(members))
        for n, key in enumerate(members):
            g.put(6, 5 + n, member_label(people[key], p.member_id), True)
        for k, rk in enumerate(rks):
            r = 7 + k
            g.put(r, 1, str(k + 1))
            hc = g.put(r, 2, rk.text)
            g.put(r, 3, f"{jenis_text(rk, False)}\n({METODE[rk.method].lower()})")
            rec[k] = {"header": (name, hc), "target": (name, g.put(r, 4, rk.target)), "parts": []}
            for n, key in enumerate(members):
                txt = cell_text(rk, key, p.layout)
                cc = g.put(r, 5 + n, txt)
                if txt:
                    rec[k]["parts"].append((name, cc))
        r = 7 + len(rks) + 1
        g.put(
            r, 1, "Keterangan: matriks disepakati dalam dialog kinerja tanggal 3 Januari " + str(TAHUN) + "."
        )
        for c in range(1, 5 + len(members)):
            ws.column_dimensions[get_column_letter(c)].width = 8 if c == 1 else 32
    else:  # per_rk: one sheet per RK
        for k, rk in enumerate(rks):
            name = f"Matriks RK {k + 1}"
            ws = wb.create_sheet(name)
            g = Grid(ws)
            title_rows(g, p)
            g.put(5, 1, "RENCANA KINERJA ATASAN", True)
            g.put(5, 2, ":")
            hc = g.put(5, 3, rk.text, cols=3)
            g.put(6, 1, "JENIS PENYELARASAN", True)
            g.put(6, 2, ":")
            g.put(6, 3, jenis_text(rk, False))
            g.put(7, 1, "METODE", True)
            g.put(7, 2, ":")
            g.put(7, 3, METODE[rk.method])
            g.put(8, 1, "TARGET", True)
            g.put(8, 2, ":")
            tc = g.put(8, 3, rk.target)
            rec[k] = {"header": (name, hc), "target": (name, tc), "parts": []}
            if p.member_id == "jabatan":
                heads = ["NO", "JABATAN", "UNIT KERJA", "HASIL YANG DIHARAPKAN", "TARGET"]
            else:
                heads = ["NO", "NAMA", "NIP", "JABATAN", "UNIT KERJA", "HASIL YANG DIHARAPKAN", "TARGET"]
            for c, t in enumerate(heads, 1):
                g.put(10, c, t, True)
            r = 11
            for n, key in enumerate(members):
                m = people[key]
                vals = [str(n + 1)] + (
                    [m.jabatan, m.unit]
                    if p.member_id == "jabatan"
                    else [m.nama, fmt_nip(m.nip, True), m.jabatan, m.unit]
                )
                for c, v in enumerate(vals, 1):
                    g.put(r, c, v)
                parts = [b for b in rk.bagi if b.member == key]
                hasil = "; ".join(f"{b.label}: {b.rk.text}" if b.label else b.rk.text for b in parts) or None
                tgt = "; ".join(b.rk.target for b in parts) or None
                g.put(r, len(vals) + 1, hasil)
                pc = g.put(r, len(vals) + 2, tgt)
                if parts:
                    rec[k]["parts"].append((name, pc))
                r += 1
            g.put(
                r + 1,
                1,
                "Catatan: target anggota disepakati dalam dialog kinerja; baris tanpa hasil berarti "
                "anggota tidak berperan pada RK ini.",
            )
            for c, w in zip("ABCDEFG", [22, 28, 24, 30, 30, 44, 16], strict=True):
                ws.column_dimensions[c].width = w
    return rec


# ----------------------------------------------------------------------------------------------- expectations


def kaskade_status(rk: bank.RK) -> str:
    """'' (adds up, or not a beban split), 'defect' or 'boleh' (SPEC leaves it open)."""
    if rk.method != "beban" or not rk.bagi:
        return ""
    whole, sat = num(rk.target)
    parts = [num(b.rk.target) for b in rk.bagi]
    if sat == "%" or any(s != sat for _, s in parts):
        return "boleh"
    total = sum(v or 0 for v, _ in parts)
    return "" if abs(total - (whole or 0)) < 1e-9 else "defect"


def build(out: Path, harapan: Path) -> None:
    people = build_people()
    parents = parent_of(people)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED + 1)
    folders = {
        "dkpp": "DKPP Lembah Sari",
        "pupr": "Dinas PUPR Lembah Sari",
        "brida": "BRIDA Teluk Damar",
        "insp": "Inspektorat Teluk Damar",
    }
    recs: dict[str, dict] = {}
    mrecs: dict[str, dict] = {}
    for n, p in enumerate(x for x in people.values() if x.form):
        sub = folders[p.instansi] + ("" if p.form.startswith("jpt") else f"/{p.unit}")
        pattern = bank.NAMA_BERKAS[n % len(bank.NAMA_BERKAS)]
        short = re.sub(r"^(Dr\.|Dra\.|Drs\.|Ir\.|Hj\.|H\.|dr\.)\s*", "", p.nama).split(",")[0]
        fname = pattern.format(
            nama=short,
            nip=p.nip,
            NAMA=short.upper(),
            nama_=short.lower().replace(" ", "_"),
            jab_=re.sub(r"\W+", "_", p.jabatan.lower())[:30].strip("_"),
        )
        p.folder, p.filename = sub, fname
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "SKP"
        recs[p.key] = write_skp(ws, p, people, parents, nip_spaced=rng.random() < 0.3)
        if p.form.startswith("jpt"):
            write_manual(wb.create_sheet("Manual IKI"), p)
        if p.form.startswith("jf") and not p.defects.get("tanpa_ak"):
            write_ak(wb.create_sheet("Keterkaitan AK"), p, people)
        if p.layout:
            before = 0 if p.layout in ("baris", "per_sel") else None
            mrecs[p.key] = write_matriks(wb, p, people, before)
        (out / sub).mkdir(parents=True, exist_ok=True)
        wb.save(out / sub / fname)

    files = []
    by_key = {p.key: p for p in people.values() if p.form}
    for p in by_key.values():
        defects: list[dict] = []
        boleh: list[dict] = []
        rec = recs[p.key]
        d = p.defects
        sk = "SKP"
        if "salah_rk_atasan" in d:
            i = d["salah_rk_atasan"][0]
            defects.append(
                {
                    "code": "rk-atasan-tidak-cocok",
                    "severity": "error",
                    "sheet": sk,
                    "cell": rec["rk"][i]["atasan"],
                    "alt_cells": [],
                }
            )
        if "iki_tanpa_target" in d:
            i, k = d["iki_tanpa_target"]
            defects.append(
                {
                    "code": "iki-tanpa-target",
                    "severity": "error",
                    "sheet": sk,
                    "cell": rec["rk"][i]["iki"][k]["target"],
                    "alt_cells": [],
                }
            )
        if "tanpa_satuan" in d:
            i, k = d["tanpa_satuan"]
            defects.append(
                {
                    "code": "target-tanpa-satuan",
                    "severity": "peringatan",
                    "sheet": sk,
                    "cell": rec["rk"][i]["iki"][k]["target"],
                    "alt_cells": [],
                }
            )
        if "tanpa_ak" in d:
            defects.append(
                {
                    "code": "keterkaitan-ak-hilang",
                    "severity": "error",
                    "sheet": None,
                    "cell": None,
                    "alt_cells": [],
                }
            )
        if "sb_sama" in d:
            i, k = d["sb_sama"]
            c = rec["rk"][i]["iki"][k]
            defects.append(
                {
                    "code": "kategori-tidak-membedakan",
                    "severity": "error",
                    "sheet": sk,
                    "cell": c["sb"],
                    "alt_cells": [{"sheet": sk, "cell": c["target"]}],
                }
            )
        if "rk_atasan_kosong" in d:
            i = d["rk_atasan_kosong"]
            defects.append(
                {
                    "code": "rk-atasan-kosong",
                    "severity": "error",
                    "sheet": sk,
                    "cell": rec["rk"][i]["atasan"],
                    "alt_cells": [{"sheet": sk, "cell": rec["rk"][i]["rk"]}],
                }
            )
        if "aspek" in d:
            i, k, _ = d["aspek"]
            defects.append(
                {
                    "code": "aspek-tidak-valid",
                    "severity": "error",
                    "sheet": sk,
                    "cell": rec["rk"][i]["iki"][k]["aspek"],
                    "alt_cells": [],
                }
            )
        if "aktivitas" in d:
            i = d["aktivitas"][0]
            defects.append(
                {
                    "code": "rk-berbasis-aktivitas",
                    "severity": "peringatan",
                    "sheet": sk,
                    "cell": rec["rk"][i]["rk"],
                    "alt_cells": [],
                }
            )
        if "memantau_kosong" in d:
            i = d["memantau_kosong"]
            cells = rec["rk"][i]["memantau"]
            defects.append(
                {
                    "code": "cara-memantau-kosong",
                    "severity": "error",
                    "sheet": sk,
                    "cell": cells[0],
                    "alt_cells": [{"sheet": sk, "cell": c} for c in cells[1:]]
                    + [{"sheet": sk, "cell": rec["rk"][i]["rk"]}],
                }
            )
        if "tidak_terukur" in d:
            i, k, _ = d["tidak_terukur"]
            defects.append(
                {
                    "code": "target-tidak-terukur",
                    "severity": "error",
                    "sheet": sk,
                    "cell": rec["rk"][i]["iki"][k]["target"],
                    "alt_cells": [],
                }
            )
        if "absolut" in d:
            i, k, _ = d["absolut"]
            c = rec["rk"][i]["iki"][k]
            defects.append(
                {
                    "code": "target-absolut",
                    "severity": "peringatan",
                    "sheet": sk,
                    "cell": c["iki"],
                    "alt_cells": [{"sheet": sk, "cell": c["target"]}],
                }
            )
        # batch: the split of each beban RK in this koordinator's Matriks
        for i, rk in enumerate(p.rks):
            st = kaskade_status(rk)
            if not st:
                continue
            m = mrecs[p.key][i]
            if st == "defect":
                alts = [{"sheet": s, "cell": c} for s, c in [m["header"], *m["parts"]]]
                defects.append(
                    {
                        "code": "target-kaskade-tidak-seimbang",
                        "severity": "peringatan",
                        "sheet": m["target"][0],
                        "cell": m["target"][1],
                        "alt_cells": alts,
                    }
                )
            else:
                boleh.append(
                    {
                        "code": "target-kaskade-tidak-seimbang",
                        "severity": "peringatan",
                        "sheet": m["target"][0],
                        "cell": m["target"][1],
                    }
                )
        # batch: atasan RK no submitted subordinate intervenes (only when some subordinate fills column 2)
        subs = [s for s in by_key.values() if s.atasan == p.key]
        if subs and p.rks:
            cited: set[str] = set()
            for s in subs:
                for i, rk in enumerate(s.rks):
                    if s.defects.get("rk_atasan_kosong") == i:
                        continue
                    if s.defects.get("salah_rk_atasan", (None,))[0] == i:
                        cited.add(s.defects["salah_rk_atasan"][1])
                        continue
                    cited.add(parents[id(rk)][1].text)
            for i, rk in enumerate(p.rks):
                if rk.text not in cited:
                    alts = []
                    if p.key in mrecs:
                        alts.append(
                            {"sheet": mrecs[p.key][i]["header"][0], "cell": mrecs[p.key][i]["header"][1]}
                        )
                    defects.append(
                        {
                            "code": "rk-atasan-tidak-diintervensi",
                            "severity": "peringatan",
                            "sheet": sk,
                            "cell": rec["rk"][i]["rk"],
                            "alt_cells": alts,
                        }
                    )
        files.append(
            {
                "file": f"{p.folder}/{p.filename}",
                "form": p.form,
                "clean": not defects,
                "defects": defects,
                "boleh": boleh,
                "nip": p.nip,
                "nip_penilai": people[p.atasan].nip if p.atasan else None,
                "jabatan": p.jabatan,
                "instansi": bank.INSTANSI[p.instansi][0],
                "matriks": p.layout or None,
                "matriks_anggota": p.member_id if p.layout else None,
                "metode": sorted({rk.method for rk in p.rks if rk.method}),
            }
        )
    files.sort(key=lambda f: f["file"])
    manifest = {"set": "nyata_ab", "seed": SEED, "tahun": TAHUN, "files": files}
    harapan.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Membangun set tertahan nyata_ab (Matriks Pembagian Peran dan Hasil)."
    )
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    build(a.keluaran, a.harapan)
    return 0


if __name__ == "__main__":
    sys.exit(main())
