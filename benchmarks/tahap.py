"""Where one worker's time per workbook goes, stage by stage, and the throughput that bounds.

Usage: ``python benchmarks/tahap.py [N] [--ulang R]`` (defaults 5000 and 7). Takes every tenth workbook of
the corpus :mod:`kumpulan_data` generates for N (at most 500) and times, in this one process, each stage of
``skp periksa`` over all of them, ``R`` rounds; a stage's figure is the median round divided by the number
of workbooks:

- read the file (``read_submission``), the full safety checks (``check_submission``: zip, XML prologs,
  cell extents) and the light ones the isolated workers run (central directory and the start of each
  part), python-calamine (``load_grid`` minus reading and the full checks), the reader
  (``read_document``), the document checks (``run_document_checks``), and ``examine`` as a whole
  (scoring and the hierarchy entry included);
- ``examine`` as a worker process of ``skp periksa`` runs it (:mod:`skp.run.isolation`): light safety
  checks, everything alive at start frozen out of the garbage collector, automatic collection off and
  one collection every ``COLLECT_EVERY`` workbooks; against ``examine`` as before (full checks, automatic
  collection), in the same run;
- the bound this puts on ``skp periksa``: cores / (time per workbook), before start-up and the main
  process's own share.

"selebihnya" is ``examine`` minus the stages: the report, scoring and hierarchy entry, and what running
the stages one after another per workbook costs over running each in a loop of its own (colder caches,
more garbage to collect).

Unreadable and non-SKP workbooks of the corpus are left out: they stop after the safety checks.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kumpulan_data import ROOT, generate  # noqa: E402

from skp.checks.registry import run_document_checks  # noqa: E402
from skp.config import Config  # noqa: E402
from skp.models import SkpDocument  # noqa: E402
from skp.reading.grid import WorkbookGrid  # noqa: E402
from skp.reading.load import load_grid  # noqa: E402
from skp.reading.reader import read_document
from skp.reading.safety import check_submission, read_submission, reading_limits  # noqa: E402
from skp.reading.session import ReadingSession, new_session  # noqa: E402
from skp.run.discovery import discover  # noqa: E402
from skp.run.isolation import COLLECT_EVERY  # noqa: E402
from skp.run.worker import examine  # noqa: E402

SAMPLE_MAX = 500


def per_workbook_ms(stage: Callable[[int], object], count: int, rounds: int) -> float:
    """Median over ``rounds`` of one pass of ``stage`` over every workbook, per workbook."""
    for i in range(count):  # warm caches as a worker's first files do
        stage(i)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for i in range(count):
            stage(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times) / count * 1000


def as_in_a_worker(stage: Callable[[int], object]) -> Callable[[int], object]:
    """``stage`` with the garbage collector as a worker process runs it (see :mod:`skp.run.isolation`)."""
    done = 0

    def run(i: int) -> object:
        nonlocal done
        result = stage(i)
        done += 1
        if done % COLLECT_EVERY == 0:
            gc.collect()
        return result

    return run


def paired(
    before: Callable[[int], object], after: Callable[[int], object], count: int, rounds: int
) -> tuple[float, float, float]:
    """``before`` (automatic garbage collection) and ``after`` (as in a worker) in alternate passes, so
    that a busy moment of a shared machine weighs on both: their medians per workbook and the median of
    the per-round ratios."""
    times: list[tuple[float, float]] = []
    for _ in range(rounds + 1):  # the first round warms caches and is dropped
        start = time.perf_counter()
        for i in range(count):
            before(i)
        middle = time.perf_counter()
        gc.collect()
        gc.freeze()
        gc.disable()
        try:
            for i in range(count):
                after(i)
        finally:
            gc.enable()
            gc.unfreeze()
        times.append((middle - start, time.perf_counter() - middle))
    times = times[1:]
    return (statistics.median(b for b, _ in times) / count * 1000,
            statistics.median(a for _, a in times) / count * 1000,
            statistics.median(b / a for b, a in times))


def sample(n: int) -> list[Path]:
    files = discover([generate(n, ROOT / "benchmarks" / "out")])
    return files[:: max(1, len(files) // SAMPLE_MAX)][:SAMPLE_MAX]


def readable(
    files: Sequence[Path], config: Config, session: ReadingSession
) -> list[tuple[Path, WorkbookGrid, SkpDocument]]:
    """The workbooks every stage can run on (an SKP that loads and reads), with their grid and document."""
    kept = []
    for path in files:
        try:
            grid = load_grid(path, config)
            document = read_document(grid, config, session)
        except Exception:  # a defect sample: rejected before the stages measured here
            continue
        kept.append((path, grid, document))
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=5000)
    parser.add_argument("--ulang", type=int, default=7, help="jumlah putaran (bawaan 7)")
    args = parser.parse_args()
    config = Config()
    session = new_session(config)  # one per worker, as skp periksa's workers keep theirs (WorkerSetup)
    limits = reading_limits(config)
    files, grids, documents = zip(*readable(sample(args.n), config, session), strict=True)
    data = [read_submission(f, limits) for f in files]
    count, rounds = len(files), args.ulang

    def measure(stage: Callable[[int], object]) -> float:
        return per_workbook_ms(stage, count, rounds)

    stages = {
        "membaca berkas": measure(lambda i: read_submission(files[i], limits)),
        "pemeriksaan keamanan": measure(lambda i: check_submission(data[i], limits)),
        "keamanan ringan": measure(lambda i: check_submission(data[i], limits, light=True)),
        "python-calamine": 0.0,
        "membaca tata letak": measure(lambda i: read_document(grids[i], config, session)),
        "pemeriksaan dokumen": measure(lambda i: run_document_checks(documents[i], config)),
    }
    loading = measure(lambda i: load_grid(files[i], config))
    stages["python-calamine"] = max(0.0, loading - stages["membaca berkas"] - stages["pemeriksaan keamanan"])
    whole, worker, speedup = paired(
        lambda i: examine(files[i], str(files[i]), config, session=session),
        as_in_a_worker(lambda i: examine(files[i], str(files[i]), config, light=True, session=session)),
        count, rounds,
    )
    cores = os.cpu_count() or 1
    print(f"{count} buku kerja dari kumpulan {args.n}, median {rounds} putaran, ms per buku kerja:")
    for name, ms in stages.items():
        if name != "keamanan ringan":
            print(f"  {name:<22} {ms:6.2f}  ({ms / whole:4.0%})")
    print(f"  {'selebihnya':<22} {whole - sum(v for k, v in stages.items() if k != 'keamanan ringan'):6.2f}")
    print(f"  {'examine seluruhnya':<22} {whole:6.2f}")
    print(f"  {'keamanan ringan':<22} {stages['keamanan ringan']:6.2f}  (di proses pemeriksa, sebagai ganti "
          "pemeriksaan keamanan)")
    print(f"  {'examine di pemeriksa':<22} {worker:6.2f}  (keamanan ringan, tanpa GC otomatis): "
          f"{speedup:.2f}x (median rasio per putaran)")
    print(f"batas atas skp periksa di {cores} inti: {cores * 1000 / worker:.0f} buku kerja/detik "
          "(tanpa waktu mulai dan kerja proses utama)")


if __name__ == "__main__":
    main()
