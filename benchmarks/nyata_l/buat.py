"""Build the held-out evaluation set ``nyata_l``: 46 SKP workbooks and their manifest ``harapan.json``.

Written from SPEC §3–§8 alone (not from the project's reader, mappings, templates, fixtures or the earlier
sets' generators). Every workbook is first drawn on a grid of cells (:class:`Lembar`); the layout functions
record the cell of each value they place, so an injected defect's cell is known exactly. Three writers:

- ``openpyxl`` — an ordinary Excel-like file;
- ``gsheets`` — what Google Sheets / Excel Online exports look like: shared strings, cells without styles
  except where a number format matters, formula results cached as ``t="str"`` / ``t="e"`` / numbers, shared
  formulas, booleans (checkboxes), floats written with all their digits (``0.7200000000000001``);
- ``wps`` — a WPS-Office-like export: inline strings, no shared-strings part, the same formula traits.

Usage: ``python benchmarks/nyata_l/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministic for ``SEED``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import zipfile
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261212
TAHUN = 2026
EPOCH = dt.date(1899, 12, 30)
NBSP, ZW, FWS = "\u00a0", "\u200b", "\u3000"

FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")


def col(c: int) -> str:
    return get_column_letter(c)


def ref(r: int, c: int) -> str:
    return f"{col(c)}{r}"


def serial(d: dt.date) -> int:
    return (d - EPOCH).days


# ---------------------------------------------------------------------------------------------------- grid


@dataclass
class Sel:
    value: Any
    fmt: str | None = None  # number format: "0%", "d mmmm yyyy", "dd/mm/yyyy", "0"
    formula: str | None = None  # without "="; the value is its cached result
    shared: tuple[int, str] | None = None  # (si, ref-range) for the master, (si, "") for a follower
    bold: bool = False


@dataclass
class Lembar:
    name: str
    cells: dict[tuple[int, int], Sel] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: bool = False
    widths: dict[int, float] = field(default_factory=dict)

    def put(self, r: int, c: int, value: Any, **kw: Any) -> str:
        self.cells[(r, c)] = Sel(value, **kw)
        return ref(r, c)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def last_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)


# ---------------------------------------------------------------------------------------------------- writers


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        if sh.hidden:
            ws.sheet_state = "hidden"
        for (r, c), s in sorted(sh.cells.items()):
            v = s.value
            if s.formula is not None:
                v = "=" + s.formula
            if isinstance(v, int | float) and s.fmt and "yy" in s.fmt:
                v = EPOCH + dt.timedelta(days=int(v))
            cell = ws.cell(row=r, column=c, value=v)
            if s.fmt:
                cell.number_format = s.fmt
            if s.bold:
                cell.font = Font(bold=True)
            if isinstance(v, str) and len(v) > 30:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[col(c)].width = w
    wb.properties.creator = "openpyxl"
    wb.properties.created = dt.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 5, 8, 0, 0)
    wb.save(path)


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NSR = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _num(v: float | int) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    return repr(v)


def _txt(s: str) -> str:
    return escape(s)


def write_raw(sheets: list[Lembar], path: Path, flavour: str) -> None:
    """A hand-written SpreadsheetML package like a spreadsheet service's export (see module docstring)."""
    fmts: list[str] = []
    for sh in sheets:
        for s in sh.cells.values():
            if s.fmt and s.fmt not in fmts:
                fmts.append(s.fmt)
    builtin = {"0%": 9, "0": 1, "0.00": 2, "@": 49}
    custom = [f for f in fmts if f not in builtin]
    fmt_id = {f: builtin.get(f, 164 + custom.index(f) if f in custom else 0) for f in fmts}
    xf_of = {f: i + 1 for i, f in enumerate(fmts)}
    strings: list[str] = []
    sidx: dict[str, int] = {}

    def sst(s: str) -> int:
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    def cell_xml(r: int, c: int, s: Sel) -> str:
        a = f'r="{ref(r, c)}"'
        if s.fmt:
            a += f' s="{xf_of[s.fmt]}"'
        v = s.value
        f = ""
        if s.formula is not None:
            if s.shared and s.shared[1]:
                f = f'<f t="shared" ref="{s.shared[1]}" si="{s.shared[0]}">{_txt(s.formula)}</f>'
            elif s.shared:
                f = f'<f t="shared" si="{s.shared[0]}"/>'
            else:
                f = f"<f>{_txt(s.formula)}</f>"
            if isinstance(v, str) and v.startswith("#"):
                return f'<c {a} t="e">{f}<v>{_txt(v)}</v></c>'
            if isinstance(v, str):
                return f'<c {a} t="str">{f}<v>{_txt(v)}</v></c>'
            if isinstance(v, bool):
                return f'<c {a} t="b">{f}<v>{_num(v)}</v></c>'
            return f"<c {a}>{f}<v>{_num(v)}</v></c>"
        if isinstance(v, bool):
            return f'<c {a} t="b"><v>{_num(v)}</v></c>'
        if isinstance(v, int | float):
            return f"<c {a}><v>{_num(v)}</v></c>"
        if flavour == "wps":
            return f'<c {a} t="inlineStr"><is><t xml:space="preserve">{_txt(v)}</t></is></c>'
        return f'<c {a} t="s"><v>{sst(v)}</v></c>'

    parts: dict[str, str] = {}
    for i, sh in enumerate(sheets, 1):
        rows: dict[int, list[str]] = {}
        for (r, c), s in sorted(sh.cells.items()):
            if s.value is None and s.formula is None:
                continue
            rows.setdefault(r, []).append(cell_xml(r, c, s))
        body = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(rows.items()))
        cols = ""
        if sh.widths:
            cols = (
                "<cols>"
                + "".join(
                    f'<col min="{c}" max="{c}" width="{w}" customWidth="1"/>'
                    for c, w in sorted(sh.widths.items())
                )
                + "</cols>"
            )
        merges = ""
        if sh.merges:
            merges = (
                f'<mergeCells count="{len(sh.merges)}">'
                + "".join(f'<mergeCell ref="{ref(a, b)}:{ref(c, d)}"/>' for a, b, c, d in sh.merges)
                + "</mergeCells>"
            )
        parts[f"xl/worksheets/sheet{i}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS} {_NSR}>'
            f"{cols}<sheetData>{body}</sheetData>{merges}</worksheet>"
        )
    hidden = ' state="hidden"'
    sheets_xml = "".join(
        f'<sheet name="{_txt(sh.name)}" sheetId="{i}"{hidden if sh.hidden else ""} r:id="rId{i}"/>'
        for i, sh in enumerate(sheets, 1)
    )
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {_NS} {_NSR}>'
        f"<sheets>{sheets_xml}</sheets></workbook>"
    )
    n = len(sheets)
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, n + 1)
    )
    rels += (
        f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/styles" Target="styles.xml"/>'
    )
    if flavour != "wps":
        rels += (
            f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/sharedStrings" Target="sharedStrings.xml"/>'
        )
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    )
    numfmts = "".join(f'<numFmt numFmtId="{fmt_id[f]}" formatCode="{_txt(f)}"/>' for f in custom)
    xfs = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' + "".join(
        f'<xf numFmtId="{fmt_id[f]}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        for f in fmts
    )
    parts["xl/styles.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {_NS}>'
        + (f'<numFmts count="{len(custom)}">{numfmts}</numFmts>' if custom else "")
        + '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/>'
        '</fill></fills><borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(fmts) + 1}">{xfs}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    )
    if flavour != "wps":
        items = "".join(f'<si><t xml:space="preserve">{_txt(s)}</t></si>' for s in strings)
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {_NS} count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{items}</sst>'
        )
    over = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT}.worksheet+xml"/>'
        for i in range(1, n + 1)
    )
    over += f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    over += f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
    if flavour != "wps":
        over += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{over}</Types>"
    )
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    order = [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
    ] + (["xl/sharedStrings.xml"] if flavour != "wps" else [])
    order += [f"xl/worksheets/sheet{i}.xml" for i in range(1, n + 1)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])


def write(sheets: list[Lembar], path: Path, writer: str) -> None:
    if writer == "openpyxl":
        write_openpyxl(sheets, path)
    else:
        write_raw(sheets, path, writer)


# ---------------------------------------------------------------------------------------------------- people


