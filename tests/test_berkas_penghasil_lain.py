"""A workbook's package as other producers write it, read as the reviewer sees the form (from
``benchmarks/merah_al``). Workbooks from ``tests/data/make_berkas_penghasil_lain.py``: exact findings, none
on the clean ones."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.periksa import check_path
from skp.reading.extent import xlsx_sheet_cells
from skp.reading.load import _shared_strings_where_parser_looks, parse_submission
from skp.reading.safety import check_submission, reading_limits

DATA = Path(__file__).parent / "data"

EXPECTED = {
    # a declared dimension of a billion cells over a few stored ones: the parser reads the stored cells
    "penghasil_dimensi_seluruh_kolom.xlsx": ("ja-dasar", set()),
    # rows formatted to the bottom of the sheet hold no cell: the parser adds no row for them
    "penghasil_baris_berformat_sampai_bawah.xlsx": ("ja-dasar", set()),
    # the shared strings under another name, named by the workbook's relationship
    "penghasil_teks_bersama_nama_lain.xlsx": ("ja-dasar", set()),
    "penghasil_teks_bersama_nama_lain_target_kosong.xlsx": ("ja-dasar", {("iki-tanpa-target", "SKP", "F15")}),
    "penghasil_teks_bersama_absolut.xlsx": ("ja-dasar", set()),
    "penghasil_teks_bersama_standar.xlsx": ("ja-dasar", set()),
}


@pytest.fixture(scope="module")
def config() -> Config:
    return Config()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings_and_form(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config, display_path=name)
    contract = report.to_contract()
    form, findings = EXPECTED[name]
    assert contract["form"] == form
    assert {(f["code"], f["sheet"], f["cell"]) for f in contract["findings"]} == findings


@pytest.mark.parametrize("light", [False, True])
def test_a_declared_dimension_alone_is_not_too_many_cells(light: bool, config: Config) -> None:
    data = (DATA / "penghasil_dimensi_seluruh_kolom.xlsx").read_bytes()
    check_submission(data, reading_limits(config), light=light)  # no WorkbookRejected


@pytest.mark.parametrize("light", [False, True])
def test_rows_formatted_to_the_bottom_are_not_cells(light: bool, config: Config) -> None:
    data = (DATA / "penghasil_baris_berformat_sampai_bawah.xlsx").read_bytes()
    check_submission(data, reading_limits(config), light=light)  # no WorkbookRejected


def test_a_cell_without_reference_in_the_last_row_still_counts_its_row(config: Config) -> None:
    """A cell stored without ``r`` takes its row element's number: the rectangle reaches row 1,048,576."""
    out = io.BytesIO()
    source = DATA / "penghasil_baris_berformat_sampai_bawah.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    b'<row r="1048576" s="1" customFormat="1" ht="15" customHeight="1"/>',
                    b'<row r="1048576"><c t="n"><v>1</v></c></row>',
                )
            dst.writestr(info, content)
    with pytest.raises(WorkbookRejected) as rejected:
        check_submission(out.getvalue(), reading_limits(config))
    assert rejected.value.code == "berkas-terlalu-besar"


@pytest.mark.parametrize("far_cell", [False, True])
def test_the_exact_count_does_not_depend_on_where_the_part_is_cut(far_cell: bool) -> None:
    """The count reads a part in chunks: a cell's tag ending one chunk and its reference starting the next
    is one referenced cell, wherever the cut falls; a cell without reference in the last row reaches it."""
    with zipfile.ZipFile(DATA / "penghasil_baris_berformat_sampai_bawah.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    if far_cell:
        sheet = sheet.replace(
            b'<row r="1048576"', b'<row r="1048576"><c t="n"><v>1</v></c></row><row r="1048575"'
        )
    counts = set()
    for cut in range(0, len(sheet), 7):
        part = io.BytesIO(sheet)
        counts.add(xlsx_sheet_cells(part, part.read(cut)))
    assert counts == ({1048576 * (7 + 1)} if far_cell else {22 * 7})  # columns A–G, and the cell without r


def _entries(data: bytes) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.infolist()


@pytest.mark.parametrize(
    "name",
    ["penghasil_teks_bersama_standar.xlsx", "penghasil_dimensi_seluruh_kolom.xlsx", "ok_small_skp.xlsx"],
)
def test_a_package_with_its_strings_where_the_parser_looks_is_handed_over_as_it_is(name: str) -> None:
    """The usual name, or strings all inline (openpyxl): nothing is rewritten."""
    data = (DATA / name).read_bytes()
    assert _shared_strings_where_parser_looks(data, _entries(data)) is data


def test_strings_moved_to_the_parser_are_the_same_part(config: Config) -> None:
    data = (DATA / "penghasil_teks_bersama_nama_lain.xlsx").read_bytes()
    moved = _shared_strings_where_parser_looks(data, _entries(data))
    with zipfile.ZipFile(io.BytesIO(data)) as before, zipfile.ZipFile(io.BytesIO(moved)) as after:
        assert after.read("xl/sharedStrings.xml") == before.read("xl/strings.xml")
        assert "xl/strings.xml" not in after.namelist()
        assert sorted(after.namelist()) == sorted(
            "xl/sharedStrings.xml" if n == "xl/strings.xml" else n for n in before.namelist()
        )
    sheet = parse_submission(data, config).sheets[0]
    assert sheet.value(14, 5) == "90 %"


def test_a_strings_part_that_is_not_xml_is_not_moved(config: Config) -> None:
    """Only a part the safety scan has read (every ``.xml``) is handed to the parser under another name: a
    relationship naming ``strings.bin`` leaves the package as it is, and its text cells unreadable."""
    data = (DATA / "penghasil_teks_bersama_nama_lain.xlsx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b'Target="strings.xml"', b'Target="strings.bin"')
            dst.writestr("xl/strings.bin" if info.filename == "xl/strings.xml" else info.filename, content)
    renamed = out.getvalue()
    assert _shared_strings_where_parser_looks(renamed, _entries(renamed)) is renamed
    with pytest.raises(WorkbookRejected) as rejected:
        parse_submission(renamed, config)
    assert rejected.value.code == "berkas-rusak"
