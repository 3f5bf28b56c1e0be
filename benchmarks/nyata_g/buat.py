"""Generator set evaluasi tertahan ``nyata_g`` (deterministik, benih 20261208).

Ditulis hanya dari SPEC §3, §3.10, §5–§7, ``benchmarks/nyata/ukur.py``, ``tests/nyata_sets.py``, README keenam
set sebelumnya (agar variasinya baru) dan kunci skema ``nyata_f/harapan.json``; terpisah dari kode pembaca,
templat, mapping, fixture dan generator set lain. Setiap buku kerja digambar dulu sebagai kisi sel
(:class:`Lembar`); penata letak mencatat sel setiap nilai (``pos``), jadi sel setiap cacat tersisip diketahui
tepat. Penulis: openpyxl, XlsxWriter, ``inlinestr`` (berkas openpyxl yang ditulis ulang seperti ekspor
aplikasi web/spreadsheet daring: teks sebagai *inline string* tanpa sharedStrings dan tanpa gaya sel) dan
``xlsm`` (berkas openpyxl yang disimpan dengan tipe konten buku kerja ber-makro, ekstensi ``.xlsm``).

``python benchmarks/nyata_g/buat.py [--keluaran DIR] [--harapan FILE]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zipfile
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261208
TAHUN = 2026


# ---------------------------------------------------------------- kisi sel


@dataclass
class Lembar:
    """Satu sheet sebagai kisi: nilai per (baris, kolom) berbasis 1, sel gabung, lebar kolom, kutip awal."""

    name: str
    cells: dict = field(default_factory=dict)
    merges: list = field(default_factory=list)
    widths: dict = field(default_factory=dict)
    quote: set = field(default_factory=set)

    def put(self, r: int, c: int, v, r2: int | None = None, c2: int | None = None) -> str:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        if (r2 and r2 != r) or (c2 and c2 != c):
            self.merges.append((r, c, r2 or r, c2 or c))
        return f"{get_column_letter(c)}{r}"


def ref(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


# ---------------------------------------------------------------- penulis


def tulis_openpyxl(sheets: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), v in sorted(sh.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str) and "\n" in v:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in sh.quote:
                cell.quotePrefix = True
        for r, c, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r, start_column=c, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


def tulis_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    quote = wb.add_format({"quote_prefix": True})
    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        merged_tl = {}
        covered = set()
        for r, c, r2, c2 in sh.merges:
            merged_tl[(r, c)] = (r2, c2)
            covered |= {(i, j) for i in range(r, r2 + 1) for j in range(c, c2 + 1)}
        for (r, c), (r2, c2) in merged_tl.items():
            ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, "", wrap)
        for (r, c), v in sorted(sh.cells.items()):
            fmt = quote if (r, c) in sh.quote else (wrap if (r, c) in covered or "\n" in str(v) else None)
            if isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fmt)
            else:
                ws.write_number(r - 1, c - 1, v, fmt)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


def _rewrite_zip(path: Path, change) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts = change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])


def tulis_inlinestr(sheets: list[Lembar], path: Path) -> None:
    """Seperti ekspor aplikasi web: setiap teks sel ditulis di dalam sel (``t="inlineStr"``), tanpa
    ``sharedStrings.xml`` dan tanpa indeks gaya pada sel."""
    tulis_openpyxl(sheets, path)

    def change(parts: dict) -> dict:
        sst = parts.pop("xl/sharedStrings.xml", b"").decode()
        strings = [re.sub(r"<[^>]+>", "", si) for si in re.findall(r"<si>(.*?)</si>", sst, re.S)]
        strings = [s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for s in strings]

        def cell(m: re.Match) -> str:
            attrs, body = m.group(1), m.group(2)
            attrs = re.sub(r'\s+s="\d+"', "", attrs)
            if 't="s"' in attrs:
                idx = int(re.search(r"<v>(\d+)</v>", body).group(1))
                attrs = attrs.replace('t="s"', 't="inlineStr"')
                body = f'<is><t xml:space="preserve">{escape(strings[idx])}</t></is>'
            return f"<c{attrs}>{body}</c>"

        for name in list(parts):
            if name.startswith("xl/worksheets/sheet"):
                xml = parts[name].decode()
                xml = re.sub(r"<c(\s[^>]*?)(?<!/)>(.*?)</c>", cell, xml, flags=re.S)
                xml = re.sub(r'(<c\s[^>]*?)\s+s="\d+"(\s*/>)', r"\1\2", xml)
                parts[name] = xml.encode()
        ct = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = re.sub(
            r'<Override PartName="/xl/sharedStrings.xml"[^>]*/>', "", ct
        ).encode()
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        rels = re.sub(r'<Relationship [^>]*Target="(/xl/)?sharedStrings.xml"[^>]*/>', "", rels)
        parts["xl/_rels/workbook.xml.rels"] = rels.encode()
        return parts

    _rewrite_zip(path, change)


def tulis_xlsm(sheets: list[Lembar], path: Path) -> None:
    """Buku kerja ber-makro (``.xlsm``) tanpa proyek VBA: tipe konten bagian utama macroEnabled."""
    tulis_openpyxl(sheets, path)

    def change(parts: dict) -> dict:
        ct = (
            parts["[Content_Types].xml"]
            .decode()
            .replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            )
        )
        parts["[Content_Types].xml"] = ct.encode()
        return parts

    _rewrite_zip(path, change)


WRITERS = {
    "openpyxl": tulis_openpyxl,
    "xlsxwriter": tulis_xlsxwriter,
    "inlinestr": tulis_inlinestr,
    "xlsm": tulis_xlsm,
}


# ---------------------------------------------------------------- angka dan teks


def angka(n) -> str:
    """Angka gaya Indonesia: ribuan bertitik, desimal berkoma."""
    if isinstance(n, float) and not n.is_integer():
        whole, frac = f"{n:.2f}".rstrip("0").split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(n):,}".replace(",", ".")


def target_teks(t: int, sat: str, pct_rapat: bool = False) -> str:
    if sat == "%":
        return f"{angka(t)}%" if pct_rapat else f"{angka(t)} %"
    return f"{angka(t)} {sat}"


def kategori(t: int, sat: str, arah: str, levels: list[str]) -> dict[str, str]:
    """Ambang kategori per SPEC §3.3: BAIK memuat target; arah naik: CUKUP di bawah, SANGAT BAIK di atas."""
    d = max(1, round(t * 0.2))
    pct = " %" if sat == "%" else ""

    def rng(a: int, b: int) -> str:
        return f"{angka(a)}{pct}" if a == b else f"{angka(a)} – {angka(b)}{pct}"

    if arah == "naik":
        full = {
            "SANGAT KURANG": f"< {angka(t - 2 * d)}{pct}",
            "KURANG": rng(t - 2 * d, t - d - 1),
            "CUKUP": rng(t - d, t - 1),
            "BAIK": f"{angka(t)}{pct}",
            "SANGAT BAIK": f"> {angka(t)}{pct}",
        }
        if len(levels) == 2:
            full["CUKUP"] = f"< {angka(t)}{pct}"
    else:
        full = {
            "SANGAT KURANG": f"> {angka(t + 2 * d)}{pct}",
            "KURANG": rng(t + d + 1, t + 2 * d),
            "CUKUP": rng(t + 1, t + d),
            "BAIK": f"{angka(t)}{pct}",
            "SANGAT BAIK": f"< {angka(t)}{pct}",
        }
        if len(levels) == 2:
            full["CUKUP"] = f"> {angka(t)}{pct}"
    return {k: full[k] for k in levels}


def nilai_capaian(real: Fraction, t: int, arah: str) -> tuple[int, str, int] | None:
    """SPEC §6.1–6.2; None bila capaian atau nilai tidak bulat (dihindari supaya tidak ada keraguan)."""
    cap = real / t * 100 if arah == "naik" else (1 + (1 - real / t)) * 100
    if cap.denominator != 1:
        return None
    c = int(cap)
    if c > 110:
        return c, "Sangat Baik", 120
    if c >= 101:
        v = Fraction(110) + Fraction(10, 9) * (c - 101)
        return (c, "Sangat Baik", int(v)) if v.denominator == 1 else None
    if c == 100:
        return c, "Baik", 109
    if c >= 80:
        return c, "Cukup", c - 10
    if c >= 60:
        return c, "Kurang", c - 10
    return None


# ---------------------------------------------------------------- model data


def nip_dari(rng: random.Random, lahir_th: int, gender: int) -> str:
    bl = rng.randint(1, 12)
    hr = rng.randint(1, 28)
    tmt = lahir_th + rng.randint(22, 30)
    return f"{lahir_th}{bl:02d}{hr:02d}{tmt}{rng.randint(1, 12):02d}{gender}{rng.randint(1, 20):03d}"


def orang(rng: random.Random, nama: str, gol: str, jabatan: str, unit: str) -> dict:
    return {
        "nama": nama,
        "nip": nip_dari(rng, rng.randint(1968, 1992), rng.choice([1, 2])),
        "pangkat": f"{bank.PANGKAT[gol]}, {gol}",
        "jabatan": jabatan,
        "unit": unit,
        "gol": gol,
    }


def model(rng: random.Random, form: str, idx: int, L: dict) -> dict:
    jenis, mdl = form.split("-")
    ins = (idx + len(jenis)) % len(bank.INSTANSI)
    kop, instansi, unit_singkat, kota, kepala_daerah = bank.INSTANSI[ins]
    names = rng.sample(bank.NAMA, 2)
    unit = f"{unit_singkat} {kota}"
    if jenis == "ja":
        jab, gol = bank.JABATAN_JA[idx % len(bank.JABATAN_JA)]
    elif jenis == "jf":
        jab, gol = bank.JABATAN_JF[idx % len(bank.JABATAN_JF)]
    else:
        jab, gol = bank.JABATAN_JPT[ins], "IV/c"
    peg = orang(rng, names[0], gol, jab, unit)
    if jenis == "jpt":
        if L.get("penilai_sekda"):
            pen = orang(
                rng, names[1], "IV/d", "Sekretaris Daerah", kop.replace("PEMERINTAH ", "Pemerintah ").title()
            )
        else:
            pen = {
                "nama": names[1].split(",")[0].upper(),
                "nip": "-",
                "pangkat": "-",
                "jabatan": kepala_daerah,
                "unit": kop.title(),
                "gol": None,
            }
    else:
        pgol = {"II": "III/d", "III": "IV/a", "IV": "IV/b"}[gol.split("/")[0]]
        if gol in ("IV/a", "IV/b"):
            pgol = "IV/c"
        pen = orang(
            rng,
            names[1],
            pgol,
            "Kepala Bidang " + rng.choice(["Umum", "Teknis", "Pelayanan"])
            if pgol != "IV/c"
            else "Sekretaris",
            unit,
        )
    m = {
        "jenis": jenis,
        "model": mdl,
        "kop": kop,
        "instansi": instansi,
        "kota": kota,
        "peg": peg,
        "pen": pen,
        "periode": ("01-01-2026", "31-12-2026"),
    }
    if jenis == "jpt":
        rks = list(bank.RK_JPT)
        rng.shuffle(rks)
        rks.sort(key=lambda x: ["Penerima", "Proses", "Penguatan", "Anggaran"].index(x[0].split()[0]))
        m["ku"] = [
            {
                "persp": p,
                "rk": rk,
                "atasan": None,
                "iki": [
                    {
                        "aspek": None,
                        "teks": t,
                        "t": v,
                        "sat": s,
                        "arah": a,
                        "target": (f"{v} %" if s == "%" else (f"{v} {s}" if s else v)),
                    }
                    for t, v, s, a in ikis
                ],
            }
            for p, rk, ikis in rks
        ]
        rk, ikis = bank.JPT_TAMBAHAN
        m["kt"] = (
            [
                {
                    "persp": None,
                    "rk": rk,
                    "atasan": None,
                    "iki": [
                        {"aspek": None, "teks": t, "t": v, "sat": s, "arah": a, "target": f"{v} {s}"}
                        for t, v, s, a in ikis
                    ],
                }
            ]
            if L.get("kt", True)
            else []
        )
    else:
        pool = rng.sample(bank.RK_JAJF, L.get("nrk", 3))
        asp = L.get("aspek", "baku")

        def aspek(a: str) -> str:
            if asp == "pp46":
                return {"Kuantitas": "Kuantitas/Output", "Kualitas": "Kualitas/Mutu", "Waktu": "Waktu"}[a]
            if asp == "kapital":
                return a.upper()
            return a

        def iki(a, t, v, s, arah):
            return {
                "aspek": aspek(a),
                "teks": t,
                "t": v,
                "sat": s,
                "arah": arah,
                "target": target_teks(v, s, L.get("pct_rapat", False)),
            }

        m["ku"] = [
            {
                "persp": None,
                "atasan": x["atasan"],
                "rk": x["rk"],
                "cara": list(x["cara"]),
                "butir": [list(b) for b in x["butir"]],
                "iki": [iki(*i) for i in x["iki"]],
            }
            for x in pool
        ]
        if L.get("panjang"):
            r0 = m["ku"][0]
            r0["rk"] = (
                r0["rk"] + ",\nmeliputi:\n- data dan dokumen pendukung yang lengkap dan tervalidasi;\n"
                "- koordinasi hasil dengan unit kerja terkait di tingkat kecamatan dan kelurahan;\n"
                "- pelaporan berkala kepada pimpinan melalui aplikasi yang ditetapkan"
            )
        kt = bank.RK_TAMBAHAN[idx % 2]
        m["kt"] = (
            [
                {
                    "persp": None,
                    "atasan": "-",
                    "rk": kt["rk"],
                    "cara": list(kt["cara"]),
                    "butir": [],
                    "iki": [iki(*i) for i in kt["iki"]],
                }
            ]
            if L.get("kt", True)
            else []
        )
    levels = {
        5: ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
        4: ["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
        3: ["CUKUP", "BAIK", "SANGAT BAIK"],
        2: ["CUKUP", "SANGAT BAIK"],
    }[L.get("levels", 5)]
    m["levels"] = levels
    for rk in m["ku"] + m["kt"]:
        for i in rk["iki"]:
            if mdl == "pengembangan" and jenis != "jpt":
                i["kat"] = kategori(i["t"], i["sat"], i["arah"], levels)
    return m


# ---------------------------------------------------------------- penata letak


class Penata:
    """Menggambar lembar-lembar satu formulir dan mencatat sel setiap nilai di ``pos``."""

    def __init__(self, m: dict, L: dict):
        self.m, self.L, self.pos = m, L, {}
        self.c0 = L.get("c0", 1)

    # -- kop, judul, periode, identitas
    def kepala(self, sh: Lembar, judul: list[str], width: int, r: int = 1) -> int:
        m, L, c0 = self.m, self.L, self.c0
        last = c0 + width - 1
        if L.get("kop"):
            sh.put(r, c0, m["kop"], c2=last)
            sh.put(r + 1, c0, m["instansi"], c2=last)
            r += 3
        for j in judul:
            sh.put(r, c0, j, c2=last)
            r += 1
        if not L.get("kop"):
            sh.put(r, c0, m["instansi"], c2=last)
            r += 1
        a, b = m["periode"]
        p = L.get("periode", "baku")
        if p == "baku":
            self.pos[(sh.name, "periode")] = sh.put(
                r, c0, f"PERIODE PENILAIAN: {self._baku(a)} SD {self._baku(b)}", c2=last
            )
        elif p == "ddmmyyyy":
            sh.put(r, c0, "PERIODE PENILAIAN")
            self.pos[(sh.name, "periode")] = sh.put(r, c0 + 1, f": {a} s.d. {b}", c2=c0 + 3)
        else:  # satu sel, tanggal teks dd-mm-yyyy
            self.pos[(sh.name, "periode")] = sh.put(r, c0, f"Periode Penilaian : {a} s/d {b}", c2=last)
        r += 2
        return self.identitas(sh, r, width)

    @staticmethod
    def _baku(d: str) -> str:
        bulan = [
            "JANUARI",
            "FEBRUARI",
            "MARET",
            "APRIL",
            "MEI",
            "JUNI",
            "JULI",
            "AGUSTUS",
            "SEPTEMBER",
            "OKTOBER",
            "NOVEMBER",
            "DESEMBER",
        ]
        dd, mm, yy = d.split("-")
        return f"{int(dd)} {bulan[int(mm) - 1]} {yy}"

    def _id_rows(self, who: str) -> list[tuple[str, str, str]]:
        p = self.m[who]
        lab5 = "UNIT KERJA"
        if who == "pen" and self.m["jenis"] == "jpt":
            lab5 = "INSTANSI"
        labels = ["NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", lab5]
        if self.L.get("labels") == "singkat":
            labels = ["NAMA", "NIP", "PANGKAT/GOL", "JABATAN", lab5]
        return list(
            zip(
                labels,
                [p["nama"], p["nip"], p["pangkat"], p["jabatan"], p["unit"]],
                ["nama", "nip", "pangkat", "jabatan", "unit"],
                strict=True,
            )
        )

    def identitas(self, sh: Lembar, r: int, width: int) -> int:
        c0, style = self.c0, self.L.get("id", "berdampingan")
        if style == "berdampingan":
            half = max(3, width // 2)
            sh.put(r, c0, "NO")
            sh.put(r, c0 + 1, "PEGAWAI YANG DINILAI", c2=c0 + half - 1)
            sh.put(r, c0 + half, "NO")
            sh.put(r, c0 + half + 1, "PEJABAT PENILAI KINERJA", c2=c0 + max(2 * half, width) - 1)
            for k, ((la, va, key), (lb, vb, keyb)) in enumerate(
                zip(self._id_rows("peg"), self._id_rows("pen"), strict=True)
            ):
                rr = r + 1 + k
                sh.put(rr, c0, k + 1)
                sh.put(rr, c0 + 1, la)
                self.pos[(sh.name, key, "peg")] = sh.put(rr, c0 + 2, va, c2=c0 + half - 1)
                sh.put(rr, c0 + half, k + 1)
                sh.put(rr, c0 + half + 1, lb)
                self.pos[(sh.name, keyb, "pen")] = sh.put(
                    rr, c0 + half + 2, vb, c2=c0 + max(2 * half, width) - 1
                )
                if key == "nip":
                    self._quote(sh, rr, c0 + 2, va)
                    self._quote(sh, rr, c0 + half + 2, vb)
            return r + 7
        # "nomor_label": bertumpuk, nomor dan label dalam satu sel ("1. Nama"), nilai digabung di kanannya
        for head, who in (("I. PEGAWAI YANG DINILAI", "peg"), ("II. PEJABAT PENILAI KINERJA", "pen")):
            sh.put(r, c0, head, c2=c0 + 2)
            r += 1
            for k, (lab, val, key) in enumerate(self._id_rows(who)):
                sh.put(r, c0, f"{k + 1}. {lab.title() if lab != 'NIP' else lab}")
                self.pos[(sh.name, key, who)] = sh.put(r, c0 + 1, val, c2=c0 + 3)
                if key == "nip":
                    self._quote(sh, r, c0 + 1, val)
                r += 1
            r += 1
        return r

    def _quote(self, sh: Lembar, r: int, c: int, v) -> None:
        if self.L.get("quote") and isinstance(v, str) and v[:1].isdigit():
            sh.quote.add((r, c))

    # -- tanda tangan
    def ttd(self, sh: Lembar, r: int, c_left: int, c_right: int) -> None:
        m = self.m
        sh.put(r + 1, c_right, f"{m['kota']}, 05-01-{TAHUN}")
        sh.put(r + 2, c_left, "Pejabat Penilai Kinerja,")
        sh.put(r + 2, c_right, "Pegawai yang Dinilai,")
        sh.put(r + 6, c_left, m["pen"]["nama"])
        sh.put(r + 6, c_right, m["peg"]["nama"])
        if m["pen"]["nip"] != "-":
            sh.put(r + 7, c_left, f"NIP. {m['pen']['nip']}")
        sh.put(r + 7, c_right, f"NIP. {m['peg']['nip']}")

    # -- Rencana SKP JA/JF
    def rencana_jajf(self) -> Lembar:
        m, L, c0 = self.m, self.L, self.c0
        sh = Lembar(L.get("sheet", "SKP"))
        peng = m["model"] == "pengembangan"
        singkat = L.get("labels") == "singkat"
        cols = [
            ("NO.", None) if singkat else ("NO", None),
            ("RK ATASAN" if singkat else "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", None),
            ("RENCANA KINERJA", None),
            ("ASPEK", None),
            ("IKI" if singkat else "INDIKATOR KINERJA INDIVIDU", None),
        ]
        if L.get("split"):
            cols += [("TARGET", "JUMLAH"), ("TARGET", "SATUAN")]
        else:
            cols += [("TARGET", None)]
        if peng:
            grp = L.get("kat_label", "KATEGORI PENILAIAN KINERJA")
            cols += [(grp, lv) for lv in m["levels"]]
            cols += [("CARA MEMANTAU KINERJA", s) for s in ("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")]
        width = len(cols)
        r = self.kepala(sh, ["RENCANA SASARAN KINERJA PEGAWAI"], width)
        col = {}
        for k, (g, s) in enumerate(cols):
            col[s or g] = c0 + k
        hdr_rows = 2 if any(s for _, s in cols) else 1

        def header(r: int) -> int:
            k = 0
            while k < width:
                g, s = cols[k]
                if s is None:
                    sh.put(r, c0 + k, g, r2=r + hdr_rows - 1)
                    k += 1
                    continue
                n = sum(1 for gg, _ in cols[k:] if gg == g)
                sh.put(r, c0 + k, g, c2=c0 + k + n - 1)
                for j in range(n):
                    sh.put(r + 1, c0 + k + j, cols[k + j][1])
                k += n
            return r + hdr_rows

        r = header(r)
        last = c0 + width - 1
        for part, rks in (("A. KINERJA UTAMA", m["ku"]), ("B. KINERJA TAMBAHAN", m["kt"])):
            sh.put(r, c0, part, c2=last)
            r += 1
            if not rks:
                sh.put(r, c0, "-")
                r += 1
            for i, rk in enumerate(rks):
                tag = "ku" if part.startswith("A") else "kt"
                n = max(1, len(rk["iki"]))
                r2 = r + n - 1
                sh.put(r, col["NO." if singkat else "NO"], i + 1, r2=r2)
                self.pos[("atasan", tag, i)] = sh.put(r, col[cols[1][0]], rk["atasan"], r2=r2)
                self.pos[("rk", tag, i)] = sh.put(r, col["RENCANA KINERJA"], rk["rk"], r2=r2)
                for j, iki in enumerate(rk["iki"]):
                    rr = r + j
                    self.pos[("aspek", tag, i, j)] = sh.put(rr, col["ASPEK"], iki["aspek"])
                    self.pos[("iki", tag, i, j)] = sh.put(rr, col[cols[4][0]], iki["teks"])
                    if L.get("split"):
                        mt = re.match(r"^([\d.,]+(?:\s*[–-]\s*[\d.,]+)?)\s*(.*)$", iki["target"])
                        num, sat = (mt.group(1), mt.group(2)) if mt else (iki["target"], "")
                        v = num if L.get("split") == "teks" or not num.isdigit() else int(num)
                        self.pos[("target", tag, i, j)] = sh.put(rr, col["JUMLAH"], v)
                        self.pos[("satuan", tag, i, j)] = sh.put(rr, col["SATUAN"], sat)
                        if isinstance(v, str):
                            self._quote(sh, rr, col["JUMLAH"], v)
                    else:
                        self.pos[("target", tag, i, j)] = sh.put(rr, col["TARGET"], iki["target"])
                    if peng:
                        for lv in m["levels"]:
                            self.pos[("kat", tag, i, j, lv)] = sh.put(rr, col[lv], iki["kat"].get(lv, ""))
                if peng:
                    for k, s in enumerate(("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")):
                        self.pos[("cara", tag, i, k)] = sh.put(r, col[s], rk["cara"][k], r2=r2)
                r = r2 + 1
                if L.get("page") and tag == "ku" and i == 0:
                    sh.put(r, c0, "Halaman 1 dari 2", c2=last)
                    r = header(r + 1)
        self.ttd(sh, r, c0 + 1, c0 + 4)
        sh.widths.update({c0: 5, c0 + 1: 36, c0 + 2: 40, c0 + 3: 12, c0 + 4: 40})
        return sh

    # -- Rencana SKP JPT
    def rencana_jpt(self) -> Lembar:
        m, L, c0 = self.m, self.L, self.c0
        sh = Lembar(L.get("sheet", "SKP JPT"))
        peng = m["model"] == "pengembangan"
        cols = (["PERSPEKTIF"] if peng else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        width = len(cols)
        r = self.kepala(
            sh,
            ["RENCANA SASARAN KINERJA PEGAWAI", "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"],
            width,
        )
        col = {g: c0 + k for k, g in enumerate(cols)}
        for g in cols:
            sh.put(r, col[g], g)
        r += 1
        last = c0 + width - 1
        for part, rks in (("A. KINERJA UTAMA", m["ku"]), ("B. KINERJA TAMBAHAN", m["kt"])):
            tag = "ku" if part.startswith("A") else "kt"
            sh.put(r, c0, part, c2=last)
            r += 1
            if not rks:
                sh.put(r, col["NO"], "-")
                r += 1
            spans = []
            for i, rk in enumerate(rks):
                n = len(rk["iki"])
                r2 = r + n - 1
                if peng and tag == "ku":
                    if L.get("persp_span") and spans and spans[-1][2] == rk["persp"]:
                        spans[-1][1] = r2
                    else:
                        spans.append([r, r2, rk["persp"], i])
                    self.pos[("persp", tag, i)] = ref(spans[-1][0], col["PERSPEKTIF"])
                sh.put(r, col["NO"], i + 1, r2=r2)
                self.pos[("rk", tag, i)] = sh.put(r, col["RENCANA KINERJA"], rk["rk"], r2=r2)
                for j, iki in enumerate(rk["iki"]):
                    self.pos[("iki", tag, i, j)] = sh.put(
                        r + j, col["INDIKATOR KINERJA INDIVIDU"], iki["teks"]
                    )
                    self.pos[("target", tag, i, j)] = sh.put(r + j, col["TARGET"], iki["target"])
                r = r2 + 1
            for a, b, p, _ in spans:
                sh.put(a, col["PERSPEKTIF"], p, r2=b)
        self.ttd(sh, r, c0 + 1, c0 + width - 1)
        sh.widths.update({c0: 22 if peng else 5, c0 + 1: 30, c0 + 2: 40, c0 + 3: 40})
        return sh

    # -- Manual Indikator Kinerja (JPT)
    def manual(self) -> Lembar:
        m, L = self.m, self.L
        sh = Lembar(L.get("manual_sheet", "Manual IKI"))
        sh.put(1, 1, "MANUAL INDIKATOR KINERJA", c2=8)
        sh.put(2, 1, m["instansi"], c2=8)
        fields = [
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
        blocks = []
        for tag, rks in (("ku", m["ku"]), ("kt", m["kt"])):
            for i, rk in enumerate(rks):
                for j, iki in enumerate(rk["iki"]):
                    if iki.get("no_manual"):
                        continue
                    vals = {
                        "RENCANA KINERJA": rk["rk"],
                        "DESKRIPSI RENCANA KINERJA": "Rencana kinerja ini menggambarkan hasil yang "
                        f"diharapkan dari {rk['rk'][0].lower() + rk['rk'][1:]}.",
                        "INDIKATOR KINERJA INDIVIDU": iki["teks"],
                        "DEFINISI IKI": f"{iki['teks']} dihitung pada akhir periode penilaian.",
                        "FORMULA": iki.get(
                            "formula",
                            f"{iki['teks']} = data capaian / data sasaran × 100%"
                            if str(iki["sat"]) == "%"
                            else f"Σ {iki['teks'].lower()}",
                        ),
                        "TUJUAN": "Mengukur keberhasilan pencapaian sasaran instansi",
                        "SATUAN PENGUKURAN": iki["sat"] or "Indeks",
                        "JENIS ASPEK TARGET": "Kuantitas",
                        "TINGKAT KENDALI IKI": "High Controllable" if j == 0 else "Moderate Controllable",
                        "SUMBER DATA": "Laporan kinerja instansi",
                        "PERIODE PELAPORAN": "Triwulanan",
                    }
                    blocks.append((tag, i, j, vals))
        side = L.get("manual") == "berdampingan"
        r = 4
        for k, (tag, i, j, vals) in enumerate(blocks):
            c = 1 if not side or k % 2 == 0 else 6
            rr = r
            sh.put(rr, c, f"IKI {k + 1}", c2=c + 2)
            for f_ in fields:
                rr += 1
                sh.put(rr, c, f_)
                self.pos[("manual", tag, i, j, f_)] = sh.put(
                    rr, c + 1, vals[f_], c2=c + 3 if not side else c + 3
                )
            if not side or k % 2 == 1 or k == len(blocks) - 1:
                r = rr + 2
        sh.widths.update({1: 28, 2: 50, 6: 28, 7: 50})
        return sh

    # -- Keterkaitan SKP dengan Angka Kredit (JF)
    def keterkaitan(self) -> Lembar:
        m, L, c0 = self.m, self.L, self.c0
        sh = Lembar(L.get("ak_sheet", "Keterkaitan AK"))
        order = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]
        if L.get("ak_order") == "ak_dulu":
            order = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "ANGKA KREDIT", "OUTPUT"]
        width = len(order)
        r = self.kepala(sh, ["FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"], max(width, 6))
        sh.put(r, c0, f"TANGGAL PENGAJUAN : 05-01-{TAHUN}", c2=c0 + 2)
        r += 2
        col = {g: c0 + k for k, g in enumerate(order)}
        for g in order:
            sh.put(r, col[g], g)
        r += 1
        if L.get("ak_colnum"):
            for k, g in enumerate(order):
                sh.put(r, col[g], f"({k + 1})")
            r += 1
        sh.put(r, c0, "KINERJA UTAMA", c2=c0 + width - 1)
        r += 1
        for i, rk in enumerate(m["ku"]):
            if rk.get("ak_skip"):
                continue
            n = len(rk["butir"])
            r2 = r + n - 1
            sh.put(r, col["NO"], i + 1, r2=r2)
            sh.put(r, col["RENCANA KINERJA"], rk["rk"], r2=r2)
            for b, (butir, out, ak) in enumerate(rk["butir"]):
                self.pos[("butir", i, b)] = sh.put(r + b, col["BUTIR KEGIATAN"], butir)
                sh.put(r + b, col["OUTPUT"], out)
                self.pos[("ak", i, b)] = sh.put(r + b, col["ANGKA KREDIT"], ak)
            r = r2 + 1
        self.ttd(sh, r, c0 + 1, c0 + 3)
        sh.widths.update({c0 + 1: 40, c0 + 2: 40, c0 + 3: 16, c0 + 4: 16})
        return sh

    # -- Penilaian SKP (JA/JF)
    def penilaian(self) -> Lembar:
        m, L, c0 = self.m, self.L, self.c0
        sh = Lembar(L.get("pen_sheet", "Penilaian"))
        tw = L.get("penilaian") == "triwulan"
        cols = [
            ("NO", None),
            ("RK ATASAN", None),
            ("RENCANA KINERJA", None),
            ("ASPEK", None),
            ("IKI", None),
            ("TARGET", None),
        ]
        if tw:
            cols += [("REALISASI PER TRIWULAN", t) for t in ("TW I", "TW II", "TW III", "TW IV")]
        cols += [
            ("REALISASI", None),
            ("CAPAIAN IKI", None),
            ("KATEGORI CAPAIAN IKI", None),
            ("NILAI CAPAIAN IKI", None),
        ]
        width = len(cols)
        r = self.kepala(sh, ["PENILAIAN SASARAN KINERJA PEGAWAI"], width)
        hdr = 2 if tw else 1
        col = {}
        for k, (g, s) in enumerate(cols):
            col[s or g] = c0 + k
            if s is None:
                sh.put(r, c0 + k, g, r2=r + hdr - 1)
            else:
                if s == "TW I":
                    sh.put(r, c0 + k, g, c2=c0 + k + 3)
                sh.put(r + 1, c0 + k, s)
        r += hdr
        for part, tag, rks in (("A. KINERJA UTAMA", "ku", m["ku"]), ("B. KINERJA TAMBAHAN", "kt", m["kt"])):
            sh.put(r, c0, part, c2=c0 + width - 1)
            r += 1
            for i, rk in enumerate(rks):
                n = len(rk["iki"])
                sh.put(r, col["NO"], i + 1, r2=r + n - 1)
                sh.put(r, col["RK ATASAN"], rk["atasan"], r2=r + n - 1)
                sh.put(r, col["RENCANA KINERJA"], rk["rk"], r2=r + n - 1)
                for j, iki in enumerate(rk["iki"]):
                    rr = r + j
                    sh.put(rr, col["ASPEK"], iki["aspek"])
                    sh.put(rr, col["IKI"], iki["teks"])
                    self.pos[("pen_target", tag, i, j)] = sh.put(
                        rr, col["TARGET"], iki.get("pen_target", iki["target"])
                    )
                    real, (cap, kat, nil) = iki["real"]
                    if tw and not iki.get("real_kosong"):
                        parts = _triwulan(real, iki)
                        for t, v in zip(("TW I", "TW II", "TW III", "TW IV"), parts, strict=True):
                            sh.put(rr, col[t], v)
                    rv = "" if iki.get("real_kosong") else self._real_cell(real, iki)
                    self.pos[("pen_real", tag, i, j)] = sh.put(rr, col["REALISASI"], rv)
                    cap = iki.get("cap_salah", cap)
                    self.pos[("pen_cap", tag, i, j)] = sh.put(
                        rr, col["CAPAIAN IKI"], f"{cap} %" if L.get("pen_text") else cap
                    )
                    sh.put(rr, col["KATEGORI CAPAIAN IKI"], kat)
                    sh.put(rr, col["NILAI CAPAIAN IKI"], nil)
                r += n
        self.ttd(sh, r, c0 + 1, c0 + 4)
        return sh

    def _real_cell(self, real: int, iki: dict):
        if self.L.get("pen_text"):
            return target_teks(real, iki["sat"])
        if real >= 1000:
            return angka(real)  # teks berpemisah ribuan, seperti diketik staf
        return real

    # -- Matriks Pembagian Peran dan Hasil (JA/JF)
    def matriks(self) -> Lembar:
        m = self.m
        sh = Lembar("Matriks Peran")
        sh.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", c2=4)
        sh.put(2, 1, m["instansi"], c2=4)
        sh.put(4, 1, "RENCANA KINERJA ATASAN / KOORDINATOR")
        sh.put(5, 1, "JENIS PENYELARASAN")
        for k, rk in enumerate(m["ku"][:2]):
            sh.put(4, 2 + k, rk["atasan"])
            sh.put(5, 2 + k, "Direct Cascading" if k == 0 else "Non-Direct Cascading")
        sh.put(6, 1, "PERAN / ANGGOTA TIM")
        members = [(m["peg"]["nama"], m["peg"]["jabatan"])] + bank.MATRIKS_ANGGOTA[:2]
        for k, (nama, jab) in enumerate(members):
            sh.put(7 + k, 1, f"{nama}\n{jab}")
            for j, rk in enumerate(m["ku"][:2]):
                sh.put(7 + k, 2 + j, rk["rk"] if k == 0 else f"Hasil kerja pendukung: {rk['iki'][0]['teks']}")
        sh.widths.update({1: 40, 2: 45, 3: 45})
        return sh


def _triwulan(real: int, iki: dict) -> list[int]:
    if iki["arah"] == "naik" and iki["sat"] != "%":
        q = real // 4
        return [q, q, q, real - 3 * q]
    return [real] * 4


def isi_realisasi(m: dict, rng: random.Random) -> None:
    """Realisasi per IKI yang memberi capaian dan nilai bulat (SPEC §6); target maksimum tidak dipakai."""
    for rk in m["ku"] + m["kt"]:
        for iki in rk["iki"]:
            t = iki["t"]
            choices = [t]
            if t % 10 == 0:
                choices += [t * 9 // 10, t * 11 // 10] if iki["sat"] != "%" or t <= 90 else [t * 9 // 10]
            real = rng.choice(choices)
            res = nilai_capaian(Fraction(real), t, iki["arah"])
            if res is None:
                real, res = t, nilai_capaian(Fraction(t), t, iki["arah"])
            iki["real"] = (real, res)


# ---------------------------------------------------------------- cacat


def sisip(m: dict, kind: str) -> tuple[str, tuple, list, list | None]:
    """Mengubah model untuk satu cacat; mengembalikan (kode, kunci sel, kunci sel lain, any_of)."""
    ku = m["ku"]
    if kind == "nip17":
        m["peg"]["nip"] = m["peg"]["nip"][:-1]
        return "nip-tidak-valid", ("nip", "peg"), [], None
    if kind == "nip_bulan13":
        n = m["peg"]["nip"]
        m["peg"]["nip"] = n[:12] + "13" + n[14:]
        return "nip-tidak-valid", ("nip", "peg"), [], None
    if kind == "pangkat_salah":
        m["peg"]["pangkat"] = "Penata Muda, III/c"
        return "pangkat-tidak-dikenal", ("pangkat", "peg"), [], None
    if kind == "jenjang_gol":
        m["peg"]["pangkat"] = "Pengatur Tingkat I, II/d"
        return "jenjang-golongan-tidak-sesuai", ("pangkat", "peg"), [("jabatan", "peg")], None
    if kind == "periode_lintas":
        m["periode"] = ("01-07-2026", "30-06-2027")
        return "periode-tidak-valid", ("periode",), [], None
    if kind == "penilai_sama":
        m["pen"]["nip"] = m["peg"]["nip"]
        return "penilai-sama-dengan-pegawai", ("nip", "pen"), [("nip", "peg")], None
    if kind == "jabatan_penilai_kosong":
        m["pen"]["jabatan"] = ""
        return "identitas-kosong", ("jabatan", "pen"), [], None
    if kind == "aspek_asing":
        ku[0]["iki"][1]["aspek"] = "Efektivitas"
        return "aspek-tidak-valid", ("aspek", "ku", 0, 1), [], None
    if kind == "target_kosong":
        ku[1]["iki"][0]["target"] = ""
        return "iki-tanpa-target", ("target", "ku", 1, 0), [], None
    if kind == "target_tak_terukur":
        ku[1]["iki"][0]["target"] = "Sesuai jadwal"
        return "target-tidak-terukur", ("target", "ku", 1, 0), [], None
    if kind == "rentang_terbalik":
        i, j = _find(m, lambda k: k["sat"] == "%")
        ku[i]["iki"][j]["target"] = f"{ku[i]['iki'][j]['t']} – {ku[i]['iki'][j]['t'] - 10} %"
        return "target-rentang-terbalik", ("target", "ku", i, j), [], None
    if kind == "tanpa_satuan":
        i, j = _find(m, lambda k: k["teks"].startswith("Jumlah"))
        ku[i]["iki"][j]["target"] = str(ku[i]["iki"][j]["t"])
        return "target-tanpa-satuan", ("target", "ku", i, j), [("satuan", "ku", i, j)], None
    if kind == "iki_absolut":
        i, j = _find(m, lambda k: k["arah"] == "turun")
        ku[i]["iki"][j]["teks"] = "Semua permohonan diselesaikan pada hari yang sama"
        return "target-absolut", ("iki", "ku", i, j), [("target", "ku", i, j)], None
    if kind == "atasan_kosong":
        ku[0]["atasan"] = ""
        return "rk-atasan-kosong", ("atasan", "ku", 0), [("rk", "ku", 0)], None
    if kind == "rk_aktivitas":
        ku[1]["rk"] = "Melaksanakan rapat koordinasi dan evaluasi program secara berkala"
        return "rk-berbasis-aktivitas", ("rk", "ku", 1), [], None
    if kind == "rk_proses":
        ku[-1]["rk"] = "Pengumpulan dan pengolahan data lapangan untuk bahan laporan bulanan"
        return "rk-berbasis-aktivitas", ("rk", "ku", len(ku) - 1), [], None
    if kind == "kat_kosong":
        ku[1]["iki"][0]["kat"] = {}
        return (
            "kategori-penilaian-kosong",
            ("kat", "ku", 1, 0, m["levels"][0]),
            [("kat", "ku", 1, 0, lv) for lv in m["levels"][1:]]
            + [("iki", "ku", 1, 0), ("target", "ku", 1, 0)],
            None,
        )
    if kind == "kat_terbalik":
        i, j = _find(m, lambda k: k["arah"] == "naik")
        k = ku[i]["iki"][j]["kat"]
        k["CUKUP"], k["SANGAT BAIK"] = k["SANGAT BAIK"], k["CUKUP"]
        return (
            "kategori-tidak-berurutan",
            ("kat", "ku", i, j, "SANGAT BAIK"),
            [("kat", "ku", i, j, lv) for lv in m["levels"] if lv != "SANGAT BAIK"],
            None,
        )
    if kind == "sb_sama":
        i, j = _find(m, lambda k: k["arah"] == "naik" and k["sat"] != "%")
        k = ku[i]["iki"][j]
        k["kat"]["SANGAT BAIK"] = angka(k["t"])
        return "kategori-tidak-membedakan", ("kat", "ku", i, j, "SANGAT BAIK"), [], None
    if kind == "target_dalam_cukup":
        i, j = _find(m, lambda k: k["arah"] == "naik" and k["sat"] != "%" and k["t"] >= 10)
        k = ku[i]["iki"][j]
        k["kat"]["CUKUP"] = f"> {angka(k['t'] - 3)}"
        return (
            "kategori-tidak-membedakan",
            ("kat", "ku", i, j, "CUKUP"),
            [("target", "ku", i, j)],
            ["kategori-tidak-membedakan", "kategori-tidak-berurutan"],
        )
    if kind == "cara_kosong":
        ku[0]["cara"] = ["", "", ""]
        return (
            "cara-memantau-kosong",
            ("cara", "ku", 0, 0),
            [("cara", "ku", 0, 1), ("cara", "ku", 0, 2), ("rk", "ku", 0)],
            None,
        )
    if kind == "persp_asing":
        ku[0]["persp"] = "Kepuasan Pimpinan"
        return "perspektif-tidak-valid", ("persp", "ku", 0), [("rk", "ku", 0)], None
    if kind == "persp_kurang":
        m["ku"] = [rk for rk in ku if rk["persp"] != "Anggaran"]
        return "perspektif-tidak-lengkap", None, [], None
    if kind == "manual_formula":
        ku[1]["iki"][0]["formula"] = ""
        return "manual-iki-kosong", ("manual", "ku", 1, 0, "FORMULA"), [("iki", "ku", 1, 0)], None
    if kind == "manual_hilang":
        ku[-1]["iki"][-1]["no_manual"] = True
        return "manual-iki-kosong", ("iki", "ku", len(ku) - 1, len(ku[-1]["iki"]) - 1), [], None
    if kind == "ak_hilang":
        m["no_ak"] = True
        return "keterkaitan-ak-hilang", None, [], None
    if kind == "rk_tanpa_butir":
        ku[-1]["ak_skip"] = True
        return "rk-tanpa-butir-kegiatan", ("rk", "ku", len(ku) - 1), [], None
    if kind == "ak_nol":
        ku[0]["butir"][0][2] = "0"
        return "angka-kredit-tidak-valid", ("ak", 0, 0), [], None
    if kind == "realisasi_kosong":
        ku[0]["iki"][0]["real_kosong"] = True
        return "realisasi-kosong", ("pen_real", "ku", 0, 0), [], None
    if kind == "capaian_salah":
        iki = ku[1]["iki"][0]
        iki["cap_salah"] = iki["real"][1][0] + 15
        return "capaian-tidak-sesuai", ("pen_cap", "ku", 1, 0), [], None
    if kind == "target_pen_beda":
        iki = ku[0]["iki"][1]
        iki["pen_target"] = target_teks(iki["t"] - 5 if iki["t"] > 5 else iki["t"] + 2, iki["sat"])
        return "target-penilaian-berbeda", ("pen_target", "ku", 0, 1), [], None
    raise ValueError(kind)


def _find(m: dict, pred) -> tuple[int, int]:
    for i, rk in enumerate(m["ku"]):
        for j, iki in enumerate(rk["iki"]):
            if pred(iki):
                return i, j
    raise LookupError


# ---------------------------------------------------------------- daftar berkas

# (form, nomor, slug, penulis, tata letak, cacat)
FILES = [
    ("ja-dasar", 1, "bersih", "openpyxl", {"kop": True, "periode": "ddmmyyyy", "panjang": True}, []),
    (
        "ja-dasar",
        2,
        "bersih",
        "xlsxwriter",
        {"id": "nomor_label", "split": "teks", "quote": True, "c0": 2},
        [],
    ),
    ("ja-dasar", 3, "bersih", "inlinestr", {"labels": "singkat", "page": True, "penilaian": "triwulan"}, []),
    (
        "ja-dasar",
        4,
        "bersih",
        "xlsm",
        {"aspek": "pp46", "periode": "satu", "matriks": True, "penilaian": "biasa", "pen_text": True},
        [],
    ),
    (
        "ja-dasar",
        5,
        "rk-proses-nip-bulan-13",
        "xlsxwriter",
        {"kop": True, "quote": True},
        ["rk_proses", "nip_bulan13"],
    ),
    (
        "ja-dasar",
        6,
        "target-tak-terukur-tanpa-satuan",
        "inlinestr",
        {"split": "teks", "periode": "ddmmyyyy"},
        ["target_tak_terukur", "tanpa_satuan"],
    ),
    (
        "ja-dasar",
        7,
        "penilai-sama-realisasi-kosong",
        "xlsm",
        {"penilaian": "triwulan", "c0": 2},
        ["penilai_sama", "realisasi_kosong"],
    ),
    ("ja-pengembangan", 1, "bersih", "xlsxwriter", {"levels": 5, "split": "teks", "quote": True}, []),
    (
        "ja-pengembangan",
        2,
        "bersih",
        "openpyxl",
        {"levels": 2, "page": True, "periode": "satu", "penilaian": "triwulan"},
        [],
    ),
    (
        "ja-pengembangan",
        3,
        "bersih",
        "inlinestr",
        {"levels": 3, "id": "nomor_label", "panjang": True, "kat_label": "STANDAR KINERJA"},
        [],
    ),
    (
        "ja-pengembangan",
        4,
        "bersih",
        "xlsm",
        {"levels": 4, "labels": "singkat", "matriks": True, "penilaian": "biasa"},
        [],
    ),
    (
        "ja-pengembangan",
        5,
        "target-dalam-cukup",
        "openpyxl",
        {"levels": 5, "kop": True},
        ["target_dalam_cukup"],
    ),
    (
        "ja-pengembangan",
        6,
        "cara-memantau-kosong-capaian-salah",
        "xlsxwriter",
        {"levels": 3, "penilaian": "biasa", "pen_text": True},
        ["cara_kosong", "capaian_salah"],
    ),
    (
        "ja-pengembangan",
        7,
        "kategori-kosong-rk-atasan-kosong",
        "inlinestr",
        {"levels": 3, "id": "nomor_label"},
        ["kat_kosong", "atasan_kosong"],
    ),
    (
        "jf-dasar",
        1,
        "bersih",
        "xlsxwriter",
        {"ak_order": "ak_dulu", "quote": True, "periode": "ddmmyyyy"},
        [],
    ),
    ("jf-dasar", 2, "bersih", "inlinestr", {"ak_colnum": True, "page": True, "kop": True}, []),
    ("jf-dasar", 3, "bersih", "xlsm", {"id": "nomor_label", "panjang": True, "penilaian": "triwulan"}, []),
    (
        "jf-dasar",
        4,
        "bersih",
        "openpyxl",
        {"split": "teks", "labels": "singkat", "aspek": "kapital", "matriks": True},
        [],
    ),
    (
        "jf-dasar",
        5,
        "tanpa-lampiran-ak-rentang-terbalik",
        "xlsm",
        {"kop": True},
        ["ak_hilang", "rentang_terbalik"],
    ),
    (
        "jf-dasar",
        6,
        "angka-kredit-nol-aspek-asing",
        "openpyxl",
        {"ak_order": "ak_dulu", "c0": 2},
        ["ak_nol", "aspek_asing"],
    ),
    (
        "jf-dasar",
        7,
        "rk-tanpa-butir-golongan-di-bawah-jenjang",
        "inlinestr",
        {"periode": "satu"},
        ["rk_tanpa_butir", "jenjang_gol"],
    ),
    (
        "jf-pengembangan",
        1,
        "bersih",
        "inlinestr",
        {"levels": 5, "ak_order": "ak_dulu", "penilaian": "biasa", "pen_text": True},
        [],
    ),
    ("jf-pengembangan", 2, "bersih", "xlsm", {"levels": 3, "split": "teks", "kop": True}, []),
    (
        "jf-pengembangan",
        3,
        "bersih",
        "openpyxl",
        {"levels": 4, "page": True, "id": "nomor_label", "penilaian": "triwulan"},
        [],
    ),
    (
        "jf-pengembangan",
        4,
        "bersih",
        "xlsxwriter",
        {"levels": 2, "panjang": True, "quote": True, "aspek": "pp46", "ak_colnum": True},
        [],
    ),
    ("jf-pengembangan", 5, "sangat-baik-sama-target", "xlsxwriter", {"levels": 5}, ["sb_sama"]),
    (
        "jf-pengembangan",
        6,
        "kategori-terbalik-target-penilaian-beda",
        "xlsm",
        {"levels": 3, "penilaian": "biasa"},
        ["kat_terbalik", "target_pen_beda"],
    ),
    (
        "jf-pengembangan",
        7,
        "iki-semua-jabatan-penilai-kosong",
        "openpyxl",
        {"levels": 4, "periode": "ddmmyyyy"},
        ["iki_absolut", "jabatan_penilai_kosong"],
    ),
    ("jpt-dasar", 1, "bersih", "openpyxl", {"kop": True, "periode": "ddmmyyyy"}, []),
    ("jpt-dasar", 2, "bersih", "inlinestr", {"manual": "berdampingan", "kt": False}, []),
    ("jpt-dasar", 3, "bersih", "xlsxwriter", {"id": "nomor_label", "penilai_sekda": True, "quote": True}, []),
    ("jpt-dasar", 4, "bersih", "xlsm", {"periode": "satu", "c0": 2}, []),
    ("jpt-dasar", 5, "manual-tanpa-formula", "xlsxwriter", {"kop": True}, ["manual_formula"]),
    (
        "jpt-dasar",
        6,
        "periode-lintas-tahun-nip-17",
        "openpyxl",
        {"penilai_sekda": True},
        ["periode_lintas", "nip17"],
    ),
    (
        "jpt-dasar",
        7,
        "target-kosong-rk-kegiatan",
        "inlinestr",
        {"manual": "berdampingan"},
        ["target_kosong", "rk_aktivitas"],
    ),
    ("jpt-pengembangan", 1, "bersih", "xlsxwriter", {"persp_span": True, "kop": True}, []),
    (
        "jpt-pengembangan",
        2,
        "bersih",
        "xlsm",
        {"persp_span": True, "manual": "berdampingan", "quote": True},
        [],
    ),
    ("jpt-pengembangan", 3, "bersih", "openpyxl", {"id": "nomor_label", "periode": "ddmmyyyy"}, []),
    (
        "jpt-pengembangan",
        4,
        "bersih",
        "inlinestr",
        {"persp_span": True, "penilai_sekda": True, "kt": False},
        [],
    ),
    ("jpt-pengembangan", 5, "perspektif-asing", "openpyxl", {"persp_span": True}, ["persp_asing"]),
    (
        "jpt-pengembangan",
        6,
        "tanpa-perspektif-anggaran-pangkat-salah",
        "xlsm",
        {"persp_span": True, "penilai_sekda": True},
        ["persp_kurang", "pangkat_salah"],
    ),
    (
        "jpt-pengembangan",
        7,
        "manual-iki-hilang",
        "inlinestr",
        {"persp_span": True, "periode": "satu"},
        ["manual_hilang"],
    ),
]


def bangun(
    form: str, idx: int, writer: str, L: dict, kinds: list[str], rng: random.Random, out: Path, name: str
) -> dict:
    m = model(rng, form, idx, L)
    if m["jenis"] != "jpt" and L.get("penilaian"):
        isi_realisasi(m, rng)
    sisipan = [sisip(m, k) for k in kinds]
    P = Penata(m, L)
    sheets = []
    if m["jenis"] == "jpt":
        sheets.append(P.rencana_jpt())
        sheets.append(P.manual())
    else:
        if L.get("matriks"):
            sheets.append(P.matriks())
        sheets.append(P.rencana_jajf())
        if m["jenis"] == "jf" and not m.get("no_ak"):
            sheets.append(P.keterkaitan())
        if L.get("penilaian"):
            sheets.append(P.penilaian())
    WRITERS[writer](sheets, out / name)
    skp = sheets[1 if L.get("matriks") and m["jenis"] != "jpt" else 0].name
    defects = []
    for code, key, alts, any_of in sisipan:
        d = {"code": code, "sheet": None, "cell": None}
        if key is not None:
            d["sheet"], d["cell"] = _where(P, key, skp)
        if alts:
            d["alt_cells"] = [dict(zip(("sheet", "cell"), _where(P, a, skp), strict=True)) for a in alts]
        if any_of:
            d["any_of"] = any_of
        defects.append(d)
    return {
        "file": name,
        "form": form,
        "clean": not defects,
        "defects": defects,
        "writer": writer,
        "instansi": m["instansi"],
        "jabatan": m["peg"]["jabatan"],
        "layout": L,
    }


def _where(P: Penata, key: tuple, skp: str) -> tuple[str, str]:
    if key[0] in ("nip", "pangkat", "jabatan", "periode"):
        if key[0] == "periode":
            return skp, P.pos[(skp, "periode")]
        return skp, P.pos[(skp, key[0], key[1])]
    if key[0] in ("pen_target", "pen_real", "pen_cap"):
        return P.L.get("pen_sheet", "Penilaian"), P.pos[key]
    if key[0] in ("ak", "butir"):
        return P.L.get("ak_sheet", "Keterkaitan AK"), P.pos[key]
    if key[0] == "manual":
        return P.L.get("manual_sheet", "Manual IKI"), P.pos[key]
    return skp, P.pos[key]


# ---------------------------------------------------------------- berkas khusus


def khusus(out: Path) -> list[dict]:
    res = []
    # Permen PANRB 6/2022 sebagai .xlsm
    sh = Lembar("SKP")
    rows = [
        ["SASARAN KINERJA PEGAWAI"],
        ["PENDEKATAN HASIL KERJA KUALITATIF"],
        ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"],
        [],
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA"],
        [1, "NAMA", "Wahyu Setiawan, A.Md.Kom.", 1, "NAMA", "Ratna Juwita, S.Stat."],
        [2, "NIP", "199003152015031002", 2, "NIP", "198102112006042003"],
        [],
        ["HASIL KERJA"],
        [
            "NO",
            "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
            "RENCANA HASIL KERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        ["A. UTAMA"],
        [
            1,
            "Layanan data statistik sektoral tersedia",
            "Basis data sektoral mutakhir",
            "Kuantitas",
            "Jumlah set data yang diterbitkan",
            "24 set data",
        ],
        [],
        ["PERILAKU KERJA"],
        [1, "Berorientasi Pelayanan", "Ekspektasi khusus pimpinan:"],
        [],
        ["EKSPEKTASI KHUSUS PIMPINAN", "Menyelesaikan data tepat waktu"],
    ]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            sh.put(r, c, v)
    tulis_openpyxl([sh], out / "lain-permen6-2022-rhk.xlsx")
    res.append(
        {
            "file": "lain-permen6-2022-rhk.xlsx",
            "form": None,
            "clean": False,
            "writer": "openpyxl",
            "defects": [{"code": "format-lain", "sheet": None, "cell": None}],
            "layout": {"rezim": "6/2022"},
        }
    )
    # templat belum diisi, ditulis seperti ekspor aplikasi web
    sh = Lembar("Form SKP")
    rows = [
        ["RENCANA SASARAN KINERJA PEGAWAI"],
        ["PERIODE PENILAIAN: ......................"],
        [],
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA", ""],
        [1, "NAMA", "[isi nama]", 1, "NAMA", "[isi nama]"],
        [2, "NIP", "[isi NIP]", 2, "NIP", "[isi NIP]"],
        [3, "PANGKAT/GOL. RUANG", "....................", 3, "PANGKAT/GOL. RUANG", "...................."],
        [4, "JABATAN", "....................", 4, "JABATAN", "...................."],
        [5, "UNIT KERJA", "....................", 5, "UNIT KERJA", "...................."],
        [],
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        ["A. KINERJA UTAMA"],
        [1, "[isi]", "[isi]", "Kuantitas", "[isi]", "[isi]"],
        ["", "", "", "Kualitas", "", ""],
        ["", "", "", "Waktu", "", ""],
        ["B. KINERJA TAMBAHAN"],
        [1, "", "", "", "", ""],
    ]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            sh.put(r, c, v)
    tulis_inlinestr([sh], out / "templat-isian-belum-diisi.xlsx")
    res.append(
        {
            "file": "templat-isian-belum-diisi.xlsx",
            "form": None,
            "clean": False,
            "writer": "inlinestr",
            "defects": [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
            "layout": {"placeholder": "[isi] dan titik"},
        }
    )
    # buku kerja kosong ber-makro: hanya lebar kolom, tanpa satu sel pun
    sh = Lembar("SKP 2026")
    sh.widths.update({1: 6, 2: 40, 3: 40})
    tulis_xlsm([sh, Lembar("Sheet2")], out / "buku-kerja-kosong.xlsm")
    res.append(
        {
            "file": "buku-kerja-kosong.xlsm",
            "form": None,
            "clean": False,
            "writer": "xlsm",
            "defects": [
                {
                    "code": "bukan-skp",
                    "sheet": None,
                    "cell": None,
                    "any_of": ["bukan-skp", "templat-belum-diisi"],
                }
            ],
            "layout": {"kosong": True},
        }
    )
    # bukan SKP: daftar inventaris barang milik daerah
    sh = Lembar("KIB B")
    rows = [
        ["KARTU INVENTARIS BARANG (KIB) B — PERALATAN DAN MESIN"],
        ["DINAS SOSIAL KOTA BANDAR SARI"],
        [],
        ["NO", "KODE BARANG", "NAMA BARANG", "MERK/TIPE", "TAHUN PEROLEHAN", "HARGA (Rp)", "KETERANGAN"],
    ]
    for k, (kode, nama, merk, th, harga) in enumerate(
        [
            ("1.3.2.10.01.02.001", "Laptop", "Lenovo ThinkPad E14", 2023, "14.250.000"),
            ("1.3.2.05.01.05.010", "Printer", "Epson L3210", 2022, "2.700.000"),
            ("1.3.2.02.01.01.004", "Sepeda Motor", "Honda Vario 125", 2021, "23.900.000"),
        ],
        1,
    ):
        rows.append([k, kode, nama, merk, th, harga, "Baik"])
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            sh.put(r, c, v)
    tulis_xlsxwriter([sh], out / "inventaris-barang-bukan-skp.xlsx")
    res.append(
        {
            "file": "inventaris-barang-bukan-skp.xlsx",
            "form": None,
            "clean": False,
            "writer": "xlsxwriter",
            "defects": [{"code": "bukan-skp", "sheet": None, "cell": None}],
            "layout": {"isi": "KIB B"},
        }
    )
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set evaluasi tertahan nyata_g.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    for old in args.keluaran.glob("*.xls*"):
        old.unlink()
    rng = random.Random(SEED)
    files = []
    for form, idx, slug, writer, L, kinds in FILES:
        ext = "xlsm" if writer == "xlsm" else "xlsx"
        name = f"{form}-{idx:02d}-{slug}.{ext}"
        files.append(bangun(form, idx, writer, dict(L), kinds, rng, args.keluaran, name))
    files += khusus(args.keluaran)
    args.harapan.write_text(
        json.dumps({"set": "nyata_g", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
