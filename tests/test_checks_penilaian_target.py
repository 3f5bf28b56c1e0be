"""target-penilaian-berbeda: the Penilaian sheet keeps the plan's targets, compared by meaning."""

from __future__ import annotations

import pytest
from clean_documents import clean_document

from skp.checks.penilaian_target import penilaian_keeps_targets, same_target
from skp.config import Config
from skp.models import Penilaian, PenilaianRow, SkpDocument
from skp.numbers import parse_target


@pytest.mark.parametrize(
    ("plan", "written", "same"),
    [
        ("12 laporan", "12 Laporan", True),
        ("90 %", "90%", True),
        ("90 %", 0.9, True),  # a %-formatted cell stores the fraction
        ("12 bulan", 12, True),
        ("80 - 90 %", "80 s.d. 90 %", True),
        ("1.250 dokumen", "1250 dokumen", True),
        ("12 laporan", "10 laporan", False),
        ("80 - 90 %", "80 - 95 %", False),
        ("90 %", "95", False),
    ],
)
def test_same_target(plan: str, written: object, same: bool) -> None:
    assert same_target(parse_target(plan), parse_target(written)) is same


def _with_penilaian(rows: list[tuple[str | None, str | None, object]]) -> SkpDocument:
    """The clean JA document with a Penilaian sheet of (rk, iki, target) rows from row 6 down."""
    document = clean_document("ja-dasar")
    document.penilaian = Penilaian(sheet="Penilaian", rows=[
        PenilaianRow(sheet="Penilaian", row=6 + n, section="utama", rk=rk, iki=iki,
                     target=None if target is None else parse_target(target), cells={"target": f"F{6 + n}"})
        for n, (rk, iki, target) in enumerate(rows)])
    return document


def _found(document: SkpDocument) -> set[tuple[str, str | None, str | None]]:
    return {(f.code, f.sheet, f.cell) for f in penilaian_keeps_targets(document, Config())}


RK = "Laporan keuangan bulanan tersusun tepat waktu dan akurat"


def test_changed_target_is_reported_at_the_penilaian_cell() -> None:
    document = _with_penilaian([(RK, "Jumlah laporan keuangan bulanan yang tersusun", "10 laporan"),
                                (None, "Persentase laporan keuangan tanpa koreksi", "90%"),
                                (None, "Ketepatan waktu penyampaian laporan", 12)])
    assert _found(document) == {("target-penilaian-berbeda", "Penilaian", "F6")}
    finding = next(iter(penilaian_keeps_targets(document, Config())))
    assert "sheet 'SKP' sel F16" in finding.message


def test_unsure_rows_are_left_alone() -> None:
    document = _with_penilaian([
        (RK, "IKI yang tidak ada di SKP", "10 laporan"),  # no matching IKI
        (None, "Persentase laporan keuangan tanpa koreksi", "sembilan puluh persen"),  # not a number
        (None, "Ketepatan waktu penyampaian laporan", None),  # empty
        (None, None, "5 laporan"),  # no IKI text
    ])
    assert _found(document) == set()


def test_no_penilaian_sheet_no_finding() -> None:
    assert _found(clean_document("ja-dasar")) == set()
