"""Cache entries verify themselves (issue 16 item 3): an entry that is not exactly what this run would have
written is ignored, counted and rewritten, and the report equals a fresh run; a cache folder that cannot
be written gives a warning and an uncached run (item 4)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from kumpulan_documents import SUBMISSIONS, run_noting_reads, write_folder

from batch.cli import main
from skp import __version__
from skp.config import Config
from skp.findings import batch_contract
from skp.run import cache as cache_module
from skp.run.batch import run_batch
from skp.run.cache import ResultCache
from skp.run.discovery import discover


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, config: Config) -> Path:
    return write_folder(tmp_path_factory.mktemp("kiriman"), config)


@pytest.fixture
def inside(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(folder)
    return Path(".")


@pytest.fixture(scope="module")
def fresh(folder: Path, config: Config) -> str:
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return contract_json(run_batch(discover([Path(".")]), config, jobs=1).reports)
    finally:
        os.chdir(cwd)


def contract_json(reports: object) -> str:
    return json.dumps(batch_contract(list(reports)), ensure_ascii=False, sort_keys=True)  # type: ignore[call-overload]


def entries(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.json"))


def entry_of(cache: ResultCache, path: str) -> Path:
    return cache._file(cache.key_of(Path(path).read_bytes()))


def _edit_verdict(entry: Path) -> None:
    """A hand edit: the report's findings emptied, the file now 'lulus'."""
    header, payload = entry.read_bytes().split(b"\n", 1)
    result = json.loads(payload)
    result["report"]["findings"] = []
    entry.write_bytes(header + b"\n" + json.dumps(result).encode())


def _edit_and_rehash_wrong_version(entry: Path) -> None:
    """A consistent entry (checksum recomputed) written by another skp version."""
    import hashlib

    header, payload = entry.read_bytes().split(b"\n", 1)
    fields = json.loads(header)
    fields["skp"] = "0.0.1"
    fields["isi"] = hashlib.sha256(payload).hexdigest()
    entry.write_bytes(json.dumps(fields).encode() + b"\n" + payload)


def _truncate(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])


def _old_format(entry: Path) -> None:
    """An entry as skp wrote it before entries verified themselves: the bare result."""
    entry.write_bytes(entry.read_bytes().split(b"\n", 1)[1])


def _directory(entry: Path) -> None:
    entry.unlink()
    (entry / "isi").mkdir(parents=True)


def _fifo(entry: Path) -> None:
    entry.unlink()
    os.mkfifo(entry)


def _symlink_to_device(entry: Path) -> None:
    entry.unlink()
    entry.symlink_to("/dev/zero")


def _garbage(entry: Path) -> None:
    entry.write_bytes(b"\x00\xff" * 1000 + b"\n" + b"[" * 100_000)


TAMPERINGS: dict[str, Callable[[Path], None]] = {
    "edited": _edit_verdict, "other-version": _edit_and_rehash_wrong_version, "truncated": _truncate,
    "old-format": _old_format, "directory": _directory, "fifo": _fifo, "symlink-device": _symlink_to_device,
    "garbage": _garbage,
}


@pytest.mark.parametrize("tamper", TAMPERINGS.values(), ids=TAMPERINGS.keys())
def test_a_tampered_entry_is_ignored_counted_and_rewritten(
    inside: Path, config: Config, tmp_path: Path, fresh: str, tamper: Callable[[Path], None],
) -> None:
    files = discover([inside])
    cache = ResultCache(tmp_path / "cache", config)
    run_batch(files, config, jobs=1, cache=cache)
    victim = entry_of(cache, "kabag.xlsx")
    tamper(victim)
    again = ResultCache(tmp_path / "cache", config)
    rerun, read = run_noting_reads(files, config, jobs=2, cache=again)
    assert contract_json(rerun.reports) == fresh
    assert read == ["kabag.xlsx"]
    assert again.stats().rejected == 1
    assert victim.is_file() and not victim.is_symlink()  # rewritten: the next run is a hit again
    third = ResultCache(tmp_path / "cache", config)
    assert run_noting_reads(files, config, jobs=1, cache=third)[1] == [] and third.stats().rejected == 0


