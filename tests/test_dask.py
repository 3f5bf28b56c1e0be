"""``--dask``: the same reports as the local run, on a LocalCluster, on real scheduler and worker processes,
with hostile files, with file bytes sent to the workers, and with workers that die mid-run."""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster, WorkerPlugin
from kumpulan_documents import SUBMISSIONS, write_folder
from openpyxl import load_workbook
from rich.console import Console

from batch.cli import main
from batch.progress import DaskRun, run_with_progress
from skp.config import Config
from skp.run import dask_runner
from skp.run.dask_join import SCOPE, batch_checks
from skp.run.dask_runner import DIED, SCHEDULER_SETTINGS, run_batch_dask, workers_see
from skp.run.discovery import discover

DATA = Path(__file__).parent / "data"
HOSTILE = sorted(p for p in DATA.glob("bad_*") if p.suffix in (".xlsx", ".xls"))


def _cluster(**extra: object) -> LocalCluster:
    with dask.config.set(SCHEDULER_SETTINGS):
        return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address="127.0.0.1:0", **extra)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """One LocalCluster for the module (starting one costs seconds); tests pass its address to --dask."""
    with _cluster() as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory, config: Config) -> Path:
    return write_folder(tmp_path_factory.mktemp("kiriman"), config)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, agency: Path) -> Path:
    """The agency plus every hostile workbook of the test data, in a sub-folder."""
    folder = tmp_path_factory.mktemp("berbahaya")
    shutil.copytree(agency, folder, dirs_exist_ok=True)
    (folder / "tidak_lazim").mkdir()
    for path in HOSTILE:
        shutil.copy(path, folder / "tidak_lazim" / path.name)
    return folder


