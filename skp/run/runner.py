"""Examining many workbooks on all cores, streaming results in discovery order.

Files go to a process pool in chunks (one round trip per chunk, not per file) and come back as compact
:class:`~skp.run.result.FileResult` objects, in the order they were discovered whatever ``jobs`` is, so a
report never depends on scheduling. A worker that dies (a crash inside a native parser, the kernel's
out-of-memory killer) breaks the pool; the files not yet answered are then retried one per task, and the
one file that brings a fresh pool down again is reported as ``berkas-rusak``. Every input appears in the
output exactly once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from skp.config import Config
from skp.run.cache import ResultCache
from skp.run.discovery import display_name
from skp.run.result import FileResult
from skp.run.worker import crashed, examine

Task = tuple[str, str]  # (path to open, path to show in the report)
MAX_CHUNK = 32
DIED = "proses pemeriksa berhenti mendadak saat membaca berkas ini"

_worker_state: tuple[Config, ResultCache | None] | None = None


def _init_worker(config: Config, cache: ResultCache | None) -> None:
    global _worker_state
    _worker_state = (config, cache)


def _examine_chunk(chunk: list[Task]) -> list[FileResult]:
    assert _worker_state is not None, "worker not initialised"
    config, cache = _worker_state
    return [examine(Path(path), display, config, cache) for path, display in chunk]


def _pool(jobs: int, config: Config, cache: ResultCache | None) -> ProcessPoolExecutor:
    # fork starts workers in milliseconds with the code already imported; spawn where fork is missing
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(config, cache))


def default_jobs() -> int:
    return os.cpu_count() or 1


def chunk_size(files: int, jobs: int) -> int:
    """Large enough to amortise inter-process traffic, small enough to keep every core busy to the end."""
    return max(1, min(MAX_CHUNK, files // (jobs * 8)))


def iter_results(
    files: Sequence[Path], config: Config, jobs: int | None = None, cache: ResultCache | None = None
) -> Iterator[FileResult]:
    """One result per file, in the order of ``files``."""
    tasks = [(str(f), display_name(f)) for f in files]
    jobs = max(1, jobs or default_jobs())
    if jobs == 1 or len(tasks) <= 1:
        for path, display in tasks:
            yield examine(Path(path), display, config, cache)
        return
    size = chunk_size(len(tasks), jobs)
    chunks = [tasks[i:i + size] for i in range(0, len(tasks), size)]
    unanswered = yield from _run_chunks(chunks, jobs, config, cache)
    while unanswered:
        unanswered = yield from _isolate(unanswered, jobs, config, cache)


def _in_order(futures: deque[Future[list[FileResult]]]) -> Iterator[list[FileResult]]:
    """Each chunk's results, in submission order; a future is let go once consumed, because a finished
    future keeps its results alive and a national batch would otherwise hold every report at once."""
    while futures:
        yield futures.popleft().result()


def _run_chunks(
    chunks: list[list[Task]], jobs: int, config: Config, cache: ResultCache | None
) -> Generator[FileResult, None, list[Task]]:
    """Run every chunk; on a broken pool, return the tasks whose results were not yielded."""
    pool = _pool(jobs, config, cache)
    answered = 0
    try:
        futures = deque(pool.submit(_examine_chunk, chunk) for chunk in chunks)
        for results in _in_order(futures):
            yield from results
            answered += 1
    except BrokenProcessPool:
        return [task for chunk in chunks[answered:] for task in chunk]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return []


def _isolate(
    tasks: list[Task], jobs: int, config: Config, cache: ResultCache | None
) -> Generator[FileResult, None, list[Task]]:
    """One file per task; the first file left unanswered by a broken pool is retried alone to blame it."""
    outcome = yield from _run_chunks([[task] for task in tasks], jobs, config, cache)
    if not outcome:
        return []
    suspect, rest = outcome[0], outcome[1:]
    alone = yield from _run_chunks([[suspect]], 1, config, cache)
    if alone:
        yield crashed(suspect[1], DIED)
    return rest
