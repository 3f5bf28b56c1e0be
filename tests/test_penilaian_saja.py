"""A workbook holding only the end-of-period Penilaian (fixtures: ``tests/data/make_penilaian_saja.py``,
found by ``benchmarks/nyata_cd``): the plan's annexes go with the plan, so a Penilaian alone is not asked for
its Keterkaitan AK, its Manual IKI or its Cara Memantau; a Manual sent along is checked. The plan read from
the Penilaian ends at its totals, whatever follows them (a Perilaku Kerja block under a misspelt title)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("jf_penilaian_saja", "jf-dasar", set()),
        ("jf_penilaian_saja_perilaku_salah_ketik", "jf-dasar", set()),
        ("jpt_penilaian_saja", "jpt-dasar", set()),
        (
            "jpt_penilaian_saja_manual_formula_kosong",
            "jpt-dasar",
            {("manual-iki-kosong", "Manual IKI", "D21")},
        ),
    ],
)
def test_findings(name: str, form: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, document = check_path(DATA / f"{name}.xlsx", config)
    assert report.form == form
    assert set(report.flatten()) == expected
    assert document is not None and document.plan_from_penilaian


def test_a_plan_beside_its_penilaian_is_still_asked_for_its_annexes(config: Config) -> None:
    """The JF plan with its Penilaian and without its Keterkaitan sheet: the plan is the plan sheet's."""
    report, document = check_path(DATA / "clean_jf-dasar.xlsx", config)
    assert document is not None and not document.plan_from_penilaian
    assert report.flatten() == []
