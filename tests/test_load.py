"""Loading submitted files: good workbooks become grids, every bad one is refused with its exact code."""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import random
import struct
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import olefile
import pytest

from skp.config import Config
from skp.errors import ConfigurationError, WorkbookRejected
from skp.reading import biff
from skp.reading.extent import xlsx_sheet_cells, xlsx_sheet_cells_at_most
from skp.reading.grid import plain_row
from skp.reading.load import load_grid, parser_bytes
from skp.reading.safety import check_submission, reading_limits

DATA = Path(__file__).parent / "data"

EXPECTED_CODE = {
    "bad_cells_far_apart.xlsx": "berkas-terlalu-besar",
    "bad_cells_far_apart_hidden_part.xlsx": "berkas-terlalu-besar",
    "bad_cells_far_apart_quoted.xlsx": "berkas-terlalu-besar",
    "bad_rels_target_absolute.xlsx": "berkas-terlalu-besar",
    "bad_rels_target_dotdot.xlsx": "berkas-terlalu-besar",
    "bad_shared_strings_huge_count.xlsx": "berkas-terlalu-besar",
    "bad_sheet_entries_one_part.xlsx": "berkas-terlalu-besar",
    "bad_xls_sheet_inside_record.xls": "berkas-rusak",
    "bad_docx_renamed.xlsx": "berkas-rusak",
    "bad_encrypted.xls": "berkas-terenkripsi",
    "bad_encrypted.xlsx": "berkas-terenkripsi",
    "bad_garbage_sheet_xml.xlsx": "berkas-rusak",
    "bad_pdf_renamed.xlsx": "berkas-rusak",
    "bad_random_bytes.xlsx": "berkas-rusak",
    "bad_shared_strings_false_count.xlsx": "berkas-terlalu-besar",
    "bad_text_renamed.xlsx": "berkas-rusak",
    "bad_too_many_cells.xlsx": "berkas-terlalu-besar",
    "bad_stray_value_far_right.xlsx": "berkas-terlalu-besar",
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
    "bad_xls_cell_far_corner.xls": "berkas-terlalu-besar",
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


def _dimensions(data: bytes) -> list[tuple[int, ...]]:
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        stream = ole.openstream("Workbook").read()
    return [struct.unpack("<IIHHH", body) for _, record, body in biff.records(stream) if record == 0x0200]


def test_xls_declared_down_to_the_last_row_is_read_with_the_declaration_cut(config: Config) -> None:
    """LibreOffice declares an .xls sheet down to row 1,048,576 once its last row is formatted; the parser
    would reserve room for all of it (a 256-column sheet aborts the process). The SKP is read like the
    same workbook declared to its cells, and the parser is handed the declaration cut to them."""
    declared = (DATA / "ok_legacy_dimensions_to_last_row.xls").read_bytes()
    assert _dimensions(declared)[0] == (1, 1_048_576, 0, 256, 0)
    assert _dimensions(parser_bytes(declared)) == [(1, 17, 0, 8, 0), (0, 1, 0, 1, 0), (0, 0, 0, 0, 0)]
    legacy = load_grid(DATA / "ok_legacy.xls", config)
    assert [s.rows for s in load_grid(DATA / "ok_legacy_dimensions_to_last_row.xls", config).sheets] == [
        s.rows for s in legacy.sheets
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux only")
def test_xls_declared_down_to_the_last_row_loads_within_a_memory_cap() -> None:
    """Handed the declaration as written, python-calamine reserves 268 million cells and aborts the
    process under a 3 GB address-space cap; cut, the sheet loads in a few megabytes."""
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30));"
        "from skp.config import default_config; from skp.reading.load import load_grid;"
        "print(len(load_grid(__import__('pathlib').Path(sys.argv[1]), default_config()).sheets[0].rows))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(DATA / "ok_legacy_dimensions_to_last_row.xls")],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "17")


