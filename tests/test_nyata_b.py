"""The checker measured on the held-out set ``benchmarks/nyata_b`` (issue 12), which nobody tunes against.

``benchmarks/nyata_b/buat.py`` draws every workbook as a grid of cells and writes it with openpyxl or
XlsxWriter; a few are re-saved by LibreOffice (one as legacy ``.xls``), whose bytes carry a save time,
so the committed files are compared with the generator cell by cell (values, sheet names and order),
not byte by byte. The manifest ``harapan.json`` must be exactly what the generator produces.
The targets measured on it are in ``test_nyata_targets.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from nyata_sets import BENCHMARKS, assert_covers_every_form, set_generator
from python_calamine import CalamineWorkbook

ROOT = Path(__file__).resolve().parents[1]
SET = BENCHMARKS / "nyata_b"
KIRIMAN = SET / "kiriman"
HARAPAN = SET / "harapan.json"


@pytest.fixture(scope="module")
def buat():
    return set_generator(SET)


@pytest.fixture(scope="module")
def items(buat):
    return buat.build()


def _norm(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, dt.datetime):
        return v.date()
    return v


def _grid_of_file(path: Path) -> dict[str, dict[tuple[int, int], object]]:
    wb = CalamineWorkbook.from_path(str(path))
    out = {}
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        out[name] = {
            (r, c): _norm(v)
            for r, row in enumerate(rows, start=1)
            for c, v in enumerate(row, start=1)
            if v not in ("", None)
        }
    return out


def test_manifest_is_what_the_generator_builds(buat, items):
    expected = {"seed": buat.SEED, "files": [it["entry"] for it in items]}
    assert json.loads(HARAPAN.read_text(encoding="utf-8")) == json.loads(json.dumps(expected))


def test_committed_files_are_what_the_generator_builds(items):
    committed = sorted(p.name for p in KIRIMAN.iterdir() if p.suffix in (".xlsx", ".xls"))
    assert committed == sorted(it["name"] for it in items)
    for it in items:
        path = KIRIMAN / it["name"]
        if it["program"] == "html":
            assert path.read_bytes() == it["raw"], it["name"]
            continue
        got = _grid_of_file(path)
        assert list(got) == [s.title for s in it["sheets"]], it["name"]
        for sheet in it["sheets"]:
            want = {k: _norm(v) for k, v in sheet.cells.items()}
            assert got[sheet.title] == want, (it["name"], sheet.title)


def test_files_come_from_several_programs(items):
    """Agencies' files come from different programs: XlsxWriter, LibreOffice (xlsx, legacy xls), a web app."""
    programs = {it["program"] for it in items}
    assert {"openpyxl", "xlsxwriter", "libreoffice", "libreoffice-xls", "html"} <= programs
    for it in items:
        path = KIRIMAN / it["name"]
        head = path.read_bytes()[:8]
        if it["program"] == "libreoffice-xls":
            assert head == bytes.fromhex("d0cf11e0a1b11ae1"), it["name"]
        elif it["program"] == "html":
            assert head.lower().startswith(b"<html")
        else:
            app = zipfile.ZipFile(path).read("docProps/app.xml").decode()
            assert ("LibreOffice" in app) == (it["program"] == "libreoffice"), it["name"]


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    unformed = {f["defects"][0]["code"] for f in files if f["form"] is None}
    assert {"format-lain", "templat-belum-diisi", "bukan-skp"} <= unformed


EMPTY_WHEN_DEFECTIVE = {
    "iki-tanpa-target",
    "realisasi-kosong",
    "identitas-kosong",
    "cara-memantau-kosong",
    "kategori-penilaian-kosong",
    "rk-atasan-kosong",
    "manual-iki-kosong",
}


def test_every_defect_cell_holds_the_defect(items):
    """The manifest's cell is where the defect is: empty for a missing value, the wrong text otherwise."""
    from openpyxl.utils.cell import coordinate_to_tuple

    for it in items:
        sheets = {s.title: s for s in it["sheets"] or []}
        for d in it["entry"]["defects"]:
            if d["cell"] is None:
                continue
            row, col = coordinate_to_tuple(d["cell"])
            value = sheets[d["sheet"]].cells.get((row, col))
            if d["code"] in EMPTY_WHEN_DEFECTIVE:
                assert value is None, (it["name"], d)
            else:
                assert value not in (None, ""), (it["name"], d)
