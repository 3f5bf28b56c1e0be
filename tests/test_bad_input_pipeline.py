"""Through the whole single-workbook pipeline, every bad file yields one report with exactly its code.

This is what a user sees: no traceback, one ``gagal-dibaca`` report naming why, and the run goes on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_load import BAD_FILES, DATA, EXPECTED_CODE

from skp.config import Config
from skp.periksa import check_path


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_gives_one_unreadable_report(name: str, config: Config) -> None:
    report, document = check_path(DATA / name, config, display_path=f"kiriman/{name}")
    assert document is None
    assert report.path == f"kiriman/{name}"
    assert report.status == "gagal-dibaca"
    assert [(f.code, f.sheet, f.cell) for f in report.findings] == [(EXPECTED_CODE[name], None, None)]


def test_missing_file_gives_a_report_too(tmp_path: Path, config: Config) -> None:
    report, _ = check_path(tmp_path / "tidak-ada.xlsx", config)
    assert [f.code for f in report.findings] == ["berkas-rusak"]
    assert report.status == "gagal-dibaca"
