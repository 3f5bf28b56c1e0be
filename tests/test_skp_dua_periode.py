"""A workbook keeping the SKP of two periods of one year on two sheets (``SKP Jan-Jun`` in front of ``SKP
Jul-Des``; fixtures: ``tests/data/make_skp_dua_periode.py``): the latest period's SKP is the file's, and the
other period's plan is checked as well, on its own sheet (``pembacaan.skp_periode_lain_diperiksa``).
Before, its defects went unreported and nothing said the sheet was not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
FIRST_PERIOD_DEFECTS = {
    ("aspek-tidak-valid", "SKP Jan-Jun", "E17"),
    ("iki-tanpa-target", "SKP Jan-Jun", "H19"),
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bersih", set()),
        ("cacat_periode_awal", FIRST_PERIOD_DEFECTS),
        ("tahun_lain", set()),  # last year's SKP kept in the workbook
        ("kosong", set()),  # a form prepared for another period, no RK written
        ("pegawai_lain", set()),  # another pegawai's SKP in the same workbook
    ],
)
def test_the_other_period_of_the_year_is_checked_on_its_sheet(
    name: str, expected: set[tuple[str, str, str]], config: Config
) -> None:
    report, document = check_path(DATA / f"skp_dua_periode_{name}.xlsx", config)
    assert set(report.flatten()) == expected
    assert document is not None and document.sheet == "SKP Jul-Des"  # the file's SKP: the latest period's
    assert (report.form, report.nip) == ("jf-dasar", "199004152015031004")


def test_the_rule_off_reads_the_latest_period_alone(tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("pembacaan:\n  skp_periode_lain_diperiksa: false\n", encoding="utf-8")
    report, _ = check_path(DATA / "skp_dua_periode_cacat_periode_awal.xlsx", Config.from_file(rules))
    assert report.flatten() == []


def test_a_workbook_of_one_skp_names_no_other(config: Config) -> None:
    report, document = check_path(DATA / "clean_jf-dasar.xlsx", config)
    assert report.flatten() == [] and document is not None and document.rencana_lain == []
