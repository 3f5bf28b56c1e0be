"""A whole batch on a Dask cluster (``--dask ALAMAT``): same reports, same order, same batch findings.

Files are discovered where the command runs. Workers open them at the same absolute path when they can
see it (shared storage, checked on every worker before the run); otherwise, or when asked, the client
reads each file and sends its bytes with the task, as it does for a file one worker hands back unseen.
Chunks of files go out in a bounded window, their reports stream back as they finish (the progress bar
advances with each), and the client restores discovery order with a buffer no larger than the window.
The hierarchy entries never come back: they stay on the workers as futures, and :mod:`skp.run.dask_join`
runs the batch checks over them.

A worker that dies (a file that aborts the parser, the out-of-memory killer, a node lost) takes its
chunk with it. The scheduler runs it again elsewhere (:data:`SCHEDULER_SETTINGS`, set for ``lokal``,
documented in docs/skala.md for a scheduler of one's own); when the chunk kills that worker too, it
fails with ``KilledWorker``, its files are resubmitted one per task, and a file whose own task is killed
the same way is reported ``berkas-rusak`` with the reason. Every input appears exactly once. A cluster
that goes away (the scheduler, or every worker past the no-workers-timeout, which the client watches too)
stops the command with status 2 (:data:`LOST`, :data:`NO_WORKERS`).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import dask
from distributed import Client, Future, LocalCluster, as_completed
from distributed.comm import CommClosedError, parse_address
from distributed.comm.registry import get_backend
from distributed.scheduler import KilledWorker, NoWorkerError

from skp import __version__
from skp.config import Config
from skp.daftar import Daftar
from skp.errors import ConfigurationError, WorkbookRejected
from skp.fingerprint import code_fingerprint
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import rules_of
from skp.reading.safety import Limits, read_submission, reading_limits
from skp.run.batch import Batch, ReportStore
from skp.run.cache import ResultCache
from skp.run.dask_join import distributed_findings
from skp.run.dask_watch import DEFAULT_NO_WORKERS_TIMEOUT, NO_WORKERS_TIMEOUT, Watch
from skp.run.discovery import display_name
from skp.run.result import FileResult, PackedResult, pack
from skp.run.spill import EntryStore
from skp.run.worker import WorkerSetup, crashed, examine, refused

LOCAL = "lokal"
LOCAL_WORKERS = 2
MAX_CHUNK = 32
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# The entry futures of this many chunks are joined into one on the cluster as the run goes: the client
# keeps a record of every future it holds (its state and completion event, a few KB), which for one future
# per chunk grew with N.
ENTRY_CHUNKS_JOINED = 64
DIED = ("proses pemeriksa berhenti mendadak saat membaca berkas ini "
        "(pekerja Dask mati, juga saat dicoba ulang di pekerja lain)")
# The run stops (status 2, no report) when the cluster itself goes: the scheduler (whose workers end with it)
# or every worker for longer than the scheduler's distributed.scheduler.no-workers-timeout.
LOST = ("pemeriksaan di klaster Dask {address} terhenti karena hubungan dengan penjadwal terputus "
        "(penjadwal berhenti atau jaringan putus); tidak ada laporan yang ditulis. Nyalakan lagi penjadwal "
        "dan pekerjanya, lalu jalankan ulang perintah ini.")
# Said once after the run (the command prints them as warnings): the files' bytes crossed the network.
NOT_SHARED = ("pekerja Dask tidak melihat berkas kiriman di jalur yang sama dengan mesin ini, jadi isi "
              "setiap berkas dikirim dari mesin ini lewat jaringan (lebih lambat). Pasang folder kiriman di "
              "jalur yang sama di setiap pekerja (lihat docs/skala.md).")
SOME_UNSEEN = ("{count} berkas tidak terlihat oleh pekerja Dask di jalurnya, atau terlihat sebagai versi "
               "lain (ukuran atau waktu ubahnya berbeda: salinan lama?), jadi isinya dikirim dari mesin ini; "
               "periksa pemasangan penyimpanan bersama di pekerja (lihat docs/skala.md).")
NO_WORKERS = ("pemeriksaan di klaster Dask {address} terhenti karena penjadwal tidak punya pekerja yang "
              "hidup selama batas tunggunya (distributed.scheduler.no-workers-timeout); tidak ada laporan "
              "yang ditulis. Nyalakan pekerja (dask worker {address} …), lalu jalankan ulang perintah ini.")

# A chunk is retried once after its worker died; a worker holds only the chunk it runs, so a death
# marks that chunk alone as suspicious (with the default 1.1 a queued
# innocent chunk would share the blame).
# A cluster left without workers (none restarts after a crash) fails the run after a while instead of
# waiting for ever.
SCHEDULER_SETTINGS = {"distributed.scheduler.allowed-failures": 1,
                      "distributed.scheduler.worker-saturation": 1.0,
                      NO_WORKERS_TIMEOUT: DEFAULT_NO_WORKERS_TIMEOUT}


# The client's own: Dask keeps the last messages a client sent to the scheduler, for its developers to
# read when debugging (``distributed.admin.low-level-log-length``, 1,000 batches by default). Here those are
# the run's chunks, pickled with their paths, and with --dask-kirim-isi the files' bytes too (a batch under
# 1 MB is kept whole): several MB of chunks whose results have come back, up to hundreds of MB with bytes.
# skp never reads that log.
CLIENT_SETTINGS = {"distributed.admin.low-level-log-length": 0}

# discovery position, path to open, path to show, what the client read: nothing (the worker opens the
# path), the file's bytes, or why it refused the file (code, reason); and, for a worker to open, the size and
# modification time (ns) the client sees there, or None when it sees none
Stamp = tuple[int, int]
Task = tuple[int, str, str, bytes | tuple[str, str] | None, Stamp | None]
# Modification times further apart than this are two versions of a file; closer ones the same file on file
# systems that keep coarser times than the client's (FAT keeps two seconds, SMB 100 ns).
_MTIME_SLACK_NS = 2_000_000_000


def examine_one(
    path: Path, display: str, setup: WorkerSetup, cache: ResultCache | None, data: bytes | None = None
) -> FileResult:
    """The one door from the cluster to the per-file examination the local runner uses. ``setup`` is the
    run's :class:`~skp.run.worker.WorkerSetup`: a Dask worker keeps the one object it received for every
    task that needs it, so its reading session serves every file that worker reads. ``data``: the bytes
    the client read, when the worker cannot see the file."""
    return examine(path, display, setup.config, cache, data=data, session=setup.session)


# ---- on the workers -------------------------------------------------------------------------------

def _examine_task(task: Task, setup: WorkerSetup, cache: ResultCache | None) -> FileResult | None:
    """The file's result, or None when this worker does not see the file the client saw: no file at the
    path at all (storage mounted on the client but not here, though the sample files were), or another
    version of it (a stale copy: another size, or another modification time, :func:`_same_file`). The client
    then sends the file's bytes, so the file is neither reported missing (``berkas-rusak``) nor checked as
    the old version it no longer is."""
    _, path, display, content, stamp = task
    if isinstance(content, tuple):
        return refused(display, *content)
    if content is None and not os.path.lexists(path):
        return None
    if content is None and stamp is not None and not _same_file(path, stamp):
        return None
    return examine_one(Path(path), display, setup, cache, content)


def _stamp_of(path: str | Path) -> Stamp | None:
    """A file's size and modification time (ns), as the client and the workers compare them; None when it
    cannot be seen."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def _same_file(path: str, stamp: Stamp) -> bool:
    """Whether the file at ``path`` here is the one the client stamped: the same size, modified within
    :data:`_MTIME_SLACK_NS`. A file this worker cannot stat is left to the reading, which says why."""
    here = _stamp_of(path)
    return here is None or (here[0] == stamp[0] and abs(here[1] - stamp[1]) <= _MTIME_SLACK_NS)


