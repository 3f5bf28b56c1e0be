"""SKP forms kept as printed and signed (``tests/data/make_halaman_cetak.py``): a table that goes on after
page 1's signature block, page number, ``Lanjutan`` line and column-number row is read to its real end,
a signature block beside the table ends nothing, a form split over two sheets (one per printed page) is
read from both, and neither a second form under the first nor an instructions sheet is a second page."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.reading.load import load_grid
from skp.reading.reader import read_document

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(DATA / f"{name}.xlsx", config)
    return set(report.flatten())


@pytest.mark.parametrize("name", ["cetak_ttd_tiap_halaman_bersih", "cetak_ttd_samping_bersih"])
def test_clean_printed_form_has_no_findings(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_rk_after_a_page_signed_on_its_own_is_checked(config: Config) -> None:
    """RK 2 opens page 2 under ``Lanjutan`` and the column numbers only, after page 1's signature block."""
    assert _found("cetak_ttd_tiap_halaman_rk_atasan_kosong", config) == {("rk-atasan-kosong", "SKP", "B30")}


def test_rk_beside_a_signature_block_right_of_the_table_is_checked(config: Config) -> None:
    """RK 3 stands beside ``Pegawai yang Dinilai,`` written in column H, right of the table."""
    found = _found("cetak_ttd_samping_iki_tanpa_target", config)
    assert found == {("iki-tanpa-target", "Rencana SKP", "F19")}


def test_a_second_form_under_the_signature_is_no_next_page(config: Config) -> None:
    """Last year's form under this year's (its own period and identity, then the column numbers): its
    RK, without RK atasan and target, is not read into this year's plan."""
    assert _found("cetak_dua_formulir", config) == set()


def test_clean_form_over_two_sheets_reads_every_rk_and_has_no_findings(config: Config) -> None:
    """``SKP Hal 1`` unsigned, ``SKP Hal 2`` opening with ``(lanjutan)`` and the column numbers only."""
    document = read_document(load_grid(DATA / "cetak_dua_sheet_bersih.xlsx", config), config)
    assert [(rk.sheet, rk.row, rk.section) for rk in document.rencana] == [
        ("SKP Hal 1", 15, "utama"), ("SKP Hal 1", 17, "utama"), ("SKP Hal 2", 3, "utama")]
    assert _found("cetak_dua_sheet_bersih", config) == set()


@pytest.mark.parametrize(("name", "finding"), [
    ("cetak_dua_sheet_iki_tanpa_target", ("iki-tanpa-target", "SKP Hal 2", "F3")),
    ("cetak_dua_sheet_judul_penuh_rk_atasan_kosong", ("rk-atasan-kosong", "SKP Hal 2", "B4")),
])
def test_rk_on_the_second_sheet_of_a_split_form_is_checked(
    name: str, finding: tuple[str, str, str], config: Config
) -> None:
    assert _found(name, config) == {finding}


def test_an_instructions_sheet_after_a_signed_plan_is_no_second_page(config: Config) -> None:
    """Its example row, without RK atasan and target, is not read into the plan."""
    document = read_document(load_grid(DATA / "cetak_sheet_petunjuk.xlsx", config), config)
    assert {rk.sheet for rk in document.rencana} == {"SKP"}
    assert _found("cetak_sheet_petunjuk", config) == set()


def test_a_page_number_under_the_target_column_is_no_iki(config: Config) -> None:
    """``Halaman 1 dari 2`` alone in the TARGET column under RK 1's last IKI row, ``- 2 -`` under it."""
    document = read_document(load_grid(DATA / "cetak_nomor_halaman_bersih.xlsx", config), config)
    assert [[iki.row for iki in rk.iki] for rk in document.rencana] == [[15, 16], [21, 22], [23]]
    assert _found("cetak_nomor_halaman_bersih", config) == set()
    assert _found("cetak_nomor_halaman_iki_tanpa_target", config) == {("iki-tanpa-target", "SKP", "F21")}
