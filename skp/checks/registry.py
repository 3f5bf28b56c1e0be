"""The check registry: every check declares the finding codes it may emit.

The registry drives ``skp periksa --daftar-kode``, the documentation test (software codes = documented
codes = SPEC §7) and guards at run time that a check never emits a code it did not declare.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from skp.config import Config
from skp.errors import ConfigurationError
from skp.findings import Finding, catalogue
from skp.reading.rules import reading_rules

Kind = Literal["pembacaan", "dokumen", "kumpulan"]
CheckFunction = Callable[..., Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    name: str
    kind: Kind
    codes: frozenset[str]
    func: CheckFunction | None  # None for codes emitted by the reading pipeline


REGISTRY: dict[str, Check] = {}


def _register(name: str, kind: Kind, codes: Sequence[str], func: CheckFunction | None) -> None:
    unknown = [c for c in codes if c not in catalogue()]
    if unknown:
        raise ConfigurationError(f"pemeriksa {name} menyatakan kode yang tidak ada di katalog: {unknown}")
    REGISTRY[name] = Check(name, kind, frozenset(codes), func)


def declare_reading_codes(name: str, *codes: str) -> None:
    """Codes emitted by the reading pipeline itself (file safety, form recognition)."""
    _register(name, "pembacaan", codes, None)


def document_check(*codes: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``func(document: SkpDocument, config: Config) -> Iterable[Finding]``."""

    def decorate(func: CheckFunction) -> CheckFunction:
        _register(f"{func.__module__}.{func.__name__}", "dokumen", codes, func)
        return func

    return decorate


def batch_check(*codes: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check over all submissions of a run (SPEC §7 scope ``batch``)."""

    def decorate(func: CheckFunction) -> CheckFunction:
        _register(f"{func.__module__}.{func.__name__}", "kumpulan", codes, func)
        return func

    return decorate


def _guarded(check: Check, findings: Iterable[Finding]) -> list[Finding]:
    out = list(findings)
    if not out:  # most checks find nothing in a given workbook: nothing to guard
        return out
    stray = {f.code for f in out} - check.codes
    if stray:
        raise ConfigurationError(f"pemeriksa {check.name} mengeluarkan kode yang tidak dinyatakan: {stray}")
    return out


def run_document_checks(document: Any, config: Config) -> list[Finding]:
    """Every registered document check, all findings collected (never fail fast), less those about
    content the reader could not read (:func:`judged`)."""
    findings: list[Finding] = []
    for check in REGISTRY.values():
        if check.kind == "dokumen" and check.func is not None:
            findings.extend(_guarded(check, check.func(document, config)))
    if not getattr(document, "unplaced", None) and not getattr(document, "placeholders", None):
        return findings
    by_code = reading_rules(config).temuan_menurut_kolom
    return [f for f in findings if judged(f, document, by_code)]


def judged(finding: Finding, document: Any, by_code: dict[str, list[str]]) -> bool:
    """Whether ``finding`` may be reported on a document whose reader left some labels unplaced
    (``document.unplaced``, SPEC §7 ``judul-tidak-dikenali``) or read placeholders as empty
    (``document.placeholders``, ``templat-belum-diisi``): not when its code depends on an unplaced column
    (``pembacaan.temuan_menurut_kolom``), nor when its cell lies under an unplaced header or holds a
    placeholder. One guard for every check, so a new check cannot report on what nobody could read."""
    if finding.code == "judul-tidak-dikenali":
        return True
    if finding.cell is not None and finding.sheet == document.sheet and finding.cell in document.placeholders:
        return False  # a template placeholder read as empty: templat-belum-diisi says it once
    columns = by_code.get(finding.code, ())
    for label in document.unplaced:
        if label.key in columns:
            return False
        in_sheet = finding.sheet == label.sheet and finding.cell
        if in_sheet and _under(finding.cell, label.header_row, label.columns):  # type: ignore[arg-type]
            return False
    return True


def _under(cell: str, header_row: int, columns: tuple[int, int]) -> bool:
    """Whether A1 ``cell`` lies below ``header_row`` within ``columns`` (0-based)."""
    letters, row = coordinate_from_string(cell)
    return columns[0] <= column_index_from_string(letters) - 1 <= columns[1] and row - 1 > header_row


def registered_codes() -> set[str]:
    return set().union(*(c.codes for c in REGISTRY.values())) if REGISTRY else set()
