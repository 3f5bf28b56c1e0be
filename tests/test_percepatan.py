"""``skp percepat`` (:mod:`skp.native`): the reader's modules compiled with mypyc, loaded only while they
match the code, giving the same reports; a file the compiled reader stops on is settled by the plain one.

The build here compiles two small modules of :mod:`skp.reading` (a whole build takes two minutes, measured
in ``benchmarks/kumpulan.py``); loading, equivalence and the fallback are the same for any number."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import skp.native
from batch.cli import main
from skp.config import Config
from skp.run import worker

DATA = Path(__file__).parent / "data"
SUBSET = ["grid", "values"]
FIXTURES = [
    "clean_ja-dasar.xlsx",
    "nyata_identitas_dua_baris.xlsx",
    "jpt_manual_isian_instansi_satu_sel_tujuan_kosong.xlsx",
]

_PROBE = """
import json, sys
from pathlib import Path
import skp.reading.values as values
from skp.config import Config
from skp.periksa import check_path
config = Config()
reports = {name: check_path(Path(sys.argv[1]) / name, config)[0].flatten() for name in sys.argv[2:]}
print(json.dumps({"values": values.__file__, "reports": reports}))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of :data:`SUBSET` in a cache folder of its own, made with ``skp percepat``."""
    cache = tmp_path_factory.mktemp("cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(cache))
    patch.setattr(skp.native, "modules", lambda: SUBSET)
    try:
        result = CliRunner().invoke(main, ["percepat"])
        assert result.exit_code == 0, result.output
        assert "Percepatan aktif" in result.output
    finally:
        patch.undo()
    return cache


def _probe(cache: Path, enabled: bool) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), SKP_PERCEPATAN="1" if enabled else "0")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(DATA), *FIXTURES],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_compiled_modules_give_the_same_reports(built: Path) -> None:
    compiled, plain = _probe(built, enabled=True), _probe(built, enabled=False)
    assert compiled["values"].startswith(str(built)) and compiled["values"].endswith(
        skp.native.extension_suffix()
    )
    assert plain["values"].endswith("values.py")
    assert compiled["reports"] == plain["reports"]
    assert plain["reports"]["jpt_manual_isian_instansi_satu_sel_tujuan_kosong.xlsx"] == [
        ["manual-iki-kosong", "Manual IKI", "B17"]
    ]


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_batch_workers_load_the_build_under_either_start_method(built: Path, start_method: str) -> None:
    """A ``spawn`` worker (Windows, macOS) imports skp afresh with the parent's ``sys.path``: the build's
    own ``skp`` folder must not be found there as the package itself."""

    def periksa(enabled: bool) -> dict:
        env = dict(os.environ, XDG_CACHE_HOME=str(built), SKP_PERCEPATAN="1" if enabled else "0",
                   SKP_START_METHOD=start_method)
        done = subprocess.run(
            [sys.executable, "-c", "from batch.cli import main; main()", "periksa", "--format", "json",
             "--jobs", "2", *(str(DATA / name) for name in FIXTURES)],
            env=env, capture_output=True, text=True, check=False,
        )
        return json.loads(done.stdout)

    compiled, plain = periksa(enabled=True), periksa(enabled=False)
    assert compiled == plain
    assert {f["status"] for f in compiled["files"]} != {"gagal-dibaca"}


def test_a_build_for_other_code_is_not_loaded(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder is named by the code's fingerprint: once a module changes, the build is another code's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(built))
    monkeypatch.setenv("SKP_PERCEPATAN", "1")
    assert skp.native.active_build() is not None
    monkeypatch.setattr(skp.native, "code_fingerprint", lambda: "kode lain")
    assert skp.native.active_build() is None


def test_status_and_removal(built: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(built))
    monkeypatch.setenv("SKP_PERCEPATAN", "1")
    assert "Percepatan aktif" in CliRunner().invoke(main, ["percepat", "--status"]).output
    monkeypatch.setenv("SKP_PERCEPATAN", "0")
    assert "tidak aktif" in CliRunner().invoke(main, ["percepat", "--status"]).output
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert "Belum ada hasil kompilasi" in CliRunner().invoke(main, ["percepat", "--hapus"]).output


def test_a_file_the_compiled_reader_stops_on_is_read_by_the_plain_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The compiled reader refusing a value the code did not expect (a TypeError Python would let through)
    is not reported as a broken file: the file is checked again with the plain-Python modules."""

    def stops(*args: object, **kwargs: object) -> object:
        raise TypeError("tuple object expected; got list")

    monkeypatch.setattr(worker, "checked", stops)
    monkeypatch.setattr(worker, "active_build", lambda: Path("/tmp"))
    path = DATA / "jpt_manual_isian_instansi_satu_sel_tujuan_kosong.xlsx"
    result, cacheable = worker._examine_uncached(path, path.name, Config(), None, False, None)
    assert result.report.flatten() == [("manual-iki-kosong", "Manual IKI", "B17")]
    assert cacheable


def test_without_a_build_a_stop_is_a_broken_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "checked", lambda *a, **k: 1 / 0)
    monkeypatch.setattr(worker, "active_build", lambda: None)
    result, cacheable = worker._examine_uncached(
        DATA / "clean_ja-dasar.xlsx", "x.xlsx", Config(), None, False, None
    )
    assert [f.code for f in result.report.findings] == ["berkas-rusak"] and not cacheable