def nip(rng: random.Random, pppk: bool = False, birth_year: int | None = None) -> str:
    y = birth_year or rng.randint(1972, 1996)
    born = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    tmt_y = max(y + 20, 2023 if pppk else y + 22)
    tmt_y = min(tmt_y, 2024)
    tmt_m = "21" if pppk else f"{rng.randint(1, 12):02d}"
    if pppk:
        tmt_y = rng.choice([2022, 2023, 2024])
    return f"{born:%Y%m%d}{tmt_y}{tmt_m}{rng.randint(1, 2)}{rng.randint(1, 30):03d}"


def spaced(n: str, sep: str = " ") -> str:
    return f"{n[:8]}{sep}{n[8:14]}{sep}{n[14]}{sep}{n[15:]}"


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}, {rng.choice(bank.GELAR)}"


def pangkat_text(gol: str, style: int) -> str:
    name = bank.PANGKAT[gol]
    if style == 0:
        return f"{name}, {gol}"
    if style == 1:
        return f"{name} ({gol})"
    if style == 2:
        return f"{name.replace('Tingkat I', 'Tk. I')} / {gol}"
    return f"{gol} - {name}"


# ---------------------------------------------------------------------------------------------------- numbers


def fnum(x: float | Fraction) -> str:
    """Indonesian number text: comma decimals, dot thousands."""
    x = float(x)
    if abs(x - round(x)) < 1e-9:
        s = f"{int(round(x)):,}".replace(",", ".")
        return s
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    whole, _, frac = s.partition(".")
    whole = f"{int(whole):,}".replace(",", ".")
    return f"{whole},{frac}" if frac else whole


def target_text(t: float, satuan: str) -> str:
    if satuan == "rupiah":
        return f"Rp {fnum(t)}"
    if satuan == "%":
        return f"{fnum(t)} %"
    if satuan == "nilai":
        return fnum(t)
    return f"{fnum(t)} {satuan}".strip()


def capaian(real: Fraction, target: Fraction, arah: str) -> Fraction:
    if arah == "turun":
        return (1 + (1 - real / target)) * 100
    return real / target * 100


def half_up(x: Fraction) -> int:
    return int((x * 2 + 1) // 2)


def kategori_nilai(c: int) -> tuple[str, Fraction]:
    if c > 110:
        return "Sangat Baik", Fraction(120)
    if c >= 101:
        return "Sangat Baik", 110 + Fraction(10, 9) * (c - 101)
    if c == 100:
        return "Baik", Fraction(109)
    if c >= 80:
        return "Cukup", 70 + Fraction(19, 19) * (c - 80)
    if c >= 60:
        return "Kurang", 50 + Fraction(19, 19) * (c - 60)
    return "Sangat Kurang", Fraction(c, 59) * 49


# ---------------------------------------------------------------------------------------------------- model


def make_iki(aspek: str, iki: str, t: float, satuan: str, arah: str, peng: bool) -> dict[str, Any]:
    if peng and satuan == "%" and t >= 100:
        t = 95
    return {
        "aspek": aspek,
        "iki": iki,
        "t": t,
        "satuan": satuan,
        "arah": arah,
        "target": target_text(t, satuan),
        "kat": None,
    }


def kategori_levels(iki: dict[str, Any], style: str) -> list[Any]:
    """Five kategori cells SANGAT KURANG … SANGAT BAIK; BAIK holds the target (SPEC §3.3)."""
    t, s, arah = iki["t"], iki["satuan"], iki["arah"]
    unit = "" if s in ("", "nilai") else (" %" if s == "%" else f" {s}")
    if s == "rupiah":
        unit = ""
    if style == "kalimat" and iki["aspek"] == "Kualitas":
        lv = list(bank.KATEGORI_KALIMAT)
        lv[3] = iki["target"]
        return lv
    if style == "persen" and s == "%":
        f = t / 100
        return [f * 0.6, f * 0.7, f * 0.8, f, f + 0.03]

    def n(x: float) -> str:
        return fnum(round(x) if t >= 5 else round(x, 1))

    if arah == "naik":
        return [
            f"< {n(t * 0.6)}{unit}",
            f"< {n(t * 0.8)}{unit}",
            f"< {n(t)}{unit}",
            iki["target"],
            f"> {n(t)}{unit}",
        ]
    return [
        f"> {n(t * 1.5)}{unit}",
        f"> {n(t * 1.2)}{unit}",
        f"> {n(t)}{unit}",
        iki["target"],
        f"< {n(t)}{unit}",
    ]


def build_doc(form: str, inst: dict[str, Any], rng: random.Random, opts: dict[str, Any]) -> dict[str, Any]:
    jenis, model = form.split("-")
    peng = model == "pengembangan"
    bidang = inst["bidang"]
    jab = bank.JABATAN[bidang]
    doc: dict[str, Any] = {
        "form": form,
        "jenis": jenis,
        "model": model,
        "instansi": inst["nama"],
        "inst": inst,
    }
    unit = (
        inst["nama"].split(",")[0].title().replace("Dan", "dan").replace("Rsud", "RSUD").replace("Smp", "SMP")
    )
    pppk = opts.get("pppk", False)
    if jenis == "jpt":
        title, gol = bank.JPT[inst["kode"]]
        peg = {
            "nama": person_name(rng),
            "nip": nip(rng, birth_year=rng.randint(1968, 1976)),
            "pangkat": pangkat_text(gol, rng.randint(0, 3)),
            "jabatan": title,
            "unit": unit,
        }
        if opts.get("penilai") == "politik":
            nama, jabatan = inst["kepala_daerah"]
            pen = {
                "nama": nama,
                "nip": "-",
                "pangkat": "-",
                "jabatan": jabatan,
                "unit": f"Pemerintah {inst['daerah']}",
            }
        else:
            pre = opts.get("plt") or ""
            pen = {
                "nama": person_name(rng),
                "nip": nip(rng, birth_year=1967),
                "pangkat": pangkat_text("IV/d", 0),
                "jabatan": f"{pre} Sekretaris Daerah".strip(),
                "unit": f"Sekretariat Daerah {inst['daerah']}",
            }
        rencana = bank.JPT_RENCANA[inst["kode"]]
        rks = []
        for persp, rk, ikis in rencana:
            rks.append(
                {
                    "persp": persp,
                    "text": rk,
                    "atasan": None,
                    "ikis": [make_iki("", i, t, s, a, False) for i, t, s, a in ikis],
                }
            )
    else:
        if jenis == "jf":
            title, gol = jab["jf"][rng.randrange(len(jab["jf"]))]
            if pppk:
                title, gol = jab["jf"][0]
        else:
            title = jab["ja"][rng.randrange(len(jab["ja"]))]
            gol = rng.choice(["II/c", "III/a", "III/b", "III/c"])
        if pppk:
            g = rng.choice(bank.PPPK_GOLONGAN) if jenis == "ja" else bank.PPPK_JF[title.split()[-1]]
            pangkat = rng.choice([g, f"Golongan {g}", f"{g} (PPPK)", f"Gol. {g}"])
            n = nip(rng, pppk=True)
        else:
            pangkat = pangkat_text(gol, rng.randint(0, 3))
            n = nip(rng)
        peg = {"nama": person_name(rng), "nip": n, "pangkat": pangkat, "jabatan": title, "unit": unit}
        pre = opts.get("plt")
        atasan = jab["atasan"]
        pen = {
            "nama": person_name(rng),
            "nip": nip(rng, birth_year=rng.randint(1970, 1980)),
            "pangkat": pangkat_text(rng.choice(["III/d", "IV/a", "IV/b"]), rng.randint(0, 3)),
            "jabatan": f"{pre} {atasan}" if pre else atasan,
            "unit": unit,
        }
        pool = list(bank.RK[bidang])
        rng.shuffle(pool)
        n_rk = 3 if not opts.get("long") else 0
        chosen = pool[:n_rk]
        if opts.get("long"):
            chosen = pool[:2] + bank.RK_PANJANG[:9]
        atasan_rk = bank.RK_ATASAN[bidang]
        rks = []
        for k, (rk, ikis) in enumerate(chosen):
            rks.append(
                {
                    "text": rk,
                    "atasan": atasan_rk[k % len(atasan_rk)],
                    "persp": None,
                    "ikis": [make_iki(a, i, t, s, d, peng) for a, i, t, s, d in ikis],
                    "cara": bank.CARA_MEMANTAU[k % len(bank.CARA_MEMANTAU)],
                }
            )
    doc["peg"], doc["pen"], doc["rks"] = peg, pen, rks
    if jenis != "jpt" and opts.get("tambahan"):
        rk, aspek, iki, t, s, d = bank.TAMBAHAN[rng.randrange(len(bank.TAMBAHAN))]
        doc["tambahan"] = [
            {
                "text": rk,
                "atasan": "-",
                "persp": None,
                "cara": bank.CARA_MEMANTAU[3],
                "ikis": [make_iki(aspek, iki, t, s, d, peng)],
            }
        ]
    else:
        doc["tambahan"] = []
    if peng and jenis != "jpt":
        for rk in rks + doc["tambahan"]:
            for iki in rk["ikis"]:
                iki["kat"] = kategori_levels(iki, opts.get("kat", "teks"))
    doc["periode"] = f"1 JANUARI SD 31 DESEMBER {TAHUN}"
    if jenis == "jf":
        key = next(k for k in bank.BUTIR if peg["jabatan"].startswith(k))
        butir = bank.BUTIR[key]
        doc["ak"] = [
            [butir[k % len(butir)]] + ([butir[(k + 1) % len(butir)]] if k == 0 else [])
            for k in range(len(rks))
        ]
    if jenis == "jpt":
        doc["manual"] = []
        for rk in rks:
            for iki in rk["ikis"]:
                m = dict(bank.MANUAL)
                m["satuan"] = iki["satuan"] or "indeks"
                m["aspek"] = (
                    "Waktu" if iki["arah"] == "turun" and iki["satuan"] in ("hari", "menit") else "Kuantitas"
                )
                doc["manual"].append({"rk": rk["text"], "iki": iki["iki"], **m})
    return doc


# ---------------------------------------------------------------------------------------------------- labels

LABELS = {
    "biasa": {
        "peg": "PEGAWAI YANG DINILAI",
        "pen": "PEJABAT PENILAI KINERJA",
        "nama": "NAMA",
        "nip": "NIP",
        "pangkat": "PANGKAT/GOL RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET",
        "persp": "PERSPEKTIF",
    },
    "bintang": {
        "peg": "PEGAWAI YANG DINILAI",
        "pen": "PEJABAT PENILAI KINERJA",
        "nama": "NAMA*",
        "nip": "NIP*",
        "pangkat": "PANGKAT/GOL RUANG*",
        "jabatan": "JABATAN*",
        "unit": "UNIT KERJA*",
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI*",
        "rk": "RENCANA KINERJA*",
        "aspek": "ASPEK*",
        "iki": "INDIKATOR KINERJA INDIVIDU*",
        "target": "TARGET *",
        "persp": "PERSPEKTIF*",
    },
    "catatan": {
        "peg": "PEGAWAI YANG DINILAI",
        "pen": "PEJABAT PENILAI KINERJA¹",
        "nama": "NAMA",
        "nip": "NIP²",
        "pangkat": "PANGKAT/GOL RUANG",
        "jabatan": "JABATAN",
        "unit": "UNIT KERJA",
        "no": "NO",
        "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI³",
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK⁴",
        "iki": "INDIKATOR KINERJA INDIVIDU",
        "target": "TARGET⁵",
        "persp": "PERSPEKTIF⁴",
    },
    "unicode": {
        "peg": f"PEGAWAI{NBSP}YANG DINILAI",
        "pen": f"PEJABAT PENILAI{FWS}KINERJA",
        "nama": f"NAMA{NBSP}",
        "nip": f"N{ZW}IP",
        "pangkat": "PANGKAT/GOL\tRUANG",
        "jabatan": f"JABATAN{ZW}",
        "unit": f"UNIT{NBSP}KERJA",
        "no": f"NO{NBSP}",
        "atasan": f"RENCANA KINERJA ATASAN LANGSUNG/UNIT{NBSP}KERJA/ORGANISASI",
        "rk": f"RENCANA{NBSP}KINERJA",
        "aspek": f"{ZW}ASPEK",
        "iki": "INDIKATOR KINERJA\tINDIVIDU",
        "target": f"TARGET{ZW}",
        "persp": f"PERSPEKTIF{NBSP}",
    },
}
FOOTNOTES = {
    "bintang": ["Keterangan:", "*) wajib diisi"],
    "catatan": [
        "Catatan:",
        "¹ Atasan langsung atau pejabat yang ditunjuk.",
        "² Diisi 18 digit tanpa spasi.",
        "³ Rencana kinerja atasan yang diintervensi.",
        "⁴ Kuantitas, kualitas, waktu atau biaya.",
        "⁵ Disertai satuan.",
    ],
}
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]


