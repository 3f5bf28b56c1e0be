"""The scoring engine against every worked example of SPEC §6, plus properties of its bands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skp.config import Config
from skp.models import Target
from skp.numbers import parse_target
from skp.scoring import engine
from skp.scoring.settings import ScoringSettings

SETTINGS = Config().section("penilaian", ScoringSettings)


def settings_with(**override: object) -> ScoringSettings:
    return ScoringSettings.model_validate({**SETTINGS.model_dump(by_alias=True), **override})


def score(target: str, realisasi: float, lower_is_better: bool = False) -> tuple[float, float, str, float]:
    parsed = parse_target(target)
    capaian = engine.capaian_iki(parsed, realisasi, lower_is_better)
    assert capaian is not None
    maximum = engine.is_maximum_target(parsed, lower_is_better, SETTINGS)
    banded = engine.banded_capaian(capaian, SETTINGS)
    kategori, nilai = engine.kategori_nilai_iki(capaian, SETTINGS, maximum and banded >= 100)
    return capaian, banded, kategori, nilai


@pytest.mark.parametrize(
    ("target", "realisasi", "khusus", "capaian", "banded", "kategori", "nilai"),
    [
        ("95", 93, False, 97.8947368, 98, "Cukup", 88),  # official check
        ("85 dokumen", 85, False, 100, 100, "Baik", 109),  # official check
        ("80 - 90 %", 92, False, 102.2222222, 102, "Sangat Baik", 110 + 10 / 9),
        ("80 - 90 %", 70, False, 87.5, 88, "Cukup", 78),  # 87,5 rounds half-up
        ("80 - 90 %", 85, False, 100, 100, "Baik", 109),
        ("7 - 8 bulan", 6.5, True, 107.1428571, 107, "Sangat Baik", 110 + 10 / 9 * 6),
        ("7 - 8 bulan", 9, True, 87.5, 88, "Cukup", 78),
        ("12 dokumen", 20, False, 166.6666667, 167, "Sangat Baik", 120),
        ("10 laporan", 6, False, 60, 60, "Kurang", 50),
        ("10 laporan", 5.9, False, 59, 59, "Sangat Kurang", 49),
        ("10 laporan", 0, False, 0, 0, "Sangat Kurang", 0),
        ("100 % tanpa temuan", 100, False, 100, 100, "Sangat Baik", 120),  # target already the maximum
        ("100 % tanpa temuan", 99, False, 99, 99, "Cukup", 89),
        ("10 hari", 25, True, -50, 0, "Sangat Kurang", 0),  # khusus far beyond: never below 0
    ],
)
def test_worked_examples(target, realisasi, khusus, capaian, banded, kategori, nilai) -> None:
    got = score(target, realisasi, khusus)
    assert got[0] == pytest.approx(capaian)
    assert got[1:3] == (banded, kategori)
    assert got[3] == pytest.approx(nilai)


def test_capaian_needs_a_number_and_a_non_zero_bound() -> None:
    assert engine.capaian_iki(Target(raw="Tepat waktu"), 1, False) is None
    assert engine.capaian_iki(Target(raw="0 temuan", min=0, max=0), 0, True) is None


def test_rounding_is_half_up_like_excel() -> None:
    assert engine.half_up(87.5) == 88
    assert engine.half_up(99.5) == 100
    assert engine.half_up(0.7 * 90, 2) == 63
    assert engine.half_up(102.825, 2) == 102.83


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1e115, 1e115), (-1e200, -1e200), (1.4e-113, 0.0), (float("inf"), float("inf"))],
)
def test_rounding_never_fails_on_extreme_capaian(value: float, expected: float) -> None:
    """A target of 1e-113 gives an astronomical capaian; rounding it must not raise."""
    assert engine.half_up(value) == expected


def test_unrounded_capaian_between_bands_lands_in_the_lower_one() -> None:
    unrounded = settings_with(bulatkan_capaian=False)
    assert engine.kategori_nilai_iki(99.5, unrounded) == ("Cukup", 89)
    assert engine.kategori_nilai_iki(99.5, SETTINGS) == ("Baik", 109)
    assert engine.kategori_nilai_iki(100.4, unrounded) == ("Sangat Baik", 110)


def test_nilai_for_100_percent_is_a_setting() -> None:
    assert engine.kategori_nilai_iki(100, settings_with(nilai_capaian_100=110)) == ("Baik", 110)


def test_maximum_target_only_for_single_percentage_targets_in_normal_direction() -> None:
    assert engine.is_maximum_target(parse_target("100 %"), False, SETTINGS)
    assert not engine.is_maximum_target(parse_target("100 %"), True, SETTINGS)
    assert not engine.is_maximum_target(parse_target("95 %"), False, SETTINGS)
    assert not engine.is_maximum_target(parse_target("90 - 100 %"), False, SETTINGS)
    assert not engine.is_maximum_target(parse_target("100 dokumen"), False, SETTINGS)
    disabled = settings_with(target_maksimal={"aktif": False})
    assert not engine.is_maximum_target(parse_target("100 %"), False, disabled)


def test_nilai_rk_mean_or_lowest() -> None:
    assert engine.nilai_rk([88, 109, 120], SETTINGS) == pytest.approx(317 / 3)
    assert engine.nilai_rk([88, 109, 120], settings_with(nilai_rk="terendah")) == 88


def test_kategori_rk_by_pp30_bands() -> None:
    nilai = (120, 110, 109.99, 90, 89.99, 70, 69.99, 50, 49.99)
    assert [engine.kategori_for_nilai(n, SETTINGS) for n in nilai] == [
        "Sangat Baik", "Sangat Baik", "Baik", "Baik", "Cukup", "Cukup", "Kurang", "Kurang", "Sangat Kurang",
    ]


def test_jpt_official_example_60_40() -> None:
    """59,2 + 43,6 + 0 = 102,8: three PK RK scoring 88, 88 and 120 (mean 98,67 × 60 %) and one
    Rencana Aksi RK at 100 % (109 × 40 %)."""
    pk = [engine.utama_share(n, False, 3, 1, SETTINGS) for n in (88, 88, 120)]
    ra = engine.utama_share(109, True, 3, 1, SETTINGS)
    assert sum(pk) == pytest.approx(59.2)
    assert ra == pytest.approx(43.6)
    assert engine.nilai_skp(sum(pk) + ra, 0, SETTINGS) == 102.8


def test_utama_share_without_rencana_aksi_is_the_plain_mean() -> None:
    assert sum(engine.utama_share(n, False, 3, 0, SETTINGS) for n in (88, 109, 120)) == pytest.approx(317 / 3)


def test_kinerja_tambahan_items() -> None:
    assert engine.tambahan_item(109, SETTINGS) == pytest.approx(8.72)  # Baik: 80 × 10/100 × 109/100
    assert engine.tambahan_item(88, SETTINGS) == pytest.approx(5.28)  # Cukup: F 60
    assert engine.tambahan_item(120, SETTINGS) == pytest.approx(12)  # Sangat Baik: F 100
    assert engine.tambahan_item(40, SETTINGS) == pytest.approx(0.8)  # Sangat Kurang: F 20


def test_nilai_skp_is_capped() -> None:
    assert engine.nilai_skp(118, 10, SETTINGS) == 120
    assert engine.nilai_skp(98.666666, 5.28, SETTINGS) == 103.95


def test_perilaku_mean_and_weights() -> None:
    aspects = {"orientasi_pelayanan": 100, "komitmen": 110, "inisiatif_kerja": 90, "kerja_sama": 120,
               "kepemimpinan": 100}
    assert engine.nilai_perilaku(aspects, SETTINGS) == 104
    weighted = settings_with(bobot_perilaku={**dict.fromkeys(aspects, 10), "kerja_sama": 60})
    assert engine.nilai_perilaku(aspects, weighted) == 112
    assert engine.nilai_perilaku({**aspects, "komitmen": None}, SETTINGS) is None


def test_nilai_kinerja_70_30_and_60_40() -> None:
    assert engine.nilai_kinerja(102.8, 104, SETTINGS) == 103.16
    peers = settings_with(nilai_kinerja={"bobot_skp": 60, "bobot_perilaku": 40})
    assert engine.nilai_kinerja(102.8, 104, peers) == 103.28
    assert engine.nilai_kinerja(90, 90, SETTINGS) == 90  # 0,7 × 90 is 62,999… in binary


@pytest.mark.parametrize(
    ("nilai", "ide_baru", "expected"),
    [
        (120, True, "Sangat Baik"), (110, True, "Sangat Baik"), (115, False, "Baik"), (109.99, True, "Baik"),
        (90, False, "Baik"), (89.99, False, "Butuh Perbaikan"), (70, False, "Butuh Perbaikan"),
        (69.99, False, "Kurang"), (50, False, "Kurang"), (49.99, False, "Sangat Kurang"),
        (0, False, "Sangat Kurang"),
    ],
)
def test_predikat_pp30_pasal_41(nilai, ide_baru, expected) -> None:
    assert engine.predikat(nilai, ide_baru, SETTINGS) == expected


def test_predikat_settings() -> None:
    without_idea = settings_with(predikat={"sangat_baik_perlu_ide_baru": False})
    assert engine.predikat(115, False, without_idea) == "Sangat Baik"
    assert engine.predikat(80, False, settings_with(predikat={"nama_butuh_perbaikan": "Cukup"})) == "Cukup"


def test_settings_reject_weights_not_adding_up() -> None:
    with pytest.raises(ValueError, match="harus 100"):
        settings_with(nilai_kinerja={"bobot_skp": 70, "bobot_perilaku": 40})


positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False)
realisasi = st.floats(min_value=0, max_value=1e6, allow_nan=False)


@st.composite
def targets(draw: st.DrawFn) -> Target:
    low = draw(positive)
    high = draw(st.one_of(st.just(low), st.floats(min_value=low, max_value=2e6, allow_nan=False)))
    return Target(raw=f"{low} - {high}", min=low, max=high)


@given(targets(), realisasi, realisasi)
def test_capaian_never_falls_when_realisasi_improves_normal(target: Target, a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert engine.capaian_iki(target, low, False) <= engine.capaian_iki(target, high, False)


@given(targets(), realisasi, realisasi)
def test_capaian_never_rises_as_realisasi_grows_khusus(target: Target, a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert engine.capaian_iki(target, low, True) >= engine.capaian_iki(target, high, True)


capaian = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False)


@given(capaian, st.booleans(), st.booleans())
def test_nilai_within_0_120_and_kategori_agrees(value: float, rounded: bool, maximum: bool) -> None:
    settings = SETTINGS if rounded else settings_with(bulatkan_capaian=False)
    kategori, nilai = engine.kategori_nilai_iki(value, settings, maximum)
    assert 0 <= nilai <= 120
    assert engine.kategori_for_nilai(nilai, settings) == kategori


@given(capaian, capaian, st.booleans())
def test_nilai_never_falls_as_capaian_rises(a: float, b: float, rounded: bool) -> None:
    settings = SETTINGS if rounded else settings_with(bulatkan_capaian=False)
    low, high = sorted((a, b))
    assert engine.kategori_nilai_iki(low, settings)[1] <= engine.kategori_nilai_iki(high, settings)[1]
