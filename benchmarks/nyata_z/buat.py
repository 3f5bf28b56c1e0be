"""Build the held-out set ``nyata_z``: SKP workbooks laid out for printing and signing.

Each workbook is first laid out as a grid of cells (``Lembar``), so that the cell of every injected defect is
known; the grid is then written with openpyxl or XlsxWriter, and a few are saved again by LibreOffice.
Traits: the table header repeated where a printed page breaks (full, or only the column-number row), page
number rows (``Halaman 1 dari 2``, ``- 2 -``), ``Lanjutan`` rows, a blank area at the break, the signature
block at the end, after each page or beside the table (``Mengetahui,``, ``a.n.``, ``Plt.``, ``ttd``,
``Cap Dinas``), notes under the table, a ``LAMPIRAN`` heading, the identity block repeated on the Penilaian
page, the form split over two sheets (``SKP Hal 1``, ``SKP Hal 2``).

Usage: ``python benchmarks/nyata_z/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261207
TAHUN = 2026
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")

# per form: the defect plans of its defective workbooks (1-2 defects each)
DEFECTS = {
    "ja-dasar": [["rk-atasan-kosong@break"], ["iki-tanpa-target@break", "nip-tidak-valid"],
                 ["capaian-tidak-sesuai@break"], ["aspek-tidak-valid"], ["realisasi-kosong@break"]],
    "ja-pengembangan": [["kategori-penilaian-kosong@break"], ["cara-memantau-kosong@break"],
                        ["kategori-tidak-membedakan", "identitas-kosong"], ["target-tanpa-satuan@break"]],
    "jf-dasar": [["rk-tanpa-butir-kegiatan@break"], ["angka-kredit-tidak-valid@break"],
                 ["keterkaitan-ak-hilang"], ["target-penilaian-berbeda@break", "pangkat-tidak-dikenal"],
                 ["target-tidak-terukur@break"]],
    "jf-pengembangan": [["kategori-tidak-berurutan@break"],
                        ["rk-atasan-kosong@break", "angka-kredit-tidak-valid"],
                        ["target-rentang-terbalik@break"], ["satuan-tidak-sesuai-aspek"]],
    "jpt-dasar": [["manual-iki-kosong-hilang@break"], ["manual-iki-kosong-formula"],
                  ["iki-tanpa-target@break", "nip-tidak-valid"],
                  ["capaian-tidak-sesuai@break", "identitas-kosong"]],
    "jpt-pengembangan": [["perspektif-tidak-valid@break"], ["perspektif-tidak-lengkap"],
                         ["manual-iki-kosong-tujuan@break"],
                         ["target-rentang-terbalik@break", "rk-berbasis-aktivitas"]],
}
N_CLEAN = {"ja-dasar": 5, "ja-pengembangan": 4, "jf-dasar": 5, "jf-pengembangan": 4, "jpt-dasar": 4,
           "jpt-pengembangan": 4}
SEVERITY = {"rk-berbasis-aktivitas": "peringatan", "target-tanpa-satuan": "peringatan",
            "satuan-tidak-sesuai-aspek": "peringatan", "perspektif-tidak-lengkap": "peringatan"}


LAYOUT_KEYS = ("ulang", "nomor", "lanjutan", "kosong", "sign", "mengetahui", "an", "ttd", "cap", "catatan",
               "lampiran", "dua_sheet", "judul_cetak", "penilaian", "identitas_penilaian", "break_rk",
               "gabung")


def rk_field(rk: dict[str, Any], i: int, k: str) -> Any:
    """An RK-level cell of column ``k``: number, RK atasan, RK, perspektif."""
    return {"no": i + 1, "atasan": rk["atasan"], "rk": rk["rk"], "perspektif": rk["perspektif"]}.get(k)


def col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r: int, c: int) -> str:
    return f"{col(c)}{r}"


class Lembar:
    """One sheet as a grid: values at (row, col), merges, widths and print settings."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}
        self.breaks: list[int] = []
        self.title_rows: tuple[int, int] | None = None
        self.row = 1

    def put(self, r: int, c: int, v: Any) -> str:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        return ref(r, c)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def line(self, c1: int, c2: int, text: str) -> int:
        r = self.row
        self.put(r, c1, text)
        self.merge(r, c1, r, c2)
        self.row += 1
        return r


def half_up(x: float) -> int:
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def fmt(n: float) -> str:
    s = f"{n:.2f}".rstrip("0").rstrip(".") if isinstance(n, float) else str(n)
    return s.replace(".", ",")


def target_text(t: int, satuan: str | None) -> str:
    if satuan is None:
        return str(t)
    if satuan == "%":
        return f"{t} %" if t % 2 else f"{t}%"
    return f"{t} {satuan}"


def kategori(aspek: str, t: int, sat: str, levels: int) -> dict[str, str]:
    """Ordered thresholds for an IKI (BAIK = target); decreasing for waktu/biaya."""
    s = "" if sat is None else (" %" if sat == "%" else f" {sat}")
    if aspek == "Waktu":
        k = {"CUKUP": f"> {t}{s}", "BAIK": f"{t}{s}", "SANGAT BAIK": f"< {t}{s}"}
        if levels == 5:
            k = {"SANGAT KURANG": f"> {t + 3}{s}", "KURANG": f"{t + 2} - {t + 3}{s}", "CUKUP": f"{t + 1}{s}",
                 "BAIK": f"{t}{s}", "SANGAT BAIK": f"< {t}{s}"}
        return k
    k = {"CUKUP": f"< {t}{s}", "BAIK": f"{t}{s}", "SANGAT BAIK": f"> {t}{s}"}
    if levels == 5 and t >= 8:
        a, b = t // 2, (3 * t) // 4
        k = {"SANGAT KURANG": f"< {a}{s}", "KURANG": f"{a} - {b - 1}{s}", "CUKUP": f"{b} - {t - 1}{s}",
             "BAIK": f"{t}{s}", "SANGAT BAIK": f"> {t}{s}"}
    elif levels == 5:
        k = {"SANGAT KURANG": "", "KURANG": "", **k}
    return k


