"""Examining many workbooks on all cores, streaming results in discovery order.

Files go to worker processes in chunks (one round trip per chunk, not per file) and come back packed by
the worker (:class:`~skp.run.result.PackedResult`: the report's stored form and the pickled hierarchy
entry, which the main process writes to disk as they are), in the order they were discovered whatever
``jobs`` is, so a report never depends on scheduling. No workbook is parsed in the main process, not
even with ``jobs=1`` or for a single file: a parser abort, an exhausted memory cap or an overrun time
limit costs the worker and that file, never the run (:mod:`skp.run.isolation`). Workers use the light
safety scan, the file that brought one down is retried once with the full scan (which names most hostile
files exactly) and, if it brings that one down too, is reported as ``berkas-rusak`` with the reason.
Every input appears in the output exactly once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import overload

from skp.config import Config
from skp.findings import FileReport
from skp.reading.safety import reading_limits
from skp.run.cache import ResultCache
from skp.run.discovery import PathList, display_name
from skp.run.isolation import Budget, Crash, isolated_map
from skp.run.result import PackedResult, pack
from skp.run.worker import WorkerSetup, crashed, examine, score
from skp.scoring import DocumentScore

Task = tuple[str, str]  # (path to open, path to show in the report)
MAX_CHUNK = 32


def default_jobs() -> int:
    return os.cpu_count() or 1


def chunk_size(files: int, jobs: int) -> int:
    """Large enough to amortise inter-process traffic, small enough to keep every core busy to the end."""
    return max(1, min(MAX_CHUNK, files // (jobs * 8)))


def budget(config: Config) -> Budget:
    """Each file's time and memory in a worker, from ``pembacaan.batas``."""
    limits = reading_limits(config)
    return Budget(seconds=limits.waktu_per_berkas_detik, memory_mb=limits.memori_pemeriksa_mb)


def _examine_task(setup: WorkerSetup, task: Task, retry: bool) -> PackedResult:
    path, display = task
    return pack(examine(Path(path), display, setup.config, setup.cache, light=not retry,
                        session=setup.session))


def _score_task(setup: WorkerSetup, task: Task, retry: bool) -> tuple[FileReport, DocumentScore | None]:
    path, display = task
    return score(Path(path), display, setup.config, light=not retry, session=setup.session)


class _Tasks(Sequence[Task]):
    """The task of each file, made when it is handed out rather than held for every file of the run
    (two more strings per file in the main process, for the whole run)."""

    def __init__(self, files: Sequence[Path]) -> None:
        self._files = files
        # a discovered list gives the path text without making a Path of it first
        self._text = files.text if isinstance(files, PathList) else lambda index: str(files[index])

    def __len__(self) -> int:
        return len(self._files)

    @overload
    def __getitem__(self, index: int) -> Task: ...
    @overload
    def __getitem__(self, index: slice) -> list[Task]: ...
    def __getitem__(self, index: int | slice) -> Task | list[Task]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        path = self._text(index)
        return path, display_name(path)


def iter_results(
    files: Sequence[Path], config: Config, jobs: int | None = None, cache: ResultCache | None = None
) -> Iterator[PackedResult]:
    """One result per file, in the order of ``files``."""
    tasks = _Tasks(files)
    jobs = max(1, jobs or default_jobs())
    answers = isolated_map(_examine_task, WorkerSetup(config, cache), tasks, jobs, budget(config),
                           chunk_size(len(tasks), jobs))
    for position, answer in enumerate(answers):
        yield pack(crashed(tasks[position][1], answer.reason)) if isinstance(answer, Crash) else answer


def iter_scores(
    files: Sequence[Path], config: Config, jobs: int = 1
) -> Iterator[tuple[FileReport, DocumentScore | None]]:
    """``skp nilai``: (report, scores) per file in the order of ``files``, each read in a worker process
    like :func:`iter_results`; the scores are None for a file that could not be read."""
    tasks = _Tasks(files)
    answers = isolated_map(_score_task, WorkerSetup(config), tasks, jobs, budget(config))
    for position, answer in enumerate(answers):
        if isinstance(answer, Crash):
            yield crashed(tasks[position][1], answer.reason).report, None
        else:
            yield answer
