"""Per-file work in worker processes that may die without taking the run with them.

A hostile workbook can make a native parser abort its process (SIGABRT inside calamine), eat all memory or
never finish, and no check made before parsing foresees every way. So the main process never parses: each
item goes to a worker process that runs under a memory cap (``RLIMIT_AS``) while the main process holds
it to a time limit per item. A worker that dies or overruns is replaced; the item it was on is retried
once in a fresh worker, told that it is a retry (so it can take the slow, careful path), and if that dies
too the item is answered with a :class:`Crash` naming why. Every item is answered exactly once, in order,
whatever the number of workers (one included) and however many of them die.

Workers never outlive the main process: on Linux the kernel kills them when it goes
(``PR_SET_PDEATHSIG``), and on every system a thread in each worker exits it once the parent's sentinel
closes or the worker is handed to another parent. They ignore Ctrl-C (the main process handles it for
the whole run) and do not write to the main process's standard output, so a reader of its pipe
(``skp periksa … | jq``) never waits for a worker.

Start method: fork where the system has it (workers start in milliseconds with the code already
imported), else spawn; ``SKP_START_METHOD`` (``fork``, ``spawn``, ``forkserver``) forces one, so CI and
benchmarks on Linux can run what Windows and macOS run. Under spawn the per-run state (``setup``: the
rules, the cache) is pickled once per worker, never per item.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from skp.errors import ConfigurationError

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

START_METHOD_VARIABLE = "SKP_START_METHOD"
RUST_BACKTRACE_VARIABLE = "RUST_BACKTRACE"
COLLECT_EVERY = 200  # items between two garbage collections in a worker (automatic collection is off)
_WATCH_SECONDS = 1.0
# While every worker has at least a chunk (and GATHER_ITEMS) of items queued, the main process sleeps
# GATHER_SECONDS before it collects answers, so it wakes once for several answers instead of once per file:
# a wake-up costs it more CPU than storing the answer, and where the workers have a core each that CPU is
# theirs. A queue that deep outlasts the nap, so no worker runs dry meanwhile.
GATHER_SECONDS = 0.01
GATHER_ITEMS = 8
STARTUP_SECONDS = 60  # allowed on top of the time limit for a worker to start (spawn imports Python)
_PR_SET_PDEATHSIG = 1
_MB = 1024 * 1024


@dataclass(frozen=True)
class Crash:
    """The answer for an item whose worker died (or overran its time) on it twice."""

    reason: str


@dataclass(frozen=True)
class Budget:
    """What one item may cost a worker: wall-clock seconds, and address space (MB) on top of what the
    worker holds when it starts (0: no cap)."""

    seconds: float
    memory_mb: float


def start_method() -> str:
    """``SKP_START_METHOD`` if set, else fork where the system has it, else the system's default."""
    forced = os.environ.get(START_METHOD_VARIABLE, "").strip().lower()
    methods = multiprocessing.get_all_start_methods()
    if forced:
        if forced not in methods:
            raise ConfigurationError(
                f"{START_METHOD_VARIABLE}={forced}: metode tidak tersedia (pilih {', '.join(methods)})"
            )
        return forced
    return "fork" if "fork" in methods else methods[0]


def isolated_map(
    work: Callable[[S, T, bool], R], setup: S, items: Sequence[T], jobs: int, budget: Budget, chunk: int = 1
) -> Generator[R | Crash, None, None]:
    """``work(setup, item, retry)`` for every item in worker processes; answers in the order of ``items``.

    ``work`` and ``setup`` must pickle (``work`` a module-level function). An exception ``work`` lets
    escape (a broken rules file, which every item would meet) stops the run and is raised here.
    """
    supervisor = _Supervisor(work, setup, items, max(1, jobs), budget, max(1, chunk))
    try:
        yield from supervisor.answers()
    except BaseException:
        supervisor.kill()
        raise
    supervisor.stop()


class _Pending:
    """Items not handed out yet, next first: those a dead worker had not answered (put back in front, in
    the order they were sent), then the items never handed out, counted rather than listed (a queue entry
    per item would cost the main process some 90 bytes per file for the whole run)."""

    def __init__(self, count: int) -> None:
        self._back: deque[tuple[int, bool]] = deque()  # (index, retry)
        self._fresh, self._count = 0, count

    def __bool__(self) -> bool:
        return bool(self._back) or self._fresh < self._count

    def __len__(self) -> int:
        return len(self._back) + self._count - self._fresh

    def first(self) -> int:
        """The index of the next item (only when there is one)."""
        return self._back[0][0] if self._back else self._fresh

    def popleft(self) -> tuple[int, bool]:
        """The next item and whether it is a retry."""
        if self._back:
            return self._back.popleft()
        self._fresh += 1
        return self._fresh - 1, False

    def put_back(self, items: list[tuple[int, bool]]) -> None:
        self._back.extendleft(reversed(items))


