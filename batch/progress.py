"""The batch run as the ``periksa`` and ``rekap`` commands show it: a progress bar and an end summary.

Everything here goes to standard error, so ``skp periksa --format json > laporan.json`` stays pure JSON.
The bar is drawn only on a terminal and refreshed by hand (no rich refresh thread), because the worker
pool forks after it appears and a fork should not copy a thread that may hold the console lock.
"""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from skp.config import Config
from skp.errors import ConfigurationError
from skp.findings import summarize
from skp.run.batch import Batch, run_batch
from skp.run.cache import ResultCache
from skp.run.discovery import discover, file_identity
from skp.run.result import FileResult

REFRESH_SECONDS = 0.1


class CannotRun(click.ClickException):
    """The command itself could not run (bad rules, unwritable output): SPEC §8 exit status 2."""

    exit_code = 2


def stderr_console() -> Console:
    return Console(stderr=True)


@contextmanager
def working(message: str, console: Console | None = None) -> Iterator[None]:
    """A spinner with ``message`` on a terminal while a long step without progress runs (writing a
    recap of thousands of rows takes seconds); nothing in pipes and logs."""
    console = console or stderr_console()
    if not console.is_terminal:
        yield
        return
    with console.status(message):
        yield


def _bar(console: Console) -> Progress:
    return Progress(
        TextColumn("Memeriksa SKP"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[laju]}"),
        TimeElapsedColumn(), console=console, auto_refresh=False, transient=True,
    )


def load_config(aturan: Path | None) -> Config:
    try:
        return Config.from_file(aturan)
    except ConfigurationError as exc:
        raise CannotRun(str(exc)) from exc


def _is_recap(path: Path) -> bool:
    """Whether ``path`` is a recap skp wrote earlier (its first sheet is Ringkasan), safe to replace."""
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    first = re.search(r"<(?:\w+:)?sheet\b[^>]*\bname=\"([^\"]*)\"", workbook)
    return first is not None and first.group(1) == "Ringkasan"


def _inputs(paths: Sequence[Path], outputs: Sequence[Path]) -> list[Path]:
    """The discovered workbooks minus the command's own outputs.

    An output that would overwrite a submission (named as an input, or found in a folder and not an
    earlier recap) stops the command: inputs are never modified.
    """
    targets = {file_identity(p): p for p in outputs}
    named = {file_identity(p) for p in paths}
    files = []
    for found in discover(paths):
        identity = file_identity(found)
        target = targets.get(identity)
        if target is None:
            files.append(found)
        elif identity in named or not _is_recap(found):
            raise CannotRun(f"{target} adalah berkas kiriman yang sedang diperiksa dan tidak boleh ditimpa; "
                            "pilih nama berkas keluaran lain.")
    return files


@dataclass(frozen=True)
class DaskRun:
    """``--dask ALAMAT`` (``lokal`` for a LocalCluster here), ``--dask-kirim-isi`` (None: detect)."""

    address: str
    send_bytes: bool | None = None
    keep_entries: bool = True  # the recap needs them back; periksa leaves them on the cluster


def _run(files: list[Path], config: Config, jobs: int | None, cache: ResultCache | None,
         dask: DaskRun | None, on_result: Callable[[FileResult], None] | None = None) -> Batch:
    if dask is None:
        return run_batch(files, config, jobs, cache, on_result=on_result)
    try:  # only when asked: importing dask costs a second
        from skp.run.dask_runner import run_batch_dask
    except ImportError as exc:
        raise CannotRun(f"--dask memerlukan paket dask[distributed] ({exc.name} tidak terpasang): "
                        "pip install 'skp[skala]'") from exc
    return run_batch_dask(files, config, dask.address, cache, on_result, dask.send_bytes, dask.keep_entries)


def run_with_progress(
    paths: Sequence[Path], config: Config, jobs: int | None, cache_dir: Path | None,
    exclude: Sequence[Path] = (), console: Console | None = None, dask: DaskRun | None = None,
) -> tuple[Batch, float]:
    """Discover, examine and batch-check ``paths``; returns the batch and the seconds it took.

    ``exclude`` keeps the command's own outputs (a recap written into the folder being recapped)
    out of the inputs, and guards the submissions against being overwritten by them. ``dask`` runs
    the batch on a Dask cluster instead of the local pool.
    """
    console = console or stderr_console()
    files = _inputs(paths, exclude)
    cache = ResultCache(cache_dir, config) if cache_dir is not None else None
    start = time.perf_counter()
    try:
        if not console.is_terminal:
            return _run(files, config, jobs, cache, dask), time.perf_counter() - start
        with _bar(console) as progress:
            task = progress.add_task("periksa", total=len(files), laju="")
            last = 0.0

            def advance(_: FileResult) -> None:
                nonlocal last
                progress.advance(task)
                now = time.perf_counter()
                if now - last >= REFRESH_SECONDS:
                    done = progress.tasks[0].completed
                    progress.update(task, laju=f"{done / max(now - start, 1e-9):.0f} berkas/detik")
                    progress.refresh()
                    last = now

            batch = _run(files, config, jobs, cache, dask, on_result=advance)
        return batch, time.perf_counter() - start
    except ConfigurationError as exc:
        raise CannotRun(str(exc)) from exc


def print_summary(batch: Batch, seconds: float, console: Console | None = None) -> None:
    """The end-of-run table on a terminal: files per status, speed, cache use and the most frequent codes.

    Pipes and log files get only the report itself, so scripts never have to strip a table.
    """
    console = console or stderr_console()
    if not console.is_terminal:
        return
    counts = summarize(batch.reports)
    table = Table(title="Ringkasan pemeriksaan", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    total = len(batch.reports)
    table.add_row("Berkas", str(total))
    table.add_row("Lulus", str(counts["lulus"]))
    table.add_row("Perlu perbaikan", str(counts["perlu-perbaikan"]))
    table.add_row("Gagal dibaca", str(counts["gagal-dibaca"]))
    table.add_row("Dibaca ulang / dari cache", f"{len(batch.read)} / {total - len(batch.read)}")
    table.add_row("Waktu", f"{seconds:.1f} detik ({total / max(seconds, 1e-9):.0f} berkas/detik)")
    for code, count in sorted(counts["findings"].items(), key=lambda item: (-item[1], item[0]))[:5]:
        table.add_row(f"  {code}", str(count))
    console.print(table)
