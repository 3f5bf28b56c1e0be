"""Where one worker's time per workbook goes, stage by stage, and the throughput that bounds.

Usage: ``python benchmarks/tahap.py [N] [--ulang R]`` (defaults 5000 and 7). Takes every tenth workbook of
the corpus :mod:`kumpulan_data` generates for N (at most 500) and times, in this one process, each stage of
``skp periksa`` over all of them, ``R`` rounds; a stage's figure is the median round divided by the number
of workbooks. Every pass reads with a fresh session, as a worker meets each file once (the session keeps
the indexes of sheets that repeat from workbook to workbook, so a second pass over the same workbooks would
measure something no run does):

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
from collections.abc import Callable, Iterator, Sequence
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


Stage = Callable[[int, ReadingSession], object]


def per_workbook_ms(stage: Stage, count: int, rounds: int, config: Config) -> float:
    """Median over ``rounds`` of one pass of ``stage`` over every workbook, per workbook.

    Each pass reads with a session of its own, as a worker meets each file of a run once: a session that
    had met the same workbooks before would find every sheet of them already read."""
    for i, session in _in_one_pass(count, config):  # warm caches as a worker's first files do
        stage(i, session)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for i, session in _in_one_pass(count, config):
            stage(i, session)
        times.append(time.perf_counter() - start)
    return statistics.median(times) / count * 1000


def _in_one_pass(count: int, config: Config) -> Iterator[tuple[int, ReadingSession]]:
    session = new_session(config)  # one per worker, as skp periksa's workers keep theirs (WorkerSetup)
    return ((i, session) for i in range(count))


def as_in_a_worker(stage: Stage) -> Stage:
    """``stage`` with the garbage collector as a worker process runs it (see :mod:`skp.run.isolation`)."""
    done = 0

    def run(i: int, session: ReadingSession) -> object:
        nonlocal done
        result = stage(i, session)
        done += 1
        if done % COLLECT_EVERY == 0:
            gc.collect()
        return result

    return run


def paired(
    before: Stage, after: Stage, count: int, rounds: int, config: Config
) -> tuple[float, float, float]:
    """``before`` (automatic garbage collection) and ``after`` (as in a worker) in alternate passes, so
    that a busy moment of a shared machine weighs on both: their medians per workbook and the median of
    the per-round ratios."""
    times: list[tuple[float, float]] = []
    for _ in range(rounds + 1):  # the first round warms caches and is dropped
        start = time.perf_counter()
        for i, session in _in_one_pass(count, config):
            before(i, session)
        middle = time.perf_counter()
        gc.collect()
        gc.freeze()
        gc.disable()
        try:
            for i, session in _in_one_pass(count, config):
                after(i, session)
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
    limits = reading_limits(config)
    files, grids, documents = zip(*readable(sample(args.n), config, new_session(config)), strict=True)
    data = [read_submission(f, limits) for f in files]
    count, rounds = len(files), args.ulang

    def measure(stage: Stage) -> float:
        return per_workbook_ms(stage, count, rounds, config)

    stages = {
        "membaca berkas": measure(lambda i, _: read_submission(files[i], limits)),
        "pemeriksaan keamanan": measure(lambda i, _: check_submission(data[i], limits)),
        "keamanan ringan": measure(lambda i, _: check_submission(data[i], limits, light=True)),
        "python-calamine": 0.0,
        "membaca tata letak": measure(lambda i, session: read_document(grids[i], config, session)),
        "pemeriksaan dokumen": measure(lambda i, _: run_document_checks(documents[i], config)),
    }
    loading = measure(lambda i, _: load_grid(files[i], config))
    stages["python-calamine"] = max(0.0, loading - stages["membaca berkas"] - stages["pemeriksaan keamanan"])
    whole, worker, speedup = paired(
        lambda i, session: examine(files[i], str(files[i]), config, session=session),
        as_in_a_worker(
            lambda i, session: examine(files[i], str(files[i]), config, light=True, session=session)
        ),
        count, rounds, config,
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
