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


def _rss() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _write_report(reports, out: Path) -> str:  # type: ignore[no-untyped-def]
    from batch.render import render_json

    with open(out, "w", encoding="utf-8") as handle:
        for chunk in render_json(reports):
            handle.write(chunk)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def measure_local(folder: Path, out: Path) -> dict:
    """``skp periksa FOLDER --format json -o OUT --jobs 2`` in this process, as a user runs it."""
    from batch.cli import main as skp
    from skp.run.discovery import discover

    files = discover([folder])
    start = time.perf_counter()
    try:
        skp(["periksa", str(folder), "--format", "json", "-o", str(out), "--jobs", "2"])
    except SystemExit as exit:  # click ends the command; 1 only says some file has an error finding
        if exit.code not in (0, 1):
            raise
    seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MB
    return {"files": len(files), "seconds": seconds, "main_mb": _peak_self(), "worker_mb": [children],
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}


def measure_dask(folder: Path, out: Path, address: str) -> dict:
    from distributed import Client

    from skp.config import Config
    from skp.hierarchy.links import rules_of
    from skp.run import dask_join, dask_runner
    from skp.run.batch import ReportStore
    from skp.run.discovery import discover

    config = Config()
    files = discover([folder])
    reports = ReportStore()
    with Client(address) as client:
        start = time.perf_counter()
        stream = dask_runner._start(client, files, config, None, None)
        for result in stream.results(None):
            reports.append(result.report)
        examined = time.perf_counter() - start
        count = sum(client.gather(client.map(len, stream.entries, pure=False)))
        before = client.run(_rss)
        during = {worker: [] for worker in before}
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                for worker, rss in client.run(_rss).items():
                    during.setdefault(worker, []).append(rss)
                stop.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        joined = time.perf_counter()
        assert count >= rules_of(config).minimal_kiriman
        reports.add_findings(dask_join.distributed_findings(client, stream.entries, stream.config, count))
        join_seconds = time.perf_counter() - joined
        stop.set()
        sampler.join()
        seconds = time.perf_counter() - start
        workers = sorted(client.run(_peak_self).values())
        scheduler = client.run_on_scheduler(_peak_self)
        join_growth = max(max(during[w] or [before[w]]) - before[w] for w in before)
        join_peak = max(max(during[w] or [before[w]]) for w in before)
        del stream
    digest = _write_report(reports, out)
    return {"files": len(files), "seconds": seconds, "examine_seconds": examined,
            "join_seconds": join_seconds, "entries": count, "main_mb": _peak_self(), "worker_mb": workers,
            "scheduler_mb": scheduler,
            "join_worker_growth_mb": join_growth, "join_worker_peak_mb": join_peak, "sha256": digest}


def serve_cluster() -> None:
    """A LocalCluster of two workers with skp's scheduler settings, until standard input closes."""
    import dask
    from distributed import LocalCluster

    from skp.run.dask_runner import SCHEDULER_SETTINGS

    with dask.config.set(SCHEDULER_SETTINGS), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,
    ) as cluster:
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()


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
    else:
        arguments = sys.argv[1:]
        base = None
        if "--salin-dari" in arguments:
            at = arguments.index("--salin-dari")
            base = int(arguments[at + 1])
            del arguments[at:at + 2]
        main([int(a) for a in arguments] or [5000, 50000], base)
