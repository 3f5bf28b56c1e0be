"""Plan wording and consistency findings the red-team set ``benchmarks/merah_am`` found false (fixtures:
``tests/data/make_merah_am.py``): kategori of an IKI whose target is an upper bound (``maksimal 4 keluhan``:
lower is better whatever its aspek) or whose BAIK is the target qualified toward better (``≥ 12 laporan``);
``Rp`` glued to its number (``Rp1,5M``); an RK repeated on each IKI row
whose copy ends in a period; RK nouns that open like me- verbs (``Memorandum``, ``Mentoring``) and
process nouns followed by a measured standard (``dalam waktu``, ``dengan opini``). Clean variants have no
finding at all; defective ones keep theirs, on the right cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.numbers import parse_target
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, document = check_path(DATA / f"merah_am_{name}.xlsx", config)
    assert document is not None
    return set(report.flatten())


@pytest.mark.parametrize(
    "name",
    ["batas_atas_bersih", "baik_satu_sisi_bersih", "rupiah_menempel_bersih", "rk_ulang_titik_bersih",
     "rk_serapan_bersih", "rk_standar_pk_bersih"],
)
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_sangat_baik_equal_to_an_upper_bound_target_does_not_separate(config: Config) -> None:
    assert _found("batas_atas_sb_sama", config) == {("kategori-tidak-membedakan", "SKP", "M18")}


def test_rising_kategori_under_an_upper_bound_target_is_out_of_order(config: Config) -> None:
    assert _found("batas_atas_naik", config) == {("kategori-tidak-berurutan", "SKP", "J18")}


def test_upper_bound_direction_is_a_setting(config: Config) -> None:
    off = Config(rules={"pemeriksaan": {"kategori_arah_batas_atas": False}})
    codes = {code for code, _, _ in _found("batas_atas_bersih", off)}
    assert codes == {"kategori-tidak-berurutan"}


def test_sangat_baik_equal_to_a_one_sided_baik_does_not_separate(config: Config) -> None:
    assert _found("baik_satu_sisi_sb_sama", config) == {("kategori-tidak-membedakan", "SKP", "M17")}


def test_baik_qualified_away_from_better_is_still_reported(config: Config) -> None:
    assert _found("baik_satu_sisi_salah_arah", config) == {("kategori-tidak-berurutan", "SKP", "J17")}


def test_one_sided_baik_is_a_setting(config: Config) -> None:
    off = Config(rules={"pemeriksaan": {"kategori_baik_satu_sisi": False}})
    assert {code for code, _, _ in _found("baik_satu_sisi_bersih", off)} == {"kategori-tidak-berurutan"}


def test_rupiah_glued_to_its_number_is_money() -> None:
    target = parse_target("Rp1,5M - Rp2M")
    assert (target.min, target.max, target.satuan) == (1.5e9, 2e9, "rupiah")
    assert parse_target("IDR2M").min == 2e9


def test_rk_copy_with_a_period_on_the_next_row_is_the_same_rk(config: Config) -> None:
    report, document = check_path(DATA / "merah_am_rk_ulang_titik_bersih.xlsx", config)
    assert document is not None
    utama = [rk for rk in document.rencana if rk.section == "utama" and rk.text]
    assert [len(rk.iki) for rk in utama] == [3, 2]


def test_second_rk_differing_only_by_a_period_is_still_a_duplicate(config: Config) -> None:
    assert _found("rk_ulang_titik_ganda", config) == {("rk-ganda", "SKP", "D20")}


def test_process_noun_that_opens_like_a_verb_without_result_is_an_activity(config: Config) -> None:
    assert _found("rk_serapan_aktivitas", config) == {("rk-berbasis-aktivitas", "SKP", "D20")}
