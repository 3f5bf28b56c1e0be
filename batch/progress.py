"""The batch run as the ``periksa`` and ``rekap`` commands show it: a progress bar and an end summary.

Everything here goes to standard error, so ``skp periksa --format json > laporan.json`` stays pure JSON.
The bar is drawn only on a terminal and refreshed by hand (no rich refresh thread), because the worker
pool forks after it appears and a fork should not copy a thread that may hold the console lock.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from batch.extras import missing_extra
from batch.output import reason
from skp.config import Config
from skp.daftar import Daftar, read_daftar
from skp.errors import ConfigurationError
from skp.numbers import format_number
from skp.run.batch import Batch, run_batch
from skp.run.cache import ResultCache
from skp.run.discovery import EXTENSIONS, PathList, discover, file_identity
from skp.run.result import PackedResult
from skp.sinks import terminal_text

REFRESH_SECONDS = 0.1
INTERRUPTED = 130  # the shells' status for a command ended by Ctrl-C (128 + SIGINT)


class CannotRun(click.ClickException):
    """The command itself could not run (bad rules, unwritable output): SPEC §8 exit status 2."""

    exit_code = 2


class NoWorkbooks(click.ClickException):
    """The folders named hold no workbook at all: said plainly, exit status 1 (nothing was checked),
    rather than an empty report that looks like a clean one."""

    exit_code = 1


def workbooks(
    paths: Sequence[Path], *, as_named: bool = False, leave_out: Collection[object] = ()
) -> PathList:
    """The workbooks under ``paths`` (see :func:`skp.run.discovery.discover`); none at all stops the
    command with :class:`NoWorkbooks`. The list is kept in temporary files; a disk too full for them stops
    the command as a full disk does later in the run."""
    try:
        found = discover(paths, as_named=as_named, leave_out=leave_out)
    except OSError as exc:  # discovery reads the folders without raising: this is the list's own files
        if exc.errno not in _STORAGE_ERRORS:
            raise
        raise CannotRun(_temporary_storage_failed(exc)) from exc
    if not found:
        where = ", ".join(terminal_text(p, single_line=True) for p in paths)
        raise NoWorkbooks(f"tidak ada berkas SKP (.xlsx, .xlsm, .xls, .ods) di {where}: folder kosong atau "
                          "hanya berisi berkas lain.")
    return found


def stderr_console() -> Console:
    return Console(stderr=True)


@contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C during a run: one Indonesian line and exit status 130, never a traceback.

    The worker processes are gone by the time the interrupt arrives here (:mod:`skp.run.isolation`
    kills them on its way out); further Ctrl-C presses are ignored while the command ends.
    """
    try:
        yield
    except KeyboardInterrupt:
        with suppress(ValueError):  # not the main thread: nothing to ignore
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        click.echo("\nDibatalkan oleh pengguna (Ctrl-C); tidak ada laporan yang ditulis.", err=True)
        raise click.exceptions.Exit(INTERRUPTED) from None


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
        raise CannotRun(terminal_text(exc)) from exc


WORKBOOK_XML_LIMIT = 1 << 20  # a recap's workbook.xml is a few KB; a larger one is not ours
_SHEET_NAME = re.compile(r"<(?:\w+:)?sheet\b[^>]*\bname=[\"']([^\"']*)[\"']")


def load_daftar(path: Path | None, config: Config, console: Console | None = None) -> Daftar | None:
    """The ``--daftar`` file, its unusable rows (an NIP stored as a number, a row without NIP) named on
    standard error."""
    if path is None:
        return None
    try:
        daftar = read_daftar(path, config)
    except ConfigurationError as exc:
        raise CannotRun(str(exc)) from exc
    console = console or stderr_console()
    for note in daftar.skipped:
        console.print(terminal_text(f"Daftar pegawai {path}: {note}."), markup=False, highlight=False,
                      soft_wrap=True)
    for baris, masalah in daftar.laporan():
        console.print(terminal_text(f"Daftar pegawai {path} baris {baris}: {masalah}."),
                      markup=False, highlight=False, soft_wrap=True)
    return daftar


