"""A legacy .xls (Excel 97–2003, BIFF8) target typed as a number whose custom number format shows its satuan
(``12`` formatted ``#,##0 "laporan"`` shows ``12 laporan``) is read as shown, as in an .xlsx
(``tests/data/make_xls_format.py``: one written by xlwt, one saved by LibreOffice)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.reading.formats import Affix, _biff_worded, xls_worded_numbers
from skp.reading.load import load_grid

DATA = Path(__file__).parent / "data"
WORDED = ("nyata_xls_target_format_satuan.xls", "nyata_xls_target_format_satuan_calc.xls")


def _findings(name: str, config: Config) -> tuple[str | None, list[tuple[str, str | None, str | None]]]:
    report, _ = check_path(DATA / name, config, display_path=name)
    contract = report.to_contract()
    return contract["form"], [(f["code"], f["sheet"], f["cell"]) for f in contract["findings"]]


@pytest.mark.parametrize("name", WORDED)
def test_xls_number_shown_with_its_format_words_is_read_as_shown(name: str, config: Config) -> None:
    sheet = load_grid(DATA / name, config).sheets[0]
    assert sheet.rows[13][5] == "12 laporan"
    assert sheet.rows[14][5] == "90 %"
    assert sheet.rows[15][5] == "12 bulan"
    assert sheet.rows[16][5] == "240 dokumen"
    assert sheet.rows[18][5] == "Sebanyak 1 sertifikat"
    assert sheet.rows[13][0] == 1  # a number in a plain format stays a number


@pytest.mark.parametrize("name", WORDED)
def test_xls_targets_worded_by_their_format_have_their_satuan(name: str, config: Config) -> None:
    assert _findings(name, config) == ("ja-dasar", [])


def test_xls_target_whose_format_writes_no_word_is_bare(config: Config) -> None:
    """``240`` formatted ``#,##0`` shows ``240``: the one target without its satuan."""
    assert _findings("nyata_xls_target_tanpa_satuan.xls", config) == (
        "ja-dasar", [("target-tanpa-satuan", "SKP", "F17")]
    )


def test_xls_percent_typed_into_a_cell_is_read_as_shown(config: Config) -> None:
    """``100%`` typed into a cell is the number 1 in the built-in percent format: read as ``100 %``, the
    kategori beside it (``76 - 99``, ``> 100``) in order."""
    name = "nyata_xls_persen_seratus_kategori_calc.xls"
    assert load_grid(DATA / name, config).sheets[0].rows[15][5] == "100 %"
    assert _findings(name, config) == ("ja-pengembangan", [])


def test_xls_worded_cells_by_sheet_and_record() -> None:
    found = xls_worded_numbers((DATA / "nyata_xls_target_format_satuan_calc.xls").read_bytes())
    assert sorted(found) == ["SKP"]
    assert sorted(found["SKP"]) == [(13, 5), (14, 5), (15, 5), (16, 5), (18, 5)]
    assert found["SKP"][(18, 5)] == Affix("Sebanyak ", " sertifikat")


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def test_biff_stream_walk_reads_mulrk_and_formula_results_and_gives_up_quietly() -> None:
    """A MULRK run and a FORMULA's numeric result in a worded style count; a FORMULA holding text does not;
    an older BIFF or bytes that are no compound file give no words, a cut stream what it holds; never an
    error."""
    fmt = '0 "laporan"'.encode("latin-1")
    globals_ = (
        _record(0x0809, struct.pack("<HH", 0x0600, 0x0005) + bytes(12))
        + _record(0x041E, struct.pack("<HHB", 164, len(fmt), 0) + fmt)
        + _record(0x00E0, struct.pack("<HH", 0, 0) + bytes(16))  # XF 0: General
        + _record(0x00E0, struct.pack("<HH", 0, 164) + bytes(16))  # XF 1: worded
    )
    name = b"SKP"
    sheet_at = len(globals_) + 4 + 6 + 2 + len(name) + 4
    globals_ += _record(0x0085, struct.pack("<IBBBB", sheet_at, 0, 0, len(name), 0) + name)
    globals_ += _record(0x000A, b"")
    assert len(globals_) == sheet_at
    sheet = (
        _record(0x0809, struct.pack("<HH", 0x0600, 0x0010) + bytes(12))
        + _record(0x00BD, struct.pack("<HH", 2, 3) + struct.pack("<HI", 1, 0) + struct.pack("<HI", 0, 0)
                  + struct.pack("<HI", 1, 0) + struct.pack("<H", 5))
        + _record(0x0006, struct.pack("<HHH", 4, 1, 1) + struct.pack("<d", 12.0) + bytes(6))
        + _record(0x0006, struct.pack("<HHH", 5, 1, 1) + b"\x00" * 6 + b"\xff\xff" + bytes(6))
        + _record(0x000A, b"")
    )
    stream = globals_ + sheet
    words = Affix("", "laporan")
    assert _biff_worded(stream) == {"SKP": {(2, 3): words, (2, 5): words, (4, 1): words}}
    biff5 = stream.replace(struct.pack("<HH", 0x0600, 0x0005), struct.pack("<HH", 0x0500, 0x0005), 1)
    assert _biff_worded(biff5) == {}
    assert xls_worded_numbers(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)) == {}
    cut = _biff_worded(stream[: len(globals_) + 30])  # the sheet cut inside its MULRK: what was read
    assert set(cut.get("SKP", {})) <= {(2, 3), (2, 5)}
