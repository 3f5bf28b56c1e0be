"""Quarterly realisasi columns left of the year's (``REALISASI TW I`` … ``REALISASI 2025``; fixtures:
``tests/data/make_penilaian_triwulan.py``, found by ``benchmarks/nyata_ca``): the year's column is
REALISASI, the quarters are the agency's own columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("bersih", set()), ("capaian_salah", {("capaian-tidak-sesuai", "Penilaian", "L15")})],
)
def test_the_years_realisasi_is_read(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, document = check_path(DATA / f"penilaian_triwulan_{name}.xlsx", config)
    assert set(report.flatten()) == expected
    assert document is not None and document.penilaian is not None
    assert [row.realisasi_raw for row in document.penilaian.rows] == ["24 sarana", "90 %", "40 tempat"]
