"""Whole-file verdicts and kop readings the red-team set ``benchmarks/merah_aj`` found false (fixtures:
``tests/data/make_merah_aj.py``): a kept copy of last year's PP 46/2011 form beside a complete 8/2021 form,
or 6/2022 headings in its Petunjuk sheet; the NIP written as ``NIP.`` in one cell and the number in the
next; a period written as a run of triwulan (``TW I-IV 2025``). Clean variants have no finding at all;
defective ones keep theirs, on the right cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skp.config import Config
from skp.models import SkpDocument
from skp.numbers import parse_period
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _check(name: str, config: Config) -> tuple[set[tuple[str, str | None, str | None]], SkpDocument]:
    report, document = check_path(DATA / f"merah_aj_{name}.xlsx", config)
    assert document is not None
    return set(report.flatten()), document


@pytest.mark.parametrize(
    "name",
    [
        "salinan_pp46_bersih",
        "salinan_pp46_depan_bersih",
        "petunjuk_kata_6_2022_bersih",
        "nip_dua_sel_bersih",
        "periode_tw_bersih",
    ],
)
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    found, document = _check(name, config)
    assert found == set()
    assert document.form == "ja-pengembangan"


def test_kept_pp46_copy_leaves_the_8_2021_form_checked(config: Config) -> None:
    found, document = _check("salinan_pp46_iki_tanpa_target", config)
    assert document.sheet == "SKP"
    assert found == {("iki-tanpa-target", "SKP", "G17")}


@pytest.mark.parametrize("name", ["lain_pp46.xlsx", "lain_permen6_2022.xlsx"])
def test_workbook_of_another_regime_alone_is_still_rejected(name: str, config: Config) -> None:
    report, document = check_path(DATA / name, config)
    assert document is None
    assert {code for code, _, _ in report.flatten()} == {"format-lain"}


def test_nip_after_its_repeated_label_is_read(config: Config) -> None:
    _, document = _check("nip_dua_sel_bersih", config)
    assert document.pegawai.nip == "19860926 201505 2 001"
    assert document.pegawai.cells["nip"] == "D7"
    assert document.penilai.nip == "19750312 200003 1 002"


def test_wrong_nip_after_its_repeated_label_is_reported_on_the_number(config: Config) -> None:
    found, _ = _check("nip_dua_sel_salah", config)
    assert found == {("nip-tidak-valid", "SKP", "D7")}


def test_repeated_label_with_nothing_after_it_is_an_empty_nip(config: Config) -> None:
    found, _ = _check("nip_dua_sel_kosong", config)
    assert found == {("identitas-kosong", "SKP", "C7")}


def test_run_of_triwulan_is_the_whole_year(config: Config) -> None:
    _, document = _check("periode_tw_bersih", config)
    assert (document.periode.start, document.periode.end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_run_of_triwulan_written_backwards_is_reported(config: Config) -> None:
    found, _ = _check("periode_tw_terbalik", config)
    assert found == {("periode-tidak-valid", "SKP", "A3")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TW I-IV 2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("Triwulan I s.d. Triwulan IV 2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("Triwulan I sd IV 2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("TW 1-4 2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("Semester I - II 2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("TW II - III 2025", (date(2025, 4, 1), date(2025, 9, 30))),
        ("TW IV - I 2025", (date(2025, 10, 1), date(2025, 3, 31))),
        ("Semester I-III 2025", (None, None)),
        ("TW III 2025", (date(2025, 7, 1), date(2025, 9, 30))),
        ("Semester II 2021", (date(2021, 7, 1), date(2021, 12, 31))),
    ],
)
def test_parse_period_runs_of_parts_of_the_year(text: str, expected: tuple[date | None, date | None]) -> None:
    assert parse_period(text) == expected
