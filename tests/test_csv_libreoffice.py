"""``skp periksa --format csv`` opened by a spreadsheet never runs user text as a formula (issue 16).

The report is read back by LibreOffice headless the way Excel opens a CSV, with formulas evaluated, once
with ``,`` and once with ``;`` (Indonesian Excel's list separator) as the field separator: no cell may be
a formula. A control probe shows that this import does turn unprotected text into formulas.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from test_terminal_safety import hostile_copy

from batch.cli import main

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) tidak terpasang"),
]

DATA = Path(__file__).parent / "data"
SEPARATORS = {",": 44, ";": 59}


def open_in_libreoffice(csv_path: Path, separator: str, work: Path) -> list[tuple[str, object, str]]:
    """Every non-empty cell as (coordinate, value, openpyxl data type) after LibreOffice imports the CSV
    with ``separator``, UTF-8, formulas evaluated (filter token 13), quoted fields not forced to text."""
    out = work / f"lo-{SEPARATORS[separator]}"
    options = f"{SEPARATORS[separator]},34,76,1,,1033,false,true,false,false,false,,true"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/lo-profil",
                    f"--infilter=CSV:{options}", "--convert-to", "xlsx", "--outdir", str(out), str(csv_path)],
                   check=True, capture_output=True, timeout=180)
    sheet = openpyxl.load_workbook(out / f"{csv_path.stem}.xlsx").active
    return [(c.coordinate, c.value, c.data_type)
            for row in sheet.iter_rows() for c in row if c.value is not None]


@pytest.fixture(scope="module", params=["koma", "titik-koma"])
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the hostile files, written with each ``--pemisah``."""
    folder = tmp_path_factory.mktemp("kiriman")
    clean = DATA / "clean_ja-dasar.xlsx"
    hostile_copy(clean, folder / "=HYPERLINK(1);+2.xlsx", "Ani Lestari, S.E.", "=1+1;=2+2,@SUM(1;2)")
    hostile_copy(clean, folder / "nip.xlsx", "19860926 201505 2 001", "1986;-3+3,=4+4")
    hostile_copy(clean, folder / "spasi.xlsx", "Ani Lestari, S.E.", ' "=5+5"; \'-6+6')
    output = folder.parent / "laporan.csv"
    command = ["periksa", str(folder), "--format", "csv", "-o", str(output), "-j", "1",
               "--pemisah", request.param]
    result = CliRunner().invoke(main, command)
    assert result.exit_code in (0, 1), result.output
    return output


@pytest.mark.parametrize("separator", SEPARATORS)
def test_control_probe_libreoffice_does_evaluate_formulas(tmp_path: Path, separator: str) -> None:
    probe = tmp_path / "probe.csv"
    probe.write_text(f'"a"{separator}"=1+1"{separator}"b;=3+3,=4+4"\n', encoding="utf-8")
    assert any(kind == "f" for _, _, kind in open_in_libreoffice(probe, separator, tmp_path))


@pytest.mark.parametrize("separator", SEPARATORS)
def test_periksa_csv_has_no_formula_cell_in_libreoffice(report: Path, tmp_path: Path, separator: str) -> None:
    cells = open_in_libreoffice(report, separator, tmp_path)
    assert [c for c in cells if c[2] == "f"] == []
    text = " ".join(str(v) for _, v, _ in cells)
    assert "1986" in text and "HYPERLINK" in text  # the hostile rows are there, as text


def test_periksa_csv_with_semicolons_splits_at_semicolons_only(tmp_path: Path) -> None:
    """``--pemisah titik-koma``: every row has the ten columns when split at ``;`` (Excel set to Indonesian),
    also for names and messages holding ``;``, ``,``, quotes and line breaks."""
    folder = tmp_path / "kiriman"
    folder.mkdir()
    hostile_copy(DATA / "clean_ja-dasar.xlsx", folder / 'a;b,"c".xlsx', "Ani Lestari, S.E.",
                 'Ani "Lestari";\n=1+1')
    output = tmp_path / "laporan.csv"
    result = CliRunner().invoke(main, ["periksa", str(folder), "--format", "csv", "-o", str(output),
                                       "-j", "1", "--pemisah", "titik-koma"])
    assert result.exit_code in (0, 1), result.output
    cells = open_in_libreoffice(output, ";", tmp_path)
    assert [c for c in cells if c[2] == "f"] == []
    columns = {coordinate.rstrip("0123456789") for coordinate, _, _ in cells}
    assert columns <= set("ABCDEFGHIJ")
    assert any(str(value).endswith('kiriman/a;b,"c".xlsx') for _, value, _ in cells), cells
    assert any(str(value).startswith('Ani "Lestari";') for _, value, _ in cells), cells