def test_an_upgraded_skp_of_the_same_version_reads_every_file_again(
    inside: Path, config: Config, tmp_path: Path, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The version number stays 0.1.0 across upgrades: the code itself keys the cache, so results of the
    old reader are not reused by the new one."""
    files = discover([inside])
    run_batch(files, config, jobs=1, cache=ResultCache(tmp_path / "cache", config))
    assert run_noting_reads(files, config, jobs=1, cache=ResultCache(tmp_path / "cache", config))[1] == []
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "kode-lain")
    rerun, read = run_noting_reads(files, config, jobs=1, cache=ResultCache(tmp_path / "cache", config))
    assert contract_json(rerun.reports) == fresh
    assert sorted(read) == sorted(str(f) for f in files)


def test_swapped_entries_are_both_refused(inside: Path, config: Config, tmp_path: Path, fresh: str) -> None:
    """Two valid entries exchanged (one person's verdict under another's file) are not trusted."""
    files = discover([inside])
    cache = ResultCache(tmp_path / "cache", config)
    run_batch(files, config, jobs=1, cache=cache)
    a, b = entry_of(cache, "kabag.xlsx"), entry_of(cache, "unit/staf_a.xlsx")
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    again = ResultCache(tmp_path / "cache", config)
    rerun, read = run_noting_reads(files, config, jobs=1, cache=again)
    assert contract_json(rerun.reports) == fresh
    assert sorted(read) == ["kabag.xlsx", "unit/staf_a.xlsx"] and again.stats().rejected == 2


def test_every_entry_carries_what_it_was_made_from(inside: Path, config: Config, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache", config)
    run_batch([Path("kabag.xlsx")], config, jobs=1, cache=cache)
    (entry,) = entries(tmp_path / "cache")
    header = json.loads(entry.read_bytes().split(b"\n", 1)[0])
    assert set(header) == {"format", "skp", "aturan", "berkas", "isi"}
    assert header["skp"] == __version__
    import hashlib

    assert header["berkas"] == hashlib.sha256(Path("kabag.xlsx").read_bytes()).hexdigest()


def test_cli_warns_about_rejected_entries(inside: Path, config: Config, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    command = ["periksa", ".", "--format", "json", "--cache", str(cache_dir), "-j", "1"]
    first = CliRunner().invoke(main, command)
    for entry in entries(cache_dir)[:3]:
        _truncate(entry)
    second = CliRunner().invoke(main, command)
    assert second.exit_code == first.exit_code == 1
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert "3 entri cache tidak sah" in second.stderr


# --- a cache folder that cannot be written ---------------------------------------------------------------

def _fill(point: Path) -> None:
    with open(point / "pengisi", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass


def test_full_cache_disk_warns_and_runs_uncached(inside: Path, small_mount: Path) -> None:
    _fill(small_mount)
    result = CliRunner().invoke(main, ["periksa", ".", "--format", "json", "--cache", str(small_mount / "c"),
                                       "-j", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == SUBMISSIONS
    assert "Peringatan:" in result.stderr and "tanpa cache" in result.stderr


def test_cache_disk_filling_up_mid_run_is_counted_not_fatal(inside: Path, small_mount: Path) -> None:
    """Room for the probe but not for every entry: the run completes, the unstored results are counted."""
    _fill(small_mount)
    os.truncate(small_mount / "pengisi", max(0, (small_mount / "pengisi").stat().st_size - 12 * 1024))
    result = CliRunner().invoke(main, ["periksa", ".", "--format", "json", "--cache", str(small_mount / "c"),
                                       "-j", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == SUBMISSIONS
    assert "tidak dapat disimpan ke cache" in result.stderr


def test_read_only_cache_warns_and_runs_uncached(inside: Path, small_mount: Path, tmp_path: Path) -> None:
    (small_mount / "c").mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True)
    result = CliRunner().invoke(main, ["rekap", ".", "-o", str(tmp_path / "r.xlsx"),
                                       "--cache", str(small_mount / "c"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "Peringatan:" in result.stderr and "tanpa cache" in result.stderr
    assert "Traceback" not in result.output and (tmp_path / "r.xlsx").is_file()
