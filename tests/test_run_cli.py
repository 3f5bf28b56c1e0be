"""``skp periksa FOLDER`` end to end: pure JSON on stdout, same report for any --jobs and with --cache."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from kumpulan_documents import SUBMISSIONS, expected_findings, write_folder
from rich.console import Console

from batch.cli import main
from batch.progress import working
from skp.config import Config


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, config: Config) -> Path:
    return write_folder(tmp_path_factory.mktemp("kiriman"), config)


def periksa(folder: Path, *options: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(main, ["periksa", ".", "--format", "json", *options])
    return result.exit_code, result.stdout


def test_folder_report_is_pure_json_with_every_file_once(folder: Path, config: Config) -> None:
    code, out = periksa(folder, "--jobs", "2")
    contract = json.loads(out)
    assert code == 1
    assert [f["path"] for f in contract["files"]] == SUBMISSIONS
    found = {(f["path"], x["code"], x["sheet"], x["cell"]) for f in contract["files"] for x in f["findings"]}
    assert found >= expected_findings(folder, config)
    assert contract["summary"]["files"] == len(SUBMISSIONS)


def test_same_json_for_any_jobs_and_with_a_warm_cache(folder: Path, tmp_path: Path) -> None:
    reference = periksa(folder, "--jobs", "1")
    cache = str(tmp_path / "cache")
    assert periksa(folder, "--jobs", "2") == reference
    assert periksa(folder, "--jobs", "2", "--cache", cache) == reference
    assert periksa(folder, "--jobs", "1", "--cache", cache) == reference
    assert len(list((tmp_path / "cache").rglob("*.json"))) == len(SUBMISSIONS)


@pytest.mark.parametrize("command", ["periksa", "rekap"])
def test_an_output_never_overwrites_a_submission(folder: Path, command: str) -> None:
    before = (folder / "unit/staf_a.xlsx").read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        for inputs in (["."], ["unit/staf_a.xlsx", "kabag.xlsx"]):
            result = CliRunner().invoke(main, [command, *inputs, "-o", "unit/staf_a.xlsx"])
            assert result.exit_code == 2 and "tidak boleh ditimpa" in result.output
    assert (folder / "unit/staf_a.xlsx").read_bytes() == before


@pytest.mark.parametrize("terminal", [True, False])
def test_a_long_step_shows_a_spinner_on_terminals_only(terminal: bool) -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=terminal, force_interactive=terminal)
    with working("Menyusun rekap…", console):
        pass
    assert ("Menyusun rekap…" in buffer.getvalue()) is terminal