def nilai_capaian(c: int) -> tuple[str, float]:
    if c > 110:
        return "Sangat Baik", 120
    if c >= 101:
        return "Sangat Baik", 110 + (120 - 110) / (110 - 101) * (c - 101)
    if c == 100:
        return "Baik", 109
    if c >= 80:
        return "Cukup", 70 + (89 - 70) / (99 - 80) * (c - 80)
    if c >= 60:
        return "Kurang", 50 + (69 - 50) / (79 - 60) * (c - 60)
    return "Sangat Kurang", c / 59 * 49


def penilaian_iki(rng: random.Random, aspek: str, t: int) -> dict[str, Any]:
    """A realisasi whose capaian and nilai are whole numbers."""
    options = [t]
    if aspek == "Waktu":
        options += [x for x in range(max(t - 3, 1), t) if half_up((2 - x / t) * 100) > 110]
    else:
        options += [x for x in (t - 1, t - 2) if x > 0]
    for r in rng.sample(options, len(options)):
        c = half_up((2 - r / t) * 100 if aspek == "Waktu" else r / t * 100)
        kat, nilai = nilai_capaian(c)
        if abs(nilai - round(nilai)) < 1e-9:
            return {"realisasi": r, "capaian": c, "kategori": kat, "nilai": int(round(nilai))}
    return {"realisasi": t, "capaian": 100, "kategori": "Baik", "nilai": 109}


def person(rng: random.Random, gol: str, jabatan: str, used: set[str]) -> dict[str, str]:
    while True:
        nama = f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}"
        if nama not in used:
            used.add(nama)
            break
    gelar = rng.choice(bank.GELAR)
    if gelar:
        nama = f"{nama}, {gelar}"
    lahir = rng.randint(1968, 1992)
    tmt = lahir + rng.randint(22, 30)
    nip = (f"{lahir}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}", f"{tmt}{rng.randint(1, 12):02d}",
           str(rng.randint(1, 2)), f"{rng.randint(1, 12):03d}")
    nip_s = " ".join(nip) if rng.random() < 0.6 else "".join(nip)
    pangkat = f"{bank.PANGKAT[gol]}, {gol}" if rng.random() < 0.7 else f"{bank.PANGKAT[gol]} ({gol})"
    return {"nama": nama, "nip": nip_s, "pangkat": pangkat, "jabatan": jabatan, "unit": ""}


def build_model(rng: random.Random, form: str) -> dict[str, Any]:
    jenis, model = form.split("-")
    daerah, tempat = rng.choice(bank.DAERAH)
    unit, kepala, atasan_ja = rng.choice(bank.UNIT)
    used: set[str] = set()
    m: dict[str, Any] = {"form": form, "jenis": jenis, "model": model, "daerah": daerah, "tempat": tempat,
                         "unit": unit}
    if jenis == "jpt":
        gol = rng.choice(["IV/b", "IV/c", "IV/d"])
        peg = person(rng, gol, kepala if rng.random() < 0.75 else f"Plt. {kepala}", used)
        peg["unit"] = f"{unit} {daerah.replace('PEMERINTAH ', '').title()}"
        if rng.random() < 0.5:
            kepala_daerah = ("Bupati " if "KABUPATEN" in daerah else "Wali Kota " if "KOTA" in daerah
                             else "Gubernur ") + tempat
            pen = {"nama": f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}", "nip": "-",
                   "pangkat": "-", "jabatan": kepala_daerah, "unit": daerah.title()}
        else:
            pen = person(rng, "IV/d" if gol != "IV/d" else "IV/d", "Sekretaris Daerah", used)
            pen["unit"] = "Sekretariat Daerah"
        pool = list(bank.RK_JPT)
        if model == "pengembangan":
            by = {}
            for p in pool:
                by.setdefault(p[0], []).append(p)
            chosen = [rng.choice(v) for v in by.values()]
            extra = rng.sample([p for p in pool if p not in chosen], rng.randint(0, 2))
            chosen = sorted(chosen + extra, key=pool.index)
        else:
            chosen = sorted(rng.sample(pool, rng.randint(3, 5)), key=pool.index)
        m["utama"] = [{"perspektif": p, "rk": rk, "atasan": "",
                       "ikis": [{"aspek": "", "iki": i, "t": t, "satuan": s, "target": target_text(t, s)}
                                for i, t, s in ikis]} for p, rk, ikis in chosen]
        tamb = rng.sample(bank.TAMBAHAN_JPT, rng.randint(0, 2))
        m["tambahan"] = [{"perspektif": "", "rk": rk, "atasan": "",
                          "ikis": [{"aspek": "", "iki": i, "t": t, "satuan": s, "target": target_text(t, s)}
                                   for i, t, s in ikis]} for rk, ikis in tamb]
    else:
        if jenis == "jf":
            jab, gols, _ = rng.choice(bank.JABATAN_JF)
        else:
            jab, gols = rng.choice(bank.JABATAN_JA)
        peg = person(rng, rng.choice(gols), jab, used)
        peg["unit"] = unit if rng.random() < 0.5 else f"Bidang {atasan_ja.split('Bidang ')[-1]}, {unit}"
        pen = person(rng, rng.choice(["III/d", "IV/a", "IV/b"]), atasan_ja, used)
        pen["unit"] = unit
        pool = bank.RK_JF if jenis == "jf" else bank.RK_JA
        chosen = sorted(rng.sample(range(len(pool)), rng.randint(3, 4)))
        m["utama"] = []
        for i in chosen:
            p = pool[i]
            rk = {"perspektif": "", "atasan": p[0], "rk": p[1],
                  "ikis": [{"aspek": a, "iki": k, "t": t, "satuan": s, "target": target_text(t, s)}
                           for a, k, t, s in p[2]],
                  "cara": bank.CARA[i % len(bank.CARA)]}
            if jenis == "jf":
                rk["butir"] = [list(b) for b in p[3]]
            m["utama"].append(rk)
        tamb = rng.sample(bank.TAMBAHAN, rng.randint(0, 2))
        m["tambahan"] = [{"perspektif": "", "atasan": "", "rk": rk,
                          "ikis": [{"aspek": a, "iki": k, "t": t, "satuan": s, "target": target_text(t, s)}
                                   for a, k, t, s in ikis], "cara": ("Sertifikat/laporan", "Pegawai ybs.",
                                                                    "Akhir tahun")} for rk, ikis in tamb]
    m["pegawai"], m["penilai"] = peg, pen
    levels = rng.choice([3, 5])
    m["levels"] = levels
    for rk in m["utama"] + m["tambahan"]:
        for iki in rk["ikis"]:
            iki["kategori"] = kategori(iki["aspek"], iki["t"], iki["satuan"], levels)
            iki["nilai"] = penilaian_iki(rng, iki["aspek"], iki["t"])
    return m


