"""A ``JENIS RK`` column writing each RK's section on its own row (``Kinerja Utama`` / ``Kinerja Tambahan``;
fixtures: ``tests/data/make_jenis_rk_kolom.py``, found by ``benchmarks/nyata_bz``): the label beside an RK
names that row's section and heads nothing. Before, every such row was taken for a section label, its RK
lost, and a complete plan reported ``kinerja-utama-kosong``."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bersih", set()),
        ("tanpa_baris_bagian", set()),  # the column alone says which RK is Kinerja Tambahan
        ("rk_atasan_kosong", {("rk-atasan-kosong", "SKP", "C19")}),
    ],
)
def test_the_sections_written_per_row(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, document = check_path(DATA / f"jenis_rk_kolom_{name}.xlsx", config)
    assert set(report.flatten()) == expected
    assert document is not None
    assert [(rk.section, rk.cell("rk")) for rk in document.rencana] == [
        ("utama", "E16"), ("utama", "E19"), ("tambahan", "E31")]


def test_a_misspelt_section_row_is_found_beside_exact_labels_on_rows(config: Config) -> None:
    report, document = check_path(DATA / "jenis_rk_kolom_jpt_bagian_salah_ketik.xlsx", config)
    assert report.flatten() == []
    assert document is not None and [rk.section for rk in document.rencana] == ["utama"] * 4 + ["tambahan"]
