"""A whole batch: every file examined, then the batch checks over all of them, merged per file.

Batch checks always run over every entry, fresh, even when each file's result came from the cache:
whether a subordinate's RK still matches depends on the superior's file, which may have changed.

The main process never holds the whole batch: reports go to a temporary file as they arrive
(:class:`ReportStore`), hierarchy entries to an on-disk store (:class:`~skp.run.spill.EntryStore`), the
batch checks run NIP group by NIP group as on a Dask cluster (:mod:`skp.run.join`), and their findings
wait on disk too (:class:`~skp.run.spill.FindingStore`) until the report is written. What stays in memory
per file is an offset and its path, so a national batch costs the main process little more than a small
one.
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import overload

from skp.config import Config
from skp.daftar import Daftar
from skp.findings import FileReport, Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import Hierarchy, rules_of
from skp.run.cache import ResultCache
from skp.run.join import nip_group, split_group
from skp.run.result import FileResult
from skp.run.runner import iter_results
from skp.run.spill import EntryStore, FindingStore


class ReportStore(Sequence[FileReport]):
    """The run's reports, pickled to a temporary file until someone reads them, batch findings merged on
    access.

    A live report costs ~8 KB of pydantic objects and its pickle ~1.6 KB; a national batch keeps only an
    offset per report in memory. The pickles are written and read by this process only, in an anonymous
    temporary file that disappears with the store.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="skp-laporan-")  # noqa: SIM115 (lives with the store)
        self._offsets = array("q", [0])
        self._extra: Mapping[str, list[Finding]] = {}

    def append(self, report: FileReport) -> None:
        self._file.seek(self._offsets[-1])
        self._file.write(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))
        self._offsets.append(self._file.tell())

    def add_findings(self, extra: Mapping[str, list[Finding]]) -> None:
        """Batch-check findings per report path, appended to that report's own findings (a
        :class:`~skp.run.spill.FindingStore` reads them from disk as each report is read)."""
        self._extra = extra

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, index: int) -> FileReport: ...
    @overload
    def __getitem__(self, index: slice) -> list[FileReport]: ...
    def __getitem__(self, index: int | slice) -> FileReport | list[FileReport]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        start = self._offsets[index]
        self._file.seek(start)
        report: FileReport = pickle.loads(self._file.read(self._offsets[index + 1] - start))
        extra = self._extra.get(report.path)
        return report.model_copy(update={"findings": [*report.findings, *extra]}) if extra else report

    def __iter__(self) -> Iterator[FileReport]:
        return (self[i] for i in range(len(self)))


class Batch:
    """The outcome of a run: reports in discovery order, the hierarchy entries, and cache use.

    ``hierarchy`` is the batch's :class:`~skp.hierarchy.links.Hierarchy`, or how to build it: a run leaves
    its entries on disk and only a caller that needs them all (the recap's tables) loads them back, once.
    """

    def __init__(self, reports: Sequence[FileReport], hierarchy: Hierarchy | Callable[[], Hierarchy],
                 read: list[str]) -> None:
        self.reports = reports
        self.read = read  # display paths actually opened (not answered from the cache)
        self._hierarchy = hierarchy

    @property
    def hierarchy(self) -> Hierarchy:
        if not isinstance(self._hierarchy, Hierarchy):
            self._hierarchy = self._hierarchy()
        return self._hierarchy

    @property
    def entries(self) -> list[HierarchyEntry]:
        return self.hierarchy.entries


def stored_hierarchy(entries: EntryStore, config: Config, daftar: Daftar | None) -> Callable[[], Hierarchy]:
    """The Hierarchy of every stored entry, built from disk when first asked for."""
    return lambda: Hierarchy(list(entries), rules_of(config), daftar)


def joined_findings(entries: EntryStore, config: Config, daftar: Daftar | None) -> FindingStore:
    """Every batch check's findings per file, NIP group by NIP group from ``entries``
    (:mod:`skp.run.join`)."""
    found = FindingStore()
    for key, records in entries.nip_groups():
        located, forwarded = nip_group(key, records, config, daftar)
        found.add(located)
        entries.forward((owner, member[0]) for owner, member in forwarded)
    for owner, items in entries.split_groups():
        found.add(split_group(owner, items, config, daftar))
    return found


def run_batch(
    files: Sequence[Path],
    config: Config,
    jobs: int | None = None,
    cache: ResultCache | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    daftar: Daftar | None = None,
) -> Batch:
    """Examine ``files`` (in parallel, through ``cache``), then add the batch checks' findings; with a
    ``daftar`` pegawai the checks also compare each submission with it and the recap lists who is missing."""
    reports = ReportStore()
    entries = EntryStore()
    read: list[str] = []
    for position, result in enumerate(iter_results(files, config, jobs, cache)):
        if on_result is not None:
            on_result(result)
        reports.append(result.report)
        if result.entry is not None:
            entries.add(position, result.entry)
        if not result.from_cache:
            read.append(result.report.path)
    # one workbook checked on its own is not a batch: "the penilai's SKP is missing" would be noise
    if len(entries) >= rules_of(config).minimal_kiriman:
        reports.add_findings(joined_findings(entries, config, daftar))
    return Batch(reports, stored_hierarchy(entries, config, daftar), read)