# ---------------------------------------------------------------- layout


def columns(m: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(key, label) of the SKP table; the group label of a two-row header is in GROUPS."""
    if m["jenis"] == "jpt":
        cols = [("no", "NO"), ("rk", "RENCANA KINERJA"), ("iki", "INDIKATOR KINERJA INDIVIDU"),
                ("target", "TARGET")]
        if m["model"] == "pengembangan":
            cols.insert(0, ("perspektif", "PERSPEKTIF"))
        return cols
    cols = [("no", "NO"), ("atasan", m["label_atasan"]), ("rk", "RENCANA KINERJA"), ("aspek", "ASPEK"),
            ("iki", "INDIKATOR KINERJA INDIVIDU"), ("target", "TARGET")]
    if m["model"] == "pengembangan":
        lv = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"] if m["levels"] == 5 else \
            ["CUKUP", "BAIK", "SANGAT BAIK"]
        cols += [(f"kat:{x}", x) for x in lv]
        cols += [("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")]
    return cols


def write_header(sh: Lembar, cols: list[tuple[str, str | None]], numbers_only: bool) -> None:
    r = sh.row
    grouped = any(k.startswith("kat:") for k, _ in cols)
    if not numbers_only:
        if grouped:
            for c, (k, lab) in enumerate(cols, 1):
                if k.startswith("kat:") or k in ("data", "sumber", "waktu"):
                    sh.put(r + 1, c, lab)
                else:
                    sh.put(r, c, lab)
                    sh.merge(r, c, r + 1, c)
            ks = [i for i, (k, _) in enumerate(cols, 1) if k.startswith("kat:")]
            sh.put(r, ks[0], "KATEGORI PENILAIAN KINERJA")
            sh.merge(r, ks[0], r, ks[-1])
            cs = [i for i, (k, _) in enumerate(cols, 1) if k in ("data", "sumber", "waktu")]
            sh.put(r, cs[0], "CARA MEMANTAU KINERJA")
            sh.merge(r, cs[0], r, cs[-1])
            r += 2
        else:
            for c, (_, lab) in enumerate(cols, 1):
                sh.put(r, c, lab)
            r += 1
    for c in range(1, len(cols) + 1):
        sh.put(r, c, c)
    sh.row = r + 1


def identity(sh: Lembar, m: dict[str, Any], width: int, stacked: bool) -> dict[str, str]:
    """The PEGAWAI YANG DINILAI / PEJABAT PENILAI KINERJA block; returns the value cells."""
    labels = [("nama", "NAMA"), ("nip", "NIP"), ("pangkat", "PANGKAT/GOL RUANG"), ("jabatan", "JABATAN"),
              ("unit", "UNIT KERJA")]
    cells: dict[str, str] = {}
    r = sh.row
    if stacked:
        for who, title in (("pegawai", "PEGAWAI YANG DINILAI"), ("penilai", "PEJABAT PENILAI KINERJA")):
            sh.put(r, 1, "NO")
            sh.put(r, 2, title)
            sh.merge(r, 2, r, width)
            r += 1
            for i, (k, lab) in enumerate(labels, 1):
                sh.put(r, 1, i)
                sh.put(r, 2, "INSTANSI" if (who == "penilai" and m["jenis"] == "jpt" and k == "unit")
                       else lab)
                cells[f"{who}.{k}"] = sh.put(r, 3, m[who][k])
                sh.merge(r, 3, r, width)
                r += 1
    else:
        sh.put(r, 1, "NO")
        sh.put(r, 2, "PEGAWAI YANG DINILAI")
        sh.merge(r, 2, r, 3)
        sh.put(r, 4, "NO")
        sh.put(r, 5, "PEJABAT PENILAI KINERJA")
        sh.merge(r, 5, r, width)
        r += 1
        for i, (k, lab) in enumerate(labels, 1):
            sh.put(r, 1, i)
            sh.put(r, 2, lab)
            cells[f"pegawai.{k}"] = sh.put(r, 3, m["pegawai"][k])
            sh.put(r, 4, i)
            sh.put(r, 5, lab)
            cells[f"penilai.{k}"] = sh.put(r, 6, m["penilai"][k])
            if width > 6:
                sh.merge(r, 6, r, width)
            r += 1
    sh.row = r + 1
    return cells


def signature(sh: Lembar, m: dict[str, Any], lt: dict[str, Any], left: int, right: int) -> None:
    r = sh.row
    sh.put(r, right, f"{m['tempat']}, {lt['tanggal']}")
    r += 1
    if lt["mengetahui"]:
        sh.put(r, right, "Mengetahui,")
        r += 1
    if lt["an"]:
        sh.put(r, right, lt["an"])
        r += 1
    sh.put(r, left, "Pegawai yang Dinilai,")
    sh.put(r, right, "Pejabat Penilai Kinerja,")
    r += 1
    sh.put(r, left, lt["ttd"])
    sh.put(r, right, lt["ttd"])
    if lt["cap"]:
        sh.put(r + 1, right, "Cap Dinas")
    r += 4
    sh.put(r, left, m["pegawai"]["nama"].upper())
    sh.put(r, right, m["penilai"]["nama"].upper())
    r += 1
    sh.put(r, left, f"NIP. {m['pegawai']['nip']}")
    if m["penilai"]["nip"] != "-":
        sh.put(r, right, f"NIP. {m['penilai']['nip']}")
    sh.row = r + 2


def signature_beside(sh: Lembar, m: dict[str, Any], lt: dict[str, Any], c: int, r: int) -> None:
    rows = [f"{m['tempat']}, {lt['tanggal']}", "Pejabat Penilai Kinerja,", lt["ttd"], "", "",
            m["penilai"]["nama"].upper(),
            f"NIP. {m['penilai']['nip']}" if m["penilai"]["nip"] != "-" else "", "",
            "Pegawai yang Dinilai,", lt["ttd"], "", "", m["pegawai"]["nama"].upper(),
            f"NIP. {m['pegawai']['nip']}"]
    for i, v in enumerate(rows):
        sh.put(r + i, c, v)


def page_break(sh: Lembar, m: dict[str, Any], lt: dict[str, Any], cols: list, page: int, pages: int,
               left: int, right: int) -> None:
    """What a printed page break leaves in the sheet: page number, signature, blank area, Lanjutan, header."""
    w = len(cols)
    if lt["sign"] == "tiap-halaman":
        sh.row += 1
        signature(sh, m, lt, left, right)
    if lt["nomor"] == "halaman":
        sh.put(sh.row, w, f"Halaman {page} dari {pages}")
        sh.row += 1
    sh.breaks.append(sh.row - 1)
    sh.row += lt["kosong"]
    if lt["nomor"] == "strip":
        sh.line(1, w, f"- {page + 1} -")
    if lt["lanjutan"]:
        sh.put(sh.row, 1, lt["lanjutan"])
        sh.row += 1
    if lt["ulang"] != "tidak":
        write_header(sh, cols, lt["ulang"] == "nomor")


def table(sh: Lembar, m: dict[str, Any], lt: dict[str, Any], cols: list, pos: dict[str, str],
          split: tuple[Lembar, str] | None = None) -> Lembar:
    """Rencana SKP rows; page break before RK number ``lt['break_rk']`` of Kinerja Utama. Returns the sheet
    the table ended on (the second sheet when the form is split)."""
    keys = [k for k, _ in cols]
    w = len(cols)
    left, right = 2, max(w - 1, 3)
    for part, label in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        rks = m[part]
        if part == "tambahan" and not rks:
            if lt["tambahan_kosong"]:
                sh.line(1, w, label)
                sh.row += 1
            continue
        sh.line(1, w, label)
        for i, rk in enumerate(rks):
            if part == "utama" and i == lt["break_rk"]:
                if split is not None:
                    sh = split[0]
                    sh.put(1, 1, split[1])
                    sh.row = 2
                    write_header(sh, cols, lt["ulang"] == "nomor")
                else:
                    page_break(sh, m, lt, cols, 1, 2, left, right)
            r0 = sh.row
            n = len(rk["ikis"])
            for j, iki in enumerate(rk["ikis"]):
                r = r0 + j
                for c, k in enumerate(keys, 1):
                    v: Any = None
                    if k == "iki":
                        v = iki["iki"]
                    elif k == "aspek":
                        v = iki["aspek"]
                    elif k == "target":
                        v = iki["target"]
                    elif k.startswith("kat:"):
                        v = iki["kategori"].get(k[4:], "")
                    if v is not None:
                        pos[f"{part}.{i}.{j}.{k}"] = f"{sh.name}!{sh.put(r, c, v)}"
            for c, k in enumerate(keys, 1):
                v = rk_field(rk, i, k)
                if k in ("data", "sumber", "waktu"):
                    v = rk["cara"][("data", "sumber", "waktu").index(k)]
                if k in ("no", "atasan", "rk", "perspektif", "data", "sumber", "waktu"):
                    pos[f"{part}.{i}.{k}"] = f"{sh.name}!{sh.put(r0, c, v)}"
                    if lt["gabung"]:
                        sh.merge(r0, c, r0 + n - 1, c)
            sh.row = r0 + n
    return sh


def notes(sh: Lembar, lt: dict[str, Any], w: int) -> None:
    if lt["catatan"]:
        sh.row += 1
        for text in lt["catatan"]:
            sh.put(sh.row, 1, text)
            sh.row += 1
    sh.row += 1


def skp_sheets(m: dict[str, Any], lt: dict[str, Any], pos: dict[str, str]) -> list[Lembar]:
    cols = columns(m)
    w = len(cols)
    first = Lembar(lt["sheet_skp"] if not lt["dua_sheet"] else "SKP Hal 1")
    second = Lembar("SKP Hal 2") if lt["dua_sheet"] else None
    sh = first
    sh.line(1, w, lt["judul"])
    sh.line(1, w, m["daerah"])
    sh.line(1, w, m["unit"].upper())
    pos["periode"] = f"{sh.name}!{ref(sh.row, 1)}"
    sh.line(1, w, lt["periode"])
    sh.row += 1
    for k, v in identity(sh, m, w, m["jenis"] == "jpt" or lt["identitas_tumpuk"]).items():
        pos[k] = f"{sh.name}!{v}"
    top = sh.row
    write_header(sh, cols, False)
    if lt["judul_cetak"]:
        sh.title_rows = (top, sh.row - 1)
    end = table(sh, m, lt, cols, pos, (second, lt["lanjutan_hal2"]) if second else None)
    notes(end, lt, w)
    if lt["sign"] == "samping":
        signature_beside(first, m, lt, w + 2, top)
    else:
        signature(end, m, lt, 2, max(w - 1, 3))
    sheets = [first] + ([second] if second else [])
    for s in sheets:
        s.widths = {1: 5, **{c: 28 for c in range(2, w + 1)}}
    return sheets


def manual_sheet(m: dict[str, Any], lt: dict[str, Any], pos: dict[str, str]) -> Lembar:
    sh = Lembar(lt["sheet_manual"])
    if lt["lampiran"]:
        sh.line(1, 3, "LAMPIRAN")
    sh.line(1, 3, "MANUAL INDIKATOR KINERJA")
    sh.line(1, 3, lt["periode"])
    sh.row += 1
    n = 0
    blocks = [(p, i, j) for p in ("utama", "tambahan") for i, rk in enumerate(m[p])
              for j in range(len(rk["ikis"]))]
    per_page = 3
    for part, i, j in blocks:
        rk, iki = m[part][i], m[part][i]["ikis"][j]
        if iki.get("tanpa_manual"):
            continue
        if n and n % per_page == 0:
            if lt["nomor"] == "halaman":
                sh.put(sh.row, 3, f"Halaman {n // per_page} dari {(len(blocks) + per_page - 1) // per_page}")
                sh.row += 1
            sh.breaks.append(sh.row - 1)
            sh.row += 1
            if lt["lanjutan"]:
                sh.put(sh.row, 1, lt["lanjutan"])
                sh.row += 1
        n += 1
        satuan = iki["satuan"] or "indeks"
        jenis = "Kuantitas" if iki["iki"].startswith("Jumlah") else "Kualitas"
        rows = [
            ("RENCANA KINERJA", rk["rk"]),
            ("DESKRIPSI RENCANA KINERJA", f"Rencana kinerja ini menggambarkan {rk['rk'][0].lower()}"
                                          f"{rk['rk'][1:]} pada tahun {TAHUN}."),
            ("INDIKATOR KINERJA INDIVIDU", iki["iki"]),
            ("DEFINISI IKI", f"{iki['iki']} adalah ukuran keberhasilan rencana kinerja sebagaimana tercatat "
                             "dalam dokumen sumber."),
            ("FORMULA", "Realisasi dibandingkan target x 100%" if iki["satuan"] == "%" else
             f"Jumlah {satuan} yang tercapai sampai akhir periode"),
            ("TUJUAN", "Mengukur ketercapaian sasaran perangkat daerah."),
            ("SATUAN PENGUKURAN", satuan),
            ("JENIS ASPEK TARGET", jenis),
            ("TINGKAT KENDALI IKI", "Moderate to High"),
            ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
            ("PERIODE PELAPORAN", "Triwulanan"),
        ]
        sh.put(sh.row, 1, n)
        for lab, val in rows:
            key = lab.split()[0].lower()
            if iki.get("manual_kosong") == key:
                val = ""
            sh.put(sh.row, 2, lab)
            pos[f"manual.{part}.{i}.{j}.{key}"] = f"{sh.name}!{sh.put(sh.row, 3, val)}"
            sh.row += 1
        sh.row += 1
    signature(sh, m, lt, 2, 3)
    sh.widths = {1: 5, 2: 32, 3: 70}
    return sh


def keterkaitan_sheet(m: dict[str, Any], lt: dict[str, Any], pos: dict[str, str]) -> Lembar:
    sh = Lembar(lt["sheet_ak"])
    w = 5
    if lt["lampiran"]:
        sh.line(1, w, "LAMPIRAN")
    sh.line(1, w, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
    sh.line(1, w, lt["periode"])
    sh.row += 1
    for key, v in identity(sh, m, w, True).items():
        pos[f"{sh.name}|{key}"] = f"{sh.name}!{v}"
    sh.put(sh.row, 1, "TANGGAL PENGAJUAN")
    sh.merge(sh.row, 1, sh.row, 2)
    sh.put(sh.row, 3, f"5 Januari {TAHUN}")
    sh.row += 2
    cols = [("no", "NO"), ("rk", "RENCANA KINERJA"), ("butir", "BUTIR KEGIATAN"), ("output", "OUTPUT"),
            ("ak", "ANGKA KREDIT")]
    write_header(sh, cols, False)
    sh.line(1, w, "KINERJA UTAMA")
    for i, rk in enumerate(m["utama"]):
        if i == lt["break_rk"]:
            if lt["nomor"] == "halaman":
                sh.put(sh.row, w, "Halaman 1 dari 2")
                sh.row += 1
            sh.breaks.append(sh.row - 1)
            sh.row += 1
            if lt["lanjutan"]:
                sh.put(sh.row, 1, lt["lanjutan"])
                sh.row += 1
            if lt["ulang"] != "tidak":
                write_header(sh, cols, lt["ulang"] == "nomor")
        r0 = sh.row
        butir = rk.get("butir") or []
        if not butir:
            continue
        pos[f"ak.{i}.rk"] = f"{sh.name}!{sh.put(r0, 2, rk['ak_rk'])}"
        sh.put(r0, 1, i + 1)
        for j, (b, o, ak) in enumerate(butir):
            sh.put(r0 + j, 3, b)
            sh.put(r0 + j, 4, o)
            val: Any = ak
            if lt["ak_angka"] and isinstance(ak, str) and ak.replace(",", "").isdigit():
                val = float(ak.replace(",", "."))
            pos[f"ak.{i}.{j}"] = f"{sh.name}!{sh.put(r0 + j, 5, val)}"
        if lt["gabung"]:
            sh.merge(r0, 1, r0 + len(butir) - 1, 1)
            sh.merge(r0, 2, r0 + len(butir) - 1, 2)
        sh.row = r0 + len(butir)
    sh.row += 1
    signature(sh, m, lt, 2, 4)
    sh.widths = {1: 5, 2: 40, 3: 40, 4: 24, 5: 14}
    return sh


def penilaian_sheet(m: dict[str, Any], lt: dict[str, Any], pos: dict[str, str]) -> Lembar:
    sh = Lembar(lt["sheet_penilaian"])
    base = [c for c in columns(m) if not c[0].startswith("kat:") and c[0] not in ("data", "sumber", "waktu")]
    cols = base + [("realisasi", "REALISASI"), ("capaian", "CAPAIAN IKI"),
                   ("kategori", "KATEGORI CAPAIAN IKI"), ("nilai", "NILAI CAPAIAN IKI")]
    w = len(cols)
    sh.line(1, w, "PENILAIAN SASARAN KINERJA PEGAWAI")
    sh.line(1, w, m["daerah"])
    sh.line(1, w, lt["periode"])
    sh.row += 1
    if lt["identitas_penilaian"]:
        for key, v in identity(sh, m, w, m["jenis"] == "jpt" or lt["identitas_tumpuk"]).items():
            pos[f"{sh.name}|{key}"] = f"{sh.name}!{v}"
    top = sh.row
    write_header(sh, cols, False)
    if lt["judul_cetak"]:
        sh.title_rows = (top, sh.row - 1)
    keys = [k for k, _ in cols]
    left, right = 2, w - 1
    for part, label in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        if not m[part]:
            continue
        sh.line(1, w, label)
        for i, rk in enumerate(m[part]):
            if part == "utama" and i == lt["break_rk"]:
                page_break(sh, m, {**lt, "sign": "akhir"}, cols, 1, 2, left, right)
            r0 = sh.row
            for j, iki in enumerate(rk["ikis"]):
                r = r0 + j
                nv = iki["nilai"]
                vals = {"iki": iki["iki"], "aspek": iki["aspek"], "target": iki.get("target_penilaian",
                                                                                     iki["target"]),
                        "realisasi": nv["realisasi"], "capaian": f"{nv['capaian']} %" if lt["capaian_teks"]
                        else nv["capaian"], "kategori": nv["kategori"], "nilai": nv["nilai"]}
                if nv.get("kosong"):
                    vals["realisasi"] = None
                    vals["capaian"] = vals["kategori"] = vals["nilai"] = None
                if "nilai_salah" in nv:
                    vals["nilai"] = nv["nilai_salah"]
                for c, k in enumerate(keys, 1):
                    if k in vals:
                        pos[f"pen.{part}.{i}.{j}.{k}"] = f"{sh.name}!{sh.put(r, c, vals[k])}"
            for c, k in enumerate(keys, 1):
                v = rk_field(rk, i, k)
                if v is not None:
                    pos[f"pen.{part}.{i}.{k}"] = f"{sh.name}!{sh.put(r0, c, v)}"
                    if lt["gabung"]:
                        sh.merge(r0, c, r0 + len(rk["ikis"]) - 1, c)
            sh.row = r0 + len(rk["ikis"])
    sh.row += 1
    signature(sh, m, lt, left, right)
    sh.widths = {1: 5, **{c: 22 for c in range(2, w + 1)}}
    return sh


# ---------------------------------------------------------------- defects


def inject(m: dict[str, Any], lt: dict[str, Any], plan: str, rng: random.Random) -> dict[str, Any]:
    """Change the model for one defect; returns a spec of where it will sit (resolved after layout)."""
    name, _, where = plan.partition("@")
    i = lt["break_rk"] if where == "break" else rng.randrange(len(m["utama"]))
    if where != "break" and i == lt["break_rk"] and len(m["utama"]) > 1:
        i = (i + 1) % len(m["utama"])
    rk = m["utama"][i]
    code = name
    spec: dict[str, Any] = {"code": code, "alt": [], "jeda": where == "break"}
    if name == "rk-atasan-kosong":
        rk["atasan"] = ""
        spec["at"] = f"utama.{i}.atasan"
        spec["alt"] = [f"utama.{i}.rk"]
    elif name == "iki-tanpa-target":
        j = len(rk["ikis"]) - 1 if where != "break" else 0
        rk["ikis"][j]["target"] = ""
        rk["ikis"][j]["no_penilaian_target"] = True
        spec["at"] = f"utama.{i}.{j}.target"
    elif name == "target-tidak-terukur":
        j = 0
        rk["ikis"][j]["target"] = rng.choice(["Tepat waktu", "Sesuai ketentuan", "Optimal"])
        spec["at"] = f"utama.{i}.{j}.target"
    elif name == "target-rentang-terbalik":
        j = 0
        iki = rk["ikis"][j]
        t, s = iki["t"], iki["satuan"]
        unit = "" if s is None else (" %" if s == "%" else f" {s}")
        low = max(t - 10, 1) if t > 10 else max(t - 1, 1)
        iki["target"] = f"{t} - {low}{unit}" if t > 1 else f"3 - 1{unit}"
        iki["kategori"]["BAIK"] = iki["target"]
        spec["at"] = f"utama.{i}.{j}.target"
        if m["model"] == "pengembangan" and m["jenis"] != "jpt":
            spec["boleh_baris"] = ["kategori-tidak-berurutan", "kategori-tidak-membedakan"]
    elif name == "aspek-tidak-valid":
        j = 1 if len(rk["ikis"]) > 1 else 0
        rk["ikis"][j]["aspek"] = rng.choice(["Efektivitas", "Ketepatan", ""])
        spec["at"] = f"utama.{i}.{j}.aspek"
    elif name == "nip-tidak-valid":
        nip = m["pegawai"]["nip"].replace(" ", "")
        m["pegawai"]["nip"] = nip[:8] + " " + nip[8:12] + "13 " + nip[14] + " " + nip[15:]
        spec["at"] = "pegawai.nip"
    elif name == "pangkat-tidak-dikenal":
        m["pegawai"]["pangkat"] = "Penata, III/a"
        spec["at"] = "pegawai.pangkat"
    elif name == "identitas-kosong":
        field = rng.choice(["jabatan", "unit"]) if m["jenis"] != "jpt" else "jabatan"
        m["pegawai"][field] = ""
        spec["at"] = f"pegawai.{field}"
    elif name == "capaian-tidak-sesuai":
        j = 0
        nv = rk["ikis"][j]["nilai"]
        nv["nilai_salah"] = nv["nilai"] + 11 if nv["nilai"] < 109 else 100
        spec["at"] = f"pen.utama.{i}.{j}.nilai"
        spec["alt"] = [f"pen.utama.{i}.{j}.capaian", f"pen.utama.{i}.{j}.kategori"]
    elif name == "realisasi-kosong":
        j = 0
        rk["ikis"][j]["nilai"]["kosong"] = True
        spec["at"] = f"pen.utama.{i}.{j}.realisasi"
    elif name == "target-penilaian-berbeda":
        j = 0
        iki = rk["ikis"][j]
        t2 = iki["t"] - 2 if iki["t"] > 4 else iki["t"] + 2
        iki["target_penilaian"] = target_text(t2, iki["satuan"])
        iki["nilai"] = {"realisasi": t2, "capaian": 100, "kategori": "Baik", "nilai": 109}
        spec["at"] = f"pen.utama.{i}.{j}.target"
    elif name == "kategori-penilaian-kosong":
        j = 0
        rk["ikis"][j]["kategori"] = {}
        spec["at"] = f"utama.{i}.{j}.kat:BAIK"
        spec["alt"] = [f"utama.{i}.{j}.kat:CUKUP", f"utama.{i}.{j}.iki", f"utama.{i}.{j}.target",
                       f"utama.{i}.{j}.kat:SANGAT KURANG"]
    elif name == "kategori-tidak-membedakan":
        j = 0
        iki = rk["ikis"][j]
        iki["kategori"]["SANGAT BAIK"] = iki["kategori"]["BAIK"]
        spec["at"] = f"utama.{i}.{j}.kat:SANGAT BAIK"
        spec["alt"] = [f"utama.{i}.{j}.target", f"utama.{i}.{j}.iki"]
    elif name == "kategori-tidak-berurutan":
        j = 0
        iki = rk["ikis"][j]
        k = iki["kategori"]
        k["CUKUP"], k["SANGAT BAIK"] = k["SANGAT BAIK"], k["CUKUP"]
        spec["at"] = f"utama.{i}.{j}.kat:CUKUP"
        spec["alt"] = [f"utama.{i}.{j}.kat:SANGAT BAIK", f"utama.{i}.{j}.kat:BAIK", f"utama.{i}.{j}.target",
                       f"utama.{i}.{j}.iki"]
    elif name == "cara-memantau-kosong":
        rk["cara"] = (rk["cara"][0], rk["cara"][1], "")
        spec["at"] = f"utama.{i}.waktu"
        spec["alt"] = [f"utama.{i}.rk", f"utama.{i}.data"]
    elif name == "target-tanpa-satuan":
        j = next(j for j, x in enumerate(rk["ikis"]) if x["iki"].startswith("Jumlah"))
        rk["ikis"][j]["target"] = str(rk["ikis"][j]["t"])
        rk["ikis"][j]["kategori"] = kategori(rk["ikis"][j]["aspek"], rk["ikis"][j]["t"], None, m["levels"])
        spec["at"] = f"utama.{i}.{j}.target"
    elif name == "satuan-tidak-sesuai-aspek":
        cand = [(a, b) for a, r in enumerate(m["utama"]) for b, x in enumerate(r["ikis"])
                if x["aspek"] == "Waktu"]
        if not cand:
            m["utama"][0]["ikis"].append({"aspek": "Waktu", "iki": "Waktu penyelesaian dokumen", "t": 11,
                                          "satuan": "bulan", "target": "11 bulan", "nilai": {}})
            cand = [(0, len(m["utama"][0]["ikis"]) - 1)]
        i, j = cand[0]
        iki = m["utama"][i]["ikis"][j]
        iki["target"] = f"{iki['t']} laporan"
        s = " laporan"
        iki["kategori"] = {"CUKUP": f"> {iki['t']}{s}", "BAIK": f"{iki['t']}{s}",
                           "SANGAT BAIK": f"< {iki['t']}{s}"}
        if m["levels"] == 5:
            iki["kategori"] = {"SANGAT KURANG": f"> {iki['t'] + 3}{s}", "KURANG": f"{iki['t'] + 2} - "
                               f"{iki['t'] + 3}{s}", "CUKUP": f"{iki['t'] + 1}{s}", **iki["kategori"]}
            iki["kategori"]["CUKUP"] = f"{iki['t'] + 1}{s}"
        spec["at"] = f"utama.{i}.{j}.target"
    elif name == "rk-tanpa-butir-kegiatan":
        rk["butir"] = []
        spec["at"] = f"utama.{i}.rk"
    elif name == "angka-kredit-tidak-valid":
        j = 0
        rk["butir"][j][2] = rng.choice(["-", "0", "nol koma lima"])
        spec["at"] = f"ak.{i}.{j}"
    elif name == "keterkaitan-ak-hilang":
        lt["tanpa_ak"] = True
        spec["at"] = None
    elif name.startswith("manual-iki-kosong"):
        code = "manual-iki-kosong"
        j = 0
        field = name.rsplit("-", 1)[1]
        if field == "hilang":
            rk["ikis"][j]["tanpa_manual"] = True
            spec["at"] = f"utama.{i}.{j}.iki"
        else:
            rk["ikis"][j]["manual_kosong"] = field
            spec["at"] = f"manual.utama.{i}.{j}.{field}"
            spec["alt"] = [f"utama.{i}.{j}.iki"]
    elif name == "perspektif-tidak-valid":
        rk["perspektif"] = rng.choice(["Strategis", "", "Kinerja Organisasi"])
        spec["at"] = f"utama.{i}.perspektif"
    elif name == "perspektif-tidak-lengkap":
        m["utama"] = [r for r in m["utama"] if r["perspektif"] != "Anggaran"]
        spec["at"] = None
    elif name == "rk-berbasis-aktivitas":
        k = (i + 1) % len(m["utama"]) if len(m["utama"]) > 1 else i
        if k == lt["break_rk"]:
            k = (k + 1) % len(m["utama"])
        m["utama"][k]["rk"] = rng.choice(["Menyusun laporan kinerja perangkat daerah",
                                          "Melaksanakan koordinasi perencanaan dengan perangkat daerah"])
        spec["at"] = f"utama.{k}.rk"
    else:
        raise ValueError(name)
    spec["code"] = code
    return spec


# ---------------------------------------------------------------- writers


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.pagebreak import Break

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.name)
        for (r, c), v in sorted(s.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, str) and v.isupper() and len(v) > 3:
                cell.font = Font(bold=True)
        for r1, c1, r2, c2 in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, wd in s.widths.items():
            ws.column_dimensions[col(c)].width = wd
        for b in s.breaks:
            ws.row_breaks.append(Break(id=b))
        if s.title_rows:
            ws.print_title_rows = f"{s.title_rows[0]}:{s.title_rows[1]}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = 9
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    for s in sheets:
        ws = wb.add_worksheet(s.name)
        merged: set[tuple[int, int]] = set()
        for r1, c1, r2, c2 in s.merges:
            v = s.cells.get((r1, c1), "")
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v, wrap)
            merged.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        for (r, c), v in sorted(s.cells.items()):
            if (r, c) in merged:
                continue
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, wrap)
            else:
                ws.write_number(r - 1, c - 1, v, wrap)
        for c, wd in s.widths.items():
            ws.set_column(c - 1, c - 1, wd)
        if s.breaks:
            ws.set_h_pagebreaks(s.breaks)
        if s.title_rows:
            ws.repeat_rows(s.title_rows[0] - 1, s.title_rows[1] - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
    wb.close()


def through_libreoffice(path: Path) -> None:
    """Save the workbook again with LibreOffice Calc (as an agency that edits in Calc would)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        shutil.copy(path, src / path.name)
        out = Path(tmp) / "out"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profil", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                        str(src / path.name)], check=True, capture_output=True, timeout=180)
        shutil.copy(out / path.name, path)


# ---------------------------------------------------------------- the set


def layout(rng: random.Random, m: dict[str, Any], k: int) -> dict[str, Any]:
    n = len(m["utama"])
    lt = {
        "judul": rng.choice(["RENCANA SASARAN KINERJA PEGAWAI", "SASARAN KINERJA PEGAWAI",
                             "RENCANA SKP"] + (["SASARAN KINERJA PEGAWAI PEJABAT PIMPINAN TINGGI"]
                                               if m["jenis"] == "jpt" else [])),
        "periode": rng.choice([f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}",
                               f"PERIODE PENILAIAN : 1 JANUARI s.d. 31 DESEMBER {TAHUN}"]),
        "tanggal": rng.choice([f"2 Januari {TAHUN}", f"5 Januari {TAHUN}", f"   Januari {TAHUN}"]),
        "break_rk": rng.randint(1, n - 1),
        "ulang": ["penuh", "nomor", "tidak"][k % 3],
        "nomor": ["halaman", "strip", "tidak", "halaman", "strip"][k % 5],
        "lanjutan": rng.choice(["Lanjutan", "(lanjutan)", "", "Lanjutan Tabel"]),
        "lanjutan_hal2": rng.choice(["(lanjutan)", "Lanjutan SKP"]),
        "kosong": rng.choice([0, 1, 3, 6]),
        "sign": ["akhir", "tiap-halaman", "samping", "akhir"][k % 4],
        "mengetahui": rng.random() < 0.4,
        "an": rng.choice(["", "", "a.n. Kepala Dinas", "Plt. Kepala Bidang"]) if m["jenis"] != "jpt" else "",
        "ttd": rng.choice(["ttd", "(tanda tangan)", "ttd."]),
        "cap": rng.random() < 0.35,
        "catatan": rng.sample(bank.CATATAN, rng.randint(0, 2)),
        "lampiran": rng.random() < 0.6,
        "identitas_tumpuk": rng.random() < 0.3,
        "identitas_penilaian": rng.random() < 0.7,
        "judul_cetak": rng.random() < 0.6,
        "gabung": rng.random() < 0.8,
        "tambahan_kosong": rng.random() < 0.5,
        "dua_sheet": k % 6 == 5,
        "ak_angka": rng.random() < 0.4,
        "capaian_teks": rng.random() < 0.5,
        "sheet_skp": rng.choice(["SKP", "RENCANA SKP", f"SKP {TAHUN}", "Cetak SKP"]),
        "sheet_manual": rng.choice(["Manual IKI", "Lampiran Manual IKI", "MANUAL"]),
        "sheet_ak": rng.choice(["Keterkaitan AK", "Lampiran AK", "SKP-AK"]),
        "sheet_penilaian": rng.choice(["Penilaian SKP", "PENILAIAN", "Evaluasi SKP"]),
        "penilaian": m["model"] == "dasar" and rng.random() < 0.6,
    }
    if lt["dua_sheet"]:
        lt["sign"] = "akhir"
        lt["ulang"] = "penuh" if lt["ulang"] == "tidak" else lt["ulang"]
    return lt


