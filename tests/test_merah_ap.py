"""General causes found by the red-team set ``benchmarks/merah_ap`` (the JPT Manual Indikator Kinerja), each
with its own workbook in ``tests/data`` (built by ``tests/data/make_jpt_manual_label.py``) and its exact
findings: Manual labels in the words agencies copy from their Manual IKU (``SASARAN STRATEGIS``,
``INDIKATOR KINERJA UTAMA``, ``FORMULASI PENGUKURAN``, ``ALASAN PEMILIHAN INDIKATOR``) or write in a table
(``SASARAN``, ``INDIKATOR``, ``PENJELASAN RK``, ``URAIAN IKI``, ``FORMULA IKI``, ``TUJUAN IKI``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"

EXPECTED = {
    # read as the Manual's own fields: every IKI has its Manual, nothing reported
    "jpt_manual_label_iku.xlsx": set(),
    "jpt_manual_label_tabel_kata_lain.xlsx": set(),
    # the one field left empty is reported where it stands, not every IKI as having no Manual
    "jpt_manual_label_iku_formula_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "C34")},
    "jpt_manual_label_tabel_kata_lain_tujuan_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "G6")},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert (report.form, set(report.flatten())) == ("jpt-dasar", EXPECTED[name])
