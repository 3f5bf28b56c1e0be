"""The light safety scan an isolated worker runs (``check_submission(..., light=True)``): it refuses every
hostile file the full scan refuses, except those whose cells only reading a worksheet whole can count
(a worker survives their parse: see test_bad_input_isolation.py), and it finds a worksheet wherever the
workbook's relationships put it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_load import BAD_FILES, DATA

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.reading.safety import check_submission, reading_limits

# Cells spread far apart, or a worksheet only a relationship with an absolute or ``..`` target names:
# the light scan reads no worksheet whole, so these reach the parser (in a worker that may abort).
PASSED_TO_THE_PARSER = {
    "bad_cells_far_apart.xlsx", "bad_cells_far_apart_hidden_part.xlsx", "bad_cells_far_apart_quoted.xlsx",
    "bad_rels_target_absolute.xlsx", "bad_rels_target_dotdot.xlsx",
}


def _code(data: bytes, config: Config, light: bool) -> str | None:
    try:
        check_submission(data, reading_limits(config), light=light)
    except WorkbookRejected as rejected:
        return rejected.code
    return None


@pytest.mark.parametrize("name", sorted(set(BAD_FILES) - PASSED_TO_THE_PARSER))
def test_the_light_scan_refuses_what_the_full_scan_refuses(name: str, config: Config) -> None:
    data = (DATA / name).read_bytes()
    assert _code(data, config, light=True) == _code(data, config, light=False)


def _sheet_moved(tmp_path: Path, dimension: bytes, far_cell: bool = False) -> bytes:
    """ok_small_skp.xlsx with its first sheet stored as ``xl/lembar/data.xml``, named by the relationship
    target ``Lembar/Data.xml`` (relative, other case), declaring ``dimension``; with ``far_cell``, a cell
    stored at XFD2000 too."""
    path = tmp_path / "kiriman.xlsx"
    with zipfile.ZipFile(DATA / "ok_small_skp.xlsx") as src, zipfile.ZipFile(path, "w") as dst:
        for name in src.namelist():
            content = src.read(name)
            if name == "xl/_rels/workbook.xml.rels":
                content = content.replace(b'Target="/xl/worksheets/sheet1.xml"', b'Target="Lembar/Data.xml"')
            if name == "xl/worksheets/sheet1.xml":
                name = "xl/lembar/data.xml"
                content = content.replace(b'ref="B2:H17"', b'ref="' + dimension + b'"')
                if far_cell:
                    content = content.replace(
                        b"</sheetData>", b'<row r="2000"><c r="XFD2000" t="n"><v>1</v></c></row></sheetData>'
                    )
            dst.writestr(name, content)
    return path.read_bytes()


def test_a_worksheet_named_by_a_plain_relative_target_is_counted(tmp_path: Path, config: Config) -> None:
    """16,384 columns × 2,000 rows declared, found through the rels alone, send the light scan to the exact
    count: the cells stored as far send the workbook past the 2,000,000-cell limit; the declaration alone
    does not (the parser sizes a sheet by its stored cells)."""
    assert _code(_sheet_moved(tmp_path, b"B2:H17"), config, light=True) is None
    assert _code(_sheet_moved(tmp_path, b"A1:XFD2000"), config, light=True) is None
    moved = _sheet_moved(tmp_path, b"A1:XFD2000", far_cell=True)
    assert _code(moved, config, light=True) == "berkas-terlalu-besar"


def _answer(data: bytes, config: Config, memo: dict[object, object] | None) -> tuple[str, str] | None:
    try:
        check_submission(data, reading_limits(config), light=True, memo=memo)
    except WorkbookRejected as rejected:
        return rejected.code, rejected.detail
    return None


def test_a_run_remembering_workbook_parts_answers_as_each_file_alone(tmp_path: Path, config: Config) -> None:
    """One memo across every test workbook, each read twice (the second from memory where its workbook.xml
    and rels and its small parts were seen), and two files whose workbook parts are equal but whose
    worksheet declares a different size: every answer, code and detail, is the one the file gets on its
    own."""
    files = [p.read_bytes() for p in sorted(DATA.glob("*.xls*"))]
    files += [_sheet_moved(tmp_path, b"B2:H17"), _sheet_moved(tmp_path, b"A1:XFD2000")]
    memo: dict[object, object] = {}
    alone = [_answer(data, config, None) for data in files]
    assert [_answer(data, config, memo) for data in files] == alone
    assert [_answer(data, config, memo) for data in files] == alone
    assert any(key[0] == "workbook parts" for key in memo)  # type: ignore[index]
    assert memo["part starts"]


def _local_name_not_utf8() -> bytes:
    """ok_small_skp.xlsx whose xl/workbook.xml local header flags its name as UTF-8 but ends it with a byte
    UTF-8 never has (the central directory's name is intact)."""
    data = bytearray((DATA / "ok_small_skp.xlsx").read_bytes())
    with zipfile.ZipFile(DATA / "ok_small_skp.xlsx") as archive:
        entry = archive.getinfo("xl/workbook.xml")
    flags = entry.header_offset + 6  # the general purpose bits; 0x800: the name is UTF-8
    data[flags + 1] |= 0x08
    data[entry.header_offset + 30 + len(entry.filename) - 1] = 0xFF
    return bytes(data)


def test_a_workbook_part_whose_local_name_is_not_utf8_is_refused_alike_with_a_memo(config: Config) -> None:
    """The run's memo keys workbook.xml by its local header too: a name that does not decode is the part's
    damage, reported as the scan without a memo reports it, never an exception out of the scan."""
    data = _local_name_not_utf8()
    assert _answer(data, config, None) == ("berkas-rusak", "bagian xl/workbook.xml rusak")
    assert _answer(data, config, {}) == ("berkas-rusak", "bagian xl/workbook.xml rusak")
