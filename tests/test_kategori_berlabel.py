"""Kategori cells that repeat their level's name before the threshold (``BAIK: 12 laporan``, ``Sangat Baik =
> 12 laporan``; fixtures: ``tests/data/make_kategori_berlabel.py``, found by ``benchmarks/nyata_bw``) are read
as the threshold after the name, so their order and separation are checked like any other; a cell naming
another level than its column's says nothing sure and is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.kategori import Band
from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("bersih", set()), ("baik_lain", {("kategori-tidak-berurutan", "SKP", "K17")}),
     ("sangat_baik_target", {("kategori-tidak-membedakan", "SKP", "M17")}), ("lain", set())],
)
def test_findings(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, document = check_path(DATA / f"kategori_berlabel_{name}.xlsx", config)
    assert document is not None and report.form == "ja-pengembangan"
    assert set(report.flatten()) == expected


@pytest.mark.parametrize(
    ("key", "raw", "band"),
    [("sangat_kurang", "SANGAT KURANG : < 5", (float("-inf"), 5.0)), ("kurang", "KURANG: 6 - 8", (6.0, 8.0)),
     ("baik", "Baik = 12 laporan", (12.0, 12.0)),
     ("sangat_baik", "Sangat Baik: >= 3 dokumen", (3.0, float("inf"))),
     ("kurang", "kurang dari 6", (float("-inf"), 6.0))],
)
def test_the_level_name_is_no_part_of_the_threshold(key: str, raw: str, band: tuple[float, float]) -> None:
    parsed = Band.parse(key, key.upper(), raw)
    assert parsed is not None and (parsed.low, parsed.high) == band and parsed.raw == raw


def test_a_cell_naming_another_level_is_not_read() -> None:
    assert Band.parse("sangat_baik", "SANGAT BAIK", "CUKUP: 9 - 11") is None
