"""Worker processes that die, overrun or run out of memory cost their item, never the run; workers never
outlive the main process; the start method can be forced (``SKP_START_METHOD``) as CI does for spawn."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from run_faults import behave, running

from skp.errors import ConfigurationError
from skp.run.isolation import START_METHOD_VARIABLE, Budget, Crash, isolated_map, start_method

BUDGET = Budget(seconds=30, memory_mb=300)
TESTS = Path(__file__).parent


@pytest.fixture(params=["fork", "spawn"])
def method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(START_METHOD_VARIABLE, request.param)
    return request.param


def answers(items: list[str], jobs: int, budget: Budget = BUDGET) -> list[str | Crash]:
    return list(isolated_map(behave, "ok", items, jobs, budget, chunk=2))


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_item_is_answered_once_in_order_whatever_dies(method: str, jobs: int) -> None:
    items = ["a", "abort", "b", "c", "keluar", "d", "sekali", "e"]
    got = answers(items, jobs)
    assert [g for i, g in enumerate(got) if items[i] in "abcde"] == [f"ok:{x}:pertama" for x in "abcde"]
    assert isinstance(got[1], Crash) and "abort" in got[1].reason
    assert isinstance(got[4], Crash) and "kode keluar 3" in got[4].reason
    assert got[6] == "ok:sekali:ulang"  # died once, answered on the retry
    assert multiprocessing.active_children() == []


def test_an_item_that_never_finishes_is_stopped_at_the_time_limit(method: str) -> None:
    start = time.monotonic()
    got = answers(["a", "macet", "b"], 2, Budget(seconds=1, memory_mb=0))
    assert got[0] == "ok:a:pertama" and got[2] == "ok:b:pertama"
    assert isinstance(got[1], Crash) and "batas 1 detik per berkas" in got[1].reason
    assert time.monotonic() - start < 10


def test_the_main_process_keeps_nothing_frozen_after_starting_workers(method: str) -> None:
    """Workers fork with the main process's objects frozen (so their collections never copy its heap);
    the main process thaws them at once, or its own garbage would never be collected again."""
    assert gc.get_freeze_count() == 0
    assert answers(["a", "abort", "b"], 2)[::2] == ["ok:a:pertama", "ok:b:pertama"]  # workers restarted too
    assert gc.get_freeze_count() == 0


def test_a_parser_panic_in_a_worker_does_not_print_a_rust_backtrace(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With RUST_BACKTRACE set, a calamine abort would first spend 0.15-0.3 s symbolising its stack."""
    monkeypatch.setenv("RUST_BACKTRACE", "1")
    assert answers(["env:RUST_BACKTRACE", "abort", "env:RUST_BACKTRACE"], 1)[::2] == ["0", "0"]
    assert os.environ["RUST_BACKTRACE"] == "1"  # the main process's own is left alone


def test_every_item_is_answered_in_order_when_the_chunks_taper_at_the_end(method: str) -> None:
    items = [f"x{i}" for i in range(100)]
    items[97] = "abort"  # a worker lost in the last, smallest messages
    got = list(isolated_map(behave, "ok", items, 2, BUDGET, chunk=8))
    assert [g for i, g in enumerate(got) if i != 97] == [f"ok:x{i}:pertama" for i in range(100) if i != 97]
    assert isinstance(got[97], Crash)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="RLIMIT_AS is enforced on Linux only")
def test_a_worker_gets_no_more_memory_than_its_cap() -> None:
    assert answers(["memori"], 1) == ["ditolak"]
    assert answers(["memori"], 1, Budget(seconds=30, memory_mb=4096)) == ["dapat 1500 MB"]


def test_a_broken_rules_file_stops_the_run_and_its_workers(method: str) -> None:
    with pytest.raises(ConfigurationError):
        answers(["a", "aturan", "b"], 2)
    assert multiprocessing.active_children() == []


def test_the_start_method_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(START_METHOD_VARIABLE, "spawn")
    assert start_method() == "spawn"
    monkeypatch.setenv(START_METHOD_VARIABLE, "jalan-kaki")
    with pytest.raises(ConfigurationError):
        start_method()
    monkeypatch.delenv(START_METHOD_VARIABLE)
    assert start_method() in multiprocessing.get_all_start_methods()


DRIVER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from run_faults import behave
    from skp.run.isolation import Budget, isolated_map
    for answer in isolated_map(behave, "ok", ["pid", "pid", "macet", "macet"], 2, Budget(600, 0), chunk=1):
        print(answer, flush=True)
""")


@pytest.mark.skipif(sys.platform != "linux", reason="reads worker states from /proc")
def test_no_worker_outlives_a_killed_main_process_and_its_pipe_closes(method: str) -> None:
    """kill -9 of the main process while its workers are busy: within 2 s every worker is gone and a
    reader of the main process's standard output (``| cat``) sees the end of the pipe."""
    driver = subprocess.Popen([sys.executable, "-c", DRIVER, str(TESTS)], stdout=subprocess.PIPE)
    assert driver.stdout is not None
    workers = {int(driver.stdout.readline()), int(driver.stdout.readline())}
    time.sleep(0.5)  # both now on a "macet" item
    assert all(running(pid) for pid in workers)
    driver.send_signal(signal.SIGKILL)
    killed = time.monotonic()
    driver.wait()
    os.set_blocking(driver.stdout.fileno(), False)
    while True:
        try:
            if driver.stdout.read() == b"":
                break
        except BlockingIOError:
            pass
        assert time.monotonic() - killed < 2, "pipe still held open"
        time.sleep(0.05)
    while any(running(pid) for pid in workers):
        assert time.monotonic() - killed < 2, f"workers still alive: {workers}"
        time.sleep(0.05)
