"""Loading submitted files: good workbooks become grids, every bad one is refused with its exact code."""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import zipfile
from pathlib import Path

import pytest

from skp.config import Config
from skp.errors import ConfigurationError, WorkbookRejected
from skp.reading.extent import xlsx_sheet_cells
from skp.reading.load import load_grid

DATA = Path(__file__).parent / "data"

EXPECTED_CODE = {
    "bad_cells_far_apart.xlsx": "berkas-terlalu-besar",
    "bad_cells_far_apart_hidden_part.xlsx": "berkas-terlalu-besar",
    "bad_docx_renamed.xlsx": "berkas-rusak",
    "bad_encrypted.xls": "berkas-terenkripsi",
    "bad_encrypted.xlsx": "berkas-terenkripsi",
    "bad_garbage_sheet_xml.xlsx": "berkas-rusak",
    "bad_pdf_renamed.xlsx": "berkas-rusak",
    "bad_random_bytes.xlsx": "berkas-rusak",
    "bad_shared_strings_false_count.xlsx": "berkas-terlalu-besar",
    "bad_text_renamed.xlsx": "berkas-rusak",
    "bad_too_many_cells.xlsx": "berkas-terlalu-besar",
    "bad_truncated.xlsx": "berkas-rusak",
    "bad_xml_entities.xlsx": "berkas-rusak",
    "bad_xml_entities_after_comment.xlsx": "berkas-rusak",
    "bad_xml_entities_utf16.xlsx": "berkas-rusak",
    "bad_xml_external_entity.xlsx": "berkas-rusak",
    "bad_zip_bomb.xlsx": "berkas-terlalu-besar",
    "bad_zip_bomb_false_size.xlsx": "berkas-rusak",
    "bad_zip_duplicate_part.xlsx": "berkas-rusak",
    "bad_zip_password.xlsx": "berkas-terenkripsi",
    "bad_xls_dimensions_inverted.xls": "berkas-rusak",
    "bad_xls_sheet_offset.xls": "berkas-rusak",
    "bad_zip_without_workbook.xlsx": "berkas-rusak",
}
BAD_FILES = sorted(p.name for p in DATA.glob("bad_*.xls*"))
OK_FILES = sorted(p.name for p in DATA.glob("ok_*.xls*"))


def test_every_bad_file_has_an_expected_code() -> None:
    assert sorted(EXPECTED_CODE) == BAD_FILES


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_is_rejected_with_its_code(name: str, config: Config) -> None:
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(DATA / name, config)
    assert rejected.value.code == EXPECTED_CODE[name]
    assert rejected.value.detail


def test_parser_panic_leaves_nothing_on_stderr(config: Config, capfd: pytest.CaptureFixture[str]) -> None:
    """calamine panics on this sheet offset; the user sees a finding, not Rust's panic message."""
    with pytest.raises(WorkbookRejected):
        load_grid(DATA / "bad_xls_sheet_offset.xls", config)
    assert capfd.readouterr().err == ""
    os.write(2, b"stderr kembali\n")
    assert capfd.readouterr().err == "stderr kembali\n"


def test_zip_bomb_is_small_on_disk() -> None:
    bomb = DATA / "bad_zip_bomb.xlsx"
    assert bomb.stat().st_size < 1024 * 1024
    with zipfile.ZipFile(bomb) as archive:
        assert sum(info.file_size for info in archive.infolist()) > 200 * 1024 * 1024


@pytest.mark.parametrize("name", BAD_FILES + OK_FILES)
def test_input_file_is_never_modified(name: str, config: Config) -> None:
    path = DATA / name
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with contextlib.suppress(WorkbookRejected):
        load_grid(path, config)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_small_skp_values_are_read_from_a1(config: Config) -> None:
    grid = load_grid(DATA / "ok_small_skp.xlsx", config)
    sheet = grid.sheet("SKP")
    assert sheet is not None
    assert sheet.rows[0] == [None] * sheet.n_cols  # the form starts at B2: row 1 and column A stay
    assert sheet.value(1, 0) is None
    assert sheet.value(1, 1) == "RENCANA SASARAN KINERJA PEGAWAI"
    assert sheet.value(5, 3) == "Ani Suryani"  # padded text is stripped
    assert sheet.value(6, 3) == "19860926 201505 2 001"
    assert sheet.value(13, 7) == 12 and isinstance(sheet.value(13, 7), int)
    assert sheet.value(14, 7) == pytest.approx(0.855)
    assert sheet.value(15, 7) in (datetime.date(2024, 12, 31), datetime.datetime(2024, 12, 31))
    assert sheet.value(14, 2) is None  # inside a merged area: value only in the top-left cell
    assert set(sheet.merged) == {(1, 1, 1, 6), (13, 2, 15, 2), (13, 3, 15, 3)}


def test_hidden_and_empty_sheets_are_kept(config: Config) -> None:
    grid = load_grid(DATA / "ok_small_skp.xlsx", config)
    assert [(s.name, s.hidden) for s in grid.sheets] == [("SKP", False), ("Daftar", True), ("Sheet3", False)]
    assert grid.sheets[2].rows == []


