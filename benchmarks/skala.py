"""Local pool against a Dask LocalCluster (two workers) on N generated submissions, in one run.

    python benchmarks/skala.py 5000 50000
    python benchmarks/skala.py 5000 20000 --salin-dari 5000

For each N (files from benchmarks/kumpulan_data.py) every measurement runs in a fresh process so peak
memory is per run: ``skp periksa FOLDER --format json -o … --jobs 2`` in the measuring process (the local
pool), then the Dask run against a LocalCluster started in a separate process, so the client's peak (the
"main process" of ``skp periksa --dask``) is measured apart from the scheduler's and the workers'.
Printed per run: files/s, peak RSS of the main process, of the workers and of the scheduler, and for Dask
the hierarchy join's time and its workers' memory (sampled during the join, above what the workers held
before it). Both runs write the JSON report; the SHA-256 of the two must be equal, or the benchmark fails.

``--salin-dari B`` builds every N above B from N/B copies of the generated B-file set (one sub-folder per
copy) instead of generating N files: generating takes about as long as checking, too long for 50,000 on a
shared machine. Every NIP then appears N/B times, so each NIP group of the join is N/B times larger and
every submission gets an ``skp-ganda`` finding: a harder join, not an easier one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

MB = 1024  # ru_maxrss is in KiB on Linux


def _peak_self() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MB


def _periksa(*arguments: str) -> None:
    """``skp periksa …`` in this process, as a user runs it (click ends the command with its status)."""
    from batch.cli import main as skp

    try:
        skp(["periksa", *arguments])
    except SystemExit as exit:  # 1 only says that some file has an error finding
        if exit.code not in (0, 1):
            raise


def _files_in(report: Path) -> int:
    """How many files the JSON report lists, counted after the peak is taken (a list of paths held by the
    benchmark during the run would count in the main process's peak)."""
    files: int = json.loads(report.read_text(encoding="utf-8"))["summary"]["files"]
    return files


def measure_local(folder: Path, out: Path) -> dict:
    """``skp periksa FOLDER --format json -o OUT --jobs 2``."""
    start = time.perf_counter()
    _periksa(str(folder), "--format", "json", "-o", str(out), "--jobs", "2")
    seconds, peak = time.perf_counter() - start, _peak_self()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MB
    return {"files": _files_in(out), "seconds": seconds, "main_mb": peak, "worker_mb": [children],
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}


def measure_dask(folder: Path, out: Path, address: str) -> dict:
    """``skp periksa FOLDER --dask ADDRESS --format json -o OUT``; the join's start and end are taken from
    the one call that runs it, the cluster's memory by the cluster's own process (:func:`serve_cluster`),
    so nothing here adds to the main process's peak."""
    from skp.run import dask_runner

    join: dict[str, float] = {}
    distributed_findings = dask_runner.distributed_findings

    def timed(*arguments, **options):  # type: ignore[no-untyped-def]
        join["start"] = time.time()
        try:
            return distributed_findings(*arguments, **options)
        finally:
            join["end"] = time.time()

    dask_runner.distributed_findings = timed
    start = time.perf_counter()
    _periksa(str(folder), "--dask", address, "--format", "json", "-o", str(out))
    seconds, peak = time.perf_counter() - start, _peak_self()
    return {"files": _files_in(out), "seconds": seconds, "join_start": join["start"], "join_end": join["end"],
            "main_mb": peak, "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}


def _worker_peak() -> float:
    return _peak_self()


def serve_cluster() -> None:
    """A LocalCluster of two workers with skp's scheduler settings, until standard input closes; then the
    peak memory of the workers and of this process (the scheduler's) and the workers' memory sampled every
    0.2 s, as JSON."""
    import dask
    import psutil
    from distributed import Client, LocalCluster

    from skp.run.dask_runner import SCHEDULER_SETTINGS

    with dask.config.set(SCHEDULER_SETTINGS), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,
    ) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        workers = [psutil.Process(pid) for pid in client.run(os.getpid).values()]
        samples: list[tuple[float, list[float]]] = []
        closed = threading.Event()

        def sample() -> None:
            while not closed.wait(0.2):
                samples.append((time.time(), [w.memory_info().rss / 2**20 for w in workers]))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()
        closed.set()
        sampler.join()
        peaks = sorted(client.run(_worker_peak).values())
        print(json.dumps({"worker_mb": peaks, "scheduler_mb": _peak_self(), "samples": samples}), flush=True)


def _join_memory(samples: list[tuple[float, list[float]]], start: float, end: float) -> tuple[float, float]:
    """(largest growth of one worker during the join above what it held just before, highest worker)."""
    before = [rss for t, rss in samples if t <= start][-1:] or [samples[0][1]]
    during = [rss for t, rss in samples if start <= t <= end] or before
    growth = max(max(s[w] for s in during) - before[0][w] for w in range(len(before[0])))
    return growth, max(max(s) for s in during)


def _child(*arguments: str) -> dict:
    result = subprocess.run([sys.executable, __file__, *arguments], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _folder(n: int, base: int | None, out: Path) -> Path:
    from kumpulan_data import generate

    if base is None or n <= base:
        return generate(n, out)
    source = generate(base, out)
    folder = out / f"kumpulan_{n}_salinan_{base}"
    marker = folder / ".selesai"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        for copy in range(n // base):
            shutil.copytree(source, folder / f"salinan_{copy}")
        marker.write_text(str(base))
    return folder


def main(sizes: list[int], base: int | None) -> None:
    from bytecode import compile_installed

    compile_installed()  # as an installation has it: no worker compiles skp from source
    out = ROOT / "benchmarks" / "out"
    rows = []
    for n in sizes:
        folder = _folder(n, base, out)
        local = _child("--ukur", "lokal", str(folder), str(out / f"skala_lokal_{n}.json"))
        with subprocess.Popen([sys.executable, __file__, "--klaster"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) as cluster:
            assert cluster.stdout is not None and cluster.stdin is not None
            address = cluster.stdout.readline().strip()
            remote = _child("--ukur", "dask", str(folder), str(out / f"skala_dask_{n}.json"), address)
            cluster.stdin.close()
            served = json.loads(cluster.stdout.read().strip().splitlines()[-1])
        growth, peak = _join_memory(served.pop("samples"), remote["join_start"], remote["join_end"])
        remote.update(served, join_seconds=remote["join_end"] - remote["join_start"],
                      join_worker_growth_mb=growth, join_worker_peak_mb=peak)
        if local["sha256"] != remote["sha256"]:
            raise SystemExit(f"N={n}: laporan JSON Dask berbeda dari laporan lokal")
        rows.append((n, local, remote))
        print(json.dumps({"n": n, "lokal": local, "dask": remote}), flush=True)
    print("\n| N | cara | berkas/detik | memori puncak proses utama | per pekerja | penjadwal "
          "| gabungan NIP |")
    print("|---|---|---|---|---|---|---|")
    for n, local, remote in rows:
        print(f"| {n:,} | pool lokal (2 proses) | {local['files'] / local['seconds']:.0f} | "
              f"{local['main_mb']:.0f} MB | {local['worker_mb'][0]:.0f} MB | – | – |")
        print(f"| {n:,} | LocalCluster (2 pekerja) | {remote['files'] / remote['seconds']:.0f} | "
              f"{remote['main_mb']:.0f} MB | {' / '.join(f'{w:.0f}' for w in remote['worker_mb'])} MB | "
              f"{remote['scheduler_mb']:.0f} MB | {remote['join_seconds']:.1f} s, "
              f"+{remote['join_worker_growth_mb']:.0f} MB (puncak {remote['join_worker_peak_mb']:.0f} MB) |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--klaster"]:
        serve_cluster()
    elif sys.argv[1:2] == ["--ukur"]:
        mode, folder, report = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
        measured = measure_local(folder, report) if mode == "lokal" else measure_dask(folder, report,
                                                                                       sys.argv[5])
        print(json.dumps(measured))
    elif {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
    else:
        arguments = sys.argv[1:]
        base = None
        if "--salin-dari" in arguments:
            at = arguments.index("--salin-dari")
            base = int(arguments[at + 1])
            del arguments[at:at + 2]
        main([int(a) for a in arguments] or [5000, 50000], base)
