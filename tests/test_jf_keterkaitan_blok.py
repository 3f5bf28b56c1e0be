"""A JF's Keterkaitan SKP–Angka Kredit written as a block under the SKP table on the same sheet, under a
title of the agency's own (SPEC §3.7, §3.10; from ``benchmarks/nyata_t``): its header row ends the RK
table, so its butir rows are never read as RK, IKI, aspek or target, and the block is still read as the
Keterkaitan. Workbooks from ``tests/data/make_jf_keterkaitan.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("jf_keterkaitan_blok_judul_lain.xlsx", set()),
        ("jf_keterkaitan_blok_judul_lain_tanpa_butir.xlsx", {("rk-tanpa-butir-kegiatan", "SKP", "C17")}),
        ("jf_keterkaitan_blok_judul_lain_ak_nol.xlsx", {("angka-kredit-tidak-valid", "SKP", "E26")}),
        ("jf_keterkaitan_blok_pdf_kapital.xlsx", set()),
        ("jf_keterkaitan_blok_pdf_kapital_tanpa_butir.xlsx", {("rk-tanpa-butir-kegiatan", "SKP", "C17")}),
        # last year's SKP kept as a hidden sheet in front, its block under its plan too: the block read is
        # this year's, the one the reviewer sees (sheet_tersembunyi_kalah), whichever of the two holds a 0
        ("jf_keterkaitan_blok_sheet_lama.xlsx", set()),
        ("jf_keterkaitan_blok_sheet_lama_ak_nol.xlsx", {("angka-kredit-tidak-valid", "SKP", "E26")}),
    ],
)
def test_keterkaitan_block_under_the_plan_ends_the_rk_table(name, expected):
    report, _ = check_path(DATA / name, Config(), display_path=name)
    contract = report.to_contract()
    assert contract["form"] == "jf-dasar"
    assert {(f["code"], f["sheet"], f["cell"]) for f in contract["findings"]} == expected
