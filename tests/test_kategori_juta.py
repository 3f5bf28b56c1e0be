"""Kategori levels written as bare numbers in the multiplier of their money target (``Rp. 50 juta`` with
``< 50 | 50 | > 50``; fixtures: ``tests/data/make_kategori_juta.py``, found by ``benchmarks/nyata_bf``) count
in juta: BAIK ``50`` is the target. Levels that are out of order in juta are still reported, on their cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.kategori import Band, money_scale
from skp.config import Config
from skp.numbers import money_multiplier, parse_target
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("bersih", set()), ("baik_lain", {("kategori-tidak-berurutan", "SKP", "K20")})],
)
def test_findings(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, document = check_path(DATA / f"kategori_juta_{name}.xlsx", config)
    assert document is not None and report.form == "ja-pengembangan"
    assert set(report.flatten()) == expected


@pytest.mark.parametrize(
    ("raw", "factor"),
    [("Rp. 50 juta", 1e6), ("50 juta rupiah", 1e6), ("Rp 1,2 M", 1e9), ("Rp. 50", 1.0), ("50 juta", 1.0),
     ("12 laporan", 1.0)],
)
def test_money_multiplier_is_the_one_parse_target_applies(raw: str, factor: float) -> None:
    assert money_multiplier(raw) == factor


def test_only_bare_levels_below_the_multiplier_are_scaled() -> None:
    target = parse_target("Rp. 50 juta")
    bands = [b for b in (Band.parse("cukup", "CUKUP", "< 50"), Band.parse("baik", "BAIK", "50"),
                         Band.parse("sangat_baik", "SANGAT BAIK", "> 50000000"),
                         Band.parse("kurang", "KURANG", "Rp 20 juta")) if b is not None]
    assert [(b.low, b.high) for b in money_scale(bands, target)] == [
        (float("-inf"), 50e6), (50e6, 50e6), (50e6, float("inf")), (20e6, 20e6)]
