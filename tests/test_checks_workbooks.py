"""Kop, rencana and JF checks on real workbooks: the template filled cleanly, and one defect per code.

The files are made by ``tests/data/make_defects.py`` through the template builder and the reader runs on
them exactly as on a submission, so these tests cover reading and checking together.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skp.config import Config
from skp.findings import catalogue
from skp.models import FORM_IDS
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
SCOPES = {"kop", "rencana", "jf"}

# Written by make_defects.py beside the workbooks: per defect, the findings located on the template by
# meaning (the edited cell, the section label…): "iki-tanpa-target": [["iki-tanpa-target", "SKP", "H17"]].
EXPECTED = {name: {tuple(f) for f in found}
            for name, found in json.loads((DATA / "defect_findings.json").read_text("utf-8")).items()}


def _found(path: Path, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(path, config)
    return {t for t in report.flatten() if catalogue()[t[0]].lingkup in SCOPES}


@pytest.mark.parametrize("form", FORM_IDS)
def test_clean_workbook_has_no_findings(form: str, config: Config) -> None:
    assert _found(DATA / f"clean_{form}.xlsx", config) == set()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_defect_workbook_gives_exactly_its_findings(name: str, config: Config) -> None:
    assert _found(DATA / f"defect_{name}.xlsx", config) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_defect_messages_fill_every_placeholder(name: str, config: Config) -> None:
    report, _ = check_path(DATA / f"defect_{name}.xlsx", config)
    assert [f.message for f in report.findings if "{" in f.message] == []


def test_every_defect_file_is_expected_and_every_code_has_one() -> None:
    files = {p.stem.removeprefix("defect_") for p in DATA.glob("defect_*.xlsx")}
    assert files == set(EXPECTED)
    codes = {code for code, info in catalogue().items() if info.lingkup in SCOPES}
    assert {name.split("_")[0] for name in EXPECTED} == codes