@dataclass
class _Worker:
    process: Any  # multiprocessing's Process of the chosen context
    conn: Connection
    queue: deque[tuple[int, bool]] = field(default_factory=deque)  # (index, retry) sent, not yet answered
    since: float = field(default_factory=time.monotonic)  # when the item at the head of the queue started
    ready: bool = False  # started up: its time limit runs from its first item on


class _Supervisor(Generic[S, T, R]):
    """The main process's side: hands out items, collects answers, replaces dead or overrunning workers."""

    def __init__(self, work: Callable[[S, T, bool], R], setup: S, items: Sequence[T], jobs: int,
                 budget: Budget, chunk: int) -> None:
        self.items, self.budget, self.chunk = items, budget, chunk
        # pickled once, unpickled by each worker only after it is tied to this process (see _serve)
        self.payload = pickle.dumps((work, setup), protocol=pickle.HIGHEST_PROTOCOL)
        self.jobs = min(jobs, len(items))
        method = start_method()
        self.context: Any = multiprocessing.get_context(method)  # typeshed's BaseContext lacks Process
        # a forkserver's workers are its children, not ours: their parent's pid is not checked at start
        self.parent = None if method == "forkserver" else os.getpid()
        self.pending = _Pending(len(items))
        self.done: dict[int, R | Crash] = {}
        self.workers: list[_Worker] = []
        # how far ahead of the next answer due items are handed out: bounds the answers held for order
        self.window = max(4 * jobs * chunk, 64)
        self.next = 0

    def answers(self) -> Iterator[R | Crash]:
        while self.next < len(self.items):
            self._staff()
            self._dispatch()
            self._wait()
            while self.next in self.done:
                yield self.done.pop(self.next)
                self.next += 1

    def _staff(self) -> None:
        while len(self.workers) < self.jobs and self.pending:
            parent_end, child_end = self.context.Pipe()
            process = self.context.Process(
                target=_serve, args=(child_end, self.payload, self.budget.memory_mb, self.parent),
                daemon=True, name="skp-pemeriksa",
            )
            with _interrupts_held(), _heap_shared():
                process.start()
                child_end.close()  # so that a later worker forked from here does not hold it
                self.workers.append(_Worker(process, parent_end))  # known, so killed on any way out

    def _due(self) -> bool:
        return bool(self.pending) and self.pending.first() < self.next + self.window

    def _batch(self) -> int:
        """Items per message: the chunk, tapered at the end of the run so that the workers' queues run out
        together; with a whole chunk queued to the last, one worker would be left idle for up to a chunk
        of files (some 70 ms on 2.4 ms files) while the other worked through its queue alone."""
        return max(1, min(self.chunk, len(self.pending) // (2 * self.jobs)))

    def _dispatch(self) -> None:
        for worker in self.workers:
            while self._due() and len(worker.queue) < 2 * (size := self._batch()):
                batch: list[Any] = []
                while self._due() and len(batch) < size:
                    batch.append(self.pending.popleft())
                if not worker.queue and worker.ready:
                    worker.since = time.monotonic()
                worker.queue.extend(batch)
                try:
                    worker.conn.send([(index, self.items[index], retry) for index, retry in batch])
                except OSError:  # died already: found by _wait, which requeues what it was given
                    break

    def _wait(self) -> None:
        deep = max(GATHER_ITEMS, self.chunk)
        if self.workers and all(len(w.queue) >= deep for w in self.workers):
            time.sleep(GATHER_SECONDS)
        busy = [w for w in self.workers if w.queue]
        now = time.monotonic()
        timeout = min((w.since + self._limit(w) - now for w in busy), default=_WATCH_SECONDS)
        handles: list[Any] = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
        ready = set(wait(handles, timeout=max(0.0, min(timeout, _WATCH_SECONDS))))
        for worker in list(self.workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                alive = self._receive(worker)
                if not alive:
                    worker.process.join()
                    self._bury(worker, _death(worker.process.exitcode))
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.queue and now - worker.since > self._limit(worker):
                worker.process.kill()
                worker.process.join()
                self._receive(worker)
                self._bury(worker, f"pemeriksaan melampaui batas {self.budget.seconds:g} detik per berkas")

    def _limit(self, worker: _Worker) -> float:
        return self.budget.seconds + (0 if worker.ready else STARTUP_SECONDS)

    def _receive(self, worker: _Worker) -> bool:
        """Take every answer the worker has sent; False once its end of the pipe is closed."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message is None:  # started up
                    worker.ready, worker.since = True, time.monotonic()
                    continue
                index, ok, payload = message
                if not ok:
                    raise payload
                expected, _ = worker.queue.popleft()
                assert expected == index, "worker answered out of order"
                self.done[index] = payload
                worker.since = time.monotonic()
        except (EOFError, OSError):
            return False
        return True

    def _bury(self, worker: _Worker, reason: str) -> None:
        """Replace a dead worker: the item it was on is retried once (then a :class:`Crash`), the items it
        had not started go back first in line."""
        self.workers.remove(worker)
        worker.conn.close()
        if not worker.queue:
            return
        (culprit, retried), rest = worker.queue[0], list(worker.queue)[1:]
        if retried:
            self.done[culprit] = Crash(reason)
        self.pending.put_back(rest if retried else [(culprit, True), *rest])

    def stop(self) -> None:
        """After the last answer: workers are told to finish, and killed if they do not at once."""
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        self.kill()

    def kill(self) -> None:
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join()
            worker.conn.close()
        self.workers.clear()


_SIGNAL_REASONS = {
    "SIGABRT": "pengurai berhenti paksa (abort)",
    "SIGSEGV": "pengurai mengakses memori secara tidak sah (segmentation fault)",
    "SIGBUS": "pengurai mengakses memori secara tidak sah (bus error)",
    "SIGKILL": "dihentikan oleh sistem, kemungkinan karena kehabisan memori",
    "SIGXCPU": "melampaui batas waktu prosesor",
}


def _death(exitcode: int | None) -> str:
    """Why a worker died, in the user's words, from its exit status."""
    prefix = "proses pemeriksa berhenti mendadak saat membaca berkas ini"
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"sinyal {-exitcode}"
        return f"{prefix}: {_SIGNAL_REASONS.get(name, f'dihentikan oleh sinyal {name}')}"
    return f"{prefix} (kode keluar {exitcode})"


def _serve(conn: Connection, payload: bytes, memory_mb: float, parent: int | None) -> None:
    """A worker's life: prepared once, then batches of items until told to stop or orphaned.

    The work function and the run's state arrive pickled and are unpickled only once the worker is tied
    to the main process: under spawn, unpickling imports the whole checker (a second or more on a busy
    machine), during which a killed main process would otherwise leave the worker running.
    """
    die_with_parent(parent)
    faulthandler.disable()  # a parser abort is reported by the main process, not dumped to the terminal
    # Nor is a Rust backtrace: with RUST_BACKTRACE set (developer and CI machines), a calamine panic or
    # failed allocation first symbolises its whole stack, 0.15-0.3 s of a core per hostile file against
    # 0.01-0.05 s for the abort alone, while nobody reads it (the main process names the signal).
    os.environ[RUST_BACKTRACE_VARIABLE] = "0"
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _leave_standard_output()
    _cap_memory(memory_mb)
    work, setup = pickle.loads(payload)
    # Everything alive now (modules, rules, compiled patterns) lives for the worker's whole life: frozen, it
    # is never traversed again; automatic collection is off and the garbage of the items (cycles included)
    # is collected every COLLECT_EVERY items, which costs a pass over those items' leftovers alone.
    gc.collect()
    gc.freeze()
    gc.disable()
    conn.send(None)  # started: the time limit of the first item runs from now
    handled = 0
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        for index, item, retry in batch:
            try:
                answer = (index, True, work(setup, item, retry))
            except Exception as exc:  # raised again in the main process, which stops the run
                answer = (index, False, exc)
            conn.send(answer)
            handled += 1
            if handled % COLLECT_EVERY == 0:
                gc.collect()


@contextlib.contextmanager
def _heap_shared() -> Iterator[None]:
    """The main process's objects frozen while a worker forks, as the :func:`gc.freeze` documentation
    advises: a forked worker inherits them frozen, so its garbage collections never traverse them. A
    collection that did would write to every page of the inherited heap, copying each (some 4,000 page
    copies and 20–25 ms of CPU per worker started, and a worker is started again for every file that
    brings one down). The main process thaws them at once; only the child keeps them frozen."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """SIGINT blocked while a worker starts (until it ignores Ctrl-C itself, so no traceback from it):
    the child inherits the mask and unblocks it only once it ignores the signal; one pressed meanwhile
    reaches the main process when this ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def die_with_parent(parent: int | None) -> None:
    """Exit as soon as the main process (pid ``parent``) is gone, however it went (``kill -9`` included):
    for a worker, and for any helper process a command forks."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    process = multiprocessing.parent_process()
    sentinel = process.sentinel if process is not None else None
    if parent is not None and os.getppid() != parent:  # gone before the death signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(sentinel, os.getppid()), daemon=True).start()


def _watch_parent(sentinel: int | None, parent: int) -> None:
    """The parent's sentinel closes when it dies (spawn, forkserver); under fork a sibling may hold it open,
    so the parent's pid is compared too: an orphan is handed to another process."""
    while True:
        if sentinel is not None:
            with contextlib.suppress(OSError, ValueError):
                if wait([sentinel], timeout=_WATCH_SECONDS):
                    os._exit(1)
        else:
            time.sleep(_WATCH_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def _leave_standard_output() -> None:
    """Point the worker's standard output at the null device, so the main process's pipe closes with it."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)


def _cap_memory(memory_mb: float) -> None:
    """Hold the worker's address space to what it has now plus ``memory_mb``: an allocation past it fails
    (a Python MemoryError, or an abort inside the parser that costs this worker only)."""
    if memory_mb <= 0:
        return
    try:
        import resource

        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = current + int(memory_mb * _MB)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, OSError, ValueError):  # no /proc or no RLIMIT_AS (macOS, Windows): time limit only
        return
