"""A formula whose result was never stored is not judged: Excel shows a value the file does not hold.
Workbooks from ``tests/data/make_rumus_tanpa_nilai.py``."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.reading.grid import SheetGrid, WorkbookGrid
from skp.reading.unvalued import blank_cells, unvalued_formulas

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("name", "expected"), [
    ("rumus_tanpa_nilai.xlsx", set()),
    # the one target truly empty is still reported, beside the formulas that are not
    ("rumus_tanpa_nilai_target_kosong.xlsx", {("target-tidak-terukur", "SKP", "F15")}),
    # a formula whose stored result is the empty text shows an empty cell: reported
    ("rumus_tanpa_nilai_teks_kosong.xlsx", {("target-tidak-terukur", "SKP", "F14")}),
])
def test_formula_without_stored_result_is_not_judged(name: str, expected: set[tuple[str, str, str]],
                                                     config: Config) -> None:
    report, document = check_path(DATA / name, config)
    assert document is not None and document.form == "ja-dasar"
    assert {(f.code, f.sheet, f.cell) for f in report.findings} == expected


def _package(sheet_xml: str) -> bytes:
    """A minimal package whose one sheet, ``Data``, is ``sheet_xml``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("xl/workbook.xml", (
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        package.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
            '</Relationships>'))
        package.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return out.getvalue()


def test_only_formulas_without_a_result_are_unvalued() -> None:
    sheet = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        '<x:row r="1"><x:c r="A1"><x:f>6*2</x:f></x:c>'  # ExcelJS, SheetJS: no <v> at all
        '<x:c r="B1"><x:f>6*2</x:f><x:v/></x:c>'  # openpyxl: an empty <v/>
        '<x:c r="C1"><x:f>6*2</x:f><x:v>12</x:v></x:c>'  # Excel: the result stored
        '<x:c r="D1" t="str"><x:f>IF(1,"","")</x:f><x:v></x:v></x:c>'  # the empty text, stored
        '<x:c r="E1" t="s"><x:v>0</x:v></x:c>'  # no formula
        '<x:c r="F1"/>'  # nothing
        '<x:c r="G1"><x:f t="shared" si="0"/></x:c></x:row>'  # a shared formula's other cell, no result
        '</x:sheetData></x:worksheet>')
    wanted = {"Data": {"A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1"}}
    unvalued = unvalued_formulas(_package(sheet), None, None, wanted)
    assert unvalued == {("Data", "A1"), ("Data", "B1"), ("Data", "G1")}


def test_unreadable_or_foreign_content_has_no_unvalued_cell() -> None:
    wanted = {"Data": {"A1"}}
    assert unvalued_formulas(b"\xd0\xcf\x11\xe0 an .xls", None, None, wanted) == set()
    assert unvalued_formulas(_package("<worksheet><sheetData>"), None, None, {"Lain": {"A1"}}) == set()


def test_only_cells_read_empty_are_looked_for() -> None:
    grid = WorkbookGrid([SheetGrid(name="Data", rows=[["teks", None]])])
    places = [("Data", "A1"), ("Data", "B1"), ("Data", "C9"), ("Data", "A1:B2"), (None, "B1"), ("Lain", "B1")]
    assert blank_cells(places, grid) == {"Data": {"B1", "C9"}}
