"""``skp addin install`` copies skp.xlam into Excel's start-up folder, and says so plainly on Linux."""

from __future__ import annotations

from pathlib import Path

import addin_remote  # noqa: F401  (installing imports the add-in, hence xlwings: set its licence key first)
from click.testing import CliRunner

from addin.build import XLAM
from batch.cli import main
from batch.cmd_addin import xlstart_folder


def test_xlstart_folders_per_platform() -> None:
    home = Path("/Users/ani")
    assert xlstart_folder("win32", {"APPDATA": r"C:\Users\ani\AppData\Roaming"}, home) == (
        Path(r"C:\Users\ani\AppData\Roaming") / "Microsoft" / "Excel" / "XLSTART"
    )
    assert xlstart_folder("darwin", {}, home) == (
        home / "Library/Group Containers/UBF8T346G9.Office/User Content/Startup/Excel"
    )
    assert xlstart_folder("linux", {}, home) is None


def test_install_copies_the_addin_and_updates_it(tmp_path: Path) -> None:
    target = tmp_path / "XLSTART"
    first = CliRunner().invoke(main, ["addin", "install", "--folder", str(target)])
    assert first.exit_code == 0, first.output
    assert (target / "skp.xlam").read_bytes() == XLAM.read_bytes()
    assert "dipasang" in first.output and 'tab pita "SKP" muncul' in first.output
    assert ".bas" not in first.output  # the macros are inside the add-in: nothing to import by hand
    again = CliRunner().invoke(main, ["addin", "install", "--folder", str(target)])
    assert again.exit_code == 0 and "diperbarui" in again.output


def test_linux_without_folder_explains_and_exits_2(monkeypatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    result = CliRunner().invoke(main, ["addin", "install"])
    assert result.exit_code == 2
    assert "hanya tersedia di Windows dan macOS" in result.output


def test_help_is_indonesian() -> None:
    result = CliRunner().invoke(main, ["addin", "install", "--help"])
    assert result.exit_code == 0 and "folder XLSTART" in result.output
