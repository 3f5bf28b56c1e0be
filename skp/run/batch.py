"""A whole batch: every file examined, then the batch checks over all of them, merged per file.

Batch checks always run over every entry, fresh, even when each file's result came from the cache:
whether a subordinate's RK still matches depends on the superior's file, which may have changed.
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.daftar import Daftar
from skp.findings import FileReport, Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import Hierarchy, rules_of
from skp.run.cache import ResultCache
from skp.run.result import FileResult
from skp.run.runner import iter_results


class ReportStore(Sequence[FileReport]):
    """The run's reports, pickled to a temporary file until someone reads them, batch findings merged on
    access.

    A live report costs ~8 KB of pydantic objects and its pickle ~1.6 KB; a national batch keeps only an
    offset per report in memory, so what the parent holds grows with the hierarchy entries alone. The
    pickles are written and read by this process only, in an anonymous temporary file that disappears with
    the store.
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
        """Batch-check findings per report path, appended to that report's own findings."""
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


@dataclass
class Batch:
    """The outcome of a run: reports in discovery order, the hierarchy entries, and cache use."""

    reports: ReportStore
    hierarchy: Hierarchy
    read: list[str]  # display paths actually opened (not answered from the cache)

    @property
    def entries(self) -> list[HierarchyEntry]:
        return self.hierarchy.entries


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
    entries: list[HierarchyEntry] = []
    read: list[str] = []
    for result in iter_results(files, config, jobs, cache):
        if on_result is not None:
            on_result(result)
        reports.append(result.report)
        if result.entry is not None:
            entries.append(result.entry)
        if not result.from_cache:
            read.append(result.report.path)
    rules = rules_of(config)
    hierarchy = Hierarchy(entries, rules, daftar)
    # one workbook checked on its own is not a batch: "the penilai's SKP is missing" would be noise
    if len(hierarchy.entries) >= rules.minimal_kiriman:
        reports.add_findings(batch_findings(hierarchy, config))
    return Batch(reports, hierarchy, read)