def _examine_chunk(
    chunk: list[Task], setup: WorkerSetup, cache: ResultCache | None
) -> tuple[list[tuple[int, PackedResult | None]], list[tuple[int, HierarchyEntry]]]:
    """Reports (packed as the client stores them, without entries; None for a file this worker does not
    see) for the client and entries for the join, both tagged with position."""
    reports: list[tuple[int, PackedResult | None]] = []
    entries = []
    for task in chunk:
        result = _examine_task(task, setup, cache)
        if result is None:
            reports.append((task[0], None))
            continue
        if result.entry is not None:
            entries.append((task[0], result.entry))
        reports.append((task[0], pack(FileResult(report=result.report, from_cache=result.from_cache))))
    return reports, entries


def _reports_of(pair: tuple) -> list[tuple[int, PackedResult | None]]:
    return pair[0]


def _entries_of(pair: tuple) -> list[tuple[int, HierarchyEntry]]:
    return pair[1]


def _joined(*parts: list[tuple[int, HierarchyEntry]]) -> list[tuple[int, HierarchyEntry]]:
    return [item for part in parts for item in part]


def _sees(samples: list[tuple[str, int]]) -> bool:
    """Whether this worker sees each sample path with the size the client saw."""
    try:
        return all(os.path.getsize(path) == size for path, size in samples)
    except OSError:
        return False