# ---------------------------------------------------------------------------------------------------- layout


def identity_value(doc: dict[str, Any], who: str, key: str, opts: dict[str, Any]) -> Any:
    v = doc[who][key]
    if opts.get("labels") == "unicode" and isinstance(v, str) and key == "nip" and v != "-":
        return spaced(v, NBSP)
    if opts.get("labels") == "unicode" and key == "nama" and isinstance(v, str):
        return v + NBSP
    if opts.get("labels") == "unicode" and key == "jabatan" and who == "peg" and isinstance(v, str):
        return v.replace(" ", "\t", 1)
    if key == "nip" and isinstance(v, str) and len(v) == 18 and v.isdigit() and opts.get("nip_spasi"):
        return spaced(v)
    return v


def place_identity(
    sh: Lembar,
    r: int,
    c0: int,
    doc: dict[str, Any],
    opts: dict[str, Any],
    pos: dict[tuple, str],
    data: Lembar | None,
) -> int:
    lab = LABELS[opts.get("labels", "biasa")]
    keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
    jpt = doc["jenis"] == "jpt"
    layout = opts.get("id_layout", "baku")

    nip_cell: dict[str, str] = {}

    def val(who: str, k: str, rr: int, cc: int) -> None:
        v = identity_value(doc, who, k, opts)
        if data is None:
            pos[(who, k)] = sh.put(rr, cc, v)
            return
        # identity taken by formula from the hidden Data Pegawai sheet, cached results kept
        rp, rn, last = doc["_data_rows"]
        if k == "nip":
            nip_cell[who] = f"${col(cc)}${rr}"
            pos[(who, k)] = sh.put(rr, cc, v, formula=f"'Data Pegawai'!B{rp if who == 'peg' else rn}")
            return
        colno = {"nama": 2, "pangkat": 3, "jabatan": 4, "unit": 5}[k]
        key = nip_cell.get(who, f"${col(cc)}${rr + 1}")
        end = last
        if doc.get("na") == (who, k):
            end = last - 1  # the lookup range stops one row short of the penilai: #N/A
            v = "#N/A"
        pos[(who, k)] = sh.put(
            rr, cc, v, formula=f"VLOOKUP({key},'Data Pegawai'!$B$2:$F${end},{colno},FALSE)"
        )

    if layout == "tumpuk":
        for who, head in (("peg", "I"), ("pen", "II")):
            sh.put(r, c0, head)
            sh.put(r, c0 + 1, lab[who], bold=True)
            r += 1
            for i, k in enumerate(keys, 1):
                label = "INSTANSI" if (jpt and who == "pen" and k == "unit") else lab[k]
                sh.put(r, c0, i)
                sh.put(r, c0 + 1, label)
                sh.put(r, c0 + 2, ":")
                val(who, k, r, c0 + 3)
                sh.merge(r, c0 + 3, r, c0 + 5)
                r += 1
        return r
    # side by side: NO | label | value (3 cols) || NO | label | value
    sh.put(r, c0, "NO")
    sh.put(r, c0 + 1, lab["peg"], bold=True)
    sh.merge(r, c0 + 1, r, c0 + 2)
    sh.put(r, c0 + 3, "NO")
    sh.put(r, c0 + 4, lab["pen"], bold=True)
    sh.merge(r, c0 + 4, r, c0 + 5)
    r += 1
    for i, k in enumerate(keys, 1):
        sh.put(r, c0, i)
        sh.put(r, c0 + 1, lab[k])
        val("peg", k, r, c0 + 2)
        sh.put(r, c0 + 3, i)
        sh.put(r, c0 + 4, "INSTANSI" if (jpt and k == "unit") else lab[k])
        val("pen", k, r, c0 + 5)
        r += 1
    return r


