"""``skp addin install``: the interpreter (or the server) written into xlwings' config, and the server
variant of the ribbon add-in read back with olevba."""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import addin_remote  # noqa: F401  (installing imports xlwings: its licence key first)
import pytest
from click.testing import CliRunner
from oletools.olevba import VBA_Parser

from addin.build import XLAM, server_ribbon
from batch.cli import main
from batch.cmd_addin import ADDIN_CONFIG_NAME, updated_config, user_config_file

URL = "https://skp.bkpsdm.example.go.id"


def _install(tmp_path: Path, *extra: str) -> tuple[object, Path]:
    config = tmp_path / "xlwings" / "xlwings.conf"
    result = CliRunner().invoke(main, ["addin", "install", "--folder", str(tmp_path / "XLSTART"),
                                       "--konfigurasi", str(config), *extra])
    return result, config


@pytest.mark.parametrize(("platform", "key"), [("win32", "INTERPRETER_WIN"), ("darwin", "INTERPRETER_MAC")])
def test_install_writes_this_python_into_xlwings_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       platform: str, key: str) -> None:
    monkeypatch.setattr("sys.platform", platform)
    config = tmp_path / "xlwings" / "xlwings.conf"
    config.parent.mkdir()
    config.write_text('"LICENSE_KEY","noncommercial"\n"INTERPRETER_WIN","C:\\\\lama\\\\python.exe"\n',
                      encoding="utf-8")
    result, _ = _install(tmp_path)
    assert result.exit_code == 0, result.output
    lines = config.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '"LICENSE_KEY","noncommercial"'
    assert f'"{key}","{sys.executable}"' in lines
    assert len([line for line in lines if line.startswith(f'"{key}"')]) == 1
    assert (tmp_path / "XLSTART" / "skp.xlam").read_bytes() == XLAM.read_bytes()


def test_linux_with_folder_writes_no_interpreter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    result, config = _install(tmp_path)
    assert result.exit_code == 0 and not config.exists()


def test_updated_config_replaces_keys_case_insensitively() -> None:
    text = '"auth","lama"\n\n"PROXY_SERVER","proxy:8080"\n'
    assert updated_config(text, {"AUTH": "baru", "SKP_SERVER": URL}) == (
        f'"PROXY_SERVER","proxy:8080"\n"AUTH","baru"\n"SKP_SERVER","{URL}"\n')


def test_server_install_writes_the_server_addin_and_its_config(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    result, config = _install(tmp_path, "--server", URL + "/", "--token", "r4hasia")
    assert result.exit_code == 0, result.output
    assert config.read_text(encoding="utf-8") == f'"SKP_SERVER","{URL}"\n"AUTH","r4hasia"\n'
    xlam = tmp_path / "XLSTART" / "skp.xlam"
    modules = {n.rsplit(".", 1)[0]: c for _, _, n, c in VBA_Parser(str(xlam)).extract_macros()}
    pita = modules["SkpPita"]
    assert f'Private Const SERVER_BAWAAN As String = "{URL}"' in pita
    assert "RunServerPython alamat & jalur" in pita
    with zipfile.ZipFile(xlam) as archive:
        ribbon = archive.read("customUI/customUI.xml").decode("utf-8")
    assert ribbon == server_ribbon().decode("utf-8")
    endpoints = dict(re.findall(r'Sub (\w+)\(control As IRibbonControl\)\s+Kirim "(/[\w-]+)"', pita))
    assert sorted(re.findall(r'onAction="SkpPita\.(\w+)"', ribbon)) == sorted(endpoints)
    from server.app import BUTTONS

    assert sorted(endpoints.values()) == sorted(f"/{name}" for name in BUTTONS)
    assert "Function RunServerPython(" in modules["Remote"]
    assert not {"RibbonMyAddin", "Module1"} & set(modules)


def test_server_install_refuses_a_bad_url(tmp_path: Path) -> None:
    result, config = _install(tmp_path, "--server", "skp.go.id")
    assert result.exit_code == 2 and "bukan alamat http://" in result.output
    assert not config.exists()


def test_config_file_is_the_one_the_addins_xlwings_module_reads() -> None:
    modules = {n.rsplit(".", 1)[0]: c for _, _, n, c in VBA_Parser(str(XLAM)).extract_macros()}
    assert f'Public Const PROJECT_NAME As String = "{ADDIN_CONFIG_NAME}"' in modules["xlwings"]
    path = 'GetConfigFilePath = Environ("USERPROFILE") & "\\." & PROJECT_NAME & "\\" & PROJECT_NAME & ".conf"'
    assert path in modules["xlwings"]
    home = Path("/home/ani")
    assert user_config_file("win32", home) == home / ".myaddin" / "myaddin.conf"
    assert user_config_file("darwin", home) == (
        home / "Library/Containers/com.microsoft.Excel/Data/myaddin.conf")
