"""``--dask`` when the cluster misbehaves, as an operator meets it: real ``dask scheduler`` and
``dask worker`` processes (or a LocalCluster) on 127.0.0.1, and ``skp`` as its own process.

The scheduler dies mid-run, every worker is lost, a worker runs other skp code, a worker does not see part
of the storage or sees stale copies there, Ctrl-C reaches every process of ``--dask lokal``: each ends in
Indonesian, with the right exit status, without a traceback, and never hangs (every wait here has a
timeout)."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest
from distributed import Client, WorkerPlugin
from kumpulan_documents import SUBMISSIONS, write_folder

from skp.config import Config
from skp.run import dask_runner
from skp.run.dask_runner import LOST, NO_WORKERS, NOT_SHARED, SOME_UNSEEN

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
TESTS = Path(__file__).parent


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory, config: Config) -> Path:
    return write_folder(tmp_path_factory.mktemp("kiriman"), config)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def cluster(tmp_path: Path, workers: list[dict[str, str]], nanny: bool = True,
            scheduler_env: dict[str, str] | None = None) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """``dask scheduler`` (with docs/skala.md's settings) and one ``dask worker`` per environment in
    ``workers`` (added to this one), as separate processes; all stopped afterwards."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    base = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1",
            "DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION": "1.0",
            "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    log = open(tmp_path / "dask.log", "wb")  # noqa: SIM115 (closed below)
    processes = [subprocess.Popen([BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port",
                                   address.rsplit(":", 1)[1], "--no-dashboard"], stdout=log, stderr=log,
                                  env={**base, **(scheduler_env or {})}, cwd=tmp_path)]
    try:
        for extra in workers:
            command = [str(BIN / "dask"), "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                       "--no-dashboard", *([] if nanny else ["--no-nanny"])]
            if "DASK_WORKER_COMMAND" in extra:  # run in a mount table of its own, after this shell command
                command = ["unshare", "-m", "--propagation", "private", "sh", "-c",
                           f"{extra['DASK_WORKER_COMMAND']} {' '.join(command)}"]
            processes.append(subprocess.Popen(command, stdout=log, stderr=log, env={**base, **extra},
                                              cwd=tmp_path))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(len(workers), timeout=60)
        yield address, processes
    finally:
        for process in reversed(processes):
            _end(process)
        log.close()


def _end(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def skp(folder: Path, *arguments: object, **options: object) -> subprocess.Popen:
    return subprocess.Popen([BIN / "skp", *map(str, arguments)], cwd=folder, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **options)  # type: ignore[call-overload]


def finished(command: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = command.communicate(timeout=timeout)
    return command.returncode, out.decode(), err.decode()


def _wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


class Stall(WorkerPlugin):
    """Holds a worker in ``module.function`` (touching ``flag`` first), so the test acts mid-run: by default
    on the file named ``lambat`` (``only``: a text of the call's second argument, the file's display name;
    None: on the first call)."""

    def __init__(self, flag: str, module: str = "skp.run.dask_runner", function: str = "examine_one",
                 only: str | None = "lambat") -> None:
        self.flag, self.module, self.function, self.only = flag, module, function, only
        self.name = f"penahan-{function}"

    def setup(self, worker: object) -> None:
        module = importlib.import_module(self.module)
        original, flag, only = getattr(module, self.function), self.flag, self.only

        def held(*arguments):  # type: ignore[no-untyped-def]
            if only is None or only in str(arguments[1]):
                Path(flag).touch()
                time.sleep(60)
            return original(*arguments)

        setattr(module, self.function, held)


def _stalled(folder: Path, address: str, flag: Path) -> subprocess.Popen:
    """``skp periksa --dask`` on ``folder`` (with a ``lambat.xlsx``), returned once a worker holds it."""
    with Client(address, timeout="30s") as client:
        client.register_plugin(Stall(str(flag)))
    command = skp(folder, "periksa", ".", "--format", "json", "-o", folder.parent / "laporan.json",
                  "--dask", address)
    _wait_for(flag.exists)
    return command


@pytest.fixture
def folder(agency: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kiriman"
    shutil.copytree(agency, copy)
    shutil.copy(copy / "unit" / "staf_a.xlsx", copy / "lambat.xlsx")
    return copy


def test_a_scheduler_lost_mid_run_ends_the_command_with_status_2(folder: Path, tmp_path: Path) -> None:
    with cluster(tmp_path, [{}, {}]) as (address, processes):
        command = _stalled(folder, address, tmp_path / "ditahan")
        processes[0].kill()  # the scheduler
        code, _, err = finished(command)
    assert code == 2 and LOST.format(address=address) in " ".join(err.split())
    assert "Traceback" not in err and not (tmp_path / "laporan.json").exists()


def test_a_cluster_left_without_workers_ends_the_command_with_status_2(folder: Path, tmp_path: Path) -> None:
    """With the scheduler's no-workers-timeout (docs/skala.md) a run whose workers are all gone ends."""
    timeout = {"DASK_DISTRIBUTED__SCHEDULER__NO_WORKERS_TIMEOUT": "2s"}
    with cluster(tmp_path, [{}, {}], nanny=False, scheduler_env=timeout) as (address, processes):
        command = _stalled(folder, address, tmp_path / "ditahan")
        for worker in processes[1:]:
            worker.kill()
        code, _, err = finished(command)
    assert code == 2 and NO_WORKERS.format(address=address) in " ".join(err.split())
    assert "Traceback" not in err and not (tmp_path / "laporan.json").exists()


def test_a_cluster_without_workers_ends_the_command_even_when_its_scheduler_waits(
    folder: Path, tmp_path: Path
) -> None:
    """A scheduler started without the no-workers-timeout of docs/skala.md would keep the chunks waiting
    for ever; the client counts the workers itself, with the same setting (here 2 s, in its environment)."""
    _left_without_workers(folder, tmp_path, Stall(str(tmp_path / "ditahan")))


def _left_without_workers(folder: Path, tmp_path: Path, stall: Stall) -> None:
    """``skp periksa --dask`` on ``folder`` against a scheduler without the no-workers-timeout and one worker,
    killed once ``stall`` holds it: the command ends with status 2 and NO_WORKERS (the client's own limit,
    2 s in its environment), no traceback, no report."""
    with cluster(tmp_path, [{}], nanny=False) as (address, processes):
        with Client(address, timeout="30s") as client:
            client.register_plugin(stall)
        command = skp(folder, "periksa", ".", "--format", "json", "-o", tmp_path / "laporan.json",
                      "--dask", address,
                      env={**os.environ, "DASK_DISTRIBUTED__SCHEDULER__NO_WORKERS_TIMEOUT": "2s"})
        _wait_for(Path(stall.flag).exists)
        processes[1].kill()
        code, _, err = finished(command, timeout=60)
    assert code == 2 and NO_WORKERS.format(address=address) in " ".join(err.split())
    assert "Traceback" not in err and not (tmp_path / "laporan.json").exists()


def test_a_cluster_left_without_workers_in_the_hierarchy_join_ends_the_command(
    agency: Path, tmp_path: Path
) -> None:
    """The client's own count of the workers goes on after the files are read: a scheduler without the
    no-workers-timeout would keep the join's partitions waiting for ever."""
    in_join = Stall(str(tmp_path / "ditahan"), "skp.run.dask_join", "_nip_group", None)
    _left_without_workers(agency, tmp_path, in_join)


@pytest.mark.parametrize("worker", ["kode-lain", "tanpa-skp"])
def test_a_worker_with_other_skp_code_stops_the_command_before_any_file(
    agency: Path, tmp_path: Path, worker: str
) -> None:
    """Same version number, one module changed (the worker would report some files differently), or no
    skp at all on the worker: the command stops with status 2 and says what to install."""
    other = tmp_path / "skp-lain"
    if worker == "kode-lain":
        shutil.copytree(Path(dask_runner.__file__).parents[1], other / "skp",
                        ignore=shutil.ignore_patterns("__pycache__"))
        with open(other / "skp" / "periksa.py", "a", encoding="utf-8") as module:
            module.write("# revisi lain\n")
    else:
        (other / "skp").mkdir(parents=True)
        (other / "skp" / "__init__.py").write_text("raise ModuleNotFoundError('skp', name='skp')\n")
    with cluster(tmp_path, [{}, {"PYTHONPATH": str(other)}]) as (address, _):
        code, out, err = finished(skp(agency, "periksa", ".", "--format", "json", "--dask", address))
    assert code == 2 and out == "" and "Traceback" not in err
    said = " ".join(err.split())
    assert ("kode yang berbeda" if worker == "kode-lain" else "pasang skp[skala] yang sama") in said


def _can_hide_a_folder() -> bool:
    """Whether this process may start one with a private mount table (root, or a user namespace)."""
    if shutil.which("unshare") is None:
        return False
    trial = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    return trial.returncode == 0


def _three_parts(agency: Path, tmp_path: Path) -> Path:
    """The agency's files in ``a/`` (two), ``m/unit/`` (two) and ``z/`` (all): the workers' check of what
    they see samples the first, middle and last file, none of them in ``m/``."""
    folder = tmp_path / "kiriman"
    for part, names in (("a", SUBMISSIONS[:2]), ("m", ["unit/staf_a.xlsx", "unit/staf_b.xlsx"]),
                        ("z", SUBMISSIONS)):
        for name in names:
            (folder / part / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(agency / name, folder / part / name)
    return folder


@pytest.mark.skipif(not _can_hide_a_folder(), reason="needs unshare -m (a private mount table)")
@pytest.mark.parametrize("hidden", ["m/unit", "."], ids=["satu-subfolder", "seluruh-folder"])
def test_files_a_worker_does_not_see_are_sent_to_it(agency: Path, tmp_path: Path, hidden: str) -> None:
    """The worker does not see one sub-folder (an empty file system over it, in the worker's own mount
    table), where no sampled file (first, middle, last) lies, or the whole folder: the files are sent with
    their bytes, not reported missing (berkas-rusak, "berkas tidak ditemukan"), and the command warns."""
    folder = _three_parts(agency, tmp_path)
    reference = finished(skp(folder, "periksa", ".", "--format", "json", "--jobs", "1"))[:2]
    worker = {"DASK_WORKER_COMMAND": f"mount -t tmpfs kosong {(folder / hidden).resolve()} && exec"}
    with cluster(tmp_path, [worker]) as (address, _):
        code, out, err = finished(skp(folder, "periksa", ".", "--format", "json", "--dask", address))
    assert (code, out) == reference
    files = json.loads(reference[1])["files"]
    assert [f["status"] for f in files if f["path"].startswith("m/")] == ["perlu-perbaikan"] * 2
    warning = NOT_SHARED if hidden == "." else SOME_UNSEEN.format(count=2)
    assert " ".join(err.split()) == f"Peringatan: {warning}"


@pytest.mark.skipif(not _can_hide_a_folder(), reason="needs unshare -m (a private mount table)")
def test_a_stale_copy_a_worker_sees_at_the_same_path_is_not_read(agency: Path, tmp_path: Path) -> None:
    """The worker sees other versions of two files at their paths (copies of other SKPs, saved in 2020, in a
    file system of its own over their sub-folder): it reads neither, the files are sent with their bytes,
    the report is the local one, and the command says how many files went that way."""
    folder = _three_parts(agency, tmp_path)
    stale = tmp_path / "lama"
    stale.mkdir()
    for name in ("staf_a.xlsx", "staf_b.xlsx"):
        shutil.copy(agency / "kepala.xlsx", stale / name)  # another person's SKP under the same name
        os.utime(stale / name, (1_577_836_800, 1_577_836_800))  # 1 January 2020
    reference = finished(skp(folder, "periksa", ".", "--format", "json", "--jobs", "1"))[:2]
    unit = (folder / "m" / "unit").resolve()
    worker = {"DASK_WORKER_COMMAND": f"mount -t tmpfs lama {unit} && cp -p {stale}/* {unit}/ && exec"}
    with cluster(tmp_path, [worker]) as (address, _):
        code, out, err = finished(skp(folder, "periksa", ".", "--format", "json", "--dask", address))
    assert (code, out) == reference
    assert " ".join(err.split()) == f"Peringatan: {SOME_UNSEEN.format(count=2)}"


def _ignores_interrupts(pid: int) -> bool:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        masks = dict(line.split(":", 1) for line in status)
    return bool(int(masks["SigIgn"], 16) & (1 << (signal.SIGINT - 1)))


def _lokal_run_started(agency: Path, tmp_path: Path) -> tuple[subprocess.Popen, list[psutil.Process]]:
    """``skp periksa --dask lokal`` in its own session over 1,050 files, once both LocalCluster workers run
    (they ignore Ctrl-C once started), with every process of the command."""
    folder = tmp_path / "kiriman"
    for copy in range(150):
        shutil.copytree(agency, folder / f"salinan_{copy:03d}")
    command = skp(folder, "periksa", ".", "--format", "json", "--dask", "lokal", start_new_session=True)
    main = psutil.Process(command.pid)

    def workers_ready() -> bool:
        try:  # a short-lived child (LocalCluster starts some) may end between listing and reading it
            workers = [p for p in main.children() if "spawn_main" in " ".join(p.cmdline())]
            return len(workers) == 2 and all(_ignores_interrupts(p.pid) for p in workers)
        except (psutil.NoSuchProcess, FileNotFoundError, ProcessLookupError):
            return False

    _wait_for(workers_ready)
    return command, [main, *main.children(recursive=True)]


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:  # ended between the two questions
        return False


def _all_gone(family: list[psutil.Process]) -> None:
    _wait_for(lambda: not any(_alive(p) for p in family), 20)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_ctrl_c_on_a_lokal_run_prints_one_indonesian_line(agency: Path, tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group, LocalCluster workers included: the command says it was
    cancelled, in Indonesian, with status 130, no worker prints a traceback and no process is left."""
    command, family = _lokal_run_started(agency, tmp_path)
    os.killpg(command.pid, signal.SIGINT)
    code, out, err = finished(command, timeout=60)
    assert code == 130 and out == "" and "Traceback" not in err, err[-2000:]
    assert "Dibatalkan oleh pengguna (Ctrl-C)" in err
    _all_gone(family)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_kill_9_of_a_lokal_run_leaves_no_process_and_prints_nothing(agency: Path, tmp_path: Path) -> None:
    """``kill -9`` of the command: its workers and multiprocessing's resource tracker end by themselves,
    and the tracker does not print (in English) that the dead process leaked its semaphores."""
    command, family = _lokal_run_started(agency, tmp_path)
    command.kill()
    code, out, err = finished(command, timeout=60)  # returns once every process holding its pipes is gone
    assert code == -signal.SIGKILL and out == "" and err == ""
    _all_gone(family)