def _same(value: object) -> object:
    return value


def _version() -> tuple[str, str]:
    return __version__, code_fingerprint()


def dask_setup(worker: object) -> None:
    """Preload of the ``lokal`` cluster's workers (this module, by name): Ctrl-C in the terminal reaches
    every process of the command, and a worker that took it would print its traceback over the one
    Indonesian line of the main process, which ends the run and the cluster itself."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


# ---- on the client --------------------------------------------------------------------------------

@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client for the scheduler at ``address``, or for a LocalCluster of two workers (``lokal``)."""
    with _quiet_dask_logs():
        yield from _connect(address)


@contextmanager
def _quiet_dask_logs() -> Iterator[None]:
    """Dask's own log lines (English, with tracebacks: a client retrying a lost scheduler, a worker
    restarted) stay out of the command's standard error while it runs: what the run needs to say, it says
    itself (:data:`LOST`, :data:`NO_WORKERS`, :data:`DIED`). A scheduler's or worker's log stays theirs."""
    names = [name for name in logging.root.manager.loggerDict if name.split(".")[0] == "distributed"]
    # Dask configures several of its loggers with a level and a handler of their own (distributed.client)
    loggers = [logging.getLogger(name) for name in ["distributed", *names]]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        if logger.level != logging.NOTSET or logger.name == "distributed":
            logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _connect(address: str) -> Iterator[Client]:
    cluster: LocalCluster | None = None
    client: Client | None = None
    # in force while the client lives: a client that reconnects makes its new connection with them too
    with dask.config.set(CLIENT_SETTINGS):
        try:
            if address == LOCAL:
                # a LocalCluster interrupted half-started is closed by Dask at exit, with a traceback
                with _interrupts_held() as pressed:
                    cluster, client = _local_cluster()
                if pressed:
                    raise KeyboardInterrupt
            else:
                client = _client(address)
            _same_skp(client)
            yield client
        except NoWorkerError as exc:
            raise ConfigurationError(NO_WORKERS.format(address=address)) from exc
        except (CancelledError, CommClosedError, TimeoutError) as exc:
            raise ConfigurationError(LOST.format(address=address)) from exc
        finally:
            with _interrupts_held() as pressed:  # Ctrl-C does not leave the cluster half-closed
                if client is not None:
                    client.close()
                if cluster is not None:
                    cluster.close()
            if pressed and sys.exc_info()[0] is None:  # the run had ended well: the report is not wanted
                raise KeyboardInterrupt


def _local_cluster() -> tuple[LocalCluster, Client]:
    _quiet_resource_tracker()
    try:
        with dask.config.set(SCHEDULER_SETTINGS):
            cluster = LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                   silence_logs=logging.ERROR, preload=[__name__])
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigurationError(f"klaster Dask lokal tidak dapat dinyalakan: {exc}") from exc
    try:
        return cluster, Client(cluster)
    except BaseException:
        cluster.close()
        raise