def periode_rows(
    sh: Lembar, r: int, c0: int, doc: dict[str, Any], opts: dict[str, Any], pos: dict[tuple, str]
) -> int:
    p = opts.get("periode", "satu")
    if p == "satu" or doc.get("periode_rusak"):
        pos[("periode",)] = sh.put(r, c0, f"PERIODE PENILAIAN: {doc['periode']}")
    elif p == "tanggal":
        sh.put(r, c0, "PERIODE PENILAIAN")
        pos[("periode",)] = sh.put(r, c0 + 2, serial(dt.date(TAHUN, 1, 1)), fmt="d mmmm yyyy")
        sh.put(r, c0 + 3, "s.d.")
        sh.put(r, c0 + 4, serial(dt.date(TAHUN, 12, 31)), fmt="d mmmm yyyy")
    elif p == "teks":
        sh.put(r, c0, "PERIODE PENILAIAN")
        pos[("periode",)] = sh.put(r, c0 + 2, f": 1/1/{TAHUN} s.d. 31/12/{TAHUN}")
    else:  # rumus: dates as =DATE() formulas with cached serials (spreadsheet exports)
        sh.put(r, c0, "PERIODE PENILAIAN")
        pos[("periode",)] = sh.put(
            r, c0 + 2, serial(dt.date(TAHUN, 1, 1)), fmt="dd/mm/yyyy", formula=f"DATE({TAHUN},1,1)"
        )
        sh.put(r, c0 + 3, "s.d.")
        sh.put(r, c0 + 4, serial(dt.date(TAHUN, 12, 31)), fmt="dd/mm/yyyy", formula=f"DATE({TAHUN},12,31)")
    return r + 1


