"""Examining one workbook inside a worker process, so that nothing can take the batch down.

The worker returns a compact :class:`~skp.run.result.FileResult` (report plus hierarchy entry), never the
document. Any unexpected exception for one file becomes a ``berkas-rusak`` finding for that file only;
a :class:`~skp.errors.ConfigurationError` (a broken mapping or rules file) still stops the run, because
every other file would fail the same way.
"""

from __future__ import annotations

from pathlib import Path

from skp.config import Config
from skp.errors import ConfigurationError
from skp.findings import FileReport, Finding
from skp.hierarchy.entry import entry_from
from skp.models import SkpDocument
from skp.periksa import check_path
from skp.run.cache import ResultCache
from skp.run.result import FileResult
from skp.scoring.document import score_document


def crashed(display: str, reason: str) -> FileResult:
    """The result for a file whose examination broke down: unreadable, with the reason."""
    finding = Finding.make("berkas-rusak", rincian=reason)
    return FileResult(report=FileReport(path=display, findings=[finding]))


def _scored(document: SkpDocument, config: Config) -> tuple[float | None, str | None]:
    """Nilai SKP and predikat when the Penilaian sheet is filled in; otherwise nothing to recap."""
    if document.penilaian is None or not document.penilaian.rows:
        return None, None
    score = score_document(document, config)
    return score.nilai_skp, score.predikat


def _examine_uncached(path: Path, display: str, config: Config) -> tuple[FileResult, bool]:
    """The result and whether it may be cached (a crash may be a bug fixed tomorrow: never cached)."""
    try:
        report, document = check_path(path, config, display)
        if document is None:
            return FileResult(report=report), True
        nilai, predikat = _scored(document, config)
        return FileResult(report=report, entry=entry_from(report, document, nilai, predikat)), True
    except ConfigurationError:
        raise
    except Exception as exc:  # one bad file must never stop a batch of thousands
        return crashed(display, f"pemeriksaan terhenti: {type(exc).__name__}"), False


def examine(path: Path, display: str, config: Config, cache: ResultCache | None = None) -> FileResult:
    """The result for one file, from ``cache`` when its content and the settings are unchanged."""
    if cache is None:
        return _examine_uncached(path, display, config)[0]
    try:
        key = cache.key_of(path)
    except OSError:  # unreadable: let the reader say why
        return _examine_uncached(path, display, config)[0]
    hit = cache.get(key)
    if hit is not None:
        return hit.at(display)
    result, cacheable = _examine_uncached(path, display, config)
    if cacheable:
        cache.put(key, result)
    return result