def _is_recap(path: Path) -> bool:
    """Whether ``path`` is a recap skp wrote earlier, safe to replace: its first sheet is Ringkasan, it
    has a Temuan sheet and no SKP sheet. A submission whose first sheet merely happens to be called
    Ringkasan keeps its SKP sheet, and is protected. At most 1 MB of the workbook part is read, so a
    part that inflates to gigabytes costs nothing."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("xl/workbook.xml") as part:
            workbook = part.read(WORKBOOK_XML_LIMIT + 1)
    except (OSError, KeyError, ValueError, EOFError, NotImplementedError, zipfile.BadZipFile,
            zipfile.LargeZipFile, RuntimeError):
        return False
    if len(workbook) > WORKBOOK_XML_LIMIT:
        return False
    text = workbook.decode("utf-8", "replace")
    names = [name.strip().lower() for name in _SHEET_NAME.findall(text)]
    return bool(names) and names[0] == "ringkasan" and "temuan" in names and "skp" not in names


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    return True


def _inputs(paths: Sequence[Path], outputs: Sequence[Path], folders: Sequence[Path] = ()) -> PathList:
    """The discovered workbooks minus the command's own outputs.

    An output that would overwrite a submission (named as an input, or found in a folder and not an
    earlier recap) stops the command: inputs are never modified. An output folder (``rekap --csv``) may
    not hold a submission either: it is not somewhere skp writes tables into.
    """
    for output in outputs:  # a workbook not among the inputs (another unit's submission) is no recap either
        if output.suffix.lower() in EXTENSIONS and output.is_file() and not _is_recap(output):
            raise CannotRun(f"{terminal_text(output)} sudah ada dan bukan rekap skp (mungkin berkas SKP), "
                            "sehingga tidak boleh ditimpa; pilih nama berkas keluaran lain.")
    named = {file_identity(p) for p in paths}
    for output in outputs:  # named as an input: the loop above proved it an earlier recap, but a submission
        if file_identity(output) in named:
            raise CannotRun(f"{terminal_text(output)} adalah berkas kiriman yang sedang diperiksa dan tidak "
                            "boleh ditimpa; pilih nama berkas keluaran lain.")
    files = workbooks(paths, leave_out=[file_identity(p) for p in outputs])
    for folder in folders:
        if any(_inside(found, folder) for found in files):
            raise CannotRun(f"folder keluaran {terminal_text(folder)} berisi berkas kiriman yang sedang "
                            "diperiksa dan tidak boleh ditulisi; pilih folder lain.")
    return files


def dask_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--dask ALAMAT`` and ``--dask-kirim-isi``, the same for ``skp periksa`` and ``skp rekap``."""
    command = click.option(
        "--dask-kirim-isi", "dask_send_bytes", is_flag=True, default=None,
        help="Kirim isi setiap berkas ke pekerja Dask. Tanpa opsi ini isi dikirim hanya bila ada pekerja "
             "yang tidak melihat berkas di jalur yang sama.")(command)
    return click.option(
        "--dask", "dask_address", metavar="ALAMAT",
        help="Jalankan pemeriksaan di klaster Dask, mis. tcp://10.0.0.5:8786, atau `lokal` untuk klaster "
             "dua pekerja di mesin ini (lihat docs/skala.md). --jobs tidak dipakai.")(command)


@dataclass(frozen=True)
class DaskRun:
    """``--dask ALAMAT`` (``lokal`` for a LocalCluster here), ``--dask-kirim-isi`` (None: detect)."""

    address: str
    send_bytes: bool | None = None
    keep_entries: bool = True  # the recap needs them back; periksa leaves them on the cluster


def _batch(files: Sequence[Path], config: Config, jobs: int | None, cache: ResultCache | None,
           daftar: Daftar | None, dask: DaskRun | None, notes: list[str],
           on_result: Callable[[PackedResult], None] | None = None) -> Batch:
    """The batch on the local pool, or on the Dask cluster of ``--dask``."""
    if dask is None:
        return run_batch(files, config, jobs, cache, on_result=on_result, daftar=daftar)
    try:  # only when asked: importing dask costs a second
        from skp.run.dask_runner import run_batch_dask
    except ImportError as exc:
        raise missing_extra("--dask", "skala", exc) from exc
    return run_batch_dask(files, config, dask.address, cache, on_result, dask.send_bytes, dask.keep_entries,
                          daftar=daftar, warn=notes.append)


def run_with_progress(
    paths: Sequence[Path], config: Config, jobs: int | None, cache_dir: Path | None,
    exclude: Sequence[Path] = (), console: Console | None = None, exclude_folders: Sequence[Path] = (),
    daftar: Daftar | None = None, dask: DaskRun | None = None,
) -> tuple[Batch, float]:
    """Discover, examine and batch-check ``paths``; returns the batch and the seconds it took.

    ``exclude`` keeps the command's own outputs (a recap written into the folder being recapped)
    out of the inputs, and guards the submissions against being overwritten by them; no submission may
    lie in ``exclude_folders`` (an output folder such as ``rekap --csv``). ``dask`` runs the batch on a
    Dask cluster instead of the local pool.
    """
    console = console or stderr_console()
    with interruptible():
        files = _inputs(paths, exclude, exclude_folders)
        cache = _usable_cache(cache_dir, config)
        notes: list[str] = []  # said once the progress bar is gone
        try:
            batch, seconds = _run(files, config, jobs, cache, console, daftar, dask, notes)
        finally:
            if cache is not None:
                _warn_about(cache)
        for note in notes:
            _warn(note)
    return batch, seconds


