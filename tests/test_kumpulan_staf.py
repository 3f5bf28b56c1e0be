"""The staff-style copies of the batch benchmark (benchmarks/kumpulan_staf.py): what staff keep when they copy
the form into a fresh workbook, and that skp reads such a copy as the same form with the same findings."""

from __future__ import annotations

import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font, PatternFill
from python_calamine import CalamineWorkbook

from skp.config import Config
from skp.periksa import check_path

_saved_path = list(sys.path)
sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from kumpulan_staf import Blanks, blank_templates, convert  # noqa: E402

sys.path[:] = _saved_path  # left in place, benchmarks/server.py would hide the server package later

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def blanks() -> Blanks:
    return blank_templates(Config())


def _findings(path: Path, config: Config) -> tuple[str | None, set[tuple[str, str | None, str | None]], dict]:
    report, document = check_path(path, config)
    assert document is not None
    content = document.model_dump()
    content.pop("matriks")  # a blank Matriks sheet is one staff do not copy
    return report.form, {(f.code, f.sheet, f.cell) for f in report.findings}, content


@pytest.mark.parametrize("name", ["clean_jf-dasar.xlsx", "clean_jpt-pengembangan.xlsx",
                                  "defect_rk-atasan-kosong.xlsx", "defect_kategori-penilaian-kosong.xlsx",
                                  "nyata_periode_tanggal.xlsx", "layout_polos.xls"])
def test_staff_copy_reads_as_the_same_form(name: str, blanks: Blanks, config: Config, tmp_path: Path) -> None:
    copy = tmp_path / "salinan.xlsx"
    convert(DATA / name, copy, blanks)
    assert _findings(copy, config) == _findings(DATA / name, config)


def test_clean_template_copy_has_no_finding(blanks: Blanks, config: Config, tmp_path: Path) -> None:
    copy = tmp_path / "salinan.xlsx"
    convert(DATA / "clean_ja-dasar.xlsx", copy, blanks)
    assert CalamineWorkbook.from_path(str(copy)).sheet_names == ["SKP", "Penilaian", "Perilaku"]
    assert check_path(copy, config)[0].findings == []


def test_copy_keeps_values_merges_and_dates_only(blanks: Blanks, tmp_path: Path) -> None:
    source, copy = tmp_path / "asli.xlsx", tmp_path / "salinan.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "SKP"
    sheet["A1"] = "SASARAN KINERJA PEGAWAI"
    sheet["A1"].font = Font(bold=True)
    sheet["A1"].fill = PatternFill("solid", fgColor="FFFF00")
    sheet.merge_cells("A1:F1")
    sheet["B3"] = "http://contoh.go.id"
    sheet["B4"] = "+62 812 3456"
    sheet["B5"] = date(2025, 12, 31)
    sheet["B6"] = "=1+1"  # openpyxl stores no cached value: nothing for staff to copy
    sheet["B7"] = 85.5
    workbook.create_sheet("Petunjuk")["A1"] = "Cara mengisi"
    hidden = workbook.create_sheet("Daftar")
    hidden["A1"], hidden.sheet_state = "Kuantitas", "hidden"
    workbook.save(source)

    assert convert(source, copy, blanks) == 2
    read = CalamineWorkbook.from_path(str(copy))
    assert read.sheet_names == ["SKP"]
    rows = read.get_sheet_by_name("SKP").to_python(skip_empty_area=False)
    column_b = [rows[r][1] for r in range(2, 7)]
    assert column_b == ["http://contoh.go.id", "+62 812 3456", date(2025, 12, 31), "", 85.5]
    assert read.get_sheet_by_name("SKP").merged_cell_ranges == [((0, 0), (0, 5))]
    cells = [c for row in openpyxl.load_workbook(copy)["SKP"].iter_rows() for c in row]
    assert {c.coordinate for c in cells if c.has_style} == {"B5"}  # the date's number format, nothing else
    with zipfile.ZipFile(copy) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet_xml and "hyperlink" not in sheet_xml
        parts = [archive.read(n).decode(errors="ignore") for n in archive.namelist()]
        assert not any("dataValidation" in part for part in parts)