def table_columns(doc: dict[str, Any], opts: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """(key, label, group label) per column, left to right."""
    lab = LABELS[opts.get("labels", "biasa")]
    jpt = doc["jenis"] == "jpt"
    cols: list[tuple[str, str, str | None]] = []
    if jpt:
        if doc["model"] == "pengembangan":
            cols.append(("persp", lab["persp"], None))
        cols += [
            ("no", lab["no"], None),
            ("rk", lab["rk"], None),
            ("iki", lab["iki"], None),
            ("target", lab["target"], None),
        ]
    else:
        order = opts.get("cols", "baku")
        base = [
            ("no", lab["no"], None),
            ("atasan", lab["atasan"], None),
            ("rk", lab["rk"], None),
            ("aspek", lab["aspek"], None),
            ("iki", lab["iki"], None),
            ("target", lab["target"], None),
        ]
        if order == "rk_dulu":
            base[1], base[2] = base[2], base[1]
        elif order == "no_iki":
            base.insert(3, ("no_iki", "NO", None))
        elif order == "aspek_akhir":
            base = [base[0], base[1], base[2], base[4], base[5], base[3]]
        cols = base
    if opts.get("target") == "pisah":
        i = next(k for k, c in enumerate(cols) if c[0] == "target")
        cols.insert(i + 1, ("satuan", "SATUAN", None))
    if doc["model"] == "pengembangan" and not jpt:
        levels = LEVELS if opts.get("levels", 5) == 5 else ["CUKUP", "BAIK", "SANGAT BAIK"]
        for lv in levels:
            cols.append((f"kat:{lv}", lv, "KATEGORI PENILAIAN KINERJA"))
        for k, lv in enumerate(["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]):
            cols.append((f"cara:{k}", lv, "CARA MEMANTAU KINERJA"))
    if opts.get("lampiran"):
        cols.append(("lampiran", "LAMPIRAN / BUKTI DUKUNG", None))
    if opts.get("centang"):
        cols.append(("centang", "DISETUJUI", None))
    return cols


def header_rows(sh: Lembar, r: int, c0: int, cols: list[tuple[str, str, str | None]]) -> int:
    grouped = any(g for _, _, g in cols)
    for k, (_key, label, group) in enumerate(cols):
        c = c0 + k
        if group:
            sh.put(r + 1, c, label, bold=True)
            first = next(j for j, x in enumerate(cols) if x[2] == group)
            if first == k:
                last = max(j for j, x in enumerate(cols) if x[2] == group)
                sh.put(r, c, group, bold=True)
                sh.merge(r, c0 + first, r, c0 + last)
        else:
            sh.put(r, c, label, bold=True)
            if grouped:
                sh.merge(r, c, r + 1, c)
    return r + (2 if grouped else 1)


def place_plan(
    sh: Lembar, r: int, c0: int, doc: dict[str, Any], opts: dict[str, Any], pos: dict[tuple, str]
) -> int:
    cols = table_columns(doc, opts)
    cidx = {key: c0 + k for k, (key, _, _) in enumerate(cols)}
    width = len(cols)
    first_header = r
    n_merges = len(sh.merges)
    r = header_rows(sh, r, c0, cols)
    header_copy = {k: v for k, v in sh.cells.items() if k[0] >= first_header}
    n_header = r - first_header
    merges_before = sh.merges[n_merges:]
    iki_rows = 0
    repeat_every = opts.get("ulang")
    for section, items in (("A. KINERJA UTAMA", doc["rks"]), ("B. KINERJA TAMBAHAN", doc["tambahan"])):
        sh.put(r, c0, section, bold=True)
        sh.merge(r, c0, r, c0 + min(width, 6) - 1)
        r += 1
        if not items:
            sh.put(r, cidx["rk"], "-")
            r += 1
            continue
        numbering = 0
        last_persp = None
        for i, rk in enumerate(items):
            key_i = i if section.startswith("A") else ("tb", i)
            if repeat_every and iki_rows and iki_rows + len(rk["ikis"]) > repeat_every:
                # printed page break: a page line, then the table header again
                r += 1
                sh.put(r, c0, f"Halaman {opts['_halaman']}")
                opts["_halaman"] += 1
                r += 1
                for (rr, cc), s in header_copy.items():
                    if first_header <= rr < first_header + n_header and cc >= c0:
                        sh.cells[(r + rr - first_header, cc)] = Sel(s.value, bold=True)
                for m in merges_before:
                    if m[0] < first_header + n_header:
                        d = r - first_header
                        sh.merges.append((m[0] + d, m[1], m[2] + d, m[3]))
                r += n_header
                iki_rows = 0
            numbering = i + 1
            start = r
            n = len(rk["ikis"])
            for j, iki in enumerate(rk["ikis"]):
                rr = r + j
                if j == 0:
                    sh.put(rr, cidx["no"], numbering)
                    pos[("rk", key_i)] = sh.put(rr, cidx["rk"], rk["text"])
                    if "atasan" in cidx:
                        pos[("atasan", key_i)] = sh.put(rr, cidx["atasan"], rk["atasan"])
                    if "persp" in cidx and (opts.get("persp_gabung") is False or rk["persp"] != last_persp):
                        pos[("persp", key_i)] = sh.put(rr, cidx["persp"], rk["persp"])
                    if "cara:0" in cidx and opts.get("cara", "rk") == "rk":
                        for k in range(3):
                            pos[("cara", key_i, k)] = sh.put(rr, cidx[f"cara:{k}"], rk["cara"][k])
                if "no_iki" in cidx:
                    sh.put(rr, cidx["no_iki"], f"{numbering}.{j + 1}")
                if "aspek" in cidx:
                    pos[("aspek", key_i, j)] = sh.put(rr, cidx["aspek"], iki["aspek"])
                pos[("iki", key_i, j)] = sh.put(rr, cidx["iki"], iki["iki"])
                place_target(sh, rr, cidx, iki, opts, pos, (key_i, j))
                if iki.get("kat") is not None:
                    levels = LEVELS if opts.get("levels", 5) == 5 else ["CUKUP", "BAIK", "SANGAT BAIK"]
                    for lv in levels:
                        v = iki["kat"][LEVELS.index(lv)]
                        if isinstance(v, float):
                            pos[("kat", key_i, j, lv)] = sh.put(rr, cidx[f"kat:{lv}"], v, fmt="0%")
                        else:
                            pos[("kat", key_i, j, lv)] = sh.put(rr, cidx[f"kat:{lv}"], v)
                if "cara:0" in cidx and opts.get("cara", "rk") == "iki":
                    for k in range(3):
                        cell = sh.put(rr, cidx[f"cara:{k}"], rk["cara"][k])
                        if j == 0:
                            pos[("cara", key_i, k)] = cell
                if "lampiran" in cidx:
                    sh.put(rr, cidx["lampiran"], f"Lampiran {numbering}.{j + 1}")
                if "centang" in cidx:
                    sh.put(rr, cidx["centang"], True)
            if n > 1 and opts.get("gabung", True):
                keys = ["no", "rk", "atasan"] + (
                    ["cara:0", "cara:1", "cara:2"] if opts.get("cara", "rk") == "rk" else []
                )
                for key in keys:
                    if key in cidx:
                        sh.merge(start, cidx[key], start + n - 1, cidx[key])
            last_persp = rk["persp"]
            r += n
            iki_rows += n
    return r


def place_target(
    sh: Lembar,
    rr: int,
    cidx: dict[str, int],
    iki: dict[str, Any],
    opts: dict[str, Any],
    pos: dict[tuple, str],
    key: tuple,
) -> None:
    style = opts.get("target", "teks")
    t, s = iki["t"], iki["satuan"]
    kind = iki.get("target_kind")
    if kind == "raw":  # a defect wrote the target text as is
        pos[("target",) + key] = sh.put(rr, cidx["target"], iki["target"])
        if "satuan" in cidx:
            sh.put(rr, cidx["satuan"], None if iki.get("no_satuan") else (s or None))
        return
    if style == "pisah":
        v: Any = t
        if opts.get("float") and isinstance(t, int) and t < 1000:
            v = t + 2e-15 * t if t > 10 else float(t)
        if s == "%" and opts.get("persen"):
            pos[("target",) + key] = sh.put(rr, cidx["target"], t / 100, fmt="0%")
            sh.put(rr, cidx["satuan"], None)
            return
        pos[("target",) + key] = sh.put(rr, cidx["target"], v)
        pos[("satuan",) + key] = sh.put(rr, cidx["satuan"], "Rupiah" if s == "rupiah" else (s or None))
        return
    if s == "%" and opts.get("persen"):
        f = t / 100
        if opts.get("float"):
            f = (t - 10) / 100 + 0.1
        pos[("target",) + key] = sh.put(rr, cidx["target"], f, fmt="0%")
        return
    text = iki["target"]
    if opts.get("labels") == "unicode" and s not in ("%", "rupiah", ""):
        text = text.replace(" ", f"{ZW} ", 1)
    pos[("target",) + key] = sh.put(rr, cidx["target"], text)


def place_footer(sh: Lembar, r: int, c0: int, doc: dict[str, Any], opts: dict[str, Any]) -> int:
    notes = FOOTNOTES.get(opts.get("labels", "biasa")) if opts.get("footnote") else None
    r += 1
    if notes:
        for line in notes:
            sh.put(r, c0, line)
            r += 1
        r += 1
    kota = bank.KOTA[doc["inst"]["daerah"]]
    sh.put(r, c0 + 4, f"{kota}, 5 Januari {TAHUN}")
    r += 1
    sh.put(r, c0 + 1, "Pejabat Penilai Kinerja,")
    sh.put(r, c0 + 4, "Pegawai yang Dinilai,")
    r += 4
    sh.put(r, c0 + 1, doc["pen"]["nama"].strip(NBSP))
    sh.put(r, c0 + 4, doc["peg"]["nama"].strip(NBSP))
    r += 1
    pn, gn = doc["pen"]["nip"], doc["peg"]["nip"]
    if pn and pn != "-" and len(pn) == 18:
        sh.put(r, c0 + 1, f"NIP. {pn}")
    if gn and len(gn) >= 17:
        sh.put(r, c0 + 4, f"NIP. {gn}")
    return r + 1


def sheet_skp(
    doc: dict[str, Any], opts: dict[str, Any], pos: dict[tuple, str], name: str, data: Lembar | None
) -> Lembar:
    sh = Lembar(name)
    c0 = opts.get("c0", 1)
    r = 1
    jpt = doc["jenis"] == "jpt"
    title = "RENCANA SASARAN KINERJA PEGAWAI"
    sh.put(r, c0, title, bold=True)
    sh.merge(r, c0, r, c0 + 5)
    r += 1
    if jpt:
        sh.put(r, c0, "PEJABAT PIMPINAN TINGGI", bold=True)
        sh.merge(r, c0, r, c0 + 5)
        r += 1
    sh.put(r, c0, doc["instansi"])
    sh.merge(r, c0, r, c0 + 5)
    r += 1
    r = periode_rows(sh, r, c0, doc, opts, pos)
    r += 1
    r = place_identity(sh, r, c0, doc, opts, pos, data)
    r += 1
    r = place_plan(sh, r, c0, doc, opts, pos)
    r = place_footer(sh, r, c0, doc, opts)
    widths = {c0 + k: w for k, w in enumerate([6, 36, 36, 14, 36, 16])}
    sh.widths.update(widths)
    return sh


def sheet_data_pegawai(doc: dict[str, Any], rng: random.Random, opts: dict[str, Any]) -> Lembar:
    """A hidden lookup sheet the identity cells take their values from by formula."""
    sh = Lembar("Data Pegawai", hidden=True)
    head = ["NO", "NIP", "NAMA", "PANGKAT/GOL", "JABATAN", "UNIT KERJA"]
    for k, h in enumerate(head, 1):
        sh.put(1, k, h)
    people = [doc["peg"], doc["pen"]]
    for _ in range(3):
        people.insert(
            1,
            {
                "nama": person_name(rng),
                "nip": nip(rng),
                "pangkat": pangkat_text("III/a", 0),
                "jabatan": "Pelaksana",
                "unit": doc["peg"]["unit"],
            },
        )
    rows = {}
    for i, p in enumerate(people, 2):
        sh.put(i, 1, i - 1)
        for k, key in enumerate(["nip", "nama", "pangkat", "jabatan", "unit"], 2):
            sh.put(i, k, p[key])
        rows[id(p)] = i
    doc["_data_rows"] = (rows[id(doc["peg"])], rows[id(doc["pen"])], len(people) + 1)
    return sh


def periode_lampiran(doc: dict[str, Any]) -> str:
    """The annexes keep the right period even where the SKP sheet's own is the injected defect."""
    return f"1 JANUARI SD 31 DESEMBER {TAHUN}" if doc.get("periode_rusak") else doc["periode"]


def sheet_ak(doc: dict[str, Any], opts: dict[str, Any], pos: dict[tuple, str]) -> Lembar:
    sh = Lembar("Keterkaitan AK")
    r = 1
    sh.put(r, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", bold=True)
    sh.merge(r, 1, r, 5)
    r += 1
    sh.put(
        r,
        1,
        f"PERIODE PENILAIAN: {periode_lampiran(doc)}",
    )
    r += 1
    sh.put(r, 1, f"TANGGAL PENGAJUAN: 6 Januari {TAHUN}")
    r += 2
    headers = ["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]
    for k, h in enumerate(headers, 1):
        sh.put(r, k, h, bold=True)
    r += 1
    sh.put(r, 1, "KINERJA UTAMA", bold=True)
    sh.merge(r, 1, r, 5)
    r += 1
    for i, rk in enumerate(doc["rks"]):
        butir = doc["ak"][i]
        if not butir:
            continue
        start = r
        sh.put(r, 1, i + 1)
        sh.put(r, 2, rk["text"])
        for b, (bk, out, ak) in enumerate(butir):
            sh.put(r, 3, bk)
            sh.put(r, 4, out)
            v: Any = ak
            if opts.get("ak_angka") and ak not in ("-", "0", ""):
                v = float(ak.replace(",", "."))
            pos[("ak", i, b)] = sh.put(r, 5, v, fmt="0.000" if isinstance(v, float) else None)
            r += 1
        if len(butir) > 1:
            sh.merge(start, 1, r - 1, 1)
            sh.merge(start, 2, r - 1, 2)
    sh.widths.update({2: 40, 3: 40, 4: 20, 5: 14})
    return sh


MANUAL_LABELS = [
    ("rk", "RENCANA KINERJA"),
    ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("definisi", "DEFINISI IKI"),
    ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"),
    ("aspek", "JENIS ASPEK TARGET"),
    ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]


def sheet_manual(doc: dict[str, Any], opts: dict[str, Any], pos: dict[tuple, str]) -> Lembar:
    sh = Lembar("Manual IKI")
    r = 1
    sh.put(r, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    sh.merge(r, 1, r, 3)
    r += 2
    star = opts.get("labels") == "bintang"
    for m_i, m in enumerate(doc["manual"]):
        for key, label in MANUAL_LABELS:
            lbl = label + ("*" if star and key in ("deskripsi", "definisi", "formula", "tujuan") else "")
            pos[("manual_label", m_i, key)] = sh.put(r, 1, lbl)
            sh.put(r, 2, ":")
            pos[("manual", m_i, key)] = sh.put(r, 3, m[key])
            r += 1
        r += 1
    sh.widths.update({1: 32, 2: 2, 3: 80})
    return sh


def realisasi(t: Fraction, iki: dict[str, Any], i: int, j: int) -> Fraction:
    """Some IKI beat the target, some fall short, most meet it (SPEC §6 gives each its kategori)."""
    if iki["arah"] == "naik" and (i + j) % 3 == 1:
        return t + max(Fraction(1), t // 20) if t >= 10 else t
    if iki["satuan"] == "%" and iki["arah"] == "naik" and (i + j) % 3 == 2 and t >= 10:
        return t - 3
    return t


def sheet_penilaian(doc: dict[str, Any], opts: dict[str, Any], pos: dict[tuple, str]) -> Lembar:
    """End-of-period sheet: realisasi, capaian (a formula over the row, cached), kategori and nilai."""
    sh = Lembar("Penilaian")
    jpt = doc["jenis"] == "jpt"
    r = 1
    sh.put(r, 1, "PENILAIAN SASARAN KINERJA PEGAWAI", bold=True)
    r += 1
    sh.put(
        r,
        1,
        f"PERIODE PENILAIAN: {periode_lampiran(doc)}",
    )
    r += 2
    heads = [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "REALISASI",
        "CAPAIAN IKI (%)",
        "KATEGORI CAPAIAN IKI",
        "NILAI CAPAIAN IKI",
    ]
    if not jpt:
        heads = (
            heads[:1]
            + ["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"]
            + heads[1:2]
            + ["ASPEK"]
            + heads[2:]
        )
    c = {h: k + 1 for k, h in enumerate(heads)}
    for h, k in c.items():
        sh.put(r, k, h, bold=True)
    r += 1
    sh.put(r, 1, "A. KINERJA UTAMA", bold=True)
    r += 1
    first = r
    shared_si = 0
    for i, rk in enumerate(doc["rks"]):
        for j, iki in enumerate(rk["ikis"]):
            if j == 0:
                sh.put(r, 1, i + 1)
                sh.put(r, c["RENCANA KINERJA"], rk["text"])
                if not jpt:
                    sh.put(r, c["RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"], rk["atasan"])
            if not jpt:
                sh.put(r, c["ASPEK"], iki["aspek"])
            sh.put(r, c["INDIKATOR KINERJA INDIVIDU"], iki["iki"])
            t = Fraction(str(iki["t"]))
            tc = c["TARGET"]
            sh.put(r, tc, float(t) if t.denominator != 1 else int(t))
            real = iki.get("real")
            if real is None:
                real = realisasi(t, iki, i, j)
            rc = c["REALISASI"]
            if iki.get("real_kosong"):
                pos[("real", i, j)] = sh.put(r, rc, None)
                r += 1
                continue
            pos[("real", i, j)] = sh.put(r, rc, float(real) if real.denominator != 1 else int(real))
            cap = capaian(real, t, iki["arah"])
            rounded = half_up(cap)
            kat, nilai = kategori_nilai(rounded)
            cap_cached = float(cap)
            tref, rref = ref(r, tc), ref(r, rc)
            formula: str | None = (
                f"(1+(1-{rref}/{tref}))*100" if iki["arah"] == "turun" else f"{rref}/{tref}*100"
            )
            if iki.get("cap_salah") is not None:  # typed over the formula
                cap_cached, formula = iki["cap_salah"], None
            shared = None
            if opts.get("shared") and formula is not None and iki["arah"] == "naik":
                shared = (shared_si, f"{ref(r, c['CAPAIAN IKI (%)'])}:{ref(r, c['CAPAIAN IKI (%)'])}")
                shared_si += 1
            pos[("cap", i, j)] = sh.put(
                r, c["CAPAIAN IKI (%)"], cap_cached, formula=formula, fmt="0", shared=shared
            )
            sh.put(r, c["KATEGORI CAPAIAN IKI"], kat)
            sh.put(r, c["NILAI CAPAIAN IKI"], round(float(nilai), 2))
            r += 1
    del first
    return sh


# ---------------------------------------------------------------------------------------------------- defects

# Per form: file 02 gets the first, file 04 the second and third, file 06 the fourth (EXTRA adds to some).
DEFECTS: dict[str, list[str]] = {
    "ja-dasar": ["nip-tidak-valid", "rk-atasan-kosong", "aspek-tidak-valid", "target-rentang-terbalik"],
    "ja-pengembangan": [
        "kategori-tidak-membedakan",
        "cara-memantau-kosong",
        "periode-tidak-valid",
        "target-tidak-terukur",
    ],
    "jf-dasar": [
        "keterkaitan-ak-hilang",
        "angka-kredit-tidak-valid",
        "jenjang-golongan-tidak-sesuai",
        "rk-tanpa-butir-kegiatan",
    ],
    "jf-pengembangan": [
        "kategori-penilaian-kosong",
        "kategori-tidak-berurutan",
        "realisasi-kosong",
        "pangkat-tidak-dikenal",
    ],
    "jpt-dasar": [
        "manual-iki-kosong",
        "iki-tanpa-target",
        "capaian-tidak-sesuai",
        "penilai-sama-dengan-pegawai",
    ],
    "jpt-pengembangan": [
        "perspektif-tidak-valid",
        "identitas-kosong",
        "perspektif-tidak-lengkap",
        "periode-tidak-valid",
    ],
}
# an identity value whose lookup formula's cached result is #N/A (the hidden sheet's range misses the row)
EXTRA = {("ja-pengembangan", 6): ["identitas-kosong"]}


def inject(code: str, doc: dict[str, Any], opts: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Change the model so that the workbook carries ``code``; returns the defect's field key (and extras)."""
    rks = doc["rks"]
    if code == "nip-tidak-valid":
        n = doc["peg"]["nip"]
        if n[12:14] == "21":  # a PPPK number with an impossible birth date
            doc["peg"]["nip"] = n[:4] + "0231" + n[8:]
        else:
            doc["peg"]["nip"] = n[:-1]
        return {"key": ("peg", "nip")}
    if code == "pangkat-tidak-dikenal":
        doc["peg"]["pangkat"] = "Penata Madya, III/c"
        return {"key": ("peg", "pangkat")}
    if code == "jenjang-golongan-tidak-sesuai":
        j = doc["peg"]["jabatan"]
        doc["peg"]["pangkat"] = "Pengatur, II/c" if "Ahli" in j else "Pembina, IV/a"
        return {"key": ("peg", "pangkat"), "alt": [("peg", "jabatan")]}
    if code == "identitas-kosong":
        if opts.get("id_layout") == "rumus":
            doc["na"] = ("pen", "jabatan")
            return {"key": ("pen", "jabatan")}
        doc["pen"]["jabatan"] = ZW if opts.get("labels") == "unicode" else NBSP
        return {"key": ("pen", "jabatan")}
    if code == "periode-tidak-valid":
        doc["periode"] = f"1 JULI {TAHUN} SD 30 JUNI {TAHUN + 1}"
        doc["periode_rusak"] = True
        return {"key": ("periode",)}
    if code == "penilai-sama-dengan-pegawai":
        doc["pen"]["nip"] = doc["peg"]["nip"]
        opts["nip_spasi"] = True
        return {"key": ("pen", "nip"), "alt": [("peg", "nip")]}
    if code == "rk-atasan-kosong":
        rks[1]["atasan"] = None
        return {"key": ("atasan", 1), "alt": [("rk", 1)]}
    if code == "iki-tanpa-target":
        iki = rks[1]["ikis"][0]
        iki["target"], iki["target_kind"], iki["no_satuan"] = NBSP, "raw", True
        return {"key": ("target", 1, 0), "alt": [("iki", 1, 0)]}
    if code == "target-tidak-terukur":
        iki = rks[0]["ikis"][0]
        iki["target"], iki["target_kind"], iki["no_satuan"] = "Meningkat", "raw", True
        if iki.get("kat"):
            iki["kat"] = ["Menurun", "Tetap", "Sedikit meningkat", "Meningkat", "Sangat meningkat"]
        return {"key": ("target", 0, 0)}
    if code == "target-rentang-terbalik":
        iki = rks[0]["ikis"][0]
        t = iki["t"]
        iki["target"], iki["target_kind"] = (
            f"{fnum(t)} - {fnum(round(t * 0.8))} {iki['satuan']}".strip(),
            "raw",
        )
        return {"key": ("target", 0, 0)}
    if code == "aspek-tidak-valid":
        rks[1]["ikis"][0]["aspek"] = "Manfaat"
        return {"key": ("aspek", 1, 0)}
    if code == "kategori-tidak-membedakan":
        iki = rks[1]["ikis"][0]
        iki["kat"][4] = iki["kat"][3]
        return {"key": ("kat", 1, 0, "SANGAT BAIK")}
    if code == "kategori-tidak-berurutan":
        iki = rks[0]["ikis"][0]
        iki["kat"][2], iki["kat"][4] = iki["kat"][4], iki["kat"][2]
        return {"key": ("kat", 0, 0, "CUKUP"), "alt": [("kat", 0, 0, "SANGAT BAIK")]}
    if code == "kategori-penilaian-kosong":
        iki = rks[1]["ikis"][0]
        iki["kat"] = [None] * 5
        return {
            "key": ("kat", 1, 0, "BAIK"),
            "alt": [("kat", 1, 0, lv) for lv in LEVELS if lv != "BAIK"] + [("iki", 1, 0), ("target", 1, 0)],
        }
    if code == "cara-memantau-kosong":
        c = list(rks[1]["cara"])
        c[1] = None
        rks[1]["cara"] = tuple(c)
        return {"key": ("cara", 1, 1), "alt": [("rk", 1)]}
    if code == "keterkaitan-ak-hilang":
        doc["ak"] = None
        return {"key": None}
    if code == "angka-kredit-tidak-valid":
        doc["ak"][1] = [(doc["ak"][1][0][0], doc["ak"][1][0][1], "-")]
        return {"key": ("ak", 1, 0)}
    if code == "rk-tanpa-butir-kegiatan":
        doc["ak"][2] = []
        return {"key": ("rk", 2)}
    if code == "manual-iki-kosong":
        doc["manual"][1]["formula"] = None
        return {"key": ("manual", 1, "formula"), "alt": [("manual_label", 1, "formula")]}
    if code == "perspektif-tidak-valid":
        rks[2]["persp"] = "Pembelajaran dan Pertumbuhan"
        return {"key": ("persp", 2)}
    if code == "perspektif-tidak-lengkap":
        doc["rks"] = [rk for rk in rks if rk["persp"] != "Anggaran"]
        doc["manual"] = [m for m in doc["manual"] if m["rk"] in {rk["text"] for rk in doc["rks"]}]
        return {"key": None}
    if code == "realisasi-kosong":
        rks[1]["ikis"][0]["real_kosong"] = True
        return {"key": ("real", 1, 0), "sheet": "Penilaian"}
    if code == "capaian-tidak-sesuai":
        iki = rks[1]["ikis"][0]
        iki["cap_salah"] = 112.0
        return {"key": ("cap", 1, 0), "sheet": "Penilaian"}
    raise ValueError(code)


# -------------------------------------------------------------------------------------------- plan of the set


def schedule() -> list[dict[str, Any]]:
    """Per form seven files; odd numbers clean, even numbers with one or two defects. Options are assigned
    so that each variation appears in several forms and writers."""
    writers = ["openpyxl", "gsheets", "wps"]
    labels = ["biasa", "bintang", "unicode", "catatan"]
    plans = []
    k = 0
    for f_i, form in enumerate(FORMS):
        jenis, model = form.split("-")
        for idx in range(1, 8):
            writer = writers[(k + f_i) % 3]
            o: dict[str, Any] = {
                "writer": writer,
                "labels": labels[(k * 3 + f_i) % 4],
                "id_layout": ["baku", "tumpuk", "baku"][(k + 2 * f_i) % 3],
                "periode": ["satu", "tanggal", "teks", "satu"][(k + f_i) % 4],
                "target": ["teks", "pisah", "teks"][(k * 2 + f_i) % 3],
                "persen": (k + f_i) % 3 == 1,
                "float": writer != "openpyxl" and (k % 2 == 0),
                "cols": ["baku", "rk_dulu", "no_iki", "aspek_akhir", "baku"][(k + f_i) % 5],
                "lampiran": (k + f_i) % 4 == 2,
                "centang": writer == "gsheets" and k % 3 == 0,
                "pppk": jenis in ("ja", "jf") and idx in (2, 5)
                if form != "jf-pengembangan"
                else idx in (3, 4),
                "plt": [None, "Plt.", None, "Plh."][(k + f_i) % 4],
                "footnote": (k + f_i) % 3 == 0,
                "tambahan": idx % 3 != 0,
                "c0": 2 if (k + f_i) % 4 == 3 else 1,
                "kat": ["teks", "kalimat", "persen"][(idx + f_i) % 3],
                "levels": 3 if idx == 6 else 5,
                "cara": "iki" if idx % 2 == 0 else "rk",
                "penilaian": idx in (4, 7) or (jenis == "jpt" and idx in (2, 4)),
                "long": (form == "ja-dasar" and idx == 7) or (form == "jf-pengembangan" and idx == 5),
                "penilai": "politik" if jenis == "jpt" and idx % 2 == 1 else "sekda",
                "ak_angka": idx % 2 == 0,
            }
            if writer != "openpyxl":
                if idx in (3, 6):
                    o["id_layout"] = "rumus"
                if idx in (1, 4):
                    o["periode"] = "rumus"
                o["shared"] = writer == "gsheets"
            if o["long"]:
                o["ulang"] = 12
                o["target"] = "teks"
            if jenis == "jpt":
                o["cols"] = "baku"
                o["persp_gabung"] = idx in (3, 6)
            if o["id_layout"] == "rumus":
                o["c0"] = 1
                o["labels"] = "biasa" if o["labels"] == "unicode" else o["labels"]
            clean = idx % 2 == 1
            defects = []
            if not clean:
                lst = DEFECTS[form]
                defects = {2: lst[:1], 4: lst[1:3], 6: lst[3:]}[idx] + EXTRA.get((form, idx), [])
            plans.append({"form": form, "idx": idx, "opts": o, "defects": defects})
            k += 1
    return plans


def fix_defects(plans: list[dict[str, Any]]) -> None:
    for p in plans:
        o = p["opts"]
        for code in p["defects"]:
            if code in ("realisasi-kosong", "capaian-tidak-sesuai"):
                o["penilaian"] = True
            if code == "periode-tidak-valid":
                o["periode"] = "satu"
            if code in ("kategori-tidak-membedakan", "kategori-tidak-berurutan", "kategori-penilaian-kosong"):
                o["levels"] = 5
                if o["kat"] == "kalimat":
                    o["kat"] = "teks"
            if code == "penilai-sama-dengan-pegawai":
                o["id_layout"] = "baku" if o["id_layout"] == "rumus" else o["id_layout"]
            if (
                code == "target-rentang-terbalik"
                or code == "target-tidak-terukur"
                or code == "iki-tanpa-target"
            ):
                o["persen"] = False
            if code == "nip-tidak-valid" and o["id_layout"] == "rumus":
                o["id_layout"] = "baku"


# ---------------------------------------------------------------------------------------------------- build


def build_file(plan: dict[str, Any], rng: random.Random, out: Path) -> dict[str, Any]:
    form, idx, o = plan["form"], plan["idx"], dict(plan["opts"])
    o["_halaman"] = 2
    inst = bank.INSTANSI[(FORMS.index(form) + idx) % len(bank.INSTANSI)]
    if o.get("long"):  # the extra RK of the long plan are road maintenance packages
        inst = bank.INSTANSI[0]
    doc = build_doc(form, inst, rng, o)
    injected = [(code, inject(code, doc, o, rng)) for code in plan["defects"]]
    pos: dict[tuple, str] = {}
    sheets: list[Lembar] = []
    data = None
    if o["id_layout"] == "rumus":
        data = sheet_data_pegawai(doc, rng, o)
        o["id_layout"] = "baku"
    skp_name = ["SKP", "SKP 2026", "Rencana SKP", "Form SKP", "SKP (Final)", "Lembar1", "SKP Tahunan"][
        (FORMS.index(form) + idx) % 7
    ]
    skp = sheet_skp(doc, o, pos, skp_name, data)
    sheets.append(skp)
    if doc["jenis"] == "jf" and doc["ak"] is not None:
        sheets.append(sheet_ak(doc, o, pos))
    if doc["jenis"] == "jpt":
        sheets.append(sheet_manual(doc, o, pos))
    if o.get("penilaian"):
        sheets.append(sheet_penilaian(doc, o, pos))
    if data is not None:
        sheets.append(data)
    clean = not injected
    name = f"{form}-{idx:02d}-{'bersih' if clean else 'cacat'}.xlsx"
    write(sheets, out / name, o["writer"])
    defects = []
    for code, info in injected:
        key = info["key"]
        if key is None:
            defects.append({"code": code, "sheet": None, "cell": None})
            continue
        sheet = info.get("sheet")
        if sheet is None:
            sheet = (
                "Keterkaitan AK"
                if key[0] == "ak"
                else "Manual IKI"
                if key[0].startswith("manual")
                else skp_name
            )
        d: dict[str, Any] = {"code": code, "sheet": sheet, "cell": pos[key]}
        alts = [
            {"sheet": sheet, "cell": pos[a]} for a in info.get("alt", []) if a in pos and pos[a] != pos[key]
        ]
        if alts:
            d["alt_cells"] = alts
        defects.append(d)
    layout = {
        k: o.get(k)
        for k in (
            "labels",
            "id_layout",
            "periode",
            "target",
            "persen",
            "float",
            "cols",
            "lampiran",
            "centang",
            "pppk",
            "plt",
            "footnote",
            "kat",
            "levels",
            "cara",
            "penilaian",
            "long",
            "penilai",
        )
    }
    layout["id_layout"] = plan["opts"]["id_layout"]
    layout["sheets"] = [s.name for s in sheets]
    return {
        "file": name,
        "form": form,
        "clean": clean,
        "defects": defects,
        "instansi": inst["nama"],
        "jabatan": doc["peg"]["jabatan"],
        "writer": o["writer"],
        "layout": layout,
    }


def special_files(out: Path) -> list[dict[str, Any]]:
    files = []
    # 1. a template exported from a spreadsheet service: identity formulas over an empty lookup sheet
    sh = Lembar("SKP")
    sh.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", bold=True)
    sh.put(2, 1, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
    sh.put(4, 1, "NO")
    sh.put(4, 2, "PEGAWAI YANG DINILAI")
    sh.put(4, 4, "NO")
    sh.put(4, 5, "PEJABAT PENILAI KINERJA")
    for i, lbl in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"], 1):
        sh.put(4 + i, 1, i)
        sh.put(4 + i, 2, lbl)
        sh.put(4 + i, 3, "", formula=f"IFERROR(VLOOKUP($C$6,'Data Pegawai'!$B$2:$F$50,{i + 1},FALSE),\"\")")
        sh.put(4 + i, 4, i)
        sh.put(4 + i, 5, lbl)
        sh.put(4 + i, 6, "", formula=f"IFERROR(VLOOKUP($F$6,'Data Pegawai'!$B$2:$F$50,{i + 1},FALSE),\"\")")
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for k, h in enumerate(heads, 1):
        sh.put(11, k, h, bold=True)
    sh.put(12, 1, "A. KINERJA UTAMA")
    sh.put(13, 1, 1)
    sh.put(15, 1, "B. KINERJA TAMBAHAN")
    data = Lembar("Data Pegawai", hidden=True)
    for k, h in enumerate(["NO", "NIP", "NAMA", "PANGKAT/GOL", "JABATAN", "UNIT KERJA"], 1):
        data.put(1, k, h)
    write([sh, data], out / "templat-berumus-belum-diisi.xlsx", "gsheets")
    files.append(
        {
            "file": "templat-berumus-belum-diisi.xlsx",
            "form": None,
            "clean": False,
            "defects": [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
            "writer": "gsheets",
            "layout": None,
        }
    )
    # 2. Permen PANRB 6/2022 SKP from a WPS export
    sh = Lembar("SKP")
    rows = [
        ["SASARAN KINERJA PEGAWAI"],
        ["PENDEKATAN HASIL KERJA KUALITATIF"],
        ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"],
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA"],
        [1, "NAMA", "Fransiska Kalalo, S.E.", 1, "NAMA", "Rusdi Lubis, S.T., M.Si."],
        [2, "NIP", "198811122014032001", 2, "NIP", "197604052001121003"],
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
            "Laporan keuangan daerah andal",
            "Rekonsiliasi kas tersaji",
            "Kuantitas",
            "Jumlah laporan rekonsiliasi",
            "12 laporan",
        ],
        ["PERILAKU KERJA"],
        [1, "Berorientasi Pelayanan", "", "Ekspektasi Khusus Pimpinan"],
        ["EKSPEKTASI KHUSUS PIMPINAN"],
    ]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v != "":
                sh.put(r, c, v)
    write([sh], out / "skp-permenpan-6-2022-wps.xlsx", "wps")
    files.append(
        {
            "file": "skp-permenpan-6-2022-wps.xlsx",
            "form": None,
            "clean": False,
            "defects": [{"code": "format-lain", "sheet": None, "cell": None}],
            "writer": "wps",
            "layout": None,
        }
    )
    # 3. a Google Forms response sheet (not an SKP)
    sh = Lembar("Form Responses 1")
    heads = ["Timestamp", "Nama Lengkap", "NIP", "Unit Kerja", "Sudah mengunggah SKP?", "Tautan berkas SKP"]
    for k, h in enumerate(heads, 1):
        sh.put(1, k, h)
    rng = random.Random(SEED + 99)
    for r in range(2, 14):
        sh.put(r, 1, 46027 + r * 0.37, fmt="dd/mm/yyyy hh:mm:ss")
        sh.put(r, 2, person_name(rng))
        sh.put(r, 3, nip(rng))
        sh.put(r, 4, rng.choice(["Bidang Bina Marga", "Sekretariat", "Bidang Tata Ruang"]))
        sh.put(r, 5, rng.random() < 0.7)
        sh.put(r, 6, f"https://drive.example.go.id/skp/{r:03d}")
    write([sh], out / "respons-formulir-unggah-skp.xlsx", "gsheets")
    files.append(
        {
            "file": "respons-formulir-unggah-skp.xlsx",
            "form": None,
            "clean": False,
            "defects": [{"code": "bukan-skp", "sheet": None, "cell": None}],
            "writer": "gsheets",
            "layout": None,
        }
    )
    # 4. PP 46/2011 SKP written by openpyxl
    sh = Lembar("SKP 2026")
    rows = [
        ["FORMULIR SASARAN KERJA"],
        ["PEGAWAI NEGERI SIPIL"],
        ["NO", "I. PEJABAT PENILAI", "", "NO", "II. PEGAWAI NEGERI SIPIL YANG DINILAI"],
        [1, "Nama", "Taufik Pohan, S.T.", 1, "Nama", "Wulan Saragih, A.Md."],
        ["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"],
        ["", "", "", "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"],
        [1, "Mengawasi pekerjaan pemeliharaan jalan", "", "12 laporan", 100, "12 bulan", "-"],
        [2, "Menyusun laporan kemajuan fisik", "", "4 laporan", 100, "12 bulan", "-"],
    ]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v != "":
                sh.put(r, c, v)
    write([sh], out / "skp-pp46-sasaran-kerja.xlsx", "openpyxl")
    files.append(
        {
            "file": "skp-pp46-sasaran-kerja.xlsx",
            "form": None,
            "clean": False,
            "defects": [{"code": "format-lain", "sheet": None, "cell": None}],
            "writer": "openpyxl",
            "layout": None,
        }
    )
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set evaluasi tertahan nyata_l.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    for old in args.keluaran.glob("*.xls*"):
        old.unlink()
    rng = random.Random(SEED)
    plans = schedule()
    fix_defects(plans)
    files = [build_file(p, rng, args.keluaran) for p in plans]
    files += special_files(args.keluaran)
    manifest = {"set": "nyata_l", "seed": SEED, "files": files}
    args.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{len(files)} berkas, {sum(f['clean'] for f in files)} bersih, "
        f"{sum(len(f['defects']) for f in files)} cacat"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