def test_xls_whose_declaration_cannot_be_cut_is_refused_not_handed_over(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should olefile fail to rewrite the stream, the declaration as written could make the parser reserve
    more than the safety count allowed for: the file is refused. One that needs no cut is not touched."""

    def broken(*_: object) -> None:
        raise OSError("sektor rusak")

    monkeypatch.setattr(olefile.OleFileIO, "write_stream", broken)
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(DATA / "ok_legacy_dimensions_to_last_row.xls", config)
    assert rejected.value.code == "berkas-rusak"
    assert load_grid(DATA / "ok_legacy.xls", config).sheets


def test_xls_declared_to_its_cells_is_handed_to_the_parser_unchanged() -> None:
    legacy = (DATA / "ok_legacy.xls").read_bytes()
    assert parser_bytes(legacy) is legacy


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


def _worksheets(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]


_SHEETS = [
    b'<worksheet><sheetData><row r="3"><c r="AA3"/></row>',
    b'<worksheet><sheetData><row r="99"><c r="Z99"/><c/></row><row><c/></row>',
    b'<worksheet><sheetData><row r="100"><c r="A100"/></row>',
    b'<x:worksheet xmlns:x="s"><x:sheetData><x:row r="9"><x:c/><x:c r="B9"/></x:row>',
    b"<worksheet>" + b" " * (1024 * 1024 - 16) + b'<row r="7"><c r="C7"/><c r="XFD2"/></row>',
    *(sheet for path in sorted(DATA.glob("[!b]*.xlsx")) for sheet in _worksheets(path)),  # all but bad_*
]


@pytest.mark.parametrize("xml", _SHEETS)
def test_stored_extent_bound_is_never_below_the_count(xml: bytes) -> None:
    exact = xlsx_sheet_cells(io.BytesIO(xml))
    assert xlsx_sheet_cells_at_most(io.BytesIO(xml)) >= exact


def test_stored_extent_bound_is_the_count_past_z99() -> None:
    xml = b'<worksheet><sheetData><row r="1"><c r="A1"/></row><c r="XFD1048576"/>'
    assert xlsx_sheet_cells_at_most(io.BytesIO(xml)) == xlsx_sheet_cells(io.BytesIO(xml)) == 1048576 * 16384


def test_cells_over_their_bound_but_within_the_limit_are_accepted() -> None:
    """The bound only decides when a workbook may need an exact count; the exact count decides."""
    sheets = _worksheets(DATA / "ok_small_skp.xlsx")
    exact = sum(xlsx_sheet_cells(io.BytesIO(xml)) for xml in sheets)
    bound = sum(xlsx_sheet_cells_at_most(io.BytesIO(xml)) for xml in sheets)
    assert bound > exact
    assert load_grid(DATA / "ok_small_skp.xlsx", _limited(jumlah_sel=exact)).sheets
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(DATA / "ok_small_skp.xlsx", _limited(jumlah_sel=exact - 1))
    message = f"sekitar {exact:,} sel melebihi batas {exact - 1:,} sel;"
    assert rejected.value.detail.startswith(message.replace(",", "."))


def test_a_stray_value_far_right_is_refused_naming_its_sheet_and_cell() -> None:
    """One value typed at XFD150 makes a small form 16,384 columns wide: the user is told where it is."""
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(DATA / "bad_stray_value_far_right.xlsx", Config())
    assert rejected.value.code == "berkas-terlalu-besar"
    assert rejected.value.detail == (
        "sekitar 2.457.600 sel melebihi batas 2.000.000 sel; sheet SKP terbentang sampai sel XFD150 "
        "(150 baris × 16.384 kolom; Ctrl+End menunjukkan sel terakhir): "
        "hapus isian atau format di luar formulir"
    )


def test_stored_extent_survives_a_chunk_boundary() -> None:
    filler = b"<worksheet>" + b" " * (1024 * 1024 - 16)
    assert xlsx_sheet_cells(io.BytesIO(filler + b'<c r="XFD1048576"/>')) >= 1048576 * 16384


_WHITESPACE = bytes(random.Random(4).choices(b" \t\r\n", k=3 * 1024 * 1024 + 5))  # compresses ~4x only


def _repacked(tmp_path: Path, compression: int = zipfile.ZIP_DEFLATED, pad: bytes = b"") -> Path:
    """ok_small_skp.xlsx written again with another compression, its first sheet padded with ``pad``."""
    path = tmp_path / "kiriman.xlsx"
    with zipfile.ZipFile(DATA / "ok_small_skp.xlsx") as src, zipfile.ZipFile(path, "w", compression) as dst:
        for name in src.namelist():
            content = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content.replace(b"<sheetData>", pad + b"<sheetData>", 1)
            dst.writestr(name, content)
    return path


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2])
@pytest.mark.parametrize("pad", [b"", _WHITESPACE], ids=["plain", "part-over-3-mb"])
def test_parts_are_read_whatever_their_size_and_compression(
    tmp_path: Path, config: Config, compression: int, pad: bytes
) -> None:
    """Stored, deflated and (through zipfile) bzip2 parts, in one chunk or several, are all checked alike."""
    original = load_grid(DATA / "ok_small_skp.xlsx", config)
    try:
        assert load_grid(_repacked(tmp_path, compression, pad), config) == original
    except WorkbookRejected as rejected:  # the parser itself may not read bzip2
        assert compression == zipfile.ZIP_BZIP2 and rejected.code == "berkas-rusak"


def test_local_header_naming_another_part_is_refused(config: Config) -> None:
    """The name before a part's data must match the central directory, as zipfile requires."""
    data = (DATA / "ok_small_skp.xlsx").read_bytes()
    first = data.index(b"xl/worksheets/sheet1.xml")  # the local header comes before the central directory
    with pytest.raises(WorkbookRejected) as rejected:  # refused before the parser runs
        check_submission(
            data[:first] + b"xl/worksheets/sheet9.xml" + data[first + 24 :], reading_limits(config)
        )
    assert rejected.value.code == "berkas-rusak"


def test_part_with_a_wrong_crc_is_refused(config: Config) -> None:
    with zipfile.ZipFile(DATA / "ok_small_skp.xlsx") as archive:
        info = archive.getinfo("xl/styles.xml")
    crc = info.CRC.to_bytes(4, "little")
    data = (DATA / "ok_small_skp.xlsx").read_bytes().replace(crc, bytes(b ^ 0xFF for b in crc))
    with pytest.raises(WorkbookRejected) as rejected:  # refused before the parser runs
        check_submission(data, reading_limits(config))
    assert rejected.value.code == "berkas-rusak"


def test_part_inflating_past_its_declared_size_is_refused_in_bounded_memory(config: Config) -> None:
    """A bomb declaring 1 KB is refused after inflating about that much, not the 64 MB it holds."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(DATA / "ok_small_skp.xlsx") as src,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("xl/bom.xml", b" " * (64 * 1024 * 1024))
    data = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("xl/bom.xml")
    data = data.replace(info.file_size.to_bytes(4, "little"), (1024).to_bytes(4, "little"))
    tracemalloc.start()
    try:
        with pytest.raises(WorkbookRejected) as rejected:
            check_submission(data, reading_limits(config))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert rejected.value.code == "berkas-rusak"
    assert peak < 4 * 1024 * 1024


def test_cell_values_are_converted_as_openpyxl_would() -> None:
    nan = float("nan")
    when = datetime.datetime(2024, 12, 31, 8, 30)
    values = ["", "  ", " Ani ", 12.0, -3.0, 0.855, 1e15, -1e15, 999999999999999.0, nan, True, 7, when]
    converted = plain_row(values)
    assert converted[:9] == [None, None, "Ani", 12, -3, 0.855, 1e15, -1e15, 999999999999999]
    assert [type(v) for v in converted[3:9]] == [int, int, float, float, float, int]
    assert converted[9] != converted[9] and converted[10:] == [True, 7, when]
    assert type(converted[10]) is bool


def test_part_ending_before_its_declared_compressed_size_is_read_as_zipfile_reads_it(config: Config) -> None:
    """A deflate stream that ends early needs no more data, whatever the central directory says."""
    data = bytearray((DATA / "ok_small_skp.xlsx").read_bytes())
    central = data.rindex(b"PK\x01\x02", 0, data.rindex(b"_rels/.rels"))
    assert data[central + 46 : central + 57] == b"_rels/.rels"  # its central directory entry
    data[central + 20 : central + 24] = (10**9).to_bytes(4, "little")
    check_submission(bytes(data), reading_limits(config))


def test_number_shown_with_its_format_words_is_read_as_shown(config: Config) -> None:
    """A target typed as 12 and formatted ``#,##0 "laporan"`` is read as Excel shows it, "12 laporan";
    a plain number stays a number."""
    sheet = load_grid(DATA / "nyata_target_format_satuan.xlsx", config).sheets[0]
    assert sheet.rows[13][5] == "12 laporan"
    assert sheet.rows[14][5] == "90 %"
    assert sheet.rows[18][5] == "Sebanyak 1 sertifikat"
    assert sheet.rows[13][0] == 1


def test_worded_cells_are_found_by_their_style_on_every_row() -> None:
    """The cells of a worded style are found on every row by their start tag, whatever the namespace prefix,
    the attributes' order or a self-closing tag; a style number that only begins like one (``s="11"``) and
    a ``<col>`` are not. Whether the cell holds a number is the loader's to see (a text stays a text)."""
    from skp.reading.formats import Affix, _worded_cells

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rows = "".join(
        f'<x:row r="{r}"><x:c r="A{r}" s="1"><x:v>{r}</x:v></x:c><x:c s="1" t="n" r="B{r}"/>'
        f'<x:c r="C{r}" s="11"><x:v>5</x:v></x:c><x:c r="D{r}" s="2"><x:v>5</x:v></x:c></x:row>'
        for r in range(1, 2001)
    )
    part = (f'<x:worksheet xmlns:x="{main}"><x:cols><x:col min="1" max="1" s="1"/></x:cols>'
            f"<x:sheetData>{rows}</x:sheetData></x:worksheet>").encode()
    words, percent = Affix("", "laporan"), Affix("", "%", percent=True)
    cells = _worded_cells(part, {"1": words, "2": percent})
    expected = {(r, c): words for r in range(2000) for c in (0, 1)}
    expected.update({(r, 3): percent for r in range(2000)})
    assert cells == expected


def test_percent_typed_into_cells_is_read_as_excel_shows_it(config: Config) -> None:
    """``95%`` typed into a cell is the number 0,95 formatted ``0%``, ``100%`` the whole number 1: both read
    as the percent the reviewer sees (``95 %``, ``100 %``), the kategori beside them written as bare text."""
    sheet = load_grid(DATA / "nyata_persen_seratus_kategori.xlsx", config).sheets[0]
    assert [sheet.rows[15][c] for c in (5, 6, 7)] == ["100 %", "76 - 99", "> 100"]
    sheet = load_grid(DATA / "nyata_persen_kategori_angka.xlsx", config).sheets[0]
    assert sheet.rows[15][5] == "95 %"


def test_libreoffice_ods_is_refused_with_how_to_save_it_again(config: Config) -> None:
    """Calc's own format is a spreadsheet, but not one the checks read: the sender is told how to save it."""
    with pytest.raises(WorkbookRejected) as rejected:
        load_grid(DATA / "bad_ods_libreoffice.ods", config)
    assert rejected.value.code == "berkas-rusak"
    assert ".ods" in rejected.value.detail
    assert "simpan sebagai Excel 2007-365 (.xlsx)" in rejected.value.detail


def test_parts_inflated_for_the_format_words_reach_the_parser_stored(config: Config) -> None:
    """The worksheet parts inflated to find the cells a worded format styles are handed to the parser stored,
    the very same content; every other part keeps its compressed bytes, and the grid read is the same."""
    from skp.reading.formats import worded_numbers
    from skp.reading.repack import with_stored_parts

    data = (DATA / "nyata_target_format_satuan.xlsx").read_bytes()
    entries = check_submission(data, reading_limits(config))
    assert entries is not None
    kept: dict[str, bytes] = {}
    assert worded_numbers(data, entries, kept=kept)
    sheets = {name for name in kept if name.startswith("xl/worksheets/")}
    assert sheets
    repacked = with_stored_parts(data, entries, kept)
    with zipfile.ZipFile(io.BytesIO(data)) as before, zipfile.ZipFile(io.BytesIO(repacked)) as after:
        assert after.testzip() is None
        assert after.namelist() == before.namelist()
        for info in after.infolist():
            assert after.read(info) == before.read(info.filename), info.filename
            stored = info.filename in kept
            expected = zipfile.ZIP_STORED if stored else before.getinfo(info.filename).compress_type
            assert info.compress_type == expected, info.filename
    assert _calamine_sheets(repacked) == _calamine_sheets(data)


def test_grid_is_the_same_whether_or_not_the_parser_gets_the_inflated_parts_stored(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skp.reading import load

    handed: list[int] = []

    def spied(data: bytes, entries: list[zipfile.ZipInfo], kept: dict[str, bytes]) -> bytes:
        repacked = with_stored(data, entries, kept)
        handed.append(len(repacked) - len(data))
        return repacked

    with_stored = load.with_stored_parts
    monkeypatch.setattr(load, "with_stored_parts", spied)
    grid = load_grid(DATA / "nyata_target_format_satuan.xlsx", config)
    assert handed and handed[0] > 0  # the sheet went stored, larger than deflated
    monkeypatch.setattr(load, "with_stored_parts", lambda data, entries, kept: data)
    assert grid == load_grid(DATA / "nyata_target_format_satuan.xlsx", config)
    assert grid.sheets[0].rows[13][5] == "12 laporan"


def _calamine_sheets(data: bytes) -> list[tuple[str, list[list[object]], object]]:
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_filelike(io.BytesIO(data)) as workbook:
        return [(name, (sheet := workbook.get_sheet_by_name(name)).to_python(skip_empty_area=False),
                 sheet.merged_cell_ranges) for name in workbook.sheet_names]


def test_package_whose_local_header_is_at_odds_is_handed_to_the_parser_as_it_is(config: Config) -> None:
    """A local header naming another part than its central directory entry leaves the package as it was
    (the parser says what is wrong with it), as does a part inflated short of its declared size; nothing
    inflated leaves it as it was too."""
    from skp.reading.repack import with_stored_parts

    data = (DATA / "nyata_target_format_satuan.xlsx").read_bytes()
    entries = check_submission(data, reading_limits(config))
    assert entries is not None
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        inflated = {sheet: archive.read(sheet)}
    assert with_stored_parts(data, entries, {}) is data
    assert with_stored_parts(data, entries, inflated) is not data
    assert with_stored_parts(data, entries, {sheet: inflated[sheet][:-1]}) is data
    first = data.index(b"xl/styles.xml")  # in its local header, before the central directory
    odd = data[:first] + b"xl/styleZ.xml" + data[first + 13 :]
    assert with_stored_parts(odd, entries, inflated) is odd
