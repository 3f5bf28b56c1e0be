"""A whole batch: every file examined, then the batch checks over all of them, merged per file.

Batch checks always run over every entry, fresh, even when each file's result came from the cache:
whether a subordinate's RK still matches depends on the superior's file, which may have changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.findings import FileReport
from skp.run.cache import ResultCache
from skp.run.entry import FileResult, HierarchyEntry
from skp.run.hierarchy import Hierarchy, rules_of
from skp.run.runner import iter_results


@dataclass
class Batch:
    """The outcome of a run: reports in discovery order, the hierarchy entries, and cache use."""

    reports: list[FileReport]
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
) -> Batch:
    """Examine ``files`` (in parallel, through ``cache``), then add the batch checks' findings."""
    results: list[FileResult] = []
    for result in iter_results(files, config, jobs, cache):
        if on_result is not None:
            on_result(result)
        results.append(result)
    rules = rules_of(config)
    hierarchy = Hierarchy([r.entry for r in results if r.entry is not None], rules)
    # one workbook checked on its own is not a batch: "the penilai's SKP is missing" would be noise
    extra = batch_findings(hierarchy, config) if len(hierarchy.entries) >= rules.minimal_kiriman else {}
    reports = [
        r.report.model_copy(update={"findings": [*r.report.findings, *extra[r.report.path]]})
        if r.report.path in extra else r.report
        for r in results
    ]
    return Batch(reports, hierarchy, [r.report.path for r in results if not r.from_cache])
