"""Writing the recap's outputs side by side, so the end of ``skp rekap`` uses the cores the run just freed.

The workbook costs most (xlsxwriter spends some 7 µs on every cell) and the page and the CSV files share
nothing with it but the tables, so where worker processes are forked (Linux, the default of
:func:`skp.run.isolation.start_method`) the first output is written here while one forked process writes
the others, reading the same tables (the spilled rows by positioned reads, so neither moves the other's
file offset). Under spawn (Windows, macOS) the tables would have to be pickled across, which costs what
it saves: there they are written one after the other. Each output is written atomically either way; the
first failure, in the order given, is raised as :class:`OutputFailed`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from skp.recap.tables import RecapTables
from skp.run.isolation import die_with_parent, start_method

Writer = Callable[[RecapTables, Path], object]
Failure = tuple[int, BaseException]  # which output (its index), and why


class OutputFailed(Exception):
    """A recap output could not be written: which one, and the writer's exception as ``cause``."""

    def __init__(self, target: Path, cause: BaseException) -> None:
        super().__init__(f"{target}: {cause}")
        self.target = target
        self.cause = cause


def _write_each(tables: RecapTables, outputs: Sequence[tuple[Path, Writer]]) -> Failure | None:
    """Write ``outputs`` in order, stopping at the first failure: (its index, the exception) or None."""
    for index, (target, write) in enumerate(outputs):
        try:
            write(tables, target)
        except Exception as exc:  # noqa: BLE001 (handed to the caller, which decides)
            return index, exc
    return None


def _child(
    tables: RecapTables, outputs: Sequence[tuple[Path, Writer]], answer: Connection, parent: int
) -> None:
    die_with_parent(parent)  # a killed command leaves no writer behind, only its temporary file
    try:
        failed = _write_each(tables, outputs)
    except KeyboardInterrupt:  # stopped with the command: the atomic writer removed its temporary file
        return
    try:
        answer.send(failed)
    except Exception as exc:  # noqa: BLE001 (an exception that does not pickle still names its output)
        index = failed[0] if failed else 0
        answer.send((index, RuntimeError(f"{type(exc).__name__}: {exc}")))
    answer.close()


def write_outputs(tables: RecapTables, outputs: Sequence[tuple[Path, Writer]]) -> None:
    """Write every (target, writer) of ``outputs``: the first here, the rest in a forked process when
    worker processes are forked, else all here in order."""
    if len(outputs) < 2 or start_method() != "fork":
        failed = _write_each(tables, outputs)
    else:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(tables, outputs[1:], send, os.getpid()), daemon=True,
                                name="skp-rekap-keluaran")
        child.start()
        send.close()
        others: Failure | None = None
        try:
            failed = _write_each(tables, outputs[:1])
            try:
                others = receive.recv()
            except EOFError:  # the process ended without a word: killed, or out of memory
                child.join()
                others = (0, ChildProcessError(f"proses penulis keluaran berhenti (kode {child.exitcode})"))
        except BaseException:  # interrupted here: stop the other writer the same way, so it cleans up too
            if child.is_alive():
                os.kill(child.pid, signal.SIGINT)  # type: ignore[arg-type]
            raise
        finally:
            child.join()
            receive.close()
        if failed is None and others is not None:
            failed = (others[0] + 1, others[1])
    if failed is not None:
        index, cause = failed
        raise OutputFailed(outputs[index][0], cause) from cause
