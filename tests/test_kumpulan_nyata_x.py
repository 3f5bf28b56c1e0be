"""The general cause the held-out batch set ``benchmarks/nyata_x`` (one unit's year) found, on its own fixture
(``tests/data/make_kumpulan_periode.py``): exact (file, code, sheet, cell) of every finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.hierarchy.links import _overlap
from skp.run.batch import run_batch

DATA = Path(__file__).parent / "data"


def _batch(files: list[Path], config: Config) -> set[tuple[str, str, str | None, str | None]]:
    batch = run_batch(files, config, jobs=1)
    return {(Path(r.path).name, f.code, f.sheet, f.cell) for r in batch.reports for f in r.findings}


def test_superior_with_two_periods_is_the_skp_the_subordinate_cascades_from(config: Config) -> None:
    """A Kasubbag promoted on 1 July has a staff SKP (January–June, first by path) and a Kasubbag SKP
    (July–December). A staff member rated by her for the whole year names both RK of the second: no
    mismatch, and her second SKP's RK count as intervened; the RK nobody has is still reported at B18. A
    first-quarter staff member cascades from her first SKP, whose other RK stays unintervened."""
    assert _batch(sorted((DATA / "kumpulan_atasan_dua_periode").glob("*.xlsx")), config) == {
        ("kasubbag_semester_1.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kasubbag_semester_1.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C14"),
        ("kasubbag_semester_2.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("staf_setahun.xlsx", "rk-atasan-tidak-cocok", "SKP", "B18"),
    }


def test_without_the_matching_skp_the_other_period_is_still_the_superior(config: Config) -> None:
    """The whole-year staff member with only the staff SKP of its penilai in the batch: that SKP is its
    superior (a period that overlaps), so the RK it does not hold are mismatches, as before."""
    folder = DATA / "kumpulan_atasan_dua_periode"
    assert _batch([folder / "kasubbag_semester_1.xlsx", folder / "staf_setahun.xlsx"], config) == {
        ("kasubbag_semester_1.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kasubbag_semester_1.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C14"),
        ("kasubbag_semester_1.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("staf_setahun.xlsx", "rk-atasan-tidak-cocok", "SKP", "B14"),
        ("staf_setahun.xlsx", "rk-atasan-tidak-cocok", "SKP", "B16"),
        ("staf_setahun.xlsx", "rk-atasan-tidak-cocok", "SKP", "B18"),
    }


@pytest.mark.parametrize(("a", "b", "overlap"), [
    ("2026-01-01/2026-12-31", "2026-07-01/2026-12-31", True),
    ("2026-01-01/2026-06-30", "2026-07-01/2026-12-31", False),
    ("2026-01-01/2026-03-31", "2026-03-31/2026-06-30", True),
    ("SEMESTER I", "2026-01-01/2026-06-30", False),
    (None, "2026-01-01/2026-06-30", False),
])
def test_period_overlap(a: str | None, b: str | None, overlap: bool) -> None:
    assert _overlap(a, b) is overlap