def _quiet_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (the LocalCluster's locks and queues register with it) with
    its leak warning off. After ``kill -9`` of this process it outlives it for a moment and printed, in
    English, that the semaphores of the dead process were leaked, which the kill itself explains. POSIX
    only: Windows has no resource tracker."""
    if os.name != "posix":
        return
    from multiprocessing import resource_tracker

    flag = "ignore::UserWarning:multiprocessing.resource_tracker"
    sys.warnoptions.append(flag)  # the tracker is started with this process's -W options
    try:
        resource_tracker.ensure_running()
    finally:
        sys.warnoptions.remove(flag)


CONNECT_SECONDS = 20


def _client(address: str) -> Client:
    """A client of the scheduler at ``address``; what goes wrong is said in the operator's words, not in
    Dask's English (a scheduler that is not there answers only with a connection timeout)."""
    try:
        _known_scheme(address)
    except ValueError as exc:
        raise ConfigurationError(f"alamat Dask {address} tidak dikenal; tulis alamat penjadwal seperti "
                                 "tcp://10.0.0.5:8786, atau lokal") from exc
    try:
        return Client(address, timeout=f"{CONNECT_SECONDS}s")
    except (OSError, TimeoutError) as exc:
        raise ConfigurationError(
            f"penjadwal Dask {address} tidak menjawab dalam {CONNECT_SECONDS} detik: periksa alamat dan "
            "portnya, bahwa `dask scheduler` berjalan di sana, dan bahwa jaringan atau firewall tidak "
            "menutupnya (lihat docs/skala.md)"
        ) from exc


@contextmanager
def _interrupts_held() -> Iterator[list[bool]]:
    """Ctrl-C noted, not raised, while the block runs (the list it gives says whether it was pressed):
    for starting and closing a LocalCluster, which an interrupt would leave half-done."""
    pressed: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield pressed
        return
    previous = signal.signal(signal.SIGINT, lambda *_: pressed.append(True))
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


def _same_skp(client: Client) -> None:
    """Every worker runs this skp: the same version and the same code (:func:`code_fingerprint`)."""
    try:
        answers = set(client.run(_version).values())
    except Exception as exc:  # a worker without skp cannot even unpickle the question
        raise ConfigurationError(f"pekerja Dask tidak dapat menjalankan skp ({exc!r}): pasang skp[skala] "
                                 "yang sama di setiap pekerja (lihat docs/skala.md), lalu jalankan ulang "
                                 "pekerjanya") from exc
    versions = {version for version, _ in answers}
    if versions - {__version__}:
        raise ConfigurationError(f"pekerja Dask memakai skp versi {', '.join(sorted(versions))}, "
                                 f"bukan {__version__}: pasang versi yang sama di semua pekerja")
    if {code for _, code in answers} - {code_fingerprint()}:
        raise ConfigurationError(f"pekerja Dask memakai skp {__version__} dengan kode yang berbeda dari "
                                 "mesin ini (salinan atau revisi lain): pasang salinan skp yang sama di "
                                 "semua pekerja, lalu jalankan ulang pekerjanya")


def _known_scheme(address: str) -> None:
    """Refuse an address whose scheme distributed does not know before a Client is made for it: a Client
    that fails half-way leaves its event loop behind in this process (ValueError, as distributed says)."""
    scheme, _ = parse_address(address)
    get_backend(scheme)


def workers_see(client: Client, files: Sequence[Path]) -> bool:
    """Whether every worker sees the first, middle and last file at the same absolute path and size."""
    picks = {files[0], files[len(files) // 2], files[-1]} if files else set()
    samples = []
    for path in picks:
        try:
            samples.append((os.path.abspath(path), os.path.getsize(path)))
        except OSError:
            continue
    return all(client.run(_sees, samples).values())


def chunk_size(files: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, files // (max(workers, 1) * 8)))


@dataclass
class _Stream:
    """Chunks in flight, results waiting for their turn, and the entry futures left on the cluster."""

    client: Client
    files: Sequence[Path]  # paths and names are made per chunk sent, not held twice for the whole run
    config: Future
    setup: Future  # the WorkerSetup of :mod:`skp.run.runner`, one per worker
    cache: Future | None
    send_bytes: bool
    limits: Limits  # the run's pembacaan.batas, for the bytes this process reads and sends
    pending: dict[int, PackedResult] = field(default_factory=dict)
    joined: list[Future] = field(default_factory=list)  # entries of ENTRY_CHUNKS_JOINED chunks each
    recent: list[Future] = field(default_factory=list)  # entries of the chunks received since
    # by future key: the chunk's positions, its entries, and whether its bytes were sent
    in_flight: dict[object, tuple[list[int], Future, bool]] = field(default_factory=dict)
    unseen: int = 0  # files a worker handed back unseen, sent again with their bytes

    def _payload(self, index: int, send_bytes: bool) -> Task:
        """A file's task. Its bytes are read as a local run reads them (a regular file, up to the size
        limit): a FIFO, a device or an oversized file is refused here, with the local run's finding, never
        read whole into this process or sent."""
        path = self.files[index]
        content: bytes | tuple[str, str] | None = None
        if send_bytes:
            try:
                content = read_submission(path, self.limits)
            except WorkbookRejected as rejected:
                content = (rejected.code, rejected.detail)
        stamp = _stamp_of(path) if content is None else None
        return index, os.path.abspath(path), display_name(path), content, stamp

    def submit(self, indices: list[int], done: as_completed, send_bytes: bool | None = None) -> None:
        send_bytes = self.send_bytes if send_bytes is None else send_bytes
        pair = self.client.submit(_examine_chunk, [self._payload(i, send_bytes) for i in indices], self.setup,
                                  self.cache, pure=False)
        reports = self.client.submit(_reports_of, pair, pure=False)
        entries = self.client.submit(_entries_of, pair, pure=False)
        self.in_flight[reports.key] = (indices, entries, send_bytes)
        done.add(reports)

    def receive(self, future: Future, done: as_completed) -> list[PackedResult]:
        """The chunk's results; a killed chunk is split, a killed single file reported ``berkas-rusak``,
        and the files the worker did not see are sent again with their bytes."""
        indices, entries, sent = self.in_flight.pop(future.key)
        if future.status == "error":
            error = future.exception()
            entries.release()
            if not isinstance(error, KilledWorker):
                raise error
            if len(indices) > 1:
                for index in indices:
                    self.submit([index], done, sent)
                return []
            position = indices[0]
            result = pack(crashed(display_name(self.files[position]), DIED))
            self.pending[position] = result
            return [result]
        results = future.result()
        future.release()
        unseen = [position for position, result in results if result is None]
        if unseen:
            self.unseen += len(unseen)
            self.submit(unseen, done, send_bytes=True)
        found = [(position, result) for position, result in results if result is not None]
        for position, result in found:
            self.pending[position] = result
        self.recent.append(entries)
        if len(self.recent) == ENTRY_CHUNKS_JOINED:
            self.joined.append(self.client.submit(_joined, *self.recent, pure=False))
            self.recent = []  # released: the joined future keeps them on the cluster until it is computed
        return [r for _, r in found]

    @property
    def entries(self) -> list[Future]:
        """The entry futures of every chunk received, left on the cluster for the join."""
        return [*self.joined, *self.recent]

    def results(
        self, on_result: Callable[[PackedResult], None] | None, watch: Watch
    ) -> Iterator[PackedResult]:
        """One result per file in discovery order; ``on_result`` sees each as it finishes. ``watch``: the
        run's waits (:mod:`skp.run.dask_watch`)."""
        workers = len(self.client.scheduler_info()["workers"]) or 1
        size = chunk_size(len(self.files), workers)
        window = size * workers * CHUNKS_IN_FLIGHT_PER_WORKER
        done = as_completed(loop=self.client.loop)
        submitted = following = 0
        while following < len(self.files):
            while submitted < len(self.files) and submitted < following + window:
                chunk = list(range(submitted, min(submitted + size, len(self.files))))
                self.submit(chunk, done)
                submitted = chunk[-1] + 1
            for result in self.receive(watch.next(done), done):
                if on_result is not None:
                    on_result(result)
            while following in self.pending:
                yield self.pending.pop(following)
                following += 1


def _start(
    client: Client, files: Sequence[Path], config: Config, cache: ResultCache | None, send_bytes: bool | None,
    warn: Callable[[str], None],
) -> _Stream:
    if send_bytes is None:
        send_bytes = not workers_see(client, files)
        if send_bytes:
            warn(NOT_SHARED)
    # as tasks, not scattered: a scattered value dies with the workers that hold it, a task's result is
    # computed again (a hostile file may kill every worker of a small cluster in turn)
    shared = client.submit(_same, config, pure=False)
    setup = client.submit(_same, WorkerSetup(config), pure=False)
    return _Stream(client, files, shared, setup, client.submit(_same, cache, pure=False) if cache else None,
                   send_bytes, reading_limits(config))


def run_batch_dask(
    files: Sequence[Path], config: Config, address: str, cache: ResultCache | None = None,
    on_result: Callable[[PackedResult], None] | None = None, send_bytes: bool | None = None,
    keep_entries: bool = False, daftar: Daftar | None = None, warn: Callable[[str], None] = lambda _: None,
) -> Batch:
    """The local :func:`~skp.run.batch.run_batch` on a Dask cluster: same reports, same batch findings.

    ``keep_entries`` brings the hierarchy entries back to this process (the recap's Hierarki and Pegawai
    tables need them), one partition at a time onto disk as in the local run; without it the returned
    Batch's entries are empty and the entries never leave the workers. ``warn`` hears when files' bytes
    had to be sent because workers did not see them (:data:`NOT_SHARED`, :data:`SOME_UNSEEN`).
    """
    reports = ReportStore()
    opened = 0
    entries = EntryStore()
    with connect(address) as client:
        watch = Watch(client)
        stream = _start(client, files, config, cache, send_bytes, warn)
        for result in stream.results(on_result, watch):
            reports.append(result.report)
            opened += not result.from_cache
        if stream.unseen:
            warn(SOME_UNSEEN.format(count=stream.unseen))
        entry_futures = stream.entries
        count = sum(watch.results(client.map(len, entry_futures, pure=False))) if entry_futures else 0
        # one workbook checked on its own is not a batch, as in the local run
        if count >= rules_of(config).minimal_kiriman:
            shared_daftar = client.submit(_same, daftar, pure=False) if daftar is not None else None
            reports.add_findings(distributed_findings(client, entry_futures, stream.config, count,
                                                      shared_daftar, watch))
        if keep_entries:
            for future in entry_futures:
                for position, entry in watch.result(future):
                    entries.add(position, entry)
                future.release()
    return Batch(reports, entries, opened, rules_of(config), daftar)
