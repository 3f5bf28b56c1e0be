"""A Model Pengembangan Penilaian sheet whose kategori follow the plan's standar kinerja, not the capaian
bands of SPEC §6.2 (``penilaian.bacaan_lain.kategori_standar_kinerja``; fixtures:
``tests/data/make_penilaian_standar.py``): such a kategori, with a nilai in its band, is no error; a kategori
neither reading gives, or a nilai outside the band of the kategori written, still is, on its cell; so is a
kategori by levels the plan itself writes out of order for the IKI's direction."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.kategori import standar_levels
from skp.config import Config
from skp.models import Iki, KategoriPenilaian
from skp.numbers import parse_target
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, document = check_path(DATA / f"penilaian_standar_kinerja_{name}.xlsx", config)
    assert document is not None and document.form == "ja-pengembangan"
    return set(report.flatten())


def test_kategori_by_the_plans_standar_kinerja_are_clean(config: Config) -> None:
    assert _found("bersih", config) == set()


def test_a_kategori_neither_reading_gives_is_wrong_with_its_nilai(config: Config) -> None:
    assert _found("kategori_salah", config) == {
        ("capaian-tidak-sesuai", "Penilaian", "H14"),
        ("capaian-tidak-sesuai", "Penilaian", "I14"),
    }


def test_a_nilai_outside_the_band_of_the_standar_kategori_is_wrong(config: Config) -> None:
    assert _found("nilai_salah", config) == {("capaian-tidak-sesuai", "Penilaian", "I18")}


def test_a_standar_the_plan_gets_out_of_order_decides_nothing(config: Config) -> None:
    assert _found("tingkat_terbalik", config) == {
        ("kategori-tidak-berurutan", "SKP", "K21"),
        ("capaian-tidak-sesuai", "Penilaian", "H18"),
        ("capaian-tidak-sesuai", "Penilaian", "I18"),
    }


def test_an_agency_reading_only_the_capaian_bands_turns_the_reading_off(tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("penilaian:\n  bacaan_lain:\n    kategori_standar_kinerja: false\n", encoding="utf-8")
    assert _found("bersih", Config.from_file(rules)) == {
        ("capaian-tidak-sesuai", "Penilaian", cell) for cell in ("H14", "I14", "H17", "I17", "H18", "I18")
    }


def _iki(target: str, **levels: str) -> Iki:
    return Iki(text="Jumlah dokumen", target=parse_target(target), kategori=KategoriPenilaian(**levels))


@pytest.mark.parametrize(
    ("realisasi", "levels"),
    [
        (7, ("Kurang",)),  # inside KURANG "6 - 8"
        (12, ("Baik",)),  # the target, BAIK
        (13, ("Sangat Baik",)),  # SANGAT BAIK "> 12"
        (5, ("Sangat Kurang",)),
    ],
)
def test_the_level_holding_the_realisasi(realisasi: float, levels: tuple[str, ...]) -> None:
    iki = _iki("12 laporan", sangat_kurang="< 6", kurang="6 - 8", cukup="9 - 11", baik="12",
               sangat_baik="> 12")
    assert standar_levels(iki, realisasi) == levels


def test_between_two_written_levels_either_and_beyond_them_none() -> None:
    iki = _iki("300 dokumen", cukup="< 150", sangat_baik="> 300")  # the target stands for BAIK
    assert standar_levels(iki, 200) == ("Cukup",)  # short of BAIK, which holds the target itself
    assert standar_levels(iki, 100) == ("Cukup",)
    gaps = _iki("300 dokumen", kurang="< 100", cukup="150 - 250", sangat_baik="> 350")
    assert standar_levels(gaps, 120) == ("Kurang", "Cukup")
    assert standar_levels(gaps, 320) == ("Baik", "Sangat Baik")
    only_baik = _iki("300 dokumen", baik="300")
    assert standar_levels(only_baik, 200) == ()  # nothing written below: the plan says nothing


def test_levels_in_capaian_percent_under_a_count_say_nothing() -> None:
    iki = _iki("300 dokumen", cukup="< 80 %", baik="100 %", sangat_baik="> 100 %")
    assert standar_levels(iki, 200) == ()
