"""The check registry: every check declares the finding codes it may emit.

The registry drives ``skp periksa --daftar-kode``, the documentation test (software codes = documented
codes = SPEC §7) and guards at run time that a check never emits a code it did not declare.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from skp.config import Config
from skp.errors import ConfigurationError
from skp.findings import Finding, catalogue

Kind = Literal["pembacaan", "dokumen", "kumpulan"]
CheckFunction = Callable[..., Iterable[Any]]  # Finding, or (path, Finding) for a batch check


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
    """Every registered document check, all findings collected (never fail fast). What the reader could
    not read is taken out afterwards by the pipeline (:mod:`skp.guard`), which sits above both."""
    findings: list[Finding] = []
    for check in REGISTRY.values():
        if check.kind == "dokumen" and check.func is not None:
            findings.extend(_guarded(check, check.func(document, config)))
    return findings


def registered_batch_checks() -> list[Check]:
    """The batch checks (SPEC §7 scope ``batch``) in registration order, which every runner keeps."""
    return [c for c in REGISTRY.values() if c.kind == "kumpulan" and c.func is not None]


def run_batch_check(check: Check, hierarchy: Any, config: Config) -> Iterator[tuple[str, Finding]]:
    """``(path, finding)`` of one batch check over ``hierarchy``, each code held to what it declared."""
    assert check.func is not None
    for path, finding in check.func(hierarchy, config):
        if finding.code not in check.codes:
            raise ConfigurationError(f"pemeriksa {check.name} mengeluarkan kode {finding.code} "
                                     "yang tidak dinyatakan")
        yield path, finding


def registered_codes() -> set[str]:
    return set().union(*(c.codes for c in REGISTRY.values())) if REGISTRY else set()
