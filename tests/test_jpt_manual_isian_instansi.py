"""A Manual Indikator Kinerja filled as agencies fill it (fixtures:
``tests/data/make_jpt_manual_isian_instansi.py``, found by ``benchmarks/nyata_cc``): a row the mapping does
not know whose value is a label's alias (``d. Jenis IKI | : | IKU``), a lettered label misspelt (``e.
Defenisi IKI``), and ``TUJUAN :`` left empty in a sheet writing each value in its label's cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("jenis_iki", set()),
        ("jenis_iki_formula_kosong", {("manual-iki-kosong", "Manual IKI", "D35")}),
        ("huruf_salah_ketik", set()),
        ("satu_sel", set()),
        ("satu_sel_tujuan_kosong", {("manual-iki-kosong", "Manual IKI", "B17")}),
    ],
)
def test_findings(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, _ = check_path(DATA / f"jpt_manual_isian_instansi_{name}.xlsx", config)
    assert set(report.flatten()) == expected


def test_the_value_of_an_unknown_label_opens_no_block(config: Config) -> None:
    _, document = check_path(DATA / "jpt_manual_isian_instansi_jenis_iki.xlsx", config)
    assert document is not None
    assert len(document.manual_iki) == 6
    first = document.manual_iki[0]
    assert first.cells["iki"] == "D5" and first.formula is not None and first.cells["formula"] == "D8"
