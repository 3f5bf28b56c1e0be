"""The miss the red-team set ``benchmarks/merah_au`` found in the JPT Penilaian numbers, on its own fixture
(``tests/data/make_merah_au.py``): a NILAI TERTIMBANG that is not the RK's share of the Nilai Akhir SKP
(SPEC §6.3, 60/40 by JENIS RK) was never checked. The column is checked only where it does not add up to
the Nilai Akhir SKP written below it; shares written per IKI row count as their RK's sum. Clean variants
have no finding at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(DATA / f"merah_au_{name}.xlsx", config)
    return set(report.flatten())


@pytest.mark.parametrize(
    "name", ["tertimbang_bersih", "tertimbang_per_iki_bersih", "tertimbang_diulang_bersih"]
)
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_share_not_weighted_60_40_is_reported(config: Config) -> None:
    """``21,25`` (85 / 4) for a Rencana Aksi RK whose share is 0,2 × 85 = 17."""
    assert _found("tertimbang_salah", config) == {("capaian-tidak-sesuai", "Penilaian", "K8")}