def run(folder: Path, *arguments: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(main, list(arguments))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def periksa(folder: Path, *options: str) -> tuple[int, str]:
    return run(folder, "periksa", ".", "--format", "json", *options)


def periksa_process(folder: Path, address: str) -> tuple[int, str]:
    """``skp periksa --dask`` as its own process, as users run it (a hang fails after the timeout)."""
    command = [Path(sys.executable).parent / "skp", "periksa", ".", "--format", "json", "--dask", address]
    result = subprocess.run(command, cwd=folder, capture_output=True, timeout=400)
    return result.returncode, result.stdout.decode()


def test_every_batch_check_has_a_join_key() -> None:
    """A new batch check without a NIP key would silently be skipped on a cluster: it must be keyed."""
    names = [check.func.__name__ for _, check, _ in batch_checks() if check.func is not None]
    assert sorted(names) == sorted(SCOPE)


def test_periksa_dask_lokal_equals_the_local_run(agency: Path) -> None:
    code, local = periksa(agency, "--jobs", "1")
    assert code == 1 and [f["path"] for f in json.loads(local)["files"]] == SUBMISSIONS
    batch_codes = {x["code"] for f in json.loads(local)["files"] for x in f["findings"]}
    assert {"skp-ganda", "rk-atasan-tidak-cocok", "target-kaskade-tidak-seimbang"} <= batch_codes
    assert periksa(agency, "--dask", "lokal") == (code, local)


def _sheets(path: Path) -> dict[str, list[tuple]]:
    workbook = load_workbook(path)
    return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


def _rekap(folder: Path, out: Path, *options: str) -> None:
    code, _ = run(folder, "rekap", ".", "-o", str(out / "rekap.xlsx"), "--html", str(out / "rekap.html"),
                  "--csv", str(out / "csv"), *options)
    assert code == 0


def test_rekap_dask_lokal_equals_the_local_run(agency: Path, tmp_path: Path) -> None:
    _rekap(agency, tmp_path / "lokal", "--jobs", "1")
    _rekap(agency, tmp_path / "dask", "--dask", "lokal")
    local, remote = tmp_path / "lokal", tmp_path / "dask"
    assert (local / "rekap.html").read_bytes() == (remote / "rekap.html").read_bytes()
    tables = sorted(p.name for p in (local / "csv").iterdir())
    assert tables == sorted(p.name for p in (remote / "csv").iterdir()) and "hierarki.csv" in tables
    for name in tables:
        assert (local / "csv" / name).read_bytes() == (remote / "csv" / name).read_bytes(), name
    sheets = _sheets(local / "rekap.xlsx")
    assert sheets == _sheets(remote / "rekap.xlsx")
    with open(local / "csv" / "hierarki.csv", encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) > 3  # the join's links really are in the recap


def test_entry_futures_joined_on_the_cluster_give_the_local_report_and_recap(
    hostile: Path, agency: Path, cluster: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The client joins the hierarchy entries of every few chunks into one future on the cluster as the run
    goes (here every 2 chunks, so that a small folder joins many): the join gets fewer futures, and the
    report and the recap (whose entries come back from the joined futures) are the local ones."""
    reference = periksa(hostile, "--jobs", "1")
    _rekap(agency, tmp_path / "lokal", "--jobs", "1")
    monkeypatch.setattr(dask_runner, "ENTRY_CHUNKS_JOINED", 2)
    futures: list[int] = []
    join = dask_runner.distributed_findings

    def counted(client: Client, entries: list, *rest: object, **options: object):  # type: ignore[no-untyped-def]
        futures.append(len(entries))
        return join(client, entries, *rest, **options)

    monkeypatch.setattr(dask_runner, "distributed_findings", counted)
    assert periksa(hostile, "--dask", cluster) == reference
    files = len(json.loads(reference[1])["files"])
    chunks = -(-files // dask_runner.chunk_size(files, 2))
    assert chunks >= 4 and futures[0] < chunks  # about two chunks per future (a chunk that failed is split)
    _rekap(agency, tmp_path / "dask", "--dask", cluster)
    for name in ("rekap.html", "csv/hierarki.csv", "csv/pegawai.csv"):
        assert (tmp_path / "lokal" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


@pytest.mark.parametrize("send_bytes", [False, True], ids=["jalur-bersama", "kirim-isi"])
def test_hostile_files_give_the_local_report(hostile: Path, cluster: str, send_bytes: bool) -> None:
    reference = periksa(hostile, "--jobs", "1")
    files = json.loads(reference[1])["files"]
    assert len(files) == len(SUBMISSIONS) + len(HOSTILE)
    assert sum(f["status"] == "gagal-dibaca" for f in files) >= len(HOSTILE) - 3  # a few are readable
    options = ["--dask", cluster, *(["--dask-kirim-isi"] if send_bytes else [])]
    assert periksa(hostile, *options) == reference


def test_a_shared_cache_gives_the_same_report(agency: Path, cluster: str, tmp_path: Path) -> None:
    reference = periksa(agency, "--jobs", "1")
    cache = str(tmp_path / "cache")
    assert periksa(agency, "--dask", cluster, "--cache", cache) == reference
    assert len(list((tmp_path / "cache").rglob("*.json"))) == len(SUBMISSIONS)
    assert periksa(agency, "--dask", cluster, "--cache", cache) == reference


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a FIFO needs a POSIX system")
def test_sent_bytes_are_read_as_a_local_run_reads_them(agency: Path, cluster: str, tmp_path: Path) -> None:
    """With --dask-kirim-isi the client reads each file as the local run does: a FIFO named .xlsx is
    refused unopened (reading it whole would wait for ever) and a file over pembacaan.batas is refused
    before it is read into memory and sent; the report is the local one, and --cache works on sent bytes."""
    folder = tmp_path / "kiriman"
    shutil.copytree(agency, folder)
    os.mkfifo(folder / "antrean.xlsx")
    (folder / "besar.xlsx").write_bytes(b"PK\x03\x04" + bytes(300 * 1024))
    rules = tmp_path / "aturan.yaml"
    rules.write_text("pembacaan:\n  batas:\n    ukuran_berkas_mb: 0.2\n", encoding="utf-8")

    def periksa_run(*options: str) -> tuple[int, str]:  # its own process: a hang fails on the timeout
        command = [Path(sys.executable).parent / "skp", "periksa", ".", "--format", "json", "--aturan",
                   str(rules), *options]
        result = subprocess.run(command, cwd=folder, capture_output=True, timeout=300)
        return result.returncode, result.stdout.decode()

    reference = periksa_run("--jobs", "1")
    codes = {f["path"]: [x["code"] for x in f["findings"]] for f in json.loads(reference[1])["files"]}
    assert codes["antrean.xlsx"] == ["berkas-rusak"] and codes["besar.xlsx"] == ["berkas-terlalu-besar"]
    sent = ["--dask", cluster, "--dask-kirim-isi"]
    assert periksa_run(*sent) == reference
    cache = str(tmp_path / "cache")
    assert periksa_run(*sent, "--cache", cache) == reference
    assert len(list((tmp_path / "cache").rglob("*.json"))) == len(SUBMISSIONS)
    assert periksa_run(*sent, "--cache", cache) == reference


def test_the_progress_bar_counts_every_file_on_a_terminal(agency: Path, cluster: str, config: Config) -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    batch, _ = run_with_progress([agency], config, None, None, console=console, dask=DaskRun(cluster))
    assert len(batch.reports) == len(SUBMISSIONS)
    drawn = screen.getvalue()
    assert "Memeriksa SKP" in drawn and f"{len(SUBMISSIONS)}/{len(SUBMISSIONS)}" in drawn


def test_results_stream_back_one_per_file(agency: Path, cluster: str, config: Config) -> None:
    files = discover([agency])
    seen: list[str] = []
    batch = run_batch_dask(files, config, cluster, on_result=lambda r: seen.append(r.path))
    assert sorted(seen) == sorted(str(f) for f in files)
    assert [r.path for r in batch.reports] == [str(f) for f in files]
    assert len(batch.entries) == 0  # periksa leaves the entries on the cluster


def test_the_client_keeps_none_of_the_chunks_it_sent(
    agency: Path, cluster: str, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dask keeps the last messages a client sent to the scheduler for debugging (1,000 batches unless
    configured): here the run's chunks, pickled, with --dask-kirim-isi with the files' bytes. A run's
    client keeps none of them, so its memory does not grow with the files it has already sent."""
    kept: list[object] = []
    join = dask_runner.distributed_findings

    def before_join(client: Client, *rest: object, **options: object):  # type: ignore[no-untyped-def]
        kept.extend(client.scheduler_comm.recent_message_log)
        return join(client, *rest, **options)

    monkeypatch.setattr(dask_runner, "distributed_findings", before_join)
    batch = run_batch_dask(discover([agency]), config, cluster, send_bytes=True)
    assert len(batch.reports) == len(SUBMISSIONS) and kept == []


def test_the_join_across_many_partitions_equals_the_local_batch_checks(
    agency: Path, cluster: str, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One entry per partition: every NIP group is assembled from several workers' partitions."""
    from skp.run import dask_join
    from skp.run.batch import run_batch

    monkeypatch.setattr(dask_join, "ENTRIES_PER_PARTITION", 1)
    files = discover([agency])
    local = [r.model_dump() for r in run_batch(files, config, jobs=1).reports]
    batch = run_batch_dask(files, config, cluster, keep_entries=True)
    assert [r.model_dump() for r in batch.reports] == local
    assert [e.path for _, e in batch.entries.in_order()] == [str(f) for f in files if f.name != "rusak.xlsx"]


def test_partition_results_can_move_to_another_worker(agency: Path, config: Config) -> None:
    """What each ``map_partitions`` function of the join returns is pickled whenever the next task runs on
    another worker (work stealing, several machines): a generator there failed the run at 50,000 files."""
    from skp.run import dask_join
    from skp.run.batch import run_batch

    partition = list(run_batch(discover([agency]), config, jobs=1).entries.in_order())
    assert any(entry.splits for _, entry in partition)  # the test agency has a beban-target split
    for function in (dask_join._by_nip, dask_join._owners, dask_join._organisations):
        result = function(partition)
        assert isinstance(result, list) and result
        assert pickle.loads(pickle.dumps(result)) == result


def _said(folder: Path, address: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(main, ["periksa", ".", "--format", "json", "--dask", address])
    return result.exit_code, " ".join(result.output.split())


def test_an_unusable_address_stops_the_command_with_status_2(agency: Path) -> None:
    code, said = _said(agency, "bukan-alamat://x")
    assert code == 2
    assert "alamat Dask bukan-alamat://x tidak dikenal; tulis alamat penjadwal seperti tcp://" in said


def test_a_scheduler_that_does_not_answer_is_named_in_indonesian(
    agency: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dask says only "Timed out trying to connect" (after the connect timeout) when nothing listens there."""
    def no_answer(address: str, timeout: str) -> Client:
        raise OSError(f"Timed out trying to connect to {address} after {timeout}")

    monkeypatch.setattr(dask_runner, "Client", no_answer)
    code, said = _said(agency, "tcp://127.0.0.1:9")
    assert code == 2
    assert "penjadwal Dask tcp://127.0.0.1:9 tidak menjawab dalam 20 detik: periksa alamat" in said
    assert "Timed out" not in said


def test_workers_see_shared_storage_and_a_size_mismatch_is_not_seen(agency: Path, cluster: str) -> None:
    with Client(cluster) as client:
        assert workers_see(client, discover([agency]))
    path = agency / "kabag.xlsx"
    assert dask_runner._sees([(str(path), path.stat().st_size)])
    assert not dask_runner._sees([(str(path), path.stat().st_size + 1)])
    assert not dask_runner._sees([(str(agency / "tidak-ada.xlsx"), 1)])


class Saboteur(WorkerPlugin):
    """Makes a worker process die (``os._exit``, as a crash inside a native parser would) on a marked
    file: ``mati_selalu`` every time, ``mati_sekali`` only the first time in the whole cluster."""

    name = "penyabot"

    def __init__(self, flag: str) -> None:
        self.flag = flag

    def setup(self, worker: object) -> None:
        original = dask_runner.examine_one
        flag = self.flag

        def examine_one(path, display, config, cache, data=None):  # type: ignore[no-untyped-def]
            if "mati_selalu" in display:
                os._exit(70)
            if "mati_sekali" in display:
                try:
                    os.close(os.open(flag, os.O_CREAT | os.O_EXCL))
                except FileExistsError:
                    pass
                else:
                    os._exit(70)
            return original(path, display, config, cache, data)

        dask_runner.examine_one = examine_one


@pytest.mark.slow
def test_a_dying_worker_loses_no_file(hostile: Path, tmp_path: Path) -> None:
    """One file kills every worker that opens it, another kills the first; chunks hold several files."""
    folder = tmp_path / "kiriman"
    shutil.copytree(hostile, folder)
    shutil.copy(DATA / "bad_random_bytes.xlsx", folder / "mati_selalu.xlsx")
    shutil.copy(folder / "unit" / "staf_b.xlsx", folder / "unit" / "mati_sekali.xlsx")
    for i in range(30):  # enough files for chunks of several, so a killed chunk is split and retried
        shutil.copy(DATA / "bad_truncated.xlsx", folder / f"salinan_{i:02d}.xlsx")
    code, out = periksa(folder, "--jobs", "1")
    reference = {f["path"]: f for f in json.loads(out)["files"]}
    with _cluster() as local, Client(local) as client:
        client.register_plugin(Saboteur(str(tmp_path / "sudah-mati")))
        dask_code, dask_out = periksa_process(folder, local.scheduler_address)
    files = json.loads(dask_out)["files"]
    assert [f["path"] for f in files] == list(reference)  # every file once, in order
    assert (tmp_path / "sudah-mati").exists()
    killed = {f["path"]: f for f in files}.pop("mati_selalu.xlsx")
    assert killed["status"] == "gagal-dibaca"
    assert [x["code"] for x in killed["findings"]] == ["berkas-rusak"]
    assert DIED in killed["findings"][0]["message"]
    assert [f for f in files if f["path"] != "mati_selalu.xlsx"] == [
        f for p, f in reference.items() if p != "mati_selalu.xlsx"]
    assert dask_code == code


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def scheduler_and_workers(tmp_path: Path) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, stopped afterwards."""
    dask_cli = Path(sys.executable).parent / "dask"
    address = f"tcp://127.0.0.1:{_free_port()}"
    environment = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1",
                   "DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION": "1.0"}
    log = open(tmp_path / "dask.log", "wb")  # noqa: SIM115 (closed below)
    processes = [subprocess.Popen([dask_cli, "scheduler", "--host", "127.0.0.1", "--port",
                                   address.rsplit(":", 1)[1], "--no-dashboard",
                                   "--dashboard-address", "127.0.0.1:0"],
                                  stdout=log, stderr=log, env=environment, cwd=tmp_path)]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen(
                [dask_cli, "worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard",
                 "--nworkers", "1"], stdout=log, stderr=log, env=environment, cwd=tmp_path))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


@pytest.mark.slow
def test_cli_against_a_real_scheduler_and_two_workers(hostile: Path, scheduler_and_workers: str) -> None:
    assert periksa_process(hostile, scheduler_and_workers) == periksa(hostile, "--jobs", "1")
