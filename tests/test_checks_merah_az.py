"""Model Pengembangan findings the red-team set ``benchmarks/merah_az`` found false (fixtures:
``tests/data/make_merah_az.py``): kategori written as comparatives (``lebih cepat dari 10 bulan``, ``lebih
banyak dari 12 laporan``) are open bands, not the number itself; a Cara Memantau Kinerja written as a table
of its own (per RK, on another sheet or below the plan) is the RK's cara memantau; on a form without a
TARGET column (plan or Penilaian sheet) the BAIK level holds the target. Clean variants have no finding at
all; defective ones keep theirs, on the right cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.kategori import Band
from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, document = check_path(DATA / f"merah_az_{name}.xlsx", config)
    assert document is not None
    return set(report.flatten())


def test_comparative_kategori_are_clean(config: Config) -> None:
    assert _found("pembanding_bersih", config) == set()


def test_comparatives_swapped_on_a_waktu_iki_are_out_of_order(config: Config) -> None:
    assert _found("pembanding_terbalik", config) == {("kategori-tidak-berurutan", "SKP", "K21")}


def test_sangat_baik_not_above_the_target_still_does_not_separate(config: Config) -> None:
    assert _found("pembanding_sb_mencakup", config) == {("kategori-tidak-membedakan", "SKP", "M17")}


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("lebih cepat dari 3 bulan", float("-inf"), 3.0),
        ("lebih awal dari 3 bulan", float("-inf"), 3.0),
        ("lebih sedikit dari 6 laporan", float("-inf"), 6.0),
        ("lebih lambat dari 5 bulan", 5.0, float("inf")),
        ("lebih banyak dari 12 laporan", 12.0, float("inf")),
        ("lebih dari 12 laporan", 12.0, float("inf")),
    ],
)
def test_comparative_is_an_open_band(text: str, low: float, high: float) -> None:
    band = Band.parse("sangat_baik", "SANGAT BAIK", text)
    assert band is not None
    assert (band.low, band.high, band.low_closed, band.high_closed) == (low, high, False, False)


@pytest.mark.parametrize("name", ["pantau_lembar_bersih", "pantau_bawah_bersih"])
def test_separate_cara_memantau_table_is_read(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_rk_missing_from_the_cara_memantau_table_has_none(config: Config) -> None:
    assert _found("pantau_lembar_rk_hilang", config) == {("cara-memantau-kosong", "SKP", "D20")}


def test_empty_field_of_the_cara_memantau_table_is_named_on_its_sheet(config: Config) -> None:
    assert _found("pantau_lembar_sumber_kosong", config) == {("cara-memantau-kosong", "Cara Memantau", "D3")}


def test_plan_seen_beats_a_hidden_old_plan_with_a_column_more(config: Config) -> None:
    """This year's plan without its BAIK column (the TARGET stands for it) and last year's kept hidden in
    front with all five levels: the plan read is the one the reviewer sees (``sheet_tersembunyi_kalah``),
    though the hidden one matches a column more, whichever of the two lacks a target."""
    assert _found("tanpa_baik_sheet_lama", config) == set()
    assert _found("tanpa_baik_sheet_lama_target_kosong", config) == {("iki-tanpa-target", "SKP", "G18")}


def test_cara_memantau_table_of_a_hidden_old_sheet_is_not_read(config: Config) -> None:
    """Last year's SKP kept hidden in front, its Cara Memantau table under its plan too: the table read is
    this year's, the one the reviewer sees (``sheet_tersembunyi_kalah``), whichever of the two has a gap."""
    assert _found("pantau_bawah_sheet_lama", config) == set()
    assert _found("pantau_bawah_sheet_lama_sumber_kosong", config) == {("cara-memantau-kosong", "SKP", "D47")}


def test_plan_without_cara_memantau_and_no_table_reports_every_rk(config: Config) -> None:
    assert _found("pantau_tanpa_tabel", config) == {
        ("cara-memantau-kosong", "SKP", "D17"),
        ("cara-memantau-kosong", "SKP", "D20"),
        ("cara-memantau-kosong", "SKP", "D32"),
    }


def test_baik_holds_the_target_without_a_target_column(config: Config) -> None:
    assert _found("baik_tanpa_target_bersih", config) == set()


def test_empty_baik_without_a_target_column_is_one_missing_target(config: Config) -> None:
    assert _found("baik_tanpa_target_kosong", config) == {("iki-tanpa-target", "SKP", "L18")}


def test_sangat_baik_equal_to_a_target_written_in_baik_does_not_separate(config: Config) -> None:
    assert _found("baik_tanpa_target_sb_sama", config) == {("kategori-tidak-membedakan", "SKP", "M17")}


def test_penilaian_without_a_target_column_reads_the_target_from_baik(config: Config) -> None:
    report, document = check_path(DATA / "merah_az_penilaian_baik_tanpa_target_bersih.xlsx", config)
    assert document is not None and document.penilaian is not None
    targets = [row.target.raw for row in document.penilaian.rows if row.target is not None]
    assert targets[:2] == ["12 laporan", "90 %"]
    assert set(report.flatten()) == set()


def test_wrong_capaian_on_a_penilaian_without_a_target_column_is_reported(config: Config) -> None:
    found = _found("penilaian_baik_tanpa_target_capaian", config)
    assert found == {("capaian-tidak-sesuai", "Penilaian", "K16")}
