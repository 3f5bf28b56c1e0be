"""What a worker sends back for one workbook: its report plus the small hierarchy entry
(:mod:`skp.hierarchy.entry`) the batch checks and the recap need, validated by pydantic for the cache."""

from __future__ import annotations

from dataclasses import replace

from pydantic import BaseModel

from skp.findings import FileReport
from skp.hierarchy.entry import HierarchyEntry


class FileResult(BaseModel):
    """A worker's answer for one file; ``entry`` is None when the file could not be read as an SKP."""

    report: FileReport
    entry: HierarchyEntry | None = None
    from_cache: bool = False

    def at(self, path: str) -> FileResult:
        """The same result under another display path (a cache hit found under a new name)."""
        entry = replace(self.entry, path=path) if self.entry else None
        return FileResult(report=self.report.model_copy(update={"path": path}), entry=entry,
                          from_cache=self.from_cache)
