"""The NIP groups of a local run's join (:mod:`skp.run.join`) checked on worker processes, all cores at once.

Run in the main process, the first stage of the join (:func:`~skp.run.join.nip_group`, some 90 µs of a
core per group) is serial work at the end of the run while every other core waits: on a 2-core machine
about 4 % of the run of 5,000 staff files, on a 16-core machine with 50,000 files more than a quarter of
the wall time (estimated from the CPU measured here, docs/skala.md). So the groups go to worker processes
of :mod:`skp.run.isolation` (the same supervisor as the files: a worker that dies costs its group one
retry, never the run), still pickled as the entry store keeps them; each worker unpickles its groups,
checks them and sends back what the main process would have stored. The main process streams the groups
out of the store and keeps only those handed out and not yet answered (:class:`_Spill`), so its memory
stays as flat as the serial join's. Answers come back in group order, which keeps every store's rows, and
so the report, byte for byte those of the serial join.

Worth it only where workers start cheaply against the work they take: under ``fork`` a worker is ready in
milliseconds, under ``spawn`` (Windows, macOS) it imports the whole checker first (about a second of a core
each), so the pool is used from :data:`POOL_MIN_GROUPS` groups under fork and :data:`SPAWN_MIN_GROUPS`
otherwise, else the groups are checked in the main process.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, overload

from skp.config import Config
from skp.daftar import Daftar
from skp.hierarchy.links import Organisasi
from skp.run.isolation import Crash, isolated_map, start_method
from skp.run.join import Review, nip_group
from skp.run.runner import budget
from skp.run.spill import EntryStore, PackedGroup, StoredFinding, stored

POOL_MIN_GROUPS = 500  # ~45 ms of serial checks: a fork-started pool saves more than it costs from here on
SPAWN_MIN_GROUPS = 40_000  # ~3.5 s of serial checks against a spawned worker's ~1 s of imports per core
MAX_CHUNK = 1024  # groups per message to a worker (:func:`_chunk`)
SEGMENT_BYTES = 16 << 20  # the spill's files (:class:`_Spill`) are deleted one such size at a time
WRITTEN_AHEAD = 64  # groups written to the spill at once

# What a worker sends back for one group: its findings as stored, (split owner, member position) pairs
# forwarded, and its records for the review stage.
GroupAnswer = tuple[list[StoredFinding], list[tuple[int, int]], list[Review]]


@dataclass(frozen=True)
class JoinSetup:
    """What every group's check reads: the rules, the daftar pegawai, the batch's JPT RK."""

    config: Config
    daftar: Daftar | None
    organisasi: Organisasi


def checked_group(setup: JoinSetup, group: PackedGroup) -> GroupAnswer:
    """:func:`~skp.run.join.nip_group` of one packed group, in the form the main process stores."""
    key, rows = group
    records = [(role, (position, pickle.loads(data))) for role, position, data in rows]
    found, forwarded, reviewed = nip_group(key, records, setup.config, setup.daftar, setup.organisasi)
    return [stored(f) for f in found], [(owner, member[0]) for owner, member in forwarded], reviewed


def nip_group_answers(entries: EntryStore, setup: JoinSetup, jobs: int) -> Iterator[GroupAnswer]:
    """:func:`checked_group` of every NIP group of ``entries``, in NIP order: on ``jobs`` worker processes
    when they pay for their start (:data:`POOL_MIN_GROUPS`, :data:`SPAWN_MIN_GROUPS`), else here."""
    count = entries.nip_count()
    least = POOL_MIN_GROUPS if start_method() in ("fork", "forkserver") else SPAWN_MIN_GROUPS
    if jobs > 1 and count >= least:
        yield from _pooled(entries, count, setup, jobs)
    else:
        yield from (checked_group(setup, group) for group in entries.nip_groups())


def _pooled(entries: EntryStore, count: int, setup: JoinSetup, jobs: int) -> Iterator[GroupAnswer]:
    """The ``count`` groups checked by ``jobs`` worker processes, answered in NIP order.

    A group whose worker died on it twice (a bug, or a group past the memory cap) is checked once more in
    the main process, so it is never lost: whatever brought two workers down is then raised here."""
    with tempfile.TemporaryDirectory(prefix="skp-gabungan-") as folder:
        spill = _Spill(entries.nip_groups(), count, folder)
        task = GroupTask(setup, folder)
        answers = isolated_map(group_task, task, spill, jobs, budget(setup.config), _chunk(count, jobs))
        try:
            for position, answer in enumerate(answers):
                yield checked_group(setup, group_at(folder, spill[position])) if isinstance(answer, Crash) \
                    else answer
                spill.forget_through(position)
        finally:
            answers.close()  # the workers gone (at once, when the join stops early) before their files
            spill.close()


@dataclass(frozen=True)
class GroupTask:
    """What a worker of the join needs once: the setup, and the folder the groups are written in."""

    setup: JoinSetup
    folder: str


Place = tuple[int, int, int]  # (segment, offset, length) of a pickled group in the spill's files


class _Spill(Sequence[Place]):
    """The groups of a stream written to files as the supervisor hands them out, by where each lies.

    A message to a worker carries only a group's place, never the group: a group can weigh megabytes,
    and a worker busy sending its answers reads no message, so groups in the pipes both ways would stop
    main process and worker alike (they did). A group is written when the supervisor first asks for it,
    with the :data:`WRITTEN_AHEAD` after it (it asks in order, a retry asking again for one not answered
    yet), and forgotten once answered; files of :data:`SEGMENT_BYTES` whose groups are all answered are
    deleted. So memory and disk hold the supervisor's window of groups handed out ahead, whatever the
    batch's size."""

    def __init__(self, stream: Iterator[PackedGroup], count: int, folder: str) -> None:
        self._stream, self._count, self._folder = stream, count, folder
        self._held: dict[int, Place] = {}
        self._written = 0
        self._segment = -1
        self._out: BinaryIO | None = None
        self._open: dict[int, int] = {}  # segment → groups written to it not yet answered

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Place: ...
    @overload
    def __getitem__(self, index: slice) -> list[Place]: ...
    def __getitem__(self, index: int | slice) -> Place | list[Place]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index >= self._written:  # a few groups more at a time, so one write puts them all on disk
            for _ in range(min(index + WRITTEN_AHEAD, self._count) - self._written):
                self._write(next(self._stream))
            assert self._out is not None
            self._out.flush()  # on disk before any worker is told where
        return self._held[index]

    def _write(self, group: PackedGroup) -> None:
        if self._out is None or self._out.tell() >= SEGMENT_BYTES:
            if self._out is not None:
                self._out.close()
                self._drop_if_answered(self._segment)  # its groups answered before the next was asked for
            self._segment += 1
            self._out = open(segment_path(self._folder, self._segment), "wb")  # noqa: SIM115 (closed above)
        data = pickle.dumps(group, pickle.HIGHEST_PROTOCOL)
        self._held[self._written] = (self._segment, self._out.tell(), len(data))
        self._out.write(data)
        self._open[self._segment] = self._open.get(self._segment, 0) + 1
        self._written += 1

    def forget_through(self, index: int) -> None:
        """The group at ``index`` is answered (every group before it was already): its place is dropped,
        and its file too once every group written there is answered and no more will be."""
        segment = self._held.pop(index)[0]
        self._open[segment] -= 1
        if segment != self._segment:
            self._drop_if_answered(segment)

    def _drop_if_answered(self, segment: int) -> None:
        if not self._open.get(segment):
            self._open.pop(segment, None)
            os.unlink(segment_path(self._folder, segment))

    def close(self) -> None:
        if self._out is not None:
            self._out.close()


def segment_path(folder: str, segment: int) -> str:
    return os.path.join(folder, f"kelompok-{segment}")


def group_at(folder: str, place: Place) -> PackedGroup:
    """The group at ``place`` of the spill in ``folder``."""
    segment, offset, length = place
    with open(segment_path(folder, segment), "rb") as source:
        source.seek(offset)
        group: PackedGroup = pickle.loads(source.read(length))
    return group


def group_task(task: GroupTask, place: Place, retry: bool) -> GroupAnswer:
    """A worker's work on one group: read at ``place`` in the spill, then checked."""
    return checked_group(task.setup, group_at(task.folder, place))


def _chunk(groups: int, jobs: int) -> int:
    """Groups per message: a group takes a worker some 40 µs, a file some 2-4 ms, so a file's chunk of
    groups would leave the workers idle while the main process naps between collections
    (:data:`~skp.run.isolation.GATHER_SECONDS`); eight messages per worker as for files, at most
    :data:`MAX_CHUNK` groups each."""
    return max(1, min(MAX_CHUNK, groups // (jobs * 8)))
