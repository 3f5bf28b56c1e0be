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

import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, overload

from skp.config import Config
from skp.daftar import Daftar
from skp.findings import FileReport, Finding, summarize
from skp.hierarchy.links import KumpulanRules, rules_of
from skp.run.cache import ResultCache
from skp.run.join import review_group, split_group
from skp.run.pool_join import JoinSetup, nip_group_answers
from skp.run.result import PackedResult, Record, contract_text, read_record, report_of, with_findings
from skp.run.runner import default_jobs, iter_results
from skp.run.spill import EntryStore, FindingStore, ReviewStore


class ReportStore(Sequence[FileReport]):
    """The run's reports, stored on disk as the workers packed them (:func:`~skp.run.result.report_record`)
    until someone reads them, batch findings merged on access.

    A national batch keeps only an offset per report in memory, in an anonymous temporary file that
    disappears with the store, written and read by this process only. The JSON report copies each
    report's stored text (:meth:`contract_texts`) and the summary reads the stored status and codes
    (:meth:`summary`): only the reports that gained batch findings are rebuilt as models for those two.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="skp-laporan-")  # noqa: SIM115 (lives with the store)
        self._offsets = array("q", [0])
        self._extra: FindingStore | None = None
        self._summary: dict[str, Any] | None = None

    def append(self, record: bytes) -> None:
        """Keep a report packed by :func:`~skp.run.result.report_record`."""
        self._file.seek(self._offsets[-1])
        self._file.write(record)
        self._offsets.append(self._file.tell())
        self._summary = None

    def add_findings(self, extra: FindingStore) -> None:
        """Batch-check findings by report position, appended to that report's own findings (read from
        disk as each report is read)."""
        self._extra = extra
        self._summary = None

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def _record(self, index: int) -> Record:
        start = self._offsets[index]
        self._file.seek(start)
        return read_record(self._file.read(self._offsets[index + 1] - start))

    def _merged(self) -> Iterator[tuple[Record, list[Finding] | None]]:
        """Every stored report in order, with its batch findings (None when it has none)."""
        pending = self._extra.in_order() if self._extra is not None else iter(())
        following = next(pending, None)
        for index in range(len(self)):
            extra = None
            if following is not None and following[0] == index:
                extra = following[1]
                following = next(pending, None)
            yield self._record(index), extra

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
        report = report_of(self._record(index)[2])
        extra = self._extra.get(index) if self._extra is not None else None
        return with_findings(report, extra) if extra else report

    def __iter__(self) -> Iterator[FileReport]:
        for (_, _, text), extra in self._merged():
            report = report_of(text)
            yield with_findings(report, extra) if extra else report

    def contract_texts(self) -> Iterator[str]:
        """Each report's :func:`~skp.run.result.contract_text`, in order."""
        for (_, _, text), extra in self._merged():
            yield contract_text(with_findings(report_of(text), extra)) if extra else text

    @property
    def batch_checked(self) -> bool:
        """Whether the batch checks ran (:meth:`add_findings`)."""
        return self._extra is not None

    def batch_findings(self, index: int) -> list[Finding]:
        """The batch checks' findings of the report at ``index`` (none when it has none)."""
        return self._extra.get(index, []) if self._extra is not None else []

    def summary(self) -> dict[str, Any]:
        """The SPEC §8 summary (:func:`skp.findings.summarize` of the reports), from the stored statuses
        and codes."""
        if self._summary is None:
            counts: dict[str, int] = {"lulus": 0, "perlu-perbaikan": 0, "gagal-dibaca": 0}
            codes: Counter[str] = Counter()
            for (status, own, _), extra in self._merged():
                codes.update(own)
                if extra:
                    codes.update(f.code for f in extra)
                    status = _worse(status, FileReport(path="", findings=extra).status)
                counts[status] += 1
            self._summary = {"files": len(self), **counts, "findings": dict(sorted(codes.items()))}
        return self._summary


# A report's status is the worst its findings call for (FileReport.status), so its own findings and its
# batch findings together give the worse of the two statuses they give apart.
_STATUS_ORDER = {"lulus": 0, "perlu-perbaikan": 1, "gagal-dibaca": 2}


def _worse(first: str, second: str) -> str:
    return max(first, second, key=_STATUS_ORDER.__getitem__)


class Batch:
    """The outcome of a run: reports in discovery order, the hierarchy entries, and cache use.

    ``entries`` stay on disk by discovery position (empty when a Dask run left them on the cluster), with
    the ``rules`` and ``daftar`` the batch checks used: the recap's tables read them back one entry or one
    NIP group at a time, never all at once.
    """

    def __init__(self, reports: Sequence[FileReport], entries: EntryStore, opened: int,
                 rules: KumpulanRules, daftar: Daftar | None = None) -> None:
        self.reports = reports
        self.entries = entries
        self.opened = opened  # how many files were opened (not answered from the cache)
        self.rules = rules
        self.daftar = daftar

    def contract_texts(self) -> Iterator[str]:
        """Each report's SPEC §8 JSON text (:func:`~skp.run.result.contract_text`), in order."""
        if isinstance(self.reports, ReportStore):
            return self.reports.contract_texts()
        return (contract_text(report) for report in self.reports)

    @property
    def batch_findings(self) -> Callable[[int], list[Finding]] | None:
        """The batch checks' findings by report position, when the run kept them apart from the reports'
        own (its report store, after the batch checks ran); None otherwise."""
        if isinstance(self.reports, ReportStore) and self.reports.batch_checked:
            return self.reports.batch_findings
        return None

    def summary(self) -> dict[str, Any]:
        """The SPEC §8 summary of the reports."""
        if isinstance(self.reports, ReportStore):
            return self.reports.summary()
        return summarize(self.reports)


def joined_findings(
    entries: EntryStore, config: Config, daftar: Daftar | None, jobs: int = 1
) -> FindingStore:
    """Every batch check's findings per file, NIP group by NIP group from ``entries``
    (:mod:`skp.run.join`), the groups on ``jobs`` worker processes when that pays
    (:mod:`skp.run.pool_join`)."""
    found = FindingStore()
    review = ReviewStore()
    organisasi = entries.organisasi
    try:
        setup = JoinSetup(config, daftar, organisasi)
        for stored, forwarded, reviewed in nip_group_answers(entries, setup, jobs):
            found.add_stored(stored)
            entries.forward(forwarded)
            review.add(reviewed)
        for owner, items in entries.split_groups():
            found.add(split_group(owner, items, config, daftar))
        for reviewed in review.groups():
            found.add(review_group(reviewed, config))
    finally:
        review.close()
    return found


def run_batch(
    files: Sequence[Path],
    config: Config,
    jobs: int | None = None,
    cache: ResultCache | None = None,
    on_result: Callable[[PackedResult], None] | None = None,
    daftar: Daftar | None = None,
) -> Batch:
    """Examine ``files`` (in parallel, through ``cache``), then add the batch checks' findings; with a
    ``daftar`` pegawai the checks also compare each submission with it and the recap lists who is missing."""
    reports = ReportStore()
    entries = EntryStore()
    opened = 0
    for position, result in enumerate(iter_results(files, config, jobs, cache)):
        if on_result is not None:
            on_result(result)
        reports.append(result.report)
        if result.entry is not None:
            entries.add_packed(position, result.entry)
        opened += not result.from_cache
    # one workbook checked on its own is not a batch: "the penilai's SKP is missing" would be noise
    if len(entries) >= rules_of(config).minimal_kiriman:
        reports.add_findings(joined_findings(entries, config, daftar, max(1, jobs or default_jobs())))
    return Batch(reports, entries, opened, rules_of(config), daftar)
