"""Rows and columns the reviewer cannot see are not read (``pembacaan.baris_tersembunyi``,
``kolom_tersembunyi``); rows an AutoFilter hides are (``baris_tersaring``). Workbooks from
``tests/data/make_tersembunyi.py``."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.reading.hidden import Unseen, unseen_in_part

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, document = check_path(DATA / name, config)
    assert document is not None and document.form == "ja-dasar"
    return {(f.code, f.sheet, f.cell) for f in report.findings}


@pytest.mark.parametrize(("name", "expected"), [
    # example row, old RK without IKI, instruction column, 0-high note: nothing the reviewer sees is wrong
    ("tersembunyi_bersih.xlsx", set()),
    ("tersembunyi_bersih.xls", set()),
    # the empty target the reviewer sees stays reported beside the hidden rows
    ("tersembunyi_cacat.xlsx", {("iki-tanpa-target", "SKP", "F19")}),
    # a filter is a view: the rows it hides are the plan's, their empty target is reported
    ("tersembunyi_tersaring.xlsx", {("iki-tanpa-target", "SKP", "F17")}),
    # white text on no fill is not seen; white on a dark fill (the header) is
    ("tersembunyi_teks_putih.xlsx", set()),
    ("tersembunyi_teks_putih_cacat.xlsx", {("iki-tanpa-target", "SKP", "F17")}),
    # a hidden draft of the same period, one RK longer, is not the plan submitted
    ("tersembunyi_sheet_draf.xlsx", set()),
    ("tersembunyi_sheet_draf_cacat.xlsx", {("iki-tanpa-target", "SKP", "F17")}),
])
def test_unseen_cells_are_not_read(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    assert _found(name, config) == expected


def _with(**reading: str) -> Config:
    rules = copy.deepcopy(Config().rules)
    rules["pembacaan"].update(reading)
    return Config(rules=rules)


def test_hidden_rows_are_read_when_the_rules_say_so() -> None:
    found = _found("tersembunyi_bersih.xlsx", _with(baris_tersembunyi="baca"))
    assert ("rk-tanpa-iki", "SKP", "C18") in found  # last year's RK, hidden, read
    assert ("target-tidak-terukur", "SKP", "F13") in found  # the template's example row


def test_white_text_is_read_when_the_rules_say_so() -> None:
    assert ("rk-tanpa-iki", "SKP", "C20") in _found("tersembunyi_teks_putih.xlsx", _with(teks_putih="baca"))


def test_filtered_rows_are_left_out_when_the_rules_say_so() -> None:
    assert _found("tersembunyi_tersaring.xlsx", _with(baris_tersaring="abaikan")) == set()


def test_unseen_in_part() -> None:
    sheet = (
        b'<worksheet><cols><col min="2" max="3" width="0" customWidth="1"/><col min="5" max="5" hidden="1"/>'
        b'<col min="6" max="6" width="9"/></cols><sheetData>'
        b'<row r="1"><c r="A1"/></row><row hidden="1" r="2"/><row r="3" ht="0" customHeight="1"/>'
        b'<row r="4" hidden="0"/><row r="9" hidden="true" outlineLevel="1"/></sheetData>'
        b'<autoFilter ref="A2:F8"/></worksheet>'
    )
    assert unseen_in_part(sheet) == Unseen(rows=frozenset({1, 2, 8}), cols=frozenset({1, 2, 4}),
                                           filtered=frozenset({2}))
    assert unseen_in_part(b'<worksheet><sheetData><row r="1" ht="15"/></sheetData></worksheet>') == Unseen()
