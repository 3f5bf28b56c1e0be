"""The single-workbook pipeline: every file gives one report, whatever is wrong with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.findings import Finding
from skp.periksa import check_grid, check_path, sort_findings
from skp.reading.grid import SheetGrid, WorkbookGrid

DATA = Path(__file__).parent / "data"


def test_plain_layout_passes_with_identity(config: Config) -> None:
    report, document = check_path(DATA / "layout_polos.xlsx", config, display_path="kiriman/ani.xlsx")
    assert document is not None
    assert report.to_contract() == {
        "path": "kiriman/ani.xlsx",
        "status": "lulus",
        "form": "ja-dasar",
        "nip": "198609262015052001",
        "nama": "Ani Wulandari, S.Kom.",
        "nip_penilai": "197005121995031002",
        "unit_kerja": "Bidang Informasi dan Komunikasi Publik",
        "findings": [],
    }


def test_xls_copy_passes(config: Config) -> None:
    report, _ = check_path(DATA / "layout_polos.xls", config)
    assert (report.status, report.form, report.nip) == ("lulus", "ja-dasar", "198609262015052001")


def test_not_an_skp(config: Config) -> None:
    report, document = check_path(DATA / "notskp_daftar_hadir.xlsx", config)
    assert document is None
    assert report.flatten() == [("bukan-skp", None, None)]
    assert report.status == "gagal-dibaca"


def test_missing_file_is_one_finding(config: Config, tmp_path: Path) -> None:
    report, document = check_path(tmp_path / "tidak-ada.xlsx", config)
    assert document is None
    assert [f.code for f in report.findings] == ["berkas-rusak"]
    assert report.path == str(tmp_path / "tidak-ada.xlsx")


def test_empty_grid_is_not_an_skp(config: Config) -> None:
    report, document = check_grid(WorkbookGrid([SheetGrid("Sheet1", [])]), "kosong.xlsx", config)
    assert (report.flatten(), document) == ([("bukan-skp", None, None)], None)


def test_nip_typed_as_number_reported_at_its_cell(config: Config) -> None:
    report, _ = check_path(DATA / "layout_nip_angka.xlsx", config)
    assert ("nip-tidak-valid", "SKP", "C7") in report.flatten()


@pytest.mark.parametrize(
    ("cells", "expected"),
    [(["B10", "A2", None, "AA1", "B2"], [None, "AA1", "A2", "B2", "B10"])],
)
def test_findings_sorted_by_sheet_row_column(cells: list[str | None], expected: list[str | None]) -> None:
    findings = [Finding.make("identitas-kosong", "SKP" if c else None, c, isian="NAMA") for c in cells]
    findings.append(Finding.make("rk-ganda", "Lampiran", "A1", rk="x"))
    ordered = sort_findings(findings, ["SKP", "Lampiran"])
    assert [f.cell for f in ordered] == [*expected, "A1"]
    assert ordered[-1].sheet == "Lampiran"
