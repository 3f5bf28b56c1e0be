"""Findings as data: the code catalogue, the ``Finding`` record and the per-file and batch reports.

Codes are the stable kebab-case identifiers of SPEC §7. Their severity, scope, description and message
template live in ``skp/data/kode_temuan.yaml`` so that the documentation, ``--daftar-kode`` and the checks
all read one list. Messages are rendered from those templates, never written inline by a check.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from skp import __version__
from skp.errors import ConfigurationError
from skp.yaml_text import load_yaml


class Severity(str, Enum):
    """How serious a finding is; ``error`` blocks penetapan."""

    ERROR = "error"
    PERINGATAN = "peringatan"
    INFO = "info"


Scope = Literal["berkas", "kop", "rencana", "jf", "kumpulan", "penilaian"]


class CodeInfo(BaseModel):
    """One entry of the catalogue."""

    model_config = ConfigDict(frozen=True)

    code: str
    tingkat: Severity
    lingkup: Scope
    uraian: str
    pesan: str


@cache
def catalogue() -> dict[str, CodeInfo]:
    """Every finding code the software can emit, in SPEC §7 order."""
    text = resources.files("skp").joinpath("data/kode_temuan.yaml").read_text(encoding="utf-8")
    raw = load_yaml(text)
    try:
        return {code: CodeInfo(code=code, **entry) for code, entry in raw.items()}
    except Exception as exc:  # pragma: no cover - the catalogue ships with the package
        raise ConfigurationError(f"katalog kode temuan rusak: {exc}") from exc


class _SafeDict(dict):
    """Leaves an unknown placeholder visible instead of raising, so a message never crashes a run."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# ``rincian`` is mostly skp's own sentence (why a file was refused, what a manual lacks), often longer than
# a quoted cell: cut at 120 it read "lampiran diperiksa bersama SKP yang memua…"
RINCIAN_LIMIT = 240
USER_TEXT_LIMIT = 120


def _short(value: Any, limit: int = USER_TEXT_LIMIT) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def location_phrase(sheet: str | None, cell: str | None) -> str:
    """Indonesian phrase for where a finding sits, used as ``{lokasi}`` in every template."""
    if sheet and cell:
        return f"sheet '{sheet}' sel {cell}"
    if sheet:
        return f"sheet '{sheet}'"
    return "berkas ini"


class Finding(BaseModel):
    """One problem found in one place of one workbook."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    sheet: str | None = None
    cell: str | None = None
    message: str

    @classmethod
    def make(cls, code: str, sheet: str | None = None, cell: str | None = None, **params: Any) -> Finding:
        """Build a finding from the catalogue: severity and message come from the code's entry.

        User text passed in ``params`` is shortened and whitespace-folded so that a 30,000-character
        cell cannot blow up a report.
        """
        info = catalogue().get(code)
        if info is None:
            raise ConfigurationError(f"kode temuan tidak dikenal: {code}")
        values = _SafeDict({k: _short(v, RINCIAN_LIMIT if k == "rincian" else USER_TEXT_LIMIT)
                            for k, v in params.items()})
        values.setdefault("lokasi", location_phrase(sheet, cell))
        return cls(code=code, severity=info.tingkat, sheet=sheet, cell=cell,
                   message=info.pesan.format_map(values))


Status = Literal["lulus", "perlu-perbaikan", "gagal-dibaca"]
FILE_FAILURE_CODES = frozenset({"berkas-rusak", "berkas-terenkripsi", "berkas-terlalu-besar", "bukan-skp"})


class FileReport(BaseModel):
    """The result of examining one workbook: identity, form and every finding (SPEC §8)."""

    path: str
    form: str | None = None
    nip: str | None = None
    nama: str | None = None
    nip_penilai: str | None = None
    unit_kerja: str | None = None
    findings: list[Finding] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def status(self) -> Status:
        if any(f.code in FILE_FAILURE_CODES for f in self.findings):
            return "gagal-dibaca"
        if any(f.severity is Severity.ERROR for f in self.findings):
            return "perlu-perbaikan"
        return "lulus"

    @property
    def valid(self) -> bool:
        """True when nothing blocks penetapan (no ``error`` finding)."""
        return self.status == "lulus"

    def flatten(self) -> list[tuple[str, str | None, str | None]]:
        """(code, sheet, cell) triples, sorted: what tests compare against."""
        return sorted((f.code, f.sheet, f.cell) for f in self.findings)

    def to_contract(self) -> dict[str, Any]:
        """The SPEC §8 dictionary for this file, keys in contract order."""
        return {
            "path": self.path,
            "status": self.status,
            "form": self.form,
            "nip": self.nip,
            "nama": self.nama,
            "nip_penilai": self.nip_penilai,
            "unit_kerja": self.unit_kerja,
            "findings": [f.model_dump(mode="json") for f in self.findings],
        }


def summarize(reports: Sequence[FileReport]) -> dict[str, Any]:
    """The SPEC §8 ``summary`` block."""
    counts: dict[str, int] = {"lulus": 0, "perlu-perbaikan": 0, "gagal-dibaca": 0}
    codes: dict[str, int] = {}
    for report in reports:
        counts[report.status] += 1
        for finding in report.findings:
            codes[finding.code] = codes.get(finding.code, 0) + 1
    return {"files": len(reports), **counts, "findings": dict(sorted(codes.items()))}


def batch_contract(reports: Sequence[FileReport]) -> dict[str, Any]:
    """The whole SPEC §8 JSON document."""
    return {
        "skp_version": __version__,
        "files": [r.to_contract() for r in reports],
        "summary": summarize(reports),
    }