def label_atasan(rng: random.Random) -> str:
    return rng.choice(["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
                       "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
                       "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI"])


def build(outdir: Path, manifest_path: Path) -> None:
    rng = random.Random(SEED)
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.xlsx"):
        old.unlink()
    files = []
    k = 0
    for form in FORMS:
        plans = [[] for _ in range(N_CLEAN[form])] + DEFECTS[form]
        for n, plan in enumerate(plans, 1):
            k += 1
            m = build_model(rng, form)
            m["label_atasan"] = label_atasan(rng)
            lt = layout(rng, m, k)
            if any(p.startswith(("capaian-", "realisasi-", "target-penilaian")) for p in plan):
                lt["penilaian"] = True
            if any(p.startswith(("iki-tanpa-target", "target-tidak-terukur", "target-rentang"))
                   for p in plan):
                lt["penilaian"] = False
            specs = [inject(m, lt, p, rng) for p in plan]
            lt["break_rk"] = min(lt["break_rk"], len(m["utama"]) - 1)
            for rk in m["utama"]:
                rk["ak_rk"] = rk["rk"]
            pos: dict[str, str] = {}
            sheets = skp_sheets(m, lt, pos)
            if m["jenis"] == "jpt":
                sheets.append(manual_sheet(m, lt, pos))
            if m["jenis"] == "jf" and not lt.get("tanpa_ak"):
                sheets.append(keterkaitan_sheet(m, lt, pos))
            if lt["penilaian"]:
                sheets.append(penilaian_sheet(m, lt, pos))
            writer = "openpyxl+libreoffice" if k % 9 == 4 else ("xlsxwriter" if k % 2 else "openpyxl")
            slug = "bersih" if not plan else "-".join(p.split("@")[0] for p in plan)
            name = f"{form}-{n:02d}-{slug}.xlsx"
            path = outdir / name
            if writer == "xlsxwriter":
                write_xlsxwriter(sheets, path)
            else:
                write_openpyxl(sheets, path)
                if writer.endswith("libreoffice"):
                    through_libreoffice(path)
            defects: list[dict[str, Any]] = []
            boleh: list[dict[str, Any]] = []
            for sp in specs:
                d: dict[str, Any] = {"code": sp["code"], "severity": SEVERITY.get(sp["code"], "error"),
                                     "sheet": None, "cell": None, "alt_cells": []}
                if sp["at"] and sp["at"].startswith(("pegawai.", "penilai.")):
                    sp["alt"] += [key for key in pos if key.endswith("|" + sp["at"])]
                if sp["at"] and sp["at"].startswith("utama.") and "pen." + sp["at"] in pos:
                    sp["alt"].append("pen." + sp["at"])
                if sp["at"]:
                    d["sheet"], d["cell"] = pos[sp["at"]].split("!")
                    d["alt_cells"] = [dict(zip(("sheet", "cell"), pos[a].split("!"), strict=True))
                                      for a in sp["alt"] if a in pos]
                d["setelah_jeda"] = sp["jeda"]
                defects.append(d)
                for code in sp.get("boleh_baris", []):
                    boleh.append({"code": code, "sheet": d["sheet"], "row": int("".join(
                        ch for ch in d["cell"] if ch.isdigit()))})
            files.append({
                "file": name, "form": form, "clean": not plan, "defects": defects, "boleh": boleh,
                "jabatan": m["pegawai"]["jabatan"], "writer": writer,
                "sheets": [s.name for s in sheets],
                "layout": {key: lt[key] for key in LAYOUT_KEYS},
            })
    manifest = {"set": "nyata_z", "seed": SEED, "files": files}
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set nyata_z (SKP tata letak cetak dan tanda tangan).")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    build(a.keluaran, a.harapan)
    return 0


if __name__ == "__main__":
    sys.exit(main())
