"""The NIP written in its label's cell without a colon, ``NIP. 19860926 201505 2 001`` (fixtures:
``tests/data/make_nip_satu_sel.py``, found by ``benchmarks/nyata_cb``): the number after the label is the
value, in that cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"), [("bersih", set()), ("bulan_13", {("nip-tidak-valid", "SKP", "B7")})]
)
def test_the_number_after_the_label_is_the_nip(
    name: str, expected: set[tuple[str, str, str]], config: Config
) -> None:
    report, document = check_path(DATA / f"nip_satu_sel_{name}.xlsx", config)
    assert set(report.flatten()) == expected
    assert document is not None and document.pegawai.cells["nip"] == "B7"


def test_a_footnote_mark_after_the_label_is_no_nip(config: Config) -> None:
    report, document = check_path(DATA / "nip_satu_sel_catatan_kaki.xlsx", config)
    assert report.flatten() == []
    assert document is not None and document.pegawai.cells["nip"] == "C7"
