"""What a worker sends back for one workbook: its report plus the small hierarchy entry
(:mod:`skp.hierarchy.entry`) the batch checks and the recap need, validated by pydantic for the cache.

A :class:`FileResult` is what examining a file gives (and what the cache stores). It crosses to the main
process once, packed by the worker (:func:`pack`) into the form the main process keeps: the report as its
SPEC §8 JSON text with its status and finding codes (:func:`report_record`), the entry pickled with the
NIP groups it joins. The main process writes both to disk as they are, so it never rebuilds a report's
pydantic models only to store them again, and a report is read back as a model only by whoever asks for
one (the text and CSV reports, the recap).
"""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass, replace

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError, to_json

from skp.findings import FileReport, Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import organisation_of
from skp.run.join import roles
from skp.sinks import json_inert, json_text

_PICKLE = pickle.HIGHEST_PROTOCOL
Record = tuple[str, tuple[str, ...], str]  # a stored report: status, finding codes, SPEC §8 JSON text


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


@dataclass(frozen=True, slots=True)
class PackedEntry:
    """A hierarchy entry as the run's entry store keeps it: pickled, with its NIP groups and role bits
    (:func:`skp.run.join.roles`), whether it declares beban-target splits, and for a JPT its agency and
    RK (:func:`~skp.hierarchy.links.organisation_of`), which every NIP group of that agency reads."""

    data: bytes
    roles: tuple[tuple[str, int], ...]
    splits: bool
    organisasi: tuple[str, tuple[str, ...]] | None = None

    @classmethod
    def of(cls, entry: HierarchyEntry) -> PackedEntry:
        return cls(pickle.dumps(entry, _PICKLE), tuple(roles(entry).items()), bool(entry.splits),
                   organisation_of(entry))


@dataclass(frozen=True, slots=True)
class PackedResult:
    """A :class:`FileResult` as it crosses to the main process: ``report`` is a :func:`report_record`."""

    path: str
    report: bytes
    entry: PackedEntry | None
    from_cache: bool


def pack(result: FileResult) -> PackedResult:
    """``result`` in the form the main process stores (made in the worker)."""
    entry = PackedEntry.of(result.entry) if result.entry is not None else None
    return PackedResult(result.report.path, report_record(result.report), entry, result.from_cache)


def contract_text(report: FileReport) -> str:
    """The report's SPEC §8 dictionary as :func:`~skp.sinks.json_text` writes it (``skp periksa --format
    json`` nests it).

    Encoded by pydantic's serializer, which writes a dictionary of texts, None and lists of such
    dictionaries exactly as ``json.dumps(indent=2, ensure_ascii=False)`` does, at an eighth of the cost;
    a text holding a lone surrogate, which only ``json`` writes, takes ``json``.
    """
    contract = report.to_contract()
    try:
        return json_inert(to_json(contract, indent=2).decode("utf-8"))
    except PydanticSerializationError:
        return json_text(contract)


def report_record(report: FileReport) -> bytes:
    """The report as a run stores it: its status and finding codes (the summary needs no more) and its
    :func:`contract_text` (the JSON report copies it), pickled."""
    record: Record = (report.status, tuple(f.code for f in report.findings), contract_text(report))
    return pickle.dumps(record, _PICKLE)


def read_record(data: bytes) -> Record:
    record: Record = pickle.loads(data)
    return record


def report_of(text: str) -> FileReport:
    """The report back from its :func:`contract_text` (``status`` is computed, not read)."""
    return FileReport.model_validate(json.loads(text))


def with_findings(report: FileReport, extra: list[Finding]) -> FileReport:
    """``report`` with the batch checks' findings after its own."""
    return report.model_copy(update={"findings": [*report.findings, *extra]})
