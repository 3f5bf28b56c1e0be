"""A real spreadsheet program opens every template: LibreOffice converts each to xlsx and to PDF.

One ``soffice --convert-to`` call over many files has been seen to stop early with exit status 0, so
files go in small groups, each run gets its own profile directory, and the outputs are counted.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

pytestmark = pytest.mark.libreoffice

ROOT = Path(__file__).parent.parent
TEMPLATES = sorted((ROOT / "templates").glob("*.xlsx"))
SAMPLES = sorted((ROOT / "samples").glob("*.xlsx"))
GROUP = 3


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice (soffice) tidak terpasang")
    return found


def _groups(files: list[Path]) -> list[list[Path]]:
    return [files[i : i + GROUP] for i in range(0, len(files), GROUP)]


def convert(files: list[Path], target: str, out: Path, profile: Path) -> subprocess.CompletedProcess:
    out.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(out), *map(str, files)],
        capture_output=True, text=True, timeout=180, check=False,
    )


@pytest.mark.parametrize("target", ["xlsx", "pdf"])
@pytest.mark.parametrize("group", _groups(TEMPLATES), ids=lambda g: "+".join(p.stem for p in g))
def test_templates_convert_without_errors(group, target, tmp_path):
    result = convert(group, target, tmp_path / "out", tmp_path / "profile")
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr
    produced = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert produced == sorted(f"{p.stem}.{target}" for p in group)
    for name in produced:
        assert (tmp_path / "out" / name).stat().st_size > 1000


def test_converted_template_keeps_its_sheets_and_labels(tmp_path):
    source = ROOT / "templates" / "jf-pengembangan.xlsx"
    result = convert([source], "xlsx", tmp_path / "out", tmp_path / "profile")
    assert result.returncode == 0, result.stderr
    original = openpyxl.load_workbook(source)
    converted = openpyxl.load_workbook(tmp_path / "out" / source.name)
    assert converted.sheetnames == original.sheetnames
    for name in original.sheetnames:
        labels = {c.value for row in original[name].iter_rows() for c in row
                  if isinstance(c.value, str) and not c.value.startswith("=")}
        converted_values = {c.value for row in converted[name].iter_rows() for c in row}
        assert labels <= converted_values, name


@pytest.mark.parametrize("group", _groups(SAMPLES), ids=lambda g: "+".join(p.stem[:2] for p in g))
def test_filled_samples_print_to_pdf(group, tmp_path):
    result = convert(group, "pdf", tmp_path / "out", tmp_path / "profile")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{p.stem}.pdf" for p in group)