def _warn(message: str) -> None:
    click.echo(f"Peringatan: {message}", err=True)


def _usable_cache(cache_dir: Path | None, config: Config) -> ResultCache | None:
    """The cache, or None with a warning when its folder cannot be written: the run goes on uncached."""
    if cache_dir is None:
        return None
    cache = ResultCache(cache_dir, config)
    problem = cache.problem()
    if problem is None:
        return cache
    _warn(f"{terminal_text(problem, single_line=True)}; pemeriksaan berjalan tanpa cache.")
    return None


def _warn_about(cache: ResultCache) -> None:
    stats = cache.stats()
    if stats.rejected:
        _warn(f"{stats.rejected} entri cache tidak sah (diubah, terpotong, dari versi lain atau bukan "
              "berkas) diabaikan; berkasnya diperiksa ulang dan entrinya ditulis ulang.")
    if stats.unwritten:
        _warn(f"{stats.unwritten} hasil tidak dapat disimpan ke cache {terminal_text(cache.root)} "
              "(disk penuh atau hanya-baca?); hasil pemeriksaan tidak terpengaruh.")


def _run(files: Sequence[Path], config: Config, jobs: int | None, cache: ResultCache | None,
         console: Console, daftar: Daftar | None, dask: DaskRun | None, notes: list[str]
         ) -> tuple[Batch, float]:
    start = time.perf_counter()
    try:
        if not console.is_terminal:
            return _batch(files, config, jobs, cache, daftar, dask, notes), time.perf_counter() - start
        with _bar(console) as progress:
            task = progress.add_task("periksa", total=len(files), laju="")
            last = 0.0

            def advance(_: PackedResult) -> None:
                nonlocal last
                progress.advance(task)
                now = time.perf_counter()
                if now - last >= REFRESH_SECONDS:
                    done = progress.tasks[0].completed
                    rate = format_number(done / max(now - start, 1e-9), 0)
                    progress.update(task, laju=f"{rate} berkas/detik")
                    progress.refresh()
                    last = now

            batch = _batch(files, config, jobs, cache, daftar, dask, notes, on_result=advance)
        return batch, time.perf_counter() - start
    except ConfigurationError as exc:
        raise CannotRun(terminal_text(exc)) from exc
    except sqlite3.Error as exc:  # the run's own temporary databases: hierarchy entries, batch findings
        raise CannotRun(_temporary_storage_failed(exc)) from exc
    except OSError as exc:  # ... and its temporary report file; any other failure is not a disk's
        if exc.errno not in _STORAGE_ERRORS:
            raise
        raise CannotRun(_temporary_storage_failed(exc)) from exc


_STORAGE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO}


def _temporary_storage_failed(exc: OSError | sqlite3.Error) -> str:
    """Why the run stopped when its temporary files (in the system's temporary folder) cannot be
    written: a full disk, most likely, on a batch of hundreds of thousands of files."""
    cause = reason(exc) if isinstance(exc, OSError) else (
        "disk penuh" if "full" in str(exc).lower() else terminal_text(str(exc), single_line=True))
    return (f"pemeriksaan terhenti: berkas sementara di {terminal_text(tempfile.gettempdir())} tidak dapat "
            f"ditulis ({cause}). Kosongkan disk itu atau arahkan TMPDIR ke folder di disk lain, lalu "
            "jalankan lagi.")


def print_summary(batch: Batch, seconds: float, console: Console | None = None) -> None:
    """The end-of-run table on a terminal: files per status, speed, cache use and the most frequent codes.

    Pipes and log files get only the report itself, so scripts never have to strip a table.
    """
    console = console or stderr_console()
    if not console.is_terminal:
        return
    counts = batch.summary()
    table = Table(title="Ringkasan pemeriksaan", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    total = len(batch.reports)
    table.add_row("Berkas", str(total))
    table.add_row("Lulus", str(counts["lulus"]))
    table.add_row("Perlu perbaikan", str(counts["perlu-perbaikan"]))
    table.add_row("Gagal dibaca", str(counts["gagal-dibaca"]))
    table.add_row("Dibaca ulang / dari cache", f"{batch.opened} / {total - batch.opened}")
    rate = format_number(total / max(seconds, 1e-9), 0)
    table.add_row("Waktu", f"{format_number(seconds, 1)} detik ({rate} berkas/detik)")
    top = sorted(counts["findings"].items(), key=lambda item: (-item[1], item[0]))[:5]
    if top:  # the code rows below are counts of findings, not of files: say so
        table.add_row("Temuan tersering", "")
    for code, count in top:
        table.add_row(f"  {code}", str(count))
    console.print(table)
