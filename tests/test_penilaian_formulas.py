"""The Penilaian template formulas use only functions that Excel 2013+ and LibreOffice 7.4 share."""

from __future__ import annotations

import re

import pytest

from skp.config import Config

ALLOWED = {
    "IF", "IFERROR", "AND", "OR", "NOT", "MIN", "MAX", "ROUND", "AVERAGE", "SUM", "COUNT", "SUMPRODUCT",
    "LEN", "FIND", "SEARCH", "MID", "LEFT", "TRIM", "UPPER", "SUBSTITUTE", "ISNUMBER", "_xlfn.NUMBERVALUE",
    "CELL",  # CELL("format", …) starts with "P" for a percent cell in both (0,92 typed as 92 %)
}
_FUNCTION = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\(")
COMPUTED = {"capaian_iki", "kategori_capaian_iki", "nilai_capaian_iki", "nilai_capaian_rk",
            "nilai_tertimbang"}
TOTALS = {"nilai_kinerja_utama", "nilai_kinerja_tambahan", "nilai_akhir_skp", "nilai_perilaku",
          "nilai_kinerja", "predikat"}


def formulas(mapping_id: str) -> dict[str, str]:
    table = Config().mappings.annexes[mapping_id].table
    return {item.key: item.formula for item in (*table.columns, *table.totals) if item.formula}


@pytest.mark.parametrize("mapping_id", ["penilaian-ja", "penilaian-jpt"])
def test_every_computed_column_and_total_has_a_formula(mapping_id: str) -> None:
    assert set(formulas(mapping_id)) >= COMPUTED | TOTALS


@pytest.mark.parametrize("mapping_id", ["penilaian-ja", "penilaian-jpt"])
def test_formulas_use_only_shared_functions(mapping_id: str) -> None:
    for key, formula in formulas(mapping_id).items():
        assert formula.startswith("="), key
        assert set(_FUNCTION.findall(formula)) <= ALLOWED, key
        assert formula.count("(") == formula.count(")"), key


def test_helper_columns_are_hidden_and_input_columns_are_not() -> None:
    table = Config().mappings.annexes["penilaian-ja"].table
    hidden = {c.key for c in table.columns if c.hidden}
    assert hidden == {"target_teks", "target_teks_1", "target_teks_2", "realisasi_teks", "target_min",
                      "target_max", "realisasi_angka"}
    assert all(table.column(key).formula for key in hidden)
