"""Hostile files through the real command line, each in a process of its own: whatever a file does to the
parser, the command reports it and ends (exit status 0 or 1) within seconds, alone or among others, with
one worker or the default pool, in ``skp periksa``, ``skp rekap`` and ``skp nilai``."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from run_faults import running
from test_load import DATA, EXPECTED_CODE

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.reading.safety import check_submission, reading_limits

SKP = [str(Path(sys.executable).with_name("skp"))]
ABORTED_CALAMINE = [  # each made python-calamine abort the whole process before issue 16
    "bad_cells_far_apart_quoted.xlsx", "bad_rels_target_absolute.xlsx", "bad_rels_target_dotdot.xlsx",
    "bad_shared_strings_huge_count.xlsx", "bad_xls_sheet_inside_record.xls",
]
SECONDS = 30  # "within seconds" on a shared, loaded 2-core machine; alone each takes well under one


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    start = time.monotonic()
    result = subprocess.run([*SKP, *args], capture_output=True, text=True, timeout=SECONDS, cwd=cwd)
    assert time.monotonic() - start < SECONDS
    assert "Traceback" not in result.stderr
    return result


def codes(report: dict) -> dict[str, list[str]]:
    return {Path(f["path"]).name: [x["code"] for x in f["findings"]] for f in report["files"]}


def test_the_light_scan_lets_far_apart_cells_through(config: Config) -> None:
    """So in a worker they reach the parser, which aborts: what the tests below survive is the isolation
    (and the retry with the full scan that names the file exactly), not a check made beforehand."""
    limits = reading_limits(config)
    for name in ("bad_cells_far_apart.xlsx", "bad_cells_far_apart_quoted.xlsx",
                 "bad_rels_target_dotdot.xlsx"):
        data = (DATA / name).read_bytes()
        check_submission(data, limits, light=True)
        with pytest.raises(WorkbookRejected):
            check_submission(data, limits)


@pytest.mark.parametrize("name", [*ABORTED_CALAMINE, "bad_sheet_entries_one_part.xlsx"])
def test_a_crafted_workbook_alone(name: str) -> None:
    result = run("periksa", "--format", "json", str(DATA / name))
    assert result.returncode == 1
    assert codes(json.loads(result.stdout)) == {name: [EXPECTED_CODE[name]]}
    scored = run("nilai", "--format", "json", str(DATA / name))
    assert scored.returncode == 1
    assert [f["galat"] for f in json.loads(scored.stdout)["files"]] == [EXPECTED_CODE[name]]


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every bad file, a clean submission, and a FIFO, a socket and a symlink to a device named .xlsx."""
    folder = tmp_path_factory.mktemp("kiriman")
    for name in EXPECTED_CODE:
        shutil.copyfile(DATA / name, folder / name)
    shutil.copyfile(DATA / "clean_ja-dasar.xlsx", folder / "clean_ja-dasar.xlsx")
    os.mkfifo(folder / "pipa.xlsx")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "soket.xlsx"))
    listener.close()
    (folder / "perangkat.xlsx").symlink_to("/dev/zero")
    return folder


NOT_REGULAR = {"pipa.xlsx": "pipa bernama", "soket.xlsx": "soket", "perangkat.xlsx": "perangkat karakter"}


@pytest.mark.parametrize("jobs", [["--jobs", "1"], []], ids=["jobs-1", "bawaan"])
def test_a_folder_of_hostile_files(hostile_folder: Path, jobs: list[str]) -> None:
    result = run("periksa", "--format", "json", *jobs, str(hostile_folder))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    found = codes(report)
    assert found == {**{n: [c] for n, c in EXPECTED_CODE.items()}, "clean_ja-dasar.xlsx": [],
                     **{n: ["berkas-rusak"] for n in NOT_REGULAR}}
    messages = {Path(f["path"]).name: f["findings"][0]["message"] for f in report["files"] if f["findings"]}
    for name, kind in NOT_REGULAR.items():
        assert kind in messages[name] and "tidak dibuka" in messages[name]


def test_a_recap_of_hostile_files(hostile_folder: Path, tmp_path: Path) -> None:
    result = run("rekap", str(hostile_folder), "-o", str(tmp_path / "rekap.xlsx"))
    assert result.returncode == 0
    sheet = load_workbook(tmp_path / "rekap.xlsx", read_only=True)["Pegawai"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) - 1 == len(EXPECTED_CODE) + 1 + len(NOT_REGULAR)


# Enough copies that the run outlasts the signal the test sends once both workers run, also on a busy
# machine: 600 took 2 s end to end once the worker remembered what repeats from file to file.
MANY = 2500


def _many(tmp_path: Path, count: int = MANY) -> Path:
    folder = tmp_path / "banyak"
    folder.mkdir()
    for i in range(count):
        shutil.copyfile(DATA / "clean_jf-pengembangan.xlsx", folder / f"pegawai_{i:04d}.xlsx")
    return folder


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:  # the thread ended after it was listed
            continue
    return found


def _workers(pid: int) -> set[int]:
    """The main process's worker processes once they run (their parent-watch thread started): a worker
    still starting (importing Python under spawn) leaves as soon as it has started and finds its parent
    gone, which on a loaded machine may take longer than the 2 s asserted here."""
    found = set()
    for child in _children(pid):
        try:
            status = Path(f"/proc/{child}/status").read_text()
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"resource_tracker" not in cmdline and "Threads:\t1\n" not in status:
            found.add(child)
    return found


def _started(pid: int, count: int) -> set[int]:
    deadline = time.monotonic() + SECONDS
    while len(workers := _workers(pid)) < count:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return workers


def _as_in_a_terminal() -> None:
    """Ctrl-C as a command typed at a terminal has it: a test run started in the background (``pytest &``)
    hands its children SIGINT ignored, as a shell does for background jobs, and Python then never raises
    KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform != "linux", reason="reads the process tree from /proc")
def test_ctrl_c_ends_the_run_without_a_traceback(tmp_path: Path) -> None:
    folder = _many(tmp_path)
    command = subprocess.Popen([*SKP, "periksa", "--format", "json", "--jobs", "2", str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True, preexec_fn=_as_in_a_terminal)
    workers = _started(command.pid, 2)
    os.killpg(command.pid, signal.SIGINT)  # as the terminal sends it: to the whole process group
    out, err = command.communicate(timeout=SECONDS)
    assert command.returncode == 130, err
    assert "Traceback" not in err and "Dibatalkan oleh pengguna" in err
    assert out == ""
    ended = time.monotonic()
    while any(running(pid) for pid in workers):  # spawn's resource tracker takes a moment
        assert time.monotonic() - ended < 2, "a worker outlived the interrupted run"
        time.sleep(0.05)


@pytest.mark.skipif(sys.platform != "linux", reason="reads the process tree from /proc")
def test_kill_9_of_skp_periksa_leaves_no_worker_and_closes_its_pipe(tmp_path: Path) -> None:
    folder = _many(tmp_path)
    command = subprocess.Popen([*SKP, "periksa", "--format", "json", "--jobs", "2", str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    workers = _started(command.pid, 2)
    command.kill()
    killed = time.monotonic()
    command.wait()
    assert command.stdout is not None
    os.set_blocking(command.stdout.fileno(), False)
    while _read(command.stdout.fileno()) != b"":  # b"": every writer is gone
        assert time.monotonic() - killed < 2, "output pipe still held open"
        time.sleep(0.02)
    while any(running(pid) for pid in workers):
        assert time.monotonic() - killed < 2, "a worker outlived the main process"
        time.sleep(0.05)


def _read(fd: int) -> bytes | None:
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return None
