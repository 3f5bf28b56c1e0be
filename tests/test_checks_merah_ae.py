"""False errors the red-team set ``benchmarks/merah_ae`` found on legitimate workbooks, each on its own
fixture (``tests/data/make_merah_ae.py``): kategori bounded on both sides with an operator at either end, a
waktu IKI's deadline named by a month, a part of the year or a date cell, and a data row whose kategori are
written in the words of their labels. Clean variants have no finding at all; defective ones keep theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.kategori import Band
from skp.config import Config
from skp.numbers import names_deadline
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(DATA / f"merah_{name}.xlsx", config)
    return set(report.flatten())


CLEAN = [
    "batas_dua_sisi_bersih",
    "tenggat_waktu_bersih",
    "judul_salinan_bersih",
    "tambahan_catatan_bersih",
    "kategori_capaian_campur_bersih",
    "penilaian_tenggat_bersih",
    "baik_berkualifikasi_bersih",
    "pppk_golongan_bersih",
    "penilaian_bulat_bersih",
]


@pytest.mark.parametrize("name", CLEAN)
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_two_sided_band_that_takes_in_the_target_is_still_reported(config: Config) -> None:
    """CUKUP ``≥ 75 % - ≤ 90 %`` closes at the target ``90 %``."""
    assert _found("batas_dua_sisi_mencakup", config) == {("kategori-tidak-membedakan", "SKP", "I17")}


def test_capaian_levels_out_of_order_beside_a_baik_in_the_target_unit(config: Config) -> None:
    """KURANG ``80 - 99 %`` then CUKUP ``60 - 79 %``: the capaian levels fall, whatever BAIK says."""
    assert _found("kategori_capaian_campur_terbalik", config) == {("kategori-tidak-berurutan", "SKP", "I16")}


def test_iki_scored_beside_a_deadline_is_still_checked(config: Config) -> None:
    """The dokumen count beside the deadline ``Juni 2025`` is scored: 12 of 12 is Baik, not Cukup."""
    assert _found("penilaian_tenggat_salah", config) == {("capaian-tidak-sesuai", "Penilaian", "I15")}


def test_baik_below_a_qualified_target_is_still_reported(config: Config) -> None:
    """BAIK ``≥ 85 %`` under target ``≥ 90 %``: not the target copied with its qualifier."""
    assert _found("baik_berkualifikasi_beda", config) == {("kategori-tidak-berurutan", "SKP", "J17")}


def test_mistyped_pppk_number_is_one_finding_not_also_an_unknown_pangkat(config: Config) -> None:
    """NI PPPK one digit short under golongan ``IX``: the number is wrong, the golongan is not judged."""
    assert _found("pppk_ni_salah", config) == {("nip-tidak-valid", "SKP", "C7")}


def test_nilai_akhir_off_by_more_than_rounding_is_still_reported(config: Config) -> None:
    assert _found("penilaian_bulat_salah", config) == {("capaian-tidak-sesuai", "Penilaian", "K21")}


def test_a_month_is_no_count_for_a_kuantitas_iki(config: Config) -> None:
    assert _found("tenggat_kuantitas", config) == {("target-tidak-terukur", "SKP", "F16")}


def test_row_with_kategori_in_words_is_read_not_taken_for_a_header(config: Config) -> None:
    """Kategori ``Kurang``/``Cukup``/``Baik``/``Sangat Baik`` match their labels; the row names its IKI."""
    assert _found("kategori_kata", config) == {("target-tidak-terukur", "SKP", "F17")}


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("≥ 80 % - < 90 %", (80, 90, True, False, "%")),
        ("≥ 9 s.d. < 12", (9, 12, True, False, None)),
        ("> 80 sampai 90 laporan", (80, 90, False, True, "laporan")),
        ("80 % s.d. kurang dari 90 %", (80, 90, True, False, "%")),
        ("75 ≤ x < 90", (75, 90, True, False, None)),
        ("70 < x ≤ 80", (70, 80, False, True, None)),
    ],
)
def test_two_sided_band_keeps_both_ends(text: str, ends: tuple) -> None:
    band = Band.parse("cukup", "CUKUP", text)
    assert band is not None
    assert (band.low, band.high, band.low_closed, band.high_closed, band.satuan) == ends


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Desember", True),
        ("Triwulan IV", True),
        ("Semester I", True),
        ("31 Maret 2025", True),
        ("Tepat waktu", False),
        ("Meningkat", False),
        ("Baik", False),
    ],
)
def test_names_deadline(text: str, deadline: bool) -> None:
    assert names_deadline(text) is deadline