def test_legacy_xls_reads_like_the_xlsx_it_was_saved_from(config: Config) -> None:
    legacy = load_grid(DATA / "ok_legacy.xls", config)
    original = load_grid(DATA / "ok_small_skp.xlsx", config)
    assert [(s.name, s.hidden, set(s.merged)) for s in legacy.sheets] == [
        (s.name, s.hidden, set(s.merged)) for s in original.sheets
    ]
    assert legacy.sheets[0].rows == original.sheets[0].rows


def test_absurdly_long_text_loads_whole(config: Config) -> None:
    text = load_grid(DATA / "ok_long_text.xlsx", config).sheets[0].value(2, 1)
    assert isinstance(text, str) and len(text) == 40_000 and text.startswith("Rencana kinerja")


def test_macro_workbook_is_read_as_data_only(config: Config) -> None:
    path = DATA / "ok_macro.xlsm"
    with zipfile.ZipFile(path) as archive:
        assert "xl/vbaProject.bin" in archive.namelist()
    grid = load_grid(path, config)
    assert [s.name for s in grid.sheets] == ["SKP"]
    assert grid.sheets[0].rows == [["RENCANA SASARAN KINERJA PEGAWAI", None], [None, 12]]


def test_format_comes_from_content_not_extension(tmp_path: Path, config: Config) -> None:
    renamed = tmp_path / "kiriman.xls"
    renamed.write_bytes((DATA / "ok_small_skp.xlsx").read_bytes())
    assert load_grid(renamed, config).sheets[0].value(1, 1) == "RENCANA SASARAN KINERJA PEGAWAI"


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "berkas-rusak"), (b"<html><body><table></table></body></html>", "berkas-rusak")],
    ids=["empty", "html-saved-as-xls"],
)
def test_content_that_is_no_workbook(tmp_path: Path, config: Config, content: bytes, code: str) -> None:
    path = tmp_path / "kiriman.xls"
    path.write_bytes(content)
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(path, config)
    assert rejected.value.code == code


def test_missing_file_and_folder_are_rejected(tmp_path: Path, config: Config) -> None:
    for path in (tmp_path / "tidak-ada.xlsx", tmp_path):
        with pytest.raises(WorkbookRejected) as rejected:
            load_grid(path, config)
        assert rejected.value.code == "berkas-rusak"


def _limited(**batas: float) -> Config:
    return Config(rules={"pembacaan": {"deteksi_lain": {"milik": "pembaca"}, "batas": batas}})


@pytest.mark.parametrize(
    "batas",
    [
        {"ukuran_berkas_mb": 0.001},
        {"ukuran_isi_mb": 0.01},
        {"jumlah_sel": 50},
        {"jumlah_bagian_zip": 5},
    ],
    ids=lambda batas: next(iter(batas)),
)
def test_each_limit_comes_from_the_rules(batas: dict[str, float]) -> None:
    assert load_grid(DATA / "ok_small_skp.xlsx", Config()).sheets
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(DATA / "ok_small_skp.xlsx", _limited(**batas))
    assert rejected.value.code == "berkas-terlalu-besar"


def test_absurd_compression_ratio_is_refused_on_its_own() -> None:
    config = _limited(ukuran_isi_mb=1000, rasio_kompresi=100)
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(DATA / "bad_zip_bomb.xlsx", config)
    assert rejected.value.code == "berkas-terlalu-besar"


def test_shipped_limits_are_the_spec_defaults(config: Config) -> None:
    batas = config.rules["pembacaan"]["batas"]
    assert (batas["ukuran_berkas_mb"], batas["ukuran_isi_mb"], batas["jumlah_sel"]) == (50, 200, 2_000_000)


def test_invalid_limit_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        load_grid(DATA / "ok_small_skp.xlsx", _limited(jumlah_sel=-1))


@pytest.mark.parametrize(
    ("xml", "cells"),
    [
        (b'<worksheet><sheetData><row r="3"><c r="AA3"/></row>', 3 * 27),
        (b'<worksheet><sheetData><row r="2"><c/><c/><c/></row>', 2 * 3),  # unreferenced cells follow on
        (b'<worksheet><sheetData><row r="9"><c r="B9"/></row><row><c/><c/></row>', 10 * 4),
        (b'<worksheet><sheetData><row r="1"><c r="A1"/></row><c r="XFD1048576"/>', 1048576 * 16384),
        (b'<x:worksheet xmlns:x="s"><x:sheetData><x:row r="9"><x:c/><x:c/></x:row>', 9 * 2),
    ],
    ids=["reference", "unreferenced", "row-without-reference", "far-apart", "namespace-prefix"],
)
def test_stored_extent_is_counted_from_a1(xml: bytes, cells: int) -> None:
    assert xlsx_sheet_cells(io.BytesIO(xml)) == cells


def test_stored_extent_survives_a_chunk_boundary() -> None:
    filler = b"<worksheet>" + b" " * (1024 * 1024 - 16)
    assert xlsx_sheet_cells(io.BytesIO(filler + b'<c r="XFD1048576"/>')) >= 1048576 * 16384
